// How kg holders reads an office as typed: the country in it or from
// --country, and the post's other names (tools/kg/office_names.h).
#include "tools/kg/office_names.h"

#include <memory>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace kg {
namespace {

using ::testing::ElementsAre;

TEST(OfficeNamesTest, TheCountryIsReadOffTheOffice) {
  auto lexicon = Lexicon::Load(std::string(KG_DATA_DIR) + "/lexicon");
  ASSERT_TRUE(lexicon.ok()) << lexicon.status();
  auto rules = JurisdictionRules::Load(std::string(KG_DATA_DIR) + "/lexicon", **lexicon);
  ASSERT_TRUE(rules.ok()) << rules.status();
  const struct {
    const char* typed;
    const char* country_option;
    const char* country;
    const char* title;
  } cases[] = {
      {"Prime Minister of Kyrgyzstan", "", "Kyrgyzstan", "Prime Minister"},
      {"Kyrgyz Prime Minister", "", "Kyrgyzstan", "Prime Minister"},
      {"the Kyrgyz Republic's Prime Minister", "", "Kyrgyzstan", "Prime Minister"},
      {"Uzbekistan's Foreign Minister", "", "Uzbekistan", "Foreign Minister"},
      {"Prime Minister of the Kyrgyz Republic", "", "Kyrgyzstan", "Prime Minister"},
      {"Prime Minister", "", "", "Prime Minister"},  // a bare title: the home country's
      {"Prime Minister", "Kyrgyzstan", "Kyrgyzstan", "Prime Minister"},
      {"Prime Minister", "Kyrgyz", "Kyrgyzstan", "Prime Minister"},
      {"Kazakh Prime Minister", "", "", "Prime Minister"},
      {"Prime Minister of Kazakhstan", "Kyrgyzstan", "", "Prime Minister"},  // the name wins
      {"Minister of Energy", "", "", "Minister of Energy"},
  };
  for (const auto& c : cases) {
    const OfficeQuery q = ReadOfficeQuery(**lexicon, *rules, c.typed, c.country_option);
    EXPECT_EQ(q.country, c.country) << c.typed;
    ASSERT_FALSE(q.titles.empty()) << c.typed;
    EXPECT_EQ(q.titles[0], c.title) << c.typed;
  }
  // A chamber's chair under its other names.
  EXPECT_THAT(ReadOfficeQuery(**lexicon, *rules, "Chairman of the Senate of Uzbekistan", "").titles,
              ElementsAre("Chairman of the Senate", "Chair of the Senate"));
  EXPECT_THAT(ReadOfficeQuery(**lexicon, *rules, "presidential chief of staff", "").titles,
              ElementsAre("presidential chief of staff", "Head of the Presidential Administration"));
}

}  // namespace
}  // namespace kg
