#include "capture/html_text.h"

#include <libxml/xpath.h>

#include <cstring>
#include <unordered_set>

#include "capture/url.h"

namespace ariadne::capture {

namespace {

bool NameIs(xmlNodePtr n, const char* name) {
  return n->name != nullptr && xmlStrcasecmp(n->name, reinterpret_cast<const xmlChar*>(name)) == 0;
}

bool IsSkipped(xmlNodePtr n) {
  static const char* const kSkip[] = {"script", "style",  "noscript", "template", "svg",
                                      "nav",    "header", "footer",   "aside",    "form",
                                      "iframe", "head",   "button",   "select",   "object"};
  for (const char* s : kSkip)
    if (NameIs(n, s)) return true;
  return false;
}

bool IsBlock(xmlNodePtr n) {
  static const char* const kBlock[] = {
      "p",  "div", "li",      "ul",   "ol",      "h1",         "h2",     "h3",    "h4",   "h5",
      "h6", "tr",  "td",      "th",   "section", "blockquote", "pre",    "table", "dd",   "dt",
      "dl", "hr",  "article", "main", "address", "figcaption", "figure", "body",  "title"};
  for (const char* s : kBlock)
    if (NameIs(n, s)) return true;
  return false;
}

std::string Attr(xmlNodePtr n, const char* name);

// An item of a listing holds at most this many words (a title, a place, a snippet).
constexpr size_t kMaxListingItemWords = 30;

size_t WordCount(std::string_view text) {
  size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

bool IsBlank(const xmlChar* s) {
  if (s == nullptr) return true;
  for (; *s != 0; ++s) {
    if (*s != ' ' && *s != '\n' && *s != '\t' && *s != '\r') return false;
  }
  return true;
}

// An item of a listing has at most this many nodes: a bound on the work per element, so that a
// deeply nested hostile page costs linear time.
constexpr int kMaxListingItemNodes = 200;

// Whether element `item` is a listing item: a link to a page of `host` (the page's own site:
// another ad) and at most kMaxListingItemWords words, within kMaxListingItemNodes nodes.
bool IsListingItem(xmlNodePtr item, const std::string& base, const std::string& host) {
  xmlNodePtr link = nullptr;
  size_t words = 0;
  int nodes = 0;
  xmlNodePtr n = item;
  while (n != nullptr) {
    if (++nodes > kMaxListingItemNodes) return false;
    if (n->type == XML_TEXT_NODE && n->content != nullptr) {
      words += WordCount(reinterpret_cast<const char*>(n->content));
      if (words > kMaxListingItemWords) return false;
    }
    if (n->type == XML_ELEMENT_NODE && link == nullptr && NameIs(n, "a")) link = n;
    if (n->type == XML_ELEMENT_NODE && n->children != nullptr) {
      n = n->children;
      continue;
    }
    while (n != item && n->next == nullptr) n = n->parent;
    if (n == item) break;
    n = n->next;
  }
  if (link == nullptr) return false;
  const std::optional<std::string> url = ResolveUrl(base, Attr(link, "href"));
  if (!url) return false;
  const std::optional<UrlParts> parsed = ParseHttpUrl(*url);
  return parsed && parsed->host == host;
}

}  // namespace

bool IsListingOfLinks(xmlNodePtr n, const std::string& base) {
  if (n == nullptr || n->type != XML_ELEMENT_NODE) return false;
  if (!(NameIs(n, "ul") || NameIs(n, "ol") || NameIs(n, "div") || NameIs(n, "section") ||
        NameIs(n, "tbody") || NameIs(n, "table"))) {
    return false;
  }
  // Two items or more (cheap to count) before any item is read.
  int elements = 0;
  for (xmlNodePtr c = n->children; c != nullptr && elements < 2; c = c->next) {
    if (c->type == XML_ELEMENT_NODE) ++elements;
  }
  if (elements < 2) return false;
  const std::optional<UrlParts> page = ParseHttpUrl(base);
  if (!page || page->host.empty()) return false;
  int items = 0;
  for (xmlNodePtr c = n->children; c != nullptr; c = c->next) {
    if (c->type == XML_TEXT_NODE) {
      if (!IsBlank(c->content)) return false;
      continue;
    }
    if (c->type != XML_ELEMENT_NODE) continue;
    if (NameIs(c, "h2") || NameIs(c, "h3") || NameIs(c, "h4") || NameIs(c, "h5") ||
        NameIs(c, "h6")) {
      continue;  // the listing's own heading
    }
    if (!IsListingItem(c, base, page->host)) return false;
    ++items;
  }
  return items >= 2;
}

namespace {

// Depth-first text collection without recursion, so a page nested 100,000 deep cannot exhaust the
// stack (libxml2 also caps its tree depth). `listing_base`: when not empty, listings of links to
// other pages of the site (IsListingOfLinks) are left out.
void AppendText(xmlNodePtr root, std::string& out, bool skip_boilerplate,
                const std::string& listing_base = {}) {
  xmlNodePtr n = root;
  while (n != nullptr) {
    bool descend = false;
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      if (n->content != nullptr) out += reinterpret_cast<const char*>(n->content);
    } else if (n->type == XML_ELEMENT_NODE) {
      if (!(skip_boilerplate && IsSkipped(n)) &&
          (listing_base.empty() || n == root || !IsListingOfLinks(n, listing_base))) {
        if (IsBlock(n) || NameIs(n, "br"))
          out += '\n';
        else if (NameIs(n, "td") || NameIs(n, "img"))
          out += ' ';
        descend = n->children != nullptr;
      }
    }
    if (descend) {
      n = n->children;
      continue;
    }
    // Leave n, and every ancestor that has no next sibling, closing blocks on the way.
    for (;;) {
      if (n == root) return;
      if (n->type == XML_ELEMENT_NODE && IsBlock(n)) out += '\n';
      if (n->next != nullptr) {
        n = n->next;
        break;
      }
      n = n->parent;
      if (n == nullptr) return;
    }
  }
}

xmlNodePtr FindFirst(xmlNodePtr root, const char* name) {
  xmlNodePtr n = root;
  while (n != nullptr) {
    if (n->type == XML_ELEMENT_NODE && NameIs(n, name)) return n;
    if (n->children != nullptr && n->type == XML_ELEMENT_NODE) {
      n = n->children;
      continue;
    }
    while (n != nullptr && n != root && n->next == nullptr) n = n->parent;
    if (n == nullptr || n == root) break;
    n = n->next;
  }
  return nullptr;
}

std::string Attr(xmlNodePtr n, const char* name) {
  xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
  if (v == nullptr) return "";
  std::string out(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return out;
}

}  // namespace

std::string CollapseSpaces(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  int newlines = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n') {
      space = false;
      if (!out.empty()) ++newlines;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
      space = true;
      continue;
    }
    // U+00A0 no-break space reads as a space.
    if (c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0') {
      space = true;
      ++i;
      continue;
    }
    if (newlines > 0) {
      out += newlines > 1 ? "\n\n" : "\n";
      newlines = 0;
      space = false;
    } else if (space && !out.empty()) {
      out += ' ';
    }
    space = false;
    out += c;
  }
  return out;
}

std::string NodeText(xmlNodePtr node) {
  if (node == nullptr) return "";
  if (node->type == XML_ATTRIBUTE_NODE || node->type == XML_TEXT_NODE) {
    xmlChar* v = xmlNodeGetContent(node);
    if (v == nullptr) return "";
    std::string out = CollapseSpaces(reinterpret_cast<const char*>(v));
    xmlFree(v);
    return out;
  }
  std::string raw;
  AppendText(node, raw, /*skip_boilerplate=*/false);
  return CollapseSpaces(raw);
}

HtmlPage HtmlPage::Parse(std::string_view html, std::string url) {
  HtmlPage page;
  page.url_ = std::move(url);
  const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                      HTML_PARSE_NONET | HTML_PARSE_COMPACT;
  // libxml2 takes an int length: a larger page is cut (the crawler caps pages far below this).
  html = html.substr(0, size_t{1} << 30);
  // NUL bytes end libxml2's reading of the text they are in; the HTML standard drops them.
  std::string without_nul;
  if (html.find('\0') != std::string_view::npos) {
    without_nul = std::string(html);
    for (char& c : without_nul)
      if (c == '\0') c = ' ';
    html = without_nul;
  }
  page.doc_.reset(htmlReadMemory(html.data(), static_cast<int>(html.size()), page.url_.c_str(),
                                 "UTF-8", options));
  return page;
}

HtmlPage HtmlPage::Clone() const {
  HtmlPage copy;
  copy.url_ = url_;
  if (doc_ != nullptr) copy.doc_.reset(xmlCopyDoc(doc_.get(), 1));
  return copy;
}

std::string HtmlPage::BaseUrl() const {
  if (doc_ == nullptr) return url_;
  xmlNodePtr base = FindFirst(xmlDocGetRootElement(doc_.get()), "base");
  if (base != nullptr) {
    std::optional<std::string> resolved = ResolveUrl(url_, Attr(base, "href"));
    if (resolved) return *resolved;
  }
  return url_;
}

std::string HtmlPage::MainText() const {
  if (doc_ == nullptr) return "";
  xmlNodePtr root = xmlDocGetRootElement(doc_.get());
  if (root == nullptr) return "";
  xmlNodePtr scope = FindFirst(root, "main");
  if (scope == nullptr) scope = FindFirst(root, "article");
  if (scope == nullptr) scope = FindFirst(root, "body");
  if (scope == nullptr) scope = root;
  std::string raw;
  AppendText(scope, raw, /*skip_boilerplate=*/true, BaseUrl());
  return CollapseSpaces(raw);
}

std::string HtmlPage::Title() const {
  if (doc_ == nullptr) return "";
  xmlNodePtr root = xmlDocGetRootElement(doc_.get());
  std::string t = NodeText(FindFirst(root, "title"));
  if (t.empty()) t = NodeText(FindFirst(root, "h1"));
  for (char& c : t)
    if (c == '\n') c = ' ';
  return t;
}

std::vector<std::string> HtmlPage::Links() const {
  std::vector<std::string> out;
  if (doc_ == nullptr) return out;
  const std::string base = BaseUrl();
  std::unordered_set<std::string> seen;
  xmlNodePtr root = xmlDocGetRootElement(doc_.get());
  xmlNodePtr n = root;
  while (n != nullptr) {
    if (n->type == XML_ELEMENT_NODE && NameIs(n, "a")) {
      std::optional<std::string> url = ResolveUrl(base, Attr(n, "href"));
      if (url && seen.insert(*url).second) out.push_back(*url);
    }
    if (n->children != nullptr && n->type == XML_ELEMENT_NODE) {
      n = n->children;
      continue;
    }
    while (n != nullptr && n != root && n->next == nullptr) n = n->parent;
    if (n == nullptr || n == root) break;
    n = n->next;
  }
  return out;
}

}  // namespace ariadne::capture
