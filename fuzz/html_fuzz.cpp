// Fuzz target: the html importer (src/capture/text_importer.cpp).
#include "capture/text_importer.h"
#include "importer_fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  ariadne::fuzz::ReadAllRecords(ariadne::capture::HtmlImporter(), data, size);
  return 0;
}
