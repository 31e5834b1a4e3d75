// Splitting weakly joined components: two groups that one stray value joins part; one network with
// strong evidence never does.
#include "link/split.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <cmath>
#include <numeric>

#include "link/minhash.h"
#include "link/resolve.h"
#include "link/shingles.h"

namespace ariadne::link {
namespace {

constexpr double kCaseSize = 1000;

Evidence Value(std::vector<int> members) {
  const double weight = std::log(kCaseSize / static_cast<double>(members.size()));
  return {std::move(members), weight, false};
}

std::vector<int> Range(int from, int to) {
  std::vector<int> out(static_cast<size_t>(to - from));
  std::iota(out.begin(), out.end(), from);
  return out;
}

TEST(SplitWeaklyJoined, TwoGroupsJoinedByOneValueOnTwoDocumentsPart) {
  // Documents 0-19 share one phone, 20-39 another; one e-mail is on documents 7 and 31.
  const std::vector<Evidence> evidence = {Value(Range(0, 20)), Value(Range(20, 40)),
                                          Value({7, 31})};
  const auto parts = SplitWeaklyJoined(40, evidence);
  ASSERT_EQ(parts.size(), 2u);
  EXPECT_EQ(parts[0], Range(0, 20));
  EXPECT_EQ(parts[1], Range(20, 40));
}

TEST(SplitWeaklyJoined, OneNetworkOnOneNumberStaysWholeHoweverLarge) {
  for (int size : {30, 200, 2000}) {
    const auto parts = SplitWeaklyJoined(static_cast<size_t>(size), {Value(Range(0, size))});
    EXPECT_EQ(parts.size(), 1u) << size;
  }
}

TEST(SplitWeaklyJoined, GroupsJoinedByManyValuesStayWhole) {
  std::vector<Evidence> evidence = {Value(Range(0, 20)), Value(Range(20, 40))};
  for (int i = 0; i < 20; ++i) evidence.push_back(Value({i, 20 + i}));  // every ad crosses
  EXPECT_EQ(SplitWeaklyJoined(40, evidence).size(), 1u);
}

TEST(SplitWeaklyJoined, SmallComponentsAndTinyPartsAreNeverSplit) {
  // Below min_documents: whole, even with a weak bridge.
  EXPECT_EQ(SplitWeaklyJoined(14, {Value(Range(0, 7)), Value(Range(7, 14)), Value({3, 10})}).size(),
            1u);
  // A part would keep fewer than min_part documents: whole.
  SplitOptions options;
  options.min_part = 25;
  EXPECT_EQ(
      SplitWeaklyJoined(40, {Value(Range(0, 20)), Value(Range(20, 40)), Value({7, 31})}, options)
          .size(),
      1u);
}

TEST(ResolverSplit, ClustersOfTwoNetworksJoinedByOneStrayNumberAreKeptApartWithTheReason) {
  Resolver resolver;
  for (int64_t id = 1; id <= 1000; ++id) resolver.AddDocument(id);
  for (int64_t id = 1; id <= 20; ++id) resolver.AddContact(id, "phone", "+447700900111");
  for (int64_t id = 21; id <= 40; ++id) resolver.AddContact(id, "phone", "+447700900222");
  resolver.AddContact(8, "email", "stray@example.example");
  resolver.AddContact(32, "email", "stray@example.example");
  const Linkage linkage = resolver.Resolve();
  ASSERT_EQ(linkage.clusters.size(), 2u);
  for (const Cluster& c : linkage.clusters) {
    EXPECT_EQ(c.documents.size(), 20u);
    bool noted = false;
    for (const Reason& r : c.reasons) {
      EXPECT_NE(r.kind, "email");  // the stray value joins nothing inside either part
      if (r.kind == "split") {
        noted = true;
        EXPECT_NE(r.value.find("e-mail stray@example.example"), std::string::npos) << r.value;
        EXPECT_EQ(r.documents, c.documents);
      }
    }
    EXPECT_TRUE(noted);
  }
}

// Words of letters only (the shingles mask digits).
char Letter(int i) {
  return static_cast<char>('a' + i);
}

// One ad of a template of nine sentences of eight words: the ad leaves one sentence out, turns
// their order and adds two sentences of its own, so that two ads of the template share 0.45-0.55
// of their word 3-shingles (below the joining threshold, text_threshold).
std::string TemplateAd(const std::string& tmpl, int ad) {
  std::string text;
  for (int k = 0; k < 9; ++k) {
    const int sentence = (k + ad) % 9;
    if (sentence == ad % 9) continue;
    for (int w = 0; w < 8; ++w) text += fmt::format("{}s{}w{} ", tmpl, Letter(sentence), Letter(w));
    text += ". ";
  }
  for (int own = 0; own < 2; ++own) {
    for (int w = 0; w < 8; ++w)
      text +=
          fmt::format("ad{}{}o{}w{} ", Letter(ad / 26), Letter(ad % 26), Letter(own), Letter(w));
    text += ". ";
  }
  return text;
}

Linkage TwoBlocksJoinedByOneStrayAddress(const std::string& first_template,
                                         const std::string& second_template) {
  Resolver resolver;
  for (int64_t id = 1; id <= 1000; ++id) resolver.AddDocument(id);
  for (int64_t id = 1; id <= 40; ++id) {
    resolver.AddContact(id, "phone", id <= 20 ? "+447700900111" : "+447700900222");
    const std::string text =
        TemplateAd(id <= 20 ? first_template : second_template, static_cast<int>(id));
    const auto shingles = TextShingles(text, {});
    resolver.AddText(id, MinHash(shingles), static_cast<int64_t>(shingles.size()));
  }
  resolver.AddContact(8, "email", "stray@example.example");
  resolver.AddContact(32, "email", "stray@example.example");
  return resolver.Resolve();
}

TEST(ResolverSplit, TwoBlocksOfOneTemplateOverTwoNumbersStayOneCluster) {
  // A network's two blocks of ads over two numbers with no bridge, joined by one address on one
  // ad of each: their texts are one template's on nearly every pair across, so they stay one.
  const Linkage one = TwoBlocksJoinedByOneStrayAddress("tmpl", "tmpl");
  ASSERT_EQ(one.clusters.size(), 1u);
  EXPECT_EQ(one.clusters[0].documents.size(), 40u);
  // Two advertisers' templates: kept apart as before.
  const Linkage two = TwoBlocksJoinedByOneStrayAddress("tmpl", "other");
  ASSERT_EQ(two.clusters.size(), 2u);
  EXPECT_EQ(two.clusters[0].documents.size(), 20u);
}

}  // namespace
}  // namespace ariadne::link
