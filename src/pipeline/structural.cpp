#include "pipeline/structural.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "core/text.h"
#include "flag/flag.h"
#include "flag/score.h"

namespace ariadne::pipeline {

namespace {

constexpr const char* kSharedContact = "N-PHONE";
constexpr const char* kMultiNumber = "A-MULTINUM";
constexpr size_t kMaxEvidenceDocuments = 50;
constexpr size_t kMaxEvidencePhones = 50;
constexpr size_t kMaxQuotedPhones = 5;  // in the "why" line; the evidence lists the rest
// Far more than a case has generic numbers; the query needs a bound.
constexpr int kMaxGenericPhones = 100000;

// Days since 1970 of an ISO 8601 date ("2026-05-17T12:16:00Z"), or -1 when it has none.
int64_t DayNumber(std::string_view posted_at) {
  if (posted_at.size() < 10) return -1;
  int y = 0, m = 0, d = 0;
  if (std::sscanf(std::string(posted_at.substr(0, 10)).c_str(), "%4d-%2d-%2d", &y, &m, &d) != 3) {
    return -1;
  }
  // Howard Hinnant's days_from_civil.
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * static_cast<unsigned>(m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return static_cast<int64_t>(era) * 146097 + static_cast<int64_t>(doe) - 719468;
}

// The uses of one contact that lie in some window of `window_days` holding ads of at least
// `min_personas` distinct stated ages. Until personas are resolved (linking), a persona is told
// apart by its stated age: ads of one person cannot state different ages within a month.
std::vector<size_t> UsesInPersonaWindows(const std::vector<store::ContactUse>& uses,
                                         const StructuralOptions& o, std::set<std::string>* ages) {
  std::vector<size_t> dated;
  for (size_t i = 0; i < uses.size(); ++i) {
    if (DayNumber(uses[i].posted_at) >= 0 && !uses[i].stated_age.empty()) dated.push_back(i);
  }
  std::vector<bool> marked(uses.size(), false);
  std::map<std::string, int> in_window;
  size_t first = 0;
  for (size_t last = 0; last < dated.size(); ++last) {
    ++in_window[uses[dated[last]].stated_age];
    while (DayNumber(uses[dated[last]].posted_at) - DayNumber(uses[dated[first]].posted_at) >
           o.window_days) {
      if (--in_window[uses[dated[first]].stated_age] == 0) {
        in_window.erase(uses[dated[first]].stated_age);
      }
      ++first;
    }
    if (static_cast<int>(in_window.size()) < o.min_personas) continue;
    for (size_t k = first; k <= last; ++k) {
      marked[dated[k]] = true;
      ages->insert(uses[dated[k]].stated_age);
    }
  }
  std::vector<size_t> out;
  for (size_t i = 0; i < uses.size(); ++i) {
    if (marked[i]) out.push_back(i);
  }
  return out;
}

store::StoredFlag StructuralFlag(int64_t document_id, const flag::Indicator& indicator,
                                 const flag::RuleSet& rules, const nlohmann::json& evidence,
                                 const std::string& why) {
  store::StoredFlag f;
  f.document_id = document_id;
  f.indicator = indicator.id;
  f.revision = indicator.revision;
  f.family = std::string(flag::FamilyName(indicator.family));
  f.tier = std::string(flag::TierName(indicator.tier));
  f.category = std::string(flag::CategoryName(indicator.category));
  f.evidence_json = evidence.dump();
  f.why = why;
  f.weight = rules.scoring.PointsFor(indicator);
  f.structural = true;
  return f;
}

std::vector<store::StoredFlag> SharedContactFlags(const store::SharedContact& contact,
                                                  const flag::Indicator& indicator,
                                                  const flag::RuleSet& rules,
                                                  const StructuralOptions& o) {
  std::set<std::string> ages;
  const std::vector<size_t> linked = UsesInPersonaWindows(contact.uses, o, &ages);
  if (linked.empty()) return {};
  nlohmann::json documents = nlohmann::json::array();
  for (size_t i : linked) {
    if (documents.size() < kMaxEvidenceDocuments) documents.push_back(contact.uses[i].document_id);
  }
  const nlohmann::json evidence = {
      {"type", contact.type},
      {"value", contact.value},
      {"stated_ages", std::vector<std::string>(ages.begin(), ages.end())},
      {"documents", documents},
      {"linked_documents", linked.size()},
      {"window_days", o.window_days},
      // Rule R6: the legitimate explanations travel with the flag.
      {"benign_explanations", indicator.false_positives}};
  std::string age_list;
  for (const std::string& a : ages) age_list += (age_list.empty() ? "" : ", ") + a;
  const std::string why = fmt::format(
      "This ad {}: the {} {} appears on {} ads of {} different personas (stated ages {}) posted "
      "within {} days",
      indicator.why, contact.type, contact.value, linked.size(), ages.size(), age_list,
      o.window_days);
  std::vector<store::StoredFlag> flags;
  for (size_t i : linked) {
    flags.push_back(StructuralFlag(contact.uses[i].document_id, indicator, rules, evidence, why));
  }
  return flags;
}

bool IsAccount(std::string_view type) {
  return type == "email" || type == "handle";
}

// A-MULTINUM: the phone numbers shown in the ads of one account. Every document of the account
// that shows one of them is linked (rule R5: the linked ids and the shared value are the evidence).
Result<std::vector<store::StoredFlag>> MultiNumberFlags(store::CaseStore& s,
                                                        const store::SharedContact& account,
                                                        const flag::Indicator& indicator,
                                                        const flag::RuleSet& rules,
                                                        const std::set<std::string>& generic_phones,
                                                        const StructuralOptions& o) {
  std::map<std::string, std::set<int64_t>> phones;  // phone → documents of the account showing it
  std::set<int64_t> linked;
  for (const store::ContactUse& use : account.uses) {
    Result<std::vector<store::StoredSelector>> selectors = s.SelectorsOf(use.document_id);
    if (!selectors.ok()) return selectors.status();
    for (const store::StoredSelector& selector : *selectors) {
      if (selector.type != "phone" || generic_phones.count(selector.value) > 0) continue;
      phones[selector.value].insert(use.document_id);
      linked.insert(use.document_id);
    }
  }
  if (static_cast<int>(phones.size()) < o.min_account_phones) {
    return std::vector<store::StoredFlag>{};
  }
  std::vector<std::string> numbers;
  for (const auto& [phone, documents] : phones) {
    if (numbers.size() < kMaxEvidencePhones) numbers.push_back(phone);
  }
  nlohmann::json documents = nlohmann::json::array();
  for (int64_t id : linked) {
    if (documents.size() < kMaxEvidenceDocuments) documents.push_back(id);
  }
  const nlohmann::json evidence = {{"type", account.type},
                                   {"value", account.value},
                                   {"phones", numbers},
                                   {"distinct_phones", phones.size()},
                                   {"documents", documents},
                                   {"linked_documents", linked.size()},
                                   {"benign_explanations", indicator.false_positives}};
  std::string quoted;
  for (size_t i = 0; i < numbers.size() && i < kMaxQuotedPhones; ++i) {
    quoted += (i == 0 ? "" : ", ") + numbers[i];
  }
  if (phones.size() > kMaxQuotedPhones) {
    quoted += fmt::format(" and {} more", phones.size() - kMaxQuotedPhones);
  }
  const std::string why =
      fmt::format("This ad {}: the {} {} appears with {} different phone numbers ({}) on {} ads",
                  indicator.why, account.type, account.value, phones.size(), quoted, linked.size());
  std::vector<store::StoredFlag> flags;
  for (int64_t id : linked) flags.push_back(StructuralFlag(id, indicator, rules, evidence, why));
  return flags;
}

flag::AdKind KindFromName(std::string_view name) {
  flag::AdKind kind = flag::AdKind::kUnknown;
  if (!flag::ParseAdKind(name, &kind) || kind == flag::AdKind::kAuto) kind = flag::AdKind::kUnknown;
  return kind;
}

// Scores a document again from every flag it has now (text and structural).
Status Rescore(store::CaseStore& s, const flag::RuleSet& rules, int64_t document_id) {
  Result<std::vector<store::StoredFlag>> stored = s.FlagsOf(document_id);
  if (!stored.ok()) return stored.status();
  std::vector<flag::RaisedFlag> flags;
  std::set<std::string> seen;  // an indicator counts once, however many contacts raised it
  for (const store::StoredFlag& f : *stored) {
    const flag::Indicator* indicator = rules.Find(f.indicator);
    if (indicator == nullptr) continue;  // a rule that no longer exists: it no longer counts
    if (!seen.insert(f.indicator).second) continue;
    flag::RaisedFlag raised;
    raised.indicator = indicator;
    raised.weight = rules.scoring.PointsFor(*indicator);
    raised.from_candidate = f.from_candidate;
    flags.push_back(std::move(raised));
  }
  Result<std::optional<store::StoredScore>> old = s.ScoreOf(document_id);
  if (!old.ok()) return old.status();
  const std::string kind_name = old->has_value() ? (*old)->kind : "unknown";
  const flag::AdKind kind = KindFromName(kind_name);
  const flag::ScoreResult score = flag::ScoreFlags(flags, kind, rules.scoring, false);
  const flag::ScoreResult fraud = flag::ScoreFlags(flags, kind, rules.scoring, true);
  nlohmann::json contributions = nlohmann::json::array();
  for (const flag::Contribution& c : score.contributions) {
    contributions.push_back({{"id", c.id}, {"points", c.points}, {"note", c.note}});
  }
  return s.SetScore({document_id, kind_name, score.score, std::string(flag::BandName(score.band)),
                     fraud.score, std::string(flag::BandName(fraud.band)), contributions.dump()});
}

}  // namespace

Result<StageSummary> RunStructuralFlags(store::Case& c, const flag::RuleSet& rules,
                                        const StructuralOptions& o) {
  StageSummary summary{"structural", 1, 0, {}, ""};
  const flag::Indicator* shared = rules.Find(kSharedContact);
  const flag::Indicator* multi = rules.Find(kMultiNumber);
  if (shared != nullptr && !shared->structural) shared = nullptr;
  if (multi != nullptr && !multi->structural) multi = nullptr;
  if (shared == nullptr && multi == nullptr) {
    summary.note = fmt::format("the rule packs have no structural {} or {} indicator",
                               kSharedContact, kMultiNumber);
    return summary;
  }
  store::CaseStore& s = c.store();
  Result<store::CaseCounts> counts = s.Counts();
  if (!counts.ok()) return counts.status();
  const auto generic_at = std::max<int64_t>(
      o.generic_min_documents,
      static_cast<int64_t>(o.generic_share * static_cast<double>(counts->documents)));
  // Numbers on so many ads that they are a site's or platform's own never count for an account.
  std::set<std::string> generic_phones;
  if (multi != nullptr) {
    Result<std::vector<store::SelectorSummary>> common =
        s.SelectorSummaries("phone", generic_at, kMaxGenericPhones);
    if (!common.ok()) return common.status();
    for (const store::SelectorSummary& phone : *common) generic_phones.insert(phone.value);
  }
  // N-PHONE needs min_personas documents on a contact; one ad alone can show an account with
  // several numbers (A-MULTINUM).
  const int64_t min_documents = multi != nullptr ? 1 : o.min_personas;
  std::vector<store::StoredFlag> flags;
  Status scanned = s.ForEachSharedContact(min_documents, [&](const store::SharedContact& contact) {
    if (static_cast<int64_t>(contact.uses.size()) >= generic_at) {
      ++summary.found["generic values skipped"];
      return Status::Ok();
    }
    if (shared != nullptr && static_cast<int64_t>(contact.uses.size()) >= o.min_personas) {
      for (store::StoredFlag& f : SharedContactFlags(contact, *shared, rules, o)) {
        flags.push_back(std::move(f));
      }
    }
    if (multi != nullptr && IsAccount(contact.type)) {
      Result<std::vector<store::StoredFlag>> found =
          MultiNumberFlags(s, contact, *multi, rules, generic_phones, o);
      if (!found.ok()) return found.status();
      for (store::StoredFlag& f : *found) flags.push_back(std::move(f));
    }
    return Status::Ok();
  });
  if (!scanned.ok()) return scanned;

  Result<std::vector<int64_t>> before = s.DocumentsWithStructuralFlags();
  if (!before.ok()) return before.status();
  std::set<int64_t> touched(before->begin(), before->end());
  for (const store::StoredFlag& f : flags) touched.insert(f.document_id);
  ARIADNE_RETURN_IF_ERROR(s.Begin());
  Status written = s.ReplaceStructuralFlags(flags);
  for (auto it = touched.begin(); written.ok() && it != touched.end(); ++it) {
    written = Rescore(s, rules, *it);
  }
  if (!written.ok()) {
    s.Rollback();
    return written;
  }
  ARIADNE_RETURN_IF_ERROR(s.Commit());
  std::set<int64_t> flagged;
  std::map<std::string, std::set<int64_t>> by_indicator;
  for (const store::StoredFlag& f : flags) {
    flagged.insert(f.document_id);
    by_indicator[f.indicator].insert(f.document_id);
  }
  summary.documents = static_cast<int64_t>(flagged.size());
  for (const auto& [indicator, documents] : by_indicator) {
    summary.found[indicator] = static_cast<int64_t>(documents.size());
  }
  return summary;
}

}  // namespace ariadne::pipeline
