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
    for (FactDraft& described : sentence_facts) {
      Fact& held = described.fact;
      if (held.relation != Relation::kHeld || described.source_person != appointment.source_person ||
          held.target.name == appointment.fact.target.name) {
        continue;
      }
      // A stated end stands; a "former" post's end (the article's date) is
      // only a bound, and the appointment's date is a tighter one.
      if (!held.time.end.empty() && !held.time.end_inferred) continue;
      if (!held.time.start.empty() && held.time.start.FirstDay() > when.LastDay()) continue;
      held.time.end = when;
      held.time.end_inferred = true;
      held.time.as_of = Date();
    }
  }
}

}  // namespace kg
