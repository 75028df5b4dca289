// Execute: runs a Plan depth-first. Each step binds slots and calls the next
// step from inside the store's scan callback, so a row reaches RETURN as soon
// as its last step binds it; stopping (LIMIT, or the caller returning false)
// unwinds every open scan.
//
// A WITH is a projection in the middle: each row it passes on binds its
// columns' slots and runs the clauses after it. One that aggregates or sorts
// holds its rows until the clauses before it have finished; Run then flushes
// the holding projections in order, each feeding the ones after it. A LIMIT
// reached in a WITH stops the clauses feeding it (stopped_), and the next
// flush goes on from there; the RETURN's LIMIT, or the caller, ends it all
// (done_).
#include <algorithm>
#include <chrono>
#include <utility>

#include "absl/status/status.h"
#include "fmt/format.h"
#include "graph/status_macros.h"
#include "query/cypher/evaluator.h"
#include "query/cypher/plan.h"
#include "query/cypher/projection_stage.h"
#include "query/cypher/shortest_path.h"

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
        stage_clause_(plan.projections.size(), plan.clauses.size()),
        started_(std::chrono::steady_clock::now()) {
    for (size_t c = 0; c < plan.clauses.size(); ++c) {
      if (plan.clauses[c].projection >= 0) stage_clause_[plan.clauses[c].projection] = c;
    }
    MakeStages();
    // A comprehension's elements count against the rows budget, and the
    // list it builds against the memory budget.
    evaluator_.set_element_budget([this](size_t bytes) {
      const uint64_t max = plan_.budget.max_memory_bytes;
      if (max != 0 && held_bytes_ + bytes > max) {
        Hold(bytes);  // fails, naming the budget
        return false;
      }
      return CountRead();
    });
  }

  absl::Status Run() {
    if (plan_.returns().limit == 0) return absl::OkStatus();
    RunClause(0);
    for (size_t stage = 0; stage < stages_.size(); ++stage) {
      if (!status_.ok() || done_) break;
      stopped_ = false;  // a WITH's LIMIT stopped what fed it; what it passed on goes on
      if (plan_.projections[stage].holds_rows) stages_[stage].Flush(slots_);
    }
    KG_RETURN_IF_ERROR(status_);
    if (plan_.stats != nullptr) {
      plan_.stats->edge_records_read += cache_.edges_read();
      plan_.stats->node_records_read += cache_.nodes_read();
    }
    return status_;
  }

 private:
  bool Continue() const { return status_.ok() && !stopped_ && !done_; }
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
    if (clause == plan_.clauses.size()) return stages_.back().Add(slots_);
    const ClausePlan& plan = plan_.clauses[clause];
    if (plan.projection >= 0) return stages_[plan.projection].Add(slots_);
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
    } else if (step.type == Step::Type::kBindPath) {
      BindPath(step, clause, index);
    } else if (slots_[step.from_slot].is_null()) {
      return;  // from a node an OPTIONAL MATCH left null: nothing
    } else if (step.type == Step::Type::kShortest) {
      Shortest(step, clause, index);
    } else if (step.variable_length) {
      const NodeId from = slots_[step.from_slot].AsNode().id;
      Value::List path;
      Walk(step, clause, index, from, 0, &path);
    } else {
      Expand(step, clause, index);
    }
  }

  // A list of edges as the pattern reads: a step run leftwards found them
  // from the pattern's right end.
  static Value EdgeList(const Step& step, Value::List edges) {
    if (step.leftwards) std::reverse(edges.begin(), edges.end());
    return Value::FromList(std::move(edges));
  }

  // `p = ...`: the path through the slots the pattern bound. A
  // variable-length part is a list of edges; its inner nodes are the ends
  // each edge leads to.
  void BindPath(const Step& step, size_t clause, size_t index) {
    PathValue path;
    path.nodes.push_back(slots_[step.path_nodes[0]].AsNode());
    for (size_t i = 0; i < step.path_rels.size(); ++i) {
      const Value& rel = slots_[step.path_rels[i]];
      if (!step.path_variable_length[i]) {
        path.edges.push_back(rel.AsEdge());
      } else {
        // The last edge leads to the pattern's own node, pushed below.
        const Value::List& edges = rel.AsList();
        NodeId at = path.nodes.back().id;
        for (size_t j = 0; j < edges.size(); ++j) {
          const EdgeRef ref = edges[j].AsEdge().Ref();
          path.edges.push_back(edges[j].AsEdge());
          at = ref.src == at ? ref.dst : ref.src;
          if (j + 1 < edges.size()) path.nodes.push_back(NodeValue{at, nullptr});
        }
      }
      path.nodes.push_back(slots_[step.path_nodes[i + 1]].AsNode());
    }
    slots_[step.to_slot] = Value::Path(std::move(path));
    Next(step, clause, index);
  }

  // shortestPath / allShortestPaths: a breadth-first search from the start
  // node, to the other end when it is bound, else to every node it reaches.
  void Shortest(const Step& step, size_t clause, size_t index) {
    const NodeId from = slots_[step.from_slot].AsNode().id;
    std::optional<NodeId> target;
    if (step.to_bound) {
      if (!BoundNode(step)) return;
      target = slots_[step.to_slot].AsNode().id;
    }
    const bool records = step.rel_properties != nullptr;
    auto neighbours = [&](NodeId node, const std::function<bool(const EdgeRef&, NodeId)>& visit) {
      ForEachEdge(step, node, records,
                  [&](const EdgeRef& ref, const EdgeRecord* record, NodeId other) {
                    if (EdgeUsed(ref.id) || !EdgeMatches(step, record)) return Continue();
                    return visit(ref, other) && Continue();
                  });
      return Continue();
    };
    uint64_t search_bytes = 0;
    auto charge = [&](size_t bytes) {
      search_bytes += bytes;
      return Hold(bytes);
    };
    ShortestPathSearch search(step.all_shortest, step.min_hops, step.max_hops);
    search.Run(from, target, neighbours, charge,
               [&](NodeId end, const std::vector<EdgeRef>& edges) {
                 if (!CountRead() || !BindEnd(step, end)) return Continue();
                 Value::List list;
                 list.reserve(edges.size());
                 for (const EdgeRef& ref : edges) list.push_back(EdgeOf(ref, nullptr));
                 slots_[step.rel_slot] = EdgeList(step, std::move(list));
                 const size_t used = used_edges_.size();
                 for (const EdgeRef& ref : edges) used_edges_.push_back(ref.id);
                 Next(step, clause, index);
                 used_edges_.resize(used);
                 return Continue();
               });
    // The search's memory is freed with it.
    held_bytes_ -= search_bytes;
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
        if (!BoundNode(step)) return;
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
  // backwards. `counted`: the edges count as scanned (stats and budget);
  // not when only looking ahead (PrefetchNeighbours).
  template <typename Visit>
  void ForEachEdge(const Step& step, NodeId from, bool records, const Visit& visit,
                   bool counted = true) {
    auto scan = [&](Direction direction, std::optional<Relation> relation, bool skip_loops) {
      if (!Continue()) return;
      auto each = [&](const EdgeRef& ref, const EdgeRecord* record) {
        if (counted) {
          if (plan_.stats != nullptr) ++plan_.stats->edges_scanned;
          if (!CountRead()) return false;
        }
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

  // Reads ahead, in one batch, the adjacency of the nodes the step reaches
  // from `from`: a walk that goes on from each of them would otherwise read
  // them one point read at a time (most of a 2-hop walk around a person
  // with thousands of neighbours).
  void PrefetchNeighbours(const Step& step, NodeId from) {
    std::vector<NodeId> neighbours;
    ForEachEdge(
        step, from, /*records=*/false,
        [&](const EdgeRef&, const EdgeRecord*, NodeId other) {
          neighbours.push_back(other);
          return true;
        },
        /*counted=*/false);
    if (absl::Status s = Adjacency().Prefetch(std::move(neighbours)); !s.ok()) Fail(s);
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

  // Whether the slot a pattern node was bound to earlier holds a node: not
  // when null (an OPTIONAL MATCH found nothing), and an error when it holds
  // something else (a WITH column made by an expression, such as a count).
  bool BoundNode(const Step& step) {
    const Value& bound = slots_[step.to_slot];
    if (bound.is_null()) return false;
    if (bound.kind() == Value::Kind::kNode) return true;
    const std::string_view kind = KindName(bound.kind());
    const bool vowel = kind[0] == 'i' || kind[0] == 'e';  // "an int", "an edge"
    Fail(absl::InvalidArgumentError(
        PositionedMessage(step.node_position,
                          fmt::format("'{}' is not a node: it is {} {}",
                                      plan_.slot_names[step.to_slot], vowel ? "an" : "a", kind))));
    return false;
  }

  // Binds the step's end node (or checks it, when already bound).
  bool BindEnd(const Step& step, NodeId other) {
    if (!KindAllowed(step.kinds, other)) return false;
    if (step.to_bound) return BoundNode(step) && slots_[step.to_slot].AsNode().id == other;
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
    // An anonymous relationship list is read by nothing (unless a named path
    // is made of it): the path's edges are then only kept (by id) for
    // uniqueness, not bound as a list for every row.
    const bool bind_path = step.bind_edges;
    if (depth >= step.min_hops && BindEnd(step, at)) {
      if (bind_path) slots_[step.rel_slot] = EdgeList(step, *path);
      Next(step, clause, index);
    }
    if (depth == step.max_hops) return;
    // The path's edges are bound by ref; only a property constraint needs
    // their records during the walk.
    const bool records = step.rel_properties != nullptr;
    if (depth + 1 < step.max_hops && !records) PrefetchNeighbours(step, at);
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

  // One ProjectionStage per Plan::projections: a WITH's rows go on to the
  // clause after it, the RETURN's to the caller.
  void MakeStages() {
    stages_.reserve(plan_.projections.size());
    for (size_t stage = 0; stage < plan_.projections.size(); ++stage) {
      const bool last = stage + 1 == plan_.projections.size();
      ProjectionStage::Hooks hooks{
          .hold = [this](size_t bytes) { return Hold(bytes); },
          .release = [this](size_t bytes) { held_bytes_ -= bytes; },
          .fail = [this](absl::Status status) { Fail(std::move(status)); },
          .go_on = [this] { return Continue(); },
          // Past a WITH's LIMIT only what feeds it stops; past RETURN's, all.
          .on_full = [this, last] { (last ? done_ : stopped_) = true; },
      };
      ProjectionStage::Sink sink = last ? ProjectionStage::Sink([this](Row row) { Return(row); })
                                        : [this, stage](Row row) { PassOn(stage, row); };
      stages_.emplace_back(plan_.projections[stage], &evaluator_, std::move(hooks),
                           std::move(sink));
    }
  }

  // A WITH's row: its columns bind their slots, its WHERE filters, and the
  // clauses after it run.
  void PassOn(size_t stage, const Row& row) {
    const ProjectionPlan& projection = plan_.projections[stage];
    for (size_t i = 0; i < row.size(); ++i) slots_[projection.slots[i]] = row[i];
    if (projection.where != nullptr && !Filters({projection.where})) return;
    RunClause(stage_clause_[stage] + 1);
  }

  // A result row: its nodes and edges get their records, and the caller has it.
  void Return(Row& row) {
    for (Value& value : row) {
      if (absl::Status s = evaluator_.Materialize(&value); !s.ok()) return Fail(s);
    }
    if (plan_.stats != nullptr) ++plan_.stats->rows;
    if (!on_row_(row)) done_ = true;
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
  bool stopped_ = false;                 // a WITH's LIMIT was reached: stop what feeds it
  bool done_ = false;                    // the RETURN's LIMIT was reached, or the caller stopped
  std::vector<ProjectionStage> stages_;  // per Plan::projections
  std::vector<size_t> stage_clause_;     // per stage: its WITH's clause index
  const std::chrono::steady_clock::time_point started_;
  uint64_t visited_ = 0;
  uint64_t held_bytes_ = 0;
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
