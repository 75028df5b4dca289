// Stored tenures (query/questions/stored_tenures.h): after a refresh, `kg
// career` and `kg holders` answer from them exactly as they answer by
// building every tenure from the reports; a stale post is built again; and
// the questions do read what is stored.
#include "query/questions/stored_tenures.h"

#include <cstdint>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "query/questions/career.h"
#include "query/questions/holders.h"
#include "tests/graph/store_test_util.h"
#include "tests/query/questions/summaries.h"

namespace kg::questions {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using testing::AsOf;
using testing::MakeArticle;
using testing::MakeFact;
using testing::OnDate;
using testing::OpenOrDie;
using testing::Person;
using testing::Ref;
using testing::Summaries;
using testing::TempDir;
using testing::Tenure;

const char* const kPeople[] = {"Aigerim Dauletova", "Bolat Serikov", "Kanat Zhunusov",
                               "Saule Temirova", "Yerlan Abenov"};
// Two posts of one holder at a time, one of several.
const char* const kSinglePosts[] = {"Chair of the Audit Chamber", "Prosecutor General"};
const char kSharedPost[] = "Deputy Minister of Finance";

NodeRef Post(int i) {
  if (i == 2) return Ref(NodeKind::kOffice, kSharedPost);
  NodeRef ref = Ref(NodeKind::kOffice, kSinglePosts[i]);
  ref.attributes.emplace_back("single", "true");
  return ref;
}

// Day n of an invented calendar of 28-day months from 2012 on.
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

// One article: one or two facts about the posts, of every kind the tenure
// rules read (appointments dated and undated, dismissals, stated tenures,
// titles seen in passing, memberships), on days that go forward with some
// stories told late.
ArticleFacts NextArticle(int n, Sequence& random) {
  int day = n * 11 + static_cast<int>(random.Next(40));
  if (random.Next(8) == 0) day -= 500;  // an old story
  const Date date = Day(day);
  std::vector<Fact> facts;
  const int count = 1 + static_cast<int>(random.Next(2));
  for (int i = 0; i < count; ++i) {
    const NodeRef person = Person(kPeople[random.Next(5)]);
    const NodeRef post = Post(static_cast<int>(random.Next(3)));
    const std::string sentence =
        person.name + " and " + post.name + ", story " + std::to_string(n) + "." +
        std::to_string(i);
    switch (random.Next(14)) {
      case 0:
      case 1:
        facts.push_back(MakeFact(Relation::kAppointedTo, person, post, sentence, OnDate(date)));
        break;
      case 2:
        facts.push_back(MakeFact(Relation::kAppointedTo, person, post, sentence, FactTime{}));
        break;
      case 3:
        facts.push_back(MakeFact(Relation::kDismissedFrom, person, post, sentence, OnDate(date)));
        break;
      case 4:
        facts.push_back(
            MakeFact(Relation::kHeld, person, post, sentence, Tenure(Day(day - 300), date)));
        break;
      case 5:
        facts.push_back(MakeFact(Relation::kHeld, person, post, sentence, Tenure(Day(day - 200))));
        break;
      case 6:
        facts.push_back(MakeFact(Relation::kMemberOf, person, post, sentence, AsOf(date)));
        break;
      default:
        facts.push_back(MakeFact(Relation::kHeld, person, post, sentence, AsOf(date)));
    }
  }
  return MakeArticle("s" + std::to_string(n), date, 1000 + n, facts);
}

// Writes the article to both stores.
void WriteBoth(const ArticleFacts& article, Store& kept, Store& built) {
  ASSERT_TRUE(kept.WriteArticle(article).ok());
  ASSERT_TRUE(built.WriteArticle(article).ok());
}

TEST(StoredTenuresTest, QuestionsAnswerFromThemAsFromTheReports) {
  TempDir dir;
  // The same articles into both; only `kept` is refreshed, so `built`
  // always builds tenures from the reports.
  std::unique_ptr<Store> kept = OpenOrDie(dir.path() + "/kept");
  std::unique_ptr<Store> built = OpenOrDie(dir.path() + "/built");
  Sequence random(11);
  int compared_rows = 0;
  int inferred = 0;
  int shortened = 0;  // rows with more sources than a limit let them list
  size_t refreshed = 0;
  for (int n = 0; n < 300; ++n) {
    ArticleFacts article = NextArticle(n, random);
    // Now and then a new version of an earlier article: its old facts go.
    if (n % 23 == 22) {
      article.id = "s" + std::to_string(n - 9);
      article.content_hash += 77;
    }
    WriteBoth(article, *kept, *built);
    if (n % 20 != 19) continue;
    // Every other refresh reads and builds on several threads.
    absl::StatusOr<size_t> posts = RefreshStoredTenures(*kept, n % 40 == 39 ? 4 : 1);
    ASSERT_TRUE(posts.ok()) << posts.status();
    refreshed += *posts;
    for (const char* name : kSinglePosts) {
      absl::StatusOr<std::optional<NodeRecord>> post = kept->FindNode(name, NodeKind::kOffice);
      ASSERT_TRUE(post.ok() && post->has_value()) << name;
      absl::StatusOr<std::optional<std::vector<StoredTenure>>> rows =
          ReadStoredTenures(*kept, (*post)->id);
      ASSERT_TRUE(rows.ok() && rows->has_value()) << name << " after article " << n;
    }
    for (const char* person : kPeople) {
      absl::StatusOr<CareerAnswer> from_kept = CareerQuery(*kept, person);
      absl::StatusOr<CareerAnswer> from_built = CareerQuery(*built, person);
      ASSERT_EQ(from_kept.ok(), from_built.ok()) << person;
      if (!from_kept.ok()) continue;
      ASSERT_EQ(from_kept->rows, from_built->rows)
          << person << " after article " << n << "\n"
          << ::testing::PrintToString(Summaries(from_kept->rows, true)) << "\n"
          << ::testing::PrintToString(Summaries(from_built->rows, true));
      compared_rows += static_cast<int>(from_kept->rows.size());
      for (const PostTenure& row : from_kept->rows) inferred += row.end_inferred;
      // As a table asks: a few sentences and sources, and how many sources
      // there are (read from the first ones kept apart, or, past them, from
      // every reference).
      for (size_t max_sources : {size_t{2}, size_t{20}}) {
        CareerOptions limited;
        limited.max_evidence = 1;
        limited.max_sources = max_sources;
        from_kept = CareerQuery(*kept, person, limited);
        from_built = CareerQuery(*built, person, limited);
        ASSERT_TRUE(from_kept.ok() && from_built.ok()) << person;
        ASSERT_EQ(from_kept->rows, from_built->rows) << person << ", " << max_sources << " sources";
        for (const PostTenure& row : from_kept->rows) {
          ASSERT_LE(row.sources.size(), max_sources);
          shortened += row.source_count > row.sources.size();
        }
      }
    }
    for (int i = 0; i < 3; ++i) {
      for (const std::optional<Date>& at : {std::optional<Date>(), std::optional(Day(n * 6))}) {
        HoldersOptions options;
        options.at = at;
        options.max_sources = i == 0 ? std::optional<size_t>(1) : std::nullopt;
        absl::StatusOr<HoldersAnswer> from_kept = HoldersQuery(*kept, Post(i).name, options);
        absl::StatusOr<HoldersAnswer> from_built = HoldersQuery(*built, Post(i).name, options);
        ASSERT_TRUE(from_kept.ok() && from_built.ok()) << Post(i).name;
        ASSERT_EQ(from_kept->rows, from_built->rows) << Post(i).name << " after article " << n;
        ASSERT_EQ(from_kept->undated, from_built->undated) << Post(i).name;
      }
    }
  }
  // The answers had rows, and inferred ends, to get wrong; every refresh
  // rebuilt at least one post.
  EXPECT_GT(compared_rows, 300);
  EXPECT_GT(inferred, 30);
  EXPECT_GT(shortened, 30);
  EXPECT_GE(refreshed, 15u);
}

TEST(StoredTenuresTest, APostWrittenSinceItsRefreshIsBuiltFromItsReports) {
  TempDir dir;
  std::unique_ptr<Store> store = OpenOrDie(dir.path());
  const NodeRef post = Post(0);
  ASSERT_TRUE(store
                  ->WriteArticle(MakeArticle(
                      "a", Day(10), 1,
                      {MakeFact(Relation::kAppointedTo, Person(kPeople[0]), post,
                                "Aigerim Dauletova was appointed.", OnDate(Day(10)))}))
                  .ok());
  ASSERT_TRUE(RefreshStoredTenures(*store).ok());
  absl::StatusOr<std::optional<NodeRecord>> office = store->FindNode(post.name, NodeKind::kOffice);
  ASSERT_TRUE(office.ok() && office->has_value());
  absl::StatusOr<std::optional<std::vector<StoredTenure>>> rows =
      ReadStoredTenures(*store, (*office)->id);
  ASSERT_TRUE(rows.ok() && rows->has_value());
  EXPECT_EQ((*rows)->size(), 1u);

  // A successor, not refreshed: the post is stale, and the answer has her.
  ASSERT_TRUE(store
                  ->WriteArticle(MakeArticle(
                      "b", Day(90), 2,
                      {MakeFact(Relation::kAppointedTo, Person(kPeople[3]), post,
                                "Saule Temirova was appointed.", OnDate(Day(90)))}))
                  .ok());
  rows = ReadStoredTenures(*store, (*office)->id);
  ASSERT_TRUE(rows.ok());
  EXPECT_FALSE(rows->has_value());
  absl::StatusOr<CareerAnswer> career = CareerQuery(*store, kPeople[0]);
  ASSERT_TRUE(career.ok());
  ASSERT_EQ(career->rows.size(), 1u);
  EXPECT_EQ(career->rows[0].end, Day(90));
  EXPECT_EQ(career->rows[0].successor, kPeople[3]);
}

TEST(StoredTenuresTest, TheQuestionsReadWhatIsStored) {
  // Aigerim chaired the Audit Chamber from day 10 and was seen as
  // Prosecutor General on day 400. Her stored tenure of the first post is
  // replaced by that of the second: holders and career then show the
  // second's dates (and sentences) under the first post, which built from
  // the reports they could not.
  TempDir dir;
  std::unique_ptr<Store> store = OpenOrDie(dir.path());
  const NodeRef aigerim = Person(kPeople[0]);
  ASSERT_TRUE(store
                  ->WriteArticle(MakeArticle(
                      "a", Day(10), 1,
                      {MakeFact(Relation::kAppointedTo, aigerim, Post(0), "She chairs it.",
                                OnDate(Day(10))),
                       MakeFact(Relation::kHeld, aigerim, Post(1), "She was seen there.",
                                AsOf(Day(400)))}))
                  .ok());
  ASSERT_TRUE(RefreshStoredTenures(*store).ok());
  absl::StatusOr<std::optional<NodeRecord>> chamber =
      store->FindNode(kSinglePosts[0], NodeKind::kOffice);
  absl::StatusOr<std::optional<NodeRecord>> prosecutor =
      store->FindNode(kSinglePosts[1], NodeKind::kOffice);
  absl::StatusOr<std::optional<NodeRecord>> person = store->FindNode(aigerim.name, NodeKind::kPerson);
  ASSERT_TRUE(chamber.ok() && chamber->has_value() && prosecutor.ok() &&
              prosecutor->has_value() && person.ok() && person->has_value());
  std::vector<std::pair<std::string, std::string>> facts;
  ASSERT_TRUE(store
                  ->ScanDerived((*prosecutor)->id,
                                [&](std::string_view key, std::string_view value) {
                                  facts.emplace_back(key, value);
                                  return true;
                                })
                  .ok());
  ASSERT_EQ(facts.size(), 1u);
  ASSERT_TRUE(store->WriteDerived({{.node = (*chamber)->id, .facts = facts}}).ok());

  absl::StatusOr<HoldersAnswer> holders = HoldersQuery(*store, kSinglePosts[0]);
  ASSERT_TRUE(holders.ok()) << holders.status();
  ASSERT_EQ(holders->rows.size(), 1u);
  EXPECT_EQ(holders->rows[0].start, Day(400));
  EXPECT_TRUE(holders->rows[0].seen_only);
  ASSERT_EQ(holders->rows[0].evidence.size(), 1u);
  EXPECT_EQ(holders->rows[0].evidence[0].sentence, "She was seen there.");

  absl::StatusOr<CareerAnswer> career = CareerQuery(*store, kPeople[0]);
  ASSERT_TRUE(career.ok()) << career.status();
  EXPECT_THAT(Summaries(career->rows, true),
              ElementsAre("Chair of the Audit Chamber: Aigerim Dauletova | " + Day(400).ToString() +
                              " | " + Day(400).ToString() + " | seen in passing | a",
                          "Prosecutor General: Aigerim Dauletova | " + Day(400).ToString() +
                              " | " + Day(400).ToString() + " | seen in passing | a"));

  // A stored sentence whose observation is gone is a damaged store.
  ASSERT_TRUE(store
                  ->WriteArticle(MakeArticle("a", Day(10), 2,
                                             {MakeFact(Relation::kAppointedTo, aigerim, Post(0),
                                                       "She chairs it.", OnDate(Day(10)))}))
                  .ok());
  ASSERT_TRUE(store->WriteDerived({{.node = (*chamber)->id, .facts = facts}}).ok());
  holders = HoldersQuery(*store, kSinglePosts[0]);
  ASSERT_FALSE(holders.ok());
  EXPECT_EQ(holders.status().code(), absl::StatusCode::kDataLoss);
  EXPECT_THAT(holders.status().message(), HasSubstr("that is not stored"));
}

TEST(StoredTenuresTest, ALimitOnSentencesKeepsEverySource) {
  TempDir dir;
  std::unique_ptr<Store> store = OpenOrDie(dir.path());
  for (int n = 0; n < 6; ++n) {
    ASSERT_TRUE(store
                    ->WriteArticle(MakeArticle(
                        "a" + std::to_string(n), Day(10 + n), 1 + n,
                        {MakeFact(Relation::kHeld, Person(kPeople[1]), Post(0),
                                  "Seen, story " + std::to_string(n) + ".", AsOf(Day(10 + n)))}))
                    .ok());
  }
  for (const bool refreshed : {false, true}) {
    if (refreshed) {
      ASSERT_TRUE(RefreshStoredTenures(*store).ok());
    }
    CareerOptions career_options;
    career_options.max_evidence = 2;
    absl::StatusOr<CareerAnswer> career = CareerQuery(*store, kPeople[1], career_options);
    HoldersOptions holders_options;
    holders_options.max_evidence = 2;
    absl::StatusOr<HoldersAnswer> holders =
        HoldersQuery(*store, kSinglePosts[0], holders_options);
    ASSERT_TRUE(career.ok() && holders.ok());
    for (const std::vector<PostTenure>* rows : {&career->rows, &holders->rows}) {
      ASSERT_EQ(rows->size(), 1u) << refreshed;
      EXPECT_THAT((*rows)[0].sources, ElementsAre("a0", "a1", "a2", "a3", "a4", "a5"));
      ASSERT_EQ((*rows)[0].evidence.size(), 2u) << refreshed;
      EXPECT_EQ((*rows)[0].evidence[0].sentence, "Seen, story 0.");
      EXPECT_EQ((*rows)[0].evidence[1].sentence, "Seen, story 1.");
    }
  }
}

}  // namespace
}  // namespace kg::questions
