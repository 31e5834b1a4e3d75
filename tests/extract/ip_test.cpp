#include <gtest/gtest.h>

#include "extract/test_util.h"

namespace ariadne::extract {
namespace {

using testing::Values;
using V = std::vector<std::string>;

TEST(Ip, DottedQuad) {
  EXPECT_EQ(Values("from 192.0.2.44, then", "ip"), V{"192.0.2.44"});
}

// Defanged addresses, as tips and threat reports copy them, are the address (not a phone).
TEST(Ip, DefangedDotsAreTheAddress) {
  EXPECT_EQ(Values("seen from 203[.]0[.]113[.]45 at 02:14", "ip"), V{"203.0.113.45"});
  EXPECT_EQ(Values("hxxp://198(.)51(.)100(.)7/login", "ip"), V{"198.51.100.7"});
  EXPECT_EQ(Values("ip 192{.}0{.}2.14 per the log", "ip"), V{"192.0.2.14"});
  // The dot as a word in brackets, as reports in any language write it.
  EXPECT_EQ(Values("IOC: 203[dot]0[dot]113[dot]45", "ip"), V{"203.0.113.45"});
  EXPECT_EQ(Values("Melding: 198(DOT)51(dot)100(dot)7 ontvangen", "ip"), V{"198.51.100.7"});
  EXPECT_TRUE(Values("203[dots]0[dots]113[dots]45", "ip").empty());
  EXPECT_TRUE(Values("version 1[.]2[.]3 only", "ip").empty());
  EXPECT_TRUE(Values("256[.]1[.]1[.]1", "ip").empty());
  EXPECT_TRUE(Values("203[.]0[.]113[.]45[.]9", "ip").empty());
  // A sentence's full stop after the address is no fifth octet's dot.
  EXPECT_EQ(Values("The panel sat on 203[.]0[.]113[.]45.", "ip"), V{"203.0.113.45"});
}

TEST(Ip, VersionsDatesAndBadOctetsRejected) {
  EXPECT_TRUE(Values("version 1.2.3.4", "ip").empty());
  EXPECT_TRUE(Values("v10.0.0.1", "ip").empty());
  // Version words of the other languages, and German compounds ending in "version".
  EXPECT_TRUE(Values("Firmware 10.4.2.117 installed", "ip").empty());
  EXPECT_TRUE(Values("Softwareversion 5.12.0.8, Seriennummer", "ip").empty());
  EXPECT_TRUE(Values("Versie 3.18.0.4 geïnstalleerd", "ip").empty());
  EXPECT_TRUE(Values("wersja 2.1.0.4", "ip").empty());
  EXPECT_TRUE(Values("версия 2.1.0.4", "ip").empty());
  EXPECT_TRUE(Values("1.2.3.4.5", "ip").empty());
  EXPECT_TRUE(Values("300.1.1.1", "ip").empty());
  EXPECT_TRUE(Values("10.01.2024.1", "ip").empty());
}

// Issue 5 item 7 (link41; held-out link corpus 15): Danish numbers written in pairs with dots are
// phones in a Danish text, not addresses; elsewhere, or not in pairs, the quad is an address.
TEST(Ip, ADanishNumberInPairsWithDotsIsAPhoneInADanishText) {
  EXPECT_TRUE(Values("Ring 33.43.61.96 i dag", "ip", "DK").empty());
  EXPECT_EQ(Values("Ring 33.43.61.96 i dag", "phone", "DK"), V{"+4533436196"});
  EXPECT_EQ(Values("from 33.43.61.96, then", "ip", "GB"), V{"33.43.61.96"});
  EXPECT_EQ(Values("fra 192.0.2.44 i dag", "ip", "DK"), V{"192.0.2.44"});
}

TEST(Ip, Ipv6InCanonicalForm) {
  EXPECT_EQ(Values("server 2001:DB8:0:0:0:0:0:1 down", "ip"), V{"2001:db8::1"});
  EXPECT_EQ(Values("via 2001:db8::a:1.", "ip"), V{"2001:db8::a:1"});
  EXPECT_EQ(Values("mapped ::ffff:192.0.2.1", "ip").front(), "::ffff:192.0.2.1");
}

// Regression: an IPv4-mapped IPv6 address was reported twice, as IPv6 and as the IPv4 in its tail.
TEST(Ip, Ipv4MappedIpv6IsOneAddress) {
  const auto selectors = testing::Extract("mapped ::ffff:192.0.2.1 and ::FFFF:10.1.2.3.");
  EXPECT_EQ(Values(selectors, "ip"), (V{"::ffff:192.0.2.1", "::ffff:10.1.2.3"}));
  EXPECT_EQ(Values("64:ff9b::198.51.100.7 nat64", "ip"), V{"64:ff9b::c633:6407"});
  // A plain IPv4 after an IPv6 address, and one written right after a colon, are still found.
  EXPECT_EQ(Values("2001:db8::1 then 192.0.2.9", "ip"), (V{"2001:db8::1", "192.0.2.9"}));
  EXPECT_EQ(Values("ip:192.0.2.10 ok", "ip"), V{"192.0.2.10"});
}

TEST(Ip, TimesAndRatiosAreNotIpv6) {
  EXPECT_TRUE(Values("Open 10:30:00 to 22:00", "ip").empty());
  EXPECT_TRUE(Values("score 1:2:3", "ip").empty());
  EXPECT_TRUE(Values("2001:db8:::1 is not valid", "ip").empty());
  EXPECT_TRUE(Values("abc:def:cafe words", "ip").empty());
}

// Two addresses within 8 bytes of each other, whose matches are one hit: both are read.
TEST(Ip, NearbyIpv6AddressesAreBothFound) {
  EXPECT_EQ(Values("2001::1 2001::2", "ip"), (std::vector<std::string>{"2001::1", "2001::2"}));
  EXPECT_EQ(Values("hosts 2001:db8::1, 2001:db8::2 and 2001:db8::3", "ip"),
            (std::vector<std::string>{"2001:db8::1", "2001:db8::2", "2001:db8::3"}));
}

// Issue 3 item 4 (sets 20 and 24's ruling): private, loopback and link-local addresses are the
// same in many homes and join nobody: no selector, and their digits are no phone either.
TEST(Ip, PrivateAddressesAreNoSelectors) {
  EXPECT_TRUE(Values("router at 192.168.0.1, password on the box", "ip").empty());
  EXPECT_TRUE(Values("NAS 10.4.2.17 and 172.16.5.4, dev 127.0.0.1, 169.254.1.9", "ip").empty());
  EXPECT_TRUE(Values("router at 192.168.100.201", "phone", "GB").empty());
  EXPECT_EQ(Values("from 172.32.0.5 and 192.169.1.1", "ip"), V({"172.32.0.5", "192.169.1.1"}));
}

// Issue 3 item 4 (set 26's decoy_private_ip): carrier-grade NAT's shared space (100.64.0.0/10,
// RFC 6598) and IPv6's unique-local (fc00::/7, RFC 4193), link-local (fe80::/10), loopback and
// unspecified addresses are not globally reachable (IANA's special-purpose registries): no
// selectors, and no phone in their digits; the addresses just outside them are.
TEST(Ip, NonGlobalSharedAndUniqueLocalAddressesAreNoSelectors) {
  EXPECT_TRUE(Values("VPN (Tailscale): 100.101.42.7", "ip").empty());
  EXPECT_TRUE(Values("CGNAT 100.64.0.1 and 100.127.255.254", "ip").empty());
  EXPECT_EQ(Values("from 100.63.255.1 and 100.128.0.1", "ip"), V({"100.63.255.1", "100.128.0.1"}));
  EXPECT_TRUE(Values(R"({"client_ip": "fd3a:91c2:7b10::1"})", "ip").empty());
  EXPECT_TRUE(Values("ULA fc00::17, link fe80::1ff:fe23:4567:890a, lo ::1, any ::", "ip").empty());
  EXPECT_EQ(Values("from 2a02:ede0:5cd8:8d74::fce and fe00::1", "ip"),
            V({"2a02:ede0:5cd8:8d74::fce", "fe00::1"}));
  EXPECT_TRUE(Values("router 100.100.100.100", "phone", "GB").empty());
}

}  // namespace
}  // namespace ariadne::extract
