// Runs one importer's record stream over arbitrary bytes, as the import runner would, without a
// case.
#pragma once

#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

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

// Reads the input twice, with Next() and a batch of `batch` records at a time (NextBatch(), as the
// import runner reads: WhatsApp emits a batch on two threads), and traps unless both give the same
// records in the same order.
inline void CompareBatchesWithNext(const capture::Importer& importer, const uint8_t* data,
                                   size_t size, size_t batch) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  capture::ImportOptions options;
  options.max_record_bytes = 4096;
  std::istringstream in1(input);
  std::istringstream in2(input);
  auto one = importer.Open(in1, 0, 1, options);
  auto batched = importer.Open(in2, 0, 1, options);
  if (one.ok() != batched.ok()) __builtin_trap();
  if (!one.ok()) return;
  std::vector<capture::ParsedRecord> slots(batch);
  std::vector<capture::ParsedRecord*> pointers;
  for (capture::ParsedRecord& r : slots) pointers.push_back(&r);
  capture::ParsedRecord next;
  for (;;) {
    const capture::RecordStream::Batch got = (*batched)->NextBatch(pointers, int64_t{1} << 20);
    for (size_t i = 0; i < got.filled; ++i) {
      const capture::ParsedRecord& b = slots[i];
      if (!(*one)->Next(&next)) __builtin_trap();
      if (b.byte_start != next.byte_start || b.byte_end != next.byte_end || b.line != next.line ||
          b.error != next.error || b.warnings != next.warnings ||
          b.doc.has_value() != next.doc.has_value())
        __builtin_trap();
      if (b.doc &&
          (b.doc->text != next.doc->text || b.doc->attributes_json != next.doc->attributes_json ||
           b.doc->posted_at != next.doc->posted_at || b.doc->source_id != next.doc->source_id))
        __builtin_trap();
    }
    if (!got.more) break;
  }
  if ((*one)->Next(&next)) __builtin_trap();
}

}  // namespace ariadne::fuzz
