#include "link/quoted.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <unordered_map>
#include <unordered_set>

#include "core/text.h"
#include "core/utf8.h"
#include "link/mentions.h"

namespace ariadne::link {

namespace {

// Phrases that head a block of other advertisers' ads, written as they fold (lower case; the
// diacritics are dropped by the folding, so either spelling matches). Several wordings per
// language: site widgets and scrapers word them in many ways.
constexpr std::array kHeadings = {
    // English
    ListingHeading{"en", "similar ads"},
    ListingHeading{"en", "similar adverts"},
    ListingHeading{"en", "similar listings"},
    ListingHeading{"en", "similar profiles"},
    ListingHeading{"en", "similar escorts"},
    ListingHeading{"en", "similar girls"},
    ListingHeading{"en", "you may also like"},
    ListingHeading{"en", "you might also like"},
    ListingHeading{"en", "you may also be interested in"},
    ListingHeading{"en", "you might be interested in"},
    ListingHeading{"en", "other girls"},
    ListingHeading{"en", "other ladies"},
    ListingHeading{"en", "other escorts"},
    ListingHeading{"en", "other ads"},
    ListingHeading{"en", "other listings"},
    ListingHeading{"en", "other profiles"},
    ListingHeading{"en", "recently viewed"},
    ListingHeading{"en", "recently added"},
    ListingHeading{"en", "related ads"},
    ListingHeading{"en", "related listings"},
    ListingHeading{"en", "people also viewed"},
    ListingHeading{"en", "others also viewed"},
    ListingHeading{"en", "users also viewed"},
    ListingHeading{"en", "featured ads"},
    ListingHeading{"en", "sponsored ads"},
    ListingHeading{"en", "promoted ads"},
    ListingHeading{"en", "more ads like this"},
    ListingHeading{"en", "more ads near"},
    ListingHeading{"en", "more escorts in"},
    ListingHeading{"en", "more girls in"},
    ListingHeading{"en", "nearby ads"},
    // French
    ListingHeading{"fr", "annonces similaires"},
    ListingHeading{"fr", "profils similaires"},
    ListingHeading{"fr", "vous aimerez aussi"},
    ListingHeading{"fr", "vous aimerez peut etre aussi"},
    ListingHeading{"fr", "vous pourriez aussi aimer"},
    ListingHeading{"fr", "vous pourriez aimer aussi"},
    ListingHeading{"fr", "autres annonces"},
    ListingHeading{"fr", "autres filles"},
    ListingHeading{"fr", "autres escortes"},
    ListingHeading{"fr", "consultees recemment"},
    ListingHeading{"fr", "recemment consultees"},
    ListingHeading{"fr", "vues recemment"},
    ListingHeading{"fr", "annonces associees"},
    ListingHeading{"fr", "annonces en vedette"},
    ListingHeading{"fr", "a voir aussi"},
    // German
    ListingHeading{"de", "ahnliche anzeigen"},
    ListingHeading{"de", "ahnliche inserate"},
    ListingHeading{"de", "ahnliche profile"},
    ListingHeading{"de", "das konnte dir auch gefallen"},
    ListingHeading{"de", "das konnte ihnen auch gefallen"},
    ListingHeading{"de", "konnte dich auch interessieren"},
    ListingHeading{"de", "konnte sie auch interessieren"},
    ListingHeading{"de", "andere madchen"},
    ListingHeading{"de", "andere damen"},
    ListingHeading{"de", "andere anzeigen"},
    ListingHeading{"de", "zuletzt angesehen"},
    ListingHeading{"de", "kurzlich angesehen"},
    ListingHeading{"de", "verwandte anzeigen"},
    ListingHeading{"de", "empfohlene anzeigen"},
    // Spanish
    ListingHeading{"es", "anuncios similares"},
    ListingHeading{"es", "anuncios relacionados"},
    ListingHeading{"es", "perfiles similares"},
    ListingHeading{"es", "tambien te puede interesar"},
    ListingHeading{"es", "te puede interesar"},
    ListingHeading{"es", "tambien te podria gustar"},
    ListingHeading{"es", "te podria gustar"},
    ListingHeading{"es", "otras chicas"},
    ListingHeading{"es", "otros anuncios"},
    ListingHeading{"es", "vistos recientemente"},
    ListingHeading{"es", "anuncios destacados"},
    // Italian
    ListingHeading{"it", "annunci simili"},
    ListingHeading{"it", "annunci correlati"},
    ListingHeading{"it", "profili simili"},
    ListingHeading{"it", "potrebbe interessarti anche"},
    ListingHeading{"it", "potrebbero interessarti"},
    ListingHeading{"it", "ti potrebbe piacere anche"},
    ListingHeading{"it", "potrebbe piacerti anche"},
    ListingHeading{"it", "altre ragazze"},
    ListingHeading{"it", "altri annunci"},
    ListingHeading{"it", "visti di recente"},
    ListingHeading{"it", "visti recentemente"},
    ListingHeading{"it", "annunci in evidenza"},
    // Portuguese
    ListingHeading{"pt", "anuncios semelhantes"},
    ListingHeading{"pt", "anuncios relacionados"},
    ListingHeading{"pt", "perfis semelhantes"},
    ListingHeading{"pt", "voce tambem pode gostar"},
    ListingHeading{"pt", "tambem pode gostar"},
    ListingHeading{"pt", "pode tambem gostar"},
    ListingHeading{"pt", "outras garotas"},
    ListingHeading{"pt", "outras meninas"},
    ListingHeading{"pt", "outros anuncios"},
    ListingHeading{"pt", "vistos recentemente"},
    // Dutch
    ListingHeading{"nl", "vergelijkbare advertenties"},
    ListingHeading{"nl", "soortgelijke advertenties"},
    ListingHeading{"nl", "gerelateerde advertenties"},
    ListingHeading{"nl", "dit vind je misschien ook leuk"},
    ListingHeading{"nl", "misschien ook interessant"},
    ListingHeading{"nl", "andere meiden"},
    ListingHeading{"nl", "andere dames"},
    ListingHeading{"nl", "andere advertenties"},
    ListingHeading{"nl", "recent bekeken"},
    ListingHeading{"nl", "onlangs bekeken"},
    // Polish (ł does not decompose: both spellings)
    ListingHeading{"pl", "podobne ogłoszenia"},
    ListingHeading{"pl", "podobne ogloszenia"},
    ListingHeading{"pl", "podobne anonse"},
    ListingHeading{"pl", "moze cie zainteresowac"},
    ListingHeading{"pl", "moga cie zainteresowac"},
    ListingHeading{"pl", "moze ci sie spodobac"},
    ListingHeading{"pl", "inne dziewczyny"},
    ListingHeading{"pl", "inne ogłoszenia"},
    ListingHeading{"pl", "inne ogloszenia"},
    ListingHeading{"pl", "ostatnio ogladane"},
    ListingHeading{"pl", "ostatnio przegladane"},
    ListingHeading{"pl", "polecane ogłoszenia"},
    ListingHeading{"pl", "polecane ogloszenia"},
    // Romanian
    ListingHeading{"ro", "anunturi similare"},
    ListingHeading{"ro", "anunturi asemanatoare"},
    ListingHeading{"ro", "anunturi recomandate"},
    ListingHeading{"ro", "s ar putea sa iti placa"},
    ListingHeading{"ro", "ti ar putea placea"},
    ListingHeading{"ro", "alte fete"},
    ListingHeading{"ro", "alte anunturi"},
    ListingHeading{"ro", "vizualizate recent"},
    // Russian (й folds to и)
    ListingHeading{"ru", "похожие объявления"},
    ListingHeading{"ru", "похожие анкеты"},
    ListingHeading{"ru", "вам также может понравиться"},
    ListingHeading{"ru", "вам может понравиться"},
    ListingHeading{"ru", "другие девушки"},
    ListingHeading{"ru", "другие объявления"},
    ListingHeading{"ru", "другие анкеты"},
    ListingHeading{"ru", "недавно просмотренные"},
    ListingHeading{"ru", "вы недавно смотрели"},
    ListingHeading{"ru", "рекомендуемые анкеты"},
    // Ukrainian
    ListingHeading{"uk", "схожі оголошення"},
    ListingHeading{"uk", "подібні оголошення"},
    ListingHeading{"uk", "схожі анкети"},
    ListingHeading{"uk", "вам також може сподобатися"},
    ListingHeading{"uk", "вам може сподобатися"},
    ListingHeading{"uk", "інші дівчата"},
    ListingHeading{"uk", "інші оголошення"},
    ListingHeading{"uk", "нещодавно переглянуті"},
    // Bulgarian
    ListingHeading{"bg", "подобни обяви"},
    ListingHeading{"bg", "други момичета"},
    ListingHeading{"bg", "други обяви"},
    ListingHeading{"bg", "може да харесате също"},
    ListingHeading{"bg", "наскоро разгледани"},
    // More wordings (link28): sites' widgets of other ads near you, seen by others, popular.
    // English
    ListingHeading{"en", "more ladies near"},
    ListingHeading{"en", "more girls near"},
    ListingHeading{"en", "more escorts near"},
    ListingHeading{"en", "more ladies like"},
    ListingHeading{"en", "more girls like"},
    ListingHeading{"en", "ladies near you"},
    ListingHeading{"en", "girls near you"},
    ListingHeading{"en", "escorts near you"},
    ListingHeading{"en", "also viewed"},
    ListingHeading{"en", "also liked"},
    ListingHeading{"en", "viewers also viewed"},
    ListingHeading{"en", "visitors also viewed"},
    ListingHeading{"en", "customers also viewed"},
    ListingHeading{"en", "others viewed"},
    ListingHeading{"en", "popular in"},
    ListingHeading{"en", "popular near"},
    ListingHeading{"en", "popular escorts"},
    ListingHeading{"en", "popular girls"},
    ListingHeading{"en", "popular ads"},
    ListingHeading{"en", "top escorts in"},
    ListingHeading{"en", "top girls in"},
    ListingHeading{"en", "top ladies in"},
    ListingHeading{"en", "trending near you"},
    ListingHeading{"en", "trending in"},
    ListingHeading{"en", "also online now"},
    ListingHeading{"en", "girls like her"},
    ListingHeading{"en", "ladies like her"},
    ListingHeading{"en", "recommended for you"},
    ListingHeading{"en", "recommended escorts"},
    ListingHeading{"en", "recommended ads"},
    ListingHeading{"en", "hot girls in"},
    ListingHeading{"en", "hot escorts in"},
    // German
    ListingHeading{"de", "weitere damen"},
    ListingHeading{"de", "weitere madchen"},
    ListingHeading{"de", "weitere girls"},
    ListingHeading{"de", "weitere anzeigen in"},
    ListingHeading{"de", "damen in deiner nahe"},
    ListingHeading{"de", "madchen in deiner nahe"},
    ListingHeading{"de", "damen in ihrer nahe"},
    ListingHeading{"de", "andere sahen auch"},
    ListingHeading{"de", "andere sahen sich auch"},
    ListingHeading{"de", "andere nutzer sahen"},
    ListingHeading{"de", "nutzer sahen auch"},
    ListingHeading{"de", "auch angesehen"},
    ListingHeading{"de", "beliebt in"},
    ListingHeading{"de", "beliebte anzeigen"},
    ListingHeading{"de", "beliebte damen"},
    ListingHeading{"de", "top anzeigen in"},
    ListingHeading{"de", "empfehlungen fur dich"},
    ListingHeading{"de", "empfohlen fur dich"},
    // Dutch
    ListingHeading{"nl", "anderen bekeken ook"},
    ListingHeading{"nl", "anderen bekeken"},
    ListingHeading{"nl", "ook bekeken"},
    ListingHeading{"nl", "meer dames"},
    ListingHeading{"nl", "meer meiden"},
    ListingHeading{"nl", "dames bij jou in de buurt"},
    ListingHeading{"nl", "meiden bij jou in de buurt"},
    ListingHeading{"nl", "populair in"},
    ListingHeading{"nl", "populaire advertenties"},
    ListingHeading{"nl", "aanbevolen advertenties"},
    ListingHeading{"nl", "aanbevolen voor jou"},
    // French
    ListingHeading{"fr", "d autres filles"},
    ListingHeading{"fr", "d autres annonces"},
    ListingHeading{"fr", "autres filles pres"},
    ListingHeading{"fr", "filles pres de chez vous"},
    ListingHeading{"fr", "ont aussi consulte"},
    ListingHeading{"fr", "ont egalement consulte"},
    ListingHeading{"fr", "ont aussi vu"},
    ListingHeading{"fr", "populaires a"},
    ListingHeading{"fr", "annonces populaires"},
    ListingHeading{"fr", "recommandees pour vous"},
    ListingHeading{"fr", "recommandes pour vous"},
    // Romanian
    ListingHeading{"ro", "alte doamne"},
    ListingHeading{"ro", "alte domnisoare"},
    ListingHeading{"ro", "fete langa tine"},
    ListingHeading{"ro", "doamne langa tine"},
    ListingHeading{"ro", "au mai vazut"},
    ListingHeading{"ro", "au vazut si"},
    ListingHeading{"ro", "populare in"},
    ListingHeading{"ro", "anunturi populare"},
    ListingHeading{"ro", "recomandate pentru tine"},
    // Bulgarian
    ListingHeading{"bg", "още дами"},
    ListingHeading{"bg", "още момичета"},
    ListingHeading{"bg", "още обяви"},
    ListingHeading{"bg", "разгледаха също"},
    ListingHeading{"bg", "също разгледаха"},
    ListingHeading{"bg", "популярни в"},
    ListingHeading{"bg", "популярни обяви"},
    ListingHeading{"bg", "препоръчани обяви"},
    ListingHeading{"bg", "други дами"},
    // Spanish
    ListingHeading{"es", "mas chicas"},
    ListingHeading{"es", "mas anuncios"},
    ListingHeading{"es", "chicas cerca de ti"},
    ListingHeading{"es", "tambien vieron"},
    ListingHeading{"es", "tambien han visto"},
    ListingHeading{"es", "tambien visitaron"},
    ListingHeading{"es", "populares en"},
    ListingHeading{"es", "chicas populares"},
    ListingHeading{"es", "anuncios populares"},
    ListingHeading{"es", "recomendados para ti"},
    ListingHeading{"es", "otras senoritas"},
    // Italian
    ListingHeading{"it", "altre ragazze vicino"},
    ListingHeading{"it", "ragazze vicino a te"},
    ListingHeading{"it", "altre donne"},
    ListingHeading{"it", "hanno visto anche"},
    ListingHeading{"it", "hanno guardato anche"},
    ListingHeading{"it", "visti anche"},
    ListingHeading{"it", "popolari a"},
    ListingHeading{"it", "annunci popolari"},
    ListingHeading{"it", "ragazze popolari"},
    ListingHeading{"it", "consigliati per te"},
    // Polish
    ListingHeading{"pl", "więcej pań"},
    ListingHeading{"pl", "wiecej pan"},
    ListingHeading{"pl", "więcej dziewczyn"},
    ListingHeading{"pl", "wiecej dziewczyn"},
    ListingHeading{"pl", "więcej ogłoszeń"},
    ListingHeading{"pl", "wiecej ogloszen"},
    ListingHeading{"pl", "panie w pobliżu"},
    ListingHeading{"pl", "panie w poblizu"},
    ListingHeading{"pl", "inni oglądali"},
    ListingHeading{"pl", "inni ogladali"},
    ListingHeading{"pl", "oglądali również"},
    ListingHeading{"pl", "oglądali też"},
    ListingHeading{"pl", "ogladali tez"},
    ListingHeading{"pl", "ogladali rowniez"},
    ListingHeading{"pl", "popularne w"},
    ListingHeading{"pl", "popularne ogłoszenia"},
    ListingHeading{"pl", "popularne ogloszenia"},
    ListingHeading{"pl", "polecane dla ciebie"},
    ListingHeading{"pl", "inne panie"},
    // Russian
    ListingHeading{"ru", "ещё девушки"},
    ListingHeading{"ru", "еще девушки"},
    ListingHeading{"ru", "ещё анкеты"},
    ListingHeading{"ru", "еще анкеты"},
    ListingHeading{"ru", "девушки рядом с вами"},
    ListingHeading{"ru", "также смотрели"},
    ListingHeading{"ru", "смотрели также"},
    ListingHeading{"ru", "популярные в"},
    ListingHeading{"ru", "популярные анкеты"},
    ListingHeading{"ru", "популярные девушки"},
    ListingHeading{"ru", "рекомендуем посмотреть"},
    ListingHeading{"ru", "другие дамы"},
    // Ukrainian
    ListingHeading{"uk", "більше дівчат"},
    ListingHeading{"uk", "більше оголошень"},
    ListingHeading{"uk", "дівчата поруч"},
    ListingHeading{"uk", "також переглядали"},
    ListingHeading{"uk", "переглядали також"},
    ListingHeading{"uk", "популярні в"},
    ListingHeading{"uk", "популярні анкети"},
    ListingHeading{"uk", "рекомендовані оголошення"},
    ListingHeading{"uk", "інші анкети"},
    ListingHeading{"uk", "інші пані"},
    // More wordings (link40): Hungarian and Czech (two of the twelve languages the corpora carry,
    // missing till now), and what others saw in Portuguese, Spanish and French.
    // Hungarian
    ListingHeading{"hu", "hasonlo hirdetesek"},
    ListingHeading{"hu", "hasonlo profilok"},
    ListingHeading{"hu", "hasonlo lanyok"},
    ListingHeading{"hu", "nemreg megtekintett"},
    ListingHeading{"hu", "legutobb megtekintett"},
    ListingHeading{"hu", "legutobb megnezett"},
    ListingHeading{"hu", "ezeket is megneztek"},
    ListingHeading{"hu", "masok is megneztek"},
    ListingHeading{"hu", "ez is erdekelhet"},
    ListingHeading{"hu", "ezek is erdekelhetnek"},
    ListingHeading{"hu", "tovabbi hirdetesek"},
    ListingHeading{"hu", "tovabbi lanyok"},
    ListingHeading{"hu", "mas lanyok"},
    ListingHeading{"hu", "ajanlott hirdetesek"},
    ListingHeading{"hu", "nepszeru hirdetesek"},
    ListingHeading{"hu", "kiemelt hirdetesek"},
    // Czech
    ListingHeading{"cs", "podobne inzeraty"},
    ListingHeading{"cs", "podobne profily"},
    ListingHeading{"cs", "naposledy prohlizene"},
    ListingHeading{"cs", "naposledy zobrazene"},
    ListingHeading{"cs", "nedavno prohlizene"},
    ListingHeading{"cs", "mohlo by vas zajimat"},
    ListingHeading{"cs", "mohlo by te zajimat"},
    ListingHeading{"cs", "mohlo by se vam libit"},
    ListingHeading{"cs", "dalsi divky"},
    ListingHeading{"cs", "dalsi inzeraty"},
    ListingHeading{"cs", "jine divky"},
    ListingHeading{"cs", "ostatni si prohlizeli"},
    ListingHeading{"cs", "si take prohlizeli"},
    ListingHeading{"cs", "doporucene inzeraty"},
    ListingHeading{"cs", "oblibene inzeraty"},
    // Portuguese
    ListingHeading{"pt", "tambem viu"},
    ListingHeading{"pt", "tambem viram"},
    ListingHeading{"pt", "tambem visitaram"},
    ListingHeading{"pt", "vistos por ultimo"},
    ListingHeading{"pt", "anuncios populares"},
    ListingHeading{"pt", "recomendados para si"},
    ListingHeading{"pt", "recomendados para voce"},
    // Spanish
    ListingHeading{"es", "tambien vio"},
    // French
    ListingHeading{"fr", "ont aussi regarde"},
};

// A heading line holds its phrase and at most this many other words ("Other girls in Leeds",
// "Similar ads near you").
constexpr size_t kHeadingExtraWords = 4;
// Longer lines are no heading (the longest phrase and its extra words, in Cyrillic, are shorter).
constexpr size_t kMaxHeadingLineBytes = 160;
// A line of this many words or more with no contact is prose, not a listing item: the quoted
// block ends before it.
constexpr size_t kProseWords = 20;
// A line of this many words or more with no contact that ends as a sentence does is prose too
// ("Termine bestätigt unser Büro innerhalb von Minuten. … sorgfältig ausgewählt."): a listing's
// items are titles and teasers.
constexpr size_t kSentenceProseWords = 10;

struct Word {
  std::string text;
  size_t start = 0;
  size_t end = 0;
};

// The base letter of a folded code point: its canonical decomposition's first code point. Cached
// per thread (a text's letters repeat).
UChar32 Base(UChar32 c) {
  if (c < 0x80) return c;
  thread_local std::unordered_map<UChar32, UChar32> cache;
  if (auto it = cache.find(c); it != cache.end()) return it->second;
  UChar32 base = c;
  UErrorCode error = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(error);
  icu::UnicodeString decomposed;
  if (U_SUCCESS(error) && nfd != nullptr && nfd->getDecomposition(c, decomposed) &&
      !decomposed.isEmpty()) {
    base = decomposed.char32At(0);
  }
  if (cache.size() < 4096) cache.emplace(c, base);
  return base;
}

// Folded words of text[begin, end) with their byte spans; the spans in `skip` left out.
std::vector<Word> WordsOf(std::string_view text, size_t begin, size_t end,
                          std::span<const MaskSpan> skip) {
  std::vector<Word> words;
  Word word;
  auto finish = [&](size_t at) {
    if (!word.text.empty()) {
      word.end = at;
      words.push_back(std::move(word));
    }
    word = Word{};
  };
  size_t next_skip = 0;
  while (next_skip < skip.size() && skip[next_skip].end <= begin) ++next_skip;
  auto i = static_cast<int32_t>(begin);
  const auto length = static_cast<int32_t>(std::min(end, text.size()));
  while (i < length) {
    const auto at = static_cast<size_t>(i);
    if (next_skip < skip.size() && at >= skip[next_skip].start) {
      finish(at);
      i = static_cast<int32_t>(std::max(skip[next_skip].end, at + 1));
      ++next_skip;
      continue;
    }
    UChar32 c = 0;
    U8_NEXT(text.data(), i, length, c);
    if (c < 0) continue;
    if ((U_GET_GC_MASK(c) & U_GC_M_MASK) != 0) continue;  // a combining mark: dropped
    if (u_isalnum(c)) {
      if (word.text.empty()) word.start = at;
      // U8_NEXT yields no surrogate; folding and decomposition keep a scalar value one.
      AppendUtf8(static_cast<uint32_t>(Base(u_foldCase(c, U_FOLD_CASE_DEFAULT))), &word.text);
    } else {
      finish(at);
    }
  }
  finish(static_cast<size_t>(length));
  return words;
}

std::string Joined(const std::vector<Word>& words, size_t from, size_t limit) {
  std::string out;
  for (size_t i = from; i < words.size() && i < from + limit; ++i) {
    if (!out.empty()) out.push_back(' ');
    out += words[i].text;
  }
  return out;
}

// The lexicon as folded word lists (folded with the text's folding, so that "ähnliche" written
// either way matches).
const std::vector<std::vector<std::string>>& HeadingWords() {
  static const std::vector<std::vector<std::string>> words = [] {
    std::vector<std::vector<std::string>> out;
    for (const ListingHeading& h : kHeadings) out.push_back(FoldedWords(h.phrase));
    return out;
  }();
  return words;
}

// The lexicon's phrases by their first word.
const std::unordered_map<std::string, std::vector<size_t>>& HeadingsByFirstWord() {
  static const std::unordered_map<std::string, std::vector<size_t>> index = [] {
    std::unordered_map<std::string, std::vector<size_t>> out;
    const auto& headings = HeadingWords();
    for (size_t i = 0; i < headings.size(); ++i) {
      if (!headings[i].empty()) out[headings[i][0]].push_back(i);
    }
    return out;
  }();
  return index;
}

struct PhraseAt {
  size_t at = std::string::npos;  // word index
  size_t words = 0;
};

// The first lexicon phrase in `words` (by position, then lexicon order), within the first
// `max_start` + 1 words.
PhraseAt FindHeading(const std::vector<Word>& words, size_t max_start) {
  const auto& headings = HeadingWords();
  const auto& index = HeadingsByFirstWord();
  for (size_t i = 0; i < words.size() && i <= max_start; ++i) {
    const auto it = index.find(words[i].text);
    if (it == index.end()) continue;
    for (size_t h : it->second) {
      const std::vector<std::string>& p = headings[h];
      if (i + p.size() > words.size()) continue;
      bool all = true;
      for (size_t k = 1; k < p.size() && all; ++k) all = words[i + k].text == p[k];
      if (all) return {i, p.size()};
    }
  }
  return {};
}

// How many of `words` lexicon phrases cover (phrases may overlap: "Meer dames bij jou in de
// buurt" holds "meer dames" and "dames bij jou in de buurt").
size_t CoveredWords(const std::vector<Word>& words) {
  const auto& headings = HeadingWords();
  const auto& index = HeadingsByFirstWord();
  std::vector<bool> covered(words.size(), false);
  for (size_t i = 0; i < words.size(); ++i) {
    const auto it = index.find(words[i].text);
    if (it == index.end()) continue;
    for (size_t h : it->second) {
      const std::vector<std::string>& p = headings[h];
      if (i + p.size() > words.size()) continue;
      bool all = true;
      for (size_t k = 1; k < p.size() && all; ++k) all = words[i + k].text == p[k];
      if (!all) continue;
      for (size_t k = 0; k < p.size(); ++k) covered[i + k] = true;
    }
  }
  return static_cast<size_t>(std::count(covered.begin(), covered.end(), true));
}

struct Line {
  size_t start;
  size_t end;
};

std::vector<Line> LinesOf(std::string_view text) {
  std::vector<Line> lines;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    lines.push_back({start, end});
    start = end + 1;
  }
  return lines;
}

bool HasContactIn(std::span<const MaskSpan> contacts, size_t start, size_t end) {
  return std::any_of(contacts.begin(), contacts.end(),
                     [&](const MaskSpan& c) { return c.start >= start && c.start < end; });
}

size_t FirstContactIn(std::span<const MaskSpan> contacts, size_t start, size_t end) {
  size_t first = end;
  for (const MaskSpan& c : contacts) {
    if (c.start >= start && c.start < end) first = std::min(first, c.start);
  }
  return first;
}

struct Block {
  size_t start;
  size_t end;
  std::string why;
  // A site's widget, never the ad's own contact lines (OwnBlockLeftOut): under a heading on the
  // line of its items ("Similar ads nearby: Lacey, 34 · 07700 900582 | ..."), a labelled carousel,
  // or a heading over a list of cards of different names and ages ("» Nemrég megtekintett «" /
  // "» Lili, 19 – 06 20 … «" / "» Luca, 25 – …").
  bool widget = false;
};

// Whether `line` ends as a sentence does (a full stop, an exclamation or question mark; closing
// quotes and spaces after it): headings do not.
bool EndsAsSentence(std::string_view line) {
  size_t end = line.size();
  while (end > 0 && (line[end - 1] == ' ' || line[end - 1] == '\t' || line[end - 1] == '\r' ||
                     line[end - 1] == '"' || line[end - 1] == ')'))
    --end;
  if (end == 0) return false;
  const char last = line[end - 1];
  // "..." and "…" close a teaser, not a sentence: a quoted item's title may end so.
  if (last == '.' && end >= 2 && line[end - 2] == '.') return false;
  return last == '.' || last == '!' || last == '?';
}

// A label before a carousel's first card ("Visitors who viewed this also viewed:", "Las más
// llamadas esta semana:"): a few words closed by a colon.
constexpr size_t kLabelWords = 8;

// A lexicon phrase anywhere in a label of kLabelWords words at most closed by a colon before the
// line's first contact (`first_contact`): a widget's heading written as a clause ("Quem viu este
// anúncio também viu: Inês → https://wa.me/…", "(Otros usuarios también vieron: Lucía 668 …").
PhraseAt PhraseInLabel(std::string_view text, const Line& line, const std::vector<Word>& words,
                       size_t first_contact) {
  const size_t colon =
      text.substr(0, std::min(first_contact, line.end)).find_first_of(":|", line.start);
  if (colon == std::string_view::npos) return {};
  std::vector<Word> label;
  for (const Word& w : words) {
    if (w.end > colon) break;
    label.push_back(w);
  }
  if (label.empty() || label.size() > kLabelWords) return {};
  return FindHeading(label, label.size());
}

UChar32 CodePointAt(std::string_view text, size_t i, size_t* length);
bool IsItemSeparator(UChar32 c);

// Arrows a widget's heading points at its cards with ("Profili simili ➜ Alice ~ 320 … ➜ Chiara
// ~ 349 …"), besides the carousel's (IsCarouselArrow).
bool IsPointingArrow(UChar32 c) {
  return c == 0x2794 || (c >= 0x2798 && c <= 0x27AF) || c == 0x21D2 || c == 0x21E2 || c == 0x27F6 ||
         c == 0x27F9 || c == 0x2B95 || c == 0x2B62 || c == 0x25B8 || c == 0x25B9;
}

// Where a heading on the line of its items ends, in text[from, to): the first colon or bar
// ("Similar ads: Anna …", "Похожие анкеты | Полина …"), or item separator or arrow (a heading
// pointing at its cards: "Profili simili ➜ Alice …"); npos when there is none. Sets `*length` to
// the mark's bytes.
size_t HeadingMarkAfter(std::string_view text, size_t from, size_t to, size_t* length) {
  for (size_t i = from; i < to && i < text.size();) {
    size_t n = 1;
    const UChar32 c = CodePointAt(text, i, &n);
    if (n == 0) n = 1;
    if (c == ':' || IsItemSeparator(c) || IsPointingArrow(c)) {
      *length = n;
      return i;
    }
    i += n;
  }
  return std::string_view::npos;
}

// The quoted blocks of `text`: each from a related-listings heading to the end of its listing.
std::vector<Block> QuotedBlocks(std::string_view text, const std::vector<Line>& lines,
                                std::span<const MaskSpan> contacts) {
  std::vector<Block> blocks;
  bool first_line = true;
  for (size_t l = 0; l < lines.size(); ++l) {
    const Line& line = lines[l];
    const bool title_line =
        first_line && !Trim(text.substr(line.start, line.end - line.start)).empty();
    if (title_line) first_line = false;
    const bool has_contact = HasContactIn(contacts, line.start, line.end);
    // Inside a block only a heading line of its own starts another (a listing ends there).
    if (!blocks.empty() && line.start < blocks.back().end && has_contact) continue;
    // A heading line is short: a long line without a contact is not read word by word.
    if (!has_contact && line.end - line.start > kMaxHeadingLineBytes) continue;
    // The text's first line is the ad's own title ("Popular in Leeds", "Hot girls in Leeds").
    if (!has_contact && title_line) continue;
    // A line ending as a sentence does is prose ("Other girls available on request."), not a
    // heading.
    if (!has_contact && EndsAsSentence(text.substr(line.start, line.end - line.start))) continue;
    const std::vector<Word> words = WordsOf(text, line.start, line.end, {});
    if (words.empty()) continue;
    size_t block_start = std::string::npos, heading_end = 0;
    if (!has_contact) {
      // A heading line: the phrase and at most kHeadingExtraWords other words.
      const PhraseAt p = FindHeading(words, words.size());
      if (p.at != std::string::npos && words.size() <= CoveredWords(words) + kHeadingExtraWords) {
        block_start = line.end;
        heading_end = line.end;
      }
    } else {
      // Inline: "Similar ads: Anna 07700 900123 | Mia ...": the phrase near the line's start, then
      // a colon, the bar of a table's first cell ("Похожие анкеты | Полина 32 | …"), an arrow or an
      // item separator (HeadingMarkAfter: "Profili simili ➜ Alice …") before the first contact, a
      // few words at most after the phrase.
      const size_t first_contact = FirstContactIn(contacts, line.start, line.end);
      PhraseAt p = FindHeading(words, 1);
      if (p.at == std::string::npos) p = PhraseInLabel(text, line, words, first_contact);
      const size_t phrase_end =
          p.at == std::string::npos ? first_contact : words[p.at + p.words - 1].end;
      size_t mark_length = 0;
      const size_t colon = phrase_end < first_contact
                               ? HeadingMarkAfter(text, phrase_end, first_contact, &mark_length)
                               : std::string_view::npos;
      if (colon != std::string_view::npos) {
        size_t between = 0;
        for (const Word& w : words) between += w.start > phrase_end && w.end <= colon ? 1 : 0;
        if (between <= kHeadingExtraWords) {
          block_start = colon + mark_length;
          heading_end = colon;
        }
      }
    }
    if (block_start == std::string::npos) continue;
    // A heading inside the block before it ends that block.
    if (!blocks.empty() && line.start < blocks.back().end) blocks.back().end = line.start;
    // The listing runs to the end of the text, or to the first line of prose after it; a heading
    // on the line of its items heads that line (the ad's own "WhatsApp …" may follow it).
    const bool inline_heading = heading_end < line.end;
    size_t block_end = inline_heading ? line.end : text.size();
    for (size_t k = l + 1; k < lines.size() && !inline_heading; ++k) {
      const Line& next = lines[k];
      if (HasContactIn(contacts, next.start, next.end)) continue;
      const size_t words = WordsOf(text, next.start, next.end, {}).size();
      if (words >= kProseWords ||
          (words >= kSentenceProseWords &&
           EndsAsSentence(text.substr(next.start, next.end - next.start)))) {
        block_end = next.start;
        break;
      }
    }
    std::string heading(Trim(text.substr(line.start, heading_end - line.start)));
    blocks.push_back(
        {block_start, block_end, "under \"" + Ellipsize(heading, 60) + "\"", inline_heading});
  }
  return blocks;
}

// Listing items on one line without a heading (a carousel of cards: "‹ Macy 32 07700 900811 ·
// Holly 31 07700 900473 ›") and tables with pipes, one row a line ("★ TOP | Freya | Birmingham |
// 07700 900079"): shapes that list other ads, each item a name, an age or a city and a number.

// The code point at byte `i` of `text` and its length in bytes (-1 when invalid).
UChar32 CodePointAt(std::string_view text, size_t i, size_t* length) {
  auto k = static_cast<int32_t>(i);
  const auto n = static_cast<int32_t>(text.size());
  UChar32 c = 0;
  U8_NEXT(text.data(), k, n, c);
  *length = static_cast<size_t>(k) - i;
  return c;
}

bool IsDigit(char c) {
  return c >= '0' && c <= '9';
}

// Glyphs that open or close a carousel of cards (arrows, guillemets, chevrons).
bool IsCarouselArrow(UChar32 c) {
  switch (c) {
    case '<':
    case '>':
    case 0x00AB:
    case 0x00BB:
    case 0x2039:
    case 0x203A:
    case 0x2190:
    case 0x2192:
    case 0x25C0:
    case 0x25B6:
    case 0x25C4:
    case 0x25BA:
    case 0x276E:
    case 0x276F:
    case 0x27E8:
    case 0x27E9:
    case 0x2329:
    case 0x232A:
    case 0x21E6:
    case 0x21E8:
      return true;
    default:
      return false;
  }
}

// Glyphs that part the items of one line (a pipe, dots, bullets, an arrow).
bool IsItemSeparator(UChar32 c) {
  switch (c) {
    case '|':
    case 0x00B7:
    case 0x2022:
    case 0x25E6:
    case 0x2219:
    case 0x22C5:
    case 0x2027:
    case 0x25CF:
    case 0x25AA:
    case 0x2023:
    case 0x2043:
    case 0xFF5C:
    case 0x2503:
    case 0x2502:
      return true;
    default:
      return IsCarouselArrow(c);
  }
}

// A hyphen or a dash (en, em, figure dash, minus).
bool IsDash(UChar32 c) {
  return c == '-' || c == 0x2012 || c == 0x2013 || c == 0x2014 || c == 0x2212;
}

// Whether text[begin, end) holds an item separator, a dash, a comma, a semicolon or a slash (cards
// listed as a sentence lists things: "Alice (30) 350 …; Viola (27) 393 …", "Νεφέλη 31, 695 …,
// Νεφέλη 26, …", "Mia 24 07700 900101 / Zoe 29 …", "… 07700 900101 – Zoe 29 …"), or a run of two
// spaces or more. A card's words are still read back to the previous number, not
// to the comma (the name and age before it are the card's).
bool HasSeparator(std::string_view text, size_t begin, size_t end) {
  size_t spaces = 0;
  for (size_t i = begin; i < end;) {
    size_t length = 1;
    const UChar32 c = CodePointAt(text, i, &length);
    if (length == 0) length = 1;
    if (c == ' ' || c == '\t' || c == 0x00A0) {
      if (++spaces >= 2) return true;
    } else {
      spaces = 0;
      if (IsItemSeparator(c) || IsDash(c) || c == ',' || c == ';' || c == '/') return true;
    }
    i += length;
  }
  return false;
}

// An item's words are few: a name, an age, a city, a label ("★ TOP").
constexpr size_t kItemWords = 5;

// A word of one or two digits from 18 to 69: an age on a card.
bool IsAge(std::string_view word) {
  if (word.size() != 2 || !IsDigit(word[0]) || !IsDigit(word[1])) return false;
  const int age = (word[0] - '0') * 10 + (word[1] - '0');
  return age >= 18 && age <= 69;
}

// Whether one of `words` is an age.
bool HasAge(const std::vector<Word>& words) {
  return std::any_of(words.begin(), words.end(), [](const Word& w) { return IsAge(w.text); });
}

// How many of `words` hold a letter.
size_t LetterWords(const std::vector<Word>& words) {
  return static_cast<size_t>(std::count_if(words.begin(), words.end(), [](const Word& w) {
    return std::any_of(w.text.begin(), w.text.end(), [](char c) { return !IsDigit(c); });
  }));
}

// The digits of a contact's span, the last nine (two items of one number are one ad's).
std::string DigitsOf(std::string_view text, const MaskSpan& c) {
  std::string digits;
  for (size_t i = c.start; i < c.end && i < text.size(); ++i) {
    if (IsDigit(text[i])) digits.push_back(text[i]);
  }
  return digits.size() > 9 ? digits.substr(digits.size() - 9) : digits;
}

// The contacts whose span starts in [start, end), by start.
std::vector<MaskSpan> ContactsIn(std::span<const MaskSpan> contacts, size_t start, size_t end) {
  std::vector<MaskSpan> in;
  for (const MaskSpan& c : contacts) {
    if (c.start >= start && c.start < end) in.push_back(c);
  }
  std::sort(in.begin(), in.end(),
            [](const MaskSpan& a, const MaskSpan& b) { return a.start < b.start; });
  return in;
}

// A label before a carousel's first card (kLabelWords): sites word their widgets freely, so the
// words are not read; the cards after the colon, each with an age, make it a listing.

// Where a carousel's first card starts: after a label closed by a colon (kLabelWords words at
// most, the card after it kItemWords at most), else at the line's start. Sets `*labelled` when a
// label was passed.
size_t FirstCardStart(std::string_view text, const Line& line, const MaskSpan& first,
                      bool* labelled) {
  *labelled = false;
  const std::string_view before = text.substr(line.start, first.start - line.start);
  size_t colon = before.rfind(':');
  size_t colon_length = 1;
  if (const size_t wide = before.rfind("\xEF\xBC\x9A");  // U+FF1A FULLWIDTH COLON
      wide != std::string_view::npos && (colon == std::string_view::npos || wide > colon)) {
    colon = wide;
    colon_length = 3;
  }
  if (colon == std::string_view::npos) return line.start;
  const size_t card_start = line.start + colon + colon_length;
  const size_t label_words = WordsOf(text, line.start, line.start + colon, {}).size();
  if (label_words == 0 || label_words > kLabelWords) return line.start;
  if (WordsOf(text, card_start, first.start, {}).size() > kItemWords) return line.start;
  *labelled = true;
  return card_start;
}

// Whether a card's number span opens with the card's age read into it: "32 07700 900811" or
// "(32) 0176 …" taken as a country or area code.
bool AgeReadIntoSpan(std::string_view span) {
  if (!span.empty() && span[0] == '(') span.remove_prefix(1);
  if (span.size() <= 3 || !IsDigit(span[0]) || !IsDigit(span[1])) return false;
  const size_t after = span[2] == ')' ? 3 : 2;
  return span.size() > after && span[after] == ' ' && IsAge(span.substr(0, 2));
}

// Appends `value` to `list` unless it is there already (the lists are a line's few contacts).
template <typename T>
void AddOnce(const T& value, std::vector<T>* list) {
  if (std::find(list->begin(), list->end(), value) == list->end()) list->push_back(value);
}

// The start of the code point that ends just before byte `end` (not before `floor`).
size_t CodePointBefore(std::string_view text, size_t floor, size_t end) {
  size_t back = end - 1;
  while (back > floor && (static_cast<unsigned char>(text[back]) & 0xC0) == 0x80) --back;
  return back;
}

// Whether the contacts `in` of one line stand as items of a carousel: two different numbers or
// more, each after a separator (the first after the line's start, or after a label closed by a
// colon: FirstCardStart), with few words before each; the line opened or closed by an arrow, or
// every item's words holding an age ("Macy 32"); a labelled line needs the ages. A carousel
// showing one card ("‹ Noa 24 06 44713733 ›") is one too when the line is both opened and closed
// by an arrow and the card holds an age: an ad's own contact line is not drawn so. Sets
// `*labelled` (when given) for a labelled carousel: the site's widget, like a heading on the line
// of its items.
bool IsCarousel(std::string_view text, const Line& line, const std::vector<MaskSpan>& in,
                bool* labelled = nullptr) {
  if (labelled != nullptr) *labelled = false;
  if (in.empty()) return false;
  std::vector<std::string> distinct;
  for (const MaskSpan& c : in) {
    std::string d = DigitsOf(text, c);
    AddOnce(d, &distinct);
  }
  const std::string_view trimmed = Trim(text.substr(line.start, line.end - line.start));
  size_t length = 0;
  bool arrows = false;
  bool both_arrows = false;
  if (!trimmed.empty()) {
    const bool opens = IsCarouselArrow(CodePointAt(trimmed, 0, &length));
    const size_t last = CodePointBefore(trimmed, 0, trimmed.size());
    const bool closes = IsCarouselArrow(CodePointAt(trimmed, last, &length));
    arrows = opens || closes;
    both_arrows = opens && closes && last > 0;
  }
  const bool one_card = in.size() == 1 && both_arrows;
  if (!one_card && (in.size() < 2 || distinct.size() < 2)) return false;
  // Whether the first card holds an age, and every card after it.
  bool first_age = false;
  bool rest_ages = true;
  bool has_label = false;
  const size_t first_card_start = FirstCardStart(text, line, in[0], &has_label);
  size_t from = first_card_start;
  for (size_t k = 0; k < in.size(); ++k) {
    if (in[k].start < from) return false;  // overlapping spans
    if (k > 0 && !HasSeparator(text, from, in[k].start)) return false;
    // The item's words: from the separator before it (or the previous contact) to the contact.
    size_t item_start = in[k].start;
    while (item_start > from) {
      const size_t back = CodePointBefore(text, from, item_start);
      size_t n = 0;
      if (IsItemSeparator(CodePointAt(text, back, &n))) break;
      item_start = back;
    }
    const std::vector<Word> words = WordsOf(text, item_start, in[k].start, {});
    if (words.size() > kItemWords) return false;
    // An age before the number, or read into it ("32 07700 900811" as a country code).
    const bool age_in_span = AgeReadIntoSpan(text.substr(in[k].start, in[k].end - in[k].start));
    // The first card's age may stand before a colon inside it ("Mia 25 Tel: 07700 900111").
    const std::vector<Word> aged =
        k == 0 && has_label ? WordsOf(text, line.start, in[0].start, {}) : std::vector<Word>{};
    // A card in cells ("| Вика 23 | 8 (967) … |") or after a comma ("…, Νεφέλη 26, 699 …"): its
    // name and age stand before the separator, since the previous number.
    const std::vector<Word> card = WordsOf(text, from, in[k].start, {});
    const bool card_age = card.size() <= kItemWords && HasAge(card);
    const bool age = age_in_span || HasAge(words) || HasAge(aged) || card_age;
    if (k == 0) {
      first_age = age;
    } else {
      rest_ages = rest_ages && age;
    }
    from = in[k].end;
  }
  // After the last card: a few words, or a closing arrow and then anything (the page's words
  // going on on the same line).
  size_t tail_end = line.end;
  for (size_t i = from; i < line.end;) {
    size_t n = 1;
    const UChar32 c = CodePointAt(text, i, &n);
    if (n == 0) n = 1;
    if (IsCarouselArrow(c)) {
      tail_end = i;
      arrows = true;
      break;
    }
    i += n;
  }
  // Digits there are a card whose number was not read (another country's, in its own form).
  const std::vector<Word> tail = WordsOf(text, from, tail_end, {});
  if (LetterWords(tail) > kItemWords) return false;
  // Cards written number first ("07700 900101 — Mia, 24 · 07700 900102 — Zoe, 29"): each card's
  // name and age after its number (the last card's in the tail), no words before the first.
  const bool number_first = rest_ages && HasAge(tail) &&
                            LetterWords(WordsOf(text, first_card_start, in[0].start, {})) == 0;
  const bool ages = (first_age && rest_ages) || number_first;
  if (one_card) return ages;
  if (has_label) {
    if (labelled != nullptr) *labelled = ages;
    return ages;
  }
  return arrows || ages;
}

// The number of '|' (or a full-width or box-drawing bar) in text[begin, end).
size_t PipesIn(std::string_view text, size_t begin, size_t end) {
  const std::string_view line = text.substr(begin, end - begin);
  // Most lines are ASCII or hold no bar but '|'.
  if (line.find("\xEF\xBD\x9C") == std::string_view::npos &&
      line.find("\xE2\x94\x82") == std::string_view::npos &&
      line.find("\xE2\x94\x83") == std::string_view::npos)
    return static_cast<size_t>(std::count(line.begin(), line.end(), '|'));
  size_t pipes = 0;
  for (size_t i = begin; i < end;) {
    size_t length = 1;
    const UChar32 c = CodePointAt(text, i, &length);
    if (length == 0) length = 1;
    pipes += c == '|' || c == 0xFF5C || c == 0x2502 || c == 0x2503 ? 1 : 0;
    i += length;
  }
  return pipes;
}

// Why a contact in a list of cards one a line is quoted.
constexpr std::string_view kInAListOfListings = "in a list of listings";

// The first word holding a letter among `words` (a card's name after its bullet or number), or
// an empty string.
std::string FirstName(const std::vector<Word>& words) {
  for (const Word& w : words) {
    if (std::any_of(w.text.begin(), w.text.end(), [](char c) { return !IsDigit(c); }))
      return w.text;
  }
  return {};
}

// Whether `line` is one card of a list of cards, one a line: one contact `in`, before it a few
// words holding a name and an age (or the age read into the number), after it a few words. A
// bullet, a dash or a number ("•", "-", "1.", "2)") may open it, or nothing. Sets `*name` to the
// card's first word holding a letter.
bool IsCardLine(std::string_view text, const Line& line, const std::vector<MaskSpan>& in,
                std::string* name) {
  if (in.size() != 1) return false;
  const std::vector<Word> before = WordsOf(text, line.start, in[0].start, {});
  const std::vector<Word> after = WordsOf(text, in[0].end, line.end, {});
  if (before.size() > kItemWords || LetterWords(after) > kItemWords) return false;
  // The card written number first ("07700 900101 — Mia, 24"): its name and age after it.
  if (LetterWords(before) == 0) {
    *name = FirstName(after);
    return !name->empty() && HasAge(after);
  }
  *name = FirstName(before);
  return AgeReadIntoSpan(text.substr(in[0].start, in[0].end - in[0].start)) || HasAge(before);
}

// Why a contact in a labelled row of named cards is quoted.
constexpr std::string_view kInARowOfListings = "in a row of listings";

// The one-word own-contact cues of the mention lexicon ("call", "whatsapp", "tel", "telefon"):
// words that label an ad's own numbers, never a card's name.
const std::unordered_set<std::string>& OwnContactWords() {
  static const std::unordered_set<std::string> words = [] {
    std::unordered_set<std::string> out;
    for (const MentionCue& cue : MentionCues()) {
      if (cue.kind != CueKind::kOwn) continue;
      std::vector<std::string> folded = FoldedWords(cue.phrase);
      if (folded.size() == 1) out.insert(std::move(folded[0]));
    }
    return out;
  }();
  return words;
}

// Whether `w` is written with a capital first letter, as a name is.
bool Capitalised(std::string_view text, const Word& w) {
  size_t length = 0;
  const UChar32 c = CodePointAt(text, w.start, &length);
  return c > 0 && (u_isupper(c) || u_istitle(c));
}

// A card's name: its first capitalised word holding no digit, or an empty string; empty too when
// a word of the card is an own-contact label ("Call", "WhatsApp": the ad's own line).
std::string CardName(std::string_view text, const std::vector<Word>& card) {
  std::string name;
  for (const Word& w : card) {
    if (OwnContactWords().count(w.text) != 0) return {};
    const bool letters = std::none_of(w.text.begin(), w.text.end(), IsDigit);
    if (name.empty() && letters && Capitalised(text, w)) name = w.text;
  }
  return name;
}

// Footnotes (link43): a page may name other advertisers with note marks after their names ("Also
// free tonight: Ruby¹ · Freya²") and print their numbers as the notes on a line of their own,
// anywhere below, often after the ad's own contact line ("¹ 07700 900511  ² 07700 900310"). Read as
// the ad's own, every ad so quoted joins the quoting one.

// Why a contact in footnotes to other names is quoted.
constexpr std::string_view kInFootnotes = "in footnotes to names";

// Whether `c` is a glyph of a note mark: a superscript digit, an asterisk, a dagger or a double
// dagger.
bool IsNoteGlyph(UChar32 c) {
  return c == 0xB9 || c == 0xB2 || c == 0xB3 || c == 0x2070 || (c >= 0x2074 && c <= 0x2079) ||
         c == '*' || c == 0x2020 || c == 0x2021;
}

// The note mark ending at byte `end` of `text`, not starting before `floor`: a run of note glyphs
// ("¹", "**", "†") or digits in square brackets ("[2]"); empty when none ends there.
std::string_view NoteMarkBefore(std::string_view text, size_t floor, size_t end) {
  if (end <= floor) return {};
  if (text[end - 1] == ']') {
    size_t open = end - 1;
    while (open > floor && IsDigit(text[open - 1])) --open;
    if (open > floor && open < end - 1 && text[open - 1] == '[')
      return text.substr(open - 1, end - open + 1);
    return {};
  }
  size_t start = end;
  while (start > floor) {
    const size_t back = CodePointBefore(text, floor, start);
    size_t length = 0;
    if (!IsNoteGlyph(CodePointAt(text, back, &length))) break;
    start = back;
  }
  return text.substr(start, end - start);
}

// The note mark before a contact starting at byte `at` of its line (blanks and a colon between
// them), or an empty string.
std::string_view NoteMarkOf(std::string_view text, size_t line_start, size_t at) {
  size_t end = at;
  while (end > line_start && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
  if (end > line_start && text[end - 1] == ':') --end;
  return NoteMarkBefore(text, line_start, end);
}

// Whether the note mark stands after a name outside text[skip_start, skip_end): a capitalised word
// written right before the mark, with no blank ("Freya²"), that is no own-contact label.
bool NoteMarkFollowsName(std::string_view text, std::string_view mark, size_t skip_start,
                         size_t skip_end) {
  for (size_t at = text.find(mark); at != std::string_view::npos; at = text.find(mark, at + 1)) {
    if (at >= skip_start && at < skip_end) continue;
    if (at == 0) continue;
    // The whole mark: no note glyph right after it ("*" is not "**").
    if (size_t length = 0;
        at + mark.size() < text.size() && IsNoteGlyph(CodePointAt(text, at + mark.size(), &length)))
      continue;
    // The word before the mark: back over letters.
    size_t start = at;
    while (start > 0) {
      const size_t back = CodePointBefore(text, 0, start);
      size_t length = 0;
      if (!u_isalpha(CodePointAt(text, back, &length))) break;
      start = back;
    }
    if (start == at) continue;
    const std::vector<Word> words = WordsOf(text, start, at, {});
    if (words.size() != 1 || !Capitalised(text, words[0]) ||
        OwnContactWords().count(words[0].text) != 0)
      continue;
    return true;
  }
  return false;
}

// Whether `line` holds footnotes: each of its contacts `in` (one at least) after a note mark that
// follows a capitalised name elsewhere in the text, a few words besides. Adds the marks and the
// numbers to `marks` and `numbers` (distinct).
bool IsFootnoteLine(std::string_view text, const Line& line, const std::vector<MaskSpan>& in,
                    std::vector<std::string>& marks, std::vector<std::string>& numbers) {
  if (in.empty()) return false;
  std::vector<std::string> line_marks;
  size_t from = line.start;
  for (const MaskSpan& c : in) {
    if (c.start < from) return false;  // overlapping spans
    const std::string_view mark = NoteMarkOf(text, from, c.start);
    if (mark.empty() || !NoteMarkFollowsName(text, mark, line.start, line.end)) return false;
    line_marks.emplace_back(mark);
    from = c.end;
  }
  if (LetterWords(WordsOf(text, line.start, line.end, in)) > kItemWords) return false;
  for (std::string& mark : line_marks) {
    AddOnce(mark, &marks);
  }
  for (const MaskSpan& c : in) {
    std::string d = DigitsOf(text, c);
    AddOnce(d, &numbers);
  }
  return true;
}

// Whether the contacts `in` of one line stand as a labelled row of named cards: a label closed by
// a colon (FirstCardStart), then two different numbers or more, each after a card of a few words
// holding a capitalised name ("Compare prices nearby: Amber £120/h 07700 900690 vs Chloe £150/h
// 07700 900299", "Ranking: #1 Natalia 661 … #2 Julia …", "On the map: 📍 1,3 km — Sarah 06… ·
// 📍 3,7 km — Camille 06…"), two names or more, a few words after the last. Whatever the cards
// carry beside the name (a price, a rank, a distance) and whatever the label says, a row that
// names other women beside their numbers, in a document giving a number of its own on another
// line, lists other ads: an ad's own contact line gives its numbers once, under its own name or
// a contact kind ("Call 07700 900111 · WhatsApp 07700 900222"). `contacts` are the document's.
bool IsRowOfNamedCards(std::string_view text, const Line& line, const std::vector<MaskSpan>& in,
                       std::span<const MaskSpan> contacts) {
  if (in.size() < 2) return false;
  bool labelled = false;
  const size_t first_card_start = FirstCardStart(text, line, in[0], &labelled);
  if (!labelled) return false;
  std::vector<std::string> numbers, names;
  size_t from = first_card_start;
  for (const MaskSpan& c : in) {
    if (c.start < from) return false;  // overlapping spans
    const std::vector<Word> card = WordsOf(text, from, c.start, {});
    if (LetterWords(card) > kItemWords || card.size() > 2 * kItemWords) return false;
    std::string name = CardName(text, card);
    if (name.empty()) return false;
    AddOnce(name, &names);
    std::string d = DigitsOf(text, c);
    AddOnce(d, &numbers);
    from = c.end;
  }
  if (names.size() < 2 || numbers.size() < 2) return false;
  if (LetterWords(WordsOf(text, from, line.end, {})) > kItemWords) return false;
  // The ad's own number on another line.
  return std::any_of(contacts.begin(), contacts.end(), [&](const MaskSpan& c) {
    return (c.start < line.start || c.start >= line.end) && DigitsOf(text, c).size() >= 7;
  });
}

// Tables with pipes: runs of two rows or more, each row one line of three cells or more with
// one contact, the rows' numbers different (a header row without a contact may stand among
// them); lists of cards, one a line, bulleted, numbered or not ("• Iga (25) 602 692 702", "1. Iga
// (25) …", "Mia, 24 — 07700 900101"), two lines or more in a row, each a card of a name, an age
// and one number, the numbers and the names different (an ad's own lines give one name);
// carousels (IsCarousel), each its line; rows of named cards after a label (IsRowOfNamedCards);
// and footnotes to names (IsFootnoteLine). A site prints these wherever its template puts them
// (on top, after the prices, after the ad's own contact line, at the bottom): where they stand is
// not read.
std::vector<Block> ListingShapes(std::string_view text, const std::vector<Line>& lines,
                                 std::span<const MaskSpan> contacts) {
  std::vector<Block> blocks;
  // Every shape but a single footnote lists two numbers or more; a single note is quoted only
  // beside the ad's own number elsewhere, so a document with one contact holds none.
  if (contacts.size() < 2) return blocks;
  // The first contact starting at or after each position, for the lines' contact counts.
  std::vector<size_t> starts;
  starts.reserve(contacts.size());
  for (const MaskSpan& c : contacts) starts.push_back(c.start);
  std::sort(starts.begin(), starts.end());
  auto has_contact = [&](const Line& line) {
    const auto it = std::lower_bound(starts.begin(), starts.end(), line.start);
    return it != starts.end() && *it < line.end;
  };
  size_t l = 0;
  while (l < lines.size()) {
    const Line& line = lines[l];
    if (!has_contact(line)) {
      ++l;
      continue;
    }
    const std::vector<MaskSpan> in = ContactsIn(contacts, line.start, line.end);
    // Footnotes: this line and the footnote lines after it. Two numbers or more under two marks or
    // more are the page's widget whatever the ad gives (an ad gives its own number once, not as
    // notes to several names); one note is quoted when the ad gives a number of its own elsewhere
    // (OwnBlockLeftOut).
    {
      std::vector<std::string> marks, numbers;
      size_t end_line = l;
      while (end_line < lines.size() &&
             IsFootnoteLine(text, lines[end_line],
                            ContactsIn(contacts, lines[end_line].start, lines[end_line].end), marks,
                            numbers))
        ++end_line;
      if (end_line > l) {
        blocks.push_back({line.start, lines[end_line - 1].end, std::string(kInFootnotes),
                          marks.size() >= 2 && numbers.size() >= 2});
        l = end_line;
        continue;
      }
    }
    // A table: this row and the rows after it.
    size_t rows = 0, end_line = l;
    std::vector<std::string> numbers;
    for (size_t k = l; k < lines.size(); ++k) {
      const Line& row = lines[k];
      if (PipesIn(text, row.start, row.end) < 2) break;
      const std::vector<MaskSpan> row_contacts = ContactsIn(contacts, row.start, row.end);
      if (row_contacts.size() > 1) break;
      end_line = k;
      if (row_contacts.empty()) continue;  // a header row
      if (WordsOf(text, row.start, row_contacts[0].start, {}).size() > 2 * kItemWords) break;
      ++rows;
      std::string d = DigitsOf(text, row_contacts[0]);
      AddOnce(d, &numbers);
    }
    if (rows >= 2 && numbers.size() >= 2) {
      // A header row just above the first row belongs to the table.
      blocks.push_back({line.start, lines[end_line].end, "in a table of listings"});
      l = end_line + 1;
      continue;
    }
    // A list of cards: this card and the cards after it.
    numbers.clear();
    std::vector<std::string> names;
    end_line = l;
    for (size_t k = l; k < lines.size(); ++k) {
      const std::vector<MaskSpan> card = ContactsIn(contacts, lines[k].start, lines[k].end);
      std::string name;
      if (!IsCardLine(text, lines[k], card, &name)) break;
      end_line = k;
      std::string d = DigitsOf(text, card[0]);
      AddOnce(d, &numbers);
      AddOnce(name, &names);
    }
    if (numbers.size() >= 2 && names.size() >= 2) {
      blocks.push_back({line.start, lines[end_line].end, std::string(kInAListOfListings)});
      l = end_line + 1;
      continue;
    }
    if (bool labelled = false; IsCarousel(text, line, in, &labelled))
      blocks.push_back({line.start, line.end, "in a carousel of listings", labelled});
    else if (IsRowOfNamedCards(text, line, in, contacts))
      blocks.push_back({line.start, line.end, std::string(kInARowOfListings)});
    ++l;
  }
  return blocks;
}

bool IsSegmentEnd(std::string_view text, size_t i) {
  const auto c = static_cast<unsigned char>(text[i]);
  if (c == '\n' || c == '|') return true;
  // U+2022 BULLET (E2 80 A2), whichever of its bytes `i` is at: items of one line. (A middle dot
  // parts the fields of one item: "Mia · Leeds · 07700 900222".)
  auto at = [&](size_t k) { return k < text.size() ? static_cast<unsigned char>(text[k]) : 0; };
  return (c == 0xE2 && at(i + 1) == 0x80 && at(i + 2) == 0xA2) ||
         (c == 0x80 && i >= 1 && at(i - 1) == 0xE2 && at(i + 1) == 0xA2) ||
         (c == 0xA2 && i >= 2 && at(i - 2) == 0xE2 && at(i - 1) == 0x80);
}

// The blocks under headings and the listing shapes (each sorted by start) as one list by start;
// a heading's block ends where a carousel or table starts inside it (its own listing), while a
// list of cards inside it is the block's own items (the block goes on after them: cards one a line
// and other items mixed under one heading).
std::vector<Block> Merged(std::vector<Block> headed, std::vector<Block> shapes) {
  // A list of cards inside a heading's block makes the block a widget: an ad lists its own
  // women (a directory agency's "• Mia (24): …") without a related-listings heading over them.
  // A row of named cards under a heading on its line is that heading's listing (its reason the
  // heading's).
  std::erase_if(shapes, [&](const Block& s) {
    return s.why == kInARowOfListings &&
           std::any_of(headed.begin(), headed.end(),
                       [&](const Block& h) { return h.start >= s.start && h.start < s.end; });
  });
  std::erase_if(shapes, [&](const Block& s) {
    if (s.why != kInAListOfListings) return false;
    bool inside = false;
    for (Block& h : headed) {
      if (s.start <= h.start || s.start >= h.end) continue;
      inside = true;
      h.widget = true;
    }
    return inside;
  });
  for (Block& h : headed) {
    for (const Block& s : shapes) {
      if (s.start > h.start && s.start < h.end) h.end = std::min(h.end, s.start);
    }
  }
  std::vector<Block> out;
  for (Block& h : headed) {
    // A shape the heading's block held from its start is the listing itself (a widget when the
    // heading stood on its line).
    bool covered = false;
    for (Block& s : shapes) {
      if (s.start > h.start || h.start >= s.end) continue;
      covered = true;
      s.widget |= h.widget;
    }
    if (!covered && h.end > h.start) out.push_back(std::move(h));
  }
  for (Block& s : shapes) out.push_back(std::move(s));
  std::sort(out.begin(), out.end(),
            [](const Block& a, const Block& b) { return a.start < b.start; });
  return out;
}

// A contact the ad gives as its own, outside every block: before the first block (an ad's own
// words come before the widgets of its page), or a number (a site's footer gives an address or a
// handle, not a number).
bool HasOwnContact(std::string_view text, std::span<const MaskSpan> contacts,
                   const std::vector<Block>& blocks) {
  for (const MaskSpan& c : contacts) {
    const bool inside = std::any_of(blocks.begin(), blocks.end(), [&](const Block& b) {
      return c.start >= b.start && c.start < b.end;
    });
    if (inside) continue;
    if (blocks.empty() || c.start < blocks.front().start) return true;
    if (DigitsOf(text, c).size() >= 7) return true;
  }
  return false;
}

// An ad gives a contact of its own: when no contact stands outside the blocks, the first block
// holding one is the ad's own (its prices and numbers in a table, a network's women listed on
// one line, its contact lines after a line that reads like a heading), not a quote. A widget
// (Block::widget: a heading on the line of its items, a labelled carousel, a heading over a list
// of cards) is the site's whatever the ad gives: an ad whose own number was not read (written in
// look-alike letters, or split between its title and text) does not own the numbers the page
// lists under "Similar ads nearby: ...".
std::vector<Block> OwnBlockLeftOut(std::string_view text, std::span<const MaskSpan> contacts,
                                   std::vector<Block> blocks) {
  if (blocks.empty() || HasOwnContact(text, contacts, blocks)) return blocks;
  for (auto b = blocks.begin(); b != blocks.end(); ++b) {
    if (!b->widget && HasContactIn(contacts, b->start, b->end)) {
      blocks.erase(b);
      break;
    }
  }
  return blocks;
}

}  // namespace

std::span<const ListingHeading> RelatedListingHeadings() {
  return kHeadings;
}

std::vector<std::string> FoldedWords(std::string_view text, std::span<const MaskSpan> skip) {
  std::vector<std::string> out;
  for (Word& w : WordsOf(text, 0, text.size(), skip)) out.push_back(std::move(w.text));
  return out;
}

std::vector<FoldedWord> FoldedWordsIn(std::string_view text, size_t begin, size_t end,
                                      std::span<const MaskSpan> skip) {
  std::vector<FoldedWord> out;
  for (Word& w : WordsOf(text, begin, end, skip))
    out.push_back({std::move(w.text), w.start, w.end});
  return out;
}

std::string OpeningWords(std::string_view title, std::string_view text) {
  std::vector<Word> words = WordsOf(title, 0, title.size(), {});
  if (words.empty()) {
    for (const Line& line : LinesOf(text)) {
      words = WordsOf(text, line.start, line.end, {});
      if (!words.empty()) break;
    }
  }
  if (words.size() < kMinOpeningWords) return {};
  return Joined(words, 0, kPlaceWords);
}

std::vector<ContactPlace> PlaceContacts(std::string_view text, std::span<const MaskSpan> contacts,
                                        std::span<const MaskSpan> selectors) {
  std::vector<ContactPlace> places(contacts.size());
  if (contacts.empty()) return places;
  const std::vector<Line> lines = LinesOf(text);
  std::vector<Block> blocks = OwnBlockLeftOut(
      text, contacts,
      Merged(QuotedBlocks(text, lines, contacts), ListingShapes(text, lines, contacts)));
  // The text's first non-empty line is its own title line when no title is given apart; a segment
  // there is never a quote.
  size_t first_line_end = 0;
  for (const Line& line : lines) {
    if (!Trim(text.substr(line.start, line.end - line.start)).empty()) {
      first_line_end = line.end;
      break;
    }
  }
  for (size_t i = 0; i < contacts.size(); ++i) {
    const MaskSpan& c = contacts[i];
    if (c.start >= text.size()) continue;
    size_t block_start = 0;
    for (const Block& b : blocks) {
      if (c.start >= b.start && c.start < b.end) {
        places[i].quoted = b.why;
        places[i].block_start = b.start;
        places[i].block_end = b.end;
        block_start = b.start;
        break;
      }
    }
    size_t start = c.start;
    while (start > block_start && !IsSegmentEnd(text, start - 1)) --start;
    size_t end = std::min(c.end, text.size());
    while (end < text.size() && !IsSegmentEnd(text, end)) ++end;
    if (start < first_line_end) continue;
    const std::vector<Word> words = WordsOf(text, start, end, selectors);
    if (words.size() < kMinOpeningWords) continue;
    places[i].segment = Joined(words, 0, kPlaceWords);
  }
  return places;
}

bool ReproducesOpening(std::string_view segment, std::string_view opening) {
  if (segment.empty() || opening.empty()) return false;
  const std::vector<std::string_view> words = Split(opening, ' ');
  if (words.size() < kMinOpeningWords) return false;
  std::string needle = " ";
  for (size_t i = 0; i < words.size() && i < kOpeningWords; ++i) {
    needle.append(words[i]);
    needle.push_back(' ');
  }
  std::string padded = " ";
  padded.append(segment);
  padded.push_back(' ');
  return padded.find(needle) != std::string::npos;
}

}  // namespace ariadne::link
