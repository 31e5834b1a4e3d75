// The links that wrap another link: the platforms' link shims and Google's redirect. Both the url
// extractor (a redirect's value is the link it wraps) and the handle extractor (the handle or phone
// of the wrapped profile link) read them through this one list.
#pragma once

#include <string>
#include <string_view>

namespace ariadne::extract {

// The link that `link` (as written: scheme and "www." optional, any case) wraps, percent-decoded
// (RFC 3986 2.1; a '+' stays as written): Instagram's and Facebook's link shims
// ("l.instagram.com/?u=…", "l.facebook.com/l.php?u=…", "lm.facebook.com/l.php?u=…") and Google's
// ("google.com/url?q=…" or "url=…"). "" for any other link, or when the wrapped one is empty.
std::string WrappedLink(std::string_view link);

}  // namespace ariadne::extract
