// The writers on the hand-built sample (sample_graph.h): exact text for the
// parts readers depend on. check_exports.py reads the same files back with
// the real readers.
#include <sstream>
#include <string>

#include "absl/status/status.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "query/export/cyjs_writer.h"
#include "query/export/dot_writer.h"
#include "query/export/gexf_writer.h"
#include "query/export/graphml_writer.h"
#include "query/export/html_assets.h"
#include "query/export/html_writer.h"
#include "tests/query/export/sample_graph.h"

namespace kg {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::StartsWith;

template <typename Writer>
std::string Write(Writer write) {
  std::ostringstream out;
  const absl::Status status = write(testing::SampleSubgraph(), out);
  EXPECT_TRUE(status.ok()) << status;
  return out.str();
}

size_t Count(const std::string& text, const std::string& needle) {
  size_t count = 0;
  for (size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) {
    ++count;
  }
  return count;
}

TEST(GexfWriter, WritesADynamicGexf12draftGraph) {
  const std::string gexf = Write(WriteGexf);
  EXPECT_THAT(gexf, StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf "
                               "xmlns=\"http://www.gexf.net/1.2draft\" "
                               "xmlns:viz=\"http://www.gexf.net/1.2draft/viz\""));
  EXPECT_THAT(gexf, HasSubstr("version=\"1.2\">"));
  EXPECT_THAT(gexf, HasSubstr("<graph mode=\"dynamic\" defaultedgetype=\"directed\" "
                              "timeformat=\"date\">"));
  EXPECT_EQ(Count(gexf, "<node "), 9u);
  EXPECT_EQ(Count(gexf, "<edge "), 8u);
  // Spans: open-ended, closed, and none for an always-present node.
  EXPECT_THAT(gexf, HasSubstr("<node id=\"n72057594037927938\" label=\"Yerlan Bekov\" "
                              "start=\"2022-03-01\">"));
  EXPECT_THAT(gexf, HasSubstr("<node id=\"n72057594037927937\" label=\"Aigerim Sarsenova\" "
                              "start=\"2019-09-01\" end=\"2024-03-01\">"));
  EXPECT_THAT(gexf, HasSubstr("<node id=\"n144115188075855873\" "
                              "label=\"Minister of Labor and Social Protection of Population\">"));
  EXPECT_THAT(gexf, HasSubstr("<attvalue for=\"aliases\" value=\"Bekov; "
                              "&lt;/script&gt;&lt;script&gt;window.kgPwned=1&lt;/script&gt;\"/>"));
  EXPECT_THAT(gexf, HasSubstr("<attribute id=\"attribute_label\" title=\"attribute_label\" "
                              "type=\"string\"/>"));
  EXPECT_THAT(gexf, HasSubstr("<viz:color r=\"78\" g=\"121\" b=\"167\"/>"));
  EXPECT_THAT(gexf, HasSubstr("<edge id=\"e2\" source=\"n72057594037927937\" "
                              "target=\"n144115188075855873\" kind=\"held\" label=\"held\" "
                              "start=\"2019-09-01\" end=\"2022-12-31\">"));
  EXPECT_THAT(gexf, HasSubstr("<attvalue for=\"end_inferred\" value=\"true\"/>"));
  EXPECT_THAT(gexf, HasSubstr("<edge id=\"e3\" source=\"n144115188075855873\" "
                              "target=\"n216172782113783809\" kind=\"part_of\" "
                              "label=\"part_of\">"));
  EXPECT_THAT(gexf, HasSubstr("<attvalue for=\"evidence\" value=\"Bekov&#9;served as "
                              "minister&#10;from March 2022 \uFFFD on.\"/>"));
}

TEST(GraphMlWriter, DeclaresTypedKeysAndLeavesEmptyValuesOut) {
  const std::string graphml = Write(WriteGraphMl);
  EXPECT_THAT(graphml, HasSubstr("<key id=\"edge_end_inferred\" for=\"edge\" "
                                 "attr.name=\"end_inferred\" attr.type=\"boolean\"/>"));
  EXPECT_THAT(graphml, HasSubstr("<key id=\"edge_source_count\" for=\"edge\" "
                                 "attr.name=\"source_count\" attr.type=\"int\"/>"));
  EXPECT_THAT(graphml, HasSubstr("<key id=\"node_attribute_1\" for=\"node\" "
                                 "attr.name=\"attribute_label\" attr.type=\"string\"/>"));
  EXPECT_THAT(graphml, Not(HasSubstr("for=\"all\"")));
  EXPECT_EQ(Count(graphml, "<node "), 9u);
  EXPECT_EQ(Count(graphml, "<edge "), 8u);
  EXPECT_THAT(
      graphml,
      HasSubstr(R"(    <edge id="e2" source="n72057594037927937" target="n144115188075855873">
      <data key="edge_relation">held</data>
      <data key="edge_label">held 2019-09..2022</data>
      <data key="edge_start">2019-09</data>
      <data key="edge_end">2022</data>
      <data key="edge_end_inferred">true</data>
      <data key="edge_sources">a03</data>
      <data key="edge_source_count">1</data>
      <data key="edge_evidence">From September 2019 she held the post.</data>
      <data key="edge_timeline_start">2019-09-01</data>
      <data key="edge_timeline_end">2022-12-31</data>
    </edge>
)"));
  EXPECT_THAT(graphml, HasSubstr("<data key=\"node_name\">Ministry of Labor &amp; Social "
                                 "&quot;Protection&quot;</data>"));
}

TEST(DotWriter, WritesTheWholeGraphQuoted) {
  EXPECT_EQ(Write(WriteDot), R"(digraph kg {
  graph [label="kg: sample <export> &amp; \"test\"", labelloc=t, charset="UTF-8", rankdir=LR, fontname="Helvetica"];
  node [style=filled, fontname="Helvetica", fontsize=10];
  edge [fontname="Helvetica", fontsize=8, color="#555555"];
  n72057594037927937 [label="Aigerim Sarsenova", shape=ellipse, fillcolor="#4E79A7", fontcolor="#FFFFFF", tooltip="person"];
  n72057594037927938 [label="Yerlan Bekov", shape=ellipse, fillcolor="#4E79A7", fontcolor="#FFFFFF", tooltip="person"];
  n144115188075855873 [label="Minister of Labor and Social Protection of Population", shape=box, fillcolor="#F28E2B", fontcolor="#000000", tooltip="office"];
  n216172782113783809 [label="Ministry of Labor &amp; Social \"Protection\"", shape=hexagon, fillcolor="#59A14F", fontcolor="#FFFFFF", tooltip="organization"];
  n216172782113783810 [label="Мәжіліс", shape=hexagon, fillcolor="#59A14F", fontcolor="#FFFFFF", tooltip="organization"];
  n288230376151711745 [label="Law \"On Employment\" <draft> \\N 2024", shape=note, fillcolor="#E15759", fontcolor="#FFFFFF", tooltip="law"];
  n360287970189639681 [label="Astana International Forum", shape=diamond, fillcolor="#B07AA1", fontcolor="#FFFFFF", tooltip="event"];
  n432345564227567617 [label="Kazakhstan", shape=octagon, fillcolor="#76B7B2", fontcolor="#000000", tooltip="country"];
  n432345564227567618 [label="Uzbekistan", shape=octagon, fillcolor="#76B7B2", fontcolor="#000000", tooltip="country"];
  n72057594037927937 -> n144115188075855873 [label="appointed_to 2024-03-01"];
  n72057594037927937 -> n144115188075855873 [label="held 2019-09..2022"];
  n144115188075855873 -> n216172782113783809 [label="part_of"];
  n72057594037927938 -> n144115188075855873 [label="held 2022-03.."];
  n288230376151711745 -> n216172782113783810 [label="adopted_by 2024-05"];
  n288230376151711745 -> n72057594037927938 [label="signed_by 2024-06-10"];
  n288230376151711745 -> n432345564227567617 [label="entered_into_force 2024-07-01"];
  n432345564227567617 -> n432345564227567618 [label="partner_of as of 2023-11-15"];
}
)");
}

TEST(CytoscapeJsonWriter, WritesElementsWithEvidenceInStep) {
  const std::string cyjs = Write(WriteCytoscapeJson);
  EXPECT_THAT(cyjs, StartsWith("{\n  \"format_version\": \"1.0\",\n  \"generated_by\": \"kg\","));
  EXPECT_THAT(cyjs, HasSubstr(R"(        "data": {
          "id": "e4",
          "source": "n72057594037927938",
          "target": "n144115188075855873",
          "relation": "held",
          "label": "held 2022-03..",
          "start": "2022-03",
          "end_inferred": false,
          "sources": [
            "a04"
          ],
          "evidence": [
            "Bekov\tserved as minister\nfrom March 2022 )"
                              "\uFFFD"
                              R"( on."
          ],
          "evidence_articles": [
            "a04"
          ],
          "evidence_dates": [
            "2022-03-05"
          ],
          "timeline_start": "2022-03-01"
        }
)"));
  EXPECT_THAT(cyjs, HasSubstr("\"attribute_label\": \"MLSPP\""));
  EXPECT_EQ(Count(cyjs, "\"source\": "), 8u);
}

TEST(HtmlWriter, InlinesEverythingAndKeepsHostileTextInsideItsScript) {
  const std::string html = Write(WriteHtml);
  EXPECT_THAT(html, StartsWith("<!DOCTYPE html>\n"));
  EXPECT_THAT(html, Not(HasSubstr("@KG_")));
  EXPECT_THAT(html, HasSubstr("<title>kg: sample &lt;export&gt; &amp; &quot;test&quot;</title>"));
  EXPECT_THAT(html, HasSubstr(std::string(CytoscapeScript())));
  EXPECT_THAT(html, HasSubstr(std::string(HtmlPageScript())));
  EXPECT_THAT(html, HasSubstr(std::string(HtmlPageStyle())));
  // The page's four scripts and nothing else: no name ended one early.
  EXPECT_EQ(Count(html, "<script"), 4u);
  EXPECT_EQ(Count(html, "</script"), 4u);
  EXPECT_THAT(html, HasSubstr(R"("aliases":["Bekov","\u003C/script\u003E\u003Cscript\u003E)"
                              R"(window.kgPwned=1\u003C/script\u003E"])"));
  EXPECT_THAT(html, HasSubstr(R"("kinds":{"person":{"color":"#4E79A7","shape":"ellipse",)"));
  EXPECT_THAT(html, Not(HasSubstr(" src=")));
}

TEST(HtmlAssets, CytoscapeIsThePinnedBuildAndSafeToInline) {
  const std::string_view cytoscape = CytoscapeScript();
  EXPECT_GT(cytoscape.size(), 100000u);
  EXPECT_THAT(std::string(cytoscape), HasSubstr(".version=\"3.34.4\""));
  EXPECT_EQ(cytoscape.find("</script"), std::string_view::npos);
  EXPECT_EQ(cytoscape.find("<!--"), std::string_view::npos);
  EXPECT_THAT(std::string(HtmlPageTemplate()), HasSubstr("@KG_DATA@"));
}

TEST(Writers, ReportAFailedStream) {
  for (const auto& write : {WriteGexf, WriteGraphMl, WriteDot, WriteCytoscapeJson, WriteHtml}) {
    std::ostringstream out;
    out.setstate(std::ios::badbit);
    EXPECT_EQ(write(testing::SampleSubgraph(), out).code(), absl::StatusCode::kDataLoss);
  }
}

}  // namespace
}  // namespace kg
