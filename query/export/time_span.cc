#include "query/export/time_span.h"

#include <algorithm>

namespace kg {

TimeSpan EdgeTimeSpan(const FactTime& time) {
  TimeSpan span;
  for (const Date* date : {&time.date, &time.start, &time.end, &time.as_of}) {
    if (date->empty()) continue;
    span.first_day = std::min(span.first_day.value_or(date->FirstDay()), date->FirstDay());
    span.last_day = std::max(span.last_day.value_or(date->LastDay()), date->LastDay());
  }
  if (!time.start.empty() && time.end.empty()) span.last_day.reset();
  return span;
}

std::map<NodeId, TimeSpan> NodeTimeSpans(const Subgraph& graph) {
  std::map<NodeId, TimeSpan> spans;
  std::map<NodeId, bool> open;
  for (const NodeRecord& node : graph.nodes) spans[node.id];
  for (const SubgraphEdge& edge : graph.edges) {
    const TimeSpan edge_span = EdgeTimeSpan(edge.time);
    if (!edge_span.dated()) continue;
    for (NodeId end : {edge.src, edge.dst}) {
      TimeSpan& span = spans[end];
      span.first_day = std::min(span.first_day.value_or(*edge_span.first_day),
                                *edge_span.first_day);
      if (edge_span.last_day.has_value()) {
        span.last_day = std::max(span.last_day.value_or(*edge_span.last_day),
                                 *edge_span.last_day);
      } else {
        open[end] = true;
      }
    }
  }
  for (const auto& [id, is_open] : open) {
    if (is_open) spans[id].last_day.reset();
  }
  return spans;
}

std::string IsoDay(int64_t day) {
  return AddDays(Date(1970, 1, 1), static_cast<int>(day)).ToString();
}

}  // namespace kg
