// LineReader, and the promise that a huge line costs bounded memory all the
// way through ArticleReader.
#include "ingest/reading/line_reader.h"

#include <algorithm>
#include <istream>
#include <sstream>
#include <streambuf>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "ingest/reading/article_reader.h"
#include "tests/ingest/allocation_tracker.h"

namespace kg {
namespace {

using ::testing::ElementsAre;

// A stream of `head`, then `count` copies of `fill`, then `tail`, generated
// on the fly so the test itself never holds the big line.
class GeneratedStreamBuf : public std::streambuf {
 public:
  GeneratedStreamBuf(std::string head, char fill, size_t count, std::string tail)
      : head_(std::move(head)), fill_(fill), count_(count), tail_(std::move(tail)) {}

 protected:
  int_type underflow() override {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    size_t n = 0;
    while (n < sizeof(chunk_)) {
      if (pos_ < head_.size()) {
        chunk_[n++] = head_[pos_];
      } else if (pos_ < head_.size() + count_) {
        chunk_[n++] = fill_;
      } else if (pos_ < head_.size() + count_ + tail_.size()) {
        chunk_[n++] = tail_[pos_ - head_.size() - count_];
      } else {
        break;
      }
      ++pos_;
    }
    if (n == 0) return traits_type::eof();
    setg(chunk_, chunk_, chunk_ + n);
    return traits_type::to_int_type(chunk_[0]);
  }

 private:
  std::string head_;
  char fill_;
  size_t count_;
  std::string tail_;
  size_t pos_ = 0;
  char chunk_[4096];
};

std::vector<Line> ReadLines(const std::string& input, size_t max_bytes) {
  std::istringstream in(input);
  LineReader reader(in, max_bytes);
  std::vector<Line> lines;
  Line line;
  while (reader.Next(&line)) lines.push_back(line);
  EXPECT_TRUE(reader.status().ok());
  return lines;
}

std::vector<std::string> Texts(const std::vector<Line>& lines) {
  std::vector<std::string> out;
  for (const Line& l : lines) out.push_back(l.text);
  return out;
}

TEST(LineReaderTest, SplitsOnNewlinesAndStripsCarriageReturns) {
  EXPECT_THAT(Texts(ReadLines("a\nbc\r\n\nd\re\r\n", 100)), ElementsAre("a", "bc", "", "d\re"));
  EXPECT_THAT(Texts(ReadLines("a\nb", 100)), ElementsAre("a", "b"));
  EXPECT_THAT(Texts(ReadLines("\n", 100)), ElementsAre(""));
  EXPECT_THAT(Texts(ReadLines("", 100)), ElementsAre());
  EXPECT_THAT(Texts(ReadLines("last\r", 100)), ElementsAre("last"));
}

TEST(LineReaderTest, NumbersLinesFromOne) {
  const std::vector<Line> lines = ReadLines("x\ny\n\nz\n", 100);
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[0].number, 1);
  EXPECT_EQ(lines[3].number, 4);
  EXPECT_EQ(lines[3].text, "z");
}

TEST(LineReaderTest, ByteOrderMarkOnlyOnTheFirstLine) {
  const std::vector<Line> lines = ReadLines("\xEF\xBB\xBFone\n\xEF\xBB\xBFtwo\n", 100);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].text, "one");
  EXPECT_EQ(lines[0].length, 3u);
  EXPECT_EQ(lines[1].text, "\xEF\xBB\xBFtwo");
}

TEST(LineReaderTest, LimitIsInclusive) {
  const std::vector<Line> lines = ReadLines("12345\n12345\r\n123456\n1234567\r\nok\n", 5);
  ASSERT_EQ(lines.size(), 5u);
  EXPECT_FALSE(lines[0].too_long);
  EXPECT_EQ(lines[0].text, "12345");
  EXPECT_FALSE(lines[1].too_long);
  EXPECT_EQ(lines[1].text, "12345");
  EXPECT_TRUE(lines[2].too_long);
  EXPECT_EQ(lines[2].text, "12345");
  EXPECT_EQ(lines[2].length, 6u);
  // The line ending is not part of the length, also when the line is cut.
  EXPECT_TRUE(lines[3].too_long);
  EXPECT_EQ(lines[3].length, 7u);
  EXPECT_FALSE(lines[4].too_long);
  EXPECT_EQ(lines[4].text, "ok");
  EXPECT_EQ(lines[4].number, 5);
}

TEST(LineReaderTest, LongFirstLineWithByteOrderMarkIsCutNotPadded) {
  const std::vector<Line> lines = ReadLines("\xEF\xBB\xBF" + std::string(10, 'a') + "\n", 5);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_TRUE(lines[0].too_long);
  EXPECT_EQ(lines[0].length, 10u);
  EXPECT_EQ(lines[0].text, "aaa");  // what fit under the limit, without the mark
}

TEST(LineReaderTest, LinesSpanningBufferRefills) {
  // Lines around the reader's internal buffer size cross refills.
  const std::string a(70000, 'a');
  const std::string b(131072, 'b');
  const std::vector<Line> lines = ReadLines(a + "\r\n" + b + "\nend", 1 << 20);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0].text, a);
  EXPECT_EQ(lines[1].text, b);
  EXPECT_EQ(lines[2].text, "end");
}

TEST(LineReaderTest, TenMegabyteLineCostsBoundedMemory) {
  constexpr size_t kHuge = 10 << 20;
  GeneratedStreamBuf buffer("first\n", 'x', kHuge, "\nlast\n");
  std::istream in(&buffer);
  LineReader reader(in, /*max_bytes=*/1 << 20);
  Line line;
  kg::testing::StartTrackingAllocations();
  std::vector<std::string> seen;
  std::vector<size_t> lengths;
  while (reader.Next(&line)) {
    seen.push_back(line.too_long ? "<too long>" : line.text);
    lengths.push_back(line.length);
  }
  const size_t largest_allocation = kg::testing::StopTrackingAllocations();
  EXPECT_THAT(seen, ElementsAre("first", "<too long>", "last"));
  EXPECT_THAT(lengths, ElementsAre(5u, kHuge, 4u));
  EXPECT_LT(largest_allocation, size_t{4 << 20});
}

// The same through the whole reader, in both formats: the huge line is
// reported, its neighbours are delivered, and memory stays bounded.
TEST(LineReaderTest, TenMegabyteLineThroughArticleReader) {
  constexpr size_t kHuge = 10 << 20;
  struct Case {
    std::string head, tail;
    std::vector<std::string> ids;
    std::string error;
  };
  const Case cases[] = {
      {"{\"id\": \"a\", \"text\": \"t\"}\n{\"id\": \"huge\", \"text\": \"",
       "\"}\n{\"id\": \"b\", \"text\": \"t\"}\n",
       {"a", "b"},
       "in:2: line of 10485786 bytes is over the limit"},
      {"01.02.2023, 10:00 1\nTitle\nBody.\n01.02.2023, 11:00 2\nTitle\n",
       "\n01.02.2023, 12:00 3\nTitle\nBody.\n",
       {"2023-02-01T10:00#1", "2023-02-01T12:00#3"},
       "in:6: line of 10485760 bytes is over the limit (article at line 4 skipped)"},
  };
  for (const Case& c : cases) {
    GeneratedStreamBuf buffer(c.head, 'x', kHuge, c.tail);
    std::istream in(&buffer);
    std::vector<std::string> ids, errors;
    kg::testing::StartTrackingAllocations();
    const absl::Status status = ArticleReader().ReadStream(
        in, "in",
        [&](Article a) {
          ids.push_back(a.id);
          return absl::OkStatus();
        },
        [&](const BadArticle& bad) { errors.push_back(bad.ToString()); });
    const size_t largest_allocation = kg::testing::StopTrackingAllocations();
    EXPECT_TRUE(status.ok()) << status;
    EXPECT_EQ(ids, c.ids);
    EXPECT_THAT(errors, ElementsAre(c.error));
    EXPECT_LT(largest_allocation, size_t{4 << 20});
  }
}

}  // namespace
}  // namespace kg
