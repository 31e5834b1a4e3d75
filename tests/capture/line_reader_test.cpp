#include "capture/line_reader.h"

#include <gtest/gtest.h>

#include <sstream>

namespace ariadne::capture {
namespace {

TEST(LineReader, GivesNumbersAndByteRanges) {
  std::istringstream in("ab\r\ncde\n\nlast");
  LineReader r(in, 100);
  Line l;
  ASSERT_TRUE(r.Next(&l));
  EXPECT_EQ(l.text, "ab");
  EXPECT_EQ(l.number, 1);
  EXPECT_EQ(l.start, 0);
  EXPECT_EQ(l.end, 4);
  ASSERT_TRUE(r.Next(&l));
  EXPECT_EQ(l.text, "cde");
  EXPECT_EQ(l.start, 4);
  EXPECT_EQ(l.end, 8);
  ASSERT_TRUE(r.Next(&l));
  EXPECT_EQ(l.text, "");
  ASSERT_TRUE(r.Next(&l));
  EXPECT_EQ(l.text, "last");
  EXPECT_EQ(l.number, 4);
  EXPECT_EQ(l.end, 13);
  EXPECT_FALSE(r.Next(&l));
}

TEST(LineReader, SkipsOverLongLinesWithoutKeepingThem) {
  const std::string huge(3 << 20, 'x');  // longer than the 1 MiB read chunk
  std::istringstream in("short\n" + huge + "\nafter\n");
  LineReader r(in, 1000);
  Line l;
  ASSERT_TRUE(r.Next(&l));
  ASSERT_TRUE(r.Next(&l));
  EXPECT_TRUE(l.too_long);
  EXPECT_EQ(l.length, static_cast<int64_t>(huge.size()));
  EXPECT_EQ(l.number, 2);
  ASSERT_TRUE(r.Next(&l));
  EXPECT_FALSE(l.too_long);
  EXPECT_EQ(l.text, "after");
  EXPECT_EQ(l.number, 3);
  EXPECT_EQ(l.start, static_cast<int64_t>(6 + huge.size() + 1));
}

TEST(LineReader, ResumesAtAnOffset) {
  std::istringstream in("one\ntwo\nthree\n");
  LineReader r(in, 100, 4, 2);
  Line l;
  ASSERT_TRUE(r.Next(&l));
  EXPECT_EQ(l.text, "two");
  EXPECT_EQ(l.number, 2);
  EXPECT_EQ(l.start, 4);
}

// A stream that, like a pipe, can be read but not positioned.
class UnseekableBuffer : public std::stringbuf {
 public:
  explicit UnseekableBuffer(const std::string& text) : std::stringbuf(text) {}

 protected:
  pos_type seekoff(off_type, std::ios_base::seekdir, std::ios_base::openmode) override {
    return pos_type(off_type(-1));
  }
  pos_type seekpos(pos_type, std::ios_base::openmode) override { return pos_type(off_type(-1)); }
};

TEST(LineReader, ReadsStreamsThatCannotSeekLikePipes) {
  UnseekableBuffer buffer("one\ntwo\n");
  std::istream in(&buffer);
  LineReader r(in, 100);
  Line l;
  ASSERT_TRUE(r.Next(&l));
  EXPECT_EQ(l.text, "one");
  ASSERT_TRUE(r.Next(&l));
  EXPECT_EQ(l.text, "two");
  EXPECT_FALSE(r.Next(&l));
  EXPECT_FALSE(r.read_error());
}

}  // namespace
}  // namespace ariadne::capture
