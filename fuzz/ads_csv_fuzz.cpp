// Fuzz target: the ads CSV importer (header, delimiters, quoting, resynchronisation).
#include "capture/ads_csv_importer.h"
#include "importer_fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  ariadne::fuzz::ReadAllRecords(ariadne::capture::AdsCsvImporter(), data, size);
  return 0;
}
