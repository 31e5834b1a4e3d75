// Fuzz target: the WhatsApp importer (src/capture/whatsapp_importer.cpp).
#include "capture/whatsapp_importer.h"
#include "importer_fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  ariadne::fuzz::ReadAllRecords(ariadne::capture::WhatsAppImporter(), data, size);
  // 40 records a batch: more than the stream emits on one thread alone (32).
  ariadne::fuzz::CompareBatchesWithNext(ariadne::capture::WhatsAppImporter(), data, size, 40);
  return 0;
}
