// Red flags in ad text: the public entry of the flag module.
//
// A Flagger compiles every enabled term of a RuleSet (rules.h) into ONE Vectorscan database. For
// each ad it folds the text (normalize/normalize.h, so obfuscated words are matched), scans it
// once, maps every match back to the original bytes, keeps the indicators whose pack applies to
// the ad's kind, and scores them (score.h). For job ads it also compares stated pay with the
// minimum wage of the ad's region (J-SAL, rule R10; see Flagger::Assess). Every flag says why it
// was raised and where; the score
// is the sum of its listed contributions. A score orders a review queue: it is never a verdict
// about a person (rule R1).
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "flag/rules.h"
#include "flag/score.h"

namespace ariadne::flag {

struct FlagOptions {
  // Also match candidate terms (status "candidate", not yet validated: rule R15).
  bool candidates = false;
};

// A phone number that selector extraction (extract/) found in the ad, with libphonenumber's
// reading.
struct AdPhone {
  std::string number_type;  // "mobile", "fixed_line", "toll_free", "uan", … ("" when not known)
  std::string country;      // ISO 3166-1 alpha-2 of the number ("" when not known)
};

struct AdInput {
  std::string_view text;
  // kAuto: decided from the text. Only scored indicators vote: the kind whose packs have more
  // distinct T1+ indicators matched wins; on a tie the packs of both kinds apply (kUnknown). T0
  // words (touring, screening) never vote, so they can never change which flags are scored.
  AdKind kind = AdKind::kAuto;
  std::string lang;  // ISO 639-1 when known: helps the normaliser read spelled-out numbers
  // ISO 3166-1 alpha-2 of where the job is (e.g. the site's country), any case; empty when not
  // known. Only used to compare stated pay with that country's minimum wage (J-SAL).
  std::string region;
  // The ad's phone numbers as extracted (empty when the caller did not extract them). A landline
  // of the ad's own country (fixed line, toll-free, shared-cost or company switchboard) is contact
  // a business answers, so the ad is not "phone only" (J-PHONEONLY); a foreign one is the
  // "international number" the indicator counts, and a mobile or unknown type changes nothing.
  std::vector<AdPhone> phones;
};

struct Assessment {
  AdKind kind = AdKind::kUnknown;  // the kind used (never kAuto)
  std::vector<RaisedFlag> flags;   // sorted by indicator id
  ScoreResult score;               // trafficking: priority for review (never fraud indicators)
  ScoreResult fraud_risk;          // recruitment-fraud indicators only (rule R11)
};

class Flagger {
 public:
  // Compiles the terms of `rules` (which must have loaded without errors). On failure the status
  // is InvalidInput and its message has one `FILE:LINE:COLUMN: reason` line per rejected term.
  static Result<std::unique_ptr<Flagger>> Create(std::shared_ptr<const RuleSet> rules,
                                                 const FlagOptions& options);
  ~Flagger();
  Flagger(const Flagger&) = delete;
  Flagger& operator=(const Flagger&) = delete;

  // Flags and scores one ad. Never fails: any bytes are accepted (invalid UTF-8 is repaired by the
  // normaliser); texts longer than 1 GiB are flagged on their first GiB. Thread-safe.
  //
  // Stated pay (J-SAL, rule R10): for a job ad (kind labour, or kAuto deciding labour or unknown),
  // each amount with a currency and a period ("€3,000 per month", "15 zł/h", "4.000 lei pe lună")
  // is converted to a month (PeriodsPerMonth) and compared with the minimum wage of `region` in
  // the rules' wage table: in the local currency when stated in it, else in EUR when stated in EUR
  // and the table has monthly_eur. At threshold_multiple times the minimum or more, J-SAL is raised
  // (or, when its phrases raised it too, the one flag gets the pay's span and words) and its "why"
  // states the comparison, the minimum, its date and its source. Nothing is said about pay when
  // the region is empty or not in the table, has no statutory minimum, when the currency cannot be
  // compared, or when the rules have no J-SAL or it is structural.
  Assessment Assess(const AdInput& ad) const;

  const RuleSet& rules() const { return *rules_; }
  size_t pattern_count() const;

 private:
  struct Compiled;
  Flagger(std::shared_ptr<const RuleSet> rules, std::unique_ptr<Compiled> compiled);
  // Where the match of pattern `pattern` that ends at `end` of the scanned text starts.
  size_t StartOf(uint32_t pattern, std::string_view text, size_t end) const;
  std::shared_ptr<const RuleSet> rules_;
  std::unique_ptr<Compiled> compiled_;
};

// "sex", "labour", "unknown" ("auto" for kAuto); and back ("auto", "sex", "labour"), false when
// not one of them.
std::string_view AdKindName(AdKind kind);
bool ParseAdKind(std::string_view name, AdKind* kind);

}  // namespace ariadne::flag
