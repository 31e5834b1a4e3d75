// Runs the analysis stages over a case, incrementally and resumably: each stage processes only the
// documents it has not yet processed at its current version, in batches of one transaction each, so
// a killed run loses one batch and the next run continues. The one place `analyze` logic lives: the
// CLI, the server and workers all call Analyze().
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/status.h"
#include "flag/rules.h"
#include "link/phases.h"
#include "store/case.h"

namespace ariadne::pipeline {

struct StageProgress {
  std::string stage;
  int64_t done = 0;   // documents processed in this run
  int64_t total = 0;  // documents this run had to process
};

struct StageSummary {
  StageSummary() = default;
  StageSummary(std::string stage_name, int stage_version, int64_t processed = 0)
      : stage(std::move(stage_name)), version(stage_version), documents(processed) {}

  std::string stage;
  int version = 0;
  int64_t documents = 0;                 // processed in this run (0: everything was up to date)
  std::map<std::string, int64_t> found;  // e.g. selectors by type, flags by indicator
  std::string note;                      // why a stage did not run, when it did not
  // Documents whose stored flags or score this stage rewrote (the case-wide passes write only the
  // documents whose flags changed).
  int64_t rescored = 0;
  double seconds = 0;  // wall-clock time the stage took
  // Where a case-wide stage (the link, the network flags) spent its time, phase by phase.
  std::vector<link::Phase> phases;
  // Of `seconds`, the time it ran beside another stage (the structural flags' reads beside the
  // link): the stages' seconds add up to the whole run's less these.
  double beside = 0;
  // Why the link stage linked the whole case rather than the new documents' region (empty when it
  // was incremental or had nothing before it): link::LinkSummary::full_because.
  std::string whole_because;
};

struct AnalyzeOptions {
  int64_t batch_size = 500;
  // The rule packs for the red-flag stage; without them that stage is skipped (and says so).
  std::shared_ptr<const flag::RuleSet> rules;
  bool candidates = false;  // also match candidate terms (rule R15)
  std::function<void(const StageProgress&)> on_progress;
  // Link at the end (link::LinkNewDocuments) and raise the network flags; false leaves the stored
  // linkage as it is (the benchmark times linking on its own).
  bool link = true;
  // When given: where the time outside the stages went (opening the extractor and the flagger,
  // finding where the stages start), phase by phase, for the benchmarks to print.
  std::vector<link::Phase>* outside_stages = nullptr;
};

// The stages, in the order they run, with their versions: bump a version when its output changes,
// and the next run redoes that stage for every document.
struct StageInfo {
  const char* name;
  int version;
  const char* description;
};
const std::vector<StageInfo>& Stages();

// The selector stage's version as a case stores it: its own number mixed with every extractor's
// name and revision (extract::ExtractorRevisions()), so that a changed extractor extracts every
// document again once, as a changed rule re-flags it. The text stage, which masks the selectors,
// mixes this into its own (TextStageVersion).
int SelectorStageVersion(int own, const std::vector<std::pair<std::string_view, int>>& revisions);
int TextStageVersion(int own, int selector_version);

// Runs every stage. Not thread-safe on one Case; two processes may analyse one case (SQLite
// serialises).
Result<std::vector<StageSummary>> Analyze(store::Case& c, const AnalyzeOptions& options);

}  // namespace ariadne::pipeline
