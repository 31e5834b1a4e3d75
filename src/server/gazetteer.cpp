#include "server/gazetteer.h"

#include <fmt/format.h>

#include <charconv>
#include <cstdlib>
#include <fstream>
#include <vector>

namespace ariadne::server {

namespace fs = std::filesystem;

namespace {

std::string Fold(std::string_view s) {
  std::string out;
  for (char c : s) out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  while (!out.empty() && (out.back() == ' ' || out.back() == '\r')) out.pop_back();
  size_t start = 0;
  while (start < out.size() && out[start] == ' ') ++start;
  return out.substr(start);
}

std::vector<std::string> Split(const std::string& line, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  for (;;) {
    const size_t pos = line.find(sep, start);
    out.push_back(line.substr(start, pos == std::string::npos ? std::string::npos : pos - start));
    if (pos == std::string::npos) break;
    start = pos + 1;
  }
  return out;
}

bool ParseDouble(const std::string& s, double lo, double hi, double* out) {
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
    const std::vector<std::string> cols = Split(line, '\t');
    Place p;
    if (cols.size() < 4 || cols[0].empty() || !ParseDouble(cols[2], -90, 90, &p.lat) ||
        !ParseDouble(cols[3], -180, 180, &p.lon)) {
      return InvalidInput(
          fmt::format("{}:{}: expected name, country, lat, lon[, aliases] separated by tabs",
                      file.string(), n));
    }
    p.name = cols[0];
    p.country = cols[1];
    g.places_.emplace(Fold(p.name), p);
    if (cols.size() >= 5) {
      for (const std::string& alias : Split(cols[4], ',')) {
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
  std::error_code ec;
  std::vector<fs::path> tried;
  if (const char* env = std::getenv("ARIADNE_DATA"); env != nullptr && *env != '\0')
    tried.push_back(fs::path(env) / "cities.tsv");
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) tried.push_back(exe.parent_path().parent_path() / "share/ariadne/data/cities.tsv");
  tried.push_back(fs::path(ARIADNE_SOURCE_DATA_DIR) / "cities.tsv");
  for (const fs::path& p : tried) {
    if (fs::is_regular_file(p, ec)) return p;
  }
  return {};
}

}  // namespace ariadne::server
