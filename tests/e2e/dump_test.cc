// kg dump through the binary: the canonical listing tools/crashtest.sh
// compares stores with. Two stores holding the same articles dump the same
// bytes, however the ingest was split into runs.
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
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

// kg ingest --jobs N extracts on N threads and writes in input order: the
// store is the one --jobs 1 makes, record for record and id for id.
TEST_F(DumpTest, IngestOnSeveralThreadsMakesTheSameStore) {
  const std::vector<std::string> files = SampleFiles();
  // Later articles name a post without a person ("the Head of State"):
  // their extraction asks the graph for the holder, which the articles
  // before them made. Threads extract ahead of the writer, so their first
  // answer may be stale; the store must not show it.
  const std::string titles = (dir_ / "titles.jsonl").string();
  {
    std::ofstream out(titles);
    out << R"({"id": "t00", "date": "2025-03-01", "title": "Reception", "text": "President )"
           R"(Kassym-Jomart Tokayev received the Minister of Agriculture."})"
        << "\n";
    for (int i = 1; i <= 12; ++i) {
      out << R"({"id": "t)" << (i < 10 ? "0" : "") << i
          << R"(", "date": "2025-03-20", "title": "Law signed", "text": "The Head of State )"
             R"(signed the law on topic )"
          << i << R"( on Thursday."})"
          << "\n";
    }
  }
  std::vector<std::string> inputs = files;
  inputs.push_back(titles);
  auto listing = [](const std::string& db) {
    std::string all;
    for (const std::string& query :
         {std::string("MATCH (n) RETURN id(n), n.kind, n.name ORDER BY id(n)"),
          std::string("MATCH (a)-[r]->(b) RETURN id(r), type(r), id(a), id(b) ORDER BY id(r)")}) {
      const KgOutcome run = RunKg({"--db", db, "query", query});
      EXPECT_EQ(run.exit_code, 0) << run.err;
      all += run.out;
    }
    const KgOutcome dump = RunKg({"--db", db, "dump"});
    EXPECT_EQ(dump.exit_code, 0) << dump.err;
    return all + dump.out;
  };
  const std::string one = (dir_ / "one.db").string();
  std::vector<std::string> args = {"--db", one, "ingest", "-q", "--jobs", "1"};
  args.insert(args.end(), inputs.begin(), inputs.end());
  ASSERT_EQ(RunKg(args).exit_code, 0);
  const std::string expected = listing(one);
  size_t signed_by_tokayev = 0;
  for (size_t at = 0; (at = expected.find("fact\tsigned_by\t", at)) != std::string::npos; ++at) {
    const size_t end = expected.find('\n', at);
    signed_by_tokayev +=
        expected.substr(at, end - at).find("Kassym-Jomart Tokayev") != std::string::npos &&
        expected.substr(at, end - at).find("law:On Topic") != std::string::npos;
  }
  EXPECT_EQ(signed_by_tokayev, 12u);
  for (const char* jobs : {"2", "4"}) {
    const std::string db = (dir_ / (std::string("jobs") + jobs + ".db")).string();
    std::vector<std::string> parallel = {"--db", db, "ingest", "-q", "--jobs", jobs};
    parallel.insert(parallel.end(), inputs.begin(), inputs.end());
    ASSERT_EQ(RunKg(parallel).exit_code, 0);
    EXPECT_EQ(listing(db), expected) << "--jobs " << jobs;
  }
}

// Re-ingesting unchanged input skips each article before extracting it.
TEST_F(DumpTest, UnchangedArticlesAreSkippedBeforeExtraction) {
  const std::vector<std::string> files = SampleFiles();
  const std::string db = (dir_ / "again.db").string();
  std::vector<std::string> args = {"--db", db, "ingest", "--jobs", "2"};
  args.insert(args.end(), files.begin(), files.end());
  const KgOutcome first = RunKg(args);
  ASSERT_EQ(first.exit_code, 0) << first.err;
  const std::string before = RunKg({"--db", db, "dump"}).out;
  const KgOutcome again = RunKg(args);
  ASSERT_EQ(again.exit_code, 0) << again.err;
  // Nothing extracted: no facts counted, every article the first run added
  // unchanged.
  const size_t open = first.err.find('(');
  ASSERT_NE(open, std::string::npos) << first.err;
  const std::string added = first.err.substr(open + 1, first.err.find(' ', open) - open - 1);
  ASSERT_GT(std::stoi(added), 0) << first.err;
  EXPECT_NE(again.err.find("(0 added, 0 replaced, " + added + " unchanged), 0 skipped, 0 facts"),
            std::string::npos)
      << again.err;
  EXPECT_EQ(RunKg({"--db", db, "dump"}).out, before);
}

TEST_F(DumpTest, NoStoreIsAnError) {
  const KgOutcome run = RunKg({"--db", (dir_ / "none.db").string(), "dump"});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.err.find("no store at"), std::string::npos) << run.err;
}

}  // namespace
}  // namespace kg
