// ArticleReader on JSON Lines input.
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "ingest/reading/article_reader.h"
#include "tests/ingest/reader_test_util.h"

namespace kg {
namespace {

using namespace std::string_literals;
using ::kg::testing::ReadResult;
using ::kg::testing::ReadString;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(JsonLinesTest, ReadsEveryField) {
  const ReadResult r = ReadString(
      R"({"id": "a1", "date": "2024-03-12", "title": " Reservoir opens ", )"
      R"("text": "First paragraph.\nSecond paragraph.", "url": "https://example.org/a1"})"
      "\n");
  ASSERT_TRUE(r.status.ok()) << r.status;
  EXPECT_THAT(r.errors, IsEmpty());
  ASSERT_EQ(r.articles.size(), 1u);
  const Article& a = r.articles[0];
  EXPECT_EQ(a.id, "a1");
  EXPECT_EQ(a.date, Date(2024, 3, 12));
  EXPECT_EQ(a.title, "Reservoir opens");
  EXPECT_EQ(a.text, "First paragraph.\nSecond paragraph.");
  EXPECT_EQ(a.url, "https://example.org/a1");
  EXPECT_EQ(a.origin_file, "in.txt");
  EXPECT_EQ(a.origin_line, 1);
}

TEST(JsonLinesTest, CreditLinesLeaveTheBodyForTheCredits) {
  const ReadResult r = ReadString(
      R"({"id": "c1", "text": "The Senate met.\nPhoto: Aigerim Sadykova\nIt adopted a law."})"
      "\n");
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].text, "The Senate met.\nIt adopted a law.");
  EXPECT_THAT(r.articles[0].credits, ElementsAre("Photo: Aigerim Sadykova"));
  // The credits are content: a changed credit is a changed article.
  Article other = r.articles[0];
  other.credits = {"Photo: Dana Bekova"};
  EXPECT_NE(other.ContentHash(), r.articles[0].ContentHash());
  other.credits.clear();
  Article plain = other;
  EXPECT_EQ(plain.ContentHash(), other.ContentHash());
}

TEST(JsonLinesTest, OptionalFieldsAndIntegerIds) {
  const ReadResult r = ReadString(
      "{\"id\": 17, \"date\": null, \"title\": \"T\", \"text\": \"Body.\"}\n"
      "{\"id\": \"b\", \"text\": \"No date, no title, no url.\"}\n"
      "{\"id\": 18446744073709551615, \"title\": null, \"url\": null, \"text\": \"x\", "
      "\"extra\": [1, {\"nested\": true}]}\n"
      "{\"id\": -3, \"text\": \"negative id\"}\n");
  EXPECT_THAT(r.errors, IsEmpty());
  EXPECT_THAT(r.ids(), ElementsAre("17", "b", "18446744073709551615", "-3"));
  EXPECT_TRUE(r.articles[0].date.empty());
  EXPECT_EQ(r.articles[0].title, "T");
  EXPECT_TRUE(r.articles[1].date.empty());
  EXPECT_EQ(r.articles[1].title, "");
  EXPECT_EQ(r.articles[1].url, "");
  EXPECT_EQ(r.articles[2].title, "");
}

// Numeric ids beyond 64 bits (a database's keys) are kept as the string of
// their digits; the other fields are read as usual.
TEST(JsonLinesTest, HugeIntegerIdsAreKeptAsStrings) {
  const ReadResult r = ReadString(
      "{\"id\": 123456789012345678901234567890, \"date\": \"2024-09-10\", \"title\": \"T\", "
      "\"text\": \"Digits 123456789012345678901234567890 in \\\"text\\\" stay.\"}\n"
      "{\"id\": -98765432109876543210987654321, \"text\": \"negative\"}\n"
      "{\"id\": \"s\", \"text\": \"x\", \"views\": 99999999999999999999999}\n");
  EXPECT_THAT(r.errors, IsEmpty());
  EXPECT_THAT(r.ids(),
              ElementsAre("123456789012345678901234567890", "-98765432109876543210987654321", "s"));
  ASSERT_EQ(r.articles.size(), 3u);
  EXPECT_EQ(r.articles[0].text, "Digits 123456789012345678901234567890 in \"text\" stay.");
  EXPECT_EQ(r.articles[0].date, Date(2024, 9, 10));
}

TEST(JsonLinesTest, CrlfBomBlankLinesAndEscapedCrlf) {
  const ReadResult r = ReadString(
      "\xEF\xBB\xBF{\"id\": \"a\", \"text\": \"One.\\r\\nTwo.\"}\r\n"
      "\r\n"
      "   \n"
      "{\"id\": \"b\", \"text\": \"  \\u00c1kim \\u2013 caf\\u00e9  \"}\r\n");
  EXPECT_THAT(r.errors, IsEmpty());
  ASSERT_THAT(r.ids(), ElementsAre("a", "b"));
  EXPECT_EQ(r.articles[0].text, "One.\nTwo.");
  EXPECT_EQ(r.articles[1].text, "\xC3\x81kim \xE2\x80\x93 caf\xC3\xA9");
  EXPECT_EQ(r.articles[1].origin_line, 4);
}

struct BadLineCase {
  std::string name;
  std::string line;   // becomes line 2, between two good lines
  std::string error;  // expected report
  // The parser's own wording follows the fixed prefix: only "..." is elided.
  bool ends_with_parser_message = false;
};

void PrintTo(const BadLineCase& c, std::ostream* os) { *os << c.name; }

class BadJsonLineTest : public ::testing::TestWithParam<BadLineCase> {};

TEST_P(BadJsonLineTest, IsReportedAndSkipped) {
  const std::string input = "{\"id\": \"first\", \"text\": \"Good.\"}\n" + GetParam().line +
                            "\n{\"id\": \"last\", \"text\": \"Good too.\"}\n";
  const ReadResult r = ReadString(input);
  ASSERT_TRUE(r.status.ok()) << r.status;
  EXPECT_THAT(r.ids(), ElementsAre("first", "last"));
  const std::string& error = GetParam().error;
  if (GetParam().ends_with_parser_message) {
    const std::string prefix = error.substr(0, error.size() - 3);
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_THAT(r.errors[0], ::testing::StartsWith(prefix));
    EXPECT_GT(r.errors[0].size(), prefix.size());  // the parser said why
  } else {
    EXPECT_THAT(r.errors, ElementsAre(error));
  }
}

INSTANTIATE_TEST_SUITE_P(
    Cases, BadJsonLineTest,
    ::testing::Values(
        BadLineCase{"Truncated", R"({"id": "x", "text": "cut off)", "in.txt:2: malformed JSON: ...",
                    true},
        BadLineCase{"TrailingGarbage", R"({"id": "x", "text": "t"} extra)",
                    "in.txt:2: malformed JSON: ...", true},
        BadLineCase{"NotAnObject", R"(["id", "x"])",
                    "in.txt:2: expected a JSON object, got an array"},
        BadLineCase{"MissingId", R"({"text": "t"})", "in.txt:2: missing id"},
        BadLineCase{"EmptyId", R"({"id": "  ", "text": "t"})", "in.txt:2: empty id"},
        BadLineCase{"BooleanId", R"({"id": true, "text": "t"})",
                    "in.txt:2: id must be a string or an integer, not a boolean"},
        BadLineCase{"FractionalId", R"({"id": 1.5, "text": "t"})",
                    "in.txt:2: id must be a string or an integer, not a number"},
        BadLineCase{"MissingText", R"({"id": "x", "title": "t"})", "in.txt:2: missing text"},
        BadLineCase{"NullText", R"({"id": "x", "text": null})",
                    "in.txt:2: text must be a string, not null"},
        BadLineCase{"BlankText", R"({"id": "x", "text": " \n "})", "in.txt:2: empty text"},
        BadLineCase{"TextNotAString", R"({"id": "x", "text": ["a"]})",
                    "in.txt:2: text must be a string, not an array"},
        BadLineCase{"TitleNotAString", R"({"id": "x", "title": 5, "text": "t"})",
                    "in.txt:2: title must be a string or null, not an integer"},
        BadLineCase{"DateWrongShape", R"({"id": "x", "date": "2024-3-1", "text": "t"})",
                    "in.txt:2: date must be \"YYYY-MM-DD\" or null, not \"2024-3-1\""},
        BadLineCase{"DateMonthOnly", R"({"id": "x", "date": "2024-03", "text": "t"})",
                    "in.txt:2: date must be \"YYYY-MM-DD\" or null, not \"2024-03\""},
        BadLineCase{"ImpossibleDate", R"({"id": "x", "date": "2023-02-29", "text": "t"})",
                    "in.txt:2: date must be \"YYYY-MM-DD\" or null, not \"2023-02-29\""},
        BadLineCase{"DateNotAString", R"({"id": "x", "date": 20230201, "text": "t"})",
                    "in.txt:2: date must be a string or null, not an integer"},
        BadLineCase{"InvalidUtf8", "{\"id\": \"x\", \"text\": \"caf\xE9\"}",
                    "in.txt:2: invalid UTF-8 at byte offset 24"},
        BadLineCase{"RawNulByte", "{\"id\": \"x\", \"text\": \"a\0b\"}"s,
                    "in.txt:2: NUL byte at byte offset 22"},
        BadLineCase{"EscapedNul", R"({"id": "x", "text": "a\u0000b"})",
                    "in.txt:2: text: NUL byte at byte offset 1"},
        BadLineCase{"LoneSurrogateEscape", R"({"id": "x", "text": "a\ud800b"})",
                    "in.txt:2: malformed JSON: ...", true},
        BadLineCase{"DuplicateId", R"({"id": "first", "text": "again"})",
                    "in.txt:2: duplicate id first, first seen at line 1"}),
    [](const ::testing::TestParamInfo<BadLineCase>& info) { return info.param.name; });

TEST(JsonLinesTest, BrokenFirstLineDoesNotLoseTheFile) {
  const ReadResult r = ReadString(
      "id,text\n"
      "{\"id\": \"a\", \"text\": \"t\"}\n");
  EXPECT_THAT(r.ids(), ElementsAre("a"));
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_THAT(r.errors[0], ::testing::StartsWith("in.txt:1: malformed JSON: "));
}

TEST(JsonLinesTest, CreditParagraphsAreDropped) {
  const ReadResult r = ReadString(
      "{\"id\": \"a\", \"text\": \"Images | Akorda\\nThe Senate met.\\nPhoto: press "
      "service\\nIt adopted the law.\"}\n"
      "{\"id\": \"b\", \"text\": \"Images | Akorda\"}\n");
  EXPECT_THAT(r.ids(), ElementsAre("a"));
  EXPECT_EQ(r.articles[0].text, "The Senate met.\nIt adopted the law.");
  EXPECT_THAT(r.errors, ElementsAre("in.txt:2: empty text"));
}

TEST(JsonLinesTest, IntegerAndStringIdsShareOneNamespace) {
  const ReadResult r = ReadString(
      "{\"id\": 7, \"text\": \"a\"}\n"
      "{\"id\": \"7\", \"text\": \"b\"}\n");
  EXPECT_THAT(r.ids(), ElementsAre("7"));
  EXPECT_THAT(r.errors, ElementsAre("in.txt:2: duplicate id 7, first seen at line 1"));
}

TEST(JsonLinesTest, LongValuesAreCutInMessages) {
  const ReadResult r =
      ReadString(R"({"id": "x", "date": ")" + std::string(60, '9') + R"(", "text": "t"})");
  EXPECT_THAT(r.errors, ElementsAre("in.txt:1: date must be \"YYYY-MM-DD\" or null, not \"" +
                                    std::string(40, '9') + "...\""));
}

TEST(JsonLinesTest, LineOverTheLimitIsReported) {
  const std::string big = "{\"id\": \"big\", \"text\": \"" + std::string(500, 'y') + "\"}";
  const ReadResult r = ReadString(
      "{\"id\": \"a\", \"text\": \"t\"}\n" + big + "\n{\"id\": \"b\", \"text\": \"t\"}\n",
      ArticleReaderOptions{.max_line_bytes = 100});
  EXPECT_THAT(r.ids(), ElementsAre("a", "b"));
  EXPECT_THAT(r.errors, ElementsAre("in.txt:2: line of " + std::to_string(big.size()) +
                                    " bytes is over the limit"));
}

TEST(JsonLinesTest, FirstLineOverTheLimitStillDetectsJsonLines) {
  const std::string big = "{\"id\": \"big\", \"text\": \"" + std::string(500, 'y') + "\"}";
  const ReadResult r = ReadString(big + "\n{\"id\": \"b\", \"text\": \"t\"}\n",
                                  ArticleReaderOptions{.max_line_bytes = 100});
  EXPECT_THAT(r.ids(), ElementsAre("b"));
  EXPECT_THAT(r.errors, ElementsAre("in.txt:1: line of " + std::to_string(big.size()) +
                                    " bytes is over the limit"));
}

}  // namespace
}  // namespace kg
