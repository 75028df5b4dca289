// ArticleExtractor: everything kg reads out of one article, short of storing
// it. Segments the text, recognizes mentions sentence by sentence, resolves
// them against what the article said before (ArticleContext), runs the
// relation extractors, and returns the article's entities and facts, each
// fact with the sentence that stated it. `kg extract` prints the result;
// `kg ingest` hands it to Store::WriteArticle.
//
//   KG_ASSIGN_OR_RETURN(auto extractor, ArticleExtractor::Create(data_dir));
//   ArticleFacts facts = extractor->Extract(article);
//
// Deterministic: the same article and lexicons give the same facts. Immutable
// after Create, so one extractor may serve several threads.
#ifndef KG_INGEST_ARTICLE_EXTRACTOR_H_
#define KG_INGEST_ARTICLE_EXTRACTOR_H_

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "graph/fact.h"
#include "ingest/discourse/holder_lookup.h"
#include "ingest/discourse/jurisdiction.h"
#include "ingest/reading/article.h"
#include "ingest/recognize/lexicon.h"
#include "ingest/recognize/sentence_analyzer.h"
#include "ingest/relations/relation_extractor.h"
#include "ingest/relations/verb_classes.h"
#include "ingest/words/word_tagger.h"

namespace kg {

class ArticleExtractor {
 public:
  // Loads the lexicons from `data_dir` (kg's data/lexicon lives at
  // `data_dir`/lexicon, the word classes and verb classes at
  // `data_dir`/words). NotFound or DataLoss when a file is missing or
  // malformed.
  static absl::StatusOr<std::unique_ptr<ArticleExtractor>> Create(const std::string& data_dir);

  // `graph`, when given, names the holders of posts the article mentions
  // without a person (see ingest/discourse/holder_lookup.h).
  ArticleFacts Extract(const Article& article, const HolderLookup* graph = nullptr) const;

  // For `kg extract --format explain`: called once per sentence with what
  // was recognized in it, before facts are extracted.
  using SentenceObserver =
      std::function<void(const AnalyzedSentence& sentence, const ArticleContext& context)>;
  ArticleFacts Extract(const Article& article, const SentenceObserver& observer,
                       const HolderLookup* graph = nullptr) const;

  const Lexicon& lexicon() const { return *lexicon_; }

  // The content_hash Extract gives `article`, without extracting: `kg ingest`
  // skips an article the store already holds with this hash.
  uint64_t ContentHash(const Article& article) const {
    return article.ContentHash() ^ fingerprint_;
  }

  // Bump when a rule changes what is extracted: the store keeps an article
  // whose content hash it has seen, so the hash mixes in this version and the
  // lexicons' bytes, and re-ingesting after an upgrade rewrites the facts.
  static constexpr int kRulesVersion = 4;

 private:
  ArticleExtractor(std::unique_ptr<Lexicon> lexicon, WordTagger tagger, VerbClasses verb_classes,
                   uint64_t fingerprint);
  // The persons the article's credit lines name, as persons of the article
  // with the attribute credit=photo.
  void ReadCredits(const Article& article, ArticleContext& context) const;

  std::unique_ptr<Lexicon> lexicon_;
  WordTagger tagger_;
  VerbClasses verb_classes_;
  uint64_t fingerprint_;  // kRulesVersion and the lexicon files
  SentenceAnalyzer analyzer_;
  // Whose posts the article's titles name, applied to its facts last.
  std::optional<JurisdictionRules> jurisdiction_;
  std::vector<std::unique_ptr<RelationExtractor>> extractors_;
};

}  // namespace kg

#endif  // KG_INGEST_ARTICLE_EXTRACTOR_H_
