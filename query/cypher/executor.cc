// Execute: runs a Plan depth-first. Each step binds slots and calls the next
// step from inside the store's scan callback, so a row reaches RETURN as soon
// as its last step binds it; stopping (LIMIT, or the caller returning false)
// unwinds every open scan.
#include <algorithm>
#include <chrono>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "absl/status/status.h"
#include "fmt/format.h"
#include "graph/status_macros.h"
#include "query/cypher/aggregates.h"
#include "query/cypher/evaluator.h"
#include "query/cypher/plan.h"

namespace kg::cypher {
namespace {

bool KindAllowed(const std::vector<NodeKind>& kinds, NodeId id) {
  return kinds.empty() || std::find(kinds.begin(), kinds.end(), KindOfNodeId(id)) != kinds.end();
}

Direction Reverse(Direction direction) {
  return direction == Direction::kOut ? Direction::kIn : Direction::kOut;
}

class Execution {
 public:
  Execution(const Plan& plan, const Store& store, const std::function<bool(const Row&)>& on_row)
      : plan_(plan),
        store_(store),
        on_row_(on_row),
        cache_(&store, plan.conclusions),
        evaluator_(plan.parameters, &cache_),
        slots_(static_cast<size_t>(plan.slot_count)),
        started_(std::chrono::steady_clock::now()) {}

  absl::Status Run() {
    if (plan_.limit == 0) return absl::OkStatus();
    RunClause(0);
    KG_RETURN_IF_ERROR(status_);
    if (plan_.aggregating) FinishGroups();
    if (!plan_.query.order_by.empty()) EmitSorted();
    if (plan_.stats != nullptr) {
      plan_.stats->edge_records_read += cache_.edges_read();
      plan_.stats->node_records_read += cache_.nodes_read();
    }
    return status_;
  }

 private:
  struct Group {
    std::vector<Value> slots;  // the group's first row, for expressions around aggregates
    std::vector<Aggregate> aggregates;
  };
  struct SortedRow {
    Row row;
    std::vector<Value> keys;
  };

  bool Continue() const { return status_.ok() && !stopped_; }
  void Fail(absl::Status status) {
    if (status_.ok()) status_ = std::move(status);
  }

  // --- Budget (query.h) -------------------------------------------------------

  // One more node or edge read by the match; false once past the budget.
  bool CountRead() {
    const Budget& budget = plan_.budget;
    if (++visited_ > budget.max_rows_visited && budget.max_rows_visited != 0) {
      Fail(absl::ResourceExhaustedError(
          fmt::format("query stopped: it read more than {} nodes and edges (the rows-visited "
                      "budget; raise it with --max-rows)",
                      budget.max_rows_visited)));
    } else if (visited_ % 1024 == 0) {
      CheckTime();
    }
    return Continue();
  }
  void CheckTime() {
    const double max = plan_.budget.max_seconds;
    if (max <= 0) return;
    const std::chrono::duration<double> spent = std::chrono::steady_clock::now() - started_;
    if (spent.count() > max) {
      Fail(absl::ResourceExhaustedError(fmt::format(
          "query stopped: it ran for more than {} s (the time budget; raise it with --timeout)",
          max)));
    }
  }
  // `bytes` more held back (sorting, DISTINCT, aggregates); false past the budget.
  bool Hold(size_t bytes) {
    held_bytes_ += bytes;
    const uint64_t max = plan_.budget.max_memory_bytes;
    if (max != 0 && held_bytes_ > max) {
      Fail(absl::ResourceExhaustedError(
          fmt::format("query stopped: its intermediate results passed {} MiB (the memory budget; "
                      "raise it with --max-memory)",
                      max >> 20)));
    }
    return Continue();
  }
  bool Filters(const std::vector<const Expr*>& filters) {
    for (const Expr* filter : filters) {
      absl::StatusOr<bool> keep = evaluator_.Test(*filter, Frame{&slots_});
      if (!keep.ok()) {
        Fail(keep.status());
        return false;
      }
      if (!*keep) return false;
    }
    return true;
  }

  // --- Matching -------------------------------------------------------------

  void RunClause(size_t clause) {
    if (clause == plan_.clauses.size()) {
      Project();
      return;
    }
    const ClausePlan& plan = plan_.clauses[clause];
    if (plan.optional) return RunOptional(clause);
    if (!Filters(plan.filters)) return;
    // Relationship uniqueness holds within one MATCH clause.
    const size_t saved_base = clause_base_;
    clause_base_ = used_edges_.size();
    RunStep(clause, 0);
    clause_base_ = saved_base;
  }

  // OPTIONAL MATCH: the rows it matches, or, when there is none, the row as
  // it came with the clause's variables null.
  void RunOptional(size_t clause) {
    const ClausePlan& plan = plan_.clauses[clause];
    const bool saved = matched_;
    matched_ = false;
    if (Filters(plan.filters)) {
      const size_t saved_base = clause_base_;
      clause_base_ = used_edges_.size();
      RunStep(clause, 0);
      clause_base_ = saved_base;
    }
    const bool found = matched_;
    matched_ = saved;
    if (found || !Continue()) return;
    for (int slot : plan.binds) slots_[slot] = Value();
    RunClause(clause + 1);
  }

  void RunStep(size_t clause, size_t index) {
    const std::vector<Step>& steps = plan_.clauses[clause].steps;
    if (index == steps.size()) {
      matched_ = true;
      RunClause(clause + 1);
      return;
    }
    const Step& step = steps[index];
    if (step.type == Step::Type::kUnwind) {
      Unwind(step, clause, index);
    } else if (step.type == Step::Type::kStart) {
      Start(step, clause, index);
    } else if (slots_[step.from_slot].is_null()) {
      return;  // from a node an OPTIONAL MATCH left null: nothing
    } else if (step.variable_length) {
      const NodeId from = slots_[step.from_slot].AsNode().id;
      Value::List path;
      Walk(step, clause, index, from, 0, &path);
    } else {
      Expand(step, clause, index);
    }
  }

  // UNWIND: a row per element of the list; null gives none, and any other
  // value is a list of one.
  void Unwind(const Step& step, size_t clause, size_t index) {
    absl::StatusOr<Value> list = evaluator_.Eval(*step.key, Frame{&slots_});
    if (!list.ok()) return Fail(list.status());
    if (list->is_null()) return;
    if (list->kind() != Value::Kind::kList) {
      slots_[step.to_slot] = *std::move(list);
      return Next(step, clause, index);
    }
    for (const Value& element : list->AsList()) {
      if (!Continue() || !CountRead()) return;
      slots_[step.to_slot] = element;
      Next(step, clause, index);
    }
  }

  // After a step bound its slots: its filters, then the next step.
  void Next(const Step& step, size_t clause, size_t index) {
    if (Filters(step.filters)) RunStep(clause, index + 1);
  }

  void BindNode(const Step& step, NodeValue node, size_t clause, size_t index) {
    if (!KindAllowed(step.kinds, node.id)) return;
    if (node.record != nullptr) cache_.Put(node.record);
    slots_[step.to_slot] = Value::Node(std::move(node));
    Next(step, clause, index);
  }

  void Start(const Step& step, size_t clause, size_t index) {
    auto count_node = [this] {
      if (plan_.stats != nullptr) ++plan_.stats->nodes_scanned;
      return CountRead();
    };
    auto visit = [&](const NodeRecord& record) {
      if (!count_node()) return false;
      BindNode(step, NodeValue{record.id, std::make_shared<const NodeRecord>(record)}, clause,
               index);
      return Continue();
    };
    switch (step.start) {
      case StartKind::kBound:
        // Null after an OPTIONAL MATCH that found nothing: matches nothing.
        if (slots_[step.to_slot].is_null()) return;
        if (KindAllowed(step.kinds, slots_[step.to_slot].AsNode().id)) Next(step, clause, index);
        return;
      case StartKind::kById: {
        absl::StatusOr<Value> key = evaluator_.Eval(*step.key, Frame{});
        if (!key.ok()) return Fail(key.status());
        if (key->kind() != Value::Kind::kInt) return;
        absl::StatusOr<std::optional<NodeRecord>> record =
            store_.GetNode(static_cast<NodeId>(key->AsInt()));
        if (!record.ok()) return Fail(record.status());
        if (record->has_value()) visit(**record);
        return;
      }
      case StartKind::kByName: {
        absl::StatusOr<Value> key = evaluator_.Eval(*step.key, Frame{});
        if (!key.ok()) return Fail(key.status());
        if (key->kind() != Value::Kind::kString) return;
        std::optional<NodeKind> kind;
        if (step.kinds.size() == 1) kind = step.kinds[0];
        absl::StatusOr<std::vector<NodeId>> ids = store_.FindByName(key->AsString(), false, kind);
        if (!ids.ok()) return Fail(ids.status());
        for (NodeId id : *ids) {
          if (!Continue() || !count_node()) return;
          BindNode(step, NodeValue{id, nullptr}, clause, index);
        }
        return;
      }
      case StartKind::kByLabel:
        for (NodeKind kind : step.kinds) {
          if (!Continue()) return;
          if (absl::Status s = store_.ScanNodes(kind, visit); !s.ok()) return Fail(s);
        }
        return;
      case StartKind::kAll:
        if (absl::Status s = store_.ScanNodes(std::nullopt, visit); !s.ok()) return Fail(s);
        return;
    }
  }

  // Calls visit(ref, record, other end) for each edge the step may take from
  // `from`; `record` is null unless `records` (then the adjacency keys alone
  // are read). partner_of is symmetric: a directed step also takes it
  // backwards.
  template <typename Visit>
  void ForEachEdge(const Step& step, NodeId from, bool records, const Visit& visit) {
    auto scan = [&](Direction direction, std::optional<Relation> relation, bool skip_loops) {
      if (!Continue()) return;
      auto each = [&](const EdgeRef& ref, const EdgeRecord* record) {
        if (plan_.stats != nullptr) ++plan_.stats->edges_scanned;
        if (!CountRead()) return false;
        if (skip_loops && ref.src == ref.dst) return true;
        NodeId other = direction == Direction::kOut ? ref.dst : ref.src;
        if (direction == Direction::kBoth) other = ref.src == from ? ref.dst : ref.src;
        return visit(ref, record, other);
      };
      absl::Status s =
          records ? store_.ScanEdges(from, direction, relation,
                                     [&](const EdgeRecord& edge) {
                                       if (plan_.stats != nullptr) ++plan_.stats->edge_records_read;
                                       return each(edge.ref(), &edge);
                                     })
                  : Adjacency().Scan(from, direction, relation,
                                     [&](const EdgeRef& ref) { return each(ref, nullptr); });
      if (!s.ok()) Fail(s);
    };
    if (step.direction == Direction::kBoth) {
      if (step.types.empty()) scan(Direction::kBoth, std::nullopt, false);
      for (Relation type : step.types) scan(Direction::kBoth, type, false);
      return;
    }
    if (step.types.empty()) {
      scan(step.direction, std::nullopt, false);
      for (Relation relation : kAllRelations) {
        // A self-loop was already taken forwards.
        if (IsSymmetric(relation)) scan(Reverse(step.direction), relation, true);
      }
      return;
    }
    for (Relation type : step.types) {
      scan(IsSymmetric(type) ? Direction::kBoth : step.direction, type, false);
    }
  }

  // One reader for the whole execution: its iterators stay open from node
  // to node.
  Store::AdjacencyReader& Adjacency() {
    if (adjacency_ == nullptr) adjacency_ = store_.NewAdjacencyReader();
    return *adjacency_;
  }

  bool EdgeUsed(EdgeId id) const {
    return std::find(used_edges_.begin() + static_cast<std::ptrdiff_t>(clause_base_),
                     used_edges_.end(), id) != used_edges_.end();
  }

  // Binds the step's end node (or checks it, when already bound).
  bool BindEnd(const Step& step, NodeId other) {
    if (!KindAllowed(step.kinds, other)) return false;
    if (step.to_bound) {
      return !slots_[step.to_slot].is_null() && slots_[step.to_slot].AsNode().id == other;
    }
    slots_[step.to_slot] = Value::Node(NodeValue{other, nullptr});
    return true;
  }

  static Value EdgeOf(const EdgeRef& ref, const EdgeRecord* record) {
    if (record == nullptr) return Value::Edge(EdgeValue{nullptr, nullptr, nullptr, ref});
    return Value::Edge(
        EdgeValue{std::make_shared<const EdgeRecord>(*record), nullptr, nullptr, ref});
  }

  void Expand(const Step& step, size_t clause, size_t index) {
    const NodeId from = slots_[step.from_slot].AsNode().id;
    ForEachEdge(step, from, step.read_records,
                [&](const EdgeRef& ref, const EdgeRecord* record, NodeId other) {
                  if (EdgeUsed(ref.id) || !BindEnd(step, other)) return true;
                  if (record != nullptr) {
                    const std::string& name =
                        other == record->src ? record->src_name : record->dst_name;
                    if (!name.empty()) cache_.PutName(other, name);
                  }
                  slots_[step.rel_slot] = EdgeOf(ref, record);
                  used_edges_.push_back(ref.id);
                  Next(step, clause, index);
                  used_edges_.pop_back();
                  return Continue();
                });
  }

  bool EdgeMatches(const Step& step, const EdgeRecord* edge) {
    if (step.rel_properties == nullptr) return true;
    for (const PropertyConstraint& property : *step.rel_properties) {
      absl::StatusOr<Value> wanted = evaluator_.Eval(*property.value, Frame{&slots_});
      if (!wanted.ok()) {
        Fail(wanted.status());
        return false;
      }
      if (Equals(Evaluator::EdgeProperty(*edge, property.key), *wanted) != true) return false;
    }
    return true;
  }

  // Depth-first over paths of min..max edges, none repeated (the path's edges
  // are in used_edges_ while it is extended).
  void Walk(const Step& step, size_t clause, size_t index, NodeId at, int depth,
            Value::List* path) {
    // An anonymous relationship list is read by nothing: the path's edges are
    // only kept (by id) for uniqueness, not bound as a list for every row.
    const bool bind_path = !plan_.slot_names[step.rel_slot].empty();
    if (depth >= step.min_hops && BindEnd(step, at)) {
      if (bind_path) slots_[step.rel_slot] = Value::FromList(*path);
      Next(step, clause, index);
    }
    if (depth == step.max_hops) return;
    // The path's edges are bound by ref; only a property constraint needs
    // their records during the walk.
    const bool records = step.rel_properties != nullptr;
    ForEachEdge(step, at, records, [&](const EdgeRef& ref, const EdgeRecord* record, NodeId other) {
      if (EdgeUsed(ref.id) || !EdgeMatches(step, record)) return Continue();
      if (bind_path) path->push_back(EdgeOf(ref, record));
      used_edges_.push_back(ref.id);
      Walk(step, clause, index, other, depth + 1, path);
      used_edges_.pop_back();
      if (bind_path) path->pop_back();
      return Continue();
    });
  }

  // --- Projection -----------------------------------------------------------

  void Project() {
    if (plan_.aggregating) return Accumulate();
    Row row;
    row.reserve(plan_.projections.size());
    for (const Expr* projection : plan_.projections) {
      absl::StatusOr<Value> value = evaluator_.Eval(*projection, Frame{&slots_});
      if (!value.ok()) return Fail(value.status());
      row.push_back(*std::move(value));
    }
    Output(std::move(row), Frame{&slots_});
  }

  void Accumulate() {
    Row key;
    for (size_t i = 0; i < plan_.projections.size(); ++i) {
      if (!plan_.is_group_key[i]) continue;
      absl::StatusOr<Value> value = evaluator_.Eval(*plan_.projections[i], Frame{&slots_});
      if (!value.ok()) return Fail(value.status());
      key.push_back(*std::move(value));
    }
    size_t group = 0;
    if (key.empty() && !groups_.empty()) {
      // No grouping key: the one group, without hashing an empty key per row.
    } else {
      const size_t key_bytes = ApproxBytes(key);
      auto [it, added] = group_index_.try_emplace(std::move(key), groups_.size());
      if (added) {
        groups_.push_back(NewGroup(slots_));
        if (!Hold(key_bytes + ApproxBytes(slots_))) return;
      }
      group = it->second;
    }
    for (Aggregate& aggregate : groups_[group].aggregates) {
      const Expr& call = *plan_.aggregates[&aggregate - groups_[group].aggregates.data()];
      if (call.kind == ExprKind::kCountStar) {
        aggregate.AddRow();
        continue;
      }
      absl::StatusOr<Value> value = evaluator_.Eval(*call.children[0], Frame{&slots_});
      if (!value.ok()) return Fail(value.status());
      // collect() keeps every value, DISTINCT every distinct one.
      if ((call.distinct || call.name == "collect") && !Hold(ApproxBytes(*value))) return;
      if (absl::Status s = aggregate.Add(*value); !s.ok()) return Fail(s);
    }
  }

  Group NewGroup(const std::vector<Value>& slots) const {
    Group group{slots, {}};
    group.aggregates.reserve(plan_.aggregates.size());
    for (const Expr* call : plan_.aggregates) group.aggregates.emplace_back(*call);
    return group;
  }

  void FinishGroups() {
    // With no grouping key, an empty match still has its one group: count 0.
    const bool keyed = std::find(plan_.is_group_key.begin(), plan_.is_group_key.end(), true) !=
                       plan_.is_group_key.end();
    if (groups_.empty() && !keyed) groups_.push_back(NewGroup(slots_));
    std::vector<Row> keys(groups_.size());
    for (const auto& [key, i] : group_index_) keys[i] = key;
    for (size_t g = 0; g < groups_.size() && Continue(); ++g) {
      std::vector<Value> finished;
      for (const Aggregate& aggregate : groups_[g].aggregates) {
        finished.push_back(aggregate.Finish());
      }
      Row row;
      size_t next_key = 0;
      for (size_t i = 0; i < plan_.projections.size(); ++i) {
        if (plan_.is_group_key[i]) {
          row.push_back(keys[g][next_key++]);
          continue;
        }
        absl::StatusOr<Value> value =
            evaluator_.Eval(*plan_.projections[i], Frame{&groups_[g].slots, nullptr, &finished});
        if (!value.ok()) return Fail(value.status());
        row.push_back(*std::move(value));
      }
      Output(std::move(row), Frame{&groups_[g].slots, nullptr, &finished});
    }
  }

  // A projected row: deduplicated, then held for sorting or emitted.
  void Output(Row row, Frame frame) {
    if (plan_.query.distinct) {
      if (!seen_.insert(row).second) return;
      if (!Hold(ApproxBytes(row))) return;
    }
    if (plan_.query.order_by.empty()) return Emit(std::move(row));
    frame.columns = &row;
    SortedRow sorted;
    for (const SortItem& sort : plan_.query.order_by) {
      if (sort.column >= 0) {
        sorted.keys.push_back(row[sort.column]);
        continue;
      }
      absl::StatusOr<Value> key = evaluator_.Eval(*sort.expr, frame);
      if (!key.ok()) return Fail(key.status());
      sorted.keys.push_back(*std::move(key));
    }
    sorted.row = std::move(row);
    const size_t bytes = ApproxBytes(sorted.row) + ApproxBytes(sorted.keys);
    sorted_bytes_ += bytes;
    if (!Hold(bytes)) return;
    sorted_.push_back(std::move(sorted));
    // ORDER BY ... LIMIT k needs only the first SKIP + k rows: trim now and
    // then, so memory stays proportional to k rather than to the match.
    if (plan_.limit >= 0) {
      const size_t keep = static_cast<size_t>(plan_.skip + plan_.limit);
      if (sorted_.size() >= 2 * keep + 1024) {
        Sort();
        sorted_.resize(keep);
        // What was trimmed is no longer held.
        held_bytes_ -= sorted_bytes_;
        sorted_bytes_ = 0;
        for (const SortedRow& kept : sorted_) {
          sorted_bytes_ += ApproxBytes(kept.row) + ApproxBytes(kept.keys);
        }
        held_bytes_ += sorted_bytes_;
      }
    }
  }

  // Stable: rows with equal keys keep the order the match produced them in.
  void Sort() {
    const std::vector<SortItem>& order = plan_.query.order_by;
    std::stable_sort(sorted_.begin(), sorted_.end(), [&](const SortedRow& a, const SortedRow& b) {
      for (size_t i = 0; i < order.size(); ++i) {
        const int c = OrderCompare(a.keys[i], b.keys[i]);
        if (c != 0) return order[i].descending ? c > 0 : c < 0;
      }
      return false;
    });
  }

  void EmitSorted() {
    Sort();
    for (SortedRow& sorted : sorted_) {
      if (!Continue()) return;
      Emit(std::move(sorted.row));
    }
  }

  void Emit(Row row) {
    if (skipped_ < plan_.skip) {
      ++skipped_;
      return;
    }
    for (Value& value : row) {
      if (absl::Status s = evaluator_.Materialize(&value); !s.ok()) return Fail(s);
    }
    if (plan_.stats != nullptr) ++plan_.stats->rows;
    ++emitted_;
    if (!on_row_(row) || (plan_.limit >= 0 && emitted_ >= plan_.limit)) stopped_ = true;
  }

  const Plan& plan_;
  const Store& store_;
  const std::function<bool(const Row&)>& on_row_;
  NodeCache cache_;
  std::unique_ptr<Store::AdjacencyReader> adjacency_;
  Evaluator evaluator_;
  std::vector<Value> slots_;
  std::vector<EdgeId> used_edges_;
  size_t clause_base_ = 0;
  bool matched_ = false;  // a row got through the OPTIONAL MATCH being run
  absl::Status status_;
  bool stopped_ = false;
  const std::chrono::steady_clock::time_point started_;
  uint64_t visited_ = 0;
  uint64_t held_bytes_ = 0;
  uint64_t sorted_bytes_ = 0;  // the part of held_bytes_ in sorted_
  int64_t skipped_ = 0;
  int64_t emitted_ = 0;
  std::unordered_set<Row, ValueListHash> seen_;
  std::unordered_map<Row, size_t, ValueListHash> group_index_;
  std::vector<Group> groups_;
  std::vector<SortedRow> sorted_;
};

}  // namespace

absl::Status Execute(const Plan& plan, const Store& store,
                     const std::function<bool(const Row&)>& on_row) {
  if (plan.query.explain) {
    for (std::string& line : DescribePlan(plan)) {
      if (!on_row({Value::String(std::move(line))})) break;
    }
    return absl::OkStatus();
  }
  return Execution(plan, store, on_row).Run();
}

}  // namespace kg::cypher
