#include "extract/keccak.h"

#include <gtest/gtest.h>

namespace ariadne::extract {
namespace {

std::string Hex(const std::array<uint8_t, 32>& h) {
  static const char* digits = "0123456789abcdef";
  std::string s;
  for (uint8_t b : h) {
    s.push_back(digits[b >> 4]);
    s.push_back(digits[b & 15]);
  }
  return s;
}

// Known Keccak-256 digests (Ethereum's keccak256).
TEST(Keccak, KnownDigests) {
  EXPECT_EQ(Hex(Keccak256("")), "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
  EXPECT_EQ(Hex(Keccak256("abc")),
            "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45");
  EXPECT_EQ(Hex(Keccak256(std::string(200, 'a'))).size(), 64u);  // multi-block input
}

}  // namespace
}  // namespace ariadne::extract
