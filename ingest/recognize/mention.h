// Mention: a recognized span of a sentence (a person's name, a post, a body,
// a country, a law, a time expression) with its canonical form.
//
// Recognizers produce mentions; SentenceItems (ingest/recognize/sentence_items.h) lays
// them over the tokens so relation patterns can match "<person> was appointed
// <office>" without caring how many tokens each mention spans.
#ifndef KG_INGEST_RECOGNIZE_MENTION_H_
#define KG_INGEST_RECOGNIZE_MENTION_H_

#include <cstddef>
#include <string>
#include <vector>

#include "graph/model.h"
#include "ingest/time/temporal_normalizer.h"

namespace kg {

enum class MentionType : uint8_t {
  kPerson,
  kOffice,
  kOrganization,
  kCountry,
  kPlace,
  kLaw,
  kTime,
  kPronoun,  // he, she, his, her: resolved to a person by coreference
};

std::string_view MentionTypeName(MentionType type);

// The parts of a post, so that "Industry Minister" and "Minister of Industry"
// build the same canonical name and rank is never lost.
struct OfficeParts {
  std::vector<std::string> ranks;  // canonical rank words in order: "First", "Deputy"
  std::string title;               // canonical head: "Minister", "Akim", "Chair"
  std::string domain;              // field: "Energy", "Labor and Social Protection"
  std::string of;                  // the body or territory: "Ministry of Justice", "Almaty Region"
  std::string to;                  // an envoy's destination: "Sweden"
  std::string country;             // the state whose post it is, when not the home country
  std::string principal;           // the post an aide serves: "President" of "adviser to the President"
  bool single = false;             // one holder at a time
  bool member = false;             // a seat (Senator), not a post over a body
  bool generic = false;            // a job description (expert, lecturer)
  bool former = false;             // "former", "ex-", "previously": no longer held
};

struct Mention {
  MentionType type = MentionType::kPerson;
  size_t first = 0;  // token range [first, last) in the sentence
  size_t last = 0;
  std::string name;           // canonical name of what is mentioned
  std::string surface;        // how the sentence wrote it, when that differs (posts)
  OfficeParts office;         // kOffice
  std::string category;       // kOrganization: chamber, executive, ...; kPlace: city, region
  bool demonym = false;       // kCountry named by its adjective ("Kazakh")
  std::string other_country;  // kCountry: the second of a pair ("Kazakh-Chinese")
  bool plural = false;        // kPronoun: they/their
  bool feminine = false;      // kPronoun: she/her
  TimeExpression time;        // kTime
  int entity = -1;            // the article entity it refers to (coreference)

  NodeKind node_kind() const;
};

}  // namespace kg

#endif  // KG_INGEST_RECOGNIZE_MENTION_H_
