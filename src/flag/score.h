// The explainable score (rules R2, R3, R5, R11 of ../shared/knowledge/indicators.md §4).
//
// 0-100 from the allow-list of scoring.toml only; each flagged indicator contributes the points of
// its tier (or its override); T1 contributions are capped together; an indicator with `only_with`
// contributes only when one of those ids is also flagged; the "high" band needs evidence from
// several families (else the score is held just below the high threshold). Every cap is itself a
// listed (negative) contribution, so the contributions always add up to the score. Flags raised
// by an absence (RaisedFlag::absence) never count as a family for the high band.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "flag/rules.h"

namespace ariadne::flag {

enum class AdKind { kAuto, kSex, kLabour, kUnknown };
// "Priority for review", never a verdict word (rule R1).
enum class Band { kLow, kMedium, kHigh };
std::string_view BandName(Band band);  // "low", "medium", "high"

struct Span {
  size_t start = 0;  // UTF-8 byte offsets into the original text, [start, end)
  size_t end = 0;
  bool operator==(const Span&) const = default;
};

// One indicator raised on one ad.
struct RaisedFlag {
  const Indicator* indicator = nullptr;  // owned by the RuleSet
  // The language of the term whose match starts first (ties: the term first in its pack), not of
  // the first match the scan reports: the scan's order inside one database is Vectorscan's.
  std::string lang;
  std::vector<Span> spans;           // every match, sorted, not overlapping
  std::vector<std::string> matched;  // the distinct matched words as written in the ad
  bool from_candidate = false;       // some match came from a candidate term (R15)
  // Raised by an absence check (checks.h: "names no employer"), not by words of the ad. Weak
  // evidence: it adds its points, but never counts as a family for the high band (rule R3), so
  // absences alone can never put an ad there. Its spans point at what makes the ad a job ad (how
  // to apply), its `why` says what was looked for and not found.
  bool absence = false;
  int weight = 0;   // the points it is worth (ScoringConfig::PointsFor)
  std::string why;  // "This ad <why>: \"<matched words>\""
};

struct Contribution {
  std::string id;  // an indicator id, or a cap: "T1-cap", "R3-high-band", "max-100"
  int points = 0;
  std::string note;
};

struct ScoreResult {
  int score = 0;  // 0-100, the sum of `contributions`
  Band band = Band::kLow;
  std::vector<Contribution> contributions;
};

// Scores `flags` for an ad of `kind` (kUnknown: either family condition of R3 will do). With
// `fraud` false only trafficking-category flags count; with `fraud` true only fraud-category flags
// count and the family condition does not apply.
ScoreResult ScoreFlags(const std::vector<RaisedFlag>& flags, AdKind kind,
                       const ScoringConfig& config, bool fraud);

}  // namespace ariadne::flag
