// Clock ranges read as numbers (see working_time.h).
#include "flag/working_time.h"

#include <algorithm>
#include <iterator>
#include <optional>
#include <span>
#include <string>

namespace ariadne::flag {
namespace {

bool Digit(char c) {
  return c >= '0' && c <= '9';
}

// A byte of a word: an ASCII letter or any byte of a non-ASCII code point (the match text is
// lower case; Cyrillic and accented letters are multi-byte).
bool WordByte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return (u >= 'a' && u <= 'z') || u >= 0x80 || c == '\'';
}

bool StartsWithAny(std::string_view text, std::span<const std::string_view> words) {
  return std::any_of(words.begin(), words.end(),
                     [&](std::string_view w) { return text.starts_with(w); });
}

// Words joining the two hours, longest first; each must be followed by a space or a digit.
constexpr std::string_view kJoins[] = {
    "fino alle", "fino a",  // flag48: "dalle 11 fino a mezzanotte"
    "până la",   "pana la", "jusqu'à", "jusqu'a", "hasta las", "a las", "hasta", "until", "till",
    "alle",      "all'",    "tot",     "bis",     "til",       "to",    "al",    "à",     "a",
    "do",        "до",      "по",      "la",      "-",         "–",     "—"};

// Words right before the first hour that make the pair a span of time ("from 7 to 20").
constexpr std::string_view kFromWords[] = {"from", "von",   "van", "vanaf", "ab", "de",
                                           "dès",  "dalle", "dal", "desde", "od", "ot",
                                           "la",   "от",    "с",   "з",     "із", "від"};

// Beginnings of the words for work, shifts or working hours in the 11 languages: one of them
// among the three words before a bare range ("shifts 7-19", "Arbeitszeit 6-19", "график 7-20").
constexpr std::string_view kWorkStems[] = {
    "shift", "work",   "hour",    "schicht", "arbeit", "horaire", "travail",
    "werk",  "dienst", "program", "orar",    "lucr",   "horario", "jornada",
    "turn",  "trabaj", "lavor",   "godzin",  "zmian",  "prac",    "работ",
    "смян",  "смен",   "график",  "графік",  "змін",   "робот",   "час"};

// Hour words after an hour: the pair is about time. The first five name a time of day; the
// others also count hours ("8-20 hours a week", "20-30 uur per week": a number of hours, no
// range of the clock), so after a bare pair they show time only with a "from" word before it
// ("van 6 tot 19 uur", "с 8 до 20 часов").
constexpr std::string_view kHourWords[] = {
    "h",      "uhr", "am",    "pm",   "ч",     "uur",    "u",     "godz", "ore", "horas",
    "heures", "hrs", "hours", "часа", "часов", "години", "годин", "год",  "std", "stunden"};
constexpr size_t kClockWords = 5;

// What the second number of a pair of other things is followed by: years or age, money, sizes,
// a percentage, a count of people or things.
constexpr std::string_view kNotHours[] = {
    "year", "yr", "y.o", "jahr", "ans", "an ", "jaar", "ani", "годин", "години", "год ", "лет",
    "рок", "años", "anni", "lat", "latk", "€", "eur", "£", "gbp", "$", "usd", "zł", "zl", "pln",
    "lei", "ron", "лв", "лева", "руб", "₽", "грн", "uah", "%", "cm", "kg", "m2", "m²", "km", "x ",
    "pers", "osob", "человек", "чол", "euro", "fr", "chf", "kč", "ft",
    // a count of months, weeks or days ("from 1 to 12 months")
    "month", "monat", "mois", "maand", "lună", "месец", "mes", "mesi", "miesi", "месяц", "місяц",
    "week", "woche", "semaine", "săpt", "sapt", "седм", "semana", "settiman", "tydz", "tygod",
    "недел", "тижн", "days", "day ", "tage", "jours", "dagen", "zile", "дни", "días", "dias",
    "giorni", "dni", "дней", "днів",
    // a month: the pair is two dates ("od 6 do 20 lipca", "from 6 to 20 july")
    "jan", "feb", "fév", "fev", "mar", "apr", "avr", "mai", "may", "mei", "maj", "jun", "juin",
    "jul", "juil", "aug", "août", "aout", "ago", "sep", "settem", "okt", "oct", "ott", "nov", "dec",
    "dez", "déc", "dic", "enero", "genn", "ianua", "iun", "iul", "noiem", "sty", "lut", "kwi",
    "czerw", "lip", "sierp", "wrze", "paź", "paz", "listop", "grud", "янв", "фев", "мар", "апр",
    "мая", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек", "яну", "юни", "юли", "сеп",
    "ное", "січ", "лют", "берез", "квіт", "трав", "черв", "лип", "серп", "верес", "жовт", "листоп",
    "груд"};

// An hour at `at`: one or two digits, not part of a longer number, with minutes after it
// (":00", ".30", "h30"). Sets *end after it and *minutes to the byte before its minutes (0 for
// none). Minutes above 59 are no time ("12.75").
std::optional<int> ReadHour(std::string_view text, size_t at, size_t* end, char* minutes) {
  size_t j = at;
  while (j < text.size() && Digit(text[j])) ++j;
  if (j == at || j - at > 2) return std::nullopt;
  const int hour = std::stoi(std::string(text.substr(at, j - at)));
  *minutes = 0;
  if (j + 2 < text.size() && (text[j] == ':' || text[j] == '.' || text[j] == 'h') &&
      Digit(text[j + 1]) && Digit(text[j + 2]) && (j + 3 >= text.size() || !Digit(text[j + 3]))) {
    if (text[j + 1] > '5') return std::nullopt;
    *minutes = text[j];
    j += 3;
  }
  *end = j;
  return hour;
}

size_t SkipSpaces(std::string_view text, size_t at) {
  while (at < text.size() && text[at] == ' ') ++at;
  return at;
}

struct HourWord {
  size_t end = 0;
  bool clock = false;  // a word for a time of day, not a count of hours
};

// An hour word at `at` (whole word), or nullopt.
std::optional<HourWord> HourWordAt(std::string_view text, size_t at) {
  for (size_t i = 0; i < std::size(kHourWords); ++i) {
    const std::string_view word = kHourWords[i];
    if (!text.substr(at).starts_with(word)) continue;
    const size_t end = at + word.size();
    if (end < text.size() && WordByte(text[end])) continue;
    return HourWord{end + (end < text.size() && text[end] == '.' ? 1 : 0), i < kClockWords};
  }
  return std::nullopt;
}

// The join at `at` ("-", "to", "alle"...); the start of the second hour after it, or nullopt.
std::optional<size_t> JoinAt(std::string_view text, size_t at) {
  for (std::string_view join : kJoins) {
    if (!text.substr(at).starts_with(join)) continue;
    const size_t end = at + join.size();
    if (WordByte(join[0]) && end < text.size() && WordByte(text[end])) continue;
    const size_t next = SkipSpaces(text, end);
    if (next < text.size() && Digit(text[next])) return next;
  }
  return std::nullopt;
}

// The word that ends right before `at` (spaces skipped), and where it starts.
std::string_view WordBefore(std::string_view text, size_t at, size_t* start) {
  while (at > 0 && text[at - 1] == ' ') --at;
  size_t from = at;
  while (from > 0 && WordByte(text[from - 1])) --from;
  *start = from;
  return text.substr(from, at - from);
}

// Whether a "from" word ends right before `at`; *start is where it starts.
bool FromWordBefore(std::string_view text, size_t at, size_t* start = nullptr) {
  size_t word_start = at;
  const std::string_view before = WordBefore(text, at, &word_start);
  if (start != nullptr) *start = word_start;
  return std::find(std::begin(kFromWords), std::end(kFromWords), before) != std::end(kFromWords);
}

// Whether a word for work or working hours is among the three words before `at`, in its clause.
bool WorkWordBefore(std::string_view text, size_t at) {
  for (int n = 0; n < 3 && at > 0; ++n) {
    while (at > 0 && (text[at - 1] == ' ' || text[at - 1] == ':')) --at;
    if (at == 0 || text[at - 1] == '.' || text[at - 1] == ',' || text[at - 1] == ';') return false;
    size_t start = at;
    const std::string_view word = WordBefore(text, at, &start);
    if (word.empty()) return false;
    if (StartsWithAny(word, kWorkStems)) return true;
    at = start;
  }
  return false;
}

// Whether what follows the second hour at `at` says the pair is not hours: a year, age, money,
// size or percentage word, or the number running on into a date or a longer number ("12-14.05",
// "0-7-7-0", "7-19/20").
bool FollowedByNonHours(std::string_view text, size_t at) {
  if (at + 1 < text.size() &&
      (text[at] == '.' || text[at] == '/' || text[at] == '-' || text[at] == ',') &&
      Digit(text[at + 1])) {
    return true;
  }
  const size_t next = SkipSpaces(text, at);
  return StartsWithAny(text.substr(next), kNotHours);
}

// Whether the byte before the first hour makes it part of something else: a longer number, a
// price ("€8-12"), a decimal.
bool PrecededByNonHours(std::string_view text, size_t at) {
  if (at == 0) return false;
  const char before = text[at - 1];
  if (before == '.' || before == ',' || before == ':' || before == '/' || before == '-' ||
      before == '+' || Digit(before)) {
    return true;
  }
  size_t k = at;
  while (k > 0 && text[k - 1] == ' ') --k;
  if (k > 0 && Digit(text[k - 1])) return true;  // "07700 900 7-8": digits of a phone number
  return text.substr(0, at).ends_with("€") || text.substr(0, at).ends_with("£") ||
         text.substr(0, at).ends_with("$");
}

// Midnight in words as the end of a range (flag48: "11:00 till midnight", "hasta la medianoche",
// "bis um Mitternacht", "până la miezul nopții", "до опівночі"); an article or "um" may come
// between. The check reads a range ending so as ending at 24.
constexpr std::string_view kMidnightWords[] = {
    "midnight",      "mitternacht", "minuit",     "middernacht", "miezul nopții",
    "miezul noptii", "полунощ",     "medianoche", "mezzanotte",  "północy",
    "polnocy",       "полуночи",    "опівночі",   "півночі"};
constexpr std::string_view kBeforeMidnight[] = {"the ", "la ", "um ", "a ", "alla "};

// The end of a midnight word joined to the hour before it by the join at `at`, or nullopt.
std::optional<size_t> MidnightAfterJoin(std::string_view text, size_t at) {
  for (std::string_view join : kJoins) {
    if (!text.substr(at).starts_with(join)) continue;
    size_t next = at + join.size();
    if (WordByte(join[0]) && next < text.size() && WordByte(text[next])) continue;
    next = SkipSpaces(text, next);
    for (std::string_view article : kBeforeMidnight) {
      if (text.substr(next).starts_with(article)) {
        next = SkipSpaces(text, next + article.size());
        break;
      }
    }
    for (std::string_view word : kMidnightWords) {
      if (!text.substr(next).starts_with(word)) continue;
      const size_t end = next + word.size();
      if (end < text.size() && WordByte(text[end])) continue;
      return end;
    }
  }
  return std::nullopt;
}

// A range starting with the hour at `at`, or nullopt.
std::optional<MarkerHit> RangeAt(std::string_view text, size_t at) {
  if (PrecededByNonHours(text, at)) return std::nullopt;
  size_t end = 0;
  char minutes_from = 0;
  const std::optional<int> from = ReadHour(text, at, &end, &minutes_from);
  if (!from || *from > 24) return std::nullopt;
  size_t k = SkipSpaces(text, end);
  bool hour_word = false;
  if (const auto word = HourWordAt(text, k)) {
    hour_word = word->clock;
    k = SkipSpaces(text, word->end);
  }
  const std::optional<size_t> second = JoinAt(text, k);
  if (!second) {
    // "11 till midnight": a time of day by itself.
    const std::optional<size_t> midnight = MidnightAfterJoin(text, k);
    if (!midnight) return std::nullopt;
    size_t word_start = at;
    return MarkerHit{FromWordBefore(text, at, &word_start) ? word_start : at, *midnight};
  }
  char minutes_to = 0;
  const std::optional<int> to = ReadHour(text, *second, &end, &minutes_to);
  // Minutes say "time" when written with ":" or "h", or after a dot on both hours ("7.00-20.00");
  // a dot on one of them is as often a date ("12-14.05").
  const bool minutes = minutes_from == ':' || minutes_from == 'h' || minutes_to == ':' ||
                       minutes_to == 'h' || (minutes_from == '.' && minutes_to == '.');
  if (!to || *to > 24 || *to == *from) return std::nullopt;
  if (FollowedByNonHours(text, end)) return std::nullopt;
  if (const auto word = HourWordAt(text, SkipSpaces(text, end))) {
    hour_word = hour_word || word->clock;
    end = word->end;
    while (end > 0 && text[end - 1] == '.') --end;
    // "8-20 hours a week": a count of hours, unless minutes or a "from" word say otherwise.
    if (!word->clock && !minutes && !FromWordBefore(text, at)) {
      return std::nullopt;
    }
  }
  size_t word_start = at;
  const bool from_word = FromWordBefore(text, at, &word_start);
  if (!(minutes || hour_word || from_word || WorkWordBefore(text, at))) {
    return std::nullopt;
  }
  return MarkerHit{from_word ? word_start : at, end};
}

// The words of the day part after an hour ("di mattina", "du soir", "вечера"): up to this many
// words go with the hour, for RangeHours to read as am or pm.
constexpr int kDayPartWords = 3;

// The hour in the first few words after `from` in its sentence ("alle 4 di mattina", "at 6am",
// "verso le 16"), with its minutes, hour word and the words of the day part after it; nullopt
// when the first number there is no hour (a date, a count of days, money).
std::optional<MarkerHit> HourAfter(std::string_view text, size_t from, int max_words) {
  int words = 0;
  bool in_word = false;
  for (size_t i = from; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '.' || c == '!' || c == '?' || c == ';' || c == '\n') return std::nullopt;
    if (Digit(c)) {
      if (PrecededByNonHours(text, i)) return std::nullopt;
      size_t end = 0;
      char minutes = 0;
      const std::optional<int> hour = ReadHour(text, i, &end, &minutes);
      if (!hour || *hour > 24 || FollowedByNonHours(text, end)) return std::nullopt;
      if (const auto word = HourWordAt(text, SkipSpaces(text, end))) end = word->end;
      for (int n = 0; n < kDayPartWords; ++n) {
        const size_t next = SkipSpaces(text, end);
        if (next >= text.size() || !WordByte(text[next])) break;
        size_t word_end = next;
        while (word_end < text.size() && WordByte(text[word_end])) ++word_end;
        end = word_end;
      }
      return MarkerHit{i, end};
    }
    const bool space = c == ' ';
    if (!space && !in_word && ++words > max_words) return std::nullopt;
    in_word = !space;
  }
  return std::nullopt;
}

// Days of the week, Monday = 0: the beginnings of their names in the 11 languages (every case
// form starts so: "понедельника", "niedzieli", "п'ятницю"); `whole` ones must be the whole word.
struct DayName {
  std::string_view stem;
  int day;
  bool whole;
};
constexpr DayName kDayNames[] = {
    {"monday", 0, false},   {"tuesday", 1, false},    {"wednesday", 2, false},
    {"thursday", 3, false}, {"friday", 4, false},     {"saturday", 5, false},
    {"sunday", 6, false},   {"mon", 0, true},         {"tue", 1, true},
    {"tues", 1, true},      {"wed", 2, true},         {"thu", 3, true},
    {"thurs", 3, true},     {"fri", 4, true},         {"sat", 5, true},
    {"sun", 6, true},       {"montag", 0, false},     {"dienstag", 1, false},
    {"mittwoch", 2, false}, {"donnerstag", 3, false}, {"freitag", 4, false},
    {"samstag", 5, false},  {"sonnabend", 5, false},  {"sonntag", 6, false},
    {"lundi", 0, false},    {"mardi", 1, false},      {"mercredi", 2, false},
    {"jeudi", 3, false},    {"vendredi", 4, false},   {"samedi", 5, false},
    {"dimanche", 6, false}, {"maandag", 0, false},    {"dinsdag", 1, false},
    {"woensdag", 2, false}, {"donderdag", 3, false},  {"vrijdag", 4, false},
    {"zaterdag", 5, false}, {"zondag", 6, false},     {"luni", 0, true},
    {"lunea", 0, true},     {"marți", 1, true},       {"marti", 1, true},
    {"marțea", 1, true},    {"miercuri", 2, false},   {"joi", 3, true},
    {"joia", 3, true},      {"vineri", 4, false},     {"sâmbăt", 5, false},
    {"sambat", 5, false},   {"duminic", 6, false},    {"понеделник", 0, false},
    {"вторник", 1, false},  {"сряда", 2, false},      {"четвъртък", 3, false},
    {"петък", 4, false},    {"събота", 5, false},     {"неделя", 6, false},
    {"lunes", 0, true},     {"martes", 1, true},      {"miércoles", 2, true},
    {"miercoles", 2, true}, {"jueves", 3, true},      {"viernes", 4, true},
    {"sábado", 5, true},    {"sabado", 5, true},      {"domingo", 6, true},
    {"luned", 0, false},    {"marted", 1, false},     {"mercoled", 2, false},
    {"gioved", 3, false},   {"venerd", 4, false},     {"sabato", 5, true},
    {"domenica", 6, true},  {"poniedzia", 0, false},  {"wtor", 1, false},
    {"środ", 2, false},     {"srod", 2, false},       {"czwart", 3, false},
    {"piąt", 4, false},     {"piat", 4, false},       {"sobot", 5, false},
    {"niedziel", 6, false}, {"понедельн", 0, false},  {"вторн", 1, false},
    {"сред", 2, false},     {"четверг", 3, false},    {"пятниц", 4, false},
    {"суббот", 5, false},   {"воскресен", 6, false},  {"понеділ", 0, false},
    {"вівтор", 1, false},   {"серед", 2, false},      {"четвер", 3, false},
    {"п'ятниц", 4, false},  {"п’ятниц", 4, false},    {"пʼятниц", 4, false},
    {"субот", 5, false},    {"неділ", 6, false}};

// Words joining two days, longest first; "do" and "по" also join hours.
constexpr std::string_view kDayJoins[] = {"tot en met", "t/m",  "through", "thru",  "until", "till",
                                          "fino a",     "până", "pana",    "hasta", "bis",   "tot",
                                          "to",         "au",   "alla",    "al",    "à",     "a",
                                          "do",         "до",   "по",      "-",     "–",     "—"};
// Articles that may come before the second day ("al sabato", "el domingo", "la domenica").
constexpr std::string_view kDayArticles[] = {"the ", "el ", "la ", "le ", "il ", "lo "};

// The day of the week whose name starts at `at` (a word start), and the end of its word.
std::optional<int> DayAt(std::string_view text, size_t at, size_t* end) {
  size_t word_end = at;
  while (word_end < text.size() && WordByte(text[word_end])) ++word_end;
  const std::string_view word = text.substr(at, word_end - at);
  for (const DayName& name : kDayNames) {
    if (!word.starts_with(name.stem) || (name.whole && word.size() != name.stem.size())) continue;
    *end = word_end + (word_end < text.size() && text[word_end] == '.' ? 1 : 0);
    return name.day;
  }
  return std::nullopt;
}

}  // namespace

std::vector<WeekdaySpan> ReadWeekdaySpans(std::string_view text) {
  std::vector<WeekdaySpan> spans;
  for (size_t i = 0; i < text.size(); ++i) {
    if (!WordByte(text[i]) || (i > 0 && WordByte(text[i - 1]))) continue;
    size_t end = 0;
    const std::optional<int> first = DayAt(text, i, &end);
    if (!first) continue;
    size_t k = SkipSpaces(text, end);
    std::optional<size_t> after_join;
    for (std::string_view join : kDayJoins) {
      if (!text.substr(k).starts_with(join)) continue;
      const size_t join_end = k + join.size();
      if (WordByte(join[0]) && join_end < text.size() && WordByte(text[join_end])) continue;
      after_join = SkipSpaces(text, join_end);
      break;
    }
    if (!after_join) continue;
    size_t second_at = *after_join;
    for (std::string_view article : kDayArticles) {
      if (text.substr(second_at).starts_with(article)) {
        second_at = SkipSpaces(text, second_at + article.size());
        break;
      }
    }
    size_t second_end = 0;
    const std::optional<int> second = DayAt(text, second_at, &second_end);
    if (!second || *second == *first) continue;
    spans.push_back({MarkerHit{i, second_end}, (*second - *first + 7) % 7 + 1});
    i = second_end;
  }
  return spans;
}

std::optional<std::pair<MarkerHit, MarkerHit>> ReadStartAndEnd(std::string_view text,
                                                               const std::vector<MarkerHit>& starts,
                                                               const std::vector<MarkerHit>& ends) {
  constexpr int kWordsToHour = 3;
  constexpr size_t kEndWithin = 160;  // bytes from the start's hour to the end word
  for (const MarkerHit& start : starts) {
    const std::optional<MarkerHit> first = HourAfter(text, start.end, kWordsToHour);
    if (!first) continue;
    for (const MarkerHit& end : ends) {
      if (end.start < first->end) continue;
      if (end.start > first->end + kEndWithin) break;
      if (const std::optional<MarkerHit> last = HourAfter(text, end.end, kWordsToHour)) {
        return std::make_pair(*first, *last);
      }
    }
  }
  return std::nullopt;
}

std::vector<MarkerHit> ReadClockRanges(std::string_view text) {
  std::vector<MarkerHit> ranges;
  for (size_t i = 0; i < text.size(); ++i) {
    if (!Digit(text[i]) || (i > 0 && Digit(text[i - 1]))) continue;
    if (const std::optional<MarkerHit> range = RangeAt(text, i)) {
      ranges.push_back(*range);
      i = range->end;
    }
  }
  return ranges;
}

}  // namespace ariadne::flag
