// partner_of between two countries, with the level the text gives:
//
//   ... a long-term strategic partnership between Kazakhstan and Russia ...
//   China is a reliable friend, ally and strategic partner of Kazakhstan.
//   ... the Kazakh-Chinese comprehensive strategic partnership ...
//   ... the partnership between Baku and Astana ...         (capitals stand for countries)
//   ... deepen the strategic partnership between the two countries ...
//                                  (the two countries the article is about)
//
// A sentence naming three or more countries yields nothing unless it says
// "between A and B": lists of countries are not partnerships.
#include "ingest/relations/partnership_extractor.h"

#include <algorithm>

#include "ingest/recognize/phrase_table.h"

namespace kg {
namespace {

bool IsPartnerWord(const std::string& w) {
  return w == "partner" || w == "partners" || w == "partnership" || w == "partnerships" ||
         w == "ally" || w == "allies" || w == "allied" || w == "alliance";
}

bool IsLevelWord(const std::string& w) {
  return w == "strategic" || w == "comprehensive" || w == "enhanced" || w == "expanded" ||
         w == "extended" || w == "eternal" || w == "privileged" || w == "special" ||
         w == "all-round" || w == "all-encompassing" || w == "reliable" || w == "key" ||
         w == "long-term" || w == "trade" || w == "economic" || w == "and" || w == "allied" ||
         w == "close" || w == "trusted" || w == "important";
}

// The country an item stands for: a country named or by demonym, or a capital.
std::vector<std::string> CountriesOf(const Mention& m) {
  if (m.type == MentionType::kCountry) {
    std::vector<std::string> out = {m.name};
    if (!m.other_country.empty()) out.push_back(m.other_country);
    return out;
  }
  if (m.type == MentionType::kPlace && m.category == "capital" && !m.other_country.empty()) {
    return {m.other_country};
  }
  return {};
}

}  // namespace

void PartnershipExtractor::Extract(const ExtractionInput& input,
                                   std::vector<FactDraft>* out) const {
  const SentenceItems& items = input.items();
  std::vector<std::string> countries;
  int keyword = -1;
  std::pair<std::string, std::string> between;
  for (size_t i = 0; i < items.size(); ++i) {
    if (const Mention* m = items[i].mention) {
      for (const std::string& c : CountriesOf(*m)) {
        input.context.CountCountry(c);
        if (std::find(countries.begin(), countries.end(), c) == countries.end()) {
          countries.push_back(c);
        }
      }
      continue;
    }
    const std::string w = items[i].token->normalized;
    if (IsPartnerWord(w) && keyword < 0) keyword = static_cast<int>(i);
    // "between A and B".
    if (w == "between" && i + 3 < items.size() && items[i + 1].mention != nullptr &&
        items.IsWord(i + 2, "and") && items[i + 3].mention != nullptr) {
      const auto a = CountriesOf(*items[i + 1].mention);
      const auto b = CountriesOf(*items[i + 3].mention);
      if (a.size() == 1 && b.size() == 1 && a[0] != b[0]) between = {a[0], b[0]};
    }
  }
  if (keyword < 0) return;
  // The level: the adjectives before the keyword, and the keyword.
  size_t level_begin = keyword;
  while (level_begin > 0 && items[level_begin - 1].token != nullptr &&
         IsLevelWord(items[level_begin - 1].token->normalized)) {
    --level_begin;
  }
  while (level_begin < static_cast<size_t>(keyword) && items.IsWord(level_begin, "and")) {
    ++level_begin;
  }
  std::string level;
  for (size_t i = level_begin; i <= static_cast<size_t>(keyword); ++i) {
    if (!level.empty()) level += ' ';
    level += items[i].token->normalized;
  }

  std::pair<std::string, std::string> pair;
  if (!between.first.empty()) {
    pair = between;
  } else if (countries.size() == 2) {
    pair = {countries[0], countries[1]};
  } else if (countries.size() < 2 &&
             (FindWord(input, 0, {"two", "both", "their", "bilateral"}) >= 0)) {
    // "between the two countries": the pair the article is about.
    pair = input.context.MainCountryPair();
  }
  if (pair.first.empty() || pair.second.empty() || pair.first == pair.second) return;
  FactDraft fact;
  fact.fact.relation = Relation::kPartnerOf;
  fact.fact.source.kind = NodeKind::kCountry;
  fact.fact.source.name = pair.first;
  fact.fact.target.kind = NodeKind::kCountry;
  fact.fact.target.name = pair.second;
  fact.fact.time.as_of = input.context.date();
  fact.fact.level = level;
  fact.fact.evidence = SentenceEvidence(input);
  out->push_back(std::move(fact));
}

}  // namespace kg
