// Text escaping for the export formats: every name and sentence that leaves
// kg through an exporter goes through one of these, so that a quote, an
// ampersand, a backslash or a stray invalid byte in an article cannot break
// the file a reader (Gephi, networkx, dot, a browser) has to parse.
//
//   out << "<node label=\"" << XmlEscape(node.name) << "\"/>";
//   out << "n1 [label=" << DotQuote(node.name) << "];";
//   out << "{\"name\": " << JsonQuote(node.name) << "}";
//
// All functions return valid UTF-8: invalid byte sequences and characters
// that XML 1.0 forbids (C0 controls other than tab, newline and carriage
// return; U+FFFE, U+FFFF) become U+FFFD.
#ifndef KG_QUERY_EXPORT_ESCAPING_H_
#define KG_QUERY_EXPORT_ESCAPING_H_

#include <string>
#include <string_view>

namespace kg {

// `text` with invalid UTF-8 and XML-forbidden characters replaced by U+FFFD.
std::string SanitizeUtf8(std::string_view text);

// For XML text content and double-quoted attribute values: & < > " ' become
// entities; tab, newline and carriage return become character references so
// that attribute-value normalization does not turn them into spaces.
std::string XmlEscape(std::string_view text);

// A Graphviz double-quoted string, quotes included. `"` and `\` are
// backslash-escaped (a label's `\\` is one backslash, so `\N`, `\G`, `\l` in a
// name stay literal), `&` becomes `&amp;` (Graphviz decodes HTML entities in
// labels, so "&lt;" would otherwise be drawn as "<"), a newline becomes `\n`,
// a tab a space, and a carriage return is dropped. Non-ASCII passes through
// as UTF-8, which is DOT's default charset.
std::string DotQuote(std::string_view text);

// A JSON string, quotes included. Besides what JSON requires, `<`, `>`, `&`,
// U+2028 and U+2029 are written as \uXXXX, so the result can be embedded in
// an HTML <script> element as is: it never contains `</script`, `<!--` or a
// JavaScript line terminator.
std::string JsonQuote(std::string_view text);

}  // namespace kg

#endif  // KG_QUERY_EXPORT_ESCAPING_H_
