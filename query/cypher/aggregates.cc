#include "query/cypher/aggregates.h"

#include "fmt/format.h"

namespace kg::cypher {

absl::Status Aggregate::Add(const Value& value) {
  if (value.is_null()) return absl::OkStatus();
  if (call_->distinct && !seen_.insert(value).second) return absl::OkStatus();
  const std::string& name = call_->name;
  ++count_;
  if (name == "collect") {
    list_.push_back(value);
  } else if (name == "min" || name == "max") {
    const int c = best_.is_null() ? 0 : OrderCompare(value, best_);
    if (best_.is_null() || (name == "min" ? c < 0 : c > 0)) best_ = value;
  } else if (name == "sum" || name == "avg") {
    if (!value.is_number()) {
      return absl::InvalidArgumentError(PositionedMessage(
          call_->position, fmt::format("{}() needs numbers, got {}", name, DebugString(value))));
    }
    if (value.kind() == Value::Kind::kFloat) float_ = true;
    float_sum_ += value.AsNumber();
    if (!float_ && __builtin_add_overflow(int_sum_, value.AsInt(), &int_sum_)) float_ = true;
  }
  return absl::OkStatus();
}

Value Aggregate::Finish() const {
  if (call_->kind == ExprKind::kCountStar) return Value::Int(count_);
  const std::string& name = call_->name;
  if (name == "count") return Value::Int(count_);
  if (name == "collect") return Value::FromList(list_);
  if (name == "min" || name == "max") return best_;
  if (name == "sum") return float_ ? Value::Float(float_sum_) : Value::Int(int_sum_);
  // avg
  if (count_ == 0) return Value();
  return Value::Float(float_sum_ / static_cast<double>(count_));
}

}  // namespace kg::cypher
