// The common words of the ads' languages that are never a username (see common_words.h). The
// lists hold function words only: no noun or adjective, which a username may well be ("bella",
// "sunny"), and no word of two letters or fewer that a platform's rules would let through as a
// name but that also abbreviates one. Words are in LowerWord form (ASCII lower case). Analysts add
// words here when a word of prose is read as a name after a platform's name.
#include "extract/common_words.h"

#include <array>

#include "extract/text_util.h"

namespace ariadne::extract {
namespace {

// clang-format off
constexpr auto kEnglish = std::to_array<std::string_view>({
    "about", "again", "already", "also", "any", "are", "because", "but", "either", "from", "have",
    "her", "here", "his", "just", "likewise", "mine", "more", "neither", "never", "nor", "not",
    "nothing", "our", "ours", "same", "she", "still", "than", "that", "the", "their", "them",
    "then", "there", "these", "they", "this", "those", "though", "was", "well", "were", "what",
    "when", "where", "which", "while", "who", "why", "with", "without", "would", "yet", "you",
    "your", "yours", "into", "onto", "over", "under", "via", "sorry", "thanks", "anymore",
    "instead", "otherwise", "however", "anyway", "both", "each"});
constexpr auto kGerman = std::to_array<std::string_view>({
    "aber", "alle", "also", "anders", "auch", "auf", "aus", "bei", "bin", "bis", "bitte", "dann",
    "das", "dasselbe", "dein", "deine", "dem", "den", "der", "derselbe", "des", "die", "dieselbe",
    "dort", "durch", "ebenfalls", "ebenso", "ein", "eine", "einen", "einer", "gerne", "genauso",
    "gleichfalls", "habe", "hab", "hat", "hier", "ich", "ihr", "ihre", "immer", "ist", "jetzt",
    "kaum", "kein", "keine", "keinen", "keiner", "leider", "mehr", "mein", "meine", "mit", "nein",
    "nicht", "noch", "nur", "oder", "ohne", "schon", "sind", "sowie", "selbst", "und", "unter",
    "von", "weil", "wie", "zum"});
constexpr auto kFrench = std::to_array<std::string_view>({
    "aussi", "avec", "car", "ces", "cette", "chez", "comme", "dans", "des", "donc", "ensuite",
    "encore", "est", "jamais", "les", "leur", "mais", "meme", "mes", "moi", "mon", "non", "nous",
    "oui", "par", "pareil", "pas", "plus", "pour", "puis", "que", "qui", "sans", "ses",
    "seulement", "son", "sont", "suis", "sur", "tes", "toi", "ton", "tous", "tout", "toujours",
    "uniquement", "une", "vous", "votre", "idem", "egalement", "deja", "ici", "aucun", "aucune",
    "rien"});
constexpr auto kDutch = std::to_array<std::string_view>({
    "alleen", "als", "ben", "bij", "dat", "deze", "die", "dit", "door", "een", "eveneens", "geen",
    "graag", "heb", "hebben", "het", "hetzelfde", "hier", "hij", "jouw", "maar", "mijn", "met",
    "naar", "nee", "niet", "nog", "nooit", "ook", "over", "onder", "uit", "van", "voor", "wel",
    "want", "zelfde", "zij", "zijn", "zonder", "zoals", "enkel", "daar", "altijd", "meer"});
constexpr auto kRomanian = std::to_array<std::string_view>({
    "acolo", "acum", "aici", "asa", "care", "cea", "cei", "cel", "dar", "deja", "doar", "este",
    "fara", "iar", "inca", "mea", "meu", "nici", "numai", "pentru", "sau", "sunt", "tau", "tot",
    "toate", "spre", "prin", "din", "dupa", "cand", "unde", "acelasi", "aceeasi", "decat",
    "niciodata", "mereu", "ori", "cum", "despre"});
constexpr auto kSpanish = std::to_array<std::string_view>({
    "ahora", "aqui", "alli", "con", "del", "desde", "donde", "esta", "este", "igual", "las", "los",
    "mas", "mismo", "misma", "nada", "nunca", "para", "pero", "por", "porque", "que", "sin",
    "siempre", "sobre", "solamente", "solo", "soy", "sus", "tambien", "todavia", "todo", "tus",
    "unicamente", "nosotros", "tampoco", "hasta", "entre", "muy", "aun", "pues", "luego", "cuando",
    "como", "otra"});
constexpr auto kItalian = std::to_array<std::string_view>({
    "adesso", "alla", "anche", "ancora", "con", "che", "come", "dal", "dalla", "del", "della",
    "dove", "gli", "lui", "nel", "nella", "non", "per", "perche", "piu", "poi", "pure", "qua",
    "qui", "senza", "solo", "soltanto", "sono", "stesso", "stessa", "sua", "suo", "sul", "sulla",
    "tua", "tuo", "tutto", "uguale", "sempre", "neanche", "nemmeno"});
constexpr auto kPolish = std::to_array<std::string_view>({
    "albo", "ale", "bez", "dla", "jest", "jestem", "jeszcze", "jedynie", "juz", "lub", "mam",
    "moj", "moja", "moje", "nie", "nigdy", "oraz", "przez", "przy", "samo", "tak", "takze", "tam",
    "teraz", "tez", "tutaj", "tylko", "twoj", "twoja", "wiecej", "zawsze", "ten", "jak", "gdzie",
    "kiedy", "ani", "czy", "pod", "nad", "rowniez"});
// clang-format on

}  // namespace

bool IsCommonWord(std::string_view word) {
  static const LowerWordSet english(kEnglish), german(kGerman), french(kFrench), dutch(kDutch),
      romanian(kRomanian), spanish(kSpanish), italian(kItalian), polish(kPolish);
  for (const LowerWordSet* set :
       {&english, &german, &french, &dutch, &romanian, &spanish, &italian, &polish}) {
    if (set->Has(word)) return true;
  }
  return false;
}

}  // namespace ariadne::extract
