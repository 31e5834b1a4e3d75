// Walking a folder of seized files: what is listed and what is reported instead.
#include "capture/folder.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include "store/case.h"
#include "support/temp_dir.h"

namespace ariadne::capture {
namespace {

namespace fs = std::filesystem;

bool HasProblem(const FolderListing& l, const std::string& needle) {
  for (const auto& p : l.problems) {
    if (p.find(needle) != std::string::npos) return true;
  }
  return false;
}

TEST(ListFolder, ListsRegularFilesSortedAndNeverFollowsLinks) {
  testing::TempDir dir;
  testing::TempDir outside;
  dir.Write("b.txt", "b");
  dir.Write("a/c.eml", "c");
  dir.Write("a/deeper/d.html", "d");
  outside.Write("secret.txt", "not part of the case");
  fs::create_symlink(outside / "secret.txt", dir / "link.txt");
  fs::create_directory_symlink(outside.path(), dir / "linked-folder");
  ASSERT_EQ(::mkfifo((dir / "pipe").c_str(), 0600), 0);
  auto l = ListFolder(dir.path());
  ASSERT_TRUE(l.ok()) << l.status().message();
  ASSERT_EQ(l->files.size(), 3u);
  EXPECT_EQ(l->files[0], dir / "a/c.eml");
  EXPECT_EQ(l->files[1], dir / "a/deeper/d.html");
  EXPECT_EQ(l->files[2], dir / "b.txt");
  EXPECT_TRUE(HasProblem(*l, "link.txt: a symbolic link: not followed"));
  EXPECT_TRUE(HasProblem(*l, "linked-folder: a symbolic link: not followed"));
  EXPECT_TRUE(HasProblem(*l, "pipe: not a regular file"));
}

TEST(ListFolder, StopsAtTheDepthAndCountLimitsWithAProblem) {
  testing::TempDir dir;
  dir.Write("1.txt", "");
  dir.Write("2.txt", "");
  dir.Write("x/y/z/deep.txt", "");
  FolderLimits limits;
  limits.max_depth = 2;
  auto l = ListFolder(dir.path(), limits);
  ASSERT_TRUE(l.ok());
  EXPECT_EQ(l->files.size(), 2u);
  EXPECT_TRUE(HasProblem(*l, "nested deeper than 2 folders"));
  limits.max_files = 1;
  l = ListFolder(dir.path(), limits);
  ASSERT_TRUE(l.ok());
  EXPECT_EQ(l->files.size(), 1u);
  EXPECT_TRUE(HasProblem(*l, "more than 1 files"));
}

TEST(ListFolder, AMissingFolderIsAnError) {
  testing::TempDir dir;
  EXPECT_FALSE(ListFolder(dir / "nope").ok());
}

TEST(ListFolder, LeavesOutFilesOverTheCapOfUnknownFormatOrUnreadable) {
  testing::TempDir dir;
  dir.Write("ads.jsonl", "{\"id\": \"1\", \"text\": \"room\"}\n");
  dir.Write("big.txt", std::string(5000, 'x'));
  dir.Write("photo.raw", std::string("\x01\x02\x03\x04", 4));
  const auto locked = dir.Write("locked.txt", "secret");
  ::chmod(locked.c_str(), 0);
  FolderLimits limits;
  limits.max_file_bytes = 4096;
  limits.known_formats_only = true;
  auto l = ListFolder(dir.path(), limits);
  ASSERT_TRUE(l.ok());
  EXPECT_TRUE(HasProblem(*l, "big.txt: 5000 bytes, more than the 4096 bytes"));
  EXPECT_TRUE(HasProblem(*l, "photo.raw: no importer recognises its format"));
  if (::geteuid() != 0) {  // root reads every file
    EXPECT_TRUE(HasProblem(*l, "locked.txt: cannot be read"));
  }
  for (const fs::path& f : l->files) {
    EXPECT_NE(f.filename(), "big.txt");
    EXPECT_NE(f.filename(), "photo.raw");
  }
  EXPECT_EQ(l->files.front(), dir / "ads.jsonl");
}

TEST(RecordFolderWalk, WhatTheWalkLeftOutIsRecordedInTheCaseOnce) {
  testing::TempDir dir;
  store::CaseInfo info{"t", "tests", "synthetic", 7, "GB", "", "", 0};
  auto c = store::Case::Create(dir / "case", info);
  ASSERT_TRUE(c.ok()) << c.status().message();
  testing::TempDir seized;
  seized.Write("notes.txt", "room ready");
  seized.Write("dump.bin", std::string("\x00\x01\x02", 3));
  fs::create_symlink("/etc/hostname", seized / "link");
  FolderLimits limits;
  limits.known_formats_only = true;
  auto l = ListFolder(seized.path(), limits);
  ASSERT_TRUE(l.ok());
  ASSERT_EQ(l->problems.size(), 2u);
  int started = 0;
  ImportCallbacks callbacks;
  callbacks.on_start = [&](const store::ImportRecord& r, bool) {
    EXPECT_EQ(r.format, "folder");
    ++started;
    return Status::Ok();
  };
  auto s = RecordFolderWalk(**c, seized.path(), *l, callbacks);
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_GT(s->import_id, 0);
  EXPECT_EQ(s->skipped, 2);
  EXPECT_EQ(started, 1);
  auto problems = (*c)->store().Problems(s->import_id);
  ASSERT_TRUE(problems.ok());
  ASSERT_EQ(problems->size(), 2u);
  EXPECT_NE((*problems)[0].reason.find("dump.bin: no importer recognises"), std::string::npos);
  EXPECT_NE((*problems)[1].reason.find("link: a symbolic link"), std::string::npos);
  EXPECT_EQ((*c)->store().Counts()->problems, 2);
  // The listing is kept as a blob: what was taken and what was left out.
  auto imports = (*c)->store().Imports();
  ASSERT_EQ(imports->size(), 1u);
  EXPECT_EQ((*imports)[0].status, "complete");
  auto manifest = (*c)->blobs().Read((*imports)[0].blob_sha256);
  ASSERT_TRUE(manifest.ok());
  EXPECT_NE(manifest->find("notes.txt"), std::string::npos);
  EXPECT_NE(manifest->find("dump.bin: no importer"), std::string::npos);
  // The same walk again adds nothing; a walk with nothing left out records nothing.
  auto again = RecordFolderWalk(**c, seized.path(), *l, callbacks);
  ASSERT_TRUE(again.ok());
  EXPECT_TRUE(again->already_complete);
  EXPECT_EQ((*c)->store().Counts()->problems, 2);
  FolderListing clean;
  clean.files = {seized / "notes.txt"};
  auto none = RecordFolderWalk(**c, seized.path(), clean, callbacks);
  ASSERT_TRUE(none.ok());
  EXPECT_EQ(none->import_id, 0);
  EXPECT_EQ((*c)->store().Counts()->imports, 1);
  EXPECT_EQ(started, 1);
}

}  // namespace
}  // namespace ariadne::capture
