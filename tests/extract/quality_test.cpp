// Quality on the synthetic selector sample (../shared/data/selectors_sample.jsonl) and on the blind
// held-out set (tests/extract/data/blind_selectors.jsonl): per type, precision and recall of the
// (type, value) pairs of each ad. Prints the figures and every miss and false positive; for the
// blind sets also per obfuscation family and per language. The second blind set
// (tests/extract/data2/blind_selectors2.jsonl), the third
// (tests/extract/data3/blind_selectors3.jsonl), the fourth
// (tests/extract/data4/blind_selectors4.jsonl), the fifth
// (tests/extract/data5/blind_selectors5.jsonl), the sixth
// (tests/extract/data6/blind_selectors6.jsonl), the seventh
// (tests/extract/data7/blind_selectors7.jsonl), the eighth
// (tests/extract/data8/blind_selectors8.jsonl), the ninth
// (tests/extract/data9/blind_selectors9.jsonl) and the tenth
// (tests/extract/data10/blind_selectors10.jsonl) are hand-written and scored the same way.
#include <gtest/gtest.h>

#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

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

// What one scoring pass over a JSONL set found.
struct SetScore {
  int ads = 0;
  std::map<std::string, Tally> per_type;
  std::map<std::string, Tally> per_family;  // by the "families" tags of the blind set
  std::map<std::string, Tally> per_lang;
};

// The selector type a family tag is about, or "" for tags about the whole snippet (decoys, none,
// long, handwritten): those count every type. Lets "lookalike" be judged on phones only, not on
// the e-mail that happens to share its snippet.
std::string FamilyType(const std::string& family) {
  if (family.rfind("email", 0) == 0 || family == "at_only" || family == "lang_bracketed" ||
      family == "trailing_punct")
    return "email";
  if (family.rfind("handle", 0) == 0 || family.rfind("platform_", 0) == 0) return "handle";
  if (family.rfind("crypto", 0) == 0) return "crypto";
  if (family == "iban") return "iban";
  if (family == "ip" || family == "ipv6") return "ip";
  if (family.rfind("decoy", 0) == 0 || family == "none" || family == "long" ||
      family == "handwritten" || family == "repeat")
    return "";
  // The fourth set's tags for the snippet's shape (a chat, a table, markup…): every type.
  static const std::set<std::string> kShapes = {"chat",   "social", "signature",     "table",
                                                "markup", "multi",  "punct-adjacent"};
  if (kShapes.count(family)) return "";
  // The fifth set's tags for the snippet's shape, or for tracking parameters (on handle and wa.me
  // links). Its "zero-width" stays a phone family, as in the earlier sets that share the tag.
  static const std::set<std::string> kFifthShapes = {
      "no-selector", "long-ad",        "csv-table",   "markup-html",  "html-entities",
      "mixed-lang",  "multi-selector", "recruitment", "url-tracking", "same-number-twice"};
  if (kFifthShapes.count(family)) return "";
  return "phone";
}

// A set's own reading of some of its family tags (tag -> type, "" for every type), where the
// shared FamilyType would misread them; the earlier sets' readings stay as they were.
using FamilyTypes = std::map<std::string, std::string>;

// The readings the seventh and later sets share (their writers took the family names of the
// seventh set's note): tags about a snippet's shape count every type, and these e-mail and handle
// tags would be taken for phone tags by the shared reading. A set adds its own tags to these.
FamilyTypes WithSharedReadings(FamilyTypes own) {
  for (const char* shape : {"plain", "chat", "chat_qa", "json_code", "csv_table", "markup",
                            "html_entity", "multi_selector", "mixed_lang", "long_ad", "signature",
                            "same_twice", "zero_width", "platform_abbrev", "tracking_params"}) {
    own.emplace(shape, "");
  }
  for (const char* email : {"at_dot_words", "fullwidth_at"}) own.emplace(email, "email");
  for (const char* handle : {"at_name_platform_elsewhere", "x_handle", "facebook", "kik",
                             "wechat_line", "signal_handle", "telegram_link"}) {
    own.emplace(handle, "handle");
  }
  return own;
}

void Count(Tally& tally, bool true_positive, bool false_positive, bool false_negative) {
  tally.true_positive += true_positive;
  tally.false_positive += false_positive;
  tally.false_negative += false_negative;
}

// Runs the extractor over every line of a set
// ({"id","region","text","expected":[{"type","value"}]}, optional "lang" and "families") and scores
// the (type, value) pairs of the scored types per ad, the way `ariadne extract --jsonl` is given
// them: text and region. Prints every miss and false positive. Returns ads == 0 when the file
// cannot be read.
SetScore ScoreSet(const std::string& path, const std::set<std::string>& scored,
                  const FamilyTypes& family_types = {}) {
  SetScore score;
  std::ifstream in(path);
  if (!in) return score;
  for (const auto& type : scored) score.per_type[type];
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const auto ad = nlohmann::json::parse(line);
    ++score.ads;
    ExtractContext context;
    context.region = ad.value("region", "");
    const std::string text = ad["text"];
    std::set<std::pair<std::string, std::string>> expected, found;
    for (const auto& e : ad["expected"]) expected.emplace(e["type"], e["value"]);
    for (const Selector& s : Extractor().Extract(text, context)) {
      if (scored.count(s.type)) found.insert({s.type, s.value});
      EXPECT_LT(s.start, s.end);
      EXPECT_LE(s.end, text.size());
      if (s.end <= text.size()) {
        EXPECT_EQ(s.raw, text.substr(s.start, s.end - s.start));
      }
    }
    const std::vector<std::string> families = ad.value("families", std::vector<std::string>{});
    const std::string lang = ad.value("lang", "");
    // One outcome of one (type, value) pair, counted per type, per family and per language.
    auto record = [&](const std::pair<std::string, std::string>& pair, bool tp, bool fp, bool fn) {
      Count(score.per_type[pair.first], tp, fp, fn);
      if (!lang.empty()) Count(score.per_lang[lang], tp, fp, fn);
      for (const auto& family : families) {
        const auto own = family_types.find(family);
        const std::string type = own != family_types.end() ? own->second : FamilyType(family);
        if (type.empty() || type == pair.first) Count(score.per_family[family], tp, fp, fn);
      }
    };
    for (const auto& e : expected) {
      if (!scored.count(e.first)) continue;
      const bool hit = found.count(e) > 0;
      record(e, hit, false, !hit);
      if (!hit) {
        std::cout << "MISS " << ad.value("id", "") << " [" << context.region << "] " << e.first
                  << " " << e.second << "\n     " << text << "\n";
      }
    }
    for (const auto& f : found) {
      if (expected.count(f)) continue;
      record(f, false, true, false);
      std::cout << "FALSE " << ad.value("id", "") << " [" << context.region << "] " << f.first
                << " " << f.second << "\n     " << text << "\n";
    }
  }
  return score;
}

void Print(const std::string& title, const std::map<std::string, Tally>& tallies) {
  std::cout << title << ":\n";
  for (const auto& [name, t] : tallies) {
    std::cout << "  " << name << ": precision " << t.Precision() << " recall " << t.Recall()
              << " (tp " << t.true_positive << ", fp " << t.false_positive << ", fn "
              << t.false_negative << ")\n";
  }
}

// A blind set's figures per type, family and language, each type held to its floor (precision,
// recall). Fails when the set holds fewer than `min_ads` ads (missing or cut short).
struct Floor {
  double precision, recall;
};
void ScoreBlindSet(const std::string& path, int min_ads, const std::map<std::string, Floor>& floors,
                   const FamilyTypes& family_types = {}) {
  std::set<std::string> scored;
  for (const auto& [type, floor] : floors) scored.insert(type);
  const SetScore score = ScoreSet(path, scored, family_types);
  ASSERT_GT(score.ads, min_ads) << "blind set missing or cut short: " << path;
  std::cout << "ads: " << score.ads << "\n";
  Print("per type", score.per_type);
  Print("per family", score.per_family);
  Print("per language", score.per_lang);
  for (const auto& [type, floor] : floors) {
    const Tally& t = score.per_type.at(type);
    EXPECT_GE(t.Precision(), floor.precision) << type;
    EXPECT_GE(t.Recall(), floor.recall) << type;
  }
}

TEST(ExtractQuality, SamplePrecisionAndRecallPerType) {
  const std::string path =
      std::string(ARIADNE_SOURCE_DIR) + "/../shared/data/selectors_sample.jsonl";
  const SetScore score = ScoreSet(path, {"phone", "email", "handle"});
  if (score.ads == 0) GTEST_SKIP() << "sample not found: " << path;
  std::cout << "ads: " << score.ads << "\n";
  Print("per type", score.per_type);
  for (const auto& [type, t] : score.per_type) {
    EXPECT_GE(t.Precision(), 0.995) << type;
    EXPECT_GE(t.Recall(), 0.98) << type;
  }
}

// The blind held-out set (tests/extract/data/BLIND_SELECTORS.md says how it was made and what its
// author did not read), now a development set. The floors are the figures last measured, minus
// 0.02: they catch a regression, they are not the issue's goal (0.995 / 0.98 on every type). Raise
// them when the extractors improve; never change the set to suit the extractors.
TEST(ExtractQuality, BlindSetPrecisionAndRecallPerType) {
  const std::string path =
      std::string(ARIADNE_SOURCE_DIR) + "/tests/extract/data/blind_selectors.jsonl";
  // Measured at e58a912: phone 0.818 / 0.921, email 0.992 / 0.885, handle 1 / 0.827, iban, crypto
  // and ip 1 / 1. After the set was read and the mechanisms it showed missing were built (branch
  // xqual1): phone 1 / 1, email 1 / 1, handle 1 / 0.993, iban, crypto and ip 1 / 1. The set is
  // no longer blind; a fresh one (a new seed of its generator) judges the work.
  const std::map<std::string, Floor> floors = {
      {"phone", {0.98, 0.98}}, {"email", {0.98, 0.98}},  {"handle", {0.98, 0.973}},
      {"iban", {0.98, 0.98}},  {"crypto", {0.98, 0.98}}, {"ip", {0.98, 0.98}},
  };
  ScoreBlindSet(path, 400, floors);
}

// The second blind set (tests/extract/data2/BLIND_SELECTORS2.md): 352 ads written by hand, one by
// one, in the 11 languages of issue 3, independent of the first set's generator. Scored the same
// way; floors are the figures measured when the test was added, minus 0.02 (see the comment above).
TEST(ExtractQuality, SecondBlindSetPrecisionAndRecallPerType) {
  const std::string path =
      std::string(ARIADNE_SOURCE_DIR) + "/tests/extract/data2/blind_selectors2.jsonl";
  // Measured at 557467c (phone 0.972 / 0.900, email 0.939 / 0.902, handle 0.971 / 0.904, iban,
  // crypto and ip 1 / 1); after the xspeed7 and xqual1 round, which did not read this set: phone
  // 0.986 / 0.922, email 1 / 0.980, handle 0.973 / 0.986. After the round that read it (branch
  // xqual2, now a development set): every type 1 / 1.
  const std::map<std::string, Floor> floors = {
      {"phone", {0.98, 0.98}}, {"email", {0.98, 0.98}},  {"handle", {0.98, 0.98}},
      {"iban", {0.98, 0.98}},  {"crypto", {0.98, 0.98}}, {"ip", {0.98, 0.98}},
  };
  ScoreBlindSet(path, 300, floors);
}

// The third blind set (tests/extract/data3/BLIND_SELECTORS3.md): 405 ads written by hand in the 11
// languages of issue 3 and with phone formats of 28 countries, independent of the first two sets
// and committed before any extractor ran on it. Scored the same way; floors are the figures
// measured last, minus 0.02.
TEST(ExtractQuality, ThirdBlindSetPrecisionAndRecallPerType) {
  const std::string path =
      std::string(ARIADNE_SOURCE_DIR) + "/tests/extract/data3/blind_selectors3.jsonl";
  // Measured at 42d09ac, the first run on the set: phone 0.978 / 0.953, email 0.980 / 0.845,
  // handle 0.979 / 0.931, iban, crypto and ip 1 / 1. After the xqual2 round (which never saw it):
  // phone 0.982 / 0.971, email 0.981 / 0.914, handle 1 / 0.960. Then, before the round that read
  // it (branch xqual3, now a development set): phone 0.996 / 0.978, email 0.983 / 0.983, handle 1 /
  // 0.970; after it: every type 1 / 1.
  const std::map<std::string, Floor> floors = {
      {"phone", {0.98, 0.98}}, {"email", {0.98, 0.98}},  {"handle", {0.98, 0.98}},
      {"iban", {0.98, 0.98}},  {"crypto", {0.98, 0.98}}, {"ip", {0.98, 0.98}},
  };
  ScoreBlindSet(path, 400, floors);
}

// The fourth blind set (tests/extract/data4/BLIND_SELECTORS4.md): 405 ads written by hand in the 11
// languages of issue 3 and with phone formats of 28 countries (chats, tables, markup, long ads,
// several selectors per ad), independent of the first three sets and committed before any extractor
// ran on it, now a development set. Scored the same way; floors are the figures last measured,
// minus 0.02.
TEST(ExtractQuality, FourthBlindSetPrecisionAndRecallPerType) {
  const std::string path =
      std::string(ARIADNE_SOURCE_DIR) + "/tests/extract/data4/blind_selectors4.jsonl";
  // Measured on main's extractors at 97f5f07, the first run on the set: phone 0.987 / 0.950,
  // email 1 / 0.966, handle 1 / 0.812, iban, crypto and ip 1 / 1. Before the round that read it
  // (branch xqual4): phone 0.987 / 0.971, email 1 / 0.966, handle 1 / 0.838; after it: phone 1 /
  // 0.996 (b4-0019 writes ten digits after +66, where Thai mobile numbers have nine), every other
  // type 1 / 1.
  const std::map<std::string, Floor> floors = {
      {"phone", {0.98, 0.976}}, {"email", {0.98, 0.98}},  {"handle", {0.98, 0.98}},
      {"iban", {0.98, 0.98}},   {"crypto", {0.98, 0.98}}, {"ip", {0.98, 0.98}},
  };
  ScoreBlindSet(path, 400, floors);
}

// The fifth blind set (tests/extract/data5/BLIND_SELECTORS5.md): 430 ads written by hand in the 11
// languages of issue 3 and with phone formats of 28 countries (platform words before bare names,
// handles inside sentences, look-alike scripts mixed in one number, markup, tables, long ads),
// independent of the first four sets and committed before any extractor ran on it. Scored the same
// way; floors are the figures measured at the first run, minus 0.02.
TEST(ExtractQuality, FifthBlindSetPrecisionAndRecallPerType) {
  const std::string path =
      std::string(ARIADNE_SOURCE_DIR) + "/tests/extract/data5/blind_selectors5.jsonl";
  // Measured on main's extractors at 60a4893, the first run on the set (after three labelling
  // fixes, b5-0026, b5-0086, b5-0103, each in its own commit): phone 0.973 / 0.909, email 0.978 /
  // 0.746, handle 0.974 / 0.607, iban, crypto and ip 1 / 1. A development set since: after a bare
  // '@name' went to the one platform the ad names and a name may follow a platform's name a few
  // words on in a sentence, and "Snapchat-Name:" read (xqual5), handle 0.990 / 0.836. After HTML
  // entities were decoded, numbers split over two lines joined, e-mails parted by emoji read,
  // platform abbreviations and table columns read (xqual6): phone 0.983 / 0.967, email 0.982 /
  // 0.932, handle 1 / 0.934. After a function word between a platform and a name stood aside
  // (session 26, xqual9): handle 1 / 0.943, its floor raised to that minus 0.02.
  const std::map<std::string, Floor> floors = {
      {"phone", {0.963, 0.947}}, {"email", {0.962, 0.912}}, {"handle", {0.98, 0.923}},
      {"iban", {0.98, 0.98}},    {"crypto", {0.98, 0.98}},  {"ip", {0.98, 0.98}},
  };
  ScoreBlindSet(path, 400, floors);
}

// The sixth blind set (tests/extract/data6/BLIND_SELECTORS6.md): 483 ads written by hand in the 11
// languages of issue 3 and with phone formats of 28 countries (a chat's question before its answer,
// platform abbreviations, tens and hundreds spelled out, numbers in query strings, quoted and
// forwarded messages, tables), independent of the first five sets and committed before any
// extractor ran on it. Scored the same way; floors are the figures measured at the first run, minus
// 0.02.
TEST(ExtractQuality, SixthBlindSetPrecisionAndRecallPerType) {
  const std::string path =
      std::string(ARIADNE_SOURCE_DIR) + "/tests/extract/data6/blind_selectors6.jsonl";
  // Measured on main's extractors at 71d37de, the first run on the set (after one labelling fix,
  // b6_0296, in its own commit): phone 0.975 / 0.829, email 1 / 0.821, handle 1 / 0.745, iban 1 /
  // 0.889, crypto and ip 1 / 1. Measured blind again by the lead after the session 23 merge
  // (xqual6's mechanisms, tuned on the fifth set, and xspeed11; nothing read from this set):
  // phone 0.977 / 0.897, email 1 / 0.929, handle 1 / 0.809. Then a development set (session 24,
  // xqual7: separator words, other brackets, query parameters, chat answers, spelled compounds,
  // count words): phone 0.985 / 0.961, email 1 / 0.929, handle 1 / 0.973, iban 1 / 0.889 (its miss,
  // b6_0230, fails MOD 97: PL94 where the BBAN needs PL34). The floors are those minus 0.02.
  // After chat messages and markup joined (session 26, xqual9): phone 0.986 / 0.972, email 1 /
  // 0.940; their recall floors raised to those minus 0.02. After session 30's xqual12: phone
  // 0.986 / 0.975; its recall floor raised to that minus 0.02. After session 35's xqual19 (a line
  // opening with the trunk prefix takes the next line's rest): phone 0.993 / 0.986; floors raised
  // to those minus 0.02.
  const std::map<std::string, Floor> floors = {
      {"phone", {0.973, 0.966}}, {"email", {0.98, 0.920}}, {"handle", {0.98, 0.953}},
      {"iban", {0.98, 0.868}},   {"crypto", {0.98, 0.98}}, {"ip", {0.98, 0.98}},
  };
  // The set's tags about the snippet's shape count every type; "uppercase" is about e-mails and
  // "signal" about handles. Its other tags (spelled, keycap, wa_link…) are about phones.
  const FamilyTypes family_types = {
      {"chat_qa", ""},      {"quoted_reply", ""},   {"forwarded", ""},
      {"table_md", ""},     {"table_plain", ""},    {"csv", ""},
      {"html_entity", ""},  {"html_markup", ""},    {"multi_selector", ""},
      {"mixed_lang", ""},   {"mixed_scripts", ""},  {"long_ad", ""},
      {"plain", ""},        {"punct_adjacent", ""}, {"same_number_twice", ""},
      {"url_tracking", ""}, {"split_lines", ""},    {"emoji_sep", ""},
      {"zero_width", ""},   {"viber_cyr", ""},      {"uppercase", "email"},
      {"signal", "handle"},
  };
  ScoreBlindSet(path, 400, floors, family_types);
}

// The seventh blind set (tests/extract/data7/BLIND_SELECTORS7.md): 423 ads written by hand in the
// 11 languages of issue 3 and with phone formats of 28 countries (numbers read aloud in pairs and
// triples, words between digit groups, numbers before "call" verbs and before "Uhr"/"ore"/"h",
// e-mails with the provider in words, selectors in JSON and code, handles in alt text and
// captions), independent of the first six sets and committed before any extractor ran on it.
// Scored the same way; floors are the figures measured at the first run, minus 0.02.
TEST(ExtractQuality, SeventhBlindSetPrecisionAndRecallPerType) {
  const std::string path =
      std::string(ARIADNE_SOURCE_DIR) + "/tests/extract/data7/blind_selectors7.jsonl";
  // Measured on main's extractors at 33357c0, the first run on the set (after one labelling fix,
  // b7_0024, in its own commit): phone 1 / 0.872, email 0.971 / 0.660, handle 0.990 / 0.858, iban,
  // crypto and ip 1 / 1. With xqual7's and xspeed12's code merged (measured by the lead,
  // 2026-12-01; neither had read the set): phone 1 / 0.961, email 0.971 / 0.660, handle 0.991 /
  // 0.900; floors raised to those figures minus 0.02. Then a development set (session 25, xqual8:
  // providers named in words or after an emoji, spaced dots in the local part, quoted JSON keys):
  // email 1 / 0.960, handle 1 / 0.925, phone unchanged; floors raised to those minus 0.02.
  // Then (session 26, xqual9: quotation marks and markup between a number's groups) phone 1 /
  // 0.975; its floor raised to that minus 0.02. Then (session 28, xqual10: e-mails between
  // separators, "/ at /") email 1 / 0.980; its floor raised to that minus 0.02. Then (session 30,
  // xqual12) handle 1 / 0.933; its floor raised to that minus 0.02. Then (session 34, xqual17: a
  // phone parameter's value with "%20" and dashes) phone 1 / 0.979; its floor raised to that
  // minus 0.02. Then (xqual18: CSV cells under a platform's header) handle 1 / 0.942; its floor
  // raised to that minus 0.02.
  const std::map<std::string, Floor> floors = {
      {"phone", {0.98, 0.958}}, {"email", {0.98, 0.96}},  {"handle", {0.98, 0.922}},
      {"iban", {0.98, 0.98}},   {"crypto", {0.98, 0.98}}, {"ip", {0.98, 0.98}},
  };
  // The set's tags about the snippet's shape count every type; the e-mail and handle tags that the
  // shared reading would take for phone tags are named here. Its other tags (read_pairs,
  // word_sep, unit_words, wa_link, query_string…) are about phones.
  const FamilyTypes family_types = WithSharedReadings({
      {"punct_adjacent", ""},
      {"recruitment", ""},
      {"alt_text", "handle"},
      {"caption", "handle"},
      {"snapchat_link", "handle"},
      {"onlyfans_link", "handle"},
      {"instagram_link", "handle"},
      {"tiktok_link", "handle"},
  });
  ScoreBlindSet(path, 400, floors, family_types);
}

// The eighth blind set (tests/extract/data8/BLIND_SELECTORS8.md): 470 ads written by hand in the
// 11 languages of issue 3 and 39 regions, 88 of its selectors e-mails in many shapes (each
// language's at/dot words, the provider in words, brackets, spaces, emoji or full-width signs
// between the parts, split over lines and chat messages, signatures, HTML entities, URL-encoded),
// 20 near-misses and 81 snippets with numeric decoys. Its author read none of the extraction code
// and none of the earlier sets; it was committed before any extractor ran on it. Scored the same
// way; floors are the figures measured at the first run, minus 0.02.
TEST(ExtractQuality, EighthBlindSetPrecisionAndRecallPerType) {
  const std::string path =
      std::string(ARIADNE_SOURCE_DIR) + "/tests/extract/data8/blind_selectors8.jsonl";
  // Measured on main's extractors at 837d89d, the first run on the set (after four labelling
  // fixes, b8_0117, b8_0126, b8_0128 and b8_0247, each in its own commit): phone 1 / 0.961, email
  // 0.966 / 0.636, handle 0.979 / 0.876, iban, crypto and ip 1 / 1. Weakest: phones and e-mails
  // answered over several chat lines, e-mails split by emoji or with the provider in words.
  // Measured by the lead on the merge of xqual8 and xspeed13 (neither had read this set): phone
  // 1 / 0.961, email 1 / 0.852, handle 0.979 / 0.895; floors at those minus 0.02. Then a
  // development set (session 26, xqual9: numbers and addresses over chat messages, the provider
  // named before the local part, "дважды"/"двічі", function words after a platform, platform
  // emoji, Romanian "aronda"): phone 1 / 1, email 1 / 0.955, handle 1 / 0.933; floors raised to
  // those minus 0.02. Then (session 34, xqual17: underscored local parts before a provider in
  // words) email 1 / 0.989; its floor raised to that minus 0.02.
  const std::map<std::string, Floor> floors = {
      {"phone", {0.98, 0.98}}, {"email", {0.98, 0.968}}, {"handle", {0.98, 0.913}},
      {"iban", {0.98, 0.98}},  {"crypto", {0.98, 0.98}}, {"ip", {0.98, 0.98}},
  };
  // The set's tags about the snippet's shape count every type; its e-mail and handle tags that
  // the shared reading would take for phone tags are named here. Its other tags (spelled,
  // read_pairs, homoglyph, keycap, wa_link, viber_number, trunk_8…) are about phones.
  const FamilyTypes family_types = WithSharedReadings({
      {"line_split", ""},
      {"brackets", ""},
      {"query_string", ""},
      {"near_miss", ""},
      {"at_prose", ""},
      {"price_like_phone", ""},
      {"plus_tag", "email"},
      {"onlyfans", "handle"},
      {"tiktok", "handle"},
      {"instagram", "handle"},
  });
  ScoreBlindSet(path, 450, floors, family_types);
}

// The ninth blind set (tests/extract/data9/BLIND_SELECTORS9.md): 551 ads written by hand in the
// 11 languages of issue 3 and 47 regions, its phones in the shapes the earlier notes call hard
// (split over chat lines or messages, markup between digit groups, URL-encoded tel: links, trunk
// prefixes of several countries, "00" prefixes, numbers partly in words), 98 e-mails in many
// shapes, 29 near-misses and 80 snippets with numeric decoys. Its author read none of the
// extraction code and none of the earlier sets; it was committed before any extractor ran on it.
// Scored the same way; floors are the figures measured at the first run, minus 0.02.
TEST(ExtractQuality, NinthBlindSetPrecisionAndRecallPerType) {
  const std::string path =
      std::string(ARIADNE_SOURCE_DIR) + "/tests/extract/data9/blind_selectors9.jsonl";
  // Measured on main's extractors at 0b440f7, the first run on the set (after one labelling fix,
  // b9_0430, in its own commit): phone 0.979 / 0.842, email 1 / 0.735, handle 1 / 0.910, iban,
  // crypto and ip 1 / 1. Weakest: phones and e-mails answered over several chat lines or split
  // over two lines, markup between a phone's digit groups, e-mails with the provider in words,
  // the snapchat ghost emoji before a name, URL-encoded tel: and mailto: links. Measured by the
  // lead on the merge of xqual9 (tuned on sets 7 and 8, never read this one): phone 0.981 / 0.914,
  // email 1 / 0.765, handle 1 / 0.946; floors raised to those minus 0.02. Then (session 28,
  // xqual10: URL-encoded mailto links, addresses broken before the '@') email 1 / 0.796; its
  // floor raised to that minus 0.02. Then (session 30, xqual12) phone 0.985 / 0.921, email 1 /
  // 0.867, handle 1 / 0.973; floors raised to those minus 0.02. Then (session 30, xqual13:
  // "(a)", providers with their top-level domain in words before the local part) email 1 /
  // 0.908; its floor raised to that minus 0.02. Then (session 34, xqual17: dash dialogue lines as
  // one speaker, tel: links with "%20" and "%2B", an "@name" opening the text) phone 0.989 /
  // 0.953, email 1 / 0.918, handle 1 / 0.982; floors raised to those minus 0.02. Then (session
  // 37, xqual20: dot words and markup with a dash between a number's groups, at-words glued
  // between emoji, dialogue lines answering a platform question, two platforms joined by "y")
  // phone 0.989 / 0.975, email 1 / 0.959, handle 1 / 1; floors raised to those minus 0.02 (at
  // most 0.98).
  const std::map<std::string, Floor> floors = {
      {"phone", {0.969, 0.955}}, {"email", {0.98, 0.939}}, {"handle", {0.98, 0.98}},
      {"iban", {0.98, 0.98}},    {"crypto", {0.98, 0.98}}, {"ip", {0.98, 0.98}},
  };
  // The set's tags about the snippet's shape count every type; its e-mail and handle tags that
  // the shared reading would take for phone tags are named here. Its other tags (spelled,
  // read_pairs, homoglyph, keycap, trunk_8, trunk_06, trunk_15, landline, wa_link…) are about
  // phones.
  const FamilyTypes family_types = WithSharedReadings({
      {"line_split", ""},
      {"brackets", ""},
      {"query_string", ""},
      {"url_encoded", ""},
      {"markdown", ""},
      {"forwarded", ""},
      {"near_miss", ""},
      {"at_prose", ""},
      {"price_like_phone", ""},
      {"mailto", "email"},
      {"plus_tag", "email"},
      {"onlyfans", "handle"},
      {"tiktok", "handle"},
      {"snapchat", "handle"},
      {"instagram_url", "handle"},
  });
  ScoreBlindSet(path, 500, floors, family_types);
}

// The tenth blind set (tests/extract/data10/BLIND_SELECTORS10.md): 644 ads written by hand in the
// 11 languages of issue 3 and 47 regions, in registers the earlier notes do not list (WhatsApp
// chat exports, quoted replies, OCR noise, RTL marks between digits, mixed scripts, mailto: with
// %40, "name /at/ host /dot/ com", provider names in the ad's language, decoys beside the
// selector), 75 ads without a selector (38 near-misses). Its author read none of the extraction
// code and none of the earlier sets; it was committed before any extractor ran on it. Scored the
// same way; floors are the figures measured at the first run, minus 0.02.
TEST(ExtractQuality, TenthBlindSetPrecisionAndRecallPerType) {
  const std::string path =
      std::string(ARIADNE_SOURCE_DIR) + "/tests/extract/data10/blind_selectors10.jsonl";
  // Measured on main's extractors at 399c753, the first run on the set (no label needed fixing):
  // phone 0.989 / 0.957, email 0.974 / 0.705, handle 0.980 / 0.899, iban, crypto and ip 1 / 1.
  // After xqual10 (session 28; it never read this set) and the letter-O fix: email 0.979 / 0.895
  // (the e-mail floor raised to that minus 0.02); the other types unchanged. Weakest (found of
  // labelled): mailto: links with %40 (0 of 11), "name /at/ host /dot/ com" (0 of 9), provider
  // names in words ("мой джимейл", "na interii", 6 of 13), numbers split over chat-export messages
  // (6 of 12), "double"/"triple" in Polish, Russian and Ukrainian, platform names written in
  // Cyrillic ("снэпчат", "Тик Ток", "Туитър").
  // After xqual11 (session 29; file names with '@', id words as names, EAN codes, Cyrillic
  // spellings of Snapchat and Twitter, "as" before an @name): phone 0.992 / 0.957, email 0.989 /
  // 0.895, handle 1 / 0.936 (the floors raised to those minus 0.02).
  // After xqual12 (session 30; counted digit nouns, chat-export prefixes, providers named before
  // the local part in Cyrillic, after a possessive or before a naming word, two-word platform
  // names, price-list and register decoys): phone 1 / 0.986, email 0.990 / 0.962, handle 1 / 0.972
  // (the floors raised to those minus 0.02).
  // After xqual13 (session 30; spelled digits then digits over chat messages, Portuguese digits,
  // "(a)", a provider and its top-level domain in words before the local part, a pointing emoji
  // after a platform's name, a kiss "x" after a number, "WeChat号"): phone 1 / 0.997, email
  // 0.990 / 0.981, handle 1 / 0.991 (the recall floors raised to those minus 0.02).
  // After xqual14 (session 31): unchanged (phone 1 / 0.997, email 0.990 / 0.981, handle 1 / 0.991).
  const std::map<std::string, Floor> floors = {
      {"phone", {0.98, 0.977}}, {"email", {0.970, 0.961}}, {"handle", {0.98, 0.970}},
      {"iban", {0.98, 0.98}},   {"crypto", {0.98, 0.98}},  {"ip", {0.98, 0.98}},
  };
  // The set's tags about the snippet's shape count every type; its e-mail and handle tags that
  // the shared reading would take for phone tags are named here. Its other tags (spelled,
  // read_pairs, double, triple, homoglyph, keycap, superscript, arabic_indic, nbsp_sep, trunk_8,
  // landline, viber_number, wa_link…) are about phones.
  const FamilyTypes family_types = WithSharedReadings({
      {"line_split", ""},   {"brackets", ""},       {"query_string", ""},
      {"url_encoded", ""},  {"markdown", ""},       {"forwarded", ""},
      {"near_miss", ""},    {"at_prose", ""},       {"price_like_phone", ""},
      {"chat_export", ""},  {"quoted_reply", ""},   {"ocr_noise", ""},
      {"mixed_script", ""}, {"rtl_marks", ""},      {"vcard", ""},
      {"mailto", "email"},  {"plus_tag", "email"},  {"onlyfans", "handle"},
      {"tiktok", "handle"}, {"snapchat", "handle"},
  });
  ScoreBlindSet(path, 600, floors, family_types);
}

// Development examples for e-mails whose domain's dot is written out after a written '@'
// ("name@host(.)tld", "name@host dot tld", "zuzia@wp,pl"), letter-spaced or leet providers and
// top-level domains ("g m a i l punto c o m", "gma1l"), domains in Cyrillic words after an at-word,
// OCR's one-sided spaces around '@', links wrapped in Instagram's, Facebook's and Google's
// redirects, Signal's phone links, and decoys (prose with "dot", versions, file names, a redirect
// to a price page). Written by xmail2 (session 46) from the families of issue 3, in the eleven
// languages; tests/extract/dev_domains/dev_domains.jsonl.
TEST(ExtractQuality, DomainsAndRedirectsDevelopmentSet) {
  const std::string path =
      std::string(ARIADNE_SOURCE_DIR) + "/tests/extract/dev_domains/dev_domains.jsonl";
  // Session 46 (xmail2): on main at 02dec9e9 e-mail 0.400 / 0.067 (leet domains read as written),
  // handle 0.600 / 0.600 ("facebook:l.php" from Facebook's shim), phone 1 / 0; after: every type
  // 1 / 1.
  const std::map<std::string, Floor> floors = {
      {"phone", {0.98, 0.98}},
      {"email", {0.98, 0.98}},
      {"handle", {0.98, 0.98}},
  };
  ScoreBlindSet(path, 45, floors);
}

// The eleventh blind set (tests/extract/data11/BLIND_SELECTORS11.md): 467 ads written by hand in
// the 11 languages of issue 3 and 55 regions, in registers the tenth set's note does not list
// (forum signatures, SMS abbreviations, classified-ad templates, job boards, app JSON exports,
// Telegram channel posts, voicemail transcripts, screenshots' OCR, e-mail headers, an address
// over chat messages, HTML entities), 46 ads without a selector. Its author read none of the
// extraction code and none of the earlier sets' snippets; it was committed before any extractor
// ran on it. Scored the same way; floors are the figures of the first run, minus 0.02.
TEST(ExtractQuality, EleventhBlindSetPrecisionAndRecallPerType) {
  const std::string path =
      std::string(ARIADNE_SOURCE_DIR) + "/tests/extract/data11/blind_selectors11.jsonl";
  // Measured on main's extractors at 2ee2047, the first run on the set (no label needed fixing):
  // phone 0.987 / 0.943, email 0.987 / 0.915, handle 1 / 0.933, iban, crypto and ip 1 / 1.
  // Weakest (found of labelled): number nouns ("trzy piątki", "три шестёрки", "дві трійки", "три
  // петици", 1 of 5), e-mail provider names in words ("в гмаил", "bei t-online punkt de", "на
  // укрнеті", 3 of 7), an address over chat messages (1 of 3), a number over lines (0 of 2) or
  // over Android-style chat-export lines (the date read into the number).
  // After session 29's xqual11 (which did not read this set): email 1 / 0.915 (a screenshot's file
  // name no longer an address), handle 1 / 0.942, phone unchanged; floors raised to those minus
  // 0.02. After session 30's xqual12 (a development set then): phone 0.996 / 0.988, email 1 /
  // 0.963, handle 1 / 0.971; floors raised to those minus 0.02. After session 30's xqual13 (a
  // development set): phone 1 / 1, email unchanged, handle 1 / 0.990; floors raised to those
  // minus 0.02.
  // After session 31's xqual14: unchanged (phone 1 / 1, email 1 / 0.963, handle 1 / 0.990).
  // After session 34's xqual17 (an address over three chat messages): email 1 / 0.976; its floor
  // raised to that minus 0.02. After xqual18 ("@ name" with the platform on the next line):
  // handle 1 / 1; its floor raised to 0.98.
  const std::map<std::string, Floor> floors = {
      {"phone", {0.98, 0.98}}, {"email", {0.98, 0.955}}, {"handle", {0.98, 0.98}},
      {"iban", {0.98, 0.98}},  {"crypto", {0.98, 0.98}}, {"ip", {0.98, 0.98}},
  };
  // The set's tags about the snippet's shape count every type; its handle tags that the shared
  // reading would take for phone tags are named here. Its other tags (spelled, double, triple,
  // number_nouns, read_pairs, keycap, circled, math_digits, trunk_8, landline, wa_link…) are
  // about phones.
  const FamilyTypes family_types = WithSharedReadings({
      {"forum_sig", ""},
      {"sms_abbrev", ""},
      {"classified_template", ""},
      {"job_board", ""},
      {"json_export", ""},
      {"tg_channel", ""},
      {"voicemail", ""},
      {"ocr_screenshot", ""},
      {"markdown", ""},
      {"chat_export", ""},
      {"quoted_reply", ""},
      {"near_miss", ""},
      {"at_prose", ""},
      {"line_split", ""},
      {"mixed_script", ""},
      {"onlyfans", "handle"},
      {"tiktok", "handle"},
      {"snapchat", "handle"},
      {"instagram_url", "handle"},
  });
  ScoreBlindSet(path, 450, floors, family_types);
}

// The twelfth blind set (tests/extract/data12/BLIND_SELECTORS12.md): 620 ads written by hand in
// the 11 languages of issue 3 and 59 regions, adding families no earlier set tested well
// (Arabic-Indic and Persian digits, vCards, Viber and Signal numbers, plus-tagged addresses, "/at/"
// and "-at-", Portuguese at-words in English ads, numbers over chat messages), 62 ads without a
// selector. Its author read none of the extraction code and none of the earlier sets' snippets;
// it was committed before any extractor ran on it. Scored the same way; floors are the figures of
// the first run, minus 0.02.
TEST(ExtractQuality, TwelfthBlindSetPrecisionAndRecallPerType) {
  const std::string path =
      std::string(ARIADNE_SOURCE_DIR) + "/tests/extract/data12/blind_selectors12.jsonl";
  // Measured on main's extractors at 763e53f, the first run on the set (no label needed fixing):
  // phone 0.987 / 0.920, email 0.988 / 0.901, handle 1 / 0.882, iban 1 / 0.846, crypto and ip 1
  // / 1. Weakest (found of labelled): number nouns with digits around them ("drei Fünfen", "три
  // пятёрки", "потрійна", 1 of 10), numbers one group per line (0 of 6) or over chat-export
  // messages, provider names in words without an at-word ("поща в абв:", "la mia mail su
  // virgilio:", 0 of 6), handles in CSV columns and markdown backticks, a lower-case IBAN; false
  // positives from a parcel tracking number, an invoice number and a lower-case IBAN's groups.
  // After session 30's xqual12 (which did not read this set): phone 0.987 / 0.960, email 0.988 /
  // 0.934, handle 1 / 0.913, the rest unchanged; floors raised to those minus 0.02. Then the
  // lead's IBAN fix (a check letter that looks like a digit): iban 1 / 0.923; and xqual13 (which
  // did not read this set either): email 0.989 / 0.945, handle 1 / 0.921, phone unchanged.
  // After session 31's xqual14 (a development set then: a reader's "then" between groups, plural
  // digit nouns in en/de/nl/es, lower-case IBANs, a tracking number's pieces, "INV-" prefixes):
  // phone 1 / 0.991 (also an ellipsis as a reader's pause), iban 1 / 1, handle 1 / 0.937 (a
  // hyphenated "Тик-Ток", "Signal uniquement, pseudo :"), email 1 / 0.956 (a plus tag's "%2B" in a
  // mailto: link); floors raised to those minus 0.02. After session 34's xqual17 (tel: links
  // with "%20" and "%2B", an address over three chat messages): phone 1 / 0.994, email 1 /
  // 0.967; floors raised to those minus 0.02. After xqual18 ("@ name" with the platform on the
  // next line): handle 1 / 0.945, then (CSV cells under a platform's header) 1 / 0.969; its floor
  // raised to that minus 0.02. After session 35's xqual19 ("@name on telegram"): handle 1 /
  // 0.976; its floor raised to that minus 0.02.
  const std::map<std::string, Floor> floors = {
      {"phone", {0.98, 0.973}}, {"email", {0.98, 0.947}}, {"handle", {0.98, 0.956}},
      {"iban", {0.98, 0.98}},   {"crypto", {0.98, 0.98}}, {"ip", {0.98, 0.98}},
  };
  // The set's tags about the snippet's shape count every type; its e-mail and handle tags that
  // the shared reading would take for phone tags are named here. Its other tags are about phones.
  const FamilyTypes family_types = WithSharedReadings({
      {"forum_sig", ""},           {"sms_abbrev", ""},       {"json_export", ""},
      {"voicemail", ""},           {"ocr_screenshot", ""},   {"markdown", ""},
      {"quoted_reply", ""},        {"near_miss", ""},        {"at_prose", ""},
      {"many_decoys", ""},         {"at_dash", "email"},     {"at_slash", "email"},
      {"at_umlaut", "email"},      {"curly", "email"},       {"pt_at_words", "email"},
      {"plus_tag", "email"},       {"plain_email", "email"}, {"instagram", "handle"},
      {"instagram_url", "handle"}, {"onlyfans", "handle"},   {"tiktok", "handle"},
      {"snapchat", "handle"},      {"telegram", "handle"},   {"line_handle", "handle"},
      {"line_link", "handle"},
  });
  ScoreBlindSet(path, 600, floors, family_types);
}

// The thirteenth blind set (tests/extract/data13/BLIND_SELECTORS13.md): 647 ads written by hand in
// the 11 languages of issue 3 and 71 regions (the numbering plans of JP, KR, HK, MY, VN, ID, PK,
// BD, GH, UG, EG, SA, QA, JO, LB first used here), adding families the earlier sets were weak on
// (lower-case IBANs, addresses over chat messages, provider names in words after an underscored
// local part, OCR-spaced addresses, platform names in capitals of other scripts, numbers mixing
// digits and words, foreign numbers, parcel and invoice numbers beside a selector), 55 ads
// without a selector. Its author read none of the extraction code and none of the earlier sets'
// snippets; it was committed before any extractor ran on it. Floors are the figures of the
// first run, minus 0.02.
TEST(ExtractQuality, ThirteenthBlindSetPrecisionAndRecallPerType) {
  const std::string path =
      std::string(ARIADNE_SOURCE_DIR) + "/tests/extract/data13/blind_selectors13.jsonl";
  // Measured on main's extractors at 133866e, the first run on the set (no label needed fixing):
  // phone 0.987 / 0.972, email 1 / 0.519, handle 1 / 0.945, iban 1 / 0.520, crypto and ip 1 / 1.
  // Weakest (found of labelled): OCR-spaced addresses ("k i m . h a m b u r g @ t - o n l i n e
  // . d e", 0 of 12), an address over two chat messages ("Kim: mail ist kim.hh", then "Kim: at
  // gmx.net", 0 of 11), an underscored local part with the provider in words ("anna_wien bei gmx
  // punkt at", "lena_spb на яндексе", 1 of 15), lower-case IBANs (0 of 12), number nouns with
  // digits around them ("0157 zwei Achten 264 drei Fünfen", 4 of 9), platform names in capitals
  // with accents or a Cyrillic letter ("TÉLÉGRAM", "TELEGRÀM", "ТЕLEGRAM", "ІNSTAGRAM", 13 of
  // 17), numbers in pipe-separated CSV rows. False positives: a lower-case IBAN's digit groups
  // read as phones (three), a number over two lines read from its second line alone, a
  // Ukrainian tax number (ІПН) read as a Belgian phone.
  // After session 31's xqual14 (which did not read this set) and xspeed14: phone 0.995 / 0.982,
  // handle 1 / 0.954, iban 1 / 0.960 (IBANs typed all in lower case), email unchanged 1 / 0.519;
  // floors raised to those minus 0.02. After session 34's xqual17 (a development set: OCR-spaced
  // addresses, a local part after words then the host in the next chat message, underscored
  // local parts and inflected providers in words, ✈ before an @name, platform names with
  // look-alike letters, a lower-case IBAN's check letter, a number's chat pieces around another
  // speaker's "?", every '|' of a table row a border): email 1 / 1, handle 1 / 1, iban 1 / 1,
  // phone 0.995 / 0.995; floors raised to those minus 0.02 (at most 0.98). After session 35's
  // xqual19 (a number's second line no longer read alone): phone 0.997 / 0.997; floors raised.
  const std::map<std::string, Floor> floors = {
      {"phone", {0.977, 0.977}}, {"email", {0.98, 0.98}},  {"handle", {0.98, 0.98}},
      {"iban", {0.98, 0.98}},    {"crypto", {0.98, 0.98}}, {"ip", {0.98, 0.98}},
  };
  // The set's tags about the snippet's shape count every type; its e-mail, handle and IBAN tags
  // that the shared reading would take for phone tags are named here. Its other tags are about
  // phones.
  const FamilyTypes family_types = WithSharedReadings({
      {"forum_sig", ""},         {"sms_abbrev", ""},      {"sms", ""},
      {"json_export", ""},       {"voicemail", ""},       {"ocr_screenshot", ""},
      {"markdown", ""},          {"quoted_reply", ""},    {"near_miss", ""},
      {"at_prose", ""},          {"many_decoys", ""},     {"classified_box", ""},
      {"social_bio", ""},        {"vcard", ""},           {"chat_export", ""},
      {"chat_log", ""},          {"comment_thread", ""},  {"email_footer", ""},
      {"qr_text", ""},           {"recruitment", ""},     {"duplicate", ""},
      {"pt_at_words", "email"},  {"plus_tag", "email"},   {"instagram_url", "handle"},
      {"onlyfans", "handle"},    {"tiktok", "handle"},    {"snapchat", "handle"},
      {"line_handle", "handle"}, {"line_link", "handle"}, {"iban_lower", "iban"},
  });
  ScoreBlindSet(path, 640, floors, family_types);
}

// The fourteenth blind set (tests/extract/data14/BLIND_SELECTORS14.md): 633 ads written by hand in
// the 11 languages of issue 3 and 46 regions, in registers the earlier sets hardly used
// (marketplace messages, payslips, invoices, PDF flyers, spreadsheet exports, video comments),
// weighted towards the families the thirteenth found weak: OCR-spaced addresses and numbers,
// numbers and addresses over two or three chat messages, provider names in words after or before
// the local part, a handle's name before its platform, platforms named in a table's header, "@
// name" with the platform on the next line, mixed-case IBANs, `%20` and `%2B` in tel:/sms:/mailto:
// links, emoji cues; 63 ads without a selector. Its author read none of the extraction code and
// none of the earlier sets' snippets; it was committed before any extractor ran on it. Floors are
// the figures of the first run, minus 0.02.
TEST(ExtractQuality, FourteenthBlindSetPrecisionAndRecallPerType) {
  const std::string path =
      std::string(ARIADNE_SOURCE_DIR) + "/tests/extract/data14/blind_selectors14.jsonl";
  // Measured on main's extractors at 2bacad9, the first run on the set (no label needed fixing):
  // phone 0.994 / 0.943, email 0.942 / 0.533, handle 1 / 0.444, iban 1 / 0.875, crypto and ip 1
  // / 1. Weakest (found of labelled): a handle's name before its platform ("@tilly_nottm on
  // telegram", "@nerea_bcn en telegram", 0 of 14), "@ name" with the platform on the next line
  // ("add me @ kayla_x_brum" then "on snap 👻", 0 of 13), ✈️ before an @name as Telegram (1
  // of 13), OCR-spaced addresses ("c o r r e o :  a n a . s e v i l l a @ g m a i l . c o m", 0 of
  // 14), `%20` and `%2B` in tel: and sms: links (0 of 15), an underscored local part with the
  // provider in words ("verena_linz bei gmx punkt at", "dina_spb на мэйл ру", 2 of 15), the
  // provider before the local part ("bei gmx punkt net: sandra_koeln88", 4 of 13), names in
  // tables whose header names the platform (12 of 27), mixed-case IBANs ("Gb26 nwbk …", 0 of 3).
  // False positives: a USPS tracking number's digits read as a US phone, a number's second line
  // read alone as a German phone, "me @ sophie.syd.vip" and "seguimi @ bianca.fi" (handles on
  // the next line's platform) read as addresses, a mailto: plus tag kept as "%2b".
  // Session 34, after xqual17 (tuned on sets 5-13, never ran this one): phone 0.994 / 0.981, email
  // 0.963 / 0.848, handle 1 / 0.687, iban 1 / 0.875. Still missed: "@ name" with the platform on
  // the next line, a name before its platform in words ("macy_brum_xo on snap"), the provider
  // before the local part ("hotmail co uk – lacey_x_leeds"), mixed-case IBANs; floors raised to
  // these minus 0.02. After xqual18: iban 1 / 1 (mixed case read, "Gb26 nwbk …"), handle 1 /
  // 0.818 and email 0.987 / 0.848 ("@ name" with the platform on the next line, 13 of 13, no
  // longer a spaced address), then handle 1 / 0.970 (cells of CSV rows and of '|' rows without
  // spaces under a platform's header, 27 of 27); floors raised to those minus 0.02. After session
  // 35's xqual19 (a number's second line no longer read alone): phone 0.997 / 0.984; its floors
  // raised to those minus 0.02.
  const std::map<std::string, Floor> floors = {
      {"phone", {0.977, 0.964}}, {"email", {0.967, 0.828}}, {"handle", {0.98, 0.950}},
      {"iban", {0.98, 0.98}},    {"crypto", {0.98, 0.98}},  {"ip", {0.98, 0.98}},
  };
  // The set's tags about the snippet's shape count every type; its handle, IBAN and e-mail tags
  // that the shared reading would take for phone tags are named here. Its other tags are about
  // phones.
  const FamilyTypes family_types = WithSharedReadings({
      {"marketplace_msg", ""},
      {"dating_bio", ""},
      {"social_bio", ""},
      {"sms_abbrev", ""},
      {"sms", ""},
      {"chat_export", ""},
      {"chat_three", ""},
      {"ocr_screenshot", ""},
      {"pdf_flyer", ""},
      {"spreadsheet_export", ""},
      {"tsv", ""},
      {"markdown", ""},
      {"payslip", ""},
      {"invoice", ""},
      {"video_comment", ""},
      {"job_reply", ""},
      {"job_scam", ""},
      {"recruitment", ""},
      {"vcard", ""},
      {"vcard_qr", ""},
      {"near_miss", ""},
      {"at_prose", ""},
      {"plus_tag", "email"},
      {"onlyfans", "handle"},
      {"tiktok", "handle"},
      {"instagram_url", "handle"},
      {"line_handle", "handle"},
      {"iban_lower", "iban"},
      {"iban_mixed", "iban"},
  });
  ScoreBlindSet(path, 620, floors, family_types);
}

// The fifteenth blind set (tests/extract/data15/BLIND_SELECTORS15.md): 740 snippets in the 11
// languages of issue 3 (phones 56% of the labels, e-mails 17%, handles 16%, IBAN, crypto and IP
// 11%), from hand-written templates and 117 snippets written one by one: spelled digits and read
// pairs in every language, look-alikes (Latin and Cyrillic), full-width, mathematical, circled and
// keycap digits, emoji and invisible characters between groups, numbers over two or three chat
// messages, tel:/mailto: links, HTML and markdown remnants, OCR noise, at/dot words in every
// language, full-width handles, a platform asked in one message and the name in the next; 77
// snippets without a selector (prices, dates, postcodes, measurements, order and invoice
// numbers). Its author read none of the extraction code and none of the earlier sets' snippets;
// it was committed before any extractor ran on it. Floors are the figures of the first run, minus
// 0.02.
TEST(ExtractQuality, FifteenthBlindSetPrecisionAndRecallPerType) {
  const std::string path =
      std::string(ARIADNE_SOURCE_DIR) + "/tests/extract/data15/blind_selectors15.jsonl";
  // Measured on main's extractors at e7958a9, the first run on the set (no label needed fixing):
  // phone 0.994 / 0.934, email 1 / 0.947, handle 1 / 0.910, iban, crypto and ip 1 / 1. Weakest
  // (found of labelled): digits glued to digit words ("3tre3 39nove 02settedue", "seiscuatro2
  // 59cinco 444", "0осем89 четиричетиричетири 235", 7 of 14), OCR noise (O, I, S, B for digits and
  // a stray " ." in a group: "OI71 .0427 293", 6 of 13), a number in markdown underscores
  // ("__0727 731 989__", 0 of 7), an e-mail's local part and "@domain" in two chat messages (6 of
  // 10), "snap?" then "@name" in the reply (4 of 6), a platform then an arrow or "!" before the
  // name ("snap ➜ @chiara_vip", "X 👉 @kasia_lux", "nur X! luna99", "KIK only, lucia.x"), a US
  // number whose "(415)" is a chat message of its own, OCR-spaced addresses (7 of 9; both misses
  // are followed by " - serious only"). False positives: a line-split number's second line read
  // alone as a German phone, and an OCR-noised number's tail read as one. Session 35, xqual19 (a
  // development set now: markdown underscores, number words glued together, OCR's " ." between
  // groups, an arrow or pointing emoji before "@name", chat pieces around another speaker's
  // message, an area code alone in a message, the trunk prefix's line taking the next line's
  // rest): phone 1 / 0.992, email 1 / 1, handle 1 / 0.973; floors raised to those minus 0.02
  // (at most 0.98). Still missed: "06 127S 5015", "347, 517 0934", "O494, 67 19 22", "KIK only,
  // lucia.x", "nur X! luna99", "X 👉 giuliaxx" (a name with no digit, dot or underscore).
  // Session 37, xqual20 (an "only" word beside a platform's name): handle 1 / 0.982; its floor
  // raised to that minus 0.02.
  const std::map<std::string, Floor> floors = {
      {"phone", {0.98, 0.972}}, {"email", {0.98, 0.98}},  {"handle", {0.98, 0.962}},
      {"iban", {0.98, 0.98}},   {"crypto", {0.98, 0.98}}, {"ip", {0.98, 0.98}},
  };
  // The set's tags about the snippet's shape count every type; its e-mail, handle, IBAN and IP
  // tags that the shared reading would take for phone tags are named here. Its other tags are
  // about phones.
  const FamilyTypes family_types = WithSharedReadings({
      {"chat_export", ""},
      {"chat_three", ""},
      {"ocr_screenshot", ""},
      {"markdown", ""},
      {"near_miss", ""},
      {"at_prose", ""},
      {"recruitment", ""},
      {"review", ""},
      {"plain_email", "email"},
      {"mailto_html", "email"},
      {"onlyfans", "handle"},
      {"tiktok", "handle"},
      {"instagram_url", "handle"},
      {"snapchat", "handle"},
      {"iban_lower", "iban"},
      {"log_line", "ip"},
  });
  ScoreBlindSet(path, 700, floors, family_types);
}

// The sixteenth blind set (tests/extract/data16/BLIND_SELECTORS16.md): 725 snippets in the 11
// languages of issue 3 (669 labels: phones 55%, e-mails 17%, handles 18%, IBAN, crypto and IP
// 10%), from hand-written frames and obfuscation renderers over each region's number plan and 122
// snippets written one by one; 68 snippets without a selector. Its author read none of the
// extraction code and none of the fourteenth and fifteenth sets' snippets; it was committed before
// any extractor ran on it. Floors are the figures of the first run, minus 0.02.
TEST(ExtractQuality, SixteenthBlindSetPrecisionAndRecallPerType) {
  const std::string path =
      std::string(ARIADNE_SOURCE_DIR) + "/tests/extract/data16/blind_selectors16.jsonl";
  // Measured on main's extractors at 75bdd02, the first run on the set (no label needed fixing):
  // phone 0.988 / 0.908, email 1 / 0.965, handle 1 / 0.900, iban, crypto and ip 1 / 1. Weakest
  // (found of labelled): OCR noise (look-alikes plus a stray "`", "'" or "." before a group: 5 of
  // 12), digits glued to digit words (13 of 21: "07sevenzero 0ninezero", "sieteuno90 seis49"),
  // numbers in markdown underscores (0 of 4), the platform asked in one chat message and "@name"
  // answered in the next (4 of 11), a platform word then an arrow ("Signal username 👉", "LINE ID
  // 👉", "Insta?? →", "інста ➜"), the platform named two lines after "@name", spelled groups
  // parted by " | " (US, GB), words inside a number ("07700 (don't laugh) 900 466"), "area code
  // seven oh two, then …", an e-mail's domain in the next chat message (9 of 11). False positives:
  // a line-split number's second line read alone, a chat split joined with the time stamp, and an
  // OCR-noised number's tail. Session 35, after xqual19 (tuned on set 15, never ran this one):
  // phone 0.991 / 0.938, e-mail 1 / 0.965, handle 1 / 0.950; floors raised to those minus 0.02.
  const std::map<std::string, Floor> floors = {
      {"phone", {0.971, 0.918}}, {"email", {0.98, 0.945}}, {"handle", {0.98, 0.93}},
      {"iban", {0.98, 0.98}},    {"crypto", {0.98, 0.98}}, {"ip", {0.98, 0.98}},
  };
  // The set's tags about the snippet's shape count every type; its IBAN and IP tags that the
  // shared reading would take for phone tags are named here. Its other tags are about phones.
  const FamilyTypes family_types = WithSharedReadings({
      {"chat_export", ""},
      {"ocr_screenshot", ""},
      {"near_miss", ""},
      {"at_prose", ""},
      {"recruitment", ""},
      {"vcard", ""},
      {"json_export", ""},
      {"social_bio", ""},
      {"iban_lower", "iban"},
      {"log_line", "ip"},
  });
  ScoreBlindSet(path, 700, floors, family_types);
}

// The seventeenth blind set (tests/extract/data17/BLIND_SELECTORS17.md): 690 snippets in the 11
// languages, weighted towards forms no earlier set held (numbers split between an ad's title and
// its text, referral contacts, quoted replies and forwarded messages, voice-message transcripts,
// transliterated digit words, screenshots' OCR) and new decoys; committed before anything ran on
// it.
TEST(ExtractQuality, SeventeenthBlindSetPrecisionAndRecallPerType) {
  const std::string path =
      std::string(ARIADNE_SOURCE_DIR) + "/tests/extract/data17/blind_selectors17.jsonl";
  // Measured on main's extractors at 55138fc, the first run on the set (no label needed fixing):
  // phone 0.979 / 0.801, email 0.965 / 0.917, handle 1 / 0.714, iban 1 / 0.870, crypto 1 / 0.917,
  // ip 0.667 / 1. Weakest (found of labelled): digit words transliterated (ru/uk/bg in Latin
  // letters, en/es/it/nl words in Cyrillic letters: 1 of 14), a number split between an ad's title
  // and its text (5 of 28), voice-message transcripts (digits, digit words and fillers between
  // groups: 13 of 37), handles read out in a transcript ("Insta bianca Unterstrich cj": 0 of 13)
  // or in a profile screenshot ("@name / Username", "< name / N posts": 0 of 12), an e-mail's
  // local part with a spoken underscore or " - " (5 missed, each with a false positive on its
  // tail), screenshots' OCR of a contact card (20 of 38), markdown `> **0612** *34 56 78*` (7 of
  // 12), IBANs and a bech32 address over two lines or chat messages (0 of 4). False positives:
  // firmware versions read as IPv4 ("Firmware 10.4.2.117"), a split number's tail read alone.
  // A development set since session 45, tuned by xtune17 (who read it and its misses): pauses
  // between a transcript's number groups, a spoken name right after the platform in a
  // transcript, a title's short first groups joined from the rest back, WhatsApp and Telegram
  // export formats, markdown emphasis between groups. Then phone 0.992 / 0.956, e-mail 0.983 /
  // 0.967, handle 1 / 0.989, iban 1 / 1, crypto 1 / 0.917, ip 0.667 / 1; floors those minus 0.02.
  // Left: digit words in another script, rests of four digits or fewer after a title, homophones,
  // e-mails with a spoken " - ", firmware versions as IPv4. Session 55 (xtune24's chat rest):
  // phone recall 0.959, its floor 0.939.
  const std::map<std::string, Floor> floors = {
      {"phone", {0.972, 0.939}}, {"email", {0.963, 0.946}}, {"handle", {0.98, 0.969}},
      {"iban", {0.98, 0.98}},    {"crypto", {0.98, 0.896}}, {"ip", {0.646, 0.98}},
  };
  // The set's tags about the snippet's shape count every type; its IBAN and IP tags that the
  // shared reading would take for phone tags are named here. Its other tags are about phones.
  const FamilyTypes family_types = WithSharedReadings({
      {"ocr_screenshot", ""},
      {"quoted_reply", ""},
      {"forwarded", ""},
      {"near_miss", ""},
      {"redacted", ""},
      {"json_export", ""},
      {"forum", ""},
      {"review", ""},
      {"iban_lower", "iban"},
      {"iban_split_msgs", "iban"},
      {"log_line", "ip"},
  });
  ScoreBlindSet(path, 650, floors, family_types);
}

// Issue 3 item 4: a development set of selectors split over chat messages, screenshot bubbles with
// read receipts ("068 749⏎21:09 ✓✓⏎052") and line breaks (tests/extract/data/split_bubbles.jsonl,
// 53 synthetic snippets in en de fr nl ro bg es it pl ru uk, written by xsplit3 in session 46 from
// set 18's description of its families, not from its data): handles broken at '_' or '.', e-mails
// over two to five pieces, numbers over bubbles, and decoys (a chat export's date under a number's
// head, another speaker's message, prose, a receipt between lines that are no pieces). Every label
// found, no false positive.
TEST(ExtractQuality, SplitOverBubblesDevelopmentSet) {
  const std::string path =
      std::string(ARIADNE_SOURCE_DIR) + "/tests/extract/data/split_bubbles.jsonl";
  const SetScore score = ScoreSet(path, {"phone", "email", "handle"});
  ASSERT_GT(score.ads, 50);
  Print("per type", score.per_type);
  for (const auto& [type, t] : score.per_type) {
    EXPECT_EQ(t.false_positive, 0) << type;
    EXPECT_EQ(t.false_negative, 0) << type;
  }
}

// The eighteenth blind set (tests/extract/data18/BLIND_SELECTORS18.md): 609 snippets in the 11
// languages, weighted towards numbers, handles, e-mails and IBANs across chat bubbles and line
// breaks, several obfuscations in one number, mixed scripts, numbers read in each language's habit
// (pairs, septante/nonante, "zwo", "double", hundreds, colloquial teens), handles with spelled dots
// and underscores, e-mails with obfuscated domains and TLDs, links with tracking parameters, social
// bios, classified-site profiles and OCR noise; committed before anything ran on it.
TEST(ExtractQuality, EighteenthBlindSetPrecisionAndRecallPerType) {
  const std::string path =
      std::string(ARIADNE_SOURCE_DIR) + "/tests/extract/data18/blind_selectors18.jsonl";
  // Measured on main's extractors at 6ed77a3, the first run on the set (no label needed fixing):
  // phone 0.919 / 0.816, email 0.767 / 0.258, handle 0.705 / 0.581, iban 1 / 0.750, crypto 1 /
  // 0.667, ip 1 / 1. Weakest (found of labelled): a handle split over chat bubbles ("tg: @lina_bu"
  // / "nny": 0 of 24, each head reported as a handle) or over lines after "_" or "." (0 of 11,
  // each head reported), e-mails with "(.)" before the TLD (0 of 12), over chat bubbles or lines
  // (0 of 20), with a letter-spaced or spelled domain or TLD ("h o t m a i l dot c o m", "gmx
  // (punkt) d e": 0 of 7), with a leet domain and its key ("gma1l (1 = i)": 0 of 3, each read as
  // written), screenshots' OCR of e-mails (2 of 12) and numbers (D/O for 0, B for 8, S for 5, Z
  // for 2, stray "," "'" "|": 7 of 24), a number over screenshot bubbles with "✓✓" times (0 of
  // 13) or interleaved with the other party's price (0 of 6), a wa.me link URL-encoded in an
  // l.instagram.com redirect (0 of 7), handles with spelled dots and underscores (16 of 36),
  // crypto addresses and IBANs over two lines (0 of 6). False positives: a split number's head
  // joined with the chat export's date "05.12" (11), split handles' and e-mails' heads, a tip id
  // joined with a date. After session 46's xsplit3 and xmail2 (who read only the set's note):
  // phone 0.948 / 0.886, email 0.950 / 0.854, handle 0.856 / 0.699, iban 1 / 0.833, crypto 1 /
  // 0.667, ip 1 / 1. Session 47's xtune18 read the set whole (a development set since): names in
  // pieces before a join note ("(zusammen)"), spelled names after a pointing emoji, a bracketed
  // at-word with a spaced dot word, OCR's blank in a local part, "c-o-m", a number one group a
  // line under a card's emoji, dates and "since"/"version" words beside ids, IBANs and crypto
  // addresses wrapped over two lines: phone 0.981 / 0.910, email 1 / 0.966, handle 1 / 0.934,
  // iban 1 / 1, crypto 1 / 1, ip 1 / 1. Left: OCR letters in numbers (D, Z, B, "'" and ","), an
  // interleaved chat's pieces, spelled names with no digit after a pointing emoji (no pre-scan
  // hit), names longer than their platform allows (Snapchat 15, X 15). Floors are these minus
  // 0.02 (precision 1 gives 0.98).
  // Session 54 (xtune23, numbers misread by OCR on a line of their own): phone 0.981 / 0.928; its
  // floors are these minus 0.02.
  const std::map<std::string, Floor> floors = {
      {"phone", {0.96, 0.907}}, {"email", {0.98, 0.946}}, {"handle", {0.98, 0.913}},
      {"iban", {0.98, 0.98}},   {"crypto", {0.98, 0.98}}, {"ip", {0.98, 0.98}},
  };
  // The set's tags about the snippet's shape count every type; its IBAN, crypto and IP tags that
  // the shared reading would take for phone tags are named here. Its other tags are about phones.
  const FamilyTypes family_types = WithSharedReadings({
      {"chat_export", ""},
      {"bubble_screenshot", ""},
      {"social_bio", ""},
      {"classified_profile", ""},
      {"ocr_screenshot", ""},
      {"decoy_beside", ""},
      {"near_miss", ""},
      {"link_no_selector", ""},
      {"at_time", ""},
      {"iban_grouped", "iban"},
      {"iban_compact", "iban"},
      {"iban_line_break", "iban"},
      {"iban_bubble_split", "iban"},
      {"crypto_plain", "crypto"},
      {"crypto_line_split", "crypto"},
      {"ip_tip_log", "ip"},
  });
  ScoreBlindSet(path, 600, floors, family_types);
}

// The nineteenth blind set (tests/extract/data19/BLIND_SELECTORS19.md): 638 snippets in the 11
// languages, in shapes set 18 did not use (voice-note transcripts with fillers, forum posts with
// quotes, reposted and forwarded ads, numbers in titles and glued to words, WhatsApp iOS and
// Telegram Desktop exports, phone screenshots with a status bar), every digit obfuscation in every
// language (spelled digits, "double" and "two sevens", Latin, Cyrillic and Greek look-alikes,
// full-width, four mathematical styles, four circled styles, keycaps with and without U+FE0F,
// superscripts, an emoji, separator or invisible character between every digit), e-mails and
// handles in bracket, spoken, mathematical-font and invisible-character forms, new link forms
// (telegram.me/, t.me/NAME/123, instagram.com/_u/, m.me/, fb.com/, line.me/ti/p/~, kik.me/,
// whatsapp://send, viber://add); committed before anything ran on it.
TEST(ExtractQuality, NineteenthBlindSetPrecisionAndRecallPerType) {
  const std::string path =
      std::string(ARIADNE_SOURCE_DIR) + "/tests/extract/data19/blind_selectors19.jsonl";
  // Measured on main's extractors at 0d0689b, the first run on the set (no label needed fixing):
  // phone 0.967 / 0.881, email 0.981 / 0.981, handle 0.962 / 0.876, iban 1 / 0.467, crypto 1 / 1,
  // ip 1 / 0.909. Weakest (found of labelled): screenshot OCR with letters for digits ("01T7
  // 3517G00", "0893 6q& 5.32": 0 of 12), numbers glued to words in titles ("EVI-0485077050-NIEUW",
  // "LEONIE01625885805NEU": 3 of 12), voice-note transcripts with a filler inside the number
  // ("zéro quatre huit ... heu ... zéro – huit huit": 11 of 24), IBANs written with dashes or dots
  // between groups (0 of 8, the digits read as a phone instead), "|" between every digit (0 of 4;
  // the other separators 8 of 8), "tiktok: @ name" with a space after "@" (0 of 4),
  // instagram.com/_u/NAME (0 of 2, read as "instagram:_u") and m.me/NAME (0 of 1), an invisible
  // character inside a handle (9 of 12, the head before it reported), "Line ID ➜ name", "line id -
  // name", "wechat id ▸ name", "signal ➜ name" (0 of 5), handles and e-mails spoken with the local
  // underscore or dot word (bg "подчертавка", ro "punct", ru "нижнее подчёркивание": 14 of 17), a
  // defanged IP "149[.]142[.]236[.]69" (0 of 1). False positives: IBAN digits read as a phone (5),
  // a decoy number joined with a date or a postcode (a tip id, an index, a height: 4), the defanged
  // IP's digits (1); instagram:_u (2) and handle heads cut at an invisible character (3); e-mails
  // spoken with "нижнее подчёркивание" or written with "-dot-" read from their last word (2).
  // After session 47's merges (xtune18 read set 18, never this set): phone 0.980 / 0.881 (fp 10 ->
  // 6), every other type unchanged. After session 49's xtune19 (IBAN group marks, defanged IPs,
  // m.me/ and instagram.com/_u/ links): phone 0.997 / 0.881, handle 0.977 / 0.897, iban 1 / 1,
  // ip 1 / 1. After session 50's xtune20 (right arrows and a spaced '@' after a platform's name,
  // the Slavic "underline" said alone, one '|' between every digit): phone 0.997 / 0.893, email
  // 0.990 / 0.990, handle 0.979 / 0.945. After session 51's xtune21 (a speaker's aside between
  // two ellipses in a transcript, the count after a digit, numbers told in parts over chat
  // messages): phone 0.997 / 0.919. Floors are these minus 0.02 (1 gives 0.98).
  // Session 54 (xtune23, numbers misread by OCR on a line of their own): phone 0.997 / 0.949; its
  // floors are these minus 0.02.
  const std::map<std::string, Floor> floors = {
      {"phone", {0.977, 0.929}}, {"email", {0.97, 0.97}},  {"handle", {0.958, 0.924}},
      {"iban", {0.98, 0.98}},    {"crypto", {0.98, 0.98}}, {"ip", {0.98, 0.98}},
  };
  // The set's tags about the snippet's shape count every type; its IBAN and IP tags that the
  // shared reading would take for phone tags are named here. Its other tags (ob_*, plain_*,
  // voice_filler, title_glued, repost_same_twice, phone_messenger_*) are about phones.
  const FamilyTypes family_types = WithSharedReadings({
      {"ad_line", ""},
      {"classified", ""},
      {"title", ""},
      {"forum", ""},
      {"fwd", ""},
      {"chat_ios", ""},
      {"chat_tg", ""},
      {"chat_export", ""},
      {"bio", ""},
      {"voice", ""},
      {"ocr", ""},
      {"ocr_statusbar", ""},
      {"repost", ""},
      {"social_bio_multi", ""},
      {"near_miss", ""},
      {"link_no_handle", ""},
      {"iban_lower", "iban"},
      {"iban_dashes", "iban"},
      {"iban_dots", "iban"},
      {"iban_glued_label", "iban"},
      {"iban_grouped_chat", "iban"},
      {"ip_access_log", "ip"},
      {"ip_with_port", "ip"},
      {"ip_v6_tip", "ip"},
      {"ip_tip_header", "ip"},
      {"ip_defanged", "ip"},
  });
  ScoreBlindSet(path, 600, floors, family_types);
}

// The twentieth blind set (tests/extract/data20/BLIND_SELECTORS20.md): 663 snippets in the 11
// languages, in shapes sets 18 and 19 did not use (e-mail signatures, QR-code captions and
// payloads, price lists, reviews, IRC-style logs, SMS notifications, missed-call and contact-card
// screenshots, hashtag posts, comment threads, booking confirmations, shared vCards), every digit
// obfuscation in every language in new surface forms (digit words glued or in Title Case, "double
// 7" with a numeral, Latin, Cyrillic and Greek look-alikes, full-width with full-width brackets, a
// different mathematical style per group, dingbat, parenthesized and full-stop digits, keycaps on
// alternate groups, skin-tone, ZWJ and flag emoji, eleven separators and "¦" between every digit,
// six invisible characters, subscripts, new OCR letters, titles glued with "_•+~/"), e-mails in
// bracket, upper-case, symbolic, full-width, circled, spoken, QR and vCard forms, handles from new
// link forms and "Platform: name" wordings; committed before anything ran on it.
TEST(ExtractQuality, TwentiethBlindSetPrecisionAndRecallPerType) {
  const std::string path =
      std::string(ARIADNE_SOURCE_DIR) + "/tests/extract/data20/blind_selectors20.jsonl";
  // Measured on main's extractors at 10252201, the first run on the set (no label needed fixing):
  // phone 0.941 / 0.793, email 0.982 / 0.982, handle 0.972 / 0.707, iban 1 / 0.333, crypto 1 / 1,
  // ip 1 / 0.545. Weakest (found of labelled): screenshot OCR with Q/U for 0 and i/t for 1 in a
  // contact card or call log (0 of 13); " | " with spaces between every digit (0 of 11; "¦" 11 of
  // 11); digit words glued within a group ("nullsechsachteins": 1 of 12); voice notes with a filler
  // inside the number (3 of 13); "two of a digit" written with a numeral in ro, bg, pl, ru and uk
  // ("de 2 ori 7", "2 осмици", "2 ósemki", "2 восьмёрки", "3 нулі": 0 of 10; the other six
  // languages 13 of 14); titles glued with "+" or "_" (0 of 4; "•", "/", "~" 9 of 9); IBANs with
  // "/", " - ", lower case with dots or in irregular groups (0 of 10; no-break spaces 4 of 4);
  // defanged IPs "a(.)b(.)c(.)d" and "hxxp://a.b.c[.]d" (0 of 5); "platform ⇒ @ name" (0 of 6);
  // LINE and Kik ("LINE-ID:", "line ≫", "Kik ⇢", "kik usr —", line.me/R/ti/p/~: 0 of 12);
  // "X (Twitter)" in context (1 of 8), x.com/intent/follow and twitter.com/intent/user (0 of 3),
  // ig.me/m/ (0 of 2), story.snapchat.com/@ (0 of 2); handles and e-mails spoken in voice notes
  // (16 of 23: fr "tiret du bas", ro "liniuță jos", bg "долно тире", ru "подчёркивание", uk
  // "підкреслення" missed). False positives: a partial number ("0783 36… [afficher le
  // numéro]") joined with the date on the next line (8), IBAN digits as a phone (4), a defanged
  // IP's digits (2), spoken numbers misread (2); t.me/addlist/ as telegram:addlist (2), ro
  // "Insta-ul meu" as instagram:ul (1); e-mails spoken with an underscore word read from their
  // last word (2). At session 50's start (d4ad6059): phone 0.963 / 0.793, email 0.982 / 0.982,
  // handle 0.972 / 0.707, iban 1 / 0.867, ip 1 / 1. After xtune20 (right arrows, a spaced '@'
  // after a platform's name, share and follow links, the Slavic "underline" alone, one '|' between
  // every digit): phone 0.964 / 0.836, email 0.991 / 0.991, handle 0.993 / 0.893. Floors are these
  // minus 0.02 (1 gives 0.98).
  // Session 54 (xtune23, numbers misread by OCR on a line of their own): phone 0.966 / 0.867; its
  // floors are these minus 0.02.
  const std::map<std::string, Floor> floors = {
      {"phone", {0.945, 0.847}}, {"email", {0.971, 0.971}}, {"handle", {0.972, 0.873}},
      {"iban", {0.98, 0.846}},   {"crypto", {0.98, 0.98}},  {"ip", {0.98, 0.98}},
  };
  // The set's tags about the snippet's shape count every type; its IBAN and IP tags that the
  // shared reading would take for phone tags are named here. Its other tags (ob_*, plain_*,
  // phone_link*, title*, voice_filler, ocr*) are about phones.
  const FamilyTypes family_types = WithSharedReadings({
      {"signature", ""},
      {"qr_caption", ""},
      {"price_list", ""},
      {"review", ""},
      {"irc_log", ""},
      {"sms_notif", ""},
      {"missed_call", ""},
      {"hashtag_post", ""},
      {"comment_thread", ""},
      {"booking", ""},
      {"vcard", ""},
      {"repost", ""},
      {"listing", ""},
      {"voice", ""},
      {"bio", ""},
      {"social_bio_multi", ""},
      {"ad_line", ""},
      {"near_miss", ""},
      {"partial_number", ""},
      {"link_no_handle", ""},
      {"iban_nbsp", "iban"},
      {"iban_spaced_dash", "iban"},
      {"iban_slash", "iban"},
      {"iban_irregular", "iban"},
      {"iban_lower_dots", "iban"},
      {"iban_label_glued", "iban"},
      {"ip_xff", "ip"},
      {"ip_received", "ip"},
      {"ip_v6_bracket", "ip"},
      {"ip_defanged_paren", "ip"},
      {"ip_defanged_last", "ip"},
      {"ip_port_log", "ip"},
  });
  ScoreBlindSet(path, 600, floors, family_types);
}

TEST(ExtractQuality, TwentyFirstBlindSetPrecisionAndRecallPerType) {
  const std::string path =
      std::string(ARIADNE_SOURCE_DIR) + "/tests/extract/data21/blind_selectors21.jsonl";
  // Measured on the extractors of d4ad6059 (session 50's base), the first run on the set (no
  // label changed after it): phone 0.972 / 0.666, email 0.921 / 0.713, handle 0.991 / 0.752,
  // iban 1 / 0.318, crypto 1 / 1, ip 1 / 0.667. Weakest (found of labelled): screenshot OCR with
  // D/|/Z/A/S/b/T/B/g for digits (1 of 24); "Platform → @ name" with a space after "@" (0 of 22);
  // a digit told twice or three times with the count after the numeral ("212, 5 twice, 50195",
  // "3 два пъти", "0 tre volte": 0 of 24); numbers told in parts over chat lines or sentences (0
  // of 22); e-mails with "＠" and the ideographic full stop "。" (0 of 12); voice notes with a
  // filler inside the number (7 of 24); digit words glued per group in CamelCase or upper case (3
  // of 16); " , " between every digit (0 of 4); IBANs with "_", " · ", "|", ":" or in groups of
  // three (0 of 14); IPs defanged "[dot]" / "(dot)" (0 of 4); e-mails with the local words in
  // «guillemets» (1 of 8) or -hyphens- (3 of 7), spoken in voice notes (6 of 12); handles spoken
  // with the underscore and dot words (6 of 11); snapchat.com/@NAME and fb.me/NAME. False
  // positives: spoken e-mails read from their last word ("35@bluewin.ch": 4), e-mails cut at a
  // bracketed local dot word (3), a partial number joined with the ad number on the next line
  // (3), IBAN digits as a phone (3), a handle cut at an invisible character (1). Floors are these
  // minus 0.02 (1 gives 0.98). Session 51 (the set a development set now): xtune21 (a speaker's
  // aside between two ellipses in a transcript, "5 twice" and its kind, numbers told in parts
  // over chat messages or with words of the middle and the last digits): phone 0.978 / 0.857; the
  // lead (IBAN groups between "_", " · ", "|", ":" or of any size, "[dot]" IPs, "＠…。" and glued
  // «at» e-mails): email 0.962 / 0.870, iban 1 / 1, ip 1 / 1; floors raised to those minus 0.02.
  // Session 54 (xtune23, numbers misread by OCR on a line of their own): phone 0.990 / 0.925; its
  // floors are these minus 0.02.
  const std::map<std::string, Floor> floors = {
      {"phone", {0.969, 0.905}}, {"email", {0.942, 0.850}}, {"handle", {0.971, 0.732}},
      {"iban", {0.98, 0.98}},    {"crypto", {0.98, 0.98}},  {"ip", {0.98, 0.98}},
  };
  // The set's tags about the snippet's shape count every type; its IBAN and IP tags that the
  // shared reading would take for phone tags are named here. Its other tags (ob_*, plain_*,
  // phone_link_*, title_glue_*, voice_filler, split_*) are about phones.
  const FamilyTypes family_types = WithSharedReadings({
      {"job_reply", ""},
      {"delivery_chat", ""},
      {"classified_repost", ""},
      {"forum_sig", ""},
      {"menu", ""},
      {"invoice", ""},
      {"ticket", ""},
      {"map_pin", ""},
      {"spreadsheet", ""},
      {"subtitle", ""},
      {"voice", ""},
      {"ocr_chat_header", ""},
      {"ocr_map_pin", ""},
      {"listing", ""},
      {"title", ""},
      {"report", ""},
      {"multi_selector", ""},
      {"partial_number", ""},
      {"link_no_handle", ""},
      {"iban_underscore", "iban"},
      {"iban_middot", "iban"},
      {"iban_pipe", "iban"},
      {"iban_groups3", "iban"},
      {"iban_linebreak", "iban"},
      {"iban_hyphen_2010", "iban"},
      {"iban_colon", "iban"},
      {"iban_mixed_case", "iban"},
      {"iban_fw", "iban"},
      {"ip_defanged_brackets_all", "ip"},
      {"ip_defanged_braces", "ip"},
      {"ip_defanged_dot_word", "ip"},
      {"ip_defanged_paren_word", "ip"},
      {"ip_defanged_hxxps_port", "ip"},
      {"ip_access_log", "ip"},
      {"ip_kv", "ip"},
  });
  ScoreBlindSet(path, 600, floors, family_types);
}

TEST(ExtractQuality, TwentySecondBlindSetPrecisionAndRecallPerType) {
  const std::string path =
      std::string(ARIADNE_SOURCE_DIR) + "/tests/extract/data22/blind_selectors22.jsonl";
  // Measured on the extractors of 606a589e (session 51's base), the first run on the set (no
  // label changed after it): phone 0.910 / 0.590, email 0.833 / 0.551, handle 1 / 0.788, iban
  // 1 / 0.565, crypto 1 / 1, ip 1 / 0.75. Weakest (found of labelled): numbers told in parts over
  // chat lines with a "[hh:mm]" timestamp each or in two halves over two sentences (0 of 24; with
  // another person's line between the parts: 12 of 12); a digit two or three times as "7×2" /
  // "0×3" (1 of 23, and 12 false phones that read "×2" as the digit 2); digit words glued over the
  // whole number in CamelCase or lower case (0 of 16) or upper case per group joined by dots (1 of
  // 8); voice notes with a filler inside a group or fillers between word and numeral groups (2 of
  // 24); screenshot OCR with o/l/z/s/G/&/q for digits (5 of 24); handles spoken with several-word
  // underscore and dot words (0 of 24); e-mails with the at/dot words in 'single quotes', "double
  // quotes", »reversed guillemets« (0 of 23), “curly” (1 of 7) or ‹single guillemets› (2 of 7),
  // with "﹫" and "｡" (0 of 8), spoken with several-word words (11 of 24); IBANs in groups of five
  // or six, with "~" or with the country code and check digits apart (0 of 9); IPs defanged "<.>",
  // " [dot] ", " DOT " (0 of 3); titles glued with "+" or "_" (0 of 4); "'" between every digit
  // (0 of 3). False positives: "d×2" read as the digits d and 2 (12, one a "0×3"), spoken e-mails
  // read from their last word before the at-word ("91@gmx.at": 5), e-mails with quoted local words
  // cut at the local part's dot word ("fox@optusnet.com.au": 9), a partial number joined with the
  // next line (2), IBAN digits as a phone (2), others (2). Floors are these minus 0.02 (1 gives
  // 0.98). After session 51's merges: phone 0.915 / 0.590, email 0.946 / 0.685, iban 1 / 0.870.
  // Session 52 (xtune22: "d×n", voice notes headed by their duration, parts after a "first" word
  // opening a chat message, asides between commas, »at«): phone 0.983 / 0.755 (234 of 310, 4
  // false), email 0.949 / 0.732 (93 of 127, 5 false); their floors raised to these minus 0.02.
  // Session 54 (xtune23, numbers misread by OCR on a line of their own): phone 0.984 / 0.813; its
  // floors are these minus 0.02.
  const std::map<std::string, Floor> floors = {
      {"phone", {0.964, 0.792}}, {"email", {0.929, 0.712}}, {"handle", {0.98, 0.768}},
      {"iban", {0.98, 0.545}},   {"crypto", {0.98, 0.98}},  {"ip", {0.98, 0.73}},
  };
  // The set's tags about the snippet's shape count every type; its IBAN and IP tags that the
  // shared reading would take for phone tags are named here. Its other tags (ob_*, plain_*,
  // phone_link_*, title_glue_*, voice_filler_*, split_*) are about phones.
  const FamilyTypes family_types = WithSharedReadings({
      {"car_share", ""},
      {"rental", ""},
      {"hostel_note", ""},
      {"school_chat", ""},
      {"lost_found", ""},
      {"marketplace", ""},
      {"recipe_blog", ""},
      {"sports_roster", ""},
      {"email_sig", ""},
      {"qr_caption", ""},
      {"calendar", ""},
      {"voice", ""},
      {"ocr_flyer", ""},
      {"ocr_qr_caption", ""},
      {"title", ""},
      {"report", ""},
      {"multi_selector", ""},
      {"partial_number", ""},
      {"link_no_handle", ""},
      {"iban_dots", "iban"},
      {"iban_slashes", "iban"},
      {"iban_en_dash_spaced", "iban"},
      {"iban_nbsp", "iban"},
      {"iban_narrow_nbsp", "iban"},
      {"iban_groups5", "iban"},
      {"iban_groups6", "iban"},
      {"iban_cc_split", "iban"},
      {"iban_tilde", "iban"},
      {"iban_dash_spaced", "iban"},
      {"iban_mixed_groups", "iban"},
      {"ip_defanged_paren_dot", "ip"},
      {"ip_defanged_dot_word_spaced", "ip"},
      {"ip_escaped_dots", "ip"},
      {"ip_defanged_hxxp_path", "ip"},
      {"ip_defanged_first_only", "ip"},
      {"ip_defanged_upper_dot", "ip"},
      {"ip_defanged_angle", "ip"},
      {"ip_defanged_port", "ip"},
      {"ip_one_dot_leader", "ip"},
      {"ip_firewall_log", "ip"},
      {"ip_xff_header", "ip"},
  });
  ScoreBlindSet(path, 600, floors, family_types);
}

TEST(ExtractQuality, TwentyThirdBlindSetPrecisionAndRecallPerType) {
  const std::string path =
      std::string(ARIADNE_SOURCE_DIR) + "/tests/extract/data23/blind_selectors23.jsonl";
  // Measured on the extractors of 50135adc (session 52's base), the first run on the set (no
  // label changed after it): phone 0.987 / 0.726, email 0.853 / 0.467, handle 1 / 0.639, iban
  // 1 / 0.696, crypto 1 / 1, ip 1 / 0.769. Weakest (found of labelled): OCR letters "()", "!",
  // "]", "h", "$", "?" in a screenshot's alt text, alone or with emoji between groups (0 of 35);
  // a number told as "starts with … and ends with …" (0 of 12); "5 (x3)" counted digits (0 of
  // 12); digit words in leetspeak (0 of 12); dotless "ı" and Greek "Ο" look-alikes (0 of 8);
  // "ǀ", "⁓", "⁚", "⸱", "、" between every digit (0 of 5); e-mails hyphen-spelled (0 of 10, and
  // 10 false ones that keep the hyphens), spoken letter by letter (0 of 11), with the at/dot words
  // in ⟦…⟧ or 〔…〕 (0 of 22), told in parts (0 of 10), "Gmail: name" (1 of 11), upper case with
  // "-AT-" (1 of 11); handles spelled with hyphens (0 of 12), spoken with a new underscore word and
  // digit words (0 of 12), in quotation marks (0 of 11), "LINE ☞" / "Kik ☞" (0 of 11), the second
  // platform of "IG + TikTok: name" (11 of 22); IBANs with commas or wrapped over a line (0 of 6);
  // IPv6 defanged "[:]" (0 of 2), IPv4 with spaced dots (0 of 1). False positives: 10
  // hyphen-spelled e-mails, "wren57@gmx.at" from "WREN57 -AT- GMX", a phone from spaced IPv4 dots,
  // from a wrapped IBAN's tail and from an OCR caption's plain digits. Session 54 (xtune23: OCR
  // numbers on their own line or ending a quotation, hyphen-spelled names, "(x2)" counts, "starts
  // with … ends with …" in one sentence, quoted names, "☞", "IG + TikTok", "Gmail: name"): phone
  // 0.993 / 0.909, email 0.988 / 0.613, handle 1 / 0.918. Session 55 (xtune24: at/dot words in
  // ⟦…⟧ and 〔…〕): email 0.990 / 0.693. Session 56 (xtune25: dot punctuation between every
  // digit): phone 0.993 / 0.915. Floors are these minus 0.02 (1 gives 0.98).
  const std::map<std::string, Floor> floors = {
      {"phone", {0.972, 0.895}}, {"email", {0.970, 0.673}}, {"handle", {0.98, 0.897}},
      {"iban", {0.98, 0.675}},   {"crypto", {0.98, 0.98}},  {"ip", {0.98, 0.749}},
  };
  // The set's tags about the snippet's shape count every type; its IBAN and IP tags that the
  // shared reading would take for phone tags are named here. Its other tags (ob_*, multi_ob_*,
  // split_*, voice_*, title_glue_*, phone_link_*, plain_*, messenger_list_number) are about phones.
  const FamilyTypes family_types = WithSharedReadings({
      {"windscreen_note", ""},
      {"pinned_message", ""},
      {"tearoff_flyer", ""},
      {"host_checkin", ""},
      {"appointment_reminder", ""},
      {"out_of_office", ""},
      {"babysit_offer", ""},
      {"rsvp_invite", ""},
      {"transport_offer", ""},
      {"voice", ""},
      {"screenshot_caption", ""},
      {"security_log", ""},
      {"title", ""},
      {"iban_pairs", "iban"},
      {"iban_lower_grouped", "iban"},
      {"iban_zwsp_groups", "iban"},
      {"iban_bic_beside", "iban"},
      {"iban_linewrap_hyphen", "iban"},
      {"iban_commas", "iban"},
      {"ipv6_fail2ban", "ip"},
      {"ipv6_bracket_port_log", "ip"},
      {"ipv6_exploded_upper_header", "ip"},
      {"ipv6_sshd_log", "ip"},
      {"ipv6_defanged_colons", "ip"},
      {"ipv6_ifconfig", "ip"},
      {"ip_fail2ban", "ip"},
      {"ip_sshd_log", "ip"},
      {"ip_spaced_dots", "ip"},
  });
  ScoreBlindSet(path, 600, floors, family_types);
}

TEST(ExtractQuality, TwentyFourthBlindSetPrecisionAndRecallPerType) {
  const std::string path =
      std::string(ARIADNE_SOURCE_DIR) + "/tests/extract/data24/blind_selectors24.jsonl";
  // Measured on the extractors of 885ebd43 (session 53's base), the first run on the set (no
  // label changed after it): phone 0.898 / 0.699, email 0.822 / 0.841, handle 0.951 / 0.811, iban
  // 1 / 0.586, crypto 1 / 0.357, ip 0.4 / 0.75. Weakest (found of labelled): a group written as a
  // sum "(4000+552)" (0 of 22, and 22 false phones that end at the first addend); halves given by
  // two people in a group chat (1 of 22); "first 5 digits: … · last 6: …" (1 of 11); each group a
  // hashtag (0 of 11); "Ⅰ", "Ｏ", "Ƽ", "Ʒ" look-alikes (4 of 22); "᛫", "⁎", "⸰", "ー" between every
  // digit (0 of 4) and U+FFF9 between digits (0 of 1); e-mails with the at/dot words in 【】, 《》,
  // ⦅⦆ (0 of 11), "my gmail is NAME" (12 of 22, while "NAME on gmail" 22 of 22); handles as a
  // hashtag after the platform (0 of 11), after a leet platform name "T3l3gr4m" (0 of 11), split
  // by a line break (6 of 11, and 5 false cut names); IBANs read aloud (0 of 11); crypto wrapped
  // over a line or in groups of four (0 of 9); IPs read with dot words or IPv6 with spaced colons
  // (0 of 4). False positives: masked e-mails read from their last character ("1@gmail.com": 24),
  // private IPv4 addresses (18), the sums (22), a date read as a Ukrainian number, "Instagram-ul"
  // read as the handle "ul". A development set since session 55, tuned by xtune24 (sums in
  // brackets, counted parts, hashtag groups, a chat's rest, Ƽ Ʒ look-alikes, at/dot words in other
  // scripts' brackets, "my gmail NAME" forms, "Platform #name", crypto in groups of four; no
  // private IPv4, no masked e-mail): phone 0.996 / 0.983, email 1 / 0.977, handle 0.955 / 0.888,
  // iban 1 / 0.586, crypto 1 / 0.643, ip 1 / 0.75. Session 56 (xtune25: leet platform names,
  // IBANs read aloud, crypto wrapped after its label, "᛫", "⁎", "⸰" and U+FFF9 between digits):
  // phone 0.997 / 0.997, handle 0.958 / 0.965, iban 1 / 0.966, crypto 1 / 1. Floors are these
  // minus 0.02 (1 gives 0.98).
  const std::map<std::string, Floor> floors = {
      {"phone", {0.977, 0.977}}, {"email", {0.98, 0.957}}, {"handle", {0.938, 0.945}},
      {"iban", {0.98, 0.945}},   {"crypto", {0.98, 0.98}}, {"ip", {0.98, 0.73}},
  };
  // The set's tags about the snippet's shape count every type; its IBAN and IP tags that the
  // shared reading would take for phone tags are named here. Its other tags (ob_*, split_*,
  // words_hundreds_written, voice_hundreds, digits_two_scripts, masked_then_full,
  // quote_split_lines, quoted_forward_nested, title_glue_*) are about phones.
  const FamilyTypes family_types = WithSharedReadings({
      {"forwarded", ""},
      {"quoted_reply", ""},
      {"harvest_job", ""},
      {"casting_call", ""},
      {"au_pair", ""},
      {"receipt", ""},
      {"group_chat", ""},
      {"voicemail", ""},
      {"security_alert", ""},
      {"title", ""},
      {"iban_read_aloud", "iban"},
      {"iban_masked_then_full", "iban"},
      {"iban_two_messages", "iban"},
      {"iban_wrapped_no_hyphen", "iban"},
      {"ip_mail_received_brackets", "ip"},
      {"ip_port_plain", "ip"},
      {"ip_private_decoy", "ip"},
      {"ip_voice_dot_words", "ip"},
      {"ipv6_url_bracket_port", "ip"},
      {"ipv6_spaced_colons", "ip"},
  });
  ScoreBlindSet(path, 600, floors, family_types);
}

TEST(ExtractQuality, TwentyFifthBlindSetPrecisionAndRecallPerType) {
  const std::string path =
      std::string(ARIADNE_SOURCE_DIR) + "/tests/extract/data25/blind_selectors25.jsonl";
  // Measured on the extractors of 763bc783 (session 55's base), the first run on the set (no
  // label changed after it): phone 0.876 / 0.658, email 0.688 / 0.556, handle 1 / 0.924, iban
  // 1 / 0.788, crypto 1 / 1, ip 0.55 / 1. Weakest (found of labelled): digits with a combining
  // low line, overline or enclosing circle (0 of 33); look-alikes "ꓳ", "ℓ", "Ƨ", "Ȣ" (0 of 22);
  // each digit followed by its word in brackets "7 (siete) 1 (uno)" (0 of 11, and 16 false
  // numbers that keep digits twice); a run written once with a superscript count "5²3" (4 of
  // 11, and 7 false numbers that read "²" as a digit); one digit per box between bars
  // "|0|7|8|…|" (0 of 10, while "[0][7]…" 12 of 12); "⁞", "⁖", "⁘", "⸽", "⁙" between
  // every digit (0 of 5, the other six 6 of 6); Egyptian format controls U+13430–U+13436 between
  // digits (0 of 4, the other seven invisible characters 7 of 7); e-mails in two form fields
  // "[name]@[domain]" (0 of 22), underlined with U+0332 (0 of 11), "ᴀᴛ"/"ᴅᴏᴛ" in small
  // capitals (0 of 11); handles after a platform name in small capitals (1 of 11); IBANs with
  // each group in brackets (0 of 7, between bars 4 of 4). False positives: masked e-mails read
  // from their last character ("e***0@abv.bg" as 0@abv.bg: 25), private IPv4 addresses (18),
  // the digit words and superscripts above (23), two IBANs in brackets read as phones. Floors
  // are these minus 0.02 (1 gives 0.98). After session 55's merges (xtune24: masked addresses and
  // private IPv4 addresses are no selectors): phone 0.877 / 0.662, email 1 / 0.556, ip 1 / 1, the
  // rest unchanged; floors raised to those figures minus 0.02. A development set since session 56,
  // tuned by xtune25 (style marks dropped, small capitals folded, format characters ignorable,
  // Unicode's confusables for digits, dot punctuation, boxes' outer bars, a digit's own word in
  // brackets, superscript counts, form fields): phone 1 / 1, email 1 / 1, handle 1 / 0.993, iban
  // 1 / 1; floors raised to those minus 0.02.
  const std::map<std::string, Floor> floors = {
      {"phone", {0.98, 0.98}}, {"email", {0.98, 0.98}},  {"handle", {0.98, 0.973}},
      {"iban", {0.98, 0.98}},  {"crypto", {0.98, 0.98}}, {"ip", {0.98, 0.98}},
  };
  // The set's first tag is the snippet's shape and counts every type; its IBAN and IP tags that the
  // shared reading would take for phone tags are named here. Its other tags (ob_*, plain,
  // digit_then_word, form_digit_boxes) are about phones.
  const FamilyTypes family_types = WithSharedReadings({
      {"web_form", ""},
      {"payment_request", ""},
      {"code_fence", ""},
      {"visa_offer", ""},
      {"warehouse_job", ""},
      {"html_table", ""},
      {"calendar_invite", ""},
      {"loan_offer", ""},
      {"iban_form_boxes", "iban"},
      {"iban_payment_request", "iban"},
      {"iban_plain", "iban"},
      {"ip_nginx_log", "ip"},
      {"ip_x_originating", "ip"},
      {"ipv6_nginx_log", "ip"},
  });
  ScoreBlindSet(path, 600, floors, family_types);
}

// The twenty-sixth blind set (tests/extract/data26/BLIND_SELECTORS26.md), written in session 57 and
// committed before anything ran on it.
TEST(ExtractQuality, TwentySixthBlindSetPrecisionAndRecallPerType) {
  const std::string path =
      std::string(ARIADNE_SOURCE_DIR) + "/tests/extract/data26/blind_selectors26.jsonl";
  // Measured on the extractors of d9a7f3aa (session 57's base), the first run on the set: phone
  // 0.782 / 0.902, email 0.811 / 0.778, handle 1 / 0.937, iban 1 / 1, crypto 1 / 1, ip 0.71 / 1.
  // One label was then found provably wrong and fixed (b26_0503: a "masked" US number written out
  // whole, "+1 405-555-0171 *** **71", now labelled; the note says why): phone 0.785 / 0.902, the
  // rest unchanged. Weakest (found of labelled): numbers and e-mails stored backwards inside a
  // right-to-left override U+202E, displayed the right way round (0 of 11 each, and 5 false
  // numbers and 7 false e-mails read in stored order); e-mails put together by a page's script
  // ('name' + '@' + 'domain', [..].join('@'): 0 of 11); handles in app deep links
  // (instagram://, twitter://, snapchat://, line://: 0 of 9; tg:// 2 of 2); one new separator
  // between every digit (4 of 11: "჻", "※", "፡", "𐄁", "⳾", "᠁", "⸼" missed);
  // combining overlays on every digit (7 of 11: U+0489, U+0337, U+0334, U+0338 missed); one digit
  // per line (9 of 11, two read without their last digit); "driemaal", "de două ori" (9 of 11
  // spelled doubles); the Khitan filler U+16FE4 between digits (the other ten invisible characters
  // 10 of 10). False positives: phones read from IMEIs (34) and parcel tracking numbers "JJD 4189
  // 2798 …" (27), e-mails read from a masked local part "l•••••4@example.org" as 4@example.org
  // (11), non-global addresses 100.64.0.0/10 (5) and fd00::/8 (4). Floors are these minus 0.02 (1
  // gives 0.98). Session 58, xnorm27 (the folding: overrides read in display order, marks on
  // digits, any script's punctuation between digits, a column's last digit, glued and Romanian
  // times words): phone 0.819 / 1, email 0.889 / 0.889, the rest unchanged; floors raised to
  // those minus 0.02.
  // After session 58's xdecoy27 (IMEIs and parcel codes opened by a carrier's
  // capitals are no phones, bullets mask a local part, 100.64/10 and IPv6 unique-local, link-local
  // and loopback addresses are non-global, the apps' deep links give handles, literals joined
  // around a quoted '@' give the address): phone 0.973 / 0.902, email 0.926 / 0.889 (the
  // addresses left are the right-to-left ones), handle 1 / 1, ip 1 / 1; floors raised to those
  // minus 0.02.
  // With both and xfam27 merged (the lead): every type 1 / 1 (phone 276 of 276, email 99 of 99,
  // no false value); floors 0.98.
  const std::map<std::string, Floor> floors = {
      {"phone", {0.98, 0.98}}, {"email", {0.98, 0.98}},  {"handle", {0.98, 0.98}},
      {"iban", {0.98, 0.98}},  {"crypto", {0.98, 0.98}}, {"ip", {0.98, 0.98}},
  };
  // The set's first tag is the snippet's shape and counts every type; its IBAN and IP tags that the
  // shared reading would take for phone tags are named here. Its other tags (ob_*, plain, spelled*,
  // lookalike_*, keycap, circled, fullwidth, math, emoji_sep, zero_width, wa_link) are about
  // phones.
  const FamilyTypes family_types = WithSharedReadings({
      {"minibus_transport", ""},
      {"room_for_workers", ""},
      {"out_of_office", ""},
      {"shipping_label", ""},
      {"yaml_config", ""},
      {"push_notification", ""},
      {"carwash_job", ""},
      {"bbcode_forum", ""},
      {"iban_epc_qr", "iban"},
      {"iban_plain", "iban"},
      {"ip_ssh_auth", "ip"},
      {"ip_json_field", "ip"},
      {"ipv6_json_field", "ip"},
      {"ip_cidr_allow", "ip"},
  });
  ScoreBlindSet(path, 600, floors, family_types);
}

// The twenty-seventh blind set (tests/extract/data27/BLIND_SELECTORS27.md), written in session 58
// and committed before anything ran on it.
TEST(ExtractQuality, TwentySeventhBlindSetPrecisionAndRecallPerType) {
  const std::string path =
      std::string(ARIADNE_SOURCE_DIR) + "/tests/extract/data27/blind_selectors27.jsonl";
  // Measured on the extractors of 0790c956 (session 58's base), the first run on the set (no label
  // changed after it): phone 0.943 / 0.84, email 0.989 / 0.8, handle 1 / 1, iban 1 / 1, crypto 1 /
  // 1, ip 0.328 / 0.955. Weakest (found of labelled): new digit look-alikes "〇", "ӏ", "ᘔ",
  // "Ӡ", "𐌚", "ꝯ" (2 of 22); "digit comma" characters U+1F101.. (0 of 11); one new separator
  // between every digit (3 of 11: "⸬", "⸫", "⸭" read; "꛳", "܀", "⁂", "꓾", "꘍",
  // "𑁇", "᐀", "⹀" missed); tel: links percent-encoded in the href only (7 of 11: the four
  // with a three-digit country code 353, 359, 373, 380 missed); e-mails cut by a quoted-printable
  // soft line break "…@exa=" (0 of 11, one false address read up to the break); "(аt)"/"[dоt]"
  // with Cyrillic or Greek look-alike letters (0 of 11); one IPv6 address whose "B" was read as
  // "8". Other scripts' decimal digits, the new invisible characters, platform names with
  // look-alike letters, URL paths after a handle, SEPA XML IBANs, taproot and BIP-21 addresses: all
  // found. False positives: the netmask 255.255.255.0 read as an IP (42), decimal coordinates read
  // as phones (7), invoice numbers "FV/434/03/2026" and "F-2026-42430" (5), a Dutch payment
  // reference and an ISBN (1 each). Floors are these minus 0.02 (1 gives 0.98).
  // After xfam27 (session 58: netmasks, 240/4, IPv6 read from the original where folding changed
  // it, coordinates, references with a year, ISBN-13s, payment reference words, soft line breaks,
  // look-alike at and dot words, a URL escape's letters): phone 1 / 0.855, email 1 / 1, ip 1 / 1;
  // the floors of the types that rose are these minus 0.02. With xnorm27's folding merged too
  // (the lead): phone 1 / 0.88 (242 of 275), the rest unchanged; its recall floor 0.86.
  const std::map<std::string, Floor> floors = {
      {"phone", {0.98, 0.86}}, {"email", {0.98, 0.98}},  {"handle", {0.98, 0.98}},
      {"iban", {0.98, 0.98}},  {"crypto", {0.98, 0.98}}, {"ip", {0.98, 0.98}},
  };
  // The set's first tag is the snippet's shape and counts every type; its IBAN and IP tags that the
  // shared reading would take for phone tags are named here. Its other tags (ob_*, plain, spelled*,
  // lookalike_*, keycap, circled, fullwidth, math, emoji_sep, zero_width, wa_link) are about
  // phones.
  const FamilyTypes family_types = WithSharedReadings({
      {"jsonld_jobposting", ""},
      {"sql_insert_dump", ""},
      {"boarding_pass", ""},
      {"debt_ledger", ""},
      {"carpool_ride", ""},
      {"rss_item", ""},
      {"mail_headers", ""},
      {"channel_post", ""},
      {"hotline_tip", ""},
      {"toml_config", ""},
      {"auction_listing", ""},
      {"business_card", ""},
      {"iban_sepa_xml", "iban"},
      {"iban_plain", "iban"},
      {"ip_ping_output", "ip"},
      {"ip_last_login", "ip"},
      {"ip_xff", "ip"},
      {"ipv6_bracket_port", "ip"},
  });
  ScoreBlindSet(path, 600, floors, family_types);
}

}  // namespace
}  // namespace ariadne::extract
