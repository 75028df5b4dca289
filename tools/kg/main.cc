// kg: the command line. Thin: parses arguments and calls the libraries; each
// subcommand is in its own file (see command.h).
//
// Conventions every subcommand shares: the global options (--db, --data,
// -q) go before or after the subcommand; `kg --version`; `kg help CMD` is
// `kg CMD --help`; a mistyped subcommand or option is answered with the
// nearest real one (usage_check.h); usage errors exit 2.
#include <cstdlib>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "CLI/CLI.hpp"
#include "tools/kg/command.h"
#include "tools/kg/command_tree.h"
#include "tools/kg/completion.h"
#include "tools/kg/data_dir.h"
#include "tools/kg/suggest.h"
#include "tools/kg/usage_check.h"

namespace {

std::string EnvOr(const char* name, std::string fallback) {
  const char* value = std::getenv(name);
  return value != nullptr && *value != '\0' ? value : fallback;
}

// `kg help [CMD]`: the help of kg or of one subcommand, on stdout.
void RegisterHelpCommand(CLI::App& app, kg::CommandContext& context) {
  auto topic = std::make_shared<std::vector<std::string>>();
  CLI::App* command = app.add_subcommand("help", "Help on a subcommand: kg help holders");
  command->add_option("command", *topic, "The subcommand");
  command->callback([&app, &context, topic] {
    if (topic->empty()) {
      // Not app.help(): with `help` parsed, CLI11 would print help's own.
      std::cout << app.get_formatter()->make_help(&app, "kg", CLI::AppFormatMode::Normal);
      return;
    }
    for (const CLI::App* sub : app.get_subcommands({})) {
      if (!sub->get_name().empty() && sub->check_name(topic->front())) {
        std::cout << sub->help("kg");
        return;
      }
    }
    std::vector<std::string> names;
    for (const CLI::App* sub : kg::SubcommandsOf(app)) names.push_back(sub->get_name());
    const std::optional<std::string> near = kg::ClosestName(topic->front(), names);
    std::cerr << "kg: no command \"" << topic->front() << "\"."
              << (near.has_value() ? " Did you mean \"" + *near + "\"?" : "")
              << " See `kg --help`.\n";
    context.exit_code = kg::kExitUsage;
  });
}

// `kg completion bash`: the completion script (hidden from the help).
void RegisterCompletionCommand(CLI::App& app) {
  auto shell = std::make_shared<std::string>();
  CLI::App* command = app.add_subcommand("completion", "Print the bash completion script");
  command->group("");
  command->add_option("shell", *shell, "bash")->required()->check(CLI::IsMember({"bash"}));
  // The callback owns `shell`, which CLI11 writes into.
  command->callback([&app, shell] { std::cout << kg::BashCompletionScript(app, {"completion"}); });
}

}  // namespace

int main(int argc, char** argv) {
  kg::CommandContext context;
  context.db_path = EnvOr("KG_DB", "kg.db");
  context.data_dir = EnvOr("KG_DATA", kg::DefaultDataDir(KG_DEFAULT_DATA_DIR));

  CLI::App app{
      "kg: a knowledge graph of who held which post when, how laws passed, and how "
      "people, offices, laws, countries and events connect, built from news articles."};
  app.name("kg");
  app.set_help_all_flag("--help-all", "Print help for every subcommand");
  app.set_version_flag("--version", "kg " KG_VERSION);
  app.require_subcommand(1);
  // Subcommands inherit this: an option a subcommand does not know is tried
  // as a global one, so `kg ingest --db x.db f` works as `kg --db x.db ingest f`.
  app.fallthrough();
  app.add_option("--db", context.db_path, "Store directory (default $KG_DB, else ./kg.db)")
      ->capture_default_str();
  app.add_option("--data", context.data_dir,
                 "Data directory holding lexicon/ (default $KG_DATA, else the installed "
                 "share/kg, else the source tree's data/)")
      ->capture_default_str();
  app.add_flag("-q,--quiet", context.quiet, "No progress or summaries on stderr (errors still)");

  kg::RegisterIngestCommand(app, context);
  kg::RegisterExtractCommand(app, context);
  kg::RegisterStatsCommand(app, context);
  kg::RegisterHoldersCommand(app, context);
  kg::RegisterCareerCommand(app, context);
  kg::RegisterLawCommand(app, context);
  kg::RegisterCheckCommand(app, context);
  kg::RegisterQueryCommand(app, context);
  kg::RegisterExportCommand(app, context);
  kg::RegisterDumpCommand(app, context);
  kg::RegisterUiCommand(app, context);
  RegisterHelpCommand(app, context);
  RegisterCompletionCommand(app);

  if (auto unknown = kg::FindUnknownWord(app, std::vector<std::string>(argv + 1, argv + argc))) {
    std::cerr << "kg: " << *unknown << "\n";
    return kg::kExitUsage;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? kg::kExitOk : kg::kExitUsage;
  }
  return context.exit_code;
}
