// Stores under hostile conditions, against the real RocksDB: a kill -9 while
// a store is created, two writers, a damaged MANIFEST, a damaged write-ahead
// log. Each case must end in a store that opens, or in a clear error.
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <thread>
#include <vector>

#include "gmock/gmock.h"
#include "graph/wal_damage.h"
#include "gtest/gtest.h"
#include "tests/graph/store_test_util.h"

namespace kg::testing {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::Not;

// Starts kg_store_child (store_child.cc) with `args`; its stdin and stdout
// are `in` and `out` when given.
pid_t Spawn(const std::vector<std::string>& args, int in = -1, int out = -1) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  if (in >= 0) posix_spawn_file_actions_adddup2(&actions, in, STDIN_FILENO);
  if (out >= 0) posix_spawn_file_actions_adddup2(&actions, out, STDOUT_FILENO);
  std::vector<std::string> words = {KG_STORE_CHILD};
  words.insert(words.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& word : words) argv.push_back(word.data());
  argv.push_back(nullptr);
  pid_t pid = -1;
  EXPECT_EQ(posix_spawn(&pid, KG_STORE_CHILD, &actions, nullptr, argv.data(), environ), 0);
  posix_spawn_file_actions_destroy(&actions);
  return pid;
}

int WaitFor(pid_t pid) {
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::vector<std::string> Entries(const std::string& dir) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) {
    names.push_back(entry.path().filename().string());
  }
  return names;
}

// kill -9 at many points of Store::Open on a new path: afterwards the path
// holds no store (and creating it works) or a whole one, never a directory
// kg refuses; the hidden creation directory is cleaned up on the next open.
TEST(StoreCreationTest, KillDuringCreationLeavesNoStoreOrAWholeOne) {
  TempDir dir;
  const std::string path = dir.Child("kg.db");
  for (int delay_us = 0; delay_us <= 60000; delay_us += 2000) {
    const pid_t child = Spawn({"create", path});
    std::this_thread::sleep_for(std::chrono::microseconds(delay_us));
    kill(child, SIGKILL);
    WaitFor(child);
    absl::StatusOr<std::unique_ptr<Store>> store = Store::Open(path);
    ASSERT_TRUE(store.ok()) << "killed after " << delay_us << " us: " << store.status();
    store->reset();
    EXPECT_EQ(Entries(dir.path()), std::vector<std::string>{"kg.db"})
        << "killed after " << delay_us << " us";
    fs::remove_all(path);
  }
}

TEST(StoreCreationTest, AnExistingEmptyDirectoryBecomesTheStore) {
  TempDir dir;
  fs::create_directory(dir.Child("db"));
  EXPECT_NE(OpenOrDie(dir.Child("db")), nullptr);
  EXPECT_TRUE(fs::exists(dir.Child("db") + "/CURRENT"));
  EXPECT_EQ(Entries(dir.path()), std::vector<std::string>{"db"});
}

TEST(StoreCreationTest, ASecondWriterIsToldTheStoreIsInUse) {
  TempDir dir;
  int ready[2];
  int done[2];
  ASSERT_EQ(pipe2(ready, O_CLOEXEC), 0);
  ASSERT_EQ(pipe2(done, O_CLOEXEC), 0);
  // The child holds the store until `done` closes.
  const pid_t child = Spawn({"hold", dir.path()}, done[0], ready[1]);
  close(ready[1]);
  close(done[0]);
  char byte = 0;
  ASSERT_EQ(read(ready[0], &byte, 1), 1);
  ASSERT_EQ(byte, 'y');
  absl::StatusOr<std::unique_ptr<Store>> second = Store::Open(dir.path());
  EXPECT_EQ(second.status().code(), absl::StatusCode::kUnavailable);
  EXPECT_THAT(second.status().message(), HasSubstr("is in use by another kg process"));
  EXPECT_THAT(second.status().message(), Not(HasSubstr("LOCK")));
  close(done[1]);
  EXPECT_EQ(WaitFor(child), 0);
  close(ready[0]);
}

// Two kg processes creating the same new store at once: one creates it, the
// other opens it (or is told it is in use); neither sees a half-made store.
TEST(StoreCreationTest, TwoWritersOnANewStore) {
  TempDir dir;
  for (int round = 0; round < 8; ++round) {
    const std::string path = dir.Child("db" + std::to_string(round));
    const std::string report = dir.Child("report" + std::to_string(round));
    std::vector<pid_t> children;
    for (int i = 0; i < 2; ++i) {
      children.push_back(Spawn({"report", path, report + "-" + std::to_string(i)}));
    }
    for (pid_t child : children) WaitFor(child);
    for (int i = 0; i < 2; ++i) {
      const std::string said = Slurp(report + "-" + std::to_string(i));
      EXPECT_TRUE(said == "ok" || said.find("is in use by another kg process") != std::string::npos)
          << said;
    }
    EXPECT_NE(OpenOrDie(path), nullptr);
  }
}

TEST(StoreDamageTest, ADamagedManifestIsCorruptionNamingTheFile) {
  TempDir dir;
  {
    std::unique_ptr<Store> store = OpenOrDie(dir.path());
    ASSERT_TRUE(store->WriteArticle(NumberedArticle(1)).ok());
  }
  std::string manifest = Slurp(dir.Child("CURRENT"));
  while (!manifest.empty() && manifest.back() == '\n') manifest.pop_back();
  ASSERT_THAT(manifest, HasSubstr("MANIFEST-"));
  const std::string manifest_path = dir.Child(manifest);
  std::string bytes = Slurp(manifest_path);
  ASSERT_GT(bytes.size(), 64u);
  for (size_t i = 16; i < bytes.size(); i += 7) bytes[i] = static_cast<char>(bytes[i] ^ 0x5a);
  std::ofstream(manifest_path, std::ios::binary | std::ios::trunc) << bytes;

  for (bool read_only : {false, true}) {
    StoreOptions options;
    options.read_only = read_only;
    absl::StatusOr<std::unique_ptr<Store>> store = Store::Open(dir.path(), options);
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.status().code(), absl::StatusCode::kDataLoss) << store.status();
    EXPECT_THAT(store.status().message(), HasSubstr("is damaged"));
    EXPECT_THAT(store.status().message(), HasSubstr("MANIFEST"));
  }
}

// Articles written and never flushed live only in the write-ahead log; a
// byte damaged in its middle loses that article and every later one, and
// opening says how many.
TEST(StoreDamageTest, ADamagedWalSaysHowManyArticlesWereLost) {
  TempDir dir;
  constexpr int kArticles = 40;
  ASSERT_NE(OpenOrDie(dir.path()), nullptr);  // created and flushed
  // Exits without closing the store: the articles are only in the log.
  ASSERT_EQ(WaitFor(Spawn({"write", dir.path(), std::to_string(kArticles)})), 0);
  std::string log;
  for (const std::string& name : Entries(dir.path())) {
    if (name.size() > 4 && name.substr(name.size() - 4) == ".log" &&
        fs::file_size(dir.Child(name)) > 0) {
      log = dir.Child(name);
    }
  }
  ASSERT_FALSE(log.empty());
  std::string bytes = Slurp(log);
  ASSERT_EQ(ScanWal(bytes).intact_batches, static_cast<uint64_t>(kArticles));
  bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0xff);
  std::ofstream(log, std::ios::binary | std::ios::trunc) << bytes;
  const WalScan scan = ScanWal(bytes);
  ASSERT_TRUE(scan.damaged);
  ASSERT_GT(scan.lost_batches, 0u);

  StoreOptions read_only;
  read_only.read_only = true;
  std::unique_ptr<Store> store = OpenOrDie(dir.path(), read_only);
  ASSERT_NE(store, nullptr);
  absl::StatusOr<StoreStats> stats = store->Stats();
  ASSERT_TRUE(stats.ok());
  const uint64_t lost = kArticles - stats->articles;
  EXPECT_EQ(lost, scan.lost_batches);
  EXPECT_THAT(store->recovery_note(), HasSubstr(fs::path(log).filename().string()));
  EXPECT_THAT(store->recovery_note(),
              HasSubstr(std::to_string(lost) + " articles written after the damage could not be "
                                               "recovered"));
}

TEST(WalScanTest, ATornLastRecordIsNotDamage) {
  TempDir dir;
  ASSERT_EQ(WaitFor(Spawn({"write", dir.path(), "3"})), 0);
  for (const std::string& name : Entries(dir.path())) {
    if (name.size() <= 4 || name.substr(name.size() - 4) != ".log") continue;
    const std::string bytes = Slurp(dir.Child(name));
    if (bytes.empty()) continue;
    const WalScan torn = ScanWal(bytes.substr(0, bytes.size() - 5));
    EXPECT_FALSE(torn.damaged);
    EXPECT_EQ(torn.intact_batches, 2u);
  }
}

}  // namespace
}  // namespace kg::testing
