// The reports BuildTenures reads (tenure.h), fetched from the store: a
// post's reports by a Cypher query from the post, a person's edges from the
// person's own keys. Used by holders.cc, career.cc and stored_tenures.cc.
#ifndef KG_QUERY_QUESTIONS_POST_REPORTS_H_
#define KG_QUERY_QUESTIONS_POST_REPORTS_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "graph/store.h"
#include "query/questions/tenure.h"

namespace kg::questions {

// Every person's appointed_to, held, dismissed_from and member_of edges into
// `post`, as reports with their sentences. With `focus`, only that person's
// reports carry sentences and sightings; the others' are bare tenures,
// appointments and dismissals, which is all a successor needs to end the
// focus's tenure (a career reads a busy post without reading its history).
absl::StatusOr<std::vector<PostReport>> ReportsOnPost(const Store& store, NodeId post,
                                                      std::optional<NodeId> focus = {});

// The reports of ReportsOnPost as far as tenure dates need them: no
// sentences, and a person's sightings of one edge on one day once, so that
// their number grows with the days a title was seen, not the articles that
// saw it (the head of state's has one per article). BuildTenures makes the
// same tenures of them, but for their evidence and sources.
absl::StatusOr<std::vector<PostReport>> DatedReportsOnPost(const Store& store, NodeId post);

// The reports one edge of `person_id` into a post makes, given the edge's
// observations: one, or one per observation for a sighting. An undated
// appointment or dismissal is bounded by its observations' article dates
// (tenure.h, rule 7). Without `details`, the reports carry no sentences.
void AppendEdgeReports(const EdgeRecord& edge, NodeId person_id, const std::string& person_name,
                       const std::vector<ObservationRecord>& observations, bool details,
                       std::vector<PostReport>* out);
// A title seen in passing: no date but the day it was seen (as_of).
bool IsSightingEdge(const EdgeRecord& edge);
// An appointment or dismissal with no date.
bool IsUndatedEvent(const EdgeRecord& edge);

// The reports one edge of `person` makes (AppendEdgeReports), reading the
// edge's observations when they are needed. Without `details`, no sentences
// are read and sightings are skipped.
absl::Status AppendReports(const Store& store, const EdgeRecord& edge, const NodeRecord& person,
                           bool details, std::vector<PostReport>* out);

// One post (office or organization) in a person's career, with the person's
// own edges into it.
struct PersonPostEdges {
  NodeRecord post;
  std::vector<EdgeRecord> edges;
};

// The posts `person` was appointed to, held, was dismissed from or was a
// member of, in post id order, each post's edges by (relation, id): the
// person's own edges, with no observation read and no sources filled in.
absl::StatusOr<std::vector<PersonPostEdges>> EdgesOfPerson(const Store& store,
                                                           const NodeRecord& person);

// The same with the person's own reports on each post, with their sentences.
struct PersonPost {
  NodeRecord post;
  std::vector<PostReport> reports;
};
absl::StatusOr<std::vector<PersonPost>> ReportsOfPerson(const Store& store,
                                                        const NodeRecord& person);

}  // namespace kg::questions

#endif  // KG_QUERY_QUESTIONS_POST_REPORTS_H_
