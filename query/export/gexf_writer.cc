#include "query/export/gexf_writer.h"

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "query/export/element_fields.h"
#include "query/export/escaping.h"
#include "query/export/time_span.h"

namespace kg {
namespace {

struct AttributeDeclaration {
  std::string id;
  std::string type;  // GEXF type: "string", "boolean"
};

const std::vector<AttributeDeclaration>& EdgeAttributes() {
  static const auto* const kEdgeAttributes = new std::vector<AttributeDeclaration>{
      {"relation", "string"}, {"date", "string"},    {"start_date", "string"},
      {"end_date", "string"}, {"as_of", "string"},   {"end_inferred", "boolean"},
      {"stage", "string"},    {"by", "string"},      {"level", "string"},
      {"sources", "string"},  {"evidence", "string"}};
  return *kEdgeAttributes;
}

void WriteDeclarations(std::string_view element_class,
                       const std::vector<AttributeDeclaration>& attributes, std::ostream& out) {
  out << "    <attributes class=\"" << element_class << "\" mode=\"static\">\n";
  for (const AttributeDeclaration& attribute : attributes) {
    out << "      <attribute id=\"" << XmlEscape(attribute.id) << "\" title=\""
        << XmlEscape(attribute.id) << "\" type=\"" << attribute.type << "\"/>\n";
  }
  out << "    </attributes>\n";
}

// ` start="..." end="..."` for the bounds a span has; nothing for an
// undated one.
std::string SpanAttributes(const TimeSpan& span) {
  std::string text;
  if (span.first_day.has_value())
    absl::StrAppend(&text, " start=\"", IsoDay(*span.first_day), "\"");
  if (span.last_day.has_value()) absl::StrAppend(&text, " end=\"", IsoDay(*span.last_day), "\"");
  return text;
}

// Writes <attvalues> with the non-empty values, in declaration order.
void WriteValues(const std::vector<std::pair<std::string, std::string>>& values,
                 std::ostream& out) {
  bool any = false;
  for (const auto& [id, value] : values) {
    if (value.empty()) continue;
    if (!any) out << "        <attvalues>\n";
    any = true;
    out << "          <attvalue for=\"" << XmlEscape(id) << "\" value=\"" << XmlEscape(value)
        << "\"/>\n";
  }
  if (any) out << "        </attvalues>\n";
}

std::string Sentences(const SubgraphEdge& edge) {
  std::vector<std::string> sentences;
  for (const EvidenceSnippet& snippet : edge.evidence) sentences.push_back(snippet.sentence);
  return absl::StrJoin(sentences, "\n");
}

}  // namespace

absl::Status WriteGexf(const Subgraph& graph, std::ostream& out) {
  // GEXF 1.2draft, not 1.3: networkx (2.8 and 3.x) reads only 1.1draft and
  // 1.2draft, Gephi reads all three, and 1.2draft already has dynamic
  // start/end. 1.3's `timerepresentation` is left out: intervals are
  // 1.2draft's only representation.
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<gexf xmlns=\"http://www.gexf.net/1.2draft\" "
         "xmlns:viz=\"http://www.gexf.net/1.2draft/viz\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
         "xsi:schemaLocation=\"http://www.gexf.net/1.2draft "
         "http://www.gexf.net/1.2draft/gexf.xsd\" "
         "version=\"1.2\">\n"
         "  <meta>\n"
         "    <creator>kg</creator>\n"
         "    <description>"
      << XmlEscape(graph.title) << "</description>\n  </meta>\n";
  // Days as dates, and each element's start/end as an interval: what Gephi's
  // timeline plays. An element without start or end is there throughout.
  out << "  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\">\n";

  const std::vector<std::string> attribute_keys = NodeAttributeKeys(graph);
  std::vector<AttributeDeclaration> node_attributes = {{"kind", "string"}, {"aliases", "string"}};
  for (const std::string& key : attribute_keys) {
    node_attributes.push_back({NodeAttributeField(key), "string"});
  }
  WriteDeclarations("node", node_attributes, out);
  WriteDeclarations("edge", EdgeAttributes(), out);

  const std::map<NodeId, TimeSpan> node_spans = NodeTimeSpans(graph);
  out << "    <nodes>\n";
  for (const NodeRecord& node : graph.nodes) {
    out << "      <node id=\"n" << node.id << "\" label=\"" << XmlEscape(node.name) << "\""
        << SpanAttributes(node_spans.at(node.id)) << ">\n";
    std::vector<std::pair<std::string, std::string>> values = {
        {"kind", std::string(NodeKindName(node.kind))}, {"aliases", JoinList(node.aliases)}};
    for (const auto& [key, value] : node.attributes) {
      values.emplace_back(NodeAttributeField(key), value);
    }
    WriteValues(values, out);
    const Rgb rgb = ColorComponents(StyleOf(node.kind).color);
    out << "        <viz:color r=\"" << rgb.r << "\" g=\"" << rgb.g << "\" b=\"" << rgb.b
        << "\"/>\n      </node>\n";
  }
  out << "    </nodes>\n    <edges>\n";
  for (const SubgraphEdge& edge : graph.edges) {
    const std::string relation(RelationName(edge.relation));
    out << "      <edge id=\"e" << edge.id << "\" source=\"n" << edge.src << "\" target=\"n"
        << edge.dst << "\" kind=\"" << XmlEscape(relation) << "\" label=\"" << XmlEscape(relation)
        << "\"" << SpanAttributes(EdgeTimeSpan(edge.time)) << ">\n";
    WriteValues({{"relation", relation},
                 {"date", edge.time.date.ToString()},
                 {"start_date", edge.time.start.ToString()},
                 {"end_date", edge.time.end.ToString()},
                 {"as_of", edge.time.as_of.ToString()},
                 {"end_inferred", edge.time.end_inferred ? "true" : "false"},
                 {"stage", edge.stage},
                 {"by", edge.by},
                 {"level", edge.level},
                 {"sources", JoinList(edge.sources)},
                 {"evidence", Sentences(edge)}},
                out);
    out << "      </edge>\n";
  }
  out << "    </edges>\n  </graph>\n</gexf>\n";
  if (!out.good()) return absl::DataLossError("writing the GEXF file failed");
  return absl::OkStatus();
}

}  // namespace kg
