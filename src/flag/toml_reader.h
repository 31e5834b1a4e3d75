// Typed reading of one TOML file with positioned errors (internal to the flag module).
//
// Every getter reports its own problem (a missing key at the position of the table that lacks it,
// a wrong type at the value) as `FILE:LINE:COLUMN: reason`, and returns nothing, so the loader can
// carry on and report every problem of a file in one run.
#pragma once

#include <toml++/toml.h>

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "flag/rules.h"

namespace ariadne::flag {

class TomlReader {
 public:
  TomlReader(std::string file, std::vector<LoadError>& errors)
      : file_(std::move(file)), errors_(errors) {}

  const std::string& file() const { return file_; }
  SourcePosition At(const toml::node& node) const;
  SourcePosition At(const toml::key& key) const;
  SourcePosition FileStart() const { return {file_, 1, 1}; }
  void Error(SourcePosition where, std::string reason) {
    errors_.push_back({std::move(where), std::move(reason)});
  }

  // Parses the whole file; a syntax error or an unreadable file is reported and gives nothing.
  std::optional<toml::table> Parse();
  // The same for an optional data file (the marker lists, the wage table, the pay words): a file
  // that does not exist is no error and gives nothing.
  std::optional<toml::table> ParseIfPresent();

  // `owner` is where the table starts, for "missing key" errors.
  std::optional<std::string> String(const toml::table& table, std::string_view key,
                                    const SourcePosition& owner, bool required);
  std::optional<int64_t> Integer(const toml::table& table, std::string_view key,
                                 const SourcePosition& owner, bool required);
  // An integer or a floating-point number.
  std::optional<double> Number(const toml::table& table, std::string_view key,
                               const SourcePosition& owner, bool required);
  std::optional<bool> Boolean(const toml::table& table, std::string_view key);
  // An optional array of strings (absent: empty).
  std::vector<PositionedString> StringArray(const toml::table& table, std::string_view key);
  // An optional table whose values are all strings (absent: empty).
  std::vector<std::pair<PositionedString, PositionedString>> StringTable(const toml::table& table,
                                                                         std::string_view key);
  // Reports every key of `table` not in `known`; `what` names the table in the message.
  void CheckKeys(const toml::table& table, std::initializer_list<std::string_view> known,
                 std::string_view what);
  // One of `names` (each mapping to values[i]); else reports the allowed names at the value.
  template <typename Enum>
  std::optional<Enum> OneOf(const toml::table& table, std::string_view key,
                            const SourcePosition& owner, bool required,
                            std::initializer_list<std::pair<std::string_view, Enum>> names);

 private:
  void ReportUnknownName(const toml::table& table, std::string_view key, std::string_view value,
                         std::string allowed);
  std::string file_;
  std::vector<LoadError>& errors_;
};

template <typename Enum>
std::optional<Enum> TomlReader::OneOf(
    const toml::table& table, std::string_view key, const SourcePosition& owner, bool required,
    std::initializer_list<std::pair<std::string_view, Enum>> names) {
  const std::optional<std::string> value = String(table, key, owner, required);
  if (!value) return std::nullopt;
  std::string allowed;
  for (const auto& [name, e] : names) {
    if (*value == name) return e;
    allowed += (allowed.empty() ? "" : ", ") + std::string(name);
  }
  ReportUnknownName(table, key, *value, allowed);
  return std::nullopt;
}

}  // namespace ariadne::flag
