#include "ingest/relations/post_moves.h"

#include "absl/container/flat_hash_map.h"

namespace kg {

void LeavePostsForNewOnes(const ExtractionInput& input, std::span<FactDraft> sentence_facts) {
  if (FindWord(input, 0,
               {"also", "retained", "retains", "retaining", "kept", "keeps", "keeping", "remained",
                "remains", "concurrently", "simultaneously", "continue", "continues"}) >= 0) {
    return;
  }
  // Each person's descriptions, so that a sentence listing many people
  // costs what it lists.
  absl::flat_hash_map<int, std::vector<FactDraft*>> descriptions;
  for (FactDraft& draft : sentence_facts) {
    if (draft.fact.relation == Relation::kHeld && draft.description && draft.source_person >= 0) {
      descriptions[draft.source_person].push_back(&draft);
    }
  }
  if (descriptions.empty()) return;
  for (const FactDraft& appointment : sentence_facts) {
    if (appointment.fact.relation != Relation::kAppointedTo || appointment.source_person < 0) {
      continue;
    }
    const Date& when = appointment.fact.time.date;
    auto it = descriptions.find(appointment.source_person);
    if (when.empty() || it == descriptions.end()) continue;
    for (FactDraft* draft : it->second) {
      Fact& held = draft->fact;
      if (held.target.name == appointment.fact.target.name) continue;
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
