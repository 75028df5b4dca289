#include "tools/kg/command.h"

namespace kg {

void RegisterIngestCommand(CLI::App& app, CommandContext& context) {
  (void)app;
  (void)context;
}

}  // namespace kg
