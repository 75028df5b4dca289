// ArticleContext: what one article has said so far, so that later mentions
// can refer back to it. Sentences are resolved in order:
//
// - Persons: "Kassym-Jomart Tokayev" registers a person; a later "Tokayev",
//   "Mr. Tokayev" or "Kassym-Jomart K. Tokayev" is the same one. Two people
//   with one surname and different given names ("Alikhan Smailov", "Askhat
//   Smailov") stay apart, and a bare surname goes to the one named last.
// - Pronouns: "he", "she", "his", "her" go to the person the previous
//   sentences were about (their first named person), or to a person named
//   earlier in the same sentence, when the gender (read off the surname) does
//   not contradict.
// - Laws: "the law", "the bill", "the document" go to the law named last.
// - Bodies: "the agency", "the region" in a later sentence's post ("chairman
//   of the agency") are the agency or region named last (Memory()).
// - The meeting date: "At the meeting, deputies also considered ..." takes
//   the date of the last meeting or session the article dated.
//
//   ArticleContext context(article);
//   for (...) { AnalyzedSentence s = ...; context.Resolve(s); ... }
//   context.PersonName(s.mentions[i].entity);
#ifndef KG_INGEST_DISCOURSE_ARTICLE_CONTEXT_H_
#define KG_INGEST_DISCOURSE_ARTICLE_CONTEXT_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/fact.h"
#include "graph/model.h"
#include "ingest/reading/article.h"
#include "ingest/discourse/holder_lookup.h"
#include "ingest/recognize/sentence_analyzer.h"

namespace kg {

class ArticleContext {
 public:
  struct Person {
    std::string name;                  // the longest full form seen
    std::vector<std::string> keys;     // folded words a lone mention may use (surnames)
    std::vector<std::string> given;    // folded given names seen with it
    std::vector<std::string> aliases;  // other spellings seen
    int gender = 0;                    // 1 masculine, 2 feminine, 0 unknown
    std::vector<std::pair<std::string, std::string>> attributes;  // "born" -> "1978"
  };

  // `text` is the text the analyzed sentences point into (the article's text,
  // or its title while the title is analyzed).
  // `graph`, when given, answers for posts the article names without a
  // person ("the Head of State"); it must outlive the context.
  explicit ArticleContext(const Article& article, const HolderLookup* graph = nullptr)
      : article_(article), graph_(graph) {}

  const Article& article() const { return article_; }
  Date date() const { return article_.date; }

  // Resolves the persons, pronouns and law anaphors of `sentence` (sets
  // Mention::entity for persons and pronouns; fills the name of a law
  // anaphor; a law anaphor with nothing to refer to keeps an empty name).
  void Resolve(AnalyzedSentence& sentence);

  // The person a person or pronoun mention stands for, or -1.
  int PersonOf(const Mention& mention) const { return mention.entity; }
  const Person& person(int id) const { return persons_[id]; }
  Person& mutable_person(int id) { return persons_[id]; }
  int person_count() const { return static_cast<int>(persons_.size()); }
  NodeRef PersonRef(int id) const;

  // The last post of this title the article named ("the region" he
  // headed is the region whose akim the article is about); nullptr if none.
  const Mention* LastOffice(std::string_view title) const;

  // Who the article names with a post ("President Kassym-Jomart Tokayev"),
  // so that "the Head of State signed" is that person. -1 when none.
  // Falls back on the graph's holder at the article's date, which then
  // becomes a person of the article.
  void NoteTitle(const std::string& office, int person) { titles_[office] = person; }
  int TitleHolder(const std::string& office);

  // What the recognizers may read the next sentence against: the surnames,
  // and the bodies and territories named so far under the noun a definite
  // phrase would call them by ("the agency", "the region").
  ArticleMemory Memory() const;

  // Laws named so far, in order; the last is what "the law" means.
  const std::vector<std::string>& laws() const { return laws_; }
  // The fullest name the article gives a law: "On Visual Information" is the
  // bill "On Making Amendments ... on Visual Information and Religious
  // Activity" when the article names both (the words of one contain the
  // other's).
  std::string CanonicalLaw(const std::string& name) const;

  // The chamber of Parliament the article is talking about ("deputies
  // adopted ..." means its deputies); empty until one is named.
  const std::string& chamber() const { return chamber_; }
  // The chamber the article named last, in any role ("ten new deputies to
  // the Senate"): where "the deputies" of a later sentence sit.
  const std::string& last_chamber() const { return last_chamber_; }

  // The chamber whose sitting the article reports ("A meeting of the Senate
  // was held ..."); empty when none.
  const std::string& meeting_chamber() const { return meeting_chamber_; }
  // Notes the chambers a sentence names as actors (not "sent to the
  // Majilis"), and the one whose meeting it reports.
  void NoteChambers(const AnalyzedSentence& sentence, bool mentions_meeting);

  // Countries as the article mentions them: "the two countries" are the two
  // it names most (ties go to the first named); empty names when it has not
  // named two.
  void CountCountry(const std::string& country);
  std::pair<std::string, std::string> MainCountryPair() const;

  // The day the article's lead (first sentences) says its story happened.
  Date story_date() const { return story_date_; }
  void set_story_date(Date date) { story_date_ = date; }

  // The date of the meeting or session the article last dated (empty if none).
  Date meeting_date() const { return meeting_date_; }
  void set_meeting_date(Date date) { meeting_date_ = date; }

  // The person the last sentence was about: what a pronoun in the next
  // sentence refers to. Resolve() sets it to the first person a sentence
  // names; an extractor that knows better (the appointee, not the President
  // who signed the decree) sets it with SetSubject().
  int last_subject() const { return last_subject_; }
  void SetSubject(int person);

  // Who the article last appointed to a post (by the post's name), for "the
  // new chief of staff" in a later sentence; -1 when none.
  void NoteAppointee(const std::string& office, int person) { appointees_[office] = person; }
  int AppointeeOf(const std::string& office) const {
    const auto it = appointees_.find(office);
    return it == appointees_.end() ? -1 : it->second;
  }

  // An appointment whose appointee the sentence only describes: "appointed
  // his ambassador to the U.S. as foreign minister". The next sentences may
  // name the person ("X was reappointed to the post"); after two it is gone.
  struct UnnamedAppointee {
    Mention post;       // the post taken
    Mention described;  // the post the appointee is described by
    Date date;
    std::string by;
  };
  void NoteUnnamedAppointee(UnnamedAppointee appointee);
  const UnnamedAppointee* unnamed_appointee() const;
  void ForgetUnnamedAppointee() { unnamed_appointee_.reset(); }

 private:
  int RegisterPerson(std::string_view surface);
  int AddPerson(Person person);
  void NoteMention(int person);
  void NoteBody(const Mention& mention);
  void RememberBody(NamedBody body);
  int FindBySurname(const std::string& key) const;

  const Article& article_;
  const HolderLookup* graph_;
  std::vector<Person> persons_;
  std::vector<std::string> laws_;
  std::vector<NamedBody> bodies_;  // the last body named by each noun
  Date meeting_date_;
  Date story_date_;
  std::string chamber_;
  std::string meeting_chamber_;
  std::string last_chamber_;
  std::vector<std::pair<std::string, int>> country_counts_;  // in order of first mention
  int last_subject_ = -1;              // first person named in the last sentence naming one
  int sentences_ = 0;                  // sentences resolved so far
  Date narrative_;                     // ArticleMemory::narrative
  std::optional<UnnamedAppointee> unnamed_appointee_;
  std::map<std::string, int> appointees_;
  int unnamed_appointee_sentence_ = 0;
  // Persons by their mentions: (person, stamp) in mention order, an entry
  // current while last_mention_[person] is its stamp (0: never mentioned);
  // and by the folded keys a lone surname may use. Both keep a long list of
  // names linear to read.
  std::vector<std::pair<int, uint64_t>> recent_;
  std::vector<uint64_t> last_mention_;
  uint64_t clock_ = 0;
  SurnameIndex by_key_;
  std::map<std::string, int> titles_;  // canonical post -> person named with it
  std::vector<Mention> offices_;       // posts named so far, in order
};

}  // namespace kg

#endif  // KG_INGEST_DISCOURSE_ARTICLE_CONTEXT_H_
