// Linking over a case: each document's text signature (per document, incremental) and the
// case-wide entity resolution (resolve.h) whose clusters, links and generic values are stored with
// a triage score per cluster. The pipeline calls both; `ariadne clusters` reads the result.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/status.h"
#include "link/phases.h"
#include "link/photos.h"
#include "link/resolve.h"
#include "store/case.h"

namespace ariadne::link {

// The row to store for a document: the MinHash signature of its text with every selector masked,
// without the site's footer (WithoutSiteFooter).
store::TextSignatureRow SignDocument(const Document& doc,
                                     const std::vector<store::StoredSelector>& selectors);

// `text` without its site's footer: the last paragraph (after the last blank line), when it names
// the site (`site`, its domain; "www." aside) and some text comes before it. A site's footer
// ("Listed on site.example. Never pay a fee for a job. Report an ad: help@site.example.") is the
// same on every ad of the site, whoever wrote the ad: it would make two short ads of unrelated
// advertisers near-identical.
std::string_view WithoutSiteFooter(std::string_view text, std::string_view site);

struct LinkSummary {
  int64_t documents = 0;
  int64_t clusters = 0;          // of two documents or more
  int64_t linked_documents = 0;  // documents in those clusters
  int64_t text_links = 0;        // stored: a spanning forest of the joining text pairs (resolve.h)
  int64_t text_pairs = 0;        // confirmed near-identical pairs
  int64_t generic_values = 0;
  int64_t largest_cluster = 0;
  // LinkNewDocuments: whether it linked incrementally, how many documents were new and how many it
  // re-resolved (the region), or why it linked the whole case instead.
  bool incremental = false;
  int64_t new_documents = 0;
  int64_t region_documents = 0;
  std::string full_because;
  // What the linkage now covers, for the passes that read it (the network flags): every document
  // up to `last_document`; the documents after `linked_after` were linked in this run. When
  // incremental, `region` lists (ascending) the documents re-resolved: no cluster, member row or
  // link of any other document changed (every cluster and link a region document was or is in
  // lies inside the region).
  int64_t linked_after = 0;
  int64_t last_document = 0;
  std::vector<int64_t> region;
  // When incremental, what the link read and wrote of the region, for the network flags to take
  // instead of reading it again (nothing else writes the case in between): the distinct contact
  // values (phone, e-mail, handle) of the region's documents, sorted; the region's links and
  // clusters (id -> documents, ascending) as now stored. Every link and cluster of a region
  // document is among them.
  std::vector<store::ContactValue> region_contacts;
  std::vector<store::StoredLink> region_links;
  std::map<int64_t, std::vector<int64_t>> region_clusters;
  // LinkNewDocuments with IncrementalOptions::pending_flags: it could not link incrementally and
  // linked nothing (full_because says why); the caller links the whole case (LinkCase).
  bool full_link_left = false;
  // Where the link spent its time, phase by phase (for link_bench).
  std::vector<Phase> phases;
};

// The triage parts of a cluster, after the UK approach (an ad is high risk when it is part of a
// network, shows control indicators and its account looks inauthentic): each part in [0, 1],
// the score 0-100 is their product-like combination, and every part says why.
struct TriageParts {
  double network = 0;
  double control = 0;
  double inauthentic = 0;
  std::string network_why, control_why, inauthentic_why;
};
int64_t TriageScore(const TriageParts& parts);

// Resolves the whole case and replaces its stored linkage in one transaction (call inside none);
// only rows that changed since the last run are written.
// Also records what it saw (schema v10 link_state) and writes the band index file
// (link-bands.bin, band_index.h), for LinkNewDocuments. Drops the network flags' pass record
// (pipeline/structural.h, pass_state "network"): they are computed from the linkage, so the next
// analysis recomputes them over the whole case.
Result<LinkSummary> LinkCase(store::Case& c, const ResolveOptions& options = {});

struct IncrementalOptions {
  // How many documents the stages the linkage reads (selectors, text signatures, flags) processed
  // before this link: more than the new documents means documents linked before were analysed
  // again (their contacts, signatures or flags may differ), and the whole case is linked. -1: none
  // were.
  int64_t analysed_documents = -1;
  // A region larger than this share of the case is resolved by a full link instead (cheaper).
  double max_region_share = 0.3;
  // Flags a pass computes beside the link (on another thread) and writes after it: the pipeline's
  // structural flags. When set, the link calls it once, on its own thread, before it reads the
  // region's flags (it may block until the pass knows them), and takes its answer in place of the
  // stored flags of those indicators on the documents it covers. Then the link reads nothing
  // through the case's own connection (the caller's thread uses it): the caller passes the case's
  // photo groups (PhotoGroups, read after the last image hash was written) in `photo_groups`, and
  // when the link cannot be incremental it links nothing and sets LinkSummary::full_link_left (the
  // caller writes its flags, then calls LinkCase).
  struct PendingFlags {
    std::vector<std::string> indicators;      // the pass's indicators
    bool whole_case = false;                  // the answer covers every document; else `scope`
    std::vector<int64_t> scope;               // ascending
    std::vector<store::FlagFamilyRow> flags;  // the pass's flags on the documents covered
  };
  std::function<Result<PendingFlags>()> pending_flags;
  const std::vector<PhotoGroupRow>* photo_groups = nullptr;
  // When set, called once on the link's thread as soon as the region is closed (before it is
  // resolved and written), with its documents (ascending, as LinkSummary::region will list them)
  // and the contact values they carry that the link does not hold generic (sorted, distinct): a
  // pass beside the link may read what it needs of those meanwhile (the link writes only linkage
  // rows). It must not block. Not called when the link is not incremental or links nothing new;
  // a call does not promise that the link stays incremental (it may still fall back).
  std::function<void(const std::vector<int64_t>& region,
                     const std::vector<store::ContactValue>& values)>
      region_closed;
};

// Links the documents added since the last link into the stored linkage without resolving the
// whole case. The region re-resolved is the new documents, their near-duplicate texts (the new
// documents' LSH band keys looked up in the band index file of the last full link, band_index.h,
// and confirmed like a full link), the documents sharing their contact values and photos, and then,
// until nothing is added, every document of the clusters, contact values (not generic, or generic
// as a service's contact: resolve.h, IsServiceWhy), stored links and photo groups reached, and the
// old texts of every LSH bucket the new texts push over max_bucket_pairs. A stored generic text
// group stays out of the region: a new near-identical text joins it, and the group (joined on
// nothing) is only counted anew. A text group the organisations rule kept apart over several
// clusters (Linkage::apart_texts, recorded by the full link) joins the region whole when one of its
// documents does, so that whether it is generic is judged on all its documents. Every piece of
// evidence of a region document therefore lies inside
// the region, and the region's buckets that are larger case-wide are compared as stars around the
// case's first document, as a full link compares them, so resolving it with the whole case's size
// gives the clusters a full link gives (see docs/case-format.md, "Incremental linking", for what
// may differ: weights of untouched clusters). Only the region's cluster, member, link and generic
// rows are rewritten. Falls back to LinkCase (and says why in full_because) when there is no record
// of a previous link (or it was an older version's, which recorded no text groups kept apart),
// documents linked before were analysed again, a generic contact value or text group could stop
// being generic, or the new documents or the region are too large a share of the case.
Result<LinkSummary> LinkNewDocuments(store::Case& c, const ResolveOptions& options = {},
                                     const IncrementalOptions& incremental = {});

}  // namespace ariadne::link
