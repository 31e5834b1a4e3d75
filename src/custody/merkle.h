// Merkle tree hashing and inclusion proofs as in RFC 6962 §2.1 / RFC 9162 §2.1 (Certificate
// Transparency): leaf hash SHA-256(0x00 || data), node hash SHA-256(0x01 || left || right), the
// tree of n leaves split at the largest power of two smaller than n, the empty tree's hash
// SHA-256(""). An inclusion proof is the list of sibling hashes from the leaf up (RFC 9162
// §2.1.3.1) and is checked with the algorithm of RFC 9162 §2.1.3.2. Pure functions; thread-safe.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ariadne::custody {

using Hash = std::array<uint8_t, 32>;

Hash Sha256Of(std::string_view bytes);
// SHA-256(0x00 || data).
Hash LeafHash(std::string_view data);
// SHA-256(0x01 || left || right).
Hash NodeHash(const Hash& left, const Hash& right);

// MTH(D[n]) over leaf hashes (not the leaves themselves): SHA-256("") for none.
Hash RootFromLeafHashes(const std::vector<Hash>& leaf_hashes);

// The audit path PATH(m, D[n]) of leaf `index`, deepest sibling first. Empty optional when
// index >= size.
std::optional<std::vector<Hash>> InclusionProof(const std::vector<Hash>& leaf_hashes,
                                                uint64_t index);

// RFC 9162 §2.1.3.2: true when `proof` shows that the leaf with hash `leaf_hash` is at `index` in
// the tree of `tree_size` leaves whose root is `root`.
bool VerifyInclusion(uint64_t index, uint64_t tree_size, const Hash& leaf_hash,
                     const std::vector<Hash>& proof, const Hash& root);

std::string ToHex(const Hash& h);
// Parses 64 hex digits (either case); empty optional otherwise.
std::optional<Hash> FromHex(std::string_view hex);

}  // namespace ariadne::custody
