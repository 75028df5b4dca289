// Running a read-only Cypher query against a Store: the entry points that
// `kg query`, the built-in questions and `kg export --query` call.
//
//   Parameters parameters;
//   parameters["office"] = Value::String("Minister of Energy");
//   KG_ASSIGN_OR_RETURN(QueryResult result,
//                       RunQuery(*store,
//                                "MATCH (p:Person)-[r:APPOINTED_TO]->(o:Office {name: $office})\n"
//                                "WHERE r.date >= date('2024') RETURN p.name, r.date ORDER BY
//                                r.date", parameters));
//   for (const Row& row : result.rows) { ... row[0].AsString() ... }
//
// or, one row at a time without holding the result in memory:
//
//   KG_ASSIGN_OR_RETURN(PreparedQuery query, PreparedQuery::Prepare(text, parameters));
//   writer.Begin(query.columns());
//   KG_RETURN_IF_ERROR(query.Stream(*store, [&](const Row& row) { writer.Add(row); return true;
//   }));
//
// A name as a user types it ("Tokayev", an alias) is best resolved to a node
// first (Store::FindByName, or ResolveName in query/names/name_resolution.h)
// and passed by id, which starts the match at that one node:
//
//   parameters["id"] = Value::Int(static_cast<int64_t>(person_id));
//   RunQuery(*store, "MATCH (p)-[r:APPOINTED_TO|HELD]->(o) WHERE id(p) = $id\n"
//                    "RETURN o.name, r.date, r.start, r.end ORDER BY coalesce(r.date, r.start)",
//            parameters);
//
// What a query may say is in parser.h (the grammar) and DESIGN.md. How it runs:
// - Each MATCH pattern starts from the cheapest node it can: one already
//   bound by an earlier pattern, `id(n) = <constant>`, the names index for
//   `{name: <constant>}` or `WHERE n.name = <constant>` (the index folds
//   names, so candidates are then checked for an exact match), a scan of the
//   labels' kinds, or else every node; it then walks the `out`/`in` edge
//   prefixes along the pattern. WHERE conjuncts run as soon as the variables
//   they read are bound.
// - Rows stream: only ORDER BY, DISTINCT and aggregation hold rows back.
// - Relationship uniqueness: within one MATCH clause an edge binds at most
//   once, so no path repeats an edge (openCypher's rule).
// - partner_of (the one symmetric relation) is stored once per pair but holds
//   both ways: a directed pattern matches it from either end, so
//   (a:Country)-[:PARTNER_OF]->(b) finds every partner of a. The edge itself
//   keeps its stored source and target (startNode(r) is the lower id).
// - Variable length `*min..max`: `*` alone means 1..max_hops; an explicit
//   upper bound above max_hops is an error at its position. A list of edges
//   (a variable-length relationship, relationships(p)) reads in the order
//   the pattern is written, whichever end the match started from.
// - WITH ends a query part: its columns are all the next part sees (naming
//   anything else is an error that points at the WITH). A WITH that
//   aggregates or sorts holds its rows until the part before it has run;
//   any other streams them on.
// - shortestPath / allShortestPaths search breadth first from the end bound
//   earlier (or the cheaper one to start at), expanding each node once, up to
//   the pattern's bound (at most max_hops); with the other end unbound, the
//   shortest path to every node reached. From a node to itself only `*0..`
//   finds a path (of no edges).
// - Returned nodes and edges carry their records (an edge also its ends'
//   records), so writers need no store.
//
// Node properties: name, kind ("person"...), aliases (list), and the node's
// attributes by key. Edge properties: date, start, end, as_of (dates), stage,
// by, level (strings), sources (list of article ids), end_inferred (bool).
// With ExecutionOptions::conclusions, start, end and end_inferred are the
// concluded ones (a pattern's property map still compares the stored ones).
// A missing property is null.
//
// Errors: InvalidArgument("line L, column C: ...") for anything wrong with
// the query (syntax, unknown label/type/variable/parameter, a bound over the
// hop limit, a type error while evaluating); the store's own status for
// storage failures.
//
// Thread safety: a PreparedQuery is immutable; Stream may run concurrently
// on several threads (each call has its own execution state), unless the
// query was prepared with ExecutionOptions::stats, which every run adds to
// without a lock.
#ifndef KG_QUERY_CYPHER_QUERY_H_
#define KG_QUERY_CYPHER_QUERY_H_

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "graph/store.h"
#include "query/cypher/value.h"

namespace kg::cypher {

// One result row: a value per column.
using Row = std::vector<Value>;
// $name -> value. Every parameter a query uses must be given.
using Parameters = std::map<std::string, Value, std::less<>>;

inline constexpr int kDefaultMaxHops = 10;

// Work counters, for tests and benchmarks that bound a query's cost by what
// it touched rather than by time.
struct ExecutionStats {
  uint64_t nodes_scanned = 0;  // nodes delivered by scans and index lookups
  uint64_t edges_scanned = 0;  // edges delivered by ScanEdges: one per expansion considered
  uint64_t rows = 0;           // rows handed to the caller
  // Edge records decoded: by expansions whose relationship is named or has
  // properties, and when a property of an edge bound by its ref is read. A
  // walk over anonymous relationships reads none (adjacency keys only).
  uint64_t edge_records_read = 0;
  // Node records read from the store: for a node's properties (its name only
  // when no edge record that reached it carried the name) and for the nodes
  // a result returns whole.
  uint64_t node_records_read = 0;
};

// What one execution may spend. Past a limit, Stream stops and returns
// ResourceExhausted with a message that names the budget; rows already
// handed to the caller stay handed. Zero means no limit.
struct Budget {
  // Nodes and edges the match reads (each start candidate, each expansion
  // considered): bounds `MATCH (a)-[*1..10]-(b)` on a dense graph.
  uint64_t max_rows_visited = 10'000'000;
  // Rows and values held back for ORDER BY, DISTINCT and aggregates
  // (collect() above all), estimated by ApproxBytes (value.h).
  uint64_t max_memory_bytes = uint64_t{1} << 30;
  // Wall-clock time of one Stream call.
  double max_seconds = 30;
};

// What a reader concludes about an edge beyond what its reports say: the
// tenures of query/questions (an end a successor implies, the bounds
// publication dates give), so that `r.end` in a query is the end `kg
// holders` shows. Apply may change `time` and must be thread-safe.
class EdgeConclusions {
 public:
  virtual ~EdgeConclusions() = default;
  virtual absl::Status Apply(const EdgeRecord& edge, FactTime* time) const = 0;
};

struct ExecutionOptions {
  // The longest variable-length path: `*` means 1..max_hops, and `*1..k`
  // with k > max_hops is rejected. Must be at least 1.
  int max_hops = kDefaultMaxHops;
  // When set, each execution adds its counters here.
  ExecutionStats* stats = nullptr;
  Budget budget;
  // When set, edge properties (start, end, end_inferred) and returned edges
  // carry these conclusions. Must outlive the query.
  const EdgeConclusions* conclusions = nullptr;
};

struct QueryResult {
  std::vector<std::string> columns;
  std::vector<Row> rows;
};

struct Plan;  // query/cypher/plan.h

// A parsed and planned query with its parameters bound, ready to run (any
// number of times) against any store.
class PreparedQuery {
 public:
  static absl::StatusOr<PreparedQuery> Prepare(std::string_view text,
                                               const Parameters& parameters = {},
                                               const ExecutionOptions& options = {});

  // The result's column names: RETURN aliases, or the expressions as written.
  const std::vector<std::string>& columns() const;

  // Calls `on_row` for each result row, in order; `on_row` returns false to
  // stop early (which is not an error). Rows are produced as the match finds
  // them unless the query sorts, deduplicates or aggregates.
  absl::Status Stream(const Store& store, const std::function<bool(const Row&)>& on_row) const;

  absl::StatusOr<QueryResult> Run(const Store& store) const;

 private:
  explicit PreparedQuery(std::shared_ptr<const Plan> plan) : plan_(std::move(plan)) {}
  std::shared_ptr<const Plan> plan_;
};

// Prepare + Run.
absl::StatusOr<QueryResult> RunQuery(const Store& store, std::string_view text,
                                     const Parameters& parameters = {},
                                     const ExecutionOptions& options = {});

// Prepare + Stream (use PreparedQuery directly to learn the columns first).
absl::Status StreamQuery(const Store& store, std::string_view text, const Parameters& parameters,
                         const ExecutionOptions& options,
                         const std::function<bool(const Row&)>& on_row);

// A parameter value as given on the command line: an integer or a decimal
// number is a number, `date('2024-03')` is a date, anything else is the
// string itself ("Minister of Energy", "2024-03-01").
absl::StatusOr<Value> ParseParameterValue(std::string_view text);

// "name=value" (as `--param` takes it) into `parameters`. InvalidArgument
// without '=' or with a name that is not an identifier.
absl::Status AddParameter(std::string_view assignment, Parameters* parameters);

// Every node and edge a result mentions (directly, in lists and maps, and
// the ends of edges), for `kg export --query`: nodes sorted and unique,
// edges sorted by id and unique.
void CollectElements(const QueryResult& result, std::vector<NodeId>* nodes,
                     std::vector<EdgeRecord>* edges);

}  // namespace kg::cypher

#endif  // KG_QUERY_CYPHER_QUERY_H_
