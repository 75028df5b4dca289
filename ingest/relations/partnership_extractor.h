// PartnershipExtractor: partner_of between countries, with its level (see
// the .cc for the constructions it reads).
#ifndef KG_INGEST_RELATIONS_PARTNERSHIP_EXTRACTOR_H_
#define KG_INGEST_RELATIONS_PARTNERSHIP_EXTRACTOR_H_

#include <vector>

#include "ingest/relations/relation_extractor.h"

namespace kg {

class PartnershipExtractor : public RelationExtractor {
 public:
  void Extract(const ExtractionInput& input, std::vector<FactDraft>* out) const override;
};

}  // namespace kg

#endif  // KG_INGEST_RELATIONS_PARTNERSHIP_EXTRACTOR_H_
