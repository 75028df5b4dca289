// Derived facts (Store::WriteDerived and the readers): a node is fresh from
// its facts' write until a write touches an edge into it, an observation of
// one, or the node itself; stale, its facts read as absent. And a store of
// schema version 2, which has no derived facts: read-only it has none,
// upgraded every node is stale.
#include <rocksdb/db.h>

#include <memory>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "graph/store_db.h"
#include "gtest/gtest.h"
#include "tests/graph/store_test_util.h"

namespace kg::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::Pair;

NodeId IdOf(const Store& store, std::string_view name, NodeKind kind) {
  absl::StatusOr<std::optional<NodeRecord>> node = store.FindNode(name, kind);
  EXPECT_TRUE(node.ok() && node->has_value()) << name;
  return node.ok() && node->has_value() ? (*node)->id : 0;
}

std::vector<NodeId> Stale(const Store& store) {
  std::vector<NodeId> stale;
  EXPECT_TRUE(store
                  .ScanStaleNodes([&](NodeId id) {
                    stale.push_back(id);
                    return true;
                  })
                  .ok());
  return stale;
}

std::vector<std::pair<std::string, std::string>> Facts(const Store& store, NodeId node) {
  std::vector<std::pair<std::string, std::string>> facts;
  EXPECT_TRUE(store
                  .ScanDerived(node,
                               [&](std::string_view key, std::string_view value) {
                                 facts.emplace_back(key, value);
                                 return true;
                               })
                  .ok());
  return facts;
}

bool Fresh(const Store& store, NodeId node) {
  absl::StatusOr<bool> fresh = store.DerivedFresh(node);
  EXPECT_TRUE(fresh.ok()) << fresh.status();
  return fresh.ok() && *fresh;
}

// Marks every stale node fresh, `post` with two facts.
void WriteFacts(Store& store, NodeId post) {
  std::vector<Store::DerivedFacts> all;
  for (NodeId id : Stale(store)) {
    Store::DerivedFacts facts{.node = id, .facts = {}};
    if (id == post) facts.facts = {{"a", "first"}, {"b", "second"}};
    all.push_back(std::move(facts));
  }
  ASSERT_TRUE(store.WriteDerived(all).ok());
}

ArticleFacts Appointment(std::string id, std::string person, std::string office, Date date,
                         uint64_t hash) {
  return MakeArticle(std::move(id), date, hash,
                     {MakeFact(Relation::kAppointedTo, Person(person), Office(office),
                               person + " was appointed " + office + ".", OnDate(date))});
}

TEST(StoreDerivedTest, AWriteMarksTheNodesWhoseEdgesInItChanges) {
  TempDir dir;
  std::unique_ptr<Store> store = OpenOrDie(dir.path());
  ASSERT_TRUE(store->WriteArticle(Appointment("a1", "Aliya Nurova", "Minister of Energy",
                                              Date(2020, 3, 1), 1))
                  .ok());
  const NodeId energy = IdOf(*store, "Minister of Energy", NodeKind::kOffice);
  const NodeId aliya = IdOf(*store, "Aliya Nurova", NodeKind::kPerson);
  // Both are new: the office has an edge into it, the person is a new record.
  EXPECT_THAT(Stale(*store), ElementsAre(aliya, energy));
  EXPECT_FALSE(Fresh(*store, energy));
  EXPECT_THAT(Facts(*store, energy), IsEmpty());

  WriteFacts(*store, energy);
  EXPECT_THAT(Stale(*store), IsEmpty());
  EXPECT_TRUE(Fresh(*store, energy));
  EXPECT_THAT(Facts(*store, energy), ElementsAre(Pair("a", "first"), Pair("b", "second")));
  absl::StatusOr<std::optional<std::string>> fact = store->GetDerived(energy, "b");
  ASSERT_TRUE(fact.ok());
  EXPECT_EQ(*fact, "second");
  fact = store->GetDerived(energy, "c");
  ASSERT_TRUE(fact.ok());
  EXPECT_EQ(*fact, std::nullopt);

  // Another office's appointment of someone else leaves this one fresh.
  ASSERT_TRUE(store->WriteArticle(Appointment("a2", "Berik Sadykov", "Minister of Labor",
                                              Date(2021, 1, 5), 2))
                  .ok());
  EXPECT_TRUE(Fresh(*store, energy));
  const NodeId labor = IdOf(*store, "Minister of Labor", NodeKind::kOffice);
  EXPECT_FALSE(Fresh(*store, labor));
  WriteFacts(*store, energy);  // only the stale ones: energy keeps its facts
  EXPECT_THAT(Facts(*store, energy), ElementsAre(Pair("a", "first"), Pair("b", "second")));

  // Another article observing the same edge is a new report on the office.
  ASSERT_TRUE(store->WriteArticle(Appointment("a3", "Aliya Nurova", "Minister of Energy",
                                              Date(2020, 3, 1), 3))
                  .ok());
  EXPECT_FALSE(Fresh(*store, energy));
  EXPECT_THAT(Facts(*store, energy), IsEmpty());
  fact = store->GetDerived(energy, "a");
  ASSERT_TRUE(fact.ok());
  EXPECT_EQ(*fact, std::nullopt);
  WriteFacts(*store, energy);

  // A new version of the first article that no longer names the office
  // takes an observation off its edge.
  ASSERT_TRUE(store->WriteArticle(Appointment("a1", "Aliya Nurova", "Minister of Labor",
                                              Date(2020, 3, 1), 4))
                  .ok());
  EXPECT_FALSE(Fresh(*store, energy));
  EXPECT_FALSE(Fresh(*store, labor));

  // Rewriting a node's facts replaces them, not adds to them.
  ASSERT_TRUE(store->WriteDerived({{.node = energy, .facts = {{"c", "third"}}}}).ok());
  EXPECT_THAT(Facts(*store, energy), ElementsAre(Pair("c", "third")));
  EXPECT_THAT(Stale(*store), ::testing::Not(::testing::Contains(energy)));

  // An unchanged article changes nothing, so marks nothing.
  WriteFacts(*store, energy);
  ASSERT_TRUE(store->WriteArticle(Appointment("a1", "Aliya Nurova", "Minister of Labor",
                                              Date(2020, 3, 1), 4))
                  .ok());
  EXPECT_THAT(Stale(*store), IsEmpty());
}

TEST(StoreDerivedTest, FactsSurviveReopeningAndAReaderCannotWriteThem) {
  TempDir dir;
  NodeId energy = 0;
  {
    std::unique_ptr<Store> store = OpenOrDie(dir.path());
    ASSERT_TRUE(store->WriteArticle(Appointment("a1", "Aliya Nurova", "Minister of Energy",
                                                Date(2020, 3, 1), 1))
                    .ok());
    energy = IdOf(*store, "Minister of Energy", NodeKind::kOffice);
    WriteFacts(*store, energy);
  }
  StoreOptions read_only;
  read_only.read_only = true;
  read_only.create_if_missing = false;
  std::unique_ptr<Store> store = OpenOrDie(dir.path(), read_only);
  EXPECT_TRUE(Fresh(*store, energy));
  EXPECT_THAT(Facts(*store, energy), ElementsAre(Pair("a", "first"), Pair("b", "second")));
  const absl::Status written = store->WriteDerived({{.node = energy, .facts = {}}});
  EXPECT_EQ(written.code(), absl::StatusCode::kFailedPrecondition) << written;
}

TEST(StoreDerivedTest, AVersionTwoStoreHasNoDerivedFactsUntilWritten) {
  TempDir dir;
  NodeId energy = 0;
  {
    std::unique_ptr<Store> store = OpenOrDie(dir.path());
    ASSERT_TRUE(store->WriteArticle(Appointment("a1", "Aliya Nurova", "Minister of Energy",
                                                Date(2020, 3, 1), 1))
                    .ok());
    energy = IdOf(*store, "Minister of Energy", NodeKind::kOffice);
    WriteFacts(*store, energy);
  }
  {
    // What a kg of schema version 2 left: no derived family.
    absl::StatusOr<std::unique_ptr<StoreDb>> db = StoreDb::Open(dir.path(), false, false);
    ASSERT_TRUE(db.ok()) << db.status();
    ASSERT_NE((*db)->derived(), nullptr);
    ASSERT_TRUE((*db)->db()->DropColumnFamily((*db)->derived()).ok());
    ASSERT_TRUE(
        (*db)->db()->Put(rocksdb::WriteOptions(), (*db)->meta(), "schema_version", "2").ok());
  }
  StoreOptions read_only;
  read_only.read_only = true;
  read_only.create_if_missing = false;
  {
    std::unique_ptr<Store> store = OpenOrDie(dir.path(), read_only);
    ASSERT_NE(store, nullptr);
    EXPECT_FALSE(Fresh(*store, energy));
    EXPECT_THAT(Stale(*store), IsEmpty());
    EXPECT_THAT(Facts(*store, energy), IsEmpty());
  }
  {
    // Opened for writing: upgraded, with every node stale until written.
    std::unique_ptr<Store> store = OpenOrDie(dir.path());
    ASSERT_NE(store, nullptr);
    EXPECT_FALSE(Fresh(*store, energy));
    EXPECT_THAT(Stale(*store),
                ElementsAre(IdOf(*store, "Aliya Nurova", NodeKind::kPerson), energy));
    WriteFacts(*store, energy);
    EXPECT_TRUE(Fresh(*store, energy));
  }
  absl::StatusOr<std::unique_ptr<StoreDb>> db = StoreDb::Open(dir.path(), false, true);
  ASSERT_TRUE(db.ok()) << db.status();
  EXPECT_EQ((*db)->schema_version(), Store::kSchemaVersion);
  EXPECT_NE((*db)->derived(), nullptr);
}

}  // namespace
}  // namespace kg::testing
