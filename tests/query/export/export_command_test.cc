// `kg export` as a user runs it: the real binary (KG_BINARY) on a real store
// holding the sample's articles. Exit codes: 0 success, 1 bad input or
// failure, 2 usage (tools/kg/command.h).
#include <stdlib.h>
#include <sys/wait.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/query/export/sample_graph.h"
#include "tests/support/kg_cli.h"

namespace kg {
namespace {

using ::testing::HasSubstr;
using ::testing::StartsWith;

using KgRun = kg::testing::KgOutcome;

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

class ExportCommandTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (std::filesystem::temp_directory_path() / "kg-export-XXXXXX").string();
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
    absl::StatusOr<std::unique_ptr<Store>> store = testing::WriteSampleStore(dir_ + "/db");
    ASSERT_TRUE(store.ok()) << store.status();
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  KgRun Kg(const std::vector<std::string>& args) {
    std::vector<std::string> full = {"--db", dir_ + "/db"};
    full.insert(full.end(), args.begin(), args.end());
    return kg::testing::RunKg(full);
  }

  std::string dir_;
};

TEST_F(ExportCommandTest, WritesTheNeighbourhoodToStdout) {
  const KgRun run = Kg({"export", "--around", "Yerlan Bekov", "--depth", "3", "--format", "dot"});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_THAT(run.out, StartsWith("digraph kg {\n  graph [label=\"kg: around Yerlan Bekov, "
                                  "depth 3\""));
  EXPECT_THAT(run.out, HasSubstr("[label=\"Law \\\"On Employment\\\" <draft> \\\\N 2024\", "
                                 "shape=note"));
  EXPECT_EQ(run.err, "kg: exported 8 nodes and 8 edges (around Yerlan Bekov, depth 3) as dot\n");
}

TEST_F(ExportCommandTest, WritesAFileAndTakesTheFormatFromItsExtension) {
  const std::string path = dir_ + "/bekov.gexf";
  const KgRun run = Kg({"export", "--around", "Bekov", "-o", path});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out, "");
  EXPECT_THAT(ReadFile(path), HasSubstr("<gexf xmlns=\"http://www.gexf.net/1.2draft\""));
  EXPECT_THAT(run.err, HasSubstr("as gexf to " + path));
  // Nothing else is left in the directory: the temporary file was renamed.
  size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir_)) {
    files += entry.is_regular_file() && entry.path().filename() != "out" &&
             entry.path().filename() != "err";
  }
  EXPECT_EQ(files, 1u);
}

TEST_F(ExportCommandTest, HtmlIsOnePageWithEverythingInside) {
  const KgRun run = Kg({"export", "--around", "Aigerim Sarsenova", "--format", "html"});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_THAT(run.out, StartsWith("<!DOCTYPE html>"));
  EXPECT_THAT(run.out, HasSubstr("<title>kg: around Aigerim Sarsenova, depth 1</title>"));
  EXPECT_THAT(run.out, HasSubstr(".version=\"3.34.4\""));  // cytoscape, inlined
  EXPECT_THAT(run.out, ::testing::Not(HasSubstr(" src=")));
}

TEST_F(ExportCommandTest, TruncationIsNotedOnStderr) {
  const KgRun run = Kg({"export", "--around", "Yerlan Bekov", "--depth", "3", "--max-nodes", "2",
                        "--format", "cyjs"});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_THAT(run.err, HasSubstr("kg: note: stopped at 2 nodes"));
  EXPECT_THAT(run.out, HasSubstr("\"truncated\": true"));
}

TEST_F(ExportCommandTest, BadInputExitsOne) {
  KgRun run = Kg({"export", "--around", "Nobody Atall", "--format", "dot"});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_THAT(run.err, HasSubstr("kg: no node named \"Nobody Atall\""));
  EXPECT_EQ(run.out, "");

  run = Kg({"export", "--around", "Kazakhstan", "--kind", "office", "--format", "dot"});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_THAT(run.err, HasSubstr("no office named \"Kazakhstan\""));

  // A file that cannot be written is not left half-written.
  run = Kg({"export", "--around", "Bekov", "-o", dir_ + "/missing/dir/x.dot"});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_THAT(run.err, HasSubstr("cannot write"));
  EXPECT_FALSE(std::filesystem::exists(dir_ + "/missing"));
}

TEST_F(ExportCommandTest, AnAmbiguousNameListsCandidatesAndExitsOne) {
  // Two people named with the alias "Bekov" make it ambiguous.
  {
    absl::StatusOr<std::unique_ptr<Store>> store = Store::Open(dir_ + "/db");
    ASSERT_TRUE(store.ok()) << store.status();
    ArticleFacts article;
    article.id = "b01";
    article.date = Date(2024, 8, 1);
    article.title = "Another Bekov";
    article.content_hash = 99;
    article.entities.push_back(NodeRef{NodeKind::kPerson, "Nurlan Bekov", {"Bekov"}, {}, {}});
    ASSERT_TRUE((*store)->WriteArticle(article).ok());
  }
  const KgRun run = Kg({"export", "--around", "Bekov", "--format", "dot"});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_THAT(run.err, HasSubstr("\"Bekov\" matches 2 nodes; give one of these names:\n"
                                 "  Nurlan Bekov (person)\n  Yerlan Bekov (person)"));
}

TEST_F(ExportCommandTest, QueryExportsWhatItReturnsAndTheEdgesAmongIt) {
  KgRun run = Kg({"export", "--query", "MATCH (c:Country)-[r:PARTNER_OF]->(d) RETURN c, r, d",
                  "--format", "dot"});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_THAT(run.out, HasSubstr("[label=\"partner_of as of 2023-11-15\"]"));
  EXPECT_EQ(run.err,
            "kg: exported 2 nodes and 1 edge (query: MATCH (c:Country)-[r:PARTNER_OF]->(d) "
            "RETURN c, r, d) as dot\n");

  // Nodes alone bring the edges between them; parameters come from --param.
  run = Kg({"export", "--query", "MATCH (l:Law), (p:Person {name: $who})\n  RETURN l, p", "--param",
            "who=Yerlan Bekov", "--format", "cyjs"});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_THAT(run.out, HasSubstr("\"label\": \"signed_by 2024-06-10\""));
  EXPECT_THAT(run.err, HasSubstr("exported 2 nodes and 1 edge (query: MATCH (l:Law), (p:Person "
                                 "{name: $who}) RETURN l, p)"));
}

TEST_F(ExportCommandTest, QueryErrorsSayWhy) {
  KgRun run = Kg({"export", "--query", "MATCH (p:Person RETURN p", "--format", "dot"});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_THAT(run.err, HasSubstr("kg: line 1, column 17: "));

  run = Kg({"export", "--query", "MATCH (p:Person) RETURN p.name", "--format", "dot"});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_THAT(run.err, HasSubstr("returns no nodes or relationships"));

  run = Kg({"export", "--query", "MATCH (p:Person {name: 'Nobody'}) RETURN p", "--format", "dot"});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_THAT(run.err, HasSubstr("the query matched nothing"));
  EXPECT_EQ(run.out, "");
}

TEST_F(ExportCommandTest, UsageErrorsExitTwo) {
  EXPECT_EQ(Kg({"export", "--format", "dot"}).exit_code, 2);  // neither --around nor --query
  EXPECT_EQ(Kg({"export", "--around", "Bekov", "--query", "MATCH (n) RETURN n", "--format", "dot"})
                .exit_code,
            2);
  EXPECT_EQ(Kg({"export", "--around", "Bekov", "--depth", "6", "--format", "dot"}).exit_code, 2);
  EXPECT_EQ(Kg({"export", "--around", "Bekov"}).exit_code, 2);  // no format, no -o
  const KgRun run = Kg({"export", "--around", "Bekov", "--format", "svg"});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_THAT(run.err, HasSubstr("unknown format \"svg\""));
  EXPECT_EQ(Kg({"export", "--around", "Bekov", "--kind", "ministry", "--format", "dot"}).exit_code,
            2);
}

// The old temporary name was FILE.tmp-<pid>: a symlink planted there by
// another user was written through. The shell execs kg, so $$ is kg's pid.
TEST_F(ExportCommandTest, ASymlinkPlantedAtTheTemporaryNameIsNotWrittenThrough) {
  const std::string path = dir_ + "/out.dot";
  const std::string victim = dir_ + "/victim";
  const std::string command = "ln -s " + testing::ShellQuote(victim) + " " +
                              testing::ShellQuote(path) + ".tmp-$$ && exec " +
                              testing::ShellQuote(KG_BINARY) + " --db " +
                              testing::ShellQuote(dir_ + "/db") + " export --around Bekov -o " +
                              testing::ShellQuote(path) + " 2>/dev/null";
  const int status = std::system(command.c_str());
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0);
  EXPECT_FALSE(std::filesystem::exists(victim));
  EXPECT_THAT(ReadFile(path), StartsWith("digraph kg {"));
  // Only the export, the planted link and the store are left.
  size_t entries = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir_)) {
    (void)entry;
    ++entries;
  }
  EXPECT_EQ(entries, 3u);
}

}  // namespace
}  // namespace kg
