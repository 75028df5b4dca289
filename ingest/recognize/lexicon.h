// Lexicon: the word lists extraction relies on, loaded once from data/lexicon
// (see data/lexicon/README.md for the file formats).
//
//   KG_ASSIGN_OR_RETURN(std::unique_ptr<Lexicon> lexicon, Lexicon::Load(data_dir));
//
// Immutable after Load; safe to share between threads.
#ifndef KG_INGEST_RECOGNIZE_LEXICON_H_
#define KG_INGEST_RECOGNIZE_LEXICON_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"
#include "ingest/recognize/phrase_table.h"

namespace kg {

struct CountryEntry {
  std::string name;  // canonical: "Kazakhstan", "United States"
};

struct PlaceEntry {
  std::string name;
  std::string kind;     // capital, city, region, district, other
  std::string country;  // canonical country it is in; "" when none
};

struct OrganizationEntry {
  std::string name;
  std::string category;  // chamber, legislature, executive, court, presidency, agency, ...
};

struct TitleEntry {
  std::string canonical;   // "Minister", "Akim", "Deputy of the Senate"
  bool single = false;     // one holder at a time
  bool national = false;   // bare title means the country's post
  bool domain = false;     // takes a field ("Minister of Energy")
  bool member = false;     // a seat in a body
  bool generic = false;    // a job description
  bool territory = false;  // takes a region or city
  bool envoy = false;      // takes a destination country
};

// A country name or demonym match: demonyms are adjectives ("Kazakh",
// "Uzbek") that name the country without being the country.
struct CountryMatch {
  int country;  // index into Lexicon::country()
  bool demonym;
};

class Lexicon {
 public:
  // The country a bare national title refers to in this corpus.
  static constexpr std::string_view kHomeCountry = "Kazakhstan";

  static absl::StatusOr<std::unique_ptr<Lexicon>> Load(const std::string& dir);

  const PhraseTable<CountryMatch>& countries() const { return countries_; }
  const CountryEntry& country(int index) const { return country_entries_[index]; }
  const PhraseTable<PlaceEntry>& places() const { return places_; }
  const PhraseTable<OrganizationEntry>& organizations() const { return organizations_; }
  const PhraseTable<TitleEntry>& titles() const { return titles_; }
  const PhraseTable<std::string>& ranks() const { return ranks_; }

  // Canonical country name for any alias or demonym, or "" ("Russian
  // Federation" -> "Russia").
  std::string CanonicalCountry(std::string_view name) const;

  // The canonical topic of a law ("AI" -> "Artificial Intelligence"), or
  // `topic` itself when the lexicon has no other name for it.
  std::string LawTopic(std::string_view topic) const;

  // Lower-case word tests.
  bool IsGivenName(std::string_view word) const;
  bool IsChineseFamilyName(std::string_view word) const;
  bool IsNameStopword(std::string_view word) const;
  // A lower-case word of a name: "bin" joins two name words, "uulu" closes
  // a patronymic (data/lexicon/name_particles.tsv).
  enum class NameParticle : uint8_t { kNone, kJoins, kCloses };
  NameParticle NameParticleOf(std::string_view word) const;
  bool IsDomainWord(std::string_view word) const;
  // A field's canonical spelling ("labour" -> "Labor", "foreign" -> "Foreign
  // Affairs"), or "" when the phrase has no synonym entry.
  std::string DomainSynonym(std::string_view lower_phrase) const;

 private:
  PhraseTable<CountryMatch> countries_;
  std::vector<CountryEntry> country_entries_;
  PhraseTable<PlaceEntry> places_;
  PhraseTable<OrganizationEntry> organizations_;
  PhraseTable<TitleEntry> titles_;
  PhraseTable<std::string> ranks_;
  absl::flat_hash_set<std::string> given_names_;
  absl::flat_hash_set<std::string> chinese_family_names_;
  absl::flat_hash_set<std::string> name_stopwords_;
  absl::flat_hash_map<std::string, NameParticle> name_particles_;
  absl::flat_hash_set<std::string> domain_words_;
  absl::flat_hash_map<std::string, std::string> domain_synonyms_;
  absl::flat_hash_map<std::string, std::string> law_topics_;  // lower-case alias -> canonical
};

}  // namespace kg

#endif  // KG_INGEST_RECOGNIZE_LEXICON_H_
