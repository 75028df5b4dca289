// Store: what goes in comes back out, node identity, edge identity.
#include "graph/store.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "graph/name_folding.h"
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
using ::kg::testing::OpenOrDie;
using ::kg::testing::Org;
using ::kg::testing::Person;
using ::kg::testing::Ref;
using ::kg::testing::Tenure;
using ::testing::ElementsAre;
using ::testing::Pair;

class StoreTest : public ::kg::testing::StoreFixture {};

TEST_F(StoreTest, ArticleRoundTrip) {
  NodeRef kobenova = Person("Gulzat Kobenova", {"Kobenova"});
  kobenova.attributes = {{"gender", "female"}};
  Fact appointed = MakeFact(
      Relation::kAppointedTo, kobenova, Office("Vice Minister of Science and Higher Education"),
      "Gulzat Kobenova was appointed Vice Minister.", OnDate(Date(2025, 6, 4)));
  appointed.by = "Government";
  appointed.evidence.begin = 120;
  appointed.evidence.end = 165;
  ArticleFacts article = MakeArticle("s04", Date(2025, 6, 4), 77, {appointed},
                                     {Org("Ministry of Science and Higher Education")});
  Write(article);

  // Entities first, then each fact's source and target: sequences 1, 2, 3.
  const NodeId ministry = MakeNodeId(NodeKind::kOrganization, 1);
  const NodeId person = MakeNodeId(NodeKind::kPerson, 2);
  const NodeId office = MakeNodeId(NodeKind::kOffice, 3);
  const NodeRecord node = Node(person);
  EXPECT_EQ(node.id, person);
  EXPECT_EQ(node.kind, NodeKind::kPerson);
  EXPECT_EQ(node.name, "Gulzat Kobenova");
  EXPECT_THAT(node.aliases, ElementsAre("Kobenova"));
  EXPECT_THAT(node.attributes, ElementsAre(Pair("gender", "female")));
  EXPECT_EQ(Node(ministry).name, "Ministry of Science and Higher Education");
  EXPECT_EQ(Node(office).kind, NodeKind::kOffice);

  const std::vector<EdgeRecord> edges = AllEdges();
  ASSERT_EQ(edges.size(), 1u);
  const EdgeRecord& edge = edges[0];
  EXPECT_EQ(edge.id, 1u);
  EXPECT_EQ(edge.src, person);
  EXPECT_EQ(edge.dst, office);
  EXPECT_EQ(edge.relation, Relation::kAppointedTo);
  EXPECT_EQ(edge.time, OnDate(Date(2025, 6, 4)));
  EXPECT_EQ(edge.by, "Government");
  EXPECT_THAT(edge.sources, ElementsAre("s04"));

  const std::vector<ObservationRecord> observations = Observations(edge.id);
  ASSERT_EQ(observations.size(), 1u);
  EXPECT_EQ(observations[0].edge, edge.id);
  EXPECT_EQ(observations[0].article_id, "s04");
  EXPECT_EQ(observations[0].article_date, Date(2025, 6, 4));
  EXPECT_EQ(observations[0].evidence, appointed.evidence);
  EXPECT_EQ(observations[0].time, appointed.time);
  EXPECT_EQ(observations[0].by, "Government");

  absl::StatusOr<std::optional<ArticleRecord>> stored = store_->GetArticle("s04");
  ASSERT_TRUE(stored.ok() && stored->has_value());
  EXPECT_EQ((*stored)->title, "Title of s04");
  EXPECT_EQ((*stored)->url, "https://example.org/s04");
  EXPECT_EQ((*stored)->date, Date(2025, 6, 4));
  EXPECT_EQ((*stored)->content_hash, 77u);
  EXPECT_THAT((*stored)->edges, ElementsAre(edge.ref()));
  EXPECT_THAT((*stored)->node_ids, ElementsAre(person, office, ministry));

  // Everything survives closing and reopening.
  store_.reset();
  store_ = OpenOrDie(dir_.path());
  absl::StatusOr<std::optional<EdgeRecord>> again =
      store_->GetEdge(person, Relation::kAppointedTo, office, edge.id);
  ASSERT_TRUE(again.ok() && again->has_value());
  EXPECT_THAT((*again)->sources, ElementsAre("s04"));
  EXPECT_THAT(Sentences(edge.id), ElementsAre("Gulzat Kobenova was appointed Vice Minister."));
  EXPECT_EQ(Node(person).name, "Gulzat Kobenova");
  absl::StatusOr<std::optional<EdgeRecord>> missing =
      store_->GetEdge(EdgeRef{.src = person, .relation = Relation::kHeld, .dst = office, .id = 1});
  ASSERT_TRUE(missing.ok());
  EXPECT_FALSE(missing->has_value());
  absl::StatusOr<std::optional<ArticleRecord>> no_article = store_->GetArticle("s05");
  ASSERT_TRUE(no_article.ok());
  EXPECT_FALSE(no_article->has_value());
}

// The node made by an article's first fact is found again by its later facts,
// although nothing has been committed yet.
TEST_F(StoreTest, NodesMadeEarlierInTheSameArticleAreReused) {
  Write(MakeArticle("a1", Date(2024, 3, 1), 1,
                    {MakeFact(Relation::kHeld, Person("Kassym-Jomart Tokayev"), Office("President"),
                              "f1", AsOf(Date(2024, 3, 1))),
                     MakeFact(Relation::kSignedBy, Law("Law on Mass Media"),
                              Person("Toqayev Kassym-Jomart"), "f2", OnDate(Date(2024, 2, 19))),
                     MakeFact(Relation::kSignedBy, Law("law on mass media"),
                              Person("Kassym-Jomart Toqayev"), "f3", OnDate(Date(2024, 2, 19)))}));
  absl::StatusOr<StoreStats> stats = store_->Stats();
  ASSERT_TRUE(stats.ok());
  // "Toqayev Kassym-Jomart" has its words in another order: another node.
  EXPECT_THAT(stats->nodes, ElementsAre(Pair(NodeKind::kPerson, 2), Pair(NodeKind::kOffice, 1),
                                        Pair(NodeKind::kLaw, 1)));
  EXPECT_THAT(stats->edges, ElementsAre(Pair(Relation::kHeld, 1), Pair(Relation::kSignedBy, 2)));
  const NodeId tokayev = Id(NodeKind::kPerson, "Kassym-Jomart Tokayev");
  absl::StatusOr<std::vector<EdgeRecord>> signed_by =
      store_->ListEdges(tokayev, Direction::kIn, Relation::kSignedBy);
  ASSERT_TRUE(signed_by.ok());
  ASSERT_EQ(signed_by->size(), 1u);
  EXPECT_EQ((*signed_by)[0].src, Id(NodeKind::kLaw, "Law on Mass Media"));
}

TEST_F(StoreTest, AliasesAndAttributesMergeIntoTheNode) {
  NodeRef first = Person("Askar Zhumagaliyev", {"Zhumagaliyev"});
  first.attributes = {{"born", "1972"}, {"city", "Astana"}};
  Write(MakeArticle("a1", Date(2020, 1, 1), 1, {}, {first}));
  // (A different birth year would make a namesake: see the homonyms test.)
  NodeRef second = Person("Askar Jumagaliev", {"A. Zhumagaliyev", "Zhumagaliyev"});
  second.attributes = {{"born", "1972"}, {"city", "Almaty"}, {"party", "Amanat"}};
  Write(MakeArticle("a2", Date(2021, 1, 1), 2, {}, {second}));

  const NodeId id = MakeNodeId(NodeKind::kPerson, 1);
  EXPECT_EQ(Id(NodeKind::kPerson, "Askar Jumagaliev"), id);
  const NodeRecord node = Node(id);
  EXPECT_EQ(node.name, "Askar Zhumagaliyev");  // the name never changes
  EXPECT_THAT(node.aliases, ElementsAre("Zhumagaliyev", "A. Zhumagaliyev"));
  // A value already stored is kept; a new key is added.
  EXPECT_THAT(node.attributes,
              ElementsAre(Pair("born", "1972"), Pair("city", "Astana"), Pair("party", "Amanat")));
  absl::StatusOr<std::vector<NodeId>> found = store_->FindByName("a jumagaliev", false);
  ASSERT_TRUE(found.ok());
  EXPECT_THAT(*found, ElementsAre(id));
  absl::StatusOr<StoreStats> stats = store_->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->names, 3u);  // the name and two aliases, folded
}

TEST_F(StoreTest, SurnameAliasDoesNotMergeTwoPersons) {
  Write(MakeArticle("a1", Date(2020, 1, 1), 1, {}, {Person("Askar Suleimenov", {"Suleimenov"})}));
  Write(MakeArticle("a2", Date(2020, 1, 2), 2, {},
                    {Person("Nurlan Suleimenov", {"Suleimenov"}), Org("Suleimenov Foundation")}));
  const NodeId askar = Id(NodeKind::kPerson, "Askar Suleimenov");
  const NodeId nurlan = Id(NodeKind::kPerson, "Nurlan Suleimenov");
  EXPECT_NE(askar, nurlan);
  absl::StatusOr<std::vector<NodeId>> found = store_->FindByName("Suleimenova", false);
  ASSERT_TRUE(found.ok());
  EXPECT_THAT(*found, ElementsAre(askar, nurlan));
  // Only the ref's name decides: the surname alone goes to the lowest id.
  EXPECT_EQ(Id(NodeKind::kPerson, "Suleimenov"), askar);
}

TEST_F(StoreTest, HomonymsBornInDifferentYearsStayApart) {
  NodeRef elder = Person("Marat Abenov");
  elder.attributes = {{"born", "1961"}};
  NodeRef younger = Person("Marat Abenov");
  younger.attributes = {{"born", "1984"}};
  Write(MakeArticle("a1", Date(2020, 1, 1), 1, {}, {elder}));
  Write(MakeArticle("a2", Date(2021, 1, 1), 2, {}, {younger}));
  // A third report of the elder, and one that says nothing of a birth year.
  Write(MakeArticle("a3", Date(2022, 1, 1), 3, {}, {elder, Person("Marat Abenov")}));
  absl::StatusOr<std::vector<NodeId>> found = store_->FindByName("Marat Abenov", false);
  ASSERT_TRUE(found.ok());
  ASSERT_EQ(found->size(), 2u);
  EXPECT_EQ(Node((*found)[0]).attributes,
            (std::vector<std::pair<std::string, std::string>>{{"born", "1961"}}));
  EXPECT_EQ(Node((*found)[1]).attributes,
            (std::vector<std::pair<std::string, std::string>>{{"born", "1984"}}));
  absl::StatusOr<StoreStats> stats = store_->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->nodes[NodeKind::kPerson], 2u);
}

TEST_F(StoreTest, OwnNameWinsOverAnotherNodesAlias) {
  Write(MakeArticle("a1", Date(2020, 1, 1), 1, {}, {Person("Askar Mamin")}));
  Write(MakeArticle("a2", Date(2020, 1, 2), 2, {}, {Person("Mamin")}));
  Write(MakeArticle("a3", Date(2020, 1, 3), 3, {}, {Person("Askar Mamin", {"Mamin"})}));
  const NodeId askar = MakeNodeId(NodeKind::kPerson, 1);
  const NodeId mamin = MakeNodeId(NodeKind::kPerson, 2);
  EXPECT_THAT(Node(askar).aliases, ElementsAre("Mamin"));
  // Both have "mamin" among their folded names; the one named so wins over
  // the lower id.
  EXPECT_EQ(Id(NodeKind::kPerson, "MAMIN"), mamin);
  Write(MakeArticle("a4", Date(2020, 1, 4), 4,
                    {MakeFact(Relation::kHeld, Person("Mamin"), Office("Prime Minister"), "s",
                              AsOf(Date(2020, 1, 4)))}));
  absl::StatusOr<std::vector<EdgeRecord>> held = store_->ListEdges(mamin, Direction::kOut);
  ASSERT_TRUE(held.ok());
  EXPECT_EQ(held->size(), 1u);
}

TEST_F(StoreTest, KindsAreSeparateNamespaces) {
  Write(MakeArticle("a1", Date(2020, 1, 1), 1, {},
                    {Org("Senate"), Ref(NodeKind::kPlace, "Senate"), Org("SENATE")}));
  absl::StatusOr<std::vector<NodeId>> found = store_->FindByName("senate", false);
  ASSERT_TRUE(found.ok());
  EXPECT_THAT(*found,
              ElementsAre(MakeNodeId(NodeKind::kOrganization, 1), MakeNodeId(NodeKind::kPlace, 2)));
}

TEST_F(StoreTest, SameFactFromTwoArticlesIsOneEdgeWithTwoObservations) {
  const Fact fact = MakeFact(Relation::kAdoptedBy, Law("Law on Science"), Org("Majilis"),
                             "The Majilis adopted the law.", OnDate(Date(2025, 6, 5)));
  Fact restated = fact;
  restated.target = Org("Mazhilis");
  restated.evidence.sentence = "Deputies of the Mazhilis adopted it.";
  Write(MakeArticle("b", Date(2025, 6, 5), 1, {restated}));
  Write(MakeArticle("a", Date(2025, 6, 6), 2, {fact}));

  const std::vector<EdgeRecord> edges = AllEdges();
  ASSERT_EQ(edges.size(), 1u);
  EXPECT_THAT(edges[0].sources, ElementsAre("a", "b"));
  EXPECT_EQ(edges[0].time.date, Date(2025, 6, 5));
  EXPECT_THAT(Sentences(edges[0].id),
              ElementsAre("The Majilis adopted the law.", "Deputies of the Mazhilis adopted it."));
}

// Three reports of one adoption date are one edge; a contradicting date is a
// second edge, so `kg law` can show the contradiction.
TEST_F(StoreTest, IncompatibleDatesMakeTwoEdges) {
  auto adopted = [](Date date) {
    return MakeFact(Relation::kAdoptedBy, Law("Law on Science"), Org("Majilis"), "s", OnDate(date));
  };
  Write(MakeArticle("a1", Date(2025, 6, 5), 1, {adopted(Date(2025, 6, 5))}));
  Write(MakeArticle("a2", Date(2025, 6, 5), 2, {adopted(Date(2025, 6, 5))}));
  Write(MakeArticle("a3", Date(2025, 6, 6), 3, {adopted(Date(2025, 6, 5))}));
  Write(MakeArticle("a4", Date(2025, 6, 7), 4, {adopted(Date(2025, 6, 6))}));
  Write(MakeArticle("a5", Date(2025, 7, 1), 5, {adopted(Date(2025, 6))}));
  Write(MakeArticle("a6", Date(2025, 7, 1), 6, {adopted(Date())}));

  const std::vector<EdgeRecord> edges = AllEdges();
  ASSERT_EQ(edges.size(), 2u);
  EXPECT_EQ(edges[0].time.date, Date(2025, 6, 5));
  EXPECT_THAT(edges[0].sources, ElementsAre("a1", "a2", "a3", "a5", "a6"));
  EXPECT_EQ(edges[1].time.date, Date(2025, 6, 6));
  EXPECT_THAT(edges[1].sources, ElementsAre("a4"));
  EXPECT_EQ(Observations(edges[0].id).size(), 5u);
}

TEST_F(StoreTest, LawStagesNeedTheSameStage) {
  auto considered = [](const std::string& stage) {
    Fact fact = MakeFact(Relation::kConsideredBy, Law("Law on Science"), Org("Majilis"), stage,
                         OnDate(Date(2025)));
    fact.stage = stage;
    return fact;
  };
  Write(MakeArticle("a1", Date(2025, 3, 1), 1, {considered("first reading")}));
  Write(MakeArticle("a2", Date(2025, 4, 1), 2, {considered("second reading")}));
  Write(MakeArticle("a3", Date(2025, 4, 2), 3, {considered("")}));
  const std::vector<EdgeRecord> edges = AllEdges();
  ASSERT_EQ(edges.size(), 2u);
  EXPECT_EQ(edges[0].stage, "first reading");
  EXPECT_THAT(edges[0].sources, ElementsAre("a1", "a3"));
  EXPECT_EQ(edges[1].stage, "second reading");
  EXPECT_THAT(edges[1].sources, ElementsAre("a2"));
}

// A title seen in passing: one edge per (person, office) whose as_of is the
// latest seen, apart from the tenure edges of the same pair.
TEST_F(StoreTest, HeldSightingsMergeIntoOneEdgeWithTheLatestAsOf) {
  auto held = [](FactTime time) {
    return MakeFact(Relation::kHeld, Person("Svetlana Zhakupova"), Office("Minister of Labor"), "s",
                    time);
  };
  Write(MakeArticle("a1", Date(2024, 3, 1), 1, {held(AsOf(Date(2024, 3, 1)))}));
  Write(MakeArticle("a2", Date(2025, 1, 10), 2, {held(AsOf(Date(2025, 1, 10)))}));
  Write(MakeArticle("a3", Date(2023, 5, 5), 3, {held(AsOf(Date(2023, 5, 5)))}));
  Write(MakeArticle("a4", Date(2023, 6, 1), 4, {held(Tenure(Date(2022, 1), Date(2023, 9)))}));
  Write(MakeArticle("a5", Date(2023, 6, 2), 5, {held(Tenure(Date(2022)))}));

  const std::vector<EdgeRecord> edges = AllEdges();
  ASSERT_EQ(edges.size(), 2u);
  EXPECT_EQ(edges[0].time, AsOf(Date(2025, 1, 10)));
  EXPECT_THAT(edges[0].sources, ElementsAre("a1", "a2", "a3"));
  EXPECT_EQ(edges[1].time, Tenure(Date(2022, 1), Date(2023, 9)));
  EXPECT_THAT(edges[1].sources, ElementsAre("a4", "a5"));
}

TEST_F(StoreTest, PartnerOfIsOneEdgeWhicheverWayItIsStated) {
  Write(MakeArticle("a1", Date(2024, 1, 1), 1, {}, {Country("Kazakhstan"), Country("China")}));
  const NodeId kazakhstan = MakeNodeId(NodeKind::kCountry, 1);
  const NodeId china = MakeNodeId(NodeKind::kCountry, 2);
  Fact forward = MakeFact(Relation::kPartnerOf, Country("China"), Country("Kazakhstan"),
                          "China and Kazakhstan are strategic partners.", AsOf(Date(2024, 5, 1)));
  forward.level = "strategic partner";
  Fact backward = MakeFact(Relation::kPartnerOf, Country("Kazakhstan"), Country("China"),
                           "Kazakhstan and China are partners.", AsOf(Date(2025, 2, 1)));
  Write(MakeArticle("a2", Date(2024, 5, 1), 2, {forward}));
  Write(MakeArticle("a3", Date(2025, 2, 1), 3, {backward}));

  const std::vector<EdgeRecord> edges = AllEdges();
  ASSERT_EQ(edges.size(), 1u);
  EXPECT_EQ(edges[0].src, kazakhstan);  // the lower id
  EXPECT_EQ(edges[0].dst, china);
  EXPECT_EQ(edges[0].level, "strategic partner");
  EXPECT_EQ(edges[0].time.as_of, Date(2025, 2, 1));
  EXPECT_THAT(edges[0].sources, ElementsAre("a2", "a3"));
  for (NodeId node : {kazakhstan, china}) {
    absl::StatusOr<std::vector<EdgeRecord>> both =
        store_->ListEdges(node, Direction::kBoth, Relation::kPartnerOf);
    ASSERT_TRUE(both.ok());
    ASSERT_EQ(both->size(), 1u);
    EXPECT_EQ((*both)[0].id, edges[0].id);
  }
}

TEST_F(StoreTest, OneObservationPerEdgeAndArticleKeepsTheFirstSentence) {
  Write(MakeArticle("a1", Date(2025, 6, 4), 1,
                    {MakeFact(Relation::kAppointedTo, Person("Daniyar Akishev"), Office("Governor"),
                              "First.", OnDate(Date(2025, 6))),
                     MakeFact(Relation::kAppointedTo, Person("Daniyar Akishev"), Office("Governor"),
                              "Second.", OnDate(Date(2025, 6, 4)))}));
  const std::vector<EdgeRecord> edges = AllEdges();
  ASSERT_EQ(edges.size(), 1u);
  EXPECT_THAT(Sentences(edges[0].id), ElementsAre("First."));
  EXPECT_EQ(edges[0].time.date, Date(2025, 6));  // the second report was not merged
  absl::StatusOr<std::optional<ArticleRecord>> article = store_->GetArticle("a1");
  ASSERT_TRUE(article.ok() && article->has_value());
  EXPECT_EQ((*article)->edges.size(), 1u);
}

}  // namespace
}  // namespace kg
