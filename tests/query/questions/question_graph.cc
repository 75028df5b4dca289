#include "tests/query/questions/question_graph.h"

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <utility>

namespace kg::testing {
namespace {

NodeRef SingleOffice(std::string name, std::vector<std::string> aliases = {}) {
  NodeRef ref = Ref(NodeKind::kOffice, std::move(name), std::move(aliases));
  ref.attributes.emplace_back("single", "true");
  return ref;
}

const NodeRef kLabor = SingleOffice("Minister of Labor and Social Protection", {"Labor Minister"});
const NodeRef kEnergy = SingleOffice("Minister of Energy");
const NodeRef kViceEnergy = Office("Vice Minister of Energy");
const NodeRef kAkim = SingleOffice("Akim of Almaty Region");

Fact Appointed(NodeRef person, NodeRef office, const char* date, std::string by = "") {
  const std::string sentence = person.name + " was appointed " + office.name + ".";
  Fact fact = MakeFact(Relation::kAppointedTo, std::move(person), std::move(office), sentence,
                       OnDate(D(date)));
  fact.by = std::move(by);
  return fact;
}

Fact Stage(Relation relation, const char* law, NodeRef body, const char* date,
           std::string detail = "") {
  FactTime time;
  if (*date != '\0') time.date = D(date);
  Fact fact = MakeFact(
      relation, Law(law), std::move(body),
      std::string("The law ") + law + " went through " + std::string(RelationName(relation)) + ".",
      time);
  fact.stage = std::move(detail);
  return fact;
}

ArticleFacts Article(const char* id, const char* date, std::vector<Fact> facts) {
  return MakeArticle(id, D(date), std::hash<std::string>()(id) | 1, std::move(facts));
}

}  // namespace

Date D(const char* text) {
  std::optional<Date> date = Date::Parse(text);
  if (!date.has_value()) {
    std::fprintf(stderr, "bad date %s\n", text);
    std::abort();
  }
  return *date;
}

std::vector<ArticleFacts> QuestionGraphArticles() {
  const NodeRef dana = Person("Dana Omarova");
  const NodeRef aliya = Person("Aliya Sarsenova");
  const NodeRef berik = Person("Berik Tulegenov");
  const NodeRef erlan = Person("Erlan Kassymov");
  const NodeRef tokayev = Person("Kassym-Jomart Tokayev");
  const NodeRef majilis = Org("Majilis");
  const NodeRef senate = Org("Senate");

  Fact dismissed = MakeFact(Relation::kDismissedFrom, erlan, kAkim,
                            "Erlan Kassymov was relieved of his duties.", OnDate(D("2023-09-15")));
  dismissed.by = "President";

  std::vector<ArticleFacts> articles = {
      Article("a01", "2022-01-11", {Appointed(dana, kLabor, "2022-01-11", "President")}),
      Article("a02", "2022-01-12",
              {MakeFact(Relation::kHeld, dana, kLabor,
                        "Since January 2022 she has served as Minister of Labor.",
                        Tenure(D("2022-01"))),
               MakeFact(Relation::kHeld, dana, kViceEnergy,
                        "From March 2019 to December 2021 she was Vice Minister of Energy.",
                        Tenure(D("2019-03"), D("2021-12"))),
               MakeFact(Relation::kMemberOf, dana, Org("Amanat party"),
                        "She has been a member of the Amanat party since 2015.", Tenure(D("2015"))),
               MakeFact(Relation::kMemberOf, dana, Org("Council of Foreign Investors"),
                        "She sits on the Council of Foreign Investors.")}),
      Article("a03", "2023-06-01",
              {MakeFact(Relation::kHeld, dana, kLabor,
                        "Minister of Labor Dana Omarova said wages grew.", AsOf(D("2023-06-01")))}),
      Article("a04", "2023-05-02", {Appointed(berik, kEnergy, "2023-05-02")}),
      Article("a05", "2024-02-06", {Appointed(aliya, kLabor, "2024-02-06")}),
      Article("a06", "2024-03-05", {Appointed(dana, kEnergy, "2024-03-05")}),
      Article(
          "a07", "2024-09-10",
          {MakeFact(Relation::kHeld, aliya, kLabor,
                    "Labor Minister Aliya Sarsenova opened the forum.", AsOf(D("2024-09-10")))}),
      Article("a08", "2023-09-15", {dismissed}),
      Article("a09", "2020-06-20", {Appointed(erlan, kAkim, "2020-06")}),
      Article("a10", "2019-11-02",
              {MakeFact(Relation::kHeld, Person("Nurlan Abenov"), kAkim,
                        "Akim of Almaty Region Nurlan Abenov visited the farm.",
                        AsOf(D("2019-11-02")))}),
      Article("a11", "2020-02-14",
              {Appointed(Person("Zhanar Amirkhanova"), kViceEnergy, "2020-02-14")}),
      Article("a12", "2018-05-03", {Appointed(Person("Serik Bekov"), kViceEnergy, "2018-05-03")}),

      Article("l1", "2024-11-20",
              {Stage(Relation::kDraftedBy, "On Public Procurement", Org("Ministry of Finance"),
                     "2024-11"),
               Stage(Relation::kSubmittedTo, "On Public Procurement", majilis, "2024-11-20")}),
      Article("l2", "2025-02-12",
              {Stage(Relation::kApprovedBy, "On Public Procurement", majilis, "2025-02-12",
                     "first reading")}),
      Article("l3", "2025-04-02",
              {Stage(Relation::kAdoptedBy, "On Public Procurement", majilis, "2025-04-02")}),
      Article("l4", "2025-04-09",
              {Stage(Relation::kAdoptedBy, "On Public Procurement", majilis, "2025-04-03")}),
      Article(
          "l5", "2025-03-28",
          {Stage(Relation::kSignedBy, "On Public Procurement", tokayev, "2025-03-28"),
           Stage(Relation::kEnteredIntoForce, "On Public Procurement", Country("Kazakhstan"), "")}),
      Article("l6", "2025-06-01",
              {Stage(Relation::kSignedBy, "On Territorial Defense", tokayev, "2025-06-01")}),
      Article("l7", "2025-01-15",
              {Stage(Relation::kSubmittedTo, "On Mass Media", senate, "2025-01-15"),
               Stage(Relation::kAdoptedBy, "On Mass Media", majilis, "2025-01-15")}),
      Article("l8", "2025-02-05",
              {Stage(Relation::kReturnedBy, "On Mass Media", senate, "2025-02-05")}),
      Article("l9", "2025-03-26",
              {Stage(Relation::kAdoptedBy, "On Mass Media", majilis, "2025-03-12"),
               Stage(Relation::kApprovedBy, "On Mass Media", senate, "2025-03-26")}),
      Article("l10", "2025-04-10",
              {Stage(Relation::kSignedBy, "On Mass Media", tokayev, "2025-04-10")}),
  };
  return articles;
}

QuestionGraph::QuestionGraph() : path_(dir_.Child("kg.db")), store_(OpenOrDie(path_)) {
  if (store_ == nullptr) std::abort();
  for (const ArticleFacts& article : QuestionGraphArticles()) {
    absl::StatusOr<Store::WriteOutcome> outcome = store_->WriteArticle(article);
    if (!outcome.ok()) {
      std::fprintf(stderr, "writing %s: %s\n", article.id.c_str(),
                   std::string(outcome.status().message()).c_str());
      std::abort();
    }
  }
}

}  // namespace kg::testing
