#include "query/questions/tenure_overlay.h"

#include <vector>

#include "graph/status_macros.h"

namespace kg::questions {
namespace {

void ApplyTenureTime(const TenureEdgeTime& t, FactTime* time) {
  if (time->end.empty()) {
    const Date& end = t.end.empty() ? t.end_by : t.end;
    if (!end.empty()) {
      time->end = end;
      time->end_inferred = true;
    }
  }
  if (time->start.empty() && time->date.empty() && !t.start_by.empty()) {
    time->start = t.start_by;
  }
}

}  // namespace

absl::Status AddTenureConclusions(const Store& store, Subgraph* graph) {
  std::vector<NodeRecord> offices;
  for (const NodeRecord& node : graph->nodes) {
    if (node.kind == NodeKind::kOffice) offices.push_back(node);
  }
  KG_ASSIGN_OR_RETURN(auto times, TenureEdgeTimes(store, offices));
  for (SubgraphEdge& edge : graph->edges) {
    if (auto it = times.find(edge.id); it != times.end()) ApplyTenureTime(it->second, &edge.time);
  }
  return absl::OkStatus();
}

absl::Status TenureConclusions::Apply(const EdgeRecord& edge, FactTime* time) const {
  if (edge.relation != Relation::kAppointedTo && edge.relation != Relation::kHeld) {
    return absl::OkStatus();
  }
  std::lock_guard<std::mutex> lock(mu_);
  auto it = by_office_.find(edge.dst);
  if (it == by_office_.end()) {
    KG_ASSIGN_OR_RETURN(std::optional<NodeRecord> office, store_.GetNode(edge.dst));
    std::map<EdgeId, TenureEdgeTime> times;
    if (office.has_value() && office->kind == NodeKind::kOffice) {
      KG_ASSIGN_OR_RETURN(times, TenureEdgeTimes(store_, {*office}));
    }
    it = by_office_.emplace(edge.dst, std::move(times)).first;
  }
  if (auto t = it->second.find(edge.id); t != it->second.end()) ApplyTenureTime(t->second, time);
  return absl::OkStatus();
}

}  // namespace kg::questions
