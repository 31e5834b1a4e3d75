// Fuzz target: the mbox importer (src/capture/email_importer.cpp).
#include "capture/email_importer.h"
#include "importer_fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  ariadne::fuzz::ReadAllRecords(ariadne::capture::MboxImporter(), data, size);
  // 24 records a batch: more than the stream reads on one thread alone (16).
  ariadne::fuzz::CompareBatchesWithNext(ariadne::capture::MboxImporter(), data, size, 24);
  return 0;
}
