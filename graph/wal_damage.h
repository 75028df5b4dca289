// Reading RocksDB's write-ahead log files ourselves, to say what a damaged
// one lost. Internal to graph/ (StoreDb::Open uses it).
//
// RocksDB's point-in-time recovery replays a log up to its first bad record
// and silently drops the rest. kg writes each article as one WriteBatch, which
// is one log record, so counting the intact records after the damage counts
// the articles that recovery will drop. The log format (RocksDB's
// db/log_format.h, stable since 2011): 32 KiB blocks of records, each with a
// 7-byte header (masked CRC32C, length, type; 11 bytes for the recyclable
// types, which add the log number); a record too long for its block is split
// into FIRST, MIDDLE and LAST fragments.
#ifndef KG_GRAPH_WAL_DAMAGE_H_
#define KG_GRAPH_WAL_DAMAGE_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"

namespace kg {

struct WalScan {
  bool damaged = false;         // a bad record before the end of the log
  uint64_t damage_offset = 0;   // where, in bytes
  uint64_t lost_batches = 0;    // the damaged batch and the intact ones after it
  uint64_t intact_batches = 0;  // batches before the damage
};

// Scans one log file's bytes. A record cut short at the very end (a write
// interrupted by a crash) is not damage: RocksDB drops it, and it was never
// acknowledged.
WalScan ScanWal(std::string_view bytes);

// The CRC32C (Castagnoli) of `data`, as RocksDB computes it, before masking.
uint32_t Crc32c(std::string_view data, uint32_t crc = 0);

// For the store at `path`: "" when no log is damaged, else a sentence for the
// user naming the file and how many articles are lost. Logs after a damaged
// one are lost whole (recovery stops at the first damage).
absl::StatusOr<std::string> DescribeWalLoss(const std::string& path);

}  // namespace kg

#endif  // KG_GRAPH_WAL_DAMAGE_H_
