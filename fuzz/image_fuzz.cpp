// Fuzz target: the image importer (src/capture/image_importer.cpp).
#include "capture/image_importer.h"
#include "importer_fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  ariadne::fuzz::ReadAllRecords(ariadne::capture::ImageImporter(), data, size);
  return 0;
}
