// ariadne check-job [FILE] [--lang LL] [--candidates] [--json] [--rules DIR]: advice for a job
// seeker about one job ad (rule R16 of the knowledge base): questions to ask and steps to take,
// each tied to the words of the ad that prompted it, in the ad's language where the rule packs
// have it, else in English. It never says whether the offer is genuine: no verdict words.
#include <fmt/format.h>

#include <array>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>

#include "cli/command.h"
#include "cli/output.h"
#include "cli/rules_loading.h"
#include "core/exit_code.h"
#include "core/text.h"
#include "flag/flag.h"
#include "normalize/normalize.h"

namespace ariadne::cli {
namespace {

constexpr size_t kMaxAd = size_t{1} << 20;  // one ad; anything longer is not one ad

// Always worth asking, whatever the ad says (R16: [policja-rf], [hrisela], [alba24],
// [refugeelight]); their wording comes from these indicators' advice in the rule packs.
constexpr std::array<std::string_view, 3> kAlwaysAsk = {"J-EMPL", "J-FEE", "J-LATER"};

struct Phrases {
  std::string_view lang, prompted, always;
};
// The two headings, per language of the rule packs.
constexpr std::array<Phrases, 11> kHeadings = {{
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

const Phrases& HeadingsFor(std::string_view lang) {
  for (const Phrases& p : kHeadings) {
    if (p.lang == lang) return p;
  }
  return kHeadings[0];
}

struct CheckJobOptions {
  std::string file;
  std::string lang;
  std::string region;
  std::string rules;
  bool candidates = false;
  bool json = false;
};

struct Question {
  std::string indicator;
  std::string lang;
  std::string text;
  std::vector<std::string> words;  // what in the ad prompted it (empty for the general ones)
  std::vector<flag::Span> spans;
};

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

const flag::Indicator* FindIndicator(const flag::RuleSet& rules, std::string_view id) {
  for (const flag::Indicator& indicator : rules.indicators) {
    if (indicator.id == id) return &indicator;
  }
  return nullptr;
}

Result<std::string> ReadAd(const std::string& file) {
  std::string text;
  if (file.empty() || file == "-") {
    text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  } else {
    std::ifstream in(file, std::ios::binary);
    if (!in) return IoError(fmt::format("{}: cannot open", file));
    text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  if (text.size() > kMaxAd) {
    return InvalidInput(fmt::format("{}: {} bytes is longer than one ad ({} bytes at most)",
                                    file.empty() ? "stdin" : file, text.size(), kMaxAd));
  }
  if (Trim(text).empty()) {
    return InvalidInput(fmt::format("{}: no text: give the ad on stdin or as a file",
                                    file.empty() ? "stdin" : file));
  }
  return text;
}

int PrintQuestions(const std::string& lang, const std::vector<Question>& prompted,
                   const std::vector<Question>& always, bool json) {
  auto to_json = [](const std::vector<Question>& list) {
    nlohmann::json out = nlohmann::json::array();
    for (const Question& q : list) {
      nlohmann::json spans = nlohmann::json::array();
      for (const flag::Span& s : q.spans) spans.push_back({s.start, s.end});
      out.push_back({{"indicator", q.indicator},
                     {"lang", q.lang},
                     {"question", q.text},
                     {"words", q.words},
                     {"spans", spans}});
    }
    return out;
  };
  if (json) {
    PrintJsonLine({{"lang", lang}, {"prompted", to_json(prompted)}, {"always", to_json(always)}});
    return kExitOk;
  }
  const Phrases& headings = HeadingsFor(lang);
  if (!prompted.empty()) {
    fmt::print("{}\n", headings.prompted);
    for (const Question& q : prompted) {
      std::string words;
      for (const std::string& w : q.words)
        words += fmt::format("{}\"{}\"", words.empty() ? "" : ", ", w);
      fmt::print("  - {}\n    ({})\n", q.text, words);
    }
    fmt::print("\n");
  }
  fmt::print("{}\n", headings.always);
  for (const Question& q : always) fmt::print("  - {}\n", q.text);
  return kExitOk;
}

int RunCheckJob(const CheckJobOptions& o) {
  Result<std::string> ad = ReadAd(o.file);
  if (!ad.ok()) return ReportError(ad.status());
  int exit_code = kExitOk;
  std::shared_ptr<const flag::RuleSet> rules = LoadRulesOrReport(o.rules, &exit_code);
  if (rules == nullptr) return exit_code;
  auto flagger = flag::Flagger::Create(rules, flag::FlagOptions{.candidates = o.candidates});
  if (!flagger.ok()) return ReportError(flagger.status());
  std::string lang = o.lang.empty() ? normalize::DetectLanguage(*ad) : o.lang;
  if (lang.empty()) lang = "en";

  flag::AdInput input;
  input.text = *ad;
  input.kind = flag::AdKind::kLabour;
  input.lang = lang;
  input.region = o.region;
  const flag::Assessment assessment = (*flagger)->Assess(input);
  std::vector<Question> prompted, always;
  for (const flag::RaisedFlag& f : assessment.flags) {
    auto [advice_lang, text] = AdviceOf(*f.indicator, lang);
    if (text.empty()) continue;
    prompted.push_back({f.indicator->id, advice_lang, text, f.matched, f.spans});
  }
  for (std::string_view id : kAlwaysAsk) {
    const flag::Indicator* indicator = FindIndicator(*rules, id);
    if (indicator == nullptr) continue;
    bool asked = false;
    for (const Question& q : prompted) asked = asked || q.indicator == id;
    auto [advice_lang, text] = AdviceOf(*indicator, lang);
    if (!asked && !text.empty()) always.push_back({indicator->id, advice_lang, text, {}, {}});
  }
  return PrintQuestions(lang, prompted, always, o.json);
}

}  // namespace

void AddCheckJobCommand(CLI::App& app, Action& action) {
  auto o = std::make_shared<CheckJobOptions>();
  CLI::App* cmd = app.add_subcommand(
      "check-job", "Questions to ask before answering a job ad, tied to the words of the ad");
  cmd->add_option("FILE", o->file, "the ad as a text file (default: stdin)");
  cmd->add_option("--lang", o->lang,
                  "language of the advice (ISO 639-1; default: the ad's language, else English)");
  cmd->add_option(
      "--region", o->region,
      "ISO 3166-1 alpha-2 country of the job (e.g. RO): stated pay is compared with its "
      "minimum wage");
  cmd->add_flag("--candidates", o->candidates,
                "also use candidate phrases (not yet validated by native speakers: rule R15)");
  cmd->add_flag("--json", o->json,
                "one JSON object: {\"lang\", \"prompted\": [{\"indicator\", \"question\", "
                "\"words\", \"spans\"}], \"always\": [...]}");
  cmd->add_option("--rules", o->rules, kRulesOptionHelp);
  cmd->footer(
      "The advice helps a job seeker check an offer; it does not say whether the offer is "
      "genuine.\n\nExamples:\n  ariadne check-job ad.txt\n"
      "  echo 'Munca in Germania, cazare gratuita, comision 300 euro' | ariadne check-job");
  cmd->callback([o, &action] { action = [o] { return RunCheckJob(*o); }; });
}

}  // namespace ariadne::cli
