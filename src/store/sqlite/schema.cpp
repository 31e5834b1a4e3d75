#include "store/sqlite/schema.h"

#include <fmt/format.h>

#include <array>

#include "core/text.h"

namespace ariadne::store::sqlite {

namespace {

// Append only: never edit a migration that has shipped, add the next one.
constexpr std::array<const char*, 19> kMigrations = {
    // v1: cases, blobs, imports with provenance, documents, images, problems, full-text index.
    R"sql(
CREATE TABLE case_info (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE blobs (
  sha256      TEXT PRIMARY KEY CHECK (length(sha256) = 64),
  size        INTEGER NOT NULL,
  stored_size INTEGER NOT NULL,
  media_type  TEXT,
  first_seen  TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE imports (
  id          INTEGER PRIMARY KEY,
  blob_sha256 TEXT NOT NULL REFERENCES blobs(sha256),
  file_name   TEXT NOT NULL,
  format      TEXT NOT NULL,
  options     TEXT NOT NULL DEFAULT '',
  status      TEXT NOT NULL CHECK (status IN ('running', 'complete')),
  next_offset INTEGER NOT NULL DEFAULT 0,
  next_line   INTEGER NOT NULL DEFAULT 1,
  imported    INTEGER NOT NULL DEFAULT 0,
  skipped     INTEGER NOT NULL DEFAULT 0,
  duplicated  INTEGER NOT NULL DEFAULT 0,
  started_at  TEXT NOT NULL,
  finished_at TEXT,
  UNIQUE (blob_sha256, format, options)
);

CREATE TABLE documents (
  id             INTEGER PRIMARY KEY,
  source_id      TEXT NOT NULL,
  site           TEXT NOT NULL DEFAULT '',
  url            TEXT,
  title          TEXT,
  text           TEXT NOT NULL,
  posted_at      TEXT,
  location       TEXT,
  lang           TEXT,
  region         TEXT,
  kind           TEXT CHECK (kind IN ('sex', 'labour')),
  attributes     TEXT NOT NULL DEFAULT '{}',
  content_sha256 TEXT NOT NULL,
  blob_sha256    TEXT NOT NULL REFERENCES blobs(sha256),
  import_id      INTEGER NOT NULL REFERENCES imports(id),
  line           INTEGER NOT NULL,
  byte_start     INTEGER NOT NULL,
  byte_end       INTEGER NOT NULL,
  imported_at    TEXT NOT NULL,
  UNIQUE (site, source_id, content_sha256)
);
CREATE INDEX documents_by_source_id ON documents(source_id);
CREATE INDEX documents_by_posted_at ON documents(posted_at);

CREATE TABLE document_images (
  document_id INTEGER NOT NULL REFERENCES documents(id),
  position    INTEGER NOT NULL,
  ref         TEXT NOT NULL,
  blob_sha256 TEXT REFERENCES blobs(sha256),
  status      TEXT NOT NULL CHECK (status IN ('stored', 'missing', 'remote')),
  PRIMARY KEY (document_id, position)
) WITHOUT ROWID;

CREATE TABLE import_problems (
  id          INTEGER PRIMARY KEY,
  import_id   INTEGER NOT NULL REFERENCES imports(id),
  line        INTEGER NOT NULL,
  byte_offset INTEGER NOT NULL,
  reason      TEXT NOT NULL
);

-- External-content full-text index over documents: accents and case folded (unicode61, remove_diacritics 2).
CREATE VIRTUAL TABLE documents_fts USING fts5(
  title, text, content='documents', content_rowid='id',
  tokenize = 'unicode61 remove_diacritics 2'
);
)sql",
    // v2: selectors found in documents, which analysis stage has seen which document, detected
    // language.
    R"sql(
ALTER TABLE documents ADD COLUMN detected_lang TEXT;

CREATE TABLE selectors (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id),
  type        TEXT NOT NULL,
  value       TEXT NOT NULL,
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  raw         TEXT NOT NULL,
  details     TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX selectors_by_value ON selectors(type, value);
CREATE INDEX selectors_by_document ON selectors(document_id);

CREATE TABLE document_stages (
  document_id INTEGER NOT NULL REFERENCES documents(id),
  stage       TEXT NOT NULL,
  version     INTEGER NOT NULL,
  done_at     TEXT NOT NULL,
  PRIMARY KEY (document_id, stage)
) WITHOUT ROWID;
)sql",
    // v3: red flags raised on documents (text rules per document, structural ones over the case)
    // and each document's explainable priority score.
    R"sql(
CREATE TABLE flags (
  id             INTEGER PRIMARY KEY,
  document_id    INTEGER NOT NULL REFERENCES documents(id),
  indicator      TEXT NOT NULL,
  revision       INTEGER NOT NULL,
  family         TEXT NOT NULL,
  tier           TEXT NOT NULL,
  category       TEXT NOT NULL,
  lang           TEXT NOT NULL DEFAULT '',
  spans          TEXT NOT NULL DEFAULT '[]',
  matched        TEXT NOT NULL DEFAULT '[]',
  evidence       TEXT NOT NULL DEFAULT '{}',
  why            TEXT NOT NULL,
  weight         INTEGER NOT NULL,
  from_candidate INTEGER NOT NULL DEFAULT 0,
  structural     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX flags_by_document ON flags(document_id);
CREATE INDEX flags_by_indicator ON flags(indicator);

CREATE TABLE document_scores (
  document_id   INTEGER PRIMARY KEY REFERENCES documents(id),
  kind          TEXT NOT NULL,
  score         INTEGER NOT NULL,
  band          TEXT NOT NULL,
  fraud_score   INTEGER NOT NULL,
  fraud_band    TEXT NOT NULL,
  contributions TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX document_scores_by_score ON document_scores(score);
)sql",
    // v4: linking. Each document's MinHash signature of its masked text (per document, kept), and
    // the case-wide result of entity resolution (replaced as a whole at each run): clusters with
    // their members and reasons, confirmed document-to-document links, generic values; and the
    // perceptual hash of every stored image.
    R"sql(
CREATE TABLE text_signatures (
  document_id INTEGER PRIMARY KEY REFERENCES documents(id),
  shingles    INTEGER NOT NULL,
  signature   BLOB NOT NULL
);

CREATE TABLE clusters (
  id        INTEGER PRIMARY KEY,
  size      INTEGER NOT NULL,
  evidence  REAL NOT NULL,
  score     INTEGER NOT NULL,
  band      TEXT NOT NULL,
  parts     TEXT NOT NULL DEFAULT '{}',
  reasons   TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX clusters_by_score ON clusters(score);

CREATE TABLE cluster_members (
  document_id INTEGER PRIMARY KEY REFERENCES documents(id),
  cluster_id  INTEGER NOT NULL
);
CREATE INDEX cluster_members_by_cluster ON cluster_members(cluster_id);

CREATE TABLE document_links (
  doc_a      INTEGER NOT NULL,
  doc_b      INTEGER NOT NULL,
  kind       TEXT NOT NULL,
  similarity REAL NOT NULL,
  PRIMARY KEY (doc_a, doc_b, kind)
) WITHOUT ROWID;
CREATE INDEX document_links_by_b ON document_links(doc_b);

-- Perceptual hashes (PDQ) of stored images, the 8 rotations and mirrors each, 32 bytes apiece;
-- an image that could not be decoded keeps its error and quality 0.
CREATE TABLE image_hashes (
  blob_sha256 TEXT PRIMARY KEY,
  quality     INTEGER NOT NULL,
  hashes      BLOB,
  error       TEXT
) WITHOUT ROWID;

CREATE TABLE generic_values (
  kind      TEXT NOT NULL,
  value     TEXT NOT NULL,
  documents INTEGER NOT NULL,
  why       TEXT NOT NULL,
  PRIMARY KEY (kind, value)
) WITHOUT ROWID;
)sql",
    // v5: custody (src/custody, docs/custody.md). The append-only, hash-chained custody log; signed
    // tree heads (checkpoints) over it; and each imported document's seal (the hash of the document
    // as imported), whose Merkle root per import is in that import's custody event.
    R"sql(
CREATE TABLE custody_events (
  seq          INTEGER PRIMARY KEY,
  time         TEXT NOT NULL,
  actor        TEXT NOT NULL,
  action       TEXT NOT NULL,
  object       TEXT NOT NULL DEFAULT '',
  hashes       TEXT NOT NULL DEFAULT '',
  details      TEXT NOT NULL DEFAULT '{}',
  tool_version TEXT NOT NULL,
  prev_hash    TEXT NOT NULL,
  hash         TEXT NOT NULL
);

CREATE TABLE custody_checkpoints (
  tree_size INTEGER PRIMARY KEY,
  root_hash TEXT NOT NULL,
  time      TEXT NOT NULL,
  key_id    TEXT NOT NULL,
  signature TEXT NOT NULL
);

CREATE TABLE document_seals (
  document_id INTEGER PRIMARY KEY,
  import_id   INTEGER NOT NULL,
  seal        TEXT NOT NULL
);
CREATE INDEX document_seals_by_import ON document_seals(import_id);
)sql",
    // v6: the crawler's runs, its frontier (so a killed crawl resumes), every fetch it made with
    // where the response is in the WARC
    // files, and what was observed of each ad over time (first and last seen, changes, removal).
    // Kept in store/sqlite/crawl_tables.cpp.
    R"sql(
CREATE TABLE crawl_runs (
  id             INTEGER PRIMARY KEY,
  job            TEXT NOT NULL,
  recipe         TEXT,
  recipe_version INTEGER,
  seeds          TEXT NOT NULL DEFAULT '[]',
  options        TEXT NOT NULL DEFAULT '{}',
  robots         TEXT NOT NULL CHECK (robots IN ('obeyed', 'ignored')),
  legal_basis    TEXT,
  status         TEXT NOT NULL CHECK (status IN ('running', 'complete', 'stopped')),
  started_at     TEXT NOT NULL,
  finished_at    TEXT,
  pages          INTEGER NOT NULL DEFAULT 0,
  errors         INTEGER NOT NULL DEFAULT 0,
  CHECK (robots = 'obeyed' OR length(legal_basis) > 0)
);
CREATE INDEX crawl_runs_by_job ON crawl_runs(job, status);

CREATE TABLE crawl_frontier (
  run_id    INTEGER NOT NULL REFERENCES crawl_runs(id),
  url       TEXT NOT NULL,
  role      TEXT NOT NULL CHECK (role IN ('listing', 'ad', 'page', 'image')),
  depth     INTEGER NOT NULL DEFAULT 0,
  redirects INTEGER NOT NULL DEFAULT 0,
  state     TEXT NOT NULL CHECK (state IN ('queued', 'done', 'failed', 'skipped')),
  seq       INTEGER NOT NULL,
  reason    TEXT,
  PRIMARY KEY (run_id, url)
) WITHOUT ROWID;
CREATE INDEX crawl_frontier_queued ON crawl_frontier(run_id, state, seq);

CREATE TABLE crawl_visits (
  id          INTEGER PRIMARY KEY,
  run_id      INTEGER NOT NULL REFERENCES crawl_runs(id),
  url         TEXT NOT NULL,
  role        TEXT NOT NULL,
  fetched_at  TEXT NOT NULL,
  http_status INTEGER,
  content_type TEXT,
  bytes       INTEGER NOT NULL DEFAULT 0,
  blob_sha256 TEXT REFERENCES blobs(sha256),
  warc_file   TEXT,
  warc_offset INTEGER,
  warc_length INTEGER,
  document_id INTEGER,
  outcome     TEXT NOT NULL,
  error       TEXT,
  duration_ms INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX crawl_visits_by_url ON crawl_visits(url);
CREATE INDEX crawl_visits_by_run ON crawl_visits(run_id);

CREATE TABLE ad_observations (
  site           TEXT NOT NULL,
  source_id      TEXT NOT NULL,
  job            TEXT NOT NULL,
  url            TEXT NOT NULL,
  first_seen     TEXT NOT NULL,
  last_seen      TEXT NOT NULL,
  last_run       INTEGER NOT NULL,
  content_sha256 TEXT NOT NULL,
  document_id    INTEGER,
  state          TEXT NOT NULL CHECK (state IN ('live', 'removed')),
  changes        INTEGER NOT NULL DEFAULT 0,
  removed_at     TEXT,
  PRIMARY KEY (site, source_id)
) WITHOUT ROWID;
CREATE INDEX ad_observations_by_job ON ad_observations(job, state);
CREATE INDEX ad_observations_by_url ON ad_observations(url);

CREATE TABLE ad_events (
  id          INTEGER PRIMARY KEY,
  run_id      INTEGER NOT NULL,
  site        TEXT NOT NULL,
  source_id   TEXT NOT NULL,
  url         TEXT NOT NULL,
  event       TEXT NOT NULL CHECK (event IN ('new', 'changed', 'removed', 'returned')),
  at          TEXT NOT NULL,
  document_id INTEGER
);
CREATE INDEX ad_events_by_ad ON ad_events(site, source_id);
)sql",
    // v7: public intake (src/intake, docs/intake.md). Anonymous tips with their consent record and
    // the keyed hash of their receipt code (never the code), the selectors each tip shares with ads
    // of the case, and job-ad checks kept only when the reader consented. Kept in
    // store/sqlite/tip_tables.cpp.
    R"sql(
CREATE TABLE tips (
  id              INTEGER PRIMARY KEY,
  receipt_hash    BLOB NOT NULL UNIQUE CHECK (length(receipt_hash) = 32),
  lang            TEXT NOT NULL,
  text            TEXT NOT NULL,
  contact         TEXT,
  status          TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_review', 'closed')),
  reply           TEXT,
  received_at     TEXT NOT NULL,
  updated_at      TEXT,
  updated_by      TEXT,
  consent_version TEXT NOT NULL,
  client_address  TEXT
);
CREATE INDEX tips_by_status ON tips(status, id);

CREATE TABLE tip_links (
  tip_id    INTEGER NOT NULL REFERENCES tips(id),
  type      TEXT NOT NULL,
  value     TEXT NOT NULL,
  start     INTEGER NOT NULL,
  end       INTEGER NOT NULL,
  documents TEXT NOT NULL DEFAULT '[]',
  clusters  TEXT NOT NULL DEFAULT '[]',
  PRIMARY KEY (tip_id, type, value)
) WITHOUT ROWID;

CREATE TABLE job_checks (
  id              INTEGER PRIMARY KEY,
  lang            TEXT NOT NULL,
  text            TEXT NOT NULL,
  advice          TEXT NOT NULL,
  consent_version TEXT NOT NULL,
  checked_at      TEXT NOT NULL
);
)sql",
    // v8 (server, issue 8; v7 is reserved for the public intake): analysts' decisions about ads
    // and clusters (each also a `decision` event in the custody log), and the indexes the web
    // workbench's facets, image checks and custody trails need. Kept in
    // store/sqlite/workbench_tables.cpp.
    R"sql(
CREATE TABLE decisions (
  id       INTEGER PRIMARY KEY,
  target   TEXT NOT NULL,
  decision TEXT NOT NULL CHECK (decision IN ('reviewed', 'not_a_concern', 'referred')),
  note     TEXT NOT NULL DEFAULT '',
  user     TEXT NOT NULL,
  time     TEXT NOT NULL
);
CREATE INDEX decisions_by_target ON decisions(target, id);
CREATE INDEX documents_by_site ON documents(site, posted_at);
CREATE INDEX documents_by_location ON documents(location);
CREATE INDEX document_images_by_blob ON document_images(blob_sha256);
CREATE INDEX custody_events_by_object ON custody_events(object);
)sql",
    // v9: the workbench's search on large cases (store/sqlite/fts.h). The indexes by document of
    // flags and selectors also hold the indicator and the type, so that a facet count or a flag or
    // selector-type filter reads only the index; the documents of a city come newest first. Each
    // replaces an index it extends (same lookups, no extra write).
    R"sql(
DROP INDEX flags_by_document;
CREATE INDEX flags_by_document_indicator ON flags(document_id, indicator);
DROP INDEX selectors_by_document;
CREATE INDEX selectors_by_document_type ON selectors(document_id, type);
DROP INDEX documents_by_location;
CREATE INDEX documents_by_location ON documents(location, posted_at);
)sql",
    // v10 (incremental linking, issue 5): what the last link saw, so that `analyze` re-resolves
    // only the region of the case that new documents touch (link/link_case.h). No row in
    // link_state: the next link is full.
    R"sql(
CREATE TABLE link_state (
  id             INTEGER PRIMARY KEY CHECK (id = 1),
  last_document  INTEGER NOT NULL,
  documents      INTEGER NOT NULL,
  full_documents INTEGER NOT NULL
);
CREATE TABLE link_generic_texts (
  document_id INTEGER PRIMARY KEY,
  text_group  INTEGER NOT NULL
);
CREATE INDEX link_generic_texts_by_group ON link_generic_texts(text_group);
)sql",
    // v11 (issue 8): the columns search filters on, reachable by document
    // id without reading the document's row (its text). A word search that also filters on a city
    // or a date checks thousands of matches this way; reading each row cost most of its time.
    R"sql(
CREATE INDEX documents_filter_probe
  ON documents(id, location, site, kind, posted_at, lang, detected_lang);
-- What the recruitment-fraud score adds up from, as `contributions` does for the other score
-- ('[]' until the document is analysed again).
ALTER TABLE document_scores ADD COLUMN fraud_contributions TEXT NOT NULL DEFAULT '[]';
)sql",
    // v12 (incremental linking speed, issue 5): which LSH band index file (link-bands.bin, written
    // by a full link; link/band_index.h) belongs to the stored linkage. NULL: none, an incremental
    // link reads every stored signature instead.
    R"sql(
ALTER TABLE link_state ADD COLUMN bands_token INTEGER;
ALTER TABLE link_state ADD COLUMN bands_last_document INTEGER;
)sql",
    // v13 (adding to a large case, issue 5): the documents a stage has done at a version, found
    // without walking every document (store/case_store.h, DoneThrough): analysing the few new
    // documents of an import no longer reads the whole documents table once per stage; and what
    // the case-wide passes saw last, so that they recompute only what new documents touch.
    R"sql(
CREATE INDEX document_stages_by_stage ON document_stages(stage, version, document_id);
-- What each case-wide pass saw when it last ran to the end (pipeline/structural.h): the next
-- run recomputes only what documents added since can change. No row: the next run is complete.
CREATE TABLE pass_state (
  pass          TEXT PRIMARY KEY,
  version       INTEGER NOT NULL,
  last_document INTEGER NOT NULL,
  generic       TEXT NOT NULL DEFAULT '[]'
);
)sql",
    // v14 (chat import speed, issue 6 item 6): the full-text index
    // leaves case.db for its own file, search.db (store/search_index.h), which a second connection
    // writes beside the import. The next search indexes the case's documents there.
    R"sql(
DROP TABLE documents_fts;
)sql",
    // v15 (chat import speed, issue 6 item 6): the check on
    // document_images.status compared with OR instead of IN: SQLite builds a throwaway b-tree for
    // a constant IN list of three at every row insert (2.3 microseconds a row: a tenth of the
    // storing thread of a chat with many attachments). Same values allowed; the table rebuilt.
    R"sql(
CREATE TABLE document_images_v15 (
  document_id INTEGER NOT NULL REFERENCES documents(id),
  position    INTEGER NOT NULL,
  ref         TEXT NOT NULL,
  blob_sha256 TEXT REFERENCES blobs(sha256),
  status      TEXT NOT NULL CHECK (status = 'stored' OR status = 'missing' OR status = 'remote'),
  PRIMARY KEY (document_id, position)
) WITHOUT ROWID;
INSERT INTO document_images_v15 (document_id, position, ref, blob_sha256, status)
  SELECT document_id, position, ref, blob_sha256, status FROM document_images;
DROP TABLE document_images;
ALTER TABLE document_images_v15 RENAME TO document_images;
CREATE INDEX document_images_by_blob ON document_images(blob_sha256);
)sql",
    // v16 (incremental linking speed, issue 5 item 8): the clusters' sizes in an index of their
    // own. Every link ends by counting
    // the clusters, the documents in them and the largest (LinkSummary); without it that read
    // every cluster's row with its JSON (96 MB at 1M ads, 0.2-0.6 s of an incremental link's wall
    // time), with it the index alone.
    R"sql(
CREATE INDEX clusters_by_size ON clusters(size);
)sql",
    // v17 (adding to a large case, issue 5 item 8): no index by source id alone. Every import
    // inserted each new document there at a random place (source ids are the sites' own), and
    // only `ariadne show --id` without --site read it; that lookup now walks the case's few sites
    // and seeks each one's (site, source id) in the unique index, which the import keeps anyway.
    R"sql(
DROP INDEX documents_by_source_id;
)sql",
    // v18 (adding to a large case, issue 5 item 8): each document's detected language in a narrow
    // table of its own. Setting it in documents.detected_lang rewrote the whole document row (its
    // text) and its entry in documents_filter_probe for every document analysed. The languages
    // detected before move here (read from the index, not the rows) and hold until the document
    // is analysed again; documents.detected_lang is no longer read or written.
    R"sql(
CREATE TABLE document_langs (
  document_id INTEGER PRIMARY KEY REFERENCES documents(id),
  lang        TEXT NOT NULL
);
INSERT INTO document_langs (document_id, lang)
  SELECT id, detected_lang FROM documents INDEXED BY documents_filter_probe
  WHERE detected_lang IS NOT NULL AND detected_lang <> '';
)sql",
    // v19 (linking quality, issue 5 item 7): each document's sentences by line beside its text
    // signature (link/skeleton.h), for the template-skeleton evidence (a site's documents are read
    // together, through documents_by_site). Empty until the text stage runs again (its version
    // rose). The skeleton pairs a link found, by site, so that an incremental link re-resolves the
    // documents of the pairs that appear or go.
    R"sql(
ALTER TABLE text_signatures ADD COLUMN skeleton BLOB NOT NULL DEFAULT x'';
CREATE TABLE link_skeleton_pairs (
  site    TEXT NOT NULL,
  doc_a   INTEGER NOT NULL,
  doc_b   INTEGER NOT NULL,
  words   INTEGER NOT NULL,
  lines   INTEGER NOT NULL,
  jaccard REAL NOT NULL,
  PRIMARY KEY (site, doc_a, doc_b)
) WITHOUT ROWID;
)sql",
};

}  // namespace

int CurrentSchemaVersion() {
  return static_cast<int>(kMigrations.size());
}

Result<int> SchemaVersion(Db& db) {
  ARIADNE_RETURN_IF_ERROR(
      db.Exec("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at "
              "TEXT NOT NULL)"));
  Result<Statement> st = db.Prepare("SELECT coalesce(max(version), 0) FROM schema_version");
  if (!st.ok()) return st.status();
  Result<bool> row = st->Step();
  if (!row.ok()) return row.status();
  return static_cast<int>(st->Int(0));
}

Status Migrate(Db& db) {
  ARIADNE_RETURN_IF_ERROR(db.Exec("BEGIN IMMEDIATE"));
  auto fail = [&](Status s) {
    (void)db.Exec("ROLLBACK");
    return s;
  };
  Result<int> version = SchemaVersion(db);
  if (!version.ok()) return fail(version.status());
  if (*version > CurrentSchemaVersion()) {
    return fail(Corrupt(fmt::format(
        "{}: the case has schema version {} but this Ariadne knows only up to {}: upgrade Ariadne",
        db.path(), *version, CurrentSchemaVersion())));
  }
  for (int v = *version + 1; v <= CurrentSchemaVersion(); ++v) {
    Status s = db.Exec(kMigrations[static_cast<size_t>(v - 1)]);
    if (!s.ok()) return fail(s);
    Result<Statement> st =
        db.Prepare("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)");
    if (!st.ok()) return fail(st.status());
    s = st->Bind(1, int64_t{v}).Bind(2, UtcNowIso8601()).Run();
    if (!s.ok()) return fail(s);
  }
  return db.Exec("COMMIT");
}

}  // namespace ariadne::store::sqlite
