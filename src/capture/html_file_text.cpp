#include "capture/html_file_text.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <climits>
#include <cstring>

#include "core/text.h"

namespace ariadne::capture {

namespace {

bool Named(const xmlNode* n, const char* name) {
  return n->name != nullptr && xmlStrcasecmp(n->name, reinterpret_cast<const xmlChar*>(name)) == 0;
}

bool IsHidden(const xmlNode* n) {
  return Named(n, "script") || Named(n, "style") || Named(n, "noscript") || Named(n, "template") ||
         Named(n, "head");
}

// Elements after which text continues on a new line (HTML's block-level and table elements).
bool IsBlock(const xmlNode* n) {
  static const char* const kBlocks[] = {
      "p",   "div", "br", "li", "ul", "ol",      "tr",      "table",  "h1",      "h2",
      "h3",  "h4",  "h5", "h6", "hr", "section", "article", "header", "footer",  "blockquote",
      "pre", "dd",  "dt", "dl", "td", "th",      "form",    "nav",    "address", "aside"};
  for (const char* b : kBlocks) {
    if (Named(n, b)) return true;
  }
  return false;
}

class TextWriter {
 public:
  void Text(std::string_view s) {
    for (char c : s) {
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        pending_space_ = !out_.empty() && out_.back() != '\n';
      } else {
        if (pending_space_) out_.push_back(' ');
        pending_space_ = false;
        out_.push_back(c);
      }
    }
  }
  void Break() {
    pending_space_ = false;
    if (!out_.empty() && out_.back() != '\n') out_.push_back('\n');
  }
  std::string Take() {
    while (!out_.empty() && out_.back() == '\n') out_.pop_back();
    return std::move(out_);
  }

 private:
  std::string out_;
  bool pending_space_ = false;
};

// Iterative walk: hostile documents can nest deeper than the stack allows recursion.
void Walk(xmlNode* root, TextWriter* w) {
  xmlNode* n = root;
  while (n != nullptr) {
    bool descend = false;
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      if (n->content != nullptr) w->Text(reinterpret_cast<const char*>(n->content));
    } else if (n->type == XML_ELEMENT_NODE) {
      if (IsBlock(n)) w->Break();
      descend = !IsHidden(n) && n->children != nullptr;
    }
    if (descend) {
      n = n->children;
      continue;
    }
    while (n != nullptr && n != root && n->next == nullptr) {
      n = n->parent;
      if (n != nullptr && n->type == XML_ELEMENT_NODE && IsBlock(n)) w->Break();
    }
    if (n == nullptr || n == root) break;
    n = n->next;
  }
}

xmlNode* FindTitle(xmlNode* n, int depth) {
  for (; n != nullptr && depth < 8; n = n->next) {
    if (n->type == XML_ELEMENT_NODE && Named(n, "title")) return n;
    if (n->type == XML_ELEMENT_NODE && (Named(n, "html") || Named(n, "head"))) {
      if (xmlNode* t = FindTitle(n->children, depth + 1)) return t;
    }
  }
  return nullptr;
}

}  // namespace

HtmlText TextOfHtml(std::string_view html, const char* encoding) {
  HtmlText out;
  if (html.empty() || html.size() > static_cast<size_t>(INT_MAX)) return out;
  const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                      HTML_PARSE_NONET | HTML_PARSE_NOBLANKS | HTML_PARSE_COMPACT;
  htmlDocPtr doc =
      htmlReadMemory(html.data(), static_cast<int>(html.size()), nullptr, encoding, options);
  if (doc == nullptr) return out;
  xmlNode* root = xmlDocGetRootElement(doc);
  if (root != nullptr) {
    if (xmlNode* t = FindTitle(root, 0)) {
      xmlChar* s = xmlNodeGetContent(t);
      if (s != nullptr) {
        out.title = std::string(Trim(reinterpret_cast<const char*>(s)));
        xmlFree(s);
      }
    }
    TextWriter w;
    Walk(root, &w);
    out.text = w.Take();
  }
  xmlFreeDoc(doc);
  return out;
}

}  // namespace ariadne::capture
