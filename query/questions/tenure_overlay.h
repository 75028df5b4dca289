// One truth for every reader: what `kg holders` concludes about tenures
// (an end inferred from a successor, the bounds publication dates give) put
// on the edges an export or the UI shows, so that Gephi's timeline, GraphML,
// Cytoscape and the browser page show the tenure `kg holders` shows.
//
//   KG_ASSIGN_OR_RETURN(Subgraph graph, SubgraphAround(store, "Askar Mamin", {}));
//   KG_RETURN_IF_ERROR(questions::AddTenureConclusions(store, &graph));
//
// On an edge (appointed_to, held) of a one-holder office that has no end,
// an inferred end or an end bound becomes its `end`, with end_inferred set;
// a start bound becomes the `start` of an edge that has neither date nor
// start. The store is not changed.
#ifndef KG_QUERY_QUESTIONS_TENURE_OVERLAY_H_
#define KG_QUERY_QUESTIONS_TENURE_OVERLAY_H_

#include "absl/status/status.h"
#include "graph/store.h"
#include "query/export/subgraph.h"

namespace kg::questions {

// Errors: the store's.
absl::Status AddTenureConclusions(const Store& store, Subgraph* graph);

}  // namespace kg::questions

#endif  // KG_QUERY_QUESTIONS_TENURE_OVERLAY_H_
