// Template-skeleton evidence (skeleton.h): a document's sentences by line, their storage form, and
// the pairs of one site's documents whose rare words of unrepeated sentences make one skeleton.
#include "link/skeleton.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "link/minhash.h"
#include "link/shingles.h"

namespace ariadne::link {
namespace {

// A spun network's ad: six template lines of eight words, each word spun (swapped for its other
// form) as `spin` picks, then two sentences of the site's common pool, then the fresh number.
std::string SpunAd(int network, int ad, int number) {
  std::string text;
  uint32_t spin = 2654435761u * static_cast<uint32_t>(ad + 17 * network + 1);
  for (int line = 0; line < 6; ++line) {
    for (int w = 0; w < 8; ++w) {
      spin = spin * 1664525u + 1013904223u;
      const int form = (spin >> 16) % 5 == 0 ? 1 : 0;  // a fifth of the words spun
      text += fmt::format("n{}l{}w{}f{} ", network, line, w, form);
    }
    text += ".\n";
  }
  text += fmt::format("Pool sentence number {} here. Pool sentence {} also.\n", ad % 5, ad % 4);
  return text + fmt::format("Call 07700 900{:03d}.", number);
}

// An unrelated advertiser's ad: its own words, the same pool sentences.
std::string OwnAd(int n) {
  std::string text;
  for (int line = 0; line < 5; ++line) {
    for (int w = 0; w < 8; ++w) text += fmt::format("own{}x{}x{} ", n, line, w);
    text += ".\n";
  }
  return text + fmt::format("Pool sentence number {} here. Call 07700 901{:03d}.", n % 5, n);
}

SiteDocument Doc(int64_t id, const std::string& text, uint8_t contacts = 1) {
  return {id, SkeletonOf(text, {}, contacts)};
}

// Ten spun ads of one network (ids 1-10) and 30 unrelated ones (ids 101-130) on one site.
std::vector<SiteDocument> SpunSite() {
  std::vector<SiteDocument> docs;
  for (int ad = 0; ad < 10; ++ad) docs.push_back(Doc(ad + 1, SpunAd(0, ad, ad)));
  for (int n = 0; n < 30; ++n) docs.push_back(Doc(101 + n, OwnAd(n)));
  return docs;
}

bool AllWithin(const std::vector<SkeletonPair>& pairs, int64_t first, int64_t last) {
  for (const SkeletonPair& p : pairs) {
    if (p.a < first || p.b > last) return false;
  }
  return true;
}

TEST(SkeletonTest, SentencesAreReadByLineWithNumbersAndSelectorsAsPlaceholders) {
  const std::string text =
      "Sweet Anna. New in town!\n\nCall 07700 900123 now; write anna@mail.example today";
  const size_t at = text.find("anna@");
  const MaskSpan masked[] = {{at, at + std::string_view("anna@mail.example").size()}};
  const Skeleton s = SkeletonOf(text, masked, 2);
  ASSERT_EQ(s.sentences.size(), 4u);
  EXPECT_EQ(s.contacts, 2);
  EXPECT_EQ(s.sentences[0].line, 0u);
  EXPECT_EQ(s.sentences[1].line, 0u);
  EXPECT_EQ(s.sentences[2].line, 1u);          // the blank line is no line
  EXPECT_EQ(s.sentences[2].words.size(), 2u);  // "call", "now": the number is no word
  EXPECT_EQ(s.sentences[3].words.size(), 2u);  // "write", "today": the address is no word
  // The same sentence with another number is the same sentence; another word is not.
  EXPECT_EQ(SkeletonOf("Call 07700 900999 now.", {}, 1).sentences[0].hash, s.sentences[2].hash);
  EXPECT_NE(SkeletonOf("Ring 07700 900123 now.", {}, 1).sentences[0].hash, s.sentences[2].hash);
  EXPECT_EQ(SkeletonOf("Sweet ANNA", {}, 1).sentences[0].hash, s.sentences[0].hash);
}

TEST(SkeletonTest, TheStorageFormReadsBackAndDamageIsRefused) {
  const Skeleton s = SkeletonOf(SpunAd(0, 3, 3), {}, 1);
  Skeleton back;
  ASSERT_TRUE(SkeletonFromBytes(SkeletonBytes(s), back));
  EXPECT_EQ(back.contacts, 1);
  ASSERT_EQ(back.sentences.size(), s.sentences.size());
  for (size_t i = 0; i < s.sentences.size(); ++i) {
    EXPECT_EQ(back.sentences[i].line, s.sentences[i].line);
    EXPECT_EQ(back.sentences[i].hash, s.sentences[i].hash);
    EXPECT_EQ(back.sentences[i].words, s.sentences[i].words);
  }
  std::string bytes = SkeletonBytes(s);
  EXPECT_FALSE(SkeletonFromBytes(bytes.substr(0, bytes.size() - 1), back));
  EXPECT_FALSE(SkeletonFromBytes(bytes + "x", back));
  bytes[0] = 9;  // an unknown format
  EXPECT_FALSE(SkeletonFromBytes(bytes, back));
  EXPECT_TRUE(SkeletonFromBytes("", back));  // not computed: nothing to pair
  EXPECT_EQ(back.contacts, 0);
}

// The premise: spun ads of one template are far below the near-duplicate threshold (0.65).
TEST(SkeletonTest, SpunAdsAreNotNearIdenticalText) {
  const double similarity = EstimatedJaccard(MinHash(TextShingles(SpunAd(0, 1, 1), {})),
                                             MinHash(TextShingles(SpunAd(0, 2, 2), {})));
  EXPECT_LT(similarity, 0.5);
}

TEST(SkeletonTest, ASpunNetworksAdsMakeOneSkeletonAndUnrelatedAdsNone) {
  const std::vector<SiteDocument> docs = SpunSite();
  const std::vector<SkeletonPair> pairs = SiteSkeletonPairs(docs);
  EXPECT_TRUE(AllWithin(pairs, 1, 10));
  // Every ad paired with most of the others: 45 pairs in all.
  EXPECT_GE(pairs.size(), 35u);
  for (const SkeletonPair& p : pairs) {
    EXPECT_LT(p.a, p.b);
    EXPECT_GE(p.words, 8u);
    EXPECT_GE(p.lines, 3u);
    EXPECT_GE(p.jaccard, 0.4);
  }
  // The order the site's documents come in changes nothing.
  std::vector<SiteDocument> reversed(docs.rbegin(), docs.rend());
  EXPECT_EQ(SiteSkeletonPairs(reversed), pairs);
}

TEST(SkeletonTest, OnlyDocumentsNamingAFewContactValuesArePaired) {
  std::vector<SiteDocument> docs = SpunSite();
  docs[0].skeleton.contacts = 0;  // none: nothing for the resolver to find fresh
  docs[1].skeleton.contacts = 4;  // more than max_contacts
  docs[2].skeleton.contacts = 3;  // a fresh number, the site's footer address, a quoted one
  bool third_paired = false;
  for (const SkeletonPair& p : SiteSkeletonPairs(docs)) {
    EXPECT_NE(p.a, 1);
    EXPECT_NE(p.a, 2);
    EXPECT_NE(p.b, 2);
    third_paired = third_paired || p.a == 3 || p.b == 3;
  }
  EXPECT_TRUE(third_paired);
}

// A sentence three documents repeat word for word is a pooled one: the network's template copied
// unspun on every ad gives its words nothing (its ads are near-identical text anyway).
TEST(SkeletonTest, SentencesThreeDocumentsRepeatCountForNothing) {
  std::vector<SiteDocument> docs;
  for (int ad = 0; ad < 6; ++ad) docs.push_back(Doc(ad + 1, SpunAd(0, 0, ad)));
  for (int n = 0; n < 30; ++n) docs.push_back(Doc(101 + n, OwnAd(n)));
  EXPECT_TRUE(SiteSkeletonPairs(docs).empty());
  // Two copies only are still unrepeated.
  docs.resize(2);
  for (int n = 0; n < 30; ++n) docs.push_back(Doc(101 + n, OwnAd(n)));
  EXPECT_EQ(SiteSkeletonPairs(docs).size(), 1u);
}

// Words on more documents than the site's cap are common, not a template's: the network's words
// on about 48 of a 90-ad site's ads are not rare (30 at most, 1% of a site of 3,000 ads or
// fewer), and the spun forms (on about 12) are too few to share 8 between two ads.
TEST(SkeletonTest, WordsOnManyOfTheSitesDocumentsAreNotRare) {
  std::vector<SiteDocument> docs;
  for (int ad = 0; ad < 60; ++ad) docs.push_back(Doc(ad + 1, SpunAd(0, ad, ad)));
  for (int n = 0; n < 30; ++n) docs.push_back(Doc(101 + n, OwnAd(n)));
  EXPECT_TRUE(SiteSkeletonPairs(docs).empty());
  // A share of a large site raises the cap.
  SkeletonOptions options;
  options.max_word_share = 0.6;
  EXPECT_FALSE(SiteSkeletonPairs(docs, options).empty());
}

// One copied paragraph (a keyword block) shares its words on one line: not a template's skeleton.
TEST(SkeletonTest, WordsSharedOnFewerThanThreeLinesInOrderMakeNoSkeleton) {
  std::string block;
  for (int w = 0; w < 12; ++w) block += fmt::format("kw{} ", w);
  std::vector<SiteDocument> docs = {Doc(1, "First alpha.\n" + block + "\nCall now."),
                                    Doc(2, "Second beta.\n" + block + "\nRing today.")};
  for (int n = 0; n < 30; ++n) docs.push_back(Doc(101 + n, OwnAd(n)));
  EXPECT_TRUE(SiteSkeletonPairs(docs).empty());
  // The same words spread over three lines in the same order are.
  std::string spread;
  for (int w = 0; w < 12; ++w) spread += fmt::format("kw{} ", w) + (w % 4 == 3 ? ".\n" : "");
  docs[0] = Doc(1, "First alpha.\n" + spread + "Call now.");
  docs[1] = Doc(2, "Second beta.\n" + spread + "Ring today.");
  EXPECT_EQ(SiteSkeletonPairs(docs).size(), 1u);
  // In another order, they are not.
  std::string shuffled;
  for (int line : {2, 0, 1}) {
    for (int w = 0; w < 4; ++w) shuffled += fmt::format("kw{} ", 4 * line + w);
    shuffled += ".\n";
  }
  docs[1] = Doc(2, "Second beta.\n" + shuffled + "Ring today.");
  EXPECT_TRUE(SiteSkeletonPairs(docs).empty());
}

}  // namespace
}  // namespace ariadne::link
