// Clause roles: the third layer of the cascade. For every verb group of a
// sentence (ingest/chunks), the phrases that play a part in its clause:
//
//   subjects      the noun phrase before the verb, asides skipped ("X, the
//                 former Y, was", "X, who ..., was"), coordinated ("A, B and
//                 C were"), the antecedent of "who", or the subject shared
//                 with an earlier verb ("was relieved of A and appointed B")
//   objects       persons after an active verb ("appointed him", "relieved A
//                 and B"), also when their titles come first ("relieved the
//                 Ministers of Culture and of Energy, A and B, of")
//   complements   posts and bodies after the verb with the word that
//                 introduces them: "as Y", "to the post of Y", a bare "Y",
//                 "of his duties as Y", "from Y"; "the post"/"his duties"
//                 before a post are containers, not posts; also phrases
//                 the relations may read as posts without a mention: a
//                 post referred back to ("to the post", "the same
//                 position"), a noun for a person ("as a presidential
//                 aide"), and the person after "with" ("replaced X with Y")
//   agents        "by Decree of the President", "by X", and the "of" phrase
//                 after an agent ("by a decree of the President")
//   apposed_post  "The Minister of X, Y, resigned": the post set off before
//                 the subject's name
//   controller    for an infinitive, the verb group that governs it
//                 ("decided to relieve", "is expected to be named")
//
//   std::vector<Clause> clauses = AnalyzeClauses(chunks);
//
// Indices are into the chunk vector. Deterministic, no state. The layer
// knows nothing of which verbs matter: ingest/relations decides that.
#ifndef KG_INGEST_CLAUSES_CLAUSE_ROLES_H_
#define KG_INGEST_CLAUSES_CLAUSE_ROLES_H_

#include <string>
#include <vector>

#include "ingest/chunks/chunker.h"

namespace kg {

struct Complement {
  std::string marker;      // "as", "to", "of", "from", "for", "in", ... ; "" for a bare phrase
  bool container = false;  // after "the post of", "his duties as"
  int chunk = -1;
};

struct Clause {
  int verb = -1;  // the verb group's chunk
  std::vector<int> subjects;
  std::vector<int> objects;
  std::vector<Complement> complements;
  // Titles listed before the persons they belong to, in order, paired with
  // `objects` ("the Ministers of Culture and of Energy, A and B").
  std::vector<int> object_titles;
  std::vector<int> agents;
  // "The Prime Minister, X, resigned": the post written before the subject's
  // name, set off by commas; -1 when there is none.
  int apposed_post = -1;
  // "the post he held": the first complement is the phrase before the
  // clause's subject pronoun, the one the clause is about.
  bool gap = false;
  int controller = -1;  // an infinitive's governing verb group
  // The clause's voice: its verb group's, or for a verb coordinated under an
  // earlier auxiliary ("was relieved of A and appointed B") the earlier one's.
  bool passive = false;
  bool relative = false;        // "who was appointed": the subject is the antecedent
  bool shared_subject = false;  // "... and appointed": the subject of an earlier clause
  bool conditional = false;     // under "if", "unless", "whether"
};

std::vector<Clause> AnalyzeClauses(const std::vector<Chunk>& chunks);

// Words that make a noun phrase a container of a post rather than a post:
// "post", "position", "duties", "office", ...
bool IsPostContainer(const std::string& lemma);

}  // namespace kg

#endif  // KG_INGEST_CLAUSES_CLAUSE_ROLES_H_
