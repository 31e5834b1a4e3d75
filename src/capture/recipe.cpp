#include "capture/recipe.h"

#include <fmt/format.h>
#include <libxml/xpathInternals.h>
#include <toml++/toml.h>

#include <ctime>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <unordered_set>

#include "capture/url.h"
#include "core/text.h"

namespace ariadne::capture {

namespace {

// libxml2 reports XPath errors to a global handler; recipes report them as Status instead.
void SilentError(void*, const char*, ...) {}

std::string Where(const std::string& file, const toml::source_region& src) {
  return fmt::format("{}:{}:{}", file, src.begin.line, src.begin.column);
}

class RecipeParser {
 public:
  explicit RecipeParser(std::string file) : file_(std::move(file)) {}

  Result<Recipe> Parse(const toml::table& root) {
    Recipe r;
    r.file = file_;
    CheckKeys(
        root,
        {"name", "version", "description", "site", "country", "kind", "lang", "listing", "ad"},
        "the recipe");
    r.name = String(root, "name", true);
    r.version = root["version"].value_or<int64_t>(1);
    r.description = String(root, "description", false);
    r.site = String(root, "site", false);
    r.country = String(root, "country", false);
    r.kind = String(root, "kind", false);
    r.lang = String(root, "lang", false);
    if (!r.kind.empty() && r.kind != "sex" && r.kind != "labour")
      Error(root, "kind", "kind must be \"sex\" or \"labour\" (or left out)");
    if (!r.country.empty() &&
        (r.country.size() != 2 || !std::isupper(r.country[0]) || !std::isupper(r.country[1])))
      Error(root, "country", "country must be an ISO 3166-1 alpha-2 code such as \"GB\"");
    if (const toml::table* listing = root["listing"].as_table()) {
      CheckKeys(*listing, {"start", "next", "ads"}, "[listing]");
      if (const toml::array* start = (*listing)["start"].as_array()) {
        for (const toml::node& n : *start)
          if (auto s = n.value<std::string>()) r.start.push_back(*s);
      }
      r.next = Expr(*listing, "next");
      r.ads = Expr(*listing, "ads");
    }
    const toml::table* ad = root["ad"].as_table();
    if (ad == nullptr) {
      errors_.push_back(
          fmt::format("{}:1:1: the recipe has no [ad] table: add one with at least "
                      "`text` (the XPath of the ad's text)",
                      file_));
    } else {
      CheckKeys(
          *ad,
          {"url", "id_from_url", "id", "title", "text", "phone", "location", "date", "date_format",
           "date_zone", "images", "site", "kind", "lang", "region", "attributes", "exclude"},
          "[ad]");
      r.ad_url = Regex(*ad, "url");
      r.id_from_url = Regex(*ad, "id_from_url");
      r.id = Expr(*ad, "id");
      r.title = Expr(*ad, "title");
      r.text = Expr(*ad, "text");
      r.phone = Expr(*ad, "phone");
      r.location = Expr(*ad, "location");
      r.date = Expr(*ad, "date");
      r.images = Expr(*ad, "images");
      r.exclude = Exprs(*ad, "exclude");
      r.site_field = Expr(*ad, "site");
      r.kind_field = Expr(*ad, "kind");
      r.lang_field = Expr(*ad, "lang");
      r.region_field = Expr(*ad, "region");
      r.date_format = String(*ad, "date_format", false);
      r.date_zone = String(*ad, "date_zone", false);
      if (r.text == nullptr) {
        errors_.push_back(fmt::format("{}: [ad] needs `text`: the XPath of the ad's text",
                                      Where(file_, ad->source())));
      }
      if (const toml::table* attrs = (*ad)["attributes"].as_table()) {
        for (const auto& [key, node] : *attrs) {
          XPath x = Expr(*attrs, key.str());
          if (x) r.attributes.emplace_back(std::string(key.str()), x);
        }
      }
    }
    if (!errors_.empty()) {
      std::string all;
      for (const std::string& e : errors_) all += (all.empty() ? "" : "\n") + e;
      return InvalidInput(all);
    }
    return r;
  }

 private:
  void Error(const toml::table& t, std::string_view key, std::string_view what) {
    const toml::node* n = t.get(key);
    errors_.push_back(fmt::format("{}: {}", Where(file_, n ? n->source() : t.source()), what));
  }

  void CheckKeys(const toml::table& t, std::initializer_list<std::string_view> known,
                 std::string_view what) {
    for (const auto& [key, node] : t) {
      bool ok = false;
      for (std::string_view k : known) ok = ok || key.str() == k;
      if (!ok) {
        std::string list;
        for (std::string_view k : known) list += (list.empty() ? "" : ", ") + std::string(k);
        errors_.push_back(fmt::format("{}: unknown key \"{}\" in {} (known: {})",
                                      Where(file_, node.source()), key.str(), what, list));
      }
    }
  }

  std::string String(const toml::table& t, std::string_view key, bool required) {
    const toml::node* n = t.get(key);
    if (n == nullptr) {
      if (required)
        errors_.push_back(fmt::format("{}: missing `{}`", Where(file_, t.source()), key));
      return "";
    }
    if (auto s = n->value<std::string>()) return *s;
    Error(t, key, fmt::format("`{}` must be a string", key));
    return "";
  }

  XPath Expr(const toml::table& t, std::string_view key) {
    const std::string text = String(t, key, false);
    if (text.empty()) return nullptr;
    Result<XPath> x = XPathExpr::Compile(text);
    if (!x.ok()) {
      Error(t, key, fmt::format("`{}` is not a valid XPath 1.0 expression: {}", key, text));
      return nullptr;
    }
    return *x;
  }

  // An array of XPath strings (or one string).
  std::vector<XPath> Exprs(const toml::table& t, std::string_view key) {
    std::vector<XPath> out;
    const toml::node* n = t.get(key);
    if (n == nullptr) return out;
    if (n->is_string()) {
      if (XPath x = Expr(t, key)) out.push_back(std::move(x));
      return out;
    }
    const toml::array* list = n->as_array();
    if (list == nullptr) {
      Error(t, key, fmt::format("`{}` must be an array of XPath strings", key));
      return out;
    }
    for (const toml::node& item : *list) {
      const std::optional<std::string> text = item.value<std::string>();
      Result<XPath> x = text ? XPathExpr::Compile(*text) : Result<XPath>(InvalidInput(""));
      if (!text || !x.ok()) {
        errors_.push_back(
            fmt::format("{}: every entry of `{}` must be a valid XPath 1.0 expression{}",
                        Where(file_, item.source()), key, text ? ": " + *text : " (a string)"));
        continue;
      }
      out.push_back(*x);
    }
    return out;
  }

  std::optional<std::regex> Regex(const toml::table& t, std::string_view key) {
    const std::string text = String(t, key, false);
    if (text.empty()) return std::nullopt;
    try {
      return std::regex(text, std::regex::ECMAScript);
    } catch (const std::regex_error& e) {
      Error(t, key, fmt::format("`{}` is not a valid regular expression: {}", key, e.what()));
      return std::nullopt;
    }
  }

  std::string file_;
  std::vector<std::string> errors_;
};

std::string First(const XPath& x, const HtmlPage& page) {
  if (!x) return "";
  std::vector<std::string> v = x->Strings(page);
  for (std::string& s : v)
    if (!s.empty()) return std::move(s);
  return "";
}

std::string Joined(const XPath& x, const HtmlPage& page) {
  if (!x) return "";
  std::string out;
  for (const std::string& s : x->Strings(page)) {
    if (s.empty()) continue;
    if (!out.empty()) out += "\n";
    out += s;
  }
  return out;
}

std::string OneLine(std::string s) {
  for (char& c : s)
    if (c == '\n') c = ' ';
  return s;
}

std::vector<std::string> Urls(const XPath& x, const HtmlPage& page, const std::string& base) {
  std::vector<std::string> out;
  if (!x) return out;
  for (const std::string& s : x->Strings(page)) {
    std::optional<std::string> u = ResolveUrl(base, s);
    if (u && std::find(out.begin(), out.end(), *u) == out.end()) out.push_back(*u);
  }
  return out;
}

}  // namespace

Result<XPath> XPathExpr::Compile(std::string text) {
  xmlSetGenericErrorFunc(nullptr, SilentError);
  xmlXPathCompExprPtr c = xmlXPathCompile(reinterpret_cast<const xmlChar*>(text.c_str()));
  if (c == nullptr) return InvalidInput(fmt::format("not a valid XPath: {}", text));
  auto x = std::shared_ptr<XPathExpr>(new XPathExpr());
  x->text_ = std::move(text);
  x->compiled_ = c;
  return XPath(std::move(x));
}

XPathExpr::~XPathExpr() {
  if (compiled_ != nullptr) xmlXPathFreeCompExpr(compiled_);
}

std::vector<std::string> XPathExpr::Strings(const HtmlPage& page) const {
  std::vector<std::string> out;
  if (page.doc() == nullptr) return out;
  xmlXPathContextPtr ctx = xmlXPathNewContext(page.doc());
  if (ctx == nullptr) return out;
  xmlXPathObjectPtr obj = xmlXPathCompiledEval(compiled_, ctx);
  if (obj != nullptr) {
    if (obj->type == XPATH_NODESET && obj->nodesetval != nullptr) {
      const int n = std::min(obj->nodesetval->nodeNr, 10000);
      for (int i = 0; i < n; ++i) out.push_back(NodeText(obj->nodesetval->nodeTab[i]));
    } else if (obj->type == XPATH_STRING || obj->type == XPATH_NUMBER ||
               obj->type == XPATH_BOOLEAN) {
      xmlChar* s = xmlXPathCastToString(obj);
      if (s != nullptr) {
        out.push_back(CollapseSpaces(reinterpret_cast<const char*>(s)));
        xmlFree(s);
      }
    }
    xmlXPathFreeObject(obj);
  }
  xmlXPathFreeContext(ctx);
  return out;
}

std::vector<std::string> XPathExpr::Remove(HtmlPage& page) const {
  std::vector<std::string> out;
  if (page.doc() == nullptr) return out;
  xmlXPathContextPtr ctx = xmlXPathNewContext(page.doc());
  if (ctx == nullptr) return out;
  xmlXPathObjectPtr obj = xmlXPathCompiledEval(compiled_, ctx);
  if (obj != nullptr && obj->type == XPATH_NODESET && obj->nodesetval != nullptr) {
    std::vector<xmlNodePtr> nodes;
    for (int i = 0; i < obj->nodesetval->nodeNr; ++i) {
      xmlNodePtr n = obj->nodesetval->nodeTab[i];
      if (n == nullptr || n->parent == nullptr) continue;
      if (n->type != XML_ELEMENT_NODE && n->type != XML_TEXT_NODE &&
          n->type != XML_CDATA_SECTION_NODE && n->type != XML_COMMENT_NODE)
        continue;
      nodes.push_back(n);
    }
    std::unordered_set<xmlNodePtr> selected(nodes.begin(), nodes.end());
    std::vector<xmlNodePtr> outermost;
    for (xmlNodePtr n : nodes) {
      bool inside = false;
      for (xmlNodePtr up = n->parent; up != nullptr && !inside; up = up->parent)
        inside = selected.count(up) > 0;
      if (!inside) outermost.push_back(n);
    }
    // Every node is read and unlinked before any is freed (the node set points into the tree).
    for (xmlNodePtr n : outermost) {
      out.push_back(NodeText(n));
      xmlUnlinkNode(n);
    }
    xmlXPathFreeObject(obj);
    obj = nullptr;
    for (xmlNodePtr n : outermost) xmlFreeNode(n);
  }
  if (obj != nullptr) xmlXPathFreeObject(obj);
  xmlXPathFreeContext(ctx);
  return out;
}

Result<Recipe> LoadRecipe(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return IoError(fmt::format("{}: cannot read the recipe", file.string()));
  std::stringstream content;
  content << in.rdbuf();
  toml::table root;
  try {
    root = toml::parse(std::string_view(content.str()), file.string());
  } catch (const toml::parse_error& e) {
    return InvalidInput(fmt::format("{}: {}", Where(file.string(), e.source()), e.description()));
  }
  return RecipeParser(file.string()).Parse(root);
}

ListingLinks ExtractListing(const Recipe& recipe, const HtmlPage& page) {
  const std::string base = page.BaseUrl();
  return {Urls(recipe.next, page, base), Urls(recipe.ads, page, base)};
}

std::optional<std::string> DateToIso(std::string_view value, const std::string& format,
                                     const std::string& zone) {
  std::tm tm{};
  tm.tm_hour = -1;
  const std::string v(Trim(value));
  const char* end = strptime(v.c_str(), format.c_str(), &tm);
  if (end == nullptr || tm.tm_year < 0 || tm.tm_year > 8000) return std::nullopt;
  const bool has_time =
      format.find("%H") != std::string::npos || format.find("%R") != std::string::npos ||
      format.find("%T") != std::string::npos || format.find("%I") != std::string::npos;
  if (!has_time) {
    return fmt::format("{:04d}-{:02d}-{:02d}", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
  }
  return fmt::format("{:04d}-{:02d}-{:02d}T{:02d}:{:02d}:{:02d}{}", tm.tm_year + 1900,
                     tm.tm_mon + 1, tm.tm_mday, std::max(tm.tm_hour, 0), tm.tm_min, tm.tm_sec,
                     zone);
}

Result<ExtractedAd> ExtractAd(const Recipe& recipe, const HtmlPage& original) {
  ExtractedAd out;
  HtmlPage trimmed;
  if (!recipe.exclude.empty()) {
    trimmed = original.Clone();
    for (const XPath& x : recipe.exclude) {
      for (std::string& text : x->Remove(trimmed)) out.excluded.push_back(std::move(text));
    }
  }
  const HtmlPage& page = recipe.exclude.empty() ? original : trimmed;
  Document& d = out.doc;
  d.url = page.url();
  d.text = Joined(recipe.text, page);
  if (Trim(d.text).empty()) {
    return InvalidInput(fmt::format("{}: the recipe's text XPath ({}) finds no text on this page",
                                    page.url(), recipe.text ? recipe.text->text() : ""));
  }
  d.title = OneLine(First(recipe.title, page));
  d.source_id = OneLine(First(recipe.id, page));
  if (d.source_id.empty() && recipe.id_from_url) {
    std::smatch m;
    if (std::regex_search(d.url, m, *recipe.id_from_url) && m.size() > 1) d.source_id = m[1];
  }
  if (d.source_id.empty()) d.source_id = d.url;
  std::optional<UrlParts> parts = ParseHttpUrl(d.url);
  d.site = OneLine(First(recipe.site_field, page));
  if (d.site.empty()) d.site = recipe.site;
  if (d.site.empty() && parts) d.site = parts->host;
  d.kind = First(recipe.kind_field, page);
  if (d.kind.empty()) d.kind = recipe.kind;
  if (!d.kind.empty() && d.kind != "sex" && d.kind != "labour") {
    out.warnings.push_back(fmt::format("kind \"{}\" is neither sex nor labour: left out", d.kind));
    d.kind.clear();
  }
  d.lang = First(recipe.lang_field, page);
  if (d.lang.empty()) d.lang = recipe.lang;
  d.region = First(recipe.region_field, page);
  if (d.region.empty()) d.region = recipe.country;
  d.location = OneLine(First(recipe.location, page));
  nlohmann::json attributes = nlohmann::json::object();
  const std::string phone = OneLine(First(recipe.phone, page));
  if (!phone.empty()) {
    attributes["phone"] = phone;
    // Selectors are read from the text: a number shown beside it belongs in it.
    if (d.text.find(phone) == std::string::npos) d.text += "\n" + phone;
  }
  const std::string date = OneLine(First(recipe.date, page));
  if (!date.empty()) {
    if (recipe.date_format.empty()) {
      if (IsIso8601(date)) {
        d.posted_at = date;
      } else {
        attributes["date"] = date;
        out.warnings.push_back(fmt::format(
            "date \"{}\" is not ISO 8601: kept as an attribute (give the recipe a date_format)",
            date));
      }
    } else if (std::optional<std::string> iso =
                   DateToIso(date, recipe.date_format, recipe.date_zone)) {
      d.posted_at = *iso;
    } else {
      attributes["date"] = date;
      out.warnings.push_back(
          fmt::format("date \"{}\" does not match the recipe's date_format "
                      "\"{}\": kept as an attribute",
                      date, recipe.date_format));
    }
  }
  for (const std::string& img : Urls(recipe.images, page, page.BaseUrl())) {
    d.images.push_back({img, "", "remote"});
  }
  for (const auto& [name, x] : recipe.attributes) {
    const std::string v = OneLine(First(x, page));
    if (!v.empty()) attributes[name] = v;
  }
  attributes["recipe"] = fmt::format("{}@{}", recipe.name, recipe.version);
  d.attributes_json = attributes.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return out;
}

Document DocumentFromPage(const HtmlPage& page) {
  Document d;
  d.url = page.url();
  d.source_id = page.url();
  if (std::optional<UrlParts> parts = ParseHttpUrl(page.url())) d.site = parts->host;
  d.title = page.Title();
  d.text = page.MainText();
  return d;
}

}  // namespace ariadne::capture
