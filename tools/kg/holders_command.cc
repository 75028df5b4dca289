// kg holders OFFICE [--at DATE] [--format table|json|csv] [--evidence N]:
// who held an office, with intervals and sources (query/questions/holders.h).
// An ambiguous name lists the candidates on stderr (exit 1); a malformed
// --at is a usage error (exit 2).
#include <iostream>
#include <memory>
#include <optional>
#include <string>

#include "absl/strings/str_cat.h"
#include "graph/status_macros.h"
#include "query/questions/answer_writer.h"
#include "query/questions/holders.h"
#include "tools/kg/command.h"

namespace kg {
namespace {

struct HoldersCommandOptions {
  std::string office;
  std::string at;
  AnswerOptions answer;
};

absl::Status RunHolders(const HoldersCommandOptions& options, const CommandContext& context) {
  KG_ASSIGN_OR_RETURN(cypher::ResultFormat format,
                      cypher::ParseResultFormat(options.answer.format));
  KG_ASSIGN_OR_RETURN(const questions::AnswerWriteOptions write_options,
                      WriteOptionsOf(options.answer));
  questions::HoldersOptions query;
  if (!options.at.empty()) {
    query.at = Date::Parse(options.at);
    if (!query.at.has_value()) {
      return absl::InvalidArgumentError(absl::StrCat(
          "--at \"", options.at, "\" is not a date: give YYYY, YYYY-MM or YYYY-MM-DD"));
    }
  }
  KG_ASSIGN_OR_RETURN(std::unique_ptr<Store> store, OpenStoreForReading(context));
  KG_ASSIGN_OR_RETURN(questions::HoldersAnswer answer,
                      questions::HoldersQuery(*store, options.office, query));
  questions::WriteHolders(answer, format, std::cout, write_options);
  return FlushStdout();
}

}  // namespace

void RegisterHoldersCommand(CLI::App& app, CommandContext& context) {
  auto options = std::make_shared<HoldersCommandOptions>();
  CLI::App* command = app.add_subcommand(
      "holders",
      "Who held an office, when: every holder with the interval and its sources, or with --at "
      "the holder(s) at a date");
  command
      ->add_option("office", options->office,
                   "The office, e.g. 'Minister of Energy' or 'Energy Minister' (case, accents and "
                   "spelling variants do not matter; the beginning of a name is enough)")
      ->required();
  command->add_option("--at", options->at,
                      "Only the holders at this date: YYYY, YYYY-MM or YYYY-MM-DD (a year or "
                      "month lists everyone who held the office at some time in it)");
  AddAnswerOptions(command, &options->answer);
  command->callback([options, &context] {
    const absl::Status status = RunHolders(*options, context);
    if (!status.ok()) context.exit_code = ReportError(status);
  });
}

}  // namespace kg
