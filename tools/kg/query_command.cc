// kg query 'MATCH ... RETURN ...' [--param name=value]... [--format table|json|csv]
// [--max-hops N] [--max-rows N] [--max-memory MIB] [--timeout S]: runs a read-only Cypher query
// (query/cypher/query.h) and prints its rows as they come. A mistake in the query is reported as
// "kg: line L, column C: message" with exit code 2.
#include <iostream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

#include "query/cypher/query.h"
#include "query/cypher/result_writer.h"
#include "query/questions/tenure_overlay.h"
#include "tools/kg/command.h"

namespace kg {
namespace {

struct QueryOptions {
  std::string text;
  std::vector<std::string> params;
  std::string format = "table";
  int max_hops = cypher::kDefaultMaxHops;
  cypher::Budget budget;
};

absl::Status RunQueryCommand(const QueryOptions& options, const CommandContext& context) {
  std::string text = options.text;
  if (text == "-") text.assign(std::istreambuf_iterator<char>(std::cin), {});
  cypher::Parameters parameters;
  for (const std::string& param : options.params) {
    if (absl::Status s = cypher::AddParameter(param, &parameters); !s.ok()) return s;
  }
  absl::StatusOr<cypher::ResultFormat> format = cypher::ParseResultFormat(options.format);
  if (!format.ok()) return format.status();
  cypher::ExecutionOptions execution;
  execution.max_hops = options.max_hops;
  execution.budget = options.budget;
  // Parse and plan before opening the store: a mistyped query is reported
  // as such even where there is no store yet.
  absl::StatusOr<cypher::PreparedQuery> query =
      cypher::PreparedQuery::Prepare(text, parameters, execution);
  if (!query.ok()) return query.status();
  absl::StatusOr<std::unique_ptr<Store>> store = OpenStoreForReading(context);
  if (!store.ok()) return store.status();
  // r.end, r.start and returned edges show the tenures `kg holders` shows.
  questions::TenureConclusions conclusions(**store);
  execution.conclusions = &conclusions;
  query = cypher::PreparedQuery::Prepare(text, parameters, execution);
  if (!query.ok()) return query.status();

  std::unique_ptr<cypher::ResultWriter> writer = cypher::MakeResultWriter(*format, std::cout);
  writer->Begin(query->columns());
  const absl::Status status = query->Stream(**store, [&](const cypher::Row& row) {
    writer->Add(row);
    return true;
  });
  if (!status.ok()) {
    std::cout.flush();
    return status;
  }
  writer->End();
  std::cout.flush();
  return absl::OkStatus();
}

}  // namespace

void RegisterQueryCommand(CLI::App& app, CommandContext& context) {
  auto options = std::make_shared<QueryOptions>();
  CLI::App* command = app.add_subcommand(
      "query", "Run a read-only Cypher query: MATCH ... [WHERE ...] RETURN ... [ORDER BY ...]");
  command
      ->add_option("query", options->text,
                   "The query, e.g. 'MATCH (p:Person)-[r:APPOINTED_TO]->(o:Office) RETURN "
                   "p.name, o.name, r.date ORDER BY r.date' (- reads it from stdin)")
      ->required();
  command
      ->add_option("--param", options->params,
                   "A $parameter as name=value (repeatable); numbers and date('2024-03') "
                   "are typed, anything else is a string")
      // One value per --param, so that `--param a=1 'MATCH ...'` leaves the
      // query to the positional argument.
      ->allow_extra_args(false);
  command->add_option("--format", options->format, "table (default), json or csv")
      ->check(CLI::IsMember({"table", "json", "csv"}));
  command
      ->add_option("--max-hops", options->max_hops,
                   "Longest variable-length path, and shortestPath()'s bound: * means "
                   "1..N (default 10)")
      ->check(CLI::Range(1, 100));
  AddBudgetOptions(command, &options->budget);
  command->callback([options, &context] {
    const absl::Status status = RunQueryCommand(*options, context);
    if (!status.ok()) context.exit_code = ReportError(status);
  });
}

}  // namespace kg
