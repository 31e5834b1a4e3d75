// The selector kinds that link documents into clusters, and how strongly: the one table that the
// pipeline (whose values it places and quotes: link/quoted.h), the resolver (link/resolve.h: which
// values join and their weight), the case graph (link/case_graph.h), the incremental link
// (link/link_case.h) and the store's contact queries read, so that they never disagree on what a
// contact is. Adding a kind is one row here (and a colour in report/graph_svg.cpp).
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace ariadne::store {

struct ContactKind {
  std::string_view type;   // the selector type (extract/selector.h)
  std::string_view label;  // for analysts: "shared IBAN DE89…"
  // The weight of a shared value against a shared phone number's (1): its rarity weight (idf over
  // the case) is multiplied by it, in the reasons and in the evidence that splits weakly joined
  // groups (link/split.h).
  double weight = 1;
  // Whether a shared value joins only documents that something else makes comparable: their texts
  // of one author's family (ResolveOptions::corroborating_text_similarity). An IP address is a
  // network's (an office's, but also a hotel's, a café's, a carrier's NAT gateway): two strangers
  // who posted from one place share it.
  bool needs_corroboration = false;
  // Where the money goes (an account, a wallet): given by two organisations' ads (each at its own
  // e-mail domain, none in common: link/resolve.h ResolveOptions::organisations_apart), it is a
  // third party's (a consulate's visa fee account, a payment platform's) and joins nothing. A
  // phone two organisations give stays a join (a recruiter posing as two firms).
  bool third_party_across_organisations = false;
};

// Phones, e-mail addresses and handles are the advertiser's own contact. A bank account (IBAN) or
// a crypto wallet is where the money goes: as strong as a phone, kept longer (a recruiter's IBAN
// stays while his numbers rotate); so is a payment app's tag (a Revolut revtag, a PayPal.Me name:
// extract/payment.cpp), "revolut:name". An IP address is weaker (docs/linking.md: identifiers
// weighted by type and rarity; shared networks, carrier NAT, hotels and cafés give one address to
// strangers): half the weight, and it joins only documents whose texts are comparable.
inline constexpr ContactKind kContactKinds[] = {
    {"phone", "phone", 1.0, false, false},         {"email", "e-mail", 1.0, false, false},
    {"handle", "handle", 1.0, false, false},       {"iban", "IBAN", 1.0, false, true},
    {"crypto", "crypto wallet", 1.0, false, true}, {"ip", "IP address", 0.5, true, false},
    {"payment", "payment tag", 1.0, false, true},
};

// The row of `type`, or nullptr when the type links nothing (a price, an age, a URL).
const ContactKind* FindContactKind(std::string_view type);
inline bool IsContactKind(std::string_view type) {
  return FindContactKind(type) != nullptr;
}

// The kinds as an SQL list for `type IN (...)`: "'phone', 'email', …".
std::string ContactKindsSql();

// A value's kind from its form, for a value given without one (`ariadne network --selector`):
// "+…" a phone, "…@…" an e-mail, "btc:"/"eth:"/"trx:…" a wallet, a payment app's name before the
// colon a payment tag ("revolut:name", "vipps:84440": core/payment_apps.h), a dotted quad or hex
// groups with colons an IP address, two letters, two digits and more letters or digits an IBAN,
// else a handle
// ("platform:name").
std::string_view GuessContactKind(std::string_view value);

}  // namespace ariadne::store
