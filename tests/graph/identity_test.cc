// Person and law identity across articles: the name forms of graph/
// person_names.h and graph/law_names.h, one table per rule, and the store
// merging (or keeping apart) what articles written for these tests name.
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "graph/law_names.h"
#include "graph/person_names.h"
#include "gtest/gtest.h"
#include "tests/graph/store_test_util.h"

namespace kg {
namespace {

using ::kg::testing::MakeArticle;
using ::kg::testing::MakeFact;
using ::kg::testing::OnDate;
using ::kg::testing::Office;
using ::kg::testing::Person;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(PersonNamesTest, DecreeAndOfficialFormsHaveANewsForm) {
  const struct {
    const char* name;
    const char* news;
  } cases[] = {
      {"Seitkali Arman Bolatovich", "Arman Seitkali"},  // surname, given, patronymic
      {"Arman Bolatovich Seitkali", "Arman Seitkali"},  // given, patronymic, surname
      {"Omarova Dana Serikovna", "Dana Omarova"},
      {"Zhaksylyk Nurlan Yerlanuly", "Nurlan Zhaksylyk"},
      {"Arman Seitkali", ""},            // already the news form
      {"Kassym-Jomart Tokayev", ""},     // two words
      {"Dana Serikovna", ""},            // two words
      {"Bolat Arman Seitkali", ""},      // no patronymic
      {"seitkali arman bolatovich", ""}, // not written as a name
  };
  for (const auto& c : cases) EXPECT_EQ(NewsFormOfPersonName(c.name), c.news) << c.name;
}

TEST(PersonNamesTest, InitialsOfANewsForm) {
  EXPECT_THAT(InitialFormsOfPersonName("Arman Seitkali"), ElementsAre("A. Seitkali"));
  // A digraph is one Cyrillic letter: Sh, Zh, Kh, Ch, Ts.
  EXPECT_THAT(InitialFormsOfPersonName("Shynar Omarbekova"), ElementsAre("Sh. Omarbekova"));
  EXPECT_THAT(InitialFormsOfPersonName("Zhanar Beisenova"), ElementsAre("Zh. Beisenova"));
  // Ye and Yu are written either way.
  EXPECT_THAT(InitialFormsOfPersonName("Yerbol Kassenov"), ElementsAre("Ye. Kassenov", "Y. Kassenov"));
  EXPECT_THAT(InitialFormsOfPersonName("A. Seitkali"), IsEmpty());
  EXPECT_THAT(InitialFormsOfPersonName("Kassym-Jomart Kemelevich Tokayev"), IsEmpty());
  EXPECT_TRUE(StartsWithInitial("A. Seitkali"));
  EXPECT_TRUE(StartsWithInitial("Sh. Omarbekova"));
  EXPECT_FALSE(StartsWithInitial("Arman Seitkali"));
}

TEST(PersonNamesTest, FeminineAndMasculineSurnamesConflict) {
  const struct {
    const char* a;
    const char* b;
    bool conflict;
  } cases[] = {
      {"Aigerim Daniyarova", "Aigerim Daniyarov", true},
      {"Saule Ermekova", "Saule Ermekov", true},
      {"Dina Kalinina", "Dina Kalinin", true},
      {"Aigerim Daniyarova", "Aigerim Daniyarova", false},
      {"Yerlan Daniyarov", "Erlan Daniyarov", false},
      {"Nurlan Zhaksylyk", "Nurlan Zhaksylyk", false},  // no gendered ending
  };
  for (const auto& c : cases) {
    EXPECT_EQ(GendersConflict(c.a, c.b), c.conflict) << c.a << " / " << c.b;
  }
}

TEST(LawNamesTest, OneKeyAcrossNameForms) {
  const std::string key = LawKey(
      "On ratification of the Agreement on the preservation and rational use of the fish stocks "
      "of Lake Balkhash");
  EXPECT_FALSE(key.empty());
  EXPECT_EQ(LawKey("On ratification of the Agreement on preserving and rational use of fish "
                   "stocks of Lake Balkhash"),
            key);
  EXPECT_EQ(LawKey("Law of the Republic of Kazakhstan On Ratification of the Agreement on "
                   "Preservation and Rational Use of Fish Stocks of Lake Balkhash"),
            key);
  EXPECT_NE(LawKey("On ratification of the Agreement on fish stocks of the Aral Sea"), key);
  EXPECT_EQ(LawKey("On Telecommunications"), "");  // one content word: too little
  EXPECT_TRUE(LawKey("On Public Procurement").starts_with("0law "));
}

class IdentityStoreTest : public ::kg::testing::StoreFixture {
 protected:
  void Appoint(const std::string& id, Date date, const std::string& person, uint64_t hash) {
    Write(MakeArticle(id, date, hash,
                      {MakeFact(Relation::kAppointedTo, Person(person), Office("Minister of Ecology"),
                                person + " was appointed.", OnDate(date))}));
  }
  size_t PersonsNamed(const std::string& name) {
    absl::StatusOr<std::vector<NodeId>> found = store_->FindByName(name, false);
    EXPECT_TRUE(found.ok()) << found.status();
    return found.ok() ? found->size() : 0;
  }
};

TEST_F(IdentityStoreTest, DecreeFormAndNewsFormAreOnePerson) {
  // The decree first: the node still takes the news form.
  Appoint("d1", Date(2024, 2, 12), "Seitkali Arman Bolatovich", 1);
  Appoint("n1", Date(2024, 2, 13), "Arman Seitkali", 2);
  const NodeId id = Id(NodeKind::kPerson, "Arman Seitkali");
  EXPECT_EQ(Id(NodeKind::kPerson, "Seitkali Arman Bolatovich"), id);
  EXPECT_EQ(Node(id).name, "Arman Seitkali");
  // The initials find him too.
  Appoint("i1", Date(2024, 2, 14), "A. Seitkali", 3);
  EXPECT_EQ(Id(NodeKind::kPerson, "A. Seitkali"), id);
  EXPECT_EQ(PersonsNamed("Arman Seitkali"), 1u);
}

TEST_F(IdentityStoreTest, InitialsFirstThenTheFullName) {
  Appoint("i1", Date(2024, 2, 12), "Sh. Omarbekova", 1);
  Appoint("n1", Date(2024, 2, 13), "Shynar Omarbekova", 2);
  const NodeId id = Id(NodeKind::kPerson, "Shynar Omarbekova");
  EXPECT_EQ(Id(NodeKind::kPerson, "Sh. Omarbekova"), id);
  EXPECT_EQ(Node(id).name, "Shynar Omarbekova");
}

TEST_F(IdentityStoreTest, FeminineAndMasculineSurnamesAreTwoPeople) {
  Appoint("f1", Date(2024, 2, 12), "Aigerim Daniyarova", 1);
  Appoint("m1", Date(2024, 2, 13), "Aigerim Daniyarov", 2);
  Appoint("f2", Date(2024, 2, 14), "Aigerim Daniyarova", 3);
  // One name key, two people, each with their own name.
  absl::StatusOr<std::vector<NodeId>> found = store_->FindByName("Aigerim Daniyarova", false);
  ASSERT_TRUE(found.ok()) << found.status();
  std::vector<std::string> names;
  for (NodeId id : *found) names.push_back(Node(id).name);
  EXPECT_THAT(names, ::testing::UnorderedElementsAre("Aigerim Daniyarova", "Aigerim Daniyarov"));
}

TEST_F(IdentityStoreTest, OneLawAcrossNameForms) {
  auto signed_law = [](const std::string& law) {
    return MakeFact(Relation::kSignedBy, ::kg::testing::Law(law), Person("Kassym-Jomart Tokayev"),
                    "The President signed the law.", OnDate(Date(2025, 3, 1)));
  };
  Write(MakeArticle("l1", Date(2025, 3, 1), 1,
                    {signed_law("On ratification of the Agreement on the preservation of the fish "
                                "stocks of Lake Balkhash")}));
  Write(MakeArticle("l2", Date(2025, 3, 2), 2,
                    {signed_law("On ratification of the Agreement on preserving fish stocks of Lake "
                                "Balkhash")}));
  Write(MakeArticle("l3", Date(2025, 3, 3), 3,
                    {signed_law("On ratification of the Agreement on fish stocks of the Aral Sea")}));
  const NodeId balkhash = Id(NodeKind::kLaw,
                             "On ratification of the Agreement on preserving fish stocks of Lake "
                             "Balkhash");
  EXPECT_EQ(Id(NodeKind::kLaw,
               "On ratification of the Agreement on the preservation of the fish stocks of Lake "
               "Balkhash"),
            balkhash);
  EXPECT_NE(Id(NodeKind::kLaw, "On ratification of the Agreement on fish stocks of the Aral Sea"),
            balkhash);
}

}  // namespace
}  // namespace kg
