#include "graph/law_names.h"

#include <algorithm>
#include <set>
#include <vector>

#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "graph/name_folding.h"

namespace kg {
namespace {

// Words every law title shares, compared folded (graph/name_folding.h).
const std::set<std::string>& SharedWords() {
  static const auto* words = [] {
    auto* folded = new std::set<std::string>;
    for (const char* word :
         {"on", "of", "the", "and", "a", "an", "in", "to", "for", "with", "by", "law", "laws",
          "bill", "draft", "agreement", "treaty", "convention", "between", "republic",
          "kazakhstan", "kazakh", "certain", "some", "its", "concerning", "regarding", "about"}) {
      folded->insert(FoldName(word));
    }
    return folded;
  }();
  return *words;
}

}  // namespace

std::string LawKey(std::string_view name) {
  std::set<std::string> stems;
  const std::string folded = FoldName(name);
  for (absl::string_view word : absl::StrSplit(folded, ' ', absl::SkipEmpty())) {
    std::string w(word);
    if (SharedWords().contains(w)) continue;
    stems.insert(w.substr(0, 5));
  }
  if (stems.size() < 2) return "";
  return "0law " + absl::StrJoin(stems, " ");
}

}  // namespace kg
