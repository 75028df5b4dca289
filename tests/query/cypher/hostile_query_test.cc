// Queries written to break kg: chains long enough to overflow a recursive
// walk, and queries whose cost explodes. Each must end in a clear error (an
// InvalidArgument at a position, or ResourceExhausted naming the budget), never
// a crash or a runaway process.
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "query/cypher/parser.h"
#include "query/cypher/query.h"
#include "tests/query/cypher/test_graph.h"

namespace kg::cypher {
namespace {

using ::testing::HasSubstr;

// "RETURN t op t op ... t" with `terms` terms.
std::string Chain(const std::string& term, const std::string& op, int terms) {
  std::string text = "RETURN " + term;
  for (int i = 1; i < terms; ++i) text += " " + op + " " + term;
  return text;
}

void ExpectTooDeep(const std::string& text) {
  absl::StatusOr<Query> query = ParseQuery(text);
  ASSERT_FALSE(query.ok()) << text.substr(0, 60);
  EXPECT_EQ(query.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(query.status().message()), HasSubstr("too deep")) << query.status();
  EXPECT_THAT(std::string(query.status().message()), HasSubstr("line 1, column "));
}

TEST(HostileQueryTest, LongOperatorChainsAreAnErrorNotAStackOverflow) {
  for (const char* op : {"+", "-", "*", "AND", "OR", "XOR", "=", "<", "IN", "CONTAINS"}) {
    SCOPED_TRACE(op);
    ExpectTooDeep(Chain("1", op, 10000));
    ExpectTooDeep(Chain("1", op, 200000));
  }
  ExpectTooDeep(Chain("true", "AND NOT", 10000));
  std::string nulls = "RETURN 1";
  for (int i = 0; i < 5000; ++i) nulls += " IS NULL";
  ExpectTooDeep(nulls);
}

TEST(HostileQueryTest, LongPropertyAndIndexChainsAreAnErrorNotAStackOverflow) {
  std::string properties = "MATCH (n) RETURN n";
  for (int i = 0; i < 40000; ++i) properties += ".name";
  ExpectTooDeep(properties);
  std::string indexes = "RETURN [1]";
  for (int i = 0; i < 40000; ++i) indexes += "[0]";
  ExpectTooDeep(indexes);
  std::string labels = "MATCH (n) RETURN n";
  for (int i = 0; i < 40000; ++i) labels += ":Person";
  ExpectTooDeep(labels);
}

TEST(HostileQueryTest, ManyUnaryPlusesDoNotRecurse) {
  absl::StatusOr<Query> query = ParseQuery("RETURN " + std::string(200000, '+') + "1");
  EXPECT_TRUE(query.ok()) << query.status();
}

TEST(HostileQueryTest, LongPatternsAreAnError) {
  std::string path = "MATCH (a)";
  for (int i = 0; i < 20000; ++i) path += "--()";
  absl::StatusOr<Query> query = ParseQuery(path + " RETURN a");
  ASSERT_FALSE(query.ok());
  EXPECT_THAT(std::string(query.status().message()), HasSubstr("more than 200 nodes"));
  std::string patterns = "MATCH (a)";
  for (int i = 0; i < 20000; ++i) patterns += ", (n" + std::to_string(i) + ")";
  query = ParseQuery(patterns + " RETURN a");
  ASSERT_FALSE(query.ok());
  EXPECT_THAT(std::string(query.status().message()), HasSubstr("more than 200 nodes"));
}

TEST(HostileQueryTest, ManyClausesAreAnError) {
  // Each clause runs one call deeper than the last: WITH and UNWIND, which
  // hold no pattern, are bounded by their own count.
  std::string withs = "WITH 1 AS x";
  for (int i = 0; i < 20000; ++i) withs += " WITH x";
  std::string unwinds;
  for (int i = 0; i < 20000; ++i) unwinds += "UNWIND [1] AS x" + std::to_string(i) + " ";
  for (const std::string& text : {withs + " RETURN x", unwinds + "RETURN 1"}) {
    absl::StatusOr<Query> query = ParseQuery(text);
    ASSERT_FALSE(query.ok());
    EXPECT_THAT(std::string(query.status().message()), HasSubstr("more than 200 clauses"));
  }
  // 200 run.
  std::string enough = "WITH 1 AS x";
  for (int i = 1; i < 200; ++i) enough += " WITH x";
  testing::TempStore graph;
  absl::StatusOr<QueryResult> result = RunQuery(graph.store(), enough + " RETURN x");
  ASSERT_TRUE(result.ok()) << result.status();
  ASSERT_EQ(result->rows.size(), 1u);
  EXPECT_EQ(result->rows[0][0].AsInt(), 1);
}

// Below the bound, a long chain parses and runs (the walks over it are safe).
TEST(HostileQueryTest, ChainsBelowTheBoundStillRun) {
  testing::TempStore graph;
  absl::StatusOr<QueryResult> result = RunQuery(graph.store(), Chain("1", "+", 250) + " AS n");
  ASSERT_TRUE(result.ok()) << result.status();
  ASSERT_EQ(result->rows.size(), 1u);
  EXPECT_EQ(result->rows[0][0].AsInt(), 250);
  result = RunQuery(graph.store(), Chain("true", "AND", 250) + " AS b");
  ASSERT_TRUE(result.ok()) << result.status();
}

class QueryBudgetTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    graph_ = new testing::TempStore;
    graph_->Write(testing::CompleteGraphArticle(12));  // 132 edges: paths explode
  }
  static void TearDownTestSuite() {
    delete graph_;
    graph_ = nullptr;
  }
  static absl::Status Run(const std::string& text, const Budget& budget) {
    ExecutionOptions options;
    options.budget = budget;
    return RunQuery(graph_->store(), text, {}, options).status();
  }
  static testing::TempStore* graph_;
};

testing::TempStore* QueryBudgetTest::graph_ = nullptr;

TEST_F(QueryBudgetTest, RowsVisited) {
  Budget budget;
  budget.max_rows_visited = 100000;
  const absl::Status status = Run("MATCH (a)-[*1..10]-(b) RETURN count(*)", budget);
  EXPECT_EQ(status.code(), absl::StatusCode::kResourceExhausted);
  EXPECT_THAT(std::string(status.message()), HasSubstr("rows-visited budget"));
  EXPECT_THAT(std::string(status.message()), HasSubstr("100000"));
}

TEST_F(QueryBudgetTest, Memory) {
  Budget budget;
  budget.max_memory_bytes = 512 << 10;
  // 12^4 rows, each held back whole.
  const std::string match = "MATCH (a), (b), (c), (d) ";
  absl::Status status = Run(match + "RETURN collect(a.name + b.name + c.name + d.name)", budget);
  EXPECT_EQ(status.code(), absl::StatusCode::kResourceExhausted);
  EXPECT_THAT(std::string(status.message()), HasSubstr("memory budget"));
  status = Run(match + "RETURN DISTINCT a.name + b.name + c.name + d.name AS n", budget);
  EXPECT_THAT(std::string(status.message()), HasSubstr("memory budget"));
  status = Run(match + "RETURN a.name, b.name ORDER BY c.name, d.name", budget);
  EXPECT_THAT(std::string(status.message()), HasSubstr("memory budget"));
  // ORDER BY ... LIMIT keeps only the first rows: well within the budget.
  status = Run(match + "RETURN a.name, b.name ORDER BY c.name, d.name LIMIT 3", budget);
  EXPECT_TRUE(status.ok()) << status;
}

TEST_F(QueryBudgetTest, Time) {
  Budget budget;
  budget.max_rows_visited = 0;  // no limit: only time stops it
  budget.max_seconds = 0.2;
  const absl::Status status = Run("MATCH (a)-[*1..10]-(b) RETURN count(*)", budget);
  EXPECT_EQ(status.code(), absl::StatusCode::kResourceExhausted);
  EXPECT_THAT(std::string(status.message()), HasSubstr("time budget"));
}

TEST_F(QueryBudgetTest, ListComprehensionsCountAgainstTheBudgets) {
  // 1728 names, each compared with all 1728: three million evaluations.
  const std::string names = "MATCH (a), (b), (c) WITH collect(a.name + b.name + c.name) AS l ";
  Budget budget;
  budget.max_rows_visited = 100000;
  absl::Status status = Run(names + "RETURN size([x IN l | size([y IN l WHERE y < x])])", budget);
  EXPECT_EQ(status.code(), absl::StatusCode::kResourceExhausted);
  EXPECT_THAT(std::string(status.message()), HasSubstr("rows-visited budget"));
  // A list of the list, 1728 times over: the memory budget stops it.
  budget = Budget();
  budget.max_memory_bytes = 512 << 10;
  status = Run(names + "RETURN size([x IN l | l])", budget);
  EXPECT_EQ(status.code(), absl::StatusCode::kResourceExhausted);
  EXPECT_THAT(std::string(status.message()), HasSubstr("memory budget"));
  // range() counts too, and so does a comprehension over it.
  budget = Budget();
  budget.max_rows_visited = 100000;
  status = Run("RETURN size([x IN range(1, 5000000) | x])", budget);
  EXPECT_EQ(status.code(), absl::StatusCode::kResourceExhausted);
  EXPECT_THAT(std::string(status.message()), HasSubstr("rows-visited budget"));
  // Within the budgets the same shape runs.
  status = Run("MATCH (a) WITH collect(a.name) AS l RETURN size([x IN l | [y IN l | y]])", {});
  EXPECT_TRUE(status.ok()) << status;
}

TEST_F(QueryBudgetTest, ShortestPathBoundsAreCapped) {
  absl::Status status =
      Run("MATCH (a), (b) MATCH p = shortestPath((a)-[*..1000000]-(b)) RETURN p", {});
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(status.message()), HasSubstr("above the hop limit 10"));
  status = Run("MATCH (a), (b) MATCH p = shortestPath((a)-[*11..]-(b)) RETURN p", {});
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
}

// S and T are 10 hops apart by 3^9 = 19683 shortest paths.
class ShortestPathCostTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    graph_ = new testing::TempStore;
    graph_->Write(testing::LadderArticle(3, 9));
  }
  static void TearDownTestSuite() {
    delete graph_;
    graph_ = nullptr;
  }
  static absl::StatusOr<QueryResult> Run(const std::string& text, const Budget& budget,
                                         ExecutionStats* stats = nullptr) {
    ExecutionOptions options;
    options.budget = budget;
    options.stats = stats;
    return RunQuery(graph_->store(), text, {}, options);
  }
  static testing::TempStore* graph_;
};

testing::TempStore* ShortestPathCostTest::graph_ = nullptr;

constexpr char kEnds[] = "MATCH (s {name: 'S'}), (t {name: 'T'}) ";

TEST_F(ShortestPathCostTest, OneShortestPathReadsEachEdgeAtMostTwice) {
  ExecutionStats stats;
  absl::StatusOr<QueryResult> result =
      Run(std::string(kEnds) + "MATCH p = shortestPath((s)-[*]-(t)) RETURN length(p)", {}, &stats);
  ASSERT_TRUE(result.ok()) << result.status();
  ASSERT_EQ(result->rows.size(), 1u);
  EXPECT_EQ(result->rows[0][0].AsInt(), 10);
  // 3 + 8 * 9 + 3 = 78 edges, each scanned from either end at most once;
  // a depth-first walk over the paths would read hundreds of thousands.
  EXPECT_LE(stats.edges_scanned, 2u * 78u);
}

TEST_F(ShortestPathCostTest, AllShortestPathsAreEnumeratedWithinTheRowsBudget) {
  absl::StatusOr<QueryResult> result =
      Run(std::string(kEnds) + "MATCH p = allShortestPaths((s)-[*]-(t)) RETURN count(*)", {});
  ASSERT_TRUE(result.ok()) << result.status();
  EXPECT_EQ(result->rows.at(0).at(0).AsInt(), 19683);
  Budget budget;
  budget.max_rows_visited = 5000;
  result =
      Run(std::string(kEnds) + "MATCH p = allShortestPaths((s)-[*]-(t)) RETURN count(*)", budget);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().code(), absl::StatusCode::kResourceExhausted);
  EXPECT_THAT(std::string(result.status().message()), HasSubstr("rows-visited budget"));
}

TEST_F(QueryBudgetTest, TheDefaultsLetOrdinaryQueriesRun) {
  const absl::Status status = Run("MATCH (a)-[r]->(b) RETURN a.name, b.name ORDER BY a.name", {});
  EXPECT_TRUE(status.ok()) << status;
  const Budget defaults;
  EXPECT_EQ(defaults.max_rows_visited, 10'000'000u);
  EXPECT_EQ(defaults.max_memory_bytes, uint64_t{1} << 30);
  EXPECT_EQ(defaults.max_seconds, 30);
}

}  // namespace
}  // namespace kg::cypher
