// Phone numbers: runs of digit groups joined by short separator runs ( . - / ( ) ~ spaces; the
// normaliser has already turned spelled digits, look-alikes, keycaps and emoji separators into
// digits and spaces), validated as libphonenumber validates them (Parse + IsValidNumber; both read
// from its metadata without ICU where phone_type.h can, through libphonenumber elsewhere) under the
// region hint, or as international numbers with '+' or '00'. Within a run every window of
// consecutive groups is tried, longest first, so a year or a reference number next to a phone
// number does not hide it. Decoys (references, order numbers, dates, measurements, postcodes,
// prices) are rejected by shape and by the keyword before them. An area code in brackets is read as
// national. Sources: libphonenumber (ITU-T E.164 metadata); indicators.md §2F O-SEP.
#include "extract/phone.h"

#include <phonenumbers/phonenumberutil.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <bit>
#include <span>
#include <unordered_map>
#include <vector>

#include "extract/extractor.h"
#include "extract/phone_cache.h"
#include "extract/phone_type.h"
#include "extract/text_util.h"
#include "normalize/normalize.h"

namespace ariadne::extract {
namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

constexpr size_t kMinDigits = 7;   // shorter national numbers are too ambiguous in ad text
constexpr size_t kMaxDigits = 17;  // E.164 allows 15, plus "00" or a national trunk prefix
constexpr size_t kMaxE164Digits = 15;
constexpr size_t kMaxSeparator = 3;  // bytes of separators between two digit groups
constexpr size_t kMaxEmphasis = 4;   // and markdown marks besides them ("**07700** **900**")

const char* TypeName(PhoneNumberUtil::PhoneNumberType type) {
  switch (type) {
    case PhoneNumberUtil::FIXED_LINE:
      return "fixed_line";
    case PhoneNumberUtil::MOBILE:
      return "mobile";
    case PhoneNumberUtil::FIXED_LINE_OR_MOBILE:
      return "fixed_line_or_mobile";
    case PhoneNumberUtil::TOLL_FREE:
      return "toll_free";
    case PhoneNumberUtil::PREMIUM_RATE:
      return "premium_rate";
    case PhoneNumberUtil::SHARED_COST:
      return "shared_cost";
    case PhoneNumberUtil::VOIP:
      return "voip";
    case PhoneNumberUtil::PERSONAL_NUMBER:
      return "personal_number";
    case PhoneNumberUtil::PAGER:
      return "pager";
    case PhoneNumberUtil::UAN:
      return "uan";
    case PhoneNumberUtil::VOICEMAIL:
      return "voicemail";
    default:
      return "unknown";
  }
}

// The answer for a parsed number: its E.164 form, type and region when it is valid (or an Ofcom
// drama number), nullopt otherwise. A function of the number alone.
std::optional<ValidPhone> AnswerFor(const PhoneNumber& number) {
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  ValidPhone phone;
  // IsValidNumber(n) is IsValidNumberForRegion(n, GetRegionCodeForNumber(n)), which is
  // GetNumberType(n) != UNKNOWN (both read the same metadata of the same region): one type lookup
  // answers both questions, and libphonenumber's regular expressions run half as often.
  // Without ICU where the metadata compiled (phone_type.h); the same answers.
  const std::optional<NumberTypeAndRegion> fast = FastNumberType(number);
  const PhoneNumberUtil::PhoneNumberType type = fast ? fast->type : util.GetNumberType(number);
  if (type == PhoneNumberUtil::UNKNOWN) {
    // Ofcom's drama ranges (Ofcom, "Numbers reserved for TV and radio drama purposes"): 07700
    // 900000-900999 (mobile), 01632 960000-960999 and 020 7946 0000-0999 (geographic).
    const uint64_t national = number.national_number();
    const bool drama_mobile = national >= 7700900000ULL && national <= 7700900999ULL;
    const bool drama_fixed = (national >= 1632960000ULL && national <= 1632960999ULL) ||
                             (national >= 2079460000ULL && national <= 2079460999ULL);
    if (number.country_code() != 44 || !(drama_mobile || drama_fixed)) return std::nullopt;
    util.Format(number, PhoneNumberUtil::E164, &phone.e164);
    phone.number_type = drama_mobile ? "mobile" : "fixed_line";
    phone.country = "GB";
    phone.fictional = true;
    return phone;
  }
  util.Format(number, PhoneNumberUtil::E164, &phone.e164);
  // E.164 numbers have at most 15 digits; libphonenumber accepts longer ones in regions whose
  // numbers vary in length ("+49 30 12345678 88745" is a number and a count of views).
  if (phone.e164.size() > 1 + kMaxE164Digits) return std::nullopt;
  phone.number_type = TypeName(type);
  if (fast) {
    phone.country = fast->region;
  } else {
    util.GetRegionCodeForNumber(number, &phone.country);
  }
  return phone;
}

// What identifies a parsed number to AnswerFor (a number without an extension: candidates are
// digits only).
struct NumberKey {
  uint64_t national_number = 0;
  int32_t country_code = 0;
  int32_t leading_zeros = 0;  // number_of_leading_zeros when italian_leading_zero, else -1
  bool operator==(const NumberKey&) const = default;
};
struct NumberKeyHash {
  size_t operator()(const NumberKey& key) const {
    return std::hash<uint64_t>()(key.national_number * 0x9E3779B97F4A7C15ULL ^
                                 static_cast<uint64_t>(key.country_code) << 8 ^
                                 static_cast<uint64_t>(key.leading_zeros + 1));
  }
};

// AnswerFor, remembered per thread: one number is often written in several forms a candidate key
// tells apart ("07700 900123" in a British ad, "+44 7700 900123", "0044 7700 900123"), and each
// form is parsed once, but after the parse the number's type lookup (about 40% of a reading's
// libphonenumber work) is the same. Bounded: emptied when it holds kMaxAnswers numbers.
const std::optional<ValidPhone>& RememberedAnswerFor(const PhoneNumber& number) {
  constexpr size_t kMaxAnswers = size_t{1} << 15;
  thread_local std::unordered_map<NumberKey, std::optional<ValidPhone>, NumberKeyHash> answers;
  thread_local std::optional<ValidPhone> unkeyed;
  if (number.has_extension()) return unkeyed = AnswerFor(number);
  const NumberKey key{number.national_number(), number.country_code(),
                      number.italian_leading_zero() ? number.number_of_leading_zeros() : -1};
  if (auto it = answers.find(key); it != answers.end()) return it->second;
  if (answers.size() >= kMaxAnswers) answers.clear();
  return answers.emplace(key, AnswerFor(number)).first->second;
}

// Parses `text` under `region` and returns the number when it is valid (or an Ofcom drama number);
// `number` receives the parse.
std::optional<ValidPhone> ParseValid(const std::string& text, const std::string& region,
                                     PhoneNumber& number) {
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  // Without ICU where the region allows (phone_type.h); the same numbers.
  const FastParseResult fast = FastParse(text, region, number);
  if (fast == FastParseResult::kError) return std::nullopt;
  if (fast == FastParseResult::kLeft &&
      util.Parse(text, region, &number) != PhoneNumberUtil::NO_PARSING_ERROR) {
    return std::nullopt;
  }
  return RememberedAnswerFor(number);
}

// Whether the region writes national numbers with their trunk prefix (DE, GB, FR: "0"; IT, ES, PL,
// US: none): its example number's national format has more digits than the national significant
// number. Formatting runs libphonenumber's regular expressions, so it is done once per region and
// thread.
bool WritesTrunkPrefix(const std::string& region) {
  thread_local std::vector<std::pair<std::string, bool>> known;
  for (const auto& [r, writes] : known) {
    if (r == region) return writes;
  }
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  bool writes = false;
  PhoneNumber example;
  if (util.GetExampleNumber(region, &example)) {
    std::string significant, national;
    util.GetNationalSignificantNumber(example, &significant);
    util.Format(example, PhoneNumberUtil::NATIONAL, &national);
    writes = static_cast<size_t>(std::count_if(national.begin(), national.end(), [](char c) {
               return c >= '0' && c <= '9';
             })) > significant.size();
  }
  known.emplace_back(region, writes);
  return writes;
}

// The region's national (trunk) prefix ("0" in DE, "8" in RU; empty in IT, ES, PL), read from
// libphonenumber's metadata once per region and thread.
std::string TrunkPrefix(std::string_view region) {
  thread_local std::vector<std::pair<std::string, std::string>> known;
  for (const auto& [r, prefix] : known) {
    if (r == region) return prefix;
  }
  std::string prefix;
  PhoneNumberUtil::GetInstance()->GetNddPrefixForRegion(std::string(region), true, &prefix);
  known.emplace_back(std::string(region), std::move(prefix));
  return known.back().second;
}

// True unless `digits` are the bare national significant number of a region that writes its
// national numbers with a trunk prefix ("447700900585" for the German 04477 00900585).
bool WrittenNationally(const PhoneNumber& number, std::string_view digits,
                       const std::string& region) {
  std::string significant;
  PhoneNumberUtil::GetInstance()->GetNationalSignificantNumber(number, &significant);
  return digits != significant || !WritesTrunkPrefix(region);
}

// True when the leading digits of `text` (not '0') are an assigned country calling code.
bool StartsWithCountryCode(std::string_view text) {
  return CountryCodeLength(text) > 0;
}

// True when the number read from `digits` with a '+' put before them is all of the digits after
// its country code. Reading "36 06 12 34 56 78" (an age, then a French mobile) as +36 drops "06",
// Hungary's trunk prefix, which no one writes after a country code: that is no number whose '+'
// was dropped.
bool KeepsEveryDigit(const PhoneNumber& number, std::string_view digits) {
  std::string significant;
  PhoneNumberUtil::GetInstance()->GetNationalSignificantNumber(number, &significant);
  const size_t code = CountryCodeLength(digits);
  return code > 0 && digits.substr(code) == significant;
}

std::optional<ValidPhone> ValidateUncached(std::string_view digits, std::string_view region_view) {
  const std::string region(region_view);
  std::string text(digits);
  PhoneNumber number;
  if (!text.empty() && text[0] == '+') return ParseValid(text, "ZZ", number);
  const bool idd = text.size() > 2 && text[0] == '0' && text[1] == '0';
  if (region.empty()) {
    if (idd) return ParseValid("+" + text.substr(2), "ZZ", number);
    return std::nullopt;  // a national number needs the region hint: not guessed
  }
  std::optional<ValidPhone> national = ParseValid(text, region, number);
  // Ukraine dialled "8" before the "0" of its trunk until 2009, and ads still write "8 050 …":
  // the 8 goes when the number is not valid with it.
  if (!national && region == "UA" && text.size() == 11 && text[0] == '8' && text[1] == '0') {
    national = ParseValid(text.substr(1), region, number);
  }
  if (idd) return national ? national : ParseValid("+" + text.substr(2), "ZZ", number);
  // An international number whose '+' or "00" was dropped ("44 7700 900585" in a German ad).
  // Country codes never start with 0, so numbers written with a trunk prefix stay national. The
  // international reading is taken when the national one is invalid, and also when both are valid
  // but the digits lack the trunk prefix that the region's own national format carries: in DE,
  // GB or FR a national number is always written (and dialled) with its leading 0, so
  // "447700900585" is far more likely +44 7700 900585 than the German fixed line 04477 00900585.
  // In regions written without a prefix (IT, ES, PL, US …) a valid national reading stands.
  // When both readings are valid, a national mobile number stands: "7700 900585" in a British ad
  // is a British mobile written without its 0, not a number in Kazakhstan (+7 700 …); contact
  // numbers in ads are mobiles, so a national landline reading loses to an international mobile.
  if (national && WrittenNationally(number, text, region)) return national;
  if (national && national->number_type == "mobile") return national;
  if (!text.empty() && text[0] != '0' && StartsWithCountryCode(text)) {
    PhoneNumber international;
    auto phone = ParseValid("+" + text, "ZZ", international);
    if (phone && KeepsEveryDigit(international, text)) return phone;
  }
  return national;
}

// A separator byte between digit groups (the folded text has ASCII spaces for emoji and NBSP;
// ads also write "0*8*7*8", "(0_7_2_3)4_5_6"). One table lookup: the test runs for every byte
// around every digit group.
constexpr std::array<bool, 256> MakeSeparators() {
  std::array<bool, 256> t{};
  for (const char c : std::string_view(" \t.-/()~*_")) t[static_cast<unsigned char>(c)] = true;
  return t;
}
constexpr std::array<bool, 256> kSeparators = MakeSeparators();
bool IsSeparator(char c) {
  return kSeparators[static_cast<unsigned char>(c)];
}
// Each separator byte with what kind it is, for the run reader: one lookup per byte.
constexpr unsigned kAnySeparator = 1, kDotSeparator = 2, kSpaceSeparator = 4;
constexpr std::array<uint8_t, 256> MakeSeparatorKinds() {
  std::array<uint8_t, 256> t{};
  for (size_t c = 0; c < 256; ++c) t[c] = kSeparators[c] ? kAnySeparator : 0;
  t['.'] |= kDotSeparator;
  t[' '] |= kSpaceSeparator;
  t['\t'] |= kSpaceSeparator;
  return t;
}
constexpr std::array<uint8_t, 256> kSeparatorKinds = MakeSeparatorKinds();
// The bytes of a run of digit groups: digits, separators and '+'.
constexpr std::array<bool, 256> MakeRunBytes() {
  std::array<bool, 256> t = MakeSeparators();
  for (char c = '0'; c <= '9'; ++c) t[static_cast<unsigned char>(c)] = true;
  t['+'] = true;
  return t;
}
constexpr std::array<bool, 256> kRunBytes = MakeRunBytes();

// The bytes a line break between two groups may start with (NextLineDigits).
constexpr std::array<bool, 256> MakeLineBreakStarts() {
  std::array<bool, 256> t{};
  for (const char c : std::string_view(" \t\r\n<")) t[static_cast<unsigned char>(c)] = true;
  return t;
}
constexpr std::array<bool, 256> kLineBreakStart = MakeLineBreakStarts();

// The start of the run of kRunBytes that ends at `end`, but not before `floor`: where a run of
// digit groups may start. Sixteen bytes per test where SSE2 is there (a byte at a time was about
// 0.5 instructions per byte of the bench corpus): the run bytes are 0x28-0x39 but ',', and tab,
// space, '~' and '_': kRunBytes, which the byte loop below reads (the two must agree).
size_t RunStart(std::string_view text, size_t floor, size_t end) {
  size_t start = end;
#if defined(__SSE2__)
  const __m128i low = _mm_set1_epi8(0x28 - 1), high = _mm_set1_epi8(0x39 + 1);
  const __m128i comma = _mm_set1_epi8(','), underscore = _mm_set1_epi8('_');
  const __m128i tab = _mm_set1_epi8('\t'), space = _mm_set1_epi8(' '), tilde = _mm_set1_epi8('~');
  while (start >= floor + 16) {
    const __m128i c = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + start - 16));
    const __m128i in_range = _mm_and_si128(_mm_cmpgt_epi8(c, low), _mm_cmplt_epi8(c, high));
    const __m128i excluded = _mm_cmpeq_epi8(c, comma);
    const __m128i others =
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(c, tab), _mm_cmpeq_epi8(c, underscore)),
                     _mm_or_si128(_mm_cmpeq_epi8(c, space), _mm_cmpeq_epi8(c, tilde)));
    const auto run = static_cast<uint32_t>(
        _mm_movemask_epi8(_mm_or_si128(_mm_andnot_si128(excluded, in_range), others)));
    // The run bytes at the end of the sixteen: the ones from bit 15 down.
    const auto ending = static_cast<size_t>(std::countl_one(run << 16));
    start -= ending;
    if (ending < 16) return start;
  }
#endif
  while (start > floor && kRunBytes[static_cast<unsigned char>(text[start - 1])]) --start;
  return start;
}

// Whether the character that ends at `end` (before a digit group) or starts at `at` (after one)
// glues the group to a word: ASCII letters, digits, '_' and '@'-like bytes as before, and of the
// non-ASCII characters letters, marks, numbers and currency signs ("з07700", "€150"). Symbols and
// punctuation are not: an emoji or a pictograph written against the number ("📞07700 900123",
// "✈️07700 900123", "07700 900123🌹") is a label or decoration, as a space would be.
bool GluesCharacter(UChar32 c) {
  if (c < 0) return true;  // not UTF-8: as before, a byte of a word
  switch (u_charType(c)) {
    case U_OTHER_SYMBOL:
    case U_MATH_SYMBOL:
    case U_MODIFIER_SYMBOL:
    case U_DASH_PUNCTUATION:
    case U_START_PUNCTUATION:
    case U_END_PUNCTUATION:
    case U_INITIAL_PUNCTUATION:
    case U_FINAL_PUNCTUATION:
    case U_OTHER_PUNCTUATION:
    case U_SPACE_SEPARATOR:
      return false;
    default:
      return true;
  }
}
// The non-ASCII character that ends at `end`, or starts at `at`, decoded (rare next to digits: kept
// out of line, the ASCII test stays inline).
[[gnu::noinline]] bool NonAsciiGluesBefore(std::string_view text, size_t end) {
  int32_t i = static_cast<int32_t>(end);
  UChar32 c = 0;
  U8_PREV(reinterpret_cast<const uint8_t*>(text.data()), 0, i, c);
  return GluesCharacter(c);
}
[[gnu::noinline]] bool NonAsciiGluesAfter(std::string_view text, size_t at) {
  int32_t i = static_cast<int32_t>(at);
  UChar32 c = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, static_cast<int32_t>(text.size()), c);
  return GluesCharacter(c);
}
// Whether the byte `c` ends or starts a word for the markdown test below: an ASCII letter or
// digit, '_', or any non-ASCII byte (letters of other scripts; an emoji there is rare).
inline bool MarkdownWordByte(char c) {
  return IsAsciiAlnum(c) || c == '_' || IsNonAscii(c);
}
// One or two underscores before `end` (or from `at`) that open or close markdown emphasis
// ("__07700 900 712__", "_0612 34 56 78_"): the far side is the text's edge, a space or
// punctuation, not a word ("tel_07700…", "nina__0612…" stay glued).
[[gnu::noinline]] bool MarkdownUnderscoresBefore(std::string_view text, size_t end) {
  size_t k = end;
  while (k > 0 && end - k < 2 && text[k - 1] == '_') --k;
  return k == 0 || (text[k - 1] != '_' && !MarkdownWordByte(text[k - 1]));
}
[[gnu::noinline]] bool MarkdownUnderscoresAfter(std::string_view text, size_t at) {
  size_t k = at;
  while (k < text.size() && k - at < 2 && text[k] == '_') ++k;
  return k == text.size() || (text[k] != '_' && !MarkdownWordByte(text[k]));
}
inline bool GluedBefore(std::string_view text, size_t end) {
  const char c = text[end - 1];
  if (c == '_') return !MarkdownUnderscoresBefore(text, end);
  return IsNonAscii(c) ? NonAsciiGluesBefore(text, end) : IsAsciiAlnum(c);
}
inline bool GluedAfter(std::string_view text, size_t at) {
  const char c = text[at];
  if (c == '_') return !MarkdownUnderscoresAfter(text, at);
  return IsNonAscii(c) ? NonAsciiGluesAfter(text, at) : IsAsciiAlnum(c);
}

// The end of a run of separators from i that goes on past `k` (kMaxSeparator bytes read), when
// markdown marks ('*', '_') among them make up for the extra bytes: up to kMaxEmphasis of them
// are not counted. Adds the bytes' kinds to `kinds` and sets `plain` to the bytes counted.
[[gnu::noinline]] size_t SeparatorsWithEmphasis(std::string_view text, size_t i, size_t k,
                                                unsigned& kinds, size_t& plain) {
  const size_t limit = std::min(text.size(), i + kMaxSeparator + kMaxEmphasis + 1);
  size_t end = k;
  unsigned more = 0;
  while (end < limit && kSeparatorKinds[static_cast<unsigned char>(text[end])] != 0) {
    more |= kSeparatorKinds[static_cast<unsigned char>(text[end])];
    ++end;
  }
  const auto emphasis =
      static_cast<size_t>(std::count_if(text.begin() + static_cast<std::ptrdiff_t>(i),
                                        text.begin() + static_cast<std::ptrdiff_t>(end),
                                        [](char c) { return c == '*' || c == '_'; }));
  if (emphasis == 0) return k;  // plain separators, too many: as they were
  kinds |= more;
  plain = end - i - std::min(emphasis, kMaxEmphasis);
  return end;
}

struct Group {
  size_t start;  // first digit
  size_t end;    // after the last digit
  size_t lead;   // start of the group including a '+' in front of it
  bool plus;
  char separator_before;  // the first separator byte before this group ('\0' for the first group)
};

// Words that, right before a number, say what else it is: a reference, order, listing or ad
// number, an account, a date, a measurement, in each language of the ads (LowerWord forms, in
// byte order). "Zamówienie nr 601234567" is an order, whatever number it happens to spell.
// clang-format off
constexpr std::array<std::string_view, 319> kDecoyWords = {
    "account", "ad", "ads", "advert", "advertentie", "advertentiecode", "advertentienummer",
    "aktenzeichen", "annonce", "annuncio", "anuncio", "anunt", "anuntului", "anunţ", "anunţului",
    "anunț", "anunțului", "anzeige", "anzeigen", "anzeigennummer", "art", "article", "artikel",
    "artikelnummer", "auftrag", "auftragsnummer", "bestelling", "bestellnummer", "bestellung",
    "bestelnummer", "bic", "booking", "case", "cod", "code", "codice", "codigo", "comanda",
    "comandă", "comenzii", "commande", "customer", "código", "date", "datum", "dossier",
    "factura", "facture", "factură", "factuur", "factuurnummer", "faktura", "faktury", "fattura",
    "file", "floor", "height", "iban", "id", "identifiant", "identificador", "identificativo",
    "inserat", "inseratsnummer", "invoice", "isbn", "item", "kenmerk", "kennung", "kennziffer",
    "klantnummer", "km", "kundennummer", "listing", "lot", "measurements", "ogloszenia",
    "ogloszenie", "ogłoszenia", "ogłoszenie", "order", "ordernummer", "ordinazione", "ordine",
    "pedido", "plz", "postal", "postcode", "posted", "price", "prices", "receipt", "rechnung",
    "rechnungsnummer", "ref", "reference", "referencia", "referentie", "referenz", "referinta",
    "referinţă", "referință", "reg", "rif", "riferimento", "room", "rooms", "réf", "référence",
    "serial", "since", "size", "sku", "sygn", "sygnatura", "ticket", "tracking", "transaction",
    "ust", "vat", "view", "views", "weight", "year", "years", "zamowienia", "zamowienie",
    // Price words: a price list ("Preise 150/250/400") is no number.
    "cena", "ceny", "cennik", "preis", "preise", "prezzi", "prezzo", "pret", "preturi", "precio",
    "precios", "prijs", "prijzen", "prix", "rates", "tarief", "tarieven", "tarif", "tarifa",
    "tarifas", "tariffe", "tarife", "tarifs", "цена", "цени", "цены", "ціна", "ціни", "prețuri",
    "preţuri",
    "zamówienia", "zamówienie", "zip", "анкета", "анкети", "анкеты", "артикул", "заказ",
    "заказа", "замовлення", "код", "объявление", "объявления", "обява", "обявата", "оголошення",
    "поръчка", "поръчката", "рахунок", "реф", "референция", "счет", "счёт", "фактура",
    // Company, tax and register numbers, which are often phone-shaped (a SIREN has nine digits, a
    // P.IVA eleven, a REGON nine).
    "siret", "siren", "tva", "iva", "piva", "partita", "fiscale", "regon", "nip", "krs", "kvk",
    "btw", "kbo", "ondernemingsnummer", "cui", "cif", "nif", "nie", "steuernummer", "ustidnr",
    "hrb", "handelsregister", "companies", "crn", "ein", "инн", "огрн", "єдрпоу", "еик", "булстат",
    "rcs",
    // Product codes: an EAN or GTIN has thirteen digits, a UPC twelve.
    "ean", "gtin", "upc", "asin",
    // Parcel and waybill numbers, written in groups as phone numbers are.
    "parcel", "shipment", "consignment", "waybill", "awb", "sendung", "sendungsnummer", "paket",
    "colis", "pacco", "spedizione", "paquete", "envio", "envío", "zending", "pakket",
    "przesyłka", "przesyłki", "przesylka", "colet", "посылка", "посылки", "накладная",
    "посилка", "накладна", "товарителница", "пратка", "пратката",
    // Booking, ticket and tracking references, and the tax words of compounds ("Steuer-Nr.",
    // "USt-IdNr.": the word before "Nr"). A booking word alone may say where to call
    // ("Reservierung: 0176 …"): kReferenceWords are decoys only beside a word for "number".
    "buchungsnummer", "buchungscode", "reservierungsnummer", "ticketnummer", "trackingnummer",
    "sendungsverfolgung", "paketnummer", "steuer", "umsatzsteuer", "pnr", "voucher", "suivi",
    "billet", "biglietto", "tracciamento", "billete", "seguimiento", "localizador",
    "reserveringsnummer", "boekingsnummer", "volgnummer", "bilet", "biletu", "biletul",
    "śledzenia", "sledzenia", "urmarire", "urmărire", "билет", "билета", "трек", "отслеживания",
    "накладной", "квиток", "квитка", "ттн", "відстеження", "накладної", "проследяване",
    // An app's or a document's version ("versión 6.5.175", "wersja 8.26.178"), dotted groups a
    // postcode or a number may follow.
    "version", "versión", "versione", "versie", "versiune", "wersja", "версия", "версія",
    "верзия",
    // "since" in the other languages ("Membre depuis 2021 · 75019 Paris": a year, then a
    // postcode).
    "depuis", "seit", "sinds", "desde",
    // A device's identity and serial numbers: an IMEI has 15 digits, an IMEISV 16, a MEID 14
    // hex digits or 18 decimal ones ("IMEI 35 545099 484353 8", "numéro de série …").
    "imei", "imeisv", "meid", "seriennummer", "serienummer", "série", "serie", "seriale",
    "seryjny", "серийный", "серійний", "сериен",
    // "Track & trace" (nl, en): the second word is the one before the code. Carriers whose
    // name stands before their tracking codes ("FedEx 7712 3456 7890"; the names in capitals,
    // "DHL", "GLS", are CarrierCapitals').
    "trace", "fedex", "inpost", "colissimo", "chronopost",
    // Payment references, the words a transfer's reference stands after ("Betalingskenmerk 7950
    // 4896 …", "Verwendungszweck", "Zahlungsreferenz"), in one word where a language writes one.
    "betalingskenmerk", "betalingsreferentie", "zahlungsreferenz", "verwendungszweck",
    "überweisungszweck", "zahlungsreferenznummer",
};
// clang-format on
// The decoy words above that name one measure, moment, price or place, written as one group
// ("Since 2019 0912 123 456", "Größe 170 0176 …"): they claim the first group only. The others
// name an identifier, which may be written in groups ("Kundennr. 4917 6482 1593", "SIRET 123 456
// 789 00012"): they claim the run's groups up to one that starts as a number does ('+' or the
// trunk or international prefix '0'), unless the first group already does.
// clang-format off
constexpr std::array<std::string_view, 56> kOneGroupDecoyWords = {
    "date", "datum", "floor", "height", "km", "measurements", "plz", "postal", "postcode",
    "posted", "price", "prices", "room", "rooms", "since", "size", "view", "views", "weight",
    "year", "years", "zip",
    "cena", "ceny", "cennik", "preis", "preise", "prezzi", "prezzo", "pret", "preturi", "precio",
    "precios", "prijs", "prijzen", "prix", "rates", "tarief", "tarieven", "tarif", "tarifa",
    "tarifas", "tariffe", "tarife", "tarifs", "цена", "цени", "цены", "ціна", "ціни", "prețuri",
    "preţuri",
    "depuis", "seit", "sinds", "desde",
};
// clang-format on
// Words for "number" that pass the question on to the word before them ("Order no.", "Заказ №",
// which NFKC folds to "No", "Commande n°").
// clang-format off
constexpr std::array<std::string_view, 17> kNumberWords = {
    "n", "no", "nr", "num", "number", "numer", "numero", "nummer", "numéro", "n°", "nº",
    "número", "номер", "numărul", "numarul", "номера", "номерът",
};
// clang-format on

// Booking and reservation words, which name a reference only beside a word for "number"
// ("numéro de réservation 06 …", "номер брони 916 …", "Rezerwacja nr 601 …"); alone they may say
// where to book ("Reservierung: 0176 …").
// clang-format off
constexpr std::array<std::string_view, 22> kReferenceWords = {
    "buchung", "reservierung", "reservation", "réservation", "confirmation", "prenotazione",
    "reserva", "reservering", "boeking", "rezerwacja", "rezerwacji", "rezervare", "rezervarii",
    "rezervării", "бронь", "брони", "бронирования", "бронювання", "резервация", "резервацията",
    "înregistrare", "inregistrare",
};
// Prepositions between a word for "number" and what it numbers ("numéro de réservation").
constexpr std::array<std::string_view, 10> kNumberOf = {
    "de", "di", "del", "della", "of", "van", "von", "du", "des", "la",
};
// clang-format on

// A German or Dutch compound of a decoy word and "Nr" ("Anzeigennr", "Bestellnr", "Auftragsnr",
// "Factuurnr"): the compound with "nummer" written out, or its first part (less the linking s), is
// a decoy.
bool IsAbbreviatedDecoyCompound(const LowerWordSet& decoys, std::string_view word) {
  if (word.size() < 5 || word.size() > 40 || !EqualsLower(word.substr(word.size() - 2), "nr")) {
    return false;
  }
  const std::string_view stem = word.substr(0, word.size() - 2);
  if (decoys.Has(std::string(stem) + "nummer") || decoys.Has(stem)) return true;
  return (stem.back() == 's' || stem.back() == 'S') && decoys.Has(stem.substr(0, stem.size() - 1));
}

// The decoy word before an identifier written in pieces of which the run is the last ones
// ("Sendungsnummer 1Z 999 AA1 01 2345 6784", "tracking 1Z 4X8 29F 03 …"): walked back over up to
// six pieces of ASCII letters and digits, one of them at least mixing both (a piece of digits
// alone before a number is its own first group, read by the run), to a word of letters.
std::string_view DecoyBeforeCodePieces(std::string_view text, size_t start,
                                       const LowerWordSet& decoys,
                                       const LowerWordSet& number_words) {
  size_t k = start;
  bool mixed = false;
  for (int piece = 0; piece < 6; ++piece) {
    size_t spaces = 0;
    while (k > 0 && text[k - 1] == ' ' && spaces < 2) --k, ++spaces;
    if (spaces == 0) return {};
    if (k > 0 && (text[k - 1] == '.' || text[k - 1] == ':')) --k;  // "No. 1Z", "tracking: 1Z"
    size_t s = k;
    bool letter = false, digit = false;
    while (s > 0 && IsAsciiAlnum(text[s - 1]) && k - s < 24) {
      --s;
      letter |= IsAsciiAlpha(text[s]);
      digit |= IsDigit(text[s]);
    }
    if (s == k || (!mixed && !letter)) return {};
    if (!digit) {
      if (!mixed) return {};
      const std::string_view word = text.substr(s, k - s);
      if (decoys.Has(word)) return word;
      // "Tracking No. 1Z …": the word a word for "number" passes the question on to.
      const std::string_view before = WordBefore(text, s);
      return number_words.Has(word) && decoys.Has(before) ? before : std::string_view();
    }
    mixed |= letter;
    k = s;
  }
  return {};
}

// Whether the capitals `word` name a phone ("TEL", "MOB", "WA"): before digits they are no
// identifier's prefix.
bool CapitalsNameAPhone(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kPhoneWords = {
      "TEL", "TELF", "TLF", "MOB", "GSM", "SMS", "WA", "CALL", "FON", "CEL", "CELL", "HP"};
  return std::find(kPhoneWords.begin(), kPhoneWords.end(), word) != kPhoneWords.end();
}

// Whether the word `word` of capitals is glued by a hyphen to the digits at `start`: an
// identifier's prefix ("INV-2026-04182", "PO-0176 4433"), unless it names a phone ("TEL-0176 …").
bool CodePrefixGlued(std::string_view text, std::string_view word, size_t start) {
  const auto end = static_cast<size_t>(word.data() - text.data()) + word.size();
  if (end + 1 != start || text[end] != '-' || word.size() < 2 || word.size() > 5) return false;
  for (const char c : word) {
    if (!(c >= 'A' && c <= 'Z')) return false;
  }
  return !CapitalsNameAPhone(word);
}

// The decoy word right before `start` (or the word a "number" word passes the question on to),
// or an empty view. Inlined in the run's hot path (GroupsClaimedByDecoy asks before every run).
[[gnu::always_inline]] inline std::string_view DecoyBefore(std::string_view text, size_t start) {
  static const LowerWordSet decoys(kDecoyWords), number_words(kNumberWords),
      references(kReferenceWords), number_of(kNumberOf);
  const std::string_view word = WordBefore(text, start);
  const auto start_of = [&](std::string_view w) {
    return static_cast<size_t>(w.data() - text.data());
  };
  // After a piece of letters and digits ("AA1 01 2345", "29F 0176 …"): an identifier's pieces?
  if (word.empty() || IsDigit(text[start_of(word) - (start_of(word) > 0)])) {
    if (const std::string_view code = DecoyBeforeCodePieces(text, start, decoys, number_words);
        !code.empty()) {
      return code;
    }
  }
  if (word.empty()) {
    // A VAT number's country code glued to its check digits ("TVA FR27 812347906"): the word
    // before that token.
    size_t k = start;
    if (k > 0 && text[k - 1] == ' ') --k;
    size_t digits = 0;
    while (k > 0 && digits < 3 && IsDigit(text[k - 1])) --k, ++digits;
    if (digits == 0 || k < 2 || !IsAsciiAlpha(text[k - 1]) || !IsAsciiAlpha(text[k - 2]) ||
        AsciiUpper(text[k - 1]) != text[k - 1] || AsciiUpper(text[k - 2]) != text[k - 2] ||
        (k > 2 && IsWordByte(text[k - 3]))) {
      return {};
    }
    const std::string_view before = WordBefore(text, k - 2);
    return !before.empty() && decoys.Has(before) ? before : std::string_view();
  }
  if (IsAbbreviatedDecoyCompound(decoys, word) || CodePrefixGlued(text, word, start)) return word;
  if (number_words.Has(word)) {
    // "Order no. 1123581321" is a decoy; "Tel. no. 0612…" and "new number 07700…" are not.
    const std::string_view before = WordBefore(text, start_of(word));
    return decoys.Has(before) || references.Has(before) ? before : std::string_view();
  }
  if (word.size() == 2 && AsciiUpper(word[0]) == word[0] && AsciiUpper(word[1]) == word[1] &&
      IsAsciiAlpha(word[0]) && IsAsciiAlpha(word[1])) {
    // A VAT number's country code ("USt-IdNr. DE 812 345 678", "TVA FR 40 …").
    const std::string_view before = WordBefore(text, start_of(word));
    if (!before.empty() &&
        (decoys.Has(before) || IsAbbreviatedDecoyCompound(decoys, before) ||
         EqualsLower(before.substr(before.size() - std::min<size_t>(2, before.size())), "nr"))) {
      return before;
    }
  }
  if (references.Has(word)) {
    // "numéro de réservation", "номер брони".
    std::string_view before = WordBefore(text, start_of(word));
    if (number_of.Has(before)) before = WordBefore(text, start_of(before));
    return number_words.Has(before) ? word : std::string_view();
  }
  if (decoys.Has(word)) return word;
  // The French trade register's town and section between its word and the number ("RCS Lyon B
  // 812 947 365", "RCS Paris 812 …"): capitalised words, at most two.
  if (IsAsciiAlpha(word[0]) && AsciiUpper(word[0]) == word[0]) {
    std::string_view before = word;
    for (int k = 0; k < 2; ++k) {
      before = WordBefore(text, start_of(before));
      if (before.size() != 3) {
        if (before.empty() || !(AsciiUpper(before[0]) == before[0])) break;
        continue;
      }
      if (before == "RCS") return before;
    }
  }
  return std::string_view();
}

// Whether the decoy word `decoy` before the run at `lead` says the number is its identifier: a
// compound with "number" ("Auftragsnummer", "Bestellnr", "factuurnummer") or a word for "number"
// between them ("Order no.", "Заказ №").
bool NamesANumber(std::string_view text, std::string_view decoy, size_t lead) {
  static const LowerWordSet number_words(kNumberWords);
  const LowerWord lower(decoy);
  const std::string_view w = lower.view();
  if (w.ends_with("nummer") || w.ends_with("number") || w.ends_with("nr") || w.ends_with("номер")) {
    return true;
  }
  // A device identity is the number it names, all of it ("IMEI 35 021899 957208 8").
  static constexpr std::array<std::string_view, 3> kIdentities = {"imei", "imeisv", "meid"};
  if (std::find(kIdentities.begin(), kIdentities.end(), w) != kIdentities.end()) return true;
  return number_words.Has(WordBefore(text, lead));
}

// How many of the run's first groups a decoy word before it claims (0 when there is none).
size_t GroupsClaimedByDecoy(std::string_view text, std::span<const Group> g) {
  static const LowerWordSet one_group(kOneGroupDecoyWords);
  const std::string_view decoy = DecoyBefore(text, g.front().lead);
  if (decoy.empty()) return 0;
  // A first group that starts as a number does ("Booking 0 7 7 0 0 …") is claimed alone, unless
  // the words say it is the identifier's number ("Auftragsnummer 0049-2026-1187", "Order no.
  // 0012 4471").
  if (one_group.Has(decoy) || g.front().plus) return 1;
  const bool names = NamesANumber(text, decoy, g.front().lead);
  size_t claimed = 1;
  if (text[g.front().start] == '0' && !names) {
    // "Booking 0 7 7 0 0 …": a lone "0" may open the number to book at. A longer group is the
    // identifier's, and what follows it no number of its own ("Ticket #0151 2345 678": not
    // 2345 678 without its area code): the run is claimed up to a '+'.
    if (g.front().end - g.front().start < 2) return 1;
    while (claimed < g.size() && !g[claimed].plus) ++claimed;
    return claimed;
  }
  // When the words name the number ("Sendungsnummer: 0034 0432 1234 5678"), its groups starting
  // with '0' are its own too while one space alone parts them ("Annonce n°48291763 — 06 47 …"
  // ends at the dash).
  while (claimed < g.size() && !g[claimed].plus &&
         (text[g[claimed].start] != '0' || (names && g[claimed].lead == g[claimed - 1].end + 1 &&
                                            text[g[claimed - 1].end] == ' '))) {
    ++claimed;
  }
  return claimed;
}

// Words that, right after a number, say it is an amount, a measurement, an age, a count of views
// or hours ("88745 Aufrufe", "31 anni", "150 zł"), in each language of the ads (LowerWord forms,
// in byte order).
// clang-format off
constexpr std::array<std::string_view, 76> kUnitWords = {
    "ani", "anni", "anos", "ans", "aufrufe", "años", "bekeken", "chf", "cm", "czk", "eur",
    "euro", "euros", "g", "gbp", "godz", "godzin", "heures", "horas", "huf", "jaar", "jahr",
    "jahre", "jr", "keer", "kg", "km", "lat", "lei", "m", "min", "mm", "ore", "pln", "ron",
    "rosen", "roses", "uhr", "usd", "uur", "view", "views", "visite", "visualizaciones",
    "visualizzazioni", "vizualizari", "vizualizări", "vues", "wyświetlenia", "wyświetleń", "x",
    "zl", "zł", "г", "год", "года", "годин", "години", "грн", "лв", "лет", "перегляди",
    "перегляду", "переглядів", "преглед", "прегледа", "просмотра", "просмотров", "просмотры",
    "роки", "років", "руб", "рік", "час", "часа", "часов",
};
// clang-format on

// Of the unit words, those that count hours, minutes or years ("31 anni", "24 ore", "2 Jahre"):
// such a count has at most three digits, so a longer group before one is the number's own last
// group and the word starts what follows ("+39 06 4829 1573 ore ufficio", "… 1902 Uhr 10-20")
// (LowerWord forms, in byte order).
// clang-format off
constexpr std::array<std::string_view, 31> kSmallCountWords = {
    "ani", "anni", "anos", "ans", "años", "godz", "godzin", "heures", "horas", "jaar", "jahr",
    "jahre", "jr", "lat", "min", "ore", "uhr", "uur", "г", "год", "года", "годин", "години",
    "лет", "роки", "років", "рік", "час", "часа", "часов", "keer",
};
// clang-format on
constexpr size_t kMaxSmallCount = 3;  // digits

// Whether the number whose last group [group_start, end) ends at `end` is followed by a unit, a
// currency or a percent sign. A currency symbol that leads the next figure ("+31 6 12345678 €150")
// is that figure's, not this number's.
bool FollowedByUnit(std::string_view text, size_t group_start, size_t end) {
  size_t s = end;
  if (s < text.size() && text[s] == ' ') ++s;
  if (s >= text.size()) return false;
  size_t symbol = 0;  // its bytes
  if (text.substr(s).starts_with("€")) symbol = 3;
  if (text.substr(s).starts_with("£")) symbol = 2;
  if (text[s] == '$' || text[s] == '%') symbol = 1;
  if (symbol > 0) {
    size_t after = s + symbol;
    if (after < text.size() && text[after] == ' ') ++after;
    return text[s] == '%' || after >= text.size() || !IsDigit(text[after]);
  }
  // A word of letters (ASCII or not) up to the next space, digit or mark.
  const size_t e = LetterRunEnd(text, s, 32);
  if (e == s || (e < text.size() && IsWordByte(text[e]))) return false;
  // "… 4567 Views: 12 408": a label of the figure after it.
  if (e < text.size() && text[e] == ':') return false;
  static const LowerWordSet units(kUnitWords);
  static const LowerWordSet small_counts(kSmallCountWords);
  const std::string_view word = text.substr(s, e - s);
  if (!units.Has(word)) return false;
  // "x" times a figure ("2 x 150", "3x 30 min"); at a message's end it is a kiss ("… 900 106 x").
  if (word == "x" || word == "X") {
    size_t after = e;
    while (after < text.size() && text[after] == ' ' && after - e < 2) ++after;
    return after < text.size() && IsDigit(text[after]);
  }
  return end - group_start <= kMaxSmallCount || !small_counts.Has(word);
}

// Dates written with digit groups: d.m.yyyy, d/m/yy, yyyy-mm-dd (day ≤ 31, month ≤ 12).
bool LooksLikeDate(std::string_view text, std::span<const Group> g, size_t i, size_t j) {
  if (j - i != 2) return false;
  auto value = [&](const Group& group) {
    int v = 0;
    for (size_t k = group.start; k < group.end; ++k) v = v * 10 + (text[k] - '0');
    return v;
  };
  auto len = [](const Group& group) { return group.end - group.start; };
  const char s1 = g[i + 1].separator_before, s2 = g[i + 2].separator_before;
  if (s1 != s2 || (s1 != '.' && s1 != '/' && s1 != '-')) return false;
  if (len(g[i]) <= 2 && len(g[i + 1]) <= 2 && (len(g[i + 2]) == 2 || len(g[i + 2]) == 4)) {
    return value(g[i]) >= 1 && value(g[i]) <= 31 && value(g[i + 1]) >= 1 && value(g[i + 1]) <= 31;
  }
  if (len(g[i]) == 4 && len(g[i + 1]) <= 2 && len(g[i + 2]) <= 2) {
    return value(g[i]) >= 1900 && value(g[i]) <= 2099 && value(g[i + 1]) >= 1 &&
           value(g[i + 1]) <= 12 && value(g[i + 2]) >= 1 && value(g[i + 2]) <= 31;
  }
  return false;
}

// Whether groups i, i + 1 and i + 2 are a date that ends there: with a four-digit year, or with
// the run ending or going on with another separator ("16.04.2024 0 20", but not the French
// "06.11.22.33.44").
bool StartsWithDate(std::string_view text, std::span<const Group> g, size_t i) {
  if (i + 2 >= g.size() || !LooksLikeDate(text, g, i, i + 2)) return false;
  if (g[i].end - g[i].start == 4 || g[i + 2].end - g[i + 2].start == 4) return true;
  return i + 3 == g.size() || g[i + 3].separator_before != g[i + 1].separator_before;
}

// The value of a group's digits (groups are short: at most kMaxDigits + a few).
int GroupValue(std::string_view text, const Group& group) {
  int v = 0;
  for (size_t k = group.start; k < group.end && k - group.start < 9; ++k)
    v = v * 10 + (text[k] - '0');
  return v;
}

// Whether groups i..i+3 are opening hours written with dots: "20.00-04.00", "9.30 - 18.00"
// (hours to 24, minutes to 59, the two times joined by a dash).
bool StartsWithTimeRange(std::string_view text, std::span<const Group> g, size_t i) {
  if (i + 3 >= g.size()) return false;
  const auto time_at = [&](size_t k) {
    const size_t hours = g[k].end - g[k].start, minutes = g[k + 1].end - g[k + 1].start;
    return g[k + 1].separator_before == '.' && hours <= 2 && minutes == 2 &&
           GroupValue(text, g[k]) <= 24 && GroupValue(text, g[k + 1]) <= 59;
  };
  return time_at(i) && g[i + 2].separator_before == '-' && time_at(i + 2);
}

// The groups from i on that make a list of prices joined by slashes ("150/250/400", "100/180/
// 300/500"): three or more amounts of two to four digits, none led by 0, each ending in 0; or four
// or more when some are led by 0, as a price list padded to four digits writes them ("0150 / 0180 /
// 0250 / 0300"); or four or more rising amounts not led by 0 ("30/45/60/90" minutes). How many (0
// when there is no such list).
size_t PriceListAt(std::string_view text, std::span<const Group> g, size_t i) {
  const auto amount = [&](const Group& group) {
    const size_t length = group.end - group.start;
    return !group.plus && length >= 2 && length <= 4 && text[group.end - 1] == '0';
  };
  size_t k = i;
  bool zero_led = false;
  while (k < g.size() && amount(g[k]) && (k == i || g[k].separator_before == '/')) {
    zero_led |= text[g[k].start] == '0';
    ++k;
  }
  if (k - i >= (zero_led ? 4u : 3u)) return k - i;
  // Four or more rising amounts not led by 0 ("für 30/45/60/90" minutes).
  k = i;
  int previous = 0;
  while (k < g.size() && !g[k].plus && g[k].end - g[k].start >= 2 && g[k].end - g[k].start <= 4 &&
         text[g[k].start] != '0' && (k == i || g[k].separator_before == '/') &&
         GroupValue(text, g[k]) > previous) {
    previous = GroupValue(text, g[k]);
    ++k;
  }
  return k - i >= 4 ? k - i : 0;
}

// Whether group g[k] is joined to the group before it by its separator alone, one byte, glued to
// both ("2026-42430", "434/03"): no space, as between a phone number's groups ("0176 4451").
bool GluedBy(std::string_view text, std::span<const Group> g, size_t k, char separator) {
  return k > 0 && !g[k].plus && g[k].lead == g[k - 1].end + 1 && text[g[k - 1].end] == separator;
}

// Decimal coordinates: a whole part of one to three digits not led by 0 (or "0" alone), glued by a
// '.' to a fraction of kMinFractionDigits digits or more ("52.37021", "-0.12776").
constexpr size_t kMinFractionDigits = 4;
constexpr size_t kMaxCoordinateGap = 8;  // ", ", "; lon ", " E "

// Whether a decimal coordinate starts at text[k] (after an optional '-'), then ends at a byte that
// is no digit or dot.
bool DecimalCoordinateAt(std::string_view text, size_t k) {
  if (k < text.size() && text[k] == '-') ++k;
  const size_t whole = k;
  while (k < text.size() && IsDigit(text[k]) && k - whole < 4) ++k;
  if (k == whole || k - whole > 3 || (k - whole > 1 && text[whole] == '0')) return false;
  // Degrees: at most 180 (an Italian mobile written "347.1234567" is none).
  int degrees = 0;
  for (size_t d = whole; d < k; ++d) degrees = degrees * 10 + (text[d] - '0');
  if (degrees > 180) return false;
  if (k >= text.size() || text[k] != '.') return false;
  const size_t fraction = ++k;
  while (k < text.size() && IsDigit(text[k])) ++k;
  return k - fraction >= kMinFractionDigits && (k == text.size() || text[k] != '.');
}

// Whether a decimal coordinate ends right before text[end] (its fraction's last digit at end - 1).
bool DecimalCoordinateBefore(std::string_view text, size_t end) {
  size_t k = end;
  while (k > 0 && IsDigit(text[k - 1])) --k;
  if (end - k < kMinFractionDigits || k < 2 || text[k - 1] != '.') return false;
  size_t whole = k - 1;
  while (whole > 0 && IsDigit(text[whole - 1]) && k - 1 - whole < 4) --whole;
  if (whole > 0 && (text[whole - 1] == '.' || IsAsciiAlnum(text[whole - 1]))) return false;
  return DecimalCoordinateAt(text, whole);
}

// The gap between two coordinates of a pair: commas, semicolons and spaces, maybe with a short
// word ("lon", "lng", "E"), at most kMaxCoordinateGap bytes. Returns where it ends, or npos.
size_t CoordinateGapEnd(std::string_view text, size_t k) {
  const size_t limit = std::min(text.size(), k + kMaxCoordinateGap);
  const size_t from = k;
  while (k < limit && (text[k] == ',' || text[k] == ';' || text[k] == ' ' || text[k] == ':' ||
                       IsAsciiAlpha(text[k]))) {
    ++k;
  }
  return k > from ? k : std::string_view::npos;
}
size_t CoordinateGapStart(std::string_view text, size_t k) {
  const size_t floor = k > kMaxCoordinateGap ? k - kMaxCoordinateGap : 0;
  const size_t from = k;
  while (k > floor && (text[k - 1] == ',' || text[k - 1] == ';' || text[k - 1] == ' ' ||
                       text[k - 1] == ':' || IsAsciiAlpha(text[k - 1]))) {
    --k;
  }
  return k < from ? k : std::string_view::npos;
}

// The groups from i on that write a decimal coordinate beside another ("52.37021, 4.89521",
// "48.8566 2.3522", "51.50735, -0.12776", "lat 48.85661 lon 2.35222"): groups i and i + 1 are a
// decimal coordinate, and one more stands right after it or right before it, parted by a comma, a
// semicolon, spaces or a short word. Maps, taxi and meeting-point lines write them; no phone number
// is written so (a whole part led by 0, "06.12345678", is no coordinate). How many (0 or 2).
size_t CoordinatesAt(std::string_view text, std::span<const Group> g, size_t i) {
  if (i + 1 >= g.size() || g[i].plus || !GluedBy(text, g, i + 1, '.')) return 0;
  const size_t start = g[i].lead > 0 && text[g[i].lead - 1] == '-' ? g[i].lead - 1 : g[i].lead;
  if (start > 0 && (text[start - 1] == '.' || IsAsciiAlnum(text[start - 1]))) return 0;
  if (!DecimalCoordinateAt(text, start)) return 0;
  const size_t after = CoordinateGapEnd(text, g[i + 1].end);
  if (after != std::string_view::npos && DecimalCoordinateAt(text, after)) return 2;
  const size_t before = CoordinateGapStart(text, start);
  return before != std::string_view::npos && DecimalCoordinateBefore(text, before) ? 2 : 0;
}

// Whether group g[k] is a year of four digits (1990-2099), as references number their series.
bool IsYearGroup(std::string_view text, const Group& group) {
  if (group.plus || group.end - group.start != 4) return false;
  const int year = GroupValue(text, group);
  return year >= 1990 && year <= 2099;
}

// The groups from i on that write an ISBN-13 (ISO 2108): groups joined by hyphens or spaces, 13
// digits from 978 or 979 on whose check digit holds ("978-2-0504-6641-8", "979 10 90636 07 1"),
// however the groups fall, so that no window of them is read as a number (the word "ISBN" before
// it claims its groups only up to one led by 0). How many (0 when there is none).
size_t Isbn13At(std::string_view text, std::span<const Group> g, size_t i) {
  constexpr size_t kIsbnDigits = 13;
  if (g[i].plus || g[i].end - g[i].start != 3 || text.compare(g[i].start, 2, "97") != 0 ||
      (text[g[i].start + 2] != '8' && text[g[i].start + 2] != '9')) {
    return 0;
  }
  size_t digits = 0, sum = 0, k = i;
  for (; k < g.size() && digits < kIsbnDigits; ++k) {
    if (k > i && (g[k].plus || (g[k].separator_before != '-' && g[k].separator_before != ' ')))
      return 0;
    for (size_t d = g[k].start; d < g[k].end; ++d, ++digits) {
      sum += static_cast<size_t>(text[d] - '0') * (digits % 2 == 0 ? 1 : 3);
    }
  }
  return digits == kIsbnDigits && sum % 10 == 0 ? k - i : 0;
}

// The groups from i on that write a reference with a year in it, an invoice's or a payment's
// number: a year glued by '-' or '/' to a serial of three digits or more ("2026-42430",
// "2026/004172"); a serial of four digits or more then '/' and the year ("0041729/2026"); or, after
// a code of capital letters glued by '-' or '/' ("FV/434/03/2026", "F-2026-42430"), groups glued
// by '-' or '/' one of which is a year. Phone numbers are written in groups parted by spaces, or a
// year-like group last after a dash ("555-2026"), which none of these shapes takes. How many (0
// when there is none).
size_t YearReferenceAt(std::string_view text, std::span<const Group> g, size_t i) {
  const auto glued = [&](size_t k) { return GluedBy(text, g, k, '-') || GluedBy(text, g, k, '/'); };
  // The last group glued to the ones before it from i, looked for over a reference's few groups
  // only: called at every group of a run, an unbounded walk would make a hostile run of a million
  // glued groups quadratic.
  constexpr size_t kMostReferenceGroups = 8;
  size_t last = i;
  while (last + 1 < g.size() && last - i < kMostReferenceGroups && glued(last + 1)) ++last;
  if (last == i || g[i].plus) return 0;
  const size_t count = last - i + 1;
  // A code of capitals glued before the first group ("FV/", "F-", "INV-").
  size_t k = g[i].lead;
  size_t code_start = k > 1 ? k - 1 : k;
  while (code_start > 0 && text[code_start - 1] >= 'A' && text[code_start - 1] <= 'Z') --code_start;
  // Not a phone's own word ("TEL-202-555-2019"): CodePrefixGlued's exception.
  if (k > 1 && (text[k - 1] == '-' || text[k - 1] == '/') && text[k - 2] >= 'A' &&
      text[k - 2] <= 'Z' && !CapitalsNameAPhone(text.substr(code_start, k - 1 - code_start))) {
    for (size_t j = i; j <= last; ++j) {
      if (IsYearGroup(text, g[j])) return count;
    }
  }
  if (IsYearGroup(text, g[i]) && g[i + 1].end - g[i + 1].start >= 3) return count;
  if (count == 2 && GluedBy(text, g, i + 1, '/') && IsYearGroup(text, g[i + 1]) &&
      g[i].end - g[i].start >= 4) {
    return count;
  }
  return 0;
}

// The length of the HTML entity of a space at text[at] ('&'): "&nbsp;", "&#160;", "&#xa0;",
// "&ensp;", "&thinsp;", "&#32;" (pages copied as text keep them between digit groups); else 0.
size_t SpaceEntityLength(std::string_view text, size_t at) {
  static constexpr std::array<std::string_view, 10> kEntities = {
      "&nbsp;", "&#160;",   "&#xa0;", "&#xA0;", "&ensp;",
      "&emsp;", "&thinsp;", "&#32;",  "&#x20;", "&#8239;"};
  const std::string_view rest = text.substr(at, 8);
  for (const std::string_view entity : kEntities) {
    if (rest.starts_with(entity)) return entity.size();
  }
  return 0;
}

// A number split over two lines ("0176 920⏎35174", "<span>07700</span>⏎<span>900862</span>"):
// the groups of the next line join the run, marked by this separator, and a window of groups
// across it is a number only when neither line's part is one alone (ExtractPhones).
constexpr char kLineBreak = '\n';
// White space and markup a line break between two groups may take: a newline and an indent, or a
// closing and an opening tag.
constexpr size_t kMaxLineBreak = 48;
constexpr size_t kMaxTag = 40;

// The length of the markup tag at text[at] ('<'): "<br>", "</span>", "<td class=x>"; else 0.
size_t TagLength(std::string_view text, size_t at) {
  if (at + 2 >= text.size()) return 0;
  const char first = text[at + 1];
  if (!(first == '/' || ((first | 0x20) >= 'a' && (first | 0x20) <= 'z'))) return 0;
  const size_t limit = std::min(text.size(), at + kMaxTag);
  for (size_t k = at + 2; k < limit; ++k) {
    if (text[k] == '>') return k + 1 - at;
    if (text[k] == '<' || text[k] == '\n') return 0;
  }
  return 0;
}

// Where the digits of the next line start when text[at...] is a line break: white space with one
// newline (a blank line parts paragraphs), or markup tags, then a digit that no chat export's time
// opens the line with ("05.12.26, 21:14 - Ana: …": normalize::ChatTimeEnd); else 0.
size_t NextLineDigits(std::string_view text, size_t at) {
  const size_t limit = std::min(text.size(), at + kMaxLineBreak);
  size_t k = at;
  bool newline = false, tag = false;
  while (k < limit) {
    const char c = text[k];
    if (c == '\n') {
      if (newline) return 0;
      newline = true;
      ++k;
    } else if (c == ' ' || c == '\t' || c == '\r') {
      ++k;
    } else if (c == '<') {
      const size_t length = TagLength(text, k);
      if (length == 0) return 0;
      tag = true;
      k += length;
    } else {
      break;
    }
  }
  return (newline || tag) && k < limit && IsDigit(text[k]) && normalize::ChatTimeEnd(text, k) == k
             ? k
             : 0;
}

// The end of the last group of the previous line when the run starting at `start` is its
// continuation (NextLineDigits read backwards: the line break, then at most kMaxSeparator spaces
// or dashes after the group); else 0. Not before `floor`.
size_t PreviousLineGroupEnd(std::string_view text, size_t floor, size_t start) {
  const size_t low = std::max(floor, start > kMaxLineBreak ? start - kMaxLineBreak : 0);
  size_t k = start;
  bool newline = false, tag = false;
  while (k > low) {
    const char c = text[k - 1];
    if (c == '\n') {
      if (newline) return 0;
      newline = true;
      --k;
    } else if (c == ' ' || c == '\t' || c == '\r') {
      --k;
    } else if (c == '>') {
      size_t open = k - 1;
      while (open > low && k - open < kMaxTag && text[open] != '<' && text[open] != '\n') --open;
      if (text[open] != '<' || TagLength(text, open) != k - open) return 0;
      tag = true;
      k = open;
    } else {
      break;
    }
  }
  if (!(newline || tag)) return 0;
  for (size_t m = k, steps = 0; m > floor && steps <= kMaxSeparator; --m, ++steps) {
    if (IsDigit(text[m - 1])) return m;
    if (text[m - 1] != ' ' && text[m - 1] != '-' && text[m - 1] != '\t') return 0;
  }
  return 0;
}

// Splits the text from `pos` into runs of digit groups and calls `on_run` for each run that starts
// before `until`. Returns where examination stopped (every run before it has been seen).
template <typename OnRun>
size_t ForEachRun(std::string_view text, size_t pos, size_t until, OnRun&& on_run) {
  // Reused: runs are found thousands of times per MB. Written by index, grown when full (a
  // push_back per group checked the capacity and copied the group through a call).
  thread_local std::vector<Group> group_buffer(64);
  size_t count = 0;  // groups of the current run
  const auto add_group = [&](const Group& g) {
    if (count == group_buffer.size()) group_buffer.resize(2 * count);
    group_buffer[count++] = g;
  };
  size_t i = pos;
  const size_t n = text.size();
  while (i < n) {
    // Find the start of a run: a digit, or '+' (one optional space) then a digit. Only runs that
    // start before `until` are wanted: stop there (the caller resumes from the next hit).
    while (i < until && i < n && !IsDigit(text[i]) && text[i] != '+') ++i;
    if (i >= n || i >= until) break;
    count = 0;
    size_t run_end = i;
    char separator = '\0';
    while (i < n) {
      Group g{};
      g.lead = i;
      g.separator_before = separator;
      if (text[i] == '+') {
        if (count > 0) break;  // '+' inside a run starts a new run
        size_t k = i + 1;
        if (k < n && text[k] == ' ') ++k;
        if (k >= n || !IsDigit(text[k])) {
          i = k;
          break;
        }
        g.plus = true;
        i = k;
      }
      g.start = i;
      i = DigitRunEnd(text, i);
      g.end = i;
      // Glued to a word on the left ("ID48213377", "ioana59"): not part of any run.
      if (count == 0 && g.lead > 0 && (GluedBefore(text, g.lead) || text[g.lead - 1] == '@')) {
        break;
      }
      // Glued to a word on the right ("1h", "30min", "23yo"): ends the run, excluded. '_' before
      // a digit is a separator ("4_5_6").
      const bool underscore_separator = i + 1 < n && text[i] == '_' && IsDigit(text[i + 1]);
      if (i < n && !underscore_separator &&
          (GluedAfter(text, i) || text[i] == '@' || text[i] == ':' || text[i] == ',')) {
        if (i < n && (text[i] == ':' || text[i] == ',') && i + 1 < n && !IsDigit(text[i + 1])) {
          add_group(g);  // "… 6789:" or "…, next": the group ends a sentence, keep it
          run_end = g.end;
        } else if (text[i] == ',' && DigitRunEnd(text, i + 1) - (i + 1) >= 4) {
          // "07700900123,07700900456": a comma before four digits or more parts two numbers (a
          // thousands separator has three after it, a decimal comma mostly two). The next run
          // starts after the comma.
          add_group(g);
          run_end = g.end;
          ++i;
          break;
        }
        while (i < n && (IsWordByte(text[i]) || IsDigit(text[i]))) ++i;
        break;
      }
      add_group(g);
      run_end = g.end;
      // Separator run to the next group.
      const size_t limit = std::min(n, i + kMaxSeparator + 1);
      size_t k = i;
      unsigned kinds = 0;
      while (k < limit && kSeparatorKinds[static_cast<unsigned char>(text[k])] != 0) {
        kinds |= kSeparatorKinds[static_cast<unsigned char>(text[k])];
        ++k;
      }
      size_t plain_separators = k - i;
      if (k == limit && k < n && kSeparatorKinds[static_cast<unsigned char>(text[k])] != 0) {
        // Markdown emphasis around the groups ("**07700** **900**", "__0176__-__4821__") does
        // not count: up to kMaxEmphasis of its marks more (rare: out of line).
        k = SeparatorsWithEmphasis(text, i, k, kinds, plain_separators);
      }
      // "07700&nbsp;900&nbsp;846": an HTML entity of a space between the groups, alone, is one.
      bool entity = false;
      if (k == i && k < n && text[k] == '&') {
        const size_t length = SpaceEntityLength(text, k);
        if (length > 0 && k + length < n && IsDigit(text[k + length])) {
          entity = true;
          k += length;
        }
      }
      // A full stop and a space end a sentence ("… 345. 678"); a dot spaced on both sides is a
      // separator ("0 . 7 . 7").
      const bool dot = (kinds & kDotSeparator) != 0, space = (kinds & kSpaceSeparator) != 0;
      // A dot after a space and glued to the next group is a speck that OCR read between groups
      // ("0171 .0427 293"): no sentence ends so.
      const bool spaced_dot =
          (k - i == 3 && text.substr(i, 3) == " . ") || (k - i == 2 && text.substr(i, 2) == " .");
      if ((plain_separators > kMaxSeparator && !entity) || k >= n || !IsDigit(text[k]) ||
          (dot && space && !spaced_dot)) {
        // The number may go on on the next line (not after a full stop, which ends a sentence).
        if (k < n && !dot && kLineBreakStart[static_cast<unsigned char>(text[k])]) {
          if (const size_t next = NextLineDigits(text, k); next != 0) {
            separator = kLineBreak;
            i = next;
            continue;
          }
        }
        i = k;
        break;
      }
      separator = entity ? ' ' : text[i];
      if (separator == ' ' && !entity && k - i > 1)
        separator = text[i + 1] == ' ' ? ' ' : text[i + 1];
      i = k;
    }
    if (count > 0) on_run(std::span<const Group>(group_buffer.data(), count), run_end);
    if (i >= until) return i;
  }
  return i;
}

// ValidatePhone() for a candidate of the extractor, the value of whose digits was read as they
// were copied (reading them again for the cache key cost about 0.2 instructions per byte of the
// bench corpus).
const ValidPhone* ValidateCandidate(std::string_view digits, std::string_view region,
                                    uint64_t value);

// Whether the window of groups i..j opens with an area code in brackets: "(495) 123-45-67",
// "(4~9~5)1~2~3". A country code is not written so (without its '+'), so the number is national.
bool BracketedAreaCode(std::string_view text, std::span<const Group> g, size_t i, size_t j) {
  if (g[i].lead == 0 || text[g[i].lead - 1] != '(') return false;
  for (size_t k = i; k < j; ++k) {
    if (g[k].end < text.size() && text[g[k].end] == ')') return true;
  }
  return false;
}

// Whether group i is a card's age in brackets after its name ("Alice (37) 368 570 3654", "Zsófi
// (21) 06 30 020 8409" in a "similar ads" widget), not an area code: two digits from 18 to 69
// closed by ')', a word's letter before the '(' (spaces between), and the groups after it on the
// line valid as a number on their own. A two-digit area code after a name ("Ana (21) 3456-7890" in
// Brazil) leaves no valid number without it and stays read as one.
bool BracketedAgeBeforeNumber(std::string_view text, std::span<const Group> g, size_t i,
                              std::string_view region) {
  const Group& age = g[i];
  if (age.plus || age.end - age.start != 2 || age.lead == 0 || text[age.lead - 1] != '(' ||
      age.end >= text.size() || text[age.end] != ')' || i + 1 >= g.size()) {
    return false;
  }
  const int years = (text[age.start] - '0') * 10 + (text[age.start + 1] - '0');
  if (years < 18 || years > 69) return false;
  size_t before = age.lead - 1;
  while (before > 0 && text[before - 1] == ' ') --before;
  if (before == 0 || IsDigit(text[before - 1]) || !GluedBefore(text, before)) return false;
  std::string digits;
  size_t last = i + 1;
  for (; last < g.size() && digits.size() + (g[last].end - g[last].start) <= kMaxDigits; ++last) {
    if (g[last].plus || (last > i + 1 && g[last].separator_before == kLineBreak)) break;
    digits.append(text.substr(g[last].start, g[last].end - g[last].start));
  }
  // The longest reading first, as the windows are read.
  for (size_t k = last; k > i + 1; --k) {
    if (digits.size() >= kMinDigits && ValidatePhone(digits, region) != nullptr) return true;
    digits.resize(digits.size() - (g[k - 1].end - g[k - 1].start));
  }
  return false;
}

// A national number written without its trunk prefix, read with it ("8" + "4951234567" in RU), or
// nullptr when the region has none or the number is not valid so.
const ValidPhone* ValidateWithTrunkPrefix(std::string_view digits, std::string_view region) {
  if (region.size() != 2) return nullptr;
  const std::string prefix = TrunkPrefix(region);
  if (prefix.empty() || digits.size() + prefix.size() > kMaxDigits) return nullptr;
  return ValidatePhone(prefix + std::string(digits), region);
}

// The digits of groups from..to (inclusive), led by '+' when the first group has one, with their
// value; kMaxDigits at most.
std::string_view GroupDigits(std::string_view text, std::span<const Group> g, size_t from,
                             size_t to, std::array<char, kMaxDigits + 1>& out, uint64_t& value) {
  size_t length = 0;
  value = 0;
  if (g[from].plus) out[length++] = '+';
  for (size_t k = from; k <= to; ++k) {
    for (size_t d = g[k].start; d < g[k].end && length < out.size(); ++d) {
      out[length++] = text[d];
      value = value * 10 + static_cast<uint64_t>(text[d] - '0');
    }
  }
  return {out.data(), length};
}

// Emits a validated number found at [start, end) with its type and country.
void EmitPhone(const ValidPhone& phone, size_t start, size_t end, ScanState& state) {
  Found& f = state.EmitNew(SelectorType::kPhone);
  f.value = phone.e164;
  f.start = start;
  f.end = end;
  // Built in place (an initializer list copies each pair again).
  f.details.emplace_back("number_type", phone.number_type);
  f.details.emplace_back("country", phone.country);
  if (phone.fictional) f.details.emplace_back("fictional", "true");
}

// A number split over two lines: the groups from i (this line, which make no number alone)
// joined with the first groups of the next line, from `next_line` on (and of the line after it
// when the next line is one short group), longest first. The join is
// a number only when it validates and the next line's part alone is none (a number of its own on
// the next line is read there). Emits it and returns its last group, or 0.
[[gnu::noinline]] size_t JoinAcrossLineBreak(std::string_view text, std::span<const Group> g,
                                             size_t i, size_t next_line, bool last_followed_by_unit,
                                             ScanState& state) {
  const auto digits_of = [&](size_t k) { return g[k].end - g[k].start; };
  size_t digits = 0;
  for (size_t k = i; k < next_line; ++k) digits += digits_of(k);
  size_t last = next_line;  // the next line's groups that fit end before this
  // A third line after a middle line of one short group ("07700⏎900⏎196", "348⏎291⏎7356"): a
  // number written one group a line.
  constexpr size_t kMaxMiddleLine = 4;
  bool third_line = false;
  for (size_t j = next_line; j < g.size(); ++j) {
    if (j > next_line && g[j].plus) break;
    if (j > next_line && g[j].separator_before == kLineBreak) {
      if (third_line || j != next_line + 1 || digits_of(next_line) > kMaxMiddleLine) break;
      third_line = true;
    }
    digits += digits_of(j);
    if (digits > kMaxDigits) break;
    last = j + 1;
  }
  std::array<char, kMaxDigits + 1> candidate;
  // The line above opens with the region's trunk prefix ("Tel.⏎0171⏎6385 193" in DE): the next
  // line's part, without one, is the rest of that number rather than a number of its own written
  // without its trunk prefix.
  const std::string trunk = g[i].plus ? std::string() : TrunkPrefix(state.region);
  const bool trunk_above = !trunk.empty() && text[g[i].start] == trunk[0];
  for (size_t end_group = last; end_group > next_line; --end_group) {
    const size_t j = end_group - 1;
    if (LooksLikeDate(text, g, i, j)) continue;
    if (j + 1 == g.size() && last_followed_by_unit) continue;
    if (state.Claimed(g[i].lead, g[j].end)) continue;
    uint64_t value = 0;
    const std::string_view below = GroupDigits(text, g, next_line, j, candidate, value);
    if (below.size() >= kMinDigits && !(trunk_above && below[0] != trunk[0] && below[0] != '+') &&
        ValidateCandidate(below, state.region, value) != nullptr) {
      continue;
    }
    const std::string_view joined = GroupDigits(text, g, i, j, candidate, value);
    if (joined.size() - (g[i].plus ? 1 : 0) < kMinDigits) break;  // shorter ones have fewer
    const ValidPhone* phone = ValidateCandidate(joined, state.region, value);
    if (phone == nullptr) continue;
    EmitPhone(*phone, g[i].lead, g[j].end, state);
    return j;
  }
  return 0;
}

// A number whose first groups end one part of an ad and whose last digits stand later, after a
// cue that says the number goes on: a title's "Lina 0176 4412 💋" and the text's "Rest: 33 19",
// "… 093" at the text's end, "07700 9… [Show number] 00465". The first part makes no number alone
// (too few digits for its region), the rest is two to eight digits and no number alone either,
// and the two together validate. Validity is not enough when the parts are far apart (an age and a
// price would join), so the rest must follow a cue: a word that says "the rest" or "the last
// digits" in the ads' languages (CueBeforeRest), or an ellipsis right before it when it ends its
// line and the first part ended its own (a title's end), or an ellipsis right after the first part
// with the rest a few bytes on. The first part is a title's (it ends in the text's first
// kMaxTitleEnd bytes) unless the ellipsis follows it. The number's span covers both parts.
constexpr size_t kMaxContinuationGap = 600;  // bytes from the first part's end to the rest
// Bytes from a cue word to the rest's digits ("Останалото от номера: ": two a Cyrillic letter).
constexpr size_t kMaxCueReach = 56;
constexpr size_t kMaxTitleEnd = 200;  // a title's first part ends within this many bytes
constexpr size_t kMaxShownGap = 48;   // bytes from "9… " to the rest ("[Show number] ")
constexpr size_t kMinRestDigits = 2;
constexpr size_t kMaxRestDigits = 8;
constexpr size_t kMinFirstDigits = 5;   // a digit run the pre-scan hits (see kPatterns)
constexpr size_t kMaxFirstDigits = 11;  // a part of a number, fewer than a whole one has

// Stems of words that announce a number's rest ("Rest:", "restul numărului", "el resto", "reszta
// numeru", "la suite", "continued", "остальные цифры", "останалото", "решта", "the last digits",
// "letzten Ziffern", "derniers chiffres", "ultime cifre", "ostatnie", "laatste", "останалото от
// номера", "останні цифри", "оставшиеся"), as written at a
// word's start (ASCII letters in any case; Cyrillic with a capital and without).
// clang-format off
constexpr std::array<std::string_view, 34> kRestCues = {
    "rest", "reszt", "suite", "continu", "weiter", "verder", "dalej", "last", "letzt", "dernier",
    "ultim", "\xc3\xbaltim" /* últim */, "ostatni", "laatste",
    "остал", "Остал", "остан", "Остан", "остав", "Остав", "остат", "Остат", "решт", "Решт",
    "далее", "Далее", "далі", "Далі", "продолж", "Продолж", "продовж", "Продовж", "последн",
    "Последн"};
// clang-format on

// The bytes a stem of kRestCues starts with (ASCII in both cases): a word starting otherwise is
// passed with one lookup.
constexpr std::array<bool, 256> MakeRestCueStarts() {
  std::array<bool, 256> starts{};
  for (const std::string_view stem : kRestCues) {
    const auto b = static_cast<unsigned char>(stem[0]);
    starts[b] = true;
    if (b >= 'a' && b <= 'z') starts[b - 32] = true;
  }
  return starts;
}
constexpr std::array<bool, 256> kRestCueStarts = MakeRestCueStarts();

bool AsciiLetter(char c) {
  const char lower = static_cast<char>(c | 0x20);
  return lower >= 'a' && lower <= 'z';
}

// The first byte of a two-byte character: the letters of Latin scripts with accents, Cyrillic,
// Greek (emoji and other symbols take three or four bytes).
bool IsLetterLead(char c) {
  const auto b = static_cast<unsigned char>(c);
  return b >= 0xc0 && b < 0xe0;
}

// Whether text[at...] starts with `stem` (ASCII letters compared in any case).
bool StartsWithStem(std::string_view text, size_t at, std::string_view stem) {
  if (text.size() - at < stem.size()) return false;
  for (size_t k = 0; k < stem.size(); ++k) {
    const char a = text[at + k], b = stem[k];
    if (a != b && !(AsciiLetter(b) && (a | 0x20) == b)) return false;
  }
  return true;
}

// Whether text[k - 3, k) is an ellipsis (NFKC folds "…" to "...").
bool EllipsisBefore(std::string_view text, size_t floor, size_t k) {
  return k >= floor + 3 && text.compare(k - 3, 3, "...") == 0;
}

// The cue before the rest that starts at `rest`: 1 a word (kRestCues) in the kMaxCueReach bytes
// before it on its line, with no digit between; 2 an ellipsis right before it (blanks, ':' and
// dashes between); 0 none.
int CueBeforeRest(std::string_view text, size_t floor, size_t rest) {
  size_t k = rest;
  while (k > floor && rest - k < 8 &&
         (text[k - 1] == ' ' || text[k - 1] == ':' || text[k - 1] == '-' || text[k - 1] == '\t')) {
    --k;
  }
  if (EllipsisBefore(text, floor, k)) return 2;
  const size_t low = std::max(floor, rest > kMaxCueReach ? rest - kMaxCueReach : 0);
  for (size_t at = k; at > low; --at) {
    const char c = text[at - 1];
    if (c == '\n' || IsDigit(c)) return 0;
    // A word's start: after a byte that is no letter (ASCII or a multibyte character's).
    const size_t w = at - 1;
    if (w > 0 && (AsciiLetter(text[w - 1]) || static_cast<unsigned char>(text[w - 1]) >= 0x80))
      continue;
    if (!kRestCueStarts[static_cast<unsigned char>(c)]) continue;
    for (const std::string_view stem : kRestCues) {
      if (StartsWithStem(text, w, stem)) return 1;
    }
  }
  return 0;
}

// Whether only blanks and marks (no letter or digit) stand between `at` and the end of its line.
bool EndsLine(std::string_view text, size_t at) {
  for (size_t k = at; k < text.size() && k - at < 64; ++k) {
    const char c = text[k];
    if (c == '\n') return true;
    if (IsDigit(c) || AsciiLetter(c) || IsLetterLead(c)) return false;
  }
  return true;
}

// The digits of the rest that starts at text[at]: groups of digits joined by one space, dash or
// dot; its end in `end`. 0 when it is no rest: glued to a word, followed by a unit, more than
// kMaxRestDigits digits (a number of its own) or fewer than kMinRestDigits.
size_t ReadRest(std::string_view text, size_t at, std::array<char, kMaxDigits + 1>& out,
                size_t& count, size_t& end) {
  if (GluedBefore(text, at)) return 0;
  size_t k = at;
  count = 0;
  size_t group_start = at;
  while (k < text.size()) {
    if (IsDigit(text[k])) {
      if (count == kMaxRestDigits) return 0;
      out[count++] = text[k++];
      continue;
    }
    if ((text[k] == ' ' || text[k] == '-' || text[k] == '.') && k + 1 < text.size() &&
        IsDigit(text[k + 1])) {
      group_start = ++k;
      continue;
    }
    break;
  }
  end = k;
  if (count < kMinRestDigits || (k < text.size() && GluedAfter(text, k)) ||
      FollowedByUnit(text, group_start, k)) {
    return 0;
  }
  return count;
}

// Whether the rest [start, end) after an ellipsis alone reads as a figure rather than a number's
// last digits: one group of at most three digits not led by 0 ("… 160", a height, a price, an
// age), or a year ("… 2024"). A number's rest is led by 0 ("… 093"), in groups ("… 33 19") or
// of four digits ("… 3319").
bool LooksLikeAFigure(std::string_view text, size_t start, size_t end) {
  const std::string_view rest = text.substr(start, end - start);
  if (rest[0] == '0' || rest.find_first_of(" -.") != std::string_view::npos) return false;
  if (rest.size() <= 3) return true;
  return rest.size() == 4 && (rest.starts_with("19") || rest.starts_with("20"));
}

// The bytes of a word of letters from text[at] (ASCII or a Latin or Cyrillic letter of two bytes),
// at most `most` bytes; 0 when none starts there.
size_t WordLength(std::string_view text, size_t at, size_t most) {
  size_t k = at;
  while (k < text.size() && k - at < most) {
    if (AsciiLetter(text[k])) {
      ++k;
    } else if (IsLetterLead(text[k]) && k + 1 < text.size()) {
      k += 2;
    } else {
      break;
    }
  }
  return k - at;
}

// A field's label that opens a line ("Description: ", "Opis: ", "Titre : ", "Описание:"): up
// to kMaxLabelWords words of letters and a colon, blanks and markdown's '*' around. Where the
// text after it starts, or `at` when there is none.
constexpr size_t kMaxLabelWords = 3;
constexpr size_t kMaxLabelBytes = 40;
size_t SkipLabel(std::string_view text, size_t at) {
  size_t k = at;
  const auto skip_marks = [&] {
    while (k < text.size() && (text[k] == ' ' || text[k] == '\t' || text[k] == '*')) ++k;
  };
  skip_marks();
  for (size_t words = 0; words < kMaxLabelWords && k - at < kMaxLabelBytes; ++words) {
    const size_t length = WordLength(text, k, kMaxLabelBytes);
    if (length == 0) return at;
    k += length;
    while (k < text.size() && text[k] == ' ') ++k;
    if (k < text.size() && text[k] == ':') {
      ++k;
      skip_marks();
      return k;
    }
  }
  return at;
}

// Whether the line from `at` to its end holds no digit and at most one word besides blanks,
// marks and emoji: what may follow a title's first groups ("07700 900 -", "06 1234 📞",
// "0722 123 call", "347 123 chiama").
bool EndsLineLoosely(std::string_view text, size_t at, size_t& line_end) {
  bool word = false;
  for (size_t k = at; k < text.size() && k - at < 64;) {
    const char c = text[k];
    if (c == '\n') {
      line_end = k;
      return true;
    }
    // A full stop ends the sentence and the number ("Call me on 07700.⏎900 035").
    if (c == '.' && text.compare(k, 3, "...") == 0) {
      k += 3;
      continue;
    }
    if (IsDigit(c) || c == '.') return false;
    if (const size_t length = WordLength(text, k, 16); length > 0) {
      if (word) return false;
      word = true;
      k += length;
      continue;
    }
    ++k;
  }
  return false;
}

// Where the rest of a title's first groups stands when it opens the text's next line: the line
// after the title's, after a field's label on that line or on a line of
// its own ("Titel: Eva 06 1234⏎Omschrijving: 5678 bel of app", "Мила 0888 123 ✨⏎456 обади
// се"); npos when the title's line goes on after the first part or no digit opens the next.
constexpr size_t kNone = std::string_view::npos;
size_t RestOpeningNextLine(std::string_view text, size_t run_end) {
  size_t line_end = 0;
  if (!EndsLineLoosely(text, run_end, line_end)) return kNone;
  // One line break: a blank line parts the two ("07700⏎⏎900 035" stays apart).
  const auto skip_blank_lines = [&](size_t k) {
    if (k < text.size() && text[k] == '\r') ++k;
    if (k < text.size() && text[k] == '\n') ++k;
    while (k < text.size() && (text[k] == ' ' || text[k] == '\t')) ++k;
    return k;
  };
  const size_t line_start = skip_blank_lines(line_end);
  size_t k = SkipLabel(text, line_start);
  // A label alone on its line ("Description:⏎318 text only").
  if (k != line_start && k < text.size() && (text[k] == '\n' || text[k] == '\r'))
    k = skip_blank_lines(k);
  while (k < text.size() && text[k] == '.') ++k;  // "…318" (NFKC's "...")
  while (k < text.size() && text[k] == ' ') ++k;
  return k < text.size() && IsDigit(text[k]) ? k : kNone;
}

// Words after a figure that make it a rate or an amount ("150 per hour", "200 a night", "100 за
// час"): a short rest before one is a price, not a number's last digits.
// clang-format off
constexpr std::array<std::string_view, 14> kRateWords = {
    "per", "pro", "par", "a", "an", "the", "la", "al", "za", "na", "за", "на", "в", "w"};
// clang-format on
bool FollowedByRateWord(std::string_view text, size_t end) {
  size_t k = end;
  while (k < text.size() && text[k] == ' ') ++k;
  const size_t length = WordLength(text, k, 8);
  if (length == 0 || k + length >= text.size() || text[k + length] != ' ') return false;
  const std::string_view word = text.substr(k, length);
  for (const std::string_view rate : kRateWords) {
    if (word.size() == rate.size() && StartsWithStem(text, k, rate)) return true;
  }
  return false;
}

// Whether the rest [start, end) is one group of digits not led by 0: a figure may be written so
// ("150", "5000"), where a number's rest in groups or led by 0 ("45 67", "093") is none.
bool OneGroupNotLedByZero(std::string_view text, size_t start, size_t end) {
  if (text[start] == '0') return false;
  for (size_t k = start; k < end; ++k) {
    if (!IsDigit(text[k])) return false;
  }
  return true;
}

// Whether the rest [start, end) reads as a postcode before its place: one group of four or five
// digits not led by 0 and a capital letter after a space ("1012 AB Amsterdam", "10115 Berlin",
// "75012 Paris"). A number's rest opening a line goes on in words ("5678 bel me").
bool PostcodeBeforePlace(std::string_view text, size_t start, size_t end) {
  const size_t digits = end - start;
  if (text[start] == '0' || digits < 4 || digits > 5 || end + 1 >= text.size()) return false;
  for (size_t k = start; k < end; ++k) {
    if (!IsDigit(text[k])) return false;
  }
  const auto c = static_cast<unsigned char>(text[end + 1]);
  return text[end] == ' ' &&
         ((c >= 'A' && c <= 'Z') ||
          (c == 0xd0 && text.size() > end + 2 && static_cast<unsigned char>(text[end + 2]) < 0xb0));
}

// Tries the groups g[from, g.size()) of a run that ends at `run_end`, unmatched, as a number's
// first part whose rest follows after a cue (see kMaxContinuationGap). Emits the joined number
// and returns true when one validates.
[[gnu::noinline]] bool JoinContinuation(std::string_view text, std::span<const Group> g,
                                        size_t from, size_t run_end, ScanState& state) {
  // An ellipsis right after the first part ("07700 9… [Show number]"); without it the first part
  // is a title's, near the text's start.
  size_t after = run_end;
  while (after < text.size() && after - run_end < 2 && text[after] == ' ') ++after;
  // (The run may have taken the ellipsis's dots as separators.)
  const bool shown = text.compare(after, 3, "...") == 0 || EllipsisBefore(text, 0, run_end);
  if (!shown && run_end > kMaxTitleEnd) return false;
  size_t first_digits = 0;
  for (size_t k = from; k < g.size(); ++k) first_digits += g[k].end - g[k].start;
  if (first_digits < kMinFirstDigits || first_digits > kMaxFirstDigits) return false;
  // In a region that writes its trunk prefix, a national first part starts with it (or with the
  // international prefix's 0), and one with '+' is international.
  const std::string trunk = TrunkPrefix(state.region);
  const auto may_start = [&](const Group& group) {
    const char c = text[group.start];
    return group.plus || trunk.empty() || c == trunk[0] || c == '0';
  };
  if (std::none_of(g.begin() + static_cast<std::ptrdiff_t>(from), g.end(), may_start)) return false;
  const bool ends_line = shown || EndsLine(text, run_end);
  // A title's first groups and the rest opening the next line, no cue needed but the break.
  const size_t opening = shown ? kNone : RestOpeningNextLine(text, run_end);
  const size_t limit = std::min(text.size(), run_end + kMaxContinuationGap);
  // The first part joined with the rest [rest_start, rest_end) (its digits in `rest`), emitted
  // when the two validate together.
  std::array<char, kMaxDigits + 1> rest;
  const auto join = [&](size_t rest_digits, size_t rest_start, size_t rest_end) {
    if (state.Claimed(rest_start, rest_end)) return false;
    // A rest of a number's length that validates alone is that number.
    std::array<char, kMaxDigits + 1> candidate;
    for (size_t i = from; i < g.size(); ++i) {
      if (!may_start(g[i])) continue;
      size_t length = 0;
      uint64_t value = 0;
      if (g[i].plus) candidate[length++] = '+';
      size_t first = 0;
      for (size_t k = i; k < g.size(); ++k) {
        for (size_t d = g[k].start; d < g[k].end; ++d, ++first) {
          candidate[length++] = text[d];
          value = value * 10 + static_cast<uint64_t>(text[d] - '0');
        }
      }
      if (first < kMinFirstDigits - 2 || first + rest_digits < kMinDigits) break;
      if (first + rest_digits > kMaxDigits) continue;
      for (size_t d = 0; d < rest_digits; ++d) {
        candidate[length++] = rest[d];
        value = value * 10 + static_cast<uint64_t>(rest[d] - '0');
      }
      if (state.Claimed(g[i].lead, g.back().end)) return false;
      const ValidPhone* phone =
          ValidateCandidate(std::string_view(candidate.data(), length), state.region, value);
      if (phone == nullptr) continue;
      EmitPhone(*phone, g[i].lead, rest_end, state);
      return true;
    }
    return false;
  };
  for (size_t k = run_end; k < limit;) {
    if (!IsDigit(text[k])) {
      ++k;
      continue;
    }
    // The cue first (mostly none, read in a few steps back), then the rest.
    const bool near_shown = shown && k - run_end <= kMaxShownGap;
    const int cue = near_shown ? 0 : k == opening ? 3 : CueBeforeRest(text, run_end, k);
    size_t count = 0, end = 0;
    const size_t digits = cue != 0 || near_shown ? ReadRest(text, k, rest, count, end) : 0;
    if (digits > 0) {
      // An ellipsis after the first part and another before the rest mirror each other ("07700
      // 900…⏎… Text me on …318 for fun").
      if (cue == 1 || (cue == 2 && shown) ||
          (cue == 2 && ends_line && EndsLine(text, end) && !LooksLikeAFigure(text, k, end)) ||
          (cue == 3 && !(OneGroupNotLedByZero(text, k, end) && FollowedByRateWord(text, end)) &&
           !PostcodeBeforePlace(text, k, end)) ||
          near_shown) {
        if (join(digits, k, end)) return true;
        // Figures next to a listing's shortened number ("9… [Show number]⏎24, new") are passed
        // by; a cued rest that does not validate ends the search.
        if (!near_shown) return false;
      }
    }
    // Passed by: a short figure (an age, a price) and on; a longer one is a number of its own,
    // and the rest is not looked for beyond it.
    size_t e = k;
    size_t chain = 0;
    while (e < text.size() && (IsDigit(text[e]) || ((text[e] == ' ' || text[e] == '-') &&
                                                    e + 1 < text.size() && IsDigit(text[e + 1])))) {
      chain += IsDigit(text[e]);
      ++e;
    }
    if (chain >= kMinFirstDigits) return false;
    k = e;
  }
  return false;
}

// A number whose first groups end the ad's title (its first line) and whose rest stands in the
// text after an ellipsis or a word that says the rest ("POPPY 415 | Bristol⏎⏎… call or text …
// 555 0152", "Title: Poppy ☎ 086…⏎Description: rest of my number: 222 1359", "Titolo: Elisa ☎
// 388…⏎Descrizione: ultime cifre 515 7194"): the title's last digit run, two to seven digits,
// ends its line or stands before an ellipsis or a '|' (a field's border, "| City"), and the two
// validate together. Tried for a run of the text of at most kMaxRestDigits digits (the rest:
// `g`, ending at `run_end`) that a cue leads (CueBeforeRest), before it is read alone (the rest
// may be a valid number alone: "222 1359", an Irish landline). `title` caches the title's run:
// [start, end) and its digits, found once per text.
struct TitleRun {
  bool looked = false;
  size_t line_end = 0;  // the title line's end (0: no title run)
  size_t start = 0, end = 0;
  std::array<char, kMaxDigits + 1> digits{};
  size_t count = 0;
};
constexpr size_t kMaxTitleRunDigits = 7;
constexpr size_t kMinTitleRestOffset = 4;  // a title line and its break stand before the rest
void FindTitleRun(std::string_view text, TitleRun& title) {
  title.looked = true;
  const size_t limit = std::min(text.size(), kMaxTitleEnd);
  const size_t nl = text.find('\n');
  if (nl == std::string_view::npos || nl > limit) return;
  // The title's last digit, then its run back over single separators.
  size_t e = nl;
  while (e > 0 && !IsDigit(text[e - 1])) --e;
  if (e == 0) return;
  // After it on its line: blanks, then the line's end, an ellipsis ("086…", NFKC's "...") or a
  // '|' ("415 | Bristol").
  size_t k = e;
  while (k < nl && (text[k] == ' ' || text[k] == '\t' || text[k] == '\r')) ++k;
  if (!(k == nl || text[k] == '|' || text.compare(k, 3, "...") == 0)) return;
  size_t s = e;
  size_t count = 0;
  while (s > 0) {
    if (IsDigit(text[s - 1])) {
      --s;
      ++count;
      continue;
    }
    if (s >= 2 && (text[s - 1] == ' ' || text[s - 1] == '-' || text[s - 1] == '.') &&
        IsDigit(text[s - 2])) {
      --s;
      continue;
    }
    break;
  }
  if (count < kMinRestDigits || count > kMaxTitleRunDigits) return;
  // Glued to a word ("A3", "Top10"), or a time or a figure with a unit before it: no number's.
  if (s > 0 && (AsciiLetter(text[s - 1]) || text[s - 1] == ':' || text[s - 1] == ',' ||
                text[s - 1] == '/' || text[s - 1] == '+')) {
    return;
  }
  title.line_end = nl;
  title.start = s;
  title.end = e;
  for (size_t d = s; d < e; ++d) {
    if (IsDigit(text[d])) title.digits[title.count++] = text[d];
  }
}

[[gnu::noinline]] bool JoinTitleStart(std::string_view text, std::span<const Group> g,
                                      size_t run_digits, TitleRun& title, ScanState& state) {
  if (!title.looked) FindTitleRun(text, title);
  if (title.line_end == 0 || g[0].start <= title.line_end) return false;
  if (title.count + run_digits > kMaxDigits || title.count + run_digits < kMinDigits) return false;
  if (CueBeforeRest(text, title.line_end, g[0].start) == 0) return false;
  // In a region that writes its trunk prefix nationally (not US or IT), the title's part starts
  // with it (or with the international prefix's 0).
  if (!state.region.empty() && WritesTrunkPrefix(state.region)) {
    const std::string trunk = TrunkPrefix(state.region);
    if (!trunk.empty() && title.digits[0] != trunk[0] && title.digits[0] != '0') return false;
  }
  if (state.Claimed(title.start, title.end) || state.Claimed(g[0].lead, g.back().end)) return false;
  std::array<char, kMaxDigits + 1> candidate;
  size_t length = 0;
  uint64_t value = 0;
  const auto add = [&](char c) {
    candidate[length++] = c;
    value = value * 10 + static_cast<uint64_t>(c - '0');
  };
  for (size_t d = 0; d < title.count; ++d) add(title.digits[d]);
  for (const Group& group : g) {
    for (size_t d = group.start; d < group.end; ++d) add(text[d]);
  }
  const ValidPhone* phone =
      ValidateCandidate(std::string_view(candidate.data(), length), state.region, value);
  if (phone == nullptr) return false;
  EmitPhone(*phone, title.start, g.back().end, state);
  return true;
}

// Whether the capitals `word` are a parcel carrier's name, which stands before its tracking codes
// ("DHL JJD 0012 …", "GLS 6140 2270 1234"). Read only in capitals, after the run's capitals were
// found: in the decoy words, "ups" and "tnt" would cost a look-up before every "Tel".
bool CarrierCapitals(std::string_view word) {
  static constexpr std::array<std::string_view, 6> kCarriers = {"DHL", "DPD", "GLS",
                                                                "UPS", "TNT", "USPS"};
  return std::find(kCarriers.begin(), kCarriers.end(), word) != kCarriers.end();
}

// Whether the run `g` (after two capitals) is the rest of a UPU S10 item identifier ("RR 612 345
// 671 ES", UPU S10 standard: two service capitals, an eight-digit serial, its check digit, two
// country capitals): nine digits, the country's capitals after them standing alone, and the check
// digit 11 minus the serial's sum weighted 8 6 4 2 3 5 9 7 modulo 11 (10 gives 0, 11 gives 5).
constexpr size_t kS10Digits = 9;
bool IsS10Rest(std::string_view text, std::span<const Group> g, size_t groups) {
  constexpr std::array<int, 8> kWeights = {8, 6, 4, 2, 3, 5, 9, 7};
  std::array<int, kS10Digits> digits{};
  size_t n = 0;
  for (size_t k = 0; k < groups; ++k) {
    for (size_t d = g[k].start; d < g[k].end; ++d) {
      if (n == digits.size()) return false;
      digits[n++] = text[d] - '0';
    }
  }
  if (n != digits.size()) return false;
  size_t e = g[groups - 1].end;
  if (e < text.size() && text[e] == ' ') ++e;
  if (e + 2 > text.size() || !IsAsciiUpper(text[e]) || !IsAsciiUpper(text[e + 1]) ||
      (e + 2 < text.size() && IsWordByte(text[e + 2]))) {
    return false;
  }
  int sum = 0;
  for (size_t k = 0; k < kWeights.size(); ++k) sum += digits[k] * kWeights[k];
  const int check = 11 - sum % 11;
  return digits[8] == (check == 10 ? 0 : check == 11 ? 5 : check);
}

// The groups of the run `g` that are a parcel's tracking code (0 when it is none): a UPU S10
// identifier (IsS10Rest: "RR 612 345 671 ES", "RR612345671ES"), or the carrier's capitals before
// its first group, glued (two to four: "JJD000390007827") or one space apart (three or four:
// "JJD 5206 0090 3495 4636", "GLS 6140 2270 1234"), where the capitals are a
// carrier's name, a tracking label or a carrier's name stands before them ("Tracking JJD 4189 …",
// "Nr przesyłki JJD …", "Трек-номер JJD …", "DHL JJD …") or the digits are more than a phone has.
// The code is one token: it takes the run's groups up to a '+' or the line's end.
size_t GroupsOfParcelCode(std::string_view text, std::span<const Group> g) {
  constexpr size_t kMostCapitals = 4;
  if (g.front().plus) return 0;
  const size_t e = g.front().lead;
  const bool glued = e > 0 && IsAsciiUpper(text[e - 1]);
  const size_t letters_end = glued ? e : (e > 1 && text[e - 1] == ' ' ? e - 1 : 0);
  size_t s = letters_end;
  while (s > 0 && letters_end - s <= kMostCapitals && IsAsciiUpper(text[s - 1])) --s;
  const size_t capitals = letters_end - s;
  if (capitals < 2 || capitals > kMostCapitals || (s > 0 && IsWordByte(text[s - 1]))) return 0;
  size_t groups = 0, digits = 0;
  while (groups < g.size() && !g[groups].plus &&
         (groups == 0 || g[groups].separator_before != kLineBreak)) {
    digits += g[groups].end - g[groups].start;
    ++groups;
  }
  if (capitals == 2 && digits == kS10Digits && IsS10Rest(text, g, groups)) return groups;
  // Two capitals one space apart are a country's or a word's ("UK 07700 …") unless they open S10.
  if ((capitals == 2 && !glued) || CapitalsNameAPhone(text.substr(s, capitals))) return 0;
  // More digits than a phone has, after capitals of no carrier and no label: a code glued to its
  // capitals, or printed in fours as tracking codes are ("JJD 5206 0090 3495 4636"); not two
  // phones after a word of capitals ("VIP 07700 900123 07700 900456").
  bool in_fours = true;
  for (size_t k = 0; k < groups; ++k) in_fours = in_fours && g[k].end - g[k].start == 4;
  if ((digits > kMaxE164Digits && (glued || in_fours)) ||
      CarrierCapitals(text.substr(s, capitals)) || CarrierCapitals(WordBefore(text, s)) ||
      !DecoyBefore(text, s).empty()) {
    return groups;
  }
  return 0;
}

// Whether the 15 digits of `g`'s first four groups pass the Luhn check (ISO/IEC 7812-1 annex B),
// as an IMEI's check digit makes them (3GPP TS 23.003 6.2.1, annex B).
bool LuhnValid(std::string_view text, std::span<const Group> g) {
  std::array<int, 16> digits{};
  size_t n = 0;
  for (size_t k = 0; k < 4; ++k) {
    for (size_t d = g[k].start; d < g[k].end && n < digits.size(); ++d) digits[n++] = text[d] - '0';
  }
  int sum = 0;
  for (size_t k = 0; k < n; ++k) {
    const int d = digits[n - 1 - k];
    sum += k % 2 == 1 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d;
  }
  return sum % 10 == 0;
}

// The groups of the run `g` that are a phone's IMEI written as it is printed, with no label before
// it (0 when they are none): the reporting body, the rest of the type allocation code, the serial
// number and the check digit, 2-6-6-1 ("35 545099 484353 8", also with dashes or slashes), the 15
// digits Luhn-valid; or an IMEISV, whose two software-version digits replace the check digit
// (2-6-6-2, 16 digits). No phone is written in these groups; a label ("IMEI") is read by
// GroupsClaimedByDecoy whatever the grouping.
size_t GroupsOfImei(std::string_view text, std::span<const Group> g) {
  if (g.size() < 4 || g.front().plus) return 0;
  constexpr std::array<size_t, 3> kTacSerial = {2, 6, 6};
  for (size_t k = 0; k < kTacSerial.size(); ++k) {
    if (g[k].end - g[k].start != kTacSerial[k]) return 0;
  }
  const char separator = g[1].separator_before;
  if (separator == kLineBreak || g[2].separator_before != separator ||
      g[3].separator_before != separator || g[3].plus) {
    return 0;
  }
  const size_t last = g[3].end - g[3].start;
  if (last == 2 || (last == 1 && LuhnValid(text, g))) return 4;
  return 0;
}

void ExtractPhones(std::span<const Hit> hits, ScanState& state) {
  const std::string_view text = state.text;
  size_t done = 0;                             // runs before this offset have been examined
  std::array<char, kMaxDigits + 1> candidate;  // the digits of a window of groups, and a '+'
  TitleRun title;                              // JoinTitleStart's, found on its first call
  for (const Hit& hit : hits) {
    // The hit ends on the byte after a digit group (or at the end of the text, or, past an
    // artificial window end, one byte beyond it): `to` is the end of the group.
    // A hit joins the matches of digit groups that end within 8 bytes of each other (extract.cpp),
    // which may belong to two runs ("07700 900123, 07700 900456"): `from` is where the first
    // match ended, and every run from there to `to` is read.
    const auto group_end = [&](size_t match_end) {
      size_t end = std::min(match_end, text.size());
      if (end > 0 && !IsDigit(text[end - 1])) --end;
      return end;
    };
    const size_t to = group_end(hit.to);
    if (to <= done) continue;
    // Walk back to where the first run may start.
    const size_t floor = std::max(done, to > 256 ? to - 256 : 0);
    size_t start = RunStart(text, floor, std::clamp(group_end(hit.from), floor, to));
    // A run whose first digits end the line above ("+31 6⏎19 37 52 84") starts there.
    if (start > floor &&
        (text[start - 1] == '\n' || text[start - 1] == '>' || text[start - 1] == '\r')) {
      if (const size_t above = PreviousLineGroupEnd(text, floor, start); above != 0)
        start = RunStart(text, floor, above);
    }
    done = ForEachRun(text, start, to, [&](std::span<const Group> g, size_t run_end) {
      // Too few digits for any window ("Postcode 75012", "Views: 12 345"): nothing to read, not
      // even the word before it, unless its rest follows after a cue ("07700 9… [Show number]").
      size_t run_digits = 0;
      for (const Group& group : g) run_digits += group.end - group.start;
      // A rest whose first groups end the title ("POPPY 415 | Bristol⏎⏎… 555 0152").
      if (run_digits <= kMaxRestDigits && !g[0].plus && g[0].start > kMinTitleRestOffset &&
          JoinTitleStart(text, g, run_digits, title, state)) {
        return;
      }
      if (run_digits < kMinDigits) {
        if (run_digits >= kMinFirstDigits) JoinContinuation(text, g, 0, run_end, state);
        return;
      }
      // "Since 2019 0912 123 456": the keyword claims the first group; an identifier's word
      // ("Kundennr. 4917 6482 1593") the groups of the identifier.
      size_t i = std::max({GroupsClaimedByDecoy(text, g), GroupsOfParcelCode(text, g),
                           GroupsOfImei(text, g), Isbn13At(text, g, 0)});
      const bool last_followed_by_unit = FollowedByUnit(text, g.back().start, g.back().end);
      size_t tail = i;  // the groups from here on are in no number, date, time or price list
      while (i < g.size()) {
        // A date takes its groups: "Dodano 16.04.2024 o 23:27" (the "o" folded to 0) is no
        // number 160420240.
        if (StartsWithDate(text, g, i)) {
          i += 3;
          tail = i;
          continue;
        }
        // Opening hours and price lists take theirs: "open 20.00-04.00", "Preise 150/250/400".
        const char next_separator = i + 1 < g.size() ? g[i + 1].separator_before : '\0';
        if (next_separator == '.' && StartsWithTimeRange(text, g, i)) {
          i += 4;
          tail = i;
          continue;
        }
        // Coordinates and references with a year take theirs: "52.37021, 4.89521",
        // "FV/434/03/2026".
        size_t decoy = 0;
        if (next_separator == '.') {
          decoy = CoordinatesAt(text, g, i);
        } else if (next_separator == '-' || next_separator == '/') {
          decoy = YearReferenceAt(text, g, i);
        }
        if (decoy == 0) decoy = Isbn13At(text, g, i);
        if (decoy > 0) {
          i += decoy;
          tail = i;
          continue;
        }
        if (next_separator == '/') {
          if (const size_t prices = PriceListAt(text, g, i); prices > 0) {
            i += prices;
            tail = i;
            continue;
          }
        }
        // "Alice (37) 368 570 3654": the age is no area code; the number starts after it.
        if (BracketedAgeBeforeNumber(text, g, i, state.region)) {
          ++i;
          continue;
        }
        // The windows starting at group i, longest first: they end at groups [first_end,
        // last_end) (every group has a digit, so once a window has kMinDigits, the longer ones
        // have too, up to kMaxDigits).
        size_t digits = 0;
        size_t first_end = g.size(), last_end = g.size();
        size_t next_line = g.size();  // the first group on the next line, when the run has one
        for (size_t j = i; j < g.size(); ++j) {
          if (j > i && (g[j].plus || g[j].separator_before == kLineBreak)) {
            if (!g[j].plus) next_line = j;
            last_end = j;
            break;
          }
          digits += g[j].end - g[j].start;
          if (digits > kMaxDigits) {
            last_end = j;
            break;
          }
          if (digits >= kMinDigits && first_end == g.size()) first_end = j;
        }
        if (first_end > last_end) first_end = last_end;  // no window
        // A window reaches no further than a date that starts after its first group, set apart
        // by another separator than its own: "#68884 · 05.12.2026" is a tip's number and a date,
        // not 0688 840 512 ("06.12.05.20.26" is a number in pairs).
        size_t date_from = g.size();
        for (size_t k = i + 1; k < last_end && k + 2 < g.size(); ++k) {
          if (g[k].separator_before != g[k + 1].separator_before && StartsWithDate(text, g, k)) {
            date_from = k;
            break;
          }
        }
        bool matched = false;
        for (size_t end_group = last_end; end_group > first_end; --end_group) {
          const size_t j = end_group - 1;
          if (j >= date_from) continue;
          if (LooksLikeDate(text, g, i, j)) continue;
          if (j + 1 == g.size() && last_followed_by_unit) continue;
          if (state.Claimed(g[i].lead, g[j].end)) continue;
          // A byte at a time: the groups are a few digits each, and an append per group called
          // memcpy.
          size_t length = 0;
          uint64_t value = 0;
          if (g[i].plus) candidate[length++] = '+';
          for (size_t k = i; k <= j; ++k) {
            for (size_t d = g[k].start; d < g[k].end; ++d) {
              candidate[length++] = text[d];
              value = value * 10 + static_cast<uint64_t>(text[d] - '0');
            }
          }
          const ValidPhone* phone = nullptr;
          if (!g[i].plus && candidate[0] != '0' && BracketedAreaCode(text, g, i, j)) {
            phone =
                ValidateWithTrunkPrefix(std::string_view(candidate.data(), length), state.region);
          }
          if (phone == nullptr) {
            phone =
                ValidateCandidate(std::string_view(candidate.data(), length), state.region, value);
          }
          if (phone == nullptr) continue;
          EmitPhone(*phone, g[i].lead, g[j].end, state);
          i = j + 1;
          matched = true;
          break;
        }
        if (!matched && next_line < g.size()) {
          if (const size_t j =
                  JoinAcrossLineBreak(text, g, i, next_line, last_followed_by_unit, state);
              j != 0) {
            i = j + 1;
            matched = true;
          }
        }
        if (!matched) ++i;
        if (matched) tail = i;
      }
      // The groups after the last number, a number's first part whose rest follows after a cue.
      if (tail < g.size() && !last_followed_by_unit)
        JoinContinuation(text, g, tail, run_end, state);
    });
  }
}

// The matches of kPatterns[0] (see there), found without Vectorscan: each ends on the byte after
// a group of digits (or at the end of the text) whose last digit is at least the fifth of a chain
// of digits with at most kMaxSeparator separator bytes between neighbours. Like `$`, a match also
// ends right before a newline that ends the text (reported last, as Vectorscan does).
bool IsRunSeparator(char c) {
  return IsSeparator(c);  // the same bytes as the pattern's [ \t.\-/()~*_]
}
void FindDigitRuns(const ByteClasses& classes, uint32_t pattern, std::vector<Hit>& out) {
  const std::string_view text = classes.text;
  const size_t n = text.size();
  size_t chain = 0;     // digits of the chain through the previous group
  size_t last_end = 0;  // where the previous group ended
  // Hits gather here and go to `out` a batch at a time: push_back was a call per hit.
  std::array<Hit, 256> batch;
  size_t batched = 0;
  const auto add = [&](size_t end) {
    if (batched == batch.size()) {
      out.insert(out.end(), batch.begin(), batch.end());
      batched = 0;
    }
    batch[batched++] = Hit{pattern, end, end};
  };
  ForEachRunStart(classes.digit, [&](size_t i) {
    // The chain goes on over at most three separator bytes (no digits lie between the groups):
    // most groups are further apart, and are told so by their distance alone.
    if (i - last_end > kMaxSeparator ||
        !std::all_of(text.begin() + static_cast<std::ptrdiff_t>(last_end),
                     text.begin() + static_cast<std::ptrdiff_t>(i), IsRunSeparator)) {
      chain = 0;
    }
    const size_t j = EndOfRun(classes.digit, i);
    chain += j - i;
    if (chain >= 5) {
      add(j < n ? j + 1 : n);
      // Vectorscan reports the match `$` finds before a final newline after the one that ends
      // on the newline.
      if (j + 1 == n && text[j] == '\n') add(j);
    }
    last_end = j;
  });
  out.insert(out.end(), batch.begin(), batch.begin() + static_cast<std::ptrdiff_t>(batched));
}

constexpr PrescanPattern kPatterns[] = {
    // Five digits with short separator runs between them, then the byte that ends their group (or
    // the end of the text): fires at the end of the groups of every run of digit groups that has
    // the seven digits a phone number needs (ExtractPhones reads the whole run around the hit).
    // Five, not seven, keeps the pattern short, and with it the pre-filter's windows around every
    // digit (prefilter.h): the widest digit pattern sets their margin. Ending on the group's end,
    // not on every digit, reports a few matches per run instead of one per digit.
    // Found by FindDigitRuns, not by Vectorscan: a pattern of character classes only, which made
    // Vectorscan run an automaton at every digit (about 3 instructions per byte of the bench
    // corpus; FindDigitRuns costs well under one).
    {R"(\d(?:[ \t.\-/()~*_]{0,3}\d){4}(?:\D|$))", 0, kCueDigit, false, FindDigitRuns},
};

// The key of `digits` (led by '+' or not) whose digits have the value `value`, under `region`.
std::optional<PhoneCacheKey> KeyOfValue(std::string_view digits, std::string_view region,
                                        uint64_t value) {
  const bool plus = !digits.empty() && digits[0] == '+';
  if (digits.size() - (plus ? 1 : 0) > 19 || region.size() > 2) return std::nullopt;
  PhoneCacheKey key;
  key.digits = value;
  key.count_and_plus = static_cast<uint16_t>(digits.size() << 1 | (plus ? 1 : 0));
  key.region = PackRegion(region);
  return key;
}

// This thread's cache (with its counts).
PhoneCache& ThreadCache() {
  thread_local PhoneCache cache;
  return cache;
}

// ValidatePhone() with the candidate's cache key (nullopt: not cached).
const ValidPhone* ValidateKeyed(std::string_view digits, std::string_view region,
                                const std::optional<PhoneCacheKey>& key) {
  // Repeated values are common in ads: each distinct candidate is validated once per thread
  // while it is in use (phone_cache.h). A '+' candidate is read without the region hint, so its
  // entry serves every region.
  PhoneCache& cache = ThreadCache();
  ++cache.stats.lookups;
  const bool plus = !digits.empty() && digits[0] == '+';
  if (!key) {
    ++cache.stats.validations;
    thread_local std::optional<ValidPhone> uncached;
    uncached = ValidateUncached(digits, region);
    return uncached ? &*uncached : nullptr;
  }
  const std::optional<ValidPhone>* known = cache.Find(*key);
  if (known != nullptr) {
    ++cache.stats.hits;
  } else {
    ++cache.stats.validations;
    std::optional<ValidPhone> result = ValidateUncached(digits, region);
    // The same number written in E.164 ("+4915123456123" after "0151 23456123") reads as the
    // same number (libphonenumber parses its E.164 form back to it): remember that form too, so
    // the next ad that writes the number with '+' costs no parse.
    if (result && !plus) {
      const std::optional<PhoneCacheKey> e164 = MakePhoneCacheKey(result->e164, std::string_view());
      if (e164 && cache.Find(*e164) == nullptr) cache.Add(*e164, result);
    }
    known = cache.Add(*key, std::move(result));
  }
  return *known ? &**known : nullptr;
}

const ValidPhone* ValidateCandidate(std::string_view digits, std::string_view region,
                                    uint64_t value) {
  const bool plus = !digits.empty() && digits[0] == '+';
  const std::string_view key_region = plus ? std::string_view() : region;
  return ValidateKeyed(digits, region, KeyOfValue(digits, key_region, value));
}

}  // namespace

const ValidPhone* ValidatePhone(std::string_view digits, std::string_view region) {
  const bool plus = !digits.empty() && digits[0] == '+';
  return ValidateKeyed(digits, region,
                       MakePhoneCacheKey(digits, plus ? std::string_view() : region));
}

PhoneCacheStats ThreadPhoneCacheStats() {
  PhoneCacheStats stats = ThreadCache().stats;
  stats.turnovers = ThreadCache().turnovers();
  return stats;
}

extern const ExtractorInfo kPhoneExtractor = {
    "phone",
    "Phone numbers in national or international format, validated with libphonenumber; value E.164",
    23,
    "libphonenumber metadata (ITU-T E.164); indicators.md 2F",
    kPatterns,
    ExtractPhones,
};

size_t CountryCodeLength(std::string_view digits) {
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  int code = 0;
  for (size_t k = 0; k < 3 && k < digits.size(); ++k) {
    if (digits[k] < '0' || digits[k] > '9') return 0;
    code = code * 10 + (digits[k] - '0');
    if (code == 0) return 0;
    std::string region;
    util.GetRegionCodeForCountryCode(code, &region);
    if (region != "ZZ") return k + 1;
  }
  return 0;
}

}  // namespace ariadne::extract
