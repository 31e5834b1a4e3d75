// The canonical bytes Ariadne hashes, specified exactly in docs/custody.md so that anyone can
// re-implement verification. Every field is written as `<decimal byte length>:<bytes>\n` after a
// fixed first line naming the format and its version, so no field's content can be confused with
// another's. Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/sha256.h"
#include "store/custody_store.h"

namespace ariadne::custody {

// Appends `<len>:<bytes>\n` to `out`.
void AppendField(std::string& out, std::string_view bytes);

// "ariadne-custody-event/1\n" then seq, time, actor, action, object, hashes, details,
// tool_version, prev_hash as fields (seq in decimal).
std::string EventCanonical(const store::CustodyEventRow& e);
// Hex SHA-256 of EventCanonical(e): what `hash` must be and the next event's `prev_hash`.
std::string EventHash(const store::CustodyEventRow& e);

// "ariadne-document-seal/1\n" then id, import id, source_id, site, url, title, text, posted_at,
// location, lang, region, kind, attributes, original blob sha256, line, byte_start, byte_end (in
// decimal), the number of images, and per image its ref, blob sha256 and status.
std::string SealCanonical(const Document& d, int64_t import_id);
std::string DocumentSeal(const Document& d, int64_t import_id);
// DocumentSeal in two steps, for a caller that has every field but the images before it stores the
// document (an import seals a chat segment's text on its parse thread, with the id it expects the
// segment to get): the hash of every field before the images, then the seal from it and them;
// FinishDocumentSeal(DocumentSealBeforeImages(d, i), d.images) == DocumentSeal(d, i).
Sha256 DocumentSealBeforeImages(const Document& d, int64_t import_id);
std::string FinishDocumentSeal(Sha256 before_images, const std::vector<ImageRef>& images);

// The signed note of a checkpoint (after C2SP tlog-checkpoint): origin, tree size, base64 root
// hash, then the time as an extension line, each ending in "\n". The Ed25519 signature covers
// exactly these bytes.
std::string CheckpointNote(std::string_view origin, int64_t tree_size,
                           std::string_view root_hash_hex, std::string_view time);

}  // namespace ariadne::custody
