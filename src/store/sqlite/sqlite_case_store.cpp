#include "store/sqlite/sqlite_case_store.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstring>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <span>
#include <tuple>
#include <unordered_map>

#include "core/sha256.h"
#include "core/text.h"
#include "store/chat_segment.h"
#include "store/contact_kinds.h"
#include "store/sqlite/fts.h"
#include "store/sqlite/schema.h"
#include "store/sqlite/search_index.h"
#include "store/sqlite/sqlite_db.h"

namespace ariadne::store::sqlite {

namespace {

// Rows one multi-row INSERT writes, largest first: a bulk insert is cut into as many of the
// largest as fit, then smaller ones (a statement each size, prepared once). One row per INSERT
// cost some 4,500 instructions of statement overhead per row.
constexpr int kRowsPerInsert[] = {64, 16, 4, 1};
constexpr size_t kRowSizes = std::size(kRowsPerInsert);

// The index in kRowsPerInsert of the largest statement that fits `remaining` (> 0) rows.
size_t RowSizeFor(size_t remaining) {
  size_t k = 0;
  while (static_cast<size_t>(kRowsPerInsert[k]) > remaining) ++k;
  return k;
}

// "`head` VALUES (?, ?), (?, ?)": an INSERT of `rows` rows of `columns` values each.
std::string MultiRowInsertSql(std::string_view head, int columns, int rows) {
  std::string sql(head);
  sql += " VALUES ";
  for (int r = 0; r < rows; ++r) {
    sql += r == 0 ? "(" : ", (";
    for (int c = 0; c < columns; ++c) sql += c == 0 ? "?" : ", ?";
    sql += ')';
  }
  return sql;
}

class SqliteCaseStore final : public CaseStore {
 public:
  explicit SqliteCaseStore(std::unique_ptr<Db> db) : db_(std::move(db)) {}
  Db& db() { return *db_; }

  Result<CaseInfo> Info() override {
    auto st = Prep("SELECT key, value FROM case_info");
    if (!st.ok()) return st.status();
    std::map<std::string, std::string> kv;
    if (Status s = (*st)->ForEachRow([&] { kv[(*st)->Text(0)] = (*st)->Text(1); }); !s.ok()) {
      return s;
    }
    CaseInfo info;
    info.name = kv["name"];
    info.purpose = kv["purpose"];
    info.legal_basis = kv["legal_basis"];
    info.retention_days = std::atoll(kv["retention_days"].c_str());
    info.region = kv["region"];
    info.created_at = kv["created_at"];
    info.tool_version = kv["tool_version"];
    Result<int> v = SchemaVersion(*db_);
    if (!v.ok()) return v.status();
    info.schema_version = *v;
    return info;
  }

  Status WriteInfo(const CaseInfo& info) {
    auto st = Prep("INSERT OR REPLACE INTO case_info (key, value) VALUES (?, ?)");
    if (!st.ok()) return st.status();
    const std::pair<const char*, std::string> rows[] = {
        {"name", info.name},
        {"purpose", info.purpose},
        {"legal_basis", info.legal_basis},
        {"retention_days", std::to_string(info.retention_days)},
        {"region", info.region},
        {"created_at", info.created_at},
        {"tool_version", info.tool_version},
    };
    for (const auto& [key, value] : rows) {
      ARIADNE_RETURN_IF_ERROR((*st)->Bind(1, std::string_view(key)).Bind(2, value).Run());
    }
    return Status::Ok();
  }

  void Interrupt() override {
    db_->Interrupt();
    if (Db* search = search_conn_.load(); search != nullptr) search->Interrupt();
  }

  Result<CaseCounts> Counts() override {
    CaseCounts c;
    const std::pair<const char*, int64_t*> queries[] = {
        {"SELECT count(*) FROM documents", &c.documents},
        {"SELECT count(*) FROM blobs", &c.blobs},
        {"SELECT coalesce(sum(size), 0) FROM blobs", &c.blob_bytes},
        {"SELECT count(*) FROM imports", &c.imports},
        {"SELECT count(*) FROM document_images", &c.images},
        {"SELECT count(*) FROM document_images WHERE status = 'missing'", &c.images_missing},
        {"SELECT count(*) FROM import_problems", &c.problems},
    };
    for (const auto& [sql, out] : queries) {
      Result<int64_t> v = ScalarInt(sql);
      if (!v.ok()) return v.status();
      *out = *v;
    }
    return c;
  }

  Status Begin() override {
    last_with_rows_.reset();
    return db_->Exec("BEGIN IMMEDIATE");
  }
  Status BeginRead() override {
    last_with_rows_.reset();
    return db_->Exec("BEGIN");
  }
  Status Commit() override {
    last_with_rows_.reset();
    return db_->Exec("COMMIT");
  }
  void Rollback() override {
    last_with_rows_.reset();
    (void)db_->Exec("ROLLBACK");
  }

  Status RecordBlob(const BlobInfo& blob, std::string_view media_type) override {
    auto st = Prep(
        "INSERT OR IGNORE INTO blobs (sha256, size, stored_size, media_type, first_seen) "
        "VALUES (?, ?, ?, ?, ?)");
    if (!st.ok()) return st.status();
    return (*st)
        ->Bind(1, blob.sha256)
        .Bind(2, blob.size)
        .Bind(3, blob.stored_size)
        .BindOptional(4, media_type)
        .Bind(5, UtcNowIso8601())
        .Run();
  }

  Result<std::optional<ImportRecord>> FindImport(std::string_view blob_sha256,
                                                 std::string_view format,
                                                 std::string_view options) override {
    auto st =
        Prep(std::string(kImportColumns) + " WHERE blob_sha256 = ? AND format = ? AND options = ?");
    if (!st.ok()) return st.status();
    (*st)->Bind(1, blob_sha256).Bind(2, format).Bind(3, options);
    Result<bool> row = (*st)->Step();
    if (!row.ok()) return row.status();
    std::optional<ImportRecord> out;
    if (*row) out = ReadImport(**st);
    (*st)->Reset();
    return out;
  }

  Result<int64_t> StartImport(const ImportRecord& r) override {
    auto st = Prep(
        "INSERT INTO imports (blob_sha256, file_name, format, options, status, started_at) "
        "VALUES (?, ?, ?, ?, 'running', ?)");
    if (!st.ok()) return st.status();
    Status s = (*st)
                   ->Bind(1, r.blob_sha256)
                   .Bind(2, r.file_name)
                   .Bind(3, r.format)
                   .Bind(4, r.options)
                   .Bind(5, r.started_at.empty() ? UtcNowIso8601() : r.started_at)
                   .Run();
    if (!s.ok()) return s;
    return db_->LastInsertRowId();
  }

  Status UpdateImport(const ImportRecord& r) override {
    auto st = Prep(
        "UPDATE imports SET status = ?, next_offset = ?, next_line = ?, imported = ?, skipped = ?, "
        "duplicated = ?, finished_at = ? WHERE id = ?");
    if (!st.ok()) return st.status();
    return (*st)
        ->Bind(1, r.status)
        .Bind(2, r.next_offset)
        .Bind(3, r.next_line)
        .Bind(4, r.imported)
        .Bind(5, r.skipped)
        .Bind(6, r.duplicated)
        .BindOptional(7, r.finished_at)
        .Bind(8, r.id)
        .Run();
  }

  Result<bool> ImportedAnOriginalOfSize(int64_t size) override {
    // The imports are few: scanned, each one's blob found by its key.
    auto st = Prep(
        "SELECT 1 FROM imports i JOIN blobs b ON b.sha256 = i.blob_sha256 WHERE b.size = ? "
        "LIMIT 1");
    if (!st.ok()) return st.status();
    (*st)->Bind(1, size);
    Result<bool> row = (*st)->Step();
    (*st)->Reset();
    return row;
  }

  Result<std::vector<ImportRecord>> Imports() override {
    auto st = Prep(std::string(kImportColumns) + " ORDER BY id");
    if (!st.ok()) return st.status();
    std::vector<ImportRecord> out;
    if (Status s = (*st)->ForEachRow([&] { out.push_back(ReadImport(**st)); }); !s.ok()) {
      return s;
    }
    return out;
  }

  Status RecordProblem(const ImportProblem& p) override { return RecordProblems({&p, 1}); }

  Status RecordProblems(std::span<const ImportProblem> problems) override {
    // A bulk path (an export that left its media out has a problem per attachment): rows go in
    // multi-row INSERTs, in order (the same ids as one by one), reasons bound without copies.
    return InsertRows(insert_problems_,
                      "INSERT INTO import_problems (import_id, line, byte_offset, reason)", 4,
                      problems.size(), [&](Statement& st, int first, size_t i) {
                        const ImportProblem& p = problems[i];
                        st.Bind(first, p.import_id)
                            .Bind(first + 1, p.line)
                            .Bind(first + 2, p.byte_offset)
                            .BindStatic(first + 3, p.reason);
                      });
  }

  // Writes `rows` rows with multi-row INSERTs of `head` (`columns` values a row), in order: as many
  // of kRowsPerInsert's largest as fit, then smaller ones, each prepared once into `statements`.
  // bind_row(statement, first parameter, row) binds one row.
  template <typename BindRow>
  Status InsertRows(std::array<Statement*, kRowSizes>& statements, std::string_view head,
                    int columns, size_t rows, const BindRow& bind_row) {
    for (size_t done = 0; done < rows;) {
      const size_t k = RowSizeFor(rows - done);
      Statement*& st = statements[k];
      if (st == nullptr) {
        auto prepared = Prep(MultiRowInsertSql(head, columns, kRowsPerInsert[k]));
        if (!prepared.ok()) return prepared.status();
        st = *prepared;
      }
      for (int r = 0; r < kRowsPerInsert[k]; ++r) {
        bind_row(*st, columns * r + 1, done + static_cast<size_t>(r));
      }
      ARIADNE_RETURN_IF_ERROR(st->Run());
      done += static_cast<size_t>(kRowsPerInsert[k]);
    }
    return Status::Ok();
  }

  Result<std::vector<ImportProblem>> Problems(int64_t import_id) override {
    auto st = Prep(
        "SELECT import_id, line, byte_offset, reason FROM import_problems WHERE import_id = ? "
        "ORDER BY id");
    if (!st.ok()) return st.status();
    (*st)->Bind(1, import_id);
    std::vector<ImportProblem> out;
    if (Status s = (*st)->ForEachRow([&] {
          out.push_back({(*st)->Int(0), (*st)->Int(1), (*st)->Int(2), (*st)->Text(3)});
        });
        !s.ok()) {
      return s;
    }
    return out;
  }

  Result<InsertOutcome> InsertDocument(Document& d, int64_t import_id) override {
    return InsertDocumentWithContentSha256(d, import_id, DocumentContentSha256(d));
  }

  // InsertDocument with `content_sha256` computed by the caller (store/chat_segment.h).
  Result<InsertOutcome> InsertDocumentWithContentSha256(Document& d, int64_t import_id,
                                                        std::string_view content_sha256) {
    // The bulk path of every import: its statements are prepared once and its texts bound without
    // copies.
    if (insert_document_ == nullptr) {
      auto doc = Prep(
          "INSERT OR IGNORE INTO documents (source_id, site, url, title, text, posted_at, "
          "location, lang, region, kind, attributes, content_sha256, blob_sha256, import_id, "
          "line, byte_start, byte_end, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
          "?, ?, ?, ?, ?, ?)");
      if (!doc.ok()) return doc.status();
      insert_document_ = *doc;
    }
    if (d.imported_at.empty()) d.imported_at = UtcNowIso8601();
    Statement& st = *insert_document_;
    st.BindStatic(1, d.source_id)
        .BindStatic(2, d.site)
        .BindStaticOptional(3, d.url)
        .BindStaticOptional(4, d.title)
        .BindStatic(5, d.text)
        .BindStaticOptional(6, d.posted_at)
        .BindStaticOptional(7, d.location)
        .BindStaticOptional(8, d.lang)
        .BindStaticOptional(9, d.region)
        .BindStaticOptional(10, d.kind)
        .BindStatic(11, d.attributes_json)
        .BindStatic(12, content_sha256)
        .BindStatic(13, d.provenance.blob_sha256)
        .Bind(14, import_id)
        .Bind(15, d.provenance.line)
        .Bind(16, d.provenance.byte_start)
        .Bind(17, d.provenance.byte_end)
        .BindStatic(18, d.imported_at);
    ARIADNE_RETURN_IF_ERROR(st.Run());
    if (db_->Changes() == 0) return InsertOutcome::kDuplicate;
    d.id = db_->LastInsertRowId();
    // A chat segment has an image per attachment of its messages: multi-row INSERTs, in order.
    ARIADNE_RETURN_IF_ERROR(
        InsertRows(insert_images_,
                   "INSERT INTO document_images (document_id, position, ref, blob_sha256, status)",
                   5, d.images.size(), [&](Statement& st, int first, size_t i) {
                     const ImageRef& im = d.images[i];
                     st.Bind(first, d.id)
                         .Bind(first + 1, static_cast<int64_t>(i))
                         .BindStatic(first + 2, im.ref)
                         .BindStaticOptional(first + 3, im.blob_sha256)
                         .BindStatic(first + 4, im.status);
                   }));
    return InsertOutcome::kInserted;
  }

  Result<Document> GetDocument(int64_t id) override {
    auto st = Prep(std::string(kDocumentColumns) + " WHERE d.id = ?");
    if (!st.ok()) return st.status();
    (*st)->Bind(1, id);
    Result<bool> row = (*st)->Step();
    if (!row.ok()) return row.status();
    if (!*row) {
      (*st)->Reset();
      return NotFound(fmt::format("no document with id {} in this case", id));
    }
    Document d = ReadDocument(**st);
    (*st)->Reset();
    auto img = Prep(
        "SELECT ref, coalesce(blob_sha256, ''), status FROM document_images WHERE document_id = ? "
        "ORDER BY position");
    if (!img.ok()) return img.status();
    (*img)->Bind(1, id);
    if (Status s = (*img)->ForEachRow([&] {
          d.images.push_back({(*img)->Text(0), (*img)->Text(1), (*img)->Text(2)});
        });
        !s.ok()) {
      return s;
    }
    return d;
  }

  Result<std::vector<int64_t>> FindBySourceId(std::string_view source_id,
                                              std::string_view site) override {
    // Both read the unique (site, source_id, content_sha256) index. Without a site, the case's
    // sites are walked one index seek each (a case holds few), and each is sought with the id.
    auto st =
        site.empty()
            ? Prep(
                  "WITH RECURSIVE sites(site) AS (SELECT min(site) FROM documents UNION ALL "
                  "SELECT (SELECT min(site) FROM documents WHERE site > sites.site) FROM sites "
                  "WHERE sites.site IS NOT NULL) "
                  "SELECT d.id FROM sites, documents d WHERE d.site = sites.site AND "
                  "d.source_id = ?1 ORDER BY d.id")
            : Prep("SELECT id FROM documents WHERE site = ?2 AND source_id = ?1 ORDER BY id");
    if (!st.ok()) return st.status();
    (*st)->Bind(1, source_id);
    if (!site.empty()) (*st)->Bind(2, site);
    std::vector<int64_t> ids;
    if (Status s = (*st)->ForEachRow([&] { ids.push_back((*st)->Int(0)); }); !s.ok()) {
      return s;
    }
    return ids;
  }

  Result<SearchResults> Search(const SearchQuery& q) override {
    // The web workbench's filter (store/sqlite/fts.h), so that both searches agree.
    WorkbenchQuery wq;
    wq.query = q;
    Result<sqlite::DocumentFilter> f = sqlite::MakeDocumentFilter(wq);
    if (!f.ok()) return f.status();
    const bool full_text = f->full_text;
    const std::string& filter = f->where;
    const std::vector<std::string>& binds = f->binds;
    Db* db = db_.get();
    if (full_text) {
      Result<Db*> searcher = SearchConnection();
      if (!searcher.ok()) return searcher.status();
      db = *searcher;
    }

    SearchResults results;
    {
      // Uncached: the WHERE clause changes with the query.
      Result<Statement> count = db->Prepare("SELECT count(*)" + f->ids_from + filter);
      if (!count.ok()) return sqlite::FtsError(count.status());
      for (size_t i = 0; i < binds.size(); ++i) count->Bind(static_cast<int>(i + 1), binds[i]);
      Result<bool> r = count->Step();
      if (!r.ok()) return sqlite::FtsError(r.status());
      results.total = count->Int(0);
    }
    const std::string open(1, kHighlightOpen);
    const std::string close(1, kHighlightClose);
    const std::string select = full_text
                                   ? fmt::format(
                                         "SELECT d.id, d.source_id, d.site, coalesce(d.title, ''), "
                                         "coalesce(d.posted_at, ''), {}, coalesce(d.kind, ''), "
                                         "snippet(documents_fts, 1, '{}', '{}', '…', 24), "
                                         "bm25(documents_fts, 2.0, 1.0) AS rank",
                                         sqlite::kDocumentLangExpr, open, close)
                                   : fmt::format(
                                         "SELECT d.id, d.source_id, d.site, coalesce(d.title, ''), "
                                         "coalesce(d.posted_at, ''), {}, coalesce(d.kind, ''), "
                                         "substr(d.text, 1, 160), 0 AS rank",
                                         sqlite::kDocumentLangExpr);
    Result<Statement> st =
        full_text ? RankedPage(*db, *f, q, select) : NewestPage(*db, *f, q, select);
    if (!st.ok()) return st.status();
    if (Status s = st->ForEachRow([&] {
          results.hits.push_back({st->Int(0), st->Text(1), st->Text(2), st->Text(3), st->Text(4),
                                  st->Text(5), st->Text(6), st->Text(7), st->Real(8)});
        });
        !s.ok()) {
      return sqlite::FtsError(s);
    }
    return results;
  }

  // Filters only: the page of the newest matches.
  Result<Statement> NewestPage(Db& db, const sqlite::DocumentFilter& f, const SearchQuery& q,
                               const std::string& select) {
    Result<Statement> st =
        db.Prepare(select + f.from + f.where + " ORDER BY d.posted_at DESC, d.id LIMIT ? OFFSET ?");
    if (!st.ok()) return sqlite::FtsError(st.status());
    const int next = sqlite::BindAll(*st, f.binds);
    st->Bind(next, int64_t{q.limit});
    st->Bind(next + 1, int64_t{q.offset});
    return st;
  }

  // Words: the page's ids by rank first (FTS5 and, for filters, the probe index only), then the
  // columns and snippets of those alone, in one FTS5 walk over their rowid range. A snippet for
  // every match before sorting took seconds for a common word on a large case. A statement that
  // gives no row when the page is empty.
  Result<Statement> RankedPage(Db& db, const sqlite::DocumentFilter& f, const SearchQuery& q,
                               const std::string& select) {
    Result<Statement> ids =
        db.Prepare("SELECT documents_fts.rowid, bm25(documents_fts, 2.0, 1.0) AS rank" +
                   f.ids_from + f.where + " ORDER BY rank, documents_fts.rowid LIMIT ? OFFSET ?");
    if (!ids.ok()) return sqlite::FtsError(ids.status());
    const int next = sqlite::BindAll(*ids, f.binds);
    ids->Bind(next, int64_t{q.limit});
    ids->Bind(next + 1, int64_t{q.offset});
    std::vector<int64_t> page;
    if (Status s = ids->ForEachRow([&] { page.push_back(ids->Int(0)); }); !s.ok()) {
      return sqlite::FtsError(s);
    }
    Result<Statement> st =
        db.Prepare(select + f.from +
                   " WHERE documents_fts MATCH ? AND documents_fts.rowid BETWEEN ? AND ? AND "
                   "+documents_fts.rowid IN (SELECT value FROM json_each(?)) ORDER BY rank, d.id");
    if (!st.ok()) return sqlite::FtsError(st.status());
    st->Bind(1, f.binds.front());  // the MATCH expression comes first
    st->Bind(2, page.empty() ? int64_t{1} : *std::min_element(page.begin(), page.end()));
    st->Bind(3, page.empty() ? int64_t{0} : *std::max_element(page.begin(), page.end()));
    st->Bind(4, fmt::format("[{}]", fmt::join(page, ",")));
    return st;
  }

  // The connection searches by words go through: case.db with the search index attached, brought
  // up to the documents committed (the search waits for it). Not this store's own connection:
  // its BEGIN IMMEDIATE would hold search.db's write lock too, which the indexer of an import in
  // this process needs between the import's transactions (store/sqlite/search_index.h).
  Result<Db*> SearchConnection() {
    if (search_db_ == nullptr) {
      Result<std::unique_ptr<Db>> opened = Db::Open(db_->path(), /*create=*/false);
      if (!opened.ok()) return opened.status();
      ARIADNE_RETURN_IF_ERROR(AttachSearchIndex(**opened));
      search_db_ = std::move(opened).value();
      search_conn_.store(search_db_.get());
    }
    Result<int64_t> caught_up = CatchUpSearchIndex(*search_db_);
    if (!caught_up.ok()) return caught_up.status();
    return search_db_.get();
  }

  Result<std::vector<NamedCount>> CountBy(Facet facet, int limit) override {
    const char* column = "site";
    switch (facet) {
      case Facet::kSite:
        column = "site";
        break;
      case Facet::kLang:
        column = "lang";
        break;
      case Facet::kKind:
        column = "kind";
        break;
      case Facet::kLocation:
        column = "location";
        break;
    }
    Result<Statement> st = db_->Prepare(
        fmt::format("SELECT coalesce(nullif({0}, ''), '(none)') AS v, count(*) AS n FROM documents "
                    "GROUP BY v ORDER BY n DESC, v LIMIT ?",
                    column));
    if (!st.ok()) return st.status();
    st->Bind(1, int64_t{limit});
    std::vector<NamedCount> out;
    if (Status s = st->ForEachRow([&] { out.push_back({st->Text(0), st->Int(1)}); }); !s.ok()) {
      return s;
    }
    return out;
  }

  Result<std::vector<WeeklySiteCount>> WeeklyBySite() override {
    // date(x, 'weekday 0', '-6 days') is the Monday of x's ISO week (for x on a Sunday: that week's
    // Monday).
    auto st = Prep(
        "SELECT date(substr(posted_at, 1, 10), 'weekday 0', '-6 days') AS week, site, count(*) "
        "FROM documents WHERE posted_at IS NOT NULL AND week IS NOT NULL "
        "GROUP BY week, site ORDER BY week, site");
    if (!st.ok()) return st.status();
    std::vector<WeeklySiteCount> out;
    if (Status s = (*st)->ForEachRow([&] {
          out.push_back({(*st)->Text(0), (*st)->Text(1), (*st)->Int(2)});
        });
        !s.ok()) {
      return s;
    }
    return out;
  }

  Result<std::vector<Document>> Sample(int limit) override {
    Result<Statement> st =
        db_->Prepare(std::string(kDocumentColumns) + " ORDER BY d.posted_at DESC, d.id LIMIT ?");
    if (!st.ok()) return st.status();
    st->Bind(1, int64_t{limit});
    std::vector<Document> out;
    if (Status s = st->ForEachRow([&] { out.push_back(ReadDocument(*st)); }); !s.ok()) {
      return s;
    }
    return out;
  }

  Result<AgeFieldShare> AdultAgeFieldShare(std::string_view site, int64_t sample) override {
    auto st = Prep(
        "SELECT count(*), coalesce(sum(age), 0) FROM (SELECT instr(attributes, '\"age\"') > 0 AS "
        "age FROM documents WHERE site = ? AND kind = 'sex' ORDER BY posted_at DESC LIMIT ?)");
    if (!st.ok()) return st.status();
    (*st)->Bind(1, site).Bind(2, sample);
    AgeFieldShare share;
    if (Status s = (*st)->ForEachRow([&] {
          share.records = (*st)->Int(0);
          share.with_age = (*st)->Int(1);
        });
        !s.ok()) {
      return s;
    }
    return share;
  }

  Result<std::vector<Document>> DocumentsPendingStage(std::string_view stage, int version,
                                                      int64_t after_id, int limit) override {
    auto st =
        Prep(std::string(kDocumentColumns) +
             " LEFT JOIN document_stages s ON s.document_id = d.id AND s.stage = ?"
             " WHERE d.id > ? AND (s.version IS NULL OR s.version <> ?) ORDER BY d.id LIMIT ?");
    if (!st.ok()) return st.status();
    (*st)->Bind(1, stage).Bind(2, after_id).Bind(3, int64_t{version}).Bind(4, int64_t{limit});
    std::vector<Document> out;
    if (Status s = (*st)->ForEachRow([&] { out.push_back(ReadDocument(**st)); }); !s.ok()) {
      return s;
    }
    return out;
  }

  Result<int64_t> CountPendingStage(std::string_view stage, int version,
                                    int64_t after_id) override {
    auto st = Prep(
        "SELECT count(*) FROM documents d LEFT JOIN document_stages s ON s.document_id = d.id "
        "AND s.stage = ? WHERE d.id > ? AND (s.version IS NULL OR s.version <> ?)");
    if (!st.ok()) return st.status();
    (*st)->Bind(1, stage).Bind(2, after_id).Bind(3, int64_t{version});
    int64_t n = 0;
    if (Status s = (*st)->ForEachRow([&] { n = (*st)->Int(0); }); !s.ok()) return s;
    return n;
  }

  Result<int64_t> DoneThrough(std::string_view stage, int version) override {
    // Both read document_stages_by_stage (v13).
    Result<int64_t> last = OneInt(
        "SELECT coalesce(max(document_id), 0) FROM document_stages WHERE stage = ? AND version = ?",
        stage, version);
    if (!last.ok() || *last == 0) return last;
    Result<int64_t> done = OneInt(
        "SELECT count(*) FROM document_stages WHERE stage = ? AND version = ?", stage, version);
    if (!done.ok()) return done;
    // Every done row is of a distinct document up to `last` (documents are never removed).
    if (*done == *last) return last;  // ids 1..last, all done
    // Ids with gaps: compare with how many documents there are up to `last`.
    Result<int64_t> all = OneInt("SELECT count(*) FROM documents");
    if (!all.ok()) return all;
    auto st = Prep("SELECT count(*) FROM documents WHERE id > ?");
    if (!st.ok()) return st.status();
    (*st)->Bind(1, *last);
    int64_t after = 0;
    if (Status s = (*st)->ForEachRow([&] { after = (*st)->Int(0); }); !s.ok()) return s;
    return *done == *all - after ? *last : 0;
  }

  // The one integer a query returns, with `stage` and `version` bound when given.
  Result<int64_t> OneInt(const std::string& sql, std::string_view stage = {}, int version = 0) {
    auto st = Prep(sql);
    if (!st.ok()) return st.status();
    if (!stage.empty()) (*st)->Bind(1, stage).Bind(2, int64_t{version});
    int64_t n = 0;
    if (Status s = (*st)->ForEachRow([&] { n = (*st)->Int(0); }); !s.ok()) return s;
    return n;
  }

  Status MarkStageDone(int64_t document_id, std::string_view stage, int version) override {
    auto st = Prep(
        "INSERT OR REPLACE INTO document_stages (document_id, stage, version, done_at) "
        "VALUES (?, ?, ?, ?)");
    if (!st.ok()) return st.status();
    return (*st)
        ->Bind(1, document_id)
        .Bind(2, stage)
        .Bind(3, int64_t{version})
        .Bind(4, UtcNowIso8601())
        .Run();
  }

  Status MarkStageDone(const std::vector<int64_t>& document_ids, std::string_view stage,
                       int version) override {
    if (document_ids.empty()) return Status::Ok();
    auto st = Prep(
        "INSERT OR REPLACE INTO document_stages (document_id, stage, version, done_at) "
        "SELECT value, ?, ?, ? FROM json_each(?)");
    if (!st.ok()) return st.status();
    return (*st)
        ->Bind(1, stage)
        .Bind(2, int64_t{version})
        .Bind(3, UtcNowIso8601())
        .Bind(4, fmt::format("[{}]", fmt::join(document_ids, ",")))
        .Run();
  }

  Status ForgetStageDoneExcept(std::string_view stage, int version) override {
    // Reads document_stages_by_stage (v13): the stage's rows only.
    auto st = Prep("DELETE FROM document_stages WHERE stage = ? AND version <> ?");
    if (!st.ok()) return st.status();
    return (*st)->Bind(1, stage).Bind(2, int64_t{version}).Run();
  }

  Status SetDetectedLanguage(int64_t document_id, std::string_view lang) override {
    // document_langs (v18): a narrow row of its own, not a rewrite of the document's row.
    if (lang.empty()) {
      auto del = Prep("DELETE FROM document_langs WHERE document_id = ?");
      if (!del.ok()) return del.status();
      return (*del)->Bind(1, document_id).Run();
    }
    auto st = Prep("INSERT OR REPLACE INTO document_langs (document_id, lang) VALUES (?, ?)");
    if (!st.ok()) return st.status();
    return (*st)->Bind(1, document_id).BindStatic(2, lang).Run();
  }

  Status ReplaceSelectors(int64_t document_id,
                          const std::vector<StoredSelector>& selectors) override {
    Result<bool> may_have = MayHaveSelectorsOrFlags(document_id);
    if (!may_have.ok()) return may_have.status();
    if (*may_have) {
      auto del = Prep("DELETE FROM selectors WHERE document_id = ?");
      if (!del.ok()) return del.status();
      ARIADNE_RETURN_IF_ERROR((*del)->Bind(1, document_id).Run());
    }
    NoteRowsOf(document_id);
    auto ins = Prep(
        "INSERT INTO selectors (document_id, type, value, start, end, raw, details) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!ins.ok()) return ins.status();
    // The texts are bound without a copy each: `selectors` outlives each Run(), which resets.
    for (const StoredSelector& sel : selectors) {
      ARIADNE_RETURN_IF_ERROR((*ins)
                                  ->Bind(1, document_id)
                                  .BindStatic(2, sel.type)
                                  .BindStatic(3, sel.value)
                                  .Bind(4, sel.start)
                                  .Bind(5, sel.end)
                                  .BindStatic(6, sel.raw)
                                  .BindStatic(7, sel.details_json)
                                  .Run());
    }
    return Status::Ok();
  }

  Result<std::vector<StoredSelector>> SelectorsOf(int64_t document_id) override {
    auto st = Prep(
        "SELECT document_id, type, value, start, end, raw, details FROM selectors "
        "WHERE document_id = ? ORDER BY start, type, value");
    if (!st.ok()) return st.status();
    (*st)->Bind(1, document_id);
    return ReadSelectorRows(**st);
  }

  Result<std::vector<std::pair<int64_t, std::string>>> SelectorValuesOf(
      const std::vector<int64_t>& documents, std::string_view type) override {
    std::vector<std::pair<int64_t, std::string>> out;
    if (documents.empty()) return out;
    // One query for all of them (json_each): A-MULTINUM asks for every document of an account.
    auto st = Prep(
        "SELECT DISTINCT s.document_id, s.value FROM (SELECT DISTINCT value AS id FROM "
        "json_each(?)) j CROSS JOIN selectors s ON s.document_id = j.id AND s.type = ? "
        "ORDER BY 1, 2");
    if (!st.ok()) return st.status();
    Statement& q = **st;
    q.Bind(1, IdArray(documents)).Bind(2, type);
    ARIADNE_RETURN_IF_ERROR(q.ForEachRow([&] { out.emplace_back(q.Int(0), q.Text(1)); }));
    return out;
  }

  Result<std::vector<StoredSelector>> SelectorsOfDocuments(int64_t first, int64_t last) override {
    auto st = Prep(
        "SELECT document_id, type, value, start, end, raw, details FROM selectors "
        "WHERE document_id BETWEEN ? AND ? ORDER BY document_id, start, type, value");
    if (!st.ok()) return st.status();
    (*st)->Bind(1, first).Bind(2, last);
    return ReadSelectorRows(**st);
  }

  // The rows of a query of (document_id, type, value, start, end, raw, details).
  static Result<std::vector<StoredSelector>> ReadSelectorRows(Statement& q) {
    std::vector<StoredSelector> out;
    if (Status s = q.ForEachRow([&] {
          out.push_back({q.Int(0), q.Text(1), q.Text(2), q.Int(3), q.Int(4), q.Text(5), q.Text(6)});
        });
        !s.ok()) {
      return s;
    }
    return out;
  }

  Result<std::vector<SelectorSummary>> SelectorSummaries(std::string_view type,
                                                         int64_t min_documents,
                                                         int limit) override {
    // group_concat keeps the first few document ids without a second query per value.
    auto st = Prep(
        "SELECT s.type, s.value, count(DISTINCT s.document_id) AS docs, count(*), "
        "coalesce(min(d.posted_at), ''), coalesce(max(d.posted_at), ''), "
        "(SELECT group_concat(document_id) FROM (SELECT DISTINCT document_id FROM selectors s2 "
        "  WHERE s2.type = s.type AND s2.value = s.value ORDER BY document_id LIMIT 10)) "
        "FROM selectors s JOIN documents d ON d.id = s.document_id "
        "WHERE (? = '' OR s.type = ?) GROUP BY s.type, s.value HAVING docs >= ? "
        "ORDER BY docs DESC, s.type, s.value LIMIT ?");
    if (!st.ok()) return st.status();
    Statement& q = **st;
    q.Bind(1, type).Bind(2, type).Bind(3, min_documents).Bind(4, int64_t{limit});
    std::vector<SelectorSummary> out;
    if (Status s = q.ForEachRow([&] {
          SelectorSummary sum{q.Text(0), q.Text(1), q.Int(2), q.Int(3), q.Text(4), q.Text(5), {}};
          const std::string ids = q.Text(6);  // Split() returns views into it: keep it alive
          for (std::string_view id : Split(ids, ',')) {
            if (!id.empty()) sum.document_ids.push_back(std::atoll(std::string(id).c_str()));
          }
          out.push_back(std::move(sum));
        });
        !s.ok()) {
      return s;
    }
    return out;
  }

  Result<std::vector<NamedCount>> SelectorCountsByType() override {
    auto st =
        Prep("SELECT type, count(*) FROM selectors GROUP BY type ORDER BY count(*) DESC, type");
    if (!st.ok()) return st.status();
    std::vector<NamedCount> out;
    Statement& q = **st;
    if (Status s = q.ForEachRow([&] { out.push_back({q.Text(0), q.Int(1)}); }); !s.ok()) return s;
    return out;
  }

  Status ReplaceTextFlags(int64_t document_id, const std::vector<StoredFlag>& flags) override {
    Result<bool> may_have = MayHaveSelectorsOrFlags(document_id);
    if (!may_have.ok()) return may_have.status();
    if (*may_have) {
      auto del = Prep("DELETE FROM flags WHERE document_id = ? AND structural = 0");
      if (!del.ok()) return del.status();
      ARIADNE_RETURN_IF_ERROR((*del)->Bind(1, document_id).Run());
    }
    for (StoredFlag flag : flags) {
      flag.document_id = document_id;
      flag.structural = false;
      ARIADNE_RETURN_IF_ERROR(InsertFlag(flag));
    }
    return Status::Ok();
  }

  Status ReplaceStructuralFlags(const std::vector<StoredFlag>& flags) override {
    ARIADNE_RETURN_IF_ERROR(db_->Exec("DELETE FROM flags WHERE structural = 1"));
    for (StoredFlag flag : flags) {
      flag.structural = true;
      ARIADNE_RETURN_IF_ERROR(InsertFlag(flag));
    }
    return Status::Ok();
  }

  // "?, ?, …" for `n` parameters.
  static std::string Placeholders(size_t n) {
    std::string out;
    for (size_t i = 0; i < n; ++i) out += i == 0 ? "?" : ", ?";
    return out;
  }

  Result<std::vector<StoredFlag>> StructuralFlagsOf(
      const std::vector<std::string>& indicators) override {
    auto st = Prep(
        "SELECT document_id, indicator, revision, family, tier, category, lang, spans, matched, "
        "evidence, why, weight, from_candidate, structural FROM flags WHERE structural = 1 AND "
        "indicator IN (" +
        Placeholders(indicators.size()) + ") ORDER BY document_id, id");
    if (!st.ok()) return st.status();
    Statement& q = **st;
    for (size_t i = 0; i < indicators.size(); ++i) q.Bind(static_cast<int>(i + 1), indicators[i]);
    std::vector<StoredFlag> out;
    if (Status s = q.ForEachRow([&] { out.push_back(FlagFromRow(q)); }); !s.ok()) return s;
    return out;
  }

  Status ReplaceStructuralFlagsOn(const std::vector<int64_t>& documents,
                                  const std::vector<std::string>& indicators,
                                  const std::vector<StoredFlag>& flags) override {
    if (!documents.empty()) {  // one statement, whatever the number of documents
      auto del = Prep(
          "DELETE FROM flags WHERE document_id IN (SELECT value FROM json_each(?)) AND structural "
          "= 1 AND indicator IN (" +
          Placeholders(indicators.size()) + ")");
      if (!del.ok()) return del.status();
      (*del)->Bind(1, IdArray(documents));
      for (size_t i = 0; i < indicators.size(); ++i) {
        (*del)->Bind(static_cast<int>(i + 2), indicators[i]);
      }
      ARIADNE_RETURN_IF_ERROR((*del)->Run());
    }
    for (StoredFlag flag : flags) {
      flag.structural = true;
      ARIADNE_RETURN_IF_ERROR(InsertFlag(flag));
    }
    return Status::Ok();
  }

  Result<std::vector<StoredFlag>> FlagsOf(int64_t document_id) override {
    auto st = Prep(
        "SELECT document_id, indicator, revision, family, tier, category, lang, spans, matched, "
        "evidence, why, weight, from_candidate, structural FROM flags WHERE document_id = ? "
        "ORDER BY indicator, structural, id");
    if (!st.ok()) return st.status();
    Statement& q = **st;
    q.Bind(1, document_id);
    std::vector<StoredFlag> out;
    if (Status s = q.ForEachRow([&] { out.push_back(FlagFromRow(q)); }); !s.ok()) {
      return s;
    }
    return out;
  }

  Status SetScore(const StoredScore& score) override {
    // An update in place when the row exists (a re-score): REPLACE would delete the row and
    // insert it again, rewriting the score index and checking the document's key each time.
    auto st = Prep(
        "INSERT INTO document_scores (document_id, kind, score, band, fraud_score, fraud_band, "
        "contributions, fraud_contributions) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT "
        "(document_id) DO UPDATE SET kind = excluded.kind, score = excluded.score, band = "
        "excluded.band, fraud_score = excluded.fraud_score, fraud_band = excluded.fraud_band, "
        "contributions = excluded.contributions, fraud_contributions = "
        "excluded.fraud_contributions");
    if (!st.ok()) return st.status();
    return (*st)  // texts bound without a copy: `score` outlives Run(), which resets
        ->Bind(1, score.document_id)
        .BindStatic(2, score.kind)
        .Bind(3, score.score)
        .BindStatic(4, score.band)
        .Bind(5, score.fraud_score)
        .BindStatic(6, score.fraud_band)
        .BindStatic(7, score.contributions_json)
        .BindStatic(8, score.fraud_contributions_json)
        .Run();
  }

  Result<std::optional<StoredScore>> ScoreOf(int64_t document_id) override {
    auto st = Prep(std::string(kScoreColumns) + " WHERE document_id = ?");
    if (!st.ok()) return st.status();
    Statement& q = **st;
    q.Bind(1, document_id);
    std::optional<StoredScore> out;
    if (Status s = q.ForEachRow([&] { out = ScoreFromRow(q); }); !s.ok()) return s;
    return out;
  }

  Result<std::vector<StoredScore>> TopScores(int limit) override {
    auto st = Prep(std::string(kScoreColumns) +
                   " ORDER BY score DESC, fraud_score DESC, document_id LIMIT ?");
    if (!st.ok()) return st.status();
    Statement& q = **st;
    q.Bind(1, int64_t{limit});
    std::vector<StoredScore> out;
    if (Status s = q.ForEachRow([&] { out.push_back(ScoreFromRow(q)); }); !s.ok()) return s;
    return out;
  }

  // The SELECT of a shared-contact walk over the values in `shared` (a CTE of type, value).
  static constexpr const char* kSharedContactUses =
      "SELECT DISTINCT s.type, s.value, s.document_id, coalesce(d.posted_at, ''), "
      "coalesce((SELECT a.value FROM selectors a WHERE a.document_id = s.document_id AND "
      "a.type = 'age' ORDER BY a.start, a.value LIMIT 1), ''), coalesce(d.kind, '') "
      "FROM selectors s JOIN shared USING (type, value) JOIN documents d ON d.id = "
      "s.document_id ORDER BY s.type, s.value, coalesce(d.posted_at, ''), s.document_id";

  // Calls `visit` once per value with its uses, from a query in kSharedContactUses' columns.
  static Status VisitSharedContacts(Statement& q,
                                    const std::function<Status(const SharedContact&)>& visit) {
    SharedContact group;
    Status failed = Status::Ok();
    auto flush = [&] {
      if (!group.uses.empty() && failed.ok()) failed = visit(group);
      group.uses.clear();
    };
    Status s = q.ForEachRow([&] {
      std::string type = q.Text(0), value = q.Text(1);
      if (type != group.type || value != group.value) {
        flush();
        group.type = std::move(type);
        group.value = std::move(value);
      }
      const int64_t document_id = q.Int(2);
      // A document showing the value twice is one use (the rows come by document within a value).
      if (!group.uses.empty() && group.uses.back().document_id == document_id) return;
      group.uses.push_back({document_id, q.Text(3), q.Text(4), q.Text(5)});
    });
    if (!s.ok()) return s;
    flush();
    return failed;
  }

  Status ForEachSharedContact(int64_t min_documents,
                              const std::function<Status(const SharedContact&)>& visit) override {
    auto st = Prep(
        std::string("WITH shared AS (SELECT type, value FROM selectors WHERE type IN ('phone', "
                    "'email', 'handle') GROUP BY type, value HAVING count(DISTINCT document_id) "
                    ">= ?) ") +
        kSharedContactUses);
    if (!st.ok()) return st.status();
    (*st)->Bind(1, min_documents);
    return VisitSharedContacts(**st, visit);
  }

  Status ForEachContactOf(const std::vector<ContactValue>& values,
                          const std::function<Status(const SharedContact&)>& visit) override {
    ARIADNE_RETURN_IF_ERROR(
        db_->Exec("CREATE TEMP TABLE IF NOT EXISTS wanted_contacts (type TEXT NOT NULL, value TEXT "
                  "NOT NULL, PRIMARY KEY (type, value)) WITHOUT ROWID; DELETE FROM "
                  "temp.wanted_contacts"));
    auto put = Prep("INSERT OR IGNORE INTO temp.wanted_contacts (type, value) VALUES (?, ?)");
    if (!put.ok()) return put.status();
    for (const ContactValue& v : values) {
      ARIADNE_RETURN_IF_ERROR((*put)->Bind(1, v.type).Bind(2, v.value).Run());
    }
    // The wanted values first (CROSS JOIN keeps that order): left to itself the planner walks
    // every selector of the case and probes the temporary table with each (0.7 s at 1M ads for
    // 1,500 values; 0.07 s this way). The rows are put in order here, not by SQLite: its sorter
    // copied every row into a record and compared those (about half of the query's instructions).
    // The stated ages come after, in one query for all the documents (FirstAgesOf): so every use
    // is held until then, where ForEachSharedContact holds one value's at a time. The date and
    // kind come from the covering index by id (as ForEachSightingOf reads them), not from the
    // documents' rows: its entries are several times denser than rows that hold the text, so the
    // uses of a value, scattered over the case, touch fewer pages.
    auto st = Prep(
        "SELECT s.type, s.value, s.document_id, coalesce(d.posted_at, ''), "
        "coalesce(d.kind, '') "
        "FROM temp.wanted_contacts w CROSS JOIN selectors s ON s.type = w.type AND s.value = "
        "w.value CROSS JOIN documents d INDEXED BY documents_filter_probe ON d.id = "
        "s.document_id");
    if (!st.ok()) return st.status();
    Statement& q = **st;
    // The rows come by wanted value (the temporary table's order); a value found twice is merged.
    std::vector<SharedContact> contacts;
    ARIADNE_RETURN_IF_ERROR(q.ForEachRow([&] {
      const std::string_view type = q.Bytes(0), value = q.Bytes(1);
      if (contacts.empty() || contacts.back().type != type || contacts.back().value != value) {
        contacts.push_back({std::string(type), std::string(value), {}});
      }
      contacts.back().uses.push_back({q.Int(2), q.Text(3), "", q.Text(4)});
    }));
    SortContactUses(contacts);
    std::vector<int64_t> documents;
    for (const SharedContact& contact : contacts) {
      for (const ContactUse& use : contact.uses) documents.push_back(use.document_id);
    }
    Result<FirstAges> ages = FirstAgesOf(documents);
    if (!ages.ok()) return ages.status();
    for (SharedContact& contact : contacts) {
      for (ContactUse& use : contact.uses) use.stated_age = ages->Of(use.document_id);
      ARIADNE_RETURN_IF_ERROR(visit(contact));
    }
    return Status::Ok();
  }

  // Puts contacts read in any order as ForEachSharedContact gives them: by value (one entry
  // each), each value's uses by posted date and document, a document showing the value twice
  // once.
  static void SortContactUses(std::vector<SharedContact>& contacts) {
    std::stable_sort(contacts.begin(), contacts.end(),
                     [](const SharedContact& a, const SharedContact& b) {
                       return std::tie(a.type, a.value) < std::tie(b.type, b.value);
                     });
    std::vector<SharedContact> merged;
    for (SharedContact& contact : contacts) {
      if (!merged.empty() && merged.back().type == contact.type &&
          merged.back().value == contact.value) {
        std::move(contact.uses.begin(), contact.uses.end(), std::back_inserter(merged.back().uses));
      } else {
        merged.push_back(std::move(contact));
      }
    }
    for (SharedContact& contact : merged) {
      std::vector<ContactUse>& uses = contact.uses;
      std::sort(uses.begin(), uses.end(), [](const ContactUse& a, const ContactUse& b) {
        return std::tie(a.posted_at, a.document_id) < std::tie(b.posted_at, b.document_id);
      });
      uses.erase(std::unique(uses.begin(), uses.end(),
                             [](const ContactUse& a, const ContactUse& b) {
                               return a.document_id == b.document_id;
                             }),
                 uses.end());
    }
    contacts = std::move(merged);
  }

  // Each document's first stated age (its first age selector by position, then value), as the
  // age column of ForEachSharedContact and ForEachDocumentSighting reads it.
  class FirstAges {
   public:
    explicit FirstAges(std::vector<std::pair<int64_t, std::string>> sorted)
        : ages_(std::move(sorted)) {}
    // "" when the document states none.
    std::string_view Of(int64_t document_id) const {
      auto it = std::lower_bound(
          ages_.begin(), ages_.end(), document_id,
          [](const std::pair<int64_t, std::string>& a, int64_t id) { return a.first < id; });
      return it != ages_.end() && it->first == document_id ? std::string_view(it->second) : "";
    }

   private:
    std::vector<std::pair<int64_t, std::string>> ages_;  // by document id, one each
  };

  // The first stated ages of these documents in one query. A subquery per document (ORDER BY
  // start LIMIT 1) built and cleared a temporary b-tree for each: most of the cost of reading a
  // contact's uses or a document's sighting. The first of a document's ages is picked here: an
  // ORDER BY in the query cost a third of it (SQLite's sorter).
  Result<FirstAges> FirstAgesOf(std::vector<int64_t> documents) {
    std::vector<std::pair<int64_t, std::string>> out;
    std::sort(documents.begin(), documents.end());
    documents.erase(std::unique(documents.begin(), documents.end()), documents.end());
    if (documents.empty()) return FirstAges(std::move(out));
    auto st = Prep(
        "SELECT a.document_id, a.start, a.value FROM json_each(?) j CROSS JOIN selectors a "
        "INDEXED BY selectors_by_document_type ON a.document_id = j.value AND a.type = 'age'");
    if (!st.ok()) return st.status();
    Statement& q = **st;
    q.Bind(1, IdArray(documents));
    std::vector<std::tuple<int64_t, int64_t, std::string>> ages;  // document, start, value
    ARIADNE_RETURN_IF_ERROR(
        q.ForEachRow([&] { ages.emplace_back(q.Int(0), q.Int(1), q.Text(2)); }));
    std::sort(ages.begin(), ages.end());
    for (auto& [id, start, value] : ages) {
      if (out.empty() || out.back().first != id) out.emplace_back(id, std::move(value));
    }
    return FirstAges(std::move(out));
  }

  Result<std::vector<ContactValue>> ContactValuesAfter(int64_t after_id) override {
    // Without INDEXED BY the planner walks every contact of the case by (type, value) (2 s at 1M
    // ads), not knowing that the documents after the id are a few (0.06 s).
    auto st = Prep(
        "SELECT DISTINCT type, value FROM selectors INDEXED BY selectors_by_document_type WHERE "
        "document_id > ? AND type IN ('phone', 'email', 'handle') ORDER BY 1, 2");
    if (!st.ok()) return st.status();
    Statement& q = **st;
    q.Bind(1, after_id);
    std::vector<ContactValue> out;
    if (Status s = q.ForEachRow([&] { out.push_back({q.Text(0), q.Text(1)}); }); !s.ok()) {
      return s;
    }
    return out;
  }

  Result<std::vector<ContactValue>> ContactValuesOf(
      const std::vector<int64_t>& documents) override {
    // One query for all of them (json_each): a case-wide pass asks for thousands of documents.
    std::vector<ContactValue> out;
    if (documents.empty()) return out;
    // One look-up per document, its few selectors filtered by type after (`+s.type`): the
    // planner otherwise looks each document up once per type (a fifth more instructions); and
    // the values put in order and made unique here, not by SQLite's sorter.
    std::vector<int64_t> ids(documents);
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    auto st = Prep(
        "SELECT s.type, s.value FROM json_each(?) j CROSS JOIN selectors s INDEXED BY "
        "selectors_by_document_type ON s.document_id = j.value WHERE +s.type IN ('phone', "
        "'email', 'handle')");
    if (!st.ok()) return st.status();
    Statement& q = **st;
    q.Bind(1, IdArray(ids));
    if (Status s = q.ForEachRow([&] { out.push_back({q.Text(0), q.Text(1)}); }); !s.ok()) return s;
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }

  Status ForEachDocumentSighting(
      const std::function<Status(int64_t id, std::string_view posted_at, std::string_view location,
                                 std::string_view stated_age)>& visit) override {
    // documents_filter_probe holds the columns (v11): the texts are never read.
    auto st = Prep(
        "SELECT d.id, coalesce(d.posted_at, ''), coalesce(d.location, ''), coalesce((SELECT "
        "a.value FROM selectors a WHERE a.document_id = d.id AND a.type = 'age' ORDER BY a.start, "
        "a.value LIMIT 1), '') FROM documents d INDEXED BY documents_filter_probe ORDER BY d.id");
    if (!st.ok()) return st.status();
    Statement& q = **st;
    return VisitRows(q, [&] { return visit(q.Int(0), q.Bytes(1), q.Bytes(2), q.Bytes(3)); });
  }

  Result<int64_t> LastDocumentId() override {
    return OneInt("SELECT coalesce(max(id), 0) FROM documents");
  }

  Result<int64_t> DocumentCount() override {
    // The new documents are a range of the primary key: a few pages, not the whole index.
    return OneInt(
        "SELECT coalesce((SELECT l.documents + (SELECT count(*) FROM documents d WHERE d.id > "
        "l.last_document) FROM link_state l), (SELECT count(*) FROM documents))");
  }

  Result<std::optional<PassState>> GetPassState(std::string_view pass) override {
    auto st = Prep("SELECT version, last_document, generic FROM pass_state WHERE pass = ?");
    if (!st.ok()) return st.status();
    Statement& q = **st;
    q.Bind(1, pass);
    std::optional<PassState> out;
    std::string generic;
    if (Status s = q.ForEachRow([&] {
          out = PassState{std::string(pass), q.Int(0), q.Int(1), {}};
          generic = q.Text(2);
        });
        !s.ok()) {
      return s;
    }
    if (out.has_value()) {
      const nlohmann::json values = nlohmann::json::parse(generic, nullptr, false);
      if (!values.is_array()) return std::optional<PassState>{};  // unreadable: run completely
      for (const nlohmann::json& v : values) {
        if (v.is_array() && v.size() == 2 && v[0].is_string() && v[1].is_string()) {
          out->generic.push_back({v[0].get<std::string>(), v[1].get<std::string>()});
        }
      }
    }
    return out;
  }

  Status PutPassState(const PassState& state) override {
    nlohmann::json generic = nlohmann::json::array();
    for (const ContactValue& v : state.generic) generic.push_back({v.type, v.value});
    auto st = Prep(
        "INSERT OR REPLACE INTO pass_state (pass, version, last_document, generic) "
        "VALUES (?, ?, ?, ?)");
    if (!st.ok()) return st.status();
    return (*st)
        ->Bind(1, state.pass)
        .Bind(2, state.version)
        .Bind(3, state.last_document)
        .Bind(4, generic.dump())
        .Run();
  }

  Result<std::vector<NamedCount>> ScoreBands() override {
    auto st = Prep("SELECT band, count(*) FROM document_scores GROUP BY band ORDER BY band");
    if (!st.ok()) return st.status();
    std::vector<NamedCount> out;
    Statement& q = **st;
    if (Status s = q.ForEachRow([&] { out.push_back({q.Text(0), q.Int(1)}); }); !s.ok()) return s;
    return out;
  }

  Result<std::vector<FlagSummary>> FlagSummaries() override {
    auto st = Prep(
        "SELECT indicator, min(family), min(tier), count(DISTINCT document_id), "
        "(SELECT count(*) FROM document_scores) FROM flags GROUP BY indicator "
        "ORDER BY count(DISTINCT document_id) DESC, indicator");
    if (!st.ok()) return st.status();
    Statement& q = **st;
    std::vector<FlagSummary> out;
    if (Status s = q.ForEachRow([&] {
          out.push_back({q.Text(0), q.Text(1), q.Text(2), q.Int(3), q.Int(4)});
        });
        !s.ok()) {
      return s;
    }
    return out;
  }

  // --- Linking ---

  Status PutTextSignature(const TextSignatureRow& row) override {
    auto st = Prep(
        "INSERT OR REPLACE INTO text_signatures (document_id, shingles, signature) VALUES (?, ?, "
        "?)");
    if (!st.ok()) return st.status();
    return (*st)->Bind(1, row.document_id).Bind(2, row.shingles).BindBlob(3, row.signature).Run();
  }

  Result<std::vector<std::string>> ImagesWithoutHash(int limit) override {
    auto st = Prep(
        "SELECT DISTINCT i.blob_sha256 FROM document_images i LEFT JOIN image_hashes h ON "
        "h.blob_sha256 = i.blob_sha256 WHERE i.status = 'stored' AND i.blob_sha256 IS NOT NULL "
        "AND h.blob_sha256 IS NULL ORDER BY 1 LIMIT ?");
    if (!st.ok()) return st.status();
    Statement& q = **st;
    q.Bind(1, int64_t{limit});
    std::vector<std::string> out;
    if (Status s = q.ForEachRow([&] { out.push_back(q.Text(0)); }); !s.ok()) return s;
    return out;
  }

  Status PutImageHash(const ImageHashRow& row) override {
    auto st = Prep(
        "INSERT OR REPLACE INTO image_hashes (blob_sha256, quality, hashes, error) VALUES (?, ?, "
        "?, ?)");
    if (!st.ok()) return st.status();
    Statement& q = **st;
    q.Bind(1, row.blob_sha256).Bind(2, row.quality);
    if (row.hashes.empty()) {
      q.BindNull(3);
    } else {
      q.BindBlob(3, row.hashes);
    }
    q.BindOptional(4, row.error);
    return q.Run();
  }

  Status ForEachDocumentImageHash(
      int64_t min_quality, const std::function<Status(const DocumentImageHash&)>& visit) override {
    auto st = Prep(
        "SELECT DISTINCT i.document_id, h.blob_sha256, h.quality, h.hashes FROM document_images i "
        "JOIN image_hashes h ON h.blob_sha256 = i.blob_sha256 WHERE h.quality >= ? AND h.hashes "
        "IS NOT NULL ORDER BY 1, 2");
    if (!st.ok()) return st.status();
    Statement& q = **st;
    q.Bind(1, min_quality);
    return VisitRows(q, [&] {
      return visit({q.Int(0), q.Text(1), q.Int(2), std::string(q.Bytes(3))});
    });
  }

  Status ForEachContact(const std::function<Status(const ContactRow&)>& visit) override {
    // In table order, neither sorted nor made distinct: the resolver accepts any order, and a
    // scan of the table beats the index on (type, value) and a sort of millions of rows. `+type`
    // keeps SQLite from using that index.
    // The place of a value (link/quoted.h) is in its details.
    auto st = Prep("SELECT document_id, type, value, " + std::string(kContactPlaceColumns) +
                   " FROM selectors WHERE +type IN (" + ContactKindsSql() + ")");
    if (!st.ok()) return st.status();
    Statement& q = **st;
    return VisitRows(q, [&] {
      return visit({q.Int(0), q.Bytes(1), q.Bytes(2), q.Bytes(3), q.Bytes(4), q.Bytes(5)});
    });
  }

  Status ForEachFlagFamily(const std::vector<std::string>& families,
                           const std::vector<std::string>& indicators,
                           const std::function<Status(const FlagFamilyRow&)>& visit) override {
    std::string sql = "SELECT DISTINCT document_id, indicator, family FROM flags WHERE 0";
    for (size_t i = 0; i < families.size(); ++i) sql += " OR family = ?";
    for (size_t i = 0; i < indicators.size(); ++i) sql += " OR indicator = ?";
    auto st = Prep(sql);
    if (!st.ok()) return st.status();
    Statement& q = **st;
    int index = 0;
    for (const std::string& f : families) q.Bind(++index, f);
    for (const std::string& i : indicators) q.Bind(++index, i);
    return VisitRows(q, [&] { return visit({q.Int(0), q.Text(1), q.Text(2)}); });
  }

  Result<std::vector<int64_t>> DocumentIds() override {
    return IdList("SELECT id FROM documents ORDER BY id", {});
  }

  Result<std::vector<DocumentHeader>> DocumentHeaders(const std::vector<int64_t>& ids) override {
    auto st = Prep(
        "SELECT id, source_id, site, coalesce(posted_at, ''), coalesce(location, ''), "
        "coalesce(title, ''), coalesce(kind, '') FROM documents WHERE id = ?");
    if (!st.ok()) return st.status();
    Statement& q = **st;
    std::vector<DocumentHeader> out;
    for (int64_t id : ids) {
      q.Bind(1, id);
      Status s = q.ForEachRow([&] {
        out.push_back({q.Int(0), q.Text(1), q.Text(2), q.Text(3), q.Text(4), q.Text(5), q.Text(6)});
      });
      if (!s.ok()) return s;
    }
    return out;
  }

  // Writes only what differs from the stored linkage: a run after a few new documents keeps most
  // member and link rows as they are (bench/link_bench.cpp). Generic values are few and rewritten.
  Status ReplaceLinkage(const std::vector<StoredCluster>& clusters,
                        const std::vector<StoredLink>& links,
                        const std::vector<StoredGeneric>& generic) override {
    ARIADNE_RETURN_IF_ERROR(ReplaceClusters(clusters));
    ARIADNE_RETURN_IF_ERROR(ReplaceMembers(clusters));
    ARIADNE_RETURN_IF_ERROR(ReplaceLinks(links));
    ARIADNE_RETURN_IF_ERROR(db_->Exec("DELETE FROM generic_values"));
    auto gen = Prep(
        "INSERT OR REPLACE INTO generic_values (kind, value, documents, why) VALUES (?, ?, ?, ?)");
    if (!gen.ok()) return gen.status();
    for (const StoredGeneric& g : generic) {
      ARIADNE_RETURN_IF_ERROR(
          (*gen)->Bind(1, g.kind).Bind(2, g.value).Bind(3, g.documents).Bind(4, g.why).Run());
    }
    return Status::Ok();
  }

  Result<std::vector<StoredCluster>> Clusters(int64_t min_size, int limit) override {
    auto st = Prep(
        "SELECT id, size, evidence, score, band, parts, reasons FROM clusters WHERE size >= ? "
        "ORDER BY score DESC, size DESC, id LIMIT ?");
    if (!st.ok()) return st.status();
    Statement& q = **st;
    q.Bind(1, min_size).Bind(2, int64_t{limit});
    std::vector<StoredCluster> out;
    if (Status s = q.ForEachRow([&] { out.push_back(ReadCluster(q)); }); !s.ok()) return s;
    for (StoredCluster& c : out) {
      Result<std::vector<int64_t>> docs = MembersOf(c.id);
      if (!docs.ok()) return docs.status();
      c.documents = std::move(docs).value();
    }
    return out;
  }

  Result<std::optional<StoredCluster>> ClusterById(int64_t id) override {
    auto st =
        Prep("SELECT id, size, evidence, score, band, parts, reasons FROM clusters WHERE id = ?");
    if (!st.ok()) return st.status();
    Statement& q = **st;
    q.Bind(1, id);
    std::optional<StoredCluster> out;
    if (Status s = q.ForEachRow([&] { out = ReadCluster(q); }); !s.ok()) return s;
    if (out) {
      Result<std::vector<int64_t>> docs = MembersOf(out->id);
      if (!docs.ok()) return docs.status();
      out->documents = std::move(docs).value();
    }
    return out;
  }

  Result<std::optional<int64_t>> ClusterIdOf(int64_t document_id) override {
    auto st = Prep("SELECT cluster_id FROM cluster_members WHERE document_id = ?");
    if (!st.ok()) return st.status();
    Statement& q = **st;
    q.Bind(1, document_id);
    std::optional<int64_t> out;
    if (Status s = q.ForEachRow([&] { out = q.Int(0); }); !s.ok()) return s;
    return out;
  }

  Result<std::vector<StoredLink>> DocumentLinks(const std::vector<int64_t>& ids) override {
    std::vector<StoredLink> out;
    auto read = [&](Statement& q) {
      return q.ForEachRow([&] { out.push_back({q.Int(0), q.Int(1), q.Text(2), q.Real(3)}); });
    };
    if (ids.empty()) {
      auto st = Prep("SELECT doc_a, doc_b, kind, similarity FROM document_links ORDER BY 1, 2");
      if (!st.ok()) return st.status();
      if (Status s = read(**st); !s.ok()) return s;
      return out;
    }
    // One query for all of them (json_each): the network flags ask for a link region's thousands.
    auto st = Prep(
        "SELECT l.doc_a, l.doc_b, l.kind, l.similarity FROM (SELECT DISTINCT value AS id FROM "
        "json_each(?1)) j CROSS JOIN document_links l ON l.doc_a = j.id UNION "
        "SELECT l.doc_a, l.doc_b, l.kind, l.similarity FROM (SELECT DISTINCT value AS id FROM "
        "json_each(?1)) j CROSS JOIN document_links l ON l.doc_b = j.id");
    if (!st.ok()) return st.status();
    (*st)->Bind(1, IdArray(ids));
    if (Status s = read(**st); !s.ok()) return s;
    std::sort(out.begin(), out.end(), [](const StoredLink& x, const StoredLink& y) {
      return std::tie(x.a, x.b, x.kind) < std::tie(y.a, y.b, y.kind);
    });
    out.erase(std::unique(out.begin(), out.end(),
                          [](const StoredLink& x, const StoredLink& y) {
                            return x.a == y.a && x.b == y.b && x.kind == y.kind;
                          }),
              out.end());
    return out;
  }

  Result<std::vector<StoredGeneric>> GenericValues() override {
    auto st = Prep(
        "SELECT kind, value, documents, why FROM generic_values ORDER BY documents DESC, kind, "
        "value");
    if (!st.ok()) return st.status();
    Statement& q = **st;
    std::vector<StoredGeneric> out;
    if (Status s = q.ForEachRow([&] {
          out.push_back({q.Text(0), q.Text(1), q.Int(2), q.Text(3)});
        });
        !s.ok()) {
      return s;
    }
    return out;
  }

  Result<std::vector<int64_t>> DocumentsWithContact(std::string_view type,
                                                    std::string_view value) override {
    return IdList(
        "SELECT DISTINCT document_id FROM selectors WHERE type = ? AND value = ? ORDER BY 1",
        {std::string(type), std::string(value)});
  }

  // --- Batched reads of a set of documents (json_each: one bound value whatever their number) ---

  static std::string IdArray(const std::vector<int64_t>& ids) {
    return fmt::format("[{}]", fmt::join(ids, ","));
  }

  // The ids sorted, each once: a query joining json_each(?) to them then reads them in id order.
  static std::string SortedIdArray(std::vector<int64_t> ids) {
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return IdArray(ids);
  }

  Status ForEachSightingOf(
      const std::vector<int64_t>& documents,
      const std::function<Status(int64_t id, std::string_view posted_at, std::string_view location,
                                 std::string_view stated_age)>& visit) override {
    if (documents.empty()) return Status::Ok();
    Result<FirstAges> ages = FirstAgesOf(documents);
    if (!ages.ok()) return ages.status();
    // In id order without an ORDER BY (SQLite's sorter): the ids go in sorted and once each, and
    // json_each gives them in array order.
    auto st = Prep(
        "SELECT d.id, coalesce(d.posted_at, ''), coalesce(d.location, '') FROM json_each(?) j "
        "CROSS JOIN documents d INDEXED BY documents_filter_probe ON d.id = j.value");
    if (!st.ok()) return st.status();
    Statement& q = **st;
    q.Bind(1, SortedIdArray(documents));
    return VisitRows(q, [&] {
      const int64_t id = q.Int(0);
      return visit(id, q.Bytes(1), q.Bytes(2), ages->Of(id));
    });
  }

  Result<std::map<int64_t, std::vector<int64_t>>> ClusterMembersOf(
      const std::vector<int64_t>& documents) override {
    std::map<int64_t, std::vector<int64_t>> out;
    if (documents.empty()) return out;
    auto st = Prep(
        "SELECT m.cluster_id, m.document_id FROM (SELECT DISTINCT c.cluster_id FROM json_each(?) j "
        "CROSS JOIN cluster_members c ON c.document_id = j.value) wanted CROSS JOIN "
        "cluster_members m ON m.cluster_id = wanted.cluster_id ORDER BY 1, 2");
    if (!st.ok()) return st.status();
    Statement& q = **st;
    q.Bind(1, IdArray(documents));
    ARIADNE_RETURN_IF_ERROR(q.ForEachRow([&] { out[q.Int(0)].push_back(q.Int(1)); }));
    return out;
  }

  Result<std::vector<StoredFlag>> StructuralFlagsOn(
      const std::vector<int64_t>& documents, const std::vector<std::string>& indicators) override {
    std::vector<StoredFlag> out;
    if (documents.empty() || indicators.empty()) return out;
    auto st = Prep(
        "SELECT f.document_id, f.indicator, f.revision, f.family, f.tier, f.category, f.lang, "
        "f.spans, f.matched, f.evidence, f.why, f.weight, f.from_candidate, f.structural, f.id "
        "FROM (SELECT DISTINCT value AS id FROM json_each(?)) j CROSS JOIN flags f ON "
        "f.document_id = j.id WHERE f.structural = 1 AND +f.indicator IN (" +
        Placeholders(indicators.size()) + ")");
    if (!st.ok()) return st.status();
    Statement& q = **st;
    q.Bind(1, IdArray(documents));
    for (size_t i = 0; i < indicators.size(); ++i) q.Bind(static_cast<int>(i + 2), indicators[i]);
    // Sorted here, not by an ORDER BY: SQLite's sorter copied every row with its evidence (most
    // of the read).
    std::vector<std::pair<int64_t, int64_t>> order;  // (document, row id) -> position in `out`
    ARIADNE_RETURN_IF_ERROR(q.ForEachRow([&] {
      out.push_back(FlagFromRow(q));
      order.emplace_back(out.back().document_id, q.Int(14));
    }));
    std::vector<size_t> by_row(out.size());
    for (size_t i = 0; i < by_row.size(); ++i) by_row[i] = i;
    std::sort(by_row.begin(), by_row.end(),
              [&](size_t a, size_t b) { return order[a] < order[b]; });
    std::vector<StoredFlag> sorted;
    sorted.reserve(out.size());
    for (size_t i : by_row) sorted.push_back(std::move(out[i]));
    return sorted;
  }

  Status ForEachFlagIndicatorOf(
      const std::vector<int64_t>& documents,
      const std::function<Status(int64_t document_id, std::string_view indicator,
                                 bool from_candidate)>& visit) override {
    if (documents.empty()) return Status::Ok();
    auto st = Prep(
        "SELECT f.document_id, f.indicator, f.from_candidate FROM (SELECT DISTINCT value AS id "
        "FROM json_each(?)) j CROSS JOIN flags f ON f.document_id = j.id ORDER BY f.document_id, "
        "f.indicator, f.structural, f.id");
    if (!st.ok()) return st.status();
    Statement& q = **st;
    q.Bind(1, IdArray(documents));
    return VisitRows(q, [&] { return visit(q.Int(0), q.Bytes(1), q.Int(2) != 0); });
  }

  Result<std::vector<StoredScore>> ScoresOf(const std::vector<int64_t>& documents) override {
    std::vector<StoredScore> out;
    if (documents.empty()) return out;
    auto st = Prep(
        "SELECT s.document_id, s.kind, s.score, s.band, s.fraud_score, s.fraud_band, "
        "s.contributions, s.fraud_contributions FROM (SELECT DISTINCT value AS id FROM "
        "json_each(?)) j CROSS JOIN document_scores s ON s.document_id = j.id ORDER BY "
        "s.document_id");
    if (!st.ok()) return st.status();
    Statement& q = **st;
    q.Bind(1, IdArray(documents));
    ARIADNE_RETURN_IF_ERROR(q.ForEachRow([&] { out.push_back(ScoreFromRow(q)); }));
    return out;
  }

  Status ForEachJobAdOf(
      const std::vector<int64_t>& documents,
      const std::function<Status(int64_t id, std::string_view attributes_json)>& visit) override {
    if (documents.empty()) return Status::Ok();
    // The kind is read from the covering index; the row (and its attributes) only for job ads, the
    // score's kind only for documents of no stated kind.
    // In id order without an ORDER BY, as ForEachSightingOf.
    auto st = Prep(
        "SELECT d.id, (SELECT a.attributes FROM documents a WHERE a.id = d.id) FROM json_each(?) j "
        "CROSS JOIN documents d INDEXED BY documents_filter_probe ON d.id = j.value WHERE d.kind = "
        "'labour' OR (d.kind IS NULL AND (SELECT s.kind FROM document_scores s WHERE "
        "s.document_id = d.id) = 'labour')");
    if (!st.ok()) return st.status();
    Statement& q = **st;
    q.Bind(1, SortedIdArray(documents));
    return VisitRows(q, [&] { return visit(q.Int(0), q.Bytes(1)); });
  }

 private:
  // Steps through every row, calling `visit()` (it reads the columns and returns a Status) until
  // one fails; returns the first failure.
  template <typename Visit>
  static Status VisitRows(Statement& q, Visit&& visit) {
    Status failed = Status::Ok();
    Status s = q.ForEachRow([&] {
      if (failed.ok()) failed = visit();
    });
    return s.ok() ? failed : s;
  }

  // A digest of a cluster row's columns, to tell an unchanged row from a changed one.
  static uint64_t ClusterDigest(int64_t size, double evidence, int64_t score, std::string_view band,
                                std::string_view parts, std::string_view reasons) {
    uint64_t h = std::hash<std::string_view>{}(band);
    auto mix = [&h](uint64_t v) { h = (h ^ v) * 0x100000001B3ull + (h >> 29); };
    uint64_t evidence_bits = 0;
    std::memcpy(&evidence_bits, &evidence, sizeof evidence_bits);
    mix(static_cast<uint64_t>(size));
    mix(evidence_bits);
    mix(static_cast<uint64_t>(score));
    mix(std::hash<std::string_view>{}(parts));
    mix(std::hash<std::string_view>{}(reasons));
    return h;
  }

  Status ReplaceClusters(const std::vector<StoredCluster>& clusters) {
    std::unordered_map<int64_t, uint64_t> stored;
    {
      auto st = Prep("SELECT id, size, evidence, score, band, parts, reasons FROM clusters");
      if (!st.ok()) return st.status();
      Statement& q = **st;
      ARIADNE_RETURN_IF_ERROR(q.ForEachRow([&] {
        stored[q.Int(0)] =
            ClusterDigest(q.Int(1), q.Real(2), q.Int(3), q.Bytes(4), q.Bytes(5), q.Bytes(6));
      }));
    }
    auto put = Prep(
        "INSERT OR REPLACE INTO clusters (id, size, evidence, score, band, parts, reasons) VALUES "
        "(?, ?, ?, ?, ?, ?, ?)");
    auto drop = Prep("DELETE FROM clusters WHERE id = ?");
    if (!put.ok()) return put.status();
    if (!drop.ok()) return drop.status();
    for (const StoredCluster& c : clusters) {
      auto it = stored.find(c.id);
      if (it != stored.end()) {
        const bool same = it->second == ClusterDigest(c.size, c.evidence, c.score, c.band,
                                                      c.parts_json, c.reasons_json);
        stored.erase(it);
        if (same) continue;
      }
      ARIADNE_RETURN_IF_ERROR((*put)
                                  ->Bind(1, c.id)
                                  .Bind(2, c.size)
                                  .Bind(3, c.evidence)
                                  .Bind(4, c.score)
                                  .Bind(5, c.band)
                                  .Bind(6, c.parts_json)
                                  .Bind(7, c.reasons_json)
                                  .Run());
    }
    for (const auto& [id, digest] : stored) ARIADNE_RETURN_IF_ERROR((*drop)->Bind(1, id).Run());
    return Status::Ok();
  }

  Status ReplaceMembers(const std::vector<StoredCluster>& clusters) {
    std::vector<std::pair<int64_t, int64_t>> wanted;  // (document, cluster)
    for (const StoredCluster& c : clusters) {
      for (int64_t d : c.documents) wanted.push_back({d, c.id});
    }
    std::sort(wanted.begin(), wanted.end());
    std::vector<std::pair<int64_t, int64_t>> stored;
    {
      auto st = Prep("SELECT document_id, cluster_id FROM cluster_members ORDER BY document_id");
      if (!st.ok()) return st.status();
      Statement& q = **st;
      ARIADNE_RETURN_IF_ERROR(q.ForEachRow([&] { stored.push_back({q.Int(0), q.Int(1)}); }));
    }
    auto put =
        Prep("INSERT OR REPLACE INTO cluster_members (document_id, cluster_id) VALUES (?, ?)");
    auto drop = Prep("DELETE FROM cluster_members WHERE document_id = ?");
    if (!put.ok()) return put.status();
    if (!drop.ok()) return drop.status();
    size_t s = 0;
    for (const auto& [document, cluster] : wanted) {
      while (s < stored.size() && stored[s].first < document) {
        ARIADNE_RETURN_IF_ERROR((*drop)->Bind(1, stored[s++].first).Run());
      }
      if (s < stored.size() && stored[s].first == document) {
        if (stored[s++].second == cluster) continue;
      }
      ARIADNE_RETURN_IF_ERROR((*put)->Bind(1, document).Bind(2, cluster).Run());
    }
    for (; s < stored.size(); ++s) ARIADNE_RETURN_IF_ERROR((*drop)->Bind(1, stored[s].first).Run());
    return Status::Ok();
  }

  Status ReplaceLinks(const std::vector<StoredLink>& links) {
    auto before = [](const StoredLink& x, const StoredLink& y) {
      return std::tie(x.a, x.b, x.kind) < std::tie(y.a, y.b, y.kind);
    };
    std::vector<StoredLink> wanted = links;
    std::sort(wanted.begin(), wanted.end(), before);
    std::vector<StoredLink> stored;
    {
      auto st = Prep("SELECT doc_a, doc_b, kind, similarity FROM document_links ORDER BY 1, 2, 3");
      if (!st.ok()) return st.status();
      Statement& q = **st;
      ARIADNE_RETURN_IF_ERROR(q.ForEachRow([&] {
        stored.push_back({q.Int(0), q.Int(1), q.Text(2), q.Real(3)});
      }));
    }
    auto put = Prep(
        "INSERT OR REPLACE INTO document_links (doc_a, doc_b, kind, similarity) VALUES (?, ?, ?, "
        "?)");
    auto drop = Prep("DELETE FROM document_links WHERE doc_a = ? AND doc_b = ? AND kind = ?");
    if (!put.ok()) return put.status();
    if (!drop.ok()) return drop.status();
    auto remove = [&](const StoredLink& l) {
      return (*drop)->Bind(1, l.a).Bind(2, l.b).Bind(3, l.kind).Run();
    };
    size_t s = 0;
    for (const StoredLink& l : wanted) {
      while (s < stored.size() && before(stored[s], l))
        ARIADNE_RETURN_IF_ERROR(remove(stored[s++]));
      if (s < stored.size() && !before(l, stored[s])) {
        if (stored[s++].similarity == l.similarity) continue;
      }
      ARIADNE_RETURN_IF_ERROR(
          (*put)->Bind(1, l.a).Bind(2, l.b).Bind(3, l.kind).Bind(4, l.similarity).Run());
    }
    for (; s < stored.size(); ++s) ARIADNE_RETURN_IF_ERROR(remove(stored[s]));
    return Status::Ok();
  }

  static StoredCluster ReadCluster(Statement& q) {
    StoredCluster c;
    c.id = q.Int(0);
    c.size = q.Int(1);
    c.evidence = q.Real(2);
    c.score = q.Int(3);
    c.band = q.Text(4);
    c.parts_json = q.Text(5);
    c.reasons_json = q.Text(6);
    return c;
  }

  Result<std::vector<int64_t>> MembersOf(int64_t cluster_id) {
    auto st = Prep("SELECT document_id FROM cluster_members WHERE cluster_id = ? ORDER BY 1");
    if (!st.ok()) return st.status();
    Statement& q = **st;
    q.Bind(1, cluster_id);
    std::vector<int64_t> out;
    if (Status s = q.ForEachRow([&] { out.push_back(q.Int(0)); }); !s.ok()) return s;
    return out;
  }

  // The first column of every row, as ids; `texts` are bound in order.
  Result<std::vector<int64_t>> IdList(const std::string& sql,
                                      const std::vector<std::string>& texts) {
    auto st = Prep(sql);
    if (!st.ok()) return st.status();
    Statement& q = **st;
    for (size_t i = 0; i < texts.size(); ++i) q.Bind(static_cast<int>(i + 1), texts[i]);
    std::vector<int64_t> out;
    if (Status s = q.ForEachRow([&] { out.push_back(q.Int(0)); }); !s.ok()) return s;
    return out;
  }

  static constexpr const char* kScoreColumns =
      "SELECT document_id, kind, score, band, fraud_score, fraud_band, contributions, "
      "fraud_contributions FROM document_scores";
  static StoredScore ScoreFromRow(Statement& q) {
    return {q.Int(0), q.Text(1), q.Int(2), q.Text(3), q.Int(4), q.Text(5), q.Text(6), q.Text(7)};
  }

  // A flag from the columns document_id, indicator, revision, family, tier, category, lang, spans,
  // matched, evidence, why, weight, from_candidate, structural.
  static StoredFlag FlagFromRow(Statement& q) {
    return {q.Int(0),  q.Text(1), q.Int(2),  q.Text(3),  q.Text(4), q.Text(5),      q.Text(6),
            q.Text(7), q.Text(8), q.Text(9), q.Text(10), q.Int(11), q.Int(12) != 0, q.Int(13) != 0};
  }

  // Whether the document may have selectors or flags stored: false when it is above the highest
  // document id with either, read once per transaction (an index's last entry each) and raised by
  // this connection's own writes since. The new documents of an import have none: their first
  // analysis stores its rows without a delete each before (two index probes a document that found
  // nothing). Outside a transaction, always true (another connection may write in between).
  Result<bool> MayHaveSelectorsOrFlags(int64_t document_id) {
    if (sqlite3_get_autocommit(db_->raw()) != 0) return true;
    if (!last_with_rows_.has_value()) {
      Result<int64_t> last = OneInt(
          "SELECT max(coalesce((SELECT max(document_id) FROM selectors), 0), "
          "coalesce((SELECT max(document_id) FROM flags), 0))");
      if (!last.ok()) return last.status();
      last_with_rows_ = *last;
    }
    return document_id <= *last_with_rows_;
  }

  // A selector or flag of the document is being written (see MayHaveSelectorsOrFlags).
  void NoteRowsOf(int64_t document_id) {
    if (last_with_rows_.has_value()) last_with_rows_ = std::max(*last_with_rows_, document_id);
  }

  Status InsertFlag(const StoredFlag& flag) {
    NoteRowsOf(flag.document_id);
    auto ins = Prep(
        "INSERT INTO flags (document_id, indicator, revision, family, tier, category, lang, spans, "
        "matched, evidence, why, weight, from_candidate, structural) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!ins.ok()) return ins.status();
    return (*ins)  // texts bound without a copy: `flag` outlives Run(), which resets
        ->Bind(1, flag.document_id)
        .BindStatic(2, flag.indicator)
        .Bind(3, flag.revision)
        .BindStatic(4, flag.family)
        .BindStatic(5, flag.tier)
        .BindStatic(6, flag.category)
        .BindStatic(7, flag.lang)
        .BindStatic(8, flag.spans_json)
        .BindStatic(9, flag.matched_json)
        .BindStatic(10, flag.evidence_json)
        .BindStatic(11, flag.why)
        .Bind(12, flag.weight)
        .Bind(13, int64_t{flag.from_candidate ? 1 : 0})
        .Bind(14, int64_t{flag.structural ? 1 : 0})
        .Run();
  }

  static constexpr const char* kImportColumns =
      "SELECT id, blob_sha256, file_name, format, options, status, next_offset, next_line, "
      "imported, "
      "skipped, duplicated, started_at, coalesce(finished_at, '') FROM imports";
  static constexpr const char* kDocumentColumns =
      "SELECT d.id, d.source_id, d.site, coalesce(d.url, ''), coalesce(d.title, ''), d.text, "
      "coalesce(d.posted_at, ''), coalesce(d.location, ''), coalesce(d.lang, ''), "
      "coalesce(d.region, ''), coalesce(d.kind, ''), d.attributes, d.blob_sha256, i.file_name, "
      "d.line, "
      "d.byte_start, d.byte_end, d.imported_at FROM documents d JOIN imports i ON i.id = "
      "d.import_id";

  static ImportRecord ReadImport(Statement& st) {
    ImportRecord r;
    r.id = st.Int(0);
    r.blob_sha256 = st.Text(1);
    r.file_name = st.Text(2);
    r.format = st.Text(3);
    r.options = st.Text(4);
    r.status = st.Text(5);
    r.next_offset = st.Int(6);
    r.next_line = st.Int(7);
    r.imported = st.Int(8);
    r.skipped = st.Int(9);
    r.duplicated = st.Int(10);
    r.started_at = st.Text(11);
    r.finished_at = st.Text(12);
    return r;
  }

  static Document ReadDocument(Statement& st) {
    Document d;
    d.id = st.Int(0);
    d.source_id = st.Text(1);
    d.site = st.Text(2);
    d.url = st.Text(3);
    d.title = st.Text(4);
    d.text = st.Text(5);
    d.posted_at = st.Text(6);
    d.location = st.Text(7);
    d.lang = st.Text(8);
    d.region = st.Text(9);
    d.kind = st.Text(10);
    d.attributes_json = st.Text(11);
    d.provenance.blob_sha256 = st.Text(12);
    d.provenance.file_name = st.Text(13);
    d.provenance.line = st.Int(14);
    d.provenance.byte_start = st.Int(15);
    d.provenance.byte_end = st.Int(16);
    d.imported_at = st.Text(17);
    return d;
  }

  Result<Statement*> Prep(const std::string& sql) { return statements_.Prep(sql); }

  Result<int64_t> ScalarInt(const char* sql) {
    auto st = Prep(sql);
    if (!st.ok()) return st.status();
    Result<bool> r = (*st)->Step();
    if (!r.ok()) return r.status();
    const int64_t v = (*st)->Int(0);
    (*st)->Reset();
    return v;
  }

  std::unique_ptr<Db> db_;
  StatementCache statements_{db_.get()};
  std::unique_ptr<Db> search_db_;  // SearchConnection()'s, opened at the first search by words
  std::atomic<Db*> search_conn_ = nullptr;  // the same, for Interrupt() on another thread
  // InsertDocument's statements (owned by statements_).
  Statement* insert_document_ = nullptr;
  // Their images' and RecordProblems' multi-row INSERTs, one per size of kRowsPerInsert.
  std::array<Statement*, kRowSizes> insert_images_{};
  std::array<Statement*, kRowSizes> insert_problems_{};
  // The highest document id with selectors or flags in this transaction (MayHaveSelectorsOrFlags);
  // none when not read yet. Forgotten at every transaction's start and end.
  std::optional<int64_t> last_with_rows_;
};

}  // namespace

}  // namespace ariadne::store::sqlite

namespace ariadne::store {

std::string DocumentContentSha256(const Document& doc) {
  Sha256 h;
  h.Update(doc.title);
  h.Update(std::string_view("\0", 1));
  h.Update(doc.text);
  return h.HexDigest();
}

Result<InsertOutcome> InsertDocumentWithContentSha256(CaseStore& case_store, Document& doc,
                                                      int64_t import_id,
                                                      std::string_view content_sha256) {
  auto* s = dynamic_cast<sqlite::SqliteCaseStore*>(&case_store);
  if (s == nullptr) return case_store.InsertDocument(doc, import_id);
  return s->InsertDocumentWithContentSha256(doc, import_id, content_sha256);
}

}  // namespace ariadne::store

namespace ariadne::store::sqlite {

Db* ConnectionOf(CaseStore& store) {
  auto* s = dynamic_cast<SqliteCaseStore*>(&store);
  return s == nullptr ? nullptr : &s->db();
}

Result<std::unique_ptr<CaseStore>> CreateSqliteCaseStore(const std::string& db_path,
                                                         const CaseInfo& info) {
  if (std::filesystem::exists(db_path)) {
    return Conflict(fmt::format("{} exists already: a case is never overwritten", db_path));
  }
  Result<std::unique_ptr<Db>> db = Db::Open(db_path, /*create=*/true);
  if (!db.ok()) return db.status();
  ARIADNE_RETURN_IF_ERROR(Migrate(**db));
  auto store = std::make_unique<SqliteCaseStore>(std::move(db).value());
  ARIADNE_RETURN_IF_ERROR(store->Begin());
  Status s = store->WriteInfo(info);
  if (!s.ok()) {
    store->Rollback();
    return s;
  }
  ARIADNE_RETURN_IF_ERROR(store->Commit());
  return std::unique_ptr<CaseStore>(std::move(store));
}

Result<std::unique_ptr<CaseStore>> OpenSqliteCaseStore(const std::string& db_path) {
  if (!std::filesystem::exists(db_path)) {
    return IoError(
        fmt::format("{}: no case database here (create one with `ariadne init`)", db_path));
  }
  Result<std::unique_ptr<Db>> db = Db::Open(db_path, /*create=*/false);
  if (!db.ok()) return db.status();
  ARIADNE_RETURN_IF_ERROR(Migrate(**db));
  // The case's writer (imports, analyses): its commits no longer wait for checkpoints.
  (*db)->CheckpointInBackground(kWalCheckpointPages);
  return std::unique_ptr<CaseStore>(std::make_unique<SqliteCaseStore>(std::move(db).value()));
}

}  // namespace ariadne::store::sqlite
