#include "link/persona.h"

#include <gtest/gtest.h>

namespace ariadne::link {
namespace {

TEST(PersonaTest, ReadsANameNextToAnAgeInAnyLanguage) {
  EXPECT_EQ(PersonaOf("", "Hey gentlemen, I'm Serafina, 33! On tour.", "").Label(), "Serafina, 33");
  EXPECT_EQ(PersonaOf("", "Аз съм Neva, 37 г., усмихната и елегантна.", "").Label(), "Neva, 37");
  EXPECT_EQ(PersonaOf("", "My new girl Milena (33) works 24/7.", "").Label(), "Milena, 33");
  EXPECT_EQ(PersonaOf("", "Cunoaște-o pe Estela, 31 ani. Abia am sosit.", "").Label(),
            "Estela, 31");
}

TEST(PersonaTest, UsesCuesWhenNoAgeFollowsTheName) {
  EXPECT_EQ(PersonaOf("", "Me llamo Odeta, tengo 22 años y vivo en Madrid.", "22").Label(),
            "Odeta, 22");
  // Weak cues ("from", "von") count only in titles.
  EXPECT_EQ(PersonaOf("Hallo von Kira", "Privatwohnung am Bahnhof, nur diese Woche.", "").Label(),
            "Kira");
  EXPECT_EQ(PersonaOf("", "Privatwohnung am Bahnhof von Montag bis Freitag.", "").Label(), "");
}

TEST(PersonaTest, NumbersThatAreNotAgesAreIgnored) {
  EXPECT_EQ(PersonaOf("", "Open Monday, 24/7 and Leeds, 10:00 till late.", "").Label(), "");
  EXPECT_EQ(PersonaOf("", "Call 07700 900123 now.", "25").Label(), "25 years");
}

}  // namespace
}  // namespace ariadne::link
