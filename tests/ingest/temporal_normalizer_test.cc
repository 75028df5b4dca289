#include "ingest/time/temporal_normalizer.h"

#include <string>
#include <string_view>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace kg {
namespace {

using ::testing::ElementsAre;
using ::testing::ElementsAreArray;
using ::testing::IsEmpty;

// One expression as a line: type, dates, the text its span covers, flags.
//   "point 2025-06-04 [on 4 June 2025]"
//   "range 2019-01..2019-09 [from January to September 2019]"
//   "since 2023 [since 2023]", "until - [until ...] rel" ('-' = empty date)
std::string Describe(const TimeExpression& e, std::string_view text) {
  auto date = [](const Date& d) { return d.empty() ? std::string("-") : d.ToString(); };
  std::string out;
  switch (e.type) {
    case TimeExpression::Type::kPoint:
      out = "point " + date(e.date);
      break;
    case TimeExpression::Type::kRange:
      out = "range " + date(e.start) + ".." + date(e.end_date);
      break;
    case TimeExpression::Type::kSince:
      out = "since " + date(e.start);
      break;
    case TimeExpression::Type::kUntil:
      out = "until " + date(e.end_date);
      break;
  }
  out += " [" + std::string(text.substr(e.begin, e.end - e.begin)) + "]";
  if (e.relative) out += " rel";
  if (e.as_of) out += " as_of";
  return out;
}

std::vector<std::string> FindAll(std::string_view text, Date article) {
  std::vector<std::string> out;
  for (const TimeExpression& e : TemporalNormalizer().Find(text, article)) {
    out.push_back(Describe(e, text));
  }
  return out;
}

// Thursday.
constexpr Date kThursday(2025, 6, 5);

struct Case {
  std::string text;
  Date article;
  std::vector<std::string> expected;
};

void PrintTo(const Case& c, std::ostream* os) { *os << c.text << " @ " << c.article.ToString(); }

class TemporalNormalizerTest : public ::testing::TestWithParam<Case> {};

TEST_P(TemporalNormalizerTest, Finds) {
  EXPECT_THAT(FindAll(GetParam().text, GetParam().article), ElementsAreArray(GetParam().expected));
}

INSTANTIATE_TEST_SUITE_P(
    WrittenDates, TemporalNormalizerTest,
    ::testing::Values(
        Case{"The Senate adopted the law on 4 June 2025.",
             kThursday,
             {"point 2025-06-04 [on 4 June 2025]"}},
        Case{"It was signed June 4, 2025, in Astana.",
             kThursday,
             {"point 2025-06-04 [June 4, 2025]"}},
        Case{"It was signed on the 4th of June, 2025.",
             kThursday,
             {"point 2025-06-04 [on the 4th of June, 2025]"}},
        Case{"He was appointed on 4 June.", kThursday, {"point 2025-06-04 [on 4 June] rel"}},
        Case{"The decree of June 4 takes effect.", kThursday, {"point 2025-06-04 [of June 4] rel"}},
        Case{"He was appointed on 04.06.2025 by decree.",
             kThursday,
             {"point 2025-06-04 [on 04.06.2025]"}},
        Case{"Published 2025-06-04 at noon.", kThursday, {"point 2025-06-04 [2025-06-04]"}},
        Case{"The board met on Jan. 5, 2020 and on 7 Feb.",
             kThursday,
             {"point 2020-01-05 [on Jan. 5, 2020]", "point 2025-02-07 [on 7 Feb] rel"}},
        Case{"Wednesday 5 January 2022 - 09:30",
             kThursday,
             {"point 2022-01-05 [Wednesday 5 January 2022]"}},
        Case{"ON 4 JUNE 2025 the law passed.", kThursday, {"point 2025-06-04 [ON 4 JUNE 2025]"}},
        Case{"in June 2025", kThursday, {"point 2025-06 [in June 2025]"}},
        Case{"It happened in June.", kThursday, {"point 2025-06 [in June] rel"}},
        Case{"It happened in June.", Date(2025, 3, 10), {"point 2024-06 [in June] rel"}},
        Case{"It happened in December.", Date(2025, 3, 10), {"point 2024-12 [in December] rel"}},
        Case{"It happened in May.", kThursday, {"point 2025-05 [in May] rel"}},
        Case{"She was born in 1975 and elected in 2019.",
             kThursday,
             {"point 1975 [in 1975]", "point 2019 [in 2019]"}},
        Case{"during 2019 and 2020", kThursday, {"point 2019 [during 2019]", "point 2020 [2020]"}},
        Case{"in January and February 2020",
             kThursday,
             {"point 2020-01 [in January]", "point 2020-02 [February 2020]"}},
        Case{"on 4 and 5 June 2025",
             kThursday,
             {"point 2025-06-04 [on 4]", "point 2025-06-05 [5 June 2025]"}},
        Case{"the 2023 elections were held", kThursday, {"point 2023 [2023]"}},
        Case{"the year 2025 was declared", kThursday, {"point 2025 [year 2025]"}},
        Case{"the budget for 2024 and the plan of 2019",
             kThursday,
             {"point 2024 [for 2024]", "point 2019 [of 2019]"}}));

INSTANTIATE_TEST_SUITE_P(
    Modifiers, TemporalNormalizerTest,
    ::testing::Values(
        Case{"in early January", kThursday, {"point 2025-01 [in early January] rel"}},
        Case{"in late 2019", kThursday, {"point 2019 [in late 2019]"}},
        Case{"in mid-2019", kThursday, {"point 2019 [in mid-2019]"}},
        Case{"in mid-January 2020", kThursday, {"point 2020-01 [in mid-January 2020]"}},
        Case{"early 2020 saw growth", kThursday, {"point 2020 [early 2020]"}},
        Case{"at the end of 2019", kThursday, {"point 2019 [at the end of 2019]"}},
        Case{"at the beginning of June",
             kThursday,
             {"point 2025-06 [at the beginning of June] rel"}},
        Case{"in the first half of 2019", kThursday, {"point 2019 [in the first half of 2019]"}},
        Case{"in the spring of 2020", kThursday, {"point 2020 [in the spring of 2020]"}},
        Case{"by the end of 2025", kThursday, {"until 2025 [by the end of 2025]"}},
        Case{"by the end of the year", kThursday, {"until 2025 [by the end of the year] rel"}}));

INSTANTIATE_TEST_SUITE_P(
    Relative, TemporalNormalizerTest,
    ::testing::Values(
        Case{"adopted on Thursday", kThursday, {"point 2025-06-05 [on Thursday] rel"}},
        Case{"adopted on Monday", kThursday, {"point 2025-06-02 [on Monday] rel"}},
        Case{"adopted on Friday", kThursday, {"point 2025-05-30 [on Friday] rel"}},
        Case{"Tokayev said Wednesday", kThursday, {"point 2025-06-04 [Wednesday] rel"}},
        Case{"adopted last Thursday", kThursday, {"point 2025-05-29 [last Thursday] rel"}},
        Case{"will meet next Monday", kThursday, {"point 2025-06-09 [next Monday] rel"}},
        // An explicit date wins over the weekday, even a mismatched one.
        Case{"adopted on Thursday, June 5",
             kThursday,
             {"point 2025-06-05 [on Thursday, June 5] rel"}},
        Case{
            "adopted on Tuesday, June 5", kThursday, {"point 2025-06-05 [on Tuesday, June 5] rel"}},
        Case{"adopted on Thursday, 5 June 2025",
             kThursday,
             {"point 2025-06-05 [on Thursday, 5 June 2025]"}},
        Case{"today", kThursday, {"point 2025-06-05 [today] rel"}},
        Case{"Yesterday, the Senate met.", kThursday, {"point 2025-06-04 [Yesterday] rel"}},
        Case{"the day before yesterday",
             kThursday,
             {"point 2025-06-03 [the day before yesterday] rel"}},
        Case{"tomorrow", kThursday, {"point 2025-06-06 [tomorrow] rel"}},
        Case{"this year", kThursday, {"point 2025 [this year] rel"}},
        Case{"last year", kThursday, {"point 2024 [last year] rel"}},
        Case{"next year", kThursday, {"point 2026 [next year] rel"}},
        Case{"this month", kThursday, {"point 2025-06 [this month] rel"}},
        Case{"last month", kThursday, {"point 2025-05 [last month] rel"}},
        Case{"last month", Date(2025, 1, 15), {"point 2024-12 [last month] rel"}},
        Case{"earlier this year", kThursday, {"point 2025 [earlier this year] rel"}},
        Case{"two years ago", kThursday, {"point 2023 [two years ago] rel"}},
        Case{"3 days ago", kThursday, {"point 2025-06-02 [3 days ago] rel"}},
        Case{"last June", Date(2025, 3, 10), {"point 2024-06 [last June] rel"}},
        Case{"next January", kThursday, {"point 2026-01 [next January] rel"}},
        Case{"as of 1 May", kThursday, {"point 2025-05-01 [as of 1 May] rel as_of"}},
        Case{"as of 1 May 2024", kThursday, {"point 2024-05-01 [as of 1 May 2024] as_of"}},
        Case{"as of today", kThursday, {"point 2025-06-05 [as of today] rel as_of"}}));

// "last week": the finest unit that holds the whole week (Monday to Sunday)
// before the article's; never a day.
INSTANTIATE_TEST_SUITE_P(
    LastWeek, TemporalNormalizerTest,
    ::testing::Values(
        // 26 May - 1 June: two months, one year.
        Case{"last week", kThursday, {"point 2025 [last week] rel"}},
        // 2 - 8 June.
        Case{"last week", Date(2025, 6, 12), {"point 2025-06 [last week] rel"}},
        // 23 - 29 December 2024.
        Case{"last week", Date(2025, 1, 2), {"point 2024-12 [last week] rel"}},
        // 30 December 2024 - 5 January 2025: no unit holds it.
        Case{"last week", Date(2025, 1, 6), {"point - [last week] rel"}},
        Case{"this week", Date(2025, 6, 12), {"point 2025-06 [this week] rel"}}));

INSTANTIATE_TEST_SUITE_P(
    Ranges, TemporalNormalizerTest,
    ::testing::Values(
        Case{"served from 2002 to 2009", kThursday, {"range 2002..2009 [from 2002 to 2009]"}},
        Case{"from January to September 2019",
             kThursday,
             {"range 2019-01..2019-09 [from January to September 2019]"}},
        Case{"from December to March 2020",
             kThursday,
             {"range 2019-12..2020-03 [from December to March 2020]"}},
        Case{"from March 2023 to September 2024",
             kThursday,
             {"range 2023-03..2024-09 [from March 2023 to September 2024]"}},
        Case{"from 4 to 6 June 2025",
             kThursday,
             {"range 2025-06-04..2025-06-06 [from 4 to 6 June 2025]"}},
        Case{"from January to March",
             kThursday,
             {"range 2025-01..2025-03 [from January to March] rel"}},
        Case{"between 2002 and 2009", kThursday, {"range 2002..2009 [between 2002 and 2009]"}},
        Case{"worked 2002-2009 abroad", kThursday, {"range 2002..2009 [2002-2009]"}},
        Case{"worked 2002\u20132009 abroad", kThursday, {"range 2002..2009 [2002\u20132009]"}},
        Case{"in 2008-2016 he led it", kThursday, {"range 2008..2016 [in 2008-2016]"}},
        // The second year cut to two digits, as biographies write it.
        Case{"adviser (1992-95), then", kThursday, {"range 1992..1995 [1992-95]"}},
        Case{"director (1998-01)", kThursday, {"range 1998..2001 [1998-01]"}},
        Case{"in 2003\u201307 he led it", kThursday, {"range 2003..2007 [in 2003\u201307]"}},
        Case{"in 2003 - 07 rooms", kThursday, {"point 2003 [in 2003]"}},
        Case{"code 2003-75", kThursday, {}},
        Case{"adviser (2008).", kThursday, {"point 2008 [2008]"}},
        Case{"adviser (2008 figures)", kThursday, {}},
        Case{"January\u2013March 2019",
             kThursday,
             {"range 2019-01..2019-03 [January\u2013March 2019]"}},
        Case{"on 1-3 June 2025", kThursday, {"range 2025-06-01..2025-06-03 [on 1-3 June 2025]"}},
        Case{"from 2021 until 2024", kThursday, {"range 2021..2024 [from 2021 until 2024]"}},
        Case{"from 2021 through 2024", kThursday, {"range 2021..2024 [from 2021 through 2024]"}},
        Case{"from last year to this year",
             kThursday,
             {"range 2024..2025 [from last year to this year] rel"}},
        Case{"since 2023", kThursday, {"since 2023 [since 2023]"}},
        Case{"since April 2023", kThursday, {"since 2023-04 [since April 2023]"}},
        Case{"since last year", kThursday, {"since 2024 [since last year] rel"}},
        Case{"from 1 July", kThursday, {"since 2024-07-01 [from 1 July] rel"}},
        Case{"from 2019 onwards", kThursday, {"since 2019 [from 2019 onwards]"}},
        Case{"from 2021 to date", kThursday, {"since 2021 [from 2021 to date]"}},
        Case{"from 2019 to the present day",
             kThursday,
             {"since 2019 [from 2019 to the present day]"}},
        Case{"from 2019 to present", kThursday, {"since 2019 [from 2019 to present]"}},
        Case{"until 2019", kThursday, {"until 2019 [until 2019]"}},
        Case{"till March 2020", kThursday, {"until 2020-03 [till March 2020]"}},
        Case{"through 2021", kThursday, {"until 2021 [through 2021]"}},
        Case{"by 2030", kThursday, {"until 2030 [by 2030]"}},
        Case{"strategies up to 2030", kThursday, {"until 2030 [up to 2030]"}}));

// What must not be taken for a time.
INSTANTIATE_TEST_SUITE_P(
    NotTimes, TemporalNormalizerTest,
    ::testing::Values(Case{"Exports reached 4,100 tonnes.", kThursday, {}},
                      Case{"2025 people attended.", kThursday, {}},
                      Case{"In 2025 people voted.", kThursday, {}},
                      Case{"in 1500 schools", kThursday, {}},
                      Case{"Decree No. 2019 was signed by the President.", kThursday, {}},
                      Case{"in the 1990s", kThursday, {}},
                      Case{"Inflation was 2019%.", kThursday, {}},
                      Case{"The law may 5 times be amended.", kThursday, {}},
                      Case{"June Ospanova spoke.", kThursday, {}},
                      // No such day: only the month the text does give is kept.
                      Case{"on 31 June 2025", kThursday, {"point 2025-06 [June 2025]"}},
                      Case{"from 2009 to 2002", kThursday, {}}, Case{"until now", kThursday, {}},
                      Case{"the score was 2-1", kThursday, {}},
                      Case{"in Astana on the border", kThursday, {}}, Case{"", kThursday, {}}));

// Without an article date, relative expressions keep an empty date; written
// ones do not need it.
INSTANTIATE_TEST_SUITE_P(
    NoArticleDate, TemporalNormalizerTest,
    ::testing::Values(
        Case{"yesterday", Date(), {"point - [yesterday] rel"}},
        Case{"in June", Date(), {"point - [in June] rel"}},
        Case{"on Thursday", Date(), {"point - [on Thursday] rel"}},
        Case{"last week", Date(), {"point - [last week] rel"}},
        Case{"last year", Date(), {"point - [last year] rel"}},
        Case{"from January to March", Date(), {"range -..- [from January to March] rel"}},
        Case{"on 4 June 2025", Date(), {"point 2025-06-04 [on 4 June 2025]"}},
        Case{"from January to September 2019",
             Date(),
             {"range 2019-01..2019-09 [from January to September 2019]"}}));

TEST(TemporalNormalizerOffsetsTest, BeginAndEndAreByteOffsetsIncludingThePreposition) {
  const std::string text = "Он said: from 2002 to 2009 and since 4 June.";
  const std::vector<TimeExpression> found = TemporalNormalizer().Find(text, kThursday);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].begin, 11u);  // "Он" is 4 bytes
  EXPECT_EQ(found[0].end, 28u);
  EXPECT_EQ(found[0].type, TimeExpression::Type::kRange);
  EXPECT_EQ(found[0].start, Date(2002));
  EXPECT_EQ(found[0].end_date, Date(2009));
  EXPECT_FALSE(found[0].relative);
  EXPECT_EQ(found[1].begin, 33u);
  EXPECT_EQ(found[1].end, 45u);
  EXPECT_EQ(found[1].type, TimeExpression::Type::kSince);
  EXPECT_EQ(found[1].start, Date(2025, 6, 4));
  EXPECT_TRUE(found[1].date.empty());
}

TEST(TemporalNormalizerOffsetsTest, SeveralExpressionsLeftToRight) {
  EXPECT_THAT(FindAll("He was minister from 2002 to 2009, ambassador since 2019, and was "
                      "appointed adviser on Thursday.",
                      kThursday),
              ElementsAre("range 2002..2009 [from 2002 to 2009]", "since 2019 [since 2019]",
                          "point 2025-06-05 [on Thursday] rel"));
}

// 100 KB of digits, month names and prepositions: finishes, and what it
// returns is ordered and non-overlapping.
TEST(TemporalNormalizerPathologicalTest, LongNoisySentence) {
  const std::string_view pieces[] = {"4",    "June", "2025", "-",     "from", "to",
                                     "in",   "1",    ",",    "since", "May",  "2019-2020",
                                     "mid-", "of",   "the",  "last",  "week", "12.12.2012"};
  std::string text;
  uint32_t state = 12345;
  while (text.size() < 100000) {
    state = state * 1103515245u + 12345u;
    text += pieces[(state >> 16) % std::size(pieces)];
    text += ' ';
  }
  const std::vector<TimeExpression> found = TemporalNormalizer().Find(text, kThursday);
  EXPECT_GT(found.size(), 1000u);
  size_t previous_end = 0;
  for (const TimeExpression& e : found) {
    EXPECT_GE(e.begin, previous_end);
    EXPECT_LT(e.begin, e.end);
    EXPECT_LE(e.end, text.size());
    previous_end = e.end;
  }

  std::string digits(100000, '7');
  for (size_t i = 5; i < digits.size(); i += 6) digits[i] = ' ';
  EXPECT_THAT(TemporalNormalizer().Find(digits, kThursday), IsEmpty());
}

}  // namespace
}  // namespace kg
