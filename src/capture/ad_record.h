// The ad format shared by the JSON lines and CSV importers (docs/formats/ads-jsonl.md): one JSON
// object per ad with `id` and `text` required; `site`, `url`, `posted_at`, `title`, `location`,
// `lang`, `region`, `kind`, `images` known; every other field kept as an attribute.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "capture/importer.h"
#include "core/document.h"
#include "core/status.h"

namespace ariadne::capture {

struct AdParse {
  Document doc;
  // Problems that did not stop the ad from being imported ("posted_at is not ISO 8601: kept as an
  // attribute"); each becomes an import problem row.
  std::vector<std::string> warnings;
};

// Builds a document from one ad object. InvalidInput names the field when the ad cannot be imported
// (not an object, no id, no text, a field of the wrong type). Image references are copied as
// written; resolving them is the import runner's job.
Result<AdParse> AdFromJson(const nlohmann::json& object);

// Fills `record` with the document built from `object`, or with the reason it cannot be imported.
void FillRecordFromAd(const nlohmann::json& object, ParsedRecord* record);

// Replaces control characters other than tab, newline and carriage return by spaces, in place;
// returns how many. They are invisible in ads, can drive an analyst's terminal (ESC sequences), and
// Ariadne uses two of them as highlight markers. One byte for one byte, so offsets stay valid.
size_t ReplaceControlCharacters(std::string& text);

}  // namespace ariadne::capture
