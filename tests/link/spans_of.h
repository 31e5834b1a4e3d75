// The spans of literal needles in a test text, as the contact spans the quoted and mentions checks
// take.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "link/shingles.h"

namespace ariadne::link {

// The spans of each needle in `text` (every occurrence), sorted.
inline std::vector<MaskSpan> SpansOf(const std::string& text,
                                     const std::vector<std::string>& needles) {
  std::vector<MaskSpan> spans;
  for (const std::string& n : needles) {
    for (size_t at = text.find(n); at != std::string::npos; at = text.find(n, at + n.size()))
      spans.push_back({at, at + n.size()});
  }
  std::sort(spans.begin(), spans.end(),
            [](const MaskSpan& a, const MaskSpan& b) { return a.start < b.start; });
  return spans;
}

}  // namespace ariadne::link
