// ShortestPathSearch: the breadth-first search behind shortestPath() and
// allShortestPaths(). Internal to query/cypher; the executor supplies the
// edges a step may take and receives the paths.
//
//   ShortestPathSearch search(/*all=*/false, /*min_hops=*/1, /*max_hops=*/5);
//   KG_RETURN_IF_ERROR(search.Run(source, target, neighbours, charge,
//                                 [&](NodeId end, const std::vector<EdgeRef>& edges) {...}));
//
// Promises:
// - Paths are reported level by level (1 edge, then 2...), each at most
//   max_hops edges and at least min_hops (0 or 1) long; within a level, in
//   the order their ends were first reached.
// - With a target, only paths to it, and only the shortest: the search stops
//   after the level that reaches it. Without one, the shortest path(s) to
//   every node reached.
// - One path per end, the first found, unless `all`: then every path of the
//   shortest length (two edges between the same pair are two paths).
// - A path never revisits a node, so never repeats an edge; the source is
//   not an end unless min_hops is 0 (a path of no edges).
// Cost: each node reached is expanded once, so the edges read are at most
// the edges within max_hops of the source (not the paths, which may be
// exponentially many); memory is a few words per node reached, which
// `charge` is told of. Enumerating all shortest paths costs one callback per
// path, so a caller bounds that through `on_path`.
#ifndef KG_QUERY_CYPHER_SHORTEST_PATH_H_
#define KG_QUERY_CYPHER_SHORTEST_PATH_H_

#include <functional>
#include <optional>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "graph/store.h"

namespace kg::cypher {

class ShortestPathSearch {
 public:
  // Calls visit(edge, other end) for each edge the pattern may take from a
  // node; returns false when the search must stop (a budget ran out, or
  // visit returned false).
  using Neighbours =
      std::function<bool(NodeId, const std::function<bool(const EdgeRef&, NodeId)>& visit)>;
  // More memory held (bytes); false stops the search.
  using Charge = std::function<bool(size_t bytes)>;
  // A shortest path from the source to `end`, its edges in order from the
  // source; false stops the search.
  using OnPath = std::function<bool(NodeId end, const std::vector<EdgeRef>& edges)>;

  ShortestPathSearch(bool all, int min_hops, int max_hops)
      : all_(all), min_hops_(min_hops), max_hops_(max_hops) {}

  // Searches from `source`, to `target` when given. Returns false when a
  // callback stopped it.
  bool Run(NodeId source, std::optional<NodeId> target, const Neighbours& neighbours,
           const Charge& charge, const OnPath& on_path);

 private:
  struct Parent {
    EdgeRef edge;
    NodeId node;
  };
  // Every path from the source to `node` through parents_, `suffix` holding
  // the edges after it (nearest the end first).
  bool Report(NodeId end, NodeId node, std::vector<EdgeRef>* suffix, const OnPath& on_path);

  const bool all_;
  const int min_hops_;
  const int max_hops_;
  absl::flat_hash_map<NodeId, int> depth_;
  absl::flat_hash_map<NodeId, std::vector<Parent>> parents_;
};

}  // namespace kg::cypher

#endif  // KG_QUERY_CYPHER_SHORTEST_PATH_H_
