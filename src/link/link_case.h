// Linking over a case: each document's text signature (per document, incremental) and the
// case-wide entity resolution (resolve.h) whose clusters, links and generic values are stored with
// a triage score per cluster. The pipeline calls both; `ariadne clusters` reads the result.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/status.h"
#include "link/resolve.h"
#include "store/case.h"

namespace ariadne::link {

// The row to store for a document: the MinHash signature of its text with every selector masked.
store::TextSignatureRow SignDocument(const Document& doc,
                                     const std::vector<store::StoredSelector>& selectors);

struct LinkSummary {
  int64_t documents = 0;
  int64_t clusters = 0;          // of two documents or more
  int64_t linked_documents = 0;  // documents in those clusters
  int64_t text_links = 0;        // stored: a spanning forest of the joining text pairs (resolve.h)
  int64_t text_pairs = 0;        // confirmed near-identical pairs
  int64_t generic_values = 0;
  int64_t largest_cluster = 0;
};

// The triage parts of a cluster, after the UK approach (an ad is high risk when it is part of a
// network, shows control indicators and its account looks inauthentic): each part in [0, 1],
// the score 0-100 is their product-like combination, and every part says why.
struct TriageParts {
  double network = 0;
  double control = 0;
  double inauthentic = 0;
  std::string network_why, control_why, inauthentic_why;
};
int64_t TriageScore(const TriageParts& parts);

// Resolves the whole case and replaces its stored linkage in one transaction (call inside none);
// only rows that changed since the last run are written.
Result<LinkSummary> LinkCase(store::Case& c, const ResolveOptions& options = {});

}  // namespace ariadne::link
