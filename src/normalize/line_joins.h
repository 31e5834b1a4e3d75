// Selectors written over two lines, or split by markup, which Normalize() joins back into one: a
// speaker of a chat transcript who sends a number or an e-mail address in pieces, one message each
// ("[21:05] mia: 718⏎[21:05] mia: 555⏎[21:05] mia: 0142", "Inès : ines.moreau⏎Inès : @sfr.fr"),
// and an address broken after its '@' ("holly.marsh@⏎rosewood-rooms.example"). Internal to
// src/normalize; tests/normalize/normalize_test.cpp tests it through Normalize().
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ariadne::normalize {

// The bytes [begin, end) between two pieces of one selector (the line break, and the next line's
// time and speaker), which the folded text writes as one space, or as nothing when `glue` (the
// pieces of an address: "ines.moreau" and "@sfr.fr").
struct LineJoin {
  uint32_t begin, end;
  bool glue;
};

// Appends to `out` the joins of `text`, in increasing order, none overlapping, then those of a
// Telegram copy's messages ("Name, [04.12.26 21:05]" above each; in increasing order among
// themselves, and dropped by the folder where they overlap another). Linear: every line is read
// once (twice with a Telegram copy's headers), and what is read of it around its break is bounded
// (kMaxPiece, kMaxPrefix).
// Appends to `spelled` the joins that hold only if the words that end the first message are a
// number's first digits spelled out ("Mila: nul zes⏎Mila: 52839174": a message ending in a word,
// the same speaker's next message digits alone): the number-word folder of normalize.cpp reads
// across them and keeps those it folds into one run (none overlaps a join of `out`).
void FindLineJoins(std::string_view text, std::vector<LineJoin>& out,
                   std::vector<LineJoin>& spelled);

// Appends to `out` the markup between two short digit groups of one line ("<strong>389</strong>
// <em>412</em> <u>7735</u>", "<td>0171</td><td>903</td>", with one dash, dot or slash among the
// tags: "<a>06</a>-<a>1947</a>"; a group may be in brackets: "<b>(999)</b>"), each folded to one
// space: groups of at
// most five digits, as markup splits a number into (a longer group is a number's bulk, and a
// number of its own in a cell stays apart). In increasing order, none overlapping; linear.
void FindTagJoins(std::string_view text, std::vector<LineJoin>& out);

// Appends to `out` the '#' of each group of a number written as hashtags of digits ("#725 #020
// #590 #job", so that a filter reads tags, not a number): three hashtags or more of one to five
// digits each, one blank between them, 8 to 15 digits in all. Each '#' is dropped (glued). In
// increasing order; linear.
void FindHashtagJoins(std::string_view text, std::vector<LineJoin>& out);

// Appends to `out` the markdown escapes between digit groups ("0176\\_4412\\_3319"): each
// backslash is dropped (glued), the escaped mark stays a separator. In increasing order.
void FindEscapeJoins(std::string_view text, std::vector<LineJoin>& out);

// Appends to `out` the hyphens of a word spelled one character at a time ("l-i-n-a-h-o-n-e-y",
// "m-i-l-a-_-s-k-y-2-8 at onet dot pl"): a token of at least kMinSpelledCharacters single
// letters, digits, '_' or '.', each pair separated by one hyphen, two of them letters at least,
// standing apart (a blank, a line's start, a colon or a quotation mark before it; a blank, a
// line's end or a mark of prose after it). Each hyphen is dropped (glued). In increasing order;
// linear (only hyphens are visited, and a token is read once).
void FindSpelledJoins(std::string_view text, std::vector<LineJoin>& out);

// Appends to `out` the markdown emphasis between two digit groups ("**0435** *255 052*", "__06__
// _5544 2567_"): the marks that close one group's emphasis, the blanks, and those that open the
// next's, each gap folded to one space (the pre-scan chains groups over at most three separator
// bytes). Only '*' and '_' with a blank among them, at most kMaxEmphasisGap bytes. In increasing
// order; linear.
void FindEmphasisJoins(std::string_view text, std::vector<LineJoin>& out);

// A number told in parts over sentences of one text, apart from each other ("My number starts with
// 065. [the prices] After that comes 621. [the city] And it ends in 6646."): the first part's
// digits [begin, end), and the whole number, the parts in their order with a blank between
// (`number`), which the folded text writes in the first part's place (the later parts stay as
// they are, and the sentences between them too).
// `parts_end`: where its last part ends (the joins between its parts are dropped: the number is
// read whole in the first part's place). `whole`: the bytes [begin, end) are rewritten whole (a
// digit with its count: "5 twice", "7×2"), so the folder's edits inside them give way.
struct PartSpread {
  uint32_t begin, end;
  std::string number;
  uint32_t parts_end = 0;
  bool whole = false;
};

// Appends to `out` the crypto addresses written in groups of four or fewer ("ETH: 0xf1 8d7b 8de3 …
// 32f2 2e", "bc1q yzam mu60 … pp"): an Ethereum address ("0x" and 40 hex digits) or a SegWit
// address ("bc1" and its data, 42 or 62 characters in all), one blank between three groups or
// more; each is rewritten whole, glued. The extractor checks the address. Linear.
void FindGroupedAddresses(std::string_view text, std::vector<PartSpread>& out);

// Appends to `out` the words between the parts of a number told in parts with words of order
// ("First 077, then 0090, and last 0997", "Primero 691, luego 524, y al final 648", "Сначала 8,
// потом 925 571 17, и в конце 55"): a first word (kFirstPartWords, 11 languages and Ukrainian,
// Bulgarian) before the first part, then each gap a comma maybe and one to four words of order
// ("then", "and last", "at the end": kNextPartWords) before the next part; 8 to 15 digits in all.
// Each gap is folded to one space.
// Appends to `spreads` the numbers told in parts over sentences: a first part after a number's
// noun, a verb of beginning and a link word ("number starts with", "Nummer beginnt mit", "numer
// zaczyna się od", 11 languages: kSpreadStartVerbs, kSpreadLinks), then at most two sentences
// opening with a word of order and holding one part ("After that comes 621.", "Potem jest
// 3965.": kSpreadThenWords), then a part after a verb of ending ("And it ends in 6646.", "А
// заканчивается на 420.": kSpreadEndVerbs), within kMaxSpread bytes; each part a sentence's last
// words; 8 to 15 digits in all. Parts written in words are not read.
// Both in increasing order, none overlapping; linear (a first part's sentences are read once,
// and that scan stops at the next first part).
void FindPartJoins(std::string_view text, std::vector<LineJoin>& out,
                   std::vector<PartSpread>& spreads);

// Appends to `out` the line breaks before the rest of a number on the next line ("You can reach
// me on 07700⏎... the rest of the number: 900 329", "Zastihneš mě na 724⏎... zbytek čísla: 76
// 1308"): from the end of the first line (a digit group or a word) to the rest's first digit or
// word, past dots or an ellipsis and at most six words, a word for "rest" (kRestWords) and after
// it one for "number" or "digits" (kRestNouns), and a colon. `digits_both` gets whether digits
// stand on both sides. Offered to the number-word folder as FindTranscriptJoins' are (a number's
// first part may be spelled out: "zero seven seven⏎... the rest of the number: 00 900070"). In
// increasing order; linear.
void FindRestJoins(std::string_view text, std::vector<LineJoin>& out,
                   std::vector<bool>& digits_both);

// Appends to `out` the pauses between the groups of a number read out in a voice message's
// transcript (the rest of a line after a heading word: "Transcript:", "Transkript:",
// "Расшифровка:", kTranscriptWords; or after a voice message's duration: "Audio 0:18 · …"):
// speech-to-text ends a sentence or puts a comma after each group, and the speaker says a filler
// between two ("07700, 900, 691", "zero seven seven zero zero. 9 0 0. so 517", "0759. 911. deci
// 996", "8, 903, 1 5 7, э-э 2 5") or an aside between ellipses or commas ("..., sorry, ..." is a
// correction, not an aside). Each gap is the blanks, full stops, commas and at most two fillers
// (kTranscriptFillers) or one aside between two words or digit groups, with a mark or a filler in
// it; between two words only with a full stop or a filler (a comma there the number-word folder
// reads already). `digits_both` gets, for each, whether a digit group stands on both sides. They
// are offered to the number-word folder as bridges (a run reads on past one as past a space);
// Normalize() keeps one the folder confirms, and one between two digit groups. In increasing
// order, none overlapping; linear.
void FindTranscriptJoins(std::string_view text, std::vector<LineJoin>& out,
                         std::vector<bool>& digits_both);

}  // namespace ariadne::normalize
