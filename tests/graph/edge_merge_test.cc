#include "graph/edge_merge.h"

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace kg {
namespace {

using ::testing::ElementsAre;

EdgeRecord EmptyEdge(Relation relation) {
  EdgeRecord edge;
  edge.id = 1;
  edge.relation = relation;
  return edge;
}

ObservationRecord Seen(const std::string& article, FactTime time, std::string stage = "",
                       std::string by = "", std::string level = "") {
  ObservationRecord observation;
  observation.article_id = article;
  observation.time = time;
  observation.stage = std::move(stage);
  observation.by = std::move(by);
  observation.level = std::move(level);
  return observation;
}

FactTime Dated(Date date) {
  FactTime time;
  time.date = date;
  return time;
}
FactTime AsOf(Date date) {
  FactTime time;
  time.as_of = date;
  return time;
}
FactTime Tenure(Date start, Date end = {}, bool end_inferred = false) {
  FactTime time;
  time.start = start;
  time.end = end;
  time.end_inferred = end_inferred;
  return time;
}

EdgeRecord Merged(Relation relation, const std::vector<ObservationRecord>& observations,
                  EdgeSupport* support_out = nullptr) {
  EdgeRecord edge = EmptyEdge(relation);
  EdgeSupport support;
  for (const ObservationRecord& observation : observations) {
    MergeObservation(observation, &edge, &support);
  }
  if (support_out != nullptr) *support_out = support;
  return edge;
}

TEST(EdgeMergeTest, DatesMustBeCompatibleFieldByField) {
  EdgeRecord edge = Merged(Relation::kAppointedTo, {Seen("a", Dated(Date(2025, 6, 5)))});
  EXPECT_TRUE(ObservationFitsEdge(edge, Seen("b", Dated(Date(2025, 6, 5)))));
  EXPECT_TRUE(ObservationFitsEdge(edge, Seen("b", Dated(Date(2025, 6)))));
  EXPECT_TRUE(ObservationFitsEdge(edge, Seen("b", Dated(Date(2025)))));
  EXPECT_TRUE(ObservationFitsEdge(edge, Seen("b", Dated(Date()))));
  EXPECT_FALSE(ObservationFitsEdge(edge, Seen("b", Dated(Date(2025, 6, 6)))));
  EXPECT_FALSE(ObservationFitsEdge(edge, Seen("b", Dated(Date(2024)))));

  EdgeRecord tenure = Merged(Relation::kHeld, {Seen("a", Tenure(Date(2019), Date(2021, 3)))});
  EXPECT_TRUE(ObservationFitsEdge(tenure, Seen("b", Tenure(Date(2019, 9)))));
  EXPECT_FALSE(ObservationFitsEdge(tenure, Seen("b", Tenure(Date(2019), Date(2021, 4)))));
  EXPECT_FALSE(ObservationFitsEdge(tenure, Seen("b", Tenure(Date(2018)))));
}

TEST(EdgeMergeTest, SightingsAndTenuresOfHeldNeverMix) {
  EdgeRecord sighting = Merged(Relation::kHeld, {Seen("a", AsOf(Date(2024, 3, 1)))});
  EXPECT_TRUE(IsSighting(sighting.time));
  EXPECT_TRUE(ObservationFitsEdge(sighting, Seen("b", AsOf(Date(2019)))));
  EXPECT_FALSE(ObservationFitsEdge(sighting, Seen("b", Tenure(Date(2019)))));
  EdgeRecord tenure = Merged(Relation::kMemberOf, {Seen("a", Tenure(Date(2019)))});
  EXPECT_FALSE(ObservationFitsEdge(tenure, Seen("b", AsOf(Date(2020)))));
  // For other relations as_of is only when the fact was seen to hold.
  EdgeRecord partners = Merged(Relation::kPartnerOf, {Seen("a", AsOf(Date(2024)))});
  EXPECT_TRUE(ObservationFitsEdge(partners, Seen("b", AsOf(Date(2020)))));
  EXPECT_TRUE(ObservationFitsEdge(partners, Seen("b", FactTime())));
}

TEST(EdgeMergeTest, LawStagesMustAgree) {
  EdgeRecord first = Merged(Relation::kConsideredBy, {Seen("a", FactTime(), "first reading")});
  EXPECT_TRUE(ObservationFitsEdge(first, Seen("b", FactTime(), "first reading")));
  EXPECT_TRUE(ObservationFitsEdge(first, Seen("b", FactTime(), "")));
  EXPECT_FALSE(ObservationFitsEdge(first, Seen("b", FactTime(), "second reading")));
  // Outside law stages, `stage` does not decide identity.
  EdgeRecord held = Merged(Relation::kHeld, {Seen("a", FactTime(), "x")});
  EXPECT_TRUE(ObservationFitsEdge(held, Seen("b", FactTime(), "y")));
}

TEST(EdgeMergeTest, MergeTakesTheMostPreciseDateAndLatestAsOf) {
  FactTime a = Tenure(Date(2019), Date(2021, 3, 5), /*end_inferred=*/true);
  a.as_of = Date(2020, 1, 1);
  FactTime b = Tenure(Date(2019, 9, 1), Date());
  b.as_of = Date(2022);
  const EdgeRecord edge = Merged(Relation::kHeld, {Seen("b", a), Seen("a", b)});
  EXPECT_EQ(edge.time.start, Date(2019, 9, 1));
  EXPECT_EQ(edge.time.end, Date(2021, 3, 5));
  EXPECT_TRUE(edge.time.end_inferred);  // nobody stated the end
  EXPECT_EQ(edge.time.as_of, Date(2022));
  EXPECT_THAT(edge.sources, ElementsAre("a", "b"));

  const EdgeRecord stated =
      Merged(Relation::kHeld, {Seen("a", a), Seen("c", Tenure(Date(), Date(2021)))});
  EXPECT_EQ(stated.time.end, Date(2021, 3, 5));
  EXPECT_FALSE(stated.time.end_inferred);
}

TEST(EdgeMergeTest, MergeDoesNotDependOnOrder) {
  std::vector<ObservationRecord> observations = {
      Seen("a3", Dated(Date(2025)), "", "Senate", "ally"),
      Seen("a1", Dated(Date(2025, 6)), "", "", "strategic partner"),
      Seen("a2", Dated(Date(2025, 6, 5)), "", "President", ""),
      Seen("a4", AsOf(Date(2025, 7, 1)), "", "", ""),
      Seen("a1", Dated(Date(2025, 6)), "", "", ""),  // the same article twice
  };
  const EdgeRecord expected = Merged(Relation::kPartnerOf, observations);
  EXPECT_EQ(expected.time.date, Date(2025, 6, 5));
  EXPECT_EQ(expected.time.as_of, Date(2025, 7, 1));
  EXPECT_EQ(expected.by, "President");
  EXPECT_EQ(expected.level, "ally");
  EXPECT_THAT(expected.sources, ElementsAre("a1", "a2", "a3", "a4"));
  std::mt19937 rng(9);
  for (int i = 0; i < 50; ++i) {
    std::shuffle(observations.begin(), observations.end(), rng);
    const EdgeRecord edge = Merged(Relation::kPartnerOf, observations);
    EXPECT_EQ(edge.time, expected.time);
    EXPECT_EQ(edge.by, expected.by);
    EXPECT_EQ(edge.level, expected.level);
    EXPECT_EQ(edge.sources, expected.sources);
  }
}

TEST(EdgeMergeTest, ClearMergedKeepsIdentity) {
  EdgeSupport support;
  EdgeRecord edge =
      Merged(Relation::kHeld, {Seen("a", Tenure(Date(2019)), "s", "b", "l")}, &support);
  edge.src = 5;
  edge.dst = 6;
  ClearMerged(&edge, &support);
  EXPECT_EQ(support, EdgeSupport());
  EXPECT_EQ(edge.id, 1u);
  EXPECT_EQ(edge.src, 5u);
  EXPECT_EQ(edge.dst, 6u);
  EXPECT_EQ(edge.relation, Relation::kHeld);
  EXPECT_EQ(edge.time, FactTime());
  EXPECT_TRUE(edge.stage.empty() && edge.by.empty() && edge.level.empty());
  EXPECT_TRUE(edge.sources.empty());
}

TEST(EdgeMergeTest, SupportCountsTheObservationsAttainingEachMergedValue) {
  EdgeSupport support;
  const EdgeRecord edge =
      Merged(Relation::kAdoptedBy,
             {Seen("a", Dated(Date(2025, 6, 5)), "", "Senate"),
              Seen("b", Dated(Date(2025)), "", "Majilis"),
              Seen("c", Dated(Date(2025, 6, 5)), "", "Majilis"), Seen("d", AsOf(Date(2025, 7)))},
             &support);
  EXPECT_EQ(edge.by, "Majilis");
  EXPECT_EQ(support, (EdgeSupport{.observations = 4, .date = 2, .as_of = 1, .by = 2}));
}

TEST(EdgeMergeTest, SourcesAreInlineUpToTheLimit) {
  std::vector<ObservationRecord> observations;
  for (uint32_t i = 0; i < kInlineSources; ++i) {
    observations.push_back(Seen("a" + std::to_string(100 + i), AsOf(Date(2025))));
  }
  EdgeSupport support;
  EdgeRecord edge = Merged(Relation::kHeld, observations, &support);
  EXPECT_EQ(edge.sources.size(), kInlineSources);
  EXPECT_EQ(edge.sources.front(), "a100");
  MergeObservation(Seen("a099", AsOf(Date(2025))), &edge, &support);
  EXPECT_TRUE(edge.sources.empty());
  EXPECT_EQ(support.observations, kInlineSources + 1);
  // Back to the limit: the sources must be listed again, by a recompute.
  EXPECT_FALSE(RetractObservation(Seen("a099", AsOf(Date(2025))), &edge, &support));
}

// Retracting from the counts gives what a merge of the remaining observations
// gives, or says it cannot.
TEST(EdgeMergeTest, RetractionMatchesARecompute) {
  std::mt19937 rng(17);
  const Date dates[] = {Date(), Date(2025), Date(2025, 6), Date(2025, 6, 5)};
  const Date as_ofs[] = {Date(), Date(2024), Date(2025, 1, 1), Date(2025, 3, 1)};
  const char* texts[] = {"", "x", "y"};
  int fast = 0, slow = 0;
  for (int round = 0; round < 3000; ++round) {
    std::vector<ObservationRecord> observations;
    const int count = 1 + static_cast<int>(rng() % 22);
    for (int i = 0; i < count; ++i) {
      FactTime time;
      time.date = dates[rng() % 4];
      time.end = dates[rng() % 4];
      time.end_inferred = rng() % 2 == 0;
      time.as_of = as_ofs[rng() % 4];
      observations.push_back(Seen("a" + std::to_string(1000 + i), time, texts[rng() % 3],
                                  texts[rng() % 3], texts[rng() % 3]));
    }
    EdgeSupport support;
    EdgeRecord edge = Merged(Relation::kConsideredBy, observations, &support);
    const size_t gone = rng() % observations.size();
    const ObservationRecord retracted = observations[gone];
    observations.erase(observations.begin() + static_cast<ptrdiff_t>(gone));
    EdgeSupport expected_support;
    const EdgeRecord expected = Merged(Relation::kConsideredBy, observations, &expected_support);
    const bool kept = RetractObservation(retracted, &edge, &support);
    EXPECT_EQ(support.observations, observations.size());
    if (observations.empty()) {
      EXPECT_FALSE(kept);
    }
    if (!kept) {
      ++slow;
      continue;
    }
    ++fast;
    EXPECT_EQ(edge.time, expected.time);
    EXPECT_EQ(edge.stage, expected.stage);
    EXPECT_EQ(edge.by, expected.by);
    EXPECT_EQ(edge.level, expected.level);
    EXPECT_EQ(edge.sources, expected.sources);
    EXPECT_EQ(support, expected_support);
  }
  // Both paths are exercised, and the counts usually suffice.
  EXPECT_GT(fast, slow);
  EXPECT_GT(slow, 100);
}

}  // namespace
}  // namespace kg
