// Shared presentation for subcommands: errors on stderr, documents as JSON, terminal detection.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "core/document.h"
#include "core/status.h"

namespace ariadne::cli {

// Prints "ariadne: error: <message>" on stderr and returns the exit code for the status.
int ReportError(const Status& status);
// Whether stderr / stdout is a terminal (progress and colour only then).
bool StderrIsTerminal();
bool StdoutIsTerminal();
// A document with its provenance and images as a JSON object (the `show --json` format).
nlohmann::json DocumentToJson(const Document& doc);
// Prints one JSON value as a line on stdout; invalid UTF-8 is replaced, never an exception.
void PrintJsonLine(const nlohmann::json& value);

}  // namespace ariadne::cli
