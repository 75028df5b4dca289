// The WordNet 3.0 tables compiled into kg at build time
// (ingest/words/wordnet_compile.cc writes wordnet_table.cc). Internal to
// ingest/words: read them through WordLexicon (word_lexicon.h).
#ifndef KG_INGEST_WORDS_WORDNET_TABLE_H_
#define KG_INGEST_WORDS_WORDNET_TABLE_H_

#include <cstddef>
#include <cstdint>

namespace kg::wordnet {

// Parts of speech in WordNet's order.
enum Pos : uint8_t { kNoun = 0, kVerb = 1, kAdjective = 2, kAdverb = 3 };

// Bits of Lemma::classes: bit p for "is a lemma of part of speech p", bit
// 4 + p for "and WordNet's sense-tagged corpus saw it so" (a common use),
// bit 8 for "a noun whose first sense names a person" (noun.person:
// "minister", "diplomat").
inline constexpr uint16_t PosBit(Pos pos) { return static_cast<uint16_t>(1u << pos); }
inline constexpr uint16_t CommonBit(Pos pos) { return static_cast<uint16_t>(1u << (4 + pos)); }
inline constexpr uint16_t kPersonNounBit = 1u << 8;

struct Lemma {
  uint32_t word;  // offset into kStrings
  uint16_t classes;
};

// An irregular form ("took" -> verb "take").
struct Exception {
  uint32_t inflected;  // offset into kStrings
  uint32_t lemma;      // offset into kStrings
  uint8_t pos;
};

// NUL-terminated strings; kLemmas sorted by word, kExceptions by inflected
// form (byte order), so both are searched by bisection.
extern const char kStrings[];
extern const Lemma kLemmas[];
extern const size_t kLemmaCount;
extern const Exception kExceptions[];
extern const size_t kExceptionCount;

}  // namespace kg::wordnet

#endif  // KG_INGEST_WORDS_WORDNET_TABLE_H_
