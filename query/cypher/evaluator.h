// Evaluator: the value of an expression for one row. Internal to
// query/cypher.
//
//   NodeCache cache(&store);
//   Evaluator evaluator(plan.parameters, &cache);
//   KG_ASSIGN_OR_RETURN(bool keep, evaluator.Test(*filter, Frame{&slots}));
//
// Expressions are three-valued as in openCypher: null propagates through
// operators, AND/OR/XOR/NOT follow Kleene logic, and a filter keeps a row
// only when it is true. Errors (adding a node to a string, reading a
// property of a list) are InvalidArgument at the expression's position.
#ifndef KG_QUERY_CYPHER_EVALUATOR_H_
#define KG_QUERY_CYPHER_EVALUATOR_H_

#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "graph/store.h"
#include "query/cypher/ast.h"
#include "query/cypher/query.h"
#include "query/cypher/value.h"
#include "re2/re2.h"

namespace kg::cypher {

// Node records read on demand during one execution. Bounded: a scan over a
// large graph does not keep every record it touched.
class NodeCache {
 public:
  // `store` may be null when only constants are evaluated. `conclusions`,
  // when set, is applied to every edge record read (ExecutionOptions).
  explicit NodeCache(const Store* store, const EdgeConclusions* conclusions = nullptr)
      : store_(store), conclusions_(conclusions) {}
  const EdgeConclusions* conclusions() const { return conclusions_; }

  absl::StatusOr<std::shared_ptr<const NodeRecord>> Get(NodeId id);
  void Put(const std::shared_ptr<const NodeRecord>& record);
  // An edge's record, for an edge a walk bound by its ref alone. Not kept:
  // a walk meets most edges once.
  absl::StatusOr<std::shared_ptr<const EdgeRecord>> GetEdge(const EdgeRef& ref);
  uint64_t edges_read() const { return edges_read_; }
  uint64_t nodes_read() const { return nodes_read_; }
  // A node's name as an edge record carries it (EdgeRecord::src_name), so
  // that `n.name` at the end of a step reads no node record.
  void PutName(NodeId id, const std::string& name) {
    if (names_.size() >= kMaxEntries) names_.clear();
    names_.try_emplace(id, name);
  }
  // The name put or read for `id`, or null.
  const std::string* KnownName(NodeId id) const {
    if (auto it = names_.find(id); it != names_.end()) return &it->second;
    if (auto it = records_.find(id); it != records_.end()) return &it->second->name;
    return nullptr;
  }

 private:
  static constexpr size_t kMaxEntries = 1 << 16;
  const Store* store_;
  const EdgeConclusions* conclusions_;
  absl::flat_hash_map<NodeId, std::shared_ptr<const NodeRecord>> records_;
  absl::flat_hash_map<NodeId, std::string> names_;
  uint64_t edges_read_ = 0;
  uint64_t nodes_read_ = 0;
};

// What variables read: match slots (Expr::slot), RETURN columns (Expr::alias,
// in ORDER BY) and finished aggregates (Expr::aggregate). Any may be null
// when the expression cannot refer to it.
struct Frame {
  const std::vector<Value>* slots = nullptr;
  const std::vector<Value>* columns = nullptr;
  const std::vector<Value>* aggregates = nullptr;
};

class Evaluator {
 public:
  // range() makes its list at once: past this many elements it is an
  // error rather than gigabytes (the budgets bound it further while a query
  // runs, but not when a constant is evaluated at plan time).
  static constexpr int64_t kMaxRangeElements = 10'000'000;

  Evaluator(const Parameters& parameters, NodeCache* cache)
      : parameters_(parameters), cache_(cache) {}

  absl::StatusOr<Value> Eval(const Expr& expr, const Frame& frame);
  // True only when `expr` evaluates to true; a non-boolean is an error.
  absl::StatusOr<bool> Test(const Expr& expr, const Frame& frame);
  // Loads the records of the nodes in `value` and of its edges' ends, so the
  // value can be printed without a store.
  absl::Status Materialize(Value* value);

  // Called before each element a list comprehension evaluates, with the
  // bytes of the list it has built so far; returning false stops the
  // evaluation (ResourceExhausted): the executor's rows and memory budgets
  // thus bound `[x IN hugeList | ...]`. Unset: no limit (constants at plan
  // time).
  void set_element_budget(std::function<bool(size_t bytes)> budget) {
    element_budget_ = std::move(budget);
  }

  // A node or edge property (see query.h for the names).
  absl::StatusOr<Value> NodeProperty(const NodeValue& node, const std::string& key);
  static Value EdgeProperty(const EdgeRecord& edge, const std::string& key);
  // The same for an edge bound by its ref alone: reads its record first.
  absl::StatusOr<Value> EdgeValueProperty(const EdgeValue& edge, const std::string& key);

 private:
  absl::StatusOr<Value> Binary(const Expr& expr, const Frame& frame);
  absl::StatusOr<Value> Logical(const Expr& expr, const Frame& frame);
  absl::StatusOr<Value> Arithmetic(const Expr& expr, const Value& a, const Value& b);
  absl::StatusOr<Value> Property(const Expr& expr, const Frame& frame);
  absl::StatusOr<Value> Index(const Expr& expr, const Frame& frame);
  absl::StatusOr<Value> Slice(const Expr& expr, const Frame& frame);
  absl::StatusOr<Value> Comprehension(const Expr& expr, const Frame& frame);
  // range(start, end[, step]): the integers from start to end inclusive.
  absl::StatusOr<Value> Range(const Expr& expr, const std::vector<Value>& args);
  // The compiled pattern of `=~` (InvalidArgument at `expr` when it does not compile).
  absl::StatusOr<const RE2*> Regex(const Expr& expr, const std::string& pattern);

  const Parameters& parameters_;
  NodeCache* cache_;
  absl::flat_hash_map<std::string, std::unique_ptr<RE2>> regexes_;
  // List comprehension variables by Expr::local: an evaluation binds its
  // own local, so nested comprehensions never share one.
  std::vector<Value> locals_;
  std::function<bool(size_t)> element_budget_;
};

}  // namespace kg::cypher

#endif  // KG_QUERY_CYPHER_EVALUATOR_H_
