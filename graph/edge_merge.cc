#include "graph/edge_merge.h"

#include <algorithm>
#include <string>

namespace kg {
namespace {

// Relations whose time is a tenure (start/end) or, for a passing mention, an
// as_of: the two kinds of report must not be merged into one edge.
bool HasTenure(Relation relation) {
  return relation == Relation::kHeld || relation == Relation::kMemberOf;
}

// Each merged field is the "best" value of the observations, and its count is
// how many observations have exactly that value. `Better(a, b)` says a beats
// b; empty values never count.
template <typename T, typename Better>
void MergeValue(const T& seen, T* merged, uint32_t* count, Better better) {
  if (seen == T()) return;
  if (*merged == T() || better(seen, *merged)) {
    *merged = seen;
    *count = 1;
  } else if (seen == *merged) {
    ++*count;
  }
}

// False when the retracted value was the last one equal to the merged value.
template <typename T>
bool RetractValue(const T& seen, const T& merged, uint32_t* count) {
  if (seen == T() || !(seen == merged)) return true;
  if (*count == 0) return false;  // a count that cannot be right: recompute
  return --*count > 0;
}

// Compatible dates of equal precision are equal, so the more precise one is
// the best whatever the order.
bool MorePrecise(const Date& a, const Date& b) { return a.precision() > b.precision(); }
bool Later(const Date& a, const Date& b) { return a > b; }
// Arbitrary, but independent of the order observations arrive in.
bool Smaller(const std::string& a, const std::string& b) { return a < b; }

bool StatesEnd(const FactTime& time) { return !time.end.empty() && !time.end_inferred; }

}  // namespace

bool IsSighting(const FactTime& time) {
  return time.date.empty() && time.start.empty() && time.end.empty() && !time.as_of.empty();
}

bool ObservationFitsEdge(const EdgeRecord& edge, const ObservationRecord& observation) {
  const FactTime& a = edge.time;
  const FactTime& b = observation.time;
  if (HasTenure(edge.relation) && IsSighting(a) != IsSighting(b)) return false;
  if (!a.date.CompatibleWith(b.date) || !a.start.CompatibleWith(b.start) ||
      !a.end.CompatibleWith(b.end)) {
    return false;
  }
  if (IsLawStage(edge.relation) && !edge.stage.empty() && !observation.stage.empty() &&
      edge.stage != observation.stage) {
    return false;
  }
  // An acting appointment and an appointment to the post itself are two
  // facts (the second ends the acting): never one edge.
  if (edge.relation == Relation::kAppointedTo && edge.stage != observation.stage) return false;
  return true;
}

void MergeObservation(const ObservationRecord& observation, EdgeRecord* edge,
                      EdgeSupport* support) {
  FactTime& time = edge->time;
  const FactTime& seen = observation.time;
  MergeValue(seen.date, &time.date, &support->date, MorePrecise);
  MergeValue(seen.start, &time.start, &support->start, MorePrecise);
  MergeValue(seen.end, &time.end, &support->end, MorePrecise);
  MergeValue(seen.as_of, &time.as_of, &support->as_of, Later);
  if (StatesEnd(seen)) ++support->stated_ends;
  time.end_inferred = !time.end.empty() && support->stated_ends == 0;
  MergeValue(observation.stage, &edge->stage, &support->stage, Smaller);
  MergeValue(observation.by, &edge->by, &support->by, Smaller);
  MergeValue(observation.level, &edge->level, &support->level, Smaller);

  ++support->observations;
  if (support->observations > kInlineSources) {
    edge->sources.clear();  // from now on read from the observations
    return;
  }
  auto at = std::lower_bound(edge->sources.begin(), edge->sources.end(), observation.article_id);
  if (at == edge->sources.end() || *at != observation.article_id) {
    edge->sources.insert(at, observation.article_id);
  }
}

bool RetractObservation(const ObservationRecord& observation, EdgeRecord* edge,
                        EdgeSupport* support) {
  FactTime& time = edge->time;
  const FactTime& seen = observation.time;
  bool kept = true;
  // Every count is updated (no short circuit), so they stay right whatever
  // the caller does next.
  kept &= RetractValue(seen.date, time.date, &support->date);
  kept &= RetractValue(seen.start, time.start, &support->start);
  kept &= RetractValue(seen.end, time.end, &support->end);
  kept &= RetractValue(seen.as_of, time.as_of, &support->as_of);
  kept &= RetractValue(observation.stage, edge->stage, &support->stage);
  kept &= RetractValue(observation.by, edge->by, &support->by);
  kept &= RetractValue(observation.level, edge->level, &support->level);
  if (StatesEnd(seen) && support->stated_ends > 0) --support->stated_ends;
  time.end_inferred = !time.end.empty() && support->stated_ends == 0;

  if (support->observations > 0) --support->observations;
  if (support->observations == 0) return false;
  if (support->observations == kInlineSources) return false;  // sources come back inline
  if (support->observations < kInlineSources) {
    auto at = std::lower_bound(edge->sources.begin(), edge->sources.end(), observation.article_id);
    if (at != edge->sources.end() && *at == observation.article_id) edge->sources.erase(at);
  }
  return kept;
}

void ClearMerged(EdgeRecord* edge, EdgeSupport* support) {
  edge->time = FactTime();
  edge->stage.clear();
  edge->by.clear();
  edge->level.clear();
  edge->sources.clear();
  *support = EdgeSupport();
}

}  // namespace kg
