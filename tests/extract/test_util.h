// Helpers for the extract tests: one shared extractor, and lookups in its results.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/extract.h"

namespace ariadne::extract::testing {

inline const SelectorExtractor& Extractor() {
  static const std::unique_ptr<SelectorExtractor> extractor = [] {
    auto created = SelectorExtractor::Create();
    EXPECT_TRUE(created.ok()) << created.status().message();
    return std::move(created.value());
  }();
  return *extractor;
}

inline std::vector<Selector> Extract(std::string_view text, std::string region = "",
                                     bool ads = true) {
  ExtractContext context;
  context.region = std::move(region);
  context.ads = ads;
  return Extractor().Extract(text, context);
}

// The values of one type, in order.
inline std::vector<std::string> Values(const std::vector<Selector>& selectors,
                                       std::string_view type) {
  std::vector<std::string> values;
  for (const Selector& s : selectors) {
    if (s.type == type) values.push_back(s.value);
  }
  return values;
}

inline std::vector<std::string> Values(std::string_view text, std::string_view type,
                                       std::string region = "") {
  return Values(Extract(text, std::move(region)), type);
}

inline const Selector* First(const std::vector<Selector>& selectors, std::string_view type) {
  for (const Selector& s : selectors) {
    if (s.type == type) return &s;
  }
  return nullptr;
}

inline std::string Detail(const Selector& s, std::string_view key) {
  for (const auto& [k, v] : s.details) {
    if (k == key) return v;
  }
  return "";
}

}  // namespace ariadne::extract::testing
