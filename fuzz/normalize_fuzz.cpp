// Fuzz target for src/normalize: Normalize() on any bytes must give valid UTF-8 and a map whose
// spans lie within the input with non-decreasing starts and ends.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/text.h"
#include "normalize/normalize.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const ariadne::normalize::NormalizedText n = ariadne::normalize::Normalize(input);
  if (ariadne::FindInvalidUtf8(n.text).has_value()) __builtin_trap();
  if (n.source.size() != n.text.size()) __builtin_trap();
  if (n.invalid_utf8_repaired < 0) __builtin_trap();
  for (size_t i = 0; i < n.text.size(); ++i) {
    const auto [start, end] = n.source.At(i);
    if (start >= end || end > size) __builtin_trap();
    if (i > 0 && (start < n.source.Start(i - 1) || end < n.source.End(i - 1))) __builtin_trap();
  }
  if (!n.text.empty()) {
    const auto [s, e] = n.OriginalSpan(0, n.text.size());
    if (s > e || e > size) __builtin_trap();
  }
  // Folding is idempotent on its own output.
  const ariadne::normalize::NormalizedText again = ariadne::normalize::Normalize(n.text);
  if (again.invalid_utf8_repaired != 0) __builtin_trap();
  return 0;
}
