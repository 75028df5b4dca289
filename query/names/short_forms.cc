#include "query/names/short_forms.h"

#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "graph/name_folding.h"

namespace kg::embedded {
extern const char kShortFormsTsv[];
extern const unsigned long kShortFormsTsvSize;
}  // namespace kg::embedded

namespace kg {
namespace {

// Folded short form -> folded expansion, parsed once.
const absl::flat_hash_map<std::string, std::string>& ShortForms() {
  static const auto* const kForms = [] {
    auto* forms = new absl::flat_hash_map<std::string, std::string>;
    const std::string_view text(embedded::kShortFormsTsv, embedded::kShortFormsTsvSize);
    for (absl::string_view line :
         absl::StrSplit(absl::string_view(text.data(), text.size()), '\n')) {
      if (line.empty() || line.front() == '#') continue;
      const std::vector<absl::string_view> fields = absl::StrSplit(line, '\t');
      if (fields.size() < 2) continue;
      (*forms)[FoldName(std::string(fields[0]))] = FoldName(std::string(fields[1]));
    }
    return forms;
  }();
  return *kForms;
}

}  // namespace

std::optional<std::string> ExpandShortForms(const std::string& folded_name) {
  std::vector<std::string> words = absl::StrSplit(folded_name, ' ');
  bool expanded = false;
  for (std::string& word : words) {
    auto found = ShortForms().find(word);
    if (found == ShortForms().end()) continue;
    word = found->second;
    expanded = true;
  }
  if (!expanded) return std::nullopt;
  return absl::StrJoin(words, " ");
}

}  // namespace kg
