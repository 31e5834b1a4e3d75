// A crypto address broken over two lines where a narrow screen or a mail client wrapped it ("ETH:
// 0xc7b675f09c9781cf⏎7f4075d4d498672dfbde1dc5", a quoted reply's "> " opening the second line),
// which Normalize() writes glued. Internal to src/normalize; tests/normalize/normalize_test.cpp
// tests it through Normalize().
#pragma once

#include <string_view>
#include <vector>

#include "normalize/line_joins.h"

namespace ariadne::normalize {

// Appends to `out` the addresses wrapped at a line's end: an Ethereum address ("0x" and 40 hex
// digits) or a SegWit one ("bc1" and its data, 42 or 62 characters), its first piece at least
// kMinWrappedPiece characters closing its line (after a blank), the rest opening the next line
// (after a quoted reply's '>' and a blank maybe) and closed by a blank, a line's end or the
// text's; the two pieces together exactly an address's length. Each is rewritten whole, glued;
// the extractor checks the address. Only "0x" (memchr of 'x') and "bc1" (find) are looked at.
void FindWrappedAddresses(std::string_view text, std::vector<PartSpread>& out);

}  // namespace ariadne::normalize
