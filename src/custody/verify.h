// `ariadne verify`: checks a whole case against its custody log and says exactly what was altered,
// added or removed. It re-hashes every blob, recomputes every event hash and the chain, recomputes
// the Merkle root of every signed checkpoint and checks its signature, re-seals every document and
// checks the seals against the signed import events, and checks that derived rows (selectors,
// flags, scores, clusters, images) point at things that exist. Read-only; memory grows with the
// number of events and seals of one import, not with blob sizes.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "core/status.h"

namespace ariadne::custody {

struct VerifyReport {
  // One line per problem, naming the object: "blob ab12…: content hash mismatch (altered)".
  std::vector<std::string> findings;
  // Facts that are not tampering but a reader should know ("events 41-43 not signed yet").
  std::vector<std::string> notes;
  int64_t events = 0;
  int64_t checkpoints = 0;
  int64_t signed_events = 0;  // covered by the last valid checkpoint
  int64_t blobs = 0;
  int64_t documents = 0;
  std::string key_fingerprint;  // of keys/case.pub, to compare out of band
};

struct VerifyOptions {
  // Called with each blob's size as it is re-hashed (progress).
  std::function<void(int64_t bytes)> on_blob;
};

// Verifies the case in `case_dir` (open it with Case::Open first so that its schema is current).
// The Status is an error only when the case cannot be read at all; tampering is in the report.
Result<VerifyReport> VerifyCase(const std::filesystem::path& case_dir,
                                const VerifyOptions& options = {});

}  // namespace ariadne::custody
