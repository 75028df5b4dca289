// The forms one person's name takes in Kazakh official and news writing,
// for the store's identity rule (graph/store.h):
//
//   decree form   "Mamin Askar Uzakpaevich" (surname, given name, patronymic)
//   official form "Askar Uzakpaevich Mamin" (given name, patronymic, surname)
//   news form     "Askar Mamin"
//   initials      "A. Mamin", "Sh. Daniyarova" (a digraph is one Cyrillic letter)
//
// The first two are the news form said formally: the store names the
// person by the news form and keeps the formal one as an alias. A news form
// is indexed under its initials too, so "A. Mamin" finds Askar Mamin when
// nothing else of that surname and initial is known. A surname's feminine
// and masculine forms ("Daniyarova", "Daniyarov") fold to one key, but they
// are two people: GendersConflict says so.
#ifndef KG_GRAPH_PERSON_NAMES_H_
#define KG_GRAPH_PERSON_NAMES_H_

#include <string>
#include <string_view>
#include <vector>

namespace kg {

// "Askar Mamin" for "Mamin Askar Uzakpaevich" or "Askar Uzakpaevich Mamin";
// "" when `name` is not three words with one of them a patronymic
// (-ovich, -evich, -ovna, -evna, -uly, -kyzy and their spellings).
std::string NewsFormOfPersonName(std::string_view name);

// {"A. Mamin"} for "Askar Mamin"; {"Sh. Daniyarova"} for "Shynar Daniyarova";
// {"Ye. Idrisov", "Y. Idrisov"} for "Yerlan Idrisov". Empty unless `name` is
// two words, both longer than an initial.
std::vector<std::string> InitialFormsOfPersonName(std::string_view name);

// Whether `name`'s first word is an initial ("A.", "Sh.").
bool StartsWithInitial(std::string_view name);

// Two names whose surnames (last words) are the feminine and the masculine
// form of one family name: "Daniyarova" and "Daniyarov".
bool GendersConflict(std::string_view a, std::string_view b);

}  // namespace kg

#endif  // KG_GRAPH_PERSON_NAMES_H_
