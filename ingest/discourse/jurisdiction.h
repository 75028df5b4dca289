// Jurisdiction: whose post a title names. "President" in an article from
// Bishkek about the Kyrgyz government is the President of Kyrgyzstan, not
// Kazakhstan's; "Prime Minister Shehbaz Sharif" is Pakistan's Prime Minister
// once the article has called him "Pakistani PM" anywhere (its title, its
// address, a sentence). One pass over an article's facts, after extraction:
//
//   KG_ASSIGN_OR_RETURN(JurisdictionRules rules, JurisdictionRules::Load(dir, lexicon));
//   rules.Apply(article, &facts);
//
// The rules, in order:
// 1. A person the article names with a country-qualified post ("Pakistani PM
//    Shehbaz Sharif", "Kyrgyz President Sadyr Japarov", or a fact on
//    "Prime Minister of Pakistan") holds that country's post wherever the
//    article gives them the same post bare. A person so named with a
//    Kazakh post keeps every bare post Kazakh.
// 2. The article's home country: its outlet's country (data/lexicon/
//    jurisdiction.tsv, a host or a top-level domain) when the article
//    mentions that country at least as often as Kazakhstan; else
//    Kazakhstan. In an article whose home is another country, a bare
//    national post (President, Prime Minister, Minister of X, Chairman of
//    the Senate) is that country's, unless the article wrote it with
//    "Kazakh"/"Kazakhstan" or rule 1 says otherwise.
// 3. "Acting Prime Minister" is the post "Prime Minister" held acting: the
//    office loses the word and the fact's `stage` says "acting"; so does an
//    appointment whose sentence entrusts the duties "temporarily".
// 4. One post, one name: a chamber has one chair ("Speaker of the Senate",
//    "Head of the Majilis" and "Chairman of the Senate" are "Chair of the
//    Senate" and "Chair of the Majilis"), and the lexicon's `same` rows name
//    the others ("Chief of Staff" is the "Head of the Presidential
//    Administration"). The words as written stay the post's aliases.
// 5. A post with no content ("Minister" of what?) is the person's one post
//    of that title named in full in the article ("Foreign Minister Sardor
//    Rakhimov ... Minister Rakhimov said"); failing that, a bare "Minister"
//    is no fact at all (a "deputy minister" stays: a rank in a career).
// 6. Two holders of one bare post of one holder at a time in one article:
//    when one is the home holder (named with Kazakhstan, or the holder the
//    graph knows on the article's date), another holds the post of the one
//    foreign country their sentence names ("signed by President Tokayev and
//    President Sadyr Japarov" in a sentence on Kazakhstan and Kyrgyzstan).
// A foreign post is named as the recognizer names one: the country last
// ("Prime Minister of Kyrgyzstan", "Minister of Foreign Affairs of
// Uzbekistan").
#ifndef KG_INGEST_DISCOURSE_JURISDICTION_H_
#define KG_INGEST_DISCOURSE_JURISDICTION_H_

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "graph/fact.h"
#include "ingest/discourse/holder_lookup.h"
#include "ingest/reading/article.h"
#include "ingest/recognize/lexicon.h"

namespace kg {

// "Speaker of the Senate" -> "Chair of the Senate" (rule 4); other names unchanged.
std::string ChamberChairName(std::string_view office);

class JurisdictionRules {
 public:
  // Reads `lexicon_dir`/jurisdiction.tsv. `lexicon` must outlive the rules.
  // NotFound or DataLoss when the file is missing or malformed.
  static absl::StatusOr<JurisdictionRules> Load(const std::string& lexicon_dir,
                                                const Lexicon& lexicon);

  // The article's home country (rule 2).
  std::string HomeCountry(const Article& article) const;

  // Rewrites `facts` (its facts and entities) by the rules above. `graph`,
  // when given, names the home post's holder on the article's date (rule 6).
  void Apply(const Article& article, ArticleFacts* facts,
             const HolderLookup* graph = nullptr) const;

  // Whether `office` (a canonical post name) is a national post without a
  // country: "President", "Minister of Energy", but not "Akim of Almaty" or
  // "President of China".
  bool IsBareNationalPost(std::string_view office) const;

  // The post's name in the graph for another of its names (rule 4):
  // "Speaker of the Senate" -> "Chair of the Senate", "Chief of Staff" ->
  // "Head of the Presidential Administration"; `office` itself otherwise.
  std::string CanonicalOffice(std::string_view office) const;

  // "Prime Minister" -> "Prime Minister of Kyrgyzstan" for a country other
  // than Kazakhstan; `office` unchanged otherwise.
  static std::string WithCountry(std::string_view office, std::string_view country);

 private:
  explicit JurisdictionRules(const Lexicon& lexicon) : lexicon_(&lexicon) {}

  // The country named last in `office` ("... of Kyrgyzstan"), or "".
  std::string CountryOf(std::string_view office) const;
  // Whether `text` names Kazakhstan ("Kazakh Prime Minister").
  bool NamesHome(std::string_view text) const;
  // Binds (rule 1) each of `persons` that `text` names with a country's
  // post: "<Country|demonym>['s] [field] <title> <Name>", "<title> <Name>
  // of <Country>".
  void ScanBindings(std::string_view text, const std::set<std::string>& persons,
                    std::map<std::string, std::string>* bound) const;
  // The one foreign country (by name, demonym or capital) `sentence` names;
  // "" for none or several.
  std::string ForeignCountryIn(std::string_view sentence) const;
  // Whether `sentence` writes the post `office` with Kazakhstan: "Kazakh
  // President", "Kazakhstan's Prime Minister", "Prime Minister of Kazakhstan".
  bool SaysHome(std::string_view sentence, std::string_view office) const;

  const Lexicon* lexicon_;
  std::vector<std::pair<std::string, std::string>> outlets_;  // host or ".tld", country
  std::vector<std::string> posts_;                            // whole names
  std::vector<std::string> fields_;                           // name prefixes
  std::map<std::string, std::string> same_;                   // lower-case name -> post
};

}  // namespace kg

#endif  // KG_INGEST_DISCOURSE_JURISDICTION_H_
