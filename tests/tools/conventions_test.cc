// The command line conventions of issue 9, through the real binary against
// a store that `kg ingest` builds from data/sample/ in a temporary directory:
// global options anywhere, --version, help, "did you mean", -q, progress on a
// terminal, sources in tables, ids as JSON strings, CSV lists and flags,
// -o x.json, and the bash completion generated from the definitions.
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/support/kg_cli.h"

namespace kg {
namespace {

namespace fs = std::filesystem;
using ::testing::ContainsRegex;
using ::testing::HasSubstr;
using testing::KgOutcome;
using ::testing::Not;
using testing::RunKg;
using testing::ShellQuote;
using ::testing::StartsWith;

std::vector<std::string> SampleFiles() {
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(std::string(KG_SOURCE_DIR) + "/data/sample")) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

class ConventionsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new std::string(
        (fs::temp_directory_path() / ("kg_conventions_" + std::to_string(getpid()))).string());
    fs::remove_all(*dir_);
    fs::create_directories(*dir_);
    // The global options after the subcommand, -q among them.
    std::vector<std::string> args = {"ingest"};
    for (const std::string& file : SampleFiles()) args.push_back(file);
    args.insert(args.end(), {"--db", Db(), "-q"});
    const KgOutcome run = RunKg(args);
    ASSERT_EQ(run.exit_code, 0) << run.err;
    ASSERT_EQ(run.err, "");  // -q: no summary
  }
  static void TearDownTestSuite() {
    fs::remove_all(*dir_);
    delete dir_;
  }
  static std::string Db() { return *dir_ + "/kg.db"; }
  static KgOutcome Kg(std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", Db()});
    return RunKg(args);
  }
  static std::string* dir_;
};

std::string* ConventionsTest::dir_ = nullptr;

TEST_F(ConventionsTest, Version) {
  const KgOutcome run = RunKg({"--version"});
  EXPECT_EQ(run.exit_code, 0);
  EXPECT_EQ(run.out, "kg 0.3.0\n");
}

TEST_F(ConventionsTest, HelpCommandIsTheSubcommandsHelp) {
  const KgOutcome help = RunKg({"help", "holders"});
  EXPECT_EQ(help.exit_code, 0) << help.err;
  EXPECT_THAT(help.out, HasSubstr("kg holders"));
  EXPECT_THAT(help.out, HasSubstr("--at"));
  EXPECT_THAT(help.out, HasSubstr("--sources"));
  EXPECT_EQ(RunKg({"help"}).exit_code, 0);
  EXPECT_THAT(RunKg({"help"}).out, HasSubstr("holders"));
  const KgOutcome unknown = RunKg({"help", "holdrs"});
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_EQ(unknown.err, "kg: no command \"holdrs\". Did you mean \"holders\"? See `kg --help`.\n");
}

TEST_F(ConventionsTest, DidYouMeanASubcommand) {
  const KgOutcome run = Kg({"holdrs", "Minister of Energy"});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_THAT(run.err, StartsWith("kg: \"holdrs\" is not a kg command. Did you mean "
                                  "\"holders\"? The commands are: ingest, extract"));
  EXPECT_EQ(run.out, "");
}

TEST_F(ConventionsTest, DidYouMeanAnOption) {
  KgOutcome run = Kg({"holders", "--formt", "json", "Minister of Energy"});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err,
            "kg: \"kg holders\" has no option \"--formt\". Did you mean \"--format\"? See `kg "
            "holders --help`.\n");
  run = RunKg({"--dbb", Db(), "stats"});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_THAT(run.err, HasSubstr("Did you mean \"--db\"?"));
}

TEST_F(ConventionsTest, GlobalOptionsBeforeOrAfterTheSubcommand) {
  const KgOutcome before =
      RunKg({"--db", Db(), "holders", "Minister of Energy", "--format", "json"});
  const KgOutcome after =
      RunKg({"holders", "Minister of Energy", "--format", "json", "--db", Db()});
  ASSERT_EQ(before.exit_code, 0) << before.err;
  EXPECT_EQ(after.exit_code, 0) << after.err;
  EXPECT_EQ(before.out, after.out);
}

// The floor of a command (issue 10): what answers from the store alone reads
// no lexicon, so it runs with a data directory that does not exist.
TEST_F(ConventionsTest, StoreOnlyCommandsReadNoLexicon) {
  const std::string nowhere = *dir_ + "/no-data-here";
  KgOutcome run = Kg({"--data", nowhere, "query", "RETURN 1"});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  run = Kg({"--data", nowhere, "stats"});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_THAT(run.out, HasSubstr("articles"));
  run = Kg({"--data", nowhere, "career", "Marat Kenzhebulatov"});
  EXPECT_EQ(run.exit_code, 0) << run.err;
}

TEST_F(ConventionsTest, QuietOnEveryCommand) {
  const std::string out = *dir_ + "/quiet.dot";
  KgOutcome run = Kg({"export", "--around", "Marat Kenzhebulatov", "-o", out});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_THAT(run.err, HasSubstr("kg: exported"));
  run = Kg({"export", "--around", "Marat Kenzhebulatov", "-o", out, "-q"});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.err, "");
  // Errors still show.
  run = Kg({"-q", "career", "Nobody Atall"});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_THAT(run.err, HasSubstr("no person named"));
}

TEST_F(ConventionsTest, TablesShowAFewSourcesAndHowManyMore) {
  const KgOutcome one = Kg({"career", "Tokayev", "--sources", "1"});
  ASSERT_EQ(one.exit_code, 0) << one.err;
  EXPECT_THAT(one.out, HasSubstr(" more"));
  const KgOutcome all = Kg({"career", "Tokayev", "--sources", "all"});
  ASSERT_EQ(all.exit_code, 0) << all.err;
  EXPECT_THAT(all.out, Not(HasSubstr(" more")));
  EXPECT_GT(all.out.size(), one.out.size());
  EXPECT_EQ(Kg({"career", "Tokayev", "--sources", "some"}).exit_code, 2);
}

TEST_F(ConventionsTest, JsonIdsAreStringsEverywhere) {
  const KgOutcome career = Kg({"career", "Marat Kenzhebulatov", "--format", "json"});
  ASSERT_EQ(career.exit_code, 0) << career.err;
  EXPECT_THAT(career.out, HasSubstr("{\"person\": {\"id\": \""));
  EXPECT_THAT(career.out, Not(ContainsRegex("\"id\": [0-9]")));
  const KgOutcome query = Kg({"query",
                              "MATCH (p:Person {name: 'Marat Kenzhebulatov'})-[r]->(o) "
                              "RETURN id(p), p, id(r), r LIMIT 1",
                              "--format", "json"});
  ASSERT_EQ(query.exit_code, 0) << query.err;
  EXPECT_THAT(query.out, HasSubstr("\"id(p)\": \""));
  EXPECT_THAT(query.out, HasSubstr("\"id(r)\": \""));
  EXPECT_THAT(query.out, Not(ContainsRegex("\"id[(a-z)]*\": [0-9]")));
  // id() still compares as the number it is.
  const KgOutcome count = Kg({"query",
                              "MATCH (p:Person {name: 'Marat Kenzhebulatov'}) "
                              "MATCH (q:Person) WHERE id(q) = id(p) RETURN count(q)",
                              "--format", "csv"});
  EXPECT_EQ(count.out, "count(q)\r\n1\r\n") << count.err;
}

TEST_F(ConventionsTest, CsvListsAreJoinedAndFlagsHaveColumns) {
  const KgOutcome holders = Kg({"holders", "Minister of Energy", "--format", "csv"});
  ASSERT_EQ(holders.exit_code, 0) << holders.err;
  EXPECT_THAT(holders.out, StartsWith("person,from,to,how,sources,end_inferred,seen_only\r\n"));
  EXPECT_THAT(holders.out, Not(HasSubstr("(inferred)")));
  const KgOutcome query =
      Kg({"query", "MATCH (p:Person)-[r]->() WHERE size(r.sources) > 1 RETURN r.sources LIMIT 1",
          "--format", "csv"});
  ASSERT_EQ(query.exit_code, 0) << query.err;
  EXPECT_THAT(query.out, Not(HasSubstr("[")));
  EXPECT_THAT(query.out, Not(HasSubstr("'")));
  EXPECT_THAT(query.out, HasSubstr(";"));
}

TEST_F(ConventionsTest, CyjsToADotJsonFile) {
  const std::string out = *dir_ + "/around.json";
  const KgOutcome run = Kg({"export", "--around", "Marat Kenzhebulatov", "-o", out});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  std::ifstream in(out);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_THAT(text, StartsWith("{"));
  EXPECT_THAT(text, HasSubstr("\"elements\""));
}

TEST_F(ConventionsTest, ProgressOnATerminal) {
  // Enough articles to take a few seconds: the sample again and again, each
  // copy's headers ("DD.MM.YYYY, HH:MM N") given counts of their own so that
  // every article is a new one.
  const std::string big = *dir_ + "/big.txt";
  {
    std::ofstream out(big);
    for (int copy = 0; copy < 200; ++copy) {
      for (const std::string& file : SampleFiles()) {
        std::ifstream in(file);
        for (std::string line; std::getline(in, line);) {
          const bool header = line.size() > 18 && line[2] == '.' && line[5] == '.' &&
                              line[10] == ',' && line[14] == ':';
          out << line << (header ? absl::StrCat(copy) : "") << "\n";
        }
      }
    }
  }
  const std::string db = *dir_ + "/progress.db";
  const std::string log = *dir_ + "/progress.log";
  // script(1) gives kg a terminal for stderr.
  const auto run = [&](const std::string& extra) {
    const std::string command =
        absl::StrCat("script -qec ",
                     ShellQuote(absl::StrCat(ShellQuote(KG_BINARY), " --db ", ShellQuote(db),
                                             " ingest ", ShellQuote(big), extra, " 2>&1")),
                     " /dev/null > ", ShellQuote(log));
    EXPECT_EQ(std::system(command.c_str()), 0);
    std::ifstream in(log);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  };
  const std::string shown = run("");
  EXPECT_THAT(shown, HasSubstr("\rkg: "));
  EXPECT_THAT(shown, ContainsRegex("articles, [0-9.]+ of [0-9.]+ MB \\([0-9]+%\\)"));
  EXPECT_THAT(shown, HasSubstr("MB/s"));
  EXPECT_THAT(shown, HasSubstr("ETA"));
  EXPECT_THAT(shown, HasSubstr("kg: 4800 articles"));  // the summary
  EXPECT_EQ(run(" -q"), "");
}

TEST_F(ConventionsTest, BashCompletionFromTheCommandDefinitions) {
  const KgOutcome script = RunKg({"completion", "bash"});
  ASSERT_EQ(script.exit_code, 0) << script.err;
  const std::string path = *dir_ + "/kg.bash";
  std::ofstream(path) << script.out;
  const auto complete = [&](const std::string& words) {
    const std::string log = *dir_ + "/complete.out";
    const std::string command =
        absl::StrCat("bash -c ",
                     ShellQuote(absl::StrCat("source ", ShellQuote(path), "; COMP_WORDS=(", words,
                                             "); COMP_CWORD=$((${#COMP_WORDS[@]}-1)); _kg; "
                                             "echo \"${COMPREPLY[*]}\"")),
                     " > ", ShellQuote(log));
    EXPECT_EQ(std::system(command.c_str()), 0);
    std::ifstream in(log);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  };
  EXPECT_EQ(complete("kg hol"), "holders\n");
  EXPECT_EQ(complete("kg holders --fo"), "--format\n");
  EXPECT_EQ(complete("kg --db x.db ex"), "extract export\n");
  EXPECT_EQ(complete("kg ui --p"), "--port\n");
  EXPECT_THAT(complete("kg c"), Not(HasSubstr("completion")));  // hidden
}

}  // namespace
}  // namespace kg
