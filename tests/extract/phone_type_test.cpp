// FastNumberType (extract/phone_type.h) answers as libphonenumber's GetNumberType and
// GetRegionCodeForNumber do, for every region's and non-geographic entity's example numbers of
// every type and for their neighbours (digits changed, added and removed), which fall into other
// types, other regions of a shared calling code or none.
#include "extract/phone_type.h"

#include <gtest/gtest.h>

#include <random>
#include <set>
#include <string>
#include <vector>

namespace ariadne::extract {
namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

const PhoneNumberUtil::PhoneNumberType kTypes[] = {
    PhoneNumberUtil::FIXED_LINE,      PhoneNumberUtil::MOBILE,      PhoneNumberUtil::TOLL_FREE,
    PhoneNumberUtil::PREMIUM_RATE,    PhoneNumberUtil::SHARED_COST, PhoneNumberUtil::VOIP,
    PhoneNumberUtil::PERSONAL_NUMBER, PhoneNumberUtil::PAGER,       PhoneNumberUtil::UAN,
    PhoneNumberUtil::VOICEMAIL};

// Example numbers of every type of every region and non-geographic entity.
std::vector<PhoneNumber> Examples() {
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  std::vector<PhoneNumber> numbers;
  std::set<std::string> regions;
  util.GetSupportedRegions(&regions);
  for (const std::string& region : regions) {
    for (const auto type : kTypes) {
      PhoneNumber number;
      if (util.GetExampleNumberForType(region, type, &number)) numbers.push_back(number);
    }
  }
  std::set<int> codes;
  util.GetSupportedGlobalNetworkCallingCodes(&codes);
  for (const int code : codes) {
    PhoneNumber number;
    if (util.GetExampleNumberForNonGeoEntity(code, &number)) numbers.push_back(number);
  }
  return numbers;
}

size_t CompareOn(const PhoneNumber& number, std::set<int>& types_seen) {
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  const std::optional<NumberTypeAndRegion> fast = FastNumberType(number);
  std::string region;
  util.GetRegionCodeForNumber(number, &region);
  const PhoneNumberUtil::PhoneNumberType type = util.GetNumberType(number);
  std::string e164;
  util.Format(number, PhoneNumberUtil::E164, &e164);
  EXPECT_TRUE(fast.has_value()) << e164;
  if (!fast) return 0;
  EXPECT_EQ(fast->type, type) << e164;
  EXPECT_EQ(fast->region, region) << e164;
  types_seen.insert(static_cast<int>(type));
  return 1;
}

TEST(PhoneType, EveryRegionsMetadataCompiles) {
  EXPECT_TRUE(FastNumberTypeCoversAllRegions());
}

TEST(PhoneType, AnswersAsLibphonenumberOnEveryExampleAndItsNeighbours) {
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  const std::vector<PhoneNumber> examples = Examples();
  ASSERT_GT(examples.size(), 1000u);
  std::mt19937 random(20261203);
  std::set<int> types_seen;
  size_t compared = 0;
  for (const PhoneNumber& example : examples) {
    compared += CompareOn(example, types_seen);
    std::string national;
    util.GetNationalSignificantNumber(example, &national);
    // Neighbours: one digit changed at each place, a digit added or removed, random tails.
    std::vector<std::string> variants;
    for (size_t i = 0; i < national.size(); ++i) {
      std::string v = national;
      v[i] = static_cast<char>('0' + (v[i] - '0' + 1 + random() % 9) % 10);
      variants.push_back(v);
    }
    variants.push_back(national + static_cast<char>('0' + random() % 10));
    if (national.size() > 2) variants.push_back(national.substr(0, national.size() - 1));
    for (int k = 0; k < 12; ++k) {
      std::string v = national.substr(0, 1 + random() % national.size());
      const size_t length = 4 + random() % 11;
      while (v.size() < length) v += static_cast<char>('0' + random() % 10);
      variants.push_back(v);
    }
    for (const std::string& v : variants) {
      PhoneNumber number;
      if (util.Parse("+" + std::to_string(example.country_code()) + v, "ZZ", &number) !=
          PhoneNumberUtil::NO_PARSING_ERROR) {
        continue;
      }
      compared += CompareOn(number, types_seen);
    }
  }
  EXPECT_GT(compared, 25000u);
  // The comparison reached every kind of answer, UNKNOWN among them.
  EXPECT_GE(types_seen.size(), 10u);
  EXPECT_TRUE(types_seen.count(PhoneNumberUtil::UNKNOWN));
}

// FastParse gives what Parse gives (the same error or the same number, field for field) for the
// texts the phone extractor reads: each region's example numbers written nationally, with '+',
// after "00" and with the calling code but no '+', under their own region, another region and none,
// and random digits under every region.
TEST(PhoneType, ParsesAsLibphonenumberOnEveryRegionsForms) {
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  std::set<std::string> regions;
  util.GetSupportedRegions(&regions);
  std::mt19937 random(3122026);
  size_t compared = 0, numbers = 0, errors = 0, fast = 0;
  auto compare = [&](const std::string& text, const std::string& region) {
    PhoneNumber expected, actual;
    const bool ok = util.Parse(text, region, &expected) == PhoneNumberUtil::NO_PARSING_ERROR;
    const FastParseResult result = FastParse(text, region, actual);
    ++compared;
    if (result == FastParseResult::kLeft) return;
    ++fast;
    EXPECT_EQ(result == FastParseResult::kNumber, ok) << text << " " << region;
    if (ok && result == FastParseResult::kNumber) {
      ++numbers;
      EXPECT_EQ(actual.SerializeAsString(), expected.SerializeAsString()) << text << " " << region;
    } else if (!ok) {
      ++errors;
    }
  };
  const std::vector<std::string> others = {"GB", "DE", "US", "IT", "ZZ"};
  for (const std::string& region : regions) {
    for (const auto type : kTypes) {
      PhoneNumber example;
      if (!util.GetExampleNumberForType(region, type, &example)) continue;
      std::string national_format, nsn;
      util.Format(example, PhoneNumberUtil::NATIONAL, &national_format);
      util.GetNationalSignificantNumber(example, &nsn);
      std::string national;
      for (const char c : national_format) {
        if (c >= '0' && c <= '9') national += c;
      }
      const std::string code = std::to_string(example.country_code());
      const std::vector<std::string> texts = {
          national,   nsn,       "+" + code + nsn,      "00" + code + nsn,
          code + nsn, "0" + nsn, "+" + code + "0" + nsn};
      for (const std::string& text : texts) {
        compare(text, region);
        for (const std::string& other : others) compare(text, other);
      }
    }
    for (int k = 0; k < 40; ++k) {
      std::string text = k % 4 == 0 ? "0" : (k % 4 == 1 ? "00" : "");
      const size_t length = 7 + random() % 11;
      while (text.size() < length) text += static_cast<char>('0' + random() % 10);
      compare(text, region);
      if (k % 5 == 0) compare("+" + text, "ZZ");
    }
  }
  EXPECT_GT(compared, 30000u);
  // Most texts are answered here, and both numbers and errors were compared.
  EXPECT_GT(fast, compared * 9 / 10);
  EXPECT_GT(numbers, 10000u);
  EXPECT_GT(errors, 1000u);
}

// Numbers of calling codes several regions share are given the region libphonenumber gives
// (leading digits, else the first region whose types match): +44 (GB, GG, IM, JE), +1, +7, +262.
TEST(PhoneType, SharedCallingCodesGetLibphonenumbersRegion) {
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  std::set<int> types_seen;
  std::set<std::string> regions;
  for (const char* text :
       {"+447700900123", "+447781123456", "+447624123456", "+447797123456", "+441481123456",
        "+12015550123", "+14165550123", "+18765550123", "+79161234567", "+77012345678",
        "+262262123456", "+262269612345", "+4402079460123", "+15555550123"}) {
    SCOPED_TRACE(text);
    PhoneNumber number;
    ASSERT_EQ(util.Parse(text, "ZZ", &number), PhoneNumberUtil::NO_PARSING_ERROR);
    CompareOn(number, types_seen);
    if (auto fast = FastNumberType(number)) regions.insert(fast->region);
  }
  EXPECT_GE(regions.size(), 7u);
}

}  // namespace
}  // namespace ariadne::extract
