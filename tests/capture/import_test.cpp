#include "capture/import.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "capture/registry.h"
#include "store/blob_lookup.h"
#include "store/sqlite/sqlite_case_store.h"
#include "store/sqlite/sqlite_db.h"
#include "support/temp_dir.h"

namespace ariadne::capture {
namespace {

class ImportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store::CaseInfo info{"t", "tests", "synthetic", 7, "GB", "", "", 0};
    Result<std::unique_ptr<store::Case>> c = store::Case::Create(dir_ / "case", info);
    ASSERT_TRUE(c.ok()) << c.status().message();
    case_ = std::move(c).value();
  }

  Result<ImportSummary> Import(const std::filesystem::path& file, ImportOptions options = {},
                               std::string_view format = "") {
    ImportCallbacks cb;
    cb.on_problem = [this](const std::string& m) { problems_.push_back(m); };
    return ImportFile(*case_, file, format, options, cb);
  }

  bool HasProblem(const std::string& needle) const {
    for (const auto& p : problems_) {
      if (p.find(needle) != std::string::npos) return true;
    }
    return false;
  }

  std::string Ad(int i) const {
    return "{\"id\": \"" + std::to_string(i) + "\", \"text\": \"ad number " + std::to_string(i) +
           "\", \"site\": \"s.example\"}\n";
  }

  store::sqlite::Db& Connection() { return *store::sqlite::ConnectionOf(case_->store()); }

  int64_t Pragma(const std::string& name) {
    Result<store::sqlite::Statement> st = Connection().Prepare("PRAGMA " + name);
    EXPECT_TRUE(st.ok());
    Result<bool> row = st->Step();
    EXPECT_TRUE(row.ok() && *row);
    return st->Int(0);
  }

  // The rows `PRAGMA foreign_key_check` reports ("table rowid parent"), none when every row
  // refers to a row of the case.
  std::vector<std::string> DanglingRows() {
    Result<store::sqlite::Statement> st = Connection().Prepare("PRAGMA foreign_key_check");
    EXPECT_TRUE(st.ok());
    std::vector<std::string> out;
    EXPECT_TRUE(st->ForEachRow([&] {
                    out.push_back(st->Text(0) + " " + st->Text(1) + " " + st->Text(2));
                  }).ok());
    return out;
  }

  testing::TempDir dir_;
  std::unique_ptr<store::Case> case_;
  std::vector<std::string> problems_;
};

TEST_F(ImportTest, ImportsGoodLinesAndReportsEachBadOneWithFileAndLine) {
  const std::string lines = Ad(1) +                                        // 1
                            "{\"id\": \"2\", \"text\": \"broken\"\n" +     // 2: bad JSON
                            "{\"id\": \"3\", \"text\": \"bad \xff\"}\n" +  // 3: invalid UTF-8
                            "{\"text\": \"no id\"}\n" +                    // 4
                            "\n" +                                         // 5: blank, ignored
                            "{\"id\": \"6\", \"text\": \"" + std::string(5000, 'x') +
                            "\"}\n" +  // 6
                            Ad(7);     // 7
  const auto file = dir_.Write("ads.jsonl", lines);
  ImportOptions options;
  options.max_record_bytes = 2000;
  Result<ImportSummary> s = Import(file, options);
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->imported, 2);
  EXPECT_EQ(s->skipped, 4);
  const std::string f = file.string();
  EXPECT_TRUE(HasProblem(f + ":2: not valid JSON")) << problems_[0];
  EXPECT_TRUE(HasProblem(f + ":3: invalid UTF-8 at byte"));
  EXPECT_TRUE(HasProblem(f + ":4: missing `id`"));
  EXPECT_TRUE(HasProblem(f + ":6: line of"));
  EXPECT_EQ(case_->store().Counts()->problems, 4);
}

TEST_F(ImportTest, EachDocumentPointsBackToItsBytesInTheStoredOriginal) {
  const std::string content = Ad(1) + Ad(2);
  const auto file = dir_.Write("ads.jsonl", content);
  ASSERT_TRUE(Import(file).ok());
  Result<std::vector<int64_t>> ids = case_->store().FindBySourceId("2", "s.example");
  ASSERT_TRUE(ids.ok() && ids->size() == 1);
  Result<Document> d = case_->store().GetDocument(ids->front());
  ASSERT_TRUE(d.ok());
  Result<std::string> original = case_->blobs().Read(d->provenance.blob_sha256);
  ASSERT_TRUE(original.ok());
  EXPECT_EQ(*original, content);
  EXPECT_EQ(d->provenance.line, 2);
  EXPECT_EQ(
      original->substr(static_cast<size_t>(d->provenance.byte_start),
                       static_cast<size_t>(d->provenance.byte_end - d->provenance.byte_start)),
      Ad(2));
}

TEST_F(ImportTest, ReimportingTheSameFileAddsNothing) {
  const auto file = dir_.Write("ads.jsonl", Ad(1) + Ad(2) + Ad(3));
  ASSERT_EQ(Import(file)->imported, 3);
  Result<ImportSummary> again = Import(file);
  ASSERT_TRUE(again.ok());
  EXPECT_TRUE(again->already_complete);
  EXPECT_EQ(again->duplicated, 3);
  // The same ads in another file are duplicates too.
  Result<ImportSummary> copy = Import(dir_.Write("copy.jsonl", Ad(3) + Ad(2) + Ad(4)));
  ASSERT_TRUE(copy.ok());
  EXPECT_EQ(copy->imported, 1);
  EXPECT_EQ(copy->duplicated, 2);
  EXPECT_EQ(case_->store().Counts()->documents, 4);
}

TEST_F(ImportTest, AFileImportedAgainIsHashedButItsOriginalIsNotCompressedAgain) {
  std::string content;
  for (int i = 1; content.size() < (size_t{1} << 20); ++i) content += Ad(i);  // 1 MiB or more
  const auto file = dir_.Write("ads.jsonl", content);
  const int64_t compressions = store::BlobCompressionsInProcess();
  ASSERT_TRUE(Import(file).ok());
  EXPECT_EQ(store::BlobCompressionsInProcess(), compressions + 1);
  Result<ImportSummary> again = Import(file);
  ASSERT_TRUE(again.ok());
  EXPECT_TRUE(again->already_complete);
  EXPECT_EQ(store::BlobCompressionsInProcess(), compressions + 1);
  // A new file of the same size is hashed first too, then stored as the new original it is.
  std::string other_content = content;
  for (size_t at = 0; (at = other_content.find("s.example", at)) != std::string::npos; ++at)
    other_content[at] = 't';  // another site
  const auto other = dir_.Write("other.jsonl", other_content);
  Result<ImportSummary> s = Import(other);
  ASSERT_TRUE(s.ok());
  EXPECT_GT(s->imported, 0);
  EXPECT_EQ(store::BlobCompressionsInProcess(), compressions + 2);
  Result<std::string> stored = case_->blobs().Read(s->blob_sha256);
  ASSERT_TRUE(stored.ok());
  EXPECT_EQ(*stored, other_content);
}

TEST_F(ImportTest, AnInterruptedImportResumesWhereItsLastBatchEnded) {
  std::string content;
  for (int i = 1; i <= 10; ++i) content += Ad(i);
  const auto file = dir_.Write("ads.jsonl", content);
  ImportOptions options;
  options.batch_size = 3;
  ImportCallbacks crash;
  int batches = 0;
  // Dying after the second committed batch: the process goes away with a transaction open.
  crash.on_progress = [&](const ImportProgress&) {
    if (++batches == 2) throw std::runtime_error("killed");
  };
  EXPECT_THROW((void)ImportFile(*case_, file, "", options, crash), std::runtime_error);
  case_.reset();  // closing the connection rolls back the open transaction, as a kill would
  Result<std::unique_ptr<store::Case>> reopened = store::Case::Open(dir_ / "case");
  ASSERT_TRUE(reopened.ok());
  case_ = std::move(reopened).value();
  EXPECT_EQ(case_->store().Counts()->documents, 6);

  Result<ImportSummary> s = Import(file, options);
  ASSERT_TRUE(s.ok());
  EXPECT_TRUE(s->resumed);
  EXPECT_EQ(s->imported, 10);
  EXPECT_EQ(s->duplicated, 0);
  EXPECT_EQ(case_->store().Counts()->documents, 10);
  EXPECT_EQ(case_->store().Counts()->imports, 1);
}

TEST_F(ImportTest, StoresImagesAndReportsMissingOrEscapingOnes) {
  dir_.Write("img/a.png", "fake png bytes");
  const auto file = dir_.Write(
      "ads.jsonl",
      R"({"id": "1", "text": "x", "images": ["img/a.png", "img/missing.png", "../../etc/passwd", "https://cdn.example/p.jpg"]})"
      "\n"
      R"({"id": "2", "text": "y", "images": ["img/a.png"]})"
      "\n");
  Result<ImportSummary> s = Import(file);
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->imported, 2);
  EXPECT_EQ(s->images_stored, 1);  // stored once, referenced twice
  EXPECT_EQ(s->images_missing, 2);
  EXPECT_TRUE(HasProblem(":1: image not found"));
  EXPECT_TRUE(HasProblem("not a path inside the file's folder"));
  Result<std::vector<int64_t>> ids = case_->store().FindBySourceId("1", "");
  Result<Document> d = case_->store().GetDocument(ids->front());
  ASSERT_EQ(d->images.size(), 4u);
  EXPECT_EQ(d->images[0].status, "stored");
  EXPECT_TRUE(case_->blobs().Contains(d->images[0].blob_sha256));
  EXPECT_EQ(d->images[1].status, "missing");
  EXPECT_EQ(d->images[2].status, "missing");
  EXPECT_EQ(d->images[3].status, "remote");
}

// After the first missing image the import's folder is listed once (capture/folder_names.h)
// instead of a stat per name: the answers and the problems must stay those of a stat each.
TEST_F(ImportTest, ImagesAfterAMissingOneAreFoundOrMissedAsAStatWouldAndEachProblemIsKept) {
  dir_.Write("a.png", "fake png bytes");
  dir_.Write("img/b.png", "other fake png bytes");
  const auto file = dir_.Write(
      "ads.jsonl",
      R"({"id": "1", "text": "x", "images": ["m1.png", "a.png", "m2.png", "img/b.png"]})"
      "\n"
      R"({"id": "2", "text": "y", "images": ["img/m3.png", "./m2.png", "A.PNG", "m1.png"]})"
      "\n");
  Result<ImportSummary> s = Import(file);
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->images_stored, 2);
  EXPECT_EQ(s->images_missing, 6);
  auto status_of = [&](const std::string& id) {
    Result<std::vector<int64_t>> ids = case_->store().FindBySourceId(id, "");
    Result<Document> d = case_->store().GetDocument(ids->front());
    std::vector<std::string> out;
    for (const ImageRef& im : d->images) out.push_back(im.status);
    return out;
  };
  EXPECT_EQ(status_of("1"), (std::vector<std::string>{"missing", "stored", "missing", "stored"}));
  // "A.PNG" is not "a.png" on a case-sensitive folder; where the folder folds case it is found.
  const bool folds_case = std::filesystem::exists(dir_ / "A.PNG");
  EXPECT_EQ(status_of("2"),
            (std::vector<std::string>{"missing", "missing", folds_case ? "stored" : "missing",
                                      "missing"}));
  // One problem per missing reference, in order, each with its record's line and offset.
  Result<std::vector<store::ImportProblem>> problems = case_->store().Problems(s->import_id);
  ASSERT_TRUE(problems.ok());
  std::vector<std::string> reasons;
  for (const store::ImportProblem& p : *problems) {
    reasons.push_back(p.reason);
    EXPECT_EQ(p.byte_offset, p.line == 1 ? 0 : 79) << p.reason;
  }
  const std::string folder = dir_.path().string() + "/";
  std::vector<std::string> expected = {
      "image not found: " + folder + "m1.png", "image not found: " + folder + "m2.png",
      "image not found: " + folder + "img/m3.png", "image not found: " + folder + "m2.png"};
  if (!folds_case) expected.push_back("image not found: " + folder + "A.PNG");
  expected.push_back("image not found: " + folder + "m1.png");
  EXPECT_EQ(reasons, expected);
  ASSERT_EQ(problems_.size(), expected.size());
  EXPECT_EQ(problems_[1], file.string() + ":1: " + expected[1]);
  EXPECT_EQ(problems_.back(), file.string() + ":2: " + expected.back());
}

// A file named without a folder: the missing images' paths are the bare names, as `stat` saw them.
TEST_F(ImportTest, MissingImagesOfAFileInTheCurrentFolderAreNamedAsTheyWereLookedFor) {
  dir_.Write("ads.jsonl", R"({"id": "1", "text": "x", "images": ["m1.png", "m2.png", "a.png"]})"
                          "\n");
  dir_.Write("a.png", "fake png bytes");
  const std::filesystem::path was = std::filesystem::current_path();
  std::filesystem::current_path(dir_.path());
  Result<ImportSummary> s = Import("ads.jsonl");
  std::filesystem::current_path(was);
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->images_stored, 1);
  EXPECT_EQ(problems_, (std::vector<std::string>{"ads.jsonl:1: image not found: m1.png",
                                                 "ads.jsonl:1: image not found: m2.png"}));
}

TEST_F(ImportTest, CsvWithAColumnMapAndABrokenQuoteInTheMiddle) {
  const auto file = dir_.Write("ads.csv",
                               "ad_number,body,city,extra\n"
                               "1,\"multi\nline, with comma\",Leeds,a\n"
                               "2,\"never closed,Leeds,b\n"
                               "3,plain text,York,c\n");
  ImportOptions options;
  options.column_map = {{"ad_number", "id"}, {"body", "text"}, {"city", "location"}};
  Result<ImportSummary> s = Import(file, options);
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->imported, 2);
  EXPECT_EQ(s->skipped, 1);
  EXPECT_TRUE(HasProblem(":4: a quoted field is never closed"));
  Result<std::vector<int64_t>> ids = case_->store().FindBySourceId("1", "");
  Result<Document> d = case_->store().GetDocument(ids->front());
  EXPECT_EQ(d->text, "multi\nline, with comma");
  EXPECT_EQ(d->location, "Leeds");
  EXPECT_NE(d->attributes_json.find("\"extra\":\"a\""), std::string::npos);
}

TEST_F(ImportTest, CsvMapNamingAnUnknownColumnFailsClearly) {
  const auto file = dir_.Write("ads.csv", "id,text\n1,x\n");
  ImportOptions options;
  options.column_map = {{"body", "text"}};
  Result<ImportSummary> s = Import(file, options);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("header has only: id, text"), std::string::npos);
}

// An import writes with reference checks off (every row it writes refers to its import, blobs it
// recorded or documents it inserted) and turns them on again at the end.
TEST_F(ImportTest, EveryRowAnImportWritesRefersToARowOfTheCaseAndChecksAreOnAfterwards) {
  dir_.Write("img/a.png", "fake png bytes");
  dir_.Write("IMG-20260301-WA0001.jpg", "fake jpeg bytes");
  ImportCallbacks cb;
  cb.seal = [](const Document& d, int64_t import_id) {
    return "seal " + std::to_string(d.id) + " " + std::to_string(import_id);
  };
  cb.seal_before_images = [](const Document& d, int64_t) {
    Sha256 h;
    h.Update(d.text);
    return h;
  };
  cb.finish_seal = [](Sha256 before, const std::vector<ImageRef>& images) {
    return before.HexDigest() + " " + std::to_string(images.size());
  };
  ImportOptions options;
  options.batch_size = 2;  // several transactions
  const auto ads = dir_.Write(
      "ads.jsonl", Ad(1) +
                       R"({"id": "2", "text": "y", "images": ["img/a.png", "img/missing.png"]})"
                       "\n"
                       "not json\n" +
                       Ad(3) + R"({"id": "4", "text": "z", "images": ["img/a.png"]})" + "\n");
  Result<ImportSummary> a = ImportFile(*case_, ads, "", options, cb);
  ASSERT_TRUE(a.ok()) << a.status().message();
  EXPECT_EQ(a->imported, 4);
  const auto chat = dir_.Write("WhatsApp Chat with Anna.txt",
                               "01/03/2026, 10:00 - Anna: hello, call 07700 900123\n"
                               "01/03/2026, 10:01 - Ben: IMG-20260301-WA0001.jpg (file attached)\n"
                               "01/03/2026, 10:02 - Ben: IMG-20260301-WA0002.jpg (file attached)\n"
                               "02/03/2026, 09:00 - Anna: the room is ready\n"
                               "02/03/2026, 09:05 - Anna: see you\n");
  Result<ImportSummary> w = ImportFile(*case_, chat, "whatsapp", options, cb);
  ASSERT_TRUE(w.ok()) << w.status().message();
  EXPECT_EQ(w->imported, 5);
  EXPECT_EQ(w->images_stored, 1);
  EXPECT_EQ(w->images_missing, 1);
  EXPECT_EQ(DanglingRows(), std::vector<std::string>{});
  EXPECT_EQ(Pragma("foreign_keys"), 1);
  // The checks are on: a row referring to no document is refused.
  EXPECT_FALSE(Connection()
                   .Exec("INSERT INTO import_problems (import_id, line, byte_offset, reason) "
                         "VALUES (999999, 1, 0, 'x')")
                   .ok());
}

// The last batch failing to commit (here the import record refused as complete) leaves no
// transaction open: it is rolled back, and the connection's reference checks come on again.
TEST_F(ImportTest, ALastBatchThatFailsToCommitIsRolledBackAndReferenceChecksComeOnAgain) {
  ASSERT_TRUE(Connection()
                  .Exec("CREATE TRIGGER refuse BEFORE UPDATE OF status ON imports WHEN "
                        "NEW.status = 'complete' BEGIN SELECT RAISE(ABORT, 'refused'); END")
                  .ok());
  const auto file = dir_.Write("ads.jsonl", Ad(1) + Ad(2) + Ad(3));
  ImportOptions options;
  options.batch_size = 2;
  Result<ImportSummary> s = Import(file, options);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("refused"), std::string::npos) << s.status().message();
  EXPECT_NE(sqlite3_get_autocommit(Connection().raw()), 0) << "a transaction was left open";
  EXPECT_EQ(Pragma("foreign_keys"), 1);
  EXPECT_EQ(case_->store().Counts()->documents, 2);  // the first batch's; the last rolled back
  // Run again once the case accepts it: the import goes on from the last committed batch.
  ASSERT_TRUE(Connection().Exec("DROP TRIGGER refuse").ok());
  Result<ImportSummary> again = Import(file, options);
  ASSERT_TRUE(again.ok()) << again.status().message();
  EXPECT_TRUE(again->resumed);
  EXPECT_EQ(case_->store().Counts()->documents, 3);
  EXPECT_EQ(DanglingRows(), std::vector<std::string>{});
}

// An import of several megabytes has case.db's log checkpointed on the background thread as it
// goes (every 8 MiB during imports, instead of 64 MiB), so that the close has little left to copy
// back; the connection's usual threshold comes back afterwards.
TEST_F(ImportTest, AMultiMegabyteImportIsCheckpointedInTheBackground) {
  case_.reset();
  Result<std::unique_ptr<store::Case>> opened = store::Case::Open(dir_ / "case");  // as the CLI
  ASSERT_TRUE(opened.ok());
  case_ = std::move(opened).value();
  std::string content;
  const std::string words(4000, 'w');
  for (int i = 0; i < 3000; ++i) {  // 12 MB
    content += "{\"id\": \"" + std::to_string(i) + "\", \"text\": \"ad " + std::to_string(i) + " " +
               words + "\"}\n";
  }
  const auto file = dir_.Write("ads.jsonl", content);
  ImportOptions options;
  options.batch_size =
      500;  // commits of 2 MB, each under the 32 MiB at which it checkpoints itself
  Result<ImportSummary> s = Import(file, options);
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->imported, 3000);
  // The thread runs at nice 19: on a loaded machine it may still be at work.
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (Connection().BackgroundCheckpoints() == 0 && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  EXPECT_GE(Connection().BackgroundCheckpoints(), 1);
  EXPECT_EQ(Connection().BackgroundCheckpointPages(), store::sqlite::kWalCheckpointPages);
}

TEST_F(ImportTest, UnknownFormatAsksForFormat) {
  const auto file = dir_.Write("notes.bin", "???");
  Result<ImportSummary> s = Import(file);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("--format"), std::string::npos);
}

}  // namespace
}  // namespace ariadne::capture

namespace ariadne::capture {
namespace {

// The importers whose records are chat messages say so (the runner gives their imports a smaller
// page cache): a WhatsApp export's records name their thread, an ad's do not.
TEST(Importers, ThoseWhoseRecordsAreChatMessagesSaySo) {
  std::vector<std::string> chat;
  for (const Importer* i : Importers())
    if (i->StoresChatSegments()) chat.emplace_back(i->name());
  std::sort(chat.begin(), chat.end());
  EXPECT_EQ(chat, (std::vector<std::string>{"telegram", "whatsapp", "whatsapp-zip"}));

  auto first_record = [](std::string_view format, const std::string& text) {
    std::istringstream in(text);
    ImportOptions options;
    Result<std::unique_ptr<RecordStream>> stream = FindImporter(format)->Open(in, 0, 1, options);
    EXPECT_TRUE(stream.ok());
    ParsedRecord r;
    EXPECT_TRUE(stream.ok() && (*stream)->Next(&r));
    return r;
  };
  EXPECT_FALSE(first_record("whatsapp", "12/03/2026, 21:15 - Anna: room ready\n").thread.empty());
  EXPECT_TRUE(
      first_record("ads-jsonl", "{\"id\":\"a1\",\"text\":\"room ready\"}\n").thread.empty());
}

}  // namespace
}  // namespace ariadne::capture
