// LawQuery on a real store (question_graph.h).
#include "query/questions/law.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/query/questions/question_graph.h"
#include "tests/query/questions/summaries.h"

namespace kg::questions {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using testing::NoteSummaries;
using testing::StageSummaries;

class LawTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { graph_ = new testing::QuestionGraph; }
  static void TearDownTestSuite() {
    delete graph_;
    graph_ = nullptr;
  }
  static LawAnswer Ask(const std::string& law) {
    absl::StatusOr<LawAnswer> answer = LawQuery(graph_->store(), law);
    EXPECT_TRUE(answer.ok()) << answer.status();
    return answer.ok() ? *answer : LawAnswer{};
  }
  static testing::QuestionGraph* graph_;
};

testing::QuestionGraph* LawTest::graph_ = nullptr;

TEST_F(LawTest, PathInOrderWithContradictionsAndGaps) {
  const LawAnswer answer = Ask("On Public Procurement");
  EXPECT_EQ(answer.law.name, "On Public Procurement");
  EXPECT_THAT(StageSummaries(answer),
              ElementsAre("2024-11 | drafted | Ministry of Finance |  | l1 | ",
                          "2024-11-20 | submitted to | Majilis |  | l1 | ",
                          "2025-02-12 | approved | Majilis | first reading | l2 | ",
                          "2025-03-28 | signed | Kassym-Jomart Tokayev |  | l5 | 2",
                          "2025-04-02 | adopted | Majilis |  | l3 | 1",
                          "2025-04-03 | adopted | Majilis |  | l4 | 1,2",
                          " | entered into force | Kazakhstan |  | l5 | 3"));
  EXPECT_THAT(
      NoteSummaries(answer),
      ElementsAre("contradiction: adopted by Majilis is reported on two dates: 2025-04-02 [l3] "
                  "and 2025-04-03 [l4] [5,6]",
                  "contradiction: signed by Kassym-Jomart Tokayev on 2025-03-28 [l5] is dated "
                  "before adopted by Majilis on 2025-04-03 [l4] [4,6]",
                  "gap: entered into force (Kazakhstan): no date reported (on or before "
                          "2025-03-28, when it was reported) [7]"));
  EXPECT_EQ(answer.stages[2].evidence.size(), 1u);
  EXPECT_EQ(answer.stages[2].evidence[0].article_id, "l2");
  EXPECT_EQ(answer.stages[2].evidence[0].sentence,
            "The law On Public Procurement went through approved_by.");
}

TEST_F(LawTest, SignedWithNoAdoptionIsAGap) {
  const LawAnswer answer = Ask("territorial defense");
  EXPECT_EQ(answer.law.name, "On Territorial Defense");
  EXPECT_THAT(StageSummaries(answer),
              ElementsAre("2025-06-01 | signed | Kassym-Jomart Tokayev |  | l6 | 1"));
  EXPECT_THAT(NoteSummaries(answer),
              ElementsAre("gap: signed, but no adoption or approval is recorded [1]"));
}

TEST_F(LawTest, AdoptedAgainAfterAReturnIsNoContradiction) {
  // On one day a chamber adopts a bill, then sends it on.
  const LawAnswer answer = Ask("the law on mass media");
  EXPECT_THAT(StageSummaries(answer),
              ElementsAre("2025-01-15 | adopted | Majilis |  | l7 | ",
                          "2025-01-15 | submitted to | Senate |  | l7 | ",
                          "2025-02-05 | returned | Senate |  | l8 | ",
                          "2025-03-12 | adopted | Majilis |  | l9 | ",
                          "2025-03-26 | approved | Senate |  | l9 | ",
                          "2025-04-10 | signed | Kassym-Jomart Tokayev |  | l10 | "));
  EXPECT_THAT(answer.notes, IsEmpty());
}

TEST_F(LawTest, LawNamesResolveLoosely) {
  EXPECT_EQ(Ask("Law on Public Procurement").law.name, "On Public Procurement");
  EXPECT_EQ(Ask("draft law on public procurement").law.name, "On Public Procurement");
  EXPECT_EQ(Ask("procurement").law.name, "On Public Procurement");
  EXPECT_EQ(Ask("on mass").law.name, "On Mass Media");
}

TEST_F(LawTest, AmbiguousAndUnknownLaws) {
  absl::StatusOr<LawAnswer> ambiguous = LawQuery(graph_->store(), "On");
  ASSERT_FALSE(ambiguous.ok());
  EXPECT_EQ(ambiguous.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ(ambiguous.status().message(),
            "\"On\" matches 3 laws; give one of these names:\n"
            "  On Mass Media\n"
            "  On Public Procurement\n"
            "  On Territorial Defense");
  EXPECT_EQ(LawQuery(graph_->store(), "On Radiation Safety").status().code(),
            absl::StatusCode::kNotFound);
  EXPECT_EQ(LawQuery(graph_->store(), "--").status().code(), absl::StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace kg::questions
