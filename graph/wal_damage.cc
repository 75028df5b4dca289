#include "graph/wal_damage.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <vector>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"

namespace kg {
namespace {

constexpr size_t kBlockSize = 32768;
constexpr size_t kHeaderSize = 7;
constexpr size_t kRecyclableHeaderSize = 11;

enum RecordType : uint8_t {
  kZeroType = 0,  // preallocated, never written
  kFullType = 1,
  kFirstType = 2,
  kMiddleType = 3,
  kLastType = 4,
  kRecyclableFullType = 5,
  kRecyclableFirstType = 6,
  kRecyclableMiddleType = 7,
  kRecyclableLastType = 8,
  kSetCompressionType = 9,
};

std::array<uint32_t, 256> MakeCrcTable() {
  std::array<uint32_t, 256> table{};
  for (uint32_t i = 0; i < 256; ++i) {
    uint32_t crc = i;
    for (int bit = 0; bit < 8; ++bit) crc = (crc >> 1) ^ ((crc & 1) ? 0x82F63B78u : 0);
    table[i] = crc;
  }
  return table;
}

uint32_t Unmask(uint32_t masked) {
  const uint32_t rotated = masked - 0xa282ead8u;
  return (rotated >> 17) | (rotated << 15);
}

uint32_t LittleEndian32(const unsigned char* p) {
  return p[0] | (p[1] << 8) | (p[2] << 16) | (static_cast<uint32_t>(p[3]) << 24);
}

bool StartsBatch(uint8_t type) {
  return type == kFullType || type == kFirstType || type == kRecyclableFullType ||
         type == kRecyclableFirstType;
}

}  // namespace

uint32_t Crc32c(std::string_view data, uint32_t crc) {
  static const std::array<uint32_t, 256> table = MakeCrcTable();
  crc = ~crc;
  for (unsigned char c : data) crc = table[(crc ^ c) & 0xff] ^ (crc >> 8);
  return ~crc;
}

// The record at `pos` if its header is sane, it fits in its block and its
// checksum matches: its type and total size; nullopt otherwise.
struct RecordAt {
  uint8_t type;
  size_t size;
};
std::optional<RecordAt> ValidRecord(std::string_view bytes, size_t pos, size_t block_end) {
  const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
  if (block_end - pos < kHeaderSize) return std::nullopt;
  const uint32_t length = data[pos + 4] | (data[pos + 5] << 8);
  const uint8_t type = data[pos + 6];
  if (type == kZeroType || type > kSetCompressionType) return std::nullopt;
  const size_t header = type >= kRecyclableFullType && type <= kRecyclableLastType
                            ? kRecyclableHeaderSize
                            : kHeaderSize;
  if (pos + header + length > block_end) return std::nullopt;
  // The checksum covers the type byte, the log number if any, and the payload.
  const std::string_view covered(bytes.data() + pos + 6, header - 6 + length);
  if (Crc32c(covered) != Unmask(LittleEndian32(data + pos))) return std::nullopt;
  return RecordAt{type, header + length};
}

WalScan ScanWal(std::string_view bytes) {
  WalScan scan;
  const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
  size_t pos = 0;
  while (pos < bytes.size()) {
    const size_t block_end = std::min(bytes.size(), (pos / kBlockSize + 1) * kBlockSize);
    if (block_end - pos < kHeaderSize) {  // the block's zero trailer
      pos = block_end;
      continue;
    }
    const uint32_t length = data[pos + 4] | (data[pos + 5] << 8);
    const uint8_t type = data[pos + 6];
    if (!scan.damaged) {
      if (type == kZeroType && length == 0) break;  // preallocated, never written
      // A record running past the end of the file is a write cut short.
      if (block_end == bytes.size() && pos + kHeaderSize + length > bytes.size()) break;
    }
    if (const std::optional<RecordAt> record = ValidRecord(bytes, pos, block_end)) {
      if (StartsBatch(record->type)) ++(scan.damaged ? scan.lost_batches : scan.intact_batches);
      pos += record->size;
      continue;
    }
    if (!scan.damaged) {
      scan.damaged = true;
      scan.damage_offset = pos;
      ++scan.lost_batches;  // the batch the damaged record belonged to
    }
    // A damaged length cannot be trusted: look for the next record whose
    // checksum holds, byte by byte, in this block.
    size_t next = pos + 1;
    while (next < block_end && !ValidRecord(bytes, next, block_end)) ++next;
    pos = next;
  }
  return scan;
}

absl::StatusOr<std::string> DescribeWalLoss(const std::string& path) {
  namespace fs = std::filesystem;
  std::vector<std::pair<uint64_t, fs::path>> logs;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(path, error)) {
    const fs::path& file = entry.path();
    uint64_t number = 0;
    if (file.extension() == ".log" && absl::SimpleAtoi(file.stem().string(), &number)) {
      logs.emplace_back(number, file);
    }
  }
  if (error) return absl::UnavailableError(absl::StrCat("listing ", path, ": ", error.message()));
  std::sort(logs.begin(), logs.end());
  std::string damaged_file;
  uint64_t offset = 0;
  uint64_t lost = 0;
  for (const auto& [number, file] : logs) {
    std::ifstream in(file, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const WalScan scan = ScanWal(bytes);
    if (!damaged_file.empty()) {
      lost += scan.intact_batches + scan.lost_batches;
    } else if (scan.damaged) {
      damaged_file = file.filename().string();
      offset = scan.damage_offset;
      lost = scan.lost_batches;
    }
  }
  if (damaged_file.empty()) return std::string();
  return absl::StrCat("the store's write-ahead log ", damaged_file, " is damaged at byte ", offset,
                      ": ", lost, lost == 1 ? " article" : " articles",
                      " written after the damage could not be recovered (ingest them again)");
}

}  // namespace kg
