// Reading one member of a zip file in tests (evidence bundles, chat exports), with libzip.
#pragma once

#include <zip.h>

#include <filesystem>
#include <string>

namespace ariadne::testing {

// The bytes of member `name` of the zip at `zip_path`; "" when the zip or the member is missing.
inline std::string ZipMember(const std::filesystem::path& zip_path, const std::string& name) {
  int err = 0;
  zip_t* z = zip_open(zip_path.c_str(), ZIP_RDONLY, &err);
  if (z == nullptr) return "";
  std::string out;
  if (zip_file_t* f = zip_fopen(z, name.c_str(), 0)) {
    char buf[4096];
    for (zip_int64_t n; (n = zip_fread(f, buf, sizeof buf)) > 0;) {
      out.append(buf, static_cast<size_t>(n));
    }
    zip_fclose(f);
  }
  zip_discard(z);
  return out;
}

}  // namespace ariadne::testing
