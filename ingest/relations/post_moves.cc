#include "ingest/relations/post_moves.h"

namespace kg {

void LeavePostsForNewOnes(const ExtractionInput& input, std::span<FactDraft> sentence_facts) {
  if (FindWord(input, 0,
               {"also", "retained", "retains", "retaining", "kept", "keeps", "keeping", "remained",
                "remains", "concurrently", "simultaneously", "continue", "continues"}) >= 0) {
    return;
  }
  for (const FactDraft& appointment : sentence_facts) {
    if (appointment.fact.relation != Relation::kAppointedTo || appointment.source_person < 0) {
      continue;
    }
    const Date& when = appointment.fact.time.date;
    if (when.empty()) continue;
    for (FactDraft& draft : sentence_facts) {
      Fact& held = draft.fact;
      if (held.relation != Relation::kHeld || draft.source_person != appointment.source_person ||
          held.target.name == appointment.fact.target.name) {
        continue;
      }
      // Only a post the person is described by: a title (now, or "former",
      // whose end, the article's date, is only a bound the appointment's
      // date tightens); not a career step the sentence tells.
      if (!draft.description) continue;
      if (!held.time.end.empty() && !held.time.end_inferred) continue;
      if (!held.time.start.empty() && held.time.start.FirstDay() > when.LastDay()) continue;
      held.time.end = when;
      held.time.end_inferred = true;
      held.time.as_of = Date();
    }
  }
}

}  // namespace kg
