// `kg holders`, `kg career` and `kg law` end to end: the real binary
// (KG_BINARY) against a store written in-process with question_graph.h,
// checking stdout, stderr and the exit code.
#include <sys/wait.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "tests/query/questions/question_graph.h"
#include "tests/support/kg_cli.h"

namespace kg {
namespace {

using testing::KgOutcome;
using testing::RunKg;

class QuestionsCommandTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    graph_ = new testing::QuestionGraph;
    for (const auto& [kind, name] : std::vector<std::pair<NodeKind, std::string>>{
             {NodeKind::kLaw, "On Territorial Defense"},
             {NodeKind::kPerson, "Kassym-Jomart Tokayev"}}) {
      absl::StatusOr<std::optional<NodeRecord>> node = graph_->store().FindNode(name, kind);
      ASSERT_TRUE(node.ok() && node->has_value()) << name;
      ids_->push_back((*node)->id);
    }
    graph_->Close();  // the kg process opens it
  }
  static void TearDownTestSuite() {
    delete graph_;
    graph_ = nullptr;
  }

  static KgOutcome Kg(const std::vector<std::string>& args,
                      const std::string& db = graph_->path()) {
    std::vector<std::string> full = {"--db", db};
    full.insert(full.end(), args.begin(), args.end());
    return RunKg(full);
  }

  static testing::QuestionGraph* graph_;
  static std::vector<NodeId>* ids_;  // the law and the person of the JSON test
};

testing::QuestionGraph* QuestionsCommandTest::graph_ = nullptr;
std::vector<NodeId>* QuestionsCommandTest::ids_ = new std::vector<NodeId>;

constexpr char kLaborTable[] =
    "Holders of \"Minister of Labor and Social Protection\" (one holder at a time)\n"
    "person          | from       | to                    | how                              "
    "                    | sources\n"
    "----------------+------------+-----------------------+----------------------------------"
    "--------------------+--------------\n"
    "Dana Omarova    | 2022-01-11 | 2024-02-06 (inferred) | appointed by President; succeeded "
    "by Aliya Sarsenova | a01, a02, a03\n"
    "Aliya Sarsenova | 2024-02-06 |                       | appointed                        "
    "                    | a05, a07\n"
    "(2 rows)\n";

TEST_F(QuestionsCommandTest, HoldersTable) {
  const KgOutcome outcome = Kg({"holders", "Labor Minister"});
  EXPECT_EQ(outcome.exit_code, 0) << outcome.err;
  EXPECT_EQ(outcome.err, "");
  EXPECT_EQ(outcome.out, kLaborTable);
}

TEST_F(QuestionsCommandTest, HoldersAtDate) {
  KgOutcome outcome = Kg({"holders", "minister of labor", "--at", "2023"});
  EXPECT_EQ(outcome.exit_code, 0) << outcome.err;
  EXPECT_EQ(outcome.out,
            "Holders of \"Minister of Labor and Social Protection\" at 2023 (one holder at a "
            "time)\n"
            "person       | from       | to                    | how                           "
            "                       | sources\n"
            "-------------+------------+-----------------------+-------------------------------"
            "-----------------------+--------------\n"
            "Dana Omarova | 2022-01-11 | 2024-02-06 (inferred) | appointed by President; "
            "succeeded by Aliya Sarsenova | a01, a02, a03\n"
            "(1 row)\n");
  // Nobody held it yet: an answer with no rows, not an error.
  outcome = Kg({"holders", "minister of labor", "--at", "2021-12-31"});
  EXPECT_EQ(outcome.exit_code, 0) << outcome.err;
  EXPECT_EQ(outcome.out,
            "Holders of \"Minister of Labor and Social Protection\" at 2021-12-31 (one holder at "
            "a time)\n"
            "person | from | to | how | sources\n"
            "-------+------+----+-----+--------\n"
            "(0 rows)\n");
}

TEST_F(QuestionsCommandTest, HoldersCsvAndJson) {
  KgOutcome outcome = Kg({"holders", "akim", "--format", "csv"});
  EXPECT_EQ(outcome.exit_code, 0) << outcome.err;
  EXPECT_EQ(outcome.out,
            "person,from,to,how,sources,end_inferred,seen_only\r\n"
            "Nurlan Abenov,2019-11-02,2019-11-02,seen in passing,a10,false,true\r\n"
            "Erlan Kassymov,2020-06,2023-09-15,appointed; dismissed by President,a08;a09,false,"
            "false\r\n");

  outcome = Kg({"holders", "akim", "--at", "2019", "--format", "json", "--evidence", "1"});
  EXPECT_EQ(outcome.exit_code, 0) << outcome.err;
  EXPECT_NE(outcome.out.find("\"at\": \"2019\",\n\"holders\": [\n  {\"person\": {\"id\": "),
            std::string::npos)
      << outcome.out;
  EXPECT_NE(
      outcome.out.find("\"kind\": \"person\", \"name\": \"Nurlan Abenov\"}, \"post\": {\"id\": "),
      std::string::npos)
      << outcome.out;
  EXPECT_NE(outcome.out.find(
                "\"kind\": \"office\", \"name\": \"Akim of Almaty Region\"}, \"relation\": "
                "\"held\", \"start\": \"2019-11-02\", \"end\": \"2019-11-02\", \"start_by\": null, "
                "\"end_by\": null, \"end_inferred\": false, \"acting\": false, \"successor\": null, \"seen_only\": true, \"appointed\": false, "
                "\"appointed_by\": null, \"dismissed\": false, \"dismissed_by\": null, "
                "\"sources\": [\"a10\"], \"evidence\": [{\"article\": \"a10\", \"date\": "
                "\"2019-11-02\", \"sentence\": \"Akim of Almaty Region Nurlan Abenov visited the "
                "farm.\"}]}\n],\n\"undated\": []}\n"),
            std::string::npos)
      << outcome.out;
}

TEST_F(QuestionsCommandTest, CareerTable) {
  const KgOutcome outcome = Kg({"career", "omarova"});
  EXPECT_EQ(outcome.exit_code, 0) << outcome.err;
  EXPECT_EQ(
      outcome.out,
      "Career of \"Dana Omarova\"\n"
      "from       | to                    | post                                    | how       "
      "                                           | sources\n"
      "-----------+-----------------------+-----------------------------------------+-----------"
      "-------------------------------------------+--------------\n"
      "2015       |                       | member of Amanat party                  | member    "
      "                                           | a02\n"
      "2019-03    | 2021-12               | Vice Minister of Energy                 | held      "
      "                                           | a02\n"
      "2022-01-11 | 2024-02-06 (inferred) | Minister of Labor and Social Protection | appointed "
      "by President; succeeded by Aliya Sarsenova | a01, a02, a03\n"
      "2024-03-05 |                       | Minister of Energy                      | appointed "
      "                                           | a06\n"
      "           |                       | member of Council of Foreign Investors  | member, "
      "undated                                      | a02\n"
      "(5 rows)\n");
}

TEST_F(QuestionsCommandTest, LawTableWithNotes) {
  const KgOutcome outcome = Kg({"law", "public procurement"});
  EXPECT_EQ(outcome.exit_code, 0) << outcome.err;
  EXPECT_EQ(outcome.out,
            "Path of law \"On Public Procurement\"\n"
            "# | date          | stage              | body                  | detail        | notes "
            "| sources\n"
            "--+---------------+--------------------+-----------------------+---------------+-------"
            "+--------\n"
            "1 | 2024-11       | drafted            | Ministry of Finance   |               |       "
            "| l1\n"
            "2 | 2024-11-20    | submitted to       | Majilis               |               |       "
            "| l1\n"
            "3 | 2025-02-12    | approved           | Majilis               | first reading |       "
            "| l2\n"
            "4 | 2025-03-28    | signed             | Kassym-Jomart Tokayev |               | 2     "
            "| l5\n"
            "5 | 2025-04-02    | adopted            | Majilis               |               | 1     "
            "| l3\n"
            "6 | 2025-04-03    | adopted            | Majilis               |               | 1, 2  "
            "| l4\n"
            "7 | by 2025-03-28 | entered into force | Kazakhstan            |               | 3     "
            "| l5\n"
            "(7 rows)\n"
            "Notes:\n"
            "  1. contradiction: adopted by Majilis is reported on two dates: 2025-04-02 [l3] and "
            "2025-04-03 [l4]\n"
            "  2. contradiction: signed by Kassym-Jomart Tokayev on 2025-03-28 [l5] is dated "
            "before adopted by Majilis on 2025-04-03 [l4]\n"
            "  3. gap: entered into force (Kazakhstan): no date reported (on or before "
            "2025-03-28, when it was reported)\n");
}

TEST_F(QuestionsCommandTest, LawJson) {
  const KgOutcome outcome = Kg({"law", "territorial defense", "--format", "json"});
  EXPECT_EQ(outcome.exit_code, 0) << outcome.err;
  EXPECT_EQ(outcome.out,
            absl::StrCat("{\"law\": {\"id\": \"", (*ids_)[0],
                         "\", \"kind\": \"law\", \"name\": \"On Territorial Defense\"},\n"
                         "\"stages\": [\n"
                         "  {\"index\": 1, \"stage\": \"signed_by\", \"verb\": \"signed\", "
                         "\"detail\": null, \"body\": {\"id\": \"",
                         (*ids_)[1],
                         "\", \"kind\": \"person\", \"name\": \"Kassym-Jomart Tokayev\"}, "
                         "\"date\": \"2025-06-01\", \"date_by\": null, \"sources\": [\"l6\"], \"evidence\": "
                         "[{\"article\": \"l6\", \"date\": \"2025-06-01\", \"sentence\": \"The law "
                         "On Territorial Defense went through signed_by.\"}], \"notes\": [1]}\n"
                         "],\n"
                         "\"notes\": [\n"
                         "  {\"index\": 1, \"kind\": \"gap\", \"text\": \"signed, but no adoption "
                         "or approval is recorded\", \"stages\": [1]}\n"
                         "]}\n"));
}

TEST_F(QuestionsCommandTest, AmbiguousNameListsCandidates) {
  KgOutcome outcome = Kg({"holders", "Minister of"});
  EXPECT_EQ(outcome.exit_code, 1);
  EXPECT_EQ(outcome.out, "");
  EXPECT_EQ(outcome.err,
            "kg: \"Minister of\" matches 2 offices; give one of these names:\n"
            "  Minister of Energy\n"
            "  Minister of Labor and Social Protection\n");
  outcome = Kg({"law", "on"});
  EXPECT_EQ(outcome.exit_code, 1);
  EXPECT_EQ(outcome.err,
            "kg: \"on\" matches 3 laws; give one of these names:\n"
            "  On Mass Media\n"
            "  On Public Procurement\n"
            "  On Territorial Defense\n");
}

TEST_F(QuestionsCommandTest, UnknownNamesAndBadArguments) {
  KgOutcome outcome = Kg({"career", "Timur Zhaksybekov"});
  EXPECT_EQ(outcome.exit_code, 1);
  EXPECT_EQ(outcome.out, "");
  EXPECT_EQ(outcome.err,
            "kg: no person named \"Timur Zhaksybekov\" (names match ignoring case, accents and "
            "transliteration; a beginning or whole words of a name also match)\n");
  outcome = Kg({"law", "On Radiation Safety"});
  EXPECT_EQ(outcome.exit_code, 1);

  outcome = Kg({"holders", "Minister of Energy", "--at", "March 2024"});
  EXPECT_EQ(outcome.exit_code, 2);
  EXPECT_EQ(outcome.err,
            "kg: --at \"March 2024\" is not a date: give YYYY, YYYY-MM or YYYY-MM-DD\n");
  EXPECT_EQ(Kg({"holders"}).exit_code, 2);
  EXPECT_EQ(Kg({"career", "omarova", "--format", "xml"}).exit_code, 2);
  EXPECT_EQ(Kg({"law", "--", "--"}).exit_code, 2);  // nothing to look a name up by

  outcome = Kg({"law", "public procurement"}, graph_->path() + "-missing");
  EXPECT_EQ(outcome.exit_code, 1);
  EXPECT_NE(outcome.err.find("no store at"), std::string::npos) << outcome.err;
}

}  // namespace
}  // namespace kg
