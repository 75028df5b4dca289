// The parameters kg's query benchmarks run over, picked from a store the
// same way on every run: a sample of names spread over the id range, the
// busiest office and the most reported person (the worst cases of the
// holders, career and 2-hop questions).
#ifndef KG_BENCH_GRAPH_SAMPLE_H_
#define KG_BENCH_GRAPH_SAMPLE_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "graph/store.h"

namespace kg::bench {

// Every n-th name of a scan of `kind`, at most `sample` of them, so the
// sample spans early and late nodes, busy and quiet ones.
absl::StatusOr<std::vector<std::string>> SampleNames(const Store& store, NodeKind kind,
                                                     size_t sample);

// The office with the most edges coming in, and that number.
absl::StatusOr<std::pair<std::string, uint64_t>> BusiestOffice(const Store& store);

// The person with the most observations on their outgoing edges, and that number.
absl::StatusOr<std::pair<std::string, uint64_t>> MostReportedPerson(const Store& store);

}  // namespace kg::bench

#endif  // KG_BENCH_GRAPH_SAMPLE_H_
