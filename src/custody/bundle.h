// Evidence bundles: one zip file that a prosecutor or a foreign authority can check with nothing
// but the file and the case's public key (docs/custody.md, "Bundles"). It holds
//   manifest.json      what is in the bundle (path, SHA-256, size of every member), who made it,
//                      when, with which tool and under which authorisation, in CASE/UCO terms
//   manifest.sig       base64 Ed25519 signature of the exact bytes of manifest.json
//   keys/case.pub      the case's public key (compare its fingerprint out of band)
//   originals/<sha256> the original files the documents came from and their images
//   documents.json     the documents as imported (every sealed field), their seals with Merkle
//                      proofs to their import's signed event, selectors, flags, scores, clusters
//   custody/checkpoint.json  the signed tree head the proofs lead to
//   custody/events.jsonl     the custody events about these documents, each with its inclusion
//                            proof (RFC 9162 §2.1.3)
//   report.html, report.pdf  the same for people
// Not thread-safe per case (it appends to the custody log).
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "core/status.h"
#include "custody/keys.h"
#include "store/case.h"

namespace ariadne::custody {

struct BundleOptions {
  std::vector<int64_t> documents;  // case ids, the selection
  std::string selection;           // how they were chosen, for people ("cluster C4")
  std::filesystem::path output;
  std::string actor;
  std::string tool_version;
  std::string authorisation;  // e.g. "warrant 2026/123" (recorded as investigation:Authorization)
  // Replace contact selector values (phone, e-mail, handle) with keyed pseudonyms and leave the
  // originals out; values listed in `keep` stay in clear.
  bool pseudonymise = false;
  std::vector<std::string> keep;
};

struct BundleSummary {
  int64_t documents = 0;
  int64_t originals = 0;
  int64_t events = 0;
  int64_t pseudonyms = 0;
  std::string sha256;  // of the bundle file
  std::string key_fingerprint;
};

// Writes the bundle: logs "export.bundle", signs the log head with `keys`, then writes the file
// (to a temporary name, renamed at the end). InvalidInput when a document does not exist or is not
// sealed.
Result<BundleSummary> WriteBundle(store::Case& c, const KeyPair& keys, const BundleOptions& o);

struct BundleReport {
  std::vector<std::string> findings;  // one line per problem, naming the member or object
  std::vector<std::string> notes;
  std::string key_fingerprint;  // of the key used to check
  bool key_from_bundle = true;  // no --public-key given: compare the fingerprint out of band
  int64_t members = 0;
  int64_t documents = 0;
  int64_t events = 0;
  int64_t originals = 0;
  bool pseudonymised = false;
};

// Checks a bundle with nothing but the file and, when `public_key_file` is not empty, the case's
// public key. The Status is an error only when the file is not a readable zip.
Result<BundleReport> VerifyBundle(const std::filesystem::path& bundle,
                                  const std::filesystem::path& public_key_file);

}  // namespace ariadne::custody
