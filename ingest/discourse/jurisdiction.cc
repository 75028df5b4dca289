#include "ingest/discourse/jurisdiction.h"

#include <algorithm>
#include <map>
#include <map>
#include <set>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "graph/name_folding.h"
#include "graph/status_macros.h"
#include "ingest/data_table.h"
#include "ingest/reading/segmenter.h"

namespace kg {
namespace {

constexpr std::string_view kHome = Lexicon::kHomeCountry;

// The host of a URL, lower case, without "www." or a trailing dot.
std::string HostOf(std::string_view url) {
  size_t scheme = url.find("://");
  if (scheme != std::string_view::npos) url.remove_prefix(scheme + 3);
  url = url.substr(0, url.find_first_of("/?#"));
  std::string host = absl::AsciiStrToLower(absl::string_view(url.data(), url.size()));
  while (!host.empty() && host.back() == '.') host.pop_back();
  if (host.starts_with("www.")) host.erase(0, 4);
  return host;
}

// The words of a URL's path ("/news/tokayev-hails-talks-with-pakistani-pm"):
// a headline when the article has no title.
std::string SlugWords(std::string_view url) {
  size_t scheme = url.find("://");
  if (scheme != std::string_view::npos) url.remove_prefix(scheme + 3);
  size_t path = url.find('/');
  if (path == std::string_view::npos) return "";
  std::string words(url.substr(path));
  for (char& c : words) {
    if (c == '-' || c == '_' || c == '/' || c == '.' || c == '?' || c == '=' || c == '&') c = ' ';
  }
  return words;
}

// Posts that name nothing without a field: "Minister" of what?
constexpr std::string_view kContentless[] = {"Minister",      "Deputy Minister",
                                             "Vice Minister", "First Deputy Minister",
                                             "First Vice Minister"};
bool IsContentless(std::string_view office) {
  for (std::string_view bare : kContentless) {
    if (office == bare) return true;
  }
  return false;
}

// The words of `name`, folded.
std::vector<std::string> FoldedWords(std::string_view name) {
  std::vector<std::string> words;
  for (const Token& token : Tokenize(name)) {
    if (token.is_word()) words.push_back(FoldName(token.text));
  }
  return words;
}

// Whether a word of `person`'s name is in `sentence`.
bool NamedIn(std::string_view sentence, const std::string& person) {
  const std::vector<std::string> words = FoldedWords(person);
  for (const Token& token : Tokenize(sentence)) {
    if (token.is_word() && std::find(words.begin(), words.end(), FoldName(token.text)) != words.end())
      return true;
  }
  return false;
}

bool IsSeenInPassing(const FactTime& time) {
  return time.date.empty() && time.start.empty() && time.end.empty();
}

bool IsActingWord(std::string_view word) {
  return word == "acting" || word == "interim" || word == "temporarily" || word == "temporary";
}


}  // namespace

bool JurisdictionRules::NamesHome(std::string_view text) const {
  const std::vector<Token> tokens = Tokenize(text);
  for (size_t i = 0; i < tokens.size(); ++i) {
    auto match = lexicon_->countries().MatchAt(tokens, i);
    if (match && lexicon_->country(match->value->country).name == kHome) return true;
  }
  return false;
}

bool JurisdictionRules::SaysHome(std::string_view sentence, std::string_view office) const {
  const std::vector<Token> tokens = Tokenize(sentence);
  const std::vector<Token> title = Tokenize(office);
  if (title.empty()) return false;
  const std::string& first = title.front().normalized;
  const std::string& last = title.back().normalized;
  for (size_t i = 0; i < tokens.size(); ++i) {
    auto match = lexicon_->countries().MatchAt(tokens, i);
    if (!match || lexicon_->country(match->value->country).name != kHome) continue;
    size_t j = i + match->length;
    // "Kazakh President", "Kazakhstan's Prime Minister", "Kazakh Foreign Minister".
    if (j < tokens.size() && tokens[j].normalized == "'s") ++j;
    for (size_t k = j; k < tokens.size() && k < j + 3; ++k) {
      if (tokens[k].normalized == first || tokens[k].normalized == last) return true;
    }
    // "the Prime Minister of Kazakhstan", "... of the Republic of Kazakhstan".
    size_t b = i;
    if (b >= 1 && tokens[b - 1].normalized == "the") --b;
    if (b >= 2 && tokens[b - 1].normalized == "of" && tokens[b - 2].normalized == last) return true;
  }
  return false;
}

std::string ChamberChairName(std::string_view office) {
  static constexpr std::string_view kHeads[] = {"Speaker of the ", "Head of the ",
                                                "Chairman of the ", "Chairperson of the ",
                                                "Chairwoman of the "};
  static constexpr std::string_view kChambers[] = {"Senate", "Majilis", "Mazhilis", "Parliament"};
  for (std::string_view head : kHeads) {
    if (!office.starts_with(head)) continue;
    std::string_view rest = office.substr(head.size());
    for (std::string_view chamber : kChambers) {
      if (rest == chamber || rest.starts_with(std::string(chamber) + " of ")) {
        return "Chair of the " + std::string(rest);
      }
    }
  }
  return std::string(office);
}

absl::StatusOr<JurisdictionRules> JurisdictionRules::Load(const std::string& lexicon_dir,
                                                          const Lexicon& lexicon) {
  KG_ASSIGN_OR_RETURN(DataTable table, ReadDataTable(lexicon_dir + "/jurisdiction.tsv"));
  JurisdictionRules rules(lexicon);
  for (const DataRow& row : table) {
    const std::string& kind = row.fields[0];
    if (kind == "outlet" && row.fields.size() == 3) {
      rules.outlets_.emplace_back(absl::AsciiStrToLower(row.fields[1]), row.fields[2]);
    } else if (kind == "post" && row.fields.size() == 2) {
      rules.posts_.push_back(row.fields[1]);
    } else if (kind == "field" && row.fields.size() == 2) {
      rules.fields_.push_back(row.fields[1]);
    } else if (kind == "same" && row.fields.size() == 3) {
      rules.same_.emplace(absl::AsciiStrToLower(row.fields[1]), row.fields[2]);
    } else {
      return absl::DataLossError(
          absl::StrCat(table.Where(row), ": expected outlet HOST COUNTRY, post NAME, field NAME or same NAME POST"));
    }
  }
  return rules;
}

std::string JurisdictionRules::CanonicalOffice(std::string_view office) const {
  auto it = same_.find(absl::AsciiStrToLower(absl::string_view(office.data(), office.size())));
  if (it != same_.end()) return it->second;
  return ChamberChairName(office);
}

std::string JurisdictionRules::CountryOf(std::string_view office) const {
  const size_t of = office.rfind(" of ");
  if (of == std::string_view::npos) return "";
  return lexicon_->CanonicalCountry(office.substr(of + 4));
}

bool JurisdictionRules::IsBareNationalPost(std::string_view office) const {
  if (!CountryOf(office).empty()) return false;
  for (const std::string& post : posts_) {
    if (office == post) return true;
  }
  for (const std::string& field : fields_) {
    if (office.starts_with(field) &&
        (office.size() == field.size() || field.ends_with(" of") || office[field.size()] == ' ')) {
      return true;
    }
  }
  return false;
}

std::string JurisdictionRules::WithCountry(std::string_view office, std::string_view country) {
  if (country.empty() || country == kHome) return std::string(office);
  return std::string(office) + " of " + std::string(country);
}

std::string JurisdictionRules::HomeCountry(const Article& article) const {
  const std::string host = HostOf(article.url);
  std::string outlet;
  for (const auto& [key, country] : outlets_) {
    const bool hit = key.starts_with(".") ? absl::EndsWith(host, key)
                                          : host == key || absl::EndsWith(host, std::string(".") + key);
    // A named site outranks its top-level domain: "24.kg" before ".kz".
    if (hit && (outlet.empty() || !key.starts_with("."))) outlet = country;
  }
  if (outlet.empty() || outlet == kHome) return std::string(kHome);
  std::map<std::string, int> mentions;
  const std::string text = absl::StrCat(article.title, "\n", article.text);
  const std::vector<Token> tokens = Tokenize(text);
  for (size_t i = 0; i < tokens.size();) {
    if (auto match = lexicon_->countries().MatchAt(tokens, i)) {
      ++mentions[lexicon_->country(match->value->country).name];
      i += match->length;
      continue;
    }
    // "Hungarians", "Kyrgyzstanis": a people named in the plural.
    if (tokens[i].is_word() && tokens[i].normalized.size() > 3 &&
        tokens[i].normalized.back() == 's') {
      const std::string_view word = tokens[i].text;
      const std::string country = lexicon_->CanonicalCountry(word.substr(0, word.size() - 1));
      if (!country.empty()) ++mentions[country];
    }
    ++i;
  }
  const int own = mentions[outlet];
  return own > 0 && own >= mentions[std::string(kHome)] ? outlet : std::string(kHome);
}

void JurisdictionRules::ScanBindings(std::string_view text, const std::set<std::string>& persons,
                                     std::map<std::string, std::string>* bound) const {
  const std::vector<Token> tokens = Tokenize(text);
  auto bind_at = [&](size_t k, const std::string& country) {
    if (k >= tokens.size()) return;
    const std::string next = FoldName(tokens[k].text);
    for (const std::string& person : persons) {
      const std::vector<std::string> words = FoldedWords(person);
      if (std::find(words.begin(), words.end(), next) != words.end()) {
        bound->emplace(person, country);
      }
    }
  };
  auto title_at = [&](size_t j) -> size_t {  // the index after a title at j, or j
    for (int field = 0; field < 3 && j < tokens.size() && tokens[j].is_word() &&
                        lexicon_->IsDomainWord(tokens[j].normalized);
         ++field) {
      ++j;
    }
    if (auto title = lexicon_->titles().MatchAt(tokens, j)) return j + title->length;
    if (j < tokens.size() && (tokens[j].normalized == "pm" || tokens[j].normalized == "fm")) {
      return j + 1;
    }
    return j;
  };
  for (size_t i = 0; i < tokens.size(); ++i) {
    // "Pakistani PM Shehbaz Sharif", "Uzbekistan's Foreign Minister Sardor Rakhimov".
    if (auto match = lexicon_->countries().MatchAt(tokens, i)) {
      const std::string country = lexicon_->country(match->value->country).name;
      size_t j = i + match->length;
      if (j < tokens.size() && (tokens[j].normalized == "'s" || tokens[j].normalized == "s")) ++j;
      const size_t k = title_at(j);
      if (k != j) bind_at(k, country);
      continue;
    }
    // "President Shavkat Mirziyoyev of Uzbekistan".
    const size_t k = title_at(i);
    if (k == i) continue;
    size_t end = k;
    while (end < tokens.size() && end < k + 4 && tokens[end].is_word() &&
           tokens[end].capitalized()) {
      ++end;
    }
    if (end == k || end + 1 >= tokens.size() || tokens[end].normalized != "of") continue;
    size_t c = end + 1;
    if (tokens[c].normalized == "the") ++c;
    auto match = lexicon_->countries().MatchAt(tokens, c);
    if (match && !match->value->demonym) bind_at(k, lexicon_->country(match->value->country).name);
  }
}

std::string JurisdictionRules::ForeignCountryIn(std::string_view sentence) const {
  const std::vector<Token> tokens = Tokenize(sentence);
  std::set<std::string> foreign;
  for (size_t i = 0; i < tokens.size(); ++i) {
    std::string country;
    size_t length = 1;
    if (auto match = lexicon_->countries().MatchAt(tokens, i)) {
      country = lexicon_->country(match->value->country).name;
      length = match->length;
    } else if (auto place = lexicon_->places().MatchAt(tokens, i);
               place && place->value->kind == "capital") {
      country = place->value->country;
      length = place->length;
    }
    if (!country.empty() && country != kHome) foreign.insert(country);
    i += length - 1;
  }
  // Only one foreign country: whose post it is.
  return foreign.size() == 1 ? *foreign.begin() : "";
}

void JurisdictionRules::Apply(const Article& article, ArticleFacts* facts,
                              const HolderLookup* graph) const {
  // Rules 3 and 4 first: the later rules compare canonical post names.
  auto canonical = [&](NodeRef* ref) {
    if (ref->kind != NodeKind::kOffice) return;
    std::string name = ref->name;
    if (absl::StartsWith(name, "Acting ")) name.erase(0, 7);
    name = CanonicalOffice(name);
    if (name == ref->name) return;
    if (ref->surface.empty()) ref->surface = ref->name;
    ref->name = std::move(name);
  };
  for (Fact& fact : facts->facts) {
    const bool acting = fact.target.kind == NodeKind::kOffice &&
                        absl::StartsWith(fact.target.name, "Acting ");
    canonical(&fact.source);
    canonical(&fact.target);
    if (acting) {
      fact.stage = "acting";
    } else if (fact.relation == Relation::kAppointedTo && fact.stage.empty()) {
      for (const Token& token : Tokenize(fact.evidence.sentence)) {
        if (token.is_word() && IsActingWord(token.normalized)) {
          fact.stage = "acting";
          break;
        }
      }
    }
  }
  for (NodeRef& entity : facts->entities) canonical(&entity);

  // Rule 5: "Minister Rakhimov" says which post only through the person's
  // other posts in the article; a post with no content is no node.
  std::map<std::pair<std::string, std::string>, std::set<std::string>> fuller;
  for (const Fact& fact : facts->facts) {
    if (fact.source.kind != NodeKind::kPerson || fact.target.kind != NodeKind::kOffice) continue;
    for (std::string_view bare : kContentless) {
      if (fact.target.name.starts_with(std::string(bare) + " of ")) {
        fuller[{fact.source.name, std::string(bare)}].insert(fact.target.name);
      }
    }
  }
  std::erase_if(facts->facts, [&](Fact& fact) {
    for (NodeRef* ref : {&fact.source, &fact.target}) {
      if (ref->kind != NodeKind::kOffice || !IsContentless(ref->name)) continue;
      auto it = fact.source.kind == NodeKind::kPerson
                    ? fuller.find({fact.source.name, ref->name})
                    : fuller.end();
      if (it == fuller.end() || it->second.size() != 1) {
        // "a former deputy minister" still says something of a career.
        if (ref->name == "Minister") return true;
        continue;
      }
      if (ref->surface.empty()) ref->surface = ref->name;
      ref->name = *it->second.begin();
    }
    return false;
  });
  std::erase_if(facts->entities, [](const NodeRef& entity) {
    return entity.kind == NodeKind::kOffice && entity.name == "Minister";
  });

  // Rule 1: persons named with their country's post. From the facts...
  std::map<std::string, std::string> bound;  // person name -> country
  for (const Fact& fact : facts->facts) {
    if (fact.source.kind != NodeKind::kPerson || fact.target.kind != NodeKind::kOffice) continue;
    const std::string country = CountryOf(fact.target.name);
    if (!country.empty() &&
        IsBareNationalPost(fact.target.name.substr(0, fact.target.name.rfind(" of ")))) {
      bound.emplace(fact.source.name, country);
    } else if (IsBareNationalPost(fact.target.name) &&
               (NamesHome(fact.target.surface) ||
                (!NamedIn(fact.evidence.sentence, fact.source.name) &&
                 SaysHome(fact.evidence.sentence, fact.target.name)))) {
      // The post written with Kazakhstan and the person not named in the
      // sentence ("the Kazakh President said"); a named one is read by
      // ScanBindings below, person by person.
      bound.emplace(fact.source.name, kHome);
    }
  }
  // ... and from the headline, the address and the facts' sentences:
  // "<Country|demonym>['s] [field] <title> <Name>", "<title> <Name> of <Country>".
  std::set<std::string> persons;
  for (const Fact& fact : facts->facts) {
    if (fact.source.kind == NodeKind::kPerson) persons.insert(fact.source.name);
  }
  ScanBindings(absl::StrCat(article.title, " . ", SlugWords(article.url)), persons, &bound);
  for (const Fact& fact : facts->facts) {
    if (fact.source.kind != NodeKind::kPerson || fact.target.kind != NodeKind::kOffice ||
        !IsBareNationalPost(fact.target.name)) {
      continue;
    }
    ScanBindings(fact.evidence.sentence, {fact.source.name}, &bound);
  }

  // Rule 6: one post of one holder at a time, two holders in one article on
  // one day. When one of them is the home holder (named so, or the holder
  // the graph knows), another is the holder of a country their sentence
  // names.
  std::map<std::string, std::vector<const Fact*>> holders_of;  // bare post -> facts
  for (const Fact& fact : facts->facts) {
    // Only a title seen in passing: an appointment is a new holder, not a guest.
    if (fact.relation != Relation::kHeld || !IsSeenInPassing(fact.time) ||
        fact.source.kind != NodeKind::kPerson || fact.target.kind != NodeKind::kOffice ||
        !IsBareNationalPost(fact.target.name) || bound.contains(fact.source.name) ||
        std::find(fact.target.attributes.begin(), fact.target.attributes.end(),
                  std::make_pair(std::string("single"), std::string("true"))) ==
            fact.target.attributes.end()) {
      continue;
    }
    holders_of[fact.target.name].push_back(&fact);
  }
  for (const auto& [post, held] : holders_of) {
    std::string home_holder;
    for (const auto& [person, country] : bound) {
      if (country != kHome) continue;
      for (const Fact& fact : facts->facts) {
        if (fact.source.name == person && fact.target.name == post) home_holder = person;
      }
    }
    if (home_holder.empty() && graph != nullptr && !article.date.empty()) {
      home_holder = graph->HolderAt(post, article.date);
    }
    if (home_holder.empty()) continue;
    for (const Fact* fact : held) {
      if (fact->source.name == home_holder) continue;
      const std::string country = ForeignCountryIn(fact->evidence.sentence);
      if (!country.empty()) bound.emplace(fact->source.name, country);
    }
  }

  // Rules 1 and 2: a bare national post is the bound person's country's, or
  // the article's home country's.
  const std::string home = HomeCountry(article);
  auto rewrite = [&](const std::string& person, NodeRef* office, std::string_view sentence) {
    if (office->kind != NodeKind::kOffice || !IsBareNationalPost(office->name)) return;
    // Written with "Kazakh" or "of Kazakhstan": the home post, said so.
    if (NamesHome(office->surface) ||
        ((person.empty() || !NamedIn(sentence, person)) && SaysHome(sentence, office->name))) {
      return;
    }
    auto it = person.empty() ? bound.end() : bound.find(person);
    const std::string& country = it != bound.end() ? it->second : home;
    if (country == kHome) return;
    if (office->surface.empty()) office->surface = office->name;
    office->name = WithCountry(office->name, country);
  };
  for (Fact& fact : facts->facts) {
    const std::string person = fact.source.kind == NodeKind::kPerson ? fact.source.name : "";
    rewrite(person, &fact.target, fact.evidence.sentence);
    if (fact.source.kind == NodeKind::kOffice) rewrite("", &fact.source, fact.evidence.sentence);
  }
  for (NodeRef& entity : facts->entities) rewrite("", &entity, "");
}

}  // namespace kg
