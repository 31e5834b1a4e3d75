// Computed checks (internal to the flag module): indicators that no phrase can raise, because they
// are about what an ad leaves out (no employer named, no pay stated, only a mobile number) or about
// the ad disagreeing with itself (two ages far apart). An indicator names its check in its pack
// (`check = "no-employer"`); the check reads the hits of the marker lists of data/markers.toml,
// found in the same Vectorscan scan as the terms. One table (Checks()), one function per check.
//
// Absence checks are weak evidence (RaisedFlag::absence): they look only at ads that say how to
// apply (a phone number, an e-mail address, a handle or "write in private"), so a fragment of an
// ad is never said to lack what its other half may hold, and they never count as a family for the
// high band (rule R3).
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "flag/rules.h"

namespace ariadne::flag {

// A match of a marker term in the match text (match_text.h), [start, end).
struct MarkerHit {
  size_t start = 0;
  size_t end = 0;
};

// Marker list names to their position in RuleSet::markers (the first list of a name), built once
// per Flagger: the checks ask for lists by name dozens of times per ad. Also which lists mask
// (MarkerList::mask) and which are masked (NeedsEveryHit, never a mask).
// Like `positions`, the index points into the RuleSet it was built from, which must outlive it.
struct MarkerIndex {
  std::unordered_map<std::string_view, size_t> positions;
  std::vector<size_t> masks;  // positions of the lists with mask = true
  std::vector<bool> masked;   // by position: whether the masks hide this list's hits
  // The positions of the lists the packs' `near`s and the checks' table name, by the address of
  // the name's characters (first, then its size and the position): the pairs and checks ask for
  // their lists dozens of times per ad, and hashing a pointer costs less than hashing the name.
  // The checks' own calls find their names here when the compiler merged the equal string
  // literals (GCC does within a file); any other name is looked up by its characters (Find).
  std::unordered_map<const char*, std::pair<size_t, size_t>> by_address;
  // The position of list `name`, or nullopt when no list has that name.
  std::optional<size_t> Find(std::string_view name) const;
};
MarkerIndex IndexMarkers(const RuleSet& rules);

// Whether a mask hit hides `hit`: `hit` lies inside `mask` and does not cover its whole span.
bool MaskHides(const MarkerHit& mask, const MarkerHit& hit);
// Whether a hit of one of `index`'s masks in `hits` (by list position, in any order) hides `span`:
// a pack term's match or a masked list's hit.
bool Masked(const MarkerIndex& index, const std::vector<std::vector<MarkerHit>>& hits,
            const MarkerHit& span);

// The hits of each marker list of one ad, by list name.
class MarkerHits {
 public:
  // `original`: the ad as written; `to_original` maps a range of `text` to its range there.
  using ToOriginal = std::function<std::pair<size_t, size_t>(size_t, size_t)>;
  // `pay_words`: the pay reader's words (rules/data/pay-words.toml), for the checks that read
  // stated pay.
  // `index`: where each list's hits are in `hits` (IndexMarkers of the rules' marker lists).
  // `hits`: by list position. The masks' hits hide the masked lists' hits inside their spans
  // (MaskHides): Of() and Any() never return a hidden hit; when a mask has a hit in the ad, every
  // mask's and every masked list's hits must already be in text order with their starts.
  // `prepare`, when given, is called with a list's position before Of returns its hits: the
  // flagger then finds their starts and sorts them (a start is a scan; most lists are only asked
  // whether they have a hit). Without it, `hits` must already be in text order.
  using Prepare = std::function<void(size_t)>;
  MarkerHits(std::string_view text, const MarkerIndex& index,
             const std::vector<std::vector<MarkerHit>>& hits, std::string_view original,
             ToOriginal to_original, const PayWords& pay_words, bool names_landline = false,
             Prepare prepare = nullptr);
  std::string_view text() const { return text_; }
  // The words of `hit` as written in the ad.
  std::string_view Original(const MarkerHit& hit) const;
  // The ad as written after `hit` (to its end).
  std::string_view OriginalAfter(const MarkerHit& hit) const;
  // The ad as written before `hit` (from its start).
  std::string_view OriginalBefore(const MarkerHit& hit) const;
  // In text order; empty when the list has no hit (or does not exist).
  const std::vector<MarkerHit>& Of(std::string_view list) const;
  // Whether the list has a hit (without preparing it).
  bool Any(std::string_view list) const {
    const std::optional<size_t> position = index_.Find(list);
    return position && *position < hits_.size() && !Read(*position).empty();
  }
  // Whether extraction found a landline of the ad's own country in it (AdInput::phones).
  bool names_landline() const { return names_landline_; }
  const PayWords& pay_words() const { return pay_words_; }

 private:
  std::string_view text_;
  const MarkerIndex& index_;
  const std::vector<std::vector<MarkerHit>>& hits_;
  // A list's hits: its unmasked copy when it has one, else `hits_`.
  const std::vector<MarkerHit>& Read(size_t position) const;

  // By list position: a masked list's hits less those the masks hide, for the lists in which a
  // mask hides something in this ad; every other list (nullopt, or past the end) is read from
  // `hits_`.
  std::vector<std::optional<std::vector<MarkerHit>>> unmasked_;
  std::string_view original_;
  ToOriginal to_original_;
  const PayWords& pay_words_;
  bool names_landline_ = false;
  Prepare prepare_;
};

struct CheckFinding {
  std::vector<MarkerHit> spans;  // in the match text: the words the flag points at
  std::string detail;            // what was found or looked for and not found
  std::string spans_role;        // what the spans are ("how to apply", "the ages")
  bool absence = false;          // RaisedFlag::absence
};

struct CheckInfo {
  std::string_view name;                // the value of `check` in a pack
  std::string_view description;         // one line for docs/indicators.md
  AppliesTo applies_to;                 // the only ad kind it runs on (never on an unknown kind)
  std::vector<std::string_view> lists;  // the marker lists it reads; all must be defined
  std::optional<CheckFinding> (*run)(const MarkerHits& hits);
  // What the check finds only when none of the indicator's `near`s holds (weaker evidence than
  // the pair); nullptr for none.
  std::optional<CheckFinding> (*fallback)(const MarkerHits& hits) = nullptr;
};

// Every check, in one table.
const std::vector<CheckInfo>& Checks();
// The check named `name`, or nullptr.
const CheckInfo* FindCheck(std::string_view name);
std::string KnownChecks();  // "no-employer, …" for error messages

// The marker list names the checks (and "{language}") read; data/markers.toml may define these
// and the lists a `near` of a pack names, no other.
bool IsKnownMarker(std::string_view name);
std::string KnownMarkers();
// Marker lists whose every hit matters (spans compared, values read, named by a `near` of
// `rules`: hits paired by distance, or a mask: each hit hides what lies inside it); of the others
// one hit per term is enough (Vectorscan's single-match mode).
bool NeedsEveryHit(const RuleSet& rules, std::string_view list);

// The pair `near` describes: a hit of near.first and one of near.second at most near.words words
// apart in one clause or sentence (first then second; then, with either_order, second then first).
// The finding's spans are the two hits, its detail near.why. nullopt when the ad has no such pair.
std::optional<CheckFinding> RunNear(const MarkerHits& hits, const NearCheck& near);

}  // namespace ariadne::flag
