// The words of the public pages, as data: one TOML file per language in data/intake/ (`en.toml`,
// `fr.toml`, …; docs/intake.md describes the format). Each file has the language's code and name,
// the consent texts shown before a tip is sent and before a checked ad is kept, the version of
// those texts (recorded with every tip: which words the reporter agreed to), and the page strings.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace ariadne::intake {

struct LanguageTexts {
  std::string code;  // ISO 639-1
  std::string name;  // in the language itself ("Deutsch")
  int64_t consent_version = 0;
  std::string tip_consent;
  std::string check_consent;
  std::map<std::string, std::string> strings;  // page strings by key

  // "en/1": the consent record stored with a tip.
  std::string ConsentRecord() const;
};

struct IntakeTexts {
  std::vector<LanguageTexts> languages;  // by code

  // The texts of `code`, or nullptr.
  const LanguageTexts* Find(std::string_view code) const;
};

// Loads every *.toml in `dir`. InvalidInput naming `FILE:LINE:COLUMN` for a file that does not
// parse or lacks a required key; InvalidInput when a language lacks a page string that English
// has (so no page shows a missing text); NotFound when there is no English file.
Result<IntakeTexts> LoadIntakeTexts(const std::filesystem::path& dir);

// Finds the texts' directory: `explicit_dir`, else $ARIADNE_INTAKE_TEXTS, else
// <executable>/../share/ariadne/intake, else the source tree's data/intake. NotFound naming every
// place tried.
Result<std::filesystem::path> FindIntakeTextsDirectory(const std::string& explicit_dir);

}  // namespace ariadne::intake
