#include "link/skeleton.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <xxhash.h>

#include <algorithm>
#include <cstring>
#include <unordered_map>

namespace ariadne::link {

namespace {

constexpr uint8_t kFormatVersion = 1;
// Stand-ins of a masked selector and of a number in a sentence's hash.
constexpr uint64_t kSelectorToken = 0x9E3779B97F4A7C15ull;
constexpr uint64_t kNumberToken = 0xC2B2AE3D27D4EB4Full;

bool EndsSentence(UChar32 c) {
  return c == '.' || c == '!' || c == '?' || c == ';';
}

void AppendUtf8(std::string& out, UChar32 c) {
  char buffer[4];
  int32_t length = 0;
  UBool error = false;
  U8_APPEND(buffer, length, 4, c, error);
  if (!error) out.append(buffer, static_cast<size_t>(length));
}

void SortUnique(std::vector<uint32_t>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

// Collects a text's sentences line by line as SkeletonOf reads it.
class SentenceReader {
 public:
  explicit SentenceReader(Skeleton& out) : out_(out) {}

  void AddLetter(UChar32 c) {
    if (!u_isdigit(c)) all_digits_ = false;
    AppendUtf8(word_, u_foldCase(c, U_FOLD_CASE_DEFAULT));
  }
  void EndWord() {
    if (word_.empty()) return;
    if (all_digits_) {
      AddToken(kNumberToken);
    } else {
      const uint64_t hash = XXH3_64bits(word_.data(), word_.size());
      AddToken(hash);
      words_.push_back(static_cast<uint32_t>(hash));  // made unique once per sentence
      line_has_word_ = true;
    }
    word_.clear();
    all_digits_ = true;
  }
  void AddSelector() {
    EndWord();
    AddToken(kSelectorToken);
  }
  void EndSentence() {
    EndWord();
    // Sorted and unique (a search per word was quadratic in a hostile sentence of no full stop);
    // the words' order is never read: RareWordsOf sorts them again.
    SortUnique(words_);
    if (!words_.empty()) out_.sentences.push_back({line_, hash_, std::move(words_)});
    words_.clear();
    hash_ = 0;
  }
  void EndLine() {
    EndSentence();
    if (line_has_word_) ++line_;
    line_has_word_ = false;
  }

 private:
  void AddToken(uint64_t token) { hash_ = (hash_ ^ token) * 0x100000001B3ull + 0x9E37ull; }

  Skeleton& out_;
  std::string word_;
  bool all_digits_ = true;
  std::vector<uint32_t> words_;
  uint64_t hash_ = 0;
  uint32_t line_ = 0;
  bool line_has_word_ = false;
};

template <typename T>
void Put(std::string& out, T value) {
  char bytes[sizeof(T)];
  for (size_t i = 0; i < sizeof(T); ++i) bytes[i] = static_cast<char>((value >> (8 * i)) & 0xFF);
  out.append(bytes, sizeof(T));
}

template <typename T>
bool Take(std::string_view& in, T& value) {
  if (in.size() < sizeof(T)) return false;
  value = 0;
  for (size_t i = 0; i < sizeof(T); ++i)
    value |= static_cast<T>(static_cast<unsigned char>(in[i])) << (8 * i);
  in.remove_prefix(sizeof(T));
  return true;
}

// A document's rare words of its unrepeated sentences: by line (ascending), and all of them.
struct RareWords {
  std::vector<std::pair<uint32_t, std::vector<uint32_t>>> lines;  // words sorted, unique
  std::vector<uint32_t> all;                                      // sorted, unique
};

bool Intersects(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  auto i = a.begin();
  auto j = b.begin();
  while (i != a.end() && j != b.end()) {
    if (*i == *j) return true;
    if (*i < *j) {
      ++i;
    } else {
      ++j;
    }
  }
  return false;
}

// Each line's words among `shared` (lines left without one dropped).
std::vector<std::vector<uint32_t>> LinesOfShared(const RareWords& doc,
                                                 const std::vector<uint32_t>& shared) {
  std::vector<std::vector<uint32_t>> out;
  for (const auto& [line, words] : doc.lines) {
    std::vector<uint32_t> kept;
    std::set_intersection(words.begin(), words.end(), shared.begin(), shared.end(),
                          std::back_inserter(kept));
    if (!kept.empty()) out.push_back(std::move(kept));
  }
  return out;
}

// How many lines of `a` and `b` holding shared words match in order (the longest common
// subsequence, two lines matching when they share a word).
// Only each text's first kMostOrderedLines lines holding shared words are matched: the match is
// lines(a) x lines(b), and two copies of a hostile text of 100,000 lines would cost 10^10 steps at
// every add to their site, while an ad's template holds a few dozen lines.
constexpr size_t kMostOrderedLines = 64;

size_t LinesInOrder(const std::vector<std::vector<uint32_t>>& a,
                    const std::vector<std::vector<uint32_t>>& b) {
  const size_t a_lines = std::min(a.size(), kMostOrderedLines);
  const size_t b_lines = std::min(b.size(), kMostOrderedLines);
  std::vector<size_t> previous(b_lines + 1, 0), current(b_lines + 1, 0);
  for (size_t i = 0; i < a_lines; ++i) {
    const std::vector<uint32_t>& line = a[i];
    for (size_t j = 0; j < b_lines; ++j) {
      current[j + 1] =
          Intersects(line, b[j]) ? previous[j] + 1 : std::max(previous[j + 1], current[j]);
    }
    std::swap(previous, current);
  }
  return previous[b_lines];
}

// The rare words of the unrepeated sentences of each document naming a few contact values (empty
// for the others).
std::vector<RareWords> RareWordsOf(std::span<const SiteDocument> documents,
                                   const SkeletonOptions& options) {
  std::unordered_map<uint64_t, uint32_t> sentence_documents;
  std::unordered_map<uint32_t, uint32_t> word_documents;
  std::vector<uint64_t> sentences;
  std::vector<uint32_t> words;
  for (const SiteDocument& doc : documents) {
    sentences.clear();
    words.clear();
    for (const SkeletonSentence& s : doc.skeleton.sentences) {
      sentences.push_back(s.hash);
      words.insert(words.end(), s.words.begin(), s.words.end());
    }
    std::sort(sentences.begin(), sentences.end());
    sentences.erase(std::unique(sentences.begin(), sentences.end()), sentences.end());
    SortUnique(words);
    for (uint64_t h : sentences) ++sentence_documents[h];
    for (uint32_t w : words) ++word_documents[w];
  }
  const auto most = static_cast<uint32_t>(
      std::max<double>(static_cast<double>(options.max_word_documents),
                       options.max_word_share * static_cast<double>(documents.size())));
  std::vector<RareWords> out(documents.size());
  for (size_t i = 0; i < documents.size(); ++i) {
    const Skeleton& skeleton = documents[i].skeleton;
    if (skeleton.contacts == 0 || skeleton.contacts > options.max_contacts) continue;
    RareWords& rare = out[i];
    for (const SkeletonSentence& s : skeleton.sentences) {
      if (sentence_documents[s.hash] > options.max_sentence_documents) continue;
      for (uint32_t w : s.words) {
        const uint32_t df = word_documents[w];
        if (df < 2 || df > most) continue;
        if (rare.lines.empty() || rare.lines.back().first != s.line)
          rare.lines.push_back({s.line, {}});
        rare.lines.back().second.push_back(w);
        rare.all.push_back(w);
      }
    }
    for (auto& line : rare.lines) SortUnique(line.second);
    SortUnique(rare.all);
  }
  return out;
}

}  // namespace

Skeleton SkeletonOf(std::string_view text, std::span<const MaskSpan> masked, uint8_t contacts) {
  Skeleton out;
  out.contacts = contacts;
  SentenceReader reader(out);
  size_t next_mask = 0;
  int32_t i = 0;
  const auto length = static_cast<int32_t>(text.size());
  while (i < length) {
    if (next_mask < masked.size() && static_cast<size_t>(i) >= masked[next_mask].start) {
      reader.AddSelector();
      i = static_cast<int32_t>(std::max<size_t>(masked[next_mask].end, static_cast<size_t>(i) + 1));
      ++next_mask;
      continue;
    }
    UChar32 c = 0;
    U8_NEXT(text.data(), i, length, c);
    if (c < 0) continue;  // invalid UTF-8: skipped
    if (c >= 0x80 && u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT)) continue;
    if (u_isalnum(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0) {
      reader.AddLetter(c);
    } else if (c == '\n') {
      reader.EndLine();
    } else if (EndsSentence(c)) {
      reader.EndSentence();
    } else {
      reader.EndWord();
    }
  }
  reader.EndLine();
  return out;
}

std::string SkeletonBytes(const Skeleton& skeleton) {
  std::string out;
  out.push_back(static_cast<char>(kFormatVersion));
  out.push_back(static_cast<char>(skeleton.contacts));
  Put<uint32_t>(out, static_cast<uint32_t>(skeleton.sentences.size()));
  for (const SkeletonSentence& s : skeleton.sentences) {
    Put<uint32_t>(out, s.line);
    Put<uint64_t>(out, s.hash);
    Put<uint32_t>(out, static_cast<uint32_t>(s.words.size()));
    for (uint32_t w : s.words) Put<uint32_t>(out, w);
  }
  return out;
}

bool SkeletonFromBytes(std::string_view bytes, Skeleton& skeleton) {
  skeleton = {};
  if (bytes.empty()) return true;
  if (bytes.size() < 2 || static_cast<uint8_t>(bytes[0]) != kFormatVersion) return false;
  skeleton.contacts = static_cast<uint8_t>(bytes[1]);
  bytes.remove_prefix(2);
  uint32_t count = 0;
  if (!Take(bytes, count)) return false;
  // Each sentence takes 16 bytes at least: a count past that is damage, not a size to reserve.
  if (count > bytes.size() / 16) return false;
  skeleton.sentences.resize(count);
  for (SkeletonSentence& s : skeleton.sentences) {
    uint32_t words = 0;
    if (!Take(bytes, s.line) || !Take(bytes, s.hash) || !Take(bytes, words)) return false;
    if (words > bytes.size() / 4) return false;
    s.words.resize(words);
    for (uint32_t& w : s.words) Take(bytes, w);
  }
  return bytes.empty();
}

std::vector<SkeletonPair> SiteSkeletonPairs(std::span<const SiteDocument> documents,
                                            const SkeletonOptions& options) {
  const std::vector<RareWords> rare = RareWordsOf(documents, options);
  // The index on rare words: word -> the documents (positions, ascending) that have it.
  std::unordered_map<uint32_t, std::vector<uint32_t>> postings;
  for (size_t i = 0; i < rare.size(); ++i) {
    if (rare[i].all.size() < options.min_words) continue;
    for (uint32_t w : rare[i].all) postings[w].push_back(static_cast<uint32_t>(i));
  }
  std::vector<SkeletonPair> out;
  std::vector<uint32_t> shared_count(documents.size(), 0);
  std::vector<uint32_t> touched;
  std::vector<uint32_t> shared;
  for (size_t i = 0; i < rare.size(); ++i) {
    if (rare[i].all.size() < options.min_words) continue;
    touched.clear();
    for (uint32_t w : rare[i].all) {
      const std::vector<uint32_t>& docs = postings[w];
      // Only the documents after this one: each pair is weighed once.
      for (auto it = std::upper_bound(docs.begin(), docs.end(), static_cast<uint32_t>(i));
           it != docs.end(); ++it) {
        if (shared_count[*it]++ == 0) touched.push_back(*it);
      }
    }
    std::sort(touched.begin(), touched.end());
    for (uint32_t j : touched) {
      const uint32_t common = shared_count[j];
      shared_count[j] = 0;
      if (common < options.min_words) continue;
      const double jaccard = static_cast<double>(common) /
                             static_cast<double>(rare[i].all.size() + rare[j].all.size() - common);
      if (jaccard < options.min_jaccard) continue;
      shared.clear();
      std::set_intersection(rare[i].all.begin(), rare[i].all.end(), rare[j].all.begin(),
                            rare[j].all.end(), std::back_inserter(shared));
      const size_t lines =
          LinesInOrder(LinesOfShared(rare[i], shared), LinesOfShared(rare[j], shared));
      if (lines < options.min_lines) continue;
      const int64_t x = documents[i].id, y = documents[static_cast<size_t>(j)].id;
      out.push_back(
          {std::min(x, y), std::max(x, y), common, static_cast<uint32_t>(lines), jaccard});
    }
  }
  std::sort(out.begin(), out.end(), [](const SkeletonPair& p, const SkeletonPair& q) {
    return p.a != q.a ? p.a < q.a : p.b < q.b;
  });
  return out;
}

}  // namespace ariadne::link
