// StoreDb: the RocksDB database under a Store — opening and checking it, its
// column families, and typed reads. Internal to graph/ (Store and
// ArticleWriter use it); other code goes through graph/store.h.
//
// All methods are const and safe to call from several threads: RocksDB's reads
// are thread-safe, and StoreDb holds no mutable state of its own.
#ifndef KG_GRAPH_STORE_DB_H_
#define KG_GRAPH_STORE_DB_H_

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "graph/key_encoding.h"
#include "graph/store.h"

namespace rocksdb {
class ColumnFamilyHandle;
class DB;
class PinnableSlice;
class Snapshot;
class Status;
enum class WALRecoveryMode : char;
}  // namespace rocksdb

namespace kg {

// Names in the `meta` family. Values are decimal text, readable with `ldb`.
inline constexpr std::string_view kMetaSchemaVersion = "schema_version";
inline constexpr std::string_view kMetaNextNodeSeq = "next_node_seq";
inline constexpr std::string_view kMetaNextEdgeId = "next_edge_id";

// A RocksDB status as an absl::Status with the canonical code closest to it;
// `context` says what was being done.
absl::Status FromRocksStatus(const rocksdb::Status& status, std::string_view context);

class StoreDb {
 public:
  // Opens the store at `path`, creating it (with a fresh `meta`) when it does
  // not exist and create_if_missing is set. Refuses, without modifying them, a
  // non-empty directory that is not a RocksDB database, a RocksDB database
  // without kg's column families or schema version, and a store of another
  // schema version.
  //
  // Creation is atomic: the store is built in a hidden sibling directory
  // (".NAME.creating-PID-XXXXXX") and renamed into place, so a crash leaves
  // no store or a whole one; siblings left by dead processes are removed.
  // Errors: Unavailable when another process has the store open for writing;
  // DataLoss, naming the file, when the store is damaged (a corrupt MANIFEST,
  // an unreadable table). A write-ahead log damaged before its end is
  // recovered up to the damage and the loss described in recovery_note().
  static absl::StatusOr<std::unique_ptr<StoreDb>> Open(const std::string& path,
                                                       bool create_if_missing, bool read_only);
  ~StoreDb();
  StoreDb(const StoreDb&) = delete;
  StoreDb& operator=(const StoreDb&) = delete;

  rocksdb::DB* db() const { return db_; }
  const std::string& path() const { return path_; }
  bool read_only() const { return read_only_; }
  // Empty, or what opening could not recover: "the write-ahead log 000012.log
  // is damaged: 3 articles written after the damage were lost ...".
  const std::string& recovery_note() const { return recovery_note_; }

  rocksdb::ColumnFamilyHandle* nodes() const { return families_[0]; }
  rocksdb::ColumnFamilyHandle* names() const { return families_[1]; }
  rocksdb::ColumnFamilyHandle* out() const { return families_[2]; }
  rocksdb::ColumnFamilyHandle* in() const { return families_[3]; }
  rocksdb::ColumnFamilyHandle* observations() const { return families_[4]; }
  rocksdb::ColumnFamilyHandle* articles() const { return families_[5]; }
  rocksdb::ColumnFamilyHandle* meta() const { return families_[6]; }
  // The per-node adjacency blocks (graph/adjacency_block.h); null for a store
  // of schema version 1 opened read-only, whose walks read the `out` and `in`
  // keys instead.
  rocksdb::ColumnFamilyHandle* adjacency() const {
    return schema_version_ >= 2 ? adjacency_ : nullptr;
  }
  // The facts derived from the edges into each node (Store's derived facts);
  // null for a store of schema version 1 or 2 opened read-only, which has
  // none.
  rocksdb::ColumnFamilyHandle* derived() const { return derived_; }
  int schema_version() const { return schema_version_; }
  // Brings a store of an older schema version, opened for writing, to
  // Store::kSchemaVersion (1 -> 2: builds the adjacency blocks from the keys,
  // a scan of `out` and `in`; 2 -> 3: the `derived` family, made at open,
  // and every node marked stale, a scan of `nodes`). Nothing to do for a current store;
  // FailedPrecondition for an old one opened read-only.
  absl::Status UpgradeSchema();
  // `node`'s adjacency block into `block` (pinned, no copy); false when the
  // node has no edge. adjacency() must not be null. DataLoss when corrupt.
  absl::StatusOr<bool> GetAdjacency(NodeId node, const rocksdb::Snapshot* snapshot,
                                    rocksdb::PinnableSlice* block) const;
  // The blocks of `nodes` (sorted, unique) in one batched read (MultiGet),
  // which costs a fraction of one Get per node: `visit` gets each node in
  // order, with an empty block when it has no edge, and returns false to
  // stop. DataLoss when a block is corrupt.
  absl::Status GetAdjacencies(
      const std::vector<NodeId>& nodes, const rocksdb::Snapshot* snapshot,
      const std::function<bool(NodeId node, std::string_view block)>& visit) const;

  // Point reads. nullopt when absent; DataLoss when the value is corrupt.
  // `snapshot` may be null for the latest state.
  absl::StatusOr<std::optional<std::string>> Get(rocksdb::ColumnFamilyHandle* family,
                                                 std::string_view key,
                                                 const rocksdb::Snapshot* snapshot = nullptr) const;
  absl::StatusOr<std::optional<NodeRecord>> GetNode(NodeId id) const;
  absl::StatusOr<std::optional<EdgeRecord>> GetEdge(
      const EdgeKey& key, const rocksdb::Snapshot* snapshot = nullptr) const;
  absl::StatusOr<std::optional<ArticleRecord>> GetArticle(std::string_view id) const;
  // The names entry node identity picks for a folded name among the nodes of
  // one kind (graph/store.h): the lowest id whose own name folds so, else the
  // lowest id with such an alias. Reads only that kind's entries, and stops
  // at the first own name.
  struct NameMatch {
    NodeId id = 0;
    bool is_node_name = false;
  };
  absl::StatusOr<std::optional<NameMatch>> BestNameMatch(std::string_view folded,
                                                         NodeKind kind) const;
  // Every node of `kind` with `folded` as its name or an alias, own names
  // first, then by id (for homonyms, when the best match is someone else).
  absl::StatusOr<std::vector<NameMatch>> NameMatches(std::string_view folded, NodeKind kind) const;
  // Visits the names entries of `folded` for `kind` in key (id) order until
  // `visit` returns false.
  absl::Status ScanNameMatches(std::string_view folded, NodeKind kind,
                               const std::function<bool(const NameMatch&)>& visit) const;
  // The table files of `family` outside its deepest level (past the first,
  // when that is level 0): what compacting the family would merge away.
  size_t StrayTables(rocksdb::ColumnFamilyHandle* family) const;

  // A meta counter; DataLoss when it is missing or not a number.
  absl::StatusOr<uint64_t> GetMetaNumber(std::string_view name) const;

  // Visits, in key order, the entries of `family` whose key starts with
  // `prefix` (every entry when it is empty). Stops early when `visit` returns
  // false, and returns its error if it fails. On `out` and `in`, a prefix of at
  // least kEdgePrefixSize bytes uses the prefix bloom filters.
  using Visitor = std::function<absl::StatusOr<bool>(std::string_view key, std::string_view value)>;
  absl::Status ScanPrefix(rocksdb::ColumnFamilyHandle* family, std::string_view prefix,
                          const Visitor& visit, const rocksdb::Snapshot* snapshot = nullptr) const;
  // The same over the key range [begin, end).
  absl::Status ScanRange(rocksdb::ColumnFamilyHandle* family, std::string_view begin,
                         std::string_view end, const Visitor& visit) const;

  // The edges whose `out` key starts with `prefix` (>= 8 bytes), in key order.
  absl::Status ScanOutEdges(std::string_view prefix,
                            const std::function<absl::StatusOr<bool>(const EdgeRecord&)>& visit,
                            const rocksdb::Snapshot* snapshot = nullptr) const;

 private:
  StoreDb(std::string path, bool read_only, rocksdb::DB* db,
          std::vector<rocksdb::ColumnFamilyHandle*> handles);
  absl::Status Scan(rocksdb::ColumnFamilyHandle* family, std::string_view begin,
                    std::string_view end, bool prefix_bounded, const Visitor& visit,
                    const rocksdb::Snapshot* snapshot) const;
  absl::Status CheckOrInitializeMeta(bool created);
  // Schema version 1 -> 2: each node's adjacency block, from the keys.
  absl::Status BuildAdjacencyBlocks();
  // Compacts each of `families` that has kMaxStrayTables stray tables or
  // more into one level (a writer does it when it closes): a rewrite of
  // the family, so it happens once in a few small ingests, or once at the
  // end of a large one, and a reader then opens few table files.
  absl::Status CompactStrayTables(const std::vector<rocksdb::ColumnFamilyHandle*>& families) const;
  static absl::StatusOr<std::unique_ptr<StoreDb>> OpenExisting(const std::string& path,
                                                               bool read_only);
  static absl::StatusOr<std::unique_ptr<StoreDb>> OpenRocks(
      const std::string& path, const std::vector<std::string>& present_families, bool create,
      bool read_only, rocksdb::WALRecoveryMode recovery);
  static absl::Status CreateStoreDirectory(const std::string& path);

  std::string path_;
  bool read_only_;
  std::string recovery_note_;
  rocksdb::DB* db_;
  // Every handle RocksDB returned (the default family included), to release.
  std::vector<rocksdb::ColumnFamilyHandle*> handles_;
  // kg's seven families, in the order of the accessors above.
  std::vector<rocksdb::ColumnFamilyHandle*> families_;
  rocksdb::ColumnFamilyHandle* adjacency_ = nullptr;  // one of handles_, or null
  rocksdb::ColumnFamilyHandle* derived_ = nullptr;    // one of handles_, or null
  int schema_version_ = 0;
};

}  // namespace kg

#endif  // KG_GRAPH_STORE_DB_H_
