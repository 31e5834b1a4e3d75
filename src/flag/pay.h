// Stated pay in ad text: an amount, a currency and a period (internal to the flag module).
//
// Used by J-SAL (rule R10): "3.000 € pe lună", "€3,000 per month", "15 zł/h", "1 500 лв. на месец",
// and with the period written first: "Monatsgehalt 3000 €", "salariu lunar 5000 lei",
// "miesięczne wynagrodzenie 6000 zł", "órabér 2000 Ft". Only an amount written with a currency
// (before or after it) and with a period (right after it, else right before it) is stated pay, or
// one right after a word for pay ("Salary from $3,500", "Заплата от 2500$": read as a month); an
// amount without either is read as pay only when the caller asks (BareAmounts::kRead, for a job
// abroad), never next to a cost word; never without a currency (phone numbers, ages, dates). "8k",
// "90 тыс." are thousands. Matched in the FOLDED text (normalize/normalize.h: full-width digits and
// no-break spaces are already plain), case-insensitively; the caller maps the spans back to the
// original bytes. The words (currencies, periods, words for pay, net and gross, thousands, cost
// words) are data: rules/data/pay-words.toml, loaded with the rules (RuleSet::pay_words); this
// file is the mechanism that reads them.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "flag/rules.h"

namespace ariadne::flag {

struct StatedPay {
  size_t start = 0;  // byte range of currency, amount and period in the searched text
  size_t end = 0;
  double amount = 0;     // as stated, per `period`
  std::string currency;  // ISO 4217 ("EUR", "RON", "USD", …); "" when the word did not say which
  PayPeriod period = PayPeriod::kMonth;
  std::string lang;  // ISO 639-1 of the period words; "" for symbols ("/h")
  bool net = false;  // said to be net ("netto", "na rękę", "чистыми")
  // false: no period was written, only a word for pay before the amount ("Salary from $3,500"),
  // which ads use for a month's pay; the amount is read as monthly.
  bool period_stated = true;
  // true: neither a period nor a word for pay, only an amount with its currency ("2.800 USD",
  // "3.200 USD, volo pagato"); read as a month's pay like "Salary from $3,500". Found only when
  // asked (BareAmounts::kRead), and never next to a cost word ("deposit 500 USD").
  bool bare = false;

  double Monthly() const { return amount * PeriodsPerMonth(period); }
};

// The currencies a currency word used by several ("lei": RON and MDL; "kr": DKK, NOK, SEK) is read
// as, in this order, when it is one of them: where the job is (`destination`), then the site's
// country (`local`); else the word's first, or none for an `ambiguous` word (CurrencyWord).
struct CurrencyContext {
  std::string_view destination;
  std::string_view local;
};

// Every stated pay in `text` (valid UTF-8), in text order, not overlapping, read with `words`
// (nothing when they are empty: no pay-words.toml), its currency resolved with `currencies`.
// Amounts: "3000", "3.000", "3,000", "3 000", "3'000", "3.000,50", "3,000.50",
// "12,50"; a run of digits longer than 9 is not an amount. Linear in the text.
// kRead: also an amount with a currency and nothing else (StatedPay::bare), unless a cost word
// (pay-words.toml [cost]: fee, deposit, price, ticket, rent, … in the ads' languages) is in the
// words before it in its clause or is the word right after it.
enum class BareAmounts { kSkip, kRead };
std::vector<StatedPay> FindStatedPay(const PayWords& words, std::string_view text,
                                     CurrencyContext currencies,
                                     BareAmounts bare = BareAmounts::kSkip);
// The same with only the site's currency known.
inline std::vector<StatedPay> FindStatedPay(const PayWords& words, std::string_view text,
                                            std::string_view local_currency,
                                            BareAmounts bare = BareAmounts::kSkip) {
  return FindStatedPay(words, text, CurrencyContext{{}, local_currency}, bare);
}

}  // namespace ariadne::flag
