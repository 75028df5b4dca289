// GraphML (http://graphml.graphdrawing.org/) for networkx, igraph and yEd: a
// directed graph with typed <key>s.
//
// Node keys: kind, name, label (the name again, for Gephi and yEd), aliases
// (joined with "; "), each node attribute
// ("born"), timeline_start/timeline_end (days, time_span.h). Edge keys:
// relation, label ("appointed_to 2024-03-01"), date, start, end, as_of (as
// stated, precision kept), end_inferred (boolean), stage, by, level, sources
// (article ids joined with "; "), source_count (int), evidence (sentences, one
// per line), timeline_start/timeline_end. Empty values are left out, as
// GraphML intends for missing data.
#ifndef KG_QUERY_EXPORT_GRAPHML_WRITER_H_
#define KG_QUERY_EXPORT_GRAPHML_WRITER_H_

#include <ostream>

#include "absl/status/status.h"
#include "query/export/subgraph.h"

namespace kg {

// DataLoss when `out` fails.
absl::Status WriteGraphMl(const Subgraph& graph, std::ostream& out);

}  // namespace kg

#endif  // KG_QUERY_EXPORT_GRAPHML_WRITER_H_
