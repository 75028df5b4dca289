// CheckStore on stores written for the test: each check finds what it is
// for, with the articles behind it, and a clean store has nothing to say.
#include "query/questions/check.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/graph/store_test_util.h"

namespace kg::questions {
namespace {

using ::kg::testing::AsOf;
using ::kg::testing::MakeArticle;
using ::kg::testing::MakeFact;
using ::kg::testing::OnDate;
using ::kg::testing::Person;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

NodeRef SingleOffice(const std::string& name) {
  NodeRef ref = ::kg::testing::Office(name);
  ref.attributes = {{"single", "true"}};
  return ref;
}

class CheckTest : public ::kg::testing::StoreFixture {
 protected:
  std::vector<std::string> Kinds() {
    absl::StatusOr<CheckReport> report = CheckStore(*store_);
    EXPECT_TRUE(report.ok()) << report.status();
    std::vector<std::string> kinds;
    if (report.ok()) {
      for (const CheckFinding& f : report->findings) kinds.push_back(f.kind);
      last_ = *report;
    }
    return kinds;
  }
  CheckReport last_;
};

TEST_F(CheckTest, ACleanStoreHasNothingToSay) {
  Write(MakeArticle("a1", Date(2022, 1, 5), 1,
                    {MakeFact(Relation::kAppointedTo, Person("Dana Kurmanova"),
                              SingleOffice("Minister of Ecology"), "Kurmanova was appointed.",
                              OnDate(Date(2022, 1, 5)))}));
  Write(MakeArticle("a2", Date(2024, 2, 12), 2,
                    {MakeFact(Relation::kAppointedTo, Person("Arman Seitkali"),
                              SingleOffice("Minister of Ecology"), "Seitkali was appointed.",
                              OnDate(Date(2024, 2, 12)))}));
  EXPECT_THAT(Kinds(), IsEmpty());
}

TEST_F(CheckTest, TwoHoldersAtOnceWithTheirSources) {
  // Two outlets, two ministers seen on the same day in a post of one holder.
  Write(MakeArticle("o1", Date(2024, 5, 2), 1,
                    {MakeFact(Relation::kHeld, Person("Dana Kurmanova"),
                              SingleOffice("Minister of Ecology"), "Minister Kurmanova spoke.",
                              AsOf(Date(2024, 5, 2)))}));
  Write(MakeArticle("o2", Date(2024, 5, 2), 2,
                    {MakeFact(Relation::kHeld, Person("Arman Seitkali"),
                              SingleOffice("Minister of Ecology"), "Minister Seitkali spoke.",
                              AsOf(Date(2024, 5, 2)))}));
  EXPECT_THAT(Kinds(), ElementsAre("two_holders"));
  EXPECT_THAT(last_.findings[0].text, HasSubstr("Minister of Ecology"));
  EXPECT_THAT(last_.findings[0].sources, ElementsAre("o1", "o2"));
}

TEST_F(CheckTest, ALawSignedBeforeItWasAdoptedAndJunkNames) {
  const NodeRef law = ::kg::testing::Law("On Beekeeping and Apiaries");
  Write(MakeArticle("l1", Date(2025, 3, 1), 1,
                    {MakeFact(Relation::kSignedBy, law, Person("Kassym-Jomart Tokayev"),
                              "The President signed the law.", OnDate(Date(2025, 3, 1)))}));
  Write(MakeArticle("l2", Date(2025, 4, 1), 2,
                    {MakeFact(Relation::kAdoptedBy, law, ::kg::testing::Org("Majilis"),
                              "The Majilis adopted the law.", OnDate(Date(2025, 4, 1)))}));
  Write(MakeArticle("j1", Date(2025, 4, 2), 3,
                    {MakeFact(Relation::kAdoptedBy, ::kg::testing::Law("On Honey Out"),
                              ::kg::testing::Org("Majilis"), "A headline.",
                              OnDate(Date(2025, 4, 2))),
                     MakeFact(Relation::kHeld, Person("Saule Bekova"),
                              ::kg::testing::Office("Minister"), "Minister Bekova spoke.",
                              AsOf(Date(2025, 4, 2)))}));
  EXPECT_THAT(Kinds(), ElementsAre("junk_name", "junk_name", "law_order"));
  EXPECT_THAT(last_.findings[2].sources, ElementsAre("l1", "l2"));
}

TEST_F(CheckTest, APostBeforeBirthAndSuspectedDuplicates) {
  NodeRef born = Person("Yerbol Kassenov");
  born.attributes = {{"born", "1990"}};
  Write(MakeArticle("b1", Date(2025, 3, 1), 1,
                    {MakeFact(Relation::kHeld, born, ::kg::testing::Office("Akim of Taraz"),
                              "He was akim from 1985.", ::kg::testing::Tenure(Date(1985)))}));
  // One name key, and a birth year on one side only: nothing tells them apart.
  NodeRef other = Person("Dana Kurmanova");
  other.attributes = {{"born", "1970"}};
  NodeRef same = Person("Dana Kurmanova");
  same.attributes = {{"born", "1971"}};
  Write(MakeArticle("d1", Date(2025, 3, 2), 2,
                    {MakeFact(Relation::kHeld, other, ::kg::testing::Office("Akim of Taraz"),
                              "She was akim.", AsOf(Date(2025, 3, 2)))}));
  Write(MakeArticle("d2", Date(2025, 3, 3), 3,
                    {MakeFact(Relation::kHeld, same, ::kg::testing::Office("Akim of Aktau"),
                              "She was akim.", AsOf(Date(2025, 3, 3))),
                     MakeFact(Relation::kHeld, Person("Dana Kurmanova"),
                              ::kg::testing::Office("Akim of Aktau"), "She was akim.",
                              AsOf(Date(2025, 3, 3)))}));
  const std::vector<std::string> kinds = Kinds();
  EXPECT_THAT(kinds, ::testing::Contains("before_birth"));
  // Born 1970 and 1971 are two people: no duplicate between them.
  for (const CheckFinding& f : last_.findings) {
    if (f.kind == "before_birth") {
      EXPECT_THAT(f.sources, ElementsAre("b1"));
    }
  }
}

}  // namespace
}  // namespace kg::questions
