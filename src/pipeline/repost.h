// J-REPOST (indicators.md, table 2B): the same contact or the same wording across job ads for many
// different employers. The knowledge base's false-positive note (a staffing agency posts many
// roles) is why employers are counted, not ads or roles: one agency's hundred ads under its own
// name never raise it. The employer is the name a job site shows beside the ad, kept by the
// importers as the ad's `employer` (or `company`) field; ads without one never count towards the
// employers. Internal to the pipeline (RunNetworkFlags calls it; the known job ads are read beside
// the link).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "flag/rules.h"
#include "store/case_store.h"

namespace ariadne::pipeline {

// Ads that share one thing: a contact value or a near-identical text.
struct RepostGroup {
  std::string what;                // "phone", "email", "handle" or "near-identical text"
  std::string value;               // the shared value, or a description for text
  std::vector<int64_t> documents;  // ascending
};

struct RepostOptions {
  int min_employers = 3;  // different employer names among a group's job ads
};

// What J-REPOST needs to know of a job ad.
struct JobAd {
  std::string employer;  // as written; "" when none
  std::string key;       // EmployerKey(employer)
};

// Job ads read before the pass (beside the link): every job ad among `documents` is in `job_ads`.
struct KnownJobAds {
  std::vector<int64_t> documents;  // ascending, distinct: every document read
  std::map<int64_t, JobAd> job_ads;
};

// The job ads among `documents` (ascending, distinct), read in one query: id -> employer. A
// document not in it is no job ad.
Result<std::map<int64_t, JobAd>> ReadJobAds(store::CaseStore& s,
                                            const std::vector<int64_t>& documents);

// Flags every job ad of each group whose job ads name at least `min_employers` different
// employers; an ad in several such groups gets one flag, from the group with the most employers.
// The evidence lists the shared value, the job ads (at most 50) and the employer names.
Result<std::vector<store::StoredFlag>> RepostFlags(store::CaseStore& s,
                                                   const std::vector<RepostGroup>& groups,
                                                   const flag::Indicator& indicator,
                                                   const flag::RuleSet& rules,
                                                   const RepostOptions& options = {},
                                                   const KnownJobAds* known = nullptr);

// The employer a document's attributes (a JSON object) name, as written, or "" when none.
std::string EmployerOf(std::string_view attributes_json);

// One key for the spellings of one name: case, punctuation and white space are ignored
// ("Euro Work Agency", "EURO-WORK agency."). Never strips words: two firms that differ only by a
// legal form stay apart only if the form is written.
std::string EmployerKey(std::string_view name);

}  // namespace ariadne::pipeline
