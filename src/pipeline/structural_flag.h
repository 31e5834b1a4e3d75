// One structural flag (internal to the pipeline): an indicator raised on a document by what the
// case shows around it, with the shared value and the linked documents as evidence (rule R5).
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

#include "flag/rules.h"
#include "store/case_store.h"

namespace ariadne::pipeline {

store::StoredFlag StructuralFlag(int64_t document_id, const flag::Indicator& indicator,
                                 const flag::RuleSet& rules, const nlohmann::json& evidence,
                                 const std::string& why);

}  // namespace ariadne::pipeline
