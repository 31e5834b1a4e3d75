#include "store/sqlite/fts_tokenizer.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace ariadne::store::sqlite {

namespace {

constexpr const char* kName = "unicode61";

// What a byte is to unicode61 with its default token characters.
enum ByteClass : unsigned char { kSeparator, kLower, kUpper, kNonAscii };

constexpr std::array<unsigned char, 256> MakeClasses() {
  std::array<unsigned char, 256> c{};
  for (int b = 0; b < 256; ++b) {
    if (b >= 0x80)
      c[b] = kNonAscii;
    else if ((b >= 'a' && b <= 'z') || (b >= '0' && b <= '9'))
      c[b] = kLower;
    else if (b >= 'A' && b <= 'Z')
      c[b] = kUpper;
    else
      c[b] = kSeparator;
  }
  return c;
}
constexpr std::array<unsigned char, 256> kClasses = MakeClasses();

// SQLite's unicode61, as found before the fast one shadowed it (the module's context).
struct Original {
  fts5_tokenizer api{};
  void* context = nullptr;
};

// One tokenizer instance (one per FTS5 table and use).
struct Instance {
  const Original* original = nullptr;
  Fts5Tokenizer* inner = nullptr;  // SQLite's unicode61 with the same options
  bool fast = false;               // only remove_diacritics was given
  std::string folded;              // an ASCII token in lower case
};

using TokenCallback = int (*)(void*, int, const char*, int, int, int);

// SQLite's tokens of a run that starts at `offset` in the text, offsets moved to the text's.
struct Shifted {
  void* context;
  TokenCallback token;
  int offset;
};

int ShiftedToken(void* p, int flags, const char* token, int size, int start, int end) {
  const auto* s = static_cast<const Shifted*>(p);
  return s->token(s->context, flags, token, size, start + s->offset, end + s->offset);
}

int Create(void* context, const char** args, int nargs, Fts5Tokenizer** out) {
  const auto* original = static_cast<const Original*>(context);
  auto* instance = new Instance;
  instance->original = original;
  const int rc = original->api.xCreate(original->context, args, nargs, &instance->inner);
  if (rc != SQLITE_OK) {
    delete instance;
    return rc;
  }
  instance->fast = nargs % 2 == 0;
  for (int i = 0; i + 1 < nargs; i += 2) {
    if (sqlite3_stricmp(args[i], "remove_diacritics") != 0) instance->fast = false;
  }
  *out = reinterpret_cast<Fts5Tokenizer*>(instance);
  return SQLITE_OK;
}

void Delete(Fts5Tokenizer* tokenizer) {
  auto* instance = reinterpret_cast<Instance*>(tokenizer);
  instance->original->api.xDelete(instance->inner);
  delete instance;
}

// The bits of [s, e) in a 64-bit mask (0 <= s < e <= 64).
uint64_t Bits(int s, int e) {
  const uint64_t below_e = e == 64 ? ~uint64_t{0} : (uint64_t{1} << e) - 1;
  return below_e & (~uint64_t{0} << s);
}

// Which of 64 bytes are token bytes (letters, digits, any byte >= 0x80), upper-case letters and
// bytes >= 0x80, one bit each.
struct BlockMasks {
  uint64_t token = 0, upper = 0, non_ascii = 0;
};

#if defined(__SSE2__)
// Bytes in [lo, lo + n) as a 16-bit mask (exact for ASCII; bytes >= 0x80 are told apart by the
// caller).
inline int InRange(__m128i v, char lo, char n) {
  const __m128i shifted = _mm_add_epi8(v, _mm_set1_epi8(static_cast<char>(-128 - lo)));
  return _mm_movemask_epi8(_mm_cmplt_epi8(shifted, _mm_set1_epi8(static_cast<char>(-128 + n))));
}

BlockMasks Classify(const unsigned char* p) {
  BlockMasks m;
  for (int k = 0; k < 4; ++k) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
    const auto high = static_cast<uint64_t>(_mm_movemask_epi8(v));
    const auto upper = static_cast<uint64_t>(InRange(v, 'A', 26)) & ~high;
    const auto other = static_cast<uint64_t>(InRange(v, 'a', 26) | InRange(v, '0', 10));
    m.token |= (high | upper | other) << (16 * k);
    m.upper |= upper << (16 * k);
    m.non_ascii |= high << (16 * k);
  }
  return m;
}
#else
BlockMasks Classify(const unsigned char* p) {
  BlockMasks m;
  for (int k = 0; k < 64; ++k) {
    const unsigned char c = kClasses[p[k]];
    const uint64_t bit = uint64_t{1} << k;
    if (c != kSeparator) m.token |= bit;
    if (c == kUpper) m.upper |= bit;
    if (c == kNonAscii) m.non_ascii |= bit;
  }
  return m;
}
#endif

// Hands a run of token bytes that is not plain lower-case ASCII to FTS5: folded when it has
// capitals, through SQLite's unicode61 when it has a byte >= 0x80. (Plain runs go to FTS5 as they
// are, from the loop.)
int EmitOtherRun(Instance& instance, void* context, int flags, const char* text, int start, int end,
                 bool non_ascii, TokenCallback token) {
  if (non_ascii) {
    Shifted shifted{context, token, start};
    return instance.original->api.xTokenize(instance.inner, &shifted, flags, text + start,
                                            end - start, ShiftedToken);
  }
  std::string& folded = instance.folded;
  folded.assign(text + start, static_cast<size_t>(end - start));
  for (char& ch : folded) {
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch + ('a' - 'A'));
  }
  return token(context, 0, folded.data(), end - start, start, end);
}

// Runs of token bytes, found 64 bytes at a time from bit masks; each run ends at an ASCII
// separator or the end of the text.
int Tokenize(Fts5Tokenizer* tokenizer, void* context, int flags, const char* text, int size,
             TokenCallback token) {
  auto* instance = reinterpret_cast<Instance*>(tokenizer);
  if (!instance->fast) {
    return instance->original->api.xTokenize(instance->inner, context, flags, text, size, token);
  }
  const auto* bytes = reinterpret_cast<const unsigned char*>(text);
  bool in_run = false;
  int run_start = 0;
  bool run_upper = false;
  bool run_non_ascii = false;
  unsigned char tail[64];
  for (int base = 0; base < size; base += 64) {
    const unsigned char* block = bytes + base;
    if (size - base < 64) {  // the last bytes, padded with separators
      std::memset(tail, 0, sizeof tail);
      std::memcpy(tail, block, static_cast<size_t>(size - base));
      block = tail;
    }
    const BlockMasks m = Classify(block);
    int bit = 0;
    while (bit < 64) {
      if (!in_run) {
        const uint64_t starts = m.token & (~uint64_t{0} << bit);
        if (starts == 0) break;
        bit = __builtin_ctzll(starts);
        in_run = true;
        run_start = base + bit;
        run_upper = run_non_ascii = false;
      }
      const uint64_t ends = ~m.token & (~uint64_t{0} << bit);
      const int end_bit = ends == 0 ? 64 : __builtin_ctzll(ends);
      const uint64_t span = Bits(bit, end_bit);
      run_upper |= (m.upper & span) != 0;
      run_non_ascii |= (m.non_ascii & span) != 0;
      bit = end_bit;
      if (ends == 0) break;  // the run goes on in the next block
      in_run = false;
      const int run_end = base + end_bit;
      const int rc =
          !run_upper && !run_non_ascii
              ? token(context, 0, text + run_start, run_end - run_start, run_start, run_end)
              : EmitOtherRun(*instance, context, flags, text, run_start, run_end, run_non_ascii,
                             token);
      if (rc != SQLITE_OK) return rc;
    }
  }
  if (in_run) {
    return !run_upper && !run_non_ascii
               ? token(context, 0, text + run_start, size - run_start, run_start, size)
               : EmitOtherRun(*instance, context, flags, text, run_start, size, run_non_ascii,
                              token);
  }
  return SQLITE_OK;
}

void Destroy(void* context) {
  delete static_cast<Original*>(context);
}

}  // namespace

fts5_api* Fts5Api(sqlite3* db) {
  fts5_api* api = nullptr;
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, nullptr) == SQLITE_OK) {
    sqlite3_bind_pointer(st, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(st);
  }
  sqlite3_finalize(st);
  return api;
}

Status InstallFastUnicode61(sqlite3* db) {
  fts5_api* api = Fts5Api(db);
  if (api == nullptr) return Internal("this SQLite has no FTS5: the full-text index cannot work");
  auto* original = new Original;
  if (api->xFindTokenizer(api, kName, &original->context, &original->api) != SQLITE_OK) {
    delete original;
    return Internal("this SQLite's FTS5 has no unicode61 tokenizer");
  }
  fts5_tokenizer fast{Create, Delete, Tokenize};
  // FTS5 owns `original` (and calls Destroy) only once the tokenizer is registered.
  if (api->xCreateTokenizer(api, kName, original, &fast, Destroy) != SQLITE_OK) {
    delete original;
    return Internal("cannot register the full-text tokenizer");
  }
  return Status::Ok();
}

}  // namespace ariadne::store::sqlite
