#include "demo/render.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <iterator>

#include "demo/contact_format.h"
#include "demo/rng.h"

namespace ariadne::demo {
namespace {

// Days since 1970-01-01 of a proleptic Gregorian date, and back (Howard Hinnant, "chrono-compatible
// low-level date algorithms", days_from_civil / civil_from_days).
constexpr int DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

struct CivilDate {
  int year, month, day;
};

constexpr CivilDate CivilFromDays(int z) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const int doe = z - era * 146097;
  const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int mp = (5 * doy + 2) / 153;
  const int d = doy - (153 * mp + 2) / 5 + 1;
  const int m = mp < 10 ? mp + 3 : mp - 9;
  return {yoe + era * 400 + (m <= 2), m, d};
}

// Day 0 of the corpus; kLastDay later is 2026-11-15, the end of the demo period.
constexpr int kFirstDay = DaysFromCivil(2026, 5, 17);
static_assert(CivilFromDays(kFirstDay + kLastDay).month == 11 &&
              CivilFromDays(kFirstDay + kLastDay).day == 15);

bool NeedsJsonEscape(char c) {
  return c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20;
}

// Appends `s` as a JSON string. Runs of plain bytes are copied at once: this is the hottest loop of
// WriteTextOnlyAds. UTF-8 passes through unchanged (JSON allows it; RFC 8259 section 8.1).
void AppendJsonString(std::string& out, std::string_view s) {
  out += '"';
  size_t run = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (!NeedsJsonEscape(c)) continue;
    out.append(s.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        fmt::format_to(std::back_inserter(out), "\\u{:04x}", static_cast<int>(c));
    }
  }
  out.append(s.data() + run, s.size() - run);
  out += '"';
}

void AppendField(std::string& out, std::string_view key, std::string_view value) {
  out += ",\"";
  out += key;
  out += "\":";
  AppendJsonString(out, value);
}

// Everything one ad's templates may refer to.
struct AdContext {
  const Advertiser& advertiser;
  const Site& site;
  const Phrasebook& book;
  const Persona& persona;
  std::string_view city;
  Rng& rng;
  int age = 0;
  int phone = -1;         // drama suffix, -1 when the advertiser has no number
  int second_phone = -1;  // a second number listed in the same ad
  PhoneStyle phone_style = PhoneStyle::kNational;
  double mutation = 0.0;           // chance that an alternative differs from the advertiser's usual
  bool keep_placeholders = false;  // render a template, not an ad
  std::string_view company = {};   // the employer this ad names; empty: the advertiser's own
};

// The currency of the site's country. Amounts are written the way the ad's language writes them.
void AppendMoney(std::string& out, const AdContext& ctx, int units, int cents = -1) {
  const bool pounds = ctx.site.region == "GB";
  const bool symbol_first = pounds || ctx.advertiser.lang == Lang::kEn;
  auto inserter = std::back_inserter(out);
  if (symbol_first) out += pounds ? "£" : "€";
  if (cents < 0) {
    fmt::format_to(inserter, "{}", units);
  } else {
    fmt::format_to(inserter, "{}{}{:02d}", units, ctx.advertiser.lang == Lang::kEn ? '.' : ',',
                   cents);
  }
  if (!symbol_first) out += " €";
}

void AppendPhoneValue(std::string& out, AdContext& ctx) {
  if (ctx.phone < 0) {  // no number left in the drama range: the handle stands in
    out += '@';
    out += ctx.advertiser.handle;
    return;
  }
  AppendPhone(out, ctx.phone, ctx.phone_style, ctx.book, ctx.rng);
  if (ctx.second_phone >= 0) {
    out += " / ";
    AppendPhone(out, ctx.second_phone, ctx.phone_style, ctx.book, ctx.rng);
  }
}

void AppendValue(std::string& out, std::string_view key, AdContext& ctx) {
  if (ctx.keep_placeholders) {
    out += '{';
    out += key;
    out += '}';
    return;
  }
  const Advertiser& a = ctx.advertiser;
  if (key == "name") {
    out += ctx.persona.name;
  } else if (key == "age") {
    fmt::format_to(std::back_inserter(out), "{}", ctx.age);
  } else if (key == "city") {
    out += ctx.city;
  } else if (key == "price") {
    AppendMoney(out, ctx, a.price);
  } else if (key == "phone") {
    AppendPhoneValue(out, ctx);
  } else if (key == "email") {
    AppendEmail(out, a.email_local, a.email_domain, ctx.rng);
  } else if (key == "tg") {
    AppendTelegram(out, a.handle, ctx.rng);
  } else if (key == "wa") {
    if (ctx.phone < 0) {
      out += "t.me/";
      out += a.handle;
    } else {
      AppendWhatsAppLink(out, ctx.phone, ctx.rng);
    }
  } else if (key == "role") {
    out += ctx.book.roles[static_cast<size_t>(a.job_role) % ctx.book.roles.size()];
  } else if (key == "pay") {
    if (a.exploitative) {
      AppendMoney(out, ctx, a.pay_cents / 100);  // a monthly sum
    } else {
      AppendMoney(out, ctx, a.pay_cents / 100, a.pay_cents % 100);  // an hourly rate
    }
  } else if (key == "fee") {
    AppendMoney(out, ctx, a.fee);
  } else if (key == "company") {
    out += ctx.company.empty() ? std::string_view(a.company) : ctx.company;
  } else if (key == "nat" && ctx.persona.nationality >= 0) {
    out += ctx.book.nationalities[static_cast<size_t>(ctx.persona.nationality)];
  }
}

// Renders `tpl` (syntax in phrasebook.h). Each [a|b] takes the alternative fixed by `choice_seed`,
// except with probability ctx.mutation, where it takes a random one: a network's "small word
// changes".
void RenderTemplate(std::string& out, std::string_view tpl, uint64_t choice_seed, AdContext& ctx) {
  uint64_t slot = 0;
  size_t i = 0;
  while (i < tpl.size()) {
    size_t special = i;  // a plain loop: find_first_of calls memchr once per byte here
    while (special < tpl.size() && tpl[special] != '{' && tpl[special] != '[') ++special;
    if (special == tpl.size()) {
      out.append(tpl.substr(i));
      return;
    }
    out.append(tpl.substr(i, special - i));
    const size_t close = tpl.find(tpl[special] == '{' ? '}' : ']', special);
    const std::string_view inner = tpl.substr(special + 1, close - special - 1);
    if (tpl[special] == '{') {
      AppendValue(out, inner, ctx);
    } else {
      const auto alternatives =
          static_cast<uint32_t>(std::count(inner.begin(), inner.end(), '|') + 1);
      uint32_t choice = static_cast<uint32_t>(DeriveSeed(choice_seed, slot++) % alternatives);
      if (ctx.mutation > 0 && ctx.rng.Chance(ctx.mutation)) choice = ctx.rng.Below(alternatives);
      size_t start = 0;
      for (uint32_t k = 0; k < choice; ++k) start = inner.find('|', start) + 1;
      const size_t end = inner.find('|', start);
      RenderTemplate(out, inner.substr(start, end == std::string_view::npos ? end : end - start),
                     DeriveSeed(choice_seed, 1000 + slot), ctx);
    }
    i = close + 1;
  }
}

void RenderSentence(std::string& out, Sentence s, AdContext& ctx) {
  const Phrases phrases = PoolPhrases(ctx.book, s.pool);
  const uint64_t seed =
      DeriveSeed(ctx.advertiser.text_seed, static_cast<uint64_t>(s.pool) * 64 + s.index);
  RenderTemplate(out, phrases[static_cast<size_t>(s.index)], seed, ctx);
}

bool IsContact(Pool pool) {
  return pool == Pool::kSexContactFirst || pool == Pool::kSexContactThird ||
         pool == Pool::kJobContactOrdinary || pool == Pool::kJobContactMessenger;
}

// Sentences a network may drop or swap between reposts; intros and contact lines stay.
bool IsEditable(Pool pool) {
  return pool == Pool::kSexBody || pool == Pool::kSexMoreFirst || pool == Pool::kSexMoreThird ||
         pool == Pool::kJobExploitative || pool == Pool::kJobOrdinary;
}

// The sentences of one ad: the advertiser's own, with a network's small edits and the optional
// nationality line. At most a dozen, so a fixed array avoids an allocation per ad.
struct SentenceList {
  std::array<Sentence, 16> items;
  size_t size = 0;
  void Add(Sentence s) {
    if (size < items.size()) items[size++] = s;
  }
};

SentenceList SentencesForAd(AdContext& ctx) {
  const Advertiser& a = ctx.advertiser;
  SentenceList list;
  std::array<size_t, 16> editable{};
  size_t editable_count = 0;
  for (const Sentence& s : a.sentences) {
    if (IsContact(s.pool) && ctx.persona.nationality >= 0 && ctx.rng.Chance(0.8)) {
      list.Add({Pool::kSexNationality, 0});
    }
    if (IsEditable(s.pool) && editable_count < editable.size())
      editable[editable_count++] = list.size;
    list.Add(s);
  }
  if (a.role != Role::kNetwork || editable_count == 0) return list;
  if (ctx.rng.Chance(0.1)) {  // swap one sentence for another of the same kind
    Sentence& s = list.items[editable[ctx.rng.Below(static_cast<uint32_t>(editable_count))]];
    s.index = static_cast<int>(
        ctx.rng.Below(static_cast<uint32_t>(PoolPhrases(ctx.book, s.pool).size())));
  }
  if (editable_count > 1 && ctx.rng.Chance(0.15)) {  // leave one out
    const size_t drop = editable[ctx.rng.Below(static_cast<uint32_t>(editable_count))];
    std::move(list.items.begin() + static_cast<std::ptrdiff_t>(drop) + 1,
              list.items.begin() + static_cast<std::ptrdiff_t>(list.size),
              list.items.begin() + static_cast<std::ptrdiff_t>(drop));
    --list.size;
  }
  return list;
}

// Which of the advertiser's numbers this ad shows. Rotating networks move through their numbers
// over time, and around each change ads show the old or the new one, so consecutive numbers
// overlap.
void PickPhones(AdContext& ctx, const AdSlot& ad) {
  const std::vector<int>& phones = ctx.advertiser.phones;
  if (phones.empty()) return;
  const int n = static_cast<int>(phones.size());
  int index = 0;
  if (ctx.advertiser.role == Role::kNetwork) {
    const int total = std::max<int>(1, static_cast<int>(ctx.advertiser.ads.size()));
    index = std::min(n - 1, ad.sequence * n / total);
    if (n > 1 && ctx.rng.Chance(0.25))
      index = std::clamp(index + (ctx.rng.Chance(0.5) ? 1 : -1), 0, n - 1);
    if (n > 2 && ctx.rng.Chance(0.1))
      ctx.second_phone = phones[static_cast<size_t>((index + 1) % n)];
  } else if (n > 1 && ctx.rng.Chance(0.15)) {
    index = 1;
  }
  ctx.phone = phones[static_cast<size_t>(index)];
}

AdContext MakeContext(const Plan& plan, const AdSlot& ad, Rng& rng) {
  const Advertiser& a = plan.advertisers[static_cast<size_t>(ad.advertiser)];
  const Site& site = Sites()[static_cast<size_t>(ad.site)];
  AdContext ctx{a,
                site,
                PhrasesFor(a.lang),
                a.personas[static_cast<size_t>(ad.persona)],
                site.cities[static_cast<size_t>(ad.city)],
                rng};
  ctx.age = ctx.persona.age;
  if (a.role == Role::kNetwork) {
    ctx.mutation = 0.05;
    if (rng.Chance(0.15))
      ctx.age += rng.Chance(0.5) ? 1 : -1;  // networks fudge ages between reposts
  } else {
    ctx.mutation = 0.03;
  }
  if (!a.fronts.empty()) {
    ctx.company = a.fronts[static_cast<size_t>(ad.sequence) % a.fronts.size()];
  }
  PickPhones(ctx, ad);
  ctx.phone_style = PickPhoneStyle(rng, site.region == "GB");
  return ctx;
}

}  // namespace

std::string PostedAt(int day, int minute) {
  const CivilDate date = CivilFromDays(kFirstDay + day);
  return fmt::format("{:04d}-{:02d}-{:02d}T{:02d}:{:02d}:00Z", date.year, date.month, date.day,
                     minute / 60, minute % 60);
}

void AdRenderer::AppendJsonLine(std::string& out, int index, bool with_images) {
  const AdSlot& ad = plan_.ads[static_cast<size_t>(index)];
  Rng rng(DeriveSeed(plan_.seed, HashLabel(ad.id) ^ static_cast<uint64_t>(ad.site)));
  AdContext ctx = MakeContext(plan_, ad, rng);
  const Advertiser& a = ctx.advertiser;

  title_.clear();
  RenderSentence(title_, a.title, ctx);
  while (!title_.empty() && title_.back() == ' ') title_.pop_back();  // an empty final [..|] choice
  text_.clear();
  const SentenceList sentences = SentencesForAd(ctx);
  for (size_t i = 0; i < sentences.size; ++i) {
    if (i > 0) text_ += a.separator;
    RenderSentence(text_, sentences.items[i], ctx);
  }

  auto inserter = std::back_inserter(out);
  out += "{\"id\":";
  AppendJsonString(out, ad.id);
  AppendField(out, "site", ctx.site.domain);
  fmt::format_to(inserter, ",\"url\":\"https://{}/ad/{}\"", ctx.site.domain, ad.id);
  AppendField(out, "kind", KindName(a.kind));
  AppendField(out, "lang", ctx.book.code);
  AppendField(out, "region", ctx.site.region);
  AppendField(out, "posted_at", PostedAt(ad.day, ad.minute));
  AppendField(out, "location", ctx.city);
  AppendField(out, "title", title_);
  AppendField(out, "text", text_);
  // Job sites show the employer beside the ad (J-REPOST compares them across ads).
  if (a.kind == AdKind::kLabour) {
    const std::string_view employer =
        ctx.company.empty() ? std::string_view(a.company) : ctx.company;
    if (!employer.empty()) AppendField(out, "employer", employer);
  }
  if (with_images && !ad.photos.empty()) {
    out += ",\"images\":[";
    for (size_t i = 0; i < ad.photos.size(); ++i) {
      if (i > 0) out += ',';
      out += "\"images/";
      out += plan_.photos[static_cast<size_t>(ad.photos[i])].file;
      out += '"';
    }
    out += ']';
  }
  // Extra fields a site shows beside the text; the importer keeps them as attributes.
  if (a.kind == AdKind::kSex && rng.Chance(0.5)) {
    fmt::format_to(inserter, ",\"age\":{}", ctx.age);
  } else if (a.kind == AdKind::kLabour && rng.Chance(0.5)) {
    std::string salary;
    AppendMoney(salary, ctx, a.pay_cents / 100, a.exploitative ? -1 : a.pay_cents % 100);
    salary += a.exploitative ? "/month" : "/hour";
    AppendField(out, "salary", salary);
  }
  out += "}\n";
}

std::string AdRenderer::TextTemplate(const Advertiser& advertiser) {
  Rng unused(0);
  const Site& site = Sites()[static_cast<size_t>(advertiser.sites[0])];
  AdContext ctx{advertiser, site, PhrasesFor(advertiser.lang), advertiser.personas[0], {}, unused};
  ctx.keep_placeholders = true;
  std::string out;
  for (size_t i = 0; i < advertiser.sentences.size(); ++i) {
    if (i > 0) out += advertiser.separator;
    RenderSentence(out, advertiser.sentences[i], ctx);
  }
  return out;
}

}  // namespace ariadne::demo
