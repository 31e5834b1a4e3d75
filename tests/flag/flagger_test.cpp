// Matching ads: phrase boundaries, white space, spans through normalisation, candidates, kinds.
#include <gtest/gtest.h>

#include <filesystem>
#include <thread>

#include "flag/flag.h"
#include "flag/labelled_set.h"
#include "flag/test_util.h"
#include "support/temp_dir.h"

namespace ariadne::flag {
namespace {

using testing::FindFlag;
using testing::FixtureFlagger;
using testing::FlagIds;

Assessment Assess(std::string_view text, AdKind kind = AdKind::kAuto, bool candidates = false) {
  return FixtureFlagger(candidates)
      .Assess({.text = text, .kind = kind, .lang = "", .region = "", .phones = {}});
}

std::vector<Span> SpansOf(const Assessment& a, std::string_view id) {
  const RaisedFlag* f = FindFlag(a, id);
  return f == nullptr ? std::vector<Span>{} : f->spans;
}

TEST(Flagger, PhraseMatchesCaseInsensitivelyWithExactSpans) {
  const std::string text = "Hi. NO EXPERIENCE NEEDED, start now.";
  const Assessment a = Assess(text);
  EXPECT_EQ(SpansOf(a, "J-NOEXP"), (std::vector<Span>{{4, 24}}));
  const RaisedFlag* f = FindFlag(a, "J-NOEXP");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->why, "This ad says no experience is needed: \"NO EXPERIENCE NEEDED\"");
  EXPECT_EQ(f->lang, "en");
  EXPECT_EQ(f->weight, 5);
}

TEST(Flagger, PhraseNeedsWordBoundariesAtItsEnds) {
  EXPECT_TRUE(Assess("no experience neededx").flags.empty());
  EXPECT_TRUE(Assess("xno experience needed").flags.empty());
  EXPECT_TRUE(Assess("no experience needed_").flags.empty());
  EXPECT_EQ(FlagIds(Assess("(no experience needed)")), std::vector<std::string>{"J-NOEXP"});
  EXPECT_EQ(FlagIds(Assess("no experience needed2")), std::vector<std::string>{});
}

TEST(Flagger, CyrillicBoundariesAreUnicodeAware) {
  EXPECT_TRUE(Assess("Не се изисква професионална подготовкаа").flags.empty());
  EXPECT_EQ(FlagIds(Assess("Не се изисква професионална подготовка!")),
            std::vector<std::string>{"J-NOEXP"});
  EXPECT_EQ(FlagIds(Assess("НЕ СЕ ИЗИСКВА ПРОФЕСИОНАЛНА ПОДГОТОВКА")),
            std::vector<std::string>{"J-NOEXP"});
}

TEST(Flagger, AnyRunOfWhiteSpaceMatchesASpace) {
  const std::string text = "no\n\texperience   needed";
  EXPECT_EQ(SpansOf(Assess(text), "J-NOEXP"), (std::vector<Span>{{0, text.size()}}));
  EXPECT_TRUE(Assess("noexperience needed").flags.empty());
  EXPECT_TRUE(Assess("no-experience needed").flags.empty());
}

TEST(Flagger, RomanianCedillaAndCommaBelowBothMatch) {
  EXPECT_NE(FindFlag(Assess("condițiile negociate la fața locului"), "J-LATER"), nullptr);
  EXPECT_NE(FindFlag(Assess("condiţiile negociate la faţa locului"), "J-LATER"), nullptr);
  EXPECT_NE(FindFlag(Assess("CAZARE GRATUITĂ"), "J-ACCOM"), nullptr);
}

TEST(Flagger, SpansMapBackThroughFullWidthCharacters) {
  // Full-width letters are 3 bytes each; NFKC folds them to ASCII before matching.
  const std::string text = "Pay: \uFF50\uFF52\uFF4F\uFF43\uFF45\uFF53\uFF53\uFF49\uFF4E\uFF47 fee!";
  const Assessment a = Assess(text);
  const size_t start = 5;
  const size_t end = start + 10 * 3 + 4;
  EXPECT_EQ(SpansOf(a, "J-FEE"), (std::vector<Span>{{start, end}}));
  EXPECT_EQ(FindFlag(a, "J-FEE")->matched.at(0), text.substr(start, end - start));
}

TEST(Flagger, SpansMapBackThroughZeroWidthCharacters) {
  const std::string text = "a pro\u200Bcess\u200Ding fee";  // two 3-byte invisible characters
  EXPECT_EQ(SpansOf(Assess(text), "J-FEE"), (std::vector<Span>{{2, text.size()}}));
}

TEST(Flagger, EveryOccurrenceIsASpan) {
  const std::string text = "No limits! ask for the booker. no limits.";
  const Assessment a = Assess(text);
  EXPECT_EQ(SpansOf(a, "S-NOREFUSE"), (std::vector<Span>{{0, 9}, {31, 40}}));
  EXPECT_EQ(FindFlag(a, "S-NOREFUSE")->matched,
            (std::vector<std::string>{"No limits", "no limits"}));
}

TEST(Flagger, RegexTermsMatch) {
  EXPECT_NE(FindFlag(Assess("ask for the booker, open 24 / 7"), "S-NOREFUSE"), nullptr);
}

TEST(Flagger, CandidateTermsOnlyWithTheSwitch) {
  const std::string text = "visa fee 300, no experience needed";
  EXPECT_EQ(FlagIds(Assess(text)), std::vector<std::string>{"J-NOEXP"});
  const Assessment with = Assess(text, AdKind::kAuto, true);
  ASSERT_NE(FindFlag(with, "J-FEE"), nullptr);
  EXPECT_TRUE(FindFlag(with, "J-FEE")->from_candidate);
  EXPECT_FALSE(FindFlag(with, "J-NOEXP")->from_candidate);
  EXPECT_EQ(FixtureFlagger(false).pattern_count() + 5, FixtureFlagger(true).pattern_count());
}

TEST(Flagger, ExplicitKindKeepsOnlyThePacksThatApply) {
  const std::string text = "No experience needed. No limits, ask for the booker.";
  EXPECT_EQ(FlagIds(Assess(text, AdKind::kLabour)), std::vector<std::string>{"J-NOEXP"});
  EXPECT_EQ(FlagIds(Assess(text, AdKind::kSex)), (std::vector<std::string>{"S-3P", "S-NOREFUSE"}));
}

TEST(Flagger, AutoKindFollowsTheMoreMatchedScoredIndicators) {
  const Assessment sex = Assess("No experience needed. No limits, ask for the booker.");
  EXPECT_EQ(sex.kind, AdKind::kSex);
  EXPECT_EQ(FlagIds(sex), (std::vector<std::string>{"S-3P", "S-NOREFUSE"}));
  const Assessment tie = Assess("No experience needed. Ask for the booker.");
  EXPECT_EQ(tie.kind, AdKind::kUnknown);
  EXPECT_EQ(FlagIds(tie), (std::vector<std::string>{"J-NOEXP", "S-3P"}));
}

TEST(Flagger, InformationWordsNeverDecideTheKind) {
  // Two T0 touring phrases against one scored job phrase: still a job ad.
  const Assessment a = Assess("New in town, on tour. No experience needed.");
  EXPECT_EQ(a.kind, AdKind::kLabour);
  EXPECT_EQ(FlagIds(a), std::vector<std::string>{"J-NOEXP"});
}

TEST(Flagger, FraudIsScoredApart) {
  const Assessment a = Assess("Marketing operator, processing fee 50 EUR.", AdKind::kLabour);
  EXPECT_EQ(a.score.score, 0);
  EXPECT_EQ(a.fraud_risk.score, 55);
  EXPECT_EQ(FindFlag(a, "J-FEE")->indicator->category, Category::kFraud);
}

TEST(Flagger, EmptyAndInvalidTextGiveNoFlags) {
  EXPECT_TRUE(Assess("").flags.empty());
  EXPECT_EQ(Assess("").kind, AdKind::kUnknown);
  const std::string invalid = "processing \xFF\xFE fee no experience needed\xC3";
  EXPECT_NE(FindFlag(Assess(invalid), "J-NOEXP"), nullptr);
}

// A flag's language is that of its earliest-starting match, ties going to the term written first
// in the pack, not that of the match the scan happens to report first (which is the first to END,
// and among matches ending together Vectorscan's own order): a split or reordered scan must not
// change it.
TEST(Flagger, FlagLanguageIsThatOfItsEarliestStartingMatch) {
  ariadne::testing::TempDir dir;
  dir.Write("p.toml", testing::Replace(testing::kMinimalPack,
                                       "{ lang = \"en\", phrase = \"processing fee\", status = "
                                       "\"sourced\", source = \"kb\" },",
                                       "{ lang = \"de\", phrase = \"gebühr fee\", status = "
                                       "\"sourced\", source = \"kb\" },\n"
                                       "{ lang = \"en\", regex = 'gebühr', status = \"sourced\", "
                                       "source = \"kb\" },\n"
                                       "{ lang = \"it\", phrase = \"tassa fee\", status = "
                                       "\"sourced\", source = \"kb\" },\n"
                                       "{ lang = \"fr\", phrase = \"tassa\", status = "
                                       "\"sourced\", source = \"kb\" },"));
  dir.Write("scoring.toml", testing::kMinimalScoring);
  const std::shared_ptr<const RuleSet> rules = testing::LoadOrFail(dir.path());
  const std::unique_ptr<Flagger> flagger = testing::MakeFlagger(rules);
  ASSERT_NE(flagger, nullptr);
  const auto lang_of = [&](const std::string& text) {
    const Assessment a = flagger->Assess(
        {.text = text, .kind = AdKind::kLabour, .lang = "xx", .region = "", .phones = {}});
    const RaisedFlag* flag = FindFlag(a, "J-FEE");
    return flag == nullptr ? std::string("none") : flag->lang;
  };
  // "gebühr" (en) ends first, "gebühr fee" (de) starts at the same byte: the pack's first term.
  EXPECT_EQ(lang_of("Eine Gebühr fee wird fällig"), "de");
  // "tassa" (fr) ends first and starts with "tassa fee" (it), which the pack lists first.
  EXPECT_EQ(lang_of("Una tassa fee da pagare"), "it");
  // An earlier start wins whatever the pack's order: "tassa" before "gebühr fee".
  EXPECT_EQ(lang_of("tassa und gebühr fee"), "fr");
  EXPECT_EQ(lang_of("gebühr fee und tassa"), "de");
  EXPECT_EQ(lang_of("nur Gebühr"), "en");
}

// A regex's span starts where its match starts, wherever the text lies in memory: Vectorscan 5.4.9
// (its AVX-512 build) sometimes misses a start-of-match match that ends exactly at the end of the
// scanned block, depending on the block's alignment, and the span then fell back to the whole
// text before the match (stop 20: blind de-j2, in three of six runs). Sixty-four prefixes of
// different lengths move the match's end through every alignment.
TEST(Flagger, RegexSpanStartsAtItsMatchAtEveryAlignment) {
  static const std::shared_ptr<const RuleSet> rules =
      testing::LoadOrFail(std::filesystem::path(ARIADNE_SOURCE_DIR) / "rules");
  auto flagger = Flagger::Create(rules, FlagOptions{.candidates = true});
  ASSERT_TRUE(flagger.ok()) << flagger.status().message();
  const std::string ad =
      "Suche Damen für Service in exklusivem Nachtclub in der Schweiz. Bewerbung NUR mit "
      "Ganzkörperfoto an ladyjobs24@gmx.example. Top Verdienst.";
  const size_t at = ad.find("4@gmx.ex");
  for (size_t pad = 0; pad < 64; ++pad) {
    const std::string text = std::string(pad, 'a') + " " + ad;
    const Assessment a = (*flagger)->Assess(
        {.text = text, .kind = AdKind::kAuto, .lang = "de", .region = "", .phones = {}});
    const size_t start = pad + 1 + at;
    EXPECT_EQ(SpansOf(a, "J-EMPL"), (std::vector<Span>{{start, start + 8}})) << "prefix " << pad;
  }
}

// Everything an assessment says, as one string to compare.
std::string Described(const Assessment& a) {
  std::string out = std::string(AdKindName(a.kind)) + " " + std::to_string(a.score.score) + " " +
                    std::to_string(a.fraud_risk.score) + "\n";
  for (const RaisedFlag& f : a.flags) {
    out += f.indicator->id + " " + f.lang + " " + std::to_string(f.weight) + " " + f.why + " |";
    for (const Span& s : f.spans)
      out += " " + std::to_string(s.start) + "-" + std::to_string(s.end);
    out += "\n";
  }
  return out;
}

// A Flagger compiles each regex's start search (PCRE2, JIT) at its first use: threads that share a
// fresh one race to compile the same regexes. Each of four threads, starting at a different ad,
// must get what one thread alone on another fresh Flagger gets, ad for ad.
TEST(Flagger, ThreadsSharingANewFlaggerGiveWhatOneGives) {
  const std::shared_ptr<const RuleSet> rules =
      testing::LoadOrFail(std::filesystem::path(ARIADNE_SOURCE_DIR) / "rules");
  const std::vector<testing::LabelledAd> ads = testing::LoadLabelledSet("heldout_ads.jsonl");
  ASSERT_GT(ads.size(), 100U);
  const auto assess = [&](const Flagger& flagger, const testing::LabelledAd& ad) {
    AdKind kind = AdKind::kAuto;
    EXPECT_TRUE(ParseAdKind(ad.kind, &kind)) << ad.id;
    return Described(flagger.Assess(
        {.text = ad.text, .kind = kind, .lang = ad.lang, .region = ad.region, .phones = {}}));
  };
  constexpr size_t kThreads = 4;
  const std::unique_ptr<Flagger> shared = testing::MakeFlagger(rules, true);
  ASSERT_NE(shared, nullptr);
  std::vector<std::vector<std::string>> got(kThreads, std::vector<std::string>(ads.size()));
  std::vector<std::thread> threads;
  for (size_t t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (size_t n = 0; n < ads.size(); ++n) {
        const size_t i = (n + t * ads.size() / kThreads) % ads.size();
        got[t][i] = assess(*shared, ads[i]);
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  const std::unique_ptr<Flagger> alone = testing::MakeFlagger(rules, true);
  ASSERT_NE(alone, nullptr);
  size_t flagged = 0;
  for (size_t i = 0; i < ads.size(); ++i) {
    const std::string expected = assess(*alone, ads[i]);
    flagged += expected.find('|') != std::string::npos ? 1 : 0;
    for (size_t t = 0; t < kThreads; ++t) {
      EXPECT_EQ(got[t][i], expected) << "thread " << t << ", ad " << ads[i].id;
    }
  }
  EXPECT_GT(flagged, ads.size() / 2);  // the ads exercise the terms, not only the misses
}

}  // namespace
}  // namespace ariadne::flag
