#include "query/cypher/functions.h"

#include <cmath>
#include <cstdlib>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "fmt/format.h"
#include "query/cypher/parser.h"
#include "utf8proc.h"

namespace kg::cypher {
namespace {

constexpr FunctionSpec kFunctions[] = {
    {"date", 1, 1, false},
    {"type", 1, 1, false},
    {"labels", 1, 1, false},
    {"id", 1, 1, false},
    {"tolower", 1, 1, false},
    {"toupper", 1, 1, false},
    {"size", 1, 1, false},
    {"length", 1, 1, false},
    {"coalesce", 1, -1, false},
    {"startnode", 1, 1, false},
    {"endnode", 1, 1, false},
    {"tostring", 1, 1, false},
    {"tointeger", 1, 1, false},
    {"tofloat", 1, 1, false},
    {"count", 1, 1, true},
    {"collect", 1, 1, true},
    {"min", 1, 1, true},
    {"max", 1, 1, true},
    {"sum", 1, 1, true},
    {"avg", 1, 1, true},
    {"exists", 1, 1, false},
    {"nodes", 1, 1, false},
    {"relationships", 1, 1, false},
    {"range", 2, 3, false},
};

absl::Status ArgumentError(std::string_view function, std::string_view expected, const Value& got,
                           Position position) {
  return absl::InvalidArgumentError(PositionedMessage(
      position, fmt::format("{}() expects {}, got {}", function, expected, KindName(got.kind()))));
}

// Maps every code point of UTF-8 `text` through `map` (utf8proc_tolower or
// _toupper); invalid bytes are kept as they are.
std::string MapCodePoints(const std::string& text, utf8proc_int32_t (*map)(utf8proc_int32_t)) {
  std::string out;
  out.reserve(text.size());
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(text.size());
  while (left > 0) {
    utf8proc_int32_t cp;
    const utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
    if (n <= 0) {
      out.push_back(static_cast<char>(*p));
      ++p;
      --left;
      continue;
    }
    utf8proc_uint8_t buffer[4];
    const utf8proc_ssize_t m = utf8proc_encode_char(map(cp), buffer);
    out.append(reinterpret_cast<const char*>(buffer), static_cast<size_t>(m));
    p += n;
    left -= n;
  }
  return out;
}

int64_t CountCodePoints(const std::string& text) {
  int64_t count = 0;
  for (char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return count;
}

std::string FloatText(double d) {
  std::string text = fmt::format("{}", d);
  if (text.find_first_of(".eEn") == std::string::npos) text += ".0";
  return text;
}

}  // namespace

const FunctionSpec* FindFunction(std::string_view name) {
  for (const FunctionSpec& spec : kFunctions) {
    if (absl::EqualsIgnoreCase(absl::string_view(spec.name.data(), spec.name.size()),
                               absl::string_view(name.data(), name.size()))) {
      return &spec;
    }
  }
  return nullptr;
}

absl::StatusOr<Value> MakeDate(const Value& text, Position position) {
  if (text.is_null()) return Value();
  if (text.kind() == Value::Kind::kDate) return text;
  if (text.kind() != Value::Kind::kString) return ArgumentError("date", "a string", text, position);
  const std::optional<Date> date = Date::Parse(text.AsString());
  if (!date.has_value()) {
    return absl::InvalidArgumentError(PositionedMessage(
        position, fmt::format("date('{}') is not a date: write YYYY, YYYY-MM or YYYY-MM-DD",
                              text.AsString())));
  }
  return Value::FromDate(*date);
}

absl::StatusOr<Value> CallScalarFunction(const FunctionSpec& function, std::vector<Value> args,
                                         Position position) {
  const std::string_view name = function.name;
  if (name == "coalesce") {
    for (Value& arg : args) {
      if (!arg.is_null()) return std::move(arg);
    }
    return Value();
  }
  // exists(n.prop), Neo4j 4's property form: a missing property is null.
  if (name == "exists") return Value::Bool(!args.at(0).is_null());
  const Value& arg = args.at(0);
  if (arg.is_null()) return Value();
  using Kind = Value::Kind;
  if (name == "date") return MakeDate(arg, position);
  if (name == "type") {
    if (arg.kind() != Kind::kEdge) return ArgumentError(name, "a relationship", arg, position);
    return Value::String(TypeName(arg.AsEdge().Ref().relation));
  }
  if (name == "labels") {
    if (arg.kind() != Kind::kNode) return ArgumentError(name, "a node", arg, position);
    return Value::FromList({Value::String(LabelName(KindOfNodeId(arg.AsNode().id)))});
  }
  if (name == "id") {
    if (arg.kind() == Kind::kNode) return Value::Id(arg.AsNode().id);
    if (arg.kind() == Kind::kEdge) return Value::Id(arg.AsEdge().Ref().id);
    return ArgumentError(name, "a node or a relationship", arg, position);
  }
  if (name == "tolower" || name == "toupper") {
    if (arg.kind() != Kind::kString) return ArgumentError(name, "a string", arg, position);
    return Value::String(
        MapCodePoints(arg.AsString(), name == "tolower" ? utf8proc_tolower : utf8proc_toupper));
  }
  if (name == "nodes" || name == "relationships") {
    if (arg.kind() != Kind::kPath) return ArgumentError(name, "a path", arg, position);
    Value::List list;
    if (name == "nodes") {
      for (const NodeValue& node : arg.AsPath().nodes) list.push_back(Value::Node(node));
    } else {
      for (const EdgeValue& edge : arg.AsPath().edges) list.push_back(Value::Edge(edge));
    }
    return Value::FromList(std::move(list));
  }
  // A path's length is its number of relationships, as in openCypher.
  if (name == "length" && arg.kind() == Kind::kPath) {
    return Value::Int(static_cast<int64_t>(arg.AsPath().edges.size()));
  }
  if (name == "size" || name == "length") {
    if (arg.kind() == Kind::kList) return Value::Int(static_cast<int64_t>(arg.AsList().size()));
    if (name == "size" && arg.kind() == Kind::kString) {
      return Value::Int(CountCodePoints(arg.AsString()));
    }
    return ArgumentError(name, name == "size" ? "a list or a string" : "a list or a path", arg,
                         position);
  }
  if (name == "startnode" || name == "endnode") {
    if (arg.kind() != Kind::kEdge) return ArgumentError(name, "a relationship", arg, position);
    const EdgeValue& edge = arg.AsEdge();
    const bool start = name == "startnode";
    return Value::Node(
        NodeValue{start ? edge.Ref().src : edge.Ref().dst, start ? edge.src : edge.dst});
  }
  if (name == "tostring") {
    switch (arg.kind()) {
      case Kind::kString:
        return arg;
      case Kind::kInt:
        return Value::String(std::to_string(arg.AsInt()));
      case Kind::kFloat:
        return Value::String(FloatText(arg.AsFloat()));
      case Kind::kBool:
        return Value::String(arg.AsBool() ? "true" : "false");
      case Kind::kDate:
        return Value::String(arg.AsDate().ToString());
      default:
        return ArgumentError(name, "a string, number, boolean or date", arg, position);
    }
  }
  if (name == "tointeger") {
    if (arg.kind() == Kind::kInt) return arg;
    if (arg.kind() == Kind::kFloat) {
      if (!std::isfinite(arg.AsFloat())) return Value();
      return Value::Int(static_cast<int64_t>(std::trunc(arg.AsFloat())));
    }
    if (arg.kind() == Kind::kString) {
      int64_t i;
      if (absl::SimpleAtoi(arg.AsString(), &i)) return Value::Int(i);
      double d;
      if (absl::SimpleAtod(arg.AsString(), &d) && std::isfinite(d)) {
        return Value::Int(static_cast<int64_t>(std::trunc(d)));
      }
      return Value();
    }
    return ArgumentError(name, "a number or a string", arg, position);
  }
  if (name == "tofloat") {
    if (arg.is_number()) return Value::Float(arg.AsNumber());
    if (arg.kind() == Kind::kString) {
      double d;
      if (absl::SimpleAtod(arg.AsString(), &d)) return Value::Float(d);
      return Value();
    }
    return ArgumentError(name, "a number or a string", arg, position);
  }
  return absl::InternalError(fmt::format("{}() is not a scalar function", name));
}

}  // namespace kg::cypher
