#include "pipeline/pipeline.h"

#include <fmt/format.h>

#include <chrono>
#include <climits>
#include <nlohmann/json.hpp>

#include "extract/extract.h"
#include "flag/flag.h"
#include "link/link_case.h"
#include "link/photos.h"
#include "normalize/normalize.h"
#include "pipeline/structural.h"

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
    first_ = std::min(first_, doc.id);
    return s.MarkStageDone(doc.id, kSelectorStage.name, kSelectorStage.version);
  }

  // The lowest document id processed (INT64_MAX: none).
  int64_t first() const { return first_; }

 private:
  store::Case& case_;
  const extract::SelectorExtractor& extractor_;
  std::string case_region_;
  int64_t first_ = INT64_MAX;
};

constexpr StageInfo kTextStage = {
    "text", 1, "near-duplicate text: MinHash signature of each text with its selectors masked"};

// Stage: the text signature that linking compares (after selectors, which it masks).
Status SignText(store::Case& c, const Document& doc) {
  store::CaseStore& s = c.store();
  Result<std::vector<store::StoredSelector>> selectors = s.SelectorsOf(doc.id);
  if (!selectors.ok()) return selectors.status();
  ARIADNE_RETURN_IF_ERROR(s.PutTextSignature(link::SignDocument(doc, *selectors)));
  return s.MarkStageDone(doc.id, kTextStage.name, kTextStage.version);
}

constexpr StageInfo kFlagStage = {
    "flags", 2,
    "red flags from the rule packs, with spans and sources, and each document's priority score"};

// The flag stage's effective version: its own, combined with every indicator's id and revision,
// the wage table J-SAL compares pay with, the marker lists the computed checks read and the
// candidate switch, so that changing a rule pack, a minimum wage or a marker list re-flags every
// document.
int FlagStageVersion(const flag::RuleSet& rules, bool candidates) {
  uint32_t h = 2166136261u;  // FNV-1a
  auto mix = [&](std::string_view text) {
    for (unsigned char c : text) h = (h ^ c) * 16777619u;
  };
  mix(std::to_string(kFlagStage.version));
  mix(candidates ? "+candidates" : "");
  for (const flag::Indicator& indicator : rules.indicators) {
    mix(indicator.id);
    mix(std::to_string(indicator.revision));
  }
  mix(fmt::format("wages {}", rules.wages.threshold_multiple));
  for (const flag::MinimumWage& wage : rules.wages.wages) {
    mix(fmt::format("{} {} {} {} {} {} {} {}", wage.country, wage.statutory,
                    wage.monthly_eur.value_or(0), wage.currency, wage.local_amount.value_or(0),
                    flag::PayPeriodName(wage.local_period), wage.payments_per_year, wage.date));
    for (const std::string& name : wage.names) mix(name);  // where the job is (J-SAL)
  }
  mix(fmt::format("net {}", rules.wages.net_share));
  for (const flag::ExchangeRate& rate : rules.wages.rates) {
    mix(fmt::format("rate {} {} {}", rate.currency, rate.per_eur, rate.date));
  }
  for (const flag::MarkerList& list : rules.markers) {
    mix("marker " + list.name);
    for (const flag::Term& term : list.terms) {
      mix(fmt::format("{} {}|{}", term.lang, term.phrase, term.regex));
    }
  }
  return static_cast<int>(h & 0x3FFFFFFF);
}

nlohmann::json SpansJson(const std::vector<flag::Span>& spans) {
  nlohmann::json out = nlohmann::json::array();
  for (const flag::Span& span : spans) out.push_back({span.start, span.end});
  return out;
}

flag::AdKind KindOf(const Document& doc) {
  flag::AdKind kind = flag::AdKind::kAuto;
  if (!flag::ParseAdKind(doc.kind, &kind)) kind = flag::AdKind::kAuto;
  return kind;
}

// Stage: raise the text flags of each document and store them with its score.
class FlagStage {
 public:
  FlagStage(store::Case& c, const flag::Flagger& flagger, int version, std::string case_region)
      : case_(c), flagger_(flagger), version_(version), case_region_(std::move(case_region)) {}

  Status Process(const Document& doc, StageSummary& summary) {
    store::CaseStore& s = case_.store();
    flag::AdInput ad;
    ad.text = doc.text;
    ad.kind = KindOf(doc);
    ad.lang = doc.lang;
    // Where the job is, for J-SAL's minimum wage: the ad's own region, else the case's.
    ad.region = doc.region.empty() ? case_region_ : doc.region;
    const flag::Assessment a = flagger_.Assess(ad);
    std::vector<store::StoredFlag> rows;
    for (const flag::RaisedFlag& f : a.flags) {
      store::StoredFlag row;
      row.document_id = doc.id;
      row.indicator = f.indicator->id;
      row.revision = f.indicator->revision;
      row.family = std::string(flag::FamilyName(f.indicator->family));
      row.tier = std::string(flag::TierName(f.indicator->tier));
      row.category = std::string(flag::CategoryName(f.indicator->category));
      row.lang = f.lang;
      row.spans_json = SpansJson(f.spans).dump();
      row.matched_json = nlohmann::json(f.matched).dump();
      row.why = f.why;
      row.weight = f.weight;
      row.from_candidate = f.from_candidate;
      rows.push_back(std::move(row));
      ++summary.found[f.indicator->id];
    }
    ARIADNE_RETURN_IF_ERROR(s.ReplaceTextFlags(doc.id, rows));
    ARIADNE_RETURN_IF_ERROR(
        s.SetScore(ScoreRow(doc.id, std::string(flag::AdKindName(a.kind)), a.score, a.fraud_risk)));
    scored_.push_back(doc.id);
    return s.MarkStageDone(doc.id, kFlagStage.name, version_);
  }

  // The documents scored (from their text flags alone) so far.
  const std::vector<int64_t>& scored() const { return scored_; }

 private:
  store::Case& case_;
  const flag::Flagger& flagger_;
  int version_;
  std::string case_region_;
  std::vector<int64_t> scored_;
};

double SecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// Runs one stage (`step` returns its Result<StageSummary>) and notes the wall time it took.
template <typename Step>
Result<StageSummary> Timed(Step&& step) {
  const auto start = std::chrono::steady_clock::now();
  Result<StageSummary> summary = step();
  if (summary.ok()) summary->seconds = SecondsSince(start);
  return summary;
}

// Runs `process` over every pending document of a stage, one transaction per batch.
template <typename Process>
Result<StageSummary> RunStage(store::Case& c, const StageInfo& stage, const AnalyzeOptions& options,
                              Process&& process) {
  store::CaseStore& s = c.store();
  StageSummary summary{stage.name, stage.version, 0, {}, "", 0, 0};
  // Usually only the documents of the latest imports are pending: start after the rest.
  Result<int64_t> done_through = s.DoneThrough(stage.name, stage.version);
  if (!done_through.ok()) return done_through.status();
  int64_t after_id = *done_through;
  Result<int64_t> total = s.CountPendingStage(stage.name, stage.version, after_id);
  if (!total.ok()) return total.status();
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

Status RunFlagStages(store::Case& c, const AnalyzeOptions& options, const store::CaseInfo& info,
                     std::vector<StageSummary>& summaries, PassChanges& changes) {
  flag::FlagOptions flag_options;
  flag_options.candidates = options.candidates;
  Result<std::unique_ptr<flag::Flagger>> flagger =
      flag::Flagger::Create(options.rules, flag_options);
  if (!flagger.ok()) return flagger.status();
  StageInfo flag_stage = kFlagStage;
  flag_stage.version = FlagStageVersion(*options.rules, options.candidates);
  FlagStage flags(c, **flagger, flag_stage.version, info.region);
  Result<StageSummary> f = Timed([&] {
    return RunStage(c, flag_stage, options,
                    [&](const Document& d, StageSummary& sum) { return flags.Process(d, sum); });
  });
  if (!f.ok()) return f.status();
  summaries.push_back(std::move(f).value());
  // Case-wide: shared contacts change whenever any document's selectors or flags do.
  changes.rescore = flags.scored();
  Result<StageSummary> structural =
      Timed([&] { return RunStructuralFlags(c, *options.rules, changes); });
  if (!structural.ok()) return structural.status();
  summaries.push_back(std::move(structural).value());
  return Status::Ok();
}

}  // namespace

const std::vector<StageInfo>& Stages() {
  static const std::vector<StageInfo> stages = {
      kSelectorStage,
      kTextStage,
      kFlagStage,
      {"structural", 1,
       "case-wide flags from shared contacts (N-PHONE: one contact, three or more personas; "
       "A-MULTINUM: one account, three or more phone numbers)"},
      {"photos", 1, "perceptual hash (PDQ) of every stored image, rotations and mirrors included"},
      {"link", 1,
       "case-wide entity resolution: clusters of documents joined by shared contacts, "
       "near-identical text and photos, with reasons and a triage score"},
      {"network flags", 1,
       "N-TEXT, N-IMG, N-GEO from the linkage: shared text or photos across personas, personas "
       "moving together"}};
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
  PassChanges changes;
  Result<int64_t> last = c.store().LastDocumentId();
  if (!last.ok()) return last.status();
  changes.last_document = *last;
  changes.contacts_version = kSelectorStage.version;
  Result<StageSummary> s = Timed([&] {
    return RunStage(c, kSelectorStage, options, [&](const Document& d, StageSummary& sum) {
      return selectors.Process(d, sum);
    });
  });
  if (!s.ok()) return s.status();
  summaries.push_back(std::move(s).value());
  changes.first_analysed = selectors.first();
  Result<StageSummary> text = Timed([&] {
    return RunStage(c, kTextStage, options,
                    [&](const Document& d, StageSummary&) { return SignText(c, d); });
  });
  if (!text.ok()) return text.status();
  summaries.push_back(std::move(text).value());

  if (options.rules == nullptr) {
    summaries.push_back({kFlagStage.name, kFlagStage.version, 0, {}, "no rule packs given", 0, 0});
  } else {
    Status flagged = RunFlagStages(c, options, *info, summaries, changes);
    if (!flagged.ok()) return flagged;
  }
  auto start = std::chrono::steady_clock::now();
  Result<link::PhotoHashSummary> photos = link::HashNewImages(c, [&](int64_t done) {
    if (options.on_progress) options.on_progress({"photos", done, 0});
  });
  if (!photos.ok()) return photos.status();
  StageSummary photo_summary{"photos", 1, photos->hashed + photos->failed, {}, "", 0, 0};
  if (photos->hashed > 0) photo_summary.found["perceptual hashes"] = photos->hashed;
  if (photos->failed > 0) photo_summary.found["images not decodable"] = photos->failed;
  photo_summary.seconds = SecondsSince(start);
  summaries.push_back(std::move(photo_summary));
  if (!options.link) return summaries;
  // Only the documents added since the last link are linked into it (link_case.h), unless the
  // evidence of documents linked before changed.
  link::IncrementalOptions incremental;
  // The stages whose output the linkage reads per document: contacts, signatures, and the flags
  // the triage parts count.
  for (const StageSummary& stage : summaries) {
    if (stage.stage == kSelectorStage.name || stage.stage == kTextStage.name ||
        stage.stage == kFlagStage.name) {
      incremental.analysed_documents = std::max(incremental.analysed_documents, stage.documents);
    }
  }
  start = std::chrono::steady_clock::now();
  Result<link::LinkSummary> linked = link::LinkNewDocuments(c, {}, incremental);
  if (!linked.ok()) return linked.status();
  StageSummary link_summary{"link", 1, linked->documents, {}, "", 0, 0};
  if (linked->incremental) {
    link_summary.found["new documents linked incrementally"] = linked->new_documents;
    link_summary.found["documents re-resolved"] = linked->region_documents;
  }
  link_summary.found["clusters"] = linked->clusters;
  link_summary.found["linked documents"] = linked->linked_documents;
  link_summary.found["text pairs"] = linked->text_pairs;
  link_summary.found["text links stored"] = linked->text_links;
  link_summary.found["generic values"] = linked->generic_values;
  link_summary.found["largest cluster"] = linked->largest_cluster;
  link_summary.seconds = SecondsSince(start);
  summaries.push_back(std::move(link_summary));
  changes.link = {linked->incremental, linked->linked_after, linked->last_document,
                  std::move(linked->region)};
  if (options.rules != nullptr) {
    Result<StageSummary> network =
        Timed([&] { return RunNetworkFlags(c, *options.rules, changes); });
    if (!network.ok()) return network.status();
    summaries.push_back(std::move(network).value());
  }
  return summaries;
}

}  // namespace ariadne::pipeline
