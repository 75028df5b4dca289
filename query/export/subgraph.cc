#include "query/export/subgraph.h"

#include <algorithm>
#include <deque>
#include <map>
#include <set>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "graph/name_folding.h"
#include "graph/status_macros.h"
#include "query/names/name_resolution.h"

namespace kg {
namespace {

absl::StatusOr<NodeRecord> LoadNode(const Store& store, NodeId id) {
  KG_ASSIGN_OR_RETURN(std::optional<NodeRecord> node, store.GetNode(id));
  if (!node.has_value()) {
    return absl::NotFoundError(absl::StrCat("no node with id ", id, " in the store"));
  }
  return std::move(*node);
}

// Fills `graph`'s nodes and edges (with evidence) from ids and records, sorted.
absl::Status Materialize(const Store& store, const std::set<NodeId>& node_ids,
                         std::map<EdgeId, EdgeRecord> edges, const SubgraphOptions& options,
                         Subgraph* graph) {
  graph->nodes.reserve(node_ids.size());
  for (NodeId id : node_ids) {
    KG_ASSIGN_OR_RETURN(NodeRecord node, LoadNode(store, id));
    graph->nodes.push_back(std::move(node));
  }
  graph->edges.reserve(edges.size());
  for (auto& [id, record] : edges) {
    SubgraphEdge edge;
    static_cast<EdgeRecord&>(edge) = std::move(record);
    if (options.max_evidence_per_edge > 0) {
      KG_RETURN_IF_ERROR(store.ScanObservations(id, [&](const ObservationRecord& observation) {
        edge.evidence.push_back(EvidenceSnippet{observation.article_id, observation.article_date,
                                                observation.evidence.sentence});
        return edge.evidence.size() < options.max_evidence_per_edge;
      }));
    }
    graph->edges.push_back(std::move(edge));
  }
  return absl::OkStatus();
}

}  // namespace

const NodeRecord* Subgraph::FindNode(NodeId id) const {
  auto it = std::lower_bound(nodes.begin(), nodes.end(), id,
                             [](const NodeRecord& node, NodeId value) { return node.id < value; });
  return it != nodes.end() && it->id == id ? &*it : nullptr;
}

absl::StatusOr<Subgraph> SubgraphAround(const Store& store, std::string_view name,
                                        const AroundOptions& options) {
  if (options.depth < 0 || options.depth > kMaxExportDepth) {
    return absl::InvalidArgumentError(
        absl::StrCat("depth must be 0..", kMaxExportDepth, ", not ", options.depth));
  }
  if (options.max_nodes == 0) return absl::InvalidArgumentError("max nodes must be at least 1");
  KG_ASSIGN_OR_RETURN(NodeRecord named, ResolveName(store, name, options.kind));
  const NodeId root = named.id;

  // Breadth-first: every node at distance d is expanded before any at d + 1,
  // so when a node at the last level is scanned, all nodes the walk will ever
  // hold are already known and its edges to them can be kept.
  std::map<NodeId, int> distance = {{root, 0}};
  std::deque<NodeId> queue = {root};
  std::map<EdgeId, EdgeRecord> edges;
  bool truncated = false;
  while (!queue.empty()) {
    const NodeId id = queue.front();
    queue.pop_front();
    const int hops = distance[id];
    KG_RETURN_IF_ERROR(
        store.ScanEdges(id, Direction::kBoth, std::nullopt, [&](const EdgeRecord& e) {
          const NodeId other = e.src == id ? e.dst : e.src;
          if (!distance.contains(other)) {
            if (hops >= options.depth) return true;
            if (distance.size() >= options.max_nodes) {
              truncated = true;
              return true;
            }
            distance.emplace(other, hops + 1);
            queue.push_back(other);
          }
          edges.emplace(e.id, e);
          return true;
        }));
  }

  Subgraph graph;
  std::set<NodeId> node_ids;
  for (const auto& [id, hops] : distance) node_ids.insert(id);
  KG_RETURN_IF_ERROR(Materialize(store, node_ids, std::move(edges), options, &graph));
  const NodeRecord* center = graph.FindNode(root);
  const std::string center_name = center != nullptr ? center->name : std::string(name);
  graph.title = absl::StrCat("around ", center_name, ", depth ", options.depth);
  graph.focus = root;
  if (truncated) {
    graph.truncated = true;
    graph.truncation_note = absl::StrCat(
        "stopped at ", options.max_nodes, " nodes: not every node within ", options.depth,
        " hops of \"", center_name, "\" is included (raise --max-nodes or lower --depth)");
  }
  return graph;
}

absl::StatusOr<Subgraph> SubgraphFromElements(const Store& store, std::vector<NodeId> nodes,
                                              const std::vector<EdgeRecord>& edges,
                                              const SubgraphOptions& options) {
  std::set<NodeId> node_ids(nodes.begin(), nodes.end());
  std::map<EdgeId, EdgeRecord> kept;
  for (const EdgeRecord& edge : edges) {
    node_ids.insert(edge.src);
    node_ids.insert(edge.dst);
    kept.emplace(edge.id, edge);
  }
  // Edges among the result's nodes: scanning each node's out-edges finds each
  // such edge exactly once.
  for (NodeId id : node_ids) {
    KG_RETURN_IF_ERROR(store.ScanEdges(id, Direction::kOut, std::nullopt, [&](const EdgeRecord& e) {
      if (node_ids.contains(e.dst)) kept.emplace(e.id, e);
      return true;
    }));
  }
  Subgraph graph;
  KG_RETURN_IF_ERROR(Materialize(store, node_ids, std::move(kept), options, &graph));
  return graph;
}

}  // namespace kg
