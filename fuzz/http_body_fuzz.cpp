// Fuzz target: HTTP response heads and the body decoder (src/capture/http_body.cpp): the first
// byte picks the codings, the rest is fed in pieces; the decoded body never exceeds its cap.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "capture/http_body.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string_view input(reinterpret_cast<const char*>(data) + 1, size - 1);
  (void)ariadne::capture::ParseHttpResponseHead(input);
  static const char* const kCodings[] = {"", "gzip", "deflate", "br"};
  const size_t cap = 4096;
  ariadne::capture::BodyDecoder d((data[0] & 1) ? "chunked" : "", kCodings[(data[0] >> 1) & 3],
                                  cap);
  for (size_t i = 0; i < input.size(); i += 7) d.Feed(input.substr(i, 7));
  d.Finish();
  if (d.decoded().size() > cap) __builtin_trap();
  return 0;
}
