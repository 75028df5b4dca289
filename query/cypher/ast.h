// The syntax tree of a read-only Cypher query, as the parser builds it and
// the planner annotates it (variable slots, aggregate indexes).
//
//   MATCH (p:Person)-[r:APPOINTED_TO]->(o:Office) WHERE r.date >= date('2024')
//   RETURN o.name AS office, count(*) AS n ORDER BY n DESC LIMIT 5
//
// is a Query with one MatchClause (one PathPattern of two NodePatterns and
// one RelPattern, and a `where` Expr), four ReturnItems... and so on. Every
// node keeps the Position of its first token, so that later errors (an
// undefined variable, a type error) can point at the text.
#ifndef KG_QUERY_CYPHER_AST_H_
#define KG_QUERY_CYPHER_AST_H_

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "graph/model.h"
#include "query/cypher/lexer.h"
#include "query/cypher/value.h"

namespace kg::cypher {

enum class ExprKind {
  kLiteral,    // literal
  kParameter,  // $name
  kVariable,   // name
  kProperty,   // children[0].name
  kIndex,      // children[0][children[1]]
  kList,       // [children...]
  kMap,        // {keys[i]: children[i]}
  kUnary,      // op children[0]
  kBinary,     // children[0] op children[1]
  kIsNull,     // children[0] IS NULL (negated: IS NOT NULL)
  kLabelTest,  // children[0]:Label
  kFunction,   // name(children...), also the aggregates
  kCountStar,  // count(*)
  // CASE [subject] WHEN w THEN t ... [ELSE e] END: children are the subject
  // (when case_subject), then each WHEN and its THEN, then the ELSE (when
  // case_else).
  kCase,
};

enum class Op {
  kNone,
  kNot,
  kNegate,
  kAnd,
  kOr,
  kXor,
  kEq,
  kNeq,
  kLt,
  kLe,
  kGt,
  kGe,
  kIn,
  kStartsWith,
  kEndsWith,
  kContains,
  kRegexMatch,  // =~: the whole string matches an RE2 pattern
  kAdd,
  kSubtract,
  kMultiply,
  kDivide,
  kModulo,
};

struct Expr {
  ExprKind kind = ExprKind::kLiteral;
  Position position;
  Op op = Op::kNone;
  Value literal;                  // kLiteral
  std::string name;               // variable, parameter, property key, function name
  std::vector<std::string> keys;  // kMap
  std::vector<NodeKind> labels;   // kLabelTest: any of these
  bool negated = false;           // kIsNull: IS NOT NULL
  bool distinct = false;          // kFunction: count(DISTINCT x)
  bool case_subject = false;      // kCase: CASE x WHEN ... (compares x to each WHEN)
  bool case_else = false;         // kCase: has an ELSE
  std::vector<std::unique_ptr<Expr>> children;
  // The longest path from here to a leaf (1 for a leaf). The parser bounds
  // it, so that the recursive walks over a tree (planning, evaluation,
  // cloning, destruction) cannot overflow the stack on `1 + 1 + ... + 1`.
  int height = 1;

  // Set by the planner.
  int slot = -1;       // kVariable: the row slot it reads
  int alias = -1;      // kVariable in ORDER BY naming a RETURN alias
  int aggregate = -1;  // kFunction/kCountStar that aggregates: its index

  std::unique_ptr<Expr> Clone() const;
};
using ExprPtr = std::unique_ptr<Expr>;

struct PropertyConstraint {
  std::string key;
  ExprPtr value;
};

struct NodePattern {
  Position position;
  std::string variable;         // "" when anonymous
  std::vector<NodeKind> kinds;  // any of these; empty: any kind
  std::vector<PropertyConstraint> properties;
};

// Written left to right: `-[]->` is kRight, `<-[]-` kLeft, `-[]-` kBoth.
enum class PatternDirection { kRight, kLeft, kBoth };

struct RelPattern {
  Position position;
  std::string variable;         // "" when anonymous
  std::vector<Relation> types;  // any of these; empty: any relation
  PatternDirection direction = PatternDirection::kBoth;
  bool variable_length = false;  // `*...`: binds a list of edges
  int min_hops = 1;
  int max_hops = 1;        // -1 when not given: the executor's limit applies
  bool max_given = false;  // `*` and `*2..` have no explicit upper bound
  Position max_position;   // the upper bound's token, for the hop-limit error
  std::vector<PropertyConstraint> properties;
};

// (n0)-[r0]-(n1)-[r1]-(n2)...: nodes.size() == rels.size() + 1.
struct PathPattern {
  std::vector<NodePattern> nodes;
  std::vector<RelPattern> rels;
};

// A MATCH clause, or an UNWIND (no patterns; `unwind` set): each element
// of the list binds `unwind_variable` for the clauses after it.
struct MatchClause {
  Position position;
  std::vector<PathPattern> patterns;
  ExprPtr where;          // may be null
  bool optional = false;  // OPTIONAL MATCH: no match leaves its new variables null
  ExprPtr unwind;         // UNWIND expr AS unwind_variable; null for a MATCH
  std::string unwind_variable;
};

struct ReturnItem {
  ExprPtr expr;
  std::string column;  // the alias, or the expression's text
  std::string text;    // the expression's text as written
  bool aliased = false;
};

struct SortItem {
  ExprPtr expr;
  std::string text;  // as written, to match a RETURN column ("ORDER BY r.date")
  bool descending = false;
  int column = -1;  // set by the planner: the RETURN column this item sorts by
};

struct Query {
  bool explain = false;  // EXPLAIN: the result is the plan, one line per row
  std::vector<MatchClause> matches;
  Position return_position;
  bool distinct = false;
  bool return_star = false;  // RETURN *: every named variable, in order of appearance
  std::vector<ReturnItem> items;
  std::vector<SortItem> order_by;
  ExprPtr skip;   // may be null
  ExprPtr limit;  // may be null
};

}  // namespace kg::cypher

#endif  // KG_QUERY_CYPHER_AST_H_
