#include "custody/merkle.h"

#include <sodium/crypto_hash_sha256.h>

namespace ariadne::custody {

namespace {

Hash Finish(crypto_hash_sha256_state& st) {
  Hash h;
  crypto_hash_sha256_final(&st, h.data());
  return h;
}

// The largest power of two strictly smaller than n (n >= 2): where RFC 6962 splits a tree.
uint64_t SplitPoint(uint64_t n) {
  uint64_t k = 1;
  while (k << 1 < n) k <<= 1;
  return k;
}

// MTH over leaf_hashes[begin, end): recursive, depth log2(n).
Hash SubtreeRoot(const std::vector<Hash>& leaves, uint64_t begin, uint64_t end) {
  const uint64_t n = end - begin;
  if (n == 1) return leaves[begin];
  const uint64_t k = SplitPoint(n);
  return NodeHash(SubtreeRoot(leaves, begin, begin + k), SubtreeRoot(leaves, begin + k, end));
}

// PATH(m, D[begin:end]) per RFC 6962 §2.1.1, appended deepest first.
void Path(const std::vector<Hash>& leaves, uint64_t m, uint64_t begin, uint64_t end,
          std::vector<Hash>& out) {
  const uint64_t n = end - begin;
  if (n <= 1) return;
  const uint64_t k = SplitPoint(n);
  if (m < k) {
    Path(leaves, m, begin, begin + k, out);
    out.push_back(SubtreeRoot(leaves, begin + k, end));
  } else {
    Path(leaves, m - k, begin + k, end, out);
    out.push_back(SubtreeRoot(leaves, begin, begin + k));
  }
}

}  // namespace

Hash Sha256Of(std::string_view bytes) {
  Hash h;
  crypto_hash_sha256(h.data(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  return h;
}

Hash LeafHash(std::string_view data) {
  crypto_hash_sha256_state st;
  crypto_hash_sha256_init(&st);
  const unsigned char prefix = 0x00;
  crypto_hash_sha256_update(&st, &prefix, 1);
  crypto_hash_sha256_update(&st, reinterpret_cast<const unsigned char*>(data.data()), data.size());
  return Finish(st);
}

Hash NodeHash(const Hash& left, const Hash& right) {
  crypto_hash_sha256_state st;
  crypto_hash_sha256_init(&st);
  const unsigned char prefix = 0x01;
  crypto_hash_sha256_update(&st, &prefix, 1);
  crypto_hash_sha256_update(&st, left.data(), left.size());
  crypto_hash_sha256_update(&st, right.data(), right.size());
  return Finish(st);
}

Hash RootFromLeafHashes(const std::vector<Hash>& leaf_hashes) {
  if (leaf_hashes.empty()) return Sha256Of("");
  return SubtreeRoot(leaf_hashes, 0, leaf_hashes.size());
}

std::optional<std::vector<Hash>> InclusionProof(const std::vector<Hash>& leaf_hashes,
                                                uint64_t index) {
  if (index >= leaf_hashes.size()) return std::nullopt;
  std::vector<Hash> out;
  Path(leaf_hashes, index, 0, leaf_hashes.size(), out);
  return out;
}

bool VerifyInclusion(uint64_t index, uint64_t tree_size, const Hash& leaf_hash,
                     const std::vector<Hash>& proof, const Hash& root) {
  // RFC 9162 §2.1.3.2, step by step.
  if (index >= tree_size) return false;
  uint64_t fn = index;
  uint64_t sn = tree_size - 1;
  Hash r = leaf_hash;
  for (const Hash& p : proof) {
    if (sn == 0) return false;
    if ((fn & 1) == 1 || fn == sn) {
      r = NodeHash(p, r);
      if ((fn & 1) == 0) {
        while ((fn & 1) == 0 && fn != 0) {
          fn >>= 1;
          sn >>= 1;
        }
      }
    } else {
      r = NodeHash(r, p);
    }
    fn >>= 1;
    sn >>= 1;
  }
  return sn == 0 && r == root;
}

std::string ToHex(const Hash& h) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  out.reserve(64);
  for (uint8_t b : h) {
    out.push_back(kDigits[b >> 4]);
    out.push_back(kDigits[b & 15]);
  }
  return out;
}

std::optional<Hash> FromHex(std::string_view hex) {
  if (hex.size() != 64) return std::nullopt;
  auto nibble = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  Hash h;
  for (size_t i = 0; i < 32; ++i) {
    const int hi = nibble(hex[2 * i]);
    const int lo = nibble(hex[2 * i + 1]);
    if (hi < 0 || lo < 0) return std::nullopt;
    h[i] = static_cast<uint8_t>(hi << 4 | lo);
  }
  return h;
}

}  // namespace ariadne::custody
