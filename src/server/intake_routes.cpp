#include "server/intake_routes.h"

#include <fmt/format.h>

#include <map>
#include <memory>
#include <set>

#include "intake/tip_desks.h"
#include "server/case_json.h"
#include "server/server_core.h"

namespace ariadne::server {
namespace {

constexpr int kTriageClusters = 20;

nlohmann::json TipJson(const intake::Tip& tip) {
  nlohmann::json links = nlohmann::json::array();
  for (const store::TipLinkRow& l : tip.links) {
    links.push_back({{"type", l.type},
                     {"value", l.value},
                     {"start", l.start},
                     {"end", l.end},
                     {"ads", l.documents},
                     {"clusters", l.clusters}});
  }
  const store::TipRow& r = tip.row;
  return {{"id", r.id},
          {"received_at", r.received_at},
          {"lang", r.lang},
          {"text", r.text},
          {"contact", r.contact},
          {"status", r.status},
          {"reply", r.reply},
          {"updated_at", r.updated_at},
          {"updated_by", r.updated_by},
          {"consent_version", r.consent_version},
          {"links", links}};
}

// The desk of a case the user may see; replies (404 or 500) and returns nullptr otherwise.
intake::TipDesk* DeskFor(Call& call, intake::TipDesks& desks, const std::string& case_id) {
  if (call.UserCase(case_id) == nullptr) return nullptr;
  Result<intake::TipDesk*> desk = desks.For(call.CaseDir(case_id));
  if (!desk.ok()) {
    call.Fail(Internal(desk.status().message()));
    return nullptr;
  }
  return *desk;
}

void ListTips(Call& call, intake::TipDesks& desks) {
  const std::string case_id = call.Param(1);
  intake::TipDesk* desk = DeskFor(call, desks, case_id);
  if (desk == nullptr) return;
  std::optional<int64_t> limit = call.QueryInt("limit", 100, 1, 1000);
  if (!limit) return;
  Result<std::vector<intake::Tip>> tips =
      desk->List(call.Query("status"), static_cast<int>(*limit));
  if (!tips.ok()) return call.Fail(tips.status());
  call.Audit("tips.list", case_id, "tips", {{"status", call.Query("status")}});
  nlohmann::json out = nlohmann::json::array();
  for (const intake::Tip& t : *tips) out.push_back(TipJson(t));
  call.Json(out);
}

void UpdateTip(Call& call, intake::TipDesks& desks) {
  const std::string case_id = call.Param(1);
  intake::TipDesk* desk = DeskFor(call, desks, case_id);
  if (desk == nullptr) return;
  std::optional<nlohmann::json> body = call.JsonBody();
  if (!body) return;
  const int64_t id = std::strtoll(call.Param(2).c_str(), nullptr, 10);
  const auto status = body->find("status");
  const auto reply = body->find("reply");
  if (status == body->end() || !status->is_string()) {
    return call.Error(400, "status: one of \"open\", \"in_review\", \"closed\"");
  }
  if (reply != body->end() && !reply->is_null() && !reply->is_string()) {
    return call.Error(400, "reply: must be a string");
  }
  const std::string reply_text =
      reply != body->end() && reply->is_string() ? reply->get<std::string>() : "";
  Result<intake::Tip> tip =
      desk->Update(id, status->get<std::string>(), reply_text, call.UserName());
  if (!tip.ok()) return call.Fail(tip.status());
  call.Audit("tip.update", case_id, fmt::format("tip:{}", id),
             {{"status", tip->row.status}, {"replied", !reply_text.empty()}});
  call.Json(TipJson(*tip));
}

void Triage(Call& call, intake::TipDesks& desks) {
  const std::string case_id = call.Param(1);
  intake::TipDesk* desk = DeskFor(call, desks, case_id);
  if (desk == nullptr) return;
  Result<std::vector<intake::Tip>> tips = desk->List("open", 200);
  if (!tips.ok()) return call.Fail(tips.status());
  // Which open tips touch which cluster: a cluster a tip names joins the queue even when its
  // score would not put it among the top ones.
  std::map<int64_t, std::vector<int64_t>> tips_of_cluster;
  nlohmann::json tip_list = nlohmann::json::array();
  for (const intake::Tip& t : *tips) {
    tip_list.push_back(TipJson(t));
    for (const store::TipLinkRow& l : t.links) {
      for (int64_t c : l.clusters) {
        auto& ids = tips_of_cluster[c];
        if (ids.empty() || ids.back() != t.row.id) ids.push_back(t.row.id);
      }
    }
  }
  store::CaseStore& store = call.UserCase(case_id)->store();
  Result<std::vector<store::StoredCluster>> top = store.Clusters(2, kTriageClusters);
  if (!top.ok()) return call.Fail(top.status());
  std::set<int64_t> listed;
  nlohmann::json clusters = nlohmann::json::array();
  auto add = [&](const store::StoredCluster& c) {
    nlohmann::json j = ClusterJson(c);
    auto it = tips_of_cluster.find(c.id);
    j["tips"] = it == tips_of_cluster.end() ? std::vector<int64_t>{} : it->second;
    clusters.push_back(std::move(j));
    listed.insert(c.id);
  };
  for (const auto& [cluster_id, tip_ids] : tips_of_cluster) {
    Result<std::optional<store::StoredCluster>> c = store.ClusterById(cluster_id);
    if (!c.ok()) return call.Fail(c.status());
    if (*c) add(**c);
  }
  for (const store::StoredCluster& c : *top) {
    if (!listed.contains(c.id)) add(c);
  }
  call.Audit("triage.view", case_id, "triage");
  call.Json({{"tips", tip_list}, {"clusters", clusters}});
}

}  // namespace

void RegisterIntakeRoutes(Router& router) {
  intake::TipDesks* desks = router.core().tip_desks.get();
  router.Get(R"(/api/v1/cases/([^/]+)/tips)", privacy::Permission::kTips,
             [desks](Call& call) { ListTips(call, *desks); });
  router.Post(R"(/api/v1/cases/([^/]+)/tips/([0-9]{1,18}))", privacy::Permission::kTips,
              [desks](Call& call) { UpdateTip(call, *desks); });
  router.Get(R"(/api/v1/cases/([^/]+)/triage)", privacy::Permission::kTips,
             [desks](Call& call) { Triage(call, *desks); });
}

}  // namespace ariadne::server
