#include "pipeline/pipeline.h"

#include <fmt/format.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <climits>
#include <condition_variable>
#include <cstdlib>
#include <functional>
#include <future>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <thread>
#include <unordered_map>
#include <utility>

#include "core/thread_priority.h"
#include "extract/extract.h"
#include "flag/flag.h"
#include "link/link_case.h"
#include "link/mentions.h"
#include "link/phases.h"
#include "link/photos.h"
#include "link/quoted.h"
#include "link/text_skeleton.h"
#include "normalize/normalize.h"
#include "pipeline/structural.h"
#include "pipeline/write_settings.h"
#include "store/contact_kinds.h"
#include "store/sqlite/sqlite_case_store.h"
#include "store/sqlite/sqlite_db.h"

namespace ariadne::pipeline {

namespace {

// Version 2: each contact's place (link/quoted.h) in its details. Version 3: contacts the ad
// mentions without being its own (link/mentions.h), quoted too, with the mentioning words' span.
// Version 4: listings quoted in carousels and tables and under more headings (link/quoted.h).
// Version 5: an ad's own shapes (no contact outside them, a title line, a sentence) are no
// listing, a carousel closed by an arrow mid-line is one (link/quoted.h, link/mentions.h).
// Version 6: numbers a client's post asks about or reviews are mentioned (link/mentions.h).
// Version 7: the title's contacts too, marked as the title's (store/selector_in_title.h).
// Version 8: a client's report of a visit or warning of a scam quotes the number it names, and
// so does a client's question in another sentence than "her number" (link/mentions.h).
// Version 9: a number told in parts over sentences ("starts with … after that comes … ends in")
// or with its rest on the next line ("… the rest of the number: 900 329") read as one
// (normalize/line_joins.h). Version 10: a listing under a heading on the line of its items
// ("Similar ads nearby: ...") is quoted even when the ad's own number was not read
// (link/quoted.cpp). Version 11: the contacts of a short post that states no age and makes no
// offer, no job ad, are a client post's mentions (link/mentions.h IsPostAboutSomeone). Version 12:
// a line of cards each with an age after a label closed by a colon is the site's widget, and an
// age in brackets read into a card's number is the card's age (link/quoted.cpp). Version 13: cards
// parted by commas, semicolons, slashes or dashes, cards written number first, a card's name and
// age in the cell before its number, lists of cards one a line (bulleted or not) are listings, and
// a bracketed age after a name is no area code (link/quoted.cpp, extract/phone.cpp).
// Version 14: IBANs, crypto wallets and IP addresses are contacts (store/contact_kinds.h), placed
// and quoted as phones; the extractors of session 54 (OCR-misread numbers, hyphen-spelled names,
// counts in brackets, "starts … ends" in one sentence; extract revisions phone 19, e-mail 19,
// handle 22). Version 15: a lexicon phrase anywhere in a short label on the line of its items
// heads that line only, Hungarian and Czech headings, a heading over a list of cards is the site's
// widget, a sentence of ten words ends a heading's block (link/quoted.cpp); the text stage mixes
// this version, so its signatures follow. Version 16: a labelled row of named cards beside the
// ad's own number elsewhere, and a heading pointing at its cards with an arrow or a separator, are
// listings (link/quoted.cpp); a partner agency's number is mentioned, and a short record titled as
// a reply or a review is a post about someone on any site (link/mentions.cpp). Version 17: numbers
// in footnotes to other names are listings (link/quoted.cpp); every item of a list after a
// mentioning label, offers valid at other advertisers, third-person reports of a new or dead
// number, impostor warnings and the Nordic cues are mentions (link/mentions.cpp). Version 18: the
// folding reads a value stored backwards inside a right-to-left override as a reader sees it,
// drops combining marks on digits, takes any script's punctuation between digits, a column's last
// digit and glued or Romanian times words (normalize/display_order.h, normalize.cpp).
// Version 19 (the lead, merging both 18s): a
// mention with a blacklist cue in its words is a warning (why `mentioned in a warning beside …`,
// link/mentions.h kWarningWhy), which keeps its author apart from the number's owners
// (link/resolve.h ResolveOptions::impostors_apart); "don't call" alone is no warning.
constexpr StageInfo kSelectorStage = {
    "selectors", 19,
    "language detection and selector extraction (phones, e-mails, handles, …), with where each "
    "contact stands (quoted from another ad, mentioned as someone else's, or the ad's own)"};

// Byte spans sorted by start, overlapping ones (a handle inside a URL) as one.
std::vector<link::MaskSpan> SortedMerged(std::vector<link::MaskSpan> spans) {
  std::sort(spans.begin(), spans.end(),
            [](const link::MaskSpan& a, const link::MaskSpan& b) { return a.start < b.start; });
  std::vector<link::MaskSpan> merged;
  for (const link::MaskSpan& m : spans) {
    if (!merged.empty() && m.start < merged.back().end) {
      merged.back().end = std::max(merged.back().end, m.end);
    } else {
      merged.push_back(m);
    }
  }
  return merged;
}

// Whether a title may hold a contact worth the extractors' time: five digits or more (ASCII, or any
// code point whose numeric value is one digit: mathematical, full-width, circled, dingbat,
// superscript), or an '@'. Most titles ("Nina - Leeds", "Anna, 24") hold none; a number spelled
// out in a title alone is not looked for.
bool MayHoldContact(std::string_view title) {
  constexpr int kMinDigits = 5;
  int digits = 0;
  int32_t k = 0;
  const auto size = static_cast<int32_t>(title.size());
  while (k < size && digits < kMinDigits) {
    const char c = title[k];
    if (c == '@') return true;
    if (static_cast<unsigned char>(c) < 0x80) {
      digits += c >= '0' && c <= '9' ? 1 : 0;
      ++k;
      continue;
    }
    UChar32 code_point = 0;
    U8_NEXT(reinterpret_cast<const uint8_t*>(title.data()), k, size, code_point);
    const double value = code_point < 0 ? U_NO_NUMERIC_VALUE : u_getNumericValue(code_point);
    if (value >= 0 && value <= 9 && value == static_cast<int>(value)) ++digits;
  }
  return digits >= kMinDigits;
}

nlohmann::json DetailsJson(const extract::Selector& s) {
  nlohmann::json details = nlohmann::json::object();
  for (const auto& [key, value] : s.details) details[key] = value;
  return details;
}

// Whether a site's adult records (kind "sex") state an age in a field of their own (an `age`
// attribute) nearly always: of its latest kSiteSample records, at least kMinSiteRecords, a share
// kAgeShare with one. On such a site a record without one is no ad's profile (link/mentions.h
// IsPostAboutSomeone); a source that gives no age field says nothing of its records. A bounded
// read (the site's index, newest first), asked only for the sites of short adult records without
// an age field.
Result<bool> SiteStatesAges(store::CaseStore& s, const std::string& site) {
  constexpr int64_t kSiteSample = 200;
  constexpr int64_t kMinSiteRecords = 10;
  constexpr double kAgeShare = 0.8;
  Result<store::AgeFieldShare> share = s.AdultAgeFieldShare(site, kSiteSample);
  if (!share.ok()) return share.status();
  return share->records >= kMinSiteRecords &&
         static_cast<double>(share->with_age) >= kAgeShare * static_cast<double>(share->records);
}

// Whether a record may be a post about someone before its selectors are read: adult, short
// without its site's footer, no age field.
bool MayBePostAboutSomeone(const Document& doc) {
  return doc.kind == "sex" &&
         link::WithoutSiteFooter(doc.text, doc.site).size() <= link::kMaxPostBytes &&
         doc.attributes_json.find("\"age\"") == std::string::npos;
}

// Each per-document stage works in two steps: Compute() reads only the document (and what
// Load() read for it from the store) and may run on the worker thread; Store() writes the result
// inside the batch's transaction, on the calling thread (one CaseStore per thread).

// Stage: detect each document's language and store its selectors.
class SelectorStage {
 public:
  struct Output {
    std::string detected;
    std::vector<store::StoredSelector> rows;
  };
  struct Item {
    Document doc;
    Output out;
  };

  SelectorStage(store::Case& c, const extract::SelectorExtractor& extractor,
                std::string case_region)
      : case_(c), extractor_(extractor), case_region_(std::move(case_region)) {}

  template <typename Items>
  Status Load(Items& items) {
    for (const auto& item : items) ARIADNE_RETURN_IF_ERROR(ReadSiteOf(item.doc));
    return Status::Ok();
  }

  // Whether the document's site states ages (SiteStatesAges), read once per site for the records
  // that may be posts about someone; on the calling thread, before Compute.
  Status ReadSiteOf(const Document& doc) {
    if (!MayBePostAboutSomeone(doc) || sites_stating_ages_.contains(doc.site)) return Status::Ok();
    Result<bool> states = SiteStatesAges(case_.store(), doc.site);
    if (!states.ok()) return states.status();
    sites_stating_ages_[doc.site] = *states;
    return Status::Ok();
  }

  Status Compute(Item& item) const { return ComputeFor(item.doc, item.out); }
  Status Store(const Item& item, StageSummary& summary) {
    return StoreFor(item.doc, item.out, summary);
  }

  Status ComputeFor(const Document& doc, Output& out) const {
    out.detected = normalize::DetectLanguage(doc.title + "\n" + doc.text);
    extract::ExtractContext context;
    // The region hint: the ad's own, else the case's (the site's country is the ad's region field).
    context.region = doc.region.empty() ? case_region_ : doc.region;
    context.lang = doc.lang.empty() ? out.detected : doc.lang;
    context.ads = true;
    const std::vector<extract::Selector> selectors = extractor_.Extract(doc.text, context);
    // Where each contact stands (link/quoted.h): quoted from another ad or the ad's own.
    std::vector<link::MaskSpan> contacts, spans;
    for (const extract::Selector& sel : selectors) {
      if (store::IsContactKind(sel.type)) contacts.push_back({sel.start, sel.end});
      spans.push_back({sel.start, sel.end});
    }
    std::vector<link::ContactPlace> places;
    std::vector<link::Mention> mentions;
    std::string opening;
    const bool post = IsPostAboutSomeone(doc, selectors);
    if (!contacts.empty()) {
      const std::vector<link::MaskSpan> merged = SortedMerged(spans);
      places = link::PlaceContacts(doc.text, contacts, merged);
      mentions = link::FindMentions(doc.text, contacts, merged);
      // The site's footer (its own address) is no one's the post names.
      if (post) {
        link::MarkPostContacts(link::WithoutSiteFooter(doc.text, doc.site), contacts, mentions);
      }
      opening = link::OpeningWords(doc.title, doc.text);
    }
    size_t contact = 0;
    for (const extract::Selector& sel : selectors) {
      nlohmann::json details = DetailsJson(sel);
      if (store::IsContactKind(sel.type) && contact < places.size()) {
        const link::Mention& mention = mentions[contact];
        const link::ContactPlace& place = places[contact++];
        if (!place.segment.empty()) details["segment"] = place.segment;
        if (!place.quoted.empty()) {
          details["quoted"] = place.quoted;
          // The listing's words are other ads': left out of the text signature (SignDocument).
          if (place.block_end > place.block_start)
            details["listing"] = {place.block_start, place.block_end};
        } else if (!mention.why.empty()) {
          // Someone else's contact the ad names (link/mentions.h): quoted, and its words left out
          // of the text signature (link::SignDocument).
          details["quoted"] = mention.why;
          details["mentioned"] = {mention.span.start, mention.span.end};
        } else if (!opening.empty()) {
          details["opening"] = opening;
        }
      }
      out.rows.push_back({doc.id, sel.type, sel.value, static_cast<int64_t>(sel.start),
                          static_cast<int64_t>(sel.end), sel.raw, details.dump()});
    }
    if (MayHoldContact(doc.title)) AddTitleContacts(doc, context, post, std::move(spans), out.rows);
    return Status::Ok();
  }

  // Whether the document is a post about someone, no ad of its own (link/mentions.h): no job ad,
  // short without its site's footer, no age in its record's field or its words, no offer.
  // Only on a site whose adult records state an age (SiteStatesAges): one without is no ad's;
  // on any site when the record's title is a reply's, a thread's or a review's
  // (link::HasPostTitle), since a forum's records give no age field.
  bool IsPostAboutSomeone(const Document& doc,
                          const std::vector<extract::Selector>& selectors) const {
    // ReadSiteOf asked only for the records MayBePostAboutSomeone admits.
    const auto site = sites_stating_ages_.find(doc.site);
    const bool site_states_ages = site != sites_stating_ages_.end() && site->second;
    // A reply's or review's title says so on any site (a forum's records give no age field).
    if (!MayBePostAboutSomeone(doc) || !(site_states_ages || link::HasPostTitle(doc.title))) {
      return false;
    }
    const std::string_view body = link::WithoutSiteFooter(doc.text, doc.site);
    const bool states_age = std::any_of(selectors.begin(), selectors.end(), [&](const auto& s) {
      return s.type == "age" && s.start < body.size();
    });
    return link::IsPostAboutSomeone(doc.title, body, states_age, doc.kind == "labour");
  }

  // The contacts of the document's title that its text does not give (an ad that gives its number
  // only there: "Sofia 929 161 284"), stored marked as the title's (store/selector_in_title.h),
  // after the text's (`rows`). Whether each is mentioned
  // (link/mentions.h: a client's post naming a woman's number in its subject) is read over the
  // title and the text together, the text's cues and offer shape counting as the title's.
  // `text_spans`: the text's selectors.
  void AddTitleContacts(const Document& doc, const extract::ExtractContext& context, bool post,
                        std::vector<link::MaskSpan> text_spans,
                        std::vector<store::StoredSelector>& rows) const {
    std::vector<extract::Selector> found = extractor_.Extract(doc.title, context);
    // A value the text gives as well is the text's, standing as it stands there (a client's post
    // whose title repeats its text's first words, cut mid-question: "Bella 07700 900411, Leeds.
    // Does anybo").
    std::erase_if(found, [&](const extract::Selector& s) {
      return !store::IsContactKind(s.type) ||
             std::any_of(rows.begin(), rows.end(), [&](const store::StoredSelector& r) {
               return r.type == s.type && r.value == s.value;
             });
    });
    if (found.empty()) return;
    const std::string joined = doc.title + "\n" + doc.text;
    const size_t shift = doc.title.size() + 1;
    std::vector<link::MaskSpan> contacts;
    for (const extract::Selector& sel : found) contacts.push_back({sel.start, sel.end});
    std::vector<link::MaskSpan> merged = SortedMerged(contacts);
    for (const link::MaskSpan& m : SortedMerged(text_spans)) {
      merged.push_back({m.start + shift, m.end + shift});
    }
    std::vector<link::Mention> mentions = link::FindMentions(joined, contacts, merged);
    if (post) link::MarkPostContacts(doc.title, contacts, mentions);
    for (size_t k = 0; k < found.size(); ++k) {
      const extract::Selector& sel = found[k];
      nlohmann::json details = DetailsJson(sel);
      details["in"] = "title";
      if (!mentions[k].why.empty()) details["quoted"] = mentions[k].why;
      rows.push_back({doc.id, sel.type, sel.value, static_cast<int64_t>(sel.start),
                      static_cast<int64_t>(sel.end), sel.raw, details.dump()});
    }
  }

  Status StoreFor(const Document& doc, const Output& out, StageSummary& summary) {
    store::CaseStore& s = case_.store();
    ARIADNE_RETURN_IF_ERROR(s.SetDetectedLanguage(doc.id, out.detected));
    for (const store::StoredSelector& row : out.rows) ++summary.found[row.type];
    ARIADNE_RETURN_IF_ERROR(s.ReplaceSelectors(doc.id, out.rows));
    first_ = std::min(first_, doc.id);
    return Status::Ok();
  }

  // The lowest document id processed (INT64_MAX: none).
  int64_t first() const { return first_; }

 private:
  store::Case& case_;
  const extract::SelectorExtractor& extractor_;
  std::string case_region_;
  int64_t first_ = INT64_MAX;
  std::unordered_map<std::string, bool> sites_stating_ages_;  // ReadSiteOf's answers
};

// Version 2: the site's footer left out (link::WithoutSiteFooter). Version 3: the words that
// mention someone else's contact left out (link/mentions.h). Version 4: the listing blocks quoted
// contacts stand in left out (link/quoted.h). Version 5: those blocks as selectors stage 5 reads
// them (an ad's own shapes are no listing). Version 6: the sentences of clients' posts quoting
// an advertiser's number left out as selectors stage 6 reads them. Version 7: look-alike letters of
// another script, styled letters and invisible characters read as the plain ones
// (link/shingles.h); the title's contacts (selectors stage 7) are no span of the text. Version 8:
// the clients' posts' sentences selectors stage 8 reads as mentions left out. Version 9: the
// numbers told in parts selectors stage 9 reads masked. Version 10: the listings selectors stage 10
// reads as quoted left out. Version 11: the lines of posts about someone (selectors stage 11) left
// out. Version 12: the labelled widgets selectors stage 12 quotes left out. Version 13: the
// listings selectors stage 13 quotes left out. Version 14: the contacts selectors stage 14 reads
// (IBANs, wallets, IP addresses, the session 54 extractors) masked and their listings left out.
// Version 15: each text's sentences by line stored beside its signature (link/skeleton.h), for the
// template-skeleton evidence.
constexpr StageInfo kTextStage = {"text", 15,
                                  "near-duplicate text: MinHash signature of each text with its "
                                  "selectors masked, its site's footer, the words mentioning "
                                  "others' contacts and the listings quoting other ads left out; "
                                  "its sentences by line for the template skeleton"};

// Stage: the text signature that linking compares (after selectors, which it masks).
class TextStage {
 public:
  struct Output {
    std::vector<store::StoredSelector> selectors;  // read by Load()
    store::TextSignatureRow signature;
    std::string skeleton;  // link/text_skeleton.h
  };
  struct Item {
    Document doc;
    Output out;
  };

  explicit TextStage(store::Case& c) : case_(c), skeletons_(c.store()) {}

  // The batch's selectors in one query when its documents are about contiguous (as the pending
  // documents of an import are); else one query each, so that a few documents spread over a large
  // case do not read the selectors of everything between them. `items` are in id order.
  Status Load(std::vector<Item>& items) {
    if (items.empty()) return Status::Ok();
    const int64_t first = items.front().doc.id, last = items.back().doc.id;
    if (last - first >= 4 * static_cast<int64_t>(items.size())) {
      for (Item& item : items) {
        Result<std::vector<store::StoredSelector>> selectors =
            case_.store().SelectorsOf(item.doc.id);
        if (!selectors.ok()) return selectors.status();
        item.out.selectors = std::move(selectors).value();
      }
      return Status::Ok();
    }
    Result<std::vector<store::StoredSelector>> rows =
        case_.store().SelectorsOfDocuments(first, last);
    if (!rows.ok()) return rows.status();
    size_t at = 0;
    for (store::StoredSelector& row : *rows) {
      while (at < items.size() && items[at].doc.id < row.document_id) ++at;
      if (at == items.size()) break;
      if (items[at].doc.id == row.document_id) items[at].out.selectors.push_back(std::move(row));
    }
    return Status::Ok();
  }

  Status Compute(Item& item) const {
    link::TextEvidence evidence = link::TextEvidenceOf(item.doc, item.out.selectors);
    item.out.signature = std::move(evidence.signature);
    item.out.skeleton = std::move(evidence.skeleton);
    return Status::Ok();
  }

  Status Store(const Item& item, StageSummary&) {
    return StoreFor(item.out.signature, item.out.skeleton);
  }
  Status StoreFor(const store::TextSignatureRow& signature, std::string_view skeleton) {
    ARIADNE_RETURN_IF_ERROR(case_.store().PutTextSignature(signature));
    return skeletons_.Put(signature.document_id, skeleton);
  }

 private:
  store::Case& case_;
  link::SkeletonWriter skeletons_;
};

constexpr StageInfo kFlagStage = {
    "flags", 3,
    "red flags from the rule packs, with spans and sources, and each document's priority score"};

// A version made of parts (FNV-1a over their text), kept positive.
class VersionMix {
 public:
  void Add(std::string_view text) {
    for (unsigned char c : text) h_ = (h_ ^ c) * 16777619u;
  }
  int Value() const { return static_cast<int>(h_ & 0x3FFFFFFF); }

 private:
  uint32_t h_ = 2166136261u;
};

// The selector stage's description with the version a case stores (SelectorStageVersion).
const StageInfo& SelectorStageInfo() {
  static const StageInfo info = [] {
    StageInfo s = kSelectorStage;
    s.version = SelectorStageVersion(kSelectorStage.version, extract::ExtractorRevisions());
    return s;
  }();
  return info;
}

// The flag stage's effective version: its own, combined with every indicator's id and revision,
// the wage table J-SAL compares pay with, the words its pay reader reads (pay-words.toml), the
// marker lists the computed checks read and the candidate switch, so that changing a rule pack, a
// minimum wage, a pay word or a marker list re-flags every document.
int FlagStageVersion(const flag::RuleSet& rules, bool candidates) {
  VersionMix version;
  auto mix = [&](std::string_view text) { version.Add(text); };
  mix(std::to_string(kFlagStage.version));
  mix(candidates ? "+candidates" : "");
  // J-PHONEONLY reads the phones' types.
  mix(fmt::format("selectors {}", SelectorStageInfo().version));
  for (const flag::Indicator& indicator : rules.indicators) {
    mix(indicator.id);
    mix(std::to_string(indicator.revision));
  }
  mix(fmt::format("wages {}", rules.wages.threshold_multiple));
  for (const flag::MinimumWage& wage : rules.wages.wages) {
    mix(fmt::format("{} {} {} {} {} {} {} {} {}", wage.country, wage.statutory, wage.agreement,
                    wage.monthly_eur.value_or(0), wage.currency, wage.local_amount.value_or(0),
                    flag::PayPeriodName(wage.local_period), wage.payments_per_year, wage.date));
    for (const std::string& name : wage.names) mix(name);  // where the job is (J-SAL)
  }
  mix(fmt::format("net {}", rules.wages.net_share));
  for (const flag::ExchangeRate& rate : rules.wages.rates) {
    mix(fmt::format("rate {} {} {}", rate.currency, rate.per_eur, rate.date));
  }
  const flag::PayWords& pay = rules.pay_words;  // the words J-SAL and the pay checks read
  for (const flag::CurrencyWord& c : pay.currencies) {
    mix("currency " + c.word);
    for (const std::string& code : c.codes) mix(code);
    mix(c.ambiguous ? "ambiguous" : "");
  }
  for (const auto* periods : {&pay.after, &pay.nouns, &pay.slash, &pay.before}) {
    mix("periods");
    for (const flag::PeriodWord& p : *periods) {
      mix(fmt::format("{} {} {}", p.word, flag::PayPeriodName(p.period), p.lang));
    }
  }
  for (const auto* list :
       {&pay.pay_nouns, &pay.salary_nouns, &pay.bonus, &pay.before_amount, &pay.connectors,
        &pay.net, &pay.gross, &pay.thousands, &pay.cost, &pay.from_words, &pay.maybe_from_words,
        &pay.at_words, &pay.people_names}) {
    mix("words");
    for (const std::string& word : *list) mix(word);
  }
  for (const flag::MarkerList& list : rules.markers) {
    mix("marker " + list.name + (list.mask ? " mask" : ""));
    for (const flag::Term& term : list.terms) {
      mix(fmt::format("{} {}|{}", term.lang, term.phrase, term.regex));
    }
  }
  return version.Value();
}

// The text stage's, which masks the selectors: its version mixes the selector stage's.
const StageInfo& TextStageInfo() {
  static const StageInfo info = [] {
    StageInfo s = kTextStage;
    s.version = TextStageVersion(kTextStage.version, SelectorStageInfo().version);
    return s;
  }();
  return info;
}

nlohmann::json SpansJson(const std::vector<flag::Span>& spans) {
  nlohmann::json out = nlohmann::json::array();
  for (const flag::Span& span : spans) out.push_back({span.start, span.end});
  return out;
}

flag::AdKind KindOf(const Document& doc) {
  flag::AdKind kind = flag::AdKind::kAuto;
  if (!flag::ParseAdKind(doc.kind, &kind)) kind = flag::AdKind::kAuto;
  return kind;
}

// Stage: raise the text flags of each document and store them with its score.
class FlagStage {
 public:
  struct Output {
    std::vector<store::StoredFlag> rows;
    store::StoredScore score;
  };
  struct Item {
    Document doc;
    std::vector<flag::AdPhone> phones;  // as the selector stage extracted them, read by Load()
    Output out;
  };

  FlagStage(store::Case& c, const flag::Flagger& flagger, std::string case_region)
      : case_(c), flagger_(flagger), case_region_(std::move(case_region)) {}

  // The batch's phone numbers with their line types: a landline makes a job ad not "phone only"
  // (J-PHONEONLY). One query for the batch.
  Status Load(std::vector<Item>& items) {
    if (items.empty()) return Status::Ok();
    Result<std::vector<store::StoredSelector>> selectors =
        case_.store().SelectorsOfDocuments(items.front().doc.id, items.back().doc.id);
    if (!selectors.ok()) return selectors.status();
    std::unordered_map<int64_t, Item*> by_id;
    for (Item& item : items) by_id[item.doc.id] = &item;
    for (const store::StoredSelector& selector : *selectors) {
      const auto it = by_id.find(selector.document_id);
      if (it != by_id.end()) AddPhone(selector, it->second->phones);
    }
    return Status::Ok();
  }

  // Adds `selector` to `phones` if it is a phone number (with its line type and country).
  static void AddPhone(const store::StoredSelector& selector, std::vector<flag::AdPhone>& phones) {
    if (selector.type != "phone") return;
    const nlohmann::json details = nlohmann::json::parse(selector.details_json, nullptr, false);
    if (!details.is_object()) return;
    phones.push_back({details.value("number_type", ""), details.value("country", "")});
  }

  Status Compute(Item& item) const { return ComputeFor(item.doc, item.phones, item.out); }
  Status Store(const Item& item, StageSummary& summary) {
    return StoreFor(item.doc, item.out, summary);
  }

  Status ComputeFor(const Document& doc, const std::vector<flag::AdPhone>& phones,
                    Output& out) const {
    flag::AdInput ad;
    ad.text = doc.text;
    ad.kind = KindOf(doc);
    ad.lang = doc.lang;
    // Where the job is, for J-SAL's minimum wage: the ad's own region, else the case's.
    ad.region = doc.region.empty() ? case_region_ : doc.region;
    ad.phones = phones;
    const flag::Assessment a = flagger_.Assess(ad);
    for (const flag::RaisedFlag& f : a.flags) {
      store::StoredFlag row;
      row.document_id = doc.id;
      row.indicator = f.indicator->id;
      row.revision = f.indicator->revision;
      row.family = std::string(flag::FamilyName(f.indicator->family));
      row.tier = std::string(flag::TierName(f.indicator->tier));
      row.category = std::string(flag::CategoryName(f.indicator->category));
      row.lang = f.lang;
      row.spans_json = SpansJson(f.spans).dump();
      row.matched_json = nlohmann::json(f.matched).dump();
      row.why = f.why;
      row.weight = f.weight;
      row.from_candidate = f.from_candidate;
      out.rows.push_back(std::move(row));
    }
    out.score = ScoreRow(doc.id, std::string(flag::AdKindName(a.kind)), a.score, a.fraud_risk);
    return Status::Ok();
  }

  Status StoreFor(const Document& doc, const Output& out, StageSummary& summary) {
    store::CaseStore& s = case_.store();
    for (const store::StoredFlag& row : out.rows) ++summary.found[row.indicator];
    ARIADNE_RETURN_IF_ERROR(s.ReplaceTextFlags(doc.id, out.rows));
    ARIADNE_RETURN_IF_ERROR(s.SetScore(out.score));
    scored_.push_back(doc.id);
    return Status::Ok();
  }

  // The documents scored (from their text flags alone) so far.
  const std::vector<int64_t>& scored() const { return scored_; }

 private:
  store::Case& case_;
  const flag::Flagger& flagger_;
  std::string case_region_;
  std::vector<int64_t> scored_;
};

// The three per-document stages at once, when all three start from the same document (as after
// an import): each document is read once, one transaction per batch stores what the three
// stages store, and the worker computes all three for the next batch while this thread stores
// the last. Run one after the other, the text and flag stages read every document again and
// stored more than they computed, so the second core idled. What each stage stores is what it
// stores when run alone: the text signature masks the selectors just found, which are the rows
// stored for the document (SignDocument reads only their offsets). Without rule packs, the
// selectors and the text signature alone.
class DocumentStages {
 public:
  struct Output {
    SelectorStage::Output selectors;
    store::TextSignatureRow signature;
    std::string skeleton;
    FlagStage::Output flags;
  };
  struct Item {
    Document doc;
    Output out;
  };

  // `flags` may be null (no rule packs). The text and flag stages' counts go to their summaries.
  DocumentStages(SelectorStage& selectors, TextStage& text, FlagStage* flags,
                 StageSummary& text_summary, StageSummary& flag_summary)
      : selectors_(selectors),
        text_(text),
        flags_(flags),
        text_summary_(text_summary),
        flag_summary_(flag_summary) {}

  Status Load(std::vector<Item>& items) { return selectors_.Load(items); }

  Status Compute(Item& item) const {
    ARIADNE_RETURN_IF_ERROR(selectors_.ComputeFor(item.doc, item.out.selectors));
    link::TextEvidence evidence = link::TextEvidenceOf(item.doc, item.out.selectors.rows);
    item.out.signature = std::move(evidence.signature);
    item.out.skeleton = std::move(evidence.skeleton);
    if (flags_ == nullptr) return Status::Ok();
    std::vector<flag::AdPhone> phones;  // what FlagStage::Load would read back from the store
    for (const store::StoredSelector& row : item.out.selectors.rows) {
      FlagStage::AddPhone(row, phones);
    }
    return flags_->ComputeFor(item.doc, phones, item.out.flags);
  }

  // `summary` is the selector stage's.
  Status Store(const Item& item, StageSummary& summary) {
    ARIADNE_RETURN_IF_ERROR(selectors_.StoreFor(item.doc, item.out.selectors, summary));
    ARIADNE_RETURN_IF_ERROR(text_.StoreFor(item.out.signature, item.out.skeleton));
    ++text_summary_.documents;
    if (flags_ == nullptr) return Status::Ok();
    ARIADNE_RETURN_IF_ERROR(flags_->StoreFor(item.doc, item.out.flags, flag_summary_));
    ++flag_summary_.documents;
    return Status::Ok();
  }

 private:
  SelectorStage& selectors_;
  TextStage& text_;
  FlagStage* flags_;
  StageSummary& text_summary_;
  StageSummary& flag_summary_;
};

double SecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// Runs one stage (`step` returns its Result<StageSummary>) and notes the wall time it took.
template <typename Step>
Result<StageSummary> Timed(Step&& step) {
  const auto start = std::chrono::steady_clock::now();
  Result<StageSummary> summary = step();
  if (summary.ok()) summary->seconds = SecondsSince(start);
  return summary;
}

// Whether the stages compute on a thread of their own: yes, unless ARIADNE_ANALYZE_THREADS=1
// (one thread for everything: for measuring, and for machines where a second thread does not pay).
bool ComputeOnOwnThread() {
  const char* v = std::getenv("ARIADNE_ANALYZE_THREADS");
  return v == nullptr || std::string_view(v) != "1";
}

// The thread that computes a stage's next batch (extraction, language detection, signatures,
// flags) while the caller's thread stores the last one, so that an analysis uses two cores. One
// job at a time, and the same thread for every job of a run, so that what its thread-local caches
// hold (libphonenumber's readings of numbers, the extractor's scratch space) serves every batch.
// Not threaded: Start() runs the job on the caller's thread.
class Worker {
 public:
  explicit Worker(bool threaded) {
    if (threaded) thread_ = std::thread([this] { Loop(); });
  }
  Worker(const Worker&) = delete;
  Worker& operator=(const Worker&) = delete;
  ~Worker() {
    {
      std::lock_guard lock(mu_);
      stop_ = true;
    }
    changed_.notify_all();
    if (thread_.joinable()) thread_.join();
  }

  // Starts `job`; the previous one must have been waited for.
  void Start(std::function<Status()> job) {
    if (!thread_.joinable()) {
      result_ = Run(job);
      return;
    }
    {
      std::lock_guard lock(mu_);
      job_ = std::move(job);
      busy_ = true;
    }
    changed_.notify_all();
  }

  // Waits for the job started last (if any) and returns what it returned.
  Status Wait() {
    std::unique_lock lock(mu_);
    changed_.wait(lock, [&] { return !busy_; });
    return std::exchange(result_, Status::Ok());
  }

 private:
  static Status Run(const std::function<Status()>& job) {
    try {
      return job();
    } catch (const std::exception& e) {  // on the worker thread it would end the process
      return Internal(fmt::format("the analysis worker failed: {}", e.what()));
    }
  }

  void Loop() {
    for (;;) {
      std::function<Status()> job;
      {
        std::unique_lock lock(mu_);
        changed_.wait(lock, [&] { return stop_ || job_ != nullptr; });
        if (job_ == nullptr) return;  // stopping, nothing left to do
        job = std::exchange(job_, nullptr);
      }
      Status result = Run(job);
      {
        std::lock_guard lock(mu_);
        result_ = std::move(result);
        busy_ = false;
      }
      changed_.notify_all();
    }
  }

  std::mutex mu_;
  std::condition_variable changed_;
  std::function<Status()> job_;
  bool busy_ = false;
  bool stop_ = false;
  Status result_ = Status::Ok();
  std::thread thread_;  // started in the constructor body, once every member is ready
};

// Waits for the worker when leaving a scope, so that no job outlives the batches it reads.
class WaitOnExit {
 public:
  explicit WaitOnExit(Worker& worker) : worker_(worker) {}
  WaitOnExit(const WaitOnExit&) = delete;
  WaitOnExit& operator=(const WaitOnExit&) = delete;
  ~WaitOnExit() { (void)worker_.Wait(); }

 private:
  Worker& worker_;
};

// A stage's watermark, kept in pass_state: every document up to `last_document` is done by the
// stage at `version` (documents are never removed, and new ones get higher ids), so that the
// pending documents are found after it without counting the stage's done rows (DoneThrough's
// count walks a million index entries on a case of a million documents). The documents a
// watermark covers get no done row (document_stages) of their own: writing three rows a
// document, one per stage, into two b-trees cost a fifth of storing an import's analysis. Rows
// remain for the documents a stage does out of order (after a gap, RunStage).
std::string WatermarkKey(const StageInfo& stage) {
  return std::string("stage ") + stage.name;
}

// Where a stage's pending documents start: after its watermark at this version, else after the
// done prefix DoneThrough finds (recorded as the watermark when it differs). Without a watermark
// at this version, the stage's rows of other versions are dropped first: the runs since they
// were written left no rows for what their watermark covered, so a row of an older version
// found later (the rule packs changed back) could mark a document done that was since redone
// at another version.
Result<int64_t> PendingAfter(store::CaseStore& s, const StageInfo& stage) {
  Result<std::optional<store::PassState>> mark = s.GetPassState(WatermarkKey(stage));
  if (!mark.ok()) return mark.status();
  if (mark->has_value() && (*mark)->version == stage.version) return (*mark)->last_document;
  ARIADNE_RETURN_IF_ERROR(s.Begin());
  Result<int64_t> done_through = [&]() -> Result<int64_t> {
    ARIADNE_RETURN_IF_ERROR(s.ForgetStageDoneExcept(stage.name, stage.version));
    Result<int64_t> through = s.DoneThrough(stage.name, stage.version);
    if (!through.ok() || *through == 0) return through;
    ARIADNE_RETURN_IF_ERROR(s.PutPassState({WatermarkKey(stage), stage.version, *through, {}}));
    return through;
  }();
  if (!done_through.ok()) {
    s.Rollback();
    return done_through;
  }
  ARIADNE_RETURN_IF_ERROR(s.Commit());
  return done_through;
}

// A batch whose items two threads compute at once: each takes the next item not yet taken. The
// worker starts on it while the calling thread stores the previous batch; the calling thread
// then takes what is left instead of waiting, so that neither core idles (computing a batch,
// above all the selectors' language detection and extraction, takes longer than storing one).
template <typename Runner>
class SharedBatch {
 public:
  using Item = typename Runner::Item;

  explicit SharedBatch(std::vector<Item>& items) : items_(items) {}
  SharedBatch(const SharedBatch&) = delete;
  SharedBatch& operator=(const SharedBatch&) = delete;

  // Starts again on the items (after they were read anew).
  void Reset() {
    next_.store(0);
    failed_at_ = SIZE_MAX;
    failure_ = Status::Ok();
  }

  // Computes items until none is left (or one failed); any thread, any number of threads.
  void ComputeRemaining(const Runner& runner) {
    for (size_t i = next_.fetch_add(1); i < items_.size(); i = next_.fetch_add(1)) {
      Item& item = items_[i];
      Status st = runner.Compute(item);
      if (st.ok()) continue;
      std::lock_guard lock(mu_);
      if (i < failed_at_) {
        failed_at_ = i;
        failure_ = Status(st.kind(), fmt::format("document #{}: {}", item.doc.id, st.message()));
      }
      next_.store(items_.size());  // the others stop at their next item
      return;
    }
  }

  // Once every thread has returned from ComputeRemaining: the failure of the first item that
  // failed, else Ok.
  Status status() {
    std::lock_guard lock(mu_);
    return failure_;
  }

 private:
  std::vector<Item>& items_;
  std::atomic<size_t> next_{0};
  std::mutex mu_;
  size_t failed_at_ = SIZE_MAX;
  Status failure_ = Status::Ok();
};

// With nothing pending after `after`, every document is done by the stage: its watermark moves to
// the last document, so that the next run starts there (after the three stages ran together,
// the text and flag stages find every document done). Counted again inside one write
// transaction, so that no import adds a document between the count and the mark.
Status AdvanceWatermark(store::CaseStore& s, const StageInfo& stage, int64_t after) {
  Result<int64_t> last = s.LastDocumentId();
  if (!last.ok()) return last.status();
  if (*last <= after) return Status::Ok();  // nothing to move: no write
  ARIADNE_RETURN_IF_ERROR(s.Begin());
  Status st = [&]() -> Status {
    Result<int64_t> pending = s.CountPendingStage(stage.name, stage.version, after);
    if (!pending.ok()) return pending.status();
    Result<int64_t> now_last = s.LastDocumentId();
    if (!now_last.ok()) return now_last.status();
    if (*pending != 0) return Status::Ok();
    return s.PutPassState({WatermarkKey(stage), stage.version, *now_last, {}});
  }();
  if (!st.ok()) {
    s.Rollback();
    return st;
  }
  return s.Commit();
}

// Adds one batch's phases (`laps`, in the same order for every batch) to a stage's totals.
void AddLaps(const std::vector<link::Phase>& laps, std::vector<link::Phase>& totals) {
  for (const link::Phase& lap : laps) {
    auto it = std::find_if(totals.begin(), totals.end(),
                           [&](const link::Phase& p) { return p.name == lap.name; });
    if (it == totals.end()) {
      totals.push_back(lap);
      continue;
    }
    it->wall += lap.wall;
    it->process_cpu += lap.process_cpu;
    it->thread_cpu += lap.thread_cpu;
  }
}

// Runs `runner` (SelectorStage, TextStage, FlagStage, DocumentStages) over every pending document
// of a stage, one transaction per batch, marking each batch done by `stage` and by `also_done`
// (the other stages DocumentStages runs, which must start after the same document as `stage`).
// Their watermarks move with the batch while the batches hold every document after it (ids
// without gaps, as an import's are); after a gap, they get done rows instead and move when they
// next find nothing pending. `stage`'s own watermark always moves with the batch (no rows). The
// worker computes batch n+1 while this thread stores batch n; the next batch is read (and loaded)
// inside the transaction, then this thread computes what the worker has not yet taken of the
// current batch, then stores it.
template <typename Runner>
Result<StageSummary> RunStage(store::Case& c, const StageInfo& stage, const AnalyzeOptions& options,
                              Runner& runner, Worker& worker,
                              const std::vector<StageInfo>& also_done = {}) {
  using Item = typename Runner::Item;
  store::CaseStore& s = c.store();
  StageSummary summary{stage.name, stage.version};
  // Usually only the documents of the latest imports are pending: start after the rest.
  Result<int64_t> after = PendingAfter(s, stage);
  if (!after.ok()) return after.status();
  Result<int64_t> total = s.CountPendingStage(stage.name, stage.version, *after);
  if (!total.ok()) return total.status();
  if (*total == 0) {
    ARIADNE_RETURN_IF_ERROR(AdvanceWatermark(s, stage, *after));
    return summary;
  }
  // The pending documents after `after_id`, with what the runner loads for them.
  auto read = [&](int64_t after_id, std::vector<Item>& items) -> Status {
    items.clear();
    Result<std::vector<Document>> docs = s.DocumentsPendingStage(
        stage.name, stage.version, after_id, static_cast<int>(options.batch_size));
    if (!docs.ok()) return docs.status();
    items.reserve(docs->size());
    for (Document& doc : *docs) {
      items.emplace_back();
      items.back().doc = std::move(doc);
    }
    return runner.Load(items);
  };
  std::vector<Item> batches[2];
  SharedBatch<Runner> shared[2] = {SharedBatch<Runner>(batches[0]),
                                   SharedBatch<Runner>(batches[1])};
  // The worker's share of batch `b`.
  auto compute = [&runner, &shared](int b) -> std::function<Status()> {
    shared[b].Reset();
    return [&runner, &shared, b]() -> Status {
      shared[b].ComputeRemaining(runner);
      return Status::Ok();
    };
  };
  auto failed = [&](const Status& st) {
    return Status(st.kind(), fmt::format("stage {}: {}", stage.name, st.message()));
  };
  int current = 0;
  std::vector<int64_t> done;  // the batch's documents, marked done at once
  // Every document up to here is done by the stages of `also_done` too.
  std::optional<int64_t> also_through = *after;
  CaseWriteSettings settings(s);  // restored when leaving, each batch committed or rolled back
  ARIADNE_RETURN_IF_ERROR(settings.Start());
  WaitOnExit wait_on_exit(worker);
  ARIADNE_RETURN_IF_ERROR(read(*after, batches[current]));
  if (!batches[current].empty()) worker.Start(compute(current));
  while (!batches[current].empty()) {
    std::vector<Item>& batch = batches[current];
    std::vector<Item>& next = batches[1 - current];
    std::vector<link::Phase> laps;
    link::PhaseClock clock(&laps);
    ARIADNE_RETURN_IF_ERROR(s.Begin());
    Status st = [&]() -> Status {
      const int64_t last = batch.back().doc.id;
      Status read_next = read(last, next);
      clock.Lap("read the next batch");
      shared[current].ComputeRemaining(runner);  // what the worker has not started yet
      clock.Lap("compute (this thread's share)");
      ARIADNE_RETURN_IF_ERROR(worker.Wait());
      clock.Lap("wait for the worker");
      ARIADNE_RETURN_IF_ERROR(shared[current].status());
      ARIADNE_RETURN_IF_ERROR(read_next);
      if (!next.empty()) worker.Start(compute(1 - current));
      done.clear();
      for (const Item& item : batch) {
        Status stored = runner.Store(item, summary);
        if (!stored.ok()) {
          return Status(stored.kind(),
                        fmt::format("document #{}: {}", item.doc.id, stored.message()));
        }
        done.push_back(item.doc.id);
        ++summary.documents;
      }
      clock.Lap("store");
      // The stage's watermark covers the batch (every document up to `last` was done before or
      // is in it); so do the other stages' while no document was skipped.
      const int64_t first = batch.front().doc.id;
      const bool no_gap = also_through.has_value() && first == *also_through + 1 &&
                          last - first + 1 == static_cast<int64_t>(batch.size());
      also_through = no_gap ? std::optional<int64_t>(last) : std::nullopt;
      for (const StageInfo& other : also_done) {
        if (no_gap) {
          ARIADNE_RETURN_IF_ERROR(s.PutPassState({WatermarkKey(other), other.version, last, {}}));
        } else {
          ARIADNE_RETURN_IF_ERROR(s.MarkStageDone(done, other.name, other.version));
        }
      }
      return s.PutPassState({WatermarkKey(stage), stage.version, last, {}});
    }();
    if (!st.ok()) {
      s.Rollback();
      return failed(st);
    }
    ARIADNE_RETURN_IF_ERROR(s.Commit());
    clock.Lap("mark done, commit");
    AddLaps(laps, summary.phases);
    if (options.on_progress) options.on_progress({stage.name, summary.documents, *total});
    current = 1 - current;
  }
  return summary;
}

// A stage's own run with what it did before with the other stages (DocumentStages) added.
StageSummary Joined(StageSummary alone, const StageSummary& together) {
  alone.documents += together.documents;
  for (const auto& [key, n] : together.found) alone.found[key] += n;
  return alone;
}

// Whether every stage of `stages` starts after the same document (each at its version), so that
// DocumentStages can run them at once.
Result<bool> StartTogether(store::CaseStore& s, const std::vector<StageInfo>& stages) {
  std::optional<int64_t> first;
  for (const StageInfo& stage : stages) {
    Result<int64_t> after = PendingAfter(s, stage);
    if (!after.ok()) return after.status();
    if (first.has_value() && *first != *after) return false;
    first = *after;
  }
  return true;
}

// The flag stage (its documents flagged with the other stages, `together`, added), then, unless
// the structural flags run beside the link (`structural_later`), the structural flags.
Status RunFlagStages(store::Case& c, const AnalyzeOptions& options, const StageInfo& flag_stage,
                     FlagStage& flags, const StageSummary& together, Worker& worker,
                     std::vector<StageSummary>& summaries, PassChanges& changes,
                     bool structural_later) {
  Result<StageSummary> f = Timed([&] { return RunStage(c, flag_stage, options, flags, worker); });
  if (!f.ok()) return f.status();
  summaries.push_back(Joined(std::move(f).value(), together));
  // Case-wide: shared contacts change whenever any document's selectors or flags do.
  changes.rescore = flags.scored();
  if (structural_later) return Status::Ok();
  Result<StageSummary> structural =
      Timed([&] { return RunStructuralFlags(c, *options.rules, changes); });
  if (!structural.ok()) return structural.status();
  summaries.push_back(std::move(structural).value());
  return Status::Ok();
}

// The link's region as it tells it (link::IncrementalOptions::region_closed), handed from the
// link's thread to the caller's once.
class RegionTold {
 public:
  struct Region {
    bool closed = false;  // false: the link ended without closing a region
    std::vector<int64_t> documents;
    std::vector<store::ContactValue> values;
  };
  // The first call is kept; later ones change nothing.
  void Tell(Region region) {
    std::call_once(once_, [&] { promise_.set_value(std::move(region)); });
  }
  Region Wait() { return future_.get(); }

 private:
  std::once_flag once_;
  std::promise<Region> promise_;
  std::future<Region> future_ = promise_.get_future();
};

// The link (LinkNewDocuments) on a thread of its own, with the structural flags' reads and
// computing on this one beside it: the link takes the flags they find in place of the stored ones
// (IncrementalOptions::pending_flags) and holds the case's write lock until it commits. The
// results are those of the structural flags written first and the link after. When the link was
// incremental, what the structural pass found is left in `unwritten` (its summary's seconds so
// far set) for the caller to write; else it is written here (its summary in `written`), before
// the whole case is linked.
Result<link::LinkSummary> LinkBesideStructural(store::Case& c, const AnalyzeOptions& options,
                                               link::IncrementalOptions incremental,
                                               const PassChanges& changes,
                                               std::optional<ComputedStructural>& unwritten,
                                               StageSummary& written) {
  // The link reads nothing through the case's own connection, which this thread uses.
  Result<std::vector<link::PhotoGroupRow>> photo_groups = link::PhotoGroups(c.store());
  if (!photo_groups.ok()) return photo_groups.status();
  incremental.photo_groups = &*photo_groups;
  std::promise<Result<link::IncrementalOptions::PendingFlags>> pending;
  std::future<Result<link::IncrementalOptions::PendingFlags>> pending_known = pending.get_future();
  incremental.pending_flags = [&pending_known] { return pending_known.get(); };
  // The region once the link has closed it (told once: by the link, or empty when it ends
  // without telling), for the network flags' reads beside it.
  RegionTold region_told;
  if (changes.read_beside) {
    incremental.region_closed = [&region_told](const std::vector<int64_t>& region,
                                               const std::vector<store::ContactValue>& values) {
      region_told.Tell({true, region, values});
    };
  }
  const auto link_start = std::chrono::steady_clock::now();
  // When the link's thread ended (read once `linking` is ready).
  std::chrono::steady_clock::time_point link_end;
  std::future<Result<link::LinkSummary>> linking =
      std::async(std::launch::async, [&c, &incremental, &region_told, &link_end] {
        Result<link::LinkSummary> linked = link::LinkNewDocuments(c, {}, incremental);
        link_end = std::chrono::steady_clock::now();
        region_told.Tell({});
        return linked;
      });
  const auto start = std::chrono::steady_clock::now();
  Result<ComputedStructural> computed = ComputeStructuralFlags(c, *options.rules, changes);
  const double compute_seconds = SecondsSince(start);
  if (computed.ok()) {
    pending.set_value(computed->Pending());
  } else {
    pending.set_value(computed.status());
  }
  Status read_beside = Status::Ok();
  std::vector<link::Phase> read_phases;
  if (changes.read_beside && computed.ok()) {
    // What the network flags read of the region's documents and values, while the link resolves
    // and writes the region (nothing read here is what it writes).
    RegionTold::Region region = region_told.Wait();
    if (region.closed) {
      // On a thread of its own at a lower priority (the case's connection handed to it while this
      // one waits), so that the link's threads take the cores first; above the search indexer's
      // and the checkpoints' (19), which an import may have left running.
      read_beside = std::async(std::launch::async, [&] {
                      core::LowerThisThreadPriority(10);
                      link::PhaseClock clock(&read_phases);
                      return ReadBesideLink(c.store(), region.documents, region.values,
                                            changes.walked.get(), *changes.read_beside, {}, &clock);
                    }).get();
    }
  }
  const auto beside_end = std::chrono::steady_clock::now();
  Result<link::LinkSummary> linked = linking.get();
  const double link_seconds = SecondsSince(link_start);
  if (!computed.ok()) return computed.status();
  if (!linked.ok()) return linked.status();
  ARIADNE_RETURN_IF_ERROR(read_beside);
  for (link::Phase& p : read_phases) linked->phases.push_back(std::move(p));
  if (!read_phases.empty()) {
    // What the stage waited for the reads beside once the link had ended (they run at a lower
    // priority than the link's threads: on a loaded machine, most of their wall time).
    const double waited = std::chrono::duration<double>(beside_end - link_end).count();
    linked->phases.push_back(
        {"(wait) the reads beside, after the link", std::max(0.0, waited), 0, 0});
  }
  computed->summary.seconds = compute_seconds;
  computed->summary.beside = std::min(compute_seconds, link_seconds);
  if (!linked->full_link_left) {
    unwritten = std::move(computed).value();
    return linked;
  }
  const auto write_start = std::chrono::steady_clock::now();
  Result<StageSummary> structural =
      WriteStructuralFlags(c.store(), *options.rules, std::move(computed).value(), changes);
  if (!structural.ok()) return structural.status();
  written = std::move(structural).value();
  written.seconds += SecondsSince(write_start);
  // An incremental link was not possible: the whole case, with the structural flags written.
  Result<link::LinkSummary> full = link::LinkCase(c, {});
  if (!full.ok()) return full.status();
  full->new_documents = linked->new_documents;
  full->full_because = linked->full_because;
  return full;
}

// Writes the structural flags through a second connection of the case on a thread of its own,
// beside the network flags' reads (RunNetworkFlags waits for it before it writes:
// PassChanges::before_network_write). The summary is the structural stage's.
class StructuralWriteBeside {
 public:
  StructuralWriteBeside(store::Case& c, const flag::RuleSet& rules, ComputedStructural computed,
                        const PassChanges& changes)
      : rules_(rules), computed_(std::move(computed)) {
    changes_.rescore = changes.rescore;  // all that the write reads of `changes`
    Result<std::unique_ptr<store::CaseStore>> second =
        store::sqlite::OpenSqliteCaseStore((c.dir() / "case.db").string());
    if (!second.ok()) {
      status_ = second.status();
      return;
    }
    store_ = std::move(second).value();
    writing_ = std::async(std::launch::async, [this] {
      const auto start = std::chrono::steady_clock::now();
      Result<StageSummary> written =
          WriteStructuralFlags(*store_, rules_, std::move(computed_), changes_);
      if (written.ok()) {
        written->seconds += SecondsSince(start);
        written->beside += SecondsSince(start);
      }
      return written;
    });
  }
  ~StructuralWriteBeside() { (void)Wait(); }
  StructuralWriteBeside(const StructuralWriteBeside&) = delete;
  StructuralWriteBeside& operator=(const StructuralWriteBeside&) = delete;

  // Waits for the write (once; later calls return the same status).
  Status Wait() {
    if (writing_.valid()) {
      Result<StageSummary> written = writing_.get();
      if (written.ok()) {
        summary_ = std::move(written).value();
      } else {
        status_ = written.status();
      }
    }
    return status_;
  }
  StageSummary& summary() { return summary_; }

 private:
  const flag::RuleSet& rules_;
  ComputedStructural computed_;
  PassChanges changes_;
  Status status_ = Status::Ok();
  std::unique_ptr<store::CaseStore> store_;
  std::future<Result<StageSummary>> writing_;
  StageSummary summary_;
};

}  // namespace

int SelectorStageVersion(int own, const std::vector<std::pair<std::string_view, int>>& revisions) {
  VersionMix mix;
  mix.Add(fmt::format("selectors {}", own));
  for (const auto& [name, revision] : revisions) mix.Add(fmt::format("|{} {}", name, revision));
  return mix.Value();
}

int TextStageVersion(int own, int selector_version) {
  VersionMix mix;
  mix.Add(fmt::format("text {} selectors {}", own, selector_version));
  return mix.Value();
}

const std::vector<StageInfo>& Stages() {
  static const std::vector<StageInfo> stages = {
      SelectorStageInfo(),
      TextStageInfo(),
      kFlagStage,
      {"structural", 1,
       "case-wide flags from shared contacts (N-PHONE: one contact, three or more personas; "
       "A-MULTINUM: one account, three or more phone numbers)"},
      {"photos", 1, "perceptual hash (PDQ) of every stored image, rotations and mirrors included"},
      {"link", 1,
       "case-wide entity resolution: clusters of documents joined by shared contacts, "
       "near-identical text and photos, with reasons and a triage score"},
      {"network flags", 1,
       "N-TEXT, N-IMG, N-GEO from the linkage: shared text or photos across personas, personas "
       "moving together"}};
  return stages;
}

Result<std::vector<StageSummary>> Analyze(store::Case& c, const AnalyzeOptions& options) {
  std::vector<link::Phase> unused;
  link::PhaseClock outside(options.outside_stages != nullptr ? options.outside_stages : &unused);
  // The case's connection maps the whole file while it analyses (each stage's own settings nest
  // inside): the passes after the stages (the structural and network flags' reads, those beside
  // the link) read documents, selectors and flags all over a large case, which the connection's
  // 256 MiB map does not reach (each page read and copied otherwise).
  store::sqlite::BulkWriteSettings mapped(store::sqlite::ConnectionOf(c.store()),
                                          {.mmap_size = store::sqlite::kMaxMmapBytes});
  ARIADNE_RETURN_IF_ERROR(mapped.Start());
  Result<store::CaseInfo> info = c.store().Info();
  if (!info.ok()) return info.status();
  Result<std::unique_ptr<extract::SelectorExtractor>> extractor =
      extract::SelectorExtractor::Create();
  if (!extractor.ok()) return extractor.status();
  outside.Lap("open the extractor");
  SelectorStage selectors(c, **extractor, info->region);
  std::vector<StageSummary> summaries;
  PassChanges changes;
  Result<int64_t> last = c.store().LastDocumentId();
  if (!last.ok()) return last.status();
  changes.last_document = *last;
  changes.contacts_version = SelectorStageInfo().version;
  changes.walked = std::make_shared<WalkedContacts>();
  changes.new_values = std::make_shared<ValuesAfter>();
  changes.read_beside = std::make_shared<ReadBeside>();
  Worker worker(ComputeOnOwnThread());
  TextStage text_stage(c);
  std::unique_ptr<flag::Flagger> flagger;
  std::optional<FlagStage> flag_runner;
  StageInfo flag_stage = kFlagStage;
  if (options.rules != nullptr) {
    flag::FlagOptions flag_options;
    flag_options.candidates = options.candidates;
    Result<std::unique_ptr<flag::Flagger>> created =
        flag::Flagger::Create(options.rules, flag_options);
    if (!created.ok()) return created.status();
    flagger = std::move(created).value();
    flag_stage.version = FlagStageVersion(*options.rules, options.candidates);
    flag_runner.emplace(c, *flagger, info->region);
  }
  outside.Lap("open the flagger");
  // The text and flag stages run with the selectors when all start after the same document (as
  // after an import); then their own runs below find nothing left, unless some document was
  // pending for them alone.
  std::vector<StageInfo> with_selectors = {TextStageInfo()};
  if (flag_runner.has_value()) with_selectors.push_back(flag_stage);
  std::vector<StageInfo> all = with_selectors;
  all.insert(all.begin(), SelectorStageInfo());
  Result<bool> together = StartTogether(c.store(), all);
  if (!together.ok()) return together.status();
  outside.Lap("find where the stages start");
  StageSummary text_together{TextStageInfo().name, TextStageInfo().version};
  StageSummary flags_together{flag_stage.name, flag_stage.version};
  Result<StageSummary> s = Timed([&] {
    if (!*together) return RunStage(c, SelectorStageInfo(), options, selectors, worker);
    DocumentStages stages(selectors, text_stage, flag_runner.has_value() ? &*flag_runner : nullptr,
                          text_together, flags_together);
    return RunStage(c, SelectorStageInfo(), options, stages, worker, with_selectors);
  });
  if (!s.ok()) return s.status();
  summaries.push_back(std::move(s).value());
  changes.first_analysed = selectors.first();
  Result<StageSummary> text =
      Timed([&] { return RunStage(c, TextStageInfo(), options, text_stage, worker); });
  if (!text.ok()) return text.status();
  summaries.push_back(Joined(std::move(text).value(), text_together));

  // With the rule packs and the link, the structural flags are computed beside the link.
  const bool structural_beside_link = options.rules != nullptr && options.link;
  if (options.rules == nullptr) {
    summaries.emplace_back(kFlagStage.name, kFlagStage.version);
    summaries.back().note = "no rule packs given";
  } else {
    Status flagged = RunFlagStages(c, options, flag_stage, *flag_runner, flags_together, worker,
                                   summaries, changes, structural_beside_link);
    if (!flagged.ok()) return flagged;
  }
  const size_t structural_at = summaries.size();  // where its summary goes when it runs later
  auto start = std::chrono::steady_clock::now();
  Result<link::PhotoHashSummary> photos = link::HashNewImages(c, [&](int64_t done) {
    if (options.on_progress) options.on_progress({"photos", done, 0});
  });
  if (!photos.ok()) return photos.status();
  StageSummary photo_summary{"photos", 1, photos->hashed + photos->failed};
  if (photos->hashed > 0) photo_summary.found["perceptual hashes"] = photos->hashed;
  if (photos->failed > 0) photo_summary.found["images not decodable"] = photos->failed;
  photo_summary.seconds = SecondsSince(start);
  summaries.push_back(std::move(photo_summary));
  if (!options.link) return summaries;
  // Only the documents added since the last link are linked into it (link_case.h), unless the
  // evidence of documents linked before changed.
  link::IncrementalOptions incremental;
  // The stages whose output the linkage reads per document: contacts, signatures, and the flags
  // the triage parts count.
  for (const StageSummary& stage : summaries) {
    if (stage.stage == SelectorStageInfo().name || stage.stage == TextStageInfo().name ||
        stage.stage == kFlagStage.name) {
      incremental.analysed_documents = std::max(incremental.analysed_documents, stage.documents);
    }
  }
  start = std::chrono::steady_clock::now();
  StageSummary structural;
  std::optional<ComputedStructural> unwritten;
  Result<link::LinkSummary> linked =
      structural_beside_link
          ? LinkBesideStructural(c, options, incremental, changes, unwritten, structural)
          : link::LinkNewDocuments(c, {}, incremental);
  if (!linked.ok()) return linked.status();
  StageSummary link_summary{"link", 1, linked->documents};
  if (linked->incremental) {
    link_summary.found["new documents linked incrementally"] = linked->new_documents;
    link_summary.found["documents re-resolved"] = linked->region_documents;
  }
  link_summary.whole_because = linked->full_because;
  link_summary.found["clusters"] = linked->clusters;
  link_summary.found["linked documents"] = linked->linked_documents;
  link_summary.found["text pairs"] = linked->text_pairs;
  link_summary.found["text links stored"] = linked->text_links;
  link_summary.found["generic values"] = linked->generic_values;
  link_summary.found["largest cluster"] = linked->largest_cluster;
  link_summary.seconds = SecondsSince(start);
  link_summary.phases = std::move(linked->phases);
  if (unwritten) {
    link_summary.seconds -= unwritten->summary.seconds - unwritten->summary.beside;
  } else if (structural_beside_link) {
    // The link's time here includes the structural flags' reads and write before the whole link.
    link_summary.seconds -= structural.seconds - structural.beside;
  }
  summaries.push_back(std::move(link_summary));
  changes.link = {linked->incremental,
                  linked->linked_after,
                  linked->last_document,
                  std::move(linked->region),
                  std::move(linked->region_contacts),
                  std::move(linked->region_links),
                  std::move(linked->region_clusters)};
  if (options.rules != nullptr) {
    std::optional<StructuralWriteBeside> writing;
    if (unwritten) {
      writing.emplace(c, *options.rules, std::move(*unwritten), changes);
      changes.before_network_write = [&writing] { return writing->Wait(); };
    }
    Result<StageSummary> network =
        Timed([&] { return RunNetworkFlags(c, *options.rules, changes); });
    changes.before_network_write = nullptr;
    if (writing) {
      ARIADNE_RETURN_IF_ERROR(writing->Wait());
      structural = std::move(writing->summary());
    }
    if (!network.ok()) return network.status();
    summaries.push_back(std::move(network).value());
  }
  if (structural_beside_link) {
    summaries.insert(summaries.begin() + static_cast<std::ptrdiff_t>(structural_at),
                     std::move(structural));
  }
  return summaries;
}

}  // namespace ariadne::pipeline
