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
#include "ingest/discourse/jurisdiction.h"
#include "ingest/recognize/lexicon.h"
#include "query/names/name_resolution.h"
#include "query/questions/answer_writer.h"
#include "query/questions/holders.h"
#include "tools/kg/command.h"
#include "tools/kg/office_names.h"

namespace kg {
namespace {

struct HoldersCommandOptions {
  std::string office;
  std::string at;
  std::string country;
  std::string lexicon_dir;  // set from the context's data directory
  AnswerOptions answer;
};

// The office as typed, its country read off it (office_names.h); each of
// its names in turn until one is in the store.
absl::StatusOr<questions::HoldersAnswer> AskHolders(const Store& store, const Lexicon& lexicon,
                                                    const HoldersCommandOptions& options,
                                                    const questions::HoldersOptions& query) {
  KG_ASSIGN_OR_RETURN(const JurisdictionRules rules,
                      JurisdictionRules::Load(options.lexicon_dir, lexicon));
  const OfficeQuery office = ReadOfficeQuery(lexicon, rules, options.office, options.country);
  std::optional<absl::Status> first_error;
  auto ask = [&](const std::string& name) -> std::optional<absl::StatusOr<questions::HoldersAnswer>> {
    absl::StatusOr<questions::HoldersAnswer> answer = questions::HoldersQuery(store, name, query);
    if (answer.ok() || !absl::IsNotFound(answer.status())) return answer;
    if (!first_error.has_value()) first_error = answer.status();
    return std::nullopt;
  };
  for (const std::string& title : office.titles) {
    if (auto answer = ask(JurisdictionRules::WithCountry(title, office.country))) return *answer;
    if (office.country.empty()) continue;
    // "Foreign Minister of Uzbekistan": the home post's canonical name
    // ("Minister of Foreign Affairs"), then the country.
    absl::StatusOr<NodeRecord> home = ResolveName(store, title, NodeKind::kOffice);
    if (!home.ok()) continue;
    if (auto answer = ask(JurisdictionRules::WithCountry(home->name, office.country))) {
      return *answer;
    }
  }
  if (!office.country.empty()) {
    return absl::NotFoundError(absl::StrCat("no office named \"", options.office, "\" (a post of ",
                                            office.country, ")"));
  }
  return first_error.value_or(absl::NotFoundError("no office"));
}

absl::Status RunHolders(const HoldersCommandOptions& options, const CommandContext& context) {
  KG_ASSIGN_OR_RETURN(cypher::ResultFormat format,
                      cypher::ParseResultFormat(options.answer.format));
  KG_ASSIGN_OR_RETURN(const questions::AnswerWriteOptions write_options,
                      WriteOptionsOf(options.answer));
  questions::HoldersOptions query;
  query.max_evidence = EvidenceToRead(format, write_options);
  query.max_sources = SourcesToRead(format, write_options);
  if (!options.at.empty()) {
    query.at = Date::Parse(options.at);
    if (!query.at.has_value()) {
      return absl::InvalidArgumentError(absl::StrCat(
          "--at \"", options.at, "\" is not a date: give YYYY, YYYY-MM or YYYY-MM-DD"));
    }
  }
  KG_ASSIGN_OR_RETURN(std::unique_ptr<Store> store, OpenStoreForReading(context));
  HoldersCommandOptions with_lexicon = options;
  with_lexicon.lexicon_dir = context.data_dir + "/lexicon";
  KG_ASSIGN_OR_RETURN(std::unique_ptr<Lexicon> lexicon, Lexicon::Load(with_lexicon.lexicon_dir));
  KG_ASSIGN_OR_RETURN(questions::HoldersAnswer answer,
                      AskHolders(*store, *lexicon, with_lexicon, query));
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
  command->add_option("--country", options->country,
                      "Whose post a title without a country names (default Kazakhstan): "
                      "'kg holders President --country Kyrgyzstan'");
  AddAnswerOptions(command, &options->answer);
  command->callback([options, &context] {
    const absl::Status status = RunHolders(*options, context);
    if (!status.ok()) context.exit_code = ReportError(status);
  });
}

}  // namespace kg
