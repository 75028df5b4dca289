#include "query/cypher/shortest_path.h"

#include <algorithm>

namespace kg::cypher {

bool ShortestPathSearch::Run(NodeId source, std::optional<NodeId> target,
                             const Neighbours& neighbours, const Charge& charge,
                             const OnPath& on_path) {
  depth_.clear();
  parents_.clear();
  depth_[source] = 0;
  std::vector<EdgeRef> edges;
  if (min_hops_ == 0 && (!target.has_value() || *target == source)) {
    if (!on_path(source, edges)) return false;
    if (target.has_value()) return true;  // nothing is shorter than no edge at all
  }
  // Per node reached: its depth, its parent list and the frontier's entry.
  constexpr size_t kBytesPerNode = sizeof(NodeId) * 2 + sizeof(int) + sizeof(Parent) + 64;
  std::vector<NodeId> frontier = {source}, next;
  for (int depth = 1; depth <= max_hops_ && !frontier.empty(); ++depth) {
    next.clear();
    for (NodeId node : frontier) {
      bool charged = true;
      const bool went_on = neighbours(node, [&](const EdgeRef& edge, NodeId other) {
        auto [it, added] = depth_.try_emplace(other, depth);
        if (added) {
          parents_[other].push_back({edge, node});
          next.push_back(other);
          charged = charge(kBytesPerNode);
          return charged;
        }
        // Another way to a node first reached at this depth: as short.
        if (all_ && it->second == depth) {
          parents_[other].push_back({edge, node});
          charged = charge(sizeof(Parent));
          return charged;
        }
        return true;
      });
      if (!went_on || !charged) return false;
    }
    if (depth < min_hops_) continue;
    for (NodeId end : next) {
      if (target.has_value() && end != *target) continue;
      edges.clear();
      if (!Report(end, end, &edges, on_path)) return false;
      if (target.has_value()) return true;
    }
    frontier.swap(next);
  }
  return true;
}

bool ShortestPathSearch::Report(NodeId end, NodeId node, std::vector<EdgeRef>* suffix,
                                const OnPath& on_path) {
  auto it = parents_.find(node);
  if (it == parents_.end()) {  // the source
    std::vector<EdgeRef> edges(suffix->rbegin(), suffix->rend());
    return on_path(end, edges);
  }
  // The search is over: parents_ no longer changes under the reference.
  for (const Parent& parent : it->second) {
    suffix->push_back(parent.edge);
    const bool went_on = Report(end, parent.node, suffix, on_path);
    suffix->pop_back();
    if (!went_on) return false;
  }
  return true;
}

}  // namespace kg::cypher
