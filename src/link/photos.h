// Reused photos as linking evidence (issue 5 item 3): every stored image gets its PDQ hash with
// the 8 rotations and mirrors once, and linking joins the documents whose images are within
// Hamming distance 31 (pdq::kMatchDistance) of each other, found through a multi-index hash.
// Images of low quality (flat, tiny) are never used; a photo carried by many unrelated
// advertisers (a stock photo) is shown as generic by the resolver, not joined on.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/status.h"
#include "link/resolve.h"
#include "store/case.h"

namespace ariadne::link {

struct PhotoHashSummary {
  int64_t hashed = 0;
  int64_t failed = 0;  // not decodable: kept with their error, never retried
};

// Hashes every stored image that has no hash yet, one transaction per batch (a killed run loses
// one batch). `on_progress(done)` is called after each batch. Call inside no transaction.
Result<PhotoHashSummary> HashNewImages(store::Case& c,
                                       const std::function<void(int64_t)>& on_progress = {});

// One set of matching images: the documents that show them (sorted), the similarity of the
// farthest match (1 - distance / 256) and a description for analysts.
struct PhotoGroupRow {
  std::vector<int64_t> documents;
  double similarity = 0;
  std::string description;
};
Result<std::vector<PhotoGroupRow>> PhotoGroups(store::CaseStore& store);

// Feeds the resolver with one photo group per set of matching images: the documents that show
// them, and how close the closest match is.
Status AddPhotoEvidence(store::CaseStore& store, Resolver& resolver);

}  // namespace ariadne::link
