#include "query/cypher/projection_stage.h"

#include <algorithm>
#include <utility>

namespace kg::cypher {

void ProjectionStage::Add(const std::vector<Value>& slots) {
  if (plan_.aggregating) return Accumulate(slots);
  Row row;
  row.reserve(plan_.projections.size());
  for (const Expr* expr : plan_.projections) {
    absl::StatusOr<Value> value = evaluator_.Eval(*expr, Frame{&slots});
    if (!value.ok()) return hooks_.fail(value.status());
    row.push_back(*std::move(value));
  }
  Output(std::move(row), Frame{&slots});
}

void ProjectionStage::Flush(const std::vector<Value>& slots) {
  if (plan_.aggregating) FinishGroups(slots);
  if (!plan_.clause->order_by.empty()) EmitSorted();
}

void ProjectionStage::Accumulate(const std::vector<Value>& slots) {
  Row key;
  for (size_t i = 0; i < plan_.projections.size(); ++i) {
    if (!plan_.is_group_key[i]) continue;
    absl::StatusOr<Value> value = evaluator_.Eval(*plan_.projections[i], Frame{&slots});
    if (!value.ok()) return hooks_.fail(value.status());
    key.push_back(*std::move(value));
  }
  size_t group = 0;
  if (key.empty() && !groups_.empty()) {
    // No grouping key: the one group, without hashing an empty key per row.
  } else {
    const size_t key_bytes = ApproxBytes(key);
    auto [it, added] = group_index_.try_emplace(std::move(key), groups_.size());
    if (added) {
      groups_.push_back(NewGroup(slots));
      if (!hooks_.hold(key_bytes + ApproxBytes(slots))) return;
    }
    group = it->second;
  }
  std::vector<Aggregate>& aggregates = groups_[group].aggregates;
  for (size_t a = 0; a < aggregates.size(); ++a) {
    const Expr& call = *plan_.aggregates[a];
    if (call.kind == ExprKind::kCountStar) {
      aggregates[a].AddRow();
      continue;
    }
    absl::StatusOr<Value> value = evaluator_.Eval(*call.children[0], Frame{&slots});
    if (!value.ok()) return hooks_.fail(value.status());
    // collect() keeps every value, DISTINCT every distinct one.
    if ((call.distinct || call.name == "collect") && !hooks_.hold(ApproxBytes(*value))) return;
    if (absl::Status s = aggregates[a].Add(*value); !s.ok()) return hooks_.fail(s);
  }
}

ProjectionStage::Group ProjectionStage::NewGroup(const std::vector<Value>& slots) const {
  Group group{slots, {}};
  group.aggregates.reserve(plan_.aggregates.size());
  for (const Expr* call : plan_.aggregates) group.aggregates.emplace_back(*call);
  return group;
}

void ProjectionStage::FinishGroups(const std::vector<Value>& slots) {
  // With no grouping key, an empty match still has its one group: count 0.
  const bool keyed = std::find(plan_.is_group_key.begin(), plan_.is_group_key.end(), true) !=
                     plan_.is_group_key.end();
  if (groups_.empty() && !keyed) groups_.push_back(NewGroup(slots));
  std::vector<Row> keys(groups_.size());
  for (const auto& [key, i] : group_index_) keys[i] = key;
  for (size_t g = 0; g < groups_.size() && hooks_.go_on(); ++g) {
    std::vector<Value> finished;
    for (const Aggregate& aggregate : groups_[g].aggregates) finished.push_back(aggregate.Finish());
    const Frame frame{&groups_[g].slots, nullptr, &finished};
    Row row;
    size_t next_key = 0;
    for (size_t i = 0; i < plan_.projections.size(); ++i) {
      if (plan_.is_group_key[i]) {
        row.push_back(keys[g][next_key++]);
        continue;
      }
      absl::StatusOr<Value> value = evaluator_.Eval(*plan_.projections[i], frame);
      if (!value.ok()) return hooks_.fail(value.status());
      row.push_back(*std::move(value));
    }
    Output(std::move(row), frame);
  }
}

// A projected row: deduplicated, then held for sorting or emitted.
void ProjectionStage::Output(Row row, Frame frame) {
  const Projection& clause = *plan_.clause;
  if (clause.distinct) {
    if (!seen_.insert(row).second) return;
    if (!hooks_.hold(ApproxBytes(row))) return;
  }
  if (clause.order_by.empty()) return Emit(std::move(row));
  frame.columns = &row;
  SortedRow sorted;
  for (const SortItem& sort : clause.order_by) {
    if (sort.column >= 0) {
      sorted.keys.push_back(row[sort.column]);
      continue;
    }
    absl::StatusOr<Value> key = evaluator_.Eval(*sort.expr, frame);
    if (!key.ok()) return hooks_.fail(key.status());
    sorted.keys.push_back(*std::move(key));
  }
  sorted.row = std::move(row);
  const size_t bytes = ApproxBytes(sorted.row) + ApproxBytes(sorted.keys);
  sorted_bytes_ += bytes;
  if (!hooks_.hold(bytes)) return;
  sorted_.push_back(std::move(sorted));
  // ORDER BY ... LIMIT k needs only the first SKIP + k rows: trim now and
  // then, so memory stays proportional to k rather than to the match.
  if (plan_.limit >= 0) {
    const size_t keep = static_cast<size_t>(plan_.skip + plan_.limit);
    if (sorted_.size() >= 2 * keep + 1024) {
      Sort();
      sorted_.resize(keep);
      // What was trimmed is no longer held.
      hooks_.release(sorted_bytes_);
      sorted_bytes_ = 0;
      for (const SortedRow& kept : sorted_) {
        sorted_bytes_ += ApproxBytes(kept.row) + ApproxBytes(kept.keys);
      }
      hooks_.hold(sorted_bytes_);
    }
  }
}

// Stable: rows with equal keys keep the order the match produced them in.
void ProjectionStage::Sort() {
  const std::vector<SortItem>& order = plan_.clause->order_by;
  std::stable_sort(sorted_.begin(), sorted_.end(), [&](const SortedRow& a, const SortedRow& b) {
    for (size_t i = 0; i < order.size(); ++i) {
      const int c = OrderCompare(a.keys[i], b.keys[i]);
      if (c != 0) return order[i].descending ? c > 0 : c < 0;
    }
    return false;
  });
}

void ProjectionStage::EmitSorted() {
  Sort();
  // Moved out first: the sink runs the clauses after the stage, which
  // reach later stages, never this one.
  std::vector<SortedRow> sorted = std::move(sorted_);
  for (SortedRow& row : sorted) {
    if (!hooks_.go_on()) return;
    Emit(std::move(row.row));
  }
}

// After DISTINCT and sorting: SKIP and LIMIT, then the row goes on.
void ProjectionStage::Emit(Row row) {
  if (skipped_ < plan_.skip) {
    ++skipped_;
    return;
  }
  if (plan_.limit >= 0 && emitted_ >= plan_.limit) return hooks_.on_full();
  ++emitted_;
  sink_(std::move(row));
  if (plan_.limit >= 0 && emitted_ >= plan_.limit) hooks_.on_full();
}

}  // namespace kg::cypher
