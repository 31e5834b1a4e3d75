#include "capture/whatsapp_importer.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <exception>
#include <memory>
#include <optional>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "capture/ad_record.h"
#include "capture/compact_json.h"
#include "capture/line_reader.h"
#include "capture/range_worker.h"
#include "core/sha256.h"
#include "core/text.h"

namespace ariadne::capture {

namespace {

// ---- Invisible marks and spaces -------------------------------------------------------------

// The length of an invisible mark at `s[i]`, or 0. WhatsApp writes U+200E (left-to-right mark)
// before attachment lines and around names, U+202A..U+202C around phone numbers, and a file may
// start with a byte order mark (U+FEFF); U+200F and the isolates U+2066..U+2069 are their
// right-to-left and newer counterparts.
size_t MarkLength(std::string_view s, size_t i) {
  if (i + 3 > s.size()) return 0;
  const auto b0 = static_cast<unsigned char>(s[i]);
  const auto b1 = static_cast<unsigned char>(s[i + 1]);
  const auto b2 = static_cast<unsigned char>(s[i + 2]);
  if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) return 3;  // U+FEFF
  if (b0 != 0xE2) return 0;
  if (b1 == 0x80 && (b2 == 0x8E || b2 == 0x8F || (b2 >= 0xAA && b2 <= 0xAE))) return 3;
  if (b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9) return 3;  // U+2066..U+2069
  return 0;
}

// The length of a space at `s[i]`, or 0: ASCII space, U+00A0 no-break space, U+2009 thin space and
// U+202F narrow no-break space (newer Android and iOS versions write it before AM/PM).
size_t SpaceLength(std::string_view s, size_t i) {
  if (i >= s.size()) return 0;
  if (s[i] == ' ') return 1;
  if (i + 2 <= s.size() && static_cast<unsigned char>(s[i]) == 0xC2 &&
      static_cast<unsigned char>(s[i + 1]) == 0xA0)
    return 2;
  if (i + 3 <= s.size() && static_cast<unsigned char>(s[i]) == 0xE2 &&
      static_cast<unsigned char>(s[i + 1]) == 0x80 &&
      (static_cast<unsigned char>(s[i + 2]) == 0xAF ||
       static_cast<unsigned char>(s[i + 2]) == 0x89))
    return 3;
  return 0;
}

// Removes invisible marks from `s` in place. Every mark starts with 0xE2 or 0xEF: a line without
// those bytes (most of them) is only scanned, never copied.
void RemoveMarksInPlace(std::string* s) {
  size_t first = 0;
#if defined(__SSE2__)
  // 16 bytes at a time: this scan ran over every byte of every message.
  const __m128i e2 = _mm_set1_epi8(static_cast<char>(0xE2));
  const __m128i ef = _mm_set1_epi8(static_cast<char>(0xEF));
  for (; first + 16 <= s->size(); first += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s->data() + first));
    if (_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, e2), _mm_cmpeq_epi8(v, ef))) != 0) break;
  }
#endif
  while (first < s->size() && static_cast<unsigned char>((*s)[first]) != 0xE2 &&
         static_cast<unsigned char>((*s)[first]) != 0xEF)
    ++first;
  if (first == s->size()) return;
  size_t out = first;
  for (size_t i = first; i < s->size();) {
    if (const size_t n = MarkLength(*s, i)) {
      i += n;
    } else {
      (*s)[out++] = (*s)[i++];
    }
  }
  s->resize(out);
}

// `s` without invisible marks.
std::string RemoveMarks(std::string_view s) {
  std::string out(s);
  RemoveMarksInPlace(&out);
  return out;
}

// `s` with every invalid UTF-8 byte replaced by U+FFFD; returns how many were replaced.
size_t RepairUtf8(std::string& s) {
  size_t replaced = 0;
  size_t from = 0;
  while (std::optional<size_t> bad = FindInvalidUtf8(std::string_view(s).substr(from))) {
    const size_t at = from + *bad;
    s.replace(at, 1, "\xEF\xBF\xBD");
    from = at + 3;
    ++replaced;
  }
  return replaced;
}

// ---- The message header: "12/03/2026, 21:15 - " or "[12.03.26, 21:15:07] " --------------------

struct Header {
  std::array<int, 3> field{};   // the three numbers of the date as written
  std::array<int, 3> digits{};  // how many digits each had
  char date_separator = '/';
  int hour = 0;
  int minute = 0;
  int second = -1;  // -1: not written (Android)
  enum class Clock { k24h, kAm, kPm } clock = Clock::k24h;
  size_t body = 0;  // where the sender (or a system message) starts in the line
};

enum class HeaderMatch {
  kNone,    // an ordinary line of text
  kBroken,  // starts with a date and a time but is not a complete header (a truncated line?)
  kHeader,
};

class Cursor {
 public:
  explicit Cursor(std::string_view s, size_t at = 0) : s_(s), i_(at) {}
  size_t pos() const { return i_; }
  int Peek() const { return i_ < s_.size() ? static_cast<unsigned char>(s_[i_]) : -1; }
  bool Take(char c) {
    if (Peek() != static_cast<unsigned char>(c)) return false;
    ++i_;
    return true;
  }
  bool TakeBytes(std::string_view bytes) {
    if (s_.substr(i_, bytes.size()) != bytes) return false;
    i_ += bytes.size();
    return true;
  }
  // Up to `max` digits into `value`; returns how many were read.
  int Digits(int max, int* value) {
    int n = 0;
    int v = 0;
    while (n < max && Peek() >= '0' && Peek() <= '9') {
      v = v * 10 + (Peek() - '0');
      ++i_;
      ++n;
    }
    if (n > 0 && Peek() >= '0' && Peek() <= '9') return 0;  // more digits than a field can have
    *value = v;
    return n;
  }
  // Skips spaces and invisible marks; returns how many spaces there were.
  int Spaces() {
    int n = 0;
    for (;;) {
      // Every mark and space but ' ' starts with a byte >= 0x80: an ASCII byte ends the run
      // without the two lookups (this ran several times per line, in both passes over a file).
      if (i_ < s_.size() && s_[i_] == ' ') {
        ++i_;
        ++n;
        continue;
      }
      if (i_ >= s_.size() || static_cast<unsigned char>(s_[i_]) < 0x80) return n;
      if (const size_t m = MarkLength(s_, i_)) {
        i_ += m;
      } else if (const size_t sp = SpaceLength(s_, i_)) {
        i_ += sp;
        ++n;
      } else {
        return n;
      }
    }
  }
  void Marks() {
    while (i_ < s_.size() && static_cast<unsigned char>(s_[i_]) >= 0x80) {
      const size_t m = MarkLength(s_, i_);
      if (m == 0) return;
      i_ += m;
    }
  }

 private:
  std::string_view s_;
  size_t i_ = 0;
};

int Lower(int c) {
  return (c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c;
}

// Reads a message header at the start of `line`. The date is three numbers separated by '/', '.'
// or '-' (the order is decided later, from the whole file); then a comma and/or space, a time
// "h:mm" or "h.mm" with optional seconds and AM/PM ("PM", "pm", "p.m.", "p. m."); then " - "
// (Android) or, when the line started with '[', "] " (iOS). The Finnish iOS form "[12.3.2022
// klo 14.08.18]" is read too.
int TwoDigits(std::string_view s, size_t at) {
  return (s[at] - '0') * 10 + (s[at + 1] - '0');
}

// ParseHeader's reading of the most common header, Android's 24-hour "DD/MM/YYYY, hh:mm - ", read
// at fixed places (the general reading was a tenth of the parse, and runs in both passes over a
// file). False when the line does not start exactly so: the general reading decides then. The
// header read is the general reading's: the same fields, and the body after the same spaces.
bool ParseCommonHeader(std::string_view line, Header* h) {
  constexpr size_t kShape = 19;  // "99/99/9999, 99:99 -", the place after the '-'
  if (line.size() < kShape) return false;
  // Written out place by place: a loop over a pattern string cost as much as the general reading.
  const char* l = line.data();
  const auto digit = [l](size_t i) { return static_cast<unsigned char>(l[i] - '0') < 10; };
  if (!(digit(0) && digit(1) && l[2] == '/' && digit(3) && digit(4) && l[5] == '/' && digit(6) &&
        digit(7) && digit(8) && digit(9) && l[10] == ',' && l[11] == ' ' && digit(12) &&
        digit(13) && l[14] == ':' && digit(15) && digit(16) && l[17] == ' ' && l[18] == '-'))
    return false;
  h->field = {TwoDigits(line, 0), TwoDigits(line, 3),
              TwoDigits(line, 6) * 100 + TwoDigits(line, 8)};
  h->digits = {2, 2, 4};
  h->date_separator = '/';
  h->hour = TwoDigits(line, 12);
  h->minute = TwoDigits(line, 15);
  h->second = -1;
  h->clock = Header::Clock::k24h;
  Cursor c(line, kShape);
  if (c.Spaces() == 0 && c.Peek() != -1) return false;  // "-" then text: the general reading's
  h->body = c.pos();
  return true;
}

HeaderMatch ParseHeader(std::string_view line, Header* h) {
  if (ParseCommonHeader(line, h)) return HeaderMatch::kHeader;
  Cursor c(line);
  c.Marks();
  const bool bracketed = c.Take('[');
  c.Marks();
  int n0 = c.Digits(4, &h->field[0]);
  if (n0 == 0) return HeaderMatch::kNone;
  const int sep = c.Peek();
  if (sep != '/' && sep != '.' && sep != '-') return HeaderMatch::kNone;
  c.Take(static_cast<char>(sep));
  const int n1 = c.Digits(2, &h->field[1]);
  if (n1 == 0 || !c.Take(static_cast<char>(sep))) return HeaderMatch::kNone;
  const int n2 = c.Digits(4, &h->field[2]);
  const bool year_first = n0 == 4 && n2 <= 2 && n2 > 0;
  const bool year_last = n0 <= 2 && (n2 == 2 || n2 == 4);
  if (!year_first && !year_last) return HeaderMatch::kNone;
  h->digits = {n0, n1, n2};
  h->date_separator = static_cast<char>(sep);
  if (sep == '.') c.Take('.');  // "12.03.2026." in some locales
  const bool comma = c.Take(',');
  const int spaces = c.Spaces();
  if (!comma && spaces == 0) return HeaderMatch::kNone;
  if (c.TakeBytes("klo")) c.Spaces();
  // From here on the line started with a date and a separator: if a time follows but the header
  // does not complete, it is a broken header rather than text.
  if (c.Digits(2, &h->hour) == 0) return HeaderMatch::kNone;
  const int time_sep = c.Peek();
  if (time_sep != ':' && time_sep != '.') return HeaderMatch::kBroken;
  c.Take(static_cast<char>(time_sep));
  if (c.Digits(2, &h->minute) != 2) return HeaderMatch::kBroken;
  h->second = -1;
  if (c.Take(static_cast<char>(time_sep))) {
    if (c.Digits(2, &h->second) != 2) return HeaderMatch::kBroken;
  }
  c.Spaces();
  h->clock = Header::Clock::k24h;
  const int ap = Lower(c.Peek());
  if (ap == 'a' || ap == 'p') {
    Cursor probe = c;
    probe.Take(static_cast<char>(c.Peek()));
    probe.Take('.');
    probe.Spaces();
    if (Lower(probe.Peek()) == 'm') {
      probe.Take(static_cast<char>(probe.Peek()));
      probe.Take('.');
      c = probe;
      h->clock = ap == 'a' ? Header::Clock::kAm : Header::Clock::kPm;
      c.Spaces();
    }
  }
  if (bracketed) {
    if (!c.Take(']')) return HeaderMatch::kBroken;
    if (c.Spaces() == 0 && c.Peek() != -1) return HeaderMatch::kBroken;
  } else {
    // " - " with a hyphen or an en dash (U+2013).
    if (!c.Take('-') && !c.TakeBytes("\xE2\x80\x93")) return HeaderMatch::kBroken;
    if (c.Spaces() == 0 && c.Peek() != -1) return HeaderMatch::kBroken;
  }
  h->body = c.pos();
  return HeaderMatch::kHeader;
}

// ---- Day/month order, decided over the whole file ----------------------------------------------

enum class DateOrder { kDayFirst, kMonthFirst };

int DaysInMonth(int year, int month) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[static_cast<size_t>(month - 1)];
}

struct Ymd {
  int year = 0;
  int month = 0;
  int day = 0;
};

Ymd DateOf(const Header& h, DateOrder order) {
  if (h.digits[0] == 4) return {h.field[0], h.field[1], h.field[2]};
  const int year = h.digits[2] == 2 ? 2000 + h.field[2] : h.field[2];
  if (order == DateOrder::kDayFirst) return {year, h.field[1], h.field[0]};
  return {year, h.field[0], h.field[1]};
}

bool ValidDate(const Ymd& d) {
  return d.year >= 1990 && d.year <= 2099 && d.month >= 1 && d.month <= 12 && d.day >= 1 &&
         d.day <= DaysInMonth(d.year, d.month);
}

// Evidence for the day/month order, gathered line by line.
class OrderVote {
 public:
  void Add(const Header& h) {
    if (h.digits[0] == 4) return;  // year first: not ambiguous
    ++dated_;
    if (h.date_separator != '/') ++non_slash_;
    if (h.clock != Header::Clock::k24h) ++twelve_hour_;
    const bool first_is_day = h.field[0] > 12 && h.field[0] <= 31 && h.field[1] <= 12;
    const bool second_is_day = h.field[1] > 12 && h.field[1] <= 31 && h.field[0] <= 12;
    if (first_is_day) ++day_first_;
    if (second_is_day) ++month_first_;
    // Chats run forward in time: count steps back under each reading.
    Step(h, DateOrder::kDayFirst, &last_day_first_, &backwards_day_first_);
    Step(h, DateOrder::kMonthFirst, &last_month_first_, &backwards_month_first_);
  }

  // The order to use, and a warning when the file did not settle it.
  DateOrder Decide(std::string* warning) const {
    warning->clear();
    if (day_first_ > 0 && month_first_ == 0) return DateOrder::kDayFirst;
    if (month_first_ > 0 && day_first_ == 0) return DateOrder::kMonthFirst;
    if (day_first_ > 0 && month_first_ > 0) {
      const DateOrder o =
          day_first_ >= month_first_ ? DateOrder::kDayFirst : DateOrder::kMonthFirst;
      *warning = fmt::format(
          "dates in this file disagree on the day/month order ({} read only as day first, {} only "
          "as month first): {} was used, so the others get impossible dates; check whether two "
          "exports were joined",
          day_first_, month_first_, Name(o));
      return o;
    }
    if (dated_ == 0) return DateOrder::kDayFirst;
    if (backwards_day_first_ != backwards_month_first_) {
      const DateOrder o = backwards_day_first_ < backwards_month_first_ ? DateOrder::kDayFirst
                                                                        : DateOrder::kMonthFirst;
      *warning = fmt::format(
          "the day/month order is ambiguous (no date has a number above 12): {} was assumed "
          "because the messages then run forward in time ({} step(s) back, against {} the other "
          "way); check the phone's date format",
          Name(o), std::min(backwards_day_first_, backwards_month_first_),
          std::max(backwards_day_first_, backwards_month_first_));
      return o;
    }
    // Locale habit: dotted dates are day first everywhere; slashes with AM/PM are mostly the US.
    const DateOrder o = non_slash_ == 0 && twelve_hour_ * 2 > dated_ ? DateOrder::kMonthFirst
                                                                     : DateOrder::kDayFirst;
    *warning = fmt::format(
        "the day/month order is ambiguous (no date has a number above 12 and the order of the "
        "messages does not tell): {} was assumed from the date style; check the phone's date "
        "format",
        Name(o));
    return o;
  }

  static const char* Name(DateOrder o) {
    return o == DateOrder::kDayFirst ? "day/month/year" : "month/day/year";
  }

 private:
  static void Step(const Header& h, DateOrder order, int64_t* last, int64_t* backwards) {
    const Ymd d = DateOf(h, order);
    if (!ValidDate(d)) return;
    const int64_t key = int64_t{d.year} * 10000 + d.month * 100 + d.day;
    if (*last > key) ++*backwards;
    *last = key;
  }

  int64_t dated_ = 0;
  int64_t non_slash_ = 0;
  int64_t twelve_hour_ = 0;
  int64_t day_first_ = 0;
  int64_t month_first_ = 0;
  int64_t last_day_first_ = 0;
  int64_t last_month_first_ = 0;
  int64_t backwards_day_first_ = 0;
  int64_t backwards_month_first_ = 0;
};

// The header's time as ISO 8601 local time ("2026-03-12T21:15:00"; seconds are 00 when the export
// has none), or why it is not a real time.
// Writes the message's time into `iso` (its memory reused: one allocation less per message).
Status IsoTime(const Header& h, DateOrder order, std::string_view written, std::string* iso_out) {
  const Ymd d = DateOf(h, order);
  int hour = h.hour;
  bool ok_time = h.minute <= 59 && h.second <= 59;
  if (h.clock == Header::Clock::k24h) {
    ok_time = ok_time && hour <= 23;
  } else {
    ok_time = ok_time && hour >= 1 && hour <= 12;
    hour = hour % 12 + (h.clock == Header::Clock::kPm ? 12 : 0);
  }
  if (!ValidDate(d) || !ok_time) {
    return InvalidInput(fmt::format(
        "\"{}\" is not a real date and time when read as {} (years 1990-2099): message skipped",
        Ellipsize(Trim(written), 40), OrderVote::Name(order)));
  }
  // Written by hand: fmt::format here was a seventh of the parse time.
  std::string& iso = *iso_out;
  iso.assign("0000-00-00T00:00:00");
  auto two = [&](size_t at, int v) {
    iso[at] = static_cast<char>('0' + v / 10);
    iso[at + 1] = static_cast<char>('0' + v % 10);
  };
  two(0, d.year / 100);
  two(2, d.year % 100);
  two(5, d.month);
  two(8, d.day);
  two(11, hour);
  two(14, h.minute);
  two(17, h.second < 0 ? 0 : h.second);
  return Status::Ok();
}

// ---- Attachments --------------------------------------------------------------------------------

bool HasFileExtension(std::string_view name) {
  const size_t dot = name.rfind('.');
  if (dot == std::string_view::npos || dot == 0 || name.size() - dot - 1 > 5 ||
      name.size() - dot - 1 == 0)
    return false;
  for (char ch : name.substr(dot + 1)) {
    if (!std::isalnum(static_cast<unsigned char>(ch))) return false;
  }
  return true;
}

bool IsImageName(std::string_view name) {
  const std::string ext = AsciiLower(name.substr(name.rfind('.') + 1));
  return ext == "jpg" || ext == "jpeg" || ext == "png" || ext == "webp" || ext == "gif";
}

// WhatsApp's own media names on Android: IMG-20260312-WA0001.jpg, VID-, AUD-, PTT-, STK-, DOC-.
bool IsWhatsAppMediaName(std::string_view name) {
  if (name.size() < 16 || name[3] != '-') return false;
  const std::string_view kind = name.substr(0, 3);
  if (kind != "IMG" && kind != "VID" && kind != "AUD" && kind != "PTT" && kind != "STK" &&
      kind != "DOC")
    return false;
  for (size_t i = 4; i < 12; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(name[i]))) return false;
  }
  return name.substr(12, 3) == "-WA";
}

// An attachment line: the file it names, or media the export left out (with its label). Views
// into the message's first line.
struct Attachment {
  std::string_view ref;    // the file name, when one is named
  std::string_view label;  // the whole line, when the media was omitted
  bool omitted = false;

  // Appends the attachment as nlohmann::json's dump() would write it (keys sorted, compact): a
  // json object built and dumped per attachment was a fifth of the parse of a chat with photos.
  // Both views are valid UTF-8 (the message was repaired before).
  void AppendJson(std::string* out) const {
    if (omitted) {
      *out += "{\"label\":";
      AppendValidJsonString(label, out);
      *out += ",\"omitted\":true}";
    } else {
      *out += "{\"ref\":";
      AppendValidJsonString(ref, out);
      *out += '}';
    }
  }
};

// The attachment named in the first line of a message, if any: Android "NAME (file attached)"
// (any wording in the parentheses after a WhatsApp media name), iOS "<attached: NAME>" (any label),
// or media left out of the export: Android "<Media omitted>", iOS "image omitted".
std::optional<Attachment> AttachmentOf(std::string_view first_line) {
  const std::string_view t = Trim(first_line);
  if (t.empty()) return std::nullopt;
  if (t.back() == ')') {
    const size_t open = t.rfind(" (");
    if (open != std::string_view::npos && open > 0) {
      const std::string_view name = t.substr(0, open);
      const std::string_view note = t.substr(open + 2, t.size() - open - 3);
      if (HasFileExtension(name) && (note == "file attached" || IsWhatsAppMediaName(name)))
        return Attachment{name, {}, false};
    }
  }
  if (t.back() == '>') {
    const size_t open = t.rfind('<');
    const std::string_view inner = open == std::string_view::npos
                                       ? std::string_view()
                                       : t.substr(open + 1, t.size() - open - 2);
    const size_t colon = inner.find(": ");
    if (colon != std::string_view::npos && colon <= 30) {
      const std::string_view name = Trim(inner.substr(colon + 2));
      if (HasFileExtension(name)) return Attachment{name, {}, false};
    }
    if (open == 0 && colon == std::string_view::npos && t.size() <= 48 &&
        inner.find('<') == std::string_view::npos)
      return Attachment{{}, t, true};
  }
  constexpr std::string_view kOmitted = " omitted";
  if (t.size() > kOmitted.size() && t.size() <= 40 &&
      t.substr(t.size() - kOmitted.size()) == kOmitted)
    return Attachment{{}, t, true};
  return std::nullopt;
}

// ---- The record stream --------------------------------------------------------------------------

// What the first pass over the file found.
struct FileFacts {
  DateOrder order = DateOrder::kDayFirst;
  std::string order_warning;
  std::string thread;           // from the first message line: see docs/formats/whatsapp-chat.md
  int64_t line_at_offset = -1;  // the number of the line that starts at the resume offset
};

// One message being collected: its header line and its continuation lines.
struct Pending {
  bool active = false;
  bool orphan = false;  // lines before the first header
  int64_t line = 0;
  int64_t start = 0;
  int64_t end = 0;
  int64_t lines = 0;
  Header header;
  std::string text;  // the header line, then "\n" and each continuation line
  bool too_long = false;
  int64_t length = 0;
  std::vector<std::string> warnings;

  // Swaps every field (std::swap moved the whole struct three times).
  void Swap(Pending& o) {
    std::swap(active, o.active);
    std::swap(orphan, o.orphan);
    std::swap(line, o.line);
    std::swap(start, o.start);
    std::swap(end, o.end);
    std::swap(lines, o.lines);
    std::swap(header, o.header);
    text.swap(o.text);
    std::swap(too_long, o.too_long);
    std::swap(length, o.length);
    warnings.swap(o.warnings);
  }
};

// What Emit() writes in place for one message, one per thread that emits.
struct EmitScratch {
  std::string iso;          // the message's time
  std::string sender_json;  // its sender as a JSON string
};

class WhatsAppStream final : public RecordStream {
 public:
  WhatsAppStream(std::istream& in, FileFacts facts, int64_t offset, int64_t line,
                 const ImportOptions& options)
      : facts_(std::move(facts)),
        reader_(in, options.max_record_bytes, offset,
                facts_.line_at_offset > 0 ? facts_.line_at_offset : line),
        max_bytes_(options.max_record_bytes),
        order_warning_due_(offset == 0 && !facts_.order_warning.empty()) {
    thread_json_ = ",\"thread\":";
    AppendValidJsonString(facts_.thread, &thread_json_);
    thread_json_ += '}';
  }

  bool Next(ParsedRecord* record) override {
    if (!Collect(&done_)) return false;
    Emit(done_, record, scratch_);
    WarnOfOrder(record);
    return true;
  }

  // Collects a batch's messages (lines and headers, in order), then turns them into records on
  // two threads: about four fifths of the parse is Emit(), whose messages do not depend on each
  // other. Each slot's record gets its message's text buffer, and the message the record's old
  // one (buffers are kept, not freed).
  Batch NextBatch(std::span<ParsedRecord* const> slots, int64_t max_bytes) override {
    if (batch_.size() < slots.size()) batch_.resize(slots.size());
    Batch got;
    int64_t bytes = 0;
    while (got.filled < slots.size() && bytes < max_bytes) {
      Pending& p = batch_[got.filled];
      if (!Collect(&p)) {
        got.more = false;
        break;
      }
      bytes += p.end - p.start;
      ++got.filled;
    }
    const size_t n = got.filled;
    slots_ = slots.data();
    if (n < kTwoThreadMessages) {
      EmitRange(0, n, scratch_);
    } else {
      if (!helper_) {
        helper_ = std::make_unique<RangeWorker>(
            [this](size_t from, size_t to) { EmitRange(from, to, helper_scratch_); });
      }
      // The stream's thread takes the larger share: it also collected the lines.
      const size_t half = n * 5 / 9;
      helper_->Start(half, n);
      std::exception_ptr failed;
      try {
        EmitRange(0, half, scratch_);
      } catch (...) {
        failed = std::current_exception();
      }
      helper_->Wait();  // before anything is thrown: the helper uses the slots
      if (failed) std::rethrow_exception(failed);
    }
    for (size_t i = 0; i < n && order_warning_due_; ++i) WarnOfOrder(slots[i]);
    return got;
  }

  Status status() const override {
    return reader_.read_error() ? IoError("read error") : Status::Ok();
  }

 private:
  // Fewer messages than this in a batch are emitted on one thread (the handover costs more).
  static constexpr size_t kTwoThreadMessages = 32;

  // The next message, moved to `out` (which gets the pending message's place, and its text
  // buffer is reused for the next message); false at the end of the input.
  bool Collect(Pending* out) {
    Line line;
    while (reader_.Next(&line)) {
      Header header;
      const HeaderMatch match =
          line.too_long ? HeaderMatch::kNone : ParseHeader(line.text, &header);
      if (match == HeaderMatch::kHeader) {
        const bool done = pending_.active;
        if (done) out->Swap(pending_);
        Start(line, header, /*orphan=*/false);
        if (done) return true;
        continue;
      }
      if (!pending_.active) {
        if (!line.too_long && Trim(RemoveMarks(line.text)).empty()) continue;
        Start(line, header, /*orphan=*/true);
        continue;
      }
      Append(line, match);
    }
    if (!pending_.active) return false;
    out->Swap(pending_);
    pending_.active = false;
    return true;
  }

  void EmitRange(size_t from, size_t to, EmitScratch& scratch) {
    for (size_t i = from; i < to; ++i) Emit(batch_[i], slots_[i], scratch);
  }

  // The day/month warning goes to the first message of a fresh import.
  void WarnOfOrder(ParsedRecord* record) {
    if (!order_warning_due_ || !record->doc) return;
    record->warnings.push_back(facts_.order_warning);
    order_warning_due_ = false;
  }

  // Field by field: assigning a new Pending (and moving its text buffer out and back) cost more
  // than the header's reading.
  void Start(const Line& line, const Header& header, bool orphan) {
    Pending& p = pending_;
    ClearKeepingSmall(&p.text);  // the buffer a record gave back (Emit)
    p.warnings.clear();
    p.active = true;
    p.orphan = orphan;
    p.line = line.number;
    p.start = line.start;
    p.end = 0;
    p.lines = 0;
    p.header = header;
    p.too_long = false;
    p.length = 0;
    Append(line, HeaderMatch::kHeader);
  }

  void Append(const Line& line, HeaderMatch match) {
    Pending& p = pending_;
    p.end = line.end;
    p.length += line.length + (p.lines > 0 ? 1 : 0);
    ++p.lines;
    if (line.too_long || p.length > static_cast<int64_t>(max_bytes_)) {
      p.too_long = true;
      p.text.clear();
      return;
    }
    if (p.too_long) return;
    if (p.lines > 1) p.text.push_back('\n');
    p.text.append(line.text);
    if (match == HeaderMatch::kBroken && p.warnings.size() < 10) {
      p.warnings.push_back(fmt::format(
          "line {} starts like a message date but is not a complete header (a cut line?): kept as "
          "text of the message on line {}",
          line.number, p.line));
    }
  }

  // Turns a collected message into `record`. Messages do not depend on each other: two threads
  // may emit at once, each with its own `scratch`.
  void Emit(Pending& p, ParsedRecord* record, EmitScratch& scratch) const {
    ClearForReuse(record);
    record->line = p.line;
    record->byte_start = p.start;
    record->byte_end = p.end;
    if (p.orphan || p.too_long) record->doc.reset();  // skipped: no document
    if (p.orphan) {
      record->error = fmt::format(
          "{} line(s) of text before the first message header (no date and time): skipped; the "
          "start of the export is missing, or this is not a WhatsApp chat export",
          p.lines);
      return;
    }
    if (p.too_long) {
      record->error = fmt::format("message of {} bytes is longer than the limit of {} bytes",
                                  p.length, max_bytes_);
      return;
    }
    std::string_view first_line = std::string_view(p.text).substr(0, p.text.find('\n'));
    if (Status when =
            IsoTime(p.header, facts_.order, first_line.substr(0, p.header.body), &scratch.iso);
        !when.ok()) {
      record->doc.reset();
      record->error = when.message();
      return;
    }
    std::string body = std::move(p.text);  // moved, not copied: one allocation less per message
    body.erase(0, p.header.body);
    std::vector<std::string>& warnings = record->warnings;
    warnings = std::move(p.warnings);
    if (const size_t bad = RepairUtf8(body)) {
      warnings.push_back(fmt::format("{} invalid UTF-8 byte(s) replaced by U+FFFD", bad));
    }
    RemoveMarksInPlace(&body);
    const size_t nl = body.find('\n');
    const std::string_view head = std::string_view(body).substr(0, nl);

    // "Sender: text"; a line without one is a system message ("Anna created group ...").
    std::optional<std::string> sender;
    size_t text_start = 0;
    const size_t colon = head.find(": ");
    const size_t sender_end = colon != std::string_view::npos         ? colon
                              : (!head.empty() && head.back() == ':') ? head.size() - 1
                                                                      : std::string_view::npos;
    if (sender_end != std::string_view::npos && sender_end > 0 && sender_end <= 100 &&
        head.substr(0, sender_end).find('"') == std::string_view::npos &&
        head.substr(0, sender_end).find("\xE2\x80\x9C") == std::string_view::npos) {
      sender = std::string(Trim(head.substr(0, sender_end)));
      text_start = std::min(body.size(), sender_end + 2);
    }
    Document& d = record->doc ? *record->doc : record->doc.emplace();
    d.text.swap(body);
    p.text = std::move(body);  // the record's old text buffer, for a later message (Start)
    d.text.erase(0, text_start);
    // Trailing blank lines belong to the byte range, not to the text.
    while (!d.text.empty() && (d.text.back() == '\n' || d.text.back() == ' ')) d.text.pop_back();
    constexpr std::string_view kEdited = "<This message was edited>";
    bool edited = false;
    if (std::string_view t = Trim(d.text);
        t.size() >= kEdited.size() && t.substr(t.size() - kEdited.size()) == kEdited) {
      edited = true;
      d.text = std::string(Trim(t.substr(0, t.size() - kEdited.size())));
    }
    // The attributes as nlohmann::json would write them (keys sorted, compact), built by hand:
    // building and dumping a json object per message was a fifth of the parse time.
    // Each string is given its usual size at once: growing it step by step cost two or three
    // allocations per string per message.
    std::string& attributes = d.attributes_json;
    attributes.reserve(160);
    attributes = "{\"attachments\":[";
    // What the chat segment keeps (importer.h): the same without the thread and the defaults.
    std::string& kept = record->message_attributes_json;
    kept.reserve(96);
    kept = "{";
    if (auto a = AttachmentOf(std::string_view(d.text).substr(0, d.text.find('\n')))) {
      if (!a->omitted && IsImageName(a->ref)) d.images.push_back({std::string(a->ref), "", ""});
      const size_t from = attributes.size();
      a->AppendJson(&attributes);
      kept += "\"attachments\":[";
      kept.append(attributes, from);
      kept += "],";
    }
    attributes += "],\"edited\":";
    attributes += edited ? "true" : "false";
    if (edited) kept += "\"edited\":true,";
    size_t replaced = ReplaceControlCharacters(d.text);
    if (sender) replaced += ReplaceControlCharacters(*sender);
    if (replaced > 0) {
      warnings.push_back(fmt::format("{} control character(s) replaced by spaces", replaced));
    }
    d.source_id.reserve(facts_.thread.size() + 12);
    d.source_id = facts_.thread;
    d.source_id += '#';
    char digits[24];
    const auto line_end = std::to_chars(digits, digits + sizeof digits, p.line).ptr;
    d.source_id.append(digits, line_end);
    d.site = "whatsapp";
    d.posted_at = scratch.iso;
    attributes += ",\"sender\":";
    kept += "\"sender\":";
    if (sender) {
      scratch.sender_json.clear();
      AppendValidJsonString(*sender, &scratch.sender_json);
      attributes += scratch.sender_json;
      kept += scratch.sender_json;
    } else {
      attributes += "null,\"system\":true";
      kept += "null,\"system\":true";
    }
    kept += '}';
    attributes += thread_json_;
    record->thread = facts_.thread;
  }

  FileFacts facts_;
  LineReader reader_;
  size_t max_bytes_;
  bool order_warning_due_;
  Pending pending_;
  Pending done_;                  // the message Next() emits
  std::vector<Pending> batch_;    // the messages NextBatch() emits
  ParsedRecord* const* slots_{};  // and their records
  std::string thread_json_;       // ,"thread":"…"} ending every message's attributes
  EmitScratch scratch_;           // the stream's thread's
  EmitScratch helper_scratch_;  // the helper's (second half of a batch, WhatsAppStream::NextBatch)
  std::unique_ptr<RangeWorker> helper_;
};

// The first pass: the day/month order, the thread name, and the line number at `offset`.
Result<FileFacts> ReadFacts(std::istream& in, int64_t offset, const ImportOptions& options) {
  FileFacts facts;
  OrderVote vote;
  LineReader reader(in, options.max_record_bytes);
  Line line;
  bool first = true;
  while (reader.Next(&line)) {
    if (line.start == offset) facts.line_at_offset = line.number;
    Header h;
    if (line.too_long || ParseHeader(line.text, &h) != HeaderMatch::kHeader) continue;
    if (first) {
      // The chat has no id in the export: it is named after its first message, which a later
      // export of the same chat repeats, so the same messages get the same source ids.
      facts.thread = Sha256Hex(line.text).substr(0, 16);
      first = false;
    }
    vote.Add(h);
  }
  if (reader.read_error()) return IoError("read error");
  facts.order = vote.Decide(&facts.order_warning);
  in.clear();
  in.seekg(0);
  if (!in) {
    return InvalidInput(
        "the WhatsApp importer reads the file twice and cannot rewind this input; import it from "
        "a file, not a pipe");
  }
  return facts;
}

// What DetectImporter() reads of a file (registry.cpp).
constexpr size_t kSniffBytes = 4096;

class WhatsApp final : public Importer {
 public:
  std::string_view name() const override { return "whatsapp"; }
  bool StoresChatSegments() const override { return true; }
  std::string_view description() const override {
    return "WhatsApp \"Export chat\" text (.txt, Android or iOS, any common date style), "
           "messages stored in chat segments (docs/formats/whatsapp-chat.md)";
  }
  bool Sniff(const std::filesystem::path& /*path*/, std::string_view head) const override {
    // The first line with text must be a message header: dates at line starts are rare enough
    // elsewhere, and CSV and JSON files never start with one.
    size_t from = 0;
    while (from < head.size()) {
      size_t nl = head.find('\n', from);
      if (nl == std::string_view::npos) {
        // A line longer than the head is not a chat line; a short head is the whole file.
        if (head.size() >= kSniffBytes) return false;
        nl = head.size();
      }
      const std::string_view line = head.substr(from, nl - from);
      if (!Trim(RemoveMarks(line)).empty()) {
        Header h;
        return ParseHeader(line, &h) == HeaderMatch::kHeader;
      }
      from = nl + 1;
    }
    return false;
  }
  Result<std::unique_ptr<RecordStream>> Open(std::istream& in, int64_t offset, int64_t line,
                                             const ImportOptions& options) const override {
    Result<FileFacts> facts = ReadFacts(in, offset, options);
    if (!facts.ok()) return facts.status();
    return std::unique_ptr<RecordStream>(
        std::make_unique<WhatsAppStream>(in, std::move(facts).value(), offset, line, options));
  }
};

}  // namespace

const Importer& WhatsAppImporter() {
  static const WhatsApp importer;
  return importer;
}

}  // namespace ariadne::capture
