// ariadne import --case DIR FILE|FOLDER... [--format F] [--map COL=FIELD,...]
#include <fmt/format.h>

#include <memory>

#include "capture/folder.h"
#include "capture/import.h"
#include "capture/registry.h"
#include "cli/command.h"
#include "cli/custody_hooks.h"
#include "cli/output.h"
#include "cli/progress.h"
#include "core/exit_code.h"
#include "core/text.h"
#include "custody/canonical.h"
#include "store/case.h"
#include "store/search_index.h"
#include "store/sqlite/sqlite_case_store.h"
#include "store/sqlite/sqlite_db.h"

namespace ariadne::cli {

namespace {

// An import does not wait for the full-text index (store/search_index.h): says what is left and
// who indexes it, so that a slow first search is no surprise.
void ReportSearchBacklog(const std::string& dir) {
  Result<int64_t> backlog = store::SearchIndexBacklog(dir);
  if (!backlog.ok()) {
    fmt::print(stderr, "{}: the search index's backlog is unknown: {}\n", dir,
               backlog.status().message());
    return;
  }
  if (*backlog == 0) return;
  fmt::print(stderr,
             "{}: {} document(s) are not in the search index yet; the next search indexes them "
             "first (ariadne search, the workbench), and `ariadne serve` as it starts\n",
             dir, *backlog);
}

// Problems beyond this many per file are counted, not printed: a corrupt 2 GB file must not flood
// the terminal. All of them are recorded in the case.
constexpr int64_t kMaxPrintedProblems = 50;

struct ImportCliOptions {
  std::string dir;
  std::vector<std::string> files;
  std::string format;
  std::string map;
  // The library's defaults (one place for them); the command line changes what it names.
  capture::ImportOptions import;
  int64_t max_file_mb = capture::FolderLimits{}.max_file_bytes >> 20;
  bool json = false;
  bool quiet = false;
};

Result<std::vector<std::pair<std::string, std::string>>> ParseMap(const std::string& text) {
  std::vector<std::pair<std::string, std::string>> map;
  if (Trim(text).empty()) return map;
  for (std::string_view pair : Split(text, ',')) {
    const size_t eq = pair.find('=');
    if (eq == std::string_view::npos || Trim(pair.substr(0, eq)).empty() ||
        Trim(pair.substr(eq + 1)).empty()) {
      return InvalidInput(fmt::format(
          "--map: \"{}\" is not COLUMN=FIELD (e.g. --map 'ad_number=id,body=text')", pair));
    }
    map.emplace_back(Trim(pair.substr(0, eq)), Trim(pair.substr(eq + 1)));
  }
  return map;
}

void PrintSummary(const capture::ImportSummary& s, bool json) {
  if (json) {
    PrintJsonLine({{"file", s.file},
                   {"format", s.format},
                   {"import_id", s.import_id},
                   {"imported", s.imported},
                   {"skipped", s.skipped},
                   {"duplicated", s.duplicated},
                   {"warnings", s.warnings},
                   {"images_stored", s.images_stored},
                   {"images_missing", s.images_missing},
                   {"already_complete", s.already_complete},
                   {"resumed", s.resumed}});
    return;
  }
  if (s.already_complete) {
    fmt::print("{}: already imported (import #{}): nothing added, {} duplicated\n", s.file,
               s.import_id, s.duplicated);
    return;
  }
  fmt::print("{}: {} imported, {} skipped, {} duplicated{}", s.file, s.imported, s.skipped,
             s.duplicated, s.resumed ? " (resumed an interrupted import)" : "");
  if (s.images_stored + s.images_missing > 0) {
    fmt::print("; images: {} stored, {} missing", s.images_stored, s.images_missing);
  }
  fmt::print("\n");
}

int RunImport(const ImportCliOptions& o) {
  Result<std::unique_ptr<store::Case>> c = store::Case::Open(o.dir);
  if (!c.ok()) return ReportError(c.status());
  // The case's log is left to the next command to copy back (sqlite_db.h, LeaveLogAtClose): the
  // import is done once its last batch commits.
  if (store::sqlite::Db* db = store::sqlite::ConnectionOf((*c)->store())) db->LeaveLogAtClose();
  capture::ImportOptions options = o.import;
  Result<std::vector<std::pair<std::string, std::string>>> map = ParseMap(o.map);
  if (!map.ok()) return ReportError(map.status());
  options.column_map = *map;

  int exit_code = kExitOk;
  // Folders become the files under them; what a walk leaves out is reported, never silent.
  std::vector<std::string> files;
  for (const std::string& arg : o.files) {
    std::error_code ec;
    if (!std::filesystem::is_directory(arg, ec)) {
      files.push_back(arg);
      continue;
    }
    capture::FolderLimits limits;
    limits.max_file_bytes = o.max_file_mb << 20;
    limits.known_formats_only = o.format.empty();
    Result<capture::FolderListing> listing = capture::ListFolder(arg, limits);
    if (!listing.ok()) {
      exit_code = std::max(exit_code, ReportError(listing.status()));
      continue;
    }
    for (const std::string& p : listing->problems) {
      if (!o.quiet) fmt::print(stderr, "{}\n", p);
      exit_code = std::max(exit_code, static_cast<int>(kExitDataErr));
    }
    // What the walk left out is kept in the case (an import of format "folder"), not only printed.
    capture::ImportCallbacks walk;
    walk.on_start = LogImportStart(o.dir, arg);
    Result<capture::ImportSummary> recorded = capture::RecordFolderWalk(**c, arg, *listing, walk);
    if (!recorded.ok()) {
      exit_code = std::max(exit_code, ReportError(recorded.status()));
    } else if (recorded->import_id > 0) {
      if (Status logged = LogImportDone(o.dir, *recorded); !logged.ok()) {
        exit_code = std::max(exit_code, ReportError(logged));
      }
    }
    for (const auto& f : listing->files) files.push_back(f.string());
  }
  int64_t total_imported = 0;
  int64_t total_skipped = 0;
  int64_t total_duplicated = 0;
  for (const std::string& file : files) {
    ProgressLine progress("records");
    int64_t printed = 0;
    int64_t hidden = 0;
    capture::ImportCallbacks callbacks;
    callbacks.on_problem = [&](const std::string& message) {
      if (o.quiet) return;
      if (printed++ < kMaxPrintedProblems) {
        progress.Finish();
        fmt::print(stderr, "{}\n", message);
      } else {
        ++hidden;
      }
    };
    callbacks.on_progress = [&](const capture::ImportProgress& p) {
      progress.Update(p.bytes_done, p.bytes_total, p.records);
    };
    int64_t started_import = 0;  // the import's id once its original is stored and it started
    callbacks.on_start = [&started_import, log_start = LogImportStart(o.dir, file)](
                             const store::ImportRecord& r, bool resumed) {
      started_import = r.id;
      return log_start(r, resumed);
    };
    callbacks.seal = custody::DocumentSeal;  // sealed as stored; LogImportDone reads no document
    callbacks.seal_before_images = custody::DocumentSealBeforeImages;  // chat segments, ahead
    callbacks.finish_seal = custody::FinishDocumentSeal;
    Result<capture::ImportSummary> s = capture::ImportFile(**c, file, o.format, options, callbacks);
    progress.Finish();
    if (s.ok()) {
      // Seal what the import stored (also after a partial run: the seals cover what is in).
      if (Status logged = LogImportDone(o.dir, *s); !logged.ok()) {
        exit_code = std::max(exit_code, ReportError(logged));
        continue;
      }
    }
    if (hidden > 0) {
      fmt::print(stderr, "{}: … and {} more problems, all recorded in the case\n", file, hidden);
    }
    if (!s.ok()) {
      exit_code = std::max(exit_code, ReportError(s.status()));
      // The original was stored before the failure: it is evidence, logged as captured.
      if (started_import > 0) {
        if (Status logged = LogImportFailed(o.dir, started_import); !logged.ok()) {
          ReportError(logged);
        }
      }
      continue;
    }
    PrintSummary(*s, o.json);
    total_imported += s->imported;
    total_skipped += s->skipped;
    total_duplicated += s->duplicated;
    if (!s->already_complete && (s->skipped > 0 || s->images_missing > 0)) {
      exit_code = std::max(exit_code, static_cast<int>(kExitDataErr));
    }
  }
  if (Status st = SignLogHead(o.dir, /*required=*/false); !st.ok()) {
    exit_code = std::max(exit_code, ReportError(st));
  }
  ReportSearchBacklog(o.dir);
  if (!o.json && files.size() > 1) {
    fmt::print("Total: {} imported, {} skipped, {} duplicated\n", total_imported, total_skipped,
               total_duplicated);
  }
  return exit_code;
}

std::string FormatList() {
  std::string s =
      "Formats (detected from the file name and first bytes unless --format is given):\n";
  for (const capture::Importer* i : capture::Importers()) {
    s += fmt::format("  {:<13} {}\n", i->name(), i->description());
  }
  return s;
}

}  // namespace

void AddImportCommand(CLI::App& app, Action& action) {
  auto o = std::make_shared<ImportCliOptions>();
  CLI::App* cmd = app.add_subcommand(
      "import", "Import files into a case, keeping each original and where every record came from");
  cmd->add_option("--case", o->dir, "the case folder")->required();
  cmd->add_option("FILE", o->files,
                  "files to import; a folder imports every file under it (symbolic links are "
                  "not followed), each detected on its own")
      ->required();
  cmd->add_option("--format", o->format, "the input format (default: detect)");
  cmd->add_option(
      "--map", o->map,
      "CSV: map column names to ad fields, e.g. 'ad_number=id,body=text,city=location'");
  cmd->add_option("--batch-size", o->import.batch_size,
                  "records per transaction (what a killed import redoes)")
      ->check(CLI::Range(int64_t{1}, int64_t{1000000}))
      ->capture_default_str();
  cmd->add_option("--max-line-bytes", o->import.max_record_bytes,
                  "skip (and report) records longer than this")
      ->check(CLI::Range(size_t{1024}, size_t{1} << 31))
      ->capture_default_str();
  cmd->add_option("--max-file-mb", o->max_file_mb,
                  "files of a folder larger than this are left out (and recorded); name a file "
                  "to import it whatever its size")
      ->check(CLI::Range(int64_t{1}, int64_t{1} << 30))
      ->capture_default_str();
  cmd->add_option("--pdf-max-pages", o->import.pdf_max_pages,
                  "PDF: read at most this many pages of a file (the rest is reported)")
      ->check(CLI::Range(int64_t{1}, int64_t{10000000}))
      ->capture_default_str();
  cmd->add_option("--pdf-max-seconds", o->import.pdf_max_seconds,
                  "PDF: stop reading a file's pages after this long (the rest is reported)")
      ->check(CLI::Range(0.001, 86400.0))
      ->capture_default_str();
  cmd->add_flag("--json", o->json, "print one JSON summary line per file");
  cmd->add_flag("--quiet,-q", o->quiet, "do not print each problem (they are still recorded)");
  cmd->footer(
      FormatList() +
      "\nExit codes: 0 all imported; 65 some records skipped, images missing, or files of a folder "
      "left out\n(the rest was imported); 74 a file could not be read. Re-running the same command "
      "adds nothing new "
      "and completes an\ninterrupted import.\n\nExamples:\n  ariadne import --case mycase "
      "ads.jsonl\n  ariadne import --case mycase export.csv --map 'ad_number=id,body=text'\n"
      "  ariadne import --case mycase 'WhatsApp Chat with Anna.zip' inbox.mbox seized-folder/\n");
  cmd->callback([o, &action] { action = [o] { return RunImport(*o); }; });
}

}  // namespace ariadne::cli
