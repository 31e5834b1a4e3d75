// SHA-256 (FIPS 180-4) via OpenSSL's libcrypto, which uses the CPU's SHA extensions where there are
// any (about 4x libsodium's portable code): the name of every blob and the fingerprint of every
// record, so imports hash their input several times over.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace ariadne {

// Incremental hasher for streams. Not thread-safe; cheap to create; copyable (a copy continues
// from the same state).
class Sha256 {
 public:
  Sha256();
  void Update(std::string_view bytes);
  // Finishes the hash and returns it as 64 lower-case hex digits. Call once.
  std::string HexDigest();

 private:
  // libcrypto's SHA256_CTX (112 bytes), kept opaque so that this header does not include OpenSSL.
  alignas(8) std::array<unsigned char, 128> state_{};
};

// The hex SHA-256 of `bytes`.
std::string Sha256Hex(std::string_view bytes);

}  // namespace ariadne
