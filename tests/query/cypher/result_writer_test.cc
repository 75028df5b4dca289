// The table, JSON and CSV writers: exact bytes for a hand-built result.
#include "query/cypher/result_writer.h"

#include <memory>
#include <sstream>
#include <string>

#include "gtest/gtest.h"

namespace kg::cypher {
namespace {

std::shared_ptr<const NodeRecord> MakeNode(NodeKind kind, uint64_t sequence, std::string name) {
  auto record = std::make_shared<NodeRecord>();
  record->id = MakeNodeId(kind, sequence);
  record->kind = kind;
  record->name = std::move(name);
  return record;
}

// Two rows: a person appointed to an office, and one of awkward text.
QueryResult SampleResult() {
  auto person = MakeNode(NodeKind::kPerson, 1, "Dana Omarova");
  auto office = MakeNode(NodeKind::kOffice, 2, "Minister of Labor");
  auto edge = std::make_shared<EdgeRecord>();
  edge->id = 7;
  edge->src = person->id;
  edge->dst = office->id;
  edge->relation = Relation::kAppointedTo;
  edge->time.date = Date(2025, 6);
  edge->by = "Government";
  edge->sources = {"a3", "a9"};

  QueryResult result;
  result.columns = {"p", "r", "o.name", "n"};
  result.rows.push_back({Value::Node(NodeValue{person->id, person}),
                         Value::Edge(EdgeValue{edge, person, office, edge->ref()}),
                         Value::String(office->name), Value::Int(2)});
  result.rows.push_back({Value(), Value::FromList({Value::FromDate(Date(2024)), Value::Float(2)}),
                         Value::String("Türkiye, \"the\"\nnew"), Value::Float(0.5)});
  return result;
}

std::string Write(const QueryResult& result, ResultFormat format) {
  std::ostringstream out;
  WriteResult(result, format, out);
  return out.str();
}

TEST(ResultWriterTest, Table) {
  // Widths count code points: "Türkiye" is seven columns wide.
  EXPECT_EQ(
      Write(SampleResult(), ResultFormat::kTable),
      R"(p                                | r                                                     | o.name              | n
---------------------------------+-------------------------------------------------------+---------------------+----
(:Person {name: 'Dana Omarova'}) | [:APPOINTED_TO 'Dana Omarova' -> 'Minister of Labor'] | Minister of Labor   | 2
null                             | [date('2024'), 2.0]                                   | Türkiye, "the"\nnew | 0.5
(2 rows)
)");
}

TEST(ResultWriterTest, TableOfNothing) {
  QueryResult empty;
  empty.columns = {"name"};
  EXPECT_EQ(Write(empty, ResultFormat::kTable), "name\n----\n(0 rows)\n");
  QueryResult one;
  one.columns = {"d"};
  one.rows.push_back({Value::FromDate(Date(2025, 1, 2))});
  EXPECT_EQ(Write(one, ResultFormat::kTable), "d\n----------\n2025-01-02\n(1 row)\n");
}

TEST(ResultWriterTest, Json) {
  EXPECT_EQ(
      Write(SampleResult(), ResultFormat::kJson),
      "[\n"
      "{\"p\": {\"id\": \"72057594037927937\", \"kind\": \"person\", \"name\": \"Dana "
      "Omarova\"}, "
      "\"r\": {\"id\": \"7\", \"type\": \"APPOINTED_TO\", "
      "\"source\": {\"id\": \"72057594037927937\", \"kind\": \"person\", \"name\": \"Dana "
      "Omarova\"}, "
      "\"target\": {\"id\": \"144115188075855874\", \"kind\": \"office\", \"name\": \"Minister "
      "of Labor\"}, "
      "\"date\": \"2025-06\", \"start\": null, \"end\": null, \"as_of\": null, "
      "\"end_inferred\": false, \"stage\": null, \"by\": \"Government\", \"level\": null, "
      "\"sources\": [\"a3\", \"a9\"]}, "
      "\"o.name\": \"Minister of Labor\", \"n\": 2},\n"
      "{\"p\": null, \"r\": [\"2024\", 2.0], \"o.name\": \"Türkiye, \\\"the\\\"\\nnew\", "
      "\"n\": 0.5}\n"
      "]\n");
  QueryResult empty;
  empty.columns = {"x"};
  EXPECT_EQ(Write(empty, ResultFormat::kJson), "[]\n");
}

TEST(ResultWriterTest, JsonKeepsOutputValidForBadText) {
  QueryResult result;
  result.columns = {"a\"b"};
  result.rows.push_back({Value::String(std::string("x\x01y\xffz\\", 6))});
  EXPECT_EQ(Write(result, ResultFormat::kJson), "[\n{\"a\\\"b\": \"x\\u0001y\\ufffdz\\\\\"}\n]\n");
}

TEST(ResultWriterTest, Csv) {
  EXPECT_EQ(Write(SampleResult(), ResultFormat::kCsv),
            "p,r,o.name,n\r\n"
            "(:Person {name: 'Dana Omarova'}),[:APPOINTED_TO 'Dana Omarova' -> 'Minister of "
            "Labor'],Minister of Labor,2\r\n"
            // A list is one cell, its items joined with ';'.
            ",2024;2.0,\"Türkiye, \"\"the\"\"\nnew\",0.5\r\n");
  QueryResult header_only;
  header_only.columns = {"a,b", "c"};
  EXPECT_EQ(Write(header_only, ResultFormat::kCsv), "\"a,b\",c\r\n");
}

// Dana -> Labor <- Aliya: a path whose second edge is walked against its
// stored direction.
QueryResult PathResult() {
  auto dana = MakeNode(NodeKind::kPerson, 1, "Dana Omarova");
  auto labor = MakeNode(NodeKind::kOffice, 2, "Minister of Labor");
  auto aliya = MakeNode(NodeKind::kPerson, 3, "Aliya Sarsenova");
  auto edge = [](uint64_t id, const std::shared_ptr<const NodeRecord>& src,
                 const std::shared_ptr<const NodeRecord>& dst) {
    auto record = std::make_shared<EdgeRecord>();
    record->id = id;
    record->src = src->id;
    record->dst = dst->id;
    record->relation = Relation::kAppointedTo;
    return EdgeValue{record, src, dst, record->ref()};
  };
  PathValue path;
  path.nodes = {NodeValue{dana->id, dana}, NodeValue{labor->id, labor},
                NodeValue{aliya->id, aliya}};
  path.edges = {edge(7, dana, labor), edge(8, aliya, labor)};
  QueryResult result;
  result.columns = {"p", "n"};
  result.rows.push_back({Value::Path(std::move(path)), Value::Int(2)});
  return result;
}

TEST(ResultWriterTest, PathsInEveryFormat) {
  const std::string text =
      "<(:Person {name: 'Dana Omarova'})-[:APPOINTED_TO]->(:Office {name: 'Minister of "
      "Labor'})<-[:APPOINTED_TO]-(:Person {name: 'Aliya Sarsenova'})>";
  EXPECT_EQ(Write(PathResult(), ResultFormat::kTable),
            "p" + std::string(text.size() - 1, ' ') + " | n\n" + std::string(text.size(), '-') +
                "-+--\n" + text + " | 2\n(1 row)\n");
  EXPECT_EQ(Write(PathResult(), ResultFormat::kCsv), "p,n\r\n" + text + ",2\r\n");
  const std::string dana =
      "{\"id\": \"72057594037927937\", \"kind\": \"person\", \"name\": \"Dana Omarova\"}";
  const std::string labor =
      "{\"id\": \"144115188075855874\", \"kind\": \"office\", \"name\": \"Minister of "
      "Labor\"}";
  const std::string aliya =
      "{\"id\": \"72057594037927939\", \"kind\": \"person\", \"name\": \"Aliya "
      "Sarsenova\"}";
  const std::string rest =
      ", \"date\": null, \"start\": null, \"end\": null, \"as_of\": null, "
      "\"end_inferred\": false, \"stage\": null, \"by\": null, \"level\": null, "
      "\"sources\": []}";
  EXPECT_EQ(Write(PathResult(), ResultFormat::kJson),
            "[\n{\"p\": {\"nodes\": [" + dana + ", " + labor + ", " + aliya +
                "], \"relationships\": [{\"id\": \"7\", \"type\": \"APPOINTED_TO\", "
                "\"source\": " +
                dana + ", \"target\": " + labor + rest +
                ", {\"id\": \"8\", \"type\": \"APPOINTED_TO\", \"source\": " + aliya +
                ", \"target\": " + labor + rest + "]}, \"n\": 2}\n]\n");
}

TEST(ResultWriterTest, Formats) {
  EXPECT_EQ(*ParseResultFormat("table"), ResultFormat::kTable);
  EXPECT_EQ(*ParseResultFormat("json"), ResultFormat::kJson);
  EXPECT_EQ(*ParseResultFormat("csv"), ResultFormat::kCsv);
  absl::StatusOr<ResultFormat> bad = ParseResultFormat("xml");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().message(), "unknown format 'xml' (formats: table, json, csv)");
}

}  // namespace
}  // namespace kg::cypher
