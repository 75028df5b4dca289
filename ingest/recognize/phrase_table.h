// PhraseTable: longest-match lookup of multi-word phrases over tokens, case-
// and apostrophe-insensitive ("lower house" matches "Lower House";
// "Prosecutor General’s Office" matches "Prosecutor General's Office").
//
//   PhraseTable<int> table;
//   table.Add("lower house", 7);
//   if (auto match = table.Match(tokens, i)) use(match->value, match->length);
#ifndef KG_INGEST_RECOGNIZE_PHRASE_TABLE_H_
#define KG_INGEST_RECOGNIZE_PHRASE_TABLE_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "ingest/reading/segmenter.h"

namespace kg {

template <typename T>
class PhraseTable {
 public:
  struct Match {
    const T* value;
    size_t length;  // in tokens
  };

  // Adds (or replaces) `phrase`, tokenized as the segmenter would.
  void Add(std::string_view phrase, T value) {
    std::vector<Token> tokens = Tokenize(phrase);
    if (tokens.empty()) return;
    std::string key;
    for (size_t i = 0; i < tokens.size(); ++i) {
      if (i > 0) key += ' ';
      key += NormalizeTokenText(tokens[i].text);
    }
    if (tokens.size() > max_tokens_) max_tokens_ = tokens.size();
    entries_.insert_or_assign(std::move(key), std::move(value));
  }

  // The longest phrase starting at tokens[begin], not reaching past `end`.
  std::optional<Match> MatchAt(const std::vector<Token>& tokens, size_t begin,
                               size_t end = static_cast<size_t>(-1)) const {
    if (end > tokens.size()) end = tokens.size();
    std::string key;
    std::optional<Match> best;
    for (size_t n = 1; n <= max_tokens_ && begin + n <= end; ++n) {
      if (n > 1) key += ' ';
      key += tokens[begin + n - 1].normalized;
      if (auto it = entries_.find(key); it != entries_.end()) best = Match{&it->second, n};
    }
    return best;
  }

  const T* Find(std::string_view phrase) const {
    auto it = entries_.find(absl::string_view(phrase.data(), phrase.size()));
    return it == entries_.end() ? nullptr : &it->second;
  }

  size_t size() const { return entries_.size(); }

 private:
  absl::flat_hash_map<std::string, T> entries_;
  size_t max_tokens_ = 0;
};

}  // namespace kg

#endif  // KG_INGEST_RECOGNIZE_PHRASE_TABLE_H_
