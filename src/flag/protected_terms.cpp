// The table of protected-attribute words (see protected_terms.h). Words are lower case; a trailing
// '*' matches every word that starts with the stem (for inflected languages). Stems are chosen so
// they do not start ordinary words of the same language ("man" is not a German entry: it is the
// pronoun "one").
#include "flag/protected_terms.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <string_view>
#include <unordered_map>
#include <vector>

namespace ariadne::flag {
namespace {

struct ProtectedList {
  const char* lang;
  const char* attribute;
  std::vector<const char*> words;
};

constexpr const char* kGender = "gender";
constexpr const char* kOrigin = "nationality or ethnicity";
constexpr const char* kReligion = "religion";
constexpr const char* kLanguage = "spoken language";

const std::vector<ProtectedList>& Table() {
  static const std::vector<ProtectedList> table = {
      {"en",
       kGender,
       {"girl", "girls", "boy", "boys", "woman", "women", "man", "men", "lady", "ladies", "female",
        "females", "male", "males", "gentleman", "gentlemen", "wife", "wives", "husband"}},
      {"en", kOrigin, {"romanian*",   "nigerian*",  "asian*",      "ukrainian*", "russian*",
                       "bulgarian*",  "polish",     "african*",    "latina*",    "latino*",
                       "ebony",       "oriental*",  "arab*",       "chinese",    "thai",
                       "filipina*",   "vietnamese", "brazilian*",  "colombian*", "venezuelan*",
                       "albanian*",   "moldovan*",  "hungarian*",  "czech",      "slovak*",
                       "lithuanian*", "latvian*",   "belarusian*", "caucasian*", "black",
                       "white"}},
      {"en",
       kReligion,
       {"muslim*", "christian*", "jewish", "catholic*", "hindu*", "buddhist*", "god-fearing"}},
      {"en", kLanguage, {"english", "german", "french", "spanish", "italian", "dutch"}},
      {"de",
       kGender,
       {"mädchen", "mädels", "frau", "frauen", "männer", "dame", "damen", "jungs", "weiblich*",
        "männlich*"}},
      {"de",
       kOrigin,
       {"rumänin*", "rumänisch*", "nigerianisch*", "asiatisch*", "asiatin*", "ukrainerin*",
        "ukrainisch*", "russin*", "russisch*", "bulgarin*", "bulgarisch*", "polin", "polinnen",
        "polnisch*", "afrikanisch*", "afrikanerin*", "latina*", "schwarze*"}},
      {"fr",
       kGender,
       {"fille", "filles", "femme", "femmes", "homme", "hommes", "garçon", "garçons", "dame",
        "dames", "demoiselle*"}},
      {"fr",
       kOrigin,
       {"roumain*", "nigérian*", "asiatique*", "ukrainien*", "russe", "russes", "bulgare*",
        "polonais*", "africain*", "latina*", "black"}},
      {"nl",
       kGender,
       {"meisje", "meisjes", "meiden", "vrouw", "vrouwen", "man", "mannen", "jongen", "jongens",
        "dame", "dames"}},
      {"nl",
       kOrigin,
       {"roemeens*", "nigeriaans*", "aziatisch*", "oekraïens*", "russisch*", "bulgaars*",
        "afrikaans*", "latina*"}},
      {"ro",
       kGender,
       {"fată", "fata", "fete", "fetele", "fetelor", "femeie", "femei", "femeile", "bărbat*",
        "barbat*", "băiat*", "baiat*", "băieți", "băieţi", "doamn*"}},
      {"ro",
       kOrigin,
       {"român", "română", "români", "românce", "româncă", "nigerian*", "asiatic*", "ucrainean*",
        "ucraineanc*", "rusoaic*", "bulgăroaic*", "africană"}},
      {"bg",
       kGender,
       {"момиче", "момичета", "момичетата", "жена", "жени", "жените", "мъж", "мъже", "момче",
        "момчета", "дама", "дами"}},
      {"bg",
       kOrigin,
       {"румън*", "нигерий*", "азиат*", "украин*", "руснак*", "рускин*", "българк*", "африкан*"}},
      {"es",
       kGender,
       {"chica", "chicas", "chico", "chicos", "mujer", "mujeres", "hombre", "hombres", "señorita*",
        "senorita*", "dama", "damas"}},
      {"es",
       kOrigin,
       {"rumana*", "rumano*", "nigeriana*", "asiática*", "asiatica*", "ucraniana*", "rusa", "rusas",
        "búlgara*", "polaca*", "africana*", "latina*", "colombiana*", "venezolana*", "brasileña*",
        "paraguaya*"}},
      {"it",
       kGender,
       {"ragazza", "ragazze", "ragazzo", "donna", "donne", "uomo", "uomini", "signora", "signore",
        "signorina*"}},
      {"it",
       kOrigin,
       {"rumena*", "rumeno*", "romena*", "nigeriana*", "asiatica*", "asiatiche", "ucraina",
        "ucraine", "russa", "russe", "bulgara", "polacca*", "africana*", "latina*", "orientale*"}},
      {"pl",
       kGender,
       {"dziewczyn*", "dziewczę*", "kobiet*", "mężczy*", "chłopak*", "chłopcy", "panie", "panów"}},
      {"pl",
       kOrigin,
       {"rumunk*", "nigeryjk*", "azjatk*", "ukraink*", "rosjank*", "bułgark*", "polki", "afrykank*",
        "latynosk*"}},
      {"ru",
       kGender,
       {"девушк*", "девочк*", "девчонк*", "девчат*", "женщин*", "мужчин*", "парни", "парней",
        "мальчик*", "дамы"}},
      {"ru",
       kOrigin,
       {"румынк*", "нигерийк*", "азиатк*", "украинк*", "русск*", "славянк*", "болгарк*", "полячк*",
        "африканк*", "мулатк*"}},
      {"uk",
       kGender,
       {"дівчат*", "дівчин*", "дівчина", "жінк*", "жінок", "жінці", "чоловік*", "хлопц*",
        "хлопч*"}},
      {"uk",
       kOrigin,
       {"румунк*", "нігерійк*", "азіатк*", "українк*", "росіянк*", "болгарк*", "слов'янк*",
        "африканк*"}},
  };
  return table;
}

// One word of the table, ready to compare: without its trailing '*', which `stem` records.
struct ProtectedEntry {
  std::string_view word;
  bool stem;
  const char* attribute;
};

// The table's words by language, in the table's order (the first match names the attribute).
// Built once: walking every list and measuring each C string for each word of each term was a
// quarter of reading the rule packs.
const std::unordered_map<std::string_view, std::vector<ProtectedEntry>>& EntriesByLanguage() {
  static const std::unordered_map<std::string_view, std::vector<ProtectedEntry>> by_language = [] {
    std::unordered_map<std::string_view, std::vector<ProtectedEntry>> out;
    for (const ProtectedList& list : Table()) {
      for (const char* entry : list.words) {
        std::string_view word(entry);
        const bool stem = !word.empty() && word.back() == '*';
        if (stem) word.remove_suffix(1);
        out[list.lang].push_back({word, stem, list.attribute});
      }
    }
    return out;
  }();
  return by_language;
}

std::string LowerCase(std::string_view word) {
  std::string lower;
  for (int32_t i = 0; i < static_cast<int32_t>(word.size());) {
    UChar32 c = 0;
    U8_NEXT(word.data(), i, static_cast<int32_t>(word.size()), c);
    if (c < 0) continue;
    c = u_tolower(c);
    char buffer[4];
    int32_t length = 0;
    U8_APPEND_UNSAFE(buffer, length, c);
    lower.append(buffer, static_cast<size_t>(length));
  }
  return lower;
}

bool Matches(std::string_view word, const ProtectedEntry& entry) {
  return entry.stem ? word.substr(0, entry.word.size()) == entry.word : word == entry.word;
}

bool IsWordPart(UChar32 c) {
  return u_isalpha(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0 || c == '\'' || c == '-';
}

// The words of a phrase; of a regex, the literal letter runs (the letter after a backslash is an
// escape such as \s or \w, not a word).
std::vector<std::string> WordsOf(std::string_view text, bool regex) {
  std::vector<std::string> words;
  std::string current;
  auto flush = [&] {
    if (!current.empty()) words.push_back(LowerCase(current));
    current.clear();
  };
  for (int32_t i = 0; i < static_cast<int32_t>(text.size());) {
    const int32_t begin = i;
    UChar32 c = 0;
    U8_NEXT(text.data(), i, static_cast<int32_t>(text.size()), c);
    if (regex && c == '\\') {
      flush();
      if (i < static_cast<int32_t>(text.size())) ++i;
      continue;
    }
    if (IsWordPart(c) && !(regex && (c == '\'' || c == '-'))) {
      current.append(text.substr(begin, i - begin));
    } else {
      flush();
    }
  }
  flush();
  return words;
}

}  // namespace

std::optional<ProtectedWord> FindProtectedWord(const Term& term) {
  const auto& by_language = EntriesByLanguage();
  const auto entries = by_language.find(term.lang);
  if (entries == by_language.end()) return std::nullopt;  // no list for the term's language
  const bool regex = term.phrase.empty();
  for (const std::string& word : WordsOf(regex ? term.regex : term.phrase, regex)) {
    for (const ProtectedEntry& entry : entries->second) {
      if (Matches(word, entry)) return ProtectedWord{word, entry.attribute};
    }
  }
  return std::nullopt;
}

}  // namespace ariadne::flag
