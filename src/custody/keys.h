// The case's Ed25519 signing key (libsodium), kept in DIR/keys/:
//   case.pub  one line "ed25519 <base64 public key>", in clear: give it to whoever verifies
//   case.key  JSON; the secret key either sealed with a passphrase (Argon2id via crypto_pwhash,
//             then XSalsa20-Poly1305 via crypto_secretbox) or, without a passphrase, in clear with
//             file mode 0600 ("held as the deployment decides": e.g. an encrypted disk or an HSM
//             wrapper around the folder).
// Thread-safe (no shared state) once libsodium is initialised (done by every function here).
#pragma once

#include <array>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "core/status.h"

namespace ariadne::custody {

using PublicKey = std::array<unsigned char, 32>;

struct KeyPair {
  PublicKey public_key{};
  std::array<unsigned char, 64> secret_key{};  // libsodium's seed || public key form
};

KeyPair GenerateKeyPair();

// Writes DIR/keys/case.pub and DIR/keys/case.key (mode 0600). With an empty passphrase the secret
// is stored in clear. Conflict when a key exists already.
Status SaveKeyPair(const std::filesystem::path& case_dir, const KeyPair& keys,
                   std::string_view passphrase);
// The public key of the case; IoError when absent, Corrupt when unreadable.
Result<PublicKey> LoadPublicKey(const std::filesystem::path& case_dir);
// Reads a public key file ("ed25519 <base64>" or bare base64).
Result<PublicKey> ReadPublicKeyFile(const std::filesystem::path& file);
Result<PublicKey> ParsePublicKey(std::string_view text, std::string_view what);
std::string PublicKeyFileText(const PublicKey& key);
// The secret key; InvalidInput naming what to do when the key is sealed and the passphrase is empty
// or wrong.
Result<KeyPair> LoadKeyPair(const std::filesystem::path& case_dir, std::string_view passphrase);
// Whether the secret key is sealed with a passphrase.
Result<bool> KeyIsSealed(const std::filesystem::path& case_dir);

// The passphrase from $ARIADNE_PASSPHRASE, else from `file` (first line) when not empty, else "".
Result<std::string> PassphraseFrom(const std::string& file);

// Hex SHA-256 of the public key; the key id is its first 16 digits.
std::string Fingerprint(const PublicKey& key);
std::string KeyId(const PublicKey& key);

std::string Sign(const KeyPair& keys, std::string_view message);  // base64 signature
bool VerifySignature(const PublicKey& key, std::string_view message,
                     std::string_view signature_b64);

std::string Base64(std::string_view bytes);
std::optional<std::string> FromBase64(std::string_view text);

}  // namespace ariadne::custody
