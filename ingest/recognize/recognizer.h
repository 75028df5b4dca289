// The recognizers: each finds one kind of mention in a sentence, in a fixed
// order (see SentenceAnalyzer), claiming the tokens it covers so that later
// recognizers only see what is left. Offices may absorb the bodies, places
// and countries inside them ("Akim of Almaty Region").
#ifndef KG_INGEST_RECOGNIZE_RECOGNIZER_H_
#define KG_INGEST_RECOGNIZE_RECOGNIZER_H_

#include <cstddef>
#include <string>
#include <unordered_map>
#include <string_view>
#include <vector>

#include "ingest/recognize/lexicon.h"
#include "ingest/recognize/mention.h"
#include "ingest/reading/segmenter.h"

namespace kg {

// The mentions of one sentence while they are being recognized, and which
// token belongs to which mention.
class MentionDraft {
 public:
  explicit MentionDraft(const Sentence& sentence);

  const Sentence& sentence() const { return *sentence_; }
  // A headline-style line ("Kazakh President Accepts Government's
  // Resignation"): most words capitalized, so capitals say nothing about names.
  bool headline() const { return headline_; }
  const std::vector<Token>& tokens() const { return sentence_->tokens; }
  size_t size() const { return sentence_->tokens.size(); }

  // Index of the mention covering token i, or -1.
  int OwnerOf(size_t i) const { return owner_[i]; }
  bool IsFree(size_t i) const { return i < owner_.size() && owner_[i] < 0; }
  bool AllFree(size_t first, size_t last) const;
  const Mention* MentionAt(size_t i) const;

  // Adds a mention over free tokens (returns false and adds nothing if any
  // token in its range is taken).
  bool Add(Mention mention);
  // Adds a mention that absorbs the mentions fully inside its range; fails if
  // it would cut one in half or cover a mention of a type in `keep`.
  bool Absorb(Mention mention, const std::vector<MentionType>& keep);

  // The surviving mentions (absorbed ones removed), ordered by position.
  std::vector<Mention> Finish() &&;

  // Normalized text of token i ("" past the end).
  const std::string& Word(size_t i) const;
  bool IsWord(size_t i, std::string_view normalized) const { return Word(i) == normalized; }

 private:
  const Sentence* sentence_;
  std::vector<Mention> mentions_;
  std::vector<bool> removed_;
  std::vector<int> owner_;
  bool headline_ = false;
};

// A body or territory the article named, under the noun a later definite
// phrase may call it by ("the agency", "the region").
struct NamedBody {
  std::string noun;      // "agency", "ministry", "region", "city", "district"
  std::string name;      // "Anti-Corruption Agency", "Namangan Region"
  std::string category;  // its mention's category
  bool territory = false;
};

// What the article said before the sentence, for the recognizers that read
// a sentence against it (ArticleContext::Memory()).
// Persons by folded surname: their ids in the article (ArticleContext).
using SurnameIndex = std::unordered_map<std::string, std::vector<int>>;

struct ArticleMemory {
  // The persons named, by folded surname (FoldName): a later "Kobenova"
  // alone is one. Points into the article's context (nullptr: none yet), so
  // that a long article's memory costs nothing to hand each sentence.
  const SurnameIndex* surnames = nullptr;
  // The last body named by each noun: what "the <noun>" means.
  std::vector<NamedBody> bodies;
  // The time the story last stood at: the last date a sentence wrote out
  // ("in May 2016"), or one it reached from there ("two years later").
  // What "later that year" and a bare "in December" after it count from.
  Date narrative;

  const NamedBody* Body(std::string_view noun) const;
  bool KnowsSurname(const std::string& folded) const {
    return surnames != nullptr && surnames->contains(folded);
  }
};

// The noun a definite phrase uses for a body: "oblast" and "province" are
// "region", "town" is "city"; other words as they are.
std::string_view BodyNoun(std::string_view word);

// Each recognizer reads the article `text` the sentence's tokens point into.
// They run in this order (see SentenceAnalyzer); each only claims free tokens,
// except where it says it absorbs.

// Times: TemporalNormalizer's expressions mapped onto tokens.
// A biography's relative times count from `narrative` (ArticleMemory) when
// the story stands in the past: "later that year", "the following year",
// "two years later", and a month without a year ("in December" after "in May
// 2016" is December 2016), never past the article's date.
void RecognizeTimes(std::string_view text, Date article_date, Date narrative, MentionDraft& draft);
// Countries, demonyms (and demonym pairs, "Kazakh-Chinese") and places.
void RecognizeCountriesAndPlaces(const Lexicon& lexicon, MentionDraft& draft);
// Named bodies (lexicon), ministries, and "<Capitalized...> University /
// Committee / Agency ..." bodies; absorbs the countries and places in them.
void RecognizeOrganizations(const Lexicon& lexicon, std::string_view text, MentionDraft& draft);
// Laws: quoted titles ("On ..."), "the law on X", "the X law", codes, and
// anaphors ("the law", "the bill", "the document") with an empty name and
// category "anaphor". Absorbs everything inside a title.
void RecognizeLaws(const Lexicon& lexicon, std::string_view text, MentionDraft& draft);
// Personal names that look like names on their own (a known given name, a
// Chinese family name, initials, a patronymic, a surname ending).
void RecognizeNames(const Lexicon& lexicon, std::string_view text, MentionDraft& draft);
// Posts: "First Deputy Prime Minister", "Minister of Energy", "Energy
// Minister", "Akim of Almaty Region", "Ambassador to Sweden"; absorbs the
// bodies, places and countries inside them. Category "former" for a former
// post. "of the agency", "of the region" name the body `memory` last knew by
// that noun ("chairman of the agency", "acting head of the region").
void RecognizeOffices(const Lexicon& lexicon, std::string_view text, const ArticleMemory& memory,
                      MentionDraft& draft);
// Names known only from context: after a title or an honorific, in a byline,
// next to a verb of saying, or a surname already seen in the article
// (`memory`'s surnames).
void RecognizeContextualNames(const Lexicon& lexicon, std::string_view text,
                              const ArticleMemory& memory, MentionDraft& draft);
// he, she, his, her, they, their.
void RecognizePronouns(MentionDraft& draft);

// The field phrase of a post or ministry starting at `begin` ("Digital
// Development, Innovation and Aerospace Industry"): its end, or `begin`.
size_t DomainPhraseAfter(const Lexicon& lexicon, const MentionDraft& draft, size_t begin);
// The canonical spelling of a field: "labour" -> "Labor", "foreign" ->
// "Foreign Affairs", others title-cased.
std::string CanonicalDomain(const Lexicon& lexicon, const std::vector<std::string>& words);

// Word-shape helpers shared by the recognizers.
bool HasSurnameEnding(std::string_view word);
bool IsPatronymic(std::string_view word);
// "By X", "Reporting by X", "Photo by X" opening a sentence at token
// `first`: the credit X has ("author", "photo"), else "".
std::string_view BylineRole(const std::vector<Token>& tokens, size_t first);
// A capitalized word that could be part of a personal name.
bool IsNameLike(const Lexicon& lexicon, const Token& token);
// "Ministry", "University", "Committee", ...: nouns that end a body's name.
bool IsOrganizationHead(std::string_view normalized_word);
// Capitalizes the first letter of each word but function words.
std::string TitleCase(std::string_view text);
// The source text of tokens [first, last) (`text` is the article text the
// tokens' offsets point into).
std::string_view SpanText(const std::vector<Token>& tokens, size_t first, size_t last,
                          std::string_view text);

}  // namespace kg

#endif  // KG_INGEST_RECOGNIZE_RECOGNIZER_H_
