// LinkCase over a case (link_case.cpp): the stored linkage does not depend on how the documents
// arrived (one import, or two with a link in between, which writes only what changed), and linking
// again changes nothing.
#include "link/link_case.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "capture/import.h"
#include "demo/corpus.h"
#include "pipeline/pipeline.h"
#include "support/temp_dir.h"

namespace ariadne::link {
namespace {

// Everything LinkCase stores, as text.
std::string StoredLinkage(store::CaseStore& s) {
  std::ostringstream out;
  auto clusters = s.Clusters(2, 1000000);
  EXPECT_TRUE(clusters.ok());
  for (const store::StoredCluster& c : *clusters) {
    out << c.id << " " << c.size << " " << c.evidence << " " << c.score << " " << c.band << " "
        << c.parts_json << " " << c.reasons_json << " [";
    for (int64_t d : c.documents) out << d << " ";
    out << "]\n";
  }
  auto links = s.DocumentLinks({});
  EXPECT_TRUE(links.ok());
  for (const store::StoredLink& l : *links) {
    out << l.a << "-" << l.b << " " << l.kind << " " << l.similarity << "\n";
  }
  auto generic = s.GenericValues();
  EXPECT_TRUE(generic.ok());
  for (const store::StoredGeneric& g : *generic) {
    out << g.kind << " " << g.value << " " << g.documents << " " << g.why << "\n";
  }
  return out.str();
}

std::unique_ptr<store::Case> NewCase(const std::filesystem::path& dir) {
  store::CaseInfo info{"link", "tests", "synthetic", 7, "GB", "", "", 0};
  auto c = store::Case::Create(dir, info);
  EXPECT_TRUE(c.ok()) << c.status().message();
  return std::move(c).value();
}

void ImportAndAnalyse(store::Case& c, const std::filesystem::path& file) {
  auto imported = capture::ImportFile(c, file, "", {}, {});
  ASSERT_TRUE(imported.ok()) << imported.status().message();
  auto analysed = pipeline::Analyze(c, {});
  ASSERT_TRUE(analysed.ok()) << analysed.status().message();
}

TEST(LinkCaseTest, TwoImportsLinkLikeOne) {
  testing::TempDir dir;
  {
    // The bench's stream: planted networks whose numbers recur from block to block (a giant
    // cluster), generic site addresses and templates.
    std::ostringstream ads;
    demo::WriteTextOnlyAds(ads, 6000, 20261129);
    std::istringstream lines(ads.str());
    std::ofstream all(dir / "all.jsonl"), first(dir / "first.jsonl"), second(dir / "second.jsonl");
    std::string line;
    for (int n = 0; std::getline(lines, line); ++n) {
      all << line << "\n";
      (n < 4000 ? first : second) << line << "\n";
    }
  }
  auto once = NewCase(dir / "once");
  ImportAndAnalyse(*once, dir / "all.jsonl");
  auto twice = NewCase(dir / "twice");
  ImportAndAnalyse(*twice, dir / "first.jsonl");
  const std::string after_first = StoredLinkage(twice->store());
  ImportAndAnalyse(*twice, dir / "second.jsonl");

  const std::string expected = StoredLinkage(once->store());
  EXPECT_NE(after_first, expected);  // the second import did change the linkage
  EXPECT_EQ(StoredLinkage(twice->store()), expected);
  auto again = LinkCase(*twice);
  ASSERT_TRUE(again.ok()) << again.status().message();
  EXPECT_EQ(StoredLinkage(twice->store()), expected);
  EXPECT_GT(again->clusters, 0);
  EXPECT_GT(again->text_pairs, again->text_links);  // a spanning forest, not every pair
}

}  // namespace
}  // namespace ariadne::link
