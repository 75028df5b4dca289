#include "graph/article_writer.h"

#include <rocksdb/write_batch.h>

#include <algorithm>
#include <utility>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "graph/adjacency_block.h"
#include "graph/edge_merge.h"
#include "graph/key_encoding.h"
#include "graph/name_folding.h"
#include "graph/law_names.h"
#include "graph/person_names.h"
#include "graph/records.h"
#include "graph/status_macros.h"

namespace kg {
namespace {

rocksdb::Slice ToSlice(std::string_view s) { return rocksdb::Slice(s.data(), s.size()); }

// Node sequences live in the low 56 bits of an id.
constexpr uint64_t kMaxNodeSequence = (uint64_t{1} << 56) - 1;

absl::Status ValidateRef(const NodeRef& ref, const std::string& where) {
  if (!IsKnownNodeKind(static_cast<uint8_t>(ref.kind))) {
    return absl::InvalidArgumentError(
        absl::StrCat(where, ": unknown node kind ", static_cast<int>(ref.kind)));
  }
  if (FoldName(ref.name).empty()) {
    return absl::InvalidArgumentError(
        absl::StrCat(where, ": the name '", ref.name, "' has no letters or digits"));
  }
  return absl::OkStatus();
}

}  // namespace

absl::Status ValidateArticle(const ArticleFacts& article) {
  if (article.id.empty()) return absl::InvalidArgumentError("an article needs an id");
  const std::string where = absl::StrCat("article ", article.id);
  for (size_t i = 0; i < article.entities.size(); ++i) {
    KG_RETURN_IF_ERROR(ValidateRef(article.entities[i], absl::StrCat(where, ", entity ", i)));
  }
  for (size_t i = 0; i < article.facts.size(); ++i) {
    const Fact& fact = article.facts[i];
    const std::string fact_where = absl::StrCat(where, ", fact ", i);
    if (!IsKnownRelation(static_cast<uint8_t>(fact.relation))) {
      return absl::InvalidArgumentError(
          absl::StrCat(fact_where, ": unknown relation ", static_cast<int>(fact.relation)));
    }
    KG_RETURN_IF_ERROR(ValidateRef(fact.source, absl::StrCat(fact_where, " source")));
    KG_RETURN_IF_ERROR(ValidateRef(fact.target, absl::StrCat(fact_where, " target")));
  }
  return absl::OkStatus();
}

ArticleWriter::ArticleWriter(const StoreDb& db, const ArticleFacts& article, uint64_t next_node_seq,
                             uint64_t next_edge_id)
    : db_(db),
      article_(article),
      first_node_seq_(next_node_seq),
      first_edge_id_(next_edge_id),
      next_node_seq_(next_node_seq),
      next_edge_id_(next_edge_id) {}

absl::Status ArticleWriter::Build(const std::optional<ArticleRecord>& old,
                                  rocksdb::WriteBatch* batch) {
  if (old.has_value()) {
    replacing_ = true;
    old_observations_ = old->edges.size();
    KG_RETURN_IF_ERROR(Retract(*old));
  }
  for (const NodeRef& entity : article_.entities) {
    KG_ASSIGN_OR_RETURN(NodeId id, ResolveNode(entity));
    article_nodes_.insert(id);
  }
  for (const Fact& fact : article_.facts) KG_RETURN_IF_ERROR(AddFact(fact));
  KG_RETURN_IF_ERROR(NameEdgeEnds());
  Flush(batch);
  return FlushAdjacency(batch);
}

// Takes this article's observation off every edge the old version observed.
// Mostly the edge's support counts suffice; the edge's other observations are
// read only when this one was the last to attain a merged value. An edge left
// with none is marked deleted; it stays in edges_ so that the new version,
// stating the same fact, takes it up again under the same id.
absl::Status ArticleWriter::Retract(const ArticleRecord& old) {
  for (const EdgeRef& ref : old.edges) {
    KG_ASSIGN_OR_RETURN(PendingEdge * edge, LoadEdge(ref));
    observations_[ref.id] = std::nullopt;
    KG_ASSIGN_OR_RETURN(std::optional<std::string> value,
                        db_.Get(db_.observations(), ObservationKey(ref.id, article_.id)));
    bool retracted = false;
    if (value.has_value()) {
      KG_ASSIGN_OR_RETURN(ObservationRecord observation, ParseObservation(ref.id, *value));
      retracted = RetractObservation(observation, &edge->record, &edge->support);
    }
    if (retracted) {
      edge->state = EdgeState::kDirty;
    } else {
      KG_RETURN_IF_ERROR(Recompute(edge));
    }
  }
  return absl::OkStatus();
}

absl::Status ArticleWriter::Recompute(PendingEdge* edge) {
  const EdgeId id = edge->record.id;
  ClearMerged(&edge->record, &edge->support);
  bool any = false;
  KG_RETURN_IF_ERROR(db_.ScanPrefix(
      db_.observations(), ObservationPrefix(id),
      [&](std::string_view key, std::string_view value) -> absl::StatusOr<bool> {
        EdgeId key_edge = 0;
        std::string article_id;
        if (!ParseObservationKey(key, &key_edge, &article_id)) {
          return absl::DataLossError(absl::StrCat("corrupt observation key of edge ", id));
        }
        if (article_id == article_.id) return true;  // this article's: see observations_
        KG_ASSIGN_OR_RETURN(ObservationRecord observation, ParseObservation(id, value));
        MergeObservation(observation, &edge->record, &edge->support);
        any = true;
        return true;
      }));
  auto own = observations_.find(id);
  if (own != observations_.end() && own->second.has_value()) {
    MergeObservation(*own->second, &edge->record, &edge->support);
    any = true;
  }
  edge->state = any ? EdgeState::kDirty : EdgeState::kDeleted;
  return absl::OkStatus();
}

// The node-identity rule over RocksDB's entries and the batch's: an own name
// beats an alias, then the lower id wins.
absl::StatusOr<std::optional<ArticleWriter::NameEntry>> ArticleWriter::BestMatch(
    const std::string& folded, NodeKind kind) {
  auto key = std::make_pair(folded, kind);
  auto cached = stored_matches_.find(key);
  if (cached == stored_matches_.end()) {
    KG_ASSIGN_OR_RETURN(std::optional<NameEntry> stored, db_.BestNameMatch(folded, kind));
    cached = stored_matches_.emplace(std::move(key), stored).first;
  }
  std::optional<NameEntry> best = cached->second;
  auto added = new_names_.find(folded);
  if (added == new_names_.end()) return best;
  for (const NameEntry& entry : added->second) {
    if (KindOfNodeId(entry.id) != kind) continue;
    if (!best.has_value() || (entry.is_node_name && !best->is_node_name) ||
        (entry.is_node_name == best->is_node_name && entry.id < best->id)) {
      best = entry;
    }
  }
  return best;
}

// Needs no read: RocksDB's entries are consulted when a name is resolved.
void ArticleWriter::AddName(const std::string& folded, NodeId id, bool is_node_name) {
  new_names_[folded].push_back({.id = id, .is_node_name = is_node_name});
}

absl::StatusOr<ArticleWriter::PendingNode*> ArticleWriter::LoadNode(NodeId id) {
  auto it = nodes_.find(id);
  if (it != nodes_.end()) return &it->second;
  KG_ASSIGN_OR_RETURN(std::optional<NodeRecord> record, db_.GetNode(id));
  if (!record.has_value()) {
    return absl::DataLossError(
        absl::StrCat("the names index lists node ", id, ", which is missing"));
  }
  PendingNode node;
  node.folded.insert(FoldName(record->name));
  for (const std::string& alias : record->aliases) node.folded.insert(FoldName(alias));
  node.stored_name = record->name;
  node.stored_attributes = record->attributes;
  node.record = std::move(*record);
  return &nodes_.emplace(id, std::move(node)).first->second;
}

namespace {

bool BirthsConflict(const NodeRef& ref, const NodeRecord& node);

// Two people of one folded name are two when their birth years differ or
// one is a woman and the other a man ("Daniyarova", "Daniyarov").
bool PersonsConflict(const NodeRef& ref, const NodeRecord& node) {
  if (BirthsConflict(ref, node)) return true;
  return ref.kind == NodeKind::kPerson && GendersConflict(ref.name, node.name);
}

// Two people of one name born in different years are two people.
bool BirthsConflict(const NodeRef& ref, const NodeRecord& node) {
  auto born = [](const auto& attributes) -> std::string {
    for (const auto& [key, value] : attributes) {
      if (key == "born") return value;
    }
    return "";
  };
  const std::string a = born(ref.attributes);
  const std::string b = born(node.attributes);
  return !a.empty() && !b.empty() && a != b;
}

}  // namespace

absl::StatusOr<ArticleWriter::PendingNode*> ArticleWriter::HomonymFor(const NodeRef& ref,
                                                                      const std::string& folded) {
  KG_ASSIGN_OR_RETURN(std::vector<NameEntry> entries, db_.NameMatches(folded, ref.kind));
  if (auto added = new_names_.find(folded); added != new_names_.end()) {
    for (const NameEntry& entry : added->second) {
      if (KindOfNodeId(entry.id) == ref.kind) entries.push_back(entry);
    }
  }
  std::stable_sort(entries.begin(), entries.end(), [](const NameEntry& a, const NameEntry& b) {
    return std::make_pair(!a.is_node_name, a.id) < std::make_pair(!b.is_node_name, b.id);
  });
  for (const NameEntry& entry : entries) {
    KG_ASSIGN_OR_RETURN(PendingNode * node, LoadNode(entry.id));
    if (!PersonsConflict(ref, node->record)) return node;
  }
  return nullptr;
}

absl::StatusOr<NodeId> ArticleWriter::ResolveNode(const NodeRef& given) {
  // A decree's "Mamin Askar Uzakpaevich" is the news's "Askar Mamin"
  // (graph/person_names.h): the node takes the news form.
  NodeRef news_form;
  const NodeRef* use = &given;
  if (given.kind == NodeKind::kPerson) {
    if (std::string news = NewsFormOfPersonName(given.name); !news.empty()) {
      news_form = given;
      news_form.aliases.push_back(given.name);
      news_form.name = std::move(news);
      use = &news_form;
    }
  }
  const NodeRef& ref = *use;
  const std::string folded = FoldName(ref.name);
  KG_ASSIGN_OR_RETURN(std::optional<NameEntry> best, BestMatch(folded, ref.kind));
  PendingNode* node = nullptr;
  if (best.has_value()) {
    KG_ASSIGN_OR_RETURN(node, LoadNode(best->id));
    // A namesake with another birth year or sex: another node of that name, or a new one.
    if (PersonsConflict(ref, node->record)) {
      KG_ASSIGN_OR_RETURN(node, HomonymFor(ref, folded));
    }
  }
  const std::string law_key = ref.kind == NodeKind::kLaw ? LawKey(ref.name) : "";
  if (node == nullptr && !law_key.empty()) {
    // Another name of a law already known (graph/law_names.h).
    KG_ASSIGN_OR_RETURN(std::optional<NameEntry> same_law, BestMatch(law_key, ref.kind));
    if (same_law.has_value()) {
      KG_ASSIGN_OR_RETURN(node, LoadNode(same_law->id));
      news_form = ref;
      news_form.aliases.push_back(ref.name);
      use = &news_form;
    }
  }
  if (node == nullptr && ref.kind == NodeKind::kPerson) {
    // Known so far only by initials ("A. Mamin"): the full name names that node now.
    for (const std::string& initials : InitialFormsOfPersonName(ref.name)) {
      KG_ASSIGN_OR_RETURN(std::optional<NameEntry> short_form,
                          BestMatch(FoldName(initials), ref.kind));
      if (!short_form.has_value() || !short_form->is_node_name) continue;
      KG_ASSIGN_OR_RETURN(PendingNode * known, LoadNode(short_form->id));
      if (!StartsWithInitial(known->record.name) || PersonsConflict(ref, known->record)) continue;
      const std::string old_name = known->record.name;
      known->record.name = ref.name;
      known->record.aliases.push_back(old_name);
      known->dirty = true;
      AddName(FoldName(old_name), known->record.id, /*is_node_name=*/false);
      known->folded.insert(folded);
      AddName(folded, known->record.id, /*is_node_name=*/true);
      node = known;
      break;
    }
  }
  if (node == nullptr) {
    if (next_node_seq_ > kMaxNodeSequence) {
      return absl::ResourceExhaustedError("the store has used every node id");
    }
    const NodeId id = MakeNodeId(ref.kind, next_node_seq_++);
    node = &nodes_[id];
    node->record.id = id;
    node->record.kind = ref.kind;
    node->record.name = ref.name;
    node->folded.insert(folded);
    node->dirty = true;
    AddName(folded, id, /*is_node_name=*/true);
  }
  MergeIntoNode(*use, node);
  if (!law_key.empty() && node->folded.insert(law_key).second) {
    AddName(law_key, node->record.id, /*is_node_name=*/false);
  }
  if (ref.kind == NodeKind::kPerson) {
    // "A. Mamin" finds Askar Mamin: indexed, not listed among the aliases.
    for (const std::string& initials : InitialFormsOfPersonName(node->record.name)) {
      if (node->folded.insert(FoldName(initials)).second) {
        AddName(FoldName(initials), node->record.id, /*is_node_name=*/false);
      }
    }
  }
  return node->record.id;
}

void ArticleWriter::MergeIntoNode(const NodeRef& ref, PendingNode* node) {
  NodeRecord& record = node->record;
  std::vector<std::string> aliases = ref.aliases;
  if (!ref.surface.empty()) aliases.push_back(ref.surface);
  for (const std::string& alias : aliases) {
    if (alias == record.name ||
        std::find(record.aliases.begin(), record.aliases.end(), alias) != record.aliases.end()) {
      continue;
    }
    std::string folded = FoldName(alias);
    // An alias that folds to nothing could never be looked up.
    if (folded.empty()) continue;
    record.aliases.push_back(alias);
    node->dirty = true;
    if (node->folded.insert(folded).second) {
      AddName(folded, record.id, /*is_node_name=*/false);
    }
  }
  // Not a structured binding: clang 14 (the fuzz build's) cannot capture one.
  for (const auto& added : ref.attributes) {
    const bool present =
        std::any_of(record.attributes.begin(), record.attributes.end(),
                    [&](const auto& attribute) { return attribute.first == added.first; });
    if (present) continue;
    record.attributes.emplace_back(added.first, added.second);
    node->dirty = true;
  }
}

absl::StatusOr<ArticleWriter::PendingEdge*> ArticleWriter::LoadEdge(const EdgeRef& ref) {
  auto it = edges_.find(ref);
  if (it != edges_.end()) return &it->second;
  KG_ASSIGN_OR_RETURN(std::optional<std::string> value, db_.Get(db_.out(), OutKey(ref)));
  if (!value.has_value()) {
    return absl::DataLossError(absl::StrCat("article ", article_.id, " lists edge ", ref.id,
                                            ", which is not in the store"));
  }
  PendingEdge edge;
  KG_ASSIGN_OR_RETURN(edge.record, ParseEdge(*value, &edge.support));
  edge.stored_time = edge.record.time;
  return &edges_.emplace(ref, std::move(edge)).first->second;
}

absl::Status ArticleWriter::LoadTriple(const Triple& triple) {
  if (!loaded_triples_.insert(triple).second) return absl::OkStatus();
  const auto& [src, relation, dst] = triple;
  return db_.ScanPrefix(db_.out(), OutTriplePrefix(src, relation, dst),
                        [&](std::string_view key, std::string_view value) -> absl::StatusOr<bool> {
                          EdgeRef ref;
                          if (!ParseOutKey(key, &ref))
                            return absl::DataLossError("corrupt out key");
                          // What the batch already holds is newer.
                          if (edges_.contains(ref)) return true;
                          PendingEdge edge;
                          KG_ASSIGN_OR_RETURN(edge.record, ParseEdge(value, &edge.support));
                          edge.stored_time = edge.record.time;
                          edges_.emplace(ref, std::move(edge));
                          return true;
                        });
}

absl::Status ArticleWriter::AddFact(const Fact& fact) {
  KG_ASSIGN_OR_RETURN(NodeId src, ResolveNode(fact.source));
  KG_ASSIGN_OR_RETURN(NodeId dst, ResolveNode(fact.target));
  article_nodes_.insert(src);
  article_nodes_.insert(dst);
  if (IsSymmetric(fact.relation) && dst < src) std::swap(src, dst);

  ObservationRecord observation;
  observation.article_id = article_.id;
  observation.article_date = article_.date;
  observation.evidence = fact.evidence;
  observation.time = fact.time;
  observation.stage = fact.stage;
  observation.by = fact.by;
  observation.level = fact.level;

  // The first live edge of the triple that the observation fits; failing
  // that, one the old version's retraction emptied; failing that, a new one.
  const Triple triple{src, fact.relation, dst};
  KG_RETURN_IF_ERROR(LoadTriple(triple));
  PendingEdge* chosen = nullptr;
  PendingEdge* emptied = nullptr;
  for (auto it = edges_.lower_bound(EdgeRef{.src = src, .relation = fact.relation, .dst = dst});
       it != edges_.end() && it->first.src == src && it->first.relation == fact.relation &&
       it->first.dst == dst;
       ++it) {
    PendingEdge& edge = it->second;
    if (edge.state == EdgeState::kDeleted) {
      if (emptied == nullptr) emptied = &edge;
    } else if (ObservationFitsEdge(edge.record, observation)) {
      chosen = &edge;
      break;
    }
  }
  if (chosen == nullptr && emptied != nullptr) {
    chosen = emptied;
    ClearMerged(&chosen->record, &chosen->support);
  }
  if (chosen == nullptr) {
    PendingEdge edge;
    edge.record.id = next_edge_id_++;
    edge.record.src = src;
    edge.record.relation = fact.relation;
    edge.record.dst = dst;
    const EdgeRef ref = edge.record.ref();
    chosen = &edges_.emplace(ref, std::move(edge)).first->second;
  }

  const EdgeId id = chosen->record.id;
  auto& own = observations_[id];
  // One observation per (edge, article): a restatement keeps the first sentence.
  if (own.has_value()) return absl::OkStatus();
  observation.edge = id;
  MergeObservation(observation, &chosen->record, &chosen->support);
  own = std::move(observation);
  chosen->state = EdgeState::kDirty;
  NoteEdge(chosen->record.ref());
  return absl::OkStatus();
}

void ArticleWriter::NoteEdge(const EdgeRef& ref) {
  if (article_edge_ids_.insert(ref.id).second) article_edges_.push_back(ref);
}

// Every edge written carries its ends' names (graph/store.h): an edge read
// from a store that did not keep them gets them when it is rewritten.
absl::Status ArticleWriter::NameEdgeEnds() {
  for (auto& [ref, edge] : edges_) {
    if (edge.state != EdgeState::kDirty) continue;
    if (edge.record.src_name.empty()) {
      KG_ASSIGN_OR_RETURN(PendingNode * node, LoadNode(ref.src));
      edge.record.src_name = node->record.name;
    }
    if (edge.record.dst_name.empty()) {
      KG_ASSIGN_OR_RETURN(PendingNode * node, LoadNode(ref.dst));
      edge.record.dst_name = node->record.name;
    }
  }
  return absl::OkStatus();
}

// The adjacency blocks change with the `out` and `in` keys, in the same
// batch: an edge made here is added to both endpoints' blocks, a stored edge
// deleted here is removed from them. (An edge whose record changes keeps its
// keys, and its entries.) Each changed block is read once and written once.
absl::Status ArticleWriter::FlushAdjacency(rocksdb::WriteBatch* batch) {
  if (db_.adjacency() == nullptr) return absl::OkStatus();
  std::map<NodeId, std::vector<std::pair<std::string, bool>>> changes;
  for (const auto& [ref, edge] : edges_) {
    const bool made = edge.state == EdgeState::kDirty && ref.id >= first_edge_id_;
    const bool gone = edge.state == EdgeState::kDeleted && ref.id < first_edge_id_;
    if (!made && !gone) continue;
    changes[ref.src].emplace_back(AdjacencyEntry::Out(ref), made);
    changes[ref.dst].emplace_back(AdjacencyEntry::In(ref), made);
  }
  for (const auto& [node, node_changes] : changes) {
    KG_ASSIGN_OR_RETURN(std::optional<std::string> stored,
                        db_.Get(db_.adjacency(), NodeKey(node)));
    std::string block = stored.value_or("");
    if (!AdjacencyBlock::Valid(block)) {
      return absl::DataLossError(
          absl::StrCat(db_.path(), ": corrupt adjacency block of node ", node));
    }
    AdjacencyBlock::Apply(node_changes, &block);
    if (block.empty()) {
      batch->Delete(db_.adjacency(), NodeKey(node));
    } else {
      batch->Put(db_.adjacency(), NodeKey(node), block);
    }
  }
  return absl::OkStatus();
}

void ArticleWriter::Flush(rocksdb::WriteBatch* batch) {
  for (const auto& [id, node] : nodes_) {
    if (node.dirty) batch->Put(db_.nodes(), NodeKey(id), SerializeNode(node.record));
  }
  for (const auto& [folded, entries] : new_names_) {
    for (const NameEntry& entry : entries) {
      batch->Put(db_.names(), NameKey(folded, entry.id),
                 ToSlice(entry.is_node_name ? kNameIsNodeName : kNameIsAlias));
    }
  }
  // `out` and `in` keys change together, here and nowhere else.
  for (const auto& [ref, edge] : edges_) {
    if (edge.state == EdgeState::kDirty) {
      // The record under both keys: a walk into a node reads its incoming
      // edges in one scan, as it reads its outgoing ones.
      const std::string value = SerializeEdge(edge.record, edge.support);
      batch->Put(db_.out(), OutKey(ref), value);
      batch->Put(db_.in(), InKey(ref), value);
    } else if (edge.state == EdgeState::kDeleted) {
      batch->Delete(db_.out(), OutKey(ref));
      batch->Delete(db_.in(), InKey(ref));
    }
  }
  for (const auto& [edge, observation] : observations_) {
    const std::string key = ObservationKey(edge, article_.id);
    if (observation.has_value()) {
      batch->Put(db_.observations(), key, SerializeObservation(*observation));
    } else {
      batch->Delete(db_.observations(), key);
    }
  }

  // Derived facts come from the edges into a node and the node itself: mark
  // the nodes this batch changes them for (Store's derived facts).
  std::set<NodeId> stale;
  for (const auto& [id, node] : nodes_) {
    if (node.dirty) stale.insert(id);
  }
  for (const auto& [ref, edge] : edges_) {
    if (edge.state != EdgeState::kClean || observations_.contains(ref.id)) stale.insert(ref.dst);
  }
  for (NodeId node : stale) batch->Put(db_.derived(), DerivedStaleKey(node), rocksdb::Slice());

  ArticleRecord record;
  record.id = article_.id;
  record.date = article_.date;
  record.title = article_.title;
  record.url = article_.url;
  record.content_hash = article_.content_hash;
  record.edges = article_edges_;
  record.node_ids.assign(article_nodes_.begin(), article_nodes_.end());
  batch->Put(db_.articles(), ArticleKey(article_.id), SerializeArticle(record));

  // The counts change by what is new and what is gone: nodes are never
  // deleted; an edge is new when its id was made here.
  for (const auto& [id, node] : nodes_) {
    if ((id & ((uint64_t{1} << 56) - 1)) >= first_node_seq_) {
      ++count_changes_.nodes[static_cast<size_t>(KindOfNodeId(id))];
    }
  }
  for (const auto& [ref, edge] : edges_) {
    if (edge.state == EdgeState::kDirty && ref.id >= first_edge_id_) {
      ++count_changes_.edges[static_cast<size_t>(ref.relation)];
    } else if (edge.state == EdgeState::kDeleted && ref.id < first_edge_id_) {
      --count_changes_.edges[static_cast<size_t>(ref.relation)];
    }
  }
  // A name key written twice, or by an earlier article (an alias becoming
  // the node's name, a law's key or a person's initials seen again), is no
  // new entry.
  absl::flat_hash_set<std::string> counted;
  for (const auto& [folded, entries] : new_names_) {
    for (const NameEntry& entry : entries) {
      std::string key = NameKey(folded, entry.id);
      absl::StatusOr<std::optional<std::string>> stored = db_.Get(db_.names(), key);
      if (!counted.insert(std::move(key)).second) continue;
      if (stored.ok() && stored->has_value()) continue;
      ++count_changes_.names;
    }
  }
  // One observation per edge the article observes.
  count_changes_.observations =
      static_cast<int64_t>(article_edges_.size()) - static_cast<int64_t>(old_observations_);
  count_changes_.articles = replacing_ ? 0 : 1;

  batch->Put(db_.meta(), ToSlice(kMetaNextNodeSeq), std::to_string(next_node_seq_));
  batch->Put(db_.meta(), ToSlice(kMetaNextEdgeId), std::to_string(next_edge_id_));
}

Store::WriteChanges ArticleWriter::changes() const {
  Store::WriteChanges changes;
  for (const auto& [ref, edge] : edges_) {
    if (edge.state == EdgeState::kClean) continue;
    Store::WriteChanges::Edge change;
    change.ref = ref;
    change.before = edge.stored_time;
    if (edge.state == EdgeState::kDirty) change.after = edge.record;
    if (auto own = observations_.find(ref.id); own != observations_.end() && own->second) {
      change.observation = *own->second;
      change.observation->evidence = {};
    }
    changes.edges.push_back(std::move(change));
  }
  for (const auto& [id, node] : nodes_) {
    const bool made = (id & ((uint64_t{1} << 56) - 1)) >= first_node_seq_;
    if (node.dirty && !made &&
        (node.record.name != node.stored_name ||
         node.record.attributes != node.stored_attributes)) {
      changes.nodes.push_back(id);
      if (node.record.name != node.stored_name) changes.renamed.push_back(id);
    }
  }
  return changes;
}

}  // namespace kg
