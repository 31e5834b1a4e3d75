// Reading an importer's records in tests: every record of `content`, its attributes, and the bytes
// of the original that a record points at.
#pragma once

#include <gtest/gtest.h>

#include <cstdint>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "capture/importer.h"

namespace ariadne::testing {

// Every record `importer` reads from `content`; a failure to open or read is a test failure.
inline std::vector<capture::ParsedRecord> ReadRecords(const capture::Importer& importer,
                                                      const std::string& content,
                                                      capture::ImportOptions options = {},
                                                      int64_t offset = 0, int64_t line = 1) {
  std::istringstream in(content);
  auto stream = importer.Open(in, offset, line, options);
  EXPECT_TRUE(stream.ok()) << stream.status().message();
  std::vector<capture::ParsedRecord> out;
  if (!stream.ok()) return out;
  capture::ParsedRecord r;
  while ((*stream)->Next(&r)) out.push_back(r);
  EXPECT_TRUE((*stream)->status().ok());
  return out;
}

// The same, read a batch of `batch` records at a time (RecordStream::NextBatch, as the import
// runner reads), into slots that held other records before (as the runner reuses them).
inline std::vector<capture::ParsedRecord> ReadRecordsInBatches(
    const capture::Importer& importer, const std::string& content, size_t batch,
    capture::ImportOptions options = {}) {
  std::istringstream in(content);
  auto stream = importer.Open(in, 0, 1, options);
  EXPECT_TRUE(stream.ok()) << stream.status().message();
  std::vector<capture::ParsedRecord> out;
  if (!stream.ok()) return out;
  std::vector<capture::ParsedRecord> slots(batch);
  std::vector<capture::ParsedRecord*> pointers;
  for (capture::ParsedRecord& r : slots) pointers.push_back(&r);
  for (;;) {
    const capture::RecordStream::Batch got = (*stream)->NextBatch(pointers, int64_t{1} << 20);
    for (size_t i = 0; i < got.filled; ++i) out.push_back(slots[i]);
    if (!got.more) break;
  }
  EXPECT_TRUE((*stream)->status().ok());
  return out;
}

inline nlohmann::json Attributes(const capture::ParsedRecord& r) {
  return nlohmann::json::parse(r.doc->attributes_json);
}

// The bytes of `original` that the record's byte range covers.
inline std::string Slice(const std::string& original, const capture::ParsedRecord& r) {
  return original.substr(static_cast<size_t>(r.byte_start),
                         static_cast<size_t>(r.byte_end - r.byte_start));
}

}  // namespace ariadne::testing
