// The files the HTML export inlines, compiled into kg (cmake/EmbedFile.cmake
// turns each into a generated .cc at build time), so `kg export --format
// html` needs no network and no file beside the binary.
#ifndef KG_QUERY_EXPORT_HTML_ASSETS_H_
#define KG_QUERY_EXPORT_HTML_ASSETS_H_

#include <string_view>

namespace kg {

// cytoscape.min.js exactly as `npm ci` installed it from html/package-lock.json.
std::string_view CytoscapeScript();
// html/page.html: the page, with @KG_…@ markers where html_writer.cc fills in.
std::string_view HtmlPageTemplate();
// html/page.css and html/page.js: the page's own style and script.
std::string_view HtmlPageStyle();
std::string_view HtmlPageScript();

}  // namespace kg

#endif  // KG_QUERY_EXPORT_HTML_ASSETS_H_
