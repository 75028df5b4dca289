// Expressions, by recursive descent down openCypher's precedence ladder:
// OR, XOR, AND, NOT, comparisons (chained: a < b < c is a < b AND b < c),
// IN / STARTS WITH / ENDS WITH / CONTAINS / IS [NOT] NULL, + -, * / %,
// unary -, postfix (.key, [index], :Label), atoms (literals, $parameters,
// lists, maps, function calls, count(*), variables, parentheses).
// Internal to query/cypher; ParseExpression (parser.h) is the entry point.
#ifndef KG_QUERY_CYPHER_EXPRESSION_PARSER_H_
#define KG_QUERY_CYPHER_EXPRESSION_PARSER_H_

#include "absl/status/statusor.h"
#include "query/cypher/ast.h"
#include "query/cypher/token_stream.h"

namespace kg::cypher {

// Parses one expression from the stream's current token, leaving the stream
// on the first token after it.
absl::StatusOr<ExprPtr> ParseExpressionFrom(TokenStream& tokens);

}  // namespace kg::cypher

#endif  // KG_QUERY_CYPHER_EXPRESSION_PARSER_H_
