#include "core/shipped_data.h"

#include <fmt/format.h>

#include <cstdlib>
#include <vector>

namespace ariadne {

namespace fs = std::filesystem;

Result<fs::path> FindShippedData(const ShippedData& data, std::string_view advice) {
  auto with_file = [&](const fs::path& dir) { return data.file.empty() ? dir : dir / data.file; };
  auto acceptable = [&](const fs::path& p) {
    std::error_code ec;
    return data.file.empty() ? fs::is_directory(p, ec) : fs::is_regular_file(p, ec);
  };
  if (const char* env = std::getenv(data.env); env != nullptr && *env != '\0') {
    const fs::path p = with_file(env);
    if (acceptable(p)) return p;
    return NotFound(fmt::format("{}={}: {} is not there; {}", data.env, env, p.string(), advice));
  }
  std::vector<fs::path> tried;
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec)
    tried.push_back(with_file(exe.parent_path().parent_path() / "share/ariadne" / data.installed));
  tried.push_back(with_file(data.source_tree));
  std::string names = fmt::format("${}", data.env);
  for (const fs::path& p : tried) {
    if (acceptable(p)) return p;
    names += ", " + p.string();
  }
  return NotFound(fmt::format("not found (tried {}); {}", names, advice));
}

}  // namespace ariadne
