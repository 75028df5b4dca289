// The bash completion script for kg, written from the command definitions
// (command_tree.h): subcommand names, each subcommand's options and the
// global ones, and file or directory names where an option takes one.
// `kg completion bash` prints it; the build writes it to kg.bash and
// `cmake --install` installs it into bash-completion's directory.
#ifndef KG_TOOLS_KG_COMPLETION_H_
#define KG_TOOLS_KG_COMPLETION_H_

#include <string>

#include "CLI/CLI.hpp"

namespace kg {

// A script defining _kg and `complete -F _kg kg`. Subcommands listed in
// `hidden` (e.g. "completion" itself) are left out.
std::string BashCompletionScript(const CLI::App& app, const std::vector<std::string>& hidden);

}  // namespace kg

#endif  // KG_TOOLS_KG_COMPLETION_H_
