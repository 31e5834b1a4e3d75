// Job-ad indicators through the real rules/ (issue 4 item 7, session 49): the wage table's
// per-country threshold, a one-off fee for a show, hours said without a count or beyond any day,
// and a pay figure given without a currency. Each test pairs the reading with the ad it must
// still flag, so that it fails when the mechanism is gone and when it reaches too far.
#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <string>

#include "flag/test_util.h"
#include "support/test_paths.h"

namespace ariadne::flag {
namespace {

using testing::FindFlag;

class JobConceptsTest : public ::testing::Test {
 protected:
  static Assessment Job(const std::string& text, const std::string& region = "",
                        bool candidates = true) {
    return testing::ShippedFlagger(candidates)
        .Assess(
            {.text = text, .kind = AdKind::kLabour, .lang = "", .region = region, .phones = {}});
  }
  static bool Has(const Assessment& a, std::string_view id) { return FindFlag(a, id) != nullptr; }
};

TEST_F(JobConceptsTest, BulgariaJudgesPayAtThreeTimesItsMinimumNotTwo) {
  // BG: 551 EUR a month. 1,300 is 2.4 times it, an ordinary office salary there; 2,000 is 3.6.
  const std::string salary = "Модератор на съдържание, 1300 евро бруто на месец, трудов договор.";
  EXPECT_FALSE(Has(Job(salary, "BG", false), "J-SAL"));
  const std::string high = "Модератор на съдържание, 2000 евро бруто на месец, трудов договор.";
  const Assessment a = Job(high, "BG", false);
  const RaisedFlag* flag = FindFlag(a, "J-SAL");
  ASSERT_NE(flag, nullptr);
  EXPECT_NE(flag->why.find("3.6 times the minimum wage in BG"), std::string::npos) << flag->why;
  EXPECT_NE(flag->why.find("out of line there from 3.0 times"), std::string::npos) << flag->why;
}

TEST_F(JobConceptsTest, UkraineJudgesPayAtFourTimesItsMinimum) {
  // UA: 8,000 UAH a month. 28,000 is 3.5 times it; 40,000 is 5.
  EXPECT_FALSE(Has(Job("Модератор контенту, 28 000 грн на місяць, трудовий договір.", "UA", false),
                   "J-SAL"));
  EXPECT_TRUE(Has(Job("Модератор контенту, 40 000 грн на місяць, трудовий договір.", "UA", false),
                  "J-SAL"));
}

TEST_F(JobConceptsTest, AnotherCountryKeepsTheTablesMultiple) {
  // RO keeps 2.0 (the lead's ruling): 9,000 lei is 2.2 times its 4,050.
  EXPECT_TRUE(Has(Job("Lucrător în depozit, salariu 9.000 lei pe lună.", "RO", false), "J-SAL"));
}

TEST_F(JobConceptsTest, AnHourlyRateBesideAFeeForOneShowIsAOneOffFee) {
  // PL: 4,666 PLN a month; 60 zł an hour is 10,380 a month (2.2 times), were it a wage.
  const std::string show =
      "Modele na pokaz dyplomowy 4 czerwca. 700 zł za pokaz i 60 zł za godzinę przymiarek.";
  EXPECT_FALSE(Has(Job(show, "PL", false), "J-SAL"));
  const std::string factory = "Pracownik produkcji, 60 zł za godzinę, praca od zaraz.";
  EXPECT_TRUE(Has(Job(factory, "PL", false), "J-SAL"));
}

TEST_F(JobConceptsTest, ADayThatEndsWhenTheWorkIsDoneIsExcessiveHours) {
  EXPECT_TRUE(Has(Job("Au pair wanted. The day starts at 6:30 with breakfast and finishes when "
                      "the baby is asleep, Saturdays too."),
                  "J-HOURS"));
  EXPECT_TRUE(Has(Job("Der Tag fängt um 6:30 an und hört auf, wenn das Baby schläft."), "J-HOURS"));
  EXPECT_TRUE(Has(Job("День начинается в 6:30 и заканчивается, когда малыш уснёт."), "J-HOURS"));
  // A day with its end at an hour is read by the long-hours check, not here.
  EXPECT_FALSE(Has(Job("The day starts at 9 and finishes at 5, Monday to Friday."), "J-HOURS"));
}

TEST_F(JobConceptsTest, SeventeenHoursOrMoreAtAStretchIsExcessiveButAWeeksHoursAreNot) {
  EXPECT_TRUE(Has(Job("When the fish is coming up you're on your feet 18, 20 hours."), "J-HOURS"));
  EXPECT_TRUE(Has(Job("Когда идёт рыба, стоите на ногах по 18–20 часов."), "J-HOURS"));
  EXPECT_FALSE(Has(Job("Student job, 18-20 hours a week."), "J-HOURS"));
  EXPECT_FALSE(Has(Job("Studentenjob, 18-20 Stunden pro Woche."), "J-HOURS"));
}

TEST_F(JobConceptsTest, AMonthlyFigureWithoutACurrencyIsPayStated) {
  const std::string base =
      "Crew for a trawler, no experience. Message me on WhatsApp +44 7700 900100";
  EXPECT_TRUE(Has(Job(base), "J-VAGUE"));
  EXPECT_FALSE(Has(Job("Crew for a trawler, no experience, last year the boys cleared about 2,000 "
                       "a month. Message me on WhatsApp +44 7700 900100"),
                   "J-VAGUE"));
  EXPECT_FALSE(Has(Job("Crew for a trawler, no experience, last year the boys cleared about two "
                       "grand a month. Message me on WhatsApp +44 7700 900100"),
                   "J-VAGUE"));
  EXPECT_FALSE(Has(Job("Besatzung gesucht, letztes Jahr hatten die Jungs so 2.000 im Monat. "
                       "Schreibt mir auf WhatsApp +44 7700 900106"),
                   "J-VAGUE"));
}

// flag55 (session 51): J-NOEXP and J-FEE from families of meaning read across blind19-24, each in
// several languages, with the near wording that must stay unflagged.
TEST_F(JobConceptsTest, NeverHavingDoneItWhateverTheVerbAnsweredAsNotMatteringIsNoExperience) {
  EXPECT_TRUE(Has(Job("Never cleaned a hotel room? Doesn't matter, we show you on the first day."),
                  "J-NOEXP"));
  EXPECT_TRUE(Has(Job("Noch nie einen Gabelstapler gefahren? Egal, das zeigt dir der Vorarbeiter."),
                  "J-NOEXP"));
  EXPECT_TRUE(
      Has(Job("¿Nunca has cortado el pelo a nadie? Da igual, aprendes en el salón."), "J-NOEXP"));
  EXPECT_TRUE(Has(Job("Никогда не клеил обои? Не страшно, бригадир покажет."), "J-NOEXP"));
  EXPECT_FALSE(
      Has(Job("Never pay anyone for a job offer. Warehouse staff, 40 hours, contract from day "
              "one."),
          "J-NOEXP"));
}

TEST_F(JobConceptsTest, TrainingOrADiplomaSaidNotToBeNeededIsNoExperience) {
  EXPECT_TRUE(
      Has(Job("Kurs kosmetyczny niepotrzebny, wszystkiego nauczymy w salonie."), "J-NOEXP"));
  EXPECT_TRUE(Has(Job("Non serve il diploma da cuoco, si impara in cucina."), "J-NOEXP"));
  EXPECT_TRUE(Has(Job("Nu trebuie experiență în construcții, vă arătăm pe șantier."), "J-NOEXP"));
  EXPECT_TRUE(Has(Job("Een horecadiploma is niet nodig, je leert het in de zaak."), "J-NOEXP"));
  // A training cost taken away is no training said to be unneeded.
  EXPECT_FALSE(
      Has(Job("Keine Schulungskosten, keine Gebühren, Tariflohn nach Vertrag."), "J-NOEXP"));
  EXPECT_FALSE(
      Has(Job("Training is provided in the first week, forklift licence required."), "J-NOEXP"));
}

TEST_F(JobConceptsTest, NothingToKnowOrAnEverydayAbilityIsNoExperience) {
  EXPECT_TRUE(Has(Job("Pas besoin de rien connaître à la vente, on vous forme."), "J-NOEXP"));
  EXPECT_TRUE(Has(Job("¿Sabes conducir? Basta, el resto lo aprendes en ruta."), "J-NOEXP"));
  EXPECT_TRUE(Has(Job("Розбиратися в техніці не треба, все покажемо."), "J-NOEXP"));
  EXPECT_TRUE(Has(Job("If you can use a phone, you can do this job from home."), "J-NOEXP"));
  // A language not needed is J-NOLANG, never J-NOEXP.
  EXPECT_FALSE(Has(Job("Русский знать не обязательно, склад в Подмосковье."), "J-NOEXP"));
}

TEST_F(JobConceptsTest, ADepositPromisedBackWithABonusIsAFee) {
  EXPECT_TRUE(
      Has(Job("Top up your task account and you get it back with 20% commission."), "J-FEE"));
  EXPECT_TRUE(Has(Job("Per sbloccare gli ordini fai un deposito, ti restituiamo con il 15 % di "
                      "commissione."),
                  "J-FEE"));
  EXPECT_TRUE(Has(Job("Najpierw wpłacasz depozyt, który zwracamy z prowizją 20%."), "J-FEE"));
  // Wages held back and paid out later are withheld pay, not a fee.
  EXPECT_FALSE(Has(Job("Care assistant, £650 a week. The first two weeks are kept as a deposit and "
                       "returned with your last payment."),
                   "J-FEE"));
}

TEST_F(JobConceptsTest, TheUniformOrKitBoughtFromThePosterIsAFee) {
  EXPECT_TRUE(Has(Job("Hotel housekeeping, start Monday. You buy the uniform from us on day one."),
                  "J-FEE"));
  EXPECT_TRUE(Has(Job("Lagerarbeit in Bremen. Die Arbeitskleidung kaufst du bei uns."), "J-FEE"));
  EXPECT_TRUE(Has(Job("Уборка офисов. Форму покупаешь у нас, потом работаешь."), "J-FEE"));
  EXPECT_FALSE(Has(Job("Hotel housekeeping, start Monday. Uniform provided free; you buy your own "
                       "lunch."),
                   "J-FEE"));
}

}  // namespace
}  // namespace ariadne::flag
