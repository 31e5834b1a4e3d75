// Text flagging throughput: synthetic ads (~500 bytes, several languages) generated in memory and
// flagged in-process, one thread per core. Prints ads/s per core and peak RSS.
//   build/release/bench/flag_bench [--ads N] [--threads T] [--rules DIR] [--candidates]
//       [--ads-file FILE.jsonl] [--pattern-cost N | --gate-cost | --merge-cost]
// Goal: ≥ 50,000 ads/s per core.
// Measured 2026-11-30 (shared 2-core machine, load 8-11, so CPU seconds: /usr/bin/time user+sys of
// --ads 100000 minus a --ads 1 run for start-up): default rules 43,000-50,000 ads/s per core before
// and after the computed checks (they run only with candidates); --candidates 14,200 ads/s before,
// 10,800 after (the marker lists of rules/data/markers.toml are scanned in every ad; the phone
// pattern, character classes only, is about a fifth of the scan).
// 2026-11-30 (flag7, load 4.8-6.5, same method, main at f2c32c7 run alternately, two runs each):
// default rules about 50,000 ads/s per core for both (the country names of the wage table are
// phrases of the one scan; the pay reader runs only where a named country or the region has a
// figure); --candidates 11,800 (main) and 10,200 (about 300 more candidate terms, many with word
// windows). Start-up with --candidates 0.31 s (main) and 0.45 s of CPU.
// 2026-11-30 (flag8, load 5.5-9.5, same method, main at 97d4b50 run alternately): default rules
// 98,700 instructions per ad (callgrind, 10,000 ads minus 1; main 100,000), about 54,000 ads/s
// per core by CPU time at load 7 (main's binary gave 43,500-47,800 beside it at load 8-9, both
// inflated); start-up 0.37-0.41 s (main 0.29). --candidates about 7,900 ads/s per core (main
// 9,350): eleven checks whose marker lists keep every hit; before the start of a bounded regex's
// match was looked for within its longest match only (Term::max_width, "\s+" read as "\s"),
// 4,100.
// 2026-11-30 (flag9, load 8-11, main at 1a83a30 measured beside it): default rules 95,000
// instructions per ad (callgrind, 20,000 ads minus 10,000 with a warm database cache; main 97,500):
// the new terms, checks and the `unless` list are candidates, so the default scan changes only by
// the wage table's new names (Myanmar, Laos, Turkish and Greek spellings) and a few currency words
// (the dropped condom-only S-SCREEN terms were candidates too). By the same ratio about 54,000
// ads/s per core against main's 52,700. Start-up about 0.46 G instructions more (some 300 more
// candidate terms are loaded and checked).
// 2026-11-30 (flag11, load 9-13, main at 97f5f07 beside it): default rules 203,900 instructions per
// ad for both (callgrind, --ads 15000 minus --ads 5000, one thread: main 203,883, flag11 203,929;
// the new pairs and terms are candidates); by CPU time (perf task-clock, --ads 50000 minus 1) main
// 34,800 and flag11 32,500 ads/s per core at load 9, both inflated by the load; the per-ad count
// has doubled since flag8's 98,700, before this round.
// 2026-11-30 (the lead, after the merge of session 21): the matching text's fold appended each
// character with two vector fill inserts, the largest single cost; ASCII runs folded at once and
// push_back for the rest: 131,600 instructions per ad (callgrind, --ads 6000 minus --ads 1000, one
// thread). What is left per ad: the selector folding (NormalizeInto, ~53,000: its word scan on
// Cyrillic words), the matching fold (~46,000), building the flags (~16,000), the scan (~7,700).
// 2026-11-30 (flag12, load 13-19, main at 60a4893 run alternately, two runs each, /usr/bin/time
// user+sys of --ads 200000 minus --ads 1): main 2.69-2.75 s, flag12 2.69-2.77 s of CPU (ad
// generation included): the default scan is unchanged (every new term and pair is a candidate).
// The flagging loop alone, by process CPU time (printed since this round): 76,000-80,000 ads per
// CPU second with default rules; with --candidates, 50,000 ads: main 10.2 s, flag12 10.3 s.
// 2026-12-01 (flag15, load 10-25, the same binary with main's rules at 33357c0 and flag15's, in
// turns, the flagging loop's CPU time): default rules, 200,000 ads: 4.10 and 2.99 s (main), 2.95
// and 2.96 s (flag15), about 67,000 ads per CPU second for both (every new form is a candidate);
// --candidates, 20,000 ads: 3.68 and 5.74 s (main), 3.86 and 3.91 s (flag15; 10 new marker lists
// and about 130 candidate terms).
// 2026-12-02 (flag29, a loaded machine: other helpers' builds and callgrind runs; main's flag_bench
// binary with main's rules at 133866e and flag29's, in turns, the flagging loop's CPU time):
// --candidates, 20,000 ads: main 7.48, 7.65, 7.53 s; flag29 5.82, 7.96, 7.58 s (about 2,650 ads
// per CPU second for both under this load; 10 new marker lists and 11 candidate terms); default
// rules, 100,000 ads: main 1.22, 1.44, 1.39 s; flag29 1.48, 1.76, 1.40 s (the last turn, the
// quietest, equal: 71,500-71,900 ads per CPU second). Callgrind was tried and abandoned: under
// this load one --candidates run of 200 ads had not finished after three CPU minutes.
// 2026-12-02 (flag30, load 13-18, main's flag_bench with main's rules at 133866e and flag30's
// with its own, in turns, the flagging loop's CPU time): --candidates, 10,000 ads: main 3.48, 4.06,
// 3.65 s; flag30 3.53, 3.63, 3.19 s (19 new marker lists, about 60 candidate terms, two check
// readings): no difference above the noise. Default rules, 100,000 ads: main 1.59 and 1.34 s,
// flag30 1.22 and 1.31 s (every addition is a candidate).
// 2026-12-02 (flagspeed, load 5-16, main's binary at afec63f and flagspeed's in turns, the flagging
// loop's CPU time): --candidates, 8,000 ads: main 4,400 and 3,800, flagspeed 4,700 and 5,100 ads
// per CPU second (MarkerHits::Of looked every list up by comparing names, dozens of times per
// ad; now an index built once); default rules, 50,000 ads: 82,000 and 61,000 (main), 77,000 and
// 71,000 (flagspeed): unchanged within the noise. Peak RSS one thread, --candidates: 242 MB both.
// Where the rest goes with --candidates (perf, 10,000 ads): Assess is ~47% of the process (start-
// up, which loads ~5,400 cached start databases of 213 MB, the rest); within Assess ~40% is
// StartOf (a start-of-match scan per regex hit, with the alignment retries) and most of the
// remainder the one combined scan of ~6,900 patterns (the marker lists' regexes, many every-hit).
// 2026-12-03 (flagspeed3, load 9-10, the flagging loop's CPU time, --ads 8000 --candidates, three
// binaries in turns: main at 0a0006f, start databases loaded at first use, starts found only when
// read): 2,529-3,318 (main), 2,419-3,652, 3,214-3,864 ads per CPU second, the differences barely
// above the noise; peak RSS 247-250 -> 82-88 MB; start-up (--ads 1 --candidates, /usr/bin/time
// user+sys) 0.55 -> 0.29 s. Default rules unchanged (61,000-70,000, all three). Where the rest
// goes (perf, 6,000 ads): 65% in Vectorscan, StartOf 14%. With the binary cut by hand (not
// committed): without the marker lists' patterns (3,137) 5,600-6,000 ads per CPU second, without
// the every-hit lists' only (2,632) 5,100-5,200; with the marker lists cut, also without the
// indicators' 2,843 candidate regexes 34,000 (6,800 with them), without only the J- packs'
// candidate regexes 32,500, only the S- packs' 8,500: the labour packs' candidate regexes are most
// of the scan, spread over the indicators (leaving out one of J-ACCOM, J-LATER, J-TRANS gives
// 9,300-10,500, others less).
// 2026-12-03 (somfix, load 7-15, main's flag_bench at 75bdd02 and somfix's in turns, --ads 8000
// --threads 1 --candidates, the loop's CPU time): regex starts by PCRE2 (JIT) instead of
// Vectorscan start-of-match databases: main 3,651, 3,889, 3,026, 3,090, 3,077 and somfix 4,510,
// 4,798, 3,079, 2,326, 3,555 ads per CPU second (the first two pairs at load 7-9 +20%, the rest
// within the noise); default rules --ads 50000 71,100 and 73,500. `ariadne flag --jsonl
// --candidates` over blind10-18 (2,213 ads): peak RSS 195 -> 114 MB, CPU 1.2-1.6 s both; one ad:
// 0.24-0.34 s and 113-121 MB both. Where the time goes now (perf, cpu-clock, 6,000 ads): 55% of
// the process in hs_scan, ~6.5% in the PCRE2 start searches (JIT code 4.9%, libpcre2 1.7%; the
// start scans were 14%), LeftmostFixedStart 1.3%, NormalizeInto 0.9%. --pattern-cost N (with
// --ads-file, e.g. the dev sets) lists the regexes that cost most when scanned alone: over the
// dev sets blind10-18 (1.00 MB of match text) 6,308 regexes, median 0.25 ms/MB, p99 0.67, the
// costliest 1.2-1.7 (a letter class, \d or "(?:^|\s)" plus a one-letter word first: no literal to
// look for); the 25 costliest replaced by a never-matching literal in a copy of the rules gave
// 3,914-5,036 ads per CPU second against 3,685-4,465 on those ads in turns (--ads-file, load
// 12-14), 5,336-6,076 against 4,675-6,093 on the generated ads: about a tenth, so the cost is
// spread over the thousands of candidate regexes, not in a few.
// 2026-12-03 (flagspeed4, load 4-14, main's flag_bench at 65a4edb beside each experiment, the
// loop's CPU time; none of the three experiments below was kept, their patches are in the
// report): where the time goes with --candidates (perf, 8,000 ads): Assess 45% of the process,
// hs_scan 41%, so ~90% of an ad is the Vectorscan scan; start-up the rest. RequiredLiterals (the
// literals every match of a regex holds, now a --pattern-cost column) finds one of 3 bytes or more
// in 5,996 of the 6,446 candidate and marker regexes. (1) A literal prefilter: the regexes with
// such literals in 126 databases of 48 (sorted by literal), each scanned only when a prefilter
// database of their 94,534 literals found one: 73.6 of 126 groups scanned per generated ad; over
// 4,000 ads the prefilter 0.27 s, the always-scanned database (phrases, wage names, the 450
// regexes without a literal) 0.26 s, the groups 1.83 s (6.2 us per group scan: a group costs
// about the sum of its regexes scanned alone, where the one database shares ~10x): 1,261-1,609
// against main's 4,133-4,509 ads per CPU second, and 2x slower on blind18's ads. (2) Gated by
// script: patterns whose literals all hold one lead byte (0xD0 Cyrillic: 1,731; 0xC3: 85)
// scanned only in an ad holding it: blind10-18 and heldout 3,400-3,913 against 3,547-4,212
// (main), generated ads unchanged (79% of them hold Cyrillic). (3) Two databases, both always
// scanned (regexes with literals; everything else): alone over 2,000 generated ads 45.1 + 9.4 +
// 0.8 us against 74.8 us for one database of the same patterns, but in the flagger (marker lists
// with single matches) 3,671-5,268 against 4,554-5,702: no gain. (2) also changes a flag's
// language on 1-5 ads per development set with candidates (J-ACCOM bg -> ru, S-NOREFUSE bg -> en):
// which of two terms ending at the same byte comes first is Vectorscan's order within one
// database, which matches merged from several databases cannot reproduce (sorting them by pattern
// too changes more). Any split of the database needs a flag language that does not depend on
// that order first.
// 2026-12-03 (flagspeed5, load 9-12; each part's thread CPU time per ad, so the figures compare
// within a run, not across runs). A flag's `lang` is now its earliest-starting match's (ties: the
// term first in the pack), which no scan order changes. --gate-cost measures gating per REGEX: the
// 6,012 candidate and marker regexes with required literals (3 bytes or more; 100,431 literals)
// each compiled alone, one literal-only database (hs_compile_lit_multi) of all their literals, and
// one always-scanned database of the other 833 patterns (phrases, wage names, regexes without a
// literal); per ad the literal scan says which regexes may match and each of those is scanned
// alone over the ad. Generated ads (2,000): one database 151 us an ad; gated 42 (always) + 43
// (literals) + 197 (176 regexes gated in, 66 of which match) = 281 us. blind18 (224 ads): 115
// against 35 + 43 + 137 (99 gated in, 34 match) = 215; a second run 145 against 43 + 53 + 171.
// So no: the literal scan alone costs twice the 20 us an ad the goal allows, and a hundred or
// more regexes per ad have their literals present (a third to a half of them match), each costing
// ~1.4 us alone, where the one database shares the work. A PCRE2 confirmation in a window cannot
// reproduce Vectorscan's reports (every end of every match) without a search per possible end.
// --merge-cost: each indicator's and marker list's regexes with the same flags as one alternation
// (6,845 patterns -> 358): 108.5 -> 99.0 us an ad (generated), 106.5 -> 103.5 (blind18): the
// scan's cost is in what the regexes are, not in how many ids they have. The gate's own check
// found RequiredLiterals wrong on "\x27" (one character skipped: "all\x27arrivo" gave
// "7arrivo"; fixed). Main's binary and flagspeed5's in turns, --ads 8000 --candidates: 3,412 and
// 3,710 (main), 3,166 and 3,684 ads per CPU second (load 10): the lang change costs nothing seen.
// perf over a whole --candidates run (8,000 ads): Vectorscan 50%, the flagger's own code 19%,
// libc 10%, PCRE2 start searches 12% (JIT 9.4%): even a free scan leaves ~100 us an ad.
// The check of every (pattern, end) report found 8 matches over blind18 that the one database
// reports and the regex compiled alone does not: "@(?:gmail|...|proton|...)\." on "...@proton.me."
// three bytes before the end of the ad. Vectorscan 5.4.9 (this host's AVX-512 build) misses that
// match of the regex alone at 43 of 64 memory alignments of the same text, at 11 with 16 bytes
// after it, at none with 64: a match near the end of the block is lost by alignment. Any split
// of the database (or a literal-only gate) meets it; whether the one database misses other
// matches near an ad's end the same way is not known (the text cannot simply be padded: "$").
// What 50,000 needs: 20 us an ad in all. The default rules' database (55 patterns) scans blind18's
// ads in 1.3 us an ad (--merge-cost without --candidates), so the default path's ~17 us is the
// normalising, folding and flag building; with candidates the 6,845 patterns' scan alone is
// 100-150 us, the rest (starts, checks) about 0.7 times that. No arrangement of Vectorscan
// databases measured so far (per regex, per 48, by script, two, merged per indicator) comes within
// 10x: the candidate terms would need a matcher of another kind (words hashed once per ad, terms as
// word sequences with bounded gaps and stems) or far fewer, broader regexes.
// 2026-12-06 (flagspeed, load 8-17, main's binary at 0d0689b and flagspeed's in turns, the loop's
// CPU time): --candidates, 5,000 ads: 2,020-3,611 (main) and 2,309-4,221 ads per CPU second, the
// loop's changes (marker lists found by the address of their name, Followed's second list looked up
// once) within the noise; the loop is 63% hs_scan. The one database (~7,200 patterns) is 52 MB and
// costs 110-180 us a 500-byte ad scanned alone, ~0.2 us a byte, almost nothing fixed; huge pages
// change nothing, byte mode for every regex (an upper bound) 19% less. Start-up of `ariadne flag
// --candidates`: 0.84-1.05 -> 0.31-0.36 s of CPU (the cached database mapped, not read through a
// growing stringstream; fixed strings read at a regex's first start).
#include <hs/hs.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <iterator>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "flag/flag.h"
#include "flag/match_text.h"
#include "flag/patterns.h"
#include "normalize/normalize.h"

namespace {

using ariadne::flag::Flagger;

// Sentences in the languages of the packs: ordinary wording and indicator wording mixed, so the
// benchmark pays for matches as well as for misses.
const char* const kSentences[] = {
    "Looking for reliable staff for a warehouse in Rotterdam, day and night shifts. ",
    "No experience needed, free accommodation, transport from the airport. ",
    "Processing fee of 200 EUR before departure, contract on arrival. ",
    "Contact only via WhatsApp 07700 900123, start tomorrow. ",
    "Căutăm muncitori pentru ferme în Italia, cazare gratuită și salariu bun. ",
    "Praca od zaraz, bez znajomości języka, mieszkanie i transport zapewnione. ",
    "Работа в чужбина, не се изисква професионална подготовка, високо заплащане. ",
    "Работа за границей, без опыта, оплата в конце сезона. ",
    "Robota za kordonom, безкоштовне житло, зарплата щотижня. ",
    "Cerco con urgenza camerieri da domani, vitto e alloggio. ",
    "Se necesita personal para hostelería, alojamiento incluido. ",
    "Sweet and discreet, 100% real pics, in- and outcall, text 07700 900456. ",
    "New in town this week only, screening and references required. ",
    "Neu in der Stadt, diskret und sauber, nur mit Termin. ",
    "Nouvelle en ville, discrétion assurée, appelez-moi. ",
};

std::vector<std::string> MakeAds(size_t count) {
  std::mt19937 rng(42);
  std::uniform_int_distribution<size_t> pick(0, std::size(kSentences) - 1);
  std::vector<std::string> ads(count);
  for (std::string& ad : ads) {
    while (ad.size() < 500) ad += kSentences[pick(rng)];
  }
  return ads;
}

long PeakRssMb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024;
}

// User and system CPU seconds of this process so far (all threads).
double ProcessCpuSeconds() {
  struct rusage usage {};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec +
         (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double ThreadCpuSeconds() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

// The "text" of each line of a JSON-lines file (lines without one are skipped).
std::vector<std::string> ReadTexts(const std::string& path) {
  std::vector<std::string> texts;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    const nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (j.is_object() && j.contains("text") && j["text"].is_string()) texts.push_back(j["text"]);
  }
  return texts;
}

// The ads as the flagger scans them: normalised, then folded for matching.
std::vector<std::string> MatchTexts(const std::vector<std::string>& ads) {
  std::vector<std::string> texts;
  texts.reserve(ads.size());
  for (const std::string& ad : ads) {
    ariadne::normalize::NormalizedText folded;
    ariadne::normalize::NormalizeInto(ad, {}, folded);
    ariadne::flag::MatchText match;
    ariadne::flag::FoldForMatching(folded.text, match);
    texts.push_back(std::move(match.text));
  }
  return texts;
}

// --pattern-cost: each regex of the rules (indicator terms, candidates with --candidates, and the
// marker lists) compiled alone by Vectorscan and scanned over the ads' match text (folded as the
// flagger folds it), its thread CPU time per MB. A regex alone is not its share of the combined
// scan (literals shared with others cost less there), but the regexes without a literal Vectorscan
// can look for first (a class or \S* at either end, wide alternations of short words) stand out.
int PatternCost(const ariadne::flag::RuleSet& rules, bool candidates,
                const std::vector<std::string>& ads, size_t shown) {
  using ariadne::flag::TermPattern;
  const std::vector<std::string> texts = MatchTexts(ads);
  size_t bytes = 0;
  for (const std::string& text : texts) bytes += text.size();
  struct Cost {
    std::string owner;
    std::string regex;
    double seconds_per_mb = 0;
    size_t matches = 0;
    std::string literals;  // what every match holds one of (RequiredLiterals), or "-"
  };
  size_t with_literals = 0;
  std::vector<Cost> costs;
  double total = 0;
  const auto measure = [&](const ariadne::flag::Term& term, const std::string& owner) {
    if (term.regex.empty() || (term.candidate && !candidates)) return;
    const TermPattern pattern = ariadne::flag::BuildPattern(term);
    hs_database_t* db = nullptr;
    hs_compile_error_t* error = nullptr;
    if (hs_compile(pattern.expression.c_str(), pattern.flags, HS_MODE_BLOCK, nullptr, &db,
                   &error) != HS_SUCCESS) {
      hs_free_compile_error(error);
      return;
    }
    hs_scratch_t* scratch = nullptr;
    if (hs_alloc_scratch(db, &scratch) != HS_SUCCESS) {
      hs_free_database(db);
      return;
    }
    size_t matches = 0;
    const auto on_match = [](unsigned, unsigned long long, unsigned long long, unsigned,
                             void* context) {
      ++*static_cast<size_t*>(context);
      return 0;
    };
    // The least of three passes: another process's turn on the core inflates one pass only.
    double seconds = 0;
    for (int pass = 0; pass < 3; ++pass) {
      matches = 0;
      const double start = ThreadCpuSeconds();
      for (const std::string& text : texts) {
        hs_scan(db, text.data(), static_cast<unsigned>(text.size()), 0, scratch, on_match,
                &matches);
      }
      const double took = ThreadCpuSeconds() - start;
      seconds = pass == 0 ? took : std::min(seconds, took);
    }
    total += seconds;
    // The literals Vectorscan can look for first: a regex without any is scanned for everywhere.
    std::string literals = "-";
    if (const auto required = ariadne::flag::RequiredLiterals(pattern.expression, 3)) {
      ++with_literals;
      literals.clear();
      for (size_t k = 0; k < required->size() && k < 4; ++k) {
        literals += (k == 0 ? "" : "|") + (*required)[k];
      }
      if (required->size() > 4) literals += "|...";
    }
    costs.push_back({owner, term.regex, seconds / (static_cast<double>(bytes) / 1e6), matches,
                     std::move(literals)});
    hs_free_scratch(scratch);
    hs_free_database(db);
  };
  for (const auto& indicator : rules.indicators) {
    for (const auto& term : indicator.terms) measure(term, indicator.id + " " + term.lang);
  }
  for (const auto& list : rules.markers) {
    for (const auto& term : list.terms) measure(term, "marker " + list.name + " " + term.lang);
  }
  std::sort(costs.begin(), costs.end(),
            [](const Cost& a, const Cost& b) { return a.seconds_per_mb > b.seconds_per_mb; });
  std::printf("%zu regexes alone over %zu ads (%.2f MB of match text): %.3f s of CPU in all\n",
              costs.size(), texts.size(), static_cast<double>(bytes) / 1e6, total);
  std::printf("%zu of them hold a literal of 3 bytes or more in every match (RequiredLiterals)\n",
              with_literals);
  std::printf("ms/MB\tmatches\twhere\tregex\trequired literals\n");
  for (size_t i = 0; i < costs.size() && i < shown; ++i) {
    std::printf("%.2f\t%zu\t%s\t%s\t%s\n", costs[i].seconds_per_mb * 1e3, costs[i].matches,
                costs[i].owner.c_str(), costs[i].regex.c_str(), costs[i].literals.c_str());
  }
  return 0;
}

// --gate-cost: the measurement behind a per-regex literal gate (flagspeed5). Every regex with
// required literals (RequiredLiterals, 3 bytes or more) is compiled alone; one literal-only
// database holds all their literals. Per ad: the literal scan says which regexes may match, each of
// those is scanned alone, and one database of the rest (phrases, regexes without a literal) is
// scanned always. Prints the CPU time of each part per ad against one database of everything.
int GateCost(const ariadne::flag::RuleSet& rules, bool candidates,
             const std::vector<std::string>& ads) {
  using ariadne::flag::TermPattern;
  const std::vector<std::string> texts = MatchTexts(ads);
  std::vector<TermPattern> all;
  for (const auto& indicator : rules.indicators) {
    for (const auto& term : indicator.terms) {
      if (!term.candidate || candidates) all.push_back(ariadne::flag::BuildPattern(term));
    }
  }
  for (const auto& list : rules.markers) {
    for (const auto& term : list.terms) {
      if (candidates) all.push_back(ariadne::flag::BuildPattern(term));
    }
  }
  struct Gated {
    hs_database_t* db = nullptr;
    hs_scratch_t* scratch = nullptr;
    const TermPattern* pattern = nullptr;
  };
  std::vector<Gated> gated;
  std::vector<std::string> literals;
  std::vector<unsigned> literal_owner;  // per literal: its regex in `gated`
  std::vector<const TermPattern*> always;
  for (const TermPattern& p : all) {
    std::optional<std::vector<std::string>> required;
    if (p.literal_bytes == 0) required = ariadne::flag::RequiredLiterals(p.expression, 3);
    Gated g;
    hs_compile_error_t* error = nullptr;
    if (!required || hs_compile(p.expression.c_str(), p.flags, HS_MODE_BLOCK, nullptr, &g.db,
                                &error) != HS_SUCCESS) {
      if (error != nullptr) hs_free_compile_error(error);
      always.push_back(&p);
      continue;
    }
    hs_alloc_scratch(g.db, &g.scratch);
    g.pattern = &p;
    for (const std::string& literal : *required) {
      literals.push_back(literal);
      literal_owner.push_back(static_cast<unsigned>(gated.size()));
    }
    gated.push_back(g);
  }
  const auto compile = [](const std::vector<const TermPattern*>& patterns) {
    std::vector<const char*> expressions;
    std::vector<unsigned> flags;
    std::vector<unsigned> ids;
    for (const TermPattern* p : patterns) {
      expressions.push_back(p->expression.c_str());
      flags.push_back(p->flags);
      ids.push_back(static_cast<unsigned>(ids.size()));
    }
    hs_database_t* db = nullptr;
    hs_compile_error_t* error = nullptr;
    if (hs_compile_multi(expressions.data(), flags.data(), ids.data(),
                         static_cast<unsigned>(patterns.size()), HS_MODE_BLOCK, nullptr, &db,
                         &error) != HS_SUCCESS) {
      std::fprintf(stderr, "flag_bench: %s\n", error->message);
      std::exit(70);
    }
    return db;
  };
  std::vector<const TermPattern*> every;
  for (const TermPattern& p : all) every.push_back(&p);
  hs_database_t* whole = compile(every);
  hs_database_t* rest = compile(always);
  std::vector<const char*> literal_text;
  std::vector<size_t> literal_lengths;
  std::vector<unsigned> literal_flags(literals.size(), HS_FLAG_SINGLEMATCH);
  std::vector<unsigned> literal_ids;
  for (size_t i = 0; i < literals.size(); ++i) {
    literal_text.push_back(literals[i].data());
    literal_lengths.push_back(literals[i].size());
    literal_ids.push_back(static_cast<unsigned>(i));
  }
  hs_database_t* literal_db = nullptr;
  hs_compile_error_t* error = nullptr;
  if (hs_compile_lit_multi(literal_text.data(), literal_flags.data(), literal_ids.data(),
                           literal_lengths.data(), static_cast<unsigned>(literals.size()),
                           HS_MODE_BLOCK, nullptr, &literal_db, &error) != HS_SUCCESS) {
    std::fprintf(stderr, "flag_bench: literals: %s\n", error->message);
    return 70;
  }
  hs_scratch_t* scratch = nullptr;
  hs_alloc_scratch(whole, &scratch);
  hs_alloc_scratch(rest, &scratch);
  hs_alloc_scratch(literal_db, &scratch);
  size_t count = 0;
  const auto on_match = [](unsigned, unsigned long long, unsigned long long, unsigned,
                           void* context) {
    ++*static_cast<size_t*>(context);
    return 0;
  };
  struct Hits {
    std::vector<unsigned> hit;
  } hits;
  const auto on_literal = [](unsigned id, unsigned long long, unsigned long long, unsigned,
                             void* context) {
    static_cast<Hits*>(context)->hit.push_back(id);
    return 0;
  };
  double t_whole = 0, t_rest = 0, t_literal = 0, t_gated = 0;
  size_t active = 0, matched_regexes = 0, whole_matches = 0, split_matches = 0;
  size_t literal_misses = 0;
  std::vector<uint8_t> on(gated.size());
  for (const std::string& text : texts) {
    const auto size = static_cast<unsigned>(text.size());
    double t0 = ThreadCpuSeconds();
    count = 0;
    hs_scan(whole, text.data(), size, 0, scratch, on_match, &count);
    double t1 = ThreadCpuSeconds();
    t_whole += t1 - t0;
    whole_matches += count;
    count = 0;
    hs_scan(rest, text.data(), size, 0, scratch, on_match, &count);
    double t2 = ThreadCpuSeconds();
    t_rest += t2 - t1;
    hits.hit.clear();
    hs_scan(literal_db, text.data(), size, 0, scratch, on_literal, &hits);
    std::fill(on.begin(), on.end(), 0);
    std::vector<unsigned> todo;
    for (unsigned id : hits.hit) {
      const unsigned g = literal_owner[id];
      if (!on[g]) todo.push_back(g);
      on[g] = 1;
    }
    double t3 = ThreadCpuSeconds();
    t_literal += t3 - t2;
    active += todo.size();
    for (unsigned g : todo) {
      const size_t before = count;
      hs_scan(gated[g].db, text.data(), size, 0, gated[g].scratch, on_match, &count);
      matched_regexes += count > before ? 1 : 0;
    }
    t_gated += ThreadCpuSeconds() - t3;
    split_matches += count;
  }
  for (const std::string& text : texts) {
    const auto size = static_cast<unsigned>(text.size());
    hits.hit.clear();
    hs_scan(literal_db, text.data(), size, 0, scratch, on_literal, &hits);
    std::fill(on.begin(), on.end(), 0);
    for (unsigned id : hits.hit) on[literal_owner[id]] = 1;
    // A regex that matches where none of its literals is: RequiredLiterals was wrong about it.
    for (size_t g = 0; g < gated.size(); ++g) {
      size_t found = 0;
      if (on[g] == 0 &&
          hs_scan(gated[g].db, text.data(), size, 0, gated[g].scratch, on_match, &found) ==
              HS_SUCCESS &&
          found > 0) {
        ++literal_misses;
        if (literal_misses <= 10) {
          std::printf("no literal of %s in an ad it matches\n",
                      gated[g].pattern->expression.c_str());
        }
      }
    }
  }
  // Which patterns report other ends alone than in the one database (a split must not change
  // what is reported): per ad, each pattern's (end) list from both.
  size_t differing = 0;
  {
    std::vector<size_t> index_of_gated;
    std::vector<size_t> index_of_always;
    for (size_t g = 0; g < gated.size(); ++g) {
      index_of_gated.push_back(static_cast<size_t>(gated[g].pattern - all.data()));
    }
    for (const TermPattern* p : always)
      index_of_always.push_back(static_cast<size_t>(p - all.data()));
    using Ends = std::vector<std::pair<unsigned, unsigned long long>>;
    const auto on_end = [](unsigned id, unsigned long long, unsigned long long to, unsigned,
                           void* context) {
      static_cast<Ends*>(context)->emplace_back(id, to);
      return 0;
    };
    for (const std::string& text : texts) {
      const auto size = static_cast<unsigned>(text.size());
      Ends one;
      hs_scan(whole, text.data(), size, 0, scratch, on_end, &one);
      Ends split;
      Ends part;
      hs_scan(rest, text.data(), size, 0, scratch, on_end, &part);
      for (const auto& [id, to] : part) split.emplace_back(index_of_always[id], to);
      for (size_t g = 0; g < gated.size(); ++g) {
        part.clear();
        hs_scan(gated[g].db, text.data(), size, 0, gated[g].scratch, on_end, &part);
        for (const auto& [id, to] : part) split.emplace_back(index_of_gated[g], to);
      }
      std::sort(one.begin(), one.end());
      std::sort(split.begin(), split.end());
      if (one == split) continue;
      Ends only;
      std::set_symmetric_difference(one.begin(), one.end(), split.begin(), split.end(),
                                    std::back_inserter(only));
      for (const auto& [id, to] : only) {
        if (++differing <= 10) {
          const std::pair<unsigned, unsigned long long> report{id, to};
          const bool gated_in =
              std::find(index_of_gated.begin(), index_of_gated.end(), id) != index_of_gated.end();
          std::printf(
              "%s (%s) reports end %llu %zu times in the one database, %zu times split: "
              "%s\n",
              all[id].expression.c_str(), gated_in ? "alone" : "in the rest", to,
              static_cast<size_t>(std::count(one.begin(), one.end(), report)),
              static_cast<size_t>(std::count(split.begin(), split.end(), report)),
              text.substr(to - std::min<unsigned long long>(to, 40), 40).c_str());
        }
      }
    }
  }
  const double n = static_cast<double>(texts.size());
  std::printf("%zu patterns: %zu regexes gated by %zu literals, %zu always scanned\n", all.size(),
              gated.size(), literals.size(), always.size());
  std::printf(
      "per ad: one database %.1f us (%.1f matches); always %.1f us + literals %.1f us + "
      "%.1f gated regexes scanned alone %.1f us (%.1f of them match; %.1f matches)\n",
      t_whole / n * 1e6, whole_matches / n, t_rest / n * 1e6, t_literal / n * 1e6, active / n,
      t_gated / n * 1e6, matched_regexes / n, split_matches / n);
  std::printf(
      "matches in all: %zu (one database), %zu (gated); %zu regex matches in an ad holding "
      "none of the regex's literals; %zu (pattern, end) reports differ between the one "
      "database and the split, each scanned over the whole ad\n",
      whole_matches, split_matches, literal_misses, differing);
  return 0;
}

// --merge-cost: one database of every pattern against one where each indicator's (and each marker
// list's) regexes with the same flags are one alternation: whether the scan's cost is in the
// number of patterns (reports, engines per pattern) or in what they match.
int MergeCost(const ariadne::flag::RuleSet& rules, bool candidates,
              const std::vector<std::string>& ads) {
  using ariadne::flag::TermPattern;
  const std::vector<std::string> texts = MatchTexts(ads);
  std::vector<std::pair<std::string, TermPattern>> all;  // owner, pattern
  for (const auto& indicator : rules.indicators) {
    for (const auto& term : indicator.terms) {
      if (!term.candidate || candidates) {
        all.emplace_back(indicator.id, ariadne::flag::BuildPattern(term));
      }
    }
  }
  for (const auto& list : rules.markers) {
    for (const auto& term : list.terms) {
      if (candidates) all.emplace_back("m:" + list.name, ariadne::flag::BuildPattern(term));
    }
  }
  std::vector<std::string> singles;
  std::vector<unsigned> single_flags;
  std::map<std::pair<std::string, unsigned>, std::string> groups;
  for (const auto& [owner, p] : all) {
    singles.push_back(p.expression);
    single_flags.push_back(p.flags);
    // Vectorscan refuses an expression much past 16,000 bytes: a long group goes on in the next.
    std::string key = owner + (p.literal_bytes > 0 ? "p" : "r");
    for (int part = 0; groups[{key, p.flags}].size() > 8000; ++part) key += "+";
    std::string& group = groups[{key, p.flags}];
    group += (group.empty() ? "(?:" : "|(?:") + p.expression + ")";
  }
  for (auto it = groups.begin(); it != groups.end();) {
    it = it->second.empty() ? groups.erase(it) : std::next(it);
  }
  std::vector<std::string> merged;
  std::vector<unsigned> merged_flags;
  for (const auto& [key, expression] : groups) {
    merged.push_back(expression);
    merged_flags.push_back(key.second);
  }
  const auto compile = [](const std::vector<std::string>& expressions,
                          const std::vector<unsigned>& flags) {
    std::vector<const char*> e;
    std::vector<unsigned> ids;
    for (const std::string& x : expressions) {
      e.push_back(x.c_str());
      ids.push_back(static_cast<unsigned>(ids.size()));
    }
    hs_database_t* db = nullptr;
    hs_compile_error_t* error = nullptr;
    if (hs_compile_multi(e.data(), flags.data(), ids.data(), static_cast<unsigned>(e.size()),
                         HS_MODE_BLOCK, nullptr, &db, &error) != HS_SUCCESS) {
      std::fprintf(stderr, "flag_bench: %s\n", error->message);
      std::exit(70);
    }
    return db;
  };
  hs_database_t* one = compile(singles, single_flags);
  hs_database_t* fewer = compile(merged, merged_flags);
  hs_scratch_t* scratch = nullptr;
  hs_alloc_scratch(one, &scratch);
  hs_alloc_scratch(fewer, &scratch);
  const auto on_match = [](unsigned, unsigned long long, unsigned long long, unsigned,
                           void* context) {
    ++*static_cast<size_t*>(context);
    return 0;
  };
  double t_one = 0, t_fewer = 0;
  size_t m_one = 0, m_fewer = 0;
  for (int pass = 0; pass < 2; ++pass) {
    for (const std::string& text : texts) {
      const auto size = static_cast<unsigned>(text.size());
      const double t0 = ThreadCpuSeconds();
      hs_scan(one, text.data(), size, 0, scratch, on_match, &m_one);
      const double t1 = ThreadCpuSeconds();
      hs_scan(fewer, text.data(), size, 0, scratch, on_match, &m_fewer);
      t_fewer += ThreadCpuSeconds() - t1;
      t_one += t1 - t0;
    }
  }
  const double n = 2.0 * static_cast<double>(texts.size());
  std::printf("%zu patterns: %.1f us per ad (%.1f matches); as %zu alternations: %.1f us (%.1f)\n",
              singles.size(), t_one / n * 1e6, m_one / n, merged.size(), t_fewer / n * 1e6,
              m_fewer / n);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  size_t ad_count = 200000;
  unsigned threads = 1;
  std::string rules_dir;
  bool candidates = false;
  size_t pattern_cost = 0;  // --pattern-cost N: the N costliest regexes alone (PatternCost)
  bool gate_cost = false;   // --gate-cost: a per-regex literal gate measured (GateCost)
  bool merge_cost = false;  // --merge-cost: regexes merged per indicator measured (MergeCost)
  std::string ads_file;     // --ads-file FILE.jsonl: these ads' texts instead of generated ones
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--ads") && i + 1 < argc)
      ad_count = std::strtoull(argv[++i], nullptr, 10);
    else if (!std::strcmp(argv[i], "--threads") && i + 1 < argc)
      threads = std::atoi(argv[++i]);
    else if (!std::strcmp(argv[i], "--rules") && i + 1 < argc)
      rules_dir = argv[++i];
    else if (!std::strcmp(argv[i], "--candidates"))
      candidates = true;
    else if (!std::strcmp(argv[i], "--pattern-cost") && i + 1 < argc)
      pattern_cost = std::strtoull(argv[++i], nullptr, 10);
    else if (!std::strcmp(argv[i], "--gate-cost"))
      gate_cost = true;
    else if (!std::strcmp(argv[i], "--merge-cost"))
      merge_cost = true;
    else if (!std::strcmp(argv[i], "--ads-file") && i + 1 < argc)
      ads_file = argv[++i];
  }
  auto dir = ariadne::flag::FindRulesDirectory(rules_dir);
  if (!dir.ok()) {
    std::fprintf(stderr, "flag_bench: %s\n", dir.status().message().c_str());
    return 74;
  }
  ariadne::flag::LoadReport report = ariadne::flag::LoadRules(*dir);
  if (!report.ok()) {
    std::fprintf(stderr, "flag_bench: %s\n", report.errors.front().ToString().c_str());
    return 65;
  }
  auto rules = std::make_shared<const ariadne::flag::RuleSet>(std::move(report.rules));
  if (pattern_cost > 0) {
    return PatternCost(*rules, candidates,
                       ads_file.empty() ? MakeAds(ad_count) : ReadTexts(ads_file), pattern_cost);
  }
  if (merge_cost) {
    return MergeCost(*rules, candidates,
                     ads_file.empty() ? MakeAds(ad_count) : ReadTexts(ads_file));
  }
  if (gate_cost) {
    return GateCost(*rules, candidates, ads_file.empty() ? MakeAds(ad_count) : ReadTexts(ads_file));
  }
  auto flagger = Flagger::Create(rules, {.candidates = candidates});
  if (!flagger.ok()) {
    std::fprintf(stderr, "flag_bench: %s\n", flagger.status().message().c_str());
    return 65;
  }
  const std::vector<std::string> ads = ads_file.empty() ? MakeAds(ad_count) : ReadTexts(ads_file);
  size_t bytes = 0;
  for (const auto& ad : ads) bytes += ad.size();
  std::vector<size_t> flags(threads, 0);
  const auto start = std::chrono::steady_clock::now();
  // Process CPU time too: on a shared machine the wall clock counts other processes' turns.
  const double cpu_start = ProcessCpuSeconds();
  std::vector<std::thread> workers;
  for (unsigned t = 0; t < threads; ++t) {
    workers.emplace_back([&, t] {
      for (size_t i = t; i < ads.size(); i += threads) {
        flags[t] += (*flagger)
                        ->Assess({.text = ads[i],
                                  .kind = ariadne::flag::AdKind::kAuto,
                                  .lang = "",
                                  .region = "",
                                  .phones = {}})
                        .flags.size();
      }
    });
  }
  for (auto& w : workers) w.join();
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const double cpu_seconds = ProcessCpuSeconds() - cpu_start;
  size_t total_flags = 0;
  for (size_t f : flags) total_flags += f;
  std::printf("rules: %s (%zu patterns%s)\n", dir->c_str(), (*flagger)->pattern_count(),
              candidates ? ", with candidates" : "");
  std::printf("ads: %zu (%.1f MB, %.0f bytes each), flags: %.2f per ad\n", ads.size(), bytes / 1e6,
              static_cast<double>(bytes) / ads.size(),
              static_cast<double>(total_flags) / ads.size());
  std::printf("threads: %u, %.2f s, %.0f ads/s per core (goal >= 50000), %.1f MB/s per core\n",
              threads, seconds, ads.size() / seconds / threads, bytes / 1e6 / seconds / threads);
  std::printf("CPU: %.2f s, %.0f ads/s per CPU second (the figure to compare under load)\n",
              cpu_seconds, ads.size() / cpu_seconds);
  std::printf("peak RSS: %ld MB\n", PeakRssMb());
  return 0;
}
