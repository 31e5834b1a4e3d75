// ariadne verify --case DIR [--json]
// ariadne verify-bundle FILE [--public-key FILE] [--json]
#include <fmt/format.h>

#include <memory>

#include "cli/command.h"
#include "cli/output.h"
#include "core/exit_code.h"
#include "custody/bundle.h"
#include "custody/verify.h"
#include "store/case.h"

namespace ariadne::cli {

namespace {

struct VerifyCliOptions {
  std::string dir;
  std::string bundle;
  std::string public_key;
  bool json = false;
};

int PrintFindings(const std::vector<std::string>& findings, const std::vector<std::string>& notes,
                  const std::string& ok_line, bool json, nlohmann::json summary) {
  if (json) {
    summary["ok"] = findings.empty();
    summary["findings"] = findings;
    summary["notes"] = notes;
    PrintJsonLine(summary);
  } else {
    for (const std::string& f : findings) fmt::print("{}\n", f);
    for (const std::string& n : notes) fmt::print(stderr, "note: {}\n", n);
    if (findings.empty()) {
      fmt::print("{}\n", ok_line);
    } else {
      fmt::print(stderr, "verify: {} problem{} found: the evidence was altered, added or removed\n",
                 findings.size(), findings.size() == 1 ? "" : "s");
    }
  }
  return findings.empty() ? kExitOk : kExitDataErr;
}

int RunVerify(const VerifyCliOptions& o) {
  // Opening the case first brings its schema up to date; verification itself only reads.
  Result<std::unique_ptr<store::Case>> c = store::Case::Open(o.dir);
  if (!c.ok()) return ReportError(c.status());
  c->reset();
  Result<custody::VerifyReport> r = custody::VerifyCase(o.dir);
  if (!r.ok()) return ReportError(r.status());
  const std::string ok_line = fmt::format(
      "verified: {} events ({} signed, {} checkpoints), {} blobs re-hashed, {} documents "
      "re-sealed: nothing altered, added or removed\nsigning key fingerprint: {}",
      r->events, r->signed_events, r->checkpoints, r->blobs, r->documents, r->key_fingerprint);
  return PrintFindings(r->findings, r->notes, ok_line, o.json,
                       {{"events", r->events},
                        {"signed_events", r->signed_events},
                        {"checkpoints", r->checkpoints},
                        {"blobs", r->blobs},
                        {"documents", r->documents},
                        {"key_fingerprint", r->key_fingerprint}});
}

int RunVerifyBundle(const VerifyCliOptions& o) {
  Result<custody::BundleReport> r = custody::VerifyBundle(o.bundle, o.public_key);
  if (!r.ok()) return ReportError(r.status());
  std::vector<std::string> notes = r->notes;
  if (r->key_from_bundle && !r->key_fingerprint.empty()) {
    notes.push_back(fmt::format(
        "checked with the key inside the bundle: compare its fingerprint {} with the one the "
        "case owner gave you, or pass --public-key",
        r->key_fingerprint));
  }
  if (r->key_fingerprint.empty() && r->findings.empty()) {
    r->findings.push_back("keys/case.pub: no usable public key (give --public-key)");
  }
  const std::string ok_line = fmt::format(
      "verified: {} members, {} documents, {} custody events, {} originals: signed by key {}",
      r->members, r->documents, r->events, r->originals, r->key_fingerprint);
  return PrintFindings(r->findings, notes, ok_line, o.json,
                       {{"members", r->members},
                        {"documents", r->documents},
                        {"events", r->events},
                        {"originals", r->originals},
                        {"pseudonymised", r->pseudonymised},
                        {"key_fingerprint", r->key_fingerprint},
                        {"key_from_bundle", r->key_from_bundle}});
}

}  // namespace

void AddVerifyCommand(CLI::App& app, Action& action) {
  auto o = std::make_shared<VerifyCliOptions>();
  CLI::App* cmd = app.add_subcommand(
      "verify",
      "Check a case's evidence: every blob re-hashed, the custody log's chain and signatures, "
      "every document against its seal, every derived row's references");
  cmd->add_option("--case", o->dir, "the case folder")->required();
  cmd->add_flag("--json", o->json, "print one JSON object");
  cmd->footer(
      "Prints one line per problem, naming the object (\"blob ab12…: content hash mismatch "
      "(altered)\").\nExit codes: 0 nothing altered, added or removed; 65 problems found; 74 the "
      "case cannot be read.\n\nExample:\n  ariadne verify --case mycase");
  cmd->callback([o, &action] { action = [o] { return RunVerify(*o); }; });

  auto b = std::make_shared<VerifyCliOptions>();
  CLI::App* vb = app.add_subcommand(
      "verify-bundle",
      "Check an evidence bundle anywhere, with nothing but the file and the case's public key");
  vb->add_option("FILE", b->bundle, "the bundle (.zip) made by `ariadne export --format bundle`")
      ->required();
  vb->add_option("--public-key", b->public_key,
                 "the case's public key (keys/case.pub), obtained separately; without it the "
                 "bundle's own key is used and its fingerprint printed to compare");
  vb->add_flag("--json", b->json, "print one JSON object");
  vb->footer(
      "Exit codes: 0 the bundle is intact and signed by the key; 65 problems found (one line "
      "each);\n74 the file cannot be read.\n\nExample:\n  ariadne verify-bundle c4.zip "
      "--public-key case.pub");
  vb->callback([b, &action] { action = [b] { return RunVerifyBundle(*b); }; });
}

}  // namespace ariadne::cli
