// SentenceItems: a sentence seen as a sequence of items, each either one
// recognized mention or one token that no mention covers. Relation patterns
// (ingest/relations/pattern.h) match over items.
#ifndef KG_INGEST_RECOGNIZE_SENTENCE_ITEMS_H_
#define KG_INGEST_RECOGNIZE_SENTENCE_ITEMS_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "ingest/recognize/mention.h"
#include "ingest/reading/segmenter.h"

namespace kg {

struct SentenceItem {
  const Token* token = nullptr;      // set for a plain token
  const Mention* mention = nullptr;  // set for a mention
  int mention_index = -1;            // index into the sentence's mentions
};

class SentenceItems {
 public:
  // `mentions` must not overlap; they may be in any order.
  SentenceItems(const Sentence& sentence, const std::vector<Mention>& mentions);

  size_t size() const { return items_.size(); }
  const SentenceItem& operator[](size_t i) const { return items_[i]; }
  const Sentence& sentence() const { return *sentence_; }

  // True when item i is a plain token whose normalized text is `word`.
  bool IsWord(size_t i, std::string_view word) const;
  // Item index of the mention with index `mention_index`, or -1.
  int ItemOfMention(int mention_index) const;

 private:
  const Sentence* sentence_;
  std::vector<SentenceItem> items_;
};

}  // namespace kg

#endif  // KG_INGEST_RECOGNIZE_SENTENCE_ITEMS_H_
