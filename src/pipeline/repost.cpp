#include "pipeline/repost.h"

#include <fmt/format.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "pipeline/structural_flag.h"

namespace ariadne::pipeline {
namespace {

constexpr size_t kMaxEvidenceDocuments = 50;
constexpr size_t kMaxEvidenceEmployers = 20;
constexpr size_t kMaxQuotedEmployers = 5;  // in the "why" line; the evidence lists the rest
constexpr size_t kMaxEmployerBytes = 200;  // longer is not a name

// The job ads among the documents of `groups` (of at least `min_documents` documents): id ->
// employer, those of `known`'s documents taken from it, the rest read in one query. A document not
// in it is no job ad.
Result<std::map<int64_t, JobAd>> JobAdsOf(store::CaseStore& s,
                                          const std::vector<RepostGroup>& groups, int min_documents,
                                          const KnownJobAds* known) {
  std::vector<int64_t> ids;
  for (const RepostGroup& group : groups) {
    if (static_cast<int>(group.documents.size()) < min_documents) continue;
    ids.insert(ids.end(), group.documents.begin(), group.documents.end());
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  std::map<int64_t, JobAd> out;
  if (known != nullptr) {
    std::vector<int64_t> unread;
    for (int64_t id : ids) {
      if (!std::binary_search(known->documents.begin(), known->documents.end(), id)) {
        unread.push_back(id);
      } else if (auto it = known->job_ads.find(id); it != known->job_ads.end()) {
        out.emplace_hint(out.end(), id, it->second);
      }
    }
    ids = std::move(unread);
  }
  Result<std::map<int64_t, JobAd>> read = ReadJobAds(s, ids);
  if (!read.ok()) return read.status();
  if (out.empty()) return read;
  out.merge(*read);
  return out;
}

// The group's job ads and their employers (key -> name as first written).
void CollectJobAds(const RepostGroup& group, const std::map<int64_t, JobAd>& job_ads_of,
                   std::vector<int64_t>& job_ads, std::map<std::string, std::string>& employers) {
  for (int64_t id : group.documents) {
    auto it = job_ads_of.find(id);
    if (it == job_ads_of.end()) continue;
    job_ads.push_back(id);
    if (!it->second.key.empty()) employers.emplace(it->second.key, it->second.employer);
  }
}

std::string QuotedEmployers(const std::map<std::string, std::string>& employers) {
  std::string out;
  size_t n = 0;
  for (const auto& [key, name] : employers) {
    if (n++ == kMaxQuotedEmployers) return out + ", …";
    out += (out.empty() ? "" : ", ") + name;
  }
  return out;
}

}  // namespace

Result<std::map<int64_t, JobAd>> ReadJobAds(store::CaseStore& s,
                                            const std::vector<int64_t>& documents) {
  std::map<int64_t, JobAd> out;
  ARIADNE_RETURN_IF_ERROR(
      s.ForEachJobAdOf(documents, [&](int64_t id, std::string_view attributes_json) {
        JobAd ad;
        ad.employer = EmployerOf(attributes_json);
        ad.key = EmployerKey(ad.employer);
        out.emplace_hint(out.end(), id, std::move(ad));
        return Status::Ok();
      }));
  return out;
}

std::string EmployerOf(std::string_view attributes_json) {
  const nlohmann::json attributes = nlohmann::json::parse(attributes_json, nullptr, false);
  if (!attributes.is_object()) return "";
  for (const char* field : {"employer", "company"}) {
    auto it = attributes.find(field);
    if (it != attributes.end() && it->is_string()) {
      const std::string& name = it->get_ref<const std::string&>();
      if (!name.empty() && name.size() <= kMaxEmployerBytes) return name;
    }
  }
  return "";
}

std::string EmployerKey(std::string_view name) {
  std::string key;
  const auto length = static_cast<int32_t>(name.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(name.data(), i, length, c);
    if (c < 0 || !u_isalnum(c)) continue;
    const UChar32 lower = u_tolower(c);
    char bytes[U8_MAX_LENGTH];
    int32_t n = 0;
    U8_APPEND_UNSAFE(bytes, n, lower);
    key.append(bytes, static_cast<size_t>(n));
  }
  return key;
}

Result<std::vector<store::StoredFlag>> RepostFlags(
    store::CaseStore& s, const std::vector<RepostGroup>& groups, const flag::Indicator& indicator,
    const flag::RuleSet& rules, const RepostOptions& o, const KnownJobAds* known) {
  Result<std::map<int64_t, JobAd>> job_ads_of = JobAdsOf(s, groups, o.min_employers, known);
  if (!job_ads_of.ok()) return job_ads_of.status();
  std::map<int64_t, std::pair<size_t, store::StoredFlag>> best;  // document -> (employers, flag)
  for (const RepostGroup& group : groups) {
    if (static_cast<int>(group.documents.size()) < o.min_employers) continue;
    std::vector<int64_t> job_ads;
    std::map<std::string, std::string> employers;
    CollectJobAds(group, *job_ads_of, job_ads, employers);
    if (static_cast<int>(employers.size()) < o.min_employers) continue;
    nlohmann::json names = nlohmann::json::array();
    for (const auto& [key, name] : employers) {
      if (names.size() == kMaxEvidenceEmployers) break;
      names.push_back(name);
    }
    const std::vector<int64_t> listed(
        job_ads.begin(), job_ads.begin() + std::min(job_ads.size(), kMaxEvidenceDocuments));
    const nlohmann::json evidence = {{"kind", group.what},
                                     {"value", group.value},
                                     {"documents", listed},
                                     {"job_ads", job_ads.size()},
                                     {"employers", names}};
    const std::string why = fmt::format(
        "This job ad {}: the {} {} appears on {} job ads naming {} different employers ({}). A "
        "staffing agency posts many roles under its own name; ask who the employers are.",
        indicator.why, group.what, group.value, job_ads.size(), employers.size(),
        QuotedEmployers(employers));
    const std::string evidence_json = evidence.dump();
    for (int64_t id : job_ads) {
      auto it = best.find(id);
      if (it != best.end() && it->second.first >= employers.size()) continue;
      best.insert_or_assign(
          id, std::make_pair(employers.size(),
                             StructuralFlag(id, indicator, rules, evidence_json, why)));
    }
  }
  std::vector<store::StoredFlag> flags;
  for (auto& [id, entry] : best) flags.push_back(std::move(entry.second));
  return flags;
}

}  // namespace ariadne::pipeline
