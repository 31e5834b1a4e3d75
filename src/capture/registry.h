// The table of importers (registry.cpp). Adding a format: one file, one row there, one test.
#pragma once

#include <filesystem>
#include <string_view>
#include <vector>

#include "capture/importer.h"

namespace ariadne::capture {

// Every importer, in the order auto-detection tries them.
const std::vector<const Importer*>& Importers();
// The importer called `name`, or nullptr.
const Importer* FindImporter(std::string_view name);
// The first importer that recognises the file, or nullptr. Reads the first few KiB.
const Importer* DetectImporter(const std::filesystem::path& path);

}  // namespace ariadne::capture
