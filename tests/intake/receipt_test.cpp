#include "intake/receipt.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <regex>
#include <set>

#include "support/temp_dir.h"

namespace ariadne::intake {
namespace {

TEST(Receipt, CodesAreSixteenCrockfordCharactersInFourGroupsAndDoNotRepeat) {
  const std::regex shape("^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$");
  std::set<std::string> seen;
  for (int i = 0; i < 2000; ++i) {
    const std::string code = NewReceiptCode();
    EXPECT_TRUE(std::regex_match(code, shape)) << code;
    EXPECT_TRUE(seen.insert(code).second) << "repeated: " << code;
  }
}

TEST(Receipt, TypedCodesAreReadAsCrockfordReadsThem) {
  EXPECT_EQ(CanonicalReceipt("abcd-efgh-jkmn-pqrs"), "ABCDEFGHJKMNPQRS");
  EXPECT_EQ(CanonicalReceipt(" 0o1I L234 5678 9ABC "), "0011123456789ABC");
  EXPECT_EQ(CanonicalReceipt("ABCD-EFGH-JKMN-PQR"), std::nullopt);    // 15 characters
  EXPECT_EQ(CanonicalReceipt("ABCD-EFGH-JKMN-PQRSU"), std::nullopt);  // U is not in the alphabet
  EXPECT_EQ(CanonicalReceipt("ABCD/EFGH/JKMN/PQRS"), std::nullopt);
  EXPECT_EQ(CanonicalReceipt(std::string(100, 'A')), std::nullopt);
}

TEST(Receipt, HashDependsOnTheKeyAndComparesOnlyEqualHashes) {
  ReceiptKey a{}, b{};
  b[0] = 1;
  const std::string h1 = ReceiptHash(a, "ABCDEFGHJKMNPQRS");
  EXPECT_EQ(h1.size(), 32u);
  EXPECT_TRUE(SameReceiptHash(h1, ReceiptHash(a, "ABCDEFGHJKMNPQRS")));
  EXPECT_FALSE(SameReceiptHash(h1, ReceiptHash(b, "ABCDEFGHJKMNPQRS")));
  EXPECT_FALSE(SameReceiptHash(h1, ReceiptHash(a, "ABCDEFGHJKMNPQRT")));
  EXPECT_FALSE(SameReceiptHash(h1, h1.substr(0, 31)));
}

TEST(Receipt, KeyIsCreatedOncePrivateAndThenReused) {
  testing::TempDir dir;
  Result<ReceiptKey> first = LoadOrCreateReceiptKey(dir.path());
  ASSERT_TRUE(first.ok()) << first.status().message();
  Result<ReceiptKey> again = LoadOrCreateReceiptKey(dir.path());
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*first, *again);
  struct stat st {};
  ASSERT_EQ(::stat((dir / "keys/receipt.key").c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
  dir.Write("keys/receipt.key", "short");
  Result<ReceiptKey> broken = LoadOrCreateReceiptKey(dir.path());
  ASSERT_FALSE(broken.ok());
  EXPECT_NE(broken.status().message().find("not 32"), std::string::npos);
}

}  // namespace
}  // namespace ariadne::intake
