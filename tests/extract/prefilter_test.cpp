// The pre-filter must never lose a match: the SIMD pass equals its scalar definition, every match
// of every pre-scan pattern contains a cue of the classes it declares and fits its bound, and the
// extractor gives the same selectors with and without the pre-filter.
#include "extract/prefilter.h"

#include <gtest/gtest.h>
#include <hs/hs.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "extract/extract.h"
#include "extract/extractor.h"
#include "support/test_paths.h"

namespace ariadne::extract {
namespace {

// xorshift64*: fixed seed, reproducible texts.
struct Random {
  uint64_t state = 0x2545F4914F6CDD1DULL;
  uint64_t Next() {
    state ^= state >> 12;
    state ^= state << 25;
    state ^= state >> 27;
    return state * 2685821657736338717ULL;
  }
  size_t Below(size_t n) { return static_cast<size_t>(Next() % n); }
};

// Fragments that match every pre-scan pattern (and near misses), in several cases and scripts.
const std::vector<std::string>& Fragments() {
  static const std::vector<std::string> fragments = {
      "https://example.org/a",
      "HTTP://WWW.EXAMPLE.ORG",
      "www.site.eu",
      "seen from 203[.]0[.]113[.]45, 198(.)51(.)100(.)7",  // ip pattern 2 (defanged dots)
      "IBAN DE89-3704-0044-0532-0130-00, IT60.X054.2811.1010.0000.0123.456",
      "GB29 / NWBK / 6016 / 1331 / 9268 / 19, https://m.me/lola.bright",
      "t.me/anna_vip",
      "[voice message transcript] add me on snap lola underscore 23",
      "(Голосовое сообщение) пиши в телеге",
      "jade 🌸 at 🌸 gmail",
      "tanja (a) gmx.de",
      "nika (\xD0\xB0t) post (d\xD0\xBEt) example",    // email pattern 18 (look-alike at)
      "anna.k=\n@mail.example, tom@=\r\nexample.com",  // email pattern 19 (soft breaks)
      "bei gmx punkt at: carina.p95",
      "на мейл ру, логин nastya.ekb",
      "telegram  at  sweet underscore anna",  // handle pattern 4 (a spoken "at")
      "INSTA AT mia dot rose, x   at y, x at   y, 7 at b, a at 7, At\tAt",
      "emma.nantes(A)sfr.fr",
      "lina.kiel 🌸@🌸 gmx",
      "ula_krk ❤at❤ gmail ❤kropka❤ com",
      "marta🌙arroba🌙outlook.es",
      "sara «chiocciola» libero «punto» it",
      "holly.bath on gmail",
      "nele-hb / arroba / freenet",
      "jan.k . MAŁPA . wp",
      "nora88 bei gmx punkt de",
      "marta.od на ukr точка net",
      "sarah.t 🌸 gmail 🌸 com",
      "kira 💌 web.de",
      "{\"tg\":\"@mia_x\"}",
      "anna.bo - @ - yahoo",
      "Instagram.com/lola",
      "api.whatsapp.com/send?phone=447700900123",
      "wa.me/447700900123",
      "tel:+49%20176%2031428867",
      "TEL:%2B447700900624",
      "Telegram: @anna",
      "TG @vip",
      "snap - @x",
      "insta - lola",
      "anna@example.com",
      "nina [at] mail [dot] ru",
      "lola (AT) example (dot) com",
      "maria at gmail dot com",
      "ioana arroba yahoo punto es",
      "olga собака mail точка ru",
      "olga СОБАКА mail",
      "hans Ät web punkt de",
      "anna \xE2\x84\xAAlammeraffe gmx.de",  // Kelvin sign K
      "ivan \xC5\xBFobaka mail",             // long s
      "eva {apenstaartje} x.nl",
      "eva apenstaartje x.nl",
      "gina chiocciola libero.it",
      "ewa ma\xC5\x82pa wp.pl",
      "EWA MA\xC5\x81PA WP.PL",
      "ewa malpa wp.pl",
      "ana arobase free.fr",
      "ana arobas free point fr",
      "ana [arond] yahoo [punct] ro",
      "lucia_1990 @ mail . example",
      "mailto:nina.k%40gmail.com",
      "nina_at_gmail_dot_com",
      "nina -at- gmail -dot- com",
      "nina.k.@.gmail.com",
      "nele-hb / at / freenet / punkt / de",
      "kasia*ma\xC5\x82pa*wp*kropka*pl",
      "nina.k gmail dot com",
      "jan klammeraffe gmx.de",
      "ivan SOBAKA mail",
      "zoe At\tmail",
      "DE89 3704 0044 0532 0130 00",
      "GB82WEST12345698765432",
      "1BoatSLRHtKNngkdXEeobR76b53LETtpyT",
      "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy",
      "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
      "0x52908400098527886E0F7030069857D2E4169EE7",
      "TJRyWwFs9wTFGZg3JbrVriFbNfCug5tDeC",
      "192.168.1.20",
      "2001:db8::1",
      "::ffff:1.2.3.4",
      "fe80::1%eth0",
      "+44 7700 900123",
      "06 12 34 56 78",
      "(201) 555-0123",
      "0151/23456789",
      "150€/1h",
      "€ 200",
      "$80",
      "200 roses",
      "300 LEI",
      "23 years old",
      "25yo",
      "age: 22",
      "Возраст 24",
      "21:15",
      "24.12.2024",
      "Ref. 2024/11/0031",
      "the",
      "apartment",
      "Kontakt",
      "ma",
      "so",
      "at",
      "ч",
      "\xF0\x9F\x93\x9E",
      "abcdefghijklmnopqrstuvwxyz",
      "Deposit by Revolut to @velvetkeys30",
      "https://revolut.me/anna99",
      "Depositum på Vipps til #84440",
  };
  return fragments;
}

std::string RandomText(Random& random, size_t fragments) {
  static const char* const kGlue[] = {" ", "  ", "\n", ".", ":", "-",    "@", "(",
                                      ")", "",   "\t", "/", ",", " at ", "x", "7"};
  std::string text;
  for (size_t i = 0; i < fragments; ++i) {
    text += Fragments()[random.Below(Fragments().size())];
    text += kGlue[random.Below(std::size(kGlue))];
  }
  return text;
}

std::string RandomBytes(Random& random, size_t size) {
  // Bytes biased towards cues and their neighbours.
  static const std::string kAlphabet =
      "0123456789@:([{<.aAtTkKcChHmMsSoOpPrRlLeEiIbB "
      "\t\n-/x\xC3\xA4\x84\xD0\xD1\xA1\x81\xE2\xC5\xBF";
  std::string text(size, ' ');
  for (char& c : text) c = kAlphabet[random.Below(kAlphabet.size())];
  return text;
}

TEST(Prefilter, SimdPassEqualsScalarDefinition) {
  Random random;
  CueMargins margins = {3, 5, 2, 7, 11, 4, 9, 6};
  std::vector<Window> simd, scalar;
  for (int round = 0; round < 3000; ++round) {
    const std::string text = round % 2 == 0 ? RandomBytes(random, random.Below(700))
                                            : RandomText(random, random.Below(40));
    if (round % 3 == 0) margins[random.Below(kCueClasses)] = 0;  // classes switched off
    if (round % 3 == 1) margins[random.Below(kCueClasses)] = 1 + random.Below(40);
    FindWindowsScalar(text, margins, scalar);
    FindWindows(text, margins, simd);
    ASSERT_EQ(simd.size(), scalar.size()) << text;
    for (size_t k = 0; k < simd.size(); ++k) {
      ASSERT_EQ(simd[k].begin, scalar[k].begin) << text;
      ASSERT_EQ(simd[k].end, scalar[k].end) << text;
    }
  }
}

// The definition of ByteClasses::spaced_at: an 'a' of "at" (either case) with no byte 0x30-0x7F
// right before or after it.
bool IsSpacedAt(const std::string& text, size_t i) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  const auto high = [&](size_t k) { return byte(k) >= 0x30 && byte(k) < 0x80; };
  return i + 1 < text.size() && (byte(i) | 0x20) == 'a' && (byte(i + 1) | 0x20) == 't' &&
         (i == 0 || !high(i - 1)) && (i + 2 == text.size() || !high(i + 2));
}

// Texts of spaced at-words, \s bytes of every kind and the bytes that stand around e-mail
// patterns 2 and 10's "at" (patterns 14 and 15), of up to `pieces` pieces.
std::string RandomSpacedAtText(Random& random, size_t pieces) {
  static const char* const kPieces[] = {"at",       "AT",        "aT",
                                        "At",       "a",         "t",
                                        " ",        "  ",        "\t",
                                        "\v",       "\n",        "\r",
                                        "\f",       "\x08",      "\x0E",
                                        "x",        "_",         "9",
                                        "/",        "-",         ".",
                                        "*",        "#",         "@",
                                        "\xC3\xA4", "\xC3\xA4t", "\xE2\x9C\xA8",
                                        " at ",     "x at y",    "/ at /",
                                        "-  at -",  ". at  .",   "* at *",
                                        "_ at _",   "arroba"};
  std::string text;
  for (size_t k = random.Below(pieces + 1); k > 0; --k)
    text += kPieces[random.Below(std::size(kPieces))];
  return text;
}

TEST(ByteClasses, EveryBitIsItsBytesClass) {
  Random random;
  ByteClasses classes;  // reused, as the engine reuses it
  for (int round = 0; round < 1800; ++round) {
    std::string text =
        round % 3 == 2 ? RandomSpacedAtText(random, 120) : RandomBytes(random, random.Below(300));
    if (round % 4 == 0) text += std::string(random.Below(130), '7');  // runs across blocks
    if (round % 5 == 0)
      text += "\x7F\x80\xFF/;<?\xC2\xE2\xE3\xA2\xC3^_`o\xDF";  // the classes' edges
    // The variant this CPU runs, and the ones CPUs without AVX-512 or AVX2 run.
    if (round % 3 == 0 || round % 4 == 2) {
      ClassifyBytes(text, classes);
    } else if (round % 3 == 1) {
      ClassifyBytesWithoutAvx512(text, classes);
    } else {
      ClassifyBytesWithoutAvx2(text, classes);
    }
    ASSERT_EQ(classes.digit.size(), (text.size() + 63) / 64 + 1);
    for (size_t i = 0; i < 64 * classes.digit.size(); ++i) {
      const int c = i < text.size() ? static_cast<unsigned char>(text[i]) : -1;
      EXPECT_EQ(ByteClasses::Has(classes.digit, i), c >= '0' && c <= '9') << i << " " << text;
      EXPECT_EQ(ByteClasses::Has(classes.dot, i), c == '.') << i;
      EXPECT_EQ(ByteClasses::Has(classes.at, i), c == '@') << i;
      EXPECT_EQ(ByteClasses::Has(classes.mark, i), c == ':' || c == '@' || c == '-' || c == '~' ||
                                                       c == '=' || c == '>' || c == '_' ||
                                                       c == 0xC2 || c == 0xE2)
          << i;
      EXPECT_EQ(ByteClasses::Has(classes.high, i), c >= 0x30 && c < 0x80) << i;
      EXPECT_EQ(ByteClasses::Has(classes.spaced_at, i), i < text.size() && IsSpacedAt(text, i))
          << i << " \"" << text << "\"";
    }
    for (size_t i = 0; i < text.size(); ++i) {
      size_t end = i;
      while (end < text.size() && text[end] >= '0' && text[end] <= '9') ++end;
      ASSERT_EQ(EndOfRun(classes.digit, i), end) << i << " " << text;
    }
  }
}

// A spaced "at" at every offset around the blocks' edges and the text's start and end, among
// letters (even sizes) or spaces (odd): the bits that read a byte of the next or previous block
// (0, 62, 63), or would read past the text.
TEST(ByteClasses, SpacedAtAtEveryEdge) {
  ByteClasses classes;
  for (const char* form : {" at ", "\tAt\v", " aT  ", "  at\n", " at", "at ", "at", " a t "}) {
    for (size_t size = 60; size <= 132; ++size) {
      if (size != 60 && size < 124 && size > 70) continue;
      for (size_t at = 0; at + 1 < size; ++at) {
        std::string text(size, size % 2 == 0 ? 'x' : ' ');
        text.replace(at, std::min(std::strlen(form), size - at), form, 0,
                     std::min(std::strlen(form), size - at));
        for (int variant = 0; variant < 3; ++variant) {
          if (variant == 0) {
            ClassifyBytes(text, classes);
          } else if (variant == 1) {
            ClassifyBytesWithoutAvx512(text, classes);
          } else {
            ClassifyBytesWithoutAvx2(text, classes);
          }
          for (size_t i = 0; i < 64 * classes.spaced_at.size(); ++i) {
            ASSERT_EQ(ByteClasses::Has(classes.spaced_at, i),
                      i < text.size() && IsSpacedAt(text, i))
                << "variant " << variant << " bit " << i << " of \"" << text << "\"";
          }
        }
      }
    }
  }
  // "at" in either case between \s bytes, marks, non-ASCII bytes or the text's edges; "a t", "ät",
  // "at" in a word or before a digit are none.
  ClassifyBytes("x at y  AT z\tat\v.at.,a t ,\xC3\xA4t \xC3\xA4 at1 that at", classes);
  std::vector<size_t> bits;
  ForEachBit(classes.spaced_at, [&](size_t i) { bits.push_back(i); });
  EXPECT_EQ(bits, (std::vector<size_t>{2, 8, 13, 17, 42}));
}

TEST(Prefilter, WindowsCoverEveryCueWithItsMarginAndAreDisjoint) {
  Random random;
  const CueMargins margins = {6, 4, 4, 5, 8, 3, 10, 7};
  std::vector<Window> windows;
  for (int round = 0; round < 300; ++round) {
    const std::string text = RandomText(random, 30);
    FindWindows(text, margins, windows);
    for (size_t k = 1; k < windows.size(); ++k) {
      ASSERT_GT(windows[k].begin, windows[k - 1].end);
    }
    for (size_t i = 0; i < text.size(); ++i) {
      const unsigned cues = CueClassesAt(text, i);
      for (size_t c = 0; c < kCueClasses; ++c) {
        if (((cues >> c) & 1) == 0) continue;
        const size_t begin = i >= margins[c] ? i - margins[c] : 0;
        const size_t end = std::min(text.size(), i + margins[c] + 1);
        bool covered = false;
        for (const Window& w : windows) covered |= w.begin <= begin && end <= w.end;
        ASSERT_TRUE(covered) << "cue class " << c << " at " << i << " in " << text;
      }
    }
  }
}

TEST(Prefilter, TextWithoutCuesHasNoWindows) {
  std::vector<Window> windows;
  FindWindows("sweet new in town, call me for a nice time. Real photos, no fake!",
              CueMargins{25, 25, 25, 25, 25, 25, 25, 25}, windows);
  EXPECT_TRUE(windows.empty());
}

TEST(Prefilter, NarrowCuesLeaveOrdinaryNumbersAndWordsAlone) {
  auto classes = [](std::string_view text, size_t i) { return CueClassesAt(text, i); };
  // A dot between letters (hosts) is a cue, between digits (dates, phone groups) it is not.
  EXPECT_NE(classes("t.me", 1) & kCueDotAlnum, 0u);
  EXPECT_NE(classes("www.1x", 3) & kCueDotAlnum, 0u);
  EXPECT_EQ(classes("24.12.2024", 2) & kCueDotAlnum, 0u);
  EXPECT_EQ(classes("Ref. 20", 3) & kCueDotAlnum, 0u);
  // A spaced at-word needs its third byte: " at " and " arroba", not " atlas" or " apartment".
  EXPECT_NE(classes("x at y", 1) & kCueSpacedAtWord, 0u);
  EXPECT_NE(classes("x AT\ty", 1) & kCueSpacedAtWord, 0u);
  EXPECT_NE(classes("x arroba y", 1) & kCueSpacedAtWord, 0u);
  EXPECT_NE(classes("x ma\xC5\x82pa y", 1) & kCueSpacedAtWord, 0u);
  EXPECT_NE(classes("x \xD0\xB0\xD1\x82 y", 1) & kCueSpacedAtWord, 0u);  // ат
  EXPECT_NE(classes("x \xD0\x90\xD0\xA2 y", 1) & kCueSpacedAtWord, 0u);  // АТ
  // Or between separators glued to it: "nina_at_gmail", "nina/at/gmail", "nina-at-gmail",
  // "nina#at#gmail".
  EXPECT_NE(classes("x_at_y", 1) & kCueSpacedAtWord, 0u);
  EXPECT_NE(classes("x/at/y", 1) & kCueSpacedAtWord, 0u);
  EXPECT_NE(classes("x-at-y", 1) & kCueSpacedAtWord, 0u);
  EXPECT_NE(classes("x*arroba*y", 1) & kCueSpacedAtWord, 0u);
  EXPECT_NE(classes("x#at#y", 1) & kCueSpacedAtWord, 0u);
  EXPECT_EQ(classes("x_atlas", 1) & kCueSpacedAtWord, 0u);
  EXPECT_EQ(classes("x|at|y", 1) & kCueSpacedAtWord, 0u);
  EXPECT_EQ(classes("x atlas y", 1) & kCueSpacedAtWord, 0u);
  EXPECT_EQ(classes("x apartment", 1) & kCueSpacedAtWord, 0u);
  EXPECT_EQ(classes("x maria", 1) & kCueSpacedAtWord, 0u);
  // A capital letter before a digit (IBAN country code and check digits).
  EXPECT_NE(classes("DE89", 1) & kCueUpperDigit, 0u);
  EXPECT_EQ(classes("de89", 1) & kCueUpperDigit, 0u);
}

TEST(Prefilter, LongAlnumRunIsACueFromItsFourteenthByte) {
  const std::string text = "x abcdefghijklmnop y";  // the run starts at 2
  EXPECT_EQ(CueClassesAt(text, 2 + 12) & kCueLongAlnumRun, 0u);
  EXPECT_NE(CueClassesAt(text, 2 + 13) & kCueLongAlnumRun, 0u);
  EXPECT_NE(CueClassesAt(text, 2 + 15) & kCueLongAlnumRun, 0u);
}

// Every match of every pattern of the database, scanned alone over texts full of selectors,
// contains a cue of a class the pattern declares. Native patterns are left out: their finders read
// the whole text, never the windows (the handle extractor's context marks '~', '=', '>' and the
// arrows belong to no cue class).
TEST(Prefilter, EveryPatternMatchContainsADeclaredCue) {
  Random random;
  std::vector<std::string> texts;
  for (int round = 0; round < 200; ++round) texts.push_back(RandomText(random, 40));
  for (const std::string& fragment : Fragments()) texts.push_back(fragment);
  for (const ExtractorInfo* extractor : Registry()) {
    for (size_t p = 0; p < extractor->patterns.size(); ++p) {
      const PrescanPattern& pattern = extractor->patterns[p];
      if (pattern.native != nullptr) continue;
      SCOPED_TRACE(std::string(extractor->name) + " pattern " + std::to_string(p));
      hs_database_t* db = nullptr;
      hs_compile_error_t* error = nullptr;
      ASSERT_EQ(hs_compile(pattern.expression, pattern.flags | HS_FLAG_SOM_LEFTMOST, HS_MODE_BLOCK,
                           nullptr, &db, &error),
                HS_SUCCESS);
      hs_scratch_t* scratch = nullptr;
      ASSERT_EQ(hs_alloc_scratch(db, &scratch), HS_SUCCESS);
      struct Context {
        const std::string* text;
        unsigned cues;
        size_t matches = 0;
        size_t misses = 0;
      };
      size_t matches = 0;
      for (const std::string& text : texts) {
        Context context{&text, pattern.cues};
        hs_scan(
            db, text.data(), static_cast<unsigned>(text.size()), 0, scratch,
            [](unsigned, unsigned long long from, unsigned long long to, unsigned, void* ctx) {
              auto* c = static_cast<Context*>(ctx);
              ++c->matches;
              bool cue = false;
              for (size_t i = from; i < to && !cue; ++i) {
                cue = (CueClassesAt(*c->text, i) & c->cues) != 0;
              }
              if (!cue) ++c->misses;
              return 0;
            },
            &context);
        EXPECT_EQ(context.misses, 0u) << text;
        matches += context.matches;
      }
      EXPECT_GT(matches, 0u) << "no text exercises this pattern: add a fragment";
      hs_free_scratch(scratch);
      hs_free_database(db);
    }
  }
}

std::vector<std::string> EquivalenceTexts() {
  std::vector<std::string> texts;
  Random random;
  for (int round = 0; round < 400; ++round) texts.push_back(RandomText(random, 60));
  for (int round = 0; round < 200; ++round) texts.push_back(RandomBytes(random, 400));
  std::ifstream sample(std::string(ARIADNE_SOURCE_DIR) + "/../shared/data/selectors_sample.jsonl");
  for (std::string line; std::getline(sample, line);) {
    if (line.empty()) continue;
    const auto ad = nlohmann::json::parse(line, nullptr, false);
    if (ad.is_object() && ad.contains("text") && ad["text"].is_string())
      texts.push_back(ad["text"]);
  }
  const std::filesystem::path seeds = std::string(ARIADNE_SOURCE_DIR) + "/fuzz/corpus/extract";
  for (const auto& entry : std::filesystem::directory_iterator(seeds)) {
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream content;
    content << in.rdbuf();
    texts.push_back(content.str());
  }
  return texts;
}

TEST(Prefilter, ExtractionIsTheSameWithAndWithoutThePrefilter) {
  ExtractorOptions windows;  // the windows even of dense texts, which would be scanned whole
  windows.always_windows = true;
  ExtractorOptions whole_text;
  whole_text.prefilter = false;
  auto gated = SelectorExtractor::Create(windows);
  auto ungated = SelectorExtractor::Create(whole_text);
  auto adaptive = SelectorExtractor::Create();  // the default: windows unless they cover most
  ASSERT_TRUE(gated.ok() && ungated.ok() && adaptive.ok());
  std::vector<std::string> texts = EquivalenceTexts();
  // Long texts, judged by a sample first: dense (scanned whole) and sparse (scanned in windows).
  std::string dense, sparse;
  for (size_t k = 0; dense.size() < (300 << 10); ++k) {
    dense += texts[k % texts.size()];
    dense += ' ';
  }
  Random random;
  while (sparse.size() < (300 << 10)) {
    sparse += "nothing to see in this long stretch of ordinary words, none of them a cue ";
    if (random.Below(40) == 0) sparse += texts[random.Below(texts.size())] + " ";
  }
  texts.push_back(dense);
  texts.push_back(sparse);
  size_t selectors = 0;
  const auto expect_same = [](const std::vector<Selector>& a, const std::vector<Selector>& b,
                              const std::string& text) {
    ASSERT_EQ(a.size(), b.size()) << text.substr(0, 2000);
    for (size_t k = 0; k < a.size(); ++k) {
      EXPECT_EQ(a[k].type, b[k].type);
      EXPECT_EQ(a[k].value, b[k].value);
      EXPECT_EQ(a[k].start, b[k].start);
      EXPECT_EQ(a[k].end, b[k].end);
      EXPECT_EQ(a[k].details, b[k].details);
    }
  };
  for (const std::string& text : texts) {
    for (const char* region : {"", "GB", "FR"}) {
      ExtractContext context;
      context.region = region;
      const auto a = gated.value()->Extract(text, context);
      const auto b = ungated.value()->Extract(text, context);
      const auto c = adaptive.value()->Extract(text, context);
      expect_same(a, b, text);
      expect_same(c, b, text);
      selectors += a.size();
    }
  }
  EXPECT_GT(selectors, 1000u);
}

}  // namespace
}  // namespace ariadne::extract

namespace ariadne::extract {
namespace {

// What Vectorscan reports for one pattern (id 0 of `db`): one Hit per match, as a NativeFinder
// must give them.
std::vector<Hit> VectorscanMatches(const hs_database_t* db, hs_scratch_t* scratch, bool som,
                                   uint32_t id, const std::string& text) {
  struct Context {
    std::vector<Hit> hits;
    uint32_t id;
  } context{{}, id};
  hs_scan(
      db, text.data(), static_cast<unsigned>(text.size()), 0, scratch,
      [](unsigned match_id, unsigned long long from, unsigned long long to, unsigned, void* ctx) {
        if (match_id != 0) return 0;
        auto* c = static_cast<Context*>(ctx);
        c->hits.push_back(Hit{c->id, static_cast<size_t>(from), static_cast<size_t>(to)});
        return 0;
      },
      &context);
  if (!som) {
    for (Hit& h : context.hits) h.from = h.to;
  }
  return context.hits;
}

// A pattern with a native finder is left out of the database: the finder must report exactly what
// Vectorscan would have, in its order (the hits, and so the selectors, stay the same).
TEST(Prefilter, NativeFindersFindWhatVectorscanFinds) {
  Random random;
  std::vector<std::string> texts = {
      "",
      "12345",
      "12345\n",
      "1234\n",
      "x12345\n\n",
      "1 2 3 4 5",
      "1    2345 1   2345",
      "123.45-67/8(9)~0 12\t34 5",
      "07700 900123, 0151/23456789.",
      "anna@example.com a@b @x x@ .@1 -@Z",
      "'a' + '@' + 'b.c' \"@\" `@` '@\" x'@'y '@''@' @'",
      "Telegram: @anna, TG  @x, snap - y, a   :b",
      "sc ~ a | ig ~b, x=y, a->b, c=>d, <br>, IG\xE2\x86\x92z",
      "ig \xE2\x9E\xA1\xEF\xB8\x8F a, IG \xE2\x80\x93 b, x\xE2\x80\x94y",
      "a \xC2\xBB b \xC2\xA3 c \xE2\x86\x92\xE2\x86\x92 \xE2\x87\x92 "
      "\xC3\xA9\xE2\x80\x93 \xE2\x80\x99 \xE2\x86 \xE2",
      ")~ )\xE2\x86\x92 a  \xE2\x80\x94 a   ~ \xE2\x80\x94\xE2\x80\x94",
      "192.168.1.20 1.2.3.4.5 1234.5.6.7 a1.2.3.4 1.2.3.4a 1.2.3.4_",
      "1.2.3.4",
      ".1.2.3.4.",
      "1.2..3.4 1.2.3.4.5.6.7 -1.2.3.4-",
      "x at ::ffff:1.2.3.47",
      "1.22.333.4444.5 9.99.999.9999",
      "IBAN AT 61 1904 3002 3457 3201, at 61 1904 3002 3457 3201, DE8 937 040 044 053 201 300 0",
      "KZ43  8627  5110  0176  9891 GB29 \xC2\xB7 NWBK \xC2\xB7 6016|1331:9268_19 AB "
      "1\xE2\x80\x902"};
  for (int round = 0; round < 2000; ++round) {
    texts.push_back(round % 2 == 0 ? RandomBytes(random, random.Below(400))
                                   : RandomText(random, random.Below(30)));
  }
  // Runs of capitals, digits and Base58 letters of every length around the address and IBAN
  // lengths, joined by spaces, '_' and other bytes.
  static const std::string kRunBytes = "13T0ABCDEZ9bcxloO_";
  static const char* const kJoins[] = {" ",        "  ", "_",   ".", "-",          "\n",
                                       "\xC3\xA4", "",   " | ", ":", " \xC2\xB7 ", "\xE2\x80\x90"};
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    for (size_t runs = random.Below(6); runs > 0; --runs) {
      for (size_t k = random.Below(40); k > 0; --k)
        text += kRunBytes[random.Below(kRunBytes.size())];
      text += kJoins[random.Below(std::size(kJoins))];
    }
    texts.push_back(text);
  }
  // Names after words: letters, underscores, dots, dashes, brackets and a Cyrillic letter.
  static const std::string kNameBytes = "abZ_ .-(1)";
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    for (size_t k = random.Below(40); k > 0; --k) {
      if (random.Below(12) == 0) {
        text += "\xD0\xB8";
      } else {
        text += kNameBytes[random.Below(kNameBytes.size())];
      }
    }
    texts.push_back(text);
  }
  // Digits, dots and their neighbours: dotted quads, longer chains, runs of every length.
  static const std::string kQuadBytes = "0123456789....a_ :\xC3";
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    for (size_t k = random.Below(48); k > 0; --k)
      text += kQuadBytes[random.Below(kQuadBytes.size())];
    texts.push_back(text);
  }
  // A provider's name after a local part with a dot (e-mail pattern 5): pieces of local parts,
  // spaces, joining words, emoji and names in both cases, and bytes near them.
  static const char* const kProviderPieces[] = {"a",
                                                "Z",
                                                ".",
                                                "b_1-",
                                                "abcdefghijkl",
                                                "x.",
                                                " ",
                                                "  ",
                                                "\t",
                                                "\v",
                                                "\n",
                                                "on",
                                                "ON",
                                                "w",
                                                "apenstaart",
                                                "je",
                                                "\xD0\xBD\xD0\xB0",
                                                "\xD0\xB2",
                                                "\xF0\x9F\x8C\xB8",
                                                "\xE2\x9C\xA8",
                                                "\xE2\x9D",
                                                "\xEF\xB8\x8F",
                                                "\xEF\xB8",
                                                "gmail",
                                                "GMX",
                                                "Free",
                                                "net",
                                                "t-online",
                                                "\xD1\x8F\xD0\xBD\xD0\xB4\xD0\xB5\xD0\xBA\xD1\x81",
                                                "\xD0\xAF",
                                                "\xF0\x9F",
                                                "onet",
                                                "wp",
                                                "@"};
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    for (size_t k = random.Below(16); k > 0; --k)
      text += kProviderPieces[random.Below(std::size(kProviderPieces))];
    texts.push_back(text);
  }
  // The spaced "at" of e-mail patterns 2 and 10 (native patterns 14 and 15).
  for (int round = 0; round < 3000; ++round) texts.push_back(RandomSpacedAtText(random, 24));
  for (const char* text :
       {"x at y",       "x at y ",  " x at y",   "at y",      "x at",      "x at ",     "_ at 9",
        "x\t\tAT\v\vZ", "x   at y", "x at   y",  "x\x08at y", "x at\x0Ey", "/ at /",    "- AT -",
        ".  at  .",     "* at *",   "/ at -",    "# at #",    "_ at _",    "/  at  /x", "a/ at /",
        "/at /",        "/ at/",    "-  at   -", "/ @ /",     "-  @ -",    "x. @  .",   "* @ *",
        "/ @ -",        "/@ /",     "@ /",       "/ @",       " @ /",      "/\t@\v/"}) {
    texts.emplace_back(text);
  }
  for (const char* text : {"1BoatSLRHtKNngkdXEeobR76b53LETtpyT",
                           "x1BoatSLRHtKNngkdXEeobR76b53LETtpyT",
                           "1BoatSLRHtKNngkdXEeobR76b53LETtpyT_",
                           "TJRyWwFs9wTFGZg3JbrVriFbNfCug5tDeC.",
                           "DE89 3704 0044 0532 0130 00",
                           "DE89370400440532013000",
                           "aDE89370400440532013000",
                           "DE89  3704 0044 0532 0130 00",
                           "GB82 WEST 1234 5698 7654 32 GB82WEST12345698765432",
                           "DE89 DE89 3704 0044 0532 0130 00",
                           "a.b free freenet",
                           "a.b on onet",
                           "A.B ON GMAIL",
                           "x.abcdefghijkl gmx",
                           "x.abcdefghijklm gmx",
                           "a.b.c  \xF0\x9F\x8C\xB8\xEF\xB8\x8F  web",
                           "a.b\xE2\x9C\xA8gmail",
                           "a.b \xD0\xBD\xD0\xB0 \xD1\x83\xD0\xBA\xD1\x80",
                           "a.b apenstaartje gmx",
                           "a.b\vat\fyahoo",
                           "1.b gmail a._ mail a.- bk"}) {
    texts.emplace_back(text);
  }
  size_t natives = 0;
  for (const ExtractorInfo* extractor : Registry()) {
    for (uint32_t p = 0; p < extractor->patterns.size(); ++p) {
      const PrescanPattern& pattern = extractor->patterns[p];
      if (pattern.native == nullptr) continue;
      ++natives;
      hs_database_t* db = nullptr;
      hs_compile_error_t* error = nullptr;
      // Compiled with the patterns the engine's database holds (ids 1 on, their matches
      // ignored), as the engine compiles it: Vectorscan 5.4.9 compiles the IPv4 pattern alone
      // into a database that misses some of its matches ("… at ::ffff:1.2.3.47"), while the
      // engine's database finds them.
      std::vector<const char*> expressions = {pattern.expression};
      std::vector<unsigned> flags = {pattern.flags};
      for (const ExtractorInfo* other : Registry()) {
        for (const PrescanPattern& companion : other->patterns) {
          if (companion.native != nullptr) continue;
          expressions.push_back(companion.expression);
          flags.push_back(companion.flags);
        }
      }
      std::vector<unsigned> ids(expressions.size());
      for (unsigned k = 0; k < ids.size(); ++k) ids[k] = k;
      ASSERT_EQ(hs_compile_multi(expressions.data(), flags.data(), ids.data(),
                                 static_cast<unsigned>(expressions.size()), HS_MODE_BLOCK, nullptr,
                                 &db, &error),
                HS_SUCCESS);
      hs_scratch_t* scratch = nullptr;
      ASSERT_EQ(hs_alloc_scratch(db, &scratch), HS_SUCCESS);
      const bool som = (pattern.flags & HS_FLAG_SOM_LEFTMOST) != 0;
      for (const std::string& text : texts) {
        const std::vector<Hit> expected = VectorscanMatches(db, scratch, som, p, text);
        ByteClasses classes;
        ClassifyBytes(text, classes);
        std::vector<Hit> found;
        pattern.native(classes, p, found);
        ASSERT_EQ(found.size(), expected.size())
            << extractor->name << " pattern " << p << " on \"" << text << "\"";
        for (size_t k = 0; k < found.size(); ++k) {
          EXPECT_EQ(found[k].pattern, p);
          EXPECT_EQ(found[k].from, expected[k].from)
              << extractor->name << " pattern " << p << " match " << k << " on \"" << text << "\"";
          EXPECT_EQ(found[k].to, expected[k].to)
              << extractor->name << " pattern " << p << " match " << k << " on \"" << text << "\"";
        }
      }
      hs_free_scratch(scratch);
      hs_free_database(db);
    }
  }
  EXPECT_GE(natives, 1u);
  // An extractor's single pass for all its native patterns reports what its finders report,
  // merged as the engine merges them (by end offset, on a tie the lower pattern first).
  size_t together = 0;
  for (const ExtractorInfo* extractor : Registry()) {
    if (extractor->natives_together == nullptr) continue;
    ++together;
    for (const std::string& text : texts) {
      ByteClasses classes;
      ClassifyBytes(text, classes);
      std::vector<Hit> expected;
      for (uint32_t p = 0; p < extractor->patterns.size(); ++p) {
        if (extractor->patterns[p].native == nullptr) continue;
        const size_t before = expected.size();
        extractor->patterns[p].native(classes, p, expected);
        std::inplace_merge(expected.begin(), expected.begin() + static_cast<std::ptrdiff_t>(before),
                           expected.end(), [](const Hit& a, const Hit& b) { return a.to < b.to; });
      }
      std::vector<Hit> found;
      extractor->natives_together(classes, found);
      ASSERT_EQ(found.size(), expected.size()) << extractor->name << " on \"" << text << "\"";
      for (size_t k = 0; k < found.size(); ++k) {
        EXPECT_EQ(found[k].pattern, expected[k].pattern) << extractor->name << " on \"" << text;
        EXPECT_EQ(found[k].from, expected[k].from) << extractor->name << " on \"" << text;
        EXPECT_EQ(found[k].to, expected[k].to) << extractor->name << " on \"" << text;
      }
    }
  }
  EXPECT_GE(together, 1u);
}

}  // namespace
}  // namespace ariadne::extract
