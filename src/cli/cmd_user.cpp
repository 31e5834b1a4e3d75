// ariadne user add|list|passwd --home DIR ...: the accounts of `ariadne serve`. Passwords come from
// --password-file or stdin, never from the command line (it is visible to every user of the
// machine).
#include <fmt/format.h>
#include <unistd.h>

#include <fstream>
#include <iostream>
#include <memory>

#include "cli/command.h"
#include "cli/output.h"
#include "cli/serve_run.h"
#include "core/exit_code.h"
#include "privacy/accounts.h"

namespace ariadne::cli {

namespace {

struct UserOptions {
  std::string home;
  std::string name;
  std::string role;
  std::vector<std::string> cases;
  std::string password_file;
  bool json = false;
};

// The first line of the file (or stdin), without its line break.
Result<std::string> ReadPassword(const std::string& file) {
  std::string line;
  if (!file.empty()) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return IoError(fmt::format("{}: cannot read the password file", file));
    std::getline(in, line);
  } else {
    if (isatty(STDIN_FILENO)) fmt::print(stderr, "password (at least 12 characters): ");
    std::getline(std::cin, line);
  }
  if (!line.empty() && line.back() == '\r') line.pop_back();
  if (line.empty()) {
    return InvalidInput(
        "no password given: pass --password-file FILE or the password on stdin (one line)");
  }
  return line;
}

Result<std::unique_ptr<privacy::Accounts>> OpenAccounts(const UserOptions& o) {
  return privacy::Accounts::Open(o.home.empty() ? DefaultServerHome()
                                                : std::filesystem::path(o.home));
}

int RunAdd(const UserOptions& o) {
  std::optional<privacy::Role> role = privacy::ParseRole(o.role);
  if (!role) {
    return ReportError(InvalidInput(
        fmt::format("unknown role \"{}\": use admin, analyst, reviewer or partner", o.role)));
  }
  if (Status s = privacy::CheckUserName(o.name); !s.ok()) return ReportError(s);
  Result<std::string> password = ReadPassword(o.password_file);
  if (!password.ok()) return ReportError(password.status());
  Result<std::unique_ptr<privacy::Accounts>> a = OpenAccounts(o);
  if (!a.ok()) return ReportError(a.status());
  if (Status s = (*a)->AddUser(o.name, *role, *password, o.cases); !s.ok()) return ReportError(s);
  fmt::print("added {} ({}{}{})\n", o.name, o.role, o.cases.empty() ? "" : ", cases ",
             fmt::join(o.cases, ", "));
  return kExitOk;
}

int RunPasswd(const UserOptions& o) {
  Result<std::string> password = ReadPassword(o.password_file);
  if (!password.ok()) return ReportError(password.status());
  Result<std::unique_ptr<privacy::Accounts>> a = OpenAccounts(o);
  if (!a.ok()) return ReportError(a.status());
  if (Status s = (*a)->SetPassword(o.name, *password); !s.ok()) return ReportError(s);
  fmt::print("password of {} changed; their sessions are ended\n", o.name);
  return kExitOk;
}

int RunList(const UserOptions& o) {
  Result<std::unique_ptr<privacy::Accounts>> a = OpenAccounts(o);
  if (!a.ok()) return ReportError(a.status());
  Result<std::vector<privacy::User>> users = (*a)->Users();
  if (!users.ok()) return ReportError(users.status());
  for (const privacy::User& u : *users) {
    if (o.json) {
      PrintJsonLine(
          {{"user", u.name}, {"role", std::string(privacy::RoleName(u.role))}, {"cases", u.cases}});
    } else {
      fmt::print("{:<24} {:<9} {}\n", u.name, privacy::RoleName(u.role), fmt::join(u.cases, ", "));
    }
  }
  return users->empty() ? kExitNegative : kExitOk;
}

void AddHome(CLI::App* cmd, UserOptions& o) {
  cmd->add_option("--home", o.home,
                  "the server's folder (default $ARIADNE_HOME or ./ariadne-server)");
}

}  // namespace

void AddUserCommand(CLI::App& app, Action& action) {
  auto o = std::make_shared<UserOptions>();
  CLI::App* cmd = app.add_subcommand("user", "Manage the accounts of `ariadne serve`");
  cmd->require_subcommand(1);

  CLI::App* add = cmd->add_subcommand("add", "Add a user (password on stdin or --password-file)");
  AddHome(add, *o);
  add->add_option("NAME", o->name, "the user name")->required();
  add->add_option("--role", o->role, "admin, analyst, reviewer or partner")->required();
  add->add_option("--case", o->cases, "a case id (folder name) the user may see; repeat");
  add->add_option("--password-file", o->password_file, "read the password from this file");
  add->callback([o, &action] { action = [o] { return RunAdd(*o); }; });

  CLI::App* passwd = cmd->add_subcommand("passwd", "Set a user's password (ends their sessions)");
  AddHome(passwd, *o);
  passwd->add_option("NAME", o->name, "the user name")->required();
  passwd->add_option("--password-file", o->password_file, "read the password from this file");
  passwd->callback([o, &action] { action = [o] { return RunPasswd(*o); }; });

  CLI::App* list = cmd->add_subcommand("list", "List the users with their roles and cases");
  AddHome(list, *o);
  list->add_flag("--json", o->json, "one JSON line per user: user, role, cases");
  list->callback([o, &action] { action = [o] { return RunList(*o); }; });
  cmd->footer(
      "Example:\n  printf '%s\\n' 'a long passphrase' | ariadne user add --home srv ana --role "
      "analyst --case mycase");
}

}  // namespace ariadne::cli
