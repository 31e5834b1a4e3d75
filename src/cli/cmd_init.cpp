// ariadne init DIR --name N --purpose P --legal-basis L --retention-days D [--region CC]
#include <fmt/format.h>

#include <memory>

#include "cli/command.h"
#include "cli/custody_hooks.h"
#include "cli/output.h"
#include "core/exit_code.h"
#include "custody/keys.h"
#include "store/case.h"

namespace ariadne::cli {

namespace {

struct InitOptions {
  std::string dir;
  store::CaseInfo info;
  bool json = false;
};

int RunInit(const InitOptions& o) {
  store::CaseInfo info = o.info;
  info.tool_version = ARIADNE_VERSION;
  Result<std::unique_ptr<store::Case>> c = store::Case::Create(o.dir, info);
  if (!c.ok()) return ReportError(c.status());
  Result<store::CaseInfo> stored = (*c)->store().Info();
  if (!stored.ok()) return ReportError(stored.status());
  // The case's signing key, then the first custody event, which records the key's fingerprint.
  Result<std::string> passphrase = Passphrase();
  if (!passphrase.ok()) return ReportError(passphrase.status());
  Result<std::string> fingerprint = StartCaseCustody(o.dir, *stored, *passphrase);
  if (!fingerprint.ok()) return ReportError(fingerprint.status());
  if (passphrase->empty()) {
    fmt::print(stderr,
               "warning: the case's signing key {}/keys/case.key is NOT protected by a passphrase "
               "(file mode 0600 only):\n  keep the folder on an encrypted disk, or re-create the "
               "case with ARIADNE_PASSPHRASE set or --passphrase-file.\n",
               o.dir);
  }
  if (o.json) {
    PrintJsonLine({{"dir", o.dir},
                   {"name", stored->name},
                   {"created_at", stored->created_at},
                   {"schema_version", stored->schema_version},
                   {"key_fingerprint", *fingerprint},
                   {"key_protection", passphrase->empty() ? "none" : "passphrase"}});
  } else {
    fmt::print("Created case \"{}\" in {}\n", stored->name, o.dir);
    fmt::print("  purpose:     {}\n  legal basis: {}\n  retention:   {} days\n", stored->purpose,
               stored->legal_basis, stored->retention_days);
    fmt::print("Signing key fingerprint (SHA-256 of keys/case.pub; note it out of band):\n  {}\n",
               *fingerprint);
    fmt::print("Next: ariadne import --case {} FILE...\n", o.dir);
  }
  return kExitOk;
}

}  // namespace

void AddInitCommand(CLI::App& app, Action& action) {
  auto o = std::make_shared<InitOptions>();
  CLI::App* cmd = app.add_subcommand(
      "init", "Create a case: a folder with the case database, the evidence store and keys");
  cmd->add_option("DIR", o->dir, "folder for the new case (created if missing)")->required();
  cmd->add_option("--name", o->info.name, "the case's name")->required();
  cmd->add_option("--purpose", o->info.purpose, "what the processing is for (recorded; required)")
      ->required();
  cmd->add_option("--legal-basis", o->info.legal_basis,
                  "the law, mandate or consent that allows it (recorded; required)")
      ->required();
  cmd->add_option("--retention-days", o->info.retention_days,
                  "how long the case's data may be kept, in days")
      ->required()
      ->check(CLI::PositiveNumber);
  cmd->add_option(
      "--region", o->info.region,
      "default country (ISO 3166-1 alpha-2, e.g. GB) for reading national phone numbers");
  cmd->add_flag("--json", o->json, "print the result as one JSON line");
  cmd->footer(
      "Example:\n  ariadne init mycase --name \"Op Example\" --purpose \"screen ads for THB "
      "indicators\" \\\n      --legal-basis \"Police Act s.1 (example)\" --retention-days 365 "
      "--region GB");
  cmd->callback([o, &action] { action = [o] { return RunInit(*o); }; });
}

}  // namespace ariadne::cli
