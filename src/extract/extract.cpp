// The engine: normalise, one Vectorscan pre-scan over the folded text, then each extractor of the
// registry validates its own hits; offsets are mapped back to the original text (see extract.h).
#include "extract/extract.h"

#include <hs/hs.h>

#include <algorithm>
#include <cctype>
#include <climits>
#include <string>
#include <tuple>

#include "core/vectorscan_scratch.h"
#include "extract/extractor.h"
#include "normalize/normalize.h"

namespace ariadne::extract {
namespace {

// Where a pattern of the combined database comes from.
struct PatternOwner {
  uint32_t extractor;
  uint32_t local;
  bool som;
};

struct ScanContext {
  const std::vector<PatternOwner>* owners;
  std::vector<std::vector<Hit>>* hits;  // per extractor
};

int OnMatch(unsigned int id, unsigned long long from, unsigned long long to, unsigned int /*flags*/,
            void* ctx) {
  auto* scan = static_cast<ScanContext*>(ctx);
  const PatternOwner& owner = (*scan->owners)[id];
  std::vector<Hit>& hits = (*scan->hits)[owner.extractor];
  if (!hits.empty() && hits.back().pattern == owner.local) {
    Hit& last = hits.back();
    // Longer matches of the same start (SOM), or the next digits of one run (no SOM): keep one hit.
    if ((owner.som && last.from == from) || (!owner.som && to <= last.to + 8)) {
      last.to = std::max<size_t>(last.to, to);
      return 0;
    }
  }
  hits.push_back(Hit{owner.local, owner.som ? static_cast<size_t>(from) : static_cast<size_t>(to),
                     static_cast<size_t>(to)});
  return 0;
}

std::string UsableRegion(const std::string& hint) {
  if (hint.size() != 2 || !std::isalpha(static_cast<unsigned char>(hint[0])) ||
      !std::isalpha(static_cast<unsigned char>(hint[1]))) {
    return "";
  }
  std::string region{static_cast<char>(std::toupper(static_cast<unsigned char>(hint[0]))),
                     static_cast<char>(std::toupper(static_cast<unsigned char>(hint[1])))};
  if (region == "UK") region = "GB";
  return region;
}

class VectorscanExtractor final : public SelectorExtractor {
 public:
  VectorscanExtractor(hs_database_t* db, std::vector<PatternOwner> owners)
      : db_(db), owners_(std::move(owners)) {}
  ~VectorscanExtractor() override { hs_free_database(db_); }
  VectorscanExtractor(const VectorscanExtractor&) = delete;
  VectorscanExtractor& operator=(const VectorscanExtractor&) = delete;

  std::vector<Selector> Extract(std::string_view text,
                                const ExtractContext& context) const override {
    std::vector<Selector> result;
    if (text.empty()) return result;
    normalize::NormalizeOptions options;
    options.lang = context.lang;
    thread_local normalize::NormalizedText folded;
    normalize::NormalizeInto(text, options, folded);
    if (folded.text.empty()) return result;

    hs_scratch_t* scratch = ThreadScratchFor(db_);
    if (scratch == nullptr) return result;  // out of memory
    const auto registry = Registry();
    thread_local std::vector<std::vector<Hit>> hits;
    hits.resize(registry.size());
    for (auto& h : hits) h.clear();
    ScanContext scan{&owners_, &hits};
    // Vectorscan takes an unsigned int length; longer texts are scanned in overlapping blocks.
    constexpr size_t kBlock = size_t{1} << 30;
    constexpr size_t kOverlap = 4096;
    for (size_t offset = 0; offset < folded.text.size();) {
      const size_t length = std::min(folded.text.size() - offset, kBlock);
      std::vector<std::vector<Hit>> block_hits(offset == 0 ? 0 : registry.size());
      ScanContext block_scan{&owners_, offset == 0 ? &hits : &block_hits};
      hs_scan(db_, folded.text.data() + offset, static_cast<unsigned int>(length), 0, scratch,
              OnMatch, offset == 0 ? static_cast<void*>(&scan) : static_cast<void*>(&block_scan));
      if (offset != 0) {
        for (size_t e = 0; e < block_hits.size(); ++e) {
          for (Hit h : block_hits[e]) {
            h.from += offset;
            h.to += offset;
            if (h.to > offset + kOverlap || offset == 0) hits[e].push_back(h);
          }
        }
      }
      if (offset + length >= folded.text.size()) break;
      offset += length - kOverlap;
    }

    thread_local std::vector<Found> found;
    found.clear();
    ScanState state(folded.text, context, found);
    state.region = UsableRegion(context.region);
    for (size_t e = 0; e < registry.size(); ++e) {
      if (hits[e].empty()) continue;
      if (registry[e]->ads_only && !context.ads) continue;
      registry[e]->extract(hits[e], state);
    }

    // Order by position (then type and value) and drop repeats of one value at one position.
    // Sorting indices keeps the (large) Found records in place.
    thread_local std::vector<uint32_t> order;
    order.resize(found.size());
    for (uint32_t k = 0; k < order.size(); ++k) order[k] = k;
    auto key = [&](uint32_t k) {
      const Found& f = found[k];
      return std::tie(f.start, f.end, f.type, f.value);
    };
    std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return key(a) < key(b); });
    result.reserve(found.size());
    for (const uint32_t k : order) {
      Found& f = found[k];
      if (f.start >= f.end || f.end > folded.text.size()) continue;
      // The original span: the smallest range covering every folded byte of the selector (the
      // map's starts and ends never decrease, so the first byte's start and the last one's end).
      const auto [start, end] = folded.OriginalSpan(f.start, f.end);
      if (start >= end || end > text.size()) continue;
      // Each value once per position: only selectors of the same start can repeat it.
      bool seen = false;
      for (auto u = result.rbegin(); u != result.rend() && u->start == start; ++u) {
        seen = seen || (u->type == f.type && u->value == f.value);
      }
      if (seen) continue;
      Selector& s = result.emplace_back();
      s.type = std::move(f.type);
      s.value = std::move(f.value);
      s.start = start;
      s.end = end;
      s.raw.assign(text.substr(start, end - start));
      s.details = std::move(f.details);
    }
    return result;
  }

 private:
  hs_database_t* db_;
  std::vector<PatternOwner> owners_;
};

}  // namespace

Result<std::unique_ptr<SelectorExtractor>> SelectorExtractor::Create() {
  std::vector<const char*> expressions;
  std::vector<unsigned> flags;
  std::vector<unsigned> ids;
  std::vector<PatternOwner> owners;
  const auto registry = Registry();
  for (uint32_t e = 0; e < registry.size(); ++e) {
    for (uint32_t p = 0; p < registry[e]->patterns.size(); ++p) {
      const PrescanPattern& pattern = registry[e]->patterns[p];
      ids.push_back(static_cast<unsigned>(expressions.size()));
      expressions.push_back(pattern.expression);
      flags.push_back(pattern.flags);
      owners.push_back(PatternOwner{e, p, (pattern.flags & HS_FLAG_SOM_LEFTMOST) != 0});
    }
  }
  hs_database_t* db = nullptr;
  hs_compile_error_t* error = nullptr;
  if (hs_compile_multi(expressions.data(), flags.data(), ids.data(),
                       static_cast<unsigned>(expressions.size()), HS_MODE_BLOCK, nullptr, &db,
                       &error) != HS_SUCCESS) {
    std::string message = "extract: pre-scan pattern does not compile";
    if (error != nullptr) {
      if (error->expression >= 0 && static_cast<size_t>(error->expression) < owners.size()) {
        const PatternOwner& owner = owners[error->expression];
        message += " (extractor " + std::string(registry[owner.extractor]->name) + ", pattern " +
                   std::to_string(owner.local) + ")";
      }
      message += ": " + std::string(error->message ? error->message : "?");
      hs_free_compile_error(error);
    }
    return Internal(message + "; this is a bug in src/extract");
  }
  return std::unique_ptr<SelectorExtractor>(new VectorscanExtractor(db, std::move(owners)));
}

}  // namespace ariadne::extract
