// The whole path: articles written here as JSON Lines, `kg ingest`, then
// `kg holders`, `kg career` and `kg law` through the real binary (KG_BINARY).
// The articles are invented; each states its facts plainly, so that what is
// tested is the questions over what ingest makes of them.
#include <sys/wait.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "tests/graph/store_test_util.h"
#include "tests/support/kg_cli.h"

namespace kg {
namespace {

constexpr char kArticles[] =
    R"({"id": "t1", "date": "2023-02-01", "title": "New energy minister appointed", "text": )"
    R"("President Kassym-Jomart Tokayev appointed Bolat Zhumabekov as Minister of Energy on )"
    R"(February 1, 2023."})"
    "\n"
    R"({"id": "t2", "date": "2024-06-03", "title": "Energy minister replaced", "text": "By )"
    R"(decree of the Head of State, Aigul Temirova was appointed Minister of Energy on June 3, )"
    R"(2024."})"
    "\n"
    R"({"id": "t3", "date": "2024-09-12", "title": "Minister visits plant", "text": "Minister )"
    R"(of Energy Aigul Temirova visited the Ekibastuz power plant on Thursday."})"
    "\n"
    R"({"id": "b1", "date": "2025-03-12", "title": "Majilis adopts beekeeping law", "text": )"
    R"("The Majilis adopted the law on beekeeping on March 12, 2025."})"
    "\n"
    R"({"id": "b2", "date": "2025-03-14", "title": "Beekeeping law passed", "text": )"
    R"("Deputies of the Majilis adopted the law on beekeeping on March 13, 2025."})"
    "\n"
    R"({"id": "b3", "date": "2025-03-10", "title": "President signs beekeeping law", "text": )"
    R"("President Kassym-Jomart Tokayev signed the law \"On Beekeeping\" on March 10, 2025."})"
    "\n";

using testing::KgOutcome;
using testing::RunKg;

class IngestedQuestionsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new testing::TempDir;
    const std::string input = dir_->Child("articles.jsonl");
    std::ofstream(input) << kArticles;
    const KgOutcome ingest = Kg({"ingest", input});
    ASSERT_EQ(ingest.exit_code, 0) << ingest.err;
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }

  static KgOutcome Kg(const std::vector<std::string>& args) {
    std::vector<std::string> full = {"--db", dir_->Child("kg.db")};
    full.insert(full.end(), args.begin(), args.end());
    return RunKg(full);
  }

  static testing::TempDir* dir_;
};

testing::TempDir* IngestedQuestionsTest::dir_ = nullptr;

TEST_F(IngestedQuestionsTest, HoldersWithSuccessor) {
  KgOutcome outcome = Kg({"holders", "Energy Minister"});
  EXPECT_EQ(outcome.exit_code, 0) << outcome.err;
  EXPECT_EQ(outcome.out,
            "Holders of \"Minister of Energy\" (one holder at a time)\n"
            "person           | from       | to                    | how                        "
            "                         | sources\n"
            "-----------------+------------+-----------------------+----------------------------"
            "-------------------------+--------\n"
            "Bolat Zhumabekov | 2023-02-01 | 2024-06-03 (inferred) | appointed by President; "
            "succeeded by Aigul Temirova | t1\n"
            "Aigul Temirova   | 2024-06-03 |                       | appointed by President     "
            "                         | t2, t3\n"
            "(2 rows)\n");
  outcome = Kg({"holders", "Energy Minister", "--at", "2024-09", "--format", "csv"});
  EXPECT_EQ(outcome.exit_code, 0) << outcome.err;
  EXPECT_EQ(outcome.out,
            "person,from,to,how,sources,end_inferred,seen_only\r\n"
            "Aigul Temirova,2024-06-03,,appointed by President,t2;t3,false,false\r\n");
}

// `kg query` reads the same tenure as `kg holders`: the end a successor
// implies is r.end, marked inferred, as a property and on a returned edge.
TEST_F(IngestedQuestionsTest, QueryShowsTheEndHoldersInfers) {
  KgOutcome outcome = Kg({"query",
                          "MATCH (p:Person)-[r:APPOINTED_TO]->(o:Office) WHERE o.name = 'Minister "
                          "of Energy' RETURN p.name, r.date, r.end, r.end_inferred ORDER BY r.date",
                          "--format", "csv"});
  EXPECT_EQ(outcome.exit_code, 0) << outcome.err;
  EXPECT_EQ(outcome.out,
            "p.name,r.date,r.end,r.end_inferred\r\n"
            "Bolat Zhumabekov,2023-02-01,2024-06-03,true\r\n"
            "Aigul Temirova,2024-06-03,,false\r\n");
  outcome = Kg({"query",
                "MATCH (p:Person {name: 'Bolat Zhumabekov'})-[r:APPOINTED_TO]->() RETURN r",
                "--format", "json"});
  EXPECT_EQ(outcome.exit_code, 0) << outcome.err;
  EXPECT_NE(outcome.out.find("\"end\": \"2024-06-03\""), std::string::npos) << outcome.out;
  EXPECT_NE(outcome.out.find("\"end_inferred\": true"), std::string::npos) << outcome.out;
}

TEST_F(IngestedQuestionsTest, Career) {
  const KgOutcome outcome = Kg({"career", "zhumabekov", "--format", "csv"});
  EXPECT_EQ(outcome.exit_code, 0) << outcome.err;
  EXPECT_EQ(outcome.out,
            // The end is the bare date: end_inferred has its own column.
            "from,to,post,how,sources,end_inferred,seen_only\r\n"
            "2023-02-01,2024-06-03,Minister of Energy,appointed by President; "
            "succeeded by Aigul Temirova,t1,true,false\r\n");
}

TEST_F(IngestedQuestionsTest, LawContradictionsAcrossArticles) {
  const KgOutcome outcome = Kg({"law", "the law on beekeeping"});
  EXPECT_EQ(outcome.exit_code, 0) << outcome.err;
  EXPECT_EQ(outcome.out,
            "Path of law \"On Beekeeping\"\n"
            "# | date       | stage   | body                  | detail | notes | sources\n"
            "--+------------+---------+-----------------------+--------+-------+--------\n"
            "1 | 2025-03-10 | signed  | Kassym-Jomart Tokayev |        | 2     | b3\n"
            "2 | 2025-03-12 | adopted | Majilis               |        | 1     | b1\n"
            "3 | 2025-03-13 | adopted | Majilis               |        | 1, 2  | b2\n"
            "(3 rows)\n"
            "Notes:\n"
            "  1. contradiction: adopted by Majilis is reported on two dates: 2025-03-12 [b1] and "
            "2025-03-13 [b2]\n"
            "  2. contradiction: signed by Kassym-Jomart Tokayev on 2025-03-10 [b3] is dated "
            "before adopted by Majilis on 2025-03-13 [b2]\n");
}

}  // namespace
}  // namespace kg
