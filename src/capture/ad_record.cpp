#include "capture/ad_record.h"

#include <fmt/format.h>

#include <cmath>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "core/text.h"

namespace ariadne::capture {

namespace {

using nlohmann::json;

// The ad's own id may come as a string or an integer; anything else is an error.
Result<std::string> IdField(const json& v) {
  if (v.is_string()) {
    std::string s = v.get<std::string>();
    if (Trim(s).empty()) return InvalidInput("`id` is empty");
    return std::string(Trim(s));
  }
  if (v.is_number_integer()) return v.dump();
  return InvalidInput(fmt::format("`id` must be a string or an integer, not {}", v.type_name()));
}

Result<std::string> StringField(const json& v, const char* name) {
  if (v.is_null()) return std::string();
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number()) return v.dump();
  return InvalidInput(fmt::format("`{}` must be a string, not {}", name, v.type_name()));
}

Result<std::vector<ImageRef>> ImagesField(const json& v) {
  std::vector<ImageRef> out;
  if (v.is_null()) return out;
  if (v.is_string()) {
    if (!v.get<std::string>().empty()) out.push_back({v.get<std::string>(), "", ""});
    return out;
  }
  if (!v.is_array()) return InvalidInput("`images` must be an array of paths or URLs");
  for (const json& item : v) {
    if (!item.is_string()) return InvalidInput("`images` must hold only strings (paths or URLs)");
    if (!item.get<std::string>().empty()) out.push_back({item.get<std::string>(), "", ""});
  }
  return out;
}

bool IsRegionCode(const std::string& s) {
  return s.size() == 2 && std::isalpha(static_cast<unsigned char>(s[0])) &&
         std::isalpha(static_cast<unsigned char>(s[1]));
}

// ReplaceControlCharacters() on `n` bytes from `p`, one at a time.
size_t ReplaceControlCharactersIn(char* p, size_t n) {
  size_t replaced = 0;
  for (size_t i = 0; i < n; ++i) {
    const auto u = static_cast<unsigned char>(p[i]);
    if ((u < 0x20 && u != '\t' && u != '\n' && u != '\r') || u == 0x7F) {
      p[i] = ' ';
      ++replaced;
    }
  }
  return replaced;
}

}  // namespace

size_t ReplaceControlCharacters(std::string& text) {
  size_t n = 0;
  size_t i = 0;
#if defined(__SSE2__)
  // 16 bytes at a time past those with no byte below 0x20 or equal to 0x7F (most of any text);
  // a chunk with one (a tab or a line break, usually) goes byte by byte below.
  const __m128i below_space = _mm_set1_epi8(0x1F);
  const __m128i del = _mm_set1_epi8(0x7F);
  const size_t size = text.size();
  while (i + 16 <= size) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    const __m128i control =
        _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(v, below_space), v), _mm_cmpeq_epi8(v, del));
    if (_mm_movemask_epi8(control) == 0) {
      i += 16;
      continue;
    }
    n += ReplaceControlCharactersIn(text.data() + i, 16);
    i += 16;
  }
#endif
  return n + ReplaceControlCharactersIn(text.data() + i, text.size() - i);
}

Result<AdParse> AdFromJson(const json& object) {
  if (!object.is_object()) {
    return InvalidInput(fmt::format("expected a JSON object, got {}", object.type_name()));
  }
  AdParse out;
  Document& d = out.doc;
  json attributes = json::object();
  bool has_id = false;
  bool has_text = false;
  for (const auto& item : object.items()) {
    // Not a structured binding: clang 14 (the fuzz build) cannot capture one in the lambda below.
    const std::string& key = item.key();
    const json& value = item.value();
    // Each known field in its own branch keeps the error naming the field.
    auto take = [&](std::string& field) -> Status {
      Result<std::string> s = StringField(value, key.c_str());
      if (!s.ok()) return s.status();
      field = std::move(s).value();
      return Status::Ok();
    };
    if (key == "id") {
      Result<std::string> id = IdField(value);
      if (!id.ok()) return id.status();
      d.source_id = std::move(id).value();
      has_id = true;
    } else if (key == "text") {
      if (!value.is_string()) {
        return InvalidInput(fmt::format("`text` must be a string, not {}", value.type_name()));
      }
      d.text = value.get<std::string>();
      has_text = true;
    } else if (key == "site") {
      ARIADNE_RETURN_IF_ERROR(take(d.site));
    } else if (key == "url") {
      ARIADNE_RETURN_IF_ERROR(take(d.url));
    } else if (key == "title") {
      ARIADNE_RETURN_IF_ERROR(take(d.title));
    } else if (key == "location") {
      ARIADNE_RETURN_IF_ERROR(take(d.location));
    } else if (key == "lang") {
      ARIADNE_RETURN_IF_ERROR(take(d.lang));
      d.lang = AsciiLower(Trim(d.lang));
    } else if (key == "posted_at") {
      ARIADNE_RETURN_IF_ERROR(take(d.posted_at));
      if (!d.posted_at.empty() && !IsIso8601(d.posted_at)) {
        out.warnings.push_back(
            fmt::format("`posted_at` \"{}\" is not an ISO 8601 date "
                        "(YYYY-MM-DD[Thh:mm[:ss]][Z|+hh:mm]): kept as "
                        "the attribute posted_at_raw",
                        Ellipsize(d.posted_at, 40)));
        attributes["posted_at_raw"] = d.posted_at;
        d.posted_at.clear();
      }
    } else if (key == "region") {
      ARIADNE_RETURN_IF_ERROR(take(d.region));
      std::string upper = d.region;
      for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      if (!upper.empty() && !IsRegionCode(upper)) {
        out.warnings.push_back(fmt::format(
            "`region` \"{}\" is not an ISO 3166 country code: ignored", Ellipsize(d.region, 20)));
        upper.clear();
      }
      d.region = upper;
    } else if (key == "kind") {
      ARIADNE_RETURN_IF_ERROR(take(d.kind));
      d.kind = AsciiLower(Trim(d.kind));
      if (!d.kind.empty() && d.kind != "sex" && d.kind != "labour") {
        out.warnings.push_back(
            fmt::format("`kind` \"{}\" is neither sex nor labour: kept as the attribute kind_raw",
                        Ellipsize(d.kind, 20)));
        attributes["kind_raw"] = d.kind;
        d.kind.clear();
      }
    } else if (key == "images") {
      Result<std::vector<ImageRef>> images = ImagesField(value);
      if (!images.ok()) return images.status();
      d.images = std::move(images).value();
    } else {
      attributes[key] = value;
    }
  }
  if (!has_id) return InvalidInput("missing `id` (the source's id of the ad)");
  if (!has_text) return InvalidInput("missing `text`");
  size_t replaced = 0;
  for (std::string* field : {&d.text, &d.title, &d.location, &d.site, &d.source_id}) {
    replaced += ReplaceControlCharacters(*field);
  }
  if (replaced > 0) {
    out.warnings.push_back(fmt::format("{} control character(s) replaced by spaces", replaced));
  }
  d.site = std::string(Trim(d.site));
  d.attributes_json = attributes.dump(-1, ' ', false, json::error_handler_t::replace);
  return out;
}

void FillRecordFromAd(const json& object, ParsedRecord* record) {
  Result<AdParse> ad = AdFromJson(object);
  if (!ad.ok()) {
    record->error = ad.status().message();
    return;
  }
  record->doc = std::move(ad->doc);
  record->warnings = std::move(ad->warnings);
}

}  // namespace ariadne::capture
