// CareerExtractor: born_in, "the government was led by X since D", and the
// career phrases of a sentence the role rules (role_relation_extractor.h)
// read no post taken or held in ("held positions as an expert and head of
// the department at X"), named as written (see the .cc for the
// constructions).
#ifndef KG_INGEST_RELATIONS_CAREER_EXTRACTOR_H_
#define KG_INGEST_RELATIONS_CAREER_EXTRACTOR_H_

#include <vector>

#include "ingest/relations/relation_extractor.h"

namespace kg {

class CareerExtractor : public RelationExtractor {
 public:
  CareerExtractor();
  void Extract(const ExtractionInput& input, std::vector<FactDraft>* out) const override;

 private:
  void ExtractBirth(const ExtractionInput& input, std::vector<FactDraft>* out) const;
  void ExtractLedBy(const ExtractionInput& input, std::vector<FactDraft>* out) const;

  Pattern born_;          // "X was born in 1981 in Kyzylorda"
  Pattern born_fronted_;  // "Born in 1980 in Kyzylorda, X ..."
  Pattern led_by_;        // "Since 2019 the government was led by X"
};

}  // namespace kg

#endif  // KG_INGEST_RELATIONS_CAREER_EXTRACTOR_H_
