// Finding the node a user means from a name as they type it: what the
// questions (kg holders, career, law) and `kg export --around` look up.
//
//   KG_ASSIGN_OR_RETURN(NodeRecord law, ResolveName(store, "territorial defense", NodeKind::kLaw));
//   // -> the law "On Territorial Defense"
//
// Callers resolve their subject here, then pass its id to a Cypher query
// (query/cypher/query.h's "resolve first, then pass the id" pattern).
#ifndef KG_QUERY_NAMES_NAME_RESOLUTION_H_
#define KG_QUERY_NAMES_NAME_RESOLUTION_H_

#include <optional>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "graph/model.h"
#include "graph/store.h"

namespace kg {

// The one node (of `kind`, when given) that `name` designates. Names are compared folded
// (graph/name_folding.h: case, accents, transliteration), trying in turn,
// and stopping at the first step that finds anything:
//   1. the name or an alias equal to `name`; for a law also the name
//      without a leading "the", "draft", "law" or "bill", and with "On "
//      before it, since law names are titles ("the law on territorial
//      defense" and "territorial defense" find "On Territorial Defense");
//      for an office also the title first ("Energy Minister" is looked up
//      as "Minister of Energy", "Vice Energy Minister" as "Vice Minister of
//      Energy");
//   2. names and aliases starting with it ("Minister of Labor" finds
//      "Minister of Labor and Social Protection");
//   3. names and aliases containing it as whole words ("territorial defense"
//      finds "Law on Territorial Defense", "Kobenova" finds "Gulzat
//      Kobenova"); this step reads every node of the kind.
// Short forms (data/query/short_forms.tsv: "PM", "MFA", "Türkiye") are
// looked up as what they stand for, then as typed.
// When a step finds several nodes and exactly one of them has one of those
// forms as its own name, that one is chosen, as in the store's
// identity rule; else, when exactly one is a person with the name as their
// surname ("Tokayev"), that person (not an event named after them; with no
// kind given, a one-word name that steps 1 or 2 find only as the start of
// other names is also tried as a surname, which reads every person);
// otherwise the name is ambiguous.
//
// Errors: NotFound when nothing matches; FailedPrecondition when several
// nodes match, its message listing them (up to 10), one per line, so that
// the user can pick; InvalidArgument for a name with no letters or digits.
absl::StatusOr<NodeRecord> ResolveName(const Store& store, std::string_view name,
                                       std::optional<NodeKind> kind);

// The nodes `name` may designate, by the same steps: one when ResolveName
// would choose it, else the candidates it would list (sorted by name, all of
// them). NotFound and InvalidArgument as ResolveName. For a search box that
// offers the choices.
absl::StatusOr<std::vector<NodeRecord>> FindNameCandidates(const Store& store,
                                                           std::string_view name,
                                                           std::optional<NodeKind> kind);

}  // namespace kg

#endif  // KG_QUERY_NAMES_NAME_RESOLUTION_H_
