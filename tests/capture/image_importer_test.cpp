// Photos with EXIF. The JPEG is encoded here with libjpeg and its metadata written with exiv2;
// the camera, serial and place are invented.
#include "capture/image_importer.h"

#include <gtest/gtest.h>
#include <jpeglib.h>

#include <cstdio>
#include <nlohmann/json.hpp>
#include <sstream>

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#include <exiv2/exiv2.hpp>

#include "capture/import.h"
#include "capture/registry.h"
#include "core/sha256.h"
#include "support/run_command.h"
#include "support/temp_dir.h"

namespace ariadne::capture {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

std::string GreyJpeg(int width, int height) {
  jpeg_compress_struct c{};
  jpeg_error_mgr err{};
  c.err = jpeg_std_error(&err);
  jpeg_create_compress(&c);
  unsigned char* out = nullptr;
  unsigned long size = 0;
  jpeg_mem_dest(&c, &out, &size);
  c.image_width = static_cast<JDIMENSION>(width);
  c.image_height = static_cast<JDIMENSION>(height);
  c.input_components = 1;
  c.in_color_space = JCS_GRAYSCALE;
  jpeg_set_defaults(&c);
  jpeg_start_compress(&c, TRUE);
  std::vector<unsigned char> row(static_cast<size_t>(width), 128);
  while (c.next_scanline < c.image_height) {
    JSAMPROW r = row.data();
    jpeg_write_scanlines(&c, &r, 1);
  }
  jpeg_finish_compress(&c);
  jpeg_destroy_compress(&c);
  std::string bytes(reinterpret_cast<char*>(out), size);
  free(out);
  return bytes;
}

// Writes `tags` (exiv2 key -> value as exiv2 reads it from text) into the JPEG at `path`.
void WriteExif(const fs::path& path, const std::vector<std::pair<std::string, std::string>>& tags) {
  Exiv2::Image::AutoPtr image = Exiv2::ImageFactory::open(path.string());
  image->readMetadata();
  Exiv2::ExifData& exif = image->exifData();
  for (const auto& [k, v] : tags) exif[k] = v;
  image->writeMetadata();
}

std::vector<ParsedRecord> ReadAll(const std::string& bytes, const fs::path& path = {},
                                  ImportOptions options = {}) {
  std::istringstream in(bytes);
  auto stream = ImageImporter().OpenFile(path, in, 0, 1, options);
  EXPECT_TRUE(stream.ok()) << stream.status().message();
  std::vector<ParsedRecord> out;
  if (!stream.ok()) return out;
  ParsedRecord r;
  while ((*stream)->Next(&r)) out.push_back(r);
  return out;
}

class ImageImporterTest : public ::testing::Test {
 protected:
  fs::path Photo(const std::vector<std::pair<std::string, std::string>>& tags) {
    const fs::path p = dir_.Write("IMG_0001.jpg", GreyJpeg(16, 8));
    WriteExif(p, tags);
    return p;
  }
  testing::TempDir dir_;
};

TEST_F(ImageImporterTest, ReadsGpsCameraSerialAndTimeTaken) {
  const fs::path p = Photo({{"Exif.Image.Make", "Canon"},
                            {"Exif.Image.Model", "Canon EOS 5D"},
                            {"Exif.Photo.BodySerialNumber", "123456789012"},
                            {"Exif.Photo.DateTimeOriginal", "2026:03:12 21:15:07"},
                            {"Exif.Photo.OffsetTimeOriginal", "+01:00"},
                            {"Exif.GPSInfo.GPSLatitudeRef", "N"},
                            {"Exif.GPSInfo.GPSLatitude", "51/1 30/1 2637/100"},
                            {"Exif.GPSInfo.GPSLongitudeRef", "W"},
                            {"Exif.GPSInfo.GPSLongitude", "0/1 7/1 3954/100"},
                            {"Exif.Image.ImageDescription", "room 4"}});
  const std::string bytes = testing::ReadFile(p);
  const auto records = ReadAll(bytes, p);
  ASSERT_EQ(records.size(), 1u);
  const ParsedRecord& r = records[0];
  ASSERT_TRUE(r.doc) << r.error;
  EXPECT_TRUE(r.warnings.empty()) << r.warnings[0];
  EXPECT_EQ(r.doc->site, "image");
  EXPECT_EQ(r.doc->source_id, "sha256:" + Sha256Hex(bytes));
  EXPECT_EQ(r.doc->title, "IMG_0001.jpg");
  EXPECT_EQ(r.doc->text, "room 4");
  EXPECT_EQ(r.doc->posted_at, "2026-03-12T21:15:07+01:00");
  const json a = json::parse(r.doc->attributes_json);
  EXPECT_NEAR(a["gps"]["lat"].get<double>(), 51.5073250, 1e-6);
  EXPECT_NEAR(a["gps"]["lon"].get<double>(), -0.1276500, 1e-6);
  EXPECT_EQ(a["camera"]["make"], "Canon");
  EXPECT_EQ(a["camera"]["model"], "Canon EOS 5D");
  EXPECT_EQ(a["camera"]["serial"], "123456789012");
  EXPECT_EQ(a["width"], 16);
  EXPECT_EQ(a["height"], 8);
  EXPECT_EQ(a["media_type"], "image/jpeg");
  ASSERT_EQ(r.doc->images.size(), 1u);
  ASSERT_EQ(r.files.size(), 1u);
  EXPECT_EQ(r.files[0].ref, r.doc->images[0].ref);
  EXPECT_EQ(r.files[0].bytes, bytes);
  EXPECT_EQ(r.byte_end, static_cast<int64_t>(bytes.size()));
}

TEST_F(ImageImporterTest, APhotoWithoutExifIsStillAnImage) {
  const std::string bytes = GreyJpeg(4, 4);
  const auto records = ReadAll(bytes);
  ASSERT_EQ(records.size(), 1u);
  ASSERT_TRUE(records[0].doc);
  EXPECT_TRUE(records[0].warnings.empty());
  EXPECT_TRUE(records[0].doc->posted_at.empty());
  EXPECT_FALSE(json::parse(records[0].doc->attributes_json).contains("gps"));
}

TEST_F(ImageImporterTest, DamagedMetadataIsAWarningNotALoss) {
  const fs::path p =
      Photo({{"Exif.Image.Make", "Canon"}, {"Exif.Photo.DateTimeOriginal", "2026:03:12 21:15:07"}});
  std::string bytes = testing::ReadFile(p);
  // Break the TIFF header inside the APP1 "Exif\0\0" segment.
  const size_t exif = bytes.find(std::string("Exif\0\0", 6));
  ASSERT_NE(exif, std::string::npos);
  bytes.replace(exif + 6, 8, "XXXXXXXX");
  const auto records = ReadAll(bytes);
  ASSERT_EQ(records.size(), 1u);
  ASSERT_TRUE(records[0].doc) << records[0].error;
  EXPECT_EQ(records[0].files.size(), 1u);
  EXPECT_TRUE(records[0].doc->posted_at.empty());
  ASSERT_FALSE(records[0].warnings.empty());
  EXPECT_NE(records[0].warnings[0].find("metadata could not be read"), std::string::npos)
      << records[0].warnings[0];
}

TEST_F(ImageImporterTest, ImpossibleGpsAndDatesAreReportedNotKept) {
  const fs::path p = Photo({{"Exif.GPSInfo.GPSLatitudeRef", "N"},
                            {"Exif.GPSInfo.GPSLatitude", "200/1 0/1 0/1"},
                            {"Exif.GPSInfo.GPSLongitudeRef", "E"},
                            {"Exif.GPSInfo.GPSLongitude", "10/1 0/1 0/1"},
                            {"Exif.Photo.DateTimeOriginal", "2026:13:45 99:00:00"}});
  const auto records = ReadAll(testing::ReadFile(p));
  ASSERT_EQ(records.size(), 1u);
  ASSERT_TRUE(records[0].doc);
  EXPECT_FALSE(json::parse(records[0].doc->attributes_json).contains("gps"));
  EXPECT_TRUE(records[0].doc->posted_at.empty());
  ASSERT_EQ(records[0].warnings.size(), 2u);
  EXPECT_NE(records[0].warnings[0].find("not on Earth"), std::string::npos);
  EXPECT_NE(records[0].warnings[1].find("not a date"), std::string::npos);
}

TEST_F(ImageImporterTest, NonImagesAndOversizedImagesAreSkippedWithAReason) {
  auto records = ReadAll("plain text, not a photo");
  ASSERT_EQ(records.size(), 1u);
  EXPECT_FALSE(records[0].doc);
  EXPECT_NE(records[0].error.find("not a JPEG"), std::string::npos);
  ImportOptions options;
  options.max_image_bytes = 100;
  records = ReadAll(GreyJpeg(64, 64), {}, options);
  ASSERT_EQ(records.size(), 1u);
  EXPECT_FALSE(records[0].doc);
  EXPECT_NE(records[0].error.find("more than 100 bytes"), std::string::npos);
  EXPECT_GT(records[0].byte_end, 100);
}

TEST_F(ImageImporterTest, ImportsIntoACaseWithTheImageStored) {
  store::CaseInfo info{"t", "tests", "synthetic", 7, "GB", "", "", 0};
  auto c = store::Case::Create(dir_ / "case", info);
  ASSERT_TRUE(c.ok()) << c.status().message();
  const fs::path p = Photo({{"Exif.Image.Make", "Canon"}});
  EXPECT_EQ(DetectImporter(p), &ImageImporter());
  auto s = ImportFile(**c, p, "", {}, {});
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->imported, 1);
  EXPECT_EQ(s->images_stored, 1);
  const std::string sha = Sha256Hex(testing::ReadFile(p));
  auto ids = (*c)->store().FindBySourceId("sha256:" + sha, "image");
  ASSERT_TRUE(ids.ok());
  ASSERT_EQ(ids->size(), 1u);
  auto d = (*c)->store().GetDocument(ids->front());
  ASSERT_TRUE(d.ok());
  ASSERT_EQ(d->images.size(), 1u);
  EXPECT_EQ(d->images[0].blob_sha256, sha);  // the file's own blob
  EXPECT_EQ(d->provenance.blob_sha256, sha);
}

}  // namespace
}  // namespace ariadne::capture
#pragma GCC diagnostic pop
