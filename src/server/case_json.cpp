#include "server/case_json.h"

namespace ariadne::server {

nlohmann::json NamedCounts(const std::vector<store::NamedCount>& rows) {
  nlohmann::json out = nlohmann::json::array();
  for (const store::NamedCount& r : rows) out.push_back({{"name", r.name}, {"count", r.count}});
  return out;
}

nlohmann::json SnippetSegments(const std::string& marked) {
  nlohmann::json out = nlohmann::json::array();
  std::string text;
  bool hit = false;
  auto flush = [&] {
    if (!text.empty()) out.push_back({{"text", text}, {"hit", hit}});
    text.clear();
  };
  for (char c : marked) {
    if (c == store::kHighlightOpen) {
      flush();
      hit = true;
    } else if (c == store::kHighlightClose) {
      flush();
      hit = false;
    } else {
      text.push_back(c);
    }
  }
  flush();
  return out;
}

nlohmann::json SearchJson(const store::WorkbenchResults& r) {
  nlohmann::json hits = nlohmann::json::array();
  for (const store::WorkbenchHit& h : r.hits) {
    hits.push_back({{"id", h.id},
                    {"source_id", h.source_id},
                    {"site", h.site},
                    {"title", h.title},
                    {"posted_at", h.posted_at},
                    {"location", h.location},
                    {"lang", h.lang},
                    {"kind", h.kind},
                    {"score", h.score < 0 ? nlohmann::json() : nlohmann::json(h.score)},
                    {"band", h.band},
                    {"snippet", SnippetSegments(h.snippet)}});
  }
  const store::WorkbenchFacets& f = r.facets;
  return {{"total", r.total},
          {"total_capped", r.total_capped},
          {"order", r.order},
          {"hits", std::move(hits)},
          {"facets",
           {{"site", NamedCounts(f.site)},
            {"city", NamedCounts(f.city)},
            {"lang", NamedCounts(f.lang)},
            {"flag", NamedCounts(f.flag)},
            {"selector_type", NamedCounts(f.selector_type)}}},
          {"facets_sampled", f.sampled}};
}

nlohmann::json ParseStored(const std::string& text) {
  nlohmann::json j = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  return j.is_discarded() ? nlohmann::json(text) : j;
}

nlohmann::json ParamsJson(const httplib::Request& req) {
  nlohmann::json out = nlohmann::json::object();
  for (const auto& [k, v] : req.params) {
    if (!out.contains(k)) out[k] = nlohmann::json::array();
    out[k].push_back(v);
  }
  return out;
}

nlohmann::json DecisionJson(const store::StoredDecision& d) {
  return {{"id", d.id},     {"target", d.target}, {"decision", d.decision},
          {"note", d.note}, {"user", d.user},     {"time", d.time}};
}

nlohmann::json ChatMessageJson(const store::ChatMessage& m) {
  return {{"ordinal", m.ordinal},
          {"source_id", m.source_id},
          {"sender", m.sender},
          {"posted_at", m.posted_at},
          {"start", m.text_start},
          {"end", m.text_end},
          {"byte_start", m.byte_start},
          {"byte_end", m.byte_end},
          {"line", m.line},
          {"attributes", ParseStored(m.attributes_json)}};
}

nlohmann::json ClusterJson(const store::StoredCluster& c) {
  return {{"id", c.id},
          {"size", c.size},
          {"score", c.score},
          {"band", c.band},
          {"parts", ParseStored(c.parts_json)},
          {"reasons", ParseStored(c.reasons_json)}};
}

}  // namespace ariadne::server
