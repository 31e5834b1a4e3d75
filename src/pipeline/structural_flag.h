// One structural flag (internal to the pipeline): an indicator raised on a document by what the
// case shows around it, with the shared value and the linked documents as evidence (rule R5).
#pragma once

#include <cstdint>
#include <string>

#include "flag/rules.h"
#include "store/case_store.h"

namespace ariadne::pipeline {

// `evidence_json` is the evidence already written out (nlohmann::json::dump): a group's many
// documents share one evidence, written once instead of once per flag.
store::StoredFlag StructuralFlag(int64_t document_id, const flag::Indicator& indicator,
                                 const flag::RuleSet& rules, const std::string& evidence_json,
                                 const std::string& why);

}  // namespace ariadne::pipeline
