// Fuzz target: the Telegram importer (src/capture/telegram_importer.cpp).
#include "capture/telegram_importer.h"
#include "importer_fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  ariadne::fuzz::ReadAllRecords(ariadne::capture::TelegramImporter(), data, size);
  return 0;
}
