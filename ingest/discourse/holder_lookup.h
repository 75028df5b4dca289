// HolderLookup: what the graph already knows, for what an article leaves
// implicit. "The Head of State signed the law" names no one; the graph knows
// who was President on the article's date. ingest never reads the store, so
// `kg ingest` passes an implementation that asks it (tools/kg), and
// `kg extract`, which has no store, passes none.
#ifndef KG_INGEST_DISCOURSE_HOLDER_LOOKUP_H_
#define KG_INGEST_DISCOURSE_HOLDER_LOOKUP_H_

#include <string>
#include <string_view>

#include "graph/model.h"

namespace kg {

class HolderLookup {
 public:
  virtual ~HolderLookup() = default;
  // The full name of the one person who held `office` (a canonical post
  // name, "President") on `date`; "" when the graph knows none, or several.
  virtual std::string HolderAt(std::string_view office, Date date) const = 0;
};

}  // namespace kg

#endif  // KG_INGEST_DISCOURSE_HOLDER_LOOKUP_H_
