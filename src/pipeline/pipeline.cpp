#include "pipeline/pipeline.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "extract/extract.h"
#include "normalize/normalize.h"

namespace ariadne::pipeline {

namespace {

constexpr StageInfo kSelectorStage = {
    "selectors", 1, "language detection and selector extraction (phones, e-mails, handles, …)"};

nlohmann::json DetailsJson(const extract::Selector& s) {
  nlohmann::json details = nlohmann::json::object();
  for (const auto& [key, value] : s.details) details[key] = value;
  return details;
}

// Stage: detect each document's language and store its selectors.
class SelectorStage {
 public:
  SelectorStage(store::Case& c, const extract::SelectorExtractor& extractor,
                std::string case_region)
      : case_(c), extractor_(extractor), case_region_(std::move(case_region)) {}

  Status Process(const Document& doc, StageSummary& summary) {
    store::CaseStore& s = case_.store();
    const std::string detected = normalize::DetectLanguage(doc.title + "\n" + doc.text);
    ARIADNE_RETURN_IF_ERROR(s.SetDetectedLanguage(doc.id, detected));
    extract::ExtractContext context;
    // The region hint: the ad's own, else the case's (the site's country is the ad's region field).
    context.region = doc.region.empty() ? case_region_ : doc.region;
    context.lang = doc.lang.empty() ? detected : doc.lang;
    context.ads = true;
    std::vector<store::StoredSelector> rows;
    for (const extract::Selector& sel : extractor_.Extract(doc.text, context)) {
      rows.push_back({doc.id, sel.type, sel.value, static_cast<int64_t>(sel.start),
                      static_cast<int64_t>(sel.end), sel.raw, DetailsJson(sel).dump()});
      ++summary.found[sel.type];
    }
    ARIADNE_RETURN_IF_ERROR(s.ReplaceSelectors(doc.id, rows));
    return s.MarkStageDone(doc.id, kSelectorStage.name, kSelectorStage.version);
  }

 private:
  store::Case& case_;
  const extract::SelectorExtractor& extractor_;
  std::string case_region_;
};

// Runs `process` over every pending document of a stage, one transaction per batch.
template <typename Process>
Result<StageSummary> RunStage(store::Case& c, const StageInfo& stage, const AnalyzeOptions& options,
                              Process&& process) {
  store::CaseStore& s = c.store();
  StageSummary summary{stage.name, stage.version, 0, {}};
  Result<int64_t> total = s.CountPendingStage(stage.name, stage.version);
  if (!total.ok()) return total.status();
  int64_t after_id = 0;
  for (;;) {
    Result<std::vector<Document>> batch = s.DocumentsPendingStage(
        stage.name, stage.version, after_id, static_cast<int>(options.batch_size));
    if (!batch.ok()) return batch.status();
    if (batch->empty()) break;
    ARIADNE_RETURN_IF_ERROR(s.Begin());
    for (const Document& doc : *batch) {
      Status st = process(doc, summary);
      if (!st.ok()) {
        s.Rollback();
        return Status(st.kind(),
                      fmt::format("stage {}: document #{}: {}", stage.name, doc.id, st.message()));
      }
      ++summary.documents;
      after_id = doc.id;
    }
    ARIADNE_RETURN_IF_ERROR(s.Commit());
    if (options.on_progress) options.on_progress({stage.name, summary.documents, *total});
  }
  return summary;
}

}  // namespace

const std::vector<StageInfo>& Stages() {
  static const std::vector<StageInfo> stages = {kSelectorStage};
  return stages;
}

Result<std::vector<StageSummary>> Analyze(store::Case& c, const AnalyzeOptions& options) {
  Result<store::CaseInfo> info = c.store().Info();
  if (!info.ok()) return info.status();
  Result<std::unique_ptr<extract::SelectorExtractor>> extractor =
      extract::SelectorExtractor::Create();
  if (!extractor.ok()) return extractor.status();
  SelectorStage selectors(c, **extractor, info->region);
  std::vector<StageSummary> summaries;
  Result<StageSummary> s =
      RunStage(c, kSelectorStage, options,
               [&](const Document& d, StageSummary& sum) { return selectors.Process(d, sum); });
  if (!s.ok()) return s.status();
  summaries.push_back(std::move(s).value());
  return summaries;
}

}  // namespace ariadne::pipeline
