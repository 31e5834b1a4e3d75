// The SQL side of search, shared by the CaseStore (`ariadne search`) and the WorkbenchStore (the
// web API): the FTS5 expression of the terms and one filter builder, so that both mean the same by
// a site, a language, a date range or a facet.
#pragma once

#include <string>
#include <vector>

#include "core/status.h"
#include "store/search_query.h"
#include "store/sqlite/sqlite_db.h"
#include "store/workbench_store.h"

namespace ariadne::store::sqlite {

// The FTS5 MATCH expression of the terms. Every term is a quoted string, so that user text can
// never be read as FTS5 operators or column filters; FTS5's NOT is binary, so exclusions attach
// to the positive part.
std::string Fts5Expression(const std::vector<SearchTerm>& terms);

// FTS5 rejects a few inputs at run time (e.g. a term made only of punctuation): InvalidInput that
// says so plainly; other errors unchanged.
Status FtsError(const Status& s);

// A document's language as search filters and shows it: the declared one, else the detected one
// (`d` is the documents table; the detected language is in document_langs since schema v18).
inline constexpr const char* kDocumentLangExpr =
    "coalesce(nullif(d.lang, ''), (SELECT dl.lang FROM document_langs dl WHERE dl.document_id = "
    "d.id), '')";

// The index (schema v11) holding every document column a filter or a facet reads, by id.
inline constexpr const char* kFilterProbeIndex = "documents_filter_probe";

// The FROM and WHERE of a search over documents (`d`, joined to `documents_fts` when there are
// words), with the values to bind in order.
struct DocumentFilter {
  std::string from;  // " FROM ..."
  // The FROM of a query that reads only the ids of the matches (and the filter's own columns):
  // FTS5 alone when no document column is filtered, else each match's columns from the index
  // documents_filter_probe instead of its row. Only the filter's columns may be read through it.
  std::string ids_from;
  std::string where;  // " WHERE ..."
  std::vector<std::string> binds;
  bool full_text = false;         // there are words: documents_fts is in FROM
  bool filters = false;           // there is a condition beyond the words
  bool document_columns = false;  // a condition reads a column of `d` (else only flags/selectors)
};

// The filter of a query. Sites and languages typed in the query match without case; facet values
// (city, flag, selector type) exactly. `from` and `to` are inclusive calendar dates: InvalidInput
// for anything but a real YYYY-MM-DD (2024-02-30 is refused). Documents' own columns are checked
// on the document (by index when SQLite walks one: documents_by_posted_at, documents_by_site,
// documents_by_location); flags and selectors by a probe per document in a covering index.
Result<DocumentFilter> MakeDocumentFilter(const WorkbenchQuery& q);

// Binds `binds` from index 1; returns the next free index.
int BindAll(Statement& st, const std::vector<std::string>& binds);

// " AND column IN (?, ?...)" for the values (nothing when there are none), binds appended.
void AddAnyOf(const std::string& column, const std::vector<std::string>& values, std::string& where,
              std::vector<std::string>& binds);

}  // namespace ariadne::store::sqlite
