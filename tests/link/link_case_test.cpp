// LinkCase over a case (link_case.cpp): the stored linkage does not depend on how the documents
// arrived (one import, or two with a link in between, which writes only what changed), and linking
// again changes nothing. LinkNewDocuments (what `analyze` runs) links a few new documents into the
// stored linkage by re-resolving only the region they touch: its clusters equal one full link's.
#include "link/link_case.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>

#include "capture/import.h"
#include "demo/contact_format.h"
#include "demo/corpus.h"
#include "extract/phone.h"
#include "link/band_index.h"
#include "link/minhash.h"
#include "pipeline/pipeline.h"
#include "store/sqlite/sqlite_db.h"
#include "support/temp_dir.h"
#include "support/test_paths.h"

namespace ariadne::link {
namespace {

// Everything LinkCase stores, as text.
std::string StoredLinkage(store::CaseStore& s) {
  std::ostringstream out;
  auto clusters = s.Clusters(2, 1000000);
  EXPECT_TRUE(clusters.ok());
  for (const store::StoredCluster& c : *clusters) {
    out << c.id << " " << c.size << " " << c.evidence << " " << c.score << " " << c.band << " "
        << c.parts_json << " " << c.reasons_json << " [";
    for (int64_t d : c.documents) out << d << " ";
    out << "]\n";
  }
  auto links = s.DocumentLinks({});
  EXPECT_TRUE(links.ok());
  for (const store::StoredLink& l : *links) {
    out << l.a << "-" << l.b << " " << l.kind << " " << l.similarity << "\n";
  }
  auto generic = s.GenericValues();
  EXPECT_TRUE(generic.ok());
  for (const store::StoredGeneric& g : *generic) {
    out << g.kind << " " << g.value << " " << g.documents << " " << g.why << "\n";
  }
  return out.str();
}

std::unique_ptr<store::Case> NewCase(const std::filesystem::path& dir) {
  store::CaseInfo info{"link", "tests", "synthetic", 7, "GB", "", "", 0};
  auto c = store::Case::Create(dir, info);
  EXPECT_TRUE(c.ok()) << c.status().message();
  return std::move(c).value();
}

// What an incremental link hands the network flags of its region (LinkSummary: region_contacts,
// region_links, region_clusters) is what the store now holds for those documents: the network
// flags take it instead of reading it again, so a missing value, link or cluster would go unseen.
void ExpectRegionLinkageAsStored(store::CaseStore& s, const LinkSummary& linked) {
  auto links = s.DocumentLinks(linked.region);
  ASSERT_TRUE(links.ok()) << links.status().message();
  auto text = [](const std::vector<store::StoredLink>& all) {
    std::vector<std::string> out;
    for (const store::StoredLink& l : all)
      out.push_back(fmt::format("{} {} {} {}", l.a, l.b, l.kind, l.similarity));
    std::sort(out.begin(), out.end());
    return out;
  };
  EXPECT_FALSE(links->empty());
  EXPECT_EQ(text(linked.region_links), text(*links));
  auto clusters = s.ClusterMembersOf(linked.region);
  ASSERT_TRUE(clusters.ok()) << clusters.status().message();
  EXPECT_FALSE(clusters->empty());
  EXPECT_EQ(linked.region_clusters, *clusters);
  auto contacts = s.ContactValuesOf(linked.region);
  ASSERT_TRUE(contacts.ok()) << contacts.status().message();
  EXPECT_FALSE(contacts->empty());
  EXPECT_EQ(linked.region_contacts, *contacts);
}

// Imports and analyses `file`; returns what the link stage found (and why it linked the whole case
// in `whole_because`, when given: empty when it linked incrementally).
std::map<std::string, int64_t> ImportAndAnalyse(store::Case& c, const std::filesystem::path& file,
                                                std::string* whole_because = nullptr) {
  auto imported = capture::ImportFile(c, file, "", {}, {});
  EXPECT_TRUE(imported.ok()) << imported.status().message();
  auto analysed = pipeline::Analyze(c, {});
  EXPECT_TRUE(analysed.ok()) << analysed.status().message();
  if (!analysed.ok()) return {};
  for (const pipeline::StageSummary& s : *analysed) {
    if (s.stage != "link") continue;
    if (whole_because != nullptr) *whole_because = s.whole_because;
    return s.found;
  }
  ADD_FAILURE() << "no link stage";
  return {};
}

// The clusters (id, size, triage score, documents), links and generic values stored, without the
// rarity weights (an incremental link keeps those of untouched clusters: docs/case-format.md).
std::string StoredClusters(store::CaseStore& s) {
  std::ostringstream out;
  auto clusters = s.Clusters(2, 1000000);
  EXPECT_TRUE(clusters.ok());
  std::sort(
      clusters->begin(), clusters->end(),
      [](const store::StoredCluster& a, const store::StoredCluster& b) { return a.id < b.id; });
  for (const store::StoredCluster& c : *clusters) {
    out << c.id << " " << c.size << " " << c.score << " " << c.band << " [";
    for (int64_t d : c.documents) out << d << " ";
    out << "]\n";
  }
  auto links = s.DocumentLinks({});
  EXPECT_TRUE(links.ok());
  for (const store::StoredLink& l : *links) {
    out << l.a << "-" << l.b << " " << l.kind << " " << l.similarity << "\n";
  }
  auto generic = s.GenericValues();
  EXPECT_TRUE(generic.ok());
  for (const store::StoredGeneric& g : *generic) {
    out << g.kind << " " << g.value << " " << g.documents << "\n";
  }
  return out.str();
}

// `words` pseudo-random words (seeded by `seed`), each followed by a space.
std::string PseudoWords(int seed, int words) {
  static const char* kWords[] = {"quiet",  "river",   "lamp",    "orange", "violet", "stone",
                                 "garden", "window",  "copper",  "meadow", "silver", "harbour",
                                 "candle", "forest",  "pepper",  "velvet", "marble", "thunder",
                                 "willow", "saffron", "lantern", "cobalt", "ember",  "juniper"};
  uint64_t x = 0x9E3779B97F4A7C15ULL * static_cast<uint64_t>(seed + 1);
  std::string text;
  for (int i = 0; i < words; ++i) {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    text += kWords[x % (sizeof(kWords) / sizeof(kWords[0]))];
    text += ' ';
  }
  return text;
}

// One ad per line: its text gets `words` pseudo-random words (seeded by `id`) so that no two ads
// are near-identical, then `contacts`.
void WriteAd(std::ostream& out, int id, const std::string& contacts, int words = 30,
             int text_seed = -1, const char* region = "GB") {
  const std::string text = PseudoWords(text_seed < 0 ? id : text_seed, words);
  out << nlohmann::json{{"id", std::to_string(id)},
                        {"site", "board.example"},
                        {"region", region},
                        {"posted_at", "2026-05-01T10:00:00Z"},
                        {"text", text + contacts}}
             .dump()
      << "\n";
}

// A phone of the drama range: 07700 900000 + n.
std::string Phone(int n) {
  return fmt::format(" Call 07700 900{:03d}.", n);
}

// Links `first` then `second` into one case, and both at once into another; returns the link
// stage's findings for `second` and expects the same clusters in both cases.
std::map<std::string, int64_t> AddLikeOnce(const std::filesystem::path& dir,
                                           const std::function<void(std::ofstream&)>& first,
                                           const std::function<void(std::ofstream&)>& second,
                                           std::string* whole_because = nullptr) {
  {
    std::ofstream a(dir / "first.jsonl"), b(dir / "second.jsonl"), all(dir / "all.jsonl");
    first(a);
    second(b);
    first(all);
    second(all);
  }
  auto once = NewCase(dir / "once");
  ImportAndAnalyse(*once, dir / "all.jsonl");
  auto twice = NewCase(dir / "twice");
  ImportAndAnalyse(*twice, dir / "first.jsonl");
  const std::string before = StoredClusters(twice->store());
  auto found = ImportAndAnalyse(*twice, dir / "second.jsonl", whole_because);
  const std::string expected = StoredClusters(once->store());
  EXPECT_NE(before, expected);
  EXPECT_EQ(StoredClusters(twice->store()), expected);
  return found;
}

TEST(LinkCaseTest, TwoImportsLinkLikeOne) {
  testing::TempDir dir;
  {
    // The bench's stream: planted networks, generic site addresses and templates. The second
    // import is half the case: linked as a whole (the region would be too large).
    std::ostringstream ads;
    demo::WriteTextOnlyAds(ads, 6000, 20261129);
    std::istringstream lines(ads.str());
    std::ofstream all(dir / "all.jsonl"), first(dir / "first.jsonl"), second(dir / "second.jsonl");
    std::string line;
    for (int n = 0; std::getline(lines, line); ++n) {
      all << line << "\n";
      (n < 4000 ? first : second) << line << "\n";
    }
  }
  auto once = NewCase(dir / "once");
  ImportAndAnalyse(*once, dir / "all.jsonl");
  auto twice = NewCase(dir / "twice");
  ImportAndAnalyse(*twice, dir / "first.jsonl");
  const std::string after_first = StoredLinkage(twice->store());
  ImportAndAnalyse(*twice, dir / "second.jsonl");

  const std::string expected = StoredLinkage(once->store());
  EXPECT_NE(after_first, expected);  // the second import did change the linkage
  EXPECT_EQ(StoredLinkage(twice->store()), expected);
  auto again = LinkCase(*twice);
  ASSERT_TRUE(again.ok()) << again.status().message();
  EXPECT_EQ(StoredLinkage(twice->store()), expected);
  EXPECT_GT(again->clusters, 0);
  EXPECT_GT(again->text_pairs, again->text_links);  // a spanning forest, not every pair
}

// The bench stream gives each block its own Ofcom drama range; linking needs every one of them read
// as a valid number.
TEST(BenchStream, EveryDramaRangeIsAValidNumber) {
  std::set<std::string> seen;
  for (int range = 0; range < demo::kDramaRanges; ++range) {
    for (int suffix : {0, 517, 999}) {
      const std::string e164 = demo::DramaNumberE164(1000 * range + suffix);
      EXPECT_TRUE(seen.insert(e164).second) << e164;
      const extract::ValidPhone* phone = extract::ValidatePhone(e164, "GB");
      ASSERT_NE(phone, nullptr) << e164;
      EXPECT_EQ(phone->e164, e164);
    }
  }
}

TEST(LinkCaseTest, AFewNewAdsAreLinkedIncrementallyLikeOneLink) {
  testing::TempDir dir;
  std::string first, second;
  {
    std::ostringstream ads;
    demo::WriteTextOnlyAds(ads, 6000, 20261129);
    std::istringstream lines(ads.str());
    std::string line;
    for (int n = 0; std::getline(lines, line); ++n) (n < 5600 ? first : second) += line + "\n";
  }
  auto found = AddLikeOnce(
      dir.path(), [&](std::ofstream& out) { out << first; },
      [&](std::ofstream& out) { out << second; });
  EXPECT_EQ(found["new documents linked incrementally"], 400);
  EXPECT_GT(found["documents re-resolved"], 400);
  EXPECT_LT(found["documents re-resolved"], 3000);
}

// Quoted contacts (quoted.h) are judged from the value's occurrences on every document carrying
// it: a few new ads of the quoted-widgets corpus (listing other ads under headings, or in items
// that repeat their titles) link as one link does. (On this corpus, where most pages list others,
// the region they reach is still past max_region_share: the case is linked whole.)
TEST(LinkCaseTest, NewAdsQuotingOtherAdsLinkLikeOneLink) {
  testing::TempDir dir;
  std::ifstream in(std::filesystem::path(ARIADNE_SOURCE_DIR) /
                   "tests/link/data/quoted_widgets/ads.jsonl");
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  ASSERT_GT(lines.size(), 200u);
  const size_t split = lines.size() - 6;
  auto found = AddLikeOnce(
      dir.path(),
      [&](std::ofstream& out) {
        for (size_t i = 0; i < split; ++i) out << lines[i] << "\n";
      },
      [&](std::ofstream& out) {
        for (size_t i = split; i < lines.size(); ++i) out << lines[i] << "\n";
      });
  EXPECT_EQ(found.count("new documents linked incrementally"), 0u);
}

// A full link compares an LSH bucket of more than max_bucket_pairs texts as a star around its
// smallest document id. An incremental link's region holds only a few texts of such a bucket and
// must compare them the same way (the bucket sizes and centres come from the band index file), and
// a bucket the new texts make cross the cap brings its old texts into the region. With a cap of 3
// the bench's templates make hundreds of such buckets.
TEST(LinkCaseTest, LargeLshBucketsAreComparedAsInAFullLink) {
  testing::TempDir dir;
  {
    std::ostringstream ads;
    demo::WriteTextOnlyAds(ads, 6000, 20261129);
    std::istringstream lines(ads.str());
    std::ofstream all(dir / "all.jsonl"), first(dir / "first.jsonl"), second(dir / "second.jsonl"),
        third(dir / "third.jsonl");
    std::string line;
    for (int n = 0; std::getline(lines, line); ++n) {
      all << line << "\n";
      (n < 5600 ? first : n < 5800 ? second : third) << line << "\n";
    }
  }
  ResolveOptions options;
  options.max_bucket_pairs = 3;
  pipeline::AnalyzeOptions no_link;
  no_link.link = false;
  auto import = [&](store::Case& c, const char* file) {
    ASSERT_TRUE(capture::ImportFile(c, dir / file, "", {}, {}).ok());
    ASSERT_TRUE(pipeline::Analyze(c, no_link).ok());
  };
  auto once = NewCase(dir / "once");
  import(*once, "all.jsonl");
  ASSERT_TRUE(LinkCase(*once, options).ok());
  auto twice = NewCase(dir / "twice");
  import(*twice, "first.jsonl");
  ASSERT_TRUE(LinkCase(*twice, options).ok());
  // Two incremental links: the second also reads the texts the band index does not cover.
  for (const char* file : {"second.jsonl", "third.jsonl"}) {
    import(*twice, file);
    auto linked = LinkNewDocuments(*twice, options);
    ASSERT_TRUE(linked.ok()) << linked.status().message();
    EXPECT_TRUE(linked->incremental) << linked->full_because;
    ExpectRegionLinkageAsStored(twice->store(), *linked);
  }
  EXPECT_EQ(StoredClusters(twice->store()), StoredClusters(once->store()));
}

TEST(LinkCaseTest, ANewAdBridgingTwoClustersJoinsThem) {
  testing::TempDir dir;
  auto found = AddLikeOnce(
      dir.path(),
      [](std::ofstream& out) {
        for (int i = 1; i <= 3; ++i) WriteAd(out, i, Phone(1));
        for (int i = 4; i <= 6; ++i) WriteAd(out, i, Phone(2));
        for (int i = 7; i <= 30; ++i) WriteAd(out, i, Phone(100 + i));
      },
      [](std::ofstream& out) { WriteAd(out, 31, Phone(1) + " Or 07700 900002."); });
  EXPECT_EQ(found["new documents linked incrementally"], 1);
  EXPECT_EQ(found["documents re-resolved"], 7);  // the two clusters and the new ad
  EXPECT_EQ(found["largest cluster"], 7);
}

// The text links are a maximum spanning forest: a new ad closer to two linked ads than they are to
// each other replaces their link with two of its own. The incremental link merges the region's
// stored links with the new ones; the replaced link must be dropped, the others kept.
TEST(LinkCaseTest, ANewAdCloserToTwoLinkedAdsReplacesTheirTextLink) {
  testing::TempDir dir;
  // One 60-word text; ads 1 and 2 add a different five-word tail each, ad 31 none: both are nearer
  // to 31 than to each other.
  auto first = [](std::ofstream& out) {
    WriteAd(out, 1, " alpha bravo charlie delta echo." + Phone(1), 60, 500);
    WriteAd(out, 2, " kilo lima mike november oscar." + Phone(2), 60, 500);
    for (int i = 3; i <= 30; ++i) WriteAd(out, i, Phone(100 + i));
  };
  auto second = [](std::ofstream& out) { WriteAd(out, 31, Phone(3), 60, 500); };
  auto text_links = [](const std::filesystem::path& case_dir) {
    auto c = store::Case::Open(case_dir);
    EXPECT_TRUE(c.ok()) << c.status().message();
    std::set<std::pair<int64_t, int64_t>> out;
    if (!c.ok()) return out;
    auto links = (*c)->store().DocumentLinks({});
    EXPECT_TRUE(links.ok());
    for (const store::StoredLink& l : *links) {
      if (l.kind == "text") out.insert({l.a, l.b});
    }
    return out;
  };
  {
    std::ofstream out(dir / "before.jsonl");
    first(out);
  }
  auto before = NewCase(dir / "before");
  ImportAndAnalyse(*before, dir / "before.jsonl");
  before.reset();
  EXPECT_EQ(text_links(dir / "before"), (std::set<std::pair<int64_t, int64_t>>{{1, 2}}));
  auto found = AddLikeOnce(dir.path(), first, second);
  EXPECT_EQ(found["new documents linked incrementally"], 1);
  EXPECT_EQ(text_links(dir / "twice"), (std::set<std::pair<int64_t, int64_t>>{{1, 31}, {2, 31}}));
}

// The network flags read what the link changed: an incremental link names the documents it
// re-resolved (and what it covered), and a full link drops their pass record.
TEST(LinkCaseTest, AnIncrementalLinkNamesItsRegionAndAFullLinkDropsTheNetworkFlagsRecord) {
  testing::TempDir dir;
  {
    std::ofstream first(dir / "first.jsonl"), second(dir / "second.jsonl");
    for (int i = 1; i <= 3; ++i) WriteAd(first, i, Phone(1));
    for (int i = 4; i <= 30; ++i) WriteAd(first, i, Phone(100 + i));
    WriteAd(second, 31, Phone(1));
  }
  pipeline::AnalyzeOptions no_link;
  no_link.link = false;
  auto c = NewCase(dir / "case");
  auto import = [&](const char* file) {
    ASSERT_TRUE(capture::ImportFile(*c, dir / file, "", {}, {}).ok());
    ASSERT_TRUE(pipeline::Analyze(*c, no_link).ok());
  };
  import("first.jsonl");
  auto full = LinkCase(*c);
  ASSERT_TRUE(full.ok()) << full.status().message();
  EXPECT_FALSE(full->incremental);
  EXPECT_EQ(full->last_document, 30);
  import("second.jsonl");
  auto linked = LinkNewDocuments(*c);
  ASSERT_TRUE(linked.ok()) << linked.status().message();
  ASSERT_TRUE(linked->incremental) << linked->full_because;
  EXPECT_EQ(linked->linked_after, 30);
  EXPECT_EQ(linked->last_document, 31);
  EXPECT_EQ(linked->region, (std::vector<int64_t>{1, 2, 3, 31}));  // the new ad and its cluster

  store::CaseStore& s = c->store();
  ASSERT_TRUE(s.PutPassState({"network", 1, 31, {}}).ok());
  ASSERT_TRUE(s.PutPassState({"structural", 1, 31, {}}).ok());
  ASSERT_TRUE(LinkCase(*c).ok());
  EXPECT_FALSE(s.GetPassState("network")->has_value());
  EXPECT_TRUE(s.GetPassState("structural")->has_value());  // it does not read the linkage
}

TEST(LinkCaseTest, AnIncrementalLinkTellsItsRegionAndOwnValuesBeforeResolvingIt) {
  testing::TempDir dir;
  {
    std::ofstream first(dir / "first.jsonl"), second(dir / "second.jsonl");
    for (int i = 1; i <= 3; ++i) WriteAd(first, i, Phone(1));
    // A site's address on 40 of the 60 ads: generic, it joins nothing.
    for (int i = 4; i <= 43; ++i) WriteAd(first, i, Phone(100 + i) + " desk@helpdesk.example");
    for (int i = 44; i <= 60; ++i) WriteAd(first, i, Phone(100 + i));
    WriteAd(second, 61, Phone(1) + " desk@helpdesk.example");
  }
  pipeline::AnalyzeOptions no_link;
  no_link.link = false;
  auto c = NewCase(dir / "case");
  auto import = [&](const char* file) {
    ASSERT_TRUE(capture::ImportFile(*c, dir / file, "", {}, {}).ok());
    ASSERT_TRUE(pipeline::Analyze(*c, no_link).ok());
  };
  import("first.jsonl");
  ASSERT_TRUE(LinkCase(*c).ok());
  import("second.jsonl");
  int told = 0;
  std::vector<int64_t> told_region;
  std::vector<store::ContactValue> told_values;
  IncrementalOptions incremental;
  incremental.region_closed = [&](const std::vector<int64_t>& region,
                                  const std::vector<store::ContactValue>& values) {
    ++told;
    told_region = region;
    told_values = values;
  };
  auto linked = LinkNewDocuments(*c, {}, incremental);
  ASSERT_TRUE(linked.ok()) << linked.status().message();
  ASSERT_TRUE(linked->incremental) << linked->full_because;
  EXPECT_EQ(told, 1);
  EXPECT_EQ(told_region, linked->region);
  EXPECT_EQ(told_region, (std::vector<int64_t>{1, 2, 3, 61}));
  // The region's values less the generic address.
  const store::ContactValue address{"email", "desk@helpdesk.example"};
  ASSERT_EQ(std::count(linked->region_contacts.begin(), linked->region_contacts.end(), address), 1);
  std::vector<store::ContactValue> own = linked->region_contacts;
  std::erase(own, address);
  ASSERT_EQ(own.size(), 1u);
  EXPECT_EQ(own.front().type, "phone");
  EXPECT_EQ(told_values, own);

  // Nothing new: no region to tell.
  told = 0;
  ASSERT_TRUE(LinkNewDocuments(*c, {}, incremental).ok());
  EXPECT_EQ(told, 0);
}

TEST(LinkCaseTest, AValueTheNewAdsMakeGenericIsHandled) {
  testing::TempDir dir;
  // An address on 19 ads, each beside its own number: below the 20 documents of a generic value,
  // it joins them. The 20th ad makes it a site-wide address that joins nothing.
  auto found = AddLikeOnce(
      dir.path(),
      [](std::ofstream& out) {
        for (int i = 1; i <= 19; ++i) WriteAd(out, i, Phone(i) + " desk@helpdesk.example");
        for (int i = 20; i <= 80; ++i) WriteAd(out, i, Phone(i));
      },
      [](std::ofstream& out) { WriteAd(out, 81, Phone(81) + " desk@helpdesk.example"); });
  EXPECT_EQ(found["new documents linked incrementally"], 1);
  EXPECT_EQ(found["generic values"], 1);
  EXPECT_EQ(found["clusters"], 0);
}

TEST(LinkCaseTest, AGenericValueThatMightStopBeingGenericMakesAFullLink) {
  testing::TempDir dir;
  // desk@ is generic beside 20 other numbers on 20 ads; 200 more ads with it and no number of
  // their own could bring the share of other contacts under 10%: the whole case is linked.
  auto found = AddLikeOnce(
      dir.path(),
      [](std::ofstream& out) {
        for (int i = 1; i <= 20; ++i) WriteAd(out, i, Phone(i) + " desk@helpdesk.example");
        for (int i = 21; i <= 800; ++i) WriteAd(out, i, Phone(i));
      },
      [](std::ofstream& out) {
        for (int i = 801; i <= 1000; ++i) WriteAd(out, i, " desk@helpdesk.example");
      });
  EXPECT_EQ(found.count("new documents linked incrementally"), 0u);
}

TEST(LinkCaseTest, ASitesFooterIsLeftOutOfTheSignedText) {
  const std::string ad = "Anna, new in town. Call me.";
  const std::string footer = "Listed on board.example. Report an ad: help@board.example.";
  EXPECT_EQ(WithoutSiteFooter(ad + "\n\n" + footer, "board.example"), ad);
  // What ends the ad's paragraph stays (a carriage return is a space to the shingles).
  EXPECT_EQ(WithoutSiteFooter(ad + "\r\n \r\n" + footer, "www.board.example"), ad + "\r");
  // Not another site's, not a last paragraph naming no site, not an ad that is only a footer.
  EXPECT_EQ(WithoutSiteFooter(ad + "\n\n" + footer, "other.example"), ad + "\n\n" + footer);
  EXPECT_EQ(WithoutSiteFooter(ad + "\n\nKisses, Anna", "board.example"), ad + "\n\nKisses, Anna");
  EXPECT_EQ(WithoutSiteFooter("\n\n" + footer, "board.example"), "\n\n" + footer);
  EXPECT_EQ(WithoutSiteFooter(ad + " " + footer, "board.example"), ad + " " + footer);
  // Two ads of unrelated advertisers with the footer: near-identical only with it.
  Document a, b;
  a.id = 1;
  b.id = 2;
  a.site = b.site = "board.example";
  a.text = "Anna here, sweet and discreet, call me for a nice evening.\n\n" + footer +
           " Never pay in advance. Ads are checked by our moderators before they go online.";
  b.text = "Mira is new in the city, I love long walks and good wine.\n\n" + footer +
           " Never pay in advance. Ads are checked by our moderators before they go online.";
  Signature sa, sb;
  ASSERT_TRUE(FromBytes(SignDocument(a, {}).signature, sa));
  ASSERT_TRUE(FromBytes(SignDocument(b, {}).signature, sb));
  EXPECT_LT(EstimatedJaccard(sa, sb), 0.2);
}

// A quoted contact's listing block (the `listing` span of its selector's details, written by the
// selectors stage: quoted.h) is left out of the signed text: an ad with a "similar ads" block of
// other ads' names and numbers stays near-identical to its mirror without the block, and two ads
// sharing only the block do not become near-identical through it.
TEST(LinkCaseTest, AListingBlockIsLeftOutOfTheSignedText) {
  const std::string own =
      "Anna here, sweet and discreet, new in the city this week, I love long walks by the river, "
      "good red wine and jazz in the evening, incalls in my quiet flat near the station.";
  const std::string block =
      "More ladies near you\nMacy 32 Leeds 07700 900811\nHolly 31 York 07700 900473\nFreya 29 "
      "Hull 07700 900079\nLola 27 Bath 07700 900412\nMira 24 Ely 07700 900655";
  Document mirror, listed;
  mirror.id = 1;
  listed.id = 2;
  mirror.site = listed.site = "board.example";
  mirror.text = own;
  listed.text = own + "\n\n" + block;
  const auto start = static_cast<int64_t>(own.size() + 2);
  const auto end = static_cast<int64_t>(listed.text.size());
  std::vector<store::StoredSelector> quoted, unmarked;
  for (const char* number :
       {"07700 900811", "07700 900473", "07700 900079", "07700 900412", "07700 900655"}) {
    const auto at = static_cast<int64_t>(listed.text.find(number));
    store::StoredSelector s{2,      "phone", "+44" + std::string(number).substr(1), at, at + 12,
                            number, "{}"};
    unmarked.push_back(s);
    s.details_json = fmt::format(
        R"({{"quoted": "under a related-listings heading", "listing": [{}, {}]}})", start, end);
    quoted.push_back(s);
  }
  Signature sm, sq, su;
  ASSERT_TRUE(FromBytes(SignDocument(mirror, {}).signature, sm));
  ASSERT_TRUE(FromBytes(SignDocument(listed, quoted).signature, sq));
  ASSERT_TRUE(FromBytes(SignDocument(listed, unmarked).signature, su));
  EXPECT_GE(EstimatedJaccard(sm, sq), 0.85);
  EXPECT_LT(EstimatedJaccard(sm, su), 0.65);
  EXPECT_LT(SignDocument(listed, quoted).shingles, SignDocument(listed, unmarked).shingles);
}

// Advertiser n's two ads (its own number, text n) and, when `mirrored`, an aggregator's mirror of
// its text with the aggregator's tracking number as the only contact.
void WriteMirroredAdvertiser(std::ofstream& out, int n, bool ads, bool mirrored) {
  if (ads) {
    WriteAd(out, 10 * n + 1, Phone(n), 30, 1000 + n);
    WriteAd(out, 10 * n + 2, Phone(n), 30, 1000 + n);
  }
  if (mirrored) WriteAd(out, 10 * n + 3, " Call via mirrorhub 07700 900990.", 30, 1000 + n);
}

// The tracking number on mirrors of two advertisers' ads joins them (too few for an aggregator's:
// ResolveOptions::aggregator_min_owners); a new mirror of a third advertiser's ad makes it an
// aggregator's, judged in the region as at once: three clusters, each advertiser with its mirror.
TEST(LinkCaseTest, ANewMirrorMakingANumberAnAggregatorsIsLinkedIncrementally) {
  testing::TempDir dir;
  auto found = AddLikeOnce(
      dir.path(),
      [](std::ofstream& out) {
        for (int n = 1; n <= 3; ++n) WriteMirroredAdvertiser(out, n, true, n <= 2);
        for (int i = 100; i <= 160; ++i) WriteAd(out, i, Phone(i));
      },
      [](std::ofstream& out) { WriteMirroredAdvertiser(out, 3, false, true); });
  EXPECT_EQ(found["new documents linked incrementally"], 1);
  EXPECT_EQ(found["generic values"], 1);
  EXPECT_EQ(found["clusters"], 3);
}

// One ad on a site of its own (board.example's WriteAd, then the site changed).
void WriteAdOn(std::ofstream& out, int id, const std::string& contacts, const std::string& site) {
  std::ostringstream line;
  WriteAd(line, id, contacts);
  nlohmann::json ad = nlohmann::json::parse(line.str());
  ad["site"] = site;
  out << ad.dump() << "\n";
}

// An address at a site's domain is that site's own (resolve.h, AddSite): a new site's footer on
// its first ads joins nothing, linked incrementally.
TEST(LinkCaseTest, ANewSitesFooterIsItsOwnAddressAndJoinsNothing) {
  testing::TempDir dir;
  auto found = AddLikeOnce(
      dir.path(),
      [](std::ofstream& out) {
        for (int i = 1; i <= 60; ++i) WriteAd(out, i, Phone(i));
      },
      [](std::ofstream& out) {
        for (int i = 61; i <= 64; ++i)
          WriteAdOn(out, i, Phone(i) + " Report ads: abuse@newboard.example", "newboard.example");
      });
  EXPECT_EQ(found["new documents linked incrementally"], 4);
  EXPECT_EQ(found["generic values"], 1);
  EXPECT_EQ(found["clusters"], 0);
}

// An address that joined ads until its domain turned out to be a site of the case (the first ads
// of that site arrive) stops joining them, though the region holds none of them: the whole case
// is linked.
TEST(LinkCaseTest, ANewSiteAtTheDomainOfAnAddressLinkedBeforeMakesAFullLink) {
  testing::TempDir dir;
  auto found = AddLikeOnce(
      dir.path(),
      [](std::ofstream& out) {
        for (int i = 1; i <= 4; ++i) WriteAd(out, i, Phone(i) + " desk@laterboard.example");
        for (int i = 5; i <= 60; ++i) WriteAd(out, i, Phone(i));
      },
      [](std::ofstream& out) { WriteAdOn(out, 61, Phone(61), "laterboard.example"); });
  EXPECT_EQ(found.count("new documents linked incrementally"), 0u);
  EXPECT_EQ(found["clusters"], 0);
}

// A public line written nationally reads as +44 7700 900500 on British ads and as +49 7700 900500
// on German ones (resolve.h judges the two together: generic). New German ads with it are judged
// with the British ads, which a region need not hold: the whole case is linked, as at once (a
// region would join the two German ads on their +49 number).
TEST(LinkCaseTest, ANewNumberWithTheNationalDigitsOfAGenericOneMakesAFullLink) {
  testing::TempDir dir;
  const std::string line = " Advice line 07700 900500.";
  auto own = [](int i) { return fmt::format(" Call +44 7700 900{:03d}.", i); };
  auto found = AddLikeOnce(
      dir.path(),
      [&](std::ofstream& out) {
        for (int i = 1; i <= 30; ++i) WriteAd(out, i, own(i) + line);
        for (int i = 31; i <= 300; ++i) WriteAd(out, i, Phone(i));
      },
      [&](std::ofstream& out) {
        for (int i = 301; i <= 302; ++i) WriteAd(out, i, own(i) + line, 30, -1, "DE");
      });
  EXPECT_EQ(found.count("new documents linked incrementally"), 0u);
  EXPECT_EQ(found["clusters"], 0);
}

// Two ads of advertiser `n` (its own number), the first also giving the photo studio's handle.
void WriteStudioClient(std::ofstream& out, int n) {
  WriteAd(out, 2 * n - 1, Phone(n) + " Photos by Telegram @lensbloom_studio");
  WriteAd(out, 2 * n, Phone(n));
}

// The studio's handle beside four advertisers joins them (too few to call it a service's); a fifth
// advertiser's ads make it a service's contact (resolve.h), judged in the region as at once.
TEST(LinkCaseTest, NewAdsMakingAValueAServicesAreLinkedIncrementally) {
  testing::TempDir dir;
  auto found = AddLikeOnce(
      dir.path(),
      [](std::ofstream& out) {
        for (int n = 1; n <= 4; ++n) WriteStudioClient(out, n);
        for (int i = 9; i <= 100; ++i) WriteAd(out, i, Phone(i));
      },
      [](std::ofstream& out) {
        WriteAd(out, 101, Phone(5) + " Photos by Telegram @lensbloom_studio");
        WriteAd(out, 102, Phone(5));
      });
  EXPECT_EQ(found["new documents linked incrementally"], 2);
  EXPECT_EQ(found["generic values"], 1);
  EXPECT_EQ(found["clusters"], 5);
}

// The handle is a service's beside five advertisers; a new ad giving their five numbers with it
// joins them, so its documents now show one advertiser: the handle joins again (four of them
// beside a fifth whose text is unrelated would make it a directory's: resolve.h). The region
// follows the stored service's contact to all its documents, and its generic row goes.
TEST(LinkCaseTest, ANewAdJoiningAServicesAdvertisersMakesItJoinAgain) {
  testing::TempDir dir;
  auto found = AddLikeOnce(
      dir.path(),
      [](std::ofstream& out) {
        for (int n = 1; n <= 5; ++n) WriteStudioClient(out, n);
        for (int i = 11; i <= 100; ++i) WriteAd(out, i, Phone(i));
      },
      [](std::ofstream& out) {
        WriteAd(
            out, 101,
            Phone(1) + Phone(2) + Phone(3) + Phone(4) + Phone(5) + " Telegram @lensbloom_studio");
      });
  EXPECT_EQ(found["new documents linked incrementally"], 1);
  EXPECT_EQ(found["generic values"], 0);
  EXPECT_EQ(found["clusters"], 1);
}

TEST(LinkCaseTest, ANewAdWithAGenericTextLeavesTheGroupOutOfTheRegion) {
  testing::TempDir dir;
  // 30 ads share one text beside 30 different numbers (a popular phrasing: generic); ads 1-3 also
  // form a cluster by a number of their own. A new ad with the same text joins the generic group
  // (one more document) without re-resolving the group's ads.
  auto found = AddLikeOnce(
      dir.path(),
      [](std::ofstream& out) {
        for (int i = 1; i <= 30; ++i) {
          WriteAd(out, i, Phone(i) + (i <= 3 ? " Or 07700 900999." : ""), 30, 1000);
        }
        for (int i = 31; i <= 60; ++i) WriteAd(out, i, Phone(i));
      },
      [](std::ofstream& out) { WriteAd(out, 61, Phone(61), 30, 1000); });
  EXPECT_EQ(found["new documents linked incrementally"], 1);
  EXPECT_EQ(found["documents re-resolved"], 1);
  EXPECT_EQ(found["generic values"], 1);
  EXPECT_EQ(found["clusters"], 1);
}

// The documents added since the last link are not looked up in the stored clusters or links (they
// have none); every document up to the last one linked must be. Here the last one linked (30) is
// joined to 29 by its text alone (a stored link) and the new ad shares only 30's number: the
// region reaches 29 through 30's stored cluster or link, and both ads join the new one.
TEST(LinkCaseTest, TheLastLinkedAdIsLookedUpInTheStoredLinkage) {
  testing::TempDir dir;
  auto found = AddLikeOnce(
      dir.path(),
      [](std::ofstream& out) {
        for (int i = 1; i <= 28; ++i) WriteAd(out, i, Phone(i));
        WriteAd(out, 29, Phone(29), 60, 700);
        WriteAd(out, 30, Phone(30), 60, 700);
      },
      [](std::ofstream& out) { WriteAd(out, 31, Phone(30)); });
  EXPECT_EQ(found["new documents linked incrementally"], 1);
  EXPECT_EQ(found["documents re-resolved"], 3);
  EXPECT_EQ(found["largest cluster"], 3);
}

// The members of the generic text groups (link_generic_texts, what the next incremental link reads
// to keep a group out of its region), one "document group" line each.
std::string GenericTextMembers(const std::filesystem::path& case_dir) {
  auto db = store::sqlite::OpenCaseDb(case_dir);
  EXPECT_TRUE(db.ok());
  if (!db.ok()) return "";
  auto st = (*db)->Prepare("SELECT document_id, text_group FROM link_generic_texts ORDER BY 1");
  EXPECT_TRUE(st.ok());
  std::string out;
  EXPECT_TRUE(st->ForEachRow([&] { out += fmt::format("{} {}\n", st->Int(0), st->Int(1)); }).ok());
  return out;
}

// An incremental link writes only the members of a generic text group that changed (a stored group
// can hold thousands): the new ads that join the group must still be recorded, as a full link
// records them, or the next add would re-resolve them as texts of their own.
TEST(LinkCaseTest, NewAdsJoiningAGenericTextGroupAreRecordedAsAFullLinkRecordsThem) {
  testing::TempDir dir;
  // Two numbers on each ad of the text: a popular text's shape (one fresh number on each would be
  // a template's: ResolveOptions::generic_text_contacts).
  auto found = AddLikeOnce(
      dir.path(),
      [](std::ofstream& out) {
        for (int i = 1; i <= 30; ++i) WriteAd(out, i, Phone(i) + Phone(300 + i), 30, 1000);
        for (int i = 31; i <= 60; ++i) WriteAd(out, i, Phone(i));
      },
      [](std::ofstream& out) {
        WriteAd(out, 61, Phone(61) + Phone(361), 30, 1000);
        WriteAd(out, 62, Phone(62) + Phone(362), 30, 1000);
        WriteAd(out, 63, Phone(63));
      });
  EXPECT_EQ(found["new documents linked incrementally"], 3);
  auto c = store::Case::Open(dir.path() / "twice");
  ASSERT_TRUE(c.ok());
  const std::string incremental = GenericTextMembers(dir.path() / "twice");
  EXPECT_NE(incremental.find("61 1\n62 1\n"), std::string::npos) << incremental;
  ASSERT_TRUE(LinkCase(**c).ok());
  EXPECT_EQ(incremental, GenericTextMembers(dir.path() / "twice"));
  EXPECT_EQ(incremental, GenericTextMembers(dir.path() / "once"));
}

// Contact values that turn generic on other documents than a stored generic text group's cannot
// lower its count of contacts: the add stays incremental. Ads 1-6 share one text beside 12
// numbers, two on each (generic at 12; two on an ad: a popular text's shape, not a template's
// with a fresh number on each ad). desk@ is on ads 13-31, each beside its own number and one of two
// shared numbers (two of them with desk@ alone: not a service's contact), and joins them; the add
// puts it on a 20th ad, which makes it generic (and the two shared numbers, each beside many
// advertisers' own numbers once desk@ joins nothing, services' contacts), and a new ad joins the
// text group. Before, every value that turned generic in the region counted against the group (12 -
// 3 < 12), and the whole case was linked.
TEST(LinkCaseTest, AValueTurningGenericOffAGenericTextGroupKeepsTheAddIncremental) {
  testing::TempDir dir;
  std::string whole_because = "not linked";
  auto found = AddLikeOnce(
      dir.path(),
      [](std::ofstream& out) {
        for (int i = 1; i <= 6; ++i) WriteAd(out, i, Phone(i) + Phone(300 + i), 30, 1000);
        for (int i = 13; i <= 29; ++i)
          WriteAd(out, i, Phone(i) + Phone(100 + i % 2) + " desk@helpdesk.example");
        for (int i = 30; i <= 31; ++i) WriteAd(out, i, " desk@helpdesk.example");
        for (int i = 32; i <= 80; ++i) WriteAd(out, i, Phone(i));
      },
      [](std::ofstream& out) {
        WriteAd(out, 81, Phone(81) + " desk@helpdesk.example");
        WriteAd(out, 82, Phone(82) + Phone(382), 30, 1000);
      },
      &whole_because);
  EXPECT_EQ(whole_because, "");
  EXPECT_EQ(found["new documents linked incrementally"], 2);
  EXPECT_EQ(found["generic values"], 4);  // the text, desk@ and the two shared numbers
  EXPECT_EQ(found["clusters"], 0);
}

// A word of letters only (numbers are masked in the shingles), distinct for each n.
std::string Word(int n) {
  return fmt::format("k{}{}{}", static_cast<char>('a' + n / 676 % 26),
                     static_cast<char>('a' + n / 26 % 26), static_cast<char>('a' + n % 26));
}

// 100 words: Word(0..99), with `changed` of them from `from` on replaced by words of their own.
std::string Text(int from, int changed, int seed) {
  std::string text;
  for (int i = 0; i < 100; ++i)
    text += (i >= from && i < from + changed ? Word(1000 * seed + i) : Word(i)) + " ";
  return text;
}

void WriteText(std::ostream& out, int id, const std::string& text, const std::string& contacts) {
  out << nlohmann::json{{"id", std::to_string(id)},
                        {"site", "board.example"},
                        {"region", "GB"},
                        {"posted_at", "2026-05-01T10:00:00Z"},
                        {"text", text + contacts}}
             .dump()
      << "\n";
}

// The organisations trap. Five employers' ads share near-identical texts, each at its own
// organisation's address and number (each joined to a second ad by the number): two organisations'
// texts join nothing, so the full link keeps the five apart, and the group's 10 contact values
// keep it below generic (12). A new ad without an address, near-identical to two of them (1, 2)
// but not to the other three, brings two more numbers: the whole group now carries 12 and is
// generic, so nothing joins. A region holding only the ads near-identical to the new one counted
// 6 contacts there and joined it to 1 and 2 (and their clusters); the full link records the group
// as kept apart (link_generic_texts, a negative group), and the region takes it whole.
TEST(LinkCaseTest, TextsTheOrganisationsRuleKeptApartAreResolvedWholeAsInAFullLink) {
  testing::TempDir dir;
  const std::vector<std::string> addresses = {
      " careers@alder-foods.example", " jobs@birch-logistics.example", " hr@cedar-care.example",
      " work@damson-hotels.example", " team@elm-retail.example"};
  std::string whole_because = "not linked";
  auto found = AddLikeOnce(
      dir.path(),
      [&](std::ofstream& out) {
        for (int i = 1; i <= 5; ++i) {
          // 1 and 2: the base text; 3-5: its last 15 words changed.
          WriteText(out, i, i <= 2 ? Text(0, 0, 0) : Text(85, 15, 1), Phone(i) + addresses[i - 1]);
        }
        for (int i = 6; i <= 10; ++i) WriteAd(out, i, Phone(i - 5));
        for (int i = 11; i <= 40; ++i) WriteAd(out, i, Phone(i));
      },
      [](std::ofstream& out) {
        // The first 15 words changed: near-identical to 1 and 2, not to 3-5.
        WriteText(out, 41, Text(0, 15, 2), Phone(41) + " Or 07700 900042.");
      },
      &whole_because);
  EXPECT_EQ(whole_because, "");
  EXPECT_EQ(found["new documents linked incrementally"], 1);
  EXPECT_EQ(found["documents re-resolved"], 11);  // 41, the five and their partners
  EXPECT_EQ(found["clusters"], 5);
  EXPECT_EQ(found["generic values"], 1);
  // The group now generic, recorded as a full link records it (and the marker row).
  const std::string members = GenericTextMembers(dir.path() / "twice");
  EXPECT_EQ(members, "-1 0\n1 1\n2 1\n3 1\n4 1\n5 1\n41 1\n");
  EXPECT_EQ(members, GenericTextMembers(dir.path() / "once"));
}

// The group kept apart as the full link records it: minus its smallest document, beside the marker
// row (-1, 0) that says the link recorded such groups.
TEST(LinkCaseTest, AFullLinkRecordsTheTextsTheOrganisationsRuleKeptApart) {
  testing::TempDir dir;
  {
    std::ofstream out(dir.path() / "ads.jsonl");
    WriteText(out, 1, Text(0, 0, 0), Phone(1) + " careers@alder-foods.example");
    WriteText(out, 2, Text(85, 15, 1), Phone(2) + " jobs@birch-logistics.example");
    WriteText(out, 3, Text(0, 0, 0), Phone(3));  // no organisation: joins 1 (not 2: 1 and 2 differ)
    for (int i = 4; i <= 30; ++i) WriteAd(out, i, Phone(i));
  }
  auto c = NewCase(dir.path() / "case");
  ImportAndAnalyse(*c, dir.path() / "ads.jsonl");
  // 3 has no organisation and joins both 1 and 2: one component, nothing kept apart.
  EXPECT_EQ(GenericTextMembers(dir.path() / "case"), "-1 0\n");
  testing::TempDir other;
  {
    std::ofstream out(other.path() / "ads.jsonl");
    WriteText(out, 1, Text(0, 0, 0), Phone(1) + " careers@alder-foods.example");
    WriteText(out, 2, Text(85, 15, 1), Phone(2) + " jobs@birch-logistics.example");
    for (int i = 3; i <= 30; ++i) WriteAd(out, i, Phone(i));
  }
  auto apart = NewCase(other.path() / "case");
  ImportAndAnalyse(*apart, other.path() / "ads.jsonl");
  EXPECT_EQ(GenericTextMembers(other.path() / "case"), "-1 0\n1 -1\n2 -1\n");
}

// The clusters' reasons of kind "apart" (ResolveOptions::impostors_apart), one line each.
std::string ApartReasons(const std::filesystem::path& case_dir) {
  auto c = store::Case::Open(case_dir);
  EXPECT_TRUE(c.ok());
  if (!c.ok()) return "";
  auto clusters = (*c)->store().Clusters(2, 1000000);
  EXPECT_TRUE(clusters.ok());
  std::string out;
  for (const store::StoredCluster& cluster : *clusters) {
    for (const nlohmann::json& reason : nlohmann::json::parse(cluster.reasons_json)) {
      if (reason.value("kind", "") == "apart") out += reason.dump() + "\n";
    }
  }
  return out;
}

// The impostor trap (ResolveOptions::impostors_apart): a woman's ads (1, 2, 4) on her number, two
// of them warning against the impostor's number, which the impostor's ad (3) gives as its own with
// her text copied. Whichever comes first, the incremental link keeps the impostor apart as a full
// link does, and lists the same reason.
TEST(LinkCaseTest, AnImpostorAWarningNamesStaysApartIncrementallyAsInAFullLink) {
  const std::string warning =
      "\nBeware of fake ads using my photos with the number 07700 900593, that is not me!";
  auto fillers = [](std::ofstream& out) {
    for (int i = 10; i <= 40; ++i) WriteAd(out, i, Phone(i));
  };
  for (const bool impostor_first : {false, true}) {
    testing::TempDir dir;
    std::string whole_because = "not linked";
    auto found = AddLikeOnce(
        dir.path(),
        [&](std::ofstream& out) {
          WriteText(out, 1, Text(0, 0, 0), Phone(111));
          if (impostor_first) {
            WriteText(out, 3, Text(0, 0, 0), Phone(593));
          } else {
            WriteText(out, 2, Text(0, 0, 0), Phone(111) + warning);
          }
          fillers(out);
        },
        [&](std::ofstream& out) {
          if (impostor_first) {
            WriteText(out, 2, Text(0, 0, 0), Phone(111) + warning);
          } else {
            WriteText(out, 3, Text(0, 0, 0), Phone(593));
          }
          WriteText(out, 4, Text(0, 0, 0), Phone(111) + warning);
        },
        &whole_because);
    EXPECT_EQ(whole_because, "") << impostor_first;
    EXPECT_EQ(found["new documents linked incrementally"], 2) << impostor_first;
    EXPECT_EQ(found["clusters"], 1) << impostor_first;
    EXPECT_EQ(found["largest cluster"], 3) << impostor_first;
    const std::string reasons = ApartReasons(dir.path() / "once");
    EXPECT_NE(reasons.find("document #3"), std::string::npos) << reasons;
    EXPECT_EQ(ApartReasons(dir.path() / "twice"), reasons) << impostor_first;
  }
}

// A case linked by a version that kept no record of the texts the organisations rule keeps apart
// (no marker row) is linked whole once, saying why; the next add is incremental again.
TEST(LinkCaseTest, ACaseLinkedByAnOlderVersionIsLinkedWholeOnce) {
  testing::TempDir dir;
  for (int part = 0; part < 3; ++part) {
    std::ofstream out(dir.path() / fmt::format("part{}.jsonl", part));
    if (part == 0) {
      for (int i = 1; i <= 40; ++i) WriteAd(out, i, Phone(i));
    } else {
      WriteAd(out, 40 + part, Phone(part));
    }
  }
  auto c = NewCase(dir.path() / "case");
  ImportAndAnalyse(*c, dir.path() / "part0.jsonl");
  {
    auto db = store::sqlite::OpenCaseDb(dir.path() / "case");
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE((*db)->Exec("DELETE FROM link_generic_texts WHERE document_id = -1").ok());
  }
  std::string whole_because;
  auto found = ImportAndAnalyse(*c, dir.path() / "part1.jsonl", &whole_because);
  EXPECT_EQ(found.count("new documents linked incrementally"), 0u);
  EXPECT_NE(whole_because.find("linked by an older version"), std::string::npos) << whole_because;
  EXPECT_EQ(GenericTextMembers(dir.path() / "case"), "-1 0\n");
  found = ImportAndAnalyse(*c, dir.path() / "part2.jsonl", &whole_because);
  EXPECT_EQ(found["new documents linked incrementally"], 1);
  EXPECT_EQ(whole_because, "");
  EXPECT_EQ(found["clusters"], 2);
}

TEST(LinkCaseTest, NearIdenticalTextsAreFoundWithOrWithoutTheBandIndex) {
  testing::TempDir dir;
  // Ads 1-40 have texts of their own; new ads repeat the texts of ads 5 and 17 with their own
  // numbers, so each joins one old ad by text alone.
  auto first = [](std::ofstream& out) {
    for (int i = 1; i <= 40; ++i) WriteAd(out, i, Phone(i));
  };
  auto second = [](std::ofstream& out) {
    WriteAd(out, 41, Phone(41), 30, 5);
    WriteAd(out, 42, Phone(42), 30, 17);
  };
  std::filesystem::create_directories(dir.path() / "indexed");
  auto found = AddLikeOnce(dir.path() / "indexed", first, second);
  EXPECT_EQ(found["new documents linked incrementally"], 2);
  EXPECT_EQ(found["documents re-resolved"], 4);
  EXPECT_EQ(found["clusters"], 2);
  EXPECT_TRUE(std::filesystem::exists(dir.path() / "indexed" / "twice" / kBandIndexFile));

  // The same with the index gone (or stale): every stored signature is read instead.
  const auto plain = dir.path() / "plain";
  std::filesystem::create_directories(plain);
  {
    std::ofstream a(plain / "first.jsonl"), b(plain / "second.jsonl");
    first(a);
    second(b);
  }
  auto c = NewCase(plain / "case");
  ImportAndAnalyse(*c, plain / "first.jsonl");
  {
    std::ofstream stale(plain / "case" / kBandIndexFile, std::ios::trunc);
    stale << "not an index";
  }
  auto again = ImportAndAnalyse(*c, plain / "second.jsonl");
  EXPECT_EQ(again["new documents linked incrementally"], 2);
  EXPECT_EQ(again["documents re-resolved"], 4);
  auto indexed = store::Case::Open(dir.path() / "indexed" / "twice");
  ASSERT_TRUE(indexed.ok());
  EXPECT_EQ(StoredClusters(c->store()), StoredClusters((*indexed)->store()));
}

// The incremental link reads a band of the band index whole when the new texts' keys are dense in
// it and searches the map when they are few (link_case.cpp, kKeysPerBandRead: one key per 4,096
// entries), and reads the old signatures through a sweep of windows (BandIndex::SignatureSweep).
// On 5,000 ads one new text searches the map, three read the bands whole; the texts repeated lie
// near and far apart (windows and map look-ups). Both adds link as one link does.
TEST(LinkCaseTest, NearIdenticalTextsAreFoundByMapAndByWholeBandReadsLikeOneLink) {
  testing::TempDir dir;
  {
    std::ofstream first(dir / "first.jsonl"), one(dir / "one.jsonl"), three(dir / "three.jsonl"),
        all(dir / "all.jsonl");
    for (int i = 1; i <= 5000; ++i) {
      WriteAd(first, i, Phone(i % 1000));
      WriteAd(all, i, Phone(i % 1000));
    }
    // The new ads carry no number: their texts alone join them to the old ads they repeat.
    const std::vector<std::pair<int, int>> repeats_one = {{5001, 700}};
    const std::vector<std::pair<int, int>> repeats_three = {{5002, 17}, {5003, 2500}, {5004, 2560}};
    for (const auto& [id, of] : repeats_one) {
      WriteAd(one, id, " Ask for Mia.", 30, of);
      WriteAd(all, id, " Ask for Mia.", 30, of);
    }
    for (const auto& [id, of] : repeats_three) {
      WriteAd(three, id, " Ask for Mia.", 30, of);
      WriteAd(all, id, " Ask for Mia.", 30, of);
    }
  }
  auto once = NewCase(dir / "once");
  ImportAndAnalyse(*once, dir / "all.jsonl");
  auto twice = NewCase(dir / "twice");
  ImportAndAnalyse(*twice, dir / "first.jsonl");
  const std::string before = StoredClusters(twice->store());
  for (const char* file : {"one.jsonl", "three.jsonl"}) {
    std::string whole_because;
    auto found = ImportAndAnalyse(*twice, dir / file, &whole_because);
    EXPECT_TRUE(whole_because.empty()) << file << ": " << whole_because;
    EXPECT_GT(found["documents re-resolved"], found["new documents linked incrementally"]) << file;
  }
  const std::string expected = StoredClusters(once->store());
  EXPECT_NE(before, expected);
  EXPECT_EQ(StoredClusters(twice->store()), expected);
}

// A text of 40 words whose first 28 come from template `family` and the rest from `own`: two
// texts of one family reach an estimated Jaccard of about 0.5, below a text link's 0.65.
std::string TemplateText(int family, int own) {
  return PseudoWords(family, 28) + PseudoWords(own, 12);
}

// Issue 5 item 1: a bank account or a crypto wallet is where the money goes. A recruiter's reposts
// (one template, a fresh number each) that give the same IBAN (written differently), or a
// network's ads that give the same wallet, join, and the cluster's reasons name the kind
// (store/contact_kinds.h). Two ads giving one value with unrelated texts are judged as a shared
// phone is (a service's: Resolver::FindServiceContacts).
TEST(LinkCaseTest, ASharedIbanOrWalletJoinsAdsWithDifferentNumbers) {
  testing::TempDir dir;
  {
    std::ofstream out(dir / "ads.jsonl");
    WriteText(out, 1, TemplateText(7, 1),
              Phone(101) + " Registration fee to IBAN DE89 3704 0044 0532 0130 00.");
    WriteText(out, 2, TemplateText(7, 2),
              Phone(102) + " Registration fee to IBAN DE89370400440532013000.");
    WriteText(out, 3, TemplateText(8, 3),
              Phone(103) + " Deposit in BTC: bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4");
    WriteText(out, 4, TemplateText(8, 4),
              Phone(104) + " Deposit in BTC: bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4");
    WriteAd(out, 5, Phone(105));
  }
  auto c = NewCase(dir / "case");
  ImportAndAnalyse(*c, dir / "ads.jsonl");
  auto clusters = c->store().Clusters(2, 100);
  ASSERT_TRUE(clusters.ok());
  std::map<std::string, std::vector<int64_t>> by_kind;  // the first reason's kind -> documents
  for (const store::StoredCluster& cluster : *clusters) {
    const nlohmann::json reasons = nlohmann::json::parse(cluster.reasons_json);
    ASSERT_FALSE(reasons.empty());
    by_kind[reasons[0]["kind"]] = cluster.documents;
  }
  EXPECT_EQ(by_kind["iban"], (std::vector<int64_t>{1, 2}));
  EXPECT_EQ(by_kind["crypto"], (std::vector<int64_t>{3, 4}));
  EXPECT_EQ(clusters->size(), 2u);
}

// A site's donation wallet on many unrelated ads (each beside its own number) is generic: listed,
// joining nothing, as a site's footer address is.
TEST(LinkCaseTest, ASiteWideWalletIsGenericAndJoinsNothing) {
  testing::TempDir dir;
  {
    std::ofstream out(dir / "ads.jsonl");
    for (int i = 1; i <= 30; ++i) {
      WriteAd(out, i,
              Phone(i) + " Support the site: BTC bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4");
    }
  }
  auto c = NewCase(dir / "case");
  ImportAndAnalyse(*c, dir / "ads.jsonl");
  auto clusters = c->store().Clusters(2, 100);
  ASSERT_TRUE(clusters.ok());
  EXPECT_TRUE(clusters->empty());
  auto generic = c->store().GenericValues();
  ASSERT_TRUE(generic.ok());
  ASSERT_EQ(generic->size(), 1u);
  EXPECT_EQ((*generic)[0].kind, "crypto");
  EXPECT_EQ((*generic)[0].value, "btc:bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4");
  EXPECT_EQ((*generic)[0].documents, 30);
}

// An IP address is weaker evidence: a hotel, a café or a carrier gives one to strangers. It joins
// two ads only when their texts are one author's family (ResolveOptions::
// corroborating_text_similarity), below near-identical: a network's office over rotating numbers.
// An ad posted from the same address with a text of its own stays apart.
void WriteIpAds(std::ostream& out, int first_id) {
  const std::string ip = " Posted from IP 203.0.113.98";
  WriteText(out, first_id, TemplateText(7, 8), Phone(first_id) + ip);
  WriteText(out, first_id + 1, TemplateText(7, 9), Phone(first_id + 1) + ip);
  WriteText(out, first_id + 2, PseudoWords(10, 40), Phone(first_id + 2) + ip);
}

TEST(LinkCaseTest, AnIpAddressJoinsOnlyAdsWhoseTextsAreOneFamily) {
  testing::TempDir dir;
  {
    std::ofstream out(dir / "ads.jsonl");
    WriteIpAds(out, 1);
  }
  auto c = NewCase(dir / "case");
  ImportAndAnalyse(*c, dir / "ads.jsonl");
  auto clusters = c->store().Clusters(2, 100);
  ASSERT_TRUE(clusters.ok());
  ASSERT_EQ(clusters->size(), 1u);
  EXPECT_EQ((*clusters)[0].documents, (std::vector<int64_t>{1, 2}));
  const nlohmann::json reasons = nlohmann::json::parse((*clusters)[0].reasons_json);
  ASSERT_FALSE(reasons.empty());
  EXPECT_EQ(reasons[0]["kind"], "ip");
  EXPECT_EQ(reasons[0]["value"], "203.0.113.98");
  EXPECT_EQ(reasons[0]["documents"], nlohmann::json::array({1, 2}));
  auto links = c->store().DocumentLinks({});
  ASSERT_TRUE(links.ok());
  EXPECT_TRUE(links->empty());  // the texts alone join nothing
}

// An ad added later with an IBAN, a wallet or an IP address already in the case links as one link
// of all the ads does.
TEST(LinkCaseTest, NewAdsSharingAnIbanWalletOrIpLinkLikeOneLink) {
  testing::TempDir dir;
  auto found = AddLikeOnce(
      dir.path(),
      [](std::ofstream& out) {
        WriteText(out, 1, TemplateText(11, 1),
                  Phone(1) + " Fee to IBAN DE89 3704 0044 0532 0130 00.");
        WriteText(out, 2, TemplateText(12, 2),
                  Phone(2) + " BTC: bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4");
        for (int i = 3; i <= 40; ++i) WriteAd(out, i, Phone(i));
        WriteIpAds(out, 41);
      },
      [](std::ofstream& out) {
        WriteText(out, 101, TemplateText(11, 101),
                  Phone(101) + " Fee to IBAN DE89370400440532013000.");
        WriteText(out, 102, TemplateText(12, 102),
                  Phone(102) + " BTC: bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4");
        WriteIpAds(out, 103);
      });
  EXPECT_EQ(found["new documents linked incrementally"], 5);
}

// A spun network's ad (skeleton.h): five template lines of eight words, about a fifth of them
// swapped for another form ad by ad, then a fresh number. Far below the near-duplicate threshold.
void WriteSpunAd(std::ostream& out, int ad) {
  std::string text;
  uint32_t spin = 2246822519u * static_cast<uint32_t>(ad + 3);
  for (int line = 0; line < 5; ++line) {
    for (int w = 0; w < 8; ++w) {
      spin = spin * 1664525u + 1013904223u;
      text += fmt::format("tpl{}{} ", Word(8 * line + w), (spin >> 16) % 5 == 0 ? "x" : "");
    }
    text += ".\n";
  }
  WriteText(out, 5000 + ad, text + "Anything else, just ask.", Phone(100 + ad));
}

// An unrelated advertiser's ad on the same site, with its own number.
void WriteOwnAd(std::ostream& out, int n) {
  std::string text;
  for (int line = 0; line < 4; ++line)
    text += PseudoWords(40 * n + line, 8) + Word(300 + n) + ".\n";
  WriteText(out, 6000 + n, text + "Anything else, just ask.", Phone(300 + n));
}

TEST(LinkCaseTest, NewSpunAdsJoinTheirNetworksSkeletonAsInAFullLink) {
  testing::TempDir dir;
  std::string whole_because = "not linked";
  auto found = AddLikeOnce(
      dir.path(),
      [](std::ofstream& out) {
        for (int ad = 0; ad < 7; ++ad) WriteSpunAd(out, ad);
        for (int n = 0; n < 60; ++n) WriteOwnAd(out, n);
      },
      [](std::ofstream& out) {
        for (int ad = 7; ad < 10; ++ad) WriteSpunAd(out, ad);
        for (int n = 60; n < 63; ++n) WriteOwnAd(out, n);
      },
      &whole_because);
  EXPECT_EQ(whole_because, "");
  EXPECT_EQ(found["new documents linked incrementally"], 6);
  // The network is one cluster, joined by its skeleton, and no unrelated ad is in it.
  auto c = store::Case::Open(dir.path() / "twice");
  ASSERT_TRUE(c.ok()) << c.status().message();
  auto clusters = (*c)->store().Clusters(2, 1000);
  ASSERT_TRUE(clusters.ok());
  ASSERT_EQ(clusters->size(), 1u);
  EXPECT_EQ((*clusters)[0].documents.size(), 10u);
  EXPECT_NE((*clusters)[0].reasons_json.find("\"kind\":\"skeleton\""), std::string::npos);
}

}  // namespace
}  // namespace ariadne::link
