// WhatsApp "Export chat" with media: the .zip holding the chat text ("_chat.txt" on iOS,
// "WhatsApp Chat with NAME.txt" on Android) and the attached files (docs/formats/whatsapp-zip.md).
// The messages are read by the WhatsApp text importer (whatsapp_importer.h); each attachment a
// message names is read from the zip and stored as a blob (images also as the message's images),
// its size and SHA-256 added to the message's "attachments" attribute.
//
// Provenance: the chat text is stored as a blob of its own; each message's byte range and line are
// in that text (ParsedRecord::inner_sha256), the zip is the import's blob.
//
// Hostile zips: a zip that cannot be opened, or has no chat text, fails the import with a clear
// error; entries with names outside the archive ("../x", "/x") are reported and never used;
// entries are read with a hard cap (ImportOptions::max_image_bytes per attachment, 512 MiB for the
// chat text) whatever sizes the zip declares, and at most 100,000 entries are looked at.
#pragma once

#include "capture/importer.h"

namespace ariadne::capture {

const Importer& WhatsAppZipImporter();

}  // namespace ariadne::capture
