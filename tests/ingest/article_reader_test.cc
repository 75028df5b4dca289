// ArticleReader on the agencies' seed text format, format detection and file
// handling. JSON Lines has its own file (json_lines_reader_test.cc).
#include "ingest/reading/article_reader.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "ingest/reading/seed_text_parser.h"
#include "tests/ingest/reader_test_util.h"

namespace kg {
namespace {

using namespace std::string_literals;
using ::kg::testing::ReadResult;
using ::kg::testing::ReadString;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

// Two fictional articles in the seed shape: header, title, credit line, body.
constexpr char kTwoArticles[] =
    "12.03.2024, 09:15 4821\n"
    "Water Ministry opens reservoir in Turkistan region\n"
    "Images | Kazinform\n"
    "The Ministry of Water Resources opened a reservoir on Tuesday.\n"
    "Officials said it will irrigate 12,000 hectares.\n"
    "\n"
    "11.03.2024, 17:02 377\n"
    "Senate approves budget amendments\n"
    "The Senate approved amendments to the budget.\n";

TEST(SeedTextTest, ReadsArticlesInFileOrder) {
  const ReadResult r = ReadString(kTwoArticles);
  ASSERT_TRUE(r.status.ok()) << r.status;
  EXPECT_THAT(r.errors, IsEmpty());
  ASSERT_EQ(r.articles.size(), 2u);

  const Article& first = r.articles[0];
  EXPECT_EQ(first.id, "2024-03-12T09:15#4821");
  EXPECT_EQ(first.date, Date(2024, 3, 12));
  EXPECT_EQ(first.title, "Water Ministry opens reservoir in Turkistan region");
  // The credit line is dropped; body lines become '\n'-separated paragraphs.
  EXPECT_EQ(first.text,
            "The Ministry of Water Resources opened a reservoir on Tuesday.\n"
            "Officials said it will irrigate 12,000 hectares.");
  EXPECT_EQ(first.url, "");
  EXPECT_EQ(first.origin_file, "in.txt");
  EXPECT_EQ(first.origin_line, 1);

  const Article& second = r.articles[1];
  EXPECT_EQ(second.id, "2024-03-11T17:02#377");
  EXPECT_EQ(second.date, Date(2024, 3, 11));
  EXPECT_EQ(second.title, "Senate approves budget amendments");
  EXPECT_EQ(second.text, "The Senate approved amendments to the budget.");
  EXPECT_EQ(second.origin_line, 7);
}

TEST(SeedTextTest, CrlfLineEndingsAreStripped) {
  std::string crlf;
  for (char c : std::string(kTwoArticles)) {
    if (c == '\n') crlf += '\r';
    crlf += c;
  }
  const ReadResult r = ReadString(crlf);
  const ReadResult plain = ReadString(kTwoArticles);
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_THAT(r.errors, IsEmpty());
  for (size_t i = 0; i < 2; ++i) {
    EXPECT_EQ(r.articles[i].id, plain.articles[i].id);
    EXPECT_EQ(r.articles[i].title, plain.articles[i].title);
    EXPECT_EQ(r.articles[i].text, plain.articles[i].text);
    EXPECT_EQ(r.articles[i].ContentHash(), plain.articles[i].ContentHash());
  }
}

TEST(SeedTextTest, ByteOrderMarkIsIgnored) {
  const ReadResult r = ReadString(std::string("\xEF\xBB\xBF") + kTwoArticles);
  EXPECT_THAT(r.errors, IsEmpty());
  EXPECT_THAT(r.ids(), ElementsAre("2024-03-12T09:15#4821", "2024-03-11T17:02#377"));
}

TEST(SeedTextTest, LeadingBlankLinesAndMissingFinalNewline) {
  const ReadResult r = ReadString(
      "\n  \n"
      "01.02.2023, 10:00 1\n"
      "Title\n"
      "Body without a final newline.");
  EXPECT_THAT(r.errors, IsEmpty());
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].origin_line, 3);
  EXPECT_EQ(r.articles[0].text, "Body without a final newline.");
}

TEST(SeedTextTest, CreditLinesAreDroppedButLongOrUnlabelledLinesAreKept) {
  const std::string long_photo_line =
      "Photo: the delegation visited the plant, where workers showed the new line that "
      "produces parts for railway cars and buses.";
  const ReadResult r = ReadString(
      "01.02.2023, 10:00 1\n"
      "Title\n"
      "Photo: press service of the Akimat\n"
      "Images | Akorda\n"
      "Source: the ministry\n" +
      long_photo_line + "\n");
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].text, "Source: the ministry\n" + long_photo_line);
  // Kept apart: the persons a credit names are read from them.
  EXPECT_THAT(r.articles[0].credits,
              ElementsAre("Photo: press service of the Akimat", "Images | Akorda"));
}

TEST(SeedTextTest, IsCreditLine) {
  EXPECT_TRUE(IsCreditLine("Images | Akorda"));
  EXPECT_TRUE(IsCreditLine("  images|gov.kz  "));
  EXPECT_TRUE(IsCreditLine("Photo: press service"));
  EXPECT_TRUE(IsCreditLine("Photo credit: Kazinform"));
  EXPECT_FALSE(IsCreditLine("Images |"));
  EXPECT_FALSE(IsCreditLine("Senate | news"));
  EXPECT_FALSE(IsCreditLine("The photo: a view of the city"));
}

TEST(SeedTextTest, MatchSeedHeader) {
  SeedHeader h;
  EXPECT_EQ(MatchSeedHeader("05.06.2025, 18:03 6316", &h), HeaderMatch::kValid);
  EXPECT_EQ(h.date, Date(2025, 6, 5));
  EXPECT_EQ(h.hour, 18);
  EXPECT_EQ(h.minute, 3);
  EXPECT_EQ(h.count, "6316");
  EXPECT_EQ(MatchSeedHeader(" 29.02.2024,  00:00   7 ", &h), HeaderMatch::kValid);
  EXPECT_EQ(h.date, Date(2024, 2, 29));

  EXPECT_EQ(MatchSeedHeader("29.02.2023, 10:00 7", &h), HeaderMatch::kImpossibleDate);
  EXPECT_EQ(MatchSeedHeader("00.05.2023, 10:00 7", &h), HeaderMatch::kImpossibleDate);
  EXPECT_EQ(MatchSeedHeader("10.13.2023, 10:00 7", &h), HeaderMatch::kImpossibleDate);
  EXPECT_EQ(MatchSeedHeader("10.05.2023, 24:00 7", &h), HeaderMatch::kImpossibleTime);
  EXPECT_EQ(MatchSeedHeader("10.05.2023, 12:60 7", &h), HeaderMatch::kImpossibleTime);

  EXPECT_EQ(MatchSeedHeader("10.05.2023 12:00 7", &h), HeaderMatch::kMalformed);
  EXPECT_EQ(MatchSeedHeader("10.05.2023, 12:00", &h), HeaderMatch::kMalformed);
  EXPECT_EQ(MatchSeedHeader("1.05.2023, 12:00 7", &h), HeaderMatch::kMalformed);
  EXPECT_EQ(MatchSeedHeader("10.05.2023, 9:00 7", &h), HeaderMatch::kMalformed);
  EXPECT_EQ(MatchSeedHeader("10.05.2023,12:00 7", &h), HeaderMatch::kMalformed);
  EXPECT_EQ(MatchSeedHeader("10.05.2023", &h), HeaderMatch::kMalformed);

  EXPECT_EQ(MatchSeedHeader("10.05.2023, the Senate met", &h), HeaderMatch::kNone);
  EXPECT_EQ(MatchSeedHeader("The Senate met on 10.05.2023", &h), HeaderMatch::kNone);
  EXPECT_EQ(MatchSeedHeader("1.5 million people", &h), HeaderMatch::kNone);
  EXPECT_EQ(MatchSeedHeader("1O.O9.2O24, l9:O5 12", &h), HeaderMatch::kMalformed);
  EXPECT_EQ(MatchSeedHeader("10.09.2024, I9:05 12", &h), HeaderMatch::kMalformed);
  EXPECT_EQ(MatchSeedHeader("10.09.2024, Oil prices fell", &h), HeaderMatch::kNone);
  EXPECT_EQ(MatchSeedHeader("lO.lO.lOlO", &h), HeaderMatch::kMalformed);
  EXPECT_EQ(MatchSeedHeader("", &h), HeaderMatch::kNone);
}

// Each bad article is reported at the offending line and skipped; the good
// articles around it are delivered.
struct BadSeedCase {
  std::string name;
  std::string bad_article;  // inserted between two good articles at line 4
  std::string error;        // expected report
};

void PrintTo(const BadSeedCase& c, std::ostream* os) { *os << c.name; }

class BadSeedArticleTest : public ::testing::TestWithParam<BadSeedCase> {};

TEST_P(BadSeedArticleTest, IsReportedAndSkipped) {
  const std::string input =
      "01.02.2023, 10:00 1\n"
      "First title\n"
      "First body.\n" +
      GetParam().bad_article +
      "01.02.2023, 12:00 3\n"
      "Last title\n"
      "Last body.\n";
  const ReadResult r = ReadString(input);
  ASSERT_TRUE(r.status.ok()) << r.status;
  EXPECT_THAT(r.ids(), ElementsAre("2023-02-01T10:00#1", "2023-02-01T12:00#3"));
  EXPECT_THAT(r.errors, ElementsAre(GetParam().error));
  // Nothing of the bad article leaks into its neighbours.
  EXPECT_EQ(r.articles[0].text, "First body.");
  EXPECT_EQ(r.articles[1].text, "Last body.");
}

INSTANTIATE_TEST_SUITE_P(
    Cases, BadSeedArticleTest,
    ::testing::Values(
        BadSeedCase{"ImpossibleDate", "31.04.2023, 11:00 2\nTitle\nBody.\n",
                    "in.txt:4: impossible date in article header \"31.04.2023, 11:00 2\""},
        BadSeedCase{"ImpossibleTime", "01.02.2023, 25:10 2\nTitle\nBody.\n",
                    "in.txt:4: impossible time in article header \"01.02.2023, 25:10 2\""},
        BadSeedCase{"BrokenHeader", "01.02.2023 11:00 2\nTitle\nBody.\n",
                    "in.txt:4: malformed article header \"01.02.2023 11:00 2\" (expected "
                    "DD.MM.YYYY, HH:MM N)"},
        // A letter O typed for a zero: reported, not read as body text of
        // the article before.
        BadSeedCase{"LetterOForZero", "1O.02.2023, 11:00 2\nTitle\nBody.\n",
                    "in.txt:4: malformed article header \"1O.02.2023, 11:00 2\" (expected "
                    "DD.MM.YYYY, HH:MM N)"},
        BadSeedCase{"LetterOForZeroNoComma", "1O.09.2024 19:05\nTitle\nBody.\n",
                    "in.txt:4: malformed article header \"1O.09.2024 19:05\" (expected "
                    "DD.MM.YYYY, HH:MM N)"},
        BadSeedCase{"HeaderWithoutCount", "01.02.2023, 11:00\nTitle\nBody.\n",
                    "in.txt:4: malformed article header \"01.02.2023, 11:00\" (expected "
                    "DD.MM.YYYY, HH:MM N)"},
        BadSeedCase{"InvalidUtf8InBody", "01.02.2023, 11:00 2\nTitle\nGood line.\nBad \xC3\x28.\n",
                    "in.txt:7: invalid UTF-8 at byte offset 4 (article at line 4 skipped)"},
        BadSeedCase{"OverlongUtf8InTitle", "01.02.2023, 11:00 2\nT\xC0\xAF\nBody.\n",
                    "in.txt:5: invalid UTF-8 at byte offset 1 (article at line 4 skipped)"},
        BadSeedCase{"NulByte", "01.02.2023, 11:00 2\nTitle\nBo\0dy.\n"s,
                    "in.txt:6: NUL byte at byte offset 2 (article at line 4 skipped)"},
        BadSeedCase{"EmptyBody", "01.02.2023, 11:00 2\nTitle\nImages | Akorda\n\n",
                    "in.txt:4: article has an empty body"},
        BadSeedCase{"NoTitle", "01.02.2023, 11:00 2\n\n", "in.txt:4: article has no title"},
        BadSeedCase{"DuplicateId", "01.02.2023, 10:00 1\nAgain\nSame header.\n",
                    "in.txt:4: duplicate id 2023-02-01T10:00#1, first seen at line 1"}),
    [](const ::testing::TestParamInfo<BadSeedCase>& info) { return info.param.name; });

TEST(SeedTextTest, LineOverTheLimitSkipsItsArticle) {
  const std::string input = "01.02.2023, 10:00 1\nTitle\n" + std::string(300, 'x') +
                            "\n"
                            "01.02.2023, 12:00 3\nTitle\nShort body.\n";
  const ReadResult r = ReadString(input, ArticleReaderOptions{.max_line_bytes = 100});
  EXPECT_THAT(r.ids(), ElementsAre("2023-02-01T12:00#3"));
  EXPECT_THAT(r.errors,
              ElementsAre("in.txt:3: line of 300 bytes is over the limit (article at line 1 "
                          "skipped)"));
}

TEST(SeedTextTest, TextBeforeTheFirstHeaderIsReportedOnce) {
  const ReadResult r = ReadString(
      "Exported from the agency site\n"
      "second stray line\n"
      "01.02.2023, 10:00 1\nTitle\nBody.\n");
  EXPECT_THAT(r.ids(), ElementsAre("2023-02-01T10:00#1"));
  EXPECT_THAT(r.errors, ElementsAre("in.txt:1: text before the first article header"));
}

TEST(SeedTextTest, BrokenFirstHeaderIsReportedOnceWithoutItsBody) {
  const ReadResult r = ReadString(
      "01.02.2023 10:00 1\nTitle\nBody.\n"
      "01.02.2023, 12:00 3\nTitle\nBody.\n");
  EXPECT_THAT(r.ids(), ElementsAre("2023-02-01T12:00#3"));
  EXPECT_THAT(r.errors, ElementsAre("in.txt:1: malformed article header \"01.02.2023 10:00 1\" "
                                    "(expected DD.MM.YYYY, HH:MM N)"));
}

TEST(SeedTextTest, BadArticleAtTheEndOfTheInput) {
  const ReadResult r = ReadString("01.02.2023, 10:00 1\nTitle\nBody.\n01.02.2023, 11:00 2\nT\n");
  EXPECT_THAT(r.ids(), ElementsAre("2023-02-01T10:00#1"));
  EXPECT_THAT(r.errors, ElementsAre("in.txt:4: article has an empty body"));
}

TEST(DetectFormatTest, LooksAtTheContent) {
  EXPECT_EQ(DetectFormat("{\"id\": 1}\n"), InputFormat::kJsonLines);
  EXPECT_EQ(DetectFormat("\n   {\"id\": 1}\n"), InputFormat::kJsonLines);
  EXPECT_EQ(DetectFormat("\xEF\xBB\xBF{\"id\": 1}"), InputFormat::kJsonLines);
  EXPECT_EQ(DetectFormat("05.06.2025, 18:03 6316\nTitle\n"), InputFormat::kSeedText);
  EXPECT_EQ(DetectFormat("preamble\n05.06.2025, 18:03 6316\n"), InputFormat::kSeedText);
  // A header with an impossible date still says which format this is.
  EXPECT_EQ(DetectFormat("31.02.2025, 18:03 6316\n"), InputFormat::kSeedText);
  // The first line that looks like either format decides.
  EXPECT_EQ(DetectFormat("garbage\n{\"id\": 1}\n05.06.2025, 18:03 6316\n"),
            InputFormat::kJsonLines);
  EXPECT_EQ(DetectFormat("05.06.2025, 18:03 6316\n{\"id\": 1}\n"), InputFormat::kSeedText);
  // A broken header alone does not decide.
  EXPECT_EQ(DetectFormat("05.06.2025 18:03 6316\nTitle\n"), InputFormat::kUnknown);
  EXPECT_EQ(DetectFormat("<html><body>\n"), InputFormat::kUnknown);
  EXPECT_EQ(DetectFormat(""), InputFormat::kUnknown);
}

TEST(ArticleReaderTest, UnknownFormatIsReportedNotFatal) {
  const ReadResult r = ReadString("\n<html>\n<body>hello</body>\n</html>\n");
  EXPECT_TRUE(r.status.ok()) << r.status;
  EXPECT_THAT(r.articles, IsEmpty());
  EXPECT_THAT(r.errors, ElementsAre("in.txt:2: unrecognized format (expected JSON Lines or the "
                                    "agency text format)"));
}

TEST(ArticleReaderTest, EmptyAndBlankInputsHaveNoArticlesAndNoErrors) {
  for (const std::string input : {"", "\n\n", "  \r\n\t\n"}) {
    const ReadResult r = ReadString(input);
    EXPECT_TRUE(r.status.ok());
    EXPECT_THAT(r.articles, IsEmpty());
    EXPECT_THAT(r.errors, IsEmpty());
  }
}

TEST(ArticleReaderTest, ArticleCallbackErrorStopsTheRead) {
  std::istringstream in(kTwoArticles);
  int delivered = 0;
  const absl::Status status = ArticleReader().ReadStream(
      in, "in.txt",
      [&](Article) {
        ++delivered;
        return absl::ResourceExhaustedError("disk full");
      },
      [](const BadArticle&) {});
  EXPECT_EQ(status, absl::ResourceExhaustedError("disk full"));
  EXPECT_EQ(delivered, 1);
}

class ReadFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::path(::testing::TempDir()) /
           ("kg_reader_" +
            std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& content) {
    const std::string path = (dir_ / name).string();
    std::ofstream(path, std::ios::binary) << content;
    return path;
  }

  ReadResult Read(const std::string& path) {
    ReadResult result;
    result.status = ArticleReader().ReadFile(
        path,
        [&](Article a) {
          result.articles.push_back(std::move(a));
          return absl::OkStatus();
        },
        [&](const BadArticle& bad) { result.errors.push_back(bad.ToString()); });
    return result;
  }

  std::filesystem::path dir_;
};

TEST_F(ReadFileTest, ReadsAFileAndNamesItInDiagnostics) {
  const std::string path =
      Write("news.txt", std::string(kTwoArticles) + "02.02.2023, 10:00 9\nNo body\n");
  const ReadResult r = Read(path);
  ASSERT_TRUE(r.status.ok()) << r.status;
  EXPECT_THAT(r.ids(), ElementsAre("2024-03-12T09:15#4821", "2024-03-11T17:02#377"));
  EXPECT_EQ(r.articles[0].origin_file, path);
  EXPECT_THAT(r.errors, ElementsAre(path + ":10: article has an empty body"));
}

TEST_F(ReadFileTest, MissingFileIsNotFound) {
  const ReadResult r = Read((dir_ / "absent.jsonl").string());
  EXPECT_EQ(r.status.code(), absl::StatusCode::kNotFound) << r.status;
  EXPECT_THAT(r.status.message(), ::testing::HasSubstr("absent.jsonl"));
}

// Bad input, not a usage error (which kg reports with exit code 2).
TEST_F(ReadFileTest, DirectoryIsBadInput) {
  const ReadResult r = Read(dir_.string());
  EXPECT_EQ(r.status.code(), absl::StatusCode::kFailedPrecondition) << r.status;
  EXPECT_THAT(r.status.message(), ::testing::HasSubstr("is a directory"));
}

TEST_F(ReadFileTest, DashReadsStandardInput) {
  std::istringstream fake_stdin(kTwoArticles);
  std::streambuf* saved = std::cin.rdbuf(fake_stdin.rdbuf());
  const ReadResult r = Read("-");
  std::cin.rdbuf(saved);
  ASSERT_TRUE(r.status.ok()) << r.status;
  EXPECT_THAT(r.ids(), ElementsAre("2024-03-12T09:15#4821", "2024-03-11T17:02#377"));
  EXPECT_EQ(r.articles[0].origin_file, "-");
}

}  // namespace
}  // namespace kg
