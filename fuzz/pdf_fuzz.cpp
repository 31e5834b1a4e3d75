// Fuzz target: the pdf importer (src/capture/pdf_importer.cpp).
#include "capture/pdf_importer.h"
#include "importer_fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  ariadne::fuzz::ReadAllRecords(ariadne::capture::PdfImporter(), data, size);
  return 0;
}
