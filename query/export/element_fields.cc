#include "query/export/element_fields.h"

#include <set>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"

namespace kg {
namespace {

// Tableau 10: distinct hues that stay apart for common colour blindness.
const KindStyle kPersonStyle = {"#4E79A7", "ellipse", "ellipse", "#FFFFFF"};
const KindStyle kOfficeStyle = {"#F28E2B", "box", "round-rectangle", "#000000"};
const KindStyle kOrganizationStyle = {"#59A14F", "hexagon", "hexagon", "#FFFFFF"};
const KindStyle kLawStyle = {"#E15759", "note", "rectangle", "#FFFFFF"};
const KindStyle kEventStyle = {"#B07AA1", "diamond", "diamond", "#FFFFFF"};
const KindStyle kCountryStyle = {"#76B7B2", "octagon", "octagon", "#000000"};
const KindStyle kPlaceStyle = {"#EDC948", "house", "triangle", "#000000"};

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return 0;
}

}  // namespace

const KindStyle& StyleOf(NodeKind kind) {
  switch (kind) {
    case NodeKind::kPerson:
      return kPersonStyle;
    case NodeKind::kOffice:
      return kOfficeStyle;
    case NodeKind::kOrganization:
      return kOrganizationStyle;
    case NodeKind::kLaw:
      return kLawStyle;
    case NodeKind::kEvent:
      return kEventStyle;
    case NodeKind::kCountry:
      return kCountryStyle;
    case NodeKind::kPlace:
      return kPlaceStyle;
  }
  return kPersonStyle;
}

Rgb ColorComponents(std::string_view hex) {
  if (hex.size() != 7 || hex[0] != '#') return {0, 0, 0};
  const auto component = [&](int i) { return HexDigit(hex[i]) * 16 + HexDigit(hex[i + 1]); };
  return {component(1), component(3), component(5)};
}

std::string JoinList(const std::vector<std::string>& values) {
  return absl::StrJoin(values, std::string(kListSeparator));
}

std::vector<std::string> NodeAttributeKeys(const Subgraph& graph) {
  std::set<std::string> keys;
  for (const NodeRecord& node : graph.nodes) {
    for (const auto& [key, value] : node.attributes) keys.insert(key);
  }
  return {keys.begin(), keys.end()};
}

std::string NodeAttributeField(std::string_view key) {
  static const std::set<std::string_view> kReserved = {
      "id",     "kind",   "name",   "aliases",        "label",
      "parent", "source", "target", "timeline_start", "timeline_end"};
  if (kReserved.contains(key) || key.starts_with("attribute_")) {
    return absl::StrCat("attribute_", std::string(key));
  }
  return std::string(key);
}

std::string TimeText(const FactTime& time) {
  if (!time.date.empty()) return time.date.ToString();
  if (!time.start.empty() || !time.end.empty()) {
    return absl::StrCat(time.start.ToString(), "..", time.end.ToString());
  }
  if (!time.as_of.empty()) return absl::StrCat("as of ", time.as_of.ToString());
  return "";
}

std::string EdgeLabel(const EdgeRecord& edge) {
  const std::string time = TimeText(edge.time);
  const std::string relation(RelationName(edge.relation));
  return time.empty() ? relation : absl::StrCat(relation, " ", time);
}

}  // namespace kg
