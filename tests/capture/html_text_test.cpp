#include "capture/html_text.h"

#include <gtest/gtest.h>

namespace ariadne::capture {
namespace {

TEST(HtmlTextTest, MainTextSkipsBoilerplateAndKeepsParagraphs) {
  HtmlPage p = HtmlPage::Parse(
      "<html><head><title> My  ad </title><style>p{}</style></head><body><nav>Home | "
      "Login</nav><header>Site</header><main><h1>Room</h1><p>Call   me&nbsp;now</p><p>07700 "
      "900123</p><script>var x=1;</script></main><footer>Terms</footer></body></html>",
      "http://s.example/ad/1");
  EXPECT_EQ(p.Title(), "My ad");
  EXPECT_EQ(p.MainText(), "Room\n\nCall me now\n\n07700 900123");
}

TEST(HtmlTextTest, BodyWhenThereIsNoMainAndTitleFromH1) {
  HtmlPage p = HtmlPage::Parse("<body><h1>Heading</h1>text<br>more", "http://s.example/");
  EXPECT_EQ(p.Title(), "Heading");
  EXPECT_EQ(p.MainText(), "Heading\ntext\nmore");
}

TEST(HtmlTextTest, LinksResolvedAgainstBaseWithoutDuplicatesOrFragments) {
  HtmlPage p = HtmlPage::Parse(
      "<head><base href=\"/dir/\"></head><a href=\"a.html#top\">a</a><a href=\"a.html\">again</a>"
      "<a href=\"javascript:alert(1)\">x</a><a href=\"mailto:a@b.example\">m</a><a "
      "href=\"https://other.example/p\">o</a><a href=\"ftp://x.example/\">f</a>",
      "http://s.example/list/page");
  EXPECT_EQ(p.Links(),
            (std::vector<std::string>{"http://s.example/dir/a.html", "https://other.example/p"}));
}

TEST(HtmlTextTest, MainTextLeavesOutListingsOfTheSitesOtherAds) {
  // A "You may also like" widget: items each a link to another ad of the site, a few words each.
  HtmlPage p = HtmlPage::Parse(
      "<body><h1>Rosa</h1><p>Calm and friendly, Leeds centre.</p><p>Call 07700 900111</p>"
      "<div class='more'><h3>You may also like</h3>"
      "<div class='card'><a href='/ad/7'>Sweet Mia new in town</a> 07700 900222</div>"
      "<div class='card'><a href='https://s.example/ad/8'>Zoe real photos</a> 07700 900333</div>"
      "</div></body>",
      "http://s.example/ad/1");
  EXPECT_EQ(p.MainText(), "Rosa\n\nCalm and friendly, Leeds centre.\n\nCall 07700 900111");
}

TEST(HtmlTextTest, MainTextKeepsTheAdsOwnContactLinksAndProse) {
  // Links elsewhere (a messenger, tel:, another site) and one link alone are the ad's own.
  HtmlPage p = HtmlPage::Parse(
      "<body><ul><li><a href='tel:07700900111'>07700 900111</a></li>"
      "<li><a href='https://wa.me/447700900111'>WhatsApp</a></li></ul>"
      "<div><p><a href='/rules'>My rules</a></p><p>No rush.</p></div>"
      "<ul><li><a href='/ad/2'>See my other photos</a></li></ul></body>",
      "http://s.example/ad/1");
  EXPECT_EQ(p.MainText(),
            "07700 900111\n\nWhatsApp\n\nMy rules\n\nNo rush.\n\nSee my other photos");
}

TEST(HtmlTextTest, DeepNestingAndGarbageDoNotCrash) {
  std::string html = "<html><body>";
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += std::string("deep\0text\xff\xfe", 11);
  HtmlPage p = HtmlPage::Parse(html, "http://s.example/");
  (void)p.MainText();
  (void)p.Links();
  HtmlPage empty = HtmlPage::Parse("", "http://s.example/");
  EXPECT_EQ(empty.MainText(), "");
  EXPECT_EQ(empty.Title(), "");
}

}  // namespace
}  // namespace ariadne::capture
