// The recognizers, table-driven: a sentence in, the mentions (type and
// canonical name) that must and must not be recognized in it.
#include <memory>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "ingest/recognize/lexicon.h"
#include "ingest/reading/segmenter.h"
#include "ingest/recognize/sentence_analyzer.h"

namespace kg {
namespace {

struct Row {
  std::string sentence;
  std::vector<std::string> must;      // "type: canonical name"
  std::vector<std::string> must_not;  // the same, or "type: *" for none of that type
};

class RecognizersTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto lexicon = Lexicon::Load(std::string(KG_DATA_DIR) + "/lexicon");
    ASSERT_TRUE(lexicon.ok()) << lexicon.status();
    lexicon_ = std::move(*lexicon).release();
  }
  static void TearDownTestSuite() {
    delete lexicon_;
    lexicon_ = nullptr;
  }

  // "type: name" for every mention of the sentence's first sentence.
  std::vector<std::string> Mentions(const std::string& text) {
    SentenceAnalyzer analyzer(*lexicon_);
    SegmentedText segmented = Segment(text);
    EXPECT_FALSE(segmented.sentences.empty());
    AnalyzedSentence s = analyzer.Analyze(segmented.sentences[0], text, Date(2025, 6, 5), ArticleMemory{});
    std::vector<std::string> out;
    for (const Mention& m : s.mentions) {
      out.push_back(std::string(MentionTypeName(m.type)) + ": " + m.name);
    }
    return out;
  }

  void Check(const std::vector<Row>& rows) {
    for (const Row& row : rows) {
      const std::vector<std::string> got = Mentions(row.sentence);
      std::string listing;
      for (const std::string& g : got) listing += "\n    " + g;
      for (const std::string& m : row.must) {
        EXPECT_NE(std::find(got.begin(), got.end(), m), got.end())
            << "\"" << row.sentence << "\" lacks " << m << "; got:" << listing;
      }
      for (const std::string& m : row.must_not) {
        if (m.ends_with(": *")) {
          const std::string type = m.substr(0, m.size() - 1);
          for (const std::string& g : got) {
            EXPECT_FALSE(g.starts_with(type))
                << "\"" << row.sentence << "\" must have no " << m << "; got:" << listing;
          }
        } else {
          EXPECT_EQ(std::find(got.begin(), got.end(), m), got.end())
              << "\"" << row.sentence << "\" must not have " << m << "; got:" << listing;
        }
      }
    }
  }

  static const Lexicon* lexicon_;
};
const Lexicon* RecognizersTest::lexicon_ = nullptr;

TEST_F(RecognizersTest, Persons) {
  Check({
      {"Svetlana Abenova met the press.", {"person: Svetlana Abenova"}, {}},
      {"The report was signed by K. Zhunusov yesterday.", {"person: K. Zhunusov"}, {}},
      {"Temporarily entrust the duties to Mamin Askar Uzakpaevich.",
       {"person: Mamin Askar Uzakpaevich"},
       {}},
      {"Gabidulla Abdrakhimov spoke first.", {"person: Gabidulla Abdrakhimov"}, {}},
      {"Recep Tayyip Erdoğan arrived in Ankara.", {"person: Recep Tayyip Erdoğan"}, {}},
      {"Speaker Nurlanov opened the sitting.", {"person: Nurlanov"}, {}},
      {"The visitors thanked Mr. Seitov for the tour.", {"person: Seitov"}, {}},
      {"Reporting by Aliya Omarova", {"person: Aliya Omarova"}, {}},
      // Not persons: bodies, agencies, places, credits, run-together words.
      {"Kazinform News Agency reports from Astana, citing the Akorda press service.",
       {"org: Kazinform", "place: Astana"},
       {"person: *"}},
      {"© AP Photo / Sergei GritsAstana, Kazakhstan", {}, {"person: Sergei GritsAstana"}},
      {"Kazakh President Accepts Government Resignation", {}, {"person: *"}},
  });
}

TEST_F(RecognizersTest, Posts) {
  Check({
      {"Energy Minister Askar Ibrayev spoke.", {"office: Minister of Energy"}, {}},
      {"The Minister of Energy of the Republic of Kazakhstan spoke.",
       {"office: Minister of Energy"},
       {}},
      {"The Vice Minister of Finance spoke.",
       {"office: Vice Minister of Finance"},
       {"office: Minister of Finance"}},
      {"The First Deputy Prime Minister spoke.",
       {"office: First Deputy Prime Minister"},
       {"office: Prime Minister"}},
      {"The Foreign Minister of Uzbekistan arrived.",
       {"office: Minister of Foreign Affairs of Uzbekistan"},
       {}},
      {"The Labour Minister spoke.", {"office: Minister of Labor"}, {}},
      {"He was appointed akim of Pavlodar region.", {"office: Akim of Pavlodar Region"}, {}},
      {"The Astana Mayor spoke.", {"office: Akim of Astana"}, {}},
      {"The Kazakh Ambassador to Korea spoke.",
       {"office: Ambassador of Kazakhstan to South Korea"},
       {}},
      {"The Senate Speaker opened the sitting.", {"office: Speaker of the Senate"}, {}},
      {"She was head of the Ministry of Justice.", {"office: Minister of Justice"}, {}},
      {"Senator Aigul Nurova spoke.", {"office: Deputy of the Senate"}, {}},
      // A bare lower-case job word is no post.
      {"The head of the family and a member of the club spoke.", {}, {"office: *"}},
  });
}

TEST_F(RecognizersTest, BodiesCountriesPlaces) {
  Check({
      {"The Mazhilis adopted it.", {"org: Majilis"}, {}},
      {"The lower house of Parliament adopted it.", {"org: Majilis"}, {}},
      {"The Senate of the Kazakh Parliament adopted it.", {"org: Senate"}, {"org: Parliament"}},
      {"The Defense Ministry and the Ministry of Digital Development, Innovation and Aerospace "
       "Industry agreed.",
       {"org: Ministry of Defense",
        "org: Ministry of Digital Development, Innovation and Aerospace Industry"},
       {}},
      {"She graduated from K. Zhubanov Aktobe State University.",
       {"org: K. Zhubanov Aktobe State University"},
       {"person: *"}},
      {"Kazakh-Chinese relations grow; talks with Türkiye and the U.S. went well.",
       {"country: Kazakhstan", "country: Turkey", "country: United States"},
       {}},
      {"The delegation flew from Nur-Sultan to Almaty region.",
       {"place: Astana", "place: Almaty Region"},
       {}},
      // "us" is a pronoun, not the United States.
      {"He told us about it.", {}, {"country: *"}},
  });
}

TEST_F(RecognizersTest, Laws) {
  Check({
      {"The Majilis adopted the Law of the Republic of Kazakhstan \"On Radiation Safety\".",
       {"law: On Radiation Safety"},
       {}},
      {"The Senate adopted the law on territorial defense and amendments to it.",
       {"law: On Territorial Defense"},
       {}},
      {"The Senate returned the public procurement law.", {"law: On Public Procurement"}, {}},
      {"The Majilis approved the draft law on AI.", {"law: On Artificial Intelligence"}, {}},
      {"He signed a related law introducing amendments to tax regulations.",
       {"law: On Amendments to Tax Regulations"},
       {}},
      {"The bills on fisheries, on forests and on hunting were approved.",
       {"law: On Fisheries", "law: On Forests", "law: On Hunting"},
       {}},
      {"Officers uphold the law and order.", {}, {"law: *"}},
  });
}

TEST_F(RecognizersTest, Times) {
  Check({
      {"The Senate adopted it on Thursday.", {"time: on Thursday"}, {}},
      {"From 2002 to 2009, she held posts.", {"time: From 2002 to 2009"}, {}},
      {"There were 4,100 people.", {}, {"time: *"}},
  });
}

}  // namespace
}  // namespace kg
