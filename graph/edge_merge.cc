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

// The more precise of two compatible dates. Both orders give the same answer:
// compatible dates of equal precision are equal.
Date MergeDate(const Date& a, const Date& b) {
  if (a.empty()) return b;
  if (b.empty()) return a;
  return b.precision() > a.precision() ? b : a;
}

// The non-empty text, or the smaller of two: arbitrary but independent of
// the order the observations arrive in.
void MergeText(const std::string& from, std::string* into) {
  if (from.empty()) return;
  if (into->empty() || from < *into) *into = from;
}

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
  return true;
}

void MergeObservation(const ObservationRecord& observation, EdgeRecord* edge) {
  FactTime& time = edge->time;
  const FactTime& seen = observation.time;
  const bool end_stated = StatesEnd(time) || StatesEnd(seen);
  time.date = MergeDate(time.date, seen.date);
  time.start = MergeDate(time.start, seen.start);
  time.end = MergeDate(time.end, seen.end);
  time.as_of = std::max(time.as_of, seen.as_of);
  time.end_inferred = !time.end.empty() && !end_stated;
  MergeText(observation.stage, &edge->stage);
  MergeText(observation.by, &edge->by);
  MergeText(observation.level, &edge->level);
  auto at = std::lower_bound(edge->sources.begin(), edge->sources.end(), observation.article_id);
  if (at == edge->sources.end() || *at != observation.article_id) {
    edge->sources.insert(at, observation.article_id);
  }
}

void ClearMerged(EdgeRecord* edge) {
  edge->time = FactTime();
  edge->stage.clear();
  edge->by.clear();
  edge->level.clear();
  edge->sources.clear();
}

}  // namespace kg
