#include "demo/plan.h"

#include <fmt/format.h>

#include <algorithm>
#include <numeric>
#include <tuple>

#include "demo/rng.h"

namespace ariadne::demo {
namespace {

// ------------------------------------------------------------------------------------ sites and
// data Real city names are fine (they identify no one); English exonyms keep the "location" field
// uniform.
constexpr std::string_view kUkCities[] = {"London",  "Manchester", "Birmingham", "Leeds",
                                          "Glasgow", "Bristol",    "Liverpool",  "Edinburgh",
                                          "Cardiff", "Newcastle"};
constexpr std::string_view kGermanCities[] = {"Berlin",    "Hamburg",    "Munich",   "Cologne",
                                              "Frankfurt", "Düsseldorf", "Stuttgart"};
constexpr std::string_view kSpanishCities[] = {"Madrid",  "Barcelona", "Valencia",
                                               "Seville", "Málaga",    "Bilbao"};
constexpr std::string_view kPolishCities[] = {"Warsaw", "Kraków", "Wrocław",
                                              "Gdańsk", "Poznań", "Łódź"};
constexpr std::string_view kRomanianCities[] = {"Bucharest", "Cluj-Napoca", "Iași",
                                                "Timișoara", "Constanța",   "Brașov"};
constexpr std::string_view kFrenchCities[] = {"Paris", "Lyon", "Marseille",
                                              "Lille", "Nice", "Toulouse"};

// Language weights in Lang order: en ro pl bg es uk fr de it nl. Every language has both an adult
// and a job site, so every language appears with both kinds of ad.
const Site kSites[kSiteCount] = {
    {"sweetnights.example", "GB", 30, 0, kUkCities, {60, 10, 8, 6, 6, 5, 0, 0, 5, 0}, "", 481000},
    {"velvetbook.example", "GB", 15, 0, kUkCities, {70, 8, 6, 5, 6, 0, 0, 0, 5, 0}, "vb", 120000},
    {"jobsboard.example", "GB", 0, 30, kUkCities, {50, 14, 14, 8, 3, 8, 0, 0, 3, 0}, "JB-", 50000},
    {"quickwork.example",
     "PL",
     0,
     18,
     kPolishCities,
     {10, 5, 50, 5, 0, 30, 0, 0, 0, 0},
     "",
     700000},
    {"stadtanzeigen.example",
     "DE",
     18,
     12,
     kGermanCities,
     {12, 10, 5, 5, 0, 3, 0, 50, 0, 15},
     "",
     3300000},
    {"classifieds-eu.example",
     "ES",
     14,
     14,
     kSpanishCities,
     {10, 10, 0, 0, 40, 0, 15, 5, 15, 5},
     "eu",
     900000},
    {"anunturi-noi.example",
     "RO",
     10,
     14,
     kRomanianCities,
     {10, 65, 0, 15, 0, 10, 0, 0, 0, 0},
     "",
     210000},
    {"petitesannonces.example",
     "FR",
     13,
     12,
     kFrenchCities,
     {8, 0, 0, 0, 7, 0, 70, 0, 8, 7},
     "pa",
     64000},
};

// Invented or uncommon first names, ASCII so they can also serve in e-mail addresses and handles.
constexpr std::string_view kNames[] = {
    "Ilinca",  "Irisa",  "Jasmira", "Kalina",  "Larisa",  "Liora",   "Lucinda", "Maelis",
    "Marisol", "Melina", "Mirela",  "Nadira",  "Neva",    "Nerissa", "Noemi",   "Odeta",
    "Oriana",  "Perla",  "Raisa",   "Ramona",  "Rosalia", "Sabina",  "Selena",  "Serafina",
    "Sorina",  "Tamira", "Tavia",   "Teodora", "Valina",  "Vesna",   "Viorica", "Yarina",
    "Zaria",   "Zorita", "Adela",   "Brisa",   "Celeste", "Dalina",  "Elira",   "Fiora",
    "Gaia",    "Ivona",  "Jolanda", "Kira",    "Lavinia", "Mara",    "Nika",    "Olesia",
    "Petrina", "Roxana", "Siena",   "Talia",   "Una",     "Verena",  "Xenia",   "Amaya",
    "Dorina",  "Estela", "Florica", "Ksenia",  "Lenuta",  "Milena",  "Natalka",
};

constexpr std::string_view kFreeMailDomains[] = {"mail.example", "inbox.example", "post.example",
                                                 "example.com",  "example.net",   "example.org"};

constexpr std::string_view kNetworkHandleWords[] = {"vip",   "velvet", "star", "elite",
                                                    "dream", "angel",  "lux",  "rose"};
constexpr std::string_view kNetworkHandleNouns[] = {"models", "girls", "agency", "bookings",
                                                    "team"};
constexpr std::string_view kRecruiterWords[] = {"jobs", "work", "euro", "fast", "best"};
constexpr std::string_view kRecruiterNouns[] = {"abroad", "recruit", "staff", "hiring", "offers"};

constexpr std::string_view kCompanyFirst[] = {
    "Northfield", "Riverside",   "Greenway",    "Bluebridge", "Oakmont",
    "Silverline", "Harbourview", "Meadowbrook", "Stonegate",  "Brightwater"};
constexpr std::string_view kCompanySecond[] = {"Logistics", "Foods",      "Care",  "Hotels",
                                               "Farms",     "Facilities", "Build", "Transport"};
constexpr std::string_view kHrMailboxes[] = {"jobs", "hr", "careers", "recruitment"};
// Vague agency names for deceptive job ads ("a leading company"; indicator J-EMPL).
constexpr std::string_view kVagueAgencies[] = {"Euro Work Agency", "Global Staff Solutions",
                                               "Top Jobs International", "Prime Recruit",
                                               "West Europe Jobs"};

// Share of the corpus per advertiser type, in per mille. Roughly 60% adult-services ads and 40% job
// ads; about 40% of all ads come from planted networks.
constexpr int kSexNetworkShare = 270;
constexpr int kLabourNetworkShare = 110;
constexpr int kOneOffShare = 30;
constexpr int kEmployerShare = 240;  // the rest goes to independents

// Three or four of the vague agency names, starting with `first`. Derived from the serial number,
// not drawn from the generator, so that the rest of the corpus stays as it was.
std::vector<std::string> FrontNames(std::string_view first, int serial) {
  const size_t count = std::size(kVagueAgencies);
  size_t start = 0;
  while (start < count && kVagueAgencies[start] != first) ++start;
  std::vector<std::string> names;
  const size_t wanted = 3 + static_cast<size_t>(serial % 2);
  for (size_t i = 0; i < wanted; ++i) names.emplace_back(kVagueAgencies[(start + i) % count]);
  return names;
}

std::string AsciiLowerCopy(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// "Riverside Foods" -> "riverside-foods"
std::string Slug(std::string_view s) {
  std::string out = AsciiLowerCopy(s);
  std::replace(out.begin(), out.end(), ' ', '-');
  return out;
}

// `k` distinct indexes out of [0, n), in random order (a partial Fisher-Yates shuffle).
std::vector<int> DistinctIndexes(Rng& rng, int n, int k) {
  std::vector<int> all(static_cast<size_t>(n));
  std::iota(all.begin(), all.end(), 0);
  k = std::min(k, n);
  for (int i = 0; i < k; ++i) {
    std::swap(all[i], all[i + static_cast<int>(rng.Below(static_cast<uint32_t>(n - i)))]);
  }
  all.resize(static_cast<size_t>(k));
  return all;
}

// ---------------------------------------------------------------------------------------------
// planner
class Planner {
 public:
  Planner(uint64_t seed, bool photos) : rng_(seed), photos_enabled_(photos) {
    plan_.seed = seed;
    // The 1,000 drama numbers, handed out in a seeded order so that no two advertisers share one by
    // accident: every shared number in the corpus is a planted link.
    numbers_.resize(1000);
    std::iota(numbers_.begin(), numbers_.end(), 0);
    for (int i = 999; i > 0; --i) std::swap(numbers_[i], numbers_[rng_.Below(i + 1)]);
  }

  // Creates advertisers of `role` and `kind` until they have posted `quota` ads in all.
  void AddAdvertisers(Role role, AdKind kind, int quota) {
    while (quota > 0) {
      const int count = std::min(quota, AdCountFor(role));
      quota -= count;
      const int index = NewAdvertiser(role, kind);
      PlanText(plan_.advertisers[index]);
      AvoidPhoneWhenNone(plan_.advertisers[index]);
      PlanPhotos(plan_.advertisers[index]);
      ScheduleAds(index, count);
    }
  }

  Plan Finish(SiteCounters& counters) {
    // Posting order; ids then grow with time on every site, as real sites' ids do.
    std::sort(plan_.ads.begin(), plan_.ads.end(), [](const AdSlot& a, const AdSlot& b) {
      return std::tie(a.day, a.minute, a.advertiser, a.sequence) <
             std::tie(b.day, b.minute, b.advertiser, b.sequence);
    });
    for (size_t i = 0; i < plan_.ads.size(); ++i) {
      AdSlot& ad = plan_.ads[i];
      const Site& site = kSites[ad.site];
      // Gaps between consecutive ids, as on a site where other people post too.
      const int number = site.id_base + counters[ad.site]++ * 3 + static_cast<int>(rng_.Below(3));
      ad.id = fmt::format("{}{}", site.id_prefix, number);
      plan_.advertisers[ad.advertiser].ads.push_back(static_cast<int>(i));
    }
    return std::move(plan_);
  }

 private:
  int AdCountFor(Role role) {
    switch (role) {
      case Role::kNetwork:
        return rng_.Between(18, 60);
      case Role::kIndependent: {
        static constexpr int kWeights[] = {30, 30, 20, 12, 8};  // 1 to 5 ads
        return static_cast<int>(rng_.Weighted(kWeights)) + 1;
      }
      case Role::kEmployer:
        return rng_.Between(1, 8);
      case Role::kOneOff:
        return rng_.Between(1, 2);
    }
    return 1;
  }

  int PickSite(AdKind kind) {
    int weights[kSiteCount];
    for (int i = 0; i < kSiteCount; ++i) {
      weights[i] = kind == AdKind::kSex ? kSites[i].sex_weight : kSites[i].labour_weight;
    }
    return static_cast<int>(rng_.Weighted(weights));
  }

  // Up to `count` further sites that carry `kind` ads in `lang`.
  void AddOtherSites(Advertiser& a, int count) {
    std::vector<int> candidates;
    for (int i = 0; i < kSiteCount; ++i) {
      const Site& s = kSites[i];
      const int kind_weight = a.kind == AdKind::kSex ? s.sex_weight : s.labour_weight;
      if (i != a.sites[0] && kind_weight > 0 && s.lang_weights[static_cast<int>(a.lang)] > 0) {
        candidates.push_back(i);
      }
    }
    for (int pick : DistinctIndexes(rng_, static_cast<int>(candidates.size()), count)) {
      a.sites.push_back(candidates[pick]);
    }
  }

  int TakeNumber() {
    if (next_number_ >= numbers_.size()) return -1;  // the drama range is used up: no phone
    return numbers_[next_number_++];
  }

  void TakeNumbers(Advertiser& a, int count) {
    for (int i = 0; i < count; ++i) {
      const int number = TakeNumber();
      if (number >= 0) a.phones.push_back(number);
    }
  }

  int NewAdvertiser(Role role, AdKind kind) {
    const int serial = static_cast<int>(plan_.advertisers.size()) + 1;
    Advertiser& a = plan_.advertisers.emplace_back();
    a.kind = kind;
    a.role = role;
    a.sites.push_back(PickSite(kind));
    a.lang = static_cast<Lang>(rng_.Weighted(kSites[a.sites[0]].lang_weights));
    a.text_seed = rng_.Next();
    a.separator = rng_.Chance(0.25) ? '\n' : ' ';
    a.home_city = static_cast<int>(rng_.Below(16));
    a.job_role =
        static_cast<int>(rng_.Below(static_cast<uint32_t>(PhrasesFor(a.lang).roles.size())));
    a.price = rng_.Between(8, 20) * 10;
    const std::string_view mail_domain = rng_.Pick(kFreeMailDomains);
    switch (role) {
      case Role::kNetwork: {
        a.id = fmt::format("n{:02d}", ++networks_);
        a.exploitative = kind == AdKind::kLabour;
        a.third_party = kind == AdKind::kSex && rng_.Chance(0.65);
        a.touring = kind == AdKind::kSex && rng_.Chance(0.35);
        // Some networks rotate numbers: several phones over time, overlapping at the changes.
        const bool rotating = rng_.Chance(0.4);
        TakeNumbers(a, rotating ? rng_.Between(3, 5) : rng_.Between(1, 2));
        if (!a.touring && rng_.Chance(0.5)) AddOtherSites(a, rng_.Between(1, 2));
        if (kind == AdKind::kSex) {
          a.handle = fmt::format("{}_{}{}", rng_.Pick(kNetworkHandleWords),
                                 rng_.Pick(kNetworkHandleNouns), serial);
        } else {
          a.handle = fmt::format("{}_{}{}", rng_.Pick(kRecruiterWords), rng_.Pick(kRecruiterNouns),
                                 serial);
          a.pay_cents = rng_.Between(28, 55) * 10000;
          a.fee = rng_.Between(15, 60) * 10;
          a.company = rng_.Pick(kVagueAgencies);
          a.fronts = FrontNames(a.company, serial);
        }
        a.email_local = a.handle;
        a.email_domain = mail_domain;
        const int personas = kind == AdKind::kSex ? rng_.Between(2, 6) : 1;
        for (int i = 0; i < personas; ++i) a.personas.push_back(MakePersona(a));
        break;
      }
      case Role::kIndependent: {
        a.id = fmt::format("i{:04d}", ++independents_);
        a.touring = rng_.Chance(0.15);  // touring is ordinary practice, not a network sign
        TakeNumbers(a, 1);
        if (rng_.Chance(0.12)) AddOtherSites(a, 1);
        a.personas.push_back(MakePersona(a));
        const std::string name = AsciiLowerCopy(a.personas[0].name);
        a.handle = fmt::format("{}_{}", name, serial);
        a.email_local = fmt::format("{}{}", name, serial);
        a.email_domain = mail_domain;
        break;
      }
      case Role::kEmployer: {
        a.id = fmt::format("e{:03d}", ++employers_);
        if (rng_.Chance(0.85)) TakeNumbers(a, 1);  // the others give only an e-mail address
        if (rng_.Chance(0.2)) AddOtherSites(a, 1);
        a.company = CompanyName(employers_ - 1);
        a.email_local = rng_.Pick(kHrMailboxes);
        a.email_domain = Slug(a.company) + ".example";
        a.handle = Slug(a.company);
        std::replace(a.handle.begin(), a.handle.end(), '-', '_');  // Telegram allows no '-'
        a.pay_cents = rng_.Between(950, 1590) / 10 * 10;
        a.personas.push_back(Persona{});
        break;
      }
      case Role::kOneOff: {
        a.id = fmt::format("x{:03d}", ++one_offs_);
        a.exploitative = true;
        TakeNumbers(a, 1);
        a.handle =
            fmt::format("{}_{}{}", rng_.Pick(kRecruiterWords), rng_.Pick(kRecruiterNouns), serial);
        a.email_local = a.handle;
        a.email_domain = mail_domain;
        a.pay_cents = rng_.Between(28, 55) * 10000;
        a.fee = rng_.Between(15, 60) * 10;
        a.company = rng_.Pick(kVagueAgencies);
        a.personas.push_back(Persona{});
        break;
      }
    }
    if (a.touring) {
      const int cities = static_cast<int>(kSites[a.sites[0]].cities.size());
      for (int c : DistinctIndexes(rng_, cities, rng_.Between(3, std::min(5, cities)))) {
        a.circuit.push_back(c);
      }
    }
    return serial - 1;
  }

  // Unique per plan: 80 combinations, then a "Group" and numbered generations.
  std::string CompanyName(int index) {
    constexpr int kCombinations = std::size(kCompanyFirst) * std::size(kCompanySecond);
    const int combination = index % kCombinations;
    std::string name = fmt::format("{} {}", kCompanyFirst[combination % std::size(kCompanyFirst)],
                                   kCompanySecond[combination / std::size(kCompanyFirst)]);
    const int generation = index / kCombinations;
    if (generation == 1) name += " Group";
    if (generation > 1) name += fmt::format(" {}", generation);
    return name;
  }

  Persona MakePersona(const Advertiser& a) {
    Persona p;
    // Distinct names inside one network: the same template under swapped names.
    do {
      p.name = std::string(rng_.Pick(kNames));
    } while (std::any_of(a.personas.begin(), a.personas.end(),
                         [&](const Persona& other) { return other.name == p.name; }));
    p.age = rng_.Between(19, 38);
    // The same rate for every advertiser type: nationality must carry no planted signal.
    if (rng_.Chance(0.2)) {
      p.nationality = static_cast<int>(
          rng_.Below(static_cast<uint32_t>(PhrasesFor(a.lang).nationalities.size())));
    }
    return p;
  }

  void PlanText(Advertiser& a) {
    const Phrasebook& book = PhrasesFor(a.lang);
    auto pick = [&](Pool pool) {
      return Sentence{pool, static_cast<int>(
                                rng_.Below(static_cast<uint32_t>(PoolPhrases(book, pool).size())))};
    };
    auto pick_several = [&](Pool pool, int count) {
      for (int i : DistinctIndexes(rng_, static_cast<int>(PoolPhrases(book, pool).size()), count)) {
        a.sentences.push_back({pool, i});
      }
    };
    if (a.kind == AdKind::kSex) {
      const bool third = a.third_party;
      a.title = pick(third ? Pool::kSexTitleThird : Pool::kSexTitleFirst);
      a.sentences.push_back(pick(third ? Pool::kSexIntroThird : Pool::kSexIntroFirst));
      if (rng_.Chance(0.6))
        a.sentences.push_back(pick(third ? Pool::kSexMoreThird : Pool::kSexMoreFirst));
      if (a.touring) a.sentences.push_back(pick(Pool::kSexTouring));
      pick_several(Pool::kSexBody, rng_.Between(2, 4));
      a.sentences.push_back(pick(third ? Pool::kSexContactThird : Pool::kSexContactFirst));
      return;
    }
    a.title = pick(Pool::kJobTitle);
    a.sentences.push_back(pick(Pool::kJobIntro));
    bool messenger = false;
    switch (a.role) {
      case Role::kNetwork:
        pick_several(Pool::kJobExploitative, rng_.Between(3, 5));
        messenger = rng_.Chance(0.9);
        break;
      case Role::kOneOff:
        pick_several(Pool::kJobExploitative, rng_.Between(2, 3));
        messenger = rng_.Chance(0.5);
        break;
      default:
        pick_several(Pool::kJobOrdinary, rng_.Between(2, 3));
        messenger = rng_.Chance(0.1);  // informal hiring over WhatsApp is common and lawful
        break;
    }
    a.sentences.push_back(pick(messenger ? Pool::kJobContactMessenger : Pool::kJobContactOrdinary));
  }

  // An advertiser without a phone number (the drama range has only 1,000) gets a contact line that
  // needs none, when its language has one.
  void AvoidPhoneWhenNone(Advertiser& a) {
    if (!a.phones.empty() || a.sentences.empty()) return;
    Sentence& contact = a.sentences.back();
    const Phrases phrases = PoolPhrases(PhrasesFor(a.lang), contact.pool);
    for (size_t i = 0; i < phrases.size(); ++i) {
      if (phrases[i].find("{phone}") == std::string_view::npos) {
        contact.index = static_cast<int>(i);
        return;
      }
    }
  }

  int AddPhoto(std::string file) {
    const uint64_t seed = DeriveSeed(plan_.seed, HashLabel(file));
    plan_.photos.push_back(Photo{std::move(file), seed});
    return static_cast<int>(plan_.photos.size()) - 1;
  }

  void PlanPhotos(Advertiser& a) {
    if (!photos_enabled_) return;
    int counter = 0;
    auto next_file = [&] { return fmt::format("{}-p{}.png", a.id, ++counter); };
    if (a.role == Role::kNetwork && a.kind == AdKind::kSex) {
      for (Persona& p : a.personas) {
        const int own = rng_.Between(2, 4);
        for (int i = 0; i < own; ++i) p.photos.push_back(AddPhoto(next_file()));
      }
      // Stock pictures the network puts on several personas' ads (indicator N-IMG).
      const int stock = rng_.Between(0, 2);
      for (int i = 0; i < stock; ++i) {
        const int photo = AddPhoto(next_file());
        for (Persona& p : a.personas) {
          if (rng_.Chance(0.6)) p.photos.push_back(photo);
        }
      }
      // A few reposts with a small edit: brighter, or cropped by 2 px and re-padded.
      if (rng_.Chance(0.6)) {
        const int edits = rng_.Between(1, 2);
        for (int i = 0; i < edits; ++i) {
          Persona& p = a.personas[rng_.Below(static_cast<uint32_t>(a.personas.size()))];
          const int original = p.photos[rng_.Below(static_cast<uint32_t>(p.photos.size()))];
          if (plan_.photos[original].original >= 0) continue;
          std::string file = plan_.photos[original].file;
          file.insert(file.size() - 4, "b");  // n03-p2.png -> n03-p2b.png
          if (std::any_of(p.photos.begin(), p.photos.end(),
                          [&](int q) { return plan_.photos[q].file == file; })) {
            continue;
          }
          const int edited = AddPhoto(std::move(file));
          plan_.photos[edited].original = original;
          plan_.photos[edited].edit =
              rng_.Chance(0.5) ? PhotoEdit::kBrighter : PhotoEdit::kShiftedAndRepadded;
          p.photos.push_back(edited);
        }
      }
      return;
    }
    Persona& p = a.personas[0];
    switch (a.role) {
      case Role::kIndependent:
        if (rng_.Chance(0.8)) {
          const int own = rng_.Between(1, 3);
          for (int i = 0; i < own; ++i) p.photos.push_back(AddPhoto(next_file()));
        }
        break;
      case Role::kNetwork:  // a recruitment flyer, reused across the network's job ads
        if (rng_.Chance(0.5)) p.photos.push_back(AddPhoto(next_file()));
        break;
      case Role::kEmployer:  // a company logo
        if (rng_.Chance(0.25)) p.photos.push_back(AddPhoto(next_file()));
        break;
      case Role::kOneOff:
        break;
    }
  }

  // The day, city, site, persona and photos of each of the advertiser's `count` ads.
  void ScheduleAds(int advertiser, int count) {
    const Advertiser& a = plan_.advertisers[advertiser];
    int span = 0;
    if (a.role == Role::kNetwork) {
      span = rng_.Between(60, kLastDay);  // networks post steadily for months
    } else if (count > 1) {
      span = std::min(kLastDay, (count - 1) * rng_.Between(4, 20));
    }
    const int first_day = rng_.Between(0, kLastDay - span);
    for (int k = 0; k < count; ++k) {
      AdSlot ad;
      ad.advertiser = advertiser;
      ad.sequence = k;
      ad.day = count > 1 ? first_day + span * k / (count - 1) : first_day;
      ad.day = std::min(kLastDay, ad.day + static_cast<int>(rng_.Below(2)));
      ad.minute = rng_.Between(7 * 60, 23 * 60 + 59);
      ad.persona = static_cast<int>(rng_.Below(static_cast<uint32_t>(a.personas.size())));
      ad.site = a.sites[rng_.Below(static_cast<uint32_t>(a.sites.size()))];
      ad.city = CityFor(a, ad, first_day);
      ad.photos = PhotosFor(a, ad);
      plan_.ads.push_back(std::move(ad));
    }
  }

  int CityFor(const Advertiser& a, const AdSlot& ad, int first_day) {
    const int cities = static_cast<int>(kSites[ad.site].cities.size());
    if (a.touring) {
      // One city per week; a network's personas all move together (indicator N-GEO).
      const int week = (ad.day - first_day) / 7;
      return a.circuit[static_cast<size_t>(week) % a.circuit.size()] % cities;
    }
    int city = a.home_city;
    if (a.role == Role::kNetwork) {
      city += a.kind == AdKind::kSex ? ad.persona % 2 : static_cast<int>(rng_.Below(3));
    }
    return city % cities;
  }

  std::vector<int> PhotosFor(const Advertiser& a, const AdSlot& ad) {
    const std::vector<int>& pool = a.personas[ad.persona].photos;
    if (pool.empty()) return {};
    double with_photos = 0.8;
    if (a.role == Role::kNetwork) with_photos = a.kind == AdKind::kSex ? 0.9 : 0.7;
    if (!rng_.Chance(with_photos)) return {};
    const int shown = rng_.Between(1, std::min(3, static_cast<int>(pool.size())));
    std::vector<int> photos;
    for (int i : DistinctIndexes(rng_, static_cast<int>(pool.size()), shown)) {
      photos.push_back(pool[i]);
    }
    return photos;
  }

  Rng rng_;
  bool photos_enabled_;
  Plan plan_;
  std::vector<int> numbers_;
  size_t next_number_ = 0;
  int networks_ = 0;
  int independents_ = 0;
  int employers_ = 0;
  int one_offs_ = 0;
};

}  // namespace

std::string_view KindName(AdKind kind) {
  return kind == AdKind::kSex ? "sex" : "labour";
}

std::span<const Site> Sites() {
  return kSites;
}

Phrases PoolPhrases(const Phrasebook& book, Pool pool) {
  switch (pool) {
    case Pool::kSexTitleFirst:
      return book.sex_titles_first;
    case Pool::kSexTitleThird:
      return book.sex_titles_third;
    case Pool::kSexIntroFirst:
      return book.sex_intro_first;
    case Pool::kSexIntroThird:
      return book.sex_intro_third;
    case Pool::kSexMoreFirst:
      return book.sex_more_first;
    case Pool::kSexMoreThird:
      return book.sex_more_third;
    case Pool::kSexBody:
      return book.sex_body;
    case Pool::kSexTouring:
      return book.sex_touring;
    case Pool::kSexNationality:
      return book.sex_nationality;
    case Pool::kSexContactFirst:
      return book.sex_contact_first;
    case Pool::kSexContactThird:
      return book.sex_contact_third;
    case Pool::kJobTitle:
      return book.job_titles;
    case Pool::kJobIntro:
      return book.job_intro;
    case Pool::kJobOrdinary:
      return book.job_ordinary;
    case Pool::kJobExploitative:
      return book.job_exploitative;
    case Pool::kJobContactOrdinary:
      return book.job_contact_ordinary;
    case Pool::kJobContactMessenger:
      return book.job_contact_messenger;
  }
  return {};
}

Plan MakePlan(uint64_t seed, int ad_count, bool photos, SiteCounters& counters) {
  Planner planner(seed, photos);
  ad_count = std::max(0, ad_count);
  const int sex_networks = ad_count * kSexNetworkShare / 1000;
  const int labour_networks = ad_count * kLabourNetworkShare / 1000;
  const int one_offs = ad_count * kOneOffShare / 1000;
  const int employers = ad_count * kEmployerShare / 1000;
  const int independents = ad_count - sex_networks - labour_networks - one_offs - employers;
  planner.AddAdvertisers(Role::kNetwork, AdKind::kSex, sex_networks);
  planner.AddAdvertisers(Role::kNetwork, AdKind::kLabour, labour_networks);
  planner.AddAdvertisers(Role::kIndependent, AdKind::kSex, independents);
  planner.AddAdvertisers(Role::kEmployer, AdKind::kLabour, employers);
  planner.AddAdvertisers(Role::kOneOff, AdKind::kLabour, one_offs);
  return planner.Finish(counters);
}

}  // namespace ariadne::demo
