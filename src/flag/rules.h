// Rule packs: red-flag indicators as data (docs/formats/rule-packs.md), and their loader.
//
// Every `*.toml` file of a rules directory (except scoring.toml and the tables under data/) is one
// pack: the indicators of one table of the knowledge base (../shared/knowledge/indicators.md §2),
// each with its phrases per language, sources and false-positive notes. scoring.toml holds the
// weights, the T1 cap, the allow-list of scored ids and the band thresholds (rule R3).
// data/minimum-wages.toml is the per-country table J-SAL compares stated pay with (rule R10).
//
// LoadRules() validates everything it reads and reports each problem as `FILE:LINE:COLUMN:
// reason`. A rule set with any error must not be used: nothing is flagged with a half-loaded rule
// set. Plain data: safe to share between threads once loaded, and compared field by field (==).
#pragma once

#include <array>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/status.h"

namespace ariadne::flag {

// The indicator families of indicators.md §2 (after the UK triage approach).
enum class Family { kNet, kCtl, kAut, kDec, kExp, kObf, kInf };
// T0: shown, never scored; T1: weak, capped; T2: moderate; T3: strong or structural.
enum class Tier { kT0 = 0, kT1 = 1, kT2 = 2, kT3 = 3 };
// The ad kinds a pack's terms are matched in.
enum class AppliesTo { kAny, kSex, kLabour };
// "fraud": recruitment-fraud risk, reported apart from the trafficking score (rule R11).
enum class Category { kTrafficking, kFraud };

std::string_view FamilyName(Family family);  // "NET", "CTL", …
std::string_view TierName(Tier tier);        // "T0" … "T3"
std::string_view AppliesToName(AppliesTo applies_to);
std::string_view CategoryName(Category category);

// Where something was written: the file and the 1-based line and column.
struct SourcePosition {
  std::string file;
  int line = 0;
  int column = 0;
  bool operator==(const SourcePosition&) const = default;
};

// A string value with the place it was written.
struct PositionedString {
  std::string value;
  SourcePosition where;
  bool operator==(const PositionedString&) const = default;
};

// One phrase or regular expression of an indicator, in one language.
struct Term {
  std::string lang;    // ISO 639-1
  std::string phrase;  // exactly one of phrase and regex is non-empty
  std::string regex;
  bool candidate = false;  // status "candidate": disabled unless FlagOptions::candidates (R15)
  std::string source;      // a key of the pack's [sources]; always set for "sourced" terms
  std::string reviewer;
  std::string added;
  SourcePosition where;
  // The regex with every "{language}" replaced by the names of languages of data/markers.toml (a
  // term may not name a language itself: rule R2); empty when the regex has no placeholder.
  std::string expanded_regex;
  // Set by the loader: the regex's longest match in the match text, in bytes, when Vectorscan can
  // bound it; 0 when it cannot (or for a phrase). Where the flagger looks for a match's start.
  size_t max_width = 0;
  bool operator==(const Term&) const = default;
};

// `near` of an indicator: two marker lists of data/markers.toml whose hits, close together, say
// what neither says alone ("Lohn" and "am Saisonende", a passport and "abgeben"). Run like a
// check: only with candidate terms enabled, only on an ad of the pack's kind, only when no term
// raised the indicator. The first `near` of an indicator that holds raises it.
struct NearCheck {
  std::string first;   // a marker list
  std::string second;  // a marker list
  int words = 0;       // at most this many words between the two hits
  // Where the pair must lie: one sentence (no . ! ? ; or line break between the hits) or, when
  // false, one clause (no comma either). A decimal point or comma between digits ends nothing.
  bool sentence = false;
  bool either_order = true;  // false: a hit of `first`, then one of `second`
  std::string why;           // what the pair says, after "This ad <indicator's why>: "
  SourcePosition where;
  bool operator==(const NearCheck&) const = default;
};

struct Indicator {
  std::string id;  // stable, never reused (STYLE.md rule 3)
  int revision = 1;
  Family family = Family::kInf;
  Tier tier = Tier::kT0;
  Category category = Category::kTrafficking;
  std::string title;
  std::string definition;
  std::string why;  // completes "This ad …"
  std::string false_positives;
  std::vector<std::string> sources;    // keys of the pack's [sources]
  bool structural = false;             // computed from the case, no terms
  std::vector<std::string> only_with;  // scored only when one of these is also flagged (R3)
  std::vector<std::pair<std::string, std::string>> advice;  // (lang, question) for job seekers
  std::vector<Term> terms;
  // A computed check of checks.h run besides the terms ("no-employer", "ages-disagree"): what the
  // ad leaves out or where it disagrees with itself, which no phrase can say. Empty: terms only.
  std::string check;
  // Pairs of marker lists close together (NearCheck), tried in file order after the check.
  std::vector<NearCheck> near;
  // A marker list of data/markers.toml whose hit anywhere in the ad cancels the flag the terms
  // raise ("calls-accepted" for J-MSG: "Tel/WhatsApp" is no messenger-only contact). Read, like
  // the checks, only with candidate terms enabled. Empty: nothing cancels the terms.
  std::string unless;
  size_t pack = 0;  // index into RuleSet::packs
  SourcePosition where;
  bool operator==(const Indicator&) const = default;
};

// One list of data/markers.toml: words and patterns that are no evidence by themselves but that a
// computed check looks for (a company's legal form, a phone number, an amount of money, an age).
// Its terms have lang "any" or a language of the packs, and no status: the checks that use them
// run only with candidate terms enabled (rule R15).
struct MarkerList {
  std::string name;
  std::string description;
  std::vector<Term> terms;
  SourcePosition where;
  SourcePosition name_where;  // of its `name` value
  // `mask = true`: a masking list. Its hits are no evidence of anything; each hides the hits of the
  // other lists that lie inside its span ("we never charge fees" hides the fee word, "Mon-Fri"
  // the days), except a hit that covers the mask's whole span. Only the lists whose every hit is
  // kept (NeedsEveryHit: those a pair names, and the spans and values the checks read) are masked;
  // masks never hide each other. Read by the checks and pairs (MarkerHits::Of), not by `unless`.
  bool mask = false;
  bool operator==(const MarkerList&) const = default;
};

struct Pack {
  std::string name;
  AppliesTo applies_to = AppliesTo::kAny;
  std::vector<std::pair<std::string, std::string>> sources;  // key → link, in file order
  std::string file;

  // The link of a source key; empty when the pack does not define it.
  std::string_view SourceLink(std::string_view key) const;
  bool operator==(const Pack&) const = default;
};

// "At least one contributing indicator of this family with at least this tier" (rule R3).
struct FamilyCondition {
  Family family = Family::kInf;
  Tier min_tier = Tier::kT1;
  bool operator==(const FamilyCondition&) const = default;
};

// rules/scoring.toml (the format is commented in that file): t1_cap, allow, fraud, [tier_weights],
// [bands] medium, high, high_requires_families, high_requires_sex/labour ("NET", "DEC:T2").
struct ScoringConfig {
  std::array<int, 4> tier_points{0, 0, 0, 0};  // [tier_weights]: points of a flag, by tier
  int t1_cap = 0;                              // all T1 contributions together add at most this
  std::vector<std::string> scored;             // `allow` (R2): only these ids add points
  // `fraud` (R11): must name exactly the indicators whose pack says category = "fraud".
  std::vector<PositionedString> fraud;
  int medium = 0;             // score ≥ medium: band "medium"
  int high = 0;               // score ≥ high and the family conditions hold: band "high"
  int high_min_families = 2;  // distinct families among contributions (INF never)
  std::vector<FamilyCondition> high_sex;     // adult ads: one of these must contribute
  std::vector<FamilyCondition> high_labour;  // job ads: one of these must contribute
  SourcePosition where;

  bool IsScored(std::string_view id) const;
  // The points a flag of `indicator` is worth: 0 for T0 and ids off the allow-list.
  int PointsFor(const Indicator& indicator) const;
  bool operator==(const ScoringConfig&) const = default;
};

// The period a pay or a minimum wage is stated for.
enum class PayPeriod { kHour, kDay, kWeek, kMonth };
std::string_view PayPeriodName(PayPeriod period);  // "hour", "day", "week", "month"
// How many of `period` make a month: hour 173 (40 h × 52 weeks / 12), day 21.7 (5 days × 52 / 12),
// week 4.33 (52 / 12), month 1. Calendar arithmetic for a full-time job, not a calibration.
double PeriodsPerMonth(PayPeriod period);

// One country of data/minimum-wages.toml (its header comments the fields and their sources).
struct MinimumWage {
  std::string country;     // ISO 3166-1 alpha-2, upper case
  bool statutory = false;  // false: no national statutory minimum, nothing to compare with
  // With statutory = false: the amounts below are the lowest rate of a generally binding
  // collective agreement (Switzerland's hospitality L-GAV), the reference for a job in that
  // country; never the table's highest minimum, which is a statutory floor.
  bool agreement = false;
  std::optional<double> monthly_eur;  // gross, as published (Eurostat earn_mw_cur for the EU)
  std::optional<double> hourly_eur;
  std::string currency;                // ISO 4217 of local_amount; empty when not statutory
  std::optional<double> local_amount;  // in `currency`, per `local_period`
  PayPeriod local_period = PayPeriod::kMonth;
  int payments_per_year = 12;  // 14 in ES, GR, PT
  // Where the usual pay for unskilled work sits far above the statutory minimum (BG, UA): the
  // multiple of this country's minimum at which pay is out of line; nullopt: the table's.
  std::optional<double> threshold_multiple;
  std::string date;    // the reference date of the figures, "2025-01-01"
  std::string source;  // a link
  std::string note;
  // The country's names as ads write them (data/places.toml), lower case, one word each; a name
  // ending in '*' is a stem ("germani*": Germania, Germaniei). An ad naming the country is read as
  // a job there (pay-words.toml [country] says when it is not).
  std::vector<std::string> names;
  SourcePosition where;

  // The statutory minimum for a month of full-time work in the local currency, spread over 12
  // months (local_amount × PeriodsPerMonth(local_period) × payments_per_year / 12); nullopt when
  // not statutory or without local_amount.
  std::optional<double> MonthlyLocal() const;
  // Whether the table has amounts to compare pay with: a statutory minimum or an agreement's.
  bool HasFigure() const { return statutory || agreement; }
  bool operator==(const MinimumWage&) const = default;
};

// One [[exchange_rate]] of data/minimum-wages.toml: how pay in a currency compares with a minimum
// wage in another.
struct ExchangeRate {
  std::string currency;  // ISO 4217
  double per_eur = 0;    // units of `currency` for one euro
  std::string date;
  std::string source;
  SourcePosition where;
  bool operator==(const ExchangeRate&) const = default;
};

// data/minimum-wages.toml: stated pay ≥ threshold_multiple × the country's monthly minimum is "out
// of line" (J-SAL). Empty (threshold_multiple 0) when the rules directory has no such file.
struct WageTable {
  double threshold_multiple = 0;
  // Net pay is this share of gross pay: a stated net amount is divided by it before it is compared
  // with a (gross) minimum. 1 when the file does not say.
  double net_share = 1;
  std::vector<MinimumWage> wages;  // in file order, one per country
  std::vector<ExchangeRate> rates;
  std::string file;         // empty when not loaded
  std::string places_file;  // data/places.toml (the names); empty when not loaded

  // The entry of `country` (ISO 3166-1 alpha-2, any case; "EL" finds "GR", "UK" finds "GB"), or
  // nullptr when the table has none.
  const MinimumWage* Find(std::string_view country) const;
  // Units of `currency` for one euro: 1 for EUR, nullopt when the table has no rate.
  std::optional<double> PerEur(std::string_view currency) const;
  // The country's minimum for a month of full-time work in euros (monthly_eur, else the local
  // monthly amount converted); nullopt when it has none or no rate for its currency.
  std::optional<double> MonthlyEur(const MinimumWage& wage) const;
  // The multiple of `wage`'s minimum at which pay is out of line there: its own, else the table's.
  double ThresholdFor(const MinimumWage& wage) const {
    return wage.threshold_multiple.value_or(threshold_multiple);
  }
  bool operator==(const WageTable&) const = default;
};

// A currency word of data/pay-words.toml ("€", "lei", "zł"): `codes` lists every ISO 4217 code it
// is used for. The currency of where the job is is taken when it is one of them, else the site's
// own, else the first, unless the word is `ambiguous` ("kr", "крон": Danish, Norwegian, Swedish or
// Czech crowns alike): then the amount's currency stays unknown and it is compared with nothing.
struct CurrencyWord {
  std::string word;  // lower case
  std::vector<std::string> codes;
  bool ambiguous = false;
  bool operator==(const CurrencyWord&) const = default;
};

// A period word of data/pay-words.toml ("monthly", "pe lună", "/h").
struct PeriodWord {
  std::string word;  // lower case; a space stands for any run of white space
  PayPeriod period = PayPeriod::kMonth;
  std::string lang;  // ISO 639-1; empty for symbols ("any" in the file)
  bool operator==(const PeriodWord&) const = default;
};

// data/pay-words.toml: the words the pay reader of J-SAL (pay.h) reads around an amount. Every
// list is ordered longest word first (the longest match wins), ties in file order. Empty when the
// rules directory has no such file: no stated pay is then read.
struct PayWords {
  std::vector<CurrencyWord> currencies;
  std::vector<PeriodWord> after;           // a period on its own right after the amount ("monthly")
  std::vector<PeriodWord> nouns;           // after a slash or connectors ("/month", "pe lună")
  std::vector<PeriodWord> slash;           // only after a slash ("/h", "/mies.")
  std::vector<PeriodWord> before;          // before the amount ("Monatsgehalt", "salariu lunar")
  std::vector<std::string> pay_nouns;      // next to a period before the amount ("salary")
  std::vector<std::string> salary_nouns;   // right before a month's pay ("Salary from $3,500")
  std::vector<std::string> bonus;          // after "+" ("3.000 $ + Bonus")
  std::vector<std::string> before_amount;  // between those words and the amount ("netto", "od")
  std::vector<std::string> connectors;     // between the amount and a period noun ("per", "на")
  std::vector<std::string> net;
  std::vector<std::string> gross;
  std::vector<std::string> thousands;  // "тыс.", "mii"
  std::vector<std::string> cost;       // a trailing '*' is a stem ("deposit*")
  // Where the job is (J-SAL): a name right after a `from_words` word is a country of origin; one of
  // `people_names` (also the people's word: "Polen") is a place only in an `at_words` phrase of its
  // language, the word of place and the name ("in polen", "nach ungarn", "en filipinas").
  std::vector<std::string> from_words;
  // A name right after one of these (Romanian "din": "from" and "in") is where the job is only
  // when the ad names no other place of work.
  std::vector<std::string> maybe_from_words;
  // Words that join the names of a list ("und", "or", "și"): a name joined by one of them (or by a
  // comma) to a name read as an origin is an origin too ("aus Rumänien und Moldawien").
  std::vector<std::string> and_words;
  // Words that join a list only after two names or more ("uit Nepal, Marokko en Moldavië"): Dutch
  // "en" is "and", but Spanish and French "en" is "in" ("desde Rumanía en España").
  std::vector<std::string> list_and_words;
  std::vector<std::string> at_words;
  std::vector<std::string> people_names;
  // The bytes that start and end some currency word, either case (a multi-byte letter marks every
  // byte ≥ 0x80): most digit runs have no currency next to them, and this says so cheaply.
  std::array<bool, 256> currency_first{};
  std::array<bool, 256> currency_last{};
  std::string file;  // empty when not loaded
  bool operator==(const PayWords&) const = default;
};

struct RuleSet {
  std::filesystem::path directory;
  std::vector<Pack> packs;
  std::vector<Indicator> indicators;  // in pack order (file names sorted), then file order
  ScoringConfig scoring;
  WageTable wages;                  // data/minimum-wages.toml, its names from data/places.toml
  PayWords pay_words;               // data/pay-words.toml
  std::vector<MarkerList> markers;  // data/markers.toml, in file order

  // The indicator with this id, or nullptr.
  const Indicator* Find(std::string_view id) const;
  // The marker list with this name, or nullptr.
  const MarkerList* FindMarkers(std::string_view name) const;
  bool operator==(const RuleSet&) const = default;
};

struct LoadError {
  SourcePosition where;
  std::string reason;
  std::string ToString() const;  // "FILE:LINE:COLUMN: reason"
};

struct LoadReport {
  RuleSet rules;
  std::vector<LoadError> errors;  // sorted by file, line, column
  // Read back from the disk cache (flag/rules_cache.h) instead of parsed: the same rule set.
  bool from_cache = false;
  bool ok() const { return errors.empty(); }
};

// Reads and validates every pack of `directory`, its scoring.toml, data/minimum-wages.toml (an
// absent wage table is no error: J-SAL is then never raised) and data/markers.toml
// (read first: terms may use its "language" list; absent, no check and no "{language}" works).
// Regular expressions are checked with Vectorscan; each problem becomes one LoadError. Never
// throws.
LoadReport LoadRules(const std::filesystem::path& directory);

// Where the rules are: `explicit_dir` when not empty, else $ARIADNE_RULES, else
// <executable>/../share/ariadne/rules (an installed layout), else the source tree's rules/ folder
// compiled into the binary. NotFound (with every place tried) when none is a directory.
Result<std::filesystem::path> FindRulesDirectory(const std::string& explicit_dir);

}  // namespace ariadne::flag
