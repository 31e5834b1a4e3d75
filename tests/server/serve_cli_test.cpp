// `ariadne user` and `ariadne serve` through the real binary, and `ariadne demo` ending by serving
// the demo case with a demo login.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <nlohmann/json.hpp>
#include <regex>
#include <string>
#include <vector>

#include "support/run_command.h"
#include "support/temp_dir.h"
#include "support/test_paths.h"

namespace ariadne::testing {
namespace {

// The binary running as a child in `workdir`, its stdout read line by line.
class Child {
 public:
  Child(const std::filesystem::path& workdir, const std::vector<std::string>& args) {
    int fds[2];
    if (pipe(fds) != 0) return;
    pid_ = fork();
    if (pid_ == 0) {
      dup2(fds[1], STDOUT_FILENO);
      const int null = open("/dev/null", O_RDWR);
      dup2(null, STDIN_FILENO);
      dup2(null, STDERR_FILENO);
      close(fds[0]);
      if (chdir(workdir.c_str()) != 0) _exit(127);
      std::vector<char*> argv;
      std::string binary = ARIADNE_BINARY;
      argv.push_back(binary.data());
      std::vector<std::string> copy = args;
      for (std::string& a : copy) argv.push_back(a.data());
      argv.push_back(nullptr);
      execv(binary.c_str(), argv.data());
      _exit(127);
    }
    close(fds[1]);
    out_ = fds[0];
  }
  ~Child() {
    if (pid_ > 0 && !waited_) {
      kill(pid_, SIGKILL);
      waitpid(pid_, nullptr, 0);
    }
    if (out_ >= 0) close(out_);
  }

  // Reads stdout until a line matches `pattern` (returns its match) or `seconds` pass.
  std::smatch WaitFor(const std::regex& pattern, int seconds) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
    for (;;) {
      size_t nl;
      while ((nl = buffer_.find('\n')) != std::string::npos) {
        lines_.push_back(buffer_.substr(0, nl));
        buffer_.erase(0, nl + 1);
        std::smatch m;
        if (std::regex_search(lines_.back(), m, pattern)) return m;
      }
      const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
          deadline - std::chrono::steady_clock::now());
      if (left.count() <= 0) return {};
      pollfd p{out_, POLLIN, 0};
      if (poll(&p, 1, static_cast<int>(left.count())) <= 0) return {};
      char chunk[4096];
      const ssize_t n = read(out_, chunk, sizeof chunk);
      if (n <= 0) return {};
      buffer_.append(chunk, static_cast<size_t>(n));
    }
  }

  // Sends `signal` and returns the exit code (-1 when killed by a signal).
  int Stop(int signal) {
    kill(pid_, signal);
    int status = 0;
    waitpid(pid_, &status, 0);
    waited_ = true;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }

  const std::vector<std::string>& lines() const { return lines_; }

 private:
  pid_t pid_ = -1;
  int out_ = -1;
  bool waited_ = false;
  std::string buffer_;
  std::vector<std::string> lines_;
};

int LoginStatus(int port, const std::string& user, const std::string& password) {
  httplib::Client c("127.0.0.1", port);
  auto r = c.Post("/api/v1/login", nlohmann::json{{"user", user}, {"password", password}}.dump(),
                  "application/json");
  return r ? r->status : -1;
}

TEST(UserCommand, AddsListsAndChangesPasswordsReadFromStdinOrAFile) {
  TempDir dir;
  dir.Write("pw.txt", "a long passphrase here\n");
  auto r = RunAriadne(dir.path(),
                      {"user", "add", "--home", "srv", "ana", "--role", "analyst", "--case", "c1"},
                      (dir / "pw.txt").string());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  dir.Write("short.txt", "short\n");
  r = RunAriadne(dir.path(), {"user", "add", "--home", "srv", "bob", "--role", "analyst"},
                 (dir / "short.txt").string());
  EXPECT_EQ(r.exit_code, 65);
  EXPECT_NE(r.err.find("at least 12 characters"), std::string::npos) << r.err;
  r = RunAriadne(dir.path(), {"user", "add", "--home", "srv", "bob", "--role", "boss",
                              "--password-file", "pw.txt"});
  EXPECT_EQ(r.exit_code, 65);
  r = RunAriadne(dir.path(), {"user", "add", "--home", "srv", "ana", "--role", "partner",
                              "--password-file", "pw.txt"});
  EXPECT_EQ(r.exit_code, 2) << r.err;  // exists already
  // A password on the command line is not an option at all.
  r = RunAriadne(dir.path(), {"user", "add", "--home", "srv", "eve", "--role", "analyst",
                              "--password", "a long passphrase here"});
  EXPECT_EQ(r.exit_code, 2);
  r = RunAriadne(dir.path(), {"user", "list", "--home", "srv", "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(nlohmann::json::parse(r.out),
            (nlohmann::json{{"user", "ana"}, {"role", "analyst"}, {"cases", {"c1"}}}));
  dir.Write("new.txt", "another long passphrase\n");
  r = RunAriadne(dir.path(),
                 {"user", "passwd", "--home", "srv", "ana", "--password-file", "new.txt"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  r = RunAriadne(dir.path(),
                 {"user", "passwd", "--home", "srv", "nobody", "--password-file", "new.txt"});
  EXPECT_EQ(r.exit_code, 1);
  // The hash is Argon2id, never the password.
  const std::string db = ReadFile(dir / "srv" / "accounts.db");
  EXPECT_EQ(db.find("another long passphrase"), std::string::npos);
  EXPECT_NE(db.find("$argon2id$"), std::string::npos);
}

TEST(ServeCommand, ServesUntilTerminatedAndPrintsItsAddress) {
  TempDir dir;
  auto r = RunAriadne(dir.path(), {"init", "c1", "--name", "One", "--purpose", "tests",
                                   "--legal-basis", "synthetic", "--retention-days", "3"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  dir.Write("pw.txt", "a long passphrase here\n");
  r = RunAriadne(dir.path(), {"user", "add", "--home", "srv", "ana", "--role", "reviewer", "--case",
                              "c1", "--password-file", "pw.txt"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  Child serve(dir.path(), {"serve", "--home", "srv", "--case", "c1", "--port", "0"});
  std::smatch m = serve.WaitFor(std::regex(R"(^listening on http://127\.0\.0\.1:(\d+)$)"), 60);
  ASSERT_FALSE(m.empty());
  const int port = std::stoi(m[1].str());
  EXPECT_EQ(LoginStatus(port, "ana", "a long passphrase here"), 200);
  EXPECT_EQ(LoginStatus(port, "ana", "wrong"), 401);
  EXPECT_EQ(serve.Stop(SIGTERM), 0);

  r = RunAriadne(dir.path(), {"serve", "--home", "srv", "--case", "nosuch", "--port", "0"});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_FALSE(r.err.empty());
}

TEST(DemoCommand, EndsByServingTheDemoCaseWithADemoLogin) {
  TempDir dir;
  Child demo(dir.path(), {"demo", "demo", "--ads", "120", "--no-images", "--port", "0"});
  std::smatch m = demo.WaitFor(
      std::regex(R"(http://127\.0\.0\.1:(\d+)/ +\(user demo, password ([0-9a-f]+)\))"), 600);
  ASSERT_FALSE(m.empty()) << (demo.lines().empty() ? "" : demo.lines().back());
  const int port = std::stoi(m[1].str());
  const std::string password = m[2].str();
  httplib::Client c("127.0.0.1", port);
  auto login =
      c.Post("/api/v1/login", nlohmann::json{{"user", "demo"}, {"password", password}}.dump(),
             "application/json");
  ASSERT_TRUE(login);
  ASSERT_EQ(login->status, 200) << login->body;
  const std::string cookie = login->get_header_value("Set-Cookie");
  auto cases = c.Get("/api/v1/cases", {{"Cookie", cookie.substr(0, cookie.find(';'))}});
  ASSERT_TRUE(cases);
  const nlohmann::json list = nlohmann::json::parse(cases->body);
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0]["id"], "case");
  EXPECT_GE(list[0]["documents"].get<int64_t>(), 100);
  EXPECT_EQ(demo.Stop(SIGINT), 0);
}

}  // namespace
}  // namespace ariadne::testing
