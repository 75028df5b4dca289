// Running the kg binary from a test: the command line tests (kg query, the
// questions, kg export, kg ingest on bad input) all go through this.
//
//   KgOutcome run = RunKg({"--db", db, "holders", "Minister of Energy"});
//   EXPECT_EQ(run.exit_code, 0) << run.err;
#ifndef KG_TESTS_SUPPORT_KG_CLI_H_
#define KG_TESTS_SUPPORT_KG_CLI_H_

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace kg::testing {

struct KgOutcome {
  int exit_code = -1;  // -1 when kg did not exit normally
  std::string out;
  std::string err;
};

// `text` as one word for /bin/sh.
inline std::string ShellQuote(const std::string& text) {
  std::string quoted = "'";
  for (char c : text) {
    if (c == '\'') {
      quoted += "'\\''";
    } else {
      quoted += c;
    }
  }
  return quoted + "'";
}

// Runs KG_BINARY with `args`, capturing stdout and stderr through files of
// this process's own in the temporary directory.
inline KgOutcome RunKg(const std::vector<std::string>& args) {
  static int run = 0;
  const std::string base = (std::filesystem::temp_directory_path() /
                            ("kg_cli_" + std::to_string(::getpid()) + "_" + std::to_string(++run)))
                               .string();
  const std::string out_path = base + ".stdout";
  const std::string err_path = base + ".stderr";
  std::string command = ShellQuote(KG_BINARY);
  for (const std::string& arg : args) command += " " + ShellQuote(arg);
  command += " >" + ShellQuote(out_path) + " 2>" + ShellQuote(err_path);
  const int status = std::system(command.c_str());
  KgOutcome outcome;
  outcome.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  auto slurp = [](const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  };
  outcome.out = slurp(out_path);
  outcome.err = slurp(err_path);
  std::remove(out_path.c_str());
  std::remove(err_path.c_str());
  return outcome;
}

}  // namespace kg::testing

#endif  // KG_TESTS_SUPPORT_KG_CLI_H_
