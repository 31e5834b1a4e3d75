// The SQLite custody tables (store/custody_store.h). Own connection to DIR/case.db.
#include <fmt/format.h>

#include "store/case_store.h"
#include "store/custody_store.h"
#include "store/selector_in_title.h"
#include "store/sqlite/sqlite_case_store.h"
#include "store/sqlite/sqlite_db.h"

namespace ariadne::store {

namespace sqlite {
namespace {

constexpr const char* kZeroHash =
    "0000000000000000000000000000000000000000000000000000000000000000";

// A selector's raw text must be the bytes of the document text it points at (of its title for a
// title's contact: store/selector_in_title.h, whose mark the SQL looks for in the details).
std::string SelectorBytesCheckSql() {
  static_assert(kInTitleDetail.find('\'') == std::string_view::npos,
                "the mark is quoted in SQL with single quotes");
  return fmt::format(
      "SELECT 'selector ' || s.id || ' of document ' || s.document_id || ': bytes ' || s.start "
      "|| '-' || s.end || ' of the ' || s.field || ' are not \"' || s.raw || '\" (' || s.field "
      "|| ' or selector changed)' FROM (SELECT s.*, CASE WHEN s.in_title THEN 'title' ELSE "
      "'text' END AS field, CAST(CASE WHEN s.in_title THEN coalesce(d.title, '') ELSE d.text "
      "END AS BLOB) AS bytes FROM (SELECT *, instr(details, '{}') > 0 AS in_title FROM "
      "selectors) s JOIN documents d ON d.id = s.document_id) s WHERE s.start < 0 OR s.end < "
      "s.start OR s.end > length(s.bytes) OR substr(s.bytes, s.start + 1, s.end - s.start) <> "
      "CAST(s.raw AS BLOB)",
      kInTitleDetail);
}

class SqliteCustodyStore final : public CustodyStore {
 public:
  explicit SqliteCustodyStore(std::unique_ptr<Db> db) : db_(std::move(db)) {}

  Result<CustodyEventRow> AppendEvent(
      CustodyEventRow row,
      const std::function<std::string(const CustodyEventRow&)>& hasher) override {
    ARIADNE_RETURN_IF_ERROR(db_->Exec("BEGIN IMMEDIATE"));
    Result<CustodyEventRow> r = AppendLocked(std::move(row), hasher);
    if (!r.ok()) {
      (void)db_->Exec("ROLLBACK");
      return r;
    }
    if (Status s = db_->Exec("COMMIT"); !s.ok()) {
      (void)db_->Exec("ROLLBACK");
      return s;
    }
    return r;
  }

  Status ForEachEvent(int64_t from_seq,
                      const std::function<Status(const CustodyEventRow&)>& visit) override {
    Result<Statement> st = db_->Prepare(
        "SELECT seq, time, actor, action, object, hashes, details, tool_version, prev_hash, hash "
        "FROM custody_events WHERE seq >= ? ORDER BY seq");
    if (!st.ok()) return st.status();
    st->Bind(1, from_seq);
    for (;;) {
      Result<bool> more = st->Step();
      if (!more.ok()) return more.status();
      if (!*more) return Status::Ok();
      CustodyEventRow e;
      e.seq = st->Int(0);
      e.time = st->Text(1);
      e.actor = st->Text(2);
      e.action = st->Text(3);
      e.object = st->Text(4);
      e.hashes = st->Text(5);
      e.details = st->Text(6);
      e.tool_version = st->Text(7);
      e.prev_hash = st->Text(8);
      e.hash = st->Text(9);
      ARIADNE_RETURN_IF_ERROR(visit(e));
    }
  }

  Result<int64_t> EventCount() override { return Scalar("SELECT count(*) FROM custody_events"); }

  Status AddCheckpoint(const CustodyCheckpointRow& row) override {
    Result<Statement> st = db_->Prepare(
        "INSERT OR REPLACE INTO custody_checkpoints (tree_size, root_hash, time, key_id, "
        "signature) VALUES (?, ?, ?, ?, ?)");
    if (!st.ok()) return st.status();
    return st->Bind(1, row.tree_size)
        .Bind(2, row.root_hash)
        .Bind(3, row.time)
        .Bind(4, row.key_id)
        .Bind(5, row.signature)
        .Run();
  }

  Result<std::vector<CustodyCheckpointRow>> Checkpoints() override {
    Result<Statement> st = db_->Prepare(
        "SELECT tree_size, root_hash, time, key_id, signature FROM custody_checkpoints ORDER BY "
        "tree_size");
    if (!st.ok()) return st.status();
    std::vector<CustodyCheckpointRow> out;
    ARIADNE_RETURN_IF_ERROR(st->ForEachRow([&] {
      out.push_back({st->Int(0), st->Text(1), st->Text(2), st->Text(3), st->Text(4)});
    }));
    return out;
  }

  Status ForEachBlob(const std::function<Status(const CustodyBlobRow&)>& visit) override {
    Result<Statement> st =
        db_->Prepare("SELECT sha256, size, coalesce(media_type, '') FROM blobs ORDER BY sha256");
    if (!st.ok()) return st.status();
    for (;;) {
      Result<bool> more = st->Step();
      if (!more.ok()) return more.status();
      if (!*more) return Status::Ok();
      ARIADNE_RETURN_IF_ERROR(visit({st->Text(0), st->Int(1), st->Text(2)}));
    }
  }

  Status ForEachSealInput(int64_t import_id,
                          const std::function<Status(const SealInput&)>& visit) override {
    return SealInputs(import_id, /*unsealed_only=*/false, visit);
  }

  Status ForEachUnsealedInput(int64_t import_id,
                              const std::function<Status(const SealInput&)>& visit) override {
    if (import_id != 0) {
      // An import that sealed as it stored has as many seals as documents it imported: then
      // skip reading every document back (documents have no index by import; seals have). When
      // documents were purged since, the scan runs and finds nothing to seal.
      Result<int64_t> missing = Scalar(
          "SELECT coalesce((SELECT imported FROM imports WHERE id = ?1), 0) - (SELECT count(*) "
          "FROM document_seals WHERE import_id = ?1)",
          import_id);
      if (!missing.ok()) return missing.status();
      if (*missing <= 0) return Status::Ok();
    }
    return SealInputs(import_id, /*unsealed_only=*/true, visit);
  }

  Status SealInputs(int64_t import_id, bool unsealed_only,
                    const std::function<Status(const SealInput&)>& visit) {
    // Documents and their images are read as two ordered streams merged by document id, so a
    // million documents cost two scans, not a million queries. The unsealed ones are found first
    // by their ids alone, from the smallest index that holds them (SQLite picks a covering one),
    // and only they are read: after a chat import every document is sealed (its `imported`
    // counts messages, so the check in ForEachUnsealedInput cannot skip the search), and scanning
    // the table read each row's first page, 7 MB of a 50 MB export's segments; comparing
    // `import_id`, stored after the text, walked their overflow pages too (SQLite compares before
    // it runs the seal's subquery), 50 MB read back at the import's end with both cores idle.
    const std::string filter =
        std::string(unsealed_only ? "d.id IN (SELECT x.id FROM documents x WHERE NOT EXISTS "
                                    "(SELECT 1 FROM document_seals s WHERE s.document_id = x.id)) "
                                    "AND "
                                  : "") +
        "(? = 0 OR d.import_id = ?)";
    Result<Statement> docs = db_->Prepare(
        "SELECT d.id, d.source_id, d.site, coalesce(d.url, ''), coalesce(d.title, ''), d.text, "
        "coalesce(d.posted_at, ''), coalesce(d.location, ''), coalesce(d.lang, ''), "
        "coalesce(d.region, ''), coalesce(d.kind, ''), d.attributes, d.blob_sha256, "
        "coalesce(i.file_name, ''), d.line, d.byte_start, d.byte_end, d.imported_at, d.import_id "
        "FROM documents d LEFT JOIN imports i ON i.id = d.import_id "
        "WHERE " +
        filter + " ORDER BY d.id");
    if (!docs.ok()) return docs.status();
    docs->Bind(1, import_id).Bind(2, import_id);
    Result<Statement> images = db_->Prepare(
        "SELECT m.document_id, m.ref, coalesce(m.blob_sha256, ''), m.status FROM document_images m "
        "JOIN documents d ON d.id = m.document_id WHERE " +
        filter + " ORDER BY m.document_id, m.position");
    if (!images.ok()) return images.status();
    images->Bind(1, import_id).Bind(2, import_id);
    // The images' stream starts with the first document read (none: it is never run).
    Result<bool> image_row = false;
    bool images_started = false;
    for (;;) {
      Result<bool> more = docs->Step();
      if (!more.ok()) return more.status();
      if (!*more) return Status::Ok();
      if (!images_started) {
        images_started = true;
        image_row = images->Step();
        if (!image_row.ok()) return image_row.status();
      }
      SealInput in;
      Document& d = in.doc;
      d.id = docs->Int(0);
      d.source_id = docs->Text(1);
      d.site = docs->Text(2);
      d.url = docs->Text(3);
      d.title = docs->Text(4);
      d.text = docs->Text(5);
      d.posted_at = docs->Text(6);
      d.location = docs->Text(7);
      d.lang = docs->Text(8);
      d.region = docs->Text(9);
      d.kind = docs->Text(10);
      d.attributes_json = docs->Text(11);
      d.provenance.blob_sha256 = docs->Text(12);
      d.provenance.file_name = docs->Text(13);
      d.provenance.line = docs->Int(14);
      d.provenance.byte_start = docs->Int(15);
      d.provenance.byte_end = docs->Int(16);
      d.imported_at = docs->Text(17);
      in.import_id = docs->Int(18);
      while (*image_row && images->Int(0) <= d.id) {
        if (images->Int(0) == d.id) {
          d.images.push_back({images->Text(1), images->Text(2), images->Text(3)});
        }
        image_row = images->Step();
        if (!image_row.ok()) return image_row.status();
      }
      ARIADNE_RETURN_IF_ERROR(visit(in));
    }
  }

  Status ForEachSeal(int64_t import_id,
                     const std::function<Status(const DocumentSealRow&)>& visit) override {
    // One import's seals through document_seals_by_import (its rows are in document order there
    // too), not a scan of every seal of the case.
    Result<Statement> st = db_->Prepare(
        import_id == 0 ? "SELECT document_id, import_id, seal FROM document_seals WHERE ? = 0 "
                         "ORDER BY document_id"
                       : "SELECT document_id, import_id, seal FROM document_seals WHERE import_id "
                         "= ? ORDER BY document_id");
    if (!st.ok()) return st.status();
    st->Bind(1, import_id);
    for (;;) {
      Result<bool> more = st->Step();
      if (!more.ok()) return more.status();
      if (!*more) return Status::Ok();
      ARIADNE_RETURN_IF_ERROR(visit({st->Int(0), st->Int(1), st->Text(2)}));
    }
  }

  Result<std::optional<DocumentSealRow>> SealOf(int64_t document_id) override {
    Result<Statement> st = db_->Prepare(
        "SELECT document_id, import_id, seal FROM document_seals WHERE document_id = ?");
    if (!st.ok()) return st.status();
    st->Bind(1, document_id);
    Result<bool> row = st->Step();
    if (!row.ok()) return row.status();
    if (!*row) return std::optional<DocumentSealRow>();
    return std::optional<DocumentSealRow>(DocumentSealRow{st->Int(0), st->Int(1), st->Text(2)});
  }

  Status PutSeals(const std::vector<DocumentSealRow>& seals) override {
    ARIADNE_RETURN_IF_ERROR(db_->Exec("BEGIN IMMEDIATE"));
    Result<Statement> st = db_->Prepare(
        "INSERT OR REPLACE INTO document_seals (document_id, import_id, seal) VALUES (?, ?, ?)");
    if (!st.ok()) {
      (void)db_->Exec("ROLLBACK");
      return st.status();
    }
    for (const DocumentSealRow& r : seals) {
      if (Status s = st->Bind(1, r.document_id).Bind(2, r.import_id).Bind(3, r.seal).Run();
          !s.ok()) {
        (void)db_->Exec("ROLLBACK");
        return s;
      }
    }
    return db_->Exec("COMMIT");
  }

  Result<std::vector<ImportRef>> Imports() override {
    Result<Statement> st = db_->Prepare("SELECT id, blob_sha256, status FROM imports ORDER BY id");
    if (!st.ok()) return st.status();
    std::vector<ImportRef> out;
    ARIADNE_RETURN_IF_ERROR(st->ForEachRow([&] {
      out.push_back({st->Int(0), st->Text(1), st->Text(2)});
    }));
    return out;
  }

  Status ForEachTip(
      const std::function<Status(int64_t id, const std::string& text)>& visit) override {
    Result<Statement> st = db_->Prepare("SELECT id, text FROM tips ORDER BY id");
    if (!st.ok()) return st.status();
    for (;;) {
      Result<bool> more = st->Step();
      if (!more.ok()) return more.status();
      if (!*more) return Status::Ok();
      ARIADNE_RETURN_IF_ERROR(visit(st->Int(0), st->Text(1)));
    }
  }

  Result<std::vector<std::string>> DanglingReferences() override {
    // Each query yields (row id, message); the messages name the row and what it points at.
    static constexpr const char* kChecks[] = {
        "SELECT 'document ' || d.id || ': its original blob ' || substr(d.blob_sha256, 1, 12) || "
        "'… is not recorded in the case' FROM documents d LEFT JOIN blobs b ON b.sha256 = "
        "d.blob_sha256 WHERE b.sha256 IS NULL",
        "SELECT 'document ' || d.id || ': its import ' || d.import_id || ' does not exist' FROM "
        "documents d LEFT JOIN imports i ON i.id = d.import_id WHERE i.id IS NULL",
        "SELECT 'document ' || m.document_id || ': image ' || m.position || ' blob ' || "
        "substr(m.blob_sha256, 1, 12) || '… is not recorded in the case' FROM document_images m "
        "LEFT JOIN blobs b ON b.sha256 = m.blob_sha256 WHERE m.blob_sha256 IS NOT NULL AND "
        "b.sha256 IS NULL",
        "SELECT 'document ' || m.document_id || ': has image rows but no document row' FROM "
        "document_images m LEFT JOIN documents d ON d.id = m.document_id WHERE d.id IS NULL "
        "GROUP BY m.document_id",
        "SELECT 'import ' || i.id || ': its file blob ' || substr(i.blob_sha256, 1, 12) || "
        "'… is not recorded in the case' FROM imports i LEFT JOIN blobs b ON b.sha256 = "
        "i.blob_sha256 WHERE b.sha256 IS NULL",
        "SELECT 'selector ' || s.id || ': document ' || s.document_id || ' does not exist' FROM "
        "selectors s LEFT JOIN documents d ON d.id = s.document_id WHERE d.id IS NULL",
        "SELECT 'flag ' || f.id || ' (' || f.indicator || '): document ' || f.document_id || ' "
        "does not exist' FROM flags f LEFT JOIN documents d ON d.id = f.document_id WHERE d.id IS "
        "NULL",
        "SELECT 'score of document ' || s.document_id || ': the document does not exist' FROM "
        "document_scores s LEFT JOIN documents d ON d.id = s.document_id WHERE d.id IS NULL",
        "SELECT 'cluster C' || c.cluster_id || ': member document ' || c.document_id || ' does "
        "not exist' FROM cluster_members c LEFT JOIN documents d ON d.id = c.document_id WHERE "
        "d.id IS NULL",
    };
    std::vector<std::string> sqls(std::begin(kChecks), std::end(kChecks));
    sqls.push_back(SelectorBytesCheckSql());
    std::vector<std::string> out;
    for (const std::string& sql : sqls) {
      Result<Statement> st = db_->Prepare(sql);
      if (!st.ok()) return st.status();
      ARIADNE_RETURN_IF_ERROR(st->ForEachRow([&] { out.push_back(st->Text(0)); }));
    }
    return out;
  }

 private:
  Result<CustodyEventRow> AppendLocked(
      CustodyEventRow row, const std::function<std::string(const CustodyEventRow&)>& hasher) {
    Result<Statement> last =
        db_->Prepare("SELECT seq, hash FROM custody_events ORDER BY seq DESC LIMIT 1");
    if (!last.ok()) return last.status();
    Result<bool> has = last->Step();
    if (!has.ok()) return has.status();
    row.seq = *has ? last->Int(0) + 1 : 1;
    row.prev_hash = *has ? last->Text(1) : kZeroHash;
    last->Reset();
    row.hash = hasher(row);
    Result<Statement> st = db_->Prepare(
        "INSERT INTO custody_events (seq, time, actor, action, object, hashes, details, "
        "tool_version, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!st.ok()) return st.status();
    ARIADNE_RETURN_IF_ERROR(st->Bind(1, row.seq)
                                .Bind(2, row.time)
                                .Bind(3, row.actor)
                                .Bind(4, row.action)
                                .Bind(5, row.object)
                                .Bind(6, row.hashes)
                                .Bind(7, row.details)
                                .Bind(8, row.tool_version)
                                .Bind(9, row.prev_hash)
                                .Bind(10, row.hash)
                                .Run());
    return row;
  }

  Result<int64_t> Scalar(const char* sql, std::optional<int64_t> arg = std::nullopt) {
    Result<Statement> st = db_->Prepare(sql);
    if (!st.ok()) return st.status();
    if (arg) st->Bind(1, *arg);
    Result<bool> row = st->Step();
    if (!row.ok()) return row.status();
    return *row ? st->Int(0) : 0;
  }

  std::unique_ptr<Db> db_;
};

class SqliteSealWriter final : public SealWriter {
 public:
  SqliteSealWriter(Db* db, Statement insert, Statement update)
      : db_(db), insert_(std::move(insert)), update_(std::move(update)) {}
  // INSERT OR IGNORE, then an UPDATE only when a seal of that id was left behind: INSERT OR
  // REPLACE opens a statement savepoint, which makes FTS5 flush its pending index data to disk at
  // every document of the transaction (that made the import three times slower).
  Status Put(const DocumentSealRow& r) override {
    ARIADNE_RETURN_IF_ERROR(
        insert_.Bind(1, r.document_id).Bind(2, r.import_id).BindStatic(3, r.seal).Run());
    if (db_->Changes() > 0) return Status::Ok();
    return update_.Bind(1, r.import_id).BindStatic(2, r.seal).Bind(3, r.document_id).Run();
  }

 private:
  Db* db_;
  Statement insert_;
  Statement update_;
};

}  // namespace
}  // namespace sqlite

Result<std::unique_ptr<SealWriter>> OpenSealWriter(CaseStore& case_store) {
  sqlite::Db* db = sqlite::ConnectionOf(case_store);
  if (db == nullptr)
    return Internal("sealing while importing is implemented for SQLite cases only");
  Result<sqlite::Statement> insert = db->Prepare(
      "INSERT OR IGNORE INTO document_seals (document_id, import_id, seal) VALUES (?, ?, ?)");
  if (!insert.ok()) return insert.status();
  Result<sqlite::Statement> update =
      db->Prepare("UPDATE document_seals SET import_id = ?, seal = ? WHERE document_id = ?");
  if (!update.ok()) return update.status();
  return std::unique_ptr<SealWriter>(
      new sqlite::SqliteSealWriter(db, std::move(insert).value(), std::move(update).value()));
}

Result<std::unique_ptr<CustodyStore>> OpenCustodyStore(const std::filesystem::path& case_dir) {
  Result<std::unique_ptr<sqlite::Db>> db = sqlite::OpenCaseDb(case_dir);
  if (!db.ok()) return db.status();
  return std::unique_ptr<CustodyStore>(new sqlite::SqliteCustodyStore(std::move(db).value()));
}

}  // namespace ariadne::store
