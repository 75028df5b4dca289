// ResolveName on a real store: exact before prefix before whole words, own
// names before aliases, and ambiguity listed rather than guessed.
#include "query/names/name_resolution.h"

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "tests/graph/store_test_util.h"

namespace kg::questions {
namespace {

class NameResolutionTest : public testing::StoreFixture {
 protected:
  void SetUp() override {
    StoreFixture::SetUp();
    std::vector<NodeRef> entities = {
        testing::Office("Minister of Energy"),
        testing::Office("Minister of Energy and Mineral Resources"),
        testing::Office("First Vice Minister of Energy"),
        testing::Person("Kassym-Jomart Tokayev"),
        testing::Person("Aigerim Bekova"),
        testing::Person("Aigerim Nurova"),
        testing::Person("Nurlan Bekov", {"N. Bekov"}),
        testing::Person("Serik Bekov", {"N. Bekov"}),
        // First, or the store would resolve it to Marat Seitkali by his alias.
        testing::Person("Seitkali"),
        testing::Person("Marat Seitkali", {"Seitkali"}),
        testing::Org("Ministry of Energy"),
        testing::Law("Law on Subsoil"),
    };
    for (int i = 1; i <= 12; ++i) entities.push_back(testing::Person(absl::StrCat("Aida No", i)));
    Write(testing::MakeArticle("n1", Date(2025, 1, 1), 1, {}, entities));
  }

  std::string Resolve(const std::string& name, NodeKind kind) {
    absl::StatusOr<NodeRecord> node = ResolveName(*store_, name, kind);
    return node.ok() ? node->name : std::string(absl::StatusCodeToString(node.status().code()));
  }
  std::string Message(const std::string& name, NodeKind kind) {
    return std::string(ResolveName(*store_, name, kind).status().message());
  }
};

TEST_F(NameResolutionTest, ExactBeforePrefixBeforeWholeWords) {
  EXPECT_EQ(Resolve("Minister of Energy", NodeKind::kOffice), "Minister of Energy");
  EXPECT_EQ(Resolve("MINISTER of energy and", NodeKind::kOffice),
            "Minister of Energy and Mineral Resources");
  EXPECT_EQ(Resolve("energy and mineral", NodeKind::kOffice),
            "Minister of Energy and Mineral Resources");
  // Whole words only: a piece of a word is not a name.
  EXPECT_EQ(Resolve("nergy and mineral", NodeKind::kOffice), "NOT_FOUND");
  // Kinds are kept apart: the ministry is an organization.
  EXPECT_EQ(Resolve("Ministry of Energy", NodeKind::kOffice), "NOT_FOUND");
  EXPECT_EQ(Resolve("Ministry of Energy", NodeKind::kOrganization), "Ministry of Energy");
}

TEST_F(NameResolutionTest, OfficesByTitleLast) {
  EXPECT_EQ(Resolve("Energy Minister", NodeKind::kOffice), "Minister of Energy");
  EXPECT_EQ(Resolve("energy and mineral resources minister", NodeKind::kOffice),
            "Minister of Energy and Mineral Resources");
  EXPECT_EQ(Resolve("First Vice Energy Minister", NodeKind::kOffice),
            "First Vice Minister of Energy");
  EXPECT_EQ(Resolve("Foreign Minister", NodeKind::kOffice), "NOT_FOUND");
}

TEST_F(NameResolutionTest, FoldedSpellings) {
  EXPECT_EQ(Resolve("Toqayev", NodeKind::kPerson), "Kassym-Jomart Tokayev");
  EXPECT_EQ(Resolve("kassym jomart TOKAYEV", NodeKind::kPerson), "Kassym-Jomart Tokayev");
  EXPECT_EQ(Resolve("subsoil", NodeKind::kLaw), "Law on Subsoil");
  EXPECT_EQ(Resolve("the law on subsoil", NodeKind::kLaw), "Law on Subsoil");
}

TEST_F(NameResolutionTest, OwnNameBeatsAnAlias) {
  // "Seitkali" is Marat Seitkali's alias and another person's own name.
  EXPECT_EQ(Resolve("Seitkali", NodeKind::kPerson), "Seitkali");
}

TEST_F(NameResolutionTest, AmbiguityListsTheCandidates) {
  EXPECT_EQ(Resolve("Aigerim", NodeKind::kPerson), "FAILED_PRECONDITION");
  EXPECT_EQ(Message("Aigerim", NodeKind::kPerson),
            "\"Aigerim\" matches 2 persons; give one of these names:\n"
            "  Aigerim Bekova\n"
            "  Aigerim Nurova");
  // A shared alias, and nobody's own name.
  EXPECT_EQ(Message("N. Bekov", NodeKind::kPerson),
            "\"N. Bekov\" matches 2 persons; give one of these names:\n"
            "  Nurlan Bekov\n"
            "  Serik Bekov");
  // At most ten are listed.
  EXPECT_EQ(Message("Aida", NodeKind::kPerson),
            "\"Aida\" matches 12 persons; give one of these names:\n"
            "  Aida No1\n  Aida No10\n  Aida No11\n  Aida No12\n  Aida No2\n  Aida No3\n"
            "  Aida No4\n  Aida No5\n  Aida No6\n  Aida No7\n"
            "  and 2 more");
}

TEST_F(NameResolutionTest, NothingToMatch) {
  EXPECT_EQ(Resolve("Minister of Culture", NodeKind::kOffice), "NOT_FOUND");
  EXPECT_EQ(Message("Minister of Culture", NodeKind::kOffice),
            "no office named \"Minister of Culture\" (names match ignoring case, accents and "
            "transliteration; a beginning or whole words of a name also match)");
  EXPECT_EQ(Resolve("--", NodeKind::kPerson), "INVALID_ARGUMENT");
  EXPECT_EQ(Resolve("", NodeKind::kLaw), "INVALID_ARGUMENT");
}

// Short forms users type, and a surname against names that contain it.
class ShortFormsTest : public testing::StoreFixture {
 protected:
  void SetUp() override {
    StoreFixture::SetUp();
    Write(testing::MakeArticle(
        "n1", Date(2025, 1, 1), 1, {},
        {testing::Office("Prime Minister"), testing::Office("Deputy Prime Minister"),
         testing::Office("Minister of Foreign Affairs"),
         testing::Org("Ministry of Foreign Affairs"), testing::Country("Turkey"),
         testing::Person("Kassym-Jomart Tokayev", {"Tokayev"}),
         testing::Ref(NodeKind::kEvent, "Tokayev meeting with foreign investors"),
         testing::Ref(NodeKind::kEvent, "Meeting of Tokayev and Mirziyoyev"),
         testing::Person("Nurlan Bekov"), testing::Person("Serik Bekov"),
         testing::Ref(NodeKind::kEvent, "Bekov forum")}));
  }
  std::string Resolve(const std::string& name, std::optional<NodeKind> kind) {
    absl::StatusOr<NodeRecord> node = ResolveName(*store_, name, kind);
    return node.ok() ? node->name : std::string(absl::StatusCodeToString(node.status().code()));
  }
};

TEST_F(ShortFormsTest, ShortFormsResolve) {
  EXPECT_EQ(Resolve("PM", NodeKind::kOffice), "Prime Minister");
  EXPECT_EQ(Resolve("pm", std::nullopt), "Prime Minister");
  EXPECT_EQ(Resolve("Deputy PM", NodeKind::kOffice), "Deputy Prime Minister");
  EXPECT_EQ(Resolve("FM", NodeKind::kOffice), "Minister of Foreign Affairs");
  EXPECT_EQ(Resolve("MFA", NodeKind::kOrganization), "Ministry of Foreign Affairs");
  EXPECT_EQ(Resolve("MFA", std::nullopt), "Ministry of Foreign Affairs");
  EXPECT_EQ(Resolve("Türkiye", NodeKind::kCountry), "Turkey");
  EXPECT_EQ(Resolve("TURKIYE", std::nullopt), "Turkey");
}

TEST_F(ShortFormsTest, ASurnameFindsThePersonNotAnEventNamedAfterThem) {
  EXPECT_EQ(Resolve("Tokayev", std::nullopt), "Kassym-Jomart Tokayev");
  EXPECT_EQ(Resolve("tokayev", NodeKind::kPerson), "Kassym-Jomart Tokayev");
  // The event is still found by a name only it has.
  EXPECT_EQ(Resolve("Tokayev meeting", std::nullopt), "Tokayev meeting with foreign investors");
  // Two people with the surname stay ambiguous, the event aside.
  EXPECT_EQ(Resolve("Bekov", std::nullopt), "FAILED_PRECONDITION");
  absl::StatusOr<std::vector<NodeRecord>> candidates =
      FindNameCandidates(*store_, "Bekov", std::nullopt);
  ASSERT_TRUE(candidates.ok()) << candidates.status();
  std::vector<std::string> names;
  for (const NodeRecord& node : *candidates) names.push_back(node.name);
  EXPECT_EQ(names, (std::vector<std::string>{"Bekov forum", "Nurlan Bekov", "Serik Bekov"}));
}

}  // namespace
}  // namespace kg::questions
