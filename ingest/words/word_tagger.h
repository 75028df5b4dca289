// WordTagger: the first layer of the cascade. Gives every token of a
// sentence one word class and its lemma, so that the layers above
// (ingest/chunks, ingest/clauses) reason about "a determiner, two
// adjectives and a noun" or "a passive verb group whose lemma is
// 'reassign'" instead of listing the words a sentence may carry.
//
//   KG_ASSIGN_OR_RETURN(WordTagger tagger, WordTagger::Load(data_dir + "/words"));
//   std::vector<TaggedWord> words = tagger.Tag(sentence);  // one per token
//
// In: a segmented sentence. Out: one TaggedWord per token, in order.
// Function words come from our closed-class list (data/words/closed_class.tsv);
// every other word from WordNet (word_lexicon.h). A word WordNet gives
// several classes ("left", "appointed", "acting", "head") gets one from a
// few context rules, stated in word_tagger.cc next to each rule. A
// capitalized word inside the sentence that is not a function word is a
// proper noun. Immutable after Load; thread-safe.
#ifndef KG_INGEST_WORDS_WORD_TAGGER_H_
#define KG_INGEST_WORDS_WORD_TAGGER_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "ingest/reading/segmenter.h"

namespace kg {

enum class WordClass : uint8_t {
  kNoun,
  kProperNoun,
  kVerb,
  kAdjective,
  kAdverb,
  kDeterminer,
  kPossessive,  // his, her, their, 's
  kPronoun,
  kRelative,  // who, whom, whose, which
  kPreposition,
  kConjunction,   // and, or, but
  kSubordinator,  // after, before, when, that, ...
  kAuxiliary,     // forms of be, have, do
  kModal,
  kNegation,
  kTo,        // the infinitive marker or the preposition; the chunker decides
  kParticle,  // "down" in "step down"
  kNumber,
  kPunctuation,
};

std::string_view WordClassName(WordClass word_class);

// The inflection of a verb or auxiliary.
enum class VerbForm : uint8_t {
  kNone,
  kBase,        // appoint, be
  kPresent,     // appoints, is, has
  kPast,        // was, had, took
  kParticiple,  // appointed, taken, been
  kGerund,      // appointing, being
};

struct TaggedWord {
  WordClass word_class = WordClass::kNoun;
  VerbForm form = VerbForm::kNone;
  // Verbs and nouns: WordNet's lemma ("reassigned" -> "reassign"); function
  // words: the closed-class lemma ("was" -> "be"); else the lower-case form.
  std::string lemma;
  // A noun whose most frequent sense names a person ("diplomat", "minister",
  // "economist"): what a definite phrase may use to refer back to one.
  bool person_noun = false;
};

class WordTagger {
 public:
  // Reads `dir`/closed_class.tsv. NotFound or DataLoss when it is missing or
  // malformed.
  static absl::StatusOr<WordTagger> Load(const std::string& dir);

  std::vector<TaggedWord> Tag(const Sentence& sentence) const;

 private:
  struct ClosedWord {
    WordClass word_class;
    std::string lemma;
  };
  using ClosedWords = absl::flat_hash_map<std::string, ClosedWord>;
  static bool StartsObject(const Token& token, const ClosedWords& closed);
  ClosedWords closed_;
};

}  // namespace kg

#endif  // KG_INGEST_WORDS_WORD_TAGGER_H_
