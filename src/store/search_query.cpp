#include "store/search_query.h"

#include <fmt/format.h>

#include "core/text.h"

namespace ariadne::store {

namespace {

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Splits on white space, keeping quoted runs (with their quotes) as one token.
Result<std::vector<std::string>> Tokenize(std::string_view text) {
  std::vector<std::string> tokens;
  size_t i = 0;
  while (i < text.size()) {
    if (IsSpace(text[i])) {
      ++i;
      continue;
    }
    std::string token;
    bool in_quote = false;
    size_t quote_start = 0;
    while (i < text.size() && (in_quote || !IsSpace(text[i]))) {
      if (text[i] == '"') {
        in_quote = !in_quote;
        quote_start = i;
      }
      token.push_back(text[i++]);
    }
    if (in_quote) {
      return InvalidInput(
          fmt::format("unclosed quote at character {} of the query", quote_start + 1));
    }
    tokens.push_back(std::move(token));
  }
  return tokens;
}

Status ApplyFilter(std::string_view field, std::string_view value, SearchQuery& q) {
  if (value.empty()) return InvalidInput(fmt::format("`{}:` needs a value", field));
  const std::string v = AsciiLower(value);
  if (field == "site") {
    q.sites.push_back(v);
  } else if (field == "lang") {
    q.langs.push_back(v);
  } else if (field == "kind") {
    if (v != "sex" && v != "labour") return InvalidInput("`kind:` takes sex or labour");
    q.kind = v;
  } else if (field == "from" || field == "to") {
    if (v.size() != 10 || !IsIso8601(v)) {
      return InvalidInput(fmt::format("`{}:{}` is not a date: write YYYY-MM-DD", field, value));
    }
    (field == "from" ? q.from : q.to) = v;
  } else {
    return InvalidInput(fmt::format(
        "unknown field `{}:`; fields are site:, lang:, kind:, from:, to: (quote the text to search "
        "for a colon: \"{}:{}\")",
        field, field, value));
  }
  return Status::Ok();
}

}  // namespace

Result<SearchQuery> ParseSearchQuery(std::string_view text) {
  Result<std::vector<std::string>> tokens = Tokenize(text);
  if (!tokens.ok()) return tokens.status();
  SearchQuery q;
  bool pending_or = false;
  for (const std::string& token : *tokens) {
    if (token == "OR") {
      if (q.terms.empty()) return InvalidInput("OR needs a term on its left");
      pending_or = true;
      continue;
    }
    const size_t colon = token.find(':');
    if (token.front() != '"' && token.front() != '-' && colon != std::string::npos && colon > 0) {
      ARIADNE_RETURN_IF_ERROR(ApplyFilter(token.substr(0, colon), token.substr(colon + 1), q));
      continue;
    }
    SearchTerm term;
    std::string_view t = token;
    if (t.size() > 1 && t.front() == '-') {
      term.negated = true;
      t.remove_prefix(1);
    }
    if (t.size() >= 2 && t.front() == '"' && t.back() == '"') {
      term.phrase = true;
      t = t.substr(1, t.size() - 2);
    } else if (t.size() > 1 && t.back() == '*') {
      term.prefix = true;
      t.remove_suffix(1);
    }
    // Quotes inside a bare word carry no meaning; drop them rather than fail.
    for (char c : t) {
      if (c != '"') term.text.push_back(c);
    }
    if (Trim(term.text).empty()) continue;
    term.or_before = pending_or;
    pending_or = false;
    q.terms.push_back(std::move(term));
  }
  if (pending_or) return InvalidInput("OR needs a term on its right");
  bool any_positive = q.terms.empty();
  for (const SearchTerm& t : q.terms) any_positive = any_positive || !t.negated;
  if (!any_positive)
    return InvalidInput("a query cannot be only exclusions: add a word to look for");
  return q;
}

}  // namespace ariadne::store
