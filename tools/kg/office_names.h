// How `kg holders` reads the office a user types: the country may be in it
// ("Kyrgyz Prime Minister", "Prime Minister of Kyrgyzstan", "Uzbekistan's
// Foreign Minister") or in --country; without either, a title is the home
// country's (Kazakhstan's). A chamber's chair is asked for under any of its
// names ("Speaker of the Senate", "Chairman of the Senate").
//
//   OfficeQuery q = ReadOfficeQuery(lexicon, rules, "Kyrgyz Prime Minister", "");
//   // q.country == "Kyrgyzstan", q.titles == {"Prime Minister"}
//   // and the post asked for is WithCountry(title, q.country)
#ifndef KG_TOOLS_KG_OFFICE_NAMES_H_
#define KG_TOOLS_KG_OFFICE_NAMES_H_

#include <string>
#include <string_view>
#include <vector>

#include "ingest/discourse/jurisdiction.h"
#include "ingest/recognize/lexicon.h"

namespace kg {

struct OfficeQuery {
  // Canonical; "" or Kazakhstan for the home country's post.
  std::string country;
  // The post without its country, as typed first, then its name in the
  // graph (JurisdictionRules::CanonicalOffice) when that differs.
  std::vector<std::string> titles;
};

// `country_option` is --country ("" when not given); a country in `typed`
// wins over it.
OfficeQuery ReadOfficeQuery(const Lexicon& lexicon, const JurisdictionRules& rules,
                            std::string_view typed, std::string_view country_option);

}  // namespace kg

#endif  // KG_TOOLS_KG_OFFICE_NAMES_H_
