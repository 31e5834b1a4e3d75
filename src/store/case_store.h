// The CaseStore interface: everything Ariadne keeps about a case except the original bytes (those
// are in the BlobStore). Backends: sqlite/ (embedded default, one file per case) and, later,
// postgres/ (server mode). Callers never see SQL. Writes happen between Begin() and Commit(): a
// process killed in between leaves the case exactly as it was at the last Commit(). One CaseStore
// object per thread.
#pragma once

#include <compare>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/document.h"
#include "core/status.h"
#include "store/blob_store.h"
#include "store/search_query.h"

namespace ariadne::store {

// Who the case is for and why it exists: required at creation (data protection starts here).
struct CaseInfo {
  std::string name;
  std::string purpose;
  std::string legal_basis;
  int64_t retention_days = 0;
  std::string
      region;  // ISO 3166-1 alpha-2 default for reading national phone numbers; may be empty
  std::string created_at;
  std::string tool_version;
  int schema_version = 0;
};

struct CaseCounts {
  int64_t documents = 0;
  int64_t blobs = 0;
  int64_t blob_bytes = 0;
  int64_t imports = 0;
  int64_t images = 0;          // image references on documents
  int64_t images_missing = 0;  // references whose file was not found at import
  int64_t problems = 0;        // input anomalies recorded at import
};

// One import of one file in one format with one set of options. `next_offset`/`next_line` say where
// to resume when status is "running" (a process was killed or failed mid-import).
struct ImportRecord {
  int64_t id = 0;
  std::string blob_sha256;
  std::string file_name;
  std::string format;
  std::string
      options;  // canonical text of the options that change the result (e.g. a CSV column map)
  std::string status;  // "running" or "complete"
  int64_t next_offset = 0;
  int64_t next_line = 1;
  int64_t imported = 0;
  int64_t skipped = 0;
  int64_t duplicated = 0;
  std::string started_at;
  std::string finished_at;
};

// An anomaly in the input, recorded and counted, never a crash (after Zeek's Weird()).
struct ImportProblem {
  int64_t import_id = 0;
  int64_t line = 0;
  int64_t byte_offset = 0;
  std::string reason;
};

enum class InsertOutcome { kInserted, kDuplicate };

struct SearchHit {
  int64_t id = 0;
  std::string source_id;
  std::string site;
  std::string title;
  std::string posted_at;
  std::string lang;
  std::string kind;
  std::string snippet;  // matched words between kHighlightOpen and kHighlightClose markers
  double rank = 0;      // lower is better (BM25 as SQLite reports it)
};

struct SearchResults {
  std::vector<SearchHit> hits;
  int64_t total = 0;  // matches before --limit
};

// Markers around matched words in snippets: control characters that can never occur in stored text
// (imports strip them), so the presenter can turn them into bold, <mark> or JSON fields safely.
inline constexpr char kHighlightOpen = '\x02';
inline constexpr char kHighlightClose = '\x03';

struct NamedCount {
  std::string name;
  int64_t count = 0;
};

// Of a site's latest adult records (kind "sex"), how many were read and how many carry an age
// field of their own (an "age" attribute).
struct AgeFieldShare {
  int64_t records = 0;
  int64_t with_age = 0;
};

struct WeeklySiteCount {
  std::string week_start;  // the Monday, YYYY-MM-DD
  std::string site;
  int64_t count = 0;
};

// A selector as stored: found in one document at [start, end) of its text.
struct StoredSelector {
  int64_t document_id = 0;
  std::string type;
  std::string value;
  int64_t start = 0;
  int64_t end = 0;
  std::string raw;
  std::string details_json = "{}";
};

// One selector value across the case.
struct SelectorSummary {
  std::string type;
  std::string value;
  int64_t documents = 0;    // distinct documents that contain it
  int64_t occurrences = 0;  // times it was found
  std::string first_seen;   // earliest posted_at of those documents ("" when none is dated)
  std::string last_seen;
  std::vector<int64_t> document_ids;  // the first few, by id
};

// A red flag as stored: one indicator raised on one document. Text flags come from the rule packs
// (per document); structural flags from the whole case (shared contacts, reused templates).
struct StoredFlag {
  int64_t document_id = 0;
  std::string indicator;  // the knowledge base's id, e.g. "J-FEE"
  int64_t revision = 0;   // of the indicator's rule when it was raised
  std::string family;     // NET, CTL, AUT, DEC, EXP, OBF, INF
  std::string tier;       // T0-T3
  std::string category;   // "trafficking" or "fraud"
  std::string lang;
  std::string spans_json = "[]";     // [[start, end], ...]: byte offsets into the document text
  std::string matched_json = "[]";   // the words as written in the document
  std::string evidence_json = "{}";  // structural: {"value": shared value, "documents": [ids]}
  std::string why;                   // one line
  int64_t weight = 0;
  bool from_candidate = false;  // raised by a not yet validated term (rule R15)
  bool structural = false;
};

// A document's priority for review (never a verdict) and the contributions it adds up from.
struct StoredScore {
  int64_t document_id = 0;
  std::string kind;  // "sex", "labour" or "unknown"
  int64_t score = 0;
  std::string band;
  int64_t fraud_score = 0;
  std::string fraud_band;
  std::string contributions_json = "[]";
  std::string fraud_contributions_json = "[]";  // what fraud_score adds up from
};

// How often an indicator is raised in the case: its base rate (rule R3).
struct FlagSummary {
  std::string indicator;
  std::string family;
  std::string tier;
  int64_t documents = 0;     // documents with the flag
  int64_t of_documents = 0;  // documents analysed for flags
};

// A document carrying a contact value shared with others (for structural indicators).
struct ContactUse {
  int64_t document_id = 0;
  std::string posted_at;   // "" when undated
  std::string stated_age;  // the document's first age selector, "" when none
  std::string kind;        // "sex", "labour" or ""
};

// A contact value (phone, e-mail, handle) and every document that carries it, by posted date.
struct SharedContact {
  std::string type;
  std::string value;
  std::vector<ContactUse> uses;
};

// A contact value: its type (phone, email, handle) and value.
struct ContactValue {
  std::string type;
  std::string value;
  auto operator<=>(const ContactValue&) const = default;
};

// What a case-wide analysis pass (pipeline/structural.h) saw when it last ran to the end, so that
// the next run recomputes only what the documents added since can change.
struct PassState {
  std::string pass;                   // e.g. "structural"
  int64_t version = 0;                // of the pass's indicators and options
  int64_t last_document = 0;          // highest document id it saw
  std::vector<ContactValue> generic;  // the contact values it held generic
};

// A document's MinHash signature (link/minhash.h) of its masked text.
struct TextSignatureRow {
  int64_t document_id = 0;
  int64_t shingles = 0;
  std::string signature;  // bytes
};

// A contact selector (phone, e-mail, handle) of one document; the views are valid during the visit.
struct ContactRow {
  int64_t document_id = 0;
  std::string_view type;
  std::string_view value;
  // Where the value stands (link/quoted.h, from the selector's details): `quoted` why when under a
  // related-listings heading, the folded words of its `segment`, the document's `opening` words;
  // each empty when not recorded.
  std::string_view quoted;
  std::string_view segment;
  std::string_view opening;
};
// The SQL columns that read ContactRow's quoted, segment and opening from a `details` column of
// selectors (NULL, read as empty, when absent).
inline constexpr std::string_view kContactPlaceColumns =
    "json_extract(details, '$.quoted'), json_extract(details, '$.segment'), "
    "json_extract(details, '$.opening')";

// A flag's family on a document (for cluster triage: control and inauthenticity parts).
struct FlagFamilyRow {
  int64_t document_id = 0;
  std::string indicator;
  std::string family;
};

// A cluster of linked documents: its id is its smallest document id (stable while that document
// stays in it), its triage score ranks it for review (never a verdict), `parts_json` and
// `reasons_json` say why.
struct StoredCluster {
  int64_t id = 0;
  int64_t size = 0;
  double evidence = 0;
  int64_t score = 0;
  std::string band;
  std::string parts_json = "{}";
  std::string reasons_json = "[]";  // [{"kind","value","documents":[ids],"weight"}]
  std::vector<int64_t> documents;
};

// A confirmed document-to-document link: near-identical text or the same photo.
struct StoredLink {
  int64_t a = 0;
  int64_t b = 0;
  std::string kind;
  double similarity = 0;
};

// A value recognised as shared by unrelated documents, shown instead of linked on.
struct StoredGeneric {
  std::string kind;
  std::string value;
  int64_t documents = 0;
  std::string why;
};

// The perceptual hashes of one stored image (pdq/): 8 variants of 32 bytes, or an error.
struct ImageHashRow {
  std::string blob_sha256;
  int64_t quality = 0;
  std::string hashes;  // bytes; empty with an error
  std::string error;
};

// An image hash as used by a document.
struct DocumentImageHash {
  int64_t document_id = 0;
  std::string blob_sha256;
  int64_t quality = 0;
  std::string hashes;
};

// What lists of documents show: enough to recognise an ad.
struct DocumentHeader {
  int64_t id = 0;
  std::string source_id;
  std::string site;
  std::string posted_at;
  std::string location;
  std::string title;
  std::string kind;
};

// A document field that can be counted (CountBy).
enum class Facet { kSite, kLang, kKind, kLocation };

class CaseStore {
 public:
  virtual ~CaseStore() = default;

  virtual Result<CaseInfo> Info() = 0;
  virtual Result<CaseCounts> Counts() = 0;
  // Makes the query running on this store's connection, if any, end soon with an error. The one
  // call that may come from another thread, while the store is open (a server stopping while a
  // long scan runs).
  virtual void Interrupt() = 0;

  virtual Status Begin() = 0;  // a write transaction
  // A read transaction (Commit ends it): its reads see one state of the case and take the
  // database's locks once, not once per statement; writers are not kept waiting.
  virtual Status BeginRead() = 0;
  virtual Status Commit() = 0;
  virtual void Rollback() = 0;

  // Records that a blob exists (idempotent). `media_type` is a MIME type or empty.
  virtual Status RecordBlob(const BlobInfo& blob, std::string_view media_type) = 0;
  // The import of this blob in this format with these options, if one was started before.
  virtual Result<std::optional<ImportRecord>> FindImport(std::string_view blob_sha256,
                                                         std::string_view format,
                                                         std::string_view options) = 0;
  // Creates an import record (status "running") and returns its id.
  virtual Result<int64_t> StartImport(const ImportRecord& record) = 0;
  // Saves progress, counts, status and finished_at of an import.
  virtual Status UpdateImport(const ImportRecord& record) = 0;
  virtual Result<std::vector<ImportRecord>> Imports() = 0;
  // Whether any import of this case read an original of exactly `size` bytes (a cheap test before
  // hashing a large file to find whether it is a repeat).
  virtual Result<bool> ImportedAnOriginalOfSize(int64_t size) = 0;
  virtual Status RecordProblem(const ImportProblem& problem) = 0;
  // Records `problems` in their order, as RecordProblem would one by one (the same rows and ids);
  // a backend may write them together (SQLite: multi-row INSERTs, where one INSERT per row cost
  // some 4,500 instructions; an export that left its media out has a problem per attachment).
  virtual Status RecordProblems(std::span<const ImportProblem> problems) {
    for (const ImportProblem& p : problems) ARIADNE_RETURN_IF_ERROR(RecordProblem(p));
    return Status::Ok();
  }
  virtual Result<std::vector<ImportProblem>> Problems(int64_t import_id) = 0;

  // Stores a document with its images and indexes it for search. A document is a duplicate when one
  // with the same site, source id and content is already stored; then nothing is written. Sets
  // `doc.id`.
  virtual Result<InsertOutcome> InsertDocument(Document& doc, int64_t import_id) = 0;
  virtual Result<Document> GetDocument(int64_t id) = 0;
  // Case ids of documents with this source id (on this site, when `site` is not empty).
  virtual Result<std::vector<int64_t>> FindBySourceId(std::string_view source_id,
                                                      std::string_view site) = 0;

  virtual Result<SearchResults> Search(const SearchQuery& query) = 0;

  // The most frequent values of a field, most frequent first, at most `limit`.
  virtual Result<std::vector<NamedCount>> CountBy(Facet facet, int limit) = 0;
  // Documents per ISO week (by posted date) and site, oldest first.
  virtual Result<std::vector<WeeklySiteCount>> WeeklyBySite() = 0;
  // A few documents spread over the case, for reports: the newest `limit`.
  virtual Result<std::vector<Document>> Sample(int limit) = 0;
  // Of `site`'s latest `sample` adult records by posting time, those with an age field.
  virtual Result<AgeFieldShare> AdultAgeFieldShare(std::string_view site, int64_t sample) = 0;

  // Analysis stages (pipeline): documents not yet processed by `stage` at `version`, with id above
  // `after_id`, in id order, at most `limit`.
  virtual Result<std::vector<Document>> DocumentsPendingStage(std::string_view stage, int version,
                                                              int64_t after_id, int limit) = 0;
  // How many documents with id above `after_id` are pending.
  virtual Result<int64_t> CountPendingStage(std::string_view stage, int version,
                                            int64_t after_id = 0) = 0;
  // An id up to which every document is done by `stage` at `version` and after which none is, so
  // that the pending documents are exactly those after it (the usual case: the new documents of
  // an import); 0 when the done documents are not such a prefix. Costs an index probe and a count
  // of the stage's done rows, never a walk over the documents.
  virtual Result<int64_t> DoneThrough(std::string_view stage, int version) = 0;
  virtual Status MarkStageDone(int64_t document_id, std::string_view stage, int version) = 0;
  // The same for many documents at once (one statement: a batch of a stage costs one call).
  virtual Status MarkStageDone(const std::vector<int64_t>& document_ids, std::string_view stage,
                               int version) = 0;
  // Forgets `stage`'s done rows of every version other than `version`. The pipeline keeps most of
  // a stage's progress as a watermark (pass_state) rather than rows; it calls this when the
  // stage's version changed, so that rows of an older version cannot later pass for work done.
  virtual Status ForgetStageDoneExcept(std::string_view stage, int version) = 0;
  virtual Status SetDetectedLanguage(int64_t document_id, std::string_view lang) = 0;

  // Replaces every selector of the document (re-running a stage gives the same rows, never
  // doubles).
  virtual Status ReplaceSelectors(int64_t document_id,
                                  const std::vector<StoredSelector>& selectors) = 0;
  virtual Result<std::vector<StoredSelector>> SelectorsOf(int64_t document_id) = 0;
  // The distinct (document, value) pairs of the selectors of `type` on these documents, by
  // document then value: one query for a set of documents instead of one each.
  virtual Result<std::vector<std::pair<int64_t, std::string>>> SelectorValuesOf(
      const std::vector<int64_t>& documents, std::string_view type) = 0;
  // The selectors of every document with an id from `first` to `last`, by document id, each
  // document's in SelectorsOf's order: one query for a batch of documents instead of one each.
  virtual Result<std::vector<StoredSelector>> SelectorsOfDocuments(int64_t first, int64_t last) = 0;
  // Selector values (of `type`, or all types when empty) found in at least `min_documents`
  // documents, most documents first, at most `limit`.
  virtual Result<std::vector<SelectorSummary>> SelectorSummaries(std::string_view type,
                                                                 int64_t min_documents,
                                                                 int limit) = 0;
  virtual Result<std::vector<NamedCount>> SelectorCountsByType() = 0;

  // Replaces the text flags (not the structural ones) of a document.
  virtual Status ReplaceTextFlags(int64_t document_id, const std::vector<StoredFlag>& flags) = 0;
  // Replaces every structural flag of the case: they are computed over the whole case at once.
  virtual Status ReplaceStructuralFlags(const std::vector<StoredFlag>& flags) = 0;
  // The structural flags of these indicators over the whole case, by document (then as stored).
  virtual Result<std::vector<StoredFlag>> StructuralFlagsOf(
      const std::vector<std::string>& indicators) = 0;
  // Replaces the structural flags of these indicators on these documents only with `flags` (each
  // of which is on one of them): each case-wide pass owns its own indicators, and writes only the
  // documents whose flags changed.
  virtual Status ReplaceStructuralFlagsOn(const std::vector<int64_t>& documents,
                                          const std::vector<std::string>& indicators,
                                          const std::vector<StoredFlag>& flags) = 0;
  // Every flag of the document, text and structural, by indicator.
  virtual Result<std::vector<StoredFlag>> FlagsOf(int64_t document_id) = 0;
  virtual Status SetScore(const StoredScore& score) = 0;
  virtual Result<std::optional<StoredScore>> ScoreOf(int64_t document_id) = 0;
  // Per indicator, the documents it was raised on, most first; `of_documents` counts the documents
  // the flag stage has seen.
  virtual Result<std::vector<FlagSummary>> FlagSummaries() = 0;
  // Documents by priority: highest score first, at most `limit`.
  virtual Result<std::vector<StoredScore>> TopScores(int limit) = 0;
  // Calls `visit` for each contact value (phone, e-mail, handle) found in at least
  // `min_documents` documents, one value at a time (memory stays bounded by the largest group).
  virtual Status ForEachSharedContact(int64_t min_documents,
                                      const std::function<Status(const SharedContact&)>& visit) = 0;
  // As ForEachSharedContact, for these values only (whatever their number of documents).
  virtual Status ForEachContactOf(const std::vector<ContactValue>& values,
                                  const std::function<Status(const SharedContact&)>& visit) = 0;
  // The contact values (phone, e-mail, handle) of the documents after `after_id`, or of these
  // documents; distinct, sorted.
  virtual Result<std::vector<ContactValue>> ContactValuesAfter(int64_t after_id) = 0;
  virtual Result<std::vector<ContactValue>> ContactValuesOf(
      const std::vector<int64_t>& documents) = 0;
  // Every document's date, place and first stated age ("" when it has none), in id order: what
  // the network flags compare, read in one pass instead of a look-up per document.
  virtual Status ForEachDocumentSighting(
      const std::function<Status(int64_t id, std::string_view posted_at, std::string_view location,
                                 std::string_view stated_age)>& visit) = 0;
  // The highest document id (0: no documents).
  virtual Result<int64_t> LastDocumentId() = 0;
  // How many documents the case holds (what count(*) says), without counting every index entry
  // of a large case (0.3 s wall at 1M on a shared machine, twice per analysis): the last link's
  // count (link_state) plus the documents after the last one it linked. Documents are never
  // removed from a case (link/link_case.cpp relies on it too); never linked: count(*).
  virtual Result<int64_t> DocumentCount() = 0;
  // A case-wide pass's record (none: it never ran to the end, or its record was dropped).
  virtual Result<std::optional<PassState>> GetPassState(std::string_view pass) = 0;
  virtual Status PutPassState(const PassState& state) = 0;
  // Documents per priority band ("high", "medium", "low").
  virtual Result<std::vector<NamedCount>> ScoreBands() = 0;

  // Linking (link/). Signatures are kept per document; the linkage (clusters, links, generic
  // values) is replaced as a whole by ReplaceLinkage.
  virtual Status PutTextSignature(const TextSignatureRow& row) = 0;
  // Stored images not hashed yet, at most `limit`.
  virtual Result<std::vector<std::string>> ImagesWithoutHash(int limit) = 0;
  virtual Status PutImageHash(const ImageHashRow& row) = 0;
  // Every (document, hashed image) pair whose image has at least `min_quality`.
  virtual Status ForEachDocumentImageHash(
      int64_t min_quality, const std::function<Status(const DocumentImageHash&)>& visit) = 0;
  // Every phone, e-mail and handle selector, in no particular order; a value found twice in one
  // document may be visited twice.
  virtual Status ForEachContact(const std::function<Status(const ContactRow&)>& visit) = 0;
  // Every distinct (document, indicator, family) of the flags of these families or indicators.
  virtual Status ForEachFlagFamily(const std::vector<std::string>& families,
                                   const std::vector<std::string>& indicators,
                                   const std::function<Status(const FlagFamilyRow&)>& visit) = 0;
  // Every document id, ascending.
  virtual Result<std::vector<int64_t>> DocumentIds() = 0;
  virtual Result<std::vector<DocumentHeader>> DocumentHeaders(const std::vector<int64_t>& ids) = 0;
  // Makes the stored linkage equal to these rows (writing only the rows that differ); call it
  // inside a transaction. Links are stored once per (a, b, kind).
  virtual Status ReplaceLinkage(const std::vector<StoredCluster>& clusters,
                                const std::vector<StoredLink>& links,
                                const std::vector<StoredGeneric>& generic) = 0;
  // Clusters with at least `min_size` documents, highest score first, at most `limit`, with their
  // documents.
  virtual Result<std::vector<StoredCluster>> Clusters(int64_t min_size, int limit) = 0;
  virtual Result<std::optional<StoredCluster>> ClusterById(int64_t id) = 0;
  // The cluster a document is in, if any.
  virtual Result<std::optional<int64_t>> ClusterIdOf(int64_t document_id) = 0;
  // Links touching any of `document_ids` (all links when empty).
  virtual Result<std::vector<StoredLink>> DocumentLinks(
      const std::vector<int64_t>& document_ids) = 0;
  virtual Result<std::vector<StoredGeneric>> GenericValues() = 0;
  // Documents carrying a contact value.
  virtual Result<std::vector<int64_t>> DocumentsWithContact(std::string_view type,
                                                            std::string_view value) = 0;

  // Batched reads of a set of documents (the case-wide passes recompute a few thousand of a large
  // case's documents: one query for all of them instead of one per document). Unknown ids are
  // skipped; an empty set reads nothing.
  // As ForEachDocumentSighting, for these documents only (in id order).
  virtual Status ForEachSightingOf(
      const std::vector<int64_t>& documents,
      const std::function<Status(int64_t id, std::string_view posted_at, std::string_view location,
                                 std::string_view stated_age)>& visit) = 0;
  // The clusters holding any of these documents: cluster id -> all its documents, ascending.
  virtual Result<std::map<int64_t, std::vector<int64_t>>> ClusterMembersOf(
      const std::vector<int64_t>& documents) = 0;
  // The structural flags of these indicators on these documents, by document (then as stored).
  virtual Result<std::vector<StoredFlag>> StructuralFlagsOn(
      const std::vector<int64_t>& documents, const std::vector<std::string>& indicators) = 0;
  // The indicator of every flag on these documents, text and structural, by document, then
  // indicator, text flags before structural ones, then as stored: what re-scoring reads of them.
  virtual Status ForEachFlagIndicatorOf(
      const std::vector<int64_t>& documents,
      const std::function<Status(int64_t document_id, std::string_view indicator,
                                 bool from_candidate)>& visit) = 0;
  // The scores of these documents (of those that have one), by document.
  virtual Result<std::vector<StoredScore>> ScoresOf(const std::vector<int64_t>& documents) = 0;
  // The job ads among these documents (kind "labour", or no kind and scored as a labour ad by the
  // flag stage), with their attributes (a JSON object), in id order: what J-REPOST reads of them
  // (their text is never read).
  virtual Status ForEachJobAdOf(
      const std::vector<int64_t>& documents,
      const std::function<Status(int64_t id, std::string_view attributes_json)>& visit) = 0;
};

}  // namespace ariadne::store
