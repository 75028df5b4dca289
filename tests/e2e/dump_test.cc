// kg dump through the binary: the canonical listing tools/crashtest.sh
// compares stores with. Two stores holding the same articles dump the same
// bytes, however the ingest was split into runs.
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "tests/support/kg_cli.h"

namespace kg {
namespace {

namespace fs = std::filesystem;
using testing::KgOutcome;
using testing::RunKg;

std::vector<std::string> SampleFiles() {
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(fs::path(KG_SOURCE_DIR) / "data" / "sample")) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

class DumpTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("kg_dump_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  KgOutcome Ingest(const std::string& db, const std::vector<std::string>& files) {
    std::vector<std::string> args = {"--db", db, "ingest", "-q"};
    args.insert(args.end(), files.begin(), files.end());
    return RunKg(args);
  }
  fs::path dir_;
};

TEST_F(DumpTest, SameArticlesDumpTheSameWhateverTheRuns) {
  const std::vector<std::string> files = SampleFiles();
  ASSERT_GE(files.size(), 2u);
  const std::string whole = (dir_ / "whole.db").string();
  const std::string split = (dir_ / "split.db").string();
  ASSERT_EQ(Ingest(whole, files).exit_code, 0);
  for (const std::string& file : files) ASSERT_EQ(Ingest(split, {file}).exit_code, 0);
  ASSERT_EQ(Ingest(split, files).exit_code, 0);  // again: unchanged, nothing moves

  const KgOutcome a = RunKg({"--db", whole, "dump"});
  const KgOutcome b = RunKg({"--db", split, "dump"});
  ASSERT_EQ(a.exit_code, 0) << a.err;
  ASSERT_EQ(b.exit_code, 0) << b.err;
  EXPECT_EQ(a.out, b.out);
  // One line per article, node, fact and observation, in sorted order.
  std::istringstream lines(a.out);
  std::string line;
  std::string previous;
  size_t articles = 0;
  size_t facts = 0;
  while (std::getline(lines, line)) {
    EXPECT_LE(previous, line);
    previous = line;
    articles += line.rfind("article\t", 0) == 0;
    facts += line.rfind("fact\t", 0) == 0;
  }
  EXPECT_EQ(articles, 24u);
  EXPECT_GT(facts, 0u);
}

TEST_F(DumpTest, NoStoreIsAnError) {
  const KgOutcome run = RunKg({"--db", (dir_ / "none.db").string(), "dump"});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.err.find("no store at"), std::string::npos) << run.err;
}

}  // namespace
}  // namespace kg
