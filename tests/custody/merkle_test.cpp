// The Merkle tree against hand-computed small trees, the RFC 6962 reference vectors used by the
// Certificate Transparency implementations, and properties: every leaf's proof verifies; any
// flipped bit, another leaf, a wrong index or a size the path cannot have fails.
#include "custody/merkle.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace ariadne::custody {
namespace {

std::string Bytes(std::initializer_list<int> b) {
  std::string s;
  for (int c : b) s.push_back(static_cast<char>(c));
  return s;
}

// The eight leaves of the CT reference tests (certificate-transparency merkle_tree_test).
std::vector<std::string> ReferenceLeaves() {
  return {"",
          Bytes({0x00}),
          Bytes({0x10}),
          Bytes({0x20, 0x21}),
          Bytes({0x30, 0x31}),
          Bytes({0x40, 0x41, 0x42, 0x43}),
          Bytes({0x50, 0x51, 0x52, 0x53, 0x54, 0x55, 0x56, 0x57}),
          Bytes({0x60, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6a, 0x6b, 0x6c, 0x6d,
                 0x6e, 0x6f})};
}

std::vector<Hash> LeafHashes(const std::vector<std::string>& leaves, size_t n) {
  std::vector<Hash> out;
  for (size_t i = 0; i < n; ++i) out.push_back(LeafHash(leaves[i]));
  return out;
}

TEST(MerkleTest, EmptyTreeIsTheHashOfNothing) {
  EXPECT_EQ(ToHex(RootFromLeafHashes({})),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST(MerkleTest, SmallTreesMatchTheirHandComputation) {
  const Hash a = LeafHash("a"), b = LeafHash("b"), c = LeafHash("c"), d = LeafHash("d"),
             e = LeafHash("e");
  EXPECT_EQ(RootFromLeafHashes({a}), a);
  EXPECT_EQ(RootFromLeafHashes({a, b}), NodeHash(a, b));
  // Three leaves split at 2: ((a b) c).
  EXPECT_EQ(RootFromLeafHashes({a, b, c}), NodeHash(NodeHash(a, b), c));
  EXPECT_EQ(RootFromLeafHashes({a, b, c, d}), NodeHash(NodeHash(a, b), NodeHash(c, d)));
  // Five leaves split at 4: (((a b)(c d)) e).
  EXPECT_EQ(RootFromLeafHashes({a, b, c, d, e}),
            NodeHash(NodeHash(NodeHash(a, b), NodeHash(c, d)), e));
  // The domain separation bytes: a leaf is SHA-256(0x00 || data), a node SHA-256(0x01 || l || r).
  EXPECT_EQ(LeafHash("a"), Sha256Of(std::string("\0a", 2)));
  std::string node = "\x01";
  node.append(reinterpret_cast<const char*>(a.data()), 32);
  node.append(reinterpret_cast<const char*>(b.data()), 32);
  EXPECT_EQ(NodeHash(a, b), Sha256Of(node));
}

TEST(MerkleTest, RootsMatchTheRfc6962ReferenceVectors) {
  const std::vector<std::string> expected = {
      "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
      "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
      "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
      "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
      "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
      "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
      "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
      "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"};
  const std::vector<std::string> leaves = ReferenceLeaves();
  for (size_t n = 1; n <= 8; ++n) {
    EXPECT_EQ(ToHex(RootFromLeafHashes(LeafHashes(leaves, n))), expected[n - 1]) << n;
  }
}

TEST(MerkleTest, InclusionProofMatchesTheReferencePath) {
  const std::vector<Hash> leaves = LeafHashes(ReferenceLeaves(), 8);
  const std::optional<std::vector<Hash>> proof = InclusionProof(leaves, 0);
  ASSERT_TRUE(proof);
  ASSERT_EQ(proof->size(), 3u);
  EXPECT_EQ(ToHex((*proof)[0]), "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7");
  EXPECT_EQ(ToHex((*proof)[1]), "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e");
  EXPECT_EQ(ToHex((*proof)[2]), "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
  EXPECT_FALSE(InclusionProof(leaves, 8));
}

std::vector<Hash> Leaves(size_t n) {
  std::vector<Hash> out;
  for (size_t i = 0; i < n; ++i) out.push_back(LeafHash("leaf " + std::to_string(i)));
  return out;
}

TEST(MerkleTest, EveryLeafOfEverySizeProvesItsInclusion) {
  for (size_t n = 1; n <= 70; ++n) {
    const std::vector<Hash> leaves = Leaves(n);
    const Hash root = RootFromLeafHashes(leaves);
    for (size_t i = 0; i < n; ++i) {
      const std::vector<Hash> proof = *InclusionProof(leaves, i);
      EXPECT_TRUE(VerifyInclusion(i, n, leaves[i], proof, root)) << i << " of " << n;
      // The wrong place, the wrong size or another leaf fails.
      if (n > 1) {
        EXPECT_FALSE(VerifyInclusion((i + 1) % n, n, leaves[i], proof, root)) << i << " of " << n;
        EXPECT_FALSE(VerifyInclusion(i, n, leaves[(i + 1) % n], proof, root)) << i << " of " << n;
      }
      // (The tree size alone is not bound by a proof: sizes n and n+1 can share a path, e.g. leaf
      // 0 of 5 and of 6. The size is bound by the signed tree head, which the verifier checks.)
      EXPECT_FALSE(VerifyInclusion(n, n, leaves[i], proof, root));
    }
  }
}

TEST(MerkleTest, AnyFlippedBitInTheProofLeafOrRootFails) {
  for (size_t n : {2u, 5u, 8u, 13u}) {
    const std::vector<Hash> leaves = Leaves(n);
    const Hash root = RootFromLeafHashes(leaves);
    for (size_t i = 0; i < n; ++i) {
      const std::vector<Hash> proof = *InclusionProof(leaves, i);
      for (size_t k = 0; k < proof.size(); ++k) {
        for (int bit = 0; bit < 256; ++bit) {
          std::vector<Hash> bad = proof;
          bad[k][static_cast<size_t>(bit / 8)] ^= static_cast<uint8_t>(1 << (bit % 8));
          ASSERT_FALSE(VerifyInclusion(i, n, leaves[i], bad, root)) << n << " " << i << " " << k;
        }
      }
      for (int bit = 0; bit < 256; bit += 7) {
        Hash leaf = leaves[i];
        leaf[static_cast<size_t>(bit / 8)] ^= static_cast<uint8_t>(1 << (bit % 8));
        ASSERT_FALSE(VerifyInclusion(i, n, leaf, proof, root));
        Hash bad_root = root;
        bad_root[static_cast<size_t>(bit / 8)] ^= static_cast<uint8_t>(1 << (bit % 8));
        ASSERT_FALSE(VerifyInclusion(i, n, leaves[i], proof, bad_root));
      }
      // A proof with one step more or less fails.
      std::vector<Hash> longer = proof;
      longer.push_back(root);
      EXPECT_FALSE(VerifyInclusion(i, n, leaves[i], longer, root));
      if (!proof.empty()) {
        std::vector<Hash> shorter(proof.begin(), proof.end() - 1);
        EXPECT_FALSE(VerifyInclusion(i, n, leaves[i], shorter, root));
      }
    }
  }
}

TEST(MerkleTest, HexRoundTripsAndRejectsMalformedInput) {
  const Hash h = LeafHash("x");
  EXPECT_EQ(FromHex(ToHex(h)), h);
  EXPECT_FALSE(FromHex("abc"));
  EXPECT_FALSE(FromHex(std::string(64, 'g')));
}

}  // namespace
}  // namespace ariadne::custody
