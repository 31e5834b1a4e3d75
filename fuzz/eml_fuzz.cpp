// Fuzz target: the eml importer (src/capture/email_importer.cpp).
#include "capture/email_importer.h"
#include "importer_fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  ariadne::fuzz::ReadAllRecords(ariadne::capture::EmlImporter(), data, size);
  return 0;
}
