// The computed checks (src/flag/checks.cpp) through the real rules/ and the Flagger: what an ad
// leaves out (no employer, only a phone or free-mail address, no pay) and where it disagrees with
// itself (two ages far apart); and the rule that absences never make the high band (R3).
#include "flag/checks.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "flag/test_util.h"
#include "support/temp_dir.h"
#include "support/test_paths.h"

namespace ariadne::flag {
namespace {

using testing::FindFlag;

class ChecksTest : public ::testing::Test {
 protected:
  static Assessment Job(const std::string& text, bool candidates = true) {
    return testing::ShippedFlagger(candidates)
        .Assess({.text = text, .kind = AdKind::kLabour, .lang = "", .region = "", .phones = {}});
  }
  static Assessment Adult(const std::string& text) {
    return testing::ShippedFlagger(true).Assess(
        {.text = text, .kind = AdKind::kSex, .lang = "", .region = "", .phones = {}});
  }
  static std::string SpanText(const std::string& text, const RaisedFlag& flag, size_t i) {
    return text.substr(flag.spans[i].start, flag.spans[i].end - flag.spans[i].start);
  }
};

TEST_F(ChecksTest, JobAdWithAContactAndNoEmployerRaisesJEmplPointingAtTheContact) {
  const std::string text = "Warehouse packers wanted, start Monday. Call 07700 900412";
  const Assessment a = Job(text);
  const RaisedFlag* flag = FindFlag(a, "J-EMPL");
  ASSERT_NE(flag, nullptr) << ::testing::PrintToString(testing::FlagIds(a));
  EXPECT_TRUE(flag->absence);
  EXPECT_TRUE(flag->from_candidate);
  ASSERT_EQ(flag->spans.size(), 1u);
  EXPECT_EQ(SpanText(text, *flag, 0), "07700 900412");
  EXPECT_NE(flag->why.find("no company name or legal form, registration or VAT number"),
            std::string::npos)
      << flag->why;
  EXPECT_NE(flag->why.find("how to apply: \"07700 900412\""), std::string::npos) << flag->why;
}

// A legal form names a firm (no J-EMPL), but a firm that answers only on a mobile is still
// phone-only contact: the knowledge base reads the contact given ("only a mobile number or a
// free-mail address"). blind7 labels nl-j1 ("FlexPlus Limburg B.V. … Bel/app 06…") so.
// A recruiter's chat message, a forum reply or a friend's tip gives no number: it speaks to the
// reader (a greeting and a name, a place offered, a number to pass on), and that is how one applies
// (blind8: 11 chat messages and forum replies, in every language). Without an employer or pay,
// J-EMPL and J-VAGUE; the flag points at those words.
TEST_F(ChecksTest, AChatMessageOrForumReplySpeakingToTheReaderIsHowToApply) {
  for (const std::string text : {
           "Hi Tom, it's Dave. Got a place for u on the farm, lift on sunday.",
           "Hallo Marek, hier Olli. Beim Bauern brauchen sie noch Leute.",
           "Hoi Anouk! Met Sanne. Een plekje in een lounge in Antwerpen.",
           "Hola Rocío, soy Maite. Recogida de fresa en Huelva, yo te llevo.",
           "Привет, Саня! Это Вова. На стройку нужны ещё двое.",
           "Re: work in Spain -- my cousin works there, I'll give you her number",
           "Відповідь: працювала через знайому, дам її номер.",
       }) {
    const Assessment a = Job(text);
    const RaisedFlag* empl = FindFlag(a, "J-EMPL");
    ASSERT_NE(empl, nullptr) << text;
    EXPECT_FALSE(empl->spans.empty()) << text;
    EXPECT_NE(FindFlag(a, "J-VAGUE"), nullptr) << text;
  }
  // A named employer, or pay stated, still answers.
  EXPECT_EQ(FindFlag(Job("Hi Tom, it's Dave from Green Farms Ltd, got a place for u."), "J-EMPL"),
            nullptr);
  EXPECT_EQ(FindFlag(Job("Hi Tom, it's Dave. Got a place for u, £12.50 an hour."), "J-VAGUE"),
            nullptr);
}

// A message to a messenger group, a chat message that greets with a comma and no name of the
// reader, and a labour supplier's e-mail give no number either: one answers where the message
// came (marker list answer-here; blind11's broadcast, chat and e-mail ads, in every language).
// Without an employer, J-EMPL; without pay, J-VAGUE.
TEST_F(ChecksTest, AGroupMessageAGreetingOrALetterIsHowToApply) {
  for (const std::string text : {
           "Apple pickers needed near Hereford from Monday. Reply in this group with your name.",
           "Ab Dienstag brauchen wir 8 Leute im Lager. Schreibt ein 👍 hier in die Gruppe.",
           "Potrzebne 10 osób do pakowania. Zgłoszenia w tej grupie do jutra.",
           "Нужны 6 человек на разгрузку. Пишите «+» в группу до вечера.",
           "Hey, hier ist Jonas. Mein Schwager sucht Leute für den Abriss.",
           "Hola, soy Marta. Una conocida busca gente para la limpieza.",
           "Subject: men for the Elm Street job\n\nHi Steve, I can send you four lads.",
       }) {
    const Assessment a = Job(text);
    EXPECT_NE(FindFlag(a, "J-EMPL"), nullptr) << text;
    EXPECT_NE(FindFlag(a, "J-VAGUE"), nullptr) << text;
  }
  // A firm that names itself, or pay stated, still answers.
  EXPECT_EQ(FindFlag(Job("Orchard Fruit Ltd: pickers needed. Reply in this group."), "J-EMPL"),
            nullptr);
  EXPECT_EQ(FindFlag(Job("Pickers needed, £12.80 an hour. Reply in this group."), "J-VAGUE"),
            nullptr);
}

TEST_F(ChecksTest, LegalFormAloneIsNoJEmplButStillPhoneOnly) {
  for (const std::string text : {
           "Warehouse packers wanted. Acme Logistics Ltd. Call 07700 900412",
           "Lagerhelfer gesucht, Muster GmbH. Tel 07700 900412",
           "Packers wanted. Golden Reef Digital Co. is hiring, call 07700 900412",
       }) {
    EXPECT_EQ(FindFlag(Job(text), "J-EMPL"), nullptr) << text;
    EXPECT_NE(FindFlag(Job(text), "J-PHONEONLY"), nullptr) << text;
  }
}

TEST_F(ChecksTest, NamedCompanyAddressOrOwnWebsiteMeansNoJEmpl) {
  for (const std::string text : {
           "Lagerhelfer gesucht, Muster GmbH, HRB 00000. Tel 07700 900412",
           "Packers wanted, 12 Mill Street, Leeds. Call 07700 900412",
           "Packers wanted. Apply to jobs@acme-logistics.example or 07700 900412",
           "Packers wanted. Apply at careers.acme.example, or call 07700 900412",
       }) {
    EXPECT_EQ(FindFlag(Job(text), "J-EMPL"), nullptr) << text;
    EXPECT_EQ(FindFlag(Job(text), "J-PHONEONLY"), nullptr) << text;
  }
}

// A named company or agency is an employer one can look up, even without a legal form or a
// registration number (session 27's thirteenth set: 16 J-EMPL false positives on ads naming an
// agency): a firm word with a name as written after it, or capitalised after a capitalised word.
// "No agency", an agency unnamed, or a lower-case "agency" in a sentence names none.
TEST_F(ChecksTest, ANamedAgencyOrCompanyIsNoJEmplAnUnnamedOneIs) {
  for (const std::string text : {
           "Brightwell Staffing Solutions: packers for the Netherlands. Call 07700 900412",
           "FAQ – Agence Horizon Emploi Europe. Appelez le 07700 900412",
           "Частые вопросы – Кадровое агентство «ЕвроТрудСервис». Звоните 07700 900412",
           "Agencja Pracy EuroJob Partner zaprasza. Tel. 07700 900412",
           "Часті запитання – Кадрове агентство «ЄвроПраця Плюс». Телефон 07700 900412",
       }) {
    EXPECT_EQ(FindFlag(Job(text), "J-EMPL"), nullptr) << text;
  }
  for (const std::string text : {
           "No agency, just me and the farmer. Packers wanted, call 07700 900412",
           "Packers wanted through an agency, call 07700 900412",
           "Pas d'agence. Cueilleurs recherchés, appelez le 07700 900412",
           "Без агентства, напрямую. Звоните 07700 900412",
           "the agency's fee is small, packers wanted, call 07700 900412",
       }) {
    EXPECT_NE(FindFlag(Job(text), "J-EMPL"), nullptr) << text;
  }
}

// "Plazas limitadas" is no street (a square with a house number is), and the Romanian "pe zi de
// pe telefon" ("a day, from your phone") is no French industrial zone ("Z.I. des Mercières"): an
// address once read in them hid J-EMPL (blind12 es-j4, ro-j4). A voice message's "let me know by
// tomorrow" and a flyer's QR code are how to apply.
TEST_F(ChecksTest, WordsLikeAnAddressAreNoAddressAndAnAnswerAskedIsHowToApply) {
  for (const std::string text : {
           "Trabajo en hoteles. Escanea el código QR. Plazas limitadas.",
           "Câștigă 500 de lei pe zi de pe telefon! Scanează codul.",
           "So it's Clive, about the roofing job. Need to know by tomorrow yeah? Cheers",
           "Ciao, sono Sabrina, per il lavoro al bar. Fammi sapere entro domani.",
       }) {
    EXPECT_NE(FindFlag(Job(text), "J-EMPL"), nullptr) << text;
  }
  for (const std::string text : {
           "Trabajo en hoteles, Plaza Mayor 3, Madrid. Llama al 07700 900412",
           "Préparateurs de commandes, Z.I. des Mercières, Compiègne. Appelez le 07700 900412",
       }) {
    EXPECT_EQ(FindFlag(Job(text), "J-EMPL"), nullptr) << text;
  }
}

// A letting agent's or a landlord's list of flats is no job with housing from the employer
// (session 27's thirteenth set: J-ACCOM on letting agents' lists), however its words pair; the
// recruiter who rents the worker a bed still is.
TEST_F(ChecksTest, HousingToLetIsNoJAccomAJobWithHousingIs) {
  for (const std::string text : {
           "Flats to let: 2-bed flat, shared house rooms, £650 pcm. Call 07700 900412",
           "Wohnung zu vermieten, Zimmer im Wohnheim, 450 € Kaltmiete. Tel 07700 900412",
           "Сдаётся квартира, комната в общежитии, 25 000 рублей. Звоните 07700 900412",
           "Se alquila piso compartido, habitación en el centro. Llama al 07700 900412",
       }) {
    EXPECT_EQ(FindFlag(Job(text), "J-ACCOM"), nullptr) << text;
  }
  for (const std::string text : {
           "Packers wanted, room in a shared house provided. Call 07700 900412",
           "Lagerhelfer gesucht, Zimmer im Wohnheim wird gestellt. Tel 07700 900412",
           "Требуются грузчики, комната в общежитии бесплатно. Звоните 07700 900412",
           "Peones, el piso que les alquilo yo se descuenta del sueldo. Llama al 07700 900412",
       }) {
    EXPECT_NE(FindFlag(Job(text), "J-ACCOM"), nullptr) << text;
  }
}

// J-SAL judges pay for work that needs no qualification: skilled pay (a CNC operator, a welder,
// years of experience required) is not out of line (session 27's thirteenth set: CNC operators'
// pay in bg and uk). The same pay for unqualified work still is.
TEST_F(ChecksTest, SkilledPayIsNoJSalTheSamePayForUnqualifiedWorkIs) {
  for (const std::string text : {
           "Оператор на CNC машина в България, заплата 3500 лв. на месец. Тел. 07700 900412",
           "Оператор верстатів з ЧПК, Львів, 45 000 грн на місяць. Телефон 07700 900412",
           "Welders wanted in the UK, 5 years experience required, £6,000 a month. Call 07700 "
           "900412",
       }) {
    EXPECT_EQ(FindFlag(Job(text), "J-SAL"), nullptr) << text;
  }
  for (const std::string text : {
           "Общ работник в склад в България, заплата 3500 лв. на месец. Тел. 07700 900412",
           "Прибиральник на склад, Львів, 45 000 грн на місяць. Телефон 07700 900412",
           "Packers wanted in the UK, no experience, £6,000 a month. Call 07700 900412",
       }) {
    EXPECT_NE(FindFlag(Job(text), "J-SAL"), nullptr) << text;
  }
}

TEST_F(ChecksTest, FragmentWithoutAContactIsNeverSaidToLackAnEmployer) {
  const Assessment a = Job("Warehouse packers wanted, start Monday, good pay.");
  EXPECT_EQ(FindFlag(a, "J-EMPL"), nullptr);
  EXPECT_EQ(FindFlag(a, "J-VAGUE"), nullptr);
}

// A mail service is named after mail itself ("mail.ru", "pochta", "poczta", "correo", "webmail");
// a firm's own domain that only contains the word is not one. Only a real provider's domain is free
// mail: a .example domain is a company's own whatever its name (the test sets' convention), so it
// is no J-PHONEONLY, though a mailbox at a domain named after mail names no business one can trace
// (J-EMPL).
TEST_F(ChecksTest, DomainNamedAfterMailIsFreeMailOnlyAtARealTopLevelDomain) {
  for (const std::string text : {
           "Dancers wanted. Photos to clubcy.test@pochta.ru",
           "Bailarinas. Fotos al correo club.prueba@correo.es",
           "Kelnerki. Zdjecia na job.test@poczta.fm",
       }) {
    EXPECT_NE(FindFlag(Job(text), "J-EMPL"), nullptr) << text;
    EXPECT_NE(FindFlag(Job(text), "J-PHONEONLY"), nullptr) << text;
  }
  for (const std::string text : {
           "Dancers wanted. Photos to clubcy@pochta.example",
           "Bailarinas. Fotos al correo club@correo.example",
           "Hostesses wanted. Send photos to bar@webmail.example",
           "Kelnerki. Zdjecia na job@skrzynka.example",
       }) {
    EXPECT_NE(FindFlag(Job(text), "J-EMPL"), nullptr) << text;
    EXPECT_EQ(FindFlag(Job(text), "J-PHONEONLY"), nullptr) << text;
  }
  EXPECT_EQ(FindFlag(Job("Drivers wanted. CV to jobs@deutschepost.example"), "J-EMPL"), nullptr);
}

TEST_F(ChecksTest, FreeMailIsNoEmployerAndRaisesJPhoneOnly) {
  const std::string text = "Cleaners wanted, 12 EUR per hour. CV to cleanjobs.test@gmail.com";
  const Assessment a = Job(text);
  EXPECT_NE(FindFlag(a, "J-EMPL"), nullptr) << ::testing::PrintToString(testing::FlagIds(a));
  const RaisedFlag* phone_only = FindFlag(a, "J-PHONEONLY");
  ASSERT_NE(phone_only, nullptr);
  EXPECT_TRUE(phone_only->absence);
  EXPECT_EQ(SpanText(text, *phone_only, 0), "@gmail.com");
  // The same provider's name on a .example domain is a company's own domain: no J-PHONEONLY.
  const Assessment own = Job("Cleaners wanted, 12 EUR per hour. CV to cleanjobs24@gmail.example");
  EXPECT_EQ(FindFlag(own, "J-PHONEONLY"), nullptr);
  EXPECT_NE(FindFlag(own, "J-EMPL"), nullptr);
}

// J-PHONEONLY's definition: "only a mobile number or a free-mail address: no landline … or an
// international number". The line type comes from selector extraction (AdInput::phones).
TEST_F(ChecksTest, ALandlineOfTheAdsCountryIsNotPhoneOnlyAForeignOneOrAMobileIs) {
  const std::string text = "Warehouse packers wanted, start Monday. Call 020 7946 0321";
  auto assess = [&](std::vector<AdPhone> phones, std::string region) {
    return testing::ShippedFlagger(true).Assess({.text = text,
                                                 .kind = AdKind::kLabour,
                                                 .lang = "en",
                                                 .region = std::move(region),
                                                 .phones = std::move(phones)});
  };
  for (const char* landline : {"fixed_line", "toll_free", "shared_cost", "uan"}) {
    const Assessment a = assess({{landline, "GB"}}, "GB");
    EXPECT_EQ(FindFlag(a, "J-PHONEONLY"), nullptr) << landline;
    EXPECT_NE(FindFlag(a, "J-EMPL"), nullptr) << landline;  // a switchboard names no employer
  }
  EXPECT_EQ(FindFlag(assess({{"fixed_line", "GB"}}, ""), "J-PHONEONLY"), nullptr);
  EXPECT_EQ(FindFlag(assess({{"mobile", "GB"}, {"fixed_line", "GB"}}, "gb"), "J-PHONEONLY"),
            nullptr);
  // A mobile, a type libphonenumber cannot tell, a landline abroad, or no extraction: phone only.
  for (const auto& [phones, region] : std::vector<std::pair<std::vector<AdPhone>, std::string>>{
           {{{"mobile", "GB"}}, "GB"},
           {{{"fixed_line_or_mobile", "US"}}, "US"},
           {{{"fixed_line", "GB"}}, "RO"},
           {{}, "GB"}}) {
    const Assessment a = assess(phones, region);
    const RaisedFlag* flag = FindFlag(a, "J-PHONEONLY");
    ASSERT_NE(flag, nullptr) << region;
    EXPECT_EQ(SpanText(text, *flag, 0), "020 7946 0321");
  }
}

TEST_F(ChecksTest, ATelegramHandleAloneIsAContactButNotPhoneOnly) {
  const Assessment a = Job("Support agents wanted, 3000 EUR a month. Telegram @support_jobs");
  EXPECT_NE(FindFlag(a, "J-EMPL"), nullptr);
  EXPECT_EQ(FindFlag(a, "J-PHONEONLY"), nullptr);
}

TEST_F(ChecksTest, ARegistrationNumberIsNotAPhoneNumber) {
  const Assessment a = Job("Préparateur de commandes, SIRET 123 456 789 00012, CDI, 35 heures.");
  EXPECT_EQ(FindFlag(a, "J-VAGUE"), nullptr) << ::testing::PrintToString(testing::FlagIds(a));
  EXPECT_EQ(FindFlag(a, "J-EMPL"), nullptr);
}

TEST_F(ChecksTest, NoPayStatedRaisesJVagueButAFeeIsNotPay) {
  const Assessment none = Job("Farm workers wanted for the season. Call 07700 900412");
  const RaisedFlag* vague = FindFlag(none, "J-VAGUE");
  ASSERT_NE(vague, nullptr);
  EXPECT_TRUE(vague->absence);
  EXPECT_NE(vague->why.find("no pay stated"), std::string::npos) << vague->why;
  EXPECT_NE(FindFlag(Job("Farm workers wanted. Admin fee £250 before you travel. Call 07700 "
                         "900412"),
                     "J-VAGUE"),
            nullptr);
  for (const std::string text : {
           "Farm workers wanted, £12.71 per hour. Call 07700 900412",
           "Farm workers wanted, salary 2500 EUR. Call 07700 900412",
           "Erntehelfer gesucht, Mindestlohn. Tel 07700 900412",
           "Farm workers wanted, 1500 EUR net. Call 07700 900412",
       }) {
    EXPECT_EQ(FindFlag(Job(text), "J-VAGUE"), nullptr) << text;
  }
}

TEST_F(ChecksTest, ChecksRunOnlyWithCandidateTermsEnabled) {
  const Assessment a = Job("Warehouse packers wanted. Call 07700 900412", /*candidates=*/false);
  EXPECT_EQ(FindFlag(a, "J-EMPL"), nullptr);
  EXPECT_EQ(FindFlag(a, "J-PHONEONLY"), nullptr);
  EXPECT_EQ(FindFlag(a, "J-VAGUE"), nullptr);
}

TEST_F(ChecksTest, AbsenceChecksNeverRunOnAdultAdsOrAnUnknownKind) {
  const std::string text = "Sweet and discreet, call 07700 900412";
  EXPECT_EQ(FindFlag(Adult(text), "J-EMPL"), nullptr);
  const Assessment unknown = testing::ShippedFlagger(true).Assess(
      {.text = text, .kind = AdKind::kAuto, .lang = "", .region = "", .phones = {}});
  EXPECT_EQ(unknown.kind, AdKind::kUnknown);
  EXPECT_EQ(FindFlag(unknown, "J-EMPL"), nullptr);
}

TEST_F(ChecksTest, TwoAgesFarApartRaiseSDiscrepOnBoth) {
  const std::string text =
      "Anna 21 years, slim and blonde. About me: mature lady of 45, curvy. Call 07700 900118";
  const Assessment a = Adult(text);
  const RaisedFlag* flag = FindFlag(a, "S-DISCREP");
  ASSERT_NE(flag, nullptr);
  EXPECT_FALSE(flag->absence);
  ASSERT_EQ(flag->spans.size(), 2u);
  EXPECT_EQ(SpanText(text, *flag, 0), "21 years");
  EXPECT_EQ(SpanText(text, *flag, 1), "lady of 45");
  EXPECT_NE(flag->why.find("two ages 24 years apart"), std::string::npos) << flag->why;
}

TEST_F(ChecksTest, CloseAgesOrAnAgeRangeAreNoDiscrepancy) {
  for (const std::string text :
       {"Anna 21 years, petite. Age 23 on my passport, 07700 900118",
        "Models 18-35 ans, Paris. Julie 22 ans.", "Kasia, 20 lat, szczupła, rozmiar 34."}) {
    EXPECT_EQ(FindFlag(Adult(text), "S-DISCREP"), nullptr) << text;
  }
}

TEST_F(ChecksTest, AnAgeStatedAgainInTheFirstPersonSixYearsApartRaisesSDiscrep) {
  for (const std::string text : {
           "Giulia, 22 anni, quarta misura. Foto a scopo illustrativo. Ho 28 anni.",
           "Sandra, 19 Jahre, schlank. Fotos nur beispielhaft. Ich bin 27, blond.",
           "Катя, 21 год, рост 158. Мне 33, люблю каблуки.",
           "Sexy Nina, 23, slim. Nina is 29 yrs, curvy.",
       }) {
    const Assessment a = Adult(text);
    const RaisedFlag* flag = FindFlag(a, "S-DISCREP");
    ASSERT_NE(flag, nullptr) << text;
    EXPECT_EQ(flag->spans.size(), 2u) << text;
  }
  // Five years apart is one person's range of looks, or two friends of an age.
  EXPECT_EQ(FindFlag(Adult("Lena, 23 Jahre, und Mira, 28 Jahre, empfangen euch."), "S-DISCREP"),
            nullptr);
}

TEST_F(ChecksTest, TwoHeightsFifteenCentimetresApartRaiseSDiscrepOnBoth) {
  const std::string text = "Petite brune, 1m58, douce. Grande blonde d'1m80, en talons.";
  const Assessment a = Adult(text);
  const RaisedFlag* flag = FindFlag(a, "S-DISCREP");
  ASSERT_NE(flag, nullptr);
  ASSERT_EQ(flag->spans.size(), 2u);
  EXPECT_EQ(SpanText(text, *flag, 0), "1m58");
  EXPECT_EQ(SpanText(text, *flag, 1), "1m80");
  EXPECT_NE(flag->why.find("two heights 22 cm apart"), std::string::npos) << flag->why;
  for (const std::string close : {"Bianca, 1.60, micuta. In tocuri 1.70.", "Рост 165, вес 55."}) {
    EXPECT_EQ(FindFlag(Adult(close), "S-DISCREP"), nullptr) << close;
  }
}

TEST_F(ChecksTest, TwoDressSizesFarApartRaiseSDiscrep) {
  EXPECT_NE(FindFlag(Adult("Lisa, slim, size 6 model. About me: curvy, size 16."), "S-DISCREP"),
            nullptr);
}

// An age as a decade in words counts as that decade's first year (blind10 pl-a4 "po
// czterdziestce" against "21 lat"), in every language.
TEST_F(ChecksTest, AnAgeGivenAsADecadeInWordsDisagreesWithAStatedAge) {
  for (const std::string text : {
           "Nikola, 21 lat, szczupła. W opisie: pani po czterdziestce.",
           "Amy, 22 years, petite. About me: a lady in her forties.",
           "Julie, 20 ans. Plus bas: femme dans la quarantaine.",
           "Carla, 22 años. Soy una cuarentona con experiencia.",
           "Ника, 20 лет. В анкете: женщина за сорок.",
       }) {
    const Assessment a = Adult(text);
    const RaisedFlag* flag = FindFlag(a, "S-DISCREP");
    ASSERT_NE(flag, nullptr) << text;
    EXPECT_NE(flag->why.find("two ages"), std::string::npos) << flag->why;
  }
  // A decade that agrees with the stated age is no discrepancy.
  EXPECT_EQ(FindFlag(Adult("Renata, 42 lata, dojrzała pani po czterdziestce."), "S-DISCREP"),
            nullptr);
}

// A language spoken fluently and only another elsewhere (blind10 en-a4, fr-a4); which languages
// never matters (rule R2), and more languages in one claim are all spoken.
TEST_F(ChecksTest, FluentInOneLanguageAndOnlyAnotherRaisesSDiscrep) {
  const std::string text =
      "Yasmina, 20 ans, parle couramment français. Appelez, je parle seulement anglais.";
  const Assessment a = Adult(text);
  const RaisedFlag* flag = FindFlag(a, "S-DISCREP");
  ASSERT_NE(flag, nullptr);
  ASSERT_EQ(flag->spans.size(), 2u);
  EXPECT_NE(flag->why.find("fluently"), std::string::npos) << flag->why;
  EXPECT_NE(SpanText(text, *flag, 0).find("couramment français"), std::string::npos);
  EXPECT_NE(SpanText(text, *flag, 1).find("seulement anglais"), std::string::npos);
  EXPECT_NE(
      FindFlag(Adult("Mia, fluent English ... but message only in Portuguese pls"), "S-DISCREP"),
      nullptr);
  for (const std::string agree : {
           "Mia, fluent English. Texts only in English please.",
           "Lena spricht fliessend Deutsch und Englisch. SMS nur Englisch.",
           "Kasia, płynnie po polsku. Wyjazdy tylko hotele.",
       }) {
    EXPECT_EQ(FindFlag(Adult(agree), "S-DISCREP"), nullptr) << agree;
  }
}

TEST_F(ChecksTest, AnObscuredPhoneNumberRaisesSObscOnTheNumberAsWritten) {
  for (const std::string number :
       {"07700 9OO 443", "zero seven seven zero zero 900 781", "0-7-7-0-0 / 9-0-0 / 3-9-5"}) {
    const std::string text = "Sweet and discreet, call " + number;
    const Assessment a = Adult(text);
    const RaisedFlag* flag = FindFlag(a, "S-OBSC");
    ASSERT_NE(flag, nullptr) << number;
    EXPECT_FALSE(flag->absence);
    EXPECT_NE(flag->why.find("the number as written"), std::string::npos) << flag->why;
  }
  EXPECT_EQ(FindFlag(Adult("Sweet and discreet, call 07700 900443"), "S-OBSC"), nullptr);
  EXPECT_EQ(FindFlag(Adult("Sweet and discreet, call +44 (0)7700 900 443"), "S-OBSC"), nullptr);
}

TEST_F(ChecksTest, NoLanguageNeededIsTheSameFlagWhicheverLanguageIsNamed) {
  for (const std::string language : {"English", "Dutch", "Polish", "Romanian", "local"}) {
    const Assessment a = Job("Packers wanted, no " + language + " needed.");
    EXPECT_NE(FindFlag(a, "J-NOLANG"), nullptr) << language;
  }
  EXPECT_NE(FindFlag(Job("Produktionshelfer, ohne Deutschkenntnisse."), "J-NOLANG"), nullptr);
  EXPECT_NE(FindFlag(Job("Braccianti, non serve l'italiano."), "J-NOLANG"), nullptr);
}

TEST_F(ChecksTest, EveryCheckAndNearOfThePacksReadsDefinedLists) {
  const std::shared_ptr<const RuleSet>& rules = testing::ShippedRuleSet();
  int with_check = 0;
  int with_near = 0;
  for (const Indicator& indicator : rules->indicators) {
    with_near += indicator.near.empty() ? 0 : 1;
    for (const NearCheck& near : indicator.near) {
      EXPECT_NE(rules->FindMarkers(near.first), nullptr) << indicator.id << " " << near.first;
      EXPECT_NE(rules->FindMarkers(near.second), nullptr) << indicator.id << " " << near.second;
    }
    if (indicator.check.empty()) continue;
    ++with_check;
    const CheckInfo* check = FindCheck(indicator.check);
    ASSERT_NE(check, nullptr) << indicator.id;
    for (std::string_view list : check->lists) {
      EXPECT_NE(rules->FindMarkers(list), nullptr) << indicator.id << " " << list;
    }
  }
  EXPECT_EQ(with_check, 11);  // S-3P since flag12, J-UNLIC since flag28, J-ENT since flag52
  // J-NOLANG, J-NOEXP, J-FEE, J-LATER, J-PAYLATER, J-DOCS, J-TASK (pay per task), S-3P, J-TRANS,
  // J-ACCOM, J-URGENT, J-VAGUE, J-ENT (night-role with age-cap), S-YOUTH (still at school; both
  // flag12), J-UNLIC (boss-word with on-arrival), J-DEDUCT (from-pay) and S-DISCREP (an age
  // corrected; all flag13); A-STOCK (a face said hidden, photos from elsewhere), S-DRIVER (a
  // driver who brings or is paid) and S-SCREEN (an ID at the first meeting; all flag15); J-MSG (a
  // messenger with 'only' or calls refused), J-EMPL (an employer described, a supplier's crew) and
  // J-HOURS (long days, long weeks; all flag18); S-MOVE (a stay of this week only, then another
  // town; new people every week: flag36); S-NOREFUSE (a refusal denied: flag46); S-OBSC (numbers
  // banned and a photo pointed to) and S-TRUST (no pay if the photos are not the person: flag49);
  // J-VISA (papers said not needed or not asked for, a holiday to declare at the border: flag58).
  EXPECT_EQ(with_near, 28);
}

// J-URGENT's general forms: a deadline to answer and a departure within days, in any word order
// and language; a closing date to apply, or a day off named by its weekday, is no pressure.
TEST_F(ChecksTest, ADeadlineToAnswerOrADepartureWithinDaysRaisesJUrgentInAnyLanguage) {
  for (const std::string text : {
           "Packers wanted. Need names by Friday. Text 07700 900412",
           "Bau in Belgien. Sag bis heut Abend Bescheid. Tel 0151 00000000",
           "Vendanges. Réponse avant jeudi svp. Tél 06 00 00 00 00",
           "Praca w Holandii. Daj znać jeszcze dziś. Tel 500 000 000",
           "Работа в Польше. Ответь сегодня. Тел +7 900 000-00-00",
           "Muncă în Spania. Plecare în max 10 zile! 0740 000 000",
           "Vendemmia in Francia. Partenza con il nostro pullman lunedì prossimo. 320 000 0000",
           "Склад в Холандия, тръгване в понеделник! 0888 000 000",
       }) {
    const Assessment assessment = Job(text);  // the flag points into it
    const RaisedFlag* flag = FindFlag(assessment, "J-URGENT");
    ASSERT_NE(flag, nullptr) << text;
    EXPECT_EQ(flag->spans.size(), 2u) << text;  // the two halves of the pair
  }
  for (const std::string text : {
           "Warehouse operatives, Acme Ltd, £12.71 per hour. Apply by Friday 12 December.",
           "Interna en Madrid, salida solo un domingo al mes. 1.300€ al mes. Llamar 600 000 000",
           "Packers wanted, leave on Friday afternoons. 07700 900412",
           // a plain weekday presses no one (the lead's ruling on blind21 j1, flag48)
           "Vendemmia in Francia. Partenza con il nostro pullman lunedì. 320 000 0000",
       }) {
    EXPECT_EQ(FindFlag(Job(text), "J-URGENT"), nullptr) << text;
  }
}

// J-LATER and J-VAGUE: pay left to be agreed on arrival ("there"), and no written contract.
TEST_F(ChecksTest, PayLeftToBeAgreedThereOrNoContractRaisesJLater) {
  for (const std::string text : {
           "ok so you land in Milan. we talk money when ur there. text 07700 900412",
           "Bouw in België. Loon bespreken we daar wel. 06 00000000",
           "Budowa w Niemczech. Stawkę ustalisz na miejscu z szefem. 500 000 000",
           "Стройка в Чехии. По деньгам договоришься там с хозяином. +7 900 000-00-00",
           "Live-in helper. We don't do written contracts. hartley@outlook.example",
           "Доглядальниця в Італії. Договору немає, домовляємось. 067 000 00 00",
       }) {
    EXPECT_NE(FindFlag(Job(text), "J-LATER"), nullptr) << text;
  }
  EXPECT_NE(FindFlag(Job("Bouw in België. Loon bespreken we daar wel. 06 00000000"), "J-VAGUE"),
            nullptr);
  for (const std::string text : {
           "Logement sur place, retenu sur la paie. Salaire 1800 EUR. SARL Vignes, 06 00 00 00 00",
           "Packers, Acme Ltd, permanent contract, no zero hours contracts. 07700 900412",
       }) {
    EXPECT_EQ(FindFlag(Job(text), "J-LATER"), nullptr) << text;
  }
}

TEST_F(ChecksTest, ATripPaidOrArrangedByTheRecruiterRaisesJTransInAnyWording) {
  for (const std::string text : {
           "Helfer für Schlachthof. Bus ab Sofia organisieren wir. Tel 07700 900412",
           "Работа в Корее. Билеты за наш счёт, потом вычитаем. Viber 07700 900412",
           "Sales agent in Cambodja, vlucht + appartement fully paid. Telegram @sales_nl",
       }) {
    const Assessment a = Job(text);
    const RaisedFlag* flag = FindFlag(a, "J-TRANS");
    ASSERT_NE(flag, nullptr) << text;
    EXPECT_EQ(flag->spans.size(), 2u) << text;
  }
  // A trip and a payment in two sentences, or a fee paid before the trip, are no such offer.
  EXPECT_EQ(
      FindFlag(Job("Free parking on site. The bus stop is near. Call 07700 900412"), "J-TRANS"),
      nullptr);
  EXPECT_EQ(FindFlag(Job("A fee must be paid before you travel. Call 07700 900412"), "J-TRANS"),
            nullptr);
}

// The recruiter buys or advances the ticket in the first person (the chat messages of blind7).
TEST_F(ChecksTest, ATicketTheRecruiterBuysOrAdvancesRaisesJTrans) {
  for (const std::string text : {
           "Билет куплю я, вернёшь с первых денег. 8 900 000-00-00",
           "Il viaggio te lo pago io, poi me lo ridai. 320 000 0000",
           "Le billet je te l'avance. 06 00 00 00 00",
           "Die Fahrt strecken wir vor. Tel 0176 00000000",
       }) {
    EXPECT_NE(FindFlag(Job(text), "J-TRANS"), nullptr) << text;
  }
  EXPECT_EQ(
      FindFlag(Job("Bring your own ticket, we pay from day one. Tel 07700 900412"), "J-TRANS"),
      nullptr);
}

// Travel costs the employer pays back (commuting costs refunded, in nearly every honest Dutch job
// ad: blind8 nl-b1) are an ordinary benefit, not a trip the recruiter pays or arranges, in every
// language; a fare the worker pays back from wages still is.
TEST_F(ChecksTest, TravelCostsRefundedByTheEmployerAreNoJTrans) {
  for (const std::string text : {
           "Warehouse operative, 38 hours, travel costs reimbursed. Call 07700 900412",
           "Lagerhelfer, Fahrtkosten werden erstattet. Tel 0176 00000000",
           "Préparateur de commandes, frais de transport remboursés. 06 00 00 00 00",
           "Productiemedewerker, reiskosten vergoed. Bel 06 00000000",
           "Muncitor depozit, transportul decontat. 0740 000 000",
           "Работник склад, транспортните разходи се възстановяват. 0888 000 000",
           "Mozo de almacén, gastos de transporte reembolsados. 600 000 000",
           "Magazziniere, viaggio rimborsato. 320 000 0000",
           "Magazynier, zwrot kosztów dojazdu. 500 000 000",
           "Кладовщик, проезд компенсируется. 8 900 000-00-00",
           "Комірник, проїзд компенсується. 067 000 00 00",
       }) {
    EXPECT_EQ(FindFlag(Job(text), "J-TRANS"), nullptr) << text;
  }
  EXPECT_NE(FindFlag(Job("Billet avancé par nous, remboursé sur les 3 premiers salaires. "
                         "06 00 00 00 00"),
                     "J-TRANS"),
            nullptr);
}

// Every marker list applies to ads in any language, so a travel stem that is a whole word in one
// language must not match a longer word of another: German "Transporter" is a van, a work tool
// (blind5 de-j1: "Transporter-Miete 35 €/Tag geht vom Lohn ab" read as a fare paid back).
TEST_F(ChecksTest, AnotherLanguagesTransportStemDoesNotMatchAVan) {
  for (const std::string text : {
           "Paketfahrer gesucht. Transporter-Miete 35 €/Tag geht vom Lohn ab. Tel 07700 900412",
           "Kurierfahrer, Transporter wird gestellt. Tel 07700 900412",
       }) {
    EXPECT_EQ(FindFlag(Job(text), "J-TRANS"), nullptr) << text;
  }
  // The words themselves still count, with their endings.
  for (const std::string text : {
           "Praca w Holandii, transport zapewniony. Tel 07700 900412",
           "Lucru in Danemarca, transportul este asigurat. Tel 07700 900412",
           "Trabajo en Huelva, transporte incluido. Tel 07700 900412",
       }) {
    EXPECT_NE(FindFlag(Job(text), "J-TRANS"), nullptr) << text;
  }
}

// A `near` is data: a pack may pair lists no check knows, in one order or either, in a clause.
class NearInAPack : public ::testing::Test {
 protected:
  static std::shared_ptr<const RuleSet> Rules(const std::string& order) {
    ariadne::testing::TempDir dir;
    dir.Write("p.toml",
              testing::Replace(testing::kMinimalPack, "terms = [",
                               "near = [{ first = \"gear\", second = \"own-cost\", words = 2, "
                               "within = \"clause\", order = \"" +
                                   order + "\", why = \"the worker buys the gear\" }]\nterms = ["));
    dir.Write("scoring.toml", testing::kMinimalScoring);
    dir.Write("data/markers.toml",
              "[[marker]]\nname = \"gear\"\ndescription = \"d\"\n"
              "terms = [{ lang = \"en\", regex = 'boots|gloves' }]\n"
              "[[marker]]\nname = \"own-cost\"\ndescription = \"d\"\n"
              "terms = [{ lang = \"en\", phrase = \"at your own cost\" }]\n");
    return testing::LoadOrFail(dir.path());
  }
  static Assessment Assess(const std::shared_ptr<const RuleSet>& rules, const std::string& text,
                           bool candidates = true) {
    return testing::MakeFlagger(rules, candidates)
        ->Assess({.text = text, .kind = AdKind::kLabour, .lang = "en", .region = "", .phones = {}});
  }
};

TEST_F(NearInAPack, APairCloseTogetherRaisesTheFlagOnBothWords) {
  const std::string text = "Bring boots, at your own cost. Call 07700 900412";
  EXPECT_EQ(Assess(Rules("either"), text).flags.size(), 0u);  // a comma ends the clause
  const std::string close = "Bring boots bought at your own cost. Call 07700 900412";
  const auto rules = Rules("first-then-second");  // the flags point into it
  const Assessment a = Assess(rules, close);
  const RaisedFlag* flag = FindFlag(a, "J-FEE");
  ASSERT_NE(flag, nullptr);
  EXPECT_TRUE(flag->from_candidate);
  ASSERT_EQ(flag->spans.size(), 2u);
  EXPECT_EQ(close.substr(flag->spans[0].start, flag->spans[0].end - flag->spans[0].start), "boots");
  EXPECT_EQ(close.substr(flag->spans[1].start, flag->spans[1].end - flag->spans[1].start),
            "at your own cost");
  EXPECT_NE(flag->why.find("asks for a fee: the worker buys the gear; the words: \"boots\""),
            std::string::npos)
      << flag->why;
  EXPECT_EQ(Assess(rules, close, /*candidates=*/false).flags.size(), 0u);
}

TEST_F(NearInAPack, OneOrderOnlyOrEitherAndTheWordDistance) {
  const auto one_order = Rules("first-then-second");
  const auto either = Rules("either");
  const std::string reversed = "At your own cost the boots. Call 07700 900412";
  EXPECT_EQ(FindFlag(Assess(one_order, reversed), "J-FEE"), nullptr);
  EXPECT_NE(FindFlag(Assess(either, reversed), "J-FEE"), nullptr);
  const std::string far = "Bring boots that you will buy at your own cost. Call 07700 900412";
  EXPECT_EQ(FindFlag(Assess(either, far), "J-FEE"), nullptr);  // four words apart
}

// flag22: a pack's `unless` names a list no check reads (the loader accepts it) and cancels the
// flag a pair raises, as it cancels the terms' one.
TEST(UnlessInAPack, AListAnUnlessNamesIsKnownAndCancelsAPair) {
  ariadne::testing::TempDir dir;
  dir.Write("p.toml",
            testing::Replace(testing::kMinimalPack, "terms = [",
                             "unless = \"refunded\"\nnear = [{ first = \"gear\", second = "
                             "\"own-cost\", words = 2, within = \"clause\", order = \"either\", "
                             "why = \"the worker buys the gear\" }]\nterms = ["));
  dir.Write("scoring.toml", testing::kMinimalScoring);
  dir.Write("data/markers.toml",
            "[[marker]]\nname = \"gear\"\ndescription = \"d\"\n"
            "terms = [{ lang = \"en\", regex = 'boots|gloves' }]\n"
            "[[marker]]\nname = \"own-cost\"\ndescription = \"d\"\n"
            "terms = [{ lang = \"en\", phrase = \"at your own cost\" }]\n"
            "[[marker]]\nname = \"refunded\"\ndescription = \"d\"\n"
            "terms = [{ lang = \"en\", phrase = \"refunded\" }]\n");
  const auto rules = testing::LoadOrFail(dir.path());
  ASSERT_TRUE(rules);
  const auto flagger = testing::MakeFlagger(rules, /*candidates=*/true);
  const auto assess = [&](const std::string& text) {
    return flagger->Assess(
        {.text = text, .kind = AdKind::kLabour, .lang = "en", .region = "", .phones = {}});
  };
  EXPECT_NE(FindFlag(assess("Bring boots bought at your own cost. Call 07700 900412"), "J-FEE"),
            nullptr);
  EXPECT_EQ(FindFlag(assess("Bring boots bought at your own cost, refunded in your first pay. "
                            "Call 07700 900412"),
                     "J-FEE"),
            nullptr);
}

// flag35: the two figures of a pay range, written with spaces in the thousands, are one long run
// of digits; it runs into the amount's currency, so it is pay, never a phone number to apply on.
TEST_F(ChecksTest, APayRangeIsNoPhoneNumber) {
  for (const std::string text : {
           "Склад у Києві, зарплата 27 093 – 30 000 грн на місяць, офіційно.",
           "Magazyn, wynagrodzenie 25 400 - 25 800 zł brutto miesięcznie, umowa o pracę.",
       }) {
    const Assessment a = Job(text);
    EXPECT_EQ(FindFlag(a, "J-PHONEONLY"), nullptr) << text;
    EXPECT_EQ(FindFlag(a, "J-EMPL"), nullptr) << text;  // no contact: a fragment, never judged
  }
  const std::string with_phone = "Magazyn, 25 400 - 25 800 zł brutto. Tel. 07700 900412";
  const Assessment a = Job(with_phone);
  const RaisedFlag* flag = FindFlag(a, "J-PHONEONLY");
  ASSERT_NE(flag, nullptr);
  ASSERT_EQ(flag->spans.size(), 1u);
  EXPECT_EQ(SpanText(with_phone, *flag, 0), "07700 900412");
}

// flag35: a marker list with `mask = true` hides the hits of the other lists, and the pack terms'
// matches, inside its span ("we never charge a processing fee" asks no fee), but never a match
// that covers its whole span; words outside it are read as before.
class MaskInAPack : public ::testing::Test {
 protected:
  static std::shared_ptr<const RuleSet> Rules(const std::string& mask_regex) {
    ariadne::testing::TempDir dir;
    dir.Write("p.toml",
              testing::Replace(testing::kMinimalPack, "terms = [",
                               "near = [{ first = \"gear\", second = \"own-cost\", words = 2, "
                               "within = \"clause\", order = \"either\", why = \"the worker buys "
                               "the gear\" }]\nterms = ["));
    dir.Write("scoring.toml", testing::kMinimalScoring);
    dir.Write("data/markers.toml",
              "[[marker]]\nname = \"gear\"\ndescription = \"d\"\n"
              "terms = [{ lang = \"en\", regex = 'boots|gloves' }]\n"
              "[[marker]]\nname = \"own-cost\"\ndescription = \"d\"\n"
              "terms = [{ lang = \"en\", phrase = \"at your own cost\" }]\n"
              "[[marker]]\nname = \"refused\"\nmask = true\ndescription = \"d\"\n"
              "terms = [{ lang = \"en\", regex = '" +
                  mask_regex + "' }]\n");
    return testing::LoadOrFail(dir.path());
  }
  static Assessment Assess(const std::shared_ptr<const RuleSet>& rules, const std::string& text) {
    return testing::MakeFlagger(rules, /*candidates=*/true)
        ->Assess({.text = text, .kind = AdKind::kLabour, .lang = "en", .region = "", .phones = {}});
  }
};

TEST_F(MaskInAPack, AMaskHidesATermsMatchInsideItsSpan) {
  const auto rules = Rules("never\\s+charge\\s+a\\s+processing\\s+fee");
  ASSERT_TRUE(rules);
  EXPECT_NE(FindFlag(Assess(rules, "A processing fee applies. Call 07700 900412"), "J-FEE"),
            nullptr);
  EXPECT_EQ(FindFlag(Assess(rules, "We never charge a processing fee. Call 07700 900412"), "J-FEE"),
            nullptr);
  // A fee named outside the mask is still read, and the flag points at it alone.
  const std::string both =
      "We never charge a processing fee. A processing fee of 50 applies. Call 07700 900412";
  const Assessment a = Assess(rules, both);
  const RaisedFlag* flag = FindFlag(a, "J-FEE");
  ASSERT_NE(flag, nullptr);
  ASSERT_EQ(flag->spans.size(), 1u);
  EXPECT_EQ(flag->spans[0].start, both.find("A processing fee") + 2);
}

TEST_F(MaskInAPack, AMaskHidesAMarkerListsHitSoThePairFails) {
  const auto rules = Rules("never\\s+bring\\s+boots");
  ASSERT_TRUE(rules);
  EXPECT_NE(
      FindFlag(Assess(rules, "Bring boots bought at your own cost. Call 07700 900412"), "J-FEE"),
      nullptr);
  EXPECT_EQ(
      FindFlag(Assess(rules, "Never bring boots at your own cost. Call 07700 900412"), "J-FEE"),
      nullptr);
}

TEST_F(MaskInAPack, AMaskNeverHidesAMatchCoveringItsWholeSpan) {
  // The mask's span is exactly the term's match: the match covers it and stays.
  const auto same = Rules("processing\\s+fee");
  ASSERT_TRUE(same);
  EXPECT_NE(FindFlag(Assess(same, "A processing fee applies. Call 07700 900412"), "J-FEE"),
            nullptr);
  // The mask lies inside the term's match ("processing" alone): the match covers it and stays.
  const auto inner = Rules("processing");
  ASSERT_TRUE(inner);
  EXPECT_NE(FindFlag(Assess(inner, "A processing fee applies. Call 07700 900412"), "J-FEE"),
            nullptr);
}

TEST(MaskHides, InsideAndNotCoveringTheWholeSpan) {
  EXPECT_TRUE(MaskHides({10, 30}, {12, 20}));
  EXPECT_TRUE(MaskHides({10, 30}, {10, 20}));
  EXPECT_TRUE(MaskHides({10, 30}, {20, 30}));
  EXPECT_FALSE(MaskHides({10, 30}, {10, 30}));  // covers the mask's whole span
  EXPECT_FALSE(MaskHides({10, 30}, {5, 20}));   // reaches out of it
  EXPECT_FALSE(MaskHides({10, 30}, {25, 35}));
  EXPECT_FALSE(MaskHides({12, 20}, {10, 30}));  // covers the mask
}

// A block at the end of data/markers.toml adds terms to a list defined above it with
// `extends = true`; a list that extends nothing, or a duplicate without it, is an error.
TEST(MarkerListExtends, AddsTermsToTheListAboveAndIsCheckedLikeOne) {
  ariadne::testing::TempDir dir;
  dir.Write("p.toml",
            testing::Replace(testing::kMinimalPack, "terms = [",
                             "near = [{ first = \"gear\", second = \"own-cost\", words = 2, "
                             "within = \"clause\", order = \"either\", why = \"the worker buys "
                             "the gear\" }]\nterms = ["));
  dir.Write("scoring.toml", testing::kMinimalScoring);
  const std::string base =
      "[[marker]]\nname = \"gear\"\ndescription = \"d\"\n"
      "terms = [{ lang = \"en\", regex = 'boots' }]\n"
      "[[marker]]\nname = \"own-cost\"\ndescription = \"d\"\n"
      "terms = [{ lang = \"en\", phrase = \"at your own cost\" }]\n";
  dir.Write("data/markers.toml", base +
                                     "[[marker]]\nname = \"gear\"\nextends = true\n"
                                     "terms = [{ lang = \"en\", regex = 'helmets' }]\n");
  const auto rules = testing::LoadOrFail(dir.path());
  ASSERT_TRUE(rules);
  ASSERT_NE(rules->FindMarkers("gear"), nullptr);
  EXPECT_EQ(rules->FindMarkers("gear")->terms.size(), 2u);
  EXPECT_EQ(std::count_if(rules->markers.begin(), rules->markers.end(),
                          [](const MarkerList& m) { return m.name == "gear"; }),
            1);
  const auto flagger = testing::MakeFlagger(rules, /*candidates=*/true);
  EXPECT_NE(FindFlag(flagger->Assess({.text = "Helmets bought at your own cost. Tel 07700 900412",
                                      .kind = AdKind::kLabour,
                                      .lang = "en",
                                      .region = "",
                                      .phones = {}}),
                     "J-FEE"),
            nullptr);

  dir.Write("data/markers.toml", base +
                                     "[[marker]]\nname = \"gear\"\ndescription = \"d\"\n"
                                     "terms = [{ lang = \"en\", regex = 'helmets' }]\n");
  const auto errors = [&] {
    std::string all;
    for (const std::string& e : testing::ErrorsRelativeTo(LoadRules(dir.path()), dir.path())) {
      all += e + "\n";
    }
    return all;
  };
  EXPECT_NE(errors().find("duplicate marker list \"gear\""), std::string::npos) << errors();
  dir.Write("data/markers.toml", base +
                                     "[[marker]]\nname = \"tools\"\nextends = true\n"
                                     "terms = [{ lang = \"en\", regex = 'helmets' }]\n");
  EXPECT_NE(errors().find("marker list \"tools\" extends no list defined above it"),
            std::string::npos)
      << errors();
}

// The checks that pair two marker lists in one clause or sentence (flag8): each raises its
// indicator on words no phrase of the packs holds, points at both words, and stays quiet when
// the two are apart (another clause, or too many words between).

TEST_F(ChecksTest, ALanguageSaidNotToBeNeededRaisesJNolangInAnyWordOrder) {
  for (const std::string text : {
           "Helfer gesucht. Deutsch brauchst du nicht. Tel 07700 900412",
           "Productiemedewerkers, Nederlands is niet vereist. Bel 07700 900412",
           "Opiekunka, niemiecki nie jest wymagany. Tel. 07700 900412",
           "Робота в Польщі. Польську знати не треба. 07700 900412",
           "Angajam muncitori. Nu trebuie sa stii italiana. 07700 900412",
           "Rabota v Germania, bez opit, bez ezik. 07700 900412",
       }) {
    const Assessment a = Job(text);
    const RaisedFlag* flag = FindFlag(a, "J-NOLANG");
    ASSERT_NE(flag, nullptr) << text << " " << ::testing::PrintToString(testing::FlagIds(a));
    EXPECT_FALSE(flag->absence) << text;
    EXPECT_EQ(flag->spans.size(), 2u) << text;
  }
}

TEST_F(ChecksTest, ALanguageRequiredInAnotherClauseIsNoJNolang) {
  for (const std::string text : {
           "Packers wanted, no experience needed, English required. Call 07700 900412",
           "Lagerhelfer, keine Erfahrung nötig. Deutsch B1 erforderlich. Tel 07700 900412",
           "Magazynierzy, doświadczenie nie jest wymagane, polski obowiązkowy. 07700 900412",
       }) {
    EXPECT_EQ(FindFlag(Job(text), "J-NOLANG"), nullptr) << text;
  }
}

// Rule R2: the language named never changes the flag; a nationality word added next to a denied
// need for experience does not raise J-NOLANG.
TEST_F(ChecksTest, JNolangIsTheSameForEveryLanguageAndNotRaisedByANationality) {
  for (const std::string language : {"German", "Polish", "Romanian", "Ukrainian", "Dutch"}) {
    EXPECT_NE(
        FindFlag(Job("Pickers wanted. " + language + " not needed. 07700 900412"), "J-NOLANG"),
        nullptr)
        << language;
  }
  EXPECT_EQ(FindFlag(Job("Polish pickers wanted, experience not needed. 07700 900412"), "J-NOLANG"),
            nullptr);
}

TEST_F(ChecksTest, TheTaskScamScriptRaisesJTask) {
  for (const std::string text : {
           "Thuiswerk! YouTube filmpjes liken, €3 per like. Alleen via WhatsApp 07700 900612",
           "Ocenianie filmików na YouTube, 300-600 zł dziennie. 07700 900612",
           "Boost app rankings! Top up your work account to unlock the premium tasks (from £80). "
           "Telegram @x_team",
       }) {
    const Assessment a = Job(text);
    ASSERT_NE(FindFlag(a, "J-TASK"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
}

// flag25: money put on the task account itself, whatever the verb ("put", "einzahlen", "versez",
// "внасяш"), is the task scam's top-up, in each of the 11 languages.
TEST_F(ChecksTest, MoneyPutOnATaskAccountRaisesJTaskInElevenLanguages) {
  for (const std::string text : {
           "Earn from home rating apps. Put £50 on your task account first. 07700 900612",
           "Produkte bewerten von zu Hause. Zahl zuerst 50 € auf dein Aufgabenkonto ein. 07700 "
           "900612",
           "Notez des produits depuis chez vous. Versez d'abord 50 € sur votre compte de tâches. "
           "07700 900612",
           "Producten beoordelen vanuit huis. Zet eerst € 50 op je takenaccount. 07700 900612",
           "Evaluezi produse de acasă. Pui întâi 50 € în contul de sarcini. 07700 900612",
           "Оценяваш продукти от вкъщи. Първо внасяш 50 евро в задачния си акаунт. 07700 900612",
           "Valora productos desde casa. Primero ingresa 50 € en tu cuenta de tareas. 07700 900612",
           "Valuta prodotti da casa. Prima versi 50 € sul tuo conto compiti. 07700 900612",
           "Oceniasz produkty z domu. Najpierw wpłacasz 200 zł na konto zadań. 07700 900612",
           "Оцениваешь товары из дома. Сначала вносишь 5000 рублей на аккаунт заданий. 07700 "
           "900612",
           "Оцінюєш товари вдома. Спершу вносиш 2000 гривень на акаунт завдань. 07700 900612",
       }) {
    const Assessment a = Job(text);
    EXPECT_NE(FindFlag(a, "J-TASK"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
}

// flag25: a company register of another country named with its number, in an ad of any language
// (a Norwegian org.nr. in German, a Danish CVR in Romanian, a Finnish Y-tunnus in Ukrainian), is
// a traceable employer: no J-EMPL, and a foreign number beside it is no phone-only contact.
TEST_F(ChecksTest, AForeignCompanyRegisterNumberNamesATraceableEmployer) {
  for (const std::string text : {
           "Lagerarbeiter – Nordvik Logistikk AS, Bergen, Norwegen (org.nr. 000 000 000). "
           "Bewerbung unter +47 00 00 00 00",
           "Sudor – Havnsø Stål ApS, Danemarca (CVR 00000000). Telefon +45 00 00 00 00",
           "Зварник – Lapin Metalli Oy, Фінляндія (Y-tunnus 0000000-0). Тел. +358 00 000 0000",
       }) {
    const Assessment a = Job(text);
    EXPECT_EQ(FindFlag(a, "J-EMPL"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
    EXPECT_EQ(FindFlag(a, "J-PHONEONLY"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  // A register word needs a number of six digits or more: a VAT rate is none.
  EXPECT_NE(FindFlag(Job("Pickers wanted, VAT 20% on the tools. Call 07700 900412"), "J-EMPL"),
            nullptr);
}

TEST_F(ChecksTest, LikesOrADayRateAloneAreNoJTask) {
  for (const std::string text : {
           "Social media assistant: grow our likes and followers. £2,000 a month. 07700 900612",
           "Strawberry picking, €60 a day, bed in a shared house. 07700 900612",
       }) {
    EXPECT_EQ(FindFlag(Job(text), "J-TASK"), nullptr) << text;
  }
}

TEST_F(ChecksTest, PayOnlyAtTheEndOfTheSeasonRaisesJPaylaterInEitherOrder) {
  for (const std::string text : {
           "Spargelstecher, 14 € pro Stunde. Lohn wird am Saisonende komplett ausgezahlt. Tel "
           "07700 "
           "900412",
           "Вахта. Расчёт только по окончании вахты, от 150 000 "
           "₽. "
           "8 "
           "900 "
           "000-00-00",
           "Zbiór jabłek, 25 zł/h. Wypłata dopiero po zakończeniu zbiorów. 07700 900263",
       }) {
    const Assessment a = Job(text);
    ASSERT_NE(FindFlag(a, "J-PAYLATER"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  // Monthly pay is no withholding, nor is a contract that ends with the season.
  for (const std::string text : {
           "Salary paid at the end of each month. Call 07700 900412",
           "Pickers wanted until the end of the season. Pay €12 an hour. Call 07700 900412",
       }) {
    EXPECT_EQ(FindFlag(Job(text), "J-PAYLATER"), nullptr) << text;
  }
}

TEST_F(ChecksTest, BookingsThroughAGoBetweenRaiseS3pButADriverDoesNot) {
  for (const std::string text : {
           "Termine macht unsere Empfangsdame. 07700 900412",
           "Dyskretny lokal, umawia koleżanka, dzwoń 07700 900419.",
           "Салон на Подолі, записує менеджерка 07700 900381.",
           "Салон на Подолі, записує менеджер 07700 900381.",
       }) {
    const Assessment a = Adult(text);
    ASSERT_NE(FindFlag(a, "S-3P"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  // A security driver is a safety practice (R4): never a go-between.
  EXPECT_EQ(FindFlag(Adult("Outcalls only, my driver waits outside. Call 07700 900412"), "S-3P"),
            nullptr);
}

// Still at school, in any word order: S-YOUTH; school alone (a former school, a school trip) is
// not.
TEST_F(ChecksTest, StillAtSchoolRaisesSYouth) {
  for (const std::string text : {
           "Lily here, still in my school leavers hoodie lol. 07700 900455",
           "Ели, още ходя на училище. 0888 000 000",
           "Ola, jeszcze chodzę do liceum. 500 000 000",
       }) {
    EXPECT_NE(FindFlag(Adult(text), "S-YOUTH"), nullptr) << text;
  }
  EXPECT_EQ(FindFlag(Adult("Former teacher, I left school years ago. 07700 900455"), "S-YOUTH"),
            nullptr);
}

// "Our Lena": the person spoken of as ours, by name, is a third-party voice; "our" before a
// common noun or an all-capitals word is not, and neither is a name alone.
TEST_F(ChecksTest, OurBeforeANameRaisesS3pInAnyScript) {
  for (const std::string text : {
           "Our Lena never says no. Call 07700 900412",
           "Onze Mira zegt nooit nee. Bel 07700 900412",
           "Нашата Деси прави всичко. 0888 000 000",
           "Наша Віка погоджується на все. 067 000 00 00",
           "La nostra Irina è disponibile. 340 000 0000",
           "Our Leo never says no. Call 07700 900412",
       }) {
    const Assessment a = Adult(text);
    const RaisedFlag* flag = FindFlag(a, "S-3P");
    ASSERT_NE(flag, nullptr) << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  for (const std::string text : {
           "Lena here, our flat is near the station. Call 07700 900412",
           "OUR NEW FLAT is open. Call 07700 900412",
           "I am Lena, in our city for a week. Call 07700 900412",
       }) {
    EXPECT_EQ(FindFlag(Adult(text), "S-3P"), nullptr) << text;
  }
}

// The knowledge base's A-STOCK is "stock or stolen photos; the face never shown": a face said
// hidden, blurred or never shown, and photos said to come from elsewhere, in any word order. It
// counts only with NET evidence (only_with), so on its own it never adds to a score; a client's
// face asked for screening is no hidden face.
TEST_F(ChecksTest, AFaceSaidHiddenOrPhotosFromElsewhereRaiseAStockButNoScoreAlone) {
  for (const std::string text : {
           "Pics 1000% me (face blurred in all pics). 07700 900023",
           "Echte Bilder, nur das Gesicht ist verpixelt ;) 0170 0000000",
           "Photos authentiques (visage caché par discrétion).",
           "Gezicht staat er niet op (privé). 06 00000000",
           "Fata nu apare in poze din motive de discretie.",
           "Лицето е скрито заради дискретност.",
           "Twarzy na zdjęciach nie pokazuję.",
           "Обличчя не показую. 067 000 00 00",
           "Pozele sunt de pe internet, nu eu.",
           "Las fotos son de catálogo, no soy yo.",
           "Les photos viennent d'un shooting pro, ce n'est pas moi.",
       }) {
    const Assessment a = Adult(text);
    ASSERT_NE(FindFlag(a, "A-STOCK"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
    EXPECT_EQ(a.score.score, 0) << text;
  }
  for (const std::string text : {
           "New clients: send your name and a photo of your face first. 07700 900412",
           "Verific fiecare client nou: nume + poza cu fata.",
           "Face to face meetings only, hidden numbers are not answered.",
       }) {
    EXPECT_EQ(FindFlag(Adult(text), "A-STOCK"), nullptr) << text;
  }
}

// A driver who brings or drops the person, takes them to hotels or is paid is S-DRIVER, in any
// word order; a security driver for the worker's own safety, or no driver at all, is not (R4).
TEST_F(ChecksTest, ADriverWhoBringsThePersonRaisesSDriverButASecurityDriverDoesNot) {
  for (const std::string text : {
           "Our drivers deliver to your home or hotel within 45 minutes.",
           "Chauffeur pour les déplacements à l'hôtel.",
           "Afspraken via de receptie, naar hotels brengt onze chauffeur ze.",
           "Per gli hotel le porta l'autista.",
           "La llevamos en coche a tu hotel, el chófer cobra al llegar.",
           "Incall or we drop them to you, car waits outside.",
       }) {
    const Assessment a = Adult(text);
    EXPECT_NE(FindFlag(a, "S-DRIVER"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  for (const std::string text : {
           "Independent companion. I use a security driver for my safety.",
           "Сама си водя записванията, без агенции и шофьори.",
       }) {
    EXPECT_EQ(FindFlag(Adult(text), "S-DRIVER"), nullptr) << text;
  }
}

// A client says someone waited in a car and the person handed that someone the money (flag47):
// S-DRIVER like the money taken, for every pronoun (R2); money handed over with no car is not.
TEST_F(ChecksTest, MoneyHandedToSomeoneWaitingInACarRaisesSDriver) {
  for (const std::string text : {
           "A guy waited in a black BMW across the street and she gave him the money at the end.",
           "A woman waited in a black BMW across the street and he gave her the money at the end.",
           "Un type attendait dans une Audi noire et elle lui a donné l'argent en partant.",
           "Un tale aspettava in un'Audi nera e lei gli ha dato i soldi alla fine.",
           "Мужчина ждал в чёрной машине, и она потом передала ему деньги.",
           "Чоловік чекав у чорній Ауді, і вона потім передала йому гроші.",
       }) {
    const Assessment a = Adult(text);
    EXPECT_NE(FindFlag(a, "S-DRIVER"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  for (const std::string text : {
           "I handed her the money at the door and she was lovely.",
           "Parked in the street outside, easy to find.",
       }) {
    EXPECT_EQ(FindFlag(Adult(text), "S-DRIVER"), nullptr) << text;
  }
}

// A private person passing on a place they told the reader about, which still needs someone, is
// J-UNLIC (flag47); the same words with no place passed on are not.
TEST_F(ChecksTest, APlaceThePosterToldTheReaderAboutRaisesJUnlic) {
  for (const std::string text : {
           "Hi love, the restaurant I told you about in Lyon is still looking for a cook. "
           "Text me on 07700 900123.",
           "Salut, le restaurant dont je t'ai parlé à Lyon cherche toujours un cuisinier. "
           "Écris-moi au 07700 900123.",
           "Привет, кафе, про которое я говорила, всё ещё ищет повара. Пиши 07700 900123.",
       }) {
    const Assessment a = Job(text);
    EXPECT_NE(FindFlag(a, "J-UNLIC"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  EXPECT_EQ(FindFlag(Job("The shop I told you about has closed. Call 07700 900123."), "J-UNLIC"),
            nullptr);
}

// The rest of the pay at the end, pay saved for the worker until the end, or pay when the job is
// done or the group is home is J-PAYLATER (flag48); the rest of a team or pay each week is not.
TEST_F(ChecksTest, TheRestOfThePayOrPayKeptAsideUntilTheEndRaisesJPaylater) {
  for (const std::string text : {
           "Vineyard hands, 60 a day in your pocket and the rest at the end of the harvest. "
           "Text 07700 900231.",
           "Erntehelfer: 40 € pro Tag bar, den Rest am Ende der Ernte. Tel. 07700 900231",
           "Cueillette : 50 € par jour et le reste à la fin de la saison. 07700 900231",
           "Zbiory: 200 zł tygodniowo, resztę na koniec sezonu. Tel. 07700 900231",
           "Збирання: 50 євро на день, решту в кінці сезону. Тел. 07700 900231",
           "We put 300 a month aside for you and you get it when the two years are up. "
           "Messenger only.",
           "Tutti pagati in una volta quando il lavoro è finito. Tel. 07700 900231",
           "Всем платим одной суммой, когда вернёмся домой. Тел. 07700 900231",
           "Kitchen porter, 70 a day, everyone gets paid when the job's done. 07700 900231",
       }) {
    const Assessment a = Job(text);
    EXPECT_NE(FindFlag(a, "J-PAYLATER"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  for (const std::string text : {
           "Warehouse, Acme Ltd, £12.60 an hour paid weekly; the rest of the team is friendly.",
           "Gärtnerei Berg GmbH: Lohn monatlich aufs Konto, der Rest der Woche frei.",
           "Paid every Friday. When the job is done we drive you to the station. Acme Ltd.",
       }) {
    EXPECT_EQ(FindFlag(Job(text), "J-PAYLATER"), nullptr) << text;
  }
}

// Working hours ending at midnight in words, a weekday range times a day's hours (flag48), and
// care day and night with less than a day off a week are J-HOURS; a lawful night shift is not.
TEST_F(ChecksTest, HoursToMidnightOrTheWeekCountedFromItsDaysRaiseJHours) {
  for (const std::string text : {
           "Pizzeria helper, Wednesday to Monday, 12:00 till midnight. 07700 900231",
           "Aiuto cuoco, dal martedì alla domenica, dalle 12 fino a mezzanotte. 07700 900231",
           "Küchenhilfe, Mittwoch bis Montag, von 13 Uhr bis um Mitternacht. 07700 900231",
           "Ayudante de cocina, de 10:30 hasta la medianoche. 07700 900231",
           "Car wash, Tuesday to Sunday, 8:00-18:00, cash daily. 07700 900231",
           "Live-in helper for a lady, looking after her day and night, one evening off a week. "
           "07700 900231",
           "Opiekunka do starszej pani, opieka dzień i noc, jedno wolne popołudnie w tygodniu. "
           "07700 900231",
       }) {
    const Assessment a = Job(text);
    EXPECT_NE(FindFlag(a, "J-HOURS"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  for (const std::string text : {
           "Night fillers at Acme Stores Ltd, 22:00-06:00, Monday to Thursday. 07700 900231",
           "Office cleaner, Monday to Friday, 9-17. Acme Ltd, 07700 900231",
           "Bar staff, 18:00 till midnight, four nights a week. 07700 900231",
           "Carer, one day off a week, 8 hours a day. Acme Care Ltd, 07700 900231",
       }) {
    const Assessment a = Job(text);
    EXPECT_EQ(FindFlag(a, "J-HOURS"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
}

// An employer that does not ask about or check visas or papers, or coming over as a visitor, is
// J-VISA (flag48); an employer checking the right to work is not.
TEST_F(ChecksTest, AnEmployerThatDoesNotAskAboutVisasRaisesJVisa) {
  for (const std::string text : {
           "Packhouse work, the owner doesn't check visas. 07700 900231",
           "No papers needed, nobody asks. Cash daily. 07700 900231",
           "Travail en cuisine, on ne demande pas de papiers. 07700 900231",
           "Praca w chłodni, nikt nie pyta o wizę. Tel. 07700 900231",
           "Работа на стройке, документы не нужны, никто не спрашивает про визу. 07700 900231",
           "Lavoro in campagna, vieni come turista e lavori subito. 07700 900231",
           "Arbeit auf dem Hof, der Bauer fragt nicht nach Papieren. 07700 900231",
       }) {
    const Assessment a = Job(text);
    EXPECT_NE(FindFlag(a, "J-VISA"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  for (const std::string text : {
           "Acme Farms Ltd checks every worker's right to work before the first shift.",
           "We don't ask for a CV, just come to the interview. Acme Ltd, 07700 900231",
       }) {
    EXPECT_EQ(FindFlag(Job(text), "J-VISA"), nullptr) << text;
  }
}

// A recruiter keeping a percentage of the workers' pay is J-DEDUCT (flag48); the worker keeping
// their tips is not.
TEST_F(ChecksTest, ARecruiterKeepingAPercentageOfThePayRaisesJDeduct) {
  for (const std::string text : {
           "Crew for a site in Sweden, 110 a day, I take 15% from each of you. 07700 900231",
           "Brigada na budowę, 500 zł dziennie, zatrzymuję 10% od każdego. 07700 900231",
           "Бригада на стройку, 100 евро в день, оставляю себе 10% с каждого. 07700 900231",
           "Squadra per cantiere, 90 al giorno, trattengo il 12% a testa. 07700 900231",
       }) {
    const Assessment a = Job(text);
    EXPECT_NE(FindFlag(a, "J-DEDUCT"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  EXPECT_EQ(
      FindFlag(Job("Waiters, you keep 100% of your tips. Acme Ltd, 07700 900231"), "J-DEDUCT"),
      nullptr);
}

// A departure on a plain day of the week presses no one (the lead's ruling on blind21 j1, flag48);
// this or next week's day, a day with "!", or a departure tomorrow still does.
TEST_F(ChecksTest, ADepartureOnAPlainWeekdayIsNoJUrgent) {
  for (const std::string text : {
           "Fruit picking in Kent, the coach leaves on Thursday from Leeds. 07700 900231",
           "Praca w Holandii, bus odjeżdża w czwartek z Opola. 07700 900231",
           "Vendemmia, il pulmino parte giovedì da Foggia. 07700 900231",
       }) {
    const Assessment a = Job(text);
    EXPECT_EQ(FindFlag(a, "J-URGENT"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  for (const std::string text : {
           "Fruit picking in Kent, the coach leaves this Thursday. 07700 900231",
           "Praca w Holandii, wyjazd jutro z Opola. 07700 900231",
           "Vendemmia, si parte giovedì! 07700 900231",
       }) {
    const Assessment a = Job(text);
    EXPECT_NE(FindFlag(a, "J-URGENT"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
}

// The poster's promise to register the reader there, with the passport brought to them, is J-DOCS
// and not J-LATER (the lead's ruling on blind20 j5 and blind21 j5, flag48).
TEST_F(ChecksTest, APassportForThePosterToRegisterTheReaderIsJDocsNotJLater) {
  for (const std::string text : {
           "Bring your passport to me and I'll get you registered when you arrive. 07700 900231",
           "Gib mir deinen Pass, ich melde dich dann dort an. 07700 900231",
           "Adu-mi pașaportul și te înregistrez eu acolo. 07700 900231",
           "Принеси мне паспорт, оформлю тебя там. 07700 900231",
       }) {
    const Assessment a = Job(text);
    EXPECT_NE(FindFlag(a, "J-DOCS"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
    EXPECT_EQ(FindFlag(a, "J-LATER"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  const Assessment contract = Job("Contract signed on arrival. 07700 900231");
  EXPECT_NE(FindFlag(contract, "J-LATER"), nullptr);
}

// flag49: the weakest adult-services indicators of blind21, built from their definitions, with
// wordings written for these tests. S-OBSC: a number whose last digit stands alone as a group
// ("07700 – 900 – 31 – 7"); a whole number followed by a duration, a row of body measurements or a
// plain number are not.
TEST_F(ChecksTest, ANumberEndingInALoneDigitGroupRaisesSObsc) {
  for (const std::string text : {
           "Sweet and discreet. Ring 07700 – 900 – 31 – 7 after six.",
           "Call: 07700 - 900 - 83 - 2",
           "Звони 07700 — 900 — 64 — 5, только смс.",
           "Tel. 07700 900 61 4 (nur SMS)",
           "WhatsApp +44 7700 – 900 – 27 – 9 ✨",
       }) {
    const Assessment a = Adult(text);
    EXPECT_NE(FindFlag(a, "S-OBSC"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  for (const std::string text : {
           "Call 07700 900412 - 2 hours minimum.",
           "Stats: 24 – 170 – 55 – 3",
           "Ring 07700 900 412 any time.",
           "Incall 07700 900412, 1 hour 150.",
           "Call 07700 900 412 2 girls available.",
       }) {
    const Assessment a = Adult(text);
    EXPECT_EQ(FindFlag(a, "S-OBSC"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
}

// S-OBSC "put in the image": the site forbids numbers and the ad points to a photo for the contact
// (flag49), in any wording; a photo named with no ban, or a ban with no photo, is not.
TEST_F(ChecksTest, NumbersBannedAndAPhotoPointedToRaiseSObsc) {
  for (const std::string text : {
           "Numbers get deleted on here so you'll find it in my third pic.",
           "Nummern sind hier verboten, schau auf dem letzten Foto nach.",
           "Les numéros sont interdits ici, regarde sur ma dernière photo.",
           "Nummers zijn hier niet toegestaan, kijk op mijn laatste foto.",
           "Numerele nu sunt permise aici, îl găsești pe ultima poză.",
           "Номерата тук са забранени, виж на последната снимка.",
           "No se permiten poner números, mira en mi última foto.",
           "I numeri non sono ammessi, guarda sull'ultima foto.",
           "Nie można tu podawać numeru, jest na ostatnim zdjęciu.",
           "Номера здесь запрещены, смотри на последнем фото.",
           "Номери тут заборонені, дивись на останньому фото.",
       }) {
    const Assessment a = Adult(text);
    EXPECT_NE(FindFlag(a, "S-OBSC"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  for (const std::string text : {
           "My last photo is from the beach in June.",
           "No numbers allowed here, message me through the site.",
       }) {
    EXPECT_EQ(FindFlag(Adult(text), "S-OBSC"), nullptr) << text;
  }
}

// S-DRIVER (delivery logistics, flag49): a car arrives and someone walks the person to the door,
// whoever the person is (R2); one's own arrival by car, or seeing a client out, is not.
TEST_F(ChecksTest, ACarArrivingAndSomeoneWalkingThePersonToTheDoorRaisesSDriver) {
  for (const std::string text : {
           "A silver van pulled up and some lad walked her to my door, then sat outside.",
           "A silver van pulled up and some woman walked him to my door, then sat outside.",
           "Ein Auto hielt vor dem Haus und ein Typ brachte sie bis zur Tür.",
           "Un coche aparcó enfrente y un tipo la acompañó hasta la puerta.",
           "Una macchina si è fermata e un tizio l'ha accompagnata alla porta.",
           "Podjechał samochód i jakiś facet odprowadził ją pod drzwi.",
           "Подъехала машина, какой-то парень довёл её до двери.",
           "Під'їхала машина, якийсь хлопець довів її до дверей.",
           "A mate of hers sat outside in his car for the whole of the hour, and at the end he "
           "took the money.",
       }) {
    const Assessment a = Adult(text);
    EXPECT_NE(FindFlag(a, "S-DRIVER"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  for (const std::string text : {
           "I can come by car to your hotel, discreet parking.",
           "After the hour I walked him to the door.",
       }) {
    EXPECT_EQ(FindFlag(Adult(text), "S-DRIVER"), nullptr) << text;
  }
}

// S-DRIVER (delivery logistics, flag54): the poster brings another person to the client and
// fetches them when the time is up, or a client says someone brought the person and waited in the
// car park, or that the person got into a car someone was waiting in; every pronoun (R2). The
// worker's own outcall ("outcalls to hotels only") and a driver who fetches the poster are not.
TEST_F(ChecksTest, SomeoneWhoDeliversAndFetchesThePersonRaisesSDriver) {
  for (const std::string text : {
           "I'll drive him over to your place and collect him when the hour is up.",
           "Ich fahre ihn zu dir ins Hotel und hole ihn ab, wenn die Stunde vorbei ist.",
           "Te lo llevo a tu piso y lo recojo cuando se termine la hora.",
           "Привезу его к вам и заберу, когда час закончится.",
           "Przywiozę go do ciebie i odbiorę, gdy minie godzina.",
           "My mate dropped him off and waited the entire time in the parking lot.",
           "Un ami l'a amenée et a attendu toute la soirée sur le parking.",
           "Привезла її подруга, яка цілий час чекала на парковці.",
           "Afterwards the same guy was waiting in a grey car and he got in.",
           "Il suo accompagnatore aspettava in un furgone grigio e lui ci è salito.",
           "Buiten wachtte een man in een zwarte auto en zij stapte in.",
       }) {
    const Assessment a = Adult(text);
    EXPECT_NE(FindFlag(a, "S-DRIVER"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  for (const std::string text : {
           "Two friends, each with her own diary. Outcalls to hotels only, we come by taxi.",
           "My driver picks me up when time's up, for my own safety.",
           "I get in my car and come to you; I leave when the time is up.",
       }) {
    const Assessment a = Adult(text);
    EXPECT_EQ(FindFlag(a, "S-DRIVER"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
}

// S-NOREFUSE (no ability to refuse, flag54): the person does what the client asks, without
// "everything", or never turns anyone away, for every pronoun (R2); one's own choice is not.
TEST_F(ChecksTest, DoingWhatTheClientAsksRaisesSNoRefuse) {
  for (const std::string text : {
           "He does what the customer wants, no questions.",
           "She never turns anyone away.",
           "Sie machen, was die Gäste wollen.",
           "Ze doet wat de klant wil.",
           "Fanno quello che chiedono i clienti.",
           "Прави каквото клиентът поиска.",
       }) {
    const Assessment a = Adult(text);
    EXPECT_NE(FindFlag(a, "S-NOREFUSE"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  for (const std::string text : {
           "I do what I like, and I say no when I want.",
           "Tell me what you want and we will see if it suits us both.",
       }) {
    EXPECT_EQ(FindFlag(Adult(text), "S-NOREFUSE"), nullptr) << text;
  }
}

// S-3P (third-party voice, flag49): the person's own manager or agent, bookings through whoever
// writes, a friend offered as available, someone else taking the money at the door, and the
// person called "she" or "he" in French, Spanish, Dutch and Polish; every gender alike (R2).
TEST_F(ChecksTest, AManagerBookingsThroughMeAFriendOrAPronounRaiseS3p) {
  for (const std::string text : {
           "Escríbele a su mánager Lev para la cita.",
           "Fragen gehen an ihren Manager, er antwortet schnell.",
           "Text me to book her, I sort everything.",
           "Termine nur über mich, ich regle alles.",
           "Rendez-vous uniquement par moi.",
           "My friend is also available this weekend.",
           "Mi amiga también está disponible esta noche.",
           "Eine ältere Frau an der Tür nahm das Geld.",
           "Elle adore les longues soirées, elle reçoit dans un appartement discret.",
           "Ella es muy dulce y ella recibe en un piso tranquilo.",
           "Hij is lief en hij ontvangt in een rustig appartement.",
           "Ona jest bardzo miła i ona przyjmuje w centrum.",
       }) {
    const Assessment a = Adult(text);
    EXPECT_NE(FindFlag(a, "S-3P"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  for (const std::string text : {
           "I am new in town and I book my own appointments.",
           "Je reçois dans un appartement discret, je suis douce et souriante.",
       }) {
    EXPECT_EQ(FindFlag(Adult(text), "S-3P"), nullptr) << text;
  }
}

// S-TRUST (flag49): photos called verified, "what you see is what you get" and "not the one in the
// pictures? you don't pay", in every language; a price alone is not.
TEST_F(ChecksTest, VerifiedPhotosOrNoPayIfThePhotosAreNotThePersonRaiseSTrust) {
  for (const std::string text : {
           "If I'm not the one in the photos, you don't pay.",
           "Verifizierte Fotos, was du siehst, bekommst du.",
           "Photos vérifiées, ce que tu vois, c'est ce que tu as.",
           "Wat je ziet is wat je krijgt.",
           "Poze verificate, ce vezi aia primești.",
           "Каквото виждаш, това получаваш.",
           "Fotos verificadas, lo que ves es lo que hay.",
           "Quello che vedi è quello che trovi.",
           "Zweryfikowane zdjęcia, co widzisz, to dostajesz.",
           "Если я не как на фото, не платите.",
           "Перевірені фото, що бачиш, те й отримуєш.",
       }) {
    const Assessment a = Adult(text);
    EXPECT_NE(FindFlag(a, "S-TRUST"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  EXPECT_EQ(FindFlag(Adult("One hour 150, two hours 250."), "S-TRUST"), nullptr);
}

// J-PHOTO's definition excludes modelling (flag49): a catalogue casting that asks for everyday
// snapshots and refuses swimwear photos raises no J-PHOTO; a trip "for models" that asks for bikini
// photos still does.
TEST_F(ChecksTest, ARealCastingAskingForEverydaySnapshotsIsNoJPhoto) {
  for (const std::string text : {
           "Catalogue casting for a knitwear label: women and men 25-60, all sizes. Send two "
           "everyday snapshots through the form. We never ask for a fee or swimwear photos.",
           "Casting für einen Strickwaren-Katalog, alle Größen. Keine Bikinifotos, keine Gebühr.",
           "Кастинг для каталога одежды, все размеры. Никаких фото в купальнике, никаких взносов.",
       }) {
    const Assessment a = Job(text + " Apply at casting@knitwear.example");
    EXPECT_EQ(FindFlag(a, "J-PHOTO"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  const Assessment fake =
      Job("Models wanted for yacht events abroad: send 3 bikini photos and your height. "
          "WhatsApp 07700 900318");
  EXPECT_NE(FindFlag(fake, "J-PHOTO"), nullptr);
}

// J-SAL (flag49): a day's fee for a job of one day is a one-off fee, not a wage worked every day
// of a month, so the monthly minimum wage says nothing about it (marker list one-day-job, read
// with candidate terms like invoice-rate); the same day rate for ordinary work still is J-SAL.
TEST_F(ChecksTest, ADayFeeForAOneDayJobIsNoJSal) {
  const auto in = [](const std::string& text, const std::string& region) {
    return testing::ShippedFlagger(true).Assess(
        {.text = text, .kind = AdKind::kLabour, .lang = "", .region = region, .phones = {}});
  };
  for (const auto& [text, region] : std::vector<std::pair<std::string, std::string>>{
           {"Еднодневна фотосесия за каталог в София, хонорар 300 лв. на ден. Тел. 07700 900215",
            "BG"},
           {"Filmare de o singură zi pentru un catalog, 500 lei pe zi. Tel. 07700 900215", "RO"},
           {"Jednodniowa sesja zdjęciowa do katalogu, 900 zł za dzień. Tel. 07700 900215", "PL"},
           {"Одноденна зйомка для каталогу, 3000 грн за день. Тел. 07700 900215", "UA"},
       }) {
    const Assessment a = in(text, region);
    EXPECT_EQ(FindFlag(a, "J-SAL"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  for (const auto& [text, region] : std::vector<std::pair<std::string, std::string>>{
           {"Работа в склад в София, 300 лв. на ден, без опит. Тел. 07700 900215", "BG"},
           {"Praca na magazynie, 900 zł za dzień, jeden dzień wolny w tygodniu. Tel. 07700 900215",
            "PL"},
       }) {
    const Assessment a = in(text, region);
    EXPECT_NE(FindFlag(a, "J-SAL"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
}

// Client screening in any wording is shown (S-SCREEN, T0) and never scored (R4).
TEST_F(ChecksTest, AnIdentityCheckAtTheFirstMeetingOrNoHiddenNumbersIsScreeningNeverScored) {
  for (const std::string text : {
           "Je demande une pièce d'identité à la première séance.",
           "Bij het eerste bezoek vragen wij een legitimatie.",
           "При первом визите прошу показать документ.",
           "La numerele ascunse nu raspund.",
           "Text with your name and where you found me; I don't answer withheld numbers.",
       }) {
    const Assessment a = Adult(text);
    EXPECT_NE(FindFlag(a, "S-SCREEN"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
    EXPECT_EQ(a.score.score, 0) << text;
  }
}

// Several people offered as someone's own, waiting for the client ("our ladies are waiting",
// "fetele noastre te asteapta"), is a third-party voice whatever noun names them: every gender and
// a nationality in its place alike (R2); "our" before a thing, or a site's name, is not.
TEST_F(ChecksTest, SeveralPeopleWrittenOfAsOursRaiseS3pForEveryGender) {
  const std::vector<std::pair<std::string, std::string>> pairs = {
      {"Our girls are waiting for you. 07700 900412", "Our boys are waiting for you. 07700 900412"},
      {"Fetele noastre te asteapta. 0740 000 000", "Baietii nostri te asteapta. 0740 000 000"},
      {"Nuestras chicas te esperan. 600 000 000", "Nuestros chicos te esperan. 600 000 000"},
      {"Мои девочки ждут тебя.", "Мои мальчики ждут тебя."},
      {"Мои девочки ждут тебя.", "Мои узбечки и таджички ждут тебя."},
  };
  for (const auto& [a, b] : pairs) {
    ASSERT_NE(FindFlag(Adult(a), "S-3P"), nullptr) << a;
    EXPECT_EQ(testing::FlagIds(Adult(a)), testing::FlagIds(Adult(b))) << a << " / " << b;
  }
  for (const std::string text : {
           "Afspraken via mijn site mila-escort.example",
           "Our rates are on my site. 07700 900412",
       }) {
    EXPECT_EQ(FindFlag(Adult(text), "S-3P"), nullptr) << text;
  }
}

// "24h" is always available only where it says so: a booking a day ahead is screening.
TEST_F(ChecksTest, BookingADayAheadIsNoSNorefuse) {
  for (const std::string text : {
           "I screen every new client, booking 24h ahead. Condoms always.",
           "Cita previa con 24 h y verificación de identidad.",
       }) {
    EXPECT_EQ(FindFlag(Adult(text), "S-NOREFUSE"), nullptr) << text;
  }
  EXPECT_NE(FindFlag(Adult("Mis chicas te esperan 24h, sin límites."), "S-NOREFUSE"), nullptr);
}

// An age under 18 said in the first person, or school just left, is S-YOUTH; years of experience
// are not an age.
TEST_F(ChecksTest, AnAgeUnderEighteenOrSchoolJustLeftRaisesSYouth) {
  for (const std::string text : {
           "мне 16, ищу щедрого",
           "Soy Nerea, acabo de salir del insti.",
           "Hoi ik ben Kim, net van de middelbare school af.",
           "Two sixth-form cuties, call 07700 900144.",
       }) {
    EXPECT_NE(FindFlag(Adult(text), "S-YOUTH"), nullptr) << text;
  }
  EXPECT_EQ(FindFlag(Adult("Masseuse, j'ai 15 ans d'expérience."), "S-YOUTH"), nullptr);
}

// A venue that lets the client pick one of several people from photos is written by whoever
// offers them.
TEST_F(ChecksTest, PickingSomeoneFromPhotosRaisesS3p) {
  for (const std::string text : {
           "Tell him which one u like from the pics. 07700 900310",
           "Alegi fata din poze, iar Sorin iti confirma ora: 0760 000 000",
           "Обирай дівчину на фото, про час домовляєшся з Сергієм.",
       }) {
    EXPECT_NE(FindFlag(Adult(text), "S-3P"), nullptr) << text;
  }
  EXPECT_EQ(FindFlag(Adult("New photos every week, verified. Call 07700 900412"), "S-3P"), nullptr);
}

// Pay in cash (J-LATER: "part of the pay in hand"), in any word order; cash named for a fee, and
// "на руки" after an amount (net pay), are not it.
TEST_F(ChecksTest, PayInCashRaisesJLater) {
  for (const std::string text : {
           "Pickers wanted, payé en liquide chaque semaine. Tel 07700 900412",
           "Magazyn, wypłata do ręki co tydzień. Tel 07700 900412",
           "Грузчики, оплата каждый день наличкой. 8 900 000-00-00",
           "Braccianti, 5 € all'ora, pagati in contanti. Tel 320 000 0000",
       }) {
    EXPECT_NE(FindFlag(Job(text), "J-LATER"), nullptr) << text;
  }
  for (const std::string text : {
           "Комплектовщики, 40 000₽ на руки, склад. 8 900 000-00-00",
           "Bemiddelingskosten €300 contant vooraf. Tel 06 00000000",
           "Hôtesses de bar à Genève, payées au pourcentage. Tel 07700 900412",
       }) {
    EXPECT_EQ(FindFlag(Job(text), "J-LATER"), nullptr) << text;
  }
}

// Pay held back and paid in one lump later, or when the worker goes home (J-PAYLATER).
TEST_F(ChecksTest, PayHeldUntilTheEndRaisesJPaylater) {
  for (const std::string text : {
           "Te pagamos todo junto cuando termine el año. Llama al 600 000 000",
           "Het eerste maandloon houden we vast tot het project klaar is. Bel 06 00000000",
           "Restul banilor ii primiti cand va intoarceti acasa. 0740 000 000",
           "Гроші віддаємо разом, коли будеш їхати додому. 093 000 00 00",
       }) {
    EXPECT_NE(FindFlag(Job(text), "J-PAYLATER"), nullptr) << text;
  }
  EXPECT_EQ(FindFlag(Job("Wages paid every Friday. Call 07700 900412"), "J-PAYLATER"), nullptr);
}

// J-ENT from the role and a low age cap, never from gender words: the swap keeps the flag (R2).
TEST_F(ChecksTest, ANightRoleWithALowAgeCapRaisesJEntForEitherGender) {
  for (const std::string text : {
           "Meisjes 18-23 gezocht als serveerster op Ibiza, vlucht betaald! App 06 00000000",
           "Jongens 18-23 gezocht als ober op Ibiza, vlucht betaald! App 06 00000000",
           "Момичета 18-24 за сервитьорки в Дубай. 0887 000 000",
           "Момчета 18-24 за сервитьори в Дубай. 0887 000 000",
       }) {
    EXPECT_NE(FindFlag(Job(text), "J-ENT"), nullptr) << text;
  }
  EXPECT_EQ(
      FindFlag(Job("Waiters wanted for our hotel restaurant, shifts 18-23h. Call 07700 900412"),
               "J-ENT"),
      nullptr);
}

// J-URGENT: the work starts within days ("start maandag", "si comincia lunedì").
TEST_F(ChecksTest, AStartWithinDaysRaisesJUrgent) {
  for (const std::string text : {
           "Orderpickers voor Venlo, start maandag! Bel 06 00000000",
           "Cerchiamo muratori, si comincia lunedì. Info 320 000 0000",
           "Хотел търси камериерки, старт още утре. 0888 000 000",
       }) {
    EXPECT_NE(FindFlag(Job(text), "J-URGENT"), nullptr) << text;
  }
  EXPECT_EQ(FindFlag(Job("Start date: 1 March. Apply by phone 07700 900412"), "J-URGENT"), nullptr);
}

// Rule R2: the flag8 term families and go-between words come in both genders, so a gender swap
// keeps every flag (each blind set found a one-gender term that broke this).
TEST_F(ChecksTest, GenderSwapsKeepTheFlagsOfTheNewTermsAndChecks) {
  struct Pair {
    std::string a;
    std::string b;
    AdKind kind;
    const char* expected;
  };
  const std::vector<Pair> pairs = {
      {"Записує моя подруга, 07700 900381.", "Записує мій друг, 07700 900381.", AdKind::kSex,
       "S-3P"},
      {"Записує мій хлопець. 07700 900873", "Записує моя дівчина. 07700 900873", AdKind::kSex,
       "S-3P"},
      {"Piso discreto, la encargada te atiende al 07700 900571.",
       "Piso discreto, el encargado te atiende al 07700 900571.", AdKind::kSex, "S-3P"},
      {"Kierowca ją przywiezie. 07700 900859", "Kierowca go przywiezie. 07700 900859", AdKind::kSex,
       "S-3P"},
      {"Выгляжу как школьница. 07700 900159", "Выгляжу как школьник. 07700 900159", AdKind::kSex,
       "S-YOUTH"},
      {"Azafatas para club nocturno en Chipre. 07700 900283",
       "Azafatos para club nocturno en Chipre. 07700 900283", AdKind::kLabour, "J-ENT"},
      {"Angajam animatoare pt bar in Cipru. 0751 000 000",
       "Angajam animatori pt bar in Cipru. 0751 000 000", AdKind::kLabour, "J-ENT"},
  };
  for (const Pair& p : pairs) {
    const auto assess = [&](const std::string& text) {
      return testing::ShippedFlagger(true).Assess(
          {.text = text, .kind = p.kind, .lang = "", .region = "", .phones = {}});
    };
    const Assessment a = assess(p.a);
    const Assessment b = assess(p.b);
    EXPECT_NE(FindFlag(a, p.expected), nullptr) << p.a;
    EXPECT_EQ(testing::FlagIds(a), testing::FlagIds(b)) << p.a << " / " << p.b;
    EXPECT_EQ(a.score.score, b.score.score) << p.a << " / " << p.b;
  }
}

TEST_F(ChecksTest, TheScamHubRouteRaisesJHubUnlessAnEmployerIsNamed) {
  const std::string route =
      "Customer support agents for the Phnom Penh office, air tickets covered, 2500 USD. ";
  EXPECT_NE(FindFlag(Job(route + "Telegram @hub_jobs"), "J-HUB"), nullptr);
  EXPECT_NE(FindFlag(Job("Operatori chat a Mae Sot, volo pagato. WhatsApp 07700 900809"), "J-HUB"),
            nullptr);
  EXPECT_EQ(FindFlag(Job(route + "Lingo Co. Ltd, careers at lingo.example"), "J-HUB"), nullptr);
  EXPECT_EQ(
      FindFlag(Job("Customer support agents in Leeds, flights not needed. 07700 900809"), "J-HUB"),
      nullptr);
}

TEST_F(ChecksTest, PassportsKeptOrSentRaiseJDocs) {
  for (const std::string text : {
           "Reisepass bitte bei Ankunft beim Chef abgeben. Anruf 07700 900118",
           "Pasapoartele le tine seful de echipa pe durata sezonului. 07700 900820",
           "Merci d'envoyer la copie de votre pièce d'identité. 07700 900820",
           "Envía una foto de tu NIE por WhatsApp antes de empezar. 07700 900820",
       }) {
    const Assessment a = Job(text);
    ASSERT_NE(FindFlag(a, "J-DOCS"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  EXPECT_EQ(FindFlag(Job("A valid passport is required to travel. Call 07700 900118"), "J-DOCS"),
            nullptr);
  // Marker lists match in every language: the Spanish documents DNI and NIE are the Polish words
  // for "days" and "not", so they count only as documents ("tu NIE", "DNI o pasaporte").
  for (const std::string text : {
           "Nie zwlekaj, prześlij zdjęcie i CV w ciągu 3 dni. Tel 07700 900419",
           "Zdjęcia w bieliźnie nie są potrzebne, wyślij tylko CV. Tel 07700 900419",
       }) {
    EXPECT_EQ(FindFlag(Job(text), "J-DOCS"), nullptr) << text;
  }
}

TEST_F(ChecksTest, AnAmountTheWorkerPaysRaisesJFeeButPayDoesNot) {
  for (const std::string text : {
           "I drive everyone down. £200 to me for arranging it. 07700 900118",
           "Za pośrednictwo 500 zł. Tel 07700 900419",
           "За мою послугу 200 євро. Дзвоніть 07700 900381",
       }) {
    const Assessment a = Job(text);
    ASSERT_NE(FindFlag(a, "J-FEE"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  EXPECT_EQ(FindFlag(Job("Pensja 3500$ + prowizja. Tel 07700 900419"), "J-FEE"), nullptr);
}

TEST_F(ChecksTest, AWorkingDayOfElevenHoursOrMoreAsClockTimesRaisesJHours) {
  for (const auto& [text, hours] : std::vector<std::pair<std::string, std::string>>{
           {"Car wash staff, 8am-8pm. txt 07700 900118", "8am-8pm"},
           {"Fleischzerlegung, Schicht 5-17 Uhr. WhatsApp 0151 00000000", "5-17 Uhr"},
           {"Magazyn, zmiana 6:00-18:00. Tel 500 000 000", "6:00-18:00"},
           {"Склад, с 8 до 20 ч. 8 900 000-00-00", "8 до 20 ч"},
           {"Night security 19:00-7:00, call 07700 900118", "19:00-7:00"},
       }) {
    const Assessment a = Job(text);
    const RaisedFlag* flag = FindFlag(a, "J-HOURS");
    ASSERT_NE(flag, nullptr) << text << " " << ::testing::PrintToString(testing::FlagIds(a));
    ASSERT_FALSE(flag->spans.empty());
    EXPECT_EQ(SpanText(text, *flag, 0).substr(0, hours.size()), hours) << text;
    EXPECT_NE(flag->why.find("hours of the day"), std::string::npos) << flag->why;
  }
  // An ordinary day, a night shift of eight hours, ages, dates and a size are no long day.
  for (const std::string text : {
           "Tantramassage, Mo-Fr 10-18 Uhr, 0341 0000000",
           "Night shift 22:00-6:00, call 07700 900118",
           "Hostesses wanted, age 19-27, tour 12-14 March, size 8-16, call 07700 900118",
       }) {
    EXPECT_EQ(FindFlag(Job(text), "J-HOURS"), nullptr) << text;
  }
}

// Issue 4 item 7: a range is read as people write it. "6-9pm" is an evening of three hours (the
// start shares the end's pm), "9-5" a day of eight on the 12-hour clock (not a wrap past
// midnight), in every language's hour word; "24h Voranmeldung" (a day's notice) is no working day.
TEST_F(ChecksTest, ClockRangesAreReadAsPeopleWriteThem) {
  for (const std::string text : {
           "Bar staff, evenings 6-9pm, call 07700 900118",
           "Kitchen porter 12-8pm, call 07700 900118",
           "Night porter 10-2am, call 07700 900118",
           "Büro, 9-5 Uhr, Termine mit 24h Voranmeldung. Tel 0341 0000000",
           "Lager 9-5h, Tel 0341 0000000",
           "Biuro 9-5 godz., tel 500 000 000",
           "Ufficio dalle 9 alle 5 ore, tel 000 000 0000",
           "Склад, с 9 до 5 ч., тел 8 900 000-00-00",
           "Cleaning, booking 24h ahead, 10am-2pm, call 07700 900118",
           "Ménage, réservation 24h à l'avance, 9h-13h, tél 01 00 00 00 00",
       }) {
    const Assessment a = Job(text);
    EXPECT_EQ(FindFlag(a, "J-HOURS"), nullptr)
        << text << " " << (FindFlag(a, "J-HOURS") ? FindFlag(a, "J-HOURS")->why : "");
  }
  // Long days stay long, on either clock.
  for (const std::string text : {
           "Car wash staff, 8-8pm. txt 07700 900118",
           "Kitchen 10am-11pm, call 07700 900118",
           "Zmiana 6-18 godz., tel 500 000 000",
           "Raccolta dalle 7 alle 19 ore, tel 000 000 0000",
           "Abator, 5-17 h, tel 0700 000 000",
       }) {
    EXPECT_NE(FindFlag(Job(text), "J-HOURS"), nullptr) << text;
  }
}

TEST_F(ChecksTest, AnAmountTakenFromPayIsNoPayForJVague) {
  // The only amounts are rent and the bus, taken from wages: no pay is stated.
  for (const std::string text : {
           "Kassen Westland, huisvesting €110 p/w, gaat van je loon af, plus €25 p/w voor het "
           "busje. Bel 06-00000000",
           "Praca Holandia, zakwaterowanie 100€/tydz. potracane z wyplaty. Tel. 500 000 000",
           "Fresa en Huelva, se descuentan 5€/dia del sueldo. Llama al 600 000 000",
           // A pay word right before the phone number names no pay.
           "Bijverdienen, hoge verdiensten!! Bel voor info 06 00000000",
           // An amount the worker pays to the writer is no pay either.
           "Building jobs in Germany, just pay me £300 for the contact. Viber 07700 900871",
       }) {
    const Assessment a = Job(text);
    EXPECT_NE(FindFlag(a, "J-VAGUE"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  // Pay stated beside a deduction is still pay.
  EXPECT_EQ(FindFlag(Job("Kassen Westland, €14,71 per uur, huisvesting €110 p/w gaat van je loon "
                         "af. Bel 06-00000000"),
                     "J-VAGUE"),
            nullptr);
}

TEST_F(ChecksTest, AnEmailAddressWhoseNameLooksLikeADomainNamesNoEmployer) {
  // "croisiere.jobs" and "opieka.de" are the names before "@", not websites.
  for (const std::string text : {
           "Serveurs pour croisiere. Infos par mail: croisiere.jobs@yahoo.fr",
           "Opiekunka w Niemczech, 1600 € netto. Mail: opieka.de@wp.pl",
       }) {
    const Assessment a = Job(text);
    EXPECT_NE(FindFlag(a, "J-EMPL"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
    EXPECT_NE(FindFlag(a, "J-PHONEONLY"), nullptr) << text;
  }
  EXPECT_EQ(FindFlag(Job("Packers wanted. Apply to jobs@acme-logistics.example"), "J-EMPL"),
            nullptr);
}

// J-MSG's `unless`: a call offered beside the messenger is no messenger-only contact.
TEST_F(ChecksTest, ACallOfferedBesideTheMessengerCancelsJMsg) {
  const std::string only = "Pickers for Almeria, 70€/day. WhatsApp 06 00 00 00 00";
  ASSERT_NE(FindFlag(Job(only), "J-MSG"), nullptr)
      << ::testing::PrintToString(testing::FlagIds(Job(only)));
  for (const std::string text : {
           "Pickers for Almeria, 70€/day. Tel/WhatsApp 06 00 00 00 00",
           "Meat plant in Denmark. Ring or whatsapp Gary 07700 900566",
           "Kassen Westland, €14,71 per uur. Bel of app 06-00000000",
           "Работа в Польше. Звоните или вайбер +7 900 000-00-00",
       }) {
    EXPECT_EQ(FindFlag(Job(text), "J-MSG"), nullptr) << text;
  }
}

// Rule R3: J-LATER and J-VISA (both DEC) reach the high threshold with one family; an absence
// of another family (J-EMPL, AUT) adds its points but must not supply the second family.
TEST_F(ChecksTest, AnAbsenceNeverCountsAsAFamilyForTheHighBand) {
  const RuleSet& rules = *testing::ShippedRuleSet();
  const auto flag = [&](std::string_view id, bool absence) {
    RaisedFlag f;
    f.indicator = rules.Find(id);
    f.absence = absence;
    return f;
  };
  const std::vector<RaisedFlag> with_absence = {flag("J-EMPL", true), flag("J-LATER", false),
                                                flag("J-VISA", false)};
  const ScoreResult held = ScoreFlags(with_absence, AdKind::kLabour, rules.scoring, false);
  EXPECT_EQ(held.band, Band::kMedium);
  EXPECT_EQ(held.score, rules.scoring.high - 1);
  // The same flags raised by words make the high band: the absence is what holds it.
  const std::vector<RaisedFlag> worded = {flag("J-EMPL", false), flag("J-LATER", false),
                                          flag("J-VISA", false)};
  EXPECT_EQ(ScoreFlags(worded, AdKind::kLabour, rules.scoring, false).band, Band::kHigh);
}

// flag22: J-URGENT is pressure on the applicant. An employer's urgency word alone raises
// nothing; with a start today or tomorrow, a worker wanted at once, or a document asked for
// within hours it does; a start that waits for registration or checks cancels the flag, whether
// a term or a pair raised it (unless = start-after-checks).
TEST_F(ChecksTest, AnUrgencyWordAloneIsNoJUrgentButUrgentForTomorrowIs) {
  for (const std::string text : {
           "URGENT: care assistants for our nursing home, Acme Care Ltd. Apply at acme.example",
           "Dringend Pflegekräfte gesucht, Klinik Nord GmbH, Bewerbung über klinik.example",
           "Срочно требуются медсёстры в больницу, резюме на сайте больницы b0.example",
           "Pilnie poszukujemy pielęgniarek, szpital miejski, aplikuj na szpital.example",
       }) {
    EXPECT_EQ(FindFlag(Job(text), "J-URGENT"), nullptr) << text;
  }
  for (const std::string text : {
           "URGENT kitchen porter, free tonight? Cash. Text 07700 900412",
           "Dringend Helfer für Umzug, heute Abend, bar. Tel 0151 00000000",
           "Срочно грузчики на завтра, оплата сразу. 8 900 000-00-00",
           "Kitchen porters needed NOW, cash in hand. Text 07700 900412",
           "Cercasi lavapiatti, subito! 320 000 0000",
           "Send a scan of your passport within 24 hours to keep your place. 07700 900412",
           "Prosimy o skan paszportu w ciągu 48 godzin. Tel 500 000 000",
       }) {
    EXPECT_NE(FindFlag(Job(text), "J-URGENT"), nullptr) << text;
  }
  for (const std::string text : {
           "Cercasi lavapiatti per la stagione estiva. Scrivi subito a bar.example",
           "We reply within 24 hours to every application sent via acme.example",
       }) {
    EXPECT_EQ(FindFlag(Job(text), "J-URGENT"), nullptr) << text;
  }
}

TEST_F(ChecksTest, AStartThatWaitsForChecksCancelsJUrgentFromATermOrAPair) {
  // A term ("start immediately") and a pair (start-word with at-once) each raise it alone...
  for (const std::string text : {
           "Care assistants, start immediately. Call 07700 900412",
           "Медсёстры, выход на работу сразу. Тел 8 900 000-00-00",
           "Медицински сестри, започваме веднага. Тел 0888 000 000",  // the pair alone
       }) {
    EXPECT_NE(FindFlag(Job(text), "J-URGENT"), nullptr) << text;
  }
  // ...and neither once the start waits for registration, checks or a medical.
  for (const std::string text : {
           "Care assistants, start immediately once your registration and DBS checks are "
           "complete. Call 07700 900412",
           "Медсёстры, выход на работу сразу после медосмотра. Тел 8 900 000-00-00",
           "Pflegekräfte, Start sofort, sobald Ihre Anerkennung vorliegt. Tel 0151 00000000",
           "Медицински сестри, започваме веднага след медицински преглед. Тел 0888 000 000",
       }) {
    EXPECT_EQ(FindFlag(Job(text), "J-URGENT"), nullptr) << text;
  }
}

// flag22: J-UNLIC, a private person places the reader: a friend of the reader's family, an
// acquaintance looking for a number of workers, a boss who is the poster's friend, a recruiter
// who "only introduces" or deals "directly with the farmer".
TEST_F(ChecksTest, AFamilyFriendOrAnAcquaintancePlacingWorkersRaisesJUnlic) {
  for (const std::string text : {
           "Hi, it's Mira, your cousin Dana's friend, about the cleaning job in Vienna. 07700 "
           "900412",
           "Salut, c'est Léa, la copine de ta tante, pour le boulot à Genève. 06 00 00 00 00",
           "Привіт, це Олег, кум твого дядька, щодо роботи в Польщі. 093 000 00 00",
           "A friend of my neighbour is looking for three people to pick apples in Kent. 07700 "
           "900412",
           "Una conoscente di mia zia cerca due persone per le pulizie. 320 000 0000",
           "Der Chef ist mein Kumpel, der nimmt jeden. Tel 0151 00000000",
           "Are you an agency? No, we only introduce you to the farm. 07700 900412",
           "Agencja? Żadna agencja, załatwiam bezpośrednio z rolnikiem. Tel 500 000 000",
       }) {
    EXPECT_NE(FindFlag(Job(text), "J-UNLIC"), nullptr) << text;
  }
  for (const std::string text : {
           "Tell your family about our open day. Friends are welcome too. acme.example",
           "Bring a friend! We are looking for three pickers. Acme Farms Ltd, acme.example",
           "The manager will meet you at the station on Monday. Acme Ltd, 07700 900412",
           "We introduce new staff to the team on their first day. Acme Ltd, acme.example",
       }) {
    EXPECT_EQ(FindFlag(Job(text), "J-UNLIC"), nullptr) << text;
  }
}

// flag22: J-PAYLATER, the last weeks' pay only if the worker stays to the end, pay at the end of
// the project or site or when the worker comes home.
TEST_F(ChecksTest, TheLastWeeksPaidOnlyIfTheWorkerStaysRaisesJPaylater) {
  for (const std::string text : {
           "Your last two weeks are paid only if you complete the season. 07700 900412",
           "L'ultima mensilità si riceve solo se si finisce la stagione. 320 000 0000",
           "Lohn gibt es am Ende vom Projekt, vorher Taschengeld. Tel 0151 00000000",
           "I soldi te li do tutti al rientro. 320 000 0000",
           "Wages are kept by the family and paid when you come home. 07700 900412",
       }) {
    EXPECT_NE(FindFlag(Job(text), "J-PAYLATER"), nullptr) << text;
  }
  for (const std::string text : {
           "Holiday pay for the last two weeks of the season is paid every Friday. 07700 900412",
           "Lohn jeden Freitag, Projekt in Köln, Ende offen. Tel 0151 00000000",
           "Stipendio ogni mese, tutti i contributi versati, rientro a casa ogni weekend. "
           "320 000 0000",
       }) {
    EXPECT_EQ(FindFlag(Job(text), "J-PAYLATER"), nullptr) << text;
  }
}

// flag22: J-LATER, papers for once the reader is on site or some later day, a status converted
// later, a contract signed there.
TEST_F(ChecksTest, PapersForOnceTheReaderIsThereOrSomeLaterDayRaiseJLater) {
  for (const std::string text : {
           "The boss gets your registration done once you're on the site. 07700 900412",
           "Die Papiere macht der Chef dann irgendwann. Tel 0151 00000000",
           "Enter as a tourist, HR will convert it later. 07700 900412",
           "Contractul? Îl semnați acolo, cu șeful. 0740 000 000",
       }) {
    EXPECT_NE(FindFlag(Job(text), "J-LATER"), nullptr) << text;
  }
  for (const std::string text : {
           "Registration is done before you travel. The boss meets you on site. 07700 900412",
           "Die Papiere bekommst du vor der Abreise per Post. Tel 0151 00000000",
           "Contractul se semnează la agenție, înainte de plecare. 0740 000 000",
       }) {
    EXPECT_EQ(FindFlag(Job(text), "J-LATER"), nullptr) << text;
  }
}

// flag28: a poster who recruits for a client and names no employer or agency is an unnamed
// intermediary (J-UNLIC, check unnamed-recruiter), as is one who gathers the group in person or
// places the reader with an employer they know; a recruiter who names the agency is not.
TEST_F(ChecksTest, ARecruiterForAnUnnamedClientOrAPrivatePlacerRaisesJUnlic) {
  for (const std::string text : {
           "Hi Sam, I'm sourcing for a client that needs chat agents abroad. Send me a voice note.",
           "Je recrute pour un client des agents de chat. Écris-moi en privé.",
           "Ищу для клиента операторов чата. Пиши мне в личку.",
           "I coordinate the group myself, no office. DM me on Telegram.",
           "Grupę zbieram sam, bez biura. Tel 500 000 000",
           "El grupo lo monto yo, sin oficina. Escríbeme por Telegram.",
           "The cleaning job is for a family I know near Valencia. Ring me back.",
           "Das ist bei einer Familie, die ich kenne, auf Mallorca. Ruf zurück.",
           "Це в родини, яку я знаю, під Віднем. Передзвони.",
           "I place lads with other builders round here too. Text 07700 900288",
       }) {
    const Assessment a = Job(text);
    EXPECT_NE(FindFlag(a, "J-UNLIC"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  for (const std::string text : {
           "I'm recruiting for a client of Brightwell Staffing Ltd, brightwell.example.",
           "Je recrute pour un client, Agence Horizon, SIRET 123 456 789 00012.",
           "Our team is a family I would recommend to anyone. Acme Ltd, acme.example",
       }) {
    EXPECT_EQ(FindFlag(Job(text), "J-UNLIC"), nullptr) << text;
  }
  // The check runs only with candidate terms.
  EXPECT_EQ(FindFlag(Job("I'm sourcing for a client. 07700 900412", false), "J-UNLIC"), nullptr);
}

// flag28: an offer that expires within minutes or hours, and the reader's yes asked by tonight or
// within hours, are pressure on the applicant (J-URGENT); an employer's own reply time is not.
TEST_F(ChecksTest, AnOfferExpiringWithinMinutesOrAYesAskedWithinHoursRaisesJUrgent) {
  for (const std::string text : {
           "The invite link expires in 60 minutes. Message @desk_example on Telegram.",
           "Der Einladungslink läuft in 60 Minuten ab. Schreib mir auf Telegram.",
           "Link z zaproszeniem wygasa za 60 minut. Napisz do mnie.",
           "Ссылка-приглашение сгорит через 60 минут. Пиши в личку.",
           "Reply YES within 2 hours or the place goes to the waiting list. 07700 900633",
           "Ik wil vanavond je ja, anders gaat je plek naar een ander. Stuur me een bericht.",
           "Potrzebuję Twojego „tak” do wieczora. Napisz do mnie.",
       }) {
    const Assessment a = Job(text);
    EXPECT_NE(FindFlag(a, "J-URGENT"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  for (const std::string text : {
           "We reply to every application within 48 hours. Acme Ltd, acme.example",
           "Your login expires after 30 days without use. Acme Ltd, acme.example",
       }) {
    EXPECT_EQ(FindFlag(Job(text), "J-URGENT"), nullptr) << text;
  }
}

// flag28: money to put the reader's name on the list is a fee (J-FEE), in any word order.
TEST_F(ChecksTest, MoneyToPutTheNameOnTheListRaisesJFee) {
  for (const std::string text : {
           "No fees except £90 to put your name on the list. DM me on Telegram.",
           "Juste 100 € pour inscrire ton nom sur la liste. Écris-moi.",
           "Лише 1 500 грн, щоб вписати тебе до списку. Пиши мені.",
       }) {
    const Assessment a = Job(text);
    EXPECT_NE(FindFlag(a, "J-FEE"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  EXPECT_EQ(FindFlag(Job("Your name on the list for the Friday shift. Pay £12.71 an hour. "
                         "Acme Ltd, acme.example"),
                     "J-FEE"),
            nullptr);
}

// flag28: "Never worked in packing? Doesn't matter": no experience needed (J-NOEXP).
TEST_F(ChecksTest, NeverHavingDoneTheWorkAnsweredNoMatterRaisesJNoexp) {
  for (const std::string text : {
           "Never worked in packing? Doesn't matter, we show you. 07700 900417",
           "Jamais travaillé dans le conditionnement ? Aucun souci. 06 00 00 00 00",
           "Nie pracowałeś przy pieczarkach? Nic nie szkodzi. Tel 500 000 000",
           "Не работал на складе? Не страшно, покажем. 8 999 000-00-00",
       }) {
    const Assessment a = Job(text);
    EXPECT_NE(FindFlag(a, "J-NOEXP"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  EXPECT_EQ(FindFlag(Job("Never worked late? Good, we finish at five. 07700 900417"), "J-NOEXP"),
            nullptr);
}

// flag28: the contract put off until the worker has lasted the first weeks, and a work visa
// after the probation (J-LATER); a contract signed before travel is not.
TEST_F(ChecksTest, AContractAfterTheFirstWeeksOrAVisaAfterProbationRaisesJLater) {
  for (const std::string text : {
           "Contract gets sorted with the farm once you've done the first fortnight. 07700 900412",
           "Den Vertrag macht der Hof, wenn ihr die ersten zwei Wochen geschafft habt.",
           "Umowę robicie z gospodarstwem, jak wytrzymacie pierwsze dwa tygodnie.",
           "Entras como turista y RR. HH. te lo cambia a visado de trabajo tras el periodo de "
           "prueba.",
       }) {
    const Assessment a = Job(text);
    EXPECT_NE(FindFlag(a, "J-LATER"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  EXPECT_EQ(FindFlag(Job("The contract is signed before you travel; the first two weeks are "
                         "training. Acme Ltd, acme.example"),
                     "J-LATER"),
            nullptr);
  // A visa fee refunded after the season is no visa promised for later.
  EXPECT_EQ(FindFlag(Job("Frais de formation et de visa de 600€ a regler, rembourses apres la 1ere "
                         "saison. Salaire 1 900 € par mois. croisiere.jobs@yahoo.example"),
                     "J-LATER"),
            nullptr);
}

// flag28: the task scam's top-up as the order-booster DMs conjugate it (J-TASK).
TEST_F(ChecksTest, TheTopUpVerbInEveryPersonRaisesJTask) {
  for (const std::string text : {
           "Pour ouvrir ton premier lot, tu recharges ton compte de travail (à partir de 30 €).",
           "Para abrir tu primer lote recargas tu cuenta de trabajo (desde 30 €).",
           "Per aprire il primo pacchetto ricarichi il tuo conto di lavoro (da 30 €).",
           "Żeby otworzyć pierwszy pakiet, zasilasz swoje konto robocze (od 120 zł).",
           "Um dein erstes Paket zu öffnen, lädst du dein Arbeitskonto auf (ab 30 €).",
           "Danach schaltest du mit einer Einlage von 60 € die Silberstufe frei.",
       }) {
    const Assessment a = Job(text);
    EXPECT_NE(FindFlag(a, "J-TASK"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
}

// flag28: a broadcast's "reply 1", a voice note's "ring me back" and a recruiter's message about
// the reader's profile are how to apply: with no employer named, J-EMPL.
TEST_F(ChecksTest, ReplyOneOrRingMeBackIsHowToApplyForJEmpl) {
  for (const std::string text : {
           "Earn £60 a day rating apps. Reply 1 and your mentor will add you.",
           "Die Putzstelle ist auf Mallorca. Ruf zurück, ja?",
           "Hey Jordan! Saw your profile on the careers app, you look like a great fit.",
       }) {
    const Assessment a = Job(text);
    EXPECT_NE(FindFlag(a, "J-EMPL"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
}

// flag28: a public body named by its status is an identifiable employer (no J-EMPL, no
// J-PHONEONLY), a public pay scale named without a figure is pay stated (no J-VAGUE, the lead's
// ruling on blind14), and a start that waits for the criminal-record certificate cancels J-URGENT.
TEST_F(ChecksTest, APublicHospitalWithItsPayScaleAndChecksIsAnHonestUrgentAd) {
  for (const std::string text : {
           "URGENT : aides-soignants, Centre hospitalier de Vernon (établissement public), grille "
           "de "
           "la fonction publique hospitalière. Prise de poste dès réception du casier judiciaire. "
           "Service RH : 02 00 00 00 00.",
           "СРОЧНО: младшие медсёстры, ГБУЗ «Городская больница № 0», оклад по отраслевой системе "
           "оплаты труда. Выход на работу, как только будут справка о несудимости и медосмотр. "
           "Телефон 8 4822 00-00-00.",
           "PILNIE: opiekunowie medyczni, Szpital Wojewódzki (jednostka publiczna), wynagrodzenie "
           "według siatki płac szpitala. Zaczynasz, gdy tylko będą zaświadczenie o niekaralności. "
           "Tel. 94 000 00 00.",
       }) {
    const Assessment a = Job(text);
    for (const char* id : {"J-EMPL", "J-PHONEONLY", "J-VAGUE", "J-URGENT"}) {
      EXPECT_EQ(FindFlag(a, id), nullptr)
          << id << " " << text << " " << ::testing::PrintToString(testing::FlagIds(a));
    }
  }
  // A hospital in general, or someone at the town hall, names no employer.
  EXPECT_NE(FindFlag(Job("Nurses for a hospital in Germany, great pay. 07700 900412"), "J-EMPL"),
            nullptr);
  EXPECT_NE(
      FindFlag(Job("Ik ken iemand bij de gemeente die werkvergunningen regelt. Kosten €2.000. "
                   "06 00000000"),
               "J-EMPL"),
      nullptr);
}

// flag28: the worker's own commission is no cut (J-DEDUCT), and Italian "fare" (to do) is no
// fare (J-TRANS); the recruiter's cut and a bus fare still are.
TEST_F(ChecksTest, TheWorkersCommissionAndItalianFareAreNoDeductionOrTrip) {
  for (const std::string text : {
           "You keep 18% commission on every order. Message @desk_example on Telegram.",
           "Je houdt 18% commissie per bestelling. Stuur me een bericht.",
           "I primi tre compiti sono gratis per fare pratica. Scrivimi su Telegram.",
       }) {
    const Assessment a = Job(text);
    EXPECT_EQ(FindFlag(a, "J-DEDUCT"), nullptr) << text;
    EXPECT_EQ(FindFlag(a, "J-TRANS"), nullptr) << text;
  }
  EXPECT_NE(FindFlag(Job("The agency keeps 20% of your wages. 07700 900412"), "J-DEDUCT"), nullptr);
  EXPECT_NE(FindFlag(Job("Your bus fare is paid by us. 07700 900412"), "J-TRANS"), nullptr);
}

// flag28 (read on blind13): a placer who does it "not for the money" (J-UNLIC), the workplace
// told only on the phone (J-VAGUE), papers once the worker has been there a month (J-LATER), entry
// as a visitor (J-VISA).
TEST_F(ChecksTest, APlacerNotForMoneyAPlaceByPhonePapersAfterAMonthAndVisitorEntry) {
  const std::string en =
      "I don't do this for money, I do it to help. You go over as a normal visitor, and we sort "
      "your papers once you've been there a month. Telegram only: @van_example";
  const Assessment a = Job(en);
  for (const char* id : {"J-UNLIC", "J-LATER", "J-VISA"}) {
    EXPECT_NE(FindFlag(a, id), nullptr)
        << id << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  for (const std::string text : {
           "Nie robię tego dla kasy, po prostu pomagam. Tel 500 000 000",
           "Je fais pas ça pour l'argent, je rends service. 06 00 00 00 00",
       }) {
    EXPECT_NE(FindFlag(Job(text), "J-UNLIC"), nullptr) << text;
  }
  for (const std::string text : {
           "Packers, £4,200 a month. Warehouse work in the EU, exact site given by phone. "
           "07700 900532",
           "Упаковщики, 320 000 руб. в месяц. Склад, точное место скажу по телефону. "
           "8 999 000-00-00",
       }) {
    const Assessment b = Job(text);
    EXPECT_NE(FindFlag(b, "J-VAGUE"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(b));
  }
  EXPECT_EQ(FindFlag(Job("Location: Bristol. Pay £12.71 an hour. Questions by phone: 07700 900532"),
                     "J-VAGUE"),
            nullptr);
}

// flag28 (read on blind13): the company named only after the interview (J-EMPL), no degree
// needed (J-NOEXP), a fee or a transfer asked by tomorrow (J-URGENT).
TEST_F(ChecksTest, ACompanyNamedAfterTheInterviewNoDegreeAndAFeeByTomorrow) {
  for (const std::string text : {
           "Client: private (company details shared after the interview). USD 2,600/month.",
           "Auftraggeber: privat (Firmendaten nach dem Vorstellungsgespräch). 2.700 USD im Monat.",
           "Заказчик: частное лицо (данные компании после собеседования). 2 600 USD в месяц.",
       }) {
    const Assessment a = Job(text);
    EXPECT_NE(FindFlag(a, "J-EMPL"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  for (const std::string text : {
           "USD 2,600/month + bonus, no degree needed. 07700 900412",
           "2.700 USD im Monat, kein Studium nötig. Tel 0151 00000000",
           "2.700 USD al mese, nessuna laurea richiesta. 333 000 0000",
           "2600 USD на месец, не се изисква диплома. 0888 000 000",
       }) {
    const Assessment a = Job(text);
    EXPECT_NE(FindFlag(a, "J-NOEXP"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  for (const std::string text : {
           "Pour la garder, réglez les frais de réservation de 149 € avant demain midi.",
           "Um ihn zu behalten, überweisen Sie die Gebühr bis morgen 12 Uhr.",
           "Para conservarla, abona la tasa de reserva de 149 € antes de mañana a las 12:00.",
       }) {
    const Assessment a = Job(text);
    EXPECT_NE(FindFlag(a, "J-URGENT"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
}

// flag28: pay held until the season closes or the worker comes home (J-PAYLATER), and the
// ticket taken back from "your money" (J-DEDUCT), as voice notes and channel posts say them.
TEST_F(ChecksTest, PayWhenTheSeasonClosesAndTheTicketFromYourMoney) {
  for (const std::string text : {
           "Wages are kept together and paid out when the season closes. DM me on Telegram.",
           "Îți dau toți banii, când vii acasă, e mai simplu. Sună-mă înapoi.",
       }) {
    const Assessment a = Job(text);
    EXPECT_NE(FindFlag(a, "J-PAYLATER"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  for (const std::string text : {
           "Het vliegticket schiet ik voor, dat gaat er later van je geld af. Bel me terug.",
           "Il biglietto dell'aereo te lo anticipo io e poi si toglie dai tuoi soldi. Richiamami.",
           "I'll get your plane ticket and it just comes off your money after. Ring me back.",
       }) {
    const Assessment a = Job(text);
    EXPECT_NE(FindFlag(a, "J-DEDUCT"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
}

// flag28: a duration after a pay word is no pay ("Wages are paid in one go after 3 months"): with
// no amount, J-VAGUE; an amount after the pay word still is pay.
TEST_F(ChecksTest, ADurationAfterAPayWordIsNoPayForJVague) {
  for (const std::string text : {
           "My brother-in-law takes people to a pork plant. Wages are paid in one go after 3 "
           "months. Text him on 07700 900689.",
           "Der Lohn kommt nach 3 Monaten auf einmal. SMS an 0170 0000000.",
           "Зарплату выдают разом через 3 месяца. СМС на 8 999 000-00-00.",
       }) {
    const Assessment a = Job(text);
    EXPECT_NE(FindFlag(a, "J-VAGUE"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  for (const std::string text : {
           "Wages 12 per hour, paid every week. Text 07700 900689.",
           "Der Lohn: 13 € die Stunde. SMS an 0170 0000000.",
       }) {
    EXPECT_EQ(FindFlag(Job(text), "J-VAGUE"), nullptr) << text;
  }
}

// flag28: a condo, a room somewhere, staff housing offered (J-ACCOM); Romanian "șoferi" (drivers)
// is no offer.
TEST_F(ChecksTest, ACondoARoomAboveTheGarageOrStaffHousingRaisesJAccom) {
  for (const std::string text : {
           "USD 3,200/month, flight paid, free condo. Send me a voice note.",
           "There's a room above my garage, £80 a week out of your pay. Text 07700 900288",
           "Se poate oferi o cameră de o persoană. Aplicați la 0740 000 000.",
           "Предлагаме: общ апартамент, храна. Пишете на 0888 000 000.",
       }) {
    const Assessment a = Job(text);
    EXPECT_NE(FindFlag(a, "J-ACCOM"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  EXPECT_EQ(FindFlag(Job("Căutăm șoferi pentru camere frigorifice. Transmontan SRL, 0269 000 000."),
                     "J-ACCOM"),
            nullptr);
}

// flag22: J-HUB's check reads a company name with a legal form as no employer detail one can
// check (the compounds' offer letters carry one); a registration number or own website is one.
TEST_F(ChecksTest, ACompoundOfferLetterFromALimitedCompanyRaisesJHub) {
  const std::string letter =
      "OFFER – Golden Lotus Digital Co., Ltd.\nPosition: customer support agent\nSalary: USD "
      "3,000 a month\nBenefits: return air ticket, dormitory\nWork location: Poipet, Cambodia";
  EXPECT_NE(FindFlag(Job(letter), "J-HUB"), nullptr);
  EXPECT_EQ(
      FindFlag(Job(letter + "\nCompany registration number 00000000, www.lotus.example"), "J-HUB"),
      nullptr);
}

// flag24: two body weights far apart, or more years of experience than the age allows, are one
// ad describing two people (S-DISCREP, ages-disagree); close weights, a weight beside a height, or
// experience that fits the age are not.
TEST_F(ChecksTest, TwoWeightsFarApartOrExperienceBeyondTheAgeRaiseSDiscrep) {
  for (const std::string text : {
           "Вика, хрупкая, 45 кг. Рост 185, вес 90, пышные формы.",
           "Slăbuță, 48 kg, și o plinuță de 90 kg.",
           "Natasha here, 19 y.o. mature lady with 20 years of experience.",
           "Nina, 22 ans, 10 ans d'expérience.",
       }) {
    const Assessment a = Adult(text);
    EXPECT_NE(FindFlag(a, "S-DISCREP"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  for (const std::string text : {
           "Вика, 45 кг, вес 52, рост 165.",
           "Rosa, 38 years, 15 years of experience, 60 kg.",
           "Lena, 34 Jahre, 10 Jahre Erfahrung.",
       }) {
    EXPECT_EQ(FindFlag(Adult(text), "S-DISCREP"), nullptr) << text;
  }
}

// flag24: a client's review that another person opened the door or that the person is years older
// than the photos (any noun for the person, rule R2); a review praising the photos is not.
TEST_F(ChecksTest, AReviewSayingAnotherPersonOrOlderThanThePhotosRaisesSDiscrep) {
  for (const std::string text : {
           "Review: a different lady opened the door.",
           "Review: a different guy opened the door.",
           "„Aufgemacht hat eine ganz andere Frau.“",
           "«Открыла совсем другая девушка.»",
           "«Sympa, mais quinze ans de plus que sur les photos.»",
           "„Miła, ale starsza o jakieś 15 lat niż na zdjęciach.”",
       }) {
    const Assessment a = Adult(text);
    EXPECT_NE(FindFlag(a, "S-DISCREP"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  for (const std::string text : {
           "Review: she opened the door with a smile, just like the photos.",
           "«Открыла дверь сразу, всё как на фото.»",
       }) {
    EXPECT_EQ(FindFlag(Adult(text), "S-DISCREP"), nullptr) << text;
  }
}

// flag24: a client says the person's man or partner (either gender, rule R2) drove or brought
// them; "drove her crazy" or the poster's own boyfriend is no delivery.
TEST_F(ChecksTest, APartnerWhoBroughtThePersonRaisesSDriver) {
  for (const std::string text : {
           "\"Her man drove her over and sat in the car the whole hour.\"",
           "\"His man drove him over and sat in the car the whole hour.\"",
           "„Ihr Freund hat sie gebracht und im Auto gewartet.“",
           "«Son mec l'a amenée et a attendu dans la voiture.»",
           "„Приятелят ѝ я докара и чака в колата.“",
           "«Её парень привёз и весь час сидел в машине.»",
       }) {
    const Assessment a = Adult(text);
    EXPECT_NE(FindFlag(a, "S-DRIVER"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  for (const std::string text : {
           "\"Her man drove her crazy with questions.\"",
           "My boyfriend drove me over to the seaside last summer.",
       }) {
    EXPECT_EQ(FindFlag(Adult(text), "S-DRIVER"), nullptr) << text;
  }
}

// flag24: working hours written "from 6 to 20," or "Program 7–22," (the end of a clause after the
// second hour), or ending at midnight in words, are read as clock ranges; an age range or dates
// written the same way are not.
TEST_F(ChecksTest, FromToHoursAndMidnightInWordsRaiseJHours) {
  for (const std::string text : {
           "Myjnia. Od 6 do 20, także w soboty. SMS 690 000 000",
           "Spalatorie auto. Program 7–22, si in weekend. SMS 0733 000 000",
           "Plonge de 10h a minuit 6j/7. Tel 07 00 00 00 00",
           "Aiuto cucina dalle 10 a mezzanotte. SMS 333 000 0000",
           "Мойка, с 8 до 22, без оформления. СМС 8 999 000-00-00",
       }) {
    const Assessment a = Job(text);
    EXPECT_NE(FindFlag(a, "J-HOURS"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  for (const std::string text : {
           "Hostessy, wiek od 18 do 35. Tel 500 000 000",
           "Zastępstwo od 6 do 20 lipca. Tel 500 000 000",
           "Bar dalle 20 a mezzanotte. Tel 333 000 0000",
           "Program 9–17, luni-vineri. Tel 0733 000 000",
       }) {
    EXPECT_EQ(FindFlag(Job(text), "J-HOURS"), nullptr) << text;
  }
}

// flag44: the part of the day written in words after the hours ("6 in the morning to 11 at
// night") is read as am and pm, in every language; a short day so written, or a night that ends at
// midnight, stays short.
TEST_F(ChecksTest, HoursWithThePartOfTheDayInWordsRaiseJHours) {
  for (const std::string text : {
           "Housekeeper. Work from 6 in the morning to 11 at night. Call 07700 900118",
           "Haushälterin, Arbeit von 6 Uhr morgens bis 23 Uhr. Tel 07700 900118",
           "Raccolta: si lavora dalle 4 del mattino alle 17. Tel 07700 900118",
           "Ферма: работи се от 5 сутринта до 7 вечерта. Тел 07700 900118",
           "Ménage de 6 h du matin à 23 h. Tél 07700 900118",
       }) {
    const Assessment a = Job(text);
    const RaisedFlag* flag = FindFlag(a, "J-HOURS");
    ASSERT_NE(flag, nullptr) << text << " " << ::testing::PrintToString(testing::FlagIds(a));
    EXPECT_NE(flag->why.find("hours of the day"), std::string::npos) << text << " " << flag->why;
  }
  for (const std::string text : {
           "Cafe from 7 in the morning to 3 in the afternoon. Call 07700 900118",
           "Bar: de 9 de la noche a 2 de la mañana. Tel 07700 900118",
           "Bar dalle 8 di sera a mezzanotte. Tel 07700 900118",
       }) {
    EXPECT_EQ(FindFlag(Job(text), "J-HOURS"), nullptr) << text;
  }
}

// flag44: concepts written from the definitions of J-MSG (the messenger as the channel of the
// next step), S-DRIVER (someone else brings the person to the client) and S-NOREFUSE (no client is
// refused), in several languages; a call offered beside the messenger, one's own visit and the
// worker's own choice of clients raise nothing.
TEST_F(ChecksTest, ConceptsFromTheDefinitionsOfJMsgSDriverAndSNoRefuse) {
  for (const std::string text : {
           "No agency, pay GBP 2,000 a month. Confirm your place on Telegram @hr_desk_uk",
           "Ohne Firma, 2.000 EUR im Monat. HR meldet sich weiter über WhatsApp.",
           "Sin empresa, 1.500 EUR al mes. Escríbeme a través de WhatsApp.",
           "Без фирми, 1500 евро на месец. Пишете ни в Telegram.",
       }) {
    const Assessment a = Job(text);
    EXPECT_NE(FindFlag(a, "J-MSG"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  EXPECT_EQ(FindFlag(Job("No agency, GBP 2,000 a month. Call or WhatsApp 07700 900412."), "J-MSG"),
            nullptr);
  for (const std::string text : {
           "Outcall. We bring her to your hotel. 07700 900123",
           "Outcall. We bring him to your hotel. 07700 900123",
           "Wir bringen sie zu dir ins Hotel. 07700 900123",
           "Te la traen a tu hotel. 07700 900123",
           "Привезём к вам в отель. 07700 900123",
       }) {
    const Assessment a = Adult(text);
    EXPECT_NE(FindFlag(a, "S-DRIVER"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  EXPECT_EQ(FindFlag(Adult("Outcall: I come to your hotel myself. 07700 900123"), "S-DRIVER"),
            nullptr);
  for (const std::string text : {
           "She never refuses anyone. 07700 900123",
           "He never refuses anyone. 07700 900123",
           "Ze weigert niemand. 07700 900123",
           "Lei non rifiuta nessuno. 07700 900123",
           "Она никому не отказывает. 07700 900123",
       }) {
    const Assessment a = Adult(text);
    EXPECT_NE(FindFlag(a, "S-NOREFUSE"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  EXPECT_EQ(
      FindFlag(Adult("I choose my clients. Accetto tutte le carte. 07700 900123"), "S-NOREFUSE"),
      nullptr);
}

// flag24: the task scam's top-up of one's own account, and a reserved place with an amount, are a
// fee asked of the worker (J-FEE); pay or a free place is not.
TEST_F(ChecksTest, ATopUpOrAPaidPlaceReservationRaisesJFee) {
  for (const std::string text : {
           "Rate hotels from your phone. Then top up your account to unlock VIP tasks.",
           "Щоб відкрити VIP-завдання, поповнюєш рахунок на 1000 гривень.",
           "Ca să deblochezi sarcinile VIP, alimentezi contul cu 300 de lei.",
           "Rellena el formulario y paga la reserva de plaza (190 €).",
           "Earn up to £600/day rating hotels, pay £30 to unlock level 1.",
           "Активація акаунта 300 грн. Пиши у Телеграм.",
           "Te consigo contrato en el campo: 300 € por el contrato.",
           "Она берёт за устройство 700$, если надо — дам номер.",
       }) {
    const Assessment a = Job(text);
    EXPECT_NE(FindFlag(a, "J-FEE"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  for (const std::string text : {
           "Rate hotels from your phone, 3000 гривень a month paid to your account.",
           "Reserva de plaza gratuita, salario 1.500 € al mes.",
           "Level 1 unlocked after a week; pay £600 a month.",
           "Contrato indefinido, 1.300 € al mes, alta desde el primer día.",
       }) {
    EXPECT_EQ(FindFlag(Job(text), "J-FEE"), nullptr) << text;
  }
}

// flag24: a language said not to matter or to be unimportant (in one word) raises J-NOLANG; a
// language said to be important does not.
TEST_F(ChecksTest, ALanguageThatDoesNotMatterRaisesJNolang) {
  for (const std::string text : {
           "Taal maakt niet uit. Alleen sms: 06 00000000",
           "Язык неважен. Только СМС: 8 999 000-00-00",
           "Język nieważny. Tylko SMS: 690 000 000",
           "La lingua non importa. Solo SMS: 333 000 0000",
           "Русский можно не знать, с прорабом говорю я.",
           "No english ok. Text 07700 900587.",
           "Demolition, 11hr shifts. No Dutch req. Ring 07700 900318.",
           "Braccianti serre. No italiano. Tel 320 000 0000",
           "Deutsch braucht ihr keins, der Vorarbeiter redet.",
           "Deutsch ist nicht noetig. Tel 0151 00000000",
           "Angielski i niderlandzki nie są potrzebne.",
           "Ture de 12 ore. Nu e necesara limba engleza.",
       }) {
    const Assessment a = Job(text);
    EXPECT_NE(FindFlag(a, "J-NOLANG"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  for (const std::string text : {
           "Taal is belangrijk. Alleen sms: 06 00000000",
           "Язык важен. Только СМС: 8 999 000-00-00",
           "English ok is not enough, fluent required. Text 07700 900587.",
           "No Dutch agency fees. Ring 07700 900318.",
           "Deutsch ist noetig, B1. Tel 0151 00000000",
           "Nu e necesar permisul. Limba engleza obligatorie.",
       }) {
    EXPECT_EQ(FindFlag(Job(text), "J-NOLANG"), nullptr) << text;
  }
}

// flag24: a messenger group or channel as the way in, or "write me on WhatsApp", is messenger
// contact (J-MSG); a WhatsApp number offered beside a call is not.
TEST_F(ChecksTest, AMessengerGroupOrWriteMeOnAMessengerRaisesJMsg) {
  for (const std::string text : {
           "Scan the code → Telegram group → your mentor explains. Earn 200 € a day.",
           "Zeskanuj kod → kanał na Telegramie → opiekunka wszystko wytłumaczy.",
           "Niente agenzia. Scrivimi su WhatsApp",
           "Nu-s firmă. Lasă-mi numărul pe WhatsApp",
           "Geen bureau. Stuur me een appje",
       }) {
    const Assessment a = Job(text);
    EXPECT_NE(FindFlag(a, "J-MSG"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  for (const std::string text : {
           "Warehouse staff, Acme Ltd, call or WhatsApp 07700 900118.",
           "Scan the code to read the company's job page. Call 020 7946 0000.",
       }) {
    EXPECT_EQ(FindFlag(Job(text), "J-MSG"), nullptr) << text;
  }
}

// flag26: "never fake" and photos said to be 100% the person's own vouch for the ad (S-TRUST), in
// every language and for every pronoun; a photo count or a price with a percent does not.
TEST_F(ChecksTest, NeverFakeOrPhotosAHundredPercentTheirsRaisesSTrust) {
  for (const std::string text : {
           "Sweet Amy, never a fake, call me.",
           "Pics 100% hers, see you soon.",
           "Die Bilder sind 100 % sie, ruf an.",
           "Photos à 100 % eux, appelez.",
           "Nooit nep, bel me.",
           "Pozele sunt 100% ale lui, sună.",
           "Никога фейк, обади се.",
           "Fotos 100% ellos, llama ya.",
           "Foto al 100% lui, chiamami.",
           "Zdjęcia w 100% jego, dzwoń.",
           "Фото на 100% его, звони.",
           "Фото на 100% її, дзвони.",
       }) {
    const Assessment a = Adult(text);
    EXPECT_NE(FindFlag(a, "S-TRUST"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  for (const std::string text : {
           "Photos: 12 new pics, 100% of the booking as deposit.",
           "Never rushed, call me.",
       }) {
    EXPECT_EQ(FindFlag(Adult(text), "S-TRUST"), nullptr) << text;
  }
}

// flag26: the person brought to the client and picked up afterwards by others is delivery logistics
// (S-DRIVER) even with no word for a driver; travelling alone or a pick-up alone is not.
TEST_F(ChecksTest, BroughtToTheClientAndCollectedAfterRaisesSDriver) {
  for (const std::string text : {
           "Incall not possible: I am driven to your flat and picked up an hour later.",
           "Ich werde zu dir gefahren und später abgeholt.",
           "On me dépose chez toi et on passe me récupérer ensuite.",
           "Ik word bij je thuis afgezet en later opgehaald.",
           "Vin doar la domiciliu: mă aduc la tine și mă iau înapoi.",
           "Карат ме до адреса ти и ме прибират после.",
           "Me traen a tu piso y me recogen luego.",
           "Mi accompagnano a casa tua e poi vengono a riprendere.",
           "Zawożą mnie pod twój adres, potem odbierają.",
           "Меня отвозят к тебе домой, потом забирают.",
           "Мене відвозять до тебе додому, потім забирають.",
       }) {
    const Assessment a = Adult(text);
    EXPECT_NE(FindFlag(a, "S-DRIVER"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  for (const std::string text : {
           "I drive myself to your hotel, discreet parking.",
           "Parcels collected on Mondays.",
       }) {
    EXPECT_EQ(FindFlag(Adult(text), "S-DRIVER"), nullptr) << text;
  }
}

// flag26: photos said to be taken off the web (A-STOCK), and a face covered several words after
// the word for face, in one clause.
TEST_F(ChecksTest, PhotosOffTheWebOrAFaceCoveredFurtherOnRaiseAStock) {
  for (const std::string text : {
           "My pics were grabbed off the net, I look alike.",
           "Les photos viennent du web.",
           "Le foto le ho prese dal web.",
           "Zdjęcia mam z sieci.",
           "Mein Gesicht ist auf allen meinen Fotos immer verdeckt.",
           "Лицо на всех моих фото всегда закрыто.",
       }) {
    const Assessment a = Adult(text);
    EXPECT_NE(FindFlag(a, "A-STOCK"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  EXPECT_EQ(
      FindFlag(Adult("Book on the web, my face is lovely. Everything else hidden."), "A-STOCK"),
      nullptr);
}

// flag26: a lower-secondary school grade, finished or attended, puts the person at 12 to 16
// (S-YOUTH), in every language; a grade of a hotel or a year count does not.
TEST_F(ChecksTest, ALowerSecondarySchoolGradeRaisesSYouth) {
  for (const std::string text : {
           "New on the page: Tia, just left Year 11, free after lunch.",
           "Lina, gerade in der 8. Klasse, schreib mir.",
           "Zoé, en 4e, disponible le mercredi.",
           "Sanne zit in de tweede klas, app haar.",
           "Ana e în clasa a șaptea, scrie-i.",
           "Деси е в осми клас, пишете ѝ.",
           "Lucía está en 3º de la ESO, escribe.",
           "Giulia fa la terza media, scrivile.",
           "Ola chodzi do ósmej klasy, piszcie.",
           "Даша учится в восьмом классе, пишите.",
           "Оля вчиться у восьмому класі, пишіть.",
       }) {
    const Assessment a = Adult(text);
    EXPECT_NE(FindFlag(a, "S-YOUTH"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  for (const std::string text : {
           "Five-star hotel, 10 years of experience, grade A service.",
           "Visiting in year 2027, first class lounge.",
       }) {
    EXPECT_EQ(FindFlag(Adult(text), "S-YOUTH"), nullptr) << text;
  }
}

// flag26: a go-between who arranges or organises things for the person is a third party (S-3P),
// in every language; arranging one's own diary is not.
TEST_F(ChecksTest, AGoBetweenWhoArrangesThingsForThePersonRaisesS3p) {
  for (const std::string text : {
           "Dora is new. Her manager organises the visits, text him.",
           "Managerul se ocupă de programul ei.",
           "Koleżanka wszystko załatwia, dzwońcie.",
           "Менеджер всё организует, звоните.",
           "Усе влаштовує адміністратор, дзвоніть.",
       }) {
    const Assessment a = Adult(text);
    EXPECT_NE(FindFlag(a, "S-3P"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  EXPECT_EQ(FindFlag(Adult("I organise my own diary, discreet and relaxed."), "S-3P"), nullptr);
}

// flag27: a client's review with its score is written about the person by someone else (S-3P),
// in every language; a review asked for, without a score, is not.
TEST_F(ChecksTest, AClientsReviewWithItsScoreRaisesS3p) {
  for (const std::string text : {
           "Review: Mia, Bristol incall, 3/5. Quiet, nice flat.",
           "Bewertung: Jana, Wien, 4/5 Sterne, freundlich.",
           "Compte-rendu : Lou, Nantes, 1/5, décevant.",
           "Review: Sara uit Breda, 7/10, prima.",
           "Părere: Ioana, Brașov, 3/5, ok.",
           "Ревю: Ани, Бургас, 2/5, нищо особено.",
           "Opinión: Laura en Bilbao, 4/5, muy maja.",
           "Opinione: Sara, Genova, 3/5, gentile.",
           "Recenzja: Ola z Poznania, 5/5, polecam.",
           "Отзыв: Катя, Самара, 2/5, так себе.",
           "Відгук: Оля, Харків, 3/5, нормально.",
       }) {
    const Assessment a = Adult(text);
    EXPECT_NE(FindFlag(a, "S-3P"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  EXPECT_EQ(FindFlag(Adult("Review my profile: new photos, call me."), "S-3P"), nullptr);
}

// flag27: a message from a manager, and an assistant or booker who keeps the person's diary, are a
// third party's voice (S-3P), in every language; keeping one's own diary is not.
TEST_F(ChecksTest, AMessageFromAManagerOrAnAssistantWhoKeepsTheDiaryRaisesS3p) {
  for (const std::string text : {
           "Update from the manager: Nina is free tonight.",
           "Neuigkeiten vom Manager: Nina ist heute frei.",
           "Info du gérant : Nina est libre ce soir.",
           "Bericht van de beheerder: Nina is vrij vanavond.",
           "Anunț de la managerul clubului: Nina e liberă.",
           "Новини от администратора: Нина е свободна.",
           "Aviso del encargado: Nina libre esta noche.",
           "Avviso dal gestore: Nina è libera stasera.",
           "Info od managera: Nina wolna dziś.",
           "Новость от администратора: Нина свободна.",
           "Новина від адміністратора: Ніна вільна.",
           "Texts go to the PA, who runs her schedule.",
           "Termine über meine Assistentin, die den Terminkalender führt.",
           "Ma secrétaire tient mon agenda, écris-lui.",
           "Mijn secretaresse beheert mijn agenda.",
           "Pisz do pomocnicy, która prowadzi jej grafik.",
           "Звони помощнику, он ведёт её расписание.",
       }) {
    const Assessment a = Adult(text);
    EXPECT_NE(FindFlag(a, "S-3P"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  for (const std::string text : {
           "I keep my own diary, text me.",
           "Away from the city centre, discreet flat.",
       }) {
    EXPECT_EQ(FindFlag(Adult(text), "S-3P"), nullptr) << text;
  }
}

// flag27: an ad that says nobody is behind the person and names the person's own booker or
// assistant contradicts itself (S-DISCREP, check ages-disagree), in every language; either alone
// does not.
TEST_F(ChecksTest, NobodyBehindThePersonBesideTheirOwnBookerRaisesSDiscrep) {
  for (const std::string text : {
           "No one stands behind me. Bookings: my assistant, 07700 900321.",
           "Hinter mir steht niemand. Anfragen an meine Sekretärin.",
           "Personne derrière moi. Écris à mon assistant.",
           "Niemand staat achter mij. Bel mijn secretaresse.",
           "Nimeni nu e în spatele meu. Scrie secretarei mele.",
           "Зад мен не стои никой. Пиши на секретарката ми.",
           "Nadie detrás de mí. Escribe a mi secretaria.",
           "Nessuno dietro di me. Scrivi alla mia segretaria.",
           "Nikt nie stoi za mną. Pisz do mojej sekretarki.",
           "Никто не стоит за мной. Пиши моему ассистенту.",
           "Ніхто не стоїть за мною. Пиши моєму асистенту.",
       }) {
    const Assessment a = Adult(text);
    const RaisedFlag* flag = FindFlag(a, "S-DISCREP");
    ASSERT_NE(flag, nullptr) << text << " " << ::testing::PrintToString(testing::FlagIds(a));
    EXPECT_EQ(flag->spans.size(), 2u) << text;
  }
  for (const std::string text : {
           "Nobody behind me, I answer every text myself.",
           "My assistant answers the phone.",
       }) {
    EXPECT_EQ(FindFlag(Adult(text), "S-DISCREP"), nullptr) << text;
  }
}

// flag27: an age said with "only" or "just" in the first person is an age, so a header that gives
// another six or more years apart is S-DISCREP; a close one is not.
TEST_F(ChecksTest, AnAgeSaidAsOnlyInTheFirstPersonIsReadAgainstTheStatedAge) {
  for (const std::string text : {
           "Age: 31 | I am barely 20, sweet and shy.",
           "Alter: 30 | Ich bin nur 22, komm vorbei.",
           "Leeftijd: 29 | Ik ben maar 21, bel me.",
           "Възраст: 30 | Едва на 20 съм, звънни.",
           "Возраст: 32 | Мне ещё 21, звони.",
           "Вік: 31 | Мені тільки 20, дзвони.",
       }) {
    const Assessment a = Adult(text);
    EXPECT_NE(FindFlag(a, "S-DISCREP"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  EXPECT_EQ(FindFlag(Adult("Age: 22 | I'm only 20, call me."), "S-DISCREP"), nullptr);
}

// flag27: a client's review saying someone brought the person and waited in the car is delivery
// logistics (S-DRIVER), in every language and for every pronoun; waiting in a car alone is not.
TEST_F(ChecksTest, SomeoneWhoBroughtThePersonAndWaitedInTheCarRaisesSDriver) {
  for (const std::string text : {
           "Some guy dropped him off and waited in his car the whole time.",
           "Ein Typ setzte ihn vor der Tür ab und wartete die ganze Zeit im Auto.",
           "Quelqu'un l'a laissé en bas et attendait dans sa voiture.",
           "Iemand zette hem af en wachtte buiten in de auto.",
           "Un șofer a lăsat-o la bloc și aștepta în mașină.",
           "Някой го остави и чакаше в колата отпред.",
           "Un tipo lo dejó en la puerta y esperaba en el coche.",
           "Un tipo l'ha lasciato sotto casa e aspettava in macchina.",
           "Ktoś go podrzucił i czekał w samochodzie pod blokiem.",
           "Кто-то его подвёз и ждал в машине у дома.",
           "Хтось його підвіз і чекав в авто біля під'їзду.",
       }) {
    const Assessment a = Adult(text);
    EXPECT_NE(FindFlag(a, "S-DRIVER"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  for (const std::string text : {
           "He waited in the car for his friend.",
           "She dropped him off at the station.",
       }) {
    EXPECT_EQ(FindFlag(Adult(text), "S-DRIVER"), nullptr) << text;
  }
}

// flag27: photos said to be all over the internet, and a face kept private or faces blurred
// (plurals), raise A-STOCK, which never scores alone; a private flat beside a face does not.
TEST_F(ChecksTest, PhotosAllOverTheInternetOrAFaceKeptPrivateRaiseAStock) {
  for (const std::string text : {
           "His pictures are everywhere on the web, be warned.",
           "Die gleichen Fotos findest du überall im Internet.",
           "Les mêmes photos traînent partout sur le net.",
           "Zijn foto's staan overal op het internet.",
           "Aceleași poze le găsești peste tot pe net.",
           "Същите снимки ги има навсякъде из мрежата.",
           "Los mismos están por todo internet.",
           "Le stesse foto girano ovunque in rete.",
           "Te same zdjęcia są po całym internecie.",
           "Такие же фото везде в сети.",
           "Такі самі фото скрізь в мережі.",
           "Das Gesicht bleibt auf den Bildern immer privat.",
           "Le visage reste privé, merci.",
           "Fețele sunt ascunse în galerie.",
           "Caras tapadas en todas las fotos.",
           "I volti restano privati.",
           "Twarze zostają prywatne.",
           "Обличчя залишається приватним.",
       }) {
    const Assessment a = Adult(text);
    EXPECT_NE(FindFlag(a, "A-STOCK"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
    EXPECT_EQ(a.score.score, 0) << text;
  }
  EXPECT_EQ(FindFlag(Adult("Hübsches Gesicht, die Wohnung ist privat."), "A-STOCK"), nullptr);
}

// flag27: said to look far too young, or a child's things (dental braces, a school bag), raise
// S-YOUTH in every language, for every pronoun; looking young for one's age does not.
TEST_F(ChecksTest, LookingFarTooYoungOrAChildsThingsRaiseSYouth) {
  for (const std::string text : {
           "Honestly he looked much too young, I left.",
           "Er wirkte echt zu jung, bin gegangen.",
           "Il avait l'air trop jeune, je suis parti.",
           "Hij leek echt te jong, ik ben weggegaan.",
           "Părea mult prea tânăr, am plecat.",
           "Изглеждаше твърде млад, тръгнах си.",
           "Aparentaba demasiado joven, me fui.",
           "Dimostrava troppo giovane, sono andato via.",
           "Wyglądał za młodo, wyszedłem.",
           "Выглядел совсем юным, я ушёл.",
           "Виглядав занадто молодим, я пішов.",
           "He had braces on his teeth.",
           "Eine Schultasche lag im Flur.",
           "Un sac d'école dans l'entrée.",
           "Een schooltas in de gang.",
           "Un ghiozdan pe hol.",
           "Ученическа раница в коридора.",
           "Una mochila escolar en el pasillo.",
           "Uno zaino scolastico nel corridoio.",
           "Tornister w przedpokoju.",
           "Школьный портфель в коридоре.",
           "Шкільна сумка в коридорі.",
       }) {
    const Assessment a = Adult(text);
    EXPECT_NE(FindFlag(a, "S-YOUTH"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  EXPECT_EQ(FindFlag(Adult("Looks young for 35, mature and relaxed."), "S-YOUTH"), nullptr);
}

// flag27: nothing refused (any person and tense), condoms optional, everything on the menu, any
// hour of every day raise S-NOREFUSE in every language; condoms always does not.
TEST_F(ChecksTest, NothingRefusedCondomsOptionalOrEverythingOnTheMenuRaiseSNorefuse) {
  for (const std::string text : {
           "He never refused anything we asked.",
           "Er lehnte nichts ab.",
           "Il ne refuse rien.",
           "Hij weigert niets.",
           "Nu refuză nimic.",
           "Не отказва нищо.",
           "No se niega a nada.",
           "Non rifiuta niente.",
           "Nie odmówił niczego.",
           "Ничего не отказывал.",
           "Нічого не відмовляв.",
           "Protection optional.",
           "Kondom optional.",
           "Capote facultative.",
           "Condoom optioneel.",
           "Prezervativul opțional.",
           "Презерватив по избор.",
           "Preservativo opcional.",
           "Preservativo facoltativo.",
           "Prezerwatywa do wyboru.",
           "Резинка на выбор.",
           "Гумка на вибір.",
           "All on the menu tonight.",
           "Wszystko w menu.",
           "Все есть в меню.",
       }) {
    const Assessment a = Adult(text);
    EXPECT_NE(FindFlag(a, "S-NOREFUSE"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  EXPECT_EQ(FindFlag(Adult("Condoms always, menu on request."), "S-NOREFUSE"), nullptr);
}

// flag27: photos checked by us and guaranteed genuine vouch for the ad (S-TRUST, never scored);
// guaranteed discretion does not.
TEST_F(ChecksTest, PhotosCheckedByUsOrGuaranteedGenuineRaiseSTrust) {
  for (const std::string text : {
           "All pics are verified, guaranteed authentic.",
           "Alle Bilder von uns verifiziert.",
           "Toutes les photos vérifiées.",
           "Alle foto's gecontroleerd.",
           "Toate pozele verificate.",
           "Всички снимки са проверени.",
           "Todas las fotos verificadas.",
           "Tutte le foto verificate.",
           "Wszystkie zdjęcia sprawdzone.",
           "Все фото проверены.",
           "Усі фото перевірені.",
       }) {
    const Assessment a = Adult(text);
    EXPECT_NE(FindFlag(a, "S-TRUST"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
    EXPECT_EQ(a.score.score, 0) << text;
  }
  EXPECT_EQ(FindFlag(Adult("Guaranteed discretion, checked in at the hotel."), "S-TRUST"), nullptr);
}

// flag27: asking the client's name and occupation, a full name or a work e-mail is screening
// (S-SCREEN), a safety practice that never scores (rule R4).
TEST_F(ChecksTest, TheClientsNameAndOccupationOrAWorkEmailIsScreeningNeverScored) {
  for (const std::string text : {
           "Send your name and occupation first.",
           "Name und Job bitte vorab.",
           "Ton nom et ta profession avant.",
           "Stuur je naam en beroep vooraf.",
           "Nume complet, te rog.",
           "Пълно име, моля.",
           "Nombre completo, por favor.",
           "Nome e professione, grazie.",
           "Imię i czym się zajmujesz, proszę.",
           "Имя и чем занимаешься, пожалуйста.",
           "Ім'я і чим займаєшся, будь ласка.",
       }) {
    const Assessment a = Adult(text);
    EXPECT_NE(FindFlag(a, "S-SCREEN"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
    EXPECT_EQ(a.score.score, 0) << text;
  }
}

// flag27: words that only looked like the indicators: a reviewer's "honestly" is no S-TRUST, a
// Ukrainian "48 годин" (hours) is no age for S-DISCREP, where an adult went to school is no
// S-YOUTH, photos taken this week on a balcony and the next booking are no touring (S-MOVE);
// the words they were written for still are.
TEST_F(ChecksTest, WordsThatOnlyLookLikeAnIndicatorRaiseNothing) {
  const std::vector<std::pair<std::string, std::string>> none = {
      {"Ehrlich gesagt war es ok.", "S-TRUST"},
      {"Eerlijk gezegd viel het tegen.", "S-TRUST"},
      {"Мені 25 років. Бронювання за 48 годин.", "S-DISCREP"},
      {"Виросла у Львові, там і закінчила школу, мені 30 років.", "S-YOUTH"},
      {"Toutes mes photos ont été prises cette semaine sur mon balcon.", "S-MOVE"},
      {"Todas mis fotos son de esta semana en mi terraza.", "S-MOVE"},
      {"De chauffeur brengt haar daarna naar de volgende afspraak.", "S-MOVE"},
  };
  for (const auto& [text, id] : none) {
    EXPECT_EQ(FindFlag(Adult(text), id), nullptr) << text;
  }
  const std::vector<std::pair<std::string, std::string>> some = {
      {"Ich bin 100 % ehrlich.", "S-TRUST"},
      {"Betrouwbaar en eerlijk.", "S-TRUST"},
      {"Мені 22 роки. Вік: 29 років.", "S-DISCREP"},
      {"Щойно закінчила школу, пишіть.", "S-YOUTH"},
      {"Cette semaine à Lyon, appelle-moi.", "S-MOVE"},
      {"Esta semana en Madrid, llámame.", "S-MOVE"},
      {"Dit weekend in Gent, daarna door naar Brugge.", "S-MOVE"},
      {"Only in town this week, text me.", "S-MOVE"},
  };
  for (const auto& [text, id] : some) {
    const Assessment a = Adult(text);
    EXPECT_NE(FindFlag(a, id), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
}

// flag27: a split number right after "via" (read as an Italian street by the employer list) and a
// number whose groups stand further apart are still obscured contact (S-OBSC); a plain number
// after "via" is not.
TEST_F(ChecksTest, ASplitNumberAfterViaOrWithWideGapsIsObscured) {
  for (const std::string text : {
           "Afspraak via mij op 0 6 . 0 0 . 0 0 . 0 0 . 0 0, noem je naam.",
           "Bookings via me on 0 7 7 0 0 . 9 0 0 . 1 2 3",
           "Text o7-7oo-9oo ... 4 5 6 tonight.",
           "Ruf an: 0 1 7 0 ... 0 0 0 ... 0 0 0 0",
       }) {
    const Assessment a = Adult(text);
    EXPECT_NE(FindFlag(a, "S-OBSC"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  EXPECT_EQ(FindFlag(Adult("Bookings via WhatsApp on 07700 900123."), "S-OBSC"), nullptr);
}

// flag27: heights in Cyrillic centimetres are read ("157 см": a \b after a Cyrillic letter never
// matched), a face under a sticker is hidden (A-STOCK, never scored alone), a Dutch driver who "zet
// ze af" drops the person off (S-DRIVER), "just landed, only here a few days" is touring (S-MOVE,
// never scored), and asking the client's details before confirming is screening (S-SCREEN).
TEST_F(ChecksTest, CyrillicHeightsStickersDropOffsLandingsAndConfirmationsAreRead) {
  const std::vector<std::pair<std::string, std::string>> some = {
      {"Миниатюрная, 157 см. В другой анкете: высокая, 181 см.", "S-DISCREP"},
      {"Дребничка, 155 см, а в профила: 178 см.", "S-DISCREP"},
      {"Her face is hidden under a sticker in every pic.", "A-STOCK"},
      {"Twarz zawsze pod naklejką na zdjęciach.", "A-STOCK"},
      {"Onze chauffeur zet hem binnen het uur bij je af.", "S-DRIVER"},
      {"Just flew in, only here for three nights.", "S-MOVE"},
      {"Je viens d'atterrir, que quelques jours ici.", "S-MOVE"},
      {"Before I confirm, I'll ask for your name.", "S-SCREEN"},
      {"Vor jeder Zusage frage ich nach deinem Namen.", "S-SCREEN"},
      {"Antes de confirmar te pido el nombre.", "S-SCREEN"},
      {"Перш ніж підтвердити, спитаю ім'я.", "S-SCREEN"},
  };
  for (const auto& [text, id] : some) {
    const Assessment a = Adult(text);
    EXPECT_NE(FindFlag(a, id), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
    if (id == "S-MOVE" || id == "S-SCREEN" || id == "A-STOCK") {
      EXPECT_EQ(a.score.score, 0) << text;
    }
  }
  const std::vector<std::pair<std::string, std::string>> none = {
      {"Рост 162 см, вес 52 кг.", "S-DISCREP"},
      {"Stickers and emoji welcome in chat, pretty face.", "A-STOCK"},
      {"Before you ask: no, I don't do doubles.", "S-SCREEN"},
  };
  for (const auto& [text, id] : none) {
    EXPECT_EQ(FindFlag(Adult(text), id), nullptr) << text;
  }
}

// flag27: what a client's review says in other words: a guess or an admission that puts the person
// at 12 to 17 (S-YOUTH), did whatever was asked or could not say no (S-NOREFUSE), brought and
// picked up again by someone (S-DRIVER), in every language and for every pronoun; a stated adult
// age, an own choice and a lift alone do not.
TEST_F(ChecksTest, AReviewsOtherWordsForYouthNoRefusalAndDeliveryAreRead) {
  const std::vector<std::pair<std::string, std::string>> some = {
      {"Honestly he looked about 16.", "S-YOUTH"},
      {"She let slip she was only 15.", "S-YOUTH"},
      {"Sie sah aus wie höchstens 16.", "S-YOUTH"},
      {"Elle faisait à peine 15 ans.", "S-YOUTH"},
      {"Hij leek hooguit 16.", "S-YOUTH"},
      {"Arăta de maxim 16 ani.", "S-YOUTH"},
      {"Изглеждаше на 15.", "S-YOUTH"},
      {"Aparentaba unos 15.", "S-YOUTH"},
      {"Dimostrava forse 16 anni.", "S-YOUTH"},
      {"Wyglądała na jakieś 15.", "S-YOUTH"},
      {"На вид ей лет 15.", "S-YOUTH"},
      {"На вигляд їй 16.", "S-YOUTH"},
      {"He did whatever I asked, couldn't say no.", "S-NOREFUSE"},
      {"Hat alles gemacht, was ich wollte.", "S-NOREFUSE"},
      {"Il a fait tout ce que je voulais.", "S-NOREFUSE"},
      {"Ze kon geen nee zeggen.", "S-NOREFUSE"},
      {"Hizo todo lo que le pedí.", "S-NOREFUSE"},
      {"Не могла отказать ни в чём.", "S-NOREFUSE"},
      {"A guy dropped him off and picked him up again after the hour.", "S-DRIVER"},
      {"Ein Typ hat sie gebracht und holte sie nach einer Stunde wieder ab.", "S-DRIVER"},
      {"Un tipo la dejó y la recogió una hora después.", "S-DRIVER"},
      {"Какой-то мужик её привёз, а потом забрал её через час.", "S-DRIVER"},
  };
  for (const auto& [text, id] : some) {
    const Assessment a = Adult(text);
    EXPECT_NE(FindFlag(a, id), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  const std::vector<std::pair<std::string, std::string>> none = {
      {"Looks 25, is 31, lovely and mature.", "S-YOUTH"},
      {"I say no to rough clients, always.", "S-NOREFUSE"},
      {"My friend picked me up after, we went for dinner.", "S-DRIVER"},
  };
  for (const auto& [text, id] : none) {
    EXPECT_EQ(FindFlag(Adult(text), id), nullptr) << text;
  }
}

// The lead, session 30 (blind15's crane operators abroad, in every language): housing the worker
// finds and pays for is no housing from the employer, whatever housing nouns the ad uses; housing
// offered with the job still is.
TEST_F(ChecksTest, HousingTheWorkerArrangesIsNoJAccom) {
  for (const std::string text : {
           "Welders for a yard in Norway, NOK 315 an hour. You arrange your own housing.",
           "Schweißer für Norwegen gesucht. Die Unterkunft ist selbst zu organisieren: Unterkunft "
           "bitte selbst suchen.",
           "Soudeurs pour la Norvège, 315 NOK de l'heure. Le logement est à votre charge.",
           "Lassers voor Noorwegen, 315 NOK per uur. Huisvesting regel je zelf.",
           "Sudori în Norvegia, 315 NOK pe oră. Locuința v-o găsiți singuri.",
           "Заварчици за Норвегия, 315 NOK на час. Жилището си търсите сами.",
           "Soldadores para Noruega, 315 NOK la hora. El alojamiento corre de tu cuenta.",
           "Saldatori per la Norvegia, 315 NOK l'ora. L'alloggio è a carico vostro.",
           "Spawacze do Norwegii, 315 NOK za godzinę. Mieszkanie we własnym zakresie.",
           "Сварщики в Норвегию, 315 NOK в час. Жильё ищете сами.",
           "Зварювальники до Норвегії, 315 NOK на годину. Житло шукаєте самі.",
       }) {
    EXPECT_EQ(FindFlag(Job(text), "J-ACCOM"), nullptr) << text;
  }
  for (const std::string text : {
           "Welders for a yard in Norway, NOK 315 an hour. Housing provided by the company.",
           "Soudeurs pour la Norvège, 315 NOK de l'heure. Logement fourni par l'entreprise.",
           "Сварщики в Норвегию, 315 NOK в час. Жильё предоставляется бесплатно.",
       }) {
    EXPECT_NE(FindFlag(Job(text), "J-ACCOM"), nullptr) << text;
  }
}

// The lead, session 30: Spanish "corre" is urgency as a call ("¡corre!", "corre, que se acaban"),
// not in "el alojamiento corre de tu cuenta" (the worker pays for it).
TEST_F(ChecksTest, SpanishCorreIsUrgentOnlyAsACall) {
  EXPECT_EQ(FindFlag(Job("Soldadores para Noruega, contrato firmado antes de viajar. El "
                         "alojamiento corre de tu cuenta. Llama al +47 00 00 00 00."),
                     "J-URGENT"),
            nullptr);
  EXPECT_NE(FindFlag(Job("Recolectores para Huelva, 60 euros al día. ¡Corre, que se acaban las "
                         "plazas! Escribe hoy al +34 600 000 000."),
                     "J-URGENT"),
            nullptr);
}

// The lead, session 30 (blind15's nl-v4, a safety variant): "een referentie van een collega" asked
// of new clients is screening, and "mijn foto's. Nieuwe klanten" is no "our new ones" across a
// full stop: S-3P must not come from the person's own safety practices (rule R4).
TEST_F(ChecksTest, ScreeningWordsAfterMyPhotosAreNoThirdParty) {
  const std::string text =
      "Echt ik, geen nepfoto's. Gezicht bedekt op mijn foto's. Nieuwe klanten: voornaam en een "
      "referentie van een collega vooraf. Altijd met condoom.";
  EXPECT_EQ(FindFlag(Adult(text), "S-3P"), nullptr)
      << ::testing::PrintToString(testing::FlagIds(Adult(text)));
  EXPECT_NE(FindFlag(Adult("Onze nieuwe modellen wachten op je in Den Haag."), "S-3P"), nullptr);
}

// flag27: photos said to be on other sites or profiles are used elsewhere (A-STOCK, never scored
// alone), in every language; being on other sites without photos is not.
TEST_F(ChecksTest, PhotosOnOtherSitesOrProfilesRaiseAStock) {
  for (const std::string text : {
           "Found the same pics on other sites under another name.",
           "Die Fotos gibt es auf anderen Seiten.",
           "Les mêmes sur d'autres sites.",
           "Die foto's staan op andere sites.",
           "Aceleași poze pe alte site-uri.",
           "Снимките са на други сайтове.",
           "Las mismas fotos en otras webs.",
           "Le stesse foto su altri siti.",
           "Te same zdjęcia na innych stronach.",
           "Эти фото на других сайтах.",
           "Ці фото на інших сайтах.",
       }) {
    const Assessment a = Adult(text);
    EXPECT_NE(FindFlag(a, "A-STOCK"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
    EXPECT_EQ(a.score.score, 0) << text;
  }
  EXPECT_EQ(FindFlag(Adult("Also on other sites, verified everywhere."), "A-STOCK"), nullptr);
}

// The lead, session 30 (blind15's fr-b3): a start "dès réception de l'extrait de casier
// judiciaire" waits for the criminal-record check, as "dès réception du casier judiciaire" does:
// the employer's need, no pressure on the applicant (J-URGENT's unless).
TEST_F(ChecksTest, AStartAfterTheCriminalRecordExtractIsNoJUrgent) {
  const std::string text =
      "Urgent – la commune recrute des agents de restauration scolaire. Rémunération selon la "
      "grille indiciaire. Entretiens cette semaine ; prise de poste dès réception de l'extrait de "
      "casier judiciaire. Candidature sur commune.example/recrutement ou au 04 00 00 00 00.";
  EXPECT_EQ(FindFlag(Job(text), "J-URGENT"), nullptr)
      << ::testing::PrintToString(testing::FlagIds(Job(text)));
}

// flag29 (session 31): readings written from the definitions, each a general concept in all 11
// languages; the texts are worded anew, not blind15's.

// An agency said to have no name or only claimed is an unnamed intermediary (J-UNLIC, and J-EMPL
// reads the nameless agency even without a contact); so is a poster who places people in the
// first person and names no firm. A placer who names a registered firm is not.
TEST_F(ChecksTest, ANamelessOrClaimedAgencyOrAFirstPersonPlacerRaisesJUnlic) {
  for (const std::string text : {
           "My cousin got this from a man who claims to work for an agency. Cleaning in Oslo.",
           "Eine Agentur ohne Namen sucht Reinigungskräfte für Hotels in Wien.",
           "Una agencia sin nombre busca personal para hoteles en Viena.",
           "I have been placing carers with families abroad for ten years. 07700 900412",
           "От години намирам работа за хора от селото. 0888 000 000",
           "Da anni trovo posti per persone del paese. 333 000 0000",
       }) {
    const Assessment a = Job(text);
    EXPECT_NE(FindFlag(a, "J-UNLIC"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  EXPECT_NE(FindFlag(Job("An agency with no name offered her laundry work in Austria."), "J-EMPL"),
            nullptr);
  for (const std::string text : {
           "I have been placing carers for Brightwell Care Ltd (Co. No. 00000000) for years.",
           "Horizon Staffing is a licensed agency and gives its name on every payslip.",
       }) {
    EXPECT_EQ(FindFlag(Job(text), "J-UNLIC"), nullptr) << text;
  }
}

// All of the pay in one go only when the worker goes home is pay withheld (J-PAYLATER); pay every
// week and a flight home booked by the employer are not.
TEST_F(ChecksTest, TheWholeSumPaidInOneGoOnGoingHomeRaisesJPaylater) {
  for (const std::string text : {
           "You get the whole sum in one go when you fly home after the season. 07700 900412",
           "Den vollen Lohn gibt es auf einmal bei der Heimreise. 0151 0000000",
           "Всю зарплату отдадим сразу, когда поедешь домой. 8 999 000-00-00",
       }) {
    const Assessment a = Job(text);
    EXPECT_NE(FindFlag(a, "J-PAYLATER"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  EXPECT_EQ(FindFlag(Job("Wages are paid every Friday and we book your flight when you go home. "
                         "Acme Ltd, acme.example"),
                     "J-PAYLATER"),
            nullptr);
}

// An answer asked within minutes, an offer held for hours only and a place threatened to go to
// someone else press the applicant to decide at once (J-URGENT); the employer's own reply time
// and part-time hours do not.
TEST_F(ChecksTest, AnAnswerWithinMinutesOrAnOfferHeldForHoursOrAPlaceLostRaisesJUrgent) {
  for (const std::string text : {
           "Please confirm within 20 minutes. 07700 900412",
           "Bitte innerhalb von 15 Minuten Bescheid geben. 0151 0000000",
           "Propozycja jest ważna tylko 12 godzin. Tel 500 000 000",
           "Say yes today or the spot goes to someone else. 07700 900412",
           "Иначе место уйдёт другому кандидату. 8 999 000-00-00",
           "Si no contestas, la plaza se cierra. 600 000 000",
       }) {
    const Assessment a = Job(text);
    EXPECT_NE(FindFlag(a, "J-URGENT"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  for (const std::string text : {
           "We reply within 30 minutes during office hours. Acme Ltd, acme.example",
           "Wir antworten innerhalb von 30 Minuten. Acme GmbH, acme.example",
           "We offer only 20 hours a week, part-time. Acme Ltd, acme.example",
       }) {
    EXPECT_EQ(FindFlag(Job(text), "J-URGENT"), nullptr) << text;
  }
}

// The recruiter moving the talk to a messenger is J-MSG's second half; an employer who explains
// the rota at the interview moves nothing to a messenger.
TEST_F(ChecksTest, MovingTheTalkToAMessengerRaisesJMsg) {
  for (const std::string text : {
           "Hi, it's Tom. I'll explain on WhatsApp, add me there.",
           "Vă explic pe Telegram, scrieți-mi acolo.",
           "Моя помощница добавит вас в чат в Telegram.",
       }) {
    const Assessment a = Job(text);
    EXPECT_NE(FindFlag(a, "J-MSG"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  EXPECT_EQ(FindFlag(Job("Acme Ltd (acme.example): I'll explain the rota at the interview, add "
                         "me on LinkedIn or call 01632 960000."),
                     "J-MSG"),
            nullptr);
}

// The recruiter driving the workers there in person is travel arranged by the recruiter (J-TRANS);
// a worker who drives themselves is not.
TEST_F(ChecksTest, TheRecruiterDrivingTheWorkersThereInPersonRaisesJTrans) {
  for (const std::string text : {
           "Er fährt euch persönlich zur Baustelle. 0151 0000000",
           "Il vous conduit lui-même à l'usine. 06 00 00 00 00",
           "Сам вас довезёт до завода. 8 999 000-00-00",
       }) {
    const Assessment a = Job(text);
    EXPECT_NE(FindFlag(a, "J-TRANS"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  EXPECT_EQ(FindFlag(Job("You drive yourself to the site; parking is free. Acme Ltd, acme.example"),
                     "J-TRANS"),
            nullptr);
}

// A public pay regulation or a grade on a scale is pay stated (the lead's session-29 ruling), so
// no J-VAGUE; an ad with no pay at all still raises it.
TEST_F(ChecksTest, APayRegulationOrAGradeOnAScaleIsPayStated) {
  for (const std::string text : {
           "School kitchen assistants, pay on the council scale, grade 3. Call 01632 960177",
           "Wynagrodzenie według regulaminu wynagradzania. Tel. 81 000 00 00",
           "Оплата по положению об оплате труда. Тел. 8 4822 00-00-00",
       }) {
    EXPECT_EQ(FindFlag(Job(text), "J-VAGUE"), nullptr) << text;
  }
  EXPECT_NE(FindFlag(Job("School kitchen assistants wanted. Call 01632 960177"), "J-VAGUE"),
            nullptr);
}

// A registration fee paid on arrival, or handed over in cash, is the worker's payment (J-FEE), not
// papers left for later (J-LATER); registration done on arrival is.
TEST_F(ChecksTest, ARegistrationFeePaidOnArrivalIsNoJLater) {
  for (const std::string text : {
           "Plus €150 inschrijving die je bij aankomst contant aan mij geeft. 06 00000000",
           "Más 150 € de inscripción que me dais en mano al llegar. 600 000 000",
       }) {
    EXPECT_EQ(FindFlag(Job(text), "J-LATER"), nullptr) << text;
  }
  EXPECT_NE(FindFlag(Job("De inschrijving regelen we bij aankomst. 06 00000000"), "J-LATER"),
            nullptr);
}

// "via" before a phone number is no Italian street: the number stays a phone (J-PHONEONLY), while
// a real street number still names a traceable employer.
TEST_F(ChecksTest, ViaBeforeAPhoneNumberIsNoStreetAddress) {
  EXPECT_NE(FindFlag(Job("Packers wanted, text via me on 06 00000000"), "J-PHONEONLY"), nullptr);
  EXPECT_EQ(FindFlag(Job("Magazzino Rossi, via Roma 12, Milano. Tel 333 000 0000"), "J-PHONEONLY"),
            nullptr);
}

// Net pay written as "take-home" or in a plural form is net (divided by the table's net share
// before the comparison): EUR 4,200 a month take-home for site work in Germany is J-SAL, the same
// gross is not.
TEST_F(ChecksTest, TakeHomePayIsNetPay) {
  EXPECT_NE(FindFlag(Job("Labourers for sites in Germany, €4,200 a month take-home. 07700 900412"),
                     "J-SAL"),
            nullptr);
  EXPECT_NE(FindFlag(Job("Manovali in Germania, 4.200 € netti al mese. 333 000 0000"), "J-SAL"),
            nullptr);
  EXPECT_EQ(
      FindFlag(Job("Labourers for sites in Germany, €4,200 a month gross. 07700 900412"), "J-SAL"),
      nullptr);
}

// flag30: heights in feet and inches are read (two 15 cm apart are two bodies), "5'" alone is
// minutes, not a height.
TEST_F(ChecksTest, HeightsInFeetAndInchesFarApartRaiseSDiscrep) {
  const std::string text = "Petite Jade, 4'11, size 6. Long legs, 5 ft 9, a real model figure.";
  const Assessment a = Adult(text);
  const RaisedFlag* flag = FindFlag(a, "S-DISCREP");
  ASSERT_NE(flag, nullptr) << ::testing::PrintToString(testing::FlagIds(a));
  ASSERT_EQ(flag->spans.size(), 2u);
  EXPECT_EQ(SpanText(text, *flag, 0).substr(0, 4), "4'11");
  EXPECT_NE(flag->why.find("two heights 25 cm apart"), std::string::npos) << flag->why;
  for (const std::string close :
       {"Tall Ruby, 5'8, heels make her 5'10.", "Incall 5' dal centro, 1,70 di altezza.",
        "Jade, 5ft 6, 168 cm."}) {
    EXPECT_EQ(FindFlag(Adult(close), "S-DISCREP"), nullptr) << close;
  }
}

// flag30: concept families written from the definitions, each checked in a language other than
// the one it was first written for. Screening (S-SCREEN) is T0 and an unprotected service refused
// is a safety practice: neither ever adds to a score (rule R4).
TEST_F(ChecksTest, Flag30ConceptFamiliesAreReadInEveryLanguage) {
  const std::vector<std::pair<std::string, std::string>> some = {
      {"Schick mir vorab ein Selfie, dann sage ich zu.", "S-SCREEN"},
      {"Wir prüfen jeden Gast vorher.", "S-SCREEN"},
      {"Nowym klientom oddzwaniam przed spotkaniem.", "S-SCREEN"},
      {"Ha lasciato la scuola a luglio, è al primo lavoro.", "S-YOUTH"},
      {"Terminó el instituto este verano y empieza con nosotros.", "S-YOUTH"},
      {"Вона щойно скінчила школу.", "S-YOUTH"},
      {"Twee jaar geleden? Nee, ze zat huiswerk te maken toen ik kwam.", "S-YOUTH"},
      {"Era molto più bassa che nelle foto, direi dieci anni di più.", "S-DISCREP"},
      {"Op het profiel staat 22, maar ze was veel ouder.", "S-DISCREP"},
      {"Some guy brought her over and waited downstairs the whole time.", "S-DRIVER"},
      {"Re: Studio am Hafen – mein Erfahrungsbericht nach zwei Besuchen.", "S-3P"},
      {"Le foto sono rubate, lei è un'altra.", "A-STOCK"},
      {"Ma nic przeciwko wszystkiemu: zgadza się na wszystko.", "S-NOREFUSE"},
      {"Zero fake, c'est vraiment moi.", "S-TRUST"},
  };
  for (const auto& [text, id] : some) {
    const Assessment a = Adult(text);
    EXPECT_NE(FindFlag(a, id), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  for (const std::string safe :
       {"Never without a condom, no exceptions.", "Nunca sin preservativo.",
        "Studio open every day, no days off.", "Работаем без выходных, с 10 до 22."}) {
    EXPECT_EQ(FindFlag(Adult(safe), "S-NOREFUSE"), nullptr) << safe;
  }
  EXPECT_EQ(FindFlag(Adult("Dis-moi ton prénom quand tu réserves."), "S-SCREEN"), nullptr);
  // The worker's own account is no one else's photos (A-STOCK needs someone else's account).
  for (const std::string own : {"More photos from my Instagram, link in bio.",
                                "Más fotos de mí en Instagram.", "Fotos von meinem Instagram."}) {
    EXPECT_EQ(FindFlag(Adult(own), "A-STOCK"), nullptr) << own;
  }
}

// flag36: a regex that ends its word with the space after it and one that starts with the space
// before it share that space: the two hits are next to each other and a `near` pairs them.
TEST(NearInAPackWithSpaces, HitsSharingOnlyASpaceArePaired) {
  ariadne::testing::TempDir dir;
  dir.Write("p.toml",
            testing::Replace(testing::kMinimalPack, "terms = [",
                             "near = [{ first = \"gear\", second = \"own-cost\", words = 0, "
                             "within = \"clause\", order = \"first-then-second\", why = \"the "
                             "worker buys the gear\" }]\nterms = ["));
  dir.Write("scoring.toml", testing::kMinimalScoring);
  dir.Write("data/markers.toml",
            "[[marker]]\nname = \"gear\"\ndescription = \"d\"\n"
            "terms = [{ lang = \"en\", regex = 'boots(?:\\s|$)' }]\n"
            "[[marker]]\nname = \"own-cost\"\ndescription = \"d\"\n"
            "terms = [{ lang = \"en\", regex = '(?:^|\\s)at your own cost' }]\n");
  const auto rules = testing::LoadOrFail(dir.path());
  ASSERT_TRUE(rules);
  const auto flagger = testing::MakeFlagger(rules, /*candidates=*/true);
  const auto assess = [&](const std::string& text) {
    return flagger->Assess(
        {.text = text, .kind = AdKind::kLabour, .lang = "en", .region = "", .phones = {}});
  };
  const std::string text = "Bring boots at your own cost. Call 07700 900412";
  const Assessment a = assess(text);
  const RaisedFlag* flag = FindFlag(a, "J-FEE");
  ASSERT_NE(flag, nullptr) << ::testing::PrintToString(testing::FlagIds(a));
  // The two spans overlap on the space, so the flag points at them as one.
  ASSERT_EQ(flag->spans.size(), 1u);
  EXPECT_EQ(text.substr(flag->spans[0].start, flag->spans[0].end - flag->spans[0].start),
            "boots at your own cost");
  // A word between is still a word, and the order still holds.
  EXPECT_EQ(FindFlag(assess("Bring boots bought at your own cost. Call 07700 900412"), "J-FEE"),
            nullptr);
  EXPECT_EQ(FindFlag(assess("At your own cost boots are bought. Call 07700 900412"), "J-FEE"),
            nullptr);
}

// flag36: S-* and A-* concepts written from the definitions, each checked in wordings and
// languages other than those of the set it was read from. Every gender alike (rule R2).
TEST_F(ChecksTest, Flag36ConceptFamiliesAreReadInEveryLanguage) {
  const std::vector<std::pair<std::string, std::string>> some = {
      {"He said he was 25, but he looked about sixteen.", "S-DISCREP"},
      {"Elle prétend avoir 23 ans mais en paraissait à peine seize.", "S-DISCREP"},
      {"Powiedział, że ma 24 lata, ale wyglądał na szesnaście.", "S-DISCREP"},
      {"Leeftijd 21 staat er alleen voor de site, ze is veel jonger.", "S-DISCREP"},
      {"Сказав, що йому 20 років.", "S-3P"},
      {"Escribo para una amiga que no tiene tiempo.", "S-3P"},
      {"Heute Abend haben wir Nina und Eva für euch.", "S-3P"},
      {"Bookings via his brother only, text after six.", "S-3P"},
      {"Per appuntamenti chiama sua sorella.", "S-3P"},
      {"Ein Typ im Auto vor der Tür hat das Geld kassiert.", "S-DRIVER"},
      {"Un tip într-o mașină a luat banii și a dus-o de acolo.", "S-DRIVER"},
      {"Her face is cropped out of every picture.", "A-STOCK"},
      {"Las fotos son orientativas, con fines ilustrativos.", "A-STOCK"},
      {"Снимките са илюстративни.", "A-STOCK"},
      {"Ha ancora il diario scolastico nello zaino.", "S-YOUTH"},
      {"Він ще школяр, приходить одразу після уроків.", "S-YOUTH"},
      {"Nichts wird abgelehnt.", "S-NOREFUSE"},
      {"Volti nuovi ogni settimana, altre ogni lunedì.", "S-MOVE"},
      {"Doar săptămâna asta, apoi Iași.", "S-MOVE"},
      {"Sunați: 0-șapte // 2o // doi-0 // 0o // 0-zero.", "S-OBSC"},
  };
  for (const auto& [text, id] : some) {
    const Assessment a = Adult(text);
    EXPECT_NE(FindFlag(a, id), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  // The same reading whoever is spoken of.
  for (const auto& [her, him] : std::vector<std::pair<std::string, std::string>>{
           {"She said she was 22 but looked about fifteen.",
            "He said he was 22 but looked about fifteen."},
           {"Сказала, что ей 22, но выглядела лет на пятнадцать.",
            "Сказал, что ему 22, но выглядел лет на пятнадцать."},
           {"A man in a parked car took the money and drove her away.",
            "A woman in a parked car took the money and drove him away."},
       }) {
    EXPECT_EQ(testing::FlagIds(Adult(her)), testing::FlagIds(Adult(him))) << her;
  }
  // What they are not: the person's own age and own friend, a car of one's own, prices split by
  // slashes, "new" without a rotation.
  EXPECT_EQ(FindFlag(Adult("I said I was 22 and I am."), "S-3P"), nullptr);
  EXPECT_EQ(FindFlag(Adult("I come to you in my car, discreet parking."), "S-DRIVER"), nullptr);
  EXPECT_EQ(FindFlag(Adult("My friend took the photos, face visible."), "A-STOCK"), nullptr);
  EXPECT_EQ(FindFlag(Adult("30 min / 1 h / 2 h: 100 / 150 / 250."), "S-OBSC"), nullptr);
  EXPECT_EQ(FindFlag(Adult("New photos every week on my page."), "S-MOVE"), nullptr);
  // A selfie with today's date asked of the client is screening: shown, never scored (rule R4).
  for (const std::string screen : {"Envíame un selfie con la fecha de hoy antes de quedar.",
                                   "Пришли селфи с сегодняшней датой, потом адрес."}) {
    const Assessment a = Adult(screen);
    EXPECT_NE(FindFlag(a, "S-SCREEN"), nullptr) << screen;
    EXPECT_EQ(a.score.score, 0) << screen;
  }
}

// flag37: words of J-ACCOM and J-DOCS that say the opposite are masked in all 11 languages: housing
// the employer does not provide, a passport the worker keeps, the worker's own home. The same
// sentence said the other way still raises the flag.
TEST_F(ChecksTest, Flag37NegatedHousingAndDocumentsAreMasked) {
  const std::vector<std::pair<std::string, std::string>> not_flagged = {
      {"Nail technician, GBP 13.40 an hour. We don't provide housing. Apply in person.", "J-ACCOM"},
      {"Cook wanted, accommodation is not provided.", "J-ACCOM"},
      {"Koch gesucht. Wir stellen keine Unterkunft.", "J-ACCOM"},
      {"Cuisinier, logement non fourni.", "J-ACCOM"},
      {"Kok gezocht. We bieden geen huisvesting.", "J-ACCOM"},
      {"Bucătar. Nu oferim cazare.", "J-ACCOM"},
      {"Готвач. Не осигуряваме квартира.", "J-ACCOM"},
      {"Cocinero. No ofrecemos alojamiento.", "J-ACCOM"},
      {"Cuoco. Non offriamo alloggio.", "J-ACCOM"},
      {"Kucharz. Nie zapewniamy zakwaterowania.", "J-ACCOM"},
      {"Повар. Жильё не предоставляется.", "J-ACCOM"},
      {"Кухар. Житло не надається.", "J-ACCOM"},
      {"Transmiți din propria locuință, în orele pe care le alegi.", "J-ACCOM"},
      {"You stream from your own home, on your own hours.", "J-ACCOM"},
      {"Housekeeper, GBP 14.50 an hour. Your passport stays with you.", "J-DOCS"},
      {"Haushaltshilfe. Ihr Pass bleibt bei Ihnen.", "J-DOCS"},
      {"Femme de ménage. Votre passeport reste avec vous.", "J-DOCS"},
      {"Huishoudster. Je paspoort blijft bij jou.", "J-DOCS"},
      {"Menajeră. Pașaportul tău rămâne la tine.", "J-DOCS"},
      {"Empleada de hogar. Tu pasaporte se queda contigo.", "J-DOCS"},
      {"Colf. Il tuo passaporto resta con te.", "J-DOCS"},
      {"Gosposia. Twój paszport zostaje przy tobie.", "J-DOCS"},
      {"Домработница. Ваш паспорт остаётся у вас.", "J-DOCS"},
      {"Хатня робітниця. Ваш паспорт залишається у вас.", "J-DOCS"},
  };
  for (const auto& [text, id] : not_flagged) {
    const Assessment a = Job(text);
    EXPECT_EQ(FindFlag(a, id), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  const std::vector<std::pair<std::string, std::string>> flagged = {
      {"Cook wanted, accommodation is provided.", "J-ACCOM"},
      {"Cuisinier, logement fourni.", "J-ACCOM"},
      {"Bucătar. Cazare asigurată.", "J-ACCOM"},
      {"Cuoco. Alloggio incluso.", "J-ACCOM"},
      {"Kucharz. Zakwaterowanie zapewnione.", "J-ACCOM"},
      {"Повар. Жильё предоставляется.", "J-ACCOM"},
      {"Кухар. Житло надається.", "J-ACCOM"},
      {"Housekeeper. Hand over your passport on arrival.", "J-DOCS"},
  };
  for (const auto& [text, id] : flagged) {
    const Assessment a = Job(text);
    EXPECT_NE(FindFlag(a, id), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
}

// flag37: a share of the takings the worker keeps is pay stated (no J-VAGUE from the check no-pay),
// and broadcasting as the work itself is no message to a broadcast list (J-MSG).
TEST_F(ChecksTest, Flag37RevenueShareIsPayAndStreamingIsNoBroadcastList) {
  const std::string contact = " Questions: support@camstage.example";
  for (const std::string share :
       {"Webcam work. You keep 60% of what viewers spend.",
        "Travail webcam. Vous gardez 60 % de ce que dépensent les spectateurs.",
        "Lucru pe webcam. Păstrezi 60% din ce cheltuiesc spectatorii.",
        "Работа на веб-камере. Вы оставляете себе 60% от того, что тратят зрители.",
        "Trabajo de webcam. Te quedas con el 60% de lo que gastan los espectadores."}) {
    const Assessment a = Job(share + contact);
    EXPECT_EQ(FindFlag(a, "J-VAGUE"), nullptr)
        << share << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  // The same ad with no pay at all still reads as pay not stated; a share the agency keeps is no
  // pay.
  EXPECT_NE(FindFlag(Job("Webcam work from home." + contact + " WhatsApp only."), "J-VAGUE"),
            nullptr);
  EXPECT_NE(
      FindFlag(Job("Webcam work, we keep 60% of what viewers spend." + contact + " WhatsApp only."),
               "J-VAGUE"),
      nullptr);
  EXPECT_EQ(FindFlag(Job("You broadcast from your own home, on the hours you choose." + contact),
                     "J-MSG"),
            nullptr);
}

// A regression: a mask hiding a hit made MarkerHits copy every list, so a list whose starts were
// found later (Prepare) was read from the copy, still without them, and a flag pointed before
// the ad (found by AddressSanitizer on the blind sets with candidate terms).
TEST(MarkerHitsWithAMask, AListPreparedLaterIsReadWithItsStarts) {
  MarkerIndex index;
  index.positions = {{"mask", 0}, {"masked", 1}, {"other", 2}};
  index.masks = {0};
  index.masked = {false, true, false};
  constexpr size_t kNotYetFound = 999;
  std::vector<std::vector<MarkerHit>> hits = {
      {{10, 30}}, {{12, 20}, {40, 45}}, {{kNotYetFound, 50}}};
  std::vector<size_t> prepared;
  const PayWords pay_words;
  const std::string text(60, 'x');
  const MarkerHits marker_hits(
      text, index, hits, text,
      [](size_t start, size_t end) {
        return std::pair{start, end};
      },
      pay_words, false,
      [&](size_t list) {
        prepared.push_back(list);
        if (list == 2) hits[2][0].start = 46;
      });
  ASSERT_EQ(marker_hits.Of("other").size(), 1u);
  EXPECT_EQ(marker_hits.Of("other")[0].start, 46u);
  ASSERT_EQ(marker_hits.Of("masked").size(), 1u);  // the mask hides {12, 20}
  EXPECT_EQ(marker_hits.Of("masked")[0].start, 40u);
  EXPECT_TRUE(marker_hits.Any("masked"));
  EXPECT_EQ(marker_hits.Of("mask")[0].start, 10u);
  EXPECT_EQ(prepared, (std::vector<size_t>{2, 2, 1, 1, 0}));
}

// flag38
// A client says the person met was someone else entirely (S-DISCREP), and the pictures are said to
// come from a photo bank or image library (A-STOCK): each in every language, in wordings other
// than blind17's. Whoever is spoken of, alike (rule R2).
TEST_F(ChecksTest, Flag38SomeoneElseEntirelyAndPhotoBanksAreReadInEveryLanguage) {
  const std::vector<std::pair<std::string, std::string>> some = {
      {"The one who came up the stairs was someone else altogether.", "S-DISCREP"},
      {"Gekommen ist jemand völlig anderes.", "S-DISCREP"},
      {"En vrai, c'était une toute autre personne.", "S-DISCREP"},
      {"In het echt was het een totaal ander persoon.", "S-DISCREP"},
      {"La hotel a venit cu totul altă persoană.", "S-DISCREP"},
      {"На място се оказа съвсем друга.", "S-DISCREP"},
      {"Llegó completamente otra persona.", "S-DISCREP"},
      {"Al citofono ha risposto tutta un'altra persona.", "S-DISCREP"},
      {"Na miejscu była całkiem inna osoba.", "S-DISCREP"},
      {"В итоге была совершенно другая женщина.", "S-DISCREP"},
      {"Насправді прийшла цілком інша жінка.", "S-DISCREP"},
      {"All pictures were bought from an image library.", "A-STOCK"},
      {"Die Fotos stammen aus einer Bildagentur.", "A-STOCK"},
      {"Photos prises dans une banque de photos.", "A-STOCK"},
      {"Alle plaatjes komen uit een beeldbank.", "A-STOCK"},
      {"Imaginile sunt dintr-o bancă de fotografii.", "A-STOCK"},
      {"Снимките са купени от фотобанка.", "A-STOCK"},
      {"Las imágenes salen de un banco de fotos.", "A-STOCK"},
      {"Immagini prese da una banca foto.", "A-STOCK"},
      {"Zdjęcia kupione z banku zdjęć.", "A-STOCK"},
      {"Снимки взяты с фотобанка.", "A-STOCK"},
      {"Світлини взято з фотобанку.", "A-STOCK"},
  };
  for (const auto& [text, id] : some) {
    const Assessment a = Adult(text);
    EXPECT_NE(FindFlag(a, id), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  for (const auto& [her, him] : std::vector<std::pair<std::string, std::string>>{
           {"The girl at the door was someone else entirely.",
            "The guy at the door was someone else entirely."},
           {"Дверь открыла, а пришла совсем другая девушка.",
            "Дверь открыл, а пришёл совсем другой парень."},
       }) {
    EXPECT_EQ(testing::FlagIds(Adult(her)), testing::FlagIds(Adult(him))) << her;
  }
  // flag38: a car named by its kind or colour, and the money taken off the person (S-DRIVER).
  for (const std::string driver :
       {"Someone in the blue minivan out front took her money after the hour.",
        "Er kam in einem alten Transporter und hat ihm das Geld abgenommen.",
        "Un mec dans une camionnette blanche lui a pris l'argent.",
        "Iemand in een zwarte bestelbus pakte daarna het geld.",
        "Un tip cu o dubă albă i-a luat banii la ușă.", "Някакъв мъж с черен джип му взе парите.",
        "Un hombre en una furgoneta blanca le quitó el dinero.",
        "Un tipo con un furgone bianco gli ha tolto i soldi.",
        "Facet w białym busie zabrał mu pieniądze.",
        "Какой-то человек на чёрном фургоне забрал у него деньги.",
        "Якийсь чоловік на білому фургоні забрав у неї гроші."}) {
    const Assessment a = Adult(driver);
    EXPECT_NE(FindFlag(a, "S-DRIVER"), nullptr)
        << driver << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  // flag38: the photos are of one person and another comes in that person's place (S-DISCREP).
  for (const std::string swap : {"The photos show Mia, but tonight Lena is standing in for her.",
                                 "Auf den Fotos ist Mia, heute springt Lena für sie ein.",
                                 "Sur les photos c'est Mia, mais ce soir Lena la remplace.",
                                 "Op de foto's staat Mia, vandaag valt Lena voor haar in.",
                                 "În poze e Mia, dar azi vine Lena în locul ei.",
                                 "На снимките е Мия, но днес Лена я замества.",
                                 "En las fotos sale Mia, pero hoy viene Lena en su lugar.",
                                 "Nelle foto c'è Mia, ma stasera al suo posto c'è Lena.",
                                 "Na zdjęciach jest Mia, ale dziś zamiast niej będzie Lena.",
                                 "На фото Мия, но сегодня вместо неё Лена.",
                                 "На фото Мія, але сьогодні замість неї Лена."}) {
    const Assessment a = Adult(swap);
    EXPECT_NE(FindFlag(a, "S-DISCREP"), nullptr)
        << swap << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  EXPECT_EQ(FindFlag(Adult("The photos show Tom, but tonight Max is standing in for him."),
                     "S-DISCREP") == nullptr,
            FindFlag(Adult("The photos show Mia, but tonight Lena is standing in for her."),
                     "S-DISCREP") == nullptr);
  // A stand-in without photos of another is no mismatch.
  EXPECT_EQ(FindFlag(Adult("My colleague is filling in for her at reception."), "S-DISCREP"),
            nullptr);
  // Her own car and her own payment are no driver.
  EXPECT_EQ(FindFlag(Adult("I come in my own grey car and take payment at the start."), "S-DRIVER"),
            nullptr);
  // What they are not: another person asked for by name, a different room, a bank.
  EXPECT_EQ(FindFlag(Adult("If I am busy, my colleague is someone else to ask."), "S-DISCREP"),
            nullptr);
  EXPECT_EQ(FindFlag(Adult("A completely different experience every time."), "S-DISCREP"), nullptr);
  EXPECT_EQ(FindFlag(Adult("Bank transfer accepted, parking near the bank."), "A-STOCK"), nullptr);
}

// flag39: the task scam's work is rating or reviewing consumer things (restaurants, films,
// products, songs), in either word order, read with a day rate: J-TASK in every language.
TEST_F(ChecksTest, RatingConsumerThingsForADayRateRaisesJTaskInEveryLanguage) {
  for (const std::string task : {
           "Easy side job: review restaurants and films online, earn 90 EUR a day. DM me.",
           "Minijob: Restaurants und Filme online bewerten, 90 EUR pro Tag. Schreib mir per DM.",
           "Petit job : évaluer des restaurants et des films en ligne, 90 EUR par jour. Écris-moi.",
           "Bijbaantje: restaurants en films online beoordelen, 90 EUR per dag. Stuur een DM.",
           "Job ușor: evaluezi restaurante și filme online, 90 EUR pe zi. Scrie-mi în privat.",
           "Лесна работа: оценяваш ресторанти и филми онлайн, 90 EUR на ден. Пиши ми на лично.",
           "Trabajo fácil: puntuar restaurantes y películas en línea, 90 EUR al día. Escríbeme.",
           "Lavoretto: recensire ristoranti e film online, 90 EUR al giorno. Scrivimi in privato.",
           "Łatwa praca: oceniasz restauracje i filmy online, 90 EUR dziennie. Napisz na priv.",
           "Лёгкая подработка: оценивать рестораны и фильмы онлайн, 90 EUR в день. Пиши в личку.",
           "Легка підробітка: оцінювати ресторани та фільми онлайн, 90 EUR на день. Пиши в "
           "особисті.",
       }) {
    const Assessment a = Job(task);
    EXPECT_NE(FindFlag(a, "J-TASK"), nullptr)
        << task << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  // The words of ordinary job ads around hotels, applications and pay rates are no task.
  for (const std::string job : {
           "Night porter at the Grand Hotel. We review applications within two days. GBP 95 a "
           "day. Call 07700 900123.",
           "Camarero/a. Se valorará experiencia en hoteles de 4 estrellas. 80 EUR al día. Tel. "
           "07700 900123.",
           "Femme de chambre, notamment dans des hôtels de luxe, 90 EUR par jour. Tél. 07700 "
           "900123.",
           "Day rates for hotels and restaurants in town: 100 EUR a day. Call 07700 900123.",
       }) {
    EXPECT_EQ(FindFlag(Job(job), "J-TASK"), nullptr) << job;
  }
}

// flag39: the age a client saw ("looked 15 at most") against the age of the ad, and a birthday
// just past against another age of the ad, raise S-DISCREP in every language.
TEST_F(ChecksTest, AnAgeSeenOrABirthdayJustPastAgainstTheAdsAgeRaisesSDiscrep) {
  for (const std::string seen : {
           "Profile says 24, but honestly she looked about 15 to me.",
           "Im Profil steht 24, aber er wirkte eher wie 15.",
           "Le profil affiche 24, mais elle en paraissait à peine 15.",
           "In het profiel staat 24, maar hij oogde hooguit 15.",
           "Profilul spune 24, dar arăta de vreo 15.",
           "В профила пише 24, но изглеждаше на около 15.",
           "El perfil pone 24, pero aparentaba unos 15.",
           "Il profilo dice 24, ma ne dimostrava sì e no 15.",
           "W profilu 24, ale wyglądał może na 15.",
           "В профиле указано 24, а на вид ей лет 15.",
           "У профілі вказано 24, а на вигляд йому років 15.",
       }) {
    const Assessment a = Adult(seen);
    const RaisedFlag* flag = FindFlag(a, "S-DISCREP");
    ASSERT_NE(flag, nullptr) << seen << " " << ::testing::PrintToString(testing::FlagIds(a));
    EXPECT_NE(flag->why.find("two ages 9 years apart"), std::string::npos) << seen << flag->why;
  }
  for (const std::string turned : {
           "Sofia, 23. She just turned 19 last month, be gentle.",
           "Sofia, 23. Sie ist letzten Monat 19 geworden.",
           "Sofia, 23 ans. Elle vient d'avoir 19 ans le mois dernier.",
           "Sofia, 23. Vorige maand 19 geworden.",
           "Sofia, 23 de ani. A împlinit 19 luna trecută.",
           "София, 23. Навърши 19 миналия месец.",
           "Sofía, 23. Acaba de cumplir 19 el mes pasado.",
           "Sofia, 23 anni. Ha compiuto 19 anni il mese scorso.",
           "Zofia, 23 lata. Skończyła 19 lat w zeszłym miesiącu.",
           "София, 23. В прошлом месяце исполнилось 19.",
           "Софія, 23. Минулого місяця виповнилося 19.",
       }) {
    const Assessment a = Adult(turned);
    const RaisedFlag* flag = FindFlag(a, "S-DISCREP");
    ASSERT_NE(flag, nullptr) << turned << " " << ::testing::PrintToString(testing::FlagIds(a));
    EXPECT_NE(flag->why.find("two ages 4 years apart"), std::string::npos) << turned << flag->why;
  }
  // The same age seen, or a birthday that is the ad's age, is no discrepancy; nor an age seen
  // alone.
  for (const std::string same : {
           "Profile says 24 and she looked 24, just like the photos.",
           "Sofia, 24. Just turned 24 last week, celebrating all month.",
           "Sofia, 25. Turned 24 in the spring.",
           "She looks 30 in the photos and in person.",
       }) {
    EXPECT_EQ(FindFlag(Adult(same), "S-DISCREP"), nullptr) << same;
  }
  // Either gender alike (rule R2).
  EXPECT_EQ(testing::FlagIds(Adult("Profile says 24, but honestly she looked about 15 to me.")),
            testing::FlagIds(Adult("Profile says 24, but honestly he looked about 15 to me.")));
}

// flag39: concept families of job ads, each written in all 11 languages: care around the clock or a
// day that ends only when the work is done (J-HOURS), a private coordinator or placer (J-UNLIC),
// the recruiter sending or buying the ticket (J-TRANS), few places with a call to act now
// (J-URGENT), interviews only through a messenger (J-EMPL).
TEST_F(ChecksTest, JobConceptFamiliesOfFlag39RaiseTheirIndicatorInEveryLanguage) {
  const std::vector<std::pair<std::string, std::string>> some = {
      {"Night carer for a gentleman in Graz, support round the clock. Call 07700 900321.",
       "J-HOURS"},
      {"Loading shifts start at 6, you work until the truck is empty. Call 07700 900321.",
       "J-HOURS"},
      {"Fahrer gesucht: Start 6 Uhr, bis die Tour komplett ausgeliefert ist. Tel. 07700 900321.",
       "J-HOURS"},
      {"Livreur : départ à 6 h, jusqu'à la fin de la tournée. Tél. 07700 900321.", "J-HOURS"},
      {"Bezorger: start om 6 uur, tot de route helemaal af is. Bel 07700 900321.", "J-HOURS"},
      {"Curier: începi la 6, până se termină toată ruta. Sună la 07700 900321.", "J-HOURS"},
      {"Куриер: от 6 сутринта, докато не свършиш целия маршрута. Тел. 07700 900321.", "J-HOURS"},
      {"Repartidor: empiezas a las 6, hasta terminar toda la ruta. Llama al 07700 900321.",
       "J-HOURS"},
      {"Corriere: si parte alle 6, fino a finire tutto il giro. Chiama 07700 900321.", "J-HOURS"},
      {"Kurier: start o 6, aż skończysz całą trasę. Dzwoń 07700 900321.", "J-HOURS"},
      {"Курьер: с 6 утра, пока не развезёшь всё. Звони 07700 900321.", "J-HOURS"},
      {"Кур'єр: з 6 ранку, поки не розвезеш все. Дзвони 07700 900321.", "J-HOURS"},
      {"I'm a private coordinator and fix up cleaning jobs in Oslo. Text 07700 900321.", "J-UNLIC"},
      {"Ich bin privater Vermittler für Erntehelfer. Tel. 07700 900321.", "J-UNLIC"},
      {"Intermédiaire privé, je trouve du travail en Belgique. Tél. 07700 900321.", "J-UNLIC"},
      {"Particuliere bemiddelaar voor schoonmaakwerk in Gent. Bel 07700 900321.", "J-UNLIC"},
      {"Sunt coordonator privat pentru joburi în Austria. Sună la 07700 900321.", "J-UNLIC"},
      {"Аз съм частен координатор за работа в Австрия. Тел. 07700 900321.", "J-UNLIC"},
      {"Soy coordinador particular de empleos en Austria. Llama al 07700 900321.", "J-UNLIC"},
      {"Sono un coordinatore privato per lavori in Austria. Chiama 07700 900321.", "J-UNLIC"},
      {"Jestem prywatnym koordynatorem pracy w Austrii. Dzwoń 07700 900321.", "J-UNLIC"},
      {"Я частный координатор по работе в Австрии. Звоните 07700 900321.", "J-UNLIC"},
      {"Я приватний координатор з роботи в Австрії. Дзвоніть 07700 900321.", "J-UNLIC"},
      {"Farm work in Norway. We'll book your flight from Riga. Call 07700 900321.", "J-TRANS"},
      {"Arbeit in Norwegen. Wir buchen deinen Flug ab Riga. Tel. 07700 900321.", "J-TRANS"},
      {"Travail en Norvège. Nous réservons votre vol depuis Riga. Tél. 07700 900321.", "J-TRANS"},
      {"Werk in Noorwegen. Wij boeken je vlucht vanuit Riga. Bel 07700 900321.", "J-TRANS"},
      {"Muncă în Norvegia. Îți cumpăr biletul de avion din Riga. Sună la 07700 900321.", "J-TRANS"},
      {"Работа в Норвегия. Купуваме самолетния билет от Рига. Тел. 07700 900321.", "J-TRANS"},
      {"Trabajo en Noruega. Te compramos el billete desde Riga. Llama al 07700 900321.", "J-TRANS"},
      {"Lavoro in Norvegia. Ti compriamo il biglietto aereo da Riga. Chiama 07700 900321.",
       "J-TRANS"},
      {"Praca w Norwegii. Kupimy ci bilet lotniczy z Rygi. Dzwoń 07700 900321.", "J-TRANS"},
      {"Работа в Норвегии. Билет из Риги купим сами. Звоните 07700 900321.", "J-TRANS"},
      {"Робота в Норвегії. Квиток з Риги купимо самі. Дзвоніть 07700 900321.", "J-TRANS"},
      {"Packers for a bakery. Only 3 spots left, message me today on 07700 900321.", "J-URGENT"},
      {"Packer für eine Bäckerei. Nur noch 3 Plätze, melde dich sofort: 07700 900321.", "J-URGENT"},
      {"Emballeurs. Plus que 3 places, répondez tout de suite au 07700 900321.", "J-URGENT"},
      {"Inpakkers. Nog maar 3 plekken, reageer meteen via 07700 900321.", "J-URGENT"},
      {"Ambalatori. Doar 3 locuri, răspunde imediat la 07700 900321.", "J-URGENT"},
      {"Опаковчици. Само 3 места, отговорете веднага на 07700 900321.", "J-URGENT"},
      {"Empaquetadores. Solo 3 plazas, contesta de inmediato al 07700 900321.", "J-URGENT"},
      {"Imballatori. Solo 3 posti, rispondi subito al 07700 900321.", "J-URGENT"},
      {"Pakowacze. Tylko 3 miejsca, odpisz natychmiast: 07700 900321.", "J-URGENT"},
      {"Упаковщики. Осталось 3 мест, ответьте немедленно: 07700 900321.", "J-URGENT"},
      {"Пакувальники. Лишилося 3 місць, відповідайте негайно: 07700 900321.", "J-URGENT"},
      {"Data entry staff for Manila. Salary USD 900. Interviews by WhatsApp only.", "J-EMPL"},
      {"Datenerfassung in Manila. Gehalt 900 USD. Vorstellungsgespräch nur per WhatsApp.",
       "J-EMPL"},
      {"Saisie de données à Manille. Salaire 900 USD. Entretiens uniquement sur WhatsApp.",
       "J-EMPL"},
      {"Data-invoer in Manila. Salaris 900 USD. Sollicitatiegesprek alleen via WhatsApp.",
       "J-EMPL"},
      {"Operatori date în Manila. Salariu 900 USD. Interviul doar pe WhatsApp.", "J-EMPL"},
      {"Въвеждане на данни в Манила. Заплата 900 USD. Интервю само по WhatsApp.", "J-EMPL"},
      {"Grabación de datos en Manila. Sueldo 900 USD. Entrevistas solo por WhatsApp.", "J-EMPL"},
      {"Inserimento dati a Manila. Stipendio 900 USD. Colloqui solo su WhatsApp.", "J-EMPL"},
      {"Wprowadzanie danych w Manili. Pensja 900 USD. Rozmowy tylko przez WhatsApp.", "J-EMPL"},
      {"Ввод данных в Маниле. Зарплата 900 USD. Собеседование только в WhatsApp.", "J-EMPL"},
      {"Введення даних у Манілі. Зарплата 900 USD. Співбесіда лише у WhatsApp.", "J-EMPL"},
  };
  for (const auto& [text, id] : some) {
    const Assessment a = Job(text);
    EXPECT_NE(FindFlag(a, id), nullptr)
        << id << ": " << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  // What they are not: a site that works around the clock, a named firm
  // interviewing on a messenger, the contract sent by the employer.
  EXPECT_EQ(FindFlag(Job("Our warehouse runs around the clock in three 8-hour shifts. Call "
                         "07700 900321."),
                     "J-HOURS"),
            nullptr);
  EXPECT_EQ(FindFlag(Job("Nordic Data AS, org.nr. 900 000 000, www.nordicdata.example. "
                         "Interviews by WhatsApp."),
                     "J-EMPL"),
            nullptr);
  EXPECT_EQ(FindFlag(Job("Farm work in Norway. We send the contract by e-mail. Call 07700 "
                         "900321."),
                     "J-TRANS"),
            nullptr);
}

// flag39: concept families of adult-services ads in all 11 languages: the person does whatever
// the client asks (S-NOREFUSE), a man in a car of a named make took the money (S-DRIVER), the
// photos are not the person (A-STOCK); every gender alike (rule R2).
TEST_F(ChecksTest, AdultConceptFamiliesOfFlag39RaiseTheirIndicatorInEveryLanguage) {
  const std::vector<std::pair<std::string, std::string>> some = {
      {"Lina does whatever the customer wants, no extra charge.", "S-NOREFUSE"},
      {"Lina macht alles, was der Kunde verlangt.", "S-NOREFUSE"},
      {"Lina fait tout ce que le client veut.", "S-NOREFUSE"},
      {"Lina doet alles wat de klant wil.", "S-NOREFUSE"},
      {"Lina face tot ce vrea clientul.", "S-NOREFUSE"},
      {"Лина прави всичко, каквото клиентът пожелае.", "S-NOREFUSE"},
      {"Lina hace todo lo que el cliente quiera.", "S-NOREFUSE"},
      {"Lina fa tutto quello che il cliente vuole.", "S-NOREFUSE"},
      {"Lina robi wszystko, co klient chce.", "S-NOREFUSE"},
      {"Лина делает всё, что клиент хочет.", "S-NOREFUSE"},
      {"Ліна робить усе, що клієнт хоче.", "S-NOREFUSE"},
      {"Some bloke in an old Audi outside took the cash first.", "S-DRIVER"},
      {"Ein Typ in einem schwarzen Audi hat das Geld kassiert.", "S-DRIVER"},
      {"Un gars dans une Audi noire a pris l'argent.", "S-DRIVER"},
      {"Een man in een zwarte Audi pakte het geld.", "S-DRIVER"},
      {"Un tip într-un Audi negru a luat banii.", "S-DRIVER"},
      {"Един мъж в черно Audi взе парите.", "S-DRIVER"},
      {"Un tío en un Audi negro cogió el dinero.", "S-DRIVER"},
      {"Un tizio in una Audi nera ha preso i soldi.", "S-DRIVER"},
      {"Facet w czarnym Audi wziął kasę.", "S-DRIVER"},
      {"Мужик в чёрном Audi забрал деньги.", "S-DRIVER"},
      {"Чоловік у чорному Audi забрав гроші.", "S-DRIVER"},
      {"The pictures were definitely not him, far too young.", "A-STOCK"},
      {"Die Bilder waren sicher nicht er.", "A-STOCK"},
      {"Les photos ne sont vraiment pas lui.", "A-STOCK"},
      {"De foto's waren zeker niet van hem.", "A-STOCK"},
      {"Pozele nu sunt cu el.", "A-STOCK"},
      {"Снимките не са негови.", "A-STOCK"},
      {"Las fotos no son de él.", "A-STOCK"},
      {"Le foto non sono di lui.", "A-STOCK"},
      {"Zdjęcia to na pewno nie on.", "A-STOCK"},
      {"Фото точно не его.", "A-STOCK"},
      {"Фото точно не його.", "A-STOCK"},
  };
  for (const auto& [text, id] : some) {
    const Assessment a = Adult(text);
    EXPECT_NE(FindFlag(a, id), nullptr)
        << id << ": " << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  // Either gender alike (rule R2).
  EXPECT_EQ(testing::FlagIds(Adult("The pictures were definitely not him.")),
            testing::FlagIds(Adult("The pictures were definitely not her.")));
  // Her own car is no driver; photos called her own are no stock photos.
  EXPECT_EQ(FindFlag(Adult("I drive my own Audi and take payment at the start."), "S-DRIVER"),
            nullptr);
  EXPECT_EQ(FindFlag(Adult("All photos are of me, recent and unedited."), "A-STOCK"), nullptr);
}

// flag39: a commission the worker earns on top of pay is pay, never a fee (J-FEE), in every
// language; a commission the worker pays still is one.
TEST_F(ChecksTest, ACommissionEarnedOnTopOfPayIsNoFee) {
  for (const std::string pay : {
           "Sales assistant, GBP 1,900 a month + commission. Call 07700 900321.",
           "Verkäufer, 1.900 EUR im Monat plus Provision. Tel. 07700 900321.",
           "Vendeur, 1 900 EUR par mois + commission sur les ventes. Tél. 07700 900321.",
           "Verkoper, EUR 1.900 per maand plus commissie. Bel 07700 900321.",
           "Vânzător, 1.900 EUR pe lună + comision din vânzări. Sună la 07700 900321.",
           "Продавач, 1900 EUR на месец плюс комисиона от продажбите. Тел. 07700 900321.",
           "Vendedor, 1.900 EUR al mes más comisiones por venta. Llama al 07700 900321.",
           "Venditore, 1.900 EUR al mese più provvigioni sulle vendite. Chiama 07700 900321.",
           "Sprzedawca, 1900 EUR miesięcznie + prowizja od sprzedaży. Dzwoń 07700 900321.",
           "Продавец, 1900 EUR в месяц + комиссия с продаж. Звоните 07700 900321.",
           "Продавець, 1900 EUR на місяць + комісія з продажів. Дзвоніть 07700 900321.",
       }) {
    const Assessment a = Job(pay);
    EXPECT_EQ(FindFlag(a, "J-FEE"), nullptr)
        << pay << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  EXPECT_NE(FindFlag(Job("Jobs in Spain. You pay a commission of 200 EUR before departure. Call "
                         "07700 900321."),
                     "J-FEE"),
            nullptr);
}

// flag39: the messenger named right before the number or its chat link is a messenger contact
// (J-MSG), in every language; a call offered beside it is not (calls-accepted).
TEST_F(ChecksTest, AMessengerBeforeItsNumberOrChatLinkRaisesJMsg) {
  for (const std::string text : {
           "Pickers for Kent, GBP 12.71 an hour. Write on Signal to 07700 900321.",
           "Kommissionierer, 14 EUR pro Stunde. Schreib per Viber an 07700 900321.",
           "Préparateurs, 14 EUR de l'heure. Écrivez sur Viber au 07700 900321.",
           "Orderpickers, EUR 14 per uur. Stuur via Viber naar 07700 900321.",
           "Lucrători depozit, 14 EUR pe oră. Scrie pe Viber la 07700 900321.",
           "Складови работници, 14 EUR на час. Пишете във Viber на 07700 900321.",
           "Mozos de almacén, 14 EUR la hora. Escribe por Viber al 07700 900321.",
           "Magazzinieri, 14 EUR l'ora. Scrivi su Viber al 07700 900321.",
           "Magazynierzy, 14 EUR za godzinę. Pisz na WhatsApp: wa.me/447700900321.",
           "Комплектовщики, 14 EUR в час. Пишите в Viber на 07700 900321.",
           "Комплектувальники, 14 EUR на годину. Пишіть у Viber на 07700 900321.",
       }) {
    const Assessment a = Job(text);
    EXPECT_NE(FindFlag(a, "J-MSG"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  EXPECT_EQ(FindFlag(Job("Pickers for Kent. Call or WhatsApp 07700 900321."), "J-MSG"), nullptr);
}

// flag39: school clothes or a school bag on the person, in every language (S-YOUTH); any pronoun
// alike (rule R2).
TEST_F(ChecksTest, SchoolClothesOrASchoolBagRaiseSYouthInEveryLanguage) {
  for (const std::string text : {
           "Met her at the door, she still had her school backpack with her.",
           "Er stand da mit seinem Schulrucksack.",
           "Elle avait encore son sac de son lycée sur le dos.",
           "Hij had zijn schooltas nog bij zich.",
           "Avea ghiozdanul de la școală lângă pat.",
           "Беше с раница от училище до леглото.",
           "Llevaba la mochila del instituto todavía.",
           "Aveva ancora lo zaino della sua scuola.",
           "Miała jeszcze plecak ze szkoły przy łóżku.",
           "Она была в школьной форме.",
           "Вона була в шкільній формі.",
       }) {
    const Assessment a = Adult(text);
    EXPECT_NE(FindFlag(a, "S-YOUTH"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  EXPECT_EQ(testing::FlagIds(Adult("Met her at the door, she still had her school backpack.")),
            testing::FlagIds(Adult("Met him at the door, he still had his school backpack.")));
}

// flag40: how to apply said as a request to the reader (marker list reach-out), a concept in
// every language rather than phrases: get in touch with me/us, a private channel, a messenger
// named as the channel, send your CV or photos, "I'll write to you". With no employer named it
// is J-EMPL like a phone number; with a firm named, nothing. The helper's own sentences.
TEST_F(ChecksTest, ARequestToGetInTouchIsHowToApplyInEveryLanguage) {
  for (const std::string text : {
           "Cleaners wanted for hotels in Bergen, good money. Message me for details!",
           "Warehouse lads needed in Kent, ask in DM.",
           "Night shift packers, start Monday, reach us on Telegram.",
           "Carers for Vienna, send your CV and two photos.",
           "Erntehelfer für Bayern gesucht, meldet euch per PN.",
           "Zimmermädchen für Tirol, schick mir deinen Lebenslauf.",
           "Serveuses pour une brasserie à Lyon, écrivez-moi en MP.",
           "Plongeurs pour l'été, contactez-nous sur WhatsApp.",
           "Schoonmakers voor hotels in Gent, stuur me een bericht via pb.",
           "Inpakkers gezocht, reageer hieronder met je naam.",
           "Căutăm culegători pentru Spania, scrieți-ne în privat.",
           "Ospătari pentru litoral, trimiteți CV și poze.",
           "Търсим камериерки за хотел в Гърция, пишете ми на лично.",
           "Работа в оранжерия, изпратете снимка и CV във Viber.",
           "Camareras para la temporada en Ibiza, escríbeme por privado.",
           "Peones para la fruta, manda tu CV por WhatsApp.",
           "Cameriere per la stagione a Rimini, scrivimi in privato.",
           "Raccoglitori per la vendemmia, contattaci su Telegram.",
           "Pracownicy na magazyn w Holandii, piszcie na priv.",
           "Opiekunki do Niemiec, wyślij CV i zdjęcie przez WhatsApp.",
           "Работа на складе в Чехии, пишите в личку.",
           "Нужны горничные в отель, присылайте фото и резюме в телеграм.",
           "Потрібні працівники на ферму в Польщі, пишіть в особисті.",
           "Шукаємо покоївок, надсилайте фото і резюме у вайбер.",
           // an answer asked for, a document the poster needs, what the reader sends
           "Fruit picking in Kent, the van goes Sunday. Tell me today if you're in.",
           "Obsternte in Südtirol, der Bus fährt Sonntag. Ruf mich an.",
           "Cueillette en Suisse, départ dimanche. Dis-moi ce soir.",
           "Munca la ferma in Danemarca, plecam duminica. Zi-mi azi daca vii.",
           "Работа на строеж в Англия, тръгваме в неделя. Кажи до довечера.",
           "Recogida de fresa en Huelva, salimos el domingo. Dime algo hoy.",
           "Lavoro in cantiere in Svizzera, si parte domenica. Dimmi entro stasera.",
           "Praca na budowie w Anglii. Potrzebuję zdjęcia paszportu.",
           "Работа на стройке в Чехии, выезд в воскресенье. Дай ответ сегодня.",
           "Робота на будові в Чехії, виїзд у неділю. Дай відповідь сьогодні.",
       }) {
    const Assessment a = Job(text);
    const RaisedFlag* flag = FindFlag(a, "J-EMPL");
    ASSERT_NE(flag, nullptr) << text << " " << ::testing::PrintToString(testing::FlagIds(a));
    ASSERT_FALSE(flag->spans.empty()) << text;
    EXPECT_LE(flag->spans[0].end, text.size()) << text;
  }
  // A firm named by its legal form and the same request: no J-EMPL.
  for (const std::string text : {
           "Nordhotel Ltd is hiring cleaners in Bergen. Message us for details!",
           "Hotel Alpenblick GmbH sucht Zimmermädchen, schick mir deinen Lebenslauf.",
           "Brasserie du Port SARL recrute des serveuses, écrivez-nous sur WhatsApp.",
           "ООО «Северный склад» набирает кладовщиков, пишите в личку.",
       }) {
    const Assessment a = Job(text);
    EXPECT_EQ(FindFlag(a, "J-EMPL"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  // Words that only look like a request: a report on a messenger app, a hotel's "in private
  // rooms", an advertiser's own CV.
  for (const std::string text : {
           "Our drivers use WhatsApp groups to swap shifts; we pay GBP 12.50 an hour.",
           "Housekeeping team for a spa hotel, guests stay in private rooms.",
           "Opiekunka do starszej pani, mieszka w prywatnym domu pod Berlinem.",
       }) {
    const Assessment a = Job(text);
    EXPECT_EQ(FindFlag(a, "J-EMPL"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
}

// flag40: who speaks. An adult-services ad that calls the person "she" or "he" twice is written
// about them by someone else (S-3P, the fallback of check possessive-name); the same text about a
// man gives the same flags (rule R2); one pronoun in a first-person ad is nothing. The helper's
// own sentences.
TEST_F(ChecksTest, ThePersonCalledSheOrHeTwiceRaisesS3PAlikeForEveryGender) {
  const std::vector<std::pair<std::string, std::string>> pairs = {
      {"Mia is new in town. She is sweet and her smile says everything. Outcalls only.",
       "Leo is new in town. He is sweet and his smile says everything. Outcalls only."},
      {"Sofia, 24. Lei è dolcissima, con lei il tempo vola.",
       "Marco, 24. Lui è dolcissimo, con lui il tempo vola."},
      {"Ани, 23. Тя е нова в града, обадете се за нея.",
       "Ани, 23. Той е нов в града, обадете се за него."},
      {"Катя, 22. Она новенькая, её фото настоящие.",
       "Костя, 22. Он новенький, его фото настоящие."},
      {"Оля, 22. Вона новенька, її фото справжні.", "Олег, 22. Він новенький, його фото справжні."},
  };
  for (const auto& [her, him] : pairs) {
    const Assessment a = Adult(her);
    const RaisedFlag* flag = FindFlag(a, "S-3P");
    ASSERT_NE(flag, nullptr) << her << " " << ::testing::PrintToString(testing::FlagIds(a));
    ASSERT_FALSE(flag->spans.empty()) << her;
    EXPECT_EQ(testing::FlagIds(a), testing::FlagIds(Adult(him))) << her << " / " << him;
  }
  EXPECT_EQ(FindFlag(Adult("I'm Mia, new in town. I love to meet you, my friend says she envies "
                           "me. Outcalls only."),
                     "S-3P"),
            nullptr);
}

// flag56: S-MOVE read as rotation and movement, never as a list of touring words: "new here" (the
// lead's ruling on blind24 a3), new people every week with any noun (rule R2), the line-up
// changing, a stay from one weekday to another then elsewhere, a visit on days of the month, a
// short stop on the way; never new photos every week.
TEST_F(ChecksTest, Flag56MovementIsReadAsRotationAndStaysInEveryLanguage) {
  for (const std::string text : {
           "Hi gents, Tamsin here, new around here and keen to meet you.",
           "Salut, c'est Inès, nouvelle ici, écris-moi.",
           "Nuevas masajistas cada lunes en el estudio.",
           "Ogni settimana ragazze nuove da noi, chiedi alla reception.",
           "Il gruppo cambia ogni due settimane, vieni prima che partano.",
           "Наш состав меняется каждые 7 дней.",
           "Ich bin von Freitag bis Sonntag in Bremen, dann geht es heim.",
           "Gościnnie w Toruniu 12-14, potem wracam.",
           "Lotte is op doorreis, drie nachten in Gent.",
       }) {
    EXPECT_NE(FindFlag(Adult(text), "S-MOVE"), nullptr) << text;
  }
  for (const std::string text :
       {"Fresh photos every week on my page.", "Nieuwe foto's elke week op mijn profiel."}) {
    EXPECT_EQ(FindFlag(Adult(text), "S-MOVE"), nullptr) << text;
  }
  // Touring stays T0: shown, never scored (rule R4).
  EXPECT_EQ(Adult("Ich bin von Freitag bis Sonntag in Bremen, dann geht es heim.").score.score, 0);
}

// flag56: A-STOCK for pictures from a brand's shoot or a shop, and for a face the person hid
// (scored only with NET evidence); never for "if it isn't her in the photos, you don't pay", which
// says the photos are hers, whoever is spoken of.
TEST_F(ChecksTest, Flag56PhotosFromABrandOrAHiddenFaceAreAStock) {
  for (const std::string text : {
           "The photos are from a swimwear brand's catalogue shoot, not taken by me.",
           "Les photos viennent d'une marque de lingerie, je suis plus petite en vrai.",
           "Фото со студийной съёмки бренда белья, в жизни я другая.",
           "Twarz na zdjęciach zamazałam, ludzie mnie znają.",
       }) {
    EXPECT_NE(FindFlag(Adult(text), "A-STOCK"), nullptr) << text;
  }
  for (const std::string text : {"Real pics: if he isn't the guy in the photos, you don't pay.",
                                 "Fotos reales, si no es ella la de las fotos, no pagas.",
                                 "Fotos reales, si no es él el de las fotos, no pagas."}) {
    EXPECT_EQ(FindFlag(Adult(text), "A-STOCK"), nullptr) << text;
  }
}

// flag56: J-TRANS for the poster driving the workers there and the team's van picking them up;
// never for a delivery job's own van with a fuel card.
TEST_F(ChecksTest, Flag56TheRecruitersVanIsJTransAFuelCardVanIsNot) {
  for (const std::string text : {
           "Every autumn I drive a minibus of apple pickers down to Kent, you chip in for diesel.",
           "Co sezon wiozę busa ludzi do Holandii, miejsce jeszcze jest.",
       }) {
    EXPECT_NE(FindFlag(Job(text), "J-TRANS"), nullptr) << text;
  }
  for (const std::string text : {
           "Drivers wanted: the company van and a fuel card come with the job for your rounds.",
           "Repartidores: furgoneta de la empresa y tarjeta de combustible para el reparto.",
       }) {
    EXPECT_EQ(FindFlag(Job(text), "J-TRANS"), nullptr) << text;
  }
}

// flag56: a contract of a stated length is a term the ad states, not one left for later (J-LATER).
TEST_F(ChecksTest, Flag56AContractOfAStatedLengthIsNoJLater) {
  for (const std::string text : {
           "Bar staff for our ships: nine-month contracts, then two months at home.",
           "Kellner auf Flusskreuzfahrten: Verträge über acht Monate, danach sechs Wochen frei.",
       }) {
    EXPECT_EQ(FindFlag(Job(text), "J-LATER"), nullptr) << text;
  }
}

}  // namespace
// flag41: J-FEE from its definition, as concepts in one clause: the reader pays (reader-pays) for
// one of the things a fee is charged for (fee-object: a visa, the papers, a course, insurance, a
// uniform), or such a thing costs an amount (costs-verb). The helper's own sentences, in every
// language; "we pay for your visa" and "you pay nothing" are no fee.
TEST_F(ChecksTest, TheReaderPayingForAVisaPapersOrACourseIsAFeeInEveryLanguage) {
  for (const std::string text : {
           "Before you travel you cover the visa and the medical yourself, about 350 euros.",
           "You pay for the training course, refunded after three months.",
           "Uniform and insurance are at your own expense.",
           "The paperwork costs 150 euro, paid before departure.",
           "Die Kosten für das Visum trägst du selbst.",
           "Die Unterlagen kosten 300 Euro.",
           "Les frais de visa et d'assurance sont à ta charge.",
           "La formation coûte 400 euros.",
           "De kosten voor de papieren zijn voor jezelf.",
           "De cursus kost 250 euro.",
           "Plătești 150 euro pentru viză și asigurare.",
           "Actele costă 200 de euro.",
           "Плащаш сам визата и медицинския преглед.",
           "Курсът струва 300 лева.",
           "Pagas tú el visado y el seguro médico.",
           "Los papeles cuestan 250 euros.",
           "Il visto e l'assicurazione sono a tuo carico.",
           "Il corso costa 300 euro.",
           "Koszt wizy i ubezpieczenia pokrywasz sam.",
           "Szkolenie kosztuje 500 zł.",
           "Визу и страховку оплачиваешь сам.",
           "Оформление документов стоит 300 евро.",
           "Візу і страховку оплачуєш сам.",
           "Оформлення документів коштує 300 євро.",
       }) {
    const Assessment a = Job(text);
    const RaisedFlag* flag = FindFlag(a, "J-FEE");
    ASSERT_NE(flag, nullptr) << text << " " << ::testing::PrintToString(testing::FlagIds(a));
    ASSERT_FALSE(flag->spans.empty()) << text;
    EXPECT_LE(flag->spans.back().end, text.size()) << text;
  }
  // The employer pays, the reader pays nothing, the reader is paid, or the cost is not a fee.
  for (const std::string text : {
           "We pay for your visa and the medical, you pay nothing.",
           "Visa costs are covered by the employer. Training is free.",
           "You get paid for the training days, 12 GBP an hour.",
           "Du zahlst nichts für das Visum, das übernimmt der Arbeitgeber.",
           "Tu ne paies rien pour les papiers, tout est pris en charge.",
           "Je betaalt niets voor de papieren.",
           "Nu plătești nimic pentru acte, firma suportă tot.",
           "Не плащаш нищо за документите.",
           "No pagas nada por los papeles, la empresa se encarga.",
           "Non paghi nulla per i documenti, pensa a tutto l'azienda.",
           "Nic nie płacisz za dokumenty, firma pokrywa koszty.",
           "Ничего не платишь за документы, всё за счёт работодателя.",
           "Нічого не платиш за документи, все за рахунок роботодавця.",
           "Contract and insurance included, room costs 200 EUR a month.",
       }) {
    const Assessment a = Job(text);
    EXPECT_EQ(FindFlag(a, "J-FEE"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
}

// flag41: J-URGENT from its definition ("pressure to decide or leave at once"), as concepts in one
// clause: the reader or the transport goes (go-verb) within a near time (near-time), a start
// within a near period, or the reader told to decide (decide-word) fast (fast-word). The helper's
// own sentences, in every language; travel as part of the job, a weekly rota and "take your time to
// decide" are no pressure.
TEST_F(ChecksTest, LeavingWithinDaysOrDecidingFastIsPressureInEveryLanguage) {
  for (const std::string text : {
           "Pack your bags: the bus to Holland goes in two days.",
           "You must be ready to travel within a week.",
           "Du musst innerhalb einer Woche abreisen können.",
           "Der Bus nach Holland fährt in zwei Tagen.",
           "Entscheide dich schnell.",
           "Tu dois être prêt à partir d'ici trois jours.",
           "Décide-toi vite, le car part samedi.",
           "Je moet binnen een week kunnen vertrekken.",
           "De bus naar Duitsland gaat over twee dagen, beslis snel.",
           "Trebuie să fii gata de plecare în câteva zile.",
           "Hotărăște-te repede.",
           "Трябва да си готов да заминеш до седмица.",
           "Решавай бързо.",
           "Tienes que estar listo para viajar en pocos días.",
           "Decídete rápido.",
           "Devi essere pronto a partire entro pochi giorni.",
           "Deciditi in fretta.",
           "Musisz być gotowy do wyjazdu w ciągu tygodnia.",
           "Decyduj szybko.",
           "Нужно быть готовым выехать в течение недели.",
           "Решай быстрее.",
           "Треба бути готовим виїхати протягом тижня.",
           "Вирішуй швидше.",
       }) {
    const Assessment a = Job(text);
    const RaisedFlag* flag = FindFlag(a, "J-URGENT");
    ASSERT_NE(flag, nullptr) << text << " " << ::testing::PrintToString(testing::FlagIds(a));
    ASSERT_FALSE(flag->spans.empty()) << text;
    EXPECT_LE(flag->spans.back().end, text.size()) << text;
  }
  for (const std::string text : {
           "Drivers wanted, you travel Monday to Friday across the region, home every night.",
           "Travel expenses reimbursed monthly, contract with Acme GmbH.",
           "You decide your own hours, we pay weekly.",
           "Take your time to decide, we interview every month.",
           "Wir reisen viel, Kundenbesuche in ganz Europa, Bewerbung bis Ende Monat.",
           "Le poste implique de voyager souvent, CDI, salaire 2400 EUR.",
           "Posibilitate de a călători în străinătate, contract pe perioadă nedeterminată.",
           "Puesto con posibilidad de viajar, contrato indefinido, salario 1800 euros.",
           "Praca z wyjazdami służbowymi, umowa o pracę, 6000 zł brutto.",
           "Работа с командировками, официальное оформление, зарплата 80000 руб.",
           // a timetable, not a near departure
           "Търсят се хора за оранжерии, бус тръгва от Петрич всяка неделя.",
           "The minibus goes to the farm every Monday.",
           // the day the worker leaves, then a rota: pay held back, no pressure to leave
           "O primești înapoi în ziua în care pleci. După aceea în fiecare vineri.",
           "Получаваш я обратно в деня, в който си тръгнеш. След това всеки петък.",
       }) {
    const Assessment a = Job(text);
    EXPECT_EQ(FindFlag(a, "J-URGENT"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
}

// flag41: J-PAYLATER from its definition ("pay withheld"), the forms the earlier lists leave out:
// the first pay only after months (first-pay, after-months), and pay that waits on the client
// paying the recruiter (client-pays with wage-word). The helper's own sentences; a monthly wage's
// first pay after one month, a pay review after months and the client paying a firm are no
// withholding.
TEST_F(ChecksTest, TheFirstPayOnlyAfterMonthsOrWhenTheClientPaysIsPayWithheld) {
  for (const std::string text : {
           "First pay comes after three months of work.",
           "You get paid when the client pays us.",
           "Die erste Auszahlung gibt es nach drei Monaten.",
           "Den Lohn bekommst du erst, wenn der Kunde zahlt.",
           "Le premier paiement arrive après trois mois.",
           "Eerste uitbetaling pas na drie maanden.",
           "Prima plată o primești după trei luni.",
           "Първото плащане е след три месеца.",
           "El primer pago llega a los tres meses.",
           "Il primo pagamento arriva dopo tre mesi.",
           "Pierwsza wypłata dopiero po trzech miesiącach.",
           "Первая выплата только через три месяца.",
           "Перша виплата лише через три місяці.",
       }) {
    const Assessment a = Job(text);
    const RaisedFlag* flag = FindFlag(a, "J-PAYLATER");
    ASSERT_NE(flag, nullptr) << text << " " << ::testing::PrintToString(testing::FlagIds(a));
    ASSERT_FALSE(flag->spans.empty()) << text;
    EXPECT_LE(flag->spans.back().end, text.size()) << text;
  }
  for (const std::string text : {
           "First pay review after three months, salary 2400 EUR paid monthly.",
           "Your first salary arrives at the end of your first month, then monthly.",
           "Salary 2000 EUR, paid monthly; the client pays us for the cleaning.",
           "Der erste Lohn kommt Ende des ersten Monats, danach monatlich.",
           "Первая зарплата в конце первого месяца, дальше каждый месяц.",
       }) {
    const Assessment a = Job(text);
    EXPECT_EQ(FindFlag(a, "J-PAYLATER"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
}

// flag41: J-LATER from its definition ("contract or terms only on arrival; a verbal agreement; a
// contract only with the intermediary"), the forms the earlier lists leave out: an agreement only
// spoken (verbal-word with agree-word), the contract signed with the poster in person
// (contract-word with with-me). The helper's own sentences; a language's spoken skill, an
// employer's contract "with us" and "discuss the contract with me" are neither.
TEST_F(ChecksTest, AnAgreementOnlySpokenOrAContractWithThePosterIsJLaterInEveryLanguage) {
  for (const std::string text : {
           "Everything is agreed by word of mouth, we trust each other.",
           "A handshake deal, nothing on paper.",
           "You sign the contract with me, not with the farm.",
           "Alles wird mündlich vereinbart.",
           "Den Vertrag machst du mit mir, nicht mit der Firma.",
           "Tout se fait à l'oral, pas besoin de papier.",
           "Het contract teken je met mij, niet met de boer.",
           "Semnezi contractul cu mine, nu cu ferma.",
           "Всичко се уговаря устно.",
           "Договора го подписваш с мен, не с фермата.",
           "El contrato lo firmas conmigo, no con la granja.",
           "Tutto a voce, niente carte.",
           "Il contratto lo firmi con me, non con l'azienda.",
           "Umowę podpisujesz ze mną, nie z firmą.",
           "Договор подписываешь со мной, не с фермой.",
           "Договір підписуєш зі мною, не з фермою.",
       }) {
    const Assessment a = Job(text);
    const RaisedFlag* flag = FindFlag(a, "J-LATER");
    ASSERT_NE(flag, nullptr) << text << " " << ::testing::PrintToString(testing::FlagIds(a));
    ASSERT_FALSE(flag->spans.empty()) << text;
    EXPECT_LE(flag->spans.back().end, text.size()) << text;
  }
  for (const std::string text : {
           "Good verbal and written English required, contract with Acme Ltd.",
           "Excellent verbal communication skills, all applicants welcome.",
           "Mündliche und schriftliche Deutschkenntnisse, alles Weitere im Gespräch.",
           "Please discuss the contract with me at the interview, Acme GmbH HR team.",
           "Всё по договору, официальное трудоустройство.",
       }) {
    const Assessment a = Job(text);
    EXPECT_EQ(FindFlag(a, "J-LATER"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
}

// flag41: J-UNLIC from its definition ("a private person acting as intermediary"): the poster, in
// the first person, helps people to work, sends them to a country or finds them jobs (list
// recruit-for-client, read by unnamed-recruiter). The helper's own sentences; a named agency, a
// firm's own drivers and a job seeker's story are no private intermediary.
TEST_F(ChecksTest, APosterWhoPlacesPeopleInTheFirstPersonIsAPrivateIntermediary) {
  for (const std::string text : {
           "I help people from our area find work in Germany.",
           "I send people to Holland every month, all sorted.",
           "Ich helfe Leuten, Arbeit in Deutschland zu finden.",
           "J'aide les gens à trouver du travail en France.",
           "Ik help mensen aan werk in Nederland.",
           "Ajut oamenii să-și găsească de lucru în Germania.",
           "Trimit oameni în Olanda în fiecare lună.",
           "Помагам на хора да си намерят работа в чужбина.",
           "Ayudo a la gente a encontrar trabajo en España.",
           "Aiuto le persone a trovare lavoro in Italia.",
           "Pomagam ludziom znaleźć pracę w Niemczech.",
           "Помогаю людям найти работу за границей.",
           "Допомагаю людям знайти роботу за кордоном.",
       }) {
    const Assessment a = Job(text);
    const RaisedFlag* flag = FindFlag(a, "J-UNLIC");
    ASSERT_NE(flag, nullptr) << text << " " << ::testing::PrintToString(testing::FlagIds(a));
    ASSERT_FALSE(flag->spans.empty()) << text;
    EXPECT_LE(flag->spans.back().end, text.size()) << text;
  }
  for (const std::string text : {
           "I help people find work at Acme Recruitment Ltd, licensed agency, "
           "www.acme-recruit.example.",
           "Our drivers take workers to the site every morning.",
           "I helped my brother find work last year, now I am looking for a job myself.",
       }) {
    const Assessment a = Job(text);
    EXPECT_EQ(FindFlag(a, "J-UNLIC"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
}

// flag41: the fee and the departure concepts in the plural and formal persons and with a modal
// ("you'll have to pay", "ihr zahlt", "jullie betalen", "ustedes pagan", "pagate voi"; "Salís en
// tres días", "Partite tra tre giorni"): a concept is a word family, not one form.
TEST_F(ChecksTest, FeeAndDepartureConceptsReadEveryPersonAndNumber) {
  for (const std::string text : {
           "You'll have to pay for your own visa and medical.",
           "The course fee is on you.",
           "Ihr zahlt das Visum selbst.",
           "Vous payez vous-même le visa et l'assurance.",
           "Jullie betalen zelf de cursus.",
           "Voi plătiți viza și asigurarea.",
           "Вие плащате визата и застраховката.",
           "Ustedes pagan el visado.",
           "Pagate voi il visto e l'assicurazione.",
           "Wy płacicie za wizę i ubezpieczenie.",
           "Вы оплачиваете визу и страховку сами.",
           "Ви оплачуєте візу і страховку самі.",
       }) {
    const Assessment a = Job(text);
    EXPECT_NE(FindFlag(a, "J-FEE"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  for (const std::string text : {
           "Be ready to leave within 3 days.",
           "Ihr müsst in drei Tagen abreisen.",
           "Vous partez dans trois jours.",
           "Jullie vertrekken over drie dagen.",
           "Plecați în trei zile.",
           "Заминавате след три дни.",
           "Salís en tres días.",
           "Partite tra tre giorni.",
           "Wyjeżdżacie za trzy dni.",
           "Выезжаете через три дня.",
           "Виїжджаєте через три дні.",
       }) {
    const Assessment a = Job(text);
    EXPECT_NE(FindFlag(a, "J-URGENT"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
}

// flag50, the lead's J-URGENT ruling (session 46): a plain departure day is information, not
// pressure, in every language's wording; a deadline to confirm ("by Thursday evening", written as
// one word in Dutch and German, or in the Ukrainian polite imperative), the place said to be lost
// otherwise, and a form that closes within hours or a task that expires minutes after it is taken
// still press the reader.
TEST_F(ChecksTest, APlainDepartureDayIsNoPressureButADeadlineOrALostPlaceIs) {
  for (const std::string text : {
           "Construcții în Germania, plecare luni, plata la final.",
           "Travail en usine en Belgique, départ samedi en minibus.",
           "Werk in de kassen, vertrek zondag met het busje.",
           "Warehouse staff wanted; our office closes at 6 pm on Saturdays.",
       }) {
    const Assessment a = Job(text);
    EXPECT_EQ(FindFlag(a, "J-URGENT"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  for (const std::string text : {
           "Graag bevestigen vóór vrijdagavond aan de ploegbaas.",
           "Bitte bestätige bis Freitagabend, dann buche ich den Bus.",
           "Підтвердіть до вечора п'ятниці, будь ласка.",
           "Rispondimi entro domani sera.",
           "Let me know soon, or the spot is gone.",
           "Melde dich, sonst ist der Platz vergeben.",
           "Réponds-moi vite, sinon la place est prise.",
           "Laat het weten, anders is je plek weg.",
           "Scrie-mi repede, altfel locul e ocupat.",
           "Обади се, иначе мястото е заето.",
           "Escríbeme pronto, si no, la plaza se ocupa.",
           "Scrivimi, altrimenti il posto va ad altri.",
           "Napisz szybko, inaczej miejsce przepada.",
           "Напиши мне, иначе место займут.",
           "Напишіть, інакше місце займуть.",
           "Required: your passport number. This form closes in 48 hours.",
           "Formularul se închide în 48 de ore.",
           "Анкета закрывается через 48 часов.",
           "An accepted task expires 20 minutes after you take it.",
       }) {
    const Assessment a = Job(text);
    EXPECT_NE(FindFlag(a, "J-URGENT"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
}

// flag50: one shooting day named as the job ("один знімальний день", "o zi de ședință foto") is a
// one-off job, so its day fee is compared with no monthly minimum; and the lists that only take
// J-SAL away (a qualified role, a one-day job) are read by the default rules too, so a welder's
// collective hourly wage abroad or a model's day fee no longer scores without candidate terms
// (rule R4). The same day rate for ordinary work is still J-SAL in both modes.
TEST_F(ChecksTest, OneShootingDayAndAQualifiedRoleCancelJSalAlsoWithoutCandidates) {
  const auto in = [](const std::string& text, const std::string& region, bool candidates) {
    return testing::ShippedFlagger(candidates)
        .Assess(
            {.text = text, .kind = AdKind::kLabour, .lang = "", .region = region, .phones = {}});
  };
  for (const bool candidates : {true, false}) {
    for (const auto& [text, region] : std::vector<std::pair<std::string, std::string>>{
             {"Каталог на марка дрехи: един снимачен ден в студиото, 120 € на ден по ведомост.",
              "BG"},
             {"Catalog de toamnă: o zi de ședință foto în studio, 600 lei pe zi prin statul de "
              "plată.",
              "RO"},
             {"Katalog jesienny: jeden dzień zdjęć w studiu, 800 zł brutto za dzień na umowę.",
              "PL"},
             {"Осінній каталог: один знімальний день у студії, 2500 грн за день за договором.",
              "UA"},
             {"Заварчик TIG, Дания, 245 DKK на час по колективен трудов договор, 3 години опит.",
              "BG"},
         }) {
      const Assessment a = in(text, region, candidates);
      EXPECT_EQ(FindFlag(a, "J-SAL"), nullptr)
          << candidates << " " << text << " " << ::testing::PrintToString(testing::FlagIds(a));
      EXPECT_EQ(a.score.score, 0) << candidates << " " << text;
    }
    const std::string ordinary = "Работа в склад в София, 300 лв. на ден, без опит.";
    EXPECT_NE(FindFlag(in(ordinary, "BG", candidates), "J-SAL"), nullptr) << candidates;
  }
}

// flag53 (session 50): the pay left with the boss or the grower ("Der Lohn bleibt beim Bauern",
// "Зарплата остаётся у бригадира"), and cash or pay handed over only at the end of the worker's
// stint of some months ("in contanti alla fine dei tuoi tre mesi"), in any language. A worker
// keeping their own tips, or a rise after three months, is no withholding.
TEST_F(ChecksTest, PayLeftWithTheBossOrGivenAtTheEndOfTheStintsMonthsRaisesJPaylater) {
  for (const std::string text : {
           "Strawberry picking in Kent, £11 an hour. Your wages stay with the farmer, you "
           "collect them in October. Text 07700 900412",
           "Obsternte am Bodensee, 13 € pro Stunde. Der Lohn bleibt beim Bauern, abgerechnet "
           "wird im Oktober. 07700 900413",
           "Zbiór truskawek, 28 zł/h. Pieniądze leżą u szefa do października. 07700 900414",
           "Сбор клубники, 400 ₽ в час. "
           "Зарплата остаётся у бригадира до октября. 07700 900415",
           "Badante convivente, 1.300 € al mese, te li do in contanti alla fine dei tuoi tre "
           "mesi. 07700 900416",
           "Cuidadora interna, 1.200 € al mes; el sueldo lo cobras al terminar tus tres meses. "
           "07700 900417",
           "Îngrijitoare, 1.400 euro pe lună, banii îi primești cash la sfârșitul celor două "
           "luni. 07700 900418",
       }) {
    const Assessment a = Job(text);
    EXPECT_NE(FindFlag(a, "J-PAYLATER"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  for (const std::string text : {
           "Waiters in Brighton, £12 an hour paid every Friday, tips stay with you. 07700 900412",
           "Kellner in Graz, 12 € pro Stunde, das Trinkgeld bleibt bei dir. 07700 900413",
           "Packers in Leeds, £11 an hour. After three months the salary rises to £12. 07700 "
           "900414",
       }) {
    EXPECT_EQ(FindFlag(Job(text), "J-PAYLATER"), nullptr) << text;
  }
}

// flag53: "don't worry about {language}" and the question "No {language}?" that the ad answers
// itself, in several languages; any language named gives the same flag (R2), and a worry about
// something that is no language is none.
TEST_F(ChecksTest, DontWorryAboutTheLanguageOrNoLanguageQuestionRaisesJNolang) {
  for (const std::string text : {
           "Cleaners for hotels in Leeds. Don't worry about your English, the supervisor shows "
           "you everything. 07700 900420",
           "Cleaners for hotels in Leeds. Don't worry about your Romanian, the supervisor shows "
           "you everything. 07700 900420",
           "Plongeurs à Lyon. Ne t'inquiète pas pour le français, l'équipe t'aide. 07700 900421",
           "Упаковщики на склад в Праге. Не переживай насчёт чешского, всё покажут. 07700 "
           "900422",
           "Pickers in Zeeland. No Dutch? Nobody asks for it here. 07700 900423",
           "Pickers in Zeeland. No Polish? Nobody asks for it here. 07700 900423",
           "Praca na myjni w Berlinie. Nie znasz niemieckiego? Pokażemy wszystko. 07700 900424",
           "Lavapiatti a Londra. Non sai l'inglese? Ti aiutiamo noi. 07700 900425",
       }) {
    const Assessment a = Job(text);
    EXPECT_NE(FindFlag(a, "J-NOLANG"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  for (const std::string text : {
           "Cleaners in Leeds. Don't worry about local transport, we have a van. 07700 900420",
           "Cleaners in Leeds. No car? The bus stops at the door. 07700 900420",
       }) {
    EXPECT_EQ(FindFlag(Job(text), "J-NOLANG"), nullptr) << text;
  }
}

// flag53: presence with the one cared for from one morning to the next is work around the clock,
// in any language; a morning shift is not.
TEST_F(ChecksTest, FromMorningToMorningRaisesJHours) {
  for (const std::string text : {
           "Live-in carer for a gentleman in Bath, you are with him from morning to morning. "
           "07700 900430",
           "Betreuung einer Dame in Graz, Sie sind von morgens bis morgens im Haus. 07700 900431",
           "Interna en Valencia, de mañana a mañana con la señora. 07700 900432",
           "Доглядальниця в Празі, з ранку до ранку з пані. 07700 900433",
           "Opiekunka w Monachium, od rana do rana przy pani. 07700 900434",
       }) {
    const Assessment a = Job(text);
    EXPECT_NE(FindFlag(a, "J-HOURS"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  EXPECT_EQ(FindFlag(Job("Cleaner in Bath, mornings only, 8 to 12. 07700 900430"), "J-HOURS"),
            nullptr);
}

// flag53: training from zero, nothing to learn or anyone can do it, and "never done it?" answered
// by the ad itself, in several languages; anyone may apply to a job that asks for experience.
TEST_F(ChecksTest, TrainingFromZeroOrAnyoneCanDoItRaisesJNoexp) {
  for (const std::string text : {
           "Warehouse packers in Derby, we train you from scratch. 07700 900440",
           "Упаковщики на склад, обучим с нуля. 07700 900441",
           "Sortowanie paczek, nic do nauki, każdy da radę. 07700 900442",
           "Limpieza de oficinas. ¿Nunca lo has hecho? Te enseñamos el primer día. 07700 900443",
           "Zimmermädchen in Wien. Noch nie gemacht? Wir zeigen dir alles. 07700 900444",
           "Plonge à Nantes : formation de zéro, rien à apprendre. 07700 900445",
       }) {
    const Assessment a = Job(text);
    EXPECT_NE(FindFlag(a, "J-NOEXP"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  EXPECT_EQ(FindFlag(Job("Welders in Derby, anyone can apply, three years of experience required. "
                         "07700 900440"),
                     "J-NOEXP"),
            nullptr);
}

// flag57: families read across blind19-25, each in several languages: the never-done question
// answered "you learn", credentials waved away and no skills whatsoever (J-NOEXP); a passport held
// by the poster or in a safe, and an ID asked for the payouts (J-DOCS); an age of 18 still to be
// turned (S-YOUTH). Never a language's knowledge (J-NOLANG only) or an age already turned.
TEST_F(ChecksTest, Flag57FamiliesCarryOverInEveryLanguage) {
  for (const std::string text : {
           "Cleaners in Leeds. Never cleaned an office? You'll learn in a week. 07700 900450",
           "Lager in Kassel. Noch nie gepackt? Du lernst es am ersten Tag. 07700 900451",
           "Certificates and CVs don't interest us, come to the trial day. 07700 900452",
           "Nie patrzymy na dyplomy, liczy się chęć do pracy. 07700 900453",
           "Keinerlei Kenntnisse nötig, alles per App. 07700 900454",
           "Никаких навыков не нужно, всё покажем. 07700 900455",
       }) {
    const Assessment a = Job(text);
    EXPECT_NE(FindFlag(a, "J-NOEXP"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  EXPECT_EQ(FindFlag(Job("Lager in Kassel. Keine Sprachkenntnisse nötig. 07700 900451"), "J-NOEXP"),
            nullptr);
  for (const std::string text : {
           "Your passports go in the skipper's safe until we are back. 07700 900456",
           "Paszporty trzymamy w biurze do końca sezonu. 07700 900457",
           "Для выплат нужен номер паспорта и дата рождения. 07700 900458",
       }) {
    const Assessment a = Job(text);
    EXPECT_NE(FindFlag(a, "J-DOCS"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  for (const std::string text :
       {"Hi, I'm Mia, turning 18 in September, text me.", "Ich werde im Herbst 18, schreib mir.",
        "Cumplo 18 en octubre, escríbeme."}) {
    EXPECT_NE(FindFlag(Adult(text), "S-YOUTH"), nullptr) << text;
  }
  EXPECT_EQ(FindFlag(Adult("Nika ist diesen Frühling 18 geworden, schreib mir."), "S-YOUTH"),
            nullptr);
}

// flag59: what makes an honest offer honest, read from the benign controls of blind19-26 together
// (issue 4 item 4): a works bus that runs every shift, a fare paid back with the first pay, housing
// the contract makes free or that the worker may decline, a casting open to every age and build,
// an identity document brought to the interview, a licensed agency. Each hides its indicator in
// several languages; the exploitative form beside it keeps the flag.
// Blind28 pl-j2-v7 (rule R2): a religion sentence, a prayer room for the workers, raised J-ACCOM,
// since the Polish "pokój … dla pracowników" let any word name the room. Only an adjective (a
// room's kind, "wspólny", "dwuosobowy") may stand there; a room named for its use by a noun
// ("pokój modlitw", a prayer room) is no housing.
TEST_F(ChecksTest, APrayerRoomForTheWorkersIsNoHousing) {
  const std::string prayer =
      "Korektorzy napisów. Jest pokój modlitw dla pracowników muzułmanów. Tel. 07700 900485";
  EXPECT_EQ(FindFlag(Job(prayer), "J-ACCOM"), nullptr)
      << ::testing::PrintToString(testing::FlagIds(Job(prayer)));
  for (const std::string housing :
       {"Pracownicy na budowę. Pokój wspólny dla pracowników w cenie. Tel. 07700 900486",
        "Pracownicy na budowę. Pokój dwuosobowy dla pracowników. Tel. 07700 900487"}) {
    EXPECT_NE(FindFlag(Job(housing), "J-ACCOM"), nullptr) << housing;
  }
}

TEST_F(ChecksTest, Flag59AnHonestOffersOwnWordsRaiseNoFlagInEveryLanguage) {
  const std::vector<std::pair<std::string, std::string>> honest = {
      {"J-TRANS",
       "Plant operatives, Hull. A works minibus runs from the station to the plant every "
       "shift. Call 07700 900460"},
      {"J-TRANS",
       "Produktionshelfer in Kassel. Ein Werksbus fährt jeden Morgen vom Bahnhof zum "
       "Werk. Tel. 07700 900461"},
      {"J-TRANS",
       "Pracownicy produkcji, Łódź. Firmowy bus co noc wozi ekipę z bazy na budowę. Tel. "
       "07700 900462"},
      {"J-UNLIC",
       "Pracownicy produkcji, Łódź. Firmowy bus co noc wozi ekipę z bazy na budowę. Tel. "
       "07700 900462"},
      {"J-TRANS",
       "Рабочие на завод. Служебный автобус каждую ночь везёт бригаду с базы на объект. "
       "Тел. 07700 900463"},
      {"J-TRANS",
       "Kelnerzy nad morzem. Bilet kolejowy do Gdyni zwracamy z pierwszą wypłatą. Tel. "
       "07700 900465"},
      {"J-TRANS",
       "Camerieri in montagna. Il viaggio fino all'hotel lo rimborsiamo con la prima "
       "busta paga. Tel. 07700 900467"},
      {"J-TRANS",
       "Camerieri a Verona. Turni di otto ore, straordinari volontari e pagati. Tel. "
       "07700 900467"},
      {"J-ACCOM",
       "Animateurs pour une colonie. Pension complète au chalet du personnel, gratuite "
       "selon le contrat. Tél. 07700 900469"},
      {"J-ACCOM",
       "Opiekunowie obozu. Pełne wyżywienie i nocleg w domu kadry są według umowy "
       "bezpłatne. Tel. 07700 900470"},
      {"J-ACCOM",
       "Liftpersonal gesucht. Personalwohnungen gibt es zu 280 € im Monat, privat wohnen "
       "ist ebenso möglich. Tel. 07700 900471"},
      {"J-ACCOM",
       "Personal de temporada. Alojamiento para personal disponible a 250 € al mes, o "
       "puedes alquilar por tu cuenta. Tel. 07700 900472"},
      {"J-PHOTO",
       "Film extras for a costume drama, all ages, every build. Send a full-length photo "
       "taken on a phone and your sizes. Call 07700 900474"},
      {"J-PHOTO",
       "Figurantes para una serie, todas las edades. Envía una foto de cuerpo entero "
       "hecha con el móvil. Tel. 07700 900475"},
      {"J-PHOTO",
       "Statyści do serialu, wszystkie grupy wiekowe. Wyślij zdjęcie całej sylwetki. "
       "Tel. 07700 900483"},
      {"J-DOCS",
       "Монтёры пути. На собеседование возьмите паспорт и СНИЛС для оформления. Тел. "
       "07700 900477"},
      {"J-DOCS", "Монтери колії. На співбесіду візьміть паспорт для оформлення. Тел. 07700 900478"},
      {"J-DOCS",
       "Spawacze. Na rozmowę przynieś dowód osobisty: każdy pracodawca musi mieć kopię w "
       "aktach. Tel. 07700 900479"},
      {"J-ENT",
       "Linux-Admin für unsere Webhosts in Berlin, Festanstellung, Umzug bezahlt. Tel. "
       "07700 900487"},
      {"J-UNLIC",
       "ТОВ Кастинг, ліцензоване агентство з працевлаштування, Київ: масовка для "
       "серіалу. Тел. 07700 900481"},
  };
  for (const auto& [id, text] : honest) {
    const Assessment a = Job(text);
    EXPECT_EQ(FindFlag(a, id), nullptr)
        << id << " on: " << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  const std::vector<std::pair<std::string, std::string>> exploitative = {
      {"J-TRANS",
       "Pickers for Spain. Our minibus takes you from Sofia to the farm, the seat comes "
       "off your first wage. Call 07700 900464"},
      {"J-TRANS",
       "Cueilleurs en Espagne. Le billet, je te l'avance, tu me rembourses sur ta "
       "première paie. Tél. 07700 900468"},
      {"J-ACCOM",
       "Pickers wanted. Housing provided, 300 a month taken from your wages. Call 07700 "
       "900473"},
      {"J-PHOTO", "Promo staff wanted. Send a full-length photo in a bikini. Call 07700 900476"},
      {"J-PHOTO",
       "Dancers for Tokyo, girls 18-24, slim. Send three full-length photos in a swimsuit "
       "and one without make-up. Call 07700 900484"},
      {"J-TRANS",
       "Cleaners for offices. No language needed, our van picks you up every morning at "
       "the station. Call 07700 900485"},
      {"J-ACCOM",
       "Apple pickers. A bed in the hostel, 8 a day, taken from your pay by contract. "
       "Call 07700 900486"},
      {"J-DOCS",
       "Deckhands. The skipper keeps your passport in his safe until we are back. Call "
       "07700 900480"},
      {"J-UNLIC", "Я не агентство, просто знаю фермера. Тел. 07700 900482"},
  };
  for (const auto& [id, text] : exploitative) {
    const Assessment a = Job(text);
    EXPECT_NE(FindFlag(a, id), nullptr)
        << id << " on: " << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
}

// flag58: frames read side by side in the misses of blind19-26 (issue 4 item 7), each a pair of
// concepts in any language rather than one set's phrase. Every text below is written for the test.
TEST_F(ChecksTest, AnIntakeClosingSoonOrADecisionByANearDayRaisesJUrgent) {
  for (const std::string text : {
           "Fruit packers for Kent. The list closes on Friday, text 07700 900123",
           "Erntehelfer Spanien. Die Anmeldung schließt morgen. Tel 0151 00000000",
           "Sezon w Holandii. Zapisy kończą się jutro. Tel 500 000 000",
           "Cules în Spania. Mâine se închide lista. 0740 000 000",
           "Kassen in Westland. Vanavond sluit de inschrijving. 06 00000000",
           "Abattoir job in Ireland, decide by Sunday, 07700 900123",
       }) {
    EXPECT_NE(FindFlag(Job(text), "J-URGENT"), nullptr) << text;
  }
  // an employer's closing date to apply, or a shop's opening hours, press no one
  for (const std::string text : {
           "Warehouse operatives, Acme Ltd. Applications closing Friday 12 December.",
           "Our shop closes at 6pm on Friday, come by.",
       }) {
    EXPECT_EQ(FindFlag(Job(text), "J-URGENT"), nullptr) << text;
  }
}

TEST_F(ChecksTest, TermsSettledOnlyOnceThereOrAfterATrialRaiseJLater) {
  for (const std::string text : {
           "Roofers for Bergen. The pay I explain once you're there. 07700 900123",
           "Bau in Norwegen. Der Lohn wird nach der Probewoche festgelegt. 0151 00000000",
           "Склад в Польше, оплату обсудим, когда будешь там. +7 900 000-00-00",
       }) {
    EXPECT_NE(FindFlag(Job(text), "J-LATER"), nullptr) << text;
  }
}

TEST_F(ChecksTest, PayKeptOrSettledOnlyAtTheEndOfTheSeasonRaisesJPaylater) {
  for (const std::string text : {
           "Pickers for Spain. I keep your bank card until the season ends. 07700 900123",
           "Zbiory w Niemczech. Szef wypłaca wszystko na koniec roku. 500 000 000",
           "Schäfer in Tirol. Der Bauer rechnet den Lohn für die ganze Saison im Oktober ab. "
           "0151 00000000",
           "Cleaners for Leeds. The full wages I pay you on the coach home. 07700 900123",
       }) {
    EXPECT_NE(FindFlag(Job(text), "J-PAYLATER"), nullptr) << text;
  }
  // a season's pay stated as a sum and paid every month is no pay withheld
  EXPECT_EQ(FindFlag(Job("Pickers for Spain. Pay: EUR 9,000 for the whole season, paid monthly "
                         "into your account. Agrofruta S.L."),
                     "J-PAYLATER"),
            nullptr);
}

TEST_F(ChecksTest, PapersSaidNotNeededOrAHolidayToDeclareRaiseJVisa) {
  for (const std::string text : {
           "Bau in Österreich. Arbeitserlaubnis braucht man nicht. 0151 00000000",
           "Call centre in Dubai. At immigration say you are on holiday. 07700 900123",
       }) {
    EXPECT_NE(FindFlag(Job(text), "J-VISA"), nullptr) << text;
  }
}

TEST_F(ChecksTest, DawnToDarkDaysACompoundTownAndAnyAbilityFrameRaiseTheirIndicators) {
  EXPECT_NE(FindFlag(Job("Farm hands in Norway, from first light until dark, six days. "
                         "07700 900123"),
                     "J-HOURS"),
            nullptr);
  EXPECT_NE(FindFlag(Job("Chat support agents wanted, new campus in Shwe Kokko, flight paid. "
                         "Telegram @hr_x"),
                     "J-HUB"),
            nullptr);
  EXPECT_NE(FindFlag(Job("Bike workshop in Leeds. If you can hold a spanner you can fix bikes. "
                         "07700 900123"),
                     "J-NOEXP"),
            nullptr);
  // a licence one must have is the opposite of no experience needed
  EXPECT_EQ(FindFlag(Job("Forklift drivers, Acme Ltd, £13 an hour. If you have a counterbalance "
                         "licence you can start Monday."),
                     "J-NOEXP"),
            nullptr);
}

// flag61 (rule R4, the lead's session 55 ruling on blind27): the weak facts an honest offer states
// too (no experience needed, housing, transport, no language needed, a near start) stay flagged,
// but add to the score only beside a moderate or strong sign: every allowed job, network or account
// indicator of tier T2 or higher is listed in their `only_with`, so that a new one cannot be left
// out.
TEST_F(ChecksTest, Flag61EveryWeakJobFactCountsOnlyBesideAStrongerSign) {
  const RuleSet& rules = *testing::ShippedRuleSet();
  for (const char* weak : {"J-NOEXP", "J-NOLANG", "J-ACCOM", "J-TRANS", "J-URGENT"}) {
    const Indicator* indicator = rules.Find(weak);
    ASSERT_NE(indicator, nullptr) << weak;
    for (const Indicator& other : rules.indicators) {
      const bool job_side = other.id.rfind("J-", 0) == 0 || other.id.rfind("N-", 0) == 0 ||
                            other.id.rfind("A-", 0) == 0;
      if (!job_side || other.tier < Tier::kT2 || !rules.scoring.IsScored(other.id)) continue;
      EXPECT_NE(std::find(indicator->only_with.begin(), indicator->only_with.end(), other.id),
                indicator->only_with.end())
          << weak << " should count beside " << other.id;
    }
    for (const std::string& id : indicator->only_with) {
      const Indicator* needed = rules.Find(id);
      ASSERT_NE(needed, nullptr) << id;
      EXPECT_GE(needed->tier, Tier::kT2) << weak << " counts beside the weak " << id;
    }
  }
  const std::string honest_en =
      "Kew Vale Gardens Ltd (company no. 00000000), 12 Garden Row, Richmond, kewvale.example: "
      "seasonal garden assistants. No experience needed, full paid training. Our minibus takes "
      "the team from the station to the gardens. £12.60 an hour, contract from day one. Apply at "
      "jobs@kewvale.example or call 020 7946 0123.";
  const std::string honest_de =
      "Gartenbau Vogt GmbH, HRB 000000, Gartenstraße 4, Erfurt, vogt.example: Saisonhelfer "
      "gesucht. Keine Erfahrung nötig, bezahlte Einarbeitung. Unser Kleinbus bringt das Team "
      "vom Bahnhof zur Gärtnerei. 13,90 € pro Stunde, Vertrag ab dem ersten Tag. Bewerbung an "
      "jobs@vogt.example oder 0361 000000.";
  for (const std::string& text : {honest_en, honest_de}) {
    const Assessment a = Job(text);
    EXPECT_NE(FindFlag(a, "J-NOEXP"), nullptr) << text;  // the words stay flagged (the ruling)
    EXPECT_EQ(a.score.score, 0) << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  // The same facts beside a deduction or a kept passport count again, with their points.
  const std::vector<std::pair<std::string, std::string>> beside = {
      {testing::Replace(honest_en, "£12.60",
                        "The room costs £90 a week and comes off your wages. £12.60"),
       "J-DEDUCT"},
      {testing::Replace(honest_de, "13,90",
                        "Den Reisepass behalten wir bis zum Saisonende im Büro. 13,90"),
       "J-DOCS"},
  };
  for (const auto& [text, strong] : beside) {
    const Assessment a = Job(text);
    ASSERT_NE(FindFlag(a, strong), nullptr) << text;
    const auto noexp = std::find_if(a.score.contributions.begin(), a.score.contributions.end(),
                                    [](const Contribution& c) { return c.id == "J-NOEXP"; });
    ASSERT_NE(noexp, a.score.contributions.end()) << text;
    EXPECT_EQ(noexp->points, 4) << text;
  }
}

// flag61 (flag60's drafts, rewritten so that Vectorscan compiles them): a daily ride between the
// lodging or a base and the site and a staff bus for the shifts are no travel to the job (J-TRANS
// masks); a trip one way, a van "there and back" with no places named and a departure with its
// arrival are still read.
TEST_F(ChecksTest, Flag61ARoundTripOrAStaffBusForTheShiftsIsNoJTrans) {
  for (const std::string text : {
           "Dig assistants, Lincoln. Our minibus takes the team from the guesthouse to the trench "
           "and back. Call 07700 900490",
           "Aides de fouille. Notre minibus emmène l'équipe de la maison d'hôtes au chantier et "
           "retour. Tél. 07700 900491",
           "Opgravingshulpen. Ons busje brengt het team van het pension naar de put en terug. "
           "Tel. 07700 900492",
           "Monteri de cale. Microbuzul nostru duce echipa de la pensiune la șantier și înapoi. "
           "Tel. 07700 900493",
           "Монтёры пути. Служебный микроавтобус возит бригаду от базы до объекта и обратно. "
           "Тел. 07700 900494",
           "Ground crew, Gatwick. A free staff bus runs from the city centre for early and late "
           "shifts. Call 07700 900495",
           "Personal de rampa. Para los turnos de madrugada hay un autobús de personal gratuito "
           "desde el centro. Tel. 07700 900496",
           "Наземный персонал. Для ранних и поздних смен ходит бесплатный служебный автобус из "
           "центра. Тел. 07700 900497",
       }) {
    const Assessment a = Job(text);
    EXPECT_EQ(FindFlag(a, "J-TRANS"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
    EXPECT_EQ(FindFlag(a, "J-UNLIC"), nullptr) << text;
  }
  for (const std::string text : {
           "Pickers for Spain. Our minibus takes you from Sofia to the farm, the seat comes off "
           "your first wage. Call 07700 900464",
           "Schoonmakers. Ons busje rijdt je elke dag heen en terug, geen Nederlands nodig. Tel. "
           "07700 900465",
           "Pickers for Germany. Our bus leaves Sofia at 18:00 and arrives at 10:00, the seat "
           "comes off your first wage. Call 07700 900466",
       }) {
    EXPECT_NE(FindFlag(Job(text), "J-TRANS"), nullptr) << text;
  }
}

// flag62: the scam-compound route when the role has another name. A paid flight to a border town of
// the compounds (Myawaddy, Bavet, Sihanoukville...) from an employer one cannot check is the route
// whatever the job is called; a paid flight to the country with no role word of the route is not,
// nor is the town with a checkable employer. The desk work the compounds advertise under other
// names (subtitles, moderation, answering fans) is a role word of the route.
TEST_F(ChecksTest, Flag62AFlightToACompoundTownIsTheScamHubRouteWhateverTheRole) {
  for (const std::string text : {
           "Photo models for an online shop. We pay your ticket to Phnom Penh and our car takes "
           "you on to the office in Bavet. Telegram @studio_jobs",
           "Hostessen gesucht, Flug nach Bangkok bezahlt, dann mit unserem Fahrer weiter nach "
           "Myawaddy. Nur Telegram @hostess_job",
           "Subtitle checkers for a video app, 2,000 USD a month, free flight to Thailand. "
           "Telegram @subs_team",
           "Модераторы чатов, перелёт до Таиланда за наш счёт. Телеграм @mod_team",
       }) {
    const Assessment a = Job(text);
    EXPECT_NE(FindFlag(a, "J-HUB"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  for (const std::string text : {
           "Photo models for an online shop, ticket paid to Sihanoukville. Brightwave Ltd, "
           "company number 01234567, careers at brightwave.example",
       }) {
    const Assessment a = Job(text);
    EXPECT_EQ(FindFlag(a, "J-HUB"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
}

// flag62: a visa or permit that has run out, offered work all the same (J-VISA: "a visa status
// that does not allow the job"); a work permit the employer renews is not.
TEST_F(ChecksTest, Flag62AVisaThatRanOutRaisesJVisa) {
  for (const std::string text : {
           "Packers for a fish plant. Your visa expired? Come anyway, cash every Friday. "
           "07700 900513",
           "Verpacker gesucht. Visum abgelaufen? Egal, Lohn bar am Freitag. 07700 900514",
           "Упаковщики. Виза кончилась? Приезжайте, оплата наличными. 07700 900515",
       }) {
    const Assessment a = Job(text);
    EXPECT_NE(FindFlag(a, "J-VISA"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  const Assessment renewed =
      Job("Packers for a fish plant in Hull, a written contract with payslips. We renew your "
          "work permit before it runs out. Brightwave Ltd, careers at brightwave.example");
  EXPECT_EQ(FindFlag(renewed, "J-VISA"), nullptr)
      << ::testing::PrintToString(testing::FlagIds(renewed));
}

// flag62: adult indicators shown for context (T0): a rotation every two weeks and a stay of one
// week or weekend (S-MOVE), a new client asked for a first name and a link to a professional
// profile (S-SCREEN), and the person in the photos said to be the one who comes (S-TRUST); working
// at weekends is no stay.
TEST_F(ChecksTest, Flag62RotationsShortStaysScreeningAndRealPhotosAreShown) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"New faces every two weeks, this lot leaves on the 20th. Text 07700 900516", "S-MOVE"},
      {"Alle zwei Wochen neue Gesichter. SMS 07700 900517", "S-MOVE"},
      {"In Leeds only for the festival weekend, Friday to Sunday. Texts 07700 900518", "S-MOVE"},
      {"Nur zur Jazzwoche in Leipzig. SMS 07700 900519", "S-MOVE"},
      {"В Казани только на неделю фестиваля. SMS 07700 900520", "S-MOVE"},
      {"To book, send me your first name and a link to your work profile. Texts 07700 900521",
       "S-SCREEN"},
      {"Schick mir deinen Vornamen und einen Link zu einem beruflichen Profil. SMS 07700 900522",
       "S-SCREEN"},
      {"The companion in the gallery is the companion at your door. 07700 900523", "S-TRUST"},
      {"La persona de las fotos es la que llama a tu puerta. 07700 900524", "S-TRUST"},
  };
  for (const auto& [text, id] : cases) {
    const Assessment a = Adult(text);
    EXPECT_NE(FindFlag(a, id), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  const Assessment weekends =
      Adult("Available weekends only, Friday to Sunday. Texts 07700 900525");
  EXPECT_EQ(FindFlag(weekends, "S-MOVE"), nullptr)
      << ::testing::PrintToString(testing::FlagIds(weekends));
}

// flag62: a handshake or the poster's word in place of a contract (J-LATER), a question about the
// missing skill answered that nobody expects it or that someone shows the reader everything
// (J-NOEXP), and pictures made with a professional model (A-STOCK).
TEST_F(ChecksTest, Flag62AHandshakeContractAReassuredNoviceAndAModelsPictures) {
  for (const std::string text : {
           "Log loaders. Contracts? We shake hands in the yard and that's it. Call 07700 900526",
           "Erntehelfer. Verträge? Ein Handschlag reicht. 07700 900527",
           "Сборщики. Договор? Моего слова хватит. 07700 900528",
       }) {
    const Assessment a = Job(text);
    EXPECT_NE(FindFlag(a, "J-LATER"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  for (const std::string text : {
           "Pakowacze. Nie wiesz, jak pakować ryby? Nikt tego nie oczekuje. 07700 900530",
       }) {
    const Assessment a = Job(text);
    EXPECT_NE(FindFlag(a, "J-NOEXP"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  const Assessment pictures =
      Adult("Our pictures were taken in the studio with a professional model. Texts 07700 900532");
  EXPECT_NE(FindFlag(pictures, "A-STOCK"), nullptr)
      << ::testing::PrintToString(testing::FlagIds(pictures));
}

// flag64: a request the ad says it does not make (mask request-refused): a negation and a request
// verb before the photos, the measurements or the identity document, in one clause, in every
// language as it writes it. Each negated line has its twin that asks, which is still read.
TEST_F(ChecksTest, Flag64ARequestTheAdSaysItDoesNotMakeIsNoRequest) {
  const std::vector<std::tuple<std::string, std::string, std::string>> cases = {
      {"Dancers for a club abroad. Send photos of your body in a bikini and your measurements. "
       "Call 07700 900640",
       "Animators for family resorts. We do not ask for photos of your body or for measurements. "
       "Call 07700 900640",
       "J-PHOTO"},
      {"Tänzerinnen fürs Ausland. Schick Ganzkörperfotos im Bikini und deine Maße. Tel. 07700 "
       "900641",
       "Animateure für Familienhotels. Wir verlangen keine Ganzkörperfotos im Bikini und keine "
       "Maße. Tel. 07700 900641",
       "J-PHOTO"},
      {"Danseuses pour l'étranger. Envoyez des photos en maillot de bain et vos mensurations. "
       "Tél. 07700 900642",
       "Animateurs pour clubs familiaux. Nous ne demandons pas de photos en maillot de bain ni vos "
       "mensurations. Tél. 07700 900642",
       "J-PHOTO"},
      {"Danseressen voor het buitenland. Stuur foto's in bikini en je maten. Tel. 07700 900643",
       "Animatoren voor familieparken. We vragen geen foto's in bikini en geen maten. Tel. 07700 "
       "900643",
       "J-PHOTO"},
      {"Bailarinas para el extranjero. Envía fotos en bikini y tus medidas. Tel. 07700 900644",
       "Animadores para hoteles familiares. No pedimos fotos en bikini ni medidas. Tel. 07700 "
       "900644",
       "J-PHOTO"},
      {"Танцовщицы за границу. Пришлите фото в купальнике и ваши параметры. Тел. 07700 900645",
       "Аниматоры в семейные отели. Мы не просим фото в купальнике и параметры. Тел. 07700 900645",
       "J-PHOTO"},
      {"Tänzerinnen fürs Ausland. Schick Ganzkörperfotos im Bikini und deine Maße. Tel. 07700 "
       "900665",
       "Animateure für Familienhotels. Ganzkörperfotos im Bikini oder Maße verlangen wir nicht. "
       "Tel. 07700 900665",
       "J-PHOTO"},
      {"Packers for a farm abroad. Send a copy of your passport before the trip. Call 07700 "
       "900646",
       "Packers for a farm in Kent. We never ask for your passport before the interview. Call "
       "07700 900646",
       "J-DOCS"},
  };
  for (const auto& [asks, refuses, id] : cases) {
    const Assessment asked = Job(asks);
    EXPECT_NE(FindFlag(asked, id), nullptr)
        << asks << " " << ::testing::PrintToString(testing::FlagIds(asked));
    const Assessment refused = Job(refuses);
    EXPECT_EQ(FindFlag(refused, id), nullptr)
        << refuses << " " << ::testing::PrintToString(testing::FlagIds(refused));
  }
}

// flag64 (J-HOURS): a rota of three or four 12-hour shifts a week is a lawful week (care,
// security: mask few-long-shifts); 12-hour shifts six days a week are still read. A night that
// ends only when the last guest or client leaves, six or seven nights a week, is a long night
// with no hour set (pair night-ends-open with nights-a-week or six-seven-days); the open end
// alone, two nights a week, is not.
TEST_F(ChecksTest, Flag64AFewLongShiftsAreARotaANightUntilTheLastGuestIsLong) {
  for (const std::string text : {
           "Care assistants, three 12-hour shifts (36 hours) on a rota published six weeks ahead. "
           "Call 0161 496 0640",
           "Pflegehelfer, drei Schichten von 12 Stunden pro Woche nach Dienstplan. Tel. 0161 496 "
           "0641",
           "Auxiliares, tres turnos de 12 horas (36 horas) con cuadrante publicado. Tel. 0161 496 "
           "0642",
           "Сиделки, три смены по 12 часов (36 часов) по графику. Тел. 0161 496 0643",
       }) {
    const Assessment a = Job(text);
    EXPECT_EQ(FindFlag(a, "J-HOURS"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  for (const std::string text : {
           "Hostesses from 8 in the evening until the last guest leaves, seven nights a week. "
           "Call 07700 900647",
           "Hostessen ab 20 Uhr, bis der letzte Gast geht, sieben Nächte die Woche. Tel. 07700 "
           "900648",
           "Hôtesses de 20 h jusqu'au départ du dernier client, sept soirs sur sept. Tél. 07700 "
           "900649",
           "Azafatas desde las 20 h hasta que se va el último cliente, siete noches a la semana. "
           "Tel. 07700 900650",
           "Хостес с 20:00, пока не уйдёт последний клиент, семь ночей в неделю. Тел. 07700 900651",
           "Barmen, as long as there are customers, 7 days a week. Call 07700 900652",
       }) {
    const Assessment a = Job(text);
    EXPECT_NE(FindFlag(a, "J-HOURS"), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  const Assessment two_nights =
      Job("Bar staff, Fridays and Saturdays until the last guest leaves. Call 07700 900653");
  EXPECT_EQ(FindFlag(two_nights, "J-HOURS"), nullptr)
      << ::testing::PrintToString(testing::FlagIds(two_nights));
}

// flag64: the poster takes the client's money for the people ("you pay me and I sort
// everything", "you don't talk money with them": S-3P), and the person in the photos said to be
// the one who arrives ("what you see is who arrives": S-TRUST). Someone who takes payment for
// their own time ("you pay me at the start") is no third party.
TEST_F(ChecksTest, Flag64APosterWhoTakesTheMoneyAndWhatYouSeeArrives) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Flat near the dock gate. You pay me and I sort everything. 07700 900654", "S-3P"},
      {"Don't talk money with them, text me first. 07700 900655", "S-3P"},
      {"Du zahlst mir und ich regle alles. SMS 07700 900656", "S-3P"},
      {"Платишь мне, и я всё решаю. Тел. 07700 900657", "S-3P"},
      {"What you see is who arrives, every time. 07700 900658", "S-TRUST"},
      {"Celle que vous voyez est celle qui arrive. 07700 900659", "S-TRUST"},
      {"Lo que ves es lo que llega. 07700 900660", "S-TRUST"},
      {"Что видите на фото, то и приедет. 07700 900661", "S-TRUST"},
  };
  for (const auto& [text, id] : cases) {
    const Assessment a = Adult(text);
    EXPECT_NE(FindFlag(a, id), nullptr)
        << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  const Assessment own =
      Adult("I work for myself: you pay me at the start, in cash. Texts 07700 900662");
  EXPECT_EQ(FindFlag(own, "S-3P"), nullptr) << ::testing::PrintToString(testing::FlagIds(own));
}

}  // namespace ariadne::flag

namespace ariadne::flag {
namespace {

// flag63 (session 58): the readings written from the families of blind29's misses, each in a few
// languages with the counterfactual an honest ad writes (a contract from day one, a client paying
// a subcontractor's rate, a closing date alone, sleeping at home).
class Flag63Test : public ChecksTest {
 protected:
  static void ExpectFlag(const Assessment& a, const std::string& id, const std::string& text) {
    EXPECT_NE(FindFlag(a, id), nullptr)
        << id << " on " << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
  static void ExpectNoFlag(const Assessment& a, const std::string& id, const std::string& text) {
    EXPECT_EQ(FindFlag(a, id), nullptr)
        << id << " on " << text << " " << ::testing::PrintToString(testing::FlagIds(a));
  }
};

TEST_F(Flag63Test, HiredOnTheSpotAGroupLeavingAsTheSelectionClosesOrAPlaceHeldForMinutes) {
  for (
      const std::string text : {
          "Tyre fitters for the winter rush. Turn up on Monday and you're hired. Text 07700 900601",
          "Reifenmonteure gesucht. Kommst du morgen vorbei, bist du eingestellt. SMS 07700 900602",
          "Buscamos montadores de neumáticos. Si puedes venir el lunes, estás contratado. 07700 "
          "900603",
          "Chat operators abroad. Applications close Thursday and the first group flies on Sunday. "
          "Telegram: @flag63_desk",
          "Operatorzy czatu. Rekrutacja kończy się w piątek, a pierwsza grupa leci w poniedziałek. "
          "Telegram: @flag63_desk",
          "Ta place d'essai est gardée pendant 20 minutes, pas plus. Écris au 07700 900605",
          "Место на пробный раунд держим на 30 минут. Пиши 07700 900606",
      }) {
    ExpectFlag(Job(text), "J-URGENT", text);
  }
  for (const std::string text : {
           "Tyre fitters for the season. After a paid trial shift you're hired on a contract. Text "
           "07700 900607",
           "Chat operators. Applications close on 12 December; training starts in January. Call "
           "07700 900608",
           "Ta place d'essai est réservée pour la saison. Écris au 07700 900609",
       }) {
    ExpectNoFlag(Job(text), "J-URGENT", text);
  }
}

TEST_F(Flag63Test, MoneyHandedToThePosterPaidBeforeTheStartOrFromTheReadersOwnWallet) {
  for (const std::string text : {
           "Beet campaign, sign up with me. For the arrangement you give me £220 in cash. 07700 "
           "900610",
           "Zuckerrübenkampagne. Für das Ganze gibst du mir 250 € bar. 07700 900611",
           "Hôtesses VIP : stage de maquillage, 600 € avant de commencer, remboursé après six "
           "mois. "
           "WhatsApp 07700 900612",
           "Dal livello Oro prenoti il pacchetto con 100 USDT di tasca tua. Telegram: @flag63_desk",
       }) {
    ExpectFlag(Job(text), "J-FEE", text);
  }
  // A client pays the subcontractor's rate: "you pay me" is no fee from the worker.
  for (const std::string text : {
           "Comme convenu, vous me versez 20 € de l'heure par homme. David, 07700 900614",
           "Как договаривались, вы платите мне 450 рублей в час за человека. 07700 900615",
       }) {
    ExpectNoFlag(Job(text), "J-FEE", text);
  }
}

TEST_F(Flag63Test, AContractSignedOnlyOnTheFirstDayOrNothingSignedIsJLater) {
  for (const std::string text : {
           "Tyre fitters. The contract gets signed on your first day at the workshop. Text 07700 "
           "900620",
           "Montadores. El contrato lo firmas en el taller el primer día. 07700 900621",
           "Wulkanizatorzy. Umowę podpisujesz w warsztacie pierwszego dnia. 07700 900622",
           "Сборщики оливок. Мы ничего не подписываем, у нас слово дороже бумаги. 07700 900623",
       }) {
    ExpectFlag(Job(text), "J-LATER", text);
  }
  // A contract from day one, or signed before it, is an honest ad's.
  for (const std::string text : {
           "Camareros. Contrato indefinido desde el primer día. Llama al 07700 900624",
           "Serveurs. Contrat signé dès le premier jour. Appelez le 07700 900625",
           "Kelnerzy. Umowę podpisujesz przed pierwszym dniem pracy. 07700 900626",
           "Waiters. You sign the contract before your first day. Call 07700 900627",
       }) {
    ExpectNoFlag(Job(text), "J-LATER", text);
  }
}

TEST_F(Flag63Test, RatingsForCommissionAndPayOnlyBetterThanElsewhere) {
  for (const std::string text : {
           "You play the first minute of new audiobooks in our app and give each one stars, 40 "
           "titles a round, £80–£300 a day. Telegram: @flag63_desk",
           "Jede Bewertung bringt dir Provision. Schreib meiner Mentorin auf Telegram: "
           "@flag63_desk",
       }) {
    ExpectFlag(Job(text), "J-TASK", text);
  }
  // The pay given only as better than anything around, with no figure (the amount is the fee the
  // reader hands over). The question-and-answer form ("What does it pay? Better than ...") crosses
  // a sentence end, which no pair reads: left for a term.
  const std::string vague =
      "Beet campaign. It pays better than anything round here, ask anyone. For the arrangement "
      "you give me €250. Message me: 07700 900631";
  ExpectFlag(Job(vague), "J-VAGUE", vague);
  const std::string stated =
      "Beet campaign. Pay is €14 an hour, better than the minimum wage. Message me: 07700 900632";
  ExpectNoFlag(Job(stated), "J-VAGUE", stated);
}

TEST_F(Flag63Test, NoExpertNeededTheRecruitersCarAndWhereTheWorkersSleep) {
  for (const std::string text : {
           "Game testers. You don't need to be a gamer: three days of training. Telegram: "
           "@flag63_desk",
           "Spieletester. Du musst kein Profi sein. Telegram: @flag63_desk",
       }) {
    ExpectFlag(Job(text), "J-NOEXP", text);
  }
  const std::string gamer =
      "Game testers. You need to be a gamer with two years of esports. Telegram: @flag63_desk";
  ExpectNoFlag(Job(gamer), "J-NOEXP", gamer);
  const std::string car = "Beet campaign. We leave from Leeds bus station in my car. 07700 900640";
  ExpectFlag(Job(car), "J-TRANS", car);
  const std::string sleep =
      "Harvest hands. You sleep in the old farmhouse by the yard. 07700 900641";
  ExpectFlag(Job(sleep), "J-ACCOM", sleep);
  const std::string home = "Harvest hands. You sleep at home every night. 07700 900642";
  ExpectNoFlag(Job(home), "J-ACCOM", home);
}

TEST_F(Flag63Test, PayHeldUntilTheProduceIsSoldMealsTakenFromPayAndNoRestDay) {
  for (const std::string text : {
           "Harvest hands, €55 a day, paid in full when the oil is sold at the co-op. 07700 900670",
           "Erntehelfer, 55 € am Tag, den Lohn zahlen wir, wenn das Öl verkauft ist. 07700 900671",
           "Recolectores, 55 € al día, pagamos el sueldo cuando se venda el aceite. 07700 900672",
       }) {
    ExpectFlag(Job(text), "J-PAYLATER", text);
  }
  const std::string weekly =
      "Harvest hands, €55 a day, wages every Friday; our oil is sold at the farm shop. 07700 "
      "900675";
  ExpectNoFlag(Job(weekly), "J-PAYLATER", weekly);
  const std::string meals =
      "Harvest hands. The meals are settled out of your wages every Friday. "
      "07700 900673";
  ExpectFlag(Job(meals), "J-DEDUCT", meals);
  const std::string every =
      "Harvest hands. We pick every day without a Sunday until the last tree. "
      "07700 900674";
  ExpectFlag(Job(every), "J-HOURS", every);
  const std::string sunday =
      "Harvest hands. We pick five days a week and never on a Sunday. 07700 "
      "900676";
  ExpectNoFlag(Job(sunday), "J-HOURS", sunday);
}

TEST_F(Flag63Test, AFamilyHiringForItsOwnGroveIsNoUnlicensedRecruiter) {
  for (const std::string text : {
           "Olive harvest, our family has pressed its own oil since 1952. My sister-in-law has "
           "broken her wrist, so we need an answer by Friday. Call Eleni: 07700 900680",
           "Olivenernte, wir pressen unser eigenes Öl seit 1952. Meine Schwägerin hat sich das "
           "Handgelenk gebrochen, also brauchen wir bis Freitag eine Antwort. 07700 900681",
           "Olijvenoogst, we persen onze eigen olie sinds 1952. Mijn schoonzus heeft haar pols "
           "gebroken, dus we hebben vrijdag een antwoord nodig. 07700 900682",
       }) {
    ExpectNoFlag(Job(text), "J-UNLIC", text);
  }
  // A relative who has a farm or a place for the reader still places the reader.
  for (const std::string text : {
           "Pickers wanted. My cousin has a farm near Lleida and takes four. 07700 900683",
           "Erntehelfer gesucht. Mein Schwager hat einen Hof bei Bari. 07700 900684",
           "Plukkers gezocht. Mijn zwager heeft een boerderij bij Almería. 07700 900685",
       }) {
    ExpectFlag(Job(text), "J-UNLIC", text);
  }
}

TEST_F(Flag63Test, ATownOfTheCompoundsWithAFlightIsJHubACountryWithAFlightIsNot) {
  const std::string hotel =
      "Hotel receptionists for a resort in Thailand, flight paid. Apply at jobs@resort.example";
  ExpectNoFlag(Job(hotel), "J-HUB", hotel);
  const std::string town =
      "Office staff for a company in Poipet, flight paid. Telegram: @flag63_desk";
  ExpectFlag(Job(town), "J-HUB", town);
}

TEST_F(Flag63Test, AnOrdinaryHourlyWageInPragueOrTallinnIsNoJSal) {
  for (const std::string text : {
           "Strip-out crew in Prague, €14 an hour, no experience needed. Call 07700 900650",
           "Коптильня в Таллине, 12 € в час, опыт не нужен. 07700 900651",
       }) {
    ExpectNoFlag(Job(text), "J-SAL", text);
  }
  const std::string high = "Packers in Prague, €4,000 a month, no experience. Call 07700 900652";
  ExpectFlag(Job(high), "J-SAL", high);
}

TEST_F(Flag63Test, TermsThatConcedeThePersonMayDifferFromTheProfileAreSDiscrep) {
  for (const std::string text : {
           "Booking terms. 3. The lady who attends may be older and of a fuller figure than her "
           "gallery. Texts 07700 900660",
           "Buchungsbedingungen. 3. Die Dame kann etwas älter aussehen als im Profil. 07700 900661",
           "Условия. 3. Девушка может выглядеть немного старше, чем в анкете. 07700 900662",
       }) {
    const Assessment a = Adult(text);
    ExpectFlag(a, "S-DISCREP", text);
  }
  const std::string recent = "My photos are recent and my own. Texts 07700 900663";
  ExpectNoFlag(Adult(recent), "S-DISCREP", recent);
}

}  // namespace
}  // namespace ariadne::flag
