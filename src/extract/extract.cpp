// The engine: normalise, one Vectorscan pre-scan over the folded text, then each extractor of the
// registry validates its own hits; offsets are mapped back to the original text (see extract.h).
#include "extract/extract.h"

#include <hs/hs.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <climits>
#include <cstdlib>
#include <string>

#include "core/vectorscan_scratch.h"
#include "extract/extractor.h"
#include "extract/prefilter.h"
#include "normalize/normalize.h"
#include "vectorscan/database_cache.h"

namespace ariadne::extract {
namespace {

// Where a pattern of the combined database comes from.
struct PatternOwner {
  uint32_t extractor;
  uint32_t local;
  bool som;
  bool every_end;  // PrescanPattern::every_end
  // The extractor also has native patterns (PrescanPattern::native): its matches are kept as they
  // come and merged with the native ones before they are joined into hits (JoinHits).
  bool raw = false;
};

// A pattern found by its own finder instead of the database (PrescanPattern::native).
struct NativePattern {
  uint32_t extractor;
  uint32_t local;
  NativeFinder find;
};

// Joins a match into `last`, the last hit, when both belong to one candidate (see Hit in
// extractor.h): longer matches of the same start (SOM), or the next digits of one run (no SOM).
// Returns whether it did. Inlined: it runs for every match of every pattern (about one per 60
// bytes of the bench corpus).
[[gnu::always_inline]] inline bool JoinsLast(Hit& last, uint32_t pattern, bool som, bool every_end,
                                             size_t from, size_t to) {
  if (last.pattern != pattern) return false;
  if (!((som && last.from == from) || (!som && !every_end && to <= last.to + 8))) return false;
  last.to = std::max(last.to, to);
  return true;
}

// Appends a match to an extractor's hits, joining it into the last hit when both belong to one
// candidate.
[[gnu::always_inline]] inline void AddMatch(std::vector<Hit>& hits, uint32_t pattern, bool som,
                                            bool every_end, size_t from, size_t to) {
  if (!hits.empty() && JoinsLast(hits.back(), pattern, som, every_end, from, to)) return;
  hits.push_back(Hit{pattern, som ? from : to, to});
}

// A window of the folded text copied into the scan buffer at `buffer_begin`.
struct Segment {
  size_t buffer_begin;
  size_t text_begin;
  size_t length;
  bool open_before;  // the window starts after the start of the text
  bool open_after;   // the window ends before the end of the text
};

struct ScanContext {
  const std::vector<PatternOwner>* owners;
  std::vector<std::vector<Hit>>* hits;  // per extractor
  // Null when the whole text is scanned: offsets are text offsets.
  const std::vector<Segment>* segments = nullptr;
  size_t segment = 0;  // the segment of the previous match (matches come by end offset)
};

int OnMatch(unsigned int id, unsigned long long from, unsigned long long to, unsigned int /*flags*/,
            void* ctx) {
  auto* scan = static_cast<ScanContext*>(ctx);
  const PatternOwner& owner = (*scan->owners)[id];
  if (scan->segments != nullptr) {
    // Back to text offsets. No match contains the NUL between two windows, so the segment that
    // holds the last byte holds the whole match.
    const std::vector<Segment>& segments = *scan->segments;
    size_t s = scan->segment;
    while (s + 1 < segments.size() && segments[s + 1].buffer_begin < to) ++s;
    while (s > 0 && segments[s].buffer_begin >= to) --s;
    scan->segment = s;
    const Segment& segment = segments[s];
    // A match that touches an artificial window edge may exist only because the edge hid the
    // byte next to it from an assertion (\b); every real match lies at least one byte inside its
    // window (prefilter.h), so these are dropped. Patterns without SOM have no assertions.
    if (owner.som && from == segment.buffer_begin && segment.open_before) return 0;
    if (to == segment.buffer_begin + segment.length && segment.open_after) return 0;
    const size_t shift = segment.text_begin - segment.buffer_begin;
    from += shift;
    to += shift;
  }
  std::vector<Hit>& hits = (*scan->hits)[owner.extractor];
  if (owner.raw) {
    hits.push_back(Hit{owner.local, owner.som ? static_cast<size_t>(from) : static_cast<size_t>(to),
                       static_cast<size_t>(to)});
    return 0;
  }
  AddMatch(hits, owner.local, owner.som, owner.every_end, from, to);
  return 0;
}

// Scans all of `text`. Vectorscan takes an unsigned int length; longer texts are scanned in
// overlapping blocks.
void ScanWhole(const hs_database_t* db, hs_scratch_t* scratch, std::string_view text,
               const std::vector<PatternOwner>& owners, std::vector<std::vector<Hit>>& hits) {
  ScanContext scan{&owners, &hits};
  constexpr size_t kBlock = size_t{1} << 30;
  constexpr size_t kOverlap = 4096;
  for (size_t offset = 0; offset < text.size();) {
    const size_t length = std::min(text.size() - offset, kBlock);
    std::vector<std::vector<Hit>> block_hits(offset == 0 ? 0 : hits.size());
    ScanContext block_scan{&owners, offset == 0 ? &hits : &block_hits};
    hs_scan(db, text.data() + offset, static_cast<unsigned int>(length), 0, scratch, OnMatch,
            offset == 0 ? static_cast<void*>(&scan) : static_cast<void*>(&block_scan));
    if (offset != 0) {
      for (size_t e = 0; e < block_hits.size(); ++e) {
        for (Hit h : block_hits[e]) {
          h.from += offset;
          h.to += offset;
          if (h.to > offset + kOverlap || offset == 0) hits[e].push_back(h);
        }
      }
    }
    if (offset + length >= text.size()) break;
    offset += length - kOverlap;
  }
}

// Whether windows covering `covered` bytes of `size` are worth scanning instead of the whole text.
// Finding them costs about as much per byte as the whole-text scan saves on a quarter of the text,
// and scanning them costs a copy into one buffer and a window lookup per match on top of the scan
// itself: past about a quarter of the text the windows cost more than the bytes they skip
// (bench/extract_bench's dense corpus, windows over about 40% of it: 7 instructions per byte more
// than the whole-text scan).
bool WorthWindows(size_t covered, size_t size) {
  return covered * 4 <= size;
}

size_t Covered(const std::vector<Window>& windows) {
  size_t covered = 0;
  for (const Window& w : windows) covered += w.end - w.begin;
  return covered;
}

// Scans only the pre-filter's windows of `text`, joined by NUL bytes into one buffer (one
// Vectorscan call). Returns false when the whole text should be scanned instead: the buffer would
// be too long for one call, or (unless `always`) the windows cover most of the text. A long text
// is judged by its first kSample bytes before the windows of all of it are looked for.
bool ScanWindows(const hs_database_t* db, hs_scratch_t* scratch, std::string_view text,
                 const CueMargins& margins, const std::vector<PatternOwner>& owners,
                 std::vector<std::vector<Hit>>& hits, bool always) {
  thread_local std::vector<Window> windows;
  thread_local std::vector<Segment> segments;
  thread_local std::string buffer;
  // Small: on dense text the sample is paid for nothing, and finding windows costs about 16
  // instructions per byte there (bench/extract_bench's corpus; a 64 KB sample of each 1 MB
  // document was one instruction per byte of the whole).
  constexpr size_t kSample = 16 << 10;
  if (!always && text.size() >= 4 * kSample) {
    FindWindows(text.substr(0, kSample), margins, windows);
    if (!WorthWindows(Covered(windows), kSample)) return false;
  }
  FindWindows(text, margins, windows);
  if (windows.empty()) return true;
  if (windows.size() == 1 && windows[0].begin == 0 && windows[0].end == text.size()) {
    return false;  // everything is a candidate
  }
  if (!always && !WorthWindows(Covered(windows), text.size())) return false;
  size_t total = 0;
  for (const Window& w : windows) total += w.end - w.begin + 1;
  if (total > (size_t{1} << 30)) return false;
  buffer.clear();
  segments.clear();
  for (const Window& w : windows) {
    segments.push_back(
        Segment{buffer.size(), w.begin, w.end - w.begin, w.begin > 0, w.end < text.size()});
    buffer.append(text.substr(w.begin, w.end - w.begin));
    buffer.push_back('\0');
  }
  ScanContext scan{&owners, &hits, &segments};
  hs_scan(db, buffer.data(), static_cast<unsigned int>(buffer.size()), 0, scratch, OnMatch, &scan);
  // Keep the buffer from growing without bound across documents (memory flat in input size).
  if (buffer.capacity() > (size_t{64} << 20)) std::string().swap(buffer);
  return true;
}

// Strings of a result built where they live. Each converts to a std::string, so that a Selector's
// member initialised from one (emplace_back, aggregate) is the string the conversion returns, not
// a temporary moved into it; and a string that fits std::string's inline buffer (15 bytes) is
// copied as 15 bytes, a length the compiler copies inline, then cut to its length: a copy of its
// own length was a call to memcpy for every string of every result (libstdc++ 12): this saves
// about 0.7% of the instructions of bench/extract_bench and 2.6% of its mispredicted branches.
constexpr size_t kInlineChars = 15;  // std::string's inline capacity in libstdc++ (libc++ keeps 22)

// Bytes [data, data + size) when kInlineChars bytes may be read from data.
[[gnu::always_inline]] inline std::string ShortString(const char* data, size_t size) {
  std::string s(data, kInlineChars);
  s.resize(size);
  return s;
}

// The text [data, data + size) of a buffer whose bytes may be read up to `readable_end`.
struct CopiedText {
  const char* data;
  size_t size;
  const char* readable_end;
  // Implicit on purpose (see above).
  [[gnu::always_inline]] operator std::string() const {
    if (size <= kInlineChars && readable_end - data >= static_cast<std::ptrdiff_t>(kInlineChars)) {
      return ShortString(data, size);
    }
    return std::string(data, size);
  }
};

// The value of `*from`, moved: a heap string's buffer is taken, an inline one copied as above.
struct MovedString {
  std::string* from;
  // Implicit on purpose (see above).
  [[gnu::always_inline]] operator std::string() const {
    // A string of up to kInlineChars bytes has at least kInlineChars + 1 bytes of buffer, inline
    // or not.
    if (from->size() <= kInlineChars) return ShortString(from->data(), from->size());
    return std::move(*from);
  }
};

// SelectorTypeName() with its length.
std::string_view TypeName(SelectorType type) {
  constexpr size_t kTypes = static_cast<size_t>(SelectorType::kUrl) + 1;  // the last type
  static const std::array<std::string_view, kTypes> kNames = [] {
    std::array<std::string_view, kTypes> names;
    for (size_t t = 0; t < names.size(); ++t)
      names[t] = SelectorTypeName(static_cast<SelectorType>(t));
    return names;
  }();
  return kNames[static_cast<size_t>(type)];
}

// TypeName() padded with NULs to at least kInlineChars bytes, for CopiedText.
std::string_view PaddedTypeName(SelectorType type) {
  constexpr size_t kTypes = static_cast<size_t>(SelectorType::kUrl) + 1;  // the last type
  static const std::array<std::string, kTypes> kPadded = [] {
    std::array<std::string, kTypes> padded;
    for (size_t t = 0; t < padded.size(); ++t) {
      padded[t] = std::string(TypeName(static_cast<SelectorType>(t)));
      padded[t].resize(std::max(padded[t].size(), kInlineChars), '\0');
    }
    return padded;
  }();
  return kPadded[static_cast<size_t>(type)];
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

// Sorts `items` by `less`. Each extractor emits its selectors mostly in text order, so the
// records arrive as a few ascending runs: those are merged, two neighbours at a time (linear per
// round), instead of sorted from scratch (std::sort cost about 3 instructions per byte of the bench
// corpus). Many runs (an extractor that emits out of order) fall back to std::sort. Items that
// compare equal may end up in another order than std::sort would leave them: the caller keeps
// one of each such group, and they are equal in everything it keeps.
template <typename T, typename Less>
void SortByRuns(std::vector<T>& items, Less less) {
  constexpr size_t kMaxRuns = 32;
  std::array<size_t, kMaxRuns + 1> bounds;  // run k is [bounds[k], bounds[k + 1])
  size_t runs = 0;
  bounds[0] = 0;
  for (size_t i = 1; i < items.size(); ++i) {
    if (!less(items[i], items[i - 1])) continue;
    if (++runs == kMaxRuns) {
      std::sort(items.begin(), items.end(), less);
      return;
    }
    bounds[runs] = i;
  }
  if (items.empty()) return;
  bounds[++runs] = items.size();
  thread_local std::vector<T> merged;
  while (runs > 1) {
    merged.resize(items.size());
    size_t kept = 0;
    for (size_t k = 0; k < runs; k += 2) {
      const auto begin = items.begin() + static_cast<std::ptrdiff_t>(bounds[k]);
      const auto middle = items.begin() + static_cast<std::ptrdiff_t>(bounds[k + 1]);
      const auto end = items.begin() + static_cast<std::ptrdiff_t>(bounds[std::min(k + 2, runs)]);
      std::merge(begin, middle, middle, end,
                 merged.begin() + static_cast<std::ptrdiff_t>(bounds[k]), less);
      bounds[kept++] = bounds[k];
    }
    bounds[kept] = items.size();
    runs = kept;
    items.swap(merged);
  }
}

class VectorscanExtractor final : public SelectorExtractor {
 public:
  VectorscanExtractor(hs_database_t* db, std::vector<PatternOwner> owners,
                      std::vector<NativePattern> natives, CueMargins margins,
                      const ExtractorOptions& options)
      : db_(db),
        owners_(std::move(owners)),
        natives_(std::move(natives)),
        margins_(margins),
        options_(options) {}
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
    if (!options_.prefilter ||
        !ScanWindows(db_, scratch, folded.text, margins_, owners_, hits, options_.always_windows)) {
      for (auto& h : hits) h.clear();
      ScanWhole(db_, scratch, folded.text, owners_, hits);
    }
    AddNativeMatches(folded.text, registry, hits);

    thread_local std::vector<Found> found;
    found.clear();
    ScanState state(folded.text, context, found);
    state.region = UsableRegion(context.region);
    state.original = text;
    state.source = &folded.source;
    for (size_t e = 0; e < registry.size(); ++e) {
      if (hits[e].empty()) continue;
      if (registry[e]->ads_only && !context.ads) continue;
      state.NextExtractor();
      registry[e]->extract(hits[e], state);
    }

    // Order by position (then type, value and details) and drop repeats of one value at one
    // position. Sorting small keys keeps the (large) Found records in place, and compares their
    // strings only when position and type are equal. The details take part so that the order,
    // and with it which of two records of one value at one position is kept, never depends on
    // the order the extractors emitted them in.
    struct SortKey {
      uint64_t start;
      uint64_t end_and_type;  // end << 8 | type
      uint32_t index;
    };
    thread_local std::vector<SortKey> order;
    order.resize(found.size());
    for (uint32_t k = 0; k < order.size(); ++k) {
      const Found& f = found[k];
      order[k] = {f.start, static_cast<uint64_t>(f.end) << 8 | static_cast<uint8_t>(f.type), k};
    }
    SortByRuns(order, [&](const SortKey& a, const SortKey& b) {
      if (a.start != b.start) return a.start < b.start;
      if (a.end_and_type != b.end_and_type) return a.end_and_type < b.end_and_type;
      const Found& fa = found[a.index];
      const Found& fb = found[b.index];
      if (const int c = fa.value.compare(fb.value); c != 0) return c < 0;
      return fa.details < fb.details;
    });
    result.reserve(found.size());
    size_t run = 0;  // the source map's run of the previous start (starts ascend)
    for (const SortKey& key : order) {
      Found& f = found[key.index];
      if (f.start >= f.end || f.end > folded.text.size()) continue;
      // The original span: the smallest range covering every folded byte of the selector (the
      // map's starts and ends never decrease, so the first byte's start and the last one's end).
      const auto [start, end] = folded.source.SpanFrom(run, f.start, f.end);
      if (start >= end || end > text.size()) continue;
      // Each value once per position: only selectors of the same start can repeat it.
      const std::string_view type = TypeName(f.type);
      const std::string_view padded_type = PaddedTypeName(f.type);
      bool seen = false;
      for (auto u = result.rbegin(); u != result.rend() && u->start == start; ++u) {
        seen = seen || (u->type == type && u->value == f.value);
      }
      if (seen) continue;
      // Built in place: a Selector moved into the vector would move each of its strings again,
      // and assigning to its empty strings takes std::string's general replace. Clang before 16
      // (the fuzz targets' compiler) cannot build an aggregate from parentheses: it builds a
      // temporary and moves it.
      const CopiedText type_text{padded_type.data(), type.size(),
                                 padded_type.data() + padded_type.size()};
      const CopiedText raw{text.data() + start, end - start, text.data() + text.size()};
#if defined(__cpp_aggregate_paren_init)
      result.emplace_back(type_text, MovedString{&f.value}, start, end, raw, std::move(f.details));
#else
      result.push_back(
          Selector{type_text, MovedString{&f.value}, start, end, raw, std::move(f.details)});
#endif
    }
    return result;
  }

 private:
  // The matches of the native patterns, merged by end offset with the database's matches of the
  // same extractor (kept as they came, PatternOwner::raw), then joined into hits as OnMatch joins
  // them.
  void AddNativeMatches(std::string_view text, std::span<const ExtractorInfo* const> registry,
                        std::vector<std::vector<Hit>>& hits) const {
    // Each extractor's matches are joined in a buffer of its own, which then changes places with
    // its hits (copying the joined hits back cost about 0.3 instructions per byte of the bench
    // corpus). Per extractor, so that each keeps buffers of the size it needs: one buffer shared
    // by all would wander between them, and a text of one endless run of digit groups would get
    // fresh pages for its phone hits.
    thread_local std::vector<std::vector<Hit>> spare;
    spare.resize(registry.size());
    // One pass over the text for all finders (each used to scan it on its own).
    thread_local ByteClasses classes;
    ClassifyBytes(text, classes);
    for (size_t k = 0; k < natives_.size();) {
      const uint32_t e = natives_[k].extractor;
      std::vector<Hit>& matches = spare[e];
      matches.assign(hits[e].begin(), hits[e].end());
      const auto merge_from = [&](size_t before) {
        // Both parts ascend by end offset; on a tie the earlier part's match comes first.
        std::inplace_merge(matches.begin(), matches.begin() + static_cast<std::ptrdiff_t>(before),
                           matches.end(), [](const Hit& a, const Hit& b) { return a.to < b.to; });
      };
      if (registry[e]->natives_together != nullptr) {
        const size_t before = matches.size();
        registry[e]->natives_together(classes, matches);
        merge_from(before);
        while (k < natives_.size() && natives_[k].extractor == e) ++k;
      }
      for (; k < natives_.size() && natives_[k].extractor == e; ++k) {
        const size_t before = matches.size();
        natives_[k].find(classes, natives_[k].local, matches);
        merge_from(before);
      }
      // As AddMatch, but over `matches` in place (a hit is written at or before the match it
      // comes from): a push_back per match was a call each.
      size_t count = 0;
      const auto patterns = registry[e]->patterns;
      for (size_t r = 0; r < matches.size(); ++r) {
        const Hit m = matches[r];
        const PrescanPattern& pattern = patterns[m.pattern];
        const bool som = (pattern.flags & HS_FLAG_SOM_LEFTMOST) != 0;
        if (count > 0 &&
            JoinsLast(matches[count - 1], m.pattern, som, pattern.every_end, m.from, m.to)) {
          continue;
        }
        matches[count++] = Hit{m.pattern, som ? m.from : m.to, m.to};
      }
      matches.resize(count);
      hits[e].swap(matches);
    }
    // The classes take 5 bits per byte of the text: keep them from growing without bound across
    // texts (memory flat in input size), as the windows buffer.
    if (classes.digit.capacity() > (size_t{8} << 20) / sizeof(uint64_t)) classes = ByteClasses();
  }

  hs_database_t* db_;
  std::vector<PatternOwner> owners_;
  std::vector<NativePattern> natives_;  // by extractor
  CueMargins margins_;
  ExtractorOptions options_;
};

// A pattern's assertions that a window's artificial start could fake: only patterns with SOM may
// have them (their edge matches are recognised by the start offset). End-of-data assertions ($, \z,
// \Z) are allowed: the windows buffer ends with a NUL, so they never match there, and a match that
// ends at an artificial window end is dropped whatever its pattern (OnMatch).
bool HasAssertion(std::string_view expression) {
  for (size_t i = 0; i < expression.size(); ++i) {
    if (expression[i] == '\\') {
      if (i + 1 < expression.size() &&
          std::string_view("bBAG").find(expression[i + 1]) != std::string_view::npos) {
        return true;
      }
      ++i;
    } else if (expression[i] == '^') {
      return true;
    }
  }
  return false;
}

}  // namespace

Result<std::unique_ptr<SelectorExtractor>> SelectorExtractor::Create(
    const ExtractorOptions& options) {
  std::vector<const char*> expressions;
  std::vector<unsigned> flags;
  std::vector<PatternOwner> owners;
  std::vector<NativePattern> natives;
  const auto registry = Registry();
  for (uint32_t e = 0; e < registry.size(); ++e) {
    const auto patterns = registry[e]->patterns;
    const bool raw = std::any_of(patterns.begin(), patterns.end(),
                                 [](const PrescanPattern& p) { return p.native != nullptr; });
    for (uint32_t p = 0; p < patterns.size(); ++p) {
      const PrescanPattern& pattern = patterns[p];
      if (pattern.native != nullptr) {
        natives.push_back(NativePattern{e, p, pattern.native});
        continue;
      }
      expressions.push_back(pattern.expression);
      flags.push_back(pattern.flags);
      owners.push_back(
          PatternOwner{e, p, (pattern.flags & HS_FLAG_SOM_LEFTMOST) != 0, pattern.every_end, raw});
    }
  }
  // Every pattern, native or not, must follow the rules; the pre-filter's margins (for each cue
  // class, the widest pattern that relies on it) count only the patterns of the database, as the
  // native ones read the whole text.
  CueMargins margins{};
  for (uint32_t e = 0; e < registry.size(); ++e) {
    for (uint32_t p = 0; p < registry[e]->patterns.size(); ++p) {
      const PrescanPattern& pattern = registry[e]->patterns[p];
      const std::string where =
          "extract: pattern " + std::to_string(p) + " of extractor " + registry[e]->name;
      hs_expr_info_t* info = nullptr;
      hs_compile_error_t* error = nullptr;
      if (hs_expression_info(pattern.expression, pattern.flags, &info, &error) != HS_SUCCESS) {
        const std::string message = error != nullptr && error->message ? error->message : "?";
        if (error != nullptr) hs_free_compile_error(error);
        return Internal(where + " does not compile: " + message + "; this is a bug in src/extract");
      }
      const unsigned max_width = info->max_width;
      std::free(info);
      if (max_width == UINT_MAX || pattern.cues == 0 || (pattern.cues >> kCueClasses) != 0) {
        return Internal(where +
                        " is unbounded or lists no pre-filter cue; this is a bug in src/extract");
      }
      if ((pattern.flags & HS_FLAG_SOM_LEFTMOST) == 0 && HasAssertion(pattern.expression)) {
        return Internal(where + " has an assertion but no SOM flag; this is a bug in src/extract");
      }
      if (pattern.native != nullptr) continue;
      for (size_t c = 0; c < kCueClasses; ++c) {
        if ((pattern.cues >> c) & 1) margins[c] = std::max<uint32_t>(margins[c], max_width);
      }
    }
  }
  // Compiled once per Vectorscan build and set of patterns, then read from the disk cache: the
  // compilation took 0.08 s of CPU at every `ariadne analyze`.
  hs_compile_error_t* error = nullptr;
  hs_database_t* db = vectorscan::LoadOrCompile("extract", expressions, flags, &error);
  if (db == nullptr) {
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
  return std::unique_ptr<SelectorExtractor>(
      new VectorscanExtractor(db, std::move(owners), std::move(natives), margins, options));
}

}  // namespace ariadne::extract
