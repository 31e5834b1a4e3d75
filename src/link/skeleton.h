// Template-skeleton evidence (linking.md §4, "Shared template skeleton"): a network that posts one
// template with a fresh number on every ad and spins its sentences ad by ad (words swapped for
// synonyms, sentences dropped, pooled sentences added) leaves its texts well under the MinHash
// threshold, as low as unrelated ads of one site that share a generator's pooled sentences. What
// the spun ads keep is the template's skeleton: the rare words of its own sentences (those no
// three documents repeat word for word), on the same lines in the same order. This file reads a
// document's sentences by line (stored beside its text signature) and finds, among one site's
// documents, the pairs whose rare words of unrepeated sentences make one skeleton; the resolver
// joins such a pair only when both documents give exactly one contact value, found on no other
// document (resolve.h, AddSkeletonPair). Pure functions: thread-safe.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "link/shingles.h"

namespace ariadne::link {

// One sentence of a document: the line it stands on (counting the lines that hold a word, from 0),
// the hash of its words (numbers and masked selectors as placeholders: the same sentence with
// another number is the same sentence) and the hashes of its distinct words (no numbers, no
// selectors), in order of first appearance.
struct SkeletonSentence {
  uint32_t line = 0;
  uint64_t hash = 0;
  std::vector<uint32_t> words;
};

struct Skeleton {
  // How many distinct contact values the document names (its selectors of a contact kind, any
  // place; 255 for more): only documents naming a few are paired (SkeletonOptions::max_contacts;
  // the resolver then checks that exactly one is not generic, a site's footer address being
  // generic, and that no other document carries it).
  uint8_t contacts = 0;
  std::vector<SkeletonSentence> sentences;
};

// The sentences of `text` (split at . ! ? ; and line ends) with the `masked` spans (sorted by
// start, not overlapping) read as placeholders. Words are case-folded runs of letters and digits.
Skeleton SkeletonOf(std::string_view text, std::span<const MaskSpan> masked, uint8_t contacts);

// Storage form (text_signatures.skeleton): little-endian, versioned by its first byte.
// SkeletonFromBytes fails (returns false) on bytes it cannot read; empty bytes read as no
// sentences and no contact.
std::string SkeletonBytes(const Skeleton& skeleton);
bool SkeletonFromBytes(std::string_view bytes, Skeleton& skeleton);

struct SkeletonOptions {
  // A sentence repeated word for word on more documents of the site than this is a pooled
  // sentence, a house rule or a popular phrase: its words count for nothing.
  int64_t max_sentence_documents = 2;
  // A word is rare on a site when at least 2 of its documents and at most
  // max(max_word_documents, max_word_share of the site's documents) use it: an absolute cap
  // means nothing on a large site, a share alone nothing on a small one (see linking.md §4).
  int64_t max_word_documents = 30;
  double max_word_share = 0.01;
  // Two documents make one skeleton when their rare words of unrepeated sentences share at least
  // `min_words`, those sets' Jaccard reaches `min_jaccard`, and the shared words stand on at
  // least `min_lines` lines of each, matched in order (one keyword block or one copied paragraph
  // is not a template).
  size_t min_words = 8;
  double min_jaccard = 0.4;
  size_t min_lines = 3;
  // Documents naming more contact values than this are not paired: a spun network's ad gives its
  // fresh number, and perhaps its site's footer address, or a value it quotes.
  uint8_t max_contacts = 3;
};

// One site's document with its skeleton.
struct SiteDocument {
  int64_t id = 0;
  Skeleton skeleton;
};

struct SkeletonPair {
  int64_t a = 0;  // a < b
  int64_t b = 0;
  uint32_t words = 0;  // shared rare words
  uint32_t lines = 0;  // lines matched in order
  double jaccard = 0;
  bool operator==(const SkeletonPair&) const = default;
};

// The pairs of documents of one site naming 1 to max_contacts contact values that make one
// skeleton, sorted by (a, b).
// The rarity of sentences and words is counted over all `documents` (the whole site): a pair's
// verdict depends on the site's documents, not on the order they come in. Candidates are found
// through an index on rare words, not by comparing every pair.
std::vector<SkeletonPair> SiteSkeletonPairs(std::span<const SiteDocument> documents,
                                            const SkeletonOptions& options = {});

}  // namespace ariadne::link
