// WhatsApp "Export chat" text: the .txt inside an export, as Android and iOS write it in the common
// locales (docs/formats/whatsapp-chat.md). One document per message: site "whatsapp", source id
// "<thread>#<line of the message's first line>", the time as written (local time of the exporting
// phone, no zone), and the sender, thread, attachments and edit mark as attributes.
//
// The day/month order is decided once from the whole file, so Open() reads the file once before
// the first record: `in` must be seekable (files are; pipes are not). The .zip form of an export is
// read by whatsapp_zip_importer.h, which runs this importer over the zip's chat text.
#pragma once

#include "capture/importer.h"

namespace ariadne::capture {

const Importer& WhatsAppImporter();

}  // namespace ariadne::capture
