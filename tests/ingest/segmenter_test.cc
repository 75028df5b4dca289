#include "ingest/reading/segmenter.h"

#include <string>
#include <string_view>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace kg {
namespace {

using ::testing::ElementsAre;
using ::testing::ElementsAreArray;

// The text of each sentence, cut from the input by its span.
std::vector<std::string> SentenceTexts(std::string_view text) {
  std::vector<std::string> out;
  for (const Sentence& s : Segment(text).sentences) {
    out.emplace_back(text.substr(s.begin, s.end - s.begin));
  }
  return out;
}

std::vector<std::string> TokenTexts(std::string_view text) {
  std::vector<std::string> out;
  for (const Token& t : Tokenize(text)) out.emplace_back(t.text);
  return out;
}

struct SplitCase {
  std::string name;
  std::string text;
  std::vector<std::string> sentences;
};

void PrintTo(const SplitCase& c, std::ostream* os) { *os << c.name; }

class SentenceSplitTest : public ::testing::TestWithParam<SplitCase> {};

TEST_P(SentenceSplitTest, Splits) {
  EXPECT_THAT(SentenceTexts(GetParam().text), ElementsAreArray(GetParam().sentences));
}

INSTANTIATE_TEST_SUITE_P(
    Cases, SentenceSplitTest,
    ::testing::Values(
        SplitCase{"Plain",
                  "The Senate met. It adopted the law! Was it signed? Yes.",
                  {"The Senate met.", "It adopted the law!", "Was it signed?", "Yes."}},
        SplitCase{"Initial",
                  "The rector is K. Zhubanov. He spoke.",
                  {"The rector is K. Zhubanov.", "He spoke."}},
        SplitCase{"InitialAfterHyphenatedName",
                  "President Kassym-Jomart K. Tokayev signed the decree. It takes effect.",
                  {"President Kassym-Jomart K. Tokayev signed the decree.", "It takes effect."}},
        SplitCase{"TwoInitials", "A. B. Sadykova was elected.", {"A. B. Sadykova was elected."}},
        SplitCase{"DigraphInitial",
                  "Zh. Ualikhanova and Sh. Abenov attended.",
                  {"Zh. Ualikhanova and Sh. Abenov attended."}},
        SplitCase{"UnitedStates",
                  "He met the U.S. Secretary of State. Talks went well.",
                  {"He met the U.S. Secretary of State.", "Talks went well."}},
        SplitCase{"Titles",
                  "Mr. Smith and Dr. Aliyeva met Prof. Nurlanov. Gen. Ospanov left.",
                  {"Mr. Smith and Dr. Aliyeva met Prof. Nurlanov.", "Gen. Ospanov left."}},
        SplitCase{"Number",
                  "It is Decree No. 5 of the President. It was signed.",
                  {"It is Decree No. 5 of the President.", "It was signed."}},
        SplitCase{"MonthAbbreviation",
                  "On Jan. 5 the board met. On Sept. 1 it closed.",
                  {"On Jan. 5 the board met.", "On Sept. 1 it closed."}},
        SplitCase{"Decimals",
                  "Growth was 1.5 percent. Exports reached 4,100 tonnes.",
                  {"Growth was 1.5 percent.", "Exports reached 4,100 tonnes."}},
        SplitCase{"NumberEndsSentence",
                  "Growth reached 1.5. In 2019 it was 2.",
                  {"Growth reached 1.5.", "In 2019 it was 2."}},
        SplitCase{"Ordinal",
                  "It marks the 30th anniversary. Guests came.",
                  {"It marks the 30th anniversary.", "Guests came."}},
        SplitCase{"QuotedTitleWithPeriodInside",
                  "The President signed the law \"On amnesty.\" It frees 1,000 people.",
                  {"The President signed the law \"On amnesty.\"", "It frees 1,000 people."}},
        SplitCase{"QuotedTitleWithPeriodOutside",
                  "The President signed the law \"On amnesty\". It frees 1,000 people.",
                  {"The President signed the law \"On amnesty\".", "It frees 1,000 people."}},
        SplitCase{"CurlyQuotes",
                  "He signed the law \xE2\x80\x9C"
                  "On amnesty.\xE2\x80\x9D The law is new.",
                  {"He signed the law \xE2\x80\x9C"
                   "On amnesty.\xE2\x80\x9D",
                   "The law is new."}},
        SplitCase{"QuotedTitleAtParagraphEnd",
                  "The Senate adopted the law \"On amnesty.\"",
                  {"The Senate adopted the law \"On amnesty.\""}},
        SplitCase{"PeriodInsideQuotesBeforeLowerCase",
                  "The law \"On amnesty.\" was adopted on Monday.",
                  {"The law \"On amnesty.\" was adopted on Monday."}},
        SplitCase{"QuoteOpensNextSentence",
                  "He spoke. \"We will win,\" he said.",
                  {"He spoke.", "\"We will win,\" he said."}},
        SplitCase{"QuoteClosesAndNextOpens",
                  "\"We won.\" \"Good,\" she said.",
                  {"\"We won.\"", "\"Good,\" she said."}},
        SplitCase{"Parenthesis",
                  "The fund grew (by 5%). Then it fell.",
                  {"The fund grew (by 5%).", "Then it fell."}},
        SplitCase{"LowerCaseAfterPeriod",
                  "See www.gov.kz for details. Done.",
                  {"See www.gov.kz for details.", "Done."}},
        SplitCase{"Ellipsis", "He paused... Then he spoke.", {"He paused...", "Then he spoke."}},
        SplitCase{"SentenceStartsWithNumber",
                  "It grew. 2024 was a good year.",
                  {"It grew.", "2024 was a good year."}},
        SplitCase{"CyrillicInitial",
                  "Ж. Нұрланова сөйледі. Ол келді.",
                  {"Ж. Нұрланова сөйледі.", "Ол келді."}},
        SplitCase{"Cyrillic", "Он приехал. Встреча прошла.", {"Он приехал.", "Встреча прошла."}},
        SplitCase{"EtcEndsSentence",
                  "They built roads, bridges, etc. The work goes on.",
                  {"They built roads, bridges, etc.", "The work goes on."}},
        SplitCase{"ParagraphBreakEndsSentence",
                  "First paragraph without a period\nSecond one.",
                  {"First paragraph without a period", "Second one."}},
        SplitCase{"ParagraphBreakAfterInitial",
                  "Signed by K.\nZhubanov spoke.",
                  {"Signed by K.", "Zhubanov spoke."}},
        SplitCase{"SpacesTrimmed",
                  "  Leading and trailing.   \n\n  Next.  ",
                  {"Leading and trailing.", "Next."}},
        SplitCase{"Empty", "", {}}, SplitCase{"OnlySpace", " \n \n", {}}),
    [](const ::testing::TestParamInfo<SplitCase>& info) { return info.param.name; });

TEST(SegmentTest, ParagraphIndexCountsNonEmptyParagraphs) {
  const std::string text = "One. Two.\n\nThree.\n   \nFour.";
  const SegmentedText segmented = Segment(text);
  ASSERT_EQ(segmented.sentences.size(), 4u);
  EXPECT_EQ(segmented.sentences[0].paragraph, 0);
  EXPECT_EQ(segmented.sentences[1].paragraph, 0);
  EXPECT_EQ(segmented.sentences[2].paragraph, 1);
  EXPECT_EQ(segmented.sentences[3].paragraph, 2);
}

// Text wrapped at a column (cables, plain-text wire copy): a line that
// reaches the column runs on into the next, so a sentence spans lines; a
// short line (a heading, a paragraph's last line) still ends its paragraph.
TEST(UnwrapTest, HardWrappedLinesJoinIntoSentences) {
  const std::string text =
      "BIOGRAPHY NOTES\n"
      "On 2 March, Aidos Kalen, until last week the deputy minister of\n"
      "energy, was named adviser to the Prime Minister, replacing Berik\n"
      "Tolen, who moved to the embassy in Rome. Kalen was born in 1970 and\n"
      "studied law in Almaty before he joined the civil service in the\n"
      "nineties, where he served as a counsellor and then as director.\n"
      "CAREER\n"
      "He speaks three languages.";
  const std::string unwrapped = UnwrapHardWrappedLines(text);
  EXPECT_EQ(unwrapped.size(), text.size());
  EXPECT_THAT(SentenceTexts(unwrapped),
              ElementsAre("BIOGRAPHY NOTES",
                          "On 2 March, Aidos Kalen, until last week the deputy minister of "
                          "energy, was named adviser to the Prime Minister, replacing Berik "
                          "Tolen, who moved to the embassy in Rome.",
                          "Kalen was born in 1970 and "
                          "studied law in Almaty before he joined the civil service in the "
                          "nineties, where he served as a counsellor and then as director.",
                          "CAREER", "He speaks three languages."));
}

// Short lines that stop mid-sentence are headlines and menus, not wrapping:
// with a paragraph written as one long line, every line stays a paragraph.
TEST(UnwrapTest, UnwrappedTextIsUnchanged) {
  const std::string long_line(150, 'x');
  const std::string text =
      "Senate adopts the budget for next year\n"
      "Deputies vote on the law on roads today\n"
      "Ministers meet in the capital this week\n"
      "Parliament opens its session in the autumn\n" +
      long_line + ".";
  EXPECT_EQ(UnwrapHardWrappedLines(text), text);
  // Short lines that each end a sentence are not wrapped either.
  const std::string sentences =
      "The Senate adopted the budget for next year.\n"
      "Deputies voted on the law on roads today.\n"
      "The ministers met in the capital this week.\n"
      "Parliament opened its session in the autumn.\n"
      "The President signed it this morning.";
  EXPECT_EQ(UnwrapHardWrappedLines(sentences), sentences);
}

TEST(SegmentTest, SpansAndTokenOffsetsPointIntoTheText) {
  const std::string text = "Intro.\nThe Senate met on 4 June. It adopted it.";
  const SegmentedText segmented = Segment(text);
  ASSERT_EQ(segmented.sentences.size(), 3u);
  const Sentence& s = segmented.sentences[1];
  EXPECT_EQ(s.begin, 7u);
  EXPECT_EQ(s.end, 32u);
  ASSERT_EQ(s.tokens.size(), 7u);
  for (const Token& t : s.tokens) {
    EXPECT_EQ(text.substr(t.begin, t.end - t.begin), t.text);
  }
  EXPECT_EQ(s.tokens[0].begin, 7u);
  EXPECT_EQ(s.tokens[4].text, "4");
  EXPECT_EQ(s.tokens[4].begin, 25u);
  EXPECT_EQ(s.tokens[6].text, ".");
  EXPECT_EQ(s.tokens[6].end, 32u);
}

struct TokenCase {
  std::string text;
  std::vector<std::string> tokens;
};

void PrintTo(const TokenCase& c, std::ostream* os) { *os << c.text; }

class TokenizeTest : public ::testing::TestWithParam<TokenCase> {};

TEST_P(TokenizeTest, Tokens) {
  EXPECT_THAT(TokenTexts(GetParam().text), ElementsAreArray(GetParam().tokens));
}

INSTANTIATE_TEST_SUITE_P(
    Cases, TokenizeTest,
    ::testing::Values(
        TokenCase{"Kassym-Jomart Tokayev", {"Kassym-Jomart", "Tokayev"}},
        TokenCase{"Ak-Zhol's leader", {"Ak-Zhol", "'s", "leader"}},
        TokenCase{"Kazakhstan\xE2\x80\x99s role", {"Kazakhstan", "\xE2\x80\x99s", "role"}},
        TokenCase{"O'Brien and d'Artagnan", {"O'Brien", "and", "d'Artagnan"}},
        TokenCase{"the U.S. and e.g. this", {"the", "U.S.", "and", "e.g.", "this"}},
        TokenCase{"K. Zhubanov", {"K", ".", "Zhubanov"}},
        TokenCase{"1.5 4,100 30th 1st 22nd 3rd 2025.",
                  {"1.5", "4,100", "30th", "1st", "22nd", "3rd", "2025", "."}},
        TokenCase{"2002-2009 and 2002\xE2\x80\x93"
                  "2009",
                  {"2002", "-", "2009", "and", "2002", "\xE2\x80\x93", "2009"}},
        TokenCase{"04.06.2025", {"04.06.2025"}},
        TokenCase{"5th-largest 10thousand", {"5th", "-", "largest", "10", "thousand"}},
        TokenCase{"\"On amnesty.\"", {"\"", "On", "amnesty", ".", "\""}},
        TokenCase{"(50%), well-being;", {"(", "50", "%", ")", ",", "well-being", ";"}},
        TokenCase{"Астана\xC2\xA0қаласы", {"Астана", "қаласы"}},
        TokenCase{"trailing- 'quoted'", {"trailing", "-", "'", "quoted", "'"}}, TokenCase{"", {}}));

TEST(TokenizeTest, TypesAndBase) {
  const std::vector<Token> tokens = Tokenize("In 2019, 5%", 100);
  ASSERT_EQ(tokens.size(), 5u);
  EXPECT_EQ(tokens[0].type, Token::Type::kWord);
  EXPECT_EQ(tokens[1].type, Token::Type::kNumber);
  EXPECT_EQ(tokens[1].begin, 103u);
  EXPECT_EQ(tokens[1].end, 107u);
  EXPECT_EQ(tokens[2].type, Token::Type::kPunct);
  EXPECT_TRUE(tokens[2].is(','));
  EXPECT_FALSE(tokens[1].is(','));
  EXPECT_EQ(tokens[4].type, Token::Type::kPunct);
}

TEST(TokenizeTest, InvalidUtf8ByteIsAPunctuationTokenNotACrash) {
  const std::vector<Token> tokens = Tokenize(
      "ab\xFF"
      "cd");
  EXPECT_THAT(TokenTexts("ab\xFF"
                         "cd"),
              ElementsAre("ab", "\xFF", "cd"));
  EXPECT_EQ(tokens[1].type, Token::Type::kPunct);
}

TEST(TokenTest, Capitalized) {
  auto first = [](std::string_view text) { return Tokenize(text).front(); };
  EXPECT_TRUE(first("Astana").capitalized());
  EXPECT_TRUE(first("\xC3\x81kim").capitalized());  // Á
  EXPECT_TRUE(first("Қазақстан").capitalized());
  EXPECT_FALSE(first("astana").capitalized());
  EXPECT_FALSE(first("қала").capitalized());
  EXPECT_FALSE(first("2019").capitalized());
  EXPECT_FALSE(first("\"").capitalized());
}

TEST(SegmentTest, LongInputIsLinear) {
  // 50,000 sentences full of initials and abbreviations, in one paragraph;
  // a scan that went back over the paragraph per candidate end would not
  // finish in the test's time limit.
  std::string text;
  for (int i = 0; i < 50000; ++i) text += "Mr. K. Ospanov met Dr. No. 5 at 1.5 p. ";
  const SegmentedText segmented = Segment(text);
  ASSERT_EQ(segmented.sentences.size(), 50000u);
  EXPECT_EQ(segmented.sentences.back().tokens.size(), 15u);
  EXPECT_EQ(segmented.sentences.back().end, text.size() - 1);
}

}  // namespace
}  // namespace kg
