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

// For the tests and the fuzz target: reads one message object (its JSON text, as in a file) of a
// chat with both of the importer's readers, the one without a DOM and the one through nlohmann's
// tree, and says whether their records agree in every field (else `difference` names the first
// that differs). `fast_read` says whether the reader without a DOM read the message itself
// rather than giving it to the other.
bool TelegramReadersAgree(std::string_view message_json, bool* fast_read, std::string* difference);

}  // namespace ariadne::capture
