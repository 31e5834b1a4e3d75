// Evidence bundles through the real binary: a bundle made on one case verifies in a fresh folder
// with nothing but the file and the public key; each kind of tampering with it (a manifest field,
// the signature, a document, a missing or added member, another key) is found and named.
#include <gtest/gtest.h>
#include <poppler-document.h>
#include <poppler-page.h>
#include <zip.h>

#include <fstream>

#include "custody_case.h"
#include "support/zip_member.h"

namespace ariadne {
namespace {

using testing::RunAriadne;
using testing::ZipMember;

std::vector<std::string> ZipNames(const std::filesystem::path& zip_path) {
  int err = 0;
  zip_t* z = zip_open(zip_path.c_str(), ZIP_RDONLY, &err);
  std::vector<std::string> out;
  if (z == nullptr) return out;
  for (zip_int64_t i = 0; i < zip_get_num_entries(z, 0); ++i) {
    out.emplace_back(zip_get_name(z, static_cast<zip_uint64_t>(i), 0));
  }
  zip_discard(z);
  return out;
}

// Replaces (or adds) one member; an empty `name_to_delete` deletes nothing.
void RewriteZip(const std::filesystem::path& zip_path, const std::string& name,
                const std::string& content, const std::string& name_to_delete = "") {
  int err = 0;
  zip_t* z = zip_open(zip_path.c_str(), 0, &err);
  ASSERT_NE(z, nullptr);
  if (!name.empty()) {
    char* copy = static_cast<char*>(malloc(content.size() + 1));
    memcpy(copy, content.data(), content.size());
    zip_source_t* src = zip_source_buffer(z, copy, content.size(), 1);
    ASSERT_GE(zip_file_add(z, name.c_str(), src, ZIP_FL_OVERWRITE), 0);
  }
  if (!name_to_delete.empty()) {
    const zip_int64_t i = zip_name_locate(z, name_to_delete.c_str(), 0);
    ASSERT_GE(i, 0);
    ASSERT_EQ(zip_delete(z, static_cast<zip_uint64_t>(i)), 0);
  }
  ASSERT_EQ(zip_close(z), 0);
}

std::string Replace(std::string s, const std::string& from, const std::string& to) {
  const size_t pos = s.find(from);
  EXPECT_NE(pos, std::string::npos) << from;
  if (pos != std::string::npos) s.replace(pos, from.size(), to);
  return s;
}

class BundleTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    golden_ = new testing::TempDir();
    testing::MakeSyntheticCase(*golden_);
    testing::CommandResult r = RunAriadne(
        golden_->path(), {"export", "--case", "case", "--format", "bundle", "--docs", "1,2,3", "-o",
                          "b.zip", "--authorisation", "warrant 2026/1", "--actor", "dana"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  static void TearDownTestSuite() {
    delete golden_;
    golden_ = nullptr;
  }
  // The bundle and the public key copied to a fresh folder: the case is not there.
  void SetUp() override {
    ASSERT_FALSE(HasFatalFailure());
    std::filesystem::copy_file(golden_->path() / "b.zip", dir_ / "b.zip");
    std::filesystem::copy_file(golden_->path() / "case" / "keys" / "case.pub", dir_ / "case.pub");
  }
  testing::CommandResult VerifyBundle() {
    return RunAriadne(dir_.path(), {"verify-bundle", "b.zip", "--public-key", "case.pub"});
  }
  void ExpectFinding(const testing::CommandResult& r, const std::string& finding) {
    EXPECT_EQ(r.exit_code, 65) << r.out << r.err;
    EXPECT_NE(r.out.find(finding), std::string::npos) << "want: " << finding << "\ngot:\n" << r.out;
  }

  static testing::TempDir* golden_;
  testing::TempDir dir_;
};

testing::TempDir* BundleTest::golden_ = nullptr;

TEST_F(BundleTest, BundleFromOneCaseVerifiesInAFreshFolder) {
  testing::CommandResult r = VerifyBundle();
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("verified: "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("3 documents"), std::string::npos) << r.out;
  // Without --public-key it uses the bundle's own key and says to compare its fingerprint.
  r = RunAriadne(dir_.path(), {"verify-bundle", "b.zip"});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.err.find("compare its fingerprint"), std::string::npos) << r.err;
}

TEST_F(BundleTest, BundleHoldsOriginalsDocumentsCustodyManifestAndReports) {
  const std::vector<std::string> names = ZipNames(dir_ / "b.zip");
  auto has = [&](const std::string& n) {
    return std::find(names.begin(), names.end(), n) != names.end();
  };
  for (const char* n :
       {"manifest.json", "manifest.sig", "documents.json", "keys/case.pub",
        "custody/checkpoint.json", "custody/events.jsonl", "report.html", "report.pdf"}) {
    EXPECT_TRUE(has(n)) << n;
  }
  EXPECT_EQ(std::count_if(names.begin(), names.end(),
                          [](const std::string& n) { return n.rfind("originals/", 0) == 0; }),
            2);  // the ads file and the photo
  // The PDF is a real document whose pages say what the HTML says (read back with poppler).
  const std::string pdf = ZipMember(dir_ / "b.zip", "report.pdf");
  EXPECT_EQ(pdf.substr(0, 5), "%PDF-");
  std::vector<char> pdf_bytes(pdf.begin(), pdf.end());
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(pdf_bytes.data(), static_cast<int>(pdf_bytes.size())));
  ASSERT_NE(doc, nullptr);
  std::string pdf_text;
  for (int i = 0; i < doc->pages(); ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    const poppler::byte_array utf8 = page->text().to_utf8();
    pdf_text.append(utf8.begin(), utf8.end());
  }
  EXPECT_NE(pdf_text.find("Evidence bundle: custody"), std::string::npos) << pdf_text;
  EXPECT_NE(pdf_text.find("Document #3"), std::string::npos) << pdf_text;
  EXPECT_NE(pdf_text.find("warrant 2026/1"), std::string::npos) << pdf_text;
  const std::string html = ZipMember(dir_ / "b.zip", "report.html");
  EXPECT_NE(html.find("07700 900123"), std::string::npos);
  EXPECT_NE(html.find("warrant 2026/1"), std::string::npos);
  const nlohmann::json m = nlohmann::json::parse(ZipMember(dir_ / "b.zip", "manifest.json"));
  EXPECT_EQ(m["made_by"], "dana");
  EXPECT_EQ(m["provenance"]["@type"], "investigation:ProvenanceRecord");
  EXPECT_EQ(m["provenance"]["actions"][0]["uco-action:performer"], "dana");
  EXPECT_EQ(m["provenance"]["actions"][0]["investigation:relevantAuthorization"]
             ["investigation:authorizationIdentifier"],
            "warrant 2026/1");
  // The export is itself in the custody excerpt, and in the case's log with the bundle's hash.
  EXPECT_NE(ZipMember(dir_ / "b.zip", "custody/events.jsonl").find("export.bundle"),
            std::string::npos);
  const std::vector<std::string> exported = testing::SqlColumn(
      golden_->path() / "case", "SELECT hashes FROM custody_events WHERE action = 'export'");
  ASSERT_EQ(exported.size(), 1u);
  EXPECT_EQ(exported[0].size(), 64u);
}

TEST_F(BundleTest, ChangedManifestFieldIsFound) {
  const std::string manifest = ZipMember(dir_ / "b.zip", "manifest.json");
  RewriteZip(dir_ / "b.zip", "manifest.json",
             Replace(manifest, "\"made_by\": \"dana\"", "\"made_by\": \"eve\""));
  ExpectFinding(VerifyBundle(), "manifest.json: signature invalid");
}

TEST_F(BundleTest, ChangedSignatureIsFound) {
  std::string sig = ZipMember(dir_ / "b.zip", "manifest.sig");
  sig[3] = sig[3] == 'A' ? 'B' : 'A';
  RewriteZip(dir_ / "b.zip", "manifest.sig", sig);
  ExpectFinding(VerifyBundle(), "manifest.json: signature invalid");
}

TEST_F(BundleTest, ChangedDocumentIsFound) {
  const std::string docs = ZipMember(dir_ / "b.zip", "documents.json");
  RewriteZip(dir_ / "b.zip", "documents.json",
             Replace(docs, "new number 07700 900555", "new number 07700 900556"));
  testing::CommandResult r = VerifyBundle();
  ExpectFinding(r, "documents.json: content altered (SHA-256 differs from the manifest)");
  ExpectFinding(r, "document 3: content differs from its seal (altered)");
}

TEST_F(BundleTest, MissingOriginalIsFound) {
  std::string original;
  for (const std::string& n : ZipNames(dir_ / "b.zip")) {
    if (n.rfind("originals/", 0) == 0) original = n;
  }
  RewriteZip(dir_ / "b.zip", "", "", original);
  ExpectFinding(VerifyBundle(), original + ": listed in the manifest but missing (removed)");
}

TEST_F(BundleTest, AddedMemberIsFound) {
  RewriteZip(dir_ / "b.zip", "originals/extra", "planted");
  ExpectFinding(VerifyBundle(), "originals/extra: in the bundle but not in the manifest (added)");
}

TEST_F(BundleTest, AlteredCustodyEventIsFound) {
  const std::string events = ZipMember(dir_ / "b.zip", "custody/events.jsonl");
  RewriteZip(dir_ / "b.zip", "custody/events.jsonl",
             Replace(events, "\"actor\":\"alice\"", "\"actor\":\"mallory\""));
  testing::CommandResult r = VerifyBundle();
  ExpectFinding(r, "custody/events.jsonl: content altered");
  ExpectFinding(r, "content altered (hash mismatch)");
}

TEST_F(BundleTest, AnotherKeyIsFound) {
  testing::TempDir other;
  ASSERT_EQ(RunAriadne(other.path(), {"init", "c2", "--name", "n", "--purpose", "p",
                                      "--legal-basis", "l", "--retention-days", "1"})
                .exit_code,
            0);
  std::filesystem::copy_file(other / "c2" / "keys" / "case.pub", dir_ / "other.pub");
  testing::CommandResult r =
      RunAriadne(dir_.path(), {"verify-bundle", "b.zip", "--public-key", "other.pub"});
  ExpectFinding(r, "keys/case.pub: not the public key given with --public-key");
  ExpectFinding(r, "manifest.json: signature invalid");
}

TEST_F(BundleTest, ClusterAndQuerySelectionsMakeBundles) {
  testing::TempDir d;
  testing::CopyTree(golden_->path() / "case", d / "case");
  const std::string cluster =
      testing::SqlColumn(d / "case", "SELECT min(cluster_id) FROM cluster_members").at(0);
  testing::CommandResult r = RunAriadne(d.path(), {"export", "--case", "case", "--format", "bundle",
                                                   "--cluster", "C" + cluster, "-o", "c.zip"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = RunAriadne(d.path(), {"verify-bundle", "c.zip", "--public-key", "case/keys/case.pub"});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  r = RunAriadne(d.path(), {"export", "--case", "case", "--format", "bundle", "--query", "plumber",
                            "-o", "q.zip"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const nlohmann::json docs = nlohmann::json::parse(ZipMember(d / "q.zip", "documents.json"));
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0]["source_id"], "b1");
  r = RunAriadne(d.path(), {"export", "--case", "case", "--format", "bundle", "-o", "x.zip"});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find("needs a selection"), std::string::npos) << r.err;
  // The other export formats still work, and are logged too.
  r = RunAriadne(d.path(), {"export", "--case", "case", "--format", "gexf", "-o", "g.gexf"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(
      testing::SqlColumn(d / "case", "SELECT count(*) FROM custody_events WHERE action = 'export'")
          .at(0),
      "4");  // b.zip (made before the copy), c.zip, q.zip and g.gexf
  r = RunAriadne(d.path(), {"verify", "--case", "case"});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
}

TEST_F(BundleTest, PseudonymisedBundleReplacesContactsConsistently) {
  testing::TempDir d;
  testing::CopyTree(golden_->path() / "case", d / "case");
  testing::CommandResult r =
      RunAriadne(d.path(), {"export", "--case", "case", "--format", "bundle", "--docs", "1,2,3",
                            "--pseudonymise", "--keep", "+447700900555", "-o", "p.zip"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string docs_text = ZipMember(d / "p.zip", "documents.json");
  EXPECT_EQ(docs_text.find("900123"), std::string::npos);
  EXPECT_EQ(docs_text.find("vip@mail.example"), std::string::npos);
  EXPECT_NE(docs_text.find("07700 900555"), std::string::npos);  // kept in clear
  const nlohmann::json docs = nlohmann::json::parse(docs_text);
  // Both spellings of the same number get the same pseudonym, in both documents.
  const std::string t1 = docs[0]["text"], t2 = docs[1]["text"];
  const size_t p1 = t1.find("phone-");
  ASSERT_NE(p1, std::string::npos) << t1;
  const std::string pseudonym = t1.substr(p1, 18);
  EXPECT_NE(t2.find(pseudonym), std::string::npos) << t2;
  for (const std::string& n : ZipNames(d / "p.zip")) EXPECT_NE(n.rfind("originals/", 0), 0u) << n;
  EXPECT_EQ(ZipMember(d / "p.zip", "report.html").find("900123"), std::string::npos);
  r = RunAriadne(d.path(), {"verify-bundle", "p.zip", "--public-key", "case/keys/case.pub"});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.err.find("pseudonymised"), std::string::npos) << r.err;
}

// Bank accounts, wallets and IP addresses link people as phones do (store/contact_kinds.h), and
// are as personal: a pseudonymised bundle replaces them too.
TEST_F(BundleTest, PseudonymisedBundleReplacesAccountsWalletsAndAddresses) {
  testing::TempDir d;
  testing::MakeCaseOfAds(
      d, nlohmann::json{{"id", "m1"},
                        {"site", "jobs.example"},
                        {"text",
                         "Visa fee first: transfer 300 EUR to GB82 WEST 1234 5698 7654 32 or "
                         "BTC 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2; our office logs in from "
                         "198.51.100.23"}}
                 .dump() +
             "\n");
  testing::CommandResult r = RunAriadne(d.path(), {"export", "--case", "case", "--format", "bundle",
                                                   "--docs", "1", "--pseudonymise", "-o", "p.zip"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string docs_text = ZipMember(d / "p.zip", "documents.json");
  for (const char* value :
       {"GB82", "WEST12345698765432", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", "198.51.100.23"}) {
    EXPECT_EQ(docs_text.find(value), std::string::npos) << value << " in " << docs_text;
  }
  for (const char* pseudonym : {"iban-", "crypto-", "ip-"}) {
    EXPECT_NE(docs_text.find(pseudonym), std::string::npos) << pseudonym << " in " << docs_text;
  }
  EXPECT_EQ(ZipMember(d / "p.zip", "report.html").find("198.51.100.23"), std::string::npos);
}

}  // namespace
}  // namespace ariadne
