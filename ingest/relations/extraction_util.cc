#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "ingest/recognize/phrase_table.h"
#include "ingest/relations/relation_extractor.h"

namespace kg {

Pattern MustCompile(std::string_view notation) {
  absl::StatusOr<Pattern> pattern = Pattern::Compile(notation);
  if (!pattern.ok()) {
    std::fprintf(stderr, "kg: invalid built-in pattern: %s\n",
                 std::string(pattern.status().message()).c_str());
    std::abort();
  }
  return *std::move(pattern);
}

NodeRef MentionRef(const Mention& mention) {
  NodeRef ref;
  ref.kind = mention.node_kind();
  ref.name = mention.name;
  if (mention.surface != mention.name) ref.surface = mention.surface;
  if (mention.type == MentionType::kOffice && mention.office.single) {
    ref.attributes.emplace_back("single", "true");
  }
  if (mention.type == MentionType::kPlace && !mention.category.empty()) {
    ref.attributes.emplace_back("kind", mention.category);
  }
  return ref;
}

Evidence SentenceEvidence(const ExtractionInput& input) {
  const Sentence& s = *input.sentence.sentence;
  Evidence evidence;
  evidence.begin = s.begin;
  evidence.end = s.end;
  evidence.sentence = std::string(input.text.substr(s.begin, s.end - s.begin));
  return evidence;
}

FactDraft PersonFact(const ExtractionInput& input, Relation relation, int person, NodeRef target) {
  FactDraft draft;
  draft.fact.relation = relation;
  draft.fact.source.kind = NodeKind::kPerson;
  draft.source_person = person;
  draft.fact.target = std::move(target);
  draft.fact.evidence = SentenceEvidence(input);
  return draft;
}

namespace {

// Words that open a new clause, whose time is not the main clause's: "was
// named deputy minister before going on ... in May 2016".
bool OpensClause(const SentenceItems& items, size_t i) {
  if (items[i].token == nullptr) return false;
  if (items[i].token->is(';')) return true;
  static constexpr std::string_view kWords[] = {"before", "after",   "which", "who",   "whose",
                                                "while",  "whereas", "but",   "until", "when"};
  for (std::string_view w : kWords) {
    if (items.IsWord(i, w)) return true;
  }
  return false;
}

}  // namespace

std::pair<size_t, size_t> ClauseAround(const ExtractionInput& input, size_t anchor) {
  const SentenceItems& items = input.items();
  size_t begin = std::min(anchor, items.size());
  while (begin > 0 && !OpensClause(items, begin - 1)) --begin;
  size_t end = anchor + 1;
  while (end < items.size() && !OpensClause(items, end)) ++end;
  return {begin, end};
}

std::pair<size_t, size_t> RelativeClauseAround(const SentenceItems& items, size_t i) {
  for (size_t b = i + 1; b-- > 1;) {
    if (items.IsWord(b, ",") && b + 1 == i) break;
    if (items.IsWord(b - 1, ",") &&
        (items.IsWord(b, "who") || items.IsWord(b, "which") || items.IsWord(b, "whose"))) {
      size_t e = b;
      while (e < items.size() && !items.IsWord(e, ",")) ++e;
      if (i < e) return {b, e};
      break;
    }
    if (items.IsWord(b, ",")) break;
  }
  return {i, i};
}

namespace {

bool OfType(const Mention& m, std::initializer_list<TimeExpression::Type> types) {
  for (TimeExpression::Type t : types) {
    if (m.time.type == t) return true;
  }
  return false;
}

// A time among the phrases a verb group at item `anchor` governs, before the
// next verb ("adopted by X on 24 June and signed by Y on 11 July": the
// signing's is 11 July); nullptr when the anchor is no verb or has none.
const Mention* TimeOfVerb(const ExtractionInput& input, size_t anchor,
                          std::initializer_list<TimeExpression::Type> types) {
  const std::vector<Chunk>& chunks = input.sentence.chunks;
  size_t c = 0;
  while (c < chunks.size() && !(chunks[c].begin <= anchor && anchor < chunks[c].end)) ++c;
  if (c == chunks.size() || chunks[c].type != ChunkType::kVerbGroup) return nullptr;
  for (size_t j = c + 1; j < chunks.size(); ++j) {
    const Chunk& chunk = chunks[j];
    if (chunk.type == ChunkType::kVerbGroup || chunk.type == ChunkType::kSubordinator ||
        chunk.type == ChunkType::kRelative ||
        (chunk.type == ChunkType::kPunctuation && chunk.word != "(" && chunk.word != ")")) {
      return nullptr;
    }
    if (chunk.type == ChunkType::kTime && chunk.mention != nullptr && !chunk.mention->time.as_of &&
        OfType(*chunk.mention, types)) {
      return chunk.mention;
    }
  }
  return nullptr;
}

}  // namespace

const Mention* NearestTime(const ExtractionInput& input, size_t anchor,
                           std::initializer_list<TimeExpression::Type> types) {
  if (const Mention* own = TimeOfVerb(input, anchor, types)) return own;
  const SentenceItems& items = input.items();
  const Mention* best = nullptr;
  size_t best_distance = 0;
  const auto [clause_begin, clause_end] = ClauseAround(input, anchor);
  const auto anchor_aside = RelativeClauseAround(items, anchor);
  for (size_t i = clause_begin; i < clause_end && i < items.size(); ++i) {
    // A time inside an aside the anchor is not in belongs to the aside.
    const auto aside = RelativeClauseAround(items, i);
    if (aside.first != aside.second && aside != anchor_aside) continue;
    const Mention* m = items[i].mention;
    if (m == nullptr || m->type != MentionType::kTime) continue;
    bool wanted = false;
    for (TimeExpression::Type t : types) wanted = wanted || m->time.type == t;
    if (!wanted) continue;
    // Times after the anchor count as nearer than those before it.
    const size_t distance = i >= anchor ? (i - anchor) * 2 : (anchor - i) * 2 + 1;
    if (best == nullptr || distance < best_distance) {
      best = m;
      best_distance = distance;
    }
  }
  return best;
}

// The office a "will head <unit>" names: the akim of a region, the minister
// of a ministry, the head of anything else.
Mention HeadOf(const Mention& unit) {
  Mention office;
  office.type = MentionType::kOffice;
  office.first = unit.first;
  office.last = unit.last;
  office.office.single = true;
  if (unit.type == MentionType::kPlace) {
    office.office.title = "Akim";
    office.name = "Akim of " + unit.name;
  } else if (unit.name.starts_with("Ministry of ")) {
    office.office.title = "Minister";
    office.office.domain = unit.name.substr(12);
    office.name = "Minister of " + office.office.domain;
  } else if (unit.name == "Government") {
    office.office.title = "Prime Minister";
    office.name = "Prime Minister";
  } else {
    office.office.title = "Head";
    office.name =
        "Head of " +
        (unit.category == "other" || unit.category == "party" ? unit.name : "the " + unit.name);
  }
  // The text said "head" (or "in charge of"), not the post's title.
  office.surface = "Head of " + unit.name;
  return office;
}

bool IsPerfect(const ExtractionInput& input, size_t anchor) {
  const SentenceItems& items = input.items();
  for (size_t i = anchor > 4 ? anchor - 4 : 0; i < anchor && i < items.size(); ++i) {
    if ((items.IsWord(i, "has") || items.IsWord(i, "have")) && !items.IsWord(i + 1, "to")) {
      return true;
    }
  }
  // "The Majilis is discussing the bill": happening as the article reports.
  if (anchor > 0 && anchor < items.size() && items[anchor].token != nullptr &&
      items[anchor].token->normalized.ends_with("ing") &&
      (items.IsWord(anchor - 1, "is") || items.IsWord(anchor - 1, "are"))) {
    return true;
  }
  return false;
}

namespace {

// A simple past that tells the story's own event ("Mynbayev resigned"), as
// opposed to background ("had been appointed", "earlier he appointed").
bool IsStoryPast(const ExtractionInput& input, size_t anchor) {
  const SentenceItems& items = input.items();
  if (anchor >= items.size() || items[anchor].token == nullptr) return false;
  for (size_t i = anchor > 3 ? anchor - 3 : 0; i < anchor; ++i) {
    if (items.IsWord(i, "had") || items.IsWord(i, "will") || items.IsWord(i, "would")) {
      return false;
    }
  }
  return FindWord(input, 0, {"earlier", "previously", "formerly", "once", "ago", "former"}) < 0;
}

}  // namespace

Date EventDate(const ExtractionInput& input, size_t anchor, bool perfect) {
  if (const Mention* t = NearestTime(input, anchor, {TimeExpression::Type::kPoint});
      t != nullptr && !t->time.date.empty() && !t->time.as_of) {
    return t->time.date;
  }
  if (const Mention* t = NearestTime(input, anchor, {TimeExpression::Type::kPoint}); t != nullptr) {
    return Date();  // a time was given but not pinned down: do not guess
  }
  if (perfect) return input.context.date();
  // "At the meeting, deputies also considered the bill ...".
  const SentenceItems& items = input.items();
  for (size_t i = 0; i + 2 < items.size(); ++i) {
    if ((items.IsWord(i, "at") || items.IsWord(i, "during")) &&
        (items.IsWord(i + 1, "the") || items.IsWord(i + 1, "this"))) {
      for (size_t j = i + 2; j < i + 5 && j < items.size(); ++j) {
        if (items.IsWord(j, "meeting") || items.IsWord(j, "session") ||
            items.IsWord(j, "sitting")) {
          if (!input.context.meeting_date().empty()) return input.context.meeting_date();
        }
      }
    }
  }
  // The lead dated the story ("reshuffled the oil officials Wednesday"); the
  // sentences that tell it in the past share that date.
  if (IsStoryPast(input, anchor)) return input.context.story_date();
  return Date();
}

bool IsHedged(const ExtractionInput& input, size_t verb) {
  const SentenceItems& items = input.items();
  static constexpr std::string_view kHedges[] = {
      "will",   "would",  "may", "might", "could",    "should",  "can",    "shall",
      "must",   "if",     "not", "never", "expected", "plans",   "plan",   "intends",
      "intend", "likely", "yet", "going", "unless",   "whether", "cannot", "to"};
  const size_t from = verb > 4 ? verb - 4 : 0;
  for (size_t i = from; i < verb; ++i) {
    if (items[i].token == nullptr) continue;
    const std::string w = items[i].token->normalized;
    for (std::string_view h : kHedges) {
      if (w != h) continue;
      // "to" only hedges an infinitive ("is to consider"), not "sent to".
      if (h == "to" && i + 1 != verb) continue;
      return true;
    }
  }
  return false;
}

int FindWord(const ExtractionInput& input, size_t from,
             std::initializer_list<std::string_view> words) {
  const SentenceItems& items = input.items();
  for (size_t i = from; i < items.size(); ++i) {
    for (std::string_view w : words) {
      if (items.IsWord(i, w)) return static_cast<int>(i);
    }
  }
  return -1;
}

std::string DecisionMaker(const ExtractionInput& input) {
  const SentenceItems& items = input.items();
  auto office_title = [](const Mention& m) -> std::string {
    if (m.type != MentionType::kOffice) return "";
    if (m.office.title == "President" && m.office.country.empty() && m.office.ranks.empty()) {
      return "President";
    }
    if (m.office.title == "Prime Minister" && m.office.ranks.empty()) return "Prime Minister";
    return "";
  };
  for (size_t i = 0; i < items.size(); ++i) {
    const bool decision = items.IsWord(i, "decree") || items.IsWord(i, "order") ||
                          items.IsWord(i, "resolution") || items.IsWord(i, "decision");
    if (!decision) continue;
    if (i > 0 && (items.IsWord(i - 1, "presidential") || items.IsWord(i - 1, "president's"))) {
      return "President";
    }
    // "Government decree", "the Government's decree".
    for (size_t j = i > 2 ? i - 2 : 0; j < i; ++j) {
      const Mention* m = items[j].mention;
      if (m != nullptr && m->type == MentionType::kOrganization) return m->name;
    }
    // "decree of the Head of State", "Decree of the Kazakh Government".
    for (size_t j = i + 1; j < items.size() && j < i + 5; ++j) {
      const Mention* m = items[j].mention;
      if (m == nullptr) continue;
      if (std::string t = office_title(*m); !t.empty()) return t;
      if (m->type == MentionType::kOrganization) return m->name;
      if (m->type == MentionType::kPerson) {
        if (j > 0 && items[j - 1].mention != nullptr &&
            !office_title(*items[j - 1].mention).empty()) {
          return office_title(*items[j - 1].mention);
        }
      }
    }
  }
  // "The Head of State signed the corresponding decree", "President X signed
  // a decree appointing ...".
  if (FindWord(input, 0, {"decree"}) >= 0) {
    for (size_t i = 0; i < items.size(); ++i) {
      if (items[i].mention == nullptr) continue;
      if (std::string t = office_title(*items[i].mention); !t.empty()) return t;
    }
  }
  return "";
}

}  // namespace kg
