#include "demo/phrasebook.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "core/text.h"

namespace ariadne::demo {
namespace {

const std::set<std::string, std::less<>> kKnownKeys = {"name",  "age",     "city", "price", "phone",
                                                       "email", "tg",      "wa",   "role",  "pay",
                                                       "fee",   "company", "nat"};

// Checks one template against the syntax in phrasebook.h; returns what is wrong, or "".
std::string SyntaxError(std::string_view tpl) {
  bool in_alternatives = false;
  for (size_t i = 0; i < tpl.size(); ++i) {
    const char c = tpl[i];
    if (c == '{') {
      const size_t close = tpl.find('}', i);
      if (close == std::string_view::npos) return "unclosed {";
      if (!kKnownKeys.contains(tpl.substr(i + 1, close - i - 1))) return "unknown key";
      i = close;
    } else if (c == '[') {
      if (in_alternatives) return "nested [";
      in_alternatives = true;
    } else if (c == ']') {
      if (!in_alternatives) return "stray ]";
      in_alternatives = false;
    } else if (c == '}' || (c == '|' && !in_alternatives)) {
      return std::string("stray ") + c;
    }
  }
  return in_alternatives ? "unclosed [" : "";
}

class PhrasebookTest : public ::testing::TestWithParam<int> {
 protected:
  const Phrasebook& book() const { return PhrasesFor(static_cast<Lang>(GetParam())); }
};

TEST_P(PhrasebookTest, EveryPoolHasSeveralWellFormedTemplates) {
  const Phrasebook& b = book();
  const Phrases pools[] = {b.sex_titles_first,
                           b.sex_titles_third,
                           b.sex_intro_first,
                           b.sex_intro_third,
                           b.sex_more_first,
                           b.sex_more_third,
                           b.sex_body,
                           b.sex_touring,
                           b.sex_nationality,
                           b.nationalities,
                           b.sex_contact_first,
                           b.sex_contact_third,
                           b.job_titles,
                           b.job_intro,
                           b.job_ordinary,
                           b.job_exploitative,
                           b.job_contact_ordinary,
                           b.job_contact_messenger,
                           b.roles};
  for (const Phrases& pool : pools) {
    ASSERT_FALSE(pool.empty()) << b.code;
    for (std::string_view tpl : pool) {
      EXPECT_FALSE(tpl.empty()) << b.code;
      EXPECT_EQ(SyntaxError(tpl), "") << b.code << ": " << tpl;
      EXPECT_FALSE(FindInvalidUtf8(tpl).has_value()) << b.code << ": " << tpl;
    }
  }
  EXPECT_GE(b.sex_intro_first.size(), 3u);
  EXPECT_GE(b.job_exploitative.size(), 6u);
  EXPECT_GE(b.job_ordinary.size(), 3u);
}

TEST_P(PhrasebookTest, ContactLinesCarryAContact) {
  for (Phrases pool : {book().sex_contact_first, book().sex_contact_third,
                       book().job_contact_ordinary, book().job_contact_messenger}) {
    for (std::string_view tpl : pool) {
      const bool has_contact = tpl.find("{phone}") != std::string_view::npos ||
                               tpl.find("{email}") != std::string_view::npos ||
                               tpl.find("{tg}") != std::string_view::npos ||
                               tpl.find("{wa}") != std::string_view::npos;
      EXPECT_TRUE(has_contact) << book().code << ": " << tpl;
    }
  }
}

TEST_P(PhrasebookTest, DigitNamesAreWordsWithoutDigits) {
  for (std::string_view word : book().digits) {
    ASSERT_FALSE(word.empty());
    EXPECT_EQ(word.find_first_of("0123456789"), std::string_view::npos) << word;
  }
}

INSTANTIATE_TEST_SUITE_P(AllLanguages, PhrasebookTest, ::testing::Range(0, kLangCount),
                         [](const ::testing::TestParamInfo<int>& info) {
                           return std::string(PhrasesFor(static_cast<Lang>(info.param)).code);
                         });

TEST(Phrasebook, LanguageCodesAreDistinct) {
  std::set<std::string_view> codes;
  for (int i = 0; i < kLangCount; ++i) codes.insert(PhrasesFor(static_cast<Lang>(i)).code);
  EXPECT_EQ(codes.size(), static_cast<size_t>(kLangCount));
}

}  // namespace
}  // namespace ariadne::demo
