#include "tools/kg/office_names.h"

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/strip.h"
#include "ingest/discourse/jurisdiction.h"
#include "ingest/reading/segmenter.h"

namespace kg {

OfficeQuery ReadOfficeQuery(const Lexicon& lexicon, const JurisdictionRules& rules,
                            std::string_view typed, std::string_view country_option) {
  OfficeQuery query;
  std::string rest(absl::StripAsciiWhitespace(absl::string_view(typed.data(), typed.size())));
  // "... of Kyrgyzstan", "... of the Kyrgyz Republic".
  if (size_t of = rest.rfind(" of "); of != std::string::npos) {
    std::string country = lexicon.CanonicalCountry(rest.substr(of + 4));
    if (country.empty() && rest.substr(of + 4).starts_with("the ")) {
      country = lexicon.CanonicalCountry(rest.substr(of + 8));
    }
    if (!country.empty()) {
      query.country = country;
      rest.erase(of);
    }
  }
  // "Kyrgyz Prime Minister", "Kyrgyzstan's Prime Minister", "the Kyrgyz ...".
  if (query.country.empty()) {
    const std::vector<Token> tokens = Tokenize(rest);
    size_t i = !tokens.empty() && tokens[0].normalized == "the" ? 1 : 0;
    if (auto match = lexicon.countries().MatchAt(tokens, i); match && i + match->length < tokens.size()) {
      size_t j = i + match->length;
      if (tokens[j].normalized == "'s" || tokens[j].normalized == "'") ++j;
      if (j < tokens.size()) {
        query.country = lexicon.country(match->value->country).name;
        rest = rest.substr(tokens[j].begin);
      }
    }
  }
  if (query.country.empty() && !country_option.empty()) {
    query.country = lexicon.CanonicalCountry(country_option);
    if (query.country.empty()) query.country = std::string(country_option);
  }
  if (query.country == Lexicon::kHomeCountry) query.country.clear();
  query.titles.push_back(rest);
  std::string chair = rules.CanonicalOffice(rest);
  if (chair != rest) query.titles.push_back(chair);
  return query;
}

}  // namespace kg
