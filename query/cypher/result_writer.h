// Writing a query result as an aligned table (for a terminal), JSON or CSV.
//
//   KG_ASSIGN_OR_RETURN(ResultFormat format, ParseResultFormat("json"));
//   std::unique_ptr<ResultWriter> writer = MakeResultWriter(format, std::cout);
//   writer->Begin(query.columns());
//   KG_RETURN_IF_ERROR(query.Stream(*store, [&](const Row& row) { writer->Add(row); return true;
//   })); writer->End();
//
// JSON and CSV stream (each row is written when added); the table holds its
// rows until End() because a column's width depends on all of them.
//
// Formats:
// - table: columns separated by " | ", a rule under the header, then
//   "(N rows)". Strings and dates print bare, null as "null", other values
//   as DebugString (value.h) prints them; control characters are escaped
//   (\n, \t) so that one row stays one line.
// - json: an array with one object per row, keyed by column, one row per
//   line. Nodes are {"id", "kind", "name"}; edges are {"id", "type",
//   "source", "target", "date", "start", "end", "as_of", "end_inferred",
//   "stage", "by", "level", "sources"} with the ends as node objects and
//   missing fields null; a path is {"nodes": [...], "relationships": [...]}
//   of those objects, in the path's order; dates are strings ("2025-06"). Ids (of nodes,
//   edges and what id() returns) are decimal strings: they exceed 2^53 (the
//   kind is in the top byte), which JavaScript and jq would round.
// - csv: RFC 4180: a header row, CRLF line ends, a field quoted (with quotes
//   doubled) when it holds a comma, a quote, CR or LF. null is an empty field;
//   a list its items joined with ";" (s01;s02); other values (a path among
//   them: <(:Person {name: 'X'})-[:HELD]->(:Office {name: 'Y'})>) as in the
//   table.
#ifndef KG_QUERY_CYPHER_RESULT_WRITER_H_
#define KG_QUERY_CYPHER_RESULT_WRITER_H_

#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "query/cypher/query.h"
#include "query/cypher/value.h"

namespace kg::cypher {

enum class ResultFormat { kTable, kJson, kCsv };

// "table", "json" or "csv"; InvalidArgument otherwise.
absl::StatusOr<ResultFormat> ParseResultFormat(std::string_view name);

class ResultWriter {
 public:
  virtual ~ResultWriter() = default;
  // Called once, before any row.
  virtual void Begin(const std::vector<std::string>& columns) = 0;
  // A row with one value per column; nodes and edges must carry their
  // records (rows from PreparedQuery::Stream do).
  virtual void Add(const Row& row) = 0;
  // Called once, after the last row.
  virtual void End() = 0;
};

// A writer of `format` to `out`, which must outlive it.
std::unique_ptr<ResultWriter> MakeResultWriter(ResultFormat format, std::ostream& out);

// Begin, Add every row, End.
void WriteResult(const QueryResult& result, ResultFormat format, std::ostream& out);

// A value as one table or CSV cell (see the formats above); null is "null".
// `text` as a JSON string, quotes included: quotes, backslashes and control
// characters escaped, invalid UTF-8 replaced by U+FFFD so that the output
// always parses. (The questions' JSON writes its strings with it too.)
void WriteJsonString(std::ostream& out, std::string_view text);

std::string CellText(const Value& value);

}  // namespace kg::cypher

#endif  // KG_QUERY_CYPHER_RESULT_WRITER_H_
