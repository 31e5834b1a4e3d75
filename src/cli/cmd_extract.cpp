// ariadne extract [--region CC] [--lang LL] [--jsonl]: selectors of texts on stdin, as JSON lines.
#include <fmt/format.h>

#include <iostream>
#include <memory>

#include "capture/line_reader.h"
#include "cli/command.h"
#include "cli/jsonl_input.h"
#include "cli/output.h"
#include "core/exit_code.h"
#include "core/text.h"
#include "extract/extract.h"

namespace ariadne::cli {

namespace {

// Plain text is read in pieces cut at line ends, so memory stays bounded whatever the input size;
// offsets stay relative to the whole input.
constexpr size_t kPlainChunk = size_t{1} << 20;
constexpr size_t kMaxLine = size_t{16} << 20;

struct ExtractOptions {
  std::string region;
  std::string lang;
  bool jsonl = false;
  bool no_ads = false;
};

nlohmann::json SelectorJson(const extract::Selector& s, size_t offset) {
  nlohmann::json j = {{"type", s.type},
                      {"value", s.value},
                      {"start", s.start + offset},
                      {"end", s.end + offset},
                      {"raw", s.raw}};
  if (!s.details.empty()) {
    nlohmann::json details = nlohmann::json::object();
    for (const auto& [k, v] : s.details) details[k] = v;
    j["details"] = details;
  }
  return j;
}

int RunPlain(const extract::SelectorExtractor& ex, const extract::ExtractContext& context) {
  nlohmann::json selectors = nlohmann::json::array();
  capture::LineReader reader(std::cin, kMaxLine);
  std::string chunk;
  size_t chunk_start = 0;
  auto flush = [&] {
    for (const auto& s : ex.Extract(chunk, context))
      selectors.push_back(SelectorJson(s, chunk_start));
    chunk_start += chunk.size();
    chunk.clear();
  };
  capture::Line line;
  while (reader.Next(&line)) {
    if (line.too_long) {
      fmt::print(stderr, "stdin:{}: line of {} bytes skipped (longer than {} bytes)\n", line.number,
                 line.length, kMaxLine);
      flush();
      chunk_start = static_cast<size_t>(line.end);
      continue;
    }
    // Keep the bytes exactly (with the newline) so offsets are offsets into the input.
    chunk.append(line.text);
    const auto trailing = static_cast<size_t>(line.end - line.start) - line.text.size();
    chunk.append(trailing == 2 ? "\r\n" : trailing == 1 ? "\n" : "");
    if (chunk.size() >= kPlainChunk) flush();
  }
  flush();
  PrintJsonLine({{"id", "stdin"}, {"selectors", selectors}});
  return kExitOk;
}

int RunJsonl(const extract::SelectorExtractor& ex, const extract::ExtractContext& defaults) {
  return ForEachJsonLine(std::cin, kMaxLine, [&](int64_t number, const nlohmann::json& in) {
    if (in.is_discarded() || !in.is_object() || !in.contains("text") || !in["text"].is_string()) {
      return std::string("expected a JSON object with a string \"text\" (and \"id\", \"region\")");
    }
    extract::ExtractContext context = defaults;
    if (in.contains("region") && in["region"].is_string()) context.region = in["region"];
    if (in.contains("lang") && in["lang"].is_string()) context.lang = in["lang"];
    nlohmann::json selectors = nlohmann::json::array();
    for (const auto& s : ex.Extract(in["text"].get<std::string>(), context)) {
      selectors.push_back(SelectorJson(s, 0));
    }
    const nlohmann::json id = in.contains("id") ? in["id"] : nlohmann::json(number);
    PrintJsonLine({{"id", id}, {"selectors", selectors}});
    return std::string();
  });
}

int RunExtract(const ExtractOptions& o) {
  Result<std::unique_ptr<extract::SelectorExtractor>> ex = extract::SelectorExtractor::Create();
  if (!ex.ok()) return ReportError(ex.status());
  extract::ExtractContext context;
  context.region = o.region;
  context.lang = o.lang;
  context.ads = !o.no_ads;
  std::ios::sync_with_stdio(false);
  return o.jsonl ? RunJsonl(**ex, context) : RunPlain(**ex, context);
}

}  // namespace

void AddExtractCommand(CLI::App& app, Action& action) {
  auto o = std::make_shared<ExtractOptions>();
  CLI::App* cmd = app.add_subcommand(
      "extract",
      "Find phones, e-mails, handles and other selectors in text on stdin (JSON lines out)");
  cmd->add_option("--region", o->region,
                  "ISO 3166-1 alpha-2 country for reading national phone numbers (e.g. GB)");
  cmd->add_option("--lang", o->lang, "ISO 639-1 language of the text, when known");
  cmd->add_flag(
      "--jsonl", o->jsonl,
      "input is JSON lines {\"id\", \"text\", \"region\"?, \"lang\"?}, one result line each");
  cmd->add_flag("--no-ads", o->no_ads, "do not extract ad-only values (price, age)");
  cmd->footer(
      "Output: {\"id\", \"selectors\": [{\"type\", \"value\", \"start\", \"end\", \"raw\", "
      "\"details\"?}]}\nTypes: phone (E.164), email, url, handle (platform:name), iban, crypto, "
      "ip, payment (platform:name), "
      "price, age.\nOffsets are UTF-8 byte offsets into the input text.\n\nExamples:\n"
      "  echo 'Call zero seven seven zero zero 900 123' | ariadne extract --region GB\n"
      "  ariadne extract --jsonl < ads.jsonl > selectors.jsonl");
  cmd->callback([o, &action] { action = [o] { return RunExtract(*o); }; });
}

}  // namespace ariadne::cli
