#include "capture/pdf_importer.h"

#include <fmt/format.h>
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <limits>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/sha256.h"
#include "core/text.h"

namespace ariadne::capture {

namespace {

using nlohmann::json;
namespace fs = std::filesystem;

// poppler's complaints about damage, per file, beyond this are counted.
constexpr size_t kMaxPopplerMessages = 10;

// poppler reports damage through one global callback; the file being read collects it here.
thread_local std::vector<std::string>* t_messages = nullptr;
thread_local size_t t_dropped = 0;

void OnPopplerMessage(const std::string& message, void* /*closure*/) {
  if (t_messages == nullptr) return;
  if (t_messages->size() < kMaxPopplerMessages) {
    t_messages->push_back(Ellipsize(Trim(message), 200));
  } else {
    ++t_dropped;
  }
}

void InitPoppler() {
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function(OnPopplerMessage, nullptr); });
}

std::string Utf8(const poppler::ustring& s) {
  const poppler::byte_array b = s.to_utf8();
  std::string out(b.begin(), b.end());
  while (!out.empty() && out.back() == '\0') out.pop_back();
  size_t from = 0;
  while (std::optional<size_t> bad = FindInvalidUtf8(std::string_view(out).substr(from))) {
    const size_t at = from + *bad;
    out.replace(at, 1, "\xEF\xBF\xBD");
    from = at + 3;
  }
  for (char& c : out) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 && c != '\n') c = c == '\f' || c == '\r' ? '\n' : ' ';
  }
  return out;
}

std::string IsoUtc(time_t t) {
  if (t == static_cast<time_t>(-1) || t <= 0) return "";
  std::tm tm{};
  if (gmtime_r(&t, &tm) == nullptr) return "";
  char buf[32];
  if (std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm) == 0) return "";
  return IsIso8601(buf) ? buf : "";
}

class PdfStream final : public RecordStream {
 public:
  PdfStream(std::unique_ptr<poppler::document> doc, std::string name, std::string sha256,
            int64_t size, std::vector<std::string> messages, int64_t offset,
            const ImportOptions& options)
      : doc_(std::move(doc)),
        name_(std::move(name)),
        sha256_(std::move(sha256)),
        size_(size),
        messages_(std::move(messages)),
        options_(options),
        done_(offset > 0) {}

  bool Next(ParsedRecord* record) override {
    if (done_) return false;
    done_ = true;
    *record = ParsedRecord{};
    record->line = 1;
    record->byte_end = size_;
    std::vector<std::string> messages = std::move(messages_);
    t_messages = &messages;
    t_dropped = 0;
    Document& d = record->doc.emplace();
    d.site = "pdf";
    d.source_id = "sha256:" + sha256_;
    const std::string title = std::string(Trim(Utf8(doc_->get_title())));
    d.title = title.empty() ? name_ : title;
    d.posted_at = IsoUtc(doc_->get_creation_date_t());
    const int pages = doc_->pages();
    const int64_t max_pages = std::max<int64_t>(1, options_.pdf_max_pages);
    const auto deadline = std::chrono::steady_clock::now() +
                          std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                              std::chrono::duration<double>(options_.pdf_max_seconds));
    json starts = json::array();
    bool cut = false;
    int timed_out_at = -1;  // the first page not read for lack of time
    for (int i = 0; i < pages && i < max_pages; ++i) {
      // Checked between pages: poppler cannot be interrupted inside one.
      if (i > 0 && std::chrono::steady_clock::now() > deadline) {
        timed_out_at = i;
        break;
      }
      std::unique_ptr<poppler::page> page(doc_->create_page(i));
      if (!page) continue;
      std::string text =
          Utf8(page->text(poppler::rectf(), poppler::page::non_raw_non_physical_layout));
      while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
      if (i > 0) d.text += "\n\n";
      if (d.text.size() + text.size() > options_.max_record_bytes) {
        cut = true;
        break;
      }
      starts.push_back(d.text.size());
      d.text += text;
    }
    t_messages = nullptr;
    if (timed_out_at >= 0) {
      record->warnings.push_back(fmt::format(
          "reading the PDF took longer than {} s: only the first {} of {} pages were read (a "
          "hostile or damaged file?)",
          options_.pdf_max_seconds, timed_out_at, pages));
    } else if (pages > max_pages) {
      record->warnings.push_back(
          fmt::format("the PDF has {} pages: only the first {} were read", pages, max_pages));
    }
    if (cut) {
      record->warnings.push_back(
          fmt::format("the text is longer than {} bytes: only the first {} of {} pages were kept",
                      options_.max_record_bytes, starts.size(), pages));
    }
    if (Trim(d.text).empty() && pages > 0) {
      record->warnings.push_back(
          "the PDF has no text layer (a scan?): imported without text; OCR it to search it");
    }
    for (const std::string& m : messages) {
      record->warnings.push_back("PDF damage: " + m);
    }
    if (t_dropped > 0) {
      record->warnings.push_back(fmt::format("… and {} more damage reports", t_dropped));
    }
    json attributes = {{"pages", pages},
                       {"page_starts", std::move(starts)},
                       {"encrypted", doc_->is_encrypted()},
                       {"sha256", sha256_}};
    const std::pair<const char*, poppler::ustring> info[] = {{"title", doc_->get_title()},
                                                             {"author", doc_->get_author()},
                                                             {"subject", doc_->get_subject()},
                                                             {"creator", doc_->get_creator()},
                                                             {"producer", doc_->get_producer()}};
    for (const auto& [k, v] : info) {
      std::string s = std::string(Trim(Utf8(v)));
      if (!s.empty()) attributes[k] = Ellipsize(s, 1000);
    }
    if (std::string c = IsoUtc(doc_->get_creation_date_t()); !c.empty()) attributes["created"] = c;
    if (std::string m = IsoUtc(doc_->get_modification_date_t()); !m.empty())
      attributes["modified"] = m;
    d.attributes_json = attributes.dump(-1, ' ', false, json::error_handler_t::replace);
    return true;
  }

  Status status() const override { return Status::Ok(); }

 private:
  std::unique_ptr<poppler::document> doc_;
  std::string name_;
  std::string sha256_;
  int64_t size_;
  std::vector<std::string> messages_;
  const ImportOptions options_;  // a copy: callers may pass a temporary
  bool done_;
};

class Pdf final : public Importer {
 public:
  std::string_view name() const override { return "pdf"; }
  std::string_view description() const override {
    return "PDF text in reading order with title, author and dates, one document per file "
           "(docs/formats/pdf.md)";
  }
  bool Sniff(const fs::path& /*path*/, std::string_view head) const override {
    // The header may follow up to 1 KiB of junk (PDF 1.7, ISO 32000-1, annex H.3 note 1).
    return head.substr(0, 1024).find("%PDF-") != std::string_view::npos;
  }
  Result<std::unique_ptr<RecordStream>> Open(std::istream& in, int64_t offset, int64_t line,
                                             const ImportOptions& options) const override {
    return OpenFile({}, in, offset, line, options);
  }
  Result<std::unique_ptr<RecordStream>> OpenFile(const fs::path& path, std::istream& in,
                                                 int64_t offset, int64_t /*line*/,
                                                 const ImportOptions& options) const override {
    InitPoppler();
    // poppler reads the file by path; the bytes are hashed here, streaming, for the source id.
    std::string bytes;
    Sha256 hash;
    int64_t size = 0;
    char buf[1 << 16];
    while (in.read(buf, sizeof buf) || in.gcount() > 0) {
      const std::string_view chunk(buf, static_cast<size_t>(in.gcount()));
      hash.Update(chunk);
      if (path.empty()) bytes.append(chunk);
      size += in.gcount();
    }
    if (in.bad()) return IoError("read error");
    if (path.empty() && size > std::numeric_limits<int>::max()) {
      return InvalidInput("PDF too large to read from memory");
    }
    std::vector<std::string> messages;
    t_messages = &messages;
    t_dropped = 0;
    std::unique_ptr<poppler::document> doc;
    if (path.empty()) {
      // load_from_data takes the bytes over (swaps them in): they live as long as the document.
      poppler::byte_array data(bytes.begin(), bytes.end());
      bytes.clear();
      doc.reset(poppler::document::load_from_data(&data));
    } else {
      doc.reset(poppler::document::load_from_file(path.string()));
    }
    t_messages = nullptr;
    if (!doc) {
      std::string why = messages.empty() ? "" : " (" + messages.front() + ")";
      return InvalidInput(fmt::format(
          "not a readable PDF{}: damaged or cut; try repairing it (e.g. qpdf) and import again",
          why));
    }
    if (doc->is_locked()) {
      return InvalidInput(
          "the PDF is encrypted with a user password: decrypt it (with the password, e.g. qpdf "
          "--decrypt) and import the result");
    }
    return std::unique_ptr<RecordStream>(
        std::make_unique<PdfStream>(std::move(doc), path.filename().string(), hash.HexDigest(),
                                    size, std::move(messages), offset, options));
  }
};

}  // namespace

const Importer& PdfImporter() {
  static const Pdf importer;
  return importer;
}

}  // namespace ariadne::capture
