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

namespace kg {
namespace {

// Candidates listed in an ambiguity error; more would bury the advice.
constexpr size_t kMaxCandidatesListed = 10;

absl::StatusOr<NodeRecord> LoadNode(const Store& store, NodeId id) {
  KG_ASSIGN_OR_RETURN(std::optional<NodeRecord> node, store.GetNode(id));
  if (!node.has_value()) {
    return absl::NotFoundError(absl::StrCat("no node with id ", id, " in the store"));
  }
  return std::move(*node);
}

absl::Status AmbiguityError(const Store& store, std::string_view name,
                            const std::vector<NodeId>& candidates) {
  std::vector<std::string> listed;
  for (size_t i = 0; i < candidates.size() && i < kMaxCandidatesListed; ++i) {
    KG_ASSIGN_OR_RETURN(NodeRecord node, LoadNode(store, candidates[i]));
    listed.push_back(
        absl::StrCat("\"", node.name, "\" (", std::string(NodeKindName(node.kind)), ")"));
  }
  if (candidates.size() > listed.size()) {
    listed.push_back(absl::StrCat("and ", candidates.size() - listed.size(), " more"));
  }
  return absl::FailedPreconditionError(absl::StrCat(
      "\"", std::string(name), "\" matches ", candidates.size(),
      " nodes: ", absl::StrJoin(listed, ", "), "; give the full name, or --kind to pick one kind"));
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

absl::StatusOr<NodeId> ResolveNodeName(const Store& store, std::string_view name,
                                       std::optional<NodeKind> kind) {
  // An empty folded prefix matches every node: refuse it rather than call
  // the whole store ambiguous.
  if (FoldName(name).empty()) {
    return absl::InvalidArgumentError(
        absl::StrCat("\"", std::string(name), "\" has no letters or digits to look a node up by"));
  }
  KG_ASSIGN_OR_RETURN(std::vector<NodeId> matches, store.FindByName(name, /*prefix=*/false, kind));
  if (matches.empty()) {
    KG_ASSIGN_OR_RETURN(matches, store.FindByName(name, /*prefix=*/true, kind));
  }
  if (matches.empty()) {
    return absl::NotFoundError(absl::StrCat(
        "no node named \"", std::string(name), "\"",
        kind.has_value() ? absl::StrCat(" of kind ", std::string(NodeKindName(*kind))) : "",
        " (names are matched ignoring case, accents and transliteration; a prefix also matches)"));
  }
  if (matches.size() == 1) return matches.front();

  // An alias ("Tokayev") may be shared; a node whose own name is the query is
  // what the user meant, as the store's identity rule has it.
  const std::string folded = FoldName(name);
  std::vector<NodeId> by_own_name;
  for (NodeId id : matches) {
    KG_ASSIGN_OR_RETURN(NodeRecord node, LoadNode(store, id));
    if (FoldName(node.name) == folded) by_own_name.push_back(id);
  }
  if (by_own_name.size() == 1) return by_own_name.front();
  return AmbiguityError(store, name, by_own_name.size() > 1 ? by_own_name : matches);
}

absl::StatusOr<Subgraph> SubgraphAround(const Store& store, std::string_view name,
                                        const AroundOptions& options) {
  if (options.depth < 0 || options.depth > kMaxExportDepth) {
    return absl::InvalidArgumentError(
        absl::StrCat("depth must be 0..", kMaxExportDepth, ", not ", options.depth));
  }
  if (options.max_nodes == 0) return absl::InvalidArgumentError("max nodes must be at least 1");
  KG_ASSIGN_OR_RETURN(NodeId root, ResolveNodeName(store, name, options.kind));

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
