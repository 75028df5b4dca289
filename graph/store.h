// Store: kg's graph on disk, in RocksDB, with Cap'n Proto records.
//
//   KG_ASSIGN_OR_RETURN(std::unique_ptr<Store> store, Store::Open("kg.db"));
//   KG_ASSIGN_OR_RETURN(Store::WriteOutcome outcome, store->WriteArticle(facts));
//   KG_RETURN_IF_ERROR(store->ScanEdges(id, Direction::kOut, Relation::kHeld,
//                                       [](const EdgeRecord& e) { ...; return true; }));
//
// Layout (column families; keys memcomparable, see graph/key_encoding.h):
//   nodes         node id                          -> proto::Node
//   names         folded alias, node id            -> ""
//   out           src, relation, dst, edge id      -> proto::Edge
//   in            dst, relation, src, edge id      -> ""
//   observations  edge id, article id              -> proto::Observation
//   articles      article id                       -> proto::Article
//   meta          name                             -> schema version, counters
//
// Contracts:
// - One article is one atomic WriteBatch with the WAL on: after a crash an
//   article is either fully in the store or not at all. `out` and `in` keys of
//   an edge are always written and deleted in the same batch.
// - Writing an article whose content hash is unchanged changes nothing.
//   Writing a changed version replaces that article's observations; edges
//   left with no observation are deleted, the others are recomputed.
// - The same fact from several articles is one edge with one observation per
//   article. An edge's time, stage, by and level are the merge of its
//   observations'.
// - Node identity: a NodeRef resolves to an existing node of the same kind
//   that has FoldName(ref.name) among its folded name and aliases (preferring
//   one whose own name folds equal, then the lowest id); otherwise a new node
//   is made. The ref's aliases are added to the node and every name and alias
//   is indexed, but aliases never decide identity: a surname alias must not
//   merge two people.
//
// Thread safety: reads may run concurrently with each other and with one
// writer; WriteArticle calls are serialized internally.
#ifndef KG_GRAPH_STORE_H_
#define KG_GRAPH_STORE_H_

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "graph/fact.h"
#include "graph/model.h"

namespace kg {

// A node id carries its kind in the top byte, so that scanning the nodes of
// one kind is a range scan: id = kind << 56 | sequence.
using NodeId = uint64_t;
using EdgeId = uint64_t;

inline constexpr NodeId MakeNodeId(NodeKind kind, uint64_t sequence) {
  return (static_cast<uint64_t>(kind) << 56) | (sequence & ((uint64_t{1} << 56) - 1));
}
inline constexpr NodeKind KindOfNodeId(NodeId id) { return static_cast<NodeKind>(id >> 56); }

struct NodeRecord {
  NodeId id = 0;
  NodeKind kind = NodeKind::kPerson;
  std::string name;
  std::vector<std::string> aliases;
  std::vector<std::pair<std::string, std::string>> attributes;
};

struct EdgeRecord {
  EdgeId id = 0;
  NodeId src = 0;
  NodeId dst = 0;
  Relation relation = Relation::kHeld;
  FactTime time;
  std::string stage;
  std::string by;
  std::string level;
  std::vector<std::string> sources;  // article ids, sorted
};

struct ObservationRecord {
  EdgeId edge = 0;
  std::string article_id;
  Date article_date;
  Evidence evidence;
  FactTime time;
  std::string stage;
  std::string by;
  std::string level;
};

struct ArticleRecord {
  std::string id;
  Date date;
  std::string title;
  std::string url;
  uint64_t content_hash = 0;
  std::vector<EdgeId> edge_ids;
  std::vector<NodeId> node_ids;
};

enum class Direction { kOut, kIn, kBoth };

struct StoreStats {
  std::map<NodeKind, uint64_t> nodes;
  std::map<Relation, uint64_t> edges;
  uint64_t observations = 0;
  uint64_t articles = 0;
  uint64_t names = 0;
  uint64_t bytes_on_disk = 0;  // SST and WAL files
};

struct StoreOptions {
  bool create_if_missing = true;
  bool read_only = false;
  // Test hook: called with the batch complete, just before it is committed.
  // A non-OK status aborts the write (nothing of the article is stored).
  std::function<absl::Status()> before_commit_for_testing;
};

class Store {
 public:
  // The on-disk format version this build reads and writes. Opening a store
  // of another version is a FailedPrecondition error naming both versions.
  static constexpr int kSchemaVersion = 1;

  // Opens (or creates) the store at `path`. NotFound when it does not exist
  // and create_if_missing is false.
  static absl::StatusOr<std::unique_ptr<Store>> Open(const std::string& path,
                                                     const StoreOptions& options = {});
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  enum class WriteOutcome { kAdded, kReplaced, kUnchanged };
  // Writes everything one article says, atomically (see the contracts above).
  absl::StatusOr<WriteOutcome> WriteArticle(const ArticleFacts& article);

  absl::StatusOr<std::optional<NodeRecord>> GetNode(NodeId id) const;
  absl::StatusOr<std::optional<EdgeRecord>> GetEdge(NodeId src, Relation relation, NodeId dst,
                                                    EdgeId id) const;
  absl::StatusOr<std::optional<ArticleRecord>> GetArticle(std::string_view id) const;

  // Ids of the nodes with a name or alias whose FoldName equals FoldName(name)
  // (or, with `prefix`, starts with it), optionally of one kind; sorted, unique.
  absl::StatusOr<std::vector<NodeId>> FindByName(std::string_view name, bool prefix,
                                                 std::optional<NodeKind> kind = {}) const;

  // Visits nodes in id order (all, or those of one kind). `visit` returns
  // false to stop early.
  absl::Status ScanNodes(std::optional<NodeKind> kind,
                         const std::function<bool(const NodeRecord&)>& visit) const;

  // Visits the edges leaving (kOut), entering (kIn) or touching (kBoth) a
  // node, optionally of one relation. A self-loop is visited once with kBoth.
  absl::Status ScanEdges(NodeId node, Direction direction, std::optional<Relation> relation,
                         const std::function<bool(const EdgeRecord&)>& visit) const;

  // Visits every edge once, in (src, relation, dst, id) order.
  absl::Status ScanAllEdges(const std::function<bool(const EdgeRecord&)>& visit) const;

  // Visits an edge's observations in article id order.
  absl::Status ScanObservations(EdgeId edge,
                                const std::function<bool(const ObservationRecord&)>& visit) const;

  absl::Status ScanArticles(const std::function<bool(const ArticleRecord&)>& visit) const;

  absl::StatusOr<StoreStats> Stats() const;

 private:
  class Impl;
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace kg

#endif  // KG_GRAPH_STORE_H_
