// Renders a planned corpus (plan.h) as ad JSON lines, the import format of
// docs/formats/ads-jsonl.md. Internal to the demo module; kept separate from planning so it can be
// fast: the import benchmark streams 100,000 ads through it.
#pragma once

#include <string>

#include "demo/plan.h"

namespace ariadne::demo {

// Renders the ads of one plan. Not thread-safe (it reuses its buffers); the plan must outlive it.
class AdRenderer {
 public:
  explicit AdRenderer(const Plan& plan) : plan_(plan) {}

  // Appends ad `index` of the plan as one JSON line ending in '\n'. Ads name their photos
  // ("images": ["images/n03-p2.png", ...]) only when `with_images` is true.
  void AppendJsonLine(std::string& out, int index, bool with_images);

  // The advertiser's text with its placeholders ({name}, {age}, {phone}...) left in and its
  // alternatives fixed: what every ad of a planted network is an edited copy of.
  std::string TextTemplate(const Advertiser& advertiser);

 private:
  const Plan& plan_;
  std::string title_;  // reused between ads
  std::string text_;
};

// "2026-05-17T00:00:00Z" plus `day` days and `minute` minutes.
std::string PostedAt(int day, int minute);

}  // namespace ariadne::demo
