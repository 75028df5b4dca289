#include "tests/query/export/sample_graph.h"

#include <algorithm>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "graph/status_macros.h"

namespace kg::testing {
namespace {

struct SampleNode {
  NodeKind kind;
  uint64_t sequence;
  std::string name;
  std::vector<std::string> aliases;
  std::vector<std::pair<std::string, std::string>> attributes;
};

// Index constants into Nodes(), for readable edges.
enum { kSarsenova, kBekov, kMinister, kMinistry, kMajilis, kLaw, kKazakhstan, kUzbekistan, kForum };

const std::vector<SampleNode>& Nodes() {
  static const auto* const kNodes = new std::vector<SampleNode>{
      {NodeKind::kPerson, 1, "Aigerim Sarsenova", {"Sarsenova"}, {{"born", "1978"}}},
      {NodeKind::kPerson,
       2,
       "Yerlan Bekov",
       {"Bekov", "</script><script>window.kgPwned=1</script>"},
       {}},
      {NodeKind::kOffice, 1, "Minister of Labor and Social Protection of Population", {}, {}},
      // "label" collides with a field every export has: it must come out as
      // attribute_label.
      {NodeKind::kOrganization,
       1,
       "Ministry of Labor & Social \"Protection\"",
       {},
       {{"label", "MLSPP"}}},
      {NodeKind::kOrganization, 2, "Мәжіліс", {"Majilis", "Mazhilis"}, {}},
      {NodeKind::kLaw, 1, "Law \"On Employment\" <draft> \\N 2024", {}, {}},
      {NodeKind::kCountry, 1, "Kazakhstan", {}, {}},
      {NodeKind::kCountry, 2, "Uzbekistan", {}, {}},
      {NodeKind::kEvent, 1, "Astana International Forum", {}, {}},
  };
  return *kNodes;
}

struct SampleObservation {
  std::string article_id;
  Date article_date;
  std::string sentence;
};

struct SampleEdge {
  int src;
  Relation relation;
  int dst;
  FactTime time;
  std::string stage, by, level;
  std::vector<SampleObservation> observations;
};

FactTime OnDate(Date date) {
  FactTime time;
  time.date = date;
  return time;
}

FactTime Tenure(Date start, Date end, bool end_inferred) {
  FactTime time;
  time.start = start;
  time.end = end;
  time.end_inferred = end_inferred;
  return time;
}

FactTime AsOf(Date date) {
  FactTime time;
  time.as_of = date;
  return time;
}

const std::vector<SampleEdge>& Edges() {
  static const auto* const kEdges = new std::vector<SampleEdge>{
      {kSarsenova,
       Relation::kAppointedTo,
       kMinister,
       OnDate(Date(2024, 3, 1)),
       "",
       "Government",
       "",
       {{"a01", Date(2024, 3, 1),
         "Aigerim Sarsenova was appointed Minister of Labor & Social Protection "
         "</script><script>window.kgPwned=2</script>."},
        {"a02", Date(2024, 3, 2), "The Government appointed \"Sarsenova\" on Friday."}}},
      {kSarsenova,
       Relation::kHeld,
       kMinister,
       Tenure(Date(2019, 9), Date(2022), true),
       "",
       "",
       "",
       {{"a03", Date(2024, 1, 10), "From September 2019 she held the post."}}},
      {kMinister,
       Relation::kPartOf,
       kMinistry,
       FactTime{},
       "",
       "",
       "",
       {{"a01", Date(2024, 3, 1), "The minister heads the ministry."}}},
      // A tab, a newline and an invalid byte, which every format must carry
      // (the byte as U+FFFD).
      {kBekov,
       Relation::kHeld,
       kMinister,
       Tenure(Date(2022, 3), Date(), false),
       "",
       "",
       "",
       {{"a04", Date(2022, 3, 5), "Bekov\tserved as minister\nfrom March 2022 \xff on."}}},
      {kLaw,
       Relation::kAdoptedBy,
       kMajilis,
       OnDate(Date(2024, 5)),
       "first reading",
       "",
       "",
       {{"a05", Date(2024, 5, 20), "The Majilis adopted the law in first reading."}}},
      {kLaw,
       Relation::kSignedBy,
       kBekov,
       OnDate(Date(2024, 6, 10)),
       "",
       "",
       "",
       {{"a06", Date(2024, 6, 10), "Bekov signed the law."}}},
      {kLaw,
       Relation::kEnteredIntoForce,
       kKazakhstan,
       OnDate(Date(2024, 7, 1)),
       "",
       "",
       "",
       {{"a06", Date(2024, 6, 10), "The law enters into force on 1 July."}}},
      {kKazakhstan,
       Relation::kPartnerOf,
       kUzbekistan,
       AsOf(Date(2023, 11, 15)),
       "",
       "",
       "strategic partner",
       {{"a07", Date(2023, 11, 15), "Kazakhstan and Uzbekistan are strategic partners."}}},
  };
  return *kEdges;
}

NodeId IdOf(int index) {
  const SampleNode& node = Nodes()[index];
  return MakeNodeId(node.kind, node.sequence);
}

NodeRef RefOf(int index) {
  const SampleNode& node = Nodes()[index];
  return NodeRef{node.kind, node.name, node.aliases, node.attributes, {}};
}

}  // namespace

Subgraph SampleSubgraph() {
  Subgraph graph;
  graph.title = "sample <export> & \"test\"";
  for (int i = 0; i < static_cast<int>(Nodes().size()); ++i) {
    const SampleNode& node = Nodes()[i];
    graph.nodes.push_back(NodeRecord{IdOf(i), node.kind, node.name, node.aliases, node.attributes});
  }
  std::sort(graph.nodes.begin(), graph.nodes.end(),
            [](const NodeRecord& a, const NodeRecord& b) { return a.id < b.id; });
  EdgeId id = 1;
  for (const SampleEdge& sample : Edges()) {
    SubgraphEdge edge;
    edge.id = id++;
    edge.src = IdOf(sample.src);
    edge.dst = IdOf(sample.dst);
    edge.relation = sample.relation;
    edge.time = sample.time;
    edge.stage = sample.stage;
    edge.by = sample.by;
    edge.level = sample.level;
    for (const SampleObservation& observation : sample.observations) {
      edge.sources.push_back(observation.article_id);
      edge.evidence.push_back(
          EvidenceSnippet{observation.article_id, observation.article_date, observation.sentence});
    }
    graph.edges.push_back(std::move(edge));
  }
  return graph;
}

std::vector<ArticleFacts> SampleArticles() {
  std::map<std::string, ArticleFacts> articles;
  for (const SampleEdge& sample : Edges()) {
    for (const SampleObservation& observation : sample.observations) {
      ArticleFacts& article = articles[observation.article_id];
      article.id = observation.article_id;
      article.date = observation.article_date;
      article.title = "Sample article " + observation.article_id;
      Fact fact;
      fact.relation = sample.relation;
      fact.source = RefOf(sample.src);
      fact.target = RefOf(sample.dst);
      fact.time = sample.time;
      fact.stage = sample.stage;
      fact.by = sample.by;
      fact.level = sample.level;
      fact.evidence.sentence = observation.sentence;
      fact.evidence.end = static_cast<uint32_t>(observation.sentence.size());
      article.facts.push_back(std::move(fact));
    }
  }
  // The forum is named but in no fact: a node no walk from the others reaches.
  articles["a07"].entities.push_back(RefOf(kForum));
  std::vector<ArticleFacts> result;
  uint64_t hash = 1;
  for (auto& [id, article] : articles) {
    article.content_hash = hash++;
    result.push_back(std::move(article));
  }
  return result;
}

absl::StatusOr<std::unique_ptr<Store>> WriteSampleStore(const std::string& path) {
  KG_ASSIGN_OR_RETURN(std::unique_ptr<Store> store, Store::Open(path));
  for (const ArticleFacts& article : SampleArticles()) {
    KG_RETURN_IF_ERROR(store->WriteArticle(article).status());
  }
  return store;
}

}  // namespace kg::testing
