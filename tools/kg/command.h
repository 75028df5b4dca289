// The pieces every `kg` subcommand shares: global options, opening the
// store, and turning a Status into a message and an exit code.
//
// A subcommand lives in its own file and exposes one function,
//   void RegisterFooCommand(CLI::App& app, CommandContext& context);
// which adds a CLI11 subcommand whose callback sets context.exit_code.
// main.cc calls every Register*Command.
#ifndef KG_TOOLS_KG_COMMAND_H_
#define KG_TOOLS_KG_COMMAND_H_

#include <memory>
#include <optional>
#include <string>

#include "CLI/CLI.hpp"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "graph/store.h"
#include "query/questions/answer_writer.h"
#include "query/cypher/query.h"

namespace kg {

// Exit codes (DESIGN.md): 0 success, 1 bad input or failure, 2 usage.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;

struct CommandContext {
  std::string db_path;   // --db, else $KG_DB, else ./kg.db
  std::string data_dir;  // --data, else $KG_DATA, else data_dir.h's default
  bool quiet = false;    // -q: no progress or summaries on stderr, errors still
  int exit_code = kExitOk;
};

// Opens the store for a query: a missing store is an error that says how to
// make one, not a silently created empty store.
absl::StatusOr<std::unique_ptr<Store>> OpenStoreForReading(const CommandContext& context);
// Opens (creating if needed) the store for ingest.
absl::StatusOr<std::unique_ptr<Store>> OpenStoreForWriting(const CommandContext& context);

// Prints "kg: <message>" on stderr and returns the exit code for `status`
// (kExitUsage for InvalidArgument, kExitFailure otherwise).
int ReportError(const absl::Status& status);

// The output options of the three questions (holders, career, law).
struct AnswerOptions {
  std::string format = "table";  // table, json or csv
  size_t evidence = 3;           // source sentences per row in json
  std::string sources = "3";     // sources per table row: a number or "all"
};
// The questions' writer options from the command line's; InvalidArgument
// for a --sources that is neither a number nor "all".
absl::StatusOr<questions::AnswerWriteOptions> WriteOptionsOf(const AnswerOptions& options);
// How many sentences per row a question need read for `format`: the JSON
// writer's limit; the table and CSV writers print none.
size_t EvidenceToRead(cypher::ResultFormat format, const questions::AnswerWriteOptions& write);
// How many sources per row a question need read for `format`: the table's
// --sources (it shows how many more there are); nullopt, all, for JSON and
// CSV, which list every one.
std::optional<size_t> SourcesToRead(cypher::ResultFormat format,
                                    const questions::AnswerWriteOptions& write);
void AddAnswerOptions(CLI::App* command, AnswerOptions* options);

// --max-rows, --max-memory (MiB) and --timeout (seconds): raise or lift (0)
// the query budgets (query/cypher/query.h) of a command that runs Cypher.
void AddBudgetOptions(CLI::App* command, cypher::Budget* budget);

// Flushes stdout: DataLoss when writing to it failed (a closed pipe, a full
// disk), so that a truncated answer is not reported as a success.
absl::Status FlushStdout();

void RegisterIngestCommand(CLI::App& app, CommandContext& context);
void RegisterExtractCommand(CLI::App& app, CommandContext& context);
void RegisterStatsCommand(CLI::App& app, CommandContext& context);
void RegisterHoldersCommand(CLI::App& app, CommandContext& context);
void RegisterCareerCommand(CLI::App& app, CommandContext& context);
void RegisterLawCommand(CLI::App& app, CommandContext& context);
void RegisterCheckCommand(CLI::App& app, CommandContext& context);
void RegisterQueryCommand(CLI::App& app, CommandContext& context);
void RegisterExportCommand(CLI::App& app, CommandContext& context);
void RegisterUiCommand(CLI::App& app, CommandContext& context);
void RegisterDumpCommand(CLI::App& app, CommandContext& context);

}  // namespace kg

#endif  // KG_TOOLS_KG_COMMAND_H_
