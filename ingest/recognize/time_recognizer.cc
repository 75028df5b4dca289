// Times: the TemporalNormalizer's expressions laid over a sentence's tokens.
#include "ingest/recognize/recognizer.h"
#include "ingest/time/temporal_normalizer.h"

namespace kg {

void RecognizeTimes(std::string_view text, Date article_date, MentionDraft& draft) {
  const Sentence& sentence = draft.sentence();
  if (draft.size() == 0) return;
  const std::string_view sentence_text = text.substr(sentence.begin, sentence.end - sentence.begin);
  static const TemporalNormalizer kNormalizer;
  for (TimeExpression expression : kNormalizer.Find(sentence_text, article_date)) {
    const size_t begin = sentence.begin + expression.begin;
    const size_t end = sentence.begin + expression.end;
    size_t first = 0;
    while (first < draft.size() && draft.tokens()[first].begin < begin) ++first;
    size_t last = first;
    while (last < draft.size() && draft.tokens()[last].end <= end) ++last;
    if (first >= last) continue;
    Mention mention;
    mention.type = MentionType::kTime;
    mention.first = first;
    mention.last = last;
    expression.begin = begin;
    expression.end = end;
    mention.time = expression;
    mention.name = std::string(text.substr(begin, end - begin));
    draft.Add(std::move(mention));
  }
}

void RecognizePronouns(MentionDraft& draft) {
  for (size_t i = 0; i < draft.size(); ++i) {
    if (!draft.IsFree(i)) continue;
    const std::string w = draft.Word(i);
    const bool feminine = w == "she" || w == "her" || w == "hers" || w == "herself";
    const bool masculine = w == "he" || w == "his" || w == "him" || w == "himself";
    const bool plural = w == "they" || w == "their" || w == "them";
    if (!feminine && !masculine && !plural) continue;
    Mention mention;
    mention.type = MentionType::kPronoun;
    mention.first = i;
    mention.last = i + 1;
    mention.name = w;
    mention.feminine = feminine;
    mention.plural = plural;
    draft.Add(std::move(mention));
  }
}

}  // namespace kg
