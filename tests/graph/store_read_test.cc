// Store reads: scans by kind, direction and relation, name lookups, and
// edges with many sources.
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "graph/store.h"
#include "gtest/gtest.h"
#include "tests/graph/store_test_util.h"

namespace kg {
namespace {

using ::kg::testing::AsOf;
using ::kg::testing::Country;
using ::kg::testing::Law;
using ::kg::testing::MakeArticle;
using ::kg::testing::MakeFact;
using ::kg::testing::Office;
using ::kg::testing::OnDate;
using ::kg::testing::Person;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::Pair;

class StoreReadTest : public ::kg::testing::StoreFixture {};

TEST_F(StoreReadTest, ScanNodesByKindAndFindByName) {
  Write(MakeArticle("a1", Date(2025, 1, 1), 1,
                    {MakeFact(Relation::kHeld, Person("Erlan Karin", {"Karin"}),
                              Office("State Counsellor"), "s1", AsOf(Date(2025, 1, 1)))},
                    {Person("Erlan Koshanov"), Country("Kazakhstan")}));
  std::vector<std::string> persons;
  ASSERT_TRUE(store_
                  ->ScanNodes(NodeKind::kPerson,
                              [&](const NodeRecord& node) {
                                persons.push_back(node.name);
                                return true;
                              })
                  .ok());
  EXPECT_THAT(persons, ElementsAre("Erlan Koshanov", "Erlan Karin"));
  int all = 0;
  ASSERT_TRUE(store_->ScanNodes(std::nullopt, [&](const NodeRecord&) { return ++all < 3; }).ok());
  EXPECT_EQ(all, 3);  // stopped early: four nodes exist

  const NodeId koshanov = Id(NodeKind::kPerson, "Erlan Koshanov");
  const NodeId karin = Id(NodeKind::kPerson, "Yerlan Karin");
  absl::StatusOr<std::vector<NodeId>> found = store_->FindByName("Yerlan", /*prefix=*/true);
  ASSERT_TRUE(found.ok());
  EXPECT_THAT(*found, ElementsAre(koshanov, karin));
  found = store_->FindByName("Erlan", /*prefix=*/false);
  ASSERT_TRUE(found.ok());
  EXPECT_THAT(*found, IsEmpty());
  found = store_->FindByName("karin", /*prefix=*/false, NodeKind::kPerson);
  ASSERT_TRUE(found.ok());
  EXPECT_THAT(*found, ElementsAre(karin));  // by its alias
  found = store_->FindByName("karin", /*prefix=*/false, NodeKind::kOffice);
  ASSERT_TRUE(found.ok());
  EXPECT_THAT(*found, IsEmpty());
  found = store_->FindByName("", /*prefix=*/true);
  ASSERT_TRUE(found.ok());
  EXPECT_EQ(found->size(), 4u);
}

// An edge every article reports (the President, seen in passing) keeps its
// sources outside its value; readers still get them all, sorted.
TEST_F(StoreReadTest, EdgeReportedByManyArticlesListsAllItsSources) {
  auto president = [](int day) {
    return MakeFact(Relation::kHeld, Person("Kassym-Jomart Tokayev"), Office("President"),
                    "The President said.", AsOf(Date(2025, 3, day)));
  };
  std::vector<std::string> expected;
  for (int i = 30; i >= 1; --i) {
    const std::string id = "a" + std::to_string(10 + i);
    Write(MakeArticle(id, Date(2025, 3, i), i, {president(i)}));
    expected.insert(expected.begin(), id);
  }
  const std::vector<EdgeRecord> edges = AllEdges();
  ASSERT_EQ(edges.size(), 1u);
  EXPECT_EQ(edges[0].sources, expected);
  EXPECT_EQ(edges[0].time.as_of, Date(2025, 3, 30));
  absl::StatusOr<std::optional<EdgeRecord>> edge = store_->GetEdge(edges[0].ref());
  ASSERT_TRUE(edge.ok() && edge->has_value());
  EXPECT_EQ((*edge)->sources, expected);
  for (Direction direction : {Direction::kOut, Direction::kIn}) {
    const NodeId node = direction == Direction::kOut ? edges[0].src : edges[0].dst;
    absl::StatusOr<std::vector<EdgeRecord>> listed = store_->ListEdges(node, direction);
    ASSERT_TRUE(listed.ok());
    ASSERT_EQ(listed->size(), 1u);
    EXPECT_EQ((*listed)[0].sources, expected);
    // The read that skips them gets the same edge with none.
    std::vector<EdgeRecord> bare;
    ASSERT_TRUE(store_
                    ->ScanEdgesWithoutSources(node, direction, Relation::kHeld,
                                              [&](const EdgeRecord& e) {
                                                bare.push_back(e);
                                                return true;
                                              })
                    .ok());
    ASSERT_EQ(bare.size(), 1u);
    EXPECT_THAT(bare[0].sources, IsEmpty());
    EXPECT_EQ(bare[0].ref(), edges[0].ref());
    EXPECT_EQ(bare[0].time.as_of, edges[0].time.as_of);
  }

  // Replacing the article that gave the latest as_of, and then enough others
  // to bring the sources back inline.
  Write(MakeArticle("a40", Date(2025, 3, 30), 100, {}), Store::WriteOutcome::kReplaced);
  expected.pop_back();
  EXPECT_EQ(AllEdges().at(0).time.as_of, Date(2025, 3, 29));
  EXPECT_EQ(AllEdges().at(0).sources, expected);
  for (int i = 1; i <= 14; ++i) {
    Write(MakeArticle("a" + std::to_string(10 + i), Date(2025, 3, i), 100 + i, {}),
          Store::WriteOutcome::kReplaced);
    expected.erase(expected.begin());
  }
  ASSERT_EQ(expected.size(), 15u);
  EXPECT_EQ(AllEdges().at(0).sources, expected);
  EXPECT_EQ(AllEdges().at(0).time.as_of, Date(2025, 3, 29));
  EXPECT_EQ(Observations(edges[0].id).size(), 15u);
}

TEST_F(StoreReadTest, ScanEdgesByDirectionAndRelation) {
  const NodeRef a = Person("Aigerim A"), b = Person("Bolat B");
  const NodeRef office = Office("Akim of Almaty");
  Write(MakeArticle("a1", Date(2025, 1, 1), 1,
                    {MakeFact(Relation::kHeld, a, office, "1", AsOf(Date(2025, 1, 1))),
                     MakeFact(Relation::kAppointedTo, a, office, "2", OnDate(Date(2024))),
                     MakeFact(Relation::kHeld, b, office, "3", AsOf(Date(2025, 1, 1))),
                     MakeFact(Relation::kMemberOf, a, a, "4", AsOf(Date(2025, 1, 1)))}));
  const NodeId ida = Id(NodeKind::kPerson, "Aigerim A");
  const NodeId idb = Id(NodeKind::kPerson, "Bolat B");
  const NodeId ido = Id(NodeKind::kOffice, "Akim of Almaty");
  auto relations = [&](NodeId node, Direction direction, std::optional<Relation> relation) {
    std::vector<std::pair<Relation, NodeId>> out;
    absl::StatusOr<std::vector<EdgeRecord>> edges = store_->ListEdges(node, direction, relation);
    EXPECT_TRUE(edges.ok());
    for (const EdgeRecord& e : *edges) out.emplace_back(e.relation, e.src == node ? e.dst : e.src);
    return out;
  };
  EXPECT_THAT(relations(ida, Direction::kOut, std::nullopt),
              ElementsAre(Pair(Relation::kAppointedTo, ido), Pair(Relation::kHeld, ido),
                          Pair(Relation::kMemberOf, ida)));
  EXPECT_THAT(relations(ido, Direction::kIn, Relation::kHeld),
              ElementsAre(Pair(Relation::kHeld, ida), Pair(Relation::kHeld, idb)));
  EXPECT_THAT(relations(ido, Direction::kOut, std::nullopt), IsEmpty());
  // The self-loop once with kBoth, twice when each direction is asked for.
  EXPECT_THAT(relations(ida, Direction::kBoth, Relation::kMemberOf),
              ElementsAre(Pair(Relation::kMemberOf, ida)));
  EXPECT_THAT(relations(ida, Direction::kIn, std::nullopt),
              ElementsAre(Pair(Relation::kMemberOf, ida)));
  int visited = 0;
  ASSERT_TRUE(store_
                  ->ScanEdges(ido, Direction::kBoth, std::nullopt,
                              [&](const EdgeRecord&) { return ++visited < 2; })
                  .ok());
  EXPECT_EQ(visited, 2);
}

TEST_F(StoreReadTest, ObservationsOfAnEdgeComeInArticleIdOrder) {
  const Fact fact = MakeFact(Relation::kSignedBy, Law("Budget Code"),
                             Person("Kassym-Jomart Tokayev"), "x", OnDate(Date(2025, 1)));
  for (const char* id : {"c", "a", "d", "b"}) {
    Fact f = fact;
    f.evidence.sentence = id;
    Write(MakeArticle(id, Date(2025, 1, 2), 1, {f}));
  }
  std::vector<std::string> ids;
  ASSERT_TRUE(store_
                  ->ScanArticles([&](const ArticleRecord& a) {
                    ids.push_back(a.id);
                    return true;
                  })
                  .ok());
  EXPECT_THAT(ids, ElementsAre("a", "b", "c", "d"));
  EXPECT_THAT(Sentences(AllEdges().at(0).id), ElementsAre("a", "b", "c", "d"));
}

}  // namespace
}  // namespace kg
