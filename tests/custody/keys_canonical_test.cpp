// The case key (sealed with a passphrase or held in clear with mode 0600), signatures, and the
// canonical bytes that third parties re-implement (docs/custody.md): pinned literally here.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <fstream>

#include "core/sha256.h"
#include "custody/canonical.h"
#include "custody/keys.h"
#include "support/temp_dir.h"

namespace ariadne::custody {
namespace {

std::string ReadAll(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

TEST(KeysTest, PassphraseSealedKeyOpensOnlyWithThePassphrase) {
  testing::TempDir dir;
  const KeyPair k = GenerateKeyPair();
  ASSERT_TRUE(SaveKeyPair(dir.path(), k, "correct horse").ok());
  EXPECT_TRUE(*KeyIsSealed(dir.path()));
  const std::string file = ReadAll(dir / "keys" / "case.key");
  EXPECT_NE(file.find("argon2id13"), std::string::npos);
  EXPECT_EQ(file.find(Base64(std::string(reinterpret_cast<const char*>(k.secret_key.data()), 64))),
            std::string::npos);
  Result<KeyPair> opened = LoadKeyPair(dir.path(), "correct horse");
  ASSERT_TRUE(opened.ok()) << opened.status().message();
  EXPECT_EQ(opened->secret_key, k.secret_key);
  EXPECT_EQ(opened->public_key, k.public_key);
  Result<KeyPair> wrong = LoadKeyPair(dir.path(), "wrong");
  ASSERT_FALSE(wrong.ok());
  EXPECT_NE(wrong.status().message().find("wrong passphrase"), std::string::npos);
  Result<KeyPair> none = LoadKeyPair(dir.path(), "");
  ASSERT_FALSE(none.ok());
  EXPECT_NE(none.status().message().find("ARIADNE_PASSPHRASE"), std::string::npos);
  EXPECT_EQ(*LoadPublicKey(dir.path()), k.public_key);
  EXPECT_FALSE(SaveKeyPair(dir.path(), k, "again").ok());  // never overwrites a key
}

TEST(KeysTest, UnsealedKeyIsPrivateToItsOwner) {
  testing::TempDir dir;
  const KeyPair k = GenerateKeyPair();
  ASSERT_TRUE(SaveKeyPair(dir.path(), k, "").ok());
  EXPECT_FALSE(*KeyIsSealed(dir.path()));
  struct stat st {};
  ASSERT_EQ(stat((dir / "keys" / "case.key").c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
  EXPECT_EQ(LoadKeyPair(dir.path(), "")->secret_key, k.secret_key);
}

TEST(KeysTest, SignaturesVerifyAndAnyChangeFails) {
  const KeyPair k = GenerateKeyPair();
  const std::string sig = Sign(k, "tree head");
  EXPECT_TRUE(VerifySignature(k.public_key, "tree head", sig));
  EXPECT_FALSE(VerifySignature(k.public_key, "tree heae", sig));
  EXPECT_FALSE(VerifySignature(GenerateKeyPair().public_key, "tree head", sig));
  std::string bad = *FromBase64(sig);
  bad[5] ^= 1;
  EXPECT_FALSE(VerifySignature(k.public_key, "tree head", Base64(bad)));
  EXPECT_FALSE(VerifySignature(k.public_key, "tree head", "not base64!"));
}

TEST(KeysTest, PublicKeyFileRoundTripsAndFingerprintIsItsSha256) {
  const KeyPair k = GenerateKeyPair();
  const std::string text = PublicKeyFileText(k.public_key);
  EXPECT_EQ(text.rfind("ed25519 ", 0), 0u);
  EXPECT_EQ(*ParsePublicKey(text, "t"), k.public_key);
  EXPECT_FALSE(ParsePublicKey("ed25519 AAAA", "t").ok());
  EXPECT_EQ(Fingerprint(k.public_key),
            Sha256Hex(std::string(reinterpret_cast<const char*>(k.public_key.data()), 32)));
  EXPECT_EQ(KeyId(k.public_key), Fingerprint(k.public_key).substr(0, 16));
}

TEST(CanonicalTest, EventBytesAreLengthPrefixedFieldsInOrder) {
  store::CustodyEventRow e;
  e.seq = 7;
  e.time = "2026-01-02T03:04:05Z";
  e.actor = "alice";
  e.action = "view";
  e.object = "document:42";
  e.hashes = "ab";
  e.details = R"({"x":1})";
  e.tool_version = "0.1.0";
  e.prev_hash = "00";
  EXPECT_EQ(EventCanonical(e),
            "ariadne-custody-event/1\n1:7\n20:2026-01-02T03:04:05Z\n5:alice\n4:view\n"
            "11:document:42\n2:ab\n7:{\"x\":1}\n5:0.1.0\n2:00\n");
  EXPECT_EQ(EventHash(e), Sha256Hex(EventCanonical(e)));
  // A newline inside a field cannot pass for a field boundary.
  store::CustodyEventRow f = e;
  f.actor = "alice\n4:view";
  f.action = "";
  EXPECT_NE(EventHash(f), EventHash(e));
}

TEST(CanonicalTest, SealCoversEveryImportedFieldAndImage) {
  Document d;
  d.id = 3;
  d.source_id = "a1";
  d.text = "call 07700 900123";
  d.provenance.blob_sha256 = std::string(64, 'a');
  d.images.push_back({"p.jpg", std::string(64, 'b'), "stored"});
  const std::string base = DocumentSeal(d, 1);
  EXPECT_NE(DocumentSeal(d, 2), base);  // the import it came from is part of it
  std::vector<Document> changed(12, d);
  changed[0].text += " ";
  changed[1].title = "t";
  changed[2].site = "s";
  changed[3].url = "u";
  changed[4].posted_at = "2026-01-01";
  changed[5].attributes_json = R"({"a":1})";
  changed[6].provenance.line = 9;
  changed[7].provenance.byte_end = 9;
  changed[8].images[0].status = "missing";
  changed[9].images.clear();
  changed[10].id = 4;
  changed[11].provenance.blob_sha256 = std::string(64, 'c');
  for (size_t i = 0; i < changed.size(); ++i) EXPECT_NE(DocumentSeal(changed[i], 1), base) << i;
  EXPECT_EQ(DocumentSeal(d, 1), base);
}

// DocumentSeal hashes the fields as they go by; it must stay the hash of the documented canonical
// text (docs/custody.md), which verifiers written elsewhere rebuild.
TEST(CanonicalTest, SealIsTheHashOfTheCanonicalText) {
  Document d;
  d.id = 12;
  d.source_id = "t#1";
  d.site = "whatsapp";
  d.text = std::string(200000, 'x') + "\n\ncall 07700 900123";
  d.attributes_json = R"({"chat_segment":2})";
  d.provenance = {std::string(64, 'a'), "chat.txt", 3, 10, 200100};
  d.images.push_back({"p.jpg", std::string(64, 'b'), "stored"});
  const std::string canonical = SealCanonical(d, 7);
  EXPECT_EQ(canonical.rfind("ariadne-document-seal/1\n2:12\n1:7\n3:t#1\n", 0), 0u);
  EXPECT_EQ(DocumentSeal(d, 7), Sha256Hex(canonical));
}

// An import seals a chat segment in two steps (its fields on the parse thread, its images as it
// is stored): the seal must be the same bytes' hash, with any number of images.
TEST(CanonicalTest, ASealInTwoStepsIsTheHashOfTheCanonicalText) {
  Document d;
  d.id = 1234567;
  d.source_id = "t#1";
  d.site = "telegram";
  d.text = std::string(100000, 'y') + "\n\nsee you at the hotel";
  d.provenance = {std::string(64, 'a'), "result.json", 40, 1000, 101000};
  for (int images = 0; images <= 3; ++images) {
    const Sha256 before = DocumentSealBeforeImages(d, 9);
    EXPECT_EQ(FinishDocumentSeal(before, d.images), Sha256Hex(SealCanonical(d, 9))) << images;
    EXPECT_EQ(FinishDocumentSeal(before, d.images), DocumentSeal(d, 9)) << images;
    d.images.push_back({"photos/" + std::to_string(images) + ".jpg",
                        images % 2 ? "" : std::string(64, 'b'), images % 2 ? "missing" : "stored"});
  }
  // The hash of the fields before the images does not depend on them.
  const Sha256 before = DocumentSealBeforeImages(d, 9);
  d.images.clear();
  EXPECT_EQ(FinishDocumentSeal(before, {}), DocumentSeal(d, 9));
}

}  // namespace
}  // namespace ariadne::custody
