// Terms as Vectorscan expressions (see patterns.h).
#include "flag/patterns.h"

#include <fmt/format.h>
#include <hs/hs.h>
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <climits>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <unordered_map>
#include <vector>

#include "core/sha256.h"
#include "core/utf8.h"
#include "flag/match_text.h"
#include "vectorscan/database_cache.h"

namespace ariadne::flag {
namespace {

// The bytes of the UTF-8 character at `at`, moving `at` past it; empty (and `at` unmoved) when the
// bytes there are not a valid character. Both regex readers below walk expressions this way.
std::string_view NextCharacter(std::string_view re, size_t& at) {
  const auto length = static_cast<int32_t>(re.size());
  auto i = static_cast<int32_t>(at);
  UChar32 c = 0;
  U8_NEXT(re.data(), i, length, c);
  if (c < 0) return {};
  const std::string_view bytes = re.substr(at, static_cast<size_t>(i) - at);
  at = static_cast<size_t>(i);
  return bytes;
}

// Vectorscan's \w: letters, marks, decimal digits and connector punctuation (the underscore).
bool IsWordCodePoint(UChar32 c) {
  return (U_GET_GC_MASK(c) & (U_GC_L_MASK | U_GC_M_MASK | U_GC_ND_MASK | U_GC_PC_MASK)) != 0;
}

// Phrases are folded like the text they are matched in (NFKC), so a phrase typed with combining
// accents still matches.
std::string Nfkc(std::string_view s) {
  UErrorCode status = U_ZERO_ERROR;
  const UNormalizer2* nfkc = unorm2_getNFKCInstance(&status);
  std::vector<UChar> utf16(s.size() + 1);
  int32_t utf16_length = 0;
  u_strFromUTF8(utf16.data(), static_cast<int32_t>(utf16.size()), &utf16_length, s.data(),
                static_cast<int32_t>(s.size()), &status);
  std::vector<UChar> folded(utf16_length * 18 + 1);  // NFKC expands a code unit 18-fold at most
  const int32_t folded_length = unorm2_normalize(nfkc, utf16.data(), utf16_length, folded.data(),
                                                 static_cast<int32_t>(folded.size()), &status);
  std::string out(static_cast<size_t>(folded_length) * 3, '\0');
  int32_t out_length = 0;
  u_strToUTF8(out.data(), static_cast<int32_t>(out.size()), &out_length, folded.data(),
              folded_length, &status);
  if (U_FAILURE(status)) return std::string(s);
  out.resize(static_cast<size_t>(out_length));
  return out;
}

bool IsSeparator(char c) {
  return c == ' ' || c == '\n';
}

TermPattern PhrasePattern(std::string_view raw_phrase) {
  std::string phrase = FoldForMatching(Nfkc(raw_phrase));
  while (!phrase.empty() && IsSeparator(phrase.back())) phrase.pop_back();
  size_t first = 0;
  while (first < phrase.size() && IsSeparator(phrase[first])) ++first;
  phrase.erase(0, first);
  TermPattern pattern;
  pattern.literal_bytes = phrase.size();
  for (char c : phrase) {
    const auto byte = static_cast<unsigned char>(c);
    if (IsSeparator(c)) {
      pattern.expression += "[ \\n]";  // folded white space: one space or one line break
    } else if (byte < 0x80 && !std::isalnum(byte)) {
      pattern.expression += '\\';
      pattern.expression += c;
    } else {
      pattern.expression += c;
    }
  }
  const auto length = static_cast<int32_t>(phrase.size());
  if (length > 0) {
    int32_t i = 0;
    UChar32 c = 0;
    U8_NEXT(phrase.data(), i, length, c);
    pattern.left_boundary = IsWordCodePoint(c);
    i = length;
    U8_PREV(phrase.data(), 0, i, c);
    pattern.right_boundary = IsWordCodePoint(c);
  }
  return pattern;
}

// One ASCII character folded as FoldForMatching folds it alone: lower case; white space as one
// space, a line break as itself. Reading a rule pack folds every character of its regexes: a call
// of FoldForMatching each cost a third of the load.
char AsciiFolded(char c) {
  if (c >= 'A' && c <= 'Z') return static_cast<char>(c + ('a' - 'A'));
  if (c == ' ' || (c >= '\t' && c <= '\r')) return c == '\n' ? '\n' : ' ';
  return c;
}

// FoldForMatching of one non-ASCII character `c` (its UTF-8 `bytes`) alone, remembered per thread:
// the packs' regexes repeat a few hundred such letters tens of thousands of times.
const std::string& FoldedAlone(UChar32 c, std::string_view bytes) {
  thread_local std::unordered_map<UChar32, std::string> folded;
  auto it = folded.find(c);
  if (it == folded.end()) it = folded.emplace(c, FoldForMatching(bytes)).first;
  return it->second;
}

// The regex as written, its literal characters folded like the text (lower case, apostrophes,
// ș/ț); escapes such as \S, \x{..} and \p{..} are kept as they are.
std::string FoldRegex(std::string_view regex) {
  std::string out;
  const auto length = static_cast<int32_t>(regex.size());
  for (int32_t i = 0; i < length;) {
    const int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(regex.data(), i, length, c);
    if (c == '\\' && i < length) {
      const char next = regex[static_cast<size_t>(i)];
      ++i;
      if ((next == 'x' || next == 'p' || next == 'P') && i < length && regex[i] == '{') {
        const size_t close = regex.find('}', static_cast<size_t>(i));
        i = close == std::string_view::npos ? length : static_cast<int32_t>(close) + 1;
      }
      out.append(regex.substr(static_cast<size_t>(start), static_cast<size_t>(i - start)));
      continue;
    }
    if (c < 0) {
      out.append(regex.substr(static_cast<size_t>(start), static_cast<size_t>(i - start)));
      continue;
    }
    if (c < 0x80) {  // what FoldForMatching makes of one ASCII character, without its buffers
      out += AsciiFolded(static_cast<char>(c));
      continue;
    }
    out += FoldedAlone(c, regex.substr(static_cast<size_t>(start), static_cast<size_t>(i - start)));
  }
  return out;
}

// "\s+" outside a character class as "\s" (see BuildPattern).
std::string OneWhiteSpace(std::string_view regex) {
  std::string out;
  out.reserve(regex.size());
  bool in_class = false;
  for (size_t i = 0; i < regex.size(); ++i) {
    const char c = regex[i];
    if (c == '\\' && i + 1 < regex.size()) {
      out += c;
      out += regex[++i];
      if (!in_class && regex[i] == 's' && i + 1 < regex.size() && regex[i + 1] == '+') ++i;
      continue;
    }
    if (c == '[' && !in_class)
      in_class = true;
    else if (c == ']' && in_class)
      in_class = false;
    out += c;
  }
  return out;
}

}  // namespace

TermPattern BuildPattern(const Term& term) {
  if (!term.phrase.empty()) return PhrasePattern(term.phrase);
  TermPattern pattern;
  pattern.expression =
      OneWhiteSpace(FoldRegex(term.expanded_regex.empty() ? term.regex : term.expanded_regex));
  pattern.flags = HS_FLAG_UTF8;
  pattern.max_width = term.max_width;
  return pattern;
}

void StartRegexFree::operator()(pcre2_code* code) const {
  pcre2_code_free(code);
}

StartRegex CompileStartRegex(const TermPattern& pattern, std::string* why) {
  const std::string anchored = "(?:" + pattern.expression + ")\\z";
  int error = 0;
  PCRE2_SIZE offset = 0;
  // Not PCRE2_MATCH_INVALID_UTF: with it, Debian 12's PCRE2 10.42 JIT misses matches of \S*
  // over Cyrillic letters at the end of the subject (PCRE2 issue 224, fixed in 10.43). The match
  // text is valid UTF-8, and pcre2_match checks it (an invalid block is "not found").
  pcre2_code* code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(anchored.data()), anchored.size(),
                                   PCRE2_UTF, &error, &offset, nullptr);
  if (code == nullptr) {
    if (why != nullptr) {
      std::array<PCRE2_UCHAR, 256> message{};
      pcre2_get_error_message(error, message.data(), message.size());
      *why = fmt::format("{} at offset {}", reinterpret_cast<const char*>(message.data()),
                         offset >= 3 ? offset - 3 : 0);
    }
    return nullptr;
  }
  // Without JIT (a CPU PCRE2 has no compiler for) the regex is interpreted: slower, the same.
  (void)pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
  return StartRegex(code);
}

namespace {

// Backtracking steps one start search may take: far more than any rule needs over the flagger's
// block (at most 4 KiB before a match's end), few enough that a hostile text cannot make a search
// slow.
constexpr uint32_t kStartMatchLimit = 200000;

// The JIT's stack per thread: PCRE2's default (32 KiB on the machine stack) can run out on a long
// block with many alternatives, and a search that runs out finds nothing (a wide span).
constexpr size_t kJitStackStart = 32 * 1024;
constexpr size_t kJitStackMax = 1024 * 1024;

struct StartMatchState {
  pcre2_match_data* data = pcre2_match_data_create(1, nullptr);
  pcre2_match_context* context = pcre2_match_context_create(nullptr);
  pcre2_jit_stack* jit_stack = pcre2_jit_stack_create(kJitStackStart, kJitStackMax, nullptr);
  StartMatchState() {
    if (context != nullptr) {
      pcre2_set_match_limit(context, kStartMatchLimit);
      if (jit_stack != nullptr) pcre2_jit_stack_assign(context, nullptr, jit_stack);
    }
  }
  ~StartMatchState() {
    pcre2_match_data_free(data);
    pcre2_match_context_free(context);
    pcre2_jit_stack_free(jit_stack);
  }
  StartMatchState(const StartMatchState&) = delete;
  StartMatchState& operator=(const StartMatchState&) = delete;
};

}  // namespace

size_t LeftmostStart(const pcre2_code* regex, std::string_view block) {
  thread_local StartMatchState state;
  if (regex == nullptr || state.data == nullptr) return std::string_view::npos;
  const int found = pcre2_match(regex, reinterpret_cast<PCRE2_SPTR>(block.data()), block.size(), 0,
                                0, state.data, state.context);
  if (found < 0) return std::string_view::npos;
  return static_cast<size_t>(pcre2_get_ovector_pointer(state.data)[0]);
}

namespace {

// What hs_expression_info says about one expression with its flags.
struct ExpressionCheck {
  std::string problem;    // "" when usable
  bool accepted = false;  // Vectorscan parsed it (it may still match empty text)
  size_t max_width = 0;   // when accepted: the longest match in bytes, 0 when unbounded
  bool used = false;      // asked for by this process (kept when the file is trimmed)
};

// PatternProblem's answers, keyed by flags and expression, with the cache file they came from.
// The file depends only on the Vectorscan version (the expression parser), named by its hash.
// Format: a header line, then per answer a line "flags accepted max_width expression_bytes
// problem_bytes" followed by the two byte strings and a line break. Anything unexpected discards
// the whole file.
class ExpressionChecks {
 public:
  static ExpressionChecks& Instance() {
    static ExpressionChecks checks;
    return checks;
  }

  std::string Problem(const TermPattern& pattern, size_t* max_width) {
    const std::string key = std::to_string(pattern.flags) + ' ' + pattern.expression;
    std::lock_guard lock(mu_);
    LoadIfDirectoryChanged();
    auto it = checks_.find(key);
    if (it == checks_.end()) {
      it = checks_.emplace(key, Check(pattern)).first;
      unsaved_ = true;
    }
    it->second.used = true;
    if (max_width != nullptr && it->second.accepted) *max_width = it->second.max_width;
    return it->second.problem;
  }

  void Save() {
    std::lock_guard lock(mu_);
    if (!unsaved_ || path_.empty()) return;
    std::error_code ec;
    std::filesystem::create_directories(std::filesystem::path(path_).parent_path(), ec);
    const std::string temporary = path_ + ".tmp" + std::to_string(::getpid());
    {
      std::ofstream out(temporary, std::ios::binary);
      out << kHeader << '\n';
      // Every answer known, unless there are many: then only this process's, so that the file
      // cannot grow without bound with old rules (and two rule sets in turn do not evict each
      // other, as with tests' fixtures beside the shipped packs).
      const bool keep_all = checks_.size() <= kMaxKept;
      for (const auto& [key, check] : checks_) {
        if (!keep_all && !check.used) continue;
        const size_t space = key.find(' ');
        const std::string_view expression = std::string_view(key).substr(space + 1);
        out << key.substr(0, space) << ' ' << (check.accepted ? 1 : 0) << ' ' << check.max_width
            << ' ' << expression.size() << ' ' << check.problem.size() << '\n'
            << expression << check.problem << '\n';
      }
      if (!out) {
        std::filesystem::remove(temporary, ec);
        return;
      }
    }
    std::filesystem::rename(temporary, path_, ec);
    if (ec) {
      std::filesystem::remove(temporary, ec);
      return;
    }
    unsaved_ = false;
  }

 private:
  static constexpr const char* kHeader = "ariadne pattern checks 1";

  static ExpressionCheck Check(const TermPattern& pattern) {
    ExpressionCheck check;
    if (pattern.expression.empty()) {
      check.problem = "the pattern is empty";
      return check;
    }
    hs_expr_info_t* info = nullptr;
    hs_compile_error_t* error = nullptr;
    if (hs_expression_info(pattern.expression.c_str(), pattern.flags, &info, &error) ==
        HS_SUCCESS) {
      check.accepted = true;
      if (info->min_width == 0) check.problem = "it can match empty text";
      check.max_width = info->max_width == UINT_MAX ? 0 : info->max_width;
      std::free(info);
      return check;
    }
    check.problem = error != nullptr && error->message != nullptr ? error->message : "rejected";
    hs_free_compile_error(error);
    return check;
  }

  // The cache folder can change between calls (tests set ARIADNE_CACHE_DIR): the answers are
  // those of the current folder's file.
  void LoadIfDirectoryChanged() {
    // Asked once per term: hashing the version string each time was a tenth of reading the packs.
    static const std::string version = Sha256Hex(hs_version());
    const std::string dir = vectorscan::CacheDirectory();
    const std::string path = dir.empty() ? "" : dir + "/flag-patterns-" + version + ".txt";
    if (loaded_ && path == path_) return;
    loaded_ = true;
    path_ = path;
    checks_.clear();
    unsaved_ = false;
    if (path_.empty()) return;
    std::ifstream in(path_, std::ios::binary);
    std::string header;
    if (!std::getline(in, header) || header != kHeader) return;
    std::unordered_map<std::string, ExpressionCheck> read;
    for (;;) {
      unsigned flags = 0;
      int accepted = 0;
      size_t max_width = 0, expression_bytes = 0, problem_bytes = 0;
      if (!(in >> flags)) break;
      if (!(in >> accepted >> max_width >> expression_bytes >> problem_bytes) || in.get() != '\n' ||
          expression_bytes > kMaxBytes || problem_bytes > kMaxBytes) {
        return;  // damaged: check everything again
      }
      std::string expression(expression_bytes, '\0');
      ExpressionCheck check;
      check.problem.resize(problem_bytes);
      check.max_width = max_width;
      check.accepted = accepted == 1;
      if (!in.read(expression.data(), static_cast<std::streamsize>(expression_bytes)) ||
          !in.read(check.problem.data(), static_cast<std::streamsize>(problem_bytes)) ||
          in.get() != '\n') {
        return;
      }
      read.emplace(std::to_string(flags) + ' ' + expression, std::move(check));
    }
    if (!in.eof()) return;
    checks_ = std::move(read);
  }

  static constexpr size_t kMaxBytes = 1 << 20;
  static constexpr size_t kMaxKept = 20000;  // answers; the shipped packs ask about 2,000

  std::mutex mu_;
  bool loaded_ = false;
  std::string path_;  // the cache file ("" when there is no cache folder)
  std::unordered_map<std::string, ExpressionCheck> checks_;
  bool unsaved_ = false;  // some answer was computed, not read
};

}  // namespace

namespace {

// Whether the byte is part of a character outside ASCII (a lead or continuation byte of UTF-8).
bool IsNonAscii(char c) {
  return (static_cast<unsigned char>(c) & 0x80) != 0;
}

// Whether the character or character class of `regex` that ends just before `end` holds a
// character outside ASCII ("ă", "[ăa]").
bool EndsInNonAscii(std::string_view regex, size_t end) {
  if (end == 0) return false;
  if (regex[end - 1] == ']' && (end < 2 || regex[end - 2] != '\\')) {
    const size_t open = regex.rfind('[', end - 1);
    if (open == std::string_view::npos) return false;
    const std::string_view inside = regex.substr(open, end - open);
    return std::any_of(inside.begin(), inside.end(), IsNonAscii);
  }
  return IsNonAscii(regex[end - 1]);
}

// The same for the character or class that starts at `start`.
bool StartsWithNonAscii(std::string_view regex, size_t start) {
  if (start >= regex.size()) return false;
  if (regex[start] == '[') {
    const size_t close = regex.find(']', start + 1);
    if (close == std::string_view::npos) return false;
    const std::string_view inside = regex.substr(start, close - start);
    return std::any_of(inside.begin(), inside.end(), IsNonAscii);
  }
  return IsNonAscii(regex[start]);
}

}  // namespace

std::string WordBoundaryProblem(std::string_view regex) {
  for (size_t i = regex.find("\\b"); i != std::string_view::npos; i = regex.find("\\b", i + 2)) {
    // "\\b" is a backslash then "b", no boundary.
    size_t slashes = 0;
    while (slashes < i && regex[i - 1 - slashes] == '\\') ++slashes;
    if (slashes % 2 == 1) continue;
    if (EndsInNonAscii(regex, i) || StartsWithNonAscii(regex, i + 2)) {
      return fmt::format(
          "\\b at byte {} stands beside a letter outside ASCII, where Vectorscan never sees a "
          "word boundary (its \\b knows only ASCII letters): write (?:^|\\s) before the word or "
          "(?:\\s|$|[.,!?]) after it",
          i);
    }
  }
  return "";
}

std::string PatternProblem(const TermPattern& pattern, size_t* max_width) {
  return ExpressionChecks::Instance().Problem(pattern, max_width);
}

void SavePatternChecks() {
  ExpressionChecks::Instance().Save();
}

namespace {

using MatchSet = std::vector<FixedMatch>;

// Every string of `a` followed by every string of `b`; false when there would be too many.
bool Concatenate(MatchSet& a, const MatchSet& b) {
  if (a.size() * b.size() > kMaxFixedMatches) return false;
  MatchSet out;
  out.reserve(a.size() * b.size());
  for (const FixedMatch& x : a) {
    for (const FixedMatch& y : b) {
      FixedMatch m = x;
      for (const auto& [offset, kind] : y.assertions) {
        m.assertions.emplace_back(static_cast<uint32_t>(x.bytes.size()) + offset, kind);
      }
      m.bytes += y.bytes;
      out.push_back(std::move(m));
    }
  }
  a = std::move(out);
  return true;
}

MatchSet OneOf(std::initializer_list<std::string_view> strings) {
  MatchSet set;
  for (std::string_view s : strings) set.push_back({std::string(s), {}});
  return set;
}

MatchSet Digits() {
  return OneOf({"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"});
}

// A recursive-descent reader of the regexes FixedMatches accepts; every other construct fails.
class FixedMatchReader {
 public:
  explicit FixedMatchReader(std::string_view regex) : re_(regex) {}

  std::optional<MatchSet> ReadAll() {
    std::optional<MatchSet> set = Alternation();
    if (!set || at_ != re_.size()) return std::nullopt;
    return set;
  }

 private:
  bool More() const { return at_ < re_.size(); }
  char Peek() const { return re_[at_]; }

  std::optional<MatchSet> Alternation() {
    std::optional<MatchSet> all = Sequence();
    while (all && More() && Peek() == '|') {
      ++at_;
      std::optional<MatchSet> next = Sequence();
      if (!next || all->size() + next->size() > kMaxFixedMatches) return std::nullopt;
      all->insert(all->end(), next->begin(), next->end());
    }
    return all;
  }

  std::optional<MatchSet> Sequence() {
    MatchSet seq = {FixedMatch{}};
    while (More() && Peek() != '|' && Peek() != ')') {
      std::optional<MatchSet> atom = Atom();
      if (!atom || !Quantified(*atom) || !Concatenate(seq, *atom)) return std::nullopt;
    }
    return seq;
  }

  // Applies a quantifier after an atom ("?", "{m}", "{m,n}"); false for one that makes the set
  // infinite or too large, or is lazy or possessive.
  bool Quantified(MatchSet& atom) {
    if (!More()) return true;
    size_t low = 1, high = 1;
    if (Peek() == '?') {
      low = 0;
      ++at_;
    } else if (Peek() == '{') {
      const size_t close = re_.find('}', at_);
      if (close == std::string_view::npos) return false;
      const std::string inside(re_.substr(at_ + 1, close - at_ - 1));
      const size_t comma = inside.find(',');
      const std::string first = inside.substr(0, comma);
      const std::string second = comma == std::string::npos ? first : inside.substr(comma + 1);
      if (first.empty() || second.empty() || first.size() > 2 || second.size() > 2 ||
          !std::all_of(first.begin(), first.end(), ::isdigit) ||
          !std::all_of(second.begin(), second.end(), ::isdigit)) {
        return false;
      }
      low = std::stoul(first);
      high = std::stoul(second);
      if (high < low) return false;
      at_ = close + 1;
    } else if (Peek() == '*' || Peek() == '+') {
      return false;
    } else {
      return true;
    }
    if (More() && (Peek() == '?' || Peek() == '+')) return false;
    MatchSet all;
    MatchSet power = {FixedMatch{}};
    for (size_t k = 0; k <= high; ++k) {
      if (k >= low) {
        if (all.size() + power.size() > kMaxFixedMatches) return false;
        all.insert(all.end(), power.begin(), power.end());
      }
      if (k < high && !Concatenate(power, atom)) return false;
    }
    atom = std::move(all);
    return true;
  }

  // The bytes of the character at at_ (whole UTF-8 sequence); empty when invalid.
  std::string_view Character() { return NextCharacter(re_, at_); }

  std::optional<MatchSet> Atom() {
    const char c = Peek();
    if (c == '(') {
      ++at_;
      if (More() && Peek() == '?') {
        if (at_ + 1 >= re_.size() || re_[at_ + 1] != ':') return std::nullopt;
        at_ += 2;
      }
      std::optional<MatchSet> inner = Alternation();
      if (!inner || !More() || Peek() != ')') return std::nullopt;
      ++at_;
      return inner;
    }
    if (c == '[') return Class();
    if (c == '^') {
      ++at_;
      return MatchSet{FixedMatch{"", {{0, '^'}}}};
    }
    if (c == '\\') return Escape();
    if (c == '.' || c == '$' || c == '*' || c == '+' || c == '?' || c == '{' || c == '}' ||
        c == ']') {
      return std::nullopt;
    }
    const std::string_view bytes = Character();
    if (bytes.empty()) return std::nullopt;
    return MatchSet{FixedMatch{std::string(bytes), {}}};
  }

  std::optional<MatchSet> Escape() {
    if (at_ + 1 >= re_.size()) return std::nullopt;
    const char e = re_[at_ + 1];
    at_ += 2;
    switch (e) {
      case 'b':
        return MatchSet{FixedMatch{"", {{0, 'b'}}}};
      case 'B':
        return MatchSet{FixedMatch{"", {{0, 'B'}}}};
      case 's':
        return OneOf({" ", "\n"});  // the match text's only white space
      case 'd':
        return Digits();
      case 'n':
        return OneOf({"\n"});
      default:
        break;
    }
    const auto byte = static_cast<unsigned char>(e);
    if (byte < 0x80 && !std::isalnum(byte)) return MatchSet{FixedMatch{std::string(1, e), {}}};
    return std::nullopt;
  }

  // "[...]" of characters, ranges and \s, \d; never negated.
  std::optional<MatchSet> Class() {
    ++at_;
    if (!More() || Peek() == '^' || Peek() == ']') return std::nullopt;
    MatchSet set;
    while (More() && Peek() != ']') {
      if (Peek() == '\\') {
        std::optional<MatchSet> escaped = Escape();
        if (!escaped || !escaped->front().assertions.empty()) return std::nullopt;
        set.insert(set.end(), escaped->begin(), escaped->end());
      } else if (Peek() == '[') {
        return std::nullopt;  // "[:alpha:]" and the like
      } else {
        const size_t first_at = at_;
        const std::string_view first = Character();
        if (first.empty()) return std::nullopt;
        if (More() && Peek() == '-' && at_ + 1 < re_.size() && re_[at_ + 1] != ']') {
          ++at_;
          const std::string_view last = Character();
          if (last.empty() || !Range(first, last, set)) return std::nullopt;
        } else {
          set.push_back({std::string(re_.substr(first_at, first.size())), {}});
        }
      }
      if (set.size() > kMaxFixedMatches) return std::nullopt;
    }
    if (!More()) return std::nullopt;
    ++at_;
    return set;
  }

  static bool Range(std::string_view first, std::string_view last, MatchSet& set) {
    UChar32 from = 0, to = 0;
    int32_t i = 0;
    U8_NEXT(first.data(), i, static_cast<int32_t>(first.size()), from);
    i = 0;
    U8_NEXT(last.data(), i, static_cast<int32_t>(last.size()), to);
    if (from < 0 || to < from || to - from >= 64) return false;
    for (UChar32 c = from; c <= to; ++c) {
      char bytes[U8_MAX_LENGTH];
      int32_t n = 0;
      U8_APPEND_UNSAFE(bytes, n, c);
      set.push_back({std::string(bytes, static_cast<size_t>(n)), {}});
    }
    return true;
  }

  std::string_view re_;
  size_t at_ = 0;
};

bool IsAsciiWordByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

}  // namespace

std::optional<std::vector<FixedMatch>> FixedMatches(std::string_view expression) {
  std::optional<MatchSet> set = FixedMatchReader(expression).ReadAll();
  if (!set) return std::nullopt;
  // Longest first: the first that fits is the leftmost start.
  std::stable_sort(set->begin(), set->end(), [](const FixedMatch& a, const FixedMatch& b) {
    return a.bytes.size() > b.bytes.size();
  });
  return set;
}

size_t LeftmostFixedStart(const std::vector<FixedMatch>& matches, std::string_view text,
                          size_t window, size_t end) {
  const auto word = [&](size_t i) { return i >= window && i < end && IsAsciiWordByte(text[i]); };
  for (const FixedMatch& m : matches) {
    const size_t length = m.bytes.size();
    if (length == 0 || length > end - window) continue;
    const size_t start = end - length;
    if (text.compare(start, length, m.bytes) != 0) continue;
    const bool holds =
        std::all_of(m.assertions.begin(), m.assertions.end(), [&](const auto& assertion) {
          const size_t at = start + assertion.first;
          if (assertion.second == '^') return at == window;
          const bool boundary = word(at - 1) != word(at);  // at - 1 wraps below `window`: false
          return assertion.second == 'b' ? boundary : !boundary;
        });
    if (holds) return start;
  }
  return std::string_view::npos;
}

namespace {

using Strings = std::vector<std::string>;

// What RequiredLiterals knows of a part of a regex.
struct LiteralInfo {
  std::optional<Strings> exact;  // every string the part can match (assertions as ""), when few
  std::optional<Strings> cover;  // strings, none empty, one of which every match holds; or none
};

// How good a cover is for a prefilter: its shortest string first (longer strings are rarer), then
// fewer strings.
std::pair<size_t, int> CoverScore(const Strings& cover) {
  size_t shortest = SIZE_MAX;
  for (const std::string& s : cover) shortest = std::min(shortest, s.size());
  return {std::min<size_t>(shortest, 8), -static_cast<int>(cover.size())};
}

bool AllNonEmpty(const Strings& strings) {
  return std::none_of(strings.begin(), strings.end(),
                      [](const std::string& s) { return s.empty(); });
}

// The better of `best` and `candidate` (a candidate with an empty string is no cover).
void KeepBetterCover(std::optional<Strings>& best, const std::optional<Strings>& candidate) {
  if (!candidate || candidate->empty() || !AllNonEmpty(*candidate)) return;
  if (!best || CoverScore(*candidate) > CoverScore(*best)) best = candidate;
}

void Deduplicate(Strings& strings) {
  std::sort(strings.begin(), strings.end());
  strings.erase(std::unique(strings.begin(), strings.end()), strings.end());
}

// Every string of `a` followed by every string of `b`; nullopt when there would be too many.
std::optional<Strings> ConcatenateStrings(const Strings& a, const Strings& b) {
  if (a.size() * b.size() > kMaxRequiredLiterals) return std::nullopt;
  Strings out;
  for (const std::string& x : a) {
    for (const std::string& y : b) out.push_back(x + y);
  }
  Deduplicate(out);
  return out;
}

// A recursive-descent reader of a regex's literals (RequiredLiterals). `failed_` is set by a
// construct whose meaning it does not know; the answer is then nullopt.
class LiteralReader {
 public:
  explicit LiteralReader(std::string_view regex) : re_(regex) {}

  std::optional<LiteralInfo> ReadAll() {
    LiteralInfo info = Alternation();
    if (failed_ || at_ != re_.size()) return std::nullopt;
    return info;
  }

 private:
  bool More() const { return at_ < re_.size(); }
  char Peek() const { return re_[at_]; }

  LiteralInfo Alternation() {
    std::vector<LiteralInfo> branches;
    branches.push_back(Sequence());
    while (!failed_ && More() && Peek() == '|') {
      ++at_;
      branches.push_back(Sequence());
    }
    if (branches.size() == 1) return std::move(branches.front());
    LiteralInfo all;
    all.exact = Strings{};
    all.cover = Strings{};
    for (LiteralInfo& branch : branches) {
      if (all.exact && branch.exact &&
          all.exact->size() + branch.exact->size() <= kMaxRequiredLiterals) {
        all.exact->insert(all.exact->end(), branch.exact->begin(), branch.exact->end());
      } else {
        all.exact.reset();
      }
      std::optional<Strings> cover;
      KeepBetterCover(cover, branch.cover);
      KeepBetterCover(cover, branch.exact);
      if (all.cover && cover && all.cover->size() + cover->size() <= kMaxRequiredLiterals) {
        all.cover->insert(all.cover->end(), cover->begin(), cover->end());
      } else {
        all.cover.reset();
      }
    }
    if (all.exact) Deduplicate(*all.exact);
    if (all.cover) Deduplicate(*all.cover);
    return all;
  }

  // A run of parts with exact strings is a cover of the sequence when its strings are not empty;
  // so is each part's own cover. The best of them is kept.
  LiteralInfo Sequence() {
    LiteralInfo seq;
    Strings run = {""};
    bool whole = true;  // `run` spans the whole sequence so far
    const auto close_run = [&] {
      KeepBetterCover(seq.cover, run);
      run = {""};
      whole = false;
    };
    while (!failed_ && More() && Peek() != '|' && Peek() != ')') {
      LiteralInfo atom = Atom();
      if (failed_) break;
      Quantified(atom);
      if (failed_) break;
      KeepBetterCover(seq.cover, atom.cover);
      if (!atom.exact) {
        close_run();
        continue;
      }
      std::optional<Strings> longer = ConcatenateStrings(run, *atom.exact);
      if (!longer) {
        close_run();
        longer = *atom.exact;
      }
      run = std::move(*longer);
    }
    KeepBetterCover(seq.cover, run);
    if (whole) seq.exact = std::move(run);
    return seq;
  }

  // A quantifier after an atom: "?", "*", "+", "{m}", "{m,}", "{m,n}" (a lazy or possessive
  // suffix matches the same strings).
  void Quantified(LiteralInfo& atom) {
    if (!More()) return;
    size_t low = 1;
    size_t high = 1;
    bool unbounded = false;
    const char q = Peek();
    if (q == '?') {
      low = 0;
      ++at_;
    } else if (q == '*' || q == '+') {
      low = q == '*' ? 0 : 1;
      unbounded = true;
      ++at_;
    } else if (q == '{') {
      const size_t close = re_.find('}', at_);
      if (close == std::string_view::npos) {
        failed_ = true;
        return;
      }
      const std::string_view inside = re_.substr(at_ + 1, close - at_ - 1);
      const size_t comma = inside.find(',');
      const std::string_view first = inside.substr(0, comma);
      const std::string_view second =
          comma == std::string_view::npos ? first : inside.substr(comma + 1);
      const auto digits = [](std::string_view s) {
        return !s.empty() && s.size() <= 4 &&
               std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
      };
      if (!digits(first) || (!second.empty() && !digits(second))) {
        failed_ = true;
        return;
      }
      low = std::stoul(std::string(first));
      unbounded = second.empty();
      high = unbounded ? low : std::stoul(std::string(second));
      if (high < low) {
        failed_ = true;
        return;
      }
      at_ = close + 1;
    } else {
      return;
    }
    if (More() && (Peek() == '?' || Peek() == '+')) ++at_;
    LiteralInfo out;
    if (low >= 1) {
      KeepBetterCover(out.cover, atom.cover);
      KeepBetterCover(out.cover, atom.exact);
    }
    if (!unbounded && atom.exact) {
      Strings all;
      Strings power = {""};
      bool few = true;
      for (size_t k = 0; k <= high && few; ++k) {
        if (k >= low) {
          all.insert(all.end(), power.begin(), power.end());
          few = all.size() <= kMaxRequiredLiterals;
        }
        if (k < high && few) {
          std::optional<Strings> next = ConcatenateStrings(power, *atom.exact);
          if (next) {
            power = std::move(*next);
          } else {
            few = false;
          }
        }
      }
      if (few) {
        Deduplicate(all);
        out.exact = std::move(all);
      }
    }
    atom = std::move(out);
  }

  // The bytes of the character at at_ (whole UTF-8 sequence); empty when invalid.
  std::string_view Character() { return NextCharacter(re_, at_); }

  static LiteralInfo Exactly(Strings strings) {
    LiteralInfo info;
    info.exact = std::move(strings);
    return info;
  }

  LiteralInfo Atom() {
    const char c = Peek();
    if (c == '(') {
      ++at_;
      if (More() && Peek() == '?') {
        if (at_ + 1 >= re_.size() || re_[at_ + 1] != ':') {
          failed_ = true;  // inline flags, lookaround, named groups: not read
          return {};
        }
        at_ += 2;
      }
      LiteralInfo inner = Alternation();
      if (failed_ || !More() || Peek() != ')') {
        failed_ = true;
        return {};
      }
      ++at_;
      return inner;
    }
    if (c == '[') return Class();
    if (c == '^' || c == '$') {
      ++at_;
      return Exactly({""});
    }
    if (c == '.') {
      ++at_;
      return {};
    }
    if (c == '\\') return Escape();
    if (c == '*' || c == '+' || c == '?' || c == '{' || c == '}' || c == ']' || c == ')') {
      failed_ = true;
      return {};
    }
    const std::string_view bytes = Character();
    if (bytes.empty()) {
      failed_ = true;
      return {};
    }
    return Exactly({std::string(bytes)});
  }

  // Skips "{...}" after \x, \p or \P, or the one character of "\pL".
  void SkipBraced() {
    if (More() && Peek() == '{') {
      const size_t close = re_.find('}', at_);
      if (close == std::string_view::npos) {
        failed_ = true;
        return;
      }
      at_ = close + 1;
    } else if (More()) {
      ++at_;
    }
  }

  LiteralInfo Escape() {
    if (at_ + 1 >= re_.size()) {
      failed_ = true;
      return {};
    }
    const char e = re_[at_ + 1];
    at_ += 2;
    switch (e) {
      case 'b':
      case 'B':
      case 'A':
      case 'z':
      case 'Z':
        return Exactly({""});
      case 's':
        return Exactly({" ", "\n"});  // the match text's only white space
      case 'd':
        return Exactly({"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"});
      case 'n':
        return Exactly({"\n"});
      case 'S':
      case 'w':
      case 'W':
      case 'D':
      case 'h':
      case 'H':
      case 'v':
      case 'V':
      case 'N':
      case 'R':
        return {};
      case 'x':
        return HexCharacter();
      case 'p':
      case 'P':
        SkipBraced();
        return {};
      default:
        break;
    }
    const auto byte = static_cast<unsigned char>(e);
    if (byte < 0x80 && !std::isalnum(byte)) return Exactly({std::string(1, e)});
    failed_ = true;  // back references, \Q...\E, control escapes: not read
    return {};
  }

  // The character after "\x": "\x27" (at most two hex digits) or "\x{e9}", in UTF-8 (the regexes
  // are compiled in UTF-8 mode, where \xe9 is U+00E9). Read as any character when it is not one
  // of those forms (the answer then holds whatever it is).
  LiteralInfo HexCharacter() {
    const bool braced = More() && Peek() == '{';
    if (braced) ++at_;
    uint32_t code_point = 0;
    size_t digits = 0;
    while (More() && std::isxdigit(static_cast<unsigned char>(Peek())) != 0 &&
           (braced || digits < 2) && digits < 6) {
      const char h = Peek();
      code_point = code_point * 16 +
                   static_cast<uint32_t>(std::isdigit(h) != 0 ? h - '0' : (h | 0x20) - 'a' + 10);
      ++digits;
      ++at_;
    }
    if (braced) {
      if (!More() || Peek() != '}') {
        failed_ = true;
        return {};
      }
      ++at_;
    }
    if (digits == 0 || code_point > 0x10FFFF || (code_point >= 0xD800 && code_point <= 0xDFFF)) {
      failed_ = true;
      return {};
    }
    std::string bytes;
    AppendUtf8(code_point, &bytes);
    return Exactly({bytes});
  }

  // "[...]": its characters when it is not negated and they are few, else nothing.
  LiteralInfo Class() {
    ++at_;
    bool few = true;
    if (More() && Peek() == '^') {
      few = false;
      ++at_;
    }
    Strings set;
    bool first_item = true;
    while (More() && (Peek() != ']' || first_item)) {
      first_item = false;
      if (Peek() == '\\') {
        LiteralInfo escaped = Escape();
        if (failed_) return {};
        if (!escaped.exact || (escaped.exact->size() == 1 && escaped.exact->front().empty())) {
          few = false;  // \w, \S, \p{..}, \b in a class: not read
        } else {
          set.insert(set.end(), escaped.exact->begin(), escaped.exact->end());
        }
      } else if (Peek() == '[' && at_ + 1 < re_.size() && re_[at_ + 1] == ':') {
        const size_t close = re_.find(":]", at_ + 2);
        if (close == std::string_view::npos) {
          failed_ = true;
          return {};
        }
        at_ = close + 2;
        few = false;
      } else {
        const std::string_view first = Character();
        if (first.empty()) {
          failed_ = true;
          return {};
        }
        if (More() && Peek() == '-' && at_ + 1 < re_.size() && re_[at_ + 1] != ']') {
          ++at_;
          if (Peek() == '\\') {
            failed_ = true;  // a range to an escape: not read
            return {};
          }
          const std::string_view last = Character();
          UChar32 from = 0;
          UChar32 to = 0;
          int32_t i = 0;
          U8_NEXT(first.data(), i, static_cast<int32_t>(first.size()), from);
          i = 0;
          U8_NEXT(last.data(), i, static_cast<int32_t>(last.size()), to);
          if (last.empty() || from < 0 || to < from) {
            failed_ = true;
            return {};
          }
          if (to - from >= static_cast<UChar32>(kMaxRequiredLiterals)) {
            few = false;
          } else {
            for (UChar32 c = from; c <= to; ++c) {
              char bytes[U8_MAX_LENGTH];
              int32_t n = 0;
              U8_APPEND_UNSAFE(bytes, n, c);
              set.emplace_back(bytes, static_cast<size_t>(n));
            }
          }
        } else {
          set.emplace_back(first);
        }
      }
    }
    if (!More()) {
      failed_ = true;
      return {};
    }
    ++at_;  // ']'
    Deduplicate(set);
    if (!few || set.empty() || set.size() > kMaxRequiredLiterals) return {};
    return Exactly(std::move(set));
  }

  std::string_view re_;
  size_t at_ = 0;
  bool failed_ = false;
};

}  // namespace

std::optional<std::vector<std::string>> RequiredLiterals(std::string_view expression,
                                                         size_t min_bytes) {
  std::optional<LiteralInfo> info = LiteralReader(expression).ReadAll();
  if (!info) return std::nullopt;
  std::optional<Strings> cover;
  KeepBetterCover(cover, info->cover);
  KeepBetterCover(cover, info->exact);
  if (!cover || cover->size() > kMaxRequiredLiterals) return std::nullopt;
  for (const std::string& s : *cover) {
    if (s.size() < min_bytes) return std::nullopt;
  }
  return cover;
}

bool AtWordBoundaries(std::string_view text, size_t start, size_t end, const TermPattern& pattern) {
  const auto length = static_cast<int32_t>(text.size());
  if (pattern.left_boundary && start > 0) {
    int32_t i = static_cast<int32_t>(start);
    UChar32 before = 0;
    U8_PREV(text.data(), 0, i, before);
    if (IsWordCodePoint(before)) return false;
  }
  if (pattern.right_boundary && end < text.size()) {
    int32_t i = static_cast<int32_t>(end);
    UChar32 after = 0;
    U8_NEXT(text.data(), i, length, after);
    if (IsWordCodePoint(after)) return false;
  }
  return true;
}

}  // namespace ariadne::flag
