#include "store/sqlite/fts.h"

#include <fmt/format.h>

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

}  // namespace ariadne::store::sqlite
