// Fuzz target: the analyst's search query parser.
#include <cstdint>
#include <string_view>

#include "store/search_query.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto q =
      ariadne::store::ParseSearchQuery(std::string_view(reinterpret_cast<const char*>(data), size));
  if (q.ok()) {
    for (const auto& t : q->terms) {
      if (t.text.empty()) __builtin_trap();  // empty terms would become empty FTS5 strings
    }
  }
  return 0;
}
