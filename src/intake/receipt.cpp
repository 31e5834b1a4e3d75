#include "intake/receipt.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <iterator>

namespace ariadne::intake {
namespace {

// Crockford's base32 alphabet (https://www.crockford.com/base32.html).
constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

bool SodiumReady() {
  static const bool ready = sodium_init() >= 0;
  return ready;
}

}  // namespace

std::string NewReceiptCode() {
  (void)SodiumReady();
  // 10 random bytes are exactly 80 bits: 16 symbols of 5 bits, no bias.
  unsigned char bytes[10];
  randombytes_buf(bytes, sizeof bytes);
  std::string code;
  uint32_t buffer = 0;
  int bits = 0;
  for (unsigned char b : bytes) {
    buffer = (buffer << 8) | b;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      if (code.size() % 5 == 4) code += '-';
      code += kAlphabet[(buffer >> bits) & 31U];
    }
  }
  sodium_memzero(bytes, sizeof bytes);
  return code;
}

std::optional<std::string> CanonicalReceipt(std::string_view typed) {
  if (typed.size() > 64) return std::nullopt;
  std::string out;
  for (char raw : typed) {
    char c = raw >= 'a' && raw <= 'z' ? static_cast<char>(raw - 'a' + 'A') : raw;
    if (c == '-' || c == ' ') continue;
    if (c == 'O') c = '0';
    if (c == 'I' || c == 'L') c = '1';
    if (kAlphabet.find(c) == std::string_view::npos) return std::nullopt;
    out += c;
  }
  if (out.size() != kReceiptChars) return std::nullopt;
  return out;
}

std::string ReceiptHash(const ReceiptKey& key, std::string_view canonical_code) {
  (void)SodiumReady();
  std::string out(32, '\0');
  crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), out.size(),
                     reinterpret_cast<const unsigned char*>(canonical_code.data()),
                     canonical_code.size(), key.data(), key.size());
  return out;
}

bool SameReceiptHash(std::string_view a, std::string_view b) {
  return a.size() == b.size() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

Result<ReceiptKey> LoadOrCreateReceiptKey(const std::filesystem::path& case_dir) {
  (void)SodiumReady();
  const std::filesystem::path dir = case_dir / "keys";
  const std::filesystem::path path = dir / "receipt.key";
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (!std::filesystem::exists(path, ec)) {
    // Written to a private temporary file, then linked into place: link() fails if another
    // process won the race, and then its key is the one read below.
    ReceiptKey fresh;
    randombytes_buf(fresh.data(), fresh.size());
    std::string tmp = (dir / "receipt.key.XXXXXX").string();
    const int fd = ::mkstemp(tmp.data());
    if (fd < 0) return IoError(fmt::format("{}: cannot create the receipt key", dir.string()));
    const bool written =
        ::fchmod(fd, 0600) == 0 &&
        ::write(fd, fresh.data(), fresh.size()) == static_cast<ssize_t>(fresh.size()) &&
        ::fsync(fd) == 0;
    ::close(fd);
    sodium_memzero(fresh.data(), fresh.size());
    if (written) (void)::link(tmp.c_str(), path.c_str());
    ::unlink(tmp.c_str());
    if (!written) return IoError(fmt::format("{}: cannot write the receipt key", tmp));
  }
  std::ifstream in(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in.good() && !in.eof()) return IoError(fmt::format("{}: cannot read", path.string()));
  if (bytes.size() != 32) {
    return Corrupt(fmt::format(
        "{}: the receipt key has {} bytes, not 32: restore it from a backup (without it no "
        "receipt code of this case can be checked)",
        path.string(), bytes.size()));
  }
  ReceiptKey key;
  std::copy(bytes.begin(), bytes.end(), key.begin());
  sodium_memzero(bytes.data(), bytes.size());
  return key;
}

}  // namespace ariadne::intake
