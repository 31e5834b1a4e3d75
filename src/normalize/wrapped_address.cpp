// A crypto address wrapped over two lines (see wrapped_address.h).
#include "normalize/wrapped_address.h"

#include <initializer_list>

#include "normalize/ascii_classes.h"

namespace ariadne::normalize {
namespace {

constexpr size_t kMinWrappedPiece = 8;

bool IsBlank(char c) {
  return c == ' ' || c == '\t';
}

// The address whose prefix of `prefix` bytes starts at t[start], wrapped: appended to `out` when
// its two pieces make one of `lengths`.
template <typename IsDataChar>
void WrappedAddressAt(std::string_view t, size_t start, size_t prefix,
                      std::initializer_list<size_t> lengths, IsDataChar is_data,
                      std::vector<PartSpread>& out) {
  size_t k = start + prefix;
  while (k < t.size() && is_data(t[k])) ++k;
  const size_t first_end = k;
  if (first_end - start < kMinWrappedPiece) return;
  if (k < t.size() && t[k] == '\r') ++k;
  if (k >= t.size() || t[k] != '\n') return;
  ++k;
  if (k + 1 < t.size() && t[k] == '>' && IsBlank(t[k + 1])) k += 2;  // a quoted reply's line
  const size_t rest = k;
  while (k < t.size() && is_data(t[k])) ++k;
  if (k == rest || (k < t.size() && !IsBlank(t[k]) && t[k] != '\n' && t[k] != '\r')) return;
  const size_t length = first_end - start + (k - rest);
  for (const size_t wanted : lengths) {
    if (length != wanted) continue;
    std::string glued(t.substr(start, first_end - start));
    glued.append(t.substr(rest, k - rest));
    out.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(k), std::move(glued),
                   static_cast<uint32_t>(k), true});
    return;
  }
}

}  // namespace

void WrappedEthereumAt(std::string_view text, size_t start, std::vector<PartSpread>& out) {
  WrappedAddressAt(text, start, 2, {42}, IsHexChar, out);
}

void WrappedSegwitAt(std::string_view text, size_t start, std::vector<PartSpread>& out) {
  WrappedAddressAt(text, start, 3, {42, 62}, IsBech32Char, out);
}

}  // namespace ariadne::normalize
