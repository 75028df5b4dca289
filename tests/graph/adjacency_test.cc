// The per-node adjacency blocks: their encoding, that ingest keeps them equal
// to the `out` and `in` keys through additions, replacements and retractions,
// and the upgrade of a schema version 1 store (no blocks).
#include <rocksdb/db.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "graph/adjacency_block.h"
#include "graph/store_db.h"
#include "gtest/gtest.h"
#include "tests/graph/store_test_util.h"

namespace kg::testing {
namespace {

using ::testing::ElementsAre;

constexpr NodeId kA = MakeNodeId(NodeKind::kPerson, 1);
constexpr NodeId kB = MakeNodeId(NodeKind::kOffice, 2);
constexpr NodeId kC = MakeNodeId(NodeKind::kCountry, 3);

EdgeRef E(NodeId src, Relation relation, NodeId dst, EdgeId id) {
  return EdgeRef{.src = src, .relation = relation, .dst = dst, .id = id};
}

std::vector<EdgeRef> Visit(NodeId node, const std::string& block, Direction direction,
                           std::optional<Relation> relation = {}) {
  std::vector<EdgeRef> refs;
  AdjacencyBlock::ForEach(node, block, direction, relation, [&](const EdgeRef& ref) {
    refs.push_back(ref);
    return true;
  });
  return refs;
}

TEST(AdjacencyBlockTest, KeepsEntriesSortedAndUniqueInKeyOrder) {
  std::string block;
  // Added out of order, one twice; removed: one present, one absent.
  AdjacencyBlock::Apply({{AdjacencyEntry::In(E(kC, Relation::kHeld, kA, 9)), true},
                         {AdjacencyEntry::Out(E(kA, Relation::kHeld, kB, 7)), true},
                         {AdjacencyEntry::Out(E(kA, Relation::kAppointedTo, kB, 8)), true},
                         {AdjacencyEntry::Out(E(kA, Relation::kHeld, kB, 7)), true},
                         {AdjacencyEntry::Out(E(kA, Relation::kHeld, kC, 5)), true},
                         {AdjacencyEntry::Out(E(kA, Relation::kHeld, kC, 5)), false},
                         {AdjacencyEntry::Out(E(kA, Relation::kHeld, kC, 6)), false}},
                        &block);
  ASSERT_TRUE(AdjacencyBlock::Valid(block));
  EXPECT_EQ(block.size(), 3 * AdjacencyEntry::kSize);
  // Out entries by (relation, dst, id), then in entries by (relation, src, id).
  EXPECT_THAT(Visit(kA, block, Direction::kBoth),
              ElementsAre(E(kA, Relation::kAppointedTo, kB, 8), E(kA, Relation::kHeld, kB, 7),
                          E(kC, Relation::kHeld, kA, 9)));
  EXPECT_THAT(Visit(kA, block, Direction::kOut, Relation::kHeld),
              ElementsAre(E(kA, Relation::kHeld, kB, 7)));
  EXPECT_THAT(Visit(kA, block, Direction::kIn), ElementsAre(E(kC, Relation::kHeld, kA, 9)));
  EXPECT_THAT(Visit(kA, block, Direction::kIn, Relation::kAppointedTo), ElementsAre());
}

TEST(AdjacencyBlockTest, ASelfLoopIsVisitedOnceBothWays) {
  std::string block;
  const EdgeRef loop = E(kA, Relation::kPartnerOf, kA, 3);
  AdjacencyBlock::Apply({{AdjacencyEntry::Out(loop), true}, {AdjacencyEntry::In(loop), true}},
                        &block);
  EXPECT_THAT(Visit(kA, block, Direction::kBoth), ElementsAre(loop));
  EXPECT_THAT(Visit(kA, block, Direction::kIn), ElementsAre(loop));
}

TEST(AdjacencyBlockTest, RejectsMalformedBlocks) {
  std::string block = AdjacencyEntry::Out(E(kA, Relation::kHeld, kB, 7));
  EXPECT_TRUE(AdjacencyBlock::Valid(block));
  EXPECT_FALSE(AdjacencyBlock::Valid(block.substr(1)));
  EXPECT_FALSE(AdjacencyBlock::Valid(block + block));  // not strictly increasing
  std::string bad_direction = block;
  bad_direction[0] = 7;
  EXPECT_FALSE(AdjacencyBlock::Valid(bad_direction));
}

// Every node's refs from its block, against the refs of its records (read
// from the `out` and `in` families): the same edges in the same order.
void ExpectBlocksMatchKeys(const Store& store) {
  std::vector<NodeId> nodes;
  ASSERT_TRUE(store
                  .ScanNodes(std::nullopt,
                             [&](const NodeRecord& node) {
                               nodes.push_back(node.id);
                               return true;
                             })
                  .ok());
  ASSERT_FALSE(nodes.empty());
  for (NodeId node : nodes) {
    for (Direction direction : {Direction::kOut, Direction::kIn, Direction::kBoth}) {
      std::vector<std::optional<Relation>> relations = {std::nullopt};
      for (Relation relation : kAllRelations) relations.push_back(relation);
      for (const std::optional<Relation>& relation : relations) {
        std::vector<EdgeRef> from_records, from_block;
        ASSERT_TRUE(store
                        .ScanEdges(node, direction, relation,
                                   [&](const EdgeRecord& edge) {
                                     from_records.push_back(edge.ref());
                                     return true;
                                   })
                        .ok());
        ASSERT_TRUE(store
                        .ScanAdjacency(node, direction, relation,
                                       [&](const EdgeRef& ref) {
                                         from_block.push_back(ref);
                                         return true;
                                       })
                        .ok());
        EXPECT_EQ(from_block, from_records) << "node " << node;
      }
    }
  }
}

ArticleFacts FirstVersion() {
  return MakeArticle(
      "x1", Date(2025, 1, 2), 1,
      {MakeFact(Relation::kAppointedTo, Person("Asel Nurova"), Office("Minister of Energy"),
                "Asel Nurova was appointed Minister of Energy.", OnDate(Date(2025, 1, 2))),
       MakeFact(Relation::kHeld, Person("Asel Nurova"), Office("Minister of Energy"),
                "She served as Minister of Energy.", Tenure(Date(2020), Date(2021))),
       MakeFact(Relation::kPartnerOf, Country("Kazakhstan"), Country("Uzbekistan"),
                "Kazakhstan and Uzbekistan are partners."),
       MakeFact(Relation::kDismissedFrom, Person("Bolat Ospanov"), Office("Minister of Energy"),
                "Bolat Ospanov was dismissed.", OnDate(Date(2025, 1, 2)))});
}

class AdjacencyStoreTest : public StoreFixture {};

TEST_F(AdjacencyStoreTest, BlocksFollowTheKeysThroughWritesAndReplacements) {
  Write(FirstVersion());
  Write(NumberedArticle(1));
  Write(NumberedArticle(2));
  ExpectBlocksMatchKeys(*store_);
  // A new version that drops two facts and adds one: its edges go, the
  // restated ones stay (same ids), the new one comes.
  ArticleFacts second = FirstVersion();
  second.content_hash = 2;
  second.facts.erase(second.facts.begin() + 2, second.facts.end());
  second.facts.push_back(MakeFact(Relation::kMemberOf, Person("Asel Nurova"),
                                  Org("Amanat party"), "She is a member of Amanat."));
  Write(second, Store::WriteOutcome::kReplaced);
  ExpectBlocksMatchKeys(*store_);
  // Bolat Ospanov has no edge left: no block.
  std::vector<EdgeRef> left;
  ASSERT_TRUE(store_
                  ->ScanAdjacency(Id(NodeKind::kPerson, "Bolat Ospanov"), Direction::kBoth,
                                  std::nullopt,
                                  [&](const EdgeRef& ref) {
                                    left.push_back(ref);
                                    return true;
                                  })
                  .ok());
  EXPECT_THAT(left, ElementsAre());
}

// One reader for many nodes, as a walk uses it: blocks read ahead in one
// batch (Prefetch) and blocks read while another node's are being visited
// (a nested scan, which adds to what the reader remembers) give the refs a
// fresh ScanAdjacency gives.
TEST_F(AdjacencyStoreTest, AReaderScansPrefetchedAndNestedBlocksAsScanAdjacencyDoes) {
  Write(FirstVersion());
  Write(NumberedArticle(1));
  Write(NumberedArticle(2));
  std::vector<NodeId> nodes;
  ASSERT_TRUE(store_
                  ->ScanNodes(std::nullopt,
                              [&](const NodeRecord& node) {
                                nodes.push_back(node.id);
                                return true;
                              })
                  .ok());
  ASSERT_GE(nodes.size(), 4u);
  auto refs = [&](Store::AdjacencyReader* reader, NodeId node, Direction direction) {
    std::vector<EdgeRef> out;
    auto visit = [&](const EdgeRef& ref) {
      out.push_back(ref);
      return true;
    };
    EXPECT_TRUE((reader != nullptr ? reader->Scan(node, direction, std::nullopt, visit)
                                   : store_->ScanAdjacency(node, direction, std::nullopt, visit))
                    .ok());
    return out;
  };
  // The first half read ahead (with a repeat, and a node that has no edge),
  // the rest read as they are scanned.
  const NodeId no_edges = MakeNodeId(NodeKind::kPlace, 999);
  std::unique_ptr<Store::AdjacencyReader> reader = store_->NewAdjacencyReader();
  std::vector<NodeId> ahead(nodes.begin(), nodes.begin() + nodes.size() / 2);
  ahead.push_back(nodes[0]);
  ahead.push_back(no_edges);
  ASSERT_TRUE(reader->Prefetch(ahead).ok());
  for (NodeId node : nodes) {
    for (Direction direction : {Direction::kOut, Direction::kIn, Direction::kBoth}) {
      EXPECT_EQ(refs(reader.get(), node, direction), refs(nullptr, node, direction))
          << "node " << node;
    }
  }
  EXPECT_THAT(refs(reader.get(), no_edges, Direction::kBoth), ElementsAre());
  // While one node's refs are visited, every other node is scanned (and,
  // with a new reader, read and remembered): the visit goes on unchanged.
  reader = store_->NewAdjacencyReader();
  for (NodeId node : nodes) {
    std::vector<EdgeRef> visited;
    ASSERT_TRUE(reader
                    ->Scan(node, Direction::kBoth, std::nullopt,
                           [&](const EdgeRef& ref) {
                             visited.push_back(ref);
                             for (NodeId other : nodes) {
                               EXPECT_EQ(refs(reader.get(), other, Direction::kOut),
                                         refs(nullptr, other, Direction::kOut));
                             }
                             return true;
                           })
                    .ok());
    EXPECT_EQ(visited, refs(nullptr, node, Direction::kBoth)) << "node " << node;
  }
}

TEST(AdjacencyUpgradeTest, AVersionOneStoreIsReadAsItIsAndUpgradedWhenWritten) {
  TempDir dir;
  {
    std::unique_ptr<Store> store = OpenOrDie(dir.path());
    ASSERT_NE(store, nullptr);
    ASSERT_TRUE(store->WriteArticle(FirstVersion()).ok());
    ASSERT_TRUE(store->WriteArticle(NumberedArticle(1)).ok());
  }
  {
    // What a kg of schema version 1 left: no adjacency family.
    absl::StatusOr<std::unique_ptr<StoreDb>> db = StoreDb::Open(dir.path(), false, false);
    ASSERT_TRUE(db.ok()) << db.status();
    ASSERT_NE((*db)->adjacency(), nullptr);
    ASSERT_TRUE((*db)->db()->DropColumnFamily((*db)->adjacency()).ok());
    ASSERT_TRUE(
        (*db)->db()->Put(rocksdb::WriteOptions(), (*db)->meta(), "schema_version", "1").ok());
  }
  {
    absl::StatusOr<std::unique_ptr<StoreDb>> db = StoreDb::Open(dir.path(), false, true);
    ASSERT_TRUE(db.ok()) << db.status();
    EXPECT_EQ((*db)->schema_version(), 1);
    EXPECT_EQ((*db)->adjacency(), nullptr);
  }
  StoreOptions read_only;
  read_only.read_only = true;
  read_only.create_if_missing = false;
  {
    std::unique_ptr<Store> store = OpenOrDie(dir.path(), read_only);
    ASSERT_NE(store, nullptr);
    ExpectBlocksMatchKeys(*store);  // read from the keys
  }
  {
    // Opened for writing: upgraded, and written on with blocks.
    std::unique_ptr<Store> store = OpenOrDie(dir.path());
    ASSERT_NE(store, nullptr);
    ASSERT_TRUE(store->WriteArticle(NumberedArticle(2)).ok());
    ExpectBlocksMatchKeys(*store);
  }
  absl::StatusOr<std::unique_ptr<StoreDb>> db = StoreDb::Open(dir.path(), false, true);
  ASSERT_TRUE(db.ok()) << db.status();
  EXPECT_EQ((*db)->schema_version(), Store::kSchemaVersion);
  EXPECT_NE((*db)->adjacency(), nullptr);
  std::unique_ptr<Store> store = OpenOrDie(dir.path(), read_only);
  ASSERT_NE(store, nullptr);
  ExpectBlocksMatchKeys(*store);
}

}  // namespace
}  // namespace kg::testing
