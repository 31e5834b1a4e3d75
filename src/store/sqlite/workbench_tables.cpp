// The SQLite implementation of WorkbenchStore (store/workbench_store.h).
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "core/text.h"
#include "store/sqlite/fts.h"
#include "store/sqlite/search_index.h"
#include "store/sqlite/sqlite_db.h"
#include "store/workbench_store.h"

namespace ariadne::store {

namespace {

using sqlite::Db;
using sqlite::Statement;
using sqlite::StatementCache;

using sqlite::AddAnyOf;
using sqlite::BindAll;
using sqlite::DocumentFilter;
using sqlite::kDocumentLangExpr;

// A match the page and the facets are taken from, with its BM25 rank (lower is better; 0 without
// words).
struct Candidate {
  int64_t id = 0;
  double rank = 0;
};

// A JSON array of the ids, for json_each(): one bound value whatever their number.
std::string IdArray(const std::vector<int64_t>& ids) {
  std::string out = "[";
  for (size_t i = 0; i < ids.size(); ++i) {
    if (i > 0) out += ',';
    out += std::to_string(ids[i]);
  }
  return out + "]";
}

class SqliteWorkbenchStore final : public WorkbenchStore {
 public:
  explicit SqliteWorkbenchStore(std::unique_ptr<Db> db) : db_(std::move(db)) {}

  Result<WorkbenchResults> Search(const WorkbenchQuery& wq,
                                  const WorkbenchSearchLimits& limits) override {
    Result<DocumentFilter> filter = sqlite::MakeDocumentFilter(wq);
    if (!filter.ok()) return filter.status();
    const DocumentFilter& f = *filter;
    if (f.full_text) {
      // The index is in search.db, brought up to the committed documents first (the search
      // waits for it; store/search_index.h). This connection never opens a transaction, so
      // attaching it here holds no write lock an import's indexer would wait for.
      ARIADNE_RETURN_IF_ERROR(sqlite::AttachSearchIndex(*db_));
      Result<int64_t> caught_up = sqlite::CatchUpSearchIndex(*db_);
      if (!caught_up.ok()) return caught_up.status();
    }
    const int64_t page_start = wq.query.offset;
    const int64_t page_end = page_start + wq.query.limit;
    // With words, the rank_cap most recently stored matches, each with its BM25 rank (FTS5 walks
    // its matches by rowid, newest first, and stops there: ranking every match of a common word
    // would score hundreds of thousands of rows). Without words, the newest matches by posted
    // date, as many as the facets and the page need.
    const int64_t wanted = f.full_text ? std::max<int64_t>(limits.rank_cap, 1)
                                       : std::max<int64_t>(limits.facet_sample, page_end);
    // One more than wanted, to know whether the candidates are every match.
    Result<std::vector<Candidate>> candidates = Candidates(f, wanted + 1);
    if (!candidates.ok()) return candidates.status();
    const bool all_matches = static_cast<int64_t>(candidates->size()) <= wanted;
    if (!all_matches) candidates->pop_back();
    WorkbenchResults out;
    if (all_matches) {
      out.total = static_cast<int64_t>(candidates->size());
    } else if (f.full_text && !f.filters &&
               std::none_of(wq.query.terms.begin(), wq.query.terms.end(),
                            [](const SearchTerm& t) { return t.prefix; })) {
      // Words alone: FTS5 counts its matches without reading a document (fast up to the cap; a
      // prefix would merge the lists of every word it starts, once more).
      Result<int64_t> n = CountMatches(f, limits.count_cap + 1);
      if (!n.ok()) return n.status();
      out.total = std::min(*n, limits.count_cap);
      out.total_capped = *n > limits.count_cap;
    } else {
      // Counting further would look up every matching document: "more than" the candidates.
      out.total = wanted;
      out.total_capped = true;
    }
    out.order = !f.full_text ? "newest" : all_matches ? "relevance" : "recent_relevance";
    Result<std::vector<int64_t>> page = PageIds(f, *candidates, all_matches, page_start, page_end);
    if (!page.ok()) return page.status();
    ARIADNE_RETURN_IF_ERROR(Hits(wq, f, *page, &out.hits));
    std::vector<int64_t> sample;
    for (const Candidate& c : *candidates) {
      if (static_cast<int64_t>(sample.size()) >= limits.facet_sample) break;
      sample.push_back(c.id);
    }
    ARIADNE_RETURN_IF_ERROR(Facets(sample, limits, &out.facets));
    out.facets.sampled = out.total_capped || out.facets.counted < out.total;
    return out;
  }

  void Interrupt() override { db_->Interrupt(); }

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

  Result<std::string> ChangeMark() override {
    auto st = Prep(
        "SELECT coalesce((SELECT max(seq) FROM custody_events), 0), coalesce((SELECT max(id) FROM "
        "documents), 0), coalesce((SELECT max(id) FROM flags), 0), coalesce((SELECT max(id) FROM "
        "decisions), 0)");
    if (!st.ok()) return st.status();
    Statement& q = **st;
    std::string mark;
    ARIADNE_RETURN_IF_ERROR(q.ForEachRow(
        [&] { mark = fmt::format("{}:{}:{}:{}", q.Int(0), q.Int(1), q.Int(2), q.Int(3)); }));
    return mark;
  }

  Result<std::vector<WeeklyCount>> Weekly(WeeklyBy by, int top) override {
    Result<std::vector<std::string>> top_names = TopNames(by, top);
    if (!top_names.ok()) return top_names.status();
    std::vector<WeeklyCount> out;
    if (top_names->empty()) return out;
    std::string where = " AND d.posted_at IS NOT NULL";
    std::vector<std::string> binds;
    // Counted per day first and the days folded into weeks (starting on Monday) after: date() then
    // runs once per day and name, not once per document (seconds on a 1M-document case).
    std::string per_day;
    switch (by) {
      case WeeklyBy::kSite:
      case WeeklyBy::kLocation: {
        const char* column = by == WeeklyBy::kSite ? "d.site" : "d.location";
        AddAnyOf(column, *top_names, where, binds);
        per_day = fmt::format(
            "SELECT substr(d.posted_at, 1, 10) AS day, {0} AS name, count(*) AS n FROM documents "
            "d WHERE 1{1} GROUP BY name, day",
            column, where);
        break;
      }
      case WeeklyBy::kIndicator:
        // "+": the indicator is tested on each flag read, not looked up per indicator and
        // document (eight seeks per document).
        AddAnyOf("+f.indicator", *top_names, where, binds);
        // Each document once per indicator, whatever its number of spans. The flags are walked
        // in document order and each one's date read from the probe index, both covering.
        per_day = fmt::format(
            "SELECT day, name, count(*) AS n FROM (SELECT DISTINCT f.document_id, f.indicator AS "
            "name, substr(d.posted_at, 1, 10) AS day FROM flags f INDEXED BY "
            "flags_by_document_indicator CROSS JOIN documents d INDEXED BY {0} ON d.id = "
            "f.document_id WHERE 1{1}) GROUP BY name, day",
            sqlite::kFilterProbeIndex, where);
        break;
    }
    Result<Statement> st = db_->Prepare(
        fmt::format("SELECT date(day, 'weekday 0', '-6 days') AS week, name, sum(n) FROM ({}) "
                    "WHERE week IS NOT NULL GROUP BY week, name ORDER BY week, name",
                    per_day));
    if (!st.ok()) return st.status();
    BindAll(*st, binds);
    ARIADNE_RETURN_IF_ERROR(st->ForEachRow([&] {
      out.push_back({st->Text(0), st->Text(1), st->Int(2)});
    }));
    return out;
  }

  // The `top` most frequent sites, cities or indicators (by documents), most frequent first.
  Result<std::vector<std::string>> TopNames(WeeklyBy by, int top) {
    const char* sql = nullptr;
    switch (by) {
      case WeeklyBy::kSite:
        sql =
            "SELECT site, count(*) AS n FROM documents WHERE site <> '' GROUP BY site ORDER BY "
            "n DESC, site LIMIT ?";
        break;
      case WeeklyBy::kLocation:
        sql =
            "SELECT location, count(*) AS n FROM documents WHERE location IS NOT NULL AND "
            "location <> '' GROUP BY location ORDER BY n DESC, location LIMIT ?";
        break;
      case WeeklyBy::kIndicator:
        // Flags always name an existing document (foreign key; documents are never deleted), so
        // the distinct (document, indicator) pairs come from the flags index alone.
        sql =
            "SELECT indicator, count(*) AS n FROM (SELECT DISTINCT document_id, indicator FROM "
            "flags INDEXED BY flags_by_document_indicator) GROUP BY indicator ORDER BY n DESC, "
            "indicator LIMIT ?";
        break;
    }
    Result<Statement> names = db_->Prepare(sql);
    if (!names.ok()) return names.status();
    names->Bind(1, int64_t{top});
    std::vector<std::string> out;
    ARIADNE_RETURN_IF_ERROR(names->ForEachRow([&] { out.push_back(names->Text(0)); }));
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
  Result<std::vector<Candidate>> Candidates(const DocumentFilter& f, int64_t wanted) {
    const std::string sql =
        f.full_text ? "SELECT documents_fts.rowid, bm25(documents_fts, 2.0, 1.0)" + f.ids_from +
                          f.where + " ORDER BY documents_fts.rowid DESC LIMIT ?"
                    : "SELECT d.id, 0.0" + f.from + f.where +
                          " ORDER BY d.posted_at DESC, d.id DESC LIMIT ?";
    Result<Statement> st = db_->Prepare(sql);
    if (!st.ok()) return sqlite::FtsError(st.status());
    st->Bind(BindAll(*st, f.binds), wanted);
    std::vector<Candidate> out;
    Status s = st->ForEachRow([&] { out.push_back({st->Int(0), st->Real(1)}); });
    if (!s.ok()) return sqlite::FtsError(s);
    return out;
  }

  // The number of matches, counting no further than `cap`.
  Result<int64_t> CountMatches(const DocumentFilter& f, int64_t cap) {
    const std::string id = f.full_text ? std::string("documents_fts.rowid") : std::string("d.id");
    Result<Statement> st =
        db_->Prepare("SELECT count(*) FROM (SELECT " + id + f.ids_from + f.where + " LIMIT ?)");
    if (!st.ok()) return sqlite::FtsError(st.status());
    st->Bind(BindAll(*st, f.binds), cap);
    Result<bool> r = st->Step();
    if (!r.ok()) return sqlite::FtsError(r.status());
    return st->Int(0);
  }

  // The ids of the page [start, end) in order. With words: the candidates by rank (ties by id),
  // and past them (when they are not every match) the older matches, most recent first.
  Result<std::vector<int64_t>> PageIds(const DocumentFilter& f, std::vector<Candidate> candidates,
                                       bool all_matches, int64_t start, int64_t end) {
    std::vector<int64_t> ids;
    if (!f.full_text) {
      for (int64_t i = start; i < end && i < static_cast<int64_t>(candidates.size()); ++i) {
        ids.push_back(candidates[static_cast<size_t>(i)].id);
      }
      return ids;
    }
    const int64_t n = static_cast<int64_t>(candidates.size());
    const int64_t oldest = candidates.empty() ? 0 : candidates.back().id;
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
      return a.rank != b.rank ? a.rank < b.rank : a.id < b.id;
    });
    for (int64_t i = start; i < end && i < n; ++i) {
      ids.push_back(candidates[static_cast<size_t>(i)].id);
    }
    if (end <= n || all_matches) return ids;
    Result<Statement> st = db_->Prepare(
        "SELECT documents_fts.rowid" + f.ids_from + f.where +
        " AND documents_fts.rowid < ? ORDER BY documents_fts.rowid DESC LIMIT ? OFFSET ?");
    if (!st.ok()) return sqlite::FtsError(st.status());
    int i = BindAll(*st, f.binds);
    st->Bind(i++, oldest);
    st->Bind(i++, end - std::max(start, n));
    st->Bind(i, std::max<int64_t>(start - n, 0));
    Status s = st->ForEachRow([&] { ids.push_back(st->Int(0)); });
    if (!s.ok()) return sqlite::FtsError(s);
    return ids;
  }

  // The rows of the page's documents, in the page's order.
  Status Hits(const WorkbenchQuery& wq, const DocumentFilter& f, const std::vector<int64_t>& ids,
              std::vector<WorkbenchHit>* hits) {
    if (ids.empty()) return Status::Ok();
    const std::string open(1, kHighlightOpen);
    const std::string close(1, kHighlightClose);
    const std::string columns = fmt::format(
        "SELECT d.id, d.source_id, d.site, coalesce(d.title, ''), coalesce(d.posted_at, ''), "
        "coalesce(d.location, ''), {}, coalesce(d.kind, ''), coalesce(sc.score, -1), "
        "coalesce(sc.band, ''), {}",
        kDocumentLangExpr,
        f.full_text ? fmt::format("snippet(documents_fts, 1, '{}', '{}', '…', 24)", open, close)
                    : std::string("substr(d.text, 1, 200)"));
    // The snippet needs the FTS5 cursor on the match: MATCH again, walked once over the page's
    // rowid range and kept to the page's ids. The `+` keeps the id list from becoming one FTS5
    // seek per id: each seek sets the query up again, and a prefix query merges the lists of
    // every word it starts each time (20 seeks of `recruit*` took 200 ms on 1M ads).
    const std::string sql =
        f.full_text
            ? columns +
                  " FROM documents_fts CROSS JOIN documents d ON d.id = documents_fts.rowid LEFT "
                  "JOIN document_scores sc ON sc.document_id = d.id WHERE documents_fts MATCH ? "
                  "AND documents_fts.rowid BETWEEN ? AND ? AND +documents_fts.rowid IN (SELECT "
                  "value FROM json_each(?))"
            : columns +
                  " FROM documents d LEFT JOIN document_scores sc ON sc.document_id = d.id WHERE "
                  "d.id IN (SELECT value FROM json_each(?))";
    Result<Statement*> st = Prep(sql);
    if (!st.ok()) return sqlite::FtsError(st.status());
    Statement& q = **st;
    int i = 1;
    if (f.full_text) {
      const auto [lowest, highest] = std::minmax_element(ids.begin(), ids.end());
      q.Bind(i++, sqlite::Fts5Expression(wq.query.terms));
      q.Bind(i++, *lowest);
      q.Bind(i++, *highest);
    }
    q.Bind(i, IdArray(ids));
    std::vector<WorkbenchHit> rows;
    Status s = q.ForEachRow([&] {
      WorkbenchHit h;
      h.id = q.Int(0);
      h.source_id = q.Text(1);
      h.site = q.Text(2);
      h.title = q.Text(3);
      h.posted_at = q.Text(4);
      h.location = q.Text(5);
      h.lang = q.Text(6);
      h.kind = q.Text(7);
      h.score = q.Int(8);
      h.band = q.Text(9);
      h.snippet = q.Text(10);
      rows.push_back(std::move(h));
    });
    if (!s.ok()) return sqlite::FtsError(s);
    for (int64_t id : ids) {
      auto it =
          std::find_if(rows.begin(), rows.end(), [&](const WorkbenchHit& h) { return h.id == id; });
      if (it != rows.end()) hits->push_back(std::move(*it));
    }
    return Status::Ok();
  }

  // Facet counts over the sampled matches (`ids`, a JSON array walked by json_each): the
  // document's own values in one pass (one probe per document in documents_filter_probe), flags and
  // selectors through the covering indexes flags_by_document_indicator and
  // selectors_by_document_type. CROSS JOIN keeps SQLite walking the ids (left to itself it may scan
  // every selector of a type).
  Status Facets(const std::vector<int64_t>& ids, const WorkbenchSearchLimits& limits,
                WorkbenchFacets* facets) {
    facets->counted = static_cast<int64_t>(ids.size());
    if (ids.empty()) return Status::Ok();
    const std::string id_array = IdArray(ids);
    std::map<std::string, int64_t> site, city, lang;
    auto own = Prep(fmt::format(
        "SELECT d.site, coalesce(d.location, ''), {} FROM json_each(?) m CROSS JOIN documents d "
        "INDEXED BY {} ON d.id = m.value",
        kDocumentLangExpr, sqlite::kFilterProbeIndex));
    if (!own.ok()) return own.status();
    Statement& q = **own;
    q.Bind(1, id_array);
    ARIADNE_RETURN_IF_ERROR(q.ForEachRow([&] {
      for (auto [column, counts] :
           {std::pair{0, &site}, std::pair{1, &city}, std::pair{2, &lang}}) {
        std::string v = q.Text(column);
        if (!v.empty()) ++(*counts)[std::move(v)];
      }
    }));
    facets->site = Top(site, limits.per_facet);
    facets->city = Top(city, limits.per_facet);
    facets->lang = Top(lang, limits.per_facet);
    const std::pair<std::vector<NamedCount>*, const char*> linked[] = {
        {&facets->flag,
         "SELECT f.indicator AS v, count(DISTINCT f.document_id) AS n FROM json_each(?1) m CROSS "
         "JOIN flags f ON f.document_id = m.value GROUP BY v ORDER BY n DESC, v LIMIT ?2"},
        {&facets->selector_type,
         "SELECT s.type AS v, count(DISTINCT s.document_id) AS n FROM json_each(?1) m CROSS JOIN "
         "selectors s ON s.document_id = m.value GROUP BY v ORDER BY n DESC, v LIMIT ?2"},
    };
    for (const auto& [out, sql] : linked) {
      auto st = Prep(sql);
      if (!st.ok()) return st.status();
      Statement& l = **st;
      l.Bind(1, id_array);
      l.Bind(2, int64_t{limits.per_facet});
      // `out` copied into the lambda: clang before 16 cannot capture a structured binding.
      ARIADNE_RETURN_IF_ERROR(l.ForEachRow([&l, target = out] {
        target->push_back({l.Text(0), l.Int(1)});
      }));
    }
    return Status::Ok();
  }

  // The `n` most frequent values, most frequent first, ties by name.
  static std::vector<NamedCount> Top(const std::map<std::string, int64_t>& counts, int n) {
    std::vector<NamedCount> out;
    for (const auto& [name, count] : counts) out.push_back({name, count});
    std::stable_sort(out.begin(), out.end(),
                     [](const NamedCount& a, const NamedCount& b) { return a.count > b.count; });
    if (out.size() > static_cast<size_t>(n)) out.resize(static_cast<size_t>(n));
    return out;
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
