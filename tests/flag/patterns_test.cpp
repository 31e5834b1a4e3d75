// Phrases as Vectorscan expressions: escaping, white space, word boundaries.
#include "flag/patterns.h"

#include <gtest/gtest.h>
#include <hs/hs.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

#include "core/sha256.h"
#include "flag/match_text.h"
#include "support/cache_folder.h"
#include "support/temp_dir.h"

namespace ariadne::flag {
namespace {

Term Phrase(std::string text) {
  Term term;
  term.lang = "en";
  term.phrase = std::move(text);
  return term;
}

TEST(Patterns, APhraseIsALiteralOfTheFoldedPhraseWhoseSpacesMatchASpaceOrALineBreak) {
  const TermPattern p = BuildPattern(Phrase("  No   Experience (any) "));
  EXPECT_EQ(p.expression, "no[ \\n]experience[ \\n]\\(any\\)");
  EXPECT_EQ(p.literal_bytes, std::string("no experience (any)").size());
  EXPECT_TRUE(p.left_boundary);
  EXPECT_FALSE(p.right_boundary);  // ends with ")", not a word character
  EXPECT_EQ(PatternProblem(p), "");
}

TEST(Patterns, ApostrophesAndRomanianCommaLettersAreFoldedInPhrasesAndText) {
  const TermPattern p = BuildPattern(Phrase("d'un şi ţ"));
  EXPECT_EQ(p.expression, "d\\'un[ \\n]\u0219i[ \\n]\u021B");
  EXPECT_EQ(FoldForMatching("D\u2019UN \u015Ei\t\u0162"), "d'un \u0219i \u021B");
  EXPECT_EQ(FoldForMatching("d\u02BCun \u0218I \u021A"), "d'un \u0219i \u021B");
}

TEST(Patterns, RegexTermsKeepTheirEscapesAndFoldTheirLetters) {
  Term term;
  term.regex = "Fee\\w*\\S\\x{41}[А-Я]";
  const TermPattern p = BuildPattern(term);
  EXPECT_EQ(p.expression, "fee\\w*\\S\\x{41}[а-я]");
  EXPECT_EQ(p.literal_bytes, 0u);
  EXPECT_FALSE(p.left_boundary);
  EXPECT_NE(PatternProblem({"a(b", p.flags, 0, false, false}), "");
}

// The match text holds one character per white-space run, so "\s+" is "\s" there; with it the
// longest match of a regex can be bounded, and the flagger looks no further back for its start.
// A regex's ASCII characters are folded without FoldForMatching's buffers, each as it folds them.
TEST(Patterns, ARegexsAsciiCharactersFoldAsTheTextFoldsEachAlone) {
  Term term;
  std::string expected;
  for (int c = 1; c < 0x80; ++c) {
    if (c == '\\') continue;  // an escape: kept as written
    term.regex += static_cast<char>(c);
    expected += FoldForMatching(std::string(1, static_cast<char>(c)));
  }
  term.regex += "É\u2019";
  expected += FoldForMatching("É\u2019");
  EXPECT_EQ(BuildPattern(term).expression, expected);
}

TEST(Patterns, OneWhiteSpaceCharacterStandsForARunAndBoundsTheMatch) {
  Term term;
  term.regex = "no\\s+fee\\s+(?:paid|due)[\\s+]";
  const TermPattern p = BuildPattern(term);
  EXPECT_EQ(p.expression, "no\\sfee\\s(?:paid|due)[\\s+]");  // a class keeps its '+'
  size_t width = 0;
  EXPECT_EQ(PatternProblem(p, &width), "");
  EXPECT_EQ(width, 12u);  // "no fee paid" and one character
  term.regex = "no\\S+";
  EXPECT_EQ(PatternProblem(BuildPattern(term), &width), "");
  EXPECT_EQ(width, 0u);  // unbounded
}

TEST(MatchText, MapsEveryByteBackToTheInputAcrossFoldedSpacesAndApostrophes) {
  MatchText m;
  const std::string input = "A \t\n B\u2019C";
  FoldForMatching(input, m);
  EXPECT_EQ(m.text, "a\nb'c");  // the run holds a line break: it folds to one
  ASSERT_EQ(m.from.size(), m.text.size());
  EXPECT_EQ(m.InputSpan(0, 1), std::make_pair(size_t{0}, size_t{1}));
  EXPECT_EQ(m.InputSpan(2, 5), std::make_pair(size_t{5}, input.size()));  // "b'c"
  EXPECT_EQ(m.InputSpan(1, 2), std::make_pair(size_t{1}, size_t{5}));     // the whole run
}

// ASCII takes a shortcut past ICU's decoding and property look-ups: it must fold as ICU would.
TEST(MatchText, EveryAsciiCharacterFoldsAsIcuSaysBetweenLetters) {
  MatchText m;
  for (int c = 1; c < 0x80; ++c) {
    const std::string input = std::string("x") + static_cast<char>(c) + "y";
    FoldForMatching(input, m);
    const bool space = u_isUWhiteSpace(c);
    const char expected = space ? (c == '\n' ? '\n' : ' ') : static_cast<char>(u_tolower(c));
    EXPECT_EQ(m.text, std::string("x") + expected + "y") << "character " << c;
    ASSERT_EQ(m.from.size(), 3u);
    EXPECT_EQ(m.InputSpan(1, 2), std::make_pair(size_t{1}, size_t{2})) << "character " << c;
  }
  FoldForMatching("Ab-C\u00c9D e", m);  // an ASCII run, a non-ASCII letter, another run
  EXPECT_EQ(m.text, "ab-c\u00e9d e");
  ASSERT_EQ(m.from.size(), m.text.size());
  EXPECT_EQ(m.InputSpan(0, 4), std::make_pair(size_t{0}, size_t{4}));
  EXPECT_EQ(m.InputSpan(4, 6), std::make_pair(size_t{4}, size_t{6}));  // é
  EXPECT_EQ(m.InputSpan(6, 7), std::make_pair(size_t{6}, size_t{7}));
  EXPECT_EQ(m.InputSpan(8, 9), std::make_pair(size_t{8}, size_t{9}));
}

TEST(Patterns, BoundariesUseUnicodeWordCharacters) {
  const TermPattern p = BuildPattern(Phrase("опыт"));
  const std::string text = "без опыта, опыт.";
  EXPECT_FALSE(AtWordBoundaries(text, 7, 15, p));  // "опыт" inside "опыта"
  EXPECT_TRUE(AtWordBoundaries(text, 20, 28, p));  // "опыт" then "."
  EXPECT_TRUE(AtWordBoundaries("опыт", 0, 8, p));  // whole text
}

using ariadne::testing::TempDir;

using ariadne::testing::CacheFolder;

std::filesystem::path PatternCacheFile(const std::filesystem::path& dir) {
  return dir / ("flag-patterns-" + Sha256Hex(hs_version()) + ".txt");
}

std::string ReadAll(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream out;
  out << in.rdbuf();
  return out.str();
}

// One answer in the cache file's format: what the cache says about `expression` with `flags`.
std::string CacheEntry(unsigned flags, bool accepted, size_t width, const std::string& expression,
                       const std::string& problem) {
  return std::to_string(flags) + " " + (accepted ? "1" : "0") + " " + std::to_string(width) + " " +
         std::to_string(expression.size()) + " " + std::to_string(problem.size()) + "\n" +
         expression + problem + "\n";
}

TEST(PatternChecks, AnswersAreSavedAndReadBackWithTheirWidths) {
  TempDir first, second;
  Term term;
  term.lang = "en";
  term.regex = "no\\s+fee\\s+(?:paid|due)[\\s+]";
  const TermPattern good = BuildPattern(term);
  const TermPattern bad{"a(b", good.flags, 0, false, false};
  {
    CacheFolder folder(first.path());
    size_t width = 0;
    EXPECT_EQ(PatternProblem(good, &width), "");
    EXPECT_EQ(width, 12u);
    EXPECT_NE(PatternProblem(bad), "");
    SavePatternChecks();
  }
  const std::string saved = ReadAll(PatternCacheFile(first.path()));
  EXPECT_NE(saved.find(good.expression), std::string::npos);
  EXPECT_NE(saved.find("a(b"), std::string::npos);
  // Another folder holding the same file: the answers read back are the ones computed.
  std::filesystem::copy_file(PatternCacheFile(first.path()), PatternCacheFile(second.path()));
  CacheFolder folder(second.path());
  size_t width = 0;
  EXPECT_EQ(PatternProblem(good, &width), "");
  EXPECT_EQ(width, 12u);
  EXPECT_NE(PatternProblem(bad), "");
}

TEST(PatternChecks, TheCacheIsReadAndAChangedExpressionIsCheckedAgain) {
  TempDir dir;
  const unsigned flags = HS_FLAG_UTF8 | HS_FLAG_UCP;
  // A forged answer shows that the file is what answers: Vectorscan accepts "x+y".
  dir.Write(PatternCacheFile(dir.path()).filename().string(),
            "ariadne pattern checks 1\n" + CacheEntry(flags, false, 0, "x+y", "forged"));
  CacheFolder folder(dir.path());
  EXPECT_EQ(PatternProblem({"x+y", flags, 0, false, false}), "forged");
  // The rule changed: its new expression is not in the file, so Vectorscan is asked.
  EXPECT_EQ(PatternProblem({"x+yz", flags, 0, false, false}), "");
  EXPECT_NE(PatternProblem({"x+y(", flags, 0, false, false}), "");
  // The same expression with other flags is another answer.
  EXPECT_EQ(PatternProblem({"x+y", flags | HS_FLAG_DOTALL, 0, false, false}), "");
  // Saving keeps what this process asked for, its new answers included.
  SavePatternChecks();
  const std::string saved = ReadAll(PatternCacheFile(dir.path()));
  EXPECT_NE(saved.find("x+yz"), std::string::npos);
  EXPECT_NE(saved.find("forged"), std::string::npos);
}

TEST(PatternChecks, ADamagedCacheFileIsIgnored) {
  TempDir dir;
  const unsigned flags = HS_FLAG_UTF8 | HS_FLAG_UCP;
  std::string entry = CacheEntry(flags, false, 0, "x+y", "forged");
  entry.resize(entry.size() - 4);  // cut short
  dir.Write(PatternCacheFile(dir.path()).filename().string(),
            "ariadne pattern checks 1\n" + CacheEntry(flags, false, 0, "ab+", "forged") + entry);
  CacheFolder folder(dir.path());
  EXPECT_EQ(PatternProblem({"ab+", flags, 0, false, false}), "");
  EXPECT_EQ(PatternProblem({"x+y", flags, 0, false, false}), "");
}

// The leftmost start of a match of `regex` ending at `end` in text[window, end) scanned alone, by
// Vectorscan's start-of-match scan: what LeftmostFixedStart must agree with.
size_t ScannedStart(hs_database_t* db, hs_scratch_t* scratch, std::string_view text, size_t window,
                    size_t end) {
  struct Found {
    size_t end;
    size_t start;
  } found{end - window, std::string_view::npos};
  const std::string block(text.substr(window, end - window));
  hs_scan(
      db, block.data(), static_cast<unsigned>(block.size()), 0, scratch,
      [](unsigned, unsigned long long from, unsigned long long to, unsigned, void* context) {
        auto* f = static_cast<Found*>(context);
        if (to == f->end && from < f->start) f->start = static_cast<size_t>(from);
        return 0;
      },
      &found);
  return found.start == std::string_view::npos || found.start == found.end ? std::string_view::npos
                                                                           : window + found.start;
}

TEST(Patterns, FixedMatchesAreTheFewStringsARegexCanMatch) {
  const auto words = FixedMatches("\\bbus(?:je)?\\b|tr[ae]in");
  ASSERT_TRUE(words.has_value());
  std::vector<std::string> strings;
  for (const FixedMatch& m : *words) strings.push_back(m.bytes);
  EXPECT_EQ(strings, (std::vector<std::string>{"busje", "train", "trein", "bus"}));
  EXPECT_EQ(FixedMatches("z[łl]ot\\s?\\d")->size(), 2u * 3u * 10u);
  // Unbounded, negated, wildcard or too many strings: the start is scanned for.
  for (const char* regex : {"\\S+", "[^.\\n]{0,30}x", "a.b", "\\w", "x$", "\\d{8,13}", "a*"}) {
    EXPECT_FALSE(FixedMatches(regex).has_value()) << regex;
  }
}

// The start found from a regex's fixed strings is what Vectorscan's start-of-match scan reports,
// and what PCRE2 finds for the regex ending at the block's end (LeftmostStart) as well.
TEST(Patterns, TheStartFromFixedMatchesIsTheStartScansOneAtEveryEndAndWindow) {
  // Boundaries at the window's edges, beside letters outside ASCII, after digits and
  // underscores; ^ at the window's start only; classes with two-byte letters.
  const std::string text =
      "x bus busje_bus 1bus ăbus bezpłatny bezplatnyx transportu transport! ^bus\nbez a bez";
  const std::vector<std::string> regexes = {"\\bbus(?:je)?\\b", "bus\\b",
                                            "\\Bbus",           "bezp[łl]atn(?:y|a)?",
                                            "(?:^|\\s)bez\\s",  "\\btransport(?:u|em|owi)?\\b",
                                            "s(?:\\s|_)?b",     "[a-c]{1,3}s",
                                            "\\d?bus",          "x\\s?b|bus\\s(?:\\S?)"};
  size_t compared = 0;
  for (const std::string& regex : regexes) {
    const auto fixed = FixedMatches(regex);
    if (regex == "x\\s?b|bus\\s(?:\\S?)") {
      EXPECT_FALSE(fixed.has_value());
      continue;
    }
    ASSERT_TRUE(fixed.has_value()) << regex;
    hs_database_t* db = nullptr;
    hs_compile_error_t* error = nullptr;
    ASSERT_EQ(hs_compile(regex.c_str(), HS_FLAG_UTF8 | HS_FLAG_SOM_LEFTMOST, HS_MODE_BLOCK, nullptr,
                         &db, &error),
              HS_SUCCESS)
        << regex;
    hs_scratch_t* scratch = nullptr;
    ASSERT_EQ(hs_alloc_scratch(db, &scratch), HS_SUCCESS);
    TermPattern pattern;
    pattern.expression = regex;
    const StartRegex searched = CompileStartRegex(pattern);
    ASSERT_NE(searched, nullptr) << regex;
    for (size_t end = 1; end <= text.size(); ++end) {
      for (size_t window = 0; window < end; ++window) {
        if ((static_cast<unsigned char>(text[window]) & 0xC0) == 0x80) continue;
        if (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) continue;
        const size_t scanned = ScannedStart(db, scratch, text, window, end);
        EXPECT_EQ(LeftmostFixedStart(*fixed, text, window, end), scanned)
            << regex << " in [" << window << ", " << end << ")";
        // What the flagger asks PCRE2 for a regex without fixed strings agrees too.
        const size_t found =
            LeftmostStart(searched.get(), std::string_view(text).substr(window, end - window));
        EXPECT_EQ(found == std::string_view::npos ? found : window + found, scanned)
            << regex << " by PCRE2 in [" << window << ", " << end << ")";
        compared += scanned != std::string_view::npos;
      }
    }
    hs_free_scratch(scratch);
    hs_free_database(db);
  }
  EXPECT_GT(compared, 100u);  // the comparison saw matches, not only misses
}

TEST(Patterns, RequiredLiteralsAreTheLongestFewStringsEveryMatchHolds) {
  // "\s+" has no literal worth looking for: the run after it is the better one.
  EXPECT_EQ(RequiredLiterals("\\bcazare\\s+gratuit[ăa]", 3),
            (std::vector<std::string>{"gratuita", "gratuită"}));
  // Alternatives each give theirs; an optional part gives none, a repeated one its own.
  EXPECT_EQ(RequiredLiterals("(?:kost|unterkunft)(?:\\s+frei)?", 3),
            (std::vector<std::string>{"kost", "unterkunft"}));
  EXPECT_EQ(RequiredLiterals("(?:\\S+\\s){0,3}(?:жилье)+", 3), (std::vector<std::string>{"жилье"}));
  // Too short for min_bytes, or a part that holds none: no answer.
  EXPECT_FALSE(RequiredLiterals("(?:a|\\w+)b", 3).has_value());
  EXPECT_EQ(RequiredLiterals("(?:a|\\w+)b", 1), (std::vector<std::string>{"b"}));
  // A character written in hex is that character (an apostrophe: "\x27"; "\x{e9}": "é").
  EXPECT_EQ(RequiredLiterals("\\ball\\x27arrivo\\b", 3), (std::vector<std::string>{"all'arrivo"}));
  EXPECT_EQ(RequiredLiterals("arriv\\x{e9}e|arriv\\xe9", 3),
            (std::vector<std::string>{"arrivé", "arrivée"}));
  for (const char* regex : {"\\S+", "\\w{3,}", "[^.\\n]{0,30}", "x?y?z?", "(?i)abc", "(a)\\1"}) {
    EXPECT_FALSE(RequiredLiterals(regex, 1).has_value()) << regex;
  }
}

// Whatever a regex matches holds one of its required literals, checked against Vectorscan's own
// matches of the regexes over texts written to match them in many ways.
TEST(Patterns, EveryMatchOfARegexHoldsOneOfItsRequiredLiterals) {
  const std::vector<std::string> regexes = {
      "\\bcazare\\s+gratuit[ăa]",
      "(?:kost|unterkunft)(?:\\s+und\\s+logis)?\\s+(?:frei|gratis)",
      "(?:\\S+\\s){0,2}(?:жилье|общежити[ея])",
      "z[łl]ot(?:ych|e)?\\s?\\d{2,4}",
      "\\b(?:by|before)\\s(?:\\d{1,2}\\s)?(?:tomorrow|tonight|tonite)\\b",
      "[^.\\n]{0,20}(?:no|without)\\s(?:contract|papers)+",
      "\\d+\\s?(?:€|eur|euro)\\b",
      "(?:^|\\s)bez\\s(?:umowy|papierów)",
      "na\\s+(?:rękę|reke)|netto",
      "\\bsul\\sposto\\b|\\ball\\x27arrivo\\b",
      "jusqu\\x27(?:à|au)\\s(?:lundi|mardi)",
  };
  const std::vector<std::string> texts = {
      "cazare gratuită si masa",
      "CAZARE\nGRATUITA",
      "kost und logis frei",
      "unterkunft gratis!",
      "есть жилье рядом",
      "общежития нет",
      "złotych 3000 miesięcznie",
      "zlot 45",
      "zł 1000",
      "apply by tonight",
      "before 9 tomorrow please",
      "by tonite",
      "work without papers",
      "no contract no papers",
      "500 € weekly",
      "1000eur na rękę",
      "bez umowy",
      "pay netto 2000",
      "vitto all'arrivo",
      "jusqu'au lundi",
  };
  size_t matched = 0;
  for (const std::string& regex : regexes) {
    const std::optional<std::vector<std::string>> literals = RequiredLiterals(regex, 1);
    ASSERT_TRUE(literals.has_value()) << regex;
    hs_database_t* db = nullptr;
    hs_compile_error_t* error = nullptr;
    ASSERT_EQ(hs_compile(regex.c_str(), HS_FLAG_UTF8 | HS_FLAG_SOM_LEFTMOST, HS_MODE_BLOCK, nullptr,
                         &db, &error),
              HS_SUCCESS)
        << regex;
    hs_scratch_t* scratch = nullptr;
    ASSERT_EQ(hs_alloc_scratch(db, &scratch), HS_SUCCESS);
    for (const std::string& raw : texts) {
      const std::string text = FoldForMatching(raw);
      std::vector<std::pair<size_t, size_t>> spans;
      hs_scan(
          db, text.data(), static_cast<unsigned>(text.size()), 0, scratch,
          [](unsigned, unsigned long long from, unsigned long long to, unsigned, void* context) {
            static_cast<std::vector<std::pair<size_t, size_t>>*>(context)->emplace_back(from, to);
            return 0;
          },
          &spans);
      for (const auto& [from, to] : spans) {
        const std::string_view match = std::string_view(text).substr(from, to - from);
        EXPECT_TRUE(std::any_of(
            literals->begin(), literals->end(),
            [&](const std::string& l) { return match.find(l) != std::string_view::npos; }))
            << regex << " matched \"" << match << "\"";
        ++matched;
      }
    }
    hs_free_scratch(scratch);
    hs_free_database(db);
  }
  EXPECT_GT(matched, 15u);  // the texts matched, so the check saw matches
}
}  // namespace
}  // namespace ariadne::flag
