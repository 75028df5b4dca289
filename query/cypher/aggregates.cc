#include "query/cypher/aggregates.h"

#include "fmt/format.h"

namespace kg::cypher {

Aggregate::Aggregate(const Expr& call) : call_(&call) {
  if (call.kind == ExprKind::kCountStar) return;
  const std::string& name = call.name;
  if (name == "collect") function_ = Function::kCollect;
  if (name == "min") function_ = Function::kMin;
  if (name == "max") function_ = Function::kMax;
  if (name == "sum") function_ = Function::kSum;
  if (name == "avg") function_ = Function::kAvg;
}

absl::Status Aggregate::Add(const Value& value) {
  if (value.is_null()) return absl::OkStatus();
  if (call_->distinct) {
    const bool added = value.kind() == Value::Kind::kNode
                           ? seen_nodes_.insert(value.AsNode().id).second
                           : seen_.insert(value).second;
    if (!added) return absl::OkStatus();
  }
  ++count_;
  switch (function_) {
    case Function::kCount:
      break;
    case Function::kCollect:
      list_.push_back(value);
      break;
    case Function::kMin:
    case Function::kMax: {
      const int c = best_.is_null() ? 0 : OrderCompare(value, best_);
      if (best_.is_null() || (function_ == Function::kMin ? c < 0 : c > 0)) best_ = value;
      break;
    }
    case Function::kSum:
    case Function::kAvg:
      if (!value.is_number()) {
        return absl::InvalidArgumentError(
            PositionedMessage(call_->position, fmt::format("{}() needs numbers, got {}",
                                                           call_->name, DebugString(value))));
      }
      if (value.kind() == Value::Kind::kFloat) float_ = true;
      float_sum_ += value.AsNumber();
      if (!float_ && __builtin_add_overflow(int_sum_, value.AsInt(), &int_sum_)) float_ = true;
      break;
  }
  return absl::OkStatus();
}

Value Aggregate::Finish() const {
  switch (function_) {
    case Function::kCount:
      return Value::Int(count_);
    case Function::kCollect:
      return Value::FromList(list_);
    case Function::kMin:
    case Function::kMax:
      return best_;
    case Function::kSum:
      return float_ ? Value::Float(float_sum_) : Value::Int(int_sum_);
    case Function::kAvg:
      break;
  }
  if (count_ == 0) return Value();
  return Value::Float(float_sum_ / static_cast<double>(count_));
}

}  // namespace kg::cypher
