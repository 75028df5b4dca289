// EventExtractor: event nodes (meetings, visits, sittings, ceremonies) with
// participant_in and located_in (see the .cc for the constructions).
#ifndef KG_INGEST_RELATIONS_EVENT_EXTRACTOR_H_
#define KG_INGEST_RELATIONS_EVENT_EXTRACTOR_H_

#include <vector>

#include "ingest/relations/relation_extractor.h"

namespace kg {

class EventExtractor : public RelationExtractor {
 public:
  void Extract(const ExtractionInput& input, std::vector<FactDraft>* out) const override;
};

}  // namespace kg

#endif  // KG_INGEST_RELATIONS_EVENT_EXTRACTOR_H_
