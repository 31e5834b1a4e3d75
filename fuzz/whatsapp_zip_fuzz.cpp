// Fuzz target: the whatsapp zip importer (src/capture/whatsapp_zip_importer.cpp).
#include "capture/whatsapp_zip_importer.h"
#include "importer_fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  ariadne::fuzz::ReadAllRecords(ariadne::capture::WhatsAppZipImporter(), data, size,
                                /*ranges_in_input=*/false);
  return 0;
}
