#include "link/resolve.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <functional>

#include "link/mentions.h"
#include "link/minhash.h"
#include "link/shingles.h"

namespace ariadne::link {
namespace {

const Cluster* ClusterWith(const Linkage& l, int64_t doc) {
  for (const Cluster& c : l.clusters) {
    if (std::binary_search(c.documents.begin(), c.documents.end(), doc)) return &c;
  }
  return nullptr;
}

Signature SignatureOf(const std::string& text) {
  return MinHash(TextShingles(text, {}));
}

// A 40-word text drawn from 14 words by a generator seeded with `variant`, with `name` in two
// slots.
std::string Ad(int variant, const std::string& name) {
  static const char* kWords[] = {"apple", "river", "stone", "cloud", "tiger", "maple", "ocean",
                                 "pearl", "flint", "amber", "cedar", "delta", "ember", "frost"};
  uint32_t state = 2654435761u * static_cast<uint32_t>(variant + 1);
  std::string text;
  for (int i = 0; i < 40; ++i) {
    state = state * 1664525u + 1013904223u;
    text += kWords[(state >> 16) % 14];
    text += i == 10 || i == 30 ? " " + name + " " : " ";
  }
  return text;
}

TEST(ResolveTest, SharedPhoneJoinsDocumentsAndSaysSo) {
  Resolver r;
  for (int64_t id : {1, 2, 3}) r.AddDocument(id);
  r.AddContact(1, "phone", "+447700900123");
  r.AddContact(2, "phone", "+447700900123");
  r.AddContact(3, "phone", "+447700900777");
  const Linkage l = r.Resolve();
  ASSERT_EQ(l.clusters.size(), 1u);
  EXPECT_EQ(l.clusters[0].documents, (std::vector<int64_t>{1, 2}));
  ASSERT_EQ(l.clusters[0].reasons.size(), 1u);
  EXPECT_EQ(l.clusters[0].reasons[0].kind, "phone");
  EXPECT_EQ(l.clusters[0].reasons[0].value, "+447700900123");
  EXPECT_EQ(l.clusters[0].reasons[0].documents, (std::vector<int64_t>{1, 2}));
  EXPECT_GT(l.clusters[0].reasons[0].weight, 0);
}

TEST(ResolveTest, NumbersOneDigitApartNeverLink) {
  Resolver r;
  for (int64_t id = 1; id <= 10; ++id) {
    r.AddDocument(id);
    r.AddContact(id, "phone", fmt::format("+4477009001{:02d}", id));
  }
  EXPECT_TRUE(r.Resolve().clusters.empty());
}

TEST(ResolveTest, ASiteWideAddressIsGenericAndJoinsNothing) {
  Resolver r;
  for (int64_t id = 1; id <= 60; ++id) {
    r.AddDocument(id);
    r.AddContact(id, "phone", fmt::format("+447700900{:03d}", id));
    r.AddContact(id, "email", "help@site.example");
  }
  const Linkage l = r.Resolve();
  EXPECT_TRUE(l.clusters.empty());
  ASSERT_EQ(l.generic.size(), 1u);
  EXPECT_EQ(l.generic[0].value, "help@site.example");
  EXPECT_EQ(l.generic[0].documents, 60);
}

// A small site's footer address (its own domain) on four ads of four advertisers is too rare to
// look generic by its frequency, and too few advertisers' to look like a service's: it is the
// site's own contact, and joins nothing. Without the site known, it joins all four.
TEST(ResolveTest, AnAddressAtASitesDomainIsTheSitesOwnAndJoinsNothing) {
  for (const bool site_known : {false, true}) {
    Resolver r;
    for (int64_t id = 1; id <= 4; ++id) {
      r.AddDocument(id);
      r.AddContact(id, "phone", fmt::format("+447700900{:03d}", id));
      r.AddContact(id, "email", "report@mail.smallboard.example");
    }
    EXPECT_EQ(r.AddressDomainsToLookUp(),
              (std::vector<std::string>{"mail.smallboard.example", "smallboard.example"}));
    if (site_known) r.AddSite("smallboard.example");
    r.AddSite("otherboard.example");
    const Linkage l = r.Resolve();
    if (!site_known) {
      ASSERT_EQ(l.clusters.size(), 1u);
      EXPECT_EQ(l.clusters[0].documents.size(), 4u);
      continue;
    }
    EXPECT_TRUE(l.clusters.empty());
    ASSERT_EQ(l.generic.size(), 1u);
    EXPECT_EQ(l.generic[0].value, "report@mail.smallboard.example");
    EXPECT_TRUE(IsSiteWhy(l.generic[0].why)) << l.generic[0].why;
    EXPECT_FALSE(IsServiceWhy(l.generic[0].why));
  }
}

TEST(ResolveTest, AnAddressesDomainsAreItsHostAndItsParents) {
  EXPECT_EQ(AddressDomains("a@b.c.example"),
            (std::vector<std::string_view>{"b.c.example", "c.example"}));
  EXPECT_EQ(AddressDomains("a@example"), std::vector<std::string_view>{});
  EXPECT_EQ(AddressDomains("not an address"), std::vector<std::string_view>{});
  EXPECT_EQ(AddressDomains("a@"), std::vector<std::string_view>{});
}

// A public line written nationally ("07700 900500") is read with the country of each site: on a
// German site it becomes +49 7700 900500, on six ads only, too few to look generic alone. The same
// national digits under another country code are judged with the generic +44 number and join
// nothing either.
TEST(ResolveTest, ANumberReadUnderAnotherCountryCodeIsGenericWithIt) {
  Resolver r;
  for (int64_t id = 1; id <= 46; ++id) {
    r.AddDocument(id);
    r.AddContact(id, "phone", fmt::format("+447700900{:03d}", id));
    r.AddContact(id, "phone", id <= 40 ? "+447700900500" : "+497700900500");
  }
  const Linkage l = r.Resolve();
  EXPECT_TRUE(l.clusters.empty());
  ASSERT_EQ(l.generic.size(), 2u);
  EXPECT_EQ(l.generic[0].value, "+447700900500");
  EXPECT_EQ(l.generic[1].value, "+497700900500");
  EXPECT_EQ(l.generic[1].documents, 6);
}

// Italy keeps its trunk zero in E.164: a UK freephone written nationally ("0808 157 0613") on an
// Italian site reads +39 0808 157 0613, seven ads of unrelated employers. Its national digits are
// the +44 number's once the leading zero is dropped, so it is judged with the generic +44 number.
TEST(ResolveTest, ANumberReadWithAKeptTrunkZeroIsGenericWithIt) {
  EXPECT_EQ(NationalDigits("+3908081570613"), "8081570613");
  EXPECT_EQ(NationalDigits("+448081570613"), "8081570613");
  EXPECT_EQ(NationalDigits("+39000012"), "");  // too few digits left
  Resolver r;
  for (int64_t id = 1; id <= 47; ++id) {
    r.AddDocument(id);
    r.AddContact(id, "phone", fmt::format("+447700900{:03d}", id));
    r.AddContact(id, "phone", id <= 40 ? "+448081570613" : "+3908081570613");
  }
  const Linkage l = r.Resolve();
  EXPECT_TRUE(l.clusters.empty());
  ASSERT_EQ(l.generic.size(), 2u);
  EXPECT_EQ(l.generic[0].value, "+448081570613");
  EXPECT_EQ(l.generic[1].value, "+3908081570613");
  EXPECT_EQ(l.generic[1].documents, 7);
}

// Numbers with the same national digits under two country codes that one advertiser uses (a
// handful of numbers over many ads) stay an advertiser's numbers.
TEST(ResolveTest, OneAdvertisersNumbersUnderTwoCountryCodesAreNotGeneric) {
  Resolver r;
  for (int64_t id = 1; id <= 40; ++id) {
    r.AddDocument(id);
    r.AddContact(id, "phone", id % 2 ? "+447700900500" : "+497700900500");
    r.AddContact(id, "email", "anna@gmail.com");
  }
  const Linkage l = r.Resolve();
  EXPECT_TRUE(l.generic.empty());
  ASSERT_EQ(l.clusters.size(), 1u);
  EXPECT_EQ(l.clusters[0].documents.size(), 40u);
}

TEST(ResolveTest, ANetworkHandleWithRotatingNumbersIsNotGeneric) {
  Resolver r;
  for (int64_t id = 1; id <= 80; ++id) {
    r.AddDocument(id);
    r.AddContact(id, "phone", fmt::format("+44770090010{}", id % 4));  // four rotating numbers
    r.AddContact(id, "handle", "telegram:vip_agency");
  }
  const Linkage l = r.Resolve();
  EXPECT_TRUE(l.generic.empty());
  ASSERT_EQ(l.clusters.size(), 1u);
  EXPECT_EQ(l.clusters[0].documents.size(), 80u);
  EXPECT_EQ(l.clusters[0].reasons.size(), 5u);  // the handle and the four numbers
}

// A photo studio's handle on one ad each of eight advertisers, each known by a number of her own
// on two ads: too few documents for a site-wide value, but nothing else joins its advertisers. It
// is a service's contact: generic, and each advertiser stays a cluster of her own.
TEST(ResolveTest, AServicesContactBesideManyAdvertisersIsGeneric) {
  Resolver r;
  for (int64_t id = 1; id <= 16; ++id) {
    r.AddDocument(id);
    r.AddContact(id, "phone", fmt::format("+447700900{:03d}", (id + 1) / 2));
    if (id % 2) r.AddContact(id, "handle", "telegram:lensbloom_studio");
  }
  const Linkage l = r.Resolve();
  ASSERT_EQ(l.generic.size(), 1u);
  EXPECT_EQ(l.generic[0].value, "telegram:lensbloom_studio");
  EXPECT_EQ(l.generic[0].documents, 8);
  EXPECT_TRUE(IsServiceWhy(l.generic[0].why)) << l.generic[0].why;
  ASSERT_EQ(l.clusters.size(), 8u);
  for (const Cluster& c : l.clusters) EXPECT_EQ(c.documents.size(), 2u);
}

// A network's e-mail over its three numbers, each used on a block of eight ads: its documents fall
// into three groups (one per number), not into many advertisers. It joins the blocks.
TEST(ResolveTest, ANetworksAddressOverItsRotatingNumbersIsNotAServices) {
  Resolver r;
  for (int64_t id = 1; id <= 24; ++id) {
    r.AddDocument(id);
    r.AddContact(id, "phone", fmt::format("+447700900{:03d}", (id - 1) / 8));
    if (id % 2) r.AddContact(id, "email", "aurora.team@mail.example");
  }
  const Linkage l = r.Resolve();
  EXPECT_TRUE(l.generic.empty());
  ASSERT_EQ(l.clusters.size(), 1u);
  EXPECT_EQ(l.clusters[0].documents.size(), 24u);
}

// A network that burns a number every two ads keeps its address: six numbers on twelve ads would
// look like six advertisers, but the ads are one template's (near-identical texts).
TEST(ResolveTest, ANetworksAddressOverBurnerNumbersWithOneTemplateIsNotAServices) {
  const char* kNames[] = {"anna", "mira", "lena", "sara", "nina", "vera"};
  Resolver r;
  for (int64_t id = 1; id <= 12; ++id) {
    r.AddDocument(id);
    r.AddContact(id, "phone", fmt::format("+447700900{:03d}", (id + 1) / 2));
    r.AddContact(id, "email", "aurora.team@mail.example");
    r.AddText(id, SignatureOf(Ad(1, kNames[id % 6])), 40);
  }
  const Linkage l = r.Resolve();
  EXPECT_TRUE(l.generic.empty());
  ASSERT_EQ(l.clusters.size(), 1u);
  EXPECT_EQ(l.clusters[0].documents.size(), 12u);
}

// A driver's number on four ads each of three networks (each with its own number and template):
// too few advertisers for its share of the documents, but each is established beside it and their
// texts do not join: a service's contact, generic. The networks stay whole.
TEST(ResolveTest, AServiceUsedOftenByAFewEstablishedAdvertisersIsGeneric) {
  const char* kNames[] = {"anna", "mira", "lena", "sara"};
  Resolver r;
  for (int64_t id = 1; id <= 12; ++id) {
    const int network = static_cast<int>((id - 1) / 4);
    r.AddDocument(id);
    r.AddContact(id, "phone", fmt::format("+447700900{:03d}", network));
    r.AddContact(id, "phone", "+447700900999");
    r.AddText(id, SignatureOf(Ad(10 + network, kNames[id % 4])), 40);
  }
  const Linkage l = r.Resolve();
  ASSERT_EQ(l.generic.size(), 1u);
  EXPECT_EQ(l.generic[0].value, "+447700900999");
  EXPECT_TRUE(IsServiceWhy(l.generic[0].why)) << l.generic[0].why;
  ASSERT_EQ(l.clusters.size(), 3u);
  for (const Cluster& c : l.clusters) EXPECT_EQ(c.documents.size(), 4u);
}

// A driver's number on four ads each of two networks (each with its own number and template) and
// on one ad each of two independents with numbers of their own: two established advertisers and
// two more, whose texts do not join: a service's contact, generic. The networks stay whole.
TEST(ResolveTest, AServiceUsedByTwoEstablishedAdvertisersAndOthersIsGeneric) {
  const char* kNames[] = {"anna", "mira", "lena", "sara"};
  Resolver r;
  for (int64_t id = 1; id <= 10; ++id) {
    const int advertiser = id <= 8 ? static_cast<int>((id - 1) / 4) : static_cast<int>(id);
    r.AddDocument(id);
    r.AddContact(id, "phone", fmt::format("+447700900{:03d}", advertiser));
    r.AddContact(id, "phone", "+447700900999");
    r.AddText(id, SignatureOf(Ad(30 + advertiser, kNames[id % 4])), 40);
  }
  const Linkage l = r.Resolve();
  ASSERT_EQ(l.generic.size(), 1u);
  EXPECT_EQ(l.generic[0].value, "+447700900999");
  EXPECT_TRUE(IsServiceWhy(l.generic[0].why)) << l.generic[0].why;
  EXPECT_NE(l.generic[0].why.find("4 advertisers"), std::string::npos) << l.generic[0].why;
  EXPECT_NE(l.generic[0].why.find("2 of them"), std::string::npos) << l.generic[0].why;
  ASSERT_EQ(l.clusters.size(), 2u);
  for (const Cluster& c : l.clusters) EXPECT_EQ(c.documents.size(), 4u);
}

// A network's own number over two blocks of four ads, each block with a number of its own and a
// template of its own (it writes in two languages), and on one ad of a woman it refers clients
// to: two established advertisers and one more are not a service's. The number joins the blocks.
TEST(ResolveTest, ANetworksNumberOverTwoBlocksAndOneOtherStillJoins) {
  const char* kNames[] = {"anna", "mira", "lena", "sara"};
  Resolver r;
  for (int64_t id = 1; id <= 9; ++id) {
    const int block = id <= 8 ? static_cast<int>((id - 1) / 4) : 5;
    r.AddDocument(id);
    r.AddContact(id, "phone", fmt::format("+447700900{:03d}", block));
    r.AddContact(id, "phone", "+447700900999");
    r.AddText(id, SignatureOf(Ad(40 + block, kNames[id % 4])), 40);
  }
  const Linkage l = r.Resolve();
  EXPECT_TRUE(l.generic.empty());
  ASSERT_EQ(l.clusters.size(), 1u);
  EXPECT_EQ(l.clusters[0].documents.size(), 9u);
}

// A landlord's number on two ads each of six small groups, where only one ad of each group gives
// the group's own number and the other is joined to it by its text alone (and comes first): each
// group still counts as an advertiser beside the landlord's number, which is a service's contact.
TEST(ResolveTest, AServicesAdvertisersCountWhenTheirTextJoinsAnAdWithoutContacts) {
  Resolver r;
  for (int64_t id = 1; id <= 12; ++id) {
    const int group = static_cast<int>((id - 1) / 2);
    r.AddDocument(id);
    r.AddContact(id, "phone", "+447700900500");
    if (id % 2 == 0) r.AddContact(id, "phone", fmt::format("+447700900{:03d}", 10 + group));
    r.AddText(id, SignatureOf(Ad(20 + group, "anna")), 40);
  }
  const Linkage l = r.Resolve();
  ASSERT_EQ(l.generic.size(), 1u);
  EXPECT_EQ(l.generic[0].value, "+447700900500");
  EXPECT_TRUE(IsServiceWhy(l.generic[0].why)) << l.generic[0].why;
  EXPECT_NE(l.generic[0].why.find("6 advertisers"), std::string::npos) << l.generic[0].why;
  ASSERT_EQ(l.clusters.size(), 6u);
  for (const Cluster& c : l.clusters) EXPECT_EQ(c.documents.size(), 2u);
}

// Four advertisers behind one value are not enough to call it a service's (a small group's
// personas may each give an address of her own beside their shared number).
TEST(ResolveTest, AValueBesideFewAdvertisersStillJoins) {
  Resolver r;
  for (int64_t id = 1; id <= 8; ++id) {
    r.AddDocument(id);
    r.AddContact(id, "phone", fmt::format("+447700900{:03d}", (id + 1) / 2));
    if (id % 2) r.AddContact(id, "handle", "telegram:lensbloom_studio");
  }
  const Linkage l = r.Resolve();
  EXPECT_TRUE(l.generic.empty());
  ASSERT_EQ(l.clusters.size(), 1u);
  EXPECT_EQ(l.clusters[0].documents.size(), 8u);
}

// An ad of one genre and language: phrases every such ad uses ("new in town", "real photos")
// and 40 words of its author's own (`author`), of which the words at `changed` positions are
// replaced by words of this ad (`variant`): one author's ads share most of their text, two
// authors' only the common phrases.
std::string GenreAd(int author, int variant, std::initializer_list<int> changed = {}) {
  std::string text = "new in town just for a few days all pictures are real and recent ";
  for (int i = 0; i < 40; ++i) {
    const bool change = std::find(changed.begin(), changed.end(), i) != changed.end();
    text +=
        change ? fmt::format("v{}x{}w{} ", author, variant, i) : fmt::format("a{}w{} ", author, i);
  }
  return text + "call me or write to me, discretion guaranteed, no hidden numbers";
}

double Similarity(const std::string& a, const std::string& b) {
  return EstimatedJaccard(SignatureOf(a), SignatureOf(b));
}

// A city directory's channel listed on one ad each of four advertisers (a network's ad and three
// independents), each with a number of its own and a text of its own: too few documents for a
// service by their count, but the advertisers' texts are unrelated (no closer than ads of one
// genre come). The channel is generic; the network stays whole and alone.
TEST(ResolveTest, ADirectoryOnAFewUnrelatedAdvertisersIsGeneric) {
  ASSERT_LT(Similarity(GenreAd(1, 0), GenreAd(2, 0)), 0.3);
  ASSERT_GT(Similarity(GenreAd(1, 0), GenreAd(2, 0)), 0.05);
  Resolver r;
  for (int64_t id = 1; id <= 9; ++id) {
    const int author = id <= 6 ? 0 : static_cast<int>(id);
    r.AddDocument(id);
    r.AddContact(id, "phone", fmt::format("+447700900{:03d}", author));
    r.AddText(id, SignatureOf(GenreAd(author, static_cast<int>(id), {5})), 40);
  }
  for (int64_t id : {2, 7, 8, 9}) r.AddContact(id, "handle", "telegram:verified_city_list");
  const Linkage l = r.Resolve();
  ASSERT_EQ(l.generic.size(), 1u);
  EXPECT_EQ(l.generic[0].value, "telegram:verified_city_list");
  EXPECT_TRUE(IsServiceWhy(l.generic[0].why)) << l.generic[0].why;
  EXPECT_NE(l.generic[0].why.find("4 advertisers whose texts are unrelated"), std::string::npos)
      << l.generic[0].why;
  ASSERT_EQ(l.clusters.size(), 1u);
  EXPECT_EQ(l.clusters[0].documents, (std::vector<int64_t>{1, 2, 3, 4, 5, 6}));
}

// An office line printed on most ads of one recruiter and on one ad of another (each with its
// own number and its own offer): two advertisers whose texts are unrelated. The line is generic
// and the recruiters stay apart.
TEST(ResolveTest, AnOfficeLineOnTwoUnrelatedRecruitersIsGeneric) {
  Resolver r;
  for (int64_t id = 1; id <= 10; ++id) {
    const int author = id <= 6 ? 1 : 2;
    r.AddDocument(id);
    r.AddContact(id, "phone", fmt::format("+447700900{:03d}", author));
    r.AddText(id, SignatureOf(GenreAd(author, static_cast<int>(id), {3})), 40);
    if (id <= 5 || id == 7) r.AddContact(id, "phone", "+441134960000");
  }
  const Linkage l = r.Resolve();
  ASSERT_EQ(l.generic.size(), 1u);
  EXPECT_EQ(l.generic[0].value, "+441134960000");
  ASSERT_EQ(l.clusters.size(), 2u);
  EXPECT_EQ(l.clusters[0].documents.size(), 6u);
  EXPECT_EQ(l.clusters[1].documents.size(), 4u);
}

// A network's address over two blocks of ads, each block with a number of its own and its texts
// one template with a few slots changed per block: the blocks' texts are not near-identical, but
// far closer than two authors' (one author): the address joins the blocks.
TEST(ResolveTest, AnAddressOverTwoBlocksOfOneTemplateStillJoins) {
  const std::string a = GenreAd(3, 1, {2, 8, 14, 20, 26, 32});
  const std::string b = GenreAd(3, 2, {5, 11, 17, 23, 29});
  ASSERT_GE(Similarity(a, b), 0.3);
  ASSERT_LT(Similarity(a, b), 0.5);
  Resolver r;
  for (int64_t id = 1; id <= 8; ++id) {
    const int block = id <= 4 ? 1 : 2;
    r.AddDocument(id);
    r.AddContact(id, "phone", fmt::format("+447700900{:03d}", block));
    r.AddText(id, SignatureOf(block == 1 ? a : b), 40);
  }
  for (int64_t id : {1, 6}) r.AddContact(id, "email", "aurora.team@mail.example");
  const Linkage l = r.Resolve();
  EXPECT_TRUE(l.generic.empty());
  ASSERT_EQ(l.clusters.size(), 1u);
  EXPECT_EQ(l.clusters[0].documents.size(), 8u);
}

// A network's handle over its legs in two countries, each leg with a local number and written in
// the leg's language: the legs' texts share nothing (not comparable), so they say nothing of who
// wrote them, and the handle joins the legs.
TEST(ResolveTest, AHandleOverLegsInTwoLanguagesStillJoins) {
  Resolver r;
  for (int64_t id = 1; id <= 6; ++id) {
    const int leg = id <= 3 ? 1 : 2;
    r.AddDocument(id);
    r.AddContact(id, "phone", fmt::format("+447700900{:03d}", leg));
    r.AddContact(id, "handle", "telegram:aurora_team");
    r.AddText(id,
              SignatureOf(leg == 1 ? GenreAd(4, static_cast<int>(id), {7})
                                   : Ad(60 + static_cast<int>(id) % 2, "anna")),
              40);
  }
  const Linkage l = r.Resolve();
  EXPECT_TRUE(l.generic.empty());
  ASSERT_EQ(l.clusters.size(), 1u);
  EXPECT_EQ(l.clusters[0].documents.size(), 6u);
}

// A small group's number: two personas' ads give it alone, each in a text of her own, and two
// more personas give an address of their own beside it. The ads with nothing but the number are
// its owners': it is not a directory, and joins all four.
TEST(ResolveTest, ANumberThatIsSomeAdsOnlyContactIsNotADirectorys) {
  Resolver r;
  for (int64_t id = 1; id <= 4; ++id) {
    r.AddDocument(id);
    r.AddContact(id, "phone", "+447700900444");
    if (id >= 3) r.AddContact(id, "email", fmt::format("persona{}@mail.example", id));
    r.AddText(id, SignatureOf(GenreAd(10 + static_cast<int>(id), 0)), 40);
  }
  const Linkage l = r.Resolve();
  EXPECT_TRUE(l.generic.empty());
  ASSERT_EQ(l.clusters.size(), 1u);
  EXPECT_EQ(l.clusters[0].documents.size(), 4u);
}

// A woman's number on her own ads (one gives it alone, in her text) and, as a referral, on one
// ad of another advertiser with a number of her own: the ad with nothing but the number writes
// as the owner's do, so the number is the owner's, not a directory's.
TEST(ResolveTest, AReferredNumberStaysItsOwnersWhenAnAdGivesItAlone) {
  Resolver r;
  for (int64_t id = 1; id <= 4; ++id) {
    r.AddDocument(id);
    r.AddContact(id, "phone", "+447700900555");
    r.AddText(
        id, SignatureOf(GenreAd(id <= 3 ? 5 : 6, static_cast<int>(id), {static_cast<int>(id) * 5})),
        40);
  }
  r.AddContact(2, "email", "nadia@mail.example");
  r.AddContact(3, "email", "nadia@mail.example");
  r.AddContact(4, "phone", "+447700900556");
  const Linkage l = r.Resolve();
  EXPECT_TRUE(l.generic.empty());
  ASSERT_EQ(l.clusters.size(), 1u);
  EXPECT_EQ(l.clusters[0].documents.size(), 4u);
}

// An aggregator mirrors four advertisers' ads (each text copied, the number stripped) and prints
// its own call-tracking number on every mirror as the only contact. Each mirror is near-identical
// to an ad of a different advertiser with her own number: the tracking number is the site's, and
// each mirror joins its advertiser's ads by text alone.
TEST(ResolveTest, AnAggregatorsTrackingNumberOnMirrorsOfManyAdvertisersIsGeneric) {
  Resolver r;
  for (int k = 0; k < 4; ++k) {
    for (int i = 0; i < 3; ++i) {
      const int64_t id = 1 + k * 3 + i;
      r.AddDocument(id);
      r.AddContact(id, "phone",
                   i < 2 ? fmt::format("+4477009001{:02d}", k) : std::string("+447700900990"));
      r.AddText(id, SignatureOf(Ad(50 + k, fmt::format("name{}", k))), 40);
    }
  }
  const Linkage l = r.Resolve();
  ASSERT_EQ(l.generic.size(), 1u);
  EXPECT_EQ(l.generic[0].value, "+447700900990");
  EXPECT_NE(l.generic[0].why.find("aggregator"), std::string::npos) << l.generic[0].why;
  EXPECT_TRUE(IsServiceWhy(l.generic[0].why));
  ASSERT_EQ(l.clusters.size(), 4u);
  for (const Cluster& c : l.clusters) EXPECT_EQ(c.documents.size(), 3u);
}

// The same shape inside one network: its booking line alone on reposts of its women's ads, but
// the women's ads also share the network's second line. One advertiser: the booking line joins.
TEST(ResolveTest, ANetworksBookingLineOnRepostsOfItsOwnAdsIsNotAnAggregators) {
  Resolver r;
  for (int k = 0; k < 4; ++k) {
    for (int i = 0; i < 3; ++i) {
      const int64_t id = 1 + k * 3 + i;
      r.AddDocument(id);
      if (i < 2) {
        r.AddContact(id, "phone", fmt::format("+4477009001{:02d}", k));
        if (i == 1) r.AddContact(id, "email", "bookings@network.example");
      } else {
        r.AddContact(id, "phone", "+447700900990");
      }
      r.AddText(id, SignatureOf(Ad(50 + k, fmt::format("name{}", k))), 40);
    }
  }
  const Linkage l = r.Resolve();
  EXPECT_TRUE(l.generic.empty());
  ASSERT_EQ(l.clusters.size(), 1u);
  EXPECT_EQ(l.clusters[0].documents.size(), 12u);
}

// A network's booking line on reposts of its women's ads (the line alone, the text copied), and
// beside each woman's own number on one of her own ads: an aggregator strips the advertiser's
// contacts from its mirrors, a network prints its line beside them. One advertiser: the line joins.
TEST(ResolveTest, ABookingLineBesideTheWomensOwnNumbersIsNotAnAggregators) {
  Resolver r;
  for (int k = 0; k < 4; ++k) {
    for (int i = 0; i < 3; ++i) {
      const int64_t id = 1 + k * 3 + i;
      r.AddDocument(id);
      if (i < 2) r.AddContact(id, "phone", fmt::format("+4477009001{:02d}", k));
      if (i >= 1) r.AddContact(id, "phone", "+447700900990");
      r.AddText(id, SignatureOf(Ad(50 + k, fmt::format("name{}", k))), 40);
    }
  }
  const Linkage l = r.Resolve();
  EXPECT_TRUE(l.generic.empty());
  ASSERT_EQ(l.clusters.size(), 1u);
  EXPECT_EQ(l.clusters[0].documents.size(), 12u);
}

// A woman's ad written in her network's template: the network's sentences (`shared`), then her own
// words.
std::string TemplatedAd(int network, int woman) {
  return Ad(900 + network, "agency") + Ad(woman, fmt::format("name{}", woman)).substr(0, 120);
}

// The booking line alone on reposts of its women's ads and nowhere else, the women's ads written
// from the network's template (their texts share its sentences: estimated Jaccard 0.3-0.65, not
// near-identical): one author's, the line joins. Strangers' ads mirrored by an aggregator share no
// sentences: its number stays generic (the test above).
TEST(ResolveTest, ABookingLineOnRepostsOfTemplatedAdsIsNotAnAggregators) {
  Resolver r;
  for (int k = 0; k < 4; ++k) {
    for (int i = 0; i < 3; ++i) {
      const int64_t id = 1 + k * 3 + i;
      r.AddDocument(id);
      r.AddContact(id, "phone",
                   i < 2 ? fmt::format("+4477009001{:02d}", k) : std::string("+447700900990"));
      r.AddText(id, SignatureOf(TemplatedAd(1, k)), 40);
    }
  }
  const double across =
      EstimatedJaccard(SignatureOf(TemplatedAd(1, 0)), SignatureOf(TemplatedAd(1, 1)));
  EXPECT_GE(across, 0.3);
  EXPECT_LT(across, 0.65);
  const Linkage l = r.Resolve();
  EXPECT_TRUE(l.generic.empty());
  ASSERT_EQ(l.clusters.size(), 1u);
  EXPECT_EQ(l.clusters[0].documents.size(), 12u);
}

// An aggregator that failed to strip one advertiser's number from its mirror (the number beside its
// own on one of five mirrors): still an aggregator's number, each advertiser apart.
TEST(ResolveTest, AnAggregatorsNumberBesideOneOwnersNumberLeftOnAMirrorIsStillGeneric) {
  Resolver r;
  for (int k = 0; k < 5; ++k) {
    for (int i = 0; i < 3; ++i) {
      const int64_t id = 1 + k * 3 + i;
      r.AddDocument(id);
      const std::string own = fmt::format("+4477009001{:02d}", k);
      r.AddContact(id, "phone", i < 2 ? own : std::string("+447700900990"));
      if (i == 2 && k == 0) r.AddContact(id, "phone", own);
      r.AddText(id, SignatureOf(Ad(50 + k, fmt::format("name{}", k))), 40);
    }
  }
  const Linkage l = r.Resolve();
  ASSERT_EQ(l.generic.size(), 1u);
  EXPECT_EQ(l.generic[0].value, "+447700900990");
  ASSERT_EQ(l.clusters.size(), 5u);
  for (const Cluster& c : l.clusters) EXPECT_EQ(c.documents.size(), 3u);
}

// Turned off (aggregator_min_owners 0), the tracking number joins its mirrors' advertisers.
TEST(ResolveTest, TheAggregatorRuleTurnedOffJoinsOnTheTrackingNumber) {
  ResolveOptions options;
  options.aggregator_min_owners = 0;
  Resolver r(options);
  for (int k = 0; k < 4; ++k) {
    for (int i = 0; i < 3; ++i) {
      const int64_t id = 1 + k * 3 + i;
      r.AddDocument(id);
      r.AddContact(id, "phone",
                   i < 2 ? fmt::format("+4477009001{:02d}", k) : std::string("+447700900990"));
      r.AddText(id, SignatureOf(Ad(50 + k, fmt::format("name{}", k))), 40);
    }
  }
  const Linkage l = r.Resolve();
  EXPECT_TRUE(l.generic.empty());
  ASSERT_EQ(l.clusters.size(), 1u);
}

// Two employers' ads 1 to 4, each with its careers address at its own domain (1 and 2 one
// employer's, 3 and 4 the other's), and `also` added to each, resolved.
Linkage ResolveTwoEmployers(const std::function<void(Resolver&, int64_t)>& also) {
  Resolver r;
  for (int64_t id = 1; id <= 4; ++id) {
    r.AddDocument(id);
    r.AddContact(id, "email",
                 id <= 2 ? "careers@alder-foods.example" : "jobs@uk.birch-logistics.example");
    also(r, id);
  }
  return r.Resolve();
}

// Each employer's ads are one cluster, joined by its address.
void ExpectEmployersApart(const Linkage& l) {
  ASSERT_EQ(l.clusters.size(), 2u);
  EXPECT_EQ(l.clusters[0].documents, (std::vector<int64_t>{1, 2}));
  EXPECT_EQ(l.clusters[1].documents, (std::vector<int64_t>{3, 4}));
}

// Two employers' ads written from the same HR sentences: near-identical texts, but each gives its
// own careers address at its own domain. Two organisations: the texts join nothing, and each
// employer's two ads stay joined by its address.
TEST(ResolveTest, TwoOrganisationsNearIdenticalTextsJoinNothing) {
  ExpectEmployersApart(ResolveTwoEmployers(
      [](Resolver& r, int64_t id) { r.AddText(id, SignatureOf(Ad(7, "warehouse")), 40); }));
}

// Two employers' ads each give their own careers address and the consulate's visa fee account:
// an account that two organisations give is a third party's (store/contact_kinds.h), generic and
// joining nothing; each employer's ads stay joined by its address.
TEST(ResolveTest, AnAccountTwoOrganisationsGiveIsAThirdPartysAndJoinsNothing) {
  const Linkage l = ResolveTwoEmployers(
      [](Resolver& r, int64_t id) { r.AddContact(id, "iban", "DE68066270648852480730"); });
  ExpectEmployersApart(l);
  ASSERT_EQ(l.generic.size(), 1u);
  EXPECT_EQ(l.generic[0].value, "DE68066270648852480730");
  EXPECT_TRUE(IsServiceWhy(l.generic[0].why));
}

// A job site's footer address on the one ad of that site names the site, not an organisation:
// the ad's near-identical text still joins the employer's ad elsewhere, and the address is
// looked up as a possible site's although it is on one document only.
TEST(ResolveTest, ASitesAddressOnOneAdNamesNoOrganisation) {
  Resolver r;
  for (int64_t id : {1, 2}) {
    r.AddDocument(id);
    r.AddText(id, SignatureOf(Ad(11, "packer")), 40);
  }
  r.AddContact(1, "email", "careers@alder-foods.example");
  r.AddContact(2, "email", "report@jobs-board.example");
  const std::vector<std::string> look_up = r.AddressDomainsToLookUp();
  EXPECT_TRUE(std::find(look_up.begin(), look_up.end(), "jobs-board.example") != look_up.end());
  r.AddSite("jobs-board.example");
  const Linkage l = r.Resolve();
  ASSERT_EQ(l.clusters.size(), 1u);
  EXPECT_EQ(l.clusters[0].documents, (std::vector<int64_t>{1, 2}));
}

// One organisation's two ads give two addresses at its domain (one under a subdomain): near-
// identical texts still join them. So do two addresses at a free-mail provider (a recruiter
// opens a new one): the provider names no organisation.
TEST(ResolveTest, NearIdenticalTextsJoinUnderOneOrganisationOrFreeMail) {
  Resolver r;
  for (int64_t id = 1; id <= 4; ++id) {
    r.AddDocument(id);
    r.AddText(id, SignatureOf(Ad(id <= 2 ? 8 : 9, "picker")), 40);
  }
  r.AddContact(1, "email", "careers@alder-foods.example");
  r.AddContact(2, "email", "hr@jobs.alder-foods.example");
  r.AddContact(3, "email", "work.meridian77@gmail.com");
  r.AddContact(4, "email", "work.meridian78@gmail.com");
  const Linkage l = r.Resolve();
  ASSERT_EQ(l.clusters.size(), 2u);
  EXPECT_EQ(l.clusters[0].documents, (std::vector<int64_t>{1, 2}));
  EXPECT_EQ(l.clusters[1].documents, (std::vector<int64_t>{3, 4}));
}

// Clients' posts filled in from one site's review form (near-identical texts), each quoting
// another advertiser's number in a client's words (mentions.h): the quotes join nothing, and the
// posts' texts join neither each other nor, through them, the two advertisers. Two posts about the
// same number may be one client's repost: they still join each other (and no advertiser).
TEST(ResolveTest, ClientsPostsAboutTwoAdvertisersJoinNothing) {
  const std::string why = std::string(kClientPostWhy) + " beside \"Anyone been to\"";
  Resolver r;
  for (int64_t id = 1; id <= 8; ++id) r.AddDocument(id);
  // Two advertisers, two ads each.
  for (int64_t id : {1, 2}) r.AddContact(id, "phone", "+447700900111");
  for (int64_t id : {3, 4}) r.AddContact(id, "phone", "+447700900222");
  // Four posts of one form: about the first advertiser (5 and 7), about the second (6).
  r.AddContact(5, "phone", "+447700900111", why, "");
  r.AddContact(6, "phone", "+447700900222", why, "");
  r.AddContact(7, "phone", "+447700900111", why, "");
  for (int64_t id : {5, 6, 7}) r.AddText(id, SignatureOf(Ad(21, "review")), 40);
  // A site's footer address (generic) on every post does not make a post an advertiser's.
  for (int64_t id = 5; id <= 8; ++id) r.AddContact(id, "email", "report@lantern.example");
  r.AddSite("lantern.example");
  const Linkage l = r.Resolve();
  ASSERT_EQ(l.clusters.size(), 3u);
  EXPECT_EQ(ClusterWith(l, 1)->documents, (std::vector<int64_t>{1, 2}));
  EXPECT_EQ(ClusterWith(l, 3)->documents, (std::vector<int64_t>{3, 4}));
  EXPECT_EQ(ClusterWith(l, 5)->documents, (std::vector<int64_t>{5, 7}));
  EXPECT_EQ(ClusterWith(l, 6), nullptr);
  // The quotes are listed beside the advertiser's number.
  const Cluster* first = ClusterWith(l, 1);
  const auto phone = std::find_if(first->reasons.begin(), first->reasons.end(),
                                  [](const Reason& x) { return x.kind == "phone"; });
  ASSERT_NE(phone, first->reasons.end());
  EXPECT_EQ(phone->quoted_on, (std::vector<int64_t>{5, 7}));
  EXPECT_EQ(phone->quoted_why, why);
}

// An ad that quotes a number in a client's words but gives one of its own is no client's post:
// its near-identical texts join as before.
TEST(ResolveTest, AnAdWithItsOwnNumberBesideAClientsQuoteIsNoClientsPost) {
  const std::string why = std::string(kClientPostWhy) + " beside \"Review\"";
  Resolver r;
  for (int64_t id = 1; id <= 2; ++id) {
    r.AddDocument(id);
    r.AddText(id, SignatureOf(Ad(22, "review")), 40);
  }
  r.AddContact(1, "phone", "+447700900333");
  r.AddContact(1, "phone", "+447700900111", why, "");
  r.AddContact(2, "phone", "+447700900222", why, "");
  const Linkage l = r.Resolve();
  ASSERT_EQ(l.clusters.size(), 1u);
  EXPECT_EQ(l.clusters[0].documents, (std::vector<int64_t>{1, 2}));
}

// A woman warns against an impostor's number on two of her three ads; the impostor's one ad
// copies her text and her picture with that number as its own. Her three ads join (her number,
// her picture, her text); the impostor's joins none of them, and each side says why.
TEST(ResolveTest, AnImpostorWhoseNumberAWomanWarnsAgainstStaysApartFromHer) {
  const std::string warning = std::string(kWarningWhy) + " beside \"using my photos\"";
  auto resolve = [&](bool apart, bool ascending) {
    ResolveOptions options;
    options.impostors_apart = apart;
    Resolver r(options);
    const std::vector<int64_t> ids =
        ascending ? std::vector<int64_t>{1, 2, 3, 4} : std::vector<int64_t>{4, 2, 3, 1};
    for (int64_t id : ids) r.AddDocument(id);
    for (int64_t id : ids) {
      if (id != 4) r.AddContact(id, "phone", "+447700900111");
      if (id == 1 || id == 2) r.AddContact(id, "phone", "+447700900593", warning, "");
      if (id == 4) r.AddContact(id, "phone", "+447700900593");
      r.AddText(id, SignatureOf(Ad(31, "ruby")), 40);
    }
    r.AddPhotoGroup(ids, 0.93, "the same picture");
    return r.Resolve();
  };
  for (bool ascending : {true, false}) {
    const Linkage l = resolve(true, ascending);
    ASSERT_EQ(l.clusters.size(), 1u);
    EXPECT_EQ(l.clusters[0].documents, (std::vector<int64_t>{1, 2, 3}));
    EXPECT_EQ(ClusterWith(l, 4), nullptr);
    // Why: the cluster lists the warning that kept document 4 out (weight 0: no evidence).
    const auto apart = std::find_if(l.clusters[0].reasons.begin(), l.clusters[0].reasons.end(),
                                    [](const Reason& x) { return x.kind == "apart"; });
    ASSERT_NE(apart, l.clusters[0].reasons.end());
    EXPECT_EQ(apart->documents, (std::vector<int64_t>{1}));
    EXPECT_EQ(apart->weight, 0);
    EXPECT_NE(apart->value.find("document #4"), std::string::npos) << apart->value;
    EXPECT_NE(apart->value.find("+447700900593"), std::string::npos) << apart->value;
    EXPECT_NE(apart->value.find("using my photos"), std::string::npos) << apart->value;
    // No stored link crosses to the impostor, and the group kept apart is recorded for an
    // incremental link.
    for (const DocumentLink& link : l.links) EXPECT_NE(link.b, 4) << link.a << " " << link.kind;
    EXPECT_EQ(l.apart_texts, (std::vector<std::vector<int64_t>>{{1, 2, 3, 4}}));
  }
  // Without the rule, her text and picture join the impostor to her.
  const Linkage joined = resolve(false, true);
  ASSERT_EQ(joined.clusters.size(), 1u);
  EXPECT_EQ(joined.clusters[0].documents, (std::vector<int64_t>{1, 2, 3, 4}));
}

// The impostor's side is a cluster of its own (two ads on its number): it lists the warning too.
// A document that only "warns" (no contact of its own: its own number misread as mentioned) keeps
// nobody apart, and a warning against a value nobody gives as own keeps nothing apart.
TEST(ResolveTest, AWarningKeepsApartOnlyWhenItsAuthorGivesAContactOfHerOwn) {
  const std::string warning = std::string(kWarningWhy) + " beside \"fake ads\"";
  Resolver r;
  for (int64_t id = 1; id <= 6; ++id) r.AddDocument(id);
  // Her ad (1) and the impostor's two (2, 3): one text.
  r.AddContact(1, "phone", "+447700900111");
  r.AddContact(1, "phone", "+447700900593", warning, "");
  for (int64_t id : {2, 3}) r.AddContact(id, "phone", "+447700900593");
  for (int64_t id : {1, 2, 3}) r.AddText(id, SignatureOf(Ad(32, "mia")), 40);
  // An ad whose only number is read as warned against, and its owner's other ad: one text.
  r.AddContact(4, "phone", "+447700900222", warning, "");
  r.AddContact(5, "phone", "+447700900222");
  for (int64_t id : {4, 5}) r.AddText(id, SignatureOf(Ad(33, "ida")), 40);
  // A warning against a number no document gives.
  r.AddContact(6, "phone", "+447700900333");
  r.AddContact(6, "phone", "+447700900444", warning, "");
  r.AddText(6, SignatureOf(Ad(34, "eva")), 40);
  const Linkage l = r.Resolve();
  EXPECT_EQ(ClusterWith(l, 1), nullptr);
  const Cluster* impostor = ClusterWith(l, 2);
  ASSERT_NE(impostor, nullptr);
  EXPECT_EQ(impostor->documents, (std::vector<int64_t>{2, 3}));
  const auto apart = std::find_if(impostor->reasons.begin(), impostor->reasons.end(),
                                  [](const Reason& x) { return x.kind == "apart"; });
  ASSERT_NE(apart, impostor->reasons.end());
  EXPECT_EQ(apart->documents, (std::vector<int64_t>{2}));
  EXPECT_NE(apart->value.find("document #1"), std::string::npos) << apart->value;
  ASSERT_NE(ClusterWith(l, 4), nullptr);
  EXPECT_EQ(ClusterWith(l, 4)->documents, (std::vector<int64_t>{4, 5}));
}

TEST(ResolveTest, NearIdenticalTextJoinsDocumentsWithoutContacts) {
  Resolver r;
  for (int64_t id : {1, 2, 3}) r.AddDocument(id);
  const std::string base = Ad(1, "anna");
  r.AddText(1, SignatureOf(base), 40);
  r.AddText(2, SignatureOf(Ad(1, "mira")), 40);  // the same template, another name in the slot
  r.AddText(3, SignatureOf(Ad(4, "anna")), 40);  // another text
  const Linkage l = r.Resolve();
  const Cluster* c = ClusterWith(l, 1);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->documents, (std::vector<int64_t>{1, 2}));
  EXPECT_EQ(c->reasons[0].kind, "text");
  EXPECT_EQ(ClusterWith(l, 3), nullptr);
}

// Twenty advertisers copy one popular text, each giving her number on another ad of her own too
// (texts of their own): the text is generic, and each advertiser's two ads stay joined by her
// number.
TEST(ResolveTest, APopularTextCarriedByManyContactsIsGeneric) {
  Resolver r;
  const Signature s = SignatureOf(Ad(2, "x"));
  for (int64_t id = 1; id <= 20; ++id) {
    r.AddDocument(id);
    r.AddContact(id, "phone", fmt::format("+447700900{:03d}", id));
    r.AddText(id, s, 40);
    r.AddDocument(100 + id);
    r.AddContact(100 + id, "phone", fmt::format("+447700900{:03d}", id));
  }
  const Linkage l = r.Resolve();
  EXPECT_EQ(l.clusters.size(), 20u);
  for (const Cluster& c : l.clusters) EXPECT_EQ(c.documents.size(), 2u);
  ASSERT_EQ(l.generic.size(), 1u);
  EXPECT_EQ(l.generic[0].kind, "text");
}

// Issue 5 item 7 (held-out link corpus 15): a network posts one template on 14 ads, a fresh
// number on each; one number is quoted by a client's post too. Nothing shows an advertiser apart
// from the text (FreshContactPerDocument): one cluster, the text not generic.
TEST(ResolveTest, ATemplateWithAFreshNumberOnEveryAdJoins) {
  Resolver r;
  for (int64_t id = 1; id <= 14; ++id) {
    r.AddDocument(id);
    r.AddContact(id, "phone", fmt::format("+447700900{:03d}", 100 + id));
    r.AddText(id, SignatureOf(Ad(3, "x")), 40);
  }
  r.AddDocument(50);  // the client's post
  r.AddContact(50, "phone", "+447700900101");
  const Linkage l = r.Resolve();
  EXPECT_TRUE(l.generic.empty());
  ASSERT_NE(ClusterWith(l, 1), nullptr);
  EXPECT_EQ(ClusterWith(l, 1)->documents.size(), 15u);
}

// Issue 5 item 7 (held-out link corpora 12, 14, 15): a network's deposit account on ten ads,
// beside numbers in turn (one per two ads) and texts of their own. The service rule would see
// five advertisers; an account an ad prints is where its clients' money goes: it joins them.
TEST(ResolveTest, ADepositAccountOverNumbersInTurnIsNotAServices) {
  for (const char* kind : {"iban", "payment"}) {
    Resolver r;
    for (int64_t id = 1; id <= 10; ++id) {
      r.AddDocument(id);
      r.AddContact(id, "phone", fmt::format("+447700900{:03d}", (id + 1) / 2));
      r.AddContact(id, kind,
                   kind == std::string("iban") ? "DE89370400440532013000" : "revolut:velvetkeys30");
      r.AddText(id, SignatureOf(Ad(10 + static_cast<int>(id), "x")), 40);
    }
    const Linkage l = r.Resolve();
    EXPECT_TRUE(l.generic.empty()) << kind;
    ASSERT_EQ(l.clusters.size(), 1u) << kind;
    EXPECT_EQ(l.clusters[0].documents.size(), 10u) << kind;
  }
}

TEST(ResolveTest, TooShortTextsAreNotLinked) {
  Resolver r;
  r.AddDocument(1);
  r.AddDocument(2);
  r.AddText(1, SignatureOf("hello"), 1);
  r.AddText(2, SignatureOf("hello"), 1);
  EXPECT_TRUE(r.Resolve().clusters.empty());
}

TEST(ResolveTest, PhotoLinksJoinAndExplain) {
  Resolver r;
  r.AddDocument(1);
  r.AddDocument(2);
  r.AddPhotoGroup({1, 2}, 0.95, "the same image file");
  const Linkage l = r.Resolve();
  ASSERT_EQ(l.clusters.size(), 1u);
  EXPECT_EQ(l.clusters[0].reasons[0].kind, "photo");
}

}  // namespace
}  // namespace ariadne::link

namespace ariadne::link {
namespace {

TEST(ResolveTest, AStockPhotoBesideManyContactsIsGenericAndJoinsNothing) {
  Resolver r;
  std::vector<int64_t> docs;
  for (int64_t id = 1; id <= 15; ++id) {
    r.AddDocument(id);
    r.AddContact(id, "phone", fmt::format("+447700900{:03d}", id));
    docs.push_back(id);
  }
  r.AddPhotoGroup(docs, 0.97, "the same image file");
  const Linkage l = r.Resolve();
  EXPECT_TRUE(l.clusters.empty());
  ASSERT_EQ(l.generic.size(), 1u);
  EXPECT_EQ(l.generic[0].kind, "photo");
}

// A famous hotel's façade on seven one-ad advertisers' ads (each her own number and text) is too
// few contacts for the count above, but seven advertisers that nothing else joins: generic. The
// same picture on a network's seven ads over two rotating numbers joins them.
TEST(ResolveTest, APhotoShownByManyUnrelatedAdvertisersIsGeneric) {
  Resolver hotel;
  std::vector<int64_t> docs;
  for (int64_t id = 1; id <= 7; ++id) {
    hotel.AddDocument(id);
    hotel.AddContact(id, "phone", fmt::format("+447700900{:03d}", id));
    const std::string text = Ad(static_cast<int>(id) * 7, "Name");
    hotel.AddText(id, SignatureOf(text), static_cast<int64_t>(TextShingles(text, {}).size()));
    docs.push_back(id);
  }
  hotel.AddPhotoGroup(docs, 0.9, "the hotel's façade");
  const Linkage l = hotel.Resolve();
  EXPECT_TRUE(l.clusters.empty());
  ASSERT_EQ(l.generic.size(), 1u);
  EXPECT_EQ(l.generic[0].kind, "photo");
  EXPECT_NE(l.generic[0].why.find("7 advertisers"), std::string::npos) << l.generic[0].why;

  Resolver network;
  for (int64_t id = 1; id <= 7; ++id) {
    network.AddDocument(id);
    network.AddContact(id, "phone", id <= 4 ? "+447700900101" : "+447700900202");
    const std::string text = Ad(static_cast<int>(id) * 7, "Name");
    network.AddText(id, SignatureOf(text), static_cast<int64_t>(TextShingles(text, {}).size()));
  }
  network.AddPhotoGroup(docs, 0.9, "the network's picture");
  const Linkage n = network.Resolve();
  ASSERT_EQ(n.clusters.size(), 1u);
  EXPECT_EQ(n.clusters[0].documents.size(), 7u);
  EXPECT_TRUE(n.generic.empty());
}

}  // namespace
}  // namespace ariadne::link

namespace ariadne::link {
namespace {

// The store hands contacts over in table order; the result must not depend on it.
// Two texts near-identical to each other (equal on 17 of the 25 LSH bands) whose every shared
// band's bucket also holds a smaller document unlike them: with a bucket cap of 2 a full link
// compares each such bucket as a star around that document, so the two are never compared. A
// region holding only the two (an incremental link) compares them the same way once told the
// buckets are stars (AddKnownStar), and joins them when not told.
TEST(ResolveTest, KnownStarBucketsAreComparedAsInTheWholeCase) {
  constexpr int kShared = 17;
  auto signature = [](int document, int band_like_x) {
    Signature s{};
    for (int p = 0; p < kPermutations; ++p)
      s[p] = static_cast<uint16_t>(40000 + document * 200 + p);
    for (int p = band_like_x * kRowsPerBand; p < (band_like_x + 1) * kRowsPerBand; ++p)
      s[p] = static_cast<uint16_t>(p + 1);
    return s;
  };
  Signature x{}, y{};
  for (int p = 0; p < kPermutations; ++p) {
    x[p] = static_cast<uint16_t>(p + 1);
    y[p] = static_cast<uint16_t>(p < kShared * kRowsPerBand ? p + 1 : 30000 + p);
  }
  ASSERT_GE(EstimatedJaccard(x, y), 0.65);
  ResolveOptions options;
  options.max_bucket_pairs = 2;
  auto joined = [](const Linkage& l) {
    const Cluster* c = ClusterWith(l, 100);
    return c != nullptr && std::binary_search(c->documents.begin(), c->documents.end(), 101);
  };
  // The whole case: centres 1-17, then x (100) and y (101).
  Resolver whole(options);
  for (int b = 0; b < kShared; ++b) whole.AddDocument(b + 1);
  whole.AddDocument(100);
  whole.AddDocument(101);
  for (int b = 0; b < kShared; ++b) whole.AddText(b + 1, signature(b + 1, b), 40);
  whole.AddText(100, x, 40);
  whole.AddText(101, y, 40);
  EXPECT_FALSE(joined(whole.Resolve()));
  // A region of x and y alone.
  for (bool told : {false, true}) {
    Resolver region(options);
    region.AddDocument(100);
    region.AddDocument(101);
    region.AddText(100, x, 40);
    region.AddText(101, y, 40);
    if (told) {
      for (int b = 0; b < kShared; ++b) region.AddKnownStar(b, BandKey32(x, b), b + 1);
    }
    EXPECT_EQ(joined(region.Resolve()), !told);
  }
  // Told by a function instead (SetStarCentres): asked about the 17 buckets x and y share and no
  // other (each of their other band keys is theirs alone), and the two are compared as above.
  std::atomic<int> asked{0}, asked_elsewhere{0};
  Resolver region(options);
  region.AddDocument(100);
  region.AddDocument(101);
  region.AddText(100, x, 40);
  region.AddText(101, y, 40);
  region.SetStarCentres([&](int band, uint32_t key32) -> std::optional<int64_t> {
    ++asked;
    if (band >= kShared || key32 != BandKey32(x, band)) {
      ++asked_elsewhere;
      return std::nullopt;
    }
    return band + 1;
  });
  EXPECT_FALSE(joined(region.Resolve()));
  EXPECT_EQ(asked.load(), kShared);
  EXPECT_EQ(asked_elsewhere.load(), 0);
}

TEST(ResolveTest, TheOrderOfTheEvidenceDoesNotMatter) {
  auto resolve = [](bool reversed) {
    Resolver r;
    std::vector<std::pair<int64_t, std::string>> contacts;
    for (int64_t id = 1; id <= 40; ++id) {
      contacts.push_back({id, fmt::format("+4477009001{:02d}", id % 7)});
      contacts.push_back({id, fmt::format("+4477009002{:02d}", id % 5)});
      contacts.push_back({id, "help@site.example"});
    }
    if (reversed) std::reverse(contacts.begin(), contacts.end());
    for (int64_t id = 1; id <= 40; ++id) r.AddDocument(id);
    for (const auto& [id, value] : contacts) {
      r.AddContact(id, value[0] == '+' ? "phone" : "email", value);
      r.AddContact(id, value[0] == '+' ? "phone" : "email", value);  // twice: counted once
    }
    for (int64_t id = 1; id <= 40; ++id)
      r.AddText(id, SignatureOf(Ad(static_cast<int>(id % 3), "x")), 40);
    return r.Resolve();
  };
  const Linkage a = resolve(false), b = resolve(true);
  ASSERT_EQ(a.clusters.size(), b.clusters.size());
  for (size_t i = 0; i < a.clusters.size(); ++i) {
    EXPECT_EQ(a.clusters[i].documents, b.clusters[i].documents);
    ASSERT_EQ(a.clusters[i].reasons.size(), b.clusters[i].reasons.size());
    for (size_t k = 0; k < a.clusters[i].reasons.size(); ++k) {
      EXPECT_EQ(a.clusters[i].reasons[k].value, b.clusters[i].reasons[k].value);
      EXPECT_EQ(a.clusters[i].reasons[k].documents, b.clusters[i].reasons[k].documents);
    }
    EXPECT_DOUBLE_EQ(a.clusters[i].evidence, b.clusters[i].evidence);
  }
  EXPECT_EQ(a.generic.size(), b.generic.size());
  EXPECT_EQ(a.links.size(), b.links.size());
}

// Skeleton pairs (skeleton.h) join two documents only when each gives one contact value found on
// no other document: a spun network's fresh numbers. The cluster says so, with its documents.
TEST(ResolveTest, ASkeletonPairJoinsDocumentsEachGivingOneFreshContact) {
  Resolver r;
  for (int64_t id = 1; id <= 10; ++id) r.AddDocument(id);  // 4-10: the rest of the case
  r.AddContact(1, "phone", "+447700900101");
  r.AddContact(2, "phone", "+447700900102");
  r.AddContact(3, "phone", "+447700900103");
  // The site's own footer address beside each fresh number: generic, not counted.
  r.AddSite("board.example");
  for (int64_t id : {1, 2, 3}) r.AddContact(id, "email", "help@board.example");
  r.AddSkeletonPair(2, 1, 12, 4, 0.55);  // either order
  r.AddSkeletonPair(2, 3, 10, 3, 0.45);
  const Linkage l = r.Resolve();
  ASSERT_EQ(l.clusters.size(), 1u);
  EXPECT_EQ(l.clusters[0].documents, (std::vector<int64_t>{1, 2, 3}));
  ASSERT_EQ(l.clusters[0].reasons.size(), 1u);
  const Reason& reason = l.clusters[0].reasons[0];
  EXPECT_EQ(reason.kind, "skeleton");
  EXPECT_EQ(reason.documents, (std::vector<int64_t>{1, 2, 3}));
  EXPECT_NE(reason.value.find("at least 10 rare words of unrepeated sentences on 3 lines in order"),
            std::string::npos)
      << reason.value;
  EXPECT_GT(reason.weight, 0);
}

TEST(ResolveTest, ASkeletonPairJoinsNothingWhenAContactIsNotFreshOrNotAlone) {
  Resolver r;
  for (int64_t id : {1, 2, 3, 4, 5, 6}) r.AddDocument(id);
  r.AddContact(1, "phone", "+447700900101");
  r.AddContact(2, "phone", "+447700900102");
  r.AddContact(3, "phone", "+447700900102");  // 2's number on another ad: an advertiser's own
  r.AddContact(4, "phone", "+447700900104");
  r.AddContact(4, "email", "four@mail.example");  // two contact values
  r.AddContact(5, "phone", "+447700900105");
  r.AddSkeletonPair(1, 2, 12, 4, 0.55);
  r.AddSkeletonPair(1, 4, 12, 4, 0.55);
  r.AddSkeletonPair(5, 6, 12, 4, 0.55);  // 6 gives no contact
  const Linkage l = r.Resolve();
  ASSERT_EQ(l.clusters.size(), 1u);  // 2 and 3 by their number only
  EXPECT_EQ(l.clusters[0].documents, (std::vector<int64_t>{2, 3}));
  for (const Reason& reason : l.clusters[0].reasons) EXPECT_NE(reason.kind, "skeleton");
}

}  // namespace
}  // namespace ariadne::link
