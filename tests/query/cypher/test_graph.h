// A small graph for the executor tests, written through Store::WriteArticle
// into a real store in a temporary directory (removed on destruction).
//
// People and offices (appointments with day, month and year precision), a
// career with an inferred end, a law's path from drafting to entry into
// force, partner_of between countries (stored once per pair), and a
// located_in chain Event -> Place -> Place -> Country for variable length.
// All names are invented.
#ifndef KG_TESTS_QUERY_CYPHER_TEST_GRAPH_H_
#define KG_TESTS_QUERY_CYPHER_TEST_GRAPH_H_

#include <memory>
#include <string>
#include <vector>

#include "graph/fact.h"
#include "graph/store.h"

namespace kg::testing {

class TempStore {
 public:
  // Opens an empty store in a fresh temporary directory; aborts the test
  // binary if that fails (nothing else can be tested).
  TempStore();
  ~TempStore();
  TempStore(const TempStore&) = delete;
  TempStore& operator=(const TempStore&) = delete;

  Store& store() { return *store_; }
  const std::string& path() const { return path_; }
  // Writes an article; aborts on failure.
  void Write(const ArticleFacts& article);
  // Closes the store (so another process, the kg binary, can open it).
  void Close() { store_.reset(); }

 private:
  std::string path_;
  std::unique_ptr<Store> store_;
};

// The articles of the test graph, in writing order.
std::vector<ArticleFacts> TestGraphArticles();

// One store holding the test graph for the whole process, built on first use
// and never removed (the fuzz targets share it across inputs).
TempStore& SharedTestGraph();

// `nodes` places, every ordered pair joined by located_in: n*(n-1) edges.
ArticleFacts CompleteGraphArticle(int nodes);

// A ladder of places for path searches: a source "S", `layers` layers of
// `width` places ("L<k>_<i>"), and a sink "T", each layer joined to the next
// by every located_in edge between them. S and T are layers + 1 hops apart
// by width^layers shortest paths.
ArticleFacts LadderArticle(int width, int layers);

NodeRef Ref(NodeKind kind, std::string name);
Fact MakeFact(Relation relation, NodeRef source, NodeRef target);

}  // namespace kg::testing

#endif  // KG_TESTS_QUERY_CYPHER_TEST_GRAPH_H_
