// The short forms users type for names (data/query/short_forms.tsv,
// compiled in): "PM" for "Prime Minister", "MFA" for "Ministry of Foreign
// Affairs", "Türkiye" for "Turkey".
//
//   ExpandShortForms(FoldName("deputy PM"))  // -> FoldName("deputy Prime Minister")
#ifndef KG_QUERY_NAMES_SHORT_FORMS_H_
#define KG_QUERY_NAMES_SHORT_FORMS_H_

#include <optional>
#include <string>

namespace kg {

// `folded_name` (graph/name_folding.h's FoldName) with each word that is a
// short form replaced by its folded expansion; nullopt when no word is one.
std::optional<std::string> ExpandShortForms(const std::string& folded_name);

}  // namespace kg

#endif  // KG_QUERY_NAMES_SHORT_FORMS_H_
