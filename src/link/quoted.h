// Contact values an ad quotes from other ads (issue 5 item 7). Scraped ad pages carry widgets that
// list OTHER ads: "Similar ads", "You may also like", "Other girls in Leeds", "Recently viewed",
// each item with that ad's title, a snippet and its phone number or handle. Linked as the ad's own
// contacts, they join every ad quoted with the quoting one. This reads where each contact of a
// document stands, for the resolver (resolve.h, Resolver::AddContact with a ContactPlace) to tell
// a quoted occurrence from the ad's own:
//   - under a related-listings heading (a multilingual lexicon, RelatedListingHeadings()): the
//     block from the heading to the end of the listing is quoted; on the line of its items the
//     phrase may stand anywhere in a short label closed by a colon ("Quem viu este anúncio também
//     viu: Inês → https://wa.me/…, …");
//   - in a listing with no heading (link28): a carousel on one line ("‹ Macy 32 07700 900811 ·
//     Holly 31 07700 900473 ›": two numbers or more, each card a few words after a separator, the
//     line opened or closed by an arrow or an age on every card), or a table with pipes, one row
//     a line ("★ TOP | Freya | Birmingham | 07700 900079": two rows or more with one number each,
//     two numbers or more) is quoted whole; an ad's own "Call … · WhatsApp …" line is neither;
//   - in footnotes (link43): a line of numbers each after a note mark ("¹ 07700 900511  ² …") that
//     follows a capitalised name elsewhere in the text ("Also free tonight: Ruby¹ · Freya²");
//   - otherwise the words of the segment (line, or item between '|' or '•') around the contact and
//     the document's opening words (title, else first line): the resolver calls an occurrence
//     quoted when its segment reproduces the opening words of another document that carries the
//     value as its own.
// Pure functions: thread-safe.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "link/shingles.h"

namespace ariadne::link {

// Where one contact stands in its document.
struct ContactPlace {
  // Non-empty when the contact stands in a block under a related-listings heading: why, e.g.
  // `under "Similar ads"` (the heading as written, shortened).
  std::string quoted;
  // The folded words (shingles.h's folding, diacritics dropped) of the segment around the contact
  // (its line or list item; under a heading, from the block's start at most), selectors left out,
  // at most kPlaceWords; empty when the segment has fewer than 3 such words or lies in the
  // document's opening (its own title line). Quoted contacts have one too: the quoted ad's title
  // as listings show it, which another page listing the same ad under no known heading repeats.
  std::string segment;
  // Of a quoted contact: the byte span of its listing block (from after the heading, or the
  // carousel's line, or the table's rows), whose words are other ads', not this ad's: the text
  // signature leaves them out (link_case.h SignDocument).
  size_t block_start = 0;
  size_t block_end = 0;
};

// Folded words kept of a segment and of a document's opening.
inline constexpr size_t kPlaceWords = 16;
// Opening words a quoting segment must reproduce (fewer when the opening is shorter, never below
// kMinOpeningWords).
inline constexpr size_t kOpeningWords = 4;
inline constexpr size_t kMinOpeningWords = 3;

// One entry of the related-listings lexicon: a language code and the phrase as folded words.
struct ListingHeading {
  std::string_view lang;
  std::string_view phrase;
};
// The lexicon (14 languages): phrases that head a block of other advertisers' ads; a heading line
// holds phrases (overlapping ones counted together) and at most four other words. Phrases that
// head the same advertiser's other ads ("More ads from this advertiser") are not in it: those
// contacts are the advertiser's own.
std::span<const ListingHeading> RelatedListingHeadings();

// Words of `text` folded as for matching: case folded, diacritics dropped, runs of letters and
// digits; the byte spans in `skip` (sorted, not overlapping) left out.
std::vector<std::string> FoldedWords(std::string_view text, std::span<const MaskSpan> skip = {});

// One folded word of a text and its byte span.
struct FoldedWord {
  std::string text;
  size_t start = 0;
  size_t end = 0;
};
// The folded words (as FoldedWords) of text[begin, end) with their byte spans; the spans in `skip`
// (sorted, not overlapping) left out.
std::vector<FoldedWord> FoldedWordsIn(std::string_view text, size_t begin, size_t end,
                                      std::span<const MaskSpan> skip = {});

// The document's opening words (kPlaceWords at most, folded, joined by single spaces): its title,
// else its text's first non-empty line. Empty when it has fewer than kMinOpeningWords words.
std::string OpeningWords(std::string_view title, std::string_view text);

// Where each of `contacts` (byte spans of the text, any order) stands (a segment in the text's
// first non-empty line is left empty: the ad's own title line); `selectors` (every
// selector's span, sorted by start, not overlapping) are left out of segments. One place per
// contact, in the order given.
std::vector<ContactPlace> PlaceContacts(std::string_view text, std::span<const MaskSpan> contacts,
                                        std::span<const MaskSpan> selectors);

// Whether `segment` (folded words, as ContactPlace::segment) reproduces `opening` (OpeningWords):
// its first kOpeningWords words (all of them when fewer, at least kMinOpeningWords) appear in it
// in a row.
bool ReproducesOpening(std::string_view segment, std::string_view opening);

}  // namespace ariadne::link
