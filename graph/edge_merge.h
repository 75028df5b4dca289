// How observations become edges: whether an observation may join an edge, and
// how an edge's time and qualifiers are merged from its observations. Internal
// to graph/ (ArticleWriter); the rules are the contracts in graph/store.h.
//
// The merge is commutative and associative, so an edge recomputed from its
// remaining observations (after an article is replaced) equals the edge built
// up one observation at a time, in whatever order the articles came.
#ifndef KG_GRAPH_EDGE_MERGE_H_
#define KG_GRAPH_EDGE_MERGE_H_

#include "graph/model.h"
#include "graph/store.h"

namespace kg {

// True when `time` has only `as_of`: a title seen in passing, not a tenure.
bool IsSighting(const FactTime& time);

// Whether `observation` may join `edge` (same src, relation and dst).
bool ObservationFitsEdge(const EdgeRecord& edge, const ObservationRecord& observation);

// Folds `observation` into `edge`'s time, stage, by, level and sources.
void MergeObservation(const ObservationRecord& observation, EdgeRecord* edge);

// Empties the merged fields (time, stage, by, level, sources), keeping the
// edge's identity, before the merge is recomputed from scratch.
void ClearMerged(EdgeRecord* edge);

}  // namespace kg

#endif  // KG_GRAPH_EDGE_MERGE_H_
