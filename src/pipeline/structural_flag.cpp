#include "pipeline/structural_flag.h"

#include "flag/flag.h"
#include "flag/score.h"

namespace ariadne::pipeline {

store::StoredFlag StructuralFlag(int64_t document_id, const flag::Indicator& indicator,
                                 const flag::RuleSet& rules, const std::string& evidence_json,
                                 const std::string& why) {
  store::StoredFlag f;
  f.document_id = document_id;
  f.indicator = indicator.id;
  f.revision = indicator.revision;
  f.family = std::string(flag::FamilyName(indicator.family));
  f.tier = std::string(flag::TierName(indicator.tier));
  f.category = std::string(flag::CategoryName(indicator.category));
  f.evidence_json = evidence_json;
  f.why = why;
  f.weight = rules.scoring.PointsFor(indicator);
  f.structural = true;
  return f;
}

}  // namespace ariadne::pipeline
