// The command-line contract, through the real binary.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/run_command.h"
#include "support/temp_dir.h"
#include "support/test_paths.h"

namespace ariadne {
namespace {

using testing::RunAriadne;

class CliTest : public ::testing::Test {
 protected:
  testing::CommandResult Run(const std::vector<std::string>& args) {
    return RunAriadne(dir_.path(), args);
  }

  void InitCase() {
    auto r = Run({"init", "case", "--name", "CLI test", "--purpose", "testing the CLI",
                  "--legal-basis", "synthetic data", "--retention-days", "30", "--region", "GB"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }

  testing::TempDir dir_;
};

TEST_F(CliTest, HelpListsEverySubcommandAndEachHasItsOwnHelp) {
  auto r = Run({"--help"});
  EXPECT_EQ(r.exit_code, 0);
  for (const char* sub : {"demo", "init", "info", "import", "search", "show", "report"}) {
    EXPECT_NE(r.out.find(sub), std::string::npos) << sub;
    auto h = Run({sub, "--help"});
    EXPECT_EQ(h.exit_code, 0) << sub;
    EXPECT_NE(h.out.find("Example"), std::string::npos) << sub << " has no example in --help";
  }
  EXPECT_NE(r.out.find("Exit codes"), std::string::npos);
}

// The libraries only some commands use are loaded at their first call, not at every start
// (cli/lazy_libraries.cpp): what the dynamic loader lists for a start names none of them.
TEST_F(CliTest, AStartLoadsNoneOfTheLibrariesOnlySomeCommandsUse) {
#ifndef ARIADNE_LAZY_LIBRARIES
  GTEST_SKIP() << "this build links them as usual (src/cli/CMakeLists.txt)";
#else
  const std::filesystem::path listed = dir_.path() / "loaded.txt";
  const std::string cmd = "LD_TRACE_LOADED_OBJECTS=1 " + testing::ShellQuote(ARIADNE_BINARY) +
                          " >" + testing::ShellQuote(listed.string());
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  const std::string loaded = testing::ReadFile(listed);
  EXPECT_NE(loaded.find("libsqlite3"), std::string::npos) << loaded;  // the list is the loader's
  for (const char* library : {"libcurl", "libpoppler", "libpango", "libcairo", "libigraph",
                              "libgmime", "libgobject", "libglib", "libxlsxwriter", "libexiv2"}) {
    EXPECT_EQ(loaded.find(library), std::string::npos) << library << " is loaded at start";
  }
#endif
}

TEST_F(CliTest, UsageErrorsExitWithTwoNeverWithCli11Codes) {
  EXPECT_EQ(Run({}).exit_code, 2);
  EXPECT_EQ(Run({"frobnicate"}).exit_code, 2);
  EXPECT_EQ(Run({"info", "--case"}).exit_code, 2);
  auto r = Run({"init", "c", "--name", "n", "--legal-basis", "l", "--retention-days", "3"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--purpose"), std::string::npos);
  EXPECT_EQ(Run({"init", "c", "--name", "n", "--purpose", "p", "--legal-basis", "l",
                 "--retention-days", "-3"})
                .exit_code,
            2);
}

TEST_F(CliTest, InitThenInfoShowsPurposeLegalBasisAndCounts) {
  InitCase();
  auto r = Run({"info", "--case", "case", "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["purpose"], "testing the CLI");
  EXPECT_EQ(j["legal_basis"], "synthetic data");
  EXPECT_EQ(j["region"], "GB");
  EXPECT_EQ(j["counts"]["documents"], 0);
  auto human = Run({"info", "--case", "case"});
  EXPECT_NE(human.out.find("Legal basis:  synthetic data"), std::string::npos);
  EXPECT_EQ(Run({"init", "case", "--name", "again", "--purpose", "p", "--legal-basis", "l",
                 "--retention-days", "3"})
                .exit_code,
            2);
}

TEST_F(CliTest, ImportReportsBadLinesAndExitsWithDataError) {
  InitCase();
  dir_.Write(
      "ads.jsonl",
      "{\"id\":\"1\",\"text\":\"Warehouse work, accommodation provided\",\"site\":\"jobs.example\","
      "\"posted_at\":\"2026-05-04\",\"lang\":\"en\",\"kind\":\"labour\"}\n"
      "{\"id\":\"2\",\"text\":\n"
      "{\"id\":\"3\",\"text\":\"Fată nouă în oraș, discretă\",\"site\":\"nights.example\","
      "\"lang\":\"ro\",\"kind\":\"sex\"}\n");
  auto r = Run({"import", "--case", "case", "ads.jsonl"});
  EXPECT_EQ(r.exit_code, 65) << r.err;
  EXPECT_NE(r.err.find("ads.jsonl:2: not valid JSON"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("2 imported, 1 skipped, 0 duplicated"), std::string::npos) << r.out;

  auto again = Run({"import", "--case", "case", "ads.jsonl", "--json"});
  EXPECT_EQ(again.exit_code, 0) << again.err;
  auto j = nlohmann::json::parse(again.out);
  EXPECT_TRUE(j["already_complete"].get<bool>());
  EXPECT_EQ(
      Run({"info", "--case", "case", "--json"}).out.find("\"documents\":2") != std::string::npos,
      true);
}

TEST_F(CliTest, ImportOfAMissingFileIsAnIoError) {
  InitCase();
  auto r = Run({"import", "--case", "case", "nope.jsonl"});
  EXPECT_EQ(r.exit_code, 74);
  EXPECT_NE(r.err.find("nope.jsonl"), std::string::npos);
}

// A damaged export fails after its original is stored: the case keeps the original as evidence
// and `verify` finds it in the custody log (it reported "added outside Ariadne" before).
TEST_F(CliTest, AFailedImportLeavesACaseThatVerifies) {
  InitCase();
  const std::string cut_zip = std::string(ARIADNE_SOURCE_DIR) + "/fuzz/corpus/whatsapp_zip/cut.zip";
  auto r = Run({"import", "--case", "case", cut_zip});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find("not a readable zip"), std::string::npos) << r.err;
  auto v = Run({"verify", "--case", "case"});
  EXPECT_EQ(v.exit_code, 0) << v.out << v.err;
}

// `ariadne import` closes case.db without copying its log back (Db::LeaveLogAtClose): the log
// holds what the import committed, every later command reads through it, and the next command
// whose connection closes the case last copies it back and deletes it.
TEST_F(CliTest, AnImportLeavesTheCaseLogToTheNextCommand) {
  InitCase();
  std::string chat;
  for (int i = 0; i < 200; ++i) {
    chat += "03/12/2026, 21:" + std::to_string(10 + i % 50) + " - Anna: message " +
            std::to_string(i) + " about the room\n";
  }
  chat += "04/12/2026, 09:00 - Ben: call 07700 900123 for the ticket\n";
  dir_.Write("WhatsApp Chat with Anna.txt", chat);
  ASSERT_EQ(Run({"import", "--case", "case", "WhatsApp Chat with Anna.txt"}).exit_code, 0);
  const std::filesystem::path wal = dir_.path() / "case" / "case.db-wal";
  ASSERT_TRUE(std::filesystem::exists(wal));
  EXPECT_GT(std::filesystem::file_size(wal), 0u);
  auto hit = Run({"search", "--case", "case", "ticket", "--json"});
  ASSERT_EQ(hit.exit_code, 0) << hit.err;
  EXPECT_NE(hit.out.find("07700 900123"), std::string::npos) << hit.out;
  EXPECT_FALSE(std::filesystem::exists(wal));  // the search closed the case last: copied back
  auto info = Run({"info", "--case", "case", "--json"});
  ASSERT_EQ(info.exit_code, 0) << info.err;
  EXPECT_EQ(nlohmann::json::parse(info.out)["counts"]["documents"], 2);  // one segment a day
  auto v = Run({"verify", "--case", "case"});
  EXPECT_EQ(v.exit_code, 0) << v.out << v.err;
}

TEST_F(CliTest, SearchAndShow) {
  InitCase();
  dir_.Write("ads.jsonl",
             "{\"id\":\"j1\",\"text\":\"Warehouse work, accommodation provided, no experience "
             "needed\",\"site\":\"jobs.example\",\"posted_at\":\"2026-05-04\",\"lang\":\"en\"}\n"
             "{\"id\":\"r1\",\"text\":\"Fată nouă în oraș, discretă\",\"site\":\"nights.example\","
             "\"lang\":\"ro\"}\n");
  ASSERT_EQ(Run({"import", "--case", "case", "ads.jsonl"}).exit_code, 0);

  auto hit = Run({"search", "--case", "case", "discreta", "--json"});
  ASSERT_EQ(hit.exit_code, 0) << hit.err;
  auto j = nlohmann::json::parse(hit.out);
  EXPECT_EQ(j["source_id"], "r1");
  const std::string snippet = j["snippet"];
  const auto span = j["highlights"][0];
  EXPECT_EQ(snippet.substr(span[0].get<size_t>(), span[1].get<size_t>() - span[0].get<size_t>()),
            "discretă");

  auto plain = Run({"search", "--case", "case", "\"no experience\"", "site:jobs.example"});
  EXPECT_EQ(plain.exit_code, 0);
  EXPECT_NE(plain.out.find("[no experience] needed"), std::string::npos) << plain.out;

  EXPECT_EQ(Run({"search", "--case", "case", "nothingmatches"}).exit_code, 1);
  EXPECT_EQ(Run({"search", "--case", "case", "colour:red"}).exit_code, 65);

  auto show = Run({"show", "--case", "case", "j1", "--json"});
  ASSERT_EQ(show.exit_code, 0) << show.err;
  auto doc = nlohmann::json::parse(show.out);
  EXPECT_EQ(doc["provenance"]["file_name"], "ads.jsonl");
  EXPECT_EQ(doc["provenance"]["line"], 1);
  EXPECT_EQ(doc["provenance"]["blob_sha256"].get<std::string>().size(), 64u);
  auto human = Run({"show", "--case", "case", std::to_string(doc["id"].get<int64_t>())});
  EXPECT_NE(human.out.find("Provenance: ads.jsonl line 1"), std::string::npos) << human.out;
  EXPECT_EQ(Run({"show", "--case", "case", "9999"}).exit_code, 1);
}

TEST_F(CliTest, CsvImportWithMap) {
  InitCase();
  dir_.Write("ads.csv", "ad_number;body;city\nad-7;\"Cleaner; nights\";Leeds\n");
  auto r =
      Run({"import", "--case", "case", "ads.csv", "--map", "ad_number=id,body=text,city=location"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto show = Run({"show", "--case", "case", "ad-7", "--json"});
  auto doc = nlohmann::json::parse(show.out);
  EXPECT_EQ(doc["text"], "Cleaner; nights");
  EXPECT_EQ(doc["location"], "Leeds");
  EXPECT_EQ(Run({"import", "--case", "case", "ads.csv", "--map", "nonsense"}).exit_code, 65);
}

}  // namespace
}  // namespace ariadne
