#include "query/questions/tenure.h"

#include <algorithm>
#include <map>
#include <optional>
#include <tuple>
#include <utility>

namespace kg::questions {
namespace {

using Kind = PostReport::Kind;

// `a` begins after `b` is over: certainly later, whatever the precisions.
bool ClearlyAfter(const Date& a, const Date& b) { return a.FirstDay() > b.LastDay(); }

bool SpansOverlap(const Date& start, const Date& end, const Date& date) {
  if (start.empty() && end.empty()) return false;
  if (!start.empty() && start.FirstDay() > date.LastDay()) return false;
  if (!end.empty() && date.FirstDay() > end.LastDay()) return false;
  return true;
}

// Of two compatible dates, the one that says more.
Date MorePrecise(const Date& a, const Date& b) { return b.precision() > a.precision() ? b : a; }

void AddSources(const PostReport& report, PostTenure* tenure) {
  tenure->evidence.insert(tenure->evidence.end(), report.sources.begin(), report.sources.end());
  if (report.edge != 0) tenure->edges.push_back(report.edge);
}

PostTenure NewTenure(const PostReport& report) {
  PostTenure tenure;
  tenure.person_id = report.person_id;
  tenure.person = report.person;
  tenure.membership = report.membership;
  AddSources(report, &tenure);
  return tenure;
}

// The date a tenure sorts by: its start (or bound), else its end (or bound).
const Date& SortDate(const PostTenure& t) {
  const Date& lower = Lower(t);
  return lower.empty() ? Upper(t) : lower;
}

bool SortsBefore(const PostReport* a, const PostReport* b) {
  return std::tie(a->start, a->end) < std::tie(b->start, b->end);
}

// Rules 1-3 and 6 for one person's reports on the post.
void BuildPersonTenures(const std::vector<const PostReport*>& reports,
                        std::vector<PostTenure>* out) {
  std::vector<PostTenure> tenures;
  std::vector<const PostReport*> appointments, dismissals, undated;
  std::vector<const PostReport*> bounded_appointments, bounded_dismissals;
  for (const PostReport* report : reports) {
    switch (report->kind) {
      case Kind::kTenure:
        if (report->start.empty() && report->end.empty()) {
          undated.push_back(report);
        } else {
          PostTenure tenure = NewTenure(*report);
          tenure.start = report->start;
          tenure.end = report->end;
          tenure.end_inferred = report->end_inferred;
          tenures.push_back(std::move(tenure));
        }
        break;
      case Kind::kAppointment:
        if (!report->start.empty()) {
          appointments.push_back(report);
        } else {
          (report->bound.empty() ? undated : bounded_appointments).push_back(report);
        }
        break;
      case Kind::kDismissal:
        if (!report->end.empty()) {
          dismissals.push_back(report);
        } else {
          (report->bound.empty() ? undated : bounded_dismissals).push_back(report);
        }
        break;
      case Kind::kSighting:
        // Dated sightings are placed after inference (see BuildTenures).
        if (report->start.empty()) undated.push_back(report);
        break;
    }
  }

  std::sort(appointments.begin(), appointments.end(), SortsBefore);
  for (const PostReport* appointment : appointments) {
    const Date& date = appointment->start;
    PostTenure* joined = nullptr;
    for (PostTenure& tenure : tenures) {
      const bool fits = tenure.start.empty()
                            ? !tenure.end.empty() && !ClearlyAfter(date, tenure.end)
                            : tenure.start.CompatibleWith(date);
      if (fits) {
        joined = &tenure;
        break;
      }
    }
    if (joined == nullptr) {
      tenures.push_back(NewTenure(*appointment));
      joined = &tenures.back();
      joined->acting = appointment->acting;
    } else {
      AddSources(*appointment, joined);
      if (!appointment->acting) joined->acting = false;
    }
    joined->start = MorePrecise(joined->start, date);
    joined->appointed = true;
    if (joined->appointed_by.empty()) joined->appointed_by = appointment->by;
  }

  std::sort(dismissals.begin(), dismissals.end(), SortsBefore);
  for (const PostReport* dismissal : dismissals) {
    const Date& date = dismissal->end;
    PostTenure* ended = nullptr;
    for (PostTenure& tenure : tenures) {
      const bool open = tenure.end.empty() || tenure.end.CompatibleWith(date);
      const bool began = tenure.start.empty() || !ClearlyAfter(tenure.start, date);
      if (open && began && (ended == nullptr || ended->start < tenure.start)) ended = &tenure;
    }
    if (ended == nullptr) {
      tenures.push_back(NewTenure(*dismissal));
      ended = &tenures.back();
    } else {
      AddSources(*dismissal, ended);
    }
    ended->end = MorePrecise(ended->end, date);
    ended->end_inferred = false;
    ended->dismissed = true;
    if (ended->dismissed_by.empty()) ended->dismissed_by = dismissal->by;
  }

  // Rule 7: reports dated only by the articles that carry them.
  std::sort(bounded_appointments.begin(), bounded_appointments.end(),
            [](const PostReport* a, const PostReport* b) { return a->bound < b->bound; });
  for (const PostReport* appointment : bounded_appointments) {
    const Date& bound = appointment->bound;
    PostTenure* joined = nullptr;
    for (PostTenure& tenure : tenures) {
      const Date& lower = Lower(tenure);
      const Date& upper = Upper(tenure);
      if (!lower.empty() && !ClearlyAfter(lower, bound) &&
          (upper.empty() || !ClearlyAfter(bound, upper))) {
        joined = &tenure;  // in the post on that day already
        break;
      }
    }
    if (joined == nullptr) {
      // The person's next tenure began by the bound.
      for (PostTenure& tenure : tenures) {
        const Date& lower = Lower(tenure);
        if (!lower.empty() && ClearlyAfter(lower, bound) &&
            (joined == nullptr || lower < Lower(*joined))) {
          joined = &tenure;
        }
      }
      if (joined != nullptr) joined->start_by = bound;
    }
    if (joined == nullptr) {
      tenures.push_back(NewTenure(*appointment));
      joined = &tenures.back();
      joined->start_by = bound;
      joined->acting = appointment->acting;
    } else {
      AddSources(*appointment, joined);
      if (!appointment->acting) joined->acting = false;
    }
    joined->appointed = true;
    if (joined->appointed_by.empty()) joined->appointed_by = appointment->by;
  }
  for (const PostReport* dismissal : bounded_dismissals) {
    const Date& bound = dismissal->bound;
    PostTenure* ended = nullptr;
    for (PostTenure& tenure : tenures) {
      const Date& lower = Lower(tenure);
      const bool open = tenure.end.empty() && tenure.end_by.empty();
      if (open && !lower.empty() && !ClearlyAfter(lower, bound) &&
          (ended == nullptr || Lower(*ended) < lower)) {
        ended = &tenure;
      }
    }
    if (ended == nullptr) {
      undated.push_back(dismissal);
      continue;
    }
    AddSources(*dismissal, ended);
    ended->end_by = bound;
    ended->dismissed = true;
    if (ended->dismissed_by.empty()) ended->dismissed_by = dismissal->by;
  }

  // Undated reports wait for the sightings (BuildTenures), kept as a tenure
  // with no dates that FoldUndated merges away when it can.
  for (const PostReport* report : undated) {
    PostTenure tenure = NewTenure(*report);
    tenure.appointed = report->kind == Kind::kAppointment;
    tenure.acting = tenure.appointed && report->acting;
    tenure.dismissed = report->kind == Kind::kDismissal;
    if (tenure.appointed) tenure.appointed_by = report->by;
    if (tenure.dismissed) tenure.dismissed_by = report->by;
    tenures.push_back(std::move(tenure));
  }
  for (PostTenure& tenure : tenures) out->push_back(std::move(tenure));
}

// Rule 4 over every tenure of the post. The candidate successors are sorted
// once by (start, person); Date order agrees with first days, so "clearly
// after" holds from some point of that order on, found by binary search.
void InferEnds(std::vector<PostTenure>* tenures, const std::map<NodeId, Date>& last_seen) {
  // Candidates for a successor: stated or bounded starts (rule 7).
  std::vector<size_t> starts;
  for (size_t i = 0; i < tenures->size(); ++i) {
    const PostTenure& t = (*tenures)[i];
    if (!t.membership && !t.seen_only && !Lower(t).empty()) starts.push_back(i);
  }
  std::vector<size_t> by_start = starts;
  std::sort(by_start.begin(), by_start.end(), [&](size_t a, size_t b) {
    return std::tie(Lower((*tenures)[a]), (*tenures)[a].person) <
           std::tie(Lower((*tenures)[b]), (*tenures)[b].person);
  });
  for (size_t i : starts) {
    PostTenure& tenure = (*tenures)[i];
    if (!tenure.end.empty() || !tenure.end_by.empty()) continue;
    const int64_t last_day = Lower(tenure).LastDay();
    auto next = std::partition_point(by_start.begin(), by_start.end(), [&](size_t j) {
      return Lower((*tenures)[j]).FirstDay() <= last_day;
    });
    if (next == by_start.end()) continue;
    const PostTenure& successor = (*tenures)[*next];
    const Date& successor_start = Lower(successor);
    // A successor in the post by a day: the predecessor was out by then.
    if (successor_start == successor.start) {
      tenure.end = successor.start;
    } else {
      tenure.end_by = successor_start;
    }
    tenure.end_inferred = true;
    tenure.successor = successor.person;
    tenure.successor_id = successor.person_id;
  }
  // A stated end at a coarser precision than the next holder's start within
  // it ("until 2008", the successor from 2008-02-07): over by that day.
  // The next holder is the first candidate clearly after the tenure's start
  // (a binary search) that is someone else: past a run of the same person's
  // starts in one jump (`other_from[k]`: the first position from k on whose
  // person differs from position k's), so that the whole pass stays
  // O(n log n) on a post with thousands of holders.
  std::vector<size_t> other_from(by_start.size());
  for (size_t k = by_start.size(); k-- > 0;) {
    other_from[k] = k + 1 < by_start.size() && (*tenures)[by_start[k + 1]].person_id ==
                                                   (*tenures)[by_start[k]].person_id
                        ? other_from[k + 1]
                        : k + 1;
  }
  for (size_t i : starts) {
    PostTenure& tenure = (*tenures)[i];
    if (tenure.end.empty() || !tenure.end_by.empty()) continue;
    const int64_t last_day = Lower(tenure).LastDay();
    size_t k = std::partition_point(by_start.begin(), by_start.end(),
                                    [&](size_t j) {
                                      return Lower((*tenures)[j]).FirstDay() <= last_day;
                                    }) -
               by_start.begin();
    if (k < by_start.size() && (*tenures)[by_start[k]].person_id == tenure.person_id) {
      k = other_from[k];
    }
    if (k == by_start.size()) continue;
    const PostTenure& next = (*tenures)[by_start[k]];
    const Date& next_start = Lower(next);
    if (next_start.CompatibleWith(tenure.end) && next_start.precision() > tenure.end.precision()) {
      tenure.end_by = next_start;
      tenure.successor = next.person;
      tenure.successor_id = next.person_id;
    }
  }
  // Someone else in the post until a day after this tenure began, since
  // when no one knows: one holder at a time, so this one was over by then.
  // Those others (only an end known) are few, and this pass changes none of
  // them: listed once.
  std::vector<const PostTenure*> only_ends;
  for (const PostTenure& other : *tenures) {
    if (!other.membership && !other.seen_only && Lower(other).empty() && !Upper(other).empty()) {
      only_ends.push_back(&other);
    }
  }
  for (size_t i : starts) {
    PostTenure& tenure = (*tenures)[i];
    if (!tenure.end.empty() || !tenure.end_by.empty()) continue;
    const PostTenure* later = nullptr;
    for (const PostTenure* other : only_ends) {
      if (other->person_id == tenure.person_id || !ClearlyAfter(Upper(*other), Lower(tenure))) {
        continue;
      }
      if (later == nullptr || Upper(*other) < Upper(*later)) later = other;
    }
    if (later == nullptr) continue;
    // Seen in the post since: the other report is the one in doubt.
    if (auto seen = last_seen.find(tenure.person_id);
        seen != last_seen.end() && seen->second.LastDay() >= Upper(*later).FirstDay()) {
      continue;
    }
    tenure.end_by = Upper(*later);
    tenure.end_inferred = true;
    tenure.successor = later->person;
    tenure.successor_id = later->person_id;
  }
}

// Rule 5 for one person's sightings; `boundaries` are the starts and ends of
// the post's stated tenures (of everyone, same membership flag), sorted;
// `own` the holder's stated tenures, by index (the runs pushed here do not
// move them).
void PlaceSightings(std::vector<const PostReport*> sightings, const std::vector<Date>& boundaries,
                    const std::vector<size_t>& own, std::vector<PostTenure>* tenures) {
  std::sort(sightings.begin(), sightings.end(), SortsBefore);
  std::optional<PostTenure> run;
  auto close_run = [&] {
    if (run.has_value()) tenures->push_back(std::move(*run));
    run.reset();
  };
  for (const PostReport* sighting : sightings) {
    const Date& date = sighting->start;
    PostTenure* covering = nullptr;
    for (size_t i : own) {
      PostTenure& tenure = (*tenures)[i];
      if (SpansOverlap(Lower(tenure), Upper(tenure), date)) {
        covering = &tenure;
        break;
      }
    }
    if (covering != nullptr) {
      AddSources(*sighting, covering);
      continue;
    }
    if (run.has_value()) {
      // A boundary b with last < b <= date ends the run.
      auto b = std::upper_bound(boundaries.begin(), boundaries.end(), run->end);
      if (b != boundaries.end() && *b <= date) close_run();
    }
    if (!run.has_value()) {
      run = NewTenure(*sighting);
      run->seen_only = true;
      run->start = date;
    } else {
      AddSources(*sighting, &*run);
    }
    run->end = date;
  }
  close_run();
}

// Rule 6: a tenure with no date at all merges into the person's first
// tenure of the post in the final order (the first undated one when the
// person has no dated one).
void FoldUndated(std::vector<PostTenure>* tenures) {
  std::vector<PostTenure> kept;
  std::vector<PostTenure> undated;
  for (PostTenure& tenure : *tenures) {
    (IsUndatedTenure(tenure) ? undated : kept).push_back(std::move(tenure));
  }
  // Each (person, membership)'s first tenure in `kept`, by index.
  std::map<std::pair<NodeId, bool>, size_t> first;
  if (!undated.empty()) {
    for (size_t i = 0; i < kept.size(); ++i) {
      first.try_emplace({kept[i].person_id, kept[i].membership}, i);
    }
  }
  for (PostTenure& lone : undated) {
    auto [found, added] = first.try_emplace({lone.person_id, lone.membership}, kept.size());
    if (added) {
      kept.push_back(std::move(lone));
      continue;
    }
    PostTenure* host = &kept[found->second];
    host->evidence.insert(host->evidence.end(), lone.evidence.begin(), lone.evidence.end());
    host->edges.insert(host->edges.end(), lone.edges.begin(), lone.edges.end());
    if (lone.appointed && !lone.acting) host->acting = false;
    host->appointed = host->appointed || lone.appointed;
    host->dismissed = host->dismissed || lone.dismissed;
    if (host->appointed_by.empty()) host->appointed_by = lone.appointed_by;
    if (host->dismissed_by.empty()) host->dismissed_by = lone.dismissed_by;
  }
  *tenures = std::move(kept);
}

}  // namespace

const Date& Lower(const PostTenure& t) {
  if (t.start.empty()) return t.start_by;
  if (!t.start_by.empty() && t.start_by.FirstDay() < t.start.FirstDay()) return t.start_by;
  return t.start;
}

const Date& Upper(const PostTenure& t) {
  if (t.end.empty()) return t.end_by;
  if (!t.end_by.empty() && t.end_by.LastDay() < t.end.LastDay()) return t.end_by;
  return t.end;
}

bool TenureCovers(const PostTenure& tenure, const Date& date) {
  return SpansOverlap(Lower(tenure), Upper(tenure), date);
}

bool IsUndatedTenure(const PostTenure& tenure) {
  return tenure.start.empty() && tenure.end.empty() && tenure.start_by.empty() &&
         tenure.end_by.empty();
}

void LimitTenureLists(std::optional<size_t> max_evidence, std::optional<size_t> max_sources,
                      PostTenure* tenure) {
  if (max_evidence.has_value() && tenure->evidence.size() > *max_evidence) {
    tenure->evidence.resize(*max_evidence);
  }
  if (max_sources.has_value() && tenure->sources.size() > *max_sources) {
    tenure->sources.resize(*max_sources);
  }
}

bool TenureBefore(const PostTenure& a, const PostTenure& b) {
  const Date& da = SortDate(a);
  const Date& db = SortDate(b);
  return std::make_tuple(da.empty(), da, a.post, a.person, a.end, a.post_id, a.person_id) <
         std::make_tuple(db.empty(), db, b.post, b.person, b.end, b.post_id, b.person_id);
}

std::vector<PostTenure> BuildTenures(const std::vector<PostReport>& reports, bool single_holder) {
  // (membership, person) -> that person's reports, in person id order so the
  // result does not depend on the order reports arrive in.
  std::map<std::pair<bool, NodeId>, std::vector<const PostReport*>> by_holder;
  for (const PostReport& report : reports) {
    by_holder[{report.membership, report.person_id}].push_back(&report);
  }
  std::vector<PostTenure> tenures;
  for (const auto& [holder, own] : by_holder) BuildPersonTenures(own, &tenures);

  if (single_holder) {
    std::map<NodeId, Date> last_seen;
    for (const PostReport& report : reports) {
      if (report.kind != Kind::kSighting || report.membership || report.start.empty()) continue;
      Date& seen = last_seen[report.person_id];
      if (seen.empty() || seen < report.start) seen = report.start;
    }
    InferEnds(&tenures, last_seen);
  }

  // The stated tenures' starts and ends, per membership flag, sorted once
  // (the runs PlaceSightings adds are sightings, never boundaries).
  std::vector<Date> boundaries[2];
  for (const PostTenure& tenure : tenures) {
    if (tenure.seen_only) continue;
    if (!Lower(tenure).empty()) boundaries[tenure.membership].push_back(Lower(tenure));
    if (!Upper(tenure).empty()) boundaries[tenure.membership].push_back(Upper(tenure));
  }
  for (std::vector<Date>& b : boundaries) std::sort(b.begin(), b.end());
  // Each holder's tenures so far, indexed once rather than searched per
  // holder (a post with thousands of holders).
  std::map<std::pair<bool, NodeId>, std::vector<size_t>> stated;
  for (size_t i = 0; i < tenures.size(); ++i) {
    if (!tenures[i].seen_only) stated[{tenures[i].membership, tenures[i].person_id}].push_back(i);
  }
  for (const auto& [holder, own] : by_holder) {
    std::vector<const PostReport*> sightings;
    for (const PostReport* report : own) {
      if (report->kind == Kind::kSighting && !report->start.empty()) sightings.push_back(report);
    }
    if (sightings.empty()) continue;
    static const std::vector<size_t> kNone;
    auto found = stated.find(holder);
    const std::vector<size_t>& own_tenures = found == stated.end() ? kNone : found->second;
    PlaceSightings(std::move(sightings), boundaries[holder.first], own_tenures, &tenures);
  }

  std::stable_sort(tenures.begin(), tenures.end(), TenureBefore);
  FoldUndated(&tenures);
  for (PostTenure& tenure : tenures) {
    NormalizeEvidence(&tenure.evidence);
    tenure.sources = SourceIds(tenure.evidence);
    tenure.source_count = tenure.sources.size();
    std::sort(tenure.edges.begin(), tenure.edges.end());
    tenure.edges.erase(std::unique(tenure.edges.begin(), tenure.edges.end()), tenure.edges.end());
  }
  return tenures;
}

}  // namespace kg::questions
