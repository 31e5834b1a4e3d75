#include "capture/folder_names.h"

#include <gtest/gtest.h>

#include "support/temp_dir.h"

namespace ariadne::capture {
namespace {

namespace fs = std::filesystem;

TEST(FolderNames, OnlyAnAsciiNameTheListingLacksIsSurelyMissing) {
  testing::TempDir dir;
  dir.Write("IMG-20260305-WA0001.jpg", "a photo");
  dir.Write("media/IMG-20260305-WA0002.jpg", "a photo in a subfolder");
  FolderNames names(dir.path());
  EXPECT_FALSE(names.SurelyMissing("IMG-20260305-WA0001.jpg"));
  EXPECT_TRUE(names.listed());
  EXPECT_TRUE(names.SurelyMissing("IMG-20260305-WA0003.jpg"));
  EXPECT_FALSE(names.SurelyMissing("media")) << "a folder is listed too: stat tells";
  // Not answered by the listing: a path with a folder part, a name that is not ASCII (a file
  // system may normalise it), an empty path.
  EXPECT_FALSE(names.SurelyMissing("media/IMG-20260305-WA0002.jpg"));
  EXPECT_FALSE(names.SurelyMissing("media/IMG-20260305-WA0009.jpg"));
  EXPECT_FALSE(names.SurelyMissing("caf\xC3\xA9.jpg"));
  EXPECT_FALSE(names.SurelyMissing(""));
}

TEST(FolderNames, AFileCaseSensitiveStatCannotFindIsMissingInEveryCase) {
  testing::TempDir dir;
  dir.Write("photo.jpg", "a photo");
  FolderNames names(dir.path());
  // On a case-sensitive folder (the test's), "PHOTO.JPG" is not "photo.jpg": stat says so too.
  const bool folds_case = fs::exists(dir / "PHOTO.JPG");
  EXPECT_EQ(names.SurelyMissing("PHOTO.JPG"), !folds_case);
  EXPECT_EQ(names.listed(), !folds_case);
}

TEST(FolderNames, AFolderThatCannotBeListedOrHasTooManyEntriesAnswersNothing) {
  testing::TempDir dir;
  FolderNames absent(dir / "no such folder");
  EXPECT_FALSE(absent.SurelyMissing("a.jpg"));
  EXPECT_FALSE(absent.listed());

  dir.Write("a.jpg", "1");
  dir.Write("b.jpg", "2");
  dir.Write("c.jpg", "3");
  FolderNames crowded(dir.path(), /*max_entries=*/2);
  EXPECT_FALSE(crowded.SurelyMissing("d.jpg"));
  EXPECT_FALSE(crowded.listed());
  FolderNames enough(dir.path(), /*max_entries=*/3);
  EXPECT_TRUE(enough.SurelyMissing("d.jpg"));
  EXPECT_FALSE(enough.SurelyMissing("c.jpg"));
}

TEST(FolderNames, AnEmptyFolderPathIsTheCurrentDirectory) {
  testing::TempDir dir;
  dir.Write("here.jpg", "1");
  const fs::path was = fs::current_path();
  fs::current_path(dir.path());
  FolderNames names("");
  const bool here = names.SurelyMissing("here.jpg");
  const bool elsewhere = names.SurelyMissing("elsewhere.jpg");
  fs::current_path(was);
  EXPECT_FALSE(here);
  EXPECT_TRUE(elsewhere);
}

}  // namespace
}  // namespace ariadne::capture
