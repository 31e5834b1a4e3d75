#include "link/mentions.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "link/spans_of.h"

namespace ariadne::link {
namespace {

std::vector<Mention> Mentions(const std::string& text, const std::vector<std::string>& numbers) {
  const std::vector<MaskSpan> spans = SpansOf(text, numbers);
  return FindMentions(text, spans, spans);
}

TEST(MentionsTest, ABlacklistedNumberIsMentionedTheAdsOwnIsNot) {
  const std::string text =
      "Hi, I am Rosa, calm and friendly.\nCall 07700 900111\n\nDon't call 07700 900222, it's a "
      "scam.";
  const auto m = Mentions(text, {"07700 900111", "07700 900222"});
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].why, "");
  EXPECT_EQ(m[1].why, "mentioned beside \"Don't call\"");
  // The span is the mentioning sentence (to leave out of the text signature).
  EXPECT_EQ(text.substr(m[1].span.start, m[1].span.end - m[1].span.start),
            "Don't call 07700 900222");
}

TEST(MentionsTest, APartnerAgencysNumberIsMentionedTheAdsOwnIsNot) {
  // Written for this test: where the ad's own diary is full, it gives its partner agency's number.
  for (const std::string line : {"Fully booked? Our partner agency Velvet Rooms will help: ",
                                 "Ausgebucht? Unsere Partneragentur Haus Mohn hilft gern: ",
                                 "Brak terminów? Zadzwoń do agencji partnerskiej Salon Mak: ",
                                 "Complet ? Notre agence partenaire Maison Pavot vous aide : "}) {
    const std::string text =
        "Hi, I am Rosa, calm and friendly.\nCall 07700 900111\n" + line + "07700 900222";
    const auto m = Mentions(text, {"07700 900111", "07700 900222"});
    ASSERT_EQ(m.size(), 2u);
    EXPECT_EQ(m[0].why, "") << line;
    EXPECT_NE(m[1].why, "") << line;
  }
}

TEST(MentionsTest, AHotelsReceptionNumberIsMentionedAnAgencysOwnReceptionIsNot) {
  // Written for this test: a hotel's front desk named before its number, in a few languages.
  for (const std::string line :
       {"Grand Hotel Aurora, reception: ", "Hotel Mimoza, recepție: ",
        "Right beside the Grand Hotel Aurora (reception ", "Grand Hotel Zorza, recepcja: "}) {
    const std::string text =
        "Hi, I am Rosa, calm and friendly.\nCall 07700 900111\n" + line + "07700 900222";
    const auto m = Mentions(text, {"07700 900111", "07700 900222"});
    ASSERT_EQ(m.size(), 2u);
    EXPECT_EQ(m[0].why, "") << line;
    EXPECT_EQ(m[1].why, "mentioned as a hotel's reception") << line;
  }
  // An agency's own reception, or a hotel's job ad for a receptionist, gives its own number.
  for (const std::string text :
       {"Reception 24h: 07700 900222 \u00b7 Mia direct: 07700 900111",
        "Hotel Aurora is hiring a receptionist, call 07700 900222 or 07700 900111"}) {
    const auto m = Mentions(text, {"07700 900111", "07700 900222"});
    ASSERT_EQ(m.size(), 2u);
    EXPECT_EQ(m[0].why, "") << text;
    EXPECT_EQ(m[1].why, "") << text;
  }
}

TEST(MentionsTest, AReplysAThreadsOrAReviewsTitleIsAPostsTitle) {
  for (const std::string_view title :
       {"Re: Jade in Manchester", "RE: Jade", "Aw: Clara in Köln", "Odp: Zuzia, Wrocław",
        "Sv: Freja", "Thread: Brighton ladies", "Review", "Review of Nina", "Bewertung: Clara"})
    EXPECT_TRUE(HasPostTitle(title)) << title;
  for (const std::string_view title : {"Jade, 24", "Rebecca in Manchester", "Real photos: Jade",
                                       "Reviews welcome, call me", "", "New thread of girls: Mia"})
    EXPECT_FALSE(HasPostTitle(title)) << title;
}

TEST(MentionsTest, TheNearerCueDecidesInOneSentence) {
  const std::string text = "Call me only on 07700 900111, never call 07700 900222 (fake number).";
  const auto m = Mentions(text, {"07700 900111", "07700 900222"});
  EXPECT_EQ(m[0].why, "");
  EXPECT_NE(m[1].why, "");
  // Cue-like words beside the ad's own number: the own-contact cue is nearer.
  for (const std::string& own : {"No scammers here, call me on 07700 900111",
                                 "Beware of fakes! My only number is 07700 900111",
                                 "My friend and I do duo visits, call 07700 900111",
                                 "Not a scam, real girl: WhatsApp 07700 900111",
                                 "Vorsicht vor Fakes! Meine Nummer: 07700 900111"}) {
    EXPECT_EQ(Mentions(own, {"07700 900111"})[0].why, "") << own;
  }
}

TEST(MentionsTest, NumbersListedUnderAWarningHeadingAreMentioned) {
  const std::string text =
      "Sweet Mia, new in town.\nText me on 07700 900111\n\nFake numbers using my photos:\n"
      "07700 900222\n+44 7700 900333\n\nOur girls:\nAnna 07700 900444";
  const auto m =
      Mentions(text, {"07700 900111", "07700 900222", "+44 7700 900333", "07700 900444"});
  EXPECT_EQ(m[0].why, "");
  EXPECT_EQ(m[1].why, "mentioned in a warning beside \"Fake numbers\"");
  EXPECT_EQ(m[2].why, "mentioned in a warning beside \"Fake numbers\"");
  // A list under a heading with no cue is the ad's own (a network's girls).
  EXPECT_EQ(m[3].why, "");
}

TEST(MentionsTest, AWarningParagraphIsAllLeftOutWhenItsLastSentenceHeadsTheList) {
  const std::string warning =
      "WARNING: fake numbers using my photos. Several people copy my pictures and ask for a "
      "deposit by bank transfer before a meeting, then they block you and disappear with the "
      "money. I never ask for a deposit. Blacklist - do not call:";
  const std::string text = "Sweet Mia.\nCall 07700 900111\n\n" + warning + "\n07700 900222";
  const auto m = Mentions(text, {"07700 900111", "07700 900222"});
  EXPECT_EQ(m[0].why, "");
  EXPECT_EQ(m[1].why, "mentioned in a warning beside \"Blacklist\"");
  EXPECT_EQ(m[1].span.start, text.find("WARNING"));
  EXPECT_EQ(m[1].span.end, text.size());
}

TEST(MentionsTest, AnAdsOnlyNumbersUnderAMentioningLineAreItsOwn) {
  // The ad gives no other number: the lines under "Other girls available on request" are its own
  // (a site's footer address after them is no contact of the ad's).
  const std::string own =
      "Sweet and discreet.\nOther girls available on request\nCall 07700 900111\n"
      "Reply through the site: mods@site.example";
  const auto mine = Mentions(own, {"07700 900111", "mods@site.example"});
  EXPECT_EQ(mine[0].why, "");
  // With a number of its own before them, they are mentioned.
  const std::string other =
      "Sweet and discreet, call 07700 900999.\nOther girls available on request\n"
      "Call 07700 900111";
  const auto theirs = Mentions(other, {"07700 900999", "07700 900111"});
  EXPECT_EQ(theirs[0].why, "");
  EXPECT_NE(theirs[1].why, "");
}

TEST(MentionsTest, CuesInElevenLanguages) {
  const std::vector<std::string> texts = {
      "Bitte nicht anrufen: 07700 900222 ist eine gefälschte Nummer.",
      "N'appelez pas le 07700 900222, c'est une arnaque.",
      "Niet bellen naar 07700 900222, dat is een oplichter.",
      "Nu sunați la 07700 900222, este țeapă.",
      "Не звънете на 07700 900222, това е измама.",
      "No llames al 07700 900222, es una estafa.",
      "Non chiamate il 07700 900222, è una truffa.",
      "Nie dzwońcie pod 07700 900222, to oszust.",
      "Не звоните на 07700 900222, это мошенники.",
      "Не дзвоніть на 07700 900222, це шахраї.",
      "My friend Mia is free tonight too: 07700 900222",
      "Calls are forwarded through 07700 900222 by the site.",
  };
  for (const std::string& t : texts) EXPECT_NE(Mentions(t, {"07700 900222"})[0].why, "") << t;
}

// Clients' posts (a question, a review, a warning, a search) quote an advertiser's number: it is
// mentioned, in a client's words, in the languages of the lexicon and in Portuguese and Czech.
TEST(MentionsTest, AClientsPostMentionsTheNumberItAsksAbout) {
  const std::vector<std::string> texts = {
      "Anyone been to Anna on 07700 900222? Is she real? Any feedback welcome.",
      "Review: Lena, 07700 900222, great time, would recommend.",
      "Is this number 07700 900222 a fake? It asked for a deposit first.",
      "Looking for Nina who was on 07700 900222 in Leeds last month. Does anybody have her new "
      "number?",
      "War jemand bei Mia unter 07700 900222? Ist sie echt?",
      "Quelqu'un connaît Eva au 07700 900222 ? Merci pour vos retours.",
      "¿Alguien conoce a Lola del 07700 900222? Gracias.",
      "Recensione: Sara, 07700 900222, Milano. La consiglio.",
      "Czy ktoś był u Niny pod numerem 07700 900222? Dzięki za opinie.",
      "Alguém conhece a Rita do 07700 900222? Obrigado pelas opiniões.",
      "Hledám slečnu Kiru, která byla na čísle 07700 900222 v Praze. Díky.",
      "Kent iemand Zoe op 07700 900222? Bedankt voor jullie reacties.",
      "Отзыв: Вера, 07700 900222, Москва. Рекомендую.",
  };
  for (const std::string& t : texts) {
    const auto m = Mentions(t, {"07700 900222"});
    EXPECT_TRUE(IsClientPostWhy(m[0].why)) << t << ": " << m[0].why;
    EXPECT_GT(m[0].span.end, m[0].span.start) << t;
  }
  // The question in a sentence after the number's, on its line.
  for (const std::string& t : {"Nina 07700 900222, Leeds. Does anybody have her new number?",
                               "Mia 07700 900222, Berlin. Hat jemand ihre neue Nummer?"}) {
    EXPECT_TRUE(IsClientPostWhy(Mentions(t, {"07700 900222"})[0].why)) << t;
  }
  // ... but not beside an own cue on the line, nor on another line.
  EXPECT_EQ(
      Mentions("Nina 07700 900222. Anyone know a better girl? Call me.", {"07700 900222"})[0].why,
      "");
  EXPECT_EQ(Mentions("Nina 07700 900222\nIs she real? Yes she is.", {"07700 900222"})[0].why, "");
  // A review form's heading above the number: the number is mentioned, not the post's own.
  const auto heading =
      Mentions("Review of Lena\n07700 900222\nGreat time in Leeds.", {"07700 900222"});
  EXPECT_TRUE(IsClientPostWhy(heading[0].why)) << heading[0].why;
}

// A client's report of a visit (first person, past) and a client's warning (the number took his
// money, blocked him, asks for a deposit and never comes) quote the woman's number, in every
// language of the lexicon; a post whose question stands before "her number" is a client's too.
TEST(MentionsTest, VisitReportsAndScamWarningsAreClientsPosts) {
  const std::vector<std::string> texts = {
      "Just been with Kira, 07700 900222, Leeds. Lovely evening.",
      "Ich war gestern bei Mia, 07700 900222, in Köln. Sehr nett.",
      "Je sors de chez Léa, 07700 900222, à Lyon. Adorable.",
      "Sono stato da Giulia, 07700 900222, a Roma. Dolcissima.",
      "Estuve con Carla, 07700 900222, en Sevilla. Encantadora.",
      "Estive com a Inês, 07700 900222, no Porto. Muito simpática.",
      "Was gisteren bij Sanne, 07700 900222, in Utrecht. Heel lief.",
      "Byłem wczoraj u Zosi, 07700 900222, Poznań. Polecam.",
      "Byl jsem u Terezy, 07700 900222, Brno. Doporučuji.",
      "Am fost ieri la Ioana, 07700 900222, în Cluj. Foarte drăguță.",
      "Был вчера у Кати, 07700 900222, Казань. Всё отлично.",
      "Warning: 07700 900222 asked for a deposit and never turned up.",
      "07700 900222 hat mein Geld genommen und mich blockiert.",
      "Le 07700 900222 demande un acompte, puis plus rien.",
      "Il 07700 900222 chiede una caparra e poi sparisce.",
      "El 07700 900222 pide un adelanto y luego desaparece.",
      "O 07700 900222 pede sinal e depois desaparece.",
      "Nummer 07700 900222 vraagt een voorschot, daarna niets meer.",
      "Numer 07700 900222 chce zaliczkę, potem cisza.",
      "Číslo 07700 900222 chce zálohu, pak nic.",
      "Numărul 07700 900222 cere un avans, apoi dispare.",
      "Номер 07700 900222 просит предоплату, потом пропадает.",
  };
  for (const std::string& t : texts) {
    const auto m = Mentions(t, {"07700 900222"});
    EXPECT_TRUE(IsClientPostWhy(m[0].why)) << t << ": " << m[0].why;
  }
  for (const std::string& t : {"Anybody else been with Eva? Her number is 07700 900222.",
                               "Kennt jemand Mia aus Bonn? Ihre Nummer ist 07700 900222.",
                               "Zná někdo Janu? Její číslo je 07700 900222.",
                               "Кто-то знает Олю? Её номер 07700 900222, она в Твери."}) {
    EXPECT_TRUE(IsClientPostWhy(Mentions(t, {"07700 900222"})[0].why)) << t;
  }
  // An ad's own offer beside the same words stays its own.
  for (const std::string& own :
       {"I was with an agency before, now independent. Call me 07700 900111.",
        "Je suis passée chez le coiffeur ce matin. Appelez moi au 07700 900111.",
        "Deposit for outcalls only, never turned up late. Text me 07700 900111."}) {
    EXPECT_EQ(Mentions(own, {"07700 900111"})[0].why, "") << own;
  }
}

// An advertiser's own line beside client-like words, in an ad that makes an own offer elsewhere
// ("Call me", "Ruf mich an"), stays the ad's own.
TEST(MentionsTest, ClientLikeWordsInAnAdWithAnOwnOfferMentionNothing) {
  for (const std::string& own :
       {"Sweet and discreet. Call me and let's meet.\nLooking for the girl of your dreams 07700 "
        "900111",
        "Viel Erfahrung mit Rollenspielen 07700 900111\nRuf mich an, Küsschen.",
        "Reviews welcome.\nReview of my services 07700 900111, text me any time.",
        "Opinie o mnie tylko dobre 07700 900111. Zadzwoń do mnie."}) {
    EXPECT_EQ(Mentions(own, {"07700 900111"})[0].why, "") << own;
  }
}

TEST(MentionsTest, TheLexiconCoversSeventeenLanguagesWithOwnCuesInEach) {
  std::set<std::string_view> langs, with_own;
  for (const MentionCue& c : MentionCues()) {
    langs.insert(c.lang);
    if (c.kind == CueKind::kOwn) with_own.insert(c.lang);
  }
  // The 11 of link27, Portuguese and Czech (client cues), Norwegian, Swedish, Danish and Finnish.
  EXPECT_EQ(langs.size(), 17u);
  EXPECT_EQ(with_own, langs);
}

TEST(MentionsTest, EveryNumberOfAListAfterAMentioningLabelIsMentioned) {
  // An offer valid at other advertisers too, or a warning, as a label closed by a colon and a
  // list of names and numbers parted by commas (written for this test): every item is mentioned,
  // not only the first; the ad's own number on its line stays its own.
  for (const std::string label :
       {"Weekend code SPRING5 also valid at: ", "Gutschein LENZ gilt auch bei: ",
        "Code PRINTEMPS valable aussi chez : ", "Kod WIOSNA ważny także u: ",
        "Koden VÅR10 gjelder også hos: ", "Rabattkoden VÅR gäller även hos: ",
        "Koodi KEVÄT voimassa myös: ", "Fake numbers using my name: "}) {
    const std::string text = "Hi, I am Rosa, 25.\n" + label +
                             "Maya 07700 900222, Tess 07700 900333, Maya 07700 900444.\n"
                             "Call 07700 900111\n";
    const auto m = Mentions(text, {"07700 900111", "07700 900222", "07700 900333", "07700 900444"});
    ASSERT_EQ(m.size(), 4u);  // by their place in the text: the own number last
    for (size_t i = 0; i < 3; ++i) EXPECT_NE(m[i].why, "") << label << i;
    EXPECT_EQ(m[3].why, "") << label;
  }
  // An ad's own terms and own lists: no cue in the label, an own cue in it, or an own cue among
  // the items.
  for (const std::string line : {"Offer valid at weekends: Rosa 07700 900222, Mia 07700 900333.",
                                 "Also valid at my flat, call me: 07700 900222, 07700 900333.",
                                 "Also valid at: Rosa 07700 900222, WhatsApp 07700 900333."}) {
    const auto m = Mentions("Hi, I am Rosa, 25.\n" + line, {"07700 900222", "07700 900333"});
    ASSERT_EQ(m.size(), 2u);
    EXPECT_EQ(m[1].why, "") << line;
  }
}

TEST(MentionsTest, NordicClientsPostsAndWarningsMentionTheNumbers) {
  // Written for this test: a question, a number change reported by a client and a warning in
  // Norwegian, Swedish, Danish and Finnish.
  for (const std::string t : {"Noen som har møtt Ida i Bergen? Nummer 07700 900222.",
                              "Har någon träffat Elin i Malmö? Nummer 07700 900222.",
                              "Nogen der har mødt Sofie i Aarhus? Nummer 07700 900222.",
                              "Onko kukaan tavannut Aino, Oulu? Numero 07700 900222.",
                              "Re: Aino. Hän vaihtoi numeron 07700 900222, sama tyttö.",
                              "Hun har byttet til 07700 900222, samme jente.",
                              "Liv (Oslo) is on a new number now: 07700 900222.",
                              "Liv (Oslo) har nytt nummer: 07700 900222.",
                              "Aino Oulu: uusi 0401234567, vanha 07700 900222 ei enää vastaa.",
                              "Mia in Leeds: the old 07700 900222 no longer answers."}) {
    const auto m = Mentions(t, {"07700 900222"});
    EXPECT_TRUE(IsClientPostWhy(m[0].why)) << t << ": " << m[0].why;
  }
  for (const std::string t : {"Pass på falske annonser med nummeret 07700 900222!",
                              "Falsche Anzeigen mit der Nummer 07700 900222, das bin nicht ich!",
                              "Varo huijari 07700 900222, en ole se minä.",
                              "Varo feikkejä, joissa on minun kuvani ja numero 07700 900222.",
                              "Ring inte 07700 900222, det är inte jag."}) {
    EXPECT_NE(Mentions(t, {"07700 900222"})[0].why, "") << t;
  }
  // An ad's own lines in those languages stay its own.
  for (const std::string t :
       {"Ring meg på 07700 900222, kyss.", "Soita minulle 07700 900222.",
        "Jeg har nytt nummer: 07700 900222.", "Ring mig 07700 900222.", "Numero 07700 900222"}) {
    EXPECT_EQ(Mentions(t, {"07700 900222"})[0].why, "") << t;
  }
}

// Written for this test: an impostor warning in nine languages (the sentence's nearest cue is
// "that is not me", someone else's, but its blacklist cue makes it a warning, which names that
// cue); a bare "don't call", someone else's number and a client's question are no warnings.
TEST(MentionsTest, AMentionBesideABlacklistCueIsAWarning) {
  for (const std::string t :
       {"Beware of fake ads using my photos with the number 07700 900222, that is not me!",
        "Achtung, falsche Anzeigen mit meinen Fotos und der Nummer 07700 900222, das bin nicht "
        "ich!",
        "Pass på falske annonser med bildene mine og nummeret 07700 900222, det er ikke meg!",
        "Varo feikki-ilmoituksia, joissa on minun kuvani ja numero 07700 900222, se en ole minä!",
        "¡Cuidado con anuncios falsos con mis fotos y el número 07700 900222, no soy yo!",
        "Uwaga na fałszywe ogłoszenia z moimi zdjęciami i numerem 07700 900222, to nie ja!",
        "Se upp för falska annonser med mina bilder och numret 07700 900222, det är inte jag!",
        "Pas på falske annoncer med mine billeder og nummeret 07700 900222, det er ikke mig!",
        "Attenzione a numero falso 07700 900222, non sono io!",
        "Cuidado com anúncios falsos com as minhas fotos e o número 07700 900222, não sou eu!",
        "Pozor na falešné inzeráty s mými fotkami a číslem 07700 900222, to nejsem já!"}) {
    const auto m = Mentions("Hi, I am Ruby, 24. Call me on 07700 900111.\n" + t,
                            {"07700 900111", "07700 900222"});
    EXPECT_EQ(m[0].why, "") << t;
    EXPECT_TRUE(IsWarningWhy(m[1].why)) << t << ": " << m[1].why;
    EXPECT_EQ(m[1].why.find("not"), std::string::npos) << t << ": " << m[1].why;
  }
  for (const std::string t : {"Don't call my old number 07700 900222, it no longer works.",
                              "Ring ikke 07700 900222 lenger.", "My friend Mia is on 07700 900222.",
                              "That is not my number: 07700 900222."}) {
    const auto m = Mentions("Hi, I am Ruby, 24. Call me on 07700 900111.\n" + t,
                            {"07700 900111", "07700 900222"});
    EXPECT_NE(m[1].why, "") << t;
    EXPECT_FALSE(IsWarningWhy(m[1].why)) << t << ": " << m[1].why;
  }
  // A client's warning in a post (no offer of its own) is a client post's mention.
  const auto post =
      Mentions("Anyone been to Ruby? Is this number 07700 900222 a fake?", {"07700 900222"});
  EXPECT_TRUE(IsClientPostWhy(post[0].why)) << post[0].why;
  EXPECT_FALSE(IsWarningWhy(post[0].why));
}

TEST(MentionsTest, MentionedSpanReadsTheSelectorDetails) {
  EXPECT_FALSE(MentionedSpan("{}").has_value());
  EXPECT_FALSE(MentionedSpan(R"({"mentioned": "x"})").has_value());
  EXPECT_FALSE(MentionedSpan(R"({"mentioned": [5, 2]})").has_value());
  const auto span = MentionedSpan(R"({"quoted": "mentioned beside \"x\"", "mentioned": [3, 40]})");
  ASSERT_TRUE(span.has_value());
  EXPECT_EQ(span->start, 3u);
  EXPECT_EQ(span->end, 40u);
}

// Hostile text (invalid UTF-8, cue words cut in half, contacts at the very ends or past the end of
// the text) is read without a crash, one entry per contact, spans inside the text.
TEST(MentionsTest, HostileTextIsReadWithoutACrash) {
  std::mt19937 rng(20261204);
  const std::vector<std::string> pieces = {
      "don't call ", "fake numbers:",     "\n",           ", ",         ". ",       "\xff",
      "\xe2\x80",    "\xd0\x9d\xd0\xb5 ", "07700 900222", "my friend ", "call me ", "\xe2\x80\xa2",
      "Scammers"};
  for (int round = 0; round < 300; ++round) {
    std::string text;
    const int n = static_cast<int>(rng() % 40);
    for (int k = 0; k < n; ++k) text += pieces[rng() % pieces.size()];
    std::vector<MaskSpan> spans;
    for (size_t at = 0; at + 2 <= text.size(); at += 1 + rng() % 30)
      spans.push_back({at, at + 1 + rng() % 12});
    std::vector<MaskSpan> merged;
    for (const MaskSpan& m : spans) {
      if (!merged.empty() && m.start < merged.back().end) {
        merged.back().end = std::max(merged.back().end, m.end);
      } else {
        merged.push_back(m);
      }
    }
    spans.push_back({text.size(), text.size() + 5});
    const auto m = FindMentions(text, spans, merged);
    ASSERT_EQ(m.size(), spans.size());
    for (const Mention& x : m) {
      if (x.why.empty()) continue;
      EXPECT_LE(x.span.start, x.span.end);
      EXPECT_LE(x.span.end, text.size());
    }
  }
}

// A short post that states no age and makes no offer is about someone else (link37); an age, an
// offer in the first person, a job ad or a long text make it an ad.
TEST(MentionsTest, AShortPostWithNoAgeAndNoOfferIsAboutSomeone) {
  const std::string post = "Big thanks to Isla in Leeds, 07700 900441, lovely evening.";
  EXPECT_TRUE(IsPostAboutSomeone("Thank you - Leeds", post, false, false));
  EXPECT_FALSE(IsPostAboutSomeone("Thank you - Leeds", post, true, false));
  EXPECT_FALSE(IsPostAboutSomeone("Thank you - Leeds", post, false, true));
  EXPECT_FALSE(IsPostAboutSomeone("Isla", "New in Leeds, call me on 07700 900441", false, false));
  EXPECT_FALSE(IsPostAboutSomeone("Call me", post, false, false));
  EXPECT_FALSE(IsPostAboutSomeone("Isla", std::string(kMaxPostBytes, 'a') + post, false, false));
  // Its contacts are a client post's mentions, the line naming them the mentioning words.
  const std::string text = "Big thanks to Isla,\n07700 900441, lovely evening.\nBye";
  const std::vector<MaskSpan> contacts = SpansOf(text, {"07700 900441"});
  std::vector<Mention> m(1);
  MarkPostContacts(text, contacts, m);
  EXPECT_TRUE(IsClientPostWhy(m[0].why)) << m[0].why;
  EXPECT_EQ(text.substr(m[0].span.start, m[0].span.end - m[0].span.start),
            "07700 900441, lovely evening.");
  // A contact already mentioned keeps its reason.
  m[0].why = "mentioned beside \"Don't call\"";
  MarkPostContacts(text, contacts, m);
  EXPECT_EQ(m[0].why, "mentioned beside \"Don't call\"");
}

}  // namespace
}  // namespace ariadne::link
