#include "query/cypher/value.h"

#include <cmath>
#include <functional>

#include "fmt/format.h"
#include "query/cypher/parser.h"

namespace kg::cypher {
namespace {

// Cross-kind rank for ORDER BY; numbers share one rank so 1 and 1.5 interleave.
int OrderRank(Value::Kind kind) {
  switch (kind) {
    case Value::Kind::kMap:
      return 0;
    case Value::Kind::kNode:
      return 1;
    case Value::Kind::kEdge:
      return 2;
    case Value::Kind::kList:
      return 3;
    case Value::Kind::kPath:
      return 4;
    case Value::Kind::kString:
      return 5;
    case Value::Kind::kBool:
      return 6;
    case Value::Kind::kInt:
    case Value::Kind::kFloat:
      return 7;
    case Value::Kind::kDate:
      return 8;
    case Value::Kind::kNull:
      return 9;
  }
  return 9;
}

// A path's identity: its node ids, then its edge ids.
std::vector<uint64_t> PathIds(const PathValue& path) {
  std::vector<uint64_t> ids;
  ids.reserve(path.nodes.size() + path.edges.size());
  for (const NodeValue& node : path.nodes) ids.push_back(node.id);
  for (const EdgeValue& edge : path.edges) ids.push_back(edge.Ref().id);
  return ids;
}

int Sign(int64_t x) { return x < 0 ? -1 : (x > 0 ? 1 : 0); }

int CompareNumbers(const Value& a, const Value& b) {
  if (a.kind() == Value::Kind::kInt && b.kind() == Value::Kind::kInt) {
    return a.AsInt() < b.AsInt() ? -1 : (a.AsInt() > b.AsInt() ? 1 : 0);
  }
  const double x = a.AsNumber(), y = b.AsNumber();
  return x < y ? -1 : (x > y ? 1 : 0);
}

// The Date ordering: by first day, then coarser first. Equal to Date's own
// lexicographic (year, month, day) order with missing parts as 0.
int CompareDates(const Date& a, const Date& b) {
  const int64_t by_day = a.FirstDay() - b.FirstDay();
  if (by_day != 0) return Sign(by_day);
  return Sign(static_cast<int>(a.precision()) - static_cast<int>(b.precision()));
}

// A date operand: a Date, or a string that parses as one.
std::optional<Date> AsDateOperand(const Value& v) {
  if (v.kind() == Value::Kind::kDate) return v.AsDate();
  if (v.kind() == Value::Kind::kString) return Date::Parse(v.AsString());
  return std::nullopt;
}

void AppendQuoted(std::string* out, const std::string& s) {
  out->push_back('\'');
  for (char c : s) {
    if (c == '\'' || c == '\\') out->push_back('\\');
    out->push_back(c);
  }
  out->push_back('\'');
}

}  // namespace

double Value::AsNumber() const {
  return kind() == Kind::kInt ? static_cast<double>(AsInt()) : AsFloat();
}

const Value* Value::Find(std::string_view key) const {
  if (kind() != Kind::kMap) return nullptr;
  for (const auto& [k, v] : AsMap()) {
    if (k == key) return &v;
  }
  return nullptr;
}

bool operator==(const Value& a, const Value& b) {
  if (a.kind() != b.kind()) return false;
  switch (a.kind()) {
    case Value::Kind::kNull:
      return true;
    case Value::Kind::kNode:
      return a.AsNode().id == b.AsNode().id;
    case Value::Kind::kEdge:
      return a.AsEdge().Ref().id == b.AsEdge().Ref().id;
    case Value::Kind::kPath:
      return a.AsPath().nodes.size() == b.AsPath().nodes.size() &&
             PathIds(a.AsPath()) == PathIds(b.AsPath());
    case Value::Kind::kFloat:
      // NaN is identical to itself for DISTINCT's purposes.
      return a.AsFloat() == b.AsFloat() || (std::isnan(a.AsFloat()) && std::isnan(b.AsFloat()));
    case Value::Kind::kBool:
      return a.AsBool() == b.AsBool();
    case Value::Kind::kInt:
      return a.AsInt() == b.AsInt();
    case Value::Kind::kString:
      return a.AsString() == b.AsString();
    case Value::Kind::kDate:
      return a.AsDate() == b.AsDate();
    case Value::Kind::kList:
      return a.AsList() == b.AsList();
    case Value::Kind::kMap:
      return a.AsMap() == b.AsMap();
  }
  return false;
}

std::string_view KindName(Value::Kind kind) {
  static constexpr std::string_view kNames[] = {"null", "bool", "int",  "float", "string", "date",
                                                "list", "map",  "node", "edge",  "path"};
  return kNames[static_cast<int>(kind)];
}

std::optional<bool> Equals(const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return std::nullopt;
  if (a.is_number() && b.is_number()) return CompareNumbers(a, b) == 0;
  if (a.kind() == Value::Kind::kDate || b.kind() == Value::Kind::kDate) {
    const std::optional<Date> x = AsDateOperand(a), y = AsDateOperand(b);
    if (!x || !y) return false;
    return *x == *y;
  }
  if (a.kind() != b.kind()) return false;
  if (a.kind() == Value::Kind::kList) {
    const Value::List &x = a.AsList(), &y = b.AsList();
    if (x.size() != y.size()) return false;
    bool saw_null = false;
    for (size_t i = 0; i < x.size(); ++i) {
      const std::optional<bool> e = Equals(x[i], y[i]);
      if (e.has_value() && !*e) return false;
      saw_null |= !e.has_value();
    }
    if (saw_null) return std::nullopt;
    return true;
  }
  if (a.kind() == Value::Kind::kMap) {
    const Value::Map &x = a.AsMap(), &y = b.AsMap();
    if (x.size() != y.size()) return false;
    for (const auto& [key, value] : x) {
      const Value* other = b.Find(key);
      if (other == nullptr) return false;
      const std::optional<bool> e = Equals(value, *other);
      if (!e.has_value() || !*e) return e;
    }
    return true;
  }
  return a == b;
}

std::optional<int> CompareForPredicate(const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return std::nullopt;
  if (a.is_number() && b.is_number()) {
    if ((a.kind() == Value::Kind::kFloat && std::isnan(a.AsFloat())) ||
        (b.kind() == Value::Kind::kFloat && std::isnan(b.AsFloat()))) {
      return std::nullopt;
    }
    return CompareNumbers(a, b);
  }
  if (a.kind() == Value::Kind::kDate || b.kind() == Value::Kind::kDate) {
    const std::optional<Date> x = AsDateOperand(a), y = AsDateOperand(b);
    if (!x || !y) return std::nullopt;
    return CompareDates(*x, *y);
  }
  if (a.kind() != b.kind()) return std::nullopt;
  switch (a.kind()) {
    case Value::Kind::kString:
      return Sign(a.AsString().compare(b.AsString()));
    case Value::Kind::kBool:
      return static_cast<int>(a.AsBool()) - static_cast<int>(b.AsBool());
    default:
      return std::nullopt;
  }
}

int OrderCompare(const Value& a, const Value& b) {
  const int ra = OrderRank(a.kind()), rb = OrderRank(b.kind());
  if (ra != rb) return ra < rb ? -1 : 1;
  switch (a.kind()) {
    case Value::Kind::kNull:
      return 0;
    case Value::Kind::kInt:
    case Value::Kind::kFloat: {
      // NaN sorts after every other number.
      const bool na = a.kind() == Value::Kind::kFloat && std::isnan(a.AsFloat());
      const bool nb = b.kind() == Value::Kind::kFloat && std::isnan(b.AsFloat());
      if (na || nb) return static_cast<int>(na) - static_cast<int>(nb);
      return CompareNumbers(a, b);
    }
    case Value::Kind::kString:
      return Sign(a.AsString().compare(b.AsString()));
    case Value::Kind::kBool:
      return static_cast<int>(a.AsBool()) - static_cast<int>(b.AsBool());
    case Value::Kind::kDate:
      return CompareDates(a.AsDate(), b.AsDate());
    case Value::Kind::kNode:
      return a.AsNode().id < b.AsNode().id ? -1 : (a.AsNode().id > b.AsNode().id ? 1 : 0);
    case Value::Kind::kEdge: {
      const EdgeId x = a.AsEdge().Ref().id, y = b.AsEdge().Ref().id;
      return x < y ? -1 : (x > y ? 1 : 0);
    }
    case Value::Kind::kList: {
      const Value::List &x = a.AsList(), &y = b.AsList();
      for (size_t i = 0; i < x.size() && i < y.size(); ++i) {
        const int c = OrderCompare(x[i], y[i]);
        if (c != 0) return c;
      }
      return Sign(static_cast<int64_t>(x.size()) - static_cast<int64_t>(y.size()));
    }
    case Value::Kind::kPath: {
      // Shorter paths first, then by their elements' ids.
      const size_t x = a.AsPath().edges.size(), y = b.AsPath().edges.size();
      if (x != y) return x < y ? -1 : 1;
      const std::vector<uint64_t> i = PathIds(a.AsPath()), j = PathIds(b.AsPath());
      return i < j ? -1 : (i > j ? 1 : 0);
    }
    case Value::Kind::kMap: {
      const Value::Map &x = a.AsMap(), &y = b.AsMap();
      for (size_t i = 0; i < x.size() && i < y.size(); ++i) {
        const int k = Sign(x[i].first.compare(y[i].first));
        if (k != 0) return k;
        const int c = OrderCompare(x[i].second, y[i].second);
        if (c != 0) return c;
      }
      return Sign(static_cast<int64_t>(x.size()) - static_cast<int64_t>(y.size()));
    }
  }
  return 0;
}

size_t HashValue(const Value& value) {
  const size_t seed = static_cast<size_t>(value.kind()) * 0x9e3779b97f4a7c15ULL;
  auto mix = [](size_t h, size_t x) {
    return h ^ (x + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2));
  };
  switch (value.kind()) {
    case Value::Kind::kNull:
      return seed;
    case Value::Kind::kBool:
      return mix(seed, value.AsBool());
    case Value::Kind::kInt:
      return mix(seed, std::hash<int64_t>()(value.AsInt()));
    case Value::Kind::kFloat:
      return mix(seed, std::isnan(value.AsFloat()) ? 0 : std::hash<double>()(value.AsFloat()));
    case Value::Kind::kString:
      return mix(seed, std::hash<std::string>()(value.AsString()));
    case Value::Kind::kDate: {
      const Date& d = value.AsDate();
      return mix(seed, static_cast<size_t>(d.year() * 10000 + d.month() * 100 + d.day()));
    }
    case Value::Kind::kNode:
      return mix(seed, std::hash<uint64_t>()(value.AsNode().id));
    case Value::Kind::kEdge:
      return mix(seed, std::hash<uint64_t>()(value.AsEdge().Ref().id));
    case Value::Kind::kPath: {
      size_t h = seed;
      for (uint64_t id : PathIds(value.AsPath())) h = mix(h, std::hash<uint64_t>()(id));
      return h;
    }
    case Value::Kind::kList: {
      size_t h = seed;
      for (const Value& v : value.AsList()) h = mix(h, HashValue(v));
      return h;
    }
    case Value::Kind::kMap: {
      size_t h = seed;
      for (const auto& [k, v] : value.AsMap()) {
        h = mix(mix(h, std::hash<std::string>()(k)), HashValue(v));
      }
      return h;
    }
  }
  return seed;
}

size_t ValueListHash::operator()(const std::vector<Value>& values) const {
  size_t h = values.size();
  for (const Value& v : values) h = h * 1000003 ^ HashValue(v);
  return h;
}

std::string DebugString(const Value& value) {
  std::string out;
  switch (value.kind()) {
    case Value::Kind::kNull:
      return "null";
    case Value::Kind::kBool:
      return value.AsBool() ? "true" : "false";
    case Value::Kind::kInt:
      return std::to_string(value.AsInt());
    case Value::Kind::kFloat: {
      // Keep a float recognizable: 2.0, not 2.
      out = fmt::format("{}", value.AsFloat());
      if (out.find_first_of(".en") == std::string::npos) out += ".0";
      return out;
    }
    case Value::Kind::kString:
      AppendQuoted(&out, value.AsString());
      return out;
    case Value::Kind::kDate:
      return "date('" + value.AsDate().ToString() + "')";
    case Value::Kind::kNode: {
      const NodeValue& n = value.AsNode();
      out = "(:" + LabelName(KindOfNodeId(n.id));
      if (n.record == nullptr) return out + fmt::format(" {})", n.id);
      out += " {name: ";
      AppendQuoted(&out, n.record->name);
      return out + "})";
    }
    case Value::Kind::kEdge: {
      // [:APPOINTED_TO 'Source' -> 'Target'], with ids where the ends'
      // records are not loaded.
      const EdgeValue& e = value.AsEdge();
      out = "[:" + TypeName(e.Ref().relation) + " ";
      if (e.src != nullptr) {
        AppendQuoted(&out, e.src->name);
      } else {
        out += std::to_string(e.Ref().src);
      }
      out += " -> ";
      if (e.dst != nullptr) {
        AppendQuoted(&out, e.dst->name);
      } else {
        out += std::to_string(e.Ref().dst);
      }
      return out + "]";
    }
    case Value::Kind::kPath: {
      // <(a)-[:T]->(b)<-[:U]-(c)>: each arrow the way its edge is stored.
      const PathValue& path = value.AsPath();
      out = "<" + DebugString(Value::Node(path.nodes[0]));
      for (size_t i = 0; i < path.edges.size(); ++i) {
        const EdgeRef ref = path.edges[i].Ref();
        const bool forwards = ref.src == path.nodes[i].id;
        out += (forwards ? "-[:" : "<-[:") + TypeName(ref.relation) + (forwards ? "]->" : "]-");
        out += DebugString(Value::Node(path.nodes[i + 1]));
      }
      return out + ">";
    }
    case Value::Kind::kList: {
      out = "[";
      for (size_t i = 0; i < value.AsList().size(); ++i) {
        if (i > 0) out += ", ";
        out += DebugString(value.AsList()[i]);
      }
      return out + "]";
    }
    case Value::Kind::kMap: {
      out = "{";
      bool first = true;
      for (const auto& [k, v] : value.AsMap()) {
        if (!first) out += ", ";
        first = false;
        out += k + ": " + DebugString(v);
      }
      return out + "}";
    }
  }
  return out;
}

size_t ApproxBytes(const Value& value) {
  // A node or edge record's strings (name, aliases, sentence ids) are not
  // walked: a fixed allowance is close enough for a budget.
  constexpr size_t kRecordBytes = 256;
  size_t bytes = sizeof(Value);
  switch (value.kind()) {
    case Value::Kind::kString:
      bytes += value.AsString().capacity();
      break;
    case Value::Kind::kList:
      bytes += ApproxBytes(value.AsList());
      break;
    case Value::Kind::kMap:
      for (const auto& [key, element] : value.AsMap()) {
        bytes += sizeof(key) + key.capacity() + ApproxBytes(element);
      }
      break;
    case Value::Kind::kNode:
    case Value::Kind::kEdge:
      bytes += kRecordBytes;
      break;
    case Value::Kind::kPath:
      bytes += (value.AsPath().nodes.size() + value.AsPath().edges.size()) * kRecordBytes;
      break;
    default:
      break;
  }
  return bytes;
}

size_t ApproxBytes(const std::vector<Value>& values) {
  size_t bytes = sizeof(values);
  for (const Value& value : values) bytes += ApproxBytes(value);
  return bytes;
}

}  // namespace kg::cypher
