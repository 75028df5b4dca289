// The tenures of one-holder offices, kept in the store (graph/store.h's
// derived facts) so that a question reads them instead of rebuilding them
// from every holder's reports: `kg career` reads the person's own rows of a
// post, whatever the post's history, and `kg holders` reads the post's rows.
//
//   // At the end of an ingest (tools/kg/ingest_command.cc):
//   KG_ASSIGN_OR_RETURN(size_t posts, RefreshStoredTenures(store, jobs));
//   // In a question:
//   KG_ASSIGN_OR_RETURN(std::optional<std::vector<StoredTenure>> rows,
//                       ReadStoredTenures(store, post.id, person.id));
//   if (!rows.has_value()) ... build them from the reports (post_reports.h) ...
//
// What is stored is exactly what BuildTenures (tenure.h) makes of every
// appointment, tenure, dismissal and sighting on the post (memberships
// excepted, as `kg holders` does), one value per person. Persons are kept by
// id and sentences by reference (edge, article), so that a rename or a new
// sentence elsewhere changes nothing stored. A post is stale from any write
// touching an edge into it (or the post itself) until the next refresh; its
// rows then read as absent and the question builds them as before.
#ifndef KG_QUERY_QUESTIONS_STORED_TENURES_H_
#define KG_QUERY_QUESTIONS_STORED_TENURES_H_

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "graph/store.h"
#include "query/questions/evidence.h"
#include "query/questions/tenure.h"

namespace kg::questions {

// Rebuilds the stored tenures of every stale one-holder office and marks
// every stale node fresh (a node that is no such office keeps none), a few
// thousand nodes per write, reading and building on `threads` threads (the
// store is the same for any number). Returns the number of offices rebuilt.
absl::StatusOr<size_t> RefreshStoredTenures(Store& store, int threads = 1);

// One stored tenure: the PostTenure without its names and sentences (person,
// successor, post and evidence are empty; the ids, sources and source_count
// are set), and where its sentences are.
struct StoredTenure {
  PostTenure tenure;
  std::vector<std::pair<EdgeId, std::string>> evidence;  // (edge, article id)
};

// What a question reads of each stored tenure: of its sentences the first
// `max_evidence`, of its sources the first `max_sources` and their count (all
// of either without a limit). A table of a post seen in thousands of
// articles reads a few of them, not the thousands.
struct StoredTenureLimits {
  std::optional<size_t> max_evidence;
  std::optional<size_t> max_sources;
};

// The post's stored tenures, in person id order and each person's in
// BuildTenures order; nullopt when the post is stale (or was never refreshed).
absl::StatusOr<std::optional<std::vector<StoredTenure>>> ReadStoredTenures(
    const Store& store, NodeId post, const StoredTenureLimits& limits = {});
// One person's stored tenures of the post.
absl::StatusOr<std::optional<std::vector<StoredTenure>>> ReadStoredTenures(
    const Store& store, NodeId post, NodeId person, const StoredTenureLimits& limits = {});

// `rows` as the PostTenures BuildTenures made (limited as they were read),
// for `post`: names read from the store (or `known`, the person already at
// hand), and each row's sentences, one point read each. DataLoss when a
// sentence's observation is not stored.
absl::StatusOr<std::vector<PostTenure>> CompleteStoredTenures(const Store& store,
                                                              std::vector<StoredTenure> rows,
                                                              const NodeRecord& post,
                                                              const NodeRecord* known = nullptr);

}  // namespace kg::questions

#endif  // KG_QUERY_QUESTIONS_STORED_TENURES_H_
