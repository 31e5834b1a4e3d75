// Typed reading of one TOML file with positioned errors (see toml_reader.h).
#include "flag/toml_reader.h"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace ariadne::flag {
namespace {

std::string_view TypeName(const toml::node& node) {
  switch (node.type()) {
    case toml::node_type::string:
      return "a string";
    case toml::node_type::integer:
      return "an integer";
    case toml::node_type::floating_point:
      return "a number";
    case toml::node_type::boolean:
      return "a boolean";
    case toml::node_type::array:
      return "an array";
    case toml::node_type::table:
      return "a table";
    default:
      return "a date or time";
  }
}

}  // namespace

SourcePosition TomlReader::At(const toml::node& node) const {
  return {file_, static_cast<int>(node.source().begin.line),
          static_cast<int>(node.source().begin.column)};
}

SourcePosition TomlReader::At(const toml::key& key) const {
  return {file_, static_cast<int>(key.source().begin.line),
          static_cast<int>(key.source().begin.column)};
}

std::optional<toml::table> TomlReader::ParseIfPresent() {
  std::error_code ec;
  if (!std::filesystem::exists(file_, ec)) return std::nullopt;
  return Parse();
}

std::optional<toml::table> TomlReader::Parse() {
  std::ifstream in(file_, std::ios::binary);
  if (!in) {
    Error(FileStart(), fmt::format("cannot read the file: {}", std::strerror(errno)));
    return std::nullopt;
  }
  std::stringstream content;
  content << in.rdbuf();
  try {
    return toml::parse(std::string_view(content.str()), std::string_view(file_));
  } catch (const toml::parse_error& e) {
    Error(
        {file_, static_cast<int>(e.source().begin.line), static_cast<int>(e.source().begin.column)},
        fmt::format("TOML syntax: {}", e.description()));
    return std::nullopt;
  }
}

std::optional<std::string> TomlReader::String(const toml::table& table, std::string_view key,
                                              const SourcePosition& owner, bool required) {
  const toml::node* node = table.get(key);
  if (node == nullptr) {
    if (required) Error(owner, fmt::format("missing key \"{}\" (a string)", key));
    return std::nullopt;
  }
  if (!node->is_string()) {
    Error(At(*node), fmt::format("\"{}\" must be a string, not {}", key, TypeName(*node)));
    return std::nullopt;
  }
  return node->as_string()->get();
}

std::optional<int64_t> TomlReader::Integer(const toml::table& table, std::string_view key,
                                           const SourcePosition& owner, bool required) {
  const toml::node* node = table.get(key);
  if (node == nullptr) {
    if (required) Error(owner, fmt::format("missing key \"{}\" (an integer)", key));
    return std::nullopt;
  }
  if (!node->is_integer()) {
    Error(At(*node), fmt::format("\"{}\" must be an integer, not {}", key, TypeName(*node)));
    return std::nullopt;
  }
  return node->as_integer()->get();
}

std::optional<double> TomlReader::Number(const toml::table& table, std::string_view key,
                                         const SourcePosition& owner, bool required) {
  const toml::node* node = table.get(key);
  if (node == nullptr) {
    if (required) Error(owner, fmt::format("missing key \"{}\" (a number)", key));
    return std::nullopt;
  }
  if (node->is_integer()) return static_cast<double>(node->as_integer()->get());
  if (!node->is_floating_point()) {
    Error(At(*node), fmt::format("\"{}\" must be a number, not {}", key, TypeName(*node)));
    return std::nullopt;
  }
  return node->as_floating_point()->get();
}

std::optional<bool> TomlReader::Boolean(const toml::table& table, std::string_view key) {
  const toml::node* node = table.get(key);
  if (node == nullptr) return std::nullopt;
  if (!node->is_boolean()) {
    Error(At(*node), fmt::format("\"{}\" must be true or false, not {}", key, TypeName(*node)));
    return std::nullopt;
  }
  return node->as_boolean()->get();
}

std::vector<PositionedString> TomlReader::StringArray(const toml::table& table,
                                                      std::string_view key) {
  std::vector<PositionedString> values;
  const toml::node* node = table.get(key);
  if (node == nullptr) return values;
  if (!node->is_array()) {
    Error(At(*node),
          fmt::format("\"{}\" must be an array of strings, not {}", key, TypeName(*node)));
    return values;
  }
  for (const toml::node& element : *node->as_array()) {
    if (!element.is_string()) {
      Error(At(element), fmt::format("\"{}\" must hold strings, not {}", key, TypeName(element)));
      continue;
    }
    values.push_back({element.as_string()->get(), At(element)});
  }
  return values;
}

std::vector<std::pair<PositionedString, PositionedString>> TomlReader::StringTable(
    const toml::table& table, std::string_view key) {
  std::vector<std::pair<PositionedString, PositionedString>> values;
  const toml::node* node = table.get(key);
  if (node == nullptr) return values;
  if (!node->is_table()) {
    Error(At(*node),
          fmt::format("\"{}\" must be a table of strings, not {}", key, TypeName(*node)));
    return values;
  }
  for (const auto& [k, v] : *node->as_table()) {
    if (!v.is_string()) {
      Error(At(v), fmt::format("\"{}.{}\" must be a string, not {}", key, k.str(), TypeName(v)));
      continue;
    }
    values.push_back({{std::string(k.str()), At(k)}, {v.as_string()->get(), At(v)}});
  }
  return values;
}

void TomlReader::CheckKeys(const toml::table& table, std::initializer_list<std::string_view> known,
                           std::string_view what) {
  for (const auto& [key, value] : table) {
    bool found = false;
    std::string allowed;
    for (std::string_view k : known) {
      found = found || key.str() == k;
      allowed += (allowed.empty() ? "" : ", ") + std::string(k);
    }
    if (!found) {
      Error(At(key),
            fmt::format("unknown key \"{}\" in {} (known keys: {})", key.str(), what, allowed));
    }
  }
}

void TomlReader::ReportUnknownName(const toml::table& table, std::string_view key,
                                   std::string_view value, std::string allowed) {
  Error(At(*table.get(key)), fmt::format("unknown {} \"{}\" (one of: {})", key, value, allowed));
}

}  // namespace ariadne::flag
