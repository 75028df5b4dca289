// A hand-built subgraph for the export tests: every node kind, every kind of
// edge time (date, start..end with an inferred end, open start, as_of,
// undated), parallel edges, a node with no edge, and hostile text in names and
// sentences (quotes, &, <, "</script>", a backslash, a tab and a newline, an
// invalid UTF-8 byte, Cyrillic and Kazakh letters).
//
// check_exports.py holds the same facts as expected values; change both
// together.
#ifndef KG_TESTS_QUERY_EXPORT_SAMPLE_GRAPH_H_
#define KG_TESTS_QUERY_EXPORT_SAMPLE_GRAPH_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "graph/fact.h"
#include "graph/store.h"
#include "query/export/subgraph.h"

namespace kg::testing {

// The sample as a Subgraph, with node and edge ids as the writers print them
// (node ids carry their kind, see MakeNodeId).
Subgraph SampleSubgraph();

// The same facts as articles, for a real Store: writing these gives a store
// whose neighbourhood of "Aigerim Sarsenova" at depth 3 has the sample's nodes
// and edges (ids aside).
std::vector<ArticleFacts> SampleArticles();

// A new store at `path` (which must not hold one) with SampleArticles() in it.
absl::StatusOr<std::unique_ptr<Store>> WriteSampleStore(const std::string& path);

}  // namespace kg::testing

#endif  // KG_TESTS_QUERY_EXPORT_SAMPLE_GRAPH_H_
