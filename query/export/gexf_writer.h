// GEXF 1.2draft (http://www.gexf.net/1.2draft), the version both Gephi and
// networkx (2.8 and 3.x, unmodified) read: a dynamic graph whose nodes and
// edges carry `start`/`end` days, so Gephi's timeline plays the graph through
// time (rules in time_span.h).
//
// Nodes: label = name; attributes kind, aliases (joined with "; ") and each
// node attribute ("born"); viz:color by kind. Edges: label = relation;
// attributes relation, date, start_date, end_date, as_of (the dates as stated,
// precision kept: "2019", "2019-09"), end_inferred, stage, by, level, sources
// (article ids joined with "; "), evidence (sentences, one per line). The
// dates as stated are named start_date/end_date because readers (networkx,
// Gephi) keep an element's own start/end under "start"/"end". An edge's
// `kind` is its relation, so Gephi keeps parallel edges of different
// relations apart instead of merging them.
#ifndef KG_QUERY_EXPORT_GEXF_WRITER_H_
#define KG_QUERY_EXPORT_GEXF_WRITER_H_

#include <ostream>

#include "absl/status/status.h"
#include "query/export/subgraph.h"

namespace kg {

// DataLoss when `out` fails.
absl::Status WriteGexf(const Subgraph& graph, std::ostream& out);

}  // namespace kg

#endif  // KG_QUERY_EXPORT_GEXF_WRITER_H_
