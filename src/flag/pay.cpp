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

// A currency as ads write it. `codes` lists every ISO 4217 code the word is used for; the first
// is taken unless the local currency is another of them.
struct CurrencyWord {
  std::string_view word;  // lower case
  std::array<std::string_view, 2> codes;
};

// The currencies of rules/data/minimum-wages.toml, and a few the table cannot compare (USD, CHF,
// RUB) so that their amounts are recognised and then left alone.
constexpr CurrencyWord kCurrencies[] = {
    {"€", {"EUR"}},
    {"eur", {"EUR"}},
    {"euro", {"EUR"}},
    {"euros", {"EUR"}},
    {"evro", {"EUR"}},
    {"евро", {"EUR"}},
    {"євро", {"EUR"}},
    {"£", {"GBP"}},
    {"gbp", {"GBP"}},
    {"zł", {"PLN"}},
    {"zl", {"PLN"}},
    {"pln", {"PLN"}},
    {"złotych", {"PLN"}},
    {"zlotych", {"PLN"}},
    {"зл", {"PLN"}},
    {"зл.", {"PLN"}},
    {"злотих", {"PLN"}},
    {"злотых", {"PLN"}},
    {"lei", {"RON", "MDL"}},
    {"leu", {"RON", "MDL"}},
    {"ron", {"RON"}},
    {"mdl", {"MDL"}},
    {"лв.", {"BGN"}},
    {"лв", {"BGN"}},
    {"лева", {"BGN"}},
    {"bgn", {"BGN"}},
    {"kč", {"CZK"}},
    {"czk", {"CZK"}},
    {"korun", {"CZK"}},
    {"крон", {"CZK"}},  // Czech crowns in Russian and Ukrainian ("35 000 крон")
    {"ft", {"HUF"}},
    {"huf", {"HUF"}},
    {"forint", {"HUF"}},
    {"грн.", {"UAH"}},
    {"грн", {"UAH"}},
    {"₴", {"UAH"}},
    {"uah", {"UAH"}},
    {"гривень", {"UAH"}},
    {"гривні", {"UAH"}},
    {"rsd", {"RSD"}},
    {"din.", {"RSD"}},
    {"dinara", {"RSD"}},
    {"динара", {"RSD"}},
    {"chf", {"CHF"}},
    {"sfr.", {"CHF"}},
    {"fr.", {"CHF"}},
    {"franken", {"CHF"}},
    {"franchi", {"CHF"}},
    {"франков", {"CHF"}},
    {"$", {"USD"}},
    {"usd", {"USD"}},
    {"dollars", {"USD"}},
    {"dollar", {"USD"}},
    {"dollari", {"USD"}},
    {"dólares", {"USD"}},
    {"dolares", {"USD"}},
    {"dolari", {"USD"}},
    {"dolarów", {"USD"}},
    {"dolarow", {"USD"}},
    {"долларов", {"USD"}},
    {"доларів", {"USD"}},
    {"долара", {"USD"}},
    {"долари", {"USD"}},
    {"₽", {"RUB"}},
    {"руб.", {"RUB"}},
    {"руб", {"RUB"}},
    {"рублей", {"RUB"}},
    {"rub", {"RUB"}},
    {"₩", {"KRW"}},
    {"krw", {"KRW"}},
    {"won", {"KRW"}},
    {"вон", {"KRW"}},
    {"¥", {"JPY"}},
    {"jpy", {"JPY"}},
    {"yen", {"JPY"}},
    {"иен", {"JPY"}},
    {"єн", {"JPY"}},
    {"thb", {"THB"}},
    {"baht", {"THB"}},
    {"бат", {"THB"}},
    {"php", {"PHP"}},
    {"₱", {"PHP"}},
    {"₺", {"TRY"}},
    {"lira", {"TRY"}},
    // Pounds sterling as the ads' languages name them ("5000 lire pe lună" in Romanian; the old
    // Italian lira is gone, the Turkish one is taken when it is the local currency).
    {"pounds", {"GBP"}},
    {"pound", {"GBP"}},
    {"lire", {"GBP", "TRY"}},
    {"паунда", {"GBP"}},
    {"паунд", {"GBP"}},
    {"фунтов", {"GBP"}},
    {"фунта", {"GBP"}},
    {"фунтів", {"GBP"}},
    {"funtów", {"GBP"}},
    {"funtow", {"GBP"}},
    {"kyat", {"MMK"}},
    {"kyats", {"MMK"}},
    {"mmk", {"MMK"}},
    {"lak", {"LAK"}},
    {"лир", {"TRY"}},
    {"aed", {"AED"}},
    {"dirham", {"AED"}},
    {"dirhams", {"AED"}},
    {"дирхам", {"AED"}},
    {"sek", {"SEK"}},
    {"nok", {"NOK"}},
    {"dkk", {"DKK"}},
    {"kr", {"SEK", "NOK"}},
    {"kr.", {"DKK", "SEK"}},
    {"kronor", {"SEK"}},
    {"kroner", {"NOK", "DKK"}},
};

struct PeriodWord {
  std::string_view word;  // lower case
  PayPeriod period;
  std::string_view lang;
};

// Words that name the period on their own, right after the amount ("4000 lei lunar").
constexpr PeriodWord kAdverbs[] = {
    {"monthly", PayPeriod::kMonth, "en"},
    {"p.m.", PayPeriod::kMonth, "en"},
    {"p/m", PayPeriod::kMonth, "nl"},
    {"p/mnd", PayPeriod::kMonth, "nl"},
    {"monatlich", PayPeriod::kMonth, "de"},
    {"mensuel", PayPeriod::kMonth, "fr"},
    {"mensuels", PayPeriod::kMonth, "fr"},
    {"maandelijks", PayPeriod::kMonth, "nl"},
    {"lunar", PayPeriod::kMonth, "ro"},
    {"месечно", PayPeriod::kMonth, "bg"},
    {"mensual", PayPeriod::kMonth, "es"},
    {"mensuales", PayPeriod::kMonth, "es"},
    {"mensile", PayPeriod::kMonth, "it"},
    {"mensili", PayPeriod::kMonth, "it"},
    {"miesięcznie", PayPeriod::kMonth, "pl"},
    {"miesiecznie", PayPeriod::kMonth, "pl"},
    {"ежемесячно", PayPeriod::kMonth, "ru"},
    {"щомісяця", PayPeriod::kMonth, "uk"},
    {"щомісячно", PayPeriod::kMonth, "uk"},
    {"weekly", PayPeriod::kWeek, "en"},
    {"wöchentlich", PayPeriod::kWeek, "de"},
    {"hebdomadaire", PayPeriod::kWeek, "fr"},
    {"wekelijks", PayPeriod::kWeek, "nl"},
    {"săptămânal", PayPeriod::kWeek, "ro"},
    {"saptamanal", PayPeriod::kWeek, "ro"},
    {"седмично", PayPeriod::kWeek, "bg"},
    {"semanal", PayPeriod::kWeek, "es"},
    {"semanales", PayPeriod::kWeek, "es"},
    {"settimanale", PayPeriod::kWeek, "it"},
    {"settimanali", PayPeriod::kWeek, "it"},
    {"tygodniowo", PayPeriod::kWeek, "pl"},
    {"еженедельно", PayPeriod::kWeek, "ru"},
    {"щотижня", PayPeriod::kWeek, "uk"},
    {"daily", PayPeriod::kDay, "en"},
    {"täglich", PayPeriod::kDay, "de"},
    {"zilnic", PayPeriod::kDay, "ro"},
    {"дневно", PayPeriod::kDay, "bg"},
    {"diarios", PayPeriod::kDay, "es"},
    {"giornalieri", PayPeriod::kDay, "it"},
    {"dziennie", PayPeriod::kDay, "pl"},
    {"ежедневно", PayPeriod::kDay, "ru"},
    {"щодня", PayPeriod::kDay, "uk"},
    {"hourly", PayPeriod::kHour, "en"},
    {"stündlich", PayPeriod::kHour, "de"},
    // Czech and Hungarian (the currencies CZK and HUF are in the wage table).
    {"měsíčně", PayPeriod::kMonth, "cs"},
    {"mesicne", PayPeriod::kMonth, "cs"},
    {"týdně", PayPeriod::kWeek, "cs"},
    {"denně", PayPeriod::kDay, "cs"},
    {"havonta", PayPeriod::kMonth, "hu"},
    {"havonként", PayPeriod::kMonth, "hu"},
    {"havi", PayPeriod::kMonth, "hu"},
    {"hetente", PayPeriod::kWeek, "hu"},
    {"naponta", PayPeriod::kDay, "hu"},
    {"óránként", PayPeriod::kHour, "hu"},
    {"oránként", PayPeriod::kHour, "hu"},
};

// Period nouns, after a connector ("per", "pe", "на", "al", …) or a slash.
constexpr PeriodWord kNouns[] = {
    {"month", PayPeriod::kMonth, "en"},
    {"monat", PayPeriod::kMonth, "de"},
    {"mois", PayPeriod::kMonth, "fr"},
    {"maand", PayPeriod::kMonth, "nl"},
    {"lună", PayPeriod::kMonth, "ro"},
    {"luna", PayPeriod::kMonth, "ro"},
    {"месец", PayPeriod::kMonth, "bg"},
    // Bulgarian written in Latin letters, as ads often are ("1500 evro na mesec").
    {"mesec", PayPeriod::kMonth, "bg"},
    {"mesets", PayPeriod::kMonth, "bg"},
    {"sedmica", PayPeriod::kWeek, "bg"},
    {"sedmitsa", PayPeriod::kWeek, "bg"},
    {"chas", PayPeriod::kHour, "bg"},
    {"mes", PayPeriod::kMonth, "es"},
    {"mese", PayPeriod::kMonth, "it"},
    {"miesiąc", PayPeriod::kMonth, "pl"},
    {"miesiac", PayPeriod::kMonth, "pl"},
    {"месяц", PayPeriod::kMonth, "ru"},
    {"місяць", PayPeriod::kMonth, "uk"},
    {"week", PayPeriod::kWeek, "en"},
    {"woche", PayPeriod::kWeek, "de"},
    {"semaine", PayPeriod::kWeek, "fr"},
    {"săptămână", PayPeriod::kWeek, "ro"},
    {"saptamana", PayPeriod::kWeek, "ro"},
    {"седмица", PayPeriod::kWeek, "bg"},
    {"semana", PayPeriod::kWeek, "es"},
    {"settimana", PayPeriod::kWeek, "it"},
    {"tydzień", PayPeriod::kWeek, "pl"},
    {"tydzien", PayPeriod::kWeek, "pl"},
    {"неделю", PayPeriod::kWeek, "ru"},
    {"тиждень", PayPeriod::kWeek, "uk"},
    {"day", PayPeriod::kDay, "en"},
    {"tag", PayPeriod::kDay, "de"},
    {"jour", PayPeriod::kDay, "fr"},
    {"dag", PayPeriod::kDay, "nl"},
    {"zi", PayPeriod::kDay, "ro"},
    {"ден", PayPeriod::kDay, "bg"},
    {"día", PayPeriod::kDay, "es"},
    {"dia", PayPeriod::kDay, "es"},
    {"giorno", PayPeriod::kDay, "it"},
    {"dzień", PayPeriod::kDay, "pl"},
    {"dzien", PayPeriod::kDay, "pl"},
    {"день", PayPeriod::kDay, "ru"},
    {"hour", PayPeriod::kHour, "en"},
    {"stunde", PayPeriod::kHour, "de"},
    {"std.", PayPeriod::kHour, "de"},
    {"std", PayPeriod::kHour, "de"},
    {"heure", PayPeriod::kHour, "fr"},
    {"uur", PayPeriod::kHour, "nl"},
    {"oră", PayPeriod::kHour, "ro"},
    {"ora", PayPeriod::kHour, "it"},
    {"hora", PayPeriod::kHour, "es"},
    {"godzinę", PayPeriod::kHour, "pl"},
    {"godzine", PayPeriod::kHour, "pl"},
    {"godz.", PayPeriod::kHour, "pl"},
    {"godz", PayPeriod::kHour, "pl"},
    {"час", PayPeriod::kHour, "ru"},
    {"годину", PayPeriod::kHour, "uk"},
    {"měsíc", PayPeriod::kMonth, "cs"},
    {"mesic", PayPeriod::kMonth, "cs"},
    {"týden", PayPeriod::kWeek, "cs"},
    {"den", PayPeriod::kDay, "cs"},
    {"hodinu", PayPeriod::kHour, "cs"},
    // An evening, a night or a shift is a day's work ("€400 per avond", "350 CHF a serata", "2500
    // за смену").
    {"evening", PayPeriod::kDay, "en"},
    {"night", PayPeriod::kDay, "en"},
    {"shift", PayPeriod::kDay, "en"},
    {"abend", PayPeriod::kDay, "de"},
    {"nacht", PayPeriod::kDay, "de"},
    {"schicht", PayPeriod::kDay, "de"},
    {"soirée", PayPeriod::kDay, "fr"},
    {"soir", PayPeriod::kDay, "fr"},
    {"nuit", PayPeriod::kDay, "fr"},
    {"avond", PayPeriod::kDay, "nl"},
    {"dienst", PayPeriod::kDay, "nl"},
    {"seară", PayPeriod::kDay, "ro"},
    {"seara", PayPeriod::kDay, "ro"},
    {"noapte", PayPeriod::kDay, "ro"},
    {"tură", PayPeriod::kDay, "ro"},
    {"tura", PayPeriod::kDay, "ro"},
    {"вечер", PayPeriod::kDay, "bg"},
    {"нощ", PayPeriod::kDay, "bg"},
    {"смяна", PayPeriod::kDay, "bg"},
    {"noche", PayPeriod::kDay, "es"},
    {"turno", PayPeriod::kDay, "es"},
    {"serata", PayPeriod::kDay, "it"},
    {"sera", PayPeriod::kDay, "it"},
    {"notte", PayPeriod::kDay, "it"},
    {"wieczór", PayPeriod::kDay, "pl"},
    {"noc", PayPeriod::kDay, "pl"},
    {"zmianę", PayPeriod::kDay, "pl"},
    {"вечер", PayPeriod::kDay, "ru"},
    {"ночь", PayPeriod::kDay, "ru"},
    {"смену", PayPeriod::kDay, "ru"},
    {"вечір", PayPeriod::kDay, "uk"},
    {"ніч", PayPeriod::kDay, "uk"},
    {"зміну", PayPeriod::kDay, "uk"},
};

// Abbreviations read as a period only after a slash ("15 €/h", "3000 zł/mies.").
constexpr PeriodWord kAbbreviations[] = {
    {"mo", PayPeriod::kMonth, "en"},   {"mth", PayPeriod::kMonth, "en"},
    {"mnd", PayPeriod::kMonth, "nl"},  {"mies.", PayPeriod::kMonth, "pl"},
    {"mies", PayPeriod::kMonth, "pl"}, {"msc", PayPeriod::kMonth, "pl"},
    {"мес.", PayPeriod::kMonth, "ru"}, {"мес", PayPeriod::kMonth, "ru"},
    {"міс.", PayPeriod::kMonth, "uk"}, {"міс", PayPeriod::kMonth, "uk"},
    {"wk", PayPeriod::kWeek, ""},      {"h", PayPeriod::kHour, ""},
    {"hr", PayPeriod::kHour, "en"},    {"ч", PayPeriod::kHour, "ru"},
    {"ч.", PayPeriod::kHour, "ru"},    {"měs.", PayPeriod::kMonth, "cs"},
    {"měs", PayPeriod::kMonth, "cs"},  {"hod.", PayPeriod::kHour, "cs"},
    {"hod", PayPeriod::kHour, "cs"},   {"hó", PayPeriod::kMonth, "hu"},
    {"óra", PayPeriod::kHour, "hu"},   {"hét", PayPeriod::kWeek, "hu"},
    {"nap", PayPeriod::kDay, "hu"},
};

// A period written BEFORE the pay, alone or next to a word for pay: "Monatsgehalt 3000 €",
// "salariu lunar 5000 lei", "miesięczne wynagrodzenie 6000 zł", "зарплата в месяц 90000 руб",
// "hodinová mzda 200 Kč", "órabér 2000 Ft". A space matches any run of white space. Bare "a
// month" is left out: "6 days a week 500 €" must not read 500 € as weekly pay.
constexpr PeriodWord kPeriodsBefore[] = {
    // en
    {"monthly", PayPeriod::kMonth, "en"},
    {"per month", PayPeriod::kMonth, "en"},
    {"weekly", PayPeriod::kWeek, "en"},
    {"per week", PayPeriod::kWeek, "en"},
    {"daily", PayPeriod::kDay, "en"},
    {"per day", PayPeriod::kDay, "en"},
    {"hourly", PayPeriod::kHour, "en"},
    {"per hour", PayPeriod::kHour, "en"},
    // de: compounds first
    {"monatsgehalt", PayPeriod::kMonth, "de"},
    {"monatslohn", PayPeriod::kMonth, "de"},
    {"monatsverdienst", PayPeriod::kMonth, "de"},
    {"monatlich", PayPeriod::kMonth, "de"},
    {"monatliches", PayPeriod::kMonth, "de"},
    {"monatlicher", PayPeriod::kMonth, "de"},
    {"monatliche", PayPeriod::kMonth, "de"},
    {"pro monat", PayPeriod::kMonth, "de"},
    {"im monat", PayPeriod::kMonth, "de"},
    {"wochenlohn", PayPeriod::kWeek, "de"},
    {"pro woche", PayPeriod::kWeek, "de"},
    {"tageslohn", PayPeriod::kDay, "de"},
    {"pro tag", PayPeriod::kDay, "de"},
    {"stundenlohn", PayPeriod::kHour, "de"},
    {"pro stunde", PayPeriod::kHour, "de"},
    // fr
    {"mensuel", PayPeriod::kMonth, "fr"},
    {"mensuelle", PayPeriod::kMonth, "fr"},
    {"par mois", PayPeriod::kMonth, "fr"},
    {"par semaine", PayPeriod::kWeek, "fr"},
    {"par jour", PayPeriod::kDay, "fr"},
    {"journalier", PayPeriod::kDay, "fr"},
    {"horaire", PayPeriod::kHour, "fr"},
    {"par heure", PayPeriod::kHour, "fr"},
    // nl
    {"maandsalaris", PayPeriod::kMonth, "nl"},
    {"maandloon", PayPeriod::kMonth, "nl"},
    {"maandelijks", PayPeriod::kMonth, "nl"},
    {"maandelijkse", PayPeriod::kMonth, "nl"},
    {"per maand", PayPeriod::kMonth, "nl"},
    {"weekloon", PayPeriod::kWeek, "nl"},
    {"dagloon", PayPeriod::kDay, "nl"},
    {"uurloon", PayPeriod::kHour, "nl"},
    {"per uur", PayPeriod::kHour, "nl"},
    // ro
    {"lunar", PayPeriod::kMonth, "ro"},
    {"lunară", PayPeriod::kMonth, "ro"},
    {"lunara", PayPeriod::kMonth, "ro"},
    {"pe lună", PayPeriod::kMonth, "ro"},
    {"pe luna", PayPeriod::kMonth, "ro"},
    {"săptămânal", PayPeriod::kWeek, "ro"},
    {"pe zi", PayPeriod::kDay, "ro"},
    {"pe oră", PayPeriod::kHour, "ro"},
    {"pe ora", PayPeriod::kHour, "ro"},
    // bg
    {"месечно", PayPeriod::kMonth, "bg"},
    {"месечна", PayPeriod::kMonth, "bg"},
    {"месечен", PayPeriod::kMonth, "bg"},
    {"на месец", PayPeriod::kMonth, "bg"},
    {"седмично", PayPeriod::kWeek, "bg"},
    {"дневно", PayPeriod::kDay, "bg"},
    {"на ден", PayPeriod::kDay, "bg"},
    {"на час", PayPeriod::kHour, "bg"},
    // es
    {"mensual", PayPeriod::kMonth, "es"},
    {"al mes", PayPeriod::kMonth, "es"},
    {"por mes", PayPeriod::kMonth, "es"},
    {"semanal", PayPeriod::kWeek, "es"},
    {"diario", PayPeriod::kDay, "es"},
    {"por día", PayPeriod::kDay, "es"},
    {"por hora", PayPeriod::kHour, "es"},
    // it
    {"mensile", PayPeriod::kMonth, "it"},
    {"al mese", PayPeriod::kMonth, "it"},
    {"settimanale", PayPeriod::kWeek, "it"},
    {"giornaliera", PayPeriod::kDay, "it"},
    {"giornaliero", PayPeriod::kDay, "it"},
    {"al giorno", PayPeriod::kDay, "it"},
    {"oraria", PayPeriod::kHour, "it"},
    {"orario", PayPeriod::kHour, "it"},
    {"all'ora", PayPeriod::kHour, "it"},
    // pl
    {"miesięcznie", PayPeriod::kMonth, "pl"},
    {"miesięczne", PayPeriod::kMonth, "pl"},
    {"miesięczna", PayPeriod::kMonth, "pl"},
    {"miesięczny", PayPeriod::kMonth, "pl"},
    {"na miesiąc", PayPeriod::kMonth, "pl"},
    {"tygodniowo", PayPeriod::kWeek, "pl"},
    {"dziennie", PayPeriod::kDay, "pl"},
    {"dniówka", PayPeriod::kDay, "pl"},
    {"godzinowa", PayPeriod::kHour, "pl"},
    {"godzinowe", PayPeriod::kHour, "pl"},
    {"za godzinę", PayPeriod::kHour, "pl"},
    // ru
    {"в месяц", PayPeriod::kMonth, "ru"},
    {"за месяц", PayPeriod::kMonth, "ru"},
    {"ежемесячно", PayPeriod::kMonth, "ru"},
    {"месячная", PayPeriod::kMonth, "ru"},
    {"в неделю", PayPeriod::kWeek, "ru"},
    {"в день", PayPeriod::kDay, "ru"},
    {"за день", PayPeriod::kDay, "ru"},
    {"в час", PayPeriod::kHour, "ru"},
    {"почасовая", PayPeriod::kHour, "ru"},
    // uk
    {"на місяць", PayPeriod::kMonth, "uk"},
    {"за місяць", PayPeriod::kMonth, "uk"},
    {"щомісяця", PayPeriod::kMonth, "uk"},
    {"місячна", PayPeriod::kMonth, "uk"},
    {"на тиждень", PayPeriod::kWeek, "uk"},
    {"на день", PayPeriod::kDay, "uk"},
    {"за годину", PayPeriod::kHour, "uk"},
    {"погодинна", PayPeriod::kHour, "uk"},
    // cs
    {"měsíčně", PayPeriod::kMonth, "cs"},
    {"měsíční", PayPeriod::kMonth, "cs"},
    {"za měsíc", PayPeriod::kMonth, "cs"},
    {"týdně", PayPeriod::kWeek, "cs"},
    {"denně", PayPeriod::kDay, "cs"},
    {"za den", PayPeriod::kDay, "cs"},
    {"hodinová", PayPeriod::kHour, "cs"},
    {"za hodinu", PayPeriod::kHour, "cs"},
    // hu
    {"havonta", PayPeriod::kMonth, "hu"},
    {"havi", PayPeriod::kMonth, "hu"},
    {"havibér", PayPeriod::kMonth, "hu"},
    {"heti", PayPeriod::kWeek, "hu"},
    {"napi", PayPeriod::kDay, "hu"},
    {"óránként", PayPeriod::kHour, "hu"},
    {"órabér", PayPeriod::kHour, "hu"},
};

// Words for pay next to a period written before it ("monthly SALARY", "SALARIU lunar").
constexpr std::string_view kPayNouns[] = {
    "salary",   "pay",           "wage",      "wages",     "rate",
    "earnings", "income",        "gehalt",    "lohn",      "verdienst",
    "salaire",  "rémunération",  "taux",      "salaris",   "loon",
    "salariu",  "salariul",      "заплата",   "заплатата", "възнаграждение",
    "sueldo",   "salario",       "stipendio", "paga",      "retribuzione",
    "tariffa",  "wynagrodzenie", "pensja",    "stawka",    "zarobki",
    "зарплата", "оплата",        "доход",     "зарплатня", "mzda",
    "plat",     "výdělek",       "bér",       "fizetés",   "kereset",
};

// Words for a salary that ads put before a month's pay without naming the month ("Salary from
// $3,500", "Fixgehalt ab 3.000 USD", "з/п от 2500$"). Not words that also name a payment the
// worker makes ("pay", "оплата", "paga", "rate"): "pay €500 to register" is a fee.
constexpr std::string_view kSalaryNouns[] = {
    "salary",      "earnings",     "income",         "gehalt",    "fixgehalt",
    "grundgehalt", "lohn",         "verdienst",      "salaire",   "salaris",
    "loon",        "salariu",      "salariul",       "câștig",    "castig",
    "заплата",     "заплатата",    "възнаграждение", "sueldo",    "salario",
    "stipendio",   "retribuzione", "ganancias",      "guadagni",  "wynagrodzenie",
    "pensja",      "zarobki",      "зарплата",       "зарплату",  "з/п",
    "зп",          "доход",        "заработок",      "заробіток", "зарплатня",
};

// What ads add to a month's salary after a '+' ("3.000 $ + Bonus", "2.500$ + comisiones", "4000
// USD + tips"): the amount before it is pay, read as a month's like "Salary from $3,500".
constexpr std::string_view kBonusWords[] = {
    "bonus",      "bonuses",  "commission", "commissions", "tips",       "provision",   "prämie",
    "prämien",    "primes",   "prime",      "pourboires",  "commissie",  "fooien",      "bonussen",
    "bonusuri",   "comision", "comisioane", "bacșiș",      "bacsis",     "бонус",       "бонуси",
    "комисионни", "бакшиш",   "comisiones", "propinas",    "incentivos", "commissioni", "mance",
    "premi",      "prowizja", "premia",     "premie",      "napiwki",    "бонусы",      "премия",
    "премии",     "чаевые",   "проценты",   "премії",      "чайові",     "відсотки",
};

// Words allowed between a period written before the pay and the amount ("havi NETTÓ 400 000 Ft",
// "miesięcznie OD 6000 zł").
constexpr std::string_view kBeforeAmount[] = {
    "net",
    "netto",
    "neto",
    "nett",
    "nettó",
    "gross",
    "brutto",
    "bruto",
    "brut",
    "bruttó",
    "нето",
    "нетто",
    "бруто",
    "брутто",
    "od",
    "ab",
    "from",
    "от",
    "від",
    "de",
    "desde",
    "da",
    // "up to": the promise is the amount
    "up to",
    "bis",
    "bis zu",
    "jusqu'à",
    "jusqu'a",
    "până la",
    "pana la",
    "hasta",
    "fino a",
    "tot",
    "nawet",
    "do",
    "до",
    "aż do",
    "even",
};

// The words between an amount and its period noun: "per month", "a month", "pe lună", "pro
// Monat", "im Monat", "par mois", "de l'heure", "на месец", "в месяц", "за годину", "al mes",
// "a la hora", "all'ora", "na miesiąc". At most two in a row.
constexpr std::string_view kConnectors[] = {
    "per", "a",  "an", "each", "every", "pro", "im", "am",  "je",   "die",  "par",  "de", "l'",
    "l’",  "pe", "la", "на",   "в",     "за",  "al", "por", "all'", "all’", "alla", "na", "za",
};

// Net or gross, between the amount and its period ("3.000 € netto/Monat", "4500 евро чисти на
// месец", "25 000 zł na rękę").
constexpr std::string_view kNetWords[] = {"net",     "netto",   "neto",    "nett",    "нето",
                                          "нетто",   "чисти",   "чистыми", "чистими", "на руки",
                                          "на руку", "na rękę", "na reke", "nettó",   "curat"};
constexpr std::string_view kGrossWords[] = {"gross", "brutto", "bruto", "brut",
                                            "бруто", "брутто", "bruttó"};

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
    if (const size_t n = MatchWord(text, pos, word)) return n;
  }
  return 0;
}

struct Found {
  size_t end = 0;
  const PeriodWord* word = nullptr;
  bool net = false;
};

template <size_t N>
std::optional<Found> MatchPeriod(std::string_view text, size_t pos, const PeriodWord (&words)[N]) {
  for (const PeriodWord& w : words) {
    if (const size_t n = MatchWord(text, pos, w.word)) return Found{pos + n, &w};
  }
  return std::nullopt;
}

// The period right at `pos`: "/ noun", an adverb, or up to two connectors and a noun.
std::optional<Found> PeriodAfterQualifier(std::string_view text, size_t pos) {
  size_t p = SkipSpaces(text, pos);
  if (p < text.size() && text[p] == '/') {
    const size_t after = SkipSpaces(text, p + 1);
    if (auto found = MatchPeriod(text, after, kNouns)) return found;
    return MatchPeriod(text, after, kAbbreviations);
  }
  if (auto found = MatchPeriod(text, p, kAdverbs)) return found;
  for (int k = 0; k < kMaxConnectors; ++k) {
    const size_t n = MatchAny(text, p, kConnectors);
    if (n == 0) break;
    p = SkipSpaces(text, p + n);
    if (auto found = MatchPeriod(text, p, kNouns)) return found;
  }
  return std::nullopt;
}

// The period after an amount and its currency, from `pos`: [gross|net] then "/ noun", an adverb,
// or up to two connectors and a noun.
std::optional<Found> PeriodAfter(std::string_view text, size_t pos) {
  std::optional<Found> found = PeriodAfterQualifier(text, pos);
  if (found) return found;
  size_t p = SkipSpaces(text, pos);
  if (const size_t n = MatchAny(text, p, kNetWords)) {
    found = PeriodAfterQualifier(text, p + n);
    if (found) found->net = true;
  } else if (const size_t g = MatchAny(text, p, kGrossWords)) {
    found = PeriodAfterQualifier(text, p + g);
  }
  return found;
}

// Whether a net word follows `pos` (after the amount, its currency and period: "3.500 € pe lună
// NET").
bool NetAfter(std::string_view text, size_t pos) {
  return MatchAny(text, SkipSpaces(text, pos), kNetWords) != 0;
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

std::optional<FoundBefore> PeriodEndingAt(std::string_view text, size_t end, size_t floor) {
  for (const PeriodWord& w : kPeriodsBefore) {
    const size_t start = MatchWordEndingAt(text, end, w.word, floor);
    if (start != std::string_view::npos) return FoundBefore{start, &w};
  }
  return std::nullopt;
}

size_t PayNounEndingAt(std::string_view text, size_t end, size_t floor) {
  for (std::string_view noun : kPayNouns) {
    const size_t start = MatchWordEndingAt(text, end, noun, floor);
    if (start != std::string_view::npos) return start;
  }
  return std::string_view::npos;
}

// A period written before the pay that starts at `pay_start`: [pay noun] period, or period pay
// noun, then at most one word of kBeforeAmount and a ':' ("Monatsgehalt: 3000 €", "salariu lunar
// 5000 lei", "miesięczne wynagrodzenie od 6000 zł"). Nothing before `floor` (the end of the pay
// found before) is read, so one period word never serves two amounts.
std::optional<FoundBefore> PeriodBefore(std::string_view text, size_t pay_start, size_t floor) {
  size_t e = SkipBackSeparators(text, pay_start, floor);
  for (std::string_view filler : kBeforeAmount) {
    const size_t start = MatchWordEndingAt(text, e, filler, floor);
    if (start != std::string_view::npos) {
      e = SkipBackSeparators(text, start, floor);
      break;
    }
  }
  if (std::optional<FoundBefore> period = PeriodEndingAt(text, e, floor)) {
    size_t s = period->start;
    while (s > floor && IsSpace(text[s - 1])) --s;
    const size_t noun = PayNounEndingAt(text, s, floor);
    if (noun != std::string_view::npos) period->start = noun;
    return period;
  }
  const size_t noun = PayNounEndingAt(text, e, floor);
  if (noun == std::string_view::npos) return std::nullopt;
  size_t s = noun;
  while (s > floor && IsSpace(text[s - 1])) --s;
  return PeriodEndingAt(text, s, floor);
}

// Where a word for pay starts that ends right before the pay at `pay_start`, with at most one
// word of kBeforeAmount and a ':' between ("Salary from $3,500", "Sueldo: 3.000$", "заробіток
// до 7000$"); npos when there is none. Nothing before `floor` is read.
size_t PayNounBefore(std::string_view text, size_t pay_start, size_t floor) {
  size_t e = SkipBackSeparators(text, pay_start, floor);
  for (std::string_view filler : kBeforeAmount) {
    const size_t start = MatchWordEndingAt(text, e, filler, floor);
    if (start != std::string_view::npos) {
      e = SkipBackSeparators(text, start, floor);
      break;
    }
  }
  for (std::string_view noun : kSalaryNouns) {
    const size_t start = MatchWordEndingAt(text, e, noun, floor);
    if (start != std::string_view::npos) return start;
  }
  return std::string_view::npos;
}

// The end of "+ bonus" (a word of kBonusWords after a '+') right after `pos`; 0 when there is
// none.
size_t BonusAfter(std::string_view text, size_t pos) {
  const size_t plus = SkipSpaces(text, pos);
  if (plus >= text.size() || text[plus] != '+') return 0;
  const size_t word = SkipSpaces(text, plus + 1);
  const size_t n = MatchAny(text, word, kBonusWords);
  return n == 0 ? 0 : word + n;
}

struct Amount {
  size_t start = 0;
  size_t end = 0;
  double value = 0;
  bool thousands = false;  // written with "k" or a word for thousand ("8k", "90 тыс.")
};

// Words for "thousand" after a small amount ("90 тыс. руб", "3 mii euro", "5 хил. лв").
constexpr std::string_view kThousandWords[] = {
    "тыс.", "тыс", "тысяч", "тис.", "тис", "тисяч", "хил.", "хиляди", "mii", "tys.", "tys", "mil",
};

// Multiplies `amount` by 1000 when "k" or a word for thousand follows it.
void ReadThousands(std::string_view text, Amount& amount) {
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
  if (const size_t n = MatchAny(text, p, kThousandWords)) {
    amount.value *= 1000;
    amount.end = p + n;
    amount.thousands = true;
  }
}

// A number at `pos` (an ASCII digit): digits in groups of three after a thousands separator ('.',
// ',', ' ', '\''; one kind per number), then a decimal part of one or two digits after '.' or ','
// (the other one). "1.500" is 1500: pay is never written with three decimals.
std::optional<Amount> ParseNumber(std::string_view text, size_t pos) {
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
  ReadThousands(text, amount);
  return amount;
}

struct Currency {
  size_t start = 0;
  size_t end = 0;
  const CurrencyWord* word = nullptr;
};

// Which bytes start (first) and end (last) a currency word, lower or upper case: most digit runs
// have no currency next to them, and this says so without trying every word.
struct CurrencyBytes {
  std::array<bool, 256> first{};
  std::array<bool, 256> last{};
  CurrencyBytes() {
    for (const CurrencyWord& c : kCurrencies) {
      const auto f = static_cast<unsigned char>(c.word.front());
      const auto l = static_cast<unsigned char>(c.word.back());
      first[f] = first[std::toupper(f)] = true;
      last[l] = last[std::toupper(l)] = true;
      if (l >= 0x80) std::fill(last.begin() + 0x80, last.end(), true);  // a multi-byte letter
      if (f >= 0x80) std::fill(first.begin() + 0x80, first.end(), true);
    }
  }
};

const CurrencyBytes& CurrencyEdges() {
  static const CurrencyBytes bytes;
  return bytes;
}

std::optional<Currency> CurrencyAt(std::string_view text, size_t pos) {
  if (pos >= text.size() || !CurrencyEdges().first[static_cast<unsigned char>(text[pos])]) {
    return std::nullopt;
  }
  for (const CurrencyWord& c : kCurrencies) {
    if (const size_t n = MatchWord(text, pos, c.word)) return Currency{pos, pos + n, &c};
  }
  return std::nullopt;
}

// A currency that ends at `end` (white space allowed between it and `end`).
std::optional<Currency> CurrencyBefore(std::string_view text, size_t end) {
  size_t e = end;
  while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == '\t')) --e;
  if (e == 0 || !CurrencyEdges().last[static_cast<unsigned char>(text[e - 1])]) return std::nullopt;
  for (const CurrencyWord& c : kCurrencies) {
    if (c.word.size() > e) continue;
    const size_t start = e - c.word.size();
    if (MatchWord(text, start, c.word) == c.word.size()) return Currency{start, e, &c};
  }
  return std::nullopt;
}

std::string CodeOf(const CurrencyWord& word, std::string_view local_currency) {
  for (std::string_view code : word.codes) {
    if (!code.empty() && code == local_currency) return std::string(code);
  }
  return std::string(word.codes[0]);
}

// An amount, or a range "2.500 - 3.000" at `pos`: its upper bound, the promise an ad makes with
// it ("300-700 lei pe zi" promises up to 700 a day, as "up to 700" does).
std::optional<Amount> ParseAmountOrRange(std::string_view text, size_t pos) {
  std::optional<Amount> low = ParseNumber(text, pos);
  if (!low) return std::nullopt;
  size_t p = SkipSpaces(text, low->end);
  size_t dash = 0;
  for (std::string_view d : {"-", "\u2013", "\u2014"}) {
    if (text.substr(p, d.size()) == d) dash = d.size();
  }
  if (dash == 0) return low;
  p = SkipSpaces(text, p + dash);
  if (const auto currency = CurrencyAt(text, p)) p = SkipSpaces(text, currency->end);
  if (!IsDigit(text, p)) return low;
  const std::optional<Amount> high = ParseNumber(text, p);
  if (!high) return low;
  double low_value = low->value;
  // "6-8k": the thousand of the upper bound applies to the lower one too (read to check the
  // order of the bounds).
  if (high->thousands && !low->thousands && low_value * 1000 <= high->value) low_value *= 1000;
  if (high->value < low_value) return low;
  return Amount{low->start, high->end, high->value, high->thousands};
}

// Words that make an amount a cost, a price or a debt rather than pay, read only for a bare amount
// (an amount with a currency and nothing else). A trailing '*' matches any ending ("opłat*":
// "opłata", "opłaty").
constexpr std::string_view kCostWords[] = {
    // en
    "fee",
    "fees",
    "deposit*",
    "cost*",
    "charge*",
    "price*",
    "ticket*",
    "flight*",
    "visa",
    "rent",
    "debt*",
    "loan*",
    "worth",
    "value",
    "fine",
    "top-up",
    "upfront",
    // de
    "gebühr*",
    "kaution",
    "kosten",
    "preis*",
    "miete",
    "flug*",
    "visum",
    "schulden",
    "anzahlung",
    "vermittlung*",
    "wert",
    // fr
    "frais",
    "caution",
    "dépôt",
    "prix",
    "coût*",
    "loyer",
    "billet*",
    "vol",
    "dette*",
    "acompte",
    // nl
    "borg",
    "prijs",
    "huur",
    "schuld*",
    "inschrijf*",
    "vlucht*",
    // ro
    "taxa",
    "taxă",
    "comision*",
    "garanți*",
    "garantie",
    "preț*",
    "pret",
    "chirie",
    "bilet*",
    "datori*",
    "avans*",
    "zbor*",
    // bg
    "такса",
    "депозит*",
    "цена",
    "наем",
    "билет*",
    "дълг*",
    "аванс*",
    "самолет*",
    // es
    "tasa",
    "cuota",
    "depósito",
    "fianza",
    "precio",
    "coste",
    "costo",
    "alquiler",
    "billete*",
    "deuda",
    "vuelo*",
    // it
    "quota",
    "cauzione",
    "prezzo",
    "costo",
    "affitto",
    "biglietto",
    "debito",
    "spese",
    "volo",
    // pl
    "opłat*",
    "oplat*",
    "kaucj*",
    "cena",
    "ceny",
    "cenę",
    "koszt*",
    "czynsz*",
    "dług*",
    "zaliczk*",
    "lot",
    // ru, uk
    "взнос*",
    "залог*",
    "цена",
    "стоимост*",
    "аренд*",
    "долг*",
    "штраф*",
    "комисси*",
    "оплат*",
    "перелет*",
    "перелёт*",
    "внес*",
    "застав*",
    "ціна",
    "вартіст*",
    "оренд*",
    "квит*",
    "борг*",
    "коміс*",
    "переліт*",
    // cs, hu
    "poplat*",
    "kauc*",
    "nájem",
    "dluh*",
    "díj*",
    "kaució",
    "tartozás*",
};

bool CostWordAt(std::string_view text, size_t pos) {
  for (std::string_view word : kCostWords) {
    const bool stem = word.back() == '*';
    if (stem) word.remove_suffix(1);
    if (MatchWord(text, pos, word, /*whole=*/!stem) != 0) return true;
  }
  return false;
}

constexpr size_t kCostLookBack = 48;  // bytes: the few words before an amount

// Whether a cost word is among the words before `start` in its clause (back to a line end, ';',
// '!', '?', or a '.' that ends a sentence), or is the word right after `end`.
bool NextToCostWord(std::string_view text, size_t start, size_t end) {
  const size_t floor = start > kCostLookBack ? start - kCostLookBack : 0;
  for (size_t i = start; i > floor; --i) {
    const char c = text[i - 1];
    if (c == '\n' || c == ';' || c == '!' || c == '?') break;
    if (c == '.' && !IsDigit(text, i - 2)) break;
    if (!WordBefore(text, i - 1) && WordAt(text, i - 1) && CostWordAt(text, i - 1)) return true;
  }
  const size_t next = SkipSpaces(text, end);
  return next > end && WordAt(text, next) && CostWordAt(text, next);
}

}  // namespace

std::vector<StatedPay> FindStatedPay(std::string_view text, std::string_view local_currency,
                                     BareAmounts bare) {
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
    const std::optional<Currency> before = CurrencyBefore(text, run_start);
    const UChar32 previous = CodePointBefore(text, run_start);
    const bool inside_number =
        (previous == '.' || previous == ',') && run_start >= 2 && IsDigit(text, run_start - 2);
    const bool glued =
        previous >= 0 && IsWordCodePoint(previous) && !(before && before->end == run_start);
    if (inside_number || glued) continue;
    const std::optional<Amount> amount = ParseAmountOrRange(text, run_start);
    if (!amount) continue;
    std::optional<Currency> currency = before;
    // "£300+ per day": the '+' says "or more"; the amount is the promise.
    const size_t amount_end =
        amount->end < text.size() && text[amount->end] == '+' ? amount->end + 1 : amount->end;
    size_t after = amount_end;
    if (const auto suffix = CurrencyAt(text, SkipSpaces(text, amount_end))) {
      if (!currency) currency = suffix;
      after = suffix->end;
    }
    if (!currency) continue;
    StatedPay pay;
    pay.start = before ? before->start : amount->start;
    const PeriodWord* period_word = nullptr;
    if (const std::optional<Found> period = PeriodAfter(text, after)) {
      pay.end = period->end;
      period_word = period->word;
      pay.net = period->net;
    } else if (const std::optional<FoundBefore> first = PeriodBefore(text, pay.start, floor)) {
      pay.start = first->start;
      pay.end = after;
      period_word = first->word;
    } else if (const size_t noun = PayNounBefore(text, pay.start, floor);
               noun != std::string_view::npos) {
      pay.start = noun;
      pay.end = after;
      pay.period_stated = false;
    } else if (const size_t bonus = BonusAfter(text, after)) {
      pay.end = bonus;
      pay.period_stated = false;
    } else if (bare == BareAmounts::kRead && !NextToCostWord(text, pay.start, after)) {
      pay.end = after;
      pay.period_stated = false;
      pay.bare = true;
    } else {
      continue;
    }
    pay.amount = amount->value;
    pay.currency = CodeOf(*currency->word, local_currency);
    pay.period = period_word != nullptr ? period_word->period : PayPeriod::kMonth;
    pay.lang = period_word != nullptr ? std::string(period_word->lang) : "";
    pay.net = pay.net || NetAfter(text, pay.end);
    i = std::max(i, pay.end);
    floor = pay.end;
    found.push_back(std::move(pay));
  }
  return found;
}

}  // namespace ariadne::flag
