// LeavePostsForNewOnes: a person appointed to a post leaves the post the
// sentence describes them by.
//
//   "X, formerly Deputy Prime Minister, was elected Speaker on 20 June"
//   "the President dismissed Y, replacing him with the mayor of Astana, X"
//   "he appointed his ambassador to the U.S. as foreign minister"
//
// The described post (a `held` fact of the appointee from the same sentence,
// with no end of its own and no start after the appointment) ends on the
// appointment's date, marked inferred. A sentence that keeps the old post
// ("also", "retained", "concurrently", "remains") ends nothing.
#ifndef KG_INGEST_RELATIONS_POST_MOVES_H_
#define KG_INGEST_RELATIONS_POST_MOVES_H_

#include <span>

#include "ingest/relations/relation_extractor.h"

namespace kg {

// `sentence_facts` are the drafts the extractors made from `input`'s sentence.
void LeavePostsForNewOnes(const ExtractionInput& input, std::span<FactDraft> sentence_facts);

}  // namespace kg

#endif  // KG_INGEST_RELATIONS_POST_MOVES_H_
