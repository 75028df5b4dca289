#include "ingest/relations/role_relation_extractor.h"

#include <algorithm>
#include <deque>
#include <optional>

#include "ingest/recognize/recognizer.h"
#include "ingest/relations/post_phrases.h"

namespace kg {
namespace {

bool OneOf(std::string_view word, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

// Does the class take a post introduced by `marker` (after a container such
// as "the post of" when `container`)?
bool TakesPost(VerbClass verb_class, const std::string& marker, bool container) {
  if (container && (marker == "of" || marker == "as")) return true;
  switch (verb_class) {
    case VerbClass::kAppoint:
      return OneOf(marker, {"", "as", "to"});
    case VerbClass::kNominate:
      return OneOf(marker, {"", "as", "to", "for"});
    case VerbClass::kBecome:
    case VerbClass::kHold:
      return OneOf(marker, {"", "as"});
    case VerbClass::kRemain:
      return OneOf(marker, {"", "as", "in"});  // "remained in his post"
    case VerbClass::kReturn:
      return OneOf(marker, {"to", "as"});
    case VerbClass::kDismiss:
      return OneOf(marker, {"", "as", "from", "of"});
    case VerbClass::kResign:
      return OneOf(marker, {"", "as", "from"});
    default:
      return false;
  }
}

Relation RelationOf(VerbClass verb_class) {
  switch (verb_class) {
    case VerbClass::kDismiss:
    case VerbClass::kResign:
      return Relation::kDismissedFrom;
    case VerbClass::kHold:
    case VerbClass::kRemain:
      return Relation::kHeld;
    case VerbClass::kNominate:
      return Relation::kNominatedFor;
    default:
      return Relation::kAppointedTo;
  }
}

// The class's person is the subject whatever the voice.
bool SubjectActs(VerbClass verb_class) {
  return verb_class == VerbClass::kBecome || verb_class == VerbClass::kResign ||
         verb_class == VerbClass::kHold || verb_class == VerbClass::kReturn ||
         verb_class == VerbClass::kRemain;
}

// Nothing but times and adverbs after the verb group at `verb` before the
// clause ends: "He was dismissed later that year.", "she resigned, ...".
bool EndsAfterTime(const ExtractionInput& input, int verb) {
  const std::vector<Chunk>& chunks = input.sentence.chunks;
  for (size_t j = verb + 1; j < chunks.size(); ++j) {
    const ChunkType type = chunks[j].type;
    if (type == ChunkType::kOther || type == ChunkType::kTime) continue;
    return type == ChunkType::kPunctuation || type == ChunkType::kComma ||
           type == ChunkType::kConjunction || type == ChunkType::kSubordinator;
  }
  return true;
}

// "In 1989, after X took over, Y was ...": a time opening the sentence
// before a comma dates its main clause across the clauses between.
const Mention* FrontedTime(const ExtractionInput& input) {
  const std::vector<Chunk>& chunks = input.sentence.chunks;
  if (chunks.size() < 2 || chunks[0].type != ChunkType::kTime ||
      chunks[1].type != ChunkType::kComma) {
    return nullptr;
  }
  const Mention* time = chunks[0].mention;
  return time != nullptr && !time->time.as_of ? time : nullptr;
}

// The post of the article's last fact about a post ("X was dismissed as Y.
// Z was appointed to the post."), as a mention; nullopt when none came.
std::optional<Mention> PostNamedBefore(const std::vector<FactDraft>& so_far) {
  for (auto it = so_far.rbegin(); it != so_far.rend(); ++it) {
    const Fact& fact = it->fact;
    // A title seen in passing ("President X said") is no post the story
    // is about.
    if (fact.target.kind != NodeKind::kOffice || it->in_passing ||
        (fact.relation != Relation::kAppointedTo && fact.relation != Relation::kDismissedFrom &&
         fact.relation != Relation::kHeld && fact.relation != Relation::kNominatedFor)) {
      continue;
    }
    Mention post;
    post.type = MentionType::kOffice;
    post.name = fact.target.name;
    post.surface = fact.target.surface.empty() ? fact.target.name : fact.target.surface;
    for (const auto& [key, value] : fact.target.attributes) {
      if (key == "single") post.office.single = value == "true";
    }
    return post;
  }
  return std::nullopt;
}

// A held post's start and end from the time that dates it.
void SetTenure(const TimeExpression& when, FactTime* time) {
  switch (when.type) {
    case TimeExpression::Type::kRange:
      time->start = when.start;
      time->end = when.end_date;
      break;
    case TimeExpression::Type::kSince:
      time->start = when.start;
      break;
    case TimeExpression::Type::kUntil:
      time->end = when.end_date;
      break;
    case TimeExpression::Type::kPoint:
      // "In 1991 he was editor-in-chief": held from then on. A full date is
      // an event's, not a tenure's start.
      if (when.date.precision() != Date::Precision::kDay) time->start = when.date;
      break;
  }
}

class ClauseReader {
 public:
  explicit ClauseReader(const ExtractionInput& input) : input_(input) {}

  const Chunk& chunk(int i) const { return input_.sentence.chunks[i]; }

  // The article persons a list of phrases names.
  std::vector<int> Persons(const std::vector<int>& phrases) const {
    std::vector<int> persons;
    for (int p : phrases) {
      if (const int referent = DefiniteReferent(chunk(p)); referent >= 0) {
        persons.push_back(referent);
        continue;
      }
      const Mention* m = chunk(p).mention;
      if (m == nullptr || (m->type != MentionType::kPerson && m->type != MentionType::kPronoun)) {
        continue;
      }
      const int person = input_.context.PersonOf(*m);
      if (person >= 0 && std::find(persons.begin(), persons.end(), person) == persons.end()) {
        persons.push_back(person);
      }
    }
    return persons;
  }

  // "the diplomat", "the new minister", "the 45-year-old economist": a
  // definite phrase headed by a noun that names a person (WordNet's
  // noun.person), or by a bare title, refers back to the person the article
  // is about (ArticleContext::last_subject). -1 when it is no such phrase.
  int DefiniteReferent(const Chunk& c) const {
    if (c.type != ChunkType::kNounPhrase || c.determiner != "the" || c.possessor != nullptr) {
      return -1;
    }
    // "the Kazakh diplomat": a country, place or body may modify the noun.
    const bool person_noun =
        c.head_names_person &&
        (c.mention == nullptr || c.mention->type == MentionType::kCountry ||
         c.mention->type == MentionType::kPlace || c.mention->type == MentionType::kOrganization);
    const bool office = c.mention != nullptr && c.mention->type == MentionType::kOffice &&
                        c.head_lemma.empty();
    // "The new chief of staff, 47, has previously served as ...": the one the
    // article appointed to that post.
    if (office && CalledNew(input_, c, *c.mention)) {
      if (const int appointee = input_.context.AppointeeOf(c.mention->name); appointee >= 0) {
        return appointee;
      }
    }
    const bool bare_title = office && IsBarePost(input_, *c.mention);
    if (!person_noun && !bare_title) return -1;
    return input_.context.last_subject();
  }

  // Who decided, as `by` names it: "President" for the head of state.
  std::string Decider(const std::vector<int>& phrases) const {
    for (int p : phrases) {
      const Chunk& c = chunk(p);
      const Mention* m = c.mention;
      if (m == nullptr) continue;
      if (m->type == MentionType::kOrganization) return m->name;
      if (m->type == MentionType::kOffice) {
        if (m->office.title == "President" && m->office.country.empty() &&
            m->office.ranks.empty()) {
          return "President";
        }
        return m->name;
      }
      if (m->type == MentionType::kPerson || m->type == MentionType::kPronoun) {
        if (c.title != nullptr && c.title->office.title == "President" &&
            c.title->office.country.empty()) {
          return "President";
        }
        const int person = input_.context.PersonOf(*m);
        if (person >= 0 && person == input_.context.TitleHolder("President")) return "President";
        if (m->type == MentionType::kPerson) return m->name;
      }
    }
    return "";
  }

 private:
  const ExtractionInput& input_;
};

void NoteUnnamedAppointee(const ExtractionInput& input, const ClauseReader& reader,
                          const Clause& clause) {
  // "appointed his long-serving ambassador to the U.S. as foreign minister":
  // a bare post with a determiner or possessor describes the appointee, the
  // "as" post is the one taken.
  const Mention* described = nullptr;
  const Mention* post = nullptr;
  for (const Complement& complement : clause.complements) {
    const Chunk& c = reader.chunk(complement.chunk);
    if (!c.Names(MentionType::kOffice) || c.mention->office.former) continue;
    if (complement.marker.empty() && described == nullptr &&
        (c.possessor != nullptr || !c.determiner.empty())) {
      described = c.mention;
    } else if (complement.marker == "as" && described != nullptr && post == nullptr) {
      post = c.mention;
    }
  }
  if (described == nullptr || post == nullptr || IsBarePost(input, *post)) return;
  const Chunk& verb = reader.chunk(clause.verb);
  const size_t verb_item = verb.verb_item >= 0 ? verb.verb_item : verb.begin;
  std::string by = reader.Decider(clause.subjects);
  if (by.empty()) by = DecisionMaker(input);
  input.context.NoteUnnamedAppointee(
      {*post, *described, EventDate(input, verb_item, IsPerfect(input, verb_item)), by});
}

}  // namespace

VerbClass RoleRelationExtractor::ClassOf(const ExtractionInput& input, const Clause& clause) const {
  const Chunk& verb = input.sentence.chunks[clause.verb];
  // "He was Minister of X": a past copula states a post held; the present
  // one ("X is Minister") is a title seen in passing (ingest/relations/title_extractor.h).
  if (verb.verb.lemma == "be" && verb.verb.modal.empty() && !clause.passive &&
      (verb.verb.form == VerbForm::kPast || verb.verb.perfect)) {
    return VerbClass::kHold;  // "was Y", "has been Y", "had been Y"
  }
  // "X will be responsible for Z as Y" announces the post.
  if (verb.verb.lemma == "be" && verb.verb.modal == "will" && !clause.passive) {
    return VerbClass::kBecome;
  }
  std::string next = verb.verb.particle;
  if (next.empty() && clause.verb + 1 < static_cast<int>(input.sentence.chunks.size())) {
    // "took over as", "was put forward as": the word after the verb.
    const Chunk& after = input.sentence.chunks[clause.verb + 1];
    if (after.end - after.begin == 1) {
      next = after.word.empty() ? std::string(ItemWord(input, after.begin)) : after.word;
    }
  }
  const VerbClass verb_class = classes_.OfVerb(verb.verb.lemma, next);
  if (verb_class != VerbClass::kNone) return verb_class;
  // "embarked on five-year stints as Y", "began his second term as Y": a
  // noun naming a tenure, right before "as", makes the clause a career step.
  const std::vector<Chunk>& chunks = input.sentence.chunks;
  for (const Complement& complement : clause.complements) {
    const int noun = complement.chunk - 2;
    if (complement.marker != "as" || noun <= clause.verb) continue;
    if (chunks[noun].type == ChunkType::kNounPhrase && chunks[noun].mention == nullptr &&
        classes_.OfNoun(chunks[noun].head_lemma) == VerbClass::kHold) {
      return VerbClass::kHold;
    }
  }
  return VerbClass::kNone;
}

void RoleRelationExtractor::Extract(const ExtractionInput& input,
                                    std::vector<FactDraft>* out) const {
  for (const Clause& clause : input.sentence.clauses) {
    FromClause(input, clause, out);
    FromReplacement(input, clause, out);
    FromPostSubject(input, clause, out);
    FromSuccession(input, clause, out);
    FromGappedList(input, clause, out);
    FromPredecessorPhrase(input, clause, out);
  }
  for (size_t c = 0; c < input.sentence.chunks.size(); ++c) {
    FromNoun(input, c, out);
    FromNewPost(input, c, out);
    FromFormerPost(input, c, out);
  }
}

void RoleRelationExtractor::FromClause(const ExtractionInput& input, const Clause& clause,
                                       std::vector<FactDraft>* out) const {
  const ClauseReader reader(input);
  VerbClass verb_class = ClassOf(input, clause);
  if (verb_class == VerbClass::kNone || verb_class == VerbClass::kHedge ||
      verb_class == VerbClass::kDecree) {
    return;
  }
  // Heading a body is a post only under an appointment (HeadUnder); "X
  // headed the ministry" in a biography is the career extractor's.
  if (verb_class == VerbClass::kHead && clause.controller < 0) return;
  const Chunk& verb = reader.chunk(clause.verb);
  const VerbGroup& group = verb.verb;
  // "X will become Y" announces a decided appointment; every other modal,
  // a negation or a condition states nothing.
  const bool announced = (verb_class == VerbClass::kBecome || verb_class == VerbClass::kHold) &&
                         group.modal == "will" && !group.negated && group.adverbs.empty();
  // "X will serve as Y" is the new post, not a past career step.
  if (announced) verb_class = VerbClass::kBecome;
  if ((HedgedGroup(group) && !announced) || clause.conditional) return;
  std::vector<int> deciders;
  if (clause.controller >= 0) {
    // Only a decree's infinitive is the act ("decided to relieve"); after any
    // other verb it is wished, asked or planned ("urged X to resign"). A
    // gerund states it ("began working as") unless its governor is hedged.
    const Chunk& governor = reader.chunk(clause.controller);
    const VerbClass governing = classes_.OfVerb(governor.verb.lemma, governor.verb.particle);
    if (HedgedGroup(governor.verb) || governing == VerbClass::kHedge) return;
    if (group.infinitive && governing == VerbClass::kAppoint &&
        (verb_class == VerbClass::kHead || verb_class == VerbClass::kHold)) {
      // "was elected to head the Senate", "was tapped to serve as Y": the
      // post of the appointment is the infinitive's.
      for (const Clause& g : input.sentence.clauses) {
        if (g.verb == clause.controller) PostUnder(input, clause, verb_class, g, out);
      }
      return;
    }
    if (group.infinitive && governing != VerbClass::kDecree) return;
  }
  // The phrasal word ("over" of "took over") introduces nothing.
  std::string phrasal;
  if (group.particle.empty() && clause.verb + 1 < static_cast<int>(input.sentence.chunks.size())) {
    const Chunk& after = reader.chunk(clause.verb + 1);
    const std::string word =
        after.word.empty() ? std::string(ItemWord(input, after.begin)) : after.word;
    if (after.end - after.begin == 1 && classes_.IsPhrasal(group.lemma, word)) {
      phrasal = word;
    }
  }

  // Who gets or leaves the post, and who decided.
  std::vector<int> persons;
  std::string by;
  const std::vector<int>* titled = nullptr;  // phrases whose titles may be the post
  if (SubjectActs(verb_class)) {
    if (clause.passive) return;  // "was held", "was left": not the person's act
    persons = reader.Persons(clause.subjects);
    titled = &clause.subjects;
  } else if (clause.passive) {
    persons = reader.Persons(clause.subjects);
    by = reader.Decider(clause.agents);
    titled = &clause.subjects;
  } else if (!clause.objects.empty()) {
    persons = reader.Persons(clause.objects);
    by = reader.Decider(clause.subjects);
    titled = &clause.objects;
  } else if (group.form == VerbForm::kPast && clause.controller < 0 && clause.agents.empty() &&
             clause.subjects.size() == 1 && clause.subjects.front() == 0 &&
             !clause.complements.empty()) {
    // A headline drops the auxiliary: "X appointed Minister of Y".
    persons = reader.Persons(clause.subjects);
  }
  if (persons.empty()) {
    if (verb_class == VerbClass::kAppoint && !clause.passive) {
      NoteUnnamedAppointee(input, reader, clause);
    }
    return;
  }
  if (by.empty()) by = DecisionMaker(input);

  // The posts.
  std::vector<const Mention*> posts;
  std::vector<int> post_chunks;  // the complement naming each post, -1 for none
  std::deque<Mention> attached;  // posts completed by the body after them
  ArticleContext::UnnamedAppointee completed_appointee;
  const ArticleContext::UnnamedAppointee* completed = nullptr;
  const Mention* completed_post = nullptr;
  auto add_post = [&](const Mention* post, int chunk) {
    posts.push_back(post);
    post_chunks.push_back(chunk);
  };
  // "appointed the Ministers of Culture and of Energy, A and B": the titles
  // are the posts; "appointed the akim of X, A, as Minister of Y": the title
  // only says who A is.
  const bool post_after = std::any_of(
      clause.complements.begin(), clause.complements.end(), [&](const Complement& complement) {
        const Mention* m = reader.chunk(complement.chunk).mention;
        return m != nullptr && m->type == MentionType::kOffice &&
               TakesPost(verb_class, complement.marker, complement.container);
      });
  if (!clause.object_titles.empty() && clause.object_titles.size() == clause.objects.size() &&
      !post_after) {
    for (int t : clause.object_titles) add_post(reader.chunk(t).mention, -1);
  }
  for (const Complement& complement : clause.complements) {
    const Mention* m = reader.chunk(complement.chunk).mention;
    if (m == nullptr && IsPostContainer(reader.chunk(complement.chunk).head_lemma)) {
      // "Minister X, who had held the post since 2007": the post of the
      // title the person carries; "Y was appointed to the post": the post
      // of the article's last fact about one.
      if (!TakesPost(verb_class, complement.marker, complement.container)) continue;
      // One leaves or holds one's own post: only the title says which. One
      // takes the post the story is about.
      const Mention* titled_post = nullptr;
      for (int p : clause.subjects) {
        if (reader.chunk(p).title != nullptr) titled_post = reader.chunk(p).title;
        if (const Mention* aside = AsidePost(input, p)) titled_post = aside;
      }
      if (clause.apposed_post >= 0) titled_post = reader.chunk(clause.apposed_post).mention;
      // "was reappointed to the post he held": the gap is the post just named.
      const bool takes = verb_class == VerbClass::kAppoint || verb_class == VerbClass::kBecome ||
                         (clause.gap && complement.chunk == clause.complements.front().chunk);
      // "X was reappointed to the post" after "appointed his ambassador as
      // Y": the appointee the sentence before described.
      const ArticleContext::UnnamedAppointee* unnamed =
          verb_class == VerbClass::kAppoint || verb_class == VerbClass::kBecome
              ? input.context.unnamed_appointee()
              : nullptr;
      if (titled_post != nullptr) {
        add_post(titled_post, -1);
      } else if (unnamed != nullptr && completed == nullptr) {
        completed_appointee = *unnamed;
        completed = &completed_appointee;
        input.context.ForgetUnnamedAppointee();
        attached.push_back(completed->post);
        add_post(&attached.back(), -1);
        completed_post = &attached.back();
      } else if (std::optional<Mention> post = PostNamedBefore(*out); takes && post.has_value()) {
        attached.push_back(*std::move(post));
        add_post(&attached.back(), -1);
      }
      continue;
    }
    if (m == nullptr && verb_class == VerbClass::kHold &&
        TakesPost(verb_class, complement.marker, complement.container)) {
      // "served as a presidential aide", "worked as an officer at X": a
      // career step named as written.
      if (std::optional<Mention> post = UnlistedPost(input, complement.chunk); post.has_value()) {
        attached.push_back(*std::move(post));
        add_post(&attached.back(), complement.chunk);
      }
      continue;
    }
    if (m == nullptr || m->type != MentionType::kOffice) continue;
    const std::string marker = complement.marker == phrasal ? "" : complement.marker;
    if (!TakesPost(verb_class, marker, complement.container)) continue;
    // "was appointed ..., the former Y" is not the new post.
    if (m->office.former && verb_class != VerbClass::kHold) continue;
    // A biography's post with a body the mention left out is named as
    // written ("Deputy Chief of State Protocol", "head of the department at
    // the Committee of X"); an appointment's is still the post.
    const bool written = verb_class == VerbClass::kHold &&
                         (PostNameEnd(input, complement.chunk) > complement.chunk ||
                          CapitalizedBefore(input, complement.chunk));
    // "the press secretary and adviser to the President": a bare title
    // shares the principal of the aide's post coordinated after it.
    if (const Chunk* next = complement.chunk + 2 < static_cast<int>(input.sentence.chunks.size())
                                ? &reader.chunk(complement.chunk + 2)
                                : nullptr;
        !written && IsBarePost(input, *m) && m->office.principal.empty() && next != nullptr &&
        reader.chunk(complement.chunk + 1).type == ChunkType::kConjunction &&
        reader.chunk(complement.chunk + 1).word == "and" && next->Names(MentionType::kOffice) &&
        !next->mention->office.principal.empty()) {
      Mention shared = *m;
      shared.office.principal = next->mention->office.principal;
      shared.name = m->name + " to the " + shared.office.principal;
      const std::string& written_title = m->surface.empty() ? m->name : m->surface;
      shared.surface = written_title + " to the " + shared.office.principal;
      attached.push_back(std::move(shared));
      add_post(&attached.back(), complement.chunk);
      continue;
    }
    if (!written && IsBarePost(input, *m)) {
      // "The Senate elected X as its new Speaker": the post of the body that
      // filled it.
      const Mention* body = verb_class == VerbClass::kAppoint && complement.marker != "to"
                                ? ActingBody(input, clause, clause.passive)
                                : nullptr;
      if (body == nullptr) continue;
      attached.push_back(PostOfActingBody(input, *m, *body));
      add_post(&attached.back(), complement.chunk);
      if (by.empty() || by == DecisionMaker(input)) by = body->name;
      continue;
    }
    if (group.lemma == "be" && CalledNew(input, reader.chunk(complement.chunk), *m)) continue;
    if (const Mention* unit = UnitAfter(input, complement.chunk); unit != nullptr) {
      attached.push_back(WithUnit(*m, *unit));
      add_post(&attached.back(), complement.chunk);
    } else if (written) {
      attached.push_back(WrittenPost(input, complement.chunk));
      add_post(&attached.back(), complement.chunk);
    } else {
      add_post(m, complement.chunk);
      if (const Mention* place = CoordinatedTerritory(input, complement.chunk, *m);
          place != nullptr) {
        // Written with the first post's title: "governor of A and B".
        Mention parallel = HeadOf(*place);
        const std::string& first = m->surface.empty() ? m->name : m->surface;
        parallel.surface = first.substr(0, first.find(" of ")) + " of " +
                           std::string(SpanText(input.sentence.sentence->tokens, place->first,
                                                place->last, input.text));
        attached.push_back(std::move(parallel));
        add_post(&attached.back(), complement.chunk);
      }
      if (std::optional<Mention> parallel = CoordinatedDestination(input, complement.chunk, *m);
          parallel.has_value()) {
        attached.push_back(*std::move(parallel));
        add_post(&attached.back(), complement.chunk);
      }
    }
  }
  // "The akim of X, Y, was relieved of his post": leaving the post written
  // before the name.
  if (posts.empty() && (verb_class == VerbClass::kDismiss || verb_class == VerbClass::kResign) &&
      clause.apposed_post >= 0) {
    const Mention* post = reader.chunk(clause.apposed_post).mention;
    if (!post->office.former && !IsBarePost(input, *post)) add_post(post, -1);
  }
  // "Health Minister X resigned", "dismissed Deputy Minister X": leaving
  // the post a title names.
  if (posts.empty() && (verb_class == VerbClass::kDismiss || verb_class == VerbClass::kResign) &&
      titled != nullptr && (titled == &clause.objects || !PhraseFollows(input, clause.verb))) {
    for (int p : *titled) {
      const Mention* title = reader.chunk(p).title;
      if (title != nullptr && !title->office.former && !IsBarePost(input, *title)) {
        add_post(title, -1);
      }
    }
  }
  // "He was dismissed later that year", "she resigned": leaving the post
  // the article last gave that person.
  if (posts.empty() && (verb_class == VerbClass::kDismiss || verb_class == VerbClass::kResign) &&
      persons.size() == 1 && clause.complements.empty() && EndsAfterTime(input, clause.verb)) {
    for (auto it = out->rbegin(); it != out->rend(); ++it) {
      if (it->source_person != persons[0] || it->in_passing) continue;
      if (it->fact.relation == Relation::kDismissedFrom) break;  // already left it
      if (it->fact.relation != Relation::kAppointedTo) continue;
      if (std::optional<Mention> post = PostNamedBefore({*it}); post.has_value()) {
        attached.push_back(*std::move(post));
        add_post(&attached.back(), -1);
      }
      break;
    }
  }
  // "held various posts at the Ministry of X", "worked in senior positions at
  // the Court": an unnamed post at a body, named as written.
  if (posts.empty() && verb_class == VerbClass::kHold) {
    if (std::optional<Mention> unnamed = UnnamedPostAtBody(input, clause); unnamed.has_value()) {
      attached.push_back(*std::move(unnamed));
      add_post(&attached.back(), -1);
    }
  }
  if (posts.empty()) return;

  const size_t verb_item = verb.verb_item >= 0 ? verb.verb_item : verb.begin;
  const Relation relation = RelationOf(verb_class);
  // A biography step's time: the one written after its post ("A (1992-95),
  // B (1995-2000)"), else the clause's ("From 2002 to 2009, she held ...",
  // "worked as X from 2014 to 2019"), unless the posts carry times of their
  // own and this one has none.
  std::vector<const Mention*> post_times;
  for (int chunk : post_chunks) post_times.push_back(chunk >= 0 ? TimeOfPost(input, chunk) : nullptr);
  const bool own_times =
      std::any_of(post_times.begin(), post_times.end(), [](const Mention* t) { return t != nullptr; });
  // "In 2010 X was appointed A and later served as B": a later step has no
  // time but one written after its own verb.
  const bool later = std::any_of(group.adverbs.begin(), group.adverbs.end(), [](const auto& a) {
    return a == "later" || a == "subsequently" || a == "afterwards" || a == "then";
  });
  const Mention* clause_time =
      own_times ? nullptr
                : NearestTime(input, verb_item,
                              {TimeExpression::Type::kRange, TimeExpression::Type::kSince,
                               TimeExpression::Type::kUntil, TimeExpression::Type::kPoint});
  if (later && clause_time != nullptr) {
    const SentenceItem& v = input.items()[verb_item];
    const size_t verb_token = v.token != nullptr
                                  ? static_cast<size_t>(v.token - input.sentence.sentence->tokens.data())
                                  : v.mention->first;
    if (clause_time->first < verb_token) clause_time = nullptr;
  }
  if (!own_times && !later && clause_time == nullptr) clause_time = FrontedTime(input);
  const bool paired = persons.size() == posts.size() && persons.size() > 1;
  // "A and B were appointed akims of X and Y, respectively" pairs them; when
  // the counts disagree, nothing says which post is whose.
  if (!paired && persons.size() > 1 && posts.size() > 0 && SaysRespectively(input)) return;
  for (size_t p = 0; p < persons.size(); ++p) {
    // The post the appointee was described by, left for the new one (first,
    // so that the new post is the one a later "the post" means).
    if (completed != nullptr && relation == Relation::kAppointedTo) {
      FactDraft left =
          PersonFact(input, Relation::kHeld, persons[p], MentionRef(completed->described));
      left.fact.time.end = completed->date;
      left.fact.time.end_inferred = !completed->date.empty();
      out->push_back(std::move(left));
    }
    for (size_t o = 0; o < posts.size(); ++o) {
      if (paired && p != o) continue;
      FactDraft fact = PersonFact(input, relation, persons[p], MentionRef(*posts[o]));
      if (relation == Relation::kHeld) {
        // "From 2001 to 2005 he worked as A, then as B": B came after the
        // clause's time.
        const bool later_step = post_chunks[o] >= 0 && LaterStep(input, post_chunks[o]);
        const Mention* when =
            post_times[o] != nullptr ? post_times[o] : (later_step ? nullptr : clause_time);
        if (verb_class == VerbClass::kRemain) {
          // "remained": held, from no stated start.
        } else if (when != nullptr) {
          SetTenure(when->time, &fact.fact.time);
        } else if (group.form == VerbForm::kPresent || group.form == VerbForm::kBase) {
          fact.fact.time.as_of = input.context.date();  // "serves as": a title now
        } else if (SaysPreviously(input, group)) {
          // "He previously worked as Y": ended by the article's date.
          fact.fact.time.end = input.context.date();
          fact.fact.time.end_inferred = !fact.fact.time.end.empty();
        }
      } else if (posts[o] == completed_post) {
        fact.fact.time.date = completed->date;
        fact.fact.by = completed->by;
      } else {
        fact.fact.time.date = EventDate(input, verb_item, IsPerfect(input, verb_item));
        if (relation != Relation::kNominatedFor) fact.fact.by = by;
        // "was appointed Minister of X from 2019 to 2020": the tenure too.
        const Mention* when = post_times[o] != nullptr ? post_times[o] : clause_time;
        if (relation == Relation::kAppointedTo && when != nullptr &&
            when->time.type == TimeExpression::Type::kRange) {
          FactDraft tenure = PersonFact(input, Relation::kHeld, persons[p], MentionRef(*posts[o]));
          SetTenure(when->time, &tenure.fact.time);
          fact.fact.time.date = when->time.start;
          out->push_back(std::move(fact));
          fact = std::move(tenure);
        }
      }
      out->push_back(std::move(fact));
    }
  }
  if (relation == Relation::kAppointedTo) input.context.SetSubject(persons.front());
}

void RoleRelationExtractor::FromReplacement(const ExtractionInput& input, const Clause& clause,
                                            std::vector<FactDraft>* out) const {
  // "dismissed his chief of staff X, replacing him with Y", "replaced X with
  // Y": Y takes X's post, named by X's title or by the fact just stated.
  const ClauseReader reader(input);
  const Chunk& verb = reader.chunk(clause.verb);
  if (verb.verb.lemma != "replace" || clause.passive || HedgedGroup(verb.verb) ||
      clause.conditional || clause.objects.size() != 1) {
    return;
  }
  int successor_phrase = -1;
  for (const Complement& complement : clause.complements) {
    if (complement.marker == "with") successor_phrase = complement.chunk;
  }
  if (successor_phrase < 0) return;
  // "with the mayor of Astana, Y": the name set off after a post.
  const std::vector<Chunk>& chunks = input.sentence.chunks;
  if (!chunks[successor_phrase].Names(MentionType::kPerson) &&
      !chunks[successor_phrase].Names(MentionType::kPronoun)) {
    const int end = PostNameEnd(input, successor_phrase);  // "the mayor of the capital"
    const int name = end + 2;
    if (name >= static_cast<int>(chunks.size()) || chunks[end + 1].type != ChunkType::kComma ||
        !chunks[name].Names(MentionType::kPerson)) {
      return;
    }
    successor_phrase = name;
  }
  const std::vector<int> successors = reader.Persons({successor_phrase});
  const std::vector<int> predecessors = reader.Persons(clause.objects);
  if (successors.size() != 1 || predecessors.size() != 1 || successors[0] == predecessors[0]) {
    return;
  }
  std::optional<Mention> post;
  if (const Mention* title = reader.chunk(clause.objects[0]).title; title != nullptr) {
    post = *title;
  } else {
    // The post the predecessor was just said to leave.
    for (auto it = out->rbegin(); it != out->rend() && !post.has_value(); ++it) {
      if (it->fact.relation == Relation::kDismissedFrom && it->source_person == predecessors[0]) {
        post = PostNamedBefore({*it});
      }
    }
  }
  if (!post.has_value() || IsBarePost(input, *post)) return;
  FactDraft fact = PersonFact(input, Relation::kAppointedTo, successors[0], MentionRef(*post));
  const size_t verb_item = verb.verb_item >= 0 ? verb.verb_item : verb.begin;
  fact.fact.time.date = EventDate(input, verb_item, IsPerfect(input, verb_item));
  fact.fact.by = reader.Decider(clause.subjects);
  out->push_back(std::move(fact));
  input.context.SetSubject(successors[0]);
}

void RoleRelationExtractor::FromPostSubject(const ExtractionInput& input, const Clause& clause,
                                            std::vector<FactDraft>* out) const {
  // "This post was held by X", "the position was occupied by X": X held it;
  // "a similar post was given to X", "the portfolio went to X": X took it.
  const ClauseReader reader(input);
  const Chunk& verb = reader.chunk(clause.verb);
  if (HedgedGroup(verb.verb) || clause.conditional || clause.relative ||
      clause.subjects.size() != 1) {
    return;
  }
  const VerbClass verb_class = ClassOf(input, clause);
  const bool held = verb_class == VerbClass::kHold && clause.passive;
  const bool given = (verb_class == VerbClass::kAppoint && clause.passive) ||
                     (verb.verb.lemma == "go" && !clause.passive);
  if (!held && !given) return;
  const Chunk& subject = reader.chunk(clause.subjects[0]);
  std::optional<Mention> post;
  if (subject.Names(MentionType::kOffice)) {
    if (!subject.mention->office.former && !IsBarePost(input, *subject.mention)) {
      post = *subject.mention;
    }
  } else if (subject.mention == nullptr && IsPostContainer(subject.head_lemma) &&
             !subject.determiner.empty() && subject.possessor == nullptr) {
    const size_t of = clause.subjects[0] + 1;
    const std::vector<Chunk>& chunks = input.sentence.chunks;
    if (of + 1 < chunks.size() && chunks[of].type == ChunkType::kPreposition &&
        chunks[of].word == "of") {
      // "The post of Minister of Energy went to X".
      if (chunks[of + 1].Names(MentionType::kOffice) && !IsBarePost(input, *chunks[of + 1].mention)) {
        post = *chunks[of + 1].mention;
      }
    } else {
      post = PostNamedBefore(*out);  // "this post", "a similar post", "the same seat"
    }
  }
  if (!post.has_value()) return;
  std::vector<int> persons;
  if (held) {
    persons = reader.Persons(clause.agents);
  } else {
    for (const Complement& complement : clause.complements) {
      if (complement.marker == "to") {
        for (int person : reader.Persons({complement.chunk})) persons.push_back(person);
      }
    }
  }
  const size_t verb_item = verb.verb_item >= 0 ? verb.verb_item : verb.begin;
  for (int person : persons) {
    FactDraft fact = PersonFact(input, held ? Relation::kHeld : Relation::kAppointedTo, person,
                                MentionRef(*post));
    if (held) {
      if (const Mention* when = NearestTime(input, verb_item,
                                            {TimeExpression::Type::kRange,
                                             TimeExpression::Type::kSince,
                                             TimeExpression::Type::kUntil});
          when != nullptr) {
        SetTenure(when->time, &fact.fact.time);
      }
    } else {
      fact.fact.time.date = EventDate(input, verb_item, IsPerfect(input, verb_item));
      fact.fact.by = DecisionMaker(input);
    }
    out->push_back(std::move(fact));
  }
}

void RoleRelationExtractor::FromPredecessorPhrase(const ExtractionInput& input,
                                                  const Clause& clause,
                                                  std::vector<FactDraft>* out) const {
  // "X was appointed Y instead of Z", "... in place of Z", "... in his
  // place": Z held the post until then; with no post named, X takes Z's.
  const ClauseReader reader(input);
  const VerbClass verb_class = ClassOf(input, clause);
  const Chunk& verb = reader.chunk(clause.verb);
  if ((verb_class != VerbClass::kAppoint && verb_class != VerbClass::kBecome) ||
      HedgedGroup(verb.verb) || clause.conditional) {
    return;
  }
  const std::vector<Chunk>& chunks = input.sentence.chunks;
  auto word_is = [&](size_t j, std::string_view w) {
    return j < chunks.size() && chunks[j].end - chunks[j].begin == 1 &&
           (chunks[j].word == w || ItemWord(input, chunks[j].begin) == w);
  };
  const Mention* predecessor = nullptr;
  for (size_t j = clause.verb + 1; j + 2 < chunks.size() && !predecessor; ++j) {
    if (chunks[j].type == ChunkType::kVerbGroup || chunks[j].type == ChunkType::kRelative ||
        chunks[j].type == ChunkType::kSubordinator) {
      break;  // another clause's
    }
    const bool instead = word_is(j, "instead") && word_is(j + 1, "of");
    const bool in_place = word_is(j, "in") && chunks[j + 1].head_lemma == "place" &&
                          chunks[j + 1].mention == nullptr;
    if (instead && chunks[j + 2].Names(MentionType::kPerson)) {
      predecessor = chunks[j + 2].mention;
    } else if (in_place && chunks[j + 1].possessor != nullptr) {
      predecessor = chunks[j + 1].possessor;  // "in his place"
    } else if (in_place && j + 3 < chunks.size() && word_is(j + 2, "of") &&
               chunks[j + 3].Names(MentionType::kPerson)) {
      predecessor = chunks[j + 3].mention;  // "in place of Z"
    }
  }
  if (predecessor == nullptr) return;
  int old_holder = input.context.PersonOf(*predecessor);
  const std::vector<int> persons =
      reader.Persons(clause.passive || SubjectActs(verb_class) ? clause.subjects : clause.objects);
  if (persons.size() != 1) return;
  // "X was appointed in his place": not X's own; the one the article last
  // said left a post.
  if (predecessor->type == MentionType::kPronoun && old_holder == persons[0]) {
    old_holder = -1;
    for (auto it = out->rbegin(); it != out->rend(); ++it) {
      if (it->fact.relation == Relation::kDismissedFrom && it->source_person != persons[0]) {
        old_holder = it->source_person;
        break;
      }
    }
  }
  if (old_holder < 0 || persons[0] == old_holder) return;
  // The post: this clause's appointment just stated, else the predecessor's.
  std::optional<Mention> post;
  Date date;
  bool appointed_here = false;
  for (auto it = out->rbegin(); it != out->rend(); ++it) {
    if (it->fact.relation == Relation::kAppointedTo && it->source_person == persons[0]) {
      post = PostNamedBefore({*it});
      date = it->fact.time.date;
      appointed_here = true;
      break;
    }
    if (it->source_person == old_holder && !it->in_passing) {
      post = PostNamedBefore({*it});
      break;
    }
  }
  if (!post.has_value()) return;
  const size_t verb_item = verb.verb_item >= 0 ? verb.verb_item : verb.begin;
  if (!appointed_here) {
    date = EventDate(input, verb_item, IsPerfect(input, verb_item));
    FactDraft fact = PersonFact(input, Relation::kAppointedTo, persons[0], MentionRef(*post));
    fact.fact.time.date = date;
    fact.fact.by = reader.Decider(clause.passive ? clause.agents : clause.subjects);
    if (fact.fact.by.empty()) fact.fact.by = DecisionMaker(input);
    out->push_back(std::move(fact));
  }
  FactDraft left = PersonFact(input, Relation::kHeld, old_holder, MentionRef(*post));
  left.fact.time.end = date;
  left.fact.time.end_inferred = !date.empty();
  out->push_back(std::move(left));
}

void RoleRelationExtractor::FromGappedList(const ExtractionInput& input, const Clause& clause,
                                           std::vector<FactDraft>* out) const {
  // "A was elected as the rector of U1, B - U2, C - U3 and D - U4": each
  // later pair takes the first clause's verb and title, with its own body.
  const ClauseReader reader(input);
  const VerbClass verb_class = ClassOf(input, clause);
  if (verb_class != VerbClass::kAppoint && verb_class != VerbClass::kBecome) return;
  if (HedgedGroup(reader.chunk(clause.verb).verb) || clause.conditional) return;
  const std::vector<Chunk>& chunks = input.sentence.chunks;
  const Complement* first = nullptr;
  for (const Complement& complement : clause.complements) {
    const Chunk& c = reader.chunk(complement.chunk);
    if (c.Names(MentionType::kOffice) && !c.mention->office.of.empty()) first = &complement;
  }
  if (first == nullptr) return;
  const Mention& post = *reader.chunk(first->chunk).mention;
  const size_t of = post.name.find(" of ");
  if (of == std::string::npos) return;
  Mention title = post;  // the post without its body
  title.name = post.name.substr(0, of);
  title.surface.clear();
  title.office.of.clear();
  auto is_dash = [&](const Chunk& c) {
    return c.type == ChunkType::kPunctuation && (c.word == "-" || c.word == "–" || c.word == "—");
  };
  const size_t verb_item = reader.chunk(clause.verb).verb_item >= 0
                               ? reader.chunk(clause.verb).verb_item
                               : reader.chunk(clause.verb).begin;
  for (size_t j = first->chunk + 1; j + 3 < chunks.size();) {
    const bool joined = chunks[j].type == ChunkType::kComma ||
                        (chunks[j].type == ChunkType::kConjunction && chunks[j].word == "and");
    const Chunk& name = chunks[j + 1];
    const Chunk& body = chunks[j + 3];
    if (!joined || !name.Names(MentionType::kPerson) || !is_dash(chunks[j + 2]) ||
        body.mention == nullptr || !body.head_lemma.empty() ||
        (body.mention->type != MentionType::kOrganization &&
         body.mention->type != MentionType::kPlace)) {
      break;
    }
    const int person = input.context.PersonOf(*name.mention);
    if (person >= 0) {
      FactDraft fact = PersonFact(input, Relation::kAppointedTo, person,
                                  MentionRef(WithUnit(title, *body.mention)));
      fact.fact.time.date = EventDate(input, verb_item, IsPerfect(input, verb_item));
      fact.fact.by = reader.Decider(clause.passive ? clause.agents : clause.subjects);
      if (fact.fact.by.empty()) fact.fact.by = DecisionMaker(input);
      out->push_back(std::move(fact));
    }
    j += 4;
  }
}

void RoleRelationExtractor::FromSuccession(const ExtractionInput& input, const Clause& clause,
                                           std::vector<FactDraft>* out) const {
  // "X replaced Y as Z", "X succeeded Y in this position": Y held Z until X
  // took it.
  const ClauseReader reader(input);
  const Chunk& verb = reader.chunk(clause.verb);
  if ((verb.verb.lemma != "replace" && verb.verb.lemma != "succeed") || clause.passive ||
      HedgedGroup(verb.verb) || clause.conditional || clause.objects.size() != 1) {
    return;
  }
  const std::vector<int> successors = reader.Persons(clause.subjects);
  const std::vector<int> predecessors = reader.Persons(clause.objects);
  if (successors.size() != 1 || predecessors.size() != 1 || successors[0] == predecessors[0]) {
    return;
  }
  std::optional<Mention> post;
  for (const Complement& complement : clause.complements) {
    if (complement.marker != "as" && complement.marker != "in" && complement.marker != "at") {
      continue;
    }
    const Chunk& c = reader.chunk(complement.chunk);
    if (c.Names(MentionType::kOffice) && !c.mention->office.former &&
        !IsBarePost(input, *c.mention)) {
      post = *c.mention;
    } else if (c.mention == nullptr && IsPostContainer(c.head_lemma)) {
      post = PostNamedBefore(*out);
    }
  }
  if (!post.has_value()) return;
  // When the successor took it, as this sentence or the one before says.
  Date taken;
  for (auto it = out->rbegin(); it != out->rend(); ++it) {
    if (it->fact.relation == Relation::kAppointedTo && it->source_person == successors[0]) {
      taken = it->fact.time.date;
      break;
    }
  }
  if (taken.empty()) {
    const size_t verb_item = verb.verb_item >= 0 ? verb.verb_item : verb.begin;
    taken = EventDate(input, verb_item, IsPerfect(input, verb_item));
  }
  FactDraft fact = PersonFact(input, Relation::kHeld, predecessors[0], MentionRef(*post));
  fact.fact.time.end = taken;
  fact.fact.time.end_inferred = !taken.empty();
  out->push_back(std::move(fact));
}

void RoleRelationExtractor::PostUnder(const ExtractionInput& input, const Clause& clause,
                                      VerbClass verb_class, const Clause& governor,
                                      std::vector<FactDraft>* out) const {
  const ClauseReader reader(input);
  const Chunk& verb = reader.chunk(governor.verb);
  if (governor.conditional) return;
  const std::vector<int> persons =
      reader.Persons(governor.passive ? governor.subjects : governor.objects);
  if (persons.empty()) return;
  Mention post;
  if (verb_class == VerbClass::kHead) {
    // The body or territory right after "to head".
    const Mention* unit = nullptr;
    for (size_t j = clause.verb + 1; j < input.sentence.chunks.size(); ++j) {
      const Chunk& c = reader.chunk(j);
      if (c.type == ChunkType::kOther) continue;
      if (c.type == ChunkType::kNounPhrase && c.mention != nullptr &&
          (c.mention->type == MentionType::kOrganization ||
           c.mention->type == MentionType::kPlace)) {
        unit = c.mention;
      }
      break;
    }
    if (unit == nullptr) return;
    post = HeadOf(*unit);
  } else {
    // "to serve as Y".
    const Mention* found = nullptr;
    for (const Complement& complement : clause.complements) {
      const Mention* m = reader.chunk(complement.chunk).mention;
      if (m != nullptr && m->type == MentionType::kOffice && !m->office.former &&
          TakesPost(VerbClass::kHold, complement.marker, complement.container) &&
          !IsBarePost(input, *m)) {
        found = m;
        break;
      }
    }
    if (found == nullptr) return;
    post = *found;
  }
  const size_t verb_item = verb.verb_item >= 0 ? verb.verb_item : verb.begin;
  std::string by = reader.Decider(governor.passive ? governor.agents : governor.subjects);
  if (by.empty()) by = DecisionMaker(input);
  for (int person : persons) {
    FactDraft fact = PersonFact(input, Relation::kAppointedTo, person, MentionRef(post));
    fact.fact.time.date = EventDate(input, verb_item, IsPerfect(input, verb_item));
    fact.fact.by = by;
    out->push_back(std::move(fact));
  }
}

void RoleRelationExtractor::FromNewPost(const ExtractionInput& input, size_t index,
                                        std::vector<FactDraft>* out) const {
  const std::vector<Chunk>& chunks = input.sentence.chunks;
  const Chunk& phrase = chunks[index];
  if (phrase.type != ChunkType::kNounPhrase || phrase.mention == nullptr) return;
  // The post called new, and the person it is said of.
  const Mention* post = nullptr;
  const Mention* person = nullptr;
  if (phrase.title != nullptr) {
    post = phrase.title;  // "the new Energy Minister X"
    person = phrase.mention;
  } else if (phrase.mention->type == MentionType::kOffice) {
    post = phrase.mention;
    const size_t next = index + 1;
    if (next + 1 < chunks.size() && chunks[next].type == ChunkType::kComma &&
        chunks[next + 1].type == ChunkType::kNounPhrase && chunks[next + 1].title == nullptr &&
        chunks[next + 1].Names(MentionType::kPerson)) {
      person = chunks[next + 1].mention;  // "the newly appointed chairman, X,"
    }
    if (person == nullptr && index >= 2 && chunks[index - 1].type == ChunkType::kComma &&
        chunks[index - 2].Names(MentionType::kPerson)) {
      person = chunks[index - 2].mention;  // "X, the newly appointed chairman of Y,"
    }
    // "The new akim of X is Y", "Y is the new akim of X".
    for (const Clause& clause : input.sentence.clauses) {
      const Chunk& verb = chunks[clause.verb];
      if (verb.verb.lemma != "be" || HedgedGroup(verb.verb) || clause.conditional) continue;
      const bool subject =
          clause.subjects.size() == 1 && clause.subjects[0] == static_cast<int>(index);
      if (subject && clause.verb + 1 < static_cast<int>(chunks.size()) &&
          chunks[clause.verb + 1].Names(MentionType::kPerson)) {
        person = chunks[clause.verb + 1].mention;
      }
      if (clause.verb + 1 == static_cast<int>(index) && clause.subjects.size() == 1 &&
          chunks[clause.subjects[0]].Names(MentionType::kPerson)) {
        person = chunks[clause.subjects[0]].mention;
      }
    }
  }
  if (post == nullptr || person == nullptr || post->office.former || IsBarePost(input, *post)) {
    return;
  }
  if (!CalledNew(input, phrase, *post)) return;
  const int id = input.context.PersonOf(*person);
  if (id < 0) return;
  out->push_back(PersonFact(input, Relation::kAppointedTo, id, MentionRef(*post)));
}

void RoleRelationExtractor::FromFormerPost(const ExtractionInput& input, size_t index,
                                           std::vector<FactDraft>* out) const {
  const std::vector<Chunk>& chunks = input.sentence.chunks;
  const Chunk& phrase = chunks[index];
  if (!phrase.Names(MentionType::kPerson)) return;
  const Mention* post = nullptr;
  if (phrase.title != nullptr && phrase.title->office.former) {
    post = phrase.title;  // "former Prime Minister X"
  } else if (index + 2 < chunks.size() && chunks[index + 1].type == ChunkType::kComma) {
    // "X, formerly Deputy Prime Minister, ..." or "X, the former Y, ...".
    size_t j = index + 2;
    bool former = false;
    if (chunks[j].type == ChunkType::kOther && ItemWord(input, chunks[j].begin) == "formerly") {
      former = true;
      ++j;
    }
    if (j < chunks.size() && chunks[j].type == ChunkType::kNounPhrase &&
        chunks[j].Names(MentionType::kOffice) && chunks[j].head_lemma.empty() &&
        (former || chunks[j].mention->office.former) &&
        (j + 1 == chunks.size() || chunks[j + 1].type == ChunkType::kComma ||
         chunks[j + 1].type == ChunkType::kPunctuation)) {
      post = chunks[j].mention;
    }
  }
  if (post == nullptr || IsBarePost(input, *post)) return;
  const int id = input.context.PersonOf(*phrase.mention);
  if (id < 0) return;
  FactDraft fact = PersonFact(input, Relation::kHeld, id, MentionRef(*post));
  fact.description = true;
  out->push_back(std::move(fact));
}

void RoleRelationExtractor::FromNoun(const ExtractionInput& input, size_t index,
                                     std::vector<FactDraft>* out) const {
  const std::vector<Chunk>& chunks = input.sentence.chunks;
  const Chunk& noun = chunks[index];
  if (noun.type != ChunkType::kNounPhrase || noun.head_lemma.empty() || noun.mention != nullptr) {
    return;
  }
  const VerbClass verb_class = classes_.OfNoun(noun.head_lemma);
  if (verb_class != VerbClass::kAppoint && verb_class != VerbClass::kDismiss &&
      verb_class != VerbClass::kResign && verb_class != VerbClass::kNominate) {
    return;
  }
  if (std::any_of(noun.modifiers.begin(), noun.modifiers.end(), IsHedgeWord)) return;
  // The person: the possessor ("X's appointment", "his resignation") or
  // "of X" right after.
  const Mention* person_mention = noun.possessor;
  size_t next = index + 1;
  if (person_mention == nullptr && next + 1 < chunks.size() &&
      chunks[next].type == ChunkType::kPreposition && chunks[next].word == "of" &&
      chunks[next + 1].mention != nullptr) {
    person_mention = chunks[next + 1].mention;
    next += 2;
  }
  if (person_mention == nullptr || (person_mention->type != MentionType::kPerson &&
                                    person_mention->type != MentionType::kPronoun)) {
    return;
  }
  const int person = input.context.PersonOf(*person_mention);
  if (person < 0) return;
  // The post: "as Y", "to the post of Y", "from Y".
  std::string marker;
  bool container = false;
  const Mention* post = nullptr;
  for (size_t j = next; j < chunks.size() && j < next + 6; ++j) {
    const Chunk& c = chunks[j];
    if (c.type == ChunkType::kPreposition) {
      marker = c.word;
      continue;
    }
    if (c.type != ChunkType::kNounPhrase) break;
    if (c.mention != nullptr && c.mention->type == MentionType::kOffice) {
      if (!marker.empty() && TakesPost(verb_class, marker, container)) post = c.mention;
      break;
    }
    if (!IsPostContainer(c.head_lemma)) break;
    container = true;
  }
  if (post == nullptr || post->office.former) return;
  const size_t item = noun.head_item >= 0 ? noun.head_item : noun.begin;
  FactDraft fact = PersonFact(input, RelationOf(verb_class), person, MentionRef(*post));
  fact.fact.time.date = EventDate(input, item, false);
  if (verb_class != VerbClass::kNominate) fact.fact.by = DecisionMaker(input);
  out->push_back(std::move(fact));
}

}  // namespace kg
