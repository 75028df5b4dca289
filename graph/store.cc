#include "graph/store.h"

#include <rocksdb/db.h>
#include <rocksdb/metadata.h>
#include <rocksdb/transaction_log.h>
#include <rocksdb/write_batch.h>

#include <filesystem>
#include <mutex>
#include <tuple>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "graph/adjacency_block.h"
#include "graph/article_writer.h"
#include "graph/key_encoding.h"
#include "graph/name_folding.h"
#include "graph/records.h"
#include "graph/status_macros.h"
#include "graph/store_counts.h"
#include "graph/store_db.h"

namespace kg {
namespace {

rocksdb::Slice ToSlice(std::string_view s) { return rocksdb::Slice(s.data(), s.size()); }

// A RocksDB snapshot for the length of one scan, so that a scan that reads two
// families (in, then out) sees one state even while an article is written.
class ScopedSnapshot {
 public:
  explicit ScopedSnapshot(rocksdb::DB* db) : db_(db), snapshot_(db->GetSnapshot()) {}
  ~ScopedSnapshot() { db_->ReleaseSnapshot(snapshot_); }
  ScopedSnapshot(const ScopedSnapshot&) = delete;
  ScopedSnapshot& operator=(const ScopedSnapshot&) = delete;
  const rocksdb::Snapshot* get() const { return snapshot_; }

 private:
  rocksdb::DB* db_;
  const rocksdb::Snapshot* snapshot_;
};

// Counts the entries of one family.
absl::Status CountEntries(const StoreDb& db, rocksdb::ColumnFamilyHandle* family,
                          const rocksdb::Snapshot* snapshot, uint64_t* count,
                          const std::function<absl::Status(std::string_view key)>& each = {}) {
  return db.ScanPrefix(
      family, "",
      [&](std::string_view key, std::string_view) -> absl::StatusOr<bool> {
        ++*count;
        if (each) KG_RETURN_IF_ERROR(each(key));
        return true;
      },
      snapshot);
}

// An edge reported by more than kInlineSources articles is stored without its
// sources (graph/edge_merge.h): they are the article ids in the keys of its
// observations, which come sorted and unique.
absl::Status CompleteSources(const StoreDb& db, const rocksdb::Snapshot* snapshot,
                             EdgeRecord* edge) {
  if (!edge->sources.empty()) return absl::OkStatus();
  return db.ScanPrefix(
      db.observations(), ObservationPrefix(edge->id),
      [&](std::string_view key, std::string_view) -> absl::StatusOr<bool> {
        EdgeId id = 0;
        std::string article_id;
        if (!ParseObservationKey(key, &id, &article_id)) {
          return absl::DataLossError(absl::StrCat(db.path(), ": corrupt observation key"));
        }
        edge->sources.push_back(std::move(article_id));
        return true;
      },
      snapshot);
}

// The live table files and write-ahead logs, as RocksDB knows them: a
// directory listing would race with RocksDB purging obsolete files in the
// background (after a store is reopened), and count files being deleted.
uint64_t BytesOnDisk(const StoreDb& db) {
  uint64_t bytes = 0;
  std::vector<rocksdb::LiveFileMetaData> tables;
  db.db()->GetLiveFilesMetaData(&tables);
  for (const rocksdb::LiveFileMetaData& table : tables) bytes += table.size;
  rocksdb::VectorLogPtr logs;
  if (db.db()->GetSortedWalFiles(logs).ok()) {
    for (const auto& log : logs) bytes += log->SizeFileBytes();
  }
  return bytes;
}

// What an AdjacencyReader remembers at most: blocks of a million edges.
constexpr size_t kMaxRememberedBytes = (size_t{1} << 20) * AdjacencyEntry::kSize;

}  // namespace

class Store::Impl {
 public:
  Impl(std::unique_ptr<StoreDb> db, StoreOptions options, uint64_t next_node_seq,
       uint64_t next_edge_id, std::optional<StoreCounts> counts)
      : db_(std::move(db)),
        options_(std::move(options)),
        next_node_seq_(next_node_seq),
        next_edge_id_(next_edge_id),
        counts_(std::move(counts)) {}

  absl::StatusOr<WriteOutcome> WriteArticle(const ArticleFacts& article, WriteChanges* changes);
  absl::Status InitializeCounts(const StoreCounts& counts);
  absl::Status WriteDerived(const std::vector<DerivedFacts>& nodes);

  const StoreDb& db() const { return *db_; }
  // The counts in `meta` as of the last commit; nullopt for a store written
  // before they were kept, opened read-only (then Counts scans).
  std::optional<StoreCounts> counts() const {
    std::lock_guard<std::mutex> lock(write_mutex_);
    return counts_;
  }

 private:
  std::unique_ptr<StoreDb> db_;
  StoreOptions options_;
  // Serializes writers; guards the counters, which mirror `meta`.
  mutable std::mutex write_mutex_;
  uint64_t next_node_seq_;
  uint64_t next_edge_id_;
  std::optional<StoreCounts> counts_;
};

absl::StatusOr<Store::WriteOutcome> Store::Impl::WriteArticle(const ArticleFacts& article,
                                                              WriteChanges* changes) {
  if (db_->read_only()) {
    return absl::FailedPreconditionError(
        absl::StrCat("the store at ", db_->path(), " is open read-only"));
  }
  KG_RETURN_IF_ERROR(ValidateArticle(article));
  std::lock_guard<std::mutex> lock(write_mutex_);
  KG_ASSIGN_OR_RETURN(std::optional<ArticleRecord> old, db_->GetArticle(article.id));
  if (old.has_value() && old->content_hash == article.content_hash) {
    return WriteOutcome::kUnchanged;
  }
  ArticleWriter writer(*db_, article, next_node_seq_, next_edge_id_);
  rocksdb::WriteBatch batch;
  KG_RETURN_IF_ERROR(writer.Build(old, &batch));
  // A writable store always has its counts (Open made them).
  StoreCounts counts = *counts_;
  counts.Add(writer.count_changes());
  batch.Put(db_->meta(), ToSlice(kMetaCounts), counts.Encode());
  if (options_.before_commit_for_testing) {
    KG_RETURN_IF_ERROR(options_.before_commit_for_testing());
  }
  // The WAL is on (disableWAL is false): a crash keeps or drops the whole
  // batch. No fsync per article; a power loss may drop the latest articles
  // whole, never half of one.
  rocksdb::WriteOptions write_options;
  KG_RETURN_IF_ERROR(FromRocksStatus(db_->db()->Write(write_options, &batch),
                                     absl::StrCat("writing article ", article.id)));
  next_node_seq_ = writer.next_node_seq();
  next_edge_id_ = writer.next_edge_id();
  counts_ = counts;
  if (changes != nullptr) *changes = writer.changes();
  return old.has_value() ? WriteOutcome::kReplaced : WriteOutcome::kAdded;
}

absl::Status Store::Impl::WriteDerived(const std::vector<DerivedFacts>& nodes) {
  if (db_->read_only()) {
    return absl::FailedPreconditionError(
        absl::StrCat("the store at ", db_->path(), " is open read-only"));
  }
  rocksdb::WriteBatch batch;
  for (const DerivedFacts& node : nodes) {
    // The old facts one by one, not as a range: a refresh of every post
    // would leave tens of thousands of range tombstones for reads to pass.
    const std::string prefix = DerivedFactPrefix(node.node);
    KG_RETURN_IF_ERROR(db_->ScanPrefix(
        db_->derived(), prefix, [&](std::string_view key, std::string_view) -> absl::StatusOr<bool> {
          batch.Delete(db_->derived(), ToSlice(key));
          return true;
        }));
    for (const auto& [key, value] : node.facts) {
      batch.Put(db_->derived(), prefix + key, value);
    }
    batch.Put(db_->derived(), DerivedFreshKey(node.node), "");
    batch.Delete(db_->derived(), DerivedStaleKey(node.node));
  }
  // Under the writers' lock: an article written between this batch's making
  // and its commit would have its stale mark deleted with the others.
  std::lock_guard<std::mutex> lock(write_mutex_);
  return FromRocksStatus(db_->db()->Write(rocksdb::WriteOptions(), &batch),
                         "writing derived facts to " + db_->path());
}

absl::StatusOr<std::unique_ptr<Store>> Store::Open(const std::string& path,
                                                   const StoreOptions& options) {
  KG_ASSIGN_OR_RETURN(std::unique_ptr<StoreDb> db,
                      StoreDb::Open(path, options.create_if_missing, options.read_only));
  if (!options.read_only) KG_RETURN_IF_ERROR(db->UpgradeSchema());
  KG_ASSIGN_OR_RETURN(uint64_t next_node_seq, db->GetMetaNumber(kMetaNextNodeSeq));
  KG_ASSIGN_OR_RETURN(uint64_t next_edge_id, db->GetMetaNumber(kMetaNextEdgeId));
  KG_ASSIGN_OR_RETURN(std::optional<std::string> encoded, db->Get(db->meta(), kMetaCounts));
  std::optional<StoreCounts> counts;
  if (encoded.has_value()) {
    counts = StoreCounts::Decode(*encoded);
    if (!counts.has_value()) {
      return absl::DataLossError(absl::StrCat(path, ": meta 'counts' is not a list of counts"));
    }
  }
  auto store = std::unique_ptr<Store>(new Store(
      std::make_unique<Impl>(std::move(db), options, next_node_seq, next_edge_id, counts)));
  if (!counts.has_value() && !options.read_only) {
    // A store made before the counts were kept (or just created): count
    // once, by scanning, and keep the counts from now on.
    KG_ASSIGN_OR_RETURN(StoreStats stats, store->Stats());
    KG_RETURN_IF_ERROR(store->impl_->InitializeCounts(StoreCounts::FromStats(stats)));
  }
  return store;
}

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

const std::string& Store::recovery_note() const { return impl_->db().recovery_note(); }
Store::~Store() = default;

absl::StatusOr<Store::WriteOutcome> Store::WriteArticle(const ArticleFacts& article) {
  return impl_->WriteArticle(article, nullptr);
}

absl::StatusOr<Store::WriteOutcome> Store::WriteArticle(const ArticleFacts& article,
                                                        WriteChanges* changes) {
  if (changes != nullptr) *changes = {};
  return impl_->WriteArticle(article, changes);
}

absl::StatusOr<std::optional<NodeRecord>> Store::GetNode(NodeId id) const {
  return impl_->db().GetNode(id);
}

absl::StatusOr<std::optional<EdgeRecord>> Store::GetEdge(const EdgeRef& ref) const {
  const StoreDb& db = impl_->db();
  ScopedSnapshot snapshot(db.db());
  KG_ASSIGN_OR_RETURN(std::optional<EdgeRecord> edge, db.GetEdge(ref, snapshot.get()));
  if (edge.has_value()) KG_RETURN_IF_ERROR(CompleteSources(db, snapshot.get(), &*edge));
  return edge;
}

absl::StatusOr<std::optional<EdgeRecord>> Store::GetEdge(NodeId src, Relation relation, NodeId dst,
                                                         EdgeId id) const {
  return GetEdge(EdgeRef{.src = src, .relation = relation, .dst = dst, .id = id});
}

absl::StatusOr<std::optional<ArticleRecord>> Store::GetArticle(std::string_view id) const {
  return impl_->db().GetArticle(id);
}

absl::StatusOr<std::optional<NodeRecord>> Store::FindNode(std::string_view name,
                                                          NodeKind kind) const {
  const StoreDb& db = impl_->db();
  const std::string folded = FoldName(name);
  if (folded.empty()) return std::nullopt;
  KG_ASSIGN_OR_RETURN(std::optional<StoreDb::NameMatch> match, db.BestNameMatch(folded, kind));
  if (!match.has_value()) return std::nullopt;
  return db.GetNode(match->id);
}

absl::StatusOr<std::vector<NodeId>> Store::FindByName(std::string_view name, bool prefix,
                                                      std::optional<NodeKind> kind) const {
  const StoreDb& db = impl_->db();
  const std::string folded = FoldName(name);
  std::vector<NodeId> ids;
  if (folded.empty() && !prefix) return ids;
  KG_RETURN_IF_ERROR(
      db.ScanPrefix(db.names(), NameLookupPrefix(folded, prefix),
                    [&](std::string_view key, std::string_view) -> absl::StatusOr<bool> {
                      std::string ignored;
                      NodeId id = 0;
                      if (!ParseNameKey(key, &ignored, &id))
                        return absl::DataLossError("corrupt names key");
                      if (!kind.has_value() || KindOfNodeId(id) == *kind) ids.push_back(id);
                      return true;
                    }));
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

absl::Status Store::ScanNodes(std::optional<NodeKind> kind,
                              const std::function<bool(const NodeRecord&)>& visit) const {
  const StoreDb& db = impl_->db();
  auto each = [&](std::string_view, std::string_view value) -> absl::StatusOr<bool> {
    KG_ASSIGN_OR_RETURN(NodeRecord node, ParseNode(value));
    return visit(node);
  };
  if (!kind.has_value()) return db.ScanPrefix(db.nodes(), "", each);
  return db.ScanRange(db.nodes(), NodeKindBegin(*kind), NodeKindEnd(*kind), each);
}

absl::Status Store::ScanEdges(NodeId node, Direction direction, std::optional<Relation> relation,
                              const std::function<bool(const EdgeRecord&)>& visit) const {
  return ScanEdgeRecords(node, direction, relation, /*with_sources=*/true, visit);
}

absl::Status Store::ScanEdgesWithoutSources(
    NodeId node, Direction direction, std::optional<Relation> relation,
    const std::function<bool(const EdgeRecord&)>& visit) const {
  return ScanEdgeRecords(node, direction, relation, /*with_sources=*/false, visit);
}

absl::Status Store::ScanEdgeRecords(NodeId node, Direction direction,
                                    std::optional<Relation> relation, bool with_sources,
                                    const std::function<bool(const EdgeRecord&)>& visit) const {
  const StoreDb& db = impl_->db();
  ScopedSnapshot snapshot(db.db());
  const std::string prefix = EdgeScanPrefix(node, relation);
  bool stopped = false;
  if (direction != Direction::kIn) {
    KG_RETURN_IF_ERROR(db.ScanOutEdges(
        prefix,
        [&](const EdgeRecord& stored) -> absl::StatusOr<bool> {
          if (stored.sources.empty() && with_sources) {
            EdgeRecord edge = stored;
            KG_RETURN_IF_ERROR(CompleteSources(db, snapshot.get(), &edge));
            stopped = !visit(edge);
          } else {
            stopped = !visit(stored);
          }
          return !stopped;
        },
        snapshot.get()));
  }
  if (stopped || direction == Direction::kOut) return absl::OkStatus();
  return db.ScanPrefix(
      db.in(), prefix,
      [&](std::string_view key, std::string_view value) -> absl::StatusOr<bool> {
        EdgeKey ref;
        if (!ParseInKey(key, &ref)) return absl::DataLossError(db.path() + ": corrupt in key");
        // A self-loop was visited among the out edges.
        if (direction == Direction::kBoth && ref.src == node) return true;
        if (!value.empty()) {
          KG_ASSIGN_OR_RETURN(EdgeRecord edge, ParseEdge(value));
          if (edge.ref() != ref) {
            return absl::DataLossError(
                absl::StrCat(db.path(), ": edge ", ref.id, " does not match its in key"));
          }
          if (with_sources) KG_RETURN_IF_ERROR(CompleteSources(db, snapshot.get(), &edge));
          return visit(edge);
        }
        // A store written before in values held the record: read it from `out`.
        KG_ASSIGN_OR_RETURN(std::optional<EdgeRecord> edge, db.GetEdge(ref, snapshot.get()));
        if (!edge.has_value()) {
          return absl::DataLossError(
              absl::StrCat(db.path(), ": edge ", ref.id, " has an in key and no out key"));
        }
        if (with_sources) KG_RETURN_IF_ERROR(CompleteSources(db, snapshot.get(), &*edge));
        return visit(*edge);
      },
      snapshot.get());
}

absl::Status Store::ScanAdjacency(NodeId node, Direction direction,
                                  std::optional<Relation> relation,
                                  const std::function<bool(const EdgeRef&)>& visit) const {
  std::unique_ptr<AdjacencyReader> reader = NewAdjacencyReader();
  return reader->Scan(node, direction, relation, visit);
}

struct Store::AdjacencyReader::State {
  const StoreDb* db = nullptr;
  const rocksdb::Snapshot* snapshot = nullptr;
  rocksdb::PinnableSlice block;  // the last block read
  // Every block read so far, whole, one after another in `blocks`, found by
  // node in `offsets` (offset and size; size 0 for a node without edges): a
  // walk comes back to the same nodes (through parallel edges, from several
  // neighbours), and the snapshot does not change under it. Bounded. One
  // buffer rather than a record per node: a 2-hop walk around a hub reads
  // ten thousand blocks, and freeing them one by one cost a tenth of it.
  std::string blocks;
  absl::flat_hash_map<NodeId, std::pair<size_t, size_t>> offsets;

  // Keeps `block` of `node` when the bound allows; false when it does not.
  bool Remember(NodeId node, std::string_view block) {
    if (blocks.size() + block.size() > kMaxRememberedBytes) return false;
    offsets.emplace(node, std::make_pair(blocks.size(), block.size()));
    blocks.append(block);
    return true;
  }
  // A schema version 1 store read-only: no blocks, the keys are read.
  std::unique_ptr<rocksdb::Iterator> out;  // made on first use
  std::unique_ptr<rocksdb::Iterator> in;

  rocksdb::Iterator* Iterator(bool outgoing) {
    std::unique_ptr<rocksdb::Iterator>& it = outgoing ? out : in;
    if (it == nullptr) {
      rocksdb::ReadOptions options;
      options.snapshot = snapshot;
      // Every seek is to one node's prefix (kEdgePrefixSize bytes at least):
      // the bloom filters apply, and the iterator stops at the prefix's end.
      options.prefix_same_as_start = true;
      it.reset(db->db()->NewIterator(options, outgoing ? db->out() : db->in()));
    }
    return it.get();
  }
};

Store::AdjacencyReader::AdjacencyReader(std::unique_ptr<State> state) : state_(std::move(state)) {}

Store::AdjacencyReader::~AdjacencyReader() {
  state_->block.Reset();
  state_->out.reset();
  state_->in.reset();
  state_->db->db()->ReleaseSnapshot(state_->snapshot);
}

std::unique_ptr<Store::AdjacencyReader> Store::NewAdjacencyReader() const {
  auto state = std::make_unique<AdjacencyReader::State>();
  state->db = &impl_->db();
  state->snapshot = state->db->db()->GetSnapshot();
  return std::unique_ptr<AdjacencyReader>(new AdjacencyReader(std::move(state)));
}

absl::Status Store::AdjacencyReader::Scan(NodeId node, Direction direction,
                                          std::optional<Relation> relation,
                                          const std::function<bool(const EdgeRef&)>& visit) {
  if (state_->db->adjacency() != nullptr) {
    // The block is remembered (at `offset` in state_->blocks), or, past the
    // bound, held in `own` for this scan only.
    std::string own;
    size_t offset = 0, size = 0;
    bool remembered = true;
    if (auto it = state_->offsets.find(node); it != state_->offsets.end()) {
      std::tie(offset, size) = it->second;
    } else {
      KG_ASSIGN_OR_RETURN(const bool found,
                          state_->db->GetAdjacency(node, state_->snapshot, &state_->block));
      const std::string_view block =
          found ? std::string_view(state_->block.data(), state_->block.size()) : "";
      offset = state_->blocks.size();
      size = block.size();
      if (!state_->Remember(node, block)) {
        own = std::string(block);
        offset = 0;
        remembered = false;
      }
      state_->block.Reset();
    }
    // A nested scan may add to state_->blocks and move it: entries are
    // found again by index for each visit.
    auto entries = [&] {
      return std::string_view(remembered ? state_->blocks : own).substr(offset, size);
    };
    for (const bool outgoing : {true, false}) {
      if ((outgoing && direction == Direction::kIn) ||
          (!outgoing && direction == Direction::kOut)) {
        continue;
      }
      const auto [begin, end] = AdjacencyBlock::Range(entries(), outgoing, relation);
      for (size_t i = begin; i < end; ++i) {
        const EdgeRef ref =
            AdjacencyBlock::Decode(node, entries().data() + i * AdjacencyEntry::kSize);
        // A self-loop was visited among the out edges.
        if (!outgoing && direction == Direction::kBoth && ref.src == node) continue;
        if (!visit(ref)) return absl::OkStatus();
      }
    }
    return absl::OkStatus();
  }
  // The node's refs are read whole before any is visited: a walk's visitor
  // scans the next node with the same reader.
  std::vector<EdgeRef> refs;
  const std::string prefix = EdgeScanPrefix(node, relation);
  const rocksdb::Slice start(prefix.data(), prefix.size());
  for (const bool outgoing : {true, false}) {
    if ((outgoing && direction == Direction::kIn) || (!outgoing && direction == Direction::kOut)) {
      continue;
    }
    rocksdb::Iterator* it = state_->Iterator(outgoing);
    for (it->Seek(start); it->Valid() && it->key().starts_with(start); it->Next()) {
      const std::string_view key(it->key().data(), it->key().size());
      EdgeKey ref;
      if (!(outgoing ? ParseOutKey(key, &ref) : ParseInKey(key, &ref))) {
        return absl::DataLossError(state_->db->path() + ": corrupt adjacency key");
      }
      // A self-loop was visited among the out edges.
      if (!outgoing && direction == Direction::kBoth && ref.src == node) continue;
      refs.push_back(ref);
    }
    KG_RETURN_IF_ERROR(FromRocksStatus(it->status(), "scanning " + state_->db->path()));
  }
  for (const EdgeRef& ref : refs) {
    if (!visit(ref)) break;
  }
  return absl::OkStatus();
}

absl::Status Store::AdjacencyReader::Prefetch(std::vector<NodeId> nodes) {
  if (state_->db->adjacency() == nullptr) return absl::OkStatus();
  std::sort(nodes.begin(), nodes.end());
  nodes.erase(std::unique(nodes.begin(), nodes.end()), nodes.end());
  std::erase_if(nodes, [&](NodeId node) { return state_->offsets.contains(node); });
  // One Get is as cheap as a batch of one.
  if (nodes.size() < 2) return absl::OkStatus();
  // Past the bound, the rest are read when scanned.
  return state_->db->GetAdjacencies(nodes, state_->snapshot,
                                    [&](NodeId node, std::string_view block) {
                                      return state_->Remember(node, block);
                                    });
}

absl::StatusOr<std::vector<EdgeRecord>> Store::ListEdges(NodeId node, Direction direction,
                                                         std::optional<Relation> relation) const {
  std::vector<EdgeRecord> edges;
  KG_RETURN_IF_ERROR(ScanEdges(node, direction, relation, [&](const EdgeRecord& edge) {
    edges.push_back(edge);
    return true;
  }));
  return edges;
}

absl::Status Store::ScanAllEdges(const std::function<bool(const EdgeRecord&)>& visit) const {
  const StoreDb& db = impl_->db();
  ScopedSnapshot snapshot(db.db());
  return db.ScanOutEdges(
      "",
      [&](const EdgeRecord& stored) -> absl::StatusOr<bool> {
        if (!stored.sources.empty()) return visit(stored);
        EdgeRecord edge = stored;
        KG_RETURN_IF_ERROR(CompleteSources(db, snapshot.get(), &edge));
        return visit(edge);
      },
      snapshot.get());
}

absl::Status Store::ScanObservations(
    EdgeId edge, const std::function<bool(const ObservationRecord&)>& visit) const {
  const StoreDb& db = impl_->db();
  return db.ScanPrefix(db.observations(), ObservationPrefix(edge),
                       [&](std::string_view, std::string_view value) -> absl::StatusOr<bool> {
                         KG_ASSIGN_OR_RETURN(ObservationRecord observation,
                                             ParseObservation(edge, value));
                         return visit(observation);
                       });
}

absl::StatusOr<std::vector<ObservationRecord>> Store::ListObservations(EdgeId edge) const {
  std::vector<ObservationRecord> observations;
  KG_RETURN_IF_ERROR(ScanObservations(edge, [&](const ObservationRecord& observation) {
    observations.push_back(observation);
    return true;
  }));
  return observations;
}

absl::StatusOr<std::optional<ObservationRecord>> Store::GetObservation(
    EdgeId edge, std::string_view article_id) const {
  const StoreDb& db = impl_->db();
  KG_ASSIGN_OR_RETURN(std::optional<std::string> value,
                      db.Get(db.observations(), ObservationKey(edge, article_id)));
  if (!value.has_value()) return std::nullopt;
  KG_ASSIGN_OR_RETURN(ObservationRecord observation, ParseObservation(edge, *value));
  return observation;
}

absl::StatusOr<bool> Store::DerivedFresh(NodeId node) const {
  const StoreDb& db = impl_->db();
  if (db.derived() == nullptr) return false;
  KG_ASSIGN_OR_RETURN(std::optional<std::string> fresh,
                      db.Get(db.derived(), DerivedFreshKey(node)));
  if (!fresh.has_value()) return false;
  KG_ASSIGN_OR_RETURN(std::optional<std::string> stale,
                      db.Get(db.derived(), DerivedStaleKey(node)));
  return !stale.has_value();
}

absl::StatusOr<std::optional<std::string>> Store::GetDerived(NodeId node,
                                                            std::string_view key) const {
  KG_ASSIGN_OR_RETURN(bool fresh, DerivedFresh(node));
  if (!fresh) return std::nullopt;
  const StoreDb& db = impl_->db();
  return db.Get(db.derived(), DerivedFactPrefix(node) + std::string(key));
}

absl::Status Store::ScanDerived(
    NodeId node,
    const std::function<bool(std::string_view key, std::string_view value)>& visit) const {
  KG_ASSIGN_OR_RETURN(bool fresh, DerivedFresh(node));
  if (!fresh) return absl::OkStatus();
  const StoreDb& db = impl_->db();
  const std::string prefix = DerivedFactPrefix(node);
  return db.ScanPrefix(db.derived(), prefix,
                       [&](std::string_view key, std::string_view value) -> absl::StatusOr<bool> {
                         return visit(key.substr(prefix.size()), value);
                       });
}

absl::Status Store::ScanStaleNodes(const std::function<bool(NodeId)>& visit) const {
  const StoreDb& db = impl_->db();
  if (db.derived() == nullptr) return absl::OkStatus();
  return db.ScanPrefix(db.derived(), DerivedStalePrefix(),
                       [&](std::string_view key, std::string_view) -> absl::StatusOr<bool> {
                         NodeId node = 0;
                         if (!ParseDerivedStaleKey(key, &node)) {
                           return absl::DataLossError(db.path() + ": corrupt derived key");
                         }
                         return visit(node);
                       });
}

absl::Status Store::WriteDerived(const std::vector<DerivedFacts>& nodes) {
  return impl_->WriteDerived(nodes);
}

absl::Status Store::ScanArticles(const std::function<bool(const ArticleRecord&)>& visit) const {
  const StoreDb& db = impl_->db();
  return db.ScanPrefix(db.articles(), "",
                       [&](std::string_view, std::string_view value) -> absl::StatusOr<bool> {
                         KG_ASSIGN_OR_RETURN(ArticleRecord article, ParseArticle(value));
                         return visit(article);
                       });
}

absl::Status Store::Impl::InitializeCounts(const StoreCounts& counts) {
  std::lock_guard<std::mutex> lock(write_mutex_);
  rocksdb::WriteOptions write_options;
  KG_RETURN_IF_ERROR(FromRocksStatus(
      db_->db()->Put(write_options, db_->meta(), ToSlice(kMetaCounts), counts.Encode()),
      "writing the store's counts"));
  counts_ = counts;
  return absl::OkStatus();
}

absl::StatusOr<StoreStats> Store::Counts() const {
  std::optional<StoreCounts> counts = impl_->counts();
  if (!counts.has_value()) return Stats();
  StoreStats stats = counts->ToStats();
  stats.bytes_on_disk = BytesOnDisk(impl_->db());
  return stats;
}

absl::StatusOr<StoreStats> Store::Stats() const {
  const StoreDb& db = impl_->db();
  ScopedSnapshot snapshot(db.db());
  StoreStats stats;
  uint64_t nodes = 0, edges = 0;
  KG_RETURN_IF_ERROR(
      CountEntries(db, db.nodes(), snapshot.get(), &nodes, [&](std::string_view key) {
        NodeId id = 0;
        if (!ParseNodeKey(key, &id)) return absl::DataLossError(db.path() + ": corrupt node key");
        ++stats.nodes[KindOfNodeId(id)];
        return absl::OkStatus();
      }));
  KG_RETURN_IF_ERROR(CountEntries(db, db.out(), snapshot.get(), &edges, [&](std::string_view key) {
    EdgeKey ref;
    if (!ParseOutKey(key, &ref)) return absl::DataLossError(db.path() + ": corrupt out key");
    ++stats.edges[ref.relation];
    return absl::OkStatus();
  }));
  KG_RETURN_IF_ERROR(CountEntries(db, db.observations(), snapshot.get(), &stats.observations));
  KG_RETURN_IF_ERROR(CountEntries(db, db.articles(), snapshot.get(), &stats.articles));
  KG_RETURN_IF_ERROR(CountEntries(db, db.names(), snapshot.get(), &stats.names));

  stats.bytes_on_disk = BytesOnDisk(db);
  return stats;
}

}  // namespace kg
