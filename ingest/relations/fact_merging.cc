#include "ingest/relations/fact_merging.h"

#include <utility>

#include "graph/name_folding.h"

namespace kg {
namespace {

bool Compatible(const Date& a, const Date& b) {
  return a.empty() || b.empty() || a.CompatibleWith(b);
}

Date MorePrecise(const Date& a, const Date& b) {
  if (a.empty()) return b;
  if (b.empty()) return a;
  return b.precision() > a.precision() ? b : a;
}

bool SameEnds(const Fact& a, const Fact& b) {
  return a.relation == b.relation && a.source.kind == b.source.kind &&
         a.target.kind == b.target.kind && FoldName(a.source.name) == FoldName(b.source.name) &&
         FoldName(a.target.name) == FoldName(b.target.name);
}

bool Mergeable(const Fact& a, const Fact& b) {
  if (!SameEnds(a, b)) return false;
  if (!a.stage.empty() && !b.stage.empty() && a.stage != b.stage) return false;
  const FactTime& x = a.time;
  const FactTime& y = b.time;
  // A title in passing and a dated tenure are different statements.
  const bool a_passing = x.start.empty() && x.end.empty() && !x.as_of.empty();
  const bool b_passing = y.start.empty() && y.end.empty() && !y.as_of.empty();
  if (a.relation == Relation::kHeld && a_passing != b_passing) return false;
  return Compatible(x.date, y.date) && Compatible(x.start, y.start) && Compatible(x.end, y.end);
}

void MergeInto(Fact& kept, const Fact& other) {
  FactTime& t = kept.time;
  t.date = MorePrecise(t.date, other.time.date);
  t.start = MorePrecise(t.start, other.time.start);
  if (t.end.empty() || (!other.time.end.empty() && !other.time.end_inferred &&
                        (t.end_inferred || other.time.end.precision() > t.end.precision()))) {
    if (!other.time.end.empty()) {
      t.end = other.time.end;
      t.end_inferred = other.time.end_inferred;
    }
  }
  t.as_of = MorePrecise(t.as_of, other.time.as_of);
  if (kept.stage.empty()) kept.stage = other.stage;
  if (kept.by.empty()) kept.by = other.by;
  if (kept.level.empty() || other.level.size() > kept.level.size()) {
    if (!other.level.empty()) kept.level = other.level;
  }
}

}  // namespace

std::vector<Fact> MergeArticleFacts(std::vector<Fact> facts) {
  for (Fact& fact : facts) {
    if (fact.relation == Relation::kPartnerOf &&
        FoldName(fact.target.name) < FoldName(fact.source.name)) {
      std::swap(fact.source, fact.target);
    }
  }
  std::vector<Fact> merged;
  for (Fact& fact : facts) {
    bool absorbed = false;
    for (Fact& kept : merged) {
      if (Mergeable(kept, fact)) {
        MergeInto(kept, fact);
        absorbed = true;
        break;
      }
    }
    if (!absorbed) merged.push_back(std::move(fact));
  }
  // "X, who had held the post since 2007, resigned": the dismissal ends the
  // open tenure of the same post.
  for (Fact& held : merged) {
    if (held.relation != Relation::kHeld || held.time.start.empty() || !held.time.end.empty()) {
      continue;
    }
    for (const Fact& dismissal : merged) {
      if (dismissal.relation == Relation::kDismissedFrom && !dismissal.time.date.empty() &&
          dismissal.time.date > held.time.start &&
          FoldName(dismissal.source.name) == FoldName(held.source.name) &&
          FoldName(dismissal.target.name) == FoldName(held.target.name)) {
        held.time.end = dismissal.time.date;
      }
    }
  }
  // A title seen in passing adds nothing when the article says more about
  // the same person and post.
  // (Decided for all facts before any is moved out.)
  std::vector<bool> redundant(merged.size(), false);
  for (size_t i = 0; i < merged.size(); ++i) {
    const Fact& fact = merged[i];
    const bool passing =
        fact.relation == Relation::kHeld && fact.time.start.empty() && fact.time.end.empty();
    if (!passing) continue;
    for (size_t j = 0; j < merged.size() && !redundant[i]; ++j) {
      const Fact& other = merged[j];
      if (j == i) continue;
      redundant[i] =
          (other.relation == Relation::kAppointedTo || other.relation == Relation::kDismissedFrom ||
           (other.relation == Relation::kHeld &&
            (!other.time.start.empty() || !other.time.end.empty()))) &&
          FoldName(other.source.name) == FoldName(fact.source.name) &&
          FoldName(other.target.name) == FoldName(fact.target.name);
    }
  }
  std::vector<Fact> out;
  for (size_t i = 0; i < merged.size(); ++i) {
    if (!redundant[i]) out.push_back(std::move(merged[i]));
  }
  return out;
}

}  // namespace kg
