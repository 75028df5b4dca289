// The counts WriteArticle keeps in `meta` (what `kg stats` reads in O(1))
// equal what a scan of the store counts, through additions, replacements
// that drop and add facts, unchanged writes and a reopen.
#include "graph/store_counts.h"

#include "gtest/gtest.h"
#include "tests/graph/store_test_util.h"

namespace kg {
namespace {

using testing::MakeArticle;
using testing::MakeFact;
using testing::Office;
using testing::OnDate;
using testing::Org;
using testing::Person;
using testing::StoreFixture;

class StoreCountsTest : public StoreFixture {
 protected:
  void ExpectCountsMatchScan(const Store& store) {
    absl::StatusOr<StoreStats> scanned = store.Stats();
    absl::StatusOr<StoreStats> kept = store.Counts();
    ASSERT_TRUE(scanned.ok()) << scanned.status();
    ASSERT_TRUE(kept.ok()) << kept.status();
    scanned->bytes_on_disk = kept->bytes_on_disk = 0;
    EXPECT_EQ(*kept, *scanned);
  }
};

TEST_F(StoreCountsTest, KeptCountsEqualAScanThroughEveryKindOfWrite) {
  ExpectCountsMatchScan(*store_);  // empty
  Write(MakeArticle(
      "a1", Date(2025, 6, 5), 1,
      {MakeFact(Relation::kAppointedTo, Person("Aigul Temirova", {"Temirova"}),
                Office("Minister of Energy"), "Temirova was appointed.", OnDate(Date(2025, 6, 5))),
       MakeFact(Relation::kPartOf, Office("Minister of Energy"), Org("Ministry of Energy"),
                "The ministry.")}));
  ExpectCountsMatchScan(*store_);
  // The same fact again (one edge, two observations) and a new one.
  Write(MakeArticle(
      "a2", Date(2025, 6, 6), 2,
      {MakeFact(Relation::kAppointedTo, Person("Aigul Temirova"), Office("Minister of Energy"),
                "She was appointed.", OnDate(Date(2025, 6, 5))),
       MakeFact(Relation::kMemberOf, Person("Aigul Temirova"), Org("Amanat Party"),
                "A member of Amanat.")}));
  ExpectCountsMatchScan(*store_);
  // A new version of a1: drops the part_of edge (its only observation),
  // keeps the appointment, adds a dismissal and an alias.
  Write(MakeArticle(
            "a1", Date(2025, 6, 5), 3,
            {MakeFact(Relation::kAppointedTo, Person("Aigul Temirova", {"A. Temirova"}),
                      Office("Minister of Energy"), "Temirova was appointed.",
                      OnDate(Date(2025, 6, 5))),
             MakeFact(Relation::kDismissedFrom, Person("Serik Bekov"), Office("Minister of Energy"),
                      "Bekov was dismissed.", OnDate(Date(2025, 6, 5)))}),
        Store::WriteOutcome::kReplaced);
  ExpectCountsMatchScan(*store_);
  // Unchanged: nothing moves.
  Write(MakeArticle("a2", Date(2025, 6, 6), 2, {}), Store::WriteOutcome::kUnchanged);
  ExpectCountsMatchScan(*store_);
  // A version that states nothing.
  Write(MakeArticle("a2", Date(2025, 6, 6), 4, {}), Store::WriteOutcome::kReplaced);
  ExpectCountsMatchScan(*store_);

  absl::StatusOr<StoreStats> kept = store_->Counts();
  ASSERT_TRUE(kept.ok());
  EXPECT_EQ(kept->articles, 2u);
  EXPECT_EQ(kept->edges.count(Relation::kPartOf), 0u);
  EXPECT_EQ(kept->edges.at(Relation::kDismissedFrom), 1u);

  // Read back after a reopen, read-only.
  store_.reset();
  StoreOptions read_only;
  read_only.read_only = true;
  read_only.create_if_missing = false;
  std::unique_ptr<Store> reopened = testing::OpenOrDie(dir_.path(), read_only);
  ASSERT_NE(reopened, nullptr);
  ExpectCountsMatchScan(*reopened);
}

TEST(StoreCountsEncodingTest, RoundTripsAndRejectsGarbage) {
  StoreCounts counts;
  counts.nodes[1] = 5;
  counts.edges[14] = 2;
  counts.observations = 9;
  counts.articles = 3;
  counts.names = 11;
  std::optional<StoreCounts> decoded = StoreCounts::Decode(counts.Encode());
  ASSERT_TRUE(decoded.has_value());
  EXPECT_EQ(decoded->ToStats(), counts.ToStats());
  EXPECT_FALSE(StoreCounts::Decode("obs=x").has_value());
  EXPECT_FALSE(StoreCounts::Decode("what=1").has_value());
  EXPECT_FALSE(StoreCounts::Decode("n999=1").has_value());
}

}  // namespace
}  // namespace kg
