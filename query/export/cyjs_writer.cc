#include "query/export/cyjs_writer.h"

#include <map>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "query/export/element_fields.h"
#include "query/export/time_span.h"

namespace kg {
namespace {

void WriteSpan(const TimeSpan& span, JsonWriter& json) {
  if (span.first_day.has_value()) json.Field("timeline_start", IsoDay(*span.first_day));
  if (span.last_day.has_value()) json.Field("timeline_end", IsoDay(*span.last_day));
}

void WriteNode(const NodeRecord& node, const TimeSpan& span, JsonWriter& json) {
  json.BeginObject();
  json.Key("data");
  json.BeginObject();
  json.Field("id", absl::StrCat("n", node.id));
  json.Field("name", node.name);
  json.Field("kind", NodeKindName(node.kind));
  json.StringList("aliases", node.aliases);
  for (const auto& [key, value] : node.attributes) json.Field(NodeAttributeField(key), value);
  WriteSpan(span, json);
  json.EndObject();
  json.EndObject();
}

void WriteEdge(const SubgraphEdge& edge, JsonWriter& json) {
  json.BeginObject();
  json.Key("data");
  json.BeginObject();
  json.Field("id", absl::StrCat("e", edge.id));
  json.Field("source", absl::StrCat("n", edge.src));
  json.Field("target", absl::StrCat("n", edge.dst));
  json.Field("relation", RelationName(edge.relation));
  json.Field("label", EdgeLabel(edge));
  json.FieldIfNotEmpty("date", edge.time.date.ToString());
  json.FieldIfNotEmpty("start", edge.time.start.ToString());
  json.FieldIfNotEmpty("end", edge.time.end.ToString());
  json.FieldIfNotEmpty("as_of", edge.time.as_of.ToString());
  json.Key("end_inferred");
  json.Bool(edge.time.end_inferred);
  json.FieldIfNotEmpty("stage", edge.stage);
  json.FieldIfNotEmpty("by", edge.by);
  json.FieldIfNotEmpty("level", edge.level);
  json.StringList("sources", edge.sources);
  std::vector<std::string> sentences, articles, dates;
  for (const EvidenceSnippet& snippet : edge.evidence) {
    sentences.push_back(snippet.sentence);
    articles.push_back(snippet.article_id);
    dates.push_back(snippet.article_date.ToString());
  }
  json.StringList("evidence", sentences);
  json.StringList("evidence_articles", articles);
  json.StringList("evidence_dates", dates);
  WriteSpan(EdgeTimeSpan(edge.time), json);
  json.EndObject();
  json.EndObject();
}

}  // namespace

void WriteCytoscapeElements(const Subgraph& graph, JsonWriter& json) {
  json.BeginObject();
  const std::map<NodeId, TimeSpan> spans = NodeTimeSpans(graph);
  json.Key("nodes");
  json.BeginArray();
  for (const NodeRecord& node : graph.nodes) WriteNode(node, spans.at(node.id), json);
  json.EndArray();
  json.Key("edges");
  json.BeginArray();
  for (const SubgraphEdge& edge : graph.edges) WriteEdge(edge, json);
  json.EndArray();
  json.EndObject();
}

void WriteCytoscapeDocument(const Subgraph& graph, JsonWriter& json) {
  json.BeginObject();
  json.Field("format_version", "1.0");
  json.Field("generated_by", "kg");
  json.Field("target_cytoscapejs_version", "~3.34");
  json.Key("data");
  json.BeginObject();
  json.Field("name", graph.title);
  json.Key("truncated");
  json.Bool(graph.truncated);
  json.EndObject();
  json.Key("elements");
  WriteCytoscapeElements(graph, json);
  json.EndObject();
}

absl::Status WriteCytoscapeJson(const Subgraph& graph, std::ostream& out) {
  JsonWriter json(out, /*indent=*/2);
  WriteCytoscapeDocument(graph, json);
  if (!out.good()) return absl::DataLossError("writing the Cytoscape.js JSON file failed");
  return absl::OkStatus();
}

}  // namespace kg
