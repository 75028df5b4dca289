// How observations become edges: whether an observation may join an edge, and
// how an edge's time and qualifiers are merged from its observations and
// unmerged when one is retracted. Internal to graph/ (ArticleWriter and
// records); the rules are the contracts in graph/store.h.
//
// The merge is commutative and associative, so an edge recomputed from its
// remaining observations (after an article is replaced) equals the edge built
// up one observation at a time, in whatever order the articles came.
//
// Cost: an edge some articles report is cheap; one that every article reports
// (the President, seen in passing) must stay cheap too. So the stored edge
// carries an EdgeSupport — how many observations attain each merged value —
// and retracting an observation reads the others only when it was the last to
// attain one; and its `sources` are kept inline only up to kInlineSources.
#ifndef KG_GRAPH_EDGE_MERGE_H_
#define KG_GRAPH_EDGE_MERGE_H_

#include <cstdint>

#include "graph/model.h"
#include "graph/store.h"

namespace kg {

// Up to this many observations, an edge stores its sources; beyond, its
// stored `sources` is empty and readers list the keys of its observations.
inline constexpr uint32_t kInlineSources = 16;

// Stored with the edge (proto::EdgeSupport). Each count is the number of the
// edge's observations whose value equals the merged one.
struct EdgeSupport {
  uint32_t observations = 0;
  uint32_t date = 0;
  uint32_t start = 0;
  uint32_t end = 0;
  uint32_t as_of = 0;
  uint32_t stated_ends = 0;  // observations with an end that is not inferred
  uint32_t stage = 0;
  uint32_t by = 0;
  uint32_t level = 0;

  friend bool operator==(const EdgeSupport&, const EdgeSupport&) = default;
};

// True when `time` has only `as_of`: a title seen in passing, not a tenure.
bool IsSighting(const FactTime& time);

// Whether `observation` may join `edge` (same src, relation and dst).
bool ObservationFitsEdge(const EdgeRecord& edge, const ObservationRecord& observation);

// Folds `observation` into `edge`'s time, stage, by, level and sources.
void MergeObservation(const ObservationRecord& observation, EdgeRecord* edge, EdgeSupport* support);

// Takes `observation`, one of the edge's, out of the merge. Returns false when
// that cannot be done from the edge alone (it was the last observation to
// attain a merged value, or the sources must come back inline): the caller
// then recomputes the merge from the remaining observations. The counts are
// updated either way; support->observations == 0 means none remain.
bool RetractObservation(const ObservationRecord& observation, EdgeRecord* edge,
                        EdgeSupport* support);

// Empties the merged fields (time, stage, by, level, sources) and the
// support, keeping the edge's identity, before a merge from scratch.
void ClearMerged(EdgeRecord* edge, EdgeSupport* support);

}  // namespace kg

#endif  // KG_GRAPH_EDGE_MERGE_H_
