// Linking quality on a planted-network corpus with traps (issue 5, item 7): the demo corpus (whose
// truth.json names every advertiser's ads) plus site boilerplate carrying a site-wide e-mail
// address, a popular phrase (a well-known hotel) sprinkled over unrelated ads, numbers one digit
// apart (the demo's independents draw neighbouring numbers from one small range), reposts with
// re-obfuscated numbers (the demo writes numbers in many forms) and a stock photo (a picture of a
// hotel room) on every seventh ad, whoever placed it. Pairwise precision and recall are counted
// over pairs of ads by the same advertiser.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "capture/import.h"
#include "demo/corpus.h"
#include "demo/photo.h"
#include "link/link_case.h"
#include "pdq/pdq.h"
#include "pipeline/pipeline.h"
#include "support/temp_dir.h"
#include "support/test_paths.h"

namespace ariadne::link {
namespace {

constexpr const char* kBoilerplateSite = "classifieds-eu.example";
constexpr const char* kBoilerplate =
    " Reply through the site only: moderators@classifieds-eu.example. Every ad is checked by our "
    "moderators before it goes online, and ads reported by readers are removed within one day.";
constexpr const char* kHotelPhrase = " Close to the Grand Hotel Europa and the central station.";
constexpr const char* kStockPhoto = "images/stock-hotel-room.png";

// A drawn picture with enough structure to be matched on (most drawn ones are too plain: their PDQ
// quality is under pdq::kMinUsefulQuality and they are never used), so that the trap is real.
demo::RgbImage StockPhoto() {
  for (uint64_t seed = 0x5eed5706;; ++seed) {
    demo::RgbImage image = demo::DrawPhoto(seed);
    if (pdq::HashRgb(image.pixels.data(), image.width, image.height).quality >=
        pdq::kMinUsefulQuality) {
      return image;
    }
  }
}

// Reads a truth file: {"advertisers": [{"id", "ads": ["site:source_id", ...]}], "networks": [...]}.
std::map<std::string, std::string> ReadTruth(const std::filesystem::path& file) {
  std::map<std::string, std::string> truth;
  const nlohmann::json t = nlohmann::json::parse(std::ifstream(file));
  for (const char* group : {"advertisers", "networks"}) {
    if (!t.contains(group)) continue;
    for (const auto& a : t[group]) {
      for (const auto& key : a["ads"]) truth[key.get<std::string>()] = a["id"];
    }
  }
  return truth;
}

// Adds the traps to the demo corpus's ads and returns the truth: ad key -> advertiser.
std::map<std::string, std::string> WriteTrappedCorpus(const testing::TempDir& dir) {
  demo::CorpusOptions options;
  options.ads = 2400;
  options.write_images = true;
  auto stats = demo::GenerateCorpus(dir / "corpus", options);
  EXPECT_TRUE(stats.ok()) << stats.status().message();
  EXPECT_TRUE(demo::WritePng(dir / "corpus" / kStockPhoto, StockPhoto()).ok());
  std::ifstream in(dir / "corpus" / "ads.jsonl");
  // Beside ads.jsonl: image paths are relative to the file that names them.
  std::ofstream out(dir / "corpus" / "trapped.jsonl");
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    nlohmann::json ad = nlohmann::json::parse(line);
    std::string text = ad["text"];
    if (ad["site"] == kBoilerplateSite) text += kBoilerplate;
    if (++n % 6 == 0) text += kHotelPhrase;
    if (n % 7 == 3) ad["images"].push_back(kStockPhoto);
    ad["text"] = text;
    out << ad.dump() << "\n";
  }
  return ReadTruth(dir / "corpus" / "truth.json");
}

int64_t Pairs(int64_t n) {
  return n * (n - 1) / 2;
}

// Pairwise precision and recall of a case's clusters against the truth (ad key "site:source_id"
// -> advertiser; ads of one-ad advertisers may be missing from it: each is its own).
struct PairScore {
  size_t clusters = 0;
  int64_t correct = 0, predicted_pairs = 0, true_pairs = 0;
  double precision = 0, recall = 0;
};

PairScore ScoreClusters(store::Case& c, const std::map<std::string, std::string>& truth) {
  PairScore score;
  auto clusters = c.store().Clusters(2, 1000000);
  EXPECT_TRUE(clusters.ok());
  if (!clusters.ok()) return score;
  score.clusters = clusters->size();
  // Contingency of predicted clusters and true advertisers (singletons are their own cluster).
  std::map<int64_t, int64_t> predicted_size;
  std::map<std::string, int64_t> truth_size;
  std::map<std::pair<int64_t, std::string>, int64_t> both;
  std::map<int64_t, int64_t> cluster_of;
  for (const auto& cl : *clusters) {
    for (int64_t d : cl.documents) cluster_of[d] = cl.id;
  }
  auto ids = c.store().DocumentIds();
  EXPECT_TRUE(ids.ok());
  if (!ids.ok()) return score;
  auto headers = c.store().DocumentHeaders(*ids);
  EXPECT_TRUE(headers.ok());
  if (!headers.ok()) return score;
  for (const auto& h : *headers) {
    const std::string key = h.site + ":" + h.source_id;
    const auto it = truth.find(key);
    const std::string advertiser = it == truth.end() ? "single " + key : it->second;
    const int64_t cluster = cluster_of.count(h.id) ? cluster_of[h.id] : -h.id;
    ++predicted_size[cluster];
    ++truth_size[advertiser];
    ++both[{cluster, advertiser}];
  }
  for (const auto& [k, n] : predicted_size) score.predicted_pairs += Pairs(n);
  for (const auto& [k, n] : truth_size) score.true_pairs += Pairs(n);
  for (const auto& [k, n] : both) score.correct += Pairs(n);
  score.precision = score.predicted_pairs == 0 ? 1.0
                                               : static_cast<double>(score.correct) /
                                                     static_cast<double>(score.predicted_pairs);
  score.recall = score.true_pairs == 0
                     ? 1.0
                     : static_cast<double>(score.correct) / static_cast<double>(score.true_pairs);
  std::printf("link quality: %zu clusters, pairwise precision %.4f recall %.4f (%lld/%lld/%lld)\n",
              score.clusters, score.precision, score.recall, static_cast<long long>(score.correct),
              static_cast<long long>(score.predicted_pairs),
              static_cast<long long>(score.true_pairs));
  return score;
}

TEST(LinkQualityTest, PlantedNetworksAreFoundThroughTheTraps) {
  testing::TempDir dir;
  const auto truth = WriteTrappedCorpus(dir);
  store::CaseInfo info{"q", "tests", "synthetic", 7, "", "", "", 0};
  auto c = store::Case::Create(dir / "case", info);
  ASSERT_TRUE(c.ok()) << c.status().message();
  auto imported = capture::ImportFile(**c, dir / "corpus" / "trapped.jsonl", "", {}, {});
  ASSERT_TRUE(imported.ok()) << imported.status().message();
  auto analyzed = pipeline::Analyze(**c, {});
  ASSERT_TRUE(analyzed.ok()) << analyzed.status().message();
  const PairScore score = ScoreClusters(**c, truth);
  EXPECT_GE(score.precision, 0.98);
  EXPECT_GE(score.recall, 0.95);

  // The site-wide address is recognised as generic, not linked on.
  auto generic = (*c)->store().GenericValues();
  ASSERT_TRUE(generic.ok());
  bool site_mail = false;
  bool stock_photo = false;
  for (const auto& g : *generic) {
    site_mail |= g.value == "moderators@classifieds-eu.example";
    // The stock photo is on 2400 / 7 ads of many advertisers.
    stock_photo |= g.kind == "photo" && g.documents >= 300;
  }
  EXPECT_TRUE(site_mail);
  EXPECT_TRUE(stock_photo) << "the stock photo is not listed as generic";
}

// The first held-out planted-network corpus (tests/link/data/blind_network1/BLIND_NETWORK1.md):
// written by a helper that read none of the linking code and not the demo generator, from the
// knowledge base's account of real networks and their traps; committed before anything ran on it.
// Imports a held-out corpus folder (ads.jsonl, truth.json, images/), analyses it as `ariadne
// analyze` does and scores its clusters.
PairScore ScoreHeldOutCorpus(const std::string& folder) {
  const std::filesystem::path data = std::filesystem::path(ARIADNE_SOURCE_DIR) / folder;
  EXPECT_TRUE(std::filesystem::exists(data / "ads.jsonl")) << data;
  testing::TempDir dir;
  store::CaseInfo info{"held-out network corpus", "tests", "synthetic", 7, "", "", "", 0};
  auto c = store::Case::Create(dir / "case", info);
  EXPECT_TRUE(c.ok()) << c.status().message();
  if (!c.ok()) return {};
  auto imported = capture::ImportFile(**c, data / "ads.jsonl", "", {}, {});
  EXPECT_TRUE(imported.ok()) << imported.status().message();
  auto analyzed = pipeline::Analyze(**c, {});
  EXPECT_TRUE(analyzed.ok()) << analyzed.status().message();
  if (!imported.ok() || !analyzed.ok()) return {};
  return ScoreClusters(**c, ReadTruth(data / "truth.json"));
}

TEST(LinkQualityTest, BlindNetworkCorpus1) {
  const PairScore score = ScoreHeldOutCorpus("tests/link/data/blind_network1");
  // First run (main at c788ca9): 289 clusters, pairwise precision 0.9717, recall 0.9420 (6,316
  // of 6,500 predicted pairs right, of 6,705 true pairs): just under the goal (0.98 / 0.95).
  // Floors at those minus 0.02. Then (link18) a number written nationally on several countries'
  // sites judged generic with its other readings (resolve.h): 292 clusters, precision 0.9884
  // (6,316 of 6,390); floors those minus 0.02.
  // Then (link21) the site's footer left out of the signed texts: precision 0.9846 (6,336 of
  // 6,435), recall 0.9450; the recall floor raised to that minus 0.02.
  EXPECT_GE(score.precision, 0.968);
  EXPECT_GE(score.recall, 0.925);
}

// The second held-out corpus (tests/link/data/blind_network2/BLIND_NETWORK2.md), written while
// linking was being tuned on the first: obfuscated e-mails and handles, wa.me and t.me links,
// networks posting in two languages, mid-sized shared contacts (a taxi firm, a photo studio) that
// no frequency cut separates from a network's own, copycats; committed before anything ran on it.
TEST(LinkQualityTest, BlindNetworkCorpus2) {
  const PairScore score = ScoreHeldOutCorpus("tests/link/data/blind_network2");
  // First run (main at ace35cc, before the link18 round that tuned on corpus 1): 315 clusters,
  // precision 0.2494, recall 0.9505. One cluster of 271 ads joins 27 advertisers through the
  // mid-sized shared contacts of services (a photo studio's Telegram handle on 17 ads, an
  // ad-writing service's e-mail on 11): each is rare enough to weigh like a network's own contact.
  // A value that bridges groups with no other evidence between them is a service's, not a
  // network's: the next linking round's work. Floors at the first run minus 0.02. After link18
  // (tuned on corpus 1: a number read under two country codes is judged generic as one value):
  // 0.2555 / 0.9505. Then (link19) a value whose documents show many otherwise unconnected
  // advertisers is a service's contact, generic (resolve.h: the studio's handle, 14 advertisers on
  // 17 documents, and the writer's address, 10 on 11): 334 clusters, precision 0.9829 (11,629 of
  // 11,831), recall 0.9505; floors those minus 0.02.
  // Then (link21) the site's footer left out of the signed texts: precision 0.9834 (11,631 of
  // 11,827), recall 0.9506; floors those minus 0.02.
  EXPECT_GE(score.precision, 0.963);
  EXPECT_GE(score.recall, 0.930);
}

// The third held-out corpus (tests/link/data/blind_network3/BLIND_NETWORK3.md), the unseen judge
// while linking was tuned on the second: services on many advertisers' ads (a driver on three
// networks, a landlord, a Wi-Fi café's phone, a photographer, an ad-writer, a translator, an
// accountant), a helpline on job ads, a staffing agency naming genuine employers, recycled
// numbers, numbers in full-width, keycap and split forms or as +44 0…, networks in two languages
// that tour together, copycats with stolen pictures; committed before anything ran on it.
TEST(LinkQualityTest, BlindNetworkCorpus3) {
  const PairScore score = ScoreHeldOutCorpus("tests/link/data/blind_network3");
  // First run (main at 133866e, before this session's linking round): 312 clusters, precision
  // 0.5580, recall 0.9775 (8,814 of 15,797 predicted pairs right, of 9,017 true pairs). 5,905 of
  // the 6,983 wrong pairs are one cluster of 113 ads and 35 advertisers (recruiters, genuine
  // employers, a group) joined by the small job site's footer address (16 ads), the translator's
  // number and the landlord's; the driver's number joins three networks (471); genuine employers'
  // shared HR sentences link them by text (373). Floors at the first run minus 0.02. After
  // session 31's link19 (tuned on corpus 2, not this one: a contact beside the contacts of many
  // advertisers that nothing else joins is a service's, generic): 320 clusters, precision 0.8605
  // (8,814 of 10,243), recall unchanged; floors those minus 0.02. Then (link21) an address at a
  // site's domain is the site's own (the job site's footer address, 16 ads), and a value on several
  // ads each of three advertisers established beside it, whose texts do not join, is a service's
  // (the driver's number on 17 ads of three networks): precision 0.9153 (8,808 of 9,623), recall
  // 0.9768; floors those minus 0.02. Then the site's footer (the last paragraph, naming the site)
  // left out of the signed texts: genuine employers' short ads on one job site no longer look
  // near-identical through it: precision 0.9697 (8,700 of 8,972), recall 0.9648 (some pairs of one
  // advertiser's ads on one site lose the footer's shingles too); precision floor raised.
  // Session 37 (link25): near-identical texts of two organisations (each document an address at
  // its own domain, none in common) join nothing: precision 0.9748 (8,700 of 8,925), recall
  // unchanged; floor raised.
  EXPECT_GE(score.precision, 0.954);
  EXPECT_GE(score.recall, 0.957);
}

TEST(LinkQualityTest, BlindNetworkCorpus4) {
  const PairScore score = ScoreHeldOutCorpus("tests/link/data/blind_network4");
  // First run (main at 2bacad9, before this session's linking round, which tunes on corpus 3): 318
  // clusters, precision 0.7805, recall 0.9654 (11,115 of 14,241 predicted pairs right, of 11,513
  // true pairs). 2,448 of the 3,126 wrong pairs are one cluster of 79 ads: four recruiters and four
  // employers joined by the UK helpline written nationally (0808 157 0613) on Italian ads, read as
  // +39 0808157 0613, a value too rare there to look generic, plus two unrelated recruiters' near-
  // identical offers; a Czech driver's number joins a network and three reposters (310); two
  // template kits join two network pairs (99, 59); six copycats join the networks they copied
  // (138). Recall is lost on Czech spelled digits, "… a pak 276" splits and look-alike letters.
  // Floors at the first run minus 0.02. Session 34, after link21 (tuned on corpus 3, never ran
  // this one: a site's own address generic, a service's contact on three established advertisers,
  // the site's footer left out of signed texts): 321 clusters, precision 0.9049, recall 0.9590
  // (11,041 of 12,201, of 11,513); precision floor raised. Then (link22) leading zeros dropped from
  // the national digits judged together (resolve.h), so +39 0808157 0613 is generic with the +44
  // helpline: 324 clusters, precision 0.9653, recall 0.9620 (11,075 of 11,473, of 11,513);
  // precision floor raised. Session 37 (link25): a value whose documents show two advertisers or
  // more with unrelated texts is a directory's or a shared line's (resolve.h): four careers@
  // addresses and a number, each on ads of two advertisers, join nothing: precision 0.9660
  // (11,075 of 11,465), recall unchanged; floor raised.
  EXPECT_GE(score.precision, 0.946);
  EXPECT_GE(score.recall, 0.945);
}

TEST(LinkQualityTest, BlindNetworkCorpus5) {
  const PairScore score = ScoreHeldOutCorpus("tests/link/data/blind_network5");
  // The fifth held-out corpus (tests/link/data/blind_network5/BLIND_NETWORK5.md): 11 languages,
  // site ad-wizard templates, footer helpdesk phones, referral numbers, impersonators with scam
  // warnings, same e-mail local part on other providers, consecutive SIM blocks. First run (branch
  // netblind5 at e7958a9's code): 319 clusters, precision 0.7805, recall 0.9533 (7,138 of 9,145
  // predicted pairs right, of 7,488 true pairs). Of the 2,007 wrong pairs, a driver's number
  // joins three networks (~850), a landlord's number many small groups (~410), recruiters share an
  // offer text, a translator and a helpline (~280), referral numbers ("call my friend ...") ~175,
  // copycats 143, employers' HR sentences ~120, impersonators via the scam warning's number and
  // photo 33. Recall is lost on recruiters (147 of 774 pairs) and networks (144 of 5,644). Floors
  // at the first run minus 0.02. Then (link23) a group of a service's documents counts as an
  // advertiser when any of its documents carries a contact of its own, not only the first (an ad
  // joined to its group by text alone hid the group): the landlord's number, on 18 documents of 9
  // advertisers, is a service's: precision 0.8175 (7,138 of 8,731), recall 0.9533. Then two
  // established advertisers are enough for a service's contact when its documents show four
  // advertisers or more (the driver's number: 17 documents, five advertisers, two established):
  // precision 0.9041 (7,138 of 7,895), recall unchanged. Then clusters from 16 documents (not 30)
  // split where weakly joined (split.h): two recruiters joined by three near-identical offers part
  // (24 and 22 documents): precision 0.9341 (7,129 of 7,632), recall 0.9521; floor raised.
  // Session 37 (link25, tuned on corpus 6): a value whose documents show two advertisers or more
  // with unrelated texts is a directory's or a shared line's (resolve.h; four numbers and an
  // address, each on ads of two advertisers): precision 0.9358 (7,129 of 7,618), recall
  // unchanged; floor raised.
  // Then near-identical texts of two organisations (each document an address at its own
  // domain, none in common: employers' HR sentences) join nothing: precision 0.9519 (7,129 of
  // 7,489), recall unchanged; floor raised.
  // Session 38, link27 (contacts mentioned as someone else's join nothing: "call my friend Katia
  // on ..."): 335 clusters, precision 0.9666 (7,129 of 7,375), recall unchanged; floor kept.
  EXPECT_GE(score.precision, 0.931);
  EXPECT_GE(score.recall, 0.933);
}

// Ads whose scraped text quotes OTHER ads (issue 5 item 7; tests/link/data/quoted_widgets,
// generate.py): "Similar ads", "Other girls in Leeds", "Recently viewed"... in 12 languages and
// several formats (lines, bullets, inline after a colon, numbered items over two lines, items with
// no heading that reproduce the quoted ad's title), 1-6 items, the quoted ads in the corpus or not
// (twenty outside ads quoted again and again), a widget in the middle of the page; a network whose
// ads list its women's own numbers under "Our girls" (they must still link). Before the quoted
// occurrences were told apart (main at 65a4edb): precision 0.0110, recall 0.6813, one cluster of
// 238 of the 296 ads. link24, headings and items reproducing another ad's title: precision
// 0.9681, recall 1.0000 (left: ads outside the corpus listed under the two headings in no
// lexicon); then items repeating an item that another page lists under a known heading: 1.0000,
// 1.0000. Floors at those minus 0.02.
TEST(LinkQualityTest, QuotedListingsJoinNoAdvertisers) {
  const PairScore score = ScoreHeldOutCorpus("tests/link/data/quoted_widgets");
  EXPECT_GE(score.precision, 0.980);
  EXPECT_GE(score.recall, 0.980);
}

// Ads that name contacts that are not theirs (issue 5 item 7; tests/link/data/mentioned_contacts,
// generate.py): blacklists ("Don't call 07700 900851, it's a scam", a warning paragraph copied from
// ad to ad with its list of fake numbers), a friend's number, a "my friends" list, a site's relay
// line, in 11 languages; the named numbers other advertisers' or outside ones named again and
// again; own lines beside cue-like words ("no scammers here, call me") and a network's "Our
// girls" list must still link. Before (main at 8bd4965): 15 clusters, precision 0.0217, recall
// 0.6826 (271 of 12,478 predicted pairs right, of 397 true pairs). link27 (mentions.h; mentioned
// contacts join nothing, their words leave the text signature): 73 clusters, precision 0.9169,
// recall 1.0000 (397 of 433); without leaving the words out of the signature, precision 0.6845
// (the warning paragraph joins ads by text). Left: two advertisers whose generated ads drew the
// same opener and middle sentences (a generator collision, joined by text). Floors at those
// minus 0.02.
TEST(LinkQualityTest, MentionedContactsJoinNoAdvertisers) {
  const PairScore score = ScoreHeldOutCorpus("tests/link/data/mentioned_contacts");
  EXPECT_GE(score.precision, 0.896);
  EXPECT_GE(score.recall, 0.980);
}

// Clients' posts that quote an advertiser's number (issue 5 item 7, link32;
// tests/link/data/client_posts, generate.py): questions, reviews, warnings and searches in ten
// languages ("Anyone been to Anna on 07700 900123?", "Review: Lena, 07700 900456", "Is this number
// … a fake?", "Looking for Nina who was on …"), each client one post, the posts of a language
// near-identical to each other; networks and reposters whose own line stands beside client-like
// words in an ad with an own offer must still link. Before (main at 02dec9e): 51 clusters,
// precision 0.3072, recall 1.0000 (298 of 970 predicted pairs right, of 298 true pairs): every post
// joins the advertiser it quotes and the posts' texts chain them. link32: the numbers clients'
// posts quote are mentioned (mentions.h, client cues in 13 languages), joining nothing, and their
// sentences leave the text signature: precision 0.8663 (the posts' other sentences still join
// posts about different advertisers to each other); and two clients' posts that quote no value in
// common join nothing by text (resolve.h client_posts_apart): 50 clusters, precision 1.0000,
// recall 1.0000. Floors at those minus 0.02.
TEST(LinkQualityTest, ClientPostsJoinNoAdvertisers) {
  const PairScore score = ScoreHeldOutCorpus("tests/link/data/client_posts");
  EXPECT_GE(score.precision, 0.98);
  EXPECT_GE(score.recall, 0.98);
}

// Quoted listings in shapes with no known heading and an aggregator's call-tracking numbers
// (issue 5 item 7, link28; tests/link/data/listing_shapes, generate.py): a carousel on one line
// ("‹ Macy 32 07700 900811 · Holly 31 07700 900473 ›"), a table with pipes one row a line
// ("★ TOP | Freya | Birmingham | 07700 900079"), lines under headings in 11 languages ("More
// ladies near you", "Anderen bekeken ook"), and an aggregator mirroring ads with its own number
// per country; networks list their own women's numbers under "Our girls" and must still link.
// Before (main at f5e9194): 11 clusters, precision 0.0207, recall 0.8109 (373 of 18,023 predicted
// pairs right, of 460 true pairs). link28: the carousels, tables and more headings (quoted.h)
// quoted: precision 0.0742 (the aggregator's numbers still join); and an aggregator's number the
// only contact of mirrors near-identical to ads of three advertisers or more that nothing else
// joins is generic (resolve.cpp): 86 clusters, precision 0.9014, recall 0.8348 (384 of 426); the
// mirrors whose original carries a listing block paired with nothing (76 pairs of recall). Then
// the listing blocks' words left out of the text signature (text stage 4): 96 clusters, precision
// 0.9152, recall 0.9848 (453 of 495 predicted pairs right). Floors at those minus 0.02.
TEST(LinkQualityTest, ListingShapesJoinNoAdvertisers) {
  const PairScore score = ScoreHeldOutCorpus("tests/link/data/listing_shapes");
  EXPECT_GE(score.precision, 0.895);
  EXPECT_GE(score.recall, 0.964);
}

// Networks whose own lines look like an aggregator's or a service's to the generic-value rules
// (issue 5 item 7, link29; tests/link/data/network_lines, generate.py): a booking line beside the
// women's own numbers and alone on the network's reposts of their ads, a booking line on the
// reposts only (the women's ads written from the network's template), networks rotating numbers
// under one templated text, two legs sharing one handle or address only; beside independents and
// an aggregator mirroring one ad of 45% of all advertisers with its own number. Before (main at
// d071556): 90 clusters, precision 1.0000, recall 0.4892 (948 of 1,938 true pairs): five networks'
// booking lines taken for an aggregator's (counting the women's own ads that print it beside their
// numbers as mirrors), one for a driver's. link29 (an aggregator's number is not printed beside
// its owners' contacts, and its owners' texts are unrelated pair by pair: resolve.h): 73 clusters,
// precision 1.0000, recall 0.8653 (1,677 of 1,938); the aggregator's number stays generic. Left: a
// booking network whose women are established beside the line reads as a driver's (book-0).
// Floors at those minus 0.02.
TEST(LinkQualityTest, NetworkLinesStayWhole) {
  const PairScore score = ScoreHeldOutCorpus("tests/link/data/network_lines");
  EXPECT_GE(score.precision, 0.980);
  EXPECT_GE(score.recall, 0.845);
}

// Ads whose OWN text looks like the shapes that quote other ads (issue 5 item 7, link30;
// tests/link/data/own_shapes, generate.py): their prices and contacts in a table with pipes,
// prose lines holding a related-listings phrase ("Other girls available on request", "Popular in
// Leeds"), title lines as the text's first line, several cities on one line, a contact block of
// name, age and numbers on one line, networks listing their own women (name, age, number) on one
// line or in a table; beside real widgets quoting other advertisers and the planted corpora's
// traps (a site's footer e-mail, a hotel phrase, neighbouring numbers, numbers written otherwise,
// an aggregator's mirrors). Before (main at 5150aa5): 67 clusters, precision 0.2545, recall 0.4906
// (314 of 1,234 predicted pairs right, of 640 true pairs): the ads' own tables, network lines and
// contact lines under a heading-like line quoted, and the false blocks' words left out of the text
// signature. link30 (an ad with no contact outside the blocks owns the first; the text's first line
// and a sentence are no heading; a heading's block ends where a carousel or table starts; a
// carousel closed by an arrow mid-line; a mentioning heading line over an ad's only numbers is
// its own): 109 clusters, precision 0.8646, recall 0.8578 (549 of 635, of 640). Left: the
// aggregator's German mirrors (too short to be near-identical to their originals) joined through
// its number; mirrors of one-line ads; a spun network's shared number judged a directory's.
// Floors at those minus 0.02.
TEST(LinkQualityTest, OwnShapesStayLinked) {
  const PairScore score = ScoreHeldOutCorpus("tests/link/data/own_shapes");
  EXPECT_GE(score.precision, 0.844);
  EXPECT_GE(score.recall, 0.837);
}

TEST(LinkQualityTest, BlindNetworkCorpus6) {
  const PairScore score = ScoreHeldOutCorpus("tests/link/data/blind_network6");
  // The sixth held-out corpus (tests/link/data/blind_network6/BLIND_NETWORK6.md): 11 languages, a
  // call-relay number with extensions, a scraped "similar ads" widget quoting other advertisers'
  // numbers, a hotel's reception number, city Telegram channels, a booking-page domain, the same
  // national digits in two countries, transposed digits, a shared incall address, rebranded
  // networks, local SIMs abroad, Gmail variants, new number forms (bold, circled, reversed, X=7,
  // emoji separators, zero-width spaces, half in the title), a site's photo stamp.
  // First run (branch netblind6, main's code at 75bdd02): 298 clusters, precision 0.4856, recall
  // 0.8861 (6,304 of 12,983 predicted pairs right, of 7,114 true pairs). Then the truth was
  // corrected (the data unchanged): three employer branches shared one careers@ address and two
  // one-ad ads one e-mail, by a generator slip, so each became one advertiser: precision 0.4865,
  // recall 0.8863 (6,316 of 12,983, of 7,126). Of the 6,667 wrong pairs, 4,961 are one cluster of
  // 104 Russian ads and 43 advertisers: the "similar ads" widget quotes networks' numbers under
  // other advertisers' ads (352 pairs joined directly, on the German site too) and weak evidence
  // chains them; city "verified girls" Telegram channels 172, copycats 41, employers' HR
  // sentences 24, the recruiters' helpline 9. The call relay, hotel reception numbers, the booking
  // domain, same digits in two countries and transposed digits joined nobody. Recall is lost on
  // networks (791 of 5,087 pairs): bilingual ones split at the language border (a local SIM
  // abroad; 421), and stray ads whose number is reversed, X=7, circled or in look-alike letters.
  // Floors at the figures minus 0.02. Session 35, after link23 (tuned on corpus 5, never ran this
  // one): 299 clusters, precision 0.4887, recall 0.8863: the widget's cluster is untouched.
  // Session 36, after link24 (contacts quoted from other ads join nothing): 307 clusters, precision
  // 0.8410, recall 0.9049. Not a blind figure for the widget: the lead named that trap to link24
  // from this corpus's first run (link24 never read the corpus and built its own, quoted_widgets).
  // Session 37, link25 (corpus 6 a development set now): a value whose documents show two
  // advertisers or more with unrelated texts is a directory's or a shared line's (resolve.h): 36
  // of the city channels and the recruiters' helpline are generic: 301 clusters, precision 0.9345
  // (6,407 of 6,856), recall 0.8991 (two of a network's ads joined only through a channel part);
  // precision floor raised, recall floor kept. Then near-identical texts of two organisations
  // (each document an address at its own domain, none in common: employers' HR sentences) join
  // nothing: 309 clusters, precision 0.9517 (6,407 of 6,732), recall unchanged; floor raised.
  EXPECT_GE(score.precision, 0.931);
  EXPECT_GE(score.recall, 0.884);
}

TEST(LinkQualityTest, BlindNetworkCorpus7) {
  const PairScore score = ScoreHeldOutCorpus("tests/link/data/blind_network7");
  // The seventh held-out corpus (tests/link/data/blind_network7/BLIND_NETWORK7.md): 11 languages,
  // 16 sites; an aggregator mirroring ads with the contacts stripped, a masked number and its own
  // call-tracking number; spun (spintax) networks rotating numbers ad by ad; tours abroad writing
  // the home number without its country code on a foreign site; transliterated ads; mailbox aliases
  // (googlemail, ya.ru, case); payment pages, IBANs; blacklisted clients' numbers, keyword
  // stuffing, one-line and default texts, review blocks with reviewers' e-mails, "similar ads"
  // carousels and tables, a hotel's booking e-mail, site-builder subdomains, short links, an
  // apply-link platform, WhatsApp group links, a site-wide Telegram support handle, near e-mails
  // and handles; new number forms (words as said, keycaps, superscript, Arabic-Indic, trunk kept,
  // split in sentences, digits beside the number); a studio backdrop, a landlord's room photo,
  // collages. First run (branch netblind7, main's code at ddc028a; the corpus committed alone
  // before, in bfa10b3): 193 clusters, precision 0.0158, recall 0.8594 (6,535 of 412,583 predicted
  // pairs right, of 7,604 true pairs). Floors: recall at the figure minus 0.02; precision at 0.010,
  // not minus 0.02 (that would be below zero and could never fail). One cluster of 905 ads and 314
  // advertisers holds 404,608 of the 406,048 wrong pairs: "similar ads" blocks in new shapes (a
  // carousel line, a table, other headings) quoting other advertisers' numbers, the aggregator's
  // call-tracking numbers, blacklisted clients' numbers, drivers, an age before a quoted number
  // read as a country code. Recall is lost on networks (971 of 6,091 pairs): home numbers without a
  // country code on a foreign site, spun text, numbers split across sentences, mirrors.
  // Session 37, after link25 (directories and shared lines, organisations' texts; tuned on corpus
  // 6, never ran this one): 199 clusters, precision 0.0194, recall 0.8531 (6,487 of 334,203
  // predicted pairs right): the one large cluster stands.
  // Session 41, after link28 (listings quoted in one-line carousels and pipe tables, more headings
  // in 11 languages, an aggregator's call-tracking number generic, a quoted block's words left out
  // of the text signature; built on its own corpus listing_shapes from the families named above,
  // never ran this one; also the extract changes xsplit, xvoice2 and xocr): 365 clusters,
  // precision 0.8792, recall 0.7904 (6,010 of 6,836 predicted pairs right, of 7,604). The large
  // cluster is gone; recall fell 0.0642 (not analysed: the lead measures figures only). Floors at
  // the figures minus 0.02.
  // Development set since session 45, tuned by link31 (main's build that session read 362
  // clusters, 0.8652 / 0.7774): a carousel of one card between arrows and the Polish heading
  // "Użytkownicy oglądali też" quote other ads' numbers; a value over established blocks whose
  // texts reach 0.55 (ResolveOptions::service_bridge_text_similarity) is one network's, not a
  // driver's. 370 clusters, precision 0.9162, recall 0.8242 (6,267 of 6,840 predicted pairs
  // right). Floors at the figures minus 0.02.
  // Session 54 (linkpay; BASE 885ebd43 0.9171 / 0.8464): IBANs, crypto wallets and IP addresses
  // link (store/contact_kinds.h): 367 clusters, precision 0.9172, recall 0.8476 (6,445 of 7,027
  // predicted pairs right); floors those minus 0.02.
  // Session 56 (link42; BASE ee58023d 0.9263 / 0.8476): payment tags read, deposit accounts never
  // a service's, a template with a fresh number on every ad not a popular text: 363 clusters,
  // precision 0.9322, recall 0.9001 (6,844 of 7,342 predicted pairs right); floors those minus
  // 0.02.
  EXPECT_GE(score.precision, 0.912);
  EXPECT_GE(score.recall, 0.880);
}

TEST(LinkQualityTest, BlindNetworkCorpus8) {
  const PairScore score = ScoreHeldOutCorpus("tests/link/data/blind_network8");
  // The eighth held-out corpus (tests/link/data/blind_network8/BLIND_NETWORK8.md): 11 languages
  // (Portuguese and Czech new), 15 sites with a multi-country classifieds site; networks moving
  // between cities together, rotating numbers, own crypto wallets, agency websites with a page per
  // persona, fancy (mathematical) letters, Cyrillic homoglyphs and zero-width spaces, the number
  // only in the title; reposters rebranding their persona; standard price ladders and tour dates
  // written as bare digit runs, per-ad relay e-mail addresses on one host, a site header banner
  // e-mail, a copied etiquette block, a scam "verification" wallet, clients asking for a woman's
  // new number; new number forms (mathematical digits, zero-width spaces between digits). First
  // run (branch netblind8, main's code at 6afc5be; the corpus committed alone before, in
  // a9c9621): 250 clusters, precision 0.8763, recall 0.9123 (5,909 of 6,743 predicted pairs right,
  // of 6,477 true pairs). Floors at the figures minus 0.02. Of the 834 wrong pairs, 729 (779 with
  // the mixed clusters) come from the clients' posts: each quotes a network's or reposter's number
  // (128 pairs direct) and the posts are near-identical to each other, so two advertisers chain
  // through two clients (one cluster of 42 ads joins two Portuguese networks: 505 pairs);
  // copycats cost 53 (text 20, photo 3 direct), the etiquette block and the stock photo 1 each.
  // Price ladders read as numbers, relay addresses, the banner e-mail and the scam wallet joined
  // nobody. Recall is lost on networks (521 of 5,337 pairs): numbers split in three sentences (19
  // of 50 ads off their cluster), the number only in the title (9 of 38), homoglyph ads (7 of 48),
  // one network's own e-mail taken for a service's; recruiters lose 33 of 534, groups 11 of 173.
  // Session 46 (link32's clients' posts, built from this comment's description, with xsplit3's and
  // xmail2's extraction): 255 clusters, precision 0.9864, recall 0.9077. The precision floor
  // follows (minus 0.02); the recall floor stays. Session 47 (link33, corpus 8 then a development
  // set): xsplit3's address-over-lines join glued a sentence's last word and its full stop to the
  // address on the next line ("Hotel Palais Lindenhof.⏎jasmine.girls22@gmail.com": one network's
  // address read as three values), now a word alone on its line or after a label only; a number
  // told in parts with words of order ("Primero 691, luego 524, y al final 648") joined in the 11
  // languages; the title's contacts stored as the title's; Czech number words; shingles read
  // look-alike letters, styled letters and invisible characters as plain: 255 clusters,
  // precision 0.9862, recall 0.9955 (6,448 of 6,538 predicted pairs right). Left: copycats joined
  // to their network by its signature and pool (90 wrong pairs), digits written with look-alike
  // letters ("69S57444S"), a recruiter's two numbers with no bridge. Floors at those minus 0.02.
  EXPECT_GE(score.precision, 0.966);
  EXPECT_GE(score.recall, 0.975);
}

TEST(LinkQualityTest, BlindNetworkCorpus9) {
  const PairScore score = ScoreHeldOutCorpus("tests/link/data/blind_network9");
  // The ninth held-out corpus (tests/link/data/blind_network9/BLIND_NETWORK9.md): 11 languages, 16
  // sites with a multi-country classifieds site and an aggregator that mirrors other sites' ads (35
  // of its 150 copies with the number masked); networks touring abroad with each country's own
  // number, networks spread over sites with a template per site, WhatsApp/Telegram links as the
  // only contact, numbers in the language's number words, numbers split over scattered sentences,
  // the number only in the title or only in a picture caption (`image_captions`); touring
  // independents; traps: site footers with a site-wide e-mail or WhatsApp link, a site's Telegram
  // channel, the famous hotel and its photo, a photographer's number in captions, prices in words,
  // popular phrases, one-digit-off numbers, a stock photo, copycats, clients quoting numbers. First
  // run (branch netblind9, main's code at 0d0689b; the corpus committed alone before, in 7012791):
  // 352 clusters, precision 0.9387, recall 0.9021 (6,080 of 6,477 predicted pairs right, of 6,740
  // true pairs). Floors at the figures minus 0.02. Of the 397 wrong pairs, the clients' reviews and
  // warnings cost 208 (each quotes a network's or reposter's number: 82 pairs direct), copycats 111
  // (text 87 direct, photo 2), the hotel's photo 78 (one picture per country on 6-8 unrelated ads,
  // not recognised as generic as the stock photo is). Site-wide values, the photographers' caption
  // numbers, one-digit-off numbers, the aggregator's copies and prices in words joined nobody.
  // Recall is lost on networks (561 of 5,533 pairs): numbers split over sentences (32 of 52 ads off
  // their cluster), the number only in the title (7 of 31), tours abroad; recruiters lose 64 of
  // 344, reposters 21 of 390 (caption-only numbers: 6 of 6 reposts off; captions seem unread),
  // tourers 13 of 134.
  // After session 47's merges (link33 read corpus 8, never this one): 353 clusters, precision
  // 0.9388, recall 0.9083. Session 48 (link34; the corpus a development set): 349 clusters,
  // precision 0.9822, recall 0.9083 (6,122 of 6,233 predicted pairs right). The clients' posts
  // (210 wrong pairs) are read as mentions: visit reports and scam warnings are client cues in 13
  // languages, a question before "her number" makes the post a client's; the hotel's photo (78)
  // is generic: its documents show 5-8 advertisers that nothing else joins. Left: copycats (110
  // wrong pairs: a network's text under another persona and number), numbers split over
  // sentences (32 of 52 ads off), t.me/+<number> links (extract's handle.cpp), numbers only in a
  // picture caption (`image_captions` stays unread: the lead's ruling). Floors at the figures
  // minus 0.02. Session 49 (link35): numbers told in parts over sentences ("starts with ... after
  // that comes ... ends in") and a number's rest on the next line read as one in normalize: 345
  // clusters, precision 0.9820, recall 0.9702 (6,539 of 6,659 predicted pairs right).
  EXPECT_GE(score.precision, 0.962);
  EXPECT_GE(score.recall, 0.950);
}

TEST(LinkQualityTest, BlindNetworkCorpus10) {
  const PairScore score = ScoreHeldOutCorpus("tests/link/data/blind_network10");
  // The tenth held-out corpus (tests/link/data/blind_network10/BLIND_NETWORK10.md): 12 languages
  // (Hungarian new), 16 sites with a multi-country classifieds site; networks touring abroad with
  // each country's own numbers, spread over sites with a template per site, rotating 3-4 numbers
  // mostly without a bridge, paying into their own USDT wallet; numbers split between the title
  // and the text or over two labelled lines, drawn only in a contact-card picture, given only as
  // Signal or Viber links, circled digits, "+44 (0)7700 ..."; traps: a "similar ads" widget quoting
  // other advertisers' numbers, a site blacklist of two advertisers' numbers, a site support
  // number, a site badge picture, the famous hotel with its photo and its reception number, a scam
  // wallet, clients' forum replies, warnings and questions quoting numbers, copycats of a network's
  // or a reposter's whole text, one-digit-off and transposed numbers, a stock photo. First run
  // (branch netblind10, main's code at 10252201; the corpus committed alone before, in bd3009b4):
  // 272 clusters, precision 0.9254, recall 0.8956 (7,531 of 8,138 predicted pairs right, of 8,409
  // true pairs). Floors at the figures minus 0.02. Of the 607 wrong pairs, the clients' posts cost
  // 230 (each quotes a network's or reposter's number: 98 pairs direct; two near-identical warnings
  // chain two reposters), the similar-ads widget 190 (its numbers read as the ad's own: one
  // British network joined to a reposter, 115 pairs, and to another network), copycats 130 (text
  // 112, a stolen photo 18), the hotel's photo 51 (three clusters of 6-7 unrelated ads). Site
  // footers, the blacklist, the support number, the hotels' reception numbers, the badge and the
  // stock photo are listed as generic; one-digit-off and transposed numbers joined nobody. Recall
  // (878 missed pairs): about 310 between the parts of three networks cut by the weak-evidence
  // split (Czech 144, Hungarian touring 99, British 65); then single ads off their cluster:
  // t.me/+<number> links (11 ads), numbers split over title and text, sentences or labelled lines
  // (14), look-alike letters S and B for digits (5), the number only in the title in circled digits
  // (2), Hungarian number words (2), recruiters' numbers in turn without a bridge.
  // Session 50 (link36; BASE d4ad6059 0.9379 / 0.9311): the similar-ads widget's numbers on ads
  // whose own number was not read are quoted (wrong pairs 518 -> 332), and a Czech network's two
  // blocks that one picture joined stay together, their texts one template's (missed 579 -> 427):
  // 268 clusters, precision 0.9591, recall 0.9492. Session 51 (link37): a short adult post that
  // states no age, on a site whose records state one, and makes no offer is a post about someone
  // (its number quoted: warnings, "Re:" replies, questions in any words): 269 clusters, precision
  // 0.9812 (7,982 of 8,135 predicted pairs right); floor that minus 0.02.
  // Session 54 (linkpay; BASE 885ebd43 0.9812 / 0.9492): IBANs, crypto wallets and IP addresses
  // link (store/contact_kinds.h): 268 clusters, precision 0.9813, recall 0.9527 (8,011 of 8,164
  // predicted pairs right); floors those minus 0.02.
  // Session 56 (link41): a hotel's reception number named before it is mentioned ("… Grand Hotel
  // … (recepción …"): 267 clusters, precision 0.9809, recall 0.9596. Recall floor at the figure
  // minus 0.02.
  EXPECT_GE(score.precision, 0.961);
  EXPECT_GE(score.recall, 0.939);
}

TEST(LinkQualityTest, BlindNetworkCorpus11) {
  const PairScore score = ScoreHeldOutCorpus("tests/link/data/blind_network11");
  // The eleventh held-out corpus (tests/link/data/blind_network11/BLIND_NETWORK11.md): 13
  // languages (Swedish new), 17 sites; agencies whose personas each have their own number but
  // share one booking e-mail, networks writing half their ads in a second language, a driver's
  // number on several personas, burner networks held together by text and cropped or mirrored
  // pictures, recruiters whose only constant is their IBAN, tours abroad; numbers split over
  // bullet lines, title and text, words and digits; numbers only in the title in bold,
  // double-struck or emoji-separated digits; traps: taxi companies' numbers, a site-wide IBAN, a
  // "recently viewed" block on top and a Polish "similar ads" block quoting other advertisers,
  // clients looking for a woman, thanking or warning, copycats of a network's text or a
  // recruiter's offer, one-digit-off and transposed numbers, a stock photo, the hotel's photo.
  // First run (branch netblind11 on main's code at d4ad6059; the corpus committed alone before,
  // in 7ce1e47f): 267 clusters, precision 0.9097, recall 0.9374 (6,487 of 7,131 predicted pairs
  // right, of 6,920 true pairs). Floors at the figures minus 0.02. Of the 644 wrong pairs, the
  // clients' posts cost about 375 (each quotes a network's or reposter's number; near-identical
  // warnings chain two reposters), copycats of a network's text 130, the "recently viewed"
  // block 128 (its numbers read as the ad's own: a British network joined to a reposter), the
  // hotel's photo 6. Footers, taxi numbers, the stock photo are generic; the site-wide IBAN,
  // copycat recruiters, near numbers joined nobody. Recall (433 missed pairs): the split-number
  // networks 152 of 211 (bullet lines, title and text), recruiters 79 (the IBAN recruiters with
  // a fresh number per repost fall apart), regular networks 81, a touring network 42, look-alike
  // letters for digits; bilingual, booking-e-mail, title-only and multi-site networks lose none.
  // Session 51 (link37; BASE 606a589e 0.9266 / 0.9374): a short adult post that states no age,
  // on a site whose records state one, and makes no offer is a post about someone (its number
  // quoted): 268 clusters, precision 0.9781 (6,487 of 6,632 predicted pairs right), recall
  // unchanged. Left: copycats of a network's text (130 wrong pairs), split numbers (extraction).
  // Session 54 (linkpay; BASE 885ebd43 0.9781 / 0.9374): IBANs, crypto wallets and IP addresses
  // link (store/contact_kinds.h): the IBAN recruiters join, 266 clusters, precision 0.9783,
  // recall 0.9462 (6,548 of 6,693 predicted pairs right); floors those minus 0.02.
  EXPECT_GE(score.precision, 0.958);
  EXPECT_GE(score.recall, 0.926);
}

TEST(LinkQualityTest, BlindNetworkCorpus12) {
  const PairScore score = ScoreHeldOutCorpus("tests/link/data/blind_network12");
  // The twelfth held-out corpus (tests/link/data/blind_network12/BLIND_NETWORK12.md): 12
  // languages, 16 sites; networks machine-translated into a third language, agencies putting
  // their reception number beside each worker's own, one booking page with a different query
  // string per ad, a shared USDT wallet or guest Wi-Fi name beside fresh numbers, watermarked
  // pictures, reposters renaming their persona; numbers split over arrow lines, lettered parts,
  // digits and words, the last four in the title; numbers only in the title in monospace,
  // superscript or negative circled digits; traps: widgets quoting other advertisers on top and
  // at the bottom, a site-wide wallet, a site's relay number with extensions, a shared booking
  // platform, the hotel's reception number, Wi-Fi and photo, consulates' IBANs, clients'
  // reviews, questions and number-change notices, copycats, one-digit-off numbers, a stock
  // photo.
  // First run (branch netblind12 on main's code at 606a589e; the corpus committed alone before,
  // in 461d8a66): 248 clusters, precision 0.3264, recall 0.7649 (5,099 of 15,622 predicted
  // pairs right, of 6,666 true pairs). Floors at the figures minus 0.02. Of the 10,523 wrong
  // pairs, 9,765 are three clusters (95, 83, 79 ads) chained by the "similar ads" widgets: the
  // British bottom widget, the Spanish and Hungarian top widgets quote two other advertisers'
  // numbers and these are read as the ad's own; the German widget's "(24) 0176..." is read with
  // the age as a prefix. Then copycats of a network's text 111 (4 of 5 joined), clients'
  // number-change notices 67, the Russian hotel's reception number 55, the hotel's photo 15. The
  // footers, the relay number, four hotels' receptions and the stock photo are generic; the
  // site-wide wallet, the consulates' IBANs, the booking platform, the hotel's Wi-Fi and
  // one-digit-off numbers joined nobody. Recall (1,567 missed pairs): the largest reception
  // agency 513 (its reception number, on 33 ads of 8 personas, is listed as generic), wallet
  // and Wi-Fi networks 320 (wallet and Wi-Fi names join nothing), IBAN recruiters with a fresh
  // number per repost 144, machine-translated halves 136, touring networks 128; title-only
  // networks and employers lose none.
  // Session 51's merges: 0.3310 / 0.7682. Then (link38, the corpus a development set) a line of
  // cards each with an age after a label closed by a colon is the site's widget (quoted.h), and
  // an age in brackets read into a card's number is the card's age: 250 clusters, precision
  // 0.9665, recall 0.8180 (5,453 of 5,642 predicted pairs right); floors those minus 0.02.
  // Session 54 (linkpay; BASE 885ebd43 0.9665 / 0.8180): IBANs, crypto wallets and IP addresses
  // link (store/contact_kinds.h), and an account that two organisations' ads give is a third
  // party's (the consulates' IBANs: generic): 251 clusters, precision 0.9661, recall 0.8342
  // (5,561 of 5,756 predicted pairs right; 108 more than BASE, all six IBAN reasons within one
  // advertiser). Precision loses 0.0004: a copycat of a recruiter's offer (near-identical text)
  // now joins the whole recruiter. Recall floor that minus 0.02; the precision floor stays.
  // Session 56 (link42; BASE ee58023d 0.9661 / 0.8342): a recruiter's IBAN over his numbers in turn
  // is no longer a service's (deposit accounts never are): 0.9650 / 0.8396 (5,597 of 5,800).
  // Recall floor that minus 0.02.
  EXPECT_GE(score.precision, 0.946);
  EXPECT_GE(score.recall, 0.819);
}

TEST(LinkQualityTest, BlindNetworkCorpus13) {
  const PairScore score = ScoreHeldOutCorpus("tests/link/data/blind_network13");
  // The thirteenth held-out corpus (tests/link/data/blind_network13/BLIND_NETWORK13.md): 12
  // languages (Greek new), 16 sites; networks whose site prints the poster's IP (an office IP
  // beside fresh numbers), networks whose number is only drawn in their pictures, an aggregator
  // mirroring seven sites' ads (50 with the contacts removed), reception agencies in new
  // wordings, Bitcoin and Ethereum wallets, a Wi-Fi name, tours abroad in the host's language;
  // numbers split by a word, reversed halves or bars; new digit forms (subscript, Arabic-Indic,
  // dingbat circled, parenthesized, mathematical bold, viber:/sms:/tel: links); IBANs over two
  // lines, dotted, with spaced check digits or lower case after a BIC; traps: widgets quoting
  // other advertisers in the middle, after the prices, after the contact, as bullets or a pipe
  // table, a site's support number on every ad, a site-wide Bitcoin address, a gateway IP shared
  // by unrelated posters and IPs next to an office IP, a site's hotline drawn in every picture,
  // clients' quoted replies, blocklists and comparisons, copycats, hotels' numbers and photo, a
  // shared booking platform, one-digit-off numbers, a stock photo.
  // First run (branch netblind13 on BASE 50135adc; the corpus committed alone before, in
  // 2910c972): 256 clusters, precision 0.0509, recall 0.7799 (3,689 of 72,444 predicted pairs
  // right, of 4,730 true pairs). Floors at the figures minus 0.02. One cluster of 372 ads holds
  // 68,307 of the 68,755 wrong pairs: the numbers quoted by the Greek (after the contact), Russian
  // (pipe table on top) and Italian (after the prices) widgets are read as the ad's own and join
  // each quoting ad to the quoted advertisers; the Italian widget's "(37) 368 570 3654" is also
  // read with the age glued on. Then copycats 290 (6 of 10 joined their original by text: 1 of 5
  // network copies, both reposter copies, all 3 recruiter copies) and a Spanish split network
  // joined to a regular one by the shared agency sentences 195. The Greek support number, the
  // twelve hotels' numbers and the stock photo are generic; the French and Polish widgets, the
  // gateway IP, the site's wallet and the one-digit-off numbers joined nobody. Recall (1,041
  // missed pairs): numbers only in pictures 320 of 346, wallet networks 274 of 322, split
  // networks 128, recruiters 105 (the IBAN over two lines with a fresh number per repost: eight
  // singles), IP networks 80, the Wi-Fi network 63; every mirror joined its original; regular
  // networks, reception agencies and employers lose none.
  // Session 54 (link39, the corpus a development set): cards parted by commas or semicolons, a
  // card's name and age in the cell before its number, a last card whose number was not read,
  // lists of cards one a line (quoted.h), and a bracketed age after a name read as no area code
  // (extract/phone.cpp): 286 clusters, precision 0.9382, recall 0.7803 (3,691 of 3,934 predicted
  // pairs right); the widget-quoted own numbers of two networks are no longer generic. Left: the
  // Spanish split network joined to a regular one by shared agency sentences (195 wrong pairs),
  // copycats (about 30). Floors those minus 0.02.
  // Session 54 (linkpay; the corpus a development set; BASE 885ebd43 0.0509 / 0.7799): IBANs,
  // crypto wallets and IP addresses link (store/contact_kinds.h; an IP address only between ads
  // whose texts are one family): 257 clusters, precision 0.0751, recall 0.8340 (3,945 of 52,506
  // predicted pairs right). Missed pairs: wallet networks 274 -> 84 (the rest are ads that give
  // no wallet), IP networks 80 -> 21, recruiters 105 -> 88 (the IBAN over two lines is not read);
  // groups 14 -> 22 and independent tourers 11 -> 13, which BASE held only inside the 372-ad
  // widget cluster, now smaller. The site-wide wallet and the gateway IPs are generic; the IPs
  // next to the office IP and the booking platform join nobody. Floors those minus 0.02.
  // Both merged (the lead): 282 clusters, precision 0.9426, recall 0.8436 (3,990 of 4,233
  // predicted pairs right). Floors those minus 0.02.
  EXPECT_GE(score.precision, 0.922);
  EXPECT_GE(score.recall, 0.823);
}

TEST(LinkQualityTest, BlindNetworkCorpus14) {
  const PairScore score = ScoreHeldOutCorpus("tests/link/data/blind_network14");
  // The fourteenth held-out corpus (tests/link/data/blind_network14/BLIND_NETWORK14.md): 12
  // languages (Czech back), 15 sites; networks known by a Telegram booking bot and channel,
  // booking links carrying an agency's id, networks writing in two languages with translated
  // sentences, directory agencies listing their workers, reposters posting again after a
  // deletion with a new number and a recropped picture, a USDT-TRC20 wallet, a Wi-Fi name, a
  // reception agency in Italian, tours abroad; numbers in the language's words, English
  // "double", French pairs, backwards, Cyrillic look-alike letters, emoji between digits;
  // IBANs inside a sentence, Polish account numbers, slashes, lower case; traps: widgets quoting
  // other advertisers (a numbered list, inline after the prices, a quote box, a line on top,
  // wa.me links, E.164 after the contact, two at once), a site-wide Telegram help bot, hotels'
  // numbers and façade, a booking platform, clients' reviews, warnings and questions, copycats,
  // one-digit-off and swapped numbers, a stock photo, popular phrases.
  // First run (branch netblind14 on BASE 885ebd43; the corpus committed alone before, in
  // 4be7f670): 252 clusters, precision 0.2295, recall 0.8147 (2,607 of 11,360 predicted pairs
  // right, of 3,200 true pairs). Floors at the figures minus 0.02. Two clusters hold 8,347 of the
  // 8,753 wrong pairs: the numbers of the Portuguese widget's wa.me links (126 ads, 7,564) and
  // of the Spanish widget inline after the prices (43 ads, 783) are read as the quoting ad's
  // own. Then the Russian widgets 97, the Hungarian quote box 71, copycats by text 38 (all 10
  // joined their original), the German list 31, the stock photo 10. The help bot, the footers,
  // 11 hotels' numbers, the stock photo and the façade are generic; the Czech and British
  // widgets, near numbers and the booking platform joined nobody. Recall (593 missed pairs):
  // IBAN recruiters 110 of 120, the wallet network 72 of 91, recruiters 68, booking-link
  // networks 54 (ads with only the agency id), look-alike networks 48 (number words), the Wi-Fi
  // network 45 of 66, bilingual networks 35, reposters after deletion 30 of 103; the Telegram
  // bots joined; touring and regular networks, the reception agency and employers lose none.
  // Then (link40, session 54's merges at 0.2366 / 0.8538) the widgets read as other ads' (a
  // lexicon phrase anywhere in a short label on the line of its items, Hungarian and Czech
  // headings, a heading over a list of cards a widget, a sentence ending its block): 0.9741 /
  // 0.8450; no wrong pair from a widget left. Recall lost the Portuguese booking-link network's
  // 36 pairs (and a deleted reposter's 4) that only the widget's chain had joined (the agency id
  // in the booking link joins nothing yet). Floors at the figures minus 0.02.
  // Session 56 (link42; BASE ee58023d 0.9741 / 0.8450): the IBAN recruiter's account is no longer
  // a service's: 0.9743 / 0.8538 (2,732 of 2,804). Recall floor that minus 0.02.
  EXPECT_GE(score.precision, 0.954);
  EXPECT_GE(score.recall, 0.833);
}

TEST(LinkQualityTest, BlindNetworkCorpus15) {
  const PairScore score = ScoreHeldOutCorpus("tests/link/data/blind_network15");
  // The fifteenth held-out corpus (tests/link/data/blind_network15/BLIND_NETWORK15.md): 9 languages
  // (Danish new), 12 sites; template networks rotating a fresh number on every ad under one
  // template with small edits, networks known only by a Revolut tag or an IBAN for the deposit,
  // four personas moving city to city together on a schedule (a fresh local number each), partner
  // agencies quoting each other's number, Danish number words; traps: widgets quoting other
  // advertisers (map pins, a weekly ranking on top, sponsored ads in the middle in the own
  // contact's wording, after the contact, a price comparison, arrows at the end), a forum's
  // replies and structured reviews quoting numbers, site footers with the site's e-mail, hotels'
  // numbers, popular phrases, one-digit-off and swapped numbers, copycats, a stock photo,
  // pictures re-encoded to few colours, greyed or framed.
  // First run (branch netblind15 on BASE 763bc783; the corpus committed alone before, in
  // 81ba4dae): 257 clusters, precision 0.1370, recall 0.7384 (1,835 of 13,397 predicted pairs
  // right, of 2,485 true pairs). Floors at the figures minus 0.02. One cluster of 127 ads holds
  // 7,911 of the 11,562 wrong pairs: the numbers of heatherlane-uk's price comparison after the
  // contact are read as the quoting ad's own, and the forum's replies and reviews carry them to
  // the other British site. By the main joining reason: the price comparison 8,022, the Polish
  // ranking on top 1,082, the French map pins 1,000, the Italian arrows 896, forum posts 213,
  // the Romanian hotel's number 153 (the other hotels' are generic), partner agencies 110 (both
  // pairs joined their partner through "Partneragentur … hilft gern: …" and the like; the Polish
  // pair's 267 inside a ranking cluster), text 76. Recall (650 missed pairs):
  // template networks 259 of 288 (one template with small edits and a fresh number per ad does
  // not join), payment networks 144 of 144 (the IBAN judged a service's contact, the Revolut tag
  // not read), moving personas 158 of 169 (friends' names and the printed tour do not join),
  // regular networks 34, recruiters 32, reposters 20, groups 3. Danish numbers in dots are read as
  // IP addresses.
  // Session 56 (link41; BASE ee58023d 0.1370 / 0.7384): a labelled row of named cards beside the
  // ad's own number on another line is other ads' (the price comparison, the Polish ranking, the
  // French map pins), a heading pointing at its cards with an arrow heads their line (the Italian
  // arrows), a partner agency's and a hotel's reception number are mentioned, a reply's, thread's
  // or review's title makes a short record a client's post on the forum (which gives no ages), a
  // Danish number in pairs with dots is a phone: 250 clusters, precision 0.8803, recall 0.7396
  // (1,838 of 2,088 predicted pairs right). The wrong pairs left (250) are near-identical texts of
  // different advertisers (the recruiters' template, copycats) and rankings whose ad's own number
  // was not read. Floors at the figures minus 0.02.
  // Session 56 (link42, a development set; BASE ee58023d 0.1370 / 0.7384): the Revolut tag read
  // (extract/payment.cpp), deposit accounts and tags never a service's contact, a template with a
  // fresh number on every ad not a popular text: 253 clusters, precision 0.1033, recall 0.8362
  // (2,078 of 20,115). Missed pairs: templates 259 -> 97, payment networks 144 -> 63. Precision
  // falls because the British template network (3 of its ads already in the 127-ad cluster the
  // price comparison chains, above) and the Revolut network now join whole, and that cluster
  // with them (172 ads): every new wrong pair is that cluster's (link41 works on its widgets).
  // Floors at the figures minus 0.02.
  // Both merged (the lead, session 56): 0.8796 / 0.8382 (2,083 of 2,368 predicted pairs right).
  // Floors at the figures minus 0.02.
  EXPECT_GE(score.precision, 0.859);
  EXPECT_GE(score.recall, 0.818);
}

TEST(LinkQualityTest, BlindNetworkCorpus16) {
  const PairScore score = ScoreHeldOutCorpus("tests/link/data/blind_network16");
  // The sixteenth held-out corpus (tests/link/data/blind_network16/BLIND_NETWORK16.md): 6 languages
  // (Finnish and Norwegian new), 9 sites; networks rotating a fresh number on every ad under a spun
  // template ({Hi|Hello|Hey there} …), a network known only by a Vipps business number and one by a
  // Bizum payment number, reposters changing their number once (a client's forum post reports the
  // change, quoting both), reposters warning against an impostor's number (the impostor copies
  // text and picture), Finnish and Norwegian number words; traps: widgets quoting other advertisers
  // (a ticker with times on top, footnote marks with the numbers at the very end, a discount code
  // after the prices), forum posts quoting numbers, site footers with the site's e-mail, hotels'
  // numbers, popular phrases, one-digit-off and swapped numbers, copycats, a stock photo, pictures
  // blurred, stickered, upside down, with red and blue swapped, or two in a collage.
  // First run (branch netblind16 on BASE ee58023d; the corpus committed alone before, in
  // e68f3a37): 203 clusters, precision 0.0293, recall 0.7471 (1,176 of 40,189 predicted pairs
  // right, of 1,574 true pairs). Floors at the figures minus 0.02. One cluster of 256 ads holds
  // 32,472 of the 39,013 wrong pairs: rosewharf-uk's footnote numbers after the own contact are
  // read as the quoting ad's own. By the main joining reason: footnotes 32,605, the Norwegian
  // discount code 5,935, forum posts 346, number-change posts 103, text 20, the impostor warning 4;
  // the Finnish ticker on top none. Recall (398 missed pairs): spun networks 173 of 182 (a fresh
  // number and spun sentences do not join), payment networks 111 of 156 (the Vipps number not
  // read: 13 singles; the Bizum number joins 10 of 13), regular networks 60 (the Finnish one in
  // five parts), recruiters 24 (numbers in turn), groups 9, number changers 4 of 61, reposters 17.
  // After session 56's merges (link41's rows of named cards and mentions, link42's payment tags
  // and templates): 226 clusters, precision 0.4198, recall 0.7452 (1,173 of 2,794). Floors at
  // the figures minus 0.02. Then the lead's Vipps business numbers (extract/payment.cpp, read from
  // Vipps's own rule, five or six digits): 227 clusters, 0.4256 / 0.7630 (1,201 of 2,822): the
  // Vipps network joins. Floors at the figures minus 0.02. Then (link43) numbers in footnotes to
  // other names quoted (quoted.cpp: "Ruby¹ · Freya²" … "¹ 07700 …  ² 07700 …"): 0.7782 / 0.7668;
  // with every item of a list after a mentioning label (an offer "also valid at: Ida …, Ingrid
  // …"), Nordic cues (clients' questions, number changes reported in the third person, warnings)
  // and numbers reported dead or an impostor's: 209 clusters, 0.9611 / 0.7687 (1,210 of 1,259).
  // The 49 wrong pairs left are copies of text and pictures (impostors, a network's copycat).
  // Floors at the figures minus 0.02. Session 57, with the lead's Finnish number words
  // (normalize/number_words.cpp) merged: 211 clusters, 0.9614 / 0.7757 (1,221 of 1,270); floors at
  // the figures minus 0.02. Session 58 (link46), the template-skeleton evidence (skeleton.h):
  // 209 clusters, 0.9652 / 0.8628 (1,358 of 1,407): the spun networks' ads with a fresh number
  // each join; floors at the figures minus 0.02.
  // Session 58 (link45): a warning's author and the documents giving the
  // number it warns against are never joined by text or photo (resolve.h
  // ResolveOptions::impostors_apart), and Norwegian number words are read where the ad's language
  // is known: 211 clusters, 0.9847 / 0.7757 (1,221 of 1,240; the impostors' wrong pairs 30 ->
  // 0; the number-word ads left apart all write their first digits, then "og resten med
  // bokstaver" and the rest in words, which is not read). Floors at the figures minus 0.02 and
  // 0.005.
  // Both merged (the lead): 209 clusters, 0.9862 / 0.8628 (1,358 of 1,377); floors at the figures
  // minus 0.02.
  EXPECT_GE(score.precision, 0.966);
  EXPECT_GE(score.recall, 0.842);
}

}  // namespace
}  // namespace ariadne::link
