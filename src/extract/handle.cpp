// Messaging and social-network handles as "platform:name" (lower case), from profile links
// ("t.me/name", "instagram.com/name", "tiktok.com/@name", …) and from a platform word followed by a
// colon or an '@' ("Telegram: @name", "TG @name", "IG: name", "snap: name", "Viber/Telegram:
// name"), or by a dash after a platform's own name ("insta - name", "Telegram - name"). The name
// must satisfy the platform's own length and charset rules and contain a letter (digits after
// "WhatsApp:" are phone numbers, found by the phone extractor). WhatsApp links (wa.me/<digits>,
// api.whatsapp.com/send?phone=<digits>) give a phone instead. Sources: the platforms' username
// rules (Telegram: 5-32 of a-z0-9_, help center; Instagram: 30 of a-z0-9._; Snapchat: 3-15; TikTok:
// 2-24; X: 4-15 of a-z0-9_; Kik: 6-20; WeChat ID: 6-20, letter first).
#include <array>
#include <optional>

#include "extract/extractor.h"
#include "extract/phone.h"
#include "extract/text_util.h"

namespace ariadne::extract {
namespace {

struct PlatformRule {
  std::string_view platform;
  size_t min_length;
  size_t max_length;
  std::string_view extra;  // allowed besides a-z0-9
  bool letter_first;
};

// Telegram allows no dots, but ads write "t.me/name.real" and mean the name: accepted.
constexpr std::array<PlatformRule, 12> kRules = {{
    {"telegram", 4, 32, "_.", true},
    {"instagram", 2, 30, "_.", false},
    {"snapchat", 3, 15, "_.-", true},
    {"onlyfans", 3, 30, "_.-", false},
    {"tiktok", 2, 24, "_.", false},
    {"facebook", 5, 50, ".", false},
    {"x", 4, 15, "_", false},
    {"signal", 3, 40, "_.", true},
    {"viber", 3, 32, "_.", true},
    {"wechat", 6, 20, "_-", true},
    {"line", 4, 20, "_.-", false},
    {"kik", 4, 20, "_.", false},
}};

const PlatformRule* RuleFor(std::string_view platform) {
  for (const PlatformRule& r : kRules) {
    if (r.platform == platform) return &r;
  }
  return nullptr;
}

// Words that follow "Telegram:" without being a name.
bool IsStopword(std::string_view lower) {
  static constexpr std::array<std::string_view, 40> kStop = {
      "me",    "here",  "same",    "available", "only",   "link",     "below",   "above",
      "dm",    "pm",    "message", "contact",   "number", "profile",  "account", "private",
      "write", "call",  "text",    "ask",       "please", "now",      "free",    "tel",
      "phone", "email", "mail",    "inbox",     "direct", "official", "yes",     "no",
      "ok",    "and",   "or",      "the",       "too",    "also",     "soon",    "link_in_bio"};
  return IsOneOf(lower, kStop);
}

bool ValidName(const PlatformRule& rule, std::string_view name) {
  if (name.size() < rule.min_length || name.size() > rule.max_length) return false;
  bool letter = false;
  for (char c : name) {
    if (IsAsciiAlpha(c)) {
      letter = true;
    } else if (!IsDigit(c) && rule.extra.find(c) == std::string_view::npos) {
      return false;
    }
  }
  if (!letter) return false;
  if (rule.letter_first && !IsAsciiAlpha(name[0])) return false;
  if (name.front() == '.' || name.back() == '.' || name.find("..") != std::string_view::npos)
    return false;
  return true;
}

// The platform a context word (in any case) names, or "" (whatsapp: "whatsapp", handled as a
// phone elsewhere).
std::string_view PlatformOfWord(std::string_view word) {
  // Sifted by length and first letter (LowerKeywords): the context marks ask about every word
  // before a ':' or '-' in the text ("Tel:", "Ref."), most of them no platform's.
  static constexpr std::array<std::string_view, 23> kWords = {
      "telegram", "tg",       "telega", "instagram", "insta",    "ig",     "snapchat", "snap",
      "sc",       "onlyfans", "of",     "tiktok",    "facebook", "fb",     "twitter",  "x",
      "signal",   "viber",    "wechat", "line",      "kik",      "weixin", "whatsapp"};
  static constexpr std::array<std::string_view, 23> kPlatforms = {
      "telegram", "telegram", "telegram", "instagram", "instagram", "instagram",
      "snapchat", "snapchat", "snapchat", "onlyfans",  "onlyfans",  "tiktok",
      "facebook", "facebook", "x",        "x",         "signal",    "viber",
      "wechat",   "line",     "kik",      "wechat",    "whatsapp"};
  static constexpr LowerKeywords<23> kSifted(kWords);
  const int k = kSifted.Find(word);
  return k < 0 ? std::string_view() : kPlatforms[static_cast<size_t>(k)];
}

// Platform words after which a dash alone introduces the name ("insta - lola"). Not the short or
// ordinary-word aliases (tg, ig, sc, of, fb, x, line, signal, snap).
bool IsDashPlatformWord(std::string_view lower) {
  static constexpr std::array<std::string_view, 12> kWords = {
      "telegram", "telega",   "instagram", "insta", "snapchat", "onlyfans",
      "tiktok",   "facebook", "twitter",   "viber", "wechat",   "weixin"};
  return IsOneOf(lower, kWords);
}

size_t NameEnd(std::string_view t, size_t i) {
  size_t k = i;
  while (k < t.size() && (IsAsciiAlnum(t[k]) || t[k] == '_' || t[k] == '.' || t[k] == '-') &&
         k - i < 64)
    ++k;
  while (k > i && (t[k - 1] == '.' || t[k - 1] == '-')) --k;  // sentence punctuation
  return k;
}

void EmitHandle(ScanState& state, std::string_view platform, std::string_view name, size_t start,
                size_t end, const char* source) {
  Found f;
  f.type = SelectorType::kHandle;
  f.value = std::string(platform) + ":" + AsciiLowerCopy(name);
  f.start = start;
  f.end = end;
  f.details = {{"platform", std::string(platform)}, {"source", source}};
  state.Emit(std::move(f));
}

// "Telegram: @name", "TG @name", "Viber/Telegram: name".
void FromContext(const Hit& hit, ScanState& state) {
  const std::string_view t = state.text;
  std::vector<std::string_view> platforms;
  std::vector<bool> shouted;  // the word was written in capitals ("OF", not "of")
  // Walk back over a list of platform words: "Viber/Telegram: name".
  size_t list_start = hit.from;
  while (list_start > 0) {
    size_t k = list_start;
    if (k > 0 && t[k - 1] == ' ') --k;
    if (k == 0 || !(t[k - 1] == '/' || t[k - 1] == ',' || t[k - 1] == '&' || t[k - 1] == '|'))
      break;
    --k;
    if (k > 0 && t[k - 1] == ' ') --k;
    size_t w = k;
    while (w > 0 && IsAsciiAlpha(t[w - 1]) && k - w < 12) --w;
    if (w == k || (w > 0 && IsWordByte(t[w - 1])) || PlatformOfWord(t.substr(w, k - w)).empty()) {
      break;
    }
    list_start = w;
  }
  size_t i = list_start;
  size_t last_word_start = list_start;  // the last platform word: [last_word_start, platform_end)
  size_t platform_end = list_start;
  while (i < t.size()) {
    size_t e = i;
    while (e < t.size() && IsAsciiAlpha(t[e])) ++e;
    if (e == i) break;
    const std::string_view platform = PlatformOfWord(t.substr(i, e - i));
    if (platform.empty()) return;
    platforms.push_back(platform);
    last_word_start = i;
    platform_end = e;
    shouted.push_back(IsAsciiAlpha(t[i]) && t[i] >= 'A' && t[i] <= 'Z' &&
                      (e - i < 2 || t[i + 1] <= 'Z'));
    i = e;
    size_t k = i;
    while (k < t.size() && t[k] == ' ') ++k;
    if (k < t.size() && (t[k] == '/' || t[k] == ',' || t[k] == '&' || t[k] == '|')) {
      ++k;
      while (k < t.size() && t[k] == ' ') ++k;
      i = k;
      continue;
    }
    break;
  }
  bool colon = false, at = false, dash = false;
  while (i < t.size() && (t[i] == ' ' || t[i] == ':' || t[i] == '-' || t[i] == '@') &&
         i - list_start < 64) {
    colon |= t[i] == ':';
    at |= t[i] == '@';
    dash |= t[i] == '-';
    ++i;
  }
  // "insta - lola", "Telegram - anna_vip": a dash alone introduces a name only after a platform's
  // own name (ordinary words such as "line", "signal" or "snap" are followed by dashes in prose).
  const bool named_by_dash =
      dash && !colon && !at &&
      IsDashPlatformWord(AsciiLowerCopy(t.substr(last_word_start, platform_end - last_word_start)));
  if (!colon && !at && !named_by_dash) return;
  if (i > 0 && t[i - 1] == '@') {
    // fine: "@name"
  } else if (at) {
    return;  // "TG @ name": an '@' not glued to the name
  }
  const size_t end = NameEnd(t, i);
  if (end == i) return;
  if (end < t.size() && (t[end] == '@' || IsNonAscii(t[end])))
    return;  // an e-mail, or a word in a script
  // "Telegram: t.me/velvet_team8": the word before a '/' is a host (or a path), not a name;
  // FromLink reads the link's own name.
  if (end < t.size() && t[end] == '/') return;
  const std::string_view name = t.substr(i, end - i);
  const std::string lower = AsciiLowerCopy(name);
  if (IsStopword(lower) || !PlatformOfWord(lower).empty()) return;
  if (state.Claimed(i, end)) return;
  for (size_t p = 0; p < platforms.size(); ++p) {
    const std::string_view platform = platforms[p];
    if (platform == "whatsapp") continue;
    // "of:" and "line:" are ordinary words: "OF:" or an '@' is needed.
    const std::string_view word = t.substr(list_start, 4);
    if ((platform == "onlyfans" || platform == "line") && !at && !shouted[p] &&
        !EqualsLower(word, "only")) {
      if (!(platform == "line" && word[0] == 'L')) continue;
    }
    if (platform == "x" && !at) continue;  // a bare "x:" is too common
    const PlatformRule* rule = RuleFor(platform);
    if (rule == nullptr || !ValidName(*rule, name)) continue;
    EmitHandle(state, platform, name, list_start, end, "context");
  }
}

struct Host {
  std::string_view prefix;  // lower case, after scheme and www.
  std::string_view platform;
};
constexpr std::array<Host, 17> kHosts = {{
    {"t.me/s/", "telegram"},
    {"t.me/", "telegram"},
    {"telegram.me/", "telegram"},
    {"telegram.dog/", "telegram"},
    {"instagram.com/", "instagram"},
    {"instagr.am/", "instagram"},
    {"snapchat.com/add/", "snapchat"},
    {"onlyfans.com/", "onlyfans"},
    {"tiktok.com/@", "tiktok"},
    {"facebook.com/", "facebook"},
    {"fb.com/", "facebook"},
    {"x.com/", "x"},
    {"twitter.com/", "x"},
    {"line.me/ti/p/~", "line"},
    {"kik.me/", "kik"},
    {"wa.me/", "whatsapp"},
    {"api.whatsapp.com/send?phone=", "whatsapp"},
}};

// Path words of each site that are not profiles.
bool IsReservedPath(std::string_view platform, std::string_view lower) {
  static constexpr std::array<std::string_view, 30> kReserved = {
      "joinchat", "addstickers", "share",   "proxy",  "c",         "p",      "reel",   "reels",
      "explore",  "accounts",    "stories", "tv",     "my",        "action", "pages",  "groups",
      "sharer",   "watch",       "events",  "photo",  "permalink", "home",   "intent", "i",
      "search",   "hashtag",     "login",   "signup", "about",     "help"};
  (void)platform;
  return IsOneOf(lower, kReserved);
}

void FromLink(const Hit& hit, ScanState& state) {
  const std::string_view t = state.text;
  size_t i = hit.from;
  auto skip = [&](std::string_view prefix) {
    if (t.size() - i >= prefix.size() && EqualsLower(t.substr(i, prefix.size()), prefix)) {
      i += prefix.size();
      return true;
    }
    return false;
  };
  if (!skip("https://")) skip("http://");
  if (!skip("www.")) {
    if (!skip("m.")) skip("mobile.");
  }
  const Host* host = nullptr;
  for (const Host& h : kHosts) {
    if (skip(h.prefix)) {
      host = &h;
      break;
    }
  }
  if (host == nullptr) return;
  // The whole link token is claimed, so digits in it are not read as phone numbers.
  size_t token_end = i;
  while (token_end < t.size() && !IsSpace(t[token_end]) && t[token_end] != '"' &&
         t[token_end] != '<' && t[token_end] != '>' && !IsNonAscii(t[token_end])) {
    ++token_end;
  }
  if (host->platform == "whatsapp") {
    size_t e = i;
    if (e < t.size() && t[e] == '+') ++e;
    const size_t digits_start = e;
    while (e < t.size() && IsDigit(t[e])) ++e;
    if (e - digits_start < 7 || (e < t.size() && IsWordByte(t[e]))) return;
    const ValidPhone* phone =
        ValidatePhone("+" + std::string(t.substr(digits_start, e - digits_start)), "");
    state.Claim(hit.from, token_end);
    if (phone == nullptr) return;
    Found f;
    f.type = SelectorType::kPhone;
    f.value = phone->e164;
    f.start = hit.from;
    f.end = e;
    f.details = {
        {"number_type", phone->number_type}, {"country", phone->country}, {"source", "wa.me"}};
    state.Emit(std::move(f));
    return;
  }
  if (host->platform == "facebook" && skip("profile.php?id=")) {
    size_t e = i;
    while (e < t.size() && IsDigit(t[e])) ++e;
    state.Claim(hit.from, token_end);
    if (e - i >= 5) EmitHandle(state, "facebook", t.substr(i, e - i), hit.from, e, "link");
    return;
  }
  if (host->platform == "instagram" && skip("stories/")) {
  }
  const size_t end = NameEnd(t, i);
  state.Claim(hit.from, token_end);
  if (end == i) return;
  const std::string_view name = t.substr(i, end - i);
  if (IsReservedPath(host->platform, AsciiLowerCopy(name))) return;
  const PlatformRule* rule = RuleFor(host->platform);
  if (rule == nullptr || !ValidName(*rule, name)) return;
  EmitHandle(state, host->platform, name, hit.from, end, "link");
}

// The start of the platform word before a context mark that ends at `to` (the byte after its
// ':', '@' or '-'), or npos. The pre-scan pattern finds only a letter, up to two spaces and the
// mark; this is the rest of "\b(?:platform word) {0,2}(?::|@|-)" (ASCII caseless, \b between
// [A-Za-z0-9_] and anything else), read back from the mark: the word must be the whole run of
// word bytes before the spaces. Asking Vectorscan for the words themselves cost more than the
// rest of the pre-scan together ("x", "of", "sc" start matches everywhere in prose).
size_t ContextStart(std::string_view t, size_t to) {
  constexpr size_t kNone = std::string_view::npos;
  if (to < 2) return kNone;
  size_t e = to - 1;  // the mark
  for (int spaces = 0; spaces < 2 && e > 0 && t[e - 1] == ' '; ++spaces) --e;
  size_t s = e;
  while (s > 0 && (IsAsciiAlnum(t[s - 1]) || t[s - 1] == '_') && e - s <= 9) --s;
  if (s == e || e - s > 9 || (s > 0 && (IsAsciiAlnum(t[s - 1]) || t[s - 1] == '_'))) return kNone;
  return PlatformOfWord(t.substr(s, e - s)).empty() ? kNone : s;
}

void ExtractHandles(std::span<const Hit> hits, ScanState& state) {
  // Matches of one pattern with one start are one candidate (as the engine joins consecutive SOM
  // matches of one start): skip a hit that repeats the previous one's pattern and start.
  Hit previous{~0u, 0, 0};
  for (const Hit& found : hits) {
    Hit hit = found;
    if (hit.pattern == 1) {
      hit.from = ContextStart(state.text, hit.to);
      if (hit.from == std::string_view::npos) continue;
    }
    if (hit.pattern == previous.pattern && hit.from == previous.from) continue;
    previous = hit;
    if (hit.pattern == 0) {
      FromLink(hit, state);
    } else {
      FromContext(hit, state);
    }
  }
}

// The matches of kPatterns[1]: a ':', '@' or '-' after a letter and at most two spaces; each ends
// after the mark.
void FindContextMarks(const ByteClasses& classes, uint32_t pattern, std::vector<Hit>& out) {
  const std::string_view text = classes.text;
  ForEachBit(classes.mark, [&](size_t p) {
    size_t q = p;
    while (q > 0 && p - q < 2 && text[q - 1] == ' ') --q;
    // [q, p): the spaces (at most two) right before the mark; the letter must come before them.
    if (q > 0 && IsAsciiAlpha(text[q - 1])) out.push_back(Hit{pattern, p + 1, p + 1});
  });
}

constexpr PrescanPattern kPatterns[] = {
    {R"(\b(?:https?://)?(?:www\.|m\.|mobile\.)?(?:t\.me|telegram\.me|telegram\.dog|instagram\.com|instagr\.am|snapchat\.com/add|onlyfans\.com|tiktok\.com/@|facebook\.com|fb\.com|x\.com|twitter\.com|line\.me/ti/p/~|kik\.me|wa\.me|api\.whatsapp\.com/send\?phone=))",
     HS_FLAG_CASELESS | HS_FLAG_SOM_LEFTMOST, kCueDotAlnum},  // every host has a '.' then a letter
    // The last platform word of a list and its colon, '@' or dash; FromContext walks back over
    // "Viber/…" and decides whether a dash alone introduces a name ("TG - @name" needs the '@').
    // Only the letter before the mark: ContextStart reads the word (see there). One hit per end.
    // Found by FindContextMarks (character classes only; see extractor.h).
    {R"([A-Za-z] {0,2}[:@\-])", 0, kCueColon | kCueAt | kCueHyphen, /*every_end=*/true,
     FindContextMarks},
};

}  // namespace

extern const ExtractorInfo kHandleExtractor = {
    "handle",
    "Messaging and social handles (platform:name) from profile links and 'Platform: @name' or "
    "'insta - name' context; WhatsApp links give phones",
    3,
    "platform username rules (Telegram, Instagram, Snapchat, TikTok, X, Kik, WeChat help pages)",
    kPatterns,
    ExtractHandles,
};

}  // namespace ariadne::extract
