// The computed checks (see checks.h).
#include "flag/checks.h"

#include <fmt/format.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <iterator>
#include <span>

#include "flag/pay.h"
#include "flag/working_time.h"

namespace ariadne::flag {
namespace {

// The lists the computed checks read by name (and "language", the names "{language}" stands for).
// data/markers.toml may also define any list a `near` of a pack names (NearCheck).
constexpr std::string_view kKnownMarkers[] = {"employer",
                                              "legal-form",
                                              "domain",
                                              "free-mail",
                                              "mail-named",
                                              "social-site",
                                              "phone",
                                              "email",
                                              "handle",
                                              "private-message",
                                              "reader-offer",
                                              "answer-here",
                                              "reach-out",
                                              "pay",
                                              "amount",
                                              "cost",
                                              "age",
                                              "size",
                                              "height",
                                              "language",
                                              "micro-task",
                                              "task-unlock",
                                              "fee-word",
                                              "hub-role",
                                              "hub-place",
                                              "hub-town",
                                              "hub-trip",
                                              "ent-role",
                                              "taken-from-pay",
                                              "clock-range",
                                              "opening-hours",
                                              "address-in-words",
                                              "day-start",
                                              "day-end",
                                              "calls-accepted",
                                              "we-possessive",
                                              "hair-light",
                                              "hair-dark",
                                              "hair-red",
                                              "photos-real",
                                              "photos-not-own",
                                              "age-thirties",
                                              "age-forties",
                                              "age-fifties",
                                              "speaks-fluent",
                                              "speaks-only",
                                              "invoice-rate",
                                              "one-day-job",
                                              "firm-word",
                                              "weight",
                                              "experience-years",
                                              "register-abroad",
                                              "task-account",
                                              "alone-claim",
                                              "helper-mine",
                                              "native-claim",
                                              "speaks-not",
                                              "phone-spread",
                                              "phone-slashed",
                                              "recruit-for-client",
                                              "public-body",
                                              "age-seen",
                                              "age-just-turned",
                                              "she-he"};
// The lists whose every hit matters to a computed check: spans compared, values read, or hits
// paired by distance. Every hit of a list a `near` names is kept too (a list's first hit may be
// in another sentence than the one that pairs).
constexpr std::string_view kEveryHit[] = {"domain",
                                          "free-mail",
                                          "mail-named",
                                          "social-site",
                                          "amount",
                                          "cost",
                                          "age",
                                          "size",
                                          "height",
                                          "fee-word",
                                          "pay",
                                          "clock-range",
                                          "opening-hours",
                                          "day-start",
                                          "day-end",
                                          "address-in-words",
                                          "taken-from-pay",
                                          "we-possessive",
                                          "language",
                                          "speaks-fluent",
                                          "speaks-only",
                                          "invoice-rate",
                                          "firm-word",
                                          "weight",
                                          "experience-years",
                                          "age-seen",
                                          "age-just-turned",
                                          "she-he"};
// How to reach whoever placed the ad: what makes a text a whole ad rather than a fragment. A
// recruiter's chat message, a forum reply or a friend's tip has no number: it speaks to the reader
// ("Hi Marek, it's Olli", "I'll give you her number"), and that is how one applies. So does a
// message to a group ("Reply in this group", "Пишите «+» в группу") or a letter with a subject
// line (a labour supplier's e-mail to a site manager): one answers it where it came (answer-here).
constexpr std::string_view kContactLists[] = {
    "phone", "email", "handle", "private-message", "reader-offer", "answer-here", "reach-out"};

// Ages and dress sizes this far apart in one ad are two different people or a copied profile
// (S-DISCREP). Six years is beyond "looks younger" (every labelled set marks an ad that gives
// 22 and 28 as two people; two friends advertising together are seldom written as one person);
// eight sizes span UK 6-14 or EU 34-42.
constexpr int kAgeGap = 6;
constexpr int kSizeGap = 8;
// Heights 15 cm apart are two bodies ("petite, 1m58" and "grande, 1m80"), never one in heels.
constexpr int kHeightGapCm = 15;
constexpr int kMinHeightCm = 140;
constexpr int kMaxHeightCm = 199;
constexpr int kMinAge = 18;
constexpr int kMaxAge = 99;
// An age the person was seen or said to look ("she looked maybe 16", "на вид лет 16") is read
// from 12: a client who says so reports a child, the gravest discrepancy with the ad's age
// (flag39).
constexpr int kMinSeenAge = 12;
// A birthday just past ("turned 18 this spring", "vient d'avoir 19 ans") is the age now: another
// age two years from it in the same ad cannot be the same person's (flag39).
constexpr int kJustTurnedGap = 2;
// Body weights 20 kg apart are two bodies ("48 kg" and "90 kg"), never one person's good and bad
// months; weights are read from 35 to 99 kg (SmallNumbers reads two digits).
constexpr int kWeightGapKg = 20;
constexpr int kMinWeightKg = 35;
constexpr int kMaxWeightKg = 99;
// Nobody has worked in adult services since before 16: "19, with 20 years of experience" or "21,
// two decades in the business" are two people or a copied profile (an age minus the years of
// experience below this).
constexpr int kMinStartAge = 16;

bool IsDigit(char c) {
  return c >= '0' && c <= '9';
}

bool Overlaps(const MarkerHit& a, const MarkerHit& b) {
  return a.start < b.end && b.start < a.end;
}

// A number this close after a company identifier ("SIRET 123 456 789 00012", "ИНН 7701234567")
// is the identifier's value, not a phone number.
constexpr size_t kIdentifierValueBytes = 8;

bool FollowsIdentifier(const MarkerHits& hits, const MarkerHit& number) {
  const auto& employer = hits.Of("employer");
  return std::any_of(employer.begin(), employer.end(), [&](const MarkerHit& e) {
    return e.end <= number.start + 1 && number.start <= e.end + kIdentifierValueBytes;
  });
}

bool IsPhoneSeparator(char c) {
  return c == ' ' || c == '(' || c == ')' || c == '.' || c == '/' || c == '-';
}

// A phone hit ends where the pattern first matched (nine digits, single-match mode): extended over
// the rest of the number, so that the flag quotes all of it.
MarkerHit WholeNumber(std::string_view text, MarkerHit hit) {
  while (hit.end < text.size()) {
    if (IsDigit(text[hit.end])) {
      ++hit.end;
    } else if (IsPhoneSeparator(text[hit.end]) && hit.end + 1 < text.size() &&
               IsDigit(text[hit.end + 1])) {
      hit.end += 2;
    } else {
      break;
    }
  }
  return hit;
}

// The end of the last amount of money `number` runs into, 0 for none: the two figures of a pay
// range read as one long number ("27 093 – 30 000 грн", "5 400 - 5 800 zł brutto") are pay, no
// phone number.
size_t AmountEndIn(const MarkerHits& hits, const MarkerHit& number) {
  size_t end = 0;
  for (const MarkerHit& amount : hits.Of("amount")) {
    if (amount.start < number.end && number.start < amount.end) end = std::max(end, amount.end);
  }
  return end;
}

// The first number from `from` with 9 or more digits, at most three phone separators between two
// of them (the `phone` list's pattern), whole; the digits of a number `from` is inside are
// skipped. The `phone` list reports one hit (single-match mode): this finds the number after the
// one a pay range took.
std::optional<MarkerHit> NextNumber(std::string_view text, size_t from) {
  size_t i = from;
  while (i < text.size() && (IsDigit(text[i]) || ((text[i] == '.' || text[i] == ',') &&
                                                  i + 1 < text.size() && IsDigit(text[i + 1])))) {
    ++i;
  }
  while (i < text.size()) {
    if (!IsDigit(text[i])) {
      ++i;
      continue;
    }
    size_t digits = 0;
    size_t j = i;
    size_t end = i;
    while (j < text.size()) {
      if (IsDigit(text[j])) {
        ++digits;
        end = ++j;
        continue;
      }
      size_t k = j;
      while (k < text.size() && k - j < 3 && IsPhoneSeparator(text[k])) ++k;
      if (k == j || k >= text.size() || !IsDigit(text[k])) break;
      j = k;
    }
    if (digits >= 9) return MarkerHit{i, end};
    i = end;
  }
  return std::nullopt;
}

std::vector<MarkerHit> PhoneHits(const MarkerHits& hits) {
  std::vector<MarkerHit> phones;
  for (const MarkerHit& hit : hits.Of("phone")) {
    std::optional<MarkerHit> number = WholeNumber(hits.text(), hit);
    for (int guard = 0; number && guard < 16; ++guard) {
      if (FollowsIdentifier(hits, *number)) break;
      const size_t past = AmountEndIn(hits, *number);
      if (past == 0) {
        phones.push_back(*number);
        break;
      }
      number = NextNumber(hits.text(), past);
    }
  }
  return phones;
}

std::vector<MarkerHit> ContactHits(const MarkerHits& hits) {
  std::vector<MarkerHit> contact = PhoneHits(hits);
  for (std::string_view list : kContactLists) {
    if (list == "phone") continue;
    const auto& of = hits.Of(list);
    contact.insert(contact.end(), of.begin(), of.end());
  }
  std::sort(contact.begin(), contact.end(),
            [](const MarkerHit& a, const MarkerHit& b) { return a.start < b.start; });
  return contact;
}

// A "domain" right before an "@" is the first half of an e-mail address ("croisiere.jobs@yahoo…",
// "opieka.de@wp…"): it names no website.
bool IsMailboxName(std::string_view text, const MarkerHit& domain) {
  return domain.end < text.size() && text[domain.end] == '@';
}

// Whether a domain named after a mail provider or mail itself on a domain that is not the
// provider's ("castinglounge@mail.example") counts as the employer's own. It is a company's domain
// (only a real provider's is free mail, so J-PHONEONLY does not read it as free mail), but it
// names no business one can trace (J-EMPL).
enum class MailNamed { kOwn, kUntraceable };

// A web or e-mail domain that is not a free-mail provider's or a social or messenger site's: the
// employer's own site or mail.
bool HasOwnDomain(const MarkerHits& hits, MailNamed mail_named) {
  for (const MarkerHit& domain : hits.Of("domain")) {
    if (IsMailboxName(hits.text(), domain)) continue;
    const auto shared = [&](std::string_view list) {
      const auto& of = hits.Of(list);
      return std::any_of(of.begin(), of.end(),
                         [&](const MarkerHit& h) { return Overlaps(h, domain); });
    };
    if (mail_named == MailNamed::kUntraceable && shared("mail-named")) continue;
    if (!shared("free-mail") && !shared("social-site")) return true;
  }
  return false;
}

// A registration or VAT number, a street address or the firm's own website or mail: a business
// one can trace, not only a name.
// A register abroad counts as at home: a Danish CVR number in a Spanish ad is as traceable as a
// CIF.
// A public body named by its status ("établissement public", "ГБУЗ", "NHS Trust") is in public
// registers too.
bool TraceableBusiness(const MarkerHits& hits, MailNamed mail_named) {
  return hits.Any("employer") || hits.Any("register-abroad") || hits.Any("public-body") ||
         HasOwnDomain(hits, mail_named);
}

bool NamesEmployer(const MarkerHits& hits) {
  return TraceableBusiness(hits, MailNamed::kUntraceable) || hits.Any("legal-form");
}

bool NamesFirm(const MarkerHits& hits);  // below, with the capital letters

std::optional<CheckFinding> NoEmployer(const MarkerHits& hits) {
  std::vector<MarkerHit> contact = ContactHits(hits);
  if (contact.empty() || NamesEmployer(hits) || NamesFirm(hits)) return std::nullopt;
  return CheckFinding{std::move(contact),
                      "no company name or legal form, registration or VAT number, street address "
                      "or website found",
                      "how to apply", true};
}

std::optional<CheckFinding> PhoneOrFreeMailOnly(const MarkerHits& hits) {
  std::vector<MarkerHit> contact = PhoneHits(hits);
  for (const MarkerHit& mail : hits.Of("free-mail")) contact.push_back(mail);
  // A landline answers for a business ("no landline" in the indicator's definition), and so do a
  // registration number, a street address or the firm's own domain. A legal form alone does not:
  // the knowledge base reads the contact given ("only a mobile number or a free-mail address"),
  // and "FlexPlus B.V., bel/app 06…" is that (J-EMPL reads the name).
  if (contact.empty() || TraceableBusiness(hits, MailNamed::kOwn) || hits.names_landline()) {
    return std::nullopt;
  }
  std::sort(contact.begin(), contact.end(),
            [](const MarkerHit& a, const MarkerHit& b) { return a.start < b.start; });
  return CheckFinding{std::move(contact),
                      "no registration number, street address, website, company e-mail or landline "
                      "found besides it",
                      "contact", true};
}

bool NamedAsFee(const MarkerHits& hits, const MarkerHit& amount);  // J-FEE's reading, below

// An amount followed, within four words in one sentence, by words that take it from pay or name
// what it pays for ("€110 p/w, gaat van je loon af", "100€/tydz. potrącane z wypłaty", "5€ al
// giorno trattenuti", "€25 p/w voor het busje"): a deduction, not pay. Only a line break, "!",
// "?" or ";" ends the sentence here: the full stop of an abbreviated period ("tydz.", "mies.")
// belongs to the amount.
constexpr int kTakenFromPayWords = 4;

bool TakenFromPay(const MarkerHits& hits, size_t amount_end) {
  const std::string_view text = hits.text();
  for (const MarkerHit& taken : hits.Of("taken-from-pay")) {
    if (taken.start < amount_end) continue;
    int words = 0;
    bool in_word = false;
    bool ended = false;
    for (size_t i = amount_end; i < taken.start && !ended; ++i) {
      const char c = text[i];
      ended = c == '\n' || c == '!' || c == '?' || c == ';';
      const bool space = c == ' ';
      if (!space && !in_word) ++words;
      in_word = !space;
    }
    if (!ended && words <= kTakenFromPayWords) return true;
  }
  return false;
}

// An amount that a cost word ("fee", "deposit", "rent") names, that J-FEE's reading takes for a
// payment by the worker ("€300 bemiddeling", "За мою послугу 200 євро") or that is taken from pay.
bool IsCost(const MarkerHits& hits, const MarkerHit& amount) {
  const auto& costs = hits.Of("cost");
  return std::any_of(costs.begin(), costs.end(),
                     [&](const MarkerHit& c) { return Overlaps(c, amount); }) ||
         NamedAsFee(hits, amount) || TakenFromPay(hits, amount.end);
}

// An amount of money that is no cost: in a job ad, pay.
bool HasPayAmount(const MarkerHits& hits) {
  const auto& amounts = hits.Of("amount");
  return std::any_of(amounts.begin(), amounts.end(),
                     [&](const MarkerHit& amount) { return !IsCost(hits, amount); });
}

// An amount with a currency and a period (the pay reader of J-SAL) that is not taken from pay:
// "5 €/día del sueldo" is a deduction. Cost and fee words nearby are not enough here: "commission
// £300+ per day" is pay, and a fee named in the next words ("300 zł dziennie, opłata 89 zł") has
// an amount of its own.
bool StatesPay(const MarkerHits& hits) {
  for (const StatedPay& pay : FindStatedPay(hits.pay_words(), hits.text(), "")) {
    if (!TakenFromPay(hits, pay.end)) return true;
  }
  return false;
}

// A number of one or two digits that a unit of time follows ("3 months", "14 Stunden", "2 седмици")
// is a duration, not an amount: "Wages are paid in one go after 3 months" states no pay. The text
// is folded to lower case; a unit is read from its first letters ("3 months", "3 Monate", "3
// mesi").
bool StartsDuration(std::string_view text, size_t digit) {
  size_t i = digit;
  while (i < text.size() && IsDigit(text[i])) ++i;
  if (i - digit > 2) return false;
  while (i < text.size() && text[i] == ' ') ++i;
  static constexpr std::string_view kUnits[] = {
      "month",    "week",  "day",     "hour",   "year",   "monat",  "woche", "tag",    "stunde",
      "jahr",     "mois",  "semaine", "jour",   "heure",  "maand",  "weken", "dagen",  "uur",
      "jaar",     "luni",  "lună",    "săptăm", "zile",   "ore",    "месец", "месеца", "седмиц",
      "дни",      "дена",  "час",     "mes",    "semana", "día",    "dia",   "hora",   "año",
      "settiman", "giorn", "ann",     "miesi",  "tydz",   "tygodn", "dni",   "godzin", "месяц",
      "недел",    "дней",  "дня",     "годин",  "місяц",  "тижн",   "днів"};
  const std::string_view rest = text.substr(i);
  return std::any_of(std::begin(kUnits), std::end(kUnits),
                     [&](std::string_view unit) { return rest.substr(0, unit.size()) == unit; });
}

// A pay word whose hit does not end on a cost, a phone number or a duration: a pay word's hit ends
// on the first digit of the amount it names, and "loon af, plus €25 p/w voor het busje" names the
// bus, "hoge verdiensten!! Bel voor info 06 00000000" a phone number, "Wages are paid in one go
// after 3 months" a duration, not pay. A named wage ("minimum wage") ends on no amount.
bool NamesPay(const MarkerHits& hits) {
  const auto& amounts = hits.Of("amount");
  const std::vector<MarkerHit> phones = PhoneHits(hits);
  for (const MarkerHit& pay : hits.Of("pay")) {
    const size_t digit = pay.end - 1;
    const auto holds_digit = [&](const MarkerHit& h) { return h.start <= digit && digit < h.end; };
    const bool names_cost = std::any_of(amounts.begin(), amounts.end(), [&](const MarkerHit& a) {
      return holds_digit(a) && IsCost(hits, a);
    });
    if (names_cost || std::any_of(phones.begin(), phones.end(), holds_digit)) continue;
    if (IsDigit(hits.text()[digit]) && StartsDuration(hits.text(), digit)) continue;
    return true;
  }
  return false;
}

std::optional<CheckFinding> NoPay(const MarkerHits& hits) {
  std::vector<MarkerHit> contact = ContactHits(hits);
  if (contact.empty() || NamesPay(hits) || HasPayAmount(hits) || StatesPay(hits)) {
    return std::nullopt;
  }
  return CheckFinding{std::move(contact),
                      "no pay stated (no amount given as pay, per period, net or gross, and no "
                      "named wage such as a minimum wage or collective agreement)",
                      "how to apply", true};
}

bool IsDash(std::string_view text, size_t at) {
  return at < text.size() && (text[at] == '-' || text.substr(at, 3) == "\u2013");
}

// The numbers of 1-2 digits of a hit that are not part of a range ("18-25") or a longer number.
std::vector<int> SmallNumbers(std::string_view text, const MarkerHit& hit) {
  std::vector<int> numbers;
  for (size_t i = hit.start; i < hit.end;) {
    if (!IsDigit(text[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && IsDigit(text[j])) ++j;
    const bool after_range = i >= 2 && IsDigit(text[i - 2]) && IsDash(text, i - 1);
    const bool before_range = IsDash(text, j) && j + 1 < text.size() && IsDigit(text[j + 1]);
    const bool after_dash3 = i >= 4 && IsDigit(text[i - 4]) && IsDash(text, i - 3);
    const bool before_dash3 = IsDash(text, j) && j + 3 < text.size() && IsDigit(text[j + 3]);
    if (j - i <= 2 && !after_range && !before_range && !after_dash3 && !before_dash3) {
      numbers.push_back(std::atoi(std::string(text.substr(i, j - i)).c_str()));
    }
    i = j;
  }
  return numbers;
}

// Whether `c`, between two digits of a number, is a plain separator: a space of any width, a
// dash, or one of "+()./". Anything else there (an emoji, "*", "_", "~", "|", "•") is put between
// the digits to break automatic collection (flag46).
bool PlainSeparator(UChar32 c) {
  if (c < 0x80)
    return c == ' ' || c == '+' || c == '(' || c == ')' || c == '-' || c == '.' || c == '/';
  return u_isUWhiteSpace(c) || u_charType(c) == U_DASH_PUNCTUATION;
}

// A phone number written to dodge collection (rule R12, table 2F): as written it holds letters
// (digits spelled out, "O" for 0, "З" for 3) or keycap or full-width digits, or its digits are
// split one by one ("0-7-7-0-0 / 9-0-0"), or by emoji or symbols at two places or more
// ("07700💋900💋413", "(4~9~5)1~2~3~4", flag46: one emoji is often a date or a price the
// normaliser joined to the number, "з 3 по 6 ✈️ 07700 900453").
bool IsObscured(std::string_view written) {
  int digits = 0;
  int breaks = 0;
  int symbol_breaks = 0;
  bool after_digit = false;
  bool symbol = false;  // a symbol other than a plain separator since the last digit
  const auto length = static_cast<int32_t>(written.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(written.data(), i, length, c);
    // A letter, a digit other than ASCII (full-width, keycap) or the keycap mark itself.
    if (u_isalpha(c) || (c >= 0x80 && u_isdigit(c)) || c == 0x20E3) return true;
    if (c >= '0' && c <= '9') {
      if (symbol && digits > 0 && ++symbol_breaks >= 2) return true;
      ++digits;
      after_digit = true;
      symbol = false;
      continue;
    }
    if (after_digit) {
      ++breaks;
      after_digit = false;
    }
    if (digits > 0 && !PlainSeparator(c) && !u_isUAlphabetic(c)) symbol = true;
  }
  return digits > 0 && breaks * 2 >= digits;  // most digits stand alone
}

// Numbers of nine digits or more whose groups are split by symbols the phone lists do not take
// as separators ("0888*123*456", "333~123~45~67", "(4~9~5)1~2~3~4~5~6", table 2F O-SEP), at two
// places or more: read from the match text, a group of digits at a time (flag46).
constexpr int kSymbolSplitDigits = 9;
constexpr int kSymbolSplits = 2;

std::vector<MarkerHit> SymbolSplitNumbers(std::string_view text) {
  std::vector<MarkerHit> numbers;
  const auto length = static_cast<int32_t>(text.size());
  int32_t start = -1;  // the first digit of the run
  int32_t last_digit_end = 0;
  int digits = 0;
  int splits = 0;
  bool symbol = false;  // a symbol since the last digit
  const auto close = [&] {
    if (start >= 0 && digits >= kSymbolSplitDigits && splits >= kSymbolSplits) {
      numbers.push_back({static_cast<size_t>(start), static_cast<size_t>(last_digit_end)});
    }
    start = -1;
    digits = splits = 0;
    symbol = false;
  };
  for (int32_t i = 0; i < length;) {
    const int32_t at = i;
    UChar32 c = 0;
    U8_NEXT(text.data(), i, length, c);
    if (c >= '0' && c <= '9') {
      if (start < 0) start = at;
      if (symbol) ++splits;
      symbol = false;
      ++digits;
      last_digit_end = i;
    } else if (start >= 0 && (u_isalpha(c) || c == '\n' || i - last_digit_end > 8)) {
      close();  // a word or a line ends the number; so do separators longer than two symbols
    } else if (start >= 0 && c != ' ' && !PlainSeparator(c)) {
      symbol = true;
    }
  }
  close();
  return numbers;
}

// A phone number whose last digit is split off as a group of its own, every group split by the
// same separator ("07700 – 900 – 31 – 7", "07700 900 61 4"): no numbering plan writes a number so
// (flag49). Not a whole number and then a count ("07700 900412 – 2 hours": two kinds of
// separator), nor ages, heights and weights in a row ("24 – 170 – 55 – 3": they neither start with
// 0 or "+" nor reach nine digits). Separated by spaces only, the lone digit must end the number's
// words ("07700 900 412 2 girls" is a number and a count). Separators are plain ones (spaces,
// dashes of any kind, dots, slashes), at most six bytes.
constexpr int kLoneDigitMinDigits = 9;
constexpr int kLoneDigitMinGroups = 3;
constexpr int32_t kLoneDigitMaxGap = 6;

std::vector<MarkerHit> LoneLastDigitNumbers(std::string_view text) {
  std::vector<MarkerHit> numbers;
  const auto length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < length) {
    if (!IsDigit(text[i]) || (i > 0 && (IsDigit(text[i - 1]) ||
                                        std::isalpha(static_cast<unsigned char>(text[i - 1]))))) {
      ++i;
      continue;
    }
    const int32_t start = i;
    const bool plus = start > 0 && text[start - 1] == '+';
    int digits = 0;
    int groups = 0;
    int last_group = 0;
    bool same_separator = true;
    std::string_view separator;
    int32_t end = i;
    while (i < length) {
      int group = 0;
      for (; i < length && IsDigit(text[i]); ++i) ++group;
      digits += group;
      ++groups;
      last_group = group;
      end = i;
      int32_t j = i;
      while (j < length && j - i <= kLoneDigitMaxGap) {
        int32_t k = j;
        UChar32 c = 0;
        U8_NEXT(text.data(), k, length, c);
        if (c < 0 || c == '\n' || !PlainSeparator(c) || c == '+' || c == '(' || c == ')') break;
        j = k;
      }
      if (j == i || j - i > kLoneDigitMaxGap || j >= length || !IsDigit(text[j])) break;
      const std::string_view gap = text.substr(static_cast<size_t>(i), static_cast<size_t>(j - i));
      // After a country code ("+44 7700 – 900 – 56 – 0", "0044 …") the first gap is its own.
      const bool country_code = groups == 1 && (plus || text.substr(start, 2) == "00");
      if (!country_code) {
        if (separator.empty()) separator = gap;
        same_separator = same_separator && gap == separator;
      }
      i = j;
    }
    const bool spaces_only = separator.find_first_not_of(" \t") == std::string_view::npos;
    // Split by spaces only, what follows the last digit (past spaces) is the end, or neither a
    // letter nor a digit.
    int32_t after = end;
    UChar32 c = 0;
    while (after < length && (text[after] == ' ' || text[after] == '\t')) ++after;
    if (after < length) U8_NEXT(text.data(), after, length, c);
    const bool closed = c == 0 || (c > 0 && !u_isalnum(c));
    if ((plus || text[start] == '0') && digits >= kLoneDigitMinDigits &&
        groups >= kLoneDigitMinGroups && last_group == 1 && same_separator &&
        (closed || !spaces_only)) {
      numbers.push_back({static_cast<size_t>(start), static_cast<size_t>(end)});
    }
    i = std::max(end, start + 1);
  }
  return numbers;
}

std::optional<CheckFinding> ObscuredPhone(const MarkerHits& hits) {
  std::vector<MarkerHit> obscured;
  // Every number, even one right after an employer hit: in an adult-services ad that is a word
  // such as "via" read as an Italian street ("via mij op 0 6 . 0 0 ..."), not a register (flag27).
  // phone-spread: a number broken by an ellipsis ("o7-7oo-9oo ... 1 5 2"); phone-slashed: one in
  // digit groups split by slashes ("0-seven-7-00 // 9oo // five-3-2", flag36).
  for (std::string_view list : {"phone", "phone-spread", "phone-slashed"}) {
    for (const MarkerHit& hit : hits.Of(list)) {
      const MarkerHit phone = WholeNumber(hits.text(), hit);
      const bool seen = std::any_of(obscured.begin(), obscured.end(),
                                    [&](const MarkerHit& o) { return Overlaps(o, phone); });
      if (!seen && IsObscured(hits.Original(phone))) obscured.push_back(phone);
    }
  }
  for (const std::vector<MarkerHit>& found :
       {SymbolSplitNumbers(hits.text()), LoneLastDigitNumbers(hits.text())}) {
    for (const MarkerHit& number : found) {
      const bool seen = std::any_of(obscured.begin(), obscured.end(),
                                    [&](const MarkerHit& o) { return Overlaps(o, number); });
      if (!seen) obscured.push_back(number);
    }
  }
  // An e-mail address with its "@" or dot in words (flag46).
  const std::vector<MarkerHit>& addresses = hits.Of("address-in-words");
  obscured.insert(obscured.end(), addresses.begin(), addresses.end());
  if (obscured.empty()) return std::nullopt;
  return CheckFinding{std::move(obscured),
                      "its contact is spelled out, written with look-alike letters, split digit "
                      "by digit or by symbols, or its e-mail address writes \"@\" or the dot as "
                      "a word",
                      addresses.empty() ? "the number as written" : "the contact as written",
                      false};
}

struct Valued {
  int value;
  MarkerHit hit;
};

// The lowest and highest value of the list's hits when they are at least `gap` apart.
std::optional<std::pair<Valued, Valued>> FarApart(const MarkerHits& hits, std::string_view list,
                                                  int min, int max, int gap) {
  std::optional<Valued> low;
  std::optional<Valued> high;
  for (const MarkerHit& hit : hits.Of(list)) {
    for (int value : SmallNumbers(hits.text(), hit)) {
      if (value < min || value > max) continue;
      if (!low || value < low->value) low = Valued{value, hit};
      if (!high || value > high->value) high = Valued{value, hit};
    }
  }
  if (!low || !high || high->value - low->value < gap) return std::nullopt;
  return std::make_pair(*low, *high);
}

// An age given as a decade in words ("po czterdziestce", "la quarantaine"): the list and the
// value S-DISCREP reads it as (the decade's first year, so that a gap is never overstated).
constexpr std::pair<std::string_view, int> kDecadeLists[] = {
    {"age-thirties", 30}, {"age-forties", 40}, {"age-fifties", 50}};

// Whether an `age` hit lies inside years of experience ("20 years of experience" is no age).
bool InsideExperience(const MarkerHits& hits, const MarkerHit& age) {
  for (const MarkerHit& years : hits.Of("experience-years")) {
    if (age.start < years.end && years.start < age.end) return true;
  }
  return false;
}

// The youngest age the ad gives in figures and the most years of experience it claims, when the
// person would have started before kMinStartAge.
std::optional<std::pair<Valued, Valued>> ExperienceBeyondAge(const MarkerHits& hits) {
  std::optional<Valued> youngest;
  for (const MarkerHit& hit : hits.Of("age")) {
    if (InsideExperience(hits, hit)) continue;
    for (int value : SmallNumbers(hits.text(), hit)) {
      if (value >= kMinAge && value <= kMaxAge && (!youngest || value < youngest->value)) {
        youngest = Valued{value, hit};
      }
    }
  }
  std::optional<Valued> longest;
  for (const MarkerHit& hit : hits.Of("experience-years")) {
    for (int value : SmallNumbers(hits.text(), hit)) {
      if (!longest || value > longest->value) longest = Valued{value, hit};
    }
  }
  if (!youngest || !longest || youngest->value - longest->value >= kMinStartAge) {
    return std::nullopt;
  }
  return std::make_pair(*youngest, *longest);
}

// The lowest and highest age of the ad (stated in figures, or as a decade in words) when they are
// at least kAgeGap apart.
std::optional<std::pair<Valued, Valued>> AgesFarApart(const MarkerHits& hits) {
  std::optional<Valued> low;
  std::optional<Valued> high;
  const auto add = [&](int value, const MarkerHit& hit) {
    if (!low || value < low->value) low = Valued{value, hit};
    if (!high || value > high->value) high = Valued{value, hit};
  };
  for (const MarkerHit& hit : hits.Of("age")) {
    if (InsideExperience(hits, hit)) continue;
    for (int value : SmallNumbers(hits.text(), hit)) {
      if (value >= kMinAge && value <= kMaxAge) add(value, hit);
    }
  }
  for (const auto& [list, value] : kDecadeLists) {
    for (const MarkerHit& hit : hits.Of(list)) add(value, hit);
  }
  for (const MarkerHit& hit : hits.Of("age-seen")) {
    for (int value : SmallNumbers(hits.text(), hit)) {
      if (value >= kMinSeenAge && value <= kMaxAge) add(value, hit);
    }
  }
  if (low && high && high->value - low->value >= kAgeGap) return std::make_pair(*low, *high);
  // A birthday just past against any other age two years or more from it.
  for (const MarkerHit& turned : hits.Of("age-just-turned")) {
    for (int now : SmallNumbers(hits.text(), turned)) {
      if (now < kMinAge || now > kMaxAge) continue;
      for (const MarkerHit& hit : hits.Of("age")) {
        if (InsideExperience(hits, hit)) continue;
        if (hit.start < turned.end && turned.start < hit.end) continue;
        for (int value : SmallNumbers(hits.text(), hit)) {
          if (value < kMinAge || value > kMaxAge || std::abs(value - now) < kJustTurnedGap) {
            continue;
          }
          const Valued a{now, turned};
          const Valued b{value, hit};
          return value < now ? std::make_pair(b, a) : std::make_pair(a, b);
        }
      }
    }
  }
  return std::nullopt;
}

// Feet and inches in centimetres, rounded: 5'2 is 157, 5'10 is 178.
constexpr double kCmPerFoot = 30.48;
constexpr double kCmPerInch = 2.54;

// Whether a `height` hit is in feet ("5'2", "5′10", "5 ft 4", "6 feet"): English ads give heights
// so, and two of them can disagree as two heights in centimetres can (flag30).
bool InFeet(std::string_view words) {
  return words.find('\'') != std::string_view::npos ||
         words.find("\u2032") != std::string_view::npos ||
         words.find("ft") != std::string_view::npos ||
         words.find("feet") != std::string_view::npos ||
         words.find("foot") != std::string_view::npos;
}

// A height in centimetres as a `height` hit writes it: "1m58", "1.60", "1,75" (metres), "158"
// (centimetres, "158 cm", "рост 158") or "5'2" (feet and inches: the first digit is the feet,
// the rest the inches); nullopt when the hit holds no height of an adult.
std::optional<int> HeightCm(std::string_view words) {
  std::string digits;
  for (char c : words) {
    if (IsDigit(c)) digits += c;
  }
  if (digits.empty()) return std::nullopt;
  int cm = 0;
  if (InFeet(words) && digits.size() <= 3) {
    const int feet = digits[0] - '0';
    const int inches = digits.size() > 1 ? std::atoi(digits.c_str() + 1) : 0;
    cm = static_cast<int>(std::lround(feet * kCmPerFoot + inches * kCmPerInch));
  } else if (digits.size() == 3) {
    cm = std::atoi(digits.c_str());
  } else {
    return std::nullopt;
  }
  if (cm < kMinHeightCm || cm > kMaxHeightCm) return std::nullopt;
  return cm;
}

// The lowest and highest height of the ad when they are at least kHeightGapCm apart.
std::optional<std::pair<Valued, Valued>> HeightsFarApart(const MarkerHits& hits) {
  std::optional<Valued> low;
  std::optional<Valued> high;
  for (const MarkerHit& hit : hits.Of("height")) {
    const std::optional<int> cm = HeightCm(hits.text().substr(hit.start, hit.end - hit.start));
    if (!cm) continue;
    if (!low || *cm < low->value) low = Valued{*cm, hit};
    if (!high || *cm > high->value) high = Valued{*cm, hit};
  }
  if (!low || !high || high->value - low->value < kHeightGapCm) return std::nullopt;
  return std::make_pair(*low, *high);
}

// Two statements about one person that cannot both be true, however far apart in the ad: two hair
// colours ("Blondynka" in the title, "ruda" in the profile), or photos called real and said not to
// be the person's ("Фото реальные ... фото не мои").
std::optional<CheckFinding> StatementsDisagree(const MarkerHits& hits) {
  static constexpr std::pair<std::string_view, std::string_view> kHairPairs[] = {
      {"hair-light", "hair-dark"}, {"hair-light", "hair-red"}, {"hair-dark", "hair-red"}};
  for (const auto& [a, b] : kHairPairs) {
    if (hits.Any(a) && hits.Any(b)) {
      return CheckFinding{{hits.Of(a).front(), hits.Of(b).front()},
                          "it gives two hair colours",
                          "the colours",
                          false};
    }
  }
  if (hits.Any("photos-real") && hits.Any("photos-not-own")) {
    return CheckFinding{{hits.Of("photos-real").front(), hits.Of("photos-not-own").front()},
                        "it calls the photos real and says they are not the person's",
                        "the words",
                        false};
  }
  // "Nobody behind me" and "texts to my booker" (flag27).
  if (hits.Any("alone-claim") && hits.Any("helper-mine")) {
    return CheckFinding{{hits.Of("alone-claim").front(), hits.Of("helper-mine").front()},
                        "it says nobody is behind the person and names the person's own booker "
                        "or assistant",
                        "the words",
                        false};
  }
  // "Born and raised here" and "I don't speak the language" (flag30): a native of a place speaks
  // its language. Which place and which language never matter (rule R2).
  if (hits.Any("native-claim") && hits.Any("speaks-not")) {
    return CheckFinding{{hits.Of("native-claim").front(), hits.Of("speaks-not").front()},
                        "it says the person is a native of the place and does not speak or "
                        "understand a language",
                        "the words",
                        false};
  }
  return std::nullopt;
}

// How far after a fluency claim the languages it names can go on ("fluent English and Spanish"),
// within its sentence.
constexpr size_t kFluentListBytes = 30;

// Where the list of languages a fluency claim names ends: kFluentListBytes after it, or the end of
// its sentence if that comes first.
size_t FluentListEnd(std::string_view text, size_t from) {
  const size_t limit = std::min(text.size(), from + kFluentListBytes);
  for (size_t i = from; i < limit; ++i) {
    if (text[i] == '.' || text[i] == '!' || text[i] == '?' || text[i] == ';' || text[i] == '\n') {
      return i;
    }
  }
  return limit;
}

// Whether a word goes on at `at`: an ASCII letter or a byte of a multi-byte UTF-8 character.
bool WordGoesOn(std::string_view text, size_t at) {
  if (at >= text.size()) return false;
  const auto c = static_cast<unsigned char>(text[at]);
  return c >= 0x80 || std::isalpha(c) != 0;
}

// The names of languages (`language` hits) in [from, to) of the match text, as written there. A
// name must end its word: "deutsche Gäste", "anglaises" name people, not what they speak.
std::vector<std::string_view> LanguagesIn(const MarkerHits& hits, size_t from, size_t to) {
  std::vector<std::string_view> names;
  for (const MarkerHit& name : hits.Of("language")) {
    if (name.start >= from && name.end <= to && !WordGoesOn(hits.text(), name.end)) {
      names.push_back(hits.text().substr(name.start, name.end - name.start));
    }
  }
  return names;
}

// The ad says it speaks one language fluently and elsewhere that it speaks or writes only another
// ("fluent English ... message only in Portuguese"). Which languages they are never matters (rule
// R2): only that the two statements about one person cannot both be true.
std::optional<CheckFinding> LanguagesDisagree(const MarkerHits& hits) {
  for (const MarkerHit& fluent : hits.Of("speaks-fluent")) {
    if (LanguagesIn(hits, fluent.start, fluent.end).empty()) continue;
    const std::vector<std::string_view> spoken =
        LanguagesIn(hits, fluent.start, FluentListEnd(hits.text(), fluent.end));
    for (const MarkerHit& only : hits.Of("speaks-only")) {
      const std::vector<std::string_view> named = LanguagesIn(hits, only.start, only.end);
      const bool another = !named.empty() && std::none_of(named.begin(), named.end(), [&](auto n) {
        return std::find(spoken.begin(), spoken.end(), n) != spoken.end();
      });
      if (another) {
        return CheckFinding{{fluent, only},
                            "it says it speaks one language fluently and only another elsewhere",
                            "the languages",
                            false};
      }
    }
  }
  return std::nullopt;
}

std::optional<CheckFinding> AgesOrSizesDisagree(const MarkerHits& hits) {
  if (const auto ages = AgesFarApart(hits)) {
    return CheckFinding{
        {ages->first.hit, ages->second.hit},
        fmt::format("it gives two ages {} years apart", ages->second.value - ages->first.value),
        "the ages",
        false};
  }
  if (const auto sizes = FarApart(hits, "size", 0, 99, kSizeGap)) {
    return CheckFinding{
        {sizes->first.hit, sizes->second.hit},
        fmt::format("it gives two dress sizes {} apart", sizes->second.value - sizes->first.value),
        "the sizes",
        false};
  }
  if (const auto heights = HeightsFarApart(hits)) {
    return CheckFinding{{heights->first.hit, heights->second.hit},
                        fmt::format("it gives two heights {} cm apart",
                                    heights->second.value - heights->first.value),
                        "the heights",
                        false};
  }
  if (const auto weights = FarApart(hits, "weight", kMinWeightKg, kMaxWeightKg, kWeightGapKg)) {
    return CheckFinding{{weights->first.hit, weights->second.hit},
                        fmt::format("it gives two body weights {} kg apart",
                                    weights->second.value - weights->first.value),
                        "the weights",
                        false};
  }
  if (const auto experience = ExperienceBeyondAge(hits)) {
    return CheckFinding{{experience->first.hit, experience->second.hit},
                        fmt::format("it gives an age of {} and {} years of experience",
                                    experience->first.value, experience->second.value),
                        "the age and the years",
                        false};
  }
  if (auto languages = LanguagesDisagree(hits)) return languages;
  return StatementsDisagree(hits);
}

// Where one clause or sentence ends: ". ! ? ;" or a line break, and with `commas` also "," (a
// decimal point or comma between digits, "1.750 €", "14,90", ends nothing).
bool EndsClause(std::string_view text, size_t at, bool commas) {
  const char c = text[at];
  const bool between_digits =
      at > 0 && at + 1 < text.size() && IsDigit(text[at - 1]) && IsDigit(text[at + 1]);
  if (c == '\n' || c == '!' || c == '?' || c == ';') return true;
  if (c == '.') return !between_digits;
  return commas && c == ',' && !between_digits;
}

// The words in [from, to) of `text`, when no clause ends there; nullopt when one does.
std::optional<int> WordsWithinClause(std::string_view text, size_t from, size_t to, bool commas) {
  int words = 0;
  bool in_word = false;
  for (size_t i = from; i < to; ++i) {
    if (EndsClause(text, i, commas)) return std::nullopt;
    const bool space = text[i] == ' ';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

// Whether [from, to) of `text` is spaces only (and not empty).
bool OnlySpaces(std::string_view text, size_t from, size_t to) {
  if (from >= to) return false;
  for (size_t i = from; i < to; ++i) {
    if (text[i] != ' ') return false;
  }
  return true;
}

// A hit of `first` followed, in the same clause (sentence when !commas), by a hit of `second`
// at most `max_words` words after it: a relation written in one order ("English not needed",
// "without English"), which two words far apart or in two sentences never are. Two hits that
// share only the space between them are next to each other (no word between): a regex that
// ends its word with `(?:\s|$)` and one that starts its word with `(?:^|\s)` both take it.
std::optional<std::pair<MarkerHit, MarkerHit>> Followed(const MarkerHits& hits,
                                                        std::string_view first,
                                                        std::string_view second, int max_words,
                                                        bool commas) {
  const std::vector<MarkerHit>& firsts = hits.Of(first);
  if (firsts.empty()) return std::nullopt;
  // Looked up once, not once per hit of `first` (a name lookup and a prepare call each time).
  const std::vector<MarkerHit>& seconds = hits.Of(second);
  for (const MarkerHit& a : firsts) {
    for (const MarkerHit& b : seconds) {
      if (b.start < a.end) {
        if (b.start > a.start && OnlySpaces(hits.text(), b.start, a.end)) {
          return std::make_pair(a, b);
        }
        continue;
      }
      const std::optional<int> words = WordsWithinClause(hits.text(), a.end, b.start, commas);
      if (words && *words <= max_words) return std::make_pair(a, b);
    }
  }
  return std::nullopt;
}

// J-HUB (Interpol Orange Notice 2023): the scam-compound route: a customer-service, chat, sales,
// IT or translator job, a place of the South-East Asian compounds (Cambodia, Laos, Myanmar,
// Thailand and its border, Manila, the Golden Triangle), and a flight or ticket, anywhere in one
// ad, and no employer named. Each alone is ordinary; the three together, from nobody in
// particular, are the recruitment script. A border town where the compounds stand (`hub-town`:
// Myawaddy, Sihanoukville, Bavet, Poipet, Tachileik...) needs no role word: the compounds recruit
// under any title ("subtitle checkers", "fan support", "models"), and a flight paid to such a town
// by an employer one cannot check is the route itself, whatever the job is called.
std::optional<CheckFinding> ScamHubRoute(const MarkerHits& hits) {
  const auto& role = hits.Of("hub-role");
  const auto& place = hits.Of("hub-place");
  const auto& town = hits.Of("hub-town");
  const auto& trip = hits.Of("hub-trip");
  // An employer one can check (registration number, street address, own website) is the opposite
  // of the "vague employer details" of the script. A company name with a legal form alone is not:
  // the offer letters of the compounds come from "Golden Lotus Digital Co., Ltd." and the like.
  if ((role.empty() && town.empty()) || place.empty() || trip.empty() ||
      TraceableBusiness(hits, MailNamed::kUntraceable)) {
    return std::nullopt;
  }
  if (role.empty()) {
    return CheckFinding{{town.front(), trip.front()},
                        "it offers a job in a South-East Asian border town of the scam compounds "
                        "with the flight provided",
                        "the town and the trip",
                        false};
  }
  return CheckFinding{{role.front(), place.front(), trip.front()},
                      "it offers a customer-service, chat, sales, IT or translator job in a "
                      "South-East Asian scam-compound region with the flight provided",
                      "the job, the place and the trip",
                      false};
}

// J-ENT, an entertainment or wellness role abroad (indicators.md 2A: "hostess, dancer, model,
// masseuse or companion role abroad"): a spa, massage or dance role and a flight or ticket anywhere
// in the ad, from an employer one cannot check. The role and the trip are often sentences apart
// ("Spa therapists wanted in Manama ... Flights paid"); a named spa with its register number,
// street address or website is a job one can verify before going.
std::optional<CheckFinding> EntertainmentRoleAbroad(const MarkerHits& hits) {
  const auto& role = hits.Of("ent-role");
  const auto& trip = hits.Of("hub-trip");
  if (role.empty() || trip.empty() || TraceableBusiness(hits, MailNamed::kUntraceable)) {
    return std::nullopt;
  }
  return CheckFinding{{role.front(), trip.front()},
                      "it offers a spa, massage or dance job with the flight provided, from an "
                      "employer it does not identify",
                      "the role and the trip",
                      false};
}

// J-TASK, the task-scam script (indicators.md 2A; Interpol, Clubic): paid likes, reviews,
// ratings, screenshots or views, with money to pay in to "unlock" or "top up" the task account,
// or with a day rate (pay per task is a `near` of the pack). A word of the script alone is not
// enough: "likes" or "reviews" appear in social-media jobs, a day rate in farm work.

bool StatesDayPay(const MarkerHits& hits) {
  for (const StatedPay& pay : FindStatedPay(hits.pay_words(), hits.text(), "")) {
    if (pay.period == PayPeriod::kDay) return true;
  }
  return false;
}

// The task account itself ("Aufgabenkonto", "konto zadań") exists only in the scam: money put on
// it is the top-up whatever verb the ad uses ("lädst 100 € auf", "stort € 100 op").
std::optional<CheckFinding> TaskUnlock(const MarkerHits& hits) {
  const auto& tasks = hits.Of("micro-task");
  const auto& unlock = hits.Of("task-unlock");
  const auto& account = hits.Of("task-account");
  if ((unlock.empty() && account.empty()) || !hits.Any("amount")) return std::nullopt;
  std::vector<MarkerHit> spans = {unlock.empty() ? account.front() : unlock.front()};
  if (!tasks.empty()) spans.push_back(tasks.front());
  return CheckFinding{std::move(spans), "it asks for money to top up or unlock the task account",
                      "the words", false};
}

// The day rate, when no amount per task (the pack's `near`) is found: the weaker reading.
std::optional<CheckFinding> TaskDayRate(const MarkerHits& hits) {
  const auto& tasks = hits.Of("micro-task");
  if (tasks.empty()) return std::nullopt;
  if (StatesDayPay(hits)) {
    return CheckFinding{{tasks.front()},
                        "it pays a day rate for likes, reviews, ratings or screenshots",
                        "the task",
                        false};
  }
  return std::nullopt;
}

// J-UNLIC: a poster who recruits for a client ("I'm sourcing for a client", "Ищу для клиента")
// and names no employer or agency (no-employer's reading) is an unnamed intermediary, the labelling
// convention of every set. A headhunter who names the agency is not.
std::optional<CheckFinding> UnnamedRecruiter(const MarkerHits& hits) {
  const auto& recruiter = hits.Of("recruit-for-client");
  if (recruiter.empty() || NamesEmployer(hits) || NamesFirm(hits)) return std::nullopt;
  return CheckFinding{{recruiter.front()},
                      "it recruits for a client and names no employer or agency",
                      "the recruiter",
                      false};
}

// J-FEE's reading of an amount, for no-pay: a fee word ("fee", "deposit", "for arranging it",
// "to me", "za pośrednictwo", "за мою послугу") within five words of it, in one clause, in either
// order, makes it a payment by the worker, not pay. The same distance as J-FEE's `near` in
// job-content.toml (which raises the flag): change both together.
constexpr int kFeeWords = 5;

// Whether a fee word lies within kFeeWords words of `amount`, in one clause, either side.
bool NamedAsFee(const MarkerHits& hits, const MarkerHit& amount) {
  for (const MarkerHit& fee : hits.Of("fee-word")) {
    const bool before = fee.end <= amount.start;
    if (!before && amount.end > fee.start) continue;  // overlapping: not a pair
    const std::optional<int> words =
        before ? WordsWithinClause(hits.text(), fee.end, amount.start, /*commas=*/true)
               : WordsWithinClause(hits.text(), amount.end, fee.start, /*commas=*/true);
    if (words && *words <= kFeeWords) return true;
  }
  return false;
}

// J-HOURS: a working day of 11 hours or more written as clock times ("8am-8pm", "Schicht 5-17
// Uhr", "6:00-18:00", "с 7 до 19 ч"). The marker list clock-range finds a range only with minutes
// on both times or an hour word or am/pm at its end, so that ages ("19-27"), dates ("12-14
// March") and sizes are no range; this reads the two hours. Eleven hours is the EU Working Time
// Directive's minimum daily rest (2003/88/EC, art. 3) taken from 24 and the label of every
// labelled set ("11 or more hours a day").
constexpr int kLongDayHours = 11;

struct ClockHour {
  int hour = 0;
  bool am = false;
  bool pm = false;
};

// Midnight in words ends a range ("de 10h a minuit", "dalle 10 a mezzanotte"): the hour 24.
constexpr std::string_view kMidnightWords[] = {"midnight",   "mitternacht", "minuit", "middernacht",
                                               "mezzanotte", "medianoche",  "nocy",   "полуночи",
                                               "півночі",    "полунощ",     "nopții", "noptii"};

bool EndsAtMidnight(std::string_view range) {
  return std::any_of(std::begin(kMidnightWords), std::end(kMidnightWords),
                     [&](std::string_view word) { return range.ends_with(word); });
}

// The part of the day written in words after an hour ("6 in the morning to 11 at night", "dalle 4
// del mattino", "до 7 вечерта"), as am or pm; clock-range's day-part regex reads these words.
constexpr std::string_view kMorningWords[] = {
    "morning",  "morgens", "matin",  "ochtends", "dimineața", "dimineata", "dimineaţa",
    "сутринта", "mañana",  "manana", "mattin",   "rano",      "утра",      "ранку"};
constexpr std::string_view kEveningWords[] = {
    "night",  "evening",  "afternoon",  "nachmittag", "après-midi", "middag",
    "amiaza", "следобед", "pomeriggio", "południu",   "дня",        "abends",
    "nachts", "soir",     "avonds",     "seara",      "noaptea",    "вечерта",
    "нощта",  "noche",    "tarde",      "sera",       "notte",      "wieczor",
    "w nocy", "вечера",   "ночи",       "вечора",     "ночі"};

// Whether `between` (the words after an hour, up to the next digit) names that part of the day.
bool NamesPart(std::string_view between, std::span<const std::string_view> words) {
  return std::any_of(words.begin(), words.end(), [&](std::string_view word) {
    return between.find(word) != std::string_view::npos;
  });
}

// The hours of a clock range, in order (minutes skipped), with am/pm when written after them, as
// letters or as the part of the day in words.
std::vector<ClockHour> ClockHours(std::string_view range) {
  std::vector<ClockHour> hours;
  for (size_t i = 0; i < range.size();) {
    if (!IsDigit(range[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < range.size() && IsDigit(range[j])) ++j;
    const bool minutes = i > 0 && (range[i - 1] == ':' || range[i - 1] == '.');
    if (!minutes && j - i <= 2) {
      ClockHour hour{std::atoi(std::string(range.substr(i, j - i)).c_str())};
      size_t k = j;
      if (k + 1 < range.size() && (range[k] == ':' || range[k] == '.') && IsDigit(range[k + 1])) {
        k += 3;  // ":00"
      }
      while (k < range.size() && range[k] == ' ') ++k;
      hour.am = range.substr(k, 2) == "am";
      hour.pm = range.substr(k, 2) == "pm";
      size_t next = k;
      while (next < range.size() && !IsDigit(range[next])) ++next;
      const std::string_view between = range.substr(k, next - k);
      if (!hour.am && !hour.pm && hour.hour <= 12 && !EndsAtMidnight(range)) {
        hour.pm = NamesPart(between, kEveningWords);
        hour.am = !hour.pm && NamesPart(between, kMorningWords);
      }
      hours.push_back(hour);
    }
    i = j;
  }
  return hours;
}

// The half of the day of a start written without am or pm, from the end's ("6-9pm" is 6pm to
// 9pm, "8-8pm" and "11-7pm" start in the morning, "10-2am" at night, "12-8pm" at noon).
void ShareHalfOfDay(ClockHour& from, const ClockHour& to) {
  if (from.am || from.pm || from.hour > 12 || (!to.am && !to.pm)) return;
  if (to.pm) {
    if (from.hour == 12) return;  // noon, as the 24-hour clock writes it
    (from.hour < to.hour && to.hour != 12 ? from.pm : from.am) = true;
  } else {
    (from.hour == 12 || from.hour < to.hour ? from.am : from.pm) = true;
  }
}

// The length in hours of the day a clock range spans (a night shift wraps past midnight).
std::optional<int> RangeHours(std::string_view range) {
  std::vector<ClockHour> hours = ClockHours(range);
  if (hours.size() == 1 && EndsAtMidnight(range)) hours.push_back(ClockHour{24});
  if (hours.size() < 2) return std::nullopt;
  ClockHour from = hours[0];
  ClockHour to = hours[1];
  if (from.hour > 24 || to.hour > 24) return std::nullopt;
  ShareHalfOfDay(from, to);
  // "from 7 in the morning to 3": an end before a morning start is in the afternoon.
  if (from.am && !to.am && !to.pm && to.hour < from.hour) to.pm = true;
  const bool meridiem = from.am || from.pm || to.am || to.pm;
  // "9-5 Uhr", "9-5h": both on the 12-hour clock, a day from nine to five (eight hours), not a
  // wrap past midnight; a night shift "22-6" has an hour above 12 and keeps the 24-hour clock.
  if (!meridiem && from.hour <= 12 && to.hour < from.hour) to.hour += 12;
  const auto in_24h = [](const ClockHour& h) {
    if (h.pm && h.hour < 12) return h.hour + 12;
    if (h.am && h.hour == 12) return 0;
    return h.hour;
  };
  const int start = in_24h(from);
  const int end = in_24h(to);
  if (end == 24) return 24 - start;
  return (end - start + 24) % 24;
}

// A range is no working day when a business's opening hours, a delivery window or the hours to
// call come right before it ("shop open 8-20", "Öffnungszeiten 7-20 Uhr", "магазин работает с 8
// до 22", "call from 9 to 21"): a hit of opening-hours at most this many words before it in its
// clause (flag46).
constexpr int kOpeningWords = 6;
// Sixty hours a week is J-HOURS' "excessive" in the knowledge base and the labelled sets (ILO:
// beyond 48 hours with overtime); six or seven days of ten hours reach it (flag46).
constexpr int kLongWeekHours = 60;
constexpr int kFewestLongDays = 6;  // six-seven-days says six or seven

bool OpeningHoursBefore(const MarkerHits& hits, const MarkerHit& span) {
  for (const MarkerHit& open : hits.Of("opening-hours")) {
    if (open.start > span.start) break;
    if (open.end >= span.start) return true;
    const std::optional<int> words =
        WordsWithinClause(hits.text(), open.end, span.start, /*commas=*/true);
    if (words && *words <= kOpeningWords) return true;
  }
  return false;
}

// The working day's ranges: the clock-range list's hits and the ranges read as numbers
// (ReadClockRanges), less those opening-hours names. The list reports every end of its regex
// ("alle 1" and "alle 17"): all are kept, the longest day wins.
std::vector<MarkerHit> WorkingRanges(const MarkerHits& hits) {
  std::vector<MarkerHit> ranges;
  const auto add = [&](const MarkerHit& range) {
    if (!OpeningHoursBefore(hits, range)) ranges.push_back(range);
  };
  // A hit starting on the minutes of a time ("18:00 till midnight" read from "00") is none
  // (flag48).
  const std::string_view text = hits.text();
  for (const MarkerHit& range : hits.Of("clock-range")) {
    if (range.start > 0 && (text[range.start - 1] == ':' || text[range.start - 1] == '.')) continue;
    add(range);
  }
  for (const MarkerHit& range : ReadClockRanges(hits.text())) add(range);
  return ranges;
}

// A hit of six-seven-days that is the job's week, not the business's ("open 7 days a week").
std::optional<MarkerHit> WorkingWeek(const MarkerHits& hits) {
  for (const MarkerHit& days : hits.Of("six-seven-days")) {
    if (!OpeningHoursBefore(hits, days)) return days;
  }
  return std::nullopt;
}

// A working day read from the ad: the words it is read from and how many hours it spans.
struct WorkingDay {
  std::vector<MarkerHit> spans;
  int hours = 0;
};

// Every working day the ad writes: its ranges of the clock, and a start and an end told apart
// ("we start at 6 ... and finish at 8pm"), read as one range.
std::vector<WorkingDay> WorkingDays(const MarkerHits& hits) {
  std::vector<WorkingDay> days;
  for (const MarkerHit& range : WorkingRanges(hits)) {
    if (const std::optional<int> length =
            RangeHours(hits.text().substr(range.start, range.end - range.start))) {
      days.push_back({{range}, *length});
    }
  }
  const auto told = ReadStartAndEnd(hits.text(), hits.Of("day-start"), hits.Of("day-end"));
  if (told && !OpeningHoursBefore(hits, told->first)) {
    const std::string_view text = hits.text();
    const std::string range =
        std::string(text.substr(told->first.start, told->first.end - told->first.start)) + " - " +
        std::string(text.substr(told->second.start, told->second.end - told->second.start));
    if (const std::optional<int> length = RangeHours(range)) {
      days.push_back({{told->first, told->second}, *length});
    }
  }
  return days;
}

// The working day times the days of the week written as a range ("9-18, Monday to Sunday": 63
// hours), when they reach kLongWeekHours (flag48: the days counted, not only six-seven-days'
// words).
std::optional<CheckFinding> LongWeekFromDayRange(const MarkerHits& hits, const WorkingDay& day) {
  for (const WeekdaySpan& week : ReadWeekdaySpans(hits.text())) {
    if (day.hours * week.days < kLongWeekHours || OpeningHoursBefore(hits, week.span)) continue;
    std::vector<MarkerHit> spans = day.spans;
    spans.push_back(week.span);
    return CheckFinding{std::move(spans),
                        fmt::format("its working hours span {} hours of the day, {} days a week "
                                    "({} hours)",
                                    day.hours, week.days, day.hours * week.days),
                        "the hours and the days", false};
  }
  return std::nullopt;
}

std::optional<CheckFinding> LongHours(const MarkerHits& hits) {
  std::optional<WorkingDay> longest;
  for (WorkingDay& day : WorkingDays(hits)) {
    if (day.hours >= kLongDayHours) {
      return CheckFinding{std::move(day.spans),
                          fmt::format("its working hours span {} hours of the day", day.hours),
                          "the hours", false};
    }
    if (!longest || day.hours > longest->hours) longest = std::move(day);
  }
  if (!longest) return std::nullopt;
  if (std::optional<CheckFinding> week = LongWeekFromDayRange(hits, *longest)) return week;
  if (longest->hours * kFewestLongDays < kLongWeekHours) return std::nullopt;
  const std::optional<MarkerHit> week = WorkingWeek(hits);
  if (!week) return std::nullopt;
  longest->spans.push_back(*week);
  return CheckFinding{
      std::move(longest->spans),
      fmt::format("its working hours span {} hours of the day, six or seven days a week ({} "
                  "hours or more)",
                  longest->hours, longest->hours * kFewestLongDays),
      "the hours and the days", false};
}

// One UTF-8 code point at `s[*i]`, advancing *i; 0 at the end or on a broken sequence.
char32_t NextCodePoint(std::string_view s, size_t* i) {
  if (*i >= s.size()) return 0;
  const auto lead = static_cast<unsigned char>(s[*i]);
  const int extra = lead < 0x80 ? 0 : lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : 3;
  char32_t cp = extra == 0 ? lead : lead & (0x3F >> extra);
  for (int k = 1; k <= extra; ++k) {
    if (*i + k >= s.size()) return 0;
    cp = (cp << 6) | (static_cast<unsigned char>(s[*i + k]) & 0x3F);
  }
  *i += extra + 1;
  return cp;
}

// Capital and small letters of the scripts of the 11 languages (ASCII, Latin-1, Latin Extended-A
// by its even/odd pairs, Cyrillic): enough to tell "Lena" from "lena" and from "LENA".
bool IsCapital(char32_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) ||
         (c >= 0x100 && c <= 0x17F && c % 2 == 0 && c != 0x138) || (c >= 0x400 && c <= 0x42F) ||
         c == 0x490 || c == 0x141 || c == 0x13B || c == 0x13D || c == 0x139 || c == 0x143 ||
         c == 0x145 || c == 0x147;
}
bool IsSmall(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0xFF && c != 0xF7) ||
         (c >= 0x100 && c <= 0x17F && !IsCapital(c)) || (c >= 0x430 && c <= 0x45F) || c == 0x491;
}

// Whether `text` starts with a capitalised word after the space that ends the word before it
// (`after_space`: the hit itself ended on a space): a capital, then a small letter ("Lena",
// "Деси"), never an all-capitals word ("VIP", "NEW").
bool StartsWithCapitalisedWord(std::string_view text, bool after_space) {
  size_t i = 0;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
  if (i == 0 && !after_space) return false;  // the hit ends inside a word
  const char32_t first = NextCodePoint(text, &i);
  const char32_t second = NextCodePoint(text, &i);
  return IsCapital(first) && IsSmall(second);
}

// Whether the word that ends `text` (before the white space that ends it) is capitalised: a
// capital, then a small letter ("Brightwell", "Asteria"); an all-capitals word or none is not.
// `space_in_hit`: the hit itself starts with the white space.
bool EndsWithCapitalisedWord(std::string_view text, bool space_in_hit) {
  size_t end = text.size();
  while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
  if (end == text.size() && !space_in_hit) return false;  // glued to the hit: not a word of its own
  size_t begin = end;
  while (begin > 0 && text[begin - 1] != ' ' && text[begin - 1] != '\t' &&
         text[begin - 1] != '\n') {
    --begin;
  }
  return StartsWithCapitalisedWord(text.substr(begin, end - begin), true);
}

// Whether `text` starts, after at most one space, with an opening quote ("«ЕвроТрудСервис»",
// "„Евро Труд"", "\"Horizon\"").
bool StartsWithQuote(std::string_view text) {
  if (!text.empty() && text[0] == ' ') text.remove_prefix(1);
  constexpr std::string_view kQuotes[] = {"«", "„", "\"", "“", "‚"};
  return std::any_of(std::begin(kQuotes), std::end(kQuotes),
                     [&](std::string_view q) { return text.substr(0, q.size()) == q; });
}

// A company or agency named (J-EMPL: "a named company or agency is not J-EMPL, even without a
// registration number"): a firm or agency word (list firm-word) with a name, as written: a
// capitalised word or an opening quote right after it ("Agence Horizon", "Кадровое агентство
// «ЕвроТрудСервис»", "Agencja Pracy EuroJob"), or the firm word capitalised itself right after
// a capitalised word ("Brightwell Staffing", "Asteria Global Services"). "No agency, just me"
// names none. The scam-hub route (J-HUB) does not read it: a compound's front company is named.
bool NamesFirm(const MarkerHits& hits) {
  for (const MarkerHit& firm : hits.Of("firm-word")) {
    const std::string_view words = hits.Original(firm);
    const bool after_space = !words.empty() && (words.back() == ' ' || words.back() == '\t');
    // A punctuation mark the hit ends on ("Firma, Einreise", "агенция. Уреждам") ends the name:
    // the capital after it starts the next clause or sentence.
    const bool punctuated =
        !words.empty() && std::string_view(".,:;!?)").find(words.back()) != std::string_view::npos;
    const std::string_view after = hits.OriginalAfter(firm);
    if (!punctuated && (StartsWithCapitalisedWord(after, after_space) || StartsWithQuote(after))) {
      return true;
    }
    const bool space_first = !words.empty() && (words.front() == ' ' || words.front() == '\t');
    if (StartsWithCapitalisedWord(words, true) &&
        EndsWithCapitalisedWord(hits.OriginalBefore(firm), space_first)) {
      return true;
    }
  }
  return false;
}

// "Our Lena never says no", "Onze Mira", "Нашата Деси", "La nostra Irina": a first-person plural
// possessive before a name (a capitalised word) is an ad written about the person by whoever
// offers them (S-3P). German capitalises every noun ("Unsere Wohnung"), so its possessive is not
// in the list we-possessive.
std::optional<CheckFinding> PossessiveBeforeName(const MarkerHits& hits) {
  for (const MarkerHit& ours : hits.Of("we-possessive")) {
    const std::string_view words = hits.Original(ours);
    const bool after_space = !words.empty() && (words.back() == ' ' || words.back() == '\t');
    if (StartsWithCapitalisedWord(hits.OriginalAfter(ours), after_space)) {
      return CheckFinding{{ours},
                          "\"our\" before a name: the person is spoken of by someone else",
                          "the possessive",
                          false};
    }
  }
  return std::nullopt;
}

// Who speaks (flag40): an adult-services ad that calls the person "she" or "he" at least twice
// (marker list she-he, both genders alike in every language it covers: rule R2) is written about
// them by someone else, a manager, a booker or a client (S-3P). Read only when no pair of S-3P
// holds; the pronouns are the spans.
std::optional<CheckFinding> ThirdPersonTwice(const MarkerHits& hits) {
  const std::vector<MarkerHit>& pronouns = hits.Of("she-he");
  if (pronouns.size() < 2) return std::nullopt;
  return CheckFinding{{pronouns[0], pronouns[1]},
                      "the person is called \"she\" or \"he\" again and again: someone else "
                      "writes about them",
                      "the pronouns",
                      false};
}

}  // namespace

std::string_view MarkerHits::Original(const MarkerHit& hit) const {
  const auto [start, end] = to_original_(hit.start, hit.end);
  return original_.substr(start, end - start);
}

std::string_view MarkerHits::OriginalAfter(const MarkerHit& hit) const {
  const auto [start, end] = to_original_(hit.start, hit.end);
  (void)start;
  return end < original_.size() ? original_.substr(end) : std::string_view();
}

std::string_view MarkerHits::OriginalBefore(const MarkerHit& hit) const {
  const auto [start, end] = to_original_(hit.start, hit.end);
  (void)end;
  return original_.substr(0, std::min(start, original_.size()));
}

MarkerIndex IndexMarkers(const RuleSet& rules) {
  MarkerIndex index;
  const std::vector<MarkerList>& lists = rules.markers;
  for (size_t i = 0; i < lists.size(); ++i) {
    index.positions.emplace(lists[i].name, i);  // keeps the first
    if (lists[i].mask) index.masks.push_back(i);
    // A list in Vectorscan's single-match mode has one hit per term: hiding it could hide a later
    // hit the scan never reported, so only the lists whose every hit is kept are masked.
    index.masked.push_back(!lists[i].mask && NeedsEveryHit(rules, lists[i].name));
  }
  const auto by_address = [&](std::string_view name) {
    if (const auto found = index.positions.find(name); found != index.positions.end()) {
      index.by_address.emplace(name.data(), std::make_pair(name.size(), found->second));
    }
  };
  for (const Indicator& indicator : rules.indicators) {
    for (const NearCheck& near : indicator.near) {
      by_address(near.first);
      by_address(near.second);
    }
  }
  for (const CheckInfo& check : Checks()) {
    for (const std::string_view name : check.lists) by_address(name);
  }
  return index;
}

std::optional<size_t> MarkerIndex::Find(std::string_view name) const {
  if (const auto at = by_address.find(name.data());
      at != by_address.end() && at->second.first == name.size()) {
    return at->second.second;
  }
  const auto found = positions.find(name);
  if (found == positions.end()) return std::nullopt;
  return found->second;
}

bool MaskHides(const MarkerHit& mask, const MarkerHit& hit) {
  const bool inside = mask.start <= hit.start && hit.end <= mask.end;
  const bool covers = hit.start <= mask.start && mask.end <= hit.end;
  return inside && !covers;
}

bool Masked(const MarkerIndex& index, const std::vector<std::vector<MarkerHit>>& hits,
            const MarkerHit& span) {
  for (const size_t mask : index.masks) {
    if (mask >= hits.size()) continue;
    for (const MarkerHit& m : hits[mask]) {
      if (MaskHides(m, span)) return true;
    }
  }
  return false;
}

MarkerHits::MarkerHits(std::string_view text, const MarkerIndex& index,
                       const std::vector<std::vector<MarkerHit>>& hits, std::string_view original,
                       ToOriginal to_original, const PayWords& pay_words, bool names_landline,
                       Prepare prepare)
    : text_(text),
      index_(index),
      hits_(hits),
      original_(original),
      to_original_(std::move(to_original)),
      pay_words_(pay_words),
      names_landline_(names_landline),
      prepare_(std::move(prepare)) {
  const auto hidden = [&](const MarkerHit& hit) { return Masked(index_, hits_, hit); };
  for (size_t list = 0; list < hits_.size() && list < index_.masked.size(); ++list) {
    if (!index_.masked[list]) continue;
    const std::vector<MarkerHit>& of = hits_[list];
    if (std::none_of(of.begin(), of.end(), hidden)) continue;
    // Only the masked lists are copied: the others' starts may not be found yet (Prepare finds
    // them in `hits_`, so a copy would keep kUnknownStart).
    if (unmasked_.empty()) unmasked_.resize(hits_.size());
    std::vector<MarkerHit>& kept = unmasked_[list].emplace();
    std::remove_copy_if(of.begin(), of.end(), std::back_inserter(kept), hidden);
  }
}

const std::vector<MarkerHit>& MarkerHits::Read(size_t position) const {
  return position < unmasked_.size() && unmasked_[position] ? *unmasked_[position]
                                                            : hits_[position];
}

const std::vector<MarkerHit>& MarkerHits::Of(std::string_view list) const {
  static const std::vector<MarkerHit> kNone;
  const std::optional<size_t> position = index_.Find(list);
  if (!position || *position >= hits_.size()) return kNone;
  if (prepare_) prepare_(*position);
  return Read(*position);
}

const std::vector<CheckInfo>& Checks() {
  static const std::vector<CheckInfo> checks = {
      {"no-employer",
       "a job ad that says how to apply but names no employer: no company name or legal form, "
       "registration or VAT number, street address, website or company e-mail (marker lists "
       "employer, register-abroad, legal-form, domain; a mailbox at a domain named after mail, "
       "list mail-named, "
       "names no business one can trace; a firm or agency word with a name as written, list "
       "firm-word, names one; so does a public body named by its status, list public-body)",
       AppliesTo::kLabour,
       {"employer", "register-abroad", "legal-form", "domain", "free-mail", "mail-named",
        "social-site", "phone", "email", "handle", "private-message", "reader-offer", "answer-here",
        "reach-out", "firm-word", "public-body"},
       NoEmployer},
      {"phone-or-free-mail-only",
       "a job ad whose contact is a phone number or a free-mail address, with no registration "
       "number, street address, website, company e-mail or public body (list public-body; a "
       "legal form alone does not count), "
       "and no landline of its "
       "own country among the numbers extraction found (`ariadne analyze`)",
       AppliesTo::kLabour,
       {"employer", "register-abroad", "domain", "free-mail", "social-site", "phone",
        "public-body"},
       PhoneOrFreeMailOnly},
      {"no-pay",
       "a job ad that says how to apply but states no pay: no amount given as pay (after a pay "
       "word, per period, net or gross; an amount a fee or cost word names, or one taken from pay "
       "within four words after it, is no pay) and no named wage such as a minimum wage (marker "
       "lists pay, cost, taken-from-pay and the pay reader of J-SAL)",
       AppliesTo::kLabour,
       {"pay", "amount", "cost", "fee-word", "taken-from-pay", "phone", "email", "handle",
        "private-message", "reader-offer", "answer-here", "reach-out"},
       NoPay},
      {"obscured-phone",
       "an adult-services ad whose phone number, as written, holds letters (digits spelled out, "
       "look-alike letters) or keycap or full-width digits, or is split digit by digit or by "
       "emoji or symbols (\"07700💋900💋413\", \"(4~9~5)1~2~3\"), or whose e-mail address "
       "writes \"@\" or the dot as a word (\"mia (at) mailbox (dot) com\"); read from "
       "the folded text's map back to the original (marker lists phone, phone-spread, "
       "phone-slashed, address-in-words)",
       AppliesTo::kSex,
       {"phone", "phone-spread", "phone-slashed", "address-in-words"},
       ObscuredPhone},
      {"ages-disagree",
       "an adult-services ad that gives two ages at least 6 years apart (in figures, or a "
       "decade in words: \"po czterdziestce\"), two dress sizes at least 8 apart, two heights "
       "at least 15 cm apart (metres, centimetres or feet and inches), two body weights at "
       "least 20 kg apart, more years of experience than its age allows (started before 16), "
       "two hair colours, a language spoken fluently and only another elsewhere, calls its "
       "photos real and says they are not the person's, says nobody is behind the person and "
       "names their own booker or assistant, or says the person is a native of the place and "
       "does not speak or understand a language, "
       "an age the person looked against the ad's (from 12) or a birthday just past against "
       "another age 2 years from it, "
       "anywhere in the ad (marker lists age, age-seen, age-just-turned, age-thirties, "
       "age-forties, age-fifties, size, "
       "height, weight, experience-years, hair-light, hair-dark, hair-red, speaks-fluent, "
       "speaks-only, language, photos-real, photos-not-own, alone-claim, helper-mine, "
       "native-claim, speaks-not)",
       AppliesTo::kSex,
       {"age",          "age-seen",    "age-just-turned", "age-thirties",  "age-forties",
        "age-fifties",  "size",        "height",          "weight",        "experience-years",
        "hair-light",   "hair-dark",   "hair-red",        "speaks-fluent", "speaks-only",
        "language",     "photos-real", "photos-not-own",  "alone-claim",   "helper-mine",
        "native-claim", "speaks-not"},
       AgesOrSizesDisagree},
      {"possessive-name",
       "an adult-services ad that speaks of the person as \"our\" with a name (\"Our Lena\", "
       "\"Onze Mira\", \"Нашата Деси\"): a first-person plural possessive before a capitalised "
       "word in the ad as written (marker list we-possessive; German capitalises every noun, so "
       "its possessive is left out); failing that and the pairs, one that calls the person \"she\" "
       "or \"he\" at least twice (marker list she-he: English, Italian, Bulgarian, Russian and "
       "Ukrainian pronouns, both genders alike)",
       AppliesTo::kSex,
       {"we-possessive", "she-he"},
       PossessiveBeforeName,
       ThirdPersonTwice},
      {"task-scam",
       "a job ad with the task-scam script: money to top up or unlock a task account, or put on "
       "one, or paid likes, reviews, ratings, screenshots or views with a day rate (marker lists "
       "micro-task, task-unlock, task-account, amount; the pay reader of J-SAL)",
       AppliesTo::kLabour,
       {"micro-task", "task-unlock", "task-account", "amount"},
       TaskUnlock,
       TaskDayRate},
      {"scam-hub-route",
       "a job ad with a customer-service, chat, sales, IT or translator role, a place of the "
       "South-East Asian scam compounds and a flight or ticket, anywhere in the ad, and no "
       "employer one can check: no registration or VAT number, street address or own website (a "
       "company name with a legal form alone is no such detail); a border town of the compounds "
       "stands for the role and the place (marker lists hub-role, hub-place, hub-town, hub-trip, "
       "employer, domain, free-mail, mail-named, social-site)",
       AppliesTo::kLabour,
       {"hub-role", "hub-place", "hub-town", "hub-trip", "employer", "register-abroad",
        "legal-form", "domain", "free-mail", "mail-named", "social-site", "public-body"},
       ScamHubRoute},
      {"entertainment-role-abroad",
       "a job ad with a spa, massage or dance role (every gender's word) and a flight or ticket, "
       "anywhere in the ad, and no employer one can check: no registration or VAT number, street "
       "address or own website (marker lists ent-role, hub-trip, employer, domain, free-mail, "
       "mail-named, social-site)",
       AppliesTo::kLabour,
       {"ent-role", "hub-trip", "employer", "register-abroad", "legal-form", "domain", "free-mail",
        "mail-named", "social-site", "public-body"},
       EntertainmentRoleAbroad},
      {"long-hours",
       "a job ad whose working hours, written as clock times, span 11 hours or more of the day "
       "(\"8am-8pm\", \"5-17 Uhr\", \"6:00-18:00\"; a night shift wraps past midnight), or 10 "
       "hours or more six or seven days a week (60 hours and up); a range counts with minutes on "
       "a time, an hour word or am/pm after it, the part of the day in words (\"from 6 in the "
       "morning to 11 at night\", read as am and pm), a \"from\" word before it (\"dalle 7 alle "
       "19\", \"de la 7 la 19\", \"с 8 до 22\") or a word for work or shifts among the three "
       "words before it (\"shifts 7-19\"), or a start and an end told apart (\"si comincia "
       "alle 4 di mattina e si finisce verso le 16\", marker lists day-start and day-end), never "
       "followed by years, money, sizes or a count of "
       "days or months; a business's opening hours, a delivery window or the hours to call are "
       "no working day (marker lists clock-range, opening-hours, six-seven-days; the ranges read "
       "as numbers in src/flag/working_time.cpp)",
       AppliesTo::kLabour,
       {"clock-range", "opening-hours", "six-seven-days", "day-start", "day-end"},
       LongHours},
      {"unnamed-recruiter",
       "a job ad whose poster recruits for a client (\"I'm sourcing for a client\", \"Ищу для "
       "клиента\") and names no employer or agency, as no-employer reads it (marker lists "
       "recruit-for-client, employer, register-abroad, legal-form, domain, mail-named, firm-word)",
       AppliesTo::kLabour,
       {"recruit-for-client", "employer", "register-abroad", "legal-form", "domain", "free-mail",
        "mail-named", "social-site", "firm-word", "public-body"},
       UnnamedRecruiter},

  };
  return checks;
}

const CheckInfo* FindCheck(std::string_view name) {
  for (const CheckInfo& check : Checks()) {
    if (check.name == name) return &check;
  }
  return nullptr;
}

std::string KnownChecks() {
  std::string names;
  for (const CheckInfo& check : Checks())
    names += (names.empty() ? "" : ", ") + std::string(check.name);
  return names;
}

bool IsKnownMarker(std::string_view name) {
  return std::find(std::begin(kKnownMarkers), std::end(kKnownMarkers), name) !=
         std::end(kKnownMarkers);
}

std::string KnownMarkers() {
  std::string names;
  for (std::string_view name : kKnownMarkers)
    names += (names.empty() ? "" : ", ") + std::string(name);
  return names;
}

bool NeedsEveryHit(const RuleSet& rules, std::string_view list) {
  if (std::find(std::begin(kEveryHit), std::end(kEveryHit), list) != std::end(kEveryHit)) {
    return true;
  }
  if (const MarkerList* marker = rules.FindMarkers(list); marker != nullptr && marker->mask) {
    return true;  // every hit of a mask hides what lies inside it
  }
  return std::any_of(rules.indicators.begin(), rules.indicators.end(), [&](const Indicator& i) {
    return std::any_of(i.near.begin(), i.near.end(), [&](const NearCheck& near) {
      return near.first == list || near.second == list;
    });
  });
}

std::optional<CheckFinding> RunNear(const MarkerHits& hits, const NearCheck& near) {
  const bool commas = !near.sentence;
  auto pair = Followed(hits, near.first, near.second, near.words, commas);
  if (!pair && near.either_order)
    pair = Followed(hits, near.second, near.first, near.words, commas);
  if (!pair) return std::nullopt;
  return CheckFinding{{pair->first, pair->second}, near.why, "the words", false};
}

}  // namespace ariadne::flag
