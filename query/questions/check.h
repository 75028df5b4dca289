// `kg check`: what the store says that cannot all be true, and names that
// are not names, over the whole store.
//
//   KG_ASSIGN_OR_RETURN(CheckReport report, CheckStore(store));
//   for (const CheckFinding& f : report.findings) ... f.kind, f.text, f.sources ...
//
// Each finding names the nodes and the articles behind it, so that a reader
// can tell the articles' own disagreements (two outlets giving two dates)
// from kg's (a wrong reading of one article). The checks:
//   two_holders      two people in a post of one holder at a time on the
//                    same days, by the tenures `kg holders` shows (a handover
//                    day, one's last and the other's first, is no overlap; a
//                    tenure of unknown start counts from what is known);
//   law_order        a law's stage dated before a stage that must precede it,
//                    or one stage on two dates (`kg law`'s contradictions);
//   before_birth     a post begun before the holder's birth year;
//   duplicate_person two person nodes one name key apart (the same folded
//                    name, or a decree form and a news form) with no birth
//                    year or sex to tell them apart;
//   junk_name        a law whose name has one content word or ends on a
//                    function word ("On AI Out"), a post with no content
//                    ("Minister"), a name of no letters.
#ifndef KG_QUERY_QUESTIONS_CHECK_H_
#define KG_QUERY_QUESTIONS_CHECK_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "graph/store.h"

namespace kg::questions {

struct CheckFinding {
  std::string kind;  // two_holders, law_order, before_birth, duplicate_person, junk_name
  std::string text;
  std::vector<NodeId> nodes;
  std::vector<std::string> sources;  // article ids, sorted, unique
};

struct CheckReport {
  std::vector<CheckFinding> findings;  // by kind, then text
};

// Errors: the store's.
absl::StatusOr<CheckReport> CheckStore(const Store& store);

}  // namespace kg::questions

#endif  // KG_QUERY_QUESTIONS_CHECK_H_
