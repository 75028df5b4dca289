#include "ingest/words/word_lexicon.h"

#include <algorithm>
#include <span>

#include "absl/container/flat_hash_map.h"

namespace kg {
namespace {

using wordnet::Pos;

std::string_view StringAt(uint32_t offset) { return std::string_view(wordnet::kStrings + offset); }

const wordnet::Lemma* FindLemma(std::string_view word) {
  const wordnet::Lemma* begin = wordnet::kLemmas;
  const wordnet::Lemma* end = wordnet::kLemmas + wordnet::kLemmaCount;
  const wordnet::Lemma* it = std::lower_bound(
      begin, end, word,
      [](const wordnet::Lemma& l, std::string_view w) { return StringAt(l.word) < w; });
  return it != end && StringAt(it->word) == word ? it : nullptr;
}

bool IsLemmaOf(std::string_view word, Pos pos) {
  return (LemmaClasses(word) & wordnet::PosBit(pos)) != 0;
}

// WordNet's detachment rules, by part of speech: an ending and what replaces it.
struct Detachment {
  std::string_view suffix;
  std::string_view ending;
};
constexpr Detachment kNounRules[] = {{"s", ""},      {"ses", "s"},   {"xes", "x"},   {"zes", "z"},
                                     {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}};
constexpr Detachment kVerbRules[] = {{"s", ""},   {"ies", "y"}, {"es", "e"},  {"es", ""},
                                     {"ed", "e"}, {"ed", ""},   {"ing", "e"}, {"ing", ""}};
constexpr Detachment kAdjectiveRules[] = {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}};

bool IsConsonant(char c) {
  return c >= 'a' && c <= 'z' && std::string_view("aeiou").find(c) == std::string_view::npos;
}

// The lemma of `form` as part of speech `pos`, or "".
std::string Lemmatize(std::string_view form, Pos pos) {
  // Irregular forms: "took", "left", "men", "better".
  const wordnet::Exception* begin = wordnet::kExceptions;
  const wordnet::Exception* end = wordnet::kExceptions + wordnet::kExceptionCount;
  const wordnet::Exception* it = std::lower_bound(
      begin, end, form,
      [](const wordnet::Exception& e, std::string_view w) { return StringAt(e.inflected) < w; });
  for (; it != end && StringAt(it->inflected) == form; ++it) {
    if (it->pos == pos) return std::string(StringAt(it->lemma));
  }
  if (IsLemmaOf(form, pos)) return std::string(form);
  std::span<const Detachment> rules;
  switch (pos) {
    case wordnet::kNoun:
      rules = kNounRules;
      break;
    case wordnet::kVerb:
      rules = kVerbRules;
      break;
    case wordnet::kAdjective:
      rules = kAdjectiveRules;
      break;
    case wordnet::kAdverb:
      return "";
  }
  for (const Detachment& rule : rules) {
    if (form.size() <= rule.suffix.size() + 1 || !form.ends_with(rule.suffix)) continue;
    std::string candidate(form.substr(0, form.size() - rule.suffix.size()));
    candidate += rule.ending;
    if (IsLemmaOf(candidate, pos)) return candidate;
    // "stepped", "stopping": the consonant doubled before the ending.
    if (rule.ending.empty() && candidate.size() >= 3 &&
        candidate[candidate.size() - 1] == candidate[candidate.size() - 2] &&
        IsConsonant(candidate.back())) {
      candidate.pop_back();
      if (IsLemmaOf(candidate, pos)) return candidate;
    }
  }
  return "";
}

// Every part of speech `lower` is an inflection of, by WordNet's morphy.
WordForms AnalyzeInflected(std::string_view lower) {
  WordForms forms;
  for (Pos pos : {wordnet::kNoun, wordnet::kVerb, wordnet::kAdjective, wordnet::kAdverb}) {
    std::string lemma = Lemmatize(lower, pos);
    if (lemma.empty()) continue;
    const uint16_t classes = LemmaClasses(lemma);
    forms.classes |= classes & (wordnet::PosBit(pos) | wordnet::CommonBit(pos));
    if (pos == wordnet::kNoun) forms.classes |= classes & wordnet::kPersonNounBit;
    forms.lemma[pos] = std::move(lemma);
  }
  return forms;
}

}  // namespace

uint16_t LemmaClasses(std::string_view lemma) {
  const wordnet::Lemma* found = FindLemma(lemma);
  return found == nullptr ? 0 : found->classes;
}

const WordForms& AnalyzeWordForm(std::string_view lower) {
  // Bounded (about 10 MB): a long run of new words forgets the old ones, so
  // an input of random words cannot grow it (a 7 MB one peaks at 48 MB).
  constexpr size_t kMemoLimit = 1 << 14;
  thread_local absl::flat_hash_map<std::string, WordForms> memo;
  const absl::string_view key(lower.data(), lower.size());
  if (auto it = memo.find(key); it != memo.end()) return it->second;
  if (memo.size() >= kMemoLimit) memo.clear();
  WordForms forms = AnalyzeInflected(lower);
  // "reappointed", "re-elected", "reassigns": WordNet lists few verbs with
  // the prefix of repetition; the rest are the verb itself done again.
  if (!forms.Can(wordnet::kVerb)) {
    for (std::string_view prefix : {"re-", "re"}) {
      if (lower.size() <= prefix.size() + 3 || !lower.starts_with(prefix)) continue;
      WordForms base = AnalyzeInflected(lower.substr(prefix.size()));
      if (!base.Can(wordnet::kVerb)) continue;
      forms.classes |=
          base.classes & (wordnet::PosBit(wordnet::kVerb) | wordnet::CommonBit(wordnet::kVerb));
      forms.lemma[wordnet::kVerb] = std::string(prefix) + base.lemma[wordnet::kVerb];
      break;
    }
  }
  return memo.emplace(std::string(lower), std::move(forms)).first->second;
}

}  // namespace kg
