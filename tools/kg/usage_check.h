// The words of a command line that name nothing kg knows, found before CLI11
// parses it, so that the error says what was meant:
//
//   kg holdrs X        ->  kg: "holdrs" is not a kg command. Did you mean "holders"?
//   kg holders --formt json X
//                      ->  kg: "kg holders" has no option "--formt". Did you mean "--format"?
//
// Global options (--db, --data, -q) are accepted before or after the
// subcommand, as CLI11 does with fallthrough.
#ifndef KG_TOOLS_KG_USAGE_CHECK_H_
#define KG_TOOLS_KG_USAGE_CHECK_H_

#include <optional>
#include <string>
#include <vector>

#include "CLI/CLI.hpp"

namespace kg {

// The message for the first unknown subcommand or option in `args` (argv
// without the program name), or nullopt when every word is known.
std::optional<std::string> FindUnknownWord(const CLI::App& app,
                                           const std::vector<std::string>& args);

}  // namespace kg

#endif  // KG_TOOLS_KG_USAGE_CHECK_H_
