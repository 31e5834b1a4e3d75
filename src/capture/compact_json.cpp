#include "capture/compact_json.h"

#include <charconv>
#include <nlohmann/json.hpp>
#include <string_view>

#include "core/text.h"

namespace ariadne::capture {

namespace {

using nlohmann::json;

std::string NlohmannDump(const json& value) {
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

void AppendString(const std::string& s, std::string* out) {
  if (FindInvalidUtf8(s)) {
    out->append(NlohmannDump(json(s)));  // its replacement of bad bytes, exactly
  } else {
    AppendValidJsonString(s, out);
  }
}

template <typename Int>
void AppendInteger(Int v, std::string* out) {
  char buf[24];
  out->append(buf, std::to_chars(buf, buf + sizeof buf, v).ptr);
}

}  // namespace

void AppendCompactJson(const json& value, std::string* out) {
  switch (value.type()) {
    case json::value_t::null:
      out->append("null");
      return;
    case json::value_t::boolean:
      out->append(value.get<bool>() ? "true" : "false");
      return;
    case json::value_t::number_integer:
      AppendInteger(value.get<json::number_integer_t>(), out);
      return;
    case json::value_t::number_unsigned:
      AppendInteger(value.get<json::number_unsigned_t>(), out);
      return;
    case json::value_t::string:
      AppendString(value.get_ref<const std::string&>(), out);
      return;
    case json::value_t::array: {
      out->push_back('[');
      bool first = true;
      for (const json& element : value) {
        if (!first) out->push_back(',');
        first = false;
        AppendCompactJson(element, out);
      }
      out->push_back(']');
      return;
    }
    case json::value_t::object: {
      out->push_back('{');
      bool first = true;
      for (auto it = value.begin(); it != value.end(); ++it) {
        if (!first) out->push_back(',');
        first = false;
        AppendString(it.key(), out);
        out->push_back(':');
        AppendCompactJson(it.value(), out);
      }
      out->push_back('}');
      return;
    }
    default:  // floating point (shortest round-trip digits), binary, discarded: nlohmann's own
      out->append(NlohmannDump(value));
  }
}

std::string CompactJson(const json& value) {
  std::string out;
  AppendCompactJson(value, &out);
  return out;
}

}  // namespace ariadne::capture
