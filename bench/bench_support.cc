#include "bench/bench_support.h"

#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include "rocksdb/db.h"
#include "rocksdb/utilities/options_util.h"

namespace kg::bench {

namespace {

// A "Name:   123456 kB" line of /proc/self/status, in bytes.
uint64_t StatusBytes(std::string_view name) {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.size() > name.size() && line.compare(0, name.size(), name) == 0 &&
        line[name.size()] == ':') {
      return std::stoull(line.substr(name.size() + 1)) * 1024;
    }
  }
  return 0;
}

}  // namespace

uint64_t PeakResidentBytes() { return StatusBytes("VmHWM"); }
uint64_t CurrentResidentBytes() { return StatusBytes("VmRSS"); }

void ResetPeakResident() {
  std::ofstream clear_refs("/proc/self/clear_refs");
  clear_refs << "5";
}

double CpuSeconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  auto seconds = [](const timeval& t) { return t.tv_sec + t.tv_usec / 1e6; };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

uint64_t DirectoryBytes(const std::string& dir) {
  namespace fs = std::filesystem;
  uint64_t total = 0;
  std::error_code error;
  for (const auto& entry : fs::recursive_directory_iterator(dir, error)) {
    std::error_code size_error;
    if (entry.is_regular_file(size_error)) {
      const uintmax_t size = entry.file_size(size_error);
      if (!size_error) total += size;
    }
  }
  return total;
}

absl::Status CompactDatabase(const std::string& path) {
  rocksdb::ConfigOptions config;
  rocksdb::DBOptions db_options;
  std::vector<rocksdb::ColumnFamilyDescriptor> families;
  rocksdb::Status status = rocksdb::LoadLatestOptions(config, path, &db_options, &families);
  if (!status.ok()) return absl::InternalError("loading options: " + status.ToString());
  rocksdb::DB* raw = nullptr;
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  status = rocksdb::DB::Open(db_options, path, families, &handles, &raw);
  if (!status.ok()) return absl::InternalError("opening " + path + ": " + status.ToString());
  std::unique_ptr<rocksdb::DB> db(raw);
  rocksdb::CompactRangeOptions compact;
  compact.bottommost_level_compaction = rocksdb::BottommostLevelCompaction::kForce;
  for (rocksdb::ColumnFamilyHandle* handle : handles) {
    if (status.ok()) status = db->CompactRange(compact, handle, nullptr, nullptr);
  }
  for (rocksdb::ColumnFamilyHandle* handle : handles) db->DestroyColumnFamilyHandle(handle);
  if (status.ok()) status = db->Close();
  if (!status.ok()) return absl::InternalError("compacting " + path + ": " + status.ToString());
  return absl::OkStatus();
}

absl::StatusOr<std::vector<std::pair<std::string, uint64_t>>> FamilySizes(const std::string& path) {
  rocksdb::ConfigOptions config;
  rocksdb::DBOptions db_options;
  std::vector<rocksdb::ColumnFamilyDescriptor> families;
  rocksdb::Status status = rocksdb::LoadLatestOptions(config, path, &db_options, &families);
  if (!status.ok()) return absl::InternalError("loading options: " + status.ToString());
  rocksdb::DB* raw = nullptr;
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  status = rocksdb::DB::OpenForReadOnly(db_options, path, families, &handles, &raw);
  if (!status.ok()) return absl::InternalError("opening " + path + ": " + status.ToString());
  std::unique_ptr<rocksdb::DB> db(raw);
  std::vector<std::pair<std::string, uint64_t>> sizes;
  for (rocksdb::ColumnFamilyHandle* handle : handles) {
    uint64_t bytes = 0;
    db->GetIntProperty(handle, rocksdb::DB::Properties::kTotalSstFilesSize, &bytes);
    sizes.emplace_back(handle->GetName(), bytes);
    db->DestroyColumnFamilyHandle(handle);
  }
  return sizes;
}

double Percentile(std::vector<double>& values, double percentile) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  const double rank = std::ceil(percentile / 100.0 * static_cast<double>(values.size()));
  const size_t index = rank < 1 ? 0 : static_cast<size_t>(rank) - 1;
  return values[std::min(index, values.size() - 1)];
}

void PrintResult(std::string_view group, std::string_view metric, double value,
                 std::string_view unit) {
  std::printf("RESULT\t%.*s\t%.*s\t%.6g\t%.*s\n", static_cast<int>(group.size()), group.data(),
              static_cast<int>(metric.size()), metric.data(), value, static_cast<int>(unit.size()),
              unit.data());
  std::fflush(stdout);
}

void PrintResult(std::string_view group, std::string_view metric, std::string_view value) {
  std::printf("RESULT\t%.*s\t%.*s\t%.*s\t\n", static_cast<int>(group.size()), group.data(),
              static_cast<int>(metric.size()), metric.data(), static_cast<int>(value.size()),
              value.data());
  std::fflush(stdout);
}

}  // namespace kg::bench
