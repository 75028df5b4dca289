// kg: the command line. Thin: parses arguments and calls the libraries; each
// subcommand is in its own file (see command.h).
#include <cstdlib>
#include <iostream>

#include "CLI/CLI.hpp"
#include "tools/kg/command.h"

namespace {

std::string EnvOr(const char* name, std::string fallback) {
  const char* value = std::getenv(name);
  return value != nullptr && *value != '\0' ? value : fallback;
}

}  // namespace

int main(int argc, char** argv) {
  kg::CommandContext context;
  context.db_path = EnvOr("KG_DB", "kg.db");
  context.data_dir = EnvOr("KG_DATA", KG_DEFAULT_DATA_DIR);

  CLI::App app{
      "kg: a knowledge graph of who held which post when, how laws passed, and how "
      "people, offices, laws, countries and events connect, built from news articles."};
  app.set_help_all_flag("--help-all", "Print help for every subcommand");
  app.require_subcommand(1);
  app.add_option("--db", context.db_path, "Store directory (default $KG_DB, else ./kg.db)");
  app.add_option(
      "--data", context.data_dir,
      "Data directory holding lexicon/ (default $KG_DATA, else the source tree's data/)");

  kg::RegisterIngestCommand(app, context);
  kg::RegisterExtractCommand(app, context);
  kg::RegisterStatsCommand(app, context);
  kg::RegisterHoldersCommand(app, context);
  kg::RegisterCareerCommand(app, context);
  kg::RegisterLawCommand(app, context);
  kg::RegisterQueryCommand(app, context);
  kg::RegisterExportCommand(app, context);
  kg::RegisterDumpCommand(app, context);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? kg::kExitOk : kg::kExitUsage;
  }
  return context.exit_code;
}
