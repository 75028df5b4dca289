// The executor's multi-part queries and paths on the test graph
// (tests/query/cypher/test_graph.h): WITH, named paths, shortestPath and
// allShortestPaths, list comprehensions and slices, each with its exact rows.
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "query/cypher/query.h"
#include "tests/query/cypher/test_graph.h"

namespace kg::cypher {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using Rows = std::vector<std::vector<std::string>>;

class QueryPartsTest : public ::testing::Test {
 protected:
  // The suite's own store, closed at its end: a store left open at exit (as
  // the fuzzers' shared one is) can leave RocksDB's background work queued,
  // which LeakSanitizer reports.
  static void SetUpTestSuite() {
    graph_ = new testing::TempStore;
    for (const ArticleFacts& article : testing::TestGraphArticles()) graph_->Write(article);
  }
  static void TearDownTestSuite() {
    delete graph_;
    graph_ = nullptr;
  }

  // The result's rows, each value as DebugString prints it.
  static Rows Run(std::string_view query, const ExecutionOptions& options = {}) {
    absl::StatusOr<QueryResult> result =
        RunQuery(graph_->store(), query, {}, options);
    EXPECT_TRUE(result.ok()) << query << "\n" << result.status();
    Rows rows;
    if (!result.ok()) return rows;
    for (const Row& row : result->rows) {
      std::vector<std::string> cells;
      for (const Value& value : row) cells.push_back(DebugString(value));
      rows.push_back(std::move(cells));
    }
    return rows;
  }

  static std::vector<std::string> Column(std::string_view query) {
    std::vector<std::string> column;
    for (const auto& row : Run(query)) column.push_back(row.at(0));
    return column;
  }

  static std::vector<std::string> Columns(std::string_view query) {
    absl::StatusOr<QueryResult> result = RunQuery(graph_->store(), query);
    EXPECT_TRUE(result.ok()) << result.status();
    return result.ok() ? result->columns : std::vector<std::string>{};
  }

  static std::string Error(std::string_view query, const ExecutionOptions& options = {}) {
    absl::StatusOr<QueryResult> result =
        RunQuery(graph_->store(), query, {}, options);
    if (result.ok()) return "no error";
    EXPECT_EQ(result.status().code(), absl::StatusCode::kInvalidArgument) << query;
    return std::string(result.status().message());
  }

  static testing::TempStore* graph_;
};

testing::TempStore* QueryPartsTest::graph_ = nullptr;

// --- WITH ---------------------------------------------------------------------

TEST_F(QueryPartsTest, WithAggregatesAndWhereFiltersTheAggregate) {
  // Aliya has two appointments (Energy, Labor); Berik and Dana one each.
  EXPECT_EQ(Run("MATCH (p:Person)-[r:APPOINTED_TO]->(o) WITH p, count(r) AS n WHERE n > 1 "
                "RETURN p.name, n ORDER BY n DESC"),
            (Rows{{"'Aliya Sarsenova'", "2"}}));
  EXPECT_EQ(
      Run("MATCH (p:Person)-[r:APPOINTED_TO]->(o) WITH p, count(r) AS n WHERE n >= 1 "
          "RETURN p.name, n ORDER BY n DESC, p.name"),
      (Rows{{"'Aliya Sarsenova'", "2"}, {"'Berik Tulegenov'", "1"}, {"'Dana Omarova'", "1"}}));
  // Aggregating twice: per person, then over the people.
  EXPECT_EQ(Run("MATCH (p:Person)-[r:APPOINTED_TO]->() WITH p, count(r) AS n "
                "RETURN sum(n), count(*), max(n)"),
            (Rows{{"4", "3", "2"}}));
  // A WHERE that keeps nothing: no row, and an aggregate after it sees none.
  EXPECT_EQ(Run("MATCH (p:Person)-[r:APPOINTED_TO]->() WITH p, count(r) AS n WHERE n > 5 "
                "RETURN p.name"),
            Rows{});
  EXPECT_EQ(Run("MATCH (p:Person)-[r:APPOINTED_TO]->() WITH p, count(r) AS n WHERE n > 5 "
                "RETURN count(*)"),
            (Rows{{"0"}}));
  EXPECT_EQ(Column("EXPLAIN MATCH (p:Person)-[r:APPOINTED_TO]->(o) WITH p, count(r) AS n "
                   "WHERE n > 1 RETURN p.name, n ORDER BY n DESC"),
            (std::vector<std::string>{
                "'MATCH 1'", "'  start (p:Person): scan of the nodes of that kind'",
                "'  expand (p)-[r]-(o)  out, APPOINTED_TO: edge records'",
                "'WITH 2: 2 column(s), aggregating, then WHERE; holds its rows until the clauses "
                "before finish'",
                "'RETURN 2 column(s), ORDER BY 1 key(s)'"}));
}

TEST_F(QueryPartsTest, WithDropsTheVariablesItDoesNotName) {
  EXPECT_EQ(Error("MATCH (p:Person)-[r:APPOINTED_TO]->(o) WITH p\nRETURN o.name"),
            "line 2, column 8: variable 'o' is not defined: the WITH at line 1, column 40 does "
            "not pass it on (add it to the WITH)");
  EXPECT_EQ(Error("MATCH (p:Person) WITH p.name AS name RETURN p"),
            "line 1, column 45: variable 'p' is not defined: the WITH at line 1, column 18 does "
            "not pass it on (add it to the WITH)");
  // A later MATCH may bind the dropped name afresh: it is a new variable.
  EXPECT_EQ(Run("MATCH (o:Office) WITH count(o) AS offices MATCH (o:Law) "
                "RETURN offices, o.name"),
            (Rows{{"2", "'Law on Digital Assets'"}}));
  // RETURN * sees only what the WITH passed on, in its order.
  EXPECT_THAT(Columns("MATCH (p:Person {name: 'Dana Omarova'})-[r]->(o) WITH o, p RETURN *"),
              ElementsAre("o", "p"));
}

TEST_F(QueryPartsTest, LaterMatchesStartFromTheNodesWithKept) {
  EXPECT_EQ(Column("MATCH (o:Office {name: 'Minister of Energy'}) WITH o "
                   "MATCH (p:Person)-[:APPOINTED_TO]->(o) RETURN p.name ORDER BY p.name"),
            (std::vector<std::string>{"'Aliya Sarsenova'", "'Berik Tulegenov'"}));
  // The planner starts the second MATCH at the kept node, not at a scan.
  EXPECT_EQ(Column("EXPLAIN MATCH (o:Office {name: 'Minister of Energy'}) WITH o "
                   "MATCH (p:Person)-[:APPOINTED_TO]->(o) RETURN p.name"),
            (std::vector<std::string>{
                "'MATCH 1'", "'  start (o:Office) by name: names index; then 1 filter(s)'",
                "'WITH 2: 1 column(s)'", "'MATCH 3'", "'  check (o) (bound earlier)'",
                "'  expand (o)-[]-(p:Person)  in, APPOINTED_TO: adjacency keys only'",
                "'RETURN 1 column(s)'"}));
  // A renamed node is a node too.
  EXPECT_EQ(Column("MATCH (o:Office {name: 'Minister of Labor'}) WITH o AS post "
                   "MATCH (p)-[:APPOINTED_TO]->(post) RETURN p.name ORDER BY p.name"),
            (std::vector<std::string>{"'Aliya Sarsenova'", "'Dana Omarova'"}));
}

TEST_F(QueryPartsTest, WithAliasesDistinctOrderSkipLimit) {
  EXPECT_EQ(Column("MATCH (p:Person) WITH p.name AS name WHERE name STARTS WITH 'D' "
                   "RETURN name"),
            (std::vector<std::string>{"'Dana Omarova'"}));
  EXPECT_EQ(Column("MATCH (:Person)-[:APPOINTED_TO]->(o:Office) WITH DISTINCT o "
                   "RETURN count(*)"),
            (std::vector<std::string>{"2"}));
  // The WITH's order reaches a RETURN that does not sort.
  EXPECT_EQ(Column("MATCH (p:Person) WITH p ORDER BY p.name DESC LIMIT 2 RETURN p.name"),
            (std::vector<std::string>{"'Erlan Kassymov'", "'Dana Omarova'"}));
  EXPECT_EQ(Column("MATCH (p:Person) WITH p.name AS name ORDER BY name SKIP 1 LIMIT 2 "
                   "RETURN name"),
            (std::vector<std::string>{"'Berik Tulegenov'", "'Dana Omarova'"}));
  // A LIMIT without ORDER BY streams, and stops what feeds it.
  EXPECT_EQ(Run("UNWIND [1, 2, 3, 4] AS x WITH x LIMIT 2 RETURN collect(x)"), (Rows{{"[1, 2]"}}));
  EXPECT_EQ(Run("UNWIND [1, 2, 3, 4] AS x WITH x SKIP 3 RETURN x"), (Rows{{"4"}}));
  EXPECT_EQ(Run("MATCH (p:Person) WITH p LIMIT 0 RETURN count(*)"), (Rows{{"0"}}));
  // WHERE applies to the rows the LIMIT let through.
  EXPECT_EQ(Run("UNWIND [1, 2, 3, 4] AS x WITH x LIMIT 2 WHERE x > 1 RETURN x"), (Rows{{"2"}}));
  // Two holding parts in a row, then a third MATCH.
  EXPECT_EQ(Run("MATCH (p:Person)-[:APPOINTED_TO]->(o:Office) WITH o, count(p) AS n "
                "ORDER BY n DESC, o.name LIMIT 1 WITH o, n * 10 AS score "
                "MATCH (o)<-[:HELD]-(h) RETURN o.name, score, h.name"),
            (Rows{{"'Minister of Energy'", "20", "'Aliya Sarsenova'"}}));
  EXPECT_EQ(Run("WITH 1 AS one, 'x' AS x RETURN one + 1, x"), (Rows{{"2", "'x'"}}));
}

TEST_F(QueryPartsTest, WithThenOptionalMatch) {
  EXPECT_EQ(Run("MATCH (p:Person) WITH p ORDER BY p.name OPTIONAL MATCH (p)-[:HELD]->(o) "
                "RETURN p.name, o.name"),
            (Rows{{"'Aliya Sarsenova'", "'Minister of Energy'"},
                  {"'Berik Tulegenov'", "null"},
                  {"'Dana Omarova'", "null"},
                  {"'Erlan Kassymov'", "null"}}));
}

TEST_F(QueryPartsTest, AComputedWithColumnCanBeANode) {
  // head(collect(...)) is a node only when the row runs: a pattern may use it.
  EXPECT_EQ(Column("MATCH (o:Office) WITH o ORDER BY o.name WITH collect(o)[0] AS first "
                   "MATCH (p)-[:APPOINTED_TO]->(first) RETURN p.name ORDER BY p.name"),
            (std::vector<std::string>{"'Aliya Sarsenova'", "'Berik Tulegenov'"}));
  EXPECT_EQ(Column("MATCH (o:Office) WITH o ORDER BY o.name WITH collect(o)[0] AS first "
                   "MATCH (first)<-[:APPOINTED_TO]-(p) RETURN p.name ORDER BY p.name"),
            (std::vector<std::string>{"'Aliya Sarsenova'", "'Berik Tulegenov'"}));
  // Null (no office at all): no match.
  EXPECT_EQ(Column("MATCH (o:Office {name: 'Nothing'}) WITH collect(o)[0] AS first "
                   "MATCH (first)--(p) RETURN p.name"),
            std::vector<std::string>{});
  // Anything else is an error at the pattern, as the row runs.
  EXPECT_EQ(Error("MATCH (o:Office) WITH count(o) AS n MATCH (n)--(p) RETURN p"),
            "line 1, column 43: 'n' is not a node: it is an int");
  EXPECT_EQ(Error("WITH 'x' AS n MATCH (p:Law)--(n) RETURN p"),
            "line 1, column 30: 'n' is not a node: it is a string");
}

TEST_F(QueryPartsTest, WithErrors) {
  EXPECT_EQ(Error("MATCH (n) WITH n, n RETURN n"),
            "line 1, column 19: column 'n' is passed on twice: name one with AS");
  EXPECT_EQ(Error("MATCH (n) WITH count(*) AS c WHERE count(*) > 1 RETURN c"),
            "line 1, column 36: count() aggregates rows and cannot be used in WITH ... WHERE");
  EXPECT_EQ(Error("MATCH (n) WITH count(*) AS c ORDER BY n.name RETURN c"),
            "line 1, column 39: after WITH DISTINCT or an aggregation, ORDER BY can only use the "
            "WITH's columns, and 'n' is not one");
  EXPECT_EQ(Error("UNWIND [1] AS x WITH x AS n MATCH (n) RETURN n"),
            "line 1, column 35: 'n' is a value, not a node");
}

// --- Named paths ------------------------------------------------------------------

TEST_F(QueryPartsTest, NamedPathOfOneHop) {
  EXPECT_EQ(Run("MATCH p = (a:Person {name: 'Dana Omarova'})-[:APPOINTED_TO]->(b) "
                "RETURN p, length(p), nodes(p), relationships(p)"),
            (Rows{{"<(:Person {name: 'Dana Omarova'})-[:APPOINTED_TO]->(:Office {name: "
                   "'Minister of Labor'})>",
                   "1", "[(:Person {name: 'Dana Omarova'}), (:Office {name: 'Minister of Labor'})]",
                   "[[:APPOINTED_TO 'Dana Omarova' -> 'Minister of Labor']]"}}));
  // A path of one node has no relationship.
  EXPECT_EQ(Run("MATCH p = (a:Law) RETURN length(p), size(nodes(p)), relationships(p)"),
            (Rows{{"0", "1", "[]"}}));
}

TEST_F(QueryPartsTest, NamedPathOfSeveralHops) {
  EXPECT_EQ(Run("MATCH p = (e:Event)-[:LOCATED_IN]->()-[:LOCATED_IN]->(c) RETURN p, length(p)"),
            (Rows{{"<(:Event {name: 'Energy Forum'})-[:LOCATED_IN]->(:Place {name: 'Expo "
                   "Hall'})-[:LOCATED_IN]->(:Place {name: 'Astana'})>",
                   "2"}}));
  EXPECT_EQ(Run("MATCH p = (e:Event)-[:LOCATED_IN*1..3]->(x) "
                "RETURN length(p), [n IN nodes(p) | n.name] ORDER BY length(p)"),
            (Rows{{"1", "['Energy Forum', 'Expo Hall']"},
                  {"2", "['Energy Forum', 'Expo Hall', 'Astana']"},
                  {"3", "['Energy Forum', 'Expo Hall', 'Astana', 'Kazakhstan']"}}));
  EXPECT_EQ(Column("MATCH p = (e:Event)-[*1..3]->(x) WHERE length(p) = 2 RETURN x.name"),
            (std::vector<std::string>{"'Astana'"}));
}

TEST_F(QueryPartsTest, NamedPathReadsAsWrittenWhenPlannedFromTheRight) {
  // The match starts at the named event (the right end) and walks leftwards;
  // the path still runs from c to e, its arrows as the edges are stored.
  EXPECT_EQ(Run("MATCH p = (c)<-[:LOCATED_IN*]-(e:Event {name: 'Energy Forum'}) "
                "RETURN [n IN nodes(p) | n.name], [r IN relationships(p) | startNode(r).name] "
                "ORDER BY length(p)"),
            (Rows{{"['Expo Hall', 'Energy Forum']", "['Energy Forum']"},
                  {"['Astana', 'Expo Hall', 'Energy Forum']", "['Expo Hall', 'Energy Forum']"},
                  {"['Kazakhstan', 'Astana', 'Expo Hall', 'Energy Forum']",
                   "['Astana', 'Expo Hall', 'Energy Forum']"}}));
  EXPECT_EQ(
      Column("MATCH p = (c:Country)<-[:LOCATED_IN]-(x)<-[:LOCATED_IN]-(h {name: 'Expo "
             "Hall'}) RETURN p"),
      (std::vector<std::string>{"<(:Country {name: 'Kazakhstan'})<-[:LOCATED_IN]-(:Place {name: "
                                "'Astana'})<-[:LOCATED_IN]-(:Place {name: 'Expo Hall'})>"}));
  // A named variable-length relationship reads in the same order.
  EXPECT_EQ(Column("MATCH (c:Country)<-[r:LOCATED_IN*]-(e:Event {name: 'Energy Forum'}) "
                   "RETURN [x IN r | startNode(x).name]"),
            (std::vector<std::string>{"['Astana', 'Expo Hall', 'Energy Forum']"}));
}

TEST_F(QueryPartsTest, NamedPathInOptionalMatchAndErrors) {
  EXPECT_EQ(Run("MATCH (a:Person {name: 'Erlan Kassymov'}) OPTIONAL MATCH p = (a)-[:HELD]->() "
                "RETURN a.name, p, length(p)"),
            (Rows{{"'Erlan Kassymov'", "null", "null"}}));
  EXPECT_EQ(Error("MATCH p = (a), p = (b) RETURN p"),
            "line 1, column 16: path variable 'p' is already defined");
  EXPECT_EQ(Error("MATCH (p) MATCH p = (a)-->(b) RETURN p"),
            "line 1, column 17: path variable 'p' is already defined");
  EXPECT_EQ(Error("MATCH p = (a:Law) RETURN p.name"),
            "line 1, column 26: cannot read .name of a path");
  EXPECT_EQ(Error("MATCH (a:Law) RETURN nodes(a)"),
            "line 1, column 22: nodes() expects a path, got node");
}

TEST_F(QueryPartsTest, APathsNodesAndEdgesAreExported) {
  absl::StatusOr<QueryResult> result = RunQuery(
      graph_->store(), "MATCH p = (e:Event)-[:LOCATED_IN*2]->(x) RETURN p");
  ASSERT_TRUE(result.ok()) << result.status();
  std::vector<NodeId> nodes;
  std::vector<EdgeRecord> edges;
  CollectElements(*result, &nodes, &edges);
  EXPECT_EQ(nodes.size(), 3u);  // the forum, the hall, Astana
  EXPECT_EQ(edges.size(), 2u);
}

// --- shortestPath -----------------------------------------------------------------

TEST_F(QueryPartsTest, ShortestPathBetweenBoundEnds) {
  const std::string ends =
      "MATCH (a:Person {name: 'Berik Tulegenov'}), (b:Country {name: 'Kazakhstan'}) ";
  EXPECT_EQ(
      Run(ends + "MATCH p = shortestPath((a)-[*..5]-(b)) "
                 "RETURN length(p), [n IN nodes(p) | n.name]"),
      (Rows{{"4", "['Berik Tulegenov', 'Energy Forum', 'Expo Hall', 'Astana', 'Kazakhstan']"}}));
  // Direction: every hop of that path points from Berik towards Kazakhstan.
  EXPECT_EQ(Run(ends + "MATCH p = shortestPath((a)-[*..5]->(b)) RETURN length(p)"), (Rows{{"4"}}));
  EXPECT_EQ(Run(ends + "MATCH p = shortestPath((a)<-[*..5]-(b)) RETURN length(p)"), Rows{});
  // The bound: four hops are needed, three are allowed: no row.
  EXPECT_EQ(Run(ends + "MATCH p = shortestPath((a)-[*..3]-(b)) RETURN p"), Rows{});
  // Without a path variable, the relationship list is the path's edges.
  EXPECT_EQ(Run(ends + "MATCH shortestPath((a)-[r:PARTICIPANT_IN|LOCATED_IN*]->(b)) "
                       "RETURN [x IN r | type(x)]"),
            (Rows{{"['PARTICIPANT_IN', 'LOCATED_IN', 'LOCATED_IN', 'LOCATED_IN']"}}));
}

TEST_F(QueryPartsTest, ShortestPathWhenNoneExists) {
  // Dana's only edge leads into the Labor post, which leads nowhere.
  EXPECT_EQ(Run("MATCH (a:Person {name: 'Dana Omarova'}), (b:Law) "
                "MATCH p = shortestPath((a)-[*]->(b)) RETURN p"),
            Rows{});
  // Berik has no LOCATED_IN edge at all.
  EXPECT_EQ(Run("MATCH (a:Person {name: 'Berik Tulegenov'}), (b:Country {name: 'Kazakhstan'}) "
                "MATCH p = shortestPath((a)-[:LOCATED_IN*]-(b)) RETURN p"),
            Rows{});
  // From a node to itself: only a zero-length search finds it.
  EXPECT_EQ(Run("MATCH (a:Person {name: 'Dana Omarova'}) "
                "MATCH p = shortestPath((a)-[*]-(a)) RETURN p"),
            Rows{});
  EXPECT_EQ(Run("MATCH (a:Person {name: 'Dana Omarova'}) "
                "MATCH p = shortestPath((a)-[*0..2]-(a)) RETURN length(p), p"),
            (Rows{{"0", "<(:Person {name: 'Dana Omarova'})>"}}));
}

TEST_F(QueryPartsTest, ShortestPathInOptionalMatch) {
  EXPECT_EQ(Run("MATCH (a:Person {name: 'Dana Omarova'}) "
                "OPTIONAL MATCH p = shortestPath((a)-[:LOCATED_IN*]-(b:Country)) "
                "RETURN a.name, p, b"),
            (Rows{{"'Dana Omarova'", "null", "null"}}));
  EXPECT_EQ(Run("MATCH (a:Event) OPTIONAL MATCH p = shortestPath((a)-[:LOCATED_IN*]-(b:Country)) "
                "RETURN b.name, length(p)"),
            (Rows{{"'Kazakhstan'", "3"}}));
  // The relationship list is bound by the search: a WHERE on it runs after,
  // and OPTIONAL MATCH leaves it null.
  EXPECT_EQ(Run("MATCH (a:Event) MATCH shortestPath((a)-[r:LOCATED_IN*]->(b)) WHERE size(r) = 2 "
                "RETURN b.name"),
            (Rows{{"'Astana'"}}));
  EXPECT_EQ(Run("MATCH (a:Person) WHERE a.name IN ['Aliya Sarsenova', 'Dana Omarova'] "
                "OPTIONAL MATCH shortestPath((a)-[r:HELD*]->(b)) RETURN a.name, r ORDER BY a.name"),
            (Rows{{"'Aliya Sarsenova'", "[[:HELD 'Aliya Sarsenova' -> 'Minister of Energy']]"},
                  {"'Dana Omarova'", "null"}}));
}

TEST_F(QueryPartsTest, AllShortestPathsGivesEveryPathOfTheShortestLength) {
  // Aliya reaches the Energy post twice (appointed to it, and held it):
  // two paths of two edges from Berik, which shortestPath reduces to one.
  const std::string ends =
      "MATCH (a:Person {name: 'Berik Tulegenov'}), (b:Person {name: 'Aliya Sarsenova'}) ";
  EXPECT_EQ(Run(ends + "MATCH p = allShortestPaths((a)-[*..4]-(b)) "
                       "RETURN [r IN relationships(p) | type(r)], [n IN nodes(p) | n.name] "
                       "ORDER BY [r IN relationships(p) | type(r)]"),
            (Rows{{"['APPOINTED_TO', 'APPOINTED_TO']",
                   "['Berik Tulegenov', 'Minister of Energy', 'Aliya Sarsenova']"},
                  {"['APPOINTED_TO', 'HELD']",
                   "['Berik Tulegenov', 'Minister of Energy', 'Aliya Sarsenova']"}}));
  EXPECT_EQ(Run(ends + "MATCH p = shortestPath((a)-[*..4]-(b)) RETURN count(*), length(p)"),
            (Rows{{"1", "2"}}));
  // A type filter leaves one of the two.
  EXPECT_EQ(Run(ends + "MATCH p = allShortestPaths((a)-[:APPOINTED_TO*]-(b)) "
                       "RETURN [r IN relationships(p) | type(r)]"),
            (Rows{{"['APPOINTED_TO', 'APPOINTED_TO']"}}));
}

TEST_F(QueryPartsTest, ShortestPathToEveryNodeAndFromTheRightEnd) {
  // An unbound end: the shortest path to each node reached.
  EXPECT_EQ(Run("MATCH (a:Event {name: 'Energy Forum'}) "
                "MATCH p = shortestPath((a)-[:LOCATED_IN*]->(x)) RETURN x.name, length(p)"),
            (Rows{{"'Expo Hall'", "1"}, {"'Astana'", "2"}, {"'Kazakhstan'", "3"}}));
  // Bound on the right: the search runs from Kazakhstan, the path reads as written.
  EXPECT_EQ(Run("MATCH (b:Country {name: 'Kazakhstan'}) "
                "MATCH p = shortestPath((x:Event)-[*..4]->(b)) RETURN [n IN nodes(p) | n.name]"),
            (Rows{{"['Energy Forum', 'Expo Hall', 'Astana', 'Kazakhstan']"}}));
  // The ends kept by a WITH.
  EXPECT_EQ(Run("MATCH (a:Person {name: 'Dana Omarova'}), (b:Person {name: 'Berik Tulegenov'}) "
                "WITH a, b MATCH p = shortestPath((a)-[*]-(b)) RETURN length(p)"),
            (Rows{{"4"}}));
}

TEST_F(QueryPartsTest, ShortestPathExplainAndErrors) {
  EXPECT_EQ(Column("EXPLAIN MATCH (a:Person {name: 'Dana Omarova'}), (b:Law) "
                   "MATCH p = allShortestPaths((a)-[:HELD*..4]->(b)) RETURN p"),
            (std::vector<std::string>{
                "'MATCH 1'", "'  start (a:Person) by name: names index; then 1 filter(s)'",
                "'  start (b:Law): scan of the nodes of that kind'", "'MATCH 2'",
                "'  check (a) (bound earlier)'",
                "'  all shortest paths (a)-[*1..4]-(b) (bound earlier)  out, HELD: breadth-first, "
                "each node expanded once'",
                "'  path p of the 1 relationship(s) above'", "'RETURN 1 column(s)'"}));
  EXPECT_EQ(Error("MATCH (a), (b) MATCH p = shortestPath((a)-[*..50]-(b)) RETURN p"),
            "line 1, column 47: variable-length bound 50 is above the hop limit 10");
  ExecutionOptions three;
  three.max_hops = 3;
  EXPECT_EQ(Error("MATCH (a), (b) MATCH p = shortestPath((a)-[*..4]-(b)) RETURN p", three),
            "line 1, column 47: variable-length bound 4 is above the hop limit 3");
}

// --- List comprehensions and slices --------------------------------------------------

TEST_F(QueryPartsTest, ListComprehensions) {
  EXPECT_EQ(Run("RETURN [x IN [1, 2, 3] WHERE x > 1 | x * 2], [x IN [1, 2, 3] WHERE x > 1], "
                "[x IN [1, 2, 3] | x * 2]"),
            (Rows{{"[4, 6]", "[2, 3]", "[2, 4, 6]"}}));
  // Over an empty list, over null, and over nulls inside a list.
  EXPECT_EQ(Run("RETURN [x IN [] | x + 1], [x IN null | x + 1], [x IN [1, null, 3] WHERE x > 1], "
                "[x IN [1, null] | x]"),
            (Rows{{"[]", "null", "[3]", "[1, null]"}}));
  // The variable is local: it shadows an outer one, nests, and goes.
  EXPECT_EQ(Run("WITH 10 AS x RETURN [x IN [1, 2] | x + 1], x"), (Rows{{"[2, 3]", "10"}}));
  EXPECT_EQ(Run("RETURN [x IN [1, 2] | [y IN [10, 20] WHERE y > x * 10 | x + y]]"),
            (Rows{{"[[21], []]"}}));
  EXPECT_EQ(Run("WITH [1, 2] AS l RETURN [x IN l | [x IN l | x]]"), (Rows{{"[[1, 2], [1, 2]]"}}));
  // Over graph values and aggregates.
  EXPECT_EQ(Run("MATCH (p:Person {name: 'Berik Tulegenov'}) RETURN [a IN p.aliases | toUpper(a)]"),
            (Rows{{"['TULEGENOV']"}}));
  EXPECT_EQ(Run("MATCH (p:Person) RETURN [n IN collect(p.name) WHERE n STARTS WITH 'A']"),
            (Rows{{"['Aliya Sarsenova']"}}));
  EXPECT_EQ(Column("MATCH (p:Person) WHERE size([a IN p.aliases WHERE a = 'Tulegenov']) > 0 "
                   "RETURN p.name"),
            (std::vector<std::string>{"'Berik Tulegenov'"}));
}

TEST_F(QueryPartsTest, Range) {
  EXPECT_EQ(Run("RETURN range(1, 5), range(0, 10, 3), range(5, 1), range(5, 1, -2), "
                "[x IN range(1, 10) WHERE x % 3 = 0 | x * x], range(1, null)"),
            (Rows{{"[1, 2, 3, 4, 5]", "[0, 3, 6, 9]", "[]", "[5, 3, 1]", "[9, 36, 81]", "null"}}));
  EXPECT_EQ(Error("RETURN range(1, 1000000000000)"),
            "line 1, column 8: range() would make 1000000000000 elements, more than 10000000");
  EXPECT_EQ(Error("RETURN range(1, 2, 0)"), "line 1, column 8: range() cannot step by 0");
  EXPECT_EQ(Error("RETURN range(1, 'a')"), "line 1, column 8: range() takes integers, got string");
}

TEST_F(QueryPartsTest, ListComprehensionErrors) {
  EXPECT_EQ(Error("RETURN [x IN 5 | x]"),
            "line 1, column 14: a list comprehension needs a list after IN, got int");
  EXPECT_EQ(Error("RETURN [x IN [1] | count(x)]"),
            "line 1, column 20: count() aggregates rows and cannot be used in a list "
            "comprehension");
  EXPECT_EQ(Error("RETURN [x IN [1] | x], x"), "line 1, column 24: variable 'x' is not defined");
  EXPECT_EQ(Error("RETURN [x IN [1, 'a'] WHERE x | x]"),
            "line 1, column 29: WHERE needs a boolean, got int");
}

TEST_F(QueryPartsTest, ListSlices) {
  EXPECT_EQ(Run("RETURN [1, 2, 3, 4][1..3], [1, 2, 3][..-1], [1, 2, 3][2..], [1, 2, 3][5..9], "
                "[1, 2, 3][2..1], null[1..2], [1, 2][null..1]"),
            (Rows{{"[2, 3]", "[1, 2]", "[3]", "[]", "[]", "null", "null"}}));
  EXPECT_EQ(Error("RETURN 'abc'[0..1]"), "line 1, column 13: cannot slice a string: only lists");
  EXPECT_EQ(Error("RETURN [1][0..'a']"),
            "line 1, column 11: a slice's bounds are integers, got string");
}

}  // namespace
}  // namespace kg::cypher
