// A crypto address broken over two lines where a narrow screen or a mail client wrapped it ("ETH:
// 0xc7b675f09c9781cf⏎7f4075d4d498672dfbde1dc5", a quoted reply's "> " opening the second line),
// which Normalize() writes glued. Internal to src/normalize; tests/normalize/normalize_test.cpp
// tests it through Normalize().
#pragma once

#include <string_view>
#include <vector>

#include "normalize/line_joins.h"

namespace ariadne::normalize {

// Appends to `out` the address wrapped at a line's end that starts at text[start] ("0x" or "bc1",
// after a blank or opening the text): an Ethereum address ("0x" and 40 hex digits) or a SegWit
// one ("bc1" and its data, 42 or 62 characters), its first piece at least kMinWrappedPiece
// characters closing its line, the rest opening the next line (after a quoted reply's '>' and a
// blank maybe) and closed by a blank, a line's end or the text's; the two pieces together exactly
// the address's length. It is rewritten whole, glued; the extractor checks the address. Called by
// FindGroupedAddresses at each "0x" and "bc1" it looks at (one scan for both readings).
void WrappedEthereumAt(std::string_view text, size_t start, std::vector<PartSpread>& out);
void WrappedSegwitAt(std::string_view text, size_t start, std::vector<PartSpread>& out);

}  // namespace ariadne::normalize
