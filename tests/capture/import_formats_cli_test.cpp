// The seized-data importers through `ariadne import`, as an analyst runs them on a folder: each
// file detected on its own, one summary line each, what was left out reported, exit code 65 then.
#include <gtest/gtest.h>
#include <zip.h>

#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "support/run_command.h"
#include "support/temp_dir.h"

namespace ariadne {
namespace {

using testing::RunAriadne;
namespace fs = std::filesystem;

void WriteZip(const fs::path& path, const std::vector<std::pair<std::string, std::string>>& e) {
  int error = 0;
  zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  ASSERT_NE(z, nullptr);
  for (const auto& [name, bytes] : e) {
    zip_source_t* src = zip_source_buffer(z, bytes.data(), bytes.size(), 0);
    ASSERT_GE(zip_file_add(z, name.c_str(), src, ZIP_FL_ENC_UTF_8), 0);
  }
  ASSERT_EQ(zip_close(z), 0);
}

TEST(ImportFormatsCli, ImportsAFolderOfSeizedFilesEachInItsOwnFormat) {
  testing::TempDir dir;
  auto init = RunAriadne(
      dir.path(), {"init", "case", "--name", "seized", "--purpose", "testing", "--legal-basis",
                   "synthetic data", "--retention-days", "30", "--region", "GB"});
  ASSERT_EQ(init.exit_code, 0) << init.err;
  dir.Write("phone/mail/offer.eml",
            "From: Agent <agent@jobs.example>\nTo: anna@mail.example\nSubject: Job abroad\n"
            "Date: Thu, 12 Mar 2026 21:15:07 +0000\nMessage-ID: <offer1@jobs.example>\n\n"
            "Travel paid, passport kept safe by us. Call 07700 900123\n");
  dir.Write("phone/notes.txt", "Room 4 ready\n");
  dir.Write(
      "phone/saved/ad.html",
      "<html><head><title>Ad</title></head><body><p>New girls 07700 900124</p></body></html>");
  dir.Write("phone/unknown.bin", std::string("\x01\x02\x03", 3));
  fs::create_symlink("/etc/passwd", dir / "phone/escape.txt");
  WriteZip(dir / "phone/WhatsApp Chat with Anna.zip",
           {{"WhatsApp Chat with Anna.txt",
             "12/03/2026, 21:15 - Anna: IMG-20260312-WA0001.jpg (file attached)\n"
             "13/03/2026, 09:00 - Ben: ok\n"},
            {"IMG-20260312-WA0001.jpg", "\xFF\xD8\xFF\xE0 synthetic"}});

  auto r = RunAriadne(dir.path(), {"import", "--case", "case", "phone", "--json"});
  EXPECT_EQ(r.exit_code, 65) << r.err;  // the link and the unknown file were left out
  EXPECT_NE(r.err.find("escape.txt: a symbolic link: not followed"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("unknown.bin: no importer recognises its format"), std::string::npos)
      << r.err;
  std::istringstream lines(r.out);
  std::string line;
  std::set<std::string> formats;
  int64_t imported = 0;
  while (std::getline(lines, line)) {
    const auto s = nlohmann::json::parse(line);
    formats.insert(s["format"].get<std::string>());
    imported += s["imported"].get<int64_t>();
    if (s["format"] == "whatsapp-zip") {
      EXPECT_EQ(s["images_stored"], 1);
    }
  }
  EXPECT_EQ(formats, (std::set<std::string>{"eml", "html", "text", "whatsapp-zip"})) << r.out;
  EXPECT_EQ(imported, 5);

  // Again: nothing new.
  auto again =
      RunAriadne(dir.path(), {"import", "--case", "case", "phone/mail", "phone/notes.txt"});
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.out.find("already imported"), std::string::npos) << again.out;

  // A damaged zip: a clear error naming the file, exit code 65.
  dir.Write("cut.zip", "PK\x03\x04 cut short");
  auto cut =
      RunAriadne(dir.path(), {"import", "--case", "case", "--format", "whatsapp-zip", "cut.zip"});
  EXPECT_EQ(cut.exit_code, 65) << cut.err;
  EXPECT_NE(cut.err.find("cut.zip: not a readable zip"), std::string::npos) << cut.err;
}

}  // namespace
}  // namespace ariadne
