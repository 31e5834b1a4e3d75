// Red flags in ad text: the public entry of the flag module.
//
// A Flagger compiles every enabled term of a RuleSet (rules.h) into ONE Vectorscan database. For
// each ad it folds the text (normalize/normalize.h, so obfuscated words are matched), scans it
// once, maps every match back to the original bytes, keeps the indicators whose pack applies to
// the ad's kind, and scores them (score.h). Every flag says why it was raised and where; the score
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

struct AdInput {
  std::string_view text;
  // kAuto: decided from the text. Only scored indicators vote: the kind whose packs have more
  // distinct T1+ indicators matched wins; on a tie the packs of both kinds apply (kUnknown). T0
  // words (touring, screening) never vote, so they can never change which flags are scored.
  AdKind kind = AdKind::kAuto;
  std::string lang;  // ISO 639-1 when known: helps the normaliser read spelled-out numbers
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
  Assessment Assess(const AdInput& ad) const;

  const RuleSet& rules() const { return *rules_; }
  size_t pattern_count() const;

 private:
  struct Compiled;
  Flagger(std::shared_ptr<const RuleSet> rules, std::unique_ptr<Compiled> compiled);
  std::shared_ptr<const RuleSet> rules_;
  std::unique_ptr<Compiled> compiled_;
};

// "sex", "labour", "unknown" ("auto" for kAuto); and back ("auto", "sex", "labour"), false when
// not one of them.
std::string_view AdKindName(AdKind kind);
bool ParseAdKind(std::string_view name, AdKind* kind);

}  // namespace ariadne::flag
