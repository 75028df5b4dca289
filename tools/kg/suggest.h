// "Did you mean ...?" for a mistyped subcommand or option: the closest of a
// list of names by edit distance, when it is close enough to be a typo.
//
//   ClosestName("holdrs", {"holders", "career", "law"})  // -> "holders"
//   ClosestName("xyz", {"holders", "career", "law"})     // -> nullopt
#ifndef KG_TOOLS_KG_SUGGEST_H_
#define KG_TOOLS_KG_SUGGEST_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kg {

// Optimal string alignment distance (insertions, deletions, substitutions
// and swaps of two adjacent characters each count 1), case-insensitive.
size_t EditDistance(std::string_view a, std::string_view b);

// The name nearest to `typed`, if its distance is at most a third of the
// longer word (at least 1, at most 3), or if `typed` is the beginning of
// exactly one name. Ties go to the earlier name.
std::optional<std::string> ClosestName(std::string_view typed,
                                       const std::vector<std::string>& names);

}  // namespace kg

#endif  // KG_TOOLS_KG_SUGGEST_H_
