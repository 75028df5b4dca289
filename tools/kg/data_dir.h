// Where kg finds its lexicons when neither --data nor $KG_DATA says: beside
// an installed binary first (<prefix>/bin/kg reads <prefix>/share/kg, the
// layout `cmake --install` writes), else the source tree it was built from,
// so that a build runs from the build directory without installing.
#ifndef KG_TOOLS_KG_DATA_DIR_H_
#define KG_TOOLS_KG_DATA_DIR_H_

#include <string>

namespace kg {

// `source_tree_data` is the build's data/ (KG_DEFAULT_DATA_DIR).
std::string DefaultDataDir(const std::string& source_tree_data);

}  // namespace kg

#endif  // KG_TOOLS_KG_DATA_DIR_H_
