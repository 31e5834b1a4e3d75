// Stated pay in ad text (see pay.h).
#include "flag/pay.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>

namespace ariadne::flag {
namespace {

constexpr int kMaxConnectors = 2;
constexpr size_t kMaxIntegerDigits = 9;

bool IsWordCodePoint(UChar32 c) {
  return (U_GET_GC_MASK(c) & (U_GC_L_MASK | U_GC_M_MASK | U_GC_ND_MASK | U_GC_PC_MASK)) != 0;
}

bool IsDigit(std::string_view text, size_t i) {
  return i < text.size() && text[i] >= '0' && text[i] <= '9';
}

UChar32 CodePointBefore(std::string_view text, size_t i) {
  if (i == 0) return U_SENTINEL;
  auto at = static_cast<int32_t>(i);
  UChar32 c = 0;
  U8_PREV(text.data(), 0, at, c);
  return c;
}

UChar32 CodePointAt(std::string_view text, size_t i) {
  if (i >= text.size()) return U_SENTINEL;
  auto at = static_cast<int32_t>(i);
  UChar32 c = 0;
  U8_NEXT(text.data(), at, static_cast<int32_t>(text.size()), c);
  return c;
}

bool WordBefore(std::string_view text, size_t i) {
  const UChar32 c = CodePointBefore(text, i);
  return c >= 0 && IsWordCodePoint(c);
}

bool WordAt(std::string_view text, size_t i) {
  const UChar32 c = CodePointAt(text, i);
  return c >= 0 && IsWordCodePoint(c);
}

// The bytes of `text` from `pos` that spell `word` (case-folded, code point by code point), with
// word boundaries where `word` starts or ends with a word character; 0 when they do not.
size_t MatchWord(std::string_view text, size_t pos, std::string_view word, bool whole = true) {
  auto i = static_cast<int32_t>(pos);
  int32_t j = 0;
  const auto text_length = static_cast<int32_t>(text.size());
  const auto word_length = static_cast<int32_t>(word.size());
  UChar32 first = -1;
  UChar32 last = -1;
  while (j < word_length) {
    if (i >= text_length) return 0;
    const auto ta = static_cast<unsigned char>(text[static_cast<size_t>(i)]);
    const auto wb = static_cast<unsigned char>(word[static_cast<size_t>(j)]);
    if (ta < 0x80 && wb < 0x80) {  // ASCII: no case folding needed (most of the calls)
      if (std::tolower(ta) != std::tolower(wb)) return 0;
      if (first < 0) first = wb;
      last = wb;
      ++i;
      ++j;
      continue;
    }
    UChar32 a = 0;
    UChar32 b = 0;
    U8_NEXT(text.data(), i, text_length, a);
    U8_NEXT(word.data(), j, word_length, b);
    if (a != b && u_foldCase(a, U_FOLD_CASE_DEFAULT) != u_foldCase(b, U_FOLD_CASE_DEFAULT)) {
      return 0;
    }
    if (first < 0) first = b;
    last = b;
  }
  if (IsWordCodePoint(first) && WordBefore(text, pos)) return 0;
  if (whole && IsWordCodePoint(last) && WordAt(text, static_cast<size_t>(i))) return 0;
  return static_cast<size_t>(i) - pos;
}

// Whether `word` surely does not start at `pos`: one first byte ASCII and the other not (no word
// of pay-words.toml starts with a letter that folds to ASCII, and the text is NFKC-folded), or
// both ASCII and different in any case. Most words of a list fail so; saying it here spares the
// call (two multi-byte letters may fold to each other, so those are left to MatchWord).
inline bool FirstByteDiffers(std::string_view text, size_t pos, std::string_view word) {
  if (pos >= text.size() || word.empty()) return false;
  const auto ta = static_cast<unsigned char>(text[pos]);
  const auto wb = static_cast<unsigned char>(word.front());
  if ((ta < 0x80) != (wb < 0x80)) return true;
  return ta < 0x80 && std::tolower(ta) != std::tolower(wb);
}

size_t SkipSpaces(std::string_view text, size_t i) {
  while (i < text.size() &&
         (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r')) {
    ++i;
  }
  return i;
}

template <typename List>
size_t MatchAny(std::string_view text, size_t pos, const List& words) {
  for (std::string_view word : words) {
    if (FirstByteDiffers(text, pos, word)) continue;
    if (const size_t n = MatchWord(text, pos, word)) return n;
  }
  return 0;
}

struct Found {
  size_t end = 0;
  const PeriodWord* word = nullptr;
  bool net = false;
};

std::optional<Found> MatchPeriod(std::string_view text, size_t pos,
                                 const std::vector<PeriodWord>& words) {
  for (const PeriodWord& w : words) {
    if (FirstByteDiffers(text, pos, w.word)) continue;
    if (const size_t n = MatchWord(text, pos, w.word)) return Found{pos + n, &w};
  }
  return std::nullopt;
}

// The period right at `pos`: "/ noun", an adverb, or up to two connectors and a noun.
std::optional<Found> PeriodAfterQualifier(const PayWords& w, std::string_view text, size_t pos) {
  size_t p = SkipSpaces(text, pos);
  if (p < text.size() && text[p] == '/') {
    const size_t after = SkipSpaces(text, p + 1);
    if (auto found = MatchPeriod(text, after, w.nouns)) return found;
    return MatchPeriod(text, after, w.slash);
  }
  if (auto found = MatchPeriod(text, p, w.after)) return found;
  for (int k = 0; k < kMaxConnectors; ++k) {
    const size_t n = MatchAny(text, p, w.connectors);
    if (n == 0) break;
    p = SkipSpaces(text, p + n);
    if (auto found = MatchPeriod(text, p, w.nouns)) return found;
  }
  return std::nullopt;
}

// The period after an amount and its currency, from `pos`: [gross|net] then "/ noun", an adverb,
// or up to two connectors and a noun.
std::optional<Found> PeriodAfter(const PayWords& w, std::string_view text, size_t pos) {
  std::optional<Found> found = PeriodAfterQualifier(w, text, pos);
  if (found) return found;
  size_t p = SkipSpaces(text, pos);
  if (const size_t n = MatchAny(text, p, w.net)) {
    found = PeriodAfterQualifier(w, text, p + n);
    if (found) found->net = true;
  } else if (const size_t g = MatchAny(text, p, w.gross)) {
    found = PeriodAfterQualifier(w, text, p + g);
  }
  return found;
}

// Whether a net word follows `pos` (after the amount, its currency and period: "3.500 € pe lună
// NET").
bool NetAfter(const PayWords& w, std::string_view text, size_t pos) {
  return MatchAny(text, SkipSpaces(text, pos), w.net) != 0;
}

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Where `word` (lower case; a space stands for any run of white space) ends at `end` and starts at
// or after `floor`, with word boundaries; npos when it does not. Read backwards, code point by
// code point, case-folded.
size_t MatchWordEndingAt(std::string_view text, size_t end, std::string_view word, size_t floor) {
  auto i = static_cast<int32_t>(end);
  auto j = static_cast<int32_t>(word.size());
  const auto lowest = static_cast<int32_t>(floor);
  UChar32 first = -1;
  UChar32 last = -1;
  // Most calls fail on the last letter: say so without decoding or case folding.
  if (!word.empty() && i > lowest) {
    const auto wb = static_cast<unsigned char>(word.back());
    const auto ta = static_cast<unsigned char>(text[static_cast<size_t>(i) - 1]);
    if (wb < 0x80 && wb != ' ' && ta < 0x80 && std::tolower(wb) != std::tolower(ta)) {
      return std::string_view::npos;
    }
  }
  while (j > 0) {
    UChar32 b = 0;
    U8_PREV(word.data(), 0, j, b);
    if (last < 0) last = b;
    first = b;
    if (b == ' ') {
      if (i <= lowest || !IsSpace(text[i - 1])) return std::string_view::npos;
      while (i > lowest && IsSpace(text[i - 1])) --i;
      continue;
    }
    if (i <= lowest) return std::string_view::npos;
    UChar32 a = 0;
    U8_PREV(text.data(), lowest, i, a);
    if (a != b && u_foldCase(a, U_FOLD_CASE_DEFAULT) != u_foldCase(b, U_FOLD_CASE_DEFAULT)) {
      return std::string_view::npos;
    }
  }
  if (IsWordCodePoint(first) && WordBefore(text, static_cast<size_t>(i))) {
    return std::string_view::npos;
  }
  if (IsWordCodePoint(last) && WordAt(text, end)) return std::string_view::npos;
  return static_cast<size_t>(i);
}

// Steps back over white space and one ':' or dash from `end`, not below `floor`.
size_t SkipBackSeparators(std::string_view text, size_t end, size_t floor) {
  size_t e = end;
  while (e > floor && IsSpace(text[e - 1])) --e;
  if (e > floor && (text[e - 1] == ':' || text[e - 1] == '-')) --e;
  while (e > floor && IsSpace(text[e - 1])) --e;
  return e;
}

struct FoundBefore {
  size_t start = 0;
  const PeriodWord* word = nullptr;
};

std::optional<FoundBefore> PeriodEndingAt(const PayWords& w, std::string_view text, size_t end,
                                          size_t floor) {
  for (const PeriodWord& period : w.before) {
    const size_t start = MatchWordEndingAt(text, end, period.word, floor);
    if (start != std::string_view::npos) return FoundBefore{start, &period};
  }
  return std::nullopt;
}

size_t PayNounEndingAt(const PayWords& w, std::string_view text, size_t end, size_t floor) {
  for (std::string_view noun : w.pay_nouns) {
    const size_t start = MatchWordEndingAt(text, end, noun, floor);
    if (start != std::string_view::npos) return start;
  }
  return std::string_view::npos;
}

// A period written before the pay that starts at `pay_start`: [pay noun] period, or period pay
// noun, then at most one `before_amount` word and a ':' ("Monatsgehalt: 3000 €", "salariu lunar
// 5000 lei", "miesięczne wynagrodzenie od 6000 zł"). Nothing before `floor` (the end of the pay
// found before) is read, so one period word never serves two amounts.
std::optional<FoundBefore> PeriodBefore(const PayWords& w, std::string_view text, size_t pay_start,
                                        size_t floor) {
  size_t e = SkipBackSeparators(text, pay_start, floor);
  for (std::string_view filler : w.before_amount) {
    const size_t start = MatchWordEndingAt(text, e, filler, floor);
    if (start != std::string_view::npos) {
      e = SkipBackSeparators(text, start, floor);
      break;
    }
  }
  if (std::optional<FoundBefore> period = PeriodEndingAt(w, text, e, floor)) {
    size_t s = period->start;
    while (s > floor && IsSpace(text[s - 1])) --s;
    const size_t noun = PayNounEndingAt(w, text, s, floor);
    if (noun != std::string_view::npos) period->start = noun;
    return period;
  }
  const size_t noun = PayNounEndingAt(w, text, e, floor);
  if (noun == std::string_view::npos) return std::nullopt;
  size_t s = noun;
  while (s > floor && IsSpace(text[s - 1])) --s;
  return PeriodEndingAt(w, text, s, floor);
}

// Where a word for pay starts that ends right before the pay at `pay_start`, with at most one
// `before_amount` word and a ':' between ("Salary from $3,500", "Sueldo: 3.000$", "заробіток
// до 7000$"); npos when there is none. Nothing before `floor` is read.
size_t PayNounBefore(const PayWords& w, std::string_view text, size_t pay_start, size_t floor) {
  size_t e = SkipBackSeparators(text, pay_start, floor);
  for (std::string_view filler : w.before_amount) {
    const size_t start = MatchWordEndingAt(text, e, filler, floor);
    if (start != std::string_view::npos) {
      e = SkipBackSeparators(text, start, floor);
      break;
    }
  }
  for (std::string_view noun : w.salary_nouns) {
    const size_t start = MatchWordEndingAt(text, e, noun, floor);
    if (start != std::string_view::npos) return start;
  }
  return std::string_view::npos;
}

// The end of "+ bonus" (a `bonus` word after a '+') right after `pos`; 0 when there is
// none.
size_t BonusAfter(const PayWords& w, std::string_view text, size_t pos) {
  const size_t plus = SkipSpaces(text, pos);
  if (plus >= text.size() || text[plus] != '+') return 0;
  const size_t word = SkipSpaces(text, plus + 1);
  const size_t n = MatchAny(text, word, w.bonus);
  return n == 0 ? 0 : word + n;
}

struct Amount {
  size_t start = 0;
  size_t end = 0;
  double value = 0;
  bool thousands = false;  // written with "k" or a word for thousand ("8k", "90 тыс.")
};

// Multiplies `amount` by 1000 when "k" or a word for thousand follows it.
void ReadThousands(const PayWords& w, std::string_view text, Amount& amount) {
  if (amount.value >= 1000) return;
  size_t i = amount.end;
  if (i < text.size() && (text[i] == 'k' || text[i] == 'K') && !WordAt(text, i + 1)) {
    amount.value *= 1000;
    amount.end = i + 1;
    amount.thousands = true;
    return;
  }
  const size_t p = SkipSpaces(text, i);
  if (p == i) return;
  if (const size_t n = MatchAny(text, p, w.thousands)) {
    amount.value *= 1000;
    amount.end = p + n;
    amount.thousands = true;
  }
}

// A number at `pos` (an ASCII digit): digits in groups of three after a thousands separator ('.',
// ',', ' ', '\''; one kind per number), then a decimal part of one or two digits after '.' or ','
// (the other one). "1.500" is 1500: pay is never written with three decimals.
std::optional<Amount> ParseNumber(const PayWords& w, std::string_view text, size_t pos) {
  size_t i = pos;
  double value = 0;
  while (IsDigit(text, i)) value = value * 10 + (text[i++] - '0');
  const size_t first_group = i - pos;
  if (first_group == 0 || first_group > kMaxIntegerDigits) return std::nullopt;
  char thousands = 0;
  for (;;) {
    if (i >= text.size()) break;
    const char sep = text[i];
    if (sep != '.' && sep != ',' && sep != ' ' && sep != '\'') break;
    size_t k = 0;
    while (IsDigit(text, i + 1 + k)) ++k;
    if (k == 3 && first_group <= 3 && (thousands == 0 || thousands == sep)) {
      thousands = sep;
      for (size_t d = 0; d < 3; ++d) value = value * 10 + (text[i + 1 + d] - '0');
      i += 4;
      continue;
    }
    if ((sep == '.' || sep == ',') && sep != thousands && (k == 1 || k == 2)) {
      value += (text[i + 1] - '0') / 10.0;
      if (k == 2) value += (text[i + 2] - '0') / 100.0;
      i += 1 + k;
    }
    break;
  }
  if (IsDigit(text, i) || value <= 0) return std::nullopt;
  Amount amount{pos, i, value};
  ReadThousands(w, text, amount);
  return amount;
}

struct Currency {
  size_t start = 0;
  size_t end = 0;
  const CurrencyWord* word = nullptr;
};

std::optional<Currency> CurrencyAt(const PayWords& w, std::string_view text, size_t pos) {
  if (pos >= text.size() || !w.currency_first[static_cast<unsigned char>(text[pos])]) {
    return std::nullopt;
  }
  for (const CurrencyWord& c : w.currencies) {
    if (FirstByteDiffers(text, pos, c.word)) continue;
    if (const size_t n = MatchWord(text, pos, c.word)) return Currency{pos, pos + n, &c};
  }
  return std::nullopt;
}

// A currency that ends at `end` (white space allowed between it and `end`).
std::optional<Currency> CurrencyBefore(const PayWords& w, std::string_view text, size_t end) {
  size_t e = end;
  while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == '\t')) --e;
  if (e == 0 || !w.currency_last[static_cast<unsigned char>(text[e - 1])]) return std::nullopt;
  for (const CurrencyWord& c : w.currencies) {
    if (c.word.size() > e) continue;
    const size_t start = e - c.word.size();
    if (FirstByteDiffers(text, start, c.word)) continue;
    if (MatchWord(text, start, c.word) == c.word.size()) return Currency{start, e, &c};
  }
  return std::nullopt;
}

std::string CodeOf(const CurrencyWord& word, CurrencyContext currencies) {
  if (word.codes.size() == 1) return word.codes.front();
  for (std::string_view preferred : {currencies.destination, currencies.local}) {
    for (const std::string& code : word.codes) {
      if (!preferred.empty() && code == preferred) return code;
    }
  }
  return word.ambiguous ? std::string() : word.codes.front();
}

// An amount, or a range "2.500 - 3.000" at `pos`: its upper bound, the promise an ad makes with
// it ("300-700 lei pe zi" promises up to 700 a day, as "up to 700" does).
std::optional<Amount> ParseAmountOrRange(const PayWords& w, std::string_view text, size_t pos) {
  std::optional<Amount> low = ParseNumber(w, text, pos);
  if (!low) return std::nullopt;
  size_t p = SkipSpaces(text, low->end);
  size_t dash = 0;
  for (std::string_view d : {"-", "\u2013", "\u2014"}) {
    if (text.substr(p, d.size()) == d) dash = d.size();
  }
  if (dash == 0) return low;
  p = SkipSpaces(text, p + dash);
  if (const auto currency = CurrencyAt(w, text, p)) p = SkipSpaces(text, currency->end);
  if (!IsDigit(text, p)) return low;
  const std::optional<Amount> high = ParseNumber(w, text, p);
  if (!high) return low;
  double low_value = low->value;
  // "6-8k": the thousand of the upper bound applies to the lower one too (read to check the
  // order of the bounds).
  if (high->thousands && !low->thousands && low_value * 1000 <= high->value) low_value *= 1000;
  if (high->value < low_value) return low;
  return Amount{low->start, high->end, high->value, high->thousands};
}

// Whether a cost word starts at `pos` (pay-words.toml [cost]; a trailing '*' matches any ending).
bool CostWordAt(const PayWords& w, std::string_view text, size_t pos) {
  for (std::string_view word : w.cost) {
    if (FirstByteDiffers(text, pos, word)) continue;
    const bool stem = word.back() == '*';
    if (stem) word.remove_suffix(1);
    if (MatchWord(text, pos, word, /*whole=*/!stem) != 0) return true;
  }
  return false;
}

constexpr size_t kCostLookBack = 48;  // bytes: the few words before an amount

// Whether a cost word is among the words before `start` in its clause (back to a line end, ';',
// '!', '?', or a '.' that ends a sentence), or is the word right after `end`.
bool NextToCostWord(const PayWords& w, std::string_view text, size_t start, size_t end) {
  const size_t floor = start > kCostLookBack ? start - kCostLookBack : 0;
  for (size_t i = start; i > floor; --i) {
    const char c = text[i - 1];
    if (c == '\n' || c == ';' || c == '!' || c == '?') break;
    if (c == '.' && !IsDigit(text, i - 2)) break;
    if (!WordBefore(text, i - 1) && WordAt(text, i - 1) && CostWordAt(w, text, i - 1)) return true;
  }
  const size_t next = SkipSpaces(text, end);
  return next > end && WordAt(text, next) && CostWordAt(w, text, next);
}

// Where a currency written after an amount may start: after white space, and after Romanian
// "de", which the language puts between a number from 20 up and its noun ("25 de lei pe oră",
// "5.000 de euro pe lună"). A grammar rule of one language, not a word an analyst would add.
size_t CurrencyStart(std::string_view text, size_t amount_end) {
  const size_t p = SkipSpaces(text, amount_end);
  constexpr std::string_view kOf = "de";
  if (p > amount_end && text.substr(p, kOf.size()) == kOf && p + kOf.size() < text.size() &&
      text[p + kOf.size()] == ' ') {
    return SkipSpaces(text, p + kOf.size());
  }
  return p;
}

}  // namespace

std::vector<StatedPay> FindStatedPay(const PayWords& words, std::string_view text,
                                     CurrencyContext currencies, BareAmounts bare) {
  std::vector<StatedPay> found;
  size_t i = 0;
  size_t floor = 0;  // the end of the last pay found: its words are not read again
  while (i < text.size()) {
    if (!IsDigit(text, i)) {
      ++i;
      continue;
    }
    const size_t run_start = i;
    while (IsDigit(text, i)) ++i;  // the next candidate starts after this run of digits
    const std::optional<Currency> before = CurrencyBefore(words, text, run_start);
    const UChar32 previous = CodePointBefore(text, run_start);
    const bool inside_number =
        (previous == '.' || previous == ',') && run_start >= 2 && IsDigit(text, run_start - 2);
    const bool glued =
        previous >= 0 && IsWordCodePoint(previous) && !(before && before->end == run_start);
    if (inside_number || glued) continue;
    const std::optional<Amount> amount = ParseAmountOrRange(words, text, run_start);
    if (!amount) continue;
    std::optional<Currency> currency = before;
    // "£300+ per day": the '+' says "or more"; the amount is the promise.
    const size_t amount_end =
        amount->end < text.size() && text[amount->end] == '+' ? amount->end + 1 : amount->end;
    size_t after = amount_end;
    if (const auto suffix = CurrencyAt(words, text, CurrencyStart(text, amount_end))) {
      if (!currency) currency = suffix;
      after = suffix->end;
    }
    if (!currency) continue;
    StatedPay pay;
    pay.start = before ? before->start : amount->start;
    const PeriodWord* period_word = nullptr;
    if (const std::optional<Found> period = PeriodAfter(words, text, after)) {
      pay.end = period->end;
      period_word = period->word;
      pay.net = period->net;
    } else if (const std::optional<FoundBefore> first =
                   PeriodBefore(words, text, pay.start, floor)) {
      pay.start = first->start;
      pay.end = after;
      period_word = first->word;
    } else if (const size_t noun = PayNounBefore(words, text, pay.start, floor);
               noun != std::string_view::npos) {
      pay.start = noun;
      pay.end = after;
      pay.period_stated = false;
    } else if (const size_t bonus = BonusAfter(words, text, after)) {
      pay.end = bonus;
      pay.period_stated = false;
    } else if (bare == BareAmounts::kRead && !NextToCostWord(words, text, pay.start, after)) {
      pay.end = after;
      pay.period_stated = false;
      pay.bare = true;
    } else {
      continue;
    }
    pay.amount = amount->value;
    pay.currency = CodeOf(*currency->word, currencies);
    pay.period = period_word != nullptr ? period_word->period : PayPeriod::kMonth;
    pay.lang = period_word != nullptr ? std::string(period_word->lang) : "";
    pay.net = pay.net || NetAfter(words, text, pay.end);
    i = std::max(i, pay.end);
    floor = pay.end;
    found.push_back(std::move(pay));
  }
  return found;
}

}  // namespace ariadne::flag
