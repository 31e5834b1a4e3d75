// Fuzz target for selector extraction: any bytes, with a region hint taken from the first two
// bytes. Invariants: offsets inside the input, start < end, raw equals the original substring,
// results ordered by start. A violation traps.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "extract/extract.h"

namespace {

// Built once. Building the Vectorscan database takes seconds under the sanitizers, which must not
// count against the first input's time limit: libFuzzer calls LLVMFuzzerInitialize before it.
const ariadne::extract::SelectorExtractor& Extractor() {
  static const std::unique_ptr<ariadne::extract::SelectorExtractor> extractor = [] {
    auto created = ariadne::extract::SelectorExtractor::Create();
    if (!created.ok()) __builtin_trap();
    return std::move(created.value());
  }();
  return *extractor;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  Extractor();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const ariadne::extract::SelectorExtractor& extractor = Extractor();
  static const char* const kRegions[] = {"", "GB", "FR", "DE", "US", "RO", "UA", "LT", "zz"};
  ariadne::extract::ExtractContext context;
  if (size > 0) context.region = kRegions[data[0] % (sizeof kRegions / sizeof kRegions[0])];
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto selectors = extractor.Extract(text, context);
  size_t previous = 0;
  for (const auto& s : selectors) {
    if (s.start >= s.end || s.end > size) __builtin_trap();
    if (s.raw != text.substr(s.start, s.end - s.start)) __builtin_trap();
    if (s.start < previous) __builtin_trap();
    if (s.type.empty() || s.value.empty()) __builtin_trap();
    previous = s.start;
  }
  return 0;
}
