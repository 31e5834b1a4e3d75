#include "custody/keys.h"

#include <fmt/format.h>
#include <sodium.h>
#include <sys/stat.h>

#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/sha256.h"
#include "core/text.h"

namespace ariadne::custody {

namespace fs = std::filesystem;

namespace {

constexpr const char* kKeyFormat = "ariadne-ed25519-secret/1";

void InitSodium() {
  // sodium_init is idempotent and thread-safe; it fails only without a usable random source.
  if (sodium_init() < 0) std::abort();
}

Result<std::string> ReadAll(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return IoError(fmt::format("{}: cannot read", p.string()));
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

Status WriteFile(const fs::path& p, std::string_view bytes, mode_t mode) {
  {
    std::ofstream out(p, std::ios::binary | std::ios::trunc);
    if (!out) return IoError(fmt::format("{}: cannot write", p.string()));
    out << bytes;
    if (!out.flush()) return IoError(fmt::format("{}: cannot write", p.string()));
  }
  if (chmod(p.c_str(), mode) != 0) {
    return IoError(fmt::format("{}: cannot set its permissions", p.string()));
  }
  return Status::Ok();
}

std::string AsString(const unsigned char* p, size_t n) {
  return std::string(reinterpret_cast<const char*>(p), n);
}

}  // namespace

KeyPair GenerateKeyPair() {
  InitSodium();
  KeyPair k;
  crypto_sign_keypair(k.public_key.data(), k.secret_key.data());
  return k;
}

std::string Base64(std::string_view bytes) {
  InitSodium();
  const size_t len = sodium_base64_encoded_len(bytes.size(), sodium_base64_VARIANT_ORIGINAL);
  std::string out(len, '\0');
  sodium_bin2base64(out.data(), len, reinterpret_cast<const unsigned char*>(bytes.data()),
                    bytes.size(), sodium_base64_VARIANT_ORIGINAL);
  out.resize(len - 1);  // the terminating NUL
  return out;
}

std::optional<std::string> FromBase64(std::string_view text) {
  InitSodium();
  std::string out(text.size(), '\0');
  size_t len = 0;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(),
                        text.size(), nullptr, &len, nullptr, sodium_base64_VARIANT_ORIGINAL) != 0) {
    return std::nullopt;
  }
  out.resize(len);
  return out;
}

std::string PublicKeyFileText(const PublicKey& key) {
  return "ed25519 " + Base64(AsString(key.data(), key.size())) + "\n";
}

Status SaveKeyPair(const fs::path& case_dir, const KeyPair& keys, std::string_view passphrase) {
  InitSodium();
  const fs::path dir = case_dir / "keys";
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (fs::exists(dir / "case.key", ec) || fs::exists(dir / "case.pub", ec)) {
    return Conflict(fmt::format("{}: the case has a key already", dir.string()));
  }
  nlohmann::json j = {{"format", kKeyFormat},
                      {"algorithm", "ed25519"},
                      {"public_key", Base64(AsString(keys.public_key.data(), 32))}};
  if (passphrase.empty()) {
    j["protection"] = "none";
    j["secret_key"] = Base64(AsString(keys.secret_key.data(), 64));
  } else {
    // Argon2id with libsodium's "interactive" limits: about 64 MiB and a fraction of a second per
    // unlock, the documented choice for keys unlocked at each command.
    std::array<unsigned char, crypto_pwhash_SALTBYTES> salt;
    randombytes_buf(salt.data(), salt.size());
    std::array<unsigned char, crypto_secretbox_KEYBYTES> box_key;
    const unsigned long long ops = crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const size_t mem = crypto_pwhash_MEMLIMIT_INTERACTIVE;
    if (crypto_pwhash(box_key.data(), box_key.size(), passphrase.data(), passphrase.size(),
                      salt.data(), ops, mem, crypto_pwhash_ALG_ARGON2ID13) != 0) {
      return Internal("crypto_pwhash: out of memory deriving the key from the passphrase");
    }
    std::array<unsigned char, crypto_secretbox_NONCEBYTES> nonce;
    randombytes_buf(nonce.data(), nonce.size());
    std::string boxed(64 + crypto_secretbox_MACBYTES, '\0');
    crypto_secretbox_easy(reinterpret_cast<unsigned char*>(boxed.data()), keys.secret_key.data(),
                          64, nonce.data(), box_key.data());
    sodium_memzero(box_key.data(), box_key.size());
    j["protection"] = "passphrase";
    j["kdf"] = {{"algorithm", "argon2id13"},
                {"opslimit", ops},
                {"memlimit", mem},
                {"salt", Base64(AsString(salt.data(), salt.size()))}};
    j["cipher"] = "xsalsa20poly1305";
    j["nonce"] = Base64(AsString(nonce.data(), nonce.size()));
    j["sealed_secret_key"] = Base64(boxed);
  }
  ARIADNE_RETURN_IF_ERROR(WriteFile(dir / "case.key", j.dump(2) + "\n", 0600));
  return WriteFile(dir / "case.pub", PublicKeyFileText(keys.public_key), 0644);
}

Result<PublicKey> ParsePublicKey(std::string_view text, std::string_view what) {
  std::string_view t = Trim(text);
  if (t.substr(0, 8) == "ed25519 ") t = Trim(t.substr(8));
  std::optional<std::string> raw = FromBase64(t);
  if (!raw || raw->size() != 32) {
    return Corrupt(
        fmt::format("{}: not an Ed25519 public key (expected \"ed25519 BASE64\")", what));
  }
  PublicKey k;
  std::copy(raw->begin(), raw->end(), k.begin());
  return k;
}

Result<PublicKey> ReadPublicKeyFile(const fs::path& file) {
  Result<std::string> text = ReadAll(file);
  if (!text.ok()) return text.status();
  return ParsePublicKey(*text, file.string());
}

Result<PublicKey> LoadPublicKey(const fs::path& case_dir) {
  return ReadPublicKeyFile(case_dir / "keys" / "case.pub");
}

Result<bool> KeyIsSealed(const fs::path& case_dir) {
  Result<std::string> text = ReadAll(case_dir / "keys" / "case.key");
  if (!text.ok()) return text.status();
  const nlohmann::json j = nlohmann::json::parse(*text, nullptr, false);
  if (!j.is_object()) return Corrupt(fmt::format("{}/keys/case.key: not JSON", case_dir.string()));
  return j.value("protection", "") == "passphrase";
}

Result<KeyPair> LoadKeyPair(const fs::path& case_dir, std::string_view passphrase) {
  InitSodium();
  const fs::path file = case_dir / "keys" / "case.key";
  Result<std::string> text = ReadAll(file);
  if (!text.ok()) return text.status();
  const nlohmann::json j = nlohmann::json::parse(*text, nullptr, false);
  if (!j.is_object() || j.value("format", "") != kKeyFormat) {
    return Corrupt(fmt::format("{}: not an Ariadne case key ({})", file.string(), kKeyFormat));
  }
  std::optional<std::string> secret;
  if (j.value("protection", "") == "none") {
    secret = FromBase64(j.value("secret_key", ""));
  } else {
    if (passphrase.empty()) {
      return InvalidInput(fmt::format(
          "{}: the case key is sealed with a passphrase: set ARIADNE_PASSPHRASE or give "
          "--passphrase-file",
          file.string()));
    }
    const nlohmann::json kdf = j.value("kdf", nlohmann::json::object());
    const std::optional<std::string> salt = FromBase64(kdf.value("salt", ""));
    const std::optional<std::string> nonce = FromBase64(j.value("nonce", ""));
    const std::optional<std::string> boxed = FromBase64(j.value("sealed_secret_key", ""));
    if (!salt || salt->size() != crypto_pwhash_SALTBYTES || !nonce ||
        nonce->size() != crypto_secretbox_NONCEBYTES || !boxed ||
        boxed->size() != 64 + crypto_secretbox_MACBYTES) {
      return Corrupt(fmt::format("{}: damaged sealed key", file.string()));
    }
    std::array<unsigned char, crypto_secretbox_KEYBYTES> box_key;
    if (crypto_pwhash(box_key.data(), box_key.size(), passphrase.data(), passphrase.size(),
                      reinterpret_cast<const unsigned char*>(salt->data()),
                      kdf.value("opslimit", uint64_t{crypto_pwhash_OPSLIMIT_INTERACTIVE}),
                      kdf.value("memlimit", size_t{crypto_pwhash_MEMLIMIT_INTERACTIVE}),
                      crypto_pwhash_ALG_ARGON2ID13) != 0) {
      return Internal("crypto_pwhash: out of memory deriving the key from the passphrase");
    }
    std::string plain(64, '\0');
    const int rc = crypto_secretbox_open_easy(
        reinterpret_cast<unsigned char*>(plain.data()),
        reinterpret_cast<const unsigned char*>(boxed->data()), boxed->size(),
        reinterpret_cast<const unsigned char*>(nonce->data()), box_key.data());
    sodium_memzero(box_key.data(), box_key.size());
    if (rc != 0) {
      return InvalidInput(
          fmt::format("{}: wrong passphrase for the case key (ARIADNE_PASSPHRASE or "
                      "--passphrase-file)",
                      file.string()));
    }
    secret = std::move(plain);
  }
  if (!secret || secret->size() != 64) {
    return Corrupt(fmt::format("{}: damaged secret key", file.string()));
  }
  KeyPair k;
  std::copy(secret->begin(), secret->end(), k.secret_key.begin());
  crypto_sign_ed25519_sk_to_pk(k.public_key.data(), k.secret_key.data());
  sodium_memzero(secret->data(), secret->size());
  return k;
}

Result<std::string> PassphraseFrom(const std::string& file) {
  if (const char* env = std::getenv("ARIADNE_PASSPHRASE"); env != nullptr && *env != '\0') {
    return std::string(env);
  }
  if (file.empty()) return std::string();
  Result<std::string> text = ReadAll(file);
  if (!text.ok()) return text.status();
  std::string first = text->substr(0, text->find('\n'));
  if (!first.empty() && first.back() == '\r') first.pop_back();
  if (first.empty()) return InvalidInput(fmt::format("{}: empty passphrase file", file));
  return first;
}

std::string Fingerprint(const PublicKey& key) {
  return Sha256Hex(AsString(key.data(), key.size()));
}

std::string KeyId(const PublicKey& key) {
  return Fingerprint(key).substr(0, 16);
}

std::string Sign(const KeyPair& keys, std::string_view message) {
  InitSodium();
  std::array<unsigned char, crypto_sign_BYTES> sig;
  crypto_sign_detached(sig.data(), nullptr, reinterpret_cast<const unsigned char*>(message.data()),
                       message.size(), keys.secret_key.data());
  return Base64(AsString(sig.data(), sig.size()));
}

bool VerifySignature(const PublicKey& key, std::string_view message,
                     std::string_view signature_b64) {
  InitSodium();
  const std::optional<std::string> sig = FromBase64(Trim(signature_b64));
  if (!sig || sig->size() != crypto_sign_BYTES) return false;
  return crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(sig->data()),
                                     reinterpret_cast<const unsigned char*>(message.data()),
                                     message.size(), key.data()) == 0;
}

}  // namespace ariadne::custody
