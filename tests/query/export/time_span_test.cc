#include "query/export/time_span.h"

#include <map>

#include "gtest/gtest.h"
#include "tests/query/export/sample_graph.h"

namespace kg {
namespace {

int64_t Day(int year, int month, int day) { return Date(year, month, day).FirstDay(); }

FactTime Time(Date date, Date start, Date end, Date as_of) {
  FactTime time;
  time.date = date;
  time.start = start;
  time.end = end;
  time.as_of = as_of;
  return time;
}

TEST(EdgeTimeSpan, DateCoversTheDaysOfItsPrecision) {
  EXPECT_EQ(EdgeTimeSpan(Time(Date(2024, 3, 1), {}, {}, {})),
            (TimeSpan{Day(2024, 3, 1), Day(2024, 3, 1)}));
  EXPECT_EQ(EdgeTimeSpan(Time(Date(2024, 2), {}, {}, {})),
            (TimeSpan{Day(2024, 2, 1), Day(2024, 2, 29)}));
  EXPECT_EQ(EdgeTimeSpan(Time(Date(2019), {}, {}, {})),
            (TimeSpan{Day(2019, 1, 1), Day(2019, 12, 31)}));
}

TEST(EdgeTimeSpan, DateWinsOverTheOtherFields) {
  EXPECT_EQ(EdgeTimeSpan(Time(Date(2024, 3, 1), Date(2020), Date(2030), Date(2025))),
            (TimeSpan{Day(2024, 3, 1), Day(2024, 3, 1)}));
}

TEST(EdgeTimeSpan, TenureRunsFromStartToEnd) {
  EXPECT_EQ(EdgeTimeSpan(Time({}, Date(2019, 9), Date(2022), {})),
            (TimeSpan{Day(2019, 9, 1), Day(2022, 12, 31)}));
  // No end: the tenure goes on.
  EXPECT_EQ(EdgeTimeSpan(Time({}, Date(2022, 3), {}, Date(2024, 5, 2))),
            (TimeSpan{Day(2022, 3, 1), std::nullopt}));
  // No start: from the sighting when there is one, else unbounded.
  EXPECT_EQ(EdgeTimeSpan(Time({}, {}, Date(2024, 6, 30), Date(2024, 1, 15))),
            (TimeSpan{Day(2024, 1, 15), Day(2024, 6, 30)}));
  EXPECT_EQ(EdgeTimeSpan(Time({}, {}, Date(2024, 6), {})),
            (TimeSpan{std::nullopt, Day(2024, 6, 30)}));
  // A start after the end is kept non-empty, at the end.
  EXPECT_EQ(EdgeTimeSpan(Time({}, Date(2025), Date(2024, 6), {})),
            (TimeSpan{Day(2024, 6, 1), Day(2024, 6, 30)}));
}

TEST(EdgeTimeSpan, AsOfAloneIsTheDayItWasSeen) {
  EXPECT_EQ(EdgeTimeSpan(Time({}, {}, {}, Date(2023, 11, 15))),
            (TimeSpan{Day(2023, 11, 15), Day(2023, 11, 15)}));
}

TEST(EdgeTimeSpan, NoTimeIsUndated) {
  const TimeSpan span = EdgeTimeSpan(FactTime{});
  EXPECT_FALSE(span.dated());
  EXPECT_EQ(span, TimeSpan{});
}

TEST(NodeTimeSpans, CoverTheNodesEdges) {
  const Subgraph graph = testing::SampleSubgraph();
  const std::map<NodeId, TimeSpan> spans = NodeTimeSpans(graph);
  std::map<std::string, TimeSpan> by_name;
  for (const NodeRecord& node : graph.nodes) by_name[node.name] = spans.at(node.id);
  ASSERT_EQ(by_name.size(), 9u);
  EXPECT_EQ(by_name["Aigerim Sarsenova"], (TimeSpan{Day(2019, 9, 1), Day(2024, 3, 1)}));
  // One open tenure keeps the node open-ended.
  EXPECT_EQ(by_name["Yerlan Bekov"], (TimeSpan{Day(2022, 3, 1), std::nullopt}));
  // An undated edge (part_of) keeps the node there throughout.
  EXPECT_EQ(by_name["Minister of Labor and Social Protection of Population"], TimeSpan{});
  EXPECT_EQ(by_name["Law \"On Employment\" <draft> \\N 2024"],
            (TimeSpan{Day(2024, 5, 1), Day(2024, 7, 1)}));
  EXPECT_EQ(by_name["Kazakhstan"], (TimeSpan{Day(2023, 11, 15), Day(2024, 7, 1)}));
  // No edge at all: undated.
  EXPECT_EQ(by_name["Astana International Forum"], TimeSpan{});
}

TEST(IsoDay, WritesTheCalendarDay) {
  EXPECT_EQ(IsoDay(0), "1970-01-01");
  EXPECT_EQ(IsoDay(Day(2024, 2, 29)), "2024-02-29");
  EXPECT_EQ(IsoDay(Day(1905, 12, 31)), "1905-12-31");
}

}  // namespace
}  // namespace kg
