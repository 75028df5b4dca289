// Tenures: who held a post from when to when, built from the reports the
// graph keeps (appointments, careers, dismissals, titles seen in passing).
// `kg holders` lists one office's tenures; `kg career` one person's.
//
//   std::vector<PostTenure> tenures = BuildTenures(reports, /*single_holder=*/true);
//   for (const PostTenure& t : tenures) if (TenureCovers(t, *Date::Parse("2024-03"))) ...
//
// The rules, per post and per person (memberships kept apart from posts):
// 1. A stated tenure (held or member_of with start and/or end) is a tenure.
// 2. An appointment joins the person's tenure whose start is compatible with
//    its date (Date::CompatibleWith: "2024" fits "2024-03-05"; the more
//    precise date is kept), or a tenure with only an end not before it;
//    otherwise it starts a tenure of its own.
// 3. A dismissal ends the person's tenure with the latest start not after it
//    whose end is open or compatible; otherwise it is a tenure with only an
//    end ("dismissed", start unknown).
// 4. Tenure inference, only for a post one person holds at a time
//    (`single_holder`, the office attribute single="true"), and only within
//    that one post: an open tenure ends where the next tenure (of anyone,
//    by start) clearly begins after its start (the next start's first day is
//    after the last day of its own start, so "2024" is not followed by
//    "2024-06-01"). The end is marked `end_inferred` and names the
//    `successor` (who may be the same person, reappointed). A title seen in
//    passing is no successor: it says someone held the post on a day, not
//    when they began. And an open tenure ends, on or before (end_by), the
//    end of another person's tenure whose start is unknown and whose end is
//    clearly after this one's start: that person held the post then, so
//    this one no longer did. A stated end coarser than the next holder's
//    start within it ("until 2008", the next from 2008-02-07) is bounded
//    by that start (end_by; the stated end stays).
// 5. A sighting (a title seen in passing on an article's date, `as_of`)
//    joins the person's tenure that covers its date (after inference, so a
//    sighting after a successor's start does not stretch a tenure). Sightings
//    no tenure covers make "seen" tenures from the first to the last of a
//    run of them; a run breaks where any tenure of the post starts or ends
//    between two sightings.
// 6. A held with no date at all adds its sources to the person's first
//    tenure of the post, or is an undated tenure of its own.
// 7. An appointment or dismissal without a date, reported by articles
//    published on D at the earliest, happened on or before D: an
//    appointment joins the person's tenure that covers D, or else bounds
//    the start of the person's next tenure (start_by), or else is a tenure
//    from start_by D; a dismissal ends, on or before D (end_by), the open
//    tenure begun by D. A bounded start is a successor's start for rule 4
//    (the predecessor's end is then bounded, end_by) and orders holders.
// 8. An acting holder is a holder: an acting appointment makes a tenure
//    like any other (marked `acting` unless an appointment to the post
//    itself joins it), and ends the predecessor's tenure by rule 4.
//
// Coverage (TenureCovers, and so `kg holders --at`): a tenure covers a date
// when their spans overlap, each date spanning the days its precision allows
// ("2024" is the whole year) and an open end running on for ever. So --at
// 2024 lists everyone who held the post at any time in 2024, and on a
// handover day (an inferred end) both the predecessor and the successor.
// A tenure with neither start nor end covers no date. Bounds count as
// dates here: a start_by D covers from D on (the holder was in the post by
// then), an end_by D up to D.
// Undated (IsUndatedTenure): no date and no bound at all.
#ifndef KG_QUERY_QUESTIONS_TENURE_H_
#define KG_QUERY_QUESTIONS_TENURE_H_

#include <optional>
#include <string>
#include <vector>

#include "graph/model.h"
#include "graph/store.h"
#include "query/questions/evidence.h"

namespace kg::questions {

// One thing the graph says about a person and a post: an edge, or for a
// sighting one observation of an edge (each article saw it on its own date).
struct PostReport {
  enum class Kind { kAppointment, kTenure, kDismissal, kSighting };
  Kind kind = Kind::kTenure;
  NodeId person_id = 0;
  std::string person;
  // member_of rather than held / appointed_to / dismissed_from.
  bool membership = false;
  Date start;                 // appointment date, tenure start, sighting date
  Date end;                   // tenure end, dismissal date
  bool end_inferred = false;  // a tenure's end the text implied
  // An appointment or dismissal reported without a date happened on or
  // before the earliest publication date of the articles reporting it.
  Date bound;
  bool acting = false;        // an acting appointment ("acting", "temporarily")
  std::string by;             // appointment or dismissal: who decided
  EdgeId edge = 0;            // the edge it comes from (0: none)
  std::vector<SourceSentence> sources;
};

// One person's time in one post.
struct PostTenure {
  NodeId person_id = 0;
  std::string person;
  // The post; BuildTenures leaves these for the caller, who knows the post.
  NodeId post_id = 0;
  std::string post;
  NodeKind post_kind = NodeKind::kOffice;
  bool membership = false;

  Date start;
  Date end;
  // Bounds from publication dates (rule 7): in the post on or before
  // `start_by`, out of it on or before `end_by`. Set only when no stated
  // date says more (a start_by before a stated start: acting first).
  Date start_by;
  Date end_by;
  bool end_inferred = false;
  // Held as acting holder only (no appointment to the post itself seen).
  bool acting = false;
  // With an end inferred from a successor: the successor's name and id.
  std::string successor;
  NodeId successor_id = 0;
  // Built from sightings only: seen in the post from `start` to `end`.
  bool seen_only = false;
  bool appointed = false;
  std::string appointed_by;
  bool dismissed = false;
  std::string dismissed_by;

  std::vector<std::string> sources;      // article ids, sorted, unique
  // How many articles `sources` has, or would have had: a question asked
  // for only the first few (CareerOptions::max_sources) lists those.
  size_t source_count = 0;
  std::vector<SourceSentence> evidence;  // NormalizeEvidence order
  // The edges the tenure was built from, sorted, unique: where the
  // exports show its inferred end and bounds (TenureEdgeTimes).
  std::vector<EdgeId> edges;

  friend bool operator==(const PostTenure&, const PostTenure&) = default;
};

// The tenures of one post from its reports, by the rules above, sorted by
// start (a tenure with only an end by its end; undated last), then person,
// then end.
std::vector<PostTenure> BuildTenures(const std::vector<PostReport>& reports, bool single_holder);

// Keeps the first `max_evidence` sentences and the first `max_sources`
// sources of the tenure (all without a limit); source_count stays.
void LimitTenureLists(std::optional<size_t> max_evidence, std::optional<size_t> max_sources,
                      PostTenure* tenure);

// The earliest day a tenure is known to have begun by (its start or its
// start_by, whichever is earlier), and where it is known to be over (its end
// or end_by): a stated tenure's are the boundaries that break a run of
// sightings (rule 5).
const Date& Lower(const PostTenure& tenure);
const Date& Upper(const PostTenure& tenure);

// Whether `tenure` covers `date` (see above). `date` must not be empty.
bool TenureCovers(const PostTenure& tenure, const Date& date);

// No start, end or bound: a tenure known to have been, not when.
bool IsUndatedTenure(const PostTenure& tenure);

// The order BuildTenures sorts by, for lists of tenures from several posts:
// start (or end), undated last, then post, person and end.
bool TenureBefore(const PostTenure& a, const PostTenure& b);

}  // namespace kg::questions

#endif  // KG_QUERY_QUESTIONS_TENURE_H_
