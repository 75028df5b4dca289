#include "tests/query/cypher/test_graph.h"

#include <stdlib.h>

#include <cstdio>
#include <filesystem>
#include <utility>

namespace kg::testing {
namespace {

[[noreturn]] void Die(const std::string& what) {
  std::fprintf(stderr, "test graph: %s\n", what.c_str());
  std::abort();
}

Date D(const char* text) {
  std::optional<Date> date = Date::Parse(text);
  if (!date.has_value()) Die(std::string("bad date ") + text);
  return *date;
}

ArticleFacts Article(std::string id, const char* date, std::vector<Fact> facts) {
  ArticleFacts article;
  article.id = std::move(id);
  article.date = D(date);
  article.title = "Article " + article.id;
  article.content_hash = std::hash<std::string>()(article.id) | 1;
  for (Fact& fact : facts) {
    fact.evidence.sentence = "An invented sentence for " + article.id + ".";
    fact.evidence.end = static_cast<uint32_t>(fact.evidence.sentence.size());
    article.entities.push_back(fact.source);
    article.entities.push_back(fact.target);
  }
  article.facts = std::move(facts);
  return article;
}

Fact Dated(Relation relation, NodeRef source, NodeRef target, const char* date) {
  Fact fact = MakeFact(relation, std::move(source), std::move(target));
  fact.time.date = D(date);
  return fact;
}

}  // namespace

NodeRef Ref(NodeKind kind, std::string name) {
  NodeRef ref;
  ref.kind = kind;
  ref.name = std::move(name);
  return ref;
}

Fact MakeFact(Relation relation, NodeRef source, NodeRef target) {
  Fact fact;
  fact.relation = relation;
  fact.source = std::move(source);
  fact.target = std::move(target);
  return fact;
}

TempStore::TempStore() {
  std::string pattern = (std::filesystem::temp_directory_path() / "kg-cypher-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) Die("mkdtemp failed");
  path_ = pattern + "/db";
  absl::StatusOr<std::unique_ptr<Store>> store = Store::Open(path_);
  if (!store.ok()) Die(std::string(store.status().message()));
  store_ = std::move(*store);
}

TempStore::~TempStore() {
  store_.reset();
  std::error_code ignored;
  std::filesystem::remove_all(std::filesystem::path(path_).parent_path(), ignored);
}

void TempStore::Write(const ArticleFacts& article) {
  absl::StatusOr<Store::WriteOutcome> outcome = store_->WriteArticle(article);
  if (!outcome.ok()) Die(article.id + ": " + std::string(outcome.status().message()));
}

TempStore& SharedTestGraph() {
  static TempStore* graph = [] {
    auto* made = new TempStore;
    for (const ArticleFacts& article : TestGraphArticles()) made->Write(article);
    return made;
  }();
  return *graph;
}

std::vector<ArticleFacts> TestGraphArticles() {
  using K = NodeKind;
  using R = Relation;
  NodeRef aliya = Ref(K::kPerson, "Aliya Sarsenova");
  aliya.attributes = {{"born", "1979"}};
  NodeRef berik = Ref(K::kPerson, "Berik Tulegenov");
  berik.aliases = {"Tulegenov"};
  const NodeRef dana = Ref(K::kPerson, "Dana Omarova");
  const NodeRef erlan = Ref(K::kPerson, "Erlan Kassymov");
  const NodeRef energy = Ref(K::kOffice, "Minister of Energy");
  const NodeRef labor = Ref(K::kOffice, "Minister of Labor");
  const NodeRef government = Ref(K::kOrganization, "Government");
  const NodeRef majilis = Ref(K::kOrganization, "Majilis");
  const NodeRef senate = Ref(K::kOrganization, "Senate");
  const NodeRef law = Ref(K::kLaw, "Law on Digital Assets");
  const NodeRef kazakhstan = Ref(K::kCountry, "Kazakhstan");
  const NodeRef uzbekistan = Ref(K::kCountry, "Uzbekistan");
  const NodeRef kyrgyzstan = Ref(K::kCountry, "Kyrgyzstan");
  const NodeRef forum = Ref(K::kEvent, "Energy Forum");
  const NodeRef hall = Ref(K::kPlace, "Expo Hall");
  const NodeRef astana = Ref(K::kPlace, "Astana");

  std::vector<ArticleFacts> articles;
  Fact a1 = Dated(R::kAppointedTo, aliya, energy, "2024-03-05");
  a1.by = "Government";
  articles.push_back(Article("a1", "2024-03-05", {a1}));

  Fact a2 = Dated(R::kAppointedTo, berik, energy, "2025-02-10");
  a2.by = "President";
  Fact career = MakeFact(R::kHeld, aliya, energy);
  career.time.start = D("2024-03-05");
  career.time.end = D("2025-02-10");
  career.time.end_inferred = true;
  articles.push_back(Article("a2", "2025-02-10", {a2, career}));

  articles.push_back(Article("a3", "2025-06-20", {Dated(R::kAppointedTo, dana, labor, "2025-06")}));
  articles.push_back(Article("a4", "2025-12-30", {Dated(R::kAppointedTo, aliya, labor, "2025")}));

  Fact first_reading = Dated(R::kConsideredBy, law, majilis, "2025-01-15");
  first_reading.stage = "first reading";
  articles.push_back(Article("a5", "2025-04-02",
                             {Dated(R::kDraftedBy, law, government, "2024-11-01"), first_reading,
                              Dated(R::kAdoptedBy, law, majilis, "2025-02-20"),
                              Dated(R::kApprovedBy, law, senate, "2025-03-13"),
                              Dated(R::kSignedBy, law, erlan, "2025-04-02")}));
  articles.push_back(
      Article("a6", "2025-07-01", {Dated(R::kEnteredIntoForce, law, kazakhstan, "2025-07-01")}));

  Fact strategic = MakeFact(R::kPartnerOf, kazakhstan, uzbekistan);
  strategic.time.as_of = D("2025-01-20");
  strategic.level = "strategic partner";
  // Written from the higher id's side: the store keeps it as Kazakhstan -> Kyrgyzstan.
  Fact ally = MakeFact(R::kPartnerOf, kyrgyzstan, kazakhstan);
  ally.time.as_of = D("2025-01-20");
  ally.level = "ally";
  articles.push_back(Article("a7", "2025-01-20", {strategic, ally}));

  articles.push_back(
      Article("a8", "2025-05-05",
              {MakeFact(R::kLocatedIn, forum, hall), MakeFact(R::kLocatedIn, hall, astana),
               MakeFact(R::kLocatedIn, astana, kazakhstan),
               Dated(R::kParticipantIn, berik, forum, "2025-05-05")}));
  // A second report of Berik's appointment: one edge, two sources.
  articles.push_back(Article("a9", "2025-02-11", {a2}));
  return articles;
}

ArticleFacts CompleteGraphArticle(int nodes) {
  std::vector<Fact> facts;
  for (int i = 0; i < nodes; ++i) {
    for (int j = 0; j < nodes; ++j) {
      if (i == j) continue;
      facts.push_back(MakeFact(Relation::kLocatedIn, Ref(NodeKind::kPlace, "P" + std::to_string(i)),
                               Ref(NodeKind::kPlace, "P" + std::to_string(j))));
    }
  }
  return Article("dense", "2025-01-01", std::move(facts));
}

ArticleFacts LadderArticle(int width, int layers) {
  auto place = [](const std::string& name) { return Ref(NodeKind::kPlace, name); };
  std::vector<std::string> previous = {"S"};
  std::vector<Fact> facts;
  for (int k = 0; k <= layers; ++k) {
    std::vector<std::string> layer;
    if (k == layers) {
      layer = {"T"};
    } else {
      for (int i = 0; i < width; ++i) {
        layer.push_back("L" + std::to_string(k) + "_" + std::to_string(i));
      }
    }
    for (const std::string& from : previous) {
      for (const std::string& to : layer) {
        facts.push_back(MakeFact(Relation::kLocatedIn, place(from), place(to)));
      }
    }
    previous = std::move(layer);
  }
  return Article("ladder", "2025-01-01", std::move(facts));
}

}  // namespace kg::testing
