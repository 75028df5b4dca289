// HTML: one self-contained page that draws the subgraph in a browser, with no
// network: cytoscape (the npm package, pinned in html/package-lock.json) and
// the page's own script are inlined, and so is the graph, as JSON.
//
// The page colours nodes by kind (the colours of the other exports), labels
// edges "relation date", lays the graph out with cytoscape's cose layout, has
// a time slider when some edge is dated (moving it back hides the edges dated
// after it, and the nodes they leave without edges; time_span.h has the
// rules), and shows a clicked node's or edge's details and sources: article
// id, article date and sentence. html/page.js documents the rest.
//
// Untrusted text (names, sentences, article ids) enters the page in two
// places only: the title, HTML-escaped, and the graph JSON, whose strings
// escape < > & (escaping.h) so no text can end its <script> element. The
// script puts text on the page with textContent only.
#ifndef KG_QUERY_EXPORT_HTML_WRITER_H_
#define KG_QUERY_EXPORT_HTML_WRITER_H_

#include <ostream>

#include "absl/status/status.h"
#include "query/export/subgraph.h"

namespace kg {

// DataLoss when `out` fails.
absl::Status WriteHtml(const Subgraph& graph, std::ostream& out);

}  // namespace kg

#endif  // KG_QUERY_EXPORT_HTML_WRITER_H_
