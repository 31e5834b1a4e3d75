// Runs the `ariadne` binary as a user would, capturing exit code, stdout and stderr.
#pragma once

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <sstream>
#include <string>
#include <vector>

#include "support/test_paths.h"

namespace ariadne::testing {

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

inline std::string ShellQuote(const std::string& s) {
  std::string q = "'";
  for (char c : s) {
    if (c == '\'')
      q += "'\\''";
    else
      q.push_back(c);
  }
  return q + "'";
}

inline std::string ReadFile(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Runs ARIADNE_BINARY with `args` in `workdir`; stdout and stderr go through files in `workdir`.
// `stdin_file`, when given, is a file in `workdir` fed to standard input.
inline CommandResult RunAriadne(const std::filesystem::path& workdir,
                                const std::vector<std::string>& args,
                                const std::string& stdin_file = "") {
  std::string cmd = "cd " + ShellQuote(workdir.string()) + " && " + ShellQuote(ARIADNE_BINARY);
  for (const std::string& a : args) cmd += " " + ShellQuote(a);
  const auto out = workdir / ".stdout";
  const auto err = workdir / ".stderr";
  cmd += " >" + ShellQuote(out.string()) + " 2>" + ShellQuote(err.string()) + " <" +
         (stdin_file.empty() ? std::string("/dev/null") : ShellQuote(stdin_file));
  const int status = std::system(cmd.c_str());
  CommandResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = ReadFile(out);
  r.err = ReadFile(err);
  return r;
}

}  // namespace ariadne::testing
