#include "query/export/time_span.h"

#include <algorithm>

namespace kg {
namespace {

TimeSpan DaysOf(const Date& date) { return {date.FirstDay(), date.LastDay()}; }

}  // namespace

TimeSpan EdgeTimeSpan(const FactTime& time) {
  if (!time.date.empty()) return DaysOf(time.date);
  if (!time.start.empty() || !time.end.empty()) {
    TimeSpan span;
    if (!time.start.empty()) {
      span.first_day = time.start.FirstDay();
    } else if (!time.as_of.empty()) {
      span.first_day = time.as_of.FirstDay();
    }
    if (!time.end.empty()) {
      span.last_day = time.end.LastDay();
      // A start (or sighting) after the end is contradictory data; keep the
      // span non-empty rather than invent which date is wrong.
      if (span.first_day.has_value() && *span.first_day > *span.last_day) {
        span.first_day = time.end.FirstDay();
      }
    }
    return span;
  }
  if (!time.as_of.empty()) return DaysOf(time.as_of);
  return {};
}

std::map<NodeId, TimeSpan> NodeTimeSpans(const Subgraph& graph) {
  // Per node: the hull of its edges' spans. A bound stays unbounded once one
  // edge is unbounded on that side.
  struct Hull {
    bool any_edge = false;
    bool unbounded_before = false;
    bool unbounded_after = false;
    std::optional<int64_t> first;
    std::optional<int64_t> last;
  };
  std::map<NodeId, Hull> hulls;
  for (const NodeRecord& node : graph.nodes) hulls[node.id];
  for (const SubgraphEdge& edge : graph.edges) {
    const TimeSpan span = EdgeTimeSpan(edge.time);
    for (NodeId end : {edge.src, edge.dst}) {
      Hull& hull = hulls[end];
      hull.any_edge = true;
      if (span.first_day.has_value()) {
        hull.first = std::min(hull.first.value_or(*span.first_day), *span.first_day);
      } else {
        hull.unbounded_before = true;
      }
      if (span.last_day.has_value()) {
        hull.last = std::max(hull.last.value_or(*span.last_day), *span.last_day);
      } else {
        hull.unbounded_after = true;
      }
    }
  }
  std::map<NodeId, TimeSpan> spans;
  for (const auto& [id, hull] : hulls) {
    TimeSpan& span = spans[id];
    if (!hull.any_edge) continue;
    if (!hull.unbounded_before) span.first_day = hull.first;
    if (!hull.unbounded_after) span.last_day = hull.last;
  }
  return spans;
}

std::string IsoDay(int64_t day) {
  return AddDays(Date(1970, 1, 1), static_cast<int>(day)).ToString();
}

}  // namespace kg
