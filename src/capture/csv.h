// RFC 4180 CSV fields: quoted fields may hold the delimiter, newlines and doubled quotes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace ariadne::capture {

// Whether `record` ends inside a quoted field (so the next line belongs to the same record).
bool CsvQuoteOpen(std::string_view record);

// Splits one complete record into fields. InvalidInput says which field is malformed: a quote
// inside an unquoted field, text after a closing quote, or an unclosed quote.
Result<std::vector<std::string>> ParseCsvRecord(std::string_view record, char delimiter);

// The most likely delimiter of a header line: the most frequent of ',', ';' and tab outside quotes
// (',' when none occurs).
char GuessCsvDelimiter(std::string_view header);

}  // namespace ariadne::capture
