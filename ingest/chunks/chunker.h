// Chunker: the second layer of the cascade. Groups a sentence's items (the
// recognizers' mentions and the remaining tokens, ingest/recognize/sentence_items.h)
// into phrases, using the word classes of ingest/words:
//
//   noun phrases  "the incoming Finance Minister", "its newly appointed first
//                 vice minister", "Health Minister Aigul Serikbayeva" (a
//                 title before a name: the person is the head), "his post",
//                 "X's appointment" (a possessor and a nominal head)
//   verb groups   "has not been appointed", "will be swiftly named", "to
//                 relieve", "stepped down": the main verb's lemma, its
//                 particle, voice, tense, negation and modal
//   one-word chunks: prepositions, conjunctions, relative pronouns,
//                 subordinators, commas and other punctuation, times
//
//   std::vector<Chunk> chunks = ChunkSentence(items, words);
//
// In: the items and one TaggedWord per token of the sentence. Out: chunks
// covering every item exactly once, in order. Deterministic, no state.
#ifndef KG_INGEST_CHUNKS_CHUNKER_H_
#define KG_INGEST_CHUNKS_CHUNKER_H_

#include <string>
#include <vector>

#include "ingest/recognize/sentence_items.h"
#include "ingest/words/word_tagger.h"

namespace kg {

enum class ChunkType : uint8_t {
  kNounPhrase,
  kVerbGroup,
  kPreposition,
  kConjunction,
  kRelative,
  kSubordinator,
  kComma,
  kPunctuation,  // other than a comma
  kTime,
  kOther,  // an adverb or particle on its own
};

std::string_view ChunkTypeName(ChunkType type);

struct VerbGroup {
  std::string lemma;                // of the main verb ("appoint", "be" for a bare "is")
  std::string particle;             // "down" in "stepped down", "over" in "took over"
  VerbForm form = VerbForm::kNone;  // of the main verb
  std::string modal;                // "will", "may", ...; "" when none
  bool passive = false;             // be + participle
  bool perfect = false;             // have + participle
  bool negated = false;
  bool infinitive = false;           // "to appoint", "to be named"
  std::vector<std::string> adverbs;  // lemmas of adverbs inside the group
};

struct Chunk {
  ChunkType type = ChunkType::kOther;
  size_t begin = 0;  // item range [begin, end)
  size_t end = 0;
  // Noun phrases: the mention the phrase names (the person of "Health
  // Minister X", the office of "the new Energy Minister"), else nullptr; its
  // item; the title written before a person; the possessor ("X's", "his"); the
  // lemma of the last noun when the head is not a mention ("appointment",
  // "post"); the determiner and adjectives' lemmas.
  const Mention* mention = nullptr;
  int head_item = -1;
  const Mention* title = nullptr;
  const Mention* possessor = nullptr;
  std::string head_lemma;
  bool head_names_person = false;  // the head noun names a person ("the diplomat")
  std::string determiner;
  std::vector<std::string> modifiers;
  // Verb groups.
  VerbGroup verb;
  int verb_item = -1;  // the main verb's item
  // One-word chunks: the word, lower case.
  std::string word;

  bool Names(MentionType type) const { return mention != nullptr && mention->type == type; }
};

std::vector<Chunk> ChunkSentence(const SentenceItems& items, const std::vector<TaggedWord>& words);

}  // namespace kg

#endif  // KG_INGEST_CHUNKS_CHUNKER_H_
