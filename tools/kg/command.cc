#include "tools/kg/command.h"

#include <filesystem>
#include <iostream>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"

namespace kg {
namespace {

// What the store could not recover is said on stderr, once per command.
absl::StatusOr<std::unique_ptr<Store>> WithRecoveryNote(
    absl::StatusOr<std::unique_ptr<Store>> store) {
  if (store.ok() && !(*store)->recovery_note().empty()) {
    std::cerr << "kg: warning: " << (*store)->recovery_note() << "\n";
  }
  return store;
}

}  // namespace

absl::StatusOr<std::unique_ptr<Store>> OpenStoreForReading(const CommandContext& context) {
  std::error_code error;
  if (!std::filesystem::exists(context.db_path, error)) {
    return absl::NotFoundError("no store at " + context.db_path +
                               " (make one with `kg ingest FILE...`, or pass --db DIR)");
  }
  StoreOptions options;
  options.create_if_missing = false;
  options.read_only = true;
  return WithRecoveryNote(Store::Open(context.db_path, options));
}

absl::StatusOr<std::unique_ptr<Store>> OpenStoreForWriting(const CommandContext& context) {
  return WithRecoveryNote(Store::Open(context.db_path));
}

void AddAnswerOptions(CLI::App* command, AnswerOptions* options) {
  command->add_option("--format", options->format, "table (default), json or csv")
      ->check(CLI::IsMember({"table", "json", "csv"}));
  command->add_option("--evidence", options->evidence,
                      "Evidence sentences per row in json (default 3)");
  command->add_option("--sources", options->sources,
                      "Sources shown per table row, then \"+N more\" (default 3; all for every "
                      "one; json and csv always list all)");
}

absl::StatusOr<questions::AnswerWriteOptions> WriteOptionsOf(const AnswerOptions& options) {
  questions::AnswerWriteOptions write;
  write.max_evidence = options.evidence;
  if (options.sources == "all") {
    write.max_sources = 0;
  } else if (!absl::SimpleAtoi(options.sources, &write.max_sources) || write.max_sources == 0) {
    return absl::InvalidArgumentError(absl::StrCat(
        "--sources \"", options.sources, "\": give a number of sources (1 or more) or all"));
  }
  return write;
}

size_t EvidenceToRead(cypher::ResultFormat format, const questions::AnswerWriteOptions& write) {
  return format == cypher::ResultFormat::kJson ? write.max_evidence : 0;
}

std::optional<size_t> SourcesToRead(cypher::ResultFormat format,
                                    const questions::AnswerWriteOptions& write) {
  if (format != cypher::ResultFormat::kTable || write.max_sources == 0) return std::nullopt;
  return write.max_sources;
}

void AddBudgetOptions(CLI::App* command, cypher::Budget* budget) {
  command->add_option("--max-rows", budget->max_rows_visited,
                      "Stop a query past N nodes and edges read (default 10000000; 0: no limit)");
  command
      ->add_option_function<uint64_t>(
          "--max-memory", [budget](uint64_t mib) { budget->max_memory_bytes = mib << 20; },
          "Stop a query holding more than N MiB of rows for sorting, DISTINCT and aggregates "
          "(default 1024; 0: no limit)")
      ->check(CLI::Range(uint64_t{0}, uint64_t{1} << 40));
  command
      ->add_option("--timeout", budget->max_seconds,
                   "Stop a query after N seconds (default 30; 0: no limit)")
      ->check(CLI::NonNegativeNumber);
}

absl::Status FlushStdout() {
  std::cout.flush();
  if (!std::cout) return absl::DataLossError("writing to stdout failed");
  return absl::OkStatus();
}

int ReportError(const absl::Status& status) {
  std::cerr << "kg: " << status.message() << "\n";
  return status.code() == absl::StatusCode::kInvalidArgument ? kExitUsage : kExitFailure;
}

}  // namespace kg
