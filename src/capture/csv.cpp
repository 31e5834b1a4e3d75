#include "capture/csv.h"

#include <fmt/format.h>

namespace ariadne::capture {

bool CsvQuoteOpen(std::string_view record) {
  size_t quotes = 0;
  for (char c : record) quotes += c == '"' ? 1 : 0;
  return quotes % 2 == 1;
}

Result<std::vector<std::string>> ParseCsvRecord(std::string_view record, char delimiter) {
  std::vector<std::string> fields;
  std::string field;
  size_t i = 0;
  const size_t n = record.size();
  for (;;) {
    field.clear();
    const size_t column = fields.size() + 1;
    if (i < n && record[i] == '"') {
      ++i;
      bool closed = false;
      while (i < n) {
        if (record[i] == '"') {
          if (i + 1 < n && record[i + 1] == '"') {
            field.push_back('"');
            i += 2;
            continue;
          }
          closed = true;
          ++i;
          break;
        }
        field.push_back(record[i++]);
      }
      if (!closed) return InvalidInput(fmt::format("unclosed quote in field {}", column));
      if (i < n && record[i] != delimiter) {
        return InvalidInput(
            fmt::format("text after the closing quote of field {} (write a quote inside a quoted "
                        "field as \"\")",
                        column));
      }
    } else {
      while (i < n && record[i] != delimiter) {
        if (record[i] == '"') {
          return InvalidInput(fmt::format(
              "quote inside unquoted field {} (quote the whole field and double inner quotes)",
              column));
        }
        field.push_back(record[i++]);
      }
    }
    fields.push_back(field);
    if (i >= n) break;
    ++i;  // the delimiter
  }
  return fields;
}

char GuessCsvDelimiter(std::string_view header) {
  size_t comma = 0;
  size_t semicolon = 0;
  size_t tab = 0;
  bool quoted = false;
  for (char c : header) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    comma += c == ',' ? 1 : 0;
    semicolon += c == ';' ? 1 : 0;
    tab += c == '\t' ? 1 : 0;
  }
  if (tab > comma && tab >= semicolon) return '\t';
  if (semicolon > comma) return ';';
  return ',';
}

}  // namespace ariadne::capture
