// The Evaluator's list expressions: slices, comprehensions and range(),
// the ones that make lists as long as their input (so they answer to the
// element budget, evaluator.h).
#include <algorithm>
#include <cmath>
#include <string>
#include <utility>

#include "absl/status/status.h"
#include "fmt/format.h"
#include "graph/status_macros.h"
#include "query/cypher/evaluator.h"

namespace kg::cypher {
namespace {

using Kind = Value::Kind;

absl::Status ErrorAt(Position position, std::string_view message) {
  return absl::InvalidArgumentError(PositionedMessage(position, message));
}

}  // namespace

absl::StatusOr<Value> Evaluator::Slice(const Expr& expr, const Frame& frame) {
  KG_ASSIGN_OR_RETURN(Value base, Eval(*expr.children[0], frame));
  size_t next = 1;
  Value bounds[2] = {Value(), Value()};
  const bool given[2] = {expr.slice_from, expr.slice_to};
  for (int b = 0; b < 2; ++b) {
    if (!given[b]) continue;
    KG_ASSIGN_OR_RETURN(bounds[b], Eval(*expr.children[next++], frame));
    if (bounds[b].is_null()) return Value();
    if (bounds[b].kind() != Kind::kInt) {
      return ErrorAt(expr.position, fmt::format("a slice's bounds are integers, got {}",
                                                KindName(bounds[b].kind())));
    }
  }
  if (base.is_null()) return Value();
  if (base.kind() != Kind::kList) {
    return ErrorAt(expr.position,
                   fmt::format("cannot slice a {}: only lists", KindName(base.kind())));
  }
  // As in openCypher: negative bounds count from the end, and both are
  // clamped to the list, so an empty range is [].
  const auto size = static_cast<int64_t>(base.AsList().size());
  auto clamp = [size](int64_t i) {
    if (i < 0) i += size;
    return std::min(std::max<int64_t>(i, 0), size);
  };
  const int64_t from = given[0] ? clamp(bounds[0].AsInt()) : 0;
  const int64_t to = given[1] ? clamp(bounds[1].AsInt()) : size;
  if (from >= to) return Value::FromList({});
  return Value::FromList(Value::List(base.AsList().begin() + from, base.AsList().begin() + to));
}

absl::StatusOr<Value> Evaluator::Range(const Expr& expr, const std::vector<Value>& args) {
  for (const Value& arg : args) {
    if (arg.is_null()) return Value();
    if (arg.kind() != Kind::kInt) {
      return ErrorAt(expr.position,
                     fmt::format("range() takes integers, got {}", KindName(arg.kind())));
    }
  }
  const int64_t start = args[0].AsInt(), end = args[1].AsInt();
  const int64_t step = args.size() > 2 ? args[2].AsInt() : 1;
  if (step == 0) return ErrorAt(expr.position, "range() cannot step by 0");
  // Counted in floating point: end - start may overflow an int64_t.
  const double count = std::floor((static_cast<double>(end) - static_cast<double>(start)) /
                                  static_cast<double>(step)) +
                       1;
  if (count > static_cast<double>(kMaxRangeElements)) {
    return ErrorAt(expr.position, fmt::format("range() would make {:.0f} elements, more than {}",
                                              count, kMaxRangeElements));
  }
  Value::List list;
  if (count < 1) return Value::FromList(std::move(list));
  list.reserve(static_cast<size_t>(count));
  int64_t value = start;
  for (int64_t i = 0; i < static_cast<int64_t>(count); ++i) {
    // The budgets see the list every 1024 elements (a row read each time,
    // and the bytes made so far).
    if (element_budget_ && (i & 1023) == 0 && !element_budget_(list.size() * sizeof(Value))) {
      return absl::ResourceExhaustedError("query stopped inside range()");
    }
    list.push_back(Value::Int(value));
    if (__builtin_add_overflow(value, step, &value)) break;  // the last one fitted
  }
  return Value::FromList(std::move(list));
}

absl::StatusOr<Value> Evaluator::Comprehension(const Expr& expr, const Frame& frame) {
  KG_ASSIGN_OR_RETURN(Value list, Eval(*expr.children[0], frame));
  if (list.is_null()) return Value();
  if (list.kind() != Kind::kList) {
    return ErrorAt(
        expr.children[0]->position,
        fmt::format("a list comprehension needs a list after IN, got {}", KindName(list.kind())));
  }
  size_t next = 1;
  const Expr* where = expr.comprehension_where ? expr.children[next++].get() : nullptr;
  const Expr* map = expr.comprehension_map ? expr.children[next++].get() : nullptr;
  const auto local = static_cast<size_t>(expr.local);
  if (locals_.size() <= local) locals_.resize(local + 1);
  Value::List out;
  size_t bytes = 0;
  for (const Value& element : list.AsList()) {
    if (element_budget_ && !element_budget_(bytes)) {
      return absl::ResourceExhaustedError("query stopped inside a list comprehension");
    }
    // Indexed afresh each time: a nested comprehension may grow locals_.
    locals_[local] = element;
    if (where != nullptr) {
      KG_ASSIGN_OR_RETURN(const bool keep, Test(*where, frame));
      if (!keep) continue;
    }
    if (map == nullptr) {
      out.push_back(element);
    } else {
      KG_ASSIGN_OR_RETURN(Value mapped, Eval(*map, frame));
      out.push_back(std::move(mapped));
    }
    bytes += ApproxBytes(out.back());
  }
  return Value::FromList(std::move(out));
}

}  // namespace kg::cypher
