// Selector extraction: the public entry of the extract module.
//
// One Vectorscan database holds the pre-scan patterns of every extractor (the table in
// registry.cpp); the text is normalised (normalize/normalize.h), pre-scanned once, and only
// candidate regions are validated by the extractor that asked for them (libphonenumber for phones,
// checksums for IBAN and crypto addresses). Offsets in the results are UTF-8 byte offsets into the
// original text.
#pragma once

#include <memory>
#include <string_view>
#include <utility>
#include <vector>

#include "core/status.h"
#include "extract/selector.h"

namespace ariadne::extract {

struct ExtractorOptions {
  // Scan only windows around the bytes a pre-scan match must contain (extract/prefilter.h), unless
  // they would cover most of the text (dense text: finding the windows then costs more than it
  // saves). The results are the same either way; off is for tests that prove it.
  bool prefilter = true;
  // Scan the windows however much of the text they cover: for the tests that prove them lossless.
  bool always_windows = false;
};

class SelectorExtractor {
 public:
  // Compiles the pre-scan database. Internal error if a pattern does not compile or breaks the
  // pre-filter's rules (a bug).
  static Result<std::unique_ptr<SelectorExtractor>> Create(const ExtractorOptions& options = {});
  virtual ~SelectorExtractor() = default;

  // Every selector in `text`, ordered by start offset, each value once per position. Never fails:
  // invalid UTF-8 is repaired, hostile input is bounded. Thread-safe (scratch space is per thread).
  virtual std::vector<Selector> Extract(std::string_view text,
                                        const ExtractContext& context) const = 0;
};

// Every extractor's name and revision ({"phone", 19}, …), in run order: what stored selectors
// depend on, so that a changed extractor makes the pipeline extract again (pipeline.h).
std::vector<std::pair<std::string_view, int>> ExtractorRevisions();

}  // namespace ariadne::extract
