// LawStageExtractor: drafted_by ... signed_by, submitted_to and
// entered_into_force (see the .cc for the constructions it reads).
#ifndef KG_INGEST_RELATIONS_LAW_STAGE_EXTRACTOR_H_
#define KG_INGEST_RELATIONS_LAW_STAGE_EXTRACTOR_H_

#include <vector>

#include "ingest/relations/relation_extractor.h"
#include "ingest/relations/verb_classes.h"

namespace kg {

class LawStageExtractor : public RelationExtractor {
 public:
  // `classes` (its law verbs) must outlive the extractor.
  explicit LawStageExtractor(const VerbClasses& classes) : classes_(classes) {}
  void Extract(const ExtractionInput& input, std::vector<FactDraft>* out) const override;

 private:
  const VerbClasses& classes_;
};

}  // namespace kg

#endif  // KG_INGEST_RELATIONS_LAW_STAGE_EXTRACTOR_H_
