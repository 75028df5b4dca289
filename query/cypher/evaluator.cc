#include "query/cypher/evaluator.h"

#include <cmath>
#include <string>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "fmt/format.h"
#include "graph/status_macros.h"
#include "query/cypher/functions.h"

namespace kg::cypher {
namespace {

using Kind = Value::Kind;

absl::Status ErrorAt(Position position, std::string_view message) {
  return absl::InvalidArgumentError(PositionedMessage(position, message));
}

std::string_view OpText(Op op) {
  switch (op) {
    case Op::kAnd:
      return "AND";
    case Op::kOr:
      return "OR";
    case Op::kXor:
      return "XOR";
    case Op::kNot:
      return "NOT";
    case Op::kAdd:
      return "+";
    case Op::kSubtract:
      return "-";
    case Op::kMultiply:
      return "*";
    case Op::kDivide:
      return "/";
    case Op::kModulo:
      return "%";
    case Op::kNegate:
      return "unary -";
    default:
      return "operator";
  }
}

// A boolean operand: true, false or null (nullopt).
absl::StatusOr<std::optional<bool>> Truth(const Value& value, const Expr& expr) {
  if (value.is_null()) return std::optional<bool>();
  if (value.kind() != Kind::kBool) {
    return ErrorAt(expr.position, fmt::format("{} expects booleans, got {}", OpText(expr.op),
                                              KindName(value.kind())));
  }
  return std::optional<bool>(value.AsBool());
}

Value FromTruth(std::optional<bool> b) { return b.has_value() ? Value::Bool(*b) : Value(); }

Value OptionalString(const std::string& s) { return s.empty() ? Value() : Value::String(s); }

Value StringList(const std::vector<std::string>& strings) {
  Value::List list;
  list.reserve(strings.size());
  for (const std::string& s : strings) list.push_back(Value::String(s));
  return Value::FromList(std::move(list));
}

}  // namespace

absl::StatusOr<std::shared_ptr<const NodeRecord>> NodeCache::Get(NodeId id) {
  if (auto it = records_.find(id); it != records_.end()) return it->second;
  if (store_ == nullptr) return absl::InternalError("no store to read nodes from");
  KG_ASSIGN_OR_RETURN(std::optional<NodeRecord> record, store_->GetNode(id));
  ++nodes_read_;
  if (!record.has_value()) {
    return absl::DataLossError(fmt::format("an edge refers to node {}, which is missing", id));
  }
  auto shared = std::make_shared<const NodeRecord>(std::move(*record));
  Put(shared);
  return shared;
}

absl::StatusOr<std::shared_ptr<const EdgeRecord>> NodeCache::GetEdge(const EdgeRef& ref) {
  if (store_ == nullptr) return absl::InternalError("no store to read an edge from");
  KG_ASSIGN_OR_RETURN(std::optional<EdgeRecord> record, store_->GetEdge(ref));
  ++edges_read_;
  if (!record.has_value()) {
    return absl::DataLossError(
        fmt::format("edge {} is in the adjacency but has no record", ref.id));
  }
  return std::make_shared<const EdgeRecord>(std::move(*record));
}

absl::StatusOr<Value> Evaluator::EdgeValueProperty(const EdgeValue& edge, const std::string& key) {
  std::shared_ptr<const EdgeRecord> record = edge.record;
  if (record == nullptr) {
    KG_ASSIGN_OR_RETURN(record, cache_->GetEdge(edge.ref));
  }
  const bool concluded = key == "start" || key == "end" || key == "end_inferred";
  if (!concluded || cache_->conclusions() == nullptr) return EdgeProperty(*record, key);
  EdgeRecord copy;
  copy.time = record->time;
  KG_RETURN_IF_ERROR(cache_->conclusions()->Apply(*record, &copy.time));
  return EdgeProperty(copy, key);
}

void NodeCache::Put(const std::shared_ptr<const NodeRecord>& record) {
  if (records_.size() >= kMaxEntries) records_.clear();
  records_[record->id] = record;
}

absl::StatusOr<bool> Evaluator::Test(const Expr& expr, const Frame& frame) {
  KG_ASSIGN_OR_RETURN(Value value, Eval(expr, frame));
  if (value.is_null()) return false;
  if (value.kind() != Kind::kBool) {
    return ErrorAt(expr.position,
                   fmt::format("WHERE needs a boolean, got {}", KindName(value.kind())));
  }
  return value.AsBool();
}

absl::StatusOr<Value> Evaluator::Eval(const Expr& expr, const Frame& frame) {
  switch (expr.kind) {
    case ExprKind::kLiteral:
      return expr.literal;
    case ExprKind::kParameter: {
      auto it = parameters_.find(expr.name);
      if (it == parameters_.end()) {
        return ErrorAt(expr.position, fmt::format("parameter ${} has no value", expr.name));
      }
      return it->second;
    }
    case ExprKind::kVariable:
      if (expr.local >= 0) {
        if (static_cast<size_t>(expr.local) < locals_.size()) return locals_[expr.local];
        return absl::InternalError(fmt::format("{} read outside its comprehension", expr.name));
      }
      if (expr.alias >= 0 && frame.columns != nullptr) return (*frame.columns)[expr.alias];
      if (expr.slot >= 0 && frame.slots != nullptr) return (*frame.slots)[expr.slot];
      return absl::InternalError(fmt::format("variable {} was not planned", expr.name));
    case ExprKind::kProperty:
      return Property(expr, frame);
    case ExprKind::kIndex:
      return Index(expr, frame);
    case ExprKind::kSlice:
      return Slice(expr, frame);
    case ExprKind::kListComprehension:
      return Comprehension(expr, frame);
    case ExprKind::kList: {
      Value::List list;
      list.reserve(expr.children.size());
      for (const ExprPtr& child : expr.children) {
        KG_ASSIGN_OR_RETURN(Value element, Eval(*child, frame));
        list.push_back(std::move(element));
      }
      return Value::FromList(std::move(list));
    }
    case ExprKind::kMap: {
      Value::Map map;
      for (size_t i = 0; i < expr.children.size(); ++i) {
        KG_ASSIGN_OR_RETURN(Value element, Eval(*expr.children[i], frame));
        map.emplace_back(expr.keys[i], std::move(element));
      }
      return Value::FromMap(std::move(map));
    }
    case ExprKind::kUnary: {
      KG_ASSIGN_OR_RETURN(Value operand, Eval(*expr.children[0], frame));
      if (expr.op == Op::kNot) {
        KG_ASSIGN_OR_RETURN(std::optional<bool> b, Truth(operand, expr));
        return b.has_value() ? Value::Bool(!*b) : Value();
      }
      if (!operand.is_null() && !operand.is_number()) {
        return ErrorAt(expr.position, fmt::format("cannot negate a {}", KindName(operand.kind())));
      }
      return Arithmetic(expr, Value::Int(0), operand);
    }
    case ExprKind::kBinary:
      return Binary(expr, frame);
    case ExprKind::kCase: {
      // The first WHEN that holds (or equals the subject) gives its THEN.
      const auto& c = expr.children;
      const size_t first = expr.case_subject ? 1 : 0;
      const size_t end = c.size() - (expr.case_else ? 1 : 0);
      Value subject;
      if (expr.case_subject) {
        KG_ASSIGN_OR_RETURN(subject, Eval(*c[0], frame));
      }
      for (size_t i = first; i < end; i += 2) {
        KG_ASSIGN_OR_RETURN(Value when, Eval(*c[i], frame));
        const bool holds = expr.case_subject ? Equals(subject, when) == true
                                             : when.kind() == Kind::kBool && when.AsBool();
        if (holds) return Eval(*c[i + 1], frame);
      }
      if (expr.case_else) return Eval(*c.back(), frame);
      return Value();
    }
    case ExprKind::kIsNull: {
      KG_ASSIGN_OR_RETURN(Value operand, Eval(*expr.children[0], frame));
      return Value::Bool(operand.is_null() != expr.negated);
    }
    case ExprKind::kLabelTest: {
      KG_ASSIGN_OR_RETURN(Value operand, Eval(*expr.children[0], frame));
      if (operand.is_null()) return Value();
      if (operand.kind() != Kind::kNode) {
        return ErrorAt(expr.position,
                       fmt::format("a label test needs a node, got {}", KindName(operand.kind())));
      }
      const NodeKind kind = KindOfNodeId(operand.AsNode().id);
      for (NodeKind label : expr.labels) {
        if (label == kind) return Value::Bool(true);
      }
      return Value::Bool(false);
    }
    case ExprKind::kFunction:
    case ExprKind::kCountStar:
      if (expr.aggregate >= 0) {
        if (frame.aggregates == nullptr) {
          return absl::InternalError("aggregate evaluated outside its group");
        }
        return (*frame.aggregates)[expr.aggregate];
      } else {
        std::vector<Value> args;
        args.reserve(expr.children.size());
        for (const ExprPtr& child : expr.children) {
          KG_ASSIGN_OR_RETURN(Value arg, Eval(*child, frame));
          args.push_back(std::move(arg));
        }
        if (expr.name == "range") return Range(expr, args);
        const FunctionSpec* spec = FindFunction(expr.name);
        if (spec == nullptr || spec->aggregate) {
          return absl::InternalError(fmt::format("{}() was not planned", expr.name));
        }
        return CallScalarFunction(*spec, std::move(args), expr.position);
      }
  }
  return absl::InternalError("unknown expression kind");
}

absl::StatusOr<Value> Evaluator::Logical(const Expr& expr, const Frame& frame) {
  KG_ASSIGN_OR_RETURN(Value left_value, Eval(*expr.children[0], frame));
  KG_ASSIGN_OR_RETURN(std::optional<bool> left, Truth(left_value, expr));
  // Short-circuit where the left side decides, as Kleene logic allows.
  if (expr.op == Op::kAnd && left == false) return Value::Bool(false);
  if (expr.op == Op::kOr && left == true) return Value::Bool(true);
  KG_ASSIGN_OR_RETURN(Value right_value, Eval(*expr.children[1], frame));
  KG_ASSIGN_OR_RETURN(std::optional<bool> right, Truth(right_value, expr));
  switch (expr.op) {
    case Op::kAnd:
      if (right == false) return Value::Bool(false);
      if (!left.has_value() || !right.has_value()) return Value();
      return Value::Bool(true);
    case Op::kOr:
      if (right == true) return Value::Bool(true);
      if (!left.has_value() || !right.has_value()) return Value();
      return Value::Bool(false);
    default:  // kXor
      if (!left.has_value() || !right.has_value()) return Value();
      return Value::Bool(*left != *right);
  }
}

absl::StatusOr<Value> Evaluator::Binary(const Expr& expr, const Frame& frame) {
  if (expr.op == Op::kAnd || expr.op == Op::kOr || expr.op == Op::kXor) {
    return Logical(expr, frame);
  }
  KG_ASSIGN_OR_RETURN(Value a, Eval(*expr.children[0], frame));
  KG_ASSIGN_OR_RETURN(Value b, Eval(*expr.children[1], frame));
  switch (expr.op) {
    case Op::kEq:
      return FromTruth(Equals(a, b));
    case Op::kNeq: {
      const std::optional<bool> equal = Equals(a, b);
      return equal.has_value() ? Value::Bool(!*equal) : Value();
    }
    case Op::kLt:
    case Op::kLe:
    case Op::kGt:
    case Op::kGe: {
      const std::optional<int> c = CompareForPredicate(a, b);
      if (!c.has_value()) return Value();
      switch (expr.op) {
        case Op::kLt:
          return Value::Bool(*c < 0);
        case Op::kLe:
          return Value::Bool(*c <= 0);
        case Op::kGt:
          return Value::Bool(*c > 0);
        default:
          return Value::Bool(*c >= 0);
      }
    }
    case Op::kIn: {
      if (b.is_null()) return Value();
      if (b.kind() != Kind::kList) {
        return ErrorAt(expr.position,
                       fmt::format("IN needs a list on its right, got {}", KindName(b.kind())));
      }
      if (b.AsList().empty()) return Value::Bool(false);
      bool saw_null = a.is_null();
      for (const Value& element : b.AsList()) {
        const std::optional<bool> equal = Equals(a, element);
        if (equal == true) return Value::Bool(true);
        saw_null |= !equal.has_value();
      }
      return saw_null ? Value() : Value::Bool(false);
    }
    case Op::kStartsWith:
    case Op::kEndsWith:
    case Op::kContains: {
      // Anything but two strings is null, as in openCypher.
      if (a.kind() != Kind::kString || b.kind() != Kind::kString) return Value();
      const absl::string_view s(a.AsString()), t(b.AsString());
      if (expr.op == Op::kStartsWith) return Value::Bool(absl::StartsWith(s, t));
      if (expr.op == Op::kEndsWith) return Value::Bool(absl::EndsWith(s, t));
      return Value::Bool(absl::StrContains(s, t));
    }
    case Op::kRegexMatch: {
      if (a.kind() != Kind::kString || b.kind() != Kind::kString) return Value();
      KG_ASSIGN_OR_RETURN(const RE2* pattern, Regex(expr, b.AsString()));
      return Value::Bool(RE2::FullMatch(a.AsString(), *pattern));
    }
    default:
      return Arithmetic(expr, a, b);
  }
}

absl::StatusOr<const RE2*> Evaluator::Regex(const Expr& expr, const std::string& pattern) {
  auto it = regexes_.find(pattern);
  if (it == regexes_.end()) {
    // A pattern made per row could grow the memo without bound: keep a few.
    if (regexes_.size() >= 64) regexes_.clear();
    RE2::Options options;
    options.set_log_errors(false);
    auto compiled = std::make_unique<RE2>(pattern, options);
    if (!compiled->ok()) {
      return ErrorAt(expr.position,
                     fmt::format("=~: bad regular expression: {}", compiled->error()));
    }
    it = regexes_.emplace(pattern, std::move(compiled)).first;
  }
  return it->second.get();
}

absl::StatusOr<Value> Evaluator::Arithmetic(const Expr& expr, const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return Value();
  if (expr.op == Op::kAdd) {
    if (a.kind() == Kind::kList || b.kind() == Kind::kList) {
      Value::List list;
      for (const Value* side : {&a, &b}) {
        if (side->kind() == Kind::kList) {
          list.insert(list.end(), side->AsList().begin(), side->AsList().end());
        } else {
          list.push_back(*side);
        }
      }
      return Value::FromList(std::move(list));
    }
    // String concatenation; a number on either side is written out, as in
    // openCypher ('No. ' + 5).
    const bool a_text = a.kind() == Kind::kString, b_text = b.kind() == Kind::kString;
    if ((a_text && (b_text || b.is_number())) || (b_text && a.is_number())) {
      return Value::String((a_text ? a.AsString() : DebugString(a)) +
                           (b_text ? b.AsString() : DebugString(b)));
    }
  }
  if (!a.is_number() || !b.is_number()) {
    return ErrorAt(expr.position, fmt::format("cannot apply {} to {} and {}", OpText(expr.op),
                                              KindName(a.kind()), KindName(b.kind())));
  }
  if (a.kind() == Kind::kInt && b.kind() == Kind::kInt) {
    const int64_t x = a.AsInt(), y = b.AsInt();
    int64_t r = 0;
    bool overflow = false;
    switch (expr.op) {
      case Op::kAdd:
        overflow = __builtin_add_overflow(x, y, &r);
        break;
      case Op::kSubtract:
      case Op::kNegate:
        overflow = __builtin_sub_overflow(x, y, &r);
        break;
      case Op::kMultiply:
        overflow = __builtin_mul_overflow(x, y, &r);
        break;
      case Op::kDivide:
      case Op::kModulo:
        if (y == 0) return ErrorAt(expr.position, "division by zero");
        if (x == INT64_MIN && y == -1) {
          overflow = expr.op == Op::kDivide;
          r = 0;
        } else {
          r = expr.op == Op::kDivide ? x / y : x % y;
        }
        break;
      default:
        return absl::InternalError("not an arithmetic operator");
    }
    if (overflow) return ErrorAt(expr.position, "integer overflow");
    return Value::Int(r);
  }
  const double x = a.AsNumber(), y = b.AsNumber();
  switch (expr.op) {
    case Op::kAdd:
      return Value::Float(x + y);
    case Op::kSubtract:
    case Op::kNegate:
      return Value::Float(x - y);
    case Op::kMultiply:
      return Value::Float(x * y);
    case Op::kDivide:
      return Value::Float(x / y);
    case Op::kModulo:
      return Value::Float(std::fmod(x, y));
    default:
      return absl::InternalError("not an arithmetic operator");
  }
}

absl::StatusOr<Value> Evaluator::NodeProperty(const NodeValue& node, const std::string& key) {
  std::shared_ptr<const NodeRecord> record = node.record;
  if (record == nullptr && key == "name") {
    if (const std::string* name = cache_->KnownName(node.id)) return Value::String(*name);
  }
  if (record == nullptr) {
    KG_ASSIGN_OR_RETURN(record, cache_->Get(node.id));
  }
  if (key == "name") return Value::String(record->name);
  if (key == "kind") return Value::String(std::string(NodeKindName(record->kind)));
  if (key == "aliases") return StringList(record->aliases);
  for (const auto& [k, v] : record->attributes) {
    if (k == key) return Value::String(v);
  }
  return Value();
}

Value Evaluator::EdgeProperty(const EdgeRecord& edge, const std::string& key) {
  if (key == "date") return Value::FromDate(edge.time.date);
  if (key == "start") return Value::FromDate(edge.time.start);
  if (key == "end") return Value::FromDate(edge.time.end);
  if (key == "as_of") return Value::FromDate(edge.time.as_of);
  if (key == "end_inferred") return Value::Bool(edge.time.end_inferred);
  if (key == "stage") return OptionalString(edge.stage);
  if (key == "by") return OptionalString(edge.by);
  if (key == "level") return OptionalString(edge.level);
  if (key == "sources") return StringList(edge.sources);
  return Value();
}

absl::StatusOr<Value> Evaluator::Property(const Expr& expr, const Frame& frame) {
  KG_ASSIGN_OR_RETURN(Value base, Eval(*expr.children[0], frame));
  switch (base.kind()) {
    case Kind::kNull:
      return Value();
    case Kind::kNode:
      return NodeProperty(base.AsNode(), expr.name);
    case Kind::kEdge:
      return EdgeValueProperty(base.AsEdge(), expr.name);
    case Kind::kDate: {
      // A date's components, null where its precision stops: date('2024').month.
      const Date& date = base.AsDate();
      int part = -1;
      if (expr.name == "year") part = date.year();
      if (expr.name == "month") part = date.month();
      if (expr.name == "day") part = date.day();
      if (part < 0) {
        return ErrorAt(expr.position,
                       fmt::format("a date has .year, .month and .day, not .{}", expr.name));
      }
      return part == 0 ? Value() : Value::Int(part);
    }
    case Kind::kMap: {
      const Value* found = base.Find(expr.name);
      return found != nullptr ? *found : Value();
    }
    case Kind::kList:
      return ErrorAt(expr.position,
                     fmt::format("cannot read .{} of a list (a variable-length relationship is "
                                 "a list of edges: index it, r[0].{})",
                                 expr.name, expr.name));
    default:
      return ErrorAt(expr.position,
                     fmt::format("cannot read .{} of a {}", expr.name, KindName(base.kind())));
  }
}

absl::StatusOr<Value> Evaluator::Index(const Expr& expr, const Frame& frame) {
  KG_ASSIGN_OR_RETURN(Value base, Eval(*expr.children[0], frame));
  KG_ASSIGN_OR_RETURN(Value index, Eval(*expr.children[1], frame));
  if (base.is_null() || index.is_null()) return Value();
  if (base.kind() == Kind::kList && index.kind() == Kind::kInt) {
    const auto size = static_cast<int64_t>(base.AsList().size());
    int64_t i = index.AsInt();
    if (i < 0) i += size;
    if (i < 0 || i >= size) return Value();
    return base.AsList()[static_cast<size_t>(i)];
  }
  if (index.kind() == Kind::kString) {
    if (base.kind() == Kind::kMap) {
      const Value* found = base.Find(index.AsString());
      return found != nullptr ? *found : Value();
    }
    if (base.kind() == Kind::kNode) return NodeProperty(base.AsNode(), index.AsString());
    if (base.kind() == Kind::kEdge) return EdgeValueProperty(base.AsEdge(), index.AsString());
  }
  return ErrorAt(expr.position, fmt::format("cannot index a {} with a {}", KindName(base.kind()),
                                            KindName(index.kind())));
}

absl::Status Evaluator::Materialize(Value* value) {
  switch (value->kind()) {
    case Kind::kNode: {
      NodeValue& node = value->MutableNode();
      if (node.record == nullptr) {
        KG_ASSIGN_OR_RETURN(node.record, cache_->Get(node.id));
      }
      return absl::OkStatus();
    }
    case Kind::kEdge: {
      EdgeValue& edge = value->MutableEdge();
      if (edge.record == nullptr) {
        KG_ASSIGN_OR_RETURN(edge.record, cache_->GetEdge(edge.ref));
      }
      if (cache_->conclusions() != nullptr) {
        // A returned edge shows what its properties say.
        auto concluded = std::make_shared<EdgeRecord>(*edge.record);
        KG_RETURN_IF_ERROR(cache_->conclusions()->Apply(*edge.record, &concluded->time));
        edge.record = std::move(concluded);
      }
      if (edge.src == nullptr) {
        KG_ASSIGN_OR_RETURN(edge.src, cache_->Get(edge.record->src));
      }
      if (edge.dst == nullptr) {
        KG_ASSIGN_OR_RETURN(edge.dst, cache_->Get(edge.record->dst));
      }
      return absl::OkStatus();
    }
    case Kind::kList:
      for (Value& element : value->MutableList()) KG_RETURN_IF_ERROR(Materialize(&element));
      return absl::OkStatus();
    case Kind::kPath: {
      PathValue& path = value->MutablePath();
      for (NodeValue& node : path.nodes) {
        if (node.record == nullptr) {
          KG_ASSIGN_OR_RETURN(node.record, cache_->Get(node.id));
        }
      }
      for (EdgeValue& edge : path.edges) {
        Value one = Value::Edge(std::move(edge));
        KG_RETURN_IF_ERROR(Materialize(&one));
        edge = std::move(one.MutableEdge());
      }
      return absl::OkStatus();
    }
    case Kind::kMap:
      // Maps are built from the same nodes; rebuild with materialized values.
      {
        Value::Map map = value->AsMap();
        for (auto& [key, element] : map) KG_RETURN_IF_ERROR(Materialize(&element));
        *value = Value::FromMap(std::move(map));
      }
      return absl::OkStatus();
    default:
      return absl::OkStatus();
  }
}

}  // namespace kg::cypher
