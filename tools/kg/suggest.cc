#include "tools/kg/suggest.h"

#include <algorithm>
#include <cctype>

namespace kg {

size_t EditDistance(std::string_view a, std::string_view b) {
  const auto same = [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) ==
           std::tolower(static_cast<unsigned char>(y));
  };
  // Three rows of the dynamic programme: i-2, i-1 and i.
  std::vector<size_t> before(b.size() + 1), previous(b.size() + 1), current(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) previous[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t cost = same(a[i - 1], b[j - 1]) ? 0 : 1;
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && same(a[i - 1], b[j - 2]) && same(a[i - 2], b[j - 1])) {
        current[j] = std::min(current[j], before[j - 2] + 1);
      }
    }
    before.swap(previous);
    previous.swap(current);
  }
  return previous[b.size()];
}

std::optional<std::string> ClosestName(std::string_view typed,
                                       const std::vector<std::string>& names) {
  if (typed.empty()) return std::nullopt;
  std::optional<std::string> best;
  size_t best_distance = 0;
  for (const std::string& name : names) {
    const size_t distance = EditDistance(typed, name);
    const size_t longer = std::max(typed.size(), name.size());
    const size_t allowed = std::clamp<size_t>(longer / 3, 1, 3);
    if (distance <= allowed && (!best.has_value() || distance < best_distance)) {
      best = name;
      best_distance = distance;
    }
  }
  if (best.has_value()) return best;
  std::vector<std::string> extending;
  for (const std::string& name : names) {
    if (name.size() > typed.size() && name.compare(0, typed.size(), typed) == 0) {
      extending.push_back(name);
    }
  }
  if (extending.size() == 1) return extending.front();
  return std::nullopt;
}

}  // namespace kg
