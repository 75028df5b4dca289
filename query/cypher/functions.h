// The functions a query may call: their names and arities (which the parser
// checks), and the evaluation of the scalar ones. Aggregates (count, collect,
// min, max, sum, avg) are computed by the executor over a group of rows.
//
//   const FunctionSpec* spec = FindFunction("toLower");   // names are case-insensitive
//   KG_ASSIGN_OR_RETURN(Value v, CallScalarFunction(*spec, {Value::String("AbC")}, position));
//
// range(start, end[, step]) is listed here but made by the Evaluator, which
// bounds the list it builds (evaluator.h).
//
// Every function is null-in, null-out except coalesce. A wrong kind of
// argument (type() of a string) is an InvalidArgument naming the position.
#ifndef KG_QUERY_CYPHER_FUNCTIONS_H_
#define KG_QUERY_CYPHER_FUNCTIONS_H_

#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "query/cypher/lexer.h"
#include "query/cypher/value.h"

namespace kg::cypher {

struct FunctionSpec {
  std::string_view name;  // canonical lower case: "tolower"
  int min_args;
  int max_args;  // -1: any number
  bool aggregate;
};

// The function called `name` (any case), or nullptr.
const FunctionSpec* FindFunction(std::string_view name);

// Evaluates a non-aggregate function on evaluated arguments. Nodes come back
// without their records (startNode(r) knows only the id); the executor loads
// records when a property is read or a row is returned.
absl::StatusOr<Value> CallScalarFunction(const FunctionSpec& function, std::vector<Value> args,
                                         Position position);

// date(text): the Date `text` spells ("2024", "2024-03", "2024-03-01"), or an
// InvalidArgument at `position`.
absl::StatusOr<Value> MakeDate(const Value& text, Position position);

}  // namespace kg::cypher

#endif  // KG_QUERY_CYPHER_FUNCTIONS_H_
