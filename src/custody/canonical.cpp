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

// Feeds the seal's fields to `sink` (a callable taking string_views), in SealCanonical's order.
template <typename Sink>
void SealFields(const Document& d, int64_t import_id, Sink&& sink) {
  sink("ariadne-document-seal/1\n");
  auto field = [&](std::string_view bytes) {
    const std::string length = std::to_string(bytes.size());
    sink(length);
    sink(":");
    sink(bytes);
    sink("\n");
  };
  field(std::to_string(d.id));
  field(std::to_string(import_id));
  for (const std::string* f :
       {&d.source_id, &d.site, &d.url, &d.title, &d.text, &d.posted_at, &d.location, &d.lang,
        &d.region, &d.kind, &d.attributes_json, &d.provenance.blob_sha256}) {
    field(*f);
  }
  field(std::to_string(d.provenance.line));
  field(std::to_string(d.provenance.byte_start));
  field(std::to_string(d.provenance.byte_end));
  field(std::to_string(d.images.size()));
  for (const ImageRef& im : d.images) {
    field(im.ref);
    field(im.blob_sha256);
    field(im.status);
  }
}

}  // namespace

std::string SealCanonical(const Document& d, int64_t import_id) {
  std::string out;
  SealFields(d, import_id, [&](std::string_view bytes) { out.append(bytes); });
  return out;
}

// Hashed as the fields go by: building the canonical text first copied every document (a chat
// segment is 100+ KB) into a fresh, growing buffer, which cost more than the hash itself.
std::string DocumentSeal(const Document& d, int64_t import_id) {
  Sha256 hasher;
  SealFields(d, import_id, [&](std::string_view bytes) { hasher.Update(bytes); });
  return hasher.HexDigest();
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
