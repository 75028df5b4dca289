#include "query/questions/evidence.h"

#include <algorithm>
#include <tuple>

#include "graph/status_macros.h"

namespace kg::questions {

absl::StatusOr<std::vector<SourceSentence>> EdgeSentences(const Store& store, EdgeId edge) {
  std::vector<SourceSentence> sentences;
  KG_RETURN_IF_ERROR(store.ScanObservations(edge, [&](const ObservationRecord& observation) {
    sentences.push_back(
        {observation.article_id, observation.article_date, observation.evidence.sentence});
    return true;
  }));
  return sentences;
}

void NormalizeEvidence(std::vector<SourceSentence>* sentences) {
  std::sort(
      sentences->begin(), sentences->end(), [](const SourceSentence& a, const SourceSentence& b) {
        return std::make_tuple(a.article_date.empty(), a.article_date, a.article_id, a.sentence) <
               std::make_tuple(b.article_date.empty(), b.article_date, b.article_id, b.sentence);
      });
  sentences->erase(std::unique(sentences->begin(), sentences->end()), sentences->end());
}

std::vector<std::string> SourceIds(const std::vector<SourceSentence>& sentences) {
  std::vector<std::string> ids;
  ids.reserve(sentences.size());
  for (const SourceSentence& sentence : sentences) ids.push_back(sentence.article_id);
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

}  // namespace kg::questions
