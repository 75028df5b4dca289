#include "tools/kg/data_dir.h"

#include <filesystem>

namespace kg {

std::string DefaultDataDir(const std::string& source_tree_data) {
  std::error_code error;
  // The binary's own path, symlinks resolved, so that a link in ~/bin to an
  // installed kg still finds <prefix>/share/kg.
  const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", error);
  if (!error) {
    const std::filesystem::path installed = exe.parent_path().parent_path() / "share" / "kg";
    if (std::filesystem::is_directory(installed / "lexicon", error)) return installed.string();
  }
  return source_tree_data;
}

}  // namespace kg
