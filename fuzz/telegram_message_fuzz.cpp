// Fuzz target: the Telegram importer's two readers of one message object (src/capture/
// telegram_importer.cpp), the one without a DOM and the one through nlohmann's tree: whatever
// either makes of the bytes, both must make the same record.
#include <string_view>

#include "capture/telegram_importer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  bool fast_read = false;
  std::string difference;
  if (!ariadne::capture::TelegramReadersAgree(
          std::string_view(reinterpret_cast<const char*>(data), size), &fast_read, &difference))
    __builtin_trap();
  return 0;
}
