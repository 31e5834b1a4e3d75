#include "link/resolve.h"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <climits>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <future>
#include <map>
#include <numeric>
#include <set>
#include <thread>
#include <tuple>
#include <unordered_map>
#include <utility>

#include "extract/phone.h"
#include "link/mentions.h"
#include "link/quoted.h"
#include "store/contact_kinds.h"

namespace ariadne::link {

std::string_view NationalDigits(std::string_view e164) {
  if (e164.size() < 8 || e164[0] != '+') return {};
  const size_t code = extract::CountryCodeLength(e164.substr(1));
  if (code == 0) return {};
  // Leading zeros are a trunk prefix some countries keep in E.164 (Italy's landlines: +39 06 ...):
  // a UK freephone written nationally, "0808 157 0613", reads +39 0808 157 0613 on an Italian site
  // and +44 808 157 0613 on a British one.
  std::string_view national = e164.substr(1 + code);
  while (!national.empty() && national.front() == '0') national.remove_prefix(1);
  if (national.size() < 6) return {};
  return national;
}

namespace {

constexpr std::string_view kServiceWhy = "a service's contact, shared by unrelated advertisers";
constexpr std::string_view kSiteWhy = "the site's own contact, not an advertiser's";
// A likely service's contact on more documents than this has its texts compared no further (its
// other contacts make it generic by frequency long before: ResolveOptions::generic_min_documents).
constexpr size_t kMaxServiceTexts = 200;
// A value that needs corroboration (an IP address) on more documents than this has each of its
// documents compared with its first this many only: the work stays linear in its documents.
constexpr size_t kMaxCorroboratingTexts = 300;

// Providers whose addresses anyone can open (an address there names a person, not an
// organisation): the large international ones and each region's own. Hosts as they appear
// after '@', lower case.
constexpr std::string_view kFreeMailHosts[] = {
    "aol.com",      "abv.bg",         "alice.it",      "bk.ru",          "centrum.cz",
    "citromail.hu", "dir.bg",         "email.cz",      "fastmail.com",   "free.fr",
    "freemail.hu",  "gmail.com",      "gmx.at",        "gmx.com",        "gmx.de",
    "gmx.net",      "googlemail.com", "hotmail.co.uk", "hotmail.com",    "hotmail.de",
    "hotmail.es",   "hotmail.fr",     "hotmail.it",    "i.ua",           "icloud.com",
    "inbox.ru",     "interia.pl",     "laposte.net",   "libero.it",      "list.ru",
    "live.com",     "mail.bg",        "mail.com",      "mail.ru",        "me.com",
    "meta.ua",      "msn.com",        "o2.pl",         "onet.pl",        "orange.fr",
    "outlook.com",  "outlook.de",     "proton.me",     "protonmail.com", "rambler.ru",
    "sapo.pt",      "seznam.cz",      "sfr.fr",        "t-online.de",    "tiscali.it",
    "tutanota.com", "ukr.net",        "virgilio.it",   "wanadoo.fr",     "web.de",
    "wp.pl",        "ya.ru",          "yahoo.co.uk",   "yahoo.com",      "yahoo.de",
    "yahoo.es",     "yahoo.fr",       "yahoo.it",      "yahoo.ro",       "yandex.com",
    "yandex.ru",    "yandex.ua",      "zoho.com",
};

// The organisation an e-mail address names: its domain without subdomains (the last two labels,
// three under a second-level label such as "co.uk"); empty for a free-mail provider's address or
// no address.
std::string_view OrganisationOf(std::string_view email) {
  const size_t at = email.rfind('@');
  if (at == std::string_view::npos || at + 1 >= email.size()) return {};
  const std::string_view host = email.substr(at + 1);
  for (std::string_view free : kFreeMailHosts) {
    if (host == free) return {};
  }
  size_t dot = host.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return {};
  size_t start = host.rfind('.', dot - 1);
  start = start == std::string_view::npos ? 0 : start + 1;
  const std::string_view second = host.substr(start, dot - start);
  if (start > 1 && (second == "co" || second == "com" || second == "org" || second == "net" ||
                    second == "ac" || second == "gov" || second == "edu")) {
    const size_t third = host.rfind('.', start - 2);
    start = third == std::string_view::npos ? 0 : third + 1;
  }
  return host.substr(start);
}

class UnionFind {
 public:
  explicit UnionFind(size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0); }
  int Find(int x) {
    while (parent_[x] != x) {
      parent_[x] = parent_[parent_[x]];
      x = parent_[x];
    }
    return x;
  }
  // Returns false when a and b were already joined.
  bool Union(int a, int b) {
    a = Find(a);
    b = Find(b);
    if (a == b) return false;
    parent_[std::max(a, b)] = std::min(a, b);
    return true;
  }

 private:
  std::vector<int> parent_;
};

// Runs `work(i)` for i in [0, count) on two threads (the goal machine has two cores).
template <typename Work>
void OnTwoThreads(int count, Work&& work) {
  std::atomic<int> next{0};
  auto worker = [&] {
    for (int i; (i = next.fetch_add(1)) < count;) work(i);
  };
  std::thread helper(worker);
  worker();
  helper.join();
}

// An aggregator's number (Resolver::FindAggregatorNumbers, ResolveOptions::aggregator_min_owners):
// at most kAggregatorComponentLook documents of a text group are looked at for an owner's contact;
// at least one in kAggregatorMirrorShare of its documents must be mirrors (a mirror whose original
// is not in the case, or whose original carries a listing block, pairs with nothing); fewer than
// one in kAggregatorBesideShare may give it beside another contact value (an aggregator strips
// the advertiser's contacts from its mirrors; a network prints its booking line on its women's
// own ads beside their numbers); the owners apart are counted up to kAggregatorOwnerTexts.
constexpr size_t kAggregatorMirrorShare = 3;
constexpr size_t kAggregatorBesideShare = 4;
constexpr size_t kAggregatorComponentLook = 64;
constexpr size_t kAggregatorOwnerTexts = 256;

// The documents of `pairs` grouped into connected components: each component's documents (sorted)
// and the indexes of its pairs, components ordered by their smallest document.
struct PairComponent {
  std::vector<int> documents;
  std::vector<size_t> pairs;
};

template <typename PairT>
std::vector<PairComponent> ComponentsOf(const std::vector<PairT>& pairs, size_t document_count) {
  UnionFind uf(document_count);
  for (const PairT& p : pairs) uf.Union(p.a, p.b);
  std::vector<int> component(document_count, -1);  // by root
  std::vector<PairComponent> out;
  std::vector<bool> paired(document_count, false);
  for (size_t i = 0; i < pairs.size(); ++i) {
    const int root = uf.Find(pairs[i].a);
    if (component[root] < 0) {
      component[root] = static_cast<int>(out.size());
      out.emplace_back();
    }
    out[component[root]].pairs.push_back(i);
    paired[pairs[i].a] = paired[pairs[i].b] = true;
  }
  // Documents in ascending order: each component's come out sorted, without sorting the pairs'
  // ends.
  for (size_t d = 0; d < document_count; ++d) {
    if (paired[d])
      out[component[uf.Find(static_cast<int>(d))]].documents.push_back(static_cast<int>(d));
  }
  std::sort(out.begin(), out.end(), [](const PairComponent& x, const PairComponent& y) {
    return x.documents.front() < y.documents.front();
  });
  return out;
}

// The buckets of one LSH band that hold two texts or more.
struct BandBuckets {
  std::vector<int> texts;        // bucket after bucket, each sorted
  std::vector<uint32_t> starts;  // where each bucket starts in `texts`, then the end
  // Per bucket: kAllPairs, or the text every other text of the bucket is compared with (a star),
  // or kNoCentre (a star whose centre lies outside the texts added: no pair at all).
  std::vector<int> centres;
  // (key, centre) of the buckets compared as a star, by key.
  std::vector<std::pair<uint64_t, int>> stars;
};
constexpr int kAllPairs = -1;
constexpr int kNoCentre = -2;

// Sorts (band key, text) entries that come in ascending text order by key, then text: a stable
// radix sort (six passes of 11 bits), a few times faster than comparison sorting a million of them.
void SortByKey(std::vector<std::pair<uint64_t, int>>& entries) {
  constexpr int kBits = 11;
  constexpr size_t kDigits = size_t{1} << kBits;
  std::vector<std::pair<uint64_t, int>> scratch(entries.size());
  std::vector<size_t> start(kDigits);
  for (int shift = 0; shift < 64; shift += kBits) {
    std::fill(start.begin(), start.end(), 0);
    for (const auto& e : entries) ++start[(e.first >> shift) & (kDigits - 1)];
    size_t sum = 0;
    for (size_t& s : start) sum += std::exchange(s, sum);
    for (const auto& e : entries) scratch[start[(e.first >> shift) & (kDigits - 1)]++] = e;
    entries.swap(scratch);
  }
}

bool SameBand(const Signature& x, const Signature& y, int band) {
  return std::memcmp(&x[band * kRowsPerBand], &y[band * kRowsPerBand],
                     kRowsPerBand * sizeof(uint16_t)) == 0;
}

// A contact kind as analysts read it ("IBAN", "IP address"); the kind itself when not a contact's.
std::string_view KindLabel(std::string_view kind) {
  const store::ContactKind* row = store::FindContactKind(kind);
  return row ? row->label : kind;
}

// Whether two documents' organisations (DocumentOrganisations) are two organisations: both name
// one, and none in common.
bool OrganisationsDiffer(const std::vector<std::string_view>& x,
                         const std::vector<std::string_view>& y) {
  if (x.empty() || y.empty()) return false;
  for (std::string_view org : x) {
    if (std::binary_search(y.begin(), y.end(), org)) return false;
  }
  return true;
}

}  // namespace

bool IsServiceWhy(std::string_view why) {
  return why.find(kServiceWhy) != std::string_view::npos;
}

bool IsSiteWhy(std::string_view why) {
  return why.find(kSiteWhy) != std::string_view::npos;
}

std::vector<std::string_view> AddressDomains(std::string_view email) {
  std::vector<std::string_view> out;
  const size_t at = email.rfind('@');
  if (at == std::string_view::npos || at + 1 >= email.size()) return out;
  std::string_view host = email.substr(at + 1);
  while (host.find('.') != std::string_view::npos) {
    out.push_back(host);
    host.remove_prefix(host.find('.') + 1);
  }
  return out;
}

void Resolver::AddSite(std::string_view domain) {
  if (!domain.empty()) sites_.emplace_back(domain);
}

std::vector<std::string> Resolver::AddressDomainsToLookUp() const {
  std::vector<std::string> out;
  for (size_t v = 0; v < values_.size(); ++v) {
    // Documents are not yet unique here: a value on one document twice is looked up for nothing.
    // An organisation's address on one document is looked up too: at a site's domain it is the
    // site's footer, which names no organisation (ResolveOptions::organisations_apart).
    if (known_generic_[v] || values_[v].kind != "email") continue;
    if (values_[v].documents.size() < 2 &&
        !(options_.organisations_apart && !OrganisationOf(values_[v].value).empty())) {
      continue;
    }
    for (std::string_view domain : AddressDomains(values_[v].value)) out.emplace_back(domain);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

void Resolver::AddDocument(int64_t id) {
  if (Index(id) >= 0) return;
  if (ids_ascending_ && !ids_.empty() && id < ids_.back()) {
    ids_ascending_ = false;
    index_.reserve(ids_.size() * 2);
    for (size_t i = 0; i < ids_.size(); ++i) index_[ids_[i]] = static_cast<int>(i);
  }
  if (!ids_ascending_) index_[id] = static_cast<int>(ids_.size());
  ids_.push_back(id);
}

int Resolver::Index(int64_t id) const {
  if (ids_ascending_) {
    auto it = std::lower_bound(ids_.begin(), ids_.end(), id);
    return it == ids_.end() || *it != id ? -1 : static_cast<int>(it - ids_.begin());
  }
  auto it = index_.find(id);
  return it == index_.end() ? -1 : it->second;
}

int Resolver::ValueOf(std::string_view kind, std::string_view value) {
  key_.assign(kind);
  key_.push_back('\0');
  key_.append(value);
  auto it = value_index_.find(key_);
  if (it == value_index_.end()) {
    it = value_index_.emplace(key_, static_cast<int>(values_.size())).first;
    const store::ContactKind* row = store::FindContactKind(kind);
    values_.push_back({std::string(kind),
                       std::string(value),
                       {},
                       row ? row->weight : 1.0,
                       row && row->needs_corroboration});
    known_generic_.push_back(false);
  }
  return it->second;
}

void Resolver::AddContact(int64_t document_id, std::string_view kind, std::string_view value) {
  AddContact(document_id, kind, value, {}, {});
}

void Resolver::AddContact(int64_t document_id, std::string_view kind, std::string_view value,
                          std::string_view quoted, std::string_view segment) {
  const int doc = Index(document_id);
  if (doc < 0) return;
  const int v = ValueOf(kind, value);
  if (!quoted.empty()) {
    heading_quotes_.push_back({v, doc, std::string(quoted), std::string(segment), document_id});
    return;
  }
  std::vector<int>& docs = values_[v].documents;
  if (docs.empty() || docs.back() != doc) docs.push_back(doc);
  if (segment.empty()) {
    plain_.emplace_back(v, doc);
  } else {
    segments_.push_back({v, doc, std::string(segment), {}, document_id});
  }
}

void Resolver::AddKnownQuote(int64_t document_id, std::string_view kind, std::string_view value,
                             std::string_view quoted, std::string_view segment) {
  if (quoted.empty() || Index(document_id) >= 0) return;
  heading_quotes_.push_back(
      {ValueOf(kind, value), -1, std::string(quoted), std::string(segment), document_id});
}

void Resolver::AddOpening(int64_t document_id, std::string_view opening) {
  const int doc = Index(document_id);
  if (doc < 0 || opening.empty()) return;
  openings_.try_emplace(doc, opening);
}

void Resolver::MarkQuoted() {
  quoted_.clear();
  auto by_value_document = [](const Quote& a, const Quote& b) {
    return std::tie(a.value, a.id, a.text) < std::tie(b.value, b.id, b.text);
  };
  auto carries = [&](int v, int d) {
    if (d < 0) return false;
    const std::vector<int>& docs = values_[static_cast<size_t>(v)].documents;
    return std::binary_search(docs.begin(), docs.end(), d);
  };
  std::sort(heading_quotes_.begin(), heading_quotes_.end(), by_value_document);
  if (!segments_.empty()) {
    std::sort(plain_.begin(), plain_.end());
    std::sort(segments_.begin(), segments_.end(), by_value_document);
    // The own values of the documents with segments.
    std::unordered_map<int, std::vector<int>> values_of;
    for (const Quote& q : segments_) values_of.try_emplace(q.document);
    for (size_t v = 0; v < values_.size(); ++v) {
      for (int d : values_[v].documents) {
        if (auto it = values_of.find(d); it != values_of.end())
          it->second.push_back(static_cast<int>(v));
      }
    }
    // A value on this many documents or more is not looked at (a quote joins few; such a value is
    // judged generic or a network's).
    constexpr size_t kMaxCarriers = 64;
    std::vector<Quote> found;
    for (size_t i = 0; i < segments_.size();) {
      size_t j = i;
      while (j < segments_.size() && segments_[j].value == segments_[i].value &&
             segments_[j].document == segments_[i].document)
        ++j;
      const int v = segments_[i].value, a = segments_[i].document;
      const std::vector<int>& docs = values_[static_cast<size_t>(v)].documents;
      const auto opening_a = openings_.find(a);
      if (docs.size() < 2 || docs.size() > kMaxCarriers ||
          std::binary_search(plain_.begin(), plain_.end(), std::make_pair(v, a))) {
        i = j;
        continue;
      }
      // The document whose opening segment k reproduces (the first in id order), or -1.
      auto quoted_from = [&](const std::string& segment) {
        for (int b : docs) {
          if (b == a) continue;
          const auto opening_b = openings_.find(b);
          if (opening_b == openings_.end() || !ReproducesOpening(segment, opening_b->second))
            continue;
          if (opening_a != openings_.end() &&
              ReproducesOpening(opening_a->second, opening_b->second))
            continue;
          const std::vector<int>& own = values_of[a];
          const bool apart =
              std::any_of(own.begin(), own.end(), [&](int w) { return w != v && !carries(w, b); });
          if (apart) return b;
        }
        return -1;
      };
      // The value's quotes under a heading on other documents.
      const auto [quotes_begin, quotes_end] =
          std::equal_range(heading_quotes_.begin(), heading_quotes_.end(), Quote{v, 0, {}, {}, 0},
                           [](const Quote& x, const Quote& y) { return x.value < y.value; });
      // Why segment k is a quote: it repeats a heading quote's item (the first in id order) or
      // reproduces another carrier's opening; empty when neither.
      auto why_quoted = [&](const std::string& segment) -> std::string {
        const std::vector<int>& own = values_of[a];
        const bool others = std::any_of(own.begin(), own.end(), [&](int w) { return w != v; });
        if (!others) return {};
        for (auto q = quotes_begin; q != quotes_end; ++q) {
          if (q->document == a || q->segment.empty()) continue;
          // A listing of this very ad (its title quoted elsewhere): its line is its own.
          if (opening_a != openings_.end() && (ReproducesOpening(opening_a->second, q->segment) ||
                                               ReproducesOpening(q->segment, opening_a->second)))
            continue;
          if (ReproducesOpening(segment, q->segment) || ReproducesOpening(q->segment, segment)) {
            return fmt::format("in a listing item as document {} quotes it {}", q->id, q->text);
          }
        }
        const int b = quoted_from(segment);
        if (b < 0) return {};
        return fmt::format("in a listing item that reproduces the title of document {}",
                           ids_[static_cast<size_t>(b)]);
      };
      std::string why;
      bool all = true;
      for (size_t k = i; k < j && all; ++k) {
        std::string w = why_quoted(segments_[k].text);
        if (w.empty()) all = false;
        if (why.empty()) why = std::move(w);
      }
      if (all && !why.empty())
        found.push_back({v, a, std::move(why), {}, ids_[static_cast<size_t>(a)]});
      i = j;
    }
    for (const Quote& q : found) {
      std::vector<int>& docs = values_[static_cast<size_t>(q.value)].documents;
      auto it = std::lower_bound(docs.begin(), docs.end(), q.document);
      if (it != docs.end() && *it == q.document) docs.erase(it);
    }
    quoted_ = std::move(found);
  }
  for (const Quote& q : heading_quotes_) {
    if (!carries(q.value, q.document)) quoted_.push_back(q);
  }
  std::sort(quoted_.begin(), quoted_.end(), by_value_document);
  quoted_.erase(std::unique(quoted_.begin(), quoted_.end(),
                            [](const Quote& a, const Quote& b) {
                              return a.value == b.value && a.id == b.id;
                            }),
                quoted_.end());
}

void Resolver::AddKnownGeneric(std::string_view kind, std::string_view value) {
  known_generic_[ValueOf(kind, value)] = true;
}

SignedTexts Resolver::Texts() const {
  return {texts_.size(), [this](size_t i) { return ids_[texts_[i].document]; },
          [this](size_t i) -> const Signature& { return texts_[i].signature; }};
}

void Resolver::AddKnownStar(int band, uint32_t key32, int64_t first_document) {
  known_stars_[static_cast<size_t>(band)].push_back({key32, first_document});
}

void Resolver::AddKnownGenericText(int64_t document_id) {
  known_generic_texts_.push_back(document_id);
}

void Resolver::AddText(int64_t document_id, const Signature& signature, int64_t shingles) {
  const int doc = Index(document_id);
  if (doc < 0 || shingles < options_.min_shingles) return;
  texts_.push_back({doc, signature});
}

void Resolver::AddSkeletonPair(int64_t a, int64_t b, uint32_t words, uint32_t lines,
                               double jaccard) {
  if (a > b) std::swap(a, b);
  const int x = Index(a), y = Index(b);
  if (x < 0 || y < 0 || x == y) return;
  skeletons_.push_back({x, y, words, lines, jaccard});
}

void Resolver::AddPhotoGroup(const std::vector<int64_t>& documents, double similarity,
                             const std::string& description) {
  PhotoGroup group{{}, similarity, description};
  for (int64_t id : documents) {
    const int d = Index(id);
    if (d >= 0) group.documents.push_back(d);
  }
  std::sort(group.documents.begin(), group.documents.end());
  group.documents.erase(std::unique(group.documents.begin(), group.documents.end()),
                        group.documents.end());
  if (group.documents.size() >= 2) photo_groups_.push_back(std::move(group));
}

size_t Resolver::ContactsOn(const std::vector<int>& documents, const std::vector<bool>& generic,
                            std::vector<int>& stamp, int mark) const {
  size_t count = 0;
  for (int d : documents) {
    for (int64_t i = contact_begin_[d]; i < contact_begin_[d + 1]; ++i) {
      const int c = contact_values_[i];
      if (generic[c] || stamp[c] == mark) continue;
      stamp[c] = mark;
      ++count;
    }
  }
  return count;
}

bool Resolver::GivesOneFreshContact(int d, const std::vector<bool>& generic) const {
  int own = -1;
  for (int64_t i = contact_begin_[d]; i < contact_begin_[d + 1]; ++i) {
    const int c = contact_values_[i];
    if (generic[c]) continue;
    if (own >= 0) return false;
    own = c;
  }
  return own >= 0 && values_[own].documents.size() == 1;
}

std::vector<Resolver::SkeletonLink> Resolver::JoiningSkeletons(
    const std::vector<bool>& generic) const {
  std::vector<SkeletonLink> out;
  for (const SkeletonLink& link : skeletons_) {
    if (GivesOneFreshContact(link.a, generic) && GivesOneFreshContact(link.b, generic))
      out.push_back(link);
  }
  // In document order, whatever order they were added in.
  std::sort(out.begin(), out.end(), [&](const SkeletonLink& x, const SkeletonLink& y) {
    return std::tie(ids_[x.a], ids_[x.b]) < std::tie(ids_[y.a], ids_[y.b]);
  });
  out.erase(std::unique(out.begin(), out.end(),
                        [](const SkeletonLink& x, const SkeletonLink& y) {
                          return x.a == y.a && x.b == y.b;
                        }),
            out.end());
  return out;
}

bool Resolver::FreshContactPerDocument(const std::vector<int>& documents,
                                       const std::vector<bool>& generic) const {
  size_t seen_elsewhere = 0;
  for (int d : documents) {
    int own = 0;
    for (int64_t i = contact_begin_[d]; i < contact_begin_[d + 1]; ++i) {
      const int c = contact_values_[i];
      if (generic[c]) continue;
      if (++own > 1) return false;
      if (values_[c].documents.size() > 1) ++seen_elsewhere;
    }
  }
  return 4 * seen_elsewhere <= documents.size();
}

Resolver::Beside Resolver::AdvertisersBeside(int v, const std::vector<bool>& generic,
                                             std::vector<int>& stamp, int mark,
                                             std::vector<int>& first,
                                             const std::vector<int>& text_of) const {
  const std::vector<int>& documents = values_[v].documents;
  UnionFind groups(documents.size());
  std::vector<bool> carries(documents.size(), false);
  for (size_t i = 0; i < documents.size(); ++i) {
    const int d = documents[i];
    for (int64_t k = contact_begin_[d]; k < contact_begin_[d + 1]; ++k) {
      const int c = contact_values_[k];
      if (c == v || generic[c]) continue;
      carries[i] = true;
      if (stamp[c] == mark) {
        groups.Union(first[c], static_cast<int>(i));
      } else {
        stamp[c] = mark;
        first[c] = static_cast<int>(i);
      }
    }
  }
  const auto least = static_cast<int>(std::max<int64_t>(1, options_.service_min_established));
  auto count = [&](bool texts_known) {
    Beside out;
    std::vector<int> size(documents.size(), 0);
    std::vector<bool> has_text(documents.size(), false);
    // A group carries contacts of its own when any of its documents does: a document joined to it
    // by text alone may be its root.
    std::vector<bool> group_carries(documents.size(), false);
    for (size_t i = 0; i < documents.size(); ++i) {
      const int root = groups.Find(static_cast<int>(i));
      ++size[root];
      if (text_of[documents[i]] >= 0) has_text[root] = true;
      if (carries[i]) group_carries[root] = true;
    }
    for (size_t i = 0; i < documents.size(); ++i) {
      if (!group_carries[i] || groups.Find(static_cast<int>(i)) != static_cast<int>(i)) continue;
      ++out.advertisers;
      if (size[i] >= least && (!texts_known || has_text[i])) ++out.established;
    }
    return out;
  };
  const Beside by_contacts = count(false);
  // Most values end here; the pairs of texts below are compared only for a likely service's (then
  // on fewer than generic_min_documents documents, or its other contacts make it generic above),
  // or for a value whose documents show two advertisers or more by their contacts (a directory's
  // listing, a shared line: `unrelated` below).
  const bool many = LooksLikeService(by_contacts.advertisers, documents.size());
  const bool bridged = Bridges(by_contacts);
  // Documents on which the value is the only contact: its owner's ads (a group of personas
  // sharing one number writes unrelated texts too); a directory's listings carry their own.
  const auto sole = std::count(carries.begin(), carries.end(), false);
  const bool several =
      by_contacts.advertisers >= 2 && sole < 2 && options_.service_unrelated_similarity > 0;
  if ((!many && !bridged && !several) || documents.size() > kMaxServiceTexts) {
    return {by_contacts.advertisers, 0, false};
  }
  // Established advertisers stay apart unless their texts are near-identical enough to join
  // (text_threshold): unrelated ads of one genre and language come close to
  // service_text_similarity.
  UnionFind joined = groups;
  std::vector<std::pair<std::pair<int, int>, double>> similar;  // pairs of texts, estimated Jaccard
  for (size_t i = 0; i < documents.size(); ++i) {
    const int ti = text_of[documents[i]];
    if (ti < 0) continue;
    for (size_t k = i + 1; k < documents.size(); ++k) {
      const int tk = text_of[documents[k]];
      if (tk < 0) continue;
      const double j = EstimatedJaccard(texts_[ti].signature, texts_[tk].signature);
      similar.push_back({{static_cast<int>(i), static_cast<int>(k)}, j});
      if (j >= options_.service_text_similarity)
        groups.Union(static_cast<int>(i), static_cast<int>(k));
      if (j >= options_.service_bridge_text_similarity)
        joined.Union(static_cast<int>(i), static_cast<int>(k));
    }
  }
  Beside out = count(true);
  if (several && out.advertisers >= 2) {
    // Unrelated: every group has a text, no text of one group comes near any of another's
    // (service_unrelated_similarity), and each group's closest text elsewhere is at least
    // service_comparable_similarity (texts of one language and genre share their common words; a
    // network's legs in two languages share none, and its address there stays joined).
    std::vector<double> closest(documents.size(), -1);
    bool unrelated = true;
    for (const auto& [pair, j] : similar) {
      const int a = groups.Find(pair.first);
      const int b = groups.Find(pair.second);
      if (a == b) continue;
      if (j >= options_.service_unrelated_similarity) {
        unrelated = false;
        break;
      }
      closest[a] = std::max(closest[a], j);
      closest[b] = std::max(closest[b], j);
    }
    std::vector<int> size(documents.size(), 0);
    for (size_t i = 0; i < documents.size(); ++i) ++size[groups.Find(static_cast<int>(i))];
    for (size_t i = 0; i < documents.size() && unrelated; ++i) {
      // A document with no contact but the value, whose text is one group's: the value is that
      // group's own (another's ad quotes it: "call my friend").
      if (!carries[i] && size[groups.Find(static_cast<int>(i))] > 1) unrelated = false;
      if (groups.Find(static_cast<int>(i)) != static_cast<int>(i)) continue;
      if (closest[i] < options_.service_comparable_similarity) unrelated = false;
    }
    out.unrelated = unrelated;
  }
  if (bridged) {
    std::swap(groups, joined);
    out.established = count(true).established;
  }
  return out;
}

bool Resolver::Bridges(const Beside& beside) const {
  return beside.established >= options_.service_min_bridged ||
         (beside.established >= 2 && beside.advertisers >= options_.service_min_bridged_in_all);
}

int64_t Resolver::AdvertisersShowing(const std::vector<int>& documents,
                                     const std::vector<bool>& generic, std::vector<int>& stamp,
                                     int mark, std::vector<int>& first,
                                     const std::vector<int>& text_of) const {
  UnionFind groups(documents.size());
  std::vector<bool> carries(documents.size(), false);
  for (size_t i = 0; i < documents.size(); ++i) {
    const int d = documents[i];
    for (int64_t k = contact_begin_[d]; k < contact_begin_[d + 1]; ++k) {
      const int c = contact_values_[k];
      if (generic[c]) continue;
      carries[i] = true;
      if (stamp[c] == mark) {
        groups.Union(first[c], static_cast<int>(i));
      } else {
        stamp[c] = mark;
        first[c] = static_cast<int>(i);
      }
    }
  }
  for (size_t i = 0; i < documents.size(); ++i) {
    const int ti = text_of[documents[i]];
    if (ti < 0) continue;
    for (size_t k = i + 1; k < documents.size(); ++k) {
      const int tk = text_of[documents[k]];
      if (tk < 0 || groups.Find(static_cast<int>(i)) == groups.Find(static_cast<int>(k))) continue;
      if (EstimatedJaccard(texts_[ti].signature, texts_[tk].signature) >=
          options_.service_text_similarity)
        groups.Union(static_cast<int>(i), static_cast<int>(k));
    }
  }
  std::vector<bool> group_carries(documents.size(), false);
  for (size_t i = 0; i < documents.size(); ++i) {
    if (carries[i]) group_carries[groups.Find(static_cast<int>(i))] = true;
  }
  return std::count(group_carries.begin(), group_carries.end(), true);
}

bool Resolver::LooksLikeService(int64_t advertisers, size_t documents) const {
  return advertisers >= std::max<int64_t>(2, options_.service_min_advertisers) &&
         static_cast<double>(advertisers) >=
             options_.service_advertiser_share * static_cast<double>(documents);
}

// Judged beside the frequency-generic values only (never beside another service's contact), so
// that each value's verdict depends on its own documents and their contacts: what an incremental
// link's region holds of it.
void Resolver::FindServiceContacts(std::vector<bool>& generic, std::vector<std::string>& why,
                                   std::vector<int>& stamp, int& mark) const {
  const int64_t least = options_.service_unrelated_similarity > 0
                            ? 2
                            : std::min(std::max<int64_t>(2, options_.service_min_advertisers),
                                       std::max<int64_t>(1, options_.service_min_established) *
                                           std::max<int64_t>(2, options_.service_min_bridged));
  std::vector<int> first(values_.size(), 0);
  std::vector<int> text_of(ids_.size(), -1);  // a document's (first) text
  for (size_t t = texts_.size(); t-- > 0;) text_of[texts_[t].document] = static_cast<int>(t);
  std::vector<int> services;
  for (size_t v = 0; v < values_.size(); ++v) {
    const auto df = static_cast<int64_t>(values_[v].documents.size());
    if (generic[v] || df < least) continue;
    const store::ContactKind* row = store::FindContactKind(values_[v].kind);
    if (row != nullptr && row->third_party_across_organisations) continue;  // where money goes
    const Beside beside =
        AdvertisersBeside(static_cast<int>(v), generic, stamp, ++mark, first, text_of);
    if (beside.unrelated) {
      why[v] = fmt::format(
          "on {} documents of {} advertisers whose texts are unrelated and that nothing else "
          "joins: {} (a directory's listing, a shared office line), not one advertiser's",
          df, beside.advertisers, kServiceWhy);
    } else if (LooksLikeService(beside.advertisers, values_[v].documents.size())) {
      why[v] = fmt::format(
          "on {} documents beside the contact values of {} advertisers that nothing else joins: {} "
          "(a photo studio, an ad writer, a firm), not one advertiser's",
          df, beside.advertisers, kServiceWhy);
    } else if (beside.established >= options_.service_min_bridged) {
      why[v] = fmt::format(
          "on {} documents of {} advertisers, each on {} or more of them with contact values and "
          "texts of its own that nothing else joins: {} (a driver, a landlord, a booking line), "
          "not one advertiser's",
          df, beside.established, options_.service_min_established, kServiceWhy);
    } else if (Bridges(beside)) {
      why[v] = fmt::format(
          "on {} documents of {} advertisers that nothing else joins, {} of them each on {} or "
          "more of them with contact values and texts of its own: {} (a driver, a landlord, a "
          "booking line), not one advertiser's",
          df, beside.advertisers, beside.established, options_.service_min_established,
          kServiceWhy);
    } else {
      continue;
    }
    services.push_back(static_cast<int>(v));
  }
  for (int v : services) generic[v] = true;
}

std::vector<std::vector<std::string_view>> Resolver::DocumentOrganisations(
    const std::vector<bool>& generic) const {
  std::vector<std::vector<std::string_view>> organisations;
  if (!options_.organisations_apart) return organisations;
  organisations.resize(ids_.size());
  for (size_t v = 0; v < values_.size(); ++v) {
    if (generic[v] || values_[v].kind != "email") continue;
    const std::string_view org = OrganisationOf(values_[v].value);
    if (org.empty()) continue;
    const auto domains = AddressDomains(values_[v].value);
    if (std::any_of(domains.begin(), domains.end(), [&](std::string_view domain) {
          return std::binary_search(sites_.begin(), sites_.end(), domain);
        })) {
      continue;  // a site's own address (on one document: not generic by AddSite's rule)
    }
    for (int d : values_[v].documents) organisations[d].push_back(org);
  }
  for (auto& orgs : organisations) {
    std::sort(orgs.begin(), orgs.end());
    orgs.erase(std::unique(orgs.begin(), orgs.end()), orgs.end());
  }
  return organisations;
}

// Judged on the value's own documents (what an incremental link's region holds of it), listed as
// a service's contact (IsServiceWhy) so that an incremental link judges it again with new ads.
void Resolver::FindThirdPartyAccounts(std::vector<bool>& generic,
                                      std::vector<std::string>& why) const {
  std::vector<std::vector<std::string_view>> organisations;
  for (size_t v = 0; v < values_.size(); ++v) {
    const std::vector<int>& docs = values_[v].documents;
    const store::ContactKind* row = store::FindContactKind(values_[v].kind);
    if (generic[v] || docs.size() < 2 || row == nullptr || !row->third_party_across_organisations)
      continue;
    if (organisations.empty()) organisations = DocumentOrganisations(generic);
    if (organisations.empty()) return;  // the rule is off
    std::set<std::string_view> named;
    bool differ = false;
    for (size_t i = 0; i < docs.size(); ++i) {
      named.insert(organisations[docs[i]].begin(), organisations[docs[i]].end());
      for (size_t k = 0; k < i && !differ; ++k)
        differ = OrganisationsDiffer(organisations[docs[i]], organisations[docs[k]]);
    }
    if (!differ) continue;
    generic[v] = true;
    why[v] = fmt::format(
        "on {} documents of {} organisations, each at its own domain and none in common: {} (a "
        "consulate's fee account, a payment platform's), not one advertiser's",
        docs.size(), named.size(), kServiceWhy);
  }
}

// LSH banding: each band's texts are bucketed by sorting their band keys; every pair of a bucket
// is a candidate (a bucket larger than max_bucket_pairs only pairs its first text with the others,
// and so does a bucket known to be that large case-wide, around the case's first: AddKnownStar,
// SetStarCentres)
// and is confirmed on the signatures. A pair that collides in several bands is compared once, in
// the first band that proposes it, so the work follows the number of distinct candidates, not 25
// times it. Bands are shared between two threads; the result does not depend on the split.
std::vector<Resolver::Pair> Resolver::FindTextPairs() {
  for (auto& known : known_stars_) {
    std::sort(known.begin(), known.end());
    known.erase(std::unique(known.begin(), known.end()), known.end());
  }
  const int text_count = static_cast<int>(texts_.size());
  std::vector<BandBuckets> bands(kBands);
  const bool keep_index =
      band_index_ != nullptr && (ids_.empty() || *std::max_element(ids_.begin(), ids_.end()) <=
                                                     static_cast<int64_t>(UINT32_MAX));
  if (band_index_ != nullptr) band_index_->assign(keep_index ? kBands : 0, {});
  OnTwoThreads(kBands, [&](int band) {
    std::vector<std::pair<uint64_t, int>> entries(static_cast<size_t>(text_count));
    for (int t = 0; t < text_count; ++t) entries[t] = {BandKey(texts_[t].signature, band), t};
    SortByKey(entries);
    if (keep_index) {
      // Sorted by the whole key, so by its high half too.
      std::vector<BandEntry>& index = (*band_index_)[static_cast<size_t>(band)];
      index.resize(entries.size());
      for (size_t i = 0; i < entries.size(); ++i) {
        index[i] = {static_cast<uint32_t>(entries[i].first >> 32),
                    static_cast<uint32_t>(ids_[texts_[entries[i].second].document])};
      }
    }
    BandBuckets& out = bands[band];
    const std::vector<std::pair<uint32_t, int64_t>>& known = known_stars_[band];
    for (size_t begin = 0; begin < entries.size();) {
      size_t end = begin + 1;
      while (end < entries.size() && entries[end].first == entries[begin].first) ++end;
      if (end - begin >= 2) {
        out.starts.push_back(static_cast<uint32_t>(out.texts.size()));
        for (size_t i = begin; i < end; ++i) out.texts.push_back(entries[i].second);
        // A bucket larger case-wide than here is centred where the whole case's bucket is.
        const auto key32 = static_cast<uint32_t>(entries[begin].first >> 32);
        auto star = std::lower_bound(known.begin(), known.end(),
                                     std::pair<uint32_t, int64_t>{key32, INT64_MIN});
        std::optional<int64_t> star_first;
        if (star != known.end() && star->first == key32) {
          star_first = star->second;
        } else if (star_centres_) {
          star_first = star_centres_(band, key32);
        }
        int centre = kAllPairs;
        if (star_first) {
          centre = kNoCentre;
          for (size_t i = begin; i < end; ++i) {
            if (ids_[texts_[entries[i].second].document] == *star_first) centre = entries[i].second;
          }
        } else if (end - begin > options_.max_bucket_pairs) {
          centre = entries[begin].second;
        }
        out.centres.push_back(centre);
        if (centre != kAllPairs) out.stars.push_back({entries[begin].first, centre});
      }
      begin = end;
    }
    out.starts.push_back(static_cast<uint32_t>(out.texts.size()));
    out.texts.shrink_to_fit();
  });

  // Whether an earlier band already proposed the pair (x, y): they share its bucket, and that
  // bucket paired everything or has x or y first.
  auto proposed_before = [&](int x, int y, int band) {
    const Signature& sx = texts_[x].signature;
    const Signature& sy = texts_[y].signature;
    for (int b = 0; b < band; ++b) {
      if (!SameBand(sx, sy, b)) continue;
      const auto& stars = bands[b].stars;
      if (stars.empty()) return true;
      const uint64_t key = BandKey(sx, b);
      auto it =
          std::lower_bound(stars.begin(), stars.end(), std::pair<uint64_t, int>{key, INT_MIN});
      if (it == stars.end() || it->first != key) return true;
      if (it->second == x || it->second == y) return true;
    }
    return false;
  };
  std::vector<std::vector<Pair>> found(kBands);
  OnTwoThreads(kBands, [&](int band) {
    const BandBuckets& buckets = bands[band];
    std::vector<Pair>& out = found[band];
    auto consider = [&](int x, int y) {
      const Text& tx = texts_[x];
      const Text& ty = texts_[y];
      if (tx.document == ty.document || proposed_before(x, y, band)) return;
      const double j = EstimatedJaccard(tx.signature, ty.signature);
      if (j >= options_.text_threshold) {
        out.push_back({std::min(tx.document, ty.document), std::max(tx.document, ty.document), j});
      }
    };
    for (size_t k = 0; k + 1 < buckets.starts.size(); ++k) {
      const uint32_t begin = buckets.starts[k], end = buckets.starts[k + 1];
      if (const int centre = buckets.centres[k]; centre != kAllPairs) {
        if (centre == kNoCentre) continue;
        for (uint32_t i = begin; i < end; ++i) {
          if (buckets.texts[i] != centre) consider(centre, buckets.texts[i]);
        }
      } else {
        for (uint32_t i = begin; i < end; ++i) {
          for (uint32_t m = i + 1; m < end; ++m) consider(buckets.texts[i], buckets.texts[m]);
        }
      }
    }
  });
  std::vector<Pair> pairs;
  size_t total = 0;
  for (const auto& f : found) total += f.size();
  pairs.reserve(total);
  for (auto& f : found) {
    pairs.insert(pairs.end(), f.begin(), f.end());
    std::vector<Pair>().swap(f);
  }
  // One pair per two documents (a document signed twice could give two).
  std::sort(pairs.begin(), pairs.end(), [](const Pair& x, const Pair& y) {
    return x.a != y.a ? x.a < y.a : x.b != y.b ? x.b < y.b : x.similarity > y.similarity;
  });
  pairs.erase(std::unique(pairs.begin(), pairs.end(),
                          [](const Pair& x, const Pair& y) { return x.a == y.a && x.b == y.b; }),
              pairs.end());
  return pairs;
}

// The parts of a split (local indexes into `docs`) with those written from one template joined
// again (SplitOptions::template_share), in the order of their first document.
std::vector<std::vector<int>> Resolver::JoinedBy(int v, const std::vector<int>& text_of) const {
  const std::vector<int>& docs = values_[v].documents;
  UnionFind groups(docs.size());
  for (size_t i = 1; i < docs.size(); ++i) {
    const int ti = text_of[docs[i]];
    if (ti < 0) continue;
    for (size_t k = 0; k < i && k < kMaxCorroboratingTexts; ++k) {
      const int tk = text_of[docs[k]];
      if (tk >= 0 && EstimatedJaccard(texts_[ti].signature, texts_[tk].signature) >=
                         options_.corroborating_text_similarity) {
        groups.Union(static_cast<int>(i), static_cast<int>(k));
      }
    }
  }
  std::map<int, std::vector<int>> by_root;
  for (size_t i = 0; i < docs.size(); ++i)
    by_root[groups.Find(static_cast<int>(i))].push_back(docs[i]);
  std::vector<std::vector<int>> out;
  for (auto& [root, members] : by_root) {
    if (members.size() > 1) out.push_back(std::move(members));
  }
  return out;
}

std::vector<std::vector<int>> Resolver::OneTemplateParts(const std::vector<int>& docs,
                                                         std::vector<std::vector<int>> parts,
                                                         const std::vector<int>& text_of) const {
  const SplitOptions& o = options_.split;
  if (parts.size() < 2 || o.template_share <= 0) return parts;
  UnionFind same(parts.size());
  for (size_t a = 0; a < parts.size(); ++a) {
    for (size_t b = a + 1; b < parts.size(); ++b) {
      if (parts[a].size() * parts[b].size() > o.max_template_pairs) continue;
      int64_t compared = 0, close = 0;
      for (int i : parts[a]) {
        const int ti = text_of[docs[i]];
        if (ti < 0) continue;
        for (int k : parts[b]) {
          const int tk = text_of[docs[k]];
          if (tk < 0) continue;
          ++compared;
          if (EstimatedJaccard(texts_[ti].signature, texts_[tk].signature) >= o.template_similarity)
            ++close;
        }
      }
      if (compared > 0 &&
          static_cast<double>(close) >= o.template_share * static_cast<double>(compared))
        same.Union(static_cast<int>(a), static_cast<int>(b));
    }
  }
  std::map<int, std::vector<int>> joined;  // root part -> documents
  for (size_t p = 0; p < parts.size(); ++p) {
    std::vector<int>& into = joined[same.Find(static_cast<int>(p))];
    into.insert(into.end(), parts[p].begin(), parts[p].end());
  }
  std::vector<std::vector<int>> out;
  for (auto& [root, part] : joined) {
    std::sort(part.begin(), part.end());
    out.push_back(std::move(part));
  }
  std::sort(out.begin(), out.end());
  return out;
}

// Each document's cluster label: its component's root, or for the second and later parts of a
// component that SplitWeaklyJoined splits, document_count + a serial number. `notes` gets, per
// part of a split component, why it was split and which evidence crossed between the parts.
std::vector<int> Resolver::ClusterLabels(
    const std::vector<int>& root, const std::vector<std::vector<std::vector<int>>>& corroborated,
    const std::vector<Pair>& joining_text, const std::vector<SkeletonLink>& joining_skeletons,
    const std::vector<const PhotoGroup*>& joining_photos, const std::vector<bool>& generic,
    double n, std::vector<SplitNote>& notes) const {
  const size_t document_count = root.size();
  std::vector<int> label = root;
  std::vector<int> size(document_count, 0);
  for (int r : root) ++size[r];
  // Components to try, each with its documents (local index = position) and evidence.
  std::map<int, std::vector<int>> members;
  for (int d = 0; d < static_cast<int>(document_count); ++d) {
    const auto s = static_cast<size_t>(size[root[d]]);
    if (s >= options_.split.min_documents && s <= options_.split.max_documents) {
      members[root[d]].push_back(d);
    }
  }
  if (members.empty()) return label;
  std::vector<int> local(document_count, -1);
  for (const auto& [r, docs] : members) {
    for (size_t i = 0; i < docs.size(); ++i) local[docs[i]] = static_cast<int>(i);
  }
  // Evidence with where it came from; what it is in words is only made when needed (ties in the
  // order below, evidence crossing a split), not for each of millions of pairs.
  enum class Source { kValue, kText, kSkeleton, kPhoto };
  struct Described {
    Evidence evidence;
    Source source;
    size_t index;  // into values_, joining_text or joining_photos
  };
  auto what = [&](const Described& e) -> std::string {
    switch (e.source) {
      case Source::kValue:
        return fmt::format("{} {}", KindLabel(values_[e.index].kind), values_[e.index].value);
      case Source::kText:
        return fmt::format("near-identical text of documents #{} and #{}",
                           ids_[joining_text[e.index].a], ids_[joining_text[e.index].b]);
      case Source::kSkeleton:
        return fmt::format("shared template skeleton of documents #{} and #{}",
                           ids_[joining_skeletons[e.index].a], ids_[joining_skeletons[e.index].b]);
      case Source::kPhoto:
        break;
    }
    return joining_photos[e.index]->description;
  };
  std::map<int, std::vector<Described>> evidence;
  auto localised = [&](const std::vector<int>& docs) {
    std::vector<int> out;
    for (int d : docs) out.push_back(local[d]);
    return out;
  };
  for (size_t v = 0; v < values_.size(); ++v) {
    const std::vector<int>& all = values_[v].documents;
    if (generic[v] || all.size() < 2) continue;
    // Weighted by the value's rarity over the case (all its documents) and its kind.
    const double weight = values_[v].weight * std::log(n / static_cast<double>(all.size()));
    auto add = [&](const std::vector<int>& docs) {
      if (local[docs[0]] < 0) return;
      evidence[root[docs[0]]].push_back({{localised(docs), weight, false}, Source::kValue, v});
    };
    if (!values_[v].needs_corroboration) {
      add(all);
      continue;
    }
    for (const std::vector<int>& group : corroborated[v]) add(group);
  }
  for (size_t t = 0; t < joining_text.size(); ++t) {
    const Pair& p = joining_text[t];
    if (local[p.a] < 0) continue;
    evidence[root[p.a]].push_back(
        {{{std::min(local[p.a], local[p.b]), std::max(local[p.a], local[p.b])},
          p.similarity * std::log(n / 2),
          true},
         Source::kText,
         t});
  }
  for (size_t t = 0; t < joining_skeletons.size(); ++t) {
    const SkeletonLink& link = joining_skeletons[t];
    if (local[link.a] < 0) continue;
    evidence[root[link.a]].push_back(
        {{{std::min(local[link.a], local[link.b]), std::max(local[link.a], local[link.b])},
          link.jaccard * std::log(n / 2),
          true},
         Source::kSkeleton,
         t});
  }
  for (size_t g = 0; g < joining_photos.size(); ++g) {
    const PhotoGroup* group = joining_photos[g];
    if (local[group->documents[0]] < 0) continue;
    evidence[root[group->documents[0]]].push_back(
        {{localised(group->documents),
          group->similarity * std::log(n / static_cast<double>(group->documents.size())), false},
         Source::kPhoto,
         g});
  }
  std::vector<int> text_of(document_count, -1);  // a document's (first) text
  for (size_t t = texts_.size(); t-- > 0;) text_of[texts_[t].document] = static_cast<int>(t);
  int next_label = static_cast<int>(document_count);
  for (auto& [r, docs] : members) {
    // Leiden's partition depends on the order of its nodes and edges. Documents come in id order;
    // the evidence is put in an order of its own (its documents, then what it is) so that a
    // component gets the same split however its values and pairs were found (an incremental link
    // adds them in another order than a full link).
    std::vector<Described>& described = evidence[r];
    const auto same_documents = [](const Described& x, const Described& y) {
      return x.evidence.members == y.evidence.members && x.evidence.pair == y.evidence.pair;
    };
    std::sort(described.begin(), described.end(), [](const Described& x, const Described& y) {
      if (x.evidence.members != y.evidence.members) return x.evidence.members < y.evidence.members;
      return x.evidence.pair < y.evidence.pair;
    });
    // Evidence on the same documents (a number and an address on the same ads) is ordered by what
    // it is: each one's words made once (comparing them inside the sort made them at every
    // comparison).
    for (size_t begin = 0; begin < described.size();) {
      size_t end = begin + 1;
      while (end < described.size() && same_documents(described[begin], described[end])) ++end;
      if (end - begin > 1) {
        std::vector<std::pair<std::string, Described>> named;
        named.reserve(end - begin);
        for (size_t i = begin; i < end; ++i) named.emplace_back(what(described[i]), described[i]);
        std::sort(named.begin(), named.end(),
                  [](const auto& x, const auto& y) { return x.first < y.first; });
        for (size_t i = begin; i < end; ++i) described[i] = std::move(named[i - begin].second);
      }
      begin = end;
    }
    std::vector<Evidence> plain;
    for (const Described& e : described) plain.push_back(e.evidence);
    const std::vector<std::vector<int>> parts =
        OneTemplateParts(docs, SplitWeaklyJoined(docs.size(), plain, options_.split), text_of);
    if (parts.size() < 2) continue;
    std::vector<int> part_of(docs.size(), 0);
    for (size_t p = 0; p < parts.size(); ++p) {
      for (int i : parts[p]) part_of[i] = static_cast<int>(p);
    }
    std::vector<std::string> crossing;
    for (const Described& e : evidence[r]) {
      const std::vector<int>& m = e.evidence.members;
      if (std::any_of(m.begin(), m.end(), [&](int i) { return part_of[i] != part_of[m[0]]; })) {
        crossing.push_back(what(e));
      }
    }
    std::string weak;
    for (size_t i = 0; i < crossing.size() && i < 3; ++i) weak += (i ? "; " : "") + crossing[i];
    if (crossing.size() > 3) weak += fmt::format("; and {} more", crossing.size() - 3);
    for (size_t p = 0; p < parts.size(); ++p) {
      std::vector<int> part_docs;
      for (int i : parts[p]) part_docs.push_back(docs[i]);
      if (p > 0) {
        for (int d : part_docs) label[d] = next_label;
        ++next_label;
      }
      notes.push_back(
          {fmt::format("one of {} parts of a group of {} documents that only weak evidence joined "
                       "(Leiden communities; crossing: {}): kept apart",
                       parts.size(), docs.size(), weak),
           std::move(part_docs)});
    }
  }
  return label;
}

// An aggregator's call-tracking number: the aggregator mirrors other sites' ads (their texts
// copied, the advertiser's contact stripped or masked) and prints its own number on each mirror, as
// its only contact. Its documents are near-identical to ads of different advertisers, each with
// their own contacts: the value is the site's, not theirs (each mirror still joins its advertiser's
// ads by text). A network's booking line looks the same on its reposts of its women's ads; two
// things tell it apart: the network prints it beside the women's numbers on their own ads too, and
// its women's ads share its template's sentences (service_unrelated_similarity), where an
// aggregator's owners are strangers to each other.
void Resolver::FindAggregatorNumbers(const std::vector<Pair>& text_pairs,
                                     std::vector<bool>& generic,
                                     std::vector<GenericValue>& listed) const {
  const int64_t min_owners = options_.aggregator_min_owners;
  if (min_owners <= 0) return;
  const size_t document_count = ids_.size();
  std::vector<int> component_of(document_count, -1);
  const std::vector<PairComponent> components = ComponentsOf(text_pairs, document_count);
  for (size_t c = 0; c < components.size(); ++c) {
    for (int d : components[c].documents) component_of[d] = static_cast<int>(c);
  }
  // Whether document d carries a contact value (not generic) other than v.
  auto carries_other = [&](int d, int v) {
    for (int64_t k = contact_begin_[d]; k < contact_begin_[d + 1]; ++k) {
      const int c = contact_values_[k];
      if (c != v && !generic[c]) return true;
    }
    return false;
  };
  // Whether d is an owner: not one of v's documents, and a contact value of its own.
  auto is_owner = [&](int d, int v) {
    const std::vector<int>& own = values_[v].documents;
    return !std::binary_search(own.begin(), own.end(), d) && carries_other(d, v);
  };
  // Candidates: values whose mirrors show aggregator_min_owners text groups with an owner's
  // contact; an owner document of each group.
  struct Candidate {
    int value;
    size_t mirrors;
    std::vector<int> owners;
  };
  std::vector<Candidate> candidates;
  std::vector<int> seen_components;
  for (size_t v = 0; v < values_.size(); ++v) {
    const std::vector<int>& docs = values_[v].documents;
    if (generic[v] || static_cast<int64_t>(docs.size()) < min_owners) continue;
    seen_components.clear();
    Candidate candidate{static_cast<int>(v), 0, {}};
    size_t beside = 0;
    for (int d : docs) {
      if (carries_other(d, static_cast<int>(v))) {
        ++beside;
        continue;
      }
      // A mirror: its only contact is the value, its text near-identical to another's ad.
      const int c = component_of[d];
      if (c < 0) continue;
      int owner = -1;
      size_t looked = 0;
      for (int e : components[static_cast<size_t>(c)].documents) {
        if (++looked > kAggregatorComponentLook) break;
        if (is_owner(e, static_cast<int>(v))) {
          owner = e;
          break;
        }
      }
      if (owner < 0) continue;
      ++candidate.mirrors;
      if (std::find(seen_components.begin(), seen_components.end(), c) != seen_components.end())
        continue;
      seen_components.push_back(c);
      candidate.owners.push_back(owner);
    }
    if (static_cast<int64_t>(candidate.owners.size()) >= min_owners &&
        kAggregatorMirrorShare * candidate.mirrors >= docs.size() &&
        kAggregatorBesideShare * beside < docs.size())
      candidates.push_back(std::move(candidate));
  }
  if (candidates.empty()) return;
  // Different advertisers: owners that nothing but the value joins (other contact values not
  // generic, other candidates, near-identical texts, texts sharing a template's sentences).
  std::vector<bool> candidate(values_.size(), false);
  for (const Candidate& c : candidates) candidate[static_cast<size_t>(c.value)] = true;
  UnionFind joined(document_count);
  for (size_t v = 0; v < values_.size(); ++v) {
    if (generic[v] || candidate[v]) continue;
    const std::vector<int>& docs = values_[v].documents;
    for (size_t i = 1; i < docs.size(); ++i) joined.Union(docs[0], docs[i]);
  }
  for (const Pair& p : text_pairs) joined.Union(p.a, p.b);
  std::vector<int> text_of(document_count, -1);  // a document's (first) text
  for (size_t t = texts_.size(); t-- > 0;) text_of[texts_[t].document] = static_cast<int>(t);
  std::vector<int> apart;
  for (const Candidate& c : candidates) {
    // The other candidates join here (a network's lines may each look like one).
    UnionFind beside = joined;
    for (const Candidate& other : candidates) {
      if (other.value == c.value) continue;
      const std::vector<int>& docs = values_[static_cast<size_t>(other.value)].documents;
      for (size_t i = 1; i < docs.size(); ++i) beside.Union(docs[0], docs[i]);
    }
    // Owners apart: nothing joins one to another, and their texts are unrelated pair by pair (no
    // chain: strangers' ads of one genre and language reach the threshold now and then, and must
    // not gather an aggregator's many owners into a few advertisers).
    apart.clear();
    for (int e : c.owners) {
      const int root = beside.Find(e);
      const int te = text_of[e];
      const bool related = std::any_of(apart.begin(), apart.end(), [&](int p) {
        if (beside.Find(p) == root) return true;
        const int tp = text_of[p];
        return te >= 0 && tp >= 0 &&
               EstimatedJaccard(texts_[te].signature, texts_[tp].signature) >=
                   options_.service_unrelated_similarity;
      });
      if (!related) apart.push_back(e);
      if (apart.size() >= kAggregatorOwnerTexts) break;
    }
    if (static_cast<int64_t>(apart.size()) < min_owners) continue;
    const auto v = static_cast<size_t>(c.value);
    generic[v] = true;
    listed.push_back(
        {values_[v].kind,
         values_[v].value,
         static_cast<int64_t>(values_[v].documents.size()),
         fmt::format("the only contact of {} documents whose texts are near-identical to ads "
                     "of {} advertisers with contact values and texts of their own that nothing "
                     "else joins: {} (an aggregator's call-tracking number printed on its mirrors "
                     "of their ads), not one advertiser's",
                     c.mirrors, apart.size(), kServiceWhy),
         {}});
  }
}

// ResolveOptions::impostors_apart: a warning and the documents giving the value it warns against
// kept out of one component. Each component (by its root in the union-find) holds the values its
// documents warn against and the warned values its documents give as their own; a join that
// would meet the two is refused. Components are few that hold either: the rest join as before.
class Resolver::WarningGuard {
 public:
  // A refused join: a document of the warning's side, one of the owner's side, the value.
  struct Refusal {
    int warner_side;
    int owner_side;
    int value;
  };

  // Values by document index (sorted, unique), for the few documents that have any.
  using ValuesOf = std::map<int, std::vector<int>>;

  WarningGuard() = default;
  // The values each document warns against, and the warned values each gives as its own.
  WarningGuard(ValuesOf warned, ValuesOf owned)
      : warned_(std::move(warned)), owned_(std::move(owned)) {}

  bool active() const { return !warned_.empty(); }
  const ValuesOf& warned() const { return warned_; }
  const ValuesOf& owned() const { return owned_; }
  const std::vector<Refusal>& refusals() const { return refusals_; }

  // Takes the components of `uf` as they stand (the contact values' joins) and joins through it
  // from now on.
  void Start(UnionFind& uf) {
    uf_ = &uf;
    for (const auto& [d, values] : warned_) Append(tags_[uf.Find(d)].warns, values);
    for (const auto& [d, values] : owned_) Append(tags_[uf.Find(d)].owns, values);
  }

  // Joins the components of documents a and b unless one warns against a value the other gives
  // as its own (then records the refusal and returns false). Without the guard active, joins.
  bool TryJoin(int a, int b) {
    const int ra = uf_->Find(a), rb = uf_->Find(b);
    if (ra == rb) return true;
    const auto ta = tags_.find(ra), tb = tags_.find(rb);
    if (ta == tags_.end() && tb == tags_.end()) {
      uf_->Union(ra, rb);
      return true;
    }
    if (ta != tags_.end() && tb != tags_.end()) {
      if (const int v = Common(ta->second.warns, tb->second.owns); v >= 0) {
        refusals_.push_back({a, b, v});
        return false;
      }
      if (const int v = Common(tb->second.warns, ta->second.owns); v >= 0) {
        refusals_.push_back({b, a, v});
        return false;
      }
    }
    uf_->Union(ra, rb);
    const int root = uf_->Find(ra);
    const int other = root == ra ? rb : ra;
    const auto from = tags_.find(other);
    if (from == tags_.end()) return true;
    Tags moved = std::move(from->second);
    tags_.erase(from);
    Tags& into = tags_[root];
    Append(into.warns, moved.warns);
    Append(into.owns, moved.owns);
    return true;
  }

  int Find(int d) const { return uf_->Find(d); }

 private:
  struct Tags {
    std::vector<int> warns, owns;  // sorted, unique
  };
  static void Append(std::vector<int>& into, const std::vector<int>& more) {
    if (more.empty()) return;
    into.insert(into.end(), more.begin(), more.end());
    std::sort(into.begin(), into.end());
    into.erase(std::unique(into.begin(), into.end()), into.end());
  }
  // A value in both sorted lists (the smallest), or -1.
  static int Common(const std::vector<int>& x, const std::vector<int>& y) {
    auto i = x.begin(), j = y.begin();
    while (i != x.end() && j != y.end()) {
      if (*i == *j) return *i;
      if (*i < *j)
        ++i;
      else
        ++j;
    }
    return -1;
  }

  ValuesOf warned_, owned_;
  std::unordered_map<int, Tags> tags_;  // by component root
  std::vector<Refusal> refusals_;
  UnionFind* uf_ = nullptr;
};

Resolver::WarningGuard Resolver::GuardWarnings(const std::vector<bool>& generic) const {
  if (!options_.impostors_apart) return {};
  auto carries_own = [&](int d, int except) {
    for (int64_t k = contact_begin_[d]; k < contact_begin_[d + 1]; ++k) {
      const int v = contact_values_[k];
      if (v != except && !generic[static_cast<size_t>(v)]) return true;
    }
    return false;
  };
  auto carries = [&](int v, int d) {
    const std::vector<int>& docs = values_[static_cast<size_t>(v)].documents;
    return std::binary_search(docs.begin(), docs.end(), d);
  };
  WarningGuard::ValuesOf warned, owned;
  for (const Quote& q : heading_quotes_) {
    if (q.document < 0 || !IsWarningWhy(q.text) || generic[static_cast<size_t>(q.value)] ||
        values_[static_cast<size_t>(q.value)].documents.empty() || carries(q.value, q.document) ||
        !carries_own(q.document, q.value))
      continue;
    warned[q.document].push_back(q.value);
    for (int d : values_[static_cast<size_t>(q.value)].documents) owned[d].push_back(q.value);
  }
  for (auto* lists : {&warned, &owned}) {
    for (auto& [d, values] : *lists) {
      std::sort(values.begin(), values.end());
      values.erase(std::unique(values.begin(), values.end()), values.end());
    }
  }
  return WarningGuard(std::move(warned), std::move(owned));
}

void Resolver::JoinPhotoGroups(WarningGuard& guard, std::vector<const PhotoGroup*>& joining,
                               std::vector<Pair>& pairs, std::deque<PhotoGroup>& parts) const {
  auto star = [&](const PhotoGroup& g) {
    for (size_t i = 1; i < g.documents.size(); ++i)
      pairs.push_back({g.documents[0], g.documents[i], g.similarity});
  };
  if (!guard.active()) {
    for (const PhotoGroup* g : joining) {
      for (size_t i = 1; i < g->documents.size(); ++i)
        guard.TryJoin(g->documents[0], g->documents[i]);
      star(*g);
    }
    return;
  }
  // Strongest first, then by the documents' ids, as the text pairs: the same order whichever
  // documents a link was given (an incremental link's region) and in whatever order.
  auto ids_of = [&](const PhotoGroup* g) {
    std::vector<int64_t> ids;
    for (int d : g->documents) ids.push_back(ids_[d]);
    std::sort(ids.begin(), ids.end());
    return ids;
  };
  std::vector<std::pair<const PhotoGroup*, std::vector<int64_t>>> order;
  for (const PhotoGroup* g : joining) order.emplace_back(g, ids_of(g));
  std::sort(order.begin(), order.end(), [](const auto& x, const auto& y) {
    if (x.first->similarity != y.first->similarity)
      return x.first->similarity > y.first->similarity;
    return x.second < y.second;
  });
  for (const auto& [g, ids] : order) {
    std::vector<int> docs;
    for (int64_t id : ids) docs.push_back(Index(id));
    // Each document joins the first it may: a group holding an impostor's copy of a woman's
    // picture joins her documents together and the copy to none of them.
    for (size_t i = 1; i < docs.size(); ++i) {
      for (size_t j = 0; j < i && !guard.TryJoin(docs[j], docs[i]); ++j) {
      }
    }
  }
  // Each group's parts (its documents by component), after every join.
  std::vector<const PhotoGroup*> kept;
  for (const PhotoGroup* g : joining) {
    std::map<int, std::vector<int>> by_root;
    for (int d : g->documents) by_root[guard.Find(d)].push_back(d);
    if (by_root.size() == 1) {
      kept.push_back(g);
      star(*g);
      continue;
    }
    for (auto& [root, docs] : by_root) {
      if (docs.size() < 2) continue;
      parts.push_back({std::move(docs), g->similarity, g->description});
      kept.push_back(&parts.back());
      star(parts.back());
    }
  }
  joining = std::move(kept);
}

void Resolver::ListKeptApart(const WarningGuard& guard, const std::vector<int>& label,
                             const std::vector<int>& cluster_of_label,
                             std::vector<Cluster>& clusters) const {
  // One reason per warning side, owner side and value: the side's first document in id order
  // that warns against the value, or gives it.
  auto first_in = [&](int side, const WarningGuard::ValuesOf& lists, int v) {
    int best = -1;
    for (const auto& [d, values] : lists) {
      if (label[d] != label[side] || !std::binary_search(values.begin(), values.end(), v)) continue;
      if (best < 0 || ids_[d] < ids_[static_cast<size_t>(best)]) best = d;
    }
    return best;
  };
  // The warning's words (the quote's why) on document d.
  auto warning_of = [&](int v, int d) -> std::string_view {
    const auto [begin, end] =
        std::equal_range(heading_quotes_.begin(), heading_quotes_.end(), Quote{v, 0, {}, {}, 0},
                         [](const Quote& x, const Quote& y) { return x.value < y.value; });
    for (auto q = begin; q != end; ++q) {
      if (q->document == d && IsWarningWhy(q->text)) return q->text;
    }
    return kWarningWhy;
  };
  std::set<std::tuple<int, int, int>> listed;
  auto add = [&](int side, Reason reason) {
    const int c = cluster_of_label[label[side]];
    if (c >= 0) clusters[static_cast<size_t>(c)].reasons.push_back(std::move(reason));
  };
  for (const WarningGuard::Refusal& r : guard.refusals()) {
    if (!listed.insert({label[r.warner_side], label[r.owner_side], r.value}).second) continue;
    const int warner = first_in(r.warner_side, guard.warned(), r.value);
    const int owner = first_in(r.owner_side, guard.owned(), r.value);
    if (warner < 0 || owner < 0) continue;
    const Value& value = values_[static_cast<size_t>(r.value)];
    const std::string what = fmt::format("{} {}", KindLabel(value.kind), value.value);
    add(warner, {"apart",
                 fmt::format("kept apart from document #{}, which gives {} as its own: document "
                             "#{} warns against it ({})",
                             ids_[owner], what, ids_[warner], warning_of(r.value, warner)),
                 {ids_[warner]},
                 0,
                 {},
                 {}});
    add(owner, {"apart",
                fmt::format("kept apart from document #{}, which warns against {} ({}): document "
                            "#{} gives it as its own",
                            ids_[warner], what, warning_of(r.value, warner), ids_[owner]),
                {ids_[owner]},
                0,
                {},
                {}});
  }
}

Linkage Resolver::Resolve() {
  Linkage out;
  out.documents = static_cast<int64_t>(ids_.size());
  const double n = std::max<double>(
      2, static_cast<double>(options_.case_documents > 0 ? options_.case_documents
                                                         : static_cast<int64_t>(ids_.size())));
  const size_t document_count = ids_.size();
  PhaseClock clock(phases_);

  // Each value's documents, sorted and unique, quotes left out, and each document's values.
  contact_begin_.assign(document_count + 1, 0);
  for (Value& value : values_) {
    std::vector<int>& docs = value.documents;
    if (!std::is_sorted(docs.begin(), docs.end())) std::sort(docs.begin(), docs.end());
    docs.erase(std::unique(docs.begin(), docs.end()), docs.end());
  }
  MarkQuoted();
  for (const Value& value : values_) {
    for (int d : value.documents) ++contact_begin_[d + 1];
  }
  std::partial_sum(contact_begin_.begin(), contact_begin_.end(), contact_begin_.begin());
  contact_values_.assign(static_cast<size_t>(contact_begin_.back()), 0);
  {
    std::vector<int64_t> fill(contact_begin_.begin(), contact_begin_.end() - 1);
    for (size_t v = 0; v < values_.size(); ++v) {
      for (int d : values_[v].documents) contact_values_[fill[d]++] = static_cast<int>(v);
    }
  }
  std::vector<int> stamp(values_.size(), -1);
  int mark = 0;

  // Generic contact values: many documents, many unrelated other contacts beside them. Phone
  // numbers with the same national digits under different country codes are judged together: a
  // number written nationally ("01632 960500") is read with the country of the site it is on, so
  // one public line quoted on several countries' sites becomes several values, each on too few
  // documents to look generic, and the smaller ones would join unrelated advertisers.
  std::vector<bool> generic(values_.size(), false);
  const std::vector<bool> none_generic(values_.size(), false);
  std::vector<std::vector<int>> pools;           // values judged together, two or more
  std::vector<std::string> why(values_.size());  // of the values found generic here
  {
    std::unordered_map<std::string_view, std::vector<int>> by_national;
    for (size_t v = 0; v < values_.size(); ++v) {
      if (values_[v].kind != "phone") continue;
      const std::string_view national = NationalDigits(values_[v].value);
      if (!national.empty()) by_national[national].push_back(static_cast<int>(v));
    }
    for (auto& [national, members] : by_national) {
      if (members.size() < 2) continue;
      std::sort(members.begin(), members.end());
      pools.push_back(std::move(members));
    }
    std::sort(pools.begin(), pools.end());
  }
  auto judge = [&](const std::vector<int>& members) {
    std::vector<int> pool_documents;
    const std::vector<int>* documents = &values_[members[0]].documents;
    if (members.size() > 1) {
      for (int v : members) {
        pool_documents.insert(pool_documents.end(), values_[v].documents.begin(),
                              values_[v].documents.end());
      }
      std::sort(pool_documents.begin(), pool_documents.end());
      pool_documents.erase(std::unique(pool_documents.begin(), pool_documents.end()),
                           pool_documents.end());
      documents = &pool_documents;
    }
    const auto df = static_cast<int64_t>(documents->size());
    if (df < options_.generic_min_documents) return;
    ++mark;
    for (int v : members) stamp[v] = mark;  // not counted among their own others
    const auto other_count =
        static_cast<int64_t>(ContactsOn(*documents, none_generic, stamp, mark));
    if (other_count < options_.generic_min_other_contacts ||
        static_cast<double>(other_count) < options_.generic_other_share * static_cast<double>(df)) {
      return;
    }
    for (int v : members) {
      if (generic[v]) continue;
      generic[v] = true;
      const auto own = static_cast<int64_t>(values_[v].documents.size());
      why[v] = members.size() == 1
                   ? fmt::format(
                         "on {} documents beside {} other contact values: a shared or "
                         "site-wide contact, not one advertiser's",
                         df, other_count)
                   : fmt::format(
                         "on {} documents beside {} other contact values, with {} other "
                         "numbers of the same national digits under another country code "
                         "({} documents in all): a shared or site-wide contact, not one "
                         "advertiser's",
                         own, other_count, members.size() - 1, df);
    }
  };
  for (size_t v = 0; v < values_.size(); ++v) {
    if (known_generic_[v]) generic[v] = true;
  }
  for (size_t v = 0; v < values_.size(); ++v) {
    if (!generic[v]) judge({static_cast<int>(v)});
  }
  for (const std::vector<int>& members : pools) judge(members);
  // A site's own address: judged by its domain alone (AddSite).
  std::sort(sites_.begin(), sites_.end());
  sites_.erase(std::unique(sites_.begin(), sites_.end()), sites_.end());
  if (!sites_.empty()) {
    for (size_t v = 0; v < values_.size(); ++v) {
      if (generic[v] || values_[v].documents.size() < 2 || values_[v].kind != "email") continue;
      for (std::string_view domain : AddressDomains(values_[v].value)) {
        if (!std::binary_search(sites_.begin(), sites_.end(), domain)) continue;
        generic[v] = true;
        why[v] = fmt::format("on {} documents, an address at the domain of the site {}: {}",
                             values_[v].documents.size(), domain, kSiteWhy);
        break;
      }
    }
  }
  FindServiceContacts(generic, why, stamp, mark);
  FindThirdPartyAccounts(generic, why);
  for (size_t v = 0; v < values_.size(); ++v) {
    if (why[v].empty()) continue;
    out.generic.push_back({values_[v].kind,
                           values_[v].value,
                           static_cast<int64_t>(values_[v].documents.size()),
                           std::move(why[v]),
                           {}});
  }

  auto documents_of_indexes = [&](const std::vector<int>& docs) {
    std::vector<int64_t> out_ids;
    out_ids.reserve(docs.size());
    for (int d : docs) out_ids.push_back(ids_[d]);
    std::sort(out_ids.begin(), out_ids.end());
    return out_ids;
  };
  clock.Lap("resolve: contact values, generic ones");
  const std::vector<Pair> text_pairs = FindTextPairs();
  out.text_pairs = static_cast<int64_t>(text_pairs.size());
  clock.Lap("resolve: text pairs (LSH)");
  FindAggregatorNumbers(text_pairs, generic, out.generic);
  // Generic text: a group of near-identical texts that carries many different contacts is a
  // popular phrasing or site boilerplate, not one author's template.
  std::vector<bool> text_pair_generic(text_pairs.size(), false);
  std::vector<bool> known_generic_text(document_count, false);
  for (int64_t id : known_generic_texts_) {
    if (const int d = Index(id); d >= 0) known_generic_text[d] = true;
  }
  // The groups that join (not generic), for the ones the organisations rule keeps apart below.
  std::vector<PairComponent> joining_groups;
  for (PairComponent& group : ComponentsOf(text_pairs, document_count)) {
    const size_t contacts = ContactsOn(group.documents, generic, stamp, ++mark);
    const bool known = std::any_of(group.documents.begin(), group.documents.end(),
                                   [&](int d) { return known_generic_text[d]; });
    if (!known && (static_cast<int64_t>(contacts) < options_.generic_text_contacts ||
                   FreshContactPerDocument(group.documents, generic))) {
      joining_groups.push_back(std::move(group));
      continue;
    }
    for (size_t i : group.pairs) text_pair_generic[i] = true;
    out.generic.push_back(
        {"text", fmt::format("near-identical text of document #{}", ids_[group.documents.front()]),
         static_cast<int64_t>(group.documents.size()),
         fmt::format("{} documents with this text carry {} different contact values: a popular "
                     "phrasing or boilerplate, not one author's template",
                     group.documents.size(), contacts),
         documents_of_indexes(group.documents)});
  }
  // Generic photos: the same picture next to many different contacts is a stock photo.
  std::vector<Pair> photo_pairs;
  std::vector<const PhotoGroup*> joining_photos;
  std::vector<int> first_of_value;
  std::vector<int> text_of;  // a document's (first) text
  for (const PhotoGroup& g : photo_groups_) {
    const size_t contacts = ContactsOn(g.documents, generic, stamp, ++mark);
    std::string why;
    if (static_cast<int64_t>(contacts) >= options_.generic_text_contacts) {
      why = fmt::format(
          "{} documents show this photo beside {} different contact values: a stock "
          "or widely copied photo, not one advertiser's",
          g.documents.size(), contacts);
    } else if (options_.photo_min_advertisers > 0 &&
               static_cast<int64_t>(contacts) >= options_.photo_min_advertisers &&
               g.documents.size() <= kMaxServiceTexts) {
      if (text_of.empty()) {
        first_of_value.assign(values_.size(), 0);
        text_of.assign(ids_.size(), -1);
        for (size_t t = texts_.size(); t-- > 0;) text_of[texts_[t].document] = static_cast<int>(t);
      }
      const int64_t advertisers =
          AdvertisersShowing(g.documents, generic, stamp, ++mark, first_of_value, text_of);
      if (advertisers >= options_.photo_min_advertisers &&
          static_cast<double>(advertisers) >=
              options_.photo_advertiser_share * static_cast<double>(g.documents.size())) {
        why = fmt::format(
            "{} documents show this photo beside the contact values of {} advertisers that nothing "
            "else joins: a famous place's or a stock photo, not one advertiser's",
            g.documents.size(), advertisers);
      }
    }
    if (!why.empty()) {
      out.generic.push_back(
          {"photo", fmt::format("{} (first in document #{})", g.description, ids_[g.documents[0]]),
           static_cast<int64_t>(g.documents.size()), std::move(why),
           documents_of_indexes(g.documents)});
      continue;
    }
    joining_photos.push_back(&g);
  }

  clock.Lap("resolve: generic texts and photos");
  // The groups each value that needs corroboration (an IP address) joins: its documents whose texts
  // are one author's family (ResolveOptions::corroborating_text_similarity).
  std::vector<std::vector<std::vector<int>>> corroborated(values_.size());
  {
    std::vector<int> text_of_document;
    for (size_t v = 0; v < values_.size(); ++v) {
      if (generic[v] || !values_[v].needs_corroboration || values_[v].documents.size() < 2)
        continue;
      if (text_of_document.empty()) {
        text_of_document.assign(document_count, -1);
        for (size_t t = texts_.size(); t-- > 0;)
          text_of_document[texts_[t].document] = static_cast<int>(t);
      }
      corroborated[v] = JoinedBy(static_cast<int>(v), text_of_document);
    }
  }
  UnionFind uf(document_count);
  auto join = [&](const std::vector<int>& docs) {
    for (size_t i = 1; i < docs.size(); ++i) uf.Union(docs[0], docs[i]);
  };
  for (size_t v = 0; v < values_.size(); ++v) {
    if (generic[v]) continue;
    if (!values_[v].needs_corroboration) {
      join(values_[v].documents);
      continue;
    }
    for (const std::vector<int>& group : corroborated[v]) join(group);
  }
  // A warning and the documents giving the value it warns against stay apart from here on
  // (ResolveOptions::impostors_apart).
  WarningGuard guard = GuardWarnings(generic);
  guard.Start(uf);
  // Two organisations' ads: each document gives an address at an organisation's own domain, and
  // they have no such domain in common. Their near-identical texts are employers' HR boilerplate
  // or one's ad copied by the other, not one author's reposts: the pair joins nothing
  // (ResolveOptions::organisations_apart).
  const std::vector<std::vector<std::string_view>> organisations = DocumentOrganisations(generic);
  auto organisations_differ = [&](int a, int b) {
    return !organisations.empty() && OrganisationsDiffer(organisations[a], organisations[b]);
  };
  // Clients' posts: the values each quotes in a client's words (mentions.h), for the documents
  // with no own contact value but generic ones (ResolveOptions::client_posts_apart).
  std::vector<std::vector<int>> client_quotes;
  if (options_.client_posts_apart) {
    for (const Quote& q : quoted_) {
      if (q.document < 0 || !IsClientPostWhy(q.text)) continue;
      if (client_quotes.empty()) client_quotes.resize(document_count);
      client_quotes[static_cast<size_t>(q.document)].push_back(q.value);  // quoted_ is by value
    }
    for (size_t d = 0; d < client_quotes.size(); ++d) {
      for (int64_t k = contact_begin_[d]; k < contact_begin_[d + 1]; ++k) {
        if (!generic[static_cast<size_t>(contact_values_[k])]) {
          client_quotes[d].clear();  // an own contact: no client's post
          break;
        }
      }
    }
  }
  auto clients_differ = [&](int a, int b) {
    if (client_quotes.empty()) return false;
    const auto& x = client_quotes[a];
    const auto& y = client_quotes[b];
    if (x.empty() || y.empty()) return false;
    for (int v : x) {
      if (std::binary_search(y.begin(), y.end(), v)) return false;
    }
    return true;
  };
  std::vector<Pair> joining_text;
  const bool may_keep_apart = !organisations.empty() || !client_quotes.empty() || guard.active();
  std::vector<bool> kept_apart(may_keep_apart ? text_pairs.size() : 0, false);
  std::vector<bool> joins(text_pairs.size(), false);
  // With warnings to guard, the pairs join strongest first, then by their documents' ids: which of
  // two pairs is refused depends on the order, which must not depend on the documents given.
  std::vector<size_t> order(text_pairs.size());
  std::iota(order.begin(), order.end(), 0);
  if (guard.active()) {
    std::sort(order.begin(), order.end(), [&](size_t x, size_t y) {
      const Pair& px = text_pairs[x];
      const Pair& py = text_pairs[y];
      if (px.similarity != py.similarity) return px.similarity > py.similarity;
      return std::minmax(ids_[px.a], ids_[px.b]) < std::minmax(ids_[py.a], ids_[py.b]);
    });
  }
  for (size_t i : order) {
    if (text_pair_generic[i]) continue;
    const Pair& p = text_pairs[i];
    if (organisations_differ(p.a, p.b) || clients_differ(p.a, p.b) || !guard.TryJoin(p.a, p.b)) {
      kept_apart[i] = true;
      continue;
    }
    joins[i] = true;
  }
  for (size_t i = 0; i < text_pairs.size(); ++i) {
    if (joins[i]) joining_text.push_back(text_pairs[i]);
  }
  std::deque<PhotoGroup> photo_parts;  // of the groups the guard parts
  JoinPhotoGroups(guard, joining_photos, photo_pairs, photo_parts);
  // Skeleton pairs join last, through the guard as the text and photo pairs do: an impostor's
  // copied template joins her no more than her copied text does.
  std::vector<SkeletonLink> joining_skeletons = JoiningSkeletons(generic);
  std::erase_if(joining_skeletons,
                [&](const SkeletonLink& link) { return !guard.TryJoin(link.a, link.b); });
  // A group the organisations, clients' posts or impostors rule left in several components
  // (Linkage::apart_texts).
  if (may_keep_apart) {
    for (const PairComponent& group : joining_groups) {
      if (std::none_of(group.pairs.begin(), group.pairs.end(),
                       [&](size_t i) { return kept_apart[i]; })) {
        continue;
      }
      const int first = uf.Find(group.documents.front());
      if (std::all_of(group.documents.begin(), group.documents.end(),
                      [&](int d) { return uf.Find(d) == first; })) {
        continue;
      }
      out.apart_texts.push_back(documents_of_indexes(group.documents));
    }
    std::sort(out.apart_texts.begin(), out.apart_texts.end());
  }
  std::vector<PairComponent>().swap(joining_groups);

  clock.Lap("resolve: components");
  // Stored links: a maximum spanning forest of the joining text pairs (strongest first, Kruskal),
  // and every photo pair. Made on a second thread while this one splits large components (igraph
  // stays on this thread).
  std::future<std::vector<DocumentLink>> links = std::async(std::launch::async, [&] {
    std::vector<DocumentLink> forest_links;
    std::vector<size_t> order(joining_text.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](size_t x, size_t y) {
      const Pair& px = joining_text[x];
      const Pair& py = joining_text[y];
      if (px.similarity != py.similarity) return px.similarity > py.similarity;
      return px.a != py.a ? px.a < py.a : px.b < py.b;
    });
    UnionFind forest(document_count);
    for (size_t i : order) {
      const Pair& p = joining_text[i];
      if (forest.Union(p.a, p.b))
        forest_links.push_back({ids_[p.a], ids_[p.b], "text", p.similarity});
    }
    for (const Pair& p : photo_pairs) {
      forest_links.push_back(
          {std::min(ids_[p.a], ids_[p.b]), std::max(ids_[p.a], ids_[p.b]), "photo", p.similarity});
    }
    // One link per (a, b, kind): the last photo group that gave it wins, as a replacing insert did.
    std::stable_sort(forest_links.begin(), forest_links.end(),
                     [](const DocumentLink& x, const DocumentLink& y) {
                       return std::tie(x.a, x.b, x.kind) < std::tie(y.a, y.b, y.kind);
                     });
    std::vector<DocumentLink> unique;
    unique.reserve(forest_links.size());
    for (DocumentLink& l : forest_links) {
      if (!unique.empty() && unique.back().a == l.a && unique.back().b == l.b &&
          unique.back().kind == l.kind) {
        unique.back() = std::move(l);
      } else {
        unique.push_back(std::move(l));
      }
    }
    return unique;
  });

  // Large components joined only weakly are split (split.h); `label` names each document's cluster.
  std::vector<int> root(document_count);
  for (int d = 0; d < static_cast<int>(document_count); ++d) root[d] = uf.Find(d);
  std::vector<SplitNote> split_notes;
  const std::vector<int> label = ClusterLabels(root, corroborated, joining_text, joining_skeletons,
                                               joining_photos, generic, n, split_notes);
  clock.Lap("resolve: splits (Leiden), text link forest beside");
  out.links = links.get();
  clock.Lap("resolve: wait for the text link forest");
  std::vector<int> size_of_label(2 * document_count, 0);
  for (int d = 0; d < static_cast<int>(document_count); ++d) ++size_of_label[label[d]];
  std::vector<int> cluster_of_label(2 * document_count, -1);
  std::vector<Cluster> clusters;
  for (int d = 0; d < static_cast<int>(document_count); ++d) {
    if (size_of_label[label[d]] < 2) continue;
    if (cluster_of_label[label[d]] < 0) {
      cluster_of_label[label[d]] = static_cast<int>(clusters.size());
      clusters.emplace_back();
      clusters.back().documents.reserve(static_cast<size_t>(size_of_label[label[d]]));
    }
    clusters[cluster_of_label[label[d]]].documents.push_back(ids_[d]);
  }
  auto documents_of = [&](const std::vector<int>& docs) {
    std::vector<int64_t> out_ids;
    out_ids.reserve(docs.size());
    for (int d : docs) out_ids.push_back(ids_[d]);
    if (!ids_ascending_) std::sort(out_ids.begin(), out_ids.end());
    return out_ids;
  };
  // A reason joins the documents of one cluster: evidence spanning the parts of a split group is
  // listed with each part that holds two of its documents or more.
  auto add_reason = [&](const std::string& kind, const std::string& value,
                        const std::vector<int>& docs, double weight,
                        const std::vector<int64_t>& quoted_on = {},
                        const std::string& quoted_why = {}) {
    std::map<int, std::vector<int>> by_label;
    for (int d : docs) by_label[label[d]].push_back(d);
    for (auto& [l, members] : by_label) {
      if (members.size() < 2 || cluster_of_label[l] < 0) continue;
      clusters[cluster_of_label[l]].reasons.push_back(
          {kind, value, documents_of(members), weight, quoted_on, quoted_why});
    }
  };
  auto quote = quoted_.begin();
  std::vector<int64_t> quoting;  // ids, ascending (quoted_ is sorted by value, then id)
  for (size_t v = 0; v < values_.size(); ++v) {
    const Value& value = values_[v];
    quoting.clear();
    while (quote != quoted_.end() && quote->value < static_cast<int>(v)) ++quote;
    const auto first_quote = quote;
    for (; quote != quoted_.end() && quote->value == static_cast<int>(v); ++quote)
      quoting.push_back(quote->id);
    if (generic[v] || value.documents.size() < 2) continue;
    const double weight = value.weight * std::log(n / static_cast<double>(value.documents.size()));
    const std::string quoted_why = quoting.empty() ? std::string() : first_quote->text;
    if (!value.needs_corroboration) {
      add_reason(value.kind, value.value, value.documents, weight, quoting, quoted_why);
      continue;
    }
    // A value that needs corroboration is a reason only for the documents it joins.
    for (const std::vector<int>& docs : corroborated[v]) {
      add_reason(value.kind, value.value, docs, weight, quoting, quoted_why);
    }
  }
  std::vector<Pair> text_within;  // the text pairs inside one cluster
  for (const Pair& p : joining_text) {
    if (label[p.a] == label[p.b]) text_within.push_back(p);
  }
  auto cluster_of = [&](int document) -> Cluster& {
    return clusters[cluster_of_label[label[document]]];
  };
  for (const PairComponent& group : ComponentsOf(text_within, document_count)) {
    double sum = 0, low = 1;
    for (size_t i : group.pairs) {
      sum += text_within[i].similarity;
      low = std::min(low, text_within[i].similarity);
    }
    const double mean = sum / static_cast<double>(group.pairs.size());
    cluster_of(group.documents.front())
        .reasons.push_back(
            {"text",
             fmt::format("near-identical text on {} documents ({} confirmed pairs, similarity "
                         "{:.2f} on average, {:.2f} at least)",
                         group.documents.size(), group.pairs.size(), mean, low),
             documents_of(group.documents),
             mean * std::log(n / static_cast<double>(group.documents.size())),
             {},
             {}});
  }
  // A network's skeleton pairs, one reason per group of them in a cluster: how many rare words
  // and lines in order its weakest pair shares (the words are the evidence an analyst reads
  // side by side on the documents listed).
  std::vector<SkeletonLink> skeletons_within;
  for (const SkeletonLink& link : joining_skeletons) {
    if (label[link.a] == label[link.b]) skeletons_within.push_back(link);
  }
  for (const PairComponent& group : ComponentsOf(skeletons_within, document_count)) {
    uint32_t words = UINT32_MAX, lines = UINT32_MAX;
    double sum = 0;
    for (size_t i : group.pairs) {
      words = std::min(words, skeletons_within[i].words);
      lines = std::min(lines, skeletons_within[i].lines);
      sum += skeletons_within[i].jaccard;
    }
    const double mean = sum / static_cast<double>(group.pairs.size());
    cluster_of(group.documents.front())
        .reasons.push_back(
            {"skeleton",
             fmt::format("shared template skeleton on {} documents ({} pairs): at least {} rare "
                         "words of unrepeated sentences on {} lines in order, each document giving "
                         "one contact found on no other",
                         group.documents.size(), group.pairs.size(), words, lines),
             documents_of(group.documents),
             mean * std::log(n / static_cast<double>(group.documents.size())),
             {},
             {}});
  }
  for (const PhotoGroup* g : joining_photos) {
    add_reason("photo", g->description, g->documents,
               g->similarity * std::log(n / static_cast<double>(g->documents.size())));
  }
  for (const SplitNote& note : split_notes) {
    add_reason("split", note.why, note.documents, 0);
  }
  ListKeptApart(guard, label, cluster_of_label, clusters);

  for (Cluster& cluster : clusters) {
    if (!ids_ascending_) std::sort(cluster.documents.begin(), cluster.documents.end());
    std::sort(cluster.reasons.begin(), cluster.reasons.end(), [](const Reason& a, const Reason& b) {
      const double wa = a.weight * static_cast<double>(a.documents.size());
      const double wb = b.weight * static_cast<double>(b.documents.size());
      if (wa != wb) return wa > wb;
      if (a.value != b.value) return a.value < b.value;
      if (a.kind != b.kind) return a.kind < b.kind;
      return a.documents.front() < b.documents.front();
    });
    for (const Reason& r : cluster.reasons) cluster.evidence += r.weight;
  }
  std::sort(clusters.begin(), clusters.end(), [](const Cluster& a, const Cluster& b) {
    return a.documents.size() != b.documents.size() ? a.documents.size() > b.documents.size()
                                                    : a.documents.front() < b.documents.front();
  });
  out.clusters = std::move(clusters);
  clock.Lap("resolve: clusters and reasons");
  return out;
}

}  // namespace ariadne::link
