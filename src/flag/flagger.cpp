// The engine: one Vectorscan database over every enabled term; normalise, scan, map back, keep the
// indicators whose pack applies to the ad's kind, score (see flag.h).
#include <fmt/format.h>
#include <hs/hs.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <iterator>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <tuple>

#include "core/text.h"
#include "flag/checks.h"
#include "flag/flag.h"
#include "flag/match_text.h"
#include "flag/patterns.h"
#include "flag/pay.h"
#include "normalize/normalize.h"
#include "vectorscan/database_cache.h"

namespace ariadne::flag {

// Where each pattern of the database comes from: a term of an indicator, or (marker >= 0) a term
// of a marker list of data/markers.toml (then `indicator` is unused and `term` indexes the list).
struct PatternRef {
  uint32_t indicator;
  uint32_t term;
  TermPattern pattern;  // for the boundary check
  int32_t marker = -1;
  int32_t country = -1;  // >= 0: a name of this entry of the wage table (J-SAL: where the job is)
  // The name also names the country's people (pay-words.toml [country] people): where the job is
  // only right after a word of place ("in Polen", not "Polen welkom").
  bool needs_place = false;
};

struct Flagger::Compiled {
  hs_database_t* db = nullptr;  // nullptr when no term is enabled
  std::vector<PatternRef> refs;
  std::optional<uint32_t> pay_indicator;  // J-SAL, when the rules have it and it is not structural
  // The indicators with a computed check (checks.h) or a `near`, run only with candidate terms
  // enabled: the marker lists are our own, unreviewed (rule R15). Empty otherwise. The check is
  // nullptr for an indicator with nears only.
  std::vector<std::pair<uint32_t, const CheckInfo*>> checks;
  // Per indicator: the marker list whose hit cancels its flag, raised by its terms, its check or
  // its pairs (Indicator::unless), -1 for none; without candidate terms, -1 but for J-SAL's (the
  // only list then scanned: OnlyCancelsPay).
  std::vector<int32_t> unless;
  // The marker list invoice-rate (J-SAL: a rate a client pays the poster for each worker, not a
  // worker's pay), -1 without it (scanned in both modes: OnlyCancelsPay).
  int32_t invoice_rate = -1;
  // The marker list one-day-job (J-SAL: the whole job lasts one day, so a day's or an hour's pay is
  // a one-off fee), -1 without it (flag49; scanned in both modes: OnlyCancelsPay).
  int32_t one_day_job = -1;
  MarkerIndex marker_index;  // of the rules' marker lists, for MarkerHits::Of
  // Per pattern, what StartOf needs to find where a regex's match starts, each made at its first
  // use (most regexes' starts are never asked for in a run; reading every regex's fixed strings
  // at Create was a tenth of a 1,000-ad `ariadne flag --candidates` run):
  // - `fixed`: the strings the regex can match, when they are few (FixedMatches): its starts are
  //   then found without a scan; nullopt for phrases and other regexes (FixedOf);
  // - `regex`: the regex compiled by PCRE2 (CompileStartRegex) for the others; null for phrases
  //   and for a regex PCRE2 refuses (StartRegexOf).
  struct LazyStart {
    std::once_flag fixed_once;
    std::optional<std::vector<FixedMatch>> fixed;
    std::once_flag regex_once;
    StartRegex regex;
  };
  std::unique_ptr<LazyStart[]> starts;
  // A scratch valid for `db`, cloned once per thread.
  hs_scratch_t* prototype = nullptr;
  uint64_t serial = 0;  // tells this Flagger's per-thread scratch from an earlier one's
  ~Compiled() {
    if (db != nullptr) hs_free_database(db);
    if (prototype != nullptr) hs_free_scratch(prototype);
  }
  // The start regex of `pattern`, compiled by the first thread that asks (the others wait for it);
  // nullptr for a phrase or when PCRE2 refuses the regex.
  const pcre2_real_code_8* StartRegexOf(uint32_t pattern) const {
    LazyStart& lazy = starts[pattern];
    std::call_once(lazy.regex_once, [&] {
      if (refs[pattern].pattern.literal_bytes == 0) {
        lazy.regex = CompileStartRegex(refs[pattern].pattern);
      }
    });
    return lazy.regex.get();
  }
  // The fixed strings of `pattern`'s regex (FixedMatches), read by the first thread that asks;
  // nullopt for a phrase or a regex that can match more.
  const std::optional<std::vector<FixedMatch>>& FixedOf(uint32_t pattern) const {
    LazyStart& lazy = starts[pattern];
    std::call_once(lazy.fixed_once, [&] {
      if (refs[pattern].pattern.literal_bytes == 0) {
        lazy.fixed = FixedMatches(refs[pattern].pattern.expression);
      }
    });
    return lazy.fixed;
  }
  // One thread's scratch: a clone of `prototype`.
  struct ThreadScratch {
    uint64_t serial = 0;
    hs_scratch_t* scratch = nullptr;
    ~ThreadScratch() {
      if (scratch != nullptr) hs_free_scratch(scratch);
    }
  };
  // This thread's scratch for this Flagger; nullptr when out of memory.
  ThreadScratch* Thread() const {
    thread_local ThreadScratch holder;
    if (holder.serial != serial || holder.scratch == nullptr) {
      if (holder.scratch != nullptr) hs_free_scratch(holder.scratch);
      holder.scratch = nullptr;
      holder.serial = 0;
      if (prototype == nullptr || hs_clone_scratch(prototype, &holder.scratch) != HS_SUCCESS) {
        return nullptr;
      }
      holder.serial = serial;
    }
    return &holder;
  }
  // This thread's scratch for `db`; nullptr when out of memory.
  hs_scratch_t* Scratch() const {
    ThreadScratch* thread = Thread();
    return thread != nullptr ? thread->scratch : nullptr;
  }
};

namespace {

constexpr size_t kMaxScannedBytes = size_t{1} << 30;
constexpr size_t kMaxWordBytes = 60;  // matched words quoted in a "why" line
constexpr size_t kMaxQuotedWords = 3;
// The indicator raised when stated pay is out of line with the region's minimum wage (R10).
constexpr std::string_view kPayIndicator = "J-SAL";
// Words that make an amount a rate the poster charges a client per worker ("Usted me paga 16 € la
// hora por cabeza", "Плащате ми по 8 € на час на човек"): a labour supplier's invoice, not pay.
constexpr std::string_view kInvoiceRateList = "invoice-rate";
// Words that say the whole job lasts one day ("a one-day shoot", "eintägiges Casting", "jednodniowa
// sesja"): a day's or an hour's pay there is a one-off fee, not a wage worked every day of a month.
constexpr std::string_view kOneDayJobList = "one-day-job";

// A match in the folded text.
struct RawMatch {
  uint32_t pattern;
  size_t from;
  size_t to;
};

// RawMatch::from (and MarkerHit::start) of a regex match whose start is not looked for yet.
constexpr size_t kUnknownStart = ~size_t{0};

// A regex match longer than this is reported from this many bytes before its end: finding the
// start of a match means scanning back from its end, and an unbounded regex ("[^.\n]*") could
// otherwise make that quadratic in the text.
constexpr size_t kMaxRegexMatchBytes = 4096;

int OnMatch(unsigned int id, unsigned long long from, unsigned long long to, unsigned int,
            void* context) {
  static_cast<std::vector<RawMatch>*>(context)->push_back(
      {id, static_cast<size_t>(from), static_cast<size_t>(to)});
  return 0;
}

std::string Describe(const Term& term) {
  return term.phrase.empty() ? "regex" : "phrase";
}

// Compiles each pattern alone to name every term Vectorscan refuses in the combined database.
std::string RejectedTerms(const RuleSet& rules, const std::vector<PatternRef>& refs,
                          const std::string& combined_error) {
  std::string message;
  for (const PatternRef& ref : refs) {
    hs_database_t* db = nullptr;
    hs_compile_error_t* error = nullptr;
    if (hs_compile(ref.pattern.expression.c_str(), ref.pattern.flags, HS_MODE_BLOCK, nullptr, &db,
                   &error) == HS_SUCCESS) {
      hs_free_database(db);
      continue;
    }
    if (ref.country >= 0) {
      message += LoadError{rules.wages.wages[ref.country].where,
                           fmt::format("Vectorscan rejects a name of {}: {}",
                                       rules.wages.wages[ref.country].country, error->message)}
                     .ToString() +
                 "\n";
      hs_free_compile_error(error);
      continue;
    }
    const Term& term = ref.marker >= 0 ? rules.markers[ref.marker].terms[ref.term]
                                       : rules.indicators[ref.indicator].terms[ref.term];
    message += LoadError{term.where, fmt::format("Vectorscan rejects the {}: {}", Describe(term),
                                                 error->message)}
                   .ToString() +
               "\n";
    hs_free_compile_error(error);
  }
  if (message.empty()) {
    message = fmt::format("{}:1:1: the terms do not compile together: {}", rules.directory.string(),
                          combined_error);
  }
  if (message.back() == '\n') message.pop_back();
  return message;
}

// The marker lists some check reads or some indicator's `unless` or `near` names, and the pay
// reader's invoice-rate ("language" is otherwise only expanded into terms, never scanned).
bool IsScannedMarker(const RuleSet& rules, const MarkerList& list) {
  if (list.name == kInvoiceRateList || list.name == kOneDayJobList) return true;
  const bool named =
      std::any_of(rules.indicators.begin(), rules.indicators.end(), [&](const Indicator& i) {
        return i.unless == list.name ||
               std::any_of(i.near.begin(), i.near.end(), [&](const NearCheck& n) {
                 return n.first == list.name || n.second == list.name;
               });
      });
  return named || list.mask ||
         std::any_of(Checks().begin(), Checks().end(), [&](const CheckInfo& check) {
           return std::find(check.lists.begin(), check.lists.end(), list.name) != check.lists.end();
         });
}

// Whether a marker list only takes J-SAL away: its `unless` (a role that needs a qualification)
// and the pay reader's invoice-rate and one-day-job. The default rules scan these too (flag50): an
// unreviewed word in them can cost the flag but never raise one, and without them the default
// rules scored benign ads (rule R4: a welder's collective wage, a model's one-day fee read as a
// month's pay). The other indicators' `unless` lists stay with the candidates: their sourced
// terms raised nothing those lists cancel on the labelled sets, and each list costs scan time.
bool OnlyCancelsPay(const RuleSet& rules, const MarkerList& list) {
  if (list.name == kInvoiceRateList || list.name == kOneDayJobList) return true;
  const Indicator* pay = rules.Find(kPayIndicator);
  return pay != nullptr && !pay->structural && !pay->unless.empty() && pay->unless == list.name;
}

// Whether the scan holds `list`'s terms with these options: with candidate terms every list
// something reads (IsScannedMarker), without them the lists that only cancel J-SAL.
bool IsScannedWith(const RuleSet& rules, const MarkerList& list, const FlagOptions& options) {
  return options.candidates ? IsScannedMarker(rules, list) : OnlyCancelsPay(rules, list);
}

std::vector<PatternRef> EnabledPatterns(const RuleSet& rules, const FlagOptions& options) {
  std::vector<PatternRef> refs;
  for (uint32_t m = 0; m < rules.markers.size(); ++m) {
    const MarkerList& list = rules.markers[m];
    if (!IsScannedWith(rules, list, options)) continue;
    for (uint32_t t = 0; t < list.terms.size(); ++t) {
      PatternRef ref{0, t, BuildPattern(list.terms[t]), static_cast<int32_t>(m)};
      // Presence is all most checks need: one report per term is enough.
      if (!NeedsEveryHit(rules, list.name)) ref.pattern.flags |= HS_FLAG_SINGLEMATCH;
      refs.push_back(std::move(ref));
    }
  }
  // The names of the wage table's countries, found in the same scan (J-SAL reads where the job
  // is from them). A name is a phrase; a stem ("germani*") has no boundary on its right.
  const Indicator* pay = rules.Find("J-SAL");
  if (pay != nullptr && !pay->structural) {
    for (uint32_t w = 0; w < rules.wages.wages.size(); ++w) {
      // Also the countries without a figure: a job there is compared with nothing, not with the
      // site's own country (ComparePay).
      const MinimumWage& wage = rules.wages.wages[w];
      for (const std::string& name : wage.names) {
        const bool stem = !name.empty() && name.back() == '*';
        Term term;
        term.phrase = stem ? name.substr(0, name.size() - 1) : name;
        PatternRef ref{0, 0, BuildPattern(term)};
        ref.pattern.right_boundary = ref.pattern.right_boundary && !stem;
        ref.country = static_cast<int32_t>(w);
        const std::vector<std::string>& people = rules.pay_words.people_names;
        ref.needs_place = std::find(people.begin(), people.end(), name) != people.end();
        refs.push_back(std::move(ref));
      }
    }
  }
  for (uint32_t i = 0; i < rules.indicators.size(); ++i) {
    const Indicator& indicator = rules.indicators[i];
    if (indicator.structural) continue;
    for (uint32_t t = 0; t < indicator.terms.size(); ++t) {
      if (indicator.terms[t].candidate && !options.candidates) continue;
      refs.push_back({i, t, BuildPattern(indicator.terms[t])});
    }
  }
  return refs;
}

// The word right before `start` in the lower-case match text, separated from it by white space;
// empty when there is none (the name is glued to what precedes it, or starts the text).
std::string_view WordBefore(std::string_view text, size_t start) {
  size_t end = start;
  while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\n')) --end;
  if (end == start) return {};  // the name is not a word of its own
  size_t begin = end;
  while (begin > 0 && text[begin - 1] != ' ' && text[begin - 1] != '\n') --begin;
  return text.substr(begin, end - begin);
}

bool IsOneOf(std::string_view word, const std::vector<std::string>& words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

// Whether a country name found at [start, end) of the match text says where the job is
// (pay-words.toml [country]): not after a word meaning "from" ("workers from Moldova", "Arbeiter
// aus Polen": a country of origin says nothing about the pay there, and swapping one origin for
// another is a nationality swap, rule R2); only maybe after a word meaning "from" or "in"
// (Romanian "din": "muncitori din Moldova", "fabrica din Germania"); and a name that also names
// the country's people ("Polen": Poland and Poles in Dutch and German; "Niemcy" in Polish) only
// after a word of place of its language ("in Polen", "Praca Niemcy"): "Roemenen en Polen welkom"
// names the people who may apply, not where the job is (rule R2). kOrigin: after a word meaning
// "from", a country of origin (no place of work either, but the next names of its list are origins
// too: JoinedInAList).
enum class Place { kNot, kOrigin, kMaybe, kYes };

Place NamesPlaceOfWork(std::string_view text, size_t start, size_t end, const PatternRef& ref,
                       const PayWords& words) {
  const std::string_view before = WordBefore(text, start);
  if (IsOneOf(before, words.from_words)) return Place::kOrigin;
  if (!ref.needs_place) {
    return IsOneOf(before, words.maybe_from_words) ? Place::kMaybe : Place::kYes;
  }
  if (before.empty()) return Place::kNot;
  const std::string phrase =
      std::string(before) + " " + std::string(text.substr(start, end - start));
  return IsOneOf(phrase, words.at_words) ? Place::kYes : Place::kNot;
}

// Whether the country name at `start` is joined to the one that ends at `previous_end` as the next
// name of a list: only a comma, a slash, '&' or '+' and at most one of `words.and_words` between
// them ("Rumänien und Moldawien", "Romania, Moldova or Ukraine").
bool JoinedInAList(std::string_view text, size_t previous_end, size_t start,
                   const PayWords& words) {
  constexpr size_t kLongestGap = 16;
  if (previous_end > start || start - previous_end > kLongestGap) return false;
  std::string_view gap = Trim(text.substr(previous_end, start - previous_end));
  bool joined = false;
  while (!gap.empty() &&
         (gap.front() == ',' || gap.front() == '/' || gap.front() == '&' || gap.front() == '+')) {
    gap = Trim(gap.substr(1));
    joined = true;
  }
  if (gap.empty()) return joined;
  return IsOneOf(gap, words.and_words);
}

// Reads a list backwards from a country name: its joiners (a comma, '/', '&', '+', one of
// pay-words.toml's "and" words) and its other items (one word each).
class ListReader {
 public:
  ListReader(std::string_view text, size_t start, const PayWords& words)
      : text_(text), pos_(start), floor_(start > kReach ? start - kReach : 0), words_(words) {}

  // The word before the reading position, consumed; empty at a joiner's mark or the reach.
  std::string_view Word() {
    SkipSpaces();
    const size_t end = pos_;
    while (pos_ > floor_ && !IsSpace(text_[pos_ - 1]) && !IsMark(text_[pos_ - 1])) --pos_;
    return text_.substr(pos_, end - pos_);
  }

  // Consumes a joiner; false when there is none. `by_word`: it holds an "and" word; `by_list_word`
  // (only where it is not null): it holds a `list_and_words` word instead.
  bool Joiner(bool& by_word, bool* by_list_word = nullptr) {
    bool found = false;
    for (;;) {
      SkipSpaces();
      if (pos_ > floor_ && IsMark(text_[pos_ - 1])) {
        --pos_;
        found = true;
        continue;
      }
      const size_t before = pos_;
      const std::string_view word = by_word ? std::string_view() : Word();
      if (!by_word && IsOneOf(word, words_.and_words)) {
        by_word = found = true;
        continue;
      }
      if (!by_word && by_list_word != nullptr && IsOneOf(word, words_.list_and_words)) {
        by_word = found = *by_list_word = true;
        continue;
      }
      pos_ = before;
      return found;
    }
  }

  size_t pos() const { return pos_; }
  void Rewind(size_t pos) { pos_ = pos; }

 private:
  static constexpr size_t kReach = 160;  // bytes: a list of five names and their joiners
  static bool IsSpace(char c) { return c == ' ' || c == '\n'; }
  static bool IsMark(char c) { return c == ',' || c == '/' || c == '&' || c == '+'; }
  void SkipSpaces() {
    while (pos_ > floor_ && IsSpace(text_[pos_ - 1])) --pos_;
  }

  std::string_view text_;
  size_t pos_;
  size_t floor_;
  const PayWords& words_;
};

// Whether the country name at `start` ends a list of origins whose earlier names the table does
// not have ("from Ghana, Peru or Moldova": the table knows only Moldova, so JoinedInAList has no
// origin to carry). The list needs two earlier names, or one joined by an "and" word, so that a
// time after "ab" ("ab sofort, Moldawien") is no list, and two when the last joiner is a
// `list_and_words` word; a name holds no digit and a sentence's end ("Poland. Munich") stops it.
// kOrigin or kMaybe as the word before the list's first name says; kYes when the name ends no such
// list.
Place ListOfOriginsEndingAt(std::string_view text, size_t start, const PayWords& words) {
  constexpr int kMostNames = 5;
  ListReader list(text, start, words);
  bool by_word = false;
  bool by_list_word = false;  // Dutch "en": a list of three names or more only
  if (!list.Joiner(by_word, &by_list_word)) return Place::kYes;
  const bool joined_by_word = by_word && !by_list_word;
  for (int names = 1; names <= kMostNames; ++names) {
    const std::string_view name = list.Word();
    if (name.empty() || IsOneOf(name, words.from_words) || IsOneOf(name, words.and_words) ||
        std::any_of(name.begin(), name.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      return Place::kYes;
    }
    const size_t after_name = list.pos();
    const std::string_view before = list.Word();
    if (names >= 2 || joined_by_word) {
      if (IsOneOf(before, words.from_words)) return Place::kOrigin;
      if (IsOneOf(before, words.maybe_from_words)) return Place::kMaybe;
    }
    list.Rewind(after_name);
    by_word = false;
    if (!list.Joiner(by_word)) return Place::kYes;
  }
  return Place::kYes;
}

// What one indicator collected from the scan, before its flag is built.
struct Collected {
  // The terms' matches in the match text; the start of a regex's is kUnknownStart until the flag
  // is built (spans_of in Assess): an indicator whose pack does not apply or that `unless` cancels
  // needs no start, and finding one is a scan.
  std::vector<RawMatch> matches;
  std::string lang;
  bool from_candidate = false;
};

void MergeSpans(std::vector<Span>& spans) {
  std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) {
    return std::tie(a.start, a.end) < std::tie(b.start, b.end);
  });
  std::vector<Span> merged;
  for (const Span& s : spans) {
    if (!merged.empty() && s.start < merged.back().end) {
      merged.back().end = std::max(merged.back().end, s.end);
    } else {
      merged.push_back(s);
    }
  }
  spans = std::move(merged);
}

// The matched words as written, white space collapsed so a "why" stays on one line.
std::string QuotedWord(std::string_view original) {
  std::string word;
  bool space = false;
  for (char c : original) {
    const bool is_space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
    if (is_space && !space) word += ' ';
    if (!is_space) word += c;
    space = is_space;
  }
  return Ellipsize(word, kMaxWordBytes);
}

std::string WhyLine(const Indicator& indicator, const std::vector<std::string>& words) {
  std::string quoted;
  for (size_t i = 0; i < words.size() && i < kMaxQuotedWords; ++i) {
    quoted += fmt::format("{}\"{}\"", i == 0 ? "" : ", ", words[i]);
  }
  if (words.size() > kMaxQuotedWords) {
    quoted += fmt::format(" and {} more", words.size() - kMaxQuotedWords);
  }
  return fmt::format("This ad {}: {}", indicator.why, quoted);
}

bool Applies(AppliesTo applies_to, AdKind kind) {
  if (applies_to == AppliesTo::kAny || kind == AdKind::kUnknown) return true;
  return (applies_to == AppliesTo::kSex) == (kind == AdKind::kSex);
}

// Only scored tiers vote (see AdInput::kind): distinct T1+ indicators per pack kind.
AdKind DecideKind(const RuleSet& rules, const std::map<uint32_t, Collected>& collected) {
  int sex = 0;
  int labour = 0;
  for (const auto& [index, c] : collected) {
    const Indicator& indicator = rules.indicators[index];
    if (indicator.tier == Tier::kT0) continue;
    const AppliesTo applies_to = rules.packs[indicator.pack].applies_to;
    sex += applies_to == AppliesTo::kSex ? 1 : 0;
    labour += applies_to == AppliesTo::kLabour ? 1 : 0;
  }
  if (sex == labour) return AdKind::kUnknown;
  return sex > labour ? AdKind::kSex : AdKind::kLabour;
}

// What the wage table says about an ad's stated pay (J-SAL, rule R10).
struct PayEvidence {
  std::vector<Span> spans;  // in the original text
  std::string comparison;   // "\"€3,000 per month\" is 3.7 times the minimum wage in RO (…)"
  std::string lang;         // of the period words
};

// 2591.5 → "2,592".
std::string WholeAmount(double value) {
  const std::string digits = std::to_string(std::llround(value));
  std::string grouped;
  for (size_t i = 0; i < digits.size(); ++i) {
    const size_t left = digits.size() - i;
    if (i > 0 && left % 3 == 0 && digits[i - 1] != '-') grouped += ',';
    grouped += digits[i];
  }
  return grouped;
}

// 12.82 → "12.82", 2070 → "2,070".
std::string TableAmount(double value) {
  return value == std::floor(value) ? WholeAmount(value) : fmt::format("{:.2f}", value);
}

std::string_view PerPeriod(PayPeriod period) {
  constexpr std::string_view kPer[] = {"an hour", "a day", "a week", "a month"};
  return kPer[static_cast<int>(period)];
}

// "814 EUR a month as of 2025-01-01; source: https://…", with the statutory rate when the month
// is derived from it.
std::string MinimumDescription(const MinimumWage& wage, double monthly, std::string_view currency,
                               bool local) {
  std::string text = fmt::format("{} {} a month", WholeAmount(monthly), currency);
  if (local && wage.local_period != PayPeriod::kMonth) {
    text += fmt::format(", from {} {} {}", TableAmount(*wage.local_amount), currency,
                        PerPeriod(wage.local_period));
  }
  if (local && wage.payments_per_year != 12) {
    text += fmt::format(", {} payments a year spread over 12 months", wage.payments_per_year);
  }
  if (wage.agreement) text += ", the lowest rate of a generally binding collective agreement";
  return fmt::format("{} as of {}; source: {}", text, wage.date, wage.source);
}

// "3,400 EUR" → with the rate used: " (3,400 EUR at 1.04 USD to the euro, 2025-01-02)".
std::string ConversionNote(const WageTable& table, const std::string& currency,
                           double monthly_eur) {
  for (const ExchangeRate& rate : table.rates) {
    if (rate.currency == currency) {
      return fmt::format(" ({} EUR a month at {} {} to the euro, {}; source: {})",
                         WholeAmount(monthly_eur), rate.per_eur, currency, rate.date, rate.source);
    }
  }
  return "";
}

// One stated pay against one country's minimum: the ratio, and what was compared.
struct Comparison {
  double ratio = 0;
  const MinimumWage* wage = nullptr;
  std::string minimum;    // "2,161 EUR a month as of …"
  std::string converted;  // how the pay was converted, or ""
};

// `pay` against `wage`: in the local currency when the pay is in it, else both in euros (the
// table's exchange rates). Net pay is counted as gross (÷ net_share). nullopt when the table
// cannot compare them (no figure, or no rate for a currency).
std::optional<Comparison> CompareWith(const WageTable& table, const StatedPay& pay,
                                      const MinimumWage& wage) {
  const double monthly = pay.Monthly() / (pay.net ? table.net_share : 1.0);
  Comparison c;
  c.wage = &wage;
  if (pay.currency == wage.currency && wage.MonthlyLocal()) {
    c.ratio = monthly / *wage.MonthlyLocal();
    c.minimum = MinimumDescription(wage, *wage.MonthlyLocal(), pay.currency, /*local=*/true);
    return c;
  }
  const std::optional<double> per_eur = table.PerEur(pay.currency);
  const std::optional<double> minimum = table.MonthlyEur(wage);
  if (!per_eur || !minimum) return std::nullopt;
  const double monthly_eur = monthly / *per_eur;
  c.ratio = monthly_eur / *minimum;
  c.minimum = MinimumDescription(wage, *minimum, "EUR", /*local=*/false);
  if (pay.currency != "EUR") c.converted = ConversionNote(table, pay.currency, monthly_eur);
  if (!wage.monthly_eur) {
    c.minimum += fmt::format(", converted from {} at {} to the euro", wage.currency,
                             table.PerEur(wage.currency).value_or(0));
  }
  return c;
}

// Where the ad says the job is ("jobs in Germany" on a Romanian site): the countries it names
// (`named`: indices into the table, from the scan), split by whether the table has a figure.
struct PlaceOfWork {
  std::vector<const MinimumWage*> countries;    // with a figure to compare with
  const MinimumWage* without_figure = nullptr;  // the first named without one (Denmark, the UAE)
};

PlaceOfWork NamedCountries(const WageTable& table, const std::vector<uint32_t>& named) {
  PlaceOfWork place;
  for (uint32_t index : named) {
    const MinimumWage* wage = &table.wages[index];
    if (std::find(place.countries.begin(), place.countries.end(), wage) != place.countries.end()) {
      continue;
    }
    if (table.MonthlyEur(*wage) || wage->MonthlyLocal()) {
      place.countries.push_back(wage);
    } else if (place.without_figure == nullptr) {
      place.without_figure = wage;
    }
  }
  return place;
}

// The highest monthly minimum of the table in euros (GB's 12.71 GBP an hour in the shipped table),
// or nullptr: the reference for a job in a country without a statutory minimum. No country's legal
// floor is higher, so pay at threshold_multiple times it is out of line for unqualified work there
// too, while the site's own minimum (Bulgaria's for a farm job in Denmark) says nothing about it.
const MinimumWage* HighestMinimum(const WageTable& table) {
  const MinimumWage* highest = nullptr;
  double highest_eur = 0;
  for (const MinimumWage& wage : table.wages) {
    if (!wage.statutory) continue;  // an agreement's rate is no legal floor elsewhere
    const std::optional<double> eur = table.MonthlyEur(wage);
    if (eur && *eur > highest_eur) {
      highest = &wage;
      highest_eur = *eur;
    }
  }
  return highest;
}

// The one currency of `countries` ("" when they have none or several): how an amount in a word of
// several currencies ("lei", "kr", "крон") is read for a job there.
std::string_view CurrencyOf(const std::vector<const MinimumWage*>& countries) {
  std::string_view currency;
  for (const MinimumWage* wage : countries) {
    if (wage->currency.empty()) continue;
    if (!currency.empty() && currency != wage->currency) return {};
    currency = wage->currency;
  }
  return currency;
}

// Whether `pay` is a rate charged to a client rather than a worker's pay: an invoice-rate hit
// (`invoice`, folded spans) ends right before it ("me paga 16 €", "to you is £14/hr") or starts
// right after it ("8 € на час на човек", "17 € pro Stunde an mich"). A few bytes: a space or a
// preposition's punctuation, never another clause.
bool IsInvoiceRate(const StatedPay& pay, const std::vector<std::pair<size_t, size_t>>& invoice) {
  constexpr size_t kBefore = 3;
  constexpr size_t kAfter = 3;
  return std::any_of(invoice.begin(), invoice.end(), [&](const std::pair<size_t, size_t>& hit) {
    const bool before = hit.second <= pay.start && pay.start - hit.second <= kBefore;
    const bool after = hit.first >= pay.end && hit.first - pay.end <= kAfter;
    return before || after;
  });
}

// Every stated pay of the folded text at threshold_multiple × the minimum of where the job is or
// more; the comparison quoted is the one furthest above it. Where the job is: the countries the
// ad names (the pay must be out of line in each of them), else the site's region. A named country
// without a figure (no statutory minimum: Denmark, Norway, Italy, the UAE …) is judged against
// the table's highest minimum (HighestMinimum), never against the site's own country. nullopt
// when nothing is (or can be) compared.
// `named`: the countries whose names the scan found in the ad as where the job is (indices into
// the table); `maybe_named`: those it found after a word that may mean "from" (Romanian "din"),
// read only when `named` is empty, and then with the site's region beside them ("muncitori din
// Moldova" on a Romanian site may be a job in Romania): the pay must be out of line in both.
std::optional<PayEvidence> ComparePay(const WageTable& table, const PayWords& words,
                                      std::string_view region,
                                      const normalize::NormalizedText& folded,
                                      const std::vector<uint32_t>& named,
                                      const std::vector<uint32_t>& maybe_named,
                                      const std::vector<std::pair<size_t, size_t>>& invoice,
                                      bool one_day_job, std::string_view original) {
  if (table.threshold_multiple <= 0) return std::nullopt;
  const MinimumWage* home = region.empty() ? nullptr : table.Find(region);
  const bool home_compares = home != nullptr && home->HasFigure();
  const bool named_place = !named.empty();
  const PlaceOfWork place = NamedCountries(table, named_place ? named : maybe_named);
  std::vector<const MinimumWage*> countries = place.countries;
  const MinimumWage* ceiling = nullptr;  // stands for place.without_figure
  if (place.without_figure != nullptr) {
    ceiling = HighestMinimum(table);
    if (ceiling == nullptr) return std::nullopt;
    if (std::find(countries.begin(), countries.end(), ceiling) == countries.end()) {
      countries.push_back(ceiling);
    }
  }
  if ((countries.empty() || !named_place) && home_compares && ceiling == nullptr &&
      std::find(countries.begin(), countries.end(), home) == countries.end()) {
    countries.push_back(home);
  }
  if (countries.empty()) return std::nullopt;
  // (Both arms string_view: `home->currency : ""` would make a temporary std::string to view.)
  const CurrencyContext currencies{
      CurrencyOf(place.countries),
      home != nullptr ? std::string_view(home->currency) : std::string_view()};
  // A bare amount ("2.800 USD", no period, no word for pay) is read as a month's pay only for a
  // job abroad: recruitment for work in another country states a month's pay (the scam-hub and
  // club ads), while a bare amount in a job at home is as often a price or a bonus.
  const bool abroad = (named_place || home == nullptr) &&
                      std::any_of(countries.begin(), countries.end(), [&](const MinimumWage* w) {
                        return home == nullptr || w->country != home->country;
                      });
  const std::vector<StatedPay> pays = FindStatedPay(
      words, folded.text, currencies, abroad ? BareAmounts::kRead : BareAmounts::kSkip);
  if (pays.empty()) return std::nullopt;
  PayEvidence evidence;
  double best = 0;
  for (const StatedPay& pay : pays) {
    if (pay.currency.empty()) continue;  // "25.000 kr." for a job nowhere named: which crowns?
    if (IsInvoiceRate(pay, invoice)) continue;
    // A day's or an hour's pay for a job of one day is a one-off fee: the monthly minimum says
    // nothing about it (flag49).
    if (one_day_job && pay.period_stated &&
        (pay.period == PayPeriod::kDay || pay.period == PayPeriod::kHour)) {
      continue;
    }
    // Against the country of `countries` where the pay is least out of line: its ratio over that
    // country's threshold (ThresholdFor) is the lowest.
    std::optional<Comparison> binding;
    for (const MinimumWage* wage : countries) {
      if (pay.bare && home != nullptr && wage->country == home->country) continue;
      std::optional<Comparison> c = CompareWith(table, pay, *wage);
      if (c && (!binding || c->ratio / table.ThresholdFor(*wage) <
                                binding->ratio / table.ThresholdFor(*binding->wage))) {
        binding = std::move(c);
      }
    }
    if (!binding || binding->ratio < table.ThresholdFor(*binding->wage)) continue;
    const auto [start, end] = folded.OriginalSpan(pay.start, pay.end);
    evidence.spans.push_back({start, end});
    if (binding->ratio <= best) continue;
    best = binding->ratio;
    evidence.lang = pay.lang;
    const std::string words = QuotedWord(original.substr(start, end - start));
    std::string as_month;
    if (pay.bare) {
      as_month = " (an amount alone, for a job abroad: read as a month's pay)";
    } else if (!pay.period_stated) {
      as_month = " (no period written: read as a month's pay)";
    } else if (pay.period != PayPeriod::kMonth) {
      as_month = fmt::format(" ({} {} a month)", WholeAmount(pay.Monthly()), pay.currency);
    }
    const std::string net =
        pay.net && table.net_share < 1
            ? fmt::format(", net pay counted as {:.0f}% of gross", table.net_share * 100)
            : "";
    std::string where = binding->wage->country == (home != nullptr ? home->country : "")
                            ? ""
                            : ", where the ad says the job is";
    if (ceiling != nullptr && binding->wage == ceiling) {
      where = fmt::format(
          ", the highest statutory minimum in the table: {}, where the ad says "
          "the job is, has none",
          place.without_figure->country);
    }
    // A country's own multiple is part of the judgement, so the reader is told it.
    const std::string own_multiple =
        binding->wage->threshold_multiple
            ? fmt::format(
                  "; out of line there from {:.1f} times, where usual pay for unskilled "
                  "work sits far above the minimum",
                  *binding->wage->threshold_multiple)
            : "";
    evidence.comparison =
        fmt::format("\"{}\"{}{}{} is {:.1f} times the minimum wage in {}{} ({}{})", words, as_month,
                    binding->converted, net, binding->ratio, binding->wage->country, where,
                    binding->minimum, own_multiple);
  }
  if (evidence.spans.empty()) return std::nullopt;
  return evidence;
}

std::vector<std::string> WordsOf(const std::vector<Span>& spans, std::string_view original);

// Whether the ad's extracted phones hold a landline of its own country (AdInput::phones): a
// fixed line, a toll-free or shared-cost number, or a company's single number (libphonenumber's
// "uan"). Where the ad is not known, any landline counts.
bool NamesDomesticLandline(const AdInput& ad) {
  constexpr std::string_view kLandlines[] = {"fixed_line", "toll_free", "shared_cost", "uan"};
  return std::any_of(ad.phones.begin(), ad.phones.end(), [&](const AdPhone& phone) {
    const bool landline = std::find(std::begin(kLandlines), std::end(kLandlines),
                                    phone.number_type) != std::end(kLandlines);
    return landline && (ad.region.empty() || phone.country.empty() ||
                        AsciiLower(phone.country) == AsciiLower(ad.region));
  });
}

// The indicator's computed check (when it has one and it applies to `kind`), then its nears in
// file order, then the check's fallback: the first finding.
std::optional<CheckFinding> RunChecks(const Indicator& indicator, const CheckInfo* check,
                                      AdKind kind, const MarkerHits& hits) {
  if (check != nullptr && !Applies(check->applies_to, kind)) check = nullptr;
  if (check != nullptr) {
    if (auto finding = check->run(hits)) return finding;
  }
  for (const NearCheck& near : indicator.near) {
    if (auto finding = RunNear(hits, near)) return finding;
  }
  if (check != nullptr && check->fallback != nullptr) return check->fallback(hits);
  return std::nullopt;
}

// A flag of a computed check (checks.h); its spans are already in the original text.
RaisedFlag CheckFlag(const Indicator& indicator, const CheckFinding& finding,
                     std::vector<Span> spans, std::string_view original, std::string lang,
                     const ScoringConfig& scoring) {
  RaisedFlag flag;
  flag.indicator = &indicator;
  flag.lang = std::move(lang);
  flag.from_candidate = true;  // the marker lists are unreviewed (R15)
  flag.absence = finding.absence;
  MergeSpans(spans);
  flag.spans = std::move(spans);
  flag.matched = WordsOf(flag.spans, original);
  flag.weight = scoring.PointsFor(indicator);
  std::string quoted;
  for (size_t i = 0; i < flag.matched.size() && i < kMaxQuotedWords; ++i) {
    quoted += fmt::format("{}\"{}\"", i == 0 ? "" : ", ", flag.matched[i]);
  }
  flag.why = fmt::format("This ad {}: {}; {}: {}", indicator.why, finding.detail,
                         finding.spans_role, quoted);
  return flag;
}

std::vector<std::string> WordsOf(const std::vector<Span>& spans, std::string_view original) {
  std::vector<std::string> words;
  for (const Span& s : spans) {
    std::string word = QuotedWord(original.substr(s.start, s.end - s.start));
    if (std::find(words.begin(), words.end(), word) == words.end())
      words.push_back(std::move(word));
  }
  return words;
}

// `pay`: the stated-pay evidence of J-SAL, merged into the flag its phrases raised (or alone).
RaisedFlag BuildFlag(const Indicator& indicator, Collected c, std::vector<Span> spans,
                     std::string_view original, const ScoringConfig& scoring,
                     const PayEvidence* pay) {
  RaisedFlag flag;
  flag.indicator = &indicator;
  flag.lang = std::move(c.lang);
  flag.from_candidate = c.from_candidate;
  MergeSpans(spans);
  const std::vector<std::string> phrase_words = WordsOf(spans, original);
  if (pay != nullptr) {
    spans.insert(spans.end(), pay->spans.begin(), pay->spans.end());
    MergeSpans(spans);
  }
  flag.spans = std::move(spans);
  flag.matched = pay == nullptr ? phrase_words : WordsOf(flag.spans, original);
  flag.weight = scoring.PointsFor(indicator);
  if (pay == nullptr) {
    flag.why = WhyLine(indicator, phrase_words);
  } else if (phrase_words.empty()) {
    flag.why = fmt::format("This ad {}: {}", indicator.why, pay->comparison);
  } else {
    flag.why = WhyLine(indicator, phrase_words) + "; " + pay->comparison;
  }
  return flag;
}

}  // namespace

Flagger::Flagger(std::shared_ptr<const RuleSet> rules, std::unique_ptr<Compiled> compiled)
    : rules_(std::move(rules)), compiled_(std::move(compiled)) {}
Flagger::~Flagger() = default;

size_t Flagger::pattern_count() const {
  return compiled_->refs.size();
}

Result<std::unique_ptr<Flagger>> Flagger::Create(std::shared_ptr<const RuleSet> rules,
                                                 const FlagOptions& options) {
  auto compiled = std::make_unique<Compiled>();
  compiled->refs = EnabledPatterns(*rules, options);
  for (uint32_t i = 0; i < rules->indicators.size(); ++i) {
    const Indicator& indicator = rules->indicators[i];
    if (indicator.id == kPayIndicator && !indicator.structural) compiled->pay_indicator = i;
    const CheckInfo* check = indicator.check.empty() ? nullptr : FindCheck(indicator.check);
    if ((check != nullptr || !indicator.near.empty()) && options.candidates) {
      compiled->checks.emplace_back(i, check);
    }
    int32_t unless = -1;
    for (uint32_t m = 0; m < rules->markers.size(); ++m) {
      if (!IsScannedWith(*rules, rules->markers[m], options)) continue;
      if (!indicator.unless.empty() && rules->markers[m].name == indicator.unless) {
        unless = static_cast<int32_t>(m);
      }
    }
    compiled->unless.push_back(unless);
  }
  for (uint32_t m = 0; m < rules->markers.size(); ++m) {
    if (rules->markers[m].name == kInvoiceRateList)
      compiled->invoice_rate = static_cast<int32_t>(m);
    if (rules->markers[m].name == kOneDayJobList) compiled->one_day_job = static_cast<int32_t>(m);
  }
  compiled->marker_index = IndexMarkers(*rules);
  static std::atomic<uint64_t> serials{0};
  compiled->serial = ++serials;
  if (compiled->refs.empty()) {
    return std::unique_ptr<Flagger>(new Flagger(std::move(rules), std::move(compiled)));
  }
  std::vector<const char*> expressions;
  std::vector<unsigned> flags;
  for (const PatternRef& ref : compiled->refs) {  // each pattern's id is its position
    expressions.push_back(ref.pattern.expression.c_str());
    flags.push_back(ref.pattern.flags);
  }
  hs_compile_error_t* error = nullptr;
  compiled->db = vectorscan::LoadOrCompile("flag", expressions, flags, &error);
  if (compiled->db == nullptr) {
    const std::string combined = error != nullptr && error->message ? error->message : "?";
    hs_free_compile_error(error);
    return InvalidInput(RejectedTerms(*rules, compiled->refs, combined));
  }
  compiled->starts = std::make_unique<Compiled::LazyStart[]>(compiled->refs.size());
  if (hs_alloc_scratch(compiled->db, &compiled->prototype) != HS_SUCCESS) {
    return Internal("Vectorscan could not allocate scratch space for the rule packs");
  }
  return std::unique_ptr<Flagger>(new Flagger(std::move(rules), std::move(compiled)));
}

size_t Flagger::StartOf(uint32_t pattern, std::string_view text, size_t end) const {
  const TermPattern& p = compiled_->refs[pattern].pattern;
  if (p.literal_bytes > 0) return end - std::min(end, p.literal_bytes);
  // A bounded regex starts at most its longest match before its end: scanning back further is
  // wasted work, and the matches of the checks' lists (every hit kept) are many.
  const size_t reach =
      p.max_width > 0 ? std::min(p.max_width, kMaxRegexMatchBytes) : kMaxRegexMatchBytes;
  size_t window = end - std::min(end, reach);
  // UTF-8 mode needs whole characters: start the window on a character's first byte.
  while (window < end && (static_cast<unsigned char>(text[window]) & 0xC0) == 0x80) ++window;
  if (const auto& fixed = compiled_->FixedOf(pattern); fixed) {
    // What the start scan below would report, without it (an empty match or none: scanned).
    const size_t start = LeftmostFixedStart(*fixed, text, window, end);
    if (start != std::string_view::npos) return start;
  }
  // Not found (PCRE2 refused the regex or gave up): the match keeps the whole window, a wide
  // span, never a dropped match.
  const size_t start =
      LeftmostStart(compiled_->StartRegexOf(pattern), text.substr(window, end - window));
  return window + (start == std::string_view::npos ? 0 : start);
}

Assessment Flagger::Assess(const AdInput& ad) const {
  const std::string_view text = ad.text.substr(0, std::min(ad.text.size(), kMaxScannedBytes));
  std::map<uint32_t, Collected> collected;  // by indicator index: deterministic order
  thread_local normalize::NormalizedText folded;
  folded.text.clear();
  if (!text.empty()) {
    normalize::NormalizeOptions options;
    options.lang = ad.lang;
    normalize::NormalizeInto(text, options, folded);
  }
  thread_local MatchText match_text;
  match_text.text.clear();
  // The wage table's countries the ad names as where the job is (indices into
  // rules_->wages.wages), and those it names after a word that may mean "from".
  thread_local std::vector<uint32_t> named_countries;
  thread_local std::vector<uint32_t> maybe_named_countries;
  named_countries.clear();
  maybe_named_countries.clear();
  // Per marker list: its hits in the match text (checks.h).
  // A regex hit's start is found only when something reads it (kUnknownStart until then, with
  // the hit's pattern in marker_patterns): most lists are only asked whether they have a hit.
  thread_local std::vector<std::vector<MarkerHit>> marker_hits;
  thread_local std::vector<std::vector<uint32_t>> marker_patterns;
  thread_local std::vector<uint8_t> marker_state;  // per list: kStartsFound, kSorted bits
  constexpr uint8_t kStartsFound = 1;
  constexpr uint8_t kSorted = 2;
  marker_hits.resize(rules_->markers.size());
  marker_patterns.resize(rules_->markers.size());
  for (auto& hits : marker_hits) hits.clear();
  for (auto& patterns : marker_patterns) patterns.clear();
  marker_state.assign(rules_->markers.size(), 0);
  // Finds the starts of list `list`'s hits (once per ad), and sorts them when `sort`.
  const auto resolve_list = [&](size_t list, bool sort) {
    std::vector<MarkerHit>& hits = marker_hits[list];
    if ((marker_state[list] & kStartsFound) == 0) {
      for (size_t i = 0; i < hits.size(); ++i) {
        if (hits[i].start == kUnknownStart) {
          hits[i].start = StartOf(marker_patterns[list][i], match_text.text, hits[i].end);
        }
      }
      marker_state[list] |= kStartsFound;
    }
    if (sort && (marker_state[list] & kSorted) == 0) {
      std::sort(hits.begin(), hits.end(), [](const MarkerHit& a, const MarkerHit& b) {
        return std::tie(a.start, a.end) < std::tie(b.start, b.end);
      });
      marker_state[list] |= kSorted;
    }
  };
  // Whether a mask list has a hit in this ad; then every mask's and every masked list's hits get
  // their starts, in text order, as Masked and MarkerHits read them.
  const auto mask_has_hit = [&] {
    const MarkerIndex& index = compiled_->marker_index;
    const bool any = std::any_of(index.masks.begin(), index.masks.end(),
                                 [&](size_t mask) { return !marker_hits[mask].empty(); });
    if (!any) return false;
    for (const size_t mask : index.masks) resolve_list(mask, true);
    for (size_t list = 0; list < marker_hits.size() && list < index.masked.size(); ++list) {
      if (index.masked[list] && !marker_hits[list].empty()) resolve_list(list, true);
    }
    return true;
  };
  if (compiled_->db != nullptr && !folded.text.empty()) {
    FoldForMatching(folded.text, match_text);
    const std::string_view scanned = match_text.text;
    thread_local std::vector<RawMatch> matches;
    matches.clear();
    if (hs_scratch_t* scratch = compiled_->Scratch(); scratch != nullptr) {
      hs_scan(compiled_->db, scanned.data(), static_cast<unsigned>(scanned.size()), 0, scratch,
              OnMatch, &matches);
    }
    bool terms_later = false;  // a term's match waits for every mask's hit (MarkerList::mask)
    // The last country name read, and how when it was an origin (kOrigin, or maybe one: kMaybe):
    // the next name of its list is read as it was. A people name that is no place ("für Polen") is
    // no origin: the list's next name is read on its own.
    size_t country_end = 0;
    Place origin = Place::kNot;  // kNot: the last name was no origin
    for (RawMatch& m : matches) {
      const PatternRef& ref = compiled_->refs[m.pattern];
      if (ref.pattern.literal_bytes == 0 && !ref.pattern.left_boundary && ref.country < 0) {
        // A regex: no boundary on its left, and a match never empty (Vectorscan refuses a
        // pattern that can match empty; its start is found within its longest match), so
        // whether it counts does not depend on its start. Found later if read.
        m.from = kUnknownStart;
        if (!AtWordBoundaries(scanned, m.to, m.to, ref.pattern)) {
          m.from = m.to;  // refused: the terms' pass below skips it
          continue;
        }
      } else {
        m.from = StartOf(m.pattern, scanned, m.to);
        if (m.from >= m.to || !AtWordBoundaries(scanned, m.from, m.to, ref.pattern)) {
          m.from = m.to;
          continue;
        }
      }
      if (ref.country >= 0) {
        const PayWords& words = rules_->pay_words;
        Place place = NamesPlaceOfWork(scanned, m.from, m.to, ref, words);
        if (place == Place::kYes && origin != Place::kNot &&
            JoinedInAList(scanned, country_end, m.from, words)) {
          place = origin;  // "aus Rumänien und Moldawien": both origins
        } else if (place == Place::kYes) {
          place = ListOfOriginsEndingAt(scanned, m.from, words);  // "from Ghana, Peru or Moldova"
        }
        origin = place == Place::kOrigin || place == Place::kMaybe ? place : Place::kNot;
        country_end = m.to;
        switch (place) {
          case Place::kYes:
            named_countries.push_back(static_cast<uint32_t>(ref.country));
            break;
          case Place::kMaybe:
            maybe_named_countries.push_back(static_cast<uint32_t>(ref.country));
            break;
          case Place::kOrigin:
          case Place::kNot:
            break;
        }
        continue;
      }
      if (ref.marker >= 0) {
        marker_hits[ref.marker].push_back({m.from, m.to});
        marker_patterns[ref.marker].push_back(m.pattern);
        continue;
      }
      terms_later = true;
    }
    // A mask's hit hides the terms' matches inside it: only then are their starts needed.
    const bool masking = mask_has_hit();
    for (RawMatch& m : matches) {
      if (!terms_later) break;
      const PatternRef& ref = compiled_->refs[m.pattern];
      if (ref.country >= 0 || ref.marker >= 0) continue;
      if (m.from != kUnknownStart && m.from >= m.to) continue;  // refused above
      if (masking) {
        if (m.from == kUnknownStart) m.from = StartOf(m.pattern, scanned, m.to);
        if (Masked(compiled_->marker_index, marker_hits, {m.from, m.to})) continue;
      }
      const Term& term = rules_->indicators[ref.indicator].terms[ref.term];
      Collected& c = collected[ref.indicator];
      c.matches.push_back(m);
      c.from_candidate = c.from_candidate || term.candidate;
    }
  }
  const std::string_view scanned = match_text.text;
  // The spans of a flag's terms in the original text (the starts of its regexes found now), and
  // the flag's language: that of its earliest-starting match (ties: the term first in the rule
  // pack), whatever the order the scan reported the matches in.
  const auto spans_of = [&](Collected& c) {
    std::vector<Span> spans;
    spans.reserve(c.matches.size());
    const RawMatch* first = nullptr;
    for (RawMatch& m : c.matches) {
      if (m.from == kUnknownStart) m.from = StartOf(m.pattern, scanned, m.to);
      const auto [folded_start, folded_end] = match_text.InputSpan(m.from, m.to);
      const auto [start, end] = folded.OriginalSpan(folded_start, folded_end);
      spans.push_back({start, end});
      if (first == nullptr || std::tie(m.from, compiled_->refs[m.pattern].term) <
                                  std::tie(first->from, compiled_->refs[first->pattern].term)) {
        first = &m;
      }
    }
    if (first != nullptr) {
      const PatternRef& ref = compiled_->refs[first->pattern];
      c.lang = rules_->indicators[ref.indicator].terms[ref.term].lang;
    }
    return spans;
  };
  Assessment result;
  result.kind = ad.kind == AdKind::kAuto ? DecideKind(*rules_, collected) : ad.kind;
  // Stated pay, for job ads only (never a vote on the kind: the kind is decided above).
  std::optional<PayEvidence> pay;
  const std::optional<uint32_t> pay_index = compiled_->pay_indicator;
  if (pay_index && !folded.text.empty() &&
      (result.kind == AdKind::kLabour || result.kind == AdKind::kUnknown) &&
      Applies(rules_->packs[rules_->indicators[*pay_index].pack].applies_to, result.kind)) {
    thread_local std::vector<std::pair<size_t, size_t>> invoice;
    invoice.clear();
    if (compiled_->invoice_rate >= 0) {
      resolve_list(static_cast<size_t>(compiled_->invoice_rate), false);
      for (const MarkerHit& hit : marker_hits[static_cast<size_t>(compiled_->invoice_rate)]) {
        invoice.push_back(match_text.InputSpan(hit.start, hit.end));
      }
    }
    bool one_day_job = false;
    if (compiled_->one_day_job >= 0) {
      resolve_list(static_cast<size_t>(compiled_->one_day_job), false);
      one_day_job = !marker_hits[static_cast<size_t>(compiled_->one_day_job)].empty();
    }
    pay = ComparePay(rules_->wages, rules_->pay_words, ad.region, folded, named_countries,
                     maybe_named_countries, invoice, one_day_job, text);
    if (pay) {
      Collected& c = collected[*pay_index];
      if (c.matches.empty()) c.lang = pay->lang.empty() ? ad.lang : pay->lang;
    }
  }
  // Computed checks: only on an ad whose kind is known, and only where no term raised the
  // indicator already (the words are the better evidence).
  if (!compiled_->checks.empty() && !match_text.text.empty() &&
      (result.kind == AdKind::kLabour || result.kind == AdKind::kSex)) {
    // A list's hits are in text order, with their starts, once a check reads them (Of).
    const MarkerHits hits(
        match_text.text, compiled_->marker_index, marker_hits, text,
        [&](size_t start, size_t end) {
          const auto [folded_start, folded_end] = match_text.InputSpan(start, end);
          return folded.OriginalSpan(folded_start, folded_end);
        },
        rules_->pay_words, NamesDomesticLandline(ad),
        [&](size_t list) { resolve_list(list, true); });
    for (const auto& [index, check] : compiled_->checks) {
      const Indicator& indicator = rules_->indicators[index];
      if (collected.count(index) > 0 ||
          !Applies(rules_->packs[indicator.pack].applies_to, result.kind)) {
        continue;
      }
      // `unless` cancels a flag the checks or pairs raise as it cancels the terms' one below.
      const int32_t unless = compiled_->unless[index];
      if (unless >= 0 && !marker_hits[static_cast<size_t>(unless)].empty()) continue;
      const std::optional<CheckFinding> finding = RunChecks(indicator, check, result.kind, hits);
      if (!finding) continue;
      std::vector<Span> spans;
      for (const MarkerHit& hit : finding->spans) {
        const auto [folded_start, folded_end] = match_text.InputSpan(hit.start, hit.end);
        const auto [start, end] = folded.OriginalSpan(folded_start, folded_end);
        spans.push_back({start, end});
      }
      result.flags.push_back(
          CheckFlag(indicator, *finding, std::move(spans), text, ad.lang, rules_->scoring));
    }
  }
  for (auto& [index, c] : collected) {
    const Indicator& indicator = rules_->indicators[index];
    if (!Applies(rules_->packs[indicator.pack].applies_to, result.kind)) continue;
    const int32_t unless = compiled_->unless[index];
    if (unless >= 0 && !marker_hits[static_cast<size_t>(unless)].empty()) continue;
    // J-SAL is the wage table's judgement (rule R10): its phrases ("high pay, no experience",
    // "easy money") add their words to a stated pay out of line but never raise it alone, so an
    // ad with no pay figure, or with one usual where the job is, is not J-SAL.
    if (pay_index && index == *pay_index && !pay) continue;
    const PayEvidence* evidence = pay && index == *pay_index ? &*pay : nullptr;
    std::vector<Span> spans = spans_of(c);
    result.flags.push_back(
        BuildFlag(indicator, std::move(c), std::move(spans), text, rules_->scoring, evidence));
  }
  std::sort(result.flags.begin(), result.flags.end(), [](const RaisedFlag& a, const RaisedFlag& b) {
    return a.indicator->id < b.indicator->id;
  });
  result.score = ScoreFlags(result.flags, result.kind, rules_->scoring, false);
  result.fraud_risk = ScoreFlags(result.flags, result.kind, rules_->scoring, true);
  return result;
}

std::string_view AdKindName(AdKind kind) {
  switch (kind) {
    case AdKind::kAuto:
      return "auto";
    case AdKind::kSex:
      return "sex";
    case AdKind::kLabour:
      return "labour";
    case AdKind::kUnknown:
      return "unknown";
  }
  return "unknown";
}

bool ParseAdKind(std::string_view name, AdKind* kind) {
  for (AdKind k : {AdKind::kAuto, AdKind::kSex, AdKind::kLabour}) {
    if (name == AdKindName(k)) {
      *kind = k;
      return true;
    }
  }
  return false;
}

}  // namespace ariadne::flag
