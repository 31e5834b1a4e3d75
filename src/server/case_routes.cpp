// The case routes of docs/api.md: dashboard, search, ads, originals and images, clusters, graph,
// cities, decisions.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "core/text.h"
#include "custody/log.h"
#include "link/case_graph.h"
#include "server/case_json.h"
#include "server/http_util.h"
#include "server/route_files.h"
#include "server/server_core.h"
#include "store/contact_kinds.h"
#include "store/search_query.h"
#include "store/selector_in_title.h"
#include "store/workbench_store.h"

namespace ariadne::server {

namespace {

using privacy::Permission;

// Originals and images larger than this are not shown in the browser.
constexpr int64_t kMaxOriginalBytes = 32 * 1024 * 1024;
constexpr size_t kMaxGraphNodes = 20000;
constexpr size_t kMaxNoteBytes = 4000;
constexpr int kCustodyTrail = 200;

std::string Route(const char* tail) {
  return std::string(R"(/api/v1/cases/([^/]+))") + tail;
}

// The opened case and its workbench tables for this thread, after the membership check (404
// replied otherwise).
struct Opened {
  store::Case* c = nullptr;
  store::WorkbenchStore* wb = nullptr;
  std::string id;
  explicit operator bool() const { return c != nullptr && wb != nullptr; }
};

Opened Open(Call& call, ServerCore& core) {
  Opened o;
  o.id = call.Param(1);
  o.c = call.UserCase(o.id);
  if (o.c == nullptr) return o;
  o.wb = core.WorkbenchForThread(o.id);
  if (o.wb == nullptr) call.Error(500, "the case cannot be opened: see the server log");
  return o;
}

std::optional<int64_t> ParseId(const std::string& text) {
  if (text.empty() || text.size() > 18) return std::nullopt;
  int64_t v = 0;
  for (char ch : text) {
    if (ch < '0' || ch > '9') return std::nullopt;
    v = v * 10 + (ch - '0');
  }
  return v;
}

// Every value of a repeated query parameter (`?site=a&site=b`), empty ones skipped.
std::vector<std::string> Values(const httplib::Request& req, const char* name) {
  std::vector<std::string> out;
  const size_t n = req.get_param_value_count(name);
  for (size_t i = 0; i < n; ++i) {
    std::string v = req.get_param_value(name, i);
    if (!v.empty()) out.push_back(std::move(v));
  }
  return out;
}

// A calendar date YYYY-MM-DD (2024-02-30 is not one).
bool IsDate(const std::string& s) {
  return s.size() == 10 && IsIso8601(s);
}

// One custody event by this user (the log is opened per event: views and decisions are rare next
// to reads, and the log may be opened beside the case).
Status RecordCustody(ServerCore& core, const std::string& case_id, const std::string& user,
                     const custody::Event& e) {
  const ServedCase* served = core.FindCase(case_id);
  if (served == nullptr) return NotFound("no such case");
  Result<std::unique_ptr<custody::CustodyLog>> log =
      custody::CustodyLog::Open(served->dir, user, core.options.tool_version);
  if (!log.ok()) return log.status();
  return (*log)->Record(e).status();
}

// ---- dashboard ----

// The dashboard's figures, the open tips aside (they are counted on every call).
Result<nlohmann::json> DashboardBody(store::Case& c, store::WorkbenchStore& wb) {
  Result<store::CaseOverview> overview = wb.Overview();
  if (!overview.ok()) return overview.status();
  Result<std::vector<store::NamedCount>> bands = c.store().ScoreBands();
  if (!bands.ok()) return bands.status();
  nlohmann::json weekly = nlohmann::json::object();
  const std::pair<const char*, store::WeeklyBy> dims[] = {
      {"site", store::WeeklyBy::kSite},
      {"city", store::WeeklyBy::kLocation},
      {"indicator", store::WeeklyBy::kIndicator}};
  for (const auto& [name, by] : dims) {
    Result<std::vector<store::WeeklyCount>> rows = wb.Weekly(by, 8);
    if (!rows.ok()) return rows.status();
    nlohmann::json list = nlohmann::json::array();
    for (const store::WeeklyCount& w : *rows) {
      list.push_back({{"week", w.week}, {"name", w.name}, {"count", w.count}});
    }
    weekly[name] = std::move(list);
  }
  return nlohmann::json{{"counts",
                         {{"documents", overview->documents},
                          {"selectors", overview->selectors},
                          {"flagged", overview->flagged},
                          {"clusters", overview->clusters}}},
                        {"bands", NamedCounts(*bands)},
                        {"weekly", std::move(weekly)}};
}

// The kept dashboard of a case, computed again when ServerCore::CachedDashboard lets it go.
Result<nlohmann::json> KeptDashboard(ServerCore& core, const std::string& id, store::Case& c,
                                     store::WorkbenchStore& wb) {
  Result<std::string> mark = wb.ChangeMark();
  if (!mark.ok()) return mark.status();
  if (std::optional<nlohmann::json> kept = core.CachedDashboard(id, *mark)) return *kept;
  // One computation per case at a time: a second caller waits for the first one's result.
  std::lock_guard computing(core.DashboardMutex(id));
  if (std::optional<nlohmann::json> kept = core.CachedDashboard(id, *mark)) return *kept;
  Result<nlohmann::json> body = DashboardBody(c, wb);
  if (body.ok()) core.CacheDashboard(id, *mark, *body);
  return body;
}

void Dashboard(Call& call, ServerCore& core) {
  Opened o = Open(call, core);
  if (!o) return;
  Result<nlohmann::json> body = KeptDashboard(core, o.id, *o.c, *o.wb);
  if (!body.ok()) return call.Fail(body.status());
  (*body)["counts"]["tips_open"] = core.OpenTips(o.id);
  call.Json(*body);
}

// ---- search ----

void Search(Call& call, ServerCore& core) {
  Opened o = Open(call, core);
  if (!o) return;
  const httplib::Request& req = call.req;
  Result<store::SearchQuery> parsed = store::ParseSearchQuery(call.Query("q"));
  if (!parsed.ok()) return call.Error(400, parsed.status().message());
  store::WorkbenchQuery wq;
  wq.query = std::move(*parsed);
  for (std::string& s : Values(req, "site")) wq.query.sites.push_back(s);
  for (std::string& l : Values(req, "lang")) wq.query.langs.push_back(l);
  const std::string kind = call.Query("kind");
  if (!kind.empty()) {
    if (kind != "sex" && kind != "labour") return call.Error(400, "kind is sex or labour");
    wq.query.kind = kind;
  }
  for (const char* name : {"from", "to"}) {
    const std::string date = call.Query(name);
    if (date.empty()) continue;
    if (!IsDate(date))
      return call.Error(400, fmt::format("{} is a calendar date: YYYY-MM-DD", name));
    (std::string_view(name) == "from" ? wq.query.from : wq.query.to) = date;
  }
  wq.locations = Values(req, "city");
  wq.indicators = Values(req, "flag");
  wq.selector_types = Values(req, "selector_type");
  std::optional<int64_t> limit = call.QueryInt("limit", 20, 1, 100);
  if (!limit) return;
  std::optional<int64_t> offset = call.QueryInt("offset", 0, 0, 10000);
  if (!offset) return;
  wq.query.limit = static_cast<int>(*limit);
  wq.query.offset = static_cast<int>(*offset);
  Result<store::WorkbenchResults> r = o.wb->Search(wq, core.options.search_limits);
  if (!r.ok()) return call.Fail(r.status());
  call.Audit("search", o.id, call.Query("q"), {{"params", ParamsJson(req)}, {"total", r->total}});
  nlohmann::json answer = SearchJson(*r);
  // A hit in a chat segment names the message its first highlighted word is in.
  for (size_t i = 0; i < r->hits.size(); ++i) {
    const store::WorkbenchHit& h = r->hits[i];
    if (h.site != "whatsapp" && h.site != "telegram") continue;
    Result<Document> doc = o.c->store().GetDocument(h.id);
    if (!doc.ok()) continue;
    if (std::optional<store::ChatMessage> m = store::MessageOfSnippet(*doc, h.snippet)) {
      answer["hits"][i]["message"] = ChatMessageJson(*m);
    }
  }
  call.Json(answer);
}

// ---- ads ----

// The original of a document: the captured page or file when the document is all of its blob,
// else the document's record in the file (a line of JSON lines, a WARC record) as plain text.
struct Original {
  std::string sha256;
  std::string media_type;
  bool whole = true;
};

std::optional<Original> OriginalOf(store::WorkbenchStore& wb, const Document& doc) {
  if (doc.provenance.blob_sha256.empty()) return std::nullopt;
  Result<std::optional<store::BlobRow>> blob = wb.Blob(doc.provenance.blob_sha256);
  if (!blob.ok() || !blob->has_value()) return std::nullopt;
  const store::BlobRow& b = **blob;
  const Provenance& p = doc.provenance;
  const bool whole = p.byte_start == 0 && (p.byte_end == 0 || p.byte_end >= b.size);
  if (whole) {
    // Cases imported before blobs kept their type: the importer's record of the file's type.
    std::string type = b.media_type;
    if (type.empty()) {
      const nlohmann::json attributes = ParseStored(doc.attributes_json);
      if (attributes.is_object() && attributes.contains("media_type") &&
          attributes["media_type"].is_string()) {
        type = attributes["media_type"].get<std::string>();
      }
    }
    return Original{b.sha256, type.empty() ? "application/octet-stream" : type, true};
  }
  return Original{b.sha256, "text/plain; charset=utf-8", false};
}

nlohmann::json SelectorsJson(const std::vector<store::StoredSelector>& rows) {
  nlohmann::json out = nlohmann::json::array();
  for (const store::StoredSelector& s : rows) {
    out.push_back({{"type", s.type}, {"value", s.value}, {"start", s.start}, {"end", s.end}});
    // A title's contact: its offsets are into the title (store/selector_in_title.h).
    if (store::InTitle(s.details_json)) out.back()["in"] = "title";
  }
  return out;
}

nlohmann::json FlagsJson(const std::vector<store::StoredFlag>& rows) {
  nlohmann::json out = nlohmann::json::array();
  for (const store::StoredFlag& f : rows) {
    out.push_back({{"indicator", f.indicator},
                   {"family", f.family},
                   {"tier", f.tier},
                   {"category", f.category},
                   {"why", f.why},
                   {"weight", f.weight},
                   {"structural", f.structural},
                   {"spans", ParseStored(f.spans_json)},
                   {"matched", ParseStored(f.matched_json)},
                   {"evidence", ParseStored(f.evidence_json)}});
  }
  return out;
}

// The custody events about a document: its import, its original, its images, and views and
// decisions of it.
Result<nlohmann::json> CustodyTrail(store::WorkbenchStore& wb, const Document& doc,
                                    int64_t import_id) {
  std::vector<std::string> objects = {fmt::format("document:{}", doc.id)};
  if (import_id > 0) objects.push_back(fmt::format("import:{}", import_id));
  if (!doc.provenance.blob_sha256.empty()) objects.push_back("blob:" + doc.provenance.blob_sha256);
  for (const ImageRef& im : doc.images) {
    if (!im.blob_sha256.empty()) objects.push_back("blob:" + im.blob_sha256);
  }
  Result<std::vector<store::CustodyEventRow>> rows = wb.CustodyEventsAbout(objects, kCustodyTrail);
  if (!rows.ok()) return rows.status();
  nlohmann::json out = nlohmann::json::array();
  for (const store::CustodyEventRow& e : *rows) {
    out.push_back({{"seq", e.seq},
                   {"time", e.time},
                   {"actor", e.actor},
                   {"action", e.action},
                   {"object", e.object}});
  }
  return out;
}

void Ad(Call& call, ServerCore& core) {
  Opened o = Open(call, core);
  if (!o) return;
  std::optional<int64_t> id = ParseId(call.Param(2));
  if (!id) return call.Error(404, "no such ad");
  store::CaseStore& st = o.c->store();
  Result<Document> doc = st.GetDocument(*id);
  if (!doc.ok()) {
    return doc.status().kind() == ErrorKind::kNotFound ? call.Error(404, "no such ad")
                                                       : call.Fail(doc.status());
  }
  Result<std::vector<store::StoredSelector>> selectors = st.SelectorsOf(*id);
  if (!selectors.ok()) return call.Fail(selectors.status());
  Result<std::vector<store::StoredFlag>> flags = st.FlagsOf(*id);
  if (!flags.ok()) return call.Fail(flags.status());
  Result<std::optional<store::StoredScore>> score = st.ScoreOf(*id);
  if (!score.ok()) return call.Fail(score.status());
  Result<std::optional<int64_t>> cluster = st.ClusterIdOf(*id);
  if (!cluster.ok()) return call.Fail(cluster.status());
  Result<std::optional<store::ImportRecord>> import = o.wb->ImportOfDocument(*id);
  if (!import.ok()) return call.Fail(import.status());
  Result<nlohmann::json> custody =
      CustodyTrail(*o.wb, *doc, import->has_value() ? (*import)->id : 0);
  if (!custody.ok()) return call.Fail(custody.status());
  Result<std::vector<store::StoredDecision>> decisions =
      o.wb->Decisions(fmt::format("ad:{}", *id), 100);
  if (!decisions.ok()) return call.Fail(decisions.status());

  // Originals (the page, the photos) only for roles that may see them.
  const bool originals = privacy::Allowed(call.session()->user.role, Permission::kViewOriginal);
  nlohmann::json images = nlohmann::json::array();
  nlohmann::json original = nullptr;
  if (originals) {
    for (const ImageRef& im : doc->images) {
      if (im.blob_sha256.empty()) continue;
      Result<std::optional<store::BlobRow>> blob = o.wb->Blob(im.blob_sha256);
      if (!blob.ok()) return call.Fail(blob.status());
      images.push_back({{"sha256", im.blob_sha256},
                        {"media_type", blob->has_value() ? (*blob)->media_type : ""}});
    }
    if (std::optional<Original> orig = OriginalOf(*o.wb, *doc)) {
      original = {{"sha256", orig->sha256}, {"media_type", orig->media_type}};
    }
  }
  nlohmann::json score_json = nullptr;
  if (score->has_value()) {
    const store::StoredScore& s = **score;
    score_json = {{"score", s.score},
                  {"band", s.band},
                  {"kind", s.kind},
                  {"fraud_score", s.fraud_score},
                  {"fraud_band", s.fraud_band},
                  {"contributions", ParseStored(s.contributions_json)},
                  {"fraud_contributions", ParseStored(s.fraud_contributions_json)}};
  }
  nlohmann::json decision_list = nlohmann::json::array();
  for (const store::StoredDecision& d : *decisions) decision_list.push_back(DecisionJson(d));
  nlohmann::json provenance = nullptr;
  if (import->has_value()) {
    provenance = {{"import_id", (*import)->id},
                  {"file_name", doc->provenance.file_name.empty() ? (*import)->file_name
                                                                  : doc->provenance.file_name},
                  {"format", (*import)->format},
                  {"blob_sha256", doc->provenance.blob_sha256},
                  {"line", doc->provenance.line},
                  {"byte_start", doc->provenance.byte_start},
                  {"byte_end", doc->provenance.byte_end}};
  }
  // A chat segment's message index is given as `messages`, not inside `attributes`.
  nlohmann::json attributes = ParseStored(doc->attributes_json);
  nlohmann::json messages = nullptr;
  if (store::IsChatSegment(doc->attributes_json)) {
    messages = nlohmann::json::array();
    for (const store::ChatMessage& m : store::ChatMessagesOf(*doc))
      messages.push_back(ChatMessageJson(m));
    if (attributes.is_object()) attributes.erase("messages");
  }
  call.Audit("view", o.id, fmt::format("ad:{}", *id));
  call.Json({{"id", doc->id},
             {"source_id", doc->source_id},
             {"site", doc->site},
             {"url", doc->url},
             {"title", doc->title},
             {"text", doc->text},
             {"posted_at", doc->posted_at},
             {"location", doc->location},
             {"lang", doc->lang},
             {"kind", doc->kind},
             {"attributes", attributes},
             {"messages", messages},
             {"selectors", SelectorsJson(*selectors)},
             {"flags", FlagsJson(*flags)},
             {"score", score_json},
             {"cluster_id", cluster->has_value() ? nlohmann::json(**cluster) : nlohmann::json()},
             {"images", images},
             {"original", original},
             {"provenance", provenance},
             {"custody", *custody},
             {"decisions", decision_list}});
}

// The bytes of an original sent to the browser: under a sandbox CSP (no scripts, forms, plugins
// or same-origin access), never sniffed into something else.
void SendSandboxed(Call& call, std::string body, const std::string& media_type) {
  call.res.status = 200;
  call.res.set_header("Content-Security-Policy", kSandboxCsp);
  // The UI shows it in an <iframe sandbox> of the same origin.
  call.res.set_header("X-Frame-Options", "SAMEORIGIN");
  call.res.set_header("Cache-Control", "no-store");
  if (media_type == "application/octet-stream") {
    call.res.set_header("Content-Disposition", "attachment");
  }
  call.res.set_content(std::move(body), media_type.c_str());
}

// What an original may be sent as: pages and text as such, images as images, the rest as a
// download.
std::string ServedType(const std::string& media_type) {
  const std::string t = media_type.substr(0, media_type.find(';'));
  if (t == "text/html" || t == "application/xhtml+xml") return "text/html";
  if (t == "text/plain" || t == "text/csv" || t == "application/json" ||
      t == "application/x-ndjson" || t == "message/rfc822" || t == "application/warc") {
    return "text/plain; charset=utf-8";
  }
  if (t == "image/png" || t == "image/jpeg" || t == "image/gif" || t == "image/webp") return t;
  return "application/octet-stream";
}

void AdOriginal(Call& call, ServerCore& core) {
  Opened o = Open(call, core);
  if (!o) return;
  std::optional<int64_t> id = ParseId(call.Param(2));
  if (!id) return call.Error(404, "no such ad");
  Result<Document> doc = o.c->store().GetDocument(*id);
  if (!doc.ok()) {
    return doc.status().kind() == ErrorKind::kNotFound ? call.Error(404, "no such ad")
                                                       : call.Fail(doc.status());
  }
  std::optional<Original> orig = OriginalOf(*o.wb, *doc);
  if (!orig) return call.Error(404, "this ad has no stored original");
  Result<std::string> bytes = o.c->blobs().Read(orig->sha256, kMaxOriginalBytes);
  if (!bytes.ok()) return call.Fail(bytes.status());
  std::string body = std::move(*bytes);
  if (!orig->whole) {
    const Provenance& p = doc->provenance;
    const auto start = static_cast<size_t>(std::clamp<int64_t>(p.byte_start, 0, body.size()));
    const auto end =
        static_cast<size_t>(std::clamp<int64_t>(p.byte_end, p.byte_start, body.size()));
    body = body.substr(start, end - start);
  }
  // The view is logged before anything is shown (custody first).
  Status logged = RecordCustody(core, o.id, call.UserName(),
                                {custody::kActionView,
                                 fmt::format("document:{}", *id),
                                 {orig->sha256},
                                 {{"via", "web"}, {"part", orig->whole ? "original" : "record"}}});
  if (!logged.ok()) return call.Fail(logged);
  call.Audit("view.original", o.id, fmt::format("ad:{}", *id), {{"sha256", orig->sha256}});
  SendSandboxed(call, std::move(body), ServedType(orig->media_type));
}

// The image type of the bytes by their signature ("" when not an image the browser may show).
std::string SniffImage(std::string_view b) {
  if (b.size() >= 8 && b.substr(0, 8) == std::string_view("\x89PNG\r\n\x1a\n", 8))
    return "image/png";
  if (b.size() >= 3 && b.substr(0, 3) == "\xFF\xD8\xFF") return "image/jpeg";
  if (b.size() >= 6 && (b.substr(0, 6) == "GIF87a" || b.substr(0, 6) == "GIF89a"))
    return "image/gif";
  if (b.size() >= 12 && b.substr(0, 4) == "RIFF" && b.substr(8, 4) == "WEBP") return "image/webp";
  return "";
}

void BlobImage(Call& call, ServerCore& core) {
  Opened o = Open(call, core);
  if (!o) return;
  const std::string sha = call.Param(2);
  Result<bool> is_image = o.wb->IsDocumentImage(sha);
  if (!is_image.ok()) return call.Fail(is_image.status());
  if (!*is_image) return call.Error(404, "no such image in this case");
  Result<std::string> bytes = o.c->blobs().Read(sha, kMaxOriginalBytes);
  if (!bytes.ok()) return call.Fail(bytes.status());
  const std::string type = SniffImage(*bytes);
  if (type.empty()) return call.Error(415, "the stored file is not an image a browser may show");
  Status logged = RecordCustody(core, o.id, call.UserName(),
                                {custody::kActionView, "blob:" + sha, {sha}, {{"via", "web"}}});
  if (!logged.ok()) return call.Fail(logged);
  call.Audit("view.image", o.id, "blob:" + sha);
  SendSandboxed(call, std::move(*bytes), type);
}

// ---- clusters ----

void Clusters(Call& call, ServerCore& core) {
  Opened o = Open(call, core);
  if (!o) return;
  std::optional<int64_t> limit = call.QueryInt("limit", 50, 1, 1000);
  if (!limit) return;
  std::optional<int64_t> min_size = call.QueryInt("min_size", 2, 1, 1000000);
  if (!min_size) return;
  Result<std::vector<store::StoredCluster>> rows =
      o.c->store().Clusters(*min_size, static_cast<int>(*limit));
  if (!rows.ok()) return call.Fail(rows.status());
  nlohmann::json out = nlohmann::json::array();
  for (const store::StoredCluster& c : *rows) out.push_back(ClusterJson(c));
  call.Json(out);
}

void Cluster(Call& call, ServerCore& core) {
  Opened o = Open(call, core);
  if (!o) return;
  std::optional<int64_t> id = ParseId(call.Param(2));
  if (!id) return call.Error(404, "no such cluster");
  Result<std::optional<store::StoredCluster>> c = o.c->store().ClusterById(*id);
  if (!c.ok()) return call.Fail(c.status());
  if (!c->has_value()) return call.Error(404, "no such cluster");
  Result<std::vector<store::DocumentHeader>> headers =
      o.c->store().DocumentHeaders((*c)->documents);
  if (!headers.ok()) return call.Fail(headers.status());
  std::vector<store::DocumentHeader> ads = std::move(*headers);
  std::stable_sort(ads.begin(), ads.end(), [](const auto& a, const auto& b) {
    return a.posted_at != b.posted_at ? a.posted_at < b.posted_at : a.id < b.id;
  });
  nlohmann::json ad_list = nlohmann::json::array();
  nlohmann::json timeline = nlohmann::json::array();
  nlohmann::json movements = nlohmann::json::array();
  const store::DocumentHeader* last_placed = nullptr;
  for (const store::DocumentHeader& h : ads) {
    ad_list.push_back({{"id", h.id},
                       {"source_id", h.source_id},
                       {"site", h.site},
                       {"title", h.title},
                       {"posted_at", h.posted_at},
                       {"location", h.location}});
    if (h.posted_at.empty()) continue;
    const std::string date = h.posted_at.substr(0, 10);
    timeline.push_back({{"date", date}, {"city", h.location}, {"ad", h.id}});
    if (h.location.empty()) continue;
    // A movement: the next dated ad in another city than the one before it.
    if (last_placed != nullptr && last_placed->location != h.location) {
      movements.push_back({{"from", last_placed->location},
                           {"to", h.location},
                           {"date", date},
                           {"ads", {last_placed->id, h.id}}});
    }
    last_placed = &h;
  }
  Result<std::vector<store::StoredDecision>> decisions =
      o.wb->Decisions(fmt::format("cluster:{}", *id), 100);
  if (!decisions.ok()) return call.Fail(decisions.status());
  nlohmann::json decision_list = nlohmann::json::array();
  for (const store::StoredDecision& d : *decisions) decision_list.push_back(DecisionJson(d));
  nlohmann::json out = ClusterJson(**c);
  out["ads"] = std::move(ad_list);
  out["timeline"] = std::move(timeline);
  out["movements"] = std::move(movements);
  out["decisions"] = std::move(decision_list);
  call.Audit("view", o.id, fmt::format("cluster:{}", *id));
  call.Json(out);
}

// ---- graph ----

// "has_phone" -> "phone", "same_text" -> "text".
std::string EdgeKind(const std::string& kind) {
  for (const char* prefix : {"has_", "same_"}) {
    if (kind.rfind(prefix, 0) == 0) return kind.substr(std::string_view(prefix).size());
  }
  return kind;
}

std::string Attribute(const network::Node& n, std::string_view name) {
  for (const auto& [k, v] : n.attributes) {
    if (k == name) return v;
  }
  return {};
}

nlohmann::json GraphJson(const network::Graph& g, const std::set<std::string>& kinds,
                         bool truncated) {
  std::vector<bool> touched(g.node_count(), false);
  nlohmann::json edges = nlohmann::json::array();
  for (const network::Edge& e : g.edges()) {
    const std::string kind = EdgeKind(e.kind);
    if (!kinds.empty() && !kinds.count(kind)) continue;
    touched[e.from] = touched[e.to] = true;
    edges.push_back({{"source", g.nodes()[e.from].key},
                     {"target", g.nodes()[e.to].key},
                     {"kind", kind},
                     {"weight", e.weight}});
  }
  nlohmann::json nodes = nlohmann::json::array();
  for (size_t i = 0; i < g.node_count(); ++i) {
    const network::Node& n = g.nodes()[i];
    const bool ad = n.kind == "document";
    // Contacts only reached through a filtered-out kind of link are left out with it.
    if (!ad && !touched[i]) continue;
    nlohmann::json cluster = nullptr;
    nlohmann::json score = nullptr;
    const std::string c = Attribute(n, "cluster");
    if (c.size() > 1) cluster = ParseId(c.substr(1)).value_or(0);
    const std::string p = Attribute(n, "priority");
    if (!p.empty()) score = ParseId(p).value_or(0);
    nlohmann::json node = {{"id", n.key},
                           {"type", ad ? std::string("ad") : n.kind},
                           {"label", n.label},
                           {"cluster", cluster},
                           {"score", score}};
    if (ad) node["ad"] = ParseId(Attribute(n, "document_id")).value_or(0);
    nodes.push_back(std::move(node));
  }
  return {{"nodes", std::move(nodes)}, {"edges", std::move(edges)}, {"truncated", truncated}};
}

// The kinds of evidence a graph can be filtered by: the contact kinds (store/contact_kinds.h),
// near-identical text and photos.
const std::set<std::string>& GraphKinds() {
  static const std::set<std::string> kinds = [] {
    std::set<std::string> out = {"text", "photo"};
    for (const store::ContactKind& kind : store::kContactKinds) out.emplace(kind.type);
    return out;
  }();
  return kinds;
}

void Graph(Call& call, ServerCore& core) {
  Opened o = Open(call, core);
  if (!o) return;
  std::set<std::string> kinds;
  for (const std::string& list : Values(call.req, "kinds")) {
    size_t start = 0;
    while (start <= list.size()) {
      const size_t comma = list.find(',', start);
      const std::string k = list.substr(start, comma == std::string::npos ? comma : comma - start);
      if (!k.empty()) {
        if (!GraphKinds().count(k)) {
          std::string known;
          for (const std::string& kind : GraphKinds()) known += (known.empty() ? "" : ", ") + kind;
          return call.Error(400, fmt::format("kinds are {} (comma-separated)", known));
        }
        kinds.insert(k);
      }
      if (comma == std::string::npos) break;
      start = comma + 1;
    }
  }
  std::optional<int64_t> hops = call.QueryInt("hops", 2, 0, 4);
  if (!hops) return;
  link::GraphOptions options;
  options.max_nodes = kMaxGraphNodes;
  store::CaseStore& st = o.c->store();
  const std::string cluster = call.Query("cluster");
  const std::string doc = call.Query("doc");
  const std::string selector = call.Query("selector");
  if (!cluster.empty()) {
    std::optional<int64_t> id = ParseId(cluster);
    if (!id) return call.Error(404, "no such cluster");
    Result<std::optional<store::StoredCluster>> c = st.ClusterById(*id);
    if (!c.ok()) return call.Fail(c.status());
    if (!c->has_value()) return call.Error(404, "no such cluster");
    std::vector<int64_t> docs = (*c)->documents;
    const bool truncated = docs.size() > kMaxGraphNodes / 2;
    if (truncated) docs.resize(kMaxGraphNodes / 2);
    Result<network::Graph> g = link::BuildGraph(st, docs, options);
    if (!g.ok()) return call.Fail(g.status());
    return call.Json(GraphJson(*g, kinds, truncated));
  }
  Result<link::EgoGraph> ego = Status(InvalidInput("give cluster=ID, doc=ID or selector=VALUE"));
  if (!doc.empty()) {
    std::optional<int64_t> id = ParseId(doc);
    if (!id) return call.Error(404, "no such ad");
    ego = link::EgoNetworkOfDocument(st, *id, static_cast<int>(*hops), options);
  } else if (!selector.empty()) {
    ego = link::EgoNetworkOfContact(st, std::string(store::GuessContactKind(selector)), selector,
                                    static_cast<int>(*hops), options);
  }
  if (!ego.ok()) return call.Fail(ego.status());
  call.Json(GraphJson(ego->graph, kinds, ego->truncated));
}

// ---- cities ----

void Cities(Call& call, ServerCore& core) {
  Opened o = Open(call, core);
  if (!o) return;
  const Gazetteer* gazetteer = core.Places();
  Result<std::vector<store::NamedCount>> locations = o.wb->Locations();
  if (!locations.ok()) return call.Fail(locations.status());
  nlohmann::json out = nlohmann::json::array();
  if (gazetteer == nullptr) return call.Json(out);
  for (const store::NamedCount& l : *locations) {
    if (std::optional<Place> p = gazetteer->Find(l.name)) {
      out.push_back({{"name", l.name},
                     {"lat", p->lat},
                     {"lon", p->lon},
                     {"country", p->country},
                     {"documents", l.count}});
    }
  }
  call.Json(out);
}

// ---- decisions ----

// "ad:ID" or "cluster:ID" with its id; nullopt when malformed.
std::optional<std::pair<std::string, int64_t>> ParseTarget(const std::string& target) {
  const size_t colon = target.find(':');
  if (colon == std::string::npos) return std::nullopt;
  const std::string kind = target.substr(0, colon);
  if (kind != "ad" && kind != "cluster") return std::nullopt;
  std::optional<int64_t> id = ParseId(target.substr(colon + 1));
  if (!id) return std::nullopt;
  return std::make_pair(kind, *id);
}

void Decide(Call& call, ServerCore& core) {
  Opened o = Open(call, core);
  if (!o) return;
  std::optional<nlohmann::json> body = call.JsonBody();
  if (!body) return;
  const nlohmann::json target = body->value("target", nlohmann::json());
  const nlohmann::json decision = body->value("decision", nlohmann::json());
  const nlohmann::json note = body->value("note", nlohmann::json(""));
  if (!target.is_string() || !decision.is_string() || !note.is_string()) {
    return call.Error(400,
                      "send {\"target\": \"ad:ID\" or \"cluster:ID\", \"decision\": \"reviewed\", "
                      "\"not_a_concern\" or \"referred\", \"note\": \"...\"}");
  }
  const std::string d = decision.get<std::string>();
  if (d != "reviewed" && d != "not_a_concern" && d != "referred") {
    return call.Error(400, "decision is reviewed, not_a_concern or referred");
  }
  if (note.get<std::string>().size() > kMaxNoteBytes) {
    return call.Error(400, fmt::format("the note is too long: at most {} bytes", kMaxNoteBytes));
  }
  std::optional<std::pair<std::string, int64_t>> t = ParseTarget(target.get<std::string>());
  if (!t) return call.Error(400, "target is ad:ID or cluster:ID");
  std::string object;
  std::vector<std::string> hashes;
  if (t->first == "ad") {
    Result<Document> doc = o.c->store().GetDocument(t->second);
    if (!doc.ok()) {
      return doc.status().kind() == ErrorKind::kNotFound ? call.Error(404, "no such ad")
                                                         : call.Fail(doc.status());
    }
    object = fmt::format("document:{}", t->second);
    if (!doc->provenance.blob_sha256.empty()) hashes.push_back(doc->provenance.blob_sha256);
  } else {
    Result<std::optional<store::StoredCluster>> c = o.c->store().ClusterById(t->second);
    if (!c.ok()) return call.Fail(c.status());
    if (!c->has_value()) return call.Error(404, "no such cluster");
    object = fmt::format("cluster:{}", t->second);
  }
  store::StoredDecision row;
  row.target = fmt::format("{}:{}", t->first, t->second);
  row.decision = d;
  row.note = note.get<std::string>();
  row.user = call.UserName();
  // The custody event first: a decision must never be stored without its event (the two are in
  // different connections, so not one transaction). Should storing fail after it, the log shows
  // a decision the table lacks, and the analyst is told to record it again.
  Result<std::unique_ptr<custody::CustodyLog>> log =
      custody::CustodyLog::Open(o.c->dir(), call.UserName(), core.options.tool_version);
  if (!log.ok()) return call.Fail(log.status());
  Result<store::CustodyEventRow> event = (*log)->RecordDecision(object, d, row.note, hashes);
  if (!event.ok()) return call.Fail(event.status());
  Result<store::StoredDecision> stored = o.wb->AddDecision(row);
  if (!stored.ok()) {
    return call.Fail(Status(stored.status().kind(),
                            fmt::format("the decision is in the custody log (event {}) but could "
                                        "not be stored: {}; record it again",
                                        event->seq, stored.status().message())));
  }
  call.Audit("decision", o.id, row.target, {{"decision", d}, {"id", stored->id}});
  core.ForgetDashboard(o.id);
  call.Json(DecisionJson(*stored));
}

void DecisionList(Call& call, ServerCore& core) {
  Opened o = Open(call, core);
  if (!o) return;
  const std::string target = call.Query("target");
  if (!target.empty() && !ParseTarget(target)) {
    return call.Error(400, "target is ad:ID or cluster:ID");
  }
  std::optional<int64_t> limit = call.QueryInt("limit", 200, 1, 1000);
  if (!limit) return;
  Result<std::vector<store::StoredDecision>> rows =
      o.wb->Decisions(target, static_cast<int>(*limit));
  if (!rows.ok()) return call.Fail(rows.status());
  nlohmann::json out = nlohmann::json::array();
  for (const store::StoredDecision& d : *rows) out.push_back(DecisionJson(d));
  call.Json(out);
}

}  // namespace

void RegisterCaseRoutes(Router& r) {
  ServerCore* core = &r.core();
  auto bind = [core](void (*f)(Call&, ServerCore&)) { return [core, f](Call& c) { f(c, *core); }; };
  r.Get(Route("/dashboard"), Permission::kReadCase, bind(Dashboard));
  r.Get(Route("/search"), Permission::kSearch, bind(Search));
  r.Get(Route(R"(/ads/(\d+))"), Permission::kReadCase, bind(Ad));
  r.Get(Route(R"(/ads/(\d+)/original)"), Permission::kViewOriginal, bind(AdOriginal));
  r.Get(Route(R"(/blobs/([0-9a-f]{64}))"), Permission::kViewOriginal, bind(BlobImage));
  r.Get(Route("/clusters"), Permission::kReadCase, bind(Clusters));
  r.Get(Route(R"(/clusters/(\d+))"), Permission::kReadCase, bind(Cluster));
  r.Get(Route("/graph"), Permission::kReadCase, bind(Graph));
  r.Get(Route("/cities"), Permission::kReadCase, bind(Cities));
  r.Post(Route("/decisions"), Permission::kDecide, bind(Decide));
  r.Get(Route("/decisions"), Permission::kReadCase, bind(DecisionList));
}

void WarmDashboards(ServerCore& core) {
  for (const ServedCase& served : core.cases) {
    if (core.stopping) break;
    store::Case* c = core.CaseForThread(served.id);
    store::WorkbenchStore* wb = core.WorkbenchForThread(served.id);
    if (c == nullptr || wb == nullptr) continue;  // told on stderr by the opening
    core.WarmingWith(c, wb);
    // Stop may have come before WarmingWith: then nothing interrupts the scan, so look again.
    if (core.stopping) break;
    Result<nlohmann::json> body = KeptDashboard(core, served.id, *c, *wb);
    if (!body.ok() && !core.stopping) {
      fmt::print(stderr, "ariadne serve: case {}: the dashboard could not be computed: {}\n",
                 served.id, body.status().message());
    }
  }
  core.WarmingWith(nullptr, nullptr);
}

}  // namespace ariadne::server
