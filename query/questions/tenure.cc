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
}

PostTenure NewTenure(const PostReport& report) {
  PostTenure tenure;
  tenure.person_id = report.person_id;
  tenure.person = report.person;
  tenure.membership = report.membership;
  AddSources(report, &tenure);
  return tenure;
}

// The date a tenure sorts by: its start, else its end.
const Date& SortDate(const PostTenure& t) { return t.start.empty() ? t.end : t.start; }

bool SortsBefore(const PostReport* a, const PostReport* b) {
  return std::tie(a->start, a->end) < std::tie(b->start, b->end);
}

// Rules 1-3 and 6 for one person's reports on the post.
void BuildPersonTenures(const std::vector<const PostReport*>& reports,
                        std::vector<PostTenure>* out) {
  std::vector<PostTenure> tenures;
  std::vector<const PostReport*> appointments, dismissals, undated;
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
        (report->start.empty() ? undated : appointments).push_back(report);
        break;
      case Kind::kDismissal:
        (report->end.empty() ? undated : dismissals).push_back(report);
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
    } else {
      AddSources(*appointment, joined);
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

  // Undated reports wait for the sightings (BuildTenures), kept as a tenure
  // with no dates that FoldUndated merges away when it can.
  for (const PostReport* report : undated) {
    PostTenure tenure = NewTenure(*report);
    tenure.appointed = report->kind == Kind::kAppointment;
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
void InferEnds(std::vector<PostTenure>* tenures) {
  std::vector<size_t> starts;  // candidates for a successor: stated starts
  for (size_t i = 0; i < tenures->size(); ++i) {
    const PostTenure& t = (*tenures)[i];
    if (!t.membership && !t.seen_only && !t.start.empty()) starts.push_back(i);
  }
  std::vector<size_t> by_start = starts;
  std::sort(by_start.begin(), by_start.end(), [&](size_t a, size_t b) {
    return std::tie((*tenures)[a].start, (*tenures)[a].person) <
           std::tie((*tenures)[b].start, (*tenures)[b].person);
  });
  for (size_t i : starts) {
    PostTenure& tenure = (*tenures)[i];
    if (!tenure.end.empty()) continue;
    const int64_t last_day = tenure.start.LastDay();
    auto next = std::partition_point(by_start.begin(), by_start.end(), [&](size_t j) {
      return (*tenures)[j].start.FirstDay() <= last_day;
    });
    if (next == by_start.end()) continue;
    const PostTenure& successor = (*tenures)[*next];
    tenure.end = successor.start;
    tenure.end_inferred = true;
    tenure.successor = successor.person;
  }
}

// Rule 5 for one person's sightings; `boundaries` are the starts and ends of
// the post's stated tenures (of everyone, same membership flag), sorted.
void PlaceSightings(std::vector<const PostReport*> sightings, const std::vector<Date>& boundaries,
                    std::vector<PostTenure>* tenures) {
  std::sort(sightings.begin(), sightings.end(), SortsBefore);
  // The holder's stated tenures, by index: runs pushed below do not move them.
  std::vector<size_t> own;
  if (!sightings.empty()) {
    for (size_t i = 0; i < tenures->size(); ++i) {
      const PostTenure& t = (*tenures)[i];
      if (t.person_id == sightings.front()->person_id &&
          t.membership == sightings.front()->membership && !t.seen_only) {
        own.push_back(i);
      }
    }
  }
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
      if (SpansOverlap(tenure.start, tenure.end, date)) {
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
    (tenure.start.empty() && tenure.end.empty() ? undated : kept).push_back(std::move(tenure));
  }
  for (PostTenure& lone : undated) {
    auto host = std::find_if(kept.begin(), kept.end(), [&](const PostTenure& t) {
      return t.person_id == lone.person_id && t.membership == lone.membership;
    });
    if (host == kept.end()) {
      kept.push_back(std::move(lone));
      continue;
    }
    host->evidence.insert(host->evidence.end(), lone.evidence.begin(), lone.evidence.end());
    host->appointed = host->appointed || lone.appointed;
    host->dismissed = host->dismissed || lone.dismissed;
    if (host->appointed_by.empty()) host->appointed_by = lone.appointed_by;
    if (host->dismissed_by.empty()) host->dismissed_by = lone.dismissed_by;
  }
  *tenures = std::move(kept);
}

}  // namespace

bool TenureCovers(const PostTenure& tenure, const Date& date) {
  return SpansOverlap(tenure.start, tenure.end, date);
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

  if (single_holder) InferEnds(&tenures);

  // The stated tenures' starts and ends, per membership flag, sorted once
  // (the runs PlaceSightings adds are sightings, never boundaries).
  std::vector<Date> boundaries[2];
  for (const PostTenure& tenure : tenures) {
    if (tenure.seen_only) continue;
    if (!tenure.start.empty()) boundaries[tenure.membership].push_back(tenure.start);
    if (!tenure.end.empty()) boundaries[tenure.membership].push_back(tenure.end);
  }
  for (std::vector<Date>& b : boundaries) std::sort(b.begin(), b.end());
  for (const auto& [holder, own] : by_holder) {
    std::vector<const PostReport*> sightings;
    for (const PostReport* report : own) {
      if (report->kind == Kind::kSighting && !report->start.empty()) sightings.push_back(report);
    }
    if (sightings.empty()) continue;
    PlaceSightings(std::move(sightings), boundaries[holder.first], &tenures);
  }

  std::stable_sort(tenures.begin(), tenures.end(), TenureBefore);
  FoldUndated(&tenures);
  for (PostTenure& tenure : tenures) {
    NormalizeEvidence(&tenure.evidence);
    tenure.sources = SourceIds(tenure.evidence);
  }
  return tenures;
}

}  // namespace kg::questions
