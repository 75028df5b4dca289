// StoreHolderLookup: the graph's answer to "who held this post on this
// date", for `kg ingest` (ingest/discourse/holder_lookup.h): the one holder
// questions::HoldersQuery finds at the date, remembered per post and date.
#ifndef KG_TOOLS_KG_STORE_HOLDER_LOOKUP_H_
#define KG_TOOLS_KG_STORE_HOLDER_LOOKUP_H_

#include <map>
#include <string>
#include <string_view>
#include <utility>

#include "graph/store.h"
#include "ingest/discourse/holder_lookup.h"

namespace kg {

class StoreHolderLookup : public HolderLookup {
 public:
  // `store` must outlive the lookup.
  explicit StoreHolderLookup(const Store& store) : store_(store) {}

  std::string HolderAt(std::string_view office, Date date) const override;

 private:
  const Store& store_;
  mutable std::map<std::pair<std::string, std::string>, std::string> cache_;
};

}  // namespace kg

#endif  // KG_TOOLS_KG_STORE_HOLDER_LOOKUP_H_
