// StoreHolderLookup keeps a post's tenures between writes: its answers must
// stay the ones a fresh lookup gives after every write, and the tenures must
// not be built again for writes that only add sightings.
#include "tools/kg/store_holder_lookup.h"

#include <cstdint>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "tests/graph/store_test_util.h"

namespace kg {
namespace {

using testing::AsOf;
using testing::MakeArticle;
using testing::MakeFact;
using testing::OnDate;
using testing::OpenOrDie;
using testing::Person;
using testing::Ref;
using testing::TempDir;
using testing::Tenure;

constexpr char kPost[] = "Chair of the Audit Chamber";

NodeRef Post() {
  NodeRef ref = Ref(NodeKind::kOffice, kPost);
  ref.attributes.emplace_back("single", "true");
  return ref;
}

// Day n of an invented calendar of 28-day months from 2012 on: increasing
// in n, each one a valid date.
Date Day(int n) {
  const int d = n + 3 * 12 * 28;
  return Date(2012 + d / (12 * 28), 1 + d % (12 * 28) / 28, 1 + d % 28);
}

// A small deterministic generator: the sequence is the test's fixture.
class Sequence {
 public:
  explicit Sequence(uint64_t seed) : state_(seed) {}
  uint32_t Next(uint32_t bound) {
    state_ = state_ * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<uint32_t>(state_ >> 33) % bound;
  }

 private:
  uint64_t state_;
};

// One article about the post: mostly a holder seen in passing on the
// article's day, sometimes an appointment, a dismissal or a stated tenure,
// of one of a few invented people, on days that go forward with some
// stories told late.
ArticleFacts NextArticle(int n, Sequence& random) {
  static const char* const kPeople[] = {"Aigerim Dauletova", "Bolat Serikov", "Kanat Zhunusov",
                                        "Saule Temirova"};
  const NodeRef person = Person(kPeople[random.Next(4)]);
  int day = n * 9 + static_cast<int>(random.Next(40));
  if (random.Next(10) == 0) day -= 400;  // an old story
  const Date date = Day(day);
  const std::string sentence = person.name + " and the post, story " + std::to_string(n) + ".";
  Fact fact;
  switch (random.Next(12)) {
    case 0:
      fact = MakeFact(Relation::kAppointedTo, person, Post(), sentence, OnDate(date));
      break;
    case 1:
      fact = MakeFact(Relation::kDismissedFrom, person, Post(), sentence, OnDate(date));
      break;
    case 2:
      fact = MakeFact(Relation::kHeld, person, Post(), sentence, Tenure(Day(day - 300)));
      break;
    default:
      fact = MakeFact(Relation::kHeld, person, Post(), sentence, AsOf(date));
  }
  return MakeArticle("s" + std::to_string(n), date, 1000 + n, {fact});
}

TEST(StoreHolderLookupTest, KeptTenuresAnswerAsAFreshLookupAfterEveryWrite) {
  TempDir dir;
  std::unique_ptr<Store> store = OpenOrDie(dir.path() + "/db");
  StoreHolderLookup kept(*store);
  Sequence random(7);
  constexpr int kArticles = 240;
  int compared = 0;
  int held = 0;
  for (int n = 0; n < kArticles; ++n) {
    ArticleFacts article = NextArticle(n, random);
    // Now and then a new version of an earlier article: its old facts go.
    if (n % 25 == 24) {
      article.id = "s" + std::to_string(n - 10);
      article.content_hash += 77;
    }
    Store::WriteChanges changes;
    ASSERT_TRUE(store->WriteArticle(article, &changes).ok());
    kept.NoteWrite(changes);
    // A question on a day nobody asks about again makes the lookup bring
    // stale tenures up to date; the days below are then answered from them.
    kept.HolderAt(kPost, Date(1900 + n / 12, 1 + n % 12, 1));
    StoreHolderLookup fresh(*store);
    for (int day = -400; day < kArticles * 9 + 60; day += 37) {
      const std::optional<std::string> answer = kept.CachedHolderAt(kPost, Day(day));
      ASSERT_TRUE(answer.has_value());
      ASSERT_EQ(*answer, fresh.HolderAt(kPost, Day(day)))
          << "after article " << n << ", on " << Day(day).ToString();
      ++compared;
      if (!answer->empty()) ++held;
    }
  }
  EXPECT_GT(compared, 1000);
  EXPECT_GT(held, compared / 2);  // the questions had answers to get wrong
  // Sightings are most of the writes, and most of them need no rebuild.
  EXPECT_LT(kept.builds(), static_cast<uint64_t>(kArticles) * 2 / 3);
  // The store is read again only after a write it cannot follow in memory.
  EXPECT_GT(kept.reads(), 1u);
  EXPECT_LT(kept.reads(), kept.builds() / 4);

}

TEST(StoreHolderLookupTest, SightingsOfTheHolderDoNotRebuildTheTenures) {
  TempDir dir;
  std::unique_ptr<Store> store = OpenOrDie(dir.path() + "/db");
  StoreHolderLookup lookup(*store);
  const NodeRef holder = Person("Aigerim Dauletova");
  ASSERT_TRUE(store
                  ->WriteArticle(MakeArticle(
                      "appointed", Day(0), 1,
                      {MakeFact(Relation::kAppointedTo, holder, Post(), "Appointed.", OnDate(Day(0)))}))
                  .ok());
  constexpr int kSightings = 200;
  for (int n = 1; n <= kSightings; ++n) {
    EXPECT_EQ(lookup.HolderAt(kPost, Day(n * 5)), holder.name);
    Store::WriteChanges changes;
    ASSERT_TRUE(store
                    ->WriteArticle(MakeArticle(
                        "seen" + std::to_string(n), Day(n * 5), 10 + n,
                        {MakeFact(Relation::kHeld, holder, Post(), "Seen.", AsOf(Day(n * 5)))}),
                                   &changes)
                    .ok());
    EXPECT_FALSE(changes.edges.empty());
    lookup.NoteWrite(changes);
  }
  EXPECT_EQ(lookup.builds(), 1u);

  // Someone else seen later starts a run of sightings: built again.
  Store::WriteChanges changes;
  const NodeRef other = Person("Bolat Serikov");
  const Date later = Day(kSightings * 5 + 30);
  ASSERT_TRUE(
      store
          ->WriteArticle(MakeArticle("other", later, 5000,
                                     {MakeFact(Relation::kHeld, other, Post(), "Seen.", AsOf(later))}),
                         &changes)
          .ok());
  lookup.NoteWrite(changes);
  // The latest tenure begun by then is the run the other's sighting began.
  // The guess builds the stale tenures again, and the writer's question
  // then finds them built.
  EXPECT_EQ(lookup.CachedHolderAt(kPost, later), other.name);
  EXPECT_EQ(lookup.builds(), 2u);
  EXPECT_EQ(lookup.HolderAt(kPost, later), other.name);
  EXPECT_EQ(StoreHolderLookup(*store).HolderAt(kPost, later), other.name);
  EXPECT_EQ(lookup.builds(), 2u);
}

TEST(StoreHolderLookupTest, AnUnchangedArticleReportsNoChanges) {
  TempDir dir;
  std::unique_ptr<Store> store = OpenOrDie(dir.path() + "/db");
  const ArticleFacts article = MakeArticle(
      "a", Day(0), 1,
      {MakeFact(Relation::kAppointedTo, Person("Kanat Zhunusov"), Post(), "Appointed.",
                OnDate(Day(0)))});
  Store::WriteChanges changes;
  ASSERT_TRUE(store->WriteArticle(article, &changes).ok());
  ASSERT_EQ(changes.edges.size(), 1u);
  EXPECT_FALSE(changes.edges[0].before.has_value());
  ASSERT_TRUE(changes.edges[0].after.has_value());
  EXPECT_EQ(changes.edges[0].after->src_name, "Kanat Zhunusov");
  ASSERT_TRUE(changes.edges[0].observation.has_value());
  EXPECT_EQ(changes.edges[0].observation->article_date, Day(0));
  EXPECT_TRUE(changes.nodes.empty());  // the person and the post are new
  absl::StatusOr<Store::WriteOutcome> again = store->WriteArticle(article, &changes);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*again, Store::WriteOutcome::kUnchanged);
  EXPECT_TRUE(changes.edges.empty());
  EXPECT_TRUE(changes.nodes.empty());
}

}  // namespace
}  // namespace kg
