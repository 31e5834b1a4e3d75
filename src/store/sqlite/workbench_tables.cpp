// The SQLite implementation of WorkbenchStore (store/workbench_store.h).
#include <fmt/format.h>

#include "core/text.h"
#include "store/sqlite/fts.h"
#include "store/sqlite/sqlite_db.h"
#include "store/workbench_store.h"

namespace ariadne::store {

namespace {

using sqlite::Db;
using sqlite::Statement;
using sqlite::StatementCache;

// The declared language, else the detected one.
constexpr const char* kLangExpr = "coalesce(nullif(d.lang, ''), d.detected_lang, '')";

void AddAnyOf(const std::string& column, const std::vector<std::string>& values, std::string& where,
              std::vector<std::string>& binds) {
  if (values.empty()) return;
  where += fmt::format(" AND {} IN (", column);
  for (size_t i = 0; i < values.size(); ++i) {
    where += i == 0 ? "?" : ", ?";
    binds.push_back(values[i]);
  }
  where += ")";
}

// The FROM and WHERE of a workbench query, with its binds.
struct Filter {
  std::string from;
  std::string where;
  std::vector<std::string> binds;
  bool full_text = false;
};

Filter MakeFilter(const WorkbenchQuery& wq) {
  const SearchQuery& q = wq.query;
  Filter f;
  f.full_text = !q.terms.empty();
  f.from = f.full_text ? " FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid"
                       : " FROM documents d";
  f.where = " WHERE 1";
  if (f.full_text) {
    f.where += " AND documents_fts MATCH ?";
    f.binds.push_back(sqlite::Fts5Expression(q.terms));
  }
  // Values typed in the query text are matched without case; facet values exactly (indexed).
  AddAnyOf("lower(d.site)", q.sites, f.where, f.binds);
  AddAnyOf(fmt::format("lower({})", kLangExpr), q.langs, f.where, f.binds);
  if (!q.kind.empty()) {
    f.where += " AND d.kind = ?";
    f.binds.push_back(q.kind);
  }
  if (!q.from.empty()) {
    f.where += " AND d.posted_at >= ?";
    f.binds.push_back(q.from);
  }
  if (!q.to.empty()) {
    f.where += " AND d.posted_at < date(?, '+1 day')";
    f.binds.push_back(q.to);
  }
  AddAnyOf("d.location", wq.locations, f.where, f.binds);
  if (!wq.indicators.empty()) {
    std::string sub;
    AddAnyOf("indicator", wq.indicators, sub, f.binds);
    f.where += " AND d.id IN (SELECT document_id FROM flags WHERE 1" + sub + ")";
  }
  if (!wq.selector_types.empty()) {
    std::string sub;
    AddAnyOf("s.type", wq.selector_types, sub, f.binds);
    // The ids of the documents with such selectors (index selectors_by_value), not a probe per
    // document: most types are rare.
    f.where += " AND d.id IN (SELECT s.document_id FROM selectors s WHERE 1" + sub + ")";
  }
  return f;
}

int BindAll(Statement& st, const std::vector<std::string>& binds) {
  int i = 1;
  for (const std::string& b : binds) st.Bind(i++, b);
  return i;
}

class SqliteWorkbenchStore final : public WorkbenchStore {
 public:
  explicit SqliteWorkbenchStore(std::unique_ptr<Db> db) : db_(std::move(db)) {}

  Result<WorkbenchResults> Search(const WorkbenchQuery& wq,
                                  const WorkbenchSearchLimits& limits) override {
    const Filter f = MakeFilter(wq);
    WorkbenchResults out;
    {
      // Counting stops at the cap: a word found in most of a million ads must not cost a scan.
      Result<Statement> count =
          db_->Prepare("SELECT count(*) FROM (SELECT 1" + f.from + f.where + " LIMIT ?)");
      if (!count.ok()) return sqlite::FtsError(count.status());
      const int next = BindAll(*count, f.binds);
      count->Bind(next, limits.count_cap + 1);
      Result<bool> r = count->Step();
      if (!r.ok()) return sqlite::FtsError(r.status());
      out.total = count->Int(0);
      if (out.total > limits.count_cap) {
        out.total = limits.count_cap;
        out.total_capped = true;
      }
    }
    out.order = !f.full_text ? "newest" : out.total > limits.rank_cap ? "recent" : "relevance";
    ARIADNE_RETURN_IF_ERROR(Hits(wq, f, out.order, &out.hits));
    ARIADNE_RETURN_IF_ERROR(Facets(f, limits, &out.facets));
    out.facets.sampled = out.total_capped || out.facets.counted < out.total;
    return out;
  }

  Result<CaseOverview> Overview() override {
    CaseOverview o;
    Result<int64_t> n = Scalar("SELECT count(*) FROM documents");
    if (!n.ok()) return n.status();
    o.documents = *n;
    n = Scalar("SELECT count(*) FROM selectors");
    if (!n.ok()) return n.status();
    o.selectors = *n;
    n = Scalar("SELECT count(DISTINCT document_id) FROM flags");
    if (!n.ok()) return n.status();
    o.flagged = *n;
    n = Scalar("SELECT count(*) FROM clusters WHERE size >= 2");
    if (!n.ok()) return n.status();
    o.clusters = *n;
    return o;
  }

  Result<std::vector<WeeklyCount>> Weekly(WeeklyBy by, int top) override {
    const char* week = "date(substr(d.posted_at, 1, 10), 'weekday 0', '-6 days')";
    std::string name_expr;
    std::string from;
    std::string count = "count(*)";
    switch (by) {
      case WeeklyBy::kSite:
        name_expr = "d.site";
        from = " FROM documents d WHERE d.site <> ''";
        break;
      case WeeklyBy::kLocation:
        name_expr = "d.location";
        from = " FROM documents d WHERE d.location IS NOT NULL AND d.location <> ''";
        break;
      case WeeklyBy::kIndicator:
        name_expr = "f.indicator";
        from = " FROM flags f JOIN documents d ON d.id = f.document_id WHERE 1";
        count = "count(DISTINCT d.id)";
        break;
    }
    Result<Statement> names = db_->Prepare(
        fmt::format("SELECT {0}, {1} AS n{2} GROUP BY {0} ORDER BY n DESC, {0} LIMIT ?", name_expr,
                    count, from));
    if (!names.ok()) return names.status();
    names->Bind(1, int64_t{top});
    std::vector<std::string> top_names;
    ARIADNE_RETURN_IF_ERROR(names->ForEachRow([&] { top_names.push_back(names->Text(0)); }));
    std::vector<WeeklyCount> out;
    if (top_names.empty()) return out;
    std::string where = from + " AND d.posted_at IS NOT NULL";
    std::vector<std::string> binds;
    AddAnyOf(name_expr, top_names, where, binds);
    Result<Statement> st =
        db_->Prepare(fmt::format("SELECT {0} AS week, {1}, {2}{3} AND week IS NOT NULL GROUP BY "
                                 "week, {1} ORDER BY week, {1}",
                                 week, name_expr, count, where));
    if (!st.ok()) return st.status();
    BindAll(*st, binds);
    ARIADNE_RETURN_IF_ERROR(st->ForEachRow([&] {
      out.push_back({st->Text(0), st->Text(1), st->Int(2)});
    }));
    return out;
  }

  Result<std::optional<ImportRecord>> ImportOfDocument(int64_t document_id) override {
    auto st = Prep(
        "SELECT i.id, i.blob_sha256, i.file_name, i.format, i.options, i.status, i.next_offset, "
        "i.next_line, i.imported, i.skipped, i.duplicated, i.started_at, "
        "coalesce(i.finished_at, '') FROM documents d JOIN imports i ON i.id = d.import_id WHERE "
        "d.id = ?");
    if (!st.ok()) return st.status();
    Statement& q = **st;
    q.Bind(1, document_id);
    std::optional<ImportRecord> out;
    ARIADNE_RETURN_IF_ERROR(q.ForEachRow([&] {
      ImportRecord r;
      r.id = q.Int(0);
      r.blob_sha256 = q.Text(1);
      r.file_name = q.Text(2);
      r.format = q.Text(3);
      r.options = q.Text(4);
      r.status = q.Text(5);
      r.next_offset = q.Int(6);
      r.next_line = q.Int(7);
      r.imported = q.Int(8);
      r.skipped = q.Int(9);
      r.duplicated = q.Int(10);
      r.started_at = q.Text(11);
      r.finished_at = q.Text(12);
      out = std::move(r);
    }));
    return out;
  }

  Result<std::optional<BlobRow>> Blob(std::string_view sha256) override {
    auto st = Prep("SELECT sha256, size, coalesce(media_type, '') FROM blobs WHERE sha256 = ?");
    if (!st.ok()) return st.status();
    Statement& q = **st;
    q.Bind(1, sha256);
    std::optional<BlobRow> out;
    ARIADNE_RETURN_IF_ERROR(q.ForEachRow([&] { out = BlobRow{q.Text(0), q.Int(1), q.Text(2)}; }));
    return out;
  }

  Result<bool> IsDocumentImage(std::string_view sha256) override {
    auto st = Prep("SELECT 1 FROM document_images WHERE blob_sha256 = ? LIMIT 1");
    if (!st.ok()) return st.status();
    Statement& q = **st;
    q.Bind(1, sha256);
    bool found = false;
    ARIADNE_RETURN_IF_ERROR(q.ForEachRow([&] { found = true; }));
    return found;
  }

  Result<std::vector<CustodyEventRow>> CustodyEventsAbout(const std::vector<std::string>& objects,
                                                          int limit) override {
    std::vector<CustodyEventRow> out;
    if (objects.empty()) return out;
    std::string where = " WHERE 1";
    std::vector<std::string> binds;
    AddAnyOf("object", objects, where, binds);
    Result<Statement> st = db_->Prepare(
        "SELECT seq, time, actor, action, object, hashes, details, tool_version, prev_hash, hash "
        "FROM custody_events" +
        where + " ORDER BY seq LIMIT ?");
    if (!st.ok()) return st.status();
    st->Bind(BindAll(*st, binds), int64_t{limit});
    ARIADNE_RETURN_IF_ERROR(st->ForEachRow([&] {
      out.push_back({st->Int(0), st->Text(1), st->Text(2), st->Text(3), st->Text(4), st->Text(5),
                     st->Text(6), st->Text(7), st->Text(8), st->Text(9)});
    }));
    return out;
  }

  Result<StoredDecision> AddDecision(StoredDecision d) override {
    d.time = UtcNowIso8601();
    auto st =
        Prep("INSERT INTO decisions (target, decision, note, user, time) VALUES (?, ?, ?, ?, ?)");
    if (!st.ok()) return st.status();
    ARIADNE_RETURN_IF_ERROR((*st)
                                ->Bind(1, d.target)
                                .Bind(2, d.decision)
                                .Bind(3, d.note)
                                .Bind(4, d.user)
                                .Bind(5, d.time)
                                .Run());
    d.id = db_->LastInsertRowId();
    return d;
  }

  Result<std::vector<StoredDecision>> Decisions(std::string_view target, int limit) override {
    auto st = target.empty()
                  ? Prep(
                        "SELECT id, target, decision, note, user, time FROM decisions ORDER BY id "
                        "DESC LIMIT ?")
                  : Prep(
                        "SELECT id, target, decision, note, user, time FROM decisions WHERE "
                        "target = ? ORDER BY id DESC LIMIT ?");
    if (!st.ok()) return st.status();
    Statement& q = **st;
    int i = 1;
    if (!target.empty()) q.Bind(i++, target);
    q.Bind(i, int64_t{limit});
    std::vector<StoredDecision> out;
    ARIADNE_RETURN_IF_ERROR(q.ForEachRow([&] {
      out.push_back({q.Int(0), q.Text(1), q.Text(2), q.Text(3), q.Text(4), q.Text(5)});
    }));
    return out;
  }

  Result<std::vector<NamedCount>> Locations() override {
    auto st = Prep(
        "SELECT location, count(*) FROM documents WHERE location IS NOT NULL AND location <> '' "
        "GROUP BY location ORDER BY count(*) DESC, location");
    if (!st.ok()) return st.status();
    Statement& q = **st;
    std::vector<NamedCount> out;
    ARIADNE_RETURN_IF_ERROR(q.ForEachRow([&] { out.push_back({q.Text(0), q.Int(1)}); }));
    return out;
  }

 private:
  Status Hits(const WorkbenchQuery& wq, const Filter& f, const std::string& order_by,
              std::vector<WorkbenchHit>* hits) {
    const std::string open(1, kHighlightOpen);
    const std::string close(1, kHighlightClose);
    const std::string columns = fmt::format(
        "SELECT d.id, d.source_id, d.site, coalesce(d.title, ''), coalesce(d.posted_at, ''), "
        "coalesce(d.location, ''), {}, coalesce(d.kind, ''), coalesce(sc.score, -1), "
        "coalesce(sc.band, ''), {}",
        kLangExpr,
        f.full_text ? fmt::format("snippet(documents_fts, 1, '{}', '{}', '…', 24)", open, close)
                    : std::string("substr(d.text, 1, 200)"));
    // FTS5 walks its matches by rowid without sorting; ranking needs every match scored first.
    const std::string order = order_by == "relevance"
                                  ? " ORDER BY bm25(documents_fts, 2.0, 1.0), d.id"
                              : order_by == "recent" ? " ORDER BY documents_fts.rowid DESC"
                                                     : " ORDER BY d.posted_at DESC, d.id";
    Result<Statement> st =
        db_->Prepare(columns + f.from + " LEFT JOIN document_scores sc ON sc.document_id = d.id" +
                     f.where + order + " LIMIT ? OFFSET ?");
    if (!st.ok()) return sqlite::FtsError(st.status());
    int i = BindAll(*st, f.binds);
    st->Bind(i++, int64_t{wq.query.limit});
    st->Bind(i, int64_t{wq.query.offset});
    Status s = st->ForEachRow([&] {
      WorkbenchHit h;
      h.id = st->Int(0);
      h.source_id = st->Text(1);
      h.site = st->Text(2);
      h.title = st->Text(3);
      h.posted_at = st->Text(4);
      h.location = st->Text(5);
      h.lang = st->Text(6);
      h.kind = st->Text(7);
      h.score = st->Int(8);
      h.band = st->Text(9);
      h.snippet = st->Text(10);
      hits->push_back(std::move(h));
    });
    return sqlite::FtsError(s);
  }

  // Facet counts over (at most `facet_sample` of) the matches, kept in a temporary table so that
  // the match runs once. CROSS JOIN keeps SQLite walking the matches and looking rows up by
  // document (left to itself it scans every selector by value).
  Status Facets(const Filter& f, const WorkbenchSearchLimits& limits, WorkbenchFacets* facets) {
    ARIADNE_RETURN_IF_ERROR(
        db_->Exec("CREATE TEMP TABLE IF NOT EXISTS wb_matches (id INTEGER PRIMARY KEY); "
                  "DELETE FROM temp.wb_matches"));
    Result<Statement> fill = db_->Prepare("INSERT INTO temp.wb_matches (id) SELECT d.id" + f.from +
                                          f.where + " LIMIT ?");
    if (!fill.ok()) return sqlite::FtsError(fill.status());
    fill->Bind(BindAll(*fill, f.binds), limits.facet_sample);
    ARIADNE_RETURN_IF_ERROR(sqlite::FtsError(fill->Run()));
    Result<int64_t> counted = Scalar("SELECT count(*) FROM temp.wb_matches");
    if (!counted.ok()) return counted.status();
    facets->counted = *counted;
    struct Facet {
      std::vector<NamedCount>* out;
      std::string sql;
    };
    const Facet all[] = {
        {&facets->site,
         "SELECT d.site AS v, count(*) AS n FROM temp.wb_matches m CROSS JOIN documents d ON d.id "
         "= m.id "
         "WHERE d.site <> '' GROUP BY v ORDER BY n DESC, v LIMIT ?"},
        {&facets->city,
         "SELECT d.location AS v, count(*) AS n FROM temp.wb_matches m CROSS JOIN documents d ON "
         "d.id = "
         "m.id WHERE d.location <> '' GROUP BY v ORDER BY n DESC, v LIMIT ?"},
        {&facets->lang,
         fmt::format(
             "SELECT {} AS v, count(*) AS n FROM temp.wb_matches m CROSS JOIN documents d ON "
             "d.id = m.id WHERE v <> '' GROUP BY v ORDER BY n DESC, v LIMIT ?",
             kLangExpr)},
        {&facets->flag,
         "SELECT f.indicator AS v, count(DISTINCT f.document_id) AS n FROM temp.wb_matches m CROSS "
         "JOIN "
         "flags f ON f.document_id = m.id GROUP BY v ORDER BY n DESC, v LIMIT ?"},
        {&facets->selector_type,
         "SELECT s.type AS v, count(DISTINCT s.document_id) AS n FROM temp.wb_matches m CROSS JOIN "
         "selectors s ON s.document_id = m.id GROUP BY v ORDER BY n DESC, v LIMIT ?"},
    };
    for (const Facet& facet : all) {
      auto st = Prep(facet.sql);
      if (!st.ok()) return st.status();
      Statement& q = **st;
      q.Bind(1, int64_t{limits.per_facet});
      ARIADNE_RETURN_IF_ERROR(q.ForEachRow([&] { facet.out->push_back({q.Text(0), q.Int(1)}); }));
    }
    return Status::Ok();
  }

  Result<int64_t> Scalar(const std::string& sql) {
    auto st = Prep(sql);
    if (!st.ok()) return st.status();
    int64_t v = 0;
    ARIADNE_RETURN_IF_ERROR((*st)->ForEachRow([&] { v = (*st)->Int(0); }));
    return v;
  }

  Result<Statement*> Prep(const std::string& sql) { return statements_.Prep(sql); }

  std::unique_ptr<Db> db_;
  StatementCache statements_{db_.get()};
};

}  // namespace

Result<std::unique_ptr<WorkbenchStore>> WorkbenchStore::Open(
    const std::filesystem::path& case_dir) {
  Result<std::unique_ptr<Db>> db = sqlite::OpenCaseDb(case_dir);
  if (!db.ok()) return db.status();
  return std::unique_ptr<WorkbenchStore>(new SqliteWorkbenchStore(std::move(*db)));
}

}  // namespace ariadne::store
