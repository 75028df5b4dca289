// `kg ui`'s JSON API against the CLI's --format json for the same question,
// byte for byte, and its errors (status codes, the CLI's message, the
// candidates of an ambiguous name); read-only and on 127.0.0.1 only. The
// server is the real binary on a store `kg ingest` builds from data/sample/.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "httplib.h"
#include "tests/support/kg_cli.h"

namespace kg {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using testing::KgOutcome;
using testing::RunKg;
using ::testing::StartsWith;

class UiApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new std::string(
        (fs::temp_directory_path() / ("kg_ui_api_" + std::to_string(getpid()))).string());
    fs::remove_all(*dir_);
    fs::create_directories(*dir_);
    std::vector<std::string> ingest = {"--db", Db(), "-q", "ingest"};
    for (const auto& entry : fs::directory_iterator(std::string(KG_SOURCE_DIR) + "/data/sample")) {
      ingest.push_back(entry.path().string());
    }
    const KgOutcome run = RunKg(ingest);
    ASSERT_EQ(run.exit_code, 0) << run.err;

    // kg ui --port 0 prints its URL on stdout once it listens.
    int out[2];
    ASSERT_EQ(pipe(out), 0);
    server_ = fork();
    if (server_ == 0) {
      dup2(out[1], STDOUT_FILENO);
      close(out[0]);
      close(out[1]);
      const std::string db = Db();
      execl(KG_BINARY, KG_BINARY, "--db", db.c_str(), "-q", "ui", "--port", "0", nullptr);
      _exit(127);
    }
    close(out[1]);
    std::string line;
    char c;
    while (read(out[0], &c, 1) == 1 && c != '\n') line += c;
    close(out[0]);
    url_ = new std::string(line);
    ASSERT_THAT(line, StartsWith("http://127.0.0.1:"));
    port_ = std::stoi(line.substr(std::string("http://127.0.0.1:").size()));
  }
  static void TearDownTestSuite() {
    if (server_ > 0) {
      kill(server_, SIGTERM);
      waitpid(server_, nullptr, 0);
    }
    fs::remove_all(*dir_);
    delete dir_;
    delete url_;
  }
  static std::string Db() { return *dir_ + "/kg.db"; }

  struct Got {
    int status = 0;
    std::string body;
    std::string type;
  };
  static Got Get(const std::string& path, const httplib::Params& params = {}) {
    httplib::Client client("127.0.0.1", port_);
    auto result = client.Get(path, params, httplib::Headers{}, httplib::Progress{});
    if (!result) return {};
    return {result->status, result->body, result->get_header_value("Content-Type")};
  }
  static std::string Cli(std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", Db()});
    const KgOutcome run = RunKg(args);
    EXPECT_EQ(run.exit_code, 0) << run.err;
    return run.out;
  }
  static std::string CliError(std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", Db()});
    const KgOutcome run = RunKg(args);
    EXPECT_NE(run.exit_code, 0);
    // "kg: MESSAGE\n" -> MESSAGE
    std::string message = run.err.substr(4);
    if (!message.empty() && message.back() == '\n') message.pop_back();
    return message;
  }
  // MESSAGE as the JSON string the API writes.
  static std::string Json(const std::string& text) {
    std::string out = "\"";
    for (char c : text) {
      if (c == '\n') {
        out += "\\n";
      } else if (c == '"') {
        out += "\\\"";
      } else {
        out += c;
      }
    }
    return out + "\"";
  }

  static std::string* dir_;
  static std::string* url_;
  static pid_t server_;
  static int port_;
};

std::string* UiApiTest::dir_ = nullptr;
std::string* UiApiTest::url_ = nullptr;
pid_t UiApiTest::server_ = -1;
int UiApiTest::port_ = 0;

TEST_F(UiApiTest, AnswersAreTheCliJson) {
  EXPECT_EQ(Get("/api/holders", {{"office", "Minister of Energy"}}).body,
            Cli({"holders", "Minister of Energy", "--format", "json"}));
  EXPECT_EQ(Get("/api/holders", {{"office", "Minister of Energy"}, {"at", "2024-01"}}).body,
            Cli({"holders", "Minister of Energy", "--at", "2024-01", "--format", "json"}));
  EXPECT_EQ(Get("/api/career", {{"person", "Marat Kenzhebulatov"}}).body,
            Cli({"career", "Marat Kenzhebulatov", "--format", "json"}));
  EXPECT_EQ(Get("/api/law", {{"law", "public procurement"}}).body,
            Cli({"law", "public procurement", "--format", "json"}));
  EXPECT_EQ(
      Get("/api/around", {{"name", "Marat Kenzhebulatov"}, {"depth", "2"}}).body,
      Cli({"-q", "export", "--around", "Marat Kenzhebulatov", "--depth", "2", "--format", "cyjs"}));
  const std::string cypher =
      "MATCH (p:Person)-[r:APPOINTED_TO]->(o) RETURN id(p), p.name, o "
      "ORDER BY p.name LIMIT 5";
  EXPECT_EQ(Get("/api/query", {{"q", cypher}}).body, Cli({"query", cypher, "--format", "json"}));
  const Got got = Get("/api/career", {{"person", "Marat Kenzhebulatov"}});
  EXPECT_EQ(got.status, 200);
  EXPECT_EQ(got.type, "application/json; charset=utf-8");
}

TEST_F(UiApiTest, SearchListsTheNodesANameDesignates) {
  const Got one = Get("/api/search", {{"q", "Kenzhebulatov"}});
  EXPECT_EQ(one.status, 200);
  EXPECT_THAT(one.body, StartsWith("{\"q\": \"Kenzhebulatov\", \"matches\": [{\"id\": \""));
  EXPECT_THAT(one.body, HasSubstr("\"kind\": \"person\", \"name\": \"Marat Kenzhebulatov\"}]}"));
  const Got several = Get("/api/search", {{"q", "Minister of"}});
  EXPECT_EQ(several.status, 200);
  EXPECT_GT(std::count(several.body.begin(), several.body.end(), '{'), 3);
}

TEST_F(UiApiTest, ErrorsCarryTheCliMessageAndAStatus) {
  Got got = Get("/api/career", {{"person", "Nobody Atall"}});
  EXPECT_EQ(got.status, 404);
  EXPECT_EQ(got.body, absl::StrCat("{\"error\": ", Json(CliError({"career", "Nobody Atall"})),
                                   ", \"status\": 404}\n"));
  got = Get("/api/holders", {{"office", "Minister of Energy"}, {"at", "March"}});
  EXPECT_EQ(got.status, 400);
  EXPECT_EQ(got.body,
            absl::StrCat(
                "{\"error\": ", Json(CliError({"holders", "Minister of Energy", "--at", "March"})),
                ", \"status\": 400}\n"));
  got = Get("/api/holders", {{"office", "Minister of"}});
  EXPECT_EQ(got.status, 409);
  EXPECT_THAT(got.body,
              StartsWith(absl::StrCat("{\"error\": ", Json(CliError({"holders", "Minister of"})),
                                      ", \"status\": 409, \"candidates\": [{\"id\": \"")));
  got = Get("/api/query", {{"q", "MATCH (p RETURN p"}});
  EXPECT_EQ(got.status, 400);
  EXPECT_THAT(got.body, HasSubstr(Json(CliError({"query", "MATCH (p RETURN p"}))));
  EXPECT_EQ(Get("/api/nothing").status, 404);
  EXPECT_EQ(Get("/api/career").status, 400);
}

TEST_F(UiApiTest, ReadOnlyAndLocalOnly) {
  httplib::Client client("127.0.0.1", port_);
  auto post = client.Post("/api/query", "q=x", "application/x-www-form-urlencoded");
  ASSERT_TRUE(post);
  EXPECT_EQ(post->status, 405);
  // Cypher has no writing clauses to begin with.
  EXPECT_EQ(Get("/api/query", {{"q", "CREATE (n:Person {name: 'x'})"}}).status, 400);
  // The listening socket is bound to 127.0.0.1 (0100007F in /proc/net/tcp).
  std::ifstream tcp("/proc/net/tcp");
  std::string line, bound;
  char port_hex[8];
  std::snprintf(port_hex, sizeof port_hex, ":%04X", port_);
  while (std::getline(tcp, line)) {
    // "  sl  local_address rem_address   st ..." with st 0A = LISTEN.
    if (line.find(port_hex) != std::string::npos && line.find(" 0A ") != std::string::npos) {
      bound += line.substr(line.find(':') + 2, 13) + " ";
    }
  }
  EXPECT_EQ(bound, absl::StrCat("0100007F", port_hex, " "));
}

TEST_F(UiApiTest, PagesAndAssets) {
  for (const char* page : {"/", "/person", "/office", "/law", "/around"}) {
    const Got got = Get(page);
    EXPECT_EQ(got.status, 200) << page;
    EXPECT_THAT(got.body, HasSubstr("<script src=\"/assets/app.js\"></script>")) << page;
  }
  for (const char* asset :
       {"kg.js", "timeline.js", "graph.js", "app.js", "app.css", "cytoscape.js"}) {
    EXPECT_EQ(Get(absl::StrCat("/assets/", asset)).status, 200) << asset;
  }
  EXPECT_EQ(Get("/assets/none.js").status, 404);
  EXPECT_EQ(Get("/etc/passwd").status, 404);
}

}  // namespace
}  // namespace kg
