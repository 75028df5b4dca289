// SentenceAnalyzer: runs the recognizers (ingest/recognize/recognizer.h) over one
// sentence, in the order that lets each see what the earlier ones claimed:
//
//   times, countries and places, bodies, laws, names, posts, names known from
//   context, pronouns
//
// and lays the mentions over the tokens as SentenceItems for the relation
// patterns.
//
//   SentenceAnalyzer analyzer(lexicon);
//   AnalyzedSentence s = analyzer.Analyze(sentence, article.text, article.date, memory);
//   for (const Mention& m : s.mentions) ...
#ifndef KG_INGEST_RECOGNIZE_SENTENCE_ANALYZER_H_
#define KG_INGEST_RECOGNIZE_SENTENCE_ANALYZER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "graph/model.h"
#include "ingest/chunks/chunker.h"
#include "ingest/clauses/clause_roles.h"
#include "ingest/recognize/lexicon.h"
#include "ingest/recognize/mention.h"
#include "ingest/recognize/recognizer.h"
#include "ingest/reading/segmenter.h"
#include "ingest/recognize/sentence_items.h"
#include "ingest/words/word_tagger.h"

namespace kg {

struct AnalyzedSentence {
  const Sentence* sentence = nullptr;
  // Ordered by position; `entity` is filled in by the article's resolution.
  std::vector<Mention> mentions;
  // Views into `sentence` and `mentions`: rebuilt by Relayout() whenever
  // `mentions` is replaced.
  std::unique_ptr<SentenceItems> items;
  // The cascade's layers over the items, filled in once the article has
  // resolved the sentence's mentions (ArticleExtractor): a word class per
  // token, the chunks over `items`, the roles of each verb's clause.
  std::vector<TaggedWord> words;
  std::vector<Chunk> chunks;
  std::vector<Clause> clauses;

  void Relayout() { items = std::make_unique<SentenceItems>(*sentence, mentions); }
};

class SentenceAnalyzer {
 public:
  // `lexicon` must outlive the analyzer.
  explicit SentenceAnalyzer(const Lexicon& lexicon) : lexicon_(lexicon) {}

  // `text` is the article text the sentence's offsets point into; `memory`
  // is what the article named before it (surnames, so that a later
  // "Kobenova" alone is recognized; bodies, for "the agency").
  AnalyzedSentence Analyze(const Sentence& sentence, std::string_view text, Date article_date,
                           const ArticleMemory& memory) const;

 private:
  const Lexicon& lexicon_;
};

}  // namespace kg

#endif  // KG_INGEST_RECOGNIZE_SENTENCE_ANALYZER_H_
