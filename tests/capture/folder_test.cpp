// Walking a folder of seized files: what is listed and what is reported instead.
#include "capture/folder.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

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

}  // namespace
}  // namespace ariadne::capture
