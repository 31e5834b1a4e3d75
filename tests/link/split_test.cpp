// Splitting weakly joined components: two groups that one stray value joins part; one network with
// strong evidence never does.
#include "link/split.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numeric>

#include "link/resolve.h"

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
        EXPECT_NE(r.value.find("email stray@example.example"), std::string::npos) << r.value;
        EXPECT_EQ(r.documents, c.documents);
      }
    }
    EXPECT_TRUE(noted);
  }
}

}  // namespace
}  // namespace ariadne::link
