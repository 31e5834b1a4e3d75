#include "pipeline/structural.h"

#include <fmt/format.h>

#include <algorithm>
#include <climits>
#include <cstdlib>
#include <functional>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <span>
#include <string_view>
#include <tuple>

#include "core/json_text.h"
#include "core/text.h"
#include "flag/flag.h"
#include "flag/score.h"
#include "pipeline/repost.h"
#include "pipeline/structural_flag.h"
#include "pipeline/write_settings.h"

namespace ariadne::pipeline {

namespace {

constexpr const char* kSharedContact = "N-PHONE";
constexpr const char* kMultiNumber = "A-MULTINUM";
constexpr const char* kSharedText = "N-TEXT";
constexpr const char* kSharedImage = "N-IMG";
constexpr const char* kMovingTogether = "N-GEO";
constexpr const char* kRepost = "J-REPOST";
constexpr size_t kMaxEvidenceDocuments = 50;
constexpr size_t kMaxEvidencePhones = 50;
constexpr size_t kMaxQuotedPhones = 5;  // in the "why" line; the evidence lists the rest
// Far more than a case has generic numbers; the query needs a bound.
constexpr int kMaxGenericPhones = 100000;

// Days since 1970 of an ISO 8601 date ("2026-05-17T12:16:00Z"), or -1 when it has none.
int64_t DayNumber(std::string_view posted_at) {
  if (posted_at.size() < 10) return -1;
  int y = 0, m = 0, d = 0;
  // The stored form (digits at fixed places) read directly; sscanf cost more than the windows
  // it serves. Anything else as sscanf reads it.
  auto digits = [&](size_t from, size_t n, int* out) {
    int v = 0;
    for (size_t i = from; i < from + n; ++i) {
      if (posted_at[i] < '0' || posted_at[i] > '9') return false;
      v = v * 10 + (posted_at[i] - '0');
    }
    *out = v;
    return true;
  };
  const bool fixed = posted_at[4] == '-' && posted_at[7] == '-' && digits(0, 4, &y) &&
                     digits(5, 2, &m) && digits(8, 2, &d);
  if (!fixed &&
      std::sscanf(std::string(posted_at.substr(0, 10)).c_str(), "%4d-%2d-%2d", &y, &m, &d) != 3) {
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
  std::vector<int64_t> day;  // of each dated use
  for (size_t i = 0; i < uses.size(); ++i) {
    const int64_t d = DayNumber(uses[i].posted_at);
    if (d >= 0 && !uses[i].stated_age.empty()) {
      dated.push_back(i);
      day.push_back(d);
    }
  }
  std::vector<bool> marked(uses.size(), false);
  std::map<std::string, int> in_window;
  size_t first = 0;
  for (size_t last = 0; last < dated.size(); ++last) {
    ++in_window[uses[dated[last]].stated_age];
    while (day[last] - day[first] > o.window_days) {
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
  const std::string evidence_json = evidence.dump();
  std::vector<store::StoredFlag> flags;
  for (size_t i : linked) {
    flags.push_back(
        StructuralFlag(contact.uses[i].document_id, indicator, rules, evidence_json, why));
  }
  return flags;
}

bool IsAccount(std::string_view type) {
  return type == "email" || type == "handle";
}

// The phone numbers of documents, read a set of documents at a time (A-MULTINUM reads them for
// every document of each account: one query per document cost more than the flags).
class PhonesOf {
 public:
  explicit PhonesOf(store::CaseStore& s) : s_(s) {}
  // Reads the numbers of those of `ids` not read yet, in one query.
  Status Load(const std::vector<int64_t>& ids) {
    std::vector<int64_t> unread;
    for (int64_t id : ids) {
      if (read_.insert(id).second) unread.push_back(id);
    }
    Result<std::vector<std::pair<int64_t, std::string>>> found =
        s_.SelectorValuesOf(unread, "phone");
    if (!found.ok()) return found.status();
    for (auto& [id, phone] : *found) phones_[id].push_back(std::move(phone));
    return Status::Ok();
  }
  // The numbers of a document Load read (none when it shows none).
  const std::vector<std::string>& Of(int64_t id) const {
    static const std::vector<std::string> kNone;
    auto it = phones_.find(id);
    return it == phones_.end() ? kNone : it->second;
  }

 private:
  store::CaseStore& s_;
  std::set<int64_t> read_;
  std::map<int64_t, std::vector<std::string>> phones_;
};

// A-MULTINUM: the phone numbers shown in the ads of one account. Every document of the account
// that shows one of them is linked (rule R5: the linked ids and the shared value are the evidence).
Result<std::vector<store::StoredFlag>> MultiNumberFlags(PhonesOf& phones_of,
                                                        const store::SharedContact& account,
                                                        const flag::Indicator& indicator,
                                                        const flag::RuleSet& rules,
                                                        const std::set<std::string>& generic_phones,
                                                        const StructuralOptions& o) {
  std::vector<int64_t> documents_of_account;
  for (const store::ContactUse& use : account.uses) documents_of_account.push_back(use.document_id);
  ARIADNE_RETURN_IF_ERROR(phones_of.Load(documents_of_account));
  std::map<std::string, std::set<int64_t>> phones;  // phone → documents of the account showing it
  std::set<int64_t> linked;
  for (int64_t id : documents_of_account) {
    for (const std::string& phone : phones_of.Of(id)) {
      if (generic_phones.count(phone) > 0) continue;
      phones[phone].insert(id);
      linked.insert(id);
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
  const std::string evidence_json = evidence.dump();
  std::vector<store::StoredFlag> flags;
  for (int64_t id : linked) {
    flags.push_back(StructuralFlag(id, indicator, rules, evidence_json, why));
  }
  return flags;
}

bool SameScore(const store::StoredScore& a, const store::StoredScore& b) {
  return std::tie(a.document_id, a.kind, a.score, a.band, a.fraud_score, a.fraud_band,
                  a.contributions_json, a.fraud_contributions_json) ==
         std::tie(b.document_id, b.kind, b.score, b.band, b.fraud_score, b.fraud_band,
                  b.contributions_json, b.fraud_contributions_json);
}

flag::AdKind KindFromName(std::string_view name) {
  flag::AdKind kind = flag::AdKind::kUnknown;
  if (!flag::ParseAdKind(name, &kind) || kind == flag::AdKind::kAuto) kind = flag::AdKind::kUnknown;
  return kind;
}

// How many documents one batch of re-scoring reads at once: large enough that the queries cost
// little beside the work, small enough that a whole case's re-scoring holds few rows in memory.
constexpr size_t kRescoreBatch = 4096;

// Scores these documents (ascending) again from every flag they have now (text and structural),
// reading their flags and scores in one query each per batch, and writes the scores that differ
// from those stored (most of a pass's re-scored documents keep theirs).
Status RescoreBatch(store::CaseStore& s, const flag::RuleSet& rules,
                    const std::vector<int64_t>& ids) {
  std::map<int64_t, std::vector<flag::RaisedFlag>> flags;
  std::set<std::pair<int64_t, std::string>> seen;  // an indicator counts once per document
  ARIADNE_RETURN_IF_ERROR(s.ForEachFlagIndicatorOf(
      ids, [&](int64_t id, std::string_view indicator_id, bool from_candidate) {
        const flag::Indicator* indicator = rules.Find(std::string(indicator_id));
        // A rule that no longer exists no longer counts.
        if (indicator == nullptr || !seen.emplace(id, indicator_id).second) return Status::Ok();
        flag::RaisedFlag raised;
        raised.indicator = indicator;
        raised.weight = rules.scoring.PointsFor(*indicator);
        raised.from_candidate = from_candidate;
        flags[id].push_back(std::move(raised));
        return Status::Ok();
      }));
  Result<std::vector<store::StoredScore>> old = s.ScoresOf(ids);
  if (!old.ok()) return old.status();
  auto was = old->begin();
  for (int64_t id : ids) {
    while (was != old->end() && was->document_id < id) ++was;
    const store::StoredScore* before =
        was != old->end() && was->document_id == id ? &*was : nullptr;
    const std::string kind_name = before != nullptr ? before->kind : "unknown";
    const flag::AdKind kind = KindFromName(kind_name);
    const std::vector<flag::RaisedFlag>& raised = flags[id];
    const store::StoredScore now =
        ScoreRow(id, kind_name, flag::ScoreFlags(raised, kind, rules.scoring, false),
                 flag::ScoreFlags(raised, kind, rules.scoring, true));
    if (before != nullptr && SameScore(*before, now)) continue;
    ARIADNE_RETURN_IF_ERROR(s.SetScore(now));
  }
  return Status::Ok();
}

// Scores these documents again (see RescoreBatch), a batch at a time.
Status Rescore(store::CaseStore& s, const flag::RuleSet& rules, const std::set<int64_t>& ids) {
  std::vector<int64_t> batch;
  for (int64_t id : ids) {
    batch.push_back(id);
    if (batch.size() == kRescoreBatch) {
      ARIADNE_RETURN_IF_ERROR(RescoreBatch(s, rules, batch));
      batch.clear();
    }
  }
  return batch.empty() ? Status::Ok() : RescoreBatch(s, rules, batch);
}

// What a structural flag shows on its document (its row id and position aside): two runs that
// raise the same flags on a document leave its flags and score as they are. Compared field by
// field where the flags were once turned into one string each (the evidence of a network flag,
// a list of documents, copied for every compare).
auto ShownFields(const store::StoredFlag& f) {
  return std::tie(f.indicator, f.revision, f.family, f.tier, f.category, f.weight, f.why,
                  f.evidence_json);
}

// The flags ordered by document, then by what they show (so by indicator first).
std::vector<const store::StoredFlag*> ByDocument(const std::vector<store::StoredFlag>& flags) {
  std::vector<const store::StoredFlag*> out;
  out.reserve(flags.size());
  for (const store::StoredFlag& f : flags) out.push_back(&f);
  std::sort(out.begin(), out.end(), [](const store::StoredFlag* a, const store::StoredFlag* b) {
    if (a->document_id != b->document_id) return a->document_id < b->document_id;
    return ShownFields(*a) < ShownFields(*b);
  });
  return out;
}

// One document's flags in ByDocument's order.
using FlagSpan = std::span<const store::StoredFlag* const>;

// The flags of the document `*at` points to, from `at` on (advances `at` past them).
FlagSpan NextDocument(const std::vector<const store::StoredFlag*>& flags, size_t& at) {
  const size_t first = at;
  while (at < flags.size() && flags[at]->document_id == flags[first]->document_id) ++at;
  return FlagSpan(flags.data() + first, at - first);
}

bool SameFlags(FlagSpan a, FlagSpan b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                    [](const store::StoredFlag* x, const store::StoredFlag* y) {
                      return ShownFields(*x) == ShownFields(*y);
                    });
}

// Whether two documents' flags raise the same indicators (each span is ordered by indicator).
bool SameIndicators(FlagSpan a, FlagSpan b) {
  auto distinct = [](FlagSpan flags) {
    std::vector<std::string_view> out;
    for (const store::StoredFlag* f : flags) {
      if (out.empty() || out.back() != f->indicator) out.push_back(f->indicator);
    }
    return out;
  };
  return distinct(a) == distinct(b);
}

// The stored structural flags of `indicators`: of the whole case, or of `scope`'s documents.
Result<std::vector<store::StoredFlag>> StoredStructuralFlags(
    store::CaseStore& s, const std::vector<std::string>& indicators,
    const std::set<int64_t>* scope) {
  if (scope == nullptr) return s.StructuralFlagsOf(indicators);
  return s.StructuralFlagsOn(std::vector<int64_t>(scope->begin(), scope->end()), indicators);
}

// Runs `body` in one transaction begun by `begin` (CaseStore::Begin, a write transaction, or
// BeginRead), rolled back when it fails.
template <typename Body>
Status InOneTransaction(store::CaseStore& s, Status (store::CaseStore::*begin)(), Body&& body) {
  ARIADNE_RETURN_IF_ERROR((s.*begin)());
  Status status = body();
  if (status.ok()) status = s.Commit();
  if (!status.ok()) s.Rollback();
  return status;
}

// Replaces the structural flags of `indicators` with `flags` in one transaction, writing only the
// documents whose flags changed, and re-scores those whose indicators changed and those the flag
// stage scored again from their text alone (`changes.rescore`). With `scope`, the pass recomputed
// only those documents' flags (every flag in `flags` is on one of them); without, the whole case's.
// Counts the flagged documents (of the scope) in `summary`.
Status ReplaceAndRescore(store::CaseStore& s, const flag::RuleSet& rules,
                         const std::vector<std::string>& indicators,
                         const std::vector<store::StoredFlag>& flags,
                         const std::set<int64_t>* scope, const PassChanges& changes,
                         StageSummary& summary, link::PhaseClock* clock = nullptr) {
  // The stored flags and scores read here, and the rows written, lie all over the file.
  CaseWriteSettings settings(s);
  ARIADNE_RETURN_IF_ERROR(settings.Start());
  Result<std::vector<store::StoredFlag>> stored = StoredStructuralFlags(s, indicators, scope);
  if (!stored.ok()) return stored.status();
  if (clock != nullptr) clock->Lap("read the stored flags");
  const std::vector<const store::StoredFlag*> before = ByDocument(*stored);
  const std::vector<const store::StoredFlag*> after = ByDocument(flags);
  std::vector<int64_t> changed;   // ascending
  std::vector<int64_t> compared;  // ascending: the documents with flags before or after
  std::set<int64_t> rescore;
  std::vector<store::StoredFlag> written;
  size_t b = 0;
  size_t a = 0;
  while (b < before.size() || a < after.size()) {
    const int64_t id = a == after.size() ? before[b]->document_id
                       : b == before.size()
                           ? after[a]->document_id
                           : std::min(before[b]->document_id, after[a]->document_id);
    const FlagSpan was =
        b < before.size() && before[b]->document_id == id ? NextDocument(before, b) : FlagSpan();
    const FlagSpan is =
        a < after.size() && after[a]->document_id == id ? NextDocument(after, a) : FlagSpan();
    compared.push_back(id);
    if (!SameIndicators(was, is)) rescore.insert(id);
    if (SameFlags(was, is)) continue;
    changed.push_back(id);
    // In the order the pass raised them (`flags` is one vector, so that is the pointers' order).
    std::vector<const store::StoredFlag*> raised(is.begin(), is.end());
    std::sort(raised.begin(), raised.end(), std::less<const store::StoredFlag*>());
    for (const store::StoredFlag* f : raised) written.push_back(*f);
  }
  for (int64_t id : changes.rescore) {
    if (std::binary_search(compared.begin(), compared.end(), id)) rescore.insert(id);
  }
  if (clock != nullptr) clock->Lap("compare");
  ARIADNE_RETURN_IF_ERROR(InOneTransaction(s, &store::CaseStore::Begin, [&]() -> Status {
    ARIADNE_RETURN_IF_ERROR(s.ReplaceStructuralFlagsOn(changed, indicators, written));
    if (clock != nullptr) clock->Lap("write the changed flags");
    return Rescore(s, rules, rescore);
  }));
  std::set<int64_t> rewritten(changed.begin(), changed.end());
  rewritten.insert(rescore.begin(), rescore.end());
  std::map<std::string, std::set<int64_t>> by_indicator;
  for (const store::StoredFlag& f : flags) by_indicator[f.indicator].insert(f.document_id);
  std::set<int64_t> flagged;
  for (const auto& [indicator, documents] : by_indicator) {
    summary.found[indicator] = static_cast<int64_t>(documents.size());
    flagged.insert(documents.begin(), documents.end());
  }
  summary.documents = static_cast<int64_t>(flagged.size());
  summary.rescored = static_cast<int64_t>(rewritten.size());
  return Status::Ok();
}

// How many documents make a value generic in this case (StructuralOptions::generic_share).
Result<int64_t> GenericAt(store::CaseStore& s, const StructuralOptions& o) {
  Result<int64_t> documents = s.DocumentCount();
  if (!documents.ok()) return documents.status();
  return std::max<int64_t>(o.generic_min_documents,
                           static_cast<int64_t>(o.generic_share * static_cast<double>(*documents)));
}

}  // namespace

namespace {

constexpr const char* kStructuralPass = "structural";

// Whether the flag stage scored a document up to `last` again in this run, from its text flags
// alone (its rules changed): a pass that recomputes only some documents would leave that score
// without its flags.
bool RescoredBefore(const PassChanges& changes, int64_t last) {
  return std::any_of(changes.rescore.begin(), changes.rescore.end(),
                     [&](int64_t id) { return id <= last; });
}

// The version of a case-wide pass: its indicators as the rule packs define them, its options and
// the selector stage's version; any change makes the next run recompute the whole case.
int64_t PassVersion(const std::vector<const flag::Indicator*>& indicators,
                    const flag::RuleSet& rules, const StructuralOptions& o, int contacts_version) {
  uint64_t h = 14695981039346656037ull;  // FNV-1a
  auto mix = [&](std::string_view text) {
    for (unsigned char c : text) h = (h ^ c) * 1099511628211ull;
  };
  for (const flag::Indicator* indicator : indicators) {
    if (indicator == nullptr) {
      mix("-");
      continue;
    }
    mix(fmt::format("{} {} {} {} {} {} {}|{}|", indicator->id, indicator->revision,
                    rules.scoring.PointsFor(*indicator), flag::FamilyName(indicator->family),
                    flag::TierName(indicator->tier), flag::CategoryName(indicator->category),
                    indicator->why, indicator->false_positives));
  }
  mix(fmt::format("{} {} {} {} {} {}", o.min_personas, o.window_days, o.generic_share,
                  o.generic_min_documents, o.min_account_phones, contacts_version));
  return static_cast<int64_t>(h & 0x7FFFFFFFFFFFFFFFull);
}

// N-PHONE and A-MULTINUM over the whole case, or over what the documents added since the last run
// can change.
// Reads the uses of `values` not read yet into `walked` (both case-wide passes walk the contacts
// their new documents touch); those read beside the link (`beside`, may be null) are taken from
// there instead.
Status WalkContacts(store::CaseStore& s, const std::vector<store::ContactValue>& values,
                    std::map<store::ContactValue, store::SharedContact>& walked,
                    WalkedContacts* beside = nullptr) {
  std::vector<store::ContactValue> unread;
  for (const store::ContactValue& v : values) {
    if (walked.count(v) > 0) continue;
    if (beside != nullptr) {
      if (auto it = beside->find(v); it != beside->end()) {
        walked.emplace(v, std::move(it->second));
        beside->erase(it);
        continue;
      }
    }
    unread.push_back(v);
  }
  if (unread.empty()) return Status::Ok();
  for (const store::ContactValue& v : unread) walked[v] = {v.type, v.value, {}};
  return s.ForEachContactOf(unread, [&](const store::SharedContact& contact) {
    walked[{contact.type, contact.value}] = contact;
    return Status::Ok();
  });
}

struct StructuralPass {
  store::CaseStore& s;
  const flag::RuleSet& rules;
  const flag::Indicator* shared;
  const flag::Indicator* multi;
  const StructuralOptions& o;
  int64_t generic_at;
  std::set<std::string> generic_phones;          // numbers on so many ads they are a site's own
  std::vector<store::ContactValue> generic_now;  // the values held generic in this run
  StageSummary& summary;
  // What a run found: the flags, and the documents they were recomputed for (none: all).
  std::vector<store::StoredFlag> found;
  std::optional<std::set<int64_t>> scope;
  WalkedContacts* keep;   // where to leave the values read (null: nowhere)
  ValuesAfter* keep_new;  // where to leave the new documents' values (null: nowhere)
  PhonesOf phones_of{s};

  // N-PHONE needs min_personas documents on a contact; one ad alone can show an account with
  // several numbers (A-MULTINUM).
  int64_t MinDocuments() const { return multi != nullptr ? 1 : o.min_personas; }

  // The flags one contact value raises (none when it is generic), appended to `flags`.
  Status FlagsOf(const store::SharedContact& contact, std::vector<store::StoredFlag>& flags) {
    if (static_cast<int64_t>(contact.uses.size()) >= generic_at) {
      ++summary.found["generic values skipped"];
      generic_now.push_back({contact.type, contact.value});
      return Status::Ok();
    }
    if (shared != nullptr && static_cast<int64_t>(contact.uses.size()) >= o.min_personas) {
      for (store::StoredFlag& f : SharedContactFlags(contact, *shared, rules, o)) {
        flags.push_back(std::move(f));
      }
    }
    if (multi != nullptr && IsAccount(contact.type)) {
      Result<std::vector<store::StoredFlag>> found =
          MultiNumberFlags(phones_of, contact, *multi, rules, generic_phones, o);
      if (!found.ok()) return found.status();
      for (store::StoredFlag& f : *found) flags.push_back(std::move(f));
    }
    return Status::Ok();
  }

  Status RunWhole() {
    if (multi != nullptr) {
      Result<std::vector<store::SelectorSummary>> common =
          s.SelectorSummaries("phone", generic_at, kMaxGenericPhones);
      if (!common.ok()) return common.status();
      for (const store::SelectorSummary& phone : *common) generic_phones.insert(phone.value);
    }
    std::vector<store::StoredFlag> flags;
    ARIADNE_RETURN_IF_ERROR(s.ForEachSharedContact(
        MinDocuments(),
        [&](const store::SharedContact& contact) { return FlagsOf(contact, flags); }));
    found = std::move(flags);
    return Status::Ok();
  }

  Status Walk(const std::vector<store::ContactValue>& values,
              std::map<store::ContactValue, store::SharedContact>& walked) {
    return WalkContacts(s, values, walked);
  }

  // The documents whose N-PHONE or A-MULTINUM can differ from the last run are those on a value
  // the new documents carry, on a value whose generic standing changed (the threshold grows with
  // the case), and, when a number's generic standing changed, on the accounts shown beside it.
  // Every flag of those documents is recomputed from all of their values, as a whole run would;
  // the flags of every other document stay as they are.
  Status RunIncremental(const store::PassState& state) {
    const std::set<store::ContactValue> was_generic(state.generic.begin(), state.generic.end());
    Result<std::vector<store::ContactValue>> touched = s.ContactValuesAfter(state.last_document);
    if (!touched.ok()) return touched.status();
    if (keep_new != nullptr) *keep_new = {state.last_document, *touched};
    std::map<store::ContactValue, store::SharedContact> walked;
    ARIADNE_RETURN_IF_ERROR(Walk(*touched, walked));
    ARIADNE_RETURN_IF_ERROR(Walk(state.generic, walked));
    auto generic = [&](const store::ContactValue& v) {
      auto it = walked.find(v);
      return it != walked.end() && static_cast<int64_t>(it->second.uses.size()) >= generic_at;
    };
    std::set<store::ContactValue> affected(touched->begin(), touched->end());
    std::set<int64_t> beside_changed_numbers;
    for (const auto& [value, contact] : walked) {
      if (generic(value) == (was_generic.count(value) > 0)) continue;
      affected.insert(value);
      if (value.type != "phone") continue;
      for (const store::ContactUse& use : contact.uses) {
        beside_changed_numbers.insert(use.document_id);
      }
    }
    if (multi != nullptr && !beside_changed_numbers.empty()) {
      Result<std::vector<store::ContactValue>> beside = s.ContactValuesOf(
          std::vector<int64_t>(beside_changed_numbers.begin(), beside_changed_numbers.end()));
      if (!beside.ok()) return beside.status();
      for (const store::ContactValue& v : *beside) {
        if (IsAccount(v.type)) affected.insert(v);
      }
      ARIADNE_RETURN_IF_ERROR(Walk(*beside, walked));
    }
    std::set<int64_t> scope;
    for (const store::ContactValue& v : affected) {
      for (const store::ContactUse& use : walked[v].uses) scope.insert(use.document_id);
    }
    Result<std::vector<store::ContactValue>> all_values =
        s.ContactValuesOf(std::vector<int64_t>(scope.begin(), scope.end()));
    if (!all_values.ok()) return all_values.status();
    ARIADNE_RETURN_IF_ERROR(Walk(*all_values, walked));
    // A number not read is on none of the new documents and was not generic: it is not now.
    for (const auto& [value, contact] : walked) {
      if (value.type == "phone" && generic(value)) generic_phones.insert(value.value);
    }
    if (multi != nullptr) {  // every account's numbers in one query
      std::vector<int64_t> of_accounts;
      for (const auto& [value, contact] : walked) {
        if (!IsAccount(value.type) || static_cast<int64_t>(contact.uses.size()) >= generic_at) {
          continue;
        }
        for (const store::ContactUse& use : contact.uses) of_accounts.push_back(use.document_id);
      }
      ARIADNE_RETURN_IF_ERROR(phones_of.Load(of_accounts));
    }
    std::vector<store::StoredFlag> flags;
    for (const auto& [value, contact] : walked) {
      if (static_cast<int64_t>(contact.uses.size()) < MinDocuments()) continue;
      std::vector<store::StoredFlag> found;
      ARIADNE_RETURN_IF_ERROR(FlagsOf(contact, found));
      for (store::StoredFlag& f : found) {
        if (scope.count(f.document_id) > 0) flags.push_back(std::move(f));
      }
    }
    summary.found["documents recomputed"] = static_cast<int64_t>(scope.size());
    found = std::move(flags);
    this->scope = std::move(scope);
    if (keep != nullptr) *keep = std::move(walked);
    return Status::Ok();
  }
};

}  // namespace

Result<ComputedStructural> ComputeStructuralFlags(store::Case& c, const flag::RuleSet& rules,
                                                  const PassChanges& changes,
                                                  const StructuralOptions& o) {
  ComputedStructural out;
  StageSummary& summary = out.summary;
  summary = StageSummary("structural", 1);
  const flag::Indicator* shared = rules.Find(kSharedContact);
  const flag::Indicator* multi = rules.Find(kMultiNumber);
  if (shared != nullptr && !shared->structural) shared = nullptr;
  if (multi != nullptr && !multi->structural) multi = nullptr;
  if (shared == nullptr && multi == nullptr) {
    summary.note = fmt::format("the rule packs have no structural {} or {} indicator",
                               kSharedContact, kMultiNumber);
    out.skipped = true;
    return out;
  }
  store::CaseStore& s = c.store();
  link::PhaseClock clock(&out.phases);
  StructuralPass pass{s,
                      rules,
                      shared,
                      multi,
                      o,
                      0,
                      {},
                      {},
                      summary,
                      {},
                      {},
                      changes.walked.get(),
                      changes.new_values.get()};
  out.version = PassVersion({shared, multi}, rules, o, changes.contacts_version);
  Result<int64_t> last = changes.last_document;
  // The reads in one transaction: one state of the case, SQLite's locks taken once.
  ARIADNE_RETURN_IF_ERROR(InOneTransaction(s, &store::CaseStore::BeginRead, [&]() -> Status {
    Result<int64_t> generic_threshold = GenericAt(s, o);
    if (!generic_threshold.ok()) return generic_threshold.status();
    pass.generic_at = *generic_threshold;
    Result<std::optional<store::PassState>> state = s.GetPassState(kStructuralPass);
    if (!state.ok()) return state.status();
    if (*last < 0) last = s.LastDocumentId();
    if (!last.ok()) return last.status();
    // Documents are never removed from a case: those after the state's last document are the new
    // ones, and nothing else changed when no document before it was analysed again (its contacts
    // or its score from its text flags alone).
    const bool incremental = state->has_value() && (*state)->version == out.version &&
                             changes.first_analysed > (*state)->last_document &&
                             !RescoredBefore(changes, (*state)->last_document);
    return incremental ? pass.RunIncremental(**state) : pass.RunWhole();
  }));
  clock.Lap("read the contacts, compute the flags");
  out.last = *last;
  out.found = std::move(pass.found);
  out.scope = std::move(pass.scope);
  out.generic_now = std::move(pass.generic_now);
  return out;
}

link::IncrementalOptions::PendingFlags ComputedStructural::Pending() const {
  link::IncrementalOptions::PendingFlags pending;
  if (skipped) return pending;  // nothing replaced: the stored flags stay as they are
  pending.indicators = {kSharedContact, kMultiNumber};
  pending.whole_case = !scope.has_value();
  if (scope) pending.scope.assign(scope->begin(), scope->end());
  for (const store::StoredFlag& f : found) {
    pending.flags.push_back({f.document_id, f.indicator, f.family});
  }
  return pending;
}

Result<StageSummary> WriteStructuralFlags(store::CaseStore& s, const flag::RuleSet& rules,
                                          ComputedStructural computed, const PassChanges& changes) {
  if (computed.skipped) return std::move(computed.summary);
  link::PhaseClock clock(&computed.phases);
  ARIADNE_RETURN_IF_ERROR(
      ReplaceAndRescore(s, rules, {kSharedContact, kMultiNumber}, computed.found,
                        computed.scope ? &*computed.scope : nullptr, changes, computed.summary));
  ARIADNE_RETURN_IF_ERROR(s.PutPassState(
      {kStructuralPass, computed.version, computed.last, std::move(computed.generic_now)}));
  clock.Lap("compare, write the changed flags, re-score");
  computed.summary.phases = std::move(computed.phases);
  return std::move(computed.summary);
}

Result<StageSummary> RunStructuralFlags(store::Case& c, const flag::RuleSet& rules,
                                        const PassChanges& changes, const StructuralOptions& o) {
  Result<ComputedStructural> computed = ComputeStructuralFlags(c, rules, changes, o);
  if (!computed.ok()) return computed.status();
  return WriteStructuralFlags(c.store(), rules, std::move(computed).value(), changes);
}

namespace {

// What the network flags need to know of a document.
using Seen = ReadBeside::Sighting;

Result<Seen> SeenOf(store::CaseStore& s, int64_t id) {
  Result<std::vector<store::DocumentHeader>> header = s.DocumentHeaders({id});
  if (!header.ok()) return header.status();
  Seen seen;
  if (!header->empty()) {
    seen.posted_at = header->front().posted_at;
    seen.location = header->front().location;
  }
  Result<std::vector<store::StoredSelector>> selectors = s.SelectorsOf(id);
  if (!selectors.ok()) return selectors.status();
  int64_t first = INT64_MAX;
  for (const store::StoredSelector& sel : *selectors) {
    if (sel.type == "age" && sel.start < first) {
      first = sel.start;
      seen.stated_age = sel.value;
    }
  }
  return seen;
}

class SeenCache {
 public:
  explicit SeenCache(store::CaseStore& s) : s_(s) {}
  // Starts from these documents' sightings (read beside the link; any document's, as Load reads
  // them).
  SeenCache(store::CaseStore& s, std::map<int64_t, Seen> known) : s_(s), cache_(std::move(known)) {}
  // Reads every document's in one pass (the network flags look at most of a linked case's
  // documents: one query per document cost most of their time).
  Status LoadAll() {
    return s_.ForEachDocumentSighting([&](int64_t id, std::string_view posted_at,
                                          std::string_view location, std::string_view age) {
      cache_.emplace_hint(cache_.end(), id,
                          Seen{std::string(posted_at), std::string(age), std::string(location)});
      return Status::Ok();
    });
  }
  // Reads these documents' (those not read yet) in one query.
  Status Load(const std::set<int64_t>& ids) {
    std::vector<int64_t> unread;
    for (int64_t id : ids) {
      if (cache_.count(id) == 0) unread.push_back(id);
    }
    return s_.ForEachSightingOf(unread, [&](int64_t id, std::string_view posted_at,
                                            std::string_view location, std::string_view age) {
      cache_.emplace(id, Seen{std::string(posted_at), std::string(age), std::string(location)});
      return Status::Ok();
    });
  }
  Result<const Seen*> Of(int64_t id) {
    auto it = cache_.find(id);
    if (it == cache_.end()) {
      Result<Seen> seen = SeenOf(s_, id);
      if (!seen.ok()) return seen.status();
      it = cache_.emplace(id, std::move(seen).value()).first;
    }
    return &it->second;
  }

 private:
  store::CaseStore& s_;
  std::map<int64_t, Seen> cache_;
};

// Connected groups of documents joined by links of one kind (near-identical text, the same photo).
std::vector<std::vector<int64_t>> LinkGroups(const std::vector<store::StoredLink>& links,
                                             const std::string& kind) {
  std::map<int64_t, int64_t> parent;
  std::function<int64_t(int64_t)> find = [&](int64_t x) {
    auto it = parent.find(x);
    if (it == parent.end()) return parent[x] = x;
    if (it->second == x) return x;
    return it->second = find(it->second);
  };
  for (const store::StoredLink& l : links) {
    if (l.kind != kind) continue;
    const int64_t a = find(l.a), b = find(l.b);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  }
  std::map<int64_t, std::vector<int64_t>> groups;
  for (const auto& [id, p] : parent) groups[find(id)].push_back(id);
  std::vector<std::vector<int64_t>> out;
  for (auto& [root, members] : groups) out.push_back(std::move(members));
  return out;
}

// N-TEXT and N-IMG: a group of ads joined by near-identical text or one photo that shows three or
// more personas (stated ages) within one window, like N-PHONE for a shared contact (rule R6).
Result<std::vector<store::StoredFlag>> SharedMaterialFlags(
    const std::vector<std::vector<int64_t>>& groups, const flag::Indicator& indicator,
    const flag::RuleSet& rules, const StructuralOptions& o, SeenCache& seen, const char* what) {
  std::vector<store::StoredFlag> flags;
  for (const std::vector<int64_t>& group : groups) {
    if (static_cast<int>(group.size()) < o.min_personas) continue;
    store::SharedContact as_contact;
    as_contact.type = what;
    as_contact.value = fmt::format("{} of document #{}", what, group.front());
    for (int64_t id : group) {
      Result<const Seen*> s = seen.Of(id);
      if (!s.ok()) return s.status();
      as_contact.uses.push_back({id, (*s)->posted_at, (*s)->stated_age, ""});
    }
    std::sort(as_contact.uses.begin(), as_contact.uses.end(),
              [](const store::ContactUse& a, const store::ContactUse& b) {
                return std::tie(a.posted_at, a.document_id) < std::tie(b.posted_at, b.document_id);
              });
    for (store::StoredFlag& f : SharedContactFlags(as_contact, indicator, rules, o)) {
      flags.push_back(std::move(f));
    }
  }
  return flags;
}

// N-GEO: within one cluster, personas (stated ages) that arrive in the same new city within a week
// of each other, at least twice: they move together. One persona touring is never this (S-MOVE).
// Clusters (id -> documents) of two documents or more.
using ClusterDocuments = std::map<int64_t, std::vector<int64_t>>;

Result<std::vector<store::StoredFlag>> MovingTogetherFlags(const ClusterDocuments& clusters,
                                                           const flag::Indicator& indicator,
                                                           const flag::RuleSet& rules,
                                                           SeenCache& seen) {
  constexpr int64_t kSameWeek = 7;
  constexpr int kMinSharedMoves = 2;
  std::vector<store::StoredFlag> flags;
  for (const auto& [cluster_id, documents] : clusters) {
    // persona -> its ads in date order: (day, city, document)
    std::map<std::string, std::vector<std::tuple<int64_t, std::string, int64_t>>> trail;
    for (int64_t id : documents) {
      Result<const Seen*> s = seen.Of(id);
      if (!s.ok()) return s.status();
      const int64_t day = DayNumber((*s)->posted_at);
      if (day < 0 || (*s)->stated_age.empty() || (*s)->location.empty()) continue;
      trail[(*s)->stated_age].push_back({day, (*s)->location, id});
    }
    if (trail.size() < 2) continue;
    // Each persona's arrivals: the first ad in a city after an ad elsewhere.
    struct Arrival {
      int64_t day;
      std::string city;
      int64_t document;
    };
    std::map<std::string, std::vector<Arrival>> arrivals;
    for (auto& [persona, ads] : trail) {
      std::sort(ads.begin(), ads.end());
      for (size_t i = 1; i < ads.size(); ++i) {
        if (std::get<1>(ads[i]) != std::get<1>(ads[i - 1])) {
          arrivals[persona].push_back(
              {std::get<0>(ads[i]), std::get<1>(ads[i]), std::get<2>(ads[i])});
        }
      }
    }
    std::set<std::string> together;
    std::set<int64_t> evidence_documents;
    nlohmann::json moves = nlohmann::json::array();
    for (auto a = arrivals.begin(); a != arrivals.end(); ++a) {
      for (auto b = std::next(a); b != arrivals.end(); ++b) {
        std::vector<std::pair<const Arrival*, const Arrival*>> shared;
        std::set<std::string> cities;
        for (const Arrival& x : a->second) {
          for (const Arrival& y : b->second) {
            if (x.city == y.city && std::llabs(x.day - y.day) <= kSameWeek &&
                cities.insert(x.city).second) {
              shared.push_back({&x, &y});
            }
          }
        }
        if (static_cast<int>(shared.size()) < kMinSharedMoves) continue;
        together.insert(a->first);
        together.insert(b->first);
        for (const auto& [x, y] : shared) {
          evidence_documents.insert(x->document);
          evidence_documents.insert(y->document);
          if (moves.size() < 20) {
            moves.push_back({{"city", x->city},
                             {"personas", {a->first, b->first}},
                             {"documents", {x->document, y->document}}});
          }
        }
      }
    }
    if (together.size() < 2) continue;
    std::string ages;
    for (const std::string& age : together) ages += (ages.empty() ? "" : ", ") + age;
    const nlohmann::json evidence = {
        {"cluster", fmt::format("C{}", cluster_id)},
        {"stated_ages", std::vector<std::string>(together.begin(), together.end())},
        {"arrivals", moves},
        {"documents", std::vector<int64_t>(evidence_documents.begin(), evidence_documents.end())},
        {"benign_explanations", indicator.false_positives}};
    const std::string why = fmt::format(
        "This ad {}: in cluster C{}, {} personas (stated ages {}) arrived in the same cities "
        "within "
        "a week of each other, {} times",
        indicator.why, cluster_id, together.size(), ages, moves.size());
    // Every ad of the personas that moved together carries it.
    const std::string evidence_json = evidence.dump();
    for (const auto& [persona, ads] : trail) {
      if (!together.count(persona)) continue;
      for (const auto& ad : ads)
        flags.push_back(StructuralFlag(std::get<2>(ad), indicator, rules, evidence_json, why));
    }
  }
  return flags;
}

// J-REPOST's group of one contact value that is not generic: its job ads (ads of no stated kind
// included), when there are enough of them to name `min_employers` employers.
std::optional<RepostGroup> ContactRepostGroup(const store::SharedContact& contact) {
  const RepostOptions defaults;
  RepostGroup group{contact.type, contact.value, {}};
  for (const store::ContactUse& use : contact.uses) {
    if (use.kind != "sex") group.documents.push_back(use.document_id);
  }
  if (static_cast<int>(group.documents.size()) < defaults.min_employers) return std::nullopt;
  std::sort(group.documents.begin(), group.documents.end());
  return group;
}

// J-REPOST's groups of ads joined by near-identical text, after the contact values' groups.
void AddTextRepostGroups(const std::vector<store::StoredLink>& links,
                         std::vector<RepostGroup>& groups) {
  const RepostOptions defaults;
  for (std::vector<int64_t>& members : LinkGroups(links, "text")) {
    if (static_cast<int>(members.size()) < defaults.min_employers) continue;
    const std::string value = fmt::format("of document #{}", members.front());
    groups.push_back({"near-identical text", value, std::move(members)});
  }
}

// The contact values the link holds generic (shown, never joined on): J-REPOST skips them too.
Result<std::set<store::ContactValue>> LinkGenericContacts(store::CaseStore& s) {
  Result<std::vector<store::StoredGeneric>> generic = s.GenericValues();
  if (!generic.ok()) return generic.status();
  std::set<store::ContactValue> out;
  for (const store::StoredGeneric& g : *generic) {
    if (g.kind == "phone" || g.kind == "email" || g.kind == "handle") out.insert({g.kind, g.value});
  }
  return out;
}

// The flags of `flags` on the documents of `scope`.
std::vector<store::StoredFlag> OnlyOn(std::vector<store::StoredFlag> flags,
                                      const std::set<int64_t>& scope) {
  std::erase_if(flags, [&](const store::StoredFlag& f) { return scope.count(f.document_id) == 0; });
  return flags;
}

constexpr const char* kNetworkPass = "network";

// N-TEXT, N-IMG, N-GEO and J-REPOST over the whole case, or over what this run's link and the
// documents added since the last run can change.
struct NetworkPass {
  store::CaseStore& s;
  const flag::RuleSet& rules;
  const flag::Indicator* text;
  const flag::Indicator* image;
  const flag::Indicator* geo;
  const flag::Indicator* repost;
  const StructuralOptions& o;
  int64_t generic_at;
  std::vector<store::ContactValue> generic_now;  // the values J-REPOST held generic in this run
  StageSummary& summary;
  std::vector<store::StoredFlag> flags;
  std::optional<std::set<int64_t>> scope;  // the documents recomputed (none: all)
  link::PhaseClock* clock;                 // times the steps (link_bench prints them)
  WalkedContacts* reuse;                   // values the structural pass read (null: none)
  ValuesAfter* new_values;                 // the structural pass's new values (null: none)
  ReadBeside* beside;                      // what was read beside the link (null: nothing)

  static std::vector<std::string> Indicators() {
    return {kSharedText, kSharedImage, kMovingTogether, kRepost};
  }

  Status Add(Result<std::vector<store::StoredFlag>> found) {
    if (!found.ok()) return found.status();
    for (store::StoredFlag& f : *found) flags.push_back(std::move(f));
    return Status::Ok();
  }

  // The flags of N-TEXT, N-IMG and N-GEO from these links and clusters (each link group and
  // cluster complete), appended to `flags`.
  Status LinkageFlags(const std::vector<store::StoredLink>& links, const ClusterDocuments& clusters,
                      SeenCache& seen) {
    if (text != nullptr) {
      ARIADNE_RETURN_IF_ERROR(Add(SharedMaterialFlags(LinkGroups(links, "text"), *text, rules, o,
                                                      seen, "near-identical text")));
    }
    if (image != nullptr) {
      ARIADNE_RETURN_IF_ERROR(Add(SharedMaterialFlags(LinkGroups(links, "photo"), *image, rules, o,
                                                      seen, "the same photo")));
    }
    if (geo != nullptr)
      ARIADNE_RETURN_IF_ERROR(Add(MovingTogetherFlags(clusters, *geo, rules, seen)));
    return Status::Ok();
  }

  Status RunWhole() {
    Result<std::vector<store::StoredLink>> links = s.DocumentLinks({});
    if (!links.ok()) return links.status();
    SeenCache seen(s);
    ARIADNE_RETURN_IF_ERROR(seen.LoadAll());
    ClusterDocuments clusters;
    if (geo != nullptr) {
      Result<std::vector<store::StoredCluster>> stored = s.Clusters(2, 10000000);
      if (!stored.ok()) return stored.status();
      for (store::StoredCluster& c : *stored) clusters[c.id] = std::move(c.documents);
    }
    ARIADNE_RETURN_IF_ERROR(LinkageFlags(*links, clusters, seen));
    if (repost != nullptr) {
      Result<std::set<store::ContactValue>> link_generic = LinkGenericContacts(s);
      if (!link_generic.ok()) return link_generic.status();
      generic_now.assign(link_generic->begin(), link_generic->end());
      std::vector<RepostGroup> groups;
      ARIADNE_RETURN_IF_ERROR(s.ForEachSharedContact(
          RepostOptions().min_employers, [&](const store::SharedContact& contact) {
            const store::ContactValue value{contact.type, contact.value};
            if (link_generic->count(value) > 0) return Status::Ok();
            if (static_cast<int64_t>(contact.uses.size()) >= generic_at) {
              generic_now.push_back(value);
              return Status::Ok();
            }
            if (std::optional<RepostGroup> group = ContactRepostGroup(contact)) {
              groups.push_back(std::move(*group));
            }
            return Status::Ok();
          }));
      AddTextRepostGroups(*links, groups);
      ARIADNE_RETURN_IF_ERROR(Add(RepostFlags(s, groups, *repost, rules, {},
                                              beside != nullptr ? &beside->job_ads : nullptr)));
    }
    return Status::Ok();
  }

  Status Walk(const std::vector<store::ContactValue>& values,
              std::map<store::ContactValue, store::SharedContact>& walked) {
    return WalkContacts(s, values, walked, beside != nullptr ? &beside->contacts : nullptr);
  }

  // J-REPOST's documents to recompute beside the link's region: those on a value the new documents
  // carry and those on a value whose generic standing changed (the threshold grows with the case;
  // the link may hold a value generic now), unless the value was and is generic (no group either
  // time). Fills `walked` with the values read and `generic_now`.
  Status RepostScope(const store::PassState& state,
                     const std::set<store::ContactValue>& link_generic,
                     std::map<store::ContactValue, store::SharedContact>& walked,
                     std::set<int64_t>& scope) {
    const std::set<store::ContactValue> was_generic(state.generic.begin(), state.generic.end());
    const bool read_by_structural =
        new_values != nullptr && new_values->after == state.last_document;
    Result<std::vector<store::ContactValue>> touched =
        read_by_structural ? Result<std::vector<store::ContactValue>>(std::move(new_values->values))
                           : s.ContactValuesAfter(state.last_document);
    if (!touched.ok()) return touched.status();
    // A value the link holds generic needs no reading to know it is generic now.
    std::vector<store::ContactValue> to_read;
    for (const store::ContactValue& v : *touched) {
      if (link_generic.count(v) == 0) to_read.push_back(v);
    }
    for (const store::ContactValue& v : state.generic) {
      if (link_generic.count(v) == 0) to_read.push_back(v);
    }
    ARIADNE_RETURN_IF_ERROR(Walk(to_read, walked));
    auto generic = [&](const store::ContactValue& v) {
      if (link_generic.count(v) > 0) return true;
      auto it = walked.find(v);
      return it != walked.end() && static_cast<int64_t>(it->second.uses.size()) >= generic_at;
    };
    // A value not read is on none of the new documents: unless the link or the last run held it
    // generic, its number of documents did not change and the threshold only grew.
    std::set<store::ContactValue> now(link_generic.begin(), link_generic.end());
    for (const auto& [value, contact] : walked) {
      if (generic(value)) now.insert(value);
    }
    std::vector<store::ContactValue> changed;
    for (const store::ContactValue& v : now) {
      if (was_generic.count(v) == 0) changed.push_back(v);
    }
    for (const store::ContactValue& v : was_generic) {
      if (now.count(v) == 0) changed.push_back(v);
    }
    ARIADNE_RETURN_IF_ERROR(Walk(changed, walked));
    generic_now.assign(now.begin(), now.end());
    auto add_uses = [&](const store::ContactValue& v) {
      for (const store::ContactUse& use : walked[v].uses) scope.insert(use.document_id);
    };
    for (const store::ContactValue& v : *touched) {
      if (!(generic(v) && was_generic.count(v) > 0)) add_uses(v);
    }
    for (const store::ContactValue& v : changed) add_uses(v);
    return Status::Ok();
  }

  // The links of every document connected to `from` by stored links, read outward until no new
  // document is reached: each link group of those documents is complete.
  Result<std::vector<store::StoredLink>> LinksAround(const std::set<int64_t>& from) {
    std::set<int64_t> reached(from.begin(), from.end());
    std::vector<int64_t> frontier(from.begin(), from.end());
    std::set<std::tuple<int64_t, int64_t, std::string>> known;
    std::vector<store::StoredLink> out;
    while (!frontier.empty()) {  // never empty: DocumentLinks({}) reads every link
      Result<std::vector<store::StoredLink>> links = s.DocumentLinks(frontier);
      if (!links.ok()) return links.status();
      frontier.clear();
      for (store::StoredLink& l : *links) {
        if (!known.insert({l.a, l.b, l.kind}).second) continue;
        for (int64_t d : {l.a, l.b}) {
          if (reached.insert(d).second) frontier.push_back(d);
        }
        out.push_back(std::move(l));
      }
    }
    return out;
  }

  // Recomputes the flags of the documents whose flags can differ from the last run (see
  // RunNetworkFlags): the link's region, whose clusters and links are the only ones that changed,
  // and J-REPOST's documents (RepostScope). Every group and cluster of those documents is read
  // whole, so each of them gets the flags a whole run would give it; every other document keeps
  // its flags.
  Status RunIncremental(const store::PassState& state, const LinkChanges& link) {
    std::set<int64_t> scope(link.region.begin(), link.region.end());
    // The values the structural pass read need no second read. Every use below either looks a
    // value up or, walking them all, keeps only the values of the scope's documents.
    WalkedContacts walked;
    if (reuse != nullptr) walked = std::move(*reuse);
    std::set<store::ContactValue> link_generic;
    if (repost != nullptr) {
      Result<std::set<store::ContactValue>> generic = LinkGenericContacts(s);
      if (!generic.ok()) return generic.status();
      link_generic = std::move(generic).value();
      ARIADNE_RETURN_IF_ERROR(RepostScope(state, link_generic, walked, scope));
    }
    clock->Lap("J-REPOST's scope (contact values)");
    summary.found["documents recomputed"] = static_cast<int64_t>(scope.size());
    if (scope.empty()) {
      this->scope = std::move(scope);
      return Status::Ok();
    }
    // The region's links, clusters and contact values come from the link (LinkChanges); only the
    // rest of the scope (J-REPOST's documents outside the region) is read. No link or cluster
    // joins a region document to one outside the region, so reading outward from the rest never
    // reaches the region.
    std::vector<int64_t> outside;
    std::set_difference(scope.begin(), scope.end(), link.region.begin(), link.region.end(),
                        std::back_inserter(outside));
    Result<std::vector<store::StoredLink>> links =
        LinksAround(std::set<int64_t>(outside.begin(), outside.end()));
    if (!links.ok()) return links.status();
    links->insert(links->end(), link.region_links.begin(), link.region_links.end());
    ClusterDocuments clusters;
    if (geo != nullptr) {
      Result<ClusterDocuments> found = s.ClusterMembersOf(outside);
      if (!found.ok()) return found.status();
      clusters = std::move(found).value();
      clusters.insert(link.region_clusters.begin(), link.region_clusters.end());
    }
    std::set<int64_t> read(scope);
    for (const store::StoredLink& l : *links) {
      read.insert(l.a);
      read.insert(l.b);
    }
    for (const auto& [id, documents] : clusters) read.insert(documents.begin(), documents.end());
    clock->Lap("links and clusters around the scope");
    SeenCache seen(s, beside != nullptr ? std::move(beside->sightings) : std::map<int64_t, Seen>());
    ARIADNE_RETURN_IF_ERROR(seen.Load(read));
    clock->Lap("dates, places and ages");
    ARIADNE_RETURN_IF_ERROR(LinkageFlags(*links, clusters, seen));
    clock->Lap("N-TEXT, N-IMG, N-GEO");
    if (repost != nullptr) {
      // Every group of the scope's documents: each of their contact values, in the order a whole
      // run visits them (an ad in two groups of as many employers takes the first), then their
      // near-identical texts.
      Result<std::vector<store::ContactValue>> values = s.ContactValuesOf(outside);
      if (!values.ok()) return values.status();
      values->insert(values->end(), link.region_contacts.begin(), link.region_contacts.end());
      std::sort(values->begin(), values->end());
      values->erase(std::unique(values->begin(), values->end()), values->end());
      std::vector<store::ContactValue> to_read;
      for (const store::ContactValue& v : *values) {
        if (link_generic.count(v) == 0) to_read.push_back(v);
      }
      ARIADNE_RETURN_IF_ERROR(Walk(to_read, walked));
      // A value on none of the scope's documents flags none of them (its flags are dropped below).
      const std::set<store::ContactValue> of_scope(to_read.begin(), to_read.end());
      std::vector<RepostGroup> groups;
      for (const auto& [value, contact] : walked) {
        if (of_scope.count(value) == 0 || link_generic.count(value) > 0 ||
            static_cast<int64_t>(contact.uses.size()) >= generic_at) {
          continue;
        }
        if (static_cast<int>(contact.uses.size()) < RepostOptions().min_employers) continue;
        if (std::optional<RepostGroup> group = ContactRepostGroup(contact)) {
          groups.push_back(std::move(*group));
        }
      }
      AddTextRepostGroups(*links, groups);
      ARIADNE_RETURN_IF_ERROR(Add(RepostFlags(s, groups, *repost, rules, {},
                                              beside != nullptr ? &beside->job_ads : nullptr)));
      clock->Lap("J-REPOST");
    }
    flags = OnlyOn(std::move(flags), scope);
    this->scope = std::move(scope);
    return Status::Ok();
  }
};

}  // namespace

Status ReadBesideLink(store::CaseStore& s, const std::vector<int64_t>& region,
                      const std::vector<store::ContactValue>& values, const WalkedContacts* known,
                      ReadBeside& out, const StructuralOptions& o, link::PhaseClock* clock) {
  auto lap = [clock](const char* name) {
    if (clock != nullptr) clock->Lap(name);
  };
  std::vector<store::ContactValue> to_read;
  for (const store::ContactValue& v : values) {
    if (known == nullptr || known->count(v) == 0) to_read.push_back(v);
  }
  return InOneTransaction(s, &store::CaseStore::BeginRead, [&]() -> Status {
    Result<int64_t> generic_at = GenericAt(s, o);
    if (!generic_at.ok()) return generic_at.status();
    ARIADNE_RETURN_IF_ERROR(
        s.ForEachSightingOf(region, [&](int64_t id, std::string_view posted_at,
                                        std::string_view location, std::string_view age) {
          out.sightings.emplace_hint(
              out.sightings.end(), id,
              Seen{std::string(posted_at), std::string(age), std::string(location)});
          return Status::Ok();
        }));
    lap("(beside) dates, places and ages of the region");
    ARIADNE_RETURN_IF_ERROR(WalkContacts(s, to_read, out.contacts));
    lap("(beside) the region's contact values");
    // The documents of the groups J-REPOST may form of these values (ContactRepostGroup).
    std::vector<int64_t> grouped;
    auto add = [&](const store::SharedContact& contact) {
      if (static_cast<int64_t>(contact.uses.size()) >= *generic_at) return;
      if (std::optional<RepostGroup> group = ContactRepostGroup(contact)) {
        grouped.insert(grouped.end(), group->documents.begin(), group->documents.end());
      }
    };
    for (const auto& [value, contact] : out.contacts) add(contact);
    if (known != nullptr) {
      for (const auto& [value, contact] : *known) add(contact);
    }
    std::sort(grouped.begin(), grouped.end());
    grouped.erase(std::unique(grouped.begin(), grouped.end()), grouped.end());
    Result<std::map<int64_t, JobAd>> job_ads = ReadJobAds(s, grouped);
    if (!job_ads.ok()) return job_ads.status();
    out.job_ads = {std::move(grouped), std::move(job_ads).value()};
    lap("(beside) J-REPOST's job ads");
    return Status::Ok();
  });
}

Result<StageSummary> RunNetworkFlags(store::Case& c, const flag::RuleSet& rules,
                                     const PassChanges& changes, const StructuralOptions& o) {
  StageSummary summary{"network flags", 1};
  auto active = [&](const char* id) {
    const flag::Indicator* indicator = rules.Find(id);
    return indicator != nullptr && indicator->structural ? indicator : nullptr;
  };
  store::CaseStore& s = c.store();
  std::vector<link::Phase> phases;
  link::PhaseClock clock(&phases);
  NetworkPass pass{s,
                   rules,
                   active(kSharedText),
                   active(kSharedImage),
                   active(kMovingTogether),
                   active(kRepost),
                   o,
                   0,
                   {},
                   summary,
                   {},
                   {},
                   &clock,
                   changes.walked.get(),
                   changes.new_values.get(),
                   changes.read_beside.get()};
  const int64_t version = PassVersion({pass.text, pass.image, pass.geo, pass.repost}, rules, o,
                                      changes.contacts_version);
  Result<int64_t> last = changes.link.last_document;
  // The reads in one transaction: one state of the case, SQLite's locks taken once.
  ARIADNE_RETURN_IF_ERROR(InOneTransaction(s, &store::CaseStore::BeginRead, [&]() -> Status {
    Result<int64_t> generic_threshold = GenericAt(s, o);
    if (!generic_threshold.ok()) return generic_threshold.status();
    pass.generic_at = *generic_threshold;
    Result<std::optional<store::PassState>> state = s.GetPassState(kNetworkPass);
    if (!state.ok()) return state.status();
    if (*last <= 0) last = s.LastDocumentId();
    if (!last.ok()) return last.status();
    // The link's region holds every change of the linkage since the last run when the link was
    // incremental from where the last run stopped; and nothing else changed when no document up
    // to there was analysed again.
    const bool incremental = state->has_value() && (*state)->version == version &&
                             changes.link.incremental &&
                             changes.link.linked_after == (*state)->last_document &&
                             changes.first_analysed > (*state)->last_document &&
                             !RescoredBefore(changes, (*state)->last_document);
    return incremental ? pass.RunIncremental(**state, changes.link) : pass.RunWhole();
  }));
  clock.Lap("the rest of the reads");
  if (changes.before_network_write) {
    ARIADNE_RETURN_IF_ERROR(changes.before_network_write());
    clock.Lap("wait for the structural flags' write");
  }
  ARIADNE_RETURN_IF_ERROR(ReplaceAndRescore(s, rules, NetworkPass::Indicators(), pass.flags,
                                            pass.scope ? &*pass.scope : nullptr, changes, summary,
                                            &clock));
  ARIADNE_RETURN_IF_ERROR(
      s.PutPassState({kNetworkPass, version, *last, std::move(pass.generic_now)}));
  clock.Lap("re-score, commit");
  summary.phases = std::move(phases);
  return summary;
}

namespace {

bool IsAscii(std::string_view s) {
  return std::all_of(s.begin(), s.end(),
                     [](char ch) { return static_cast<unsigned char>(ch) < 0x80; });
}

// The contributions as a JSON array of {"id", "note", "points"} objects, as nlohmann's dump() of
// them writes it (keys in its sorted order). Written by hand: every re-score builds this text for
// each document it scores, to compare it with the stored one, and nlohmann's objects and dump()
// were most of that. A text that is not ASCII goes through nlohmann (its UTF-8 checks and errors).
std::string ContributionsJson(const flag::ScoreResult& r) {
  const bool ascii =
      std::all_of(r.contributions.begin(), r.contributions.end(),
                  [](const flag::Contribution& c) { return IsAscii(c.id) && IsAscii(c.note); });
  if (!ascii) {
    nlohmann::json out = nlohmann::json::array();
    for (const flag::Contribution& c : r.contributions) {
      out.push_back({{"id", c.id}, {"points", c.points}, {"note", c.note}});
    }
    return out.dump();
  }
  std::string out = "[";
  for (const flag::Contribution& c : r.contributions) {
    if (out.size() > 1) out.push_back(',');
    out += "{\"id\":";
    AppendValidJsonString(c.id, &out);
    out += ",\"note\":";
    AppendValidJsonString(c.note, &out);
    out += fmt::format(",\"points\":{}}}", c.points);
  }
  out.push_back(']');
  return out;
}

}  // namespace

store::StoredScore ScoreRow(int64_t document_id, std::string kind, const flag::ScoreResult& score,
                            const flag::ScoreResult& fraud) {
  return {document_id,
          std::move(kind),
          score.score,
          std::string(flag::BandName(score.band)),
          fraud.score,
          std::string(flag::BandName(fraud.band)),
          ContributionsJson(score),
          ContributionsJson(fraud)};
}

}  // namespace ariadne::pipeline
