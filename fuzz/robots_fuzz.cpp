// Fuzz target: robots.txt (src/capture/robots.cpp). The first line of the input is a path to check,
// the rest the file; nothing may crash or take long, and /robots.txt is always allowed.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "capture/robots.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const size_t nl = input.find('\n');
  const std::string_view path = input.substr(0, nl == std::string_view::npos ? 0 : nl);
  const ariadne::capture::RobotsRules rules =
      ariadne::capture::RobotsRules::Parse(input, "AriadneBot");
  (void)rules.Allowed(path);
  (void)rules.Allowed("/");
  if (!rules.Allowed("/robots.txt")) __builtin_trap();
  return 0;
}
