#include "core/sha256.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

namespace ariadne {
namespace {

// Test vectors from FIPS 180-4 examples (NIST CSRC "SHA256.pdf").
TEST(Sha256, MatchesFipsVectors) {
  EXPECT_EQ(Sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(Sha256, IncrementalEqualsOneShot) {
  Sha256 h;
  h.Update("ab");
  h.Update("c");
  EXPECT_EQ(h.HexDigest(), Sha256Hex("abc"));
}

TEST(Sha256, LongInputsInOddPiecesAndCopies) {
  EXPECT_EQ(Sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  const std::string million(1000000, 'a');
  const std::string expected = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0";
  EXPECT_EQ(Sha256Hex(million), expected);
  Sha256 h;
  size_t at = 0;
  for (size_t piece = 1; at < million.size(); piece = piece * 3 % 1000 + 1) {
    const size_t n = std::min(piece, million.size() - at);
    h.Update(std::string_view(million).substr(at, n));
    at += n;
  }
  Sha256 copy = h;  // a copy continues from the same state
  EXPECT_EQ(h.HexDigest(), expected);
  EXPECT_EQ(copy.HexDigest(), expected);
}

}  // namespace
}  // namespace ariadne
