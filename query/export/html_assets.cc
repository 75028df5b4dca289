#include "query/export/html_assets.h"

// Defined in the sources generated from html/ by cmake/EmbedFile.cmake.
namespace kg::embedded {
extern const char kCytoscapeJs[];
extern const unsigned long kCytoscapeJsSize;
extern const char kPageHtml[];
extern const unsigned long kPageHtmlSize;
extern const char kPageCss[];
extern const unsigned long kPageCssSize;
extern const char kPageJs[];
extern const unsigned long kPageJsSize;
}  // namespace kg::embedded

namespace kg {

std::string_view CytoscapeScript() { return {embedded::kCytoscapeJs, embedded::kCytoscapeJsSize}; }
std::string_view HtmlPageTemplate() { return {embedded::kPageHtml, embedded::kPageHtmlSize}; }
std::string_view HtmlPageStyle() { return {embedded::kPageCss, embedded::kPageCssSize}; }
std::string_view HtmlPageScript() { return {embedded::kPageJs, embedded::kPageJsSize}; }

}  // namespace kg
