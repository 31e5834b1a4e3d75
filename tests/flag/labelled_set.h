// A labelled set of ads for the rule packs' quality tests (heldout_quality_test.cpp: the
// development set; blind_quality_test.cpp: the blind set): the JSON-lines format, and one
// measurement that prints misses, false positives and per-indicator and per-language tables and
// checks the two rules (counterfactual invariance R2; benign ads score 0, R4).
//
// A line: {"id", "text", "kind": "labour"|"sex", "lang", "region", "expected": [indicator ids
// the ad expresses, T0 included], "variant_of": id of the original (a counterfactual: it must get
// exactly the same flags and scores), "variant_kind" (optional: "safety" or "touring" for a variant
// that adds screening or touring words, which may add T0 flags but must not raise a score; any
// other kind, or none, swaps or adds nationality, ethnicity, religion or gender words), "benign":
// true (must score 0)}.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "flag/test_util.h"
#include "support/test_paths.h"

namespace ariadne::flag::testing {

struct LabelledAd {
  std::string id;
  std::string text;
  std::string kind;
  std::string lang;
  std::string region;
  std::set<std::string> expected;
  std::string variant_of;
  std::string variant_kind;
  bool benign = false;

  // A variant that adds safety practices or touring words (rule R4) rather than swapping
  // protected attributes (rule R2).
  bool AddsSafetyOrTouring() const { return variant_kind == "safety" || variant_kind == "touring"; }
};

// The labelled ads of tests/flag/data/`file`, one JSON object per line; a bad line is a test
// failure.
inline std::vector<LabelledAd> LoadLabelledSet(const std::string& file) {
  const auto path = std::filesystem::path(ARIADNE_SOURCE_DIR) / "tests/flag/data" / file;
  std::ifstream in(path);
  EXPECT_TRUE(in) << "cannot read " << path;
  std::vector<LabelledAd> ads;
  std::string line;
  int line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    if (line.empty()) continue;
    const auto j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) {
      ADD_FAILURE() << path.string() << ":" << line_number << ": not a JSON object";
      continue;
    }
    LabelledAd ad;
    ad.id = j.at("id");
    ad.text = j.at("text");
    ad.kind = j.at("kind");
    ad.lang = j.at("lang");
    ad.region = j.value("region", "");
    for (const auto& id : j.at("expected")) ad.expected.insert(id.get<std::string>());
    ad.variant_of = j.value("variant_of", "");
    ad.variant_kind = j.value("variant_kind", "");
    ad.benign = j.value("benign", false);
    ads.push_back(std::move(ad));
  }
  return ads;
}

// The ids of the flags that count towards this assessment's score: all but T0, and but those scored
// only together with another indicator (`only_with`) when none of those is raised here (A-STOCK
// counts only with network evidence, because hiding one's face is a safety practice). A safety
// variant may add flags that do not count (rule R4); KeepsInvariance also checks that no score
// rises.
inline std::vector<std::string> ScorableFlagIds(const Assessment& a) {
  std::set<std::string> raised;
  for (const RaisedFlag& f : a.flags) raised.insert(f.indicator->id);
  std::vector<std::string> ids;
  for (const RaisedFlag& f : a.flags) {
    if (f.indicator->tier == Tier::kT0) continue;
    const std::vector<std::string>& needs = f.indicator->only_with;
    const bool counts =
        needs.empty() || std::any_of(needs.begin(), needs.end(),
                                     [&](const auto& id) { return raised.count(id) > 0; });
    if (counts) ids.push_back(f.indicator->id);
  }
  return ids;
}

// Whether `variant` keeps the rules against its original's assessment: a swap of protected
// attributes (R2) changes no flag and no score; added safety practices or touring words (R4) may
// add only T0 flags and flags that do not count without other evidence, and raise neither score.
inline bool KeepsInvariance(const LabelledAd& variant_ad, const Assessment& original,
                            const Assessment& variant) {
  if (!variant_ad.AddsSafetyOrTouring()) {
    return FlagIds(original) == FlagIds(variant) && original.score.score == variant.score.score &&
           original.fraud_risk.score == variant.fraud_risk.score;
  }
  return ScorableFlagIds(original) == ScorableFlagIds(variant) &&
         variant.score.score <= original.score.score &&
         variant.fraud_risk.score <= original.fraud_risk.score;
}

struct Counts {
  int true_positives = 0;
  int false_positives = 0;
  int misses = 0;
};

inline double Ratio(int part, int whole) {
  return whole == 0 ? 1.0 : static_cast<double>(part) / whole;
}
inline double Recall(const Counts& c) {
  return Ratio(c.true_positives, c.true_positives + c.misses);
}
inline double Precision(const Counts& c) {
  return Ratio(c.true_positives, c.true_positives + c.false_positives);
}

struct Measure {
  Counts total;
  // Only the indicators Flagger::Assess can raise from text: structural ones (structural = true in
  // the packs, computed from the case: J-UNLIC, S-OBSC, A-STOCK) always miss here.
  Counts text;
  std::set<std::string> violating;  // ids of the variants that broke invariance
  int variants = 0;
  int violations = 0;
  int benign = 0;
  int benign_scored = 0;
  std::set<std::string> benign_scoring;  // ids of the benign ads that scored
};

inline void PrintRow(const std::string& name, const Counts& c) {
  std::printf("%-16s %5d %5d %5d %7.2f %9.2f\n", name.c_str(), c.true_positives, c.false_positives,
              c.misses, Recall(c), Precision(c));
}

// Flags every ad with `flagger`, prints the misses, false positives and the per-indicator and
// per-language tables, and checks the two rules (invariance, benign ads score 0). A benign ad in
// `known_benign_scoring` (one a set's first measurement found scoring, listed until it is fixed) is
// printed and recorded, not failed here: the caller asserts the list exactly.
inline Measure MeasureSet(const Flagger& flagger, const std::vector<LabelledAd>& ads,
                          const char* label,
                          const std::set<std::string>& known_benign_scoring = {}) {
  const RuleSet& rules = flagger.rules();
  std::map<std::string, Counts> by_indicator;
  std::map<std::string, Counts> by_lang;
  std::map<std::string, Assessment> results;
  Measure m;
  std::printf("=== %s ===\n", label);
  for (const LabelledAd& ad : ads) {
    AdInput input;
    input.text = ad.text;
    EXPECT_TRUE(ParseAdKind(ad.kind, &input.kind)) << ad.id;
    input.lang = ad.lang;
    input.region = ad.region;
    Assessment a = flagger.Assess(input);
    // Every flag points at words of the ad: a span outside it is a flagger fault, whatever the set.
    for (const RaisedFlag& f : a.flags) {
      for (const Span& span : f.spans) {
        EXPECT_TRUE(span.start < span.end && span.end <= ad.text.size())
            << label << ": " << ad.id << " flag " << f.indicator->id << " points at [" << span.start
            << ", " << span.end << ") of a " << ad.text.size() << "-byte ad";
      }
    }
    if (ad.benign) {
      ++m.benign;
      if (a.score.score != 0 || a.fraud_risk.score != 0) {
        ++m.benign_scored;
        m.benign_scoring.insert(ad.id);
        if (known_benign_scoring.count(ad.id) > 0) {
          std::printf("  benign ad scored (known): %s score %d, flags %s\n", ad.id.c_str(),
                      a.score.score, ::testing::PrintToString(FlagIds(a)).c_str());
        } else {
          ADD_FAILURE() << label << ": benign " << ad.id << " scores " << a.score.score
                        << " (fraud risk " << a.fraud_risk.score << "), flags "
                        << ::testing::PrintToString(FlagIds(a)) << ": " << ad.text;
        }
      }
    }
    if (ad.variant_of.empty()) {
      std::set<std::string> raised;
      for (const RaisedFlag& f : a.flags) raised.insert(f.indicator->id);
      for (const std::string& id : raised) {
        const bool expected = ad.expected.count(id) > 0;
        ++(expected ? by_indicator[id].true_positives : by_indicator[id].false_positives);
        ++(expected ? by_lang[ad.lang].true_positives : by_lang[ad.lang].false_positives);
        if (!expected) std::printf("  false positive %s on %s\n", id.c_str(), ad.id.c_str());
      }
      for (const std::string& id : ad.expected) {
        if (raised.count(id) > 0) continue;
        ++by_indicator[id].misses;
        ++by_lang[ad.lang].misses;
        std::printf("  miss %s on %s\n", id.c_str(), ad.id.c_str());
      }
    }
    results.emplace(ad.id, std::move(a));
  }

  for (const LabelledAd& ad : ads) {
    if (ad.variant_of.empty()) continue;
    ++m.variants;
    if (results.count(ad.variant_of) == 0) {
      ADD_FAILURE() << ad.id << " names a missing " << ad.variant_of;
      continue;
    }
    const Assessment& original = results.at(ad.variant_of);
    const Assessment& variant = results.at(ad.id);
    if (!KeepsInvariance(ad, original, variant)) {
      ++m.violations;
      m.violating.insert(ad.id);
      std::printf("  invariance violation: %s %s score %d differs from %s %s score %d\n",
                  ad.id.c_str(), ::testing::PrintToString(FlagIds(variant)).c_str(),
                  variant.score.score, ad.variant_of.c_str(),
                  ::testing::PrintToString(FlagIds(original)).c_str(), original.score.score);
    }
  }

  std::printf("%-16s %5s %5s %5s %7s %9s\n", "indicator", "tp", "fp", "miss", "recall",
              "precision");
  for (const auto& [id, c] : by_indicator) {
    PrintRow(id, c);
    m.total.true_positives += c.true_positives;
    m.total.false_positives += c.false_positives;
    m.total.misses += c.misses;
    const Indicator* indicator = rules.Find(id);
    if (indicator != nullptr && !indicator->structural) {
      m.text.true_positives += c.true_positives;
      m.text.false_positives += c.false_positives;
      m.text.misses += c.misses;
    }
  }
  for (const auto& [lang, c] : by_lang) PrintRow("lang " + lang, c);
  std::printf(
      "%s: recall %.3f, precision %.3f (goal 0.85 / 0.90); %d ads, %d variants, %d "
      "invariance violations, %d of %d benign ads scored\n",
      label, Recall(m.total), Precision(m.total), static_cast<int>(ads.size()), m.variants,
      m.violations, m.benign_scored, m.benign);
  std::printf("%s, text indicators only (structural ones left out): recall %.3f, precision %.3f\n",
              label, Recall(m.text), Precision(m.text));
  return m;
}

}  // namespace ariadne::flag::testing
