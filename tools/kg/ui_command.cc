// kg ui [--port N] [--open]: the local web application over the store
// (ui/server.h), on 127.0.0.1 only, read-only, until interrupted. Prints the
// URL on stdout once it listens (tests read it; with --port 0 the port is
// any free one); --open also hands the URL to the desktop's browser.
#include <spawn.h>
#include <sys/wait.h>

#include <iostream>
#include <memory>

#include "graph/status_macros.h"
#include "tools/kg/command.h"
#include "ui/server.h"

extern char** environ;

namespace kg {
namespace {

struct UiOptions {
  int port = 8737;
  bool open = false;
};

// xdg-open, without a shell (the URL is ours, but no quoting to get wrong).
void OpenInBrowser(const std::string& url) {
  pid_t pid;
  const char* argv[] = {"xdg-open", url.c_str(), nullptr};
  if (posix_spawnp(&pid, "xdg-open", nullptr, nullptr, const_cast<char* const*>(argv), environ) !=
      0) {
    std::cerr << "kg: cannot start xdg-open; open " << url << " in a browser\n";
  }
}

absl::Status RunUi(const UiOptions& options, const CommandContext& context) {
  KG_ASSIGN_OR_RETURN(std::unique_ptr<Store> store, OpenStoreForReading(context));
  ui::ServerOptions server;
  server.port = options.port;
  server.on_listening = [&](const std::string& url) {
    std::cout << url << std::endl;
    if (!context.quiet) {
      std::cerr << "kg: serving " << context.db_path << " at " << url
                << " (read-only, this machine only; Ctrl-C stops)\n";
    }
    if (options.open) OpenInBrowser(url);
  };
  return ui::Serve(*store, server);
}

}  // namespace

void RegisterUiCommand(CLI::App& app, CommandContext& context) {
  auto options = std::make_shared<UiOptions>();
  CLI::App* command = app.add_subcommand(
      "ui",
      "A local web application over the store: search, person, office and law pages with "
      "timelines, the neighbourhood drawing and a JSON API (127.0.0.1 only, read-only)");
  command->add_option("--port", options->port, "TCP port on 127.0.0.1 (default 8737; 0: any free)")
      ->check(CLI::Range(0, 65535));
  command->add_flag("--open", options->open, "Also open the page in the desktop's browser");
  command->callback([options, &context] {
    const absl::Status status = RunUi(*options, context);
    if (!status.ok()) context.exit_code = ReportError(status);
  });
}

}  // namespace kg
