// Whole-run import benchmark: generates a synthetic corpus of text-only ads, then times the real
// `ariadne init` + `ariadne import` as a separate process and reports ads/s, MB/s and its peak
// memory. Goal (issue 2): at least 20,000 text-only ads/s on one core; peak memory under 500 MB
// whatever the size.
//
// Usage: import_bench [--ads N] [--keep DIR]     (default 100,000 ads in a temporary folder)
#include <fmt/format.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "child_run.h"
#include "demo/corpus.h"

namespace {

namespace fs = std::filesystem;

using ariadne::bench::ChildRun;

ChildRun Run(std::vector<std::string> args) {
  return ariadne::bench::RunChild(std::move(args));
}

}  // namespace

int main(int argc, char** argv) {
  int64_t ads = 100000;
  std::string keep;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--ads") == 0 && i + 1 < argc)
      ads = std::atoll(argv[++i]);
    else if (std::strcmp(argv[i], "--keep") == 0 && i + 1 < argc)
      keep = argv[++i];
    else {
      fmt::print(stderr, "usage: import_bench [--ads N] [--keep DIR]\n");
      return 2;
    }
  }
  const fs::path dir = keep.empty()
                           ? fs::temp_directory_path() / fmt::format("ariadne-bench-{}", getpid())
                           : fs::path(keep);
  fs::remove_all(dir);
  fs::create_directories(dir);
  const fs::path corpus = dir / "ads.jsonl";
  {
    std::ofstream out(corpus, std::ios::binary);
    ariadne::demo::WriteTextOnlyAds(out, ads, 7);
  }
  const double mb = static_cast<double>(fs::file_size(corpus)) / 1e6;
  const std::string binary = ARIADNE_BINARY;
  const std::string case_dir = (dir / "case").string();
  ChildRun init =
      Run({binary, "init", case_dir, "--name", "bench", "--purpose", "benchmark", "--legal-basis",
           "synthetic data", "--retention-days", "1", "--region", "GB"});
  if (init.exit_code != 0) {
    fmt::print(stderr, "init failed\n");
    return 1;
  }
  ChildRun imp = Run({binary, "import", "--case", case_dir, corpus.string(), "--quiet"});
  if (imp.exit_code != 0) {
    fmt::print(stderr, "import failed with exit code {}\n", imp.exit_code);
    return 1;
  }
  fmt::print("import_bench: {} text-only ads, {:.1f} MB of JSON lines\n", ads, mb);
  fmt::print(
      "  time        {:.2f} s (whole `ariadne import` process: hashing, blob, parse, index)\n",
      imp.seconds);
  fmt::print("  ads/s       {:.0f}   (goal >= 20000)\n", static_cast<double>(ads) / imp.seconds);
  fmt::print("  MB/s        {:.1f}\n", mb / imp.seconds);
  fmt::print("  peak memory {:.1f} MB (goal < 500)\n", imp.peak_mb);
  if (keep.empty()) fs::remove_all(dir);
  return 0;
}
