// The one table of extractors (STYLE.md rule 1). Order matters: extractors that claim structured
// spans (URLs, handles and WhatsApp links, e-mails, IBANs, crypto addresses, IPs) run before the
// phone extractor, which skips digits inside claimed spans. Adding an extractor: one file, one row
// here, one test.
#include "extract/extract.h"
#include "extract/extractor.h"

namespace ariadne::extract {

extern const ExtractorInfo kUrlExtractor;
extern const ExtractorInfo kHandleExtractor;
extern const ExtractorInfo kEmailExtractor;
extern const ExtractorInfo kIbanExtractor;
extern const ExtractorInfo kCryptoExtractor;
extern const ExtractorInfo kIpExtractor;
extern const ExtractorInfo kPaymentExtractor;
extern const ExtractorInfo kPhoneExtractor;
extern const ExtractorInfo kPriceExtractor;
extern const ExtractorInfo kAgeExtractor;

namespace {

// Payment before handle: a tag after a payment app's name ("Revolut to @anna30") is the app's,
// and its claim keeps the handle extractor from reading it as the ad's messenger name too.
constexpr const ExtractorInfo* kRegistry[] = {
    &kUrlExtractor,    &kPaymentExtractor, &kHandleExtractor, &kEmailExtractor, &kIbanExtractor,
    &kCryptoExtractor, &kIpExtractor,      &kPhoneExtractor,  &kPriceExtractor, &kAgeExtractor,
};

}  // namespace

std::span<const ExtractorInfo* const> Registry() {
  return kRegistry;
}

std::vector<std::pair<std::string_view, int>> ExtractorRevisions() {
  std::vector<std::pair<std::string_view, int>> revisions;
  for (const ExtractorInfo* info : kRegistry) revisions.emplace_back(info->name, info->revision);
  return revisions;
}

}  // namespace ariadne::extract
