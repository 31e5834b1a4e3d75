// Reading HTML with libxml2's HTML parser (error-tolerant, as browsers are): a parsed page for
// XPath (recipes), its main text when no recipe says where the text is, and its links.
#pragma once

#include <libxml/HTMLparser.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace ariadne::capture {

// A parsed page. Owns the libxml2 tree; movable, not copyable; not thread-safe (parse one per
// thread).
class HtmlPage {
 public:
  // Parses UTF-8 `html` (never fails: libxml2 recovers from any malformed input; an empty or
  // unparseable input gives a page with no content). `url` is the page's address, the base for
  // its relative links.
  static HtmlPage Parse(std::string_view html, std::string url);

  xmlDocPtr doc() const { return doc_.get(); }
  // A deep copy (to change, e.g. XPathExpr::Remove, without changing this one).
  HtmlPage Clone() const;
  const std::string& url() const { return url_; }
  // The base for relative links: <base href> when present, else the page's URL.
  std::string BaseUrl() const;

  // The page's main text: the <main> or <article> element when there is one, else <body>, without
  // scripts, styles, navigation, headers, footers, forms, asides and listings of the site's other
  // pages (IsListingOfLinks); one line per block element, spaces collapsed.
  std::string MainText() const;
  // <title>, or the first <h1> when the title is empty; spaces collapsed.
  std::string Title() const;
  // Every <a href> resolved to an absolute http(s) URL, in document order, without duplicates.
  std::vector<std::string> Links() const;

 private:
  struct DocDeleter {
    void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
  };
  std::unique_ptr<xmlDoc, DocDeleter> doc_;
  std::string url_;
};

// The text content of a node as one line per block element, spaces collapsed (used by MainText and
// by recipe fields).
std::string NodeText(xmlNodePtr node);

// Whether element `n` is a listing of other pages of the site (a "Similar ads" or "Recently viewed"
// widget): a list, table, section or div of two items or more (headings aside), each a link to a
// page on the host of `base` with at most a few words (a title, a place, a snippet). MainText
// leaves such listings out: their ads' titles and numbers are not the page's.
bool IsListingOfLinks(xmlNodePtr n, const std::string& base);

// Collapses runs of spaces and tabs into one space, trims each line, and keeps at most one empty
// line between paragraphs.
std::string CollapseSpaces(std::string_view text);

}  // namespace ariadne::capture
