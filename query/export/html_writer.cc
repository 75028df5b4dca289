#include "query/export/html_writer.h"

#include <string>
#include <string_view>

#include "absl/strings/str_cat.h"
#include "query/export/cyjs_writer.h"
#include "query/export/element_fields.h"
#include "query/export/escaping.h"
#include "query/export/html_assets.h"
#include "query/export/json_writer.h"

namespace kg {
namespace {

// The page's data: {"title", "note", "kinds": {kind: {color, shape,
// text_color}}, "node_fields", "elements"} (see html/page.js), and "focus"
// (the --around node's element id) when the subgraph has one.
void WritePageData(const Subgraph& graph, std::ostream& out) {
  JsonWriter json(out);
  json.BeginObject();
  json.Field("title", graph.title);
  json.FieldIfNotEmpty("note", graph.truncation_note);
  if (graph.focus != 0) json.Field("focus", absl::StrCat("n", graph.focus));
  json.Key("kinds");
  json.BeginObject();
  for (NodeKind kind : kAllNodeKinds) {
    const KindStyle& style = StyleOf(kind);
    json.Key(NodeKindName(kind));
    json.BeginObject();
    json.Field("color", style.color);
    json.Field("shape", style.cytoscape_shape);
    json.Field("text_color", style.text_color);
    json.EndObject();
  }
  json.EndObject();
  json.Key("node_fields");
  json.BeginArray();
  for (std::string_view field : kCytoscapeNodeFields) json.String(field);
  json.EndArray();
  json.Key("elements");
  WriteCytoscapeElements(graph, json);
  json.EndObject();
}

}  // namespace

absl::Status WriteHtml(const Subgraph& graph, std::ostream& out) {
  // Fills the template's @KG_NAME@ markers in one pass, streaming the large
  // parts (cytoscape, the graph) straight to `out`.
  const std::string_view page = HtmlPageTemplate();
  const std::string title = XmlEscape(graph.title.empty() ? "graph" : graph.title);
  size_t pos = 0;
  while (pos < page.size()) {
    const size_t marker = page.find("@KG_", pos);
    if (marker == std::string_view::npos) {
      out << page.substr(pos);
      break;
    }
    out << page.substr(pos, marker - pos);
    const size_t close = page.find('@', marker + 1);
    if (close == std::string_view::npos) {
      return absl::InternalError("the HTML page template has an unclosed @KG_ marker");
    }
    const std::string_view name = page.substr(marker + 1, close - marker - 1);
    if (name == "KG_TITLE") {
      out << title;
    } else if (name == "KG_STYLE") {
      out << HtmlPageStyle();
    } else if (name == "KG_DATA") {
      WritePageData(graph, out);
    } else if (name == "KG_CYTOSCAPE") {
      out << CytoscapeScript();
    } else if (name == "KG_SCRIPT") {
      out << HtmlPageScript();
    } else {
      return absl::InternalError("the HTML page template has an unknown marker @" +
                                 std::string(name) + "@");
    }
    pos = close + 1;
  }
  if (!out.good()) return absl::DataLossError("writing the HTML page failed");
  return absl::OkStatus();
}

}  // namespace kg
