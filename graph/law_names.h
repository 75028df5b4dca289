// One law under the names reports give it: "On ratification of the
// Agreement on preservation and rational use of water biological resources
// of the Caspian Sea" and "... on preserving and rational use of water and
// biological resources of the Caspian Sea" are one law. LawKey is what the
// store indexes a law under besides its name (graph/store.h's identity rule):
// the law's content words, each cut to its first five letters (so that
// "preservation" and "preserving" agree), sorted and unique, without the
// words every law title shares ("on", "law", "the", "agreement", "Republic
// of Kazakhstan").
//
//   LawKey("On Ratification of the Treaty on Allied Relations")
//       == "0law allie ratif relat"
#ifndef KG_GRAPH_LAW_NAMES_H_
#define KG_GRAPH_LAW_NAMES_H_

#include <string>
#include <string_view>

namespace kg {

// A folded key that no typed name folds to (it starts with "0law"); "" when
// the name has fewer than two content words (too little to tell laws apart).
std::string LawKey(std::string_view name);

}  // namespace kg

#endif  // KG_GRAPH_LAW_NAMES_H_
