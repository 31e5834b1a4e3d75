// The unit of analysis: one ad, page, message or tip, with where it came from.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace ariadne {

// Where a document's bytes are in the original evidence: the blob (SHA-256 of the original file,
// hex), the 1-based line or record number, and the byte range [start, end) of the record in that
// file.
struct Provenance {
  std::string blob_sha256;
  std::string file_name;  // the name the file had when imported, for people; the blob is the truth
  int64_t line = 0;
  int64_t byte_start = 0;
  int64_t byte_end = 0;
};

// One referenced image: the reference as written in the source, and the stored blob if it was
// found.
struct ImageRef {
  std::string ref;          // path relative to the source file, or a URL
  std::string blob_sha256;  // empty when the image is missing or remote (not fetched)
  std::string status;       // "stored", "missing" or "remote"
};

// A document as imported. Text fields are UTF-8; empty means absent. `id` is the case's own id (0
// until stored); `source_id` is the id the source gave it (the ad number on the site).
struct Document {
  int64_t id = 0;
  std::string source_id;
  std::string site;
  std::string url;
  std::string title;
  std::string text;
  std::string posted_at;  // ISO 8601 as given by the source (validated at import)
  std::string location;
  std::string lang;                    // ISO 639-1 as declared by the source; detection comes later
  std::string region;                  // ISO 3166-1 alpha-2, the phone-number hint
  std::string kind;                    // "sex", "labour" or empty
  std::string attributes_json = "{}";  // every other field of the source, kept as a JSON object
  std::vector<ImageRef> images;
  Provenance provenance;
  std::string imported_at;  // UTC, ISO 8601
};

}  // namespace ariadne
