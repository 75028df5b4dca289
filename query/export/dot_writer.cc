#include "query/export/dot_writer.h"

#include <string>

#include "absl/strings/str_cat.h"
#include "query/export/element_fields.h"
#include "query/export/escaping.h"

namespace kg {

absl::Status WriteDot(const Subgraph& graph, std::ostream& out) {
  out << "digraph kg {\n"
         "  graph [label="
      << DotQuote(absl::StrCat("kg: ", graph.title))
      << ", labelloc=t, charset=\"UTF-8\", rankdir=LR, fontname=\"Helvetica\"];\n"
         "  node [style=filled, fontname=\"Helvetica\", fontsize=10];\n"
         "  edge [fontname=\"Helvetica\", fontsize=8, color=\"#555555\"];\n";
  for (const NodeRecord& node : graph.nodes) {
    const KindStyle& style = StyleOf(node.kind);
    out << "  n" << node.id << " [label=" << DotQuote(node.name) << ", shape=" << style.dot_shape
        << ", fillcolor=\"" << style.color << "\", fontcolor=\"" << style.text_color
        << "\", tooltip=" << DotQuote(NodeKindName(node.kind)) << "];\n";
  }
  for (const SubgraphEdge& edge : graph.edges) {
    out << "  n" << edge.src << " -> n" << edge.dst << " [label=" << DotQuote(EdgeLabel(edge))
        << "];\n";
  }
  out << "}\n";
  if (!out.good()) return absl::DataLossError("writing the DOT file failed");
  return absl::OkStatus();
}

}  // namespace kg
