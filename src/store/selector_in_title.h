// Contacts an ad gives only in its title ("Nina 07700 900412" above a text with no number): the
// selectors stage stores them beside the text's, marked in their details (`"in":"title"`), with
// start, end and raw pointing into the document's title instead of its text (selector stage 7;
// docs/case-format.md, `selectors`). Whatever reads a selector's offsets asks InTitle first.
#pragma once

#include <string_view>

namespace ariadne::store {

// The mark in a selector's details JSON (as nlohmann::json::dump writes it: no spaces).
inline constexpr std::string_view kInTitleDetail = R"("in":"title")";

// Whether a selector with these details (store::StoredSelector::details_json) stands in the
// document's title: its offsets are into the title, not the text. No JSON is parsed.
inline bool InTitle(std::string_view details_json) {
  return details_json.find(kInTitleDetail) != std::string_view::npos;
}

}  // namespace ariadne::store
