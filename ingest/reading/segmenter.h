// Segmenter: splits article text into sentences and tokens, keeping byte
// offsets into the original text so every fact can point at its sentence.
//
//   SegmentedText text = Segment(article.text);
//   for (const Sentence& s : text.sentences) ... s.tokens[i].text ...
//
// What is not a sentence end: initials ("K. Zhubanov"), abbreviations
// ("Mr.", "Jan.", "U.S.", "No."), decimals ("1.5"), and a period inside
// quotes followed by a lower-case word. A line break always ends a
// paragraph, and so a sentence (see UnwrapHardWrappedLines for text wrapped
// at a column). A sentence ends at
// '.', '!', '?' or '…' before a capital or a
// number (perhaps after an opening quote); closing quotes and brackets written
// against the terminal stay with its sentence ('...the law "On amnesty." It').
//
// Tokens: words keep internal hyphens and apostrophes ("Kassym-Jomart",
// "Ak-Zhol"), but a possessive "'s"/"’s" is its own token; "U.S." is one
// token; numbers keep their separators ("4,100", "1.5", "30th"); every
// other punctuation character is a token of its own.
#ifndef KG_INGEST_READING_SEGMENTER_H_
#define KG_INGEST_READING_SEGMENTER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kg {

struct Token {
  enum class Type : uint8_t { kWord, kNumber, kPunct };
  uint32_t begin = 0;  // byte offsets in the segmented text
  uint32_t end = 0;
  std::string_view text;
  // `text` as words are compared: ASCII lower case, the typographic
  // apostrophe as "'" (NormalizeTokenText). Computed once here because every
  // recognizer and pattern compares it.
  std::string normalized;
  Type type = Type::kWord;

  bool is_word() const { return type == Type::kWord; }
  // First character is an upper-case letter (ASCII or a Latin/Cyrillic
  // capital in UTF-8).
  bool capitalized() const;
  // True for punctuation tokens equal to `c`.
  bool is(char c) const { return type == Type::kPunct && text.size() == 1 && text[0] == c; }
};

struct Sentence {
  uint32_t begin = 0;  // byte span in the text, trimmed of surrounding space
  uint32_t end = 0;
  int paragraph = 0;  // 0-based paragraph index
  std::vector<Token> tokens;
};

struct SegmentedText {
  std::vector<Sentence> sentences;
};

// The form tokens are compared in: ASCII lower case, typographic apostrophe
// as "'".
std::string NormalizeTokenText(std::string_view text);

// `text` must outlive the result (tokens view into it).
SegmentedText Segment(std::string_view text);

// `text` with the line breaks of hard-wrapped paragraphs made spaces, so that
// a sentence runs on across them; byte for byte the same length, so offsets
// into either agree. Text is hard-wrapped (cables, plain-text wire copy)
// when every line is short and many of the longer ones stop mid-sentence;
// there a line that reaches the wrap column runs on into the next, and a
// shorter one (a heading, a paragraph's last line) ends its paragraph. Other
// text comes back unchanged.
std::string UnwrapHardWrappedLines(std::string_view text);

// Tokenizes one span of text (no sentence splitting); offsets are relative to
// `text` plus `base`.
std::vector<Token> Tokenize(std::string_view text, uint32_t base = 0);

}  // namespace kg

#endif  // KG_INGEST_READING_SEGMENTER_H_
