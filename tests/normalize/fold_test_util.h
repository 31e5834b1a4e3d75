// Helpers for the normalize tests: the folded text, its transforms, and the map back to the
// original, checked.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>

#include "normalize/normalize.h"

namespace ariadne::normalize::testing {

inline std::string Fold(std::string_view s, std::string lang = "") {
  return Normalize(s, {std::move(lang)}).text;
}

inline bool HasTransform(const NormalizedText& n, std::string_view t) {
  return std::find(n.transforms.begin(), n.transforms.end(), t) != n.transforms.end();
}

// The original bytes the folded substring `needle` came from.
inline std::string OriginalOf(std::string_view original, const NormalizedText& n,
                              std::string_view needle) {
  const size_t at = n.text.find(needle);
  if (at == std::string::npos) return "<not found: " + n.text + ">";
  const auto [s, e] = n.OriginalSpan(at, at + needle.size());
  return std::string(original.substr(s, e - s));
}

// Every folded byte maps to a non-empty range inside the original, and the map never goes back.
inline void ExpectMapInvariants(std::string_view original, const NormalizedText& n) {
  ASSERT_EQ(n.source.size(), n.text.size());
  for (size_t i = 0; i < n.text.size(); ++i) {
    EXPECT_LT(n.source.Start(i), n.source.End(i)) << i;
    EXPECT_LE(n.source.End(i), original.size()) << i;
    if (i > 0) {
      EXPECT_LE(n.source.Start(i - 1), n.source.Start(i)) << i;
      EXPECT_LE(n.source.End(i - 1), n.source.End(i)) << i;
    }
  }
}

}  // namespace ariadne::normalize::testing
