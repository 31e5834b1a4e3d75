#include "cli/output.h"

#include <fmt/format.h>
#include <unistd.h>

#include <cstdio>
#include <iostream>

#include "core/exit_code.h"

namespace ariadne::cli {

int ReportError(const Status& status) {
  fmt::print(stderr, "ariadne: error: {}\n", status.message());
  return ExitCodeFor(status);
}

bool StderrIsTerminal() {
  return ::isatty(STDERR_FILENO) == 1;
}
bool StdoutIsTerminal() {
  return ::isatty(STDOUT_FILENO) == 1;
}

nlohmann::json DocumentToJson(const Document& d) {
  nlohmann::json images = nlohmann::json::array();
  for (const ImageRef& im : d.images) {
    images.push_back({{"ref", im.ref}, {"status", im.status}, {"blob_sha256", im.blob_sha256}});
  }
  nlohmann::json attributes = nlohmann::json::parse(d.attributes_json, nullptr, false);
  if (attributes.is_discarded()) attributes = nlohmann::json::object();
  return {
      {"id", d.id},
      {"source_id", d.source_id},
      {"site", d.site},
      {"url", d.url},
      {"title", d.title},
      {"text", d.text},
      {"posted_at", d.posted_at},
      {"location", d.location},
      {"lang", d.lang},
      {"region", d.region},
      {"kind", d.kind},
      {"attributes", attributes},
      {"images", images},
      {"provenance",
       {{"blob_sha256", d.provenance.blob_sha256},
        {"file_name", d.provenance.file_name},
        {"line", d.provenance.line},
        {"byte_start", d.provenance.byte_start},
        {"byte_end", d.provenance.byte_end},
        {"imported_at", d.imported_at}}},
  };
}

void PrintJsonLine(const nlohmann::json& value) {
  std::cout << value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

}  // namespace ariadne::cli
