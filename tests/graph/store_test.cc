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
using ::kg::testing::TempDir;
using ::kg::testing::Tenure;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::Pair;
using ::testing::UnorderedElementsAre;

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override { store_ = OpenOrDie(dir_.path()); }

  void Write(const ArticleFacts& article,
             Store::WriteOutcome expected = Store::WriteOutcome::kAdded) {
    absl::StatusOr<Store::WriteOutcome> outcome = store_->WriteArticle(article);
    ASSERT_TRUE(outcome.ok()) << outcome.status();
    EXPECT_EQ(*outcome, expected);
  }

  NodeId Id(NodeKind kind, const std::string& name) {
    absl::StatusOr<std::optional<NodeRecord>> node = store_->FindNode(name, kind);
    EXPECT_TRUE(node.ok()) << node.status();
    if (!node.ok() || !node->has_value()) {
      ADD_FAILURE() << "no node " << name;
      return 0;
    }
    return (*node)->id;
  }

  NodeRecord Node(NodeId id) {
    absl::StatusOr<std::optional<NodeRecord>> node = store_->GetNode(id);
    EXPECT_TRUE(node.ok() && node->has_value()) << id;
    return node.ok() && node->has_value() ? **node : NodeRecord{};
  }

  std::vector<EdgeRecord> AllEdges() {
    std::vector<EdgeRecord> edges;
    EXPECT_TRUE(store_
                    ->ScanAllEdges([&](const EdgeRecord& edge) {
                      edges.push_back(edge);
                      return true;
                    })
                    .ok());
    return edges;
  }

  std::vector<ObservationRecord> Observations(EdgeId edge) {
    absl::StatusOr<std::vector<ObservationRecord>> observations = store_->ListObservations(edge);
    EXPECT_TRUE(observations.ok()) << observations.status();
    return observations.ok() ? *observations : std::vector<ObservationRecord>{};
  }

  std::vector<std::string> Sentences(EdgeId edge) {
    std::vector<std::string> sentences;
    for (const ObservationRecord& o : Observations(edge)) sentences.push_back(o.evidence.sentence);
    return sentences;
  }

  TempDir dir_;
  std::unique_ptr<Store> store_;
};

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

TEST_F(StoreTest, ScanNodesByKindAndFindByName) {
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
  first.attributes = {{"born", "1972"}};
  Write(MakeArticle("a1", Date(2020, 1, 1), 1, {}, {first}));
  NodeRef second = Person("Askar Jumagaliev", {"A. Zhumagaliyev", "Zhumagaliyev"});
  second.attributes = {{"born", "1973"}, {"city", "Almaty"}};
  Write(MakeArticle("a2", Date(2021, 1, 1), 2, {}, {second}));

  const NodeId id = MakeNodeId(NodeKind::kPerson, 1);
  EXPECT_EQ(Id(NodeKind::kPerson, "Askar Jumagaliev"), id);
  const NodeRecord node = Node(id);
  EXPECT_EQ(node.name, "Askar Zhumagaliyev");  // the name never changes
  EXPECT_THAT(node.aliases, ElementsAre("Zhumagaliyev", "A. Zhumagaliyev"));
  EXPECT_THAT(node.attributes, ElementsAre(Pair("born", "1972"), Pair("city", "Almaty")));
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

// An edge every article reports (the President, seen in passing) keeps its
// sources outside its value; readers still get them all, sorted.
TEST_F(StoreTest, EdgeReportedByManyArticlesListsAllItsSources) {
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

TEST_F(StoreTest, ScanEdgesByDirectionAndRelation) {
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

TEST_F(StoreTest, ObservationsOfAnEdgeComeInArticleIdOrder) {
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
