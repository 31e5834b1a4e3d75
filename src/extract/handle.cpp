// Messaging and social-network handles as "platform:name" (lower case), from profile links
// ("t.me/name", "instagram.com/name", "tiktok.com/@name", …) and from a platform word followed by a
// colon or an '@' ("Telegram: @name", "TG @name", "IG: name", "snap: name", "Viber/Telegram:
// name"), or by a dash after a platform's own name ("insta - name", "Telegram - name"). The name
// must satisfy the platform's own length and charset rules and contain a letter (digits after
// "WhatsApp:" are phone numbers, found by the phone extractor). WhatsApp links (wa.me/<digits>,
// api.whatsapp.com/send?phone=<digits>) give a phone instead. Sources: the platforms' username
// rules (Telegram: 5-32 of a-z0-9_, help center; Instagram: 30 of a-z0-9._; Snapchat: 3-15; TikTok:
// 2-24; X: 4-15 of a-z0-9_; Kik: 6-20; WeChat ID: 6-20, letter first).
// Names read aloud after a platform's mark or a spoken "at" ("insta: mia dot rose dot ninety
// nine", "telegram at sweet underscore anna") are folded into one (SpokenName).
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

#include "core/quote_marks.h"
#include "extract/common_words.h"
#include "extract/extractor.h"
#include "extract/phone.h"
#include "extract/platform_words.h"
#include "extract/redirect.h"
#include "extract/spoken.h"
#include "extract/spoken_separators.h"
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
    {"facebook", 5, 50, "._", false},  // Facebook allows no '_', but ads write "FB: name_xo"
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

bool IsIdWord(std::string_view word);

// Words that follow "Telegram:" without being a name.
bool IsStopword(std::string_view lower) {
  // And the states a list of profiles reports instead of a name ("IG: posted 14/11", "Snap:
  // online", "TG: updated").
  static constexpr std::array<std::string_view, 50> kStop = {
      "me",     "here",    "same",    "available", "only",   "link",     "below",   "above",
      "dm",     "pm",      "message", "contact",   "number", "profile",  "account", "private",
      "write",  "call",    "text",    "ask",       "please", "now",      "free",    "tel",
      "phone",  "email",   "mail",    "inbox",     "direct", "official", "yes",     "no",
      "ok",     "and",     "or",      "the",       "too",    "also",     "soon",    "link_in_bio",
      "posted", "updated", "online",  "offline",   "active", "inactive", "seen",    "verified",
      "banned", "deleted"};
  // Abbreviations of prose with a dot ("take a snap e.g. this").
  static constexpr std::array<std::string_view, 10> kAbbreviations = {
      "e.g", "i.e", "z.b", "d.h", "u.a", "p.s", "a.k.a", "n.b", "o.k", "bzw"};
  // And the function words of the ads' languages ("insta ebenfalls …", "kein Insta – nur
  // Anrufe"): common_words.cpp.
  // And the words that say a name follows ("Signal : pseudo camille.77", "Telegram-kanaal: …"):
  // they name the name's kind, never the name.
  return IsOneOf(lower, kStop) || IsOneOf(lower, kAbbreviations) || IsCommonWord(lower) ||
         IsIdWord(lower);
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

struct PlatformWord {
  std::string_view word;  // LowerWord form
  std::string_view platform;
};
// The platforms' names in the other scripts of the ads (Cyrillic, Chinese), in byte order.
// clang-format off
constexpr std::array<PlatformWord, 84> kScriptPlatformWords = {{
    {"вайбер", "viber"},
    {"вайбере", "viber"},
    {"вайбері", "viber"},
    {"вайбър", "viber"},
    {"ватсап", "whatsapp"},
    {"ватсапп", "whatsapp"},
    {"вацап", "whatsapp"},
    {"вичат", "wechat"},
    {"вотсап", "whatsapp"},
    {"вотсапп", "whatsapp"},
    {"вічат", "wechat"},
    {"инст", "instagram"},
    {"инста", "instagram"},
    {"инстаграм", "instagram"},
    {"инстаграма", "instagram"},
    {"инстаграме", "instagram"},
    {"инстаграмм", "instagram"},
    {"инстаграму", "instagram"},
    {"инсте", "instagram"},
    {"инсту", "instagram"},
    {"кик", "kik"},
    {"лайн", "line"},
    {"онлифанс", "onlyfans"},
    {"онлифансе", "onlyfans"},
    {"онліфанс", "onlyfans"},
    {"сигнал", "signal"},
    {"сигнале", "signal"},
    {"сигналі", "signal"},
    {"снап", "snapchat"},
    {"снапе", "snapchat"},
    {"снапчат", "snapchat"},
    {"снапчате", "snapchat"},
    {"снапчаті", "snapchat"},
    {"снапі", "snapchat"},
    {"снеп", "snapchat"},
    {"снепчат", "snapchat"},
    {"снепчаті", "snapchat"},
    {"снепі", "snapchat"},
    {"снэп", "snapchat"},
    {"снэпе", "snapchat"},
    {"снэпчат", "snapchat"},
    {"снэпчате", "snapchat"},
    {"твитер", "x"},
    {"твитере", "x"},
    {"твиттер", "x"},
    {"твиттере", "x"},
    {"твитър", "x"},
    {"твітер", "x"},
    {"твітері", "x"},
    {"твіттер", "x"},
    {"тг", "telegram"},
    {"телега", "telegram"},
    {"телеге", "telegram"},
    {"телеграм", "telegram"},
    {"телеграма", "telegram"},
    {"телеграме", "telegram"},
    {"телеграмм", "telegram"},
    {"телеграмме", "telegram"},
    {"телеграму", "telegram"},
    {"телеграмі", "telegram"},
    {"телегу", "telegram"},
    {"телезі", "telegram"},
    {"тикток", "tiktok"},
    {"тиктоке", "tiktok"},
    {"тлг", "telegram"},
    {"туитер", "x"},
    {"туитър", "x"},
    {"туитъра", "x"},
    {"тікток", "tiktok"},
    {"тіктоці", "tiktok"},
    {"тґ", "telegram"},
    {"фб", "facebook"},
    {"фейсбук", "facebook"},
    {"фейсбуке", "facebook"},
    {"фейсбуці", "facebook"},
    {"інст", "instagram"},
    {"інста", "instagram"},
    {"інстаграм", "instagram"},
    {"інстаграму", "instagram"},
    {"інстаграмі", "instagram"},
    {"інсту", "instagram"},
    {"інсті", "instagram"},
    {"微信", "wechat"},
    {"微信号", "wechat"},
}};
// clang-format on
constexpr bool PlatformWordsSorted() {
  for (size_t k = 1; k < kScriptPlatformWords.size(); ++k) {
    if (!(kScriptPlatformWords[k - 1].word < kScriptPlatformWords[k].word)) return false;
  }
  return true;
}
static_assert(PlatformWordsSorted(), "kScriptPlatformWords must be in byte order");

// The platform an emoji that ads write for its name stands for, or "": the ghost of Snapchat's
// logo, the camera with flash for Instagram ("👻 emma.prg | 📸 emma.prague.real"). Read only
// right before a name with a digit, dot or underscore (FromBareName): elsewhere they decorate
// ("Snapchat 👻 — ajoute-moi", "vali.wien 📸 / TG: …").
std::string_view PlatformOfEmoji(std::string_view word) {
  if (word == "\xF0\x9F\x91\xBB") return "snapchat";
  if (word == "\xF0\x9F\x93\xB8") return "instagram";
  return {};
}

// An emoji or arrow that points from a platform's name to the name after it ("Snapchat 👉
// marina_mlg", "snap ➜ @chiara_vip"): 👉, 👇, ⬇, ➡ and the other heavy arrows of the Dingbats
// (➔, ➜, ➝, ➞, ➤ …), ⇨, ⟶, ▶, ►, maybe with its emoji presentation selector.
bool IsPointingEmoji(std::string_view word) {
  if (word.ends_with("\xEF\xB8\x8F")) word.remove_suffix(3);
  if (word == "\xF0\x9F\x91\x89" || word == "\xF0\x9F\x91\x87") return true;  // 👉 👇
  if (word.size() != 3 || static_cast<unsigned char>(word[0]) != 0xE2) return false;
  const auto second = static_cast<unsigned char>(word[1]),
             third = static_cast<unsigned char>(word[2]);
  return (second == 0x9E && third >= 0x94 && third <= 0xBE) ||    // ➔ … ➾ (U+2794-U+27BE)
         (second == 0x87 && third == 0xA8) ||                     // ⇨
         (second == 0x9F && third == 0xB6) ||                     // ⟶
         (second == 0x96 && (third == 0xB6 || third == 0xBA)) ||  // ▶ ►
         (second == 0xAC && third == 0x87) ||                     // ⬇
         (second == 0xAE && third == 0x95);                       // ⮕
}

// The Latin letter (lower case) a letter that looks like one stands for in a word of Latin
// letters: a Cyrillic capital or small letter of the same shape ("ІNSTAGRAM", "ТЕLEGRAM"), or a
// Latin letter with an accent ("TELEGRÀM"); 0 for none.
char LatinLookAlike(UChar32 c) {
  // U+00C0-U+00FF: À-Å a, Ç c, È-Ë e, Ì-Ï i, Ñ n, Ò-Ö o, Ù-Ü u, Ý y (and their small letters).
  static constexpr char kLatin1[] = "aaaaaa\0ceeeeiiii\0nooooo\0\0uuuuy\0\0";
  if (c >= 0xC0 && c <= 0xFF) return kLatin1[(c - 0xC0) & 0x1F];
  switch (c) {
    case 0x0410:
    case 0x0430:
      return 'a';  // А а
    case 0x0412:
      return 'b';  // В
    case 0x0415:
    case 0x0435:
    case 0x0401:
    case 0x0451:
      return 'e';  // Е е Ё ё
    case 0x041A:
    case 0x043A:
      return 'k';  // К к
    case 0x041C:
      return 'm';  // М
    case 0x041D:
      return 'h';  // Н
    case 0x041E:
    case 0x043E:
      return 'o';  // О о
    case 0x0420:
    case 0x0440:
      return 'p';  // Р р
    case 0x0421:
    case 0x0441:
      return 'c';  // С с
    case 0x0422:
      return 't';  // Т
    case 0x0423:
    case 0x0443:
      return 'y';  // У у
    case 0x0425:
    case 0x0445:
      return 'x';  // Х х
    case 0x0406:
    case 0x0456:
      return 'i';  // І і
    case 0x0405:
    case 0x0455:
      return 's';  // Ѕ ѕ
    case 0x0408:
    case 0x0458:
      return 'j';  // Ј ј
    default:
      return 0;
  }
}

// A word of Latin letters with look-alikes of other scripts or accents among them, in lower-case
// Latin letters ("ТЕLEGRAM" -> "telegram"); "" when the word has fewer than two Latin letters or
// a letter that has no look-alike.
std::string LatinSkeleton(std::string_view word) {
  std::string out;
  size_t latin = 0;
  for (int32_t i = 0; i < static_cast<int32_t>(word.size());) {
    UChar32 c = 0;
    U8_NEXT(word.data(), i, static_cast<int32_t>(word.size()), c);
    if (c >= 0 && c < 0x80 && IsAsciiAlpha(static_cast<char>(c))) {
      out.push_back(static_cast<char>(c | 0x20));
      ++latin;
      continue;
    }
    const char look = c < 0 ? 0 : LatinLookAlike(c);
    if (look == 0 || out.size() >= 24) return {};
    out.push_back(look);
  }
  return latin >= 2 ? out : std::string();
}

// A platform's name written in leetspeak, digits for the letters they look like ("T1kT0k",
// "Sn4pch4t", "1nst4gr4m", "T3l3gr4m"): 0 o, 1 i (or l), 3 e, 4 a, 5 s, 7 t. Only names of
// kMinLeetNameBytes or more, with two letters at least ("5C", "1G" are no "sc", "ig").
constexpr size_t kMinLeetNameBytes = 5;
template <typename Sifted>
int FindLeetWord(const Sifted& sifted, std::string_view word) {
  constexpr size_t kMaxLeetNameBytes = 16;
  if (word.size() > kMaxLeetNameBytes) return -1;
  std::array<char, kMaxLeetNameBytes> letters;
  size_t alpha = 0;
  bool one = false;
  for (size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    if (IsAsciiAlpha(c)) {
      letters[i] = c;
      ++alpha;
      continue;
    }
    static constexpr std::string_view kDigits = "013457", kLetters = "oieast";
    const size_t d = kDigits.find(c);
    if (d == std::string_view::npos) return -1;
    letters[i] = kLetters[d];
    one |= c == '1';
  }
  if (alpha < 2) return -1;
  const std::string_view read(letters.data(), word.size());
  int k = sifted.Find(read);
  if (k < 0 && one) {
    for (size_t i = 0; i < word.size(); ++i) {
      if (word[i] == '1') letters[i] = 'l';
    }
    k = sifted.Find(read);
  }
  return k;
}

}  // namespace

// Declared in platform_words.h (the payment extractor reads it too).
std::string_view PlatformOfWord(std::string_view word) {
  // Sifted by length and first letter (LowerKeywords): the context marks ask about every word
  // before a ':' or '-' in the text ("Tel:", "Ref."), most of them no platform's.
  // The names as written, then their inflected forms in the ads' languages written in Latin
  // letters: Polish locative ("na Telegramie", "na Snapie", "na Kiku") and Romanian definite
  // ("pe Instagramul"); the Cyrillic forms are in kScriptPlatformWords. And the abbreviations
  // "tele" and "tlg" (de, es, it: "auf tele: name", "tlg: name").
  // Polish accusative after "masz …?" ("masz snapa?", "masz telegrama?"). "TT" for TikTok and
  // French "Télégramme" and "Télégram".
  static constexpr std::array<std::string_view, 51> kWords = {
      "telegram",   "tg",          "telega",     "instagram",  "insta",      "ig",
      "snapchat",   "snap",        "sc",         "onlyfans",   "of",         "tiktok",
      "facebook",   "fb",          "twitter",    "x",          "signal",     "viber",
      "wechat",     "line",        "kik",        "weixin",     "whatsapp",   "telegramm",
      "telegramie", "instagramie", "snapchacie", "facebooku",  "tiktoku",    "kiku",
      "viberze",    "signalu",     "whatsappie", "onlyfansie", "telegramul", "instagramul",
      "snapchatul", "facebookul",  "tiktokul",   "whatsappul", "twitterze",  "snapie",
      "tele",       "tlg",         "snapa",      "telegrama",  "tiktoka",    "tt",
      "télégramme", "telegramme",  "télégram"};
  static constexpr std::array<std::string_view, 51> kPlatforms = {
      "telegram",  "telegram", "telegram", "instagram", "instagram", "instagram", "snapchat",
      "snapchat",  "snapchat", "onlyfans", "onlyfans",  "tiktok",    "facebook",  "facebook",
      "x",         "x",        "signal",   "viber",     "wechat",    "line",      "kik",
      "wechat",    "whatsapp", "telegram", "telegram",  "instagram", "snapchat",  "facebook",
      "tiktok",    "kik",      "viber",    "signal",    "whatsapp",  "onlyfans",  "telegram",
      "instagram", "snapchat", "facebook", "tiktok",    "whatsapp",  "x",         "snapchat",
      "telegram",  "telegram", "snapchat", "telegram",  "tiktok",    "tiktok",    "telegram",
      "telegram",  "telegram"};
  static constexpr LowerKeywords<51> kSifted(kWords);
  if (word.empty()) return {};
  // "WeChat号" (Chinese "number", an account's id as "微信号" writes it): the name before it.
  if (constexpr std::string_view kNumberSign = "\xE5\x8F\xB7";
      word.size() > kNumberSign.size() && !IsNonAscii(word[0]) && word.ends_with(kNumberSign)) {
    word.remove_suffix(kNumberSign.size());
  }
  if (!IsNonAscii(word[0])) {
    int k = kSifted.Find(word);
    // A capital letter with an accent is lowered by LowerWord only ("TÉLÉGRAM").
    if (k < 0 && std::any_of(word.begin(), word.end(), IsNonAscii)) {
      k = kSifted.Find(LowerWord(word).view());
      if (k < 0) k = kSifted.Find(LatinSkeleton(word));
    }
    // A digit among the first three bytes, as every leet platform name has ("T1kT0k", "Sn4p…").
    if (k < 0 && word.size() >= kMinLeetNameBytes &&
        (IsDigit(word[0]) || IsDigit(word[1]) || IsDigit(word[2]))) {
      k = FindLeetWord(kSifted, word);
    }
    return k < 0 ? std::string_view() : kPlatforms[static_cast<size_t>(k)];
  }
  const LowerWord lower(word);
  const auto it = std::lower_bound(
      kScriptPlatformWords.begin(), kScriptPlatformWords.end(), lower.view(),
      [](const PlatformWord& entry, std::string_view key) { return entry.word < key; });
  if (it == kScriptPlatformWords.end() || it->word != lower.view()) {
    // Mixed scripts ("ІNSTAGRAM"): a Latin letter among them.
    if (std::none_of(word.begin(), word.end(), IsAsciiAlpha)) return {};
    const int k = kSifted.Find(LatinSkeleton(word));
    return k < 0 ? std::string_view() : kPlatforms[static_cast<size_t>(k)];
  }
  return it->platform;
}

namespace {

// A platform's name written as two words ("Tik Tok", "Тик Ток", "Only Fans", "Snap Chat"): whether
// `word` may be its second half, which the lookup of both words together needs (most words before
// a context mark are none, and cost one comparison or two here).
bool IsSecondHalfOfPlatform(std::string_view word) {
  if (word.size() < 3 || word.size() > 8) return false;
  static constexpr std::array<std::string_view, 8> kHalves = {"tok",  "fans", "chat", "gram",
                                                              "book", "ток",  "чат",  "грам"};
  const LowerWord lower(word);
  return std::find(kHalves.begin(), kHalves.end(), lower.view()) != kHalves.end();
}

// The platform the words [first, first_end) and [second, second_end) name together, or "".
std::string_view PlatformOfTwoWords(std::string_view t, size_t first, size_t first_end,
                                    size_t second, size_t second_end) {
  const size_t a = first_end - first, b = second_end - second;
  if (a == 0 || a > 16 || b > 8 || !IsSecondHalfOfPlatform(t.substr(second, b))) return {};
  std::array<char, 24> joined;
  std::copy_n(t.data() + first, a, joined.data());
  std::copy_n(t.data() + second, b, joined.data() + a);
  return PlatformOfWord(std::string_view(joined.data(), a + b));
}

// Words between a platform's name and the name that say the name follows: "Line ID: lola",
// "Signal username: lola", "WeChat ID lola-1990", "FB page: lola.77", "Telegram канал: @name", in
// the ads' languages (LowerWord forms, in byte order).
bool IsIdWord(std::string_view word) {
  // And the words for "only" ("Signal only: name", "Telegram nur: name") and messenger ("FB
  // messenger: name").
  static constexpr std::array<std::string_view, 80> kIdWords = {
      "acc", "account", "alleen", "apenas", "canal", "channel", "compte", "cont", "cuenta", "doar",
      "handle", "id", "identifiant", "just", "konto", "messenger", "msg", "name", "nick",
      "nickname", "nur", "only", "page", "perfil", "profiel", "profil", "profile", "profilo",
      "pseudo", "seulement", "solamente", "solo", "soltanto", "sólo", "tylko", "uniquement", "user",
      "username", "акаунт", "аккаунт", "канал", "логин", "ник", "нік", "профиль", "само", "только",
      "тільки", "мессенджер",
      // Channel, user name and pseudonym in the languages the words above left out.
      "kanaal", "kanal", "kanał", "canale", "pseudonyme", "benutzername", "nutzername",
      "gebruikersnaam", "usuario", "utente", "utilizator", "nazwa", "никнейм", "нікнейм",
      "псевдоним", "псевдонім", "профил", "профіль", "логін",
      // "Too" and "also" as "only" ("twitter too: @name", "Insta auch: name").
      "too", "also", "aussi", "auch", "ook", "también", "tambien", "anche", "też", "тоже", "теж",
      "също"};
  static const LowerWordSet id_words(kIdWords);
  return id_words.Has(word);
}

// Object pronouns after a platform's name used as a verb, before the name: "Kik me: lola99",
// "Snap me @lola", "Telegram mir: lola_x" (LowerWord forms, in byte order).
bool IsObjectPronoun(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kPronouns = {
      "me", "mi", "mich", "mij", "mir", "mnie", "moi", "ме", "мене", "мені", "ми", "мне"};
  static const LowerWordSet pronouns(kPronouns);
  return pronouns.Has(word);
}

// Words for "is" between a platform's name and an '@name': "My TikTok is @lola", "mein Insta ist
// @lola" (LowerWord forms, in byte order), and the words for "as" ("I'm on Insta as @lola", "auf
// Insta als @lola", "в инсте как @lola"). Only before an '@'.
bool IsLinkingWord(std::string_view word) {
  static constexpr std::array<std::string_view, 20> kLinking = {
      "e",  "es",  "est",   "este", "is",   "ist",  "jest", "è",   "е",  "є",
      "as", "als", "comme", "come", "como", "jako", "ca",   "как", "як", "като"};
  static const LowerWordSet linking(kLinking);
  return linking.Has(word);
}

// Words between a platform's name and a bare name that say "it is": "add me on sc its
// rosie_bris0l", "sur snap c'est chloe.bzh22", "в инсте это liza.spb", "na ig to kasia.gda"
// (LowerWord forms; the forms with an apostrophe are read whole by FillerBefore).
bool IsFillerWord(std::string_view word) {
  static constexpr std::array<std::string_view, 21> kFillers = {
      "c'est", "c’est", "e", "es", "est", "este", "is",  "ist", "it's", "it’s", "its",
      "jest",  "to",    "è", "е",  "це",  "это",  "ето", "є",   "é",    "são"};
  static const LowerWordSet fillers(kFillers);
  return fillers.Has(word);
}

// Words right before a platform's name that say the ad gives its contact there: prepositions
// ("add me on sc", "su signal", "sur snap", "na ig", "в инсте", "pe insta", "op snap") and
// possessives ("my snap", "mein insta", "мой тг"). After them a short or ordinary platform word
// ("sc", "ig", "line", "signal") introduces a bare name as its own name does.
bool IsContactWord(std::string_view word) {
  static constexpr std::array<std::string_view, 55> kContact = {
      "add",   "al",   "am",   "ao",    "auf",  "en",    "follow", "im",  "in",   "ma",   "mein",
      "meine", "meu",  "mi",   "mia",   "mijn", "mio",   "moim",   "moj", "moja", "moje", "mon",
      "my",    "mój",  "mých", "na",    "no",   "on",    "op",     "par", "pe",   "pela", "pelo",
      "por",   "su",   "sul",  "sulla", "sur",  "uber",  "via",    "w",   "über", "в",    "во",
      "във",   "моем", "мой",  "моя",   "моём", "моєму", "мій",    "на",  "по",   "у",    "ў"};
  static const LowerWordSet contact(kContact);
  return contact.Has(word);
}

bool IsContextWordByte(char c);

// The start of a filler word that ends at `end` ("its", "c'est", "it’s"), or `end` when there is
// none.
size_t FillerBefore(std::string_view t, size_t end) {
  size_t s = end;
  while (s > 0 && IsContextWordByte(t[s - 1]) && end - s <= 16) --s;
  if (s == end) return end;
  // "c'est", "it's": the apostrophe (ASCII; the curly one is read as a word byte) and the word
  // before it.
  if (s >= 2 && t[s - 1] == '\'' && IsAsciiAlpha(t[s - 2])) {
    --s;
    while (s > 0 && IsAsciiAlpha(t[s - 1]) && end - s <= 16) --s;
  }
  if (s > 0 && IsWordByte(t[s - 1])) return end;
  return IsFillerWord(t.substr(s, end - s)) ? s : end;
}

// Words for "only" next to a platform's name, which say the ad's contact is there and nowhere else
// ("KIK only, lucia.x", "Solo Telegram, giulia_vip", "nur Insta: …", "только телеграм — …"), in the
// ads' languages (LowerWord forms).
bool IsOnlyWord(std::string_view word) {
  static constexpr std::array<std::string_view, 36> kOnly = {"only",
                                                             "solely",
                                                             "exclusively",
                                                             "just",
                                                             "nur",
                                                             "ausschließlich",
                                                             "einzig",
                                                             "uniquement",
                                                             "seulement",
                                                             "exclusivement",
                                                             "solo",
                                                             "sólo",
                                                             "solamente",
                                                             "soltanto",
                                                             "unicamente",
                                                             "únicamente",
                                                             "esclusivamente",
                                                             "tylko",
                                                             "wyłącznie",
                                                             "jedynie",
                                                             "doar",
                                                             "numai",
                                                             "exclusiv",
                                                             "alleen",
                                                             "enkel",
                                                             "uitsluitend",
                                                             "только",
                                                             "лишь",
                                                             "исключительно",
                                                             "тільки",
                                                             "лише",
                                                             "виключно",
                                                             "само",
                                                             "единствено",
                                                             "apenas",
                                                             "só"};
  static const LowerWordSet only(kOnly);
  return only.Has(word);
}

// Whether an "only" word (IsOnlyWord) stands right before the platform word [s, e) or right after
// it (up to two spaces between).
bool OnlyWordBeside(std::string_view t, size_t s, size_t e) {
  size_t b = s;
  while (b > 0 && t[b - 1] == ' ' && s - b < 2) --b;
  if (b < s) {
    size_t w = b;
    while (w > 0 && IsContextWordByte(t[w - 1]) && b - w <= 28) --w;
    if (w < b && (w == 0 || !IsWordByte(t[w - 1])) && IsOnlyWord(t.substr(w, b - w))) return true;
  }
  size_t a = e;
  while (a < t.size() && t[a] == ' ' && a - e < 2) ++a;
  if (a == e) return false;
  size_t w = a;
  while (w < t.size() && IsContextWordByte(t[w]) && w - a <= 28) ++w;
  return w > a && (w == t.size() || !IsWordByte(t[w])) && IsOnlyWord(t.substr(a, w - a));
}

// The word that ends one or two spaces before `s`: context-word bytes, at most `max_bytes` + 1 of
// them, with no word byte before it; empty for none.
std::string_view WordBefore(std::string_view t, size_t s, size_t max_bytes) {
  size_t e = s;
  while (e > 0 && t[e - 1] == ' ' && s - e < 2) --e;
  if (e == s) return {};
  size_t w = e;
  while (w > 0 && IsContextWordByte(t[w - 1]) && e - w <= max_bytes) --w;
  if (w == e || (w > 0 && IsWordByte(t[w - 1]))) return {};
  return t.substr(w, e - w);
}

// Whether the word before the platform word that starts at `s` (up to two spaces between) is a
// contact word.
bool ContactWordBefore(std::string_view t, size_t s) {
  const std::string_view word = WordBefore(t, s, 16);
  return !word.empty() && IsContactWord(word);
}

// Whether the name has what makes a word a username: a digit, a dot or an underscore.
bool HasNameMark(std::string_view name) {
  return name.find_first_of("0123456789._") != std::string_view::npos;
}

// Whether an '@' follows `i` after at most two spaces.
bool AtSignFollows(std::string_view t, size_t i) {
  size_t k = i;
  while (k < t.size() && t[k] == ' ' && k - i < 2) ++k;
  return k < t.size() && t[k] == '@';
}

// The marks written between a platform's name and the name: a colon, what ads write as one (an
// arrow: "sc ~ ruby", "IG → lola", "snap » x", "TG => name"), a dash (also en and em dashes), an
// '@'.
enum class MarkKind : uint8_t { kNone, kColon, kArrow, kDash, kAt };
struct Mark {
  MarkKind kind;
  size_t length;  // bytes
};
// The second and third bytes of a three-byte arrow that points right (its first is 0xE2): →, ⇒,
// ⇢ and ⇨, the Dingbats' arrows (➔ … ➾, not the loop ➰), the long ⟶ and ⟹, ⮕, the
// triangles ▶, ▸ and ►, and ≫ ("Line ID ➜ name", "line ≫ name", "Kik ⇢ name").
bool IsRightArrow(unsigned second, unsigned third) {
  switch (second) {
    case 0x86:
      return third == 0x92;  // →
    case 0x87:
      return third == 0x92 || third == 0xA2 || third == 0xA8;  // ⇒ ⇢ ⇨
    case 0x89:
      return third == 0xAB;  // ≫
    case 0x96:
      return third == 0xB6 || third == 0xB8 || third == 0xBA;  // ▶ ▸ ►
    case 0x98:
      return third == 0x9B || third == 0x9E;  // ☛ ☞ (hands that point right)
    case 0x9E:
      return third >= 0x94 && third <= 0xBE && third != 0xB0;  // ➔ … ➾ (U+2794-U+27BE)
    case 0x9F:
      return third == 0xB6 || third == 0xB9;  // ⟶ ⟹
    case 0xAE:
      return third == 0x95;  // ⮕
    default:
      return false;
  }
}

// A mark between two platforms' names of one list ("Viber/Telegram", "IG & TT", "IG + TikTok").
bool IsListMark(char c) {
  return c == '/' || c == ',' || c == '&' || c == '|' || c == '+';
}

// The bytes of a quotation mark at t[i] that may open or close a name ('"', '\'', ‘ ’ “ ” „ « »
// ‹ ›), or 0.
size_t QuoteAt(std::string_view t, size_t i) {
  return core::QuoteMarkAt(t, i, core::QuoteMarks::kAny);
}

// The bytes of a quotation mark that ends right before t[k], or 0.
size_t QuoteBefore(std::string_view t, size_t k) {
  return core::QuoteMarkBefore(t, 0, k, core::QuoteMarks::kAny);
}

Mark MarkAt(std::string_view t, size_t i) {
  switch (t[i]) {
    case ':':
      return {MarkKind::kColon, 1};
    case '~':
    case '=':
    case '>':
      return {MarkKind::kArrow, 1};
    case '-':
      return {MarkKind::kDash, 1};
    case '@':
      return {MarkKind::kAt, 1};
    default:
      break;
  }
  if (!IsNonAscii(t[i])) return {MarkKind::kNone, 0};
  const auto byte = [&](size_t k) {
    return i + k < t.size() ? static_cast<unsigned char>(t[i + k]) : 0;
  };
  if (byte(0) == 0xC2 && byte(1) == 0xBB) return {MarkKind::kArrow, 2};  // »
  if (byte(0) != 0xE2) return {MarkKind::kNone, 0};
  const unsigned second = byte(1), third = byte(2);
  if (second == 0x80 && (third == 0x93 || third == 0x94)) return {MarkKind::kDash, 3};  // – —
  if (IsRightArrow(second, third)) return {MarkKind::kArrow, 3};
  return {MarkKind::kNone, 0};
}

// A byte of a context word: an ASCII letter or any byte of a non-ASCII character.
bool IsContextWordByte(char c) {
  return IsAsciiAlpha(c) || IsNonAscii(c);
}

// The end of the context word at i (up to 24 bytes), or i. A non-ASCII mark ends it ("IG→lola").
size_t ContextWordEnd(std::string_view t, size_t i) {
  size_t e = i;
  while (e < t.size() && IsContextWordByte(t[e]) && e - i < 24 &&
         !(IsNonAscii(t[e]) && MarkAt(t, e).kind != MarkKind::kNone)) {
    ++e;
  }
  return e;
}

// Words for "formerly" before a platform's old name in brackets ("X (früher Twitter)", "X (ehemals
// Twitter)", "X (formerly Twitter)"), in LowerWord form.
bool IsFormerlyWord(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kWords = {
      "formerly", "früher", "ehemals", "ex",  "anciennement", "ancien",
      "voorheen", "fost",   "antes",   "già", "dawniej",      "бывший"};
  return IsOneOf(LowerWord(word).view(), kWords);
}

// After the platform word that ends at i: "(Twitter)" naming the platform again, then an id
// word ("ID", "username"). Returns where they end (i when there are none); a platform in
// brackets goes to `platforms`.
size_t SkipPlatformAside(std::string_view t, size_t i, std::vector<std::string_view>& platforms,
                         std::vector<bool>& shouted) {
  if (i + 1 < t.size() && t[i] == '-') {  // "Snapchat-Name:"
    const size_t e = ContextWordEnd(t, i + 1);
    if (e > i + 1 && e < t.size() && t[e] == ':' && IsIdWord(t.substr(i + 1, e - i - 1))) return e;
  }
  size_t k = i;
  while (k < t.size() && t[k] == ' ' && k - i < 2) ++k;
  if (k < t.size() && t[k] == '(') {
    size_t w = k + 1;
    if (const size_t f = ContextWordEnd(t, w);
        f > w && f + 1 < t.size() && t[f] == ' ' && IsFormerlyWord(t.substr(w, f - w))) {
      w = f + 1;  // "(früher Twitter)"
    }
    const size_t e = ContextWordEnd(t, w);
    const std::string_view platform = PlatformOfWord(t.substr(w, e - w));
    if (!platform.empty() && e < t.size() && t[e] == ')') {
      platforms.push_back(platform);
      shouted.push_back(false);
      i = e + 1;
      k = i;
      while (k < t.size() && t[k] == ' ' && k - i < 2) ++k;
    }
  }
  if (k == i && k + 1 < t.size() && t[k] == ',' && t[k + 1] == ' ') k += 2;  // "Signal, pseudo :"
  // Up to two such words, the second after a comma ("Signal uniquement, pseudo : name").
  for (int words = 0; words < 2; ++words) {
    const size_t e = ContextWordEnd(t, k);
    if (k == i || e == k || (e < t.size() && IsWordByte(t[e]))) break;
    const std::string_view word = t.substr(k, e - k);
    if (!(IsIdWord(word) || IsObjectPronoun(word) ||
          (IsLinkingWord(word) && AtSignFollows(t, e)))) {
      break;
    }
    i = e;
    k = e + (e + 1 < t.size() && t[e] == ',' && t[e + 1] == ' ' ? 2 : 0);
  }
  return i;
}

// Platform words that are ordinary words too ("signal > noise", "snap = photo", "line ~ 3"), in
// LowerWord form.
bool IsOrdinaryWordPlatform(std::string_view lower) {
  static constexpr std::array<std::string_view, 8> kWords = {"line", "of", "signal", "snap",
                                                             "tele", "x",  "лайн",   "сигнал"};
  return IsOneOf(lower, kWords);
}

// Whether `word`, which names `platform`, may introduce a bare name (no colon or @ after it): it
// is long enough or in capitals to be meant as the platform ("Signal", "FB"; not "x" or "of"), or
// `short_ok` says so; "line" and "signal", ordinary words too, only capitalised.
// With `lower_ok` (the ad's contact context says so: a contact word before, an id word after, a
// list of handles) "line" and "signal" may be in lower case.
bool IntroducesBareName(std::string_view word, std::string_view platform, bool short_ok,
                        bool lower_ok = false) {
  const bool capitals =
      std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  if (!(word.size() > 3 || (capitals && word.size() > 1) || short_ok)) return false;
  return lower_ok ||
         !((platform == "line" || platform == "signal") && !(word[0] >= 'A' && word[0] <= 'Z'));
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
  size_t k = NameRunEnd(t, i, 64);
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

// An app link (a deep link that opens the platform's app): "viber://chat?number=%2B40712345678",
// "whatsapp://send?phone=…" give the phone; "tg://resolve?domain=name",
// "instagram://user?username=name", "twitter://user?screen_name=name" (X),
// "snapchat://add/name" and "line://ti/p/~name" the name, as the apps document their URL
// schemes. `start` is the scheme's start, `i` the byte after "://".
void FromAppLink(std::string_view platform, size_t start, size_t i, ScanState& state) {
  const std::string_view t = state.text;
  struct Query {
    std::string_view platform;
    std::string_view path;  // lower case, up to the value
    bool name;              // the value is a name, not a phone number
  };
  static constexpr std::array<Query, 11> kQueries = {{
      {"viber", "chat?number=", false},
      {"viber", "add?number=", false},
      {"viber", "contact?number=", false},
      {"whatsapp", "send?phone=", false},
      {"telegram", "resolve?domain=", true},
      {"telegram", "msg?to=", false},
      {"instagram", "user?username=", true},
      {"x", "user?screen_name=", true},
      {"snapchat", "add/", true},
      {"line", "ti/p/~", true},
      {"line", "ti/p/%7e", true},
  }};
  size_t value = std::string_view::npos;
  bool is_name = false;
  for (const Query& q : kQueries) {
    if (q.platform == platform && t.size() - i >= q.path.size() &&
        EqualsLower(t.substr(i, q.path.size()), q.path)) {
      value = i + q.path.size();
      is_name = q.name;
      break;
    }
  }
  if (value == std::string_view::npos) return;
  // The link's token (bounded: a text of links glued together must not be read again at each).
  size_t token_end = value;
  while (token_end < t.size() && token_end - value < 64 && !IsSpace(t[token_end]) &&
         !IsNonAscii(t[token_end]) && t[token_end] != '"' && t[token_end] != '<' &&
         t[token_end] != '>') {
    ++token_end;
  }
  if (state.Claimed(start, token_end)) return;
  state.Claim(start, token_end);
  if (is_name) {
    const size_t end = NameEnd(t, value);
    const std::string_view name = t.substr(value, end - value);
    if (const PlatformRule* rule = RuleFor(platform); rule && ValidName(*rule, name)) {
      EmitHandle(state, platform, name, start, end, "link");
    }
    return;
  }
  // The number, with its '+' written as is or URL-encoded (%2B).
  size_t d = value;
  if (d < t.size() && t[d] == '+') {
    ++d;
  } else if (t.size() - d >= 3 && EqualsLower(t.substr(d, 3), "%2b")) {
    d += 3;
  }
  size_t e = d;
  while (e < t.size() && IsDigit(t[e])) ++e;
  if (e - d < 7 || (e < t.size() && IsWordByte(t[e]))) return;
  const ValidPhone* phone = ValidatePhone("+" + std::string(t.substr(d, e - d)), "");
  if (phone == nullptr) return;
  Found& f = state.EmitNew(SelectorType::kPhone);
  f.value = phone->e164;
  f.start = start;
  f.end = e;
  f.details = {{"number_type", phone->number_type},
               {"country", phone->country},
               {"source", std::string(platform)}};
}

// Whether the platform word `said` may introduce a name with a colon alone: a bare "x:" or "of:"
// is too common in prose; "X:", "Twitter:", "OF:", "OnlyFans:" are not.
bool NamesWithColon(std::string_view platform, std::string_view said, bool shouted) {
  if (platform == "x") return shouted || said.size() > 1;
  if (platform == "onlyfans") return shouted || said.size() > 2;
  if (platform == "line") return shouted || said[0] == 'L';
  return true;
}

// Whether the name t[start, end) after a platform word is a person's name shown on the profile,
// not a username: a capitalised word of letters followed by another ("Facebook: Daria Pop"), or,
// on Facebook, where profiles are found by such names, a capitalised word of letters alone
// ("Facebook: Monika (fb.com/monika.gdansk)"). Usernames written with a capital, a digit, a dot
// or an underscore ("FB: Lola896", "Insta: Lola.x") stay names.
bool IsDisplayName(std::string_view t, size_t start, size_t end,
                   const std::vector<std::string_view>& platforms) {
  const auto capitalised_word = [&](size_t from, size_t to) {
    return to - from >= 2 && t[from] >= 'A' && t[from] <= 'Z' &&
           std::all_of(t.begin() + static_cast<std::ptrdiff_t>(from + 1),
                       t.begin() + static_cast<std::ptrdiff_t>(to),
                       [](char c) { return c >= 'a' && c <= 'z'; });
  };
  if (!capitalised_word(start, end)) return false;
  if (std::find(platforms.begin(), platforms.end(), "facebook") != platforms.end()) return true;
  if (end + 1 >= t.size() || t[end] != ' ') return false;
  size_t next_end = end + 1;
  while (next_end < t.size() && IsAsciiAlpha(t[next_end]) && next_end - end <= 64) ++next_end;
  return (next_end == t.size() || !IsWordByte(t[next_end])) && capitalised_word(end + 1, next_end);
}

// Words that join one handle to the next in a list of them: "kik me: lola21 or snapchat lola",
// in the ads' languages (LowerWord forms, in byte order).
bool IsJoiningWord(std::string_view word) {
  static constexpr std::array<std::string_view, 26> kJoining = {
      "albo", "and", "e",   "et", "i",  "lub", "o", "oder", "of", "oppure", "or",    "oraz", "ou",
      "sau",  "si",  "und", "y",  "și", "або", "и", "или",  "й",  "та",     "також", "чи",   "і"};
  static const LowerWordSet joining(kJoining);
  return joining.Has(word);
}

// After a handle read from its context that ends at `end` ("kik me: pinay_angel21"), the next
// ones of a list: a joining word or a comma, slash or '|', another platform's name and, after
// spaces alone, a name ("… or snapchat pinayangel", "…, insta lola.x"). A name after a colon or an
// '@' is found from its own mark. As after a bare platform word (FromBareName), only a platform's
// own name or a short one in capitals, and not a person's name; in the list any platform word
// ("… or sc aoifeee2", "| ig lilyyy_official") before a name with a digit, a dot or an
// underscore. A contact word may stand before the platform's name (", в инсте liza.spb"), an id
// word or a filler after it ("or line id ploy.bkk").
void FromNamesJoinedAfter(size_t end, ScanState& state) {
  const std::string_view t = state.text;
  const auto skip_spaces = [&](size_t from) {
    size_t k = from;
    while (k < t.size() && t[k] == ' ' && k - from < 2) ++k;
    return k;
  };
  for (int listed = 0; listed < 8; ++listed) {
    size_t i = skip_spaces(end);
    if (i < t.size() && (t[i] == ',' || t[i] == '/' || t[i] == '|' || t[i] == '&')) {
      ++i;
    } else {
      const size_t e = ContextWordEnd(t, i);
      if (e == i || i == end || !IsJoiningWord(t.substr(i, e - i))) return;
      i = e;
    }
    size_t w = skip_spaces(i);
    size_t word_end = ContextWordEnd(t, w);
    if (w == i || word_end == w || word_end >= t.size() || t[word_end] != ' ') return;
    if (IsContactWord(t.substr(w, word_end - w))) {  // ", в инсте liza.spb"
      const size_t next = skip_spaces(word_end);
      const size_t next_end = ContextWordEnd(t, next);
      if (next_end == next || next_end >= t.size() || t[next_end] != ' ') return;
      w = next;
      word_end = next_end;
    }
    const std::string_view word = t.substr(w, word_end - w);
    const std::string_view platform = PlatformOfWord(word);
    if (platform.empty() || platform == "whatsapp") return;
    size_t name_start = skip_spaces(word_end);
    // "line id ploy.bkk", "sc its rosie_bris0l".
    bool aside_read = false;
    if (const size_t aside_end = ContextWordEnd(t, name_start);
        aside_end > name_start && aside_end < t.size() && t[aside_end] == ' ') {
      const std::string_view aside = t.substr(name_start, aside_end - name_start);
      // A function word before a name with a digit, dot or underscore ("…, insta ebenfalls
      // leonie_bln": likewise) stands aside as a filler does.
      const size_t after = skip_spaces(aside_end);
      const bool common_aside =
          IsCommonWord(aside) && HasNameMark(t.substr(after, NameEnd(t, after) - after));
      if (IsIdWord(aside) || IsFillerWord(aside) || common_aside) {
        name_start = skip_spaces(aside_end);
        aside_read = true;
      }
    }
    end = NameEnd(t, name_start);
    if (end == name_start) return;
    if (end < t.size() && (t[end] == '@' || t[end] == '/' || t[end] == ':' || IsNonAscii(t[end]))) {
      return;
    }
    const std::string_view name = t.substr(name_start, end - name_start);
    // The ordinary words ("of course.not", "or line 2.5") in lower case only before an id word.
    const bool ordinary = IsOrdinaryWordPlatform(LowerWord(word).view()) && word[0] >= 'a';
    const bool marked = HasNameMark(name) && (!ordinary || aside_read);
    if (!IntroducesBareName(word, platform, IsNonAscii(word[0]) || marked, marked)) return;
    const std::string lower = AsciiLowerCopy(name);
    const PlatformRule* rule = RuleFor(platform);
    if (rule == nullptr || !ValidName(*rule, name) || IsStopword(lower) ||
        !PlatformOfWord(lower).empty() || IsDisplayName(t, name_start, end, {platform}) ||
        state.Claimed(name_start, end)) {
      return;
    }
    EmitHandle(state, platform, name, w, end, "context");
  }
}

// The start of the platform word before a context mark that ends at `to` (the byte after its
// ':', '@' or '-'), or npos. The pre-scan pattern finds only a letter (or a byte of a non-ASCII
// character, or ')'), up to two spaces and the mark; this is the rest of "\b(?:platform word)
// {0,2}(?::|@|-)" read back from the mark: the word must be the whole run of word bytes before
// the spaces. An id word ("Line ID:") or a platform in brackets ("X (Twitter):") may stand between
// the platform word and the mark. Asking Vectorscan for the words themselves cost more than the
// rest of the pre-scan together ("x", "of", "sc" start matches everywhere in prose).
// Inlined: ExtractHandles calls it for every context mark (PlatformMarkFollows rarely).
[[gnu::always_inline]] inline size_t ContextStart(std::string_view t, size_t to) {
  constexpr size_t kNone = std::string_view::npos;
  if (to < 2) return kNone;
  size_t e = to - 1;  // the mark: its last byte, then its first
  while (e > 0 && (static_cast<unsigned char>(t[e]) & 0xC0) == 0x80) --e;
  for (int spaces = 0; spaces < 2 && e > 0 && t[e - 1] == ' '; ++spaces) --e;
  // The word that ends at e: its start, or npos when it is no whole word.
  const auto word_before = [&](size_t end) {
    const size_t s = WordRunStart(t, end, 25);
    if (s == end || end - s > 24 || (s > 0 && (IsWordByte(t[s - 1])))) return kNone;
    return s;
  };
  // The start of the platform word before an aside that ends at `end`, or npos.
  // Over one more id word, or a comma: "Signal uniquement, pseudo :", "Signal, pseudo :".
  const auto before_aside = [&](size_t end) {
    for (int hop = 0; hop < 2; ++hop) {
      size_t k = end;
      for (int spaces = 0; spaces < 2 && k > 0 && t[k - 1] == ' '; ++spaces) --k;
      if (k == end && k > 1 && t[k - 1] == '-') --k;      // "Snapchat-Name:"
      if (k + 1 == end && k > 1 && t[k - 1] == ',') --k;  // "Signal, pseudo:"
      const size_t s = k == end ? kNone : word_before(k);
      if (s == kNone) return kNone;
      const std::string_view word = t.substr(s, k - s);
      if (!PlatformOfWord(word).empty()) return s;
      if (!IsIdWord(word)) return kNone;
      end = s;
    }
    return kNone;
  };
  if (e > 0 && t[e - 1] == ')') {  // "X (Twitter):"
    size_t w = word_before(e - 1);
    if (w != kNone && w > 1 && t[w - 1] == ' ') {  // "X (früher Twitter):"
      const size_t f = word_before(w - 1);
      if (f != kNone && IsFormerlyWord(t.substr(f, w - 1 - f))) w = f;
    }
    if (w == kNone || w == 0 || t[w - 1] != '(') return kNone;
    const size_t outer = before_aside(w - 1);
    if (outer != kNone) return outer;
    return PlatformOfWord(t.substr(w, e - 1 - w)).empty() ? kNone : w;
  }
  const size_t s = word_before(e);
  if (s == kNone) return kNone;
  const std::string_view word = t.substr(s, e - s);
  if (!PlatformOfWord(word).empty()) return s;
  // "Тик Ток:", "Only Fans:", "Тик-Ток:": the name in two words, one space or hyphen between.
  if (s > 1 && (t[s - 1] == ' ' || t[s - 1] == '-') && IsContextWordByte(t[s - 2])) {
    const size_t first = word_before(s - 1);
    if (first != kNone && !PlatformOfTwoWords(t, first, s - 1, s, e).empty()) return first;
  }
  // "Line ID:", "My TikTok is @name".
  if (IsIdWord(word) || IsObjectPronoun(word) || (t[to - 1] == '@' && IsLinkingWord(word))) {
    return before_aside(s);
  }
  return kNone;
}

// Whether another platform's name and its mark follow the name that ends at `end`, within a few
// bytes of spaces, punctuation or emoji ("of: misskay 📸 tiktok: @miss.kay"): the ad lists its
// handles.
bool PlatformMarkFollows(std::string_view t, size_t end) {
  constexpr size_t kNear = 32;
  for (size_t k = end; k < t.size() && k - end < kNear; ++k) {
    if (t[k] == '\n') return false;
    if (t[k] != ':' && t[k] != '@') continue;
    // A platform's own name ("tiktok:", "Insta @"), not another ordinary word ("more of: …").
    const size_t s = ContextStart(t, k + 1);
    if (s == std::string_view::npos) return false;
    const std::string_view word = t.substr(s, ContextWordEnd(t, s) - s);
    return word.size() > 2 && !IsOrdinaryWordPlatform(LowerWord(word).view());
  }
  return false;
}

// A platform's name as a quoted key before a quoted name, in JSON or code: {"tg":"@mia_x"},
// {'instagram': 'noa.ehv'}, "kik": "kimbrum". `to` is the byte after the key's colon. The name
// must fill its quotes; a platform word that is an ordinary word too ("x", "line", "signal")
// needs an '@' or a name with a digit, dot or underscore ({"x": "100"} is a coordinate).
void FromQuotedKey(size_t to, ScanState& state) {
  const std::string_view t = state.text;
  size_t k = to - 1;
  for (int spaces = 0; spaces < 2 && k > 0 && t[k - 1] == ' '; ++spaces) --k;
  if (k < 3 || (t[k - 1] != '"' && t[k - 1] != '\'')) return;
  const char quote = t[k - 1];
  const size_t key_end = k - 1;
  size_t key = key_end;
  while (key > 0 && IsContextWordByte(t[key - 1]) && key_end - key < 24) --key;
  if (key == key_end || key == 0 || t[key - 1] != quote) return;
  const std::string_view word = t.substr(key, key_end - key);
  const std::string_view platform = PlatformOfWord(word);
  if (platform.empty() || platform == "whatsapp" || platform == "viber") return;
  size_t i = to;
  for (int spaces = 0; spaces < 2 && i < t.size() && t[i] == ' '; ++spaces) ++i;
  if (i >= t.size() || t[i] != quote) return;
  ++i;
  const bool at = i < t.size() && t[i] == '@';
  if (at) ++i;
  const size_t end = NameEnd(t, i);
  if (end == i || end >= t.size() || t[end] != quote) return;
  const std::string_view name = t.substr(i, end - i);
  if (!at && IsOrdinaryWordPlatform(LowerWord(word).view()) && !HasNameMark(name)) return;
  static constexpr std::array<std::string_view, 6> kStates = {"true", "false", "null",
                                                              "none", "yes",   "no"};
  if (IsOneOf(AsciiLowerCopy(name), kStates)) return;
  const PlatformRule* rule = RuleFor(platform);
  if (rule == nullptr || !ValidName(*rule, name) || IsStopword(AsciiLowerCopy(name)) ||
      std::none_of(name.begin(), name.end(), IsAsciiAlpha) || state.Claimed(i, end)) {
    return;
  }
  EmitHandle(state, platform, name, key - 1, end + 1, "context");
  state.Claim(i, end);  // the '@name' is read: not again as a bare one
}

// A capital letter, then lower-case letters only ("Kanal", "Profil").
bool IsCapitalisedWord(std::string_view word) {
  return word.size() > 1 && word[0] >= 'A' && word[0] <= 'Z' &&
         std::all_of(word.begin() + 1, word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// Words for "and" and "or" between two platforms' names in a list ("IG y TT: @name", "Insta und
// Snap: …", "tg или вайбер: …"), in the ads' languages (LowerWord forms).
bool IsListJoiningWord(std::string_view word) {
  static constexpr std::array<std::string_view, 22> kJoining = {
      "and", "or", "und", "oder", "et", "ou", "y", "o",   "e", "i",  "oraz",
      "lub", "si", "și",  "sau",  "en", "of", "и", "или", "і", "та", "або"};
  static const LowerWordSet joining(kJoining);
  return joining.Has(word);
}

// The start of a list-joining word (IsListJoiningWord) between spaces that ends at `end` (the
// space after it), or `end` when there is none.
size_t ListJoiningWordBefore(std::string_view t, size_t end) {
  if (end == 0 || t[end - 1] != ' ') return end;
  size_t w = end - 1;
  const size_t word_end = w;
  while (w > 0 && IsContextWordByte(t[w - 1]) && word_end - w < 8) --w;
  if (w == word_end || w == 0 || t[w - 1] != ' ') return end;
  return IsListJoiningWord(t.substr(w, word_end - w)) ? w - 1 : end;
}

// "Telegram: @name", "TG @name", "Viber/Telegram: name", "Line ID: name", "X (Twitter): @name",
// "Телеграм: @name".
// Handles read aloud, as voice-message transcripts write them: "insta: mia dot rose dot ninety
// nine" (mia.rose.99), "Instagram: Lena Punkt Sommer Unterstrich zwei" (lena.sommer_2), "TG: sweet
// underscore anna" (sweet_anna). The words for '_', '.' and '-' in the ads' languages (LowerWord
// forms) are the lexicon's (spoken_separators.h), shared with the e-mail extractor.
// The separator spoken at word `w` (one word, or two: its end in `end`), or 0.
char SpokenSeparatorAt(std::string_view t, SpokenWord w, size_t& end) {
  // The first words of kSpokenSeparators: most words asked about are turned away by their length,
  // first and last byte (LowerWordSet) before the table is read.
  static const LowerWordSet first_words([] {
    std::array<std::string_view, kSpokenSeparators.size()> firsts{};
    for (size_t k = 0; k < firsts.size(); ++k) firsts[k] = kSpokenSeparators[k].first;
    return firsts;
  }());
  if (w.end == w.start || w.end - w.start > 31) return 0;
  if (!first_words.Has(t.substr(w.start, w.end - w.start))) return 0;
  const LowerWord lower(t.substr(w.start, w.end - w.start));
  const std::string_view word = lower.view();
  for (const SpokenSeparator& s : kSpokenSeparators) {
    if (s.first != word) continue;
    if (s.second.empty()) {
      end = w.end;
      return s.mark;
    }
    if (w.end < t.size() && t[w.end] == ' ') {
      const SpokenWord next = NextSpokenWord(t, w.end);
      if (next.end > next.start &&
          LowerWord(t.substr(next.start, next.end - next.start)).view() == s.second) {
        end = next.end;
        return s.mark;
      }
    }
  }
  return 0;
}

// The handle read aloud from `i` (the first word of the name after a platform's mark): words of
// ASCII letters and digits and number words ("twenty three", "zwei") joined by spoken separators
// (kSpokenSeparators); at least one separator, a part after each, at most kMaxSpokenWords words,
// ending at a sentence's punctuation, a line's end or the first word that is neither. The first
// word must be no common word ("the", "und"), nor may a later part be one: "Instagram: go to the
// dot com" stays prose. Returns "" when the words are no spoken handle; the folded name's end in
// the text goes to `end`. In a transcript (`transcript`), the words may be said apart, with full
// stops, commas and fillers between them (NextTranscriptWord): "lola. underscore. twenty three.".
std::string SpokenName(std::string_view t, size_t i, size_t& end, bool transcript = false) {
  // Most names after a platform's mark are followed by prose: the word after the first must be a
  // separator before anything else is read.
  if (i >= t.size() || t[i] == ' ') return {};
  const SpokenNumbers& numbers = SpokenNumberWords();
  const auto next_word = [&](size_t from) {
    return transcript ? NextTranscriptWord(t, from, numbers) : NextSpokenWord(t, from);
  };
  SpokenWord w = NextSpokenWord(t, i);  // the first word
  {
    const size_t e = w.end;
    if (e == i || e >= t.size() || (t[e] != ' ' && !transcript)) return {};
    size_t separator_end = e;
    if (SpokenSeparatorAt(t, next_word(e), separator_end) == 0) return {};
  }
  std::string name;
  size_t name_end = i;     // the end of the last part read
  size_t complete = 0;     // the name's length up to that part
  bool separated = false;  // a separator was read between two parts
  char pending = 0;        // the separator before the next part
  size_t k = i;
  for (int words = 0; words < kMaxSpokenWords && w.end > w.start; ++words) {
    const std::string_view word = t.substr(w.start, w.end - w.start);
    size_t separator_end = w.end;
    if (const char mark = name.empty() ? 0 : SpokenSeparatorAt(t, w, separator_end); mark != 0) {
      if (pending != 0) break;  // two separators in a row
      pending = mark;
      k = separator_end;
    } else {
      // A part: number words (one or more, "twenty three", tens then a unit folded), or one word
      // of ASCII letters and digits.
      std::string digits;
      size_t part_end = w.end;
      if (numbers.Digits(word) != nullptr) {
        int more = 0;
        digits = ReadSpokenNumber(t, w, numbers, part_end, more);
        words += more;
      } else {
        if (!std::all_of(word.begin(), word.end(), IsAsciiAlnum) || IsCommonWord(word)) break;
        digits = AsciiLowerCopy(word);
      }
      // A number of more than four digits, or one before another group of digits, is a phone
      // number read after the name ("Instagram: zoe dot 07700 900123"), not a part of it.
      if (std::all_of(digits.begin(), digits.end(), IsDigit)) {
        const size_t after = NextSpokenWord(t, part_end).start;
        if (digits.size() > 4 || (after > part_end && after < t.size() && IsDigit(t[after]))) {
          break;
        }
      }
      if (!name.empty() && pending == 0) break;  // two parts with no separator between
      if (pending != 0) {
        name += pending;
        separated = true;
      }
      name += digits;
      pending = 0;
      name_end = part_end;
      complete = name.size();
      k = part_end;
    }
    if (k >= t.size() || (t[k] != ' ' && !transcript)) break;
    w = next_word(k);
  }
  if (!separated) return {};
  name.resize(complete);
  end = name_end;
  return name;
}

// Emits the name read aloud (SpokenName) at t[start, end) for each platform of a context
// (FromContext's lists), with the checks FromContext makes of a written name.
void FromSpokenName(const std::string& name, size_t start, size_t end, size_t list_start,
                    const std::vector<std::string_view>& platforms,
                    const std::vector<std::string_view>& said, const std::vector<bool>& shouted,
                    bool aside, ScanState& state) {
  if (IsStopword(name) || !PlatformOfWord(name).empty() || state.Claimed(start, end)) return;
  bool emitted = false;
  for (size_t p = 0; p < platforms.size(); ++p) {
    const std::string_view platform = platforms[p];
    if (platform == "whatsapp" ||
        std::find(platforms.begin(), platforms.begin() + static_cast<std::ptrdiff_t>(p),
                  platform) != platforms.begin() + static_cast<std::ptrdiff_t>(p)) {
      continue;
    }
    if (!NamesWithColon(platform, said[p], shouted[p]) && !aside &&
        name.find('_') == std::string::npos && !PlatformMarkFollows(state.text, end)) {
      continue;
    }
    const PlatformRule* rule = RuleFor(platform);
    if (rule == nullptr || !ValidName(*rule, name)) continue;
    EmitHandle(state, platform, name, list_start, end, "spoken");
    emitted = true;
  }
  if (emitted) FromNamesJoinedAfter(end, state);
}

// The end of a platform's name in leetspeak at t[i] ("T1kT0k", "1nst4gr4m": FindLeetWord), whose
// letters alone end at `e` (ContextWordEnd stops at a digit); `e` when there is none.
size_t LeetPlatformEnd(std::string_view t, size_t i, size_t e) {
  if (e >= t.size() || !IsDigit(t[e])) return e;
  const size_t end = NameRunEnd(t, i, 17);
  size_t k = i;
  while (k < end && IsAsciiAlnum(t[k])) ++k;
  return k > e && !PlatformOfWord(t.substr(i, k - i)).empty() ? k : e;
}

void FromContext(const Hit& hit, ScanState& state) {
  const std::string_view t = state.text;
  std::vector<std::string_view> platforms;
  std::vector<std::string_view> said;  // the word that named each platform
  std::vector<bool> shouted;           // the word was written in capitals ("OF", not "of")
  // Walk back over a list of platform words: "Viber/Telegram: name", "IG y TT: name".
  size_t list_start = hit.from;
  // Phones' apps ("Viber und Telegram: @name") are joined by a word to no other: the name is the
  // other platform's.
  const auto phone_app = [&](size_t word_start) {
    const std::string_view p =
        PlatformOfWord(t.substr(word_start, ContextWordEnd(t, word_start) - word_start));
    return p == "viber" || p == "whatsapp";
  };
  while (list_start > 0) {
    size_t k = list_start;
    bool joined_by_word = false;
    if (const size_t joining = ListJoiningWordBefore(t, k); joining < k) {
      k = joining;
      joined_by_word = true;
    } else {
      if (k > 0 && t[k - 1] == ' ') --k;
      if (k == 0 || !IsListMark(t[k - 1])) break;
      --k;
    }
    if (k > 0 && t[k - 1] == ' ') --k;
    size_t w = k;
    while (w > 0 && IsContextWordByte(t[w - 1]) && k - w < 24) --w;
    if (w == k || (w > 0 && IsWordByte(t[w - 1])) || PlatformOfWord(t.substr(w, k - w)).empty()) {
      break;
    }
    if (joined_by_word && (phone_app(w) || phone_app(list_start))) break;
    list_start = w;
  }
  size_t i = list_start;
  while (i < t.size()) {
    size_t e = LeetPlatformEnd(t, i, ContextWordEnd(t, i));
    if (e == i) break;
    std::string_view platform = PlatformOfWord(t.substr(i, e - i));
    if (e + 1 < t.size() && (t[e] == ' ' || t[e] == '-')) {  // "Тик Ток", "Tik-Tok", "Only Fans"
      const size_t second_end = ContextWordEnd(t, e + 1);
      if (const std::string_view two = PlatformOfTwoWords(t, i, e, e + 1, second_end);
          !two.empty()) {
        platform = two;
        e = second_end;
      }
    }
    if (platform.empty()) return;
    platforms.push_back(platform);
    said.push_back(t.substr(i, e - i));
    shouted.push_back(IsAsciiAlpha(t[i]) && t[i] >= 'A' && t[i] <= 'Z' &&
                      (e - i < 2 || t[i + 1] <= 'Z'));
    i = e;
    size_t k = i;
    while (k < t.size() && t[k] == ' ') ++k;
    if (k < t.size() && IsListMark(t[k])) {
      ++k;
      while (k < t.size() && t[k] == ' ') ++k;
      i = k;
      continue;
    }
    // A joining word between this platform's name and the next one of the list (which the walk
    // back found: the hit's word ends the list).
    if (i < hit.from && k > i && k < t.size()) {
      const size_t word_end = ContextWordEnd(t, k);
      if (word_end < t.size() && t[word_end] == ' ' &&
          IsListJoiningWord(t.substr(k, word_end - k))) {
        i = word_end + 1;
        continue;
      }
    }
    break;
  }
  if (platforms.empty()) return;
  if (platforms.size() == 1 && t.substr(i).starts_with("://")) {
    FromAppLink(platforms[0], list_start, i + 3, state);
    return;
  }
  const size_t last_word_start = static_cast<size_t>(said.back().data() - t.data());
  const size_t platform_end = last_word_start + said.back().size();
  const size_t aside_from = platforms.size();
  const size_t before_aside = i;
  i = SkipPlatformAside(t, i, platforms, shouted);
  const bool aside = i != before_aside;  // "line id:", "Signal only:", "FB messenger:"
  for (size_t p = aside_from; p < platforms.size(); ++p) said.push_back(platforms[p]);
  bool colon = false, arrow = false, at = false, dash = false;
  while (i < t.size() && i - list_start < 64) {
    if (t[i] == ' ') {
      ++i;
      continue;
    }
    const Mark mark = MarkAt(t, i);
    if (mark.kind == MarkKind::kNone) break;
    colon |= mark.kind == MarkKind::kColon;
    arrow |= mark.kind == MarkKind::kArrow;
    at |= mark.kind == MarkKind::kAt;
    dash |= mark.kind == MarkKind::kDash;
    i += mark.length;
  }
  // An arrow is a colon ("sc ~ ruby.lnd23", "IG → lola"), except after a platform word that is
  // an ordinary word too ("signal > noise"): there, as after a dash, only a capitalised one and a
  // name with a digit, a dot or an underscore in it.
  const bool arrow_only = arrow && !colon && !at;
  colon |= arrow;
  // "insta - lola", "Telegram - anna_vip": a dash alone introduces a name only after a platform's
  // own name (ordinary words such as "line", "signal" or "snap" are followed by dashes in prose).
  // After another platform word ("Signal - vera.26", "Line - mei_88"), only a capitalised one and
  // a name with a digit, a dot or an underscore in it.
  const bool dash_only = dash && !colon && !at;
  const std::string_view last_word = t.substr(last_word_start, platform_end - last_word_start);
  // A platform's name in another script is its own ("ТГ — name", "Инст — name"), unless it is an
  // ordinary word there too ("сигнал").
  const bool own_dash_word =
      IsDashPlatformWord(AsciiLowerCopy(last_word)) ||
      (IsNonAscii(last_word[0]) && !IsOrdinaryWordPlatform(LowerWord(last_word).view()));
  const bool capitalised = t[last_word_start] >= 'A' && t[last_word_start] <= 'Z';
  // An abbreviation in lower case that is no ordinary word ("sc - bambi.sweetz", "tg - mila_x")
  // introduces a name with a digit, a dot or an underscore in it, as a capitalised word does.
  const bool abbreviation = !IsOrdinaryWordPlatform(LowerWord(last_word).view());
  if (!colon && !at && !(dash_only && (own_dash_word || capitalised || abbreviation))) return;
  // The name in quotation marks after the mark ("Telegram: „mila_x”", "X → “vera.h”"): it must
  // close them (checked below). (With no mark, FromBareName reads it.)
  const size_t quoted = QuoteAt(t, i);
  i += quoted;
  const bool ordinary_word =
      arrow_only &&
      IsOrdinaryWordPlatform(
          LowerWord(t.substr(last_word_start, platform_end - last_word_start)).view());
  if (ordinary_word && !capitalised) return;
  // Markdown around the mark and the name: bold after the colon, code around the name ("**Snap:**
  // `aurora_fi22`", "Snap: `hannah.ldn22`"). Code must close right after the name.
  bool code = false;
  if (i < t.size() && (t[i] == '*' || t[i] == '`')) {
    size_t k = i;
    while (k < t.size() && t[k] == '*' && k - i < 3) ++k;
    while (k < t.size() && t[k] == ' ' && k - i < 6) ++k;
    if (k < t.size() && t[k] == '`') {
      code = true;
      ++k;
    }
    if (code || t[i] == '*') i = k;
  }
  // An '@' not glued to the name ("TikTok ⇒ @ nell_x", "tiktok: @ lou.x", "TG @ mia_22") is
  // the name's '@' after a colon or an arrow, or after a platform word that is no ordinary word
  // before a name with a digit, a dot or an underscore; a lone "@ name" in prose never comes here
  // (no platform word before it), and "signal @ noon" is none.
  const bool spaced_at = at && !(i > 0 && t[i - 1] == '@');
  size_t end = NameEnd(t, i);
  if (end == i) return;
  if (spaced_at && !colon && !(abbreviation && HasNameMark(t.substr(i, end - i)))) return;
  if (code && (end >= t.size() || t[end] != '`')) return;
  // An id word after the mark says what the next word is ("Signal uniquement : pseudo
  // camille.77", "Snap: username lola_x"): that word is the name, with a digit, dot or underscore.
  if (!at && !code && end < t.size() && t[end] == ' ' && IsIdWord(t.substr(i, end - i))) {
    size_t k = end;
    while (k < t.size() && t[k] == ' ' && k - end < 2) ++k;
    const size_t next_end = NameEnd(t, k);
    if (next_end > k && HasNameMark(t.substr(k, next_end - k))) {
      i = k;
      end = next_end;
    }
  }
  // A name read aloud ("insta: mia dot rose dot ninety nine"): its words folded into one.
  if (!code && end < t.size() && t[end] == ' ' && end - i <= 32) {
    size_t spoken_end = end;
    if (const std::string spoken = SpokenName(t, i, spoken_end); !spoken.empty()) {
      FromSpokenName(spoken, i, spoken_end, list_start, platforms, said, shouted, aside, state);
      return;
    }
  }
  if (quoted > 0) {
    // Closed right after the name.
    if (QuoteAt(t, end) == 0) return;
  } else if (end < t.size() && (t[end] == '@' || IsNonAscii(t[end]))) {
    return;  // an e-mail, or a word in a script
  }
  // "Telegram: t.me/velvet_team8": the word before a '/' is a host (or a path), not a name;
  // FromLink reads the link's own name.
  if (end < t.size() && t[end] == '/') return;
  const std::string_view name = t.substr(i, end - i);
  if (((dash_only && !own_dash_word) || ordinary_word) &&
      name.find_first_of("0123456789._") == std::string_view::npos) {
    return;
  }
  // A dash glued to the platform's name and to a capitalised word makes a compound
  // ("Telegram-Kanal heißt @name", "Insta-Profil"), not a separator: a name has a digit, dot or
  // underscore, or is in lower case ("TELEGRAM-sweetkate").
  if (dash_only && platform_end < t.size() && t[platform_end] == '-' && i == platform_end + 1 &&
      !HasNameMark(name) && IsCapitalisedWord(name)) {
    return;
  }
  const std::string lower = AsciiLowerCopy(name);
  if (IsStopword(lower) || !PlatformOfWord(lower).empty()) return;
  // "Snapchat-Name: ella_kuss98": the id word's colon reads the name.
  if (dash_only && end < t.size() && t[end] == ':' && IsIdWord(name)) return;
  if (!at && IsDisplayName(t, i, end, platforms)) return;
  if (state.Claimed(i, end)) return;
  bool emitted = false;
  for (size_t p = 0; p < platforms.size(); ++p) {
    const std::string_view platform = platforms[p];
    if (platform == "whatsapp") continue;
    if (std::find(platforms.begin(), platforms.begin() + static_cast<std::ptrdiff_t>(p),
                  platform) != platforms.begin() + static_cast<std::ptrdiff_t>(p)) {
      continue;  // "X (Twitter)": one platform named twice
    }
    // "of:", "line:" in lower case name a handle after an id word ("line id: mai.pattaya"), before
    // a name with an underscore ("line: mai_bkk") or before another platform's handle ("of:
    // misskay 📸 tiktok: @miss.kay").
    if (!at && !NamesWithColon(platform, said[p], shouted[p]) && !aside &&
        name.find('_') == std::string_view::npos && !PlatformMarkFollows(t, end)) {
      continue;
    }
    const PlatformRule* rule = RuleFor(platform);
    if (rule == nullptr || !ValidName(*rule, name)) continue;
    EmitHandle(state, platform, name, list_start, end, "context");
    emitted = true;
  }
  if (emitted) FromNamesJoinedAfter(end, state);
}

struct Host {
  std::string_view prefix;  // lower case, after scheme and www.
  std::string_view platform;
};
constexpr std::array<Host, 30> kHosts = {{
    {"t.me/s/", "telegram"},
    {"t.me/", "telegram"},
    {"telegram.me/", "telegram"},
    {"telegram.dog/", "telegram"},
    // "_u/" is the link form that opens the profile in the app, not a name.
    {"instagram.com/_u/", "instagram"},
    {"instagram.com/", "instagram"},
    {"instagr.am/", "instagram"},
    {"ig.me/m/", "instagram"},  // Instagram's link that opens a chat with the profile
    {"snapchat.com/add/", "snapchat"},
    {"story.snapchat.com/@", "snapchat"},  // the profile's public stories
    {"onlyfans.com/", "onlyfans"},
    {"tiktok.com/@", "tiktok"},
    {"facebook.com/", "facebook"},
    {"fb.com/", "facebook"},
    {"m.me/", "facebook"},  // Messenger's link to a Facebook profile
    // The follow buttons' links name the profile in their query.
    {"x.com/intent/follow?screen_name=", "x"},
    {"x.com/intent/user?screen_name=", "x"},
    {"twitter.com/intent/follow?screen_name=", "x"},
    {"twitter.com/intent/user?screen_name=", "x"},
    {"x.com/", "x"},
    {"twitter.com/", "x"},
    {"line.me/ti/p/~", "line"},
    {"line.me/r/ti/p/~", "line"},  // the redirecting form LINE's share button writes
    {"kik.me/", "kik"},
    {"wa.me/", "whatsapp"},
    {"api.whatsapp.com/send?phone=", "whatsapp"},
    {"api.whatsapp.com/send/?phone=", "whatsapp"},
    // Google's redirect ("google.com/url?q=https%3A%2F%2Ft.me%2Fname"): FromLinkIn unwraps it.
    {"google.com/url?", "redirect"},
    {"google.de/url?", "redirect"},
    // Signal's link to a phone number ("signal.me/#p/+447700900123"); its username links
    // ("signal.me/#eu/…") are encrypted and name nobody readable.
    {"signal.me/#p/", "signal"},
}};

// Path words of each site that are not profiles.
bool IsReservedPath(std::string_view platform, std::string_view lower) {
  // "addlist": Telegram's link to a shared folder of chats.
  static constexpr std::array<std::string_view, 31> kReserved = {
      "joinchat", "addstickers", "share",   "proxy",  "c",         "p",      "reel",   "reels",
      "explore",  "accounts",    "stories", "tv",     "my",        "action", "pages",  "groups",
      "sharer",   "watch",       "events",  "photo",  "permalink", "home",   "intent", "i",
      "search",   "hashtag",     "login",   "signup", "about",     "help",   "addlist"};
  (void)platform;
  return IsOneOf(lower, kReserved);
}

// Where a link wrapped in another one's redirect stood in the text: every selector of the inner
// link gets the outer link's span.
struct OuterLink {
  size_t start;
  size_t end;
};

void FromLinkIn(std::string_view t, size_t from, ScanState& state, const OuterLink* outer);

// Whether the path at t[i, …) of a t.me link is "+" and an international number
// ("t.me/+447700900123"): Telegram's link to the account of that phone number. Its invite links
// ("t.me/+AbC1dEf…") hold letters and are no selector.
bool IsTelegramPhoneLink(std::string_view t, size_t i) {
  if (i >= t.size() || t[i] != '+') return false;
  size_t e = i + 1;
  while (e < t.size() && IsDigit(t[e])) ++e;
  return e - i - 1 >= 7 && (e == t.size() || !IsWordByte(t[e]));
}

// The `source` detail of a phone read from a link to it.
std::string_view PhoneLinkSource(std::string_view platform) {
  if (platform == "signal") return "signal.me";
  if (platform == "telegram") return "t.me";
  return "wa.me";
}

void FromLink(const Hit& hit, ScanState& state) {
  FromLinkIn(state.text, hit.from, state, nullptr);
}

// The selector of the profile link at t[from, …): a handle, or the phone of a WhatsApp link. `t`
// is the text, or (with `outer`) the link a redirect wrapped, decoded; the selectors then span the
// outer link.
void FromLinkIn(std::string_view t, size_t from, ScanState& state, const OuterLink* outer) {
  size_t i = from;
  auto skip = [&](std::string_view prefix) {
    if (t.size() - i >= prefix.size() && EqualsLower(t.substr(i, prefix.size()), prefix)) {
      i += prefix.size();
      return true;
    }
    return false;
  };
  if (!skip("https://")) skip("http://");
  // "m." is a site's mobile host, except in Messenger's own "m.me/".
  const bool messenger = t.size() - i >= 5 && EqualsLower(t.substr(i, 5), "m.me/");
  if (!skip("www.") && !messenger) {
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
  const size_t span_start = outer != nullptr ? outer->start : from;
  const auto span_end = [&](size_t e) { return outer != nullptr ? outer->end : e; };
  const auto claim = [&] {
    if (outer != nullptr) {
      state.Claim(outer->start, outer->end);
    } else {
      state.Claim(from, token_end);
    }
  };
  if (outer == nullptr) {
    // A redirect's link shim starts before the platform's name ("l." of "l.instagram.com"): the
    // link is read, and spans, from its scheme.
    size_t start = from;
    while (start > 0 && !IsSpace(t[start - 1]) && !IsNonAscii(t[start - 1]) &&
           t[start - 1] != '"' && t[start - 1] != '(' && t[start - 1] != '<' && from - start < 16) {
      --start;
    }
    const std::string_view link = t.substr(start, token_end - start);
    // A wrapped link written as is ("?q=https://t.me/name") has a hit of its own.
    if (link.find('%') != std::string_view::npos) {
      if (const std::string target = WrappedLink(link); !target.empty()) {
        const OuterLink wrapper{start, token_end};
        state.Claim(start, token_end);
        FromLinkIn(target, 0, state, &wrapper);
        return;
      }
    }
  }
  if (host->platform == "redirect") return;
  if (host->platform == "whatsapp" || host->platform == "signal" ||
      (host->platform == "telegram" && IsTelegramPhoneLink(t, i))) {
    size_t e = i;
    if (e < t.size() && t[e] == '+') ++e;
    const size_t digits_start = e;
    while (e < t.size() && IsDigit(t[e])) ++e;
    if (e - digits_start < 7 || (e < t.size() && IsWordByte(t[e]))) return;
    const ValidPhone* phone =
        ValidatePhone("+" + std::string(t.substr(digits_start, e - digits_start)), "");
    claim();
    if (phone == nullptr) return;
    Found f;
    f.type = SelectorType::kPhone;
    f.value = phone->e164;
    f.start = span_start;
    f.end = span_end(e);
    f.details = {{"number_type", phone->number_type},
                 {"country", phone->country},
                 {"source", std::string(PhoneLinkSource(host->platform))}};
    if (outer != nullptr) f.details.emplace_back("redirect", "unwrapped");
    state.Emit(std::move(f));
    return;
  }
  if (host->platform == "facebook" && skip("profile.php?id=")) {
    size_t e = i;
    while (e < t.size() && IsDigit(t[e])) ++e;
    claim();
    if (e - i >= 5) {
      EmitHandle(state, "facebook", t.substr(i, e - i), span_start, span_end(e), "link");
    }
    return;
  }
  if (host->platform == "instagram" && skip("stories/")) {
  }
  const size_t end = NameEnd(t, i);
  claim();
  if (end == i) return;
  const std::string_view name = t.substr(i, end - i);
  if (IsReservedPath(host->platform, AsciiLowerCopy(name))) return;
  const PlatformRule* rule = RuleFor(host->platform);
  if (rule == nullptr || !ValidName(*rule, name)) return;
  EmitHandle(state, host->platform, name, span_start, span_end(end), "link");
}

// Whether a name ends as a host does, in a dot and a common top-level domain ("lola-escort.com"):
// no handle when words stand between it and the platform's name.
bool EndsInCommonTld(std::string_view name) {
  static constexpr std::array<std::string_view, 26> kTlds = {
      "be",   "bg", "biz", "ch",  "co", "com", "cz", "de", "es", "eu", "example", "fr", "gr",
      "info", "io", "it",  "net", "nl", "org", "pl", "pt", "ro", "ru", "ua",      "uk", "us"};
  const size_t dot = name.rfind('.');
  return dot != std::string_view::npos && IsOneOf(AsciiLowerCopy(name.substr(dot + 1)), kTlds);
}

struct PlatformSaid {
  std::string_view platform;  // "" when none
  size_t start = 0;           // the platform word's start
};

// The platform a contact word and a platform word name a few words before `name_start` in the
// same sentence ("pe insta la andreea.noaptea", "Auf Snapchat heiße ich jana.koeln", "Su OnlyFans
// mi trovi come valentina_napoli", "on my insta, daisy_in_leeds", "в моєму інсті — olya.kyiv"):
// back over at most three words, commas and dashes, never over a sentence's end, a colon or a
// line's. "x" and the ordinary words "line", "signal" and "of" in lower case name none ("stand
// in line at gate b12"); "snap" after a contact word does ("sur mon snap, c'est lilou.rose"). An
// "only" word beside the platform's name stands for the contact word when at most that word
// stands between the platform's name and the name ("KIK only, lucia.x", "Solo Telegram,
// giulia_vip").
PlatformSaid PlatformSaidBefore(std::string_view t, size_t name_start) {
  constexpr int kWordsBetween = 3;
  size_t k = name_start;
  for (int words = 0; words <= kWordsBetween; ++words) {
    // Spaces, then maybe a comma or a dash and spaces.
    const size_t gap_end = k;
    while (k > 0 && t[k - 1] == ' ' && gap_end - k < 2) --k;
    if (k > 0 && (t[k - 1] == ',' || t[k - 1] == '-')) {
      --k;
    } else if (k >= 3 && static_cast<unsigned char>(t[k - 3]) == 0xE2 &&
               MarkAt(t, k - 3).kind == MarkKind::kDash) {
      k -= 3;
    }
    while (k > 0 && t[k - 1] == ' ' && gap_end - k < 6) --k;
    if (k == gap_end) return {};
    // The word: letters of any script, an apostrophe inside ("c'est").
    const size_t word_end = k;
    while (k > 0 && (IsContextWordByte(t[k - 1]) || t[k - 1] == '\'') && word_end - k < 24) --k;
    if (k == word_end || (k > 0 && IsWordByte(t[k - 1])) || t[k] == '\'') return {};
    const std::string_view word = t.substr(k, word_end - k);
    const std::string_view platform = PlatformOfWord(word);
    if (platform.empty()) continue;
    const bool prose_word = word[0] >= 'a' && (platform == "line" || platform == "signal" ||
                                               (platform == "onlyfans" && word.size() == 2));
    if (platform == "whatsapp" || platform == "x" || prose_word ||
        !(ContactWordBefore(t, k) || (words <= 1 && OnlyWordBeside(t, k, word_end)))) {
      return {};
    }
    return {platform, k};
  }
  return {};
}

// Prepositions between a name and the platform it is on ("macy_brum_xo on snap", "lola_22 sur
// snap", "lena.hh auf Insta", "olya_kyiv в инсте"), in the ads' languages (LowerWord forms, in
// byte order).
bool IsOnWord(std::string_view word) {
  static constexpr std::array<std::string_view, 22> kOn = {
      "auf", "en",    "im",  "in",   "na",  "on", "op",   "par", "pe",  "por", "su",
      "sul", "sulla", "sur", "uber", "via", "w",  "über", "в",   "във", "на",  "у"};
  static const LowerWordSet on(kOn);
  return on.Has(word);
}

struct PlatformAfterName {
  std::string_view platform;  // "" when none
  size_t end = 0;             // the platform word's end
};
// The platform a preposition and its name give right after a name that ends at `end` ("… on
// snap", "… auf Insta"), its word whole and ending the phrase (a space, punctuation or the
// text's end after it). Not WhatsApp or Viber (phones); "x", "of", "line", "signal" and "tele"
// only capitalised ("lola_22 on line" is no handle).
PlatformAfterName PlatformRightAfterName(std::string_view t, size_t end) {
  size_t k = end;
  while (k < t.size() && t[k] == ' ' && k - end < 2) ++k;
  if (k == end) return {};
  size_t e = k;
  while (e < t.size() && IsContextWordByte(t[e]) && e - k < 12) ++e;
  if (e == k || e >= t.size() || t[e] != ' ' || !IsOnWord(LowerWord(t.substr(k, e - k)).view())) {
    return {};
  }
  k = e;
  while (k < t.size() && t[k] == ' ' && k - e < 2) ++k;
  e = k;
  while (e < t.size() && IsContextWordByte(t[e]) && e - k < 24) ++e;
  if (e == k || (e < t.size() && (IsWordByte(t[e]) || t[e] == '.' || t[e] == '@'))) return {};
  const std::string_view word = t.substr(k, e - k);
  const std::string_view platform = PlatformOfWord(word);
  if (platform.empty() || platform == "whatsapp" || platform == "viber") return {};
  const bool capitalised = word[0] >= 'A' && word[0] <= 'Z';
  const LowerWord lower(word);
  if (IsOrdinaryWordPlatform(lower.view()) && lower.view() != "snap" && !capitalised) return {};
  return {platform, e};
}

std::string_view PlatformAskedBefore(std::string_view t, size_t line);

// The length of a dialogue line's mark at t[k]: a dash ("- ", "– ", "— "), a quote mark ("> ",
// "< ", "» ") before a space; 0 for none.
size_t DialogueMarkAt(std::string_view t, size_t k) {
  size_t mark = 0;
  if (k < t.size() && (t[k] == '-' || t[k] == '>' || t[k] == '<')) {
    mark = 1;
  } else if (k + 2 < t.size() && static_cast<unsigned char>(t[k]) == 0xE2 &&
             static_cast<unsigned char>(t[k + 1]) == 0x80 &&
             (static_cast<unsigned char>(t[k + 2]) == 0x93 ||
              static_cast<unsigned char>(t[k + 2]) == 0x94)) {
    mark = 3;
  } else if (k + 1 < t.size() && static_cast<unsigned char>(t[k]) == 0xC2 &&
             static_cast<unsigned char>(t[k + 1]) == 0xBB) {
    mark = 2;
  }
  return mark > 0 && k + mark < t.size() && t[k + mark] == ' ' ? mark : 0;
}

// A name alone in a line of dialogue ("- tak, weronika.poz", "— da, bianca.oradea", "> yes
// lexi_b") that answers a question about a platform in the lines before it (PlatformAskedBefore),
// as a chat message after its speaker's colon does (FromChatAnswer): the line opens with a
// dialogue dash or a quote mark, at most two short words stand before the name ("tak,", "yes",
// "да"), and nothing but spaces, a full stop or '!' after it.
void FromDialogueAnswer(size_t name_start, size_t end, ScanState& state) {
  constexpr size_t kMaxLeadBytes = 32;  // the mark, two short words, their spaces
  constexpr size_t kMaxLeadWordBytes = 12;
  const std::string_view t = state.text;
  const size_t from = name_start > kMaxLeadBytes ? name_start - kMaxLeadBytes : 0;
  const auto* nl = static_cast<const char*>(memrchr(t.data() + from, '\n', name_start - from));
  if (nl == nullptr) return;
  const size_t line = static_cast<size_t>(nl - t.data()) + 1;
  size_t k = line;
  while (k < name_start && t[k] == ' ') ++k;
  const size_t mark = DialogueMarkAt(t, k);
  if (mark == 0) return;
  k += mark;
  for (size_t words = 0;; ++words) {
    while (k < name_start && t[k] == ' ') ++k;
    if (k == name_start) break;
    size_t e = k;
    while (e < name_start && IsContextWordByte(t[e])) ++e;
    const size_t word_end = e;
    if (e < name_start && (t[e] == ',' || t[e] == '!')) ++e;
    if (word_end == k || word_end - k > kMaxLeadWordBytes || words >= 2 || e >= name_start ||
        t[e] != ' ') {
      return;
    }
    k = e;
  }
  for (size_t r = end; r < t.size() && t[r] != '\n'; ++r) {
    if (t[r] != ' ' && t[r] != '.' && t[r] != '!' && t[r] != '\r') return;
  }
  const std::string_view platform = PlatformAskedBefore(t, line);
  if (platform.empty() || platform == "whatsapp" || platform == "viber") return;
  const std::string_view name = t.substr(name_start, end - name_start);
  const PlatformRule* rule = RuleFor(platform);
  if (rule == nullptr || !ValidName(*rule, name)) return;
  const std::string lower = AsciiLowerCopy(name);
  if (IsStopword(lower) || !PlatformOfWord(lower).empty() || state.Claimed(name_start, end)) return;
  EmitHandle(state, platform, name, name_start, end, "chat");
}

// A name with a dot or an underscore a few words after a platform's name (PlatformSaidBefore),
// or right before one after a preposition (PlatformRightAfterName), when the word right before it
// names none; else a name alone in a line of dialogue answering a question about a platform
// (FromDialogueAnswer).
void FromNameLaterInSentence(size_t name_start, ScanState& state) {
  const std::string_view t = state.text;
  const size_t end = NameEnd(t, name_start);
  const std::string_view name = t.substr(name_start, end - name_start);
  // A dot or an underscore: digits alone ("room12", "LS1") are too common in prose for the words
  // between.
  if (name.find_first_of("._") == std::string_view::npos || EndsInCommonTld(name)) return;
  if (end < t.size() && (t[end] == '@' || t[end] == '/' || IsNonAscii(t[end]))) return;
  PlatformSaid said = PlatformSaidBefore(t, name_start);
  size_t span_end = end;
  if (said.platform.empty()) {
    // The platform named right after the name ("add macy_brum_xo on snap").
    const PlatformAfterName after = PlatformRightAfterName(t, end);
    if (after.platform.empty()) return FromDialogueAnswer(name_start, end, state);
    said = {after.platform, name_start};
    span_end = after.end;
  }
  const PlatformRule* rule = RuleFor(said.platform);
  if (rule == nullptr || !ValidName(*rule, name)) return;
  const std::string lower = AsciiLowerCopy(name);
  if (IsStopword(lower) || !PlatformOfWord(lower).empty() || state.Claimed(name_start, end)) return;
  EmitHandle(state, said.platform, name, said.start, span_end, "context");
}

// Profile screens as OCR reads a screenshot of them. Telegram shows the username as "@name"
// alone on its line and the word for "Username" alone on the line below ("@lola_vip" /
// "Benutzername"); Instagram's header shows a back arrow '<' and the handle at a line's start, its
// counts of posts, followers and following on the lines below ("< bella.rosa99" / "128 posts
// 4,512 followers …", "128 публикаций …"), in the screen's language. The screen's shape says the
// platform, so the name needs no digit, dot or underscore.
constexpr size_t kProfileLookAheadLines = 3;
constexpr size_t kProfileLookAheadBytes = 240;

// The next line after `end` when only spaces (or a '\r') stand between `end` and its line break:
// [start, end) of it without its spaces; start == npos when text follows on `end`'s line.
std::pair<size_t, size_t> NextLine(std::string_view t, size_t end) {
  size_t k = end;
  while (k < t.size() && (t[k] == ' ' || t[k] == '\r' || t[k] == '\t')) ++k;
  if (k >= t.size() || t[k] != '\n') return {std::string_view::npos, 0};
  size_t start = k + 1;
  size_t stop = t.find('\n', start);
  if (stop == std::string_view::npos) stop = t.size();
  while (start < stop && (t[start] == ' ' || t[start] == '\t')) ++start;
  while (stop > start && (t[stop - 1] == ' ' || t[stop - 1] == '\r' || t[stop - 1] == '\t')) --stop;
  return {start, stop};
}

// Whether only spaces stand between the line's start (or the text's) and `at`.
bool OpensLine(std::string_view t, size_t at) {
  size_t k = at;
  while (k > 0 && (t[k - 1] == ' ' || t[k - 1] == '\t')) --k;
  return k == 0 || t[k - 1] == '\n';
}

// The label under a Telegram profile's username, in the ads' languages (LowerWord forms).
bool IsUsernameLabel(std::string_view line) {
  static constexpr std::array<std::string_view, 15> kLabels = {
      "username",          "user name",         "benutzername",       "nom d'utilisateur",
      "nom d’utilisateur", "gebruikersnaam",    "nume de utilizator", "nume utilizator",
      "потребителско име", "nombre de usuario", "nome utente",        "nazwa użytkownika",
      "имя пользователя",  "ім'я користувача",  "ім’я користувача"};
  if (line.empty() || line.size() > 40) return false;
  return IsOneOf(LowerWord(line).view(), kLabels);
}

// The word for an Instagram profile's posts, in the ads' languages (LowerWord forms).
bool IsPostsWord(std::string_view word) {
  static constexpr std::array<std::string_view, 17> kWords = {
      "posts",   "post",        "beiträge",   "publications", "publicaciones", "berichten",
      "postări", "postari",     "публикации", "публикаций",   "публикация",    "posty",
      "postów",  "publicações", "публікації", "публікацій",   "дописів"};
  return IsOneOf(LowerWord(word).view(), kWords);
}

// Whether one of the few lines after the header line that ends at `end` holds a count followed by
// the word for posts ("128 posts", "128 de postări", "1.204 Beiträge"), or the counts on one line
// and the words on the next ("128 4,512 310" / "posts followers following").
bool PostsCountBelow(std::string_view t, size_t end) {
  bool digit_seen = false;
  // A verified badge or another mark may follow the name on its line ("< bella.rosa99 ✓").
  size_t k = end;
  while (k < t.size() && k - end < 16 && t[k] != '\n' && !IsAsciiAlnum(t[k])) ++k;
  for (size_t line = 0; line < kProfileLookAheadLines; ++line) {
    const auto [start, stop] = NextLine(t, k);
    if (start == std::string_view::npos || stop - end > kProfileLookAheadBytes) return false;
    for (size_t i = start; i < stop;) {
      if (IsDigit(t[i])) {
        digit_seen = true;
        ++i;
        continue;
      }
      if (!IsAsciiAlpha(t[i]) && !IsNonAscii(t[i])) {
        ++i;
        continue;
      }
      size_t w = i;
      while (w < stop && (IsAsciiAlpha(t[w]) || IsNonAscii(t[w]))) ++w;
      if (digit_seen && w - i <= 24 && IsPostsWord(t.substr(i, w - i))) return true;
      i = w;
    }
    k = stop;
  }
  return false;
}

void FromTableCell(size_t name_start, size_t end, char separator, ScanState& state);

// The start of the word of letters, digits and non-ASCII bytes (NextSpokenWord's) that ends at
// `end` after one or two spaces, or npos (a line's start, or no such word).
size_t SpokenWordBefore(std::string_view t, size_t& end) {
  size_t e = end;
  while (e > 0 && t[e - 1] == ' ' && end - e < 2) --e;
  if (e == end) return std::string_view::npos;
  size_t s = e;
  while (s > 0 && (IsAsciiAlnum(t[s - 1]) || IsNonAscii(t[s - 1])) && e - s < 40) --s;
  if (s == e) return std::string_view::npos;
  end = e;
  return s;
}

// Whether a spoken separator (kSpokenSeparators, one word or two: "underscore", "trattino basso")
// ends right before the word that starts at `name_start`.
bool SpokenSeparatorBefore(std::string_view t, size_t name_start) {
  size_t e1 = name_start;
  const size_t s1 = SpokenWordBefore(t, e1);
  if (s1 == std::string_view::npos) return false;
  size_t end = 0;
  if (SpokenSeparatorAt(t, SpokenWord{s1, e1}, end) != 0 && end == e1) return true;
  size_t e0 = s1;
  const size_t s0 = SpokenWordBefore(t, e0);
  return s0 != std::string_view::npos && SpokenSeparatorAt(t, SpokenWord{s0, e0}, end) != 0 &&
         end == e1;
}

// A name read aloud after a platform's name and an emoji pointing at it ("TikTok 👉 sara
// trattino basso mia7", "Snap 👉 lea point belle7", "OF 👉 dasha нижнє підкреслення mia24"),
// found from its last part (a match of kPatterns[2] after a spoken separator): the emoji a few
// words back on the line, the platform's name right before it, and the words from the emoji on
// read as SpokenName reads them after a colon, up to the part found. Returns whether it was one.
bool FromSpokenAfterPointer(size_t name_start, size_t name_end, ScanState& state) {
  const std::string_view t = state.text;
  size_t pointer = std::string_view::npos, pointer_end = 0;
  size_t k = name_start;
  for (int words = 0; words < kMaxSpokenWords; ++words) {
    size_t e = k;
    const size_t s = SpokenWordBefore(t, e);
    if (s == std::string_view::npos) return false;
    if (IsPointingEmoji(t.substr(s, e - s))) {
      pointer = s;
      pointer_end = e;
      break;
    }
    k = s;
  }
  if (pointer == std::string_view::npos) return false;
  const std::string_view word = WordBefore(t, pointer, 24);
  if (word.empty()) return false;
  const size_t s = static_cast<size_t>(word.data() - t.data());
  const std::string_view platform = PlatformOfWord(word);
  if (platform.empty() || platform == "whatsapp") return false;
  size_t first = pointer_end;
  while (first < t.size() && t[first] == ' ' && first - pointer_end < 2) ++first;
  size_t spoken_end = 0;
  const std::string name = SpokenName(t, first, spoken_end);
  if (name.empty() || spoken_end < name_end) return false;
  const bool shouted =
      t[s] >= 'A' && t[s] <= 'Z' && (word.size() < 2 || (t[s + 1] >= 'A' && t[s + 1] <= 'Z'));
  FromSpokenName(name, first, spoken_end, s, {platform}, {word}, {shouted}, false, state);
  return true;
}

// The start of a name written after a platform word with spaces alone ("Onlyfans lola.luxe",
// "FB lola896", "WeChat ID lola-1990", "My FB is lola.official", "Instagram eleni_thess", "snap
// (clara.nice)"), from a match of kPatterns[2] ending at `to`; emits the handle. Only a
// platform's own name or a short name in capitals, or any platform word after a contact word
// ("add me on sc its rosie_bris0l", "o su signal chiara.ve.21") or before an id word ("line id
// ploy.bkk"), and only a name with a digit, a dot, an underscore or a dash in it (a word of prose
// after "Signal" or "Line" is no name). A list may follow ("… or sc aoifeee2").
void FromBareName(size_t to, ScanState& state) {
  const std::string_view t = state.text;
  // The match ends on a digit or a dash after the word, or on the letter or digit after a dot or
  // an underscore.
  size_t name_start = to >= 2 && (t[to - 2] == '.' || t[to - 2] == '_') ? to - 2 : to - 1;
  while (name_start > 0 && (IsAsciiAlpha(t[name_start - 1]) || t[name_start - 1] == '_')) {
    --name_start;
  }
  // An e-mail's local part ("write anna_b@…"), a host or a path: no name, whatever comes before.
  const size_t end = NameEnd(t, name_start);
  // The name in quotation marks ("Telegram „mila_x”", "X “vera_h49”"): closed right after it.
  const size_t quote = QuoteBefore(t, name_start);
  const bool quoted = quote > 0 && QuoteAt(t, end) > 0;
  if (end < t.size() && (t[end] == '@' || t[end] == '/' || (IsNonAscii(t[end]) && !quoted))) {
    return;
  }
  // The last part of a name read aloud after a pointing emoji ("Snap 👉 lea point belle7").
  if (SpokenSeparatorBefore(t, name_start) && FromSpokenAfterPointer(name_start, end, state)) {
    return;
  }
  // An Instagram profile's header ("< bella.rosa99" over its counts of posts).
  if (name_start >= 2 && t[name_start - 1] == ' ' && t[name_start - 2] == '<' &&
      OpensLine(t, name_start - 2)) {
    const PlatformRule* rule = RuleFor("instagram");
    if (rule != nullptr && ValidName(*rule, t.substr(name_start, end - name_start)) &&
        PostsCountBelow(t, end) && !state.Claimed(name_start - 2, end)) {
      EmitHandle(state, "instagram", t.substr(name_start, end - name_start), name_start, end,
                 "context");
    }
    return;
  }
  // A cell of a table ("| mia.lou22 |", "\tksyusha_msk", a CSV row's "Mila,mila_ldn2,Mayfair"
  // or "Leonie;leonie_bln;Berlin"): its column's header says the platform. A comma or semicolon
  // only right before the name (after one and a space, it is prose's).
  {
    size_t cell = name_start;
    while (cell > 0 && t[cell - 1] == ' ' && name_start - cell < 2) --cell;
    if (cell > 0 && (t[cell - 1] == '|' || t[cell - 1] == '\t' ||
                     (cell == name_start && (t[cell - 1] == ',' || t[cell - 1] == ';')))) {
      return FromTableCell(name_start, end, t[cell - 1], state);
    }
  }
  const bool bracketed = name_start > 0 && t[name_start - 1] == '(';
  // A hashtag right after a platform's name ("Snapchat #tali_fern91", as ads tag the name):
  // that platform's name. Other hashtags are tags.
  const bool hashtag = name_start > 0 && t[name_start - 1] == '#';
  size_t k = bracketed || hashtag ? name_start - 1 : quoted ? name_start - quote : name_start;
  const size_t spaces_end = k;
  while (k > 0 && t[k - 1] == ' ' && spaces_end - k < 2) --k;
  // The platform word, maybe then an id word or a filler ("its", "c'est").
  const auto word_start = [&](size_t end) {
    size_t s = end;
    while (s > 0 && IsContextWordByte(t[s - 1]) && end - s <= 24) --s;
    return s;
  };
  size_t word_end = k, s = word_start(k);
  const std::string_view first_word = t.substr(s, word_end - s);
  if (hashtag &&
      (s == word_end || k == spaces_end || (s > 0 && (IsWordByte(t[s - 1]) || t[s - 1] == '#')) ||
       PlatformOfWord(first_word).empty())) {
    return;
  }
  bool id_word = false;
  if (s < word_end && PlatformOfWord(first_word).empty()) {
    const size_t filler = word_end - s <= 7 ? FillerBefore(t, word_end) : word_end;
    id_word = IsIdWord(first_word);
    // A function word between the platform's name and the name ("insta ebenfalls leonie_bln")
    // stands aside as a filler does, and so does an emoji pointing at the name ("Snapchat 👉
    // marina_mlg").
    if (id_word || IsLinkingWord(first_word) || filler < word_end || IsCommonWord(first_word) ||
        IsPointingEmoji(first_word)) {
      const size_t aside = std::min(s, filler);
      word_end = aside;
      while (word_end > 0 && t[word_end - 1] == ' ' && aside - word_end < 2) --word_end;
      if (word_end == aside) return FromNameLaterInSentence(name_start, state);
      s = word_start(word_end);
      // Before an id word, a comma and a function word or "only" ("Signal only, username
      // mara.07"): the platform's name before them.
      if (id_word && s == word_end && word_end > 0 && t[word_end - 1] == ',') {
        --word_end;
        s = word_start(word_end);
        const std::string_view between = t.substr(s, word_end - s);
        if (s < word_end && PlatformOfWord(between).empty() &&
            (IsCommonWord(between) || IsIdWord(between))) {
          const size_t common = s;
          word_end = common;
          while (word_end > 0 && t[word_end - 1] == ' ' && common - word_end < 2) --word_end;
          s = word_start(word_end);
        }
      }
    }
  }
  if (s == word_end || (s > 0 && IsWordByte(t[s - 1]))) {
    return FromNameLaterInSentence(name_start, state);
  }
  const std::string_view word = t.substr(s, word_end - s);
  std::string_view platform = PlatformOfWord(word);
  if (platform.empty() && !id_word && word_end == k && !bracketed && !quoted) {
    // "👻 emma.prg": the platform's emoji right before the name, nothing between.
    platform = PlatformOfEmoji(word);
    if (!platform.empty() && HasNameMark(t.substr(name_start, end - name_start))) {
      const std::string_view name = t.substr(name_start, end - name_start);
      const PlatformRule* rule = RuleFor(platform);
      const std::string lower = AsciiLowerCopy(name);
      if (rule == nullptr || !ValidName(*rule, name) || IsStopword(lower) ||
          state.Claimed(name_start, end)) {
        return;
      }
      EmitHandle(state, platform, name, s, end, "context");
      return;
    }
  }
  if (platform.empty()) return FromNameLaterInSentence(name_start, state);
  if (platform == "whatsapp") return;
  if (bracketed && (end >= t.size() || t[end] != ')')) return;
  const std::string_view name = t.substr(name_start, end - name_start);
  // "Signal", "FB", "Kik", "X" before a name with an underscore; after a contact word or before
  // an id word any of them ("on sc", "line id"); not "x", "of", "kik" in prose.
  const bool in_context = (id_word || ContactWordBefore(t, s)) && HasNameMark(name);
  // A short abbreviation that is no ordinary word ("tg", "ig", "sc", "fb"), before a name with a
  // digit, a dot or an underscore in it ("tg lexi_after_dark", "sì, tg sara_roma_x").
  const bool abbreviation = !IsOrdinaryWordPlatform(LowerWord(word).view()) && platform != "kik" &&
                            platform != "x" && HasNameMark(name);
  const bool short_ok = (platform == "kik" && word[0] == 'K') ||
                        (word == "X" && name.find('_') != std::string_view::npos) || in_context ||
                        abbreviation;
  if (!IntroducesBareName(word, platform, short_ok, in_context)) return;
  const PlatformRule* rule = RuleFor(platform);
  if (rule == nullptr || !ValidName(*rule, name)) return;
  const std::string lower = AsciiLowerCopy(name);
  if (IsStopword(lower) || !PlatformOfWord(lower).empty()) return;
  if (state.Claimed(name_start, end)) return;
  EmitHandle(state, platform, name, s, end, "context");
  FromNamesJoinedAfter(bracketed ? end + 1 : end, state);
}

// A table's header row is looked for at most this far above a cell: rows, and bytes in all.
constexpr size_t kMaxTableRows = 20;
constexpr size_t kMaxTableBytes = 4096;

// The cell of `line` after `column` separators, without its spaces.
std::string_view CellAt(std::string_view line, char separator, size_t column) {
  size_t from = 0;
  for (size_t c = 0; c < column; ++c) {
    const size_t next = line.find(separator, from);
    if (next == std::string_view::npos) return {};
    from = next + 1;
  }
  size_t to = line.find(separator, from);
  if (to == std::string_view::npos) to = line.size();
  while (from < to && (line[from] == ' ' || line[from] == '\r')) ++from;
  while (to > from && (line[to - 1] == ' ' || line[to - 1] == '\r')) --to;
  return line.substr(from, to - from);
}

// A name alone in a table cell ("| Mia | 07700 900128 | mia.lou22 |", or a row of tab-separated
// cells) under a header cell that names a platform ("Snap", "ТГ"): the header is the top row of
// the table, the lines with the separator right above the cell's line (a Markdown rule row
// "|---|" among them), at most kMaxTableRows rows and kMaxTableBytes bytes up, and the column is
// counted by separators from the line's start in both. Only a name with a digit, a dot or an
// underscore in it and valid for the platform: a word under "Snap" may be a note ("—", "soon").
void FromTableCell(size_t name_start, size_t end, char separator, ScanState& state) {
  const std::string_view t = state.text;
  size_t after = end;
  while (after < t.size() && (t[after] == ' ' || t[after] == '\r')) ++after;
  if (after < t.size() && t[after] != separator && t[after] != '\n') return;
  const size_t floor = name_start > kMaxTableBytes ? name_start - kMaxTableBytes : 0;
  size_t line_start = name_start;
  while (line_start > floor && t[line_start - 1] != '\n') --line_start;
  if (line_start == floor && floor > 0) return;
  const size_t column = static_cast<size_t>(
      std::count(t.begin() + static_cast<std::ptrdiff_t>(line_start),
                 t.begin() + static_cast<std::ptrdiff_t>(name_start), separator));
  if (column == 0) return;
  // Up the table to its top row.
  std::string_view header;
  size_t above_end = line_start;  // the end of the line above (its '\n'), when > 0
  for (size_t rows = 0; rows < kMaxTableRows && above_end > floor; ++rows) {
    size_t above_start = above_end - 1;
    while (above_start > floor && t[above_start - 1] != '\n') --above_start;
    const std::string_view line = t.substr(above_start, above_end - 1 - above_start);
    if (line.find(separator) == std::string_view::npos) break;
    header = line;
    above_end = above_start;
  }
  if (header.empty()) return;
  const std::string_view said = CellAt(header, separator, column);
  if (said.empty() || said.size() > 24) return;
  const std::string_view platform = PlatformOfWord(said);
  if (platform.empty() || platform == "whatsapp") return;
  const std::string_view name = t.substr(name_start, end - name_start);
  const PlatformRule* rule = RuleFor(platform);
  if (rule == nullptr || !HasNameMark(name) || !ValidName(*rule, name)) return;
  const std::string lower = AsciiLowerCopy(name);
  if (IsStopword(lower) || !PlatformOfWord(lower).empty()) return;
  if (state.Claimed(name_start, end)) return;
  EmitHandle(state, platform, name, name_start, end, "table");
}

// Whether the word `said`, naming `platform`, names it in an ad's prose for SolePlatformNamed:
// "x" and a lower-case "of", "line", "signal" or "snap" are ordinary words more often than not.
bool NamesPlatformInProse(std::string_view said, std::string_view platform) {
  if (platform == "x") return false;
  const bool capitalised = said[0] >= 'A' && said[0] <= 'Z';
  if (platform == "onlyfans" && said.size() == 2) return said[1] == 'F';  // "OF", not "of"
  return capitalised || !IsOrdinaryWordPlatform(LowerWord(said).view());
}

// The one platform with usernames that the ad names anywhere ("Bookings through Telegram only …
// @name", "I only reply on Instagram. DM @name"), or "" when it names none or several (then a
// bare '@name' could be any of them's: none is guessed). WhatsApp and Viber are left out: their
// contacts are phone numbers, and an ad naming one besides the other platform still gives the
// '@name' to that platform.
std::string_view SolePlatformNamed(std::string_view t) {
  std::string_view sole;
  size_t i = 0;
  while (i < t.size()) {
    if (!IsContextWordByte(t[i])) {
      ++i;
      continue;
    }
    size_t e = i;
    while (e < t.size() && IsContextWordByte(t[e])) ++e;
    const bool whole = (i == 0 || !IsWordByte(t[i - 1])) && (e == t.size() || !IsWordByte(t[e]));
    if (whole && e - i <= 24) {
      const std::string_view said = t.substr(i, e - i);
      const std::string_view platform = PlatformOfWord(said);
      if (!platform.empty() && platform != "whatsapp" && platform != "viber" &&
          NamesPlatformInProse(said, platform)) {
        if (!sole.empty() && sole != platform) return {};
        sole = platform;
      }
    }
    i = e;
  }
  return sole;
}

// Whether the '@' at `at` may start a bare '@name': nothing but spaces, punctuation, emoji or a
// line's start before it (a letter or digit before it is an e-mail's local part, "anna @mail.x"),
// and no platform word with its mark right before it ("Telegram: @name" is FromContext's).
// `name` is what follows the '@'.
bool StartsBareAtName(std::string_view t, size_t at, std::string_view name) {
  // Back over spaces and marks ("TG => @name", "IG → @name"): after the first mark (from the
  // left), ContextStart says whether a platform word stands before them.
  size_t k = at, after_first_mark = 0;
  while (k > 0 && at - k < 12) {
    if (t[k - 1] == ' ') {
      --k;
      continue;
    }
    size_t lead = k - 1;
    while (lead > 0 && (static_cast<unsigned char>(t[lead]) & 0xC0) == 0x80) --lead;
    const Mark mark = MarkAt(t, lead);
    if (mark.kind == MarkKind::kNone || lead + mark.length != k) break;
    after_first_mark = k;
    k = lead;
  }
  if (after_first_mark != 0 && ContextStart(t, after_first_mark) != std::string_view::npos) {
    return false;
  }
  if (k == 0) return true;
  const char before = t[k - 1];
  // Glued to a name's '.' or '_' ("anna.@x"); a full stop and a space end a sentence ("Ask for
  // menu. @honey_bee") unless the name is a host's.
  if (before == '_' || before == '@' || (before == '.' && (k == at || EndsInCommonTld(name)))) {
    return false;
  }
  // A word and a space before it ("DM @ruby.wilde.x"): a name, unless it is shaped as a domain
  // ("anna @mail.com", an e-mail with a spaced '@').
  return !IsAsciiAlnum(before) || (k < at && !EndsInCommonTld(name));
}

// The platform named right after a name that ends at `end`, on its line or at the start of the
// next ("add me @ kayla_x_brum" / "on snap 👻", "find me @ sophie.syd.vip" / "^ that's my insta",
// "@ freya_mcr22" / "telegram ^^", "folgt mir @ sophie.hamburg" / "auf Insta 📸"): after spaces,
// at most one line break and marks pointing up ('^', '↑', '☝'), at most three words before the
// platform's name, never over a sentence's end. Not WhatsApp or Viber (phones), not "x"; an
// ordinary word ("snap", "line") only in capitals, or "snap" after a contact word ("on snap").
// `end` of the result is the platform word's end.
struct PlatformSaidAfterName {
  std::string_view platform;  // "" when none
  size_t end = 0;
};
PlatformSaidAfterName PlatformSaidAfter(std::string_view t, size_t end) {
  constexpr int kWordsBetween = 3;
  size_t k = end;
  bool line_broken = false;
  auto skip_gap = [&]() {
    for (;;) {
      if (k < t.size() && (t[k] == ' ' || t[k] == '^' || t[k] == ',')) {
        ++k;
      } else if (k < t.size() && t[k] == '\n' && !line_broken) {
        line_broken = true;
        ++k;
      } else if (t.substr(k, 3) == "\xE2\x86\x91" || t.substr(k, 3) == "\xE2\x98\x9D") {
        k += 3;  // ↑, ☝
      } else if (t.substr(k, 3) == "\xEF\xB8\x8F") {
        k += 3;  // emoji presentation selector
      } else {
        return;
      }
    }
  };
  for (int words = 0; words <= kWordsBetween; ++words) {
    const size_t gap_start = k;
    skip_gap();
    if (words > 0 && k == gap_start) return {};
    const size_t word_start = k;
    while (k < t.size() && (IsContextWordByte(t[k]) || t[k] == '\'') && k - word_start < 24) ++k;
    if (k == word_start || (k < t.size() && IsWordByte(t[k]))) return {};
    const std::string_view word = t.substr(word_start, k - word_start);
    const std::string_view platform = PlatformOfWord(word);
    if (platform.empty()) continue;
    if (platform == "whatsapp" || platform == "viber" || platform == "x") return {};
    const bool contact_snap =
        platform == "snapchat" && EqualsLower(word, "snap") && ContactWordBefore(t, word_start);
    if (!NamesPlatformInProse(word, platform) && !contact_snap) return {};
    return {platform, k};
  }
  return {};
}

// A bare '@name' (the '@' ends at `to`) with no platform word before it, given to the one
// platform the ad names elsewhere (SolePlatformNamed, computed once per text into `sole`). Only a
// name that starts with a letter and has a digit, a dot or an underscore in it ("@scarlett_ldn",
// "@ruby.wilde.x"; not "@home", "@10pm").
// Where a paper plane (U+2708 ✈, maybe with its emoji presentation selector) ends at `at` after at
// most two spaces: its start, or npos.
size_t PlaneBefore(std::string_view t, size_t at) {
  size_t k = at;
  while (k > 0 && t[k - 1] == ' ' && at - k < 2) --k;
  if (k >= 3 && t.substr(k - 3, 3) == "\xEF\xB8\x8F") k -= 3;
  if (k >= 3 && t.substr(k - 3, 3) == "\xE2\x9C\x88") return k - 3;
  return std::string_view::npos;
}

// "@ name" with a space after the '@' (FromSpacedAtName).
void FromSpacedAtName(size_t to, ScanState& state);

// The platform named right before an emoji or arrow that points at the '@' at `at` ("snap 👉
// @vika.x", "Telegram ➜ @nina"): spaces, the pointer (IsPointingEmoji), spaces, then the
// platform's word, whole. Not WhatsApp or Viber (phones); "x", "of", "line" and "signal" only
// capitalised ("line ➜ @gate" is no handle).
PlatformSaid PlatformPointingAt(std::string_view t, size_t at) {
  size_t k = at;
  while (k > 0 && t[k - 1] == ' ' && at - k < 2) --k;
  const size_t pointer_end = k;
  while (k > 0 && IsNonAscii(t[k - 1]) && pointer_end - k < 7) --k;
  if (k == pointer_end || !IsPointingEmoji(t.substr(k, pointer_end - k))) return {};
  const size_t spaces_end = k;
  while (k > 0 && t[k - 1] == ' ' && spaces_end - k < 2) --k;
  if (k == spaces_end) return {};
  const size_t word_end = k;
  while (k > 0 && IsContextWordByte(t[k - 1]) && word_end - k < 24) --k;
  if (k == word_end || (k > 0 && IsWordByte(t[k - 1]))) return {};
  const std::string_view word = t.substr(k, word_end - k);
  const std::string_view platform = PlatformOfWord(word);
  if (platform.empty() || platform == "whatsapp" || platform == "viber") return {};
  const bool capitalised = word[0] >= 'A' && word[0] <= 'Z';
  if ((platform == "x" || platform == "line" || platform == "signal" || word == "of") &&
      !capitalised) {
    return {};
  }
  return {platform, k};
}

void FromBareAtName(size_t to, ScanState& state, std::optional<std::string_view>& sole) {
  const std::string_view t = state.text;
  if (to < t.size() && t[to] == ' ') {
    FromSpacedAtName(to, state);
    return;
  }
  const size_t end = NameEnd(t, to);
  if (end == to || !IsAsciiAlpha(t[to])) return;
  if (end < t.size() && (t[end] == '@' || t[end] == '/' || IsNonAscii(t[end]))) return;
  const std::string_view name = t.substr(to, end - to);
  if (!StartsBareAtName(t, to - 1, name)) return;
  // A Telegram profile's "@name" over its "Username" label (a screenshot's OCR).
  if (OpensLine(t, to - 1)) {
    if (const auto [start, stop] = NextLine(t, end);
        start != std::string_view::npos && IsUsernameLabel(t.substr(start, stop - start))) {
      const PlatformRule* rule = RuleFor("telegram");
      if (rule != nullptr && ValidName(*rule, name) && !state.Claimed(to - 1, end)) {
        EmitHandle(state, "telegram", name, to - 1, end, "context");
      }
      return;
    }
  }
  // "✈️ @name": the paper plane of Telegram's logo right before the '@' (spaces between) names
  // it; elsewhere it decorates ("✈️ touring", "✈ Paris ✈").
  if (const size_t plane = PlaneBefore(t, to - 1); plane != std::string_view::npos) {
    if (!HasNameMark(name) || state.Claimed(to - 1, end)) return;
    const PlatformRule* rule = RuleFor("telegram");
    const std::string lower = AsciiLowerCopy(name);
    if (rule != nullptr && ValidName(*rule, name) && !IsStopword(lower) &&
        PlatformOfWord(lower).empty()) {
      EmitHandle(state, "telegram", name, plane, end, "context");
    }
    return;
  }
  // A platform's name, then an emoji or arrow pointing at the '@name' ("snap 👉 @vika.x", "X ➜
  // @kasia_lux", "Telegram 👉 @ninaxx"): the pointer says the name is the platform's, which needs
  // no digit, dot or underscore then.
  if (const PlatformSaid pointed = PlatformPointingAt(t, to - 1); !pointed.platform.empty()) {
    const PlatformRule* rule = RuleFor(pointed.platform);
    const std::string lower = AsciiLowerCopy(name);
    if (rule != nullptr && ValidName(*rule, name) && !IsStopword(lower) &&
        PlatformOfWord(lower).empty() && !state.Claimed(to - 1, end)) {
      EmitHandle(state, pointed.platform, name, pointed.start, end, "context");
    }
    return;
  }
  if (!HasNameMark(name) || state.Claimed(to - 1, end)) return;
  // A platform named a few words before ("en tiktok me llamo @name"), or right after the name
  // after a preposition ("@sweet.savannah.atl on snapchat"), else the ad's one platform.
  PlatformSaid said = PlatformSaidBefore(t, to - 1);
  size_t span_end = end;
  if (said.platform.empty()) {
    if (const PlatformAfterName after = PlatformRightAfterName(t, end); !after.platform.empty()) {
      said = {after.platform, to - 1};
      span_end = after.end;
    }
  }
  std::string_view platform = said.platform;
  if (platform.empty()) {
    if (!sole) sole = SolePlatformNamed(t);
    platform = *sole;
  }
  if (platform.empty()) return;
  const PlatformRule* rule = RuleFor(platform);
  if (rule == nullptr || !ValidName(*rule, name)) return;
  const std::string lower = AsciiLowerCopy(name);
  if (IsStopword(lower) || !PlatformOfWord(lower).empty()) return;
  if (said.platform.empty()) {
    EmitHandle(state, platform, name, to - 1, end, "at_elsewhere");
  } else {
    EmitHandle(state, platform, name, said.start, span_end, "context");
  }
}

// "@ name" with one or two spaces after the '@' (the '@' ends at `to`) and the platform named
// right after the name (PlatformSaidAfter): "add me @ kayla_x_brum" / "on snap 👻". The name must
// look like a username (a letter first; a digit, dot or underscore in it) and be valid there. The
// '@' and the name are claimed: they are no spaced e-mail ("me @ sophie.syd.vip" is no address).
void FromSpacedAtName(size_t to, ScanState& state) {
  const std::string_view t = state.text;
  size_t name_start = to;
  while (name_start < t.size() && t[name_start] == ' ' && name_start - to < 2) ++name_start;
  if (name_start >= t.size() || !IsAsciiAlpha(t[name_start])) return;
  const size_t end = NameEnd(t, name_start);
  // Not an e-mail's local part before a spaced '@' ("@ anna @ mail.example").
  if (end < t.size() && (t[end] == '@' || t[end] == '/' ||
                         (t[end] == ' ' && end + 1 < t.size() && t[end + 1] == '@'))) {
    return;
  }
  const std::string_view name = t.substr(name_start, end - name_start);
  if (!HasNameMark(name) || state.Claimed(to - 1, end)) return;
  // Nothing but spaces, punctuation, emoji or a line's start before the '@', or a word and a
  // space ("add me @ name").
  if (to >= 2 && IsWordByte(t[to - 2])) return;
  const PlatformSaidAfterName said = PlatformSaidAfter(t, end);
  if (said.platform.empty()) return;
  const PlatformRule* rule = RuleFor(said.platform);
  if (rule == nullptr || !ValidName(*rule, name)) return;
  const std::string lower = AsciiLowerCopy(name);
  if (IsStopword(lower) || !PlatformOfWord(lower).empty()) return;
  state.Claim(to - 1, end);
  EmitHandle(state, said.platform, name, to - 1, said.end, "context");
}

// Chat transcripts answer a question about a platform in a later message that holds the name
// alone: "[21:05] Dan: what's ur tg?" … "[21:07] Lexi: its lexi_brum", "Kunde: hast du insta?" /
// "Nina: ja" / "Nina: nina.bln_". How far back the question may stand: a few messages, as a chat
// answers, never across a blank line (another conversation or another part of the page).
constexpr size_t kChatLookBackLines = 4;
constexpr size_t kChatLookBackBytes = 400;
constexpr size_t kMaxSpeakerBytes = 32;  // "[21:07] Lexi", "Рая", "Client"

// Whether t[line, colon) is a chat message's speaker: an optional time in brackets ("[21:07] ",
// "(18:44) "), then one or two words of letters ("Lexi", "Kunde", "Рая", "me").
bool IsChatSpeaker(std::string_view t, size_t line, size_t colon) {
  size_t k = line;
  if (k < colon && (t[k] == '[' || t[k] == '(')) {
    const size_t close = t.find(t[k] == '[' ? ']' : ')', k);
    if (close == std::string_view::npos || close >= colon) return false;
    k = close + 1;
    while (k < colon && t[k] == ' ') ++k;
  }
  if (k == colon || colon - k > kMaxSpeakerBytes) return false;
  size_t words = 0;
  for (size_t i = k; i < colon;) {
    if (!IsLetterByte(t[i])) return false;
    while (i < colon && IsLetterByte(t[i])) ++i;
    ++words;
    if (i < colon && t[i] == ' ') ++i;
  }
  return words <= 2;
}

// The platform named last in the lines before `line` (at most kChatLookBackLines of them, and
// kChatLookBackBytes, not across a blank line): the question the next message answers. "x" and
// a lower-case "of" or "line" are ordinary words; "" when none is named.
std::string_view PlatformAskedBefore(std::string_view t, size_t line) {
  size_t end = line;  // just past the '\n' that ends the line looked at
  for (size_t lines = 0; lines < kChatLookBackLines && end > 0 && line - end < kChatLookBackBytes;
       ++lines) {
    const size_t nl = end - 1;  // t[nl] == '\n'
    const size_t before = nl == 0 ? std::string_view::npos : t.rfind('\n', nl - 1);
    const size_t start = before == std::string_view::npos ? 0 : before + 1;
    const std::string_view text = t.substr(start, nl - start);
    if (text.find_first_not_of(" \t\r") == std::string_view::npos) return {};
    std::string_view last;
    for (size_t i = 0; i < text.size();) {
      if (!IsContextWordByte(text[i])) {
        ++i;
        continue;
      }
      size_t e = i;
      while (e < text.size() && IsContextWordByte(text[e])) ++e;
      const bool whole =
          (i == 0 || !IsWordByte(text[i - 1])) && (e == text.size() || !IsWordByte(text[e]));
      if (whole && e - i <= 24) {
        const std::string_view said = text.substr(i, e - i);
        const std::string_view platform = PlatformOfWord(said);
        const bool ordinary =
            platform == "x" || ((platform == "onlyfans" || platform == "line") && said[0] >= 'a');
        if (!platform.empty() && !ordinary) last = platform;
      }
      i = e;
    }
    if (!last.empty()) return last;
    end = start;
  }
  return {};
}

// The answer of a chat message after the speaker's colon (ends at `to`): its text is a name alone,
// maybe after one or two short words ("its", "e", "да,", "ja"), maybe with its '@', and the lines
// before ask about a platform (PlatformAskedBefore). The name must look like a username (a letter
// first, a digit, dot or underscore in it, valid on the platform, no common word or host): a
// message of words ("Nina: ja", "Lexi: sorry was driving") gives none.
void FromChatAnswer(size_t to, ScanState& state) {
  constexpr size_t kMaxAnswerBytes = 64;
  constexpr size_t kMaxLeadWordBytes = 8;  // "its", "e", "да", "так"
  const std::string_view t = state.text;
  const size_t colon = to - 1;
  const size_t before = colon > kMaxSpeakerBytes + 16 ? colon - kMaxSpeakerBytes - 16 : 0;
  // Both line ends are looked for within the bounds only: a text without line breaks must not be
  // searched to its start and end at every colon (that made extraction quadratic).
  // (memrchr and memchr: glibc's vector loops, where string_view's go byte by byte.)
  const auto* nl = static_cast<const char*>(memrchr(t.data() + before, '\n', colon - before + 1));
  if (nl == nullptr) return;  // no line start near: not a chat line
  const size_t line = static_cast<size_t>(nl - t.data()) + 1;
  const size_t window = std::min(kMaxAnswerBytes + 1, t.size() - to);
  const auto* eol = static_cast<const char*>(std::memchr(t.data() + to, '\n', window));
  if (eol == nullptr && t.size() - to > kMaxAnswerBytes) return;
  const size_t line_end = eol == nullptr ? t.size() : static_cast<size_t>(eol - t.data());
  if (!IsChatSpeaker(t, line, colon)) return;
  // The words of the message: lead words, then the name, then its end.
  size_t k = to, lead_words = 0;
  while (true) {
    while (k < line_end && t[k] == ' ') ++k;
    if (k == line_end) return;
    size_t e = k;
    while (e < line_end && IsLetterByte(t[e])) ++e;
    const size_t word_end = e;
    if (e < line_end && t[e] == ',') ++e;
    if (e == line_end || t[e] != ' ' || word_end == k) break;  // the name (or no word at all)
    if (word_end - k > kMaxLeadWordBytes || ++lead_words > 2) return;
    k = e;
  }
  // The name may be written with its '@' ("Mike: snap?⏎Jade: @desi.love").
  const size_t start = k;
  if (k + 1 < line_end && t[k] == '@') ++k;
  const size_t end = NameEnd(t, k);
  if (end == k || !IsAsciiAlpha(t[k])) return;
  for (size_t r = end; r < line_end; ++r) {
    if (t[r] != ' ' && t[r] != '.' && t[r] != '!' && t[r] != '\r') return;
  }
  const std::string_view name = t.substr(k, end - k);
  if (!HasNameMark(name) || EndsInCommonTld(name) || state.Claimed(start, end)) return;
  const std::string_view platform = PlatformAskedBefore(t, line);
  if (platform.empty() || platform == "whatsapp" || platform == "viber") return;
  const PlatformRule* rule = RuleFor(platform);
  if (rule == nullptr || !ValidName(*rule, name)) return;
  const std::string lower = AsciiLowerCopy(name);
  if (IsStopword(lower) || !PlatformOfWord(lower).empty()) return;
  EmitHandle(state, platform, name, start, end, "chat");
}

// A platform's name, a spoken "at" and a handle read aloud or written with a digit, dot or
// underscore, as voice-message transcripts write them: "telegram at sweet underscore anna",
// "insta at mia dot rose" (the "at" says '@'). `to` is the end of kPatterns[4]'s match: the first
// letter of the name after the "at" and its spaces. The platform word must be whole and right
// before the "at" (one or two spaces), not WhatsApp or Viber (phones) nor a word that is an
// ordinary word too ("line at the bar", "signal at night") unless capitalised.
void FromSpokenAt(size_t to, ScanState& state) {
  const std::string_view t = state.text;
  const size_t name_start = to - 1;
  size_t k = name_start;
  while (k > 0 && t[k - 1] == ' ') --k;
  if (k < 2) return;
  k -= 2;  // the "at"
  size_t word_end = k;
  while (word_end > 0 && t[word_end - 1] == ' ' && k - word_end < 2) --word_end;
  size_t w = word_end;
  while (w > 0 && IsAsciiAlpha(t[w - 1]) && word_end - w < 24) --w;
  if (w == word_end || (w > 0 && IsWordByte(t[w - 1]))) return;
  const std::string_view word = t.substr(w, word_end - w);
  const std::string_view platform = PlatformOfWord(word);
  if (platform.empty() || platform == "whatsapp" || platform == "viber") return;
  if (IsOrdinaryWordPlatform(LowerWord(word).view()) && !(word[0] >= 'A' && word[0] <= 'Z')) {
    return;
  }
  const PlatformRule* rule = RuleFor(platform);
  if (rule == nullptr) return;
  size_t end = NameEnd(t, name_start);
  std::string name;
  if (end < t.size() && t[end] == ' ') {
    size_t spoken_end = end;
    name = SpokenName(t, name_start, spoken_end);
    if (!name.empty()) end = spoken_end;
  }
  if (name.empty()) {  // "insta at lola_99"
    if (end < t.size() && (t[end] == '@' || t[end] == '/' || IsNonAscii(t[end]))) return;
    const std::string_view written = t.substr(name_start, end - name_start);
    if (!HasNameMark(written)) return;
    name = AsciiLowerCopy(written);
  }
  if (!ValidName(*rule, name) || IsStopword(name) || !PlatformOfWord(name).empty() ||
      state.Claimed(name_start, end)) {
    return;
  }
  EmitHandle(state, platform, name, w, end, "context");
}

// The words that head a voice message's transcript ("Transcript:", "Voicemail transcript:",
// "Sprachnachricht (0:14) · Transkript:", "Transcription automatique :", "Расшифровка
// голосового:", "[voice message transcript]", "(voice note)") in the ads' languages (LowerWord
// forms): the words for transcript, and the words that say a voice message is one (a heading's
// "voice", "vocal", "głosowa", "голосовое"; not "message" or "note", which head much else).
bool IsTranscriptWord(std::string_view word) {
  static constexpr std::array<std::string_view, 56> kWords = {
      "transcript", "transcription", "voicemail", "transkript", "transkription", "abschrift",
      "sprachnachricht", "transcrit", "transcriptie", "uitgeschreven", "transcriere",
      "transcrierea", "транскрипция", "транскрипт", "препис", "transcripción", "transcripcion",
      "trascrizione", "transkrypcja", "transkrypt", "расшифровка", "розшифровка", "транскрипція",
      "стенограмма", "текст",
      // Voice messages and notes.
      "voice", "voicenote", "voicememo", "vocal", "vocale", "vocală", "vocala", "voz", "audio",
      "sprachmemo", "sprachnotiz", "audionachricht", "spraakbericht", "spraakmemo",
      "spraakberichtje", "ingesproken", "głosowa", "głosowe", "głosowy", "glosowa", "glosowe",
      "голосовое", "голосового", "голосовуха", "голосове", "голосовий", "гласово", "гласовото",
      "аудио", "аудіо", "transcrição"};
  static const LowerWordSet words(kWords);
  return words.Has(word);
}

// Whether the colon or dash at `mark` may end a transcript's heading: a word of three bytes or
// more right before it ("Tel:" and most other colons then fail on one lookup per word of the line
// before them: TranscriptHeadingBefore).
[[gnu::always_inline]] inline bool TranscriptHeadingMayEnd(std::string_view t, size_t mark) {
  size_t e = mark;
  if (e > 0 && t[e - 1] == ' ') --e;
  if (e > 0 && t[e - 1] == ')') return true;  // a duration: "Sprachnachricht (0:21):"
  if (e < 3) return false;
  for (size_t k = e - 3; k < e; ++k) {
    if (!IsContextWordByte(t[k])) return false;
  }
  return true;
}

// The start of a dash with a space before it that ends at `to` ("Transcript - …", "Transcript —
// …": a heading's dash, not a word's hyphen), or npos.
[[gnu::always_inline]] inline size_t SpacedDashBefore(std::string_view t, size_t to) {
  size_t mark = to - 1;
  if (t[mark] != '-') {
    if (to < 3 || t[to - 3] != '\xE2' || t[to - 2] != '\x80' ||
        (t[to - 1] != '\x93' && t[to - 1] != '\x94')) {
      return std::string_view::npos;
    }
    mark = to - 3;
  }
  return mark > 0 && t[mark - 1] == ' ' ? mark : std::string_view::npos;
}

// The last words of a heading whose transcript word stands before them ("voice note:",
// "Transcription automatique :", "Mesaj vocal înregistrat:", "Голосове повідомлення:"): the line
// before them is read for one (TranscriptHeadingBefore). LowerWord forms.
bool IsHeadingTailWord(std::string_view word) {
  static constexpr std::array<std::string_view, 34> kWords = {
      "note",         "notes",          "message",      "memo",       "recording",    "nachricht",
      "aufnahme",     "bericht",        "berichtje",    "opname",     "automatique",  "automatic",
      "automatisch",  "automată",       "automata",     "automatica", "automática",   "automatico",
      "automatyczna", "автоматическая", "mesaj",        "mensaje",    "messaggio",    "wiadomość",
      "wiadomości",   "głosowej",       "сообщение",    "сообщения",  "повідомлення", "съобщение",
      "запись",       "запис",          "înregistrare", "grabación"};
  static const LowerWordSet words(kWords);
  return words.Has(word);
}

// Whether the line before `end` (at most 64 bytes back, at most six words) holds a transcript's
// heading word (IsTranscriptWord): "Voice message (0:14) · Transcript", "Mensaje de voz",
// "voice message transcript".
bool TranscriptHeadingBefore(std::string_view t, size_t end) {
  const size_t floor = end > 64 ? end - 64 : 0;
  size_t e = end;
  for (int words = 0; words < 6 && e > floor;) {
    const char c = t[e - 1];
    if (c == '\n' || c == '\r') return false;
    if (!IsContextWordByte(c)) {
      --e;
      continue;
    }
    size_t s = e;
    while (s > floor && IsContextWordByte(t[s - 1])) --s;
    if (e - s <= 32 && IsTranscriptWord(t.substr(s, e - s))) return true;
    ++words;
    e = s;
  }
  return false;
}

// Words between a platform's name and a handle read aloud after it, besides the words for "is"
// (IsFillerWord) and the id words: "insta mea e …" (Romanian puts the possessive after), "mein
// Insta lautet …", "my snap is at …" (LowerWord forms).
bool IsSpokenLeadWord(std::string_view word) {
  // And the words for "is called" ("mijn snap heet …", "mi insta se llama …", "il mio snap si
  // chiama …", "mój snap nazywa się …", "мой телеграм называется …").
  static constexpr std::array<std::string_view, 20> kWords = {
      "mea", "meu",        "lautet", "heißt",  "heisst",      "at",     "called",
      "это", "heet",       "se",     "llama",  "si",          "chiama", "nazywa",
      "się", "называется", "зовут",  "numele", "називається", "named"};
  static const LowerWordSet words(kWords);
  return words.Has(word);
}

void ReadTranscript(size_t from, ScanState& state, size_t& walked);

// A transcript's heading ending at its colon or dash at `mark` (TranscriptHeadingBefore): its body
// is read from `from`, after the mark (ReadTranscript).
[[gnu::noinline]] void FromTranscript(size_t from, size_t mark, ScanState& state, size_t& walked) {
  // One lookup for most marks: the word right before it must be a transcript word, or end a
  // heading with one before it, or close a duration ("Sprachnachricht (0:21):").
  const std::string_view t = state.text;
  size_t e = mark;
  while (e > 0 && t[e - 1] == ' ' && mark - e < 2) --e;
  if (e > 0 && t[e - 1] == ')') {
    if (!TranscriptHeadingBefore(t, e - 1)) return;
  } else {
    size_t s = e;
    while (s > 0 && IsContextWordByte(t[s - 1]) && e - s < 32) --s;
    const std::string_view word = t.substr(s, e - s);
    if (!IsTranscriptWord(word) && !(IsHeadingTailWord(word) && TranscriptHeadingBefore(t, s))) {
      return;
    }
  }
  ReadTranscript(from, state, walked);
}

// A voice message's transcript, from the end of its heading (`from`): a handle read aloud with no
// mark before it, after a platform's name and the words for "is" ("my snap is lola
// underscore twenty three", "mein Insta ist mia Punkt rose", "mon snap c'est …", "мой телеграм —
// …"), or after a preposition before the platform's name ("add me on snap lola underscore 23":
// ContactWordBefore). Read in transcripts only, which the heading's words tell; the name is
// SpokenName's, its words maybe said apart, with a separator read between two parts at least:
// prose after a platform's name ("my insta is private") is none. `walked` is where the previous
// transcript's reading stopped: each byte is read once, however many headings.
// The body ends at a blank line or after 1,000 bytes.
void ReadTranscript(size_t from, ScanState& state, size_t& walked) {
  const std::string_view t = state.text;
  constexpr size_t kMaxTranscript = 1000;
  const size_t limit = std::min(t.size(), from + kMaxTranscript);
  const SpokenNumbers& numbers = SpokenNumberWords();
  size_t i = std::max(from, walked);
  for (; i < limit; ++i) {
    if (t[i] == '\n' && i + 1 < t.size() && (t[i + 1] == '\n' || t[i + 1] == '\r')) break;
    if (!IsContextWordByte(t[i]) || (i > 0 && IsWordByte(t[i - 1]))) continue;
    size_t e = ContextWordEnd(t, i);
    if (e == i) continue;
    std::string_view platform = PlatformOfWord(t.substr(i, e - i));
    if (platform.empty()) {
      i = e - 1;
      continue;
    }
    if (e + 1 < t.size() && (t[e] == ' ' || t[e] == '-')) {  // "Tik Tok"
      const size_t second_end = ContextWordEnd(t, e + 1);
      if (const std::string_view two = PlatformOfTwoWords(t, i, e, e + 1, second_end);
          !two.empty()) {
        platform = two;
        e = second_end;
      }
    }
    const size_t platform_start = i;
    i = e - 1;
    if (platform == "whatsapp" || platform == "viber") continue;
    // The words for "is", id words, fillers, commas and marks (at most six), then the name.
    size_t k = e;
    int leads = 0;
    for (int hop = 0; hop < 6 && k < t.size(); ++hop) {
      while (k < t.size() && t[k] == ' ') ++k;
      if (k >= t.size()) break;
      if (t[k] == ',' || t[k] == '.') {  // "add me on snapchat, lola …", "my snap is... lola"
        ++k;
        continue;
      }
      if (const Mark mark = MarkAt(t, k);
          mark.kind != MarkKind::kNone && mark.kind != MarkKind::kAt) {
        k += mark.length;
        ++leads;
        continue;
      }
      size_t w = k;
      while (w < t.size() && (IsContextWordByte(t[w]) || t[w] == '\'') && w - k < 24) ++w;
      const std::string_view word = t.substr(k, w - k);
      if (w == k || (w < t.size() && IsWordByte(t[w]))) break;
      // "snap me lola …", "telegram mir …": the platform's name said as a verb.
      if (IsFillerWord(word) || IsLinkingWord(word) || IsIdWord(word) || IsSpokenLeadWord(word) ||
          IsObjectPronoun(word)) {
        k = w;
        ++leads;
        continue;
      }
      if (const SpokenNumberWord* n = numbers.Find(word); n != nullptr && n->filler) {
        k = w;  // "my snap is, um, lola …"
        continue;
      }
      break;
    }
    while (k < t.size() && t[k] == ' ') ++k;
    if (k >= t.size()) continue;
    // With no word for "is" and no contact word, the platform's name right before a name read
    // aloud ("so Insta ira underscore lviv", "ähm Insta bianca Unterstrich cj", "короче Телеграм
    // ira нижнее подчёркивание lviv"): only a name with a spoken underscore, or after a platform
    // word that is no ordinary word ("snap", "line" and "signal" head prose: "signal dot com").
    const bool bare = leads == 0 && !ContactWordBefore(t, platform_start);
    size_t end = k;
    const std::string name = SpokenName(t, k, end, /*transcript=*/true);
    if (name.empty()) continue;
    if (bare && name.find('_') == std::string::npos &&
        IsOrdinaryWordPlatform(LowerWord(t.substr(platform_start, e - platform_start)).view())) {
      continue;
    }
    const PlatformRule* rule = RuleFor(platform);
    if (rule == nullptr || !ValidName(*rule, name) || IsStopword(name) ||
        !PlatformOfWord(name).empty() || state.Claimed(k, end)) {
      continue;
    }
    EmitHandle(state, platform, name, platform_start, end, "spoken");
    i = end;
  }
  walked = std::max(walked, i);
}

// A transcript's heading in brackets, with no colon after it ("[voice message transcript] add me
// on snap …", "(Sprachnachricht) …", "[голосовое сообщение] …"): `to` is the end of kPatterns[5]'s
// match, a bracket and a heading word's first letters. The words up to the closing bracket (on
// the line, at most 80 bytes on) must hold a heading word (IsTranscriptWord); the body after it is
// read (ReadTranscript).
[[gnu::noinline]] void FromBracketHeading(size_t to, ScanState& state, size_t& walked) {
  const std::string_view t = state.text;
  size_t open = to;
  while (open > 0 && t[open - 1] != '[' && t[open - 1] != '(' && to - open < 24) --open;
  if (open == 0 || (t[open - 1] != '[' && t[open - 1] != '(')) return;
  const char close_mark = t[open - 1] == '[' ? ']' : ')';
  const size_t limit = std::min(t.size(), open + 80);
  size_t close = open;
  while (close < limit && t[close] != close_mark && t[close] != '\n') ++close;
  if (close >= limit || t[close] != close_mark) return;
  for (size_t i = open; i < close;) {
    if (!IsContextWordByte(t[i])) {
      ++i;
      continue;
    }
    size_t e = i;
    while (e < close && IsContextWordByte(t[e])) ++e;
    if (e - i <= 32 && IsTranscriptWord(t.substr(i, e - i))) {
      ReadTranscript(close + 1, state, walked);
      return;
    }
    i = e;
  }
}

void ExtractHandles(std::span<const Hit> hits, ScanState& state) {
  // Matches of one pattern with one start are one candidate (as the engine joins consecutive SOM
  // matches of one start): skip a hit that repeats the previous one's pattern and start.
  Hit previous{~0u, 0, 0};
  std::optional<std::string_view> sole;  // SolePlatformNamed, once asked
  size_t transcript_walked = 0;          // FromTranscript's
  for (const Hit& found : hits) {
    Hit hit = found;
    if (hit.pattern == 1) {
      hit.from = ContextStart(state.text, hit.to);
      if (hit.from == std::string_view::npos) {
        if (state.text[hit.to - 1] == '@') {
          FromBareAtName(hit.to, state, sole);
        } else if (state.text[hit.to - 1] == ':') {
          FromQuotedKey(hit.to, state);
          FromChatAnswer(hit.to, state);
          if (TranscriptHeadingMayEnd(state.text, hit.to - 1)) {
            FromTranscript(hit.to, hit.to - 1, state, transcript_walked);
          }
        } else if (const size_t dash = SpacedDashBefore(state.text, hit.to);
                   dash != std::string_view::npos && TranscriptHeadingMayEnd(state.text, dash)) {
          FromTranscript(hit.to, dash, state, transcript_walked);  // "Transcript — …"
        }
        continue;
      }
    }
    if (hit.pattern == previous.pattern && hit.from == previous.from) continue;
    previous = hit;
    if (hit.pattern == 0) {
      FromLink(hit, state);
    } else if (hit.pattern == 3) {
      FromBareAtName(hit.to - 1, state, sole);  // "@name" opening the text
    } else if (hit.pattern == 2) {
      FromBareName(hit.to, state);
    } else if (hit.pattern == 4) {
      FromSpokenAt(hit.to, state);
    } else if (hit.pattern == 5) {
      FromBracketHeading(hit.to, state, transcript_walked);
    } else {
      FromContext(hit, state);
    }
  }
}

// The match of kPatterns[3]: an '@' and a letter opening the text ("@lana_rose_uk on insta …"),
// which kPatterns[1] cannot find (it needs a byte before the '@').
void FindAtTextStart(const ByteClasses& classes, uint32_t pattern, std::vector<Hit>& out) {
  const std::string_view text = classes.text;
  if (text.size() >= 2 && text[0] == '@' && IsAsciiAlpha(text[1]))
    out.push_back(Hit{pattern, 0, 2});
}

// The matches of kPatterns[1]: a ':', '@' or '-' after a letter and at most two spaces; each ends
// after the mark.
void FindContextMarks(const ByteClasses& classes, uint32_t pattern, std::vector<Hit>& out) {
  const std::string_view text = classes.text;
  ForEachBit(classes.mark, [&](size_t p) {
    // Every ASCII byte of the class but '_' (kept there for FindBareNames) is a mark; a lead byte
    // may start none ("£", "’").
    if (text[p] == '_') return;
    size_t length = 1;
    if (IsNonAscii(text[p])) {
      const Mark mark = MarkAt(text, p);
      if (mark.kind == MarkKind::kNone) return;
      length = mark.length;
    }
    size_t q = p;
    while (q > 0 && p - q < 2 && text[q - 1] == ' ') --q;
    // [q, p): the spaces (at most two) right before the mark; the letter (or a byte of a
    // non-ASCII character, or ')', or a quote closing a key: FromQuotedKey's) must come before
    // them.
    if (q > 0 && (IsLetterByte(text[q - 1]) || text[q - 1] == ')' || text[q - 1] == '"' ||
                  text[q - 1] == '\'')) {
      out.push_back(Hit{pattern, p + length, p + length});
    } else if (text[p] == '@' && p > 0 && !IsWordByte(text[p - 1])) {
      // An '@' after a space, a line's start or punctuation: FromBareAtName's.
      out.push_back(Hit{pattern, p + 1, p + 1});
    }
  });
}

// The matches of kPatterns[4]: an ASCII letter, one or two spaces, "at" in any case, one or two
// spaces and an ASCII letter; each ends after that letter. Every such "at" is a bit of
// `spaced_at` (spaces on both sides).
void FindSpokenAt(const ByteClasses& classes, uint32_t pattern, std::vector<Hit>& out) {
  const std::string_view text = classes.text;
  ForEachBit(classes.spaced_at, [&](size_t p) {
    if (p + 2 >= text.size() || (text[p + 1] != 't' && text[p + 1] != 'T') ||
        (text[p] != 'a' && text[p] != 'A')) {
      return;
    }
    size_t j = p;
    while (j > 0 && p - j < 2 && text[j - 1] == ' ') --j;
    if (j == p || j == 0 || !IsAsciiAlpha(text[j - 1])) return;
    size_t k = p + 2;
    while (k < text.size() && k - (p + 2) < 2 && text[k] == ' ') ++k;
    if (k == p + 2 || k >= text.size() || !IsAsciiAlpha(text[k])) return;
    out.push_back(Hit{pattern, k + 1, k + 1});
  });
}

// The end of a match of kPatterns[2] whose last byte is at `last` (a digit or a dash, or with
// `after_mark` the letter or digit after a dot or an underscore), or 0: the run of ASCII letters
// and '_' before it (1 to 15 bytes; before the dot or underscore, 0 to 14 and a letter), maybe
// after a '(', follows one or two spaces after an ASCII letter or a byte of a non-ASCII character.
size_t BareNameMatchEnd(std::string_view text, size_t last, bool after_mark) {
  size_t run_end = last;  // the run ends before the digit or dash, or before the dot
  if (after_mark) {
    if (last < 2 || !IsAsciiAlnum(text[last]) || (text[last - 1] != '.' && text[last - 1] != '_') ||
        !IsAsciiAlpha(text[last - 2])) {
      return 0;
    }
    run_end = last - 1;
  }
  size_t run_start = run_end;
  while (run_start > 0 && run_end - run_start < 16 &&
         (IsAsciiAlpha(text[run_start - 1]) || text[run_start - 1] == '_')) {
    --run_start;
  }
  if (run_start == run_end || run_end - run_start > 15) return 0;
  size_t k = run_start;  // the name's start, or its bracket's, hashtag's or quotation mark's
  if (k > 0 && (text[k - 1] == '(' || text[k - 1] == '#')) {
    --k;
  } else {
    k -= QuoteBefore(text, k);
  }
  // A cell of tab-separated rows, or of CSV or '|' rows with no space after the separator.
  if (k >= 1 &&
      (text[k - 1] == '\t' || text[k - 1] == ',' || text[k - 1] == ';' || text[k - 1] == '|')) {
    return last + 1;
  }
  if (k < 2 || text[k - 1] != ' ') return 0;
  // An Instagram profile's back arrow opening the line ("< bella.rosa99", FromBareName).
  if (k >= 3 && text[k - 2] == '<' && (text[k - 3] == '\n' || text[k - 3] == ' ')) return last + 1;
  // A comma before the space too ("on my insta, daisy_in_leeds"): FromNameLaterInSentence's.
  // And a '|' ("| mia.lou22 |", a cell of a Markdown table: FromTableCell's).
  const auto word_byte = [](char c) {
    return IsAsciiAlpha(c) || IsNonAscii(c) || c == ',' || c == '|';
  };
  if (word_byte(text[k - 2])) return last + 1;
  if (k >= 3 && text[k - 2] == ' ' && word_byte(text[k - 3])) return last + 1;
  return 0;
}

// The matches of kPatterns[2], by end: at the first digit after a word, at a dash, or after the
// letter or digit that follows a dot or an underscore.
void FindBareNames(const ByteClasses& classes, uint32_t pattern, std::vector<Hit>& out) {
  const std::string_view text = classes.text;
  const std::vector<uint64_t>& digit = classes.digit;
  const std::vector<uint64_t>& high = classes.high;  // 0x30-0x7F: letters, digits, '_' among them
  // Candidates, a block of 64 bytes at a time: the first digit of a run after a byte that may be a
  // letter, a mark ('-' and '_' count) after one, a dot between one and a letter or digit. In text
  // order, and so by end (a dot's or underscore's match ends two bytes on; the byte after a dot is
  // no candidate, and a digit after an underscore ends its match where the underscore's does:
  // reported once). Every match has a letter or '_' right before its candidate, so a byte of
  // 0x30-0x7F that is no digit must be there: the dots and dashes between digits (prices, dates,
  // phones) are no candidates (each was a mispredicted branch or two).
  const size_t first = out.size();
  uint64_t carry_digit = 0, carry_word = 0;  // the last bits of the previous block
  for (size_t b = 0; b + 1 < digit.size(); ++b) {
    const uint64_t digits = digit[b], word = high[b] & ~digits;
    const uint64_t before_high = high[b] >> 1 | high[b + 1] << 63;
    uint64_t candidates = ((digits & ~(digits << 1 | carry_digit)) | classes.mark[b] |
                           (classes.dot[b] & before_high)) &
                          (word << 1 | carry_word);
    carry_digit = digits >> 63;
    carry_word = word >> 63;
    for (; candidates != 0; candidates &= candidates - 1) {
      const size_t p = b * 64 + static_cast<size_t>(std::countr_zero(candidates));
      size_t end = 0;
      if (text[p] == '.' || text[p] == '_') {
        end = BareNameMatchEnd(text, p + 1, true);
      } else if (text[p] == '-' || IsDigit(text[p])) {
        end = BareNameMatchEnd(text, p, false);
      }
      if (end == 0 || (out.size() > first && out.back().to == end)) continue;
      out.push_back(Hit{pattern, end, end});
    }
  }
}

constexpr PrescanPattern kPatterns[] = {
    {R"(\b(?:https?://)?(?:www\.|m\.|mobile\.)?(?:t\.me|telegram\.me|telegram\.dog|instagram\.com|instagr\.am|snapchat\.com/add|onlyfans\.com|tiktok\.com/@|facebook\.com|fb\.com|x\.com|twitter\.com|line\.me/(?:R/)?ti/p/~|kik\.me|ig\.me/m/|story\.snapchat\.com/@|m\.me/|wa\.me|api\.whatsapp\.com/send/?\?phone=|google\.(?:com|de)/url\?|signal\.me/#p/))",
     HS_FLAG_CASELESS | HS_FLAG_SOM_LEFTMOST, kCueDotAlnum},  // every host has a '.' then a letter
    // The last platform word of a list and its colon, '@' or dash; FromContext walks back over
    // "Viber/…" and decides whether a dash alone introduces a name ("TG - @name" needs the '@').
    // Only the letter before the mark: ContextStart reads the word (see there). One hit per end.
    // Found by FindContextMarks (character classes only; see extractor.h).
    // The marks (MarkAt): ':', '@', '-', '~', '=', '>', '»', en and em dashes, the right arrows
    // (IsRightArrow).
    // Only ':', '@' and '-' are cues: the pattern must stay native (the windows would miss the
    // others).
    // Also an '@' after any byte but a word byte (a bare '@name' after a line's start or
    // punctuation: FromBareAtName); the class is written out, as HasAssertion reads '^' as one.
    // And a quote before the mark: a quoted key ('"tg":"@name"', FromQuotedKey).
    {R"([A-Za-z\x80-\xFF)\x22\x27] {0,2}(?:[:@\-~=>]|\xC2\xBB|\xE2\x80[\x93\x94]|\xE2\x86\x92|\xE2\x87[\x92\xA2\xA8]|\xE2\x89\xAB|\xE2\x96[\xB6\xB8\xBA]|\xE2\x9E[\x94-\xAF\xB1-\xBE]|\xE2\x9F[\xB6\xB9]|\xE2\xAE\x95)|[\x00-\x2F\x3A-\x40\x5B-\x5E\x60\x7B-\x7F]@)",
     0, kCueColon | kCueAt | kCueHyphen, /*every_end=*/true, FindContextMarks},
    // A name after a platform word and spaces alone ("FB lola896", "Onlyfans lola.luxe"): a
    // letter, one or two spaces, a word of letters and '_', then a digit or a dash, or a dot and
    // a letter or digit (the name needs one of them: a word of prose after "Signal" is none).
    // FromBareName reads the platform word back from the end. Found by FindBareNames.
    // Also after a platform word in another script ("инсте liza.spb"), with an underscore in
    // the name ("Instagram eleni_thess") and with the name in brackets ("snap (clara.nice)").
    // And in a table's cell, after a '|' and spaces, or right after a tab, ',', ';' or '|'
    // (FromTableCell). And after an Instagram profile's back arrow at a line's start ("\n<
    // bella.rosa99", FromBareName).
    {R"((?:[A-Za-z\x80-\xFF,|] {1,2}|[\t,;|]|[\n ]< )[(#]?(?:[A-Za-z_]{1,15}[0-9\-]|[A-Za-z_]{0,14}[A-Za-z][._][A-Za-z0-9]))",
     0, kCueDigit | kCueHyphen | kCueDotAlnum, /*every_end=*/true, FindBareNames},
    // An '@' and a letter opening the text: FromBareAtName's, as after a line's start. Found by
    // FindAtTextStart (an assertion, which needs the SOM flag; left out of the database).
    {R"(^@[A-Za-z])", HS_FLAG_SOM_LEFTMOST, kCueAt, /*every_end=*/false, FindAtTextStart},
    // A platform's name, a spoken "at" and a name ("telegram at sweet underscore anna"): the
    // letter before the "at" and the first of the name. FromSpokenAt reads the platform word back
    // and the name on. Found by FindSpokenAt, from the `spaced_at` bits.
    {R"([A-Za-z] {1,2}at {1,2}[A-Za-z])", HS_FLAG_CASELESS, kCueSpacedAtWord, /*every_end=*/true,
     FindSpokenAt},
    // A bracket opening a transcript's heading and the first letters of its first word ("[voice
    // message transcript]", "(Sprachnachricht)", "[mensaje de voz]", "(голосовое сообщение)"):
    // FromBracketHeading reads the heading to its closing bracket and the transcript after it.
    // Cyrillic capitals are written out (the caseless flag folds ASCII only).
    {R"([\[(] {0,2}(?:transcri|trascri|transkri|voice|audio|vocal|message vocal|mensaje de voz|nota de voz|messaggio vocale|nota vocale|mesaj vocal|not\xC4\x83 vocal|wiadomo|notatka g|sprach|spraak|gesproken|ingesproken|\xD0[\x93\xB3]\xD0\xBE\xD0\xBB\xD0\xBE\xD1\x81\xD0\xBE\xD0\xB2|\xD0[\x93\xB3]\xD0\xBB\xD0\xB0\xD1\x81\xD0\xBE\xD0\xB2|(?:\xD0\xA0|\xD1\x80)\xD0\xB0\xD1\x81\xD1\x88\xD0\xB8\xD1\x84\xD1\x80|(?:\xD0\xA0|\xD1\x80)\xD0\xBE\xD0\xB7\xD1\x88\xD0\xB8\xD1\x84\xD1\x80|(?:\xD0\xA2|\xD1\x82)\xD1\x80\xD0\xB0\xD0\xBD\xD1\x81\xD0\xBA\xD1\x80|\xD0[\x90\xB0]\xD1\x83\xD0\xB4(?:\xD0\xB8|\xD1\x96)))",
     HS_FLAG_CASELESS, kCueOpenBracket},
};

}  // namespace

extern const ExtractorInfo kHandleExtractor = {
    "handle",
    "Messaging and social handles (platform:name) from profile links and 'Platform: @name' or "
    "'insta - name' context; WhatsApp links give phones",
    26,
    "platform username rules (Telegram, Instagram, Snapchat, TikTok, X, Kik, WeChat help pages)",
    kPatterns,
    ExtractHandles,
};

}  // namespace ariadne::extract
