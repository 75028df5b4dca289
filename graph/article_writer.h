// ArticleWriter: turns one ArticleFacts into the RocksDB WriteBatch that
// stores it. Internal to graph/ (Store::WriteArticle owns the lock, the
// counters and the commit); the rules it applies are the contracts in
// graph/store.h.
//
//   ArticleWriter writer(db, article, next_node_seq, next_edge_id);
//   rocksdb::WriteBatch batch;
//   KG_RETURN_IF_ERROR(writer.Build(old_article, &batch));
//   ... commit batch, then adopt writer.next_node_seq() / next_edge_id().
//
// Everything the batch will change is kept in memory until Build ends, and
// every read looks there before RocksDB: a node made by the article's first
// fact is found again by its third, an edge emptied by retracting the old
// version can be taken up again by the new one. Reads of RocksDB are point
// lookups and prefix scans (one name, one src-relation-dst triple, one
// edge's observations), never a full scan.
//
// Not thread-safe; one writer builds one batch and is then discarded.
#ifndef KG_GRAPH_ARTICLE_WRITER_H_
#define KG_GRAPH_ARTICLE_WRITER_H_

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "graph/edge_merge.h"
#include "graph/fact.h"
#include "graph/store.h"
#include "graph/store_counts.h"
#include "graph/store_db.h"

namespace rocksdb {
class WriteBatch;
}  // namespace rocksdb

namespace kg {

// InvalidArgument when `article` cannot be stored: an empty id, an unknown
// node kind or relation, a name that folds to nothing.
absl::Status ValidateArticle(const ArticleFacts& article);

class ArticleWriter {
 public:
  // `db` and `article` must outlive the writer. The counters are the next
  // node sequence and edge id as committed in `meta`.
  ArticleWriter(const StoreDb& db, const ArticleFacts& article, uint64_t next_node_seq,
                uint64_t next_edge_id);
  ArticleWriter(const ArticleWriter&) = delete;
  ArticleWriter& operator=(const ArticleWriter&) = delete;

  // Fills `batch` with the article's writes: the retraction of `old` (the
  // stored version of the same article, if any), then the new facts. The
  // article must have passed ValidateArticle.
  absl::Status Build(const std::optional<ArticleRecord>& old, rocksdb::WriteBatch* batch);

  // The counters after Build, to adopt once the batch is committed.
  uint64_t next_node_seq() const { return next_node_seq_; }
  uint64_t next_edge_id() const { return next_edge_id_; }
  // What the batch changes in the store's counts (graph/store_counts.h).
  const StoreCounts& count_changes() const { return count_changes_; }
  // The edges and nodes the batch changes (Store::WriteChanges), after Build.
  Store::WriteChanges changes() const;

 private:
  struct PendingNode {
    NodeRecord record;
    std::set<std::string> folded;  // folded name and aliases, all indexed
    bool dirty = false;
    // The stored record's name and attributes, for changes(): empty for a
    // node made here.
    std::string stored_name;
    std::vector<std::pair<std::string, std::string>> stored_attributes;
  };
  using NameEntry = StoreDb::NameMatch;
  enum class EdgeState { kClean, kDirty, kDeleted };
  struct PendingEdge {
    EdgeRecord record;
    EdgeSupport support;
    EdgeState state = EdgeState::kClean;
    // The stored edge's time when it was read; nullopt for one made here.
    std::optional<FactTime> stored_time;
  };
  using Triple = std::tuple<NodeId, Relation, NodeId>;

  absl::Status Retract(const ArticleRecord& old);
  absl::StatusOr<NodeId> ResolveNode(const NodeRef& given);
  absl::Status AddFact(const Fact& fact);
  void Flush(rocksdb::WriteBatch* batch);
  absl::Status FlushAdjacency(rocksdb::WriteBatch* batch);
  absl::Status NameEdgeEnds();

  absl::StatusOr<std::optional<NameEntry>> BestMatch(const std::string& folded, NodeKind kind);
  // Among the nodes named `folded`, the first whose birth year does not
  // contradict `ref`'s; nullptr when every one does.
  absl::StatusOr<PendingNode*> HomonymFor(const NodeRef& ref, const std::string& folded);
  void AddName(const std::string& folded, NodeId id, bool is_node_name);
  absl::StatusOr<PendingNode*> LoadNode(NodeId id);
  void MergeIntoNode(const NodeRef& ref, PendingNode* node);
  absl::StatusOr<PendingEdge*> LoadEdge(const EdgeRef& ref);
  absl::Status LoadTriple(const Triple& triple);
  absl::Status Recompute(PendingEdge* edge);
  void NoteEdge(const EdgeRef& ref);

  const StoreDb& db_;
  const ArticleFacts& article_;
  const uint64_t first_node_seq_;  // ids from here on are made by this batch
  const uint64_t first_edge_id_;
  uint64_t next_node_seq_;
  uint64_t next_edge_id_;
  bool replacing_ = false;       // a stored version is being replaced
  size_t old_observations_ = 0;  // the edges the stored version observed
  StoreCounts count_changes_;

  std::map<NodeId, PendingNode> nodes_;
  // RocksDB's best match for each (folded name, kind) looked up so far.
  std::map<std::pair<std::string, NodeKind>, std::optional<NameEntry>> stored_matches_;
  // The names entries this batch adds, by folded name.
  std::map<std::string, std::vector<NameEntry>> new_names_;
  // Edges read or changed, in `out` key order, so a triple's edges are adjacent.
  std::map<EdgeRef, PendingEdge> edges_;
  std::set<Triple> loaded_triples_;
  // This article's observations by edge: a value to write, nullopt to delete.
  std::map<EdgeId, std::optional<ObservationRecord>> observations_;

  std::vector<EdgeRef> article_edges_;
  std::set<EdgeId> article_edge_ids_;
  std::set<NodeId> article_nodes_;
};

}  // namespace kg

#endif  // KG_GRAPH_ARTICLE_WRITER_H_
