// Reading rules/scoring.toml (see scoring_loader.h).
#include "flag/scoring_loader.h"

#include <fmt/format.h>

namespace ariadne::flag {
namespace {

const std::initializer_list<std::pair<std::string_view, Family>> kFamilies = {
    {"NET", Family::kNet}, {"CTL", Family::kCtl}, {"AUT", Family::kAut}, {"DEC", Family::kDec},
    {"EXP", Family::kExp}, {"OBF", Family::kObf}, {"INF", Family::kInf}};
const std::initializer_list<std::pair<std::string_view, Tier>> kTiers = {
    {"T0", Tier::kT0}, {"T1", Tier::kT1}, {"T2", Tier::kT2}, {"T3", Tier::kT3}};

// An integer in [low, high], reported at its value when outside.
int Bounded(TomlReader& reader, const toml::table& table, std::string_view key,
            const SourcePosition& owner, int low, int high) {
  const auto value = reader.Integer(table, key, owner, true);
  if (!value) return low;
  if (*value < low || *value > high) {
    reader.Error(reader.At(*table.get(key)),
                 fmt::format("\"{}\" must be between {} and {}", key, low, high));
    return low;
  }
  return static_cast<int>(*value);
}

const toml::table* Subtable(TomlReader& reader, const toml::table& table, std::string_view key,
                            const SourcePosition& owner) {
  const toml::node* node = table.get(key);
  if (node == nullptr) {
    reader.Error(owner, fmt::format("missing table \"{}\"", key));
    return nullptr;
  }
  if (!node->is_table()) {
    reader.Error(reader.At(*node), fmt::format("\"{}\" must be a table", key));
    return nullptr;
  }
  return node->as_table();
}

void ReadTierWeights(TomlReader& reader, const toml::table& root, ScoringConfig& config) {
  const toml::table* weights = Subtable(reader, root, "tier_weights", config.where);
  if (weights == nullptr) return;
  reader.CheckKeys(*weights, {"T0", "T1", "T2", "T3"}, "tier_weights");
  const SourcePosition at = reader.At(*root.get("tier_weights"));
  config.tier_points[0] = Bounded(reader, *weights, "T0", at, 0, 0);  // T0 is never scored (R4)
  for (int tier = 1; tier <= 3; ++tier) {
    config.tier_points[tier] = Bounded(reader, *weights, fmt::format("T{}", tier), at, 0, 100);
  }
}

// "NET" (any tier) or "DEC:T2" (that family at that tier or higher).
std::optional<FamilyCondition> ParseCondition(std::string_view text) {
  const size_t colon = text.find(':');
  const std::string_view family = text.substr(0, colon);
  FamilyCondition c;
  bool found = false;
  for (const auto& [name, f] : kFamilies) {
    if (name == family) c.family = f, found = true;
  }
  if (!found) return std::nullopt;
  if (colon == std::string_view::npos) return c;
  for (const auto& [name, t] : kTiers) {
    if (name == text.substr(colon + 1)) {
      c.min_tier = t;
      return c;
    }
  }
  return std::nullopt;
}

std::vector<FamilyCondition> ReadConditions(TomlReader& reader, const toml::table& bands,
                                            std::string_view key, const SourcePosition& owner) {
  std::vector<FamilyCondition> conditions;
  if (bands.get(key) == nullptr) {
    reader.Error(owner, fmt::format("missing key \"{}\" (e.g. [\"NET\", \"DEC:T2\"])", key));
  }
  for (const PositionedString& entry : reader.StringArray(bands, key)) {
    if (const auto c = ParseCondition(entry.value)) {
      conditions.push_back(*c);
    } else {
      reader.Error(entry.where, fmt::format("\"{}\" is not a family (NET, CTL, AUT, DEC, EXP, "
                                            "OBF, INF) or FAMILY:TIER like \"DEC:T2\"",
                                            entry.value));
    }
  }
  return conditions;
}

void ReadBands(TomlReader& reader, const toml::table& root, ScoringConfig& config) {
  const toml::table* bands = Subtable(reader, root, "bands", config.where);
  if (bands == nullptr) return;
  reader.CheckKeys(
      *bands,
      {"medium", "high", "high_requires_families", "high_requires_sex", "high_requires_labour"},
      "bands");
  const SourcePosition at = reader.At(*root.get("bands"));
  config.medium = Bounded(reader, *bands, "medium", at, 1, 100);
  config.high = Bounded(reader, *bands, "high", at, 1, 100);
  if (config.high <= config.medium && bands->get("high") != nullptr) {
    reader.Error(reader.At(*bands->get("high")), "\"high\" must be above \"medium\"");
  }
  config.high_min_families = Bounded(reader, *bands, "high_requires_families", at, 1, 6);
  config.high_sex = ReadConditions(reader, *bands, "high_requires_sex", at);
  config.high_labour = ReadConditions(reader, *bands, "high_requires_labour", at);
}

void ReadIdLists(TomlReader& reader, const toml::table& root, ScoringConfig& config,
                 std::vector<PositionedString>& referenced_ids) {
  if (root.get("allow") == nullptr) {
    reader.Error(config.where, "missing key \"allow\" (the allow-list of scored ids, rule R2)");
  }
  for (PositionedString& id : reader.StringArray(root, "allow")) {
    config.scored.push_back(id.value);
    referenced_ids.push_back(std::move(id));
  }
  for (PositionedString& id : reader.StringArray(root, "fraud")) {
    config.fraud.push_back(id);
    referenced_ids.push_back(std::move(id));
  }
}

}  // namespace

void ReadScoring(const std::filesystem::path& file, RuleSet& rules, std::vector<LoadError>& errors,
                 std::vector<PositionedString>& referenced_ids) {
  TomlReader reader(file.string(), errors);
  std::error_code ec;
  if (!std::filesystem::exists(file, ec)) {
    reader.Error(reader.FileStart(),
                 "missing: a rules directory needs scoring.toml (weights, allow-list, bands)");
    return;
  }
  const std::optional<toml::table> root = reader.Parse();
  if (!root) return;
  ScoringConfig& config = rules.scoring;
  config.where = reader.FileStart();
  reader.CheckKeys(*root, {"t1_cap", "allow", "fraud", "tier_weights", "bands"}, "scoring.toml");
  config.t1_cap = Bounded(reader, *root, "t1_cap", config.where, 0, 100);
  ReadIdLists(reader, *root, config, referenced_ids);
  ReadTierWeights(reader, *root, config);
  ReadBands(reader, *root, config);
}

}  // namespace ariadne::flag
