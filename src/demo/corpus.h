// The synthetic demo corpus: fictional ad sites with adult-services and job ads, planted networks
// and independents, for the demo investigation, tests and benchmarks. Deterministic for a given
// seed. Contains no real personal data: phone numbers come only from Ofcom's drama range (07700
// 900000-900999), e-mail domains from the reserved example domains (RFC 2606), names and places are
// invented or generic.
#pragma once

#include <cstdint>
#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

#include "core/status.h"

namespace ariadne::demo {

struct CorpusOptions {
  uint64_t seed = 20261123;
  int ads = 2400;            // total number of ads (at least 2,000 for the demo)
  bool write_images = true;  // PNG photos under images/, referenced from the ads
};

struct CorpusStats {
  int ads = 0;
  int sex_ads = 0;
  int labour_ads = 0;
  int networks = 0;      // planted groups sharing numbers, templates and photos
  int independents = 0;  // ads by advertisers with no planted link to anyone
  int images = 0;        // distinct image files written
  std::vector<std::string> sites;
  std::vector<std::string> languages;
};

// Writes into `dir` (created if missing):
//   ads.jsonl   one ad per line in the ad JSON lines format (docs/formats/ads-jsonl.md)
//   images/     PNG photos referenced by the ads' "images" field (relative paths)
//   truth.json  the planted ground truth: for every network its id, type and the ad ids it posted
// Fails with an IoError naming the path when a file cannot be written.
Result<CorpusStats> GenerateCorpus(const std::filesystem::path& dir, const CorpusOptions& options);

// Streams `count` text-only ads (no images field) as ad JSON lines to `out`, for benchmarks of any
// size; memory use does not grow with `count`.
void WriteTextOnlyAds(std::ostream& out, int64_t count, uint64_t seed);

}  // namespace ariadne::demo
