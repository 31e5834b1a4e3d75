// Quality on the synthetic selector sample (../shared/data/selectors_sample.jsonl): per type,
// precision and recall of the (type, value) pairs of each ad. Prints the figures and every miss and
// false positive.
#include <gtest/gtest.h>

#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "extract/test_util.h"
#include "support/test_paths.h"

namespace ariadne::extract {
namespace {

using testing::Extractor;

struct Tally {
  int true_positive = 0;
  int false_positive = 0;
  int false_negative = 0;
  double Precision() const {
    return true_positive + false_positive == 0
               ? 1.0
               : double(true_positive) / (true_positive + false_positive);
  }
  double Recall() const {
    return true_positive + false_negative == 0
               ? 1.0
               : double(true_positive) / (true_positive + false_negative);
  }
};

TEST(ExtractQuality, SamplePrecisionAndRecallPerType) {
  const std::string path =
      std::string(ARIADNE_SOURCE_DIR) + "/../shared/data/selectors_sample.jsonl";
  std::ifstream in(path);
  if (!in) GTEST_SKIP() << "sample not found: " << path;
  const std::set<std::string> scored = {"phone", "email", "handle"};
  std::map<std::string, Tally> tally;
  for (const auto& type : scored) tally[type];
  std::string line;
  int ads = 0;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const auto ad = nlohmann::json::parse(line);
    ++ads;
    ExtractContext context;
    context.region = ad.value("region", "");
    const std::string text = ad["text"];
    std::set<std::pair<std::string, std::string>> expected, found;
    for (const auto& e : ad["expected"]) expected.emplace(e["type"], e["value"]);
    for (const Selector& s : Extractor().Extract(text, context)) {
      if (scored.count(s.type)) found.insert({s.type, s.value});
      EXPECT_LT(s.start, s.end);
      ASSERT_LE(s.end, text.size());
      EXPECT_EQ(s.raw, text.substr(s.start, s.end - s.start));
    }
    for (const auto& e : expected) {
      if (!scored.count(e.first)) continue;
      if (found.count(e)) {
        ++tally[e.first].true_positive;
      } else {
        ++tally[e.first].false_negative;
        std::cout << "MISS " << ad.value("id", "") << " [" << context.region << "] " << e.first
                  << " " << e.second << "\n     " << text << "\n";
      }
    }
    for (const auto& f : found) {
      if (!expected.count(f)) {
        ++tally[f.first].false_positive;
        std::cout << "FALSE " << ad.value("id", "") << " [" << context.region << "] " << f.first
                  << " " << f.second << "\n     " << text << "\n";
      }
    }
  }
  std::cout << "ads: " << ads << "\n";
  for (const auto& [type, t] : tally) {
    std::cout << type << ": precision " << t.Precision() << " recall " << t.Recall() << " (tp "
              << t.true_positive << ", fp " << t.false_positive << ", fn " << t.false_negative
              << ")\n";
    EXPECT_GE(t.Precision(), 0.995) << type;
    EXPECT_GE(t.Recall(), 0.98) << type;
  }
}

}  // namespace
}  // namespace ariadne::extract
