// What every export says about a node or an edge, decided once so that the
// formats agree: colours and shapes per node kind, how lists and node
// attributes are named and flattened, and an edge's short label.
#ifndef KG_QUERY_EXPORT_ELEMENT_FIELDS_H_
#define KG_QUERY_EXPORT_ELEMENT_FIELDS_H_

#include <string>
#include <string_view>
#include <vector>

#include "graph/model.h"
#include "graph/store.h"
#include "query/export/subgraph.h"

namespace kg {

struct KindStyle {
  std::string_view color;            // "#4E79A7"
  std::string_view dot_shape;        // Graphviz node shape
  std::string_view cytoscape_shape;  // Cytoscape.js node shape
  std::string_view text_color;       // readable on `color`
};
const KindStyle& StyleOf(NodeKind kind);
// The colour as 0..255 components, for GEXF's viz:color.
struct Rgb {
  int r, g, b;
};
Rgb ColorComponents(std::string_view hex_color);

// The separator of multi-valued fields (aliases, sources) in formats whose
// values are single strings (GEXF, GraphML). Names rarely contain it.
inline constexpr std::string_view kListSeparator = "; ";
std::string JoinList(const std::vector<std::string>& values);

// The keys of node attributes ("born") used anywhere in `graph`, sorted.
std::vector<std::string> NodeAttributeKeys(const Subgraph& graph);
// The field name an attribute key gets in an export: the key itself, unless
// it collides with a field every node has (id, kind, name, aliases, label,
// timeline_start, timeline_end) or one Cytoscape.js reads as structure
// (parent, source, target), then "attribute_" + key.
std::string NodeAttributeField(std::string_view key);

// "appointed_to 2024-03-01", "held 2019..2022-03", "held as of 2024-05":
// the relation and the edge's time at its stated precision.
std::string EdgeLabel(const EdgeRecord& edge);
// The same time part alone ("" for an undated edge).
std::string TimeText(const FactTime& time);

}  // namespace kg

#endif  // KG_QUERY_EXPORT_ELEMENT_FIELDS_H_
