// The table files behind a store, which the floor of every command reads
// (issue 10): a reader opens them, and reads their index and filter blocks,
// as it needs them, not all at open, and a writer leaves few per family when
// it closes.
#include <dirent.h>
#include <rocksdb/db.h>

#include <memory>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "graph/store.h"
#include "graph/store_db.h"
#include "gtest/gtest.h"
#include "tests/graph/store_test_util.h"

namespace kg {
namespace {

using ::kg::testing::NumberedArticle;
using ::kg::testing::OpenOrDie;
using ::kg::testing::TempDir;

std::vector<rocksdb::ColumnFamilyHandle*> Families(const StoreDb& db) {
  return {db.nodes(),        db.names(),    db.out(),  db.in(),
          db.observations(), db.articles(), db.meta(), db.adjacency()};
}

// The process's open file descriptors.
int OpenFiles() {
  int count = 0;
  DIR* dir = opendir("/proc/self/fd");
  while (dirent* entry = readdir(dir)) count += entry->d_name[0] != '.';
  closedir(dir);
  return count;
}

TEST(StoreFilesTest, AWriterClosesWithFewTableFilesPerFamily) {
  TempDir dir;
  // Each close flushes: one more level-0 file in every family written.
  for (int n = 0; n < 12; ++n) {
    std::unique_ptr<Store> store = OpenOrDie(dir.path());
    ASSERT_TRUE(store->WriteArticle(NumberedArticle(n)).ok());
  }
  absl::StatusOr<std::unique_ptr<StoreDb>> db =
      StoreDb::Open(dir.path(), /*create_if_missing=*/false, /*read_only=*/true);
  ASSERT_TRUE(db.ok()) << db.status();
  for (rocksdb::ColumnFamilyHandle* family : Families(**db)) {
    EXPECT_LT((*db)->StrayTables(family), 3u) << family->GetName();
  }
  db->reset();
  StoreOptions read_only;
  read_only.read_only = true;
  absl::StatusOr<StoreStats> counts = OpenOrDie(dir.path(), read_only)->Counts();
  ASSERT_TRUE(counts.ok()) << counts.status();
  EXPECT_EQ(counts->articles, 12u);
}

TEST(StoreFilesTest, AReaderOpensTableFilesAsItNeedsThem) {
  TempDir dir;
  OpenOrDie(dir.path()).reset();
  absl::StatusOr<std::unique_ptr<StoreDb>> writer =
      StoreDb::Open(dir.path(), /*create_if_missing=*/false, /*read_only=*/false);
  ASSERT_TRUE(writer.ok()) << writer.status();
  rocksdb::DB* rocks = (*writer)->db();
  ASSERT_TRUE(rocks->SetOptions((*writer)->meta(), {{"disable_auto_compactions", "true"}}).ok());
  constexpr int kFiles = 60;
  for (int n = 0; n < kFiles; ++n) {
    ASSERT_TRUE(
        rocks->Put(rocksdb::WriteOptions(), (*writer)->meta(), "test" + std::to_string(n), "x")
            .ok());
    ASSERT_TRUE(rocks->Flush(rocksdb::FlushOptions(), (*writer)->meta()).ok());
  }
  ASSERT_GE((*writer)->StrayTables((*writer)->meta()), static_cast<size_t>(kFiles - 1));

  // Opened beside the writer (a reader takes no lock): RocksDB keeps a
  // table file open once it has opened it, so open descriptors count them.
  const int before = OpenFiles();
  absl::StatusOr<std::unique_ptr<StoreDb>> reader =
      StoreDb::Open(dir.path(), /*create_if_missing=*/false, /*read_only=*/true);
  ASSERT_TRUE(reader.ok()) << reader.status();
  EXPECT_LT(OpenFiles() - before, 16 + 8);  // RocksDB's initial 16, a few of its own
  absl::StatusOr<std::optional<std::string>> got = (*reader)->Get((*reader)->meta(), "test7");
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_EQ(got->value_or(""), "x");
  reader->reset();
  writer->reset();  // closing compacts the 60 files of `meta`
  absl::StatusOr<std::unique_ptr<StoreDb>> after =
      StoreDb::Open(dir.path(), /*create_if_missing=*/false, /*read_only=*/true);
  ASSERT_TRUE(after.ok()) << after.status();
  EXPECT_EQ((*after)->StrayTables((*after)->meta()), 0u);
}

TEST(StoreFilesTest, AReaderReadsNoIndexOrFilterUntilAReadNeedsThem) {
  TempDir dir;
  OpenOrDie(dir.path()).reset();
  {
    absl::StatusOr<std::unique_ptr<StoreDb>> writer =
        StoreDb::Open(dir.path(), /*create_if_missing=*/false, /*read_only=*/false);
    ASSERT_TRUE(writer.ok()) << writer.status();
    rocksdb::DB* rocks = (*writer)->db();
    // 20,000 keys in `out`, compacted out of level 0 into one file with an
    // index of hundreds of entries and a filter of 25 kB.
    for (int n = 0; n < 20000; ++n) {
      ASSERT_TRUE(rocks
                      ->Put(rocksdb::WriteOptions(), (*writer)->out(), "test" + std::to_string(n),
                            std::string(100, 'x'))
                      .ok());
    }
    ASSERT_TRUE(rocks->Flush(rocksdb::FlushOptions(), (*writer)->out()).ok());
    ASSERT_TRUE(
        rocks->CompactRange(rocksdb::CompactRangeOptions(), (*writer)->out(), nullptr, nullptr)
            .ok());
  }
  absl::StatusOr<std::unique_ptr<StoreDb>> reader =
      StoreDb::Open(dir.path(), /*create_if_missing=*/false, /*read_only=*/true);
  ASSERT_TRUE(reader.ok()) << reader.status();
  uint64_t held = 0;
  ASSERT_TRUE((*reader)->db()->GetIntProperty((*reader)->out(),
                                              "rocksdb.estimate-table-readers-mem", &held));
  // What an open table reader holds of its own: not the index and filter.
  EXPECT_LT(held, 16u << 10);
  absl::StatusOr<std::optional<std::string>> got = (*reader)->Get((*reader)->out(), "test12345");
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_EQ(got->value_or(""), std::string(100, 'x'));
}

}  // namespace
}  // namespace kg
