#include "tools/kg/usage_check.h"

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "tools/kg/command_tree.h"
#include "tools/kg/suggest.h"

namespace kg {
namespace {

const OptionName* FindOption(const std::vector<OptionName>& options, const std::string& name) {
  for (const OptionName& option : options) {
    if (std::find(option.names.begin(), option.names.end(), name) != option.names.end()) {
      return &option;
    }
  }
  return nullptr;
}

std::string DidYouMean(const std::optional<std::string>& suggestion) {
  return suggestion.has_value() ? absl::StrCat(" Did you mean \"", *suggestion, "\"?") : "";
}

}  // namespace

std::optional<std::string> FindUnknownWord(const CLI::App& app,
                                           const std::vector<std::string>& args) {
  const std::vector<OptionName> global = OptionsOf(app);
  const std::vector<const CLI::App*> subcommands = SubcommandsOf(app);
  const CLI::App* subcommand = nullptr;
  std::vector<OptionName> local;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& word = args[i];
    if (word == "--") break;  // the rest is positional
    const bool is_option = word.size() > 1 && word[0] == '-';
    if (is_option) {
      // -abc (several short flags at once) is CLI11's to judge.
      if (word[1] != '-' && word.size() > 2) continue;
      const std::string name = word.substr(0, word.find('='));
      const OptionName* option = FindOption(local, name);
      if (option == nullptr) option = FindOption(global, name);
      if (option == nullptr) {
        std::vector<std::string> names = AllOptionNames(local);
        const std::vector<std::string> global_names = AllOptionNames(global);
        names.insert(names.end(), global_names.begin(), global_names.end());
        const std::string where =
            subcommand == nullptr ? "kg" : absl::StrCat("kg ", subcommand->get_name());
        return absl::StrCat("\"", where, "\" has no option \"", name, "\".",
                            DidYouMean(ClosestName(name, names)), " See `", where, " --help`.");
      }
      if (option->takes_value && name.size() == word.size()) ++i;
      continue;
    }
    if (subcommand != nullptr) continue;  // a positional argument
    for (const CLI::App* candidate : subcommands) {
      if (candidate->check_name(word)) subcommand = candidate;
    }
    if (subcommand == nullptr) {
      std::vector<std::string> names;  // those the help lists (a hidden one has no group)
      for (const CLI::App* candidate : subcommands) {
        if (!candidate->get_group().empty()) names.push_back(candidate->get_name());
      }
      return absl::StrCat("\"", word, "\" is not a kg command.",
                          DidYouMean(ClosestName(word, names)),
                          " The commands are: ", absl::StrJoin(names, ", "), ".");
    }
    local = OptionsOf(*subcommand);
  }
  return std::nullopt;
}

}  // namespace kg
