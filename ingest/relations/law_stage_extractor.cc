// The stages of a law: who drafted, considered, approved, adopted, returned
// and signed it, where it was submitted, and when it enters into force.
//
//   The Senate adopted on Thursday the law on territorial defense.
//   The Majilis approved the draft law on public procurement in first reading.
//   Senators considered and adopted the Law "On Amnesty ...".
//   The bills on X and on Y are among those approved by the Mazhilis members.
//   The document, as amended by the senators, was sent to the Mazhilis.   returned_by Senate
//   The Senate returned the bill to the Majilis.  The Majilis sent it to the Senate.
//   President Tokayev signed the law "On Mass Media".
//   The law will take effect on January 1, 2026.                      entered_into_force
//
// Hedged verbs ("will consider", "may return", "is expected to sign") state
// no stage and yield nothing, except a dated entry into force.
#include "ingest/relations/law_stage_extractor.h"

#include "ingest/recognize/phrase_table.h"
#include "ingest/words/word_lexicon.h"

namespace kg {
namespace {

enum class Stage {
  kNone,
  kDrafted,
  kSubmitted,
  kSent,
  kConsidered,
  kApproved,
  kAdopted,
  kReturned,
  kSigned,
  kInForce
};

bool FindAfter(const SentenceItems& items, size_t i, std::string_view word, size_t within) {
  for (size_t j = i + 1; j < items.size() && j <= i + within; ++j) {
    if (items.IsWord(j, word)) return true;
  }
  return false;
}

Stage StageNamed(std::string_view name) {
  static constexpr std::pair<std::string_view, Stage> kStages[] = {
      {"drafted", Stage::kDrafted},   {"submitted", Stage::kSubmitted},
      {"sent", Stage::kSent},         {"considered", Stage::kConsidered},
      {"approved", Stage::kApproved}, {"adopted", Stage::kAdopted},
      {"returned", Stage::kReturned}, {"signed", Stage::kSigned}};
  for (const auto& [stage_name, stage] : kStages) {
    if (stage_name == name) return stage;
  }
  return Stage::kNone;
}

// The stage item i states: a verb of data/words/law_verbs.tsv in any form the
// tagger reads as a verb or a participle ("adopted", "was passed", "the bills
// approved by"), or one of the phrases below.
Stage StageOf(const VerbClasses& classes, const ExtractionInput& input, size_t i) {
  const SentenceItems& items = input.items();
  if (items[i].token == nullptr) return Stage::kNone;
  const std::string& w = items[i].token->normalized;
  // "agreed with the amendments made by the Senate": the final vote.
  if ((w == "agreed" || w == "agrees" || w == "accepted" || w == "accepts") &&
      (items.IsWord(i + 1, "with") || items.IsWord(i + 1, "to")) &&
      FindAfter(items, i, "amendments", 5)) {
    return Stage::kAdopted;
  }
  // "deputies voted for the bill".
  if ((w == "voted" || w == "votes") && items.IsWord(i + 1, "for")) return Stage::kApproved;
  if (w == "reported" && items.IsWord(i + 1, "out")) return Stage::kSent;
  if ((w == "effect" && (items.IsWord(i - 1, "take") || items.IsWord(i - 1, "takes") ||
                         items.IsWord(i - 1, "took"))) ||
      ((w == "force" || w == "operation") && items.IsWord(i - 1, "into"))) {
    return Stage::kInForce;
  }
  const size_t token = static_cast<size_t>(items[i].token - input.sentence.sentence->tokens.data());
  if (token >= input.sentence.words.size()) return Stage::kNone;
  const TaggedWord& word = input.sentence.words[token];
  if (word.word_class == WordClass::kVerb) {
    const Stage stage = StageNamed(classes.LawStageOf(word.lemma));
    // "the process of preparing the draft": a gerund drafts nothing yet.
    if (stage == Stage::kDrafted && word.form == VerbForm::kGerund) return Stage::kNone;
    // "may approve the bill and forward it ... or return it": a base form
    // after a conjunction shares the hedge of the verb it is coordinated with.
    if (word.form == VerbForm::kBase && token > 0 &&
        input.sentence.words[token - 1].word_class == WordClass::kConjunction) {
      return Stage::kNone;
    }
    return stage;
  }
  // A participle read as an adjective ("those approved by", "the adopted
  // law"): its verb, when it is an inflected form of one.
  if (word.word_class != WordClass::kAdjective) return Stage::kNone;
  const WordForms& forms = AnalyzeWordForm(w);
  const std::string& verb = forms.lemma[wordnet::kVerb];
  return forms.Can(wordnet::kVerb) && verb != w ? StageNamed(classes.LawStageOf(verb))
                                                : Stage::kNone;
}

bool IsPassive(const SentenceItems& items, size_t v) {
  for (size_t i = v > 3 ? v - 3 : 0; i < v; ++i) {
    if (items.IsWord(i, "was") || items.IsWord(i, "were") || items.IsWord(i, "been") ||
        items.IsWord(i, "is") || items.IsWord(i, "are") || items.IsWord(i, "be") ||
        items.IsWord(i, "being")) {
      return true;
    }
  }
  // "the bills approved by the Majilis", "Adopted in September, the law ...".
  if (items.IsWord(v + 1, "by") || v == 0) return true;
  // "was developed by X and submitted to Y": the voice carries over "and".
  if (v > 0 && items.IsWord(v - 1, "and")) {
    for (size_t i = 0; i + 1 < v; ++i) {
      if (items.IsWord(i, "was") || items.IsWord(i, "were") || items.IsWord(i, "been")) {
        return true;
      }
    }
  }
  return false;
}

// The item index of a mention, or items.size().
size_t ItemOf(const SentenceItems& items, const Mention* mention) {
  for (size_t i = 0; i < items.size(); ++i) {
    if (items[i].mention == mention) return i;
  }
  return items.size();
}

// The body a noun phrase at item i stands for, as a node ("Senate"), or an
// empty name when it is none. Group nouns ("senators", "deputies") name their
// chamber; `chamber` is the article's current one for bare "deputies".
NodeRef BodyAt(const ExtractionInput& input, size_t i, const std::string& chamber) {
  const SentenceItems& items = input.items();
  NodeRef ref;
  if (const Mention* m = items[i].mention) {
    // "members of the parliament" at a chamber's sitting are that chamber's.
    if (m->type == MentionType::kOrganization && m->name == "Parliament" && !chamber.empty() &&
        i >= 2 && items.IsWord(i - 1, "the") && items.IsWord(i - 2, "of") &&
        (items.IsWord(i - 3, "members") || items.IsWord(i - 3, "deputies"))) {
      ref.kind = NodeKind::kOrganization;
      ref.name = chamber;
      return ref;
    }
    if (m->type == MentionType::kOrganization &&
        (m->category == "chamber" || m->category == "legislature" || m->category == "executive" ||
         m->category == "court" || m->category == "presidency" || m->category == "ministry" ||
         m->category == "agency")) {
      return MentionRef(*m);
    }
    if (m->type == MentionType::kOffice && m->office.ranks.empty() &&
        (m->office.title == "President" || m->office.title == "Prime Minister") &&
        (m->office.country.empty() || m->office.country == Lexicon::kHomeCountry)) {
      return MentionRef(*m);
    }
    if ((m->type == MentionType::kPerson || m->type == MentionType::kPronoun) &&
        input.context.PersonOf(*m) >= 0) {
      ref.kind = NodeKind::kPerson;
      ref.name = "#person";  // filled in by the caller
      return ref;
    }
    return ref;
  }
  const std::string w = items[i].token->normalized;
  ref.kind = NodeKind::kOrganization;
  if (w == "senators") {
    ref.name = "Senate";
  } else if (w == "deputies" || w == "mps" || w == "lawmakers" || w == "parliamentarians" ||
             w == "members" || w == "legislators") {
    ref.name = chamber.empty() ? "Parliament" : chamber;
  }
  return ref;
}

// The clause whose verb group holds item `item`, or nullptr.
const Clause* ClauseOfItem(const ExtractionInput& input, size_t item) {
  for (const Clause& clause : input.sentence.clauses) {
    const Chunk& verb = input.sentence.chunks[clause.verb];
    if (verb.begin <= item && item < verb.end) return &clause;
  }
  return nullptr;
}

std::string StageDetail(const ExtractionInput& input) {
  const SentenceItems& items = input.items();
  for (size_t i = 0; i + 1 < items.size(); ++i) {
    if (items.IsWord(i, "reading") && i > 0) {
      for (std::string_view ordinal : {"first", "second", "third"}) {
        if (items.IsWord(i - 1, ordinal)) return std::string(ordinal) + " reading";
      }
    }
  }
  // "agreed with the Senate's amendments", "the amendments made by the Senate".
  const int amendments = FindWord(input, 0, {"amendments", "changes"});
  if (amendments >= 0) {
    for (size_t i = amendments > 3 ? amendments - 3 : 0; i < items.size() && i < amendments + 6u;
         ++i) {
      if (items[i].mention != nullptr && items[i].mention->name == "Senate") {
        return "with the Senate's amendments";
      }
    }
  }
  return "";
}

}  // namespace

void LawStageExtractor::Extract(const ExtractionInput& input, std::vector<FactDraft>* out) const {
  const SentenceItems& items = input.items();
  // The chamber the sentence (else the article so far) is about: its first
  // chamber that acts, not one a bill is sent to.
  std::string chamber = input.context.chamber();
  for (size_t i = 0; i < items.size(); ++i) {
    const Mention* m = items[i].mention;
    const size_t before = i > 0 && items.IsWord(i - 1, "the") ? i - 1 : i;
    if (m != nullptr && m->type == MentionType::kOrganization && m->category == "chamber" &&
        !(before > 0 && (items.IsWord(before - 1, "to") || items.IsWord(before - 1, "from")))) {
      chamber = m->name;
      break;
    }
  }
  const bool sentence_passive_sent = FindWord(input, 0, {"senators"}) >= 0;
  for (size_t v = 0; v < items.size(); ++v) {
    const Stage stage = StageOf(classes_, input, v);
    if (stage == Stage::kNone) continue;
    const bool hedged = IsHedged(input, v);
    if (hedged && stage != Stage::kInForce) continue;
    const bool passive = IsPassive(items, v);
    // The laws: before a passive verb (all of a listed subject), else the
    // first after the verb and those coordinated with it.
    std::vector<std::string> laws;
    if (passive || stage == Stage::kInForce) {
      for (size_t i = 0; i < v; ++i) {
        const Mention* law = items[i].mention;
        if (law != nullptr && law->type == MentionType::kLaw && !law->name.empty()) {
          laws.push_back(law->name);
        }
      }
      if (laws.size() > 1 && stage == Stage::kInForce) laws.erase(laws.begin(), laws.end() - 1);
    }
    if (laws.empty()) {
      for (size_t i = v + 1; i < items.size() && i < v + 16; ++i) {
        const Mention* law = items[i].mention;
        if (law != nullptr && law->type == MentionType::kLaw && !law->name.empty()) {
          laws.push_back(law->name);
          // "the law on X and the law on Y": only a law right after the
          // connector is coordinated ("the law on X, along with amendments to
          // the Code" amends the Code, it does not pass it).
          const bool connector = items.IsWord(i + 1, "and") || items.IsWord(i + 1, ",");
          if (!connector || i + 2 >= items.size() || items[i + 2].mention == nullptr ||
              items[i + 2].mention->type != MentionType::kLaw) {
            break;
          }
          continue;
        }
        if (StageOf(classes_, input, i) != Stage::kNone && !items.IsWord(i - 1, "and")) break;
        if (items.IsWord(i, "it") || items.IsWord(i, "them")) {
          if (!input.context.laws().empty()) laws.push_back(input.context.laws().back());
          break;
        }
      }
    }
    if (laws.empty() && passive && v > 0 &&
        (items.IsWord(v - 1, "was") || items.IsWord(v - 1, "has")) &&
        FindWord(input, 0, {"it", "document"}) >= 0 && !input.context.laws().empty()) {
      laws.push_back(input.context.laws().back());
    }
    if (laws.empty()) continue;

    // The body: the clause's actor (its agent for a passive verb, else its
    // subject); failing that, a body after "by" for a passive verb, else the
    // nearest before it.
    NodeRef body;
    int body_item = -1;
    if (const Clause* clause = ClauseOfItem(input, v); clause != nullptr) {
      const std::vector<int>& actors = passive ? clause->agents : clause->subjects;
      for (int phrase : actors) {
        const Chunk& chunk = input.sentence.chunks[phrase];
        for (size_t i = chunk.begin; i < chunk.end && body.name.empty(); ++i) {
          if (items.IsWord(i + 1, "'s")) continue;
          body = BodyAt(input, i, chamber);
          if (!body.name.empty()) body_item = static_cast<int>(i);
        }
        if (!body.name.empty()) break;
      }
    }
    if (passive && body.name.empty()) {
      if (int by = FindWord(input, v, {"by"}); by >= 0 && by < static_cast<int>(v) + 3) {
        for (size_t i = by + 1; i < items.size() && i < static_cast<size_t>(by) + 4; ++i) {
          body = BodyAt(input, i, chamber);
          if (!body.name.empty()) {
            body_item = static_cast<int>(i);
            break;
          }
        }
      }
    }
    if (body.name.empty() && !(passive && ClauseOfItem(input, v) != nullptr &&
                                !ClauseOfItem(input, v)->agents.empty())) {
      for (size_t i = v; i-- > 0;) {
        // "the Senate's amendments" names whose amendments, not who acts.
        if (items.IsWord(i + 1, "'s")) continue;
        body = BodyAt(input, i, chamber);
        if (!body.name.empty()) {
          body_item = static_cast<int>(i);
          break;
        }
      }
    }
    // "At the meeting, the draft law ... was discussed": the chamber sitting;
    // "was adopted in the first reading": a reading is a chamber's vote.
    if (body.name.empty() &&
        FindWord(input, 0, {"meeting", "session", "sitting", "plenary", "reading", "readings"}) >=
            0) {
      const std::string& sitting =
          input.context.meeting_chamber().empty() ? chamber : input.context.meeting_chamber();
      if (!sitting.empty()) {
        body.kind = NodeKind::kOrganization;
        body.name = sitting;
      }
    }
    // "considered and adopted": one vote, reported by its outcome.
    if (stage == Stage::kConsidered && items.IsWord(v + 1, "and") && v + 2 < items.size()) {
      const Stage next = StageOf(classes_, input, v + 2);
      if (next == Stage::kAdopted || next == Stage::kApproved) continue;
    }
    const bool group_body = body_item >= 0 && items[body_item].mention == nullptr;
    // Where it was sent: "to the Majilis".
    NodeRef destination;
    if (stage == Stage::kSent || stage == Stage::kSubmitted || stage == Stage::kReturned) {
      // Only a chamber, Parliament or the Government receives a bill here: "sent
      // to the President for signature" is the last step's announcement.
      for (int to = FindWord(input, v, {"to"}); to >= 0 && to < static_cast<int>(v) + 14;
           to = FindWord(input, to + 1, {"to"})) {
        for (size_t i = to + 1; i < items.size() && i < static_cast<size_t>(to) + 11; ++i) {
          destination = BodyAt(input, i, "");
          if (!destination.name.empty() && destination.kind == NodeKind::kOrganization) break;
          destination = NodeRef();
        }
        if (!destination.name.empty()) break;
      }
    }
    Relation relation;
    NodeRef target = body;
    switch (stage) {
      case Stage::kDrafted:
        relation = Relation::kDraftedBy;
        break;
      case Stage::kConsidered:
        relation = Relation::kConsideredBy;
        break;
      case Stage::kApproved:
        relation = Relation::kApprovedBy;
        break;
      case Stage::kAdopted:
        relation = Relation::kAdoptedBy;
        break;
      case Stage::kSigned:
        relation = Relation::kSignedBy;
        break;
      case Stage::kReturned:
        relation = Relation::kReturnedBy;
        // Only the Senate returns a bill (to the Majilis).
        if (target.name.empty()) {
          target.kind = NodeKind::kOrganization;
          target.name = "Senate";
        }
        break;
      case Stage::kInForce:
        relation = Relation::kEnteredIntoForce;
        target.kind = NodeKind::kCountry;
        target.name = std::string(Lexicon::kHomeCountry);
        break;
      case Stage::kSubmitted:
      case Stage::kSent: {
        // The Senate sending a bill (back) to the Majilis returns it.
        const bool from_senate = body.name == "Senate" || (sentence_passive_sent && passive);
        if (destination.name == "Majilis" && from_senate) {
          relation = Relation::kReturnedBy;
          target.kind = NodeKind::kOrganization;
          target.name = "Senate";
        } else if (!destination.name.empty()) {
          relation = Relation::kSubmittedTo;
          target = destination;
        } else {
          continue;
        }
        break;
      }
      default:
        continue;
    }
    if (target.name.empty()) continue;
    // A deputies' group drafting says too little about who drafted.
    if (relation == Relation::kDraftedBy && group_body) continue;
    // The President's approval of a law is his signature.
    if ((relation == Relation::kApprovedBy || relation == Relation::kAdoptedBy) &&
        (target.kind == NodeKind::kPerson ||
         (target.kind == NodeKind::kOffice && target.name == "President"))) {
      relation = Relation::kSignedBy;
    }
    int target_person = -1;
    if (target.kind == NodeKind::kPerson && body_item >= 0) {
      target_person = input.context.PersonOf(*items[body_item].mention);
    }
    // "The Head of State signed": the President the article names; else the
    // post itself, by its canonical name ("the head of the state" is the
    // President).
    if (target.kind == NodeKind::kOffice) {
      target_person = input.context.TitleHolder(target.name);
      if (target_person >= 0) target.kind = NodeKind::kPerson;
      target.surface.clear();
    }
    // Only the President signs laws into force; "signed" with another
    // subject is an agreement or a memorandum.
    if (relation == Relation::kSignedBy && target.kind == NodeKind::kOrganization) continue;
    Date date = EventDate(input, v, IsPerfect(input, v));
    // "developed by X and submitted to Y in November": a time after the next
    // stage verb dates that verb, not this one.
    if (const Mention* t = NearestTime(input, v, {TimeExpression::Type::kPoint})) {
      const size_t at = ItemOf(items, t);
      for (size_t i = v + 1; i < at && i < items.size(); ++i) {
        if (StageOf(classes_, input, i) != Stage::kNone && items.IsWord(i - 1, "and")) {
          date = Date();
          break;
        }
      }
    }
    if (relation == Relation::kEnteredIntoForce && date.empty()) continue;
    // "in the second reading" qualifies a vote, not a bill's being sent on.
    const std::string detail =
        (relation == Relation::kApprovedBy || relation == Relation::kAdoptedBy ||
         relation == Relation::kConsideredBy)
            ? StageDetail(input)
            : "";
    for (const std::string& law : laws) {
      FactDraft fact;
      fact.fact.relation = relation;
      fact.fact.source.kind = NodeKind::kLaw;
      fact.fact.source.name = law;
      fact.fact.target = target;
      fact.target_person = target_person;
      fact.fact.time.date = date;
      fact.fact.stage = detail;
      fact.fact.evidence = SentenceEvidence(input);
      out->push_back(std::move(fact));
    }
  }
}

}  // namespace kg
