#include "query/cypher/query.h"

#include <algorithm>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/numbers.h"
#include "fmt/format.h"
#include "graph/status_macros.h"
#include "query/cypher/evaluator.h"
#include "query/cypher/parser.h"
#include "query/cypher/plan.h"

namespace kg::cypher {
namespace {

bool IsIdentifier(std::string_view name) {
  if (name.empty()) return false;
  for (size_t i = 0; i < name.size(); ++i) {
    const char c = name[i];
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    if (!letter && !(i > 0 && c >= '0' && c <= '9')) return false;
  }
  return true;
}

void Collect(const Value& value, std::vector<NodeId>* nodes, std::vector<EdgeRecord>* edges) {
  switch (value.kind()) {
    case Value::Kind::kNode:
      nodes->push_back(value.AsNode().id);
      break;
    case Value::Kind::kEdge:
      edges->push_back(*value.AsEdge().record);
      nodes->push_back(value.AsEdge().record->src);
      nodes->push_back(value.AsEdge().record->dst);
      break;
    case Value::Kind::kList:
      for (const Value& element : value.AsList()) Collect(element, nodes, edges);
      break;
    case Value::Kind::kPath:
      for (const NodeValue& node : value.AsPath().nodes) nodes->push_back(node.id);
      for (const EdgeValue& edge : value.AsPath().edges) Collect(Value::Edge(edge), nodes, edges);
      break;
    case Value::Kind::kMap:
      for (const auto& [key, element] : value.AsMap()) Collect(element, nodes, edges);
      break;
    default:
      break;
  }
}

}  // namespace

absl::StatusOr<PreparedQuery> PreparedQuery::Prepare(std::string_view text,
                                                     const Parameters& parameters,
                                                     const ExecutionOptions& options) {
  KG_ASSIGN_OR_RETURN(Query query, ParseQuery(text));
  KG_ASSIGN_OR_RETURN(std::shared_ptr<const Plan> plan,
                      BuildPlan(std::move(query), parameters, options));
  return PreparedQuery(std::move(plan));
}

const std::vector<std::string>& PreparedQuery::columns() const { return plan_->columns; }

absl::Status PreparedQuery::Stream(const Store& store,
                                   const std::function<bool(const Row&)>& on_row) const {
  return Execute(*plan_, store, on_row);
}

absl::StatusOr<QueryResult> PreparedQuery::Run(const Store& store) const {
  QueryResult result;
  result.columns = plan_->columns;
  KG_RETURN_IF_ERROR(Stream(store, [&](const Row& row) {
    result.rows.push_back(row);
    return true;
  }));
  return result;
}

absl::StatusOr<QueryResult> RunQuery(const Store& store, std::string_view text,
                                     const Parameters& parameters,
                                     const ExecutionOptions& options) {
  KG_ASSIGN_OR_RETURN(PreparedQuery query, PreparedQuery::Prepare(text, parameters, options));
  return query.Run(store);
}

absl::Status StreamQuery(const Store& store, std::string_view text, const Parameters& parameters,
                         const ExecutionOptions& options,
                         const std::function<bool(const Row&)>& on_row) {
  KG_ASSIGN_OR_RETURN(PreparedQuery query, PreparedQuery::Prepare(text, parameters, options));
  return query.Stream(store, on_row);
}

absl::StatusOr<Value> ParseParameterValue(std::string_view text) {
  const absl::string_view view(text.data(), text.size());
  int64_t i;
  if (absl::SimpleAtoi(view, &i)) return Value::Int(i);
  // Only plain decimals count as numbers: "inf", "nan" and "1e5" stay strings.
  const bool decimal = !text.empty() &&
                       text.find_first_not_of("0123456789.-+") == std::string_view::npos &&
                       text.find_first_of("0123456789") != std::string_view::npos;
  double d;
  if (decimal && absl::SimpleAtod(view, &d)) return Value::Float(d);
  if (text.size() > 5 && text.substr(0, 5) == "date(") {
    KG_ASSIGN_OR_RETURN(ExprPtr expr, ParseExpression(text));
    const bool literal_date = expr->kind == ExprKind::kFunction && expr->name == "date" &&
                              expr->children.size() == 1 &&
                              expr->children[0]->kind == ExprKind::kLiteral;
    if (!literal_date) {
      return absl::InvalidArgumentError(
          fmt::format("parameter value {} must be date('YYYY[-MM[-DD]]')", text));
    }
    NodeCache no_store(nullptr);
    Parameters none;
    return Evaluator(none, &no_store).Eval(*expr, Frame{});
  }
  return Value::String(std::string(text));
}

absl::Status AddParameter(std::string_view assignment, Parameters* parameters) {
  const size_t eq = assignment.find('=');
  if (eq == std::string_view::npos) {
    return absl::InvalidArgumentError(
        fmt::format("--param takes name=value, got '{}'", assignment));
  }
  const std::string_view name = assignment.substr(0, eq);
  if (!IsIdentifier(name)) {
    return absl::InvalidArgumentError(fmt::format("bad parameter name '{}'", name));
  }
  KG_ASSIGN_OR_RETURN(Value value, ParseParameterValue(assignment.substr(eq + 1)));
  (*parameters)[std::string(name)] = std::move(value);
  return absl::OkStatus();
}

void CollectElements(const QueryResult& result, std::vector<NodeId>* nodes,
                     std::vector<EdgeRecord>* edges) {
  for (const Row& row : result.rows) {
    for (const Value& value : row) Collect(value, nodes, edges);
  }
  std::sort(nodes->begin(), nodes->end());
  nodes->erase(std::unique(nodes->begin(), nodes->end()), nodes->end());
  std::sort(edges->begin(), edges->end(),
            [](const EdgeRecord& a, const EdgeRecord& b) { return a.id < b.id; });
  edges->erase(std::unique(edges->begin(), edges->end(),
                           [](const EdgeRecord& a, const EdgeRecord& b) { return a.id == b.id; }),
               edges->end());
}

}  // namespace kg::cypher
