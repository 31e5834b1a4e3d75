#include "custody/canonical.h"

#include <fmt/format.h>

#include "core/sha256.h"
#include "custody/keys.h"
#include "custody/merkle.h"

namespace ariadne::custody {

void AppendField(std::string& out, std::string_view bytes) {
  out += std::to_string(bytes.size());
  out.push_back(':');
  out.append(bytes);
  out.push_back('\n');
}

std::string EventCanonical(const store::CustodyEventRow& e) {
  std::string out = "ariadne-custody-event/1\n";
  AppendField(out, std::to_string(e.seq));
  AppendField(out, e.time);
  AppendField(out, e.actor);
  AppendField(out, e.action);
  AppendField(out, e.object);
  AppendField(out, e.hashes);
  AppendField(out, e.details);
  AppendField(out, e.tool_version);
  AppendField(out, e.prev_hash);
  return out;
}

std::string EventHash(const store::CustodyEventRow& e) {
  return Sha256Hex(EventCanonical(e));
}

namespace {

// Feeds `<len>:<bytes>\n` to `sink` (a callable taking string_views).
template <typename Sink>
void SealField(Sink& sink, std::string_view bytes) {
  const std::string length = std::to_string(bytes.size());
  sink(length);
  sink(":");
  sink(bytes);
  sink("\n");
}

// Feeds the seal's fields up to the images to `sink`, in SealCanonical's order.
template <typename Sink>
void SealFieldsBeforeImages(const Document& d, int64_t import_id, Sink&& sink) {
  sink("ariadne-document-seal/1\n");
  SealField(sink, std::to_string(d.id));
  SealField(sink, std::to_string(import_id));
  for (const std::string* f :
       {&d.source_id, &d.site, &d.url, &d.title, &d.text, &d.posted_at, &d.location, &d.lang,
        &d.region, &d.kind, &d.attributes_json, &d.provenance.blob_sha256}) {
    SealField(sink, *f);
  }
  SealField(sink, std::to_string(d.provenance.line));
  SealField(sink, std::to_string(d.provenance.byte_start));
  SealField(sink, std::to_string(d.provenance.byte_end));
}

// Feeds the seal's last fields, the number of images and each image's, to `sink`.
template <typename Sink>
void SealImageFields(const std::vector<ImageRef>& images, Sink&& sink) {
  SealField(sink, std::to_string(images.size()));
  for (const ImageRef& im : images) {
    SealField(sink, im.ref);
    SealField(sink, im.blob_sha256);
    SealField(sink, im.status);
  }
}

}  // namespace

std::string SealCanonical(const Document& d, int64_t import_id) {
  std::string out;
  auto append = [&](std::string_view bytes) { out.append(bytes); };
  SealFieldsBeforeImages(d, import_id, append);
  SealImageFields(d.images, append);
  return out;
}

// Hashed as the fields go by: building the canonical text first copied every document (a chat
// segment is 100+ KB) into a fresh, growing buffer, which cost more than the hash itself.
std::string DocumentSeal(const Document& d, int64_t import_id) {
  return FinishDocumentSeal(DocumentSealBeforeImages(d, import_id), d.images);
}

Sha256 DocumentSealBeforeImages(const Document& d, int64_t import_id) {
  Sha256 hasher;
  SealFieldsBeforeImages(d, import_id, [&](std::string_view bytes) { hasher.Update(bytes); });
  return hasher;
}

std::string FinishDocumentSeal(Sha256 before_images, const std::vector<ImageRef>& images) {
  SealImageFields(images, [&](std::string_view bytes) { before_images.Update(bytes); });
  return before_images.HexDigest();
}

std::string CheckpointNote(std::string_view origin, int64_t tree_size,
                           std::string_view root_hash_hex, std::string_view time) {
  std::string root_b64;
  if (std::optional<Hash> root = FromHex(root_hash_hex)) {
    root_b64 = Base64(std::string_view(reinterpret_cast<const char*>(root->data()), 32));
  }
  return fmt::format("{}\n{}\n{}\n{}\n", origin, tree_size, root_b64, time);
}

}  // namespace ariadne::custody
