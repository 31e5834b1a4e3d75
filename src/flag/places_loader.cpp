// Reading rules/data/places.toml (see places_loader.h).
#include "flag/places_loader.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <string>

#include "flag/toml_reader.h"

namespace ariadne::flag {
namespace {

// What is wrong with `name` as a place name; empty when nothing is. One lower-case word, '*' only
// at its end (a stem).
std::string NameProblem(std::string_view name) {
  const size_t star = name.find('*');
  const bool has_space = name.find_first_of(" \t\n") != std::string_view::npos;
  const bool has_upper =
      std::any_of(name.begin(), name.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  if (name.empty() || name == "*" || has_space || has_upper ||
      (star != std::string_view::npos && star + 1 != name.size())) {
    return "must be one lower-case word, with '*' only at its end for a stem";
  }
  return "";
}

// Where each name was first given, and for which country: a name says one country only.
struct FirstName {
  std::string country;
  SourcePosition where;
};

void ReadPlace(TomlReader& reader, const toml::node& node, WageTable& table,
               std::map<std::string, FirstName>& seen) {
  const SourcePosition where = reader.At(node);
  if (!node.is_table()) {
    reader.Error(where, "a place must be a table ([[place]])");
    return;
  }
  const toml::table& t = *node.as_table();
  reader.CheckKeys(t, {"country", "names"}, "a place");
  const std::optional<std::string> country = reader.String(t, "country", where, true);
  if (!country) return;
  const auto wage = std::find_if(table.wages.begin(), table.wages.end(),
                                 [&](const MinimumWage& w) { return w.country == *country; });
  if (wage == table.wages.end()) {
    reader.Error(reader.At(*t.get("country")),
                 fmt::format("country \"{}\" has no [[wage]] in minimum-wages.toml: add it there "
                             "(statutory = false when it has no minimum to compare with)",
                             *country));
    return;
  }
  if (t.get("names") == nullptr) reader.Error(where, "missing key \"names\"");
  for (PositionedString& name : reader.StringArray(t, "names")) {
    if (const std::string problem = NameProblem(name.value); !problem.empty()) {
      reader.Error(name.where, fmt::format("name \"{}\" {}", name.value, problem));
      continue;
    }
    const auto [it, inserted] = seen.emplace(name.value, FirstName{*country, name.where});
    if (!inserted) {
      if (it->second.country != *country) {
        reader.Error(name.where,
                     fmt::format("name \"{}\" is already a name of {} ({}:{}:{}): a name says one "
                                 "country only",
                                 name.value, it->second.country, it->second.where.file,
                                 it->second.where.line, it->second.where.column));
      }
      continue;  // the same name twice for one country: read once
    }
    wage->names.push_back(std::move(name.value));
  }
}

}  // namespace

void ReadPlaces(const std::filesystem::path& file, WageTable& table,
                std::vector<LoadError>& errors) {
  TomlReader reader(file.string(), errors);
  const std::optional<toml::table> root = reader.ParseIfPresent();
  if (!root) return;
  table.places_file = file.string();
  reader.CheckKeys(*root, {"place"}, "the places");
  const toml::node* places = root->get("place");
  if (places == nullptr) return;
  if (!places->is_array()) {
    reader.Error(reader.At(*places), "\"place\" must be an array of tables ([[place]])");
    return;
  }
  std::map<std::string, FirstName> seen;
  for (const toml::node& node : *places->as_array()) ReadPlace(reader, node, table, seen);
}

}  // namespace ariadne::flag
