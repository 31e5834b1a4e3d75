// The FTS5 side of search, shared by the CaseStore and the WorkbenchStore.
#pragma once

#include <string>
#include <vector>

#include "core/status.h"
#include "store/search_query.h"

namespace ariadne::store::sqlite {

// The FTS5 MATCH expression of the terms. Every term is a quoted string, so that user text can
// never be read as FTS5 operators or column filters; FTS5's NOT is binary, so exclusions attach
// to the positive part.
std::string Fts5Expression(const std::vector<SearchTerm>& terms);

// FTS5 rejects a few inputs at run time (e.g. a term made only of punctuation): InvalidInput that
// says so plainly; other errors unchanged.
Status FtsError(const Status& s);

}  // namespace ariadne::store::sqlite
