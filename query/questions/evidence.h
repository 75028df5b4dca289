// The articles and sentences behind a row of kg's built-in questions (`kg
// holders`, `kg career`, `kg law`): every row keeps where it came from.
#ifndef KG_QUERY_QUESTIONS_EVIDENCE_H_
#define KG_QUERY_QUESTIONS_EVIDENCE_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "graph/model.h"
#include "graph/store.h"

namespace kg::questions {

// One article's sentence stating a fact.
struct SourceSentence {
  std::string article_id;
  Date article_date;
  std::string sentence;

  friend bool operator==(const SourceSentence&, const SourceSentence&) = default;
};

// The observations of `edge`, in article id order, as sentences.
absl::StatusOr<std::vector<SourceSentence>> EdgeSentences(const Store& store, EdgeId edge);

// Sorts `sentences` by (article date, article id, sentence), undated articles
// last, and drops repeats of the same sentence from the same article (a row
// merged from several edges can see one sentence twice).
void NormalizeEvidence(std::vector<SourceSentence>* sentences);

// The article ids of `sentences`, sorted and unique: a row's `sources`.
std::vector<std::string> SourceIds(const std::vector<SourceSentence>& sentences);

}  // namespace kg::questions

#endif  // KG_QUERY_QUESTIONS_EVIDENCE_H_
