// Store: kg's graph on disk, in RocksDB, with Cap'n Proto records.
//
//   KG_ASSIGN_OR_RETURN(std::unique_ptr<Store> store, Store::Open("kg.db"));
//   KG_ASSIGN_OR_RETURN(Store::WriteOutcome outcome, store->WriteArticle(facts));
//   KG_RETURN_IF_ERROR(store->ScanEdges(id, Direction::kOut, Relation::kHeld,
//                                       [](const EdgeRecord& e) { ...; return true; }));
//
// Layout (column families; keys memcomparable, see graph/key_encoding.h):
//   nodes         node id                          -> proto::Node
//   names         folded alias, node id            -> "\x01" for the node's own
//                                                     name, "" for an alias
//   out           src, relation, dst, edge id      -> proto::Edge
//   in            dst, relation, src, edge id      -> proto::Edge, the same record
//                                                     as `out` ("" in stores made
//                                                     before it was copied: read
//                                                     it from `out`)
//   adjacency     node id                          -> the node's edges: (direction,
//                                                     relation, other end, edge
//                                                     id) for each, sorted
//                                                     (graph/adjacency_block.h)
//   observations  edge id, article id              -> proto::Observation
//   articles      article id                       -> proto::Article
//   meta          name                             -> schema version, counters
//
// Contracts:
// - One article is one atomic WriteBatch with the WAL on: after a crash an
//   article is either fully in the store or not at all. `out` and `in` keys of
//   an edge, and its entries in its endpoints' adjacency blocks, are always
//   written and deleted in the same batch.
// - Writing an article whose content hash is unchanged changes nothing.
//   Writing a changed version replaces that article's observations; edges
//   left with no observation are deleted, the others are recomputed from the
//   observations that remain. Nodes are never deleted, not even when no
//   article mentions them any more: their ids stay stable for exports and
//   queries, and a name once seen keeps resolving to the same node.
// - Node identity: a NodeRef resolves to an existing node of the same kind
//   that has FoldName(ref.name) among its folded name and aliases (preferring
//   one whose own name folds equal, then the lowest id); otherwise a new node
//   is made. The ref's aliases and surface form are added to the node and
//   every name and alias is indexed, but aliases never decide identity: a
//   surname alias must not merge two people. Homonyms stay apart: a person
//   ref whose "born" attribute differs from the matched node's goes to
//   another node of that name whose birth year agrees (or is unknown), else
//   to a new node. Attributes are added when their key is new; a value
//   already stored is kept. A node's name never changes after creation.
// - Edge identity: the same fact from several articles is one edge with one
//   observation per article. An observation joins the existing edge
//   src -relation-> dst (lowest id first) whose merged time is compatible
//   with its own, otherwise it makes a new edge:
//     * `date`, `start` and `end` must each be Date::CompatibleWith the
//       edge's ("2025" fits "2025-06-05"; "2025-06-05" and "2025-06-06" are
//       two edges, so a contradiction between two reports stays visible);
//       an empty field is compatible with anything;
//     * law stages also need the same `stage`, or one of the two empty;
//     * appointments need the same `stage` exactly ("acting" or none);
//     * `as_of` never conflicts: it says when the fact was seen to hold;
//     * for `held` and `member_of`, a sighting (only `as_of` set: "Minister X
//       said ...") joins only the one sighting edge of that (person, office),
//       and a tenure (date, start or end set) joins only tenure edges, so a
//       passing mention never lands on the wrong one of two tenures.
//   When one article states the same edge twice, the first sentence is kept.
// - An edge's merged values do not depend on the order articles arrive in:
//   each date field is the most precise value of its observations (they all
//   agree); `as_of` is the LATEST observed as_of; `end_inferred` is set only
//   when no observation states the end; `stage`, `by` and `level` are the
//   non-empty value, the lexicographically smallest when observations
//   disagree; `sources` are the observing article ids, sorted and unique.
//   (Which edge an ambiguous observation joins can depend on the order: a
//   "2025" report made before "2025-06-05" and "2025-06-06" joins the first
//   edge, made after them it joins the lower id.)
// - Symmetric relations (partner_of) are stored once, with the lower node id
//   as `src`: "A partner_of B" and "B partner_of A" are one edge. Walk them
//   with Direction::kBoth.
//
// Cost: writing an article reads only what it touches — one names range per
// (name, kind), one `out` prefix per src-relation-dst, point reads of nodes —
// never a full scan. An edge keeps counts of the observations behind its
// merged values, so retracting one reads the edge's other observations only
// when it was the last to attain a merged value. An edge reported by more
// than 16 articles stores no source list (it would be rewritten whole by
// each new report); readers get `sources` from its observations' keys, so
// reading such an edge costs a scan of its observations.
//
// Opening costs a read of the MANIFEST and of `meta`, not of the store: a
// read-only store opens its table files as reads first need them (RocksDB
// opens up to 16 with the database). A writer's close flushes, then compacts each
// family that has gathered 3 or more table files outside its deepest level
// (a rewrite of that family: once in a few small ingests, once at the end
// of a large one), so that the store stays a few files per family.
//
// Thread safety: reads may run concurrently with each other and with one
// writer; WriteArticle calls are serialized internally. A scan sees one
// consistent state of the store (a RocksDB snapshot taken when it starts).
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

// Where an edge lives: its `out` key. Every edge read or listed can be found
// again from its EdgeRef (GetEdge); the id alone cannot.
struct EdgeRef {
  NodeId src = 0;
  Relation relation = Relation::kHeld;
  NodeId dst = 0;
  EdgeId id = 0;

  friend bool operator==(const EdgeRef&, const EdgeRef&) = default;
  // (src, relation, dst, id): the order of the `out` family.
  friend auto operator<=>(const EdgeRef&, const EdgeRef&) = default;
};

// An edge and the merge of its observations (see the contracts above). Ids
// are never reused: an edge that loses its last observation is deleted, and a
// later report of the same fact makes an edge with a new id. (A new version
// of an article that restates the fact keeps the edge and its id.)
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
  // The names of its ends as stored with the edge (a node's name never
  // changes); empty for an edge last written before they were kept, whose
  // ends' names are then read from the nodes.
  std::string src_name;
  std::string dst_name;

  EdgeRef ref() const { return {.src = src, .relation = relation, .dst = dst, .id = id}; }
};

// One article's report of one edge: what that article said, with the sentence.
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
  // The edges this article has an observation on, in the order its facts
  // first reached them, so that a new version can retract them.
  std::vector<EdgeRef> edges;
  // The nodes it mentioned (entities and fact endpoints), sorted and unique.
  std::vector<NodeId> node_ids;
};

enum class Direction { kOut, kIn, kBoth };

// Counts for `kg stats`. The maps hold only the kinds and relations present.
struct StoreStats {
  std::map<NodeKind, uint64_t> nodes;
  std::map<Relation, uint64_t> edges;
  uint64_t observations = 0;
  uint64_t articles = 0;
  uint64_t names = 0;          // entries in the names index
  uint64_t bytes_on_disk = 0;  // SST and WAL files

  friend bool operator==(const StoreStats&, const StoreStats&) = default;
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
  // The on-disk format version this build reads and writes. A store of
  // version 1 (no adjacency blocks) opened for writing is upgraded first (its
  // blocks built from the `out` and `in` keys: a scan of both); opened
  // read-only it is read as it is, walks reading the keys. A store of
  // version 2 has no derived facts: opened for writing, it gets their family
  // with every node marked stale; read-only, it has none. Opening a store of any other
  // version is a FailedPrecondition error naming both versions.
  static constexpr int kSchemaVersion = 3;

  // Opens (or creates) the store at `path`. NotFound when it does not exist
  // and create_if_missing is false or read_only is set. FailedPrecondition,
  // touching nothing, for a path that is not a kg store (a file, a non-empty
  // directory without a database, another program's RocksDB database) and for
  // a store of another schema version. Unavailable when another process
  // holds the store open for writing. DataLoss, naming the file, for a
  // damaged store. Creating a store is atomic: a crash while it is made
  // leaves no store or a whole one.
  static absl::StatusOr<std::unique_ptr<Store>> Open(const std::string& path,
                                                     const StoreOptions& options = {});
  // Empty, or what opening could not recover and the user should hear: a
  // damaged write-ahead log and how many articles were lost with it.
  const std::string& recovery_note() const;
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  enum class WriteOutcome { kAdded, kReplaced, kUnchanged };
  // Writes everything one article says, atomically (see the contracts above).
  // InvalidArgument, with nothing written, for an empty article id, an unknown
  // node kind or relation, or a node name that folds to nothing ("--");
  // FailedPrecondition on a read-only store.
  absl::StatusOr<WriteOutcome> WriteArticle(const ArticleFacts& article);

  // What one write changed, for a caller that keeps answers derived from the
  // store between writes (kg ingest's holder lookup) and must know which of
  // them a write can have changed without asking the store again.
  struct WriteChanges {
    struct Edge {
      EdgeRef ref;
      // The edge's time before the write; nullopt for an edge it made.
      std::optional<FactTime> before;
      // The edge after it; nullopt for an edge it removed.
      std::optional<EdgeRecord> after;
      // The article's own observation of the edge, without its sentence;
      // nullopt when the write added none (it only took the article's
      // earlier version off the edge).
      std::optional<ObservationRecord> observation;
    };
    std::vector<Edge> edges;  // every edge added, changed or removed
    // Every stored node whose name or attributes changed (a new alias is
    // no change here; a node the write made is none), and of those the ones
    // whose name changed (a person known by initials, now by a full name).
    std::vector<NodeId> nodes;
    std::vector<NodeId> renamed;
  };
  // The same, and fills `changes` when the article was written (left empty
  // for kUnchanged and on error).
  absl::StatusOr<WriteOutcome> WriteArticle(const ArticleFacts& article, WriteChanges* changes);

  // --- Derived facts: what a layer above concludes from the edges into a
  // node (the tenures of a post, query/questions/stored_tenures.h), kept so
  // that a question need not rebuild them from every edge each time it is
  // asked. The store knows only when they may be out of date: WriteArticle
  // marks a node stale when it adds, changes or removes an edge into it or
  // an observation of one, or changes the node itself. A node is fresh from
  // WriteDerived until the next such mark; a stale node's derived facts read
  // as absent.

  // Whether `node` is fresh.
  absl::StatusOr<bool> DerivedFresh(NodeId node) const;
  // One derived fact of a fresh node, by key; nullopt when the node is stale
  // or has no such fact.
  absl::StatusOr<std::optional<std::string>> GetDerived(NodeId node, std::string_view key) const;
  // A fresh node's derived facts in key order; none for a stale node.
  absl::Status ScanDerived(
      NodeId node,
      const std::function<bool(std::string_view key, std::string_view value)>& visit) const;
  // The nodes marked stale since their facts were last written (or ever),
  // in id order.
  absl::Status ScanStaleNodes(const std::function<bool(NodeId)>& visit) const;
  struct DerivedFacts {
    NodeId node = 0;
    std::vector<std::pair<std::string, std::string>> facts;  // key, value
  };
  // Replaces each node's derived facts with `facts` and marks it fresh, in
  // one atomic write. FailedPrecondition on a read-only store.
  absl::Status WriteDerived(const std::vector<DerivedFacts>& nodes);

  // --- Point reads: nullopt when absent, DataLoss when a record is corrupt.

  absl::StatusOr<std::optional<NodeRecord>> GetNode(NodeId id) const;
  absl::StatusOr<std::optional<EdgeRecord>> GetEdge(const EdgeRef& ref) const;
  absl::StatusOr<std::optional<EdgeRecord>> GetEdge(NodeId src, Relation relation, NodeId dst,
                                                    EdgeId id) const;
  absl::StatusOr<std::optional<ArticleRecord>> GetArticle(std::string_view id) const;

  // --- Names.

  // The node WriteArticle would resolve a NodeRef {kind, name} to: "who is
  // 'Toqayev'?" for `kg career`, "which office is 'Labour Minister'?" for
  // `kg holders`. nullopt when there is none.
  absl::StatusOr<std::optional<NodeRecord>> FindNode(std::string_view name, NodeKind kind) const;

  // Ids of the nodes with a name or alias whose FoldName equals FoldName(name)
  // (or, with `prefix`, starts with it), optionally of one kind; sorted, unique.
  // The prefix is folded as a name of its own, so a prefix that ends inside a
  // transliteration ("Z" of "Zhaparov", folded "japarov") does not match.
  // An empty folded prefix matches every node.
  absl::StatusOr<std::vector<NodeId>> FindByName(std::string_view name, bool prefix,
                                                 std::optional<NodeKind> kind = {}) const;

  // --- Scans. `visit` returns false to stop early; errors (corrupt records)
  // end the scan and are returned.

  // Visits nodes in id order (all, or those of one kind).
  absl::Status ScanNodes(std::optional<NodeKind> kind,
                         const std::function<bool(const NodeRecord&)>& visit) const;

  // Visits the edges leaving (kOut), entering (kIn) or touching (kBoth) a
  // node, optionally of one relation: out edges in (relation, dst, id) order,
  // then in edges in (relation, src, id) order. A self-loop is visited once
  // with kBoth. A symmetric edge is stored from its lower node id: use kBoth.
  //
  //   "Who held this office?"   ScanEdges(office, kIn, Relation::kHeld, ...)
  //   "Her career"              ScanEdges(person, kOut, std::nullopt, ...)
  //   "The law's path"          ScanEdges(law, kOut, std::nullopt, ...), then
  //                             IsLawStage(e.relation) and e.time.date
  absl::Status ScanEdges(NodeId node, Direction direction, std::optional<Relation> relation,
                         const std::function<bool(const EdgeRecord&)>& visit) const;
  // ScanEdges for a reader that wants the edges, not who reported them: an
  // edge stored without its sources (reported by more than 16 articles,
  // whose sources cost a scan of its observations) is visited with empty
  // `sources`.
  absl::Status ScanEdgesWithoutSources(NodeId node, Direction direction,
                                       std::optional<Relation> relation,
                                       const std::function<bool(const EdgeRecord&)>& visit) const;
  // ScanEdges without the records: each edge's ref, read from the node's
  // adjacency block (one point read, whatever the node's degree), in the same
  // order. For walks, which need an edge's identity and far end;
  // GetEdge(ref) reads a record when a property is wanted. A scan with kBoth
  // sees one state of the store (a snapshot); kOut and kIn read one family.
  absl::Status ScanAdjacency(NodeId node, Direction direction, std::optional<Relation> relation,
                             const std::function<bool(const EdgeRef&)>& visit) const;

  // ScanAdjacency for many nodes, from one state of the store (a snapshot
  // taken when the reader is made), with its iterators kept open between
  // nodes: each node then costs a seek, not an iterator's setup. For a
  // walk; one reader serves one thread. Must not outlive the store. A
  // node's refs are read before the first is visited, so `visit` may scan
  // another node with the same reader.
  class AdjacencyReader {
   public:
    ~AdjacencyReader();
    AdjacencyReader(const AdjacencyReader&) = delete;
    AdjacencyReader& operator=(const AdjacencyReader&) = delete;
    absl::Status Scan(NodeId node, Direction direction, std::optional<Relation> relation,
                      const std::function<bool(const EdgeRef&)>& visit);
    // Reads the blocks of `nodes` (any order, repeats allowed) in one
    // batched read, so that scanning them next reads nothing more: for a
    // walk about to visit a node's neighbours, which would otherwise cost a
    // point read each. Within the memory the reader keeps (past it, the
    // rest are read when scanned); nothing on a store without blocks.
    absl::Status Prefetch(std::vector<NodeId> nodes);

   private:
    friend class Store;
    struct State;
    explicit AdjacencyReader(std::unique_ptr<State> state);
    std::unique_ptr<State> state_;
  };
  std::unique_ptr<AdjacencyReader> NewAdjacencyReader() const;

  // ScanEdges into a vector.
  absl::StatusOr<std::vector<EdgeRecord>> ListEdges(NodeId node, Direction direction,
                                                    std::optional<Relation> relation = {}) const;

  // Visits every edge once, in (src, relation, dst, id) order.
  absl::Status ScanAllEdges(const std::function<bool(const EdgeRecord&)>& visit) const;

  // Visits an edge's observations in article id order: the sentences behind
  // a row of `kg holders`, `kg career` or `kg law`.
  absl::Status ScanObservations(EdgeId edge,
                                const std::function<bool(const ObservationRecord&)>& visit) const;
  absl::StatusOr<std::vector<ObservationRecord>> ListObservations(EdgeId edge) const;
  // One article's observation of an edge: one point read.
  absl::StatusOr<std::optional<ObservationRecord>> GetObservation(EdgeId edge,
                                                                  std::string_view article_id) const;

  // Visits articles in id order.
  absl::Status ScanArticles(const std::function<bool(const ArticleRecord&)>& visit) const;

  // Counts by scanning every family: linear in the store's size, meant for
  // tests and checks, not for a hot path.
  absl::StatusOr<StoreStats> Stats() const;
  // The same counts as kept by WriteArticle in `meta` (one point read at
  // open; bytes on disk from RocksDB's file list): what `kg stats` shows.
  // A store written by a kg that kept no counts, opened read-only, is
  // scanned (Stats); opened for writing, it is counted once and kept.
  absl::StatusOr<StoreStats> Counts() const;

 private:
  class Impl;
  explicit Store(std::unique_ptr<Impl> impl);
  absl::Status ScanEdgeRecords(NodeId node, Direction direction, std::optional<Relation> relation,
                               bool with_sources,
                               const std::function<bool(const EdgeRecord&)>& visit) const;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kg

#endif  // KG_GRAPH_STORE_H_
