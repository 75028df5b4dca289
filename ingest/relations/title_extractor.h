// TitleExtractor: held (as_of, or ended by the article date) and member_of
// from posts named next to a person (see the .cc for the constructions).
#ifndef KG_INGEST_RELATIONS_TITLE_EXTRACTOR_H_
#define KG_INGEST_RELATIONS_TITLE_EXTRACTOR_H_

#include <vector>

#include "ingest/relations/relation_extractor.h"

namespace kg {

class TitleExtractor : public RelationExtractor {
 public:
  TitleExtractor();
  void Extract(const ExtractionInput& input, std::vector<FactDraft>* out) const override;

 private:
  Pattern before_name_;  // "Minister of Finance X"
  Pattern apposition_;   // "X, Chairperson of the Majilis,"
  Pattern previously_;   // "X, who had previously served as Y"
  Pattern held_since_;   // "Minister X, who had held the post since 2007"
  Pattern has_been_;     // "X has already been deputy minister, ..."
  Pattern retained_;     // "X, who also retained the post of Minister of Trade"
  Pattern entry_;        // "X (1968) – Ambassador of Kazakhstan to Norway"
};

}  // namespace kg

#endif  // KG_INGEST_RELATIONS_TITLE_EXTRACTOR_H_
