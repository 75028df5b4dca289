// Parser: Cypher text to a Query (query/cypher/ast.h), by recursive descent.
//
//   KG_ASSIGN_OR_RETURN(Query query, ParseQuery("MATCH (n:Person) RETURN n.name"));
//
// The grammar is the read-only subset in DESIGN.md:
//
//   query    := clause* return [';']          (at most 200 clauses)
//   clause   := [OPTIONAL] MATCH path (',' path)* [WHERE expr]
//             | UNWIND expr AS name
//             | WITH projection [WHERE expr]
//   path     := [name '='] (chain | shortestPath '(' chain ')' | allShortestPaths '(' chain ')')
//               (shortestPath's chain: two nodes, one variable-length rel of 0 or 1.. hops)
//   chain    := node (rel node)*
//   node     := '(' [name] [':' Label ('|' Label)*] [props] ')'
//   rel      := ['<'] '-' ['[' [name] [':' TYPE ('|' [':'] TYPE)*] [range] [props] ']'] '-' ['>']
//   range    := '*' [int] ['..' [int]]
//   return   := RETURN projection
//   projection := [DISTINCT] ('*' | item (',' item)*) [ORDER BY sort (',' sort)*]
//               [SKIP expr] [LIMIT expr]
//   item     := expr [AS name]   (in WITH, anything but a variable needs AS)
//   expr     := the openCypher precedence ladder: OR, XOR, AND, NOT, comparison,
//               IN / STARTS WITH / ENDS WITH / CONTAINS / IS [NOT] NULL, + -,
//               * / %, unary -, postfix (.key, [index], [from..to], :Label), atoms
//               (literals, $parameters, variables, function calls, CASE, lists,
//               maps, and comprehensions [name IN expr [WHERE expr] ['|' expr]])
//
// Labels and relationship types are checked here (they are a fixed
// vocabulary, graph/model.h), case-insensitively. Every error is
// InvalidArgument("line L, column C: message") at the offending token;
// write clauses (CREATE, MERGE, SET, DELETE...) are refused by name.
#ifndef KG_QUERY_CYPHER_PARSER_H_
#define KG_QUERY_CYPHER_PARSER_H_

#include <string_view>

#include "absl/status/statusor.h"
#include "query/cypher/ast.h"

namespace kg::cypher {

absl::StatusOr<Query> ParseQuery(std::string_view text);

// An expression alone (for tests and parameter values such as
// "date('2024-03')").
absl::StatusOr<ExprPtr> ParseExpression(std::string_view text);

// The label a node kind is written with in queries: "Person", "Office"...
std::string LabelName(NodeKind kind);
// The type a relation is written with in queries: "APPOINTED_TO"...
std::string TypeName(Relation relation);

}  // namespace kg::cypher

#endif  // KG_QUERY_CYPHER_PARSER_H_
