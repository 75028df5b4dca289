// Store: replacing articles, atomicity, idempotence, opening and refusing
// stores, and the out/in pairing invariant.
#include <rocksdb/db.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "gmock/gmock.h"
#include "graph/key_encoding.h"
#include "graph/store.h"
#include "graph/store_db.h"
#include "gtest/gtest.h"
#include "tests/graph/store_test_util.h"

namespace kg {
namespace {

using ::kg::testing::Law;
using ::kg::testing::MakeArticle;
using ::kg::testing::MakeFact;
using ::kg::testing::Office;
using ::kg::testing::OnDate;
using ::kg::testing::OpenOrDie;
using ::kg::testing::Org;
using ::kg::testing::Person;
using ::kg::testing::TempDir;
using ::kg::testing::Tenure;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Pair;

Fact Appointed() {
  return MakeFact(Relation::kAppointedTo, Person("Marat Sultanov"), Office("Minister of Energy"),
                  "Marat Sultanov was appointed Minister of Energy.", OnDate(Date(2024, 1, 10)));
}
Fact Adopted(Date date = Date(2025, 6, 5)) {
  return MakeFact(Relation::kAdoptedBy, Law("Law on Energy Saving"), Org("Majilis"),
                  "The Majilis adopted the law.", OnDate(date));
}
Fact HeldTenure() {
  return MakeFact(Relation::kHeld, Person("Marat Sultanov"), Office("Minister of Energy"),
                  "He has been minister since 2024.", Tenure(Date(2024)));
}

// Stats without the bytes on disk, which change when RocksDB, in the
// background, deletes the log that opening the store recovered.
StoreStats Counts(StoreStats stats) {
  stats.bytes_on_disk = 0;
  return stats;
}

class StoreWriteTest : public ::testing::Test {
 protected:
  void SetUp() override { store_ = OpenOrDie(dir_.path()); }

  Store::WriteOutcome Write(const ArticleFacts& article) {
    absl::StatusOr<Store::WriteOutcome> outcome = store_->WriteArticle(article);
    EXPECT_TRUE(outcome.ok()) << outcome.status();
    return outcome.ok() ? *outcome : Store::WriteOutcome::kUnchanged;
  }

  StoreStats Stats() {
    absl::StatusOr<StoreStats> stats = store_->Stats();
    EXPECT_TRUE(stats.ok()) << stats.status();
    return stats.ok() ? *stats : StoreStats{};
  }

  std::vector<EdgeRecord> AllEdges() {
    std::vector<EdgeRecord> edges;
    EXPECT_TRUE(store_
                    ->ScanAllEdges([&](const EdgeRecord& edge) {
                      edges.push_back(edge);
                      return true;
                    })
                    .ok());
    return edges;
  }

  const EdgeRecord* EdgeOf(const std::vector<EdgeRecord>& edges, Relation relation) {
    for (const EdgeRecord& edge : edges) {
      if (edge.relation == relation) return &edge;
    }
    return nullptr;
  }

  void Reopen(const StoreOptions& options = {}) {
    store_.reset();
    store_ = OpenOrDie(dir_.path(), options);
  }

  TempDir dir_;
  std::unique_ptr<Store> store_;
};

TEST_F(StoreWriteTest, ChangedArticleReplacesItsObservations) {
  EXPECT_EQ(Write(MakeArticle("a1", Date(2025, 6, 5), 1, {Appointed(), Adopted()})),
            Store::WriteOutcome::kAdded);
  EXPECT_EQ(Write(MakeArticle("a2", Date(2025, 6, 6), 2, {Adopted()})),
            Store::WriteOutcome::kAdded);
  const std::vector<EdgeRecord> before = AllEdges();
  const EdgeRecord appointed = *EdgeOf(before, Relation::kAppointedTo);
  const EdgeRecord adopted = *EdgeOf(before, Relation::kAdoptedBy);
  EXPECT_THAT(adopted.sources, ElementsAre("a1", "a2"));

  // Version 2 no longer states the appointment or the adoption.
  EXPECT_EQ(Write(MakeArticle("a1", Date(2025, 6, 5), 99, {HeldTenure()})),
            Store::WriteOutcome::kReplaced);

  // Stated by a1 alone: gone, out key, in key and observation.
  absl::StatusOr<std::optional<EdgeRecord>> gone = store_->GetEdge(appointed.ref());
  ASSERT_TRUE(gone.ok());
  EXPECT_FALSE(gone->has_value());
  absl::StatusOr<std::vector<EdgeRecord>> into_office =
      store_->ListEdges(appointed.dst, Direction::kIn, Relation::kAppointedTo);
  ASSERT_TRUE(into_office.ok());
  EXPECT_THAT(*into_office, IsEmpty());
  absl::StatusOr<std::vector<ObservationRecord>> observations =
      store_->ListObservations(appointed.id);
  ASSERT_TRUE(observations.ok());
  EXPECT_THAT(*observations, IsEmpty());

  // Also stated by a2: stays, with one observation fewer.
  absl::StatusOr<std::optional<EdgeRecord>> kept = store_->GetEdge(adopted.ref());
  ASSERT_TRUE(kept.ok() && kept->has_value());
  EXPECT_THAT((*kept)->sources, ElementsAre("a2"));
  observations = store_->ListObservations(adopted.id);
  ASSERT_TRUE(observations.ok());
  ASSERT_EQ(observations->size(), 1u);
  EXPECT_EQ((*observations)[0].article_id, "a2");

  const std::vector<EdgeRecord> after = AllEdges();
  const EdgeRecord* held = EdgeOf(after, Relation::kHeld);
  ASSERT_NE(held, nullptr);
  EXPECT_THAT(held->sources, ElementsAre("a1"));
  absl::StatusOr<std::optional<ArticleRecord>> article = store_->GetArticle("a1");
  ASSERT_TRUE(article.ok() && article->has_value());
  EXPECT_EQ((*article)->content_hash, 99u);
  EXPECT_THAT((*article)->edges, ElementsAre(held->ref()));

  const StoreStats stats = Stats();
  EXPECT_THAT(stats.edges, ElementsAre(Pair(Relation::kHeld, 1), Pair(Relation::kAdoptedBy, 1)));
  EXPECT_EQ(stats.observations, 2u);
  EXPECT_EQ(stats.articles, 2u);
  // Nodes are never deleted.
  EXPECT_THAT(stats.nodes, ElementsAre(Pair(NodeKind::kPerson, 1), Pair(NodeKind::kOffice, 1),
                                       Pair(NodeKind::kOrganization, 1), Pair(NodeKind::kLaw, 1)));
}

TEST_F(StoreWriteTest, RetractionRecomputesTheMergedTime) {
  Fact precise = Adopted(Date(2025, 6, 5));
  precise.by = "Deputies";
  Write(MakeArticle("a1", Date(2025, 6, 5), 1, {precise}));
  Write(MakeArticle("a2", Date(2025, 6, 6), 2, {Adopted(Date(2025))}));
  ASSERT_EQ(AllEdges().size(), 1u);
  EXPECT_EQ(AllEdges()[0].time.date, Date(2025, 6, 5));
  EXPECT_EQ(AllEdges()[0].by, "Deputies");

  Write(MakeArticle("a1", Date(2025, 6, 5), 3, {}));
  const std::vector<EdgeRecord> edges = AllEdges();
  ASSERT_EQ(edges.size(), 1u);
  EXPECT_EQ(edges[0].time.date, Date(2025));
  EXPECT_EQ(edges[0].by, "");
  EXPECT_THAT(edges[0].sources, ElementsAre("a2"));
}

// A new version restating a fact keeps the edge (and its id); the sentence is
// the new version's.
TEST_F(StoreWriteTest, RestatedFactKeepsItsEdge) {
  Write(MakeArticle("a1", Date(2024, 1, 10), 1, {Appointed()}));
  const EdgeRecord before = AllEdges().at(0);
  Fact reworded = Appointed();
  reworded.evidence.sentence = "Sultanov became Minister of Energy.";
  Write(MakeArticle("a1", Date(2024, 1, 10), 2, {reworded}));
  const std::vector<EdgeRecord> after = AllEdges();
  ASSERT_EQ(after.size(), 1u);
  EXPECT_EQ(after[0].ref(), before.ref());
  absl::StatusOr<std::vector<ObservationRecord>> observations = store_->ListObservations(before.id);
  ASSERT_TRUE(observations.ok());
  ASSERT_EQ(observations->size(), 1u);
  EXPECT_EQ((*observations)[0].evidence.sentence, "Sultanov became Minister of Energy.");
  // No edge id was spent: the next edge is number 2.
  Write(MakeArticle("a2", Date(2025, 6, 5), 3, {Adopted()}));
  EXPECT_EQ(EdgeOf(AllEdges(), Relation::kAdoptedBy)->id, 2u);
}

TEST_F(StoreWriteTest, UnchangedArticleWritesNothing) {
  const ArticleFacts a1 = MakeArticle("a1", Date(2025, 6, 5), 1, {Appointed(), Adopted()});
  Write(a1);
  Write(MakeArticle("a2", Date(2025, 6, 6), 2, {Adopted(), HeldTenure()}));
  const StoreStats before = Stats();
  EXPECT_EQ(Write(a1), Store::WriteOutcome::kUnchanged);
  EXPECT_EQ(Stats(), before);
  Reopen();
  EXPECT_EQ(Write(a1), Store::WriteOutcome::kUnchanged);
  const StoreStats after = Stats();
  EXPECT_EQ(after.nodes, before.nodes);
  EXPECT_EQ(after.edges, before.edges);
  EXPECT_EQ(after.observations, 4u);
  EXPECT_EQ(after.observations, before.observations);
  EXPECT_EQ(after.names, before.names);
  EXPECT_EQ(after.articles, 2u);
}

TEST_F(StoreWriteTest, FailedCommitLeavesNothingBehind) {
  Write(MakeArticle("a1", Date(2025, 6, 5), 1, {Adopted()}));
  bool fail = true;
  StoreOptions options;
  options.before_commit_for_testing = [&fail]() {
    return fail ? absl::AbortedError("injected failure") : absl::OkStatus();
  };
  Reopen(options);
  const StoreStats before = Counts(Stats());
  const ArticleFacts a2 =
      MakeArticle("a2", Date(2025, 6, 6), 2, {Appointed(), Adopted()}, {Org("Ministry of Energy")});
  absl::StatusOr<Store::WriteOutcome> outcome = store_->WriteArticle(a2);
  EXPECT_EQ(outcome.status().code(), absl::StatusCode::kAborted);
  // A failing replacement leaves the old version in place.
  outcome = store_->WriteArticle(MakeArticle("a1", Date(2025, 6, 5), 7, {}));
  EXPECT_EQ(outcome.status().code(), absl::StatusCode::kAborted);
  EXPECT_EQ(Counts(Stats()), before);

  // The same instance has not spent ids on the failed batches.
  fail = false;
  ASSERT_EQ(Write(a2), Store::WriteOutcome::kAdded);
  absl::StatusOr<std::optional<NodeRecord>> ministry =
      store_->FindNode("Ministry of Energy", NodeKind::kOrganization);
  ASSERT_TRUE(ministry.ok() && ministry->has_value());
  EXPECT_EQ((*ministry)->id, MakeNodeId(NodeKind::kOrganization, 3));
  EXPECT_EQ(EdgeOf(AllEdges(), Relation::kAppointedTo)->id, 2u);
}

TEST_F(StoreWriteTest, FailedCommitIsAbsentAfterReopening) {
  Write(MakeArticle("a1", Date(2025, 6, 5), 1, {Adopted()}));
  const StoreStats before = Stats();
  StoreOptions options;
  options.before_commit_for_testing = [] { return absl::InternalError("crash before commit"); };
  Reopen(options);
  EXPECT_FALSE(store_->WriteArticle(MakeArticle("a2", Date(2025, 6, 6), 2, {Appointed()})).ok());
  EXPECT_FALSE(store_->WriteArticle(MakeArticle("a1", Date(2025, 6, 5), 9, {HeldTenure()})).ok());
  Reopen();

  EXPECT_EQ(Counts(Stats()), Counts(before));
  absl::StatusOr<std::optional<ArticleRecord>> a2 = store_->GetArticle("a2");
  ASSERT_TRUE(a2.ok());
  EXPECT_FALSE(a2->has_value());
  absl::StatusOr<std::optional<ArticleRecord>> a1 = store_->GetArticle("a1");
  ASSERT_TRUE(a1.ok() && a1->has_value());
  EXPECT_EQ((*a1)->content_hash, 1u);
  absl::StatusOr<std::vector<NodeId>> names = store_->FindByName("Marat Sultanov", false);
  ASSERT_TRUE(names.ok());
  EXPECT_THAT(*names, IsEmpty());
  // The counters in meta did not move: the next node is sequence 3.
  Write(MakeArticle("a2", Date(2025, 6, 6), 2, {Appointed()}));
  absl::StatusOr<std::optional<NodeRecord>> person =
      store_->FindNode("Marat Sultanov", NodeKind::kPerson);
  ASSERT_TRUE(person.ok() && person->has_value());
  EXPECT_EQ((*person)->id, MakeNodeId(NodeKind::kPerson, 3));
  EXPECT_EQ(EdgeOf(AllEdges(), Relation::kAppointedTo)->id, 2u);
}

TEST_F(StoreWriteTest, InvalidArticlesAreRefusedWhole) {
  ArticleFacts no_id = MakeArticle("", Date(2025, 1, 1), 1, {Adopted()});
  EXPECT_EQ(store_->WriteArticle(no_id).status().code(), absl::StatusCode::kInvalidArgument);
  ArticleFacts dashes = MakeArticle("a1", Date(2025, 1, 1), 1, {Adopted()});
  dashes.facts.push_back(MakeFact(Relation::kHeld, Person("--"), Office("Minister"), "s"));
  absl::Status status = store_->WriteArticle(dashes).status();
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(status.message(), HasSubstr("fact 1 source"));
  ArticleFacts bad_relation = MakeArticle("a1", Date(2025, 1, 1), 1, {Adopted()});
  bad_relation.facts[0].relation = static_cast<Relation>(99);
  EXPECT_EQ(store_->WriteArticle(bad_relation).status().code(), absl::StatusCode::kInvalidArgument);
  ArticleFacts bad_kind = MakeArticle("a1", Date(2025, 1, 1), 1, {}, {Person("X Y")});
  bad_kind.entities[0].kind = static_cast<NodeKind>(0);
  EXPECT_EQ(store_->WriteArticle(bad_kind).status().code(), absl::StatusCode::kInvalidArgument);
  const StoreStats stats = Stats();
  EXPECT_THAT(stats.nodes, IsEmpty());
  EXPECT_EQ(stats.articles, 0u);
}

// Every edge has both keys, and nothing else is in `in`.
TEST_F(StoreWriteTest, OutAndInKeysComeInPairs) {
  Write(MakeArticle("a1", Date(2025, 6, 5), 1, {Appointed(), Adopted(), HeldTenure()}));
  Write(MakeArticle("a2", Date(2025, 6, 6), 2, {Adopted(Date(2025, 6, 6)), Appointed()}));
  Write(MakeArticle("a1", Date(2025, 6, 5), 3, {HeldTenure()}));
  Write(MakeArticle("a2", Date(2025, 6, 6), 4, {Adopted()}));
  Write(MakeArticle("a3", Date(2025, 6, 7), 5,
                    {MakeFact(Relation::kPartnerOf, Org("B"), Org("A"), "s")}));
  store_.reset();

  absl::StatusOr<std::unique_ptr<StoreDb>> db =
      StoreDb::Open(dir_.path(), /*create_if_missing=*/false, /*read_only=*/true);
  ASSERT_TRUE(db.ok()) << db.status();
  std::set<EdgeRef> out, in;
  ASSERT_TRUE((*db)
                  ->ScanPrefix((*db)->out(), "",
                               [&](std::string_view key, std::string_view) -> absl::StatusOr<bool> {
                                 EdgeRef ref;
                                 EXPECT_TRUE(ParseOutKey(key, &ref));
                                 out.insert(ref);
                                 return true;
                               })
                  .ok());
  ASSERT_TRUE((*db)
                  ->ScanPrefix((*db)->in(), "",
                               [&](std::string_view key, std::string_view) -> absl::StatusOr<bool> {
                                 EdgeRef ref;
                                 EXPECT_TRUE(ParseInKey(key, &ref));
                                 in.insert(ref);
                                 return true;
                               })
                  .ok());
  // held (taken up again by a1's third version), adopted (2025-06-06's edge,
  // taken up again by a2's fourth version with 2025-06-05), partner_of.
  EXPECT_EQ(out.size(), 3u);
  EXPECT_EQ(out, in);
}

TEST(StoreOpenTest, SchemaVersionMismatchIsAClearError) {
  TempDir dir;
  const std::string newer = std::to_string(Store::kSchemaVersion + 1);
  ASSERT_NE(OpenOrDie(dir.path()), nullptr);
  {
    absl::StatusOr<std::unique_ptr<StoreDb>> db = StoreDb::Open(dir.path(), false, false);
    ASSERT_TRUE(db.ok()) << db.status();
    ASSERT_TRUE(
        (*db)->db()->Put(rocksdb::WriteOptions(), (*db)->meta(), "schema_version", newer).ok());
  }
  absl::StatusOr<std::unique_ptr<Store>> store = Store::Open(dir.path());
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(store.status().message(), HasSubstr("schema version " + newer));
  EXPECT_THAT(store.status().message(),
              HasSubstr("schema version " + std::to_string(Store::kSchemaVersion)));
  StoreOptions read_only;
  read_only.read_only = true;
  EXPECT_EQ(Store::Open(dir.path(), read_only).status().code(),
            absl::StatusCode::kFailedPrecondition);
}

TEST(StoreOpenTest, NonEmptyDirectoryThatIsNotAStoreIsRefused) {
  TempDir dir;
  { std::ofstream(dir.Child("notes.txt")) << "my notes\n"; }
  absl::StatusOr<std::unique_ptr<Store>> store = Store::Open(dir.path());
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(store.status().message(), HasSubstr("not a kg store"));
  // Nothing was created next to the notes.
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
    files.push_back(entry.path().filename().string());
  }
  EXPECT_THAT(files, ElementsAre("notes.txt"));

  // A plain file is not a store either.
  EXPECT_EQ(Store::Open(dir.Child("notes.txt")).status().code(),
            absl::StatusCode::kFailedPrecondition);
}

TEST(StoreOpenTest, AnotherRocksDbDatabaseIsRefused) {
  TempDir dir;
  {
    rocksdb::Options options;
    options.create_if_missing = true;
    rocksdb::DB* raw = nullptr;
    ASSERT_TRUE(rocksdb::DB::Open(options, dir.path(), &raw).ok());
    std::unique_ptr<rocksdb::DB> db(raw);
    ASSERT_TRUE(db->Put(rocksdb::WriteOptions(), "key", "value").ok());
  }
  absl::StatusOr<std::unique_ptr<Store>> store = Store::Open(dir.path());
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(store.status().message(), HasSubstr("column family"));
}

TEST(StoreOpenTest, MissingStoreIsNotFoundUnlessCreated) {
  TempDir dir;
  StoreOptions no_create;
  no_create.create_if_missing = false;
  EXPECT_EQ(Store::Open(dir.Child("db"), no_create).status().code(), absl::StatusCode::kNotFound);
  StoreOptions read_only;
  read_only.read_only = true;
  EXPECT_EQ(Store::Open(dir.Child("db"), read_only).status().code(), absl::StatusCode::kNotFound);
  EXPECT_FALSE(std::filesystem::exists(dir.Child("db")));
  EXPECT_NE(OpenOrDie(dir.Child("db")), nullptr);
  EXPECT_TRUE(std::filesystem::exists(dir.Child("db") + "/CURRENT"));
}

TEST(StoreOpenTest, StoreOpenForWritingIsUnavailableToASecondWriter) {
  TempDir dir;
  std::unique_ptr<Store> first = OpenOrDie(dir.path());
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(Store::Open(dir.path()).status().code(), absl::StatusCode::kUnavailable);
  // Readers are welcome.
  StoreOptions read_only;
  read_only.read_only = true;
  EXPECT_NE(OpenOrDie(dir.path(), read_only), nullptr);
}

TEST(StoreOpenTest, ReadOnlyStoreReadsButCannotWrite) {
  TempDir dir;
  {
    std::unique_ptr<Store> store = OpenOrDie(dir.path());
    ASSERT_TRUE(store->WriteArticle(MakeArticle("a1", Date(2025, 6, 5), 1, {Adopted()})).ok());
  }
  StoreOptions read_only;
  read_only.read_only = true;
  std::unique_ptr<Store> store = OpenOrDie(dir.path(), read_only);
  ASSERT_NE(store, nullptr);
  absl::StatusOr<std::optional<ArticleRecord>> article = store->GetArticle("a1");
  ASSERT_TRUE(article.ok() && article->has_value());
  absl::StatusOr<Store::WriteOutcome> outcome =
      store->WriteArticle(MakeArticle("a2", Date(2025, 6, 6), 2, {Appointed()}));
  EXPECT_EQ(outcome.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(outcome.status().message(), HasSubstr("read-only"));
  absl::StatusOr<StoreStats> stats = store->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->articles, 1u);
}

// Readers run while one thread writes; every scan sees a consistent store
// (each in key has its out key, so no DataLoss).
TEST(StoreConcurrencyTest, ReadsRunAlongsideTheWriter) {
  TempDir dir;
  std::unique_ptr<Store> store = OpenOrDie(dir.path());
  ASSERT_TRUE(store->WriteArticle(MakeArticle("a0", Date(2025, 1, 1), 1, {Appointed()})).ok());
  const NodeId office = (*store->FindNode("Minister of Energy", NodeKind::kOffice))->id;
  std::atomic<bool> done = false;
  std::atomic<int> failures = 0;
  std::thread reader([&] {
    while (!done) {
      if (!store->ListEdges(office, Direction::kIn).ok()) ++failures;
      if (!store->Stats().ok()) ++failures;
    }
  });
  for (int i = 1; i <= 60; ++i) {
    // Each article replaces the previous version of one of three ids.
    const std::string id = "a" + std::to_string(i % 3);
    Fact fact = MakeFact(Relation::kHeld, Person("Person " + std::to_string(i)),
                         Office("Minister of Energy"), "s", Tenure(Date(2000 + i)));
    EXPECT_TRUE(store->WriteArticle(MakeArticle(id, Date(2025, 1, 1), 100 + i, {fact})).ok());
  }
  done = true;
  reader.join();
  EXPECT_EQ(failures, 0);
  absl::StatusOr<std::vector<EdgeRecord>> held =
      store->ListEdges(office, Direction::kIn, Relation::kHeld);
  ASSERT_TRUE(held.ok());
  EXPECT_EQ(held->size(), 3u);  // one per article id still stored
}

}  // namespace
}  // namespace kg
