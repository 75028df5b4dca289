// Helpers for the Store tests: a fresh temporary directory per test, and short
// constructors for the ArticleFacts that ingest would hand the store.
#ifndef KG_TESTS_GRAPH_STORE_TEST_UTIL_H_
#define KG_TESTS_GRAPH_STORE_TEST_UTIL_H_

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "graph/fact.h"
#include "graph/store.h"
#include "gtest/gtest.h"

namespace kg::testing {

// A directory that exists for one test and is removed after it.
class TempDir {
 public:
  TempDir() {
    const char* base = std::getenv("TMPDIR");
    std::string pattern =
        (std::filesystem::path(base != nullptr ? base : "/tmp") / "kg_store_test_XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) ADD_FAILURE() << "mkdtemp failed";
    path_ = pattern;
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::string& path() const { return path_; }
  // A path inside the directory that does not exist yet.
  std::string Child(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

inline NodeRef Ref(NodeKind kind, std::string name, std::vector<std::string> aliases = {}) {
  NodeRef ref;
  ref.kind = kind;
  ref.name = std::move(name);
  ref.aliases = std::move(aliases);
  return ref;
}
inline NodeRef Person(std::string name, std::vector<std::string> aliases = {}) {
  return Ref(NodeKind::kPerson, std::move(name), std::move(aliases));
}
inline NodeRef Office(std::string name) { return Ref(NodeKind::kOffice, std::move(name)); }
inline NodeRef Org(std::string name) { return Ref(NodeKind::kOrganization, std::move(name)); }
inline NodeRef Law(std::string name) { return Ref(NodeKind::kLaw, std::move(name)); }
inline NodeRef Country(std::string name) { return Ref(NodeKind::kCountry, std::move(name)); }

inline Fact MakeFact(Relation relation, NodeRef source, NodeRef target, std::string sentence,
                     FactTime time = {}) {
  Fact fact;
  fact.relation = relation;
  fact.source = std::move(source);
  fact.target = std::move(target);
  fact.time = time;
  fact.evidence.begin = 0;
  fact.evidence.end = static_cast<uint32_t>(sentence.size());
  fact.evidence.sentence = std::move(sentence);
  return fact;
}

inline FactTime OnDate(Date date) {
  FactTime time;
  time.date = date;
  return time;
}
inline FactTime AsOf(Date date) {
  FactTime time;
  time.as_of = date;
  return time;
}
inline FactTime Tenure(Date start, Date end = {}) {
  FactTime time;
  time.start = start;
  time.end = end;
  return time;
}

inline ArticleFacts MakeArticle(std::string id, Date date, uint64_t hash, std::vector<Fact> facts,
                                std::vector<NodeRef> entities = {}) {
  ArticleFacts article;
  article.id = std::move(id);
  article.date = date;
  article.title = "Title of " + article.id;
  article.url = "https://example.org/" + article.id;
  article.content_hash = hash;
  article.facts = std::move(facts);
  article.entities = std::move(entities);
  return article;
}

// Article n of a run: one appointment, its own person.
inline ArticleFacts NumberedArticle(int n) {
  return MakeArticle("a" + std::to_string(n), Date(2025, 6, 5), 100 + n,
                     {MakeFact(Relation::kAppointedTo, Person("Person Number " + std::to_string(n)),
                               Office("Minister of Energy"), "Someone was appointed.")});
}

inline std::unique_ptr<Store> OpenOrDie(const std::string& path, const StoreOptions& options = {}) {
  absl::StatusOr<std::unique_ptr<Store>> store = Store::Open(path, options);
  EXPECT_TRUE(store.ok()) << store.status();
  return store.ok() ? std::move(*store) : nullptr;
}

// A fresh store per test, with short checked reads.
class StoreFixture : public ::testing::Test {
 protected:
  void SetUp() override { store_ = OpenOrDie(dir_.path()); }

  void Write(const ArticleFacts& article,
             Store::WriteOutcome expected = Store::WriteOutcome::kAdded) {
    absl::StatusOr<Store::WriteOutcome> outcome = store_->WriteArticle(article);
    ASSERT_TRUE(outcome.ok()) << outcome.status();
    EXPECT_EQ(*outcome, expected);
  }

  NodeId Id(NodeKind kind, const std::string& name) {
    absl::StatusOr<std::optional<NodeRecord>> node = store_->FindNode(name, kind);
    EXPECT_TRUE(node.ok()) << node.status();
    if (!node.ok() || !node->has_value()) {
      ADD_FAILURE() << "no node " << name;
      return 0;
    }
    return (*node)->id;
  }

  NodeRecord Node(NodeId id) {
    absl::StatusOr<std::optional<NodeRecord>> node = store_->GetNode(id);
    EXPECT_TRUE(node.ok() && node->has_value()) << id;
    return node.ok() && node->has_value() ? **node : NodeRecord{};
  }

  std::vector<EdgeRecord> AllEdges() {
    std::vector<EdgeRecord> edges;
    EXPECT_TRUE(store_
                    ->ScanAllEdges([&](const EdgeRecord& edge) {
                      edges.push_back(edge);
                      return true;
                    })
                    .ok());
    return edges;
  }

  std::vector<ObservationRecord> Observations(EdgeId edge) {
    absl::StatusOr<std::vector<ObservationRecord>> observations = store_->ListObservations(edge);
    EXPECT_TRUE(observations.ok()) << observations.status();
    return observations.ok() ? *observations : std::vector<ObservationRecord>{};
  }

  std::vector<std::string> Sentences(EdgeId edge) {
    std::vector<std::string> sentences;
    for (const ObservationRecord& o : Observations(edge)) sentences.push_back(o.evidence.sentence);
    return sentences;
  }

  TempDir dir_;
  std::unique_ptr<Store> store_;
};

}  // namespace kg::testing

namespace kg {
// Readable failure messages for EXPECT_EQ on stats.
inline void PrintTo(const StoreStats& stats, std::ostream* os) {
  *os << "{nodes:";
  for (const auto& [kind, count] : stats.nodes) *os << " " << NodeKindName(kind) << "=" << count;
  *os << ", edges:";
  for (const auto& [relation, count] : stats.edges) {
    *os << " " << RelationName(relation) << "=" << count;
  }
  *os << ", observations=" << stats.observations << ", articles=" << stats.articles
      << ", names=" << stats.names << ", bytes_on_disk=" << stats.bytes_on_disk << "}";
}
}  // namespace kg

#endif  // KG_TESTS_GRAPH_STORE_TEST_UTIL_H_
