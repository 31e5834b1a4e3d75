// ASCII byte classes shared by the normalize module's readers (line joins, form fields, IBANs read
// aloud, wrapped addresses), so that each alphabet is written once. Bytes of UTF-8 sequences are in
// no class here.
#pragma once

namespace ariadne::normalize {

inline bool IsDigit(char c) {
  return c >= '0' && c <= '9';
}
inline bool IsUpper(char c) {
  return c >= 'A' && c <= 'Z';
}
inline bool IsAsciiLetter(char c) {
  const char lower = static_cast<char>(c | 0x20);
  return lower >= 'a' && lower <= 'z';
}
inline bool IsAsciiAlnum(char c) {
  return IsDigit(c) || IsAsciiLetter(c);
}
// An Ethereum address's hex digit, either case.
inline bool IsHexChar(char c) {
  const char lower = static_cast<char>(c | 0x20);
  return IsDigit(c) || (lower >= 'a' && lower <= 'f');
}
// A character of a SegWit address's data part: bech32's alphabet (BIP 173), either case; '1' ends
// its human-readable part, and b, i and o are left out.
inline bool IsBech32Char(char c) {
  const char lower = static_cast<char>(c | 0x20);
  return (IsDigit(c) && c != '1') ||
         (IsAsciiLetter(c) && lower != 'b' && lower != 'i' && lower != 'o');
}

}  // namespace ariadne::normalize
