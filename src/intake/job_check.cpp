#include "intake/job_check.h"

#include "normalize/normalize.h"

namespace ariadne::intake {
namespace {

// The two headings, per language of the rule packs.
constexpr std::array<AdviceHeadings, 11> kHeadings = {{
    {"en", "Because of what this ad says:", "Before you answer any job ad:"},
    {"de", "Wegen dieser Stellen in der Anzeige:", "Bevor Sie auf eine Stellenanzeige antworten:"},
    {"fr", "À cause de ce que dit cette annonce :", "Avant de répondre à une offre d'emploi :"},
    {"nl", "Vanwege wat deze advertentie zegt:", "Voordat u op een vacature reageert:"},
    {"ro", "Din cauza a ceea ce spune acest anunț:", "Înainte de a răspunde la un anunț de muncă:"},
    {"bg", "Заради това, което пише в обявата:", "Преди да отговорите на обява за работа:"},
    {"es", "Por lo que dice este anuncio:", "Antes de responder a una oferta de trabajo:"},
    {"it", "Per quello che dice questo annuncio:", "Prima di rispondere a un annuncio di lavoro:"},
    {"pl", "Ze względu na treść tego ogłoszenia:", "Zanim odpowiesz na ogłoszenie o pracę:"},
    {"ru", "Из-за того, что написано в объявлении:", "Прежде чем отвечать на объявление о работе:"},
    {"uk", "Через те, що написано в оголошенні:", "Перш ніж відповідати на оголошення про роботу:"},
}};

// The advice of an indicator in `lang`, else in English; empty when it has none.
std::pair<std::string, std::string> AdviceOf(const flag::Indicator& indicator,
                                             std::string_view lang) {
  std::pair<std::string, std::string> english;
  for (const auto& [l, text] : indicator.advice) {
    if (l == lang) return {l, text};
    if (l == "en") english = {l, text};
  }
  return english;
}

}  // namespace

const AdviceHeadings& HeadingsFor(std::string_view lang) {
  for (const AdviceHeadings& h : kHeadings) {
    if (h.lang == lang) return h;
  }
  return kHeadings[0];
}

JobAdvice CheckJobAd(const flag::Flagger& flagger, const JobCheckInput& in) {
  JobAdvice out;
  out.lang = in.lang.empty() ? normalize::DetectLanguage(in.text) : in.lang;
  if (out.lang.empty()) out.lang = "en";

  flag::AdInput ad;
  ad.text = in.text;
  ad.kind = flag::AdKind::kLabour;
  ad.lang = out.lang;
  ad.region = in.region;
  const flag::Assessment assessment = flagger.Assess(ad);
  for (const flag::RaisedFlag& f : assessment.flags) {
    auto [advice_lang, text] = AdviceOf(*f.indicator, out.lang);
    if (text.empty()) continue;
    out.prompted.push_back({f.indicator->id, advice_lang, text, f.matched, f.spans});
  }
  for (std::string_view id : kAlwaysAsk) {
    const flag::Indicator* indicator = flagger.rules().Find(id);
    if (indicator == nullptr) continue;
    bool asked = false;
    for (const Question& q : out.prompted) asked = asked || q.indicator == id;
    auto [advice_lang, text] = AdviceOf(*indicator, out.lang);
    if (!asked && !text.empty()) out.always.push_back({indicator->id, advice_lang, text, {}, {}});
  }
  return out;
}

}  // namespace ariadne::intake
