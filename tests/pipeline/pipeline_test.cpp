#include "pipeline/pipeline.h"

#include <gtest/gtest.h>

#include "capture/import.h"
#include "support/temp_dir.h"

namespace ariadne::pipeline {
namespace {

class PipelineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store::CaseInfo info{"p", "tests", "synthetic", 7, "GB", "", "", 0};
    auto c = store::Case::Create(dir_ / "case", info);
    ASSERT_TRUE(c.ok()) << c.status().message();
    case_ = std::move(c).value();
  }

  void Import(const std::string& name, const std::string& content) {
    auto r = capture::ImportFile(*case_, dir_.Write(name, content), "", {}, {});
    ASSERT_TRUE(r.ok()) << r.status().message();
  }

  int64_t Analyzed() {
    auto r = Analyze(*case_, {});
    EXPECT_TRUE(r.ok()) << r.status().message();
    return r.ok() ? r->front().documents : -1;
  }

  testing::TempDir dir_;
  std::unique_ptr<store::Case> case_;
};

TEST_F(PipelineTest, StoresSelectorsWithOffsetsIntoTheOriginalTextUsingTheCaseRegion) {
  Import("a.jsonl",
         R"({"id": "1", "text": "Discreet. Call 07700 900123 or mail anna@mail.example"})"
         "\n");
  EXPECT_EQ(Analyzed(), 1);
  auto ids = *case_->store().FindBySourceId("1", "");
  auto selectors = case_->store().SelectorsOf(ids[0]);
  ASSERT_TRUE(selectors.ok());
  bool phone = false;
  for (const auto& s : *selectors) {
    if (s.type == "phone") {
      phone = true;
      EXPECT_EQ(s.value, "+447700900123");  // read as a GB number: the case's region
      EXPECT_EQ(s.raw, "07700 900123");
      EXPECT_EQ(s.start, 15);
      EXPECT_EQ(s.end, 27);
    }
  }
  EXPECT_TRUE(phone);
}

TEST_F(PipelineTest, RunsOnlyOnDocumentsItHasNotSeen) {
  Import("a.jsonl", R"({"id": "1", "text": "Call 07700 900123"})"
                    "\n"
                    R"({"id": "2", "text": "Call 07700 900124"})"
                    "\n");
  EXPECT_EQ(Analyzed(), 2);
  EXPECT_EQ(Analyzed(), 0);
  Import("b.jsonl", R"({"id": "3", "text": "Call 07700 900125"})"
                    "\n");
  EXPECT_EQ(Analyzed(), 1);
  auto shared = case_->store().SelectorSummaries("phone", 1, 10);
  ASSERT_TRUE(shared.ok());
  EXPECT_EQ(shared->size(), 3u);
}

}  // namespace
}  // namespace ariadne::pipeline
