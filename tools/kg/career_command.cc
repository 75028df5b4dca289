// kg career PERSON [--format table|json|csv] [--evidence N]: a person's posts
// and memberships in order, with sources (query/questions/career.h). An
// ambiguous name lists the candidates on stderr (exit 1).
#include <iostream>
#include <memory>
#include <string>

#include "graph/status_macros.h"
#include "query/questions/answer_writer.h"
#include "query/questions/career.h"
#include "tools/kg/command.h"

namespace kg {
namespace {

struct CareerCommandOptions {
  std::string person;
  AnswerOptions answer;
};

absl::Status RunCareer(const CareerCommandOptions& options, const CommandContext& context) {
  KG_ASSIGN_OR_RETURN(cypher::ResultFormat format,
                      cypher::ParseResultFormat(options.answer.format));
  KG_ASSIGN_OR_RETURN(const questions::AnswerWriteOptions write_options,
                      WriteOptionsOf(options.answer));
  KG_ASSIGN_OR_RETURN(std::unique_ptr<Store> store, OpenStoreForReading(context));
  questions::CareerOptions query;
  query.max_evidence = EvidenceToRead(format, write_options);
  query.max_sources = SourcesToRead(format, write_options);
  KG_ASSIGN_OR_RETURN(questions::CareerAnswer answer,
                      questions::CareerQuery(*store, options.person, query));
  questions::WriteCareer(answer, format, std::cout, write_options);
  return FlushStdout();
}

}  // namespace

void RegisterCareerCommand(CLI::App& app, CommandContext& context) {
  auto options = std::make_shared<CareerCommandOptions>();
  CLI::App* command = app.add_subcommand(
      "career", "A person's posts and memberships in order, each with its interval and sources");
  command
      ->add_option("person", options->person,
                   "The person, e.g. 'Tokayev' (case, accents and transliteration do not "
                   "matter; a surname or the beginning of a name is enough)")
      ->required();
  AddAnswerOptions(command, &options->answer);
  command->callback([options, &context] {
    const absl::Status status = RunCareer(*options, context);
    if (!status.ok()) context.exit_code = ReportError(status);
  });
}

}  // namespace kg
