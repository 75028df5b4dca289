// kg law LAW [--format table|json|csv] [--evidence N]: the stages a law went
// through, in order, with dates, bodies and sources merged across articles,
// and notes on contradictions and gaps (query/questions/law.h). An ambiguous
// name lists the candidates on stderr (exit 1).
#include <iostream>
#include <memory>
#include <string>

#include "graph/status_macros.h"
#include "query/questions/answer_writer.h"
#include "query/questions/law.h"
#include "tools/kg/command.h"

namespace kg {
namespace {

struct LawCommandOptions {
  std::string law;
  AnswerOptions answer;
};

absl::Status RunLaw(const LawCommandOptions& options, const CommandContext& context) {
  KG_ASSIGN_OR_RETURN(cypher::ResultFormat format,
                      cypher::ParseResultFormat(options.answer.format));
  KG_ASSIGN_OR_RETURN(const questions::AnswerWriteOptions write_options,
                      WriteOptionsOf(options.answer));
  KG_ASSIGN_OR_RETURN(std::unique_ptr<Store> store, OpenStoreForReading(context));
  KG_ASSIGN_OR_RETURN(questions::LawAnswer answer, questions::LawQuery(*store, options.law));
  questions::WriteLaw(answer, format, std::cout, write_options);
  return FlushStdout();
}

}  // namespace

void RegisterLawCommand(CLI::App& app, CommandContext& context) {
  auto options = std::make_shared<LawCommandOptions>();
  CLI::App* command = app.add_subcommand(
      "law",
      "The path a law took: drafted, submitted, read, adopted, approved or returned, signed, in "
      "force; each stage with its date, body and sources, with contradictions and gaps noted");
  command
      ->add_option("law", options->law,
                   "The law, e.g. 'On Public Procurement', 'the law on public procurement' or "
                   "'public procurement'")
      ->required();
  AddAnswerOptions(command, &options->answer);
  command->callback([options, &context] {
    const absl::Status status = RunLaw(*options, context);
    if (!status.ok()) context.exit_code = ReportError(status);
  });
}

}  // namespace kg
