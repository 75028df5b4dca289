// BuildPlan: binds variables to slots, picks where each pattern starts, and
// places every predicate after the first step that binds what it reads.
#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <utility>

#include "absl/status/status.h"
#include "fmt/format.h"
#include "graph/status_macros.h"
#include "query/cypher/evaluator.h"
#include "query/cypher/functions.h"
#include "query/cypher/plan.h"

namespace kg::cypher {
namespace {

absl::Status ErrorAt(Position position, std::string_view message) {
  return absl::InvalidArgumentError(PositionedMessage(position, message));
}

ExprPtr MakeExpr(ExprKind kind, Position position) {
  auto expr = std::make_unique<Expr>();
  expr->kind = kind;
  expr->position = position;
  return expr;
}

bool IsAggregateCall(const Expr& expr) {
  if (expr.kind == ExprKind::kCountStar) return true;
  if (expr.kind != ExprKind::kFunction) return false;
  const FunctionSpec* spec = FindFunction(expr.name);
  return spec != nullptr && spec->aggregate;
}

bool ContainsAggregate(const Expr& expr) {
  if (IsAggregateCall(expr)) return true;
  for (const ExprPtr& child : expr.children) {
    if (ContainsAggregate(*child)) return true;
  }
  return false;
}

// The slots an expression reads (after resolution).
void CollectSlots(const Expr& expr, std::set<int>* slots) {
  if (expr.kind == ExprKind::kVariable && expr.slot >= 0) slots->insert(expr.slot);
  for (const ExprPtr& child : expr.children) CollectSlots(*child, slots);
}

bool IsConstant(const Expr& expr) {
  std::set<int> slots;
  CollectSlots(expr, &slots);
  return slots.empty() && !ContainsAggregate(expr);
}

// Splits a WHERE into its top-level AND conjuncts.
void Conjuncts(const Expr* expr, std::vector<const Expr*>* out) {
  if (expr->kind == ExprKind::kBinary && expr->op == Op::kAnd) {
    Conjuncts(expr->children[0].get(), out);
    Conjuncts(expr->children[1].get(), out);
  } else {
    out->push_back(expr);
  }
}

class Planner {
 public:
  Planner(Plan* plan, const ExecutionOptions& options) : plan_(*plan), options_(options) {}

  absl::Status Run() {
    if (options_.max_hops < 1) {
      return absl::InvalidArgumentError(
          fmt::format("the hop limit must be at least 1, got {}", options_.max_hops));
    }
    for (MatchClause& match : plan_.query.matches) {
      KG_RETURN_IF_ERROR(match.with != nullptr ? PlanWith(match) : PlanClause(match));
    }
    ProjectionPlan returns;
    KG_RETURN_IF_ERROR(PlanProjection(&plan_.query.returns, "RETURN", &returns));
    plan_.columns = returns.columns;
    plan_.projections.push_back(std::move(returns));
    if (plan_.query.explain) plan_.columns = {"plan"};
    return absl::OkStatus();
  }

 private:
  // kLocal: a list comprehension's variable (Variable::slot is its local).
  // kComputed: a WITH column made by an expression (head(collect(n)) AS n):
  // a pattern may use it as a node, checked when the row runs.
  enum class VariableKind { kNode, kRel, kValue, kLocal, kComputed };
  struct Variable {
    VariableKind kind;
    int slot;
  };
  struct Scope {
    bool aggregates_allowed = false;
    bool columns_first = false;  // ORDER BY: a name is a RETURN column before a variable
    bool slots_allowed = true;   // false: outside aggregates only columns may be named
    std::string_view clause;
    std::string_view projection = "RETURN";  // for ORDER BY's messages: RETURN or WITH
  };
  // Per node slot of the clause being planned: the constant that can find it.
  struct Access {
    const Expr* id = nullptr;
    const Expr* name = nullptr;
  };

  // A slot named `name` ("" for an anonymous pattern element), as EXPLAIN
  // and the executor's choice of what to bind see it.
  int NewSlot(const std::string& name = "") {
    bound_at_.push_back(kUnbound);
    plan_.slot_names.push_back(name);
    return plan_.slot_count++;
  }

  absl::StatusOr<int> NodeSlot(const NodePattern& node) {
    if (node.variable.empty()) return NewSlot();
    auto it = variables_.find(node.variable);
    if (it == variables_.end()) {
      const int slot = NewSlot(node.variable);
      variables_[node.variable] = {VariableKind::kNode, slot};
      named_.push_back(node.variable);
      return slot;
    }
    if (it->second.kind != VariableKind::kNode && it->second.kind != VariableKind::kComputed) {
      return ErrorAt(node.position,
                     fmt::format("'{}' is a {}, not a node", node.variable,
                                 it->second.kind == VariableKind::kRel ? "relationship" : "value"));
    }
    return it->second.slot;
  }

  absl::StatusOr<int> RelSlot(const RelPattern& rel) {
    if (rel.variable.empty()) return NewSlot();
    auto it = variables_.find(rel.variable);
    if (it != variables_.end()) {
      return ErrorAt(rel.position,
                     it->second.kind != VariableKind::kRel
                         ? fmt::format("'{}' is a {}, not a relationship", rel.variable,
                                       it->second.kind == VariableKind::kNode ? "node" : "value")
                         : fmt::format("relationship variable '{}' is bound twice", rel.variable));
    }
    const int slot = NewSlot(rel.variable);
    variables_[rel.variable] = {VariableKind::kRel, slot};
    named_.push_back(rel.variable);
    return slot;
  }

  // `p = ...`: the slot of a path variable, which must be new.
  absl::StatusOr<int> PathSlot(const PathPattern& path) {
    if (variables_.contains(path.variable)) {
      return ErrorAt(path.position,
                     fmt::format("path variable '{}' is already defined", path.variable));
    }
    const int slot = NewSlot(path.variable);
    variables_[path.variable] = {VariableKind::kValue, slot};
    named_.push_back(path.variable);
    return slot;
  }

  // "variable 'x' is not defined", saying which WITH dropped it if one did.
  absl::Status Undefined(const Expr& expr) const {
    if (auto it = dropped_.find(expr.name); it != dropped_.end()) {
      return ErrorAt(expr.position,
                     fmt::format("variable '{}' is not defined: the WITH at line {}, column {} "
                                 "does not pass it on (add it to the WITH)",
                                 expr.name, it->second.line, it->second.column));
    }
    return ErrorAt(expr.position, fmt::format("variable '{}' is not defined", expr.name));
  }

  // [x IN list WHERE p | e]: the list in the enclosing scope, the rest with
  // x bound to a local of its own (shadowing any x outside).
  absl::Status ResolveComprehension(Expr* expr, const Scope& scope, bool in_aggregate) {
    KG_RETURN_IF_ERROR(Resolve(expr->children[0].get(), scope, in_aggregate));
    expr->local = plan_.local_count++;
    std::optional<Variable> outer;
    if (auto it = variables_.find(expr->name); it != variables_.end()) outer = it->second;
    variables_[expr->name] = {VariableKind::kLocal, expr->local};
    Scope inner = scope;
    inner.aggregates_allowed = false;
    inner.clause = "a list comprehension";
    absl::Status status;
    for (size_t i = 1; i < expr->children.size() && status.ok(); ++i) {
      status = Resolve(expr->children[i].get(), inner, in_aggregate);
    }
    if (outer.has_value()) {
      variables_[expr->name] = *outer;
    } else {
      variables_.erase(expr->name);
    }
    return status;
  }

  absl::Status Resolve(Expr* expr, const Scope& scope, bool in_aggregate = false) {
    switch (expr->kind) {
      case ExprKind::kVariable: {
        if (auto local = variables_.find(expr->name);
            local != variables_.end() && local->second.kind == VariableKind::kLocal) {
          expr->local = local->second.slot;
          return absl::OkStatus();
        }
        if (scope.columns_first && !in_aggregate && columns_ != nullptr) {
          for (size_t i = 0; i < columns_->size(); ++i) {
            if ((*columns_)[i] == expr->name) {
              expr->alias = static_cast<int>(i);
              return absl::OkStatus();
            }
          }
        }
        auto it = variables_.find(expr->name);
        if (it == variables_.end()) return Undefined(*expr);
        if (!scope.slots_allowed && !in_aggregate) {
          return ErrorAt(
              expr->position,
              fmt::format("after {} DISTINCT or an aggregation, ORDER BY can only "
                          "use {}, and '{}' is not one",
                          scope.projection,
                          scope.projection == "WITH" ? "the WITH's columns" : "returned columns",
                          expr->name));
        }
        expr->slot = it->second.slot;
        return absl::OkStatus();
      }
      case ExprKind::kParameter:
        if (!plan_.parameters.contains(expr->name)) {
          return ErrorAt(expr->position, fmt::format("parameter ${} has no value", expr->name));
        }
        return absl::OkStatus();
      case ExprKind::kListComprehension:
        return ResolveComprehension(expr, scope, in_aggregate);
      default:
        break;
    }
    if (IsAggregateCall(*expr)) {
      const std::string name = expr->kind == ExprKind::kCountStar ? "count" : expr->name;
      if (!scope.aggregates_allowed) {
        return ErrorAt(expr->position, fmt::format("{}() aggregates rows and cannot be used in {}",
                                                   name, scope.clause));
      }
      if (in_aggregate) {
        return ErrorAt(expr->position, fmt::format("{}() inside another aggregate", name));
      }
      expr->aggregate = static_cast<int>(aggregates_->size());
      aggregates_->push_back(expr);
      in_aggregate = true;
    }
    for (ExprPtr& child : expr->children) {
      KG_RETURN_IF_ERROR(Resolve(child.get(), scope, in_aggregate));
    }
    return absl::OkStatus();
  }

  // `slot.key = value`, made from a property map entry.
  const Expr* PropertyFilter(int slot, const PropertyConstraint& property) {
    ExprPtr variable = MakeExpr(ExprKind::kVariable, property.value->position);
    variable->slot = slot;
    ExprPtr read = MakeExpr(ExprKind::kProperty, property.value->position);
    read->name = property.key;
    read->children.push_back(std::move(variable));
    ExprPtr equals = MakeExpr(ExprKind::kBinary, property.value->position);
    equals->op = Op::kEq;
    equals->children.push_back(std::move(read));
    equals->children.push_back(property.value->Clone());
    plan_.synthesized.push_back(std::move(equals));
    return plan_.synthesized.back().get();
  }

  // Records `id(v) = c`, `v.name = c` (either way round) as access paths.
  void NoteAccess(const Expr* conjunct, std::map<int, Access>* access) {
    if (conjunct->kind != ExprKind::kBinary || conjunct->op != Op::kEq) return;
    for (int side = 0; side < 2; ++side) {
      const Expr* target = conjunct->children[side].get();
      const Expr* value = conjunct->children[1 - side].get();
      if (!IsConstant(*value)) continue;
      const bool by_id = target->kind == ExprKind::kFunction && target->name == "id";
      const bool by_name = target->kind == ExprKind::kProperty && target->name == "name";
      if (!by_id && !by_name) continue;
      const Expr* variable = target->children[0].get();
      if (variable->kind != ExprKind::kVariable) continue;
      auto it = access->find(variable->slot);
      if (it == access->end()) continue;
      (by_id ? it->second.id : it->second.name) = value;
    }
  }

  int StartCost(int slot, const NodePattern& node, const std::map<int, Access>& access) const {
    if (bound_at_[slot] != kUnbound) return 0;
    const Access& a = access.at(slot);
    if (a.id != nullptr) return 1;
    if (a.name != nullptr) return 2;
    return node.kinds.empty() ? 4 : 3;
  }

  absl::Status PlanUnwind(MatchClause& unwind) {
    const Scope scope{.clause = "UNWIND"};
    // The list reads only what earlier clauses bound.
    KG_RETURN_IF_ERROR(Resolve(unwind.unwind.get(), scope));
    if (variables_.contains(unwind.unwind_variable)) {
      return ErrorAt(unwind.position, fmt::format("UNWIND ... AS {}: '{}' is already defined",
                                                  unwind.unwind_variable, unwind.unwind_variable));
    }
    const int slot = NewSlot(unwind.unwind_variable);
    variables_[unwind.unwind_variable] = {VariableKind::kValue, slot};
    named_.push_back(unwind.unwind_variable);
    ClausePlan clause;
    Step step;
    step.type = Step::Type::kUnwind;
    step.key = unwind.unwind.get();
    step.to_slot = slot;
    AddStep(std::move(step), &clause);
    for (int& at : bound_at_) {
      if (at != kUnbound) at = kBeforeClause;
    }
    plan_.clauses.push_back(std::move(clause));
    return absl::OkStatus();
  }

  absl::Status PlanClause(MatchClause& match) {
    if (match.unwind != nullptr) return PlanUnwind(match);
    ClausePlan clause;
    clause.optional = match.optional;
    std::vector<std::vector<int>> node_slots(match.patterns.size());
    std::vector<std::vector<int>> rel_slots(match.patterns.size());
    std::vector<int> path_slots(match.patterns.size(), -1);
    std::map<int, Access> access;  // node slots this clause introduces
    for (size_t p = 0; p < match.patterns.size(); ++p) {
      const PathPattern& path = match.patterns[p];
      if (!path.variable.empty()) {
        KG_ASSIGN_OR_RETURN(path_slots[p], PathSlot(path));
      }
      for (size_t i = 0; i < path.nodes.size(); ++i) {
        KG_ASSIGN_OR_RETURN(const int slot, NodeSlot(path.nodes[i]));
        node_slots[p].push_back(slot);
        if (bound_at_[slot] == kUnbound) access[slot];
        if (i < path.rels.size()) {
          KG_ASSIGN_OR_RETURN(const int rel, RelSlot(path.rels[i]));
          rel_slots[p].push_back(rel);
        }
      }
    }

    const Scope where_scope{.clause = "WHERE or a pattern"};
    std::vector<const Expr*> filters;
    for (size_t p = 0; p < match.patterns.size(); ++p) {
      PathPattern& path = match.patterns[p];
      for (size_t i = 0; i < path.nodes.size(); ++i) {
        for (PropertyConstraint& property : path.nodes[i].properties) {
          KG_RETURN_IF_ERROR(Resolve(property.value.get(), where_scope));
          filters.push_back(PropertyFilter(node_slots[p][i], property));
          if (property.key == "name" && IsConstant(*property.value) &&
              access.contains(node_slots[p][i])) {
            access[node_slots[p][i]].name = property.value.get();
          }
        }
      }
      for (size_t i = 0; i < path.rels.size(); ++i) {
        RelPattern& rel = path.rels[i];
        for (PropertyConstraint& property : rel.properties) {
          KG_RETURN_IF_ERROR(Resolve(property.value.get(), where_scope));
          if (!rel.variable_length) filters.push_back(PropertyFilter(rel_slots[p][i], property));
        }
        if (rel.variable_length) KG_RETURN_IF_ERROR(CheckHops(&rel));
      }
    }
    if (match.where != nullptr) {
      KG_RETURN_IF_ERROR(Resolve(match.where.get(), where_scope));
      std::vector<const Expr*> conjuncts;
      Conjuncts(match.where.get(), &conjuncts);
      for (const Expr* conjunct : conjuncts) {
        NoteAccess(conjunct, &access);
        filters.push_back(conjunct);
      }
    }

    // Plan the cheapest-to-start pattern first: it may bind what the others
    // would otherwise scan for.
    std::vector<bool> planned(match.patterns.size(), false);
    for (size_t round = 0; round < match.patterns.size(); ++round) {
      int best_pattern = -1, best_node = -1, best_cost = 1 << 30;
      for (size_t p = 0; p < match.patterns.size(); ++p) {
        if (planned[p]) continue;
        for (size_t i = 0; i < node_slots[p].size(); ++i) {
          const int cost = StartCost(node_slots[p][i], match.patterns[p].nodes[i], access);
          if (cost < best_cost) {
            best_cost = cost;
            best_pattern = static_cast<int>(p);
            best_node = static_cast<int>(i);
          }
        }
      }
      planned[best_pattern] = true;
      KG_RETURN_IF_ERROR(PlanPath(match.patterns[best_pattern], node_slots[best_pattern],
                                  rel_slots[best_pattern], best_node, access, &clause));
      if (path_slots[best_pattern] >= 0) {
        AddPathStep(match.patterns[best_pattern], node_slots[best_pattern], rel_slots[best_pattern],
                    path_slots[best_pattern], &clause);
      }
    }

    for (const Expr* filter : filters) {
      std::set<int> slots;
      CollectSlots(*filter, &slots);
      int step = kUnbound;
      for (int slot : slots) step = std::max(step, bound_at_[slot]);
      if (step == kBeforeClause || step == kUnbound) {
        clause.filters.push_back(filter);
      } else {
        clause.steps[step].filters.push_back(filter);
      }
    }
    // What this clause bound is "before" for the clauses after it.
    for (size_t slot = 0; slot < bound_at_.size(); ++slot) {
      int& at = bound_at_[slot];
      if (at != kUnbound && at != kBeforeClause) clause.binds.push_back(static_cast<int>(slot));
      if (at != kUnbound) at = kBeforeClause;
    }
    plan_.clauses.push_back(std::move(clause));
    return absl::OkStatus();
  }

  absl::Status CheckHops(RelPattern* rel) {
    if (rel->max_given && rel->max_hops > options_.max_hops) {
      return ErrorAt(rel->max_position,
                     fmt::format("variable-length bound {} is above the hop limit {}",
                                 rel->max_hops, options_.max_hops));
    }
    if (!rel->max_given) {
      if (rel->min_hops > options_.max_hops) {
        return ErrorAt(rel->position,
                       fmt::format("variable-length lower bound {} is above the hop limit {}",
                                   rel->min_hops, options_.max_hops));
      }
      rel->max_hops = options_.max_hops;
    }
    return absl::OkStatus();
  }

  void Bind(int slot, int step) {
    if (bound_at_[slot] == kUnbound) bound_at_[slot] = step;
  }

  absl::Status PlanPath(const PathPattern& path, const std::vector<int>& node_slots,
                        const std::vector<int>& rel_slots, int start,
                        const std::map<int, Access>& access, ClausePlan* clause) {
    Step first;
    first.type = Step::Type::kStart;
    first.to_slot = node_slots[start];
    first.kinds = path.nodes[start].kinds;
    first.node_position = path.nodes[start].position;
    if (bound_at_[first.to_slot] != kUnbound) {
      first.start = StartKind::kBound;
      first.to_bound = true;
    } else if (const Access& a = access.at(first.to_slot); a.id != nullptr) {
      first.start = StartKind::kById;
      first.key = a.id;
    } else if (a.name != nullptr) {
      first.start = StartKind::kByName;
      first.key = a.name;
    } else {
      first.start = first.kinds.empty() ? StartKind::kAll : StartKind::kByLabel;
    }
    AddStep(std::move(first), clause);
    const bool named_path = !path.variable.empty();
    if (path.shortest != ShortestKind::kNone) {
      // One relationship between two nodes (the parser checks): a search
      // from whichever end the step above starts at.
      return AddExpand(path.rels[0], rel_slots[0], node_slots[start], node_slots[1 - start],
                       path.nodes[1 - start], start == 1, named_path, clause, path.shortest);
    }
    // Rightwards along the pattern, then leftwards from the start.
    for (int i = start; i < static_cast<int>(path.rels.size()); ++i) {
      KG_RETURN_IF_ERROR(AddExpand(path.rels[i], rel_slots[i], node_slots[i], node_slots[i + 1],
                                   path.nodes[i + 1], false, named_path, clause));
    }
    for (int i = start - 1; i >= 0; --i) {
      KG_RETURN_IF_ERROR(AddExpand(path.rels[i], rel_slots[i], node_slots[i + 1], node_slots[i],
                                   path.nodes[i], true, named_path, clause));
    }
    return absl::OkStatus();
  }

  // `p = ...`: once the pattern's steps have bound its elements, the path.
  void AddPathStep(const PathPattern& path, const std::vector<int>& node_slots,
                   const std::vector<int>& rel_slots, int path_slot, ClausePlan* clause) {
    Step step;
    step.type = Step::Type::kBindPath;
    step.to_slot = path_slot;
    step.path_nodes = node_slots;
    step.path_rels = rel_slots;
    for (const RelPattern& rel : path.rels) {
      step.path_variable_length.push_back(rel.variable_length);
    }
    AddStep(std::move(step), clause);
  }

  void AddStep(Step step, ClausePlan* clause) {
    const int index = static_cast<int>(clause->steps.size());
    if (step.type == Step::Type::kExpand || step.type == Step::Type::kShortest) {
      Bind(step.rel_slot, index);
    }
    Bind(step.to_slot, index);
    clause->steps.push_back(std::move(step));
  }

  // An expansion over `rel` (or, with `shortest`, a shortest-path search)
  // from the node in `from` to the one in `to`; `leftwards` when that runs
  // against the pattern as written. `in_named_path`: a path variable reads
  // the edges, so a variable-length walk binds them even when anonymous.
  absl::Status AddExpand(const RelPattern& rel, int rel_slot, int from, int to,
                         const NodePattern& to_node, bool leftwards, bool in_named_path,
                         ClausePlan* clause, ShortestKind shortest = ShortestKind::kNone) {
    Step step;
    step.type = shortest == ShortestKind::kNone ? Step::Type::kExpand : Step::Type::kShortest;
    step.all_shortest = shortest == ShortestKind::kAll;
    step.leftwards = leftwards;
    step.bind_edges = shortest != ShortestKind::kNone || !rel.variable.empty() || in_named_path;
    step.from_slot = from;
    step.rel_slot = rel_slot;
    step.to_slot = to;
    step.to_bound = bound_at_[to] != kUnbound;
    step.kinds = to_node.kinds;
    step.node_position = to_node.position;
    switch (rel.direction) {
      case PatternDirection::kRight:
        step.direction = leftwards ? Direction::kIn : Direction::kOut;
        break;
      case PatternDirection::kLeft:
        step.direction = leftwards ? Direction::kOut : Direction::kIn;
        break;
      case PatternDirection::kBoth:
        step.direction = Direction::kBoth;
        break;
    }
    for (Relation type : rel.types) {
      if (std::find(step.types.begin(), step.types.end(), type) == step.types.end()) {
        step.types.push_back(type);
      }
    }
    step.variable_length = rel.variable_length;
    // An anonymous relationship without properties is walked on the
    // adjacency keys alone; a named one reads its records as it goes.
    step.read_records = !rel.variable.empty() || !rel.properties.empty();
    step.min_hops = rel.min_hops;
    step.max_hops = rel.max_hops;
    if (rel.variable_length && !rel.properties.empty()) {
      const int index = static_cast<int>(clause->steps.size());
      for (const PropertyConstraint& property : rel.properties) {
        std::set<int> slots;
        CollectSlots(*property.value, &slots);
        for (int slot : slots) {
          if (bound_at_[slot] == kUnbound || bound_at_[slot] >= index) {
            return ErrorAt(property.value->position,
                           "a variable-length relationship's properties can only use "
                           "parameters and variables of earlier patterns");
          }
        }
      }
      step.rel_properties = &rel.properties;
    }
    AddStep(std::move(step), clause);
    return absl::OkStatus();
  }

  // RETURN or WITH (`clause` names which, for messages): columns,
  // aggregates, ORDER BY, SKIP and LIMIT, resolved in the current scope.
  absl::Status PlanProjection(Projection* projection, std::string_view clause,
                              ProjectionPlan* out) {
    out->clause = projection;
    aggregates_ = &out->aggregates;
    if (projection->star) {
      if (named_.empty()) {
        return ErrorAt(projection->position,
                       fmt::format("{} * needs at least one named variable", clause));
      }
      for (const std::string& name : named_) {
        ReturnItem item;
        item.expr = MakeExpr(ExprKind::kVariable, projection->position);
        item.expr->name = name;
        item.column = item.text = name;
        projection->items.push_back(std::move(item));
      }
    }
    for (const ReturnItem& item : projection->items) {
      if (std::find(out->columns.begin(), out->columns.end(), item.column) != out->columns.end()) {
        return ErrorAt(item.expr->position,
                       fmt::format("column '{}' is {} twice: name one with AS", item.column,
                                   clause == "WITH" ? "passed on" : "returned"));
      }
      out->columns.push_back(item.column);
    }
    const Scope item_scope{.aggregates_allowed = true, .clause = clause, .projection = clause};
    for (ReturnItem& item : projection->items) {
      KG_RETURN_IF_ERROR(Resolve(item.expr.get(), item_scope));
      const bool aggregate = ContainsAggregate(*item.expr);
      out->projections.push_back(item.expr.get());
      out->is_group_key.push_back(!aggregate);
      out->aggregating |= aggregate;
    }
    const bool projected_only = out->aggregating || projection->distinct;
    const std::string order_clause = fmt::format("ORDER BY unless {} aggregates", clause);
    // ORDER BY names columns before variables: its scope is looked up by
    // the column list being planned.
    columns_ = &out->columns;
    const Scope order_scope{.aggregates_allowed = out->aggregating,
                            .columns_first = true,
                            .slots_allowed = !projected_only,
                            .clause = order_clause,
                            .projection = clause};
    for (SortItem& sort : projection->order_by) {
      for (size_t i = 0; i < projection->items.size() && sort.column < 0; ++i) {
        if (sort.text == projection->items[i].column || sort.text == projection->items[i].text) {
          sort.column = static_cast<int>(i);
        }
      }
      if (sort.column < 0) KG_RETURN_IF_ERROR(Resolve(sort.expr.get(), order_scope));
    }
    columns_ = nullptr;
    aggregates_ = nullptr;
    KG_ASSIGN_OR_RETURN(out->skip, Count(projection->skip.get(), "SKIP", 0));
    KG_ASSIGN_OR_RETURN(out->limit, Count(projection->limit.get(), "LIMIT", -1));
    out->holds_rows = out->aggregating || !projection->order_by.empty();
    return absl::OkStatus();
  }

  // WITH: a projection whose columns replace every variable in scope. A
  // plain variable keeps its kind (a node stays a node that later patterns
  // can start from); any other column is computed (kComputed).
  absl::Status PlanWith(MatchClause& clause) {
    Projection& with = *clause.with;
    ProjectionPlan projection;
    KG_RETURN_IF_ERROR(PlanProjection(&with, "WITH", &projection));
    std::map<std::string, Variable> kept;
    for (const ReturnItem& item : with.items) {
      VariableKind kind = VariableKind::kComputed;
      if (item.expr->kind == ExprKind::kVariable && item.expr->slot >= 0) {
        if (auto it = variables_.find(item.expr->name); it != variables_.end()) {
          kind = it->second.kind;
        }
      }
      const int slot = NewSlot(item.column);
      bound_at_[slot] = kBeforeClause;
      kept[item.column] = {kind, slot};
      projection.slots.push_back(slot);
    }
    for (const auto& [name, variable] : variables_) {
      if (!kept.contains(name)) dropped_[name] = with.position;
    }
    for (const auto& [name, variable] : kept) dropped_.erase(name);
    variables_ = std::move(kept);
    named_ = projection.columns;
    if (with.where != nullptr) {
      KG_RETURN_IF_ERROR(Resolve(with.where.get(), Scope{.clause = "WITH ... WHERE"}));
      projection.where = with.where.get();
    }
    ClausePlan plan;
    plan.projection = static_cast<int>(plan_.projections.size());
    plan_.projections.push_back(std::move(projection));
    plan_.clauses.push_back(std::move(plan));
    return absl::OkStatus();
  }

  // SKIP and LIMIT: a constant non-negative integer.
  absl::StatusOr<int64_t> Count(Expr* expr, std::string_view clause, int64_t absent) {
    if (expr == nullptr) return absent;
    KG_RETURN_IF_ERROR(Resolve(expr, Scope{.clause = clause}));
    if (!IsConstant(*expr)) {
      return ErrorAt(expr->position, fmt::format("{} takes a number or a parameter", clause));
    }
    NodeCache no_store(nullptr);
    Evaluator evaluator(plan_.parameters, &no_store);
    KG_ASSIGN_OR_RETURN(Value value, evaluator.Eval(*expr, Frame{}));
    if (value.kind() != Value::Kind::kInt || value.AsInt() < 0) {
      return ErrorAt(expr->position, fmt::format("{} needs a non-negative integer, got {}", clause,
                                                 DebugString(value)));
    }
    return value.AsInt();
  }

  static constexpr int kUnbound = -2;
  static constexpr int kBeforeClause = -1;

  Plan& plan_;
  const ExecutionOptions& options_;
  std::map<std::string, Variable> variables_;
  std::vector<std::string> named_;  // in order of appearance, for RETURN *
  // Variables a WITH did not pass on, and where that WITH is: for the error
  // when a later clause names one.
  std::map<std::string, Position> dropped_;
  // While a projection is planned: where its aggregate calls go, and its
  // columns (which ORDER BY may name).
  std::vector<const Expr*>* aggregates_ = nullptr;
  const std::vector<std::string>* columns_ = nullptr;
  // Per slot: the index of the step of the current clause that binds it;
  // kBeforeClause once an earlier clause bound it.
  std::vector<int> bound_at_;
};

}  // namespace

absl::StatusOr<std::shared_ptr<const Plan>> BuildPlan(Query query, const Parameters& parameters,
                                                      const ExecutionOptions& options) {
  auto plan = std::make_shared<Plan>();
  plan->query = std::move(query);
  plan->parameters = parameters;
  plan->max_hops = options.max_hops;
  plan->stats = options.stats;
  plan->budget = options.budget;
  plan->conclusions = options.conclusions;
  KG_RETURN_IF_ERROR(Planner(plan.get(), options).Run());
  return plan;
}

}  // namespace kg::cypher
