// The byte-level helpers the extractors share: their word-at-a-time forms against byte loops.
#include "extract/text_util.h"

#include <gtest/gtest.h>

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace ariadne::extract {
namespace {

// Every byte value next to digits, at every offset and length around the eight-byte steps.
TEST(TextUtil, DigitRunEndStopsAtTheFirstByteThatIsNoDigit) {
  for (int other = 0; other < 256; ++other) {
    if (other >= '0' && other <= '9') continue;
    for (size_t digits = 0; digits <= 20; ++digits) {
      const std::string text = "x" + std::string(digits, '7') + static_cast<char>(other) + "12";
      EXPECT_EQ(DigitRunEnd(text, 1), 1 + digits) << other << " after " << digits;
      const std::string at_end = "x" + std::string(digits, '0');
      EXPECT_EQ(DigitRunEnd(at_end, 1), 1 + digits);
    }
  }
  EXPECT_EQ(DigitRunEnd("0123456789", 0), 10u);
  EXPECT_EQ(DigitRunEnd("", 0), 0u);
}

// Every byte value after a run of letter bytes (ASCII either case, and non-ASCII), at every run
// length around the sixteen-byte steps, with every cap and with the text ending anywhere.
TEST(TextUtil, LetterRunEndStopsWhereTheByteLoopStops) {
  const auto byte_loop = [](std::string_view text, size_t i, size_t max) {
    size_t k = i;
    while (k < text.size() && IsLetterByte(text[k]) && k - i < max) ++k;
    return k;
  };
  const std::string letters =
      "aZ\xC3\xA9mQz\xD0\x96"
      "A";  // a, Z, é, m, Q, z, Ж, A
  for (int other = 0; other < 256; ++other) {
    for (size_t run = 0; run <= 40; ++run) {
      std::string text = "x ";
      for (size_t k = 0; k < run; ++k) text += letters[k % letters.size()];
      text += static_cast<char>(other);
      text += std::string(20, 'b');
      for (const size_t max : {1, 15, 16, 17, 24, 32}) {
        for (const size_t cut : {text.size(), size_t{2} + run, size_t{2} + run / 2}) {
          const std::string_view view(text.data(), cut);
          ASSERT_EQ(LetterRunEnd(view, 2, max), byte_loop(view, 2, max))
              << other << " after " << run << " max " << max << " cut " << cut;
        }
      }
    }
  }
  EXPECT_EQ(LetterRunEnd("", 0, 32), 0u);
}

// The same for the other runs read sixteen bytes at a time: a handle's bytes forwards, word bytes
// backwards.
TEST(TextUtil, NameRunEndAndWordRunStartStopWhereTheByteLoopsStop) {
  const auto is_name = [](char c) { return IsAsciiAlnum(c) || c == '_' || c == '.' || c == '-'; };
  const std::string names = "a.Z_9-q";
  const std::string words = "aZ_9\xC3\xA9q";
  for (int other = 0; other < 256; ++other) {
    for (size_t run = 0; run <= 40; ++run) {
      std::string forward = "x ";
      for (size_t k = 0; k < run; ++k) forward += names[k % names.size()];
      forward += static_cast<char>(other);
      forward += std::string(20, 'b');
      std::string backward = std::string(20, 'b') + static_cast<char>(other);
      for (size_t k = 0; k < run; ++k) backward += words[k % words.size()];
      for (const size_t max : {1, 15, 16, 17, 25, 64}) {
        for (const size_t cut : {forward.size(), size_t{2} + run, size_t{2} + run / 2}) {
          const std::string_view view(forward.data(), cut);
          size_t k = 2;
          while (k < view.size() && is_name(view[k]) && k - 2 < max) ++k;
          ASSERT_EQ(NameRunEnd(view, 2, max), k)
              << other << " after " << run << " max " << max << " cut " << cut;
        }
        for (const size_t from : {size_t{0}, size_t{10}, size_t{19}}) {
          const std::string_view view(backward.data() + from, backward.size() - from);
          size_t k = view.size();
          while (k > 0 && IsWordByte(view[k - 1]) && view.size() - k < max) --k;
          ASSERT_EQ(WordRunStart(view, view.size(), max), k)
              << other << " before " << run << " max " << max << " from " << from;
        }
      }
    }
  }
  EXPECT_EQ(NameRunEnd("", 0, 64), 0u);
  EXPECT_EQ(WordRunStart("", 0, 25), 0u);
}

TEST(TextUtil, AsciiLowerInPlaceLowersAsciiLettersOnly) {
  std::string all;
  for (int c = 0; c < 256; ++c) all += static_cast<char>(c);
  for (size_t length = 0; length <= all.size(); length += 7) {
    for (size_t offset = 0; offset + length <= all.size(); offset += 61) {
      std::string lowered = all.substr(offset, length);
      AsciiLowerInPlace(lowered.data(), lowered.size());
      for (size_t k = 0; k < length; ++k) {
        const char c = all[offset + k];
        EXPECT_EQ(lowered[k], AsciiLower(c)) << static_cast<int>(static_cast<unsigned char>(c));
      }
    }
  }
  std::string mail = "Anna.KAROLINA_21@Example.COM";
  AsciiLowerInPlace(mail.data(), mail.size());
  EXPECT_EQ(mail, "anna.karolina_21@example.com");
}

// LowerWordSet sifts words by first byte, last byte and length, and reads ASCII words without a
// LowerWord copy: it must answer what comparing LowerWord forms answers, in any case and script.
TEST(TextUtil, LowerWordSetAnswersAsLowerWordComparisons) {
  constexpr std::array<std::string_view, 9> kWords = {"order", "ref",       "n",  "größe", "заказ",
                                                      "ціна",  "referință", "zł", "id99"};
  const LowerWordSet set(kWords);
  std::vector<std::string> asked = {
      "",      "x",     "call",   "phone", "ORDER", "Order",  "ordeR",     "orders",    "orde",
      "ordex", "REF",   "Ref",    "reF",   "N",     "nn",     "GRÖSSE",    "GRÖßE",     "Größe",
      "ЗАКАЗ", "Заказ", "заказы", "закаЗ", "ЦІНА",  "Ціна",   "REFERINȚĂ", "Referință", "ZŁ",
      "Zł",    "zl",    "ID99",   "id98",  "Id99",  "orderX", "рефе",      "tel"};
  for (const std::string_view w : kWords) {
    asked.emplace_back(w);
    asked.push_back(std::string(w) + "s");
    asked.push_back(std::string(w.substr(0, w.size() - 1)));
  }
  for (const std::string& word : asked) {
    const LowerWord lower(word);
    bool expected = false;
    for (const std::string_view w : kWords) expected = expected || lower.view() == w;
    EXPECT_EQ(set.Has(word), expected) << word;
  }
  EXPECT_TRUE(set.Has("ORDER"));
  EXPECT_TRUE(set.Has("ЗАКАЗ"));
  EXPECT_TRUE(set.Has("Referință"));
  EXPECT_FALSE(set.Has("orders"));
}

}  // namespace
}  // namespace ariadne::extract
