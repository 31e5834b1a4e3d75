// Loading and validating rule packs (docs/formats/rule-packs.md) and scoring.toml.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>
#include <tuple>

#include "flag/checks.h"
#include "flag/markers_loader.h"
#include "flag/patterns.h"
#include "flag/pay_words_loader.h"
#include "flag/places_loader.h"
#include "flag/protected_terms.h"
#include "flag/rules.h"
#include "flag/rules_cache.h"
#include "flag/scoring_loader.h"
#include "flag/toml_reader.h"
#include "flag/wages_loader.h"
#include "vectorscan/database_cache.h"

namespace ariadne::flag {
namespace {

// The languages of indicators.md (ISO 639-1).
constexpr std::string_view kLanguages[] = {"en", "de", "fr", "nl", "ro", "bg",
                                           "es", "it", "pl", "ru", "uk"};

const std::initializer_list<std::pair<std::string_view, Family>> kFamilies = {
    {"NET", Family::kNet}, {"CTL", Family::kCtl}, {"AUT", Family::kAut}, {"DEC", Family::kDec},
    {"EXP", Family::kExp}, {"OBF", Family::kObf}, {"INF", Family::kInf}};
const std::initializer_list<std::pair<std::string_view, Tier>> kTiers = {
    {"T0", Tier::kT0}, {"T1", Tier::kT1}, {"T2", Tier::kT2}, {"T3", Tier::kT3}};

// Ids referenced before every pack is read (only_with, scored, points): resolved at the end.
struct Reference {
  PositionedString id;
  std::string what;  // "only_with", "scored", "points"
};

struct LoadState {
  RuleSet& rules;
  std::vector<LoadError>& errors;
  std::vector<Reference> references;
};

bool IsKnownLanguage(std::string_view lang) {
  return std::find(std::begin(kLanguages), std::end(kLanguages), lang) != std::end(kLanguages);
}

std::string KnownLanguages() {
  std::string list;
  for (std::string_view l : kLanguages) list += (list.empty() ? "" : ", ") + std::string(l);
  return list;
}

bool IsWellFormedId(std::string_view id) {
  const size_t dash = id.find('-');
  if (dash == 0 || dash == std::string_view::npos || dash + 1 == id.size()) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
  });
}

void CheckLanguage(TomlReader& reader, const toml::table& table, const std::string& lang) {
  if (IsKnownLanguage(lang)) return;
  reader.Error(reader.At(*table.get("lang")),
               fmt::format("unknown lang \"{}\" (one of: {})", lang, KnownLanguages()));
}

// The pattern half of a term: exactly one of phrase and regex, accepted by Vectorscan, and no
// protected-attribute word (rule R2). "{language}" in a regex stands for the names of languages
// (data/markers.toml): checked before it is expanded, so the term itself never names one.
void ReadTermPattern(TomlReader& reader, const toml::table& table,
                     const std::vector<MarkerList>& markers, Term& term) {
  const auto phrase = reader.String(table, "phrase", term.where, false);
  const auto regex = reader.String(table, "regex", term.where, false);
  if (phrase.has_value() == regex.has_value()) {
    reader.Error(term.where, phrase ? "a term has both \"phrase\" and \"regex\": keep one"
                                    : "a term needs a \"phrase\" or a \"regex\"");
    return;
  }
  term.phrase = phrase.value_or("");
  term.regex = regex.value_or("");
  const SourcePosition at = reader.At(*table.get(phrase ? "phrase" : "regex"));
  bool no_languages = false;
  if (const std::string expanded =
          ExpandLanguagePlaceholder(term.regex, term.lang, markers, &no_languages);
      expanded != term.regex) {
    term.expanded_regex = expanded;
  }
  if (no_languages) {
    reader.Error(at, fmt::format("\"{{language}}\" needs names of languages in \"{}\" (the "
                                 "\"language\" list of data/markers.toml)",
                                 term.lang));
  }
  if (const std::string problem = PatternProblem(BuildPattern(term), &term.max_width);
      !problem.empty()) {
    reader.Error(
        at, fmt::format("Vectorscan rejects the {}: {}", phrase ? "phrase" : "regex", problem));
  }
  if (const std::string problem = WordBoundaryProblem(term.regex); !problem.empty()) {
    reader.Error(at, problem);
  }
  if (const auto word = FindProtectedWord(term)) {
    reader.Error(at, fmt::format("the term contains \"{}\", a {} word: protected attributes are "
                                 "never scored (rule R2); phrase the indicator without it",
                                 word->word, word->attribute));
  }
}

Term ReadTerm(TomlReader& reader, const toml::node& node, const Pack& pack,
              const std::vector<MarkerList>& markers) {
  Term term;
  term.where = reader.At(node);
  if (!node.is_table()) {
    reader.Error(term.where, "a term must be an inline table { lang = ..., phrase = ... }");
    return term;
  }
  const toml::table& table = *node.as_table();
  reader.CheckKeys(table, {"lang", "phrase", "regex", "status", "source", "reviewer", "added"},
                   "a term");
  term.lang = reader.String(table, "lang", term.where, true).value_or("");
  if (!term.lang.empty()) CheckLanguage(reader, table, term.lang);
  ReadTermPattern(reader, table, markers, term);
  const auto candidate = reader.OneOf<bool>(table, "status", term.where, true,
                                            {{"sourced", false}, {"candidate", true}});
  term.candidate = candidate.value_or(false);
  term.source = reader.String(table, "source", term.where, false).value_or("");
  term.reviewer = reader.String(table, "reviewer", term.where, false).value_or("");
  term.added = reader.String(table, "added", term.where, false).value_or("");
  if (candidate == false && term.source.empty() && table.get("source") == nullptr) {
    reader.Error(term.where, "a \"sourced\" term needs \"source\" (a key of [sources])");
  } else if (!term.source.empty() && pack.SourceLink(term.source).empty()) {
    reader.Error(reader.At(*table.get("source")),
                 fmt::format("undefined source \"{}\": add it to [sources]", term.source));
  }
  return term;
}

void ReadIdentity(TomlReader& reader, const toml::table& table, Indicator& indicator) {
  const auto id = reader.String(table, "id", indicator.where, true);
  indicator.id = id.value_or("");
  if (id && !IsWellFormedId(*id)) {
    reader.Error(reader.At(*table.get("id")),
                 fmt::format("id \"{}\" is not like \"J-FEE\" (upper case, a dash)", *id));
  } else if (id && id->rfind("X-", 0) == 0) {
    reader.Error(reader.At(*table.get("id")),
                 fmt::format("\"{}\" is a protected attribute of table 2G, never an indicator "
                             "(rule R2)",
                             *id));
  }
  const auto revision = reader.Integer(table, "revision", indicator.where, true);
  if (revision && *revision < 1) {
    reader.Error(reader.At(*table.get("revision")), "revision must be 1 or more");
  }
  indicator.revision = static_cast<int>(revision.value_or(1));
  indicator.family =
      reader.OneOf(table, "family", indicator.where, true, kFamilies).value_or(Family::kInf);
  indicator.tier = reader.OneOf(table, "tier", indicator.where, true, kTiers).value_or(Tier::kT0);
  indicator.category =
      reader
          .OneOf<Category>(table, "category", indicator.where, false,
                           {{"trafficking", Category::kTrafficking}, {"fraud", Category::kFraud}})
          .value_or(Category::kTrafficking);
}

void ReadTexts(TomlReader& reader, const toml::table& table, Indicator& indicator) {
  indicator.title = reader.String(table, "title", indicator.where, true).value_or("");
  indicator.definition = reader.String(table, "definition", indicator.where, true).value_or("");
  indicator.why = reader.String(table, "why", indicator.where, true).value_or("");
  indicator.false_positives =
      reader.String(table, "false_positives", indicator.where, true).value_or("");
  for (auto& [lang, text] : reader.StringTable(table, "advice")) {
    if (!IsKnownLanguage(lang.value)) {
      reader.Error(lang.where,
                   fmt::format("unknown lang \"{}\" (one of: {})", lang.value, KnownLanguages()));
    }
    indicator.advice.emplace_back(lang.value, text.value);
  }
}

void ReadLinks(TomlReader& reader, const toml::table& table, const Pack& pack, Indicator& indicator,
               LoadState& state) {
  if (table.get("sources") == nullptr) {
    reader.Error(indicator.where, "missing key \"sources\" (an array of [sources] keys)");
  }
  for (PositionedString& source : reader.StringArray(table, "sources")) {
    if (pack.SourceLink(source.value).empty()) {
      reader.Error(source.where,
                   fmt::format("undefined source \"{}\": add it to [sources]", source.value));
    }
    indicator.sources.push_back(source.value);
  }
  for (PositionedString& other : reader.StringArray(table, "only_with")) {
    indicator.only_with.push_back(other.value);
    state.references.push_back({std::move(other), "only_with"});
  }
}

// `check`: a computed check of checks.h whose marker lists data/markers.toml defines.
void ReadCheck(TomlReader& reader, const toml::table& table, const std::vector<MarkerList>& markers,
               Indicator& indicator) {
  indicator.check = reader.String(table, "check", indicator.where, false).value_or("");
  if (indicator.check.empty()) return;
  const SourcePosition at = reader.At(*table.get("check"));
  const CheckInfo* check = FindCheck(indicator.check);
  if (check == nullptr) {
    reader.Error(at,
                 fmt::format("unknown check \"{}\" (one of: {})", indicator.check, KnownChecks()));
    return;
  }
  if (indicator.structural) {
    reader.Error(at, "a structural indicator is computed from the case: no check");
  }
  for (std::string_view list : check->lists) {
    const bool defined = std::any_of(markers.begin(), markers.end(),
                                     [&](const MarkerList& m) { return m.name == list; });
    if (!defined) {
      reader.Error(at, fmt::format("check \"{}\" reads the marker list \"{}\": define it in "
                                   "data/markers.toml",
                                   indicator.check, list));
    }
  }
}

bool DefinesMarkerList(const std::vector<MarkerList>& markers, std::string_view name) {
  return std::any_of(markers.begin(), markers.end(),
                     [&](const MarkerList& m) { return m.name == name; });
}

// A `near` word distance beyond this is no longer "close together": two words that far apart in
// one clause are as good as anywhere in the ad.
constexpr int64_t kMaxNearWords = 20;

NearCheck ReadNearEntry(TomlReader& reader, const toml::node& node,
                        const std::vector<MarkerList>& markers) {
  NearCheck near;
  near.where = reader.At(node);
  if (!node.is_table()) {
    reader.Error(near.where, "a near must be an inline table { first = ..., second = ..., ... }");
    return near;
  }
  const toml::table& table = *node.as_table();
  reader.CheckKeys(table, {"first", "second", "words", "within", "order", "why"}, "a near");
  for (auto [key, list] : {std::pair{"first", &near.first}, std::pair{"second", &near.second}}) {
    *list = reader.String(table, key, near.where, true).value_or("");
    if (!list->empty() && !DefinesMarkerList(markers, *list)) {
      reader.Error(reader.At(*table.get(key)),
                   fmt::format("near names the marker list \"{}\": define it in "
                               "data/markers.toml",
                               *list));
    }
  }
  const auto words = reader.Integer(table, "words", near.where, true);
  if (words && (*words < 0 || *words > kMaxNearWords)) {
    reader.Error(
        reader.At(*table.get("words")),
        fmt::format("words must be from 0 to {} (the words between the two hits)", kMaxNearWords));
  }
  near.words = static_cast<int>(words.value_or(0));
  near.sentence =
      reader.OneOf<bool>(table, "within", near.where, true, {{"clause", false}, {"sentence", true}})
          .value_or(false);
  near.either_order = reader
                          .OneOf<bool>(table, "order", near.where, true,
                                       {{"either", true}, {"first-then-second", false}})
                          .value_or(true);
  near.why = reader.String(table, "why", near.where, true).value_or("");
  if (table.get("why") != nullptr && near.why.empty()) {
    reader.Error(reader.At(*table.get("why")), "why must say what the pair means");
  }
  return near;
}

// `near`: pairs of marker lists close together, each list defined in data/markers.toml.
void ReadNear(TomlReader& reader, const toml::table& table, const std::vector<MarkerList>& markers,
              Indicator& indicator) {
  const toml::node* near = table.get("near");
  if (near == nullptr) return;
  if (!near->is_array() || near->as_array()->empty()) {
    reader.Error(reader.At(*near), "\"near\" must be a non-empty array of inline tables");
    return;
  }
  if (indicator.structural) {
    reader.Error(reader.At(*near), "a structural indicator is computed from the case: no near");
  }
  for (const toml::node& node : *near->as_array()) {
    indicator.near.push_back(ReadNearEntry(reader, node, markers));
  }
}

// `unless`: a marker list data/markers.toml defines, whose hit cancels the flag (terms, check
// or pairs).
void ReadUnless(TomlReader& reader, const toml::table& table,
                const std::vector<MarkerList>& markers, Indicator& indicator) {
  indicator.unless = reader.String(table, "unless", indicator.where, false).value_or("");
  if (indicator.unless.empty()) return;
  const SourcePosition at = reader.At(*table.get("unless"));
  const bool defined = std::any_of(markers.begin(), markers.end(),
                                   [&](const MarkerList& m) { return m.name == indicator.unless; });
  if (!defined) {
    reader.Error(at, fmt::format("unless names the marker list \"{}\": define it in "
                                 "data/markers.toml",
                                 indicator.unless));
  }
}

void ReadTerms(TomlReader& reader, const toml::table& table, const Pack& pack,
               const std::vector<MarkerList>& markers, Indicator& indicator) {
  indicator.structural = reader.Boolean(table, "structural").value_or(false);
  const toml::node* terms = table.get("terms");
  if (terms == nullptr) return;
  if (!terms->is_array()) {
    reader.Error(reader.At(*terms), "\"terms\" must be an array of inline tables");
    return;
  }
  if (indicator.structural && !terms->as_array()->empty()) {
    reader.Error(reader.At(*terms), "a structural indicator is computed from the case: no terms");
  }
  for (const toml::node& node : *terms->as_array()) {
    indicator.terms.push_back(ReadTerm(reader, node, pack, markers));
  }
}

void ReadIndicator(TomlReader& reader, const toml::node& node, size_t pack_index,
                   LoadState& state) {
  Indicator indicator;
  indicator.where = reader.At(node);
  indicator.pack = pack_index;
  if (!node.is_table()) {
    reader.Error(indicator.where, "an indicator must be a table ([[indicator]])");
    return;
  }
  const toml::table& table = *node.as_table();
  reader.CheckKeys(table,
                   {"id", "revision", "family", "tier", "category", "title", "definition", "why",
                    "false_positives", "sources", "structural", "only_with", "advice", "terms",
                    "check", "near", "unless"},
                   "an indicator");
  const Pack& pack = state.rules.packs[pack_index];
  ReadIdentity(reader, table, indicator);
  ReadTexts(reader, table, indicator);
  ReadLinks(reader, table, pack, indicator, state);
  ReadTerms(reader, table, pack, state.rules.markers, indicator);
  ReadCheck(reader, table, state.rules.markers, indicator);
  ReadNear(reader, table, state.rules.markers, indicator);
  ReadUnless(reader, table, state.rules.markers, indicator);
  state.rules.indicators.push_back(std::move(indicator));
}

void ReadPackHeader(TomlReader& reader, const toml::table& root, const std::string& stem,
                    Pack& pack) {
  reader.CheckKeys(root, {"pack", "applies_to", "sources", "indicator"}, "a pack");
  const SourcePosition start = reader.FileStart();
  pack.name = reader.String(root, "pack", start, true).value_or("");
  if (root.get("pack") != nullptr && root.get("pack")->is_string() && pack.name != stem) {
    reader.Error(reader.At(*root.get("pack")),
                 fmt::format("pack \"{}\" must be in a file named {}.toml", pack.name, pack.name));
  }
  pack.applies_to =
      reader
          .OneOf<AppliesTo>(
              root, "applies_to", start, true,
              {{"labour", AppliesTo::kLabour}, {"sex", AppliesTo::kSex}, {"any", AppliesTo::kAny}})
          .value_or(AppliesTo::kAny);
  for (auto& [key, link] : reader.StringTable(root, "sources")) {
    pack.sources.emplace_back(key.value, link.value);
  }
}

void ReadPack(const std::filesystem::path& file, LoadState& state) {
  TomlReader reader(file.string(), state.errors);
  const std::optional<toml::table> root = reader.Parse();
  if (!root) return;
  Pack pack;
  pack.file = file.string();
  ReadPackHeader(reader, *root, file.stem().string(), pack);
  state.rules.packs.push_back(std::move(pack));
  const toml::node* indicators = root->get("indicator");
  if (indicators == nullptr) return;
  if (!indicators->is_array()) {
    reader.Error(reader.At(*indicators),
                 "\"indicator\" must be an array of tables ([[indicator]])");
    return;
  }
  for (const toml::node& node : *indicators->as_array()) {
    ReadIndicator(reader, node, state.rules.packs.size() - 1, state);
  }
}

void CheckDuplicateIds(LoadState& state) {
  std::map<std::string, SourcePosition> first;
  for (const Indicator& indicator : state.rules.indicators) {
    if (indicator.id.empty()) continue;
    const auto [it, inserted] = first.emplace(indicator.id, indicator.where);
    if (!inserted) {
      const SourcePosition& f = it->second;
      state.errors.push_back(
          {indicator.where, fmt::format("duplicate id \"{}\" (first at {}:{}:{})", indicator.id,
                                        f.file, f.line, f.column)});
    }
  }
}

// data/markers.toml may define the lists the checks read, the lists a `near` or an `unless`
// names, and masks: a list nothing reads is a misspelt name or a forgotten one.
void CheckMarkerNames(LoadState& state) {
  for (const MarkerList& list : state.rules.markers) {
    if (list.name.empty() || list.mask || IsKnownMarker(list.name)) continue;
    const bool near = std::any_of(
        state.rules.indicators.begin(), state.rules.indicators.end(), [&](const Indicator& i) {
          return i.unless == list.name ||
                 std::any_of(i.near.begin(), i.near.end(), [&](const NearCheck& n) {
                   return n.first == list.name || n.second == list.name;
                 });
        });
    if (!near) {
      state.errors.push_back(
          {list.name_where,
           fmt::format("unknown marker list \"{}\": no check reads it and no near or unless "
                       "of a pack names it (the checks read: {})",
                       list.name, KnownMarkers())});
    }
  }
}

void CheckReferences(LoadState& state) {
  for (const Reference& ref : state.references) {
    if (state.rules.Find(ref.id.value) == nullptr) {
      state.errors.push_back({ref.id.where, fmt::format("{} names \"{}\", which no pack defines",
                                                        ref.what, ref.id.value)});
    }
  }
}

// scoring.toml's `fraud` list and the packs' `category = "fraud"` must agree (rule R11).
void CheckFraudList(LoadState& state) {
  const ScoringConfig& scoring = state.rules.scoring;
  for (const PositionedString& id : scoring.fraud) {
    const Indicator* indicator = state.rules.Find(id.value);
    if (indicator != nullptr && indicator->category != Category::kFraud) {
      state.errors.push_back({id.where, fmt::format("\"{}\" is listed as fraud but its pack does "
                                                    "not say category = \"fraud\"",
                                                    id.value)});
    }
  }
  if (scoring.where.file.empty()) return;  // scoring.toml missing or broken: reported already
  for (const Indicator& indicator : state.rules.indicators) {
    const bool listed =
        std::any_of(scoring.fraud.begin(), scoring.fraud.end(),
                    [&](const PositionedString& f) { return f.value == indicator.id; });
    if (indicator.category == Category::kFraud && !listed) {
      state.errors.push_back(
          {indicator.where, fmt::format("\"{}\" has category = \"fraud\" but is not in "
                                        "scoring.toml's fraud list",
                                        indicator.id)});
    }
  }
}

std::vector<std::filesystem::path> PackFiles(const std::filesystem::path& directory) {
  std::vector<std::filesystem::path> files;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(directory, ec)) {
    const auto& path = entry.path();
    if (entry.is_regular_file(ec) && path.extension() == ".toml" &&
        path.filename() != "scoring.toml") {
      files.push_back(path);
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

// Every file LoadFromFiles reads (see LoadRules), for the cache key.
std::vector<std::filesystem::path> FilesRead(const std::filesystem::path& directory) {
  std::vector<std::filesystem::path> files = PackFiles(directory);
  files.push_back(directory / "scoring.toml");
  for (const char* name : {"markers.toml", "minimum-wages.toml", "places.toml", "pay-words.toml"}) {
    files.push_back(directory / "data" / name);
  }
  return files;
}

LoadReport LoadFromFiles(const std::filesystem::path& directory) {
  LoadReport report;
  report.rules.directory = directory;
  LoadState state{report.rules, report.errors, {}};
  std::error_code ec;
  if (!std::filesystem::is_directory(directory, ec)) {
    report.errors.push_back(
        {{directory.string(), 1, 1}, "not a directory: pass --rules DIR or set ARIADNE_RULES"});
    return report;
  }
  ReadMarkers(directory / "data" / "markers.toml", report.rules.markers, report.errors);
  const auto files = PackFiles(directory);
  if (files.empty()) {
    report.errors.push_back({{directory.string(), 1, 1}, "no rule packs (*.toml) here"});
  }
  for (const auto& file : files) ReadPack(file, state);
  std::vector<PositionedString> scored_ids;
  ReadScoring(directory / "scoring.toml", report.rules, report.errors, scored_ids);
  for (PositionedString& id : scored_ids) state.references.push_back({std::move(id), "scoring"});
  ReadWageTable(directory / "data" / "minimum-wages.toml", report.rules.wages, report.errors);
  ReadPlaces(directory / "data" / "places.toml", report.rules.wages, report.errors);
  ReadPayWords(directory / "data" / "pay-words.toml", report.rules.pay_words, report.errors);
  CheckDuplicateIds(state);
  CheckReferences(state);
  CheckMarkerNames(state);
  CheckFraudList(state);
  std::stable_sort(report.errors.begin(), report.errors.end(),
                   [](const LoadError& a, const LoadError& b) {
                     return std::tie(a.where.file, a.where.line, a.where.column) <
                            std::tie(b.where.file, b.where.line, b.where.column);
                   });
  SavePatternChecks();  // the next run reads the answers instead of asking Vectorscan again
  return report;
}

}  // namespace

// A rule set that loaded without an error comes from the disk cache when the files' bytes, the
// program and Vectorscan are those it was stored with (rules_cache.h); a rule set with errors is
// parsed every time, so that its errors are reported.
LoadReport LoadRules(const std::filesystem::path& directory) {
  std::error_code ec;
  const bool cached =
      !vectorscan::CacheDirectory().empty() && std::filesystem::is_directory(directory, ec);
  const std::string key = cached ? RulesCacheKey(directory, FilesRead(directory)) : "";
  if (!key.empty()) {
    if (std::optional<RuleSet> rules = LoadCachedRules(key)) {
      LoadReport report;
      report.rules = std::move(*rules);
      report.from_cache = true;
      return report;
    }
  }
  LoadReport report = LoadFromFiles(directory);
  // Stored only when no file changed while it was parsed (the key names the bytes read).
  if (!key.empty() && report.ok() && RulesCacheKey(directory, FilesRead(directory)) == key) {
    StoreCachedRules(key, report.rules);
  }
  return report;
}

}  // namespace ariadne::flag
