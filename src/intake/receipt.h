// Receipt codes: what an anonymous reporter keeps to read the status of a tip and a reply later.
//
// A code is 16 characters of Crockford's base32 (0-9, A-Z without I, L, O, U: 80 bits from
// libsodium's randombytes), shown as XXXX-XXXX-XXXX-XXXX. The case never stores a code: only its
// keyed hash (BLAKE2b-256 keyed with the case's receipt key, DIR/keys/receipt.key), so a copy of
// the database alone does not give the codes, and equal codes are found by their hash with an index
// and then compared in constant time.
#pragma once

#include <array>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "core/status.h"

namespace ariadne::intake {

inline constexpr size_t kReceiptChars = 16;
using ReceiptKey = std::array<unsigned char, 32>;

// A fresh random code, formatted "XXXX-XXXX-XXXX-XXXX". Thread-safe.
std::string NewReceiptCode();

// The 16 canonical characters of a code as a person may type it back: case, spaces and hyphens do
// not matter, and the letters Crockford reads as digits (O as 0, I and L as 1) are accepted.
// Empty when it is not a code.
std::optional<std::string> CanonicalReceipt(std::string_view typed);

// The keyed hash (32 bytes) of a canonical code.
std::string ReceiptHash(const ReceiptKey& key, std::string_view canonical_code);

// Constant-time equality of two hashes (sodium_memcmp); false when the sizes differ.
bool SameReceiptHash(std::string_view a, std::string_view b);

// The receipt key of the case in `case_dir` (DIR/keys/receipt.key, 32 random bytes, mode 0600),
// created on first use. Safe when several processes create it at once: one file wins.
Result<ReceiptKey> LoadOrCreateReceiptKey(const std::filesystem::path& case_dir);

}  // namespace ariadne::intake
