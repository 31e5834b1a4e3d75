#include "cli/jsonl_input.h"

#include <fmt/format.h>

#include "capture/line_reader.h"
#include "core/exit_code.h"
#include "core/text.h"

namespace ariadne::cli {

int ForEachJsonLine(std::istream& in, size_t max_line,
                    const std::function<std::string(int64_t, const nlohmann::json&)>& handle) {
  capture::LineReader reader(in, max_line);
  capture::Line line;
  int exit_code = kExitOk;
  auto fail = [&](int64_t number, const std::string& why) {
    fmt::print(stderr, "stdin:{}: {}\n", number, why);
    exit_code = kExitDataErr;
  };
  while (reader.Next(&line)) {
    if (line.too_long) {
      fail(line.number,
           fmt::format("line of {} bytes is longer than {} bytes", line.length, max_line));
      continue;
    }
    if (Trim(line.text).empty()) continue;
    const nlohmann::json value = nlohmann::json::parse(line.text, nullptr, false);
    if (const std::string why = handle(line.number, value); !why.empty()) fail(line.number, why);
  }
  if (reader.read_error()) {
    fmt::print(stderr, "stdin: read error after line {}\n", line.number);
    exit_code = kExitIoErr;
  }
  return exit_code;
}

}  // namespace ariadne::cli
