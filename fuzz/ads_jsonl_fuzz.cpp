// Fuzz target: the ads JSON lines importer.
#include "capture/ads_jsonl_importer.h"
#include "importer_fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  ariadne::fuzz::ReadAllRecords(ariadne::capture::AdsJsonlImporter(), data, size);
  return 0;
}
