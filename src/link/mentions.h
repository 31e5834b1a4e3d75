// Contacts an ad mentions without being its own (issue 5 item 7). Besides the "Similar ads"
// widgets of quoted.h, ads name contacts that are not theirs: a blacklist ("Don't call 07700
// 900111, it's a scam", "Fake numbers using my photos:" and a list), other women's numbers ("my
// friend Mia 07700 900222", "Other girls:"), a site's relay or call-tracking number ("calls are
// forwarded through 07700 900333"). Linked as the ad's own, such a number joins every ad that
// names it: a blacklist paragraph copied from ad to ad joins unrelated advertisers.
//
// A contact is mentioned when a cue phrase of the lexicon (MentionCues(), 17 languages) stands in
// its sentence and is nearer to it than any own-contact cue ("call me", "my number", "WhatsApp":
// the nearest cue wins, an own one on a tie), at most kMaxCueDistance words away; or when it stands
// on a bare list line (the contact and at most kItemWords words) under a short line that carries a
// mention cue and no own-contact cue ("Scammers, do not call:"), bare list lines between.
// An item of a list after a label closed by a colon that mentions, on one line ("Code SPRING5 also
// valid at: Ida 07700 900222, Maya 07700 900333", "Fake numbers: …"), is mentioned too: the label's
// clause holds a mention cue and no own one, the items up to the contact hold no cue.
// A number whose label, just before it on its line, names a hotel and its front desk ("Grand Hotel
// Palatul Teilor, recepție: …") is the hotel's, which ads near it print: mentioned too.
// A client's post (a punter's review, question or warning on a forum or an ad site: "Anyone been
// to Anna on 07700 900123?", "Review: Lena, 07700 900456, great", "Looking for Nina who was on
// 07700 900412, does anybody have her new number?") quotes an advertiser's number without being
// hers: a client cue (CueKind::kClient) near the contact mentions it as well, unless the document
// has an own offer's shape anywhere (a first-person contact line: "call me", "my number",
// OfferCues()): then its client-like words are an advertiser's ("Looking for fun? Call me ...").
// Such posts resemble each other (one site's form, the same few questions), so their numbers, read
// as the posts' own, chained advertisers together through them; mentioned, the numbers join
// nothing, and the resolver keeps two client posts that mention no contact in common apart
// (resolve.h ResolveOptions::client_posts_apart).
// Pure functions: thread-safe.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "link/shingles.h"

namespace ariadne::link {

// What a cue says of the contact near it.
enum class CueKind {
  kBlacklist,  // a warning against the number: scam, fake, blacklist, "beware of", "using my
               // photos" (its why starts with kWarningWhy)
  kAvoid,      // a number not to call, no reason given: "don't call", "ring ikke" (a woman's own
               // old number is one too)
  kOthers,     // someone else's: a friend's, other girls', "not my number"
  kRelay,      // a relay or call-tracking line that forwards calls
  kOwn,        // the ad's own: "call me", "my number", "WhatsApp"
  kClient,     // a client's post about an advertiser: a question ("anyone been to"), a review, a
               // warning ("is this number a fake"), a search ("who was on", "her new number")
};

// One entry of the lexicon: a language code, what it says and the phrase as written (folded with
// quoted.h's folding when matched: case and diacritics do not matter; an apostrophe parts words).
struct MentionCue {
  std::string_view lang;
  CueKind kind;
  std::string_view phrase;
};
std::span<const MentionCue> MentionCues();

// First-person offer phrases (any language; folded as the cues): a document holding one has an own
// offer's shape, and client cues (CueKind::kClient) in it mention nothing.
std::span<const std::string_view> OfferCues();

// The reason a client cue gives (Mention::why) starts with this.
inline constexpr std::string_view kClientPostWhy = "mentioned in a client's post";
// Whether a quoted contact's reason (Mention::why, stored as the selector's `quoted`) is a client
// post's mention.
bool IsClientPostWhy(std::string_view why);

// The reason a warning gives (Mention::why) starts with this: a blacklist cue (CueKind::kBlacklist:
// a scam, a fake, someone "using my photos") stands among the words that mention the contact,
// outside a client's post ("Beware of fake ads using my photos with the number 07700 900593, that
// is not me!"). The resolver keeps the warning's author apart from the documents that give the
// number as their own (resolve.h ResolveOptions::impostors_apart).
inline constexpr std::string_view kWarningWhy = "mentioned in a warning";
bool IsWarningWhy(std::string_view why);

// A mention cue counts for a contact at most this many words away (selectors not counted).
inline constexpr size_t kMaxCueDistance = 8;
// A bare list line: the contact (selectors) and at most this many other words.
inline constexpr size_t kItemWords = 4;

// How one contact stands.
struct Mention {
  // Non-empty when the contact is mentioned, not the ad's own: why, e.g.
  // `mentioned beside "Don't call"` (the cue as written, shortened); a warning's
  // `mentioned in a warning beside "using my photos"` (kWarningWhy, its blacklist cue).
  std::string why;
  // The bytes that mention it, to leave out of the text signature (the cue's sentence, or the list
  // from its heading line to the contact's line); empty when `why` is.
  MaskSpan span;
};

// How each of `contacts` (byte spans of the text, any order) stands; `selectors` (every selector's
// span, sorted by start, not overlapping) are not words. One entry per contact, in the order
// given.
std::vector<Mention> FindMentions(std::string_view text, std::span<const MaskSpan> contacts,
                                  std::span<const MaskSpan> selectors);

// A post about someone, not an ad of its own (a client's thanks, search, warning or reply in
// words no cue of the lexicon knows: "Big thanks to Isla in London, 07700 900441", "Re: Gosia w
// Warszawie. Byłem w piątek pod 796/381093"): an adult ad presents a person, and states her age
// (the site's age field, or in its words) or offers itself in the first person (OfferCues()); a
// short post that does neither (`body`: the text without its site's footer, at most
// kMaxPostBytes; `states_age`: the record's age field or an age in the body) and is no job ad
// names someone else's contact. Its contacts are a client post's mentions (MarkPostContacts).
inline constexpr size_t kMaxPostBytes = 400;
bool IsPostAboutSomeone(std::string_view title, std::string_view body, bool states_age,
                        bool job_ad);

// Whether a record's title is a discussion post's, whatever the site: a reply's ("Re: Jade in
// Manchester", "Aw: …", "Odp: …", "Sv: …", "R: …": the reply marker mail and forums put before
// the thread's subject) or a new thread's ("Thread: Brighton ladies", "Thema: …", "Temat: …"), or
// a client cue's words opening it ("Review", "Bewertung", "Opinia o …"). A forum of posts only
// gives no age field, so that IsPostAboutSomeone's site test (the site's ads state ages) says
// nothing there; a short record so titled that states no age and makes no offer is a post about
// someone all the same.
bool HasPostTitle(std::string_view title);

// Marks each of `contacts` (byte spans of `text`) that `mentions` (FindMentions' answer for them)
// leaves as the document's own as mentioned in a client's post, its line the mentioning words.
// Contacts at or after text.size() are left alone (pass the text without its site's footer: the
// site's own address is nobody's the post names).
void MarkPostContacts(std::string_view text, std::span<const MaskSpan> contacts,
                      std::vector<Mention>& mentions);

// The mentioning words' span a selector's details (store::StoredSelector::details_json) carry as
// "mentioned": [start, end] (the selectors stage writes it for a mentioned contact); nullopt when
// none or malformed. Cheap when absent (no JSON is parsed).
std::optional<MaskSpan> MentionedSpan(std::string_view details_json);
// The same for a quoted contact's listing block (`"listing": [start, end]`, quoted.h
// ContactPlace::block_start/end), nullopt when it has none.
std::optional<MaskSpan> ListingSpan(std::string_view details_json);

}  // namespace ariadne::link
