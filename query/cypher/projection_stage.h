// ProjectionStage: a RETURN or a WITH while a query runs. Internal to
// query/cypher; the executor makes one per ProjectionPlan.
//
//   ProjectionStage stage(plan.projections[i], &evaluator, hooks,
//                         [&](Row row) { /* the next clause, or the caller */ });
//   for (each row that reaches it) stage.Add(slots);
//   stage.Flush(slots);  // once the clauses feeding it have finished
//
// Rows go through the openCypher order: projected (or grouped, with their
// aggregates), deduplicated (DISTINCT), sorted (ORDER BY), then SKIP and
// LIMIT, and then to the sink. A stage that aggregates or sorts (its plan's
// holds_rows) hands nothing on before Flush; any other hands each row on
// from inside Add. Past LIMIT, hooks.on_full tells the executor that nothing
// more is wanted from what feeds the stage.
//
// Memory held (groups, DISTINCT's set, rows to sort, collect() and DISTINCT
// aggregates) is reported through hooks.hold, and given back through
// hooks.release when ORDER BY ... LIMIT trims its rows. Errors go to
// hooks.fail; the stage stops working once hooks.go_on is false.
#ifndef KG_QUERY_CYPHER_PROJECTION_STAGE_H_
#define KG_QUERY_CYPHER_PROJECTION_STAGE_H_

#include <functional>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "absl/status/status.h"
#include "query/cypher/aggregates.h"
#include "query/cypher/evaluator.h"
#include "query/cypher/plan.h"

namespace kg::cypher {

class ProjectionStage {
 public:
  struct Hooks {
    std::function<bool(size_t bytes)> hold;  // false: past the memory budget (already failed)
    std::function<void(size_t bytes)> release;
    std::function<void(absl::Status)> fail;
    std::function<bool()> go_on;
    std::function<void()> on_full;  // LIMIT rows were handed on
  };
  using Sink = std::function<void(Row row)>;

  // `plan` and `evaluator` must outlive the stage.
  ProjectionStage(const ProjectionPlan& plan, Evaluator* evaluator, Hooks hooks, Sink sink)
      : plan_(plan), evaluator_(*evaluator), hooks_(std::move(hooks)), sink_(std::move(sink)) {}

  // A row reached the stage; `slots` are its variables.
  void Add(const std::vector<Value>& slots);
  // The clauses feeding the stage have finished: its held rows go on.
  // `slots` stand for the variables of a group that saw no row.
  void Flush(const std::vector<Value>& slots);

 private:
  struct Group {
    std::vector<Value> slots;  // the group's first row, for expressions around aggregates
    std::vector<Aggregate> aggregates;
  };
  struct SortedRow {
    Row row;
    std::vector<Value> keys;
  };

  void Accumulate(const std::vector<Value>& slots);
  Group NewGroup(const std::vector<Value>& slots) const;
  void FinishGroups(const std::vector<Value>& slots);
  void Output(Row row, Frame frame);
  void Sort();
  void EmitSorted();
  void Emit(Row row);

  const ProjectionPlan& plan_;
  Evaluator& evaluator_;
  const Hooks hooks_;
  const Sink sink_;
  std::unordered_set<Row, ValueListHash> seen_;  // DISTINCT
  std::unordered_map<Row, size_t, ValueListHash> group_index_;
  std::vector<Group> groups_;
  std::vector<SortedRow> sorted_;
  uint64_t sorted_bytes_ = 0;  // what sorted_ holds, as reported to hooks.hold
  int64_t skipped_ = 0;
  int64_t emitted_ = 0;
};

}  // namespace kg::cypher

#endif  // KG_QUERY_CYPHER_PROJECTION_STAGE_H_
