#include "core/sha256.h"

// The one-call SHA256_* functions are deprecated in OpenSSL 3 in favour of EVP, which allocates a
// context per hash; they stay supported and use the same SHA-extension code.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/sha.h>

namespace ariadne {

namespace {

static_assert(sizeof(SHA256_CTX) <= 128 && alignof(SHA256_CTX) <= 8,
              "Sha256::state_ must hold a SHA256_CTX");

std::string Hex(const unsigned char* digest) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out(SHA256_DIGEST_LENGTH * 2, '0');
  for (int i = 0; i < SHA256_DIGEST_LENGTH; ++i) {
    out[2 * i] = kHex[digest[i] >> 4];
    out[2 * i + 1] = kHex[digest[i] & 0xF];
  }
  return out;
}

}  // namespace

Sha256::Sha256() {
  SHA256_Init(reinterpret_cast<SHA256_CTX*>(state_.data()));
}

void Sha256::Update(std::string_view bytes) {
  SHA256_Update(reinterpret_cast<SHA256_CTX*>(state_.data()), bytes.data(), bytes.size());
}

std::string Sha256::HexDigest() {
  unsigned char digest[SHA256_DIGEST_LENGTH];
  SHA256_Final(digest, reinterpret_cast<SHA256_CTX*>(state_.data()));
  return Hex(digest);
}

std::string Sha256Hex(std::string_view bytes) {
  unsigned char digest[SHA256_DIGEST_LENGTH];
  SHA256(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(), digest);
  return Hex(digest);
}

}  // namespace ariadne
