// CareerQuery on a real store (question_graph.h).
#include "query/questions/career.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/query/questions/question_graph.h"
#include "tests/query/questions/summaries.h"

namespace kg::questions {
namespace {

using ::testing::ElementsAre;
using testing::Summaries;

class CareerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { graph_ = new testing::QuestionGraph; }
  static void TearDownTestSuite() {
    delete graph_;
    graph_ = nullptr;
  }
  static std::vector<std::string> Career(const std::string& person) {
    absl::StatusOr<CareerAnswer> answer = CareerQuery(graph_->store(), person);
    EXPECT_TRUE(answer.ok()) << answer.status();
    return answer.ok() ? Summaries(answer->rows, /*with_post=*/true) : std::vector<std::string>{};
  }
  static testing::QuestionGraph* graph_;
};

testing::QuestionGraph* CareerTest::graph_ = nullptr;

TEST_F(CareerTest, PostsInOrderOfStartAtEveryPrecision) {
  // A year (2015), a month (2019-03) and days, in time order; the
  // appointment and the career line about Labor are one row, ended by the
  // successor as `kg holders` has it; the undated membership comes last.
  EXPECT_THAT(
      Career("Dana Omarova"),
      ElementsAre(
          "member of Amanat party: Dana Omarova | 2015 |  | member | a02",
          "Vice Minister of Energy: Dana Omarova | 2019-03 | 2021-12 | held | a02",
          "Minister of Labor and Social Protection: Dana Omarova | 2022-01-11 | 2024-02-06 "
          "(inferred) | appointed by President; succeeded by Aliya Sarsenova | a01, a02, a03",
          "Minister of Energy: Dana Omarova | 2024-03-05 |  | appointed | a06",
          "member of Council of Foreign Investors: Dana Omarova |  |  | member, undated | a02"));
}

TEST_F(CareerTest, SuccessorInAnotherPersonsCareer) {
  EXPECT_THAT(Career("Berik Tulegenov"),
              ElementsAre("Minister of Energy: Berik Tulegenov | 2023-05-02 | 2024-03-05 "
                          "(inferred) | appointed; succeeded by Dana Omarova | a04"));
  EXPECT_THAT(Career("Erlan Kassymov"),
              ElementsAre("Akim of Almaty Region: Erlan Kassymov | 2020-06 | 2023-09-15 | "
                          "appointed; dismissed by President | a08, a09"));
  EXPECT_THAT(Career("Nurlan Abenov"),
              ElementsAre("Akim of Almaty Region: Nurlan Abenov | 2019-11-02 | 2019-11-02 | "
                          "seen in passing | a10"));
}

TEST_F(CareerTest, PersonByPartOfTheName) {
  absl::StatusOr<CareerAnswer> answer = CareerQuery(graph_->store(), "omarova");
  ASSERT_TRUE(answer.ok()) << answer.status();
  EXPECT_EQ(answer->person.name, "Dana Omarova");
  EXPECT_EQ(answer->rows.size(), 5u);
}

TEST_F(CareerTest, UnknownPerson) {
  EXPECT_EQ(CareerQuery(graph_->store(), "Timur Zhaksybekov").status().code(),
            absl::StatusCode::kNotFound);
  // An office is not a person.
  EXPECT_EQ(CareerQuery(graph_->store(), "Minister of Energy").status().code(),
            absl::StatusCode::kNotFound);
}

}  // namespace
}  // namespace kg::questions
