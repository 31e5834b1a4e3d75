// ariadne search --case DIR QUERY... [--json] [--limit N]
#include <fmt/format.h>

#include <memory>
#include <optional>

#include "cli/command.h"
#include "cli/output.h"
#include "core/exit_code.h"
#include "store/case.h"
#include "store/chat_segment.h"
#include "store/search_query.h"

namespace ariadne::cli {

namespace {

struct SearchOptions {
  std::string dir;
  std::vector<std::string> words;
  int limit = 20;
  int offset = 0;
  bool json = false;
};

// For a hit in a chat segment, the message the snippet's first highlight is in.
std::optional<store::ChatMessage> MatchedMessage(store::CaseStore& s, const store::SearchHit& h) {
  Result<Document> d = s.GetDocument(h.id);
  if (!d.ok()) return std::nullopt;
  return store::MessageOfSnippet(*d, h.snippet);
}

nlohmann::json MessageJson(const store::ChatMessage& m) {
  return {{"ordinal", m.ordinal},       {"source_id", m.source_id},   {"sender", m.sender},
          {"posted_at", m.posted_at},   {"text_start", m.text_start}, {"text_end", m.text_end},
          {"byte_start", m.byte_start}, {"byte_end", m.byte_end},     {"line", m.line}};
}

// The snippet without markers, and the [start, end) byte ranges the markers enclosed.
std::pair<std::string, nlohmann::json> SplitHighlights(const std::string& marked) {
  std::string plain;
  nlohmann::json spans = nlohmann::json::array();
  size_t open = 0;
  for (char c : marked) {
    if (c == store::kHighlightOpen) {
      open = plain.size();
    } else if (c == store::kHighlightClose) {
      spans.push_back({open, plain.size()});
    } else {
      plain.push_back(c);
    }
  }
  return {plain, spans};
}

std::string RenderHighlights(const std::string& marked, bool terminal) {
  std::string out;
  for (char c : marked) {
    if (c == store::kHighlightOpen) {
      out += terminal ? "\x1b[1;33m" : "[";
    } else if (c == store::kHighlightClose) {
      out += terminal ? "\x1b[0m" : "]";
    } else {
      out.push_back(c == '\n' || c == '\r' ? ' ' : c);
    }
  }
  return out;
}

int RunSearch(const SearchOptions& o) {
  std::string text;
  for (const std::string& w : o.words) text += (text.empty() ? "" : " ") + w;
  Result<store::SearchQuery> query = store::ParseSearchQuery(text);
  if (!query.ok()) return ReportError(query.status());
  query->limit = o.limit;
  query->offset = o.offset;
  Result<std::unique_ptr<store::Case>> c = store::Case::Open(o.dir);
  if (!c.ok()) return ReportError(c.status());
  Result<store::SearchResults> r = (*c)->store().Search(*query);
  if (!r.ok()) return ReportError(r.status());

  const bool terminal = StdoutIsTerminal();
  for (const store::SearchHit& h : r->hits) {
    const std::optional<store::ChatMessage> message = MatchedMessage((*c)->store(), h);
    if (o.json) {
      auto [snippet, spans] = SplitHighlights(h.snippet);
      nlohmann::json line = {{"id", h.id},       {"source_id", h.source_id}, {"site", h.site},
                             {"title", h.title}, {"posted_at", h.posted_at}, {"lang", h.lang},
                             {"kind", h.kind},   {"snippet", snippet},       {"highlights", spans},
                             {"rank", h.rank}};
      if (message) line["message"] = MessageJson(*message);
      PrintJsonLine(line);
    } else {
      fmt::print("#{:<6} {}  {}  {}  {}\n", h.id, h.site, h.posted_at.substr(0, 10),
                 h.lang.empty() ? "--" : h.lang, h.title);
      fmt::print("        {}\n", RenderHighlights(h.snippet, terminal));
      if (message) {
        fmt::print("        message {} of the chat segment: {}, {}, line {}\n",
                   message->ordinal + 1, message->sender.empty() ? "(system)" : message->sender,
                   message->posted_at, message->line);
      }
    }
  }
  if (!o.json) {
    fmt::print(stderr, "{} of {} matching documents shown\n", r->hits.size(), r->total);
  }
  return r->total > 0 ? kExitOk : kExitNegative;
}

}  // namespace

void AddSearchCommand(CLI::App& app, Action& action) {
  auto o = std::make_shared<SearchOptions>();
  CLI::App* cmd = app.add_subcommand("search", "Full-text search over a case's documents");
  cmd->add_option("--case", o->dir, "the case folder")->required();
  cmd->add_option("QUERY", o->words, "words, \"phrases\", prefix*, OR, -exclusions and filters")
      ->required();
  cmd->add_option("--limit", o->limit, "at most this many results")->check(CLI::Range(1, 100000));
  cmd->add_option("--offset", o->offset, "skip this many results (paging)")
      ->check(CLI::NonNegativeNumber);
  cmd->add_flag("--json", o->json,
                "one JSON line per result: id, source_id, site, title, posted_at, lang, kind, "
                "snippet, highlights ([start,end] byte ranges in snippet), rank");
  cmd->footer(
      "Query syntax:\n"
      "  word          accents and case are folded: discreta finds Discretă\n"
      "  wor*          prefix            \"two words\"  phrase\n"
      "  a OR b        either            -word        without the word\n"
      "  site:NAME lang:CODE kind:sex|labour from:YYYY-MM-DD to:YYYY-MM-DD   filters\n"
      "Results are ranked by relevance (BM25, title counts double); with filters only, newest "
      "first.\n"
      "Exit code 1 when nothing matches.\n\n"
      "Examples:\n  ariadne search --case mycase \"new in town\" site:sweetnights.example\n"
      "  ariadne search --case mycase recruit* kind:labour from:2026-06-01 --json");
  cmd->callback([o, &action] { action = [o] { return RunSearch(*o); }; });
}

}  // namespace ariadne::cli
