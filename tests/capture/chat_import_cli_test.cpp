// The chat importers through `ariadne import`, as an analyst runs them: detected from the files,
// one summary line each, problems on stderr with file and line.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "support/run_command.h"
#include "support/temp_dir.h"

namespace ariadne {
namespace {

using testing::RunAriadne;

TEST(ChatImportCli, ImportsAWhatsAppAndATelegramExportAndReportsBadOnes) {
  testing::TempDir dir;
  auto init = RunAriadne(
      dir.path(), {"init", "case", "--name", "chats", "--purpose", "testing", "--legal-basis",
                   "synthetic data", "--retention-days", "30", "--region", "GB"});
  ASSERT_EQ(init.exit_code, 0) << init.err;
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

}  // namespace
}  // namespace ariadne
