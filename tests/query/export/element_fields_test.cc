#include "query/export/element_fields.h"

#include <sstream>

#include "gtest/gtest.h"
#include "query/export/json_writer.h"

namespace kg {
namespace {

TEST(EdgeLabel, RelationAndTimeAtItsPrecision) {
  EdgeRecord edge;
  edge.relation = Relation::kAppointedTo;
  edge.time.date = Date(2024, 3, 1);
  EXPECT_EQ(EdgeLabel(edge), "appointed_to 2024-03-01");
  edge = EdgeRecord{};
  edge.relation = Relation::kHeld;
  edge.time.start = Date(2019);
  edge.time.end = Date(2022, 3);
  EXPECT_EQ(EdgeLabel(edge), "held 2019..2022-03");
  edge.time = FactTime{};
  edge.time.as_of = Date(2024, 5);
  EXPECT_EQ(EdgeLabel(edge), "held as of 2024-05");
  edge.relation = Relation::kPartOf;
  edge.time = FactTime{};
  EXPECT_EQ(EdgeLabel(edge), "part_of");
}

TEST(NodeAttributeField, RenamesKeysThatCollideWithStandardFields) {
  EXPECT_EQ(NodeAttributeField("born"), "born");
  EXPECT_EQ(NodeAttributeField("name"), "attribute_name");
  EXPECT_EQ(NodeAttributeField("timeline_start"), "attribute_timeline_start");
  // Cytoscape.js would take a node's "parent" as a compound node's id.
  EXPECT_EQ(NodeAttributeField("parent"), "attribute_parent");
  EXPECT_EQ(NodeAttributeField("attribute_x"), "attribute_attribute_x");
}

TEST(StyleOf, EveryKindHasADistinctColour) {
  std::set<std::string_view> colors;
  for (NodeKind kind : kAllNodeKinds) colors.insert(StyleOf(kind).color);
  EXPECT_EQ(colors.size(), std::size(kAllNodeKinds));
  const Rgb rgb = ColorComponents(StyleOf(NodeKind::kPerson).color);
  EXPECT_EQ(rgb.r, 0x4E);
  EXPECT_EQ(rgb.g, 0x79);
  EXPECT_EQ(rgb.b, 0xA7);
}

TEST(JsonWriter, WritesNestedValuesWithCommasAndIndentation) {
  std::ostringstream compact;
  JsonWriter json(compact);
  json.BeginObject();
  json.Field("name", "Astana");
  json.StringList("aliases", {"Nur-Sultan", "Akmola"});
  json.Key("empty");
  json.BeginArray();
  json.EndArray();
  json.Key("n");
  json.Int(-3);
  json.Key("ok");
  json.Bool(true);
  json.Key("none");
  json.Null();
  json.FieldIfNotEmpty("skipped", "");
  json.EndObject();
  EXPECT_EQ(compact.str(),
            R"({"name":"Astana","aliases":["Nur-Sultan","Akmola"],"empty":[],"n":-3,)"
            R"("ok":true,"none":null})");

  std::ostringstream pretty;
  JsonWriter indented(pretty, 2);
  indented.BeginObject();
  indented.Field("a", "b");
  indented.StringList("c", {"d"});
  indented.EndObject();
  EXPECT_EQ(pretty.str(), "{\n  \"a\": \"b\",\n  \"c\": [\n    \"d\"\n  ]\n}\n");
}

}  // namespace
}  // namespace kg
