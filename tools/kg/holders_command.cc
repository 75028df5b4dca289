#include "tools/kg/command.h"

namespace kg {

// To be written.
void RegisterHoldersCommand(CLI::App& app, CommandContext& context) {
  (void)app;
  (void)context;
}

}  // namespace kg
