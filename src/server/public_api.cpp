#include "server/public_api.h"

#include <fmt/format.h>

#include <memory>

#include "flag/flag.h"
#include "flag/rules.h"
#include "intake/job_check.h"
#include "intake/text_limits.h"
#include "intake/tip_desks.h"
#include "server/server_core.h"

namespace ariadne::server {
namespace {

// What every public route shares: the server's tip desks, and the job checker's flagger (compiled
// once: the same rule packs `check-job` uses).
struct PublicState {
  PublicState(intake::TipDesks& tip_desks, std::filesystem::path tip_case)
      : desks(tip_desks), tip_case_dir(std::move(tip_case)) {
    Result<std::filesystem::path> dir = flag::FindRulesDirectory("");
    if (!dir.ok()) {
      flagger_status = dir.status();
      return;
    }
    flag::LoadReport report = flag::LoadRules(*dir);
    if (!report.ok()) {
      flagger_status = Internal(fmt::format("{}: the rule packs do not load: {}", dir->string(),
                                            report.errors.front().ToString()));
      return;
    }
    auto rules = std::make_shared<const flag::RuleSet>(std::move(report.rules));
    Result<std::unique_ptr<flag::Flagger>> f = flag::Flagger::Create(rules, {});
    if (!f.ok()) {
      flagger_status = f.status();
      return;
    }
    flagger = std::move(f).value();
  }

  intake::TipDesks& desks;
  std::filesystem::path tip_case_dir;
  std::unique_ptr<flag::Flagger> flagger;
  Status flagger_status;
};

// The host[:port] of an Origin header ("https://tips.example:8443" -> "tips.example:8443").
std::string_view OriginHost(std::string_view origin) {
  const size_t scheme = origin.find("://");
  return scheme == std::string_view::npos ? std::string_view() : origin.substr(scheme + 3);
}

// A browser sends Origin with every POST and with cross-origin GETs: a request from a page of
// another site is refused (with a JSON body and no session, this is defence in depth).
bool SameOriginOrNone(Call& call) {
  if (!call.req.has_header("Origin")) return true;
  const std::string origin = call.req.get_header_value("Origin");
  const std::string host = call.req.get_header_value("Host");
  if (!host.empty() && OriginHost(origin) == host) return true;
  call.Error(403, "this API only answers the pages of this server");
  return false;
}

// The desk of the case tips go to (`--tip-case`, else the first served); replies 500 and returns
// nullptr when it cannot be opened.
intake::TipDesk* TipCaseDesk(Call& call, PublicState& state) {
  Result<intake::TipDesk*> desk = state.desks.For(state.tip_case_dir);
  if (!desk.ok()) {
    call.Fail(Internal(desk.status().message()));
    return nullptr;
  }
  return *desk;
}

const intake::IntakeTexts* Texts(Call& call, PublicState& state) {
  const intake::IntakeTexts* texts = state.desks.texts();
  if (texts == nullptr) call.Fail(Internal(state.desks.texts_status().message()));
  return texts;
}

// A string member of a JSON body: nullopt when absent (or null), replies 400 and sets `bad` when
// it is not a string.
std::optional<std::string> StringField(Call& call, const nlohmann::json& body, const char* name,
                                       bool* bad) {
  auto it = body.find(name);
  if (it == body.end() || it->is_null()) return std::nullopt;
  if (!it->is_string()) {
    call.Error(400, fmt::format("{}: must be a string", name));
    *bad = true;
    return std::nullopt;
  }
  return it->get<std::string>();
}

void Languages(Call& call, PublicState& state) {
  const intake::IntakeTexts* texts = Texts(call, state);
  if (texts == nullptr) return;
  nlohmann::json out = nlohmann::json::array();
  for (const intake::LanguageTexts& t : texts->languages) {
    out.push_back({{"code", t.code}, {"name", t.name}});
  }
  call.Json(out);
}

void Consent(Call& call, PublicState& state) {
  const intake::IntakeTexts* texts = Texts(call, state);
  if (texts == nullptr) return;
  const intake::LanguageTexts* t = texts->Find(call.Query("lang"));
  if (t == nullptr) t = texts->Find("en");
  call.Json({{"lang", t->code},
             {"tip_consent", t->tip_consent},
             {"check_consent", t->check_consent},
             {"consent_version", t->consent_version},
             {"strings", t->strings}});
}

void SubmitTip(Call& call, PublicState& state) {
  if (!SameOriginOrNone(call)) return;
  std::optional<nlohmann::json> body = call.JsonBody();
  if (!body) return;
  bool bad = false;
  const std::optional<std::string> lang = StringField(call, *body, "lang", &bad);
  const std::optional<std::string> text = StringField(call, *body, "text", &bad);
  const std::optional<std::string> contact = StringField(call, *body, "contact", &bad);
  if (bad) return;
  if (!text) return call.Error(400, "text: missing: write what you want to tell");
  if (text->size() > intake::kMaxTipText) {
    return call.Error(413, fmt::format("text: {} bytes, at most {} are accepted: shorten it",
                                       text->size(), intake::kMaxTipText));
  }
  auto consent = body->find("consent");
  const bool agreed = consent != body->end() && consent->is_boolean() && consent->get<bool>();
  intake::TipDesk* desk = TipCaseDesk(call, state);
  if (desk == nullptr) return;
  intake::TipSubmission tip;
  tip.lang = lang.value_or("en");
  tip.text = *text;
  tip.contact = contact.value_or("");
  tip.consent = agreed;
  if (call.options().store_tip_addresses) tip.client_address = call.ClientAddress();
  Result<intake::TipReceipt> receipt = desk->Submit(tip);
  if (!receipt.ok()) return call.Fail(receipt.status());
  call.Json({{"receipt", receipt->receipt}, {"status", "received"}});
}

// The receipt code comes in the body, never in the address: addresses end up in proxy and
// browser logs, and the code is all a reporter has.
void TipStatus(Call& call, PublicState& state) {
  if (!SameOriginOrNone(call)) return;
  std::optional<nlohmann::json> body = call.JsonBody();
  if (!body) return;
  bool bad = false;
  const std::optional<std::string> receipt = StringField(call, *body, "receipt", &bad);
  if (bad) return;
  if (!receipt) return call.Error(400, "receipt: missing: type the code you were given");
  intake::TipDesk* desk = TipCaseDesk(call, state);
  if (desk == nullptr) return;
  Result<std::optional<intake::TipStatus>> status = desk->StatusOf(*receipt);
  if (!status.ok()) return call.Fail(status.status());
  if (!*status) return call.Error(404, "no tip has this receipt code: check the code");
  call.Json({{"status", (*status)->status},
             {"received_at", (*status)->received_at},
             {"reply", (*status)->reply}});
}

nlohmann::json AdviceJson(const intake::JobAdvice& advice, std::string_view text) {
  nlohmann::json prompted = nlohmann::json::array();
  for (const intake::Question& q : advice.prompted) {
    nlohmann::json words = nlohmann::json::array();
    for (const flag::Span& s : q.spans) {
      words.push_back({{"start", s.start},
                       {"end", s.end},
                       {"text", std::string(text.substr(s.start, s.end - s.start))}});
    }
    prompted.push_back(
        {{"indicator", q.indicator}, {"lang", q.lang}, {"advice", q.text}, {"words", words}});
  }
  nlohmann::json always = nlohmann::json::array();
  for (const intake::Question& q : advice.always) {
    always.push_back({{"indicator", q.indicator}, {"lang", q.lang}, {"advice", q.text}});
  }
  return {{"lang", advice.lang}, {"prompted", prompted}, {"always", always}};
}

void CheckJob(Call& call, PublicState& state) {
  if (!SameOriginOrNone(call)) return;
  std::optional<nlohmann::json> body = call.JsonBody();
  if (!body) return;
  bool bad = false;
  const std::optional<std::string> text = StringField(call, *body, "text", &bad);
  const std::optional<std::string> lang = StringField(call, *body, "lang", &bad);
  if (bad) return;
  if (!text) return call.Error(400, "text: missing: paste the text of the job ad");
  if (text->size() > intake::kMaxCheckText) {
    return call.Error(413, fmt::format("text: {} bytes, at most {} are accepted: paste one ad",
                                       text->size(), intake::kMaxCheckText));
  }
  if (lang && !lang->empty() && !intake::IsLanguageCode(*lang)) {
    return call.Error(400, "lang: a two-letter language code, e.g. \"ro\"");
  }
  Result<std::string> clean = intake::CleanPublicText(*text, intake::kMaxCheckText, "text");
  if (!clean.ok()) return call.Fail(clean.status());
  if (state.flagger == nullptr) return call.Fail(Internal(state.flagger_status.message()));
  // The advice only: no score and no verdict leave the server (rule R16).
  const intake::JobAdvice advice =
      intake::CheckJobAd(*state.flagger, {.text = *clean, .lang = lang.value_or(""), .region = ""});
  nlohmann::json out = AdviceJson(advice, *clean);
  auto consent = body->find("consent");
  if (consent != body->end() && consent->is_boolean() && consent->get<bool>()) {
    intake::TipDesk* desk = TipCaseDesk(call, state);
    if (desk == nullptr) return;
    Result<int64_t> kept = desk->KeepJobCheck(advice.lang, *clean, out);
    if (!kept.ok()) return call.Fail(kept.status());
    out["kept"] = true;
  } else {
    out["kept"] = false;
  }
  call.Json(out);
}

}  // namespace

void RegisterPublicApi(Router& router) {
  const ServerCore& core = router.core();
  auto state =
      std::make_shared<PublicState>(*core.tip_desks, core.FindCase(core.options.tip_case)->dir);
  if (state->desks.texts() == nullptr) {
    fmt::print(stderr, "ariadne serve: the public pages have no texts: {}\n",
               state->desks.texts_status().message());
  }
  router.PublicGet("/api/v1/public/languages", RateClass::kGeneral,
                   [state](Call& call) { Languages(call, *state); });
  router.PublicGet("/api/v1/public/consent", RateClass::kGeneral,
                   [state](Call& call) { Consent(call, *state); });
  router.PublicPost("/api/v1/public/tips", RateClass::kPublic, 64 * 1024,
                    [state](Call& call) { SubmitTip(call, *state); });
  router.PublicPost("/api/v1/public/tips/status", RateClass::kPublic, 1024,
                    [state](Call& call) { TipStatus(call, *state); });
  router.PublicPost("/api/v1/public/check-job", RateClass::kPublic, 64 * 1024,
                    [state](Call& call) { CheckJob(call, *state); });
}

}  // namespace ariadne::server
