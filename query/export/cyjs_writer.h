// Cytoscape.js JSON (.cyjs), as Cytoscape desktop exports and imports it and
// as cytoscape({elements}) takes it:
//
//   {"format_version": "1.0", "generated_by": "kg", "data": {...},
//    "elements": {"nodes": [{"data": {"id": "n1", "name": ...}}],
//                 "edges": [{"data": {"id": "e7", "source": "n1", "target": "n2", ...}}]}}
//
// Node data: id, name, kind, aliases (list), each node attribute,
// timeline_start/timeline_end (days, time_span.h). Edge data: id, source,
// target, relation, label ("appointed_to 2024-03-01"), date, start, end,
// as_of (as stated), end_inferred, stage, by, level (when set), sources
// (list), evidence (sentences) with evidence_articles and evidence_dates in
// the same order, timeline_start/timeline_end. Every value is a string, a
// boolean or a list of strings, so Cytoscape desktop maps each to a column.
#ifndef KG_QUERY_EXPORT_CYJS_WRITER_H_
#define KG_QUERY_EXPORT_CYJS_WRITER_H_

#include <ostream>
#include <string_view>

#include "absl/status/status.h"
#include "query/export/json_writer.h"
#include "query/export/subgraph.h"

namespace kg {

// DataLoss when `out` fails.
absl::Status WriteCytoscapeJson(const Subgraph& graph, std::ostream& out);

// The same document into `json`.
void WriteCytoscapeDocument(const Subgraph& graph, JsonWriter& json);
// Its "elements" object alone ({"nodes": [...], "edges": [...]}), what
// cytoscape({elements}) takes; the HTML page embeds it.
void WriteCytoscapeElements(const Subgraph& graph, JsonWriter& json);
// The data fields every node has; any other node field is a node attribute.
inline constexpr std::string_view kCytoscapeNodeFields[] = {
    "id", "name", "kind", "aliases", "timeline_start", "timeline_end"};

}  // namespace kg

#endif  // KG_QUERY_EXPORT_CYJS_WRITER_H_
