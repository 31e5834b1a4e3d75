#include "link/quoted.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "link/resolve.h"
#include "link/spans_of.h"

namespace ariadne::link {
namespace {

std::vector<ContactPlace> Places(const std::string& text, const std::vector<std::string>& numbers) {
  const std::vector<MaskSpan> spans = SpansOf(text, numbers);
  return PlaceContacts(text, spans, spans);
}

// Expects 07700 900582 and 07700 900963 on `line`, in an ad's text after its opening words, the
// ad's own.
void ExpectBothNumbersTheAdsOwn(const std::string& line) {
  const std::string text =
      "My name is Holly, I am 26. Incall and outcall.\n" + line + "\n\nPosted on site.example.";
  const auto places = Places(text, {"07700 900582", "07700 900963"});
  ASSERT_EQ(places.size(), 2u) << line;
  EXPECT_EQ(places[0].quoted, "") << line;
  EXPECT_EQ(places[1].quoted, "") << line;
}

// Expects every number of `text` among the four below quoted (for `why` when given) but the ad's
// own, 07700 900111.
void ExpectOnlyTheOwnNumberUnquoted(const std::string& text, const std::string& why = "") {
  const std::vector<MaskSpan> spans =
      SpansOf(text, {"07700 900111", "07700 900582", "07700 900963", "07700 900444"});
  const auto places = PlaceContacts(text, spans, spans);
  ASSERT_EQ(places.size(), spans.size());
  for (size_t i = 0; i < spans.size(); ++i) {
    const bool own_number = text.compare(spans[i].start, 12, "07700 900111") == 0;
    if (own_number || why.empty()) {
      EXPECT_EQ(places[i].quoted.empty(), own_number) << text;
    } else {
      EXPECT_EQ(places[i].quoted, why) << text;
    }
  }
}

TEST(QuotedTest, ContactsUnderASimilarAdsHeadingAreQuotedTheAdsOwnIsNot) {
  const std::string text =
      "Hi, I am Rosa, calm and friendly.\nCall 07700 900111\n\nSimilar ads\n"
      "Sweet Mia new in town - 07700 900222\nZoe real photos - 07700 900333";
  const auto places = Places(text, {"07700 900111", "07700 900222", "07700 900333"});
  ASSERT_EQ(places.size(), 3u);
  EXPECT_EQ(places[0].quoted, "");
  EXPECT_EQ(places[1].quoted, "under \"Similar ads\"");
  EXPECT_EQ(places[2].quoted, "under \"Similar ads\"");
}

TEST(QuotedTest, HeadingsAreReadInManyLanguagesCasesAndSpellings) {
  // Written for this test (none is a corpus's sentence): upper case, without diacritics, with a
  // city after the phrase, Cyrillic.
  for (const std::string heading :
       {"YOU MIGHT ALSO LIKE", "Other ladies in Bath", "Ahnliche Inserate", "ÄHNLICHE INSERATE",
        "Vous pourriez aussi aimer", "Perfiles similares", "Annunci correlati",
        "Anúncios relacionados", "Recent bekeken", "Podobne ogloszenia", "Podobne ogłoszenia",
        "Anunturi asemanatoare", "Вам также может понравиться", "Нещодавно переглянуті",
        "Други обяви", "★ Recently viewed ★"}) {
    const std::string text = "Own words here for the ad.\nCall 07700 900111\n" + heading +
                             "\nAnother lady - 07700 900222";
    const auto places = Places(text, {"07700 900111", "07700 900222"});
    ASSERT_EQ(places.size(), 2u);
    EXPECT_EQ(places[0].quoted, "") << heading;
    EXPECT_NE(places[1].quoted, "") << heading;
  }
}

TEST(QuotedTest, ACarouselLineOfCardsIsQuotedTheAdsOwnLineIsNot) {
  // Arrows around the cards, or an age on every card; the ad's own "call or WhatsApp" line is not.
  for (const std::string carousel : {"‹ Macy 32 07700 900811 · Holly 31 07700 900473 ›",
                                     "« Macy 07700 900811 | Holly 07700 900473 »",
                                     "Macy 32 07700 900811 • Holly 31 07700 900473",
                                     "◀ Macy, Leeds 07700 900811  Holly, York 07700 900473 ▶"}) {
    const std::string text = "Own words here for the ad.\nCall 07700 900111\n\n" + carousel;
    const auto places = Places(text, {"07700 900111", "07700 900811", "07700 900473"});
    ASSERT_EQ(places.size(), 3u);
    EXPECT_EQ(places[0].quoted, "") << carousel;
    EXPECT_EQ(places[1].quoted, "in a carousel of listings") << carousel;
    EXPECT_EQ(places[2].quoted, "in a carousel of listings") << carousel;
  }
  for (const std::string own :
       {"Call 07700 900811 · WhatsApp 07700 900473", "Mia 07700 900811 · Zoe 07700 900473",
        "Call me on 07700 900811 any time, or text 07700 900473 after six tonight please"}) {
    const auto places =
        Places("Own words here for the ad.\n" + own, {"07700 900811", "07700 900473"});
    EXPECT_EQ(places[0].quoted, "") << own;
    EXPECT_EQ(places[1].quoted, "") << own;
  }
}

TEST(QuotedTest, ACarouselShowingOneCardBetweenArrowsIsQuoted) {
  // One card, the line opened and closed by arrows, a name and an age on the card: another ad's.
  for (const std::string carousel :
       {"‹ Noa 24 07700 900811 ›", "« Macy 32 07700 900811 »", "◀ Holly, 31 07700 900811 ▶"}) {
    const std::string text = "Own words here for the ad.\nCall 07700 900111\n\n" + carousel;
    const auto places = Places(text, {"07700 900111", "07700 900811"});
    ASSERT_EQ(places.size(), 2u);
    EXPECT_EQ(places[0].quoted, "") << carousel;
    EXPECT_EQ(places[1].quoted, "in a carousel of listings") << carousel;
  }
  // No age on the card, an arrow on one side only, or many words: the ad's own line.
  for (const std::string own : {"‹ Call Noa 07700 900811 ›", "Noa 24 07700 900811 ›",
                                "‹ I am Noa, 24, call me any time on 07700 900811 ›"}) {
    const auto places = Places("Own words here for the ad.\nCall 07700 900111\n" + own,
                               {"07700 900111", "07700 900811"});
    EXPECT_EQ(places[1].quoted, "") << own;
  }
}

TEST(QuotedTest, ATableOfListingsWithPipesIsQuoted) {
  const std::string text =
      "Own words here for the ad.\nCall 07700 900111\n\nName | City | Phone\n"
      "★ TOP | Freya | Birmingham | 07700 900079\nHolly | 31 | Leeds | 07700 900473\n";
  const auto places = Places(text, {"07700 900111", "07700 900079", "07700 900473"});
  EXPECT_EQ(places[0].quoted, "");
  EXPECT_EQ(places[1].quoted, "in a table of listings");
  EXPECT_EQ(places[2].quoted, "in a table of listings");
  // One row, or rows of one number, are the ad's own.
  for (const std::string own :
       {"Rosa | Leeds | 07700 900079\n",
        "Call | 07700 900079 | any time\nText | 07700 900079 | after six"}) {
    const auto mine = Places("Own words here for the ad.\n" + own, {"07700 900079"});
    for (const ContactPlace& p : mine) EXPECT_EQ(p.quoted, "") << own;
  }
}

TEST(QuotedTest, HeadingsOfOtherAdsNearYouOrSeenByOthersIn11Languages) {
  for (const std::string heading :
       {"More ladies near you", "Users also viewed", "Anderen bekeken ook",
        "Meer dames bij jou in de buurt", "Weitere Damen in deiner Nähe",
        "D'autres filles près de chez vous", "Alte doamne lângă tine", "Още дами наблизо",
        "Más chicas cerca de ti", "Gli utenti hanno visto anche", "Więcej pań w pobliżu",
        "Użytkownicy oglądali też", "Uzytkownicy ogladali tez:", "Пользователи также смотрели",
        "Більше дівчат поруч"}) {
    const std::string text = "Own words here for the ad.\nCall 07700 900111\n" + heading +
                             "\nAnother lady - 07700 900222";
    const auto places = Places(text, {"07700 900111", "07700 900222"});
    EXPECT_EQ(places[0].quoted, "") << heading;
    EXPECT_NE(places[1].quoted, "") << heading;
  }
}

TEST(QuotedTest, AnInlineHeadingQuotesTheItemsAfterItsColon) {
  const std::string text =
      "Relaxed company, Leeds centre. Text 07700 900111\nYou may also like: Mia 07700 900222 | "
      "Zoe 07700 900333";
  const auto places = Places(text, {"07700 900111", "07700 900222", "07700 900333"});
  EXPECT_EQ(places[0].quoted, "");
  EXPECT_EQ(places[1].quoted, "under \"You may also like\"");
  EXPECT_EQ(places[2].quoted, "under \"You may also like\"");
}

TEST(QuotedTest, AParagraphOfProseEndsTheListingAndTheContactAfterItIsOwn) {
  const std::string text =
      "Lovely Rosa in Leeds.\n\nOther girls\nMia - 07700 900222\n\n"
      "Please read my rules before you book, I only meet polite and punctual gentlemen who are "
      "clean, thank you for understanding and see you soon.\nCall 07700 900111";
  const auto places = Places(text, {"07700 900111", "07700 900222"});
  EXPECT_EQ(places[0].quoted, "under \"Other girls\"");
  EXPECT_EQ(places[1].quoted, "");
}

TEST(QuotedTest, TheSameAdvertisersOtherAdsAndSentencesAreNoHeading) {
  // "More ads from this advertiser" lists the advertiser's own ads: its contacts are its own. A
  // sentence that mentions similar ads is no heading.
  const std::string text =
      "More ads from this advertiser\nRosa in Bath - 07700 900222\n"
      "Unlike other girls on this site I reply to every message within the hour\n"
      "07700 900333";
  const auto places = Places(text, {"07700 900222", "07700 900333"});
  EXPECT_EQ(places[0].quoted, "");
  EXPECT_EQ(places[1].quoted, "");
}

TEST(QuotedTest, AnAdGivingNoContactOutsideTheShapesOwnsTheFirstOne) {
  // Its prices and numbers in a table, a network's women listed on one line, its contact lines
  // after a line that reads like a heading: the ad gives no other contact, so the first shape
  // holding one is its own; a widget after it stays quoted.
  const std::string widget = "\n\n‹ Macy 32 07700 900811 · Holly 31 07700 900473 ›";
  for (const std::string own :
       {"Incall | 1 hour | 150\nPhone | 07700 900111 | calls 10-22\nWhatsApp | 07700 900222 | text",
        "Anna 22 07700 900111 · Mia 24 07700 900222 · Lola 21 07700 900333",
        "Anna | 22 | Leeds | 07700 900111\nMia | 24 | Leeds | 07700 900222",
        "Other girls available on request\nCall 07700 900111\nWhatsApp 07700 900222"}) {
    const std::string text = "Agency girls in Leeds, incalls and outcalls.\n" + own + widget;
    const auto places =
        Places(text, {"07700 900111", "07700 900222", "07700 900811", "07700 900473"});
    ASSERT_EQ(places.size(), 4u) << own;
    EXPECT_EQ(places[0].quoted, "") << own;
    EXPECT_EQ(places[1].quoted, "") << own;
    EXPECT_EQ(places[2].quoted, "in a carousel of listings") << own;
    EXPECT_EQ(places[3].quoted, "in a carousel of listings") << own;
    // With a contact of its own before them, the same shapes are quotes.
    const std::string with_own = "Agency girls in Leeds.\nCall 07700 900999\n" + own;
    const auto quoted = Places(with_own, {"07700 900999", "07700 900111", "07700 900222"});
    ASSERT_EQ(quoted.size(), 3u) << own;
    EXPECT_EQ(quoted[0].quoted, "") << own;
    EXPECT_NE(quoted[1].quoted, "") << own;
    EXPECT_NE(quoted[2].quoted, "") << own;
  }
  // A site's footer address after the shapes is not the ad's contact.
  const std::string footer =
      "Own words.\nAnna 22 07700 900111 · Mia 24 07700 900222\nmods@site.example";
  const auto places = Places(footer, {"07700 900111", "07700 900222", "mods@site.example"});
  EXPECT_EQ(places[0].quoted, "");
  EXPECT_EQ(places[1].quoted, "");
}

TEST(QuotedTest, AnInlineHeadingIsTheSitesWidgetEvenWhenTheAdsOwnNumberWasNotRead) {
  // The ad's own number is written so that nothing reads it (look-alike letters, or its digits
  // split between the title and the text): the numbers the page lists after "Similar ads nearby:"
  // on one line are still other ads', not the ad's own.
  for (const std::string widget :
       {"Similar ads nearby: Lacey, 34 \u00b7 07700 900582 | Faye, 26 \u00b7 07700 900963",
        "You may also like: Mia 07700 900582 | Zoe 07700 900963",
        "Annunci simili: Giulia, 25 - 07700 900582 | Sara, 31 - 07700 900963"}) {
    const std::string text =
        "My name is Holly, I am 26. Incall and outcall.\nBookings: O77O 9OO O7lS\nxoxo\n" + widget +
        "\n\nPosted on site.example.";
    const auto places = Places(text, {"07700 900582", "07700 900963"});
    ASSERT_EQ(places.size(), 2u) << widget;
    EXPECT_NE(places[0].quoted, "") << widget;
    EXPECT_NE(places[1].quoted, "") << widget;
  }
}

TEST(QuotedTest, ALabelledLineOfCardsWithAgesIsTheSitesWidgetOnTopOrAtTheBottom) {
  // Sites word their widgets freely (written for this test, in no lexicon): a few words closed by
  // a colon, then cards of a name, an age and a number. On top of the text or at its bottom, with
  // the ad's own number read or not, the cards' numbers are other ads'.
  for (const std::string widget :
       {"People who rang her also rang: Maya (27) 07700 900582 \u00b7 Tess (30) 07700 900963",
        "Hottest profiles of the week so far: Maya, 27, 07700 900582 | Tess, 30, 07700 900963",
        "Meistgeklickt heute: Maya 27 07700 900582 \u2022 Tess 30 07700 900963"}) {
    for (const std::string own : {"Call 07700 900111", "Call O77O 9OO lll"}) {
      const std::string body = "My name is Holly, I am 26. Incall and outcall.\n" + own + "\n";
      for (const std::string& text : {widget + "\n" + body + "\nPosted on site.example.",
                                      body + widget + "\n\nPosted on site.example."}) {
        const std::vector<MaskSpan> spans =
            SpansOf(text, {"07700 900111", "07700 900582", "07700 900963"});
        const auto places = PlaceContacts(text, spans, spans);
        ASSERT_EQ(places.size(), spans.size());
        for (size_t i = 0; i < spans.size(); ++i) {
          const bool own_number = text.compare(spans[i].start, 12, "07700 900111") == 0;
          EXPECT_EQ(places[i].quoted.empty(), own_number) << text;
        }
      }
    }
  }
  // A label and contacts without an age on every card, or a label that is a sentence's worth of
  // words, stay the ad's own.
  for (const std::string line :
       {"Contact me: Holly 07700 900582 \u00b7 WhatsApp 07700 900963",
        "You can reach me and my friend in the flat near the station: Holly 26 07700 900582 "
        "\u00b7 Tess 30 07700 900963"}) {
    ExpectBothNumbersTheAdsOwn(line);
  }
}

TEST(QuotedTest, AnAgeInBracketsReadIntoACardsNumberIsTheCardsAge) {
  // "Maya (27) 07700 900582" read as the number "27) 07700 900582" (the age taken for an area
  // code): the card still has its age.
  const std::string text =
      "My name is Holly, I am 26. Incall and outcall.\nCall 07700 900111\n"
      "Maya (27) 07700 900582 \u00b7 Tess (30) 07700 900963\n\nPosted on site.example.";
  const auto places = Places(text, {"07700 900111", "27) 07700 900582", "30) 07700 900963"});
  ASSERT_EQ(places.size(), 3u);
  EXPECT_EQ(places[0].quoted, "");
  EXPECT_EQ(places[1].quoted, "in a carousel of listings");
  EXPECT_EQ(places[2].quoted, "in a carousel of listings");
}

TEST(QuotedTest, CardsListedWithCommasOrSemicolonsAfterALabelAreTheSitesWidgetAnywhere) {
  // Sites list other ads' cards as a sentence lists things (written for this test, in no
  // lexicon): a label closed by a colon, then a name, an age and a number per card, parted by
  // commas or semicolons; after the ad's own contact line, after its prices, on top. A card whose
  // number was not read (another country's, in its form) may close the line.
  for (const std::string widget :
       {"Seen by her visitors too: Nell 31, 07700 900582, Rosa 26, 07700 900963",
        "Seen by her visitors too: Nell 31, 07700 900582, Rosa 26, 07700 900963, Ines 23, 8 "
        "(967) 919-28-30",
        "Picks for tonight: Alba (30) 07700 900582; Vera (27) 07700 900963; Lina (39) 07700 "
        "900444"}) {
    for (const std::string own : {"Call 07700 900111", "Call O77O 9OO lll"}) {
      const std::string prices = "Rates: 30 min 90, 1 hour 150, 2 hours 270.\n";
      const std::string body = "My name is Holly, I am 26. Incall and outcall.\n";
      for (const std::string& text :
           {body + prices + own + "\n" + widget + "\nPosted on site.example.",
            body + prices + widget + "\n" + own + "\nPosted on site.example.",
            widget + "\n" + body + prices + own + "\nPosted on site.example."}) {
        ExpectOnlyTheOwnNumberUnquoted(text);
      }
    }
  }
  // The ad's own numbers listed with commas or semicolons, without an age on every card, stay
  // its own.
  for (const std::string line :
       {"Call or text: 07700 900582, 07700 900963", "Holly 26: 07700 900582; WhatsApp 07700 900963",
        "Ring me, Holly, on 07700 900582; WhatsApp 07700 900963, texts only"}) {
    ExpectBothNumbersTheAdsOwn(line);
  }
}

TEST(QuotedTest, ATableRowOfCardsWithTheNameAndAgeInTheirOwnCellIsQuoted) {
  // "Nell 32 | 07700 900582": each card's name and age in the cell before its number, one row
  // on top of the ad. Under a known heading before the first bar it is the site's widget even
  // when the ad's own number was not read.
  const std::string row =
      " | Nell 32 | 07700 900582 | Rosa 31 | 07700 900963 | Ines 25 | "
      "07700 900444";
  for (const std::string head : {"Tonight", "Similar profiles"}) {
    const std::string text =
        head + row + "\nMy name is Holly, I am 26.\nCall 07700 900111\n\nPosted on site.example.";
    const auto places =
        Places(text, {"07700 900111", "07700 900582", "07700 900963", "07700 900444"});
    ASSERT_EQ(places.size(), 4u);
    EXPECT_EQ(places[0].quoted, "in a carousel of listings") << head;
    EXPECT_EQ(places[1].quoted, "in a carousel of listings") << head;
    EXPECT_EQ(places[2].quoted, "in a carousel of listings") << head;
    EXPECT_EQ(places[3].quoted, "") << head;
  }
  const std::string unread = "Similar profiles" + row +
                             "\nMy name is Holly, I am 26.\nCall O77O 9OO lll\n\nPosted on "
                             "site.example.";
  const auto places = Places(unread, {"07700 900582", "07700 900963", "07700 900444"});
  for (const ContactPlace& p : places) EXPECT_EQ(p.quoted, "in a carousel of listings");
  // The ad's own cells (no age by each number) stay its own.
  ExpectBothNumbersTheAdsOwn("Holly | 07700 900582 | WhatsApp | 07700 900963");
}

TEST(QuotedTest, ABulletedListOfCardsIsQuotedWhereverItStands) {
  // Bullets (or numbers) of cards, each a name, an age and a number, under a heading in no
  // lexicon (or none), after the ad's own contact line or in the middle of its text.
  for (const std::string list :
       {"\u2022 Iga (25) 07700 900582\n\u2022 Lena (27) 07700 900963\n- Noor, 30, 07700 900444\n",
        "1. Iga (25) 07700 900582\n2) Lena (27) 07700 900963\n3. Noor, 30, 07700 900444\n"}) {
    for (const std::string heading : {"Tonight's picks\n", ""}) {
      for (const std::string& text :
           {"My name is Holly, I am 26. Incall and outcall.\nCall 07700 900111\n" + heading + list +
                "\nPosted on site.example.",
            "My name is Holly, I am 26.\n" + heading + list + "Incall and outcall.\nCall 07700 " +
                "900111\n"}) {
        ExpectOnlyTheOwnNumberUnquoted(text, "in a list of listings");
      }
    }
  }
  // The ad's own bulleted contact lines (no age on them) stay its own.
  ExpectBothNumbersTheAdsOwn("\u2022 Call 07700 900582\n\u2022 WhatsApp 07700 900963");
}

TEST(QuotedTest, CardsOneALineWithoutBulletsPartedBySlashesOrDashesOrNumberFirstAreQuoted) {
  // Other ads' cards one a line with no bullet (a name, an age, a city, a dash, one number), or on
  // one line parted by slashes or dashes, or written number first, under a label in no lexicon or
  // none, on top, in the middle or at the bottom (written for this test).
  for (const std::string widget :
       {"Picks tonight:\nMia, 24 \u2014 07700 900582\nZoe, 29 \u2014 07700 900963\nAva, 31 \u2014 "
        "07700 900444",
        "Mia (24) \u00b7 Leeds \u00b7 07700 900582\nZoe (29) \u00b7 York \u00b7 07700 900963\nAva "
        "(31) "
        "\u00b7 Hull \u00b7 07700 900444",
        "Mia 24 07700 900582 / Zoe 29 07700 900963 / Ava 31 07700 900444",
        "Mia 24 07700 900582 \u2013 Zoe 29 07700 900963 \u2013 Ava 31 07700 900444",
        "07700 900582 \u2014 Mia, 24 \u00b7 07700 900963 \u2014 Zoe, 29 \u00b7 07700 900444 \u2014 "
        "Ava, 31",
        "07700 900582 \u2014 Mia, 24\n07700 900963 \u2014 Zoe, 29\n07700 900444 \u2014 Ava, 31"}) {
    const std::string own = "Call 07700 900111\n";
    const std::string body = "My name is Holly, I am 26.\n";
    const std::string rest = "Incall and outcall in Leeds.\n";
    for (const std::string& text :
         {widget + "\n" + body + rest + own, body + widget + "\n" + rest + own,
          body + rest + own + widget + "\n\nPosted on site.example."}) {
      ExpectOnlyTheOwnNumberUnquoted(text);
    }
  }
  // Cards one a line among other items under a heading: the heading's block goes on after them.
  {
    const std::string text =
        "My name is Holly, I am 26.\nCall 07700 900111\n\nSimilar ads\nLola (Leeds) 07700 "
        "900555\nMia, 24 - 07700 900582\nZoe, 29 - 07700 900963\nAva (York) 07700 900444\n";
    const auto places = Places(
        text, {"07700 900111", "07700 900555", "07700 900582", "07700 900963", "07700 900444"});
    ASSERT_EQ(places.size(), 5u);
    EXPECT_EQ(places[0].quoted, "");
    for (size_t i = 1; i < places.size(); ++i) EXPECT_NE(places[i].quoted, "") << i;
  }
  // The ad's own lines, one name on each (its age and its numbers), stay its own beside another
  // own number; so do own numbers parted by a slash without an age on every card.
  for (const std::string lines :
       {"Holly, 26 \u2014 07700 900582\nHolly, 26 \u2014 WhatsApp 07700 900963",
        "Holly 26: 07700 900582 / 07700 900963", "Holly 26: 07700 900582 - 07700 900963",
        "07700 900582 \u2014 Holly, 26\n07700 900963 \u2014 Holly, 26 (WhatsApp)",
        "07700 900582 - WhatsApp 07700 900963 - Holly, 26"}) {
    const std::string text =
        "My name is Holly, I am 26.\nReception 07700 900111\n" + lines + "\nIncall and outcall.\n";
    const auto places = Places(text, {"07700 900111", "07700 900582", "07700 900963"});
    for (const ContactPlace& p : places) EXPECT_EQ(p.quoted, "") << lines;
  }
}

TEST(QuotedTest, ATitleLineOrASentenceHoldingAHeadingPhraseIsNoHeading) {
  for (const std::string line : {"Popular in Leeds", "Hot girls in Leeds"}) {
    // The text's first line is the ad's own title.
    const std::string text =
        line + "\nCall 07700 900111\nSweet and discreet.\n\n" + "Similar ads\nMia - 07700 900222";
    const auto places = Places(text, {"07700 900111", "07700 900222"});
    EXPECT_EQ(places[0].quoted, "") << line;
    EXPECT_EQ(places[1].quoted, "under \"Similar ads\"") << line;
  }
  const std::string text =
      "Own words of the ad.\nCall 07700 900333\nOther girls available on request.\n"
      "WhatsApp 07700 900111";
  const auto places = Places(text, {"07700 900333", "07700 900111"});
  EXPECT_EQ(places[0].quoted, "");
  EXPECT_EQ(places[1].quoted, "");
}

TEST(QuotedTest, SegmentsAreTheFoldedWordsOfTheItemAroundTheContact) {
  const std::string text =
      "Rosa in Leeds call 07700 900111\nOwn words.\n• Sweet Mía new in Leeds · 07700 900222 • Zoe";
  const auto places = Places(text, {"07700 900111", "07700 900222"});
  EXPECT_EQ(places[0].segment, "");  // the first line: the ad's own title line
  EXPECT_EQ(places[1].segment, "sweet mia new in leeds");
  EXPECT_EQ(OpeningWords("", text), "rosa in leeds call 07700 900111");
  EXPECT_EQ(OpeningWords("Sweet MÍA new in Leeds!", text), "sweet mia new in leeds");
  EXPECT_EQ(OpeningWords("Mia 23", "x"), "");  // too short to tell an ad by
  EXPECT_TRUE(ReproducesOpening("sweet mia new in leeds", "sweet mia new in leeds tonight"));
  EXPECT_TRUE(ReproducesOpening("see sweet mia new in", "sweet mia new in leeds"));
  EXPECT_FALSE(ReproducesOpening("sweet mia new", "sweet mia new in leeds"));
  EXPECT_FALSE(ReproducesOpening("sweet miami new in leeds", "sweet mia new in leeds"));
}

TEST(QuotedTest, EveryLexiconPhraseFoldsToWordsAndTheCorporasLanguagesAreCovered) {
  std::vector<std::string> langs;
  for (const ListingHeading& h : RelatedListingHeadings()) {
    EXPECT_GE(FoldedWords(h.phrase).size(), 2u) << h.phrase;
    langs.emplace_back(h.lang);
  }
  std::sort(langs.begin(), langs.end());
  langs.erase(std::unique(langs.begin(), langs.end()), langs.end());
  // The twelve languages the linking corpora are written in (and Ukrainian, Bulgarian).
  for (const std::string lang :
       {"cs", "de", "en", "es", "fr", "hu", "it", "nl", "pl", "pt", "ro", "ru", "uk", "bg"}) {
    EXPECT_TRUE(std::binary_search(langs.begin(), langs.end(), lang)) << lang;
  }
}

TEST(QuotedTest, HungarianAndCzechWidgetHeadingsAreKnown) {
  // Headings over other ads' items (written for this test), on their own line or on the line of
  // the items, after the ad's own contact line.
  for (const std::string widget :
       {"Hasonló hirdetések\nLili 07700 900582\nLuca 07700 900963",
        "Nemrég megtekintett: Lili 07700 900582, Luca 07700 900963",
        "Podobné inzeráty\nBára 07700 900582\nAdéla 07700 900963",
        "Naposledy prohlížené: Bára 07700 900582 | Adéla 07700 900963"}) {
    ExpectOnlyTheOwnNumberUnquoted("Holly (26), incall and outcall.\nCall 07700 900111\n" + widget +
                                   "\n\nPosted on site.example.");
  }
}

// Expects the two numbers of `widget` (written as 07700 900582 and 07700 900963, or in wa.me
// links) quoted and the ad's own (07700 900111, or written in look-alike letters and not read)
// not, with `widget` at the ad's bottom, and unless `anywhere` is false on top and after its
// prices (a heading alone on the text's first line is the ad's title; a heading's block over lines
// runs on over the lines after it).
void ExpectTheWidgetQuoted(const std::string& widget, bool anywhere = true) {
  for (const std::string own : {"Call 07700 900111", "Call O77O 9OO lll"}) {
    const std::string body = "My name is Holly, I am 26. Incall and outcall.\n";
    const std::string prices = "Rates: 30 min 90, 1 hour 150, 2 hours 270.\n";
    std::vector<std::string> texts = {body + prices + own + "\n" + widget +
                                      "\n\nPosted on x.example."};
    if (anywhere) {
      texts.push_back(body + prices + widget + "\n" + own + "\n\nPosted on x.example.");
      texts.push_back(widget + "\n" + body + prices + own + "\n\nPosted on x.example.");
    }
    for (const std::string& text : texts) {
      const std::vector<MaskSpan> spans =
          SpansOf(text, {"07700 900111", "07700 900582", "07700 900963", "wa.me/447700900582",
                         "wa.me/447700900963"});
      const auto places = PlaceContacts(text, spans, spans);
      ASSERT_EQ(places.size(), spans.size());
      for (size_t i = 0; i < spans.size(); ++i) {
        const bool own_number = text.compare(spans[i].start, 12, "07700 900111") == 0;
        EXPECT_EQ(places[i].quoted.empty(), own_number) << text;
      }
    }
  }
}

TEST(QuotedTest, AHeadingPhraseInsideAShortLabelHeadsTheLineOfItsItems) {
  // A widget's heading written as a clause, its lexicon phrase not among the first words
  // (written for this test): the cards after the colon are other ads' whether or not they hold
  // ages, links or numbers, wherever the line stands, the ad's own number read or not.
  for (const std::string widget :
       {"People who saw this ad also viewed: Maya \u2192 https://wa.me/447700900582, Tess "
        "\u2192 https://wa.me/447700900963",
        "(Other users also viewed: Maya 07700 900582 \u00b7 Tess 07700 900963)",
        "Those who called her have also viewed: Maya 07700 900582 / Tess 07700 900963"}) {
    ExpectTheWidgetQuoted(widget);
  }
  // The phrase in a sentence's worth of words before the colon, or after it, is the ad's own
  // line.
  for (const std::string line :
       {"I am not one of the other girls you may have met in this town: 07700 900582 or "
        "07700 900963",
        "Call me: 07700 900582, other girls 07700 900963"}) {
    ExpectBothNumbersTheAdsOwn(line);
  }
}

TEST(QuotedTest, AHeadingOverAListOfCardsIsTheSitesWidgetWhenTheOwnNumberIsNotRead) {
  // A heading on its own line over cards of different names and ages, one a line (written for
  // this test), at the bottom of an ad whose own number was not read (or read): the site's
  // widget, not the ad's own contact lines.
  for (const std::string widget :
       {"\u00bb Recently viewed \u00ab\n\u00bb Lili, 19 \u2013 07700 900582 \u00ab\n\u00bb "
        "Luca, 25 \u2013 07700 900963 \u00ab",
        "Similar profiles:\n\u2014 Lili, 19: 07700 900582\n\u2014 Luca, 25: 07700 900963"}) {
    ExpectTheWidgetQuoted(widget, /*anywhere=*/false);
  }
  // A sentence of ten words or more after the list ends the widget: the ad's own contact lines
  // after it stay its own.
  ExpectOnlyTheOwnNumberUnquoted(
      "My name is Holly, I am 26.\nSimilar profiles:\n1. Lili (19) \u2014 07700 900582\n2. Luca "
      "(25) \u2014 07700 900963\nOur office confirms every booking within minutes. New ladies "
      "every month.\nCall 07700 900111\n\nPosted on x.example.");
  // A directory's own list of its workers, under no related-listings heading, stays its own.
  const std::string text =
      "Maison Opale, our ladies tonight.\nOur team:\n\u2022 Lili (19): 07700 900582\n\u2022 "
      "Luca (25): 07700 900963\n\nPosted on x.example.";
  const auto places = Places(text, {"07700 900582", "07700 900963"});
  ASSERT_EQ(places.size(), 2u);
  EXPECT_EQ(places[0].quoted, "");
  EXPECT_EQ(places[1].quoted, "");
}

TEST(QuotedTest, ALabelledRowOfNamedCardsIsAListingWhenTheAdGivesItsNumberOnAnotherLine) {
  // Rows of named cards after a label (written for this test: a price, a rank, a distance beside
  // each name; no heading the lexicon knows, no ages), on top, after the prices or at the bottom
  // of an ad whose own number stands on its own line: other ads'.
  const std::string body = "My name is Holly, I am 26. Incall and outcall.\n";
  const std::string own = "Call 07700 900111\n";
  for (const std::string row :
       {"Cheaper around here: Maya \u00a3120/h 07700 900582 vs Tess \u00a3150/h 07700 900963",
        "Top of the week: #1 Maya 07700 900582  #2 Tess 07700 900963  #3 Maya 07700 900444",
        "Around you on the map: \U0001F4CD 1,3 km \u2014 Maya 07700 900582 \u00b7 "
        "\U0001F4CD 3,7 km \u2014 Tess 07700 900963"}) {
    ExpectOnlyTheOwnNumberUnquoted(row + "\n" + body + own + "\nPosted on x.example.",
                                   "in a row of listings");
    ExpectOnlyTheOwnNumberUnquoted(body + row + "\n" + own + "\nPosted on x.example.",
                                   "in a row of listings");
    ExpectOnlyTheOwnNumberUnquoted(body + own + row + "\n\nPosted on x.example.",
                                   "in a row of listings");
    // The same row as the ad's only numbers is its own line (a network listing its women).
    ExpectBothNumbersTheAdsOwn(row);
  }
  // An ad's own line names contact kinds, not women, or one name: its own.
  for (const std::string line :
       {"Contact: Call 07700 900582 \u00b7 WhatsApp 07700 900963",
        "Holly: 07700 900582 or Holly 07700 900963", "Numbers: 07700 900582 / 07700 900963"}) {
    const std::string text = body + "Tel. 07700 900111\n" + line + "\n\nPosted on x.example.";
    const auto places = Places(text, {"07700 900111", "07700 900582", "07700 900963"});
    ASSERT_EQ(places.size(), 3u);
    for (const ContactPlace& p : places) EXPECT_EQ(p.quoted, "") << line;
  }
}

TEST(QuotedTest, AHeadingPointingAtItsCardsWithAnArrowHeadsTheLineOfItsItems) {
  // A lexicon heading followed by an arrow or an item separator instead of a colon (written for
  // this test), the cards without ages: the site's widget, the ad's own number read or not.
  for (const std::string widget :
       {"Similar profiles \u279c Maya ~ 07700 900582 \u279c Tess ~ 07700 900963",
        "Other girls \u00b7 Maya ~ 07700 900582 \u00b7 Tess ~ 07700 900963",
        "Profili simili \u21d2 Maya 07700 900582 \u21d2 Tess 07700 900963"}) {
    ExpectTheWidgetQuoted(widget);
  }
}

TEST(QuotedTest, NumbersInFootnotesToOtherNamesAreQuoted) {
  // Other women named with note marks after their names and their numbers as the notes on a line
  // of their own (written for this test: superscripts, asterisks, daggers and bracketed numbers;
  // the notes at the very end, after the ad's own line, or just under the names, or one a line):
  // a widget, quoted whether the ad's own number is read or not.
  const std::string body = "My name is Holly, I am 26. Incall and outcall.\n";
  for (const auto& [names, notes] : std::vector<std::pair<std::string, std::string>>{
           {"Free tonight too: Maya\u00b9 \u00b7 Tess\u00b2",
            "\u00b9 07700 900582  \u00b2 07700 900963"},
           {"Ask about Maya* and Tess**", "* 07700 900582 ** 07700 900963"},
           {"Friends: Maya\u2020, Tess\u2021", "\u2020 07700 900582\n\u2021 07700 900963"},
           {"See also Maya[1] and Tess[2].", "[1]: 07700 900582 [2]: 07700 900963"},
           {"Also here: Maya\u00b9 \u00b7 Maya\u00b2",
            "\u00b9 07700 900582  \u00b2 07700 900963"}}) {
    for (const std::string own : {"Call 07700 900111", "Call O77O 9OO lll"}) {
      for (const std::string& text :
           {body + names + "\nRates: 30 min 90.\n" + own + "\n" + notes + "\n\nPosted on x.",
            body + names + "\n" + notes + "\n" + own + "\n\nPosted on x."}) {
        const std::vector<MaskSpan> spans =
            SpansOf(text, {"07700 900111", "07700 900582", "07700 900963"});
        const auto places = PlaceContacts(text, spans, spans);
        ASSERT_EQ(places.size(), spans.size());
        for (size_t i = 0; i < spans.size(); ++i) {
          const bool own_number = text.compare(spans[i].start, 12, "07700 900111") == 0;
          EXPECT_EQ(places[i].quoted, own_number ? "" : "in footnotes to names") << text;
        }
      }
    }
  }
  // Not footnotes: a mark that follows no name elsewhere ("* 07700 …" as a bullet), an own
  // contact label marked ("WhatsApp* … * 07700 …"), a mark with words between it and the
  // number's line ("¹ 24/7" on a line of prose), and one note to one name in an ad that gives no
  // other number (its own, in a footnote).
  for (const std::string text :
       {body + "Rates: 30 min 90.\n* 07700 900582\n* 07700 900963\n\nPosted on x.",
        body + "WhatsApp* and calls.\nCall 07700 900111\n* 07700 900582\n\nPosted on x.",
        body + "Maya\u00b9 and I.\nCall 07700 900111\n\u00b9 Bookings on the day are welcome "
               "here at the flat with the parking nearby 07700 900582\n\nPosted on x.",
        body + "Ask for Maya\u00b9.\n\u00b9 07700 900582\n\nPosted on x."}) {
    const std::vector<MaskSpan> spans =
        SpansOf(text, {"07700 900111", "07700 900582", "07700 900963"});
    for (const ContactPlace& p : PlaceContacts(text, spans, spans)) EXPECT_EQ(p.quoted, "") << text;
  }
}

const Cluster* ClusterWith(const Linkage& l, int64_t doc) {
  for (const Cluster& c : l.clusters) {
    if (std::binary_search(c.documents.begin(), c.documents.end(), doc)) return &c;
  }
  return nullptr;
}

TEST(QuotedResolveTest, AQuotedOccurrenceJoinsNothingAndIsListedInTheReason) {
  Resolver r;
  for (int64_t id : {1, 2, 3}) r.AddDocument(id);
  // 1 and 2 are one advertiser's; 3 quotes their number under "Similar ads".
  r.AddContact(1, "phone", "+447700900222", "", "");
  r.AddContact(2, "phone", "+447700900222", "", "");
  r.AddContact(3, "phone", "+447700900111", "", "");
  r.AddContact(3, "phone", "+447700900222", "under \"Similar ads\"", "");
  const Linkage l = r.Resolve();
  ASSERT_EQ(l.clusters.size(), 1u);
  EXPECT_EQ(l.clusters[0].documents, (std::vector<int64_t>{1, 2}));
  ASSERT_EQ(l.clusters[0].reasons.size(), 1u);
  EXPECT_EQ(l.clusters[0].reasons[0].quoted_on, (std::vector<int64_t>{3}));
  EXPECT_EQ(l.clusters[0].reasons[0].quoted_why, "under \"Similar ads\"");
}

TEST(QuotedResolveTest, AValueAlsoCarriedOutsideTheListingIsTheDocumentsOwn) {
  Resolver r;
  for (int64_t id : {1, 2}) r.AddDocument(id);
  r.AddContact(1, "phone", "+447700900222", "", "");
  r.AddContact(2, "phone", "+447700900222", "under \"Other girls\"", "");
  r.AddContact(2, "phone", "+447700900222", "", "");
  const Linkage l = r.Resolve();
  ASSERT_EQ(l.clusters.size(), 1u);
  EXPECT_EQ(l.clusters[0].documents, (std::vector<int64_t>{1, 2}));
  EXPECT_TRUE(l.clusters[0].reasons[0].quoted_on.empty());
}

TEST(QuotedResolveTest, TwoAdsQuotingOneOutsideNumberAreNotJoined) {
  Resolver r;
  for (int64_t id : {1, 2}) {
    r.AddDocument(id);
    r.AddContact(id, "phone", "+44770090011" + std::to_string(id), "", "");
    r.AddContact(id, "phone", "+447700900999", "under \"Recently viewed\"", "");
  }
  EXPECT_TRUE(r.Resolve().clusters.empty());
}

TEST(QuotedResolveTest, AnItemReproducingAnotherAdsTitleIsAQuote) {
  Resolver r;
  for (int64_t id : {1, 2, 3}) r.AddDocument(id);
  // 1: Mia's ad. 2: another advertiser whose page lists "Sweet Mia new in Leeds - <Mia's number>".
  r.AddOpening(1, "sweet mia new in leeds");
  r.AddContact(1, "phone", "+447700900222", "", "");
  r.AddOpening(2, "rosa real photos in bath");
  r.AddContact(2, "phone", "+447700900111", "", "");
  r.AddContact(2, "phone", "+447700900222", "", "sweet mia new in leeds");
  // 3: Mia's repost with the same title, her number in a line repeating it: her own.
  r.AddOpening(3, "sweet mia new in leeds");
  r.AddContact(3, "phone", "+447700900222", "", "sweet mia new in leeds call");
  const Linkage l = r.Resolve();
  const Cluster* c = ClusterWith(l, 1);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->documents, (std::vector<int64_t>{1, 3}));
  ASSERT_FALSE(c->reasons.empty());
  EXPECT_EQ(c->reasons[0].quoted_on, (std::vector<int64_t>{2}));
  EXPECT_EQ(c->reasons[0].quoted_why, "in a listing item that reproduces the title of document 1");
}

TEST(QuotedResolveTest, AnItemRepeatingAQuoteUnderAKnownHeadingIsAQuoteToo) {
  // An ad outside the case ("Sweet Lola visiting Leeds") is listed by 1 under "Similar ads", and by
  // 2 and 3 under headings no lexicon knows: its number joins neither 2 with 3.
  Resolver r;
  for (int64_t id : {1, 2, 3, 4}) r.AddDocument(id);
  r.AddContact(1, "phone", "+447700900111", "", "");
  r.AddContact(1, "phone", "+447700900856", "under \"Similar ads\"", "sweet lola visiting leeds");
  r.AddOpening(2, "kate a student in york");
  r.AddContact(2, "phone", "+447700900127", "", "");
  r.AddContact(2, "phone", "+447700900856", "", "sweet lola visiting leeds now");
  r.AddOpening(3, "elegant irina manchester centre");
  r.AddContact(3, "phone", "+447700900203", "", "");
  r.AddContact(3, "phone", "+447700900856", "", "hot right now sweet lola visiting leeds");
  const Linkage l = r.Resolve();
  EXPECT_EQ(ClusterWith(l, 2), nullptr);
  EXPECT_EQ(ClusterWith(l, 3), nullptr);
}

TEST(QuotedResolveTest, AnAdsOwnLineRepeatingItsTitleQuotedElsewhereStaysItsOwn) {
  Resolver r;
  for (int64_t id : {1, 4, 5}) r.AddDocument(id);
  r.AddContact(1, "phone", "+447700900111", "", "");
  r.AddContact(1, "phone", "+447700900856", "under \"Similar ads\"", "sweet lola visiting leeds");
  // 4 and 5 are Lola's: 4's contact line repeats her title, the title 1 lists.
  r.AddOpening(4, "sweet lola visiting leeds");
  r.AddContact(4, "email", "lola@mail.example", "", "");
  r.AddContact(4, "phone", "+447700900856", "", "sweet lola visiting leeds text me");
  r.AddContact(5, "phone", "+447700900856", "", "");
  const Linkage l = r.Resolve();
  ASSERT_NE(ClusterWith(l, 4), nullptr);
  EXPECT_EQ(ClusterWith(l, 4)->documents, (std::vector<int64_t>{4, 5}));
}

TEST(QuotedResolveTest, AKnownQuoteOnADocumentLeftOutCountsAsItsOwnQuoteWould) {
  // An incremental link leaves 9 (linked before, only quoting the number) out of its region.
  auto run = [](bool region_holds_9) {
    Resolver r;
    std::vector<int64_t> ids = {1, 2, 3};
    if (region_holds_9) ids.push_back(9);
    for (int64_t id : ids) r.AddDocument(id);
    r.AddKnownQuote(9, "phone", "+447700900222", "under \"Similar ads\"", "sweet mia new in");
    r.AddContact(1, "phone", "+447700900222", "", "");
    r.AddContact(2, "phone", "+447700900222", "", "");
    // 3 lists Mia's ad under a heading no lexicon knows, the same item 9 lists.
    r.AddOpening(3, "rosa real photos in bath");
    r.AddContact(3, "phone", "+447700900111", "", "");
    r.AddContact(3, "phone", "+447700900222", "", "sweet mia new in leeds");
    if (region_holds_9) {
      r.AddContact(9, "phone", "+447700900999", "", "");
      r.AddContact(9, "phone", "+447700900222", "under \"Similar ads\"", "sweet mia new in");
    }
    const Linkage l = r.Resolve();
    EXPECT_EQ(l.clusters.size(), 1u);
    return l.clusters.empty() ? Reason{} : l.clusters[0].reasons[0];
  };
  const Reason left_out = run(false), held = run(true);
  EXPECT_EQ(left_out.documents, (std::vector<int64_t>{1, 2}));
  EXPECT_EQ(left_out.quoted_on, (std::vector<int64_t>{3, 9}));
  EXPECT_EQ(left_out.quoted_on, held.quoted_on);
  EXPECT_EQ(left_out.quoted_why, held.quoted_why);
}

TEST(QuotedResolveTest, AnAdWithNoContactOfItsOwnBesideTheItemKeepsIt) {
  // The only number of 2 stands in a line that repeats 1's title: one author's two ads.
  Resolver r;
  for (int64_t id : {1, 2}) r.AddDocument(id);
  r.AddOpening(1, "sweet mia new in leeds");
  r.AddContact(1, "phone", "+447700900222", "", "");
  r.AddOpening(2, "mia back in town tonight");
  r.AddContact(2, "phone", "+447700900222", "", "sweet mia new in leeds text me");
  const Linkage l = r.Resolve();
  ASSERT_EQ(l.clusters.size(), 1u);
  EXPECT_EQ(l.clusters[0].documents, (std::vector<int64_t>{1, 2}));
}

TEST(QuotedResolveTest, TheResultDoesNotDependOnTheOrderContactsAreAdded) {
  auto run = [](bool reversed) {
    Resolver r;
    for (int64_t id : {1, 2, 3, 4}) r.AddDocument(id);
    struct Row {
      int64_t d;
      const char* v;
      const char* q;
      const char* s;
    };
    std::vector<Row> rows = {{1, "+447700900222", "", ""},
                             {2, "+447700900111", "", ""},
                             {2, "+447700900222", "", "sweet mia new in leeds"},
                             {3, "+447700900111", "", ""},
                             {4, "+447700900333", "", ""},
                             {4, "+447700900111", "under \"Similar ads\"", ""}};
    if (reversed) std::reverse(rows.begin(), rows.end());
    r.AddOpening(1, "sweet mia new in leeds");
    r.AddOpening(2, "rosa real photos in bath");
    for (const Row& row : rows) r.AddContact(row.d, "phone", row.v, row.q, row.s);
    std::vector<std::vector<int64_t>> out;
    for (const Cluster& c : r.Resolve().clusters) out.push_back(c.documents);
    return out;
  };
  const auto forward = run(false);
  EXPECT_EQ(forward, run(true));
  EXPECT_EQ(forward, (std::vector<std::vector<int64_t>>{{2, 3}}));
}

}  // namespace
}  // namespace ariadne::link
