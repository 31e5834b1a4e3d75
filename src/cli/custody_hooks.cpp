#include "cli/custody_hooks.h"

#include <fmt/format.h>
#include <pwd.h>
#include <unistd.h>

#include <cstdlib>

#include "core/file_sha256.h"
#include "custody/keys.h"

namespace ariadne::cli {

namespace {

struct GlobalCustodyOptions {
  std::string actor;
  std::string passphrase_file;
};

GlobalCustodyOptions& Globals() {
  static GlobalCustodyOptions options;
  return options;
}

}  // namespace

void AddCustodyOptions(CLI::App& app) {
  app.add_option("--actor", Globals().actor,
                 "who acts, as recorded in the custody log (default: $ARIADNE_ACTOR, else $USER)");
  app.add_option("--passphrase-file", Globals().passphrase_file,
                 "file whose first line is the case key's passphrase (or set ARIADNE_PASSPHRASE)");
  // Lets `ariadne import --case c --actor alice f.jsonl` work, not only `ariadne --actor …`.
  app.fallthrough();
}

std::string Actor() {
  if (!Globals().actor.empty()) return Globals().actor;
  for (const char* var : {"ARIADNE_ACTOR", "USER", "LOGNAME"}) {
    if (const char* v = std::getenv(var); v != nullptr && *v != '\0') return v;
  }
  // The account the process runs as, when the environment does not say (cron, services).
  if (const passwd* pw = ::getpwuid(::geteuid()); pw != nullptr && pw->pw_name != nullptr) {
    return pw->pw_name;
  }
  return "unknown";
}

Result<std::string> Passphrase() {
  return custody::PassphraseFrom(Globals().passphrase_file);
}

Result<std::unique_ptr<custody::CustodyLog>> OpenCustodyLog(const std::filesystem::path& dir) {
  return custody::CustodyLog::Open(dir, Actor(), ARIADNE_VERSION);
}

Status LogEvent(const std::filesystem::path& dir, const custody::Event& event) {
  Result<std::unique_ptr<custody::CustodyLog>> log = OpenCustodyLog(dir);
  if (!log.ok()) return log.status();
  Result<store::CustodyEventRow> r = (*log)->Record(event);
  if (!r.ok()) {
    return IoError(
        fmt::format("custody log: cannot record \"{}\": {}", event.action, r.status().message()));
  }
  return Status::Ok();
}

Status SignLogHead(const std::filesystem::path& dir, bool required) {
  Result<std::string> passphrase = Passphrase();
  if (!passphrase.ok()) return passphrase.status();
  Result<custody::KeyPair> keys = custody::LoadKeyPair(dir, *passphrase);
  if (!keys.ok()) {
    if (required) return keys.status();
    fmt::print(stderr, "custody: log head not signed now: {}\n", keys.status().message());
    return Status::Ok();
  }
  Result<std::unique_ptr<custody::CustodyLog>> log = OpenCustodyLog(dir);
  if (!log.ok()) return log.status();
  Result<std::optional<store::CustodyCheckpointRow>> cp = (*log)->Checkpoint(*keys);
  if (!cp.ok()) return cp.status();
  return Status::Ok();
}

Result<std::string> StartCaseCustody(const std::filesystem::path& dir, const store::CaseInfo& info,
                                     const std::string& passphrase) {
  const custody::KeyPair keys = custody::GenerateKeyPair();
  ARIADNE_RETURN_IF_ERROR(custody::SaveKeyPair(dir, keys, passphrase));
  const std::string fingerprint = custody::Fingerprint(keys.public_key);
  custody::Event event{custody::kActionInit,
                       "case",
                       {},
                       {{"name", info.name},
                        {"purpose", info.purpose},
                        {"legal_basis", info.legal_basis},
                        {"retention_days", info.retention_days},
                        {"region", info.region},
                        {"key_fingerprint", fingerprint},
                        {"key_protection", passphrase.empty() ? "none" : "passphrase"}}};
  ARIADNE_RETURN_IF_ERROR(LogEvent(dir, event));
  Result<std::unique_ptr<custody::CustodyLog>> log = OpenCustodyLog(dir);
  if (!log.ok()) return log.status();
  Result<std::optional<store::CustodyCheckpointRow>> cp = (*log)->Checkpoint(keys);
  if (!cp.ok()) return cp.status();
  return fingerprint;
}

std::function<Status(const store::ImportRecord&, bool)> LogImportStart(
    const std::filesystem::path& dir, const std::string& file) {
  return [dir, file](const store::ImportRecord& r, bool resumed) {
    return LogEvent(dir, {custody::kActionImportStart,
                          fmt::format("import:{}", r.id),
                          {r.blob_sha256},
                          {{"file", r.file_name},
                           {"path", file},
                           {"format", r.format},
                           {"options", r.options},
                           {"resumed", resumed}}});
  };
}

Status LogImportDone(const std::filesystem::path& dir, const capture::ImportSummary& s) {
  if (s.already_complete) return Status::Ok();
  Result<std::unique_ptr<custody::CustodyLog>> log = OpenCustodyLog(dir);
  if (!log.ok()) return log.status();
  Result<store::CustodyEventRow> e =
      (*log)->SealImport(s.import_id, s.blob_sha256,
                         {{"file", std::filesystem::path(s.file).filename().string()},
                          {"format", s.format},
                          {"imported", s.imported},
                          {"skipped", s.skipped},
                          {"duplicated", s.duplicated},
                          {"images_stored", s.images_stored},
                          {"images_missing", s.images_missing}});
  return e.ok() ? Status::Ok() : e.status();
}

Status LogImportFailed(const std::filesystem::path& dir, int64_t import_id) {
  Result<std::unique_ptr<custody::CustodyLog>> log = OpenCustodyLog(dir);
  if (!log.ok()) return log.status();
  return (*log)->LogBlobsOfFailedImport(import_id);
}

Status LogCrawl(const std::filesystem::path& dir, const capture::CrawlSummary& s) {
  std::vector<std::string> hashes;
  nlohmann::json files = nlohmann::json::array();
  for (const std::string& warc : s.warc_files) {
    const std::filesystem::path path = std::filesystem::path(warc).is_absolute()
                                           ? std::filesystem::path(warc)
                                           : dir / "warc" / warc;
    hashes.push_back(FileSha256(path));
    files.push_back({{"file", path.filename().string()}, {"sha256", hashes.back()}});
  }
  Result<std::unique_ptr<custody::CustodyLog>> log = OpenCustodyLog(dir);
  if (!log.ok()) return log.status();
  // The crawl's imports (one per part of the run, many pages each) are sealed like any import,
  // then the run itself.
  Result<int64_t> sealed =
      (*log)->SealUnloggedImports({{"crawl_run", s.run_id}, {"format", "web-crawl"}});
  if (!sealed.ok()) return sealed.status();
  Result<store::CustodyEventRow> run = (*log)->Record({"capture.crawl",
                                                       fmt::format("crawl_run:{}", s.run_id),
                                                       hashes,
                                                       {{"pages", s.pages},
                                                        {"documents", s.documents},
                                                        {"imports_sealed", *sealed},
                                                        {"images", s.images},
                                                        {"errors", s.errors},
                                                        {"warc", files}}});
  return run.ok() ? Status::Ok() : run.status();
}

Status LogAnalysis(const std::filesystem::path& dir, const nlohmann::json& stages) {
  return LogEvent(dir, {custody::kActionAnalyze, "case", {}, {{"stages", stages}}});
}

std::string FileSha256(const std::filesystem::path& file) {
  Result<FileDigest> digest = Sha256OfFile(file);
  return digest.ok() ? std::move(digest->sha256) : std::string();
}

}  // namespace ariadne::cli
