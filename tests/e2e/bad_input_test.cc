// kg ingest on a file with good and bad articles: each bad one is reported as
// file:line: reason and skipped, the good ones are stored, the exit status is
// 1, and no part of a bad article reaches the store.
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "graph/store.h"
#include "gtest/gtest.h"
#include "tests/support/kg_cli.h"

namespace kg {
namespace {

namespace fs = std::filesystem;

using testing::KgOutcome;

// kg's arguments for `args`, split on spaces (this file's are simple).
KgOutcome Kg(const std::string& args) {
  std::vector<std::string> words;
  size_t start = 0;
  while (start < args.size()) {
    size_t end = args.find(' ', start);
    if (end == std::string::npos) end = args.size();
    if (end > start) words.push_back(args.substr(start, end - start));
    start = end + 1;
  }
  return testing::RunKg(words);
}

class BadInputTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("kg_bad_input_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  // A JSON Lines file of one good article, beside the inputs under test.
  fs::path WriteGoodArticle() const {
    const fs::path input = dir_ / "good.jsonl";
    std::ofstream out(input);
    out << R"({"id": "g1", "date": "2025-06-04", "title": "t", "text": "Aidos Temirkhanov )"
           R"(has been appointed Minister of Energy."})"
        << "\n";
    return input;
  }
  fs::path dir_;
};

TEST_F(BadInputTest, BadArticlesAreReportedAndSkippedTheRestIsStored) {
  const fs::path input = dir_ / "mixed.txt";
  {
    std::ofstream out(input, std::ios::binary);
    out << "04.06.2025, 15:59 101\n"  // line 1: good
        << "Good article one\n"
        << "Aidos Temirkhanov has been appointed Minister of Energy.\n"
        << "31.02.2025, 10:00 102\n"  // line 4: no such date
        << "Impossible date\n"
        << "Yerlan Bekov has been appointed Minister of Justice.\n"
        << "05.06.2025, 10:00 103\n"  // line 7: invalid UTF-8 in the body
        << "Broken bytes\n"
        << "Marat Omarov has been appointed \xff\xfe Minister of Health.\n"
        << "05.06.2025, 11:00 104\n"  // line 10: a NUL byte
        << "Nul byte\n"
        << "Serik Abenov has been appointed" << std::string(1, '\0') << " Minister.\n"
        << "05.06.2025, 12:00 105\n"  // line 13: no body
        << "Title only\n"
        << "05.06.2025, 13:00 106\n"  // line 15: a line of 10 MB
        << "Huge line\n"
        << std::string(10 << 20, 'a') << "\n"
        << "06.06.2025, 09:00 107\n"  // line 18: good
        << "Good article two\n"
        << "The Senate adopted the law on beekeeping on Thursday.\n";
  }
  const fs::path db = dir_ / "kg.db";
  const KgOutcome run = Kg("--db " + db.string() + " ingest " + input.string());
  EXPECT_EQ(run.exit_code, 1) << run.err;
  // Each report names the line at fault, and the article's first line when
  // they differ.
  for (const char* report :
       {":4: impossible date", ":9: invalid UTF-8", "(article at line 7 skipped)", ":12: NUL byte",
        "(article at line 10 skipped)", ":13: article has an empty body",
        ":17: line of 10485760 bytes", "(article at line 15 skipped)"}) {
    EXPECT_NE(run.err.find(report), std::string::npos) << "no \"" << report << "\" in:\n"
                                                       << run.err;
  }
  EXPECT_NE(run.err.find(input.string() + ":4:"), std::string::npos) << run.err;
  EXPECT_EQ(run.err.find(input.string() + ":1:"), std::string::npos) << run.err;

  StoreOptions options;
  options.create_if_missing = false;
  options.read_only = true;
  auto store = Store::Open(db.string(), options);
  ASSERT_TRUE(store.ok()) << store.status();
  auto stats = (*store)->Stats();
  ASSERT_TRUE(stats.ok()) << stats.status();
  EXPECT_EQ(stats->articles, 2u);
  // Only the good articles' people: none of the skipped ones' got in.
  for (const char* name : {"Yerlan Bekov", "Marat Omarov", "Serik Abenov"}) {
    auto found = (*store)->FindByName(name, false);
    ASSERT_TRUE(found.ok());
    EXPECT_TRUE(found->empty()) << name;
  }
  auto good = (*store)->FindByName("Aidos Temirkhanov", false);
  ASSERT_TRUE(good.ok());
  EXPECT_EQ(good->size(), 1u);
}

TEST_F(BadInputTest, AMissingFileIsReportedAndTheOthersAreRead) {
  const fs::path input = WriteGoodArticle();
  const fs::path db = dir_ / "kg.db";
  const KgOutcome run = Kg("--db " + db.string() + " ingest " + (dir_ / "missing.txt").string() +
                           " " + input.string());
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.err.find("missing.txt"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("1 articles (1 added"), std::string::npos) << run.err;
}

// A directory is bad input like a missing file: reported, the other files
// read, exit 1 (not 2: the command line itself was well formed).
TEST_F(BadInputTest, ADirectoryIsBadInputNotUsage) {
  const fs::path input = WriteGoodArticle();
  const fs::path db = dir_ / "kg.db";
  const KgOutcome run =
      Kg("--db " + db.string() + " ingest " + dir_.string() + " " + input.string());
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_NE(run.err.find(dir_.string() + ": is a directory"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("1 articles (1 added"), std::string::npos) << run.err;
  EXPECT_EQ(Kg("extract " + dir_.string()).exit_code, 1);
}

// A typo in a file name must not leave an empty store to be found later.
TEST_F(BadInputTest, AnIngestThatStoresNothingLeavesNoStore) {
  const fs::path db = dir_ / "kg.db";
  const fs::path bad = dir_ / "bad.txt";
  { std::ofstream(bad) << "no header here\n"; }
  for (const std::string& input : {(dir_ / "missing.txt").string(), bad.string()}) {
    const KgOutcome run = Kg("--db " + db.string() + " ingest " + input);
    EXPECT_EQ(run.exit_code, 1) << run.err;
    EXPECT_FALSE(fs::exists(db)) << input;
  }
  // A store that existed before stays, even when nothing was added to it.
  ASSERT_TRUE(Store::Open(db.string()).ok());
  EXPECT_EQ(Kg("--db " + db.string() + " ingest " + bad.string()).exit_code, 1);
  EXPECT_TRUE(fs::exists(db / "CURRENT"));
}

TEST_F(BadInputTest, UsageErrorsExitTwo) {
  EXPECT_EQ(Kg("ingest").exit_code, 2);
  EXPECT_EQ(Kg("no-such-command").exit_code, 2);
  EXPECT_EQ(Kg("extract --format yaml x.txt").exit_code, 2);
}

}  // namespace
}  // namespace kg
