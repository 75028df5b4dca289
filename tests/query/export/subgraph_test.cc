// Subgraphs read from a real Store (RocksDB in a temporary directory) holding
// the sample's articles (sample_graph.h).
#include "query/export/subgraph.h"

#include <stdlib.h>

#include <filesystem>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "query/names/name_resolution.h"
#include "tests/query/export/sample_graph.h"

namespace kg {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

class SubgraphTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (std::filesystem::temp_directory_path() / "kg-export-XXXXXX").string();
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
    absl::StatusOr<std::unique_ptr<Store>> store = testing::WriteSampleStore(dir_ + "/db");
    ASSERT_TRUE(store.ok()) << store.status();
    store_ = std::move(*store);
  }
  void TearDown() override {
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  NodeId Id(std::string_view name) {
    absl::StatusOr<NodeRecord> node = ResolveName(*store_, name, std::nullopt);
    EXPECT_TRUE(node.ok()) << node.status();
    return node.ok() ? node->id : 0;
  }

  static std::set<std::string> Names(const Subgraph& graph) {
    std::set<std::string> names;
    for (const NodeRecord& node : graph.nodes) names.insert(node.name);
    return names;
  }
  // "source -relation-> target" for every edge.
  static std::multiset<std::string> Edges(const Subgraph& graph) {
    std::multiset<std::string> edges;
    for (const SubgraphEdge& edge : graph.edges) {
      edges.insert(graph.FindNode(edge.src)->name + " -" +
                   std::string(RelationName(edge.relation)) + "-> " +
                   graph.FindNode(edge.dst)->name);
    }
    return edges;
  }

  std::string dir_;
  std::unique_ptr<Store> store_;
};

TEST_F(SubgraphTest, ResolvesNamesAliasesAndUniquePrefixes) {
  const NodeId bekov = Id("Yerlan Bekov");
  EXPECT_EQ(KindOfNodeId(bekov), NodeKind::kPerson);
  EXPECT_EQ(Id("yerlan  BEKOV"), bekov);
  EXPECT_EQ(Id("Bekov"), bekov);   // an alias
  EXPECT_EQ(Id("Yerlan"), bekov);  // a unique prefix
  EXPECT_EQ(KindOfNodeId(Id("Majilis")), NodeKind::kOrganization);
  EXPECT_EQ(Id("Majilis"), Id("Мәжіліс"));
}

TEST_F(SubgraphTest, NameErrorsSayWhatWentWrong) {
  absl::StatusOr<NodeRecord> missing = ResolveName(*store_, "Nobody Atall", std::nullopt);
  EXPECT_EQ(missing.status().code(), absl::StatusCode::kNotFound);
  EXPECT_THAT(missing.status().message(), HasSubstr("no node named \"Nobody Atall\""));

  absl::StatusOr<NodeRecord> empty = ResolveName(*store_, " -- ", std::nullopt);
  EXPECT_EQ(empty.status().code(), absl::StatusCode::kInvalidArgument);

  // Kind narrows the candidates: there is no office called Kazakhstan.
  EXPECT_EQ(ResolveName(*store_, "Kazakhstan", NodeKind::kOffice).status().code(),
            absl::StatusCode::kNotFound);
  EXPECT_TRUE(ResolveName(*store_, "Kazakhstan", NodeKind::kCountry).ok());
}

TEST_F(SubgraphTest, AnAmbiguousNameListsItsCandidates) {
  ArticleFacts article;
  article.id = "b01";
  article.date = Date(2024, 8, 1);
  article.title = "Another Bekov";
  article.content_hash = 99;
  article.entities.push_back(NodeRef{NodeKind::kPerson, "Nurlan Bekov", {"Bekov"}, {}, {}});
  ASSERT_TRUE(store_->WriteArticle(article).ok());

  absl::StatusOr<NodeRecord> bekov = ResolveName(*store_, "Bekov", std::nullopt);
  EXPECT_EQ(bekov.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(bekov.status().message(),
              HasSubstr("\"Bekov\" matches 2 nodes; give one of these names:\n  Nurlan Bekov "
                        "(person)\n  Yerlan Bekov (person)"));
  // The full name still finds one; so does a node whose own name is the query.
  EXPECT_TRUE(ResolveName(*store_, "Nurlan Bekov", std::nullopt).ok());
}

TEST_F(SubgraphTest, DepthCountsHopsInBothDirections) {
  AroundOptions options;
  options.depth = 0;
  absl::StatusOr<Subgraph> alone = SubgraphAround(*store_, "Yerlan Bekov", options);
  ASSERT_TRUE(alone.ok()) << alone.status();
  EXPECT_EQ(Names(*alone), (std::set<std::string>{"Yerlan Bekov"}));
  EXPECT_TRUE(alone->edges.empty());
  EXPECT_EQ(alone->title, "around Yerlan Bekov, depth 0");

  options.depth = 1;
  absl::StatusOr<Subgraph> one = SubgraphAround(*store_, "Bekov", options);
  ASSERT_TRUE(one.ok()) << one.status();
  EXPECT_EQ(Names(*one),
            (std::set<std::string>{"Yerlan Bekov",
                                   "Minister of Labor and Social Protection of Population",
                                   "Law \"On Employment\" <draft> \\N 2024"}));
  EXPECT_EQ(Edges(*one),
            (std::multiset<std::string>{
                "Yerlan Bekov -held-> Minister of Labor and Social Protection of Population",
                "Law \"On Employment\" <draft> \\N 2024 -signed_by-> Yerlan Bekov"}));

  // Depth 2 reaches Sarsenova, and keeps both of her edges to the office
  // (parallel edges), but not the partner_of edge, which is one hop further.
  options.depth = 2;
  absl::StatusOr<Subgraph> two = SubgraphAround(*store_, "Yerlan Bekov", options);
  ASSERT_TRUE(two.ok()) << two.status();
  EXPECT_EQ(two->nodes.size(), 7u);
  EXPECT_EQ(two->edges.size(), 7u);
  EXPECT_EQ(Names(*two).count("Uzbekistan"), 0u);

  options.depth = 3;
  absl::StatusOr<Subgraph> three = SubgraphAround(*store_, "Yerlan Bekov", options);
  ASSERT_TRUE(three.ok()) << three.status();
  // Everything but the forum, which no fact connects.
  EXPECT_EQ(three->nodes.size(), 8u);
  EXPECT_EQ(three->edges.size(), 8u);
  EXPECT_EQ(Names(*three).count("Astana International Forum"), 0u);
  EXPECT_FALSE(three->truncated);
  // Sorted by id, and closed: every edge's ends are nodes of the subgraph.
  for (size_t i = 1; i < three->nodes.size(); ++i) {
    EXPECT_LT(three->nodes[i - 1].id, three->nodes[i].id);
  }
  for (const SubgraphEdge& edge : three->edges) {
    EXPECT_NE(three->FindNode(edge.src), nullptr);
    EXPECT_NE(three->FindNode(edge.dst), nullptr);
  }
}

TEST_F(SubgraphTest, EdgesCarryTheirEvidence) {
  AroundOptions options;
  options.depth = 1;
  options.max_evidence_per_edge = 1;
  absl::StatusOr<Subgraph> graph = SubgraphAround(*store_, "Aigerim Sarsenova", options);
  ASSERT_TRUE(graph.ok()) << graph.status();
  const SubgraphEdge* appointed = nullptr;
  for (const SubgraphEdge& edge : graph->edges) {
    if (edge.relation == Relation::kAppointedTo) appointed = &edge;
  }
  ASSERT_NE(appointed, nullptr);
  EXPECT_THAT(appointed->sources, ElementsAre("a01", "a02"));
  ASSERT_EQ(appointed->evidence.size(), 1u);  // the cap, in article id order
  EXPECT_EQ(appointed->evidence[0].article_id, "a01");
  EXPECT_EQ(appointed->evidence[0].article_date, Date(2024, 3, 1));
  EXPECT_THAT(appointed->evidence[0].sentence, HasSubstr("</script><script>window.kgPwned=2"));
  EXPECT_EQ(appointed->time.date, Date(2024, 3, 1));
  EXPECT_EQ(appointed->by, "Government");
}

TEST_F(SubgraphTest, TheNodeCapTruncatesAndSaysSo) {
  AroundOptions options;
  options.depth = 3;
  options.max_nodes = 4;
  absl::StatusOr<Subgraph> graph = SubgraphAround(*store_, "Yerlan Bekov", options);
  ASSERT_TRUE(graph.ok()) << graph.status();
  EXPECT_EQ(graph->nodes.size(), 4u);
  EXPECT_TRUE(graph->truncated);
  EXPECT_THAT(graph->truncation_note, HasSubstr("stopped at 4 nodes"));
  EXPECT_THAT(Names(*graph), ::testing::Contains("Yerlan Bekov"));
}

TEST_F(SubgraphTest, RejectsDepthsOutOfRange) {
  AroundOptions options;
  options.depth = kMaxExportDepth + 1;
  EXPECT_EQ(SubgraphAround(*store_, "Yerlan Bekov", options).status().code(),
            absl::StatusCode::kInvalidArgument);
  options.depth = -1;
  EXPECT_EQ(SubgraphAround(*store_, "Yerlan Bekov", options).status().code(),
            absl::StatusCode::kInvalidArgument);
  options.depth = 1;
  options.max_nodes = 0;
  EXPECT_EQ(SubgraphAround(*store_, "Yerlan Bekov", options).status().code(),
            absl::StatusCode::kInvalidArgument);
}

TEST_F(SubgraphTest, FromElementsAddsEndsAndTheEdgesAmongThem) {
  // The two countries alone: the partner_of edge between them comes along.
  absl::StatusOr<Subgraph> countries =
      SubgraphFromElements(*store_, {Id("Kazakhstan"), Id("Uzbekistan")}, {});
  ASSERT_TRUE(countries.ok()) << countries.status();
  EXPECT_EQ(Edges(*countries), (std::multiset<std::string>{"Kazakhstan -partner_of-> Uzbekistan"}));

  // An edge brings its ends, and the edges among all of them.
  std::vector<EdgeRecord> signed_by;
  ASSERT_TRUE(store_
                  ->ScanEdges(Id("Yerlan Bekov"), Direction::kIn, Relation::kSignedBy,
                              [&](const EdgeRecord& e) {
                                signed_by.push_back(e);
                                return true;
                              })
                  .ok());
  ASSERT_EQ(signed_by.size(), 1u);
  absl::StatusOr<Subgraph> graph = SubgraphFromElements(*store_, {Id("Kazakhstan")}, signed_by);
  ASSERT_TRUE(graph.ok()) << graph.status();
  EXPECT_EQ(Edges(*graph),
            (std::multiset<std::string>{
                "Law \"On Employment\" <draft> \\N 2024 -signed_by-> Yerlan Bekov",
                "Law \"On Employment\" <draft> \\N 2024 -entered_into_force-> Kazakhstan"}));

  EXPECT_EQ(
      SubgraphFromElements(*store_, {MakeNodeId(NodeKind::kPlace, 12345)}, {}).status().code(),
      absl::StatusCode::kNotFound);
}

}  // namespace
}  // namespace kg
