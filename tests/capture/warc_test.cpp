#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "capture/http_body.h"
#include "capture/warc_reader.h"
#include "capture/warc_writer.h"
#include "support/temp_dir.h"

namespace ariadne::capture {
namespace {

std::vector<WarcRecord> ReadAll(const std::string& bytes, size_t max_block = 1 << 20) {
  std::istringstream in(bytes);
  WarcReader reader(in, LooksLikeGzip(bytes), 0, max_block);
  std::vector<WarcRecord> out;
  WarcRecord r;
  while (reader.Next(&r)) out.push_back(r);
  return out;
}

std::string Slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(WarcTest, WrittenRecordsReadBackWithDigestsAndMemberOffsets) {
  testing::TempDir dir;
  auto w = WarcWriter::Create(dir.path(), "t", {{"operator", "test"}});
  ASSERT_TRUE(w.ok()) << w.status().message();
  WarcRecordInfo req{
      "request", "http://s.example/", "application/http;msgtype=request", "", "", "", "", "", {}};
  auto a = (*w)->Write(req, "GET / HTTP/1.1\r\nHost: s.example\r\n\r\n");
  ASSERT_TRUE(a.ok());
  WarcRecordInfo resp{"response",
                      "http://s.example/",
                      "application/http;msgtype=response",
                      a->record_id,
                      "127.0.0.1",
                      "sha1:X",
                      "",
                      "",
                      {}};
  const std::string block = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>hi</p>";
  auto b = (*w)->Write(resp, block);
  ASSERT_TRUE(b.ok());
  const std::string file = Slurp((*w)->current_file());
  std::vector<WarcRecord> recs = ReadAll(file);
  ASSERT_EQ(recs.size(), 3u);
  EXPECT_EQ(recs[0].Get("WARC-Type"), "warcinfo");
  EXPECT_NE(recs[0].block.find("operator: test"), std::string::npos);
  EXPECT_EQ(recs[1].Get("WARC-Type"), "request");
  EXPECT_EQ(recs[2].Get("WARC-Concurrent-To"), a->record_id.substr(1, a->record_id.size() - 2));
  EXPECT_EQ(recs[2].block, block);
  EXPECT_EQ(recs[2].offset, b->offset);
  EXPECT_EQ(recs[2].end, b->offset + b->length);
  Sha1 digest;
  digest.Update(block);
  EXPECT_EQ(recs[2].Get("WARC-Block-Digest"), digest.WarcDigest());
  // Each record is its own gzip member: reading from its offset alone gives it.
  std::vector<WarcRecord> alone = ReadAll(file.substr(static_cast<size_t>(b->offset)));
  ASSERT_EQ(alone.size(), 1u);
  EXPECT_EQ(alone[0].block, block);
}

TEST(WarcTest, PlainWarc10WithBracketsAndDamage) {
  const std::string rec1 =
      "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: <http://s.example/a>\r\n"
      "Content-Length: 5\r\n\r\nhello\r\n\r\n";
  const std::string junk = "garbage that is not a record\r\n";
  const std::string rec2 = "WARC/1.0\r\nWARC-Type: metadata\r\nContent-Length: 2\r\n\r\nok\r\n\r\n";
  std::vector<WarcRecord> recs = ReadAll(rec1 + junk + rec2);
  ASSERT_EQ(recs.size(), 3u);
  EXPECT_EQ(recs[0].Get("WARC-Target-URI"), "http://s.example/a");
  EXPECT_EQ(recs[0].offset, 0);
  EXPECT_FALSE(recs[1].problem.empty());
  EXPECT_EQ(recs[2].Get("WARC-Type"), "metadata");
  EXPECT_EQ(recs[2].offset, static_cast<int64_t>(rec1.size() + junk.size()));
}

TEST(WarcTest, LargeBlocksAreCappedAndTruncatedFilesReported) {
  const std::string big = "WARC/1.1\r\nWARC-Type: resource\r\nContent-Length: 100000\r\n\r\n" +
                          std::string(100000, 'x') + "\r\n\r\n";
  std::vector<WarcRecord> recs = ReadAll(big, 1000);
  ASSERT_EQ(recs.size(), 1u);
  EXPECT_EQ(recs[0].block.size(), 1000u);
  EXPECT_TRUE(recs[0].block_truncated);
  std::vector<WarcRecord> cut = ReadAll(big.substr(0, 500));
  ASSERT_EQ(cut.size(), 1u);
  EXPECT_NE(cut[0].problem.find("ends inside"), std::string::npos);
}

TEST(WarcTest, CorruptGzipKeepsWhatWasReadable) {
  testing::TempDir dir;
  auto w = WarcWriter::Create(dir.path(), "t", {});
  ASSERT_TRUE(w.ok());
  WarcRecordInfo info{"resource", "http://s.example/", "text/plain", "", "", "", "", "", {}};
  ASSERT_TRUE((*w)->Write(info, "first").ok());
  std::string file = Slurp((*w)->current_file());
  file += "\x1f\x8b\x08\x00garbage-not-deflate";
  std::vector<WarcRecord> recs = ReadAll(file);
  ASSERT_GE(recs.size(), 2u);
  EXPECT_EQ(recs[1].block, "first");
}

}  // namespace
}  // namespace ariadne::capture
