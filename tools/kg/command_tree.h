// Reading the command definitions back out of CLI11: the subcommands and the
// options each accepts. The mistyped-word check (usage_check.h) and the bash
// completion (completion.h) are both written from this, so that neither
// keeps a second list of commands that could drift from the real one.
#ifndef KG_TOOLS_KG_COMMAND_TREE_H_
#define KG_TOOLS_KG_COMMAND_TREE_H_

#include <string>
#include <vector>

#include "CLI/CLI.hpp"

namespace kg {

struct OptionName {
  std::vector<std::string> names;  // with their dashes: "-o", "--output"
  bool takes_value = false;        // a flag takes none
};

// The named options of `app` itself, including those of its option groups
// (the nameless sub-apps CLI11 makes for add_option_group).
std::vector<OptionName> OptionsOf(const CLI::App& app);

// The named subcommands of `app`, in the order they were added.
std::vector<const CLI::App*> SubcommandsOf(const CLI::App& app);

// Every name of every option, for a "did you mean" among them.
std::vector<std::string> AllOptionNames(const std::vector<OptionName>& options);

}  // namespace kg

#endif  // KG_TOOLS_KG_COMMAND_TREE_H_
