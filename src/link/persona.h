// The persona an ad presents: the name it gives ("I'm Anna, 23", "Meet Kalina, 33 г.", "My new
// girl Milena (33)") and the age it states. Used to count distinct personas behind one contact or
// cluster (issue 5 item 4). A heuristic over words, not a person's identity: two ads of one person
// can spell a name differently, and a name may be missed. Pure: thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace ariadne::link {

struct Persona {
  std::string name;  // as written, e.g. "Anna"; empty when none was found
  std::string age;   // the stated age, e.g. "23"; empty when none was found
  bool empty() const { return name.empty() && age.empty(); }
  // "Anna, 23", "Anna", "23 years" or "".
  std::string Label() const;
};

// Reads the persona from an ad's title and text. `stated_age` (the first age selector found by
// extraction) is used when the text gives no age next to the name.
Persona PersonaOf(std::string_view title, std::string_view text, std::string_view stated_age);

}  // namespace ariadne::link
