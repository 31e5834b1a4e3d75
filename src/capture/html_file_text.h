// The readable text of an HTML document, for importers (an e-mail's HTML part, an HTML file in a
// folder). Not the crawler's main-text reader (html_text.h): every visible text node is kept, in
// document order, because an e-mail or a saved file has no site navigation to leave out.
#pragma once

#include <string>
#include <string_view>

namespace ariadne::capture {

struct HtmlText {
  std::string title;  // <title>, trimmed ("" when none)
  std::string text;   // visible text: block elements and <br> end lines, white space collapsed
};

// Parses `html` with libxml2's forgiving HTML parser (no network, no entity loading) and returns
// its text as UTF-8. `encoding` names the bytes' charset when known ("UTF-8"); empty lets libxml2
// read the <meta> charset. Never fails: unparsable input gives empty text. Thread-safe.
HtmlText TextOfHtml(std::string_view html, const char* encoding = nullptr);

}  // namespace ariadne::capture
