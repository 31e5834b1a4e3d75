// ariadne check-job [FILE] [--lang LL] [--candidates] [--json] [--rules DIR]: advice for a job
// seeker about one job ad (rule R16 of the knowledge base), from intake/job_check.h (shared with
// the public checker page). It never says whether the offer is genuine: no verdict words.
#include <fmt/format.h>

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
#include "intake/job_check.h"

namespace ariadne::cli {
namespace {

constexpr size_t kMaxAd = size_t{1} << 20;  // one ad; anything longer is not one ad

struct CheckJobOptions {
  std::string file;
  std::string lang;
  std::string region;
  std::string rules;
  bool candidates = false;
  bool json = false;
};

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

int PrintQuestions(const intake::JobAdvice& advice, bool json) {
  using intake::Question;
  const std::string& lang = advice.lang;
  const std::vector<Question>& prompted = advice.prompted;
  const std::vector<Question>& always = advice.always;
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
  const intake::AdviceHeadings& headings = intake::HeadingsFor(lang);
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
  const intake::JobAdvice advice =
      intake::CheckJobAd(**flagger, {.text = *ad, .lang = o.lang, .region = o.region});
  return PrintQuestions(advice, o.json);
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
