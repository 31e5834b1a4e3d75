#include "link/persona.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>
#include <string>
#include <vector>

namespace ariadne::link {

namespace {

struct Word {
  std::string text;   // as written
  std::string lower;  // case-folded
  bool capitalised = false;
  bool letters_only = true;
  bool digits_only = true;
  char after = ' ';  // the first non-space byte after the word ('\0' at the end)
};

std::vector<Word> Words(std::string_view s) {
  std::vector<Word> out;
  Word w;
  auto finish = [&](size_t next) {
    if (w.text.empty()) return;
    while (next < s.size() && (s[next] == ' ' || s[next] == '\t')) ++next;
    w.after = next < s.size() ? s[next] : '\0';
    out.push_back(std::move(w));
    w = Word{};
  };
  int32_t i = 0;
  const auto n = static_cast<int32_t>(s.size());
  while (i < n) {
    const int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(s.data(), i, n, c);
    const bool apostrophe = c == '\'' || c == 0x2019;
    if (c >= 0 && (u_isalnum(c) || (apostrophe && !w.text.empty()))) {
      if (w.text.empty()) w.capitalised = u_isupper(c) != 0;
      if (!u_isalpha(c)) w.letters_only = false;
      if (!u_isdigit(c)) w.digits_only = false;
      w.text.append(s.substr(static_cast<size_t>(start), static_cast<size_t>(i - start)));
      const UChar32 folded = u_foldCase(c, U_FOLD_CASE_DEFAULT);
      char buffer[U8_MAX_LENGTH];
      int32_t len = 0;
      UBool error = false;
      U8_APPEND(buffer, len, U8_MAX_LENGTH, folded, error);
      if (!error) w.lower.append(buffer, static_cast<size_t>(len));
    } else {
      finish(static_cast<size_t>(start));
    }
  }
  finish(s.size());
  return out;
}

bool PlausibleName(const Word& w) {
  const size_t bytes = w.text.size();
  return w.capitalised && w.letters_only && bytes >= 3 && bytes <= 30;
}

bool PlausibleAge(const Word& w) {
  if (!w.digits_only || w.text.size() != 2) return false;
  const int age = std::stoi(w.text);
  return age >= 18 && age <= 69;
}

// Words that introduce a name, in the knowledge base's languages (lower case). Strong cues ("I'm",
// "me llamo") are trusted anywhere; weak ones ("from", "de", "von") only in titles ("Hello from
// Kira", "Hola de Kira"), where they rarely come before a place or a noun.
constexpr std::array<std::string_view, 28> kStrongCues = {
    "i'm",    "i’m",         "meet",   "girl",    "named", "called", "name",  // en
    "bin",    "heiße",                                                        // de
    "suis",   "c'est",       "c’est",  "appelle",                             // fr
    "ben",                                                                    // nl
    "sunt",   "numesc",                                                       // ro
    "съм",                                                                    // bg
    "soy",    "llamo",                                                        // es
    "sono",   "chiamo",                                                       // it
    "jestem", "imię",        "poznaj",                                        // pl
    "зовут",  "знакомьтесь",                                                  // ru
    "звати",  "знайомтесь"};                                                  // uk
constexpr std::array<std::string_view, 12> kTitleCues = {"from", "von", "de",  "da", "pe",  "с",
                                                         "met",  "от",  "від", "is", "ist", "я"};

template <size_t N>
bool IsOneOf(const std::string& lower, const std::array<std::string_view, N>& list) {
  for (std::string_view cue : list) {
    if (lower == cue) return true;
  }
  return false;
}

// "Anna, 23" / "Anna (23)" / "Anna 23 years": a name right before an age.
bool NameBeforeAge(const std::vector<Word>& words, size_t i, Persona& out) {
  if (i + 1 >= words.size() || !PlausibleName(words[i])) return false;
  if (words[i].after != ',' && words[i].after != '(' && words[i].after != ' ') return false;
  if (!PlausibleAge(words[i + 1]) || words[i + 1].after == '/' || words[i + 1].after == ':') {
    return false;
  }
  out.name = words[i].text;
  out.age = words[i + 1].text;
  return true;
}

bool FindIn(std::string_view s, bool title, Persona& out) {
  const std::vector<Word> words = Words(s);
  for (size_t i = 0; i < words.size(); ++i) {
    if (NameBeforeAge(words, i, out)) return true;
  }
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    // "am" only after "I": German "am Bahnhof" is a place.
    const bool i_am = words[i].lower == "am" && i > 0 && words[i - 1].lower == "i";
    const bool cue = i_am || IsOneOf(words[i].lower, kStrongCues) ||
                     (title && IsOneOf(words[i].lower, kTitleCues));
    if (cue && PlausibleName(words[i + 1])) {
      out.name = words[i + 1].text;
      if (i + 2 < words.size() && PlausibleAge(words[i + 2])) out.age = words[i + 2].text;
      return true;
    }
  }
  return false;
}

}  // namespace

std::string Persona::Label() const {
  if (!name.empty() && !age.empty()) return name + ", " + age;
  if (!name.empty()) return name;
  if (!age.empty()) return age + " years";
  return "";
}

Persona PersonaOf(std::string_view title, std::string_view text, std::string_view stated_age) {
  Persona p;
  if (!FindIn(text, false, p)) FindIn(title, true, p);
  if (p.age.empty()) p.age = std::string(stated_age);
  return p;
}

}  // namespace ariadne::link
