// Name resolution and folding from any text, against a small real store (the
// executor tests' graph): an answer or NotFound / FailedPrecondition /
// InvalidArgument, never a crash; folding is idempotent (name_folding.h).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

#include "graph/name_folding.h"
#include "query/names/name_resolution.h"
#include "tests/query/cypher/test_graph.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  kg::testing::TempStore& graph = kg::testing::SharedTestGraph();
  if (size == 0) return 0;
  // The first byte picks the kind (or none), the rest is the name.
  const std::string_view name(reinterpret_cast<const char*>(data) + 1, size - 1);
  const std::string folded = kg::FoldName(name);
  if (kg::FoldName(folded) != folded) std::abort();
  std::optional<kg::NodeKind> kind;
  const int pick = data[0] % 8;  // 0: any kind, else NodeKind's value
  if (pick > 0) kind = static_cast<kg::NodeKind>(pick);
  absl::StatusOr<kg::NodeRecord> node = kg::ResolveName(graph.store(), name, kind);
  if (node.ok() && kind.has_value() && node->kind != *kind) std::abort();
  if (!node.ok()) {
    const absl::StatusCode code = node.status().code();
    if (code != absl::StatusCode::kNotFound && code != absl::StatusCode::kFailedPrecondition &&
        code != absl::StatusCode::kInvalidArgument) {
      std::abort();
    }
  }
  return 0;
}
