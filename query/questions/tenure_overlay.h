// One truth for every reader: what `kg holders` concludes about tenures
// (an end inferred from a successor, the bounds publication dates give) put
// on the edges an export, the UI or a query shows, so that Gephi's timeline,
// GraphML, Cytoscape, the browser page and `r.end` in `kg query` show the
// tenure `kg holders` shows.
//
//   KG_ASSIGN_OR_RETURN(Subgraph graph, SubgraphAround(store, "Askar Mamin", {}));
//   KG_RETURN_IF_ERROR(questions::AddTenureConclusions(store, &graph));
//
//   questions::TenureConclusions conclusions(store);
//   cypher::ExecutionOptions options;
//   options.conclusions = &conclusions;  // r.end, r.start, r.end_inferred
//
// On an edge (appointed_to, held) of a one-holder office that has no end,
// an inferred end or an end bound becomes its `end`, with end_inferred set;
// a start bound becomes the `start` of an edge that has neither date nor
// start. The store is not changed.
#ifndef KG_QUERY_QUESTIONS_TENURE_OVERLAY_H_
#define KG_QUERY_QUESTIONS_TENURE_OVERLAY_H_

#include <map>
#include <mutex>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "graph/store.h"
#include "query/cypher/query.h"
#include "query/export/subgraph.h"
#include "query/questions/holders.h"

namespace kg::questions {

// Errors: the store's.
absl::Status AddTenureConclusions(const Store& store, Subgraph* graph);

// The same conclusions for the Cypher engine, computed per office the first
// time one of its edges is read, and kept for the object's life (one query).
class TenureConclusions : public cypher::EdgeConclusions {
 public:
  explicit TenureConclusions(const Store& store) : store_(store) {}

  absl::Status Apply(const EdgeRecord& edge, FactTime* time) const override;

 private:
  const Store& store_;
  mutable std::mutex mu_;
  mutable absl::flat_hash_map<NodeId, std::map<EdgeId, TenureEdgeTime>> by_office_;
};

}  // namespace kg::questions

#endif  // KG_QUERY_QUESTIONS_TENURE_OVERLAY_H_
