// Pattern: a relation pattern over a sentence's items (ingest/recognize/sentence_items.h),
// compiled from a small notation so that extractors are tables of readable
// patterns:
//
//   <person:who> [,] (was|has been|had been) appointed [as] <office:post>
//
// Notation (elements separated by spaces):
//   word          a plain token equal to `word`, case-insensitive; `a|b|c`
//                 alternatives; a trailing `*` matches a prefix (`appoint*`)
//   <type:role>   a mention of that type (person, office, org, country, place,
//                 law, time, pronoun, any), captured under `role`;
//                 `<type/q1|q2:role>` also requires the mention's category to
//                 be one of q1, q2; `<office/former>` a former post;
//                 `<person:who>+` a coordinated list ("A, B and C")
//   [ ... ]       optional (greedy)
//   ( a b | c )   alternatives, tried left to right
//   ~N            skips 0..N plain tokens (lazily; never skips a mention)
//   ~~N           skips 0..N items, mentions included except persons'
//   ^  $          start / end of the sentence (a final period is ignored)
//   \( \) \[ \]   a literal parenthesis or bracket
//
// Matching finds the leftmost match, then the next one after it.
// Thread-safe after Compile.
#ifndef KG_INGEST_RELATIONS_PATTERN_H_
#define KG_INGEST_RELATIONS_PATTERN_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "ingest/recognize/sentence_items.h"

namespace kg {

struct PatternMatch {
  size_t begin = 0;  // item range [begin, end)
  size_t end = 0;
  // role -> item indices (several for a list), in capture order.
  std::vector<std::pair<std::string, std::vector<size_t>>> captures;

  // The first item captured under `role`, or -1.
  int Item(std::string_view role) const;
  // All items captured under `role`.
  std::vector<size_t> Items(std::string_view role) const;
};

class Pattern {
 public:
  static absl::StatusOr<Pattern> Compile(std::string_view notation);

  // Every non-overlapping match, left to right.
  std::vector<PatternMatch> FindAll(const SentenceItems& items) const;

  // How many items this thread's matchers have stepped over (patterns
  // tried, list members read), so that a test can check a sentence's cost
  // grows with its length, not with a power of it.
  static uint64_t StepsOnThisThread();

  struct Node;

 private:
  std::shared_ptr<const std::vector<Node>> nodes_;
  // The words of the first word the pattern cannot match without (a top-level
  // plain word): a sentence with none of them cannot match, and most
  // sentences are skipped on that test alone.
  std::vector<std::string> required_words_;
};

}  // namespace kg

#endif  // KG_INGEST_RELATIONS_PATTERN_H_
