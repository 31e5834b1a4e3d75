// JSON shapes of docs/api.md built from store rows (internal to src/server).
#pragma once

#include <httplib.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "store/case_store.h"
#include "store/chat_segment.h"
#include "store/workbench_store.h"

namespace ariadne::server {

// [{"name","count"}]
nlohmann::json NamedCounts(const std::vector<store::NamedCount>& rows);
// A snippet with highlight markers as segments [{"text","hit"}]; adjacent text stays together.
nlohmann::json SnippetSegments(const std::string& marked);
// The answer of GET .../search.
nlohmann::json SearchJson(const store::WorkbenchResults& r);
// Stored JSON text as JSON (a string holding the text when it does not parse).
nlohmann::json ParseStored(const std::string& text);
// The query parameters of a request as {"name": [values]} (for the audit log).
nlohmann::json ParamsJson(const httplib::Request& req);
nlohmann::json DecisionJson(const store::StoredDecision& d);
// {"id","size","score","band","parts","reasons"} of GET .../clusters.
nlohmann::json ClusterJson(const store::StoredCluster& c);
// One message of a chat segment (docs/api.md: `messages` of an ad, `message` of a search hit).
nlohmann::json ChatMessageJson(const store::ChatMessage& m);

}  // namespace ariadne::server
