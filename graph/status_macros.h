// Return-if-error and assign-or-return for absl::Status, which Debian 12's
// Abseil does not ship.
//
//   KG_RETURN_IF_ERROR(store->Put(key, value));
//   KG_ASSIGN_OR_RETURN(auto node, store->GetNode(id));
#ifndef KG_GRAPH_STATUS_MACROS_H_
#define KG_GRAPH_STATUS_MACROS_H_

#include <utility>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

#define KG_RETURN_IF_ERROR(expr)             \
  do {                                       \
    ::absl::Status kg_status_ = (expr);      \
    if (!kg_status_.ok()) return kg_status_; \
  } while (0)

#define KG_STATUS_CONCAT_INNER_(a, b) a##b
#define KG_STATUS_CONCAT_(a, b) KG_STATUS_CONCAT_INNER_(a, b)

#define KG_ASSIGN_OR_RETURN(lhs, expr) \
  KG_ASSIGN_OR_RETURN_IMPL_(KG_STATUS_CONCAT_(kg_statusor_, __LINE__), lhs, expr)

#define KG_ASSIGN_OR_RETURN_IMPL_(statusor, lhs, expr) \
  auto statusor = (expr);                              \
  if (!statusor.ok()) return statusor.status();        \
  lhs = std::move(statusor).value()

#endif  // KG_GRAPH_STATUS_MACROS_H_
