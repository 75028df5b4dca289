#include "tools/kg/command_tree.h"

namespace kg {
namespace {

void CollectOptions(const CLI::App& app, std::vector<OptionName>* out) {
  for (const CLI::Option* option : app.get_options()) {
    if (!option->nonpositional()) continue;
    OptionName name;
    for (const std::string& s : option->get_snames()) name.names.push_back("-" + s);
    for (const std::string& l : option->get_lnames()) name.names.push_back("--" + l);
    name.takes_value = option->get_items_expected_min() > 0;
    out->push_back(std::move(name));
  }
  for (const CLI::App* group :
       app.get_subcommands([](const CLI::App* sub) { return sub->get_name().empty(); })) {
    CollectOptions(*group, out);
  }
}

}  // namespace

std::vector<OptionName> OptionsOf(const CLI::App& app) {
  std::vector<OptionName> options;
  CollectOptions(app, &options);
  return options;
}

std::vector<const CLI::App*> SubcommandsOf(const CLI::App& app) {
  return app.get_subcommands([](const CLI::App* sub) { return !sub->get_name().empty(); });
}

std::vector<std::string> AllOptionNames(const std::vector<OptionName>& options) {
  std::vector<std::string> names;
  for (const OptionName& option : options) {
    names.insert(names.end(), option.names.begin(), option.names.end());
  }
  return names;
}

}  // namespace kg
