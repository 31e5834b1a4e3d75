// Reading rules/data/markers.toml (see markers_loader.h).
#include "flag/markers_loader.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>

#include "flag/checks.h"
#include "flag/patterns.h"
#include "flag/toml_reader.h"

namespace ariadne::flag {
namespace {

constexpr std::string_view kPlaceholder = "{language}";
constexpr std::string_view kMarkerLanguages[] = {"any", "en", "de", "fr", "nl", "ro",
                                                 "bg",  "es", "it", "pl", "ru", "uk"};

Term ReadMarkerTerm(TomlReader& reader, const toml::node& node) {
  Term term;
  term.where = reader.At(node);
  if (!node.is_table()) {
    reader.Error(term.where, "a marker term must be an inline table { lang = ..., phrase = ... }");
    return term;
  }
  const toml::table& table = *node.as_table();
  reader.CheckKeys(table, {"lang", "phrase", "regex"}, "a marker term");
  term.lang = reader.String(table, "lang", term.where, true).value_or("");
  if (table.get("lang") != nullptr &&
      std::find(std::begin(kMarkerLanguages), std::end(kMarkerLanguages), term.lang) ==
          std::end(kMarkerLanguages)) {
    reader.Error(
        reader.At(*table.get("lang")),
        fmt::format("unknown lang \"{}\" (\"any\" or a language of the packs)", term.lang));
  }
  const auto phrase = reader.String(table, "phrase", term.where, false);
  const auto regex = reader.String(table, "regex", term.where, false);
  if (phrase.has_value() == regex.has_value()) {
    reader.Error(term.where, phrase ? "a marker term has both \"phrase\" and \"regex\": keep one"
                                    : "a marker term needs a \"phrase\" or a \"regex\"");
    return term;
  }
  term.phrase = phrase.value_or("");
  term.regex = regex.value_or("");
  term.candidate = true;  // our own lists, like candidate terms (R15)
  const SourcePosition at = reader.At(*table.get(phrase ? "phrase" : "regex"));
  if (const std::string problem = PatternProblem(BuildPattern(term), &term.max_width);
      !problem.empty()) {
    reader.Error(
        at, fmt::format("Vectorscan rejects the {}: {}", phrase ? "phrase" : "regex", problem));
  }
  if (const std::string problem = WordBoundaryProblem(term.regex); !problem.empty()) {
    reader.Error(at, problem);
  }
  return term;
}

void ReadList(TomlReader& reader, const toml::node& node, std::vector<MarkerList>& markers) {
  MarkerList list;
  list.where = reader.At(node);
  if (!node.is_table()) {
    reader.Error(list.where, "a marker list must be a table ([[marker]])");
    return;
  }
  const toml::table& table = *node.as_table();
  reader.CheckKeys(table, {"name", "description", "terms", "mask", "extends"}, "a marker list");
  list.name = reader.String(table, "name", list.where, true).value_or("");
  // `extends = true`: more terms for the list of that name defined above (a block at the end of
  // the file adds to a list without editing it), with no description or mask of its own.
  const bool extends = reader.Boolean(table, "extends").value_or(false);
  list.description = reader.String(table, "description", list.where, !extends).value_or("");
  // Whether a check or a `near` reads the list is checked once the packs are read.
  if (table.get("name") != nullptr) list.name_where = reader.At(*table.get("name"));
  list.mask = reader.Boolean(table, "mask").value_or(false);
  MarkerList* extended = nullptr;
  for (MarkerList& other : markers) {
    if (list.name.empty() || other.name != list.name) continue;
    if (extends) {
      extended = &other;
    } else {
      reader.Error(list.where,
                   fmt::format("duplicate marker list \"{}\" (first at {}:{}:{}; "
                               "`extends = true` adds terms to it)",
                               list.name, other.where.file, other.where.line, other.where.column));
    }
  }
  if (extends && extended == nullptr) {
    reader.Error(list.where,
                 fmt::format("marker list \"{}\" extends no list defined above it", list.name));
  }
  if (extends && (table.get("description") != nullptr || table.get("mask") != nullptr)) {
    reader.Error(list.where,
                 "a marker list that extends another takes its description and mask: "
                 "write only name, extends and terms");
  }
  const toml::node* terms = table.get("terms");
  if (terms == nullptr || !terms->is_array() || terms->as_array()->empty()) {
    reader.Error(terms == nullptr ? list.where : reader.At(*terms),
                 "\"terms\" must be a non-empty array of inline tables");
  } else {
    for (const toml::node& term : *terms->as_array()) {
      list.terms.push_back(ReadMarkerTerm(reader, term));
    }
  }
  if (extended != nullptr) {
    for (Term& term : list.terms) extended->terms.push_back(std::move(term));
    return;
  }
  if (extends) return;
  markers.push_back(std::move(list));
}

// A phrase as a regex: ASCII punctuation escaped, white space as \s+.
std::string PhraseAsRegex(std::string_view phrase) {
  std::string out;
  for (char c : phrase) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == ' ') {
      out += "\\s+";
    } else if (byte < 0x80 && !std::isalnum(byte)) {
      out += '\\';
      out += c;
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace

void ReadMarkers(const std::filesystem::path& file, std::vector<MarkerList>& markers,
                 std::vector<LoadError>& errors) {
  TomlReader reader(file.string(), errors);
  const std::optional<toml::table> root = reader.ParseIfPresent();
  if (!root) return;
  reader.CheckKeys(*root, {"marker"}, "the marker lists");
  const toml::node* lists = root->get("marker");
  if (lists == nullptr || !lists->is_array()) {
    reader.Error(lists == nullptr ? reader.FileStart() : reader.At(*lists),
                 "\"marker\" must be an array of tables ([[marker]])");
    return;
  }
  for (const toml::node& node : *lists->as_array()) ReadList(reader, node, markers);
}

std::string ExpandLanguagePlaceholder(const std::string& regex, std::string_view lang,
                                      const std::vector<MarkerList>& markers, bool* missing) {
  if (regex.find(kPlaceholder) == std::string::npos) return regex;
  const auto list = std::find_if(markers.begin(), markers.end(),
                                 [](const MarkerList& m) { return m.name == "language"; });
  std::string names;
  if (list != markers.end()) {
    for (const Term& t : list->terms) {
      if (t.lang != lang && t.lang != "any") continue;
      names += (names.empty() ? "" : "|") + (t.phrase.empty() ? t.regex : PhraseAsRegex(t.phrase));
    }
  }
  if (names.empty()) {
    *missing = true;
    return regex;
  }
  const std::string group = "(?:" + names + ")";
  std::string out = regex;
  for (size_t at = out.find(kPlaceholder); at != std::string::npos;
       at = out.find(kPlaceholder, at + group.size())) {
    out.replace(at, kPlaceholder.size(), group);
  }
  return out;
}

}  // namespace ariadne::flag
