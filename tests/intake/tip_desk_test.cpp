#include "intake/tip_desk.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <set>
#include <thread>

#include "core/sha256.h"
#include "intake/receipt.h"
#include "intake/tip_retention.h"
#include "support/run_command.h"
#include "support/temp_dir.h"
#include "support/test_paths.h"

namespace ariadne::intake {
namespace {

using testing::RunAriadne;

const std::filesystem::path kTexts = std::filesystem::path(ARIADNE_SOURCE_DIR) / "data/intake";

// A real case made the way a user makes one: init, import, analyze. Three ads of different
// personas share one phone (so they cluster); a fourth stands alone.
class TipDeskTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(RunAriadne(dir_.path(),
                         {"init", "case", "--name", "Tips", "--purpose", "tests", "--legal-basis",
                          "synthetic", "--retention-days", "30", "--region", "GB"})
                  .exit_code,
              0);
    dir_.Write(
        "ads.jsonl",
        R"({"id":"a1","site":"s.example","text":"Anna, 21, new in town. Call 07700 900123","posted_at":"2026-03-01"}
{"id":"a2","site":"s.example","text":"Bella, 24, sweet and new. Call 07700 900123","posted_at":"2026-03-02"}
{"id":"a3","site":"s.example","text":"Carla, 29, just arrived. Call 07700 900123","posted_at":"2026-03-03"}
{"id":"a4","site":"s.example","text":"Dora, 33. Write to dora@mail.example","posted_at":"2026-03-04"}
)");
    auto imported = RunAriadne(dir_.path(), {"import", "--case", "case", "ads.jsonl"});
    ASSERT_EQ(imported.exit_code, 0) << imported.err;
    auto analysed = RunAriadne(dir_.path(), {"analyze", "--case", "case"});
    ASSERT_EQ(analysed.exit_code, 0) << analysed.err;
    Result<IntakeTexts> texts = LoadIntakeTexts(kTexts);
    ASSERT_TRUE(texts.ok()) << texts.status().message();
    texts_ = *texts;
  }

  std::unique_ptr<TipDesk> Open(TipDeskOptions options = {}) {
    Result<std::unique_ptr<TipDesk>> desk = TipDesk::Open(dir_ / "case", texts_, options);
    EXPECT_TRUE(desk.ok()) << desk.status().message();
    return desk.ok() ? std::move(desk).value() : nullptr;
  }

  // Every value of one column of the tips table, as stored.
  std::vector<std::string> Column(const std::string& sql) {
    sqlite3* db = nullptr;
    EXPECT_EQ(sqlite3_open((dir_ / "case/case.db").c_str(), &db), SQLITE_OK);
    std::vector<std::string> out;
    sqlite3_exec(
        db, sql.c_str(),
        [](void* o, int, char** v, char**) {
          static_cast<std::vector<std::string>*>(o)->push_back(v[0] ? v[0] : "<null>");
          return 0;
        },
        &out, nullptr);
    sqlite3_close(db);
    return out;
  }

  testing::TempDir dir_;
  IntakeTexts texts_;
};

TEST_F(TipDeskTest, ATipIsLinkedToTheAdsAndClusterOfTheNumberItNames) {
  auto desk = Open();
  ASSERT_NE(desk, nullptr);
  Result<TipReceipt> r = desk->Submit(
      {.lang = "en",
       .text = "The girls in the flat on High Street answer +44 7700 900123 and never go out.",
       .contact = "",
       .consent = true});
  ASSERT_TRUE(r.ok()) << r.status().message();
  Result<std::vector<Tip>> open = desk->List("open", 10);
  ASSERT_TRUE(open.ok());
  ASSERT_EQ(open->size(), 1u);
  const Tip& tip = open->front();
  EXPECT_EQ(tip.row.consent_version, "en/1");
  ASSERT_EQ(tip.links.size(), 1u);
  EXPECT_EQ(tip.links[0].type, "phone");
  EXPECT_EQ(tip.links[0].value, "+447700900123");
  EXPECT_EQ(tip.links[0].documents, (std::vector<int64_t>{1, 2, 3}));
  ASSERT_EQ(tip.links[0].clusters.size(), 1u);
  EXPECT_EQ(tip.links[0].clusters[0], 1);  // a cluster's id is its smallest document id
  EXPECT_EQ(tip.row.text.substr(tip.links[0].start, tip.links[0].end - tip.links[0].start),
            "+44 7700 900123");
}

TEST_F(TipDeskTest, TheReporterReadsStatusAndReplyBackWithTheReceiptOnly) {
  auto desk = Open();
  Result<TipReceipt> r = desk->Submit({.lang = "fr",
                                       .text = "Une annonce demande 300 euros de frais.",
                                       .contact = "Signal: reporter.example",
                                       .consent = true,
                                       .client_address = "127.0.0.1"});
  ASSERT_TRUE(r.ok()) << r.status().message();
  Result<std::optional<TipStatus>> s = desk->StatusOf(r->receipt);
  ASSERT_TRUE(s.ok());
  ASSERT_TRUE(s->has_value());
  EXPECT_EQ((*s)->status, "open");
  EXPECT_EQ((*s)->reply, "");

  Result<Tip> updated = desk->Update(r->id, "in_review", "Merci, nous regardons.", "ana");
  ASSERT_TRUE(updated.ok()) << updated.status().message();
  EXPECT_EQ(updated->row.updated_by, "ana");
  // Typed back in lower case, without hyphens, with O for 0: still the same code.
  std::string typed;
  for (char c : r->receipt) {
    if (c != '-') typed += static_cast<char>(c == '0' ? 'o' : std::tolower(c));
  }
  s = desk->StatusOf(typed);
  ASSERT_TRUE(s.ok() && s->has_value());
  EXPECT_EQ((*s)->status, "in_review");
  EXPECT_EQ((*s)->reply, "Merci, nous regardons.");
  // A status change without a reply keeps the reply.
  ASSERT_TRUE(desk->Update(r->id, "closed", "", "ana").ok());
  s = desk->StatusOf(r->receipt);
  EXPECT_EQ((*s)->status, "closed");
  EXPECT_EQ((*s)->reply, "Merci, nous regardons.");

  Result<std::optional<TipStatus>> unknown = desk->StatusOf(NewReceiptCode());
  ASSERT_TRUE(unknown.ok());
  EXPECT_FALSE(unknown->has_value());
  EXPECT_FALSE(desk->StatusOf("not a code")->has_value());

  // Stored: the keyed hash, never the code; no address unless the desk keeps them.
  const std::string canonical = *CanonicalReceipt(r->receipt);
  for (const std::string& row : Column("SELECT quote(receipt_hash) || text || contact FROM tips")) {
    EXPECT_EQ(row.find(canonical), std::string::npos);
    EXPECT_EQ(row.find(r->receipt), std::string::npos);
  }
  EXPECT_EQ(Column("SELECT client_address FROM tips"), std::vector<std::string>{"<null>"});
  auto keeping = Open({.keep_client_addresses = true});
  ASSERT_TRUE(
      keeping->Submit({.lang = "en", .text = "x", .consent = true, .client_address = "192.0.2.7"})
          .ok());
  EXPECT_EQ(Column("SELECT coalesce(client_address, '<null>') FROM tips ORDER BY id"),
            (std::vector<std::string>{"<null>", "192.0.2.7"}));
}

TEST_F(TipDeskTest, RefusesTipsWithoutConsentInUnknownLanguagesOrOverTheLimits) {
  auto desk = Open();
  Result<TipReceipt> no_consent = desk->Submit({.lang = "en", .text = "hello", .consent = false});
  ASSERT_FALSE(no_consent.ok());
  EXPECT_NE(no_consent.status().message().find("consent"), std::string::npos);
  EXPECT_EQ(desk->Submit({.lang = "xx", .text = "hello", .consent = true}).status().kind(),
            ErrorKind::kInvalidInput);
  EXPECT_EQ(desk->Submit({.lang = "en", .text = std::string(16 * 1024 + 1, 'a'), .consent = true})
                .status()
                .kind(),
            ErrorKind::kInvalidInput);
  EXPECT_EQ(
      desk->Submit({.lang = "en", .text = "ok", .contact = std::string(300, 'c'), .consent = true})
          .status()
          .kind(),
      ErrorKind::kInvalidInput);
  EXPECT_EQ(desk->Update(99, "closed", "", "ana").status().kind(), ErrorKind::kNotFound);
  EXPECT_EQ(desk->Update(1, "deleted", "", "ana").status().kind(), ErrorKind::kInvalidInput);
  EXPECT_EQ(*desk->Count(""), 0);
}

TEST_F(TipDeskTest, ConcurrentSubmissionsAreAllKeptWithDistinctReceipts) {
  auto desk = Open({.connections = 4});
  constexpr int kThreads = 8, kEach = 40;
  std::vector<std::vector<std::string>> receipts(kThreads);
  std::vector<std::vector<std::string>> errors(kThreads);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kEach; ++i) {
        Result<TipReceipt> r = desk->Submit(
            {.lang = "en", .text = "tip " + std::to_string(t * 1000 + i), .consent = true});
        if (r.ok()) {
          receipts[t].push_back(r->receipt);
        } else {
          errors[t].push_back(r.status().message());
        }
      }
    });
  }
  for (auto& th : threads) th.join();
  for (const auto& list : errors) EXPECT_TRUE(list.empty()) << list.front();
  std::set<std::string> all;
  for (const auto& list : receipts) all.insert(list.begin(), list.end());
  EXPECT_EQ(all.size(), static_cast<size_t>(kThreads * kEach));
  EXPECT_EQ(*desk->Count("open"), kThreads * kEach);
}

TEST_F(TipDeskTest, AJobCheckIsKeptOnlyWhenAsked) {
  auto desk = Open();
  Result<int64_t> id = desk->KeepJobCheck("ro", "Munca in Germania, comision 300 euro",
                                          nlohmann::json{{"prompted", nlohmann::json::array()}});
  ASSERT_TRUE(id.ok()) << id.status().message();
  EXPECT_EQ(Column("SELECT consent_version || ' ' || text FROM job_checks"),
            std::vector<std::string>{"ro/1 Munca in Germania, comision 300 euro"});
}

TEST_F(TipDeskTest, ReceiptAndAnswerAreCustodyEventsThatHoldOnlyHashes) {
  auto desk = Open();
  const std::string text = "Workers sleep in the van behind the car wash, call 07700 900123";
  Result<TipReceipt> r = desk->Submit({.lang = "en", .text = text, .consent = true});
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_TRUE(desk->Update(r->id, "in_review", "Thank you, we are looking.", "ana").ok());
  const std::string object = "tip:" + std::to_string(r->id);
  EXPECT_EQ(
      Column("SELECT action || ' ' || actor || ' ' || hashes FROM custody_events WHERE "
             "object = '" +
             object + "' ORDER BY seq"),
      (std::vector<std::string>{"tip.received public " + Sha256Hex(text),
                                "tip.update ana " + Sha256Hex("Thank you, we are looking.")}));
  // The log never holds the words of the tip.
  EXPECT_EQ(Column("SELECT count(*) FROM custody_events WHERE details LIKE '%car wash%'"),
            std::vector<std::string>{"0"});
  auto verified = RunAriadne(dir_.path(), {"verify", "--case", "case"});
  EXPECT_EQ(verified.exit_code, 0) << verified.out << verified.err;
}

TEST_F(TipDeskTest, PurgeDeletesWhatIsOlderThanTheCutoffAndLogsEachDeletion) {
  auto desk = Open();
  Result<TipReceipt> old_tip =
      desk->Submit({.lang = "en", .text = "old tip about 07700 900123", .consent = true});
  Result<TipReceipt> new_tip = desk->Submit({.lang = "en", .text = "new tip", .consent = true});
  ASSERT_TRUE(old_tip.ok() && new_tip.ok());
  ASSERT_TRUE(desk->KeepJobCheck("en", "Job in a warehouse, fee 200 EUR", nlohmann::json{}).ok());
  // Back-date the first tip and the job check, as if they had arrived a year ago.
  Column("UPDATE tips SET received_at = '2025-01-01T00:00:00Z' WHERE id = " +
         std::to_string(old_tip->id));
  Column("UPDATE job_checks SET checked_at = '2025-01-01T00:00:00Z'");

  PurgeOptions dry{.actor = "adm", .dry_run = true};
  Result<PurgeReport> counted = PurgeTips(dir_ / "case", dry);
  ASSERT_TRUE(counted.ok()) << counted.status().message();
  EXPECT_EQ(counted->tips, 1);
  EXPECT_EQ(counted->job_checks, 1);
  EXPECT_EQ(Column("SELECT count(*) FROM tips"), std::vector<std::string>{"2"});

  Result<PurgeReport> purged = PurgeTips(dir_ / "case", {.actor = "adm"});  // 30-day retention
  ASSERT_TRUE(purged.ok()) << purged.status().message();
  EXPECT_EQ(purged->tips, 1);
  EXPECT_EQ(purged->job_checks, 1);
  EXPECT_EQ(Column("SELECT id FROM tips"), std::vector<std::string>{std::to_string(new_tip->id)});
  EXPECT_EQ(Column("SELECT count(*) FROM tip_links WHERE tip_id = " + std::to_string(old_tip->id)),
            std::vector<std::string>{"0"});
  EXPECT_EQ(Column("SELECT count(*) FROM job_checks"), std::vector<std::string>{"0"});
  EXPECT_EQ(
      Column("SELECT object || ' ' || hashes FROM custody_events WHERE action = 'purge' "
             "ORDER BY seq"),
      (std::vector<std::string>{
          "tip:" + std::to_string(old_tip->id) + " " + Sha256Hex("old tip about 07700 900123"),
          "job_check:1 " + Sha256Hex("Job in a warehouse, fee 200 EUR")}));
  // The reporter's code no longer answers; the other still does.
  EXPECT_FALSE(desk->StatusOf(old_tip->receipt)->has_value());
  EXPECT_TRUE(desk->StatusOf(new_tip->receipt)->has_value());
  auto verified = RunAriadne(dir_.path(), {"verify", "--case", "case"});
  EXPECT_EQ(verified.exit_code, 0) << verified.out << verified.err;
}

TEST_F(TipDeskTest, TheCommandPurgesOneTipOnRequestAndRefusesBadInput) {
  auto desk = Open();
  Result<TipReceipt> r = desk->Submit({.lang = "en", .text = "please delete me", .consent = true});
  ASSERT_TRUE(r.ok());
  const std::string id = std::to_string(r->id);
  auto bad = RunAriadne(dir_.path(), {"tips", "purge", "--case", "case", "--before", "2026-02-30"});
  EXPECT_EQ(bad.exit_code, 65) << bad.err;  // InvalidInput (core/exit_code.h)
  EXPECT_NE(bad.err.find("not a date"), std::string::npos) << bad.err;
  auto unknown = RunAriadne(dir_.path(), {"tips", "purge", "--case", "case", "--id", "999"});
  EXPECT_NE(unknown.exit_code, 0);
  EXPECT_NE(unknown.err.find("no such tip"), std::string::npos) << unknown.err;
  auto kept = RunAriadne(dir_.path(), {"tips", "purge", "--case", "case"});
  EXPECT_EQ(kept.exit_code, 0) << kept.err;
  EXPECT_NE(kept.out.find("deleted 0 tip(s)"), std::string::npos) << kept.out;
  auto one = RunAriadne(dir_.path(), {"tips", "purge", "--case", "case", "--id", id, "--reason",
                                      "the reporter asked"});
  EXPECT_EQ(one.exit_code, 0) << one.err;
  EXPECT_EQ(Column("SELECT count(*) FROM tips"), std::vector<std::string>{"0"});
  EXPECT_EQ(Column("SELECT json_extract(details, '$.reason') FROM custody_events WHERE action = "
                   "'purge'"),
            std::vector<std::string>{"the reporter asked"});
}

}  // namespace
}  // namespace ariadne::intake
