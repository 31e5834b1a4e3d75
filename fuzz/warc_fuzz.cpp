// Fuzz target: the WARC reader through the WARC importer (src/capture/warc_reader.cpp,
// warc_importer.cpp): plain or gzip input, HTTP heads, chunked and gzip bodies, charsets, HTML.
#include "capture/warc_importer.h"
#include "importer_fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  ariadne::fuzz::ReadAllRecords(ariadne::capture::WarcImporter(), data, size);
  return 0;
}
