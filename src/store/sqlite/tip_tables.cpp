// The SQLite intake tables (store/tip_store.h). Own connection to DIR/case.db. Statements are
// prepared once per connection (StatementCache): a public form under load inserts many tips a
// second.
#include <fmt/format.h>

#include <cstdlib>

#include "store/sqlite/sqlite_db.h"
#include "store/tip_store.h"

namespace ariadne::store {

namespace sqlite {
namespace {

// Ids as a JSON array of integers ("[1,2,3]"); the only JSON this table holds.
std::string IdsToJson(const std::vector<int64_t>& ids) {
  std::string out = "[";
  for (size_t i = 0; i < ids.size(); ++i) out += fmt::format("{}{}", i ? "," : "", ids[i]);
  return out + "]";
}

std::vector<int64_t> IdsFromJson(std::string_view text) {
  std::vector<int64_t> ids;
  std::string s(text);
  const char* p = s.c_str();
  while (*p != '\0') {
    if ((*p >= '0' && *p <= '9') || *p == '-') {
      char* end = nullptr;
      ids.push_back(std::strtoll(p, &end, 10));
      p = end;
    } else {
      ++p;
    }
  }
  return ids;
}

constexpr const char* kTipColumns =
    "id, receipt_hash, lang, text, coalesce(contact, ''), status, coalesce(reply, ''), "
    "received_at, coalesce(updated_at, ''), coalesce(updated_by, ''), consent_version, "
    "coalesce(client_address, '')";

TipRow ReadTip(const Statement& st) {
  TipRow t;
  t.id = st.Int(0);
  t.receipt_hash = std::string(st.Bytes(1));
  t.lang = st.Text(2);
  t.text = st.Text(3);
  t.contact = st.Text(4);
  t.status = st.Text(5);
  t.reply = st.Text(6);
  t.received_at = st.Text(7);
  t.updated_at = st.Text(8);
  t.updated_by = st.Text(9);
  t.consent_version = st.Text(10);
  t.client_address = st.Text(11);
  return t;
}

class SqliteTipStore final : public TipStore {
 public:
  explicit SqliteTipStore(std::unique_ptr<Db> db) : db_(std::move(db)) {}

  Result<int64_t> InsertTip(const TipRow& tip, const std::vector<TipLinkRow>& links) override {
    ARIADNE_RETURN_IF_ERROR(db_->Exec("BEGIN IMMEDIATE"));
    Result<int64_t> id = InsertLocked(tip, links);
    if (!id.ok()) {
      (void)db_->Exec("ROLLBACK");
      return id;
    }
    if (Status s = db_->Exec("COMMIT"); !s.ok()) {
      (void)db_->Exec("ROLLBACK");
      return s;
    }
    return id;
  }

  Result<std::optional<TipRow>> TipByReceiptHash(std::string_view receipt_hash) override {
    Result<Statement*> st =
        Prep(fmt::format("SELECT {} FROM tips WHERE receipt_hash = ?", kTipColumns));
    if (!st.ok()) return st.status();
    (*st)->BindBlob(1, receipt_hash);
    return One(**st);
  }

  Result<std::optional<TipRow>> TipById(int64_t id) override {
    Result<Statement*> st = Prep(fmt::format("SELECT {} FROM tips WHERE id = ?", kTipColumns));
    if (!st.ok()) return st.status();
    (*st)->Bind(1, id);
    return One(**st);
  }

  Result<std::vector<TipRow>> Tips(std::string_view status, int limit) override {
    Result<Statement*> st = Prep(fmt::format(
        "SELECT {} FROM tips WHERE ? = '' OR status = ? ORDER BY id LIMIT ?", kTipColumns));
    if (!st.ok()) return st.status();
    Statement& q = **st;
    q.Bind(1, status).Bind(2, status).Bind(3, int64_t{limit});
    std::vector<TipRow> out;
    ARIADNE_RETURN_IF_ERROR(q.ForEachRow([&] { out.push_back(ReadTip(q)); }));
    return out;
  }

  Result<std::vector<TipLinkRow>> LinksOf(int64_t tip_id) override {
    Result<Statement*> st = Prep(
        "SELECT tip_id, type, value, start, end, documents, clusters FROM tip_links "
        "WHERE tip_id = ? ORDER BY type, value");
    if (!st.ok()) return st.status();
    Statement& q = **st;
    q.Bind(1, tip_id);
    std::vector<TipLinkRow> out;
    ARIADNE_RETURN_IF_ERROR(q.ForEachRow([&] {
      out.push_back({q.Int(0), q.Text(1), q.Text(2), q.Int(3), q.Int(4), IdsFromJson(q.Text(5)),
                     IdsFromJson(q.Text(6))});
    }));
    return out;
  }

  Status UpdateTip(int64_t id, std::string_view status, std::string_view reply,
                   std::string_view updated_by, std::string_view updated_at) override {
    Result<Statement*> st = Prep(
        "UPDATE tips SET status = ?, reply = CASE WHEN ? = '' THEN reply ELSE ? END, "
        "updated_by = ?, updated_at = ? WHERE id = ?");
    if (!st.ok()) return st.status();
    ARIADNE_RETURN_IF_ERROR((*st)
                                ->Bind(1, status)
                                .Bind(2, reply)
                                .Bind(3, reply)
                                .Bind(4, updated_by)
                                .Bind(5, updated_at)
                                .Bind(6, id)
                                .Run());
    if (db_->Changes() == 0) return NotFound(fmt::format("tip {}: no such tip", id));
    return Status::Ok();
  }

  Result<int64_t> CountTips(std::string_view status) override {
    Result<Statement*> st = Prep("SELECT count(*) FROM tips WHERE ? = '' OR status = ?");
    if (!st.ok()) return st.status();
    (*st)->Bind(1, status).Bind(2, status);
    Result<bool> row = (*st)->Step();
    const int64_t n = row.ok() && *row ? (*st)->Int(0) : 0;
    (*st)->Reset();
    if (!row.ok()) return row.status();
    return n;
  }

  Result<int64_t> InsertJobCheck(const JobCheckRow& row) override {
    Result<Statement*> st = Prep(
        "INSERT INTO job_checks (lang, text, advice, consent_version, checked_at) VALUES (?, ?, "
        "?, ?, ?)");
    if (!st.ok()) return st.status();
    ARIADNE_RETURN_IF_ERROR((*st)
                                ->Bind(1, row.lang)
                                .Bind(2, row.text)
                                .Bind(3, row.advice_json)
                                .Bind(4, row.consent_version)
                                .Bind(5, row.checked_at)
                                .Run());
    return db_->LastInsertRowId();
  }

  Result<std::vector<int64_t>> TipsReceivedBefore(std::string_view iso_time) override {
    Result<Statement*> st = Prep("SELECT id FROM tips WHERE received_at < ? ORDER BY id");
    if (!st.ok()) return st.status();
    Statement& q = **st;
    q.Bind(1, iso_time);
    std::vector<int64_t> out;
    ARIADNE_RETURN_IF_ERROR(q.ForEachRow([&] { out.push_back(q.Int(0)); }));
    return out;
  }

  Status DeleteTip(int64_t id) override {
    ARIADNE_RETURN_IF_ERROR(db_->Exec("BEGIN IMMEDIATE"));
    Status s = DeleteTipLocked(id);
    if (s.ok()) s = db_->Exec("COMMIT");
    if (!s.ok()) (void)db_->Exec("ROLLBACK");
    return s;
  }

  Result<std::vector<JobCheckRow>> JobChecksBefore(std::string_view iso_time) override {
    Result<Statement*> st = Prep(
        "SELECT id, lang, text, advice, consent_version, checked_at FROM job_checks "
        "WHERE checked_at < ? ORDER BY id");
    if (!st.ok()) return st.status();
    Statement& q = **st;
    q.Bind(1, iso_time);
    std::vector<JobCheckRow> out;
    ARIADNE_RETURN_IF_ERROR(q.ForEachRow([&] {
      out.push_back({q.Int(0), q.Text(1), q.Text(2), q.Text(3), q.Text(4), q.Text(5)});
    }));
    return out;
  }

  Status DeleteJobCheck(int64_t id) override {
    Result<Statement*> st = Prep("DELETE FROM job_checks WHERE id = ?");
    if (!st.ok()) return st.status();
    ARIADNE_RETURN_IF_ERROR((*st)->Bind(1, id).Run());
    if (db_->Changes() == 0) return NotFound(fmt::format("job check {}: no such check", id));
    return Status::Ok();
  }

 private:
  Status DeleteTipLocked(int64_t id) {
    Result<Statement*> links = Prep("DELETE FROM tip_links WHERE tip_id = ?");
    if (!links.ok()) return links.status();
    ARIADNE_RETURN_IF_ERROR((*links)->Bind(1, id).Run());
    Result<Statement*> tip = Prep("DELETE FROM tips WHERE id = ?");
    if (!tip.ok()) return tip.status();
    ARIADNE_RETURN_IF_ERROR((*tip)->Bind(1, id).Run());
    if (db_->Changes() == 0) return NotFound(fmt::format("tip {}: no such tip", id));
    return Status::Ok();
  }

  Result<int64_t> InsertLocked(const TipRow& tip, const std::vector<TipLinkRow>& links) {
    Result<Statement*> st = Prep(
        "INSERT INTO tips (receipt_hash, lang, text, contact, status, reply, received_at, "
        "consent_version, client_address) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!st.ok()) return st.status();
    ARIADNE_RETURN_IF_ERROR((*st)
                                ->BindBlob(1, tip.receipt_hash)
                                .Bind(2, tip.lang)
                                .Bind(3, tip.text)
                                .BindOptional(4, tip.contact)
                                .Bind(5, tip.status)
                                .BindOptional(6, tip.reply)
                                .Bind(7, tip.received_at)
                                .Bind(8, tip.consent_version)
                                .BindOptional(9, tip.client_address)
                                .Run());
    const int64_t id = db_->LastInsertRowId();
    if (links.empty()) return id;
    Result<Statement*> link = Prep(
        "INSERT OR IGNORE INTO tip_links (tip_id, type, value, start, end, documents, clusters) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!link.ok()) return link.status();
    for (const TipLinkRow& l : links) {
      ARIADNE_RETURN_IF_ERROR((*link)
                                  ->Bind(1, id)
                                  .Bind(2, l.type)
                                  .Bind(3, l.value)
                                  .Bind(4, l.start)
                                  .Bind(5, l.end)
                                  .Bind(6, IdsToJson(l.documents))
                                  .Bind(7, IdsToJson(l.clusters))
                                  .Run());
    }
    return id;
  }

  Result<Statement*> Prep(const std::string& sql) { return statements_.Prep(sql); }

  static Result<std::optional<TipRow>> One(Statement& st) {
    Result<bool> row = st.Step();
    std::optional<TipRow> out;
    if (row.ok() && *row) out = ReadTip(st);
    st.Reset();
    if (!row.ok()) return row.status();
    return out;
  }

  std::unique_ptr<Db> db_;
  StatementCache statements_{db_.get()};
};

}  // namespace
}  // namespace sqlite

Result<std::unique_ptr<TipStore>> OpenTipStore(const std::filesystem::path& case_dir) {
  Result<std::unique_ptr<sqlite::Db>> db = sqlite::OpenCaseDb(case_dir);
  if (!db.ok()) return db.status();
  return std::unique_ptr<TipStore>(new sqlite::SqliteTipStore(std::move(db).value()));
}

}  // namespace ariadne::store
