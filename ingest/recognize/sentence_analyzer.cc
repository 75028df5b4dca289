#include "ingest/recognize/sentence_analyzer.h"

#include "ingest/recognize/recognizer.h"

namespace kg {

AnalyzedSentence SentenceAnalyzer::Analyze(const Sentence& sentence, std::string_view text,
                                           Date article_date,
                                           const ArticleMemory& memory) const {
  MentionDraft draft(sentence);
  RecognizeTimes(text, article_date, memory.narrative, draft);
  RecognizeCountriesAndPlaces(lexicon_, draft);
  RecognizeOrganizations(lexicon_, text, draft);
  RecognizeLaws(lexicon_, text, draft);
  RecognizeNames(lexicon_, text, draft);
  RecognizeOffices(lexicon_, text, memory, draft);
  RecognizeContextualNames(lexicon_, text, memory, draft);
  RecognizePronouns(draft);
  AnalyzedSentence result;
  result.sentence = &sentence;
  result.mentions = std::move(draft).Finish();
  result.Relayout();
  return result;
}

}  // namespace kg
