// Cryptocurrency addresses, each checked before it is reported:
//  - Bitcoin legacy (P2PKH "1…", P2SH "3…"): Base58Check, 25 bytes, version 0x00 or 0x05, checksum
//  the first
//    4 bytes of SHA-256(SHA-256(payload)) (Bitcoin wiki "Base58Check encoding").
//  - Bitcoin SegWit "bc1…": bech32 (BIP 173) for witness version 0, bech32m (BIP 350) for 1-16;
//  program 2-40
//    bytes, 20 or 32 for version 0.
//  - Ethereum "0x" + 40 hex: when the hex mixes cases, the EIP-55 checksum (Keccak-256 of the
//  lower-case
//    hex) must hold; all-lower or all-upper addresses carry no checksum and are accepted.
//  - TRON "T…": Base58Check, 25 bytes, version 0x41 (TRON protocol documentation, "Account
//  address").
// Values: "btc:<address>" (bech32 lower case), "eth:<lower-case hex>", "trx:<address>".
#include <sodium.h>

#include <array>
#include <optional>
#include <vector>

#include "extract/extractor.h"
#include "extract/keccak.h"
#include "extract/text_util.h"

namespace ariadne::extract {
namespace {

constexpr std::string_view kBase58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

std::optional<std::vector<uint8_t>> Base58Decode(std::string_view s) {
  std::vector<uint8_t> bytes;  // big-endian
  for (char c : s) {
    const size_t digit = kBase58.find(c);
    if (digit == std::string_view::npos) return std::nullopt;
    unsigned carry = static_cast<unsigned>(digit);
    for (auto it = bytes.rbegin(); it != bytes.rend(); ++it) {
      carry += 58u * *it;
      *it = static_cast<uint8_t>(carry & 0xFF);
      carry >>= 8;
    }
    while (carry > 0) {
      bytes.insert(bytes.begin(), static_cast<uint8_t>(carry & 0xFF));
      carry >>= 8;
    }
  }
  size_t zeros = 0;
  while (zeros < s.size() && s[zeros] == '1') ++zeros;
  bytes.insert(bytes.begin(), zeros, 0);
  return bytes;
}

bool Base58CheckValid(std::string_view s, uint8_t version) {
  auto bytes = Base58Decode(s);
  if (!bytes || bytes->size() != 25 || (*bytes)[0] != version) return false;
  unsigned char h1[crypto_hash_sha256_BYTES], h2[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(h1, bytes->data(), 21);
  crypto_hash_sha256(h2, h1, sizeof h1);
  return std::equal(h2, h2 + 4, bytes->begin() + 21);
}

// BIP 173 checksum polynomial.
uint32_t Bech32Polymod(const std::vector<uint8_t>& values) {
  constexpr uint32_t kGen[5] = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
  uint32_t chk = 1;
  for (uint8_t v : values) {
    const uint32_t top = chk >> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (int i = 0; i < 5; ++i) {
      if ((top >> i) & 1) chk ^= kGen[i];
    }
  }
  return chk;
}

bool SegwitValid(std::string_view address) {
  constexpr std::string_view kCharset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
  const std::string lower = AsciiLowerCopy(address);
  bool has_lower = false, has_upper = false;
  for (char c : address) {
    has_lower |= c >= 'a' && c <= 'z';
    has_upper |= c >= 'A' && c <= 'Z';
  }
  if ((has_lower && has_upper) || lower.size() < 14 || lower.size() > 90 ||
      !lower.starts_with("bc1")) {
    return false;
  }
  std::vector<uint8_t> values = {3, 3, 0, 2, 3};  // hrp "bc" expanded: high bits, 0, low bits
  std::vector<uint8_t> data;
  for (size_t i = 3; i < lower.size(); ++i) {
    const size_t v = kCharset.find(lower[i]);
    if (v == std::string_view::npos) return false;
    data.push_back(static_cast<uint8_t>(v));
  }
  values.insert(values.end(), data.begin(), data.end());
  const uint32_t check = Bech32Polymod(values);
  const uint8_t version = data[0];
  if (version > 16) return false;
  if (check != (version == 0 ? 1u : 0x2bc830a3u)) return false;
  // Witness program: 5-bit groups to bytes, no padding beyond 4 zero bits.
  uint32_t acc = 0;
  int bits = 0;
  size_t program = 0;
  for (size_t i = 1; i + 6 < data.size(); ++i) {
    acc = (acc << 5) | data[i];
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      ++program;
    }
  }
  if (bits >= 5 || (acc & ((1u << bits) - 1)) != 0) return false;
  if (program < 2 || program > 40) return false;
  if (version == 0 && program != 20 && program != 32) return false;
  return true;
}

bool Eip55Valid(std::string_view hex40) {
  bool has_lower = false, has_upper = false;
  for (char c : hex40) {
    has_lower |= c >= 'a' && c <= 'f';
    has_upper |= c >= 'A' && c <= 'F';
  }
  if (!(has_lower && has_upper)) return true;
  const std::string lower = AsciiLowerCopy(hex40);
  const auto hash = Keccak256(lower);
  for (size_t i = 0; i < 40; ++i) {
    const char c = hex40[i];
    if (!IsAsciiAlpha(c)) continue;
    const int nibble = (i % 2 == 0) ? (hash[i / 2] >> 4) : (hash[i / 2] & 0x0F);
    const bool upper = c >= 'A' && c <= 'F';
    if (upper != (nibble >= 8)) return false;
  }
  return true;
}

void Emit(ScanState& state, size_t start, size_t end, std::string value, const char* chain) {
  Found f;
  f.type = SelectorType::kCrypto;
  f.value = std::move(value);
  f.start = start;
  f.end = end;
  f.details = {{"chain", chain}};
  state.Claim(start, end);
  state.Emit(std::move(f));
}

void ExtractCrypto(std::span<const Hit> hits, ScanState& state) {
  const std::string_view t = state.text;
  for (const Hit& hit : hits) {
    const std::string_view token = t.substr(hit.from, hit.to - hit.from);
    switch (hit.pattern) {
      case 0:
        if (Base58CheckValid(token, token[0] == '1' ? 0x00 : 0x05)) {
          Emit(state, hit.from, hit.to, "btc:" + std::string(token), "bitcoin");
        }
        break;
      case 1:
        if (SegwitValid(token))
          Emit(state, hit.from, hit.to, "btc:" + AsciiLowerCopy(token), "bitcoin");
        break;
      case 2:
        if (Eip55Valid(token.substr(2))) {
          Emit(state, hit.from, hit.to, "eth:" + AsciiLowerCopy(token), "ethereum");
        }
        break;
      case 3:
        if (Base58CheckValid(token, 0x41))
          Emit(state, hit.from, hit.to, "trx:" + std::string(token), "tron");
        break;
      default:
        break;
    }
  }
}

bool IsBase58(char c) {
  return kBase58.find(c) != std::string_view::npos;
}

// The matches of kPatterns[0] and [3]: a whole run of word bytes (the \b at both ends) that
// starts with one of `first` and goes on with Base58 only, `min` to `max` bytes long.
void FindBase58Runs(const ByteClasses& classes, uint32_t pattern, std::string_view first,
                    size_t min, size_t max, std::vector<Hit>& out) {
  const std::string_view text = classes.text;
  ForEachLongWordRun(classes, min, [&](size_t start, size_t end) {
    if (end - start > max || first.find(text[start]) == std::string_view::npos) return;
    for (size_t k = start + 1; k < end; ++k) {
      if (!IsBase58(text[k])) return;
    }
    out.push_back(Hit{pattern, start, end});
  });
}
void FindBitcoinLegacy(const ByteClasses& classes, uint32_t pattern, std::vector<Hit>& out) {
  FindBase58Runs(classes, pattern, "13", 26, 35, out);
}
void FindTron(const ByteClasses& classes, uint32_t pattern, std::vector<Hit>& out) {
  FindBase58Runs(classes, pattern, "T", 34, 34, out);
}

// The matches of kPatterns[0] and [3] in one pass over the long word runs (see
// ExtractorInfo::natives_together): a run is at most one of them (they start with different
// letters), and runs come in order.
void FindBase58Addresses(const ByteClasses& classes, std::vector<Hit>& out) {
  const std::string_view text = classes.text;
  ForEachLongWordRun(classes, 26, [&](size_t start, size_t end) {
    const size_t length = end - start;
    const bool bitcoin = length <= 35 && (text[start] == '1' || text[start] == '3');
    const bool tron = length == 34 && text[start] == 'T';
    if (!bitcoin && !tron) return;
    for (size_t k = start + 1; k < end; ++k) {
      if (!IsBase58(text[k])) return;
    }
    out.push_back(Hit{bitcoin ? 0u : 3u, start, end});
  });
}

// Patterns 0 and 3 are found natively (character classes only; see extractor.h): with them in the
// database, it cost about 8 instructions per byte more on the bench corpus (with the IBAN pattern).
constexpr PrescanPattern kPatterns[] = {
    {R"(\b[13][1-9A-HJ-NP-Za-km-z]{25,34}\b)", HS_FLAG_SOM_LEFTMOST, kCueLongAlnumRun, false,
     FindBitcoinLegacy},
    {R"(\b(?:bc1|BC1)[02-9ac-hj-np-zAC-HJ-NP-Z]{11,87}\b)", HS_FLAG_SOM_LEFTMOST, kCueLongAlnumRun},
    {R"(\b0x[0-9a-fA-F]{40}\b)", HS_FLAG_SOM_LEFTMOST, kCueLongAlnumRun},
    {R"(\bT[1-9A-HJ-NP-Za-km-z]{33}\b)", HS_FLAG_SOM_LEFTMOST, kCueLongAlnumRun, false, FindTron},
};

}  // namespace

extern const ExtractorInfo kCryptoExtractor = {
    "crypto",
    "Bitcoin (Base58Check, bech32/bech32m), Ethereum (EIP-55) and TRON (Base58Check 0x41) "
    "addresses",
    4,
    "Bitcoin Base58Check; BIP 173; BIP 350; EIP-55; FIPS 202 Keccak; TRON address format",
    kPatterns,
    ExtractCrypto,
    /*ads_only=*/false,
    FindBase58Addresses,
};

}  // namespace ariadne::extract
