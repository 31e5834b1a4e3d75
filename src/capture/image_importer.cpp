#include "capture/image_importer.h"

#include <fmt/format.h>

#include <cmath>
#include <mutex>
#include <nlohmann/json.hpp>
#include <sstream>
#include <unordered_map>

// exiv2 0.27's headers use std::auto_ptr, deprecated since C++11.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#include <exiv2/exiv2.hpp>
#pragma GCC diagnostic pop

#include "core/sha256.h"
#include "core/text.h"

#pragma GCC diagnostic ignored "-Wdeprecated-declarations"

namespace ariadne::capture {

namespace {

using nlohmann::json;
namespace fs = std::filesystem;

void InitExiv2() {
  static std::once_flag once;
  std::call_once(once, [] {
    // exiv2 prints warnings about odd metadata to stderr; problems are reported per file instead.
    Exiv2::LogMsg::setLevel(Exiv2::LogMsg::mute);
    Exiv2::XmpParser::initialize();
  });
}

std::string MediaTypeOfBytes(std::string_view b) {
  if (b.rfind("\xFF\xD8\xFF", 0) == 0) return "image/jpeg";
  if (b.rfind("\x89PNG\r\n\x1A\n", 0) == 0) return "image/png";
  if (b.size() >= 12 && b.rfind("RIFF", 0) == 0 && b.substr(8, 4) == "WEBP") return "image/webp";
  if (b.rfind("GIF87a", 0) == 0 || b.rfind("GIF89a", 0) == 0) return "image/gif";
  if (b.rfind(std::string_view("II*\0", 4), 0) == 0 ||
      b.rfind(std::string_view("MM\0*", 4), 0) == 0)
    return "image/tiff";
  return "";
}

std::string Clean(std::string s) {
  size_t from = 0;
  while (std::optional<size_t> bad = FindInvalidUtf8(std::string_view(s).substr(from))) {
    const size_t at = from + *bad;
    s.replace(at, 1, "\xEF\xBF\xBD");
    from = at + 3;
  }
  for (char& c : s) {
    if (static_cast<unsigned char>(c) < 0x20 && c != '\n') c = ' ';
  }
  return std::string(Trim(s));
}

// The EXIF values by key ("Exif.Image.Make"), read once: looking a key up by name makes exiv2
// throw for names its tables lack (maker-note tags differ between versions).
using ExifMap = std::unordered_map<std::string, const Exiv2::Exifdatum*>;

std::string Text(const ExifMap& m, const char* key) {
  auto it = m.find(key);
  if (it == m.end()) return "";
  std::string s = Clean(it->second->toString());
  // Unset serials are often written as zeros or blanks.
  if (s.find_first_not_of("0 ") == std::string::npos) return "";
  return s;
}

std::string FirstText(const ExifMap& m, std::initializer_list<const char*> keys) {
  for (const char* k : keys) {
    std::string s = Text(m, k);
    if (!s.empty()) return s;
  }
  return "";
}

// Degrees, minutes, seconds as three rationals, to decimal degrees.
std::optional<double> Degrees(const ExifMap& m, const char* key, const char* ref_key,
                              char negative) {
  auto it = m.find(key);
  if (it == m.end() || it->second->count() < 3) return std::nullopt;
  double value = 0;
  const double scale[3] = {1.0, 60.0, 3600.0};
  for (long i = 0; i < 3; ++i) {
    const Exiv2::Rational r = it->second->toRational(i);
    if (r.second == 0) {
      if (r.first == 0) continue;  // 0/0 written for "no seconds"
      return std::nullopt;
    }
    value += static_cast<double>(r.first) / r.second / scale[i];
  }
  const std::string ref = AsciiLower(Text(m, ref_key));
  if (!ref.empty() && std::tolower(static_cast<unsigned char>(ref[0])) == negative) value = -value;
  return value;
}

// "2026:03:12 21:15:07" to "2026-03-12T21:15:07", with an offset "+01:00" when given.
std::string IsoOf(std::string exif, const std::string& offset) {
  if (exif.size() < 19) return "";
  std::string iso = exif.substr(0, 19);
  iso[4] = '-';
  iso[7] = '-';
  iso[10] = 'T';
  if (offset.size() == 6 && (offset[0] == '+' || offset[0] == '-')) iso += offset;
  return IsIso8601(iso) ? iso : "";
}

void ReadMetadata(const std::string& bytes, Document* d, json* attributes,
                  std::vector<std::string>* warnings) {
  InitExiv2();
  try {
    Exiv2::Image::AutoPtr image = Exiv2::ImageFactory::open(
        reinterpret_cast<const Exiv2::byte*>(bytes.data()), static_cast<long>(bytes.size()));
    if (image.get() == nullptr) {
      warnings->push_back("not an image format exiv2 knows: no metadata read");
      return;
    }
    image->readMetadata();
    (*attributes)["width"] = image->pixelWidth();
    (*attributes)["height"] = image->pixelHeight();
    ExifMap m;
    for (const Exiv2::Exifdatum& e : image->exifData()) m.emplace(e.key(), &e);
    json camera = json::object();
    const std::pair<const char*, std::string> fields[] = {
        {"make", Text(m, "Exif.Image.Make")},
        {"model", Text(m, "Exif.Image.Model")},
        {"serial",
         FirstText(m, {"Exif.Photo.BodySerialNumber", "Exif.Image.CameraSerialNumber",
                       "Exif.Canon.SerialNumber", "Exif.Canon.InternalSerialNumber",
                       "Exif.Nikon3.SerialNumber", "Exif.Nikon3.SerialNO",
                       "Exif.Olympus.SerialNumber", "Exif.OlympusEq.SerialNumber",
                       "Exif.Fujifilm.SerialNumber", "Exif.Pentax.SerialNumber",
                       "Exif.Panasonic.InternalSerialNumber", "Exif.Sigma.SerialNumber"})},
        {"lens_serial", Text(m, "Exif.Photo.LensSerialNumber")},
        {"owner", FirstText(m, {"Exif.Photo.CameraOwnerName", "Exif.Canon.OwnerName"})},
        {"software", Text(m, "Exif.Image.Software")}};
    for (const auto& [k, v] : fields) {
      if (!v.empty()) camera[k] = v;
    }
    if (!camera.empty()) (*attributes)["camera"] = std::move(camera);
    const auto lat = Degrees(m, "Exif.GPSInfo.GPSLatitude", "Exif.GPSInfo.GPSLatitudeRef", 's');
    const auto lon = Degrees(m, "Exif.GPSInfo.GPSLongitude", "Exif.GPSInfo.GPSLongitudeRef", 'w');
    if (lat && lon) {
      if (std::fabs(*lat) <= 90 && std::fabs(*lon) <= 180 && std::isfinite(*lat) &&
          std::isfinite(*lon)) {
        json gps = {{"lat", std::round(*lat * 1e7) / 1e7}, {"lon", std::round(*lon * 1e7) / 1e7}};
        auto alt = m.find("Exif.GPSInfo.GPSAltitude");
        if (alt != m.end() && alt->second->count() >= 1) {
          const Exiv2::Rational r = alt->second->toRational(0);
          if (r.second != 0) {
            double metres = static_cast<double>(r.first) / r.second;
            if (Text(m, "Exif.GPSInfo.GPSAltitudeRef") == "1") metres = -metres;
            gps["alt"] = std::round(metres * 10) / 10;
          }
        }
        (*attributes)["gps"] = std::move(gps);
      } else {
        warnings->push_back(
            fmt::format("EXIF GPS position {}, {} is not on Earth: not kept", *lat, *lon));
      }
    } else if (m.count("Exif.GPSInfo.GPSLatitude") > 0 ||
               m.count("Exif.GPSInfo.GPSLongitude") > 0) {
      warnings->push_back("EXIF GPS position is incomplete or damaged: not kept");
    }
    const std::string original = Text(m, "Exif.Photo.DateTimeOriginal");
    std::string when = IsoOf(original, Text(m, "Exif.Photo.OffsetTimeOriginal"));
    if (when.empty()) when = IsoOf(Text(m, "Exif.Photo.DateTimeDigitized"), "");
    if (when.empty()) when = IsoOf(Text(m, "Exif.Image.DateTime"), "");
    if (when.empty() && !original.empty()) {
      warnings->push_back(fmt::format("EXIF DateTimeOriginal \"{}\" is not a date: time left empty",
                                      Ellipsize(original, 40)));
    }
    d->posted_at = when;
    d->text = FirstText(
        m, {"Exif.Image.ImageDescription", "Exif.Photo.UserComment", "Exif.Image.XPComment"});
    if (d->text.rfind("charset=", 0) == 0) d->text.clear();  // an empty UserComment's label
  } catch (const std::exception& e) {
    // Exiv2::Error derives from std::exception; its messages name the damage.
    warnings->push_back(fmt::format("image metadata could not be read ({}): imported without it",
                                    Ellipsize(e.what(), 200)));
  }
}

class ImageStream final : public RecordStream {
 public:
  ImageStream(std::istream& in, std::string name, int64_t offset, const ImportOptions& options)
      : in_(in), name_(std::move(name)), options_(options), done_(offset > 0) {}

  bool Next(ParsedRecord* record) override {
    if (done_) return false;
    done_ = true;
    *record = ParsedRecord{};
    record->line = 1;
    std::string bytes;
    const int64_t cap = options_.max_image_bytes;
    bytes.resize(static_cast<size_t>(std::min<int64_t>(cap + 1, int64_t{1} << 20)));
    int64_t total = 0;
    for (;;) {
      if (total == static_cast<int64_t>(bytes.size())) {
        if (total > cap) break;
        bytes.resize(static_cast<size_t>(std::min<int64_t>(cap + 1, total * 2)));
      }
      in_.read(bytes.data() + total, static_cast<std::streamsize>(bytes.size()) - total);
      total += in_.gcount();
      if (!in_) break;
    }
    if (in_.bad()) {
      read_error_ = true;
      return false;
    }
    bytes.resize(static_cast<size_t>(total));
    record->byte_end = total;
    if (total > cap) {
      // Measure the rest without keeping it.
      char buf[1 << 16];
      while (in_.read(buf, sizeof buf) || in_.gcount() > 0) record->byte_end += in_.gcount();
      record->error = fmt::format("image of more than {} bytes: not imported", cap);
      return true;
    }
    const std::string type = MediaTypeOfBytes(bytes);
    if (type.empty()) {
      record->error = "not a JPEG, PNG, WebP, GIF or TIFF image: skipped";
      return true;
    }
    Document& d = record->doc.emplace();
    d.site = "image";
    const std::string sha = Sha256Hex(bytes);
    d.source_id = "sha256:" + sha;
    d.title = name_;
    json attributes = {{"media_type", type}, {"sha256", sha}, {"size", total}};
    ReadMetadata(bytes, &d, &attributes, &record->warnings);
    d.attributes_json = attributes.dump(-1, ' ', false, json::error_handler_t::replace);
    const std::string ref = name_.empty() ? "image" : name_;
    d.images.push_back({ref, "", ""});
    record->files.push_back({ref, type, std::move(bytes)});
    return true;
  }

  Status status() const override { return read_error_ ? IoError("read error") : Status::Ok(); }

 private:
  std::istream& in_;
  std::string name_;
  const ImportOptions options_;  // a copy: callers may pass a temporary
  bool done_;
  bool read_error_ = false;
};

class Image final : public Importer {
 public:
  std::string_view name() const override { return "image"; }
  std::string_view description() const override {
    return "a photo (JPEG, PNG, WebP, GIF, TIFF) with its EXIF metadata: GPS, camera serial, time "
           "taken (docs/formats/image.md)";
  }
  bool Sniff(const fs::path& /*path*/, std::string_view head) const override {
    return !MediaTypeOfBytes(head).empty();
  }
  Result<std::unique_ptr<RecordStream>> Open(std::istream& in, int64_t offset, int64_t line,
                                             const ImportOptions& options) const override {
    return OpenFile({}, in, offset, line, options);
  }
  Result<std::unique_ptr<RecordStream>> OpenFile(const fs::path& path, std::istream& in,
                                                 int64_t offset, int64_t /*line*/,
                                                 const ImportOptions& options) const override {
    return std::unique_ptr<RecordStream>(
        std::make_unique<ImageStream>(in, Clean(path.filename().string()), offset, options));
  }
};

}  // namespace

const Importer& ImageImporter() {
  static const Image importer;
  return importer;
}

}  // namespace ariadne::capture
