// The interface every extractor implements, and the scan state they share.
//
// An extractor is one file (phone.cpp, email.cpp, …) that exports one ExtractorInfo: what it is,
// the Vectorscan pre-scan patterns that find its candidate regions, and the function that validates
// those candidates. registry.cpp lists them all in one table, in the order they run.
// SelectorExtractor compiles the patterns of every extractor into ONE database, scans the folded
// text once, and hands each extractor only the hits of its own patterns, so expensive validation
// (libphonenumber, checksums) runs on candidate regions only.
#pragma once

#include <hs/hs.h>  // HS_FLAG_* for the pattern tables

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/byte_classes.h"
#include "extract/prefilter.h"
#include "extract/selector.h"
#include "normalize/normalize.h"

namespace ariadne::extract {

// One pre-scan pattern: a Vectorscan expression and its HS_FLAG_* flags. Patterns that need the
// start of the match set HS_FLAG_SOM_LEFTMOST; the others get `from` == `to` and must have no
// assertions (\b, ^, $). Every pattern must be bounded and list in `cues` the pre-filter cue
// classes (prefilter.h) at least one of which each of its matches contains: the engine scans only
// windows around such cues, so a wrong list loses selectors (tests/extract/prefilter_test.cpp
// checks the lists). A native pattern's finder reads the whole text, so its cues are not used (and
// not checked). Create() refuses a pattern that breaks these rules.
// Without SOM, consecutive matches of a pattern whose ends lie within 8 bytes are one hit (the
// digits of one run); `every_end` keeps one hit per match end instead, for patterns whose nearby
// matches are distinct candidates ("5€ 6€").
struct Hit;

// Appends to `out`, as Hits of pattern number `pattern`, exactly the matches Vectorscan reports for
// one pattern's expression over all of `text.text`, in its order: each end offset once, by
// increasing end offset (except that Vectorscan reports a match `$` finds before a newline that
// ends the text after the one that ends at the end of the text), `from` the leftmost start with
// SOM and equal to `to` without. The engine classifies the text's bytes once for all finders
// (byte_classes.h); a finder starts from the bits of its classes, not from a scan of its own.
using NativeFinder = void (*)(const ByteClasses& text, uint32_t pattern, std::vector<Hit>& out);

struct PrescanPattern {
  const char* expression;
  unsigned flags;
  unsigned cues;           // Cue bits (prefilter.h)
  bool every_end = false;  // without SOM: one hit per match end (see above)
  // Optional: a linear pass that finds the expression's matches itself (see NativeFinder). The
  // engine then leaves the pattern out of the Vectorscan database and runs this over the whole
  // folded text instead. For patterns made of character classes only (a run of digits, a letter
  // before ':'): with no literal to look for, Vectorscan runs an automaton at every digit or
  // mark, which on text dense with numbers costs several instructions per byte of the whole text
  // for each such pattern. tests/extract/prefilter_test.cpp compares the two on many texts.
  NativeFinder native = nullptr;
};

// A pre-scan match in the folded text: `pattern` is the index into the extractor's own pattern
// list. Consecutive matches of one pattern that share a start (or, without SOM and every_end, end
// within 8 bytes of each other) are coalesced into the longest one.
struct Hit {
  uint32_t pattern;
  size_t from;
  size_t to;
};

// The selector types, in the alphabetical order of their names (results are ordered by name, so
// comparing the enum orders them the same way).
enum class SelectorType : uint8_t {
  kAge,
  kCrypto,
  kEmail,
  kHandle,
  kIban,
  kIp,
  kPayment,
  kPhone,
  kPrice,
  kUrl
};

inline const char* SelectorTypeName(SelectorType type) {
  static constexpr const char* kNames[] = {"age", "crypto",  "email", "handle", "iban",
                                           "ip",  "payment", "phone", "price",  "url"};
  return kNames[static_cast<size_t>(type)];
}

// A selector found in the folded text, before offsets are mapped back to the original.
struct Found {
  SelectorType type = SelectorType::kUrl;
  std::string value;
  size_t start = 0;  // folded-text byte offsets [start, end)
  size_t end = 0;
  Details details;
};

// What an extractor sees and writes. One per Extract() call; not shared between threads.
class ScanState {
 public:
  ScanState(std::string_view folded, const ExtractContext& context, std::vector<Found>& out)
      : text(folded), context(context), out_(out) {}

  const std::string_view text;    // the folded text (normalize::Normalize)
  const ExtractContext& context;  // region hint (upper case, "UK" → "GB"), language, ads
  std::string region;             // the usable region hint: "" or an ISO 3166-1 alpha-2 code
  // Where the folded text came from, for an extractor that must read what folding changed (an
  // IBAN whose letters look like digits: "IT40 S054 …" folds to "IT40 5054 …"). Empty and null
  // when only a folded text is scanned.
  std::string_view original;
  const normalize::SourceMap* source = nullptr;

  void Emit(Found&& found) { out_.push_back(std::move(found)); }
  // Appends an empty selector to fill in place: the frequent extractors (phone, price, e-mail) use
  // it, as moving a Found moves each of its details' strings.
  Found& EmitNew(SelectorType type) {
    Found& found = out_.emplace_back();
    found.type = type;
    return found;
  }
  // Marks [start, end) as taken by a structured selector (URL, e-mail, IBAN, …): later extractors
  // in the registry (phone) do not read digits inside it, and an extractor may skip what it has
  // claimed itself.
  void Claim(size_t start, size_t end) {
    if (!layer_open_) {
      layers_.emplace_back();
      layer_open_ = true;
    }
    Layer& layer = layers_.back();
    // One extractor claims in about the order of its hits: the insertion point is at or near the
    // end, so claiming stays linear in the number of claims.
    const std::pair<size_t, size_t> span{start, end};
    const auto at = layer.spans.empty() || !(span < layer.spans.back())
                        ? layer.spans.end()
                        : std::upper_bound(layer.spans.begin(), layer.spans.end(), span);
    layer.spans.insert(at, span);
    if (start < layer.cursor_end) ++layer.cursor;  // it went in before the cursor's claim
    layer.longest = std::max(layer.longest, end - start);
  }
  bool Claimed(size_t start, size_t end) const {
    for (const Layer& layer : layers_) {
      // Claims sorted by start: only those starting in [start - longest, end) can overlap.
      auto it = layer.spans.begin() + static_cast<std::ptrdiff_t>(layer.FirstFrom(end));
      while (it != layer.spans.begin()) {
        --it;
        if (it->second > start) return true;
        if (it->first + layer.longest <= start) break;
      }
    }
    return false;
  }
  // Called by the engine before each extractor runs: its claims go into a list of their own, so
  // claims of two extractors that interleave in the text never shift each other (one sorted list
  // for all would make a text of alternating URLs and e-mails quadratic).
  void NextExtractor() { layer_open_ = false; }

 private:
  struct Layer {
    std::vector<std::pair<size_t, size_t>> spans;  // sorted by start
    size_t longest = 0;
    // The index of the first claim starting at or after `cursor_end`, the last end asked about.
    // An extractor asks in about ascending order: the next answer is a few steps on from it,
    // where a binary search over all claims took a dozen.
    mutable size_t cursor = 0;
    mutable size_t cursor_end = 0;
    size_t FirstFrom(size_t end) const {
      if (end < cursor_end) cursor = 0;
      for (int step = 0; cursor < spans.size() && spans[cursor].first < end; ++step, ++cursor) {
        if (step == 4) {  // far on: search the rest
          cursor = static_cast<size_t>(
              std::lower_bound(spans.begin() + static_cast<std::ptrdiff_t>(cursor), spans.end(),
                               std::make_pair(end, size_t{0})) -
              spans.begin());
          break;
        }
      }
      cursor_end = end;
      return cursor;
    }
  };
  std::vector<Found>& out_;
  std::vector<Layer> layers_;  // one per extractor that claimed something, in run order
  bool layer_open_ = false;
};

using ExtractFn = void (*)(std::span<const Hit> hits, ScanState& state);

// Self-description (STYLE.md rule 2) plus the two things the engine needs.
struct ExtractorInfo {
  const char* name;         // the selector type it mainly emits: "phone", "email", …
  const char* description;  // one line for --help and docs
  int revision;             // bumped whenever the output for some input changes
  const char* source;       // the standard or reference its validation follows
  std::span<const PrescanPattern> patterns;
  ExtractFn extract;      // validates the hits (sorted by `to`) and emits selectors; must not throw
  bool ads_only = false;  // runs only when ExtractContext.ads
  // Optional: one pass that appends to `out` the matches of all the extractor's native patterns
  // (PrescanPattern::native) as the engine would have merged their finders' matches: by end
  // offset, on a tie the lower pattern number first. The engine then calls it instead of each
  // finder, for finders that would each read the same runs of the text (crypto.cpp).
  // tests/extract/prefilter_test.cpp compares it with the finders.
  void (*natives_together)(const ByteClasses& text, std::vector<Hit>& out) = nullptr;
};

// The table of every extractor, in run order (registry.cpp).
std::span<const ExtractorInfo* const> Registry();

}  // namespace ariadne::extract
