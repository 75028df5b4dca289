// `kg career PERSON`: a person's posts and memberships, in order.
//
//   KG_ASSIGN_OR_RETURN(CareerAnswer answer, CareerQuery(store, "Kobenova"));
//   for (const PostTenure& row : answer.rows) ... row.post, row.start, row.end ...
//
// The person is resolved by ResolveName (query/names/name_resolution.h) and their
// appointed_to / held / dismissed_from / member_of edges fetched with a
// Cypher query by id. Each post's rows come from BuildTenures (tenure.h), so
// an appointment and a career line about the same office are one row. For an
// office with one holder at a time the tenures are built from every holder's
// reports, so a successor's appointment ends this person's tenure (marked
// inferred) exactly as `kg holders` shows it; ingest keeps those tenures in
// the store (stored_tenures.h), and the person's rows are read from there,
// at a cost that does not grow with the post's history. Rows are ordered by start (a
// row seen only in passing by the date it was seen, a dismissal with no
// known start by its date), undated rows last.
#ifndef KG_QUERY_QUESTIONS_CAREER_H_
#define KG_QUERY_QUESTIONS_CAREER_H_

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "graph/store.h"
#include "query/questions/tenure.h"

namespace kg::questions {

struct CareerAnswer {
  NodeRecord person;
  std::vector<PostTenure> rows;  // TenureBefore order
};

struct CareerOptions {
  // Of each row's sentences, only the first this many (all without it).
  std::optional<size_t> max_evidence;
  // Of each row's sources, only the first this many (all without it);
  // source_count counts them all.
  std::optional<size_t> max_sources;
};

// Errors: those of ResolveName and the store's.
absl::StatusOr<CareerAnswer> CareerQuery(const Store& store, std::string_view person,
                                         const CareerOptions& options = {});

}  // namespace kg::questions

#endif  // KG_QUERY_QUESTIONS_CAREER_H_
