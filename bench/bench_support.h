// What the plain timing programs of bench/ share: process counters, the
// store's on-disk size in its three states, percentiles, and the result
// lines run.sh turns into a table.
#ifndef KG_BENCH_BENCH_SUPPORT_H_
#define KG_BENCH_BENCH_SUPPORT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

namespace kg::bench {

// The process's resident set high-water mark (VmHWM in /proc/self/status),
// in bytes; 0 when it cannot be read.
uint64_t PeakResidentBytes();
// The process's current resident set (VmRSS), in bytes; 0 when unknown.
uint64_t CurrentResidentBytes();
// Resets the high-water mark to the current RSS (writes "5" to
// /proc/self/clear_refs, Linux 4.0+), so a later PeakResidentBytes() is the
// peak since this call. Does nothing where that is not allowed.
void ResetPeakResident();
// User + system CPU time of the process so far, in seconds.
double CpuSeconds();

// The size of every file under `dir` (SST, WAL, MANIFEST, logs...): what the
// user sees with `du`, beside the store's own bytes_on_disk (SST + WAL).
uint64_t DirectoryBytes(const std::string& dir);

// Fully compacts every column family of the RocksDB database at `path`,
// opened with the options the store wrote in its OPTIONS file (so the `out`
// and `in` families keep their prefix extractor and bloom filters). kg's
// Store API has no compaction call; this is the benchmark reaching under it
// to measure the steady-state size. The store must not be open.
absl::Status CompactDatabase(const std::string& path);

// The SST bytes of each column family of the RocksDB database at `path`
// (opened read-only), in the database's family order: where the store's
// bytes go.
absl::StatusOr<std::vector<std::pair<std::string, uint64_t>>> FamilySizes(const std::string& path);

// Percentile (0..100) of `values` by the nearest-rank method; sorts `values`.
double Percentile(std::vector<double>& values, double percentile);

// One result line on stdout: "RESULT<TAB>group<TAB>metric<TAB>value<TAB>unit".
// run.sh collects these lines into its table; everything else a program
// prints goes to stderr.
void PrintResult(std::string_view group, std::string_view metric, double value,
                 std::string_view unit);
void PrintResult(std::string_view group, std::string_view metric, std::string_view value);

}  // namespace kg::bench

#endif  // KG_BENCH_BENCH_SUPPORT_H_
