#include "ingest/relations/fact_merging.h"

#include <string>
#include <utility>

#include "absl/container/flat_hash_map.h"

#include "graph/name_folding.h"

namespace kg {
namespace {

thread_local uint64_t comparisons_on_this_thread = 0;

bool Compatible(const Date& a, const Date& b) {
  return a.empty() || b.empty() || a.CompatibleWith(b);
}

Date MorePrecise(const Date& a, const Date& b) {
  if (a.empty()) return b;
  if (b.empty()) return a;
  return b.precision() > a.precision() ? b : a;
}

// Facts are compared only within the same folded (source, target) pair, so
// that an article's facts merge in time linear in their number.
std::string EndsKey(const Fact& fact) {
  return FoldName(fact.source.name) + '\x1f' + FoldName(fact.target.name);
}

bool Mergeable(const Fact& a, const Fact& b) {
  ++comparisons_on_this_thread;
  // Same folded names (the caller's bucket); the same relation and kinds.
  if (a.relation != b.relation || a.source.kind != b.source.kind ||
      a.target.kind != b.target.kind) {
    return false;
  }
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

uint64_t FactComparisonsOnThisThread() { return comparisons_on_this_thread; }

std::vector<Fact> MergeArticleFacts(std::vector<Fact> facts) {
  for (Fact& fact : facts) {
    if (fact.relation == Relation::kPartnerOf &&
        FoldName(fact.target.name) < FoldName(fact.source.name)) {
      std::swap(fact.source, fact.target);
    }
  }
  std::vector<Fact> merged;
  // The merged facts of each (source, target) pair, in order.
  absl::flat_hash_map<std::string, std::vector<size_t>> by_ends;
  for (Fact& fact : facts) {
    std::vector<size_t>& bucket = by_ends[EndsKey(fact)];
    bool absorbed = false;
    for (size_t k : bucket) {
      if (Mergeable(merged[k], fact)) {
        MergeInto(merged[k], fact);
        absorbed = true;
        break;
      }
    }
    if (!absorbed) {
      bucket.push_back(merged.size());
      merged.push_back(std::move(fact));
    }
  }
  std::vector<bool> redundant(merged.size(), false);
  for (const auto& [ends, bucket] : by_ends) {
    // "X, who had held the post since 2007, resigned": the dismissal ends
    // the open tenure of the same post.
    for (size_t h : bucket) {
      Fact& held = merged[h];
      if (held.relation != Relation::kHeld || held.time.start.empty() || !held.time.end.empty()) {
        continue;
      }
      for (size_t d : bucket) {
        ++comparisons_on_this_thread;
        const Fact& dismissal = merged[d];
        if (dismissal.relation == Relation::kDismissedFrom && !dismissal.time.date.empty() &&
            dismissal.time.date > held.time.start) {
          held.time.end = dismissal.time.date;
        }
      }
    }
    // A title seen in passing adds nothing when the article says more about
    // the same person and post (decided for all before any is moved out).
    for (size_t i : bucket) {
      const Fact& fact = merged[i];
      const bool passing =
          fact.relation == Relation::kHeld && fact.time.start.empty() && fact.time.end.empty();
      if (!passing) continue;
      for (size_t j : bucket) {
        ++comparisons_on_this_thread;
        const Fact& other = merged[j];
        if (j == i) continue;
        if (other.relation == Relation::kAppointedTo || other.relation == Relation::kDismissedFrom ||
            (other.relation == Relation::kHeld &&
             (!other.time.start.empty() || !other.time.end.empty()))) {
          redundant[i] = true;
          break;
        }
      }
    }
  }
  std::vector<Fact> out;
  for (size_t i = 0; i < merged.size(); ++i) {
    if (!redundant[i]) out.push_back(std::move(merged[i]));
  }
  return out;
}

}  // namespace kg
