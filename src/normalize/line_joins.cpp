// Selectors written over two lines (see line_joins.h).
//
// A chat transcript writes one message a line, "[time] Speaker: message". A speaker who answers
// "what's your number?" in pieces ("0171", "903", "4562") or spells an address over two messages
// ("eva.jansen", "at hotmail.com") has written one selector: the line break and the next line's
// time and speaker stand between its pieces where a space would. Two messages are joined only when
// they are pieces: the same speaker on two consecutive lines (no blank line between), the first a
// few digits (too few to be a number alone) and the second starting with a digit, or the first a
// local part (alone, or a username's after words: "mail ist kim.hh") and the second the rest of
// the address ("@sfr.fr", "at hotmail.com", "собака inbox.ru"). A message of words is otherwise
// never joined, so a chat's other readings (a handle alone in a message, extract/handle.cpp) see
// the lines as they were, unless its last words are a number's first digits spelled out and the
// next message the rest in digits ("Mila: nul zes⏎Mila: 52839174"): that join is only offered,
// and kept when the number words fold. Emoji and ellipses around a number's pieces ("07700 😘",
// "...318") are dropped with the break; up to two short messages of another speaker may stand
// between two pieces; a Telegram copy's header lines ("Lina, [04.12.26 21:05]") name the speaker
// of the message below; an IBAN's first groups and its rest are pieces too.
#include "normalize/line_joins.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <utility>

#include "core/cpu_dispatch.h"
#include "core/quote_marks.h"
#include "normalize/ascii_classes.h"
#include "normalize/number_words.h"
#include "normalize/wrapped_address.h"

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#elif defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "normalize/normalize.h"

namespace ariadne::normalize {
namespace {

// A piece of a selector on one line is short: a few digit groups, a local part, "at host.tld".
constexpr size_t kMaxPiece = 48;
// A chat line's prefix: a time in brackets ("[21:05]", "[10-11 22:14]") and a speaker's name.
constexpr size_t kMaxTime = 24;
constexpr size_t kMaxSpeaker = 32;
constexpr size_t kMaxPrefix = kMaxTime + kMaxSpeaker + 4;
// A message with more digits than this is a number of its own (seven digits or more make a
// number in most regions; eight leaves room for a trunk prefix and a short area code, "0171 903"),
// never the first piece of another.
constexpr size_t kMaxLeadingDigits = 8;
// The longest message of another speaker between two pieces of a number ("?", "ok", "and?").
constexpr size_t kMaxInterruption = 16;
// Or a longer remark, not a question ("wait, let me get a pen"): a question this long starts
// another topic ("and what about tomorrow night?").
constexpr size_t kMaxRemark = 40;
// At most this many such messages between two pieces ("Tom: ok⏎Tom: go on").
constexpr size_t kMaxInterruptions = 2;
// After a number's first digits spelled out, the rest in the next message has at most this many
// digits: ten or more make a number of its own ("Mila: we are twenty two⏎Mila: 0612345678").
constexpr size_t kMaxSpelledJoinRest = 9;

bool IsBlank(char c) {
  return c == ' ' || c == '\t' || c == '\r';
}
// text[b, e) without the blanks at its ends.
std::string_view WithoutBlanks(std::string_view text, size_t b, size_t e) {
  while (b < e && IsBlank(text[b])) ++b;
  while (e > b && IsBlank(text[e - 1])) --e;
  return text.substr(b, e - b);
}
bool IsNonAscii(char c) {
  return static_cast<unsigned char>(c) >= 0x80;
}

struct ChatLine {
  std::string_view speaker;
  size_t message_begin;  // offsets into the text; blanks around the message left out
  size_t message_end;
};

// Letters a chat export's time may hold besides digits: "AM"/"PM", Bulgarian "г." (year).
constexpr size_t kMaxTimeLetters = 4;

// The time that opens a chat line at text[k]: in brackets ('[' or '('), digits and ':', '.', '-',
// '/', ',' or spaces, maybe a few letters ("[21:05]", "[2.12.26 г., 0:12]", "[12/2/26, 9:41
// PM]"), or as an Android export writes it, a date and a time and a spaced dash before the
// speaker ("02.12.26, 22:15 - Sina: …", "2/12/26 23:06 - Sara: …"). Where the speaker's name may
// start after it, or `k` when there is none.
size_t SkipTime(std::string_view text, size_t k, size_t limit) {
  if (k < limit && IsDigit(text[k])) {
    // Android: digits and separators up to " - ", a ':' among them (the time), and between the
    // date and the time a short word as some languages' copies write it ("07/12/2026 à 21:14 -
    // ", "12.12.26 г., 21:14 - "): at most kMaxTimeLetters letter bytes.
    bool colon = false;
    size_t letters = 0;
    for (size_t m = k; m < limit && m - k <= kMaxTime; ++m) {
      const char c = text[m];
      if (c == ' ' && m + 2 < limit && text[m + 1] == '-' && text[m + 2] == ' ' && colon) {
        for (m += 3; m < limit && IsBlank(text[m]);) ++m;
        return m;
      }
      if (c == ':') colon = true;
      // A time alone before the name, as Signal and Viber copies write it ("12:01 Anna: …"):
      // "hh:mm" and a space.
      if (c == ' ' && colon && m - k >= 4 && m - k <= 5 && IsDigit(text[m - 1]) &&
          text[m - 3] == ':' && m + 1 < limit &&
          (IsAsciiLetter(text[m + 1]) || IsNonAscii(text[m + 1]))) {
        return m + 1;
      }
      if ((IsAsciiLetter(c) || IsNonAscii(c)) && !colon && m > k && text[m - 1] == ' ' &&
          ++letters <= kMaxTimeLetters) {
        // The word's other bytes ("à", "г"), then its end: a blank, or a dot or comma ("г.,").
        size_t w = m + 1;
        while (w < limit && (IsAsciiLetter(text[w]) || IsNonAscii(text[w])) &&
               ++letters <= kMaxTimeLetters) {
          ++w;
        }
        if (letters > kMaxTimeLetters || w >= limit || std::strchr(" .,", text[w]) == nullptr)
          return k;
        m = w - 1;
        continue;
      }
      if (!IsDigit(c) && std::strchr(":.-/, ", c) == nullptr) return k;
    }
    return k;
  }
  if (k >= limit || (text[k] != '[' && text[k] != '(')) return k;
  const char close = text[k] == '[' ? ']' : ')';
  bool digit = false;
  size_t letters = 0;
  size_t m = k + 1;
  for (; m < limit && m - k <= kMaxTime && text[m] != close; ++m) {
    const char c = text[m];
    if (IsDigit(c)) {
      digit = true;
    } else if ((IsAsciiLetter(c) || IsNonAscii(c)) && ++letters <= kMaxTimeLetters) {
      continue;
    } else if (std::strchr(":.-/, ", c) == nullptr) {
      return k;
    }
  }
  if (m >= limit || text[m] != close || !digit) return k;
  for (++m; m < limit && IsBlank(text[m]);) ++m;
  return m;
}

// A dialogue written with a dash before each line ("— Как да се свържа?⏎— 0882⏎— 527 419", an em
// or an en dash and a space): its lines are read as chat lines of one speaker, this dash, since
// the answer's pieces are one speaker's and a question is no piece.
constexpr std::string_view kDialogueDash = "\xe2\x80\x94";

// Reads the line text[begin, end) as a chat line ("[21:05] mia: 718", "Inès : @sfr.fr"): the
// speaker's name starts with a letter, has at most two spaces and none of the marks of markup,
// links or addresses, and ends at the first ':'. A dialogue line ("— 0882") is one of the
// speaker kDialogueDash.
std::optional<ChatLine> ReadChatLine(std::string_view text, size_t begin, size_t end) {
  if (end - begin > 4 && text.compare(begin, 2, "\xe2\x80") == 0 &&
      (text[begin + 2] == '\x94' || text[begin + 2] == '\x93') && text[begin + 3] == ' ') {
    size_t message_begin = begin + 4;
    while (message_begin < end && IsBlank(text[message_begin])) ++message_begin;
    size_t message_end = end;
    while (message_end > message_begin && IsBlank(text[message_end - 1])) --message_end;
    return ChatLine{kDialogueDash, message_begin, message_end};
  }
  const size_t limit = std::min(end, begin + kMaxPrefix);
  const size_t name_begin = SkipTime(text, begin, limit);
  if (name_begin >= limit || !(IsAsciiLetter(text[name_begin]) || IsNonAscii(text[name_begin])))
    return std::nullopt;
  size_t k = name_begin;
  int spaces = 0;
  size_t name_end = 0;
  for (; k < limit && k - name_begin <= kMaxSpeaker && text[k] != ':'; ++k) {
    const char c = text[k];
    // A time in brackets after the name ("Ola (21:05): …", "Anna [21:05]: …").
    if ((c == '(' || c == '[') && k > name_begin && text[k - 1] == ' ') {
      const size_t after = SkipTime(text, k, limit);
      if (after != k && after < limit && text[after] == ':') {
        name_end = k;
        k = after;
        break;
      }
    }
    if (c == ' ' && ++spaces > 2) return std::nullopt;
    if (c != ' ' && std::strchr("\t<>@/\"{}=|[]()#*", c) != nullptr) return std::nullopt;
  }
  if (k >= limit || text[k] != ':') return std::nullopt;
  if (name_end == 0) name_end = k;
  while (name_end > name_begin && IsBlank(text[name_end - 1])) --name_end;
  size_t message_begin = k + 1;
  while (message_begin < end && IsBlank(text[message_begin])) ++message_begin;
  size_t message_end = end;
  while (message_end > message_begin && IsBlank(text[message_end - 1])) --message_end;
  return ChatLine{text.substr(name_begin, name_end - name_begin), message_begin, message_end};
}

// How many digits a message of digits alone has ("0171", "903", "07 58"), with a number's
// separators between them; 0 when it has anything else.
size_t DigitPieceDigits(std::string_view message) {
  if (message.empty() || message.size() > kMaxPiece) return 0;
  size_t digits = 0;
  for (const char c : message) {
    if (IsDigit(c)) {
      ++digits;
    } else if (std::strchr(" -.()/+", c) == nullptr) {
      return 0;
    }
  }
  return digits;
}

// The digit group or groups that end a message of words ("номерът ми е 0876", "mijn nummer is 06
// 38", "мой номер 8 999"): how many digits they have, 0 when the message ends otherwise or its
// last piece follows no space (a word's end: "nr2"). At most kMaxPiece bytes back.
size_t TrailingDigitPieceDigits(std::string_view message) {
  size_t k = message.size(), digits = 0;
  while (k > 0 && message.size() - k < kMaxPiece) {
    const char c = message[k - 1];
    if (IsDigit(c)) {
      ++digits;
    } else if (c != ' ' && c != '-') {
      break;
    }
    --k;
  }
  while (k < message.size() && !IsDigit(message[k])) ++k;  // the piece starts with a digit
  if (digits == 0 || k == 0 || message[k - 1] != ' ') return 0;
  return digits;
}

// A local part alone ("ines.moreau", "vika.ekb"): one word of ASCII letters, digits and '.', '_',
// '-', '+', starting with a letter or digit. `marked`: with a dot, underscore, dash or digit in it,
// as a username has and a word of a sentence has not.
bool IsLocalPartPiece(std::string_view message, bool& marked) {
  if (message.empty() || message.size() > kMaxPiece || !IsAsciiAlnum(message[0])) return false;
  marked = false;
  for (const char c : message) {
    if (IsAsciiLetter(c)) continue;
    if (!IsDigit(c) && std::strchr("._-+", c) == nullptr) return false;
    marked = true;
  }
  return true;
}

// Whether `word` holds a host name: a dot between two letters or digits ("sfr.fr", "inbox.ru").
bool HasHostDot(std::string_view word) {
  for (size_t k = 1; k + 1 < word.size(); ++k) {
    if (word[k] == '.' && IsAsciiAlnum(word[k - 1]) && IsAsciiAlnum(word[k + 1])) return true;
  }
  return false;
}

// The rest of an address after its local part: "@sfr.fr" (glued to it), or a short message of two
// or three words whose last is a host ("at hotmail.com", "собака inbox.ru", "(at) gmx.de"). 0: not
// one; 1: joined by a space; 2: glued.
int AddressRest(std::string_view message) {
  if (message.empty() || message.size() > kMaxPiece) return 0;
  if (message[0] == '@') {
    std::string_view host = message.substr(1);
    // "@ gmail.com": the '@' spaced from its host, joined by a space as an at-word is.
    const bool spaced = !host.empty() && host[0] == ' ';
    if (spaced) host.remove_prefix(1);
    const bool one_word = host.find(' ') == std::string_view::npos;
    if (!one_word || !HasHostDot(host)) return 0;
    return spaced ? 1 : 2;
  }
  const size_t last_space = message.rfind(' ');
  if (last_space == std::string_view::npos) return 0;
  if (std::count(message.begin(), message.end(), ' ') > 2) return 0;
  return HasHostDot(message.substr(last_space + 1)) ? 1 : 0;
}

bool IsCommonTld(std::string_view tld);

// A message that ends in a local part marked as a username's (a dot, digit, underscore or dash;
// a letter first): alone ("louisa.k.22") or after words ("my email is louisa.k.22").
bool EndsInMarkedLocalPart(std::string_view a) {
  bool marked = false;
  if (IsLocalPartPiece(a, marked)) return marked && IsAsciiLetter(a[0]);
  const size_t from = a.size() > kMaxPiece + 1 ? a.size() - kMaxPiece - 1 : 0;
  const size_t space = a.substr(from).rfind(' ');
  if (space == std::string_view::npos) return false;
  const std::string_view local = a.substr(from + space + 1);
  return IsLocalPartPiece(local, marked) && marked && IsAsciiLetter(local[0]);
}

// A message that is an '@' or "at" (maybe bracketed) and one word of letters: "at gmail", "@
// outlook", "(at) gmx" (the middle of an address over three messages).
bool IsAtAndWord(std::string_view b) {
  size_t k = 0;
  if (b.starts_with("(at) ") || b.starts_with("[at] ")) {
    k = 5;
  } else if (b.starts_with("at ") || b.starts_with("@ ")) {
    k = b[0] == '@' ? 2 : 3;
  } else {
    return false;
  }
  if (k >= b.size()) return false;
  for (size_t i = k; i < b.size(); ++i) {
    if (!IsAsciiLetter(b[i]) && b[i] != '-') return false;
  }
  return true;
}

// A message that is a dot, or "dot" (maybe bracketed), and a common top-level domain: "dot com",
// ".de", "(dot) co.uk" (the end of an address over three messages).
bool IsDotAndTld(std::string_view c) {
  size_t k = 0;
  if (c.starts_with("dot ")) {
    k = 4;
  } else if (c.starts_with("(dot) ") || c.starts_with("[dot] ")) {
    k = 6;
  } else if (c.starts_with(". ")) {
    k = 2;
  } else if (c.starts_with(".")) {
    k = 1;
  } else {
    return false;
  }
  const size_t dot = c.rfind('.');
  const std::string_view tld =
      dot != std::string_view::npos && dot >= k ? c.substr(dot + 1) : c.substr(k);
  for (size_t i = k; i < c.size(); ++i) {
    if (!IsAsciiLetter(c[i]) && c[i] != '.') return false;
  }
  return IsCommonTld(tld);
}

// An IBAN's first groups ending a message ("IBAN DE89 3704 0044", "GB29 NWBK"): the country's two
// letters and the check digits, after a space or alone, then groups of at most four letters or
// digits, one space apart.
bool EndsInIbanStart(std::string_view a) {
  size_t k = a.size();
  while (k > 0 && a.size() - k <= kMaxPiece) {
    size_t start = k;
    while (start > 0 && IsAsciiAlnum(a[start - 1]) && k - start <= 4) --start;
    const size_t length = k - start;
    if (length == 0 || (start > 0 && a[start - 1] != ' ')) return false;
    if (length == 4 && IsAsciiLetter(a[start]) && IsAsciiLetter(a[start + 1]) &&
        IsDigit(a[start + 2]) && IsDigit(a[start + 3]) &&
        ((a[start] & 0x20) == (a[start + 1] & 0x20))) {
      return true;
    }
    if (start == 0) return false;
    k = start - 1;
  }
  return false;
}

// The rest of an IBAN in a message of its own: groups of at most four letters or digits, one space
// apart, with a digit among them ("0532 0130 00", "1331 9268 19").
bool IsIbanRest(std::string_view b) {
  if (b.empty() || b.size() > kMaxPiece) return false;
  size_t group = 0;
  bool digit = false;
  for (const char c : b) {
    if (c == ' ') {
      if (group == 0) return false;
      group = 0;
    } else if (IsAsciiAlnum(c) && ++group <= 4) {
      digit |= IsDigit(c);
    } else {
      return false;
    }
  }
  return group > 0 && digit;
}

// Emoji and other symbols, blanks and an ellipsis that end a message around a number's piece
// ("07700 😘", "07700 900...", "4567 😘"): how many bytes (at most kMaxDecoration). A single full
// stop ends a sentence and is kept.
constexpr size_t kMaxDecoration = 24;
// A note a chat app adds after a message: "(edited)", "<This message was edited>", "(bearbeitet)",
// "(изменено)": letters and spaces in round or angle brackets, at most kMaxNote bytes.
constexpr size_t kMaxNote = 32;
size_t TrailingNote(std::string_view m) {
  if (m.size() < 3 || (m.back() != ')' && m.back() != '>')) return 0;
  const char open = m.back() == ')' ? '(' : '<';
  const size_t at = m.rfind(open);
  if (at == std::string_view::npos || at == 0 || m.size() - at > kMaxNote || m[at - 1] != ' ')
    return 0;
  for (size_t k = at + 1; k + 1 < m.size(); ++k) {
    if (!IsAsciiLetter(m[k]) && !IsNonAscii(m[k]) && m[k] != ' ') return 0;
  }
  return m.size() - at + 1;
}

size_t TrailingDecoration(std::string_view m) {
  const size_t full = m.size();
  m.remove_suffix(TrailingNote(m));
  size_t k = m.size();
  while (k > 0 && m.size() - k < kMaxDecoration) {
    const auto c = static_cast<unsigned char>(m[k - 1]);
    if (c == ' ') {
      --k;
    } else if (c == '.' && k >= 2 && m[k - 2] == '.') {
      while (k > 0 && m[k - 1] == '.') --k;
    } else if (c >= 0x80) {
      // A character of three or four bytes (symbols, emoji, their joiners and selectors).
      size_t lead = k - 1;
      while (lead > 0 && k - lead < 4 && (static_cast<unsigned char>(m[lead]) & 0xC0) == 0x80)
        --lead;
      if (static_cast<unsigned char>(m[lead]) < 0xE2) break;
      k = lead;
    } else {
      break;
    }
  }
  return m.size() - k + (full - m.size());
}

// An ellipsis (two dots or more) or emoji and blanks that open a message ("...318", "✏️ 45
// 67"): how many bytes.
size_t LeadingEllipsis(std::string_view m) {
  size_t k = 0;
  while (k < m.size() && m[k] == '.') ++k;
  if (k == 1) return 0;
  // Symbols of three or four bytes (emoji, their selectors and joiners).
  while (k < m.size() && static_cast<unsigned char>(m[k]) >= 0xE2 && k < kMaxDecoration) {
    ++k;
    while (k < m.size() && (static_cast<unsigned char>(m[k]) & 0xC0) == 0x80) ++k;
  }
  if (k == 0) return 0;
  while (k < m.size() && m[k] == ' ') ++k;
  return k;
}

// A speaker's message between two pieces of a number that says nothing: marks alone ("...",
// "--"), emoji alone ("😘", "🙈🙈"), or an app's placeholder in angle brackets ("<Media
// omitted>", "<attached: photo>").
bool IsPauseMessage(std::string_view said) {
  if (said.empty()) return false;
  if (said.front() == '<' && said.back() == '>' && said.size() <= kMaxRemark) {
    return std::none_of(said.begin(), said.end(), [](char c) { return IsDigit(c) || c == '@'; });
  }
  return std::all_of(said.begin(), said.end(), [](char c) {
    return c == '.' || c == '-' || c == ' ' || c == '~' || static_cast<unsigned char>(c) >= 0xE2 ||
           (static_cast<unsigned char>(c) & 0xC0) == 0x80;
  });
}

// A line of a chat copy that is no message: a time alone ("12:01", "21:05 ✓✓"), or an
// app's note of at most kMaxRemark bytes with no digit, '@' or ':' ("Anna is typing…", "This
// message was deleted", "Сообщение удалено").
bool IsAppLine(std::string_view line) {
  while (!line.empty() && IsBlank(line.back())) line.remove_suffix(1);
  while (!line.empty() && IsBlank(line.front())) line.remove_prefix(1);
  // A blank line parts two messages' pieces ("Lea: 0171⏎⏎Lea: 903" stays apart).
  if (line.empty() || line.size() > kMaxRemark) return false;
  size_t digits = 0;
  bool colon = false;
  for (const char c : line) {
    digits += IsDigit(c);
    colon |= c == ':';
    if (c == '@' || c == '?') return false;
  }
  if (digits == 0) return !colon;
  // A time: "hh:mm" first, then marks or AM/PM at most.
  const size_t time = line.size() >= 5 && line[2] == ':'   ? 5
                      : line.size() >= 4 && line[1] == ':' ? 4
                                                           : 0;
  if (time == 0 || digits > 4) return false;
  for (size_t k = 0; k < time; ++k) {
    if (k != time - 3 && !IsDigit(line[k])) return false;
  }
  return true;
}

// A username broken over two messages or lines at its '_' or '.' ("tg: @alessia" then "_mia",
// "my insta is ira_" then "lviv2026", "Insta: @fleur_adam_" then "new"): the first message ends
// in a name (letters, digits, '_' and '.', a letter among them, maybe after an '@'), and the
// second is one name alone (emoji or a note after it allowed) that starts with '_' or '.' and a
// letter or digit (a name's rest, which cannot stand alone), or follows a name that ends in '_'
// or '.'.
// After a name that ends in '.', the rest is in lower case, and the name has an '@' or an inner
// '_' or '.', or the rest a digit, '_' or '.', as a sentence's last word and the next sentence
// have not ("à 21h.⏎bisous", "ok.⏎bye"). The break is glued.
constexpr size_t kMaxNamePiece = 32;
bool IsNameByte(char c) {
  return IsAsciiAlnum(c) || c == '_' || c == '.';
}
bool ContinuesName(std::string_view a, std::string_view b) {
  if (a.empty() || b.size() < 2) return false;
  size_t k = a.size();
  while (k > 0 && a.size() - k <= kMaxNamePiece && IsNameByte(a[k - 1])) --k;
  if (a.size() - k > kMaxNamePiece) return false;
  const bool at_sign = k > 0 && a[k - 1] == '@';
  // The name starts the message or follows a blank, an '@' or a label's ':' ("tg:@alessia").
  const size_t lead = at_sign ? k - 1 : k;
  if (lead > 0 && !IsBlank(a[lead - 1]) && a[lead - 1] != ':') return false;
  const std::string_view head = a.substr(k);
  if (head.size() < 2 || !IsAsciiAlnum(head[0])) return false;
  // `marked`: an underscore or a dot inside the name, as a sentence's last word has not.
  bool letter = false, marked = false;
  for (size_t m = 0; m < head.size(); ++m) {
    letter |= IsAsciiLetter(head[m]);
    if (m + 1 < head.size()) marked |= head[m] == '_' || head[m] == '.';
  }
  if (!letter) return false;
  size_t e = 0;
  while (e < b.size() && e <= kMaxNamePiece && IsNameByte(b[e])) ++e;
  if (e > kMaxNamePiece || e < 2) return false;
  const std::string_view tail = b.substr(0, e), rest = b.substr(e);
  if (!IsAsciiAlnum(tail.back())) return false;
  // The rest is the message alone: emoji or a note after it at most ("_new in town_" is markdown).
  if ((!rest.empty() && !IsBlank(rest[0])) || TrailingDecoration(rest) != rest.size()) return false;
  const char last = head.back();
  if (tail[0] == '_' || tail[0] == '.') {
    // After a dot a letter: ".5 hours" is a figure.
    return IsAsciiAlnum(last) && (tail[0] == '_' ? IsAsciiAlnum(tail[1]) : IsAsciiLetter(tail[1]));
  }
  if (last != '_' && last != '.') return false;
  if (!IsAsciiAlnum(head[head.size() - 2])) return false;
  if (last == '.') {
    // "ola.⏎krk22", "@chloe.⏎paris", "mia_v.⏎rose"; not "à 21h.⏎bisous" nor "ok.⏎bye".
    bool rest_marked = false;
    for (const char c : tail) {
      if (c >= 'A' && c <= 'Z') return false;
      rest_marked |= IsDigit(c) || c == '_' || c == '.';
    }
    return at_sign || rest_marked || marked;
  }
  return true;
}

// What a writer adds after a name sent in pieces to say the pieces are one word: "(zusammen)",
// "(one word)", "(todo junto)", "(слитно)", in the ads' languages, in lower case. Data: add a
// language's words here.
// clang-format off
constexpr std::array<std::string_view, 62> kJoinNotes = {{
    "one word", "in one word", "together", "all together", "no space", "no spaces",
    "zusammen", "zusammengeschrieben", "alles zusammen", "ein wort", "in einem wort",
    "ohne leerzeichen",
    "attaché", "attachée", "tout attaché", "collé", "tout collé", "en un mot", "sans espace",
    "aan elkaar", "alles aan elkaar", "één woord", "een woord", "zonder spatie", "zonder spaties",
    "legat", "tot legat", "împreună", "impreuna", "fără spațiu", "fara spatiu",
    "слято", "заедно", "всичко заедно", "без интервал", "без интервали",
    "todo junto", "junto", "todo pegado", "sin espacio", "sin espacios",
    "tutto attaccato", "attaccato", "tutto unito", "unito", "senza spazi", "senza spazio",
    "razem", "łącznie", "bez spacji",
    "слитно", "вместе", "всё вместе", "все вместе", "без пробела", "без пробелов",
    "разом", "злитно", "все разом", "усе разом", "без пробілу", "без пробілів",
}};
// clang-format on

// `word` in lower case: ASCII, Latin-1 capitals, Romanian Ă, Ș and Ț, Cyrillic.
std::string Lower(std::string_view word) {
  std::string out(word);
  for (size_t k = 0; k < out.size(); ++k) {
    auto c = static_cast<unsigned char>(out[k]);
    if (c >= 'A' && c <= 'Z') {
      out[k] = static_cast<char>(c | 0x20);
    } else if (k + 1 < out.size()) {
      auto d = static_cast<unsigned char>(out[k + 1]);
      if (c == 0xC3 && d >= 0x80 && d <= 0x9E && d != 0x97) {
        out[k + 1] = static_cast<char>(d + 0x20);
      } else if ((c == 0xC4 && d == 0x82) || (c == 0xC8 && (d == 0x98 || d == 0x9A))) {
        out[k + 1] = static_cast<char>(d + 1);  // Ă, Ș, Ț
      } else if (c == 0xD0 && d >= 0x90 && d <= 0x9F) {
        out[k + 1] = static_cast<char>(d + 0x20);
      } else if (c == 0xD0 && d >= 0xA0 && d <= 0xAF) {
        out[k] = static_cast<char>(0xD1);
        out[k + 1] = static_cast<char>(d - 0x20);
      } else if (c == 0xD0 && d >= 0x80 && d <= 0x8F) {
        out[k] = static_cast<char>(0xD1);
        out[k + 1] = static_cast<char>(d + 0x10);
      }
      if (c >= 0xC0) ++k;
    }
  }
  return out;
}

// Whether the message is a join note alone (kJoinNotes), maybe in brackets, with emoji after.
bool IsJoinNote(std::string_view m) {
  m.remove_suffix(TrailingDecoration(m) - TrailingNote(m));
  if (m.size() >= 2 &&
      ((m.front() == '(' && m.back() == ')') || (m.front() == '[' && m.back() == ']'))) {
    m = m.substr(1, m.size() - 2);
  }
  if (m.empty() || m.size() > kMaxNote) return false;
  const std::string lower = Lower(m);
  return std::find(kJoinNotes.begin(), kJoinNotes.end(), lower) != kJoinNotes.end();
}

// A username sent in two pieces broken anywhere ("tg: @lina_bu" then "nny"), which a join note
// after them says are one (IsJoinNote): the first message ends in a name (as ContinuesName reads
// it), the second is one name alone, starting with a letter or digit; the name has an '@' before
// it or a digit, '_' or '.' in a piece, as a word of a sentence has not ("I'm at⏎home").
bool NamePiecesBeforeNote(std::string_view a, std::string_view b) {
  size_t k = a.size();
  while (k > 0 && a.size() - k <= kMaxNamePiece && IsNameByte(a[k - 1])) --k;
  if (a.size() - k > kMaxNamePiece || a.size() - k < 2) return false;
  const bool at_sign = k > 0 && a[k - 1] == '@';
  const size_t lead = at_sign ? k - 1 : k;
  if (lead > 0 && !IsBlank(a[lead - 1]) && a[lead - 1] != ':') return false;
  const std::string_view head = a.substr(k);
  if (!IsAsciiAlnum(head[0]) ||
      std::none_of(head.begin(), head.end(), [](char c) { return IsAsciiLetter(c); })) {
    return false;
  }
  if (b.empty() || b.size() > kMaxNamePiece || !IsAsciiAlnum(b[0]) || !IsAsciiAlnum(b.back()) ||
      !std::all_of(b.begin(), b.end(), IsNameByte)) {
    return false;
  }
  const auto marked = [](std::string_view piece) {
    return std::any_of(piece.begin(), piece.end(),
                       [](char c) { return IsDigit(c) || c == '_' || c == '.'; });
  };
  return at_sign || marked(head) || marked(b);
}

// Whether the line after the one that ends at `from` is a join note (IsJoinNote): a chat line of
// `speaker`, or a plain line (an export's second line of the same message).
bool JoinNoteFollows(std::string_view text, size_t from, std::string_view speaker) {
  const void* newline = std::memchr(text.data() + from, '\n', text.size() - from);
  if (newline == nullptr) return false;
  const size_t begin = static_cast<size_t>(static_cast<const char*>(newline) - text.data()) + 1;
  const size_t limit = std::min(text.size(), begin + kMaxPrefix + kMaxNote + kMaxDecoration);
  const void* after = std::memchr(text.data() + begin, '\n', limit - begin);
  const size_t end =
      after == nullptr ? limit : static_cast<size_t>(static_cast<const char*>(after) - text.data());
  if (after == nullptr && limit < text.size()) return false;
  if (const auto line = ReadChatLine(text, begin, end)) {
    return line->speaker == speaker &&
           IsJoinNote(text.substr(line->message_begin, line->message_end - line->message_begin));
  }
  return IsJoinNote(WithoutBlanks(text, begin, end));
}

// A screenshot's read receipt: a time ("21:09", "9:41") with check marks ("✓", "✔", "✓✓")
// before or after it, or a time alone on its line. `marks`: whether a check mark was there.
constexpr std::string_view kCheck = "\xe2\x9c\x93", kHeavyCheck = "\xe2\x9c\x94";
size_t SkipChecks(std::string_view s, size_t k, bool& marks) {
  while (k < s.size()) {
    if (IsBlank(s[k])) {
      ++k;
    } else if (s.substr(k, 3) == kCheck || s.substr(k, 3) == kHeavyCheck) {
      marks = true;
      k += 3;
    } else {
      break;
    }
  }
  return k;
}
// The time "h:mm" or "hh:mm" (maybe " AM"/" PM" after) at s[k]: its end, or k.
size_t TimeAt(std::string_view s, size_t k) {
  size_t m = k;
  while (m < s.size() && m - k < 2 && IsDigit(s[m])) ++m;
  if (m == k || m + 3 > s.size() || s[m] != ':' || !IsDigit(s[m + 1]) || !IsDigit(s[m + 2]))
    return k;
  m += 3;
  if (m < s.size() && IsDigit(s[m])) return k;
  if (m + 3 <= s.size() && s[m] == ' ' && (s[m + 1] == 'A' || s[m + 1] == 'P') && s[m + 2] == 'M')
    m += 3;
  return m;
}
bool IsReceiptLine(std::string_view line) {
  bool marks = false;
  size_t k = SkipChecks(line, 0, marks);
  const size_t time = TimeAt(line, k);
  if (time == k) return false;
  return SkipChecks(line, time, marks) == line.size();
}
// A receipt that ends a bubble's line ("068 749 21:09 ✓✓", "lina_ ✓✓ 21:09"): its length, with
// the blanks before it; 0 when there is none. A check mark must be there: a time alone after
// digits may be part of what was written.
size_t TrailingReceipt(std::string_view m) {
  const size_t low = m.size() > 24 ? m.size() - 24 : 0;
  for (size_t space = m.size(); space > low; --space) {
    if (m[space - 1] != ' ') continue;
    bool marks = false;
    const size_t k = SkipChecks(m, space - 1, marks);
    const size_t time = TimeAt(m, k);
    if (time != k && SkipChecks(m, time, marks) == m.size() && marks) {
      size_t from = space - 1;
      while (from > 0 && IsBlank(m[from - 1])) --from;
      return m.size() - from;
    }
  }
  return 0;
}

// The join of two consecutive chat lines of one speaker, when their messages are pieces of one
// selector.
// `spelled`: the join holds only if the first message's last words fold into digits (see
// FindLineJoins in line_joins.h).
std::optional<LineJoin> ChatJoin(std::string_view text, const ChatLine& first,
                                 const ChatLine& second, bool& spelled) {
  spelled = false;
  if (first.speaker != second.speaker || second.message_begin >= second.message_end)
    return std::nullopt;
  const std::string_view a =
      text.substr(first.message_begin, first.message_end - first.message_begin);
  const std::string_view b =
      text.substr(second.message_begin, second.message_end - second.message_begin);
  const auto begin = static_cast<uint32_t>(first.message_end);
  const auto end = static_cast<uint32_t>(second.message_begin);
  // A number's pieces are read without the emoji and ellipses around them ("07700 😘", "...318"),
  // which the join drops.
  const size_t a_tail = TrailingDecoration(a), b_head = LeadingEllipsis(b);
  const std::string_view da = a.substr(0, a.size() - a_tail);
  std::string_view db = b.substr(b_head);
  db.remove_suffix(TrailingDecoration(db));
  const auto digit_join =
      LineJoin{static_cast<uint32_t>(begin - a_tail), static_cast<uint32_t>(end + b_head), false};
  const size_t digits = da.empty() || db.empty() ? 0 : DigitPieceDigits(da);
  if (digits > 0) {
    if (digits <= kMaxLeadingDigits && IsDigit(db[0])) return digit_join;
    return std::nullopt;
  }
  // The number's first digits after words ("мой номер 8 999", "nr meu e 0784"), the rest in the
  // next message, digits alone ("817 26 34").
  if (const size_t trailing = da.empty() || db.empty() ? 0 : TrailingDigitPieceDigits(da);
      trailing >= 2 && trailing <= kMaxLeadingDigits && DigitPieceDigits(db) > 0) {
    return digit_join;
  }
  // A word last, maybe a spelled digit ("nul zes", "восемь девятьсот одиннадцать"), and the
  // rest in the next message, digits alone ("52839174"; not ten or more, a number of its own):
  // the folder decides.
  if (const char c = a.back(); (IsAsciiLetter(c) || IsNonAscii(c)) && IsDigit(b[0]) &&
                               DigitPieceDigits(b) >= 2 &&
                               DigitPieceDigits(b) <= kMaxSpelledJoinRest) {
    spelled = true;
    return LineJoin{begin, end, false};
  }
  // An IBAN's first groups and its rest ("IBAN DE89 3704 0044⏎…: 0532 0130 00").
  if (EndsInIbanStart(a) && IsIbanRest(b)) return LineJoin{begin, end, false};
  // A username broken at its '_' or '.' ("tg: @alessia⏎_mia", "my insta is ira_⏎lviv2026"):
  // glued.
  if (ContinuesName(a, b)) return LineJoin{begin, end, true};
  // Broken anywhere, with a note after the pieces that says they are one ("tg: @lina_bu⏎nny⏎
  // (zusammen)"): glued.
  if (NamePiecesBeforeNote(a, db) && JoinNoteFollows(text, second.message_end, second.speaker))
    return LineJoin{begin, end, true};
  bool marked = false;
  if (!IsLocalPartPiece(a, marked)) {
    // A message of words that ends in a local part after a space ("mail ist kim.hh", "mon mail
    // c'est jade.cannes", "почта masha_ekb"): marked as a username is, a letter first, and the
    // next message's host a mail host's (IsCommonTld: "my insta lola_22⏎@lola.vip" stays apart).
    const size_t from = a.size() > kMaxPiece + 1 ? a.size() - kMaxPiece - 1 : 0;
    const size_t space = a.substr(from).rfind(' ');
    if (space == std::string_view::npos) return std::nullopt;
    const std::string_view local = a.substr(from + space + 1);
    const size_t dot = b.rfind('.');
    if (!IsLocalPartPiece(local, marked) || !marked || !IsAsciiLetter(local[0]) ||
        dot == std::string_view::npos || !IsCommonTld(b.substr(dot + 1))) {
      return std::nullopt;
    }
  }
  const int rest = AddressRest(b);
  if (rest == 2) return LineJoin{begin, end, true};
  if (rest == 1 && marked) return LineJoin{begin, end, false};
  return std::nullopt;
}

// An address broken after its '@' ("holly.marsh@⏎rosewood-rooms.example"): the line [begin, end)
// ends in a local part and '@', the next line (from `next`) starts with a host.
std::optional<LineJoin> AtSignJoin(std::string_view text, size_t begin, size_t end, size_t next,
                                   size_t next_end) {
  size_t at = end;
  while (at > begin && IsBlank(text[at - 1])) --at;
  if (at < begin + 2 || text[at - 1] != '@') return std::nullopt;
  const char before = text[at - 2];
  if (!IsAsciiAlnum(before) && std::strchr("._-", before) == nullptr) return std::nullopt;
  size_t host = next;
  while (host < next_end && IsBlank(text[host])) ++host;
  size_t host_end = host;
  while (host_end < next_end && host_end - host <= kMaxPiece && !IsBlank(text[host_end]))
    ++host_end;
  if (host >= next_end || !IsAsciiAlnum(text[host]) ||
      !HasHostDot(text.substr(host, host_end - host)))
    return std::nullopt;
  return LineJoin{static_cast<uint32_t>(at), static_cast<uint32_t>(host), true};
}

// A code broken over two plain lines, as a narrow screen or a copy wraps it.
//
// An IBAN: its first groups end the line ("IBAN DE75 6773 3009 0224"), its rest stands alone on
// the next ("8411 54"), and the two pass ISO 13616's check (mod 97 of the rearranged digits is
// 1), so that a reference's groups above a phone number stay apart. Joined by a space.
constexpr size_t kMinIbanLength = 15, kMaxIbanLength = 34;
bool IbanOverLines(std::string_view a, std::string_view b) {
  if (!EndsInIbanStart(a) || !IsIbanRest(b)) return false;
  // The country's group: the last group of two letters and two digits.
  size_t start = std::string_view::npos;
  for (size_t k = a.size(); k >= 4; --k) {
    const size_t s = k - 4;
    if ((s == 0 || a[s - 1] == ' ') && (k == a.size() || a[k] == ' ') && IsAsciiLetter(a[s]) &&
        IsAsciiLetter(a[s + 1]) && IsDigit(a[s + 2]) && IsDigit(a[s + 3])) {
      start = s;
      break;
    }
  }
  if (start == std::string_view::npos) return false;
  std::string iban;
  for (const std::string_view part : {a.substr(start), b}) {
    for (const char c : part) {
      if (c != ' ') iban.push_back(static_cast<char>(IsAsciiLetter(c) ? (c & ~0x20) : c));
    }
  }
  if (iban.size() < kMinIbanLength || iban.size() > kMaxIbanLength) return false;
  // The first four characters go last; letters count as 10 to 35.
  int remainder = 0;
  for (size_t k = 0; k < iban.size(); ++k) {
    const char c = iban[(k + 4) % iban.size()];
    const int value = IsDigit(c) ? c - '0' : c - 'A' + 10;
    remainder = (value >= 10 ? remainder * 100 : remainder * 10) + value;
    remainder %= 97;
  }
  return remainder == 1;
}

// A crypto address: its start alone on the line, its rest alone on the next, and the two of the
// shape of one (Bitcoin's base58 "1…"/"3…" of 26 to 35 characters or bech32 "bc1…" of 42 or 62,
// Ethereum's "0x" and 40 hexadecimal digits, TRON's "T…" of 34). The crypto extractor checks the
// checksums. Glued.
bool IsBase58(char c) {
  return IsAsciiAlnum(c) && c != '0' && c != 'O' && c != 'I' && c != 'l';
}
bool CryptoOverLines(std::string_view a, std::string_view b) {
  constexpr size_t kMinHead = 12;
  if (a.size() < kMinHead || b.size() < 4 || a.size() + b.size() > 62) return false;
  const size_t n = a.size() + b.size();
  const auto all = [&](auto&& ok, size_t from) {
    return std::all_of(a.begin() + static_cast<std::ptrdiff_t>(from), a.end(), ok) &&
           std::all_of(b.begin(), b.end(), ok);
  };
  if (a.starts_with("0x")) {
    return n == 42 &&
           all([](char c) { return IsDigit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'); }, 2);
  }
  if (a.starts_with("bc1")) {
    return (n == 42 || n == 62) &&
           all([](char c) { return IsDigit(c) || (c >= 'a' && c <= 'z'); }, 3);
  }
  if (a[0] == '1' || a[0] == '3') return n >= 26 && n <= 35 && all(IsBase58, 0);
  if (a[0] == 'T') return n == 34 && all(IsBase58, 0);
  return false;
}

// The join of a code over the line [begin, last) and the next [next, next_end), or none.
std::optional<LineJoin> CodeOverLines(std::string_view text, size_t begin, size_t last, size_t next,
                                      size_t next_end) {
  const std::string_view a = WithoutBlanks(text, begin, last);
  const std::string_view b = WithoutBlanks(text, next, next_end);
  if (a.empty() || b.empty()) return std::nullopt;
  const auto b_start = static_cast<uint32_t>(b.data() - text.data());
  if (IsDigit(b[0]) && IbanOverLines(a, b)) {
    return LineJoin{static_cast<uint32_t>(last), b_start, false};
  }
  if (CryptoOverLines(a, b)) return LineJoin{static_cast<uint32_t>(last), b_start, true};
  return std::nullopt;
}

// The top-level domains of most mail addresses in the ads' countries: a line that starts with
// '@' and a host ending in one continues the local part on the line before. Narrower on purpose
// than the e-mail extractor's kKnownTlds (extract/email.cpp): ".vip", ".club", ".me" and the like
// end Instagram and OnlyFans names too, and a handle alone on the next line ("the insta of
// lola_22⏎@lola.vip") must stay apart (normalize_test QuotedLinesAndAddressBreaks).
bool IsCommonTld(std::string_view tld) {
  static constexpr std::string_view kTlds[] = {
      "com", "net", "org", "info", "eu", "uk", "de", "fr", "es", "it", "pl", "ro", "nl",
      "be",  "at",  "ch",  "ru",   "ua", "bg", "ie", "pt", "cz", "md", "by", "kz", "example"};
  for (const std::string_view known : kTlds) {
    if (tld.size() != known.size()) continue;
    bool same = true;
    for (size_t k = 0; k < tld.size(); ++k) same &= (tld[k] | 0x20) == known[k];
    if (same) return true;
  }
  return false;
}

// The token of non-blank bytes that ends at `end` (at most 2 * kMaxPiece bytes back): its start.
size_t TokenStart(std::string_view text, size_t begin, size_t end) {
  size_t k = end;
  while (k > begin && end - k <= 2 * kMaxPiece && !IsBlank(text[k - 1])) --k;
  return k;
}
// The token of non-blank bytes that starts at `at` (at most 2 * kMaxPiece bytes on): its end.
size_t TokenEnd(std::string_view text, size_t at, size_t end) {
  size_t k = at;
  while (k < end && k - at <= 2 * kMaxPiece && !IsBlank(text[k])) ++k;
  return k;
}

// An address broken elsewhere than after its '@', outside a chat: before it ("mayfair.models⏎
// @outlook.com": the line ends in a local part, the next starts with '@' and a host), or around
// its domain's last dot ("nina.k@gmail.⏎com", "nina.k@gmail⏎.com": the line ends in a token with
// an '@', the next starts with the rest of the domain, letters to a blank or a mark). The line
// [begin, last) has its blanks left out; the next line's text starts at `next`.
std::optional<LineJoin> AddressBreakJoin(std::string_view text, size_t begin, size_t last,
                                         size_t next, size_t next_end) {
  size_t rest = next;
  while (rest < next_end && IsBlank(text[rest])) ++rest;
  if (rest >= next_end) return std::nullopt;
  const size_t token = TokenStart(text, begin, last);
  const std::string_view piece = text.substr(token, last - token);
  const std::string_view after = text.substr(rest, TokenEnd(text, rest, next_end) - rest);
  const auto join = LineJoin{static_cast<uint32_t>(last), static_cast<uint32_t>(rest), true};
  if (after[0] == '@') {
    // A handle alone on a line ("@sofia.milano") after a username or a number is no host: the
    // local part needs a letter first and a mark, the host a common top-level domain.
    bool marked = false;
    if (!IsLocalPartPiece(piece, marked) || !marked || !IsAsciiLetter(piece[0]) ||
        !IsAsciiAlnum(piece.back()) || AddressRest(after) != 2) {
      return std::nullopt;
    }
    size_t tld_end = after.size();
    while (tld_end > 0 && !IsAsciiAlnum(after[tld_end - 1])) --tld_end;
    const size_t dot = after.rfind('.', tld_end);
    if (dot == std::string_view::npos) return std::nullopt;
    return IsCommonTld(after.substr(dot + 1, tld_end - dot - 1)) ? std::optional(join)
                                                                 : std::nullopt;
  }
  const size_t at = piece.find('@');
  if (at == std::string_view::npos || at == 0 || piece.size() < at + 3) return std::nullopt;
  // The domain so far: a label with no dot yet after "gmail" only before ".com".
  const std::string_view domain = piece.substr(at + 1);
  const bool open_dot = domain.back() == '.';
  if (open_dot == (after[0] == '.')) return std::nullopt;
  // Before ".com" the domain has no dot yet: "nina.k@gmail.com⏎.com" is whole.
  if (!open_dot && domain.find('.') != std::string_view::npos) return std::nullopt;
  const std::string_view tld = open_dot ? after : after.substr(1);
  size_t letters = 0;
  while (letters < tld.size() && IsAsciiLetter(tld[letters])) ++letters;
  if (!IsCommonTld(tld.substr(0, letters))) return std::nullopt;
  if (letters < tld.size() && (IsAsciiAlnum(tld[letters]) || tld[letters] == '@' ||
                               tld[letters] == '-' || tld[letters] == '_')) {
    return std::nullopt;
  }
  for (const char c : domain) {
    if (!IsAsciiAlnum(c) && c != '.' && c != '-') return std::nullopt;
  }
  return join;
}

// A number written one group a line ("call me on 07700⏎900⏎196", "chiamami al 348⏎291⏎7356"):
// the line [begin, last) ends in a piece of at most kMaxLeadingDigits digits after a space or
// alone, the next line [next, next_end) is one group of at most kMaxMiddleGroup digits alone or
// two such groups a space apart ("☎️ 076⏎036 87⏎38"), and the line after it [after,
// after_end) a piece of digits alone, at most kMaxLeadingDigits, maybe with emoji after it ("364
// ✨", as a card's last line has). The two line breaks become spaces. (Two lines alone the phone
// extractor joins, extract/phone.cpp; a short group in the middle has too few digits for it.)
constexpr size_t kMaxMiddleGroup = 4;
bool IsMiddleGroup(std::string_view middle) {
  const size_t space = middle.find(' ');
  const std::string_view first = middle.substr(0, space);
  const std::string_view second =
      space == std::string_view::npos ? std::string_view() : middle.substr(space + 1);
  const auto group = [](std::string_view g) {
    return !g.empty() && g.size() <= kMaxMiddleGroup && std::all_of(g.begin(), g.end(), IsDigit);
  };
  return group(first) && (space == std::string_view::npos || group(second));
}
bool GroupPerLine(std::string_view text, size_t begin, size_t last, size_t next, size_t next_end,
                  size_t after, size_t after_end) {
  if (!IsMiddleGroup(WithoutBlanks(text, next, next_end))) return false;
  std::string_view below_line = WithoutBlanks(text, after, after_end);
  below_line.remove_suffix(TrailingDecoration(below_line));
  const size_t below = DigitPieceDigits(below_line);
  if (below == 0 || below > kMaxLeadingDigits) return false;
  const std::string_view line = WithoutBlanks(text, begin, last);
  const size_t above = DigitPieceDigits(line);
  if (above > 0) return above <= kMaxLeadingDigits;
  const size_t trailing = TrailingDigitPieceDigits(line);
  return trailing > 0 && trailing <= kMaxLeadingDigits;
}

// Whether the line [begin, last), the last one a chain of GroupPerLine's joins reached, and the
// next line [next, next_end) hold one digit each and nothing else but blanks (and emoji after
// the second, as a card's last line has): a number written one digit a line down a story's
// screen ("my number ⬇⏎0⏎8⏎3⏎…⏎6"), whose last line no third one follows for GroupPerLine. One
// digit a line only: a longer group after a chain may be another number.
bool LastDigitOfAColumn(std::string_view text, size_t begin, size_t last, size_t next,
                        size_t next_end) {
  const std::string_view line = WithoutBlanks(text, begin, last);
  std::string_view below = WithoutBlanks(text, next, next_end);
  below.remove_suffix(TrailingDecoration(below));
  below = WithoutBlanks(below, 0, below.size());
  return line.size() == 1 && IsDigit(line[0]) && below.size() == 1 && IsDigit(below[0]);
}

// The quote marks that open a quoted line of an e-mail or a chat ("> ", ">> ", "> > "), with the
// blanks around them: their length, 0 when the line is not quoted.
size_t QuotePrefix(std::string_view text, size_t begin, size_t end) {
  size_t k = begin;
  while (k < end && IsBlank(text[k]) && k - begin < 4) ++k;
  if (k >= end || text[k] != '>') return 0;
  while (k < end && (text[k] == '>' || IsBlank(text[k])) && k - begin < 16) ++k;
  return k - begin;
}

// Markup between two digit groups on one line: tags ("</strong> <em>", "</td><td>") and blanks.
constexpr size_t kMaxTags = 96;
// A group this long or longer is a number's bulk, not one of the short pieces markup splits.
constexpr size_t kMaxTaggedGroup = 5;

// The length of the tag at text[at] ('<'): "<b>", "</span>", "<td class=x>"; else 0.
size_t TagLength(std::string_view text, size_t at, size_t limit) {
  if (at + 2 >= limit) return 0;
  const char first = text[at + 1];
  if (!(first == '/' || IsAsciiLetter(first))) return 0;
  for (size_t k = at + 2; k < limit; ++k) {
    if (text[k] == '>') return k + 1 - at;
    if (text[k] == '<' || text[k] == '\n') return 0;
  }
  return 0;
}

// The digits of the group that ends at `end` (or starts at `begin` when forward), at most
// kMaxTaggedGroup + 1 counted.
size_t GroupBefore(std::string_view text, size_t end) {
  size_t k = end;
  while (k > 0 && end - k <= kMaxTaggedGroup && IsDigit(text[k - 1])) --k;
  return end - k;
}
size_t GroupAfter(std::string_view text, size_t begin) {
  size_t k = begin;
  while (k < text.size() && k - begin <= kMaxTaggedGroup && IsDigit(text[k])) ++k;
  return k - begin;
}

// Markup between two short digit groups ("<strong>389</strong> <em>412</em> <u>7735</u>"): the
// tag at `at` and the tags and blanks around it, between a group of at most kMaxTaggedGroup
// digits and another, become one space; with one dash, dot or slash between the tags too
// ("<span>0888</span><span>-</span><span>527</span>", "<a>06</a>-<a>1947</a>"), and a group in
// brackets on either side ("<b>+7</b> <b>(999)</b> <i>183</i>"). Returns where to look for the next
// tag.
size_t TagJoinAt(std::string_view text, size_t at, std::vector<LineJoin>& out) {
  size_t begin = at;
  while (begin > 0 && at - begin < 2 && IsBlank(text[begin - 1])) --begin;
  // A group in brackets ends at its ')' ("<b>(999)</b> <i>183</i>").
  const size_t group_end = begin > 0 && text[begin - 1] == ')' ? begin - 1 : begin;
  const size_t before = GroupBefore(text, group_end);
  if (before == 0 || before > kMaxTaggedGroup) return at + 1;
  const size_t limit = std::min(text.size(), at + kMaxTags);
  size_t k = at;
  bool separator = false;  // one dash, dot or slash between the tags ("06</a>-<a>1947")
  while (k < limit) {
    if (IsBlank(text[k])) {
      ++k;
    } else if (text[k] == '<') {
      const size_t length = TagLength(text, k, limit);
      if (length == 0) return k + 1;
      k += length;
    } else if (!separator && (text[k] == '-' || text[k] == '.' || text[k] == '/') && k > at) {
      separator = true;
      ++k;
    } else {
      break;
    }
  }
  if (k >= limit) return k;
  // A separator must stand between tags, not right before the next group ("</b>-5").
  if (separator && (text[k - 1] == '-' || text[k - 1] == '.' || text[k - 1] == '/')) return k;
  const size_t after = GroupAfter(text, k < text.size() && text[k] == '(' ? k + 1 : k);
  if (after == 0 || after > kMaxTaggedGroup) return k;
  out.push_back(LineJoin{static_cast<uint32_t>(begin), static_cast<uint32_t>(k), false});
  return k;
}

// Whether `s` is a whole address: a local part, one '@', and a domain of labels and dots whose
// last is a common top-level domain ("bianca.belle93@yahoo.com").
bool IsWholeAddress(std::string_view s) {
  const size_t at = s.find('@');
  if (at == std::string_view::npos || at == 0 || s.find('@', at + 1) != std::string_view::npos ||
      !IsAsciiAlnum(s[0])) {
    return false;
  }
  for (size_t k = 0; k < at; ++k) {
    if (!IsAsciiAlnum(s[k]) && std::strchr("._-+", s[k]) == nullptr) return false;
  }
  const std::string_view domain = s.substr(at + 1);
  const size_t dot = domain.rfind('.');
  if (dot == std::string_view::npos || domain.empty() || !IsAsciiAlnum(domain[0])) return false;
  char previous = '.';
  for (const char c : domain) {
    if (c == '.') {
      if (previous == '.' || previous == '-') return false;
    } else if (!IsAsciiAlnum(c) && c != '-') {
      return false;
    }
    previous = c;
  }
  return IsCommonTld(domain.substr(dot + 1));
}

// A piece of an address alone in a message or on a line ("@", "yahoo", ".com", "@gmail"): the
// bytes of an address only.
bool IsAddressPiece(std::string_view m) {
  if (m.empty() || m.size() > kMaxPiece) return false;
  return std::all_of(m.begin(), m.end(), [](char c) {
    return IsAsciiAlnum(c) || (c != '\0' && std::strchr("._-+@", c) != nullptr);
  });
}

// One line read as a piece's holder: a chat line's message (and its speaker), or a line of plain
// text, its blanks and a quote's marks left out.
struct PieceLine {
  size_t line_begin, line_end;  // the line, to go on from
  size_t begin, end;            // the message
  std::string_view speaker;
  bool chat;
  size_t receipts;  // receipt lines passed between this line and the one before
};

// The most pieces of one address over lines ("bianca.belle93⏎@⏎yahoo⏎.com": four).
constexpr size_t kMaxAddressPieces = 5;
// The most receipt lines between two pieces ("21:09 ✓✓").
constexpr size_t kMaxReceipts = 2;

// Whether the line [begin, last) and the next [next, next_end) may hold pieces PiecesOverLines
// reads: the line ends in '_', '.', '@' or a check mark, or its last word holds an '@'; or the
// next line opens with '@', '.' or '_', holds an '@' near its start (after a chat line's
// prefix), or is a receipt. A few bytes read.
bool MayHoldPieces(std::string_view text, size_t begin, size_t last, size_t next, size_t next_end) {
  const char c = text[last - 1];
  if (c == '_' || c == '.' || c == '@') return true;
  if ((c == '\x93' || c == '\x94') && last >= begin + 3 && text[last - 3] == '\xe2' &&
      text[last - 2] == '\x9c') {
    return true;
  }
  // An '@' in the line's last word ("x@gmail", the next line ".com").
  for (size_t k = last; k > begin && last - k < kMaxPiece && !IsBlank(text[k - 1]); --k) {
    if (text[k - 1] == '@') return true;
  }
  size_t k = next;
  while (k < next_end && IsBlank(text[k])) ++k;
  if (k >= next_end) return false;
  if (text[k] == '@' || text[k] == '.' || text[k] == '_') return true;
  const size_t until = std::min(next_end, k + kMaxPrefix + 4);
  if (std::memchr(text.data() + k, '@', until - k) != nullptr) return true;
  if (IsDigit(text[k]) || text[k] == '\xe2') {
    return IsReceiptLine(WithoutBlanks(text, k, next_end));
  }
  return false;
}

// The pieces of one selector over lines that the joins above leave: a screenshot's bubbles with
// read receipts between or after them ("068 749⏎21:09 ✓✓⏎052", "ira.lviv 21:09 ✓✓⏎@gmail.com"),
// an address over two to five lines or one speaker's messages, each break at its '@' or a dot
// ("bianca.belle93⏎@⏎yahoo⏎.com", "Bianca: email alina.star18⏎Bianca: @yahoo⏎Bianca: .com"), and
// a username broken at its '_' or '.' over plain lines ("Insta: @fleur_adam_⏎new"). Pieces are
// one speaker's, or all plain lines; a blank line ends them. The line [begin, end) holds the first
// piece. Appends the joins (the receipt lines go with the breaks) and returns the start of the
// last line joined (`last_end`: its end), or 0 when none.
template <typename LineEnd>
size_t PiecesOverLines(std::string_view text, size_t begin, size_t end, const LineEnd& line_end,
                       std::vector<LineJoin>& out, size_t& last_end) {
  const auto read = [&](size_t line_begin, size_t stop, size_t receipts) {
    const size_t quote = QuotePrefix(text, line_begin, stop);
    PieceLine p{line_begin, stop, 0, 0, {}, false, receipts};
    // A bubble's receipt is no speaker's time ("ama.rose92 21:09 ✓✓" is no chat line).
    size_t e = stop;
    while (e > line_begin + quote && IsBlank(text[e - 1])) --e;
    e -= TrailingReceipt(text.substr(line_begin + quote, e - line_begin - quote));
    if (const auto chat = ReadChatLine(text, line_begin + quote, e)) {
      p.begin = chat->message_begin;
      p.end = chat->message_end;
      p.speaker = chat->speaker;
      p.chat = true;
    } else {
      const std::string_view m = WithoutBlanks(text, line_begin + quote, stop);
      p.begin = static_cast<size_t>(m.data() - text.data());
      p.end = p.begin + m.size();
    }
    return p;
  };
  const auto message = [&](const PieceLine& p) {
    std::string_view m = text.substr(p.begin, p.end - p.begin);
    m.remove_suffix(TrailingReceipt(m));
    return m;
  };
  // The piece on the line after the one that ends at `from`, past receipt lines.
  const auto next_piece = [&](const PieceLine& first, size_t from) -> std::optional<PieceLine> {
    size_t receipts = 0;
    while (from < text.size()) {
      const size_t line = from + 1, stop = line_end(line);
      const std::string_view trimmed = WithoutBlanks(text, line, stop);
      if (trimmed.empty()) return std::nullopt;
      if (receipts < kMaxReceipts && IsReceiptLine(trimmed)) {
        ++receipts;
        from = stop;
        continue;
      }
      const PieceLine p = read(line, stop, receipts);
      // A plain line after a chat line goes on with its message (an export writes a message's
      // second line without a prefix; "Insta: @fleur_adam_⏎new" reads as one too).
      if (p.begin == p.end || (p.chat && (!first.chat || p.speaker != first.speaker)))
        return std::nullopt;
      return p;
    }
    return std::nullopt;
  };
  const PieceLine first = read(begin, end, 0);
  if (first.begin == first.end) return 0;
  const std::string_view a = message(first);
  const auto second = next_piece(first, end);
  if (!second || a.empty()) return 0;
  const std::string_view b = message(*second);
  if (b.empty()) return 0;
  const bool receipts = a.size() < first.end - first.begin || second->receipts > 0;
  const auto a_end = static_cast<uint32_t>(first.begin + a.size());
  const auto b_begin = static_cast<uint32_t>(second->begin);
  // A number's pieces over bubbles: digits alone (or after words), then digits alone.
  if (receipts && IsDigit(b[0])) {
    const size_t da = DigitPieceDigits(a), ta = da == 0 ? TrailingDigitPieceDigits(a) : 0;
    const size_t db = DigitPieceDigits(b);
    if (((da > 0 && da <= kMaxLeadingDigits) || (ta >= 2 && ta <= kMaxLeadingDigits)) && db > 0 &&
        db <= kMaxLeadingDigits) {
      out.push_back(LineJoin{a_end, b_begin, false});
      last_end = second->line_end;
      return second->line_begin;
    }
  }
  // A username's pieces (one speaker's messages next to each other ChatJoin reads).
  if ((!first.chat || !second->chat || receipts) && ContinuesName(a, b)) {
    out.push_back(LineJoin{a_end, b_begin, true});
    last_end = second->line_end;
    return second->line_begin;
  }
  // An address's pieces: the first line's last word, then words of an address alone.
  size_t t = a.size();
  while (t > 0 && !IsBlank(a[t - 1]) && a.size() - t <= kMaxPiece) --t;
  const std::string_view local = a.substr(t);
  if (local.empty() || !IsAddressPiece(local) || !IsAsciiAlnum(local[0]) || IsWholeAddress(local)) {
    return 0;
  }
  // A last word that ends in a dot and stands after other words is a sentence's end, not a
  // local part broken at its dot ("…von dem Hotel Lindenhof.⏎jasmine@gmail.com"): when the next
  // line holds an address of its own, the word must be its line's piece alone (as a bubble's, or
  // after a label's ':').
  if (const size_t at = b.find('@'); local.back() == '.' && at != std::string_view::npos &&
                                     at > 0 && IsAsciiAlnum(b[0]) && HasHostDot(b.substr(at + 1))) {
    size_t label = t;
    while (label > 0 && IsBlank(a[label - 1])) --label;
    if (label > 0 && a[label - 1] != ':') return 0;
  }
  bool marked = false;
  const bool sure_local =
      (IsLocalPartPiece(local, marked) && marked) || local.back() == '@' || receipts;
  std::string address(local);
  std::array<LineJoin, kMaxAddressPieces> joins{};
  size_t count = 0;
  std::optional<PieceLine> piece = second;
  std::string_view m = b;
  uint32_t join_begin = a_end;
  while (piece && count + 1 < kMaxAddressPieces) {
    if (!IsAddressPiece(m) ||
        !(address.back() == '@' || address.back() == '.' || m[0] == '@' || m[0] == '.')) {
      return 0;
    }
    address += m;
    joins[count++] = LineJoin{join_begin, static_cast<uint32_t>(piece->begin), true};
    if (IsWholeAddress(address)) {
      if (count == 1 && !sure_local) return 0;
      out.insert(out.end(), joins.begin(), joins.begin() + count);
      last_end = piece->line_end;
      return piece->line_begin;
    }
    join_begin = static_cast<uint32_t>(piece->begin + m.size());
    piece = next_piece(first, piece->line_end);
    if (piece) m = message(*piece);
  }
  return 0;
}

// A Telegram copy of several messages: each under a header line "Name, [04.12.26 21:05]", the
// message on the next line, a blank line before the next header. The speaker and the message
// of the line after the header that ends at `end` (its ']'), or nullopt when the line
// [begin, end) is no header.
std::optional<ChatLine> TelegramCopyMessage(std::string_view text, size_t begin, size_t end,
                                            size_t next, size_t next_end) {
  size_t last = end;
  while (last > begin && IsBlank(text[last - 1])) --last;
  if (last == begin || text[last - 1] != ']' || last - begin > kMaxPrefix) return std::nullopt;
  const size_t bracket = text.rfind(", [", last);
  if (bracket == std::string_view::npos || bracket <= begin || bracket - begin > kMaxSpeaker)
    return std::nullopt;
  if (!(IsAsciiLetter(text[begin]) || IsNonAscii(text[begin]))) return std::nullopt;
  if (SkipTime(text, bracket + 2, last) != last) return std::nullopt;
  size_t message_begin = next, message_end = next_end;
  while (message_begin < message_end && IsBlank(text[message_begin])) ++message_begin;
  while (message_end > message_begin && IsBlank(text[message_end - 1])) --message_end;
  if (message_begin == message_end) return std::nullopt;
  return ChatLine{text.substr(begin, bracket - begin), message_begin, message_end};
}

// The joins of the pieces of one selector in two consecutive messages of one speaker of a
// Telegram copy ("Lina, [04.12.26 21:05]⏎meine Nummer ist 0176 4412⏎⏎Lina, [04.12.26 21:05]⏎
// 3319"): the messages are one line each, a blank line between the first and the next header.
void TelegramCopyJoins(std::string_view text, std::vector<LineJoin>& out) {
  const auto line_end = [&](size_t from) {
    const void* newline = std::memchr(text.data() + from, '\n', text.size() - from);
    return newline == nullptr
               ? text.size()
               : static_cast<size_t>(static_cast<const char*>(newline) - text.data());
  };
  std::optional<ChatLine> previous;  // the last message, when a blank line followed it
  size_t between = 0;                // other speakers' messages since `previous`
  size_t begin = 0;
  while (begin < text.size()) {
    const size_t end = line_end(begin);
    size_t last = end;
    while (last > begin && IsBlank(text[last - 1])) --last;
    std::optional<ChatLine> message;
    if (last > begin && text[last - 1] == ']' && end < text.size())
      message = TelegramCopyMessage(text, begin, end, end + 1, line_end(end + 1));
    if (!message) {
      previous.reset();
      between = 0;
      begin = end + 1;
      continue;
    }
    // Another speaker's short message between two pieces ("Tom, [04.12.26 21:05]⏎ok") is
    // passed by, as in a chat log (up to kMaxInterruptions of them).
    const std::string_view said =
        text.substr(message->message_begin, message->message_end - message->message_begin);
    const bool interruption =
        previous && previous->speaker != message->speaker && between < kMaxInterruptions &&
        said.size() <= kMaxRemark &&
        std::none_of(said.begin(), said.end(), [](char c) { return IsDigit(c) || c == '@'; });
    if (previous && previous->speaker == message->speaker) {
      bool spelled = false;
      if (const auto join = ChatJoin(text, *previous, *message, spelled); join && !spelled)
        out.push_back(*join);
    }
    if (interruption) {
      ++between;
    } else {
      previous.reset();
      between = 0;
    }
    // The message's line, then a blank line before the next header.
    const size_t message_line_end = line_end(message->message_end);
    const size_t blank = message_line_end + 1;
    if (blank < text.size()) {
      const size_t blank_end = line_end(blank);
      size_t k = blank;
      while (k < blank_end && IsBlank(text[k])) ++k;
      if (k == blank_end) {
        if (!interruption) previous = message;
        begin = blank_end + 1;
        continue;
      }
    }
    // Or the next header right on the next line, as a copy without blank lines writes them
    // ("Софія, [28.12.2026 21:14]⏎новий номер 050 743⏎Софія, [28.12.2026 21:15]⏎95 54"): the
    // loop's next turn resets `previous` when that line is no header.
    if (!interruption) previous = message;
    begin = message_line_end + 1;
  }
}

}  // namespace

size_t ChatTimeEnd(std::string_view text, size_t at) {
  return SkipTime(text, at, std::min(text.size(), at + kMaxPrefix));
}

void FindTagJoins(std::string_view text, std::vector<LineJoin>& out) {
  size_t at = 0;
  while (at < text.size()) {
    const void* tag = std::memchr(text.data() + at, '<', text.size() - at);
    if (tag == nullptr) return;
    at = static_cast<size_t>(static_cast<const char*>(tag) - text.data());
    at = TagJoinAt(text, at, out);
  }
}

void FindHashtagJoins(std::string_view text, std::vector<LineJoin>& out) {
  constexpr size_t kMinGroups = 3, kMaxGroupDigits = 5, kMinDigits = 8, kMaxDigits = 15;
  size_t at = 0;
  while (at < text.size()) {
    const void* hash = std::memchr(text.data() + at, '#', text.size() - at);
    if (hash == nullptr) return;
    at = static_cast<size_t>(static_cast<const char*>(hash) - text.data());
    if (at > 0 && !IsBlank(text[at - 1])) {
      ++at;
      continue;
    }
    // The chain of hashtags of digits from here, one blank between them.
    std::array<uint32_t, 8> marks{};
    size_t groups = 0, digits = 0, k = at;
    while (groups < marks.size() && k + 1 < text.size() && text[k] == '#' && IsDigit(text[k + 1])) {
      const size_t group = k + 1;
      size_t e = group;
      while (e < text.size() && IsDigit(text[e])) ++e;
      if (e - group > kMaxGroupDigits ||
          (e < text.size() && !IsBlank(text[e]) && text[e] != ',' && text[e] != '.')) {
        break;
      }
      marks[groups++] = static_cast<uint32_t>(k);
      digits += e - group;
      k = e;
      if (k + 1 < text.size() && text[k] == ' ' && text[k + 1] == '#') ++k;
    }
    if (groups >= kMinGroups && digits >= kMinDigits && digits <= kMaxDigits) {
      for (size_t g = 0; g < groups; ++g) out.push_back(LineJoin{marks[g], marks[g] + 1, true});
    }
    at = std::max(k, at + 1);
  }
}

namespace {

// A crypto address written in groups at text[at] ("0xf1 8d7b 8de3 … 2e", "bc1q yzam mu60 …
// pp"): its prefix glued to its first group, then groups of one to four characters of its
// alphabet, one blank between them, one of `lengths` characters in all (the prefix's included)
// and no more. Appends the address glued in place of the groups (the folder's reading of digit
// groups inside it gives way); the extractor checks the address (EIP-55, bech32).
template <typename IsChar>
void GroupedAddressAt(std::string_view text, size_t at, size_t prefix,
                      std::initializer_list<size_t> lengths, IsChar&& is_char,
                      std::vector<PartSpread>& out) {
  constexpr size_t kMaxGroup = 4, kMaxGroups = 24;
  std::string address(text.substr(at, prefix));
  size_t groups = 0, k = at + prefix;
  // The longest run of groups whose length is an address's (a word after it may look like one
  // more group: "… t4 thanks").
  size_t end = 0, length = 0;
  for (;;) {
    const size_t group = k;
    while (k < text.size() && is_char(text[k]) && k - group <= kMaxGroup) ++k;
    if (k == group || k - group > kMaxGroup) break;
    if (k < text.size() && (IsAsciiLetter(text[k]) || IsDigit(text[k]))) break;
    address.append(text.substr(group, k - group));
    ++groups;
    if (groups >= 3 && std::find(lengths.begin(), lengths.end(), address.size()) != lengths.end()) {
      end = k;
      length = address.size();
    }
    if (k + 1 >= text.size() || text[k] != ' ' || !is_char(text[k + 1]) || groups == kMaxGroups) {
      break;
    }
    ++k;
  }
  if (end == 0) return;
  address.resize(length);
  out.push_back(PartSpread{static_cast<uint32_t>(at), static_cast<uint32_t>(end),
                           std::move(address), static_cast<uint32_t>(end), /*whole=*/true});
}

}  // namespace

void FindGroupedAddresses(std::string_view text, std::vector<PartSpread>& out) {
  // "0x" and "bc1" after a blank: rare in prose, found by find (memchr underneath).
  // The 'x' by memchr: '0' is as common as digits are.
  for (const char* x = static_cast<const char*>(std::memchr(text.data(), 'x', text.size()));
       x != nullptr;
       x = static_cast<const char*>(std::memchr(x + 1, 'x', text.size() - (x + 1 - text.data())))) {
    const auto at = static_cast<size_t>(x - text.data());
    if (at == 0 || text[at - 1] != '0' || (at >= 2 && !IsBlank(text[at - 2]))) continue;
    GroupedAddressAt(text, at - 1, 2, {42}, IsHexChar, out);
    WrappedEthereumAt(text, at - 1, out);
  }
  for (size_t at = text.find("bc1"); at != std::string_view::npos; at = text.find("bc1", at + 3)) {
    if (at == 0 || IsBlank(text[at - 1])) {
      GroupedAddressAt(text, at, 3, {42, 62}, IsBech32Char, out);
      WrappedSegwitAt(text, at, out);
    }
  }
}

void FindEscapeJoins(std::string_view text, std::vector<LineJoin>& out) {
  size_t at = 0;
  while (at < text.size()) {
    const void* slash = std::memchr(text.data() + at, '\\', text.size() - at);
    if (slash == nullptr) return;
    at = static_cast<size_t>(static_cast<const char*>(slash) - text.data());
    // A markdown escape between two digit groups: "0176\_4412\_3319", "07700\-900\-123",
    // "06\.12\.34": the backslash goes, the mark it escapes stays a separator.
    if (at > 0 && IsDigit(text[at - 1]) && at + 2 < text.size() &&
        std::strchr("_-.*~", text[at + 1]) != nullptr && text[at + 1] != '\0' &&
        IsDigit(text[at + 2])) {
      out.push_back(LineJoin{static_cast<uint32_t>(at), static_cast<uint32_t>(at + 1), true});
    }
    ++at;
  }
}

namespace {

// The words that head a voice message's transcript in the eleven languages, lower case (Lower()):
// the heading ends with a colon after one of them ("Voice message (0:14) · Transcript:",
// "Transcription :", "Голосовое сообщение · Расшифровка:").
// Also the words for a voice or audio message, which head one before its duration ("🎤 Audio 0:18
// · transcribed automatically ·", "Sprachnachricht (0:21)": DurationHeadsTranscript) and, as
// "voicemail" does, before a colon of their own ("Sprachnachricht: …"; HeadsTranscript reads words
// of six bytes or more, so not "audio:" or "voice:").
constexpr std::array<std::string_view, 31> kTranscriptWords = {
    "transcript",   "transcription",   "transkript",    "transkription", "transcriptie",
    "transcriere",  "transcrierea",    "transcripción", "transcripcion", "trascrizione",
    "transkrypcja", "transkrypt",      "transcrição",   "voicemail",     "транскрипция",
    "транскрипт",   "транскрипція",    "расшифровка",   "розшифровка",   "препис",
    "audio",        "аудио",           "аудіо",         "voice",         "vocal",
    "vocale",       "sprachnachricht", "spraakbericht", "голосовое",     "голосове",
    "гласово"};

// A speaker's fillers and discourse words between the groups of a number read out, as
// speech-to-text writes them, lower case (Lower()). A letter drawn out ("yyy", "eee", "ăă", "ъъ",
// "mmm") is one too (IsTranscriptFiller). Not "no" (a correction: "nine, no, eight") nor "e"/"y"
// alone ("and" in Italian and Spanish).
constexpr std::array<std::string_view, 40> kTranscriptFillers = {
    "so",    "um",  "uh",     "er",    "erm",    "ok",   "okay", "well",   "also",  "äh",
    "ähm",   "öhm", "ehm",    "eh",    "donc",   "euh",  "bah",  "ben",    "alors", "dus",
    "deci",  "păi", "pai",    "значи", "ами",    "pues", "este", "allora", "cioè",  "tipo",
    "czyli", "ну",  "короче", "вот",   "значит", "от",   "э-э",  "е-е",    "hmm",   "hm"};

// The bytes a transcript word may end with as written (either case of an ASCII letter, any
// non-ASCII byte): a cheap test before a heading's word is walked and lowered. Most colons in
// prose follow a word or a digit that ends otherwise ("Tel:", "Views:", "21:30").
constexpr auto kTranscriptWordEnds = [] {
  std::array<bool, 256> ends{};
  for (std::string_view w : kTranscriptWords) {
    const auto c = static_cast<unsigned char>(w.back());
    ends[c] = true;
    if (c >= 'a' && c <= 'z') ends[c - 0x20] = true;
  }
  for (size_t c = 0x80; c < 0x100; ++c) ends[c] = true;
  return ends;
}();

bool EndsLikeTranscriptWord(std::string_view text, size_t end) {
  return end > 0 && kTranscriptWordEnds[static_cast<unsigned char>(text[end - 1])];
}

bool IsTranscriptFiller(std::string_view word) {
  if (word.size() > 16) return false;
  const std::string lower = Lower(word);
  if (std::find(kTranscriptFillers.begin(), kTranscriptFillers.end(), lower) !=
      kTranscriptFillers.end()) {
    return true;
  }
  // A letter drawn out: two or more of one character, a letter ("yyy", "ăă", "ъъ").
  const auto first = static_cast<unsigned char>(lower[0]);
  const size_t len = first < 0x80 ? 1 : first < 0xE0 ? 2 : first < 0xF0 ? 3 : 4;
  if (lower.size() < 2 * len || lower.size() % len != 0) return false;
  if (len == 1 && !IsAsciiLetter(lower[0])) return false;
  for (size_t k = len; k < lower.size(); k += len) {
    if (lower.compare(k, len, lower, 0, len) != 0) return false;
  }
  return true;
}

// A byte of a word or digit group of a transcript: letters, digits, a hyphen or an apostrophe
// inside a word ("quatre-vingt", "э-э", "number's"), and non-ASCII bytes but an ellipsis's.
bool IsTranscriptTokenByte(std::string_view text, size_t k) {
  const auto c = static_cast<unsigned char>(text[k]);
  if (c < 0x80) return IsAsciiAlnum(static_cast<char>(c)) || c == '-' || c == '\'';
  return !(c == 0xE2 && text.substr(k, 3) == "\u2026");
}

// The transcript body after a heading's colon at `colon`: whether the word before it (a blank
// between allowed: "Transcription :") is a transcript word.
bool HeadsTranscript(std::string_view text, size_t colon) {
  size_t e = colon;
  if (e > 0 && text[e - 1] == ' ') --e;
  if (!EndsLikeTranscriptWord(text, e)) return false;
  size_t s = e;
  while (s > 0 && e - s <= 26 &&
         (IsAsciiLetter(text[s - 1]) || static_cast<unsigned char>(text[s - 1]) >= 0x80)) {
    --s;
  }
  if (e - s < 6 || e - s > 26) return false;
  const std::string lower = Lower(text.substr(s, e - s));
  return std::find(kTranscriptWords.begin(), kTranscriptWords.end(), lower) !=
         kTranscriptWords.end();
}

// A microphone emoji ("🎤" U+1F3A4, "🎙" U+1F399, maybe with U+FE0F) ending at `end`: its
// start, or npos.
size_t MicrophoneBefore(std::string_view text, size_t end) {
  constexpr std::string_view kSelector = "\ufe0f";
  if (end >= kSelector.size() && text.substr(end - kSelector.size(), kSelector.size()) == kSelector)
    end -= kSelector.size();
  if (end < 4) return std::string_view::npos;
  const std::string_view emoji = text.substr(end - 4, 4);
  return emoji == "\U0001F3A4" || emoji == "\U0001F399" ? end - 4 : std::string_view::npos;
}

// A voice message's heading that gives its duration ("Audio 0:18 · transcribed automatically ·
// …", "Sprachnachricht (0:21) …", a microphone emoji and "0:42"): the colon at `colon` is a
// duration's (one or two digits, the colon, two digits), after a transcript word
// (kTranscriptWords, a bracket and blanks between allowed) or a microphone emoji. Where the
// duration ends, or npos. The heading's other words ("transcribed automatically") are read as the
// body's, which holds no digit there.
size_t DurationHeadsTranscript(std::string_view text, size_t colon) {
  if (colon == 0 || colon + 3 > text.size() || !IsDigit(text[colon - 1]) ||
      !IsDigit(text[colon + 1]) || !IsDigit(text[colon + 2]) ||
      (colon + 3 < text.size() && (IsDigit(text[colon + 3]) || text[colon + 3] == ':'))) {
    return std::string_view::npos;
  }
  size_t e = colon - 1;
  if (e > 0 && IsDigit(text[e - 1])) --e;
  if (e > 0 && (IsDigit(text[e - 1]) || text[e - 1] == ':' || text[e - 1] == '.')) {
    return std::string_view::npos;  // a time of day with seconds, a date's
  }
  if (e > 0 && text[e - 1] == '(') --e;
  while (e > 0 && text[e - 1] == ' ' && colon - e < 8) --e;
  if (MicrophoneBefore(text, e) != std::string_view::npos) return colon + 3;
  if (!EndsLikeTranscriptWord(text, e)) return std::string_view::npos;
  size_t s = e;
  while (s > 0 && e - s <= 26 && (IsAsciiLetter(text[s - 1]) || IsNonAscii(text[s - 1]))) --s;
  if (e - s < 5 || e - s > 26) return std::string_view::npos;
  const std::string lower = Lower(text.substr(s, e - s));
  return std::find(kTranscriptWords.begin(), kTranscriptWords.end(), lower) !=
                 kTranscriptWords.end()
             ? colon + 3
             : std::string_view::npos;
}

// An ellipsis at text[k]: "..." or "…"; its length, or 0.
size_t EllipsisAt(std::string_view text, size_t k) {
  if (text.substr(k, 3) == "...") return 3;
  if (text.substr(k, 3) == "\u2026") return 3;
  return 0;
}

// Whether a piece of the hyphenated word is a number word that yields digits ("quatre-vingt").
bool HasDigitYieldingPiece(std::string_view word) {
  for (size_t b = 0; b < word.size();) {
    size_t e = word.find('-', b);
    if (e == std::string_view::npos) e = word.size();
    if (e > b && IsDigitYieldingWord(word.substr(b, e - b))) return true;
    b = e + 1;
  }
  return false;
}

// A speaker's aside between two ellipses ("... let me think ...", "... right, so ...", "... a
// ver ...", "... ну это ..."): from the word at text[k] (after an ellipsis), one to kMaxAsideWords
// words of letters, commas between them allowed, then blanks and another ellipsis. Speech-to-text
// writes a pause before and after what is said aside, whatever the words. Returns where the closing
// ellipsis starts, or npos when the words are not that, hold a digit or a number word that yields
// digits ("... five ..." is a group of the number).
// With `commas`, the aside is set off by commas instead ("zero four four nine, sorry, eight nine
// …", "quatre, du coup, trois", "cztery, no więc, sześć"): after a comma, one to kMaxAsideWords
// words and another comma; returns where the closing comma ends. A correction ("nine, no,
// eight", "vier, nein, fünf": IsCorrectionWord) or a single word of two bytes or fewer is none.
size_t AsideEnd(std::string_view text, size_t k, size_t end, bool commas = false) {
  constexpr size_t kMaxAsideWords = 3, kMaxAsideWord = 24;
  const size_t start = k;
  for (size_t words = 0; words < kMaxAsideWords; ++words) {
    size_t e = k;
    while (e < end && e - k <= kMaxAsideWord &&
           (IsAsciiLetter(text[e]) || IsNonAscii(text[e]) || text[e] == '\'' || text[e] == '-') &&
           EllipsisAt(text, e) == 0) {
      ++e;
    }
    if (e == k || e - k > kMaxAsideWord || IsDigitYieldingWord(text.substr(k, e - k))) {
      return std::string_view::npos;
    }
    // A compound of number words ("quatre-vingt-dix-sept") is a group of the number.
    if (commas &&
        (HasDigitYieldingPiece(text.substr(k, e - k)) || IsCorrectionWord(text.substr(k, e - k)))) {
      return std::string_view::npos;
    }
    if (commas && e < end && text[e] == ',') {
      return words == 0 && e - start <= 2 ? std::string_view::npos : e + 1;
    }
    if (commas && (e >= end || text[e] != ' ')) return std::string_view::npos;
    if (e < end && text[e] == ',') ++e;
    while (e < end && IsBlank(text[e])) ++e;
    if (e < end && EllipsisAt(text, e) != 0) return e;
    k = e;
  }
  return std::string_view::npos;
}

// The joins of one transcript body [begin, end) (FindTranscriptJoins).
void TranscriptBodyJoins(std::string_view text, size_t begin, size_t end,
                         std::vector<LineJoin>& out, std::vector<bool>& digits_both) {
  constexpr size_t kMaxGap = 40;
  bool have_prev = false, prev_digits = false;
  size_t prev_end = 0;
  bool mark = false, dot = false, blank = false, ellipsis = false, comma = false;
  int fillers = 0;
  size_t k = begin;
  while (k < end) {
    const char c = text[k];
    if (c == ' ' || c == '\t') {
      blank = true;
      ++k;
      continue;
    }
    if (const size_t dots = EllipsisAt(text, k); dots != 0) {
      mark = dot = ellipsis = true;
      k += dots;
      continue;
    }
    if (c == ',' || c == '.' || c == ';') {
      mark = true;
      dot |= c == '.';
      comma |= c == ',';
      ++k;
      continue;
    }
    // A speaker's aside between two ellipses or two commas after a word or group: a pause, as a
    // filler is.
    if (have_prev && (ellipsis || comma) && blank && fillers == 0) {
      if (const size_t aside = AsideEnd(text, k, end, !ellipsis); aside != std::string_view::npos) {
        fillers = 1;
        k = aside;
        continue;
      }
    }
    if (!IsTranscriptTokenByte(text, k)) {
      have_prev = false;
      ++k;
      continue;
    }
    size_t e = k;
    while (e < end && IsTranscriptTokenByte(text, e)) ++e;
    const std::string_view token = text.substr(k, e - k);
    const bool digits =
        std::all_of(token.begin(), token.end(), [](char ch) { return IsDigit(ch); });
    if (!digits && have_prev && IsTranscriptFiller(token)) {
      ++fillers;
      if (fillers > 2) have_prev = false;
      k = e;
      continue;
    }
    if (have_prev && blank && (mark || fillers > 0) && k - prev_end <= kMaxGap &&
        (prev_digits || digits || dot || fillers > 0)) {
      out.push_back(LineJoin{static_cast<uint32_t>(prev_end), static_cast<uint32_t>(k), false});
      digits_both.push_back(prev_digits && digits);
    }
    have_prev = true;
    prev_digits = digits;
    prev_end = e;
    mark = dot = blank = ellipsis = comma = false;
    fillers = 0;
    k = e;
  }
}

}  // namespace

void FindSpelledJoins(std::string_view text, std::vector<LineJoin>& out) {
  constexpr size_t kMinSpelledCharacters = 3, kMinSpelledLetters = 2;
  const auto single = [](char c) { return IsAsciiAlnum(c) || c == '_' || c == '.'; };
  // Before the first character: the text's start, a blank, a line's start, a colon or a
  // quotation mark (any non-ASCII byte: "„m-i-l-a", "☞ l-i-n-a").
  const auto opens = [&](size_t k) {
    return k == 0 || IsBlank(text[k - 1]) || text[k - 1] == '\n' || text[k - 1] == ':' ||
           text[k - 1] == '"' || text[k - 1] == '\'' || IsNonAscii(text[k - 1]);
  };
  const auto at = [&](size_t k) { return k < text.size() ? text[k] : '\0'; };
  // A dot or an underscore at text[k] glued between two spelled characters ("a.m-o").
  const auto glued = [&](size_t k) {
    return (at(k) == '.' || at(k) == '_') && IsAsciiAlnum(at(k - 1)) && IsAsciiAlnum(at(k + 1)) &&
           at(k + 2) == '-';
  };
  size_t from = 0;
  for (size_t hyphen = text.find('-'); hyphen != std::string_view::npos;
       hyphen = text.find('-', hyphen + 1)) {
    if (hyphen < from || hyphen == 0 || !single(text[hyphen - 1]) || !opens(hyphen - 1)) continue;
    // Single characters from hyphen - 1, each pair joined by a hyphen, or by a dot or an
    // underscore written glued between two letters or digits ("d-a-s-h-a.m-o-o-n").
    const size_t first = out.size();
    size_t characters = 1, letters = IsAsciiLetter(text[hyphen - 1]) ? 1 : 0, k = hyphen;
    while (true) {
      if (at(k) == '-' && single(at(k + 1)) && (!single(at(k + 2)) || glued(k + 2))) {
        out.push_back(LineJoin{static_cast<uint32_t>(k), static_cast<uint32_t>(k + 1), true});
      } else if (!glued(k)) {  // (a glued mark stays)
        break;
      }
      ++characters;
      letters += static_cast<size_t>(IsAsciiLetter(text[k + 1]));
      k += 2;
    }
    from = k;
    // What follows: the end, a blank, a line's end, a mark of prose; not a longer word or a hyphen.
    const bool closes = k == text.size() || IsBlank(text[k]) || text[k] == '\n' ||
                        (!single(text[k]) && text[k] != '-' && text[k] != '@');
    if (!closes || characters < kMinSpelledCharacters || letters < kMinSpelledLetters) {
      out.resize(first);
    }
  }
}

void FindEmphasisJoins(std::string_view text, std::vector<LineJoin>& out) {
  constexpr size_t kMaxEmphasisGap = 8;
  // The next '*' and '_' at or after `at` (each looked for again only once passed: linear).
  const auto next = [&](char mark, size_t from) {
    const void* found = std::memchr(text.data() + from, mark, text.size() - from);
    return found == nullptr ? text.size()
                            : static_cast<size_t>(static_cast<const char*>(found) - text.data());
  };
  size_t star = next('*', 0), low = next('_', 0);
  size_t at = 0;
  while (true) {
    if (star < at) star = next('*', at);
    if (low < at) low = next('_', at);
    at = std::min(star, low);
    if (at >= text.size()) return;
    // A gap starts right after a digit: marks, blanks, marks, then a digit.
    if (at == 0 || !IsDigit(text[at - 1])) {
      ++at;
      continue;
    }
    size_t k = at;
    bool blank = false;
    while (k < text.size() && k - at <= kMaxEmphasisGap &&
           (text[k] == '*' || text[k] == '_' || text[k] == ' ')) {
      blank |= text[k] == ' ';
      ++k;
    }
    if (blank && k < text.size() && k - at <= kMaxEmphasisGap && IsDigit(text[k]) &&
        text[k - 1] != ' ') {
      out.push_back(LineJoin{static_cast<uint32_t>(at), static_cast<uint32_t>(k), false});
    }
    at = k;
  }
}

namespace {

// The words that open a number told in parts, in lower case (Lower()): "first" in the languages of
// the ads (and Ukrainian and Bulgarian).
constexpr std::array<std::string_view, 20> kFirstPartWords = {
    "first", "firstly", "erst",     "zuerst",  "d'abord", "primero", "primeiro",
    "prima", "eerst",   "najpierw", "nejdřív", "nejdriv", "nejprve", "întâi",
    "intai", "сначала", "спочатку", "първо",   "primo",   "zunächst"};

// The words between two parts of such a number: "then", "and", "last", "finally" and the words of
// "at the end" in the same languages, lower case. Only read after a first word and a part.
constexpr std::array<std::string_view, 69> kNextPartWords = {
    // en, de, fr
    "then", "and", "last", "lastly", "finally", "next", "dann", "danach", "und", "zuletzt",
    "schließlich", "am", "ende", "puis", "ensuite", "et", "enfin", "pour", "finir",
    // es, pt, it
    "luego", "después", "y", "al", "final", "por", "último", "finalmente", "depois", "e", "fim",
    "poi", "dopo", "infine", "alla", "fine",
    // nl, pl, cs
    "dan", "daarna", "en", "als", "laatste", "tot", "slot", "potem", "następnie", "a", "i", "na",
    "koniec", "końcu", "w", "pak", "potom", "nakonec", "konec",
    // ro, ru, uk, bg
    "apoi", "și", "si", "la", "în", "sfârșit", "потом", "затем", "и", "в", "конце", "наконец",
    "потім", "кінці", "накрая"};

// The sizes of a list's words by their first byte, for each ASCII byte (bit n: a word of n bytes
// starts with it): IsPartWord's cheap test before it lowers a word and looks it up, since most
// words of prose start otherwise or are of another size. Lower() keeps a word's size and leaves
// an ASCII byte ASCII (a capital lowered) and a non-ASCII byte non-ASCII, so a word starting
// with an ASCII byte can only be a listed word starting with that byte lowered.
constexpr size_t kMaxPartWord = 24;
template <size_t N>
constexpr std::array<uint32_t, 128> SizesByFirstByte(const std::array<std::string_view, N>& words) {
  std::array<uint32_t, 128> sizes{};
  for (std::string_view w : words) {
    if (w.empty() || w.size() > kMaxPartWord) throw "a part word of 1 to kMaxPartWord bytes";
    const auto first = static_cast<unsigned char>(w[0]);
    if (first < 0x80) sizes[first] |= uint32_t{1} << w.size();
  }
  return sizes;
}
constexpr auto kFirstPartWordSizes = SizesByFirstByte(kFirstPartWords);
constexpr auto kNextPartWordSizes = SizesByFirstByte(kNextPartWords);

bool IsPartWord(std::string_view word, std::span<const std::string_view> words,
                const std::array<uint32_t, 128>& sizes) {
  if (word.empty() || word.size() > kMaxPartWord) return false;
  const auto first = static_cast<unsigned char>(word[0]);
  if (first < 0x80) {
    const auto lowered = first >= 'A' && first <= 'Z' ? first | 0x20 : first;
    if (((sizes[lowered] >> word.size()) & 1) == 0) return false;
  }
  const std::string lower = Lower(word);
  return std::find(words.begin(), words.end(), lower) != words.end();
}

// The end of the digit part that starts at text[at] (a digit): digits, single blanks, dots,
// dashes or slashes between them ("925 571 17", "61 39 26"). Counts its digits into `digits`.
size_t PartEnd(std::string_view text, size_t at, size_t& digits) {
  size_t end = at;
  while (end < text.size()) {
    if (IsDigit(text[end])) {
      ++digits;
      ++end;
    } else if (text[end] != '\0' && std::strchr(" .-/", text[end]) != nullptr &&
               end + 1 < text.size() && IsDigit(text[end + 1])) {
      ++end;
    } else {
      break;
    }
  }
  return end;
}

// The start of the next part after the gap at text[at] (the end of a part): a comma maybe, then
// one to four next-part words each after a blank, then a blank and a digit; npos when the gap is
// not that.
size_t NextPart(std::string_view text, size_t at) {
  constexpr size_t kMaxGapWords = 4;
  size_t k = at;
  if (k < text.size() && text[k] == ',') ++k;
  size_t words = 0;
  while (k < text.size() && text[k] == ' ') {
    ++k;
    if (k < text.size() && IsDigit(text[k])) return words > 0 ? k : std::string_view::npos;
    size_t e = k;
    while (e < text.size() && e - k <= 24 && !IsBlank(text[e]) && text[e] != ',' &&
           !IsDigit(text[e])) {
      ++e;
    }
    if (++words > kMaxGapWords ||
        !IsPartWord(text.substr(k, e - k), kNextPartWords, kNextPartWordSizes)) {
      return std::string_view::npos;
    }
    k = e;
  }
  return std::string_view::npos;
}

// The mask of the first `count` bytes of a step (bit k for byte k), every one let through.
uint64_t EveryByte(size_t count) {
  return (uint64_t{1} << count) - 1;
}

// Which bytes of the kOpenStep at `at` may be a digit after a blank (text[at - 1] is read too),
// bit k for byte k.
#if defined(__SSE2__)
constexpr size_t kOpenStep = 16;
// Exact: a blank before, and the byte minus '0' at most 9.
uint64_t OpenPartMask(const char* at) {
  const __m128i before = _mm_loadu_si128(reinterpret_cast<const __m128i*>(at - 1));
  const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(at));
  const __m128i blank = _mm_cmpeq_epi8(before, _mm_set1_epi8(' '));
  const __m128i from_zero = _mm_sub_epi8(bytes, _mm_set1_epi8('0'));
  const __m128i digit = _mm_cmpeq_epi8(_mm_min_epu8(from_zero, _mm_set1_epi8(9)), from_zero);
  return static_cast<uint32_t>(_mm_movemask_epi8(_mm_and_si128(blank, digit)));
}
#else
// Without SSE2 every byte is read one by one.
constexpr size_t kOpenStep = 8;
uint64_t OpenPartMask(const char*) {
  return EveryByte(kOpenStep);
}
#endif

#if ARIADNE_HAS_X86_64_V3
// OpenPartMask for the 64 bytes at `at`, thirty-two per compare, for CPUs with AVX2: one call per
// 64 bytes where the SSE2 steps took four (the steps were about a third of FindPartJoins'
// instructions on a text of prose and numbers).
constexpr size_t kWideOpenStep = 64;
ARIADNE_X86_64_V3 inline uint32_t HalfOpenPartMask(const char* at) {
  const __m256i before = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(at - 1));
  const __m256i bytes = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(at));
  const __m256i blank = _mm256_cmpeq_epi8(before, _mm256_set1_epi8(' '));
  const __m256i from_zero = _mm256_sub_epi8(bytes, _mm256_set1_epi8('0'));
  const __m256i digit =
      _mm256_cmpeq_epi8(_mm256_min_epu8(from_zero, _mm256_set1_epi8(9)), from_zero);
  return static_cast<uint32_t>(_mm256_movemask_epi8(_mm256_and_si256(blank, digit)));
}
ARIADNE_X86_64_V3 uint64_t WideOpenPartMask(const char* at) {
  return uint64_t{HalfOpenPartMask(at)} | uint64_t{HalfOpenPartMask(at + 32)} << 32;
}
#endif

// The mask function FindPartJoins steps with and its step, chosen once for this CPU.
struct OpenMasker {
  uint64_t (*mask)(const char*);
  size_t step;
};
OpenMasker ChooseOpenMasker() {
#if ARIADNE_HAS_X86_64_V3
  if (CpuHasX86_64V3()) return {WideOpenPartMask, kWideOpenStep};
#endif
  return {OpenPartMask, kOpenStep};
}

// The shortest and longest first word, and the bytes that start or end one (an ASCII letter in
// either case, or any byte of a non-ASCII letter): cheap tests before IsPartWord's.
constexpr auto kFirstWordBounds = [] {
  std::pair<size_t, size_t> bounds{kFirstPartWords[0].size(), kFirstPartWords[0].size()};
  for (std::string_view w : kFirstPartWords) {
    bounds.first = std::min(bounds.first, w.size());
    bounds.second = std::max(bounds.second, w.size());
  }
  return bounds;
}();
constexpr std::array<bool, 256> FirstWordEdgeBytes(bool last) {
  std::array<bool, 256> edges{};
  for (std::string_view w : kFirstPartWords) {
    const auto c = static_cast<unsigned char>(last ? w.back() : w.front());
    edges[c] = true;
    if (c >= 'a' && c <= 'z') edges[c - 0x20] = true;
  }
  for (size_t c = 0x80; c < 0x100; ++c) edges[c] = true;
  return edges;
}
constexpr auto kFirstWordStarts = FirstWordEdgeBytes(false);
constexpr auto kFirstWordEnds = FirstWordEdgeBytes(true);

// The sizes of the first words by their last byte, for each ASCII byte in either case (bit n: a
// word of n bytes ends with it): FirstWordStart tries only these sizes.
constexpr auto kFirstPartWordSizesByLast = [] {
  std::array<uint32_t, 128> sizes{};
  for (std::string_view w : kFirstPartWords) {
    const auto c = static_cast<unsigned char>(w.back());
    if (c >= 0x80) continue;
    sizes[c] |= uint32_t{1} << w.size();
    if (c >= 'a' && c <= 'z') sizes[c - 0x20] |= uint32_t{1} << w.size();
  }
  return sizes;
}();

bool EndsFirstWord(char c) {
  return IsBlank(c) || c == ':' || c == ',';
}

// The start of the word that ends at text[e] (not included): after the last blank, ':' or ','
// before e, at most kFirstWordBounds.second bytes back, else npos. When the word ends with an
// ASCII byte, only the sizes of first words ending with it are tried (the byte before the word
// must end one, none inside may): IsPartWord reads the word lowered, and lowering keeps a word's
// size and its last ASCII byte's letter, so a word of another size is no first word. Otherwise
// walked back byte by byte.
size_t FirstWordStart(std::string_view text, size_t e) {
  const auto last = static_cast<unsigned char>(text[e - 1]);
  if (last < 0x80) {
    for (uint32_t sizes = kFirstPartWordSizesByLast[last]; sizes != 0; sizes &= sizes - 1) {
      const auto size = static_cast<size_t>(std::countr_zero(sizes));
      if (size > e || size > kFirstWordBounds.second) break;
      const size_t b = e - size;
      if (b > 0 && !EndsFirstWord(text[b - 1])) continue;
      if (std::none_of(text.begin() + static_cast<std::ptrdiff_t>(b),
                       text.begin() + static_cast<std::ptrdiff_t>(e), EndsFirstWord)) {
        return b;
      }
    }
    return std::string_view::npos;
  }
  size_t b = e;
  while (b > 0 && e - b <= kFirstWordBounds.second && !EndsFirstWord(text[b - 1])) --b;
  return b;
}

// The joins of a number told in parts whose first part may open at text[at]; returns where the
// parts read end, or npos when no first word opens one there or no next part follows it on its
// line (`first_word` then gets the first word's start: the parts may follow in sentences or chat
// messages of their own, SpreadAt).
size_t PartJoinsAt(std::string_view text, size_t at, std::vector<LineJoin>& out,
                   size_t& first_word) {
  constexpr size_t kMinDigits = 8, kMaxDigits = 15;
  // A part opens after a first word and a blank (or its colon and a blank).
  if (!IsDigit(text[at]) || text[at - 1] != ' ' || (at >= 2 && IsDigit(text[at - 2]))) {
    return std::string_view::npos;
  }
  size_t e = at - 1;
  if (e > 0 && text[e - 1] == ':') --e;
  if (e == 0 || !kFirstWordEnds[static_cast<unsigned char>(text[e - 1])]) {
    return std::string_view::npos;
  }
  const size_t b = FirstWordStart(text, e);
  if (b == std::string_view::npos || e - b < kFirstWordBounds.first ||
      e - b > kFirstWordBounds.second || !kFirstWordStarts[static_cast<unsigned char>(text[b])] ||
      !IsPartWord(text.substr(b, e - b), kFirstPartWords, kFirstPartWordSizes)) {
    return std::string_view::npos;
  }
  size_t digits = 0;
  size_t end = PartEnd(text, at, digits);
  std::array<LineJoin, 4> joins{};
  size_t count = 0;
  for (size_t next = NextPart(text, end); next != std::string_view::npos && count < joins.size();
       next = NextPart(text, end)) {
    joins[count++] = LineJoin{static_cast<uint32_t>(end), static_cast<uint32_t>(next), false};
    end = PartEnd(text, next, digits);
  }
  if (count == 0) {
    first_word = b;
    return std::string_view::npos;
  }
  if (digits >= kMinDigits && digits <= kMaxDigits) {
    out.insert(out.end(), joins.begin(), joins.begin() + count);
  }
  return end;
}

// A digit told twice or three times with the count after it, inside a number ("212, 5 twice,
// 0143", "089, 3 два пъти, 52181", "0897748, 7 три пъти"): the count's words in the languages of
// the ads, lower case (Lower()), one space between words, with what they count.
struct CountPhrase {
  std::string_view words;
  char count;
};
// clang-format off
constexpr std::array<CountPhrase, 60> kCountPhrases = {{
    // en, de, fr, nl
    {"twice", 2}, {"two times", 2}, {"2 times", 2}, {"thrice", 3}, {"three times", 3},
    {"3 times", 3}, {"doppelt", 2}, {"zweimal", 2}, {"zweifach", 2}, {"2 mal", 2},
    {"dreifach", 3}, {"dreimal", 3}, {"3 mal", 3}, {"deux fois", 2}, {"2 fois", 2},
    {"trois fois", 3}, {"3 fois", 3}, {"twee keer", 2}, {"tweemaal", 2}, {"2 keer", 2},
    {"drie keer", 3}, {"driemaal", 3}, {"3 keer", 3},
    // ro, bg, es, it
    {"de două ori", 2}, {"de doua ori", 2}, {"de 2 ori", 2}, {"de trei ori", 3}, {"de 3 ori", 3},
    {"два пъти", 2}, {"2 пъти", 2}, {"три пъти", 3}, {"3 пъти", 3}, {"dos veces", 2},
    {"2 veces", 2}, {"tres veces", 3}, {"3 veces", 3}, {"due volte", 2}, {"2 volte", 2},
    {"tre volte", 3}, {"3 volte", 3},
    // pl, ru, uk
    {"dwa razy", 2}, {"2 razy", 2}, {"trzy razy", 3}, {"3 razy", 3}, {"два раза", 2},
    {"2 раза", 2}, {"дважды", 2}, {"три раза", 3}, {"3 раза", 3}, {"трижды", 3}, {"двічі", 2},
    {"два рази", 2}, {"2 рази", 2}, {"тричі", 3}, {"три рази", 3}, {"3 рази", 3},
    // pt, cs
    {"duas vezes", 2}, {"três vezes", 3}, {"dvakrát", 2}, {"třikrát", 3},
}};
// clang-format on

// The bytes a count phrase may start with, either case: a cheap test before the words are read.
constexpr auto kCountFirstBytes = [] {
  std::array<bool, 256> first{};
  for (const CountPhrase& phrase : kCountPhrases) {
    const auto c = static_cast<unsigned char>(phrase.words[0]);
    first[c] = true;
    if (c >= 'a' && c <= 'z') first[c - 0x20] = true;
  }
  return first;
}();

// The count of the phrase that starts at text[at] (kCountPhrases: one to three words, the last
// followed by a comma, a blank, a full stop or the text's end), 0 when none; `end` gets where it
// ends.
char CountPhraseAt(std::string_view text, size_t at, size_t& end) {
  constexpr size_t kMaxPhraseWords = 3, kMaxPhraseBytes = 24;
  if (!kCountFirstBytes[static_cast<unsigned char>(text[at])]) return 0;
  std::array<size_t, kMaxPhraseWords> ends{};
  size_t words = 0, k = at;
  while (words < kMaxPhraseWords) {
    size_t e = k;
    while (e < text.size() && e - at <= kMaxPhraseBytes &&
           (IsAsciiAlnum(text[e]) || IsNonAscii(text[e]))) {
      ++e;
    }
    if (e == k || e - at > kMaxPhraseBytes) break;
    ends[words++] = e;
    if (e + 1 >= text.size() || text[e] != ' ' || IsBlank(text[e + 1])) break;
    k = e + 1;
  }
  for (size_t w = words; w-- > 0;) {
    const size_t e = ends[w];
    if (e < text.size() && text[e] != ',' && !IsBlank(text[e]) && text[e] != '.' &&
        text[e] != '\n') {
      continue;
    }
    const std::string lower = Lower(text.substr(at, e - at));
    for (const CountPhrase& phrase : kCountPhrases) {
      if (phrase.words == lower) {
        end = e;
        return phrase.count;
      }
    }
  }
  return 0;
}

// The first byte of U+00D7 MULTIPLICATION SIGN in UTF-8.
constexpr char kTimesLead = '\xc3';

// The count of a multiplication sign and a count glued after a digit at text[at] ("×2" in "04
// 7×2 520655", the shorthand of "7 twice"): U+00D7, then 2 or 3, then a blank, a comma, a full
// stop or the text's end (not a dimension: "90×60", "2×250 ml"); 0 when none; `end` gets where it
// ends.
char SignCountAt(std::string_view text, size_t at, size_t& end) {
  constexpr std::string_view kTimes = "\u00d7";
  if (text.substr(at, kTimes.size()) != kTimes) return 0;
  const size_t k = at + kTimes.size();
  if (k >= text.size() || (text[k] != '2' && text[k] != '3')) return 0;
  if (k + 1 < text.size() && !IsBlank(text[k + 1]) && text[k + 1] != ',' && text[k + 1] != '.') {
    return 0;
  }
  end = k + 1;
  return static_cast<char>(text[k] - '0');
}

// The count of a count in brackets at text[at] ("(x2)" in "3404392 8 (x2) 0", "(×3)", "(2x)": the
// shorthand of "8 twice" after a digit and a blank): '(', the letter x or the multiplication sign
// and 2 or 3 either way round, ')', then a blank, a comma, a full stop or the text's end; 0 when
// none; `end` gets where it ends.
char ParenCountAt(std::string_view text, size_t at, size_t& end) {
  if (at >= text.size() || text[at] != '(') return 0;
  const auto times_at = [&](size_t k) -> size_t {  // the bytes of an x or a sign at k, else 0
    if (k < text.size() && (text[k] == 'x' || text[k] == 'X')) return 1;
    return text.substr(k, 2) == "\u00d7" ? 2 : 0;
  };
  size_t k = at + 1;
  char count = 0;
  if (const size_t sign = times_at(k); sign > 0 && k + sign < text.size()) {
    count = text[k + sign];
    k += sign + 1;
  } else if (k < text.size() && IsDigit(text[k])) {
    count = text[k];
    const size_t after = times_at(k + 1);
    if (after == 0) return 0;
    k += 1 + after;
  }
  if ((count != '2' && count != '3') || k >= text.size() || text[k] != ')') return 0;
  ++k;
  if (k < text.size() && !IsBlank(text[k]) && text[k] != ',' && text[k] != '.' && text[k] != '\n') {
    return 0;
  }
  end = k;
  return static_cast<char>(count - '0');
}

// A digit told with its count after it at text[at] ("5 twice" in "212, 5 twice, 0143", or the
// sign's shorthand "7×2" in "04 7×2 520655", or "8 (x2)"): a digit alone after a blank, the group
// before it one blank or a comma and a blank away, the count's words or sign after it, then a comma
// or a blank and the next group, or the number's end. Appends the digit written out (" 55 ") in
// place of everything from the group before to the group after, when the groups and the digits hold
// at least kMinDigits; returns where it ends, or npos.
size_t CountedDigitAt(std::string_view text, size_t at, std::vector<PartSpread>& out) {
  constexpr size_t kMinDigits = 7;
  if (at < 2 || at + 2 >= text.size() || !IsDigit(text[at]) || text[at - 1] != ' ' ||
      (text[at + 1] != ' ' && text[at + 1] != kTimesLead) || IsDigit(text[at + 2])) {
    return std::string_view::npos;
  }
  size_t left = at - 1;  // the blank before the digit
  if (text[left - 1] == ',') --left;
  if (left == 0 || !IsDigit(text[left - 1])) return std::string_view::npos;
  // The digits before it, over single blanks between groups ("07700 9, 0 twice, 417").
  size_t digits = 0;
  for (size_t k = left;
       k > 0 && (IsDigit(text[k - 1]) || (text[k - 1] == ' ' && k >= 2 && IsDigit(text[k - 2])));
       --k) {
    digits += IsDigit(text[k - 1]);
  }
  size_t phrase_end = 0;
  const char count = text[at + 1] != ' '   ? SignCountAt(text, at + 1, phrase_end)
                     : text[at + 2] == '(' ? ParenCountAt(text, at + 2, phrase_end)
                                           : CountPhraseAt(text, at + 2, phrase_end);
  if (count == 0) return std::string_view::npos;
  size_t right = phrase_end;
  if (right < text.size() && text[right] == ',') ++right;
  if (right < text.size() && text[right] == ' ') ++right;
  const bool more = right < text.size() && IsDigit(text[right]);
  for (size_t k = right; more && k < text.size() && IsDigit(text[k]); ++k) ++digits;
  if (digits + static_cast<size_t>(count) < kMinDigits) return std::string_view::npos;
  std::string number(1, ' ');
  number.append(static_cast<size_t>(count), text[at]);
  if (more) number += ' ';
  const size_t end = more ? right : phrase_end;
  out.push_back(PartSpread{static_cast<uint32_t>(left), static_cast<uint32_t>(end),
                           std::move(number), static_cast<uint32_t>(end), /*whole=*/true});
  return end;
}

// A count of digits at text[at] that labels the group after it ("5 digits: 07700", "les 5
// premiers chiffres : 07910", "6: 900718"): one or two digits, at most two words, maybe a blank,
// a colon and blanks, then a group of exactly that many digits. Returns the group's start, or
// npos; `count` gets the count.
constexpr size_t kMaxCountLabelWords = 2, kMaxCountLabelWordBytes = 24;
// How far after the count its colon may stand: two digits, each word a blank and up to
// kMaxCountLabelWordBytes + 1 bytes (the loop below stops one byte past), a blank. FindPartJoins
// reads a group for a count only with a ':' that near: most digit groups have none.
constexpr size_t kMaxCountToColon = 2 + kMaxCountLabelWords * (kMaxCountLabelWordBytes + 2) + 1;
size_t CountLabelledGroupAt(std::string_view text, size_t at, size_t& count) {
  size_t k = at;
  count = 0;
  while (k < text.size() && IsDigit(text[k]) && k - at < 2) {
    count = count * 10 + static_cast<size_t>(text[k++] - '0');
  }
  if (k == at || count < 2 || count > 12 || (k < text.size() && IsDigit(text[k]))) {
    return std::string_view::npos;
  }
  for (size_t words = 0; words < kMaxCountLabelWords && k + 1 < text.size() && text[k] == ' ' &&
                         (IsAsciiLetter(text[k + 1]) || IsNonAscii(text[k + 1]));
       ++words) {
    const size_t word = ++k;
    while (k < text.size() && k - word <= kMaxCountLabelWordBytes &&
           (IsAsciiLetter(text[k]) || IsNonAscii(text[k]))) {
      ++k;
    }
  }
  if (k < text.size() && text[k] == ' ') ++k;
  if (k >= text.size() || text[k] != ':') return std::string_view::npos;
  ++k;
  while (k < text.size() && text[k] == ' ') ++k;
  const size_t group = k;
  while (k < text.size() && IsDigit(text[k])) ++k;
  return k - group == count ? group : std::string_view::npos;
}

// A number told as two groups, each after the count of its digits ("first 5 digits: 07700 ·
// last 6: 900718", "перші 4 цифри: 0936 · останні 6: 456102"): the counts are labels, not digits.
// text[at] is the first count; the second follows on the same line within kMaxGap bytes of
// anything but digits; 8 to 15 digits in all. Appends both groups, glued, in place of everything
// from the first count to the second group's end; returns that end, or npos.
size_t CountLabelledPartsAt(std::string_view text, size_t at, std::vector<PartSpread>& out) {
  constexpr size_t kMaxGap = 32, kMinDigits = 8, kMaxDigits = 15;
  size_t first_count = 0, second_count = 0;
  const size_t first = CountLabelledGroupAt(text, at, first_count);
  if (first == std::string_view::npos) return std::string_view::npos;
  size_t k = first + first_count;
  const size_t gap = k;
  while (k < text.size() && k - gap <= kMaxGap && !IsDigit(text[k]) && text[k] != '\n') ++k;
  if (k >= text.size() || !IsDigit(text[k]) || k - gap > kMaxGap) return std::string_view::npos;
  const size_t second = CountLabelledGroupAt(text, k, second_count);
  const size_t digits = first_count + second_count;
  if (second == std::string_view::npos || digits < kMinDigits || digits > kMaxDigits) {
    return std::string_view::npos;
  }
  const size_t end = second + second_count;
  std::string number(text.substr(first, first_count));
  number.append(text.substr(second, second_count));
  out.push_back(PartSpread{static_cast<uint32_t>(at), static_cast<uint32_t>(end), std::move(number),
                           static_cast<uint32_t>(end), /*whole=*/true});
  return end;
}

// A number's last group written as a sum in brackets after its other groups ("077 058 (4000+552)",
// "0887 265 (700+42)"), so that a filter finds no number in it: the sum's digits are the group
// ("4552"). text[at] is the '(' after the groups and one blank; each addend one to five digits,
// a blank allowed on each side of the '+', then ')' and a blank, a comma, a full stop, a line's
// end or the text's end. The groups before and the sum hold at least kMinDigits digits (a room's
// "3 (2+1)" is no number). Appends the sum in the brackets' place; returns where they end, or
// npos.
size_t BracketSumAt(std::string_view text, size_t at, size_t digits_before,
                    std::vector<PartSpread>& out) {
  constexpr size_t kMinDigits = 7;
  constexpr size_t kMaxAddendDigits = 5;
  size_t k = at + 1;
  const auto addend = [&](uint64_t& value) {
    const size_t s = k;
    while (k < text.size() && IsDigit(text[k]) && k - s <= kMaxAddendDigits) {
      value = value * 10 + static_cast<uint64_t>(text[k++] - '0');
    }
    return k > s && k - s <= kMaxAddendDigits;
  };
  uint64_t first = 0, second = 0;
  if (!addend(first)) return std::string_view::npos;
  if (k < text.size() && text[k] == ' ') ++k;
  if (k >= text.size() || text[k] != '+') return std::string_view::npos;
  ++k;
  if (k < text.size() && text[k] == ' ') ++k;
  if (!addend(second) || k >= text.size() || text[k] != ')') return std::string_view::npos;
  ++k;
  if (k < text.size() && !IsBlank(text[k]) && text[k] != ',' && text[k] != '.' && text[k] != '\n') {
    return std::string_view::npos;
  }
  std::string sum = std::to_string(first + second);
  if (digits_before + sum.size() < kMinDigits) return std::string_view::npos;
  out.push_back(PartSpread{static_cast<uint32_t>(at), static_cast<uint32_t>(k), std::move(sum),
                           static_cast<uint32_t>(k), /*whole=*/true});
  return k;
}

// Where a number's groups written before a sum in brackets end ("077 058 (4000+552)": at the
// blank before the '('), from the group at text[at]: groups of digits between single blanks, the
// last followed by " (" and a digit; their digits in `digits`, at most kMaxGroupBytes bytes (each
// group is read again from its own start). npos when the groups end otherwise.
size_t GroupsBeforeBracketSum(std::string_view text, size_t at, size_t& digits) {
  constexpr size_t kMaxGroupBytes = 16;
  size_t k = at;
  digits = 0;
  while (k - at <= kMaxGroupBytes) {
    while (k < text.size() && IsDigit(text[k])) ++k, ++digits;
    if (k + 2 >= text.size() || text[k] != ' ') return std::string_view::npos;
    if (text[k + 1] == '(' && IsDigit(text[k + 2])) return k;
    if (!IsDigit(text[k + 1])) return std::string_view::npos;
    ++k;
  }
  return std::string_view::npos;
}

// A number read off a screenshot by OCR, which misreads some digits as letters or marks of like
// shape ("0?70() 9()0 309", "328 72z T186", "0B9 75Q 41U9", "07S° 23B° 26° U7", "()15! 🍓 276 🍓
// 698"): the digit each stands for (kOcrDigits; "()" is 0). A character table, like the
// look-alike tables of normalize.cpp, not a lexicon of words: it is read only where the number
// stands alone (OcrNumberAt), never in prose.
constexpr auto kOcrDigits = [] {
  std::array<char, 256> digits{};
  const auto set = [&](std::string_view letters, char digit) {
    for (const char c : letters) digits[static_cast<unsigned char>(c)] = digit;
  };
  set("OoDQU", '0');
  set("Ili|!]t", '1');
  set("Zz", '2');
  set("Ah", '4');
  set("Ss$", '5');
  set("Gb", '6');
  set("T?", '7');
  set("B&", '8');
  set("gq", '9');
  return digits;
}();

// The bytes of the quotation mark at text[k] (ASCII '"', or “ ” „ « » ‹ ›: an apostrophe may be an
// OCR speck here), or 0.
size_t QuoteMarkAt(std::string_view text, size_t k) {
  return core::QuoteMarkAt(text, k, core::QuoteMarks::kDouble);
}

// The bytes of the quotation mark that ends text[b, e) there, or 0.
size_t QuoteMarkBefore(std::string_view text, size_t b, size_t e) {
  return core::QuoteMarkBefore(text, b, e, core::QuoteMarks::kDouble);
}

// The bytes of a mark OCR reads between or inside digit groups as a speck (° ‘ ’ ' ` . -), or 0.
size_t OcrSpeckAt(std::string_view text, size_t k) {
  const char c = text[k];
  if (c == '.' || c == '-' || c == '\'' || c == '`') return 1;
  if (c == '\xc2' && k + 1 < text.size() && text[k + 1] == '\xb0') return 2;
  if (c == '\xe2' && k + 2 < text.size() && text[k + 1] == '\x80' &&
      (text[k + 2] == '\x98' || text[k + 2] == '\x99')) {
    return 3;
  }
  return 0;
}

// One blank-separated token of a line that may hold a number read by OCR.
struct OcrToken {
  enum Kind : uint8_t { kOther, kGroup, kPicture, kTag };
  size_t begin = 0, end = 0;  // without its quotation marks
  Kind kind = kOther;
  bool opens_quote = false, closes_quote = false;
  bool plus = false;       // a '+' opens it
  bool letters = false;    // a group of misread letters alone ("DT", "sss")
  bool size_like = false;  // digits closed by one capital letter ("75B"): a size
  std::string digits;      // what a group stands for
  size_t real_digits = 0;
  size_t misread = 0;
};

// Reads the token text[b, e).
OcrToken ReadOcrToken(std::string_view text, size_t b, size_t e) {
  OcrToken token;
  if (const size_t q = QuoteMarkAt(text, b); q > 0 && q <= e - b) {
    token.opens_quote = true;
    b += q;
  }
  while (e > b && (text[e - 1] == ',' || text[e - 1] == ';' || text[e - 1] == '.')) --e;
  if (const size_t q = QuoteMarkBefore(text, b, e); q > 0) {
    token.closes_quote = true;
    e -= q;
  } else if (e - b >= 2 && text[e - 1] == ')' && text[e - 2] != '(') {
    // The folder wrote a quotation mark closing a digit group as ')' ("„… ]895“").
    token.closes_quote = true;
    --e;
  }
  token.begin = b;
  token.end = e;
  if (b == e) return token;
  if (text[b] == '[' && text[e - 1] == ']') {
    token.kind = OcrToken::kTag;
    return token;
  }
  if (static_cast<unsigned char>(text[b]) >= 0xe2 && e - b <= 8 &&
      std::all_of(text.begin() + static_cast<std::ptrdiff_t>(b),
                  text.begin() + static_cast<std::ptrdiff_t>(e), IsNonAscii)) {
    token.kind = OcrToken::kPicture;
    return token;
  }
  bool symbol = false;
  size_t k = b;
  if (text[k] == '+') {
    token.plus = true;
    ++k;
  }
  char last_misread = 0;
  size_t last_misread_at = 0;
  for (; k < e; ++k) {
    const char c = text[k];
    if (IsDigit(c)) {
      token.digits += c;
      ++token.real_digits;
    } else if (c == '(' && k + 1 < e && text[k + 1] == ')') {
      token.digits += '0';
      ++token.misread;
      symbol = true;
      ++k;
    } else if (const char d = kOcrDigits[static_cast<unsigned char>(c)]; d != 0) {
      token.digits += d;
      ++token.misread;
      symbol |= !IsAsciiLetter(c);
      last_misread = c;
      last_misread_at = k;
    } else if (const size_t speck = OcrSpeckAt(text, k); speck > 0) {
      // An apostrophe before letters alone is a word's ("7S's"), not a speck ("375'60B4").
      if (text[k] != '.' && text[k] != '-' && text.substr(k, speck) != "\u00b0" &&
          std::none_of(text.begin() + static_cast<std::ptrdiff_t>(k + speck),
                       text.begin() + static_cast<std::ptrdiff_t>(e), IsDigit)) {
        if (k + speck < e) return token;
      }
      k += speck - 1;
    } else {
      return token;  // a word, a code or a mark of prose
    }
  }
  // A bar alone is a separator ("07700 | 900123").
  if (token.digits.empty() || (e - b == 1 && text[b] == '|')) return token;
  token.kind = OcrToken::kGroup;
  token.letters = token.real_digits == 0 && !symbol;
  token.size_like =
      token.misread == 1 && last_misread >= 'A' && last_misread <= 'Z' && last_misread_at + 1 == e;
  return token;
}

// A number read by OCR around the digit at text[at] (a group's first digit after a blank),
// standing alone: the whole of its line, maybe behind one pictograph or a bracketed tag ("📞
// 0b50 |52 09bb", "☎ 07q 027 &4 l&", "[OCR] o737 934 2G5", a contact card's "0B9 75Q 41U9"), or
// the end of a quotation after at most kMaxQuoteWords words ("the text reads “call me 07?0()
// 9()0 309”"). Its groups are separated by blanks, or by one pictograph between blanks ("0408 🌙
// 694 🌙 h3$"); each holds digits, misread characters (kOcrDigits) and specks (OcrSpeckAt); it
// holds kMinOcrDigits to kMaxOcrDigits digits in all, at least kMinRealDigits of them written as
// digits, one misread at least, at least as many groups with a digit or a misread mark as groups
// of misread letters alone, and at most one group like a size ("75B"). Appends the digits, in the
// run's place, its groups apart (the folder's readings inside it give way); text[ls, le) is its
// line (ShortLineAround). Returns whether one was found.
bool OcrNumberAt(std::string_view text, size_t at, size_t ls, size_t le,
                 std::vector<PartSpread>& out) {
  constexpr size_t kMaxOcrTokens = 24, kMaxQuoteWords = 4;
  constexpr size_t kMinOcrDigits = 8, kMaxOcrDigits = 15, kMinRealDigits = 3;
  std::array<OcrToken, kMaxOcrTokens> tokens;
  size_t count = 0, t = kMaxOcrTokens;
  for (size_t k = ls; k < le;) {
    while (k < le && IsBlank(text[k])) ++k;
    if (k == le) break;
    size_t e = k;
    while (e < le && !IsBlank(text[e])) ++e;
    if (count == kMaxOcrTokens) return false;
    if (k <= at && at < e) t = count;
    tokens[count++] = ReadOcrToken(text, k, e);
    k = e;
  }
  if (t == kMaxOcrTokens || tokens[t].kind != OcrToken::kGroup) return false;
  // The run of groups around it, a pictograph between two allowed.
  const auto joins = [&](size_t left, size_t right) {  // tokens[left] and tokens[right] in a run
    return !tokens[left].closes_quote && !tokens[right].opens_quote;
  };
  size_t first = t, last = t;
  while (first > 0) {
    if (tokens[first - 1].kind == OcrToken::kGroup && joins(first - 1, first)) {
      --first;
    } else if (first >= 2 && tokens[first - 1].kind == OcrToken::kPicture &&
               tokens[first - 2].kind == OcrToken::kGroup && joins(first - 2, first)) {
      first -= 2;
    } else {
      break;
    }
  }
  while (last + 1 < count) {
    if (tokens[last + 1].kind == OcrToken::kGroup && joins(last, last + 1)) {
      ++last;
    } else if (last + 2 < count && tokens[last + 1].kind == OcrToken::kPicture &&
               tokens[last + 2].kind == OcrToken::kGroup && joins(last, last + 2)) {
      last += 2;
    } else {
      break;
    }
  }
  // A line's label of one letter or a capitalised word opens it ("T 020 471 8352", "To 0161").
  const auto label = [&](const OcrToken& token) {
    return token.letters && (token.end - token.begin == 1 ||
                             (IsAsciiLetter(text[token.begin]) && text[token.begin] <= 'Z' &&
                              text[token.begin + 1] >= 'a'));
  };
  if (first == 0 && first < last && label(tokens[0])) ++first;
  // A misread letter alone closing the run is a word after it (" I 07700 900123 l").
  if (last > first && tokens[last].letters && tokens[last].end - tokens[last].begin == 1) --last;
  // A size opening it is a figure's measures ("75B 60 90 170").
  if (tokens[first].size_like) return false;
  const bool alone_on_line =
      last + 1 == count &&
      (first == 0 || (first == 1 && (tokens[0].kind == OcrToken::kPicture ||
                                     tokens[0].kind == OcrToken::kTag || label(tokens[0]))));
  if (!alone_on_line) {
    // The end of a quotation: its closing mark on the last group or alone after it.
    const bool closes = tokens[last].closes_quote ||
                        (last + 1 < count && tokens[last + 1].begin == tokens[last + 1].end &&
                         tokens[last + 1].closes_quote && last + 2 == count);
    if (!closes) return false;
    // Misread letters alone that open it are words of the quotation ("to").
    while (first < last && tokens[first].letters && !tokens[first].opens_quote) ++first;
    size_t words = 0, k = first;
    bool opened = tokens[first].opens_quote;
    while (!opened && k > 0 && words < kMaxQuoteWords) {
      const OcrToken& word = tokens[--k];
      if (word.kind == OcrToken::kGroup && !word.letters) return false;
      for (size_t b = word.begin; b < word.end; ++b) {
        if (IsDigit(text[b])) return false;
      }
      ++words;
      opened = word.opens_quote;
    }
    if (!opened) return false;
    // Misread letters alone inside a quotation are its words ("0 8 6 so 275").
    for (size_t k2 = first; k2 <= last; ++k2) {
      if (tokens[k2].letters) return false;
    }
  }
  size_t digits = 0, real = 0, misread = 0, strong = 0, letters = 0, sizes = 0;
  std::string number = tokens[first].plus ? "+" : "";
  for (size_t k = first; k <= last; ++k) {
    const OcrToken& token = tokens[k];
    if (token.kind != OcrToken::kGroup) continue;
    digits += token.digits.size();
    real += token.real_digits;
    misread += token.letters ? 0 : token.misread;  // letters alone may be words ("SOS")
    letters += static_cast<size_t>(token.letters);
    strong += static_cast<size_t>(!token.letters);
    sizes += static_cast<size_t>(token.size_like);
    if (k > first) number += ' ';
    number += token.digits;  // its groups apart, as written
  }
  if (digits < kMinOcrDigits || digits > kMaxOcrDigits || real < kMinRealDigits || misread == 0 ||
      letters > strong || sizes > 1) {
    return false;
  }
  const size_t begin = tokens[first].begin;  // its '+' too
  const size_t end = tokens[last].end;
  out.push_back(PartSpread{static_cast<uint32_t>(begin), static_cast<uint32_t>(end),
                           std::move(number), static_cast<uint32_t>(end), /*whole=*/true});
  return true;
}

// The line around text[at], text[start, end), when it is short enough to hold a number read by
// OCR (at most kMaxOcrLine bytes on either side of `at`: the number stands on a line of its own or
// ends a quotation on it). When it is not and its start lies too far back, `skip_to` gets its end:
// no later byte of it can be read so either (a long line is passed over at once).
bool ShortLineAround(std::string_view text, size_t at, size_t& start, size_t& end,
                     size_t& skip_to) {
  constexpr size_t kMaxOcrLine = 160;
  // (memrchr and memchr: glibc's vector loops.)
  const size_t back = std::min(at, kMaxOcrLine);
  const auto* before = static_cast<const char*>(memrchr(text.data() + at - back, '\n', back));
  if (before == nullptr && back == kMaxOcrLine) {
    const auto* next =
        static_cast<const char*>(std::memchr(text.data() + at, '\n', text.size() - at));
    skip_to = next == nullptr ? text.size() : static_cast<size_t>(next - text.data());
    return false;
  }
  const size_t ahead = std::min(text.size() - at, kMaxOcrLine + 1);
  const auto* after = static_cast<const char*>(std::memchr(text.data() + at, '\n', ahead));
  if (after == nullptr && ahead > kMaxOcrLine) return false;
  start = before == nullptr ? 0 : static_cast<size_t>(before - text.data()) + 1;
  end = after == nullptr ? text.size() : static_cast<size_t>(after - text.data());
  return true;
}

// Whether text[b, e) is a group as OCR misreads it: digits, misread characters (kOcrDigits, "()")
// and specks only, one misread character at least ("B2U", "4!z", "()15!").
bool IsMisreadGroup(std::string_view text, size_t b, size_t e) {
  bool misread = false;
  for (size_t k = b; k < e; ++k) {
    if (IsDigit(text[k])) continue;
    if (kOcrDigits[static_cast<unsigned char>(text[k])] != 0) {
      misread = true;
    } else if (text[k] == '(' && k + 1 < e && text[k + 1] == ')') {
      misread = true;
      ++k;
    } else if (const size_t speck = OcrSpeckAt(text, k); speck > 0) {
      k += speck - 1;
    } else {
      return false;
    }
  }
  return misread;
}

// The start of the token that ends at text[e] (a blank there), at most kMaxOcrGroup bytes back,
// or npos when it is longer or none.
constexpr size_t kMaxOcrGroup = 16;
size_t TokenStartBefore(std::string_view text, size_t e) {
  size_t b = e;
  while (b > 0 && !IsBlank(text[b - 1]) && text[b - 1] != '\n') {
    if (e - b == kMaxOcrGroup) return std::string_view::npos;
    --b;
  }
  return b == e ? std::string_view::npos : b;
}

// Whether the group at text[at] (a digit after a blank) may be part of a number read by OCR: a
// misread character in it, a misread group right before or after it ("B2U 66", "077 B2U"), or
// a pictograph before it that follows a digit or a misread character ("0408 🌙 694"). A cheap
// test before OcrNumberAt: ordinary words ("call 0151") and emoji ("📞 0151") do not pass it.
bool MayBeOcrGroup(std::string_view text, size_t at) {
  if (!IsDigit(text[at]) || text[at - 1] != ' ') return false;  // the last bytes come unmasked
  size_t k = at;
  for (; k < text.size() && k - at < kMaxOcrGroup && !IsBlank(text[k]) && text[k] != '\n'; ++k) {
    if (kOcrDigits[static_cast<unsigned char>(text[k])] != 0 || text[k] == '(') return true;
  }
  if (k + 1 < text.size() && text[k] == ' ') {
    size_t e = k + 1;
    while (e < text.size() && e - k <= kMaxOcrGroup && !IsBlank(text[e]) && text[e] != '\n') ++e;
    if (IsMisreadGroup(text, k + 1, e)) return true;
  }
  const size_t before = TokenStartBefore(text, at - 1);
  if (before == std::string_view::npos) return false;
  if (static_cast<unsigned char>(text[before]) < 0xe2) return IsMisreadGroup(text, before, at - 1);
  // A pictograph: the token before it ends with a digit or a misread character.
  if (before < 2 || text[before - 1] != ' ') return false;
  const char c = text[before - 2];
  return IsDigit(c) || kOcrDigits[static_cast<unsigned char>(c)] != 0;
}
}  // namespace

namespace {

// The words of a number told in parts over sentences (FindPartJoins), lower case (Lower()).
// The verbs of beginning: "starts", "begins" in the languages of the ads.
constexpr std::array<std::string_view, 21> kSpreadStartVerbs = {
    "starts", "begins", "beginnt",    "commence",    "empieza", "comienza", "começa",
    "comeca", "inizia", "comincia",   "begint",      "zaczyna", "začíná",   "zacina",
    "începe", "incepe", "начинается", "починається", "започва", "fängt",    "fangt"};
// The verbs of ending: "ends", "finishes".
// German "hört mit … auf" closes with its particle, as "fängt mit … an" does.
constexpr std::array<std::string_view, 19> kSpreadEndVerbs = {
    "ends",      "endet",        "finit",    "termine", "termina", "termină", "eindigt",
    "kończy",    "konczy",       "končí",    "konci",   "finisce", "acaba",   "заканчивается",
    "кончается", "закінчується", "завършва", "hört",    "hort"};
// The words between such a verb and the part ("with", "by", "się od", "на").
constexpr std::array<std::string_view, 24> kSpreadLinks = {
    "with", "in", "on", "by", "mit", "auf", "par", "por", "en", "con", "com", "em",
    "met",  "op", "od", "na", "się", "sie", "cu",  "în",  "с",  "на",  "з",   "de"};
// The nouns of "my number" before a verb of beginning.
constexpr std::array<std::string_view, 14> kSpreadNouns = {
    "number", "nummer", "numéro",  "numero",  "número", "numer", "numeru",
    "číslo",  "cislo",  "numărul", "numarul", "номер",  "phone", "telefon"};
// The words that open a middle part's sentence: "after", "then", "next".
constexpr std::array<std::string_view, 25> kSpreadThenWords = {
    "after", "then",   "next",  "danach", "dann",   "ensuite",   "puis",  "después", "despues",
    "luego", "depois", "poi",   "dopo",   "daarna", "dan",       "potem", "pak",     "potom",
    "apoi",  "потом",  "затем", "далее",  "потім",  "następnie", "после"};
// The words of "in the middle" that a middle part's sentence may hold instead ("Au milieu 591.",
// "In der Mitte 0828.", "W środku 010.").
constexpr std::array<std::string_view, 14> kSpreadMiddleWords = {
    "middle", "mitte",  "milieu", "midden",   "mijloc",  "medio",      "mezzo",
    "meio",   "środku", "srodku", "середине", "средата", "посередині", "uprostřed"};
// The words of "at the end" or "the last digits" that a last part's sentence may hold instead of
// a verb of ending ("Last digits: 116.", "und am Ende 1792", "и накрая 377").
constexpr std::array<std::string_view, 46> kSpreadLastWords = {
    "end",        "ende",      "fin",        "fine",    "final",    "finale",  "eind",    "einde",
    "slot",       "końcu",     "koncu",      "koniec",  "konci",    "конце",   "кінці",   "накрая",
    "last",       "derniers",  "dernières",  "letzten", "ultime",   "ultimi",  "últimas", "últimos",
    "ostatnie",   "последние", "последните", "останні", "ultimele", "laatste", "sfârșit", "sfarsit",
    "poslední",   "finally",   "lastly",     "infine",  "enfin",    "zuletzt", "urmă",    "urma",
    "finalmente", "nakonec",   "наконец",    "último",  "ultimo"};

constexpr size_t kMaxSpread = 1500;  // bytes from a first part to the last

template <size_t N>
bool IsOneOf(std::string_view word, const std::array<std::string_view, N>& words) {
  if (word.empty() || word.size() > 26) return false;
  const std::string lower = Lower(word);
  return std::find(words.begin(), words.end(), lower) != words.end();
}

// The word ending at `end` past blanks (letters, ASCII or not, and apostrophes); `begin` gets its
// start. Empty when a mark or a digit stands there.
std::string_view WordBefore(std::string_view text, size_t end, size_t& begin) {
  size_t e = end;
  while (e > 0 && text[e - 1] == ' ') --e;
  size_t b = e;
  while (b > 0 && e - b < 32 &&
         (IsAsciiLetter(text[b - 1]) || IsNonAscii(text[b - 1]) || text[b - 1] == '\'')) {
    --b;
  }
  begin = b;
  return text.substr(b, e - b);
}

// Whether the part at text[at] follows `verbs` and at most two link words ("starts with",
// "zaczyna się od"); `verb_begin` gets where the verb starts.
template <size_t N>
bool AfterVerb(std::string_view text, size_t at, const std::array<std::string_view, N>& verbs,
               size_t& verb_begin) {
  size_t b = at;
  std::string_view word = WordBefore(text, at, b);
  for (int links = 0; links < 2 && IsOneOf(word, kSpreadLinks); ++links) {
    word = WordBefore(text, b, b);
  }
  verb_begin = b;
  return IsOneOf(word, verbs);
}

// The link words and the verbs of beginning (kSpreadLinks, then kSpreadStartVerbs) by their last
// byte: bit k for the k-th word of the two lists, in that order.
constexpr size_t kLinkWordCount = kSpreadLinks.size() + kSpreadStartVerbs.size();
static_assert(kLinkWordCount <= 64, "one bit per link word or verb");
constexpr std::string_view LinkWord(size_t k) {
  return k < kSpreadLinks.size() ? kSpreadLinks[k] : kSpreadStartVerbs[k - kSpreadLinks.size()];
}
constexpr auto kLinkWordsByLastByte = [] {
  std::array<uint64_t, 256> words{};
  for (size_t k = 0; k < kLinkWordCount; ++k) {
    const std::string_view w = LinkWord(k);
    // AfterLinkWord compares a whole word of letters of two bytes or more with each.
    if (w.size() < 2 || w.size() > 24) throw "a link word of 2 to 24 bytes";
    for (const char c : w) {
      const auto byte = static_cast<unsigned char>(c);
      const auto lower = static_cast<unsigned char>(byte | 0x20);
      if (byte < 0x80 && !(lower >= 'a' && lower <= 'z')) throw "a link word of letters";
    }
    words[static_cast<unsigned char>(w.back())] |= uint64_t{1} << k;
  }
  return words;
}();

// Whether the word before the blank before text[at] is a link word or a verb of beginning
// (kSpreadLinks, kSpreadStartVerbs: "with", "od", "začíná" with none), as written in lower case:
// each listed word that ends with the word's last byte is compared in place (no walk back over
// the word, no copy). A listed word is all letters, so it is the whole word before the blank when
// the byte before it is a blank, a line break or the text's start.
bool AfterLinkWord(std::string_view text, size_t at) {
  if (at < 3) return false;
  const size_t end = at - 1;
  for (uint64_t words = kLinkWordsByLastByte[static_cast<unsigned char>(text[end - 1])]; words != 0;
       words &= words - 1) {
    const std::string_view word = LinkWord(static_cast<size_t>(std::countr_zero(words)));
    if (word.size() > end) continue;
    const size_t b = end - word.size();
    if (text.compare(b, word.size(), word) == 0 &&
        (b == 0 || IsBlank(text[b - 1]) || text[b - 1] == '\n')) {
      return true;
    }
  }
  return false;
}

bool OpensSpread(std::string_view text, size_t at) {
  size_t b = 0;
  if (!AfterVerb(text, at, kSpreadStartVerbs, b)) return false;
  // "my number", "Numărul meu": the noun among the three words before the verb; or the verb
  // opens a chat message or a sentence, at most two words after its start ("Lina: it starts
  // 0770", "ça commence par 0643").
  for (int k = 0; k < 3; ++k) {
    size_t p = b;
    while (p > 0 && text[p - 1] == ' ') --p;
    // (A question before it asks for the number: "my number? It starts with 0431".)
    if (k < 2 && (p == 0 || text[p - 1] == ':' || text[p - 1] == '\n' || text[p - 1] == '.' ||
                  text[p - 1] == '?')) {
      return true;
    }
    const std::string_view word = WordBefore(text, b, b);
    if (word.empty()) return false;
    if (IsOneOf(word, kSpreadNouns)) return true;
  }
  return false;
}

// Whether the part at text[at] closes a sentence of at most five words (a colon right before the
// part allowed: "Last digits: 116") that starts the text, a line, a chat message after its
// speaker's colon, or follows a full stop, and that holds a word of `words` (and, when
// `first_only`, as its first word).
template <size_t N>
bool SentenceHolds(std::string_view text, size_t at, const std::array<std::string_view, N>& words,
                   bool first_only) {
  size_t b = at;
  while (b > 0 && text[b - 1] == ' ') --b;
  if (b > 0 && text[b - 1] == ':') --b;
  bool holds = false;
  for (int count = 0; count < 5; ++count) {
    const std::string_view word = WordBefore(text, b, b);
    if (word.empty()) return false;
    const bool one = IsOneOf(word, words);
    holds |= one;
    size_t p = b;
    while (p > 0 && text[p - 1] == ' ') --p;
    if (p == 0 || text[p - 1] == '.' || text[p - 1] == '\n' || text[p - 1] == '!' ||
        text[p - 1] == ':') {
      return first_only ? one : holds;
    }
  }
  return false;
}

bool EndsSpread(std::string_view text, size_t at) {
  size_t b = 0;
  return AfterVerb(text, at, kSpreadEndVerbs, b) ||
         SentenceHolds(text, at, kSpreadLastWords, false);
}

// A sentence of at most five words before the part, the first a word of order ("After that
// comes 621", "Ensuite il y a 8133"), or holding a word of the middle ("Au milieu 591").
bool MiddleOfSpread(std::string_view text, size_t at) {
  return SentenceHolds(text, at, kSpreadThenWords, true) ||
         SentenceHolds(text, at, kSpreadMiddleWords, false);
}

// A part read by PartEnd ends its sentence: a full stop, a line's end or the text's.
bool EndsSentence(std::string_view text, size_t end) {
  return end == text.size() || text[end] == '.' || text[end] == '\n' || text[end] == '!' ||
         text[end] == '\r';
}

// Whether the word at text[begin] opens a sentence, a line or a chat message (after its
// speaker's colon), at most one word after its start ("Ilaria: prima", "Ioana: mai întâi").
bool OpensSentenceAt(std::string_view text, size_t begin) {
  size_t b = begin;
  for (int words = 0; words < 2; ++words) {
    size_t p = b;
    while (p > 0 && text[p - 1] == ' ') --p;
    if (p == 0 || text[p - 1] == ':' || text[p - 1] == '\n' || text[p - 1] == '.' ||
        text[p - 1] == '!') {
      return true;
    }
    if (WordBefore(text, b, b).empty()) return false;
  }
  return false;
}

bool OpensPartAt(std::string_view text, size_t k) {
  return IsDigit(text[k]) && text[k - 1] == ' ' && (k < 2 || !IsDigit(text[k - 2]));
}

// The last part of a number in the first part's own sentence ("It starts with 04312 and ends with
// 59116.", "Sie fängt mit 07802 an und hört mit 50826 auf."): the next part opening within
// kMaxSentenceRest bytes, before the sentence ends, after a verb of ending, and ending the
// sentence (or the German particle " auf" before its end). Appends the number and returns where
// it ends, or npos.
size_t EndInSentence(std::string_view text, size_t at, size_t first_end, size_t digits,
                     std::string number, std::vector<PartSpread>& out) {
  constexpr size_t kMinDigits = 8, kMaxDigits = 15, kMaxSentenceRest = 64;
  const size_t limit = std::min(text.size(), first_end + kMaxSentenceRest);
  for (size_t k = first_end + 1; k < limit; ++k) {
    if (text[k] == '.' || text[k] == '\n' || text[k] == '!' || text[k] == '?') break;
    if (!OpensPartAt(text, k)) continue;
    if (!EndsSpread(text, k)) return std::string_view::npos;
    const size_t end = PartEnd(text, k, digits);
    const bool particle = text.substr(end, 4) == " auf" && EndsSentence(text, end + 4);
    if ((!EndsSentence(text, end) && !particle) || digits < kMinDigits || digits > kMaxDigits) {
      return std::string_view::npos;
    }
    number += ' ';
    number.append(text.substr(k, end - k));
    out.push_back(PartSpread{static_cast<uint32_t>(at), static_cast<uint32_t>(first_end),
                             std::move(number), static_cast<uint32_t>(end)});
    return end;
  }
  return std::string_view::npos;
}

// The number whose first part opens at text[at] (OpensSpread holds), or npos; `scanned` gets
// where the scan for its later parts stopped.
size_t SpreadAt(std::string_view text, size_t at, std::vector<PartSpread>& out, size_t& scanned) {
  constexpr size_t kMinDigits = 8, kMaxDigits = 15, kMaxMiddles = 2;
  size_t digits = 0;
  const size_t first_end = PartEnd(text, at, digits);
  scanned = first_end;
  // German closes "fängt mit 0179 an" with the verb's particle.
  const bool particle = text.substr(first_end, 3) == " an" && EndsSentence(text, first_end + 3);
  std::string number(text.substr(at, first_end - at));
  if (!EndsSentence(text, first_end) && !particle) {
    return EndInSentence(text, at, first_end, digits, std::move(number), out);
  }
  size_t middles = 0;
  const size_t limit = std::min(text.size(), first_end + kMaxSpread);
  for (size_t k = first_end + 1; k < limit; ++k) {
    scanned = k;
    if (!OpensPartAt(text, k)) continue;
    if (OpensSpread(text, k)) return std::string_view::npos;  // another number's first part
    const bool last = EndsSpread(text, k);
    if (!last && !MiddleOfSpread(text, k)) continue;
    const size_t end = PartEnd(text, k, digits);
    if (!EndsSentence(text, end) || digits > kMaxDigits) return std::string_view::npos;
    number += ' ';
    number.append(text.substr(k, end - k));
    if (last) {
      if (digits < kMinDigits) return std::string_view::npos;
      out.push_back(PartSpread{static_cast<uint32_t>(at), static_cast<uint32_t>(first_end),
                               std::move(number), static_cast<uint32_t>(end)});
      return end;
    }
    if (++middles > kMaxMiddles) return std::string_view::npos;
    k = end;
  }
  return std::string_view::npos;
}

// The words for "the rest" of a number on the line after its first part.
constexpr std::array<std::string_view, 14> kRestWords = {
    "rest",   "reste",  "resto",   "restul",    "restului", "zbytek",   "zbytku",
    "reszta", "resztę", "остаток", "остальные", "решта",    "restante", "restant"};

// The nouns of "the number" or "its digits" after such a word (a "rest" alone may be a break's).
constexpr std::array<std::string_view, 24> kRestNouns = {
    "number", "nummer",    "numéro",    "numero", "número",   "numeru",  "numer",   "čísla",
    "cisla",  "numărului", "numarului", "номера", "номеру",   "digits",  "ziffern", "cifre",
    "cifras", "cijfers",   "cyfry",     "цифры",  "chiffres", "dígitos", "číslice", "cifrele"};

// The start of the rest after the line break at text[nl] ("... the rest of the number: "), or
// npos.
size_t RestAfterBreak(std::string_view text, size_t nl) {
  constexpr size_t kMaxWords = 6;
  size_t k = nl + 1;
  while (k < text.size() && (IsBlank(text[k]) || text[k] == '.')) ++k;
  if (text.substr(k, 3) == "\u2026") k += 3;
  bool rest = false, noun = false;
  for (size_t words = 0; words <= kMaxWords; ++words) {
    while (k < text.size() && IsBlank(text[k])) ++k;
    if (k < text.size() && text[k] == ':') {
      ++k;
      while (k < text.size() && IsBlank(text[k])) ++k;
      const bool opens =
          k < text.size() && (IsDigit(text[k]) || IsAsciiLetter(text[k]) || IsNonAscii(text[k]));
      return rest && noun && opens ? k : std::string_view::npos;
    }
    size_t e = k;
    while (e < text.size() && e - k <= 26 &&
           (IsAsciiLetter(text[e]) || IsNonAscii(text[e]) || text[e] == '\'')) {
      ++e;
    }
    if (e == k) return std::string_view::npos;
    rest |= IsOneOf(text.substr(k, e - k), kRestWords);
    noun |= rest && IsOneOf(text.substr(k, e - k), kRestNouns);
    k = e;
  }
  return std::string_view::npos;
}

// The words for "the rest" that open a chat message giving the rest of a number another message
// began ("the rest is 555 0170", "остальное 441 6519", "la suite : 52 78 70"): kRestWords and the
// forms a message writes alone.
constexpr std::array<std::string_view, 4> kChatRestWords = {"suite", "остальное", "останалото",
                                                            "останалите"};

// The end of the chat speaker's name and colon that open the line at text[line] ("Noemi: ",
// "Мар'яна: "): one word of letters or apostrophes, a colon and a blank; npos when none.
size_t ChatSpeakerEnd(std::string_view text, size_t line) {
  constexpr size_t kMaxName = 24;
  size_t k = line;
  while (k < text.size() && k - line <= kMaxName &&
         (IsAsciiLetter(text[k]) || IsNonAscii(text[k]) || text[k] == '\'')) {
    ++k;
  }
  if (k == line || k + 1 >= text.size() || text[k] != ':' || text[k + 1] != ' ') {
    return std::string_view::npos;
  }
  return k + 2;
}

// The start of the rest of a number in the chat message after the line break at text[nl], the
// message before ending in digits ("Marta: ho solo l'inizio: 346⏎Noemi: il resto è 765 9739"):
// both lines open with a speaker (ChatSpeakerEnd), and the second goes on with at most three words
// among which a word for "the rest" (an article before it, a verb "is" of at most four bytes
// after it), maybe a colon, then a digit. npos when not.
size_t ChatRestAfterBreak(std::string_view text, size_t nl) {
  constexpr size_t kMaxWords = 3, kMaxLine = 200, kMaxVerbBytes = 4;
  size_t line = nl;
  while (line > 0 && text[line - 1] != '\n' && nl - line <= kMaxLine) --line;
  if (line > 0 && text[line - 1] != '\n') return std::string_view::npos;
  if (ChatSpeakerEnd(text, line) == std::string_view::npos) return std::string_view::npos;
  size_t k = ChatSpeakerEnd(text, nl + 1);
  if (k == std::string_view::npos) return std::string_view::npos;
  bool rest = false;
  for (size_t words = 0; words < kMaxWords && k < text.size() && !IsDigit(text[k]); ++words) {
    size_t e = k;
    while (e < text.size() && e - k <= 26 &&
           (IsAsciiLetter(text[e]) || IsNonAscii(text[e]) || text[e] == '\'')) {
      ++e;
    }
    if (e == k) return std::string_view::npos;
    const std::string_view word = text.substr(k, e - k);
    if (rest && word.size() > kMaxVerbBytes) return std::string_view::npos;
    rest = rest || IsOneOf(word, kRestWords) || IsOneOf(word, kChatRestWords);
    k = e;
    if (k < text.size() && text[k] == ' ') ++k;
    if (k < text.size() && text[k] == ':') {
      ++k;
      while (k < text.size() && text[k] == ' ') ++k;
      break;
    }
  }
  return rest && k < text.size() && IsDigit(text[k]) ? k : std::string_view::npos;
}

}  // namespace

void FindPartJoins(std::string_view text, std::vector<LineJoin>& out,
                   std::vector<PartSpread>& spreads) {
  // Every text goes through here and few of its bytes open a part: a step of bytes (64 with
  // AVX2, 16 with SSE2) is tested at a time, and only the bytes OpenPartMask lets through are read
  // one by one.
  size_t resume = 1;     // the first byte not yet read by a part found before
  size_t ocr_until = 0;  // the end of the last line read for a number read by OCR
  // Cheap tests before the readings that look at every digit group: a sum in brackets needs a
  // '+' and a ')', a count that labels a group a ':' a few bytes on.
  // The next '(' that opens a sum ("(4000+552)"), found by memchr: a digit group is read for
  // one only when such a bracket stands a few bytes after it.
  const auto next_sum = [&](size_t from) {
    for (size_t k = from; k < text.size(); ++k) {
      const void* open = std::memchr(text.data() + k, '(', text.size() - k);
      if (open == nullptr) break;
      k = static_cast<size_t>(static_cast<const char*>(open) - text.data());
      size_t e = k + 1;
      while (e < text.size() && IsDigit(text[e]) && e - k <= 6) ++e;
      if (e > k + 1 && e + 1 < text.size() && (text[e] == '+' || text[e + 1] == '+')) return k;
    }
    return text.size();
  };
  size_t sum_at = next_sum(0);
  // The next ':' from a digit group on, found by memchr: a group is read as a count only when
  // one stands within kMaxCountToColon bytes (the label's colon).
  const auto next_colon = [&](size_t from) {
    const void* colon = std::memchr(text.data() + from, ':', text.size() - from);
    return colon == nullptr ? text.size()
                            : static_cast<size_t>(static_cast<const char*>(colon) - text.data());
  };
  size_t colon_at = 0;
  static const OpenMasker masker = ChooseOpenMasker();
  for (size_t chunk = 1; chunk < text.size(); chunk += masker.step) {
    // The last bytes, fewer than a step, are all read one by one.
    uint64_t mask = chunk + masker.step <= text.size() ? masker.mask(text.data() + chunk)
                                                       : EveryByte(text.size() - chunk);
    while (mask != 0) {
      const size_t at = chunk + static_cast<size_t>(std::countr_zero(mask));
      mask &= mask - 1;
      if (at < resume) continue;
      size_t first_word = std::string_view::npos;
      size_t end = PartJoinsAt(text, at, out, first_word);
      if (end != std::string_view::npos) {
        resume = end + 1;
        continue;
      }
      // A "first" word that opens a sentence or a chat message before a part alone ("[13:52]
      // Ilaria: prima 3407⏎[18:27] Ilaria: poi 345⏎[17:53] Ilaria: infine 450"): the later parts
      // in sentences or messages of their own, as after a verb of beginning.
      if (first_word != std::string_view::npos && OpensSentenceAt(text, first_word)) {
        size_t scanned = at;
        end = SpreadAt(text, at, spreads, scanned);
        if (end != std::string_view::npos) {
          resume = end + 1;
          continue;
        }
      }
      // A number read off a screenshot by OCR ("328 72z T186"), alone on its line or ending a
      // quotation: its line is read once.
      size_t line_start = 0, line_end = 0;
      if (at >= ocr_until && ShortLineAround(text, at, line_start, line_end, ocr_until) &&
          MayBeOcrGroup(text, at)) {
        ocr_until = line_end;
        if (OcrNumberAt(text, at, line_start, line_end, spreads)) {
          resume = spreads.back().end;
          continue;
        }
      }
      // A number told as two groups, each after the count of its digits ("first 5 digits: 07700
      // · last 6: 900718"): a count, then a word or a colon.
      if (at + 2 < text.size() && (text[at + 1] == ' ' || text[at + 1] == ':' ||
                                   (IsDigit(text[at + 1]) && text[at + 2] == ' '))) {
        if (colon_at < at) colon_at = next_colon(at);
        end = colon_at - at <= kMaxCountToColon ? CountLabelledPartsAt(text, at, spreads)
                                                : std::string_view::npos;
        if (end != std::string_view::npos) {
          resume = end;
          continue;
        }
      }
      // A digit told with its count after it ("212, 5 twice, 0143"): a letter two bytes on; or
      // the multiplication sign glued to it ("7×2").
      if (at + 2 < text.size() &&
          ((text[at + 1] == ' ' && !IsDigit(text[at + 2]) && !IsBlank(text[at + 2])) ||
           text[at + 1] == kTimesLead)) {
        end = CountedDigitAt(text, at, spreads);
        if (end != std::string_view::npos) {
          resume = end;
          continue;
        }
      }
      // A number's last group written as a sum in brackets ("077 058 (4000+552)"): the groups
      // before it read once, from the first.
      size_t digits_before = 0;
      if (sum_at < at) sum_at = next_sum(at);
      const size_t blank = sum_at - at <= 24 ? GroupsBeforeBracketSum(text, at, digits_before)
                                             : std::string_view::npos;
      if (blank != std::string_view::npos) {
        end = BracketSumAt(text, blank + 1, digits_before, spreads);
        if (end != std::string_view::npos) {
          resume = end;
          continue;
        }
      }
      // A number told over sentences: its first part after a link word ("with", "od").
      if (!OpensPartAt(text, at) || !AfterLinkWord(text, at) || !OpensSpread(text, at)) continue;
      size_t scanned = at;
      end = SpreadAt(text, at, spreads, scanned);
      // A number found: on after its last part; none: on at the byte that stopped the scan
      // (another first part), so that every byte is scanned once.
      resume = end != std::string_view::npos ? end + 1 : scanned;
    }
  }
}

void FindRestJoins(std::string_view text, std::vector<LineJoin>& out,
                   std::vector<bool>& digits_both) {
  for (size_t nl = text.find('\n'); nl != std::string_view::npos; nl = text.find('\n', nl + 1)) {
    size_t p = nl;
    while (p > 0 && IsBlank(text[p - 1])) --p;
    if (p == 0 ||
        !(IsDigit(text[p - 1]) || IsAsciiLetter(text[p - 1]) || IsNonAscii(text[p - 1]))) {
      continue;
    }
    size_t next = RestAfterBreak(text, nl);
    // The rest given in the next chat message, maybe by another speaker ("Holly: I only have the
    // start: 775⏎Abby: the rest is 555 0170").
    if (next == std::string_view::npos && IsDigit(text[p - 1])) next = ChatRestAfterBreak(text, nl);
    if (next == std::string_view::npos) continue;
    out.push_back(LineJoin{static_cast<uint32_t>(p), static_cast<uint32_t>(next), false});
    digits_both.push_back(IsDigit(text[p - 1]) && IsDigit(text[next]));
  }
}

void FindTranscriptJoins(std::string_view text, std::vector<LineJoin>& out,
                         std::vector<bool>& digits_both) {
  constexpr size_t kMaxTranscript = 1000;
  size_t at = 0;
  while (at < text.size()) {
    const void* colon = std::memchr(text.data() + at, ':', text.size() - at);
    if (colon == nullptr) return;
    at = static_cast<size_t>(static_cast<const char*>(colon) - text.data());
    size_t body = HeadsTranscript(text, at) ? at + 1 : DurationHeadsTranscript(text, at);
    if (body == std::string_view::npos) {
      ++at;
      continue;
    }
    size_t end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    end = std::min(end, body + kMaxTranscript);
    TranscriptBodyJoins(text, body, end, out, digits_both);
    at = end;
  }
}

void FindLineJoins(std::string_view text, std::vector<LineJoin>& out,
                   std::vector<LineJoin>& spelled) {
  const auto line_end = [&](size_t from) {
    const void* newline = std::memchr(text.data() + from, '\n', text.size() - from);
    return newline == nullptr
               ? text.size()
               : static_cast<size_t>(static_cast<const char*>(newline) - text.data());
  };
  // The chat line read last (the current line when it was read as the next one), and where it
  // starts.
  std::optional<ChatLine> cached;
  size_t cached_begin = text.size() + 1;
  const auto chat_line = [&](size_t begin, size_t end) {
    if (begin != cached_begin) {
      cached = ReadChatLine(text, begin, end);
      cached_begin = begin;
    }
    return cached;
  };
  size_t begin = 0;
  size_t end = line_end(0);
  // A quoted line's quote marks ("> "), read as if the line had none: the chat line and the
  // pieces after them. On the second and later lines of a quote they are dropped, so that what a
  // quote breaks over lines reads as it would unquoted ("> write to nina.k at⏎> gmail dot com").
  size_t quote = QuotePrefix(text, begin, end);
  bool bracket_end = false;  // a line ends in ']', as a Telegram copy's header does
  // The line a number written one group a line (GroupPerLine) was joined down to: its chain may
  // take one more line.
  size_t group_chain_line = std::string_view::npos;
  while (end < text.size()) {
    const size_t next = end + 1;
    const size_t next_end = line_end(next);
    const size_t next_quote = QuotePrefix(text, next, next_end);
    const size_t next_text = next + next_quote;
    std::optional<LineJoin> join;
    bool spelled_join = false;
    // The last byte of the line says whether it may end a piece: a digit, a letter of a local part
    // or an '@' (most lines of prose end in a full stop or another mark, and are passed by).
    size_t last = end;
    while (last > begin && IsBlank(text[last - 1])) --last;
    bracket_end |= last > begin && text[last - 1] == ']';
    if (last > begin + quote) {
      const char c = text[last - 1];
      if (c == '@') {
        join = AtSignJoin(text, begin, end, next_text, next_end);
      } else if (c == ')') {
        // An area code in brackets alone ("Jade: (646)⏎Jade: 555 0198").
        if (const auto first = chat_line(begin + quote, end)) {
          if (const auto second = chat_line(next_text, next_end)) {
            join = ChatJoin(text, *first, *second, spelled_join);
          }
        }
      } else if (IsAsciiAlnum(c) || c == '.' || c == '_' || IsNonAscii(c)) {
        // A username broken after its '_' or '.' ("ira_", "@lina.") is a piece too.
        if (IsAsciiAlnum(c) || IsNonAscii(c) || c == '_' ||
            (c == '.' && last > begin + 1 &&
             (text[last - 2] == '.' || IsAsciiAlnum(text[last - 2])))) {
          if (const auto first = chat_line(begin + quote, end)) {
            if (const auto second = chat_line(next_text, next_end)) {
              join = ChatJoin(text, *first, *second, spelled_join);
            }
          }
        }
        if (!join && !IsNonAscii(c)) {
          join = AddressBreakJoin(text, begin + quote, last, next_text, next_end);
        }
      }
    }
    if (!join && last > begin + quote && IsDigit(text[last - 1]) && next_end < text.size()) {
      const size_t after = next_end + 1, after_end = line_end(after);
      if (GroupPerLine(text, begin + quote, last, next_text, next_end, after, after_end)) {
        size_t middle_end = next_end;
        while (middle_end > next_text && IsBlank(text[middle_end - 1])) --middle_end;
        size_t below = after;
        while (below < after_end && IsBlank(text[below])) ++below;
        size_t middle = next_text;
        while (middle < middle_end && IsBlank(text[middle])) ++middle;
        out.push_back(LineJoin{static_cast<uint32_t>(last), static_cast<uint32_t>(middle), false});
        out.push_back(
            LineJoin{static_cast<uint32_t>(middle_end), static_cast<uint32_t>(below), false});
        group_chain_line = after;
        begin = after;
        end = after_end;
        quote = QuotePrefix(text, begin, end);
        continue;
      }
    }
    // The last digit of a number written one digit a line, which no third line follows (a decoy
    // line, the text's end): the chain of the joins above takes it too (LastDigitOfAColumn).
    if (!join && begin == group_chain_line &&
        LastDigitOfAColumn(text, begin + quote, last, next_text, next_end)) {
      size_t digit = next_text;
      while (digit < next_end && IsBlank(text[digit])) ++digit;
      join = LineJoin{static_cast<uint32_t>(last), static_cast<uint32_t>(digit), false};
    }
    // A number's or an address's pieces around one short message of another speaker ("Mia: 07700
    // 900⏎Dan: ?⏎Mia: 734", "Jade: vika_vip⏎Mike: ??⏎Jade: @icloud.com"): at most
    // kMaxInterruption bytes, no digit and no '@' (a question, "ok", "?"); the two messages are
    // joined as consecutive ones would be, the other speaker's line with the break. The first
    // message is digits alone, words that end in a number's first digits ("its 07700"), or a
    // local part alone.
    if (!join && last > begin + quote &&
        (IsAsciiAlnum(text[last - 1]) || text[last - 1] == ')' || text[last - 1] == '.' ||
         IsNonAscii(text[last - 1])) &&
        next_end < text.size()) {
      if (const auto first = chat_line(begin + quote, end)) {
        const std::string_view raw =
            text.substr(first->message_begin, first->message_end - first->message_begin);
        // The number's piece without the emoji or ellipsis after it ("07700 900...").
        const std::string_view a = raw.substr(0, raw.size() - TrailingDecoration(raw));
        const size_t digits = DigitPieceDigits(a);
        const size_t trailing = digits == 0 && !a.empty() ? TrailingDigitPieceDigits(a) : 0;
        bool marked = false;
        const bool piece =
            (digits > 0 && digits <= kMaxLeadingDigits) ||
            (trailing >= 2 && trailing <= kMaxLeadingDigits) ||
            (digits == 0 && !a.empty() &&
             (IsLocalPartPiece(a, marked) || EndsInMarkedLocalPart(a) || EndsInIbanStart(a)));
        // Up to kMaxInterruptions lines between: each another speaker's short message or remark,
        // or the speaker's own pause of marks alone ("...").
        size_t line_text = next_text, line_stop = next_end;
        size_t between = 0;
        bool joined = false;
        while (piece && between < kMaxInterruptions && line_stop < text.size()) {
          const auto second = ReadChatLine(text, line_text, line_stop);
          if (!second) {
            // An app's line of its own between the messages: a blank line, a time, "Anna is
            // typing…", "This message was deleted".
            const size_t after_time = SkipTime(text, line_text, line_stop);
            if (!IsAppLine(text.substr(after_time, line_stop - after_time))) break;
          } else {
            const std::string_view said =
                text.substr(second->message_begin, second->message_end - second->message_begin);
            const bool other = second->speaker != first->speaker;
            if (!(other || IsPauseMessage(said)) ||
                !(said.size() <= kMaxInterruption ||
                  (said.size() <= kMaxRemark && said.find('?') == std::string_view::npos)) ||
                std::any_of(said.begin(), said.end(),
                            [](char c) { return IsDigit(c) || c == '@'; })) {
              break;
            }
          }
          ++between;
          const size_t after = line_stop + 1, after_end = line_end(after);
          const size_t after_quote = QuotePrefix(text, after, after_end);
          bool spelled_third = false;
          const auto third = ReadChatLine(text, after + after_quote, after_end);
          const auto around = third ? ChatJoin(text, *first, *third, spelled_third) : std::nullopt;
          if (around && !spelled_third) {
            out.push_back(*around);
            begin = after;
            end = after_end;
            quote = after_quote;
            joined = true;
            break;
          }
          line_text = after + after_quote;
          line_stop = after_end;
        }
        if (joined) continue;
      }
    }
    // An address over three messages of one speaker: a local part, an at-word and a provider, a
    // dot word and a top-level domain ("Lou: my email is louisa.k.22⏎Lou: at gmail⏎Lou: dot
    // com"); the two breaks become spaces, as the words between would be.
    if (!join && last > begin + quote && IsAsciiAlnum(text[last - 1]) && next_end < text.size()) {
      if (const auto first = chat_line(begin + quote, end)) {
        const auto message = [&](const ChatLine& line) {
          return text.substr(line.message_begin, line.message_end - line.message_begin);
        };
        const auto second = EndsInMarkedLocalPart(message(*first))
                                ? ReadChatLine(text, next_text, next_end)
                                : std::nullopt;
        if (second && second->speaker == first->speaker && IsAtAndWord(message(*second))) {
          const size_t after = next_end + 1, after_end = line_end(after);
          const size_t after_quote = QuotePrefix(text, after, after_end);
          const auto third = ReadChatLine(text, after + after_quote, after_end);
          if (third && third->speaker == first->speaker && IsDotAndTld(message(*third))) {
            out.push_back(LineJoin{static_cast<uint32_t>(first->message_end),
                                   static_cast<uint32_t>(second->message_begin), false});
            out.push_back(LineJoin{static_cast<uint32_t>(second->message_end),
                                   static_cast<uint32_t>(third->message_begin), false});
            begin = after;
            end = after_end;
            quote = after_quote;
            continue;
          }
        }
      }
    }
    // An IBAN or a crypto address over two plain lines (CodeOverLines).
    if (!join && last > begin + quote && IsAsciiAlnum(text[last - 1]) && next_text < next_end &&
        IsAsciiAlnum(text[next_text])) {
      join = CodeOverLines(text, begin + quote, last, next_text, next_end);
    }
    // Pieces over a screenshot's bubbles, an address over more lines, a username broken over plain
    // lines (PiecesOverLines).
    if (!join && last > begin + quote &&
        MayHoldPieces(text, begin + quote, last, next_text, next_end)) {
      size_t last_end = 0;
      if (const size_t resume = PiecesOverLines(text, begin, end, line_end, out, last_end);
          resume != 0) {
        begin = resume;
        end = last_end;
        quote = QuotePrefix(text, begin, end);
        continue;
      }
    }
    if (join && spelled_join) {
      spelled.push_back(*join);
    } else if (join) {
      out.push_back(*join);
    } else if (quote > 0 && next_quote > 0) {
      out.push_back(LineJoin{static_cast<uint32_t>(next), static_cast<uint32_t>(next_text), true});
    }
    begin = next;
    end = next_end;
    quote = next_quote;
  }
  // Telegram copies ("Name, [date time]" over each message): out of order, which the folder's
  // sorted edits allow (an overlapping one is dropped there).
  if (bracket_end) TelegramCopyJoins(text, out);
}

}  // namespace ariadne::normalize
