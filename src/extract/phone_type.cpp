// A number's type and region from libphonenumber's metadata without ICU (phone_type.h). The
// logic is libphonenumber's GetNumberType, GetNumberTypeHelper, IsNumberMatchingDesc and
// GetRegionCodeForNumberFromRegionList (version 8.12), step for step; only the regular
// expressions are matched here.
#include "extract/phone_type.h"

#include <phonenumbers/phonemetadata.pb.h>

#include <algorithm>
#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace i18n::phonenumbers {
// libphonenumber's compiled-in metadata (a serialised PhoneMetadataCollection): exported by the
// library, declared in its metadata.h, which Debian does not install.
int metadata_size();
const void* metadata_get();
}  // namespace i18n::phonenumbers

namespace ariadne::extract {
namespace {

using i18n::phonenumbers::PhoneMetadata;
using i18n::phonenumbers::PhoneMetadataCollection;
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberDesc;
using i18n::phonenumbers::PhoneNumberUtil;

// A compiled pattern: steps over digits. kDigit consumes one digit in `mask` (bit d: digit d);
// kSplit goes on at x, and at y when that fails; kJump goes on at x; kMatch ends the pattern.
struct Step {
  enum Op : uint8_t { kDigit, kSplit, kJump, kMatch } op;
  uint16_t mask = 0;
  int32_t x = 0;
  int32_t y = 0;
};
using Program = std::vector<Step>;

constexpr size_t kMaxSteps = 1 << 16;
constexpr uint16_t kAllDigits = 0x3FF;

// The pattern's syntax tree.
struct Node {
  enum Kind : uint8_t { kSet, kConcat, kAlternatives, kRepeat } kind = kConcat;
  uint16_t mask = 0;     // kSet
  int min = 0, max = 0;  // kRepeat; max -1: unbounded
  std::vector<Node> kids;
};

// Parses the subset of ICU's syntax the metadata uses; `ok` turns false on anything else.
class Parser {
 public:
  explicit Parser(std::string_view pattern) : s_(pattern) {}

  std::optional<Node> Parse() {
    Node root = Alternatives();
    if (!ok_ || i_ != s_.size()) return std::nullopt;
    return root;
  }

 private:
  bool More() const { return i_ < s_.size(); }
  char Peek() const { return s_[i_]; }

  Node Alternatives() {
    Node alt;
    alt.kind = Node::kAlternatives;
    alt.kids.push_back(Concat());
    while (ok_ && More() && Peek() == '|') {
      ++i_;
      alt.kids.push_back(Concat());
    }
    if (alt.kids.size() == 1) return std::move(alt.kids[0]);
    return alt;
  }

  Node Concat() {
    Node cat;
    cat.kind = Node::kConcat;
    while (ok_ && More() && Peek() != '|' && Peek() != ')') cat.kids.push_back(Repeat());
    return cat;
  }

  bool Number(int& out) {
    if (!More() || Peek() < '0' || Peek() > '9') return false;
    out = 0;
    while (More() && Peek() >= '0' && Peek() <= '9') {
      out = out * 10 + (Peek() - '0');
      if (out > 100) return false;
      ++i_;
    }
    return true;
  }

  Node Repeat() {
    Node atom = Atom();
    while (ok_ && More()) {
      int min = 0, max = 0;
      const char c = Peek();
      if (c == '?') {
        min = 0, max = 1;
      } else if (c == '*') {
        min = 0, max = -1;
      } else if (c == '+') {
        min = 1, max = -1;
      } else if (c == '{') {
        ++i_;
        if (!Number(min)) return Fail();
        max = min;
        if (More() && Peek() == ',') {
          ++i_;
          max = -1;
          if (More() && Peek() != '}' && !Number(max)) return Fail();
        }
        if (!More() || Peek() != '}' || (max != -1 && max < min)) return Fail();
      } else {
        break;
      }
      ++i_;
      // Lazy and possessive forms do not change whether a pattern matches as a whole, but they are
      // not expected here: leave such a region to libphonenumber.
      if (More() && (Peek() == '?' || Peek() == '+')) return Fail();
      Node rep;
      rep.kind = Node::kRepeat;
      rep.min = min;
      rep.max = max;
      rep.kids.push_back(std::move(atom));
      atom = std::move(rep);
    }
    return atom;
  }

  Node Set(uint16_t mask) {
    Node set;
    set.kind = Node::kSet;
    set.mask = mask;
    return set;
  }

  Node Atom() {
    const char c = Peek();
    if (c >= '0' && c <= '9') {
      ++i_;
      return Set(static_cast<uint16_t>(1u << (c - '0')));
    }
    if (c == '\\') {
      if (i_ + 1 < s_.size() && s_[i_ + 1] == 'd') {
        i_ += 2;
        return Set(kAllDigits);
      }
      return Fail();
    }
    if (c == '[') return Class();
    if (c == '(') {
      ++i_;
      if (i_ + 1 < s_.size() && s_[i_] == '?') {
        if (s_[i_ + 1] != ':') return Fail();
        i_ += 2;
      }
      Node inner = Alternatives();
      if (!ok_ || !More() || Peek() != ')') return Fail();
      ++i_;
      return inner;
    }
    return Fail();
  }

  Node Class() {
    ++i_;  // '['
    bool negate = false;
    if (More() && Peek() == '^') {
      negate = true;
      ++i_;
    }
    uint16_t mask = 0;
    bool first = true;
    while (More() && (Peek() != ']' || first)) {
      first = false;
      const char c = Peek();
      if (c == '\\' && i_ + 1 < s_.size() && s_[i_ + 1] == 'd') {
        mask |= kAllDigits;
        i_ += 2;
        continue;
      }
      if (c < '0' || c > '9') return Fail();
      ++i_;
      char last = c;
      if (i_ + 1 < s_.size() && Peek() == '-' && s_[i_ + 1] != ']') {
        last = s_[i_ + 1];
        if (last < c || last > '9') return Fail();
        i_ += 2;
      }
      for (char d = c; d <= last; ++d) mask |= static_cast<uint16_t>(1u << (d - '0'));
    }
    if (!More()) return Fail();
    ++i_;  // ']'
    // The numbers matched are digits only, so a negated class is the other digits.
    return Set(negate ? static_cast<uint16_t>(~mask & kAllDigits) : mask);
  }

  Node Fail() {
    ok_ = false;
    i_ = s_.size();
    return Node{};
  }

  std::string_view s_;
  size_t i_ = 0;
  bool ok_ = true;
};

class Emitter {
 public:
  bool Emit(const Node& node) {
    if (program.size() > kMaxSteps) return false;
    switch (node.kind) {
      case Node::kSet:
        program.push_back({Step::kDigit, node.mask});
        return true;
      case Node::kConcat:
        for (const Node& kid : node.kids) {
          if (!Emit(kid)) return false;
        }
        return true;
      case Node::kAlternatives: {
        std::vector<size_t> jumps;
        for (size_t k = 0; k < node.kids.size(); ++k) {
          const bool last = k + 1 == node.kids.size();
          size_t split = 0;
          if (!last) {
            split = program.size();
            program.push_back({Step::kSplit, 0, static_cast<int32_t>(split + 1)});
          }
          if (!Emit(node.kids[k])) return false;
          if (!last) {
            jumps.push_back(program.size());
            program.push_back({Step::kJump});
            program[split].y = static_cast<int32_t>(program.size());
          }
        }
        for (size_t j : jumps) program[j].x = static_cast<int32_t>(program.size());
        return true;
      }
      case Node::kRepeat: {
        const Node& kid = node.kids[0];
        for (int k = 0; k < node.min; ++k) {
          if (!Emit(kid)) return false;
        }
        if (node.max < 0) {
          const size_t split = program.size();
          program.push_back({Step::kSplit, 0, static_cast<int32_t>(split + 1)});
          if (!Emit(kid)) return false;
          program.push_back({Step::kJump, 0, static_cast<int32_t>(split)});
          program[split].y = static_cast<int32_t>(program.size());
          return true;
        }
        std::vector<size_t> splits;
        for (int k = node.min; k < node.max; ++k) {
          splits.push_back(program.size());
          program.push_back({Step::kSplit, 0, static_cast<int32_t>(program.size() + 1)});
          if (!Emit(kid)) return false;
        }
        for (size_t s : splits) program[s].y = static_cast<int32_t>(program.size());
        return true;
      }
    }
    return false;
  }

  Program program;
};

std::optional<Program> Compile(std::string_view pattern) {
  std::optional<Node> root = Parser(pattern).Parse();
  if (!root) return std::nullopt;
  Emitter emitter;
  if (!emitter.Emit(*root)) return std::nullopt;
  emitter.program.push_back({Step::kMatch});
  if (emitter.program.size() > kMaxSteps) return std::nullopt;
  return std::move(emitter.program);
}

// Where `program`'s match of all of `digits` (or, with `prefix`, of a start of them) ends, or -1
// when there is none. Depth-first over the program's alternatives in their order of preference
// (the first alternative, the greedy choice first), as ICU's backtracking matcher tries them, so a
// prefix match ends where ICU's lookingAt() ends; a (step, position) pair already visited failed
// before, so it is not visited again: the work is bounded by the program's size times the digits'.
int MatchEnd(const Program& program, std::string_view digits, bool prefix) {
  struct Visits {
    std::vector<uint32_t> marks;
    uint32_t generation = 0;
    std::vector<std::pair<int32_t, int32_t>> stack;
  };
  thread_local Visits visits;
  const size_t width = digits.size() + 1;
  const size_t cells = program.size() * width;
  if (visits.marks.size() < cells) visits.marks.resize(cells, 0);
  if (++visits.generation == 0) {
    std::fill(visits.marks.begin(), visits.marks.end(), 0);
    visits.generation = 1;
  }
  const uint32_t generation = visits.generation;
  auto& stack = visits.stack;
  stack.clear();
  stack.emplace_back(0, 0);
  const int32_t n = static_cast<int32_t>(digits.size());
  while (!stack.empty()) {
    auto [pc, pos] = stack.back();
    stack.pop_back();
    while (true) {
      uint32_t& mark = visits.marks[static_cast<size_t>(pc) * width + static_cast<size_t>(pos)];
      if (mark == generation) break;
      mark = generation;
      const Step& step = program[static_cast<size_t>(pc)];
      if (step.op == Step::kDigit) {
        if (pos >= n) break;
        const int d = digits[static_cast<size_t>(pos)] - '0';
        if (d < 0 || d > 9 || ((step.mask >> d) & 1) == 0) break;
        ++pc;
        ++pos;
      } else if (step.op == Step::kSplit) {
        stack.emplace_back(step.y, pos);
        pc = step.x;
      } else if (step.op == Step::kJump) {
        pc = step.x;
      } else {
        if (prefix || pos == n) return pos;
        break;
      }
    }
  }
  return -1;
}

bool Matches(const Program& program, std::string_view digits, bool prefix) {
  return MatchEnd(program, digits, prefix) >= 0;
}

// A PhoneNumberDesc compiled: its possible lengths and its national number pattern (none when
// the pattern is empty: libphonenumber then matches nothing).
struct Desc {
  std::vector<int> lengths;
  std::optional<Program> pattern;
};

struct Region {
  Desc general, premium_rate, toll_free, shared_cost, voip, personal_number, pager, uan, voicemail,
      fixed_line, mobile;
  bool same_mobile_and_fixed_line_pattern = false;
  std::optional<Program> leading_digits;  // libphonenumber's leading_digits, when set
  // What Parse reads (FastParse): `parse_ok` false when the region is left to libphonenumber (a
  // national prefix transform rule, or a pattern that did not compile).
  bool parse_ok = false;
  int country_code = 0;
  std::optional<Program> international_prefix;
  std::optional<Program> national_prefix_for_parsing;  // none when empty
  std::vector<int> local_only_lengths;                 // general_desc's
};

bool CompileDesc(const PhoneNumberDesc& from, Desc& to) {
  to.lengths.assign(from.possible_length().begin(), from.possible_length().end());
  if (from.national_number_pattern().empty()) return true;
  to.pattern = Compile(from.national_number_pattern());
  return to.pattern.has_value();
}

std::optional<Region> CompileRegion(const PhoneMetadata& metadata) {
  Region region;
  const std::pair<const PhoneNumberDesc*, Desc*> descs[] = {
      {&metadata.general_desc(), &region.general},
      {&metadata.premium_rate(), &region.premium_rate},
      {&metadata.toll_free(), &region.toll_free},
      {&metadata.shared_cost(), &region.shared_cost},
      {&metadata.voip(), &region.voip},
      {&metadata.personal_number(), &region.personal_number},
      {&metadata.pager(), &region.pager},
      {&metadata.uan(), &region.uan},
      {&metadata.voicemail(), &region.voicemail},
      {&metadata.fixed_line(), &region.fixed_line},
      {&metadata.mobile(), &region.mobile}};
  for (const auto& [from, to] : descs) {
    if (!CompileDesc(*from, *to)) return std::nullopt;
  }
  region.same_mobile_and_fixed_line_pattern = metadata.same_mobile_and_fixed_line_pattern();
  if (metadata.has_leading_digits()) {
    region.leading_digits = Compile(metadata.leading_digits());
    if (!region.leading_digits) return std::nullopt;
  }
  region.country_code = metadata.country_code();
  region.local_only_lengths.assign(metadata.general_desc().possible_length_local_only().begin(),
                                   metadata.general_desc().possible_length_local_only().end());
  region.international_prefix = Compile(metadata.international_prefix());
  region.parse_ok = region.international_prefix.has_value() &&
                    metadata.national_prefix_transform_rule().empty() &&
                    !region.general.lengths.empty();
  if (!metadata.national_prefix_for_parsing().empty()) {
    region.national_prefix_for_parsing = Compile(metadata.national_prefix_for_parsing());
    if (!region.national_prefix_for_parsing) region.parse_ok = false;
  }
  return region;
}

// One region's (or non-geographic entity's) metadata, compiled on first use: compiling every
// region costs about 17 million instructions, a command reading a few numbers needs a few.
class LazyRegion {
 public:
  explicit LazyRegion(const PhoneMetadata* metadata) : metadata_(metadata) {}
  // The compiled region, or nullptr when its patterns did not compile.
  const Region* Get() const {
    std::call_once(once_, [this] { region_ = CompileRegion(*metadata_); });
    return region_ ? &*region_ : nullptr;
  }

 private:
  const PhoneMetadata* metadata_;
  mutable std::once_flag once_;
  mutable std::optional<Region> region_;
};

// libphonenumber's metadata, parsed once (kept for the life of the process).
struct Metadata {
  PhoneMetadataCollection collection;
  std::unordered_map<std::string, LazyRegion> regions;  // by region code
  std::unordered_map<int, LazyRegion> non_geographic;   // by calling code (region "001")
  bool parsed = false;
};

const Metadata& CompiledMetadata() {
  static const Metadata* metadata = [] {
    auto* m = new Metadata;
    if (!m->collection.ParseFromArray(i18n::phonenumbers::metadata_get(),
                                      i18n::phonenumbers::metadata_size())) {
      return m;
    }
    m->parsed = true;
    for (const PhoneMetadata& region : m->collection.metadata()) {
      if (region.id() == "001") {
        m->non_geographic.try_emplace(region.country_code(), &region);
      } else {
        m->regions.try_emplace(region.id(), &region);
      }
    }
    return m;
  }();
  return *metadata;
}

// libphonenumber's MatchNationalNumber: the pattern alone (an empty one matches nothing).
bool MatchesPattern(const std::optional<Program>& pattern, std::string_view digits) {
  return pattern && Matches(*pattern, digits, false);
}

bool MatchesDesc(const std::string& national, const Desc& desc) {
  if (!desc.lengths.empty() && std::find(desc.lengths.begin(), desc.lengths.end(),
                                         static_cast<int>(national.size())) == desc.lengths.end()) {
    return false;
  }
  return desc.pattern && Matches(*desc.pattern, national, false);
}

PhoneNumberUtil::PhoneNumberType TypeIn(const std::string& national, const Region& region) {
  if (!MatchesDesc(national, region.general)) return PhoneNumberUtil::UNKNOWN;
  if (MatchesDesc(national, region.premium_rate)) return PhoneNumberUtil::PREMIUM_RATE;
  if (MatchesDesc(national, region.toll_free)) return PhoneNumberUtil::TOLL_FREE;
  if (MatchesDesc(national, region.shared_cost)) return PhoneNumberUtil::SHARED_COST;
  if (MatchesDesc(national, region.voip)) return PhoneNumberUtil::VOIP;
  if (MatchesDesc(national, region.personal_number)) return PhoneNumberUtil::PERSONAL_NUMBER;
  if (MatchesDesc(national, region.pager)) return PhoneNumberUtil::PAGER;
  if (MatchesDesc(national, region.uan)) return PhoneNumberUtil::UAN;
  if (MatchesDesc(national, region.voicemail)) return PhoneNumberUtil::VOICEMAIL;
  if (MatchesDesc(national, region.fixed_line)) {
    if (region.same_mobile_and_fixed_line_pattern) return PhoneNumberUtil::FIXED_LINE_OR_MOBILE;
    if (MatchesDesc(national, region.mobile)) return PhoneNumberUtil::FIXED_LINE_OR_MOBILE;
    return PhoneNumberUtil::FIXED_LINE;
  }
  if (!region.same_mobile_and_fixed_line_pattern && MatchesDesc(national, region.mobile)) {
    return PhoneNumberUtil::MOBILE;
  }
  return PhoneNumberUtil::UNKNOWN;
}

// The compiled metadata of `region_code` (for "001", the non-geographic entity of
// `country_code`): `found` false when there is none (libphonenumber's null metadata), nullptr
// with `found` true when it exists but did not compile.
const Region* RegionOf(const Metadata& metadata, const std::string& region_code, int country_code,
                       bool& found) {
  if (region_code == "001") {
    auto it = metadata.non_geographic.find(country_code);
    found = it != metadata.non_geographic.end();
    return found ? it->second.Get() : nullptr;
  }
  auto it = metadata.regions.find(region_code);
  found = it != metadata.regions.end();
  return found ? it->second.Get() : nullptr;
}

// libphonenumber's TestNumberLength(number, metadata) (type UNKNOWN: the general description).
enum class Length { kPossible, kPossibleLocalOnly, kTooShort, kInvalid, kTooLong };
Length TestNumberLength(size_t length, const Region& region) {
  const std::vector<int>& possible = region.general.lengths;  // not empty (parse_ok)
  if (possible[0] == -1) return Length::kInvalid;
  const int actual = static_cast<int>(length);
  const std::vector<int>& local = region.local_only_lengths;
  if (std::find(local.begin(), local.end(), actual) != local.end()) {
    return Length::kPossibleLocalOnly;
  }
  if (possible[0] == actual) return Length::kPossible;
  if (possible[0] > actual) return Length::kTooShort;
  if (possible.back() < actual) return Length::kTooLong;
  return std::find(possible.begin() + 1, possible.end(), actual) != possible.end()
             ? Length::kPossible
             : Length::kInvalid;
}

// libphonenumber's MaybeStripNationalPrefixAndCarrierCode for a region without a transform rule:
// the national prefix matched at the start is removed unless the number was viable (its general
// pattern matched) and no longer is.
void StripNationalPrefix(const Region& region, std::string& number) {
  if (number.empty() || !region.national_prefix_for_parsing) return;
  const int end = MatchEnd(*region.national_prefix_for_parsing, number, true);
  if (end < 0) return;
  const bool viable = MatchesPattern(region.general.pattern, number);
  std::string rest = number.substr(static_cast<size_t>(end));
  if (viable && !MatchesPattern(region.general.pattern, rest)) return;
  number = std::move(rest);
}

// libphonenumber's ExtractCountryCode: the first one to three digits that are a calling code, taken
// off `number`; 0 when there are none.
int ExtractCountryCode(std::string& number) {
  if (number.empty() || number[0] == '0') return 0;
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  int code = 0;
  for (size_t i = 1; i <= 3; ++i) {
    if (i <= number.size()) code = code * 10 + (number[i - 1] - '0');
    std::string region;
    util.GetRegionCodeForCountryCode(code, &region);
    if (region != "ZZ") {
      number.erase(0, std::min(i, number.size()));
      return code;
    }
  }
  return 0;
}

}  // namespace

std::optional<NumberTypeAndRegion> FastNumberType(const PhoneNumber& number) {
  const Metadata& metadata = CompiledMetadata();
  if (!metadata.parsed) return std::nullopt;
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  NumberTypeAndRegion answer;
  std::list<std::string> region_codes;
  util.GetRegionCodesForCountryCallingCode(number.country_code(), &region_codes);
  std::string national;
  util.GetNationalSignificantNumber(number, &national);
  // GetRegionCodeForNumber.
  if (region_codes.empty()) {
    answer.region = "ZZ";
  } else if (region_codes.size() == 1) {
    answer.region = region_codes.front();
  } else {
    answer.region = "ZZ";
    for (const std::string& code : region_codes) {
      bool found = false;
      const Region* region = RegionOf(metadata, code, number.country_code(), found);
      if (!found) continue;  // not reached: every listed region has metadata
      if (region == nullptr) return std::nullopt;
      if (region->leading_digits) {
        if (Matches(*region->leading_digits, national, true)) {
          answer.region = code;
          break;
        }
      } else if (TypeIn(national, *region) != PhoneNumberUtil::UNKNOWN) {
        answer.region = code;
        break;
      }
    }
  }
  // GetNumberType: the metadata of that region (or of the calling code, for "001").
  bool found = false;
  const Region* region = RegionOf(metadata, answer.region, number.country_code(), found);
  if (!found) return answer;  // no metadata: UNKNOWN
  if (region == nullptr) return std::nullopt;
  answer.type = TypeIn(national, *region);
  return answer;
}

FastParseResult FastParse(std::string_view text, std::string_view default_region,
                          PhoneNumber& number) {
  const Metadata& metadata = CompiledMetadata();
  if (!metadata.parsed) return FastParseResult::kLeft;
  const bool plus = !text.empty() && text[0] == '+';
  std::string digits(plus ? text.substr(1) : text);
  if (digits.size() < 2 || digits.size() > 20) return FastParseResult::kLeft;
  for (const char c : digits) {
    if (c < '0' || c > '9') return FastParseResult::kLeft;
  }
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  // The default region's metadata (none for "ZZ" or an unknown code: then only '+' numbers parse).
  const Region* home = nullptr;
  if (default_region != "001") {
    auto it = metadata.regions.find(std::string(default_region));
    if (it != metadata.regions.end()) {
      home = it->second.Get();
      if (home == nullptr) return FastParseResult::kLeft;  // did not compile
    }
  }
  if (home == nullptr && !plus) return FastParseResult::kError;  // CheckRegionForParsing
  if (home != nullptr && !home->parse_ok) return FastParseResult::kLeft;
  // MaybeExtractCountryCode.
  int country_code = 0;
  bool international = plus;
  if (!plus) {
    // The international prefix, unless a 0 follows it (no calling code starts with 0).
    const int end = MatchEnd(*home->international_prefix, digits, true);
    if (end >= 0 && (static_cast<size_t>(end) >= digits.size() || digits[end] != '0')) {
      digits.erase(0, static_cast<size_t>(end));
      international = true;
    }
  }
  if (international) {
    if (digits.size() <= 2) return FastParseResult::kError;  // too short after the IDD
    country_code = ExtractCountryCode(digits);
    if (country_code == 0) return FastParseResult::kError;  // invalid calling code
  } else {
    // Digits that start with the region's own calling code may be the number without its '+'.
    const std::string own = std::to_string(home->country_code);
    if (digits.compare(0, own.size(), own) == 0) {
      std::string rest = digits.substr(own.size());
      StripNationalPrefix(*home, rest);
      const std::optional<Program>& general = home->general.pattern;
      if ((!MatchesPattern(general, digits) && MatchesPattern(general, rest)) ||
          TestNumberLength(digits.size(), *home) == Length::kTooLong) {
        digits = std::move(rest);
        country_code = home->country_code;
      }
    }
  }
  // ParseHelper: the metadata of the number's calling code.
  const Region* region = home;
  if (country_code != 0) {
    std::string code_region;
    util.GetRegionCodeForCountryCode(country_code, &code_region);
    if (code_region != default_region) {
      bool found = false;
      region = RegionOf(metadata, code_region, country_code, found);
      if (found && region == nullptr) return FastParseResult::kLeft;
    }
  } else {
    country_code = home->country_code;
  }
  if (digits.size() < 2) return FastParseResult::kError;
  if (region != nullptr) {
    if (!region->parse_ok) return FastParseResult::kLeft;
    std::string stripped = digits;
    StripNationalPrefix(*region, stripped);
    const Length length = TestNumberLength(stripped.size(), *region);
    if (length != Length::kTooShort && length != Length::kPossibleLocalOnly &&
        length != Length::kInvalid) {
      digits = std::move(stripped);
    }
  }
  if (digits.size() < 2 || digits.size() > 17) return FastParseResult::kError;
  PhoneNumber parsed;
  parsed.set_country_code(country_code);
  // SetItalianLeadingZerosForPhoneNumber.
  if (digits.size() > 1 && digits[0] == '0') {
    parsed.set_italian_leading_zero(true);
    size_t zeros = 1;
    while (zeros < digits.size() - 1 && digits[zeros] == '0') ++zeros;
    if (zeros != 1) parsed.set_number_of_leading_zeros(static_cast<int32_t>(zeros));
  }
  uint64_t national = 0;
  for (const char c : digits) national = national * 10 + static_cast<uint64_t>(c - '0');
  parsed.set_national_number(national);
  number.Swap(&parsed);
  return FastParseResult::kNumber;
}

bool FastNumberTypeCoversAllRegions() {
  const Metadata& metadata = CompiledMetadata();
  if (!metadata.parsed || metadata.regions.empty()) return false;
  for (const auto& [code, region] : metadata.regions) {
    if (region.Get() == nullptr) return false;
  }
  for (const auto& [code, region] : metadata.non_geographic) {
    if (region.Get() == nullptr) return false;
  }
  return true;
}

}  // namespace ariadne::extract
