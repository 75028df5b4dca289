// MergeArticleFacts: one article's facts without repetition.
//
// An article often states a fact twice (a headline-like lead, then the body;
// "Tokayev" in one sentence, "the Head of State" in the next). Facts with the
// same relation, ends and stage whose times agree (Date::CompatibleWith) are
// one fact: the merged time keeps the most precise value of each field, the
// evidence is the first sentence's. A title seen in passing (`held` with only
// `as_of`) is dropped when the article also says how the person got or left
// that post. partner_of is symmetric: its ends are put in name order.
#ifndef KG_INGEST_RELATIONS_FACT_MERGING_H_
#define KG_INGEST_RELATIONS_FACT_MERGING_H_

#include <cstdint>
#include <vector>

#include "graph/fact.h"

namespace kg {

std::vector<Fact> MergeArticleFacts(std::vector<Fact> facts);

// How many pairs of facts MergeArticleFacts compared on this thread, ever:
// what a test of its cost counts (it compares only facts of the same ends).
uint64_t FactComparisonsOnThisThread();

}  // namespace kg

#endif  // KG_INGEST_RELATIONS_FACT_MERGING_H_
