// LawStageExtractor: drafted_by ... signed_by, submitted_to and
// entered_into_force (see the .cc for the constructions it reads).
#ifndef KG_INGEST_RELATIONS_LAW_STAGE_EXTRACTOR_H_
#define KG_INGEST_RELATIONS_LAW_STAGE_EXTRACTOR_H_

#include <vector>

#include "ingest/relations/relation_extractor.h"

namespace kg {

class LawStageExtractor : public RelationExtractor {
 public:
  void Extract(const ExtractionInput& input, std::vector<FactDraft>* out) const override;
};

}  // namespace kg

#endif  // KG_INGEST_RELATIONS_LAW_STAGE_EXTRACTOR_H_
