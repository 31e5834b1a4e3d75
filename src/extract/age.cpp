// Stated ages in ads: a number with a years word ("23 years", "23yo", "23 y.o.", "23 ani", "23
// lat", "23 года", "25 jaar", "23 años", "21 de ani") or after an age word ("age 23", "Alter: 23",
// "возраст 23"). Ages 12-99 are reported (a stated minor age is the most important case, never
// filtered out). Value: the number. Ads only. Source: indicators.md S-YOUTH (age statements), §2F.
#include <array>

#include "extract/extractor.h"
#include "extract/text_util.h"

namespace ariadne::extract {
namespace {

void ExtractAges(std::span<const Hit> hits, ScanState& state) {
  const std::string_view t = state.text;
  size_t done = 0;
  for (const Hit& hit : hits) {
    if (hit.from < done) continue;
    // The two-digit number inside the match.
    size_t d = hit.from;
    while (d < hit.to && !IsDigit(t[d])) ++d;
    if (d + 1 >= hit.to || !IsDigit(t[d + 1])) continue;
    if (d > 0 && (IsDigit(t[d - 1]) || t[d - 1] == '.' || t[d - 1] == ',')) continue;
    if (d + 2 < t.size() && IsDigit(t[d + 2])) continue;
    const int age = (t[d] - '0') * 10 + (t[d + 1] - '0');
    if (age < 12) continue;
    size_t end = hit.to;
    if (end < t.size() && IsWordByte(t[end])) continue;  // "23 latte", "23 yards"
    // "23 y.o." : keep the final dot of the abbreviation.
    if (end < t.size() && t[end] == '.' && end >= 2 && t[end - 2] == '.') ++end;
    Found f;
    f.type = SelectorType::kAge;
    f.value = std::to_string(age);
    f.start = hit.from;
    f.end = end;
    state.Emit(std::move(f));
    done = end;
  }
}

constexpr PrescanPattern kPatterns[] = {
    {R"(\b\d\d ?(?:years? old|years?|yrs?|y\.o|yo|j\.|jahre|jaar|ans|años|anni|ani|de ani|lat|let|éves|år|года|год|лет|години|godina|rokov|roky|let|χρονών))",
     HS_FLAG_CASELESS | HS_FLAG_UTF8 | HS_FLAG_SOM_LEFTMOST, kCueDigit},
    {R"(\b(?:age|aged|alter|âge|edad|età|eta|wiek|vârsta|vârstă|varsta|leeftijd|возраст|вік|възраст|ηλικία)\s?:?\s?\d\d\b)",
     HS_FLAG_CASELESS | HS_FLAG_UTF8 | HS_FLAG_SOM_LEFTMOST, kCueDigit},
};

}  // namespace

extern const ExtractorInfo kAgeExtractor = {
    "age",
    "Stated ages in ads: 23 years, 23yo, 23 ani, 23 lat, 23 года, age 23",
    2,
    "indicators.md S-YOUTH",
    kPatterns,
    ExtractAges,
    /*ads_only=*/true,
};

}  // namespace ariadne::extract
