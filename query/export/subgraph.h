// Subgraph: the part of the graph an export writes, held in memory so that
// every writer (GEXF, GraphML, DOT, Cytoscape.js JSON, HTML) sees the same
// nodes and edges in the same order.
//
//   AroundOptions options;
//   options.depth = 2;
//   KG_ASSIGN_OR_RETURN(Subgraph graph, SubgraphAround(*store, "Tokayev", options));
//   if (graph.truncated) std::cerr << graph.truncation_note << "\n";
//   KG_RETURN_IF_ERROR(WriteGexf(graph, std::cout));
//
// A Subgraph is closed: every edge's two ends are among its nodes. Nodes and
// edges are sorted by id, so output built from it is deterministic.
#ifndef KG_QUERY_EXPORT_SUBGRAPH_H_
#define KG_QUERY_EXPORT_SUBGRAPH_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "graph/model.h"
#include "graph/store.h"

namespace kg {

// One sentence that stated an edge, so that an export can show where a fact
// came from without the store at hand.
struct EvidenceSnippet {
  std::string article_id;
  Date article_date;
  std::string sentence;

  friend bool operator==(const EvidenceSnippet&, const EvidenceSnippet&) = default;
};

struct SubgraphEdge : EdgeRecord {
  // The first observations in article id order (at most
  // SubgraphOptions::max_evidence_per_edge of them); `sources` lists all.
  std::vector<EvidenceSnippet> evidence;
};

struct Subgraph {
  // What the subgraph is, for titles and descriptions ("around Gulzat
  // Kobenova, depth 1").
  std::string title;
  // The node an --around walk starts from, drawn highlighted; 0 for a
  // query's subgraph, which has none.
  NodeId focus = 0;
  std::vector<NodeRecord> nodes;    // sorted by id, unique
  std::vector<SubgraphEdge> edges;  // sorted by id, unique, ends among `nodes`
  // The node cap stopped the walk; `truncation_note` says where, for stderr.
  bool truncated = false;
  std::string truncation_note;

  const NodeRecord* FindNode(NodeId id) const;
};

inline constexpr int kMaxExportDepth = 5;
inline constexpr size_t kDefaultMaxExportNodes = 500;

struct SubgraphOptions {
  size_t max_evidence_per_edge = 3;
};

struct AroundOptions : SubgraphOptions {
  // Hops from the named node, 0..kMaxExportDepth.
  int depth = 1;
  // The walk adds no node past this many (the named node always counts).
  size_t max_nodes = kDefaultMaxExportNodes;
  // Only nodes of this kind are candidates for the name.
  std::optional<NodeKind> kind;
};

// The neighbourhood of the node `name` designates (ResolveName,
// query/names/name_resolution.h): a breadth-first walk over
// edges in both directions up to `depth` hops, plus every edge between two
// nodes it reached (the induced subgraph). When `max_nodes` is reached the
// walk stops adding nodes and sets `truncated`. InvalidArgument for a depth
// outside 0..kMaxExportDepth or max_nodes of 0.
absl::StatusOr<Subgraph> SubgraphAround(const Store& store, std::string_view name,
                                        const AroundOptions& options);

// The subgraph made of `nodes`, `edges` and the ends of `edges`, plus every
// edge between two of those nodes: what a query's result shows. Unknown node
// ids are NotFound.
absl::StatusOr<Subgraph> SubgraphFromElements(const Store& store, std::vector<NodeId> nodes,
                                              const std::vector<EdgeRecord>& edges,
                                              const SubgraphOptions& options = {});

}  // namespace kg

#endif  // KG_QUERY_EXPORT_SUBGRAPH_H_
