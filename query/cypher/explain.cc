// DescribePlan: EXPLAIN's lines. Each names what a step reads from the
// store, so a slow query shows where it starts and what it scans:
//
//   MATCH 1
//     start (p:Person) by name $n                  names index, then p.name = $n
//     expand (p)-[r]->(o)  out, any type           edge records
//     walk (p)-[*1..2]-(x)  both, any type         adjacency keys only
//   WITH 2: 2 column(s), aggregating, then WHERE; holds its rows until ...
//   MATCH 3
//     check (p:Person) (bound earlier)
//     shortest path (p)-[*1..5]-(q) (bound earlier)  both, any type: breadth-first ...
//   RETURN 1 column(s), aggregating
#include <string>
#include <vector>

#include "absl/strings/str_join.h"
#include "fmt/format.h"
#include "query/cypher/parser.h"
#include "query/cypher/plan.h"

namespace kg::cypher {
namespace {

std::string SlotName(const Plan& plan, int slot) {
  if (slot < 0 || slot >= static_cast<int>(plan.slot_names.size())) return "";
  return plan.slot_names[static_cast<size_t>(slot)];
}

std::string Labels(const std::vector<NodeKind>& kinds) {
  std::string out;
  for (size_t i = 0; i < kinds.size(); ++i) out += (i == 0 ? ":" : "|") + LabelName(kinds[i]);
  return out;
}

std::string Types(const std::vector<Relation>& types) {
  if (types.empty()) return "any type";
  std::vector<std::string> names;
  for (Relation type : types) names.push_back(TypeName(type));
  return absl::StrJoin(names, "|");
}

std::string DirectionName(Direction direction) {
  switch (direction) {
    case Direction::kOut:
      return "out";
    case Direction::kIn:
      return "in";
    case Direction::kBoth:
      return "both";
  }
  return "";
}

std::string DescribeStep(const Plan& plan, const Step& step) {
  if (step.type == Step::Type::kUnwind) {
    return fmt::format("unwind a list as {}", SlotName(plan, step.to_slot));
  }
  if (step.type == Step::Type::kBindPath) {
    return fmt::format("path {} of the {} relationship(s) above", SlotName(plan, step.to_slot),
                       step.path_rels.size());
  }
  const std::string to = fmt::format("({}{})", SlotName(plan, step.to_slot), Labels(step.kinds));
  if (step.type == Step::Type::kStart) {
    switch (step.start) {
      case StartKind::kBound:
        return fmt::format("check {} (bound earlier)", to);
      case StartKind::kById:
        return fmt::format("start {} by id: one node read", to);
      case StartKind::kByName:
        return fmt::format("start {} by name: names index", to);
      case StartKind::kByLabel:
        return fmt::format("start {}: scan of the nodes of {}", to,
                           step.kinds.size() == 1 ? "that kind" : "those kinds");
      case StartKind::kAll:
        return fmt::format("start {}: scan of every node", to);
    }
  }
  const std::string from = fmt::format("({})", SlotName(plan, step.from_slot));
  std::string rel = SlotName(plan, step.rel_slot);
  if (step.variable_length) {
    rel += fmt::format("*{}..{}", step.min_hops, step.max_hops);
  }
  if (step.type == Step::Type::kShortest) {
    return fmt::format("{} {}-[{}]-{}{}  {}, {}: breadth-first, each node expanded once{}",
                       step.all_shortest ? "all shortest paths" : "shortest path", from, rel, to,
                       step.to_bound ? " (bound earlier)" : "", DirectionName(step.direction),
                       Types(step.types), step.rel_properties != nullptr ? ", edge records" : "");
  }
  const std::string reads =
      step.variable_length
          ? (step.rel_properties != nullptr ? "edge records" : "adjacency keys only")
          : (step.read_records ? "edge records" : "adjacency keys only");
  return fmt::format("{} {}-[{}]-{}{}  {}, {}: {}", step.variable_length ? "walk" : "expand", from,
                     rel, to, step.to_bound ? " (bound earlier)" : "",
                     DirectionName(step.direction), Types(step.types), reads);
}

// "RETURN 2 column(s), aggregating, ORDER BY 1 key(s), LIMIT 5".
std::string DescribeProjection(std::string_view keyword, const ProjectionPlan& projection) {
  std::string line = fmt::format("{} {} column(s)", keyword, projection.projections.size());
  if (projection.aggregating) line += ", aggregating";
  if (projection.clause->distinct) line += ", DISTINCT";
  if (!projection.clause->order_by.empty()) {
    line += fmt::format(", ORDER BY {} key(s)", projection.clause->order_by.size());
  }
  if (projection.skip > 0) line += fmt::format(", SKIP {}", projection.skip);
  if (projection.limit >= 0) line += fmt::format(", LIMIT {}", projection.limit);
  if (projection.where != nullptr) line += ", then WHERE";
  return line;
}

}  // namespace

std::vector<std::string> DescribePlan(const Plan& plan) {
  std::vector<std::string> lines;
  for (size_t c = 0; c < plan.clauses.size(); ++c) {
    const ClausePlan& clause = plan.clauses[c];
    if (clause.projection >= 0) {
      const ProjectionPlan& with = plan.projections[static_cast<size_t>(clause.projection)];
      lines.push_back(DescribeProjection(fmt::format("WITH {}:", c + 1), with) +
                      (with.holds_rows ? "; holds its rows until the clauses before finish" : ""));
      continue;
    }
    const bool unwind = !clause.steps.empty() && clause.steps[0].type == Step::Type::kUnwind;
    lines.push_back(fmt::format("{} {}",
                                unwind            ? "UNWIND"
                                : clause.optional ? "OPTIONAL MATCH"
                                                  : "MATCH",
                                c + 1));
    if (!clause.filters.empty()) {
      lines.push_back(
          fmt::format("  filter: {} predicate(s) on earlier variables", clause.filters.size()));
    }
    for (const Step& step : clause.steps) {
      std::string line = "  " + DescribeStep(plan, step);
      if (!step.filters.empty()) line += fmt::format("; then {} filter(s)", step.filters.size());
      lines.push_back(std::move(line));
    }
  }
  lines.push_back(DescribeProjection("RETURN", plan.returns()));
  return lines;
}

}  // namespace kg::cypher
