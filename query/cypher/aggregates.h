// The running state of one aggregate call (count, collect, min, max, sum,
// avg, count(*)) over one group of rows. Internal to query/cypher.
//
//   Aggregate count(*expr);
//   for (each row) KG_RETURN_IF_ERROR(count.Add(value_of_argument));
//   Value n = count.Finish();
//
// As in openCypher, nulls are skipped (count(x) counts non-null x; count(*)
// counts rows), DISTINCT skips values seen before in the group, and an empty
// group gives 0 for count and sum, [] for collect, null for min, max, avg.
#ifndef KG_QUERY_CYPHER_AGGREGATES_H_
#define KG_QUERY_CYPHER_AGGREGATES_H_

#include <cstdint>
#include <unordered_set>

#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "query/cypher/ast.h"
#include "query/cypher/value.h"

namespace kg::cypher {

class Aggregate {
 public:
  // `call` is a kCountStar or an aggregate kFunction; it must outlive this.
  explicit Aggregate(const Expr& call);

  // count(*): one more row.
  void AddRow() { ++count_; }
  // Any other aggregate: the argument's value for one row. InvalidArgument
  // for sum/avg of a non-number.
  absl::Status Add(const Value& value);
  Value Finish() const;

 private:
  // Which aggregate, decided once: Add runs once per row.
  enum class Function { kCount, kCollect, kMin, kMax, kSum, kAvg };

  const Expr* call_;
  Function function_ = Function::kCount;
  int64_t count_ = 0;
  Value best_;        // min, max
  Value::List list_;  // collect
  int64_t int_sum_ = 0;
  double float_sum_ = 0;
  bool float_ = false;                         // sum/avg saw a float (or the int sum overflowed)
  std::unordered_set<Value, ValueHash> seen_;  // DISTINCT
  // DISTINCT nodes by id (a node equals only a node of the same id): the
  // common count(DISTINCT x) of a walk, without hashing whole Values.
  absl::flat_hash_set<NodeId> seen_nodes_;
};

}  // namespace kg::cypher

#endif  // KG_QUERY_CYPHER_AGGREGATES_H_
