#include "tools/kg/command.h"

namespace kg {

void RegisterExtractCommand(CLI::App& app, CommandContext& context) {
  (void)app;
  (void)context;
}

}  // namespace kg
