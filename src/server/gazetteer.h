// The gazetteer of the movement map: data/cities.tsv (name, country, lat, lon, aliases), found
// through $ARIADNE_DATA, <prefix>/share/ariadne/data next to the binary, or the source tree.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "core/status.h"

namespace ariadne::server {

struct Place {
  std::string name;
  std::string country;
  double lat = 0;
  double lon = 0;
};

class Gazetteer {
 public:
  // Reads the file; InvalidInput with file:line for a malformed line.
  static Result<Gazetteer> Load(const std::filesystem::path& file);
  // The place with this name or alias (case-folded for ASCII letters), if any.
  std::optional<Place> Find(std::string_view name) const;

 private:
  std::map<std::string, Place> places_;  // by folded name and aliases
};

// data/cities.tsv as shipped; empty when not found.
std::filesystem::path FindGazetteerFile();

}  // namespace ariadne::server
