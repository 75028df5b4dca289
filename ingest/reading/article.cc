#include "ingest/reading/article.h"

#include <string_view>

namespace kg {
namespace {

// FNV-1a, 64 bits: defined byte by byte, so the value is the same on every
// machine and in every run (unlike std::hash or absl::Hash, which are seeded
// or implementation-defined). It only has to tell versions of one article
// apart, not resist an adversary.
constexpr uint64_t kFnvOffsetBasis = 14695981039346656037ull;
constexpr uint64_t kFnvPrime = 1099511628211ull;

void Mix(std::string_view bytes, uint64_t* hash) {
  for (char c : bytes) {
    *hash ^= static_cast<unsigned char>(c);
    *hash *= kFnvPrime;
  }
}

}  // namespace

uint64_t Article::ContentHash() const {
  uint64_t hash = kFnvOffsetBasis;
  // NUL never occurs in article text (the readers reject it), so it separates
  // the fields unambiguously: ("ab", "c") and ("a", "bc") hash differently.
  Mix(date.ToString(), &hash);
  Mix(std::string_view("\0", 1), &hash);
  Mix(title, &hash);
  Mix(std::string_view("\0", 1), &hash);
  Mix(text, &hash);
  // Nothing is mixed for an article without credits, so its hash is what it
  // was before credits were kept.
  for (const std::string& credit : credits) {
    Mix(std::string_view("\0", 1), &hash);
    Mix(credit, &hash);
  }
  return hash;
}

}  // namespace kg
