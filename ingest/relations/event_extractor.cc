// Events: meetings, talks, visits, sittings of a chamber, ceremonies,
// forums and anniversaries, with their date, place and participants.
//
//   President Tokayev received Minister of Energy Yerzhan Baimukhanov.
//       meeting of Kassym-Jomart Tokayev and Yerzhan Baimukhanov (2025-10-08)
//   Tokayev arrived in Tashkent on Friday on a state visit to Uzbekistan.
//       state visit to Uzbekistan (2023-12-22), located in Tashkent
//   At the plenary session of the Senate, senators approved ...
//       plenary session of the Senate (2025-05-15)
//   The Head of State presented state awards at a ceremony in the Akorda.
//       state awards ceremony (2024-12-13)
//
// An event is named by what it was and when, so that two articles reporting
// one meeting meet in one node and two meetings of the same people stay two.
// An event the text does not date (or announces for later) is not made.
#include "ingest/relations/event_extractor.h"

#include <algorithm>

#include "ingest/recognize/phrase_table.h"

namespace kg {
namespace {

bool IsEventNoun(const std::string& w) {
  static constexpr std::string_view kNouns[] = {
      "meeting", "talks",    "negotiations", "ceremony", "session",     "summit", "forum",
      "visit",   "congress", "conference",   "briefing", "anniversary", "sitting"};
  return std::find(std::begin(kNouns), std::end(kNouns), w) != std::end(kNouns);
}

bool IsEventModifier(const std::string& w) {
  static constexpr std::string_view kWords[] = {
      "state",        "official",  "working", "plenary", "joint",         "extended",
      "enlarged",     "bilateral", "awards",  "award",   "signing",       "opening",
      "inauguration", "flag",      "raising", "press",   "international", "regional",
      "high-level",   "expanded",  "first",   "second",  "third"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

std::string Participants(const ExtractionInput& input, const std::vector<int>& persons) {
  std::string out;
  for (size_t i = 0; i < persons.size(); ++i) {
    if (i > 0) out += i + 1 == persons.size() ? " and " : ", ";
    out += input.context.person(persons[i]).name;
  }
  return out;
}

}  // namespace

void EventExtractor::Extract(const ExtractionInput& input, std::vector<FactDraft>* out) const {
  const SentenceItems& items = input.items();
  std::vector<int> persons;
  std::vector<NodeRef> bodies;  // organizations and countries taking part
  NodeRef place;
  for (size_t i = 0; i < items.size(); ++i) {
    const Mention* m = items[i].mention;
    if (m == nullptr) continue;
    if (m->type == MentionType::kPerson || m->type == MentionType::kPronoun) {
      // Who says that talks were held is a source, not a participant.
      if (i + 1 < items.size() && items[i + 1].token != nullptr) {
        const std::string next = items[i + 1].token->normalized;
        if (next == "said" || next == "says" || next == "added" || next == "noted" ||
            next == "told" || next == "stressed" || next == "stated") {
          continue;
        }
      }
      const int p = input.context.PersonOf(*m);
      if (p >= 0 && std::find(persons.begin(), persons.end(), p) == persons.end()) {
        persons.push_back(p);
      }
    } else if (m->type == MentionType::kPlace && place.name.empty() &&
               (items.IsWord(i - 1, "in") || items.IsWord(i - 1, "at"))) {
      place = MentionRef(*m);
    }
  }

  // What happened: a meeting verb, or an event noun with its modifiers.
  std::string what;
  size_t anchor = 0;
  for (size_t i = 0; i < items.size() && what.empty(); ++i) {
    if (items[i].token == nullptr) continue;
    const std::string w = items[i].token->normalized;
    if ((w == "received" || w == "receives" || w == "met") && persons.size() >= 2) {
      what = "meeting of " + Participants(input, persons);
      anchor = i;
    } else if (IsEventNoun(w) && !items.IsWord(i + 1, "of") &&
               !(w == "session" && items.IsWord(i - 1, "current"))) {
      size_t first = i;
      while (first > 0 && items[first - 1].token != nullptr &&
             IsEventModifier(items[first - 1].token->normalized)) {
        --first;
      }
      for (size_t k = first; k <= i; ++k) {
        if (!what.empty()) what += ' ';
        what += items[k].token->normalized;
      }
      // "visit to Uzbekistan", "session of the Senate".
      if (i + 2 < items.size() && (items.IsWord(i + 1, "to") || items.IsWord(i + 1, "in")) &&
          items[i + 2].mention != nullptr &&
          (items[i + 2].mention->type == MentionType::kCountry ||
           items[i + 2].mention->type == MentionType::kPlace)) {
        what += (items.IsWord(i + 1, "to") ? " to " : " in ") + items[i + 2].mention->name;
      } else if (first == i) {
        // A bare "meeting" or "ceremony" is named by who took part.
        if (persons.empty()) {
          what.clear();
          continue;
        }
        what += " with " + Participants(input, persons);
      }
      anchor = i;
    } else if (IsEventNoun(w) && items.IsWord(i + 1, "of") && i + 2 < items.size()) {
      // "plenary session of the Senate", "meeting of the Supreme Council".
      size_t k = i + 2;
      if (items.IsWord(k, "the")) ++k;
      const Mention* body = k < items.size() ? items[k].mention : nullptr;
      if (body == nullptr || body->type != MentionType::kOrganization) continue;
      size_t first = i;
      while (first > 0 && items[first - 1].token != nullptr &&
             IsEventModifier(items[first - 1].token->normalized)) {
        --first;
      }
      for (size_t x = first; x <= i; ++x) {
        if (!what.empty()) what += ' ';
        what += items[x].token->normalized;
      }
      what += " of the " + body->name;
      bodies.push_back(MentionRef(*body));
      anchor = i;
    }
  }
  if (what.empty() || IsHedged(input, anchor)) return;
  // "... will present his priorities at a Government meeting in the coming
  // weeks": an event announced is not an event that happened.
  const auto [clause_begin, clause_end] = ClauseAround(input, anchor);
  for (size_t i = clause_begin; i < clause_end; ++i) {
    if (items.IsWord(i, "will") || items.IsWord(i, "expected") || items.IsWord(i, "plans") ||
        items.IsWord(i, "next") || items.IsWord(i, "upcoming") || items.IsWord(i, "coming") ||
        items.IsWord(i, "would") || items.IsWord(i, "shall")) {
      return;
    }
  }
  Date date = EventDate(input, anchor, IsPerfect(input, anchor));
  // An undated event the article opens with happened on its day.
  if (date.empty() && input.sentence.sentence->paragraph == 0 &&
      NearestTime(input, anchor, {TimeExpression::Type::kPoint}) == nullptr) {
    date = input.context.date();
  }
  if (date.empty()) return;
  // Countries take part in visits and talks between states.
  for (size_t i = 0; i < items.size(); ++i) {
    const Mention* m = items[i].mention;
    if (m != nullptr && m->type == MentionType::kCountry && !m->demonym &&
        (what.find("visit") != std::string::npos || what.find("talks") != std::string::npos)) {
      NodeRef country = MentionRef(*m);
      if (std::none_of(bodies.begin(), bodies.end(),
                       [&](const NodeRef& b) { return b.name == country.name; })) {
        bodies.push_back(country);
      }
    }
  }
  if (persons.empty() && bodies.empty()) return;
  NodeRef event;
  event.kind = NodeKind::kEvent;
  event.name = what + " (" + date.ToString() + ")";
  auto fact = [&](Relation relation, NodeRef source, int source_person, NodeRef target) {
    FactDraft draft;
    draft.fact.relation = relation;
    draft.fact.source = std::move(source);
    draft.source_person = source_person;
    draft.fact.target = std::move(target);
    draft.fact.time.date = date;
    draft.fact.evidence = SentenceEvidence(input);
    out->push_back(std::move(draft));
  };
  for (int person : persons) {
    NodeRef ref;
    ref.kind = NodeKind::kPerson;
    fact(Relation::kParticipantIn, ref, person, event);
  }
  for (const NodeRef& body : bodies) fact(Relation::kParticipantIn, body, -1, event);
  if (!place.name.empty()) fact(Relation::kLocatedIn, event, -1, place);
}

}  // namespace kg
