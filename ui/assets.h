// The web application's files (ui/web/), compiled into kg by
// cmake/KgEmbed.cmake so that `kg ui` needs no file beside the binary.
#ifndef KG_UI_ASSETS_H_
#define KG_UI_ASSETS_H_

#include <optional>
#include <string_view>

namespace kg::ui {

struct Asset {
  std::string_view content;
  const char* type;  // the Content-Type
};

// web/index.html: every page's HTML.
std::string_view PageHtml();
// A file of /assets/: kg.js, timeline.js, graph.js, app.js, app.css, and
// cytoscape.js (the export's, query/export/html_assets.h); nullopt otherwise.
std::optional<Asset> FindAsset(std::string_view file);

}  // namespace kg::ui

#endif  // KG_UI_ASSETS_H_
