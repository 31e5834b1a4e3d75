// The score arithmetic (see score.h).
#include "flag/score.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>

namespace ariadne::flag {
namespace {

bool IsFlagged(const std::vector<RaisedFlag>& flags, std::string_view id) {
  return std::any_of(flags.begin(), flags.end(),
                     [&](const RaisedFlag& f) { return f.indicator->id == id; });
}

std::string JoinIds(const std::vector<std::string>& ids) {
  std::string joined;
  for (const std::string& id : ids) joined += (joined.empty() ? "" : ", ") + id;
  return joined;
}

bool Meets(const std::vector<const Indicator*>& contributing,
           const std::vector<FamilyCondition>& any_of) {
  for (const Indicator* indicator : contributing) {
    for (const FamilyCondition& c : any_of) {
      if (indicator->family == c.family && indicator->tier >= c.min_tier) return true;
    }
  }
  return false;
}

// Rule R3: evidence from enough families, and one of the kind's key families.
bool HighBandAllowed(const std::vector<const Indicator*>& contributing, AdKind kind,
                     const ScoringConfig& config) {
  std::set<Family> families;  // INF is information, never evidence
  for (const Indicator* indicator : contributing) {
    if (indicator->family != Family::kInf) families.insert(indicator->family);
  }
  if (static_cast<int>(families.size()) < config.high_min_families) return false;
  const bool sex_ok = Meets(contributing, config.high_sex);
  const bool labour_ok = Meets(contributing, config.high_labour);
  if (kind == AdKind::kSex) return sex_ok;
  if (kind == AdKind::kLabour) return labour_ok;
  return sex_ok || labour_ok;
}

std::string HighBandNote(const ScoringConfig& config) {
  return fmt::format(
      "held below {}: a high priority needs evidence from at least {} families, with a key "
      "family of the ad's kind (rule R3)",
      config.high, config.high_min_families);
}

int Sum(const std::vector<Contribution>& contributions) {
  int total = 0;
  for (const Contribution& c : contributions) total += c.points;
  return total;
}

}  // namespace

std::string_view BandName(Band band) {
  switch (band) {
    case Band::kLow:
      return "low";
    case Band::kMedium:
      return "medium";
    case Band::kHigh:
      return "high";
  }
  return "low";
}

ScoreResult ScoreFlags(const std::vector<RaisedFlag>& flags, AdKind kind,
                       const ScoringConfig& config, bool fraud) {
  ScoreResult result;
  std::vector<const Indicator*> contributing;
  int t1_points = 0;
  for (const RaisedFlag& flag : flags) {
    const Indicator& indicator = *flag.indicator;
    if ((indicator.category == Category::kFraud) != fraud) continue;
    const int points = config.PointsFor(indicator);
    if (points == 0) continue;  // T0, or not on the allow-list (rule R2)
    const bool unmet = !indicator.only_with.empty() &&
                       std::none_of(indicator.only_with.begin(), indicator.only_with.end(),
                                    [&](const std::string& id) { return IsFlagged(flags, id); });
    if (unmet) {
      result.contributions.push_back({indicator.id, 0,
                                      fmt::format("not scored alone: needs one of {} (rule R3)",
                                                  JoinIds(indicator.only_with))});
      continue;
    }
    result.contributions.push_back(
        {indicator.id, points,
         fmt::format("{} {}", TierName(indicator.tier), FamilyName(indicator.family))});
    // An absence is weak evidence: it never makes a family for the high band (R3).
    if (!flag.absence) contributing.push_back(&indicator);
    if (indicator.tier == Tier::kT1) t1_points += points;
  }
  if (t1_points > config.t1_cap) {
    result.contributions.push_back(
        {"T1-cap", config.t1_cap - t1_points,
         fmt::format("weak (T1) indicators add at most {} together (rule R3)", config.t1_cap)});
  }
  if (Sum(result.contributions) > 100) {
    result.contributions.push_back(
        {"max-100", 100 - Sum(result.contributions), "the score is 0-100"});
  }
  int total = Sum(result.contributions);
  if (!fraud && total >= config.high && !HighBandAllowed(contributing, kind, config)) {
    result.contributions.push_back({"R3-high-band", config.high - 1 - total, HighBandNote(config)});
    total = config.high - 1;
  }
  result.score = std::max(total, 0);
  result.band = result.score >= config.high     ? Band::kHigh
                : result.score >= config.medium ? Band::kMedium
                                                : Band::kLow;
  return result;
}

}  // namespace ariadne::flag
