// SHA-256 (FIPS 180-4) via libsodium: the name of every blob and the fingerprint of every record.
#pragma once

#include <sodium/crypto_hash_sha256.h>

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace ariadne {

// Incremental hasher for streams. Not thread-safe; cheap to create.
class Sha256 {
 public:
  Sha256();
  void Update(std::string_view bytes);
  // Finishes the hash and returns it as 64 lower-case hex digits. Call once.
  std::string HexDigest();

 private:
  crypto_hash_sha256_state state_{};
};

// The hex SHA-256 of `bytes`.
std::string Sha256Hex(std::string_view bytes);

}  // namespace ariadne
