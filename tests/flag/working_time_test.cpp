// The clock ranges and the start and end of a working day read as numbers (working_time.h).
#include "flag/working_time.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ariadne::flag {
namespace {

// The words of each range ReadClockRanges finds in `text`.
std::vector<std::string> Ranges(std::string_view text) {
  std::vector<std::string> found;
  for (const MarkerHit& hit : ReadClockRanges(text)) {
    found.emplace_back(text.substr(hit.start, hit.end - hit.start));
  }
  return found;
}

TEST(WorkingTime, ReadsRangesThatSayTheyAreTime) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Ranges("shifts 7-19 monday to saturday"), V{"7-19"});                   // a work word
  EXPECT_EQ(Ranges("working time 06.00-19.00, transport"), V{"06.00-19.00"});       // minutes
  EXPECT_EQ(Ranges("si lavora dalle 7 alle 19 dal lunedì"), V{"dalle 7 alle 19"});  // from word
  EXPECT_EQ(Ranges("program de la 7 la 19, de luni"), V{"la 7 la 19"});
  EXPECT_EQ(Ranges("работа с 8 до 22, жильё"), V{"с 8 до 22"});
  EXPECT_EQ(Ranges("horaires 8h-21h, 6 jours sur 7"), V{"8h-21h"});
  EXPECT_EQ(Ranges("von 6 bis 20 uhr"), V{"von 6 bis 20 uhr"});
}

TEST(WorkingTime, ReadsNoRangeOfOtherThings) {
  EXPECT_TRUE(Ranges("candidates from 18 to 35 years").empty());  // ages
  EXPECT_TRUE(Ranges("de 18 a 35 años, sueldo 1200-1400 euros").empty());
  EXPECT_TRUE(Ranges("part-time, 8-20 hours a week").empty());  // a count of hours
  EXPECT_TRUE(Ranges("from 1 to 12 months").empty());
  EXPECT_TRUE(Ranges("start 12-14.05").empty());       // a date
  EXPECT_TRUE(Ranges("call 0-7-7-0-0 9").empty());     // digits of a phone number
  EXPECT_TRUE(Ranges("рост 7-19").empty());            // no word says it is time
  EXPECT_TRUE(Ranges("з 9:00 до 18:00").size() == 1);  // not "00 до 18:00" as well
}

TEST(WorkingTime, ReadsAStartAndAnEndToldApart) {
  const std::string text = "si comincia alle 4 di mattina e si finisce verso le 16, paga";
  const std::vector<MarkerHit> starts = {{text.find("comincia"), text.find("comincia") + 8}};
  const std::vector<MarkerHit> ends = {{text.find("finisce"), text.find("finisce") + 7}};
  const auto told = ReadStartAndEnd(text, starts, ends);
  ASSERT_TRUE(told);
  EXPECT_EQ(text.substr(told->first.start, told->first.end - told->first.start),
            "4 di mattina e");  // the hour with up to three words of the day part after it
  EXPECT_EQ(text.substr(told->second.start, told->second.end - told->second.start), "16");

  // An end with no hour after it, or a start whose next number is a date, reads nothing.
  const std::string date = "start 1.06.2026, finish when the harvest ends";
  EXPECT_FALSE(ReadStartAndEnd(date, {{0, 5}}, {{date.find("finish"), date.find("finish") + 6}}));
}

// Midnight in words ends a range, with minutes, an article or "um" before it (flag48).
TEST(WorkingTime, ReadsARangeEndingAtMidnightInWords) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Ranges("bar staff, 12:00 till midnight, six days"), V{"12:00 till midnight"});
  EXPECT_EQ(Ranges("de 10:30 hasta la medianoche"), V{"de 10:30 hasta la medianoche"});
  EXPECT_EQ(Ranges("dalle 12 fino a mezzanotte"), V{"dalle 12 fino a mezzanotte"});
  EXPECT_EQ(Ranges("von 13 uhr bis um mitternacht"), V{"von 13 uhr bis um mitternacht"});
  EXPECT_EQ(Ranges("de la 10 până la miezul nopții"), V{"la 10 până la miezul nopții"});
  EXPECT_EQ(Ranges("з 12:00 до опівночі"), V{"з 12:00 до опівночі"});
  EXPECT_TRUE(Ranges("open till midnight").empty());  // no hour before it
}

// Words of each weekday range and its number of days.
std::vector<std::pair<std::string, int>> Weeks(std::string_view text) {
  std::vector<std::pair<std::string, int>> found;
  for (const WeekdaySpan& week : ReadWeekdaySpans(text)) {
    found.emplace_back(text.substr(week.span.start, week.span.end - week.span.start), week.days);
  }
  return found;
}

// Days of the week written as a range are counted, wrapping past Sunday (flag48).
TEST(WorkingTime, CountsTheDaysOfAWeekdayRange) {
  using V = std::vector<std::pair<std::string, int>>;
  EXPECT_EQ(Weeks("wednesday to monday, 9-18"), (V{{"wednesday to monday", 6}}));
  EXPECT_EQ(Weeks("mon - sun"), (V{{"mon - sun", 7}}));
  EXPECT_EQ(Weeks("dal martedì alla domenica"), (V{{"martedì alla domenica", 6}}));
  EXPECT_EQ(Weeks("du jeudi au lundi"), (V{{"jeudi au lundi", 5}}));
  EXPECT_EQ(Weeks("od środy do poniedziałku"), (V{{"środy do poniedziałku", 6}}));
  EXPECT_EQ(Weeks("с понедельника по субботу"), (V{{"понедельника по субботу", 6}}));
  EXPECT_EQ(Weeks("від вівторка до неділі"), (V{{"вівторка до неділі", 6}}));
  EXPECT_EQ(Weeks("de lunes a viernes"), (V{{"lunes a viernes", 5}}));
  EXPECT_TRUE(Weeks("a month to month lease, sun to moon").empty());  // no day names
}

}  // namespace
}  // namespace ariadne::flag
