// Numbers read aloud (src/extract/spoken.h): units, tens and hundreds added up as said in the
// eleven languages, digits said one by one written one after another.
#include "extract/spoken.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace ariadne::extract {
namespace {

// The digits of the number read aloud from the start of `text`, and how much of it was read.
std::string Read(std::string_view text, size_t* read = nullptr) {
  const SpokenWord first = NextSpokenWord(text, 0);
  if (SpokenNumberWords().Digits(text.substr(first.start, first.end - first.start)) == nullptr) {
    return "none";
  }
  size_t end = 0;
  int words = 0;
  std::string digits = ReadSpokenNumber(text, first, SpokenNumberWords(), end, words);
  if (read != nullptr) *read = end;
  return digits;
}

TEST(SpokenNumbers, TensAndHundredsAreAddedUpInEveryLanguage) {
  EXPECT_EQ(Read("twenty three"), "23");
  EXPECT_EQ(Read("vierundvierzig"), "44");
  EXPECT_EQ(Read("quatre-vingt-dix-sept"), "97");
  EXPECT_EQ(Read("septante-six"), "76");
  EXPECT_EQ(Read("soixante et onze"), "71");
  EXPECT_EQ(Read("eenendertig"), "31");
  EXPECT_EQ(Read("trei sute patruzeci și cinci"), "345");
  EXPECT_EQ(Read("осемстотин осемдесет и осем"), "888");
  EXPECT_EQ(Read("cuarenta y cinco"), "45");
  EXPECT_EQ(Read("duecentoquattordici"), "214");
  EXPECT_EQ(Read("sześćset sześćdziesiąt dziewięć"), "669");
  EXPECT_EQ(Read("девятьсот шестнадцать"), "916");
  EXPECT_EQ(Read("двісті тридцять чотири"), "234");
  EXPECT_EQ(Read("nine hundred and twelve"), "912");
  EXPECT_EQ(Read("neunhundert und fünfzehn"), "915");
}

TEST(SpokenNumbers, GroupsThatCannotBeAddedAreWrittenOneAfterAnother) {
  EXPECT_EQ(Read("one nine nine five"), "1995");
  EXPECT_EQ(Read("nineteen ninety five"), "1995");
  EXPECT_EQ(Read("zero seven seven"), "077");
  EXPECT_EQ(Read("one zero five"), "105");
  EXPECT_EQ(Read("twenty twenty"), "2020");
}

TEST(SpokenNumbers, TheNumberEndsAtTheFirstOtherWord) {
  size_t read = 0;
  EXPECT_EQ(Read("twenty three at gmail", &read), "23");
  EXPECT_EQ(read, 12u);
  // A joining word only between a group and a value added to it.
  EXPECT_EQ(Read("five and six", &read), "5");
  EXPECT_EQ(read, 4u);
  EXPECT_EQ(Read("twenty and then", &read), "20");
  EXPECT_EQ(read, 6u);
  EXPECT_EQ(Read("lola twenty"), "none");
}

// A transcript's words said apart: the pauses (full stops, commas, an ellipsis) and the fillers
// between them are passed over; a question mark, a line's end and a written name's dot are not.
std::string NextInTranscript(std::string_view text, size_t from) {
  const SpokenWord w = NextTranscriptWord(text, from, SpokenNumberWords());
  return std::string(text.substr(w.start, w.end - w.start));
}

TEST(SpokenWords, ATranscriptsPausesAndFillersArePassedOver) {
  EXPECT_EQ(NextInTranscript("lola. underscore. twenty", 4), "underscore");
  EXPECT_EQ(NextInTranscript("lola, um, underscore", 4), "underscore");
  EXPECT_EQ(NextInTranscript("lola ähm Unterstrich", 4), "Unterstrich");
  EXPECT_EQ(NextInTranscript("katya ээ точка", 5), "точка");
  EXPECT_EQ(NextInTranscript("mia\xE2\x80\xA6 dot", 3), "dot");
  EXPECT_EQ(NextInTranscript("lola? underscore", 4), "");
  EXPECT_EQ(NextInTranscript("lola\nunderscore", 4), "");
  EXPECT_EQ(NextInTranscript("lola.rose", 4), "");
  EXPECT_EQ(NextInTranscript("lola um um um underscore", 4), "");  // three fillers at most
}

}  // namespace
}  // namespace ariadne::extract
