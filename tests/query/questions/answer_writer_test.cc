// The writers on hand-built answers: JSON escaping and evidence caps, the
// `how` column, CSV notes, and an empty law.
#include "query/questions/answer_writer.h"

#include <sstream>
#include <string>

#include "gtest/gtest.h"
#include "tests/query/questions/question_graph.h"

namespace kg::questions {
namespace {

using cypher::ResultFormat;
using testing::D;

PostTenure Tenure() {
  PostTenure t;
  t.person_id = 7;
  t.person = "Asel \"Ace\" Omar";
  t.post_id = 9;
  t.post = "Akim";
  t.post_kind = NodeKind::kOffice;
  t.start = D("2020-06");
  t.appointed = true;
  t.sources = {"a1", "a2"};
  t.evidence = {{"a1", D("2020-06-02"), "Line one\nline two \\ tab\there"},
                {"a2", D("2020-07-01"), std::string("bad byte \xff end")}};
  return t;
}

TEST(AnswerWriterTest, JsonEscapesAndCapsEvidence) {
  HoldersAnswer answer;
  answer.office.id = 9;
  answer.office.kind = NodeKind::kOffice;
  answer.office.name = "Akim";
  answer.rows = {Tenure()};
  std::ostringstream out;
  WriteHolders(answer, ResultFormat::kJson, out, {.max_evidence = 1});
  EXPECT_EQ(
      out.str(),
      "{\"office\": {\"id\": \"9\", \"kind\": \"office\", \"name\": \"Akim\", "
      "\"single_holder\": false},\n"
      "\"at\": null,\n"
      "\"holders\": [\n"
      "  {\"person\": {\"id\": \"7\", \"kind\": \"person\", \"name\": \"Asel \\\"Ace\\\" Omar\"}, "
      "\"post\": {\"id\": \"9\", \"kind\": \"office\", \"name\": \"Akim\"}, \"relation\": "
      "\"held\", \"start\": \"2020-06\", \"end\": null, \"start_by\": null, \"end_by\": null, "
      "\"end_inferred\": false, \"acting\": false, \"successor\": null, \"seen_only\": false, \"appointed\": true, \"appointed_by\": "
      "null, \"dismissed\": false, \"dismissed_by\": null, \"sources\": [\"a1\", \"a2\"], "
      "\"evidence\": [{\"article\": \"a1\", \"date\": \"2020-06-02\", \"sentence\": "
      "\"Line one\\nline two \\\\ tab\\there\"}]}\n"
      "],\n\"undated\": []}\n");
  out.str("");
  WriteHolders(answer, ResultFormat::kJson, out, {.max_evidence = 5});
  EXPECT_NE(out.str().find("\"sentence\": \"bad byte \\ufffd end\""), std::string::npos)
      << out.str();
  answer.rows.clear();
  answer.at = D("2024");
  out.str("");
  WriteHolders(answer, ResultFormat::kJson, out);
  EXPECT_EQ(out.str(),
            "{\"office\": {\"id\": \"9\", \"kind\": \"office\", \"name\": \"Akim\", "
            "\"single_holder\": false},\n\"at\": \"2024\",\n\"holders\": [],\n\"undated\": []}\n");
  // Undated holders stand apart from those of the date.
  answer.undated = {Tenure()};
  answer.undated[0].start = Date();
  out.str("");
  WriteHolders(answer, ResultFormat::kJson, out, {.max_evidence = 0});
  EXPECT_NE(out.str().find("\"holders\": [],\n\"undated\": [\n  {\"person\": {\"id\": \"7\""),
            std::string::npos)
      << out.str();
}

TEST(AnswerWriterTest, TableKeepsOneRowPerLine) {
  CareerAnswer answer;
  answer.person.name = "Asel Omar";
  answer.rows = {Tenure()};
  answer.rows[0].post = "Akim\nof Somewhere";
  std::ostringstream out;
  WriteCareer(answer, ResultFormat::kTable, out);
  EXPECT_EQ(out.str(),
            "Career of \"Asel Omar\"\n"
            "from    | to | post               | how       | sources\n"
            "--------+----+--------------------+-----------+--------\n"
            "2020-06 |    | Akim\\nof Somewhere | appointed | a1, a2\n"
            "(1 row)\n");
}

// A question that read only the first sources says how many there are.
TEST(AnswerWriterTest, TableCountsTheSourcesAQuestionDidNotRead) {
  CareerAnswer answer;
  answer.person.name = "Asel Omar";
  answer.rows = {Tenure()};
  answer.rows[0].source_count = 40;
  std::ostringstream out;
  AnswerWriteOptions options;
  options.max_sources = 1;
  WriteCareer(answer, ResultFormat::kTable, out, options);
  EXPECT_NE(out.str().find("| a1 +39 more\n"), std::string::npos) << out.str();
  out.str("");
  options.max_sources = 3;
  WriteCareer(answer, ResultFormat::kTable, out, options);
  EXPECT_NE(out.str().find("| a1, a2 +38 more\n"), std::string::npos) << out.str();
}

TEST(AnswerWriterTest, HowATenureIsKnown) {
  PostTenure t = Tenure();
  EXPECT_EQ(TenureBasis(t), "appointed");
  t.appointed_by = "the President";
  t.dismissed = true;
  EXPECT_EQ(TenureBasis(t), "appointed by the President; dismissed");
  t = Tenure();
  t.appointed = false;
  t.membership = true;
  EXPECT_EQ(TenureBasis(t), "member");
  t.end = D("2021");
  t.end_inferred = true;
  EXPECT_EQ(TenureBasis(t), "member; end implied");
  t = Tenure();
  t.appointed = false;
  t.start = Date();
  EXPECT_EQ(TenureBasis(t), "held, undated");
  t.end = D("2022");
  t.dismissed = true;
  t.dismissed_by = "Government";
  EXPECT_EQ(TenureBasis(t), "dismissed by Government");
}

TEST(AnswerWriterTest, LawCsvCarriesNoteTextAndAnEmptyLawSaysSo) {
  LawAnswer answer;
  answer.law.name = "On Bees";
  LawStage stage;
  stage.relation = Relation::kSignedBy;
  stage.body = "President";
  stage.sources = {"x1"};
  stage.notes = {0, 1};
  answer.stages = {stage};
  answer.notes = {{LawNote::Kind::kGap, "signed, but no adoption, recorded", {0}},
                  {LawNote::Kind::kGap, "signed: no date reported", {0}}};
  std::ostringstream out;
  WriteLaw(answer, ResultFormat::kCsv, out);
  EXPECT_EQ(out.str(),
            "#,date,stage,body,detail,notes,sources\r\n"
            "1,,signed,President,,\"gap: signed, but no adoption, recorded;gap: signed: no date "
            "reported\",x1\r\n");

  answer.stages.clear();
  answer.notes.clear();
  out.str("");
  WriteLaw(answer, ResultFormat::kTable, out);
  EXPECT_EQ(out.str(),
            "Path of law \"On Bees\"\n"
            "# | date | stage | body | detail | notes | sources\n"
            "--+------+-------+------+--------+-------+--------\n"
            "(0 rows)\n");
}

}  // namespace
}  // namespace kg::questions
