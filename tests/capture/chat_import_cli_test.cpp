// The chat importers through `ariadne import`, as an analyst runs them: detected from the files,
// one summary line each, problems on stderr with file and line.
#include <fmt/format.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>
#include <zip.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <thread>

#include "store/chat_segment.h"
#include "store/sqlite/sqlite_db.h"
#include "support/run_command.h"
#include "support/temp_dir.h"
#include "support/test_paths.h"
#include "support/zip_member.h"

namespace ariadne {
namespace {

using testing::RunAriadne;
using testing::ZipMember;

// `ariadne init` of the case "case" (region GB) in `dir`.
void InitCase(testing::TempDir& dir) {
  auto init = RunAriadne(
      dir.path(), {"init", "case", "--name", "chats", "--purpose", "testing", "--legal-basis",
                   "synthetic data", "--retention-days", "30", "--region", "GB"});
  ASSERT_EQ(init.exit_code, 0) << init.err;
}

// How many documents the full-text index at `index_db` (a case's search.db) holds; -1 when it
// cannot be read.
int64_t IndexedDocuments(const std::string& index_db) {
  auto d = store::sqlite::Db::Open(index_db, false);
  if (!d.ok()) return -1;
  auto st = (*d)->Prepare("SELECT count(*) FROM documents_fts");
  if (!st.ok() || !st->Step().ok()) return -1;
  return st->Int(0);
}

TEST(ChatImportCli, ImportsAWhatsAppAndATelegramExportAndReportsBadOnes) {
  testing::TempDir dir;
  ASSERT_NO_FATAL_FAILURE(InitCase(dir));
  dir.Write("WhatsApp Chat with Anna.txt",
            "12/03/2026, 21:15 - Anna: call +44 7700 900123\n"
            "13/03/2026, 09:00 - Ben: ok\nsee you\n");
  dir.Write("result.json",
            "{\n \"name\": \"Anna\",\n \"type\": \"personal_chat\",\n \"id\": 4000000001,\n"
            " \"messages\": [\n  {\"id\": 1, \"type\": \"message\", \"date\": "
            "\"2026-03-12T21:15:07\", \"from\": \"Anna\", \"text\": [\"call \", {\"type\": "
            "\"phone\", \"text\": \"+44 7700 900123\"}]}\n ]\n}\n");
  auto r = RunAriadne(dir.path(), {"import", "--case", "case", "WhatsApp Chat with Anna.txt",
                                   "result.json", "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::istringstream lines(r.out);
  std::string line;
  std::vector<nlohmann::json> summaries;
  while (std::getline(lines, line)) summaries.push_back(nlohmann::json::parse(line));
  ASSERT_EQ(summaries.size(), 2u) << r.out;
  EXPECT_EQ(summaries[0]["format"], "whatsapp");
  EXPECT_EQ(summaries[0]["imported"], 2);
  EXPECT_EQ(summaries[1]["format"], "telegram");
  EXPECT_EQ(summaries[1]["imported"], 1);

  // A damaged export: what was read is kept, the problem names file and line, exit code 65.
  dir.Write("cut.json",
            "{\n \"id\": 4000000002,\n \"messages\": [\n  {\"id\": 1, \"text\": \"a\"},\n  "
            "{\"id\": 2, \"te");
  auto cut =
      RunAriadne(dir.path(), {"import", "--case", "case", "--format", "telegram", "cut.json"});
  EXPECT_EQ(cut.exit_code, 65) << cut.err;
  EXPECT_NE(cut.out.find("1 imported, 1 skipped"), std::string::npos) << cut.out;
  EXPECT_NE(cut.err.find("cut.json:5: the JSON is broken"), std::string::npos) << cut.err;

  // Not JSON at all: one clear error, nothing imported.
  dir.Write("notes.json", "this is not an export\n");
  auto bad =
      RunAriadne(dir.path(), {"import", "--case", "case", "--format", "telegram", "notes.json"});
  EXPECT_EQ(bad.exit_code, 65) << bad.err;
  EXPECT_NE(bad.err.find("not a Telegram Desktop JSON export"), std::string::npos) << bad.err;
}

// An import does not wait for the full-text index (store/search_index.h): it says how many
// documents the index lacks, and the next search indexes them before it answers. Here the import
// writes none of the index (ARIADNE_IMPORT_INDEXER=0), as when its indexer got no idle CPU.
TEST(ChatImportCli, AnImportLeavesTheIndexBehindAndTheNextSearchCatchesUp) {
  testing::TempDir dir;
  ASSERT_NO_FATAL_FAILURE(InitCase(dir));
  // Three days: three chat segments, three documents.
  dir.Write("WhatsApp Chat with Anna.txt",
            "12/03/2026, 21:15 - Anna: room ready\n"
            "13/03/2026, 09:00 - Ben: ticket bought\n"
            "14/03/2026, 10:30 - Anna: meet at the quayside\n");
  ASSERT_EQ(::setenv("ARIADNE_IMPORT_INDEXER", "0", 1), 0);
  auto r = RunAriadne(dir.path(), {"import", "--case", "case", "WhatsApp Chat with Anna.txt"});
  ::unsetenv("ARIADNE_IMPORT_INDEXER");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("3 document(s) are not in the search index yet; the next search indexes "
                       "them first"),
            std::string::npos)
      << r.err;
  const std::string index_db = (dir / "case" / "search.db").string();
  auto indexed = [&] { return IndexedDocuments(index_db); };
  EXPECT_EQ(indexed(), 0);
  auto found = RunAriadne(dir.path(), {"search", "--case", "case", "quayside", "--json"});
  ASSERT_EQ(found.exit_code, 0) << found.err;
  EXPECT_NE(found.out.find("meet at the quayside"), std::string::npos) << found.out;
  EXPECT_EQ(indexed(), 3);
  // Nothing is left to say once the index is whole.
  auto again = RunAriadne(dir.path(), {"import", "--case", "case", "WhatsApp Chat with Anna.txt"});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(again.err.find("not in the search index"), std::string::npos) << again.err;
}

// A chat import killed with SIGKILL mid-way (nothing flushed, nothing rolled back by the process):
// the case holds whole batches only, its full-text index matches its documents (chat segments),
// and the same command completes the import: every message once, all searchable, the custody log
// intact.
TEST(ChatImportCli, AKilledImportLeavesAConsistentCaseThatTheSameCommandCompletes) {
  testing::TempDir dir;
  ASSERT_NO_FATAL_FAILURE(InitCase(dir));
  constexpr int kMessages = 300000;
  {
    std::ofstream out(dir / "WhatsApp Chat with Anna.txt", std::ios::binary);
    for (int i = 0; i < kMessages; ++i) {
      out << fmt::format("{:02}/03/2026, {:02}:{:02} - {}: room ready word{} call 07700 900{:03}\n",
                         1 + i / 20000, (i / 60) % 24, i % 60, i % 2 ? "Anna" : "Ben", i, i % 1000);
    }
  }
  const std::string db = (dir / "case" / "case.db").string();
  auto count = [&](const char* sql) -> int64_t {
    auto d = store::sqlite::Db::Open(db, false);
    if (!d.ok()) return -1;
    auto st = (*d)->Prepare(sql);
    if (!st.ok() || !st->Step().ok()) return -1;
    return st->Int(0);
  };
  // The full-text index lives in search.db beside case.db (store/search_index.h).
  const std::string index_db = (dir / "case" / "search.db").string();
  // Whole, when there is one: an import killed early may not have written it yet.
  auto fts_ok = [&]() -> std::string {
    if (!std::filesystem::exists(index_db)) return "ok";
    auto d = store::sqlite::Db::Open(index_db, false);
    if (!d.ok()) return d.status().message();
    Status s = (*d)->Exec("INSERT INTO documents_fts(documents_fts) VALUES('integrity-check')");
    return s.ok() ? "ok" : s.message();
  };
  auto indexed = [&] { return IndexedDocuments(index_db); };
  // Start the import, wait for its first committed batches, then kill it.
  const std::string cmd = "cd " + testing::ShellQuote(dir.path().string()) + " && exec " +
                          testing::ShellQuote(ARIADNE_BINARY) +
                          " import --quiet --batch-size 500 --case case 'WhatsApp Chat with "
                          "Anna.txt' >/dev/null 2>&1";
  const pid_t pid = ::fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    ::execl("/bin/sh", "sh", "-c", cmd.c_str(), static_cast<char*>(nullptr));
    ::_exit(127);
  }
  // The messages stored: each segment document indexes its own (index format 2 counts them).
  const char* const kStoredMessages =
      "SELECT coalesce(sum(json_extract(attributes, '$.messages.count')), 0) FROM documents";
  // The distinct source ids of the stored messages, read through the index.
  auto distinct_messages = [&]() -> int64_t {
    auto d = store::sqlite::Db::Open(db, false);
    if (!d.ok()) return -1;
    auto st = (*d)->Prepare("SELECT text, attributes FROM documents");
    if (!st.ok()) return -1;
    std::set<std::string> ids;
    Status s = st->ForEachRow([&] {
      Document doc;
      doc.text = st->Text(0);
      doc.attributes_json = st->Text(1);
      for (const store::ChatMessage& m : store::ChatMessagesOf(doc)) ids.insert(m.source_id);
    });
    return s.ok() ? static_cast<int64_t>(ids.size()) : -1;
  };
  int64_t seen = 0;
  for (int i = 0; i < 6000 && seen < 1000; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    seen = count(kStoredMessages);
  }
  ::kill(pid, SIGKILL);
  int status = 0;
  ::waitpid(pid, &status, 0);
  const int64_t before = count(kStoredMessages);
  ASSERT_GT(before, 0);
  ASSERT_LT(before, kMessages) << "the import finished before it was killed";
  EXPECT_EQ(before % 500, 0) << "only whole batches are committed";
  EXPECT_EQ(count("SELECT imported FROM imports"), before);
  EXPECT_EQ(count("SELECT next_line FROM imports"), before + 1)
      << "the import resumes after the last stored message";
  EXPECT_EQ(fts_ok(), "ok") << "the full-text index is damaged after the kill";
  const int64_t segments = count("SELECT count(*) FROM documents");
  EXPECT_LE(segments, before / 100) << "messages are stored as segments, not one row each";
  EXPECT_EQ(count("SELECT count(*) FROM document_seals"), segments)
      << "each document is sealed in the transaction that stores it";
  EXPECT_EQ(count("SELECT count(*) FROM imports WHERE status = 'running'"), 1);

  auto again = RunAriadne(
      dir.path(), {"import", "--case", "case", "WhatsApp Chat with Anna.txt", "--json", "--quiet"});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  nlohmann::json j = nlohmann::json::parse(again.out);
  EXPECT_EQ(j["resumed"], true);
  EXPECT_EQ(j["imported"], kMessages);
  EXPECT_EQ(count(kStoredMessages), kMessages);
  EXPECT_EQ(distinct_messages(), kMessages) << "every message once";
  EXPECT_EQ(count("SELECT count(*) FROM document_seals"), count("SELECT count(*) FROM documents"));
  EXPECT_EQ(fts_ok(), "ok");
  // The import does not wait for its indexer: it says how much the index lacks.
  const int64_t documents = count("SELECT count(*) FROM documents");
  if (indexed() < documents) {
    EXPECT_NE(again.err.find(fmt::format("{} document(s) are not in the search index yet",
                                         documents - indexed())),
              std::string::npos)
        << again.err;
  }
  // Messages from before and after the kill are found: the search indexes what was left first.
  for (const std::string& word : {fmt::format("word{}", kMessages - 1), std::string("word0")}) {
    auto found = RunAriadne(dir.path(), {"search", "--case", "case", word, "--json"});
    ASSERT_EQ(found.exit_code, 0) << word << found.err;
    EXPECT_NE(found.out.find(word), std::string::npos) << word;
  }
  EXPECT_EQ(indexed(), documents);
  EXPECT_EQ(fts_ok(), "ok");
  auto verified = RunAriadne(dir.path(), {"verify", "--case", "case"});
  EXPECT_EQ(verified.exit_code, 0) << verified.out << verified.err;
}

// Evidence bundles of a case holding chat segments: the bundle verifies, and in a pseudonymised
// one (pseudonyms are longer than the numbers they replace) every message's text range still
// holds that message.
TEST(ChatImportCli, BundlesOfChatSegmentsVerifyAndPseudonymsKeepEachMessageRange) {
  testing::TempDir dir;
  ASSERT_NO_FATAL_FAILURE(InitCase(dir));
  dir.Write("WhatsApp Chat with Anna.txt",
            "12/03/2026, 21:15 - Anna: call 07700 900123 now\n"
            "12/03/2026, 21:16 - Ben: or 07700 900456\n"
            "12/03/2026, 21:17 - Anna: see you at the hotel\n");
  auto imported =
      RunAriadne(dir.path(), {"import", "--case", "case", "WhatsApp Chat with Anna.txt"});
  ASSERT_EQ(imported.exit_code, 0) << imported.err;
  ASSERT_EQ(RunAriadne(dir.path(), {"analyze", "--case", "case"}).exit_code, 0);
  auto plain = RunAriadne(
      dir.path(), {"export", "--case", "case", "--format", "bundle", "--docs", "1", "-o", "b.zip"});
  ASSERT_EQ(plain.exit_code, 0) << plain.err;
  auto checked = RunAriadne(dir.path(), {"verify-bundle", "b.zip"});
  EXPECT_EQ(checked.exit_code, 0) << checked.out << checked.err;
  auto verified = RunAriadne(dir.path(), {"verify", "--case", "case"});
  EXPECT_EQ(verified.exit_code, 0) << verified.out << verified.err;

  auto pseudo = RunAriadne(dir.path(), {"export", "--case", "case", "--format", "bundle", "--docs",
                                        "1", "--pseudonymise", "-o", "p.zip"});
  ASSERT_EQ(pseudo.exit_code, 0) << pseudo.err;
  const nlohmann::json docs =
      nlohmann::json::parse(ZipMember(dir.path() / "p.zip", "documents.json"), nullptr, false);
  ASSERT_TRUE(docs.is_array() && docs.size() == 1u) << docs.dump();
  Document d;
  d.text = docs[0]["text"];
  d.attributes_json = docs[0]["attributes"];
  EXPECT_EQ(d.text.find("7700"), std::string::npos) << d.text;
  const std::vector<store::ChatMessage> messages = store::ChatMessagesOf(d);
  ASSERT_EQ(messages.size(), 3u) << d.attributes_json;
  auto text_of = [&](const store::ChatMessage& m) {
    return d.text.substr(static_cast<size_t>(m.text_start),
                         static_cast<size_t>(m.text_end - m.text_start));
  };
  EXPECT_EQ(text_of(messages[0]).rfind("call phone-", 0), 0u) << text_of(messages[0]);
  EXPECT_EQ(text_of(messages[0]).substr(text_of(messages[0]).size() - 4), " now");
  EXPECT_EQ(text_of(messages[1]).rfind("or phone-", 0), 0u) << text_of(messages[1]);
  EXPECT_EQ(text_of(messages[2]), "see you at the hotel");
  EXPECT_EQ(messages[2].sender, "Anna");
}

}  // namespace
}  // namespace ariadne
