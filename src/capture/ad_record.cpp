#include "capture/ad_record.h"

#include <fmt/format.h>

#include <cmath>

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

}  // namespace

size_t ReplaceControlCharacters(std::string& text) {
  size_t n = 0;
  for (char& c : text) {
    const auto u = static_cast<unsigned char>(c);
    if ((u < 0x20 && c != '\t' && c != '\n' && c != '\r') || u == 0x7F) {
      c = ' ';
      ++n;
    }
  }
  return n;
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
  for (const auto& [key, value] : object.items()) {
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
