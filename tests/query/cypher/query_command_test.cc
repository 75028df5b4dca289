// `kg query` end to end: the real binary (KG_BINARY) against a store written
// with the test graph, checking stdout, stderr and the exit code.
#include <sys/wait.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "gtest/gtest.h"
#include "tests/query/cypher/test_graph.h"
#include "tests/support/kg_cli.h"

namespace kg {
namespace {

using testing::KgOutcome;
using testing::RunKg;

class QueryCommandTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    graph_ = new testing::TempStore;
    for (const ArticleFacts& article : testing::TestGraphArticles()) graph_->Write(article);
    graph_->Close();  // the kg process opens it
  }
  static void TearDownTestSuite() {
    delete graph_;
    graph_ = nullptr;
  }

  static KgOutcome Kg(const std::vector<std::string>& args,
                      const std::string& db = graph_->path()) {
    std::vector<std::string> full = {"--db", db};
    full.insert(full.end(), args.begin(), args.end());
    return RunKg(full);
  }

  static testing::TempStore* graph_;
};

testing::TempStore* QueryCommandTest::graph_ = nullptr;

constexpr char kAcceptance[] =
    "MATCH (p:Person)-[r:APPOINTED_TO]->(o:Office) WHERE r.date >= date(\"2025-01-01\") "
    "RETURN p.name, o.name, r.date ORDER BY r.date";

TEST_F(QueryCommandTest, TableByDefault) {
  const KgOutcome outcome = Kg({"query", kAcceptance});
  EXPECT_EQ(outcome.exit_code, 0) << outcome.err;
  EXPECT_EQ(outcome.err, "");
  EXPECT_EQ(outcome.out,
            "p.name          | o.name             | r.date\n"
            "----------------+--------------------+-----------\n"
            "Berik Tulegenov | Minister of Energy | 2025-02-10\n"
            "Dana Omarova    | Minister of Labor  | 2025-06\n"
            "(2 rows)\n");
}

TEST_F(QueryCommandTest, JsonAndCsvWithParameters) {
  const KgOutcome json =
      Kg({"query",
          "MATCH (o:Office {name: $office})<-[r:APPOINTED_TO]-(p) "
          "WHERE r.date >= $since RETURN p.name AS person, r.date AS date, $n AS n",
          "--param", "office=Minister of Energy", "--param", "since=date('2025')", "--param", "n=3",
          "--format", "json"});
  EXPECT_EQ(json.exit_code, 0) << json.err;
  EXPECT_EQ(json.out,
            "[\n{\"person\": \"Berik Tulegenov\", \"date\": \"2025-02-10\", \"n\": 3}\n]\n");

  const KgOutcome csv =
      Kg({"query", "MATCH (p:Person) RETURN p.name, p.born ORDER BY p.name LIMIT 2", "--format",
          "csv"});
  EXPECT_EQ(csv.exit_code, 0) << csv.err;
  EXPECT_EQ(csv.out, "p.name,p.born\r\nAliya Sarsenova,1979\r\nBerik Tulegenov,\r\n");
}

TEST_F(QueryCommandTest, ParametersMayComeBeforeTheQuery) {
  const KgOutcome outcome =
      Kg({"query", "--param", "a=1", "--param", "b=2.5", "RETURN $a + $b AS s", "--format", "csv"});
  EXPECT_EQ(outcome.exit_code, 0) << outcome.err;
  EXPECT_EQ(outcome.out, "s\r\n3.5\r\n");
}

TEST_F(QueryCommandTest, MaxHops) {
  const std::string chain = "MATCH (e:Event)-[:LOCATED_IN*]->(x) RETURN count(*) AS n";
  EXPECT_EQ(Kg({"query", chain, "--format", "csv"}).out, "n\r\n3\r\n");
  EXPECT_EQ(Kg({"query", chain, "--format", "csv", "--max-hops", "2"}).out, "n\r\n2\r\n");
  const KgOutcome over = Kg({"query", "MATCH (e)-[*1..3]->(x) RETURN x", "--max-hops", "2"});
  EXPECT_EQ(over.exit_code, 2);
  EXPECT_EQ(over.err, "kg: line 1, column 16: variable-length bound 3 is above the hop limit 2\n");
  EXPECT_EQ(over.out, "");
}

TEST_F(QueryCommandTest, ErrorsNameLineAndColumn) {
  KgOutcome outcome = Kg({"query", "MATCH (p:Person)\nWHERE p.name = 'x'\nCREATE (q)"});
  EXPECT_EQ(outcome.exit_code, 2);
  EXPECT_EQ(outcome.err,
            "kg: line 3, column 1: CREATE is not supported: kg queries are read-only\n");
  EXPECT_EQ(outcome.out, "");

  outcome = Kg({"query", "MATCH (p:Persn) RETURN p"});
  EXPECT_EQ(outcome.exit_code, 2);
  EXPECT_EQ(outcome.err,
            "kg: line 1, column 10: unknown label 'Persn' (labels: Person, Office, Organization, "
            "Law, Event, Country, Place)\n");

  outcome = Kg({"query", "MATCH (p) RETURN $who"});
  EXPECT_EQ(outcome.exit_code, 2);
  EXPECT_EQ(outcome.err, "kg: line 1, column 18: parameter $who has no value\n");

  outcome = Kg({"query", "RETURN 1", "--param", "oops"});
  EXPECT_EQ(outcome.exit_code, 2);
  EXPECT_EQ(outcome.err, "kg: --param takes name=value, got 'oops'\n");

  outcome = Kg({"query", "RETURN 1", "--format", "xml"});
  EXPECT_EQ(outcome.exit_code, 2);

  // No store: a failure (1), not a usage error.
  outcome = Kg({"query", "MATCH (n) RETURN n"}, graph_->path() + "-missing");
  EXPECT_EQ(outcome.exit_code, 1);
  EXPECT_NE(outcome.err.find("no store at"), std::string::npos) << outcome.err;
}

// Past a budget: exit 1 and a message naming the budget and its flag; the
// flag raises it (0 lifts it).
TEST_F(QueryCommandTest, BudgetsStopAQueryAndFlagsRaiseThem) {
  const std::string query = "MATCH (a), (b), (c) RETURN count(*) AS n";
  KgOutcome outcome = Kg({"query", query, "--max-rows", "50"});
  EXPECT_EQ(outcome.exit_code, 1) << outcome.err;
  EXPECT_NE(outcome.err.find("rows-visited budget; raise it with --max-rows"), std::string::npos)
      << outcome.err;
  outcome = Kg({"query", query, "--max-rows", "0", "--format", "csv"});
  EXPECT_EQ(outcome.exit_code, 0) << outcome.err;

  outcome = Kg({"query", "MATCH (a), (b), (c) RETURN collect(a.name + b.name + c.name)",
                "--max-memory", "0", "--timeout", "0"});
  EXPECT_EQ(outcome.exit_code, 0) << outcome.err;
  EXPECT_EQ(Kg({"query", query, "--timeout", "-1"}).exit_code, 2);
}

// The reproductions: a 10,000-term chain is an error at a position,
// not a crash.
TEST_F(QueryCommandTest, ALongChainIsAnErrorNotACrash) {
  std::string chain = "RETURN 1";
  for (int i = 0; i < 10000; ++i) chain += " + 1";
  const KgOutcome outcome = Kg({"query", chain});
  EXPECT_EQ(outcome.exit_code, 2) << outcome.err;
  EXPECT_NE(outcome.err.find("expression too deep"), std::string::npos) << outcome.err;
}

}  // namespace
}  // namespace kg
