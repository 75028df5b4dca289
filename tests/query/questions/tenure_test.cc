// BuildTenures on hand-made reports: the rules of tenure.h one at a time.
#include "query/questions/tenure.h"

#include <algorithm>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/query/questions/question_graph.h"
#include "tests/query/questions/summaries.h"

namespace kg::questions {
namespace {

using testing::D;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using testing::Summaries;
using Kind = PostReport::Kind;

// A report by `person` (ids from the first letter) seen in article `article`.
PostReport Report(Kind kind, const std::string& person, const char* start, const char* end,
                  const std::string& article) {
  PostReport report;
  report.kind = kind;
  report.person_id = static_cast<NodeId>(person[0]);
  report.person = person;
  if (*start != '\0') report.start = D(start);
  if (*end != '\0') report.end = D(end);
  report.sources = {{article, Date(), "A sentence of " + article + "."}};
  return report;
}
PostReport Appointment(const std::string& person, const char* date, const std::string& article) {
  return Report(Kind::kAppointment, person, date, "", article);
}
PostReport Sighting(const std::string& person, const char* date, const std::string& article) {
  return Report(Kind::kSighting, person, date, "", article);
}

TEST(TenureTest, SuccessorEndsOnlyInSingleHolderPosts) {
  const std::vector<PostReport> reports = {Appointment("Asel", "2019-05-10", "r1"),
                                           Appointment("Bolat", "2021-07-01", "r2")};
  EXPECT_THAT(Summaries(BuildTenures(reports, /*single_holder=*/true)),
              ElementsAre("Asel | 2019-05-10 | 2021-07-01 (inferred) | appointed; succeeded by "
                          "Bolat | r1",
                          "Bolat | 2021-07-01 |  | appointed | r2"));
  EXPECT_THAT(Summaries(BuildTenures(reports, /*single_holder=*/false)),
              ElementsAre("Asel | 2019-05-10 |  | appointed | r1",
                          "Bolat | 2021-07-01 |  | appointed | r2"));
}

TEST(TenureTest, ReappointmentEndsTheEarlierTerm) {
  const std::vector<PostReport> reports = {Appointment("Asel", "2019", "r1"),
                                           Appointment("Bolat", "2021", "r2"),
                                           Appointment("Asel", "2023", "r3")};
  EXPECT_THAT(Summaries(BuildTenures(reports, true)),
              ElementsAre("Asel | 2019 | 2021 (inferred) | appointed; succeeded by Bolat | r1",
                          "Bolat | 2021 | 2023 (inferred) | appointed; succeeded by Asel | r2",
                          "Asel | 2023 |  | appointed | r3"));
  EXPECT_THAT(Summaries(BuildTenures(
                  {Appointment("Asel", "2019", "r1"), Appointment("Asel", "2023", "r3")}, true)),
              ElementsAre("Asel | 2019 | 2023 (inferred) | appointed; reappointed | r1",
                          "Asel | 2023 |  | appointed | r3"));
}

TEST(TenureTest, NoInferenceWhenTheNextStartMayBeTheSameTime) {
  // "2024" may be June or later: the successor is not clearly later.
  EXPECT_THAT(
      Summaries(BuildTenures(
          {Appointment("Asel", "2024", "r1"), Appointment("Bolat", "2024-06-01", "r2")}, true)),
      ElementsAre("Asel | 2024 |  | appointed | r1", "Bolat | 2024-06-01 |  | appointed | r2"));
  // A month is clearly after the year before it.
  EXPECT_THAT(
      Summaries(BuildTenures(
          {Appointment("Asel", "2023", "r1"), Appointment("Bolat", "2024-06", "r2")}, true)),
      ElementsAre("Asel | 2023 | 2024-06 (inferred) | appointed; succeeded by Bolat | r1",
                  "Bolat | 2024-06 |  | appointed | r2"));
}

TEST(TenureTest, AppointmentAndCareerLineAreOneTenure) {
  EXPECT_THAT(Summaries(BuildTenures({Report(Kind::kTenure, "Asel", "2019-05", "2022", "r2"),
                                      Appointment("Asel", "2019-05-10", "r1")},
                                     false)),
              ElementsAre("Asel | 2019-05-10 | 2022 | appointed | r1, r2"));
  // An incompatible start is another tenure.
  EXPECT_THAT(
      Summaries(BuildTenures({Report(Kind::kTenure, "Asel", "2015", "2016", "r2"),
                              Appointment("Asel", "2019-05-10", "r1")},
                             false)),
      ElementsAre("Asel | 2015 | 2016 | held | r2", "Asel | 2019-05-10 |  | appointed | r1"));
}

TEST(TenureTest, DismissalEndsTheLatestOpenTenure) {
  PostReport dismissal = Report(Kind::kDismissal, "Asel", "", "2022-03-01", "r3");
  dismissal.by = "President";
  EXPECT_THAT(Summaries(BuildTenures({Report(Kind::kTenure, "Asel", "2010", "2012", "r0"),
                                      Appointment("Asel", "2019-05-10", "r1"), dismissal},
                                     true)),
              ElementsAre("Asel | 2010 | 2012 | held | r0",
                          "Asel | 2019-05-10 | 2022-03-01 | appointed; dismissed by President | "
                          "r1, r3"));
  // A dismissal with nothing to end: start unknown. It is no successor's
  // start, but Asel held the post until 2022-03-01, after Bolat began: one
  // holder at a time, so Bolat was out by then (rule 4's bound).
  EXPECT_THAT(Summaries(BuildTenures({Appointment("Bolat", "2018", "r1"), dismissal}, true)),
              ElementsAre("Bolat | 2018 | by 2022-03-01 (inferred) | appointed; succeeded by Asel | r1",
                          "Asel |  | 2022-03-01 | dismissed by President | r3"));
  // In a post of several holders nothing follows.
  EXPECT_THAT(Summaries(BuildTenures({Appointment("Bolat", "2018", "r1"), dismissal}, false)),
              ElementsAre("Bolat | 2018 |  | appointed | r1",
                          "Asel |  | 2022-03-01 | dismissed by President | r3"));
}

TEST(TenureTest, SightingsJoinTheTenureThatCoversThemOrStandAlone) {
  const std::vector<PostReport> reports = {
      Appointment("Asel", "2019-05-10", "r1"), Appointment("Bolat", "2021-07-01", "r2"),
      Sighting("Asel", "2020-01-15", "s1"),  // inside Asel's tenure
      Sighting("Asel", "2021-09-01", "s2"),  // after her successor: a stale or new sighting
      Sighting("Asel", "2021-10-01", "s3"),  // the same run
      Sighting("Bolat", "2022", "s4"),       // inside Bolat's open tenure
  };
  std::vector<PostTenure> tenures = BuildTenures(reports, true);
  EXPECT_THAT(Summaries(tenures),
              ElementsAre("Asel | 2019-05-10 | 2021-07-01 (inferred) | appointed; succeeded by "
                          "Bolat | r1, s1",
                          "Bolat | 2021-07-01 |  | appointed | r2, s4",
                          "Asel | 2021-09-01 | 2021-10-01 | seen in passing | s2, s3"));
  EXPECT_TRUE(tenures[2].seen_only);
}

TEST(TenureTest, ARunOfSightingsBreaksWhereSomeoneElseStarts) {
  EXPECT_THAT(Summaries(BuildTenures(
                  {Sighting("Asel", "2019-01-10", "s1"), Sighting("Asel", "2019-02-10", "s2"),
                   Appointment("Bolat", "2019-03-01", "r1"), Sighting("Asel", "2019-04-10", "s3")},
                  true)),
              ElementsAre("Asel | 2019-01-10 | 2019-02-10 | seen in passing | s1, s2",
                          "Bolat | 2019-03-01 |  | appointed | r1",
                          "Asel | 2019-04-10 | 2019-04-10 | seen in passing | s3"));
}

TEST(TenureTest, SightingsAreNoSuccessors) {
  EXPECT_THAT(
      Summaries(BuildTenures(
          {Appointment("Asel", "2019", "r1"), Sighting("Bolat", "2020-05-05", "s1")}, true)),
      ElementsAre("Asel | 2019 |  | appointed | r1",
                  "Bolat | 2020-05-05 | 2020-05-05 | seen in passing | s1"));
}

TEST(TenureTest, UndatedReportsJoinADatedTenureOrComeLast) {
  EXPECT_THAT(
      Summaries(BuildTenures(
          {Report(Kind::kTenure, "Asel", "", "", "u1"), Appointment("Asel", "2019", "r1"),
           Report(Kind::kTenure, "Bolat", "", "", "u2"),
           Report(Kind::kTenure, "Bolat", "", "", "u3")},
          true)),
      ElementsAre("Asel | 2019 |  | appointed | r1, u1", "Bolat |  |  | held, undated | u2, u3"));
}

TEST(TenureTest, AnEndTheTextImpliedIsKept) {
  PostReport career = Report(Kind::kTenure, "Asel", "2016", "2020", "r1");
  career.end_inferred = true;
  EXPECT_THAT(Summaries(BuildTenures({career}, true)),
              ElementsAre("Asel | 2016 | 2020 (inferred) | held; end implied | r1"));
}

TEST(TenureTest, ResultDoesNotDependOnReportOrder) {
  std::vector<PostReport> reports = {Appointment("Asel", "2019-05-10", "r1"),
                                     Appointment("Bolat", "2021-07-01", "r2"),
                                     Sighting("Asel", "2020-01-15", "s1"),
                                     Sighting("Asel", "2021-09-01", "s2"),
                                     Report(Kind::kDismissal, "Bolat", "", "2023-01-09", "r3"),
                                     Report(Kind::kTenure, "Asel", "2019-05", "", "r4")};
  const std::vector<PostTenure> expected = BuildTenures(reports, true);
  ASSERT_EQ(expected.size(), 3u);
  std::sort(reports.begin(), reports.end(), [](const PostReport& a, const PostReport& b) {
    return a.sources[0].article_id < b.sources[0].article_id;
  });
  do {
    EXPECT_EQ(BuildTenures(reports, true), expected);
  } while (std::next_permutation(reports.begin(), reports.end(),
                                 [](const PostReport& a, const PostReport& b) {
                                   return a.sources[0].article_id < b.sources[0].article_id;
                                 }));
}

// What the ingest's holder lookup relies on (DatedReportsOnPost): a sighting
// of an edge on a day it was already seen on moves no date. Random posts,
// each sighting seen again by other articles on its day, compared without
// the sentences and sources that differ.
TEST(TenureTest, ASightingSeenAgainOnItsDayMovesNoDate) {
  const std::vector<std::string> people = {"Asel", "Bolat", "Dana"};
  const std::vector<Kind> kinds = {Kind::kAppointment, Kind::kDismissal, Kind::kTenure,
                                   Kind::kSighting, Kind::kSighting, Kind::kSighting};
  uint64_t state = 12345;
  auto next = [&state](uint64_t n) {
    state = state * 6364136223846793005u + 1442695040888963407u;
    return (state >> 33) % n;
  };
  auto without_sentences = [](std::vector<PostTenure> tenures) {
    for (PostTenure& t : tenures) {
      t.evidence.clear();
      t.sources.clear();
      t.source_count = 0;
    }
    return tenures;
  };
  int repeated = 0;
  int seen_only = 0;
  for (int post = 0; post < 300; ++post) {
    std::vector<PostReport> once;
    std::vector<PostReport> again;
    const int count = 3 + static_cast<int>(next(12));
    for (int i = 0; i < count; ++i) {
      const std::string& person = people[next(people.size())];
      const Kind kind = kinds[next(kinds.size())];
      // Days from a few months, so that runs, covers and ties all happen.
      const Date day(2020 + static_cast<int>(next(2)), 1 + static_cast<int>(next(4)),
                     1 + static_cast<int>(next(3)) * 10);
      PostReport report = Report(kind, person, "", "", "a" + std::to_string(i));
      report.edge = static_cast<EdgeId>(person[0]) * 10 + static_cast<EdgeId>(kind);
      (kind == Kind::kDismissal ? report.end : report.start) = day;
      if (kind == Kind::kTenure && next(2) == 0) report.end = Date(2021, 6, 1);
      once.push_back(report);
      again.push_back(report);
      if (kind == Kind::kSighting) {
        for (uint64_t n = next(3); n > 0; --n) {
          PostReport same_day = report;
          same_day.sources = {{"b" + std::to_string(i) + "-" + std::to_string(n), Date(),
                               "Seen again."}};
          again.insert(again.begin() + static_cast<ptrdiff_t>(next(again.size() + 1)), same_day);
          ++repeated;
        }
      }
    }
    for (bool single : {true, false}) {
      const std::vector<PostTenure> expected = without_sentences(BuildTenures(once, single));
      ASSERT_EQ(without_sentences(BuildTenures(again, single)), expected)
          << "post " << post << (single ? ", one holder" : "");
      for (const PostTenure& t : expected) seen_only += t.seen_only;
    }
  }
  EXPECT_GT(repeated, 300);
  EXPECT_GT(seen_only, 100);  // runs of sightings, which the repeats could stretch
}

TEST(TenureTest, CoverageIsOverlapAtEachPrecision) {
  PostTenure tenure;
  tenure.start = D("2022-01-11");
  tenure.end = D("2024-02-06");
  EXPECT_TRUE(TenureCovers(tenure, D("2022-01-11")));
  EXPECT_TRUE(TenureCovers(tenure, D("2024-02-06")));
  EXPECT_FALSE(TenureCovers(tenure, D("2022-01-10")));
  EXPECT_FALSE(TenureCovers(tenure, D("2024-02-07")));
  EXPECT_TRUE(TenureCovers(tenure, D("2022")));     // overlaps the year
  EXPECT_TRUE(TenureCovers(tenure, D("2024-02")));  // overlaps the month
  EXPECT_FALSE(TenureCovers(tenure, D("2021")));
  EXPECT_FALSE(TenureCovers(tenure, D("2024-03")));
  tenure.end = Date();  // open: on for ever
  EXPECT_TRUE(TenureCovers(tenure, D("2099")));
  tenure.start = Date();
  EXPECT_FALSE(TenureCovers(tenure, D("2022")));  // no dates: covers nothing
  tenure.end = D("2020-06");                      // only an end: everything up to it
  EXPECT_TRUE(TenureCovers(tenure, D("1990")));
  EXPECT_TRUE(TenureCovers(tenure, D("2020")));
  EXPECT_FALSE(TenureCovers(tenure, D("2020-07-01")));
}

// Rule 7: reports without a date, bounded by the day the articles came out.
PostReport Bounded(Kind kind, const std::string& person, const char* published,
                   const std::string& article) {
  PostReport report = Report(kind, person, "", "", article);
  report.bound = D(published);
  return report;
}

TEST(TenureTest, AnUndatedAppointmentBetweenTwoDatedOnesKeepsTheOrder) {
  // Three articles: Asel appointed in 2019, Bolat "has been appointed"
  // reported on 2021-03-02 without a date, Dana appointed 2023-06-01.
  const std::vector<PostReport> reports = {
      Appointment("Asel", "2019-05-10", "r1"),
      Bounded(Kind::kAppointment, "Bolat", "2021-03-02", "r2"),
      Appointment("Dana", "2023-06-01", "r3")};
  EXPECT_THAT(
      Summaries(BuildTenures(reports, true)),
      ElementsAre("Asel | 2019-05-10 | by 2021-03-02 (inferred) | appointed; succeeded by Bolat | r1",
                  "Bolat | by 2021-03-02 | 2023-06-01 (inferred) | appointed; succeeded by Dana | r2",
                  "Dana | 2023-06-01 |  | appointed | r3"));
  const std::vector<PostTenure> tenures = BuildTenures(reports, true);
  // The bound is no stated date: the JSON's start stays null.
  EXPECT_TRUE(tenures[1].start.empty());
  EXPECT_EQ(tenures[1].start_by, D("2021-03-02"));
  EXPECT_TRUE(TenureCovers(tenures[1], D("2022-01")));
  EXPECT_FALSE(TenureCovers(tenures[0], D("2022-01")));
  // Without a bound the appointment orders nothing and ends no one.
  PostReport unbounded = Report(Kind::kAppointment, "Bolat", "", "", "r2");
  EXPECT_THAT(Summaries(BuildTenures({Appointment("Asel", "2019-05-10", "r1"), unbounded}, true)),
              ElementsAre("Asel | 2019-05-10 |  | appointed | r1", "Bolat |  |  | appointed | r2"));
}

TEST(TenureTest, ABoundBeforeAStatedStartIsTheEarlierStart) {
  // Entrusted with the duties on or before the 21st, "in office since" the 25th.
  PostReport acting = Bounded(Kind::kAppointment, "Asel", "2019-02-21", "r1");
  acting.acting = true;
  const std::vector<PostTenure> tenures =
      BuildTenures({Report(Kind::kTenure, "Bolat", "2016", "", "r0"), acting,
                    Report(Kind::kTenure, "Asel", "2019-02-25", "", "r2")},
                   true);
  ASSERT_EQ(tenures.size(), 2u);
  EXPECT_EQ(tenures[0].person, "Bolat");
  EXPECT_EQ(tenures[0].end_by, D("2019-02-21"));
  EXPECT_TRUE(tenures[0].end_inferred);
  EXPECT_EQ(tenures[1].start, D("2019-02-25"));
  EXPECT_EQ(tenures[1].start_by, D("2019-02-21"));
  EXPECT_TRUE(TenureCovers(tenures[1], D("2019-02-23")));
  EXPECT_FALSE(TenureCovers(tenures[0], D("2019-02-23")));
  EXPECT_FALSE(tenures[1].acting);  // in the post itself from the 25th
}

TEST(TenureTest, AnActingHolderIsAHolderAndASuccessor) {
  PostReport acting = Appointment("Bolat", "2024-02-12", "r2");
  acting.acting = true;
  const std::vector<PostTenure> tenures =
      BuildTenures({Appointment("Asel", "2022-01-11", "r1"), acting}, true);
  EXPECT_THAT(Summaries(tenures),
              ElementsAre("Asel | 2022-01-11 | 2024-02-12 (inferred) | appointed; succeeded by "
                          "Bolat | r1",
                          "Bolat | 2024-02-12 |  | appointed acting | r2"));
  EXPECT_TRUE(tenures[1].acting);
  // Confirmed later: no longer acting.
  EXPECT_FALSE(BuildTenures({acting, Bounded(Kind::kAppointment, "Bolat", "2024-04-02", "r3")},
                            true)[0]
                   .acting);
}

TEST(TenureTest, AnUndatedDismissalEndsByItsPublication) {
  EXPECT_THAT(Summaries(BuildTenures({Appointment("Asel", "2020-03", "r1"),
                                      Bounded(Kind::kDismissal, "Asel", "2022-12-20", "r2")},
                                     true)),
              ElementsAre("Asel | 2020-03 | by 2022-12-20 | appointed; dismissed | r1, r2"));
}

TEST(TenureTest, ACoarseEndIsBoundedByTheNextHoldersStart) {
  const std::vector<PostTenure> tenures =
      BuildTenures({Report(Kind::kTenure, "Asel", "2004", "2008", "r1"),
                    Appointment("Bolat", "2008-02-07", "r2")},
                   true);
  ASSERT_EQ(tenures.size(), 2u);
  EXPECT_EQ(tenures[0].end, D("2008"));  // as stated
  EXPECT_EQ(tenures[0].end_by, D("2008-02-07"));
  EXPECT_FALSE(TenureCovers(tenures[0], D("2008-03-01")));
  EXPECT_TRUE(TenureCovers(tenures[1], D("2008-03-01")));
  // In a post of several holders the stated end is all there is.
  EXPECT_TRUE(BuildTenures({Report(Kind::kTenure, "Asel", "2004", "2008", "r1"),
                            Appointment("Bolat", "2008-02-07", "r2")},
                           false)[0]
                  .end_by.empty());
}

TEST(TenureTest, NothingInNothingOut) { EXPECT_THAT(BuildTenures({}, true), IsEmpty()); }

}  // namespace
}  // namespace kg::questions
