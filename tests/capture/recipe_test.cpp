#include "capture/recipe.h"

#include <gtest/gtest.h>

#include "support/temp_dir.h"
#include "support/test_paths.h"

namespace ariadne::capture {
namespace {

constexpr const char* kRecipe = R"toml(name = "t"
version = 3
country = "GB"
kind = "sex"
[listing]
start = ["/list"]
next = "//a[@rel='next']/@href"
ads = "//a[@class='ad']/@href"
[ad]
url = "/ad/"
id_from_url = "/ad/(\\d+)"
title = "//h1"
text = "//div[@class='text']"
phone = "//span[@class='phone']"
location = "//span[@class='loc']"
date = "//time"
date_format = "%d/%m/%Y %H:%M"
date_zone = "Z"
images = "//img/@src"
[ad.attributes]
age = "//span[@class='age']"
)toml";

TEST(RecipeTest, ExtractsListingLinksAndAdFields) {
  testing::TempDir dir;
  Result<Recipe> r = LoadRecipe(dir.Write("t.toml", kRecipe));
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->version, 3);
  HtmlPage listing = HtmlPage::Parse(
      "<a class='ad' href='/ad/1'>1</a><a class='ad' href='ad/2'>2</a><a rel='next' "
      "href='?p=2'>n</a>",
      "http://s.example/list");
  ListingLinks links = ExtractListing(*r, listing);
  EXPECT_EQ(links.ads,
            (std::vector<std::string>{"http://s.example/ad/1", "http://s.example/ad/2"}));
  EXPECT_EQ(links.next, (std::vector<std::string>{"http://s.example/list?p=2"}));

  HtmlPage ad = HtmlPage::Parse(
      "<h1>Nice  room</h1><div class='text'><p>Line one</p><p>Line two</p></div><span "
      "class='phone'>07700 900321</span><span class='loc'>Leeds</span><time>03/02/2026 "
      "14:05</time><img src='/p/1.jpg'><span class='age'>24</span>",
      "http://s.example/ad/42");
  Result<ExtractedAd> e = ExtractAd(*r, ad);
  ASSERT_TRUE(e.ok()) << e.status().message();
  EXPECT_EQ(e->doc.source_id, "42");
  EXPECT_EQ(e->doc.site, "s.example");
  EXPECT_EQ(e->doc.title, "Nice room");
  EXPECT_EQ(e->doc.text, "Line one\n\nLine two\n07700 900321");
  EXPECT_EQ(e->doc.posted_at, "2026-02-03T14:05:00Z");
  EXPECT_EQ(e->doc.location, "Leeds");
  EXPECT_EQ(e->doc.region, "GB");
  EXPECT_EQ(e->doc.kind, "sex");
  ASSERT_EQ(e->doc.images.size(), 1u);
  EXPECT_EQ(e->doc.images[0].ref, "http://s.example/p/1.jpg");
  EXPECT_NE(e->doc.attributes_json.find("\"age\":\"24\""), std::string::npos);
  EXPECT_TRUE(e->warnings.empty());
}

TEST(RecipeTest, ADateThatDoesNotFitIsKeptWithAWarning) {
  testing::TempDir dir;
  Result<Recipe> r = LoadRecipe(dir.Write("t.toml", kRecipe));
  ASSERT_TRUE(r.ok());
  Result<ExtractedAd> e = ExtractAd(
      *r,
      HtmlPage::Parse("<div class='text'>t</div><time>yesterday</time>", "http://s.example/ad/1"));
  ASSERT_TRUE(e.ok());
  EXPECT_EQ(e->doc.posted_at, "");
  ASSERT_EQ(e->warnings.size(), 1u);
  EXPECT_NE(e->doc.attributes_json.find("yesterday"), std::string::npos);
}

TEST(RecipeTest, APageWithoutTheAdTextIsRefused) {
  testing::TempDir dir;
  Result<Recipe> r = LoadRecipe(dir.Write("t.toml", kRecipe));
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(ExtractAd(*r, HtmlPage::Parse("<p>other</p>", "http://s.example/x")).ok());
}

TEST(RecipeTest, ErrorsNameFileLineAndWhatToDo) {
  testing::TempDir dir;
  Result<Recipe> bad_xpath =
      LoadRecipe(dir.Write("a.toml", "name = \"a\"\n[ad]\ntext = \"//div[\"\n"));
  ASSERT_FALSE(bad_xpath.ok());
  EXPECT_NE(bad_xpath.status().message().find("a.toml:3:"), std::string::npos)
      << bad_xpath.status().message();
  Result<Recipe> unknown =
      LoadRecipe(dir.Write("b.toml", "name = \"b\"\ncolour = 1\n[ad]\ntext = \"//p\"\n"));
  ASSERT_FALSE(unknown.ok());
  EXPECT_NE(unknown.status().message().find("unknown key \"colour\""), std::string::npos);
  Result<Recipe> no_text =
      LoadRecipe(dir.Write("c.toml", "name = \"c\"\n[ad]\ntitle = \"//h1\"\n"));
  ASSERT_FALSE(no_text.ok());
  EXPECT_NE(no_text.status().message().find("needs `text`"), std::string::npos);
  Result<Recipe> syntax = LoadRecipe(dir.Write("d.toml", "name = \n"));
  ASSERT_FALSE(syntax.ok());
  EXPECT_NE(syntax.status().message().find("d.toml:1:"), std::string::npos);
  EXPECT_FALSE(LoadRecipe(dir / "missing.toml").ok());
}

TEST(RecipeTest, TheShippedFixtureRecipeLoads) {
  Result<Recipe> r = LoadRecipe(std::string(ARIADNE_SOURCE_DIR) + "/recipes/fixture-site.toml");
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->name, "fixture-site");
}

TEST(RecipeTest, ExcludedNodesAreRemovedBeforeTheFieldsAreRead) {
  testing::TempDir dir;
  Result<Recipe> r = LoadRecipe(dir.Write("x.toml", R"toml(name = "x"
[ad]
title = "//h1"
text = "//div[@class='text']"
exclude = ["//div[@class='similar']", "//p[@class='promo']//span | //p[@class='promo']"]
)toml"));
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_EQ(r->exclude.size(), 2u);
  HtmlPage page = HtmlPage::Parse(
      "<h1>Rosa</h1><div class='text'><p>Own words. Call 07700 900111</p>"
      "<div class='similar'><h3>Similar ads</h3><p>Mia 07700 900222</p></div>"
      "<p class='promo'>Top ad: <span>Zoe 07700 900333</span></p></div>",
      "http://s.example/ad/1");
  Result<ExtractedAd> e = ExtractAd(*r, page);
  ASSERT_TRUE(e.ok()) << e.status().message();
  EXPECT_EQ(e->doc.text, "Own words. Call 07700 900111");
  // A node inside another removed one goes with it and is listed once; the page itself is left.
  EXPECT_EQ(e->excluded, (std::vector<std::string>{"Similar ads\n\nMia 07700 900222",
                                                   "Top ad: Zoe 07700 900333"}));
  EXPECT_NE(page.MainText().find("07700 900222"), std::string::npos);
  Result<Recipe> bad = LoadRecipe(
      dir.Write("y.toml", "name = \"y\"\n[ad]\ntext = \"//p\"\nexclude = [\"//div[\"]\n"));
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("y.toml:4:"), std::string::npos) << bad.status().message();
}

TEST(RecipeTest, DatesWithoutTimeStayDates) {
  EXPECT_EQ(DateToIso("2026-03-04", "%Y-%m-%d", "Z"), "2026-03-04");
  EXPECT_FALSE(DateToIso("soon", "%Y-%m-%d", ""));
}

}  // namespace
}  // namespace ariadne::capture
