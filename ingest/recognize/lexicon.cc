#include "ingest/recognize/lexicon.h"

#include <algorithm>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "graph/status_macros.h"
#include "ingest/data_table.h"

namespace kg {
namespace {

// The rows of the lexicon `dir`/`name`, as fields.
absl::StatusOr<std::vector<std::vector<std::string>>> ReadTable(const std::string& dir,
                                                                const std::string& name) {
  absl::StatusOr<DataTable> table = ReadDataTable(dir + "/" + name);
  if (!table.ok()) return absl::NotFoundError("cannot read lexicon " + dir + "/" + name);
  std::vector<std::vector<std::string>> rows;
  for (const DataRow& row : *table) rows.push_back(row.fields);
  return rows;
}

std::vector<std::string> SplitAlternatives(const std::vector<std::string>& row, size_t column) {
  if (column >= row.size() || row[column].empty()) return {};
  std::vector<std::string> out;
  for (absl::string_view piece : absl::StrSplit(row[column], '|')) {
    piece = absl::StripAsciiWhitespace(piece);
    if (!piece.empty()) out.emplace_back(piece);
  }
  return out;
}

std::string Lower(std::string_view text) {
  return absl::AsciiStrToLower(absl::string_view(text.data(), text.size()));
}

}  // namespace

absl::StatusOr<std::unique_ptr<Lexicon>> Lexicon::Load(const std::string& dir) {
  auto lexicon = std::make_unique<Lexicon>();

  KG_ASSIGN_OR_RETURN(auto countries, ReadTable(dir, "countries.tsv"));
  for (const auto& row : countries) {
    const int index = static_cast<int>(lexicon->country_entries_.size());
    lexicon->country_entries_.push_back({row[0]});
    lexicon->countries_.Add(row[0], {index, false});
    for (const std::string& alias : SplitAlternatives(row, 1)) {
      lexicon->countries_.Add(alias, {index, false});
    }
    for (const std::string& demonym : SplitAlternatives(row, 2)) {
      lexicon->countries_.Add(demonym, {index, true});
    }
  }

  KG_ASSIGN_OR_RETURN(auto places, ReadTable(dir, "places.tsv"));
  for (const auto& row : places) {
    PlaceEntry entry{row[0], row.size() > 1 ? row[1] : "other", row.size() > 2 ? row[2] : ""};
    lexicon->places_.Add(row[0], entry);
    for (const std::string& alias : SplitAlternatives(row, 3)) lexicon->places_.Add(alias, entry);
    // "Pavlodar Region" is also written "Pavlodar region" (matched case-
    // insensitively anyway) and "Pavlodar oblast".
    if (entry.kind == "region" && row[0].ends_with(" Region")) {
      const std::string stem = row[0].substr(0, row[0].size() - 7);
      lexicon->places_.Add(stem + " oblast", entry);
      lexicon->places_.Add(stem + " province", entry);
    }
  }

  KG_ASSIGN_OR_RETURN(auto organizations, ReadTable(dir, "organizations.tsv"));
  for (const auto& row : organizations) {
    OrganizationEntry entry{row[0], row.size() > 1 ? row[1] : "other"};
    lexicon->organizations_.Add(row[0], entry);
    for (const std::string& alias : SplitAlternatives(row, 2)) {
      lexicon->organizations_.Add(alias, entry);
    }
  }

  KG_ASSIGN_OR_RETURN(auto titles, ReadTable(dir, "titles.tsv"));
  for (const auto& row : titles) {
    if (row.size() < 2) return absl::DataLossError("titles.tsv: a row without a canonical form");
    TitleEntry entry;
    entry.canonical = row[1];
    if (row.size() > 2) {
      for (absl::string_view flag : absl::StrSplit(row[2], ',')) {
        flag = absl::StripAsciiWhitespace(flag);
        if (flag == "single")
          entry.single = true;
        else if (flag == "national")
          entry.national = true;
        else if (flag == "domain")
          entry.domain = true;
        else if (flag == "member")
          entry.member = true;
        else if (flag == "generic")
          entry.generic = true;
        else if (flag == "territory")
          entry.territory = true;
        else if (flag == "envoy")
          entry.envoy = true;
        else if (!flag.empty())
          return absl::DataLossError("titles.tsv: unknown flag " + std::string(flag));
      }
    }
    lexicon->titles_.Add(row[0], std::move(entry));
  }

  KG_ASSIGN_OR_RETURN(auto ranks, ReadTable(dir, "ranks.txt"));
  for (const auto& row : ranks) lexicon->ranks_.Add(row[0], row.size() > 1 ? row[1] : row[0]);

  KG_ASSIGN_OR_RETURN(auto given, ReadTable(dir, "given_names.txt"));
  for (const auto& row : given) lexicon->given_names_.insert(Lower(row[0]));

  KG_ASSIGN_OR_RETURN(auto chinese, ReadTable(dir, "chinese_surnames.txt"));
  for (const auto& row : chinese) lexicon->chinese_family_names_.insert(Lower(row[0]));

  KG_ASSIGN_OR_RETURN(auto particles, ReadTable(dir, "name_particles.tsv"));
  for (const auto& row : particles) {
    if (row.size() < 2 || (row[1] != "joins" && row[1] != "closes")) {
      return absl::DataLossError(dir + "/name_particles.tsv: expected 'particle<TAB>joins|closes'");
    }
    lexicon->name_particles_[Lower(row[0])] =
        row[1] == "joins" ? NameParticle::kJoins : NameParticle::kCloses;
  }
  KG_ASSIGN_OR_RETURN(auto stopwords, ReadTable(dir, "name_stopwords.txt"));
  for (const auto& row : stopwords) lexicon->name_stopwords_.insert(Lower(row[0]));

  KG_ASSIGN_OR_RETURN(auto topics, ReadTable(dir, "law_topics.tsv"));
  for (const auto& row : topics) {
    lexicon->law_topics_[Lower(row[0])] = row[0];
    for (const std::string& alias : SplitAlternatives(row, 1)) {
      lexicon->law_topics_[Lower(alias)] = row[0];
    }
  }

  KG_ASSIGN_OR_RETURN(auto domains, ReadTable(dir, "office_domains.txt"));
  for (const auto& row : domains) {
    const size_t eq = row[0].find('=');
    if (eq == std::string::npos) {
      lexicon->domain_words_.insert(Lower(row[0]));
    } else {
      lexicon->domain_synonyms_[Lower(row[0].substr(0, eq))] = row[0].substr(eq + 1);
    }
  }
  return lexicon;
}

std::string Lexicon::CanonicalCountry(std::string_view name) const {
  std::vector<Token> tokens = Tokenize(name);
  auto match = countries_.MatchAt(tokens, 0);
  if (!match || match->length != tokens.size()) return "";
  return country_entries_[match->value->country].name;
}

namespace {

// Looks `word` up without allocating when it is already in compared form
// (tokens carry it: Token::normalized).
bool Contains(const absl::flat_hash_set<std::string>& set, std::string_view word) {
  const bool normalized = std::none_of(word.begin(), word.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) == 0xE2;
  });
  if (normalized) return set.contains(absl::string_view(word.data(), word.size()));
  return set.contains(NormalizeTokenText(word));
}

}  // namespace

std::string Lexicon::LawTopic(std::string_view topic) const {
  auto it = law_topics_.find(Lower(topic));
  return it == law_topics_.end() ? std::string(topic) : it->second;
}

bool Lexicon::IsGivenName(std::string_view word) const { return Contains(given_names_, word); }

bool Lexicon::IsChineseFamilyName(std::string_view word) const {
  return Contains(chinese_family_names_, word);
}

Lexicon::NameParticle Lexicon::NameParticleOf(std::string_view word) const {
  auto it = name_particles_.find(absl::string_view(word.data(), word.size()));
  return it == name_particles_.end() ? NameParticle::kNone : it->second;
}

bool Lexicon::IsNameStopword(std::string_view word) const {
  return Contains(name_stopwords_, word);
}

bool Lexicon::IsDomainWord(std::string_view word) const { return Contains(domain_words_, word); }

std::string Lexicon::DomainSynonym(std::string_view lower_phrase) const {
  auto it = domain_synonyms_.find(std::string(lower_phrase));
  return it == domain_synonyms_.end() ? "" : it->second;
}

}  // namespace kg
