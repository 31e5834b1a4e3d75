// A disk cache of loaded rule packs (see rules_cache.h).
#include "flag/rules_cache.h"

#include <fmt/format.h>
#include <hs/hs.h>
#include <sys/stat.h>

#include <array>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <optional>
#include <sstream>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "core/sha256.h"
#include "vectorscan/database_cache.h"

namespace ariadne::flag {

namespace {

// The first line of every cached rule set. Bump the number when the byte layout below changes.
constexpr std::string_view kFormat = "ariadne rule set 4\n";
// The cache file kind ("rules-<key>.set" in the cache folder); one file per rule set and build.
constexpr std::string_view kUser = "rules";
constexpr std::string_view kSuffix = ".set";
constexpr size_t kDigestLength = 64;  // hex SHA-256 of the bytes before it, at the end of a file

// Every field of each rule struct, in the order they are written: one list for writing and
// reading, so that reading cannot disagree with writing. A field added to a struct must be added
// here (and kFormat bumped): the static_asserts below fail to compile until it is.
auto Fields(SourcePosition& p) {
  return std::tie(p.file, p.line, p.column);
}
auto Fields(PositionedString& p) {
  return std::tie(p.value, p.where);
}
auto Fields(Term& t) {
  return std::tie(t.lang, t.phrase, t.regex, t.candidate, t.source, t.reviewer, t.added, t.where,
                  t.expanded_regex, t.max_width);
}
auto Fields(NearCheck& n) {
  return std::tie(n.first, n.second, n.words, n.sentence, n.either_order, n.why, n.where);
}
auto Fields(Indicator& i) {
  return std::tie(i.id, i.revision, i.family, i.tier, i.category, i.title, i.definition, i.why,
                  i.false_positives, i.sources, i.structural, i.only_with, i.advice, i.terms,
                  i.check, i.near, i.unless, i.pack, i.where);
}
auto Fields(MarkerList& m) {
  return std::tie(m.name, m.description, m.terms, m.where, m.name_where, m.mask);
}
auto Fields(Pack& p) {
  return std::tie(p.name, p.applies_to, p.sources, p.file);
}
auto Fields(FamilyCondition& c) {
  return std::tie(c.family, c.min_tier);
}
auto Fields(ScoringConfig& s) {
  return std::tie(s.tier_points, s.t1_cap, s.scored, s.fraud, s.medium, s.high, s.high_min_families,
                  s.high_sex, s.high_labour, s.where);
}
auto Fields(MinimumWage& w) {
  return std::tie(w.country, w.statutory, w.agreement, w.monthly_eur, w.hourly_eur, w.currency,
                  w.local_amount, w.local_period, w.payments_per_year, w.threshold_multiple, w.date,
                  w.source, w.note, w.names, w.where);
}
auto Fields(ExchangeRate& r) {
  return std::tie(r.currency, r.per_eur, r.date, r.source, r.where);
}
auto Fields(WageTable& w) {
  return std::tie(w.threshold_multiple, w.net_share, w.wages, w.rates, w.file, w.places_file);
}
auto Fields(CurrencyWord& c) {
  return std::tie(c.word, c.codes, c.ambiguous);
}
auto Fields(PeriodWord& p) {
  return std::tie(p.word, p.period, p.lang);
}
auto Fields(PayWords& p) {
  return std::tie(p.currencies, p.after, p.nouns, p.slash, p.before, p.pay_nouns, p.salary_nouns,
                  p.bonus, p.before_amount, p.connectors, p.net, p.gross, p.thousands, p.cost,
                  p.from_words, p.maybe_from_words, p.and_words, p.list_and_words, p.at_words,
                  p.people_names, p.currency_first, p.currency_last, p.file);
}
auto Fields(RuleSet& r) {
  return std::tie(r.directory, r.packs, r.indicators, r.scoring, r.wages, r.pay_words, r.markers);
}

// How many fields the aggregate T has: the most initializers `T{...}` accepts (each AnyField
// converts to any member type), the count C++ gives no other way to ask for.
struct AnyField {
  template <typename T>
  operator T&() const&&;  // only named in unevaluated operands, never defined
};
template <typename T, size_t... I>
constexpr bool InitializableFrom(std::index_sequence<I...> /*unused*/) {
  return requires {
    T{(void(I), AnyField{})...};
  };
}
template <typename T, size_t N = 0>
constexpr size_t FieldCount() {
  if constexpr (InitializableFrom<T>(std::make_index_sequence<N + 1>{})) {
    return FieldCount<T, N + 1>();
  } else {
    return N;
  }
}
template <typename T>
constexpr bool AllFieldsListed() {
  return std::tuple_size_v<decltype(Fields(std::declval<T&>()))> == FieldCount<T>();
}
static_assert(AllFieldsListed<SourcePosition>());
static_assert(AllFieldsListed<PositionedString>());
static_assert(AllFieldsListed<Term>());
static_assert(AllFieldsListed<NearCheck>());
static_assert(AllFieldsListed<Indicator>());
static_assert(AllFieldsListed<MarkerList>());
static_assert(AllFieldsListed<Pack>());
static_assert(AllFieldsListed<FamilyCondition>());
static_assert(AllFieldsListed<ScoringConfig>());
static_assert(AllFieldsListed<MinimumWage>());
static_assert(AllFieldsListed<ExchangeRate>());
static_assert(AllFieldsListed<WageTable>());
static_assert(AllFieldsListed<CurrencyWord>());
static_assert(AllFieldsListed<PeriodWord>());
static_assert(AllFieldsListed<PayWords>());
static_assert(AllFieldsListed<RuleSet>());

template <typename T>
struct IsVector : std::false_type {};
template <typename T>
struct IsVector<std::vector<T>> : std::true_type {};
template <typename T>
struct IsOptional : std::false_type {};
template <typename T>
struct IsOptional<std::optional<T>> : std::true_type {};
template <typename T>
struct IsPair : std::false_type {};
template <typename A, typename B>
struct IsPair<std::pair<A, B>> : std::true_type {};
template <typename T>
struct IsArray : std::false_type {};
template <typename T, size_t N>
struct IsArray<std::array<T, N>> : std::true_type {};

// Writes values as bytes, or reads them back into default-constructed ones: numbers as they lie in
// memory (only the build that wrote a file reads it: the executable is part of the key), strings
// and sequences after their length, a struct field by field (its Fields() above, one list for
// both directions, so that reading cannot disagree with writing).
class Archive {
 public:
  Archive() = default;  // writing
  explicit Archive(std::string_view bytes) : reading_(true), rest_(bytes) {}

  // Whether everything read so far was there, and all of it was read.
  bool whole() const { return ok_ && rest_.empty(); }
  std::string& written() { return out_; }

  template <typename... T>
  void operator()(T&... values) {
    (Io(values), ...);
  }

 private:
  template <typename T>
  void Io(T& v) {
    if (!ok_) return;
    if constexpr (std::is_same_v<T, bool>) {
      uint8_t b = v ? 1 : 0;
      Raw(b);
      v = b == 1;
    } else if constexpr (std::is_arithmetic_v<T> || std::is_enum_v<T>) {
      Raw(v);
    } else if constexpr (std::is_same_v<T, std::string>) {
      String(v);
    } else if constexpr (std::is_same_v<T, std::filesystem::path>) {
      std::string s = v.native();
      String(s);
      if (reading_) v = std::move(s);
    } else if constexpr (IsVector<T>::value) {
      uint64_t n = v.size();
      Raw(n);
      // Every element takes at least one byte: a larger count is a damaged file.
      if (reading_ && (!ok_ || n > rest_.size())) {
        ok_ = false;
        return;
      }
      if (reading_) v.resize(n);
      for (auto& x : v) Io(x);
    } else if constexpr (IsOptional<T>::value) {
      bool has = v.has_value();
      Io(has);
      if (reading_ && has) v.emplace();
      if (has) Io(*v);
    } else if constexpr (IsPair<T>::value) {
      Io(v.first);
      Io(v.second);
    } else if constexpr (IsArray<T>::value) {
      for (auto& x : v) Io(x);
    } else {
      std::apply([this](auto&... fields) { (Io(fields), ...); }, Fields(v));
    }
  }

  template <typename T>
  void Raw(T& v) {
    if (!reading_) {
      out_.append(reinterpret_cast<const char*>(&v), sizeof v);
    } else if (rest_.size() < sizeof v) {
      ok_ = false;
    } else {
      std::memcpy(&v, rest_.data(), sizeof v);
      rest_.remove_prefix(sizeof v);
    }
  }

  void String(std::string& s) {
    uint64_t n = s.size();
    Raw(n);
    if (!reading_) {
      out_.append(s);
    } else if (!ok_ || n > rest_.size()) {
      ok_ = false;
    } else {
      s.assign(rest_.data(), n);
      rest_.remove_prefix(n);
    }
  }

  bool reading_ = false;
  bool ok_ = true;
  std::string out_;
  std::string_view rest_;
};

// The bytes of `path`; "" with `absent` set when there is no such file; nullopt when it exists
// but cannot be read.
std::optional<std::string> FileBytes(const std::filesystem::path& path, bool& absent) {
  std::error_code ec;
  absent = !std::filesystem::exists(path, ec);
  if (absent) return ec ? std::nullopt : std::optional<std::string>("");
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return std::move(bytes).str();
}

// The running program: its path, size and modification time (a rebuild changes them).
std::optional<std::string> ExecutableIdentity() {
  std::error_code ec;
  const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  struct stat info {};
  if (ec || ::stat("/proc/self/exe", &info) != 0) return std::nullopt;
  return fmt::format("{} {} {} {}.{:09}", exe.native(), info.st_size, info.st_ino,
                     info.st_mtim.tv_sec, info.st_mtim.tv_nsec);
}

}  // namespace

std::string RulesCacheKey(const std::filesystem::path& directory,
                          const std::vector<std::filesystem::path>& files) {
  const std::optional<std::string> exe = ExecutableIdentity();
  if (!exe.has_value()) return "";
  Sha256 hash;
  auto field = [&hash](std::string_view text) {
    hash.Update(fmt::format("{}:", text.size()));
    hash.Update(text);
  };
  field(kFormat);
  field(*exe);
  field(hs_version());
  field(directory.native());
  for (const std::filesystem::path& file : files) {
    bool absent = false;
    const std::optional<std::string> bytes = FileBytes(file, absent);
    if (!bytes.has_value()) return "";
    field(file.native());
    field(absent ? "absent" : "present");
    field(*bytes);
  }
  return hash.HexDigest();
}

std::string SerializeRules(const RuleSet& rules) {
  Archive out;
  out.written() = std::string(kFormat);
  // The archive only reads what it writes; the cast spares copying the rule set.
  out(const_cast<RuleSet&>(rules));
  std::string bytes = std::move(out.written());
  bytes += Sha256Hex(bytes);
  return bytes;
}

std::optional<RuleSet> DeserializeRules(std::string_view bytes) {
  if (bytes.size() < kFormat.size() + kDigestLength) return std::nullopt;
  if (bytes.substr(0, kFormat.size()) != kFormat) return std::nullopt;
  const std::string_view body = bytes.substr(0, bytes.size() - kDigestLength);
  if (Sha256Hex(body) != bytes.substr(body.size())) return std::nullopt;  // damaged
  RuleSet rules;
  Archive in(body.substr(kFormat.size()));
  in(rules);
  if (!in.whole()) return std::nullopt;
  return rules;
}

std::optional<RuleSet> LoadCachedRules(const std::string& key) {
  const std::optional<std::string> bytes = vectorscan::LoadCachedFile(kUser, key, kSuffix);
  if (!bytes.has_value()) return std::nullopt;
  return DeserializeRules(*bytes);
}

void StoreCachedRules(const std::string& key, const RuleSet& rules) {
  vectorscan::StoreCachedFile(kUser, key, kSuffix, SerializeRules(rules));
}

}  // namespace ariadne::flag
