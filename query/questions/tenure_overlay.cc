#include "query/questions/tenure_overlay.h"

#include <vector>

#include "graph/status_macros.h"
#include "query/questions/holders.h"

namespace kg::questions {

absl::Status AddTenureConclusions(const Store& store, Subgraph* graph) {
  std::vector<NodeRecord> offices;
  for (const NodeRecord& node : graph->nodes) {
    if (node.kind == NodeKind::kOffice) offices.push_back(node);
  }
  KG_ASSIGN_OR_RETURN(auto times, TenureEdgeTimes(store, offices));
  for (SubgraphEdge& edge : graph->edges) {
    auto it = times.find(edge.id);
    if (it == times.end()) continue;
    const TenureEdgeTime& t = it->second;
    if (edge.time.end.empty()) {
      const Date& end = t.end.empty() ? t.end_by : t.end;
      if (!end.empty()) {
        edge.time.end = end;
        edge.time.end_inferred = true;
      }
    }
    if (edge.time.start.empty() && edge.time.date.empty() && !t.start_by.empty()) {
      edge.time.start = t.start_by;
    }
  }
  return absl::OkStatus();
}


}  // namespace kg::questions
