#include "core/json_text.h"

#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace ariadne {

size_t JsonPlainRun(std::string_view s, size_t from) {
  size_t p = from;
#if defined(__SSE2__)
  const __m128i quote = _mm_set1_epi8('"');
  const __m128i backslash = _mm_set1_epi8('\\');
  const __m128i below_space = _mm_set1_epi8(0x1F);
  while (p + 16 <= s.size()) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + p));
    const __m128i stop =
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, quote), _mm_cmpeq_epi8(x, backslash)),
                     _mm_cmpeq_epi8(_mm_max_epu8(x, below_space), below_space));
    const int mask = _mm_movemask_epi8(stop);
    if (mask != 0) return p + static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
    p += 16;
  }
#endif
  while (p < s.size()) {
    const auto u = static_cast<unsigned char>(s[p]);
    if (u < 0x20 || u == '"' || u == '\\') return p;
    ++p;
  }
  return p;
}

// A valid UTF-8 string escaped as nlohmann's serializer escapes it with ensure_ascii off: the
// two-character escapes, \u00xx (lower-case hex) for the other control characters below 0x20,
// every other byte as it is (0x7F included).
void AppendValidJsonString(std::string_view s, std::string* out) {
  static constexpr char kHex[] = "0123456789abcdef";
  out->push_back('"');
  size_t plain = 0;
  for (size_t i = JsonPlainRun(s, 0); i < s.size(); i = JsonPlainRun(s, i + 1)) {
    const auto u = static_cast<unsigned char>(s[i]);
    out->append(s.data() + plain, i - plain);
    plain = i + 1;
    switch (u) {
      case '"':
        out->append("\\\"");
        break;
      case '\\':
        out->append("\\\\");
        break;
      case '\b':
        out->append("\\b");
        break;
      case '\t':
        out->append("\\t");
        break;
      case '\n':
        out->append("\\n");
        break;
      case '\f':
        out->append("\\f");
        break;
      case '\r':
        out->append("\\r");
        break;
      default: {
        const char esc[6] = {'\\', 'u', '0', '0', kHex[u >> 4], kHex[u & 0xF]};
        out->append(esc, sizeof esc);
      }
    }
  }
  out->append(s.data() + plain, s.size() - plain);
  out->push_back('"');
}

}  // namespace ariadne
