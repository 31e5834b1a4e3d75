// Site recipes (docs/formats/recipes.md): a TOML file that says how to crawl one site without a
// compiler: where its listings start, how listings link to the next listing page and to each ad,
// and XPath expressions (evaluated on libxml2's HTML parser) for an ad's fields. A new site is a
// new recipe file.
#pragma once

#include <libxml/xpath.h>

#include <filesystem>
#include <memory>
#include <optional>
#include <regex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "capture/html_text.h"
#include "core/document.h"
#include "core/status.h"

namespace ariadne::capture {

// A compiled XPath expression with its source text. Thread-safe to evaluate from several threads
// on different documents.
class XPathExpr {
 public:
  static Result<std::shared_ptr<const XPathExpr>> Compile(std::string text);
  ~XPathExpr();
  const std::string& text() const { return text_; }
  // The string values of the result: the text of each node (NodeText), or the one string, number
  // or boolean. Empty when nothing matches.
  std::vector<std::string> Strings(const HtmlPage& page) const;
  // Removes the nodes the expression selects from `page` (a node inside another selected node goes
  // with it; attributes and the document itself are never removed) and returns the text of each
  // (NodeText), in document order.
  std::vector<std::string> Remove(HtmlPage& page) const;

 private:
  XPathExpr() = default;
  std::string text_;
  xmlXPathCompExprPtr compiled_ = nullptr;
};

using XPath = std::shared_ptr<const XPathExpr>;

struct Recipe {
  std::string file;  // where it was loaded from
  std::string name;
  int64_t version = 1;
  std::string description;
  // Constants for every ad of the site (each may instead come from an XPath field below).
  std::string site;     // default: the host of the ad's URL
  std::string country;  // ISO 3166-1 alpha-2: the region (phone-number hint) of the site's ads
  std::string kind;     // "sex", "labour" or ""
  std::string lang;     // ISO 639-1 or ""

  // Listing pages.
  std::vector<std::string> start;  // absolute URLs, or paths resolved against --seed
  XPath next;                      // link to the next listing page
  XPath ads;                       // links to ad pages

  // Ad pages.
  std::optional<std::regex> ad_url;       // recognises an ad page by its URL (recipe test, seeds)
  std::optional<std::regex> id_from_url;  // group 1 is the ad's source id
  XPath id, title, text, phone, location, date, images;
  // Nodes removed from an ad page before any field is read: blocks that quote OTHER ads ("Similar
  // ads", "Recently viewed"), whose titles and numbers are not the ad's.
  std::vector<XPath> exclude;
  XPath site_field, kind_field, lang_field, region_field;
  std::string date_format;  // strptime(3) format of `date`; "" means already ISO 8601
  std::string date_zone;    // appended to dates read with date_format ("Z", "+02:00") or ""
  std::vector<std::pair<std::string, XPath>> attributes;  // other fields, kept as attributes
};

// Loads and checks a recipe. InvalidInput says `FILE:LINE:COLUMN: what, what to do` for a TOML
// error, an unknown key, a bad XPath or regex, or a recipe without ad fields.
Result<Recipe> LoadRecipe(const std::filesystem::path& file);

// What a listing page links to.
struct ListingLinks {
  std::vector<std::string> next;  // absolute URLs
  std::vector<std::string> ads;
};
ListingLinks ExtractListing(const Recipe& recipe, const HtmlPage& page);

// An ad read from its page: the document (without provenance) and problems that did not stop it.
struct ExtractedAd {
  Document doc;
  std::vector<std::string> warnings;
  std::vector<std::string> excluded;  // the text of each node the recipe's `exclude` removed
};
// Reads the ad fields of `page` (on a copy without the recipe's `exclude` nodes when it has any).
// InvalidInput when the page has no text for the ad (not an ad
// page, or the recipe no longer fits the site).
Result<ExtractedAd> ExtractAd(const Recipe& recipe, const HtmlPage& page);

// A document from a page without a recipe: its title and main text; source id = URL, site = host.
Document DocumentFromPage(const HtmlPage& page);

// `value` read with strptime(3) `format` as ISO 8601 ("YYYY-MM-DDThh:mm:ss" + zone, or the date
// alone when the format has no time); nothing when it does not parse.
std::optional<std::string> DateToIso(std::string_view value, const std::string& format,
                                     const std::string& zone);

}  // namespace ariadne::capture
