// Entity resolution over a weighted evidence graph (linking.md §4): documents are joined by the
// contact values they share (phones, e-mails, handles), by near-duplicate text and by reused
// photos. Values that many unrelated documents share (a site's own address, a stock photo) are
// recognised as generic and never joined on. Every cluster keeps the reasons that joined it, each
// with its evidence documents. Pure and in memory: link_case.h feeds it from a case. Not
// thread-safe; one Resolver per run (Resolve itself uses two threads for the text candidates and
// the stored links).
// The result does not depend on the order in which documents, contacts and texts are added.
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "link/band_index.h"
#include "link/minhash.h"
#include "link/phases.h"
#include "link/split.h"

namespace ariadne::link {

// The national significant digits of an E.164 number ("+441632960500" -> "1632960500"): what
// follows its country calling code (codes are prefix-free, 1-3 digits), leading zeros dropped
// ("+3908081570613" -> "8081570613": a trunk zero Italy keeps). Empty when it is not E.164, the
// code is not assigned or fewer than six digits are left. Phone numbers with the same
// national digits are judged generic together (ResolveOptions::generic_min_documents).
std::string_view NationalDigits(std::string_view e164);

// Whether a generic value's `why` is a service's contact (ResolveOptions::service_min_advertisers):
// judged from its own documents alone, so an incremental link re-judges it whenever its region
// touches it, instead of keeping it generic as it keeps a value judged by its frequency.
bool IsServiceWhy(std::string_view why);

// Whether a generic value's `why` is a site's own address (Resolver::AddSite): generic whatever its
// documents, so an incremental link keeps it generic without counting them again.
bool IsSiteWhy(std::string_view why);

// The domains an e-mail address could be a site's address at: its host and each parent of it with
// two labels or more ("a@mail.site.example" -> "mail.site.example", "site.example"). Empty when
// the value is not an address.
std::vector<std::string_view> AddressDomains(std::string_view email);

struct ResolveOptions {
  // Near-duplicate text: LSH candidates (banded for about 0.5) are confirmed when their estimated
  // Jaccard similarity of masked word 3-shingles reaches this. One author's template with a few
  // changed slots scores 0.7-1.0; on the demo corpus, unrelated formulaic ads (job ads written from
  // the same stock phrases) reach 0.64, so 0.65 joined no unrelated advertisers there, where 0.5
  // gave a pairwise precision of 0.10 (tests/link/link_quality_test.cpp).
  double text_threshold = 0.65;
  // Texts with fewer shingles than this are too short to link on.
  int64_t min_shingles = 8;
  // An LSH bucket with more documents than this is compared as a star (each with the first), not
  // pair by pair, so that one very common text cannot make the work quadratic.
  size_t max_bucket_pairs = 200;
  // A contact value is generic (never joined on) when it is on at least `generic_min_documents`
  // documents that carry at least `generic_min_other_contacts` other contact values, and those
  // other values are at least `generic_other_share` of its documents: a site's or a platform's
  // own address, used next to hundreds of advertisers' own numbers. A network's rotating numbers
  // (a handful over hundreds of ads) stay well below that. Phone numbers with the same national
  // digits under different country codes (one line written nationally on several countries' sites,
  // each read with its site's country) are judged as one value.
  int64_t generic_min_documents = 20;
  int64_t generic_min_other_contacts = 10;
  double generic_other_share = 0.1;
  // A text template or a photo whose documents carry this many distinct contact values (none
  // generic) is a popular phrasing or a stock photo, not one author's: shown as generic and not
  // joined on. Not a text whose documents each give one contact value, nearly all found on no
  // other document of the case (FreshContactPerDocument): a popular phrase is copied by
  // advertisers who give their contact on other ads too (or give several), while a network
  // posting one template with a fresh number on every ad shows no advertiser apart from the text
  // (held-out corpus 15: 12-15 ads of a template with one sentence more or less and a new number
  // each, in English and Romanian).
  int64_t generic_text_contacts = 12;
  // A famous place's photo (a hotel's façade, a landmark) or a stock picture is shown by a few ads
  // each of many unrelated advertisers: fewer contact values than the count above, as few as a
  // network's own picture is shown beside. Its documents tell it apart as a service's contact's do
  // (service_min_advertisers): grouped by the contact values they share (generic ones aside) and
  // by texts at service_text_similarity, they make one group per advertiser, where a network's
  // or a reposter's picture beside rotating numbers makes one group per number at most, their
  // texts one template's. A photo whose documents make at least `photo_min_advertisers` groups
  // carrying contact values of their own, and at least `photo_advertiser_share` as many as it has
  // documents, is shown as generic and joins nothing. Held-out corpus 9: the hotel's façade on 6-8
  // one-ad ads per country makes 5-8 groups. 0 turns the rule off.
  int64_t photo_min_advertisers = 5;
  double photo_advertiser_share = 0.6;
  // A service's contact (a photo studio's handle, an ad-writer's e-mail, a taxi firm's number) is
  // on a few ads each of many unrelated advertisers: too few documents for the rule above, as rare
  // as a network's own contact. Its documents tell it apart: grouped by the other contact values
  // they share (generic ones aside), they fall into many groups, each carrying contacts of its own
  // (separate advertisers that nothing but the value joins), where a network's ads fall into one
  // group per rotating number at most, and their texts are one template's: documents whose texts
  // reach `service_text_similarity` (estimated Jaccard, below the joining threshold: this only
  // holds a value back from being called a service's) are one advertiser's. A value whose
  // documents make at least `service_min_advertisers` such groups, and at least
  // `service_advertiser_share` as many as it has documents, is shown as generic (IsServiceWhy) and
  // not joined on. Held-out corpus 2: the studio's handle makes 14 groups on 17 documents, the
  // writer's address 10 on 11; no network's contact makes more than 4 by contacts, 3 with texts.
  int64_t service_min_advertisers = 5;
  double service_advertiser_share = 0.5;
  double service_text_similarity = 0.5;
  // A service used often by each of a few advertisers (a driver who takes three networks' women to
  // their appointments, a booking line) is on many of each one's ads: too few advertisers for the
  // share above. A value whose documents fall, grouped as above, into at least
  // `service_min_bridged` advertisers that are each established beside it (at least
  // `service_min_established` of its documents, carrying contact values of their own and texts,
  // none near-identical to another group's at text_threshold: unrelated ads of one genre and
  // language reach service_text_similarity) is a service's contact too. A network's own address
  // over its rotating numbers joins blocks of one template: their texts make them one group.
  // Held-out corpus 3: the driver's number on 17 ads of three networks (8, 4 and 4 ads) and an
  // independent.
  int64_t service_min_established = 3;
  int64_t service_min_bridged = 3;
  // Two established advertisers are enough when the value's documents show at least this many
  // advertisers in all (grouped as above, texts at service_text_similarity joining them): a
  // driver on 8 ads of one network, 4 of another and a few of others (held-out corpus 5: 17 ads
  // of five advertisers, two of them established). A network's own number over two blocks of ads
  // whose texts do not join shows its two blocks and few others.
  int64_t service_min_bridged_in_all = 4;
  // Texts that make two of those established advertisers one (estimated Jaccard): the blocks of
  // one network's ads over its rotating numbers, whose template's sentences are swapped, dropped
  // and added ad by ad, come to 0.55-0.65 (held-out corpus 7: a network's handle or e-mail over
  // its three blocks was judged a driver's at text_threshold); three networks sharing a driver
  // reach 0.5 (held-out corpus 3: 0.5 joined them again, precision 0.9748 -> 0.9269).
  double service_bridge_text_similarity = 0.55;
  // A directory (a city's "verified girls" channel listing several advertisers' ads, a booking
  // line) or an office line shared by two firms may be on a few ads only: too few for the counts
  // above. Its documents, grouped as above, show two advertisers or more whose texts are
  // unrelated: no pair across groups reaches `service_unrelated_similarity`, where one author's
  // ads over rotating numbers share their template's sentences. Each group's closest text in
  // another group must reach `service_comparable_similarity` (texts of one language and genre
  // share common words; a network's legs in two languages share none, and a value joining them
  // stays joined). 0 turns the rule off.
  double service_unrelated_similarity = 0.3;
  double service_comparable_similarity = 0.05;
  // An aggregator mirrors other sites' ads (texts copied, the advertiser's contact stripped or
  // masked) and prints its own call-tracking number on each mirror as the only contact: each
  // mirror gives it alone, so the directory rule above spares it, and the mirrors' texts tie it to
  // many advertisers. A value is generic (a service's) when at least a third of its documents give
  // it as their only contact with a text near-identical to a document that carries a contact of
  // its own, fewer than a quarter give it beside another contact value, and those owners show
  // `aggregator_min_owners` advertisers or more that nothing but the value joins (other contact
  // values not generic, near-identical texts, other such values) and whose texts are unrelated
  // pair by pair (under service_unrelated_similarity). A network's booking line on reposts of its
  // women's ads is printed beside their numbers on their own ads too, or its women's ads share its
  // template's sentences (network_lines corpus: about 0.3-0.45 between two women of one network,
  // at most 0.17 between strangers). Each mirror still joins its advertiser by text. 0 turns the
  // rule off.
  int64_t aggregator_min_owners = 3;
  // Near-identical texts of two documents that each give an e-mail address at an organisation's
  // own domain (not a free-mail provider's, not a site's, not generic), with no such domain in
  // common, join nothing: two employers' HR boilerplate, or one firm's ad copied under another's
  // name. Judged from the two documents' own addresses (and the case's sites, whose change makes
  // a full link), so an incremental link judges a pair as a whole link does.
  bool organisations_apart = true;
  // Near-identical texts of two clients' posts (documents whose contacts are all quoted from
  // advertisers in a client's words, mentions.h kClientPostWhy, none their own but generic ones)
  // that mention no contact in common join nothing: one site's review or question form filled in
  // by two clients about two advertisers, not one author's reposts. Judged from the two
  // documents' own quotes, as the organisations rule.
  bool client_posts_apart = true;
  // A document that warns against a contact value (mentions.h IsWarningWhy: "Beware of fake ads
  // using my photos with the number …, that is not me!") and gives a contact value of its own is
  // not joined, by text or photo, to a document that gives the warned value as its own: an
  // impostor copies the woman's text and pictures, which would join them otherwise. Contact values
  // still join what they join; text pairs (strongest first, then by document ids) and photo groups
  // (in the same order) are joined one by one, each refused when it would put a warning and a
  // document giving the value it warns against in one cluster. The clusters on either side list
  // why (a Reason of kind "apart", weight 0). A document that only warns (no contact of its own) is
  // no advertiser's warning: a number misread as mentioned on its owner's own ad.
  bool impostors_apart = true;
  // A value of a kind that needs corroboration (store/contact_kinds.h: an IP address, which a
  // hotel, a café or a carrier's NAT gives to strangers) joins only those of its documents whose
  // texts are one author's family: the components of its documents' pairs at this estimated
  // Jaccard or above (below text_threshold: the address is the first signal, the text the second).
  // A network posting from its office over rotating numbers writes from one template (its
  // sentences swapped, dropped and added ad by ad); strangers who posted from one place write
  // their own. Corpus 13 (tests/link/data/blind_network13): the IP networks' missed pairs 80 ->
  // 21, and no IP address joins two advertisers (the gateway's is generic, the addresses next to
  // the office's are other values).
  double corroborating_text_similarity = 0.4;
  // Large clusters whose parts only weak evidence joins are split (split.h).
  SplitOptions split;
  // The case size N in the rarity weights idf = log(N / df); 0 means the documents added. An
  // incremental link (link_case.h) resolves a region of the case with the whole case's size, so
  // that its weights and split decisions equal a full link's.
  int64_t case_documents = 0;
};

// Why documents are in one cluster: one piece of evidence and the documents that carry it.
struct Reason {
  std::string kind;   // a contact kind (store/contact_kinds.h: "phone", "iban", "ip", …), "text",
                      // "photo", "split" or "apart" (ResolveOptions::impostors_apart: a warning
                      // kept a document out; `documents` are this cluster's side of it)
  std::string value;  // the shared value; for text and photos a description
  std::vector<int64_t> documents;
  // Rarity-weighted strength: idf of the value times its kind's weight (store/contact_kinds.h),
  // or similarity for text.
  double weight = 0;
  // For a contact value: documents that quote it from another ad (a "Similar ads" listing, a
  // line reproducing another ad's title: quoted.h) and are not joined on it, and why (the
  // first's); empty when none.
  std::vector<int64_t> quoted_on;
  std::string quoted_why;
};

struct Cluster {
  std::vector<int64_t> documents;  // sorted
  std::vector<Reason> reasons;     // strongest first
  double evidence = 0;             // sum of reason weights
};

// A value seen on many unrelated documents, shown to the analyst instead of merged on.
struct GenericValue {
  std::string kind;
  std::string value;
  int64_t documents = 0;
  std::string why;
  // For text and photos: the ids of the documents of the group (an incremental link keeps them so
  // that a new near-duplicate of one of them re-resolves the whole group).
  std::vector<int64_t> members;
};

// A confirmed document-to-document link (text or photo). Text links are a maximum spanning forest
// of the confirmed near-identical pairs that join documents (pairs inside a generic text group
// join nothing and are not listed): every document joined by text is reachable through them, each
// component keeps its strongest pairs, and a template shared by n ads gives n - 1 links instead of
// up to n(n-1)/2. The reasons still count every confirmed pair.
struct DocumentLink {
  int64_t a = 0;
  int64_t b = 0;
  std::string kind;  // "text" or "photo"
  double similarity = 0;
};

struct Linkage {
  std::vector<Cluster> clusters;  // two documents or more, largest first
  std::vector<GenericValue> generic;
  std::vector<DocumentLink> links;  // sorted by (a, b, kind)
  int64_t documents = 0;
  int64_t text_pairs = 0;  // confirmed near-identical pairs, generic ones included
  // The groups of near-identical texts (components of the confirmed pairs) that are not generic
  // but that the organisations, clients' posts or impostors rules (ResolveOptions::
  // organisations_apart, client_posts_apart, impostors_apart) left in several components of the
  // evidence: each group's document ids, ascending; groups in order of their
  // smallest. An incremental link re-resolves such a group whole when one of its documents is in
  // its region (link_case.h): whether the group is generic, and so whether its other pairs join,
  // is judged on all its documents.
  std::vector<std::vector<int64_t>> apart_texts;
};

class Resolver {
 public:
  explicit Resolver(ResolveOptions options = {}) : options_(options) {}

  // Every document must be added before its evidence. Adding one twice is harmless. Adding them in
  // ascending id order is fastest.
  void AddDocument(int64_t id);
  // A contact value (E.164 phone, lower-case e-mail, platform:handle) found in a document, in any
  // order; the same value twice on one document counts once. Unknown documents are ignored.
  void AddContact(int64_t document_id, std::string_view kind, std::string_view value);
  // The same with where the value stands (quoted.h's ContactPlace): `quoted` non-empty (why) when
  // under a related-listings heading: the occurrence is a quote and joins nothing, unless the
  // document also carries the value elsewhere. `segment` (folded words of its line or item): an
  // occurrence is a quote too when every one of the document's occurrences of the value has a
  // segment that reproduces the opening words (AddOpening) of another document carrying the value
  // as its own, whose opening differs from this document's, while this document carries a contact
  // value of its own that the other does not (a listing item quoting that ad, not one author's
  // repeated title), or the segment of the value's quote under a heading on another document (the
  // same ad listed under a heading no lexicon knows), while this document carries a contact value
  // of its own beside it. Quotes are listed in the value's reasons (Reason::quoted_on).
  void AddContact(int64_t document_id, std::string_view kind, std::string_view value,
                  std::string_view quoted, std::string_view segment);
  // A quote under a heading (`quoted`, its `segment`) of a contact value on a document not added,
  // from a wider view (an incremental link leaves out of its region the documents linked before
  // that only quote a value: it joins them to nothing): listed in the value's reasons and judged
  // with as AddContact's quotes are. Ignored when the document is added (its own contacts say it);
  // call after AddDocument.
  void AddKnownQuote(int64_t document_id, std::string_view kind, std::string_view value,
                     std::string_view quoted, std::string_view segment);
  // The document's opening words (quoted.h OpeningWords); empty is ignored, as are unknown
  // documents.
  void AddOpening(int64_t document_id, std::string_view opening);
  // The MinHash signature of the document's masked text and how many shingles it had.
  void AddText(int64_t document_id, const Signature& signature, int64_t shingles);
  // Two documents of one site whose texts make one template skeleton (skeleton.h
  // SiteSkeletonPairs: `words` rare words of unrepeated sentences shared, on `lines` lines in
  // order, `jaccard` of those words). They are joined when each gives exactly one contact value
  // that is not generic (a site's footer address aside) and that no other document added carries
  // (FreshContactPerDocument's shape, judged document by document): a network spinning one
  // template with a fresh number per ad, where unrelated advertisers of a site give their numbers
  // on other ads too. Unknown documents are ignored.
  void AddSkeletonPair(int64_t a, int64_t b, uint32_t words, uint32_t lines, double jaccard);
  // Documents showing one photo (or matching copies of it), from the perceptual-hash index, with
  // the similarity of its farthest match (1 - distance / 256) and a description for analysts.
  void AddPhotoGroup(const std::vector<int64_t>& documents, double similarity,
                     const std::string& description);
  // A contact value known to be generic from a wider view than the documents added (an
  // incremental link resolves a region; the value's other documents lie outside it): never joined
  // on and not listed again in Linkage::generic.
  void AddKnownGeneric(std::string_view kind, std::string_view value);
  // A site of the case (its domain, as documents name it: "site.example"). An e-mail address at
  // its domain or under it (AddressDomains) is the site's own contact (its moderators, its abuse
  // desk: the footer of its ads), never an advertiser's, whichever site's ads quote it and however
  // few they are: generic (IsSiteWhy), not joined on. Only the sites whose domain some e-mail
  // address has need be added (link_case.h looks them up).
  void AddSite(std::string_view domain);
  // The domains (AddressDomains) of the e-mail addresses added that could join documents (on two
  // or more, not known generic) or name an organisation (ResolveOptions::organisations_apart; on
  // any document), sorted and unique: the sites to look up for AddSite.
  std::vector<std::string> AddressDomainsToLookUp() const;
  // A document whose text is known to belong to a generic text group from a wider view (an
  // incremental link leaves the group's other documents out of its region): every group of
  // near-identical texts it is in is generic (listed in Linkage::generic, joined on nothing).
  void AddKnownGenericText(int64_t document_id);

  // An LSH bucket larger than max_bucket_pairs case-wide, from a wider view (an incremental link
  // resolves a region; most of the bucket's texts lie outside it): `band`, the high 32 bits of its
  // key, and the smallest document id in it case-wide. Its texts here are compared as a full link
  // compares them, each with that document only (none when it was not added), however few they are.
  void AddKnownStar(int band, uint32_t key32, int64_t first_document);
  // The same from a function, asked only about the buckets two or more texts added share (for most
  // of a region's band keys no other text of the region has them, and nothing need be asked):
  // given `band` and the high 32 bits of the key, the smallest document id when the bucket is that
  // large case-wide, nullopt when not. Called from two threads at once.
  using StarCentres = std::function<std::optional<int64_t>(int band, uint32_t key32)>;
  void SetStarCentres(StarCentres centres) { star_centres_ = std::move(centres); }

  // Asks Resolve to fill `bands` (kBands vectors) with every text's band keys, sorted by key, for
  // the persisted band index (band_index.h). Left empty when a document id does not fit 32 bits.
  void KeepBandIndex(std::vector<std::vector<BandEntry>>* bands) { band_index_ = bands; }

  // Asks Resolve to time its steps into `phases`.
  void RecordPhases(std::vector<Phase>* phases) { phases_ = phases; }

  Linkage Resolve();

  // The texts added (those long enough to link on), in the order added: for the band index file.
  SignedTexts Texts() const;

 private:
  struct Pair {
    int a;
    int b;
    double similarity;
  };
  struct PhotoGroup;
  struct SkeletonLink {
    int a;
    int b;
    uint32_t words;
    uint32_t lines;
    double jaccard;
  };
  class WarningGuard;
  struct SplitNote {
    std::string why;
    std::vector<int> documents;  // indexes of one part's documents
  };
  int Index(int64_t id) const;
  // Takes the quoted occurrences out of values_' documents (after they are sorted and unique) and
  // lists them in quoted_.
  void MarkQuoted();
  // The index of a contact value in values_, added (with no documents) when new.
  int ValueOf(std::string_view kind, std::string_view value);
  // `corroborated`: for each value that needs corroboration, the groups it joins (JoinedBy);
  // every other value joins all its documents.
  std::vector<int> ClusterLabels(const std::vector<int>& root,
                                 const std::vector<std::vector<std::vector<int>>>& corroborated,
                                 const std::vector<Pair>& joining_text,
                                 const std::vector<SkeletonLink>& joining_skeletons,
                                 const std::vector<const PhotoGroup*>& joining_photos,
                                 const std::vector<bool>& generic, double n,
                                 std::vector<SplitNote>& notes) const;
  // The groups of documents value `v` joins: all its documents, or for a kind that needs
  // corroboration the components of its documents' pairs whose texts (`text_of`: a document's
  // index in texts_, or -1) reach corroborating_text_similarity; groups of two documents or more.
  std::vector<std::vector<int>> JoinedBy(int v, const std::vector<int>& text_of) const;
  // Whether document `d` gives exactly one contact value that is not generic, on no other document.
  bool GivesOneFreshContact(int d, const std::vector<bool>& generic) const;
  // The skeleton pairs (AddSkeletonPair) whose documents each give one fresh contact.
  std::vector<SkeletonLink> JoiningSkeletons(const std::vector<bool>& generic) const;
  std::vector<std::vector<int>> OneTemplateParts(const std::vector<int>& docs,
                                                 std::vector<std::vector<int>> parts,
                                                 const std::vector<int>& text_of) const;
  std::vector<Pair> FindTextPairs();
  // Distinct contact values (not generic) on these documents; `stamp` has one slot per value.
  size_t ContactsOn(const std::vector<int>& documents, const std::vector<bool>& generic,
                    std::vector<int>& stamp, int mark) const;
  // Whether a group of near-identical texts is one template rotating a fresh contact per ad: each
  // document carries one contact value at most (generic ones aside), and at most a quarter of
  // them carry one that is on another document of the case too (a client's post quoting the
  // number, a repost), the others one found on no other document (see generic_text_contacts).
  bool FreshContactPerDocument(const std::vector<int>& documents,
                               const std::vector<bool>& generic) const;
  // How many advertisers value `v`'s documents show beside it: its documents grouped by the other
  // contact values (not `generic`) they share, counting the groups that carry one. `stamp` and
  // `first` have one slot per value.
  // Documents whose texts (`text_of`: a document's index in texts_, or -1) are near-identical
  // (service_text_similarity) are taken as one advertiser's.
  // `established`: how many of those groups hold service_min_established of the documents or more
  // and a text (counted only when service_min_bridged such groups by contacts alone call for the
  // texts to be compared; else 0).
  struct Beside {
    int64_t advertisers = 0;
    int64_t established = 0;
    // Two advertisers or more whose texts are unrelated
    // (ResolveOptions::service_unrelated_similarity).
    bool unrelated = false;
  };
  Beside AdvertisersBeside(int v, const std::vector<bool>& generic, std::vector<int>& stamp,
                           int mark, std::vector<int>& first,
                           const std::vector<int>& text_of) const;
  // How many advertisers a photo's documents show: grouped by the contact values (not `generic`)
  // they share and by their texts at service_text_similarity, the groups that carry a contact
  // value. `stamp` and `first` have one slot per value, `text_of` one per document.
  int64_t AdvertisersShowing(const std::vector<int>& documents, const std::vector<bool>& generic,
                             std::vector<int>& stamp, int mark, std::vector<int>& first,
                             const std::vector<int>& text_of) const;
  // Whether the advertisers beside a value, with those established, make a service's contact
  // (ResolveOptions::service_min_bridged, service_min_bridged_in_all).
  bool Bridges(const Beside& beside) const;
  // Whether `advertisers` groups on `documents` documents make a service's contact.
  bool LooksLikeService(int64_t advertisers, size_t documents) const;
  // Marks the services' contacts (ResolveOptions::service_min_advertisers) in `generic`, judged
  // beside the values already generic there, and says why in `why`. Not the accounts, wallets
  // and payment tags (store::ContactKind::third_party_across_organisations): a service's phone or
  // handle is printed for clients to reach the service, but an account an ad prints is where its
  // clients' deposits go, the advertiser's earnings; unrelated advertisers do not hand them to one
  // account. Ten ads of one network that give one IBAN beside numbers in turn and texts from a
  // pool of sentences look like many advertisers to the rule (held-out corpora 12, 14 and 15: a
  // recruiter's and a payment network's accounts, each one advertiser's). A platform's account is
  // still generic by its count (generic_min_documents) or given by two organisations
  // (FindThirdPartyAccounts).
  void FindServiceContacts(std::vector<bool>& generic, std::vector<std::string>& why,
                           std::vector<int>& stamp, int& mark) const;
  // Each document's organisations (sorted, unique): the organisations of the addresses it gives
  // at an organisation's own domain (not a free-mail provider's, not generic, not a site's own).
  // Empty when ResolveOptions::organisations_apart is off.
  std::vector<std::vector<std::string_view>> DocumentOrganisations(
      const std::vector<bool>& generic) const;
  // Marks in `generic` (saying why in `why`) the accounts and wallets (store::ContactKind::
  // third_party_across_organisations) that two organisations' ads give, each at its own domain
  // and none in common: a third party's (a consulate's visa fee account, a payment platform's).
  void FindThirdPartyAccounts(std::vector<bool>& generic, std::vector<std::string>& why) const;
  // The guard of ResolveOptions::impostors_apart: each document's warned values (its warnings'
  // quotes, mentions.h IsWarningWhy, of values not `generic` it does not carry, when it carries a
  // value of its own) and the warned values each document carries. Inactive when the option is
  // off or nothing is warned against.
  WarningGuard GuardWarnings(const std::vector<bool>& generic) const;
  // Joins each photo group's documents as `guard` lets (`joining`, in the guard's order when it is
  // active); a group the guard leaves in several components is replaced, in `joining`, by its
  // parts of two documents or more (kept in `parts`). `pairs` gets the joined pairs (each part's
  // first document with each other).
  void JoinPhotoGroups(WarningGuard& guard, std::vector<const PhotoGroup*>& joining,
                       std::vector<Pair>& pairs, std::deque<PhotoGroup>& parts) const;
  // Lists, in the clusters on either side, each warning that kept documents apart (Reason "apart").
  void ListKeptApart(const WarningGuard& guard, const std::vector<int>& label,
                     const std::vector<int>& cluster_of_label,
                     std::vector<Cluster>& clusters) const;
  // Marks an aggregator's call-tracking numbers (ResolveOptions::aggregator_min_owners) in
  // `generic`, judged beside the values already generic there and the confirmed text pairs, and
  // lists each in `listed` (as a service's contact: IsServiceWhy).
  void FindAggregatorNumbers(const std::vector<Pair>& text_pairs, std::vector<bool>& generic,
                             std::vector<GenericValue>& listed) const;

  ResolveOptions options_;
  std::vector<int64_t> ids_;
  bool ids_ascending_ = true;               // then Index() is a binary search in ids_
  std::unordered_map<int64_t, int> index_;  // filled only once ids stop ascending
  struct Value {
    std::string kind;
    std::string value;
    std::vector<int> documents;  // sorted and unique after Resolve's first step
    double weight = 1;           // its kind's (store/contact_kinds.h)
    bool needs_corroboration = false;
  };
  std::vector<Value> values_;
  struct Quote {
    int value;
    int document;         // index, or -1 for a quote on a document not added (AddKnownQuote)
    std::string text;     // why, or the segment
    std::string segment;  // of a heading quote: the quoted item's words (may be empty)
    int64_t id = 0;       // the document's id
  };
  std::vector<Quote> heading_quotes_;              // AddContact with `quoted`
  std::vector<Quote> segments_;                    // own occurrences with a segment
  std::vector<std::pair<int, int>> plain_;         // (value, document) of the others
  std::unordered_map<int, std::string> openings_;  // by document index
  std::vector<Quote> quoted_;                      // MarkQuoted: by (value, document), `text` why
  std::vector<bool> known_generic_;                // by value, from AddKnownGeneric
  std::vector<std::string> sites_;                 // AddSite, sorted and unique in Resolve
  std::vector<int64_t> known_generic_texts_;       // document ids, from AddKnownGenericText
  std::unordered_map<std::string, int> value_index_;  // kind + '\0' + value
  std::string key_;                                   // reused lookup key
  // Document -> contact values, as offsets into contact_values_ (built by Resolve).
  std::vector<int64_t> contact_begin_;
  std::vector<int> contact_values_;
  struct Text {
    int document;
    Signature signature;
  };
  std::vector<Text> texts_;
  // By band: (high 32 bits of the key, first document) of buckets known to be stars (AddKnownStar).
  std::vector<std::vector<std::pair<uint32_t, int64_t>>> known_stars_ =
      std::vector<std::vector<std::pair<uint32_t, int64_t>>>(kBands);
  StarCentres star_centres_;  // SetStarCentres
  struct PhotoGroup {
    std::vector<int> documents;
    double similarity;
    std::string description;
  };
  std::vector<PhotoGroup> photo_groups_;
  std::vector<SkeletonLink> skeletons_;  // AddSkeletonPair
  std::vector<std::vector<BandEntry>>* band_index_ = nullptr;
  std::vector<Phase>* phases_ = nullptr;
};

}  // namespace ariadne::link
