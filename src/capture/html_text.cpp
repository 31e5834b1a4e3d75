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

// Depth-first text collection without recursion, so a page nested 100,000 deep cannot exhaust the
// stack (libxml2 also caps its tree depth).
void AppendText(xmlNodePtr root, std::string& out, bool skip_boilerplate) {
  xmlNodePtr n = root;
  while (n != nullptr) {
    bool descend = false;
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      if (n->content != nullptr) out += reinterpret_cast<const char*>(n->content);
    } else if (n->type == XML_ELEMENT_NODE) {
      if (!(skip_boilerplate && IsSkipped(n))) {
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
  AppendText(scope, raw, /*skip_boilerplate=*/true);
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
