// The JSON Lines form of what `kg extract` found in one article (DESIGN.md,
// "The command line"): one object per article with its entities and facts.
// The shared/eval scorer reads exactly this. A node's "name" is how the
// article wrote it; "canonical", when present, is the node's own name in the
// graph ("Energy Minister" -> "Minister of Energy").
#ifndef KG_TOOLS_KG_FACTS_JSON_H_
#define KG_TOOLS_KG_FACTS_JSON_H_

#include <string>

#include "graph/fact.h"

namespace kg {

// One line, without the trailing newline.
std::string FactsToJsonLine(const ArticleFacts& article);

}  // namespace kg

#endif  // KG_TOOLS_KG_FACTS_JSON_H_
