// FoldName: the key under which a name is indexed and compared.
//
// Folding removes what does not distinguish one entity from another in
// English news about Kazakhstan: case, diacritics, punctuation and spacing,
// and the transliteration variants of Kazakh and Russian names, so that
// "Tokayev" / "Toqayev", "Zhaparov" / "Japarov", "Mazhilis" / "Majilis",
// "Yerlan" / "Erlan", "Ashimbayev" / "Ashimbaev", "Suleimenov" / "Suleimenova"
// and "Türkiye" / "Turkiye" fold to the same key.
//
//   FoldName("Kassym-Jomart  Toqayev") == FoldName("kassym jomart tokayev")
#ifndef KG_GRAPH_NAME_FOLDING_H_
#define KG_GRAPH_NAME_FOLDING_H_

#include <string>
#include <string_view>

namespace kg {

// Lower-case ASCII words separated by single spaces. Idempotent:
// FoldName(FoldName(x)) == FoldName(x). Never fails: invalid UTF-8 bytes are
// dropped.
std::string FoldName(std::string_view name);

}  // namespace kg

#endif  // KG_GRAPH_NAME_FOLDING_H_
