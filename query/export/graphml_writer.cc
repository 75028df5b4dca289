#include "query/export/graphml_writer.h"

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

struct Key {
  std::string id;    // "node_kind": unique across node and edge keys
  std::string name;  // attr.name: what readers call the attribute
  std::string type;  // attr.type
};

using Values = std::vector<std::pair<std::string, std::string>>;  // key id, value

void WriteKeys(std::string_view domain, const std::vector<Key>& keys, std::ostream& out) {
  for (const Key& key : keys) {
    out << "  <key id=\"" << XmlEscape(key.id) << "\" for=\"" << domain << "\" attr.name=\""
        << XmlEscape(key.name) << "\" attr.type=\"" << key.type << "\"/>\n";
  }
}

void WriteData(const Values& values, std::ostream& out) {
  for (const auto& [key, value] : values) {
    if (value.empty()) continue;
    out << "      <data key=\"" << XmlEscape(key) << "\">" << XmlEscape(value) << "</data>\n";
  }
}

// `prefix` is "node_" or "edge_": readers such as igraph take no for="all".
void AddSpan(std::string_view prefix, const TimeSpan& span, Values* values) {
  values->emplace_back(std::string(prefix) + "timeline_start",
                       span.first_day ? IsoDay(*span.first_day) : "");
  values->emplace_back(std::string(prefix) + "timeline_end",
                       span.last_day ? IsoDay(*span.last_day) : "");
}

}  // namespace

absl::Status WriteGraphMl(const Subgraph& graph, std::ostream& out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
         "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";

  // Node attribute keys get ids "node_attribute_<n>": the key itself may hold
  // any character, and an id must be unique.
  const std::vector<std::string> attribute_keys = NodeAttributeKeys(graph);
  std::map<std::string, std::string> attribute_key_ids;
  // "label" is what Gephi and yEd show; "name" is what networkx and igraph
  // users look for.
  std::vector<Key> node_keys = {{"node_kind", "kind", "string"},
                                {"node_name", "name", "string"},
                                {"node_label", "label", "string"},
                                {"node_aliases", "aliases", "string"},
                                {"node_timeline_start", "timeline_start", "string"},
                                {"node_timeline_end", "timeline_end", "string"}};
  for (size_t i = 0; i < attribute_keys.size(); ++i) {
    const std::string id = absl::StrCat("node_attribute_", i);
    attribute_key_ids[attribute_keys[i]] = id;
    node_keys.push_back({id, NodeAttributeField(attribute_keys[i]), "string"});
  }
  WriteKeys("node", node_keys, out);
  WriteKeys("edge",
            {{"edge_relation", "relation", "string"},
             {"edge_label", "label", "string"},
             {"edge_date", "date", "string"},
             {"edge_start", "start", "string"},
             {"edge_end", "end", "string"},
             {"edge_as_of", "as_of", "string"},
             {"edge_end_inferred", "end_inferred", "boolean"},
             {"edge_stage", "stage", "string"},
             {"edge_by", "by", "string"},
             {"edge_level", "level", "string"},
             {"edge_sources", "sources", "string"},
             {"edge_source_count", "source_count", "int"},
             {"edge_evidence", "evidence", "string"},
             {"edge_timeline_start", "timeline_start", "string"},
             {"edge_timeline_end", "timeline_end", "string"}},
            out);
  out << "  <graph id=\"kg\" edgedefault=\"directed\">\n";
  out << "    <desc>" << XmlEscape(graph.title) << "</desc>\n";

  const std::map<NodeId, TimeSpan> node_spans = NodeTimeSpans(graph);
  for (const NodeRecord& node : graph.nodes) {
    out << "    <node id=\"n" << node.id << "\">\n";
    Values values = {{"node_kind", std::string(NodeKindName(node.kind))},
                     {"node_name", node.name},
                     {"node_label", node.name},
                     {"node_aliases", JoinList(node.aliases)}};
    AddSpan("node_", node_spans.at(node.id), &values);
    for (const auto& [key, value] : node.attributes) {
      values.emplace_back(attribute_key_ids.at(key), value);
    }
    WriteData(values, out);
    out << "    </node>\n";
  }
  for (const SubgraphEdge& edge : graph.edges) {
    out << "    <edge id=\"e" << edge.id << "\" source=\"n" << edge.src << "\" target=\"n"
        << edge.dst << "\">\n";
    std::vector<std::string> sentences;
    for (const EvidenceSnippet& snippet : edge.evidence) sentences.push_back(snippet.sentence);
    Values values = {{"edge_relation", std::string(RelationName(edge.relation))},
                     {"edge_label", EdgeLabel(edge)},
                     {"edge_date", edge.time.date.ToString()},
                     {"edge_start", edge.time.start.ToString()},
                     {"edge_end", edge.time.end.ToString()},
                     {"edge_as_of", edge.time.as_of.ToString()},
                     {"edge_end_inferred", edge.time.end_inferred ? "true" : "false"},
                     {"edge_stage", edge.stage},
                     {"edge_by", edge.by},
                     {"edge_level", edge.level},
                     {"edge_sources", JoinList(edge.sources)},
                     {"edge_source_count", absl::StrCat(edge.sources.size())},
                     {"edge_evidence", absl::StrJoin(sentences, "\n")}};
    AddSpan("edge_", EdgeTimeSpan(edge.time), &values);
    WriteData(values, out);
    out << "    </edge>\n";
  }
  out << "  </graph>\n</graphml>\n";
  if (!out.good()) return absl::DataLossError("writing the GraphML file failed");
  return absl::OkStatus();
}

}  // namespace kg
