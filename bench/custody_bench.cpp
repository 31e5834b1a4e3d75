// Custody benchmark: the cost of custody on a whole case. Generates N text-only ads, then times the
// real `ariadne` processes: init (key generation and the first checkpoint), import (including
// sealing every document and signing), verify (re-hash every blob, re-seal every document, check
// the chain and checkpoints), a bundle of ten ads and its verification.
//
// Usage: custody_bench [--ads N]     (default 100,000 ads in a temporary folder)
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
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--ads") == 0 && i + 1 < argc) {
      ads = std::atoll(argv[++i]);
    } else {
      fmt::print(stderr, "usage: custody_bench [--ads N]\n");
      return 2;
    }
  }
  const fs::path dir =
      fs::temp_directory_path() / fmt::format("ariadne-custody-bench-{}", getpid());
  fs::remove_all(dir);
  fs::create_directories(dir);
  const fs::path corpus = dir / "ads.jsonl";
  {
    std::ofstream out(corpus, std::ios::binary);
    ariadne::demo::WriteTextOnlyAds(out, ads, 7);
  }
  const std::string binary = ARIADNE_BINARY;
  const std::string case_dir = (dir / "case").string();
  ChildRun init =
      Run({binary, "init", case_dir, "--name", "bench", "--purpose", "benchmark", "--legal-basis",
           "synthetic data", "--retention-days", "1", "--region", "GB"});
  ChildRun imp = Run({binary, "import", "--case", case_dir, corpus.string(), "--quiet"});
  ChildRun verify = Run({binary, "verify", "--case", case_dir});
  ChildRun bundle = Run({binary, "export", "--case", case_dir, "--format", "bundle", "--docs",
                         "1,2,3,4,5,6,7,8,9,10", "-o", (dir / "b.zip").string()});
  ChildRun check = Run({binary, "verify-bundle", (dir / "b.zip").string()});
  if (init.exit_code != 0 || imp.exit_code != 0 || verify.exit_code != 0 || bundle.exit_code != 0 ||
      check.exit_code != 0) {
    fmt::print(stderr, "custody_bench: a command failed ({} {} {} {} {})\n", init.exit_code,
               imp.exit_code, verify.exit_code, bundle.exit_code, check.exit_code);
    return 1;
  }
  fmt::print("custody_bench: {} text-only ads\n", ads);
  fmt::print("  init (key, event 1, checkpoint)    {:.2f} s\n", init.seconds);
  fmt::print("  import incl. seals + checkpoint    {:.2f} s, {:.0f} ads/s, peak {:.1f} MB\n",
             imp.seconds, static_cast<double>(ads) / imp.seconds, imp.peak_mb);
  fmt::print("  verify (re-hash, re-seal, chain)   {:.2f} s, {:.0f} documents/s, peak {:.1f} MB\n",
             verify.seconds, static_cast<double>(ads) / verify.seconds, verify.peak_mb);
  fmt::print("  bundle of 10 ads (whole file as original) {:.2f} s, {:.1f} MB on disk\n",
             bundle.seconds, static_cast<double>(fs::file_size(dir / "b.zip")) / 1e6);
  fmt::print("  verify-bundle                      {:.2f} s\n", check.seconds);
  fs::remove_all(dir);
  return 0;
}
