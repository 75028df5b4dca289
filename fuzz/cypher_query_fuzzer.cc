// A query from any text through the whole engine: parse, plan, and run
// against a small real store (the executor tests' graph) with tight budgets,
// so that a query that explodes is stopped by its budget rather than by
// libFuzzer's timeout. $a, $b and $c are bound, so that parameterized plans
// are reached too.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "query/cypher/query.h"
#include "tests/query/cypher/test_graph.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  kg::testing::TempStore& graph = kg::testing::SharedTestGraph();
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  kg::cypher::Parameters parameters;
  parameters["a"] = kg::cypher::Value::Int(1);
  parameters["b"] = kg::cypher::Value::String("Minister of Energy");
  parameters["c"] = kg::cypher::Value::FromList({kg::cypher::Value::Int(2)});
  kg::cypher::ExecutionOptions options;
  options.max_hops = 4;
  options.budget.max_rows_visited = 20000;
  options.budget.max_memory_bytes = 16 << 20;
  options.budget.max_seconds = 2;
  absl::StatusOr<kg::cypher::PreparedQuery> query =
      kg::cypher::PreparedQuery::Prepare(text, parameters, options);
  if (!query.ok()) return 0;
  size_t rows = 0;
  (void)query->Stream(graph.store(), [&](const kg::cypher::Row& row) {
    for (const kg::cypher::Value& value : row) (void)kg::cypher::DebugString(value);
    return ++rows < 1000;
  });
  return 0;
}
