// Form fields joined back into one value (see form_fields.h).
#include "normalize/form_fields.h"

#include <cstring>

#include "normalize/ascii_classes.h"

namespace ariadne::normalize {
namespace {

constexpr size_t kMinBoxes = 3;
constexpr size_t kMaxBoxCharacters = 4;
constexpr size_t kMaxLocalPart = 64;
constexpr size_t kMaxDomain = 253;

bool IsLocalPartByte(char c) {
  return IsAsciiAlnum(c) || c == '.' || c == '_' || c == '+' || c == '-';
}
bool IsDomainByte(char c) {
  return IsAsciiAlnum(c) || c == '.' || c == '-';
}

size_t SkipBlanks(std::string_view t, size_t k) {
  while (k < t.size() && (t[k] == ' ' || t[k] == '\t')) ++k;
  return k;
}

// The end of the run of bytes `accept` takes from t[k], at most `max` of them (k when none).
template <typename Accept>
size_t RunEnd(std::string_view t, size_t k, size_t max, Accept accept) {
  const size_t start = k;
  while (k < t.size() && k - start < max && accept(t[k])) ++k;
  return k;
}

// A select box's arrow after the domain: ▾ (U+25BE) or ▼ (U+25BC). Its length, or 0.
size_t MenuArrowLength(std::string_view t, size_t k) {
  if (k + 3 > t.size() || t[k] != '\xE2' || t[k + 1] != '\x96') return 0;
  return t[k + 2] == '\xBE' || t[k + 2] == '\xBC' ? 3 : 0;
}

// The two fields of an address around an '@' whose first '[' is t[open]: appends the joins and
// returns where the second field ends, or 0 when there are none.
size_t EmailFieldsAt(std::string_view t, size_t open, std::vector<LineJoin>& out) {
  const size_t local = SkipBlanks(t, open + 1);
  const size_t local_end = RunEnd(t, local, kMaxLocalPart, IsLocalPartByte);
  if (local_end == local || !IsAsciiAlnum(t[local]) || !IsAsciiAlnum(t[local_end - 1])) return 0;
  const size_t close = SkipBlanks(t, local_end);
  if (close >= t.size() || t[close] != ']') return 0;
  const size_t at = SkipBlanks(t, close + 1);
  if (at >= t.size() || t[at] != '@') return 0;
  const size_t open2 = SkipBlanks(t, at + 1);
  if (open2 >= t.size() || t[open2] != '[') return 0;
  const size_t domain = SkipBlanks(t, open2 + 1);
  const size_t domain_end = RunEnd(t, domain, kMaxDomain, IsDomainByte);
  if (domain_end == domain || !IsAsciiAlnum(t[domain]) || !IsAsciiAlnum(t[domain_end - 1]) ||
      std::memchr(t.data() + domain, '.', domain_end - domain) == nullptr) {
    return 0;
  }
  size_t close2 = SkipBlanks(t, domain_end);
  if (const size_t arrow = MenuArrowLength(t, close2); arrow > 0) {
    close2 = SkipBlanks(t, close2 + arrow);
  }
  if (close2 >= t.size() || t[close2] != ']') return 0;
  const auto glue = [&](size_t b, size_t e) {
    if (b < e) out.push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(e), true});
  };
  glue(open, local);
  glue(local_end, at);
  glue(at + 1, domain);
  glue(domain_end, close2 + 1);
  return close2 + 1;
}

// A row of boxes whose first '[' is t[open]: appends the joins and returns where the last box
// ends, or 0 when there is no such row.
size_t BoxRowAt(std::string_view t, size_t open, std::vector<LineJoin>& out) {
  if (open + 1 >= t.size() || !((t[open + 1] | 0x20) >= 'a' && (t[open + 1] | 0x20) <= 'z')) {
    return 0;
  }
  // The boxes' closing brackets and the next box's opening bracket, at most a few dozen.
  size_t boxes = 0;
  size_t k = open;
  size_t first_join = out.size();
  size_t last_close = 0;
  while (k < t.size() && (t[k] == '[' || (boxes > 0 && t[k] == '('))) {
    const char closing = t[k] == '[' ? ']' : ')';
    const size_t end = RunEnd(t, k + 1, kMaxBoxCharacters + 1, IsAsciiAlnum);
    if (end == k + 1 || end - k - 1 > kMaxBoxCharacters || end >= t.size() || t[end] != closing) {
      break;
    }
    ++boxes;
    last_close = end;
    const size_t next = end + 1 < t.size() && t[end + 1] == ' ' ? end + 2 : end + 1;
    if (next < t.size() && (t[next] == '[' || t[next] == '(')) {
      out.push_back({static_cast<uint32_t>(end), static_cast<uint32_t>(next + 1), false});
    }
    k = next;
  }
  // The last pair pushed joins a box to a bracket that opened none.
  if (boxes >= 1 && out.size() > first_join && out.back().begin >= last_close) out.pop_back();
  if (boxes < kMinBoxes) {
    out.resize(first_join);
    return 0;
  }
  out.insert(out.begin() + static_cast<std::ptrdiff_t>(first_join),
             {static_cast<uint32_t>(open), static_cast<uint32_t>(open + 1), true});
  out.push_back({static_cast<uint32_t>(last_close), static_cast<uint32_t>(last_close + 1), true});
  return last_close + 1;
}

}  // namespace

void FindFormFieldJoins(std::string_view text, std::vector<LineJoin>& out) {
  size_t k = 0;
  while (k < text.size()) {
    const void* found = std::memchr(text.data() + k, '[', text.size() - k);
    if (found == nullptr) return;
    const size_t open = static_cast<size_t>(static_cast<const char*>(found) - text.data());
    size_t end = EmailFieldsAt(text, open, out);
    if (end == 0) end = BoxRowAt(text, open, out);
    k = end > 0 ? end : open + 1;
  }
}

}  // namespace ariadne::normalize
