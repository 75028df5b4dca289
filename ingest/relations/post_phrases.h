// Post phrases: how the role rules (role_relation_extractor.h) read the
// phrases of a clause: whether a verb group or a modifier hedges what it
// says, whether an office mention names a whole post, and the posts a
// phrase implies beside the one it names. Every function reads one
// sentence's chunks (ExtractionInput::sentence.chunks, by index) and states
// a property of the language, not of a sentence kg was written for.
#ifndef KG_INGEST_RELATIONS_POST_PHRASES_H_
#define KG_INGEST_RELATIONS_POST_PHRASES_H_

#include <optional>
#include <string_view>

#include "ingest/relations/relation_extractor.h"

namespace kg {

// Hedges: "reportedly", "possible", "proposed", "expected", ... (adverbs
// and adjectives that report an act as unconfirmed).
bool IsHedgeWord(std::string_view lemma);
// A verb group that states nothing as fact: negated, modal, or hedged by an
// adverb ("was reportedly appointed").
bool HedgedGroup(const VerbGroup& group);

// "Previously, ...", "Before this appointment, ...", "Prior to that, ..."
// open the sentence.
bool OpensWithPreviously(const SentenceItems& items);
// The clause of `group` tells of a step that ended before the article: the
// group says "previously", "formerly" or "earlier", or the sentence opens
// so (OpensWithPreviously).
bool SaysPreviously(const ExtractionInput& input, const VerbGroup& group);

// A title that names no post by itself ("Minister", "Speaker", "Assistant"
// with no field, body or destination); national titles ("President", "chief
// of staff") are the country's post on their own.
bool IsBarePost(const ExtractionInput& input, const Mention& post);
// Where the name of a post at `chunk` ends, as the text writes it: the
// "of"/"to"/"in"/"at"/"for" phrases after it that name no person ("Deputy
// Chief of State Protocol", "Counselor to the Mission of X to the UN in New
// York", "Adviser to the President"),
// up to a comma, a conjunction, a parenthesis, a time or a verb. The last
// chunk of the name (`chunk` itself when nothing is attached).
int PostNameEnd(const ExtractionInput& input, int chunk);
// Capitalized words in the phrase at `chunk` before its post's mention
// ("Senior Foreign Policy Advisor"): the title as written is longer than the
// post the lexicon reads.
bool CapitalizedBefore(const ExtractionInput& input, int chunk);
// The post at `chunk` named through PostNameEnd, for a post whose office
// mention says less than the text ("Deputy Chief" of "Deputy Chief of State
// Protocol").
Mention WrittenPost(const ExtractionInput& input, int chunk);
// A post no lexicon names, at a phrase headed by a noun for a person: a
// title word ("a presidential aide", "government minister") or any such noun
// at a body ("an officer at the planning department in the Ministry of
// X"), named as written through PostNameEnd; nullopt otherwise ("a good
// friend", "a translator").
std::optional<Mention> UnlistedPost(const ExtractionInput& input, int chunk);
// "X, the Minister of Y, left": the post set off by commas after the phrase
// at `chunk`, or nullptr.
const Mention* AsidePost(const ExtractionInput& input, int chunk);
// A post of a list introduced as a later step: ", then as B", ", later B".
bool LaterStep(const ExtractionInput& input, int chunk);
// The time written right after a post's name, perhaps in parentheses: "A
// (1992-95), B (1995-2000)", "akim of X from 2014 to 2019"; for a post
// coordinated with "and", the time after the next one ("A and B (2003-07)");
// nullptr when none is.
const Mention* TimeOfPost(const ExtractionInput& input, int chunk);

// The body that acts in a clause, as an organization mention: its subject
// ("the Majilis elected", "deputies of the Senate elected") or, for a passive
// verb, its agent ("was elected by the Senate"); nullptr when none is. A
// bare post its act fills is that body's ("elected X as the new Speaker").
const Mention* ActingBody(const ExtractionInput& input, const Clause& clause, bool passive);
// The bare `post` as the post of the acting `body`: canonical "Speaker of
// the Majilis", written as the text names the body ("Speaker of the lower
// house").
Mention PostOfActingBody(const ExtractionInput& input, const Mention& post, const Mention& body);

// The body or territory after "of" that a post at `chunk` left out
// ("director of the National Library"), or nullptr; WithUnit joins them.
const Mention* UnitAfter(const ExtractionInput& input, int chunk);
Mention WithUnit(const Mention& post, const Mention& unit);
// "akim of A and B": the second territory after a territorial post at
// `chunk`, or nullptr.
const Mention* CoordinatedTerritory(const ExtractionInput& input, int chunk, const Mention& post);
// "ambassador to Britain and the U.S.": the envoy's post to the second
// country, when `post` at `chunk` is an envoy's and "and <country>" follows.
std::optional<Mention> CoordinatedDestination(const ExtractionInput& input, int chunk,
                                              const Mention& post);
// "new", "newly appointed", "incoming" before a post (in its phrase or its
// mention), with nothing that hedges it.
bool CalledNew(const ExtractionInput& input, const Chunk& phrase, const Mention& post);

// "various posts at the Ministry of X", "senior positions in the Court": a
// phrase headed by a post noun, then "at" or "in" and a body, among the
// clause's complements; as an office named as written, or nullopt.
std::optional<Mention> UnnamedPostAtBody(const ExtractionInput& input, const Clause& clause);

// True when a noun phrase follows the verb group at chunk `verb` ("left the
// council").
bool PhraseFollows(const ExtractionInput& input, int verb);
// The sentence says "respectively".
bool SaysRespectively(const ExtractionInput& input);
// The normalized word of item `item`, "" for a mention.
std::string_view ItemWord(const ExtractionInput& input, size_t item);

}  // namespace kg

#endif  // KG_INGEST_RELATIONS_POST_PHRASES_H_
