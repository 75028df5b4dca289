// AdjacencyBlock: every edge of one node, as one value of the `adjacency`
// family (key: the node id), so that a walk reads a node's neighbours with one
// point read instead of one RocksDB iterator step per edge (issue 10: those
// steps were most of a 2-hop walk). Internal to graph/.
//
//   std::string block;                                      // as stored
//   AdjacencyBlock::Apply({{AdjacencyEntry::Out(ref), true}}, &block);
//   AdjacencyBlock::ForEach(node, block, Direction::kBoth, std::nullopt,
//                           [](const EdgeRef& ref) { ...; return true; });
//
// Layout: a sequence of fixed 18-byte entries, sorted bytewise and unique:
//   direction(1: 0 out, 1 in) relation(1) other end(8, big-endian) edge id(8)
// Bytewise order is (direction, relation, other, id): a node's out entries in
// the order of its `out` keys, then its in entries in the order of its `in`
// keys, so a scan of the block visits edges exactly as a scan of the keys did.
// An empty block is not stored (the key is deleted).
//
// The block is derived data: ArticleWriter keeps it equal to the node's `out`
// and `in` keys in the same WriteBatch, and an upgrade from schema version 1
// builds it from those keys. Cost: a write that adds or removes an edge
// rewrites both endpoints' blocks (18 bytes an edge), so a hub's writes grow
// with its degree; reads are one Get and a linear pass (a binary search when a
// relation is given).
#ifndef KG_GRAPH_ADJACENCY_BLOCK_H_
#define KG_GRAPH_ADJACENCY_BLOCK_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/model.h"
#include "graph/store.h"

namespace kg {

// One entry, encoded (18 bytes), as seen from the node whose block holds it.
struct AdjacencyEntry {
  static constexpr size_t kSize = 18;
  // The entry of `ref` in its source's block and in its destination's block.
  static std::string Out(const EdgeRef& ref);
  static std::string In(const EdgeRef& ref);
};

class AdjacencyBlock {
 public:
  // Adds (true) or removes (false) encoded entries in `block`, keeping it
  // sorted and unique; adding a present entry or removing an absent one does
  // nothing. Deterministic: the result depends only on the set of entries.
  static void Apply(const std::vector<std::pair<std::string, bool>>& changes, std::string* block);

  // False when `block` is not a whole number of well-formed entries.
  static bool Valid(std::string_view block);

  // Visits the refs of `node`'s block in block order, as ScanAdjacency
  // promises (graph/store.h): out entries (kOut, kBoth), then in entries (kIn,
  // kBoth; with kBoth a self-loop's in entry is skipped, it was visited out).
  // `visit` returns false to stop. The block must be Valid.
  template <typename Visit>
  static void ForEach(NodeId node, std::string_view block, Direction direction,
                      std::optional<Relation> relation, const Visit& visit);

  // The parts of ForEach, for a reader whose block may move while it visits
  // (it finds entry i again after each visit): the entries of one direction
  // (and relation), [begin, end) in entries, and the ref of one entry of
  // `node`'s block.
  static std::pair<size_t, size_t> Range(std::string_view block, bool outgoing,
                                         std::optional<Relation> relation);
  static EdgeRef Decode(NodeId node, const char* entry);
};

template <typename Visit>
void AdjacencyBlock::ForEach(NodeId node, std::string_view block, Direction direction,
                             std::optional<Relation> relation, const Visit& visit) {
  for (const bool outgoing : {true, false}) {
    if ((outgoing && direction == Direction::kIn) || (!outgoing && direction == Direction::kOut)) {
      continue;
    }
    const auto [begin, end] = Range(block, outgoing, relation);
    for (size_t i = begin; i < end; ++i) {
      const EdgeRef ref = Decode(node, block.data() + i * AdjacencyEntry::kSize);
      if (!outgoing && direction == Direction::kBoth && ref.src == node) continue;
      if (!visit(ref)) return;
    }
  }
}

}  // namespace kg

#endif  // KG_GRAPH_ADJACENCY_BLOCK_H_
