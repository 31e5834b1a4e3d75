// Fuzz target: what the public sends (intake/text_limits.h, intake/receipt.h): tip text and
// contact cleaning, and typed receipt codes. Checks the promises: cleaned text is valid UTF-8,
// within the limit, has no control characters, and a canonical code has 16 alphabet characters.
#include <cstdint>
#include <string_view>

#include "core/text.h"
#include "intake/receipt.h"
#include "intake/text_limits.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  for (bool single_line : {false, true}) {
    auto clean =
        ariadne::intake::CleanPublicText(input, ariadne::intake::kMaxTipText, "text", single_line);
    if (!clean.ok()) continue;
    if (clean->empty() || clean->size() > input.size()) __builtin_trap();
    if (ariadne::FindInvalidUtf8(*clean)) __builtin_trap();
    for (unsigned char c : *clean) {
      if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) __builtin_trap();
      if (single_line && (c == '\n' || c == '\t')) __builtin_trap();
    }
  }
  if (auto code = ariadne::intake::CanonicalReceipt(input)) {
    if (code->size() != ariadne::intake::kReceiptChars) __builtin_trap();
    if (*ariadne::intake::CanonicalReceipt(*code) != *code) __builtin_trap();
  }
  return 0;
}
