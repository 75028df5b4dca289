// End to end on data/sample/: the articles are read, extracted and stored in
// a real RocksDB store in a temporary directory, then the three questions are
// asked. What they must answer is written down in tests/e2e/sample_expected.md.
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

#include "graph/store.h"
#include "gtest/gtest.h"
#include "ingest/article_extractor.h"
#include "ingest/reading/article_reader.h"
#include "query/cypher/query.h"
#include "query/questions/career.h"
#include "query/questions/holders.h"
#include "query/questions/law.h"
#include "query/questions/tenure_overlay.h"
#include "query/export/subgraph.h"

namespace kg {
namespace {

namespace fs = std::filesystem;
using questions::PostTenure;

std::vector<std::string> SampleFiles() {
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(std::string(KG_SOURCE_DIR) + "/data/sample")) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

struct Ingested {
  int added = 0, replaced = 0, unchanged = 0, bad = 0;
};

class SampleTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ =
        new fs::path(fs::temp_directory_path() / ("kg_sample_e2e_" + std::to_string(::getpid())));
    fs::remove_all(*dir_);
    fs::create_directories(*dir_);
    auto extractor = ArticleExtractor::Create(KG_DATA_DIR);
    ASSERT_TRUE(extractor.ok()) << extractor.status();
    extractor_ = extractor->release();
    auto store = Store::Open((*dir_ / "kg.db").string());
    ASSERT_TRUE(store.ok()) << store.status();
    store_ = store->release();
    first_ = new Ingested(Ingest());
  }
  static void TearDownTestSuite() {
    delete store_;
    delete extractor_;
    delete first_;
    fs::remove_all(*dir_);
    delete dir_;
  }

  static Ingested Ingest() {
    Ingested counts;
    ArticleReader reader;
    for (const std::string& file : SampleFiles()) {
      const absl::Status status = reader.ReadFile(
          file,
          [&](Article article) -> absl::Status {
            auto outcome = store_->WriteArticle(extractor_->Extract(article));
            if (!outcome.ok()) return outcome.status();
            if (*outcome == Store::WriteOutcome::kAdded) ++counts.added;
            if (*outcome == Store::WriteOutcome::kReplaced) ++counts.replaced;
            if (*outcome == Store::WriteOutcome::kUnchanged) ++counts.unchanged;
            return absl::OkStatus();
          },
          [&](const BadArticle&) { ++counts.bad; });
      EXPECT_TRUE(status.ok()) << status;
    }
    return counts;
  }

  // "person from..to" rows, the way the tables below are written.
  static std::vector<std::string> Rows(const std::vector<PostTenure>& rows, bool by_post) {
    std::vector<std::string> out;
    for (const PostTenure& r : rows) {
      out.push_back((by_post ? r.post : r.person) + " " + r.start.ToString() + ".." +
                    r.end.ToString() + (r.end_inferred ? " (inferred)" : ""));
    }
    return out;
  }

  static fs::path* dir_;
  static const ArticleExtractor* extractor_;
  static Store* store_;
  static Ingested* first_;
};
fs::path* SampleTest::dir_ = nullptr;
const ArticleExtractor* SampleTest::extractor_ = nullptr;
Store* SampleTest::store_ = nullptr;
Ingested* SampleTest::first_ = nullptr;

TEST_F(SampleTest, EveryArticleIsStoredAndReingestingChangesNothing) {
  EXPECT_EQ(first_->added, 24);
  EXPECT_EQ(first_->bad, 0);
  auto before = store_->Stats();
  ASSERT_TRUE(before.ok());
  const Ingested again = Ingest();
  EXPECT_EQ(again.unchanged, 24);
  EXPECT_EQ(again.added + again.replaced, 0);
  auto after = store_->Stats();
  ASSERT_TRUE(after.ok());
  EXPECT_EQ(before->nodes, after->nodes);
  EXPECT_EQ(before->edges, after->edges);
  EXPECT_EQ(before->observations, after->observations);
}

TEST_F(SampleTest, HoldersOfTheEnergyMinistryWithSuccession) {
  auto answer = questions::HoldersQuery(*store_, "Minister of Energy");
  ASSERT_TRUE(answer.ok()) << answer.status();
  EXPECT_EQ(Rows(answer->rows, false),
            (std::vector<std::string>{"Marat Kenzhebulatov 2023-03-14..2024-09-10",
                                      "Yerzhan Baimukhanov 2024-09-10.."}));
  // The same post under its other name.
  auto by_other_name = questions::HoldersQuery(*store_, "Energy Minister");
  ASSERT_TRUE(by_other_name.ok()) << by_other_name.status();
  EXPECT_EQ(by_other_name->office.id, answer->office.id);
}

TEST_F(SampleTest, HoldersAtADate) {
  questions::HoldersOptions options;
  options.at = Date(2024, 1, 1);
  auto answer = questions::HoldersQuery(*store_, "Minister of Energy", options);
  ASSERT_TRUE(answer.ok()) << answer.status();
  EXPECT_EQ(Rows(answer->rows, false),
            (std::vector<std::string>{"Marat Kenzhebulatov 2023-03-14..2024-09-10"}));
}

TEST_F(SampleTest, AnAkimsTenureEndsWhenTheSuccessorIsAppointed) {
  auto answer = questions::HoldersQuery(*store_, "Akim of Pavlodar Region");
  ASSERT_TRUE(answer.ok()) << answer.status();
  EXPECT_EQ(Rows(answer->rows, false),
            (std::vector<std::string>{"Asylbek Nurgaliyev 2023-05-05..2024-09-11 (inferred)",
                                      "Marat Kenzhebulatov 2024-09-11.."}));
  auto kostanay = questions::HoldersQuery(*store_, "Akim of Kostanay Region");
  ASSERT_TRUE(kostanay.ok()) << kostanay.status();
  EXPECT_EQ(Rows(kostanay->rows, false),
            (std::vector<std::string>{"Kairat Zhanuzakov 2022-02..2025-01-17",
                                      "Dauren Tleubergenov 2025-01-20.."}));
}

TEST_F(SampleTest, CareersInOrderWithTheirYearsAndMonths) {
  auto answer = questions::CareerQuery(*store_, "Zhanar Amirkhanova");
  ASSERT_TRUE(answer.ok()) << answer.status();
  EXPECT_EQ(
      Rows(answer->rows, true),
      (std::vector<std::string>{
          "economist at the Pavlodar Electric Distribution Network Company 2001..",
          "head of the tariff policy department at the Agency for Regulation of Natural "
          "Monopolies 2005..2011",
          "deputy director of the Electric Power Department at the Ministry of Industry and New "
          "Technologies 2011..2015-03",
          "acting Managing Director for Production at KEGOC 2015-03..2015-11",
          "Director of the Electric Power Industry Development Department at the Ministry of "
          "Energy 2015-11..2018-02",
          "Managing Director for Strategy and Development at Samruk-Energy 2018-02..2021",
          "Chair of the Committee for Atomic and Energy Supervision and Control of the Ministry "
          "of Energy 2021..",
          "Vice Minister of Energy 2024-02-06.."}));
  // A surname alone finds the person.
  auto by_surname = questions::CareerQuery(*store_, "Kenzhebulatov");
  ASSERT_TRUE(by_surname.ok()) << by_surname.status();
  EXPECT_EQ(Rows(by_surname->rows, true),
            (std::vector<std::string>{"shift engineer at the Ekibastuz GRES-1 power plant 1997..",
                                      "managerial positions at Samruk-Energy 2008..2016",
                                      "First Vice Minister of Energy 2020..2023",
                                      "Minister of Energy 2023-03-14..2024-09-10",
                                      "Akim of Pavlodar Region 2024-09-11.."}));
}

std::vector<std::string> Stages(const questions::LawAnswer& answer) {
  std::vector<std::string> out;
  for (const questions::LawStage& s : answer.stages) {
    out.push_back(std::string(RelationName(s.relation)) + " " + s.body + " " + s.date.ToString() +
                  (s.detail.empty() ? "" : " (" + s.detail + ")"));
  }
  return out;
}

TEST_F(SampleTest, ThePathOfALawAcrossFiveArticles) {
  auto answer = questions::LawQuery(*store_, "public procurement");
  ASSERT_TRUE(answer.ok()) << answer.status();
  EXPECT_EQ(answer->law.name, "On Public Procurement");
  EXPECT_EQ(Stages(*answer), (std::vector<std::string>{
                                 "drafted_by Ministry of Finance ", "submitted_to Majilis 2024-11",
                                 "approved_by Majilis 2025-02-12 (first reading)",
                                 "adopted_by Majilis 2025-04-02 (second reading)",
                                 "submitted_to Senate 2025-04-02", "returned_by Senate 2025-05-15",
                                 "adopted_by Majilis 2025-05-28 (with the Senate's amendments)",
                                 "signed_by Kassym-Jomart Tokayev 2025-06-20",
                                 "entered_into_force Kazakhstan 2026-01-01"}));
  // The one gap: the drafting is reported without a date. Nothing contradicts.
  ASSERT_EQ(answer->notes.size(), 1u);
  EXPECT_NE(answer->notes[0].text.find("drafted"), std::string::npos) << answer->notes[0].text;
  EXPECT_NE(answer->notes[0].text.find("no date"), std::string::npos) << answer->notes[0].text;
  // Every stage keeps the sentence that stated it.
  for (const questions::LawStage& stage : answer->stages) {
    ASSERT_FALSE(stage.evidence.empty()) << RelationName(stage.relation);
    EXPECT_FALSE(stage.evidence[0].sentence.empty());
  }
}

TEST_F(SampleTest, TwoLawsInOneArticleStayApart) {
  auto radiation = questions::LawQuery(*store_, "radiation safety");
  ASSERT_TRUE(radiation.ok()) << radiation.status();
  EXPECT_EQ(Stages(*radiation),
            (std::vector<std::string>{
                "adopted_by Majilis 2025-03-19", "submitted_to Senate 2025-03-19",
                "approved_by Senate 2025-05-15", "signed_by Kassym-Jomart Tokayev 2025-06-05"}));
  auto rivers = questions::LawQuery(*store_, "transboundary rivers");
  ASSERT_TRUE(rivers.ok()) << rivers.status();
  EXPECT_NE(rivers->law.id, radiation->law.id);
  EXPECT_EQ(Stages(*rivers),
            (std::vector<std::string>{"signed_by Kassym-Jomart Tokayev 2025-06-05"}));
}

TEST_F(SampleTest, PartnershipsAndNoAppointmentFromATitleInPassing) {
  auto partners =
      cypher::RunQuery(*store_,
                       "MATCH (a:Country)-[r:PARTNER_OF]-(b:Country) WHERE a.name < b.name "
                       "RETURN a.name, b.name ORDER BY b.name");
  ASSERT_TRUE(partners.ok()) << partners.status();
  ASSERT_EQ(partners->rows.size(), 2u);
  EXPECT_EQ(partners->rows[0][1].AsString(), "South Korea");
  EXPECT_EQ(partners->rows[1][1].AsString(), "Uzbekistan");
  // "Minister of Finance Ruslan Akhmetzhanov thanked ...": a title seen in
  // passing, no appointment.
  auto appointed = cypher::RunQuery(
      *store_,
      "MATCH (p:Person)-[:APPOINTED_TO]->(o) WHERE p.name IN ['Ruslan Akhmetzhanov', "
      "'Talgat Murzagaliyev', 'Kassym-Jomart Tokayev'] RETURN count(*)");
  ASSERT_TRUE(appointed.ok()) << appointed.status();
  EXPECT_EQ(appointed->rows[0][0].AsInt(), 0);
}

TEST_F(SampleTest, TheCommandLineAnswersFromAStoreItBuilt) {
  const fs::path db = *dir_ / "cli.db";
  std::string files;
  for (const std::string& f : SampleFiles()) files += " '" + f + "'";
  const std::string kg = std::string("'") + KG_BINARY + "' --db '" + db.string() + "'";
  ASSERT_EQ(std::system((kg + " ingest -q" + files).c_str()), 0);
  const fs::path out = *dir_ / "holders.json";
  ASSERT_EQ(
      std::system(
          (kg + " holders 'Minister of Energy' --format json > '" + out.string() + "'").c_str()),
      0);
  std::ifstream in(out);
  const std::string json((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_NE(json.find("\"Yerzhan Baimukhanov\""), std::string::npos) << json;
  EXPECT_NE(json.find("\"Marat Kenzhebulatov\""), std::string::npos) << json;
  // An unknown office is an error, not an empty answer.
  EXPECT_NE(
      std::system((kg + " holders 'Minister of Nothing Whatsoever' > /dev/null 2>&1").c_str()), 0);
}

// data/sample/neighbours.txt: a neighbour's President and the home President
// on one day, an acting appointment, and a decree naming the acting minister
// surname first.
TEST_F(SampleTest, AForeignHeadOfStateIsNoHolderOfTheHomePost) {
  questions::HoldersOptions on_the_day;
  on_the_day.at = Date(2024, 3, 12);
  auto home = questions::HoldersQuery(*store_, "President", on_the_day);
  ASSERT_TRUE(home.ok()) << home.status();
  ASSERT_EQ(home->rows.size(), 1u);
  EXPECT_EQ(home->rows[0].person, "Kassym-Jomart Tokayev");
  auto kyrgyz = questions::HoldersQuery(*store_, "President of Kyrgyzstan");
  ASSERT_TRUE(kyrgyz.ok()) << kyrgyz.status();
  EXPECT_EQ(Rows(kyrgyz->rows, false),
            (std::vector<std::string>{"Almazbek Tursunaliev 2024-03-12..2024-03-12"}));
}

TEST_F(SampleTest, AnActingMinisterSucceedsAndTheDecreeNamesTheSamePerson) {
  auto answer = questions::HoldersQuery(*store_, "Minister of Ecology");
  ASSERT_TRUE(answer.ok()) << answer.status();
  EXPECT_EQ(Rows(answer->rows, false),
            (std::vector<std::string>{"Dana Kurmanova 2022-01-05..2024-02-12 (inferred)",
                                      "Arman Seitkali 2024-02-12.."}));
  ASSERT_EQ(answer->rows.size(), 2u);
  // Acting at first; the decree of 2 April (undated, bounded by its
  // publication) appoints him to the post itself.
  EXPECT_FALSE(answer->rows[1].acting);
  auto decree = questions::CareerQuery(*store_, "Seitkali Arman Bolatovich");
  auto news = questions::CareerQuery(*store_, "Arman Seitkali");
  ASSERT_TRUE(decree.ok()) << decree.status();
  ASSERT_TRUE(news.ok()) << news.status();
  EXPECT_EQ(decree->person.id, news->person.id);
  EXPECT_EQ(news->person.name, "Arman Seitkali");
  EXPECT_EQ(Rows(news->rows, true),
            (std::vector<std::string>{"Vice Minister of Ecology 2021..",
                                      "Minister of Ecology 2024-02-12.."}));
}

// One truth for every reader: the export's edges carry the end kg holders infers.
TEST_F(SampleTest, ExportsCarryTheEndsTheQuestionsInfer) {
  auto graph = SubgraphAround(*store_, "Dana Kurmanova", {});
  ASSERT_TRUE(graph.ok()) << graph.status();
  ASSERT_TRUE(questions::AddTenureConclusions(*store_, &*graph).ok());
  int seen = 0;
  for (const SubgraphEdge& edge : graph->edges) {
    if (edge.relation != Relation::kAppointedTo) continue;
    ++seen;
    EXPECT_EQ(edge.time.date, Date(2022, 1, 5));
    EXPECT_EQ(edge.time.end, Date(2024, 2, 12));
    EXPECT_TRUE(edge.time.end_inferred);
  }
  EXPECT_EQ(seen, 1);
}

// "The Head of State signed the law" names no one: kg ingest asks the graph
// who was President on the article's date.
TEST_F(SampleTest, AnUnnamedTitleResolvesToTheHolderTheGraphKnows) {
  const fs::path db = *dir_ / "titles.db";
  const fs::path input = *dir_ / "titles.jsonl";
  {
    std::ofstream out(input);
    out << R"({"id": "t1", "date": "2025-03-01", "title": "Reception", "text": "President )"
           R"(Kassym-Jomart Tokayev received the Minister of Agriculture."})"
        << "\n"
        << R"({"id": "t2", "date": "2025-03-20", "title": "Law signed", "text": "The Head of )"
           R"(State signed the law on beekeeping on Thursday."})"
        << "\n";
  }
  const std::string kg = std::string("'") + KG_BINARY + "' --db '" + db.string() + "'";
  ASSERT_EQ(std::system((kg + " ingest -q '" + input.string() + "'").c_str()), 0);
  StoreOptions options;
  options.create_if_missing = false;
  options.read_only = true;
  auto store = Store::Open(db.string(), options);
  ASSERT_TRUE(store.ok()) << store.status();
  auto law = questions::LawQuery(**store, "beekeeping");
  ASSERT_TRUE(law.ok()) << law.status();
  EXPECT_EQ(Stages(*law), (std::vector<std::string>{"signed_by Kassym-Jomart Tokayev 2025-03-20"}));
}

}  // namespace
}  // namespace kg
