#include "tools/kg/store_holder_lookup.h"

#include "query/questions/holders.h"

namespace kg {

std::string StoreHolderLookup::HolderAt(std::string_view office, Date date) const {
  auto key = std::make_pair(std::string(office), date.ToString());
  if (auto it = cache_.find(key); it != cache_.end()) return it->second;
  std::string holder;
  // Only an office known by exactly this name: a guess at a near name would
  // attribute a signature to the wrong person.
  auto answer = questions::HoldersQuery(store_, office);
  if (answer.ok() && answer->office.name == office) {
    // The last tenure begun by `date`: it counts when it had not ended by
    // then, or when it is only a sighting that nobody succeeded since (a
    // President seen in March is still President in April, unless the graph
    // knows of another).
    const questions::PostTenure* last = nullptr;
    for (const questions::PostTenure& row : answer->rows) {
      if (row.start.empty() || row.start.FirstDay() > date.LastDay()) continue;
      if (last == nullptr || row.start > last->start) last = &row;
    }
    if (last != nullptr &&
        (last->end.empty() || last->end.LastDay() >= date.FirstDay() || last->seen_only)) {
      holder = last->person;
    }
  }
  cache_.emplace(std::move(key), holder);
  return holder;
}

}  // namespace kg
