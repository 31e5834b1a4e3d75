// Telegram Desktop JSON export (`result.json`): a single chat ({name, type, id, messages}) or a
// full export ({chats: {list: [...]}, left_chats: {list: [...]}, ...})
// (docs/formats/telegram-json.md). One document per message: site "telegram", source id
// "<chat id>#<message id>", the time as written (`date`, local time of the exporting computer),
// and sender, thread, attachments, text entities and the edit time as attributes.
//
// The file is read as a stream in bounded memory: only one message object is held at a time (at
// most ImportOptions::max_record_bytes), so a many-gigabyte export does not need as much memory.
// A file broken in the middle yields the messages before the break and one problem that says
// where it broke; a file that does not start with a JSON object is refused by Open().
#pragma once

#include "capture/importer.h"

namespace ariadne::capture {

const Importer& TelegramImporter();

}  // namespace ariadne::capture
