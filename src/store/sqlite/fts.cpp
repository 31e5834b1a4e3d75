#include "store/sqlite/fts.h"

#include <fmt/format.h>

#include "core/text.h"

namespace ariadne::store::sqlite {

namespace {

std::string Fts5Term(const SearchTerm& t) {
  std::string out = "\"";
  for (char c : t.text) {
    if (c == '"')
      out += "\"\"";
    else
      out.push_back(c);
  }
  out += "\"";
  if (t.prefix) out += "*";
  return out;
}

bool IsDate(const std::string& s) {
  return s.size() == 10 && IsIso8601(s);
}

// The calendar day after `date` (a checked YYYY-MM-DD), so that "up to `date` inclusive" is
// `posted_at < next day`, which the posted_at index can serve whatever follows the date.
std::string NextDay(const std::string& date) {
  int y = std::stoi(date.substr(0, 4));
  int m = std::stoi(date.substr(5, 2));
  int d = std::stoi(date.substr(8, 2));
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const int days = m == 2 && leap ? 29 : kDays[m - 1];
  if (++d > days) {
    d = 1;
    if (++m > 12) {
      m = 1;
      ++y;
    }
  }
  return fmt::format("{:04d}-{:02d}-{:02d}", y, m, d);
}

}  // namespace

std::string Fts5Expression(const std::vector<SearchTerm>& terms) {
  std::string positive;
  std::string negative;
  for (const SearchTerm& t : terms) {
    if (t.negated) {
      negative += (negative.empty() ? "" : " OR ") + Fts5Term(t);
      continue;
    }
    if (!positive.empty()) positive += t.or_before ? " OR " : " AND ";
    positive += Fts5Term(t);
  }
  if (negative.empty()) return positive;
  return fmt::format("({}) NOT ({})", positive, negative);
}

Status FtsError(const Status& s) {
  if (s.message().find("fts5") != std::string::npos) {
    return InvalidInput("the search words could not be used (" + s.message() +
                        "): search for letters or digits");
  }
  return s;
}

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

int BindAll(Statement& st, const std::vector<std::string>& binds) {
  int i = 1;
  for (const std::string& b : binds) st.Bind(i++, b);
  return i;
}

Result<DocumentFilter> MakeDocumentFilter(const WorkbenchQuery& wq) {
  const SearchQuery& q = wq.query;
  for (const auto& [name, date] : {std::pair{"from", &q.from}, std::pair{"to", &q.to}}) {
    if (!date->empty() && !IsDate(*date)) {
      return InvalidInput(
          fmt::format("{} date '{}' is not a calendar date: write YYYY-MM-DD", name, *date));
    }
  }
  DocumentFilter f;
  f.full_text = !q.terms.empty();
  // CROSS JOIN: FTS5 walks the matches and each one's document is looked up. Left to itself,
  // SQLite may walk an index of the documents (a city) and run the MATCH once per document.
  f.from = f.full_text ? " FROM documents_fts CROSS JOIN documents d ON d.id = documents_fts.rowid"
                       : " FROM documents d";
  f.where = " WHERE 1";
  if (f.full_text) {
    f.where += " AND documents_fts MATCH ?";
    f.binds.push_back(Fts5Expression(q.terms));
  }
  const size_t text_binds = f.binds.size();
  AddAnyOf("lower(d.site)", q.sites, f.where, f.binds);
  AddAnyOf(fmt::format("lower({})", kDocumentLangExpr), q.langs, f.where, f.binds);
  if (!q.kind.empty()) {
    f.where += " AND d.kind = ?";
    f.binds.push_back(q.kind);
  }
  if (!q.from.empty()) {
    f.where += " AND d.posted_at >= ?";
    f.binds.push_back(q.from);
  }
  if (!q.to.empty()) {
    f.where += " AND d.posted_at < ?";
    f.binds.push_back(NextDay(q.to));
  }
  AddAnyOf("d.location", wq.locations, f.where, f.binds);
  f.document_columns = f.binds.size() > text_binds;
  // Flags and selectors: a probe per candidate in the covering indexes
  // flags_by_document_indicator and selectors_by_document_type, not the set of every document
  // with the value (a third of a large case has an e-mail address). With words the probe uses
  // the FTS rowid, so that a document is read only when one of its own columns is filtered.
  const std::string id = f.full_text ? "documents_fts.rowid" : "d.id";
  if (!wq.indicators.empty()) {
    std::string sub;
    AddAnyOf("fl.indicator", wq.indicators, sub, f.binds);
    f.where +=
        fmt::format(" AND EXISTS (SELECT 1 FROM flags fl WHERE fl.document_id = {}{})", id, sub);
  }
  if (!wq.selector_types.empty()) {
    std::string sub;
    AddAnyOf("s.type", wq.selector_types, sub, f.binds);
    f.where +=
        fmt::format(" AND EXISTS (SELECT 1 FROM selectors s WHERE s.document_id = {}{})", id, sub);
  }
  f.filters = f.binds.size() > text_binds;
  f.ids_from = !f.full_text ? f.from
               : f.document_columns
                   ? fmt::format(
                         " FROM documents_fts CROSS JOIN documents d INDEXED BY {} ON d.id = "
                         "documents_fts.rowid",
                         kFilterProbeIndex)
                   : std::string(" FROM documents_fts");
  return f;
}

}  // namespace ariadne::store::sqlite
