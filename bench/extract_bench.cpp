// Selector-extraction throughput on one thread. Generates, deterministically and in memory, a
// corpus of ordinary ad-like text dense with e-mails, phone numbers in many national formats and
// numeric decoys (several per KB), streamed as 1 MB documents, and runs SelectorExtractor::Extract
// over it. Prints MB/s, peak RSS and the number of selectors found. Memory must stay flat in the
// input size. Run: build/release/bench/extract_bench [--mb N] [--dump FILE] [--no-prefilter]
// [--windows] [--linearity] [--warm N] [--pattern-cost] (default 1024 MB; --help for details).
// --dump writes every selector (document, type, value, span, raw text, details) to FILE, one per
// line, so that two builds can be compared byte for byte on the same corpus; every run prints the
// digest of those lines ("output digest"), so that a change meant to keep the output is checked
// on every run, not only when dumped.
#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#if __has_include(<valgrind/callgrind.h>)
// For --warm: start counting after the warm-up (no-ops outside valgrind). Run with
// --instr-atstart=no to run the warm-up uninstrumented, several times faster.
#include <valgrind/callgrind.h>
#else
#define CALLGRIND_START_INSTRUMENTATION
#define CALLGRIND_ZERO_STATS
#define CALLGRIND_TOGGLE_COLLECT
#endif

#include <hs/hs.h>

#include "extract/extract.h"
#include "extract/extractor.h"
#include "extract/phone_cache.h"
#include "normalize/normalize.h"

namespace {

// xorshift64*: fixed seed, so every run sees the same corpus.
struct Random {
  uint64_t state = 0x9E3779B97F4A7C15ULL;
  uint64_t Next() {
    state ^= state >> 12;
    state ^= state << 25;
    state ^= state >> 27;
    return state * 2685821657736338717ULL;
  }
  size_t Below(size_t n) { return static_cast<size_t>(Next() % n); }
};

struct RegionFormats {
  const char* region;
  // printf formats taking one number 0..999 for the last three digits.
  std::vector<const char*> formats;
};

const std::vector<RegionFormats>& Regions() {
  static const std::vector<RegionFormats> regions = {
      {"GB", {"07700 900%03d", "+44 7700 900%03d", "07700900%03d", "+447700 900 %03d"}},
      {"DE", {"0151 23456%03d", "+49 151 23456%03d", "0049 1512 3456%03d", "0151/23456%03d"}},
      {"FR", {"06 12 34 5%01d %02d", "+33 6 12 34 5%01d %02d", "06.12.34.5%01d.%02d"}},
      {"ES", {"612 34 5%01d %02d", "+34 612 345 %03d", "0034 612 34 5%01d %02d"}},
      {"IT", {"312 345 6%03d", "+39 312 345 6%03d", "3123456%03d"}},
      {"NL", {"06-12345%03d", "+31 6 12345%03d", "06 12345%03d"}},
      {"PL", {"512 345 %03d", "+48 512 345 %03d", "512-345-%03d"}},
      {"RO", {"0712 034 %03d", "+40 712 034 %03d", "0712.034.%03d"}},
      {"US", {"(201) 555-0%03d", "+1 201-555-0%03d", "201.555.0%03d"}},
      {"CZ", {"601 123 %03d", "+420 601 123 %03d"}},
  };
  return regions;
}

const char* const kWords[] = {"the",       "and",       "sweet",   "discreet", "new",     "in",
                              "town",      "call",      "me",      "for",      "a",       "nice",
                              "time",      "real",      "photos",  "no",       "fake",    "incall",
                              "outcall",   "available", "today",   "hotel",    "visits",  "only",
                              "gentlemen", "please",    "contact", "with",     "respect", "weekend",
                              "evening",   "apartment", "central", "station",  "near"};
const char* const kDecoys[] = {"Ref. 2024/11/0%03d",
                               "Order no. 1123581%03d",
                               "Posted 24.12.2024 at 21:%02d",
                               "150€/1h, 250€/2h",
                               "Measurements 90-60-90, height 1.68 m",
                               "Postcode 75%03d Paris",
                               "Open 10:00 - 22:00",
                               "Views: 12 %03d",
                               "Ad ID 48213%03d",
                               "Size 36, shoes 38",
                               "1h 200 roses, 30min 120",
                               "Since 2019"};
const char* const kMail[] = {"anna%d@example.com", "maria.%d@example.org",
                             "lola_%d (at) example (dot) com", "nina%d[at]example[dot]net"};

void AppendDocument(Random& random, const RegionFormats& region, size_t size, std::string& out) {
  out.clear();
  char buffer[96];
  while (out.size() < size) {
    const size_t kind = random.Below(100);
    if (kind < 2) {
      const char* format = region.formats[random.Below(region.formats.size())];
      const int n = static_cast<int>(random.Below(1000));
      if (std::strstr(format, "%01d")) {
        std::snprintf(buffer, sizeof buffer, format, n / 100, n % 100);
      } else {
        std::snprintf(buffer, sizeof buffer, format, n);
      }
      out += "Tel: ";
      out += buffer;
    } else if (kind < 3) {
      std::snprintf(buffer, sizeof buffer, kMail[random.Below(4)],
                    static_cast<int>(random.Below(500)));
      out += buffer;
    } else if (kind < 6) {
      std::snprintf(buffer, sizeof buffer, kDecoys[random.Below(std::size(kDecoys))],
                    static_cast<int>(random.Below(60)));
      out += buffer;
    } else {
      out += kWords[random.Below(std::size(kWords))];
    }
    out += random.Below(8) == 0 ? ". " : " ";
  }
}

// One line per selector: document number, type, value, start, end, raw text and details, tab
// separated (raw text and details are escaped so a line is one selector), appended to `out`.
void AppendSelectorLines(size_t document, const std::vector<ariadne::extract::Selector>& selectors,
                         std::string& out) {
  const auto escaped = [&out](const std::string& s) {
    for (const char c : s) {
      if (c == '\\') {
        out += "\\\\";
      } else if (c == '\n') {
        out += "\\n";
      } else if (c == '\t') {
        out += "\\t";
      } else {
        out += c;
      }
    }
  };
  for (const auto& s : selectors) {
    out += std::to_string(document) + '\t' + s.type + '\t';
    escaped(s.value);
    out += '\t' + std::to_string(s.start) + '\t' + std::to_string(s.end) + '\t';
    escaped(s.raw);
    for (const auto& [key, value] : s.details) {
      out += '\t' + key + '=';
      escaped(value);
    }
    out += '\n';
  }
}

// The output's digest: 64-bit FNV-1a over the bytes --dump writes (every document's selector
// lines, warm-up documents included), so that two builds' outputs are compared on every run, not
// only when dumped.
struct OutputDigest {
  uint64_t hash = 0xcbf29ce484222325ULL;
  void Add(std::string_view bytes) {
    for (const char c : bytes) {
      hash = (hash ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
    }
  }
};

// This thread's CPU time: on a shared machine it moves much less than the wall clock.
double ThreadCpuSeconds() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

// Hostile texts (issue 3 goal 6: no input makes extraction slower than linear): each repeated to
// 4, 8 and 16 MB; the CPU seconds per MB must stay about the same as the size doubles.
int Linearity(const ariadne::extract::SelectorExtractor& extractor) {
  const char* const kUnits[] = {
      "http://a.example/x b@c.example ",  // claims of two extractors interleaved
      "t.me/anna_x 07700 900123 10.0.0.1 www.x.example ",
      "1 2 3 4 5 6 7 8 9 0 ",      // one endless run of digit groups
      "@@@@ (at) [at] at at at ",  // e-mail cues without e-mails
      "1BoatSLRHtKNngkdXEeobR76b53LETtpyT DE89370400440532013000 ",
      "\xE2\x91\xA0\xE2\x91\xA1 five five five \xD0\x97 ",  // folding everywhere
      "07700 9OO123 | 07700 900456 | 0721 384 92S | ",      // one run of many parts
      "[21:05] mia: 718\n",     // chat pieces: every line joined to the next
      "<b>12</b> <i>345</i> ",  // markup between short groups: one endless joined run
      "> a.b at\n",             // a quote: every line's marks dropped, every line joined
      "x_at_y_dot_com_at_z.@.w -at- %40%40a%40b ",  // separated and URL-encoded '@'s
      "nina.k\n@gmail.com\nx@y.\ncom\n",            // addresses broken over lines
  };
  ariadne::extract::ExtractContext context;
  context.region = "GB";
  int worst = 0;
  for (const char* unit : kUnits) {
    double per_mb[3] = {0, 0, 0};
    // 4, 8 and 16 MB: below a few MB the text and its folding fit in the CPU caches and run
    // several times faster per MB, which says nothing about linearity.
    for (int k = 0; k < 3; ++k) {
      std::string text;
      const size_t size = size_t{4} << (20 + k);
      while (text.size() < size) text += unit;
      // The better of two runs: a loaded machine adds noise, never speed.
      for (int run = 0; run < 2; ++run) {
        const double start = ThreadCpuSeconds();
        const auto selectors = extractor.Extract(text, context);
        const double seconds =
            (ThreadCpuSeconds() - start) / (static_cast<double>(text.size()) / 1e6);
        per_mb[k] = run == 0 ? seconds : std::min(per_mb[k], seconds);
      }
    }
    // Quadratic work would double the time per MB from 8 to 16 MB. (The 4 MB figure may be lower
    // still: that text fits into memory a larger one left behind, with no fresh pages to touch.)
    const double growth = per_mb[2] / per_mb[1];
    std::printf("%-40.40s s/MB at 4, 8, 16 MB: %.3f %.3f %.3f%s\n", unit, per_mb[0], per_mb[1],
                per_mb[2], growth > 1.5 ? "  NOT LINEAR" : "");
    if (growth > 1.5) worst = 1;
  }
  return worst;
}

// --pattern-cost: the CPU time of the Vectorscan pre-scan over 4 MB of the folded corpus with every
// database pattern (not the native ones), then without each pattern in turn and with it alone, so
// that the patterns that make the scan costly can be told (the cost is shared, not a sum).
int PatternCost() {
  namespace ex = ariadne::extract;
  Random random;
  std::string document, corpus;
  for (size_t mb = 0; mb < 4; ++mb) {
    AppendDocument(random, Regions()[mb % Regions().size()], size_t{1} << 20, document);
    corpus += document;
  }
  ariadne::normalize::NormalizedText folded;
  ariadne::normalize::NormalizeInto(corpus, {}, folded);
  struct Pattern {
    std::string name;
    const char* expression;
    unsigned flags;
  };
  std::vector<Pattern> patterns;
  for (const ex::ExtractorInfo* info : ex::Registry()) {
    for (size_t p = 0; p < info->patterns.size(); ++p) {
      if (info->patterns[p].native != nullptr) continue;
      patterns.push_back({std::string(info->name) + "[" + std::to_string(p) + "]",
                          info->patterns[p].expression, info->patterns[p].flags});
    }
  }
  // CPU seconds per MB of the best of three scans of the database of `keep`'s patterns.
  const auto cost = [&](const std::vector<bool>& keep, size_t* matches) {
    std::vector<const char*> expressions;
    std::vector<unsigned> flags, ids;
    for (size_t k = 0; k < patterns.size(); ++k) {
      if (!keep[k]) continue;
      expressions.push_back(patterns[k].expression);
      flags.push_back(patterns[k].flags);
      ids.push_back(static_cast<unsigned>(ids.size()));
    }
    hs_database_t* db = nullptr;
    hs_compile_error_t* error = nullptr;
    if (hs_compile_multi(expressions.data(), flags.data(), ids.data(),
                         static_cast<unsigned>(expressions.size()), HS_MODE_BLOCK, nullptr, &db,
                         &error) != HS_SUCCESS) {
      hs_free_compile_error(error);
      return -1.0;
    }
    hs_scratch_t* scratch = nullptr;
    hs_alloc_scratch(db, &scratch);
    double best = 1e9;
    for (int run = 0; run < 3; ++run) {
      size_t count = 0;
      const double start = ThreadCpuSeconds();
      hs_scan(
          db, folded.text.data(), static_cast<unsigned>(folded.text.size()), 0, scratch,
          [](unsigned, unsigned long long, unsigned long long, unsigned, void* c) {
            ++*static_cast<size_t*>(c);
            return 0;
          },
          &count);
      best = std::min(best, ThreadCpuSeconds() - start);
      *matches = count;
    }
    hs_free_scratch(scratch);
    hs_free_database(db);
    return best / (static_cast<double>(folded.text.size()) / 1e6);
  };
  // ARIADNE_COST_EXTRA="expression": one more pattern (caseless, UTF-8) for the runs below.
  // (several, one per line).
  static std::vector<std::string> extras;
  for (const char* name : {"ARIADNE_COST_EXTRA", "ARIADNE_COST_EXTRA2"}) {
    const char* extra = std::getenv(name);
    for (std::string rest = extra != nullptr ? extra : ""; !rest.empty();) {
      const size_t line = rest.find('\n');
      extras.push_back(rest.substr(0, line));
      rest = line == std::string::npos ? "" : rest.substr(line + 1);
    }
  }
  for (const std::string& extra : extras) {
    patterns.push_back({"extra", extra.c_str(), HS_FLAG_CASELESS | HS_FLAG_UTF8});
  }
  size_t matches = 0;
  // ARIADNE_COST_WITHOUT="email[2] email[10]": only the cost without those patterns together
  // ("" for every pattern; the extras are added).
  if (const char* names = std::getenv("ARIADNE_COST_WITHOUT"); names != nullptr) {
    std::vector<bool> keep(patterns.size(), true);
    for (size_t k = 0; k < patterns.size(); ++k) {
      const std::string list = std::string(" ") + names + " ";
      if (list.find(" " + patterns[k].name + " ") != std::string::npos) keep[k] = false;
    }
    const double without = cost(keep, &matches);
    std::printf("without %s: %.3f ms/MB, matches %zu\n", names, without * 1e3, matches);
    return 0;
  }
  const double all = cost(std::vector<bool>(patterns.size(), true), &matches);
  std::printf("%-14s ms/MB %.3f  matches %zu\n", "all", all * 1e3, matches);
  for (size_t k = 0; k < patterns.size(); ++k) {
    std::vector<bool> keep(patterns.size(), true);
    keep[k] = false;
    size_t without_matches = 0, alone_matches = 0;
    const double without = cost(keep, &without_matches);
    std::vector<bool> only(patterns.size(), false);
    only[k] = true;
    const double alone = cost(only, &alone_matches);
    std::printf("%-14s without %.3f (saves %.3f)  alone %.3f  matches %zu\n",
                patterns[k].name.c_str(), without * 1e3, (all - without) * 1e3, alone * 1e3,
                alone_matches);
  }
  return 0;
}

long PeakRssKb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

}  // namespace

int main(int argc, char** argv) {
  size_t total_mb = 1024;
  size_t warm_mb = 0;
  const char* dump_path = nullptr;
  bool linearity = false;
  ariadne::extract::ExtractorOptions options;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) {
      std::printf(
          "usage: extract_bench [--mb N] [--dump FILE] [--no-prefilter] [--windows] [--linearity]\n"
          "                     [--warm N]\n"
          "  --mb N       extract from N generated 1 MB documents (default 1024)\n"
          "  --dump FILE  also write every selector to FILE, one per line, for comparing builds\n"
          "               (dumping is not timed)\n"
          "  --no-prefilter  scan the whole text, not only the pre-filter's windows\n"
          "  --windows    scan the pre-filter's windows even where they cover most of the text\n"
          "               (by default such dense text is scanned whole, which costs less)\n"
          "  --linearity  time hostile texts of 4, 8 and 16 MB instead (CPU s/MB must not grow)\n"
          "  --warm N     the first N of the documents warm the caches and are not counted; under\n"
          "               callgrind the counts start after them (warm-cache instructions per "
          "byte)\n"
          "  --pattern-cost  CPU time of the Vectorscan pre-scan with every database pattern, "
          "without\n"
          "               each and with each alone (ARIADNE_COST_WITHOUT=\"email[2] email[10]\": "
          "only\n"
          "               without those together, \"\" with all; ARIADNE_COST_EXTRA, _EXTRA2: "
          "expressions\n"
          "               to add, one per line)\n");
      return 0;
    }
    if (std::strcmp(argv[i], "--pattern-cost") == 0) return PatternCost();
    if (std::strcmp(argv[i], "--linearity") == 0) {
      linearity = true;
      continue;
    }
    if (std::strcmp(argv[i], "--no-prefilter") == 0) {
      options.prefilter = false;
      continue;
    }
    if (std::strcmp(argv[i], "--windows") == 0) {
      options.always_windows = true;
      continue;
    }
    if (i + 1 >= argc) {
      std::fprintf(stderr, "extract_bench: %s needs a value (see --help)\n", argv[i]);
      return 2;
    }
    if (std::strcmp(argv[i], "--mb") == 0) {
      total_mb = std::strtoull(argv[++i], nullptr, 10);
    } else if (std::strcmp(argv[i], "--dump") == 0) {
      dump_path = argv[++i];
    } else if (std::strcmp(argv[i], "--warm") == 0) {
      warm_mb = std::strtoull(argv[++i], nullptr, 10);
    } else {
      std::fprintf(stderr, "extract_bench: unknown option %s (see --help)\n", argv[i]);
      return 2;
    }
  }
  std::FILE* dump = nullptr;
  if (dump_path != nullptr) {
    dump = std::fopen(dump_path, "w");
    if (dump == nullptr) {
      std::fprintf(stderr, "extract_bench: cannot write %s: %s\n", dump_path, std::strerror(errno));
      return 74;
    }
  }
  auto created = ariadne::extract::SelectorExtractor::Create(options);
  if (!created.ok()) {
    std::fprintf(stderr, "extract_bench: %s\n", created.status().message().c_str());
    return 70;
  }
  const auto& extractor = *created.value();
  if (linearity) return Linearity(extractor);
  Random random;
  std::string document;
  std::map<std::string, size_t> found;
  size_t bytes = 0;
  double seconds = 0;
  double cpu_seconds = 0;
  double normalize_seconds = 0;
  ariadne::normalize::NormalizedText folded;  // the share of the folding step, measured on its own
  if (warm_mb >= total_mb) {
    std::fprintf(stderr, "extract_bench: --warm must be less than --mb (see --help)\n");
    return 2;
  }
  ariadne::extract::PhoneCacheStats warm_cache;  // the phone cache's counts after the warm-up
  OutputDigest digest;
  std::string lines;  // one document's selector lines (not timed)
  bool dump_failed = false;
  const auto record = [&](size_t mb, const std::vector<ariadne::extract::Selector>& selectors) {
    CALLGRIND_TOGGLE_COLLECT;  // not counted: callgrind's totals stay comparable with older runs
    lines.clear();
    AppendSelectorLines(mb, selectors, lines);
    digest.Add(lines);
    if (dump != nullptr && std::fwrite(lines.data(), 1, lines.size(), dump) != lines.size()) {
      dump_failed = true;
    }
    CALLGRIND_TOGGLE_COLLECT;
  };
  for (size_t mb = 0; mb < total_mb; ++mb) {
    if (mb == warm_mb) warm_cache = ariadne::extract::ThreadPhoneCacheStats();
    const RegionFormats& region = Regions()[mb % Regions().size()];
    AppendDocument(random, region, size_t{1} << 20, document);
    ariadne::extract::ExtractContext context;
    context.region = region.region;
    if (mb < warm_mb) {
      const auto selectors = extractor.Extract(document, context);
      record(mb, selectors);
      if (mb + 1 == warm_mb) {
        CALLGRIND_START_INSTRUMENTATION;
        CALLGRIND_ZERO_STATS;
      }
      continue;
    }
    const auto start = std::chrono::steady_clock::now();
    const double cpu_start = ThreadCpuSeconds();
    const auto selectors = extractor.Extract(document, context);
    cpu_seconds += ThreadCpuSeconds() - cpu_start;
    seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const auto folded_at = std::chrono::steady_clock::now();
    ariadne::normalize::NormalizeInto(document, {}, folded);
    normalize_seconds +=
        std::chrono::duration<double>(std::chrono::steady_clock::now() - folded_at).count();
    bytes += document.size();
    for (const auto& s : selectors) ++found[s.type];
    record(mb, selectors);
  }
  if (dump != nullptr && (std::fclose(dump) != 0 || dump_failed)) {
    std::fprintf(stderr, "extract_bench: cannot write %s\n", dump_path);
    return 74;
  }
  std::printf("extract_bench: %.1f MB in %.2f s: %.1f MB/s on one thread; peak RSS %ld MB\n",
              bytes / 1e6, seconds, bytes / 1e6 / seconds, PeakRssKb() / 1024);
  std::printf("CPU time: %.2f s: %.1f MB/s per core\n", cpu_seconds, bytes / 1e6 / cpu_seconds);
  std::printf("of which normalize: %.2f s (%.1f MB/s on its own)\n", normalize_seconds,
              bytes / 1e6 / normalize_seconds);
  const ariadne::extract::PhoneCacheStats cache = ariadne::extract::ThreadPhoneCacheStats();
  const uint64_t lookups = cache.lookups - warm_cache.lookups;
  const uint64_t hits = cache.hits - warm_cache.hits;
  std::printf("phone cache: %llu look-ups, %.1f%% hits, %llu read afresh, %llu turnovers\n",
              static_cast<unsigned long long>(lookups),
              lookups == 0 ? 0.0 : 100.0 * static_cast<double>(hits) / static_cast<double>(lookups),
              static_cast<unsigned long long>(cache.validations - warm_cache.validations),
              static_cast<unsigned long long>(cache.turnovers - warm_cache.turnovers));
  std::printf("selectors:");
  for (const auto& [type, n] : found) std::printf(" %s=%zu", type.c_str(), n);
  std::printf("\n");
  std::printf("output digest: %016llx (FNV-1a of the --dump lines of all %zu documents)\n",
              static_cast<unsigned long long>(digest.hash), total_mb);
  return 0;
}
