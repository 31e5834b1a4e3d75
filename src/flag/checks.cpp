// The computed checks (see checks.h).
#include "flag/checks.h"

#include <fmt/format.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "flag/pay.h"

namespace ariadne::flag {
namespace {

constexpr std::string_view kKnownMarkers[] = {"employer",
                                              "domain",
                                              "free-mail",
                                              "social-site",
                                              "phone",
                                              "email",
                                              "handle",
                                              "private-message",
                                              "pay",
                                              "amount",
                                              "cost",
                                              "age",
                                              "size",
                                              "language",
                                              "language-word",
                                              "without",
                                              "not-needed",
                                              "micro-task",
                                              "task-unlock",
                                              "wage-word",
                                              "pay-at-end",
                                              "go-between",
                                              "booking",
                                              "id-document",
                                              "document-handover",
                                              "fee-word",
                                              "experience-word",
                                              "contract-word",
                                              "on-arrival",
                                              "hub-role",
                                              "hub-place",
                                              "hub-trip",
                                              "taken-from-pay",
                                              "clock-range",
                                              "calls-accepted"};
// The lists whose every hit matters: spans compared, values read, or hits paired by distance
// (a list's first hit may be in another sentence than the one that pairs).
constexpr std::string_view kEveryHit[] = {
    "domain",        "free-mail",   "social-site",       "amount",        "cost",
    "age",           "size",        "language",          "language-word", "without",
    "not-needed",    "micro-task",  "wage-word",         "pay-at-end",    "go-between",
    "booking",       "id-document", "document-handover", "fee-word",      "experience-word",
    "contract-word", "on-arrival",  "taken-from-pay",    "clock-range",   "pay"};
// How to reach whoever placed the ad: what makes a text a whole ad rather than a fragment.
constexpr std::string_view kContactLists[] = {"phone", "email", "handle", "private-message"};

// Ages and dress sizes this far apart in one ad are two different people or a copied profile
// (S-DISCREP). Ten years is far beyond "looks younger"; eight sizes span UK 6-14 or EU 34-42.
constexpr int kAgeGap = 10;
constexpr int kSizeGap = 8;
constexpr int kMinAge = 18;
constexpr int kMaxAge = 99;

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

std::vector<MarkerHit> PhoneHits(const MarkerHits& hits) {
  std::vector<MarkerHit> phones;
  for (const MarkerHit& hit : hits.Of("phone")) {
    if (!FollowsIdentifier(hits, hit)) phones.push_back(WholeNumber(hits.text(), hit));
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

// A web or e-mail domain that is not a free-mail provider's or a social or messenger site's: the
// employer's own site or mail.
bool HasOwnDomain(const MarkerHits& hits) {
  for (const MarkerHit& domain : hits.Of("domain")) {
    if (IsMailboxName(hits.text(), domain)) continue;
    const auto shared = [&](std::string_view list) {
      const auto& of = hits.Of(list);
      return std::any_of(of.begin(), of.end(),
                         [&](const MarkerHit& h) { return Overlaps(h, domain); });
    };
    if (!shared("free-mail") && !shared("social-site")) return true;
  }
  return false;
}

bool NamesEmployer(const MarkerHits& hits) {
  return hits.Any("employer") || HasOwnDomain(hits);
}

std::optional<CheckFinding> NoEmployer(const MarkerHits& hits) {
  std::vector<MarkerHit> contact = ContactHits(hits);
  if (contact.empty() || NamesEmployer(hits)) return std::nullopt;
  return CheckFinding{std::move(contact),
                      "no company name or legal form, registration or VAT number, street address "
                      "or website found",
                      "how to apply", true};
}

std::optional<CheckFinding> PhoneOrFreeMailOnly(const MarkerHits& hits) {
  std::vector<MarkerHit> contact = PhoneHits(hits);
  for (const MarkerHit& mail : hits.Of("free-mail")) contact.push_back(mail);
  if (contact.empty() || NamesEmployer(hits)) return std::nullopt;
  std::sort(contact.begin(), contact.end(),
            [](const MarkerHit& a, const MarkerHit& b) { return a.start < b.start; });
  return CheckFinding{std::move(contact),
                      "no company name, registration number, street address, website or company "
                      "e-mail found besides it",
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
  for (const StatedPay& pay : FindStatedPay(hits.text(), "")) {
    if (!TakenFromPay(hits, pay.end)) return true;
  }
  return false;
}

// A pay word whose hit does not end on a cost or a phone number: a pay word's hit ends on the
// first digit of the amount it names, and "loon af, plus €25 p/w voor het busje" names the bus,
// "hoge verdiensten!! Bel voor info 06 00000000" a phone number, not pay. A named wage ("minimum
// wage") ends on no amount.
bool NamesPay(const MarkerHits& hits) {
  const auto& amounts = hits.Of("amount");
  const std::vector<MarkerHit> phones = PhoneHits(hits);
  for (const MarkerHit& pay : hits.Of("pay")) {
    const size_t digit = pay.end - 1;
    const auto holds_digit = [&](const MarkerHit& h) { return h.start <= digit && digit < h.end; };
    const bool names_cost = std::any_of(amounts.begin(), amounts.end(), [&](const MarkerHit& a) {
      return holds_digit(a) && IsCost(hits, a);
    });
    if (!names_cost && std::none_of(phones.begin(), phones.end(), holds_digit)) return true;
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

// A phone number written to dodge collection (rule R12, table 2F): as written it holds letters
// (digits spelled out, "O" for 0, "З" for 3) or keycap or full-width digits, or its digits are
// split one by one ("0-7-7-0-0 / 9-0-0").
bool IsObscured(std::string_view written) {
  int digits = 0;
  int breaks = 0;
  bool after_digit = false;
  const auto length = static_cast<int32_t>(written.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(written.data(), i, length, c);
    // A letter, a digit other than ASCII (full-width, keycap) or the keycap mark itself.
    if (u_isalpha(c) || (c >= 0x80 && u_isdigit(c)) || c == 0x20E3) return true;
    if (c >= '0' && c <= '9') {
      ++digits;
      after_digit = true;
    } else if (after_digit) {
      ++breaks;
      after_digit = false;
    }
  }
  return digits > 0 && breaks * 2 >= digits;  // most digits stand alone
}

std::optional<CheckFinding> ObscuredPhone(const MarkerHits& hits) {
  std::vector<MarkerHit> obscured;
  for (const MarkerHit& phone : PhoneHits(hits)) {
    if (IsObscured(hits.Original(phone))) obscured.push_back(phone);
  }
  if (obscured.empty()) return std::nullopt;
  return CheckFinding{std::move(obscured),
                      "its phone number is spelled out, written with look-alike letters or split "
                      "digit by digit",
                      "the number as written", false};
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

std::optional<CheckFinding> AgesOrSizesDisagree(const MarkerHits& hits) {
  if (const auto ages = FarApart(hits, "age", kMinAge, kMaxAge, kAgeGap)) {
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
  return std::nullopt;
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

// A hit of `first` followed, in the same clause (sentence when !commas), by a hit of `second`
// at most `max_words` words after it: a relation written in one order ("English not needed",
// "without English"), which two words far apart or in two sentences never are.
std::optional<std::pair<MarkerHit, MarkerHit>> Followed(const MarkerHits& hits,
                                                        std::string_view first,
                                                        std::string_view second, int max_words,
                                                        bool commas) {
  for (const MarkerHit& a : hits.Of(first)) {
    for (const MarkerHit& b : hits.Of(second)) {
      if (b.start < a.end) continue;
      const std::optional<int> words = WordsWithinClause(hits.text(), a.end, b.start, commas);
      if (words && *words <= max_words) return std::make_pair(a, b);
    }
  }
  return std::nullopt;
}

// Either order.
std::optional<std::pair<MarkerHit, MarkerHit>> Near(const MarkerHits& hits, std::string_view a,
                                                    std::string_view b, int max_words,
                                                    bool commas) {
  if (auto pair = Followed(hits, a, b, max_words, commas)) return pair;
  return Followed(hits, b, a, max_words, commas);
}

// J-NOLANG: a language (named, or the word "language") said not to be needed: "<language>
// not needed / brauchst du nicht / nie jest wymagany / знати не треба" right after it, or
// "without / no need to speak / bez / без" right before it, in one clause. The language's name
// is never the evidence alone (rule R2): only the need denied, and any language gives the same
// flag.
constexpr int kNotNeededWords = 2;

// `subject` (a list) said not to be needed: a hit of not-needed within kNotNeededWords after it,
// or of without within kNotNeededWords before it, in one clause.
std::optional<std::pair<MarkerHit, MarkerHit>> NotNeeded(const MarkerHits& hits,
                                                         std::string_view subject) {
  if (auto pair = Followed(hits, subject, "not-needed", kNotNeededWords, /*commas=*/true)) {
    return pair;
  }
  return Followed(hits, "without", subject, kNotNeededWords, /*commas=*/true);
}

std::optional<CheckFinding> LanguageNotNeeded(const MarkerHits& hits) {
  for (std::string_view language : {"language", "language-word"}) {
    if (const auto pair = NotNeeded(hits, language)) {
      return CheckFinding{
          {pair->first, pair->second}, "a language is said not to be needed", "the words", false};
    }
  }
  return std::nullopt;
}

// J-NOEXP: experience, a qualification or training said not to be needed, the same way
// ("опит не е нужен", "bez opit", "Erfahrung nicht erforderlich", "sin experiencia").
std::optional<CheckFinding> ExperienceNotNeeded(const MarkerHits& hits) {
  const auto pair = NotNeeded(hits, "experience-word");
  if (!pair) return std::nullopt;
  return CheckFinding{{pair->first, pair->second},
                      "experience or a qualification is said not to be needed",
                      "the words",
                      false};
}

// J-LATER: the contract left until arrival: a word for the contract within five words of "on
// arrival / when you get there / on site / later", in one clause, in either order ("el contrato
// lo hacemos cuando llegues", "agreement sorted when u get there", "Договір підпишете вже на
// місці").
constexpr int kContractWords = 5;

std::optional<CheckFinding> ContractOnArrival(const MarkerHits& hits) {
  const auto pair = Near(hits, "contract-word", "on-arrival", kContractWords, /*commas=*/true);
  if (!pair) return std::nullopt;
  return CheckFinding{
      {pair->first, pair->second}, "the contract is left until arrival", "the words", false};
}

// J-HUB (Interpol Orange Notice 2023): the scam-compound route: a customer-service, chat, sales,
// IT or translator job, a place of the South-East Asian compounds (Cambodia, Laos, Myanmar,
// Thailand and its border, Manila, the Golden Triangle), and a flight or ticket, anywhere in one
// ad, and no employer named. Each alone is ordinary; the three together, from nobody in
// particular, are the recruitment script.
std::optional<CheckFinding> ScamHubRoute(const MarkerHits& hits) {
  const auto& role = hits.Of("hub-role");
  const auto& place = hits.Of("hub-place");
  const auto& trip = hits.Of("hub-trip");
  // A named employer (legal form, registration number, address, own website) is the opposite of
  // the "vague employer details" of the script.
  if (role.empty() || place.empty() || trip.empty() || NamesEmployer(hits)) return std::nullopt;
  return CheckFinding{{role.front(), place.front(), trip.front()},
                      "it offers a customer-service, chat, sales, IT or translator job in a "
                      "South-East Asian scam-compound region with the flight provided",
                      "the job, the place and the trip",
                      false};
}

// J-TASK, the task-scam script (indicators.md 2A; Interpol, Clubic): paid likes, reviews,
// ratings, screenshots or views, with pay per task or per day, or with money to pay in to
// "unlock" or "top up" the task account. A word of the script alone is not enough: "likes" or
// "reviews" appear in social-media jobs, a day rate in farm work.
constexpr int kPerTaskWords = 4;

bool StatesDayPay(std::string_view text) {
  for (const StatedPay& pay : FindStatedPay(text, "")) {
    if (pay.period == PayPeriod::kDay) return true;
  }
  return false;
}

std::optional<CheckFinding> TaskScam(const MarkerHits& hits) {
  const auto& tasks = hits.Of("micro-task");
  const auto& unlock = hits.Of("task-unlock");
  if (!unlock.empty() && hits.Any("amount")) {
    std::vector<MarkerHit> spans = {unlock.front()};
    if (!tasks.empty()) spans.push_back(tasks.front());
    return CheckFinding{std::move(spans), "it asks for money to top up or unlock the task account",
                        "the words", false};
  }
  if (tasks.empty()) return std::nullopt;
  if (auto per_task = Near(hits, "amount", "micro-task", kPerTaskWords, /*commas=*/true)) {
    return CheckFinding{{per_task->first, per_task->second},
                        "it pays per like, review, rating or screenshot",
                        "the words",
                        false};
  }
  if (StatesDayPay(hits.text())) {
    return CheckFinding{{tasks.front()},
                        "it pays a day rate for likes, reviews, ratings or screenshots",
                        "the task",
                        false};
  }
  return std::nullopt;
}

// J-PAYLATER: a word for pay and "at the end of the season / contract / vakhta" or "after you
// return home" in one sentence, in either order ("Lohn wird am Saisonende ausgezahlt",
// "Расчёт только по окончании вахты", "Wypłata dopiero po zakończeniu zbiorów").
constexpr int kPayAtEndWords = 6;

std::optional<CheckFinding> PayAtEnd(const MarkerHits& hits) {
  const auto pair = Near(hits, "wage-word", "pay-at-end", kPayAtEndWords, /*commas=*/false);
  if (!pair) return std::nullopt;
  return CheckFinding{{pair->first, pair->second},
                      "it says pay comes only at the end of the season or contract, or after "
                      "the return home",
                      "the words",
                      false};
}

// S-3P: someone else takes the bookings: a go-between (reception, manager, administrator,
// assistant, a friend or boyfriend) within three words of booking or answering words, in one
// clause, in either order ("Termine macht unsere Empfangsdame", "umawia koleżanka", "записує
// менеджерка"). A driver is not a go-between here: a security driver is a safety practice (R4).
constexpr int kGoBetweenWords = 3;

std::optional<CheckFinding> BookedByGoBetween(const MarkerHits& hits) {
  const auto pair = Near(hits, "booking", "go-between", kGoBetweenWords, /*commas=*/true);
  if (!pair) return std::nullopt;
  return CheckFinding{{pair->first, pair->second},
                      "someone else takes the bookings or answers the phone",
                      "the words",
                      false};
}

// J-DOCS: an identity document kept by someone else or sent before any interview: a passport or
// ID card within five words of keeping, handing in or sending it (a copy, a scan, a photo), in
// one sentence, in either order ("Reisepass bitte beim Chef abgeben", "Pasapoartele le tine seful
// de echipa", "envoyer la copie recto-verso de votre pièce d'identité").
constexpr int kDocumentWords = 5;

std::optional<CheckFinding> DocumentsHandedOver(const MarkerHits& hits) {
  const auto pair =
      Near(hits, "id-document", "document-handover", kDocumentWords, /*commas=*/false);
  if (!pair) return std::nullopt;
  return CheckFinding{{pair->first, pair->second},
                      "it asks for an identity document to be handed over, kept or sent",
                      "the words",
                      false};
}

// J-FEE: an amount the worker pays: a fee word ("fee", "deposit", "for arranging it", "to me",
// "za pośrednictwo", "за мою послугу") within five words of an amount, in one clause, in either
// order. Rent and deductions are J-DEDUCT, not here.
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

std::optional<CheckFinding> WorkerPays(const MarkerHits& hits) {
  const auto pair = Near(hits, "fee-word", "amount", kFeeWords, /*commas=*/true);
  if (!pair) return std::nullopt;
  return CheckFinding{
      {pair->first, pair->second}, "it names an amount the job seeker pays", "the words", false};
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

// The hours of a clock range, in order (minutes skipped), with am/pm when written after them.
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
      hours.push_back(hour);
    }
    i = j;
  }
  return hours;
}

// The length in hours of the day a clock range spans (a night shift wraps past midnight).
std::optional<int> RangeHours(std::string_view range) {
  const std::vector<ClockHour> hours = ClockHours(range);
  if (hours.size() < 2) return std::nullopt;
  ClockHour from = hours[0];
  ClockHour to = hours[1];
  if (from.hour > 24 || to.hour > 24) return std::nullopt;
  if (to.pm && !from.am && !from.pm && from.hour <= to.hour) from.am = true;  // "8-8pm"
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

std::optional<CheckFinding> LongHours(const MarkerHits& hits) {
  for (const MarkerHit& range : hits.Of("clock-range")) {
    const std::optional<int> length =
        RangeHours(hits.text().substr(range.start, range.end - range.start));
    if (length && *length >= kLongDayHours) {
      return CheckFinding{{range},
                          fmt::format("its working hours span {} hours of the day", *length),
                          "the hours",
                          false};
    }
  }
  return std::nullopt;
}

}  // namespace

std::string_view MarkerHits::Original(const MarkerHit& hit) const {
  const auto [start, end] = to_original_(hit.start, hit.end);
  return original_.substr(start, end - start);
}

const std::vector<MarkerHit>& MarkerHits::Of(std::string_view list) const {
  static const std::vector<MarkerHit> kNone;
  for (size_t i = 0; i < lists_.size() && i < hits_.size(); ++i) {
    if (lists_[i].name == list) return hits_[i];
  }
  return kNone;
}

const std::vector<CheckInfo>& Checks() {
  static const std::vector<CheckInfo> checks = {
      {"no-employer",
       "a job ad that says how to apply but names no employer: no company name or legal form, "
       "registration or VAT number, street address, website or company e-mail (marker lists "
       "employer, domain)",
       AppliesTo::kLabour,
       {"employer", "domain", "free-mail", "social-site", "phone", "email", "handle",
        "private-message"},
       NoEmployer},
      {"phone-or-free-mail-only",
       "a job ad whose contact is a phone number or a free-mail address, with no company name, "
       "registration number, street address, website or company e-mail",
       AppliesTo::kLabour,
       {"employer", "domain", "free-mail", "social-site", "phone"},
       PhoneOrFreeMailOnly},
      {"no-pay",
       "a job ad that says how to apply but states no pay: no amount given as pay (after a pay "
       "word, per period, net or gross; an amount a fee or cost word names, or one taken from pay "
       "within four words after it, is no pay) and no named wage such as a minimum wage (marker "
       "lists pay, cost, taken-from-pay and the pay reader of J-SAL)",
       AppliesTo::kLabour,
       {"pay", "amount", "cost", "fee-word", "taken-from-pay", "phone", "email", "handle",
        "private-message"},
       NoPay},
      {"obscured-phone",
       "an adult-services ad whose phone number, as written, holds letters (digits spelled out, "
       "look-alike letters) or keycap or full-width digits, or is split digit by digit; read from "
       "the folded text's map back to the original (marker list phone)",
       AppliesTo::kSex,
       {"phone", "employer"},
       ObscuredPhone},
      {"ages-disagree",
       "an adult-services ad that gives two ages at least 10 years apart, or two dress sizes at "
       "least 8 apart (marker lists age, size)",
       AppliesTo::kSex,
       {"age", "size"},
       AgesOrSizesDisagree},
      {"language-not-needed",
       "a job ad that says a language is not needed: a language's name or the word for language, "
       "then within two words a denied need (\"not needed\", \"brauchst du nicht\", \"nie jest "
       "wymagany\"), or \"without\" or \"no need to speak\" right before it, in one clause; any "
       "language gives the same flag (marker lists language, language-word, not-needed, without)",
       AppliesTo::kLabour,
       {"language", "language-word", "not-needed", "without"},
       LanguageNotNeeded},
      {"task-scam",
       "a job ad with the task-scam script: money to top up or unlock a task account, or paid "
       "likes, reviews, ratings, screenshots or views with an amount per task (within four words) "
       "or a day rate (marker lists micro-task, task-unlock, amount; the pay reader of J-SAL)",
       AppliesTo::kLabour,
       {"micro-task", "task-unlock", "amount"},
       TaskScam},
      {"pay-at-end",
       "a job ad that says pay comes only at the end of the season, contract or vakhta, or after "
       "the return home: a word for pay within six words of such an end, in one sentence (marker "
       "lists wage-word, pay-at-end)",
       AppliesTo::kLabour,
       {"wage-word", "pay-at-end"},
       PayAtEnd},
      {"go-between",
       "an adult-services ad whose bookings or calls go through someone else: a receptionist, "
       "manager, administrator, assistant, friend or boyfriend within three words of booking or "
       "answering words, in one clause (marker lists go-between, booking)",
       AppliesTo::kSex,
       {"go-between", "booking"},
       BookedByGoBetween},
      {"documents-handed-over",
       "a job ad that asks for a passport or identity card to be handed in, kept or sent (a "
       "copy, a scan, a photo): the document within five words of such a verb, in one sentence "
       "(marker lists id-document, document-handover)",
       AppliesTo::kLabour,
       {"id-document", "document-handover"},
       DocumentsHandedOver},
      {"worker-pays",
       "a job ad that names an amount the job seeker pays: a fee word (fee, deposit, for "
       "arranging it, to me, activation, top-up) within five words of an amount, in one clause "
       "(marker lists fee-word, amount)",
       AppliesTo::kLabour,
       {"fee-word", "amount"},
       WorkerPays},
      {"experience-not-needed",
       "a job ad that says experience or a qualification is not needed: the word within two "
       "words of a denied need, as language-not-needed reads it (marker lists experience-word, "
       "not-needed, without)",
       AppliesTo::kLabour,
       {"experience-word", "not-needed", "without"},
       ExperienceNotNeeded},
      {"contract-on-arrival",
       "a job ad that leaves the contract until arrival: a word for the contract within five "
       "words of 'on arrival', 'when you get there', 'on site' or 'later', in one clause "
       "(marker lists contract-word, on-arrival)",
       AppliesTo::kLabour,
       {"contract-word", "on-arrival"},
       ContractOnArrival},
      {"scam-hub-route",
       "a job ad with a customer-service, chat, sales, IT or translator role, a place of the "
       "South-East Asian scam compounds and a flight or ticket, anywhere in the ad, and no "
       "employer named as no-employer reads it (marker lists hub-role, hub-place, hub-trip, "
       "employer, domain, free-mail, social-site)",
       AppliesTo::kLabour,
       {"hub-role", "hub-place", "hub-trip", "employer", "domain", "free-mail", "social-site"},
       ScamHubRoute},
      {"long-hours",
       "a job ad whose working hours, written as clock times, span 11 hours or more of the day "
       "(\"8am-8pm\", \"5-17 Uhr\", \"6:00-18:00\"; a night shift wraps past midnight); a range "
       "counts only with minutes on both times or an hour word or am/pm after it (marker list "
       "clock-range)",
       AppliesTo::kLabour,
       {"clock-range"},
       LongHours},

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

bool NeedsEveryHit(std::string_view list) {
  return std::find(std::begin(kEveryHit), std::end(kEveryHit), list) != std::end(kEveryHit);
}

}  // namespace ariadne::flag
