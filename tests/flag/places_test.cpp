// Where the job is (rules/data/places.toml, issue 4 item 4): inflected country names and cities
// move the J-SAL comparison to the country where the work is; a country without a statutory
// minimum stops it; an origin or a people word never moves it.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "flag/test_util.h"
#include "support/temp_dir.h"

namespace ariadne::flag {
namespace {

std::shared_ptr<const Flagger> RealFlagger() {
  static const std::shared_ptr<const Flagger> flagger = [] {
    const auto rules = testing::LoadOrFail(std::filesystem::path(ARIADNE_SOURCE_DIR) / "rules");
    return std::shared_ptr<const Flagger>(testing::MakeFlagger(rules));
  }();
  return flagger;
}

// The "why" of the J-SAL raised on a job ad of `region`, or nothing.
std::optional<std::string> SalWhy(std::string_view text, std::string region) {
  const Assessment a = RealFlagger()->Assess(
      {.text = text, .kind = AdKind::kLabour, .lang = "", .region = region, .phones = {}});
  const RaisedFlag* flag = testing::FindFlag(a, "J-SAL");
  if (flag == nullptr) return std::nullopt;
  return flag->why;
}

int ScoreOf(std::string_view text, std::string region) {
  return RealFlagger()
      ->Assess({.text = text, .kind = AdKind::kLabour, .lang = "", .region = region, .phones = {}})
      .score.score;
}

bool Contains(const std::optional<std::string>& text, std::string_view part) {
  return text && text->find(part) != std::string::npos;
}

// Each pays in line with the named destination and far above the site's own minimum, so the old
// reading (the destination unread, the region compared) raised J-SAL on every one.
TEST(PlaceOfWork, InflectedNamesAndCitiesAreWhereTheJobIs) {
  struct Case {
    std::string_view region;
    std::string_view ad;
  };
  const Case cases[] = {
      // BE 2,070 EUR: 22 × 173 = 3,806 EUR is 1.8 times; PL 1,091: 3.5 times.
      {"PL", "Spawacze w Belgii, 22 €/h, umowa."},
      {"PL", "Spawacze do Belgii, 22 €/h, umowa."},
      // NL 2,193 EUR: 3,000 is 1.4 times; PL: 2.7 times. A city for the country.
      {"PL", "Praca Amsterdam, 3000 euro miesięcznie, magazyn."},
      {"RO", "Depozit în Rotterdam, 3.000 € pe lună."},
      // DE 2,218 EUR: 3,000 is 1.35 times; UA 8,000 UAH (182 EUR): 16 times.
      {"UA", "Робота в Мюнхені на складі, 3000 євро на місяць."},
      {"BG", "Работа в Берлин, 3000 евро на месец."},
      // FR 1,802 EUR: 3,000 is 1.7 times; RO 814: 3.7 times.
      {"RO", "Muncă la Paris, 3.000 € pe lună."},
      // ES 1,381 EUR: 2,000 is 1.4 times; BG 551: 3.6 times.
      {"BG", "Работа в Испания, Барселона, 2000 евро на месец."},
  };
  for (const Case& c : cases) {
    EXPECT_FALSE(SalWhy(c.ad, std::string(c.region))) << c.ad << ": " << *SalWhy(c.ad, "");
  }
  // Out of line at the destination too: still raised, naming it.
  EXPECT_TRUE(Contains(SalWhy("Praca Amsterdam, 9000 euro miesięcznie, magazyn.", "PL"),
                       "minimum wage in NL, where the ad says the job is"));
  EXPECT_TRUE(Contains(SalWhy("Робота в Мюнхені на складі, 7000 євро на місяць.", "UA"),
                       "minimum wage in DE, where the ad says the job is"));
}

// Issue 4 item 4: a country with no statutory minimum in the table (Denmark, Norway, Sweden,
// Austria, Switzerland; Russia, whose federal minimum is no usable reference) is
// never compared with the site's own country (each of these was, and raised J-SAL), but with the
// table's highest minimum (LU, 2,638 EUR a month): pay in line there is not raised.
TEST(PlaceOfWork, ACountryWithoutAStatutoryMinimumIsJudgedAgainstTheHighestMinimum) {
  struct Case {
    std::string_view region;
    std::string_view ad;
  };
  const Case cases[] = {
      {"UA", "Робота на фермі в Данії, 15 євро на годину."},
      {"BG", "Сезонни работници за Дания, 8 евро на час."},
      {"UA", "Робота в Норвегії на рибному заводі, 25000 грн на тиждень."},
      {"PL", "Klub w Norwegii zatrudni hostessy, 30 000 NOK miesięcznie."},
      {"RO", "Abator in Danemarca, 16 euro/ora brut."},
      {"PL", "Praca w Szwecji, 25 000 kr miesięcznie."},
      {"RO", "Muncă în Elveția, Zürich, 4.000 CHF pe lună."},
      {"UA", "Робота в Москві, 150 000 руб. на місяць."},
      {"BG", "Работа в Австрия, Виена, 2500 евро на месец."},
  };
  for (const Case& c : cases) {
    EXPECT_FALSE(SalWhy(c.ad, std::string(c.region))) << c.ad << ": " << *SalWhy(c.ad, "");
  }
  // With another destination that has a figure: the pay must be out of line in each (4,000 EUR
  // is 3.7 times PL's minimum, 1.5 times GB's 2,652, the highest).
  EXPECT_FALSE(SalWhy("Praca w Danii lub w Polsce, 4000 euro miesięcznie.", "PL"));
  // Far above even the highest minimum: raised, saying so (20,000 NOK a week is 86,600 a month,
  // 7,340 EUR at 11.8 NOK to the euro: 2.8 times GB's 2,652, the highest minimum of the table).
  const std::optional<std::string> no =
      SalWhy("Hostessy do klubu w Norwegii, 20 000 NOK tygodniowo.", "PL");
  EXPECT_TRUE(Contains(no,
                       "the highest statutory minimum in the table: NO, where the ad says the "
                       "job is, has none"))
      << no.value_or("no J-SAL");
  EXPECT_TRUE(Contains(no, "minimum wage in GB")) << no.value_or("no J-SAL");
}

// Switzerland has no statutory minimum; the table gives the lowest rate of its generally binding
// hospitality agreement (L-GAV: CHF 3,666 a month, 13 payments, 3,972 spread over 12), so Swiss
// pay is judged against Swiss pay, not against the highest minimum of the EU and GB (2,652 EUR),
// which made a mason's usual CHF 6,500 a month in Geneva read as 2.6 times (blind10 fr-j9).
TEST(PlaceOfWork, SwissPayIsJudgedAgainstTheSwissAgreement) {
  EXPECT_FALSE(
      SalWhy("Mon oncle cherche des gars pour la maçonnerie à Genève, 6 500 CHF/mois.", "FR"));
  // Twice the agreement's rate or more, for unqualified club work: raised, naming the agreement.
  const std::optional<std::string> ch = SalWhy(
      "Models für Nachtclub in der Schweiz gesucht, Verdienst bis 8.000 CHF im Monat.", "DE");
  EXPECT_TRUE(Contains(ch, "minimum wage in CH")) << ch.value_or("no J-SAL");
  EXPECT_TRUE(Contains(ch, "generally binding collective agreement")) << ch.value_or("no J-SAL");
  // The agreement's rate is no legal floor elsewhere: Norway is still judged against GB's.
  const std::optional<std::string> no =
      SalWhy("Hostessy do klubu w Norwegii, 20 000 NOK tygodniowo.", "PL");
  EXPECT_TRUE(Contains(no, "minimum wage in GB")) << no.value_or("no J-SAL");
}

// Romanian "din" is "from" and "in": "muncitori din Moldova" (workers from Moldova),
// "fabrica din Germania" (the factory in Germany). A name after it counts only beside the site's
// region, and only when no other place of work is named.
TEST(PlaceOfWork, RomanianDinIsFromOrIn) {
  // MD 5,500 MDL (288 EUR): 4,000 RON (805 EUR) is 2.8 times; RO 4,050 RON: 1.0 times.
  EXPECT_FALSE(SalWhy("Angajăm muncitori din Moldova la depozit, 4000 lei pe lună.", "RO"));
  // DE named as the destination: Moldova is the origin.
  EXPECT_FALSE(SalWhy("Muncitori din Moldova pentru Germania, 3.000 € pe lună.", "RO"));
  // Out of line in Germany and in Romania alike: raised.
  EXPECT_TRUE(SalWhy("Fabrica din Germania angajează, 6.000 € pe lună.", "RO"));
  // Swapping the origin changes nothing (rule R2).
  EXPECT_EQ(ScoreOf("Angajăm muncitori din Moldova la depozit, 4000 lei pe lună.", "RO"),
            ScoreOf("Angajăm muncitori din Ucraina la depozit, 4000 lei pe lună.", "RO"));
}

// A nationality or people word is never the job's country (rules R2 and R4): the score is the
// same with and without it, whichever nationality.
TEST(PlaceOfWork, NationalityWordsNeverMoveTheJob) {
  const std::string ad = "Magazyn w Poznaniu, 10 000 zł miesięcznie, zakwaterowanie.";
  const int base = ScoreOf(ad, "PL");
  for (std::string_view people :
       {" Czesi i Słowacy mile widziani.", " Duńczycy, Norwegowie, Szwedzi mile widziani.",
        " Niemcy i Ukraińcy mile widziani.", " Włosi i Austriacy mile widziani."}) {
    EXPECT_EQ(ScoreOf(ad + std::string(people), "PL"), base) << people;
  }
  const std::string nl = "Orderpicker in Venlo, €14,71 per uur, huisvesting geregeld.";
  for (std::string_view people :
       {" Polen welkom.", " Denen en Zweden welkom.", " Oostenrijkers en Italianen welkom."}) {
    EXPECT_EQ(ScoreOf(nl + std::string(people), "NL"), ScoreOf(nl, "NL")) << people;
  }
}

// The next names of a list of origins are origins too (pay-words.toml [country] `and`): naming
// two or three countries the applicants may come from changes nothing where naming one does not
// (rule R2). A list after a word of place is still where the job is.
TEST(PlaceOfWork, AListOfOriginsIsOriginsThroughout) {
  const std::string de = "Lagerhelfer in Hamburg, 1.600 EUR netto im Monat.";
  const int de_score = ScoreOf(de, "DE");
  for (std::string_view origins :
       {" Gern auch Bewerber aus Polen.", " Gern auch Bewerber aus Polen und Moldawien.",
        " Bewerber aus Rumänien, Moldawien oder der Ukraine willkommen.",
        " Bewerber aus Rumänien/Moldawien willkommen."}) {
    EXPECT_EQ(ScoreOf(de + std::string(origins), "DE"), de_score) << origins;
  }
  const std::string en = "Warehouse operatives in Leeds, 2,000 GBP a month, weekly pay.";
  const int en_score = ScoreOf(en, "GB");
  for (std::string_view origins : {" Workers from Romania, Moldova or Ukraine welcome.",
                                   " Applicants from Romania and Moldova welcome."}) {
    EXPECT_EQ(ScoreOf(en + std::string(origins), "GB"), en_score) << origins;
  }
  // A list of places of work stays one: Moldova named as where the job is, pay out of line there.
  EXPECT_TRUE(SalWhy("Lagerhelfer für Polen und Moldawien, 1.600 EUR netto im Monat.", "DE"));
}

// A list of origins whose first names are countries the table does not have (no minimum wage
// shipped for them) is a list of origins all the same: the name after "and" that the table has is
// one more origin, never the job's country (rule R2). A lone name after a comma is not a list.
TEST(PlaceOfWork, AListOfOriginsWithUnknownNamesIsOriginsThroughout) {
  const std::string en = "Packers for a warehouse, 2,000 EUR a month, weekly pay.";
  const int en_score = ScoreOf(en, "GB");
  for (std::string_view origins : {" Applicants from Ghana, Peru or Moldova welcome.",
                                   " People from Kenya and Moldova can apply too."}) {
    EXPECT_EQ(ScoreOf(en + std::string(origins), "GB"), en_score) << origins;
  }
  const std::string de = "Lagerhelfer gesucht, 1.600 EUR netto im Monat.";
  EXPECT_EQ(ScoreOf(de + " Auch Leute aus Ghana, Peru und Moldawien.", "DE"), ScoreOf(de, "DE"));
  const std::string pl = "Praca na magazynie, 5 000 zł miesięcznie.";
  EXPECT_EQ(ScoreOf(pl + " Zapraszamy osoby z Kenii, Peru i Mołdawii.", "PL"), ScoreOf(pl, "PL"));
  const std::string ru = "Работа на складе, 1200 евро в месяц.";
  EXPECT_EQ(ScoreOf(ru + " Берём людей из Ганы, Перу и Молдавии.", "PL"), ScoreOf(ru, "PL"));
  // Dutch "en" (and; "in" in Spanish and French) joins a list of three names or more.
  const std::string nl = "Werk in de kas, € 8 per uur.";
  EXPECT_EQ(ScoreOf(nl + " Ook mensen uit Ghana, Peru en Moldavië welkom.", "NL"),
            ScoreOf(nl, "NL"));
  // Not a list of origins: "ab sofort" is a time, and Moldova after it is where the job is.
  EXPECT_TRUE(SalWhy("Lagerhelfer ab sofort, Moldawien, 1.600 EUR netto im Monat.", "DE"));
}

std::vector<std::string> PlaceErrorsOf(const std::string& places) {
  ariadne::testing::TempDir dir;
  dir.Write("p.toml", testing::kMinimalPack);
  dir.Write("scoring.toml", testing::kMinimalScoring);
  dir.Write("data/minimum-wages.toml",
            "threshold_multiple = 2.0\n"
            "[[wage]]\ncountry = \"RO\"\nstatutory = true\ncurrency = \"RON\"\n"
            "local_amount = 4050\nlocal_period = \"month\"\ndate = \"2025-01-01\"\n"
            "source = \"https://example.org/ro\"\n"
            "[[wage]]\ncountry = \"AT\"\nstatutory = false\ndate = \"2025-01-01\"\n"
            "source = \"https://example.org/at\"\n");
  dir.Write("data/places.toml", places);
  return testing::ErrorsRelativeTo(LoadRules(dir.path()), dir.path());
}

TEST(PlacesLoader, ShippedPlacesLoadAndNameTheirCountries) {
  const LoadReport report = LoadRules(std::filesystem::path(ARIADNE_SOURCE_DIR) / "rules");
  ASSERT_TRUE(report.ok()) << report.errors.front().ToString();
  const WageTable& table = report.rules.wages;
  EXPECT_TRUE(table.places_file.ends_with("data/places.toml"));
  const auto names = [&](std::string_view country) { return table.Find(country)->names; };
  for (std::string_view name : {"belgii", "brukseli"}) {
    EXPECT_NE(std::find(names("BE").begin(), names("BE").end(), name), names("BE").end()) << name;
  }
  EXPECT_NE(std::find(names("DK").begin(), names("DK").end(), "данії"), names("DK").end());
  EXPECT_FALSE(table.Find("RU")->statutory);
}

TEST(PlacesLoader, ProblemsAreReportedWithTheirPosition) {
  const std::string file = "data/places.toml";
  EXPECT_TRUE(
      PlaceErrorsOf("[[place]]\ncountry = \"AT\"\nnames = [\"austria\", \"wien\"]\n").empty());
  EXPECT_EQ(PlaceErrorsOf("[[place]]\ncountry = \"DK\"\nnames = [\"dania\"]\n"),
            std::vector<std::string>{
                file + ":2:11: country \"DK\" has no [[wage]] in minimum-wages.toml: add it there "
                       "(statutory = false when it has no minimum to compare with)"});
  EXPECT_EQ(
      PlaceErrorsOf("[[place]]\ncountry = \"AT\"\nnames = [\"New York\"]\n"),
      std::vector<std::string>{file + ":3:10: name \"New York\" must be one lower-case word, with "
                                      "'*' only at its end for a stem"});
  const std::vector<std::string> twice = PlaceErrorsOf(
      "[[place]]\ncountry = \"AT\"\nnames = [\"wien\"]\n"
      "[[place]]\ncountry = \"RO\"\nnames = [\"wien\"]\n");
  ASSERT_EQ(twice.size(), 1u);
  EXPECT_EQ(twice[0].rfind(file + ":6:10: name \"wien\" is already a name of AT (", 0), 0u)
      << twice[0];
}

}  // namespace
}  // namespace ariadne::flag
