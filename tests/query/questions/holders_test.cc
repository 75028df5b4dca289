// HoldersQuery on a real store (question_graph.h).
#include "query/questions/holders.h"

#include <optional>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/query/questions/question_graph.h"
#include "tests/query/questions/summaries.h"

namespace kg::questions {
namespace {

using testing::D;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using testing::Summaries;

class HoldersTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { graph_ = new testing::QuestionGraph; }
  static void TearDownTestSuite() {
    delete graph_;
    graph_ = nullptr;
  }

  static HoldersAnswer Ask(const std::string& office, const char* at = nullptr) {
    HoldersOptions options;
    if (at != nullptr) options.at = D(at);
    absl::StatusOr<HoldersAnswer> answer = HoldersQuery(graph_->store(), office, options);
    EXPECT_TRUE(answer.ok()) << answer.status();
    return answer.ok() ? *answer : HoldersAnswer{};
  }
  static std::vector<std::string> At(const std::string& office, const char* at) {
    return Summaries(Ask(office, at).rows);
  }

  static testing::QuestionGraph* graph_;
};

testing::QuestionGraph* HoldersTest::graph_ = nullptr;

constexpr char kLabor[] = "Minister of Labor and Social Protection";
constexpr char kDana[] =
    "Dana Omarova | 2022-01-11 | 2024-02-06 (inferred) | appointed by President; succeeded by "
    "Aliya Sarsenova | a01, a02, a03";
constexpr char kAliya[] = "Aliya Sarsenova | 2024-02-06 |  | appointed | a05, a07";

TEST_F(HoldersTest, SuccessorEndsPredecessorsTenure) {
  const HoldersAnswer answer = Ask(kLabor);
  EXPECT_EQ(answer.office.name, kLabor);
  EXPECT_TRUE(answer.single_holder);
  // Dana's appointment, her career line (from 2022-01) and a title seen in
  // passing on 2023-06-01 are one tenure, ended by Aliya's appointment.
  EXPECT_THAT(Summaries(answer.rows), ElementsAre(kDana, kAliya));
  ASSERT_EQ(answer.rows.size(), 2u);
  EXPECT_TRUE(answer.rows[0].end_inferred);
  EXPECT_EQ(answer.rows[0].successor, "Aliya Sarsenova");
  EXPECT_EQ(answer.rows[0].post, kLabor);
  EXPECT_FALSE(answer.rows[1].end_inferred);
  EXPECT_EQ(answer.rows[1].evidence.size(), 2u);
  EXPECT_EQ(answer.rows[1].evidence[1].sentence,
            "Labor Minister Aliya Sarsenova opened the forum.");
}

TEST_F(HoldersTest, NoInferenceAcrossOffices) {
  // Berik's Energy appointment (2023-05-02) does not end Dana's Labor
  // tenure, and Dana's Energy appointment (2024-03-05) does not end Aliya's.
  EXPECT_THAT(At(kLabor, "2023-05-03"), ElementsAre(kDana));
  EXPECT_THAT(At(kLabor, "2025"), ElementsAre(kAliya));
  EXPECT_THAT(Summaries(Ask("Minister of Energy").rows),
              ElementsAre("Berik Tulegenov | 2023-05-02 | 2024-03-05 (inferred) | appointed; "
                          "succeeded by Dana Omarova | a04",
                          "Dana Omarova | 2024-03-05 |  | appointed | a06"));
}

TEST_F(HoldersTest, NoInferenceForOfficesOfSeveral) {
  const HoldersAnswer answer = Ask("Vice Minister of Energy");
  EXPECT_FALSE(answer.single_holder);
  EXPECT_THAT(Summaries(answer.rows),
              ElementsAre("Serik Bekov | 2018-05-03 |  | appointed | a12",
                          "Dana Omarova | 2019-03 | 2021-12 | held | a02",
                          "Zhanar Amirkhanova | 2020-02-14 |  | appointed | a11"));
  EXPECT_THAT(At("Vice Minister of Energy", "2020-03"),
              ElementsAre("Serik Bekov | 2018-05-03 |  | appointed | a12",
                          "Dana Omarova | 2019-03 | 2021-12 | held | a02",
                          "Zhanar Amirkhanova | 2020-02-14 |  | appointed | a11"));
}

constexpr char kNurlan[] = "Nurlan Abenov | 2019-11-02 | 2019-11-02 | seen in passing | a10";
constexpr char kErlan[] =
    "Erlan Kassymov | 2020-06 | 2023-09-15 | appointed; dismissed by President | a08, a09";

TEST_F(HoldersTest, DismissalEndsTenureAndSightingsStandAlone) {
  EXPECT_THAT(Summaries(Ask("Akim of Almaty Region").rows), ElementsAre(kNurlan, kErlan));
}

TEST_F(HoldersTest, AtDateInsideAndOutsideIntervals) {
  EXPECT_THAT(At(kLabor, "2023-01-01"), ElementsAre(kDana));
  EXPECT_THAT(At(kLabor, "2022-01-11"), ElementsAre(kDana));
  EXPECT_THAT(At(kLabor, "2022-01-10"), IsEmpty());
  EXPECT_THAT(At(kLabor, "2021-12"), IsEmpty());
  // The handover day belongs to both.
  EXPECT_THAT(At(kLabor, "2024-02-06"), ElementsAre(kDana, kAliya));
  EXPECT_THAT(At(kLabor, "2024-02-07"), ElementsAre(kAliya));
  EXPECT_THAT(At("Akim of Almaty Region", "2023-09-15"), ElementsAre(kErlan));
  EXPECT_THAT(At("Akim of Almaty Region", "2023-09-16"), IsEmpty());
  EXPECT_THAT(At("Akim of Almaty Region", "2019-11-02"), ElementsAre(kNurlan));
  EXPECT_THAT(At("Akim of Almaty Region", "2019-11-03"), IsEmpty());
}

TEST_F(HoldersTest, AtDateOfCoarserPrecisionOverlaps) {
  EXPECT_THAT(At(kLabor, "2024"), ElementsAre(kDana, kAliya));
  EXPECT_THAT(At(kLabor, "2022"), ElementsAre(kDana));
  EXPECT_THAT(At(kLabor, "2024-02"), ElementsAre(kDana, kAliya));
  EXPECT_THAT(At(kLabor, "2024-03"), ElementsAre(kAliya));
  // Appointed in "2020-06": the month overlaps any day of June.
  EXPECT_THAT(At("Akim of Almaty Region", "2020-06-01"), ElementsAre(kErlan));
  EXPECT_THAT(At("Akim of Almaty Region", "2020-05"), IsEmpty());
  EXPECT_THAT(At("Akim of Almaty Region", "2019"), ElementsAre(kNurlan));
  EXPECT_THAT(At("Akim of Almaty Region", "2023"), ElementsAre(kErlan));
  const HoldersAnswer answer = Ask(kLabor, "2024");
  ASSERT_TRUE(answer.at.has_value());
  EXPECT_EQ(answer.at->ToString(), "2024");
}

TEST_F(HoldersTest, OfficeNamesResolveByAliasAndPrefix) {
  EXPECT_EQ(Ask("Labor Minister").office.name, kLabor);
  EXPECT_EQ(Ask("minister of LABOR").office.name, kLabor);
  EXPECT_EQ(Ask("akim of almaty").office.name, "Akim of Almaty Region");
}

TEST_F(HoldersTest, AmbiguousAndUnknownOffices) {
  absl::StatusOr<HoldersAnswer> ambiguous = HoldersQuery(graph_->store(), "Minister of");
  ASSERT_FALSE(ambiguous.ok());
  EXPECT_EQ(ambiguous.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ(ambiguous.status().message(),
            "\"Minister of\" matches 2 offices; give one of these names:\n"
            "  Minister of Energy\n"
            "  Minister of Labor and Social Protection");
  absl::StatusOr<HoldersAnswer> unknown = HoldersQuery(graph_->store(), "Minister of Culture");
  EXPECT_EQ(unknown.status().code(), absl::StatusCode::kNotFound);
  // A person is not an office.
  EXPECT_EQ(HoldersQuery(graph_->store(), "Dana Omarova").status().code(),
            absl::StatusCode::kNotFound);
  HoldersOptions empty_date;
  empty_date.at = Date();
  EXPECT_EQ(HoldersQuery(graph_->store(), kLabor, empty_date).status().code(),
            absl::StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace kg::questions
