// Countries (by name or demonym, including pairs such as "Kazakh-Chinese")
// and places (the lexicon's cities and regions, and any "<Name> region" or
// "<Name> district").
#include "absl/strings/str_split.h"
#include "graph/name_folding.h"
#include "ingest/recognize/phrase_table.h"
#include "ingest/recognize/recognizer.h"

namespace kg {
namespace {

// "Kazakh-Chinese", "Kazakh-Uzbek": two demonyms (or names) in one token.
bool RecognizeCountryPair(const Lexicon& lexicon, MentionDraft& draft, size_t i) {
  const Token& t = draft.tokens()[i];
  if (!t.is_word() || !t.capitalized() || t.text.find('-') == std::string_view::npos) return false;
  std::vector<std::string> countries;
  for (absl::string_view part :
       absl::StrSplit(absl::string_view(t.text.data(), t.text.size()), '-')) {
    std::string canonical = lexicon.CanonicalCountry(std::string_view(part.data(), part.size()));
    if (canonical.empty()) return false;
    countries.push_back(std::move(canonical));
  }
  if (countries.size() != 2 || countries[0] == countries[1]) return false;
  Mention mention;
  mention.type = MentionType::kCountry;
  mention.first = i;
  mention.last = i + 1;
  mention.name = countries[0];
  mention.other_country = countries[1];
  mention.demonym = true;
  return draft.Add(std::move(mention));
}

}  // namespace

void RecognizeCountriesAndPlaces(const Lexicon& lexicon, MentionDraft& draft) {
  for (size_t i = 0; i < draft.size(); ++i) {
    if (!draft.IsFree(i)) continue;
    const Token& t = draft.tokens()[i];
    if (RecognizeCountryPair(lexicon, draft, i)) continue;
    // Countries and places are proper nouns: "us" is not the United States.
    if (!t.capitalized()) continue;
    const auto country = lexicon.countries().MatchAt(draft.tokens(), i);
    const auto place = lexicon.places().MatchAt(draft.tokens(), i);
    const size_t country_length = country ? country->length : 0;
    const size_t place_length = place ? place->length : 0;
    if (country_length == 0 && place_length == 0) {
      // "Saryarka district", "Abay region", "Gorno-Badakhshan Autonomous
      // Region": a region the lexicon does not know.
      size_t name_end = i + 1;  // after the name's words
      while (name_end + 1 < draft.size() && draft.tokens()[name_end].is('-') &&
             draft.tokens()[name_end + 1].capitalized() && draft.AllFree(name_end, name_end + 2)) {
        name_end += 2;
      }
      size_t kind = name_end;
      if (draft.Word(kind) == "autonomous" && draft.IsFree(kind)) ++kind;
      const std::string next = draft.Word(kind);
      if ((next == "region" || next == "district" || next == "oblast") && t.is_word() &&
          draft.IsFree(kind) && !lexicon.IsNameStopword(t.normalized)) {
        Mention mention;
        mention.type = MentionType::kPlace;
        mention.first = i;
        mention.last = kind + 1;
        mention.name = std::string(draft.tokens()[i].text);
        for (size_t k = i + 1; k < name_end; ++k) mention.name += draft.tokens()[k].text;
        if (kind > name_end) mention.name += " Autonomous";
        mention.name += next == "district" ? " District" : " Region";
        mention.category = next == "district" ? "district" : "region";
        draft.Add(std::move(mention));
        i = kind;
      }
      continue;
    }
    Mention mention;
    mention.first = i;
    if (country_length >= place_length) {
      mention.type = MentionType::kCountry;
      mention.last = i + country_length;
      mention.name = lexicon.country(country->value->country).name;
      mention.demonym = country->value->demonym;
    } else {
      mention.type = MentionType::kPlace;
      mention.last = i + place_length;
      mention.name = place->value->name;
      // A spelling that folds to the canonical one ("Abay Region" for "Abai
      // Region") is the same name: keep the article's, the node is the same.
      std::string surface;
      for (size_t k = i; k < mention.last; ++k) {
        if (!surface.empty()) surface += ' ';
        surface += draft.tokens()[k].text;
      }
      if (FoldName(surface) == FoldName(mention.name)) mention.name = TitleCase(surface);
      mention.category = place->value->kind;
      mention.other_country = place->value->country;
      // "Almaty city", "Pavlodar region" when the lexicon lists the city.
      const std::string next = draft.Word(mention.last);
      if (mention.category != "region" && (next == "city" || next == "town")) ++mention.last;
    }
    if (!draft.AllFree(mention.first, mention.last)) continue;
    i = mention.last - 1;
    draft.Add(std::move(mention));
  }
}

}  // namespace kg
