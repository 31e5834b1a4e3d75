#include "capture/compact_json.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <random>
#include <string>

namespace ariadne::capture {
namespace {

using nlohmann::json;
using namespace std::string_literals;

std::string Dump(const json& v) {
  return v.dump(-1, ' ', false, json::error_handler_t::replace);
}

TEST(CompactJson, WritesWhatNlohmannDumpWritesForEveryKindOfValue) {
  const json values[] = {
      nullptr,
      true,
      false,
      0,
      -42,
      int64_t{-9223372036854775807} - 1,
      uint64_t{18446744073709551615u},
      0.5,
      -1e300,
      "",
      "plain",
      "quote \" backslash \\ slash / tab \t nl \n cr \r ff \f bs \b",
      "nul \0 unit \x1f del \x7f"s,  // a std::string literal: the NUL is kept
      "caf\xC3\xA9 \xE2\x80\x8B zero-width \xF0\x9F\x98\x80 emoji",
      "bad \xC3 lone \xFF byte \xED\xA0\x80 surrogate \xC0\xAF overlong",
      json::array(),
      json::object(),
      json::parse(R"({"b":[1,2,{"c":null}],"a":"x","attachments":[],"edited":false,
                      "entities":[{"type":"phone","text":"+44 7700 900123"}],"n":1.25})"),
      json{{"k\x01y", json{{"\xFF", 1}}}},
  };
  for (const json& v : values) EXPECT_EQ(CompactJson(v), Dump(v)) << Dump(v);
}

// Random strings of the bytes that matter (controls, quotes, ASCII, UTF-8 leads and tails, bad
// bytes) in random nests: the two writers agree on every one.
TEST(CompactJson, AgreesWithNlohmannDumpOnRandomValues) {
  std::mt19937 rng(5);
  const std::string bytes =
      std::string("\x00\x01\x1f \"\\/aZ9\x7f\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80", 20) +
      "\x80\xBF\xC0\xC1\xF5\xFF\xED\xA0";
  auto random_string = [&] {
    std::string s;
    for (int i = static_cast<int>(rng() % 12); i > 0; --i) s += bytes[rng() % bytes.size()];
    return s;
  };
  for (int round = 0; round < 3000; ++round) {
    json v = json::object();
    for (int i = static_cast<int>(rng() % 6); i > 0; --i) {
      json inner = json::array();
      for (int k = static_cast<int>(rng() % 4); k > 0; --k) {
        switch (rng() % 4) {
          case 0:
            inner.push_back(random_string());
            break;
          case 1:
            inner.push_back(static_cast<int64_t>(rng()) - 2147483648LL);
            break;
          case 2:
            inner.push_back(json{{random_string(), random_string()}});
            break;
          default:
            inner.push_back(nullptr);
        }
      }
      v[random_string()] = std::move(inner);
    }
    ASSERT_EQ(CompactJson(v), Dump(v)) << Dump(v);
  }
}

}  // namespace
}  // namespace ariadne::capture
