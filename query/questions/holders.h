// `kg holders OFFICE [--at DATE]`: who held an office, with intervals.
//
//   HoldersOptions options;
//   options.at = Date::Parse("2024-03");
//   KG_ASSIGN_OR_RETURN(HoldersAnswer answer, HoldersQuery(store, "Labor Minister", options));
//   for (const PostTenure& row : answer.rows) ... row.person, row.start, row.end ...
//
// The office is resolved by ResolveName (query/names/name_resolution.h), its
// appointed_to / held / dismissed_from edges are fetched with a Cypher query
// by id, and BuildTenures (tenure.h) turns them into intervals, inferring a
// predecessor's end from a successor's start when the office has one holder
// at a time (attribute single="true"). With `at`, only the intervals that
// cover that date are kept; coverage is by overlap, so a date of coarser
// precision ("2024") finds everyone who held the office at some time in it.
// In a post of one holder at a time, a tenure that covers `at` only because
// its start is unknown is left out when another is known to have begun by
// then.
#ifndef KG_QUERY_QUESTIONS_HOLDERS_H_
#define KG_QUERY_QUESTIONS_HOLDERS_H_

#include <map>
#include <optional>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "graph/model.h"
#include "graph/store.h"
#include "query/questions/tenure.h"

namespace kg::questions {

struct HoldersOptions {
  // Only the holders at this date (any precision).
  std::optional<Date> at;
  // Of each row's sentences, only the first this many (all without it).
  std::optional<size_t> max_evidence;
  // Of each row's sources, only the first this many (all without it);
  // source_count counts them all.
  std::optional<size_t> max_sources;
};

struct HoldersAnswer {
  NodeRecord office;
  // One holder at a time: tenure inference applies.
  bool single_holder = false;
  std::optional<Date> at;
  // Sorted by start (tenure.h's order).
  std::vector<PostTenure> rows;
  // With `at`: the holders whose tenure has no date or bound at all
  // (IsUndatedTenure) and who have no dated tenure of the post, which
  // would say when they held it. They may have held it then; `rows` keeps
  // only those who did. Empty without `at` (rows lists them).
  std::vector<PostTenure> undated;
};

// Whether an office holds one person at a time (attribute single="true").
bool IsSingleHolderOffice(const NodeRecord& office);

// What the tenures conclude about one edge, for readers that show edges
// (the exports): the end a successor implies, and the publication bounds.
struct TenureEdgeTime {
  Date end;        // inferred from a successor (end_inferred)
  Date end_by;     // over on or before
  Date start_by;   // in the post on or before
  bool acting = false;
};

// For the edges (appointed_to, held) of every one-holder office among
// `offices`: what `kg holders` concludes about them, by edge id. Edges
// nothing is concluded about are absent.
absl::StatusOr<std::map<EdgeId, TenureEdgeTime>> TenureEdgeTimes(
    const Store& store, const std::vector<NodeRecord>& offices);

// Errors: those of ResolveName (NotFound, FailedPrecondition listing the
// candidates, InvalidArgument), InvalidArgument for an empty `at`, and the
// store's.
absl::StatusOr<HoldersAnswer> HoldersQuery(const Store& store, std::string_view office,
                                           const HoldersOptions& options = {});

}  // namespace kg::questions

#endif  // KG_QUERY_QUESTIONS_HOLDERS_H_
