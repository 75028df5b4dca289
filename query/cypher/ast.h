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
  // [variable IN children[0] WHERE children[1] | children[2]]: the WHERE
  // child is there when comprehension_where, the projection when
  // comprehension_map; `name` is the variable, local to the brackets.
  kListComprehension,
  // children[0][children[1]..children[2]]: either bound may be missing
  // (slice_from, slice_to say which children there are, in that order).
  kSlice,
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
  Value literal;                     // kLiteral
  std::string name;                  // variable, parameter, property key, function name
  std::vector<std::string> keys;     // kMap
  std::vector<NodeKind> labels;      // kLabelTest: any of these
  bool negated = false;              // kIsNull: IS NOT NULL
  bool distinct = false;             // kFunction: count(DISTINCT x)
  bool case_subject = false;         // kCase: CASE x WHEN ... (compares x to each WHEN)
  bool case_else = false;            // kCase: has an ELSE
  bool comprehension_where = false;  // kListComprehension: [x IN l WHERE ...]
  bool comprehension_map = false;    // kListComprehension: [x IN l | ...]
  bool slice_from = false;           // kSlice: l[from..]
  bool slice_to = false;             // kSlice: l[..to]
  std::vector<std::unique_ptr<Expr>> children;
  // The longest path from here to a leaf (1 for a leaf). The parser bounds
  // it, so that the recursive walks over a tree (planning, evaluation,
  // cloning, destruction) cannot overflow the stack on `1 + 1 + ... + 1`.
  int height = 1;

  // Set by the planner.
  int slot = -1;  // kVariable: the row slot it reads
  // kVariable naming a comprehension's variable, and kListComprehension
  // itself: the evaluator's local it reads or binds (never a row slot).
  int local = -1;
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

// shortestPath(...) and allShortestPaths(...) around a pattern.
enum class ShortestKind { kNone, kOne, kAll };

// (n0)-[r0]-(n1)-[r1]-(n2)...: nodes.size() == rels.size() + 1.
struct PathPattern {
  Position position;     // of its first token (the path variable, when named)
  std::string variable;  // `p = (a)-->(b)`: binds the whole path; "" when unnamed
  // shortestPath((a)-[*..k]-(b)): exactly two nodes and one variable-length
  // relationship, searched breadth first.
  ShortestKind shortest = ShortestKind::kNone;
  std::vector<NodePattern> nodes;
  std::vector<RelPattern> rels;
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
  int column = -1;  // set by the planner: the RETURN or WITH column this item sorts by
};

// What RETURN and WITH share: the columns, DISTINCT, ORDER BY, SKIP and
// LIMIT. A WITH's columns become the only variables the clauses after it
// see; `where` then filters the rows it passes on.
struct Projection {
  Position position;  // of the RETURN or WITH keyword
  bool distinct = false;
  bool star = false;  // `*`: every named variable, in order of appearance
  std::vector<ReturnItem> items;
  std::vector<SortItem> order_by;
  ExprPtr skip;   // may be null
  ExprPtr limit;  // may be null
  ExprPtr where;  // WITH ... WHERE; null for RETURN
};

// A clause before RETURN: a MATCH, an UNWIND (no patterns; `unwind` set:
// each element of the list binds `unwind_variable` for the clauses after
// it) or a WITH (`with` set).
struct MatchClause {
  Position position;
  std::vector<PathPattern> patterns;
  ExprPtr where;          // may be null
  bool optional = false;  // OPTIONAL MATCH: no match leaves its new variables null
  ExprPtr unwind;         // UNWIND expr AS unwind_variable; null for a MATCH
  std::string unwind_variable;
  std::unique_ptr<Projection> with;  // WITH ...; null for MATCH and UNWIND
};

struct Query {
  bool explain = false;  // EXPLAIN: the result is the plan, one line per row
  std::vector<MatchClause> matches;
  Projection returns;  // the RETURN clause (`where` unused)
};

}  // namespace kg::cypher

#endif  // KG_QUERY_CYPHER_AST_H_
