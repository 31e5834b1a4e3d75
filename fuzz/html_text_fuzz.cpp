// Fuzz target: the recipe-less page reader (src/capture/charset.cpp, html_text.cpp): any bytes are
// decoded to UTF-8 and parsed; the main text and title must be valid UTF-8 and links absolute
// http(s) URLs.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "capture/charset.h"
#include "capture/html_text.h"
#include "core/text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const ariadne::capture::DecodedText text = ariadne::capture::DecodeToUtf8(input, "text/html");
  const ariadne::capture::HtmlPage page =
      ariadne::capture::HtmlPage::Parse(text.utf8, "http://fuzz.example/dir/page.html");
  if (ariadne::FindInvalidUtf8(page.MainText()).has_value()) __builtin_trap();
  if (ariadne::FindInvalidUtf8(page.Title()).has_value()) __builtin_trap();
  for (const std::string& link : page.Links()) {
    if (link.rfind("http://", 0) != 0 && link.rfind("https://", 0) != 0) __builtin_trap();
  }
  return 0;
}
