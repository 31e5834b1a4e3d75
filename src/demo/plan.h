// The plan of a demo corpus: the fictional sites, the advertisers (planted networks, independents,
// employers) and every ad slot (who posts, where, when, with which persona and photos). Planning is
// separate from rendering so that the ground truth (truth.json) and the ads come from the same
// plan. Internal to the demo module.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "demo/photo.h"
#include "demo/phrasebook.h"

namespace ariadne::demo {

enum class AdKind { kSex, kLabour };

std::string_view KindName(AdKind kind);  // "sex" / "labour", the ads' "kind" field

// A fictional ad site on a reserved domain (RFC 2606).
struct Site {
  std::string_view domain;  // also the ads' "site" field
  std::string_view region;  // ISO 3166 country, the ads' "region" field (the phone-number hint)
  int sex_weight;           // share of the corpus's adult-services ads posted here (0: none)
  int labour_weight;        // share of the job ads posted here
  std::span<const std::string_view> cities;
  std::array<int, kLangCount> lang_weights;  // by Lang: which languages its ads are written in
  std::string_view id_prefix;                // ad ids are id_prefix + a number
  int id_base;
};

std::span<const Site> Sites();
inline constexpr int kSiteCount = 8;

// The pools a sentence of an ad comes from (see Phrasebook).
enum class Pool {
  kSexTitleFirst,
  kSexTitleThird,
  kSexIntroFirst,
  kSexIntroThird,
  kSexMoreFirst,
  kSexMoreThird,
  kSexBody,
  kSexTouring,
  kSexNationality,
  kSexContactFirst,
  kSexContactThird,
  kJobTitle,
  kJobIntro,
  kJobOrdinary,
  kJobExploitative,
  kJobContactOrdinary,
  kJobContactMessenger,
};
Phrases PoolPhrases(const Phrasebook& book, Pool pool);

struct Sentence {
  Pool pool;
  int index;
};

enum class Role {
  kNetwork,      // planted group: shared numbers, template and photos across personas and sites
  kIndependent,  // one adult-services advertiser: own number, own text, own photos
  kEmployer,     // an ordinary job advertiser
  kOneOff,       // a single job advertiser with deceptive terms but no network behind it
};

struct Photo {
  std::string file;   // file name under images/, e.g. "n03-p2.png"
  uint64_t seed = 0;  // DrawPhoto's seed
  int original = -1;  // for an edited repost: the index of the photo it was made from
  PhotoEdit edit = PhotoEdit::kBrighter;
};

struct Persona {
  std::string name;
  int age = 0;
  int nationality = -1;     // index into the language's nationalities; -1: never mentioned
  std::vector<int> photos;  // indexes into Plan::photos
};

struct Advertiser {
  std::string id;  // "n03" (network), "i0042" (independent), "e017" (employer), "x005" (one-off)
  AdKind kind = AdKind::kSex;
  Role role = Role::kIndependent;
  Lang lang = Lang::kEn;
  bool third_party = false;   // writes about "her"/"new girls" rather than in the first person
  bool touring = false;       // moves city week by week (networks: all personas together)
  bool exploitative = false;  // job ads with deceptive or exploitative terms
  std::vector<int> sites;     // indexes into Sites()
  std::vector<int> phones;    // drama-number suffixes, in order of first use; empty when none left
  std::string handle;         // Telegram handle, without '@'
  std::string email_local;
  std::string email_domain;
  std::string company;  // employers only
  // Labour networks: the employer names their ads rotate through (a recruiter fronting for several
  // "companies" with one contact: indicator J-REPOST). Empty for everyone else.
  std::vector<std::string> fronts;
  int job_role = 0;          // index into the language's roles
  int price = 0;             // adult ads: hourly rate, in the site's currency
  int pay_cents = 0;         // job ads: hourly (ordinary) or monthly (exploitative) pay
  int fee = 0;               // job ads with a recruitment fee
  int home_city = 0;         // index into a site's cities (taken modulo their number)
  std::vector<int> circuit;  // touring: the cities visited, one per week
  Sentence title{};
  std::vector<Sentence> sentences;  // the advertiser's text, in order
  char separator = ' ';             // between sentences: ' ' or '\n'
  uint64_t text_seed = 0;           // fixes the [a|b] choices of this advertiser's text
  std::vector<Persona> personas;
  std::vector<int> ads;  // indexes into Plan::ads, in posting order
};

struct AdSlot {
  int advertiser = 0;
  int persona = 0;
  int site = 0;
  int city = 0;             // index into the site's cities
  int day = 0;              // days after kFirstDay
  int minute = 0;           // minute of the day
  int sequence = 0;         // this is the advertiser's sequence-th ad
  std::string id;           // the site's ad id, unique per site
  std::vector<int> photos;  // indexes into Plan::photos, in the order the ad shows them
};

// The corpus spans 26 weeks: day 0 is 2026-05-17 and day kLastDay is 2026-11-15.
inline constexpr int kLastDay = 182;

struct Plan {
  uint64_t seed = 0;
  std::vector<Advertiser> advertisers;
  std::vector<AdSlot> ads;  // in posting order
  std::vector<Photo> photos;
};

// The next ad number of every site. Carried from one plan to the next when a stream is generated in
// blocks, so that ids stay unique per site.
using SiteCounters = std::array<int, kSiteCount>;

// Plans exactly `ad_count` ads. With `photos` false no photos are planned and ads carry none.
Plan MakePlan(uint64_t seed, int ad_count, bool photos, SiteCounters& counters);

}  // namespace ariadne::demo
