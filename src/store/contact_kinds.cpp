#include "store/contact_kinds.h"

#include <algorithm>
#include <cctype>

#include "core/payment_apps.h"

namespace ariadne::store {

namespace {

bool IsDigit(char c) {
  return c >= '0' && c <= '9';
}
bool IsUpper(char c) {
  return c >= 'A' && c <= 'Z';
}

// "203.0.113.98": four groups of digits.
bool LooksLikeIpv4(std::string_view v) {
  return std::count(v.begin(), v.end(), '.') == 3 &&
         std::all_of(v.begin(), v.end(), [](char c) { return IsDigit(c) || c == '.'; });
}

// "2001:db8::1": hex groups and two colons or more (a handle has one).
bool LooksLikeIpv6(std::string_view v) {
  return std::count(v.begin(), v.end(), ':') >= 2 && std::all_of(v.begin(), v.end(), [](char c) {
           return std::isxdigit(static_cast<unsigned char>(c)) != 0 || c == ':' || c == '.';
         });
}

// "DE89370400440532013000": a country, check digits, 11-30 letters or digits (ISO 13616).
bool LooksLikeIban(std::string_view v) {
  return v.size() >= 15 && v.size() <= 34 && IsUpper(v[0]) && IsUpper(v[1]) && IsDigit(v[2]) &&
         IsDigit(v[3]) &&
         std::all_of(v.begin(), v.end(), [](char c) { return IsUpper(c) || IsDigit(c); });
}

}  // namespace

const ContactKind* FindContactKind(std::string_view type) {
  for (const ContactKind& kind : kContactKinds) {
    if (kind.type == type) return &kind;
  }
  return nullptr;
}

std::string ContactKindsSql() {
  std::string out;
  for (const ContactKind& kind : kContactKinds) {
    if (!out.empty()) out += ", ";
    out += '\'';
    out += kind.type;
    out += '\'';
  }
  return out;
}

std::string_view GuessContactKind(std::string_view value) {
  if (!value.empty() && value[0] == '+') return "phone";
  if (value.find('@') != std::string_view::npos) return "email";
  for (std::string_view coin : {"btc:", "eth:", "trx:"}) {
    if (value.starts_with(coin)) return "crypto";
  }
  if (const size_t colon = value.find(':');
      colon != std::string_view::npos && core::IsPaymentApp(value.substr(0, colon))) {
    return "payment";
  }
  if (LooksLikeIpv4(value) || LooksLikeIpv6(value)) return "ip";
  if (LooksLikeIban(value)) return "iban";
  return "handle";
}

}  // namespace ariadne::store
