#include "ui/assets.h"

#include "query/export/html_assets.h"

// Defined in the sources generated from web/ by cmake/EmbedFile.cmake.
namespace kg::embedded {
#define KG_UI_EMBEDDED(name) \
  extern const char name[];  \
  extern const unsigned long name##Size;
KG_UI_EMBEDDED(kUiIndexHtml)
KG_UI_EMBEDDED(kUiKgJs)
KG_UI_EMBEDDED(kUiTimelineJs)
KG_UI_EMBEDDED(kUiGraphJs)
KG_UI_EMBEDDED(kUiAppJs)
KG_UI_EMBEDDED(kUiAppCss)
#undef KG_UI_EMBEDDED
}  // namespace kg::embedded

namespace kg::ui {

std::string_view PageHtml() { return {embedded::kUiIndexHtml, embedded::kUiIndexHtmlSize}; }

std::optional<Asset> FindAsset(std::string_view file) {
  constexpr const char* kScript = "text/javascript; charset=utf-8";
  struct Entry {
    std::string_view file;
    Asset asset;
  };
  static const Entry kAssets[] = {
      {"kg.js", {{embedded::kUiKgJs, embedded::kUiKgJsSize}, kScript}},
      {"timeline.js", {{embedded::kUiTimelineJs, embedded::kUiTimelineJsSize}, kScript}},
      {"graph.js", {{embedded::kUiGraphJs, embedded::kUiGraphJsSize}, kScript}},
      {"app.js", {{embedded::kUiAppJs, embedded::kUiAppJsSize}, kScript}},
      {"app.css", {{embedded::kUiAppCss, embedded::kUiAppCssSize}, "text/css; charset=utf-8"}},
      {"cytoscape.js", {CytoscapeScript(), kScript}},
  };
  for (const Entry& entry : kAssets) {
    if (entry.file == file) return entry.asset;
  }
  return std::nullopt;
}

}  // namespace kg::ui
