// WordLexicon: what WordNet 3.0 says of an English word form, from the
// tables compiled into kg at build time (wordnet_table.h): the parts of
// speech it can be, and its lemma for each ("took" -> verb "take",
// "appointed" -> verb "appoint" and adjective "appointed", "ministers" ->
// noun "minister").
//
//   const WordForms forms = AnalyzeWordForm("reassigned");
//   if (forms.Can(wordnet::kVerb)) ... forms.lemma[wordnet::kVerb] == "reassign"
//
// Lemmas come the way WordNet's own morphy finds them: the exception lists
// first, then the form itself, then the detachment rules (-s, -es, -ies,
// -ed, -ing, -er, -est, a doubled final consonant), keeping a candidate only
// when it is a lemma of that part of speech. Forms are looked up in lower
// case (the caller folds case). Thread-safe (a per-thread memo of bounded
// size is the only state), no start-up cost.
#ifndef KG_INGEST_WORDS_WORD_LEXICON_H_
#define KG_INGEST_WORDS_WORD_LEXICON_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "ingest/words/wordnet_table.h"

namespace kg {

struct WordForms {
  // PosBit(p) when the form is a form of a lemma of part of speech p;
  // CommonBit(p) when that lemma is a common one of p.
  uint16_t classes = 0;
  std::array<std::string, 4> lemma;  // by wordnet::Pos; "" when not of that part

  bool Can(wordnet::Pos pos) const { return classes & wordnet::PosBit(pos); }
  bool Common(wordnet::Pos pos) const { return classes & wordnet::CommonBit(pos); }
  bool Known() const { return classes != 0; }
  // A noun whose most frequent sense is a person ("minister", "diplomat").
  bool PersonNoun() const { return classes & wordnet::kPersonNounBit; }
};

// `lower` is a lower-case word form. The reference stays valid until the
// calling thread's next call (answers are memoized per thread: news repeats
// its words, and a lookup is a dozen bisections).
const WordForms& AnalyzeWordForm(std::string_view lower);

// The classes bits of `lemma` itself (no morphology), 0 when WordNet has no
// such lemma.
uint16_t LemmaClasses(std::string_view lemma);

}  // namespace kg

#endif  // KG_INGEST_WORDS_WORD_LEXICON_H_
