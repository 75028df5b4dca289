#include "ingest/chunks/law_descriptions.h"

#include <algorithm>

#include "ingest/recognize/recognizer.h"

namespace kg {
namespace {

bool IsLawNoun(const std::string& lemma) {
  return lemma == "law" || lemma == "bill" || lemma == "amendment" || lemma == "legislation";
}

// Prepositions that go on describing what a law does ("of", "from ... to",
// "on", "for"); any other opens an adjunct about the stage ("in the first
// reading", "at a meeting", "by the Senate").
bool Continues(const std::string& preposition) {
  return preposition == "of" || preposition == "from" || preposition == "to" ||
         preposition == "on" || preposition == "for" || preposition == "with" ||
         preposition == "into" || preposition == "against" || preposition == "between";
}

// The first token and one past the last token of chunks [begin, end).
std::pair<size_t, size_t> TokenSpan(const AnalyzedSentence& s, const std::vector<Chunk>& chunks,
                                    size_t begin, size_t end) {
  const SentenceItems& items = *s.items;
  auto first = [&](size_t item) {
    return items[item].token != nullptr
               ? static_cast<size_t>(items[item].token - s.sentence->tokens.data())
               : items[item].mention->first;
  };
  auto last = [&](size_t item) {
    return items[item].token != nullptr
               ? static_cast<size_t>(items[item].token - s.sentence->tokens.data()) + 1
               : items[item].mention->last;
  };
  return {first(chunks[begin].begin), last(chunks[end - 1].end - 1)};
}

}  // namespace

bool DescribeLaws(const std::vector<Chunk>& chunks, std::string_view text,
                  AnalyzedSentence* sentence) {
  std::vector<Mention> laws;
  for (size_t c = 0; c + 2 < chunks.size(); ++c) {
    const Chunk& head = chunks[c];
    if (head.type != ChunkType::kNounPhrase) continue;
    // A law already named ("the law on X") keeps its name; an anaphor ("the
    // bill") followed by a gerund is a description.
    const bool anaphor = head.mention != nullptr && head.mention->type == MentionType::kLaw &&
                         head.mention->name.empty();
    if (!anaphor && (head.mention != nullptr || !IsLawNoun(head.head_lemma))) continue;
    const Chunk& verb = chunks[c + 1];
    if (verb.type != ChunkType::kVerbGroup || verb.verb.form != VerbForm::kGerund ||
        verb.end - verb.begin != 1 || chunks[c + 2].type != ChunkType::kNounPhrase) {
      continue;
    }
    // The gerund's objects: phrases joined by "and", "of", "from ... to", and
    // a parenthesis ("(vapes)").
    size_t end = c + 3;
    while (end < chunks.size()) {
      const Chunk& next = chunks[end];
      if (next.type == ChunkType::kNounPhrase) {
        ++end;
      } else if ((next.type == ChunkType::kPreposition && Continues(next.word)) ||
                 (next.type == ChunkType::kConjunction && next.word == "and")) {
        if (end + 1 >= chunks.size() || chunks[end + 1].type != ChunkType::kNounPhrase) break;
        end += 2;
      } else if (next.type == ChunkType::kPunctuation && next.word == "(" &&
                 end + 2 < chunks.size() && chunks[end + 1].type == ChunkType::kNounPhrase &&
                 chunks[end + 2].type == ChunkType::kPunctuation && chunks[end + 2].word == ")") {
        end += 3;
      } else {
        break;
      }
    }
    auto [first, last] = TokenSpan(*sentence, chunks, c, end);
    // Without the determiner: "a draft law ..." is named "draft law ...".
    const auto& tokens = sentence->sentence->tokens;
    while (first < last &&
           (tokens[first].normalized == "a" || tokens[first].normalized == "an" ||
            tokens[first].normalized == "the" || tokens[first].normalized == "this")) {
      ++first;
    }
    Mention law;
    law.type = MentionType::kLaw;
    law.first = first;
    law.last = last;
    law.name = std::string(SpanText(tokens, first, last, text));
    laws.push_back(std::move(law));
    c = end - 1;
  }
  if (laws.empty()) return false;
  std::vector<Mention>& mentions = sentence->mentions;
  for (const Mention& law : laws) {
    mentions.erase(
        std::remove_if(mentions.begin(), mentions.end(),
                       [&](const Mention& m) { return m.first < law.last && law.first < m.last; }),
        mentions.end());
  }
  for (Mention& law : laws) mentions.push_back(std::move(law));
  std::sort(mentions.begin(), mentions.end(),
            [](const Mention& a, const Mention& b) { return a.first < b.first; });
  return true;
}

}  // namespace kg
