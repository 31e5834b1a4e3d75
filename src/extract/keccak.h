// Keccak-256 as used by Ethereum (the original Keccak submission padding 0x01, not FIPS 202
// SHA3-256's 0x06). Used for EIP-55 address checksums.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace ariadne::extract {

std::array<uint8_t, 32> Keccak256(std::string_view data);

}  // namespace ariadne::extract
