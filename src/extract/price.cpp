// Prices in ads: an amount with a currency (symbol, ISO code, local word, or the "roses" code of
// escort ads, indicators.md S-EMOJI) and, when written next to it, a duration: "150€/1h", "€150 per
// hour", "1h 200 roses", "800€ night". Value "<amount> <currency>[/<duration>]"; details amount,
// currency, duration. Ads only. Source: ISO 4217 codes; indicators.md §2C and S-EMOJI.
#include <array>
#include <cstdint>

#include "extract/extractor.h"
#include "extract/text_util.h"

namespace ariadne::extract {
namespace {

struct CurrencyWord {
  std::string_view word;  // lower case (symbols as they are)
  std::string_view code;
};

constexpr std::array<CurrencyWord, 34> kCurrencies = {{
    {"€", "EUR"},       {"eur", "EUR"},     {"euro", "EUR"},    {"euros", "EUR"},   {"$", "USD"},
    {"usd", "USD"},     {"£", "GBP"},       {"gbp", "GBP"},     {"chf", "CHF"},     {"pln", "PLN"},
    {"zł", "PLN"},      {"zl", "PLN"},      {"lei", "RON"},     {"ron", "RON"},     {"лв", "BGN"},
    {"bgn", "BGN"},     {"czk", "CZK"},     {"kč", "CZK"},      {"huf", "HUF"},     {"ft", "HUF"},
    {"sek", "SEK"},     {"nok", "NOK"},     {"dkk", "DKK"},     {"kr", "SEK"},      {"₽", "RUB"},
    {"руб", "RUB"},     {"rub", "RUB"},     {"₴", "UAH"},       {"грн", "UAH"},     {"uah", "UAH"},
    {"roses", "roses"}, {"rosen", "roses"}, {"rozen", "roses"}, {"rosas", "roses"},
}};

// The bytes a currency word can start with (its first byte; ASCII letters in both cases): most
// positions MatchCurrency is asked about (digits, spaces) start none, and are answered at once
// instead of by comparing all 34 words.
constexpr std::array<bool, 256> MakeCurrencyStarts() {
  std::array<bool, 256> starts{};
  for (const CurrencyWord& c : kCurrencies) {
    const auto first = static_cast<unsigned char>(c.word[0]);
    starts[first] = true;
    if (first >= 'a' && first <= 'z') starts[first - 'a' + 'A'] = true;
  }
  return starts;
}
constexpr std::array<bool, 256> kCurrencyStarts = MakeCurrencyStarts();
// For each first byte (lower case), the currency words that start with it: bit k for
// kCurrencies[k].
constexpr std::array<uint64_t, 256> MakeCurrenciesByFirst() {
  static_assert(kCurrencies.size() <= 64, "one bit per word");
  std::array<uint64_t, 256> by_first{};
  for (size_t k = 0; k < kCurrencies.size(); ++k) {
    by_first[static_cast<unsigned char>(kCurrencies[k].word[0])] |= uint64_t{1} << k;
  }
  return by_first;
}
constexpr std::array<uint64_t, 256> kCurrenciesByFirst = MakeCurrenciesByFirst();

// The currency at i: returns its end and sets code, or returns i.
size_t MatchCurrency(std::string_view t, size_t i, std::string_view& code) {
  if (i >= t.size() || !kCurrencyStarts[static_cast<unsigned char>(t[i])]) return i;
  size_t best = i;
  // The words are lower case (symbols as they are): only those starting with this byte, in order.
  for (uint64_t words = kCurrenciesByFirst[static_cast<unsigned char>(AsciiLower(t[i]))];
       words != 0; words &= words - 1) {
    const CurrencyWord& c = kCurrencies[static_cast<size_t>(std::countr_zero(words))];
    if (t.size() - i < c.word.size()) continue;
    if (!EqualsLower(t.substr(i, c.word.size()), c.word)) {
      // non-ASCII words: compare bytes (lower case only)
      if (t.substr(i, c.word.size()) != c.word) continue;
    }
    const size_t e = i + c.word.size();
    if (IsAsciiAlpha(c.word[0]) && e < t.size() && IsWordByte(t[e])) continue;
    if (e > best) {
      best = e;
      code = c.code;
    }
  }
  return best;
}

// A duration at i ("1h", "30min", "2 hours", "night", "/h"); returns its end and the duration text.
size_t MatchDuration(std::string_view t, size_t i, std::string& duration) {
  size_t k = i;
  while (k < t.size() && IsDigit(t[k]) && k - i < 3) ++k;
  const std::string_view number = t.substr(i, k - i);
  if (!number.empty() && k < t.size() && t[k] == ' ') ++k;
  const size_t word_start = k;
  while (k < t.size() && IsAsciiAlpha(t[k]) && k - word_start < 8) ++k;
  if (k < t.size() && IsWordByte(t[k])) return i;
  const std::string_view word = t.substr(word_start, k - word_start);
  static constexpr std::array<std::string_view, 14> kHours = {
      "h",   "hr",  "hrs",   "hour",   "hours", "std",   "stunde",
      "ora", "ore", "heure", "heures", "hora",  "horas", "godz"};
  static constexpr std::array<std::string_view, 5> kMinutes = {"min", "mins", "minutes", "minuten",
                                                               "minut"};
  static constexpr std::array<std::string_view, 6> kNights = {"night", "nacht", "nuit",
                                                              "noche", "notte", "noc"};
  const std::string_view n = number.empty() ? "1" : number;
  for (auto w : kHours) {
    if (EqualsLower(word, w)) {
      duration.assign(n).append("h");
      return k;
    }
  }
  for (auto w : kMinutes) {
    if (EqualsLower(word, w)) {
      duration.assign(n).append("min");
      return k;
    }
  }
  for (auto w : kNights) {
    if (EqualsLower(word, w) && number.empty()) {
      duration = "night";
      return k;
    }
  }
  return i;
}

// Where the amount of an amount-first hit starts: the hit ends after "<digit> ?<currency>" (the
// currency has no digits), and the amount is the last (at most kMaxAmountDigits) digits of that
// digit run — the leftmost start of the match `\d{1,6} ?<currency>` ending there. Longer runs start
// after a digit and are rejected below, as before.
constexpr size_t kMaxAmountDigits = 6;
size_t AmountStart(std::string_view t, size_t match_end) {
  size_t digits_end = match_end;
  while (digits_end > 0 && !IsDigit(t[digits_end - 1])) --digits_end;
  size_t start = digits_end;
  while (start > 0 && IsDigit(t[start - 1]) && digits_end - start < kMaxAmountDigits) --start;
  return start;
}

void ExtractPrices(std::span<const Hit> hits, ScanState& state) {
  const std::string_view t = state.text;
  size_t done = 0;
  size_t previous_start = SIZE_MAX;
  for (const Hit& hit : hits) {
    // Patterns 0 and 2 have no SOM (see kPatterns): their hits are match ends, one per end.
    size_t start = hit.pattern != 1 ? AmountStart(t, hit.to) : hit.from;
    if (start < done) continue;
    // Every match end of one amount ("150 eur", "150 euro", "150 euros") gives the same start, and
    // the outcome depends on the start only: examine it once.
    if (start == previous_start) continue;
    previous_start = start;
    std::string_view code;
    size_t amount_start, amount_end, end;
    // Currency first ("€150") or amount first ("150€", "200 roses").
    size_t after_currency = MatchCurrency(t, start, code);
    if (after_currency > start && !IsDigit(t[start])) {
      amount_start = after_currency < t.size() && t[after_currency] == ' ' ? after_currency + 1
                                                                           : after_currency;
      amount_end = amount_start;
      while (amount_end < t.size() && IsDigit(t[amount_end])) ++amount_end;
      end = amount_end;
    } else {
      if (start > 0 && (IsWordByte(t[start - 1]) || t[start - 1] == '.' || t[start - 1] == ','))
        continue;
      amount_start = start;
      amount_end = start;
      while (amount_end < t.size() && IsDigit(t[amount_end])) ++amount_end;
      size_t c = amount_end < t.size() && t[amount_end] == ' ' ? amount_end + 1 : amount_end;
      end = MatchCurrency(t, c, code);
      if (end == c) continue;
    }
    if (amount_end == amount_start || amount_end - amount_start > 6) continue;
    // Duration after ("/1h", " per hour", " night") or before ("1h 200 roses").
    std::string duration;
    size_t k = end;
    if (k < t.size() && t[k] == ' ') ++k;
    if (k < t.size() && t[k] == '/') {
      ++k;
    } else if (t.substr(k).starts_with("per ") || t.substr(k).starts_with("pro ")) {
      k += 4;
    }
    const size_t d_end = MatchDuration(t, k, duration);
    if (d_end > k) {
      end = d_end;
    } else if (start >= 2) {
      // "1h 200 roses": a duration right before the amount.
      size_t b = start - 1;
      if (t[b] == ' ' && b > 0) {
        size_t ws = b;
        while (ws > 0 && (IsAsciiAlnum(t[ws - 1])) && b - ws < 8) --ws;
        std::string before;
        if (ws < b && MatchDuration(t, ws, before) == b && (ws == 0 || !IsWordByte(t[ws - 1]))) {
          duration = before;
          start = ws;
        }
      }
    }
    Found& f = state.EmitNew(SelectorType::kPrice);
    const std::string_view amount = t.substr(amount_start, amount_end - amount_start);
    f.value.reserve(amount.size() + 1 + code.size() + (duration.empty() ? 0 : 1 + duration.size()));
    f.value.append(amount).append(" ").append(code);
    if (!duration.empty()) f.value.append("/").append(duration);
    f.start = start;
    f.end = end;
    f.details.emplace_back("amount", amount);
    f.details.emplace_back("currency", code);
    if (!duration.empty()) f.details.emplace_back("duration", duration);
    done = end;
  }
}

// Patterns 0 and 2, amount first, are the costliest pre-scan patterns: they ask for no start of
// match (Vectorscan's SOM tracking more than doubled the whole scan, bench/extract_bench.cpp: with
// it the combined database took 4.9 ns/byte on the bench corpus, without it 2.8) and no word
// boundary after the currency (an assertion needs SOM, extract.cpp); AmountStart finds the
// amount's start and MatchCurrency checks the word boundary. Each match end is a hit (every_end):
// "5€ 6€" are two. The ASCII currency words are a pattern of their own without HS_FLAG_UTF8: a
// caseless UTF-8 pattern must also match the non-ASCII letters that case-fold to ASCII ones (the
// Kelvin sign for k, the long s for s), which NFKC has already replaced in the folded text, and
// with them in one pattern the whole pre-scan cost about a third more on the bench corpus.
constexpr PrescanPattern kPatterns[] = {
    {R"(\d ?(?:eur|euro|euros|usd|gbp|chf|pln|zl|lei|ron|bgn|czk|huf|ft|sek|nok|dkk|kr|rub|uah|roses|rosen|rozen|rosas))",
     HS_FLAG_CASELESS, kCueDigit, /*every_end=*/true},
    {R"((?:€|\$|£) ?\d{1,6})", HS_FLAG_UTF8 | HS_FLAG_SOM_LEFTMOST, kCueDigit},
    {R"(\d ?(?:€|\$|£|₽|₴|zł|лв|kč|руб|грн))", HS_FLAG_CASELESS | HS_FLAG_UTF8,
     kCueDigit,
     /*every_end=*/true},
};

}  // namespace

extern const ExtractorInfo kPriceExtractor = {
    "price",
    "Prices in ads: amount, currency (or roses) and duration, e.g. 150€/1h",
    3,
    "ISO 4217; indicators.md S-EMOJI",
    kPatterns,
    ExtractPrices,
    /*ads_only=*/true,
};

}  // namespace ariadne::extract
