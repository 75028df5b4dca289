// AppointmentExtractor: appointed_to and dismissed_from (see the .cc for the
// constructions it reads).
#ifndef KG_INGEST_RELATIONS_APPOINTMENT_EXTRACTOR_H_
#define KG_INGEST_RELATIONS_APPOINTMENT_EXTRACTOR_H_

#include <vector>

#include "ingest/relations/relation_extractor.h"

namespace kg {

class AppointmentExtractor : public RelationExtractor {
 public:
  AppointmentExtractor();
  void Extract(const ExtractionInput& input, std::vector<FactDraft>* out) const override;

 private:
  enum class Kind {
    kPassive,     // the person is the subject: "X was appointed Y"
    kActive,      // "Tokayev appointed X as Y" (may capture `by`)
    kHeads,       // "X will head <region or body>": the post is its head
    kHeadsGapped, // "A was headed by X, and B by Y": the second, verb left out
    kGovernment,  // "accepted the resignation of X's government": the premiership
    kReplacedBy,  // "Minister X resigned, to be replaced by Y": Y gets X's post
    kReplaces,    // "He replaces X": X leaves the post the article gave him
  };
  // "Among the deputies appointed by X are A, B and C."
  void ExtractAmong(const ExtractionInput& input, std::vector<FactDraft>* out) const;
  void ExtractReplacement(const ExtractionInput& input, const PatternMatch& match,
                          const std::vector<FactDraft>& so_far, std::vector<FactDraft>* out) const;
  struct Rule {
    Relation relation;
    Kind kind;
    Pattern pattern;
  };
  std::vector<Rule> rules_;
};

}  // namespace kg

#endif  // KG_INGEST_RELATIONS_APPOINTMENT_EXTRACTOR_H_
