// The executor on a real store (tests/query/cypher/test_graph.h): exact rows
// for patterns, predicates, dates, aggregation, ordering and parameters.
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

class ExecutorTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    graph_ = new testing::TempStore;
    for (const ArticleFacts& article : testing::TestGraphArticles()) graph_->Write(article);
  }
  static void TearDownTestSuite() {
    delete graph_;
    graph_ = nullptr;
  }

  // The result's rows, each value as DebugString prints it.
  static Rows Run(std::string_view query, const Parameters& parameters = {},
                  const ExecutionOptions& options = {}) {
    absl::StatusOr<QueryResult> result = RunQuery(graph_->store(), query, parameters, options);
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

  // The first column of every row.
  static std::vector<std::string> Column(std::string_view query,
                                         const Parameters& parameters = {}) {
    std::vector<std::string> column;
    for (const auto& row : Run(query, parameters)) column.push_back(row.at(0));
    return column;
  }

  static std::string Error(std::string_view query, const Parameters& parameters = {},
                           const ExecutionOptions& options = {}) {
    absl::StatusOr<QueryResult> result = RunQuery(graph_->store(), query, parameters, options);
    if (result.ok()) return "no error";
    EXPECT_EQ(result.status().code(), absl::StatusCode::kInvalidArgument) << query;
    return std::string(result.status().message());
  }

  static testing::TempStore* graph_;
};

testing::TempStore* ExecutorTest::graph_ = nullptr;

TEST_F(ExecutorTest, AcceptanceQuery) {
  // "2025" (a year) sorts before 2025-01-01, so Aliya's Labor appointment
  // is not on or after it; "2025-06" (a month) is.
  EXPECT_EQ(Run("MATCH (p:Person)-[r:APPOINTED_TO]->(o:Office) WHERE r.date >= "
                "date(\"2025-01-01\") RETURN p.name, o.name, r.date ORDER BY r.date"),
            (Rows{{"'Berik Tulegenov'", "'Minister of Energy'", "date('2025-02-10')"},
                  {"'Dana Omarova'", "'Minister of Labor'", "date('2025-06')"}}));
}

TEST_F(ExecutorTest, RegexMatchIsAWholeStringRe2Match) {
  EXPECT_EQ(Column("MATCH (p:Person) WHERE p.name =~ '[AB].*ov.*' RETURN p.name ORDER BY p.name"),
            (std::vector<std::string>{"'Aliya Sarsenova'", "'Berik Tulegenov'"}));
  // The whole name must match: 'Omar' alone does not.
  EXPECT_EQ(Column("MATCH (p:Person) WHERE p.name =~ 'Omar' RETURN p.name"),
            std::vector<std::string>{});
  EXPECT_EQ(Column("MATCH (p:Person) WHERE p.name =~ '(?i)dana .*' RETURN p.name"),
            (std::vector<std::string>{"'Dana Omarova'"}));
  EXPECT_EQ(Run("RETURN 'abc' =~ $p, null =~ 'a', 1 =~ 'a'", {{"p", Value::String("a.c")}}),
            (Rows{{"true", "null", "null"}}));
  EXPECT_THAT(Error("RETURN 'a' =~ '('"), HasSubstr("bad regular expression"));
}

TEST_F(ExecutorTest, CaseInBothForms) {
  EXPECT_EQ(Run("MATCH (p:Person)-[r:APPOINTED_TO]->(o:Office) "
                "RETURN p.name, CASE WHEN r.date < date('2025') THEN 'early' "
                "WHEN r.date.month IS NULL THEN 'undated month' ELSE 'late' END "
                "ORDER BY r.date"),
            (Rows{{"'Aliya Sarsenova'", "'early'"},
                  {"'Aliya Sarsenova'", "'undated month'"},
                  {"'Berik Tulegenov'", "'late'"},
                  {"'Dana Omarova'", "'late'"}}));
  EXPECT_EQ(Run("MATCH (c:Country)-[r:PARTNER_OF]-(d:Country {name: 'Kazakhstan'}) "
                "RETURN c.name, CASE r.level WHEN 'ally' THEN 1 WHEN 'strategic partner' THEN 2 "
                "END AS rank ORDER BY rank"),
            (Rows{{"'Kyrgyzstan'", "1"}, {"'Uzbekistan'", "2"}}));
  // No WHEN holds and no ELSE: null.
  EXPECT_EQ(Run("RETURN CASE 1 WHEN 2 THEN 'two' END, CASE WHEN null THEN 1 ELSE 0 END"),
            (Rows{{"null", "0"}}));
}

TEST_F(ExecutorTest, ExplainPrintsThePlanWithoutRunningIt) {
  absl::StatusOr<QueryResult> result = RunQuery(
      graph_->store(),
      "EXPLAIN MATCH (p:Person {name: 'Berik Tulegenov'})-[*1..2]-(x) RETURN count(DISTINCT x)");
  ASSERT_TRUE(result.ok()) << result.status();
  EXPECT_THAT(result->columns, ElementsAre("plan"));
  EXPECT_EQ(Column("EXPLAIN MATCH (p:Person {name: 'Berik Tulegenov'})-[*1..2]-(x) "
                   "RETURN count(DISTINCT x)"),
            (std::vector<std::string>{
                "'MATCH 1'", "'  start (p:Person) by name: names index; then 1 filter(s)'",
                "'  walk (p)-[*1..2]-(x)  both, any type: adjacency keys only'",
                "'RETURN 1 column(s), aggregating'"}));
  // Planned from the named office, whichever side it is written on.
  EXPECT_EQ(Column("EXPLAIN MATCH (p:Person)-[r:HELD|APPOINTED_TO]->(o:Office) "
                   "WHERE o.name = 'Minister of Energy' RETURN p.name ORDER BY p.name LIMIT 2"),
            (std::vector<std::string>{
                "'MATCH 1'", "'  start (o:Office) by name: names index; then 1 filter(s)'",
                "'  expand (o)-[r]-(p:Person)  in, HELD|APPOINTED_TO: edge records'",
                "'RETURN 1 column(s), ORDER BY 1 key(s), LIMIT 2'"}));
}

TEST_F(ExecutorTest, OptionalMatchKeepsTheRowWithNulls) {
  EXPECT_EQ(Run("MATCH (p:Person) OPTIONAL MATCH (p)-[:PARTICIPANT_IN]->(e) "
                "RETURN p.name, e.name ORDER BY p.name"),
            (Rows{{"'Aliya Sarsenova'", "null"},
                  {"'Berik Tulegenov'", "'Energy Forum'"},
                  {"'Dana Omarova'", "null"},
                  {"'Erlan Kassymov'", "null"}}));
  EXPECT_EQ(Run("MATCH (p:Person) OPTIONAL MATCH (p)-[r:APPOINTED_TO]->() "
                "RETURN p.name, count(r) ORDER BY p.name"),
            (Rows{{"'Aliya Sarsenova'", "2"},
                  {"'Berik Tulegenov'", "1"},
                  {"'Dana Omarova'", "1"},
                  {"'Erlan Kassymov'", "0"}}));
  // WHERE belongs to the OPTIONAL MATCH: failing it is no match, not no row.
  EXPECT_EQ(Run("MATCH (p:Person {name: 'Aliya Sarsenova'}) "
                "OPTIONAL MATCH (p)-[r:APPOINTED_TO]->(o) WHERE o.name = 'Minister of Nothing' "
                "RETURN p.name, type(r), o.name"),
            (Rows{{"'Aliya Sarsenova'", "null", "null"}}));
  // A later MATCH from a variable left null matches nothing.
  EXPECT_EQ(Run("MATCH (p:Person {name: 'Dana Omarova'}) OPTIONAL MATCH (p)-[:PARTICIPANT_IN]->(e) "
                "MATCH (e)-[:LOCATED_IN]->(h) RETURN p.name, h.name"),
            Rows{});
  EXPECT_EQ(Run("MATCH (p:Person {name: 'Berik Tulegenov'}) "
                "OPTIONAL MATCH (p)-[:PARTICIPANT_IN]->(e) MATCH (e)-[:LOCATED_IN]->(h) "
                "RETURN p.name, h.name"),
            (Rows{{"'Berik Tulegenov'", "'Expo Hall'"}}));
}

TEST_F(ExecutorTest, UnwindMakesARowPerElement) {
  EXPECT_EQ(Column("UNWIND [3, 1, 2] AS x RETURN x ORDER BY x"),
            (std::vector<std::string>{"1", "2", "3"}));
  EXPECT_EQ(Run("UNWIND ['Dana Omarova', 'Berik Tulegenov'] AS name "
                "MATCH (p:Person {name: name})-[:APPOINTED_TO]->(o) RETURN name, o.name"),
            (Rows{{"'Dana Omarova'", "'Minister of Labor'"},
                  {"'Berik Tulegenov'", "'Minister of Energy'"}}));
  EXPECT_EQ(Run("MATCH (o:Office) UNWIND [1, 2] AS k RETURN o.name, k ORDER BY o.name, k"),
            (Rows{{"'Minister of Energy'", "1"},
                  {"'Minister of Energy'", "2"},
                  {"'Minister of Labor'", "1"},
                  {"'Minister of Labor'", "2"}}));
  EXPECT_EQ(Run("UNWIND [1, 1, 2] AS x RETURN x, count(*) ORDER BY x"),
            (Rows{{"1", "2"}, {"2", "1"}}));
  EXPECT_EQ(Run("UNWIND $xs AS x RETURN x", {{"xs", Value::FromList({Value::Int(7)})}}),
            (Rows{{"7"}}));
  // null is no rows; any other value is a list of one.
  EXPECT_EQ(Run("UNWIND null AS x RETURN x"), Rows{});
  EXPECT_EQ(Run("UNWIND 5 AS x RETURN x"), (Rows{{"5"}}));
  EXPECT_THAT(Error("UNWIND [1] AS x MATCH (x) RETURN x"), HasSubstr("'x' is a value, not a node"));
  EXPECT_THAT(Error("UNWIND [1] AS x UNWIND [2] AS x RETURN x"), HasSubstr("already defined"));
  EXPECT_THAT(Error("UNWIND y AS x RETURN x"), HasSubstr("variable 'y' is not defined"));
}

TEST_F(ExecutorTest, DateComponentsFollowThePrecision) {
  EXPECT_EQ(Run("MATCH (p:Person)-[r:APPOINTED_TO]->(o:Office) "
                "RETURN p.name, r.date.year, r.date.month, r.date.day ORDER BY r.date"),
            (Rows{{"'Aliya Sarsenova'", "2024", "3", "5"},
                  {"'Aliya Sarsenova'", "2025", "null", "null"},
                  {"'Berik Tulegenov'", "2025", "2", "10"},
                  {"'Dana Omarova'", "2025", "6", "null"}}));
  EXPECT_EQ(Column("MATCH (l:Law)-[r]->() WHERE r.date.year = 2024 RETURN type(r)"),
            (std::vector<std::string>{"'DRAFTED_BY'"}));
  EXPECT_THAT(Error("RETURN date('2024-03-01').week"), HasSubstr(".year, .month and .day"));
}

TEST_F(ExecutorTest, ColumnsAreAliasesOrText) {
  absl::StatusOr<QueryResult> result =
      RunQuery(graph_->store(),
               "MATCH (p:Person)-[r:APPOINTED_TO]->(o) RETURN p.name, o.name AS office "
               "LIMIT 0");
  ASSERT_TRUE(result.ok()) << result.status();
  EXPECT_THAT(result->columns, ElementsAre("p.name", "office"));
  EXPECT_TRUE(result->rows.empty());

  absl::StatusOr<QueryResult> star = RunQuery(
      graph_->store(), "MATCH (p:Person {name: 'Dana Omarova'})-[r:APPOINTED_TO]->(o) RETURN *");
  ASSERT_TRUE(star.ok()) << star.status();
  EXPECT_THAT(star->columns, ElementsAre("p", "r", "o"));
  ASSERT_EQ(star->rows.size(), 1u);
  EXPECT_EQ(DebugString(star->rows[0][1]), "[:APPOINTED_TO 'Dana Omarova' -> 'Minister of Labor']");
}

TEST_F(ExecutorTest, ExpressionsWithoutMatch) {
  EXPECT_EQ(Run("RETURN 7 / 2, 7.0 / 2, 7 % 3, -(2 * 3), 'No. ' + 5, 2.5 + 'x', [1, 2] + 3, "
                "[1, 2, 3][-1], {a: 1}.a, {a: 1}['b'], toInteger('42'), toFloat(2), "
                "toString(date('2024-03')), date('2024-03') < date('2024-03-01'), "
                "date('2024-03') = '2024-03', null = null, null IS NULL, 1 = 1.0"),
            (Rows{{"3", "3.5", "1", "-6", "'No. 5'", "'2.5x'", "[1, 2, 3]", "3", "1", "null", "42",
                   "2.0", "'2024-03'", "true", "true", "null", "true", "true"}}));
}

TEST_F(ExecutorTest, NodesAndEdgesComeBackWithTheirRecords) {
  EXPECT_EQ(Run("MATCH (p:Person {name: 'Dana Omarova'})-[r]->(o) RETURN p, r, o, labels(o), "
                "type(r), id(startNode(r)) = id(p), endNode(r).name"),
            (Rows{{"(:Person {name: 'Dana Omarova'})",
                   "[:APPOINTED_TO 'Dana Omarova' -> 'Minister of Labor']",
                   "(:Office {name: 'Minister of Labor'})", "['Office']", "'APPOINTED_TO'", "true",
                   "'Minister of Labor'"}}));
}

TEST_F(ExecutorTest, NameIndexStartsThePatternAndMatchesExactly) {
  ExecutionStats stats;
  ExecutionOptions options;
  options.stats = &stats;
  EXPECT_EQ(Run("MATCH (p:Person {name: 'Aliya Sarsenova'})-[:APPOINTED_TO]->(o) "
                "RETURN o.name ORDER BY o.name",
                {}, options),
            (Rows{{"'Minister of Energy'"}, {"'Minister of Labor'"}}));
  EXPECT_EQ(stats.nodes_scanned, 1u);  // the index, not a scan of the four persons

  stats = {};
  EXPECT_EQ(Run("MATCH (o:Office)<-[:APPOINTED_TO]-(p) WHERE p.name = 'Dana Omarova' AND "
                "o.kind = 'office' RETURN o.name",
                {}, options),
            (Rows{{"'Minister of Labor'"}}));
  EXPECT_EQ(stats.nodes_scanned, 1u);

  // The index folds names, but `name =` is exact: the alias "Tulegenov"
  // finds Berik's node and the filter then rejects it.
  EXPECT_TRUE(Run("MATCH (p {name: 'Tulegenov'}) RETURN p").empty());
  EXPECT_THAT(Column("MATCH (p {name: 'Berik Tulegenov'}) RETURN p.aliases"),
              ElementsAre("['Tulegenov']"));
}

TEST_F(ExecutorTest, StartsFromAnIdParameter) {
  absl::StatusOr<QueryResult> dana =
      RunQuery(graph_->store(), "MATCH (p:Person {name: 'Dana Omarova'}) RETURN id(p)");
  ASSERT_TRUE(dana.ok());
  ASSERT_EQ(dana->rows.size(), 1u);
  ExecutionStats stats;
  ExecutionOptions options;
  options.stats = &stats;
  EXPECT_EQ(Run("MATCH (p)-[:APPOINTED_TO]->(o) WHERE id(p) = $id RETURN p.name, o.name",
                {{"id", dana->rows[0][0]}}, options),
            (Rows{{"'Dana Omarova'", "'Minister of Labor'"}}));
  EXPECT_EQ(stats.nodes_scanned, 1u);

  // The career query of query.h's example.
  absl::StatusOr<QueryResult> aliya =
      RunQuery(graph_->store(), "MATCH (p:Person {name: 'Aliya Sarsenova'}) RETURN id(p)");
  ASSERT_TRUE(aliya.ok());
  EXPECT_EQ(Run("MATCH (p)-[r:APPOINTED_TO|HELD]->(o) WHERE id(p) = $id\n"
                "RETURN o.name, r.date, r.start, r.end ORDER BY coalesce(r.date, r.start)",
                {{"id", aliya->rows.at(0).at(0)}}),
            (Rows{{"'Minister of Energy'", "date('2024-03-05')", "null", "null"},
                  {"'Minister of Energy'", "null", "date('2024-03-05')", "date('2025-02-10')"},
                  {"'Minister of Labor'", "date('2025')", "null", "null"}}));
}

TEST_F(ExecutorTest, Directions) {
  EXPECT_EQ(Run("MATCH (o:Office {name: 'Minister of Energy'})-[r]-(x) "
                "RETURN type(r), x.name ORDER BY type(r), x.name"),
            (Rows{{"'APPOINTED_TO'", "'Aliya Sarsenova'"},
                  {"'APPOINTED_TO'", "'Berik Tulegenov'"},
                  {"'HELD'", "'Aliya Sarsenova'"}}));
  EXPECT_THAT(Column("MATCH (o:Office {name: 'Minister of Energy'})<-[:APPOINTED_TO|HELD]-(x) "
                     "RETURN DISTINCT x.name ORDER BY x.name"),
              ElementsAre("'Aliya Sarsenova'", "'Berik Tulegenov'"));
  EXPECT_TRUE(Run("MATCH (o:Office)-[:APPOINTED_TO]->(x) RETURN x").empty());
  // An undirected pattern with both ends free matches each edge both ways.
  EXPECT_EQ(Run("MATCH (a)-[:SIGNED_BY]-(b) RETURN a.name, b.name ORDER BY a.name"),
            (Rows{{"'Erlan Kassymov'", "'Law on Digital Assets'"},
                  {"'Law on Digital Assets'", "'Erlan Kassymov'"}}));
}

TEST_F(ExecutorTest, PartnerOfMatchesEitherWay) {
  // Stored once, Kazakhstan -> Kyrgyzstan (the lower id first), though the
  // article said Kyrgyzstan -> Kazakhstan.
  EXPECT_EQ(Run("MATCH (a:Country {name: 'Kyrgyzstan'})-[r:PARTNER_OF]->(b) "
                "RETURN b.name, r.level, r.as_of, startNode(r).name"),
            (Rows{{"'Kazakhstan'", "'ally'", "date('2025-01-20')", "'Kazakhstan'"}}));
  EXPECT_THAT(Column("MATCH (a:Country {name: 'Kazakhstan'})-[:PARTNER_OF]->(b) RETURN b.name "
                     "ORDER BY b.name"),
              ElementsAre("'Kyrgyzstan'", "'Uzbekistan'"));
  EXPECT_THAT(Column("MATCH (a:Country {name: 'Kazakhstan'})<-[:PARTNER_OF]-(b) RETURN b.name "
                     "ORDER BY b.name"),
              ElementsAre("'Kyrgyzstan'", "'Uzbekistan'"));
  // Untyped directed patterns treat it the same way.
  EXPECT_THAT(Column("MATCH (a {name: 'Uzbekistan'})-->(b) RETURN b.name"),
              ElementsAre("'Kazakhstan'"));
  EXPECT_THAT(Column("MATCH (a)-[:PARTNER_OF]->(b) RETURN count(*)"), ElementsAre("4"));
  EXPECT_THAT(Column("MATCH (a)-[:PARTNER_OF]-(b) RETURN count(*)"), ElementsAre("4"));
}

TEST_F(ExecutorTest, VariableLength) {
  EXPECT_EQ(Run("MATCH (e:Event {name: 'Energy Forum'})-[r:LOCATED_IN*]->(x) "
                "RETURN x.name, size(r) ORDER BY size(r)"),
            (Rows{{"'Expo Hall'", "1"}, {"'Astana'", "2"}, {"'Kazakhstan'", "3"}}));
  struct Case {
    const char* range;
    std::vector<std::string> names;
  };
  const Case kCases[] = {
      {"*2..3", {"'Astana'", "'Kazakhstan'"}},
      {"*..1", {"'Expo Hall'"}},
      {"*2", {"'Astana'"}},
      {"*0..1", {"'Energy Forum'", "'Expo Hall'"}},
      {"*3..", {"'Kazakhstan'"}},
  };
  for (const Case& c : kCases) {
    EXPECT_EQ(Column(std::string("MATCH (e:Event)-[r:LOCATED_IN") + c.range +
                     "]->(x) RETURN x.name ORDER BY size(r)"),
              c.names)
        << c.range;
  }
  // The last hop's edges, read through the list.
  EXPECT_EQ(Run("MATCH (e:Event)-[r:LOCATED_IN*3]->(c) RETURN startNode(r[0]).name, "
                "endNode(r[-1]).name, r[1].sources, r[3]"),
            (Rows{{"'Energy Forum'", "'Kazakhstan'", "['a8']", "null"}}));
}

TEST_F(ExecutorTest, VariableLengthHonoursTheHopLimit) {
  ExecutionOptions two;
  two.max_hops = 2;
  EXPECT_THAT(Column("MATCH (e:Event)-[:LOCATED_IN*]->(x) RETURN x.name", {}),
              ElementsAre("'Expo Hall'", "'Astana'", "'Kazakhstan'"));
  absl::StatusOr<QueryResult> limited =
      RunQuery(graph_->store(), "MATCH (e:Event)-[:LOCATED_IN*]->(x) RETURN x.name", {}, two);
  ASSERT_TRUE(limited.ok());
  EXPECT_EQ(limited->rows.size(), 2u);
  EXPECT_EQ(Error("MATCH (e:Event)-[:LOCATED_IN*1..3]->(x) RETURN x", {}, two),
            "line 1, column 33: variable-length bound 3 is above the hop limit 2");
  EXPECT_EQ(Error("MATCH (e)\n  -[*11]->(x) RETURN x"),
            "line 2, column 6: variable-length bound 11 is above the hop limit 10");
  EXPECT_EQ(Error("MATCH (e)-[*3..]->(x) RETURN x", {}, two),
            "line 1, column 10: variable-length lower bound 3 is above the hop limit 2");
}

TEST_F(ExecutorTest, VariableLengthFollowsPartnerOfBothWays) {
  // Directed and untyped: from Kazakhstan the walk may continue over
  // partner_of in either direction, never reusing an edge.
  EXPECT_EQ(Run("MATCH (e:Event)-[r*]->(c:Country) RETURN c.name, size(r) ORDER BY c.name"),
            (Rows{{"'Kazakhstan'", "3"}, {"'Kyrgyzstan'", "4"}, {"'Uzbekistan'", "4"}}));
  EXPECT_THAT(Column("MATCH (a {name: 'Astana'})-[*1..2]-(x) RETURN DISTINCT x.name ORDER BY "
                     "x.name"),
              ElementsAre("'Energy Forum'", "'Expo Hall'", "'Kazakhstan'", "'Kyrgyzstan'",
                          "'Law on Digital Assets'", "'Uzbekistan'"));
}

TEST_F(ExecutorTest, SeveralPatternsAndClauses) {
  EXPECT_EQ(Run("MATCH (p:Person)-[:APPOINTED_TO]->(o:Office), (p)-[h:HELD]->(o) "
                "RETURN p.name, o.name, h.start, h.end, h.end_inferred"),
            (Rows{{"'Aliya Sarsenova'", "'Minister of Energy'", "date('2024-03-05')",
                   "date('2025-02-10')", "true"}}));
  EXPECT_EQ(
      Run("MATCH (l:Law)-[s:SIGNED_BY]->(p:Person)\n"
          "MATCH (l)-[f:ENTERED_INTO_FORCE]->(c)\n"
          "RETURN p.name, s.date, c.name, f.date"),
      (Rows{{"'Erlan Kassymov'", "date('2025-04-02')", "'Kazakhstan'", "date('2025-07-01')"}}));
  // Within one MATCH an edge binds once: nobody pairs with themselves.
  EXPECT_EQ(Run("MATCH (a)-[:APPOINTED_TO]->(o), (b)-[:APPOINTED_TO]->(o) "
                "RETURN o.name, a.name, b.name ORDER BY o.name, a.name"),
            (Rows{{"'Minister of Energy'", "'Aliya Sarsenova'", "'Berik Tulegenov'"},
                  {"'Minister of Energy'", "'Berik Tulegenov'", "'Aliya Sarsenova'"},
                  {"'Minister of Labor'", "'Aliya Sarsenova'", "'Dana Omarova'"},
                  {"'Minister of Labor'", "'Dana Omarova'", "'Aliya Sarsenova'"}}));
  // Across MATCH clauses it may bind again.
  EXPECT_THAT(Column("MATCH (a)-[:SIGNED_BY]->(b) MATCH (a)-[:SIGNED_BY]->(c) RETURN count(*)"),
              ElementsAre("1"));
}

TEST_F(ExecutorTest, LawStages) {
  EXPECT_EQ(Run("MATCH (l:Law {name: $law})-[s]->(x) RETURN type(s), s.stage, s.date, x.name "
                "ORDER BY s.date",
                {{"law", Value::String("Law on Digital Assets")}}),
            (Rows{{"'DRAFTED_BY'", "null", "date('2024-11-01')", "'Government'"},
                  {"'CONSIDERED_BY'", "'first reading'", "date('2025-01-15')", "'Majilis'"},
                  {"'ADOPTED_BY'", "null", "date('2025-02-20')", "'Majilis'"},
                  {"'APPROVED_BY'", "null", "date('2025-03-13')", "'Senate'"},
                  {"'SIGNED_BY'", "null", "date('2025-04-02')", "'Erlan Kassymov'"},
                  {"'ENTERED_INTO_FORCE'", "null", "date('2025-07-01')", "'Kazakhstan'"}}));
}

TEST_F(ExecutorTest, WherePredicates) {
  struct Case {
    const char* where;
    std::vector<std::string> names;
  };
  const Case kCases[] = {
      {"p.name STARTS WITH 'D'", {"'Dana Omarova'"}},
      {"p.name ENDS WITH 'ov'", {"'Berik Tulegenov'", "'Erlan Kassymov'"}},
      {"p.name CONTAINS 'sen'", {"'Aliya Sarsenova'"}},
      {"p.name IN ['Dana Omarova', 'Nobody']", {"'Dana Omarova'"}},
      {"p.born IS NULL", {"'Berik Tulegenov'", "'Dana Omarova'", "'Erlan Kassymov'"}},
      {"p.born IS NOT NULL", {"'Aliya Sarsenova'"}},
      {"exists(p.born)", {"'Aliya Sarsenova'"}},
      {"NOT exists(p.born) AND exists(p.name)",
       {"'Berik Tulegenov'", "'Dana Omarova'", "'Erlan Kassymov'"}},
      {"exists(p.missing) = false AND p.name STARTS WITH 'E'", {"'Erlan Kassymov'"}},
      {"NOT p.name STARTS WITH 'A'", {"'Berik Tulegenov'", "'Dana Omarova'", "'Erlan Kassymov'"}},
      {"p.name STARTS WITH 'B' XOR p.name ENDS WITH 'ov'", {"'Erlan Kassymov'"}},
      {"p.name <> 'Aliya Sarsenova' AND p.name < 'Dana'", {"'Berik Tulegenov'"}},
      {"p.name >= 'Dana Omarova' OR p.born = '1979'",
       {"'Aliya Sarsenova'", "'Dana Omarova'", "'Erlan Kassymov'"}},
      {"p.name > 'Berik Tulegenov' AND p.name <= 'Dana Omarova'", {"'Dana Omarova'"}},
      {"toLower(p.name) = 'dana omarova'", {"'Dana Omarova'"}},
      {"toUpper(p.name) STARTS WITH 'ERL'", {"'Erlan Kassymov'"}},
      {"size(p.name) = 14", {"'Erlan Kassymov'"}},
      {"p:Person AND 'Tulegenov' IN p.aliases", {"'Berik Tulegenov'"}},
      {"coalesce(p.born, 'unknown') = 'unknown' AND NOT p.name ENDS WITH 'ov'", {"'Dana Omarova'"}},
      // null is neither true nor false: the row is dropped either way.
      {"p.born = '1979' OR p.missing = 1", {"'Aliya Sarsenova'"}},
      {"NOT (p.missing = 1)", {}},
      {"p.missing IN []", {}},
      {"p.born STARTS WITH 19", {}},
  };
  for (const Case& c : kCases) {
    EXPECT_EQ(
        Column(std::string("MATCH (p:Person) WHERE ") + c.where + " RETURN p.name ORDER BY p.name"),
        c.names)
        << c.where;
  }
}

TEST_F(ExecutorTest, DatesAndEdgeProperties) {
  struct Case {
    const char* where;
    std::vector<std::string> names;
  };
  const Case kCases[] = {
      {"r.date < date('2025')", {"'Aliya Sarsenova'"}},
      {"r.date = date('2025')", {"'Aliya Sarsenova'"}},
      {"r.date >= date('2025-06')", {"'Dana Omarova'"}},
      {"r.date >= '2025-06'", {"'Dana Omarova'"}},
      {"r.date > date('2025-02-10')", {"'Dana Omarova'"}},
      {"r.date = date('2025-02-10') AND r.by = 'President'", {"'Berik Tulegenov'"}},
      {"r.by IS NULL", {"'Aliya Sarsenova'", "'Dana Omarova'"}},
  };
  for (const Case& c : kCases) {
    EXPECT_EQ(Column(std::string("MATCH (p:Person)-[r:APPOINTED_TO]->(o) WHERE ") + c.where +
                     " RETURN p.name ORDER BY p.name"),
              c.names)
        << c.where;
  }
  EXPECT_EQ(Run("MATCH (:Person {name: 'Berik Tulegenov'})-[r:APPOINTED_TO]->() "
                "RETURN r.sources, r.by, r.start, r.end_inferred"),
            (Rows{{"['a2', 'a9']", "'President'", "null", "false"}}));
}

TEST_F(ExecutorTest, Aggregation) {
  EXPECT_EQ(Run("MATCH (p:Person)-[:APPOINTED_TO]->(o:Office) "
                "RETURN o.name, count(*) AS n, collect(p.name) AS people ORDER BY o.name"),
            (Rows{{"'Minister of Energy'", "2", "['Aliya Sarsenova', 'Berik Tulegenov']"},
                  {"'Minister of Labor'", "2", "['Aliya Sarsenova', 'Dana Omarova']"}}));
  EXPECT_EQ(Run("MATCH (p:Person)-[r:APPOINTED_TO]->(o) "
                "RETURN count(DISTINCT p), count(*), min(r.date), max(r.date)"),
            (Rows{{"3", "4", "date('2024-03-05')", "date('2025-06')"}}));
  EXPECT_EQ(Run("MATCH (p:Person) RETURN count(p.born), count(*), sum(size(p.name)), "
                "avg(size(p.name)), collect(DISTINCT p.kind)"),
            (Rows{{"1", "4", "56", "14.0", "['person']"}}));
  // No match, no grouping key: one row of empty aggregates.
  EXPECT_EQ(Run("MATCH (p:Person {name: 'Nobody'}) RETURN count(*), collect(p.name), "
                "max(p.name), sum(1)"),
            (Rows{{"0", "[]", "null", "0"}}));
  // No match, grouped: no rows.
  EXPECT_TRUE(Run("MATCH (p:Person {name: 'Nobody'}) RETURN p.name, count(*)").empty());
  EXPECT_EQ(
      Run("MATCH (p:Person)-[:APPOINTED_TO]->(o) "
          "RETURN p.name AS name, count(o) AS n ORDER BY n DESC, name"),
      (Rows{{"'Aliya Sarsenova'", "2"}, {"'Berik Tulegenov'", "1"}, {"'Dana Omarova'", "1"}}));
  EXPECT_EQ(Run("MATCH (p:Person)-[:APPOINTED_TO]->(o) "
                "RETURN p.name, count(*) + 1 ORDER BY count(*) DESC, p.name LIMIT 1"),
            (Rows{{"'Aliya Sarsenova'", "3"}}));
}

TEST_F(ExecutorTest, DistinctAggregatesKeepNodesApartFromOtherValues) {
  // Four appointments of three people to two offices: a node is the same
  // value only as the same node, never as its id or its name.
  EXPECT_EQ(Run("MATCH (p:Person)-[:APPOINTED_TO]->(o) UNWIND [p, id(p), p.name, o] AS v "
                "RETURN count(DISTINCT v), count(v), count(DISTINCT p), count(DISTINCT o), "
                "size(collect(DISTINCT o)), collect(DISTINCT o.name)"),
            (Rows{{"11", "16", "3", "2", "2", "['Minister of Energy', 'Minister of Labor']"}}));
  // A walk reaches some nodes by several paths: each counts once.
  EXPECT_EQ(Run("MATCH (p:Person {name: 'Aliya Sarsenova'})-[*1..2]-(x) "
                "RETURN count(DISTINCT x) < count(*), count(DISTINCT x) = size(collect(DISTINCT x))"),
            (Rows{{"true", "true"}}));
}

TEST_F(ExecutorTest, DistinctOrderSkipLimit) {
  EXPECT_THAT(Column("MATCH (p:Person)-[:APPOINTED_TO]->(o) RETURN DISTINCT p.name"),
              ElementsAre("'Aliya Sarsenova'", "'Berik Tulegenov'", "'Dana Omarova'"));
  EXPECT_THAT(Column("MATCH (p:Person) RETURN p.name ORDER BY p.name DESC SKIP 1 LIMIT 2"),
              ElementsAre("'Dana Omarova'", "'Berik Tulegenov'"));
  EXPECT_THAT(Column("MATCH (p:Person) RETURN p.name AS name ORDER BY name DESC LIMIT $n",
                     {{"n", Value::Int(1)}}),
              ElementsAre("'Erlan Kassymov'"));
  // Sorting by what is not returned; stable for equal keys; dates by
  // precision ("2025" before "2025-02-10").
  EXPECT_THAT(
      Column("MATCH (p:Person)-[r:APPOINTED_TO]->(o) RETURN p.name ORDER BY r.date DESC"),
      ElementsAre("'Dana Omarova'", "'Berik Tulegenov'", "'Aliya Sarsenova'", "'Aliya Sarsenova'"));
  EXPECT_THAT(Column("MATCH (p:Person) RETURN p.born ORDER BY p.born"),
              ElementsAre("'1979'", "null", "null", "null"));
  EXPECT_THAT(Column("MATCH (p:Person) RETURN DISTINCT p.born AS born ORDER BY born DESC"),
              ElementsAre("null", "'1979'"));
  EXPECT_EQ(Column("MATCH (p:Person) RETURN p.name SKIP 10"), std::vector<std::string>{});
}

TEST_F(ExecutorTest, RowsStream) {
  ExecutionStats stats;
  ExecutionOptions options;
  options.stats = &stats;
  EXPECT_THAT(Column("MATCH (p:Person) RETURN p.name LIMIT 1"), ElementsAre("'Aliya Sarsenova'"));
  EXPECT_EQ(Run("MATCH (p:Person) RETURN p.name LIMIT 1", {}, options).size(), 1u);
  EXPECT_EQ(stats.nodes_scanned, 1u);  // the scan stopped at the first row

  int calls = 0;
  stats = {};
  absl::Status status = StreamQuery(graph_->store(), "MATCH (p)-[r]->(q) RETURN p, q", {}, options,
                                    [&](const Row& row) {
                                      ++calls;
                                      EXPECT_EQ(row.size(), 2u);
                                      return calls < 2;
                                    });
  EXPECT_TRUE(status.ok()) << status;
  EXPECT_EQ(calls, 2);
  EXPECT_EQ(stats.rows, 2u);

  absl::StatusOr<PreparedQuery> prepared =
      PreparedQuery::Prepare("MATCH (c:Country) RETURN c.name AS country ORDER BY country");
  ASSERT_TRUE(prepared.ok());
  EXPECT_THAT(prepared->columns(), ElementsAre("country"));
  absl::StatusOr<QueryResult> twice = prepared->Run(graph_->store());
  ASSERT_TRUE(twice.ok());
  EXPECT_EQ(twice->rows.size(), 3u);
  EXPECT_EQ(prepared->Run(graph_->store())->rows.size(), 3u);
}

TEST_F(ExecutorTest, Parameters) {
  Parameters parameters;
  ASSERT_TRUE(AddParameter("office=Minister of Energy", &parameters).ok());
  ASSERT_TRUE(AddParameter("since=date('2025')", &parameters).ok());
  EXPECT_THAT(Column("MATCH (o:Office {name: $office})<-[r:APPOINTED_TO]-(p) "
                     "WHERE r.date >= $since RETURN p.name",
                     parameters),
              ElementsAre("'Berik Tulegenov'"));
  EXPECT_EQ(Error("MATCH (o:Office {name: $office}) RETURN o"),
            "line 1, column 24: parameter $office has no value");
}

TEST(ParameterTest, ValuesLookLikeWhatTheyAre) {
  struct Case {
    const char* text;
    const char* value;
  };
  const Case kCases[] = {
      {"5", "5"},
      {"-12", "-12"},
      {"1.5", "1.5"},
      {"date('2024-03')", "date('2024-03')"},
      {"date(\"2024\")", "date('2024')"},
      {"2024-03-01", "'2024-03-01'"},
      {"Minister of Energy", "'Minister of Energy'"},
      {"1e5", "'1e5'"},
      {"", "''"},
  };
  for (const Case& c : kCases) {
    absl::StatusOr<Value> value = ParseParameterValue(c.text);
    ASSERT_TRUE(value.ok()) << c.text << value.status();
    EXPECT_EQ(DebugString(*value), c.value) << c.text;
  }
  EXPECT_FALSE(ParseParameterValue("date('2024-13')").ok());
  EXPECT_FALSE(ParseParameterValue("date('2024') + 1").ok());
  Parameters parameters;
  EXPECT_TRUE(AddParameter("a_1=x=y", &parameters).ok());
  EXPECT_EQ(DebugString(parameters.at("a_1")), "'x=y'");
  EXPECT_FALSE(AddParameter("novalue", &parameters).ok());
  EXPECT_FALSE(AddParameter("1x=3", &parameters).ok());
}

TEST_F(ExecutorTest, SemanticErrorsPointAtTheText) {
  struct Case {
    const char* query;
    const char* message;
  };
  const Case kCases[] = {
      {"MATCH (p:Person) WHERE q.name = 'x' RETURN p",
       "line 1, column 24: variable 'q' is not defined"},
      {"MATCH (p:Person)\nRETURN p.name, x", "line 2, column 16: variable 'x' is not defined"},
      {"MATCH (p) WHERE o.name = 'x' MATCH (o) RETURN o",
       "line 1, column 17: variable 'o' is not defined"},
      {"MATCH (r)-[r]->() RETURN r", "line 1, column 10: 'r' is a node, not a relationship"},
      {"MATCH ()-[r]->(), (r) RETURN r", "line 1, column 19: 'r' is a relationship, not a node"},
      {"MATCH ()-[r]->()-[r]->() RETURN r",
       "line 1, column 17: relationship variable 'r' is bound twice"},
      {"MATCH (p) WHERE count(*) > 1 RETURN p",
       "line 1, column 17: count() aggregates rows and cannot be used in WHERE or a pattern"},
      {"MATCH (p) RETURN count(collect(p))",
       "line 1, column 24: collect() inside another "
       "aggregate"},
      {"MATCH (p) RETURN p.name ORDER BY count(*)",
       "line 1, column 34: count() aggregates rows and cannot be used in ORDER BY unless RETURN "
       "aggregates"},
      {"MATCH (p)-->(o) RETURN DISTINCT o.name ORDER BY p.name",
       "line 1, column 49: after RETURN DISTINCT or an aggregation, ORDER BY can only use "
       "returned columns, and 'p' is not one"},
      {"MATCH (p) RETURN p.name, p.name",
       "line 1, column 26: column 'p.name' is returned twice: "
       "name one with AS"},
      {"MATCH () RETURN *", "line 1, column 10: RETURN * needs at least one named variable"},
      {"MATCH (p) RETURN p LIMIT -1",
       "line 1, column 26: LIMIT needs a non-negative integer, got -1"},
      {"MATCH (p) RETURN p SKIP 'x'",
       "line 1, column 25: SKIP needs a non-negative integer, "
       "got 'x'"},
      {"MATCH (p) RETURN p LIMIT p.x", "line 1, column 26: LIMIT takes a number or a parameter"},
      {"MATCH (p:Person) RETURN p.name + p",
       "line 1, column 32: cannot apply + to string and "
       "node"},
      {"RETURN 'a' - 1", "line 1, column 12: cannot apply - to string and int"},
      {"RETURN -'a'", "line 1, column 8: cannot negate a string"},
      {"RETURN 9223372036854775807 + 1", "line 1, column 28: integer overflow"},
      {"MATCH (p:Person) WHERE p.name RETURN p",
       "line 1, column 24: WHERE needs a boolean, got string"},
      {"MATCH (p:Person) RETURN type(p)",
       "line 1, column 25: type() expects a relationship, got node"},
      {"MATCH (p:Person) RETURN date(p.name)",
       "line 1, column 25: date('Aliya Sarsenova') is not a date: write YYYY, YYYY-MM or "
       "YYYY-MM-DD"},
      {"MATCH (e:Event)-[r*]->(x) RETURN r.date",
       "line 1, column 34: cannot read .date of a list (a variable-length relationship is a "
       "list of edges: index it, r[0].date)"},
      {"MATCH (p:Person) RETURN 1 / 0", "line 1, column 27: division by zero"},
      {"MATCH (p:Person) RETURN sum(p.name)",
       "line 1, column 25: sum() needs numbers, got 'Aliya Sarsenova'"},
  };
  for (const Case& c : kCases) EXPECT_EQ(Error(c.query), c.message) << c.query;
}

TEST_F(ExecutorTest, CollectElementsForExport) {
  absl::StatusOr<QueryResult> result = RunQuery(
      graph_->store(), "MATCH (p:Person {name: 'Berik Tulegenov'})-[r]->(x) RETURN r, collect(x)");
  ASSERT_TRUE(result.ok()) << result.status();
  std::vector<NodeId> nodes;
  std::vector<EdgeRecord> edges;
  CollectElements(*result, &nodes, &edges);
  EXPECT_EQ(nodes.size(), 3u);  // Berik, the office, the forum
  ASSERT_EQ(edges.size(), 2u);
  EXPECT_LT(edges[0].id, edges[1].id);
}

TEST(ComplexityTest, VariableLengthOnADenseGraphStaysWithinTheHopLimit) {
  testing::TempStore dense;
  dense.Write(testing::CompleteGraphArticle(6));  // 6 places, 30 located_in edges
  ExecutionStats stats;
  ExecutionOptions options;
  options.max_hops = 3;
  options.stats = &stats;
  absl::StatusOr<QueryResult> result =
      RunQuery(dense.store(),
               "MATCH (a:Place {name: 'P0'})-[r*]->(b) RETURN count(*), max(size(r))", {}, options);
  ASSERT_TRUE(result.ok()) << result.status();
  // Edge-distinct walks from P0: 5 of one edge, 5*5 of two, and of three
  // 5*(1*4 + 4*5) (a walk back to P0 may not retake its first edge).
  EXPECT_EQ(DebugString(result->rows[0][0]), "150");
  EXPECT_EQ(DebugString(result->rows[0][1]), "3");
  // Every node at depth < 3 scans its 5 out-edges: 1 + 5 + 25 nodes.
  EXPECT_EQ(stats.edges_scanned, 155u);
  EXPECT_EQ(stats.nodes_scanned, 1u);

  // An explicit bound cannot lift the limit.
  absl::StatusOr<QueryResult> over =
      RunQuery(dense.store(), "MATCH (a:Place {name: 'P0'})-[*1..4]->(b) RETURN b", {}, options);
  ASSERT_FALSE(over.ok());
  EXPECT_EQ(std::string(over.status().message()),
            "line 1, column 35: variable-length bound 4 is above the hop limit 3");
}

TEST(ComplexityTest, AWalkReadsAdjacencyKeysNotEdgeRecords) {
  testing::TempStore dense;
  dense.Write(testing::CompleteGraphArticle(6));  // 6 places, 30 located_in edges
  auto run = [&](std::string_view query, ExecutionStats* stats) {
    ExecutionOptions options;
    options.stats = stats;
    absl::StatusOr<QueryResult> result = RunQuery(dense.store(), query, {}, options);
    EXPECT_TRUE(result.ok()) << result.status();
    return result.ok() ? DebugString(result->rows.at(0).at(0)) : "";
  };
  // Anonymous or named, a path whose edges' properties are not read decodes
  // no edge record: P0 and its 5 neighbours scan their 5 out-edges each.
  for (std::string_view query : {"MATCH (a:Place {name: 'P0'})-[*2]->(b) RETURN count(*)",
                                 "MATCH (a:Place {name: 'P0'})-[r*2]->(b) RETURN count(*)",
                                 "MATCH (a:Place {name: 'P0'})-->(b)-->(c) RETURN count(*)"}) {
    ExecutionStats stats;
    EXPECT_EQ(run(query, &stats), "25") << query;
    EXPECT_EQ(stats.edges_scanned, 30u) << query;
    EXPECT_EQ(stats.edge_records_read, 0u) << query;
  }
  // Reading a property reads the record of each edge it is read on, no more.
  ExecutionStats lazy;
  EXPECT_EQ(run("MATCH (a:Place {name: 'P0'})-[r*2]->(b) RETURN count(r[0].date)", &lazy), "0");
  EXPECT_EQ(lazy.edge_records_read, 25u);
  ExecutionStats named;
  EXPECT_EQ(run("MATCH (a:Place {name: 'P0'})-[r]->(b) RETURN count(r.date)", &named), "0");
  EXPECT_EQ(named.edge_records_read, 5u);
}

TEST(ComplexityTest, AnEndsNameComesWithItsEdgeRecord) {
  testing::TempStore dense;
  dense.Write(testing::CompleteGraphArticle(6));  // 6 places, 30 located_in edges
  // The holders question's shape: the start node's record (its name checked
  // against the key) and no record per node reached, whose names come with
  // the edges.
  ExecutionOptions options;
  ExecutionStats stats;
  options.stats = &stats;
  absl::StatusOr<QueryResult> result =
      RunQuery(dense.store(),
               "MATCH (a)-[r:LOCATED_IN]->(b:Place {name: 'P0'}) RETURN a.name ORDER BY a.name",
               {}, options);
  ASSERT_TRUE(result.ok()) << result.status();
  ASSERT_EQ(result->rows.size(), 5u);
  EXPECT_EQ(DebugString(result->rows[0][0]), "'P1'");
  EXPECT_EQ(DebugString(result->rows[4][0]), "'P5'");
  EXPECT_EQ(stats.node_records_read, 1u);
  // A property other than the name still reads the node.
  ExecutionStats kinds;
  options.stats = &kinds;
  result = RunQuery(dense.store(),
                    "MATCH (a)-[r:LOCATED_IN]->(b:Place {name: 'P0'}) RETURN a.kind", {}, options);
  ASSERT_TRUE(result.ok()) << result.status();
  EXPECT_EQ(kinds.node_records_read, 6u);
}

TEST(ComplexityTest, OrderByWithLimitKeepsOnlyTheTopRows) {
  testing::TempStore dense;
  dense.Write(testing::CompleteGraphArticle(12));  // 132 edges; 1584 paths of 1..2 hops
  const std::string query =
      "MATCH (a:Place)-[r*1..2]->(b) RETURN a.name, b.name, size(r) "
      "ORDER BY b.name DESC, size(r)";
  absl::StatusOr<QueryResult> all = RunQuery(dense.store(), query);
  ASSERT_TRUE(all.ok()) << all.status();
  ASSERT_EQ(all->rows.size(), 1584u);
  absl::StatusOr<QueryResult> top = RunQuery(dense.store(), query + " SKIP 5 LIMIT 20");
  ASSERT_TRUE(top.ok()) << top.status();
  ASSERT_EQ(top->rows.size(), 20u);
  for (size_t i = 0; i < 20; ++i) {
    EXPECT_EQ(top->rows[i], all->rows[i + 5]) << i;
  }
  EXPECT_EQ(DebugString(top->rows[0][1]), "'P9'");
}

}  // namespace
}  // namespace kg::cypher
