// Appointments and dismissals in the constructions the clause roles
// (ingest/relations/role_relation_extractor.h) do not read yet, as token
// patterns: heading a unit ("X will head the newly formed Y region", "the
// ministry was headed by X"), entrusted duties, successions ("X replaced Y
// as Z", "He replaces X", "X resigned, to be replaced by Y"), a government's
// resignation accepted, and "Among the deputies appointed by X are A, B
// and C". Every other appointment, dismissal and resignation is a rule over
// clause roles, not a template.
//
// Dates: the time the sentence gives; for "has been appointed" with no time,
// the article's date. `by`: the decree's author when the sentence names it.
#include "ingest/relations/appointment_extractor.h"

#include "ingest/recognize/phrase_table.h"
#include "ingest/recognize/recognizer.h"

namespace kg {
namespace {

// The subject, an aside about them, and a relative "who": "X, former Y,
// has been appointed", "X, who was appointed".
constexpr std::string_view kWho = "<person|pronoun:who>+ [ , ~~16 , ] [ , who ]";

std::string Join(std::initializer_list<std::string_view> parts) {
  std::string out;
  for (std::string_view p : parts) {
    if (!out.empty()) out += ' ';
    out += p;
  }
  return out;
}

}  // namespace

AppointmentExtractor::AppointmentExtractor() {
  const std::string who(kWho);
  auto add = [&](Relation relation, Kind kind, const std::string& notation) {
    rules_.push_back({relation, kind, MustCompile(notation)});
  };
  // --- appointed_to: heading a unit, entrusted duties, successions.
  add(Relation::kAppointedTo, Kind::kHeads,
      Join({who, "[will|is|was] [to] (head|lead) [the] [newly] [formed|created|established]",
            "<place|org:unit>"}));
  add(Relation::kAppointedTo, Kind::kHeads,
      Join({who,
            "(will|is|was) [to] [be] [put] in charge of [the] [newly] "
            "[formed|created|established] <place|org:unit>"}));
  add(Relation::kAppointedTo, Kind::kHeads,
      "<place|org:unit> (was|is|will) [be] [to] [be] headed by ~~4 <person:who>");
  add(Relation::kAppointedTo, Kind::kHeadsGapped, ", and [the] <place|org:unit> by ~~4 <person:who>");
  add(Relation::kAppointedTo, Kind::kPassive,
      "(entrust|entrusted|entrusting|assign|assigned|assigning|entrusts|assigns) [temporarily] "
      "the (duties|responsibilities|functions) of [the] <office:post> (upon|to|on) "
      "<person:who>");
  add(Relation::kAppointedTo, Kind::kPassive,
      "<person:who> [will] (replaced|replaces|succeeded|succeeds|succeed|replace) "
      "<person:old> as [the] <office:post>");
  // "He replaces X, who was relieved of his post on January 17": X leaves
  // the post the article appointed him to.
  add(Relation::kDismissedFrom, Kind::kReplaces,
      "<person|pronoun:who> [will] (replaces|replaced|succeeds|succeeded|replace|succeed) "
      "<person:old>");
  // "X was appointed Y, replacing Z".
  add(Relation::kDismissedFrom, Kind::kReplaces,
      "<person:who> ~~20 , (replacing|succeeding) <person:old>");
  add(Relation::kAppointedTo, Kind::kReplacedBy,
      "<office:post> <person:old> ~~24 (replaced|succeeded) by ~1 <person:who>");
  // --- dismissed_from: a government's resignation accepted.
  add(Relation::kDismissedFrom, Kind::kGovernment,
      "(accepted|accepts|accepting) the resignation of ~2 <person:who> 's <org:gov>");
  add(Relation::kDismissedFrom, Kind::kPassive,
      "(accepted|accepts|accepting) the resignation of <person:who> [as|from] [the] "
      "[post|position] [of] [the] <office:post>");
}

void AppointmentExtractor::ExtractReplacement(const ExtractionInput& input,
                                              const PatternMatch& match,
                                              const std::vector<FactDraft>& so_far,
                                              std::vector<FactDraft>* out) const {
  const int successor = input.context.PersonOf(input.mention_at(match.Item("who")));
  const int predecessor = input.context.PersonOf(input.mention_at(match.Item("old")));
  if (successor < 0 || predecessor < 0 || successor == predecessor) return;
  // The post: the successor's appointment earlier in the article.
  const NodeRef* post = nullptr;
  for (const FactDraft& fact : so_far) {
    if (fact.fact.relation == Relation::kAppointedTo && fact.source_person == successor) {
      post = &fact.fact.target;
    }
  }
  if (post == nullptr) return;
  FactDraft fact = PersonFact(input, Relation::kDismissedFrom, predecessor, *post);
  // "..., who was relieved of his post on January 17".
  const int relieved =
      FindWord(input, match.end, {"relieved", "dismissed", "removed", "resigned", "released"});
  if (relieved >= 0) fact.fact.time.date = EventDate(input, relieved, false);
  out->push_back(std::move(fact));
}

void AppointmentExtractor::ExtractAmong(const ExtractionInput& input,
                                        std::vector<FactDraft>* out) const {
  // "Among the deputies appointed by Tokayev are A, former minister B, and
  // C": every person after "are" gets the seat the plural noun names.
  const SentenceItems& items = input.items();
  if (items.size() < 6 || !items.IsWord(0, "among")) return;
  const int verb = FindWord(input, 1, {"appointed", "named"});
  if (verb < 0 || verb > 6) return;
  const int are = FindWord(input, verb + 1, {"are", "were", "include", "included"});
  if (are < 0 || are > verb + 8) return;
  // The noun between "among the" and the verb: "deputies", "new ministers".
  std::string noun;
  for (int i = 1; i < verb; ++i) {
    if (items[i].token != nullptr && items[i].token->is_word()) noun = items[i].token->normalized;
  }
  Mention post;
  post.type = MentionType::kOffice;
  if (noun == "deputies" || noun == "senators" || noun == "members") {
    const std::string chamber = noun == "senators" ? "Senate" : input.context.last_chamber();
    if (chamber.empty()) return;
    post.name = "Deputy of the " + chamber;
    post.office.title = "Deputy";
    post.office.member = true;
  } else {
    return;
  }
  std::string by;
  if (const int by_word = FindWord(input, verb, {"by"}); by_word >= 0 && by_word < are) {
    for (int i = by_word + 1; i < are; ++i) {
      const Mention* m = items[i].mention;
      if (m == nullptr) continue;
      if (m->type == MentionType::kPerson) {
        by = input.context.TitleHolder("President") == input.context.PersonOf(*m) ? "President"
                                                                                  : m->name;
      } else if (m->type == MentionType::kOrganization || m->type == MentionType::kOffice) {
        by = m->name;
      }
      break;
    }
  }
  for (size_t i = are + 1; i < items.size(); ++i) {
    const Mention* m = items[i].mention;
    if (m == nullptr || m->type != MentionType::kPerson) continue;
    const int person = input.context.PersonOf(*m);
    if (person < 0) continue;
    FactDraft fact = PersonFact(input, Relation::kAppointedTo, person, MentionRef(post));
    fact.fact.by = by;
    out->push_back(std::move(fact));
  }
}

void AppointmentExtractor::Extract(const ExtractionInput& input,
                                   std::vector<FactDraft>* out) const {
  ExtractAmong(input, out);
  const SentenceItems& items = input.items();
  const std::string decided_by = DecisionMaker(input);
  for (const Rule& rule : rules_) {
    for (const PatternMatch& match : rule.pattern.FindAll(items)) {
      std::vector<Mention> posts;
      const std::vector<size_t> post_items = match.Items("post");
      for (size_t k = 0; k < post_items.size(); ++k) {
        // "... was appointed First Deputy Prime Minister, and Deputy Prime
        // Minister Y remained ...": a listed post right before a name is that
        // name's title, not a second post.
        const size_t item = post_items[k];
        if (k > 0 && item + 1 < items.size() && items[item + 1].mention != nullptr &&
            items[item + 1].mention->type == MentionType::kPerson) {
          break;
        }
        posts.push_back(input.mention_at(item));
      }
      if (rule.kind == Kind::kHeadsGapped) {
        // Only after "headed by" in the same sentence.
        const int headed = FindWord(input, 0, {"headed"});
        if (headed < 0 || static_cast<size_t>(headed) >= match.begin ||
            !items.IsWord(headed + 1, "by")) {
          continue;
        }
      }
      if (rule.kind == Kind::kHeads || rule.kind == Kind::kHeadsGapped) {
        const int unit = match.Item("unit");
        if (unit < 0) continue;
        // "The ministry was headed by X from 2010 to 2015" is a tenure (the
        // career extractor's), not an appointment.
        if (NearestTime(input, match.begin,
                        {TimeExpression::Type::kRange, TimeExpression::Type::kSince}) != nullptr) {
          continue;
        }
        posts.push_back(HeadOf(input.mention_at(unit)));
      }
      if (rule.kind == Kind::kGovernment) {
        if (input.mention_at(match.Item("gov")).name != "Government") continue;
        Mention pm;
        pm.type = MentionType::kOffice;
        pm.name = "Prime Minister";
        pm.office.title = "Prime Minister";
        pm.office.single = true;
        posts.push_back(pm);
      }
      if (rule.kind == Kind::kReplaces) {
        ExtractReplacement(input, match, *out, out);
        continue;
      }
      if (posts.empty()) continue;
      // "X and Y were appointed akims of A and B, respectively": a post of a
      // territory followed by "and <place>" makes a second post.
      if (int last =
              match.Items("post").empty() ? -1 : static_cast<int>(match.Items("post").back());
          last >= 0 && items.IsWord(last + 1, "and") && last + 2 < static_cast<int>(items.size()) &&
          items[last + 2].mention != nullptr &&
          items[last + 2].mention->type == MentionType::kPlace &&
          posts.back().office.title == "Akim") {
        const Mention& place = *items[last + 2].mention;
        Mention parallel = HeadOf(place);
        // Written with the first post's title: "governor of A and B".
        const std::string& first =
            posts.back().surface.empty() ? posts.back().name : posts.back().surface;
        parallel.surface = first.substr(0, first.find(" of ")) + " of " +
                           std::string(SpanText(input.sentence.sentence->tokens, place.first,
                                                place.last, input.text));
        posts.push_back(std::move(parallel));
      }
      const std::vector<size_t> who_items = match.Items("who");
      std::vector<int> persons;
      for (size_t item : who_items) {
        const int person = input.context.PersonOf(input.mention_at(item));
        if (person >= 0) persons.push_back(person);
      }
      if (persons.empty()) continue;
      // Pairs when the counts agree ("respectively"), else every person gets
      // every post (one person to two posts, ten deputies to one seat).
      const bool paired = persons.size() == posts.size() && persons.size() > 1;
      size_t verb = match.begin;
      if (int v = FindWord(input, match.begin,
                           {"appointed", "named", "relieved", "dismissed", "resigned", "became",
                            "appointing", "head", "removed", "replaced", "succeeded", "appointment",
                            "entrusted", "resignation"});
          v >= 0 && v < static_cast<int>(match.end)) {
        verb = v;
      }
      if (rule.kind != Kind::kReplacedBy && IsHedged(input, verb) &&
          !input.items().IsWord(verb, "head") && !input.items().IsWord(verb, "became")) {
        // "will become" and "will head" announce the appointment itself; other
        // hedges ("may be dismissed") do not state one.
        if (!(input.items().IsWord(verb > 0 ? verb - 1 : 0, "will") &&
              input.items().IsWord(verb, "become"))) {
          continue;
        }
      }
      const Date date = EventDate(input, verb, IsPerfect(input, verb));
      std::string by = decided_by;
      if (const int by_item = match.Item("by"); by_item >= 0) {
        const Mention& m = input.mention_at(by_item);
        if (m.type == MentionType::kOffice && m.office.title == "President") {
          by = "President";
        } else if (m.type == MentionType::kOrganization) {
          by = m.name;
        } else if (m.type == MentionType::kPerson && by.empty()) {
          // "President Tokayev appointed": the title before the name.
          if (by_item > 0 && items[by_item - 1].mention != nullptr &&
              items[by_item - 1].mention->type == MentionType::kOffice &&
              items[by_item - 1].mention->office.title == "President") {
            by = "President";
          } else {
            by = m.name;
          }
        }
      }
      for (size_t p = 0; p < persons.size(); ++p) {
        for (size_t o = 0; o < posts.size(); ++o) {
          if (paired && p != o) continue;
          FactDraft fact = PersonFact(input, rule.relation, persons[p], MentionRef(posts[o]));
          fact.fact.time.date = date;
          fact.fact.by = by;
          out->push_back(std::move(fact));
        }
      }
      // The predecessor in "X replaced Y as Z" leaves the post.
      if (const int old = match.Item("old"); old >= 0 && rule.kind != Kind::kReplacedBy) {
        const int person = input.context.PersonOf(input.mention_at(old));
        if (person >= 0) {
          FactDraft fact =
              PersonFact(input, Relation::kDismissedFrom, person, MentionRef(posts.front()));
          fact.fact.time.date = date;
          out->push_back(std::move(fact));
        }
      }
      // The appointee is who the next sentences are about.
      input.context.SetSubject(persons.front());
    }
  }
}

}  // namespace kg
