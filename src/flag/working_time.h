// Working time read as numbers (J-HOURS, issue 4 item 7, flag46): clock ranges found by reading
// the digits of the match text rather than by a marker regex, so that every common shape of a
// range is one reading ("7-19" after "shifts", "7.00-20.00", "dalle 7 alle 19 dal lunedì", "de la
// 7 la 19", "od 6 do 19 od poniedziałku", "с 8 до 22 ежедневно") and what follows the second
// number can be checked (a regex cannot look ahead): an age ("de 18 à 35 ans"), money, a size or a
// date is no range of hours.
#pragma once

#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "flag/checks.h"

namespace ariadne::flag {

// The clock ranges of `text` (the folded, lower-case match text), [start, end) from the first
// hour (or the word "from" before it) to the end of the second. A pair of hours joined by a dash
// or a "to" word is a range when it shows it is about time: minutes on an hour ("6:00", "7.00"),
// an hour word after one ("h", "uhr", "ч", "godz", "ore"...), a "from" word right before the first
// ("from", "dalle", "od", "с", "de la"...), or a word for work, shifts or working hours among the
// three words before it. Never when the second number is followed by a word for years or age,
// money, a size or a percentage, or runs on into a date or a longer number; hours above 24 are no
// hours.
std::vector<MarkerHit> ReadClockRanges(std::string_view text);

// The working day told as when it starts and when it ends ("si comincia alle 4 di mattina e si
// finisce verso le 16", "we start at 6 and finish at 8pm", "начало в 7:00, окончание в 20:00"):
// a hit of `starts` (marker list day-start) with an hour in the three words after it, and a hit of
// `ends` (day-end) after that hour, within about two sentences, with an hour in the three words
// after it. The two hours' spans (each with its minutes, hour word and up to three words of the
// part of the day after it), or nullopt. Both lists in text order.
std::optional<std::pair<MarkerHit, MarkerHit>> ReadStartAndEnd(std::string_view text,
                                                               const std::vector<MarkerHit>& starts,
                                                               const std::vector<MarkerHit>& ends);

// A run of days of the week written as a range ("Tuesday to Sunday", "dal martedì alla domenica",
// "od wtorku do niedzieli", "с понедельника по субботу"; flag48): its span and how many days it
// covers, counted inclusive and wrapping past Sunday ("Friday to Monday" is four days).
struct WeekdaySpan {
  MarkerHit span;
  int days = 0;
};

// The weekday ranges of `text` (the folded, lower-case match text), in text order: two names of
// days of the week in one of the 11 languages (full names in any case form; English also
// "mon".."sun"), joined by a dash or a "to" word, with an article between allowed.
std::vector<WeekdaySpan> ReadWeekdaySpans(std::string_view text);

}  // namespace ariadne::flag
