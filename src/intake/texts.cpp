#include "intake/texts.h"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "core/shipped_data.h"
#include "intake/text_limits.h"

namespace ariadne::intake {
namespace {

std::string Where(const std::filesystem::path& file, const toml::source_region& at) {
  return fmt::format("{}:{}:{}", file.string(), at.begin.line, at.begin.column);
}

Result<std::string> RequiredString(const std::filesystem::path& file, const toml::table& table,
                                   std::string_view key) {
  const toml::node* node = table.get(key);
  if (node == nullptr) {
    return InvalidInput(
        fmt::format("{}: missing key \"{}\": add it", Where(file, table.source()), key));
  }
  const auto* s = node->as_string();
  if (s == nullptr || s->get().empty()) {
    return InvalidInput(
        fmt::format("{}: \"{}\" must be a non-empty string", Where(file, node->source()), key));
  }
  return s->get();
}

Result<LanguageTexts> LoadOne(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return IoError(fmt::format("{}: cannot open", file.string()));
  std::stringstream content;
  content << in.rdbuf();
  toml::table root;
  try {
    root = toml::parse(std::string_view(content.str()), file.string());
  } catch (const toml::parse_error& e) {
    return InvalidInput(fmt::format("{}: {}", Where(file, e.source()), e.description()));
  }
  LanguageTexts t;
  Result<std::string> code = RequiredString(file, root, "code");
  if (!code.ok()) return code.status();
  t.code = *code;
  if (!IsLanguageCode(t.code) || file.stem() != t.code) {
    return InvalidInput(
        fmt::format("{}: code \"{}\" must be the two-letter ISO 639-1 code the file is named after",
                    file.string(), t.code));
  }
  Result<std::string> name = RequiredString(file, root, "name");
  if (!name.ok()) return name.status();
  t.name = *name;
  const auto version = root["consent_version"].value<int64_t>();
  if (!version || *version <= 0) {
    return InvalidInput(
        fmt::format("{}: consent_version must be a positive integer (raise it whenever a consent "
                    "text changes)",
                    file.string()));
  }
  t.consent_version = *version;
  const toml::table* consent = root["consent"].as_table();
  const toml::table* strings = root["strings"].as_table();
  if (consent == nullptr || strings == nullptr) {
    return InvalidInput(fmt::format("{}: needs the tables [consent] and [strings]", file.string()));
  }
  Result<std::string> tip = RequiredString(file, *consent, "tip");
  if (!tip.ok()) return tip.status();
  Result<std::string> check = RequiredString(file, *consent, "check");
  if (!check.ok()) return check.status();
  t.tip_consent = *tip;
  t.check_consent = *check;
  for (const auto& [key, node] : *strings) {
    Result<std::string> s = RequiredString(file, *strings, key.str());
    if (!s.ok()) return s.status();
    t.strings.emplace(std::string(key.str()), *s);
  }
  return t;
}

}  // namespace

std::string LanguageTexts::ConsentRecord() const {
  return fmt::format("{}/{}", code, consent_version);
}

const LanguageTexts* IntakeTexts::Find(std::string_view code) const {
  for (const LanguageTexts& t : languages) {
    if (t.code == code) return &t;
  }
  return nullptr;
}

Result<IntakeTexts> LoadIntakeTexts(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> files;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (entry.path().extension() == ".toml") files.push_back(entry.path());
  }
  if (ec) return IoError(fmt::format("{}: cannot read: {}", dir.string(), ec.message()));
  std::sort(files.begin(), files.end());
  IntakeTexts texts;
  for (const auto& file : files) {
    Result<LanguageTexts> t = LoadOne(file);
    if (!t.ok()) return t.status();
    texts.languages.push_back(std::move(t).value());
  }
  const LanguageTexts* english = texts.Find("en");
  if (english == nullptr) {
    return NotFound(
        fmt::format("{}: no en.toml: the English texts are the reference", dir.string()));
  }
  for (const LanguageTexts& t : texts.languages) {
    for (const auto& [key, value] : english->strings) {
      if (!t.strings.contains(key)) {
        return InvalidInput(fmt::format("{}/{}.toml: [strings] lacks \"{}\" (en.toml has it)",
                                        dir.string(), t.code, key));
      }
    }
  }
  return texts;
}

Result<std::filesystem::path> FindIntakeTextsDirectory(const std::string& explicit_dir) {
  std::error_code ec;
  if (!explicit_dir.empty()) {
    if (std::filesystem::is_directory(explicit_dir, ec)) return std::filesystem::path(explicit_dir);
    return NotFound(fmt::format("{}: not a directory", explicit_dir));
  }
  Result<std::filesystem::path> found =
      FindShippedData({.env = "ARIADNE_INTAKE_TEXTS",
                       .installed = "intake",
                       .source_tree = ARIADNE_SOURCE_INTAKE_DIR,
                       .file = ""},
                      "set ARIADNE_INTAKE_TEXTS to the data/intake folder");
  if (!found.ok()) return NotFound("the intake texts: " + found.status().message());
  return found;
}

}  // namespace ariadne::intake
