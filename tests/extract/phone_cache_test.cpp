// The cache of phone validations (extract/phone_cache.h): an answer from the cache is the answer a
// fresh reading gives, keys under different region hints stay apart, and the cache stays within
// its capacity however many distinct candidates it meets while keeping the ones still in use.
#include "extract/phone_cache.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "extract/phone.h"

namespace ariadne::extract {
namespace {

// ValidatePhone on a thread of its own: its cache is empty, so this is a fresh reading.
std::optional<ValidPhone> FreshReading(const std::string& digits, const std::string& region) {
  std::optional<ValidPhone> result;
  std::thread([&] {
    if (const ValidPhone* phone = ValidatePhone(digits, region)) result = *phone;
  }).join();
  return result;
}

void ExpectSame(const std::optional<ValidPhone>& a, const std::optional<ValidPhone>& b) {
  ASSERT_EQ(a.has_value(), b.has_value());
  if (!a) return;
  EXPECT_EQ(a->e164, b->e164);
  EXPECT_EQ(a->number_type, b->number_type);
  EXPECT_EQ(a->country, b->country);
  EXPECT_EQ(a->fictional, b->fictional);
}

std::optional<ValidPhone> Copy(const ValidPhone* phone) {
  return phone == nullptr ? std::nullopt : std::optional<ValidPhone>(*phone);
}

// Valid and invalid candidates, national and international, some under several region hints.
const std::vector<std::pair<std::string, std::string>> kCandidates = {
    {"07700900123", "GB"},   {"+447700900123", ""},  {"015123456123", "DE"},
    {"0612345678", "FR"},    {"0612345678", "NL"},   {"0612345678", "ES"},
    {"0612345678", "IT"},    {"3123456789", "IT"},   {"004915123456123", "DE"},
    {"447700900585", "DE"},  {"447700900585", "PL"}, {"2015550123", "US"},
    {"1123581013", "GB"},    {"0000000", "FR"},      {"7700900585", "GB"},
    {"+4915123456123", "FR"}};

TEST(PhoneCache, AHitAnswersAsAFreshReadingDoes) {
  std::thread([] {
    for (int round = 0; round < 2; ++round) {
      for (const auto& [digits, region] : kCandidates) {
        SCOPED_TRACE(digits + " " + region + " round " + std::to_string(round));
        const PhoneCacheStats before = ThreadPhoneCacheStats();
        const std::optional<ValidPhone> answer = Copy(ValidatePhone(digits, region));
        const PhoneCacheStats after = ThreadPhoneCacheStats();
        EXPECT_EQ(after.lookups, before.lookups + 1);
        // The second round is answered from the cache, not by libphonenumber.
        if (round == 1) {
          EXPECT_EQ(after.hits, before.hits + 1);
          EXPECT_EQ(after.validations, before.validations);
        }
        ExpectSame(answer, FreshReading(digits, region));
      }
    }
  }).join();
}

// One number in several forms (with '+', national, after "00", with its '+' dropped) is parsed
// once per form, and its answer after the parse is remembered per number (country code, national
// number, Italian leading zeros): whichever form comes first, every later form must answer as a
// fresh reading does, also for numbers that differ only in a leading zero ("+39 06 …" and "+39 6
// …"), invalid numbers and drama numbers.
TEST(PhoneCache, EveryFormAnswersAsAFreshReadingWhicheverFormCameFirst) {
  const std::vector<std::pair<std::string, std::string>> forms = {
      {"+4915123456123", ""},   {"015123456123", "DE"},  {"004915123456123", "DE"},
      {"4915123456123", "FR"},  {"+390612345678", ""},   {"+39612345678", ""},
      {"0612345678", "IT"},     {"612345678", "IT"},     {"+393123456789", ""},
      {"3123456789", "IT"},     {"+447700900123", ""},   {"07700900123", "GB"},
      {"00447700900123", "FR"}, {"+441234", ""},         {"01234", "GB"},
      {"+4402079460123", ""},   {"02079460123", "GB"},   {"+33612345678", ""},
      {"0612345678", "FR"},     {"0033612345678", "ES"}, {"+12015550123", ""},
      {"2015550123", "US"},     {"12015550123", "US"},   {"+79161234567", ""},
      {"89161234567", "RU"},    {"+3800501234567", ""},  {"80501234567", "UA"}};
  for (const bool reversed : {false, true}) {
    std::vector<std::pair<std::string, std::string>> order = forms;
    if (reversed) std::reverse(order.begin(), order.end());
    std::vector<std::optional<ValidPhone>> answers;
    std::thread([&] {
      for (const auto& [digits, region] : order)
        answers.push_back(Copy(ValidatePhone(digits, region)));
    }).join();
    size_t valid = 0;
    for (size_t i = 0; i < order.size(); ++i) {
      SCOPED_TRACE(order[i].first + " " + order[i].second + (reversed ? " reversed" : ""));
      ExpectSame(answers[i], FreshReading(order[i].first, order[i].second));
      if (answers[i]) ++valid;
    }
    EXPECT_GE(valid, 15u);
  }
}

// The same digits are a French, a Dutch and a Spanish number, or none, by the region hint: once
// one region's answer is cached, another region's look-up must not get it.
TEST(PhoneCache, RegionHintsDoNotShareAnEntry) {
  const std::string digits = "0612345678";
  const std::vector<std::string> regions = {"FR", "NL", "ES", "IT", "FR", "NL"};
  std::vector<std::optional<ValidPhone>> cached;
  std::thread([&] {
    for (const std::string& region : regions) cached.push_back(Copy(ValidatePhone(digits, region)));
  }).join();
  for (size_t i = 0; i < regions.size(); ++i) {
    SCOPED_TRACE(regions[i]);
    ExpectSame(cached[i], FreshReading(digits, regions[i]));
  }
  ASSERT_TRUE(cached[0] && cached[1]);
  EXPECT_EQ(cached[0]->e164, "+33612345678");
  EXPECT_EQ(cached[1]->e164, "+31612345678");

  // In the cache itself: keys that differ by region only are different entries, also when they
  // share a probe chain (eight keys in the sixteen slots of a generation).
  PhoneCache cache(16);
  const std::vector<std::string> many = {"FR", "NL", "ES", "IT", "DE", "BE", "AT", "PL"};
  for (const std::string& region : many) {
    ValidPhone answer;
    answer.country = region;
    cache.Add(*MakePhoneCacheKey(digits, region), answer);
  }
  for (const std::string& region : many) {
    const std::optional<ValidPhone>* found = cache.Find(*MakePhoneCacheKey(digits, region));
    ASSERT_NE(found, nullptr) << region;
    ASSERT_TRUE(found->has_value());
    EXPECT_EQ((*found)->country, region);
  }
  EXPECT_EQ(cache.Find(*MakePhoneCacheKey(digits, "GB")), nullptr);
}

// However many distinct candidates come, the cache holds at most its capacity; a candidate met
// again and again stays cached through the turnovers, one met once ages out.
TEST(PhoneCache, EvictionKeepsMemoryBoundedAndTheNumbersInUse) {
  PhoneCache cache(64);
  ASSERT_EQ(cache.capacity(), 64u);
  const PhoneCacheKey hot = *MakePhoneCacheKey("07700900123", "GB");
  ValidPhone hot_answer;
  hot_answer.e164 = "+447700900123";
  cache.Add(hot, hot_answer);
  const PhoneCacheKey first_cold = *MakePhoneCacheKey("1000000", "GB");
  cache.Add(first_cold, std::nullopt);
  for (uint64_t n = 1; n < 10'000; ++n) {
    const PhoneCacheKey cold = *MakePhoneCacheKey(std::to_string(1'000'000 + n), "GB");
    ASSERT_EQ(cache.Find(cold), nullptr);
    cache.Add(cold, std::nullopt);
    ASSERT_LE(cache.size(), cache.capacity());
    if (n % 16 == 0) {
      const std::optional<ValidPhone>* found = cache.Find(hot);
      ASSERT_NE(found, nullptr) << "after " << n << " other candidates";
      ASSERT_TRUE(found->has_value());
      EXPECT_EQ((*found)->e164, "+447700900123");
    }
  }
  EXPECT_GT(cache.turnovers(), 100u);
  EXPECT_EQ(cache.Find(first_cold), nullptr);
}

TEST(PhoneCache, KeysKeepLeadingZerosAndThePlus) {
  EXPECT_NE(*MakePhoneCacheKey("0612345678", "FR"), *MakePhoneCacheKey("612345678", "FR"));
  EXPECT_NE(*MakePhoneCacheKey("+33612345678", ""), *MakePhoneCacheKey("33612345678", ""));
  EXPECT_EQ(*MakePhoneCacheKey("0612345678", "FR"), *MakePhoneCacheKey("0612345678", "FR"));
  // Too long for a key: not cached (read every time).
  EXPECT_FALSE(MakePhoneCacheKey("12345678901234567890", "FR").has_value());
  EXPECT_TRUE(MakePhoneCacheKey("1234567890123456789", "FR").has_value());
}

}  // namespace
}  // namespace ariadne::extract
