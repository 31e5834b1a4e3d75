#include "capture/whatsapp_zip_importer.h"

#include <fmt/format.h>
#include <zip.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <unordered_map>

#include "capture/whatsapp_importer.h"
#include "core/sha256.h"
#include "core/text.h"

namespace ariadne::capture {

namespace {

using nlohmann::json;
namespace fs = std::filesystem;

constexpr int64_t kMaxChatBytes = int64_t{512} << 20;
constexpr zip_int64_t kMaxEntries = 100000;
// Problems with entries beyond this many are counted in one line.
constexpr size_t kMaxEntryWarnings = 20;

struct ZipCloser {
  void operator()(zip_t* z) const {
    if (z != nullptr) zip_discard(z);  // read-only: nothing to write back
  }
};
using ZipPtr = std::unique_ptr<zip_t, ZipCloser>;

std::string MediaTypeOfName(std::string_view name) {
  const size_t dot = name.rfind('.');
  if (dot == std::string_view::npos) return "";
  const std::string ext = AsciiLower(name.substr(dot + 1));
  static const std::pair<const char*, const char*> kTypes[] = {
      {"jpg", "image/jpeg"},      {"jpeg", "image/jpeg"}, {"png", "image/png"},
      {"webp", "image/webp"},     {"gif", "image/gif"},   {"mp4", "video/mp4"},
      {"3gp", "video/3gpp"},      {"opus", "audio/ogg"},  {"ogg", "audio/ogg"},
      {"m4a", "audio/mp4"},       {"mp3", "audio/mpeg"},  {"aac", "audio/aac"},
      {"pdf", "application/pdf"}, {"vcf", "text/vcard"},  {"txt", "text/plain"}};
  for (const auto& [e, t] : kTypes) {
    if (ext == e) return t;
  }
  return "application/octet-stream";
}

// Whether an entry name stays inside the archive: relative, no ".." component, no drive letter.
bool SafeEntryName(std::string_view name) {
  if (name.empty() || name[0] == '/' || name[0] == '\\') return false;
  if (name.size() >= 2 && name[1] == ':') return false;
  for (std::string_view part : Split(name, '/')) {
    for (std::string_view p : Split(part, '\\')) {
      if (p == "..") return false;
    }
  }
  return name.find('\0') == std::string_view::npos;
}

std::string_view BaseName(std::string_view name) {
  const size_t slash = name.find_last_of('/');
  return slash == std::string_view::npos ? name : name.substr(slash + 1);
}

// The bytes of entry `index`, at most `cap` of them whatever the zip declares; an error when the
// entry is larger, encrypted or damaged.
Result<std::string> ReadEntry(zip_t* z, zip_uint64_t index, int64_t cap) {
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat_index(z, index, 0, &st) == 0 && (st.valid & ZIP_STAT_SIZE) != 0 &&
      st.size > static_cast<zip_uint64_t>(cap)) {
    return InvalidInput(fmt::format("is {} bytes, more than the limit of {}", st.size, cap));
  }
  zip_file_t* f = zip_fopen_index(z, index, 0);
  if (f == nullptr) {
    return InvalidInput(fmt::format("cannot be read: {}", zip_error_strerror(zip_get_error(z))));
  }
  std::string out;
  if ((st.valid & ZIP_STAT_SIZE) != 0) out.reserve(static_cast<size_t>(st.size));
  char buf[1 << 16];
  for (;;) {
    const zip_int64_t n = zip_fread(f, buf, sizeof buf);
    if (n < 0) {
      std::string why = zip_error_strerror(zip_file_get_error(f));
      zip_fclose(f);
      return InvalidInput(fmt::format("is damaged: {}", why));
    }
    if (n == 0) break;
    if (static_cast<int64_t>(out.size()) + n > cap) {
      zip_fclose(f);
      return InvalidInput(
          fmt::format("unpacks to more than {} bytes (more than it declares: a zip bomb?)", cap));
    }
    out.append(buf, static_cast<size_t>(n));
  }
  zip_fclose(f);
  return out;
}

// The zip's entries by name, the chat text entry, and what was wrong with the rest.
struct ZipIndex {
  std::unordered_map<std::string, zip_uint64_t> by_name;  // full name and base name
  std::optional<zip_uint64_t> chat;
  std::string chat_name;
  std::vector<std::string> warnings;
};

Result<ZipIndex> IndexZip(zip_t* z) {
  ZipIndex ix;
  zip_int64_t n = zip_get_num_entries(z, 0);
  if (n > kMaxEntries) {
    ix.warnings.push_back(fmt::format(
        "the zip has {} entries, more than the limit of {}: only the first {} were looked at", n,
        kMaxEntries, kMaxEntries));
    n = kMaxEntries;
  }
  size_t unsafe = 0;
  std::vector<zip_uint64_t> texts;
  for (zip_int64_t i = 0; i < n; ++i) {
    const char* raw = zip_get_name(z, static_cast<zip_uint64_t>(i), 0);
    if (raw == nullptr) continue;
    const std::string name = raw;
    if (!SafeEntryName(name)) {
      if (++unsafe <= kMaxEntryWarnings) {
        ix.warnings.push_back(fmt::format(
            "zip entry \"{}\" has a path outside the archive: ignored", Ellipsize(name, 120)));
      }
      continue;
    }
    if (name.back() == '/') continue;  // a folder
    const auto idx = static_cast<zip_uint64_t>(i);
    ix.by_name.emplace(name, idx);
    ix.by_name.emplace(std::string(BaseName(name)), idx);
    const std::string base = std::string(BaseName(name));
    const std::string lower = AsciiLower(base);
    if (lower.size() > 4 && lower.substr(lower.size() - 4) == ".txt") {
      if (base == "_chat.txt" && !ix.chat) {
        ix.chat = idx;
        ix.chat_name = name;
      }
      if (base.rfind("WhatsApp Chat", 0) == 0)
        texts.insert(texts.begin(), idx);
      else
        texts.push_back(idx);
    }
  }
  if (unsafe > kMaxEntryWarnings) {
    ix.warnings.push_back(fmt::format("… and {} more entries with paths outside the archive",
                                      unsafe - kMaxEntryWarnings));
  }
  if (!ix.chat && !texts.empty()) {
    ix.chat = texts.front();
    ix.chat_name = zip_get_name(z, texts.front(), 0);
  }
  return ix;
}

class ZipChatStream final : public RecordStream {
 public:
  ZipChatStream(ZipPtr zip, std::unique_ptr<std::string> buffer, ZipIndex index, std::string chat,
                const ImportOptions& options)
      : zip_(std::move(zip)),
        buffer_(std::move(buffer)),
        index_(std::move(index)),
        chat_sha256_(Sha256Hex(chat)),
        chat_in_(std::move(chat)),
        options_(options) {}

  Status Start(int64_t offset, int64_t line) {
    Result<std::unique_ptr<RecordStream>> inner =
        WhatsAppImporter().Open(chat_in_, offset, line, options_);
    if (!inner.ok()) return inner.status();
    inner_ = std::move(inner).value();
    return Status::Ok();
  }

  bool Next(ParsedRecord* record) override {
    if (!inner_->Next(record)) return false;
    record->inner_sha256 = chat_sha256_;
    record->inner_name = index_.chat_name;
    if (first_) {
      // The chat text goes with the first record of each run (stored once: blobs are
      // content-addressed), so every message's provenance points at a stored blob.
      first_ = false;
      record->files.push_back({index_.chat_name, "text/plain", chat_in_.str()});
      for (std::string& w : index_.warnings) record->warnings.push_back(std::move(w));
      index_.warnings.clear();
    }
    if (record->doc) AddAttachments(record);
    return true;
  }

  Status status() const override { return inner_->status(); }

 private:
  void AddAttachments(ParsedRecord* record) {
    Document& d = *record->doc;
    json attributes = json::parse(d.attributes_json, nullptr, false);
    if (!attributes.is_object() || !attributes["attachments"].is_array()) return;
    // The case keeps the zip's name with the import; the entry the byte range is in goes here.
    attributes["zip_entry"] = index_.chat_name;
    std::vector<ImageRef> images;
    for (json& a : attributes["attachments"]) {
      if (!a.contains("ref") || !a["ref"].is_string()) continue;
      const std::string ref = a["ref"];
      const bool is_image = std::any_of(d.images.begin(), d.images.end(),
                                        [&](const ImageRef& i) { return i.ref == ref; });
      auto it = index_.by_name.find(ref);
      if (it == index_.by_name.end()) {
        a["stored"] = false;
        record->warnings.push_back(fmt::format(
            "attachment \"{}\" is not in the zip (exported without media?)", Ellipsize(ref, 120)));
        continue;
      }
      Result<std::string> bytes = ReadEntry(zip_.get(), it->second, options_.max_image_bytes);
      if (!bytes.ok()) {
        a["stored"] = false;
        record->warnings.push_back(fmt::format("attachment \"{}\" in the zip {}: not stored",
                                               Ellipsize(ref, 120), bytes.status().message()));
        continue;
      }
      a["stored"] = true;
      a["size"] = bytes->size();
      a["sha256"] = Sha256Hex(*bytes);
      a["type"] = MediaTypeOfName(ref);
      if (is_image) images.push_back({ref, "", ""});
      record->files.push_back({ref, MediaTypeOfName(ref), std::move(bytes).value()});
    }
    // Only images found in the zip are kept as images: the runner must not look for the others
    // beside the zip file.
    d.images = std::move(images);
    d.attributes_json = attributes.dump(-1, ' ', false, json::error_handler_t::replace);
    record->message_attributes_json = CompactChatAttributes(attributes, {"zip_entry"});
    record->thread_attributes_json =
        json{{"zip_entry", index_.chat_name}}.dump(-1, ' ', false, json::error_handler_t::replace);
  }

  ZipPtr zip_;
  std::unique_ptr<std::string>
      buffer_;  // the zip's bytes when read from memory (libzip reads them in place)
  ZipIndex index_;
  std::string chat_sha256_;
  std::istringstream chat_in_;
  const ImportOptions options_;  // a copy: callers may pass a temporary
  std::unique_ptr<RecordStream> inner_;
  bool first_ = true;
};

class WhatsAppZip final : public Importer {
 public:
  std::string_view name() const override { return "whatsapp-zip"; }
  bool StoresChatSegments() const override { return true; }
  std::string_view description() const override {
    return "WhatsApp \"Export chat\" with media (.zip): messages as for whatsapp, attached files "
           "stored (docs/formats/whatsapp-zip.md)";
  }
  bool Sniff(const fs::path& path, std::string_view head) const override {
    if (head.rfind("PK\x03\x04", 0) != 0) return false;
    const std::string file = path.filename().string();
    return file.find("WhatsApp") != std::string::npos ||
           head.find("_chat.txt") != std::string_view::npos ||
           head.find("WhatsApp Chat") != std::string_view::npos;
  }
  Result<std::unique_ptr<RecordStream>> Open(std::istream& in, int64_t offset, int64_t line,
                                             const ImportOptions& options) const override {
    return OpenFile({}, in, offset, line, options);
  }
  Result<std::unique_ptr<RecordStream>> OpenFile(const fs::path& path, std::istream& in,
                                                 int64_t offset, int64_t line,
                                                 const ImportOptions& options) const override {
    // libzip takes an empty file for an empty archive: look for the signature first.
    char signature[2] = {0, 0};
    in.read(signature, 2);
    if (in.gcount() < 2 || signature[0] != 'P' || signature[1] != 'K') {
      return InvalidInput(
          "not a readable zip (no zip signature at the start): import the chat .txt instead");
    }
    in.clear();
    in.seekg(0);
    auto buffer = std::make_unique<std::string>();
    zip_error_t error;
    zip_error_init(&error);
    ZipPtr zip;
    if (!path.empty()) {
      int code = 0;
      zip.reset(zip_open(path.c_str(), ZIP_RDONLY, &code));
      if (zip == nullptr) zip_error_init_with_code(&error, code);
    } else {
      std::ostringstream all;
      all << in.rdbuf();
      *buffer = std::move(all).str();
      zip_source_t* src = zip_source_buffer_create(buffer->data(), buffer->size(), 0, &error);
      if (src != nullptr) {
        zip.reset(zip_open_from_source(src, ZIP_RDONLY, &error));
        if (zip == nullptr) zip_source_free(src);
      }
    }
    if (zip == nullptr) {
      const std::string why = zip_error_strerror(&error);
      zip_error_fini(&error);
      return InvalidInput(fmt::format(
          "not a readable zip ({}): a cut or damaged download? Unpack what can be unpacked and "
          "import the chat .txt instead",
          why));
    }
    zip_error_fini(&error);
    Result<ZipIndex> index = IndexZip(zip.get());
    if (!index.ok()) return index.status();
    if (!index->chat) {
      return InvalidInput(
          "the zip holds no chat text (_chat.txt or \"WhatsApp Chat with ….txt\"): not a WhatsApp "
          "export");
    }
    Result<std::string> chat = ReadEntry(zip.get(), *index->chat, kMaxChatBytes);
    if (!chat.ok()) {
      return InvalidInput(fmt::format("the chat text \"{}\" in the zip {}", index->chat_name,
                                      chat.status().message()));
    }
    auto stream =
        std::make_unique<ZipChatStream>(std::move(zip), std::move(buffer), std::move(index).value(),
                                        std::move(chat).value(), options);
    ARIADNE_RETURN_IF_ERROR(stream->Start(offset, line));
    return std::unique_ptr<RecordStream>(std::move(stream));
  }
};

}  // namespace

const Importer& WhatsAppZipImporter() {
  static const WhatsAppZip importer;
  return importer;
}

}  // namespace ariadne::capture
