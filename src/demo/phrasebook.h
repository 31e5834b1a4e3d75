// The phrase tables the demo corpus writes its ads from, one table per language. Data only: the
// generator decides which sentences an advertiser uses, this file only says how they read.
//
// Template syntax, kept tiny so rendering stays fast:
//   {key}      replaced by a value: name, age, city, price, phone, email, tg, wa, role, pay, fee,
//              company, nat
//   [a|b|c]    one alternative, chosen per advertiser (and occasionally per ad, which is how
//   planted
//              networks get "small word changes"); alternatives may be empty; no nesting
#pragma once

#include <array>
#include <span>
#include <string_view>

namespace ariadne::demo {

using Phrases = std::span<const std::string_view>;

// The languages the demo ads are written in.
enum class Lang { kEn, kRo, kPl, kBg, kEs, kUk, kFr, kDe, kIt, kNl };
inline constexpr int kLangCount = 10;

struct Phrasebook {
  std::string_view code;                    // ISO 639-1, the ad's "lang" field
  std::array<std::string_view, 10> digits;  // digit names 0-9, for spelled-out phone numbers

  // Adult-services ads. "first" is the advertiser's own voice; "third" speaks about her ("my
  // friend", "new girls", "she"), the third-party pattern of some planted networks.
  Phrases sex_titles_first;
  Phrases sex_titles_third;
  Phrases sex_intro_first;
  Phrases sex_intro_third;
  Phrases sex_more_first;  // a personal sentence after the intro
  Phrases sex_more_third;
  Phrases sex_body;         // voice-neutral: place, prices, hours, safety
  Phrases sex_touring;      // "new in town", written by touring independents and networks alike
  Phrases sex_nationality;  // "Nationality: {nat}"; used equally by independents and networks
  Phrases nationalities;    // {nat} values, in the grammatical form the sentence needs
  Phrases sex_contact_first;
  Phrases sex_contact_third;

  // Job ads.
  Phrases job_titles;
  Phrases job_intro;
  Phrases job_ordinary;           // terms of an ordinary job: contract, hours, training
  Phrases job_exploitative;       // deceptive or exploitative terms (indicators.md 2A)
  Phrases job_contact_ordinary;   // company, e-mail and phone
  Phrases job_contact_messenger;  // "contact only via WhatsApp/Telegram" (indicator J-MSG)
  Phrases roles;                  // {role} values
};

// The phrase table for `lang`. Never fails; the tables live for the whole program.
const Phrasebook& PhrasesFor(Lang lang);

}  // namespace ariadne::demo
