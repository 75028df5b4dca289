// Conversion between the store's C++ records (graph/store.h) and the Cap'n
// Proto values kept in RocksDB (proto/kg.capnp).
//
//   std::string value = SerializeNode(node);
//   KG_ASSIGN_OR_RETURN(NodeRecord back, ParseNode(value));
//
// A value is one single-segment flat array (capnp::messageToFlatArray). Parse*
// accept any alignment (RocksDB's values are not word-aligned; the bytes are
// copied into an aligned buffer first) and return DataLoss for anything that is
// not a well-formed record: a truncated or garbled value, trailing bytes, an
// unknown node kind or relation. They never crash on bad input.
#ifndef KG_GRAPH_RECORDS_H_
#define KG_GRAPH_RECORDS_H_

#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "graph/edge_merge.h"
#include "graph/fact.h"
#include "graph/store.h"

namespace kg {

std::string SerializeNode(const NodeRecord& node);
absl::StatusOr<NodeRecord> ParseNode(std::string_view value);

// The support travels with the edge for the writer (graph/edge_merge.h);
// readers pass none. An edge with more than kInlineSources observations is
// stored, and parsed, with empty `sources`.
std::string SerializeEdge(const EdgeRecord& edge, const EdgeSupport& support = {});
absl::StatusOr<EdgeRecord> ParseEdge(std::string_view value, EdgeSupport* support = nullptr);

// The edge id is part of the observation's key, not of its value.
std::string SerializeObservation(const ObservationRecord& observation);
absl::StatusOr<ObservationRecord> ParseObservation(EdgeId edge, std::string_view value);

std::string SerializeArticle(const ArticleRecord& article);
absl::StatusOr<ArticleRecord> ParseArticle(std::string_view value);

}  // namespace kg

#endif  // KG_GRAPH_RECORDS_H_
