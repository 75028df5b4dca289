// Whose posts an article's titles name (ingest/discourse/jurisdiction.h),
// on articles written for these tests: one table row per rule, each with the
// posts the extracted facts must name.
#include "ingest/discourse/jurisdiction.h"

#include <memory>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "ingest/article_extractor.h"

namespace kg {
namespace {

using ::testing::IsSupersetOf;
using ::testing::Not;
using ::testing::Contains;

struct JurisdictionCase {
  const char* what;
  const char* url;
  const char* title;
  const char* text;
  // "relation | person | post | stage" lines that must be among the facts.
  std::vector<std::string> must;
  std::vector<std::string> must_not;
};

std::vector<std::string> PostFacts(const ArticleFacts& facts) {
  std::vector<std::string> out;
  for (const Fact& f : facts.facts) {
    if (f.target.kind != NodeKind::kOffice) continue;
    out.push_back(std::string(RelationName(f.relation)) + " | " + f.source.name + " | " +
                  f.target.name + " | " + f.stage);
  }
  return out;
}

class JurisdictionTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto created = ArticleExtractor::Create(KG_DATA_DIR);
    ASSERT_TRUE(created.ok()) << created.status();
    extractor_ = created->release();
  }
  static ArticleFacts Extract(const JurisdictionCase& c) {
    Article article;
    article.id = c.what;
    article.date = Date(2024, 5, 14);
    article.url = c.url;
    article.title = c.title;
    article.text = c.text;
    return extractor_->Extract(article);
  }
  static const ArticleExtractor* extractor_;
};
const ArticleExtractor* JurisdictionTest::extractor_ = nullptr;

TEST_F(JurisdictionTest, PostsBelongToTheirCountry) {
  const JurisdictionCase cases[] = {
      {"a neighbour's outlet writing about its own government",
       "https://24.kg/english/300001_new_cabinet/", "New head of the Cabinet named",
       "Nurbek Asanov has been appointed Prime Minister, the presidential press service of "
       "Kyrgyzstan reported. Asanov previously served as Minister of Finance. Kazakh President "
       "Kassym-Jomart Tokayev congratulated him by phone. Kyrgyzstan expects a new budget by "
       "autumn.",
       {"appointed_to | Nurbek Asanov | Prime Minister of Kyrgyzstan | ",
        "held | Nurbek Asanov | Minister of Finance of Kyrgyzstan | ",
        // Called Kazakh in so many words: the home post.
        "held | Kassym-Jomart Tokayev | President | "},
       {"held | Kassym-Jomart Tokayev | President of Kyrgyzstan | "}},
      {"a foreign outlet writing about Kazakhstan",
       "https://en.example.az/casia/kazakhstan/300002.html", "Kazakhstan plans new rail link",
       "Prime Minister Olzhas Berikov said on Wednesday that Kazakhstan would open a new rail "
       "link to the Caspian coast. Kazakhstan and Azerbaijan signed a transport memorandum last "
       "year. The Kazakh government expects freight to double.",
       {"held | Olzhas Berikov | Prime Minister | "},
       {"held | Olzhas Berikov | Prime Minister of Azerbaijan | "}},
      {"a guest named with his country in the address only",
       "https://www.example.kz/en/tokayev-holds-talks-with-mongolian-president-batbold-tsend_a3",
       "", "President Kassym-Jomart Tokayev held talks with President Batbold Tsend in Astana on "
           "Thursday. The two leaders discussed trade and transit.",
       {"held | Kassym-Jomart Tokayev | President | ",
        "held | Batbold Tsend | President of Mongolia | "},
       {"held | Batbold Tsend | President | "}},
      {"a guest named with his country in the headline",
       "", "Tokayev receives Uzbek Foreign Minister Sardor Rakhimov",
       "Head of State Kassym-Jomart Tokayev received Foreign Minister Sardor Rakhimov in Akorda "
       "on Tuesday. Minister Rakhimov conveyed greetings from Tashkent.",
       {"held | Sardor Rakhimov | Minister of Foreign Affairs of Uzbekistan | "},
       {"held | Sardor Rakhimov | Minister of Foreign Affairs | "}},
      {"an acting holder holds the post, marked acting", "", "Acting minister named",
       "Arman Seitkali has been appointed acting Minister of Ecology by a decree of the Head of "
       "State.",
       {"appointed_to | Arman Seitkali | Minister of Ecology | acting"},
       {"appointed_to | Arman Seitkali | Acting Minister of Ecology | "}},
      {"two heads of state named each with their country in one sentence", "",
       "Treaty signed",
       "Kazakhstan President Kassym-Jomart Tokayev and Turkmenistan President Serdar Ovezov "
       "signed a treaty in Astana on Friday.",
       {"held | Kassym-Jomart Tokayev | President | ",
        "held | Serdar Ovezov | President of Turkmenistan | "},
       {"held | Serdar Ovezov | President | "}},
      {"a guest named with his country after his name", "", "Visit to Tashkent",
       "The talks followed the state visit by President Jasur Aliyev of Uzbekistan to Astana "
       "in May.",
       {"held | Jasur Aliyev | President of Uzbekistan | "},
       {"held | Jasur Aliyev | President | "}},
      {"a second head of state beside the home one: the country his sentence names", "",
       "Talks in Bishkek",
       "Kazakh President Kassym-Jomart Tokayev met President Bakyt Ormonov in Bishkek on "
       "Friday.",
       {"held | Kassym-Jomart Tokayev | President | ",
        "held | Bakyt Ormonov | President of Kyrgyzstan | "},
       {"held | Bakyt Ormonov | President | "}},
      {"a chamber has one chair", "", "Senate elects its chair",
       "Saule Bekova was elected Speaker of the Senate on Monday.",
       {"appointed_to | Saule Bekova | Chair of the Senate | "},
       {}},
  };
  for (const JurisdictionCase& c : cases) {
    const std::vector<std::string> got = PostFacts(Extract(c));
    EXPECT_THAT(got, IsSupersetOf(c.must)) << c.what;
    for (const std::string& bad : c.must_not) EXPECT_THAT(got, Not(Contains(bad))) << c.what;
  }
}

}  // namespace
}  // namespace kg
