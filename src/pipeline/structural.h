// Structural red flags: indicators computed over the whole case rather than from one ad's words.
// Until linking (personas, near-duplicate text, photo hashes) exists, they are computed from the
// contacts ads share, and each carries the shared value and the linked documents as its evidence.
#pragma once

#include <climits>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <vector>

#include "core/status.h"
#include "flag/rules.h"
#include "flag/score.h"
#include "link/link_case.h"
#include "pipeline/pipeline.h"
#include "pipeline/repost.h"
#include "store/case.h"

namespace ariadne::pipeline {

struct StructuralOptions {
  // N-PHONE (rule R6): at least this many distinct personas on one contact ...
  int min_personas = 3;
  // ... whose ads were posted within one window of this many days (their dates overlap).
  int window_days = 30;
  // A value carried by at least this share of all documents, and at least `generic_min_documents`
  // of them, is generic (a site's or platform's own contact): shown as such, never linked on.
  double generic_share = 0.05;
  int64_t generic_min_documents = 25;
  // A-MULTINUM: one account (an e-mail address or a messenger handle) shown with at least this many
  // different phone numbers across the case's ads (indicators.md 2E, after TOEX: "a payer behind
  // 10 accounts, 8 emails, 13 phone numbers"). Generic accounts and generic numbers (see above)
  // never count.
  int min_account_phones = 3;
};

// What this run's link changed (link::LinkSummary), for the network flags.
struct LinkChanges {
  // Whether the link re-resolved only a region (false: it resolved the whole case, or did not run).
  bool incremental = false;
  int64_t linked_after = 0;     // the documents after it were new to the link
  int64_t last_document = 0;    // the last document the linkage covers
  std::vector<int64_t> region;  // ascending: the only documents whose clusters or links changed
  // What the link read and wrote of the region (link::LinkSummary): its documents' contact
  // values, links and clusters, which the network flags take instead of reading them again.
  std::vector<store::ContactValue> region_contacts;
  std::vector<store::StoredLink> region_links;
  std::map<int64_t, std::vector<int64_t>> region_clusters;
};

// Contact values a case-wide pass read (value -> every use), kept for the next pass of the run.
using WalkedContacts = std::map<store::ContactValue, store::SharedContact>;

// The contact values of the documents after one id, as a case-wide pass read them.
struct ValuesAfter {
  int64_t after = -1;
  std::vector<store::ContactValue> values;
};

// What the network flags read of the documents and contact values of the link's region, read
// beside the link once it has closed its region (ReadBesideLink): none of it is what the link
// writes, and RunNetworkFlags takes from it what it would otherwise read after the link.
struct ReadBeside {
  struct Sighting {
    std::string posted_at;
    std::string stated_age;
    std::string location;
  };
  WalkedContacts contacts;                // value -> every use
  std::map<int64_t, Sighting> sightings;  // document -> its date, first stated age and place
  KnownJobAds job_ads;                    // J-REPOST's job ads among the values' documents
};

// Reads into `out`, in one read transaction on `s`, the sightings of `region`'s documents, the
// uses of `values` (those not in `known`, values another pass already read; may be null), and the
// job ads among the documents of the values read and known that J-REPOST can group (not generic:
// `o`'s threshold). `clock` (may be null) times each read.
Status ReadBesideLink(store::CaseStore& s, const std::vector<int64_t>& region,
                      const std::vector<store::ContactValue>& values, const WalkedContacts* known,
                      ReadBeside& out, const StructuralOptions& o = {},
                      link::PhaseClock* clock = nullptr);

// What the pipeline knows of this run when the case-wide passes start.
struct PassChanges {
  // Documents the flag stage scored again in this run from their text flags alone: each of them
  // that carries a flag of a pass is scored again with it.
  std::vector<int64_t> rescore;
  // The lowest document id the selector stage processed in this run (none: INT64_MAX): a pass
  // that last saw documents up to or after it recomputes the whole case (contacts changed).
  int64_t first_analysed = INT64_MAX;
  // The case's last document id when the run started (-1: read it when the pass starts): the
  // pass records it as seen, so documents imported while it runs count as new in the next run.
  int64_t last_document = -1;
  int contacts_version = 0;  // the selector stage's version: a new one recomputes the whole case
  LinkChanges link;          // set before RunNetworkFlags
  // When set, RunStructuralFlags leaves here the contact values it read when it recomputed only
  // what new documents touch, and RunNetworkFlags starts from them (takes them): nothing either
  // pass reads of a contact (its documents, their dates, ages and kinds) changes in between.
  std::shared_ptr<WalkedContacts> walked;
  // When set, RunStructuralFlags leaves here the contact values of the documents it found new,
  // and RunNetworkFlags takes them when it last saw the same document (no selector changes in
  // between: the selector stage ran before both).
  std::shared_ptr<ValuesAfter> new_values;
  // When set, RunNetworkFlags calls it after its reads and before it writes (and stops on an
  // error): the pipeline waits there for the structural flags it writes beside those reads, which
  // the network pass's re-scoring reads.
  std::function<Status()> before_network_write;
  // When set, what was read beside the link (ReadBesideLink): RunNetworkFlags takes from it the
  // contact values and sightings it needs instead of reading them (takes them).
  std::shared_ptr<ReadBeside> read_beside;
};

// Computes the structural flags of the case (N-PHONE, A-MULTINUM: each only when the rule packs
// define it): over the whole case the first time, then (the case's `pass_state` row) only for the
// documents that share a value with the documents added since, or whose values' generic standing
// changed, giving the flags a whole run would; writes the documents whose flags changed and
// re-scores those whose indicators changed (and `changes.rescore`). Each flag's evidence names the
// shared value, the linked documents and the benign explanations (rule R6). Call inside no
// transaction: it opens its own. The summary counts flagged documents by indicator and generic
// values skipped.
Result<StageSummary> RunStructuralFlags(store::Case& c, const flag::RuleSet& rules,
                                        const PassChanges& changes = {},
                                        const StructuralOptions& options = {});

// RunStructuralFlags in two steps, so that its reads and computing can run beside the link (which
// holds the case's write lock meanwhile, and reads the flags it computes from Pending()): what
// ComputeStructuralFlags found (one read transaction on the case's own connection; nothing
// written), then WriteStructuralFlags writes it through `s` (once, after the link; the pipeline
// writes through a second connection of the case beside the network flags' reads, which read no
// flag or score). Nothing that the pass reads may be written between the two but what the link
// writes (the linkage).
struct ComputedStructural {
  StageSummary summary;
  bool skipped = false;  // the rule packs define neither indicator (summary.note says so)
  std::vector<store::StoredFlag> found;
  std::optional<std::set<int64_t>> scope;  // the documents recomputed (none: every document)
  std::vector<store::ContactValue> generic_now;
  int64_t version = 0;
  int64_t last = 0;
  std::vector<link::Phase> phases;
  // The flags found, as the link reads a pass's flags beside it.
  link::IncrementalOptions::PendingFlags Pending() const;
};
Result<ComputedStructural> ComputeStructuralFlags(store::Case& c, const flag::RuleSet& rules,
                                                  const PassChanges& changes = {},
                                                  const StructuralOptions& options = {});
Result<StageSummary> WriteStructuralFlags(store::CaseStore& s, const flag::RuleSet& rules,
                                          ComputedStructural computed,
                                          const PassChanges& changes = {});

// The network flags computed from the case's linkage (run after linking): N-TEXT and N-IMG when
// near-identical text or one photo joins ads of three or more personas within the window (like
// N-PHONE), N-GEO when personas of one cluster arrive in the same cities within a week of each
// other at least twice, J-REPOST when job ads sharing a contact or a template name three or more
// employers (repost.h). Replaces only those indicators' flags, on the documents where they changed,
// and re-scores what changed (as RunStructuralFlags). Until personas are resolved from names and
// photos, a persona is told apart by its stated age.
// Over the whole case the first time; then (pass_state "network"), when the link of this run was
// incremental and nothing else changed, only for the documents whose flags can differ: the link's
// region (its clusters and links are the only ones that changed) and, for J-REPOST, the documents
// on a contact value the new documents carry or whose generic standing changed; each of them gets
// the flags a whole run would give it.
Result<StageSummary> RunNetworkFlags(store::Case& c, const flag::RuleSet& rules,
                                     const PassChanges& changes = {},
                                     const StructuralOptions& options = {});

// The stored form of a document's two scores (trafficking and recruitment fraud), each with the
// contributions it adds up from, so that either can be taken apart later.
store::StoredScore ScoreRow(int64_t document_id, std::string kind, const flag::ScoreResult& score,
                            const flag::ScoreResult& fraud);

}  // namespace ariadne::pipeline
