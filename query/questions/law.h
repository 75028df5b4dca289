// `kg law LAW`: the path a law took, merged across articles, with what the
// reports leave missing or contradict.
//
//   KG_ASSIGN_OR_RETURN(LawAnswer answer, LawQuery(store, "public procurement"));
//   for (const LawStage& stage : answer.stages) ... stage.relation, stage.body, stage.date ...
//   for (const LawNote& note : answer.notes) ... note.text ...
//
// The law is resolved by ResolveName (query/names/name_resolution.h: "territorial
// defense" finds "On Territorial Defense") and its drafted_by, submitted_to,
// considered_by, adopted_by, approved_by, returned_by, signed_by and
// entered_into_force edges fetched with a Cypher query by id. The store has
// already merged the same report from several articles into one edge; here
// edges of one stage, body and detail whose dates are compatible are merged
// too (the more precise date kept).
//
// Order: dated stages by date, then legislative rank (drafted, submitted /
// considered / adopted / approved / returned, signed, in force), and on one
// day drafted, considered, adopted, approved, submitted, returned, signed,
// in force (a chamber adopts a bill and sends it on the same day). An
// undated stage is placed by its date_by, the publication date that bounds
// it, as if it happened then (news reports what just happened), after the
// dated stages of that day, but never against legislative rank (after the
// stages of a lower rank, before those of a higher one); one with no bound
// either goes before the first stage that comes later on a bill's usual way
// (drafted, submitted, first reading, adopted, sent to the Senate, the
// Senate's decision, the vote on the Senate's amendments, signed, in
// force), never before a stage of a lower rank.
//
// Notes (each naming the stages it is about, by index):
// - contradiction: one stage (adopted, approved, signed, in force) by the
//   same body with the same detail reported on two incompatible dates,
//   unless a return lies between them (a law adopted again after the Senate
//   returned it has two adoption dates);
// - contradiction: a stage dated before a stage of a lower rank (signed
//   before its adoption or approval, adopted before it was drafted, in force
//   before it was signed). Stages in parliament (submitted, considered,
//   adopted, approved) have one rank: chambers pass a law back and forth;
// - gap: signed with no adoption or approval recorded; in force with no
//   signature recorded; a stage reported without a date.
#ifndef KG_QUERY_QUESTIONS_LAW_H_
#define KG_QUERY_QUESTIONS_LAW_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "graph/model.h"
#include "graph/store.h"
#include "query/questions/evidence.h"

namespace kg::questions {

struct LawStage {
  Relation relation = Relation::kAdoptedBy;
  std::string detail;  // the edge's `stage`: "first reading", ...
  NodeId body_id = 0;
  std::string body;  // who acted (the country for entered_into_force)
  NodeKind body_kind = NodeKind::kOrganization;
  Date date;
  // Without a date: the earliest publication date of the articles that
  // report the stage, which it happened on or before.
  Date date_by;
  std::vector<std::string> sources;  // article ids, sorted, unique
  std::vector<SourceSentence> evidence;
  // Indexes into LawAnswer::notes.
  std::vector<size_t> notes;

  friend bool operator==(const LawStage&, const LawStage&) = default;
};

struct LawNote {
  enum class Kind { kContradiction, kGap };
  Kind kind = Kind::kGap;
  std::string text;
  // Indexes into LawAnswer::stages.
  std::vector<size_t> stages;

  friend bool operator==(const LawNote&, const LawNote&) = default;
};

struct LawAnswer {
  NodeRecord law;
  std::vector<LawStage> stages;
  std::vector<LawNote> notes;
};

// "drafted", "submitted to", "considered", "adopted", "approved", "returned",
// "signed", "entered into force".
std::string_view StageVerb(Relation relation);
// "contradiction" or "gap".
std::string_view NoteKindName(LawNote::Kind kind);

// Errors: those of ResolveName and the store's.
absl::StatusOr<LawAnswer> LawQuery(const Store& store, std::string_view law);
// The same for a law node already found.
absl::StatusOr<LawAnswer> LawQueryById(const Store& store, const NodeRecord& law);

}  // namespace kg::questions

#endif  // KG_QUERY_QUESTIONS_LAW_H_
