// What the analysts' web workbench (`ariadne serve`, docs/api.md) reads and writes in a case beyond
// the CaseStore: search with more filters and facet counts, dashboard figures, weekly trends, the
// blobs an ad view may show, the custody trail of an ad, and analysts' decisions (schema v8).
//
// WorkbenchStore opens its own connection to the case database, beside the CaseStore's (like
// CustodyStore and TipStore). Not thread-safe: one object per thread.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "store/case_store.h"
#include "store/custody_store.h"
#include "store/search_query.h"

namespace ariadne::store {

// A search of the workbench: the parsed query text plus the facet filters the UI sets.
struct WorkbenchQuery {
  SearchQuery query;                        // text terms and the text's own filters, limit, offset
  std::vector<std::string> locations;       // any of (exact `location` values)
  std::vector<std::string> indicators;      // documents with any of these flags
  std::vector<std::string> selector_types;  // documents with a selector of any of these types
};

struct WorkbenchHit {
  int64_t id = 0;
  std::string source_id;
  std::string site;
  std::string title;
  std::string posted_at;
  std::string location;
  std::string lang;  // declared, else detected
  std::string kind;
  int64_t score = -1;  // -1: not scored yet
  std::string band;
  std::string snippet;  // with kHighlightOpen / kHighlightClose around matched words
};

struct WorkbenchFacets {
  std::vector<NamedCount> site, city, lang, flag, selector_type;
  int64_t counted = 0;   // documents the facets were counted over
  bool sampled = false;  // true when that is fewer than all matches (see WorkbenchSearchLimits)
};

struct WorkbenchResults {
  int64_t total = 0;
  bool total_capped = false;  // there are more than `total` matches (counting stopped there)
  // "relevance" (words: BM25, every match ranked), "recent_relevance" (words, more than
  // `rank_cap` matches: the `rank_cap` most recently stored matches by BM25, then the older ones
  // most recently stored first) or "newest" (filters only: by posted date, newest first).
  std::string order;
  std::vector<WorkbenchHit> hits;
  WorkbenchFacets facets;
};

// How much work a search may do, so that it stays fast on a case of millions of ads.
struct WorkbenchSearchLimits {
  int64_t count_cap = 100000;  // words alone: count matches up to this many ("more than" past it)
  int64_t rank_cap = 500;      // with words: rank this many of the most recent matches
  int64_t facet_sample = 500;  // count facets over the first this many (the ranked candidates with
                               // words, the newest posted without)
  int per_facet = 12;          // values per facet
};

struct CaseOverview {
  int64_t documents = 0;
  int64_t selectors = 0;
  int64_t flagged = 0;   // documents with at least one flag
  int64_t clusters = 0;  // clusters of two documents or more
};

enum class WeeklyBy { kSite, kLocation, kIndicator };

struct WeeklyCount {
  std::string week;  // the Monday, YYYY-MM-DD
  std::string name;
  int64_t count = 0;
};

struct StoredDecision {
  int64_t id = 0;
  std::string target;    // "ad:ID" or "cluster:ID"
  std::string decision;  // "reviewed", "not_a_concern", "referred"
  std::string note;
  std::string user;
  std::string time;  // UTC ISO 8601, set when stored
};

struct BlobRow {
  std::string sha256;
  int64_t size = 0;
  std::string media_type;
};

class WorkbenchStore {
 public:
  virtual ~WorkbenchStore() = default;

  // Opens the workbench tables of the case in `case_dir` (open it with Case::Open first: that
  // migrates the schema).
  static Result<std::unique_ptr<WorkbenchStore>> Open(const std::filesystem::path& case_dir);

  // Matches ranked by relevance (text terms) or newest first (filters only), see
  // WorkbenchResults::order. InvalidInput for a query FTS5 rejects or a date that is not a
  // calendar date.
  virtual Result<WorkbenchResults> Search(const WorkbenchQuery& q,
                                          const WorkbenchSearchLimits& limits) = 0;
  virtual Result<CaseOverview> Overview() = 0;
  // As CaseStore::Interrupt: the one call that may come from another thread.
  virtual void Interrupt() = 0;
  // A value that changes when the case does: every writing command logs a custody event, and the
  // newest document, flag and decision are added. Index look-ups only, so it is cheap to ask.
  virtual Result<std::string> ChangeMark() = 0;
  // Documents per week and value of `by`, for the `top` most frequent values, oldest week first.
  virtual Result<std::vector<WeeklyCount>> Weekly(WeeklyBy by, int top) = 0;
  // The import a document came from (nullopt when there is no such document).
  virtual Result<std::optional<ImportRecord>> ImportOfDocument(int64_t document_id) = 0;
  virtual Result<std::optional<BlobRow>> Blob(std::string_view sha256) = 0;
  // Whether the blob is an image of some document of the case.
  virtual Result<bool> IsDocumentImage(std::string_view sha256) = 0;
  // Custody events about any of `objects` ("document:42", "import:3", "blob:<sha>"), oldest
  // first, at most `limit`.
  virtual Result<std::vector<CustodyEventRow>> CustodyEventsAbout(
      const std::vector<std::string>& objects, int limit) = 0;

  // Stores a decision (its id and time are set) and returns it.
  virtual Result<StoredDecision> AddDecision(StoredDecision d) = 0;
  // The decisions about `target` (every target when empty), newest first, at most `limit`.
  virtual Result<std::vector<StoredDecision>> Decisions(std::string_view target, int limit) = 0;
  // Distinct `location` values of the case with their document counts.
  virtual Result<std::vector<NamedCount>> Locations() = 0;
};

}  // namespace ariadne::store
