// Detection quality of the real rule packs on the BLIND held-out sets (issue 4, item 7).
//
// Each blind set was written by someone who had not read rules/*.toml, the rule docs or the
// development set, and was committed before anything ran against it (data/BLIND.md to
// data/BLIND5.md say who, how and when). Unlike data/heldout_ads.jsonl (a
// development set the packs were tuned on), their first figures said what unseen ads give.
// - data/blind_ads.jsonl (the first, 160 ads) has since been used for tuning (the flag5 round wrote
//   candidate term families while reading its misses, data/BLIND.md "After tuning"), so it is now a
//   second development set.
// - data/blind2_ads.jsonl (220 ads, 2026-11-30) was the blind judge until the flag7 round wrote
//   general term forms and the J-SAL destination, currency and net reading while reading its
//   misses (data/BLIND2.md, "After tuning"): it is a development set too now. A third blind set
//   judges unseen wording.
// - data/blind3_ads.jsonl (220 ads, 2026-11-30, data/BLIND3.md) was the blind judge until the flag8
//   round wrote computed checks and general term families while reading its misses
//   (data/BLIND3.md, "After tuning"): a development set too now.
// - data/blind4_ads.jsonl (220 ads, 2026-11-30, data/BLIND4.md) was the blind judge until the flag9
//   round wrote general term forms and computed checks while reading its misses (data/BLIND4.md,
//   "After tuning"): a development set too now.
// - data/blind5_ads.jsonl (220 ads, 2026-11-30, data/BLIND5.md) was the blind judge until the
//   flag10 round tuned rules while reading its misses.
// - data/blind6_ads.jsonl (242 ads, 2026-11-30, data/BLIND6.md) was the blind judge until the
//   flag11 round, which tunes rules while reading the six blind sets' misses.
// - data/blind7_ads.jsonl (240 ads, 2026-11-30, data/BLIND7.md) was the blind judge until the
//   flag12 round tuned rules while reading its misses (data/BLIND7.md, "After tuning"): a
//   development set too now.
// - data/blind8_ads.jsonl (240 ads, 2026-11-30, data/BLIND8.md) was the blind judge until the
//   flag13 round tuned the rules (2026-11-30); blind9 replaces it.
// - data/blind9_ads.jsonl (246 ads, 2026-11-30, data/BLIND9.md) was the blind judge until the
//   flag14 and flag15 rounds tuned rules while reading the blind sets' misses; blind10 replaces it.
// - data/blind10_ads.jsonl (244 ads, 2026-11-30, data/BLIND10.md) was the blind judge until the
//   round of 2026-12-01 tuned rules on it.
// - data/blind11_ads.jsonl (245 ads, 2026-12-01, data/BLIND11.md) was the blind judge until this
//   round's rule helpers tuned on it.
// - data/blind12_ads.jsonl (250 ads, 2026-12-01, data/BLIND12.md) was the blind judge until the
//   flag22-flag24 round tuned rules while reading its misses (data/BLIND12.md, "After tuning").
// - data/blind13_ads.jsonl (250 ads, 2026-12-02, data/BLIND13.md) was the blind judge until the
//   rule helpers of session 29 tuned on it.
// - data/blind14_ads.jsonl (250 ads, 2026-12-02, data/BLIND14.md) was the blind judge until the
//   rule helpers of session 30 tuned on it.
// - data/blind15_ads.jsonl (250 ads, 2026-12-02, data/BLIND15.md) was the blind judge until
//   session 31's rule helpers tuned on it (flag29 for the J-* indicators, data/BLIND15.md "After
//   session 31's tuning").
// - data/blind16_ads.jsonl (250 ads, 2026-12-02, data/BLIND16.md) was the judge until session
//   32's rule helpers tuned on it.
// - data/blind17_ads.jsonl (250 ads, 2026-12-02, data/BLIND17.md) was the judge until session
//   34's round 2 (flag37, flag38) tuned on it.
// - data/blind18_ads.jsonl (224 ads, 2026-12-03, data/BLIND18.md) was the judge until session 35's
//   flag39 tuned on it (data/BLIND18.md "After session 35's tuning").
// - data/blind19_ads.jsonl (268 ads, 2026-12-03, data/BLIND19.md, written by the blind23 helper) is
//   the blind judge now: tuners must not read it. It judges more than one round before anyone
//   tunes on it; once terms are written while reading ITS misses, say so in data/BLIND19.md and
//   write a new set.
//
// Each set is measured twice: with the default rules and with candidate terms enabled
// (FlagOptions::candidates, as `ariadne flag --candidates`). Rules, asserted: zero invariance
// violations, bar those a set's first measurement found and lists until they are fixed (a
// "variant_of" line must get exactly the flags and scores of its original, rule R2; a variant that
// adds safety practices or touring words may add only T0 flags and must not raise a score, rule R4)
// and every "benign" line (a legitimate job ad, or safety practices and touring only: rule R4)
// scores 0, trafficking and fraud risk alike, bar the same kind of list. Recall and precision
// (micro, over the original ads; variants only test invariance) are printed per indicator and per
// language, and guarded by floors at the measured value minus 0.02 so that a regression fails. The
// goal (recall >= 0.85, precision
// >= 0.90) is printed, not asserted: the floors record where the packs stand, not where they should
// be.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "flag/labelled_set.h"
#include "support/test_paths.h"

namespace ariadne::flag {
namespace {

using testing::LabelledAd;
using testing::Measure;
using testing::MeasureSet;
using testing::Precision;
using testing::Recall;

// Floors: the measured value minus 0.02, rounded down. Never lower them to let a change through.
struct Floors {
  double recall;
  double text_recall;
  double precision;
};

// A blind set, the figures it must keep, and what it must contain.
struct BlindSet {
  const char* file;
  const char* label;
  Floors default_floors;
  Floors candidate_floors;
  size_t min_ads = 0;
  int min_variants = 0;
  int min_benign = 0;
  // The variants known to break invariance with candidate terms enabled, when a set's first
  // measurement found some that are not fixed yet: asserted exactly, so that a new violation fails
  // and fixing one means removing it here. The goal is none.
  std::set<std::string> known_candidate_violations = {};
  // The same with the default rules.
  std::set<std::string> known_default_violations = {};
  // The benign controls known to score with candidate terms enabled (rule R4), when a set's first
  // measurement found some that are not fixed yet: asserted exactly, like the violations above.
  // The goal is none.
  std::set<std::string> known_candidate_benign_scoring = {};
  // The same with the default rules.
  std::set<std::string> known_default_benign_scoring = {};
};

// data/BLIND.md, "Figures" and "After tuning". Since the flag5 round (2026-11-29) the candidate
// terms were tuned while reading this set's misses, so these floors guard against regressions only.
// Default rules: recall 0.081 (0.090 on text indicators until the flag6 round made J-PHONEONLY,
// J-UNLIC, S-OBSC and A-STOCK text indicators; 0.081 since), precision 0.979 (unchanged: the new
// terms and the computed checks are candidates, disabled by default). Candidate terms enabled:
// recall 0.928 (the same on text indicators), precision 0.992 (flag6 round, 2026-11-30: computed
// checks and the language placeholder; before it 0.707, 0.789, 0.990; before flag5 0.351, 0.391,
// 0.980).
// flag7 round (2026-11-30: J-SAL where the job is, in any currency; general term forms read from
// blind2): default recall 0.105, precision 0.984; candidates 0.954, 0.993.
// flag8 round (2026-11-30: computed checks that pair two marker lists in one clause, general term
// families in all 11 languages, the pay reader's ranges, '+', evenings and bonuses; read from
// blind3): default recall 0.109, precision 0.984; candidates 0.968, 0.993.
// flag9 round (2026-11-30: general forms and computed checks read from blind4; S-SCREEN without
// condom-only wording, which removed this set's three S-SCREEN false positives; Myanmar and Laos
// in the wage table): default 0.112 / 0.985, candidates 0.975 / 0.998.
// pay14 round (2026-11-30: where the job is from rules/data/places.toml, inflected names and
// cities; a named country without a statutory minimum judged against the table's highest minimum,
// not the site's; crowns read by the destination), measured without blind9: blind2 default 0.091
// / 1.000, candidates 0.974 / 0.999; blind3 0.106 / 1.000, 0.986 / 0.992; blind6 0.068 / 0.981,
// 0.870 / 0.993; blind8 0.078 / 1.000, 0.702 / 0.985 (the J-SAL false positives bg-j9, pl-j8 and
// uk-j7 gone; also blind3 ro-j6 and blind6 pl-j4, uk-j6); the other sets unchanged. Floors
// raised to those figures minus 0.02.
const BlindSet kBlind1{.file = "blind_ads.jsonl",
                       .label = "blind",
                       .default_floors = {0.092, 0.092, 0.980},
                       .candidate_floors = {0.962, 0.962, 0.978},
                       .min_ads = 150,
                       .min_variants = 20,
                       .min_benign = 20};
// data/BLIND2.md, "Figures": measured 2026-11-30 with the rule packs of main at 43b4ad3, nothing
// tuned to this set. Default rules: recall 0.057 (0.064 on text indicators), precision 1.000.
// Candidate terms enabled: recall 0.393 (0.440), precision 0.997, with three invariance violations,
// all gendered terms: S-DRIVER matched "brings her" but not "brings him" (en-v1), J-ENT missed the
// NL masculine plural "gastheren" (nl-v2) and the UK masculine plurals "хостами / танцівниками"
// (uk-v1). Then the flag6 round's computed checks (written without reading this set) and the
// masculine and plural forms of those terms in every language: recall 0.575 (the same on text
// indicators), precision 0.994, no violation. Then the flag7 round, tuned while reading this
// set's misses (so these are development figures, not blind ones): default rules recall 0.083,
// precision 1.000 (J-SAL 32 of 42, was 10); candidates recall 0.909, precision 0.999. flag8 round
// (read from blind3): default 0.087 / 1.000, candidates 0.925 / 0.999. flag9 round (read from
// blind4): default 0.088 / 1.000, candidates 0.964 / 0.999.
const BlindSet kBlind2{.file = "blind2_ads.jsonl",
                       .label = "blind2",
                       .default_floors = {0.071, 0.071, 0.980},
                       .candidate_floors = {0.971, 0.971, 0.979},
                       .min_ads = 200,
                       .min_variants = 30,
                       .min_benign = 30};
// data/BLIND3.md, "Figures": measured 2026-11-30 with the rule packs of main at f2c32c7, nothing
// tuned to this set (written by a helper that had not read the packs, while flag7 tuned them on
// other sets). Default rules: recall 0.074 (the same on text indicators), precision 0.942.
// Candidate terms enabled: recall 0.583 (the same), precision 0.972, with one invariance violation:
// J-ENT matched the PL feminine "hostess" but not the masculine "hostów" (pl-v1, gender swap of
// pl-j3), 53 -> 41, a defect of the rule pack (fixed in J-ENT revision 5, in PL, RO, ES and IT).
// With flag7's rules (tuned on blind2, not on this set) and that fix: default 0.091 / 0.984,
// candidates 0.672 / 0.982, no violation. Then the flag8 round, written while reading this set's
// misses (so it is a development set now, data/BLIND3.md "After tuning"): default 0.102 / 0.985,
// candidates 0.970 / 0.991, no violation. flag9 round (read from blind4): default 0.102 / 0.985,
// candidates 0.974 / 0.991. The floors are those figures minus 0.02.
const BlindSet kBlind3{.file = "blind3_ads.jsonl",
                       .label = "blind3",
                       .default_floors = {0.086, 0.086, 0.980},
                       .candidate_floors = {0.969, 0.969, 0.972},
                       .min_ads = 200,
                       .min_variants = 30,
                       .min_benign = 30};

// data/BLIND4.md, "Figures": measured 2026-11-30 with the rule packs of main at 97d4b50, nothing
// tuned to this set (written by a helper that had not read the packs, while flag8 tuned them on
// other sets). Default rules: recall 0.085 (the same on text indicators), precision 0.984, no
// violation. Candidate terms enabled: recall 0.676 (the same), precision 0.988, with two invariance
// violations, both J-PHOTO keyed on women's swimwear: it matched the DE "Bikinifoto" but not "Foto
// in Badehose" (de-v1, gender swap of de-j3, 49 -> 48) and the RU "в купальнике" but not "в
// плавках" (ru-v1, gender swap of ru-j3, 68 -> 56). The floors are the figures minus 0.02.
// J-PHOTO revision 2 (the lead, 2026-11-30) names either gender's swimwear and underwear in every
// language, so no violation is allowed any more
// (EthicsTest.WhatIsAskedOfAWomanOrAManIsFlaggedAlike).
// With flag8's rules (tuned on blind3, never shown this set): default 0.096 / 0.986, candidates
// 0.819 / 0.990; one new violation (uk-v1: J-ENT named "хостес" but not "хостами"), fixed by the
// lead in RU and UK. Then the flag9 round, written while reading this set's misses (so it is a
// development set now, data/BLIND4.md "After tuning"): default 0.100 / 0.986 (J-SAL only: the
// new terms and checks are candidates), candidates 0.989 / 0.997, no violation. The floors are
// those figures minus 0.02.
const BlindSet kBlind4{.file = "blind4_ads.jsonl",
                       .label = "blind4",
                       .default_floors = {0.086, 0.086, 0.967},
                       .candidate_floors = {0.975, 0.975, 0.977},
                       .min_ads = 200,
                       .min_variants = 30,
                       .min_benign = 30};

// data/BLIND5.md, "Figures": measured 2026-11-30 with the rule packs of main at 1a83a30, nothing
// tuned to this set (written by a helper that had not read the packs, while flag9 tuned them on
// other sets). Three labels were corrected after the first run, each in its own commit (fr-a4 and
// fr-v3 S-MOVE for ✈️, nl-j1 J-URGENT, es-j6 J-VAGUE); before them default 0.075 / 0.980,
// candidates 0.751 / 0.980. Default rules: recall 0.076 (the same on text indicators), precision
// 1.000. Candidate terms enabled: recall 0.752 (the same), precision 0.986. No invariance
// violation, no benign ad scored. The floors are the figures minus 0.02.
// flag10 round (read from this set's misses, so it is a development set now; the general forms
// written in all 11 languages, pairs of marker lists as `near`, heights and 6-year age gaps for
// S-DISCREP): default 0.076 / 1.000 (unchanged: the new terms are candidates), candidates 0.930 /
// 0.989 (was 0.752 / 0.986 here; 0.791 / 0.985 before the round). The same round on the other sets,
// candidates: blind 0.977 / 0.998, blind2 0.971 / 0.999, blind3 0.977 / 0.991, blind4 0.989 /
// 0.997; their floors were raised to those figures minus 0.02 too.
const BlindSet kBlind5{.file = "blind5_ads.jsonl",
                       .label = "blind5",
                       .default_floors = {0.060, 0.060, 0.980},
                       .candidate_floors = {0.951, 0.951, 0.972},
                       .min_ads = 200,
                       .min_variants = 30,
                       .min_benign = 30};

// data/BLIND6.md, "Figures": measured 2026-11-30 with the rule packs of main at 42d09ac, nothing
// tuned to this set (written by a helper that had not read the packs, while flag10 tuned them on
// other sets). One label was corrected after the first run, in its own commit (it-j9 J-URGENT;
// before it candidates recall 0.748). Default rules: recall 0.056 (44 of 782 labels; the same on
// text indicators), precision 0.957, no violation, no benign ad scored. Candidate terms enabled:
// recall 0.747 (584 of 782; the same), precision 0.986, with one
// invariance violation and two benign controls scoring, all defects of the rule packs, listed below
// until they are fixed:
// - nl-v1 (gender swap of nl-j8): J-ENT matched the NL "hostessewerk" but not "hostwerk", 40 -> 28.
// - fr-b1 and it-b1 (independent workers' client screening): S-YOUTH matched the client's "first
//   time" („Pour une première fois", „Per chi viene la prima volta"), score 25; a safety practice
//   raised a score (rule R4).
// The floors are the figures minus 0.02. After the flag10 round (which never saw the set):
// candidate terms recall 0.781, precision 0.987. The lead then fixed the three breaks (a Dutch
// "host" term beside "hostess"; a bare "first time" no longer read as S-YOUTH): recall 0.781,
// precision 0.990, no violation, no benign ad scoring.
// flag11 round (read from this set's misses, so it is a development set now; general forms as pairs
// of marker lists in all 11 languages: J-URGENT a deadline to answer or a departure on a near day,
// J-LATER and J-VAGUE pay left to be agreed there, J-LATER no contract, J-TRANS the fare paid back
// from wages or the recruiter picking you up): candidates 0.854 / 0.991 (default unchanged, 0.056 /
// 0.957: the new terms are candidates). The same round on the other sets, candidates: blind 0.979 /
// 0.996 (one new false positive: fr-j5's "le trajet sont retenus sur le salaire" reads as J-TRANS,
// the knowledge base's "deducted from the first salary", unlabelled there), blind2 0.971 / 0.999,
// blind3 0.979 / 0.991, blind4 0.989 / 0.997, blind5 0.930 / 0.987 (de-j1's van rental taken from
// pay reads as J-TRANS). Floors: those figures minus 0.02, never lowered.
// sal12 round (J-SAL read from blind6's misses: an amount with a currency alone is a month's pay
// for a job abroad, Lebanon in the wage table, "крон" for Czech crowns): J-SAL on blind6 30 tp /
// 2 fp / 3 missed (was 22 / 2 / 11); default 0.066 / 0.963, candidates 0.864 / 0.991. The same
// change elsewhere (default, candidates): blind3 0.105 / 0.986, 0.982 / 0.991; blind4 0.104 /
// 0.987, 0.993 / 0.997; blind5 0.078 / 1.000, 0.931 / 0.987; blind and blind2 unchanged. No
// invariance violation, no benign ad scored. Floors raised to those figures minus 0.02.
const BlindSet kBlind6{.file = "blind6_ads.jsonl",
                       .label = "blind6",
                       .default_floors = {0.048, 0.048, 0.961},
                       // flag29 (session 31, read from blind15): candidates 0.935 / 0.988.
                       // Session 47 (flag50): it-j9's J-URGENT removed (a plain departure day,
                       // the lead's ruling; data/BLIND6.md): candidates 0.968 / 0.989, default
                       // 0.068 / 0.981; floors raised.
                       .candidate_floors = {0.948, 0.948, 0.971},
                       .min_ads = 240,
                       .min_variants = 40,
                       .min_benign = 30};

// data/BLIND7.md, "Figures": measured 2026-11-30 with the rule packs of main at 97f5f07, nothing
// tuned to this set (written by a helper that had not read the packs, while flag11 tuned them on
// other sets). One label was corrected after the first run, in its own commit (it-j9 J-VAGUE, the
// set's own "details by private message" reading; before it candidates 572 / 4 / 267, recall 0.682,
// precision 0.993). Default rules: recall 0.068 (57 of 840 labels; the same on text indicators),
// precision 1.000. Candidate terms enabled: recall 0.682 (573 of 840; the same), precision 0.995
// (3 false positives). No invariance violation (46 variants), no benign ad scored (34), in either
// run. The floors are the figures minus 0.02, rounded down.
// flag12 round (read from this set's misses, so it is a development set now, data/BLIND7.md "After
// tuning"; general forms in all 11 languages: a free-mail domain named after mail itself, a legal
// form alone no longer cancels J-PHONEONLY, travel stems closed with their own endings, pay in
// cash and pay in one lump later as pairs, "our" before a name and picking someone from photos
// for S-3P, a night role with a low age cap for J-ENT, a start within days for J-URGENT, a ticket
// the recruiter buys or advances for J-TRANS, still at school for S-YOUTH): default 0.069 /
// 1.000 (the new terms are candidates), candidates 0.825 / 0.997 (was 0.711 / 0.995). The same
// round on the other sets, candidates: blind 0.979 / 0.996, blind2 0.971 / 0.999, blind3 0.985 /
// 0.991, blind4 0.995 / 0.997, blind5 0.933 / 0.989 (its de-j1 "Transporter" false positive gone),
// blind6 0.868 / 0.991; no invariance violation, no benign ad scored. Floors raised to those
// figures minus 0.02, never lowered.
// Session 47 (flag50): bg-j1, pl-j1, uk-j1, ro-j9 and ro-j1 (and their variants) lose J-URGENT, a
// plain departure day (the lead's ruling; data/BLIND7.md): candidates 0.934 / 0.996, default
// 0.071 / 1.000; floors raised.
const BlindSet kBlind7{.file = "blind7_ads.jsonl",
                       .label = "blind7",
                       .default_floors = {0.051, 0.051, 0.980},
                       // flag58 (session 54): 0.936 / 0.996 -> 0.938 / 0.996; floors raised.
                       .candidate_floors = {0.918, 0.918, 0.977},
                       .min_ads = 240,
                       .min_variants = 40,
                       .min_benign = 30};

// data/BLIND8.md, "Figures": measured 2026-11-30 with the rule packs of main at 60a4893, nothing
// tuned to this set (written by a helper that had not read the packs, while flag12 tuned them on
// other sets). Seven labels were corrected after the first run, each in its own commit
// (data/BLIND8.md says which; before them default 0.077 / 0.919, candidates 0.690 / 0.968). Default
// rules: recall 0.078 (59 of 755 labels; the same on text indicators), precision 0.952 (3 J-SAL
// false positives). Candidate terms enabled: recall 0.690 (521 of 755; the same), precision 0.981
// (10 false positives). One invariance violation in both runs and one benign control scoring with
// candidate terms, defects of the rule packs listed below until they are fixed:
// - nl-v2 (nationality added to nl-j9): "Roemenen en Polen welkom" raised J-SAL: the pay reader
//   took "Polen" (Poles) for the country where the job is, so EUR 14.71 an hour in Venlo read as
//   2.3 times the Polish minimum; score 0 -> 12 (default), 10 -> 22 (candidates). Rule R2: a
//   nationality word changed a flag and a score. Fixed (pay13): a name that is also the people's
//   word is a place only after a word of place of its language (pay-words.toml [country]); the
//   figures above are unchanged, with no violation.
// - nl-b1 (an honest bakery job): "reiskosten vergoed" (commuting costs refunded, in nearly every
//   Dutch job ad) read as J-TRANS, score 4. Fixed (flag13): a cost the employer pays back is no
//   trip the recruiter arranges, in any language (markers.toml `provided`, J-TRANS revision 9).
// The floors are the figures minus 0.02, rounded down.
// flag13 round (read from this set's misses, so it is a development set now, data/BLIND8.md "After
// tuning"; general forms in all 11 languages: a recruiter's chat message, forum reply or friend's
// tip speaking to the reader is how to apply (no-employer, no-pay), a person placing the reader
// and pay settled there with the boss (J-UNLIC), housing, fare or an amount near words taking it
// from pay (J-DEDUCT), a school year, grade or exam (S-YOUTH), ID asked before the first meeting
// (S-SCREEN), the ad vouching for itself (S-TRUST), a contract signed there (J-LATER), two hair
// colours or real photos that are not the person's (S-DISCREP), a \b beside a letter outside ASCII
// rewritten in 44 regexes, travel costs reimbursed no longer J-TRANS): default 0.078 / 0.952
// (unchanged: the new terms are candidates), candidates 0.837 / 0.983 (was 0.702 / 0.980), nl-b1 no
// longer scores. The same round on the other sets, candidates: blind 0.979 / 0.996, blind2 0.972 /
// 0.999, blind3 0.985 / 0.991, blind4 0.995 / 0.997, blind5 0.936 / 0.991, blind6 0.880 / 0.986
// (four chat messages of blind6 now read as J-UNLIC, which blind6 did not label: ro-j7, pl-j7,
// ru-j7, uk-j7), blind7 0.854 / 0.996; no invariance violation, no benign ad scored. Floors raised
// to those figures minus 0.02, never lowered.
// Session 47 (flag50): ro-j1, es-j8, en-j1, de-j1 and ro-j7 (and their variants) lose J-URGENT, a
// plain departure day (the lead's ruling; data/BLIND8.md): candidates 0.918 / 0.993, default
// 0.078 / 1.000; floors raised.
const BlindSet kBlind8{.file = "blind8_ads.jsonl",
                       .label = "blind8",
                       .default_floors = {0.058, 0.058, 0.980},
                       .candidate_floors = {0.898, 0.898, 0.973},
                       .min_ads = 240,
                       .min_variants = 40,
                       .min_benign = 30};

// data/BLIND9.md, "Figures": measured 2026-11-30 with the rule packs of main at 71d37de, nothing
// tuned to this set (written by a helper that had not read the packs, while flag13 tuned them on
// other sets). Two labels were corrected after the first run, each in its own commit (uk-j9
// J-ACCOM, nl-j4 J-SAL; before them default 0.074 / 0.954, candidates 0.727 / 0.967). Default
// rules: recall 0.075 (63 of 845 labels; the same on text indicators), precision 0.969 (2 J-SAL
// false positives). Candidate terms enabled: recall 0.728 (615 of 845; the same), precision 0.970
// (19 false positives). No invariance violation (46 variants) in either run; one benign control
// scores with candidate terms, a defect of the rule packs listed below until it is fixed:
// - en-b2 (an honest office-cleaning job): "Mon-Fri 6-9pm" (an evening shift of three hours) reads
//   as J-HOURS, score 12. Fixed (pay14, written without reading this set: an hour range's start
//   takes the end's am/pm).
// Measured blind by the lead after the session 23 merge (flag13's rules, tuned on blind8, and
// pay14's places and hours; nothing read from this set): default 0.076 / 0.985, candidates 0.772 /
// 0.975; no invariance violation, no benign ad scored.
// flag14 round (2026-12-01), tuned while reading this set's misses (so it is a development set
// now, data/BLIND9.md "After tuning"): general forms of J-UNLIC, J-FEE, J-PAYLATER, J-ENT,
// J-PHOTO, J-LATER, J-VAGUE and chat messages as a contact, in all 11 languages; free mail only at
// a real provider's domain (the .example convention; J-PHONEONLY labels of blind to blind7
// changed to follow it): default 0.076 / 0.985, candidates 0.854 / 0.988. The other sets'
// floors were raised to their figures minus 0.02 too.
// The floors are the figures minus 0.02, rounded down.
// flag15 round (2026-12-01; read from this set's misses, so it is a development set now,
// data/BLIND9.md "After tuning"; general forms of the adult-services and account indicators in
// all 11 languages: a face said hidden, blurred or never shown and photos from elsewhere (A-STOCK,
// the knowledge base's "face never shown", scored only with NET evidence), a driver near bringing,
// a hotel or pay (S-DRIVER), an ID at the first meeting, hidden numbers refused, a call-back
// (S-SCREEN), honest, reliable, no surprises (S-TRUST), the people offered not answering the
// phone, "our ladies are waiting" read without the noun (S-3P), "24h" only where it says always
// available (S-NOREFUSE), dates of a stay (S-MOVE), school just left and an age under 18 in the
// first person (S-YOUTH), "dark hair" and "dress 16" (S-DISCREP)): default 0.076 / 0.985
// (unchanged: the new terms are candidates), candidates 0.820 / 0.979 (was 0.772 / 0.975). The same
// round on the other sets, candidates: blind 0.981 / 0.996, blind2 0.989 / 0.999, blind3 0.986 /
// 0.992, blind4 0.995 / 0.997, blind5 0.949 / 0.991, blind6 0.907 / 0.987, blind7 0.885 / 0.996,
// blind8 0.857 / 0.988; no invariance violation, no benign ad scored. Floors raised to those
// figures minus 0.02, never lowered.
const BlindSet kBlind9{.file = "blind9_ads.jsonl",
                       .label = "blind9",
                       .default_floors = {0.056, 0.056, 0.965},
                       // flag29 (session 31, read from blind15): candidates 0.933 / 0.994.
                       // Session 47 (flag50): ro-j1's J-URGENT removed (a plain departure day,
                       // the lead's ruling; data/BLIND9.md): candidates 0.943 / 0.994; floors
                       // raised.
                       .candidate_floors = {0.923, 0.923, 0.974},
                       .min_ads = 240,
                       .min_variants = 40,
                       .min_benign = 30};

// data/BLIND10.md, "Figures": measured 2026-11-30 with the rule packs of main at 33357c0, nothing
// tuned to this set (written by a helper that had not read the packs, while flag14 and flag15
// tuned them on other sets). One label was corrected after the first run, in its own commit (en-j6
// J-VAGUE, which the ten other j6 ads carry; before it candidates 0.756 / 0.989). Default rules:
// recall 0.083 (72 of 871 labels; the same on text indicators), precision 0.986 (1 false
// positive: J-SAL on fr-j9, a usual Geneva wage). Candidate terms enabled: recall 0.757 (659 of
// 871; the same), precision 0.991 (6 false positives: S-NOREFUSE on three "book 24 h ahead" adult
// controls, which do not score; J-SAL on en-j13, which has no pay figure, and fr-j9; J-ACCOM on
// uk-j9, which says the worker finds housing). No invariance violation (46 variants) and no benign
// ad scored in either run.
// The floors are the figures minus 0.02, rounded down. After flag14 and flag15 were merged
// (measured by the lead, 2026-12-01, nothing read from this set): candidate terms 0.797 / 0.994,
// default rules unchanged, no invariance violation, no benign ad scored; candidate floors raised
// to those figures minus 0.02. flag17 (2026-12-01) then tuned the adult-services indicators on this
// set's misses (it is a development set since): candidate terms 0.821 / 0.996 (S-DISCREP 10 of 12,
// A-STOCK, S-SCREEN, S-TRUST, S-YOUTH and S-NOREFUSE all found, S-NOREFUSE's false positive on
// "24 Std. vorher" gone), no invariance violation, no benign ad scored; the candidate floors of
// every set were raised to flag17's figures minus 0.02 (never lowered).
const BlindSet kBlind10{
    .file = "blind10_ads.jsonl",
    .label = "blind10",
    .default_floors = {0.062, 0.062, 0.980},
    // flag36 (session 34, S-* and A-* concepts read from blind16): 0.896 / 1.000.
    .candidate_floors = {0.897, 0.897, 0.98},
    .min_ads = 240,
    .min_variants = 40,
    .min_benign = 30};

// data/BLIND11.md, "Figures": measured 2026-12-01 with the rule packs of main at 837d89d, nothing
// tuned to this set (written by a helper that had not read the packs; its first run was after the
// commits that added it). No label was changed after the run. Default rules: recall 0.065 (60 of
// 917 labels; the same on text indicators), precision 0.870 (9 false positives, all J-SAL: pay that
// is usual for Switzerland, de-j9, fr-j9, bg-j9 and the benign fr-b1, ro-b1; the rate a
// subcontractor invoices, not the workers' pay, bg-j5, es-j5; a US hourly wage read against the
// site's country, bg-j8, pl-j8). Candidate terms enabled: recall 0.676 (620 of 917; the same),
// precision 0.969 (20 false positives). Invariance: none with the default rules; with candidate
// terms the nine hidden-face safety variants on which A-STOCK fires (the score never rose), see
// known_candidate_violations below. Benign controls scoring: fr-b1 and ro-b1 (J-SAL on Swiss pay)
// in both runs, ro-b3 (J-PHOTO, J-TRANS on a school minibus driver) with candidates.
// The floors are the figures minus 0.02, rounded down.
// The lead's decision on the first run's findings: the nine hidden-face safety variants that gain
// A-STOCK (en-v5, es-v3, fr-v3, it-v3, nl-v3, pl-v3, ro-v3, ru-v3, uk-v3) keep invariance, because
// A-STOCK counts only with network evidence (only_with) and no score rose: rule R4 forbids raising
// a score, and labelled_set.h's KeepsInvariance now lets a safety variant add a flag that does not
// count. The benign controls that score (fr-b1 and ro-b1: J-SAL on usual Swiss pay; ro-b3: J-PHOTO
// and J-TRANS on a school minibus driver) are defects of the rule packs, listed until fixed and
// asserted exactly so that a new one fails.
// Measured by the lead on the merge of flag16 and flag17 (both tuned on blind10, neither read this
// set): candidate terms 0.690 / 0.969 (flag17's adult terms moved nothing here; flag16's job terms
// +0.014), default rules unchanged; candidate floors raised to those minus 0.02.
// flag18 (2026-12-01) tuned J-LATER, J-EMPL, J-VAGUE, J-UNLIC, J-MSG, J-HOURS, J-SAL and J-FEE: a
// blind pass written from the definitions alone first (candidates 0.690 -> 0.692: J-HOURS 0.43 ->
// 0.57, nothing else), then rules written while reading this set's misses, so it is a
// development set now (data/BLIND11.md, "After tuning"): candidates 0.807 / 0.989, default rules
// 0.067 / 0.968; J-SAL's false positives on usual Swiss pay gone, so fr-b1 and ro-b1 no longer
// score (only ro-b3, J-PHOTO and J-TRANS, remains). Floors raised to those figures minus 0.02.
// Now a development set (session 26). flag19's blind pass (pairs written from the definitions of
// J-ACCOM, J-TRANS, J-DEDUCT, J-PAYLATER, J-URGENT, J-NOLANG before reading a miss) moved nothing
// here (0.690 / 0.969); its pairs generalised from the misses (housing charged against pay or at
// the poster's place, deadlines for paying or answering, rent and 'the rest' of the pay kept for
// the room and the van, being driven there) raised candidates to 0.763 / 0.972 (J-ACCOM 0.70 ->
// 0.93, J-URGENT 0.48 -> 0.90, J-DEDUCT 0.58 -> 0.96, J-TRANS 0.62 -> 0.89); blind6 0.917, blind7
// 0.892, blind8 0.877, blind9 0.919 / 0.994, blind10 0.865 / 0.999 with it, no new false positive.
// Candidate floors of those sets raised to the figures minus 0.02. The lead's merge of flag18 and
// flag19: candidates 0.880 / 0.990 here (blind10 0.873 / 0.999); floors at those minus 0.02.
const BlindSet kBlind11{.file = "blind11_ads.jsonl",
                        .label = "blind11",
                        .default_floors = {0.047, 0.047, 0.948},
                        // flag29 (session 31, read from blind15): candidates 0.902 / 0.992.
                        // flag30 (session 31, adult-services concepts written from the definitions
                        // while reading blind15): 0.900 / 0.992 -> 0.909 / 0.992 (S-DISCREP 9 -> 14
                        // of 23: a native of the place who does not speak a language); floors
                        // raised.
                        // Both merged: 0.912 / 0.992; floors at those minus 0.02.
                        // flag36 (session 34): 0.913 / 0.992, then 0.918 (a friend or relative
                        // of hers takes the bookings: S-3P on the a3 ads); floors raised.
                        // flag58 (session 54): 0.936 / 0.992 -> 0.937 / 0.992; floors raised.
                        .candidate_floors = {0.917, 0.917, 0.972},
                        .min_ads = 240,
                        .min_variants = 40,
                        .min_benign = 30,
                        .known_candidate_benign_scoring = {},
                        .known_default_benign_scoring = {}};

// data/BLIND12.md, "Figures": measured 2026-12-01 with the rule packs of main at 0b440f7, nothing
// tuned to this set (written by a helper that had not read the packs; its first run was after the
// commit that added it). One label was corrected after the first run, in its own commit (en-j11
// J-PHONEONLY: its only contact is a mobile number; before it candidates precision 0.975). Default
// rules: recall 0.057 (54 of 952 labels; the same on text indicators), precision 0.982 (one false
// positive: J-SAL on en-j10, own-van multi-drop pay of about GBP 250 a day). Candidate terms
// enabled: recall 0.708 (674 of 952; the same), precision 0.977 (16 false positives, 12 of them on
// the benign controls below). No invariance violation (55 variants, 11 of them safety variants with
// a hidden face) in either run. Benign controls scoring with candidate terms (rule R4), the brief's
// near misses, listed until the packs are fixed and asserted exactly: J-URGENT on six urgent
// hospital vacancies (en-b3, de-b3, nl-b3, bg-b3, it-b3, ru-b3) and J-ACCOM on six registered farms
// that house pickers under a contract signed before the start (en-b4, fr-b3, ro-b3, es-b3, pl-b3,
// uk-b3; data/BLIND12.md says why these carry no J-ACCOM label). None with the default rules.
// The floors are the figures minus 0.02, rounded down. The lead's merge of flag18 and flag19 (tuned
// on blind11, neither read this set): candidates 0.727 / 0.976 (flag18 alone 0.720), default rules
// 0.058 / 0.982; the candidate recall floor raised to 0.707. Session 27, the lead's decision: the
// six farms are honest ads labelled J-ACCOM (its definition covers employer-provided housing), no
// longer benign controls (data/BLIND12.md, "Relabelled by the lead"); the six urgent hospital
// vacancies stay benign (J-URGENT is pressure on the applicant, not an employer's need).
// flag23 round (2026-12-02, read from this set's misses, so it is a development set now: data/
// BLIND12.md "After tuning"): gender-complete role words, named agencies no J-EMPL, letting lists
// no J-ACCOM, skilled pay no J-SAL, an answer asked or a QR code as how to apply, S-3P "ask for
// her" and catalogues: candidates 0.729 / 0.984 -> 0.787 / 0.987 (S-3P 14 -> 33 of 33, J-EMPL 46 ->
// 67 of 70, J-ACCOM 63 -> 70, J-ENT 15 -> 18, J-PHOTO 11 -> 12), default 0.057 / 0.982 unchanged.
// The same round elsewhere, candidates: blind6 0.917 -> 0.923, blind7 0.895 -> 0.897 (precision
// 0.996 -> 0.997), blind8 precision 0.988 -> 0.991, blind9 0.919 -> 0.921, blind10 0.873 -> 0.879,
// blind11 0.880 -> 0.881 (precision 0.990 -> 0.991); the others unchanged. Floors raised to the
// figures minus 0.02, rounded down, never lowered.
// flag22 (session 28) tuned J-URGENT, J-UNLIC, J-PAYLATER, J-LATER and J-HUB while reading this
// set's misses (it is a development set now, data/BLIND12.md "After tuning"): candidates 0.729 /
// 0.984 -> 0.814 / 0.994 (J-URGENT 30/6/21 -> 49/0/2 tp/fp/miss, J-UNLIC 9/0/36 -> 44/0/1,
// J-PAYLATER 16/0/12 -> 27/0/1, J-LATER 48/0/10 -> 56/0/2, J-HUB 2/0/9 -> 11/0/0); an urgency word
// alone no longer raises J-URGENT and a start that waits for checks cancels it, so none of the six
// urgent hospital vacancies scores and the known list is empty. Default rules unchanged. The other
// sets' candidate floors were raised to flag22's figures minus 0.02.
// With flag24 merged too (J-MSG, S-DRIVER, S-DISCREP, J-FEE, J-HOURS, J-NOLANG, tuned on this set):
// candidates 0.936 / 0.996; blind13 (unseen) 0.735 / 0.963. Floors at those minus 0.02.
// The lead's merge of flag22 and flag23 (session 28): candidates 0.874 / 0.995, no benign control
// scores; floors at those minus 0.02. On blind13 (unseen by both): 0.709 / 0.950 at 399c753, 0.718
// / 0.951 with the S-OBSC fix, 0.724 / 0.963 after the merge; 9 of 35 benign controls score (18
// before).
const BlindSet kBlind12{.file = "blind12_ads.jsonl",
                        .label = "blind12",
                        .default_floors = {0.037, 0.037, 0.962},
                        // flag30: 0.941 / 0.997 -> 0.947 / 0.997 (S-YOUTH 8 -> 11 of 11: a school
                        // exam just taken; S-SCREEN 19 -> 22 of 23: a call-back); floors raised.
                        // flag58 (session 54): 0.959 / 0.996 -> 0.960 / 0.996; floors raised.
                        .candidate_floors = {0.940, 0.940, 0.977},
                        .min_ads = 240,
                        .min_variants = 50,
                        .min_benign = 29};

// data/BLIND13.md, "Figures": measured 2026-12-02 with the rule packs of main at 399c753, nothing
// tuned to this set (written by a helper that had not read the packs; its first run was after the
// commit that added it). One label was corrected after the first run, in its own commit (J-UNLIC on
// the eleven j5 posts by a private client recruiting for an unnamed company; before it default
// rules 0.055 / 0.912, candidates 0.713 / 0.944). Default rules: recall 0.054 (52 of 965 labels;
// the same on text indicators), precision 0.912 (five J-SAL false positives: skilled offshore and
// wind technicians' pay, de-b1, nl-b1, bg-b1; a forklift rate in the Netherlands, bg-b3; a weekly
// rent read as pay, uk-j1). Candidate terms enabled: recall 0.709 (684 of 965; the same), precision
// 0.950 (36 false positives, 30 of them on the benign controls below). Invariance violations with
// candidate terms (rule R2), listed until the packs are fixed and asserted exactly: the masculine
// hosts of the j6 Instagram stories lose J-ENT in bg ("VIP хостове и промо момчета"), it ("Steward
// VIP e ragazzi immagine") and pl ("Hości VIP i chłopaki do promocji"), score 68 -> 56. None with
// the default rules. Benign controls scoring (rule R4), listed until fixed and asserted exactly:
// with the default rules J-SAL on de-b1, nl-b1, bg-b1 (qualified technicians) and bg-b3 (a licensed
// agency's EUR 16.20 an hour); with candidate terms also J-EMPL and J-PHONEONLY on the named
// foreign employers that give a foreign number (en-b1, ro-b1, bg-b1, es-b1, it-b1, pl-b1, uk-b1;
// en-b1 also J-VAGUE; data/BLIND13.md asks the lead whether "or an international number" makes
// these J-PHONEONLY), J-URGENT on the urgent school-bus drivers (en-b3, fr-b3, nl-b3, ro-b3, ru-b3;
// en-b3 also J-PHONEONLY on a 01632 landline), J-ACCOM (and on en-b5 J-EMPL, J-PHONEONLY) on the
// letting agents (en-b5, es-b3), S-DISCREP on an independent's visit (uk-b2). The floors are the
// figures minus 0.02, rounded down.
// Session 28, the lead: Polish masculine plurals (hości, hostowie) in J-ENT's role list (rev 12):
// pl-v1 fixed, no invariance violation left on this set.
// Session 29, flag26 (tuned on this set, now a development set): S-TRUST, S-DRIVER, A-STOCK, S-3P
// and S-YOUTH read in every language; candidates 0.735 / 0.963 -> 0.765 / 0.965. Floors at those
// minus 0.02.
// Session 29, flag25 (a development set now): a company register named with its number in any
// language (org.nr., CVR, Y-tunnus, kennitala, CHE-) is a traceable employer, and money put on a
// "task account" in any of the 11 languages is J-TASK: candidates 0.735 / 0.963 -> 0.741 / 0.982
// (J-TASK 2/0/6 -> 8/0/0, J-EMPL 62/8/20 -> 62/1/20, J-PHONEONLY 35/10/1 -> 35/3/1); the seven
// named foreign employers no longer score. Floors at those minus 0.02.
// Both merged (the lead): candidates 0.771 / 0.983, 2 benign controls scoring; floors at those
// minus 0.02. blind14, unseen by both: 0.676 / 0.946 -> 0.677 / 0.946.
// Session 30, flag28 (job readings from blind14 and this set's j2 and j3 slots: a placer who does
// it "not for the money", papers once the worker has been there a month, entry as a visitor, the
// workplace told only on the phone, the company named after the interview, no degree needed, a fee
// by tomorrow, a duration after a pay word as no pay): candidates 0.771 / 0.983 -> 0.856 / 0.985.
// Floors at those minus 0.02.
const BlindSet kBlind13{.file = "blind13_ads.jsonl",
                        .label = "blind13",
                        .default_floors = {0.037, 0.037, 0.962},
                        // flag27: 0.772 / 0.983 -> 0.785 / 0.988 (heights in Cyrillic centimetres,
                        // a face under a sticker, details asked before confirming); floors raised.
                        // Both merged (the lead, session 30): 0.870 / 0.989; floors raised.
                        // flag29 (session 31, read from blind15, not this set): 0.876 / 0.989
                        // (J-URGENT and J-SAL: "take-home", "netos"); floors raised.
                        // flag30: 0.872 / 0.989 (S-DISCREP 22 of 22); floors raised.
                        // Both merged: 0.877 / 0.989; floors at those minus 0.02.
                        // flag36 (session 34): 0.878 / 0.989; floors raised.
                        // flag58 (session 54): 0.915 / 0.991 -> 0.916 / 0.991; floors raised.
                        .candidate_floors = {0.896, 0.896, 0.969},
                        .min_ads = 250,
                        .min_variants = 55,
                        .min_benign = 35,
                        // flag27: uk-b2 no longer scores ("48 годин", hours, was read as an age).
                        .known_candidate_benign_scoring = {"en-b5"},
                        // flag50 (session 47): the default rules read J-SAL's qualified-work too,
                        // so the skilled b1 technicians and bg-b3's licensed forklift drivers no
                        // longer score: default 0.057 / 0.982 (was 0.057 / 0.917).
                        .known_default_benign_scoring = {}};

// data/BLIND14.md, "Figures": measured 2026-12-02 with the rule packs of main at 2ee2047, nothing
// tuned to this set (written by a helper that had not read the packs, while this session's rule
// helpers tuned on blind13; its first run was after the commit that added it). Default rules:
// recall 0.060 (61 of 1014 labels: J-SAL and S-EMOJI; the same on text indicators), precision
// 0.984 (one J-SAL false positive: a certified welder's DKK 245 an hour, bg-b1). Candidate terms
// enabled: recall 0.676 (685 of 1014; the same), precision 0.946 (39 false positives, 21 of them on
// the benign controls below). No invariance violation with either. Benign controls scoring (rule
// R4), listed until fixed and asserted exactly: with the default rules bg-b1 (J-SAL); with
// candidate terms the urgent nursing aides of named public hospitals, interviewing this week and
// starting once the checks are back (J-EMPL and J-PHONEONLY on a landline next to a careers site:
// en-b3, de-b3, fr-b3, ro-b3, es-b3, pl-b3, ru-b3; J-URGENT on fr-b3, ro-b3; J-VAGUE on the pay
// given as the public pay scale without a figure: fr-b3, ro-b3, es-b3, pl-b3, ru-b3). The floors
// are the figures minus 0.02, rounded down.
// flag27 (2026-12-02) wrote adult-services terms while reading this set's misses, so it is a
// development set now (data/BLIND14.md, "After tuning"): candidate terms 0.810 / 0.958 (every S-*
// and A-* indicator at or near every label), default rules unchanged; candidate floors raised to
// those figures minus 0.02.
// Session 30, flag28 (tuned on this set's job-ad misses, so a development set now): a recruiter for
// an unnamed client, a poster who gathers the group or places the reader with a family they know
// (J-UNLIC), "reply 1", "ring me back" and a DM about the reader's profile as how to apply
// (J-EMPL), an offer expiring within minutes and the reader's yes asked by tonight (J-URGENT),
// the contract after the first weeks and the visa after probation (J-LATER), money to be put on
// the list (J-FEE), "never worked? doesn't matter" (J-NOEXP), the top-up verbs of the order
// boosters (J-TASK); a public body named by its status is a traceable employer, a public pay scale
// is pay stated (the lead's ruling) and a start after the criminal-record check cancels J-URGENT,
// so no benign control scores with candidate terms. Candidates 0.677 / 0.946 -> 0.848 / 0.989,
// default 0.060 / 0.984 -> 0.063 / 0.985 (Tachileik and Myawaddy are places in Myanmar). Floors at
// those minus 0.02.
const BlindSet kBlind14{.file = "blind14_ads.jsonl",
                        .label = "blind14",
                        .default_floors = {0.043, 0.043, 0.980},
                        // flag27 and flag28 merged (the lead): 0.981 / 0.993; floors raised.
                        // flag29 (session 31, read from blind15): 0.983 / 0.995 (no J-LATER on a
                        // registration fee paid on arrival in nl and es, J-MSG); floors raised.
                        .candidate_floors = {0.965, 0.965, 0.975},
                        .min_ads = 250,
                        .min_variants = 55,
                        .min_benign = 35,
                        .known_candidate_benign_scoring = {},
                        // flag50 (session 47): the default rules read J-SAL's qualified-work too,
                        // so bg-b1's certified welder no longer scores: default 0.063 / 1.000.
                        .known_default_benign_scoring = {}};

// data/BLIND15.md: measured 2026-12-02 with the rule packs of main at 763e53f, nothing tuned to
// this set (written by a helper that had not read the packs, while this session's rule helpers
// tuned on blind14; its first run was after the commit that added it). Default rules: recall 0.074
// (J-SAL and S-EMOJI), precision 1.000, no benign control scoring. Candidate terms enabled: recall
// 0.738, precision 0.972; weakest J-UNLIC 0.26, J-URGENT 0.26 (precision 0.82), S-DISCREP 0.35,
// S-SCREEN 0.36, J-PAYLATER 0.38, S-YOUTH 0.41, J-SAL 0.59, A-STOCK 0.61, J-MSG 0.61, S-3P 0.62;
// J-ACCOM precision 0.83, J-VAGUE 0.82. One invariance violation with candidate terms (rule R4):
// nl-v4, the safety variant of nl-a5, gets S-3P from "een referentie van een collega" (a client's
// reference from a colleague, asked as screening), score 12 -> 24. Benign controls scoring (rule
// R4), listed until fixed and asserted exactly: J-ACCOM on the crane operators abroad who arrange
// their own housing ("you arrange your own housing", "le logement est à votre charge": en, nl, ro,
// bg, es, it, pl, ru, uk, fr-b1), es-b1 also J-URGENT, and J-URGENT on fr-b3 (a town hall's
// "Urgent" for school canteen staff, the employer's own need). The floors are the figures minus
// 0.02.
// After the first merges of session 30's flag27 and flag28 (tuned on blind14, not this set):
// candidates 0.752 / 0.975. Then the lead fixed three readings while looking at this set's
// failures, so J-ACCOM, J-URGENT and S-3P precision here is no longer unseen: housing the worker
// arranges and pays for cancels J-ACCOM (list housing-not-offered, every language), Spanish
// "corre" is urgency only as a call, and nl "mijn foto's. Nieuwe" across a full stop is no "our new
// ones" (S-3P): 0.752 / 0.988, no invariance violation, only fr-b3 scoring. Floors at those minus
// 0.02. Last, fr-b3: a start "dès réception de l'extrait de casier judiciaire" now cancels J-URGENT
// as the shorter form did (the words between were limited to three): no benign control scores.
// After session 31's tuning (flag29 read this set's J-* misses and wrote general readings in all
// 11 languages, data/BLIND15.md "After session 31's tuning"; a development set for J-* from here
// on, blind16 judges): candidates 0.752 / 0.988 -> 0.844 / 0.993 (J-UNLIC 0.26 -> 0.70, J-URGENT
// 0.31 -> 1.00, J-PAYLATER 0.38 -> 1.00, J-MSG 0.61 -> 0.96, J-EMPL 0.78 -> 0.97, J-TRANS 0.82 ->
// 0.97), default 0.074 -> 0.078 / 1.000 (net pay written "take-home", "netos", "чисто"); no
// invariance violation, no benign control scoring. Floors at those minus 0.02.
// Session 31, flag30 (adult-services concept families written from the definitions of tables 2C
// and 2E in all 11 languages while reading this set's S-* and A-* misses, so this set is a
// development set for them now, data/BLIND15.md "After tuning"): candidates 0.752 / 0.989 ->
// 0.842 / 0.990 (S-* and A-* labels 225 of 324 -> 322 of 324, no false positive: S-SCREEN 12 ->
// 33 of 33, S-YOUTH 8 -> 22 of 22, S-DISCREP 10 -> 23 of 23, A-STOCK 14 -> 23, S-3P 21 -> 32 of
// 34, S-DRIVER 21 -> 33, S-NOREFUSE 33 -> 45, S-TRUST 17 -> 22); default rules unchanged. Floors at
// those minus 0.02.
// Both merged (the lead): candidates 0.934 / 0.994, default 0.078 / 1.000; floors at those minus
// 0.02.
const BlindSet kBlind15{.file = "blind15_ads.jsonl",
                        .label = "blind15",
                        .default_floors = {0.058, 0.058, 0.98},
                        // flag58 (session 54): 0.951 / 0.993 -> 0.952 / 0.993; floors raised.
                        .candidate_floors = {0.932, 0.932, 0.974},
                        .min_ads = 250,
                        .min_variants = 55,
                        .min_benign = 35,
                        .known_candidate_benign_scoring = {},
                        .known_default_benign_scoring = {}};

// data/BLIND16.md: measured 2026-12-02 with the rule packs of main at 133866e, nothing tuned to
// this set (written by a helper that had not read the packs, while session 31's rule helpers tuned
// on blind15; its first run was after the commit that added it). Default rules: recall 0.068
// (J-SAL, S-EMOJI and one J-FEE), precision 0.899. Candidate terms enabled: recall 0.688, precision
// 0.952; weakest J-ENT 0.00 (no video-chat model abroad found, five false positives on cruise
// stewards and an au pair), J-PAYLATER 0.26, J-UNLIC 0.29, S-DISCREP 0.39, J-URGENT 0.44 (precision
// 0.78), J-TASK 0.48 (precision 0.73), S-OBSC 0.50, S-SCREEN 0.50, J-LATER 0.52, J-EMPL 0.56, J-MSG
// 0.57, J-SAL 0.60 (precision 0.81). No invariance violation with either run. Benign controls
// scoring (rule R4), listed until fixed and asserted exactly: J-SAL on the certified
// Electro-Technical Officers at USD 5,400-5,800 under a cruise line's collective agreement (every
// b1 but it-b1 and ru-b1; with candidate terms not bg-b1, and en-b1 and fr-b1 also J-FEE from "we
// never charge recruitment fees"); with candidate terms J-URGENT on four licensed agencies' map
// listings (de-b3, ro-b3, bg-b3, pl-b3) and J-LATER on ru-b3. The floors are the figures minus
// 0.02.
const BlindSet kBlind16{
    .file = "blind16_ads.jsonl",
    .label = "blind16",
    .default_floors = {0.048, 0.048, 0.980},
    // After session 31's flag29 and flag30 (tuned on blind15, not this set): candidates 0.688 /
    // 0.952 -> 0.710 / 0.953, default unchanged, the same benign controls scoring; floors raised.
    // Session 34, flag36 (S-* and A-* concepts in all 11 languages while reading this set's
    // adult-services misses, so a development set for them now): 0.710 / 0.953 -> 0.785 / 0.958
    // (S-* and A-* labels 245 of 335 -> 334, one false positive as before: S-MOVE on pl-a1);
    // default unchanged; floors raised.
    // flag35 (session 34, tuned on this set): masks (markers.toml `mask = true`: "we never charge
    // recruitment fees", "Montag bis Freitag", "ohne Termin", cabin stewards, host families),
    // ship officers' ranks and STCW certificates in `qualified-work`, J-ENT's video-chat studios:
    // candidates 0.710 / 0.953 -> 0.718 / 0.978 (a pay range is no phone number since: one J-EMPL
    // that read it as the contact went), no benign control scoring with candidate terms
    // (13 before); default unchanged.
    // Both merged: 0.794 / 0.980, no benign control scoring with candidate terms; floors those
    // minus 0.02.
    // flag39 (read from blind18, not this set): 0.796 / 0.980; floors raised.
    // flag40 (session 36, this set held out: not read): how to apply as a request to the reader
    // (marker list reach-out) and S-3P from "she"/"he" twice: 0.796 / 0.981 -> 0.810 / 0.982
    // (J-EMPL 51 -> 68 of 93, no new false positive); floors raised.
    // flag41 (session 37, held out again: not read): J-FEE, J-URGENT, J-PAYLATER, J-LATER and
    // J-UNLIC concepts written from their definitions: 0.810 / 0.982 -> 0.811 / 0.983 (J-FEE 29 ->
    // 30 of 46); floors raised.
    // flag50 (session 47): nl-j2 and uk-j2 keep J-URGENT (a deadline to confirm, data/BLIND16.md)
    // and are found, with j3's expiring task and j8's form closing within hours: candidates 0.856
    // / 0.985; the default rules read J-SAL's qualified-work too, so the b1 ship officers no
    // longer score: default 0.068 / 1.000 (was 0.068 / 0.899); floors raised.
    // flag58 (session 54): 0.856 / 0.985 -> 0.860 / 0.985; floors raised.
    .candidate_floors = {0.840, 0.840, 0.965},
    .min_ads = 250,
    .min_variants = 55,
    .min_benign = 35,
    .known_candidate_benign_scoring = {},
    .known_default_benign_scoring = {}};

// data/BLIND17.md: measured 2026-12-02 with the rule packs of main at 2bacad9, nothing tuned to
// this set (written by a helper that had not read the packs, while session 32's rule helpers tuned
// on blind16; its first run was after the commit that added it, and one labelling error that run
// showed, S-SCREEN for "no withheld numbers" on the a5 messages, was fixed in its own commit).
// Default rules: recall 0.064 (J-SAL and S-EMOJI only), precision 1.000, no benign control scoring.
// Candidate terms enabled: recall 0.721, precision 0.959; weakest S-DISCREP 0.09, A-STOCK 0.30,
// J-PAYLATER 0.30, S-3P 0.32, J-URGENT 0.37, J-FEE 0.38 (precision 0.81), J-TASK 0.41, J-UNLIC
// 0.48, S-DRIVER 0.48, J-ENT 0.50 (no video-chat model abroad found), J-HOURS 0.52, J-SAL 0.58;
// J-VAGUE precision 0.63, J-MSG 0.75. Invariance violations with candidate terms (rule R2), listed
// until fixed and asserted exactly: J-PHOTO names women's underwear in BG, RU and UK ("бельо",
// "белье", "білизні") but not men's boxers (bg-v1, ru-v1, uk-v1, 83 -> 71), and pl-j4 gets a
// J-DOCS false positive from "zdjęcia w bieliźnie" that the men's "bokserkach" does not (pl-v1,
// 70 -> 58). The lead fixed both at once in general terms (men's underwear in J-PHOTO in all 11
// languages; the Spanish documents DNI and NIE, Polish "days" and "not", counted only as documents)
// and added a pair per language to the ethics tests: no violation since, but that figure is no
// longer unseen. Benign controls scoring with candidate terms (rule R4), listed until fixed: the
// webcam platform's terms (en-b4: J-MSG "broadcast" and J-VAGUE inside the e-mail address; fr, ro,
// bg, ru, uk-b4: J-FEE from the negated sign-up fee, fraud risk 25; ro-b4 also J-ACCOM "locuință",
// one's own home), the nail studio's "We don't provide housing" (en-b5, J-ACCOM) and the agency's
// "Your passport stays with you" (en-b6, J-DOCS). The floors are the figures minus 0.02.
// flag41 (session 37, this set held out: not read): J-FEE, J-URGENT, J-PAYLATER, J-LATER and
// J-UNLIC concepts written from their definitions (the reader pays for a visa, papers, a course;
// such a thing costs an amount; ...): 0.773 / 0.980 -> 0.782 / 0.980 (J-FEE 21 -> 32 of 56, no new
// false positive); floors raised.
const BlindSet kBlind17{.file = "blind17_ads.jsonl",
                        .label = "blind17",
                        .default_floors = {0.043, 0.043, 0.98},
                        // flag58 (session 54): 0.831 / 0.981 -> 0.846 / 0.982; floors raised.
                        .candidate_floors = {0.826, 0.826, 0.962},
                        .min_ads = 250,
                        .min_variants = 55,
                        .min_benign = 46,
                        .known_candidate_violations = {},
                        // Session 34, after flag35 and flag36 (tuned on blind16, never ran this
                        // set): candidates 0.722 / 0.967 (from 0.721 / 0.959), 4 benign controls
                        // scoring (the negated sign-up fee of fr, bg, ru and uk-b4 masked since).
                        // flag37: 0.722 / 0.979, no benign control scoring (masks
                        // housing-not-provided, documents-stay-with-worker, worker-own-home,
                        // streaming-broadcast; a share of the takings read as pay).
                        // flag38 (S-DISCREP, A-STOCK and S-DRIVER concepts in all 11 languages
                        // while reading this set's adult-services misses): 0.722 / 0.967 -> 0.755 /
                        // 0.968 (S-DISCREP 2 -> 22 of 23, S-DRIVER 11 -> 22, A-STOCK 8 -> 17);
                        // with flag37: 0.755 / 0.980, no benign control scoring; floors at
                        // those minus 0.02.
                        // flag40 (session 36, this set held out: not read): reach-out and S-3P
                        // from "she"/"he" twice: 0.755 / 0.980 -> 0.773 / 0.980 (J-EMPL 71 ->
                        // 89 of 93, S-3P 11 -> 14 of 34, no new false positive); floors raised.
                        .known_candidate_benign_scoring = {},
                        .known_default_benign_scoring = {}};

// data/BLIND18.md: measured 2026-12-03 with the rule packs of main at e7958a9, nothing tuned to
// this set (written by a helper that had not read the packs; its first run was after the commit
// that added it, ca02f49; no label changed after the run). 224 ads, not 250 (written in 15
// minutes). Default rules: recall 0.076 (73 / 960: J-SAL, S-EMOJI, one S-MOVE), precision 0.986
// (one false J-SAL on uk-j6, EUR 1,600 for live-in care in Germany), no benign control scoring.
// Candidate terms enabled: recall 0.832 (799 / 960), precision 0.982 (15 false positives); weakest
// J-TASK 0.27 (rating hotels and apps for a daily sum), S-DISCREP 0.41 (age in the ad against the
// age seen or said), J-URGENT 0.61, A-STOCK 0.64, S-YOUTH 0.64, S-DRIVER 0.67, J-UNLIC 0.68, S-3P
// 0.70, J-HOURS 0.70; J-FEE precision 0.75 (a commission earned read as a fee). No invariance
// violation (gender, nationality, religion, safety, touring: 55 variants). Benign controls scoring
// with candidate terms (rule R4), listed until fixed: fr-b1 (J-NOEXP from "Formation assurée par
// l'équipe", training given to a hotel room attendant) and bg-b2 (J-FEE, fraud risk 25, from
// "комисиона от процедурите", a masseur's commission earned). The floors are the figures minus
// 0.02.
const BlindSet kBlind18{.file = "blind18_ads.jsonl",
                        .label = "blind18",
                        .default_floors = {0.056, 0.056, 0.966},
                        // flag39 (session 35, J-TASK and S-DISCREP concepts in all 11 languages
                        // while reading this set's misses, so a development set now): 0.832 /
                        // 0.982 -> 0.854 / 0.982 (J-TASK 3 -> 11 of 11, S-DISCREP 9 -> 22 of
                        // 22); floors raised. Then the job and adult concepts of flag39's second
                        // commit (care around the clock, a private coordinator, the recruiter
                        // buying the ticket, few places and a call to act now, interviews only
                        // on a messenger, whatever the client asks, a car of a named make, photos
                        // not the person): 0.928 / 0.983; a commission earned on top of pay is
                        // no fee (mask commission-earned): 0.928 / 0.988; a messenger before
                        // its number or chat link (J-MSG): 0.943 / 0.988; school clothes or a
                        // school bag (S-YOUTH): 0.951 / 0.988; floors raised.
                        // flag58 (session 54): 0.969 / 0.987 -> 0.973 / 0.987; floors raised.
                        .candidate_floors = {0.953, 0.953, 0.968},
                        .min_ads = 224,
                        .min_variants = 55,
                        .min_benign = 35,
                        .known_candidate_violations = {},
                        // flag39: bg-b2's "плюс комисиона от процедурите" is pay, not a fee.
                        .known_candidate_benign_scoring = {},
                        .known_default_benign_scoring = {}};

// data/BLIND19.md: measured 2026-12-03 with the rule packs of main at 75bdd02, nothing tuned to
// this set (written by the blind23 helper, who had not read the packs; its first run was after the
// commit that added it, 5b548cf; no label changed after the run). 268 ads (213 originals and
// controls, 1024 labels; 55 variants). Default rules: recall 0.073 (75 / 1024: J-SAL, S-EMOJI, a
// few J-ACCOM, J-NOLANG, J-TASK, S-MOVE), precision 0.949 (4 false J-SAL: bg-b1 EUR 7.50 and uk-b1
// UAH 120 an hour for bar staff, pl-j10 PLN 45,000 for a three-month fishing trip, ru-j9 USD 2,500
// at a Korean factory). Candidate terms enabled: recall 0.745 (763 / 1024), precision 0.977 (18
// false positives); weakest J-UNLIC 0.31 (an unnamed recruiter placing people with a club, a hub or
// a firm abroad), S-DISCREP 0.33 (a review's "not the girl in the photos", two ages in one ad),
// J-EMPL 0.50, J-FEE 0.50 (a top-up or deposit to unlock tasks, a fee for papers and the ticket),
// J-VAGUE 0.52, S-3P 0.59 (client reviews, "her boyfriend arranges"), S-DRIVER 0.59 (a man in a car
// who takes the money, in reviews). One invariance violation with both runs (rule R2): de-v2 adds
// "Gern auch aus Rumänien und Moldawien" to de-j1 and gains J-SAL (score 12; the nationality
// countries read as the job's place for the wage check; fixed in session 35 by the lead as a
// general rule, not from this ad's words: the next names of a list of origins are origins,
// pay-words.toml [country] `and`). Benign controls scoring (rule R4), listed
// until fixed: default bg-b1 and uk-b1 (J-SAL: bar staff at a city rate above twice the national
// minimum); candidates the same and en-b1, fr-b1 (J-ENT from "door hosts" and "bar de nuit").
// The floors are the figures minus 0.02. Session 35, after flag39 (tuned on blind18: 0.832 ->
// 0.951 there), somfix and the list-of-origins fix: default 0.073 / 0.949, candidates 0.747 /
// 0.976 (+0.002 recall: the concepts written from blind18's misses barely reach this set).
// Session 36: the lead ruled on the four borderline labels its writer raised (the rules were right:
// J-VISA bg-j5, J-LATER ru-j9, J-PAYLATER ru-j1 and its variant ru-v2, S-SCREEN ru-a6; BLIND19.md):
// candidates 0.748 / 0.981. After flag40 (the "reach-out" concept, "how to apply" read as what
// the ad asks of the reader, written from J-EMPL's definition; S-3P from "she"/"he" twice):
// 0.793 / 0.981, the first method in six rounds that moved an unseen set (and its own hold-outs,
// blind16 and blind17).
const BlindSet kBlind19{.file = "blind19_ads.jsonl",
                        .label = "blind19",
                        .default_floors = {0.053, 0.053, 0.929},
                        // flag58 (session 54): 0.844 / 0.984 -> 0.852 / 0.984; floors raised.
                        .candidate_floors = {0.832, 0.832, 0.961},
                        .min_ads = 268,
                        .min_variants = 55,
                        .min_benign = 35,
                        .known_candidate_violations = {},
                        .known_default_violations = {},
                        .known_candidate_benign_scoring = {"en-b1", "fr-b1"},
                        .known_default_benign_scoring = {}};

// The twentieth blind set (BLIND20.md): 248 ads, written by the blind24 helper, who had not read
// the packs or the code; its first run was after the commit that added it, 857a30d.
// First run (session 37, 2026-12-03, rules of main 55138fc; no label changed after the run):
// 959 labels on 248 ads. Default rules: recall 0.080 (77 / 959: J-SAL, S-EMOJI, one S-MOVE),
// precision 0.975 (2 false J-SAL on the b2 contact-centre controls: bg-b2 BGN 2,400 and uk-b2
// UAH 32,000 a month). Candidate terms enabled: recall 0.850 (815 / 959), precision 0.948 (45 false
// positives); weakest J-MSG 0.41 (a passport photo "on WhatsApp" and a "Telegram in bio" as the
// channel), J-UNLIC 0.45 (an "auntie" who places a girl with a family abroad), J-HOURS 0.50
// ("they're home all day so you're always on"), S-OBSC 0.52 (a number split by dashes into uneven
// groups), J-VISA 0.65 (a visa on arrival for work), S-DRIVER 0.67 (a review's man in a parked car
// who took the cash), S-NOREFUSE 0.67 ("nobody says no here"). No invariance violation with either
// run. Benign controls scoring (rule R4), listed until fixed: default bg-b2 and uk-b2 (J-SAL: an
// office job at the national rate read as above twice the minimum); candidates the same and the b4
// home-care controls en, ro, ru (J-TRANS from travel time or fares paid between visits), bg-b4
// (J-TRANS, J-VAGUE), fr-b1 (J-NOEXP from "Formation assurée"). The floors are the figures minus
// 0.02. Then the lead ruled on the writer's four doubtful labels (BLIND20.md, session 37): S-SCREEN
// on every a1 ("no withheld numbers"), J-VAGUE on every j1 and its v3 and on en-j10 (no pay figure,
// with J-EMPL and J-MSG), J-TRANS on every j6 ("few seats": travel the recruiter arranges) added;
// J-LATER on j5 not (a work permit in progress is no term set on arrival; J-VISA covers it). Rules
// of main at 919668c: default 0.078 / 0.975, candidates 0.846 / 0.977; the precision floor raised.
// Development set since session 45, tuned by flag47 (from main at 6afc5be: candidates 0.870 /
// 0.977): S-DRIVER 0.67 -> 1.00 (the money handed to someone waiting in a car), J-UNLIC 0.45 ->
// 0.95 (a place the poster told the reader about that still needs someone): 0.892 / 0.978;
// candidate floors raised to the figures minus 0.02.
const BlindSet kBlind20{.file = "blind20_ads.jsonl",
                        .label = "blind20",
                        .default_floors = {0.060, 0.060, 0.955},
                        // flag58 (session 54): 0.925 / 0.982 -> 0.936 / 0.982; floors raised.
                        .candidate_floors = {0.916, 0.916, 0.958},
                        .min_ads = 248,
                        .min_variants = 66,
                        .min_benign = 46,
                        .known_candidate_violations = {},
                        .known_default_violations = {},
                        .known_candidate_benign_scoring = {"bg-b4", "uk-b2"},
                        .known_default_benign_scoring = {"uk-b2"}};

// The twenty-first blind set (BLIND21.md): 249 ads, written by the blind25 helper, who had not read
// the packs or the code; its first run was after the commit that added it, 56ab953.
// First run (session 45, 2026-12-05 about 18:03 UTC, rules of main 6ed77a3; no label changed after
// the run): 918 labels on the 172 originals. Default rules: recall 0.083 (J-SAL 30, S-EMOJI 34,
// S-MOVE 11, J-URGENT 1), precision 0.938 (5 false J-SAL: the b2 catalogue-model day fees of bg,
// pl, ro, uk and bg-j7). Candidate terms enabled: recall 0.788, precision 0.949; weakest J-PAYLATER
// 0.39 (pay at the end of the job or season), S-DRIVER 0.48 (a chauffeur who waits downstairs and
// takes the money; a man who drops the next girl off), S-OBSC 0.50 (a number "on my last photo",
// structural misses aside), S-TRUST 0.52, J-HOURS 0.56, J-VISA 0.56 ("come over as a visitor, the
// farm doesn't ask"), S-3P 0.57, J-DEDUCT 0.61; false positives mostly J-PHOTO on the b2 controls
// (10), J-URGENT on j1's "minibus leaves on Monday" (9), J-LATER on j5 (5: "I'll get you registered
// over there"), J-SAL (5), A-STOCK (5). No invariance violation with either run. Benign controls
// scoring (rule R4), listed until fixed: default bg-b2, pl-b2, ro-b2, uk-b2 (J-SAL: a model's day
// fee read as a daily wage far above the minimum); candidates every b2 (J-PHOTO: snapshots asked
// for a real modelling job; en-b2 also J-TRANS from travel expenses; bg, pl, ro, uk also J-SAL).
// Floors are the figures minus 0.02.
// Development set since session 46: flag49 read its misses in BLIND21.md (never the file) and built
// S-3P, S-DRIVER, S-OBSC, S-TRUST, J-PHOTO's casting exclusion and J-SAL's one-day fee from their
// definitions (main at 02dec9e: candidates 0.788 / 0.949 -> 0.817 / 0.958; default unchanged);
// candidate floors raised to the figures minus 0.02. After session 46's merge: 0.852 / 0.971.
// Session 47, flag50 (the lead's J-SAL ruling on b2, from BLIND21.md): "one shooting day" in all
// 11 languages is a one-day job, and the default rules read J-SAL's lists that only take it away:
// default 0.083 / 0.938 -> 0.083 / 0.987 (no benign control scoring), candidates 0.852 / 0.976;
// floors raised.
const BlindSet kBlind21{
    .file = "blind21_ads.jsonl",
    .label = "blind21",
    .default_floors = {0.063, 0.063, 0.967},
    // flag59 (session 54): precision 0.983 -> 0.985 (nl, pl b2 no longer score); floor raised.
    // flag58 (session 54): 0.864 / 0.983 -> 0.881 / 0.983; floors raised.
    // flag58 and flag59 merged (the lead): 0.881 / 0.985; floors raised.
    .candidate_floors = {0.861, 0.861, 0.965},
    .min_ads = 249,
    .min_variants = 77,
    .min_benign = 45,
    .known_candidate_violations = {},
    .known_default_violations = {},
    // flag50: one shooting day is a one-day job (one-day-job), also for the default rules: no b2
    // day fee is J-SAL; the J-PHOTO and J-TRANS left.
    // flag64 (session 58): uk-b2 left the list (a negated photo request, mask request-refused).
    .known_candidate_benign_scoring = {"ru-b2"},
    .known_default_benign_scoring = {}};

// The twenty-second blind set (BLIND22.md): 248 ads, written by the blind26 helper, who had not
// read the packs or the code; its first run was after the commit that added it, 6779955. First run
// (session 47, 2026-12-06 about 03:34 UTC, rules of main 0d0689b; no label changed after the run):
// 1,026 labels on the 171 originals. Default rules: recall 0.067 (J-SAL 24, S-EMOJI 34, S-MOVE 11),
// precision 0.908 (7 false J-SAL, all on benign controls). Candidate terms enabled: recall 0.727,
// precision 0.952; weakest J-ENT 0.00 (a masseuse role abroad; a webcam studio) and J-TASK 0.00 (a
// "remote chat moderator" paid per batch), J-VAGUE 0.22, S-SCREEN 0.27 (a link to a
// verification-service profile), J-HOURS 0.32 ("18, 20 hours" on deck; "from 6:30 until the baby is
// asleep"), J-UNLIC 0.42, J-LATER 0.45, S-TRUST 0.45, S-DRIVER 0.48, S-3P 0.49, J-SAL 0.53; false
// positives J-VAGUE 11 (j1's share "about 2,000 a month" read as no pay; uk-j7), J-LATER 9 (j5's
// work papers done after arrival, against the BLIND20/21 ruling), J-SAL 7, S-SCREEN 6 (a2 "text
// first, say where you saw me"; see BLIND22.md), J-TRANS 2, J-ACCOM, S-3P, S-MOVE 1 each. No
// invariance violation with either run. Benign controls scoring (rule R4), listed until fixed:
// default bg-b2, pl-b2, ro-b2, uk-b2 (J-SAL: a one-off show fee), bg-b4, uk-b4 (J-SAL: a
// moderator's ordinary salary), uk-b1 (J-SAL: a cleaner's hourly rate); candidates the same and
// en-b6 (J-ACCOM, J-TRANS: "no accommodation or transport provided"). Floors are the figures minus
// 0.02.
// After session 47's merges (flag50 and flagspeed never read this set): unchanged, default 0.067 /
// 0.908, candidates 0.727 / 0.952. The lead's rulings on the doubtful labels are in BLIND22.md.
// Session 49, flag51 (a development set now; per-country threshold_multiple BG 3.0 and UA 4.0, a
// fee for one show is a one-off, J-HOURS for an open-ended day and 17+ hours, a monthly figure
// without a currency is pay, J-UNLIC for a first-person finder of crew): default 0.067 / 1.000, no
// benign control scoring; candidates 0.754 / 0.974, en-b6 still scoring.
const BlindSet kBlind22{
    .file = "blind22_ads.jsonl",
    .label = "blind22",
    .default_floors = {0.047, 0.047, 0.980},
    // Session 49, flag52 (J-ENT's check entertainment-role-abroad, J-TASK's
    // activation deposits and chat batches, J-PHOTO's measure lists): candidates
    // 0.747 / 0.953 alone; after both merges and the lead's gender forms 0.774 / 0.974.
    // flag59 (session 54): recall 0.814 -> 0.818; floor raised.
    // flag58 (session 54): 0.814 / 0.977 -> 0.849 / 0.978; floors raised.
    // flag58 and flag59 merged (the lead): 0.853 / 0.978; floors raised.
    .candidate_floors = {0.833, 0.833, 0.958},
    .min_ads = 248,
    .min_variants = 77,
    .min_benign = 46,
    .known_candidate_violations = {},
    .known_default_violations = {},
    .known_candidate_benign_scoring = {},
    .known_default_benign_scoring = {}};

// The twenty-third blind set (BLIND23.md): 247 ads, written by the blind27 helper, who had not
// read the packs or the code; its first run was after the commit that added it, 023d2825. First run
// (session 48, 2026-12-06 about 06:58 UTC, rules of main 10252201; no label changed after the run):
// 988 labels on the 170 originals. Default rules: recall 0.065 (J-SAL 31, S-EMOJI 33), precision
// 0.901 (7 false J-SAL: delivery riders' "600-800 a week" in bg, es, ro, uk j7; bg-b2, uk-b2
// trade-fair hosts; uk-b1 a room attendant's hourly rate). Candidate terms enabled: recall 0.587,
// precision 0.951; weakest J-NOEXP 0.00 ("training from zero", "nothing to learn", "never done it?
// we show you", "if you can ride a bike"), J-PAYLATER 0.00 (wages "on the grower's books till the
// last crate"; pay at the end of a carer's turn), S-DRIVER 0.00 (a taxi that waits the hour; "I
// bring her to you and pick her up"), S-DISCREP 0.09, J-NOLANG 0.12, J-HOURS 0.18, J-LATER 0.22,
// S-NOREFUSE 0.22, J-UNLIC 0.30, J-VISA 0.38, J-URGENT 0.42, S-MOVE 0.48; false positives J-ENT 10
// (every b2 but ro: trade-fair hosts at home), J-SAL 7 (as above), J-VAGUE 5 (es, fr, ro j6, ru-j7,
// pl-b4), J-LATER 2 (en, pl j6 "no paperwork, all between us"), J-DOCS, J-HOURS, J-NOEXP, J-PHOTO,
// J-TRANS, S-DRIVER 1 each. Invariance violations, listed until fixed: default nl-j1-v2 (J-SAL
// appeared when "people from Nepal, Morocco and Moldova" are welcome; fixed in session 49, a list
// of origins is origins throughout); candidates the same and en-j3-v1, nl-j3-v1 (J-PHOTO on the
// hosts' "chest, waist and height", not on the hostesses' "bust, waist and hip measurements") and
// bg-j3-v1 (J-ENT lost when "хостеси" becomes "домакини"). Benign controls scoring (rule R4):
// default bg-b2, uk-b2, uk-b1 (J-SAL); candidates every b2 (J-ENT; ro-b2 J-NOEXP; bg, uk also
// J-SAL), uk-b1 (J-SAL), en-b5 (S-DRIVER: a duo's "outcalls to hotels only"), en-b6 (J-PHOTO: a
// model agency's open call). Floors are the figures minus 0.02.
// Session 50, flag53 (read this set's job misses, general forms in all eleven languages: pay left
// with the boss, pay or cash at the end of the stint's months, "don't worry about {language}", "No
// {language}?", morning to morning, training from zero, nothing to learn, "never done it?"):
// candidates 0.663 / 0.959 (from 0.591 / 0.954 on d4ad6059); candidate floors raised to those
// minus 0.02.
const BlindSet kBlind23{
    .file = "blind23_ads.jsonl",
    .label = "blind23",
    .default_floors = {0.044, 0.044, 0.881},
    // flag54 (S-DRIVER, S-NOREFUSE) and flag53 (J-PAYLATER, J-NOLANG, J-HOURS, J-NOEXP) merged:
    // candidates 0.703 / 0.963 (session 50's lead).
    // flag59 (session 54): 0.739 / 0.964 -> 0.742 / 0.966 (en-b6 no longer scores); floors raised.
    // flag58 (session 54): 0.739 / 0.964 -> 0.790 / 0.967; floors raised.
    // flag58 and flag59 merged (the lead): 0.794 / 0.968; floors raised.
    .candidate_floors = {0.774, 0.774, 0.948},
    .min_ads = 247,
    .min_variants = 77,
    .min_benign = 46,
    .known_candidate_violations = {},
    .known_default_violations = {},
    // en-b5 ("outcalls to hotels only", S-DRIVER) scores no more since flag54.
    // flag59: en-b6 (a model agency's open call for "all heights, sizes") no longer scores.
    .known_candidate_benign_scoring = {"bg-b2", "de-b2", "en-b2", "es-b2", "fr-b2", "it-b2",
                                       "nl-b2", "pl-b2", "ro-b2", "ru-b2", "uk-b2"},
    .known_default_benign_scoring = {}};

// The twenty-fourth blind set (BLIND24.md): 247 ads, written by the blind28 helper, who had not
// read the packs or the code; its first run was after the commit that added it, 55bf16b4.
// First run (session 50, 2026-12-06 about 21:34 UTC, rules of BASE d4ad6059; no label changed after
// the run): 958 labels on the 170 originals. Default rules: recall 0.078 (J-SAL 30, S-EMOJI 34,
// S-MOVE 11), precision 1.000; no invariance violation, no benign control scoring. Candidate terms
// enabled: recall 0.791, precision 0.948 (42 false positives); weakest J-ENT 0.08 (a dance troupe
// abroad casting "girls aged 18-24"), A-STOCK 0.36 (a lingerie brand's studio shoot with its logo),
// J-TASK 0.36 (order-boosting sets), S-MOVE 0.42 (a parlour's women who "stay one week only"; an
// independent's Thursday-to-Sunday visit), J-HOURS 0.43 (a deckhand's 18-20 hours), J-NOEXP 0.44
// ("you don't need to know anything about trading", "never washed a car properly? doesn't
// matter"), J-UNLIC 0.55, J-DOCS 0.59, J-FEE 0.62, J-VISA 0.64; false positives J-VAGUE 11 (every
// j6: no pay stated, which the set did not label; see BLIND24.md), J-LATER 14 (j4 "no paperwork ...
// we pay cash" in ten languages; de, nl, ru, uk b2), J-DEDUCT 5 (j6 wages held back as a
// guarantee), J-TRANS 3, J-ACCOM 3, J-NOLANG 2, S-MOVE 2, J-FEE 1, S-3P 1. No invariance violation
// in either run. Benign controls scoring with candidates (rule R4), listed until fixed: de, nl, ru,
// uk b2 (J-LATER: a cruise line's contract terms), it-b2 (J-FEE: "we never charge fees", fraud
// risk), es, it, pl b3 (J-TRANS: the parcel firm's van and fuel card for the rounds), ro-b1
// (J-ACCOM: an au pair placement). Floors are the figures minus 0.02.
const BlindSet kBlind24{
    .file = "blind24_ads.jsonl",
    .label = "blind24",
    .default_floors = {0.058, 0.058, 0.980},
    // Session 51 (tuned on blind19-24 together): flag55 (J-NOEXP and J-FEE families) 0.835 / 0.978,
    // flag56 (S-MOVE, A-STOCK, J-TRANS, J-LATER) 0.830 / 0.984 (BASE 606a589e: 0.788 / 0.976);
    // both merged: 0.877 / 0.985; floors raised to those minus 0.02.
    // flag59 (session 54): 0.886 / 0.985 -> 0.887 / 0.987 (it-b3 no longer scores); floors raised.
    // flag58 (session 54): 0.886 / 0.985 -> 0.906 / 0.986; floors raised.
    // flag58 and flag59 merged (the lead): 0.907 / 0.987; floors raised.
    .candidate_floors = {0.887, 0.887, 0.967},
    .min_ads = 247,
    .min_variants = 77,
    .min_benign = 46,
    .known_candidate_violations = {},
    .known_default_violations = {},
    // flag56: de, nl, ru, uk b2 (a cruise line's seven-month contracts, J-LATER) and es, pl b3 (the
    // parcel firm's van and fuel card, J-TRANS) score no more.
    .known_candidate_benign_scoring = {"it-b2"},
    .known_default_benign_scoring = {}};

// The twenty-fifth blind set (BLIND25.md): 247 ads, written by the blind29 helper, who had not
// read the packs or the code; its first run was after the commit that added it, 213fe1df.
// First run (session 51, 2026-12-07 about 00:37 UTC, rules of BASE 606a589e; no label changed after
// the run): 1,016 labels on the 170 originals. Default rules: recall 0.062 (J-SAL 30, S-EMOJI 33),
// precision 0.969 (J-SAL on bg-j4 and uk-j1, hourly wages); es-j1-v2 and fr-j1-v2 break invariance
// (J-SAL appears when "people from Moldova, Georgia and Kyrgyzstan are welcome too"); no benign
// control scoring. Candidate terms enabled: recall 0.688, precision 0.932 (51 false positives);
// weakest J-NOEXP 0.00 ("we don't look at diplomas or CVs", "never given a massage? you learn by
// watching", "no skills at all", "never stopped anyone in the street? doesn't matter"), S-YOUTH
// 0.00
// ("turning 18 after the summer", "only turned sixteen"), J-PAYLATER 0.22 (a first wage forfeited
// by early leavers, wages on a card the go-between keeps), S-MOVE 0.35, J-FEE 0.41, J-DOCS 0.44,
// J-PHOTO 0.45, J-ACCOM 0.54; false positives J-ENT 11 (every b2 but en: dancers at a theme park at
// home; en-j9), J-ACCOM 11 (every b1: staff housing at a rent set in the contract), J-TRANS 9,
// J-LATER 7, J-UNLIC 6 (j3's "placement guarantee"), J-DOCS 3, J-SAL 2, J-FEE 1, S-3P 1. Invariance
// violations with candidates, listed until fixed: es-j1-v2, fr-j1-v2 (J-SAL, nationality), ro-j3-v1
// (J-ENT lost on "băieți ... maseori", gender), en, pl, ru, uk j6-v7 (J-UNLIC, ru and uk also
// J-TRANS, appear with "an Orthodox church ... on Sundays I drive people to the service": religion
// words, and driving words the variant should not have added; see BLIND25.md). Benign controls
// scoring with candidates (rule R4), listed until fixed: every b1 (J-ACCOM; it, pl also J-TRANS),
// every b2 but en (J-ENT), en, de, fr, es, it b3 (J-TRANS: the company bus), pl, ru, uk b3 (J-DOCS:
// the ID copy the law asks for). Floors are the figures minus 0.02.
const BlindSet kBlind25{
    .file = "blind25_ads.jsonl",
    .label = "blind25",
    .default_floors = {0.042, 0.042, 0.949},
    // flag59 (session 54): 0.753 / 0.946 -> 0.756 / 0.970; floors raised.
    // flag58 (session 54): 0.753 / 0.946 -> 0.784 / 0.949; floors raised.
    // flag58 and flag59 merged (the lead): 0.787 / 0.973; floors raised.
    // flag62 (session 57): 0.787 / 0.973 -> 0.800 / 0.973; recall floors raised.
    // flag63 (session 58): 0.800 -> 0.805 recall; floor raised.
    .candidate_floors = {0.785, 0.785, 0.953},
    .min_ads = 247,
    .min_variants = 77,
    .min_benign = 46,
    // flag59: ro-j3-v1 ("maseori" beside "maseuze", J-ENT) is fixed.
    .known_candidate_violations = {"es-j1-v2", "fr-j1-v2"},
    .known_default_violations = {"es-j1-v2", "fr-j1-v2"},
    // flag59: every b1 (staff housing at a rent in the contract, "or rent privately") and b3 (the
    // company bus at every shift change, the ID copy at the interview) no longer score; the b2
    // (J-ENT: dancers at a theme park at home) are left.
    .known_candidate_benign_scoring = {"bg-b2", "de-b2", "es-b2", "fr-b2", "it-b2", "nl-b2",
                                       "pl-b2", "ro-b2", "ru-b2", "uk-b2"},
    .known_default_benign_scoring = {}};

// The twenty-sixth blind set (BLIND26.md): 247 ads, written by the blind30 helper, who had not
// read the packs or the code; its first run was after the commit that added it, bc2cbf06.
// First run (session 52, 2026-12-07 about 04:14 UTC, rules of BASE 50135adc; no label changed after
// the run): 1,046 labels on the 170 originals. Default rules: recall 0.072 (J-SAL 30, S-EMOJI 34,
// S-MOVE 11), precision 0.915 (J-SAL on ro, bg, uk j1 and ro, pl, uk j4, hourly wages, and uk-b2,
// an extras' day rate); no invariance violation; uk-b2 scores (J-SAL). Candidate terms enabled:
// recall 0.664, precision 0.919 (61 false positives); weakest S-DISCREP 0.00 (a listing's own
// answers admit the age and language are wrong), J-HUB 0.09 ("AI data annotators" in Shwe Kokko,
// Boten, O'Smach), J-URGENT 0.11 ("this intake closes on Friday", "the training group closes at
// midnight", "we pull out on Monday"), J-PAYLATER 0.17 (wages handed out on the bus home, the
// season's wages when the flock comes down), J-LATER 0.21 (pay in an envelope, "we don't do
// contracts"), J-NOEXP 0.22, J-VISA 0.45, S-OBSC 0.50, S-TRUST 0.50; false positives J-TRANS 13
// (the controls' company minibus, reimbursed fare, shuttle), J-PHONEONLY 11 (every j5: a wa.me
// link), J-PHOTO 9 (every b2 but ro, uk: an extras agency's full-length photo), J-SAL 7, J-UNLIC 6,
// J-ACCOM 5 (b1's free board, en-b6's caravan), J-LATER 2, J-URGENT 2, J-DOCS 2, J-TASK,
// S-NOREFUSE, J-ENT, S-3P 1 each. Invariance violations with candidates, listed until fixed:
// de-j3-v1, nl-j3-v1 (J-ENT lost when "Mädchen ... Sängerinnen und Tischhostessen" / "meiden ...
// zangeressen en tafelhostesses" become the male words: a gender swap changes a score). Benign
// controls scoring with candidates (rule R4), listed until fixed: b1 fr, nl, ro, pl (J-ACCOM; nl,
// pl also J-TRANS), it (J-ENT); b2 every language but ro (J-PHOTO; it, pl also J-URGENT; uk J-SAL
// and J-UNLIC); b3 every language but bg and es (J-TRANS; pl, ru, uk also J-UNLIC, ru, uk J-DOCS);
// en-b6 (J-ACCOM, J-TRANS). Floors are the figures minus 0.02.
const BlindSet kBlind26{
    .file = "blind26_ads.jsonl",
    .label = "blind26",
    .default_floors = {0.051, 0.051, 0.894},
    // flag59 (session 54, tuned on blind19-26 together): 0.674 / 0.933 -> 0.709 / 0.975; floors
    // raised.
    // flag58 (session 54): 0.674 / 0.933 -> 0.753 / 0.941; floors raised.
    // flag58 and flag59 merged (the lead): 0.788 / 0.979; floors raised.
    // flag62 (session 57): 0.788 / 0.979 -> 0.797 / 0.979; recall floors raised.
    // flag63 (session 58): 0.797 -> 0.806 recall; floor raised.
    .candidate_floors = {0.786, 0.786, 0.959},
    .min_ads = 247,
    .min_variants = 77,
    .min_benign = 46,
    // flag59: de-j3-v1, nl-j3-v1 (a compound's host beside its hostess, J-ENT) are fixed.
    .known_candidate_violations = {},
    .known_default_violations = {},
    // flag59: left are it-b1 (J-ENT: "animatori" at a children's camp), it-b2 and pl-b2
    // (J-URGENT: payment "within 14 days") and uk-b2 (J-SAL: a day rate).
    .known_candidate_benign_scoring = {"it-b1", "uk-b2"},
    .known_default_benign_scoring = {"uk-b2"}};

// data/BLIND27.md, "First run": the twenty-seventh blind set (written by the blind31 helper, blind
// to the packs), measured once on 2026-12-07 with the rule packs of BASE 885ebd43, nothing tuned to
// it: 1,047 labels on the 170 originals. Default rules: recall 0.072 (J-SAL 30, S-EMOJI 34, S-MOVE
// 11), precision 1.000, no invariance violation, no benign control scoring. Candidate terms
// enabled: recall 0.762, precision 0.924, no invariance violation; 66 false positives: J-TRANS 15
// (the controls' minibus, staff bus and flights), J-LATER 13 (every j2: "the company sorts the rest
// with the authorities once you're here"; en-b1, de-j6), J-NOEXP 12 (the controls' "no experience
// needed"), S-TRUST 8 (a2's "are the photos real?"), J-VAGUE 6, J-ACCOM 4, S-3P 4 (b4's friend who
// drives her), J-ENT 3 (j2's live-stream "hosts"), A-STOCK 1; weakest J-LATER 0.24, S-DISCREP and
// S-SCREEN 0.36, S-MOVE 0.42, J-VISA and S-TRUST 0.50. Benign controls scoring with candidates
// (rule R4), listed until fixed: b1 in every language (J-NOEXP but en; de, fr, nl, it, ro also
// J-TRANS; ro, pl J-ACCOM; en J-LATER, J-TRANS, J-VAGUE), b3 in every language but de, nl and ro
// (J-TRANS), en-b5 (J-ACCOM, J-NOEXP), en-b6 (J-ACCOM, J-NOEXP, J-TRANS). Floors are the figures
// minus 0.02, rounded down.
const BlindSet kBlind27{
    .file = "blind27_ads.jsonl",
    .label = "blind27",
    .default_floors = {0.051, 0.051, 0.980},
    // flag62 (session 57): candidates 0.775 / 0.952 -> 0.851 / 0.956; floors raised.
    // flag63 (session 58): 0.847 / 0.956 -> 0.853 / 0.957; floors raised.
    .candidate_floors = {0.833, 0.833, 0.937},
    .min_ads = 247,
    .min_variants = 77,
    .min_benign = 46,
    .known_candidate_violations = {},
    .known_default_violations = {},
    // pl-b3 and uk-b3 left the list with flag59's honest-offer masks (session 54); flag61: the
    // weak facts of honest offers (J-NOEXP, J-TRANS, J-ACCOM, ...) score only beside a T2+ sign,
    // so only en-b1 (J-LATER and J-VAGUE on "first week ... on site") is left.
    .known_candidate_benign_scoring = {"en-b1"},
    .known_default_benign_scoring = {}};

// data/BLIND28.md, "First run": the twenty-eighth blind set (written by the blind32 helper, blind
// to the packs), committed alone (ceca9224) and measured once on 2026-12-07 with the rule packs of
// BASE 763bc783, nothing tuned to it: 1,055 labels on the 170 originals. Default rules: recall
// 0.062 (J-SAL 20, S-EMOJI 34, S-MOVE 11: every a4), precision 0.985 (J-SAL on bg-j4, an hourly
// wage), no invariance violation, no benign control scoring. Candidate terms enabled: recall 0.760,
// precision 0.956 (37 false positives: J-TRANS 10, J-NOEXP 10 (every b1: "no horticultural
// experience needed"), J-PHOTO 7 (b2's full-length photo of opera extras, en-b6's dancers), J-ACCOM
// 3, J-VAGUE 2, J-UNLIC, J-SAL, J-HOURS, J-ENT, A-STOCK 1 each); weakest J-HUB 0.00 (short-drama
// "subtitle checkers" in Myawaddy, Sihanoukville, Bavet), S-SCREEN 0.36, S-MOVE 0.39, J-VISA and
// S-TRUST 0.50, A-STOCK 0.55, J-NOEXP 0.56, J-LATER 0.57. Invariance violation with candidates,
// listed until fixed: pl-j2-v7 (J-ACCOM gained from "pokój modlitw", a prayer room, beside the
// campus: a religion sentence changes a flag); fixed by the lead in session 55 (J-ACCOM revision
// 11: only an adjective may stand between "pokój" and "dla pracowników"). Benign controls scoring
// with candidates (rule R4), listed until fixed: b1 in every language (J-NOEXP but en; de, fr, it,
// nl, ro also J-TRANS, en J-TRANS only; ru, uk also J-ACCOM), b2 de, en, es, it, pl, ro (J-PHOTO),
// b3 es (J-HOURS, J-TRANS), it (J-TRANS), ru (J-TRANS, J-UNLIC), en-b5 (J-ACCOM), en-b6 (J-ENT,
// J-PHOTO). Floors are the figures minus 0.02, rounded down.
const BlindSet kBlind28{.file = "blind28_ads.jsonl",
                        .label = "blind28",
                        .default_floors = {0.041, 0.041, 0.964},
                        // flag62 (session 57): candidates 0.760 / 0.962 -> 0.838 / 0.965.
                        // flag63 (session 58): 0.836 / 0.965 -> 0.851 / 0.966; floors raised.
                        .candidate_floors = {0.831, 0.831, 0.946},
                        .min_ads = 247,
                        .min_variants = 77,
                        .min_benign = 46,
                        .known_candidate_violations = {},
                        .known_default_violations = {},
                        // flag61: the weak facts of honest offers score only beside a T2+ sign, and
                        // the crew van's round trip is masked (ru-b3's J-TRANS and J-UNLIC); left
                        // are J-PHOTO (b2, en-b6 with J-ENT) and J-HOURS (es-b3, night shifts).
                        .known_candidate_benign_scoring = {"de-b2", "en-b2", "en-b6", "es-b2",
                                                           "es-b3", "it-b2", "pl-b2", "ro-b2"},
                        .known_default_benign_scoring = {}};

// data/BLIND29.md, "First run": the twenty-ninth blind set (written by the blind33 helper, blind
// to the packs), committed alone (8b221df6) and measured once on 2026-12-07 with the rule packs of
// BASE d9a7f3aa, nothing tuned to it: 1,054 labels on the 170 originals. Default rules: recall
// 0.065 (S-EMOJI 34, J-SAL 23, S-MOVE 11: every a4, J-ACCOM 1), precision 0.958 (J-SAL on uk-j1,
// ru-j4, uk-j7: stated hourly and day wages), no invariance violation, no benign control scoring.
// Candidate terms enabled: recall 0.704, precision 0.922 (63 false positives: J-NOEXP 20 (b1 and b2
// "no experience needed, we train you"), J-PHOTO 10 (b2's costume height range and full-length
// photo), J-HOURS 10 (b3's three 12-hour shifts), J-TRANS 9, J-ACCOM 4, J-SAL 3, J-LATER 2, J-UNLIC
// 2, S-3P 2, J-DOCS 1); weakest J-HUB and J-TASK 0.09 (games-studio "testers" in the Golden
// Triangle zone and Poipet; audiobook-rating tasks), J-VAGUE 0.25, J-LATER 0.29, J-FEE 0.30,
// S-DISCREP 0.36, J-URGENT 0.40, J-NOEXP 0.42. No invariance violation. Benign controls scoring
// with candidates (rule R4), listed until fixed: b2 but uk (J-PHOTO; with J-NOEXP but ro), b3 but
// fr (J-HOURS; de, en, it, nl, ro, ru also J-TRANS). Floors are the figures minus 0.02, rounded
// down. With flag62 merged (session 57: concept terms written without this set for the weakest
// indicators of blind27/28, which rose from 0.775 / 0.760 to 0.847 / 0.836): candidate terms
// recall 0.727, precision 0.923, the same invariance and controls; candidate floors raised to those
// figures minus 0.02. The default rules are unchanged (every new term is a candidate).
const BlindSet kBlind29{
    .file = "blind29_ads.jsonl",
    .label = "blind29",
    // flag63: 0.065 / 0.958 -> 0.065 / 0.986 (J-SAL no longer on stated hourly wages in CZ and EE).
    .default_floors = {0.045, 0.045, 0.966},
    // flag63 (session 58): 0.727 / 0.923 -> 0.861 / 0.938; floors raised (figures minus 0.02).
    .candidate_floors = {0.841, 0.841, 0.918},
    .min_ads = 247,
    .min_variants = 77,
    .min_benign = 46,
    .known_candidate_violations = {},
    .known_default_violations = {},
    // flag64 (session 58): the b3 controls left the list (a few 12-hour shifts on a rota are a
    // lawful week, mask few-long-shifts).
    .known_candidate_benign_scoring = {"bg-b2", "de-b2", "en-b2", "es-b2", "fr-b2", "it-b2",
                                       "nl-b2", "pl-b2", "ro-b2", "ru-b2"},
    .known_default_benign_scoring = {}};

// data/BLIND30.md, "First run": the thirtieth blind set (written by the blind34 helper, blind to
// the packs), committed alone (ace0f1f0) and measured once on 2026-12-08 with the rule packs of
// BASE 0790c956, nothing tuned to it: 1,099 labels on the 170 originals. Default rules: recall
// 0.064 (S-EMOJI 34, J-SAL 25, S-MOVE 11: every a4), precision 0.959 (J-SAL on b2 bg, ro, uk: a
// resort group's net monthly pay for animators in Crete, Mallorca and the Algarve read against the
// ad's own country), no invariance violation. Candidate terms enabled: recall 0.772, precision
// 0.918 (76 false positives: J-NOEXP 21 (b1 and b3 "no experience needed", with paid training),
// J-ACCOM 13, J-TRANS 12 (b2's staff room and flights set out in the contract), J-HOURS 11 (b3's
// three 12-hour shifts), J-ENT 5, J-PHOTO 5, J-SAL 3, J-LATER, J-UNLIC 2 each, S-3P, J-VAGUE 1
// each); weakest J-FEE 0.07 (cash for gear and "your place on the crew", a work-permit file fee,
// USDT top-ups, the go-between's "for my work"), J-VAGUE 0.17, J-TASK 0.27 (hotel-ranking
// "bookings nobody will stay in"), S-DISCREP 0.36 (an agency's replies to reviews), J-URGENT 0.50,
// S-TRUST 0.59, S-3P and J-HOURS 0.62, A-STOCK 0.64. No invariance violation. Benign controls
// scoring (rule R4), listed until fixed: with the default rules b2 bg, ro, uk (J-SAL); with
// candidates b2 but es, ru (J-ENT, J-PHOTO, J-ACCOM, J-TRANS; J-SAL bg, ro, uk), b3 in every
// language (J-HOURS, with J-NOEXP but en, nl), en-b5 (J-ACCOM, J-PHOTO: an au-pair agency's age
// range and host-family room). Floors are the figures minus 0.02, rounded down.
const BlindSet kBlind30{
    .file = "blind30_ads.jsonl",
    .label = "blind30",
    .default_floors = {0.043, 0.043, 0.938},
    // flag64 (session 58): candidates 0.772 / 0.918 -> 0.789 / 0.928 (J-HOURS 0.62 / 0.76 -> 0.77
    // / 0.86, S-3P 0.62 -> 0.82, S-TRUST 0.59 -> 0.77, J-PHOTO precision 0.69 -> 0.85); floors
    // raised; 8 controls left the list (b2 de, en, fr, nl; b3 bg, de, en, es). With flag63's terms
    // merged too (the lead): 0.803 / 0.929, 13 controls scoring; floors at 0.02 / 0.02 under.
    .candidate_floors = {0.783, 0.783, 0.909},
    .min_ads = 247,
    .min_variants = 77,
    .min_benign = 46,
    .known_candidate_violations = {},
    .known_default_violations = {},
    .known_candidate_benign_scoring = {"bg-b2", "en-b5", "fr-b3", "it-b2", "it-b3", "nl-b3",
                                       "pl-b2", "pl-b3", "ro-b2", "ro-b3", "ru-b3", "uk-b2",
                                       "uk-b3"},
    .known_default_benign_scoring = {"bg-b2", "ro-b2", "uk-b2"}};

std::shared_ptr<const RuleSet> Rules() {
  static const std::shared_ptr<const RuleSet> rules =
      testing::LoadOrFail(std::filesystem::path(ARIADNE_SOURCE_DIR) / "rules");
  return rules;
}

void CheckCoverage(const BlindSet& set) {
  const std::vector<LabelledAd> ads = testing::LoadLabelledSet(set.file);
  std::set<std::string> langs;
  std::set<std::string> ids;
  std::map<std::string, int> labelled;  // indicator → original ads expressing it
  int variants = 0;
  int benign = 0;
  for (const LabelledAd& ad : ads) {
    langs.insert(ad.lang);
    EXPECT_TRUE(ids.insert(ad.id).second) << "duplicate id " << ad.id;
    variants += ad.variant_of.empty() ? 0 : 1;
    benign += ad.benign ? 1 : 0;
    if (ad.variant_of.empty()) {
      for (const std::string& id : ad.expected) ++labelled[id];
    }
  }
  EXPECT_GE(ads.size(), set.min_ads);
  EXPECT_EQ(langs.size(), 11u);
  EXPECT_GE(variants, set.min_variants);
  EXPECT_GE(benign, set.min_benign);
  // The 33 text indicators of tables 2A-2C and 2E, each often enough to give a figure.
  EXPECT_EQ(labelled.size(), 33u);
  for (const auto& [id, count] : labelled) EXPECT_GE(count, 8) << id;
}

// One run over a set: the two rules (no invariance violation, R2 and R4: each blind set found
// gendered terms that broke it when it was written; all are fixed; benign ads score 0, R4) and
// the floors.
void CheckRun(const BlindSet& set, bool candidates) {
  const std::shared_ptr<const RuleSet> rules = Rules();
  ASSERT_TRUE(rules);
  const std::unique_ptr<Flagger> flagger = testing::MakeFlagger(rules, candidates);
  ASSERT_TRUE(flagger);
  const std::string label =
      std::string(set.label) + (candidates ? " candidate terms enabled" : " default rules");
  const Floors& floors = candidates ? set.candidate_floors : set.default_floors;
  const std::set<std::string> allowed_benign =
      candidates ? set.known_candidate_benign_scoring : set.known_default_benign_scoring;
  const Measure m =
      MeasureSet(*flagger, testing::LoadLabelledSet(set.file), label.c_str(), allowed_benign);
  const std::set<std::string> allowed =
      candidates ? set.known_candidate_violations : set.known_default_violations;
  EXPECT_EQ(m.violating, allowed) << "invariance violations (rules R2, R4)";
  EXPECT_EQ(m.benign_scoring, allowed_benign) << "benign ads that scored (rule R4)";
  EXPECT_GE(Recall(m.total), floors.recall);
  EXPECT_GE(Recall(m.text), floors.text_recall);
  EXPECT_GE(Precision(m.total), floors.precision);
}

TEST(BlindQuality, SetCoversElevenLanguagesWithVariantsAndControls) {
  CheckCoverage(kBlind1);
}
TEST(BlindQuality, DefaultRules) {
  CheckRun(kBlind1, /*candidates=*/false);
}
TEST(BlindQuality, CandidateTermsEnabled) {
  CheckRun(kBlind1, /*candidates=*/true);
}

TEST(Blind2Quality, SetCoversElevenLanguagesWithVariantsAndControls) {
  CheckCoverage(kBlind2);
}
TEST(Blind2Quality, DefaultRules) {
  CheckRun(kBlind2, /*candidates=*/false);
}
TEST(Blind2Quality, CandidateTermsEnabled) {
  CheckRun(kBlind2, /*candidates=*/true);
}

TEST(Blind3Quality, SetCoversElevenLanguagesWithVariantsAndControls) {
  CheckCoverage(kBlind3);
}
TEST(Blind3Quality, DefaultRules) {
  CheckRun(kBlind3, /*candidates=*/false);
}
TEST(Blind3Quality, CandidateTermsEnabled) {
  CheckRun(kBlind3, /*candidates=*/true);
}

TEST(Blind4Quality, SetCoversElevenLanguagesWithVariantsAndControls) {
  CheckCoverage(kBlind4);
}
TEST(Blind4Quality, DefaultRules) {
  CheckRun(kBlind4, /*candidates=*/false);
}
TEST(Blind4Quality, CandidateTermsEnabled) {
  CheckRun(kBlind4, /*candidates=*/true);
}

TEST(Blind5Quality, SetCoversElevenLanguagesWithVariantsAndControls) {
  CheckCoverage(kBlind5);
}
TEST(Blind5Quality, DefaultRules) {
  CheckRun(kBlind5, /*candidates=*/false);
}
TEST(Blind5Quality, CandidateTermsEnabled) {
  CheckRun(kBlind5, /*candidates=*/true);
}

TEST(Blind6Quality, SetCoversElevenLanguagesWithVariantsAndControls) {
  CheckCoverage(kBlind6);
}
TEST(Blind6Quality, DefaultRules) {
  CheckRun(kBlind6, /*candidates=*/false);
}
TEST(Blind6Quality, CandidateTermsEnabled) {
  CheckRun(kBlind6, /*candidates=*/true);
}

TEST(Blind7Quality, SetCoversElevenLanguagesWithVariantsAndControls) {
  CheckCoverage(kBlind7);
}
TEST(Blind7Quality, DefaultRules) {
  CheckRun(kBlind7, /*candidates=*/false);
}
TEST(Blind7Quality, CandidateTermsEnabled) {
  CheckRun(kBlind7, /*candidates=*/true);
}

TEST(Blind8Quality, SetCoversElevenLanguagesWithVariantsAndControls) {
  CheckCoverage(kBlind8);
}
TEST(Blind8Quality, DefaultRules) {
  CheckRun(kBlind8, /*candidates=*/false);
}
TEST(Blind8Quality, CandidateTermsEnabled) {
  CheckRun(kBlind8, /*candidates=*/true);
}

TEST(Blind9Quality, SetCoversElevenLanguagesWithVariantsAndControls) {
  CheckCoverage(kBlind9);
}
TEST(Blind9Quality, DefaultRules) {
  CheckRun(kBlind9, /*candidates=*/false);
}
TEST(Blind9Quality, CandidateTermsEnabled) {
  CheckRun(kBlind9, /*candidates=*/true);
}

TEST(Blind10Quality, SetCoversElevenLanguagesWithVariantsAndControls) {
  CheckCoverage(kBlind10);
}
TEST(Blind10Quality, DefaultRules) {
  CheckRun(kBlind10, /*candidates=*/false);
}
TEST(Blind10Quality, CandidateTermsEnabled) {
  CheckRun(kBlind10, /*candidates=*/true);
}

TEST(Blind11Quality, SetCoversElevenLanguagesWithVariantsAndControls) {
  CheckCoverage(kBlind11);
}
TEST(Blind11Quality, DefaultRules) {
  CheckRun(kBlind11, /*candidates=*/false);
}
TEST(Blind11Quality, CandidateTermsEnabled) {
  CheckRun(kBlind11, /*candidates=*/true);
}

TEST(Blind12Quality, SetCoversElevenLanguagesWithVariantsAndControls) {
  CheckCoverage(kBlind12);
}
TEST(Blind12Quality, DefaultRules) {
  CheckRun(kBlind12, /*candidates=*/false);
}
TEST(Blind12Quality, CandidateTermsEnabled) {
  CheckRun(kBlind12, /*candidates=*/true);
}

TEST(Blind13Quality, SetCoversElevenLanguagesWithVariantsAndControls) {
  CheckCoverage(kBlind13);
}
TEST(Blind13Quality, DefaultRules) {
  CheckRun(kBlind13, /*candidates=*/false);
}
TEST(Blind13Quality, CandidateTermsEnabled) {
  CheckRun(kBlind13, /*candidates=*/true);
}

TEST(Blind14Quality, SetCoversElevenLanguagesWithVariantsAndControls) {
  CheckCoverage(kBlind14);
}
TEST(Blind14Quality, DefaultRules) {
  CheckRun(kBlind14, /*candidates=*/false);
}
TEST(Blind14Quality, CandidateTermsEnabled) {
  CheckRun(kBlind14, /*candidates=*/true);
}

TEST(Blind15Quality, SetCoversElevenLanguagesWithVariantsAndControls) {
  CheckCoverage(kBlind15);
}
TEST(Blind15Quality, DefaultRules) {
  CheckRun(kBlind15, /*candidates=*/false);
}
TEST(Blind15Quality, CandidateTermsEnabled) {
  CheckRun(kBlind15, /*candidates=*/true);
}

TEST(Blind16Quality, SetCoversElevenLanguagesWithVariantsAndControls) {
  CheckCoverage(kBlind16);
}
TEST(Blind16Quality, DefaultRules) {
  CheckRun(kBlind16, /*candidates=*/false);
}
TEST(Blind16Quality, CandidateTermsEnabled) {
  CheckRun(kBlind16, /*candidates=*/true);
}

TEST(Blind17Quality, SetCoversElevenLanguagesWithVariantsAndControls) {
  CheckCoverage(kBlind17);
}
TEST(Blind17Quality, DefaultRules) {
  CheckRun(kBlind17, /*candidates=*/false);
}
TEST(Blind17Quality, CandidateTermsEnabled) {
  CheckRun(kBlind17, /*candidates=*/true);
}

TEST(Blind18Quality, SetCoversElevenLanguagesWithVariantsAndControls) {
  CheckCoverage(kBlind18);
}
TEST(Blind18Quality, DefaultRules) {
  CheckRun(kBlind18, /*candidates=*/false);
}
TEST(Blind18Quality, CandidateTermsEnabled) {
  CheckRun(kBlind18, /*candidates=*/true);
}

TEST(Blind19Quality, SetCoversElevenLanguagesWithVariantsAndControls) {
  CheckCoverage(kBlind19);
}
TEST(Blind19Quality, DefaultRules) {
  CheckRun(kBlind19, /*candidates=*/false);
}
TEST(Blind19Quality, CandidateTermsEnabled) {
  CheckRun(kBlind19, /*candidates=*/true);
}

TEST(Blind20Quality, SetCoversElevenLanguagesWithVariantsAndControls) {
  CheckCoverage(kBlind20);
}
TEST(Blind20Quality, DefaultRules) {
  CheckRun(kBlind20, /*candidates=*/false);
}
TEST(Blind20Quality, CandidateTermsEnabled) {
  CheckRun(kBlind20, /*candidates=*/true);
}

TEST(Blind21Quality, SetCoversElevenLanguagesWithVariantsAndControls) {
  CheckCoverage(kBlind21);
}
TEST(Blind21Quality, DefaultRules) {
  CheckRun(kBlind21, /*candidates=*/false);
}
TEST(Blind21Quality, CandidateTermsEnabled) {
  CheckRun(kBlind21, /*candidates=*/true);
}

TEST(Blind22Quality, SetCoversElevenLanguagesWithVariantsAndControls) {
  CheckCoverage(kBlind22);
}
TEST(Blind22Quality, DefaultRules) {
  CheckRun(kBlind22, /*candidates=*/false);
}
TEST(Blind22Quality, CandidateTermsEnabled) {
  CheckRun(kBlind22, /*candidates=*/true);
}

TEST(Blind23Quality, SetCoversElevenLanguagesWithVariantsAndControls) {
  CheckCoverage(kBlind23);
}
TEST(Blind23Quality, DefaultRules) {
  CheckRun(kBlind23, /*candidates=*/false);
}
TEST(Blind23Quality, CandidateTermsEnabled) {
  CheckRun(kBlind23, /*candidates=*/true);
}

TEST(Blind24Quality, SetCoversElevenLanguagesWithVariantsAndControls) {
  CheckCoverage(kBlind24);
}
TEST(Blind24Quality, DefaultRules) {
  CheckRun(kBlind24, /*candidates=*/false);
}
TEST(Blind24Quality, CandidateTermsEnabled) {
  CheckRun(kBlind24, /*candidates=*/true);
}

TEST(Blind25Quality, SetCoversElevenLanguagesWithVariantsAndControls) {
  CheckCoverage(kBlind25);
}
TEST(Blind25Quality, DefaultRules) {
  CheckRun(kBlind25, /*candidates=*/false);
}
TEST(Blind25Quality, CandidateTermsEnabled) {
  CheckRun(kBlind25, /*candidates=*/true);
}

TEST(Blind26Quality, SetCoversElevenLanguagesWithVariantsAndControls) {
  CheckCoverage(kBlind26);
}
TEST(Blind26Quality, DefaultRules) {
  CheckRun(kBlind26, /*candidates=*/false);
}
TEST(Blind26Quality, CandidateTermsEnabled) {
  CheckRun(kBlind26, /*candidates=*/true);
}

TEST(Blind27Quality, SetCoversElevenLanguagesWithVariantsAndControls) {
  CheckCoverage(kBlind27);
}
TEST(Blind27Quality, DefaultRules) {
  CheckRun(kBlind27, /*candidates=*/false);
}
TEST(Blind27Quality, CandidateTermsEnabled) {
  CheckRun(kBlind27, /*candidates=*/true);
}

TEST(Blind28Quality, SetCoversElevenLanguagesWithVariantsAndControls) {
  CheckCoverage(kBlind28);
}
TEST(Blind28Quality, DefaultRules) {
  CheckRun(kBlind28, /*candidates=*/false);
}
TEST(Blind28Quality, CandidateTermsEnabled) {
  CheckRun(kBlind28, /*candidates=*/true);
}

TEST(Blind29Quality, SetCoversElevenLanguagesWithVariantsAndControls) {
  CheckCoverage(kBlind29);
}
TEST(Blind29Quality, DefaultRules) {
  CheckRun(kBlind29, /*candidates=*/false);
}
TEST(Blind29Quality, CandidateTermsEnabled) {
  CheckRun(kBlind29, /*candidates=*/true);
}

TEST(Blind30Quality, SetCoversElevenLanguagesWithVariantsAndControls) {
  CheckCoverage(kBlind30);
}
TEST(Blind30Quality, DefaultRules) {
  CheckRun(kBlind30, /*candidates=*/false);
}
TEST(Blind30Quality, CandidateTermsEnabled) {
  CheckRun(kBlind30, /*candidates=*/true);
}

}  // namespace
}  // namespace ariadne::flag
