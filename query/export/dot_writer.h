// Graphviz DOT: a `digraph` that `dot -Tsvg` (or -Tpdf, -Tpng) draws as is.
// Nodes are labelled with their names and shaped and coloured by kind (the
// same colours as the other exports); edges are labelled "relation date".
// Node ids are "n<kg node id>"; every label is a quoted, escaped string.
#ifndef KG_QUERY_EXPORT_DOT_WRITER_H_
#define KG_QUERY_EXPORT_DOT_WRITER_H_

#include <ostream>

#include "absl/status/status.h"
#include "query/export/subgraph.h"

namespace kg {

// DataLoss when `out` fails.
absl::Status WriteDot(const Subgraph& graph, std::ostream& out);

}  // namespace kg

#endif  // KG_QUERY_EXPORT_DOT_WRITER_H_
