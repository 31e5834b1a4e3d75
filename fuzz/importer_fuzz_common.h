// Runs one importer's record stream over arbitrary bytes, as the import runner would, without a
// case.
#pragma once

#include <cstdint>
#include <sstream>
#include <string>

#include "capture/importer.h"

namespace ariadne::fuzz {

// `ranges_in_input`: false for containers whose records point into an inner file (a zip's chat
// text, ParsedRecord::inner_sha256); their ranges are still checked to be in order.
inline void ReadAllRecords(const capture::Importer& importer, const uint8_t* data, size_t size,
                           bool ranges_in_input = true) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  capture::ImportOptions options;
  options.max_record_bytes = 4096;  // small, so that over-long records are exercised too
  auto stream = importer.Open(in, 0, 1, options);
  if (!stream.ok()) return;
  capture::ParsedRecord record;
  int64_t last_end = 0;
  while ((*stream)->Next(&record)) {
    // Every record must point at bytes of the input, in order.
    if (record.byte_start < last_end || record.byte_end < record.byte_start ||
        (ranges_in_input && record.byte_end > static_cast<int64_t>(size))) {
      __builtin_trap();
    }
    if (!record.doc && record.error.empty()) __builtin_trap();  // a skip always says why
    for (const capture::EmbeddedFile& f : record.files) {
      if (f.bytes.size() > static_cast<size_t>(options.max_image_bytes) &&
          f.media_type != "text/plain")
        __builtin_trap();  // every embedded file is within the limit
    }
    last_end = record.byte_end;
  }
}

}  // namespace ariadne::fuzz
