#include "graph/store_db.h"

#include <fcntl.h>
#include <rocksdb/cache.h>
#include <rocksdb/db.h>
#include <rocksdb/filter_policy.h>
#include <rocksdb/iterator.h>
#include <rocksdb/options.h>
#include <rocksdb/slice_transform.h>
#include <rocksdb/table.h>
#include <rocksdb/write_batch.h>
#include <rocksdb/write_buffer_manager.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "graph/adjacency_block.h"
#include "graph/records.h"
#include "graph/status_macros.h"
#include "graph/store_counts.h"
#include "graph/wal_damage.h"

namespace kg {
namespace {

// In the order of StoreDb's accessors.
constexpr std::string_view kFamilyNames[] = {"nodes",        "names",    "out", "in",
                                             "observations", "articles", "meta"};
// Families made by later schema versions, which an older store gets when
// opened for writing: the adjacency blocks (version 2) and the facts derived
// from the edges into a node (version 3).
constexpr std::string_view kAdjacencyFamily = "adjacency";
constexpr std::string_view kDerivedFamily = "derived";
// The oldest schema version this build opens (and upgrades when writable).
constexpr int kOldestSchemaVersion = 1;

rocksdb::Slice ToSlice(std::string_view s) { return rocksdb::Slice(s.data(), s.size()); }
std::string_view ToView(const rocksdb::Slice& s) { return std::string_view(s.data(), s.size()); }

// One block cache for every family of a process's stores: walks read the
// `out` records of many edges at random, and RocksDB's default 8 MB per
// table factory is soon too small (measured in bench/: one random read per
// incoming edge was half of a holders query at 100k articles).
// A writer (kg ingest) gets less: its memory must stay flat however large
// the store grows (issue 10: peak RSS <= 300 MB at 1M articles), and its
// reads (names, one node's edges) are few per article.
constexpr size_t kBlockCacheBytes = size_t{256} << 20;
// Every family's memtables together, for the same reason: without a total,
// each of the seven families may hold two 64 MB memtables.
constexpr size_t kWriteBufferBytes = size_t{64} << 20;
// A writer's memtables are charged to its block cache, so that the two
// together stay within this (issue 10): charged apart, the memtables being
// flushed came on top of a full cache and of the 64 MB being filled.
constexpr size_t kWriterBlockCacheBytes = size_t{96} << 20;
constexpr size_t kWriterMemoryBytes = kWriterBlockCacheBytes + kWriteBufferBytes;
// A reader's table cache, in files: finite, so that RocksDB opens a table
// file when a read first needs it (and at most 16 when the database opens)
// instead of every file of every family at open, the floor of every
// command (issue 10: 84 files were most of 28 ms at 100k articles).
constexpr int kReaderMaxOpenFiles = 4096;
// A family's table files outside its deepest level (and, when that is level
// 0, past its first): a writer that closes with this many compacts the
// family into one level, so that the next open has few files to read.
constexpr size_t kMaxStrayTables = 3;

std::shared_ptr<rocksdb::Cache> SharedBlockCache(bool read_only) {
  static const std::shared_ptr<rocksdb::Cache> reader = rocksdb::NewLRUCache(kBlockCacheBytes);
  static const std::shared_ptr<rocksdb::Cache> writer = rocksdb::NewLRUCache(kWriterMemoryBytes);
  return read_only ? reader : writer;
}

rocksdb::ColumnFamilyOptions FamilyOptions(std::string_view name, bool read_only) {
  rocksdb::ColumnFamilyOptions options;
  rocksdb::BlockBasedTableOptions table;
  table.block_cache = SharedBlockCache(read_only);
  // Index and filter blocks live in the cache: a writer's count against its
  // bound instead of growing with the store, and a reader reads a file's
  // when a read first needs them instead of when the file opens (level 0's
  // excepted, pinned). Kept in the table readers instead, every file opened
  // with the database was read whole at each command's start: 6.5 ms of
  // task clock for `kg query 'RETURN 1'` on a compacted 61k-article store,
  // 4.6 ms with them cached. The price is a cache lookup per seek: walks
  // 6-9% slower in one A/B run of kg_query_bench, no slower in another (a
  // shared 2-core machine; issue 10).
  table.cache_index_and_filter_blocks = true;
  table.pin_l0_filter_and_index_blocks_in_cache = true;
  if (name == kAdjacencyFamily) {
    // A node's block is looked up by its id: a whole-key bloom filter.
    table.filter_policy.reset(rocksdb::NewBloomFilterPolicy(10));
  } else if (name == "out" || name == "in") {
    // Every walk starts at one node: the node id is the prefix, and a bloom
    // filter lets a lookup skip the files that hold no edge of that node.
    options.prefix_extractor.reset(rocksdb::NewFixedPrefixTransform(kEdgePrefixSize));
    table.filter_policy.reset(rocksdb::NewBloomFilterPolicy(10));
  }
  options.table_factory.reset(rocksdb::NewBlockBasedTableFactory(table));
  // A memtable grows by blocks of this size (RocksDB's default is an eighth
  // of the 64 MB write buffer): with 8 MB blocks, each of the nine families'
  // memtables took 8 MB of the writer's memory however little it held.
  options.arena_block_size = size_t{1} << 20;
  return options;
}

// Removes the ".NAME.creating-PID-..." siblings whose process is gone: what a
// kill during creation left.
void RemoveAbandonedCreations(const std::filesystem::path& parent, const std::string& prefix) {
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(parent, error)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind(prefix, 0) != 0) continue;
    const std::string rest = name.substr(prefix.size());
    int pid = 0;
    if (!absl::SimpleAtoi(rest.substr(0, rest.find('-')), &pid) || pid <= 0) continue;
    if (::kill(pid, 0) != 0 && errno == ESRCH) std::filesystem::remove_all(entry.path(), error);
  }
}

// The MANIFEST file CURRENT names, for messages.
std::string ManifestName(const std::string& path) {
  std::ifstream current(std::filesystem::path(path) / "CURRENT");
  std::string name;
  std::getline(current, name);
  return name.empty() ? std::string("its MANIFEST") : name;
}

}  // namespace

absl::Status FromRocksStatus(const rocksdb::Status& status, std::string_view context) {
  if (status.ok()) return absl::OkStatus();
  const std::string message = absl::StrCat(std::string(context), ": ", status.ToString());
  switch (status.code()) {
    case rocksdb::Status::kNotFound:
      return absl::NotFoundError(message);
    case rocksdb::Status::kCorruption:
      return absl::DataLossError(message);
    case rocksdb::Status::kInvalidArgument:
      return absl::InvalidArgumentError(message);
    case rocksdb::Status::kNotSupported:
      return absl::UnimplementedError(message);
    case rocksdb::Status::kAborted:
      return absl::AbortedError(message);
    // A lock held by another process is an IOError: retrying later may work.
    case rocksdb::Status::kIOError:
    case rocksdb::Status::kBusy:
    case rocksdb::Status::kTimedOut:
    case rocksdb::Status::kTryAgain:
      return absl::UnavailableError(message);
    default:
      return absl::InternalError(message);
  }
}

absl::StatusOr<std::unique_ptr<StoreDb>> StoreDb::Open(const std::string& path,
                                                       bool create_if_missing, bool read_only) {
  namespace fs = std::filesystem;
  std::error_code error;
  const fs::file_status status = fs::status(path, error);
  const bool exists = fs::exists(status);
  if (exists && !fs::is_directory(status)) {
    return absl::FailedPreconditionError(path + " is not a kg store: it is not a directory");
  }
  if (!exists || !fs::exists(fs::path(path) / "CURRENT", error)) {
    if (read_only || !create_if_missing) return absl::NotFoundError("no kg store at " + path);
    // Creating a database inside someone's documents would scatter files there.
    if (exists && !fs::is_empty(path, error)) {
      return absl::FailedPreconditionError(
          path + " is not a kg store: it is a non-empty directory without a RocksDB database");
    }
    KG_RETURN_IF_ERROR(CreateStoreDirectory(path));
  }
  return OpenExisting(path, read_only);
}

absl::StatusOr<std::unique_ptr<StoreDb>> StoreDb::OpenRocks(
    const std::string& path, const std::vector<std::string>& present_families, bool create,
    bool read_only, rocksdb::WALRecoveryMode recovery) {
  // RocksDB requires every existing family to be opened for writing, and the
  // default one always exists; kg's own come first.
  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
  for (std::string_view name : kFamilyNames) {
    descriptors.emplace_back(std::string(name), FamilyOptions(name, read_only));
  }
  // The later families: opened when present, made when writing (a new store,
  // or an older one that Store::Open then upgrades).
  auto present = [&](std::string_view name) {
    return std::find(present_families.begin(), present_families.end(), name) !=
           present_families.end();
  };
  const bool with_adjacency = present(kAdjacencyFamily) || !read_only;
  const bool with_derived = present(kDerivedFamily) || !read_only;
  const bool missing_later_family = (with_adjacency && !present(kAdjacencyFamily)) ||
                                    (with_derived && !present(kDerivedFamily));
  for (auto [name, wanted] : {std::pair{kAdjacencyFamily, with_adjacency},
                              std::pair{kDerivedFamily, with_derived}}) {
    if (wanted) descriptors.emplace_back(std::string(name), FamilyOptions(name, read_only));
  }
  descriptors.emplace_back(rocksdb::kDefaultColumnFamilyName, rocksdb::ColumnFamilyOptions());
  for (const std::string& name : present_families) {
    const bool listed = std::any_of(descriptors.begin(), descriptors.end(),
                                    [&](const auto& d) { return d.name == name; });
    if (!listed) descriptors.emplace_back(name, rocksdb::ColumnFamilyOptions());
  }

  rocksdb::DBOptions options;
  options.create_if_missing = create;
  options.create_missing_column_families = create || missing_later_family;
  options.keep_log_file_num = 4;
  if (read_only) {
    options.db_write_buffer_size = kWriteBufferBytes;
  } else {
    options.write_buffer_manager =
        std::make_shared<rocksdb::WriteBufferManager>(kWriteBufferBytes, SharedBlockCache(false));
  }
  // Opening is on the path of every command: RocksDB's default opens the
  // table files of each family on 16 threads (over a hundred thread starts
  // for `kg query 'RETURN 1'`) and reads table properties for statistics
  // kg does not use.
  options.max_file_opening_threads = 1;
  options.skip_stats_update_on_db_open = true;
  if (read_only) options.max_open_files = kReaderMaxOpenFiles;
  options.wal_recovery_mode = recovery;
  rocksdb::DB* db = nullptr;
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  const rocksdb::Status opened =
      read_only ? rocksdb::DB::OpenForReadOnly(options, path, descriptors, &handles, &db)
                : rocksdb::DB::Open(options, path, descriptors, &handles, &db);
  if (opened.IsIOError() && opened.ToString().find("lock file") != std::string::npos) {
    return absl::UnavailableError(absl::StrCat(
        "the store at ", path,
        " is in use by another kg process (one writer at a time): try again when it has finished"));
  }
  if (opened.IsCorruption()) {
    return absl::DataLossError(
        absl::StrCat("the store at ", path, " is damaged: ", opened.ToString()));
  }
  if (!opened.ok()) return FromRocksStatus(opened, "opening " + path);
  auto store = std::unique_ptr<StoreDb>(new StoreDb(path, read_only, db, std::move(handles)));
  size_t next = std::size(kFamilyNames);
  if (with_adjacency) store->adjacency_ = store->handles_[next++];
  if (with_derived) store->derived_ = store->handles_[next++];
  return store;
}

absl::StatusOr<std::unique_ptr<StoreDb>> StoreDb::OpenExisting(const std::string& path,
                                                               bool read_only) {
  std::vector<std::string> present_families;
  rocksdb::Status listed =
      rocksdb::DB::ListColumnFamilies(rocksdb::DBOptions(), path, &present_families);
  if (listed.IsCorruption()) {
    return absl::DataLossError(
        absl::StrCat("the store at ", path, " is damaged: ", listed.ToString()));
  }
  if (!listed.ok()) return FromRocksStatus(listed, "opening " + path);
  // Checked before opening, so that another program's database is not
  // given kg's column families.
  const auto has = [&](std::string_view name) {
    return std::find(present_families.begin(), present_families.end(), name) !=
           present_families.end();
  };
  const bool any_of_ours = std::any_of(std::begin(kFamilyNames), std::end(kFamilyNames), has);
  for (std::string_view name : kFamilyNames) {
    if (has(name)) continue;
    // Some of kg's families and not all: kg made it and it lost the rest,
    // which only a damaged MANIFEST does (stores are created whole).
    if (any_of_ours) {
      return absl::DataLossError(absl::StrCat("the store at ", path,
                                              " is damaged: ", ManifestName(path), " lists no '",
                                              std::string(name), "' column family"));
    }
    return absl::FailedPreconditionError(absl::StrCat(path, " is not a kg store: it has no '",
                                                      std::string(name), "' column family"));
  }
  // Each article is one WAL record: a record damaged in the middle of the log
  // would make point-in-time recovery drop it and every later one without a
  // word, so the strict mode is tried first and the loss counted if it fails.
  absl::StatusOr<std::unique_ptr<StoreDb>> store =
      OpenRocks(path, present_families, /*create=*/false, read_only,
                rocksdb::WALRecoveryMode::kTolerateCorruptedTailRecords);
  std::string recovery_note;
  if (store.status().code() == absl::StatusCode::kDataLoss) {
    // Whatever the strict mode objected to, point-in-time recovery (RocksDB's
    // default, kg's mode before) still opens the store; the note says what it
    // drops when the logs show it.
    absl::StatusOr<std::string> lost = DescribeWalLoss(path);
    if (lost.ok()) recovery_note = *std::move(lost);
    store = OpenRocks(path, present_families, /*create=*/false, read_only,
                      rocksdb::WALRecoveryMode::kPointInTimeRecovery);
  }
  if (!store.ok()) return store.status();
  (*store)->recovery_note_ = std::move(recovery_note);
  KG_RETURN_IF_ERROR((*store)->CheckOrInitializeMeta(/*created=*/false));
  return store;
}

absl::Status StoreDb::CreateStoreDirectory(const std::string& path) {
  namespace fs = std::filesystem;
  fs::path target = fs::path(path).lexically_normal();
  if (!target.has_filename()) target = target.parent_path();  // "kg.db/"
  const fs::path parent = target.has_parent_path() ? target.parent_path() : fs::path(".");
  const std::string prefix = absl::StrCat(".", target.filename().string(), ".creating-");
  RemoveAbandonedCreations(parent, prefix);

  // Built whole beside the target and renamed into place: a kill at any point
  // leaves either no store or a complete one, never a directory that RocksDB
  // opens but kg refuses (CURRENT written, the families not yet).
  std::string temporary = (parent / absl::StrCat(prefix, getpid(), "-XXXXXX")).string();
  if (mkdtemp(temporary.data()) == nullptr) {
    const int failure = errno;
    std::error_code error;
    // An empty directory made for the store where kg may not write beside
    // it (a mount point): created in place, as before atomic creation.
    if (failure == EACCES && fs::is_directory(target, error)) {
      KG_ASSIGN_OR_RETURN(std::unique_ptr<StoreDb> fresh,
                          OpenRocks(path, {}, /*create=*/true, /*read_only=*/false,
                                    rocksdb::WALRecoveryMode::kPointInTimeRecovery));
      return fresh->CheckOrInitializeMeta(/*created=*/true);
    }
    return absl::FailedPreconditionError(
        absl::StrCat("cannot create the store at ", path, ": ", std::strerror(failure)));
  }
  // mkdtemp makes it 0700; a store gets the mode any new directory would.
  const mode_t mask = ::umask(0);
  ::umask(mask);
  ::chmod(temporary.c_str(), 0777 & ~mask);
  absl::Status made = [&]() -> absl::Status {
    KG_ASSIGN_OR_RETURN(std::unique_ptr<StoreDb> fresh,
                        OpenRocks(temporary, {}, /*create=*/true, /*read_only=*/false,
                                  rocksdb::WALRecoveryMode::kPointInTimeRecovery));
    return fresh->CheckOrInitializeMeta(/*created=*/true);  // closed (and flushed) here
  }();
  std::error_code error;
  if (!made.ok()) {
    fs::remove_all(temporary, error);
    return made;
  }
  if (std::rename(temporary.c_str(), target.c_str()) != 0) {
    const int failure = errno;
    fs::remove_all(temporary, error);
    // Another kg created the store first: open theirs.
    if (failure == ENOTEMPTY || failure == EEXIST) return absl::OkStatus();
    return absl::FailedPreconditionError(
        absl::StrCat("cannot create the store at ", path, ": ", std::strerror(failure)));
  }
  // The rename itself on disk, so that a power cut after "created" keeps it.
  if (const int dir = ::open(parent.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dir >= 0) {
    ::fsync(dir);
    ::close(dir);
  }
  return absl::OkStatus();
}

StoreDb::StoreDb(std::string path, bool read_only, rocksdb::DB* db,
                 std::vector<rocksdb::ColumnFamilyHandle*> handles)
    : path_(std::move(path)), read_only_(read_only), db_(db), handles_(std::move(handles)) {
  families_.assign(handles_.begin(), handles_.begin() + std::size(kFamilyNames));
}

StoreDb::~StoreDb() {
  // Flushed on close, so that the next open (a read-only query, usually)
  // does not replay the whole write-ahead log: 3.4 s at 100k articles; and
  // the families left in many table files compacted, so that it has few
  // to open.
  if (!read_only_) {
    rocksdb::FlushOptions flush;
    std::vector<rocksdb::ColumnFamilyHandle*> families = families_;
    for (rocksdb::ColumnFamilyHandle* later : {adjacency_, derived_}) {
      if (later != nullptr) families.push_back(later);
    }
    db_->Flush(flush, families).PermitUncheckedError();
    CompactStrayTables(families).IgnoreError();
  }
  for (rocksdb::ColumnFamilyHandle* handle : handles_) db_->DestroyColumnFamilyHandle(handle);
  db_->Close().PermitUncheckedError();
  delete db_;
}

size_t StoreDb::StrayTables(rocksdb::ColumnFamilyHandle* family) const {
  rocksdb::ColumnFamilyMetaData meta;
  db_->GetColumnFamilyMetaData(family, &meta);
  // The deepest non-empty level holds the settled files; level 0's files
  // overlap each other, so there all but one are strays.
  for (auto level = meta.levels.rbegin(); level != meta.levels.rend(); ++level) {
    if (level->files.empty()) continue;
    return meta.file_count - (level->level == 0 ? 1 : level->files.size());
  }
  return 0;
}

absl::Status StoreDb::CompactStrayTables(
    const std::vector<rocksdb::ColumnFamilyHandle*>& families) const {
  for (rocksdb::ColumnFamilyHandle* family : families) {
    if (StrayTables(family) < kMaxStrayTables) continue;
    rocksdb::CompactRangeOptions options;
    KG_RETURN_IF_ERROR(FromRocksStatus(db_->CompactRange(options, family, nullptr, nullptr),
                                       "compacting " + path_));
  }
  return absl::OkStatus();
}

absl::Status StoreDb::CheckOrInitializeMeta(bool created) {
  KG_ASSIGN_OR_RETURN(std::optional<std::string> version, Get(meta(), kMetaSchemaVersion));
  if (!version.has_value()) {
    // A store whose creation was cut short between making the column families
    // and writing `meta` holds nothing yet: finish creating it.
    bool all_empty = true;
    for (rocksdb::ColumnFamilyHandle* family : families_) {
      KG_RETURN_IF_ERROR(ScanPrefix(family, "", [&](std::string_view, std::string_view) {
        all_empty = false;
        return false;
      }));
    }
    if (!(created || all_empty) || read_only_) {
      return absl::FailedPreconditionError(
          path_ + " is not a kg store: its meta column family has no schema version");
    }
    rocksdb::WriteBatch batch;
    const std::string schema = std::to_string(Store::kSchemaVersion);
    batch.Put(meta(), ToSlice(kMetaSchemaVersion), schema);
    // Sequence 0 and edge id 0 are never used, so a zero id is always "none".
    batch.Put(meta(), ToSlice(kMetaNextNodeSeq), "1");
    batch.Put(meta(), ToSlice(kMetaNextEdgeId), "1");
    batch.Put(meta(), ToSlice(kMetaCounts), StoreCounts().Encode());
    schema_version_ = Store::kSchemaVersion;
    return FromRocksStatus(db_->Write(rocksdb::WriteOptions(), &batch), "initializing " + path_);
  }
  int number = 0;
  if (!absl::SimpleAtoi(*version, &number)) {
    return absl::DataLossError(absl::StrCat(path_, ": unreadable schema version '", *version, "'"));
  }
  if (number < kOldestSchemaVersion || number > Store::kSchemaVersion) {
    return absl::FailedPreconditionError(absl::StrCat(
        "the store at ", path_, " has schema version ", number,
        "; this build of kg reads and writes schema version ", Store::kSchemaVersion,
        " (and upgrades stores of version ", kOldestSchemaVersion, " and later)"));
  }
  schema_version_ = number;
  return absl::OkStatus();
}

absl::Status StoreDb::UpgradeSchema() {
  if (schema_version_ >= Store::kSchemaVersion) return absl::OkStatus();
  if (read_only_ || adjacency_ == nullptr || derived_ == nullptr) {
    return absl::FailedPreconditionError(absl::StrCat("the store at ", path_, " has schema version ",
                                                      schema_version_, " and is open read-only"));
  }
  if (schema_version_ == 1) KG_RETURN_IF_ERROR(BuildAdjacencyBlocks());
  // Version 2 -> 3: the `derived` family, made at open, with every node
  // marked stale, so that the next refresh derives what it can for each.
  rocksdb::WriteBatch batch;
  KG_RETURN_IF_ERROR(
      ScanPrefix(nodes(), "", [&](std::string_view key, std::string_view) -> absl::StatusOr<bool> {
        NodeId node = 0;
        if (!ParseNodeKey(key, &node)) return absl::DataLossError(path_ + ": corrupt node key");
        batch.Put(derived_, ToSlice(DerivedStaleKey(node)), rocksdb::Slice());
        if (batch.Count() >= 4096) {
          KG_RETURN_IF_ERROR(FromRocksStatus(db_->Write(rocksdb::WriteOptions(), &batch),
                                             "upgrading " + path_));
          batch.Clear();
        }
        return true;
      }));
  batch.Put(meta(), ToSlice(kMetaSchemaVersion), std::to_string(Store::kSchemaVersion));
  KG_RETURN_IF_ERROR(
      FromRocksStatus(db_->Write(rocksdb::WriteOptions(), &batch), "upgrading " + path_));
  schema_version_ = Store::kSchemaVersion;
  return absl::OkStatus();
}

absl::Status StoreDb::BuildAdjacencyBlocks() {
  // Version 1 -> 2: every node's adjacency block from its `out` and `in`
  // keys. Both families are in node order, so the blocks are built node by
  // node from the two scans side by side, and written a few thousand at a
  // time: memory stays bounded by one node's edges and one batch. The version
  // is written last; a crash before it redoes the whole build next time
  // (each block is written whole, so a redone block is the same).
  rocksdb::ReadOptions options;
  options.total_order_seek = true;
  std::unique_ptr<rocksdb::Iterator> out_it(db_->NewIterator(options, out()));
  std::unique_ptr<rocksdb::Iterator> in_it(db_->NewIterator(options, in()));
  out_it->SeekToFirst();
  in_it->SeekToFirst();
  rocksdb::WriteBatch batch;
  auto parsed = [&](rocksdb::Iterator* it, bool outgoing, EdgeKey* ref) -> absl::Status {
    const std::string_view key = ToView(it->key());
    if (!(outgoing ? ParseOutKey(key, ref) : ParseInKey(key, ref))) {
      return absl::DataLossError(absl::StrCat(path_, ": corrupt ", outgoing ? "out" : "in", " key"));
    }
    return absl::OkStatus();
  };
  while (out_it->Valid() || in_it->Valid()) {
    EdgeKey out_ref, in_ref;
    if (out_it->Valid()) KG_RETURN_IF_ERROR(parsed(out_it.get(), true, &out_ref));
    if (in_it->Valid()) KG_RETURN_IF_ERROR(parsed(in_it.get(), false, &in_ref));
    NodeId node = out_it->Valid() ? out_ref.src : in_ref.dst;
    if (in_it->Valid()) node = std::min(node, in_ref.dst);
    std::string block;
    // Out entries sort before in entries, and each scan is in entry order.
    for (; out_it->Valid(); out_it->Next()) {
      KG_RETURN_IF_ERROR(parsed(out_it.get(), true, &out_ref));
      if (out_ref.src != node) break;
      block += AdjacencyEntry::Out(out_ref);
    }
    for (; in_it->Valid(); in_it->Next()) {
      KG_RETURN_IF_ERROR(parsed(in_it.get(), false, &in_ref));
      if (in_ref.dst != node) break;
      block += AdjacencyEntry::In(in_ref);
    }
    batch.Put(adjacency_, ToSlice(NodeKey(node)), block);
    if (batch.Count() >= 4096) {
      KG_RETURN_IF_ERROR(FromRocksStatus(db_->Write(rocksdb::WriteOptions(), &batch),
                                         "upgrading " + path_));
      batch.Clear();
    }
  }
  KG_RETURN_IF_ERROR(FromRocksStatus(out_it->status(), "upgrading " + path_));
  KG_RETURN_IF_ERROR(FromRocksStatus(in_it->status(), "upgrading " + path_));
  return FromRocksStatus(db_->Write(rocksdb::WriteOptions(), &batch), "upgrading " + path_);
}

absl::StatusOr<bool> StoreDb::GetAdjacency(NodeId node, const rocksdb::Snapshot* snapshot,
                                           rocksdb::PinnableSlice* block) const {
  rocksdb::ReadOptions options;
  options.snapshot = snapshot;
  block->Reset();
  const rocksdb::Status status =
      db_->Get(options, adjacency(), ToSlice(NodeKey(node)), block);
  if (status.IsNotFound()) return false;
  if (!status.ok()) return FromRocksStatus(status, "reading " + path_);
  if (!AdjacencyBlock::Valid(ToView(*block))) {
    return absl::DataLossError(absl::StrCat(path_, ": corrupt adjacency block of node ", node));
  }
  return true;
}

absl::Status StoreDb::GetAdjacencies(
    const std::vector<NodeId>& nodes, const rocksdb::Snapshot* snapshot,
    const std::function<bool(NodeId node, std::string_view block)>& visit) const {
  // In batches: the pinned blocks of one batch are released before the next.
  constexpr size_t kBatch = 256;
  rocksdb::ReadOptions options;
  options.snapshot = snapshot;
  std::vector<std::string> keys;
  std::vector<rocksdb::Slice> slices;
  std::vector<rocksdb::PinnableSlice> blocks(std::min(kBatch, nodes.size()));
  std::vector<rocksdb::Status> statuses(blocks.size());
  for (size_t first = 0; first < nodes.size(); first += kBatch) {
    const size_t count = std::min(kBatch, nodes.size() - first);
    keys.clear();
    slices.clear();
    for (size_t i = 0; i < count; ++i) keys.push_back(NodeKey(nodes[first + i]));
    for (const std::string& key : keys) slices.push_back(ToSlice(key));
    db_->MultiGet(options, adjacency(), count, slices.data(), blocks.data(), statuses.data(),
                  /*sorted_input=*/true);
    for (size_t i = 0; i < count; ++i) {
      std::string_view block;
      if (!statuses[i].IsNotFound()) {
        if (!statuses[i].ok()) return FromRocksStatus(statuses[i], "reading " + path_);
        block = ToView(blocks[i]);
      }
      if (!AdjacencyBlock::Valid(block)) {
        return absl::DataLossError(
            absl::StrCat(path_, ": corrupt adjacency block of node ", nodes[first + i]));
      }
      if (!visit(nodes[first + i], block)) return absl::OkStatus();
    }
    for (size_t i = 0; i < count; ++i) blocks[i].Reset();
  }
  return absl::OkStatus();
}

absl::StatusOr<std::optional<std::string>> StoreDb::Get(rocksdb::ColumnFamilyHandle* family,
                                                        std::string_view key,
                                                        const rocksdb::Snapshot* snapshot) const {
  rocksdb::ReadOptions options;
  options.snapshot = snapshot;
  std::string value;
  const rocksdb::Status status = db_->Get(options, family, ToSlice(key), &value);
  if (status.IsNotFound()) return std::nullopt;
  if (!status.ok()) return FromRocksStatus(status, "reading " + path_);
  return value;
}

absl::StatusOr<std::optional<NodeRecord>> StoreDb::GetNode(NodeId id) const {
  KG_ASSIGN_OR_RETURN(std::optional<std::string> value, Get(nodes(), NodeKey(id)));
  if (!value.has_value()) return std::nullopt;
  KG_ASSIGN_OR_RETURN(NodeRecord node, ParseNode(*value));
  return node;
}

absl::StatusOr<std::optional<EdgeRecord>> StoreDb::GetEdge(
    const EdgeKey& key, const rocksdb::Snapshot* snapshot) const {
  KG_ASSIGN_OR_RETURN(std::optional<std::string> value, Get(out(), OutKey(key), snapshot));
  if (!value.has_value()) return std::nullopt;
  KG_ASSIGN_OR_RETURN(EdgeRecord edge, ParseEdge(*value));
  return edge;
}

absl::StatusOr<std::optional<ArticleRecord>> StoreDb::GetArticle(std::string_view id) const {
  KG_ASSIGN_OR_RETURN(std::optional<std::string> value, Get(articles(), ArticleKey(id)));
  if (!value.has_value()) return std::nullopt;
  KG_ASSIGN_OR_RETURN(ArticleRecord article, ParseArticle(*value));
  return article;
}

absl::Status StoreDb::ScanNameMatches(std::string_view folded, NodeKind kind,
                                      const std::function<bool(const NameMatch&)>& visit) const {
  // Ids start with their kind, so one kind's entries of a name are a range.
  const std::string begin = NameKey(folded, MakeNodeId(kind, 0));
  const std::string end = NameKey(folded, (static_cast<uint64_t>(kind) + 1) << 56);
  return ScanRange(names(), begin, end,
                   [&](std::string_view key, std::string_view value) -> absl::StatusOr<bool> {
                     std::string name;
                     NodeId id = 0;
                     if (!ParseNameKey(key, &name, &id)) {
                       return absl::DataLossError(absl::StrCat(path_, ": corrupt names key"));
                     }
                     return visit(NameMatch{id, value == kNameIsNodeName});
                   });
}

absl::StatusOr<std::optional<StoreDb::NameMatch>> StoreDb::BestNameMatch(std::string_view folded,
                                                                         NodeKind kind) const {
  std::optional<NameMatch> best;
  KG_RETURN_IF_ERROR(ScanNameMatches(folded, kind, [&](const NameMatch& match) {
    if (!best.has_value() || match.is_node_name) best = match;
    return !match.is_node_name;  // the first own name wins: stop there
  }));
  return best;
}

absl::StatusOr<std::vector<StoreDb::NameMatch>> StoreDb::NameMatches(std::string_view folded,
                                                                     NodeKind kind) const {
  std::vector<NameMatch> matches;
  KG_RETURN_IF_ERROR(ScanNameMatches(folded, kind, [&](const NameMatch& match) {
    matches.push_back(match);
    return true;
  }));
  std::stable_sort(matches.begin(), matches.end(), [](const NameMatch& a, const NameMatch& b) {
    return a.is_node_name > b.is_node_name;
  });
  return matches;
}

absl::StatusOr<uint64_t> StoreDb::GetMetaNumber(std::string_view name) const {
  KG_ASSIGN_OR_RETURN(std::optional<std::string> value, Get(meta(), name));
  uint64_t number = 0;
  if (!value.has_value() || !absl::SimpleAtoi(*value, &number)) {
    return absl::DataLossError(
        absl::StrCat(path_, ": meta '", std::string(name), "' is missing or not a number"));
  }
  return number;
}

absl::Status StoreDb::ScanPrefix(rocksdb::ColumnFamilyHandle* family, std::string_view prefix,
                                 const Visitor& visit, const rocksdb::Snapshot* snapshot) const {
  const bool prefix_bounded =
      (family == out() || family == in()) && prefix.size() >= kEdgePrefixSize;
  const std::string end = PrefixSuccessor(prefix);
  // PrefixSuccessor has no answer for an all-0xFF prefix: check each key.
  return Scan(
      family, prefix, end, prefix_bounded,
      [&](std::string_view key, std::string_view value) -> absl::StatusOr<bool> {
        if (!key.starts_with(prefix)) return false;
        return visit(key, value);
      },
      snapshot);
}

absl::Status StoreDb::ScanRange(rocksdb::ColumnFamilyHandle* family, std::string_view begin,
                                std::string_view end, const Visitor& visit) const {
  return Scan(family, begin, end, /*prefix_bounded=*/false, visit, nullptr);
}

absl::Status StoreDb::Scan(rocksdb::ColumnFamilyHandle* family, std::string_view begin,
                           std::string_view end, bool prefix_bounded, const Visitor& visit,
                           const rocksdb::Snapshot* snapshot) const {
  rocksdb::ReadOptions options;
  options.snapshot = snapshot;
  rocksdb::Slice upper_bound = ToSlice(end);
  if (!end.empty()) options.iterate_upper_bound = &upper_bound;
  // With a prefix extractor, a seek without prefix_same_as_start or
  // total_order_seek may skip keys of other prefixes: say which one is meant.
  if (prefix_bounded) {
    options.prefix_same_as_start = true;
  } else {
    options.total_order_seek = true;
  }
  std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(options, family));
  for (it->Seek(ToSlice(begin)); it->Valid(); it->Next()) {
    KG_ASSIGN_OR_RETURN(const bool more, visit(ToView(it->key()), ToView(it->value())));
    if (!more) break;
  }
  return FromRocksStatus(it->status(), "scanning " + path_);
}

absl::Status StoreDb::ScanOutEdges(
    std::string_view prefix, const std::function<absl::StatusOr<bool>(const EdgeRecord&)>& visit,
    const rocksdb::Snapshot* snapshot) const {
  return ScanPrefix(
      out(), prefix,
      [&](std::string_view key, std::string_view value) -> absl::StatusOr<bool> {
        EdgeKey parsed;
        if (!ParseOutKey(key, &parsed)) return absl::DataLossError(path_ + ": corrupt out key");
        KG_ASSIGN_OR_RETURN(EdgeRecord edge, ParseEdge(value));
        if (edge.src != parsed.src || edge.relation != parsed.relation || edge.dst != parsed.dst ||
            edge.id != parsed.id) {
          return absl::DataLossError(
              absl::StrCat(path_, ": edge ", parsed.id, " does not match its out key"));
        }
        return visit(edge);
      },
      snapshot);
}

}  // namespace kg
