// RelationExtractor: turns the mentions of one analyzed sentence into facts.
// Each extractor is a small class with a table of patterns for one family of
// relations (appointments, careers, law stages, partnerships, ...); the
// ArticleExtractor runs them all over every sentence.
//
// Extractors name persons by their article entity (FactDraft::source_person)
// rather than by name, because the name a person ends up with is only known
// at the end of the article ("Tokayev" early, "Kassym-Jomart Tokayev" later).
#ifndef KG_INGEST_RELATIONS_RELATION_EXTRACTOR_H_
#define KG_INGEST_RELATIONS_RELATION_EXTRACTOR_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/fact.h"
#include "ingest/discourse/article_context.h"
#include "ingest/recognize/lexicon.h"
#include "ingest/relations/pattern.h"
#include "ingest/recognize/sentence_analyzer.h"

namespace kg {

struct FactDraft {
  Fact fact;
  int source_person = -1;  // when set, fact.source is that person's final NodeRef
  int target_person = -1;
  // A title the sentence only mentions ("Minister X said"): no post the
  // story is about, whatever the article's date.
  bool in_passing = false;
  // The post is how the sentence describes the person: a title, "former Y",
  // "X, formerly Y," (ingest/relations/post_moves.h ends it at a new post).
  bool description = false;
};

// Everything an extractor may look at for one sentence.
struct ExtractionInput {
  const AnalyzedSentence& sentence;
  std::string_view text;  // what the sentence's offsets point into
  ArticleContext& context;
  const Lexicon& lexicon;

  const Mention& mention_at(size_t item) const { return *(*sentence.items)[item].mention; }
  const SentenceItems& items() const { return *sentence.items; }
};

class RelationExtractor {
 public:
  virtual ~RelationExtractor() = default;
  virtual void Extract(const ExtractionInput& input, std::vector<FactDraft>* out) const = 0;
};

// --- Helpers shared by the extractors (extraction_util.cc).

// Compiles a pattern written in the source; an invalid one is a programming
// error and aborts with the pattern's message.
Pattern MustCompile(std::string_view notation);

// The node a non-person mention stands for (office, body, country, place,
// law). Offices carry "single" = "true" when one person holds them at a time.
NodeRef MentionRef(const Mention& mention);

// The post of whoever heads `unit` (a place or a body), as "X will head
// <unit>" and "<unit> was led by X" name it: the akim of a region or city,
// the minister of a ministry, the Prime Minister for the Government, else
// "Head of <unit>".
Mention HeadOf(const Mention& unit);

// The sentence as evidence.
Evidence SentenceEvidence(const ExtractionInput& input);

// A fact about a person (source) with the sentence as evidence.
FactDraft PersonFact(const ExtractionInput& input, Relation relation, int person, NodeRef target);

// The items [begin, end) of the clause around item `anchor`: clauses are
// delimited by ";" and words such as "before", "after", "which", "who".
std::pair<size_t, size_t> ClauseAround(const ExtractionInput& input, size_t anchor);

// The aside ", who was appointed in 2022," around item i, from its "who"
// (or "which", "whose") to the comma that closes it: [begin, end), or {i, i}
// when i is in none.
std::pair<size_t, size_t> RelativeClauseAround(const SentenceItems& items, size_t i);

// The time mention among the phrases of the verb at item `anchor` (up to the
// next verb), else the one in its clause closest to it (after it first),
// among those of the given types; nullptr when there is none.
const Mention* NearestTime(const ExtractionInput& input, size_t anchor,
                           std::initializer_list<TimeExpression::Type> types);

// The date an event in this sentence happened on: the nearest point in time
// in its clause; else (when `perfect`, "has been appointed", "is
// discussing") the article date; else the date of the meeting the sentence
// is "at"; else, for a simple past that is not background ("had been",
// "earlier"), the date the article's lead gave its story.
Date EventDate(const ExtractionInput& input, size_t anchor, bool perfect);

// True when the verb at item `anchor` reports something as of the article's
// date: present perfect ("has been appointed", "have adopted") or progressive
// ("is discussing").
bool IsPerfect(const ExtractionInput& input, size_t anchor);

// True when the verb at item `verb` is hedged: future, conditional, modal,
// negated or expected ("will be sent", "may consider", "is expected to").
bool IsHedged(const ExtractionInput& input, size_t verb);

// Who decided, when the sentence says ("by the Decree of the Head of State",
// "Government decree"): "President", "Government", "Prime Minister",
// "Parliament", a maslikhat; "" otherwise.
std::string DecisionMaker(const ExtractionInput& input);

// The item index of the first plain token at or after `from` whose
// normalized text is one of `words`, or -1.
int FindWord(const ExtractionInput& input, size_t from,
             std::initializer_list<std::string_view> words);

}  // namespace kg

#endif  // KG_INGEST_RELATIONS_RELATION_EXTRACTOR_H_
