// RoleRelationExtractor: the fourth layer of the cascade. Turns clause roles
// (ingest/clauses) into facts about posts, by the class of the clause's verb
// (ingest/relations/verb_classes.h), so that one rule covers every voice,
// tense, modifier and word order the lower layers absorbed:
//
//   appoint   passive subject / active object -> appointed_to the post;
//             `by` = the active subject or the "by" phrase
//   become    subject -> appointed_to ("became", "took over as")
//   return    subject -> appointed_to ("returned to the post of")
//   dismiss   passive subject / active object -> dismissed_from
//   resign    subject -> dismissed_from ("resigned as", "left his post of")
//   nominate  -> nominated_for, never an appointment
//   hold      subject -> held ("served as", "worked as"), each post of a
//             list dated by the time written after it ("A (1992-95), B
//             (1995-2000)"), else by the clause's time (a fronted one
//             too), never by an earlier one for a later step ("then as B")
//   remain    subject -> held, undated ("remained Deputy Prime Minister")
//   copula    a past or perfect "was Y", "has been Y, Z and W" -> held, as hold
//   former    "X, formerly Y,", "former Y X" -> held, undated
//   head      "was elected to head the Senate", "was tapped to serve as Y":
//             the governing appointment's person -> appointed_to the head of
//             that body, or the post the infinitive names
//   new post  a post called new ("the new Minister of X, Y", "the newly
//             appointed akim Y", "X is the new Y", "The new Y is X") ->
//             appointed_to, undated
//
//   replace   "replacing X with Y", "replaced X with Y" -> Y appointed_to
//             X's post (X's title, or the dismissal just stated);
//             "X replaced/succeeded Y as Z" -> Y held Z, ended when X took it;
//             "appointed X instead of Y", "in his place" -> the same
//   gapped list
//             "A was elected rector of U1, B - U2 and C - U3" -> B, C
//             appointed_to the same title of their own body
//   post as subject
//             "this post was held by X" -> X held it; "a similar post was
//             given to X", "the portfolio went to X" -> X appointed_to it
//   described appointee
//             "appointed his ambassador to the U.S. as foreign minister. X
//             was reappointed to the post he held ..." -> X appointed_to it,
//             and held the post described, until then
//   no post   "He was dismissed later that year" -> leaving the post the
//             article last gave him; "the press secretary and adviser to the
//             President" -> both aides; "appointed Y from 2019 to 2020" ->
//             also held Y for that range
//
// Posts are the clause's office complements introduced the way the class
// takes them ("as Y", a bare "Y", "to the post of Y", "of his duties as Y",
// "from Y"); persons and posts pair "respectively" when their counts agree.
// A biography's post is named as the text writes it when it says more than
// the lexicon's ("Deputy Chief of State Protocol", "a presidential aide");
// a bare post a body's vote fills is that body's ("the Senate elected X its
// Speaker"); a post referred back to ("the post", "this position") is the
// title the person carries or, when taken, the post of the last fact.
// The same acts named by nouns ("his appointment as Y", "the dismissal of
// X") follow the same rules. Nothing is stated by a clause that is negated,
// modal or future (but "will become", "will serve as": an announced post),
// conditional, reported as a rumour, or an infinitive under any verb but a
// decree ("is expected to be named", "urged X to resign"); a decree verb
// ("decided to relieve") passes its subject on as the decision's author.
// "The diplomat", "the new minister" name the person the article is about;
// "the new chief of staff", the one it appointed to that post.
#ifndef KG_INGEST_RELATIONS_ROLE_RELATION_EXTRACTOR_H_
#define KG_INGEST_RELATIONS_ROLE_RELATION_EXTRACTOR_H_

#include <vector>

#include "ingest/relations/relation_extractor.h"
#include "ingest/relations/verb_classes.h"

namespace kg {

class RoleRelationExtractor : public RelationExtractor {
 public:
  // `classes` must outlive the extractor.
  explicit RoleRelationExtractor(const VerbClasses& classes) : classes_(classes) {}

  void Extract(const ExtractionInput& input, std::vector<FactDraft>* out) const override;

 private:
  void FromClause(const ExtractionInput& input, const Clause& clause,
                  std::vector<FactDraft>* out) const;
  void FromNoun(const ExtractionInput& input, size_t chunk, std::vector<FactDraft>* out) const;
  void FromNewPost(const ExtractionInput& input, size_t chunk, std::vector<FactDraft>* out) const;
  void FromFormerPost(const ExtractionInput& input, size_t chunk,
                      std::vector<FactDraft>* out) const;
  void FromPostSubject(const ExtractionInput& input, const Clause& clause,
                       std::vector<FactDraft>* out) const;
  void FromSuccession(const ExtractionInput& input, const Clause& clause,
                      std::vector<FactDraft>* out) const;
  void FromGappedList(const ExtractionInput& input, const Clause& clause,
                      std::vector<FactDraft>* out) const;
  void FromPredecessorPhrase(const ExtractionInput& input, const Clause& clause,
                             std::vector<FactDraft>* out) const;
  void FromReplacement(const ExtractionInput& input, const Clause& clause,
                       std::vector<FactDraft>* out) const;
  void PostUnder(const ExtractionInput& input, const Clause& clause, VerbClass verb_class,
                 const Clause& governor, std::vector<FactDraft>* out) const;
  VerbClass ClassOf(const ExtractionInput& input, const Clause& clause) const;

  const VerbClasses& classes_;
};

}  // namespace kg

#endif  // KG_INGEST_RELATIONS_ROLE_RELATION_EXTRACTOR_H_
