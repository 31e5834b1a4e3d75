#include "server/gazetteer.h"

#include <fmt/format.h>

#include <charconv>
#include <cstdlib>
#include <fstream>
#include <vector>

#include "core/shipped_data.h"
#include "core/text.h"

namespace ariadne::server {

namespace fs = std::filesystem;

namespace {

// Names are matched without case and surrounding spaces ("  Leeds" finds "leeds").
std::string Fold(std::string_view s) {
  return AsciiLower(Trim(s));
}

bool ParseDouble(std::string_view text, double lo, double hi, double* out) {
  const std::string s(text);
  char* end = nullptr;
  const double v = std::strtod(s.c_str(), &end);
  if (s.empty() || end != s.c_str() + s.size() || v < lo || v > hi) return false;
  *out = v;
  return true;
}

}  // namespace

Result<Gazetteer> Gazetteer::Load(const fs::path& file) {
  std::ifstream in(file);
  if (!in) return IoError(fmt::format("{}: cannot read the gazetteer", file.string()));
  Gazetteer g;
  std::string line;
  int64_t n = 0;
  bool header = true;
  while (std::getline(in, line)) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    if (header) {  // the column names
      header = false;
      continue;
    }
    const std::vector<std::string_view> cols = Split(line, '\t');
    Place p;
    if (cols.size() < 4 || cols[0].empty() || !ParseDouble(cols[2], -90, 90, &p.lat) ||
        !ParseDouble(cols[3], -180, 180, &p.lon)) {
      return InvalidInput(
          fmt::format("{}:{}: expected name, country, lat, lon[, aliases] separated by tabs",
                      file.string(), n));
    }
    p.name = std::string(cols[0]);
    p.country = std::string(cols[1]);
    g.places_.emplace(Fold(p.name), p);
    if (cols.size() >= 5) {
      for (std::string_view alias : Split(cols[4], ',')) {
        if (!Fold(alias).empty()) g.places_.emplace(Fold(alias), p);
      }
    }
  }
  return g;
}

std::optional<Place> Gazetteer::Find(std::string_view name) const {
  auto it = places_.find(Fold(name));
  if (it == places_.end()) return std::nullopt;
  return it->second;
}

fs::path FindGazetteerFile() {
  Result<fs::path> file = FindShippedData({.env = "ARIADNE_DATA",
                                           .installed = "data",
                                           .source_tree = ARIADNE_SOURCE_DATA_DIR,
                                           .file = "cities.tsv"},
                                          "");
  return file.ok() ? *file : fs::path();
}

}  // namespace ariadne::server
