// Plan: how a parsed query runs. Internal to query/cypher (query.h is the
// API); BuildPlan writes it and the executor follows it.
//
// A row under construction is a vector of slots, one per pattern element
// (named or not). Each MATCH clause becomes a list of steps; a step binds
// slots (a start node, or a relationship and the node at its other end) and
// then runs the filters whose slots are all bound by then. The executor runs
// the steps depth-first, so the first row reaches RETURN before the second
// candidate start node is even read.
#ifndef KG_QUERY_CYPHER_PLAN_H_
#define KG_QUERY_CYPHER_PLAN_H_

#include <memory>
#include <string>
#include <vector>

#include "graph/store.h"
#include "query/cypher/ast.h"
#include "query/cypher/query.h"

namespace kg::cypher {

enum class StartKind {
  kBound,    // the node's slot was bound by an earlier step: check its kind
  kById,     // id(n) = key
  kByName,   // the names index for key, then the filters check n.name = key exactly
  kByLabel,  // ScanNodes of each of `kinds`
  kAll,      // ScanNodes of every kind
};

struct Step {
  // kUnwind binds `to_slot` to each element of the list `key` evaluates to.
  // kShortest is a breadth-first search from `from_slot` (see below).
  // kBindPath binds `to_slot` to the path a named pattern matched.
  enum class Type { kStart, kExpand, kUnwind, kShortest, kBindPath } type = Type::kStart;

  // kStart: binds `to_slot` (or checks it, kBound).
  StartKind start = StartKind::kAll;
  const Expr* key = nullptr;  // kById, kByName: a constant expression; kUnwind: the list

  // kExpand: from the node in `from_slot`, over an edge bound to `rel_slot`
  // (a list of edges when variable_length), to the node in `to_slot`.
  // kShortest: the same over the shortest paths of min_hops..max_hops edges
  // (min_hops 0 or 1); `rel_slot` always gets the path's edges as a list.
  int from_slot = -1;
  int rel_slot = -1;
  Direction direction = Direction::kBoth;  // as seen from `from_slot`
  std::vector<Relation> types;             // empty: any relation; unique
  bool variable_length = false;
  int min_hops = 1;
  int max_hops = 1;
  // Read each edge's record while scanning (the relationship is named or has
  // properties); otherwise only the adjacency keys, records read on demand.
  bool read_records = true;
  // Variable length: bind the list of edges to `rel_slot` (it is named, or
  // a named path reads it); otherwise the walk keeps only their ids.
  bool bind_edges = false;
  // Variable length only: each edge of the path must have key = value.
  const std::vector<PropertyConstraint>* rel_properties = nullptr;
  // kShortest: every shortest path, not only the first found.
  bool all_shortest = false;
  // kExpand and kShortest: the step runs right to left along the pattern as
  // written, so a list of edges is reversed before binding (it reads as
  // written, as a path must).
  bool leftwards = false;

  int to_slot = -1;
  bool to_bound = false;        // to_slot already holds a node: check, don't bind
  std::vector<NodeKind> kinds;  // the bound node must be one of these; empty: any
  // The node pattern of `to_slot`: where the error points when a value bound
  // earlier (a WITH column made by an expression) is not a node.
  Position node_position;

  // kBindPath: the pattern's node slots in order, and its relationship
  // slots (a list of edges where variable_length[i]).
  std::vector<int> path_nodes;
  std::vector<int> path_rels;
  std::vector<bool> path_variable_length;

  // Predicates that must be true after this step.
  std::vector<const Expr*> filters;
};

// RETURN or WITH: what one row projects to, and how the projected rows are
// grouped, deduplicated, sorted and cut.
struct ProjectionPlan {
  const Projection* clause = nullptr;  // DISTINCT and ORDER BY
  std::vector<std::string> columns;
  std::vector<const Expr*> projections;  // one per column
  // Aggregate calls (count, collect, min, max, sum, avg, count(*)) in the
  // columns and ORDER BY; Expr::aggregate indexes this list.
  std::vector<const Expr*> aggregates;
  bool aggregating = false;
  std::vector<bool> is_group_key;  // per column: no aggregate inside
  int64_t skip = 0;
  int64_t limit = -1;  // -1: none
  // Aggregation and ORDER BY see every input row before the first output
  // row: the rows are held until the clauses before have finished. Other
  // projections pass each row on as it comes.
  bool holds_rows = false;
  // WITH: the slot each column binds for the clauses after it, and the
  // WHERE that filters them (null when none). Empty for RETURN.
  std::vector<int> slots;
  const Expr* where = nullptr;
};

struct ClausePlan {
  std::vector<Step> steps;
  // OPTIONAL MATCH: when nothing matches, the row goes on with these (the
  // slots the clause binds) null.
  bool optional = false;
  std::vector<int> binds;
  // Predicates that read only slots bound before the clause.
  std::vector<const Expr*> filters;
  // WITH: the index of its ProjectionPlan in Plan::projections (no steps);
  // -1 for MATCH and UNWIND.
  int projection = -1;
};

struct Plan {
  Query query;                       // owns the expressions the steps point to
  std::vector<ExprPtr> synthesized;  // `n.key = value` made from property maps
  Parameters parameters;
  int max_hops = kDefaultMaxHops;
  ExecutionStats* stats = nullptr;               // ExecutionOptions::stats
  Budget budget;                                 // ExecutionOptions::budget
  const EdgeConclusions* conclusions = nullptr;  // ExecutionOptions::conclusions
  int slot_count = 0;
  int local_count = 0;                  // list comprehension variables (Expr::local)
  std::vector<std::string> slot_names;  // "" for an anonymous pattern element
  std::vector<ClausePlan> clauses;

  // Each WITH in order, then the RETURN (always last).
  std::vector<ProjectionPlan> projections;
  std::vector<std::string> columns;  // the RETURN's, or {"plan"} for EXPLAIN
  const ProjectionPlan& returns() const { return projections.back(); }
};

// Plans an already parsed query. Checks what the parser cannot: variables,
// parameters, hop bounds, where aggregates may appear, SKIP and LIMIT.
absl::StatusOr<std::shared_ptr<const Plan>> BuildPlan(Query query, const Parameters& parameters,
                                                      const ExecutionOptions& options);

// What EXPLAIN prints: the plan's steps in the order they run, one line
// each. query/cypher/explain.cc.
std::vector<std::string> DescribePlan(const Plan& plan);

// Runs `plan` against `store`, handing each result row to `on_row` (which
// returns false to stop). query/cypher/executor.cc.
absl::Status Execute(const Plan& plan, const Store& store,
                     const std::function<bool(const Row&)>& on_row);

}  // namespace kg::cypher

#endif  // KG_QUERY_CYPHER_PLAN_H_
