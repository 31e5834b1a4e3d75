#include <gtest/gtest.h>

#include "extract/test_util.h"

namespace ariadne::extract {
namespace {

using testing::Values;
using V = std::vector<std::string>;

TEST(Crypto, BitcoinBase58Check) {
  // The genesis-block address; then one character changed.
  EXPECT_EQ(Values("btc 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "crypto"),
            V{"btc:1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"});
  EXPECT_TRUE(Values("btc 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb", "crypto").empty());
}

TEST(Crypto, BitcoinBech32AndBech32m) {
  // BIP 173 and BIP 350 test vectors.
  EXPECT_EQ(Values("BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4", "crypto"),
            V{"btc:bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"});
  EXPECT_EQ(Values("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0", "crypto"),
            V{"btc:bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0"});
  EXPECT_TRUE(Values("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5", "crypto").empty());
}

TEST(Crypto, EthereumEip55) {
  // EIP-55 test vector; the same with one letter's case flipped fails.
  EXPECT_EQ(Values("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "crypto"),
            V{"eth:0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"});
  EXPECT_TRUE(Values("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD", "crypto").empty());
  EXPECT_EQ(Values("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed", "crypto"),
            V{"eth:0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"});
}

TEST(Crypto, TronBase58Check) {
  EXPECT_EQ(Values("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t", "crypto"),
            V{"trx:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"});
  EXPECT_TRUE(Values("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u", "crypto").empty());
}

// Issue 3 item 4 (set 18: 0 of 4): an address wrapped over two lines, each piece alone on its line.
TEST(Crypto, WrappedOverTwoLines) {
  EXPECT_EQ(Values("tips / deposit BTC\n1HqbDEbtG71jZNLFK\nGWjZ4TkkDjTpKVRYb", "crypto"),
            V{"btc:1HqbDEbtG71jZNLFKGWjZ4TkkDjTpKVRYb"});
  EXPECT_EQ(Values("TRX\nTR7NHqjeKQxGTCi8q\n8ZY4pL8otSzgjLj6t\ncopy", "crypto"),
            V{"trx:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"});
}

// Issue 3 item 4 (set 24's crypto_groups4): an address written in groups of four, as wallets show
// it, is the address; groups that do not make one stay apart.
TEST(Crypto, WrittenInGroupsOfFour) {
  EXPECT_EQ(Values("ETH: 0x52 9084 0009 8527 886E 0F70 3006 9857 D2E4 169E E7", "crypto"),
            V{"eth:0x52908400098527886e0f7030069857d2e4169ee7"});
  EXPECT_EQ(Values("BTC: bc1q w508 d6qe jxtd g4y5 r3za rvar y0c5 xw7k v8f3 t4 thanks", "crypto"),
            V{"btc:bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"});
  EXPECT_EQ(Values("ETH: 0x52 9084 0009 8527 886E 0F70 3006 9857 D2E4 169E E", "crypto"), V{});
}

// Issue 3 item 4 (set 24's crypto_wrapped): an address wrapped over two lines after its label on
// the first, a quoted reply's "> " opening the second.
TEST(Crypto, WrappedOverTwoLinesAfterALabel) {
  EXPECT_EQ(Values("ETH: 0x52908400098527886E\n0F7030069857D2E4169EE7", "crypto"),
            V{"eth:0x52908400098527886e0f7030069857d2e4169ee7"});
  EXPECT_EQ(Values("> BTC: bc1qw508d6qejxtdg4y5\n> r3zarvary0c5xw7kv8f3t4\n\nok", "crypto"),
            V{"btc:bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"});
  EXPECT_EQ(Values("ETH: 0x52908400098527886E\n0F7030069857D2E4169EE", "crypto"), V{});
}

}  // namespace
}  // namespace ariadne::extract
