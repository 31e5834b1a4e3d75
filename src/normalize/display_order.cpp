// A text in the order a reader sees it where an explicit right-to-left override turns it (see
// display_order.h).
#include "normalize/display_order.h"

#include <unicode/ubidi.h>
#include <unicode/uchar.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <memory>

namespace ariadne::normalize {
namespace {

constexpr uint32_t kPopDirectionalFormatting = 0x202C;
constexpr uint32_t kPopDirectionalIsolate = 0x2069;
// UAX #9's max_depth: deeper embeddings overflow and change no level.
constexpr size_t kMaxDepth = 125;

// The embeddings and overrides (U+202A..U+202E) and the isolates (U+2066..U+2069): they steer the
// layout and show nothing, so the turned stretch leaves them out.
bool IsDirectionalControl(uint32_t cp) {
  return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

// UAX #9's paragraph separators (bidi class B): an override never reaches past one.
bool EndsParagraph(uint32_t cp) {
  return cp == '\n' || cp == '\r' || (cp >= 0x1C && cp <= 0x1E) || cp == 0x85 || cp == 0x2029;
}

// The end of the stretch an override opened at original[start] turns: after the U+202C that
// closes it, or at its paragraph's end. UAX #9's stack of embeddings and isolates (rules X1-X8,
// with its overflow counts) in counts: a U+202C closes only an embedding opened since the
// innermost open isolate, and a U+2069 closes that isolate with every embedding opened inside
// it, the override too when an isolate open before it closes (`isolates_before`: how many are
// open where the override stands; a U+2069 that matches none does nothing, rule X6a). Linear:
// each step is O(1) amortised.
size_t OverrideEnd(std::string_view original, size_t start, size_t isolates_before) {
  const auto* p = reinterpret_cast<const uint8_t*>(original.data());
  const auto n = static_cast<int32_t>(original.size());
  // kinds[k]: whether entry k of the stack is an isolate (else an embedding or override); entry 0
  // is the override that opens the stretch.
  std::vector<bool> kinds{false};
  size_t open_isolates = 0, overflow_isolates = 0, overflow_embeddings = 0;
  auto i = static_cast<int32_t>(start);
  UChar32 cp;
  U8_NEXT(p, i, n, cp);  // the override itself
  while (i < n) {
    const int32_t at = i;
    U8_NEXT(p, i, n, cp);
    if (cp < 0) continue;
    const auto c = static_cast<uint32_t>(cp);
    if (EndsParagraph(c)) return static_cast<size_t>(at);
    if (c >= 0x202A && c <= 0x202E && c != kPopDirectionalFormatting) {
      if (kinds.size() < kMaxDepth && overflow_isolates == 0 && overflow_embeddings == 0) {
        kinds.push_back(false);
      } else if (overflow_isolates == 0) {
        ++overflow_embeddings;
      }
    } else if (c >= 0x2066 && c <= 0x2068) {
      if (kinds.size() < kMaxDepth && overflow_isolates == 0 && overflow_embeddings == 0) {
        kinds.push_back(true);
        ++open_isolates;
      } else {
        ++overflow_isolates;
      }
    } else if (c == kPopDirectionalIsolate) {
      if (overflow_isolates > 0) {
        --overflow_isolates;
      } else if (open_isolates > 0) {
        overflow_embeddings = 0;
        while (!kinds.back()) kinds.pop_back();
        kinds.pop_back();
        --open_isolates;
      } else if (isolates_before > 0) {
        return static_cast<size_t>(i);  // closes an isolate opened before the override
      }
    } else if (c == kPopDirectionalFormatting) {
      if (overflow_isolates > 0) continue;
      if (overflow_embeddings > 0) {
        --overflow_embeddings;
      } else if (!kinds.back()) {
        kinds.pop_back();
        if (kinds.empty()) return static_cast<size_t>(i);
      }
    }
  }
  return original.size();
}

// One character of a turned stretch: a code point with its combining marks, which a reader sees
// with it whatever the direction.
struct Cluster {
  uint32_t begin, end;  // original bytes
  bool invalid;         // an invalid UTF-8 sequence, shown as U+FFFD
};

struct Turner {
  UBiDi* bidi = nullptr;
  std::vector<UChar> units;
  std::vector<uint32_t> cluster_of_unit;  // kNone: a directional control
  std::vector<Cluster> clusters;          // in stored order
  std::vector<int32_t> visual;            // visual index -> unit
  std::vector<bool> emitted;
  static constexpr uint32_t kNone = UINT32_MAX;

  Turner() : bidi(ubidi_open()) {}
  ~Turner() { ubidi_close(bidi); }
  Turner(const Turner&) = delete;
  Turner& operator=(const Turner&) = delete;

  // Splits original[begin, end) into clusters and UTF-16 units for the algorithm.
  void Read(std::string_view original, size_t begin, size_t end) {
    const auto* p = reinterpret_cast<const uint8_t*>(original.data());
    units.clear();
    cluster_of_unit.clear();
    clusters.clear();
    auto i = static_cast<int32_t>(begin);
    const auto n = static_cast<int32_t>(end);
    while (i < n) {
      const int32_t at = i;
      UChar32 cp;
      U8_NEXT(p, i, n, cp);
      const bool control = cp >= 0 && IsDirectionalControl(static_cast<uint32_t>(cp));
      const bool mark = cp >= 0 && (U_GET_GC_MASK(cp) & U_GC_M_MASK) != 0;
      if (control) {
        // Left out of the shown text, but the algorithm needs it.
      } else if (mark && !clusters.empty() && clusters.back().end == static_cast<uint32_t>(at)) {
        clusters.back().end = static_cast<uint32_t>(i);
      } else {
        clusters.push_back({static_cast<uint32_t>(at), static_cast<uint32_t>(i), cp < 0});
      }
      const uint32_t cluster = control ? kNone : static_cast<uint32_t>(clusters.size() - 1);
      const UChar32 unit_cp = cp < 0 ? 0xFFFD : cp;
      units.resize(units.size() + static_cast<size_t>(U16_LENGTH(unit_cp)));
      size_t u = units.size() - static_cast<size_t>(U16_LENGTH(unit_cp));
      if (U16_LENGTH(unit_cp) == 1) {
        units[u] = static_cast<UChar>(unit_cp);
      } else {
        units[u] = U16_LEAD(unit_cp);
        units[u + 1] = U16_TRAIL(unit_cp);
      }
      cluster_of_unit.resize(units.size(), cluster);
    }
  }

  // Appends original[begin, end) to `shown` in display order, with its blocks. False when the
  // algorithm fails (the stretch is then copied as stored).
  bool Turn(std::string_view original, size_t begin, size_t end, std::string& shown,
            std::vector<DisplayBlock>& blocks) {
    Read(original, begin, end);
    if (bidi == nullptr || units.empty()) return false;
    UErrorCode status = U_ZERO_ERROR;
    ubidi_setPara(bidi, units.data(), static_cast<int32_t>(units.size()), UBIDI_LTR, nullptr,
                  &status);
    visual.resize(units.size());
    if (U_SUCCESS(status)) ubidi_getVisualMap(bidi, visual.data(), &status);
    if (U_FAILURE(status)) return false;
    emitted.assign(clusters.size(), false);
    // A block closes where the clusters shown so far are exactly the first ones stored: the
    // smallest stretches a map that never goes backwards can tell apart.
    size_t shown_count = 0, block_first = 0;
    uint32_t block_shown_begin = static_cast<uint32_t>(shown.size());
    uint32_t highest = 0;
    for (const int32_t unit : visual) {
      if (unit < 0 || static_cast<size_t>(unit) >= cluster_of_unit.size()) continue;
      const uint32_t cluster = cluster_of_unit[static_cast<size_t>(unit)];
      if (cluster == kNone || emitted[cluster]) continue;
      emitted[cluster] = true;
      // An invalid sequence is written repaired: pieces of two of them turned side by side
      // could otherwise make a character the original does not hold.
      const Cluster& c = clusters[cluster];
      if (c.invalid) {
        shown.append("\uFFFD");
      } else {
        shown.append(original.substr(c.begin, c.end - c.begin));
      }
      highest = std::max(highest, cluster);
      ++shown_count;
      if (highest + 1 == shown_count) {
        const bool straight = highest == block_first && !clusters[block_first].invalid;
        blocks.push_back(
            {block_shown_begin, clusters[block_first].begin, clusters[highest].end, straight});
        block_first = highest + 1;
        block_shown_begin = static_cast<uint32_t>(shown.size());
      }
    }
    return shown_count == clusters.size();
  }
};

// Appends original[begin, end) to `shown` as one straight block (none when empty).
void CopyStraight(std::string_view original, size_t begin, size_t end, std::string& shown,
                  std::vector<DisplayBlock>& blocks) {
  if (begin >= end) return;
  blocks.push_back({static_cast<uint32_t>(shown.size()), static_cast<uint32_t>(begin),
                    static_cast<uint32_t>(end), true});
  shown.append(original.substr(begin, end - begin));
}

constexpr std::string_view kOverrideUtf8 = "\xE2\x80\xAE";  // U+202E

}  // namespace

// How many isolates are open at a point of the text, counted forward from where the last question
// left off (the questions come in text order, so the whole count is one pass): an initiator
// (U+2066..U+2068) opens one, a U+2069 closes one if any is open, a paragraph's end closes all.
class OpenIsolates {
 public:
  size_t At(std::string_view original, size_t at) {
    const auto* p = reinterpret_cast<const uint8_t*>(original.data());
    auto i = static_cast<int32_t>(scanned_);
    const auto n = static_cast<int32_t>(at);
    while (i < n) {
      UChar32 cp;
      U8_NEXT(p, i, n, cp);
      if (cp < 0) continue;
      const auto c = static_cast<uint32_t>(cp);
      if (EndsParagraph(c)) {
        open_ = 0;
      } else if (c >= 0x2066 && c <= 0x2068) {
        ++open_;
      } else if (c == kPopDirectionalIsolate && open_ > 0) {
        --open_;
      }
    }
    scanned_ = static_cast<size_t>(i);
    return open_;
  }

 private:
  size_t scanned_ = 0;
  size_t open_ = 0;
};

bool ToDisplayOrder(std::string_view original, std::string& shown,
                    std::vector<DisplayBlock>& blocks) {
  shown.clear();
  blocks.clear();
  size_t override_at = original.find(kOverrideUtf8);
  if (override_at == std::string_view::npos) return false;
  thread_local Turner turner;
  size_t copied = 0;
  OpenIsolates isolates;
  while (override_at != std::string_view::npos) {
    CopyStraight(original, copied, override_at, shown, blocks);
    const size_t end = OverrideEnd(original, override_at, isolates.At(original, override_at));
    const size_t shown_before = shown.size(), blocks_before = blocks.size();
    if (!turner.Turn(original, override_at, end, shown, blocks)) {
      shown.resize(shown_before);
      blocks.resize(blocks_before);
      CopyStraight(original, override_at, end, shown, blocks);
    }
    copied = end;
    override_at = original.find(kOverrideUtf8, end);
  }
  CopyStraight(original, copied, original.size(), shown, blocks);
  return true;
}

}  // namespace ariadne::normalize
