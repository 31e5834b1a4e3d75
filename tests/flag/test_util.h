// Helpers for the flag tests: the fixture rules, a flagger over them, and a minimal valid pack to
// break in loader tests.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "flag/flag.h"
#include "support/test_paths.h"

namespace ariadne::flag::testing {

inline std::filesystem::path FixtureRules() {
  return std::filesystem::path(ARIADNE_SOURCE_DIR) / "tests/flag/testdata/rules";
}

inline std::shared_ptr<const RuleSet> LoadOrFail(const std::filesystem::path& dir) {
  LoadReport report = LoadRules(dir);
  for (const LoadError& e : report.errors) ADD_FAILURE() << e.ToString();
  return std::make_shared<const RuleSet>(std::move(report.rules));
}

// The report's errors as "file:line:column: reason" with `dir` taken off the front, so that a test
// compares them with what the analyst reads beside the pack.
inline std::vector<std::string> ErrorsRelativeTo(const LoadReport& report,
                                                 const std::filesystem::path& dir) {
  const std::string prefix = dir.string() + "/";
  std::vector<std::string> errors;
  for (const LoadError& e : report.errors) {
    std::string line = e.ToString();
    if (line.rfind(prefix, 0) == 0) line.erase(0, prefix.size());
    errors.push_back(std::move(line));
  }
  return errors;
}

inline std::unique_ptr<Flagger> MakeFlagger(std::shared_ptr<const RuleSet> rules,
                                            bool candidates = false) {
  auto created = Flagger::Create(std::move(rules), FlagOptions{.candidates = candidates});
  EXPECT_TRUE(created.ok()) << created.status().message();
  return created.ok() ? std::move(created.value()) : nullptr;
}

// One flagger over the fixture per candidate setting, shared by the tests of a binary.
inline const Flagger& FixtureFlagger(bool candidates = false) {
  static const std::shared_ptr<const RuleSet> rules = LoadOrFail(FixtureRules());
  static const std::unique_ptr<Flagger> without = MakeFlagger(rules, false);
  static const std::unique_ptr<Flagger> with = MakeFlagger(rules, true);
  return candidates ? *with : *without;
}

// The rule packs the project ships (rules/).
inline std::filesystem::path ShippedRules() {
  return std::filesystem::path(ARIADNE_SOURCE_DIR) / "rules";
}

// The shipped packs, loaded once per test binary.
inline const std::shared_ptr<const RuleSet>& ShippedRuleSet() {
  static const std::shared_ptr<const RuleSet> rules = LoadOrFail(ShippedRules());
  return rules;
}

// One flagger over the shipped packs per candidate setting, shared by the tests of a binary.
inline const Flagger& ShippedFlagger(bool candidates) {
  static const std::shared_ptr<const RuleSet>& rules = ShippedRuleSet();
  static const std::unique_ptr<Flagger> without = MakeFlagger(rules, false);
  static const std::unique_ptr<Flagger> with = MakeFlagger(rules, true);
  return candidates ? *with : *without;
}

inline std::vector<std::string> FlagIds(const Assessment& a) {
  std::vector<std::string> ids;
  for (const RaisedFlag& f : a.flags) ids.push_back(f.indicator->id);
  return ids;
}

inline const RaisedFlag* FindFlag(const Assessment& a, std::string_view id) {
  for (const RaisedFlag& f : a.flags) {
    if (f.indicator->id == id) return &f;
  }
  return nullptr;
}

// A valid pack of one indicator and one term (line numbers are used by the loader tests:
// [[indicator]] is line 5, family line 8, tier line 9, the term line 16).
inline constexpr const char* kMinimalPack =
    "pack = \"p\"\n"
    "applies_to = \"labour\"\n"
    "[sources]\n"
    "kb = \"https://example.org/kb\"\n"
    "[[indicator]]\n"
    "id = \"J-FEE\"\n"
    "revision = 1\n"
    "family = \"EXP\"\n"
    "tier = \"T3\"\n"
    "title = \"t\"\n"
    "definition = \"d\"\n"
    "why = \"asks for a fee\"\n"
    "false_positives = \"f\"\n"
    "sources = [\"kb\"]\n"
    "terms = [\n"
    "  { lang = \"en\", phrase = \"processing fee\", status = \"sourced\", source = \"kb\" },\n"
    "]\n";

inline constexpr const char* kMinimalScoring =
    "t1_cap = 8\n"
    "allow = [\"J-FEE\"]\n"
    "fraud = []\n"
    "[tier_weights]\n"
    "T0 = 0\n"
    "T1 = 5\n"
    "T2 = 20\n"
    "T3 = 35\n"
    "[bands]\n"
    "medium = 30\n"
    "high = 60\n"
    "high_requires_families = 2\n"
    "high_requires_sex = [\"CTL\"]\n"
    "high_requires_labour = [\"DEC:T2\"]\n";

// `text` with the first `from` replaced by `to` (the test fails when `from` is absent).
inline std::string Replace(std::string text, std::string_view from, std::string_view to) {
  const size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

}  // namespace ariadne::flag::testing
