// Advice for a job seeker about one job ad (rule R16 of the knowledge base): the questions to ask
// and steps to take, each tied to the words of the ad that prompted it, in the reader's language
// where the rule packs have it, else in English. It never says whether the offer is genuine: there
// is no verdict and no score in the result. Shared by `ariadne check-job` and the public checker
// page (POST /api/v1/public/check-job).
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "flag/flag.h"

namespace ariadne::intake {

// Always worth asking, whatever the ad says (R16: [policja-rf], [hrisela], [alba24],
// [refugeelight]); their wording comes from these indicators' advice in the rule packs.
inline constexpr std::array<std::string_view, 3> kAlwaysAsk = {"J-EMPL", "J-FEE", "J-LATER"};

struct Question {
  std::string indicator;           // the knowledge base's id, e.g. "J-FEE"
  std::string lang;                // language of `text` (the reader's, else "en")
  std::string text;                // the advice
  std::vector<std::string> words;  // what in the ad prompted it (empty for the general ones)
  std::vector<flag::Span> spans;   // where: UTF-8 byte offsets into the ad text
};

struct JobAdvice {
  std::string lang;                // the language asked for, or detected, else "en"
  std::vector<Question> prompted;  // raised by the words of the ad, by indicator id
  std::vector<Question> always;    // the general questions not already asked above
};

struct JobCheckInput {
  std::string_view text;
  std::string lang;    // ISO 639-1 of the advice; empty: the ad's detected language, else English
  std::string region;  // ISO 3166-1 alpha-2 of the job, for the pay check (J-SAL); may be empty
};

// The advice for one ad. Never fails; thread-safe when `flagger` is (it is).
JobAdvice CheckJobAd(const flag::Flagger& flagger, const JobCheckInput& input);

// The two headings of the advice in `lang` (English when the language is not known).
struct AdviceHeadings {
  std::string_view lang, prompted, always;
};
const AdviceHeadings& HeadingsFor(std::string_view lang);

}  // namespace ariadne::intake
