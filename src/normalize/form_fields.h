// Values a web or paper form splits into fields, which Normalize() joins back into one: an e-mail
// address typed into two fields around a printed '@' ("[ vika_sage65 ] @ [ gmail.com ▾ ]"), and a
// value typed into a row of boxes of a few characters each ("[ES50][6707][2602]…", an IBAN's
// groups). Internal to src/normalize; tests/normalize/normalize_test.cpp tests it through
// Normalize().
#pragma once

#include <string_view>
#include <vector>

#include "normalize/line_joins.h"

namespace ariadne::normalize {

// Appends to `out` the brackets and blanks of form fields in `text` (pass 1's text: a bracket
// around digits alone is already '(' … ')'), in increasing order, none overlapping:
//  - two fields around an '@': '[', a local part (letters, digits, . _ + -), ']', '@', '[', a
//    domain with a dot, maybe the menu's arrow (▾ ▼), ']', with blanks inside and around the '@';
//    everything but the local part, the '@' and the domain is dropped (glued);
//  - a row of kMinBoxes boxes or more, each one to four letters or digits in square or round
//    brackets, the first opening with a letter (a row of digits alone is read as a number's groups
//    already), each glued to the next or one blank apart: the first opening and the last closing
//    bracket are dropped, each bracket pair between two boxes is one blank.
// Only the '[' bytes are visited (memchr), so a text without one costs one pass of memchr.
void FindFormFieldJoins(std::string_view text, std::vector<LineJoin>& out);

}  // namespace ariadne::normalize
