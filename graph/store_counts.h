// StoreCounts: the counts `kg stats` shows (graph/store.h's StoreStats, short
// of bytes on disk), kept in the `meta` family under "counts" and updated in
// each article's batch, so that reading them costs one point read instead of
// a scan of the store. Internal to graph/.
//
// Encoding (decimal text, readable with `ldb`): space-separated `key=value`,
// keys `n<kind>` (nodes of a kind), `e<relation>` (edges of a relation),
// `obs`, `art`, `names`; a key that is absent is 0.
#ifndef KG_GRAPH_STORE_COUNTS_H_
#define KG_GRAPH_STORE_COUNTS_H_

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "graph/store.h"

namespace kg {

inline constexpr std::string_view kMetaCounts = "counts";

struct StoreCounts {
  std::array<int64_t, 256> nodes{};  // by NodeKind
  std::array<int64_t, 256> edges{};  // by Relation
  int64_t observations = 0;
  int64_t articles = 0;
  int64_t names = 0;

  void Add(const StoreCounts& delta);
  std::string Encode() const;
  // nullopt when `text` is not an encoding of counts.
  static std::optional<StoreCounts> Decode(std::string_view text);
  static StoreCounts FromStats(const StoreStats& stats);
  // The counts as StoreStats (bytes_on_disk left 0); kinds and relations
  // with a count of 0 are left out, as Store::Stats leaves them out.
  StoreStats ToStats() const;
};

}  // namespace kg

#endif  // KG_GRAPH_STORE_COUNTS_H_
