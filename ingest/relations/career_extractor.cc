// Career histories, as biographies write them:
//
//   From 2002 to 2009, she held senior leadership roles at X.
//   From January to September 2019, she held the positions of Head of Sector ...
//   She began her career in 1998 as a lecturer in the History Department at X.
//   Since 2023, she has been serving as Chair of the Committee for ...
//   He worked as akim of Ekibastuz from 2014 to 2019.
//   Between 2011 and 2016, he served as Deputy Chairman of the Kazakh Senate.
//   In 1975 he joined the Union of Writers of Kazakhstan as the Second Secretary.
//   From 2017 to 2021, he chaired the Management Board of KazTransGas Aimak.
//   Zhanuzakov had headed the region since February 2022.
//   X was born in 1981 in Kyzylorda.
//
// The post is the phrase the text uses ("senior leadership roles at X"),
// cleaned of "the positions of", parentheses and the home country, or the
// canonical post when the phrase is exactly one ("Vice Minister of Energy").
// Start and end are the time expression's, at its precision.
#include "ingest/relations/career_extractor.h"

#include <algorithm>

#include "ingest/recognize/phrase_table.h"
#include "ingest/relations/post_phrases.h"

namespace kg {
namespace {

enum class Verb { kNone, kAs, kHeld, kHeaded, kChaired, kWorkedAt, kJoined, kBegan, kWas };

Verb CareerVerb(const SentenceItems& items, size_t i) {
  if (items[i].token == nullptr) return Verb::kNone;
  const std::string w = items[i].token->normalized;
  if (w == "served" || w == "serving" || w == "serves" || w == "worked" || w == "working" ||
      w == "works" || w == "acted" || w == "acting") {
    // "worked at / in <body>" names where, "worked as" what.
    if (items.IsWord(i + 1, "at") || items.IsWord(i + 1, "in")) return Verb::kWorkedAt;
    return Verb::kAs;
  }
  if (w == "held" || w == "holding" || w == "occupied") return Verb::kHeld;
  if (w == "headed" || w == "heading" || w == "led" || w == "leading") return Verb::kHeaded;
  if (w == "chaired" || w == "chairing") return Verb::kChaired;
  if (w == "joined") return Verb::kJoined;
  if (w == "began" || w == "started") return Verb::kBegan;
  if (w == "was" || w == "became" || w == "has" || w == "had") return Verb::kWas;
  return Verb::kNone;
}

bool IsClauseBreak(const SentenceItems& items, size_t i) {
  if (items[i].token == nullptr) return false;
  const Token& t = *items[i].token;
  if (t.is(';')) return true;
  // ", and then", ", where", ", after which", ", before", ", rising from":
  // a new clause.
  if (t.is(',')) {
    if (i + 1 < items.size() && items[i + 1].token != nullptr &&
        items[i + 1].token->normalized.ends_with("ing")) {
      return true;
    }
    return items.IsWord(i + 1, "where") || items.IsWord(i + 1, "after") ||
           items.IsWord(i + 1, "before") || items.IsWord(i + 1, "then") ||
           items.IsWord(i + 1, "while") || items.IsWord(i + 1, "which") ||
           (items.IsWord(i + 1, "and") &&
            (items.IsWord(i + 2, "then") || items.IsWord(i + 2, "later") ||
             items.IsWord(i + 2, "since") || items.IsWord(i + 2, "from")));
  }
  return false;
}

// The text of items [begin, end), parentheses dropped.
std::string PhraseText(const ExtractionInput& input, size_t begin, size_t end) {
  const SentenceItems& items = input.items();
  const std::vector<Token>& tokens = input.sentence.sentence->tokens;
  std::string out;
  int depth = 0;
  size_t previous_end = 0;
  for (size_t i = begin; i < end; ++i) {
    size_t first_token, last_token;
    if (items[i].mention != nullptr) {
      first_token = items[i].mention->first;
      last_token = items[i].mention->last;
    } else {
      const Token* t = items[i].token;
      first_token = static_cast<size_t>(t - tokens.data());
      last_token = first_token + 1;
      if (t->is('(')) {
        ++depth;
        continue;
      }
      if (t->is(')')) {
        if (depth > 0) --depth;
        continue;
      }
    }
    if (depth > 0) continue;
    const uint32_t b = tokens[first_token].begin;
    const uint32_t e = tokens[last_token - 1].end;
    if (!out.empty() && b > previous_end) out += ' ';
    out += input.text.substr(b, e - b);
    previous_end = e;
  }
  for (std::string_view suffix : {" of the Republic of Kazakhstan", " of Kazakhstan"}) {
    if (out.size() > suffix.size() && out.ends_with(suffix)) out.resize(out.size() - suffix.size());
  }
  while (!out.empty() && (out.back() == ',' || out.back() == ' ')) out.pop_back();
  return out;
}

// Skips what introduces a post: "the positions of", "positions as", "as a".
size_t SkipIntro(const SentenceItems& items, size_t i, size_t end) {
  while (i < end) {
    if (items.IsWord(i, "as") || items.IsWord(i, "a") || items.IsWord(i, "an") ||
        items.IsWord(i, "the")) {
      ++i;
      continue;
    }
    if ((items.IsWord(i, "position") || items.IsWord(i, "positions") || items.IsWord(i, "post") ||
         items.IsWord(i, "posts")) &&
        (items.IsWord(i + 1, "of") || items.IsWord(i + 1, "as"))) {
      i += 2;
      continue;
    }
    break;
  }
  return i;
}

// Whether items [begin, end) name a post: a recognized post, or a word that
// only posts use ("positions", "roles", a title from the lexicon).
bool NamesAPost(const ExtractionInput& input, size_t begin, size_t end) {
  const SentenceItems& items = input.items();
  for (size_t i = begin; i < end; ++i) {
    if (items[i].mention != nullptr) {
      if (items[i].mention->type == MentionType::kOffice) return true;
      continue;
    }
    const std::string w = items[i].token->normalized;
    if (w == "position" || w == "positions" || w == "post" || w == "posts" || w == "role" ||
        w == "roles" || w == "office" || w == "leadership") {
      return true;
    }
    const std::vector<Token> one = {*items[i].token};
    if (input.lexicon.titles().MatchAt(one, 0).has_value()) return true;
  }
  return false;
}


// Whether the verb group around item `item` states nothing as fact.
bool Hedged(const ExtractionInput& input, size_t item) {
  for (const Chunk& chunk : input.sentence.chunks) {
    if (chunk.type == ChunkType::kVerbGroup && chunk.begin <= item && item < chunk.end) {
      return HedgedGroup(chunk.verb);
    }
  }
  return false;
}

// Whether an earlier extractor stated a post taken or held in this sentence.
bool RolesStatedHeld(const ExtractionInput& input, const std::vector<FactDraft>& out) {
  const uint32_t sentence = input.sentence.sentence->begin;
  for (auto it = out.rbegin(); it != out.rend() && it->fact.evidence.begin >= sentence; ++it) {
    if ((it->fact.relation == Relation::kHeld || it->fact.relation == Relation::kAppointedTo) &&
        it->fact.evidence.begin == sentence) {
      return true;
    }
  }
  return false;
}

}  // namespace

CareerExtractor::CareerExtractor()
    : born_(MustCompile("<person|pronoun:who> was born ~~6 in [the] ~5 <place:where>")),
      born_fronted_(MustCompile("^ born ~~6 in [the] ~5 <place:where> , <person:who>")),
      led_by_(MustCompile(
          "<org|place:unit> [,] (was|has|had) [been] (led|headed|chaired) by ~~3 <person:who>")) {}

void CareerExtractor::ExtractLedBy(const ExtractionInput& input,
                                   std::vector<FactDraft>* out) const {
  // "Since February 25, 2019, the government was led by Askar Mamin": a
  // tenure, dated by the sentence's time.
  for (const PatternMatch& m : led_by_.FindAll(input.items())) {
    const int person = input.context.PersonOf(input.mention_at(m.Item("who")));
    if (person < 0) continue;
    const Mention* when = nullptr;
    for (size_t i = 0; i < input.items().size() && when == nullptr; ++i) {
      const Mention* t = input.items()[i].mention;
      if (t != nullptr && t->type == MentionType::kTime && !t->time.as_of) when = t;
    }
    if (when == nullptr) continue;
    FactDraft fact = PersonFact(input, Relation::kHeld, person,
                                MentionRef(HeadOf(input.mention_at(m.Item("unit")))));
    switch (when->time.type) {
      case TimeExpression::Type::kRange:
        fact.fact.time.start = when->time.start;
        fact.fact.time.end = when->time.end_date;
        break;
      case TimeExpression::Type::kUntil:
        fact.fact.time.end = when->time.end_date;
        break;
      case TimeExpression::Type::kSince:
        fact.fact.time.start = when->time.start;
        break;
      case TimeExpression::Type::kPoint:
        fact.fact.time.start = when->time.date;
        break;
    }
    if (fact.fact.time.start.empty() && fact.fact.time.end.empty()) continue;
    out->push_back(std::move(fact));
  }
}

void CareerExtractor::ExtractBirth(const ExtractionInput& input,
                                   std::vector<FactDraft>* out) const {
  for (const Pattern* pattern : {&born_, &born_fronted_}) {
    for (const PatternMatch& m : pattern->FindAll(input.items())) {
      const int person = input.context.PersonOf(input.mention_at(m.Item("who")));
      if (person < 0) continue;
      const Mention& place = input.mention_at(m.Item("where"));
      FactDraft fact = PersonFact(input, Relation::kBornIn, person, MentionRef(place));
      if (const Mention* t = NearestTime(input, m.begin, {TimeExpression::Type::kPoint})) {
        fact.fact.time.date = t->time.date;
        if (!t->time.date.empty()) {
          input.context.mutable_person(person).attributes.emplace_back(
              "born", std::to_string(t->time.date.year()));
        }
      }
      out->push_back(std::move(fact));
    }
  }
}

void CareerExtractor::Extract(const ExtractionInput& input, std::vector<FactDraft>* out) const {
  ExtractBirth(input, out);
  ExtractLedBy(input, out);
  const SentenceItems& items = input.items();
  // The subject: the first person or pronoun of the sentence.
  int subject_item = -1;
  for (size_t i = 0; i < items.size(); ++i) {
    const Mention* m = items[i].mention;
    if (m != nullptr && (m->type == MentionType::kPerson || m->type == MentionType::kPronoun)) {
      subject_item = static_cast<int>(i);
      break;
    }
  }
  if (subject_item < 0) return;
  const int person = input.context.PersonOf(input.mention_at(subject_item));
  if (person < 0) return;
  // The role rules (role_relation_extractor.h) read the posts a clause names
  // and date each; the whole phrase is only for a sentence they read no post
  // taken or held in
  // ("held positions as an expert and head of the department at X").
  if (RolesStatedHeld(input, *out)) return;

  for (size_t v = subject_item + 1; v < items.size(); ++v) {
    Verb verb = CareerVerb(items, v);
    if (verb == Verb::kNone) continue;
    if (Hedged(input, v)) continue;  // "was never Y", "may have served as Y"
    size_t begin = v + 1;
    // "has been serving as", "had been working as": the participle decides.
    if (verb == Verb::kWas && items.IsWord(v + 1, "been")) {
      if (v + 2 < items.size() && CareerVerb(items, v + 2) != Verb::kNone &&
          CareerVerb(items, v + 2) != Verb::kWas) {
        continue;  // the participle is read at its own position
      }
      begin = v + 2;
    } else if (verb == Verb::kWas && (items.IsWord(v, "has") || items.IsWord(v, "had"))) {
      continue;
    } else if (verb == Verb::kWas && v + 1 < items.size() && CareerVerb(items, v + 1) != Verb::kNone) {
      continue;  // "was heading": the participle is read at its own position
    }
    // "was born", "was appointed", "was elected": not a post held.
    if (verb == Verb::kWas && begin < items.size() && items[begin].token != nullptr) {
      const std::string next = items[begin].token->normalized;
      if (next.ends_with("ed") || next == "born" || next == "also" || next == "not" ||
          next == "to" || next == "in" || next == "on" || next == "at") {
        continue;
      }
    }
    if (verb == Verb::kWorkedAt || verb == Verb::kBegan) ++begin;  // "at", "his career"
    if (verb == Verb::kBegan) {
      // "began her career in 1998 as X": the post follows "as".
      const int as = FindWord(input, v, {"as"});
      if (as < 0) continue;
      begin = as + 1;
    }
    std::string joined_body;
    std::string employer;
    if (verb == Verb::kJoined) {
      // "joined <body> as <post>".
      const Mention* body = begin < items.size() ? items[begin].mention : nullptr;
      if (body == nullptr && items.IsWord(begin, "the") && begin + 1 < items.size()) {
        body = items[begin + 1].mention;
      }
      const int as = FindWord(input, begin, {"as"});
      if (as < 0 || as > static_cast<int>(begin) + 10) continue;
      // "joined the Union of Writers as secretary": the post is the body's;
      // "joined the diplomatic service in 1995 as an attaché of X" names it.
      if (body != nullptr && body->type == MentionType::kOrganization) joined_body = body->name;
      begin = as + 1;
    } else if (verb == Verb::kAs && items.IsWord(begin, "for")) {
      // "worked for <employer> as <post>".
      const int as = FindWord(input, begin, {"as"});
      if (as < 0 || as > static_cast<int>(begin) + 8) continue;
      employer = PhraseText(input, begin + 1, as);
      begin = as + 1;
    }
    // The phrase runs to the clause's end, or to its time expression; in an
    // aside (", who previously served as X, was appointed"), to the aside's end.
    const auto aside = RelativeClauseAround(items, v);
    size_t end = begin;
    const Mention* when = nullptr;
    while (end < items.size() && !IsClauseBreak(items, end) &&
           (aside.first == aside.second || end < aside.second)) {
      const Mention* m = items[end].mention;
      if (m != nullptr && m->type == MentionType::kTime) break;
      // "... editor since its foundation in 1999": the rest says when.
      if (items.IsWord(end, "since") || items.IsWord(end, "until") || items.IsWord(end, "till")) {
        break;
      }
      if (items[end].token != nullptr && items[end].token->is('.') && end + 1 == items.size()) {
        break;
      }
      // "... and became Y": the next step is its own clause.
      if (items.IsWord(end, "and") && end + 1 < items.size() &&
          CareerVerb(items, end + 1) != Verb::kNone) {
        break;
      }
      ++end;
    }
    // The time: before the verb (fronted) or right after the phrase.
    for (size_t i = 0; i < items.size(); ++i) {
      const Mention* m = items[i].mention;
      if (m == nullptr || m->type != MentionType::kTime || m->time.as_of) continue;
      if (i > end + 1) break;
      when = m;
      if (i >= end) break;
    }
    if (verb == Verb::kBegan) {
      when = NearestTime(input, v, {TimeExpression::Type::kPoint});
    }
    const size_t post_begin = SkipIntro(items, begin, end);
    if (post_begin >= end) continue;
    // "held talks", "was in Astana": only a post is a career step.
    if ((verb == Verb::kHeld || verb == Verb::kWas) && !NamesAPost(input, post_begin, end)) {
      continue;
    }
    // "had held the post since 2007": which post is another sentence's matter.
    if (end == post_begin + 1 &&
        (items.IsWord(post_begin, "post") || items.IsWord(post_begin, "position") ||
         items.IsWord(post_begin, "role") || items.IsWord(post_begin, "office"))) {
      continue;
    }
    Date start, finish;
    bool end_inferred = false;
    if (when == nullptr) {
      // "Previously, he chaired X": a post that ended by the article's date.
      const bool previously =
          OpensWithPreviously(items) ||
          (v > 0 && (items.IsWord(v - 1, "previously") || items.IsWord(v - 1, "formerly"))) ||
          (v > 1 && (items.IsWord(v - 2, "previously") || items.IsWord(v - 2, "formerly")));
      if (!previously || verb == Verb::kBegan) continue;
      finish = input.context.date();
      end_inferred = !finish.empty();
    } else
      switch (when->time.type) {
        case TimeExpression::Type::kRange:
          start = when->time.start;
          finish = when->time.end_date;
          break;
        case TimeExpression::Type::kSince:
          start = when->time.start;
          break;
        case TimeExpression::Type::kUntil:
          finish = when->time.end_date;
          break;
        case TimeExpression::Type::kPoint:
          // "In 1991 he was editor-in-chief": held from then on. A full date
          // is an event, not a tenure.
          if (when->time.date.precision() == Date::Precision::kDay) continue;
          start = when->time.date;
          break;
      }
    if (start.empty() && finish.empty() && when != nullptr) continue;
    // The post: one recognized post as it stands, the post the article is
    // about for "headed the region" / "led the ministry", or the text's phrase.
    NodeRef target;
    const Mention* anaphor = nullptr;
    if (verb == Verb::kHeaded && post_begin + 1 == end && items[post_begin].token != nullptr &&
        items.IsWord(post_begin - 1, "the")) {
      if (items.IsWord(post_begin, "region") || items.IsWord(post_begin, "city") ||
          items.IsWord(post_begin, "district")) {
        anaphor = input.context.LastOffice("Akim");
      } else if (items.IsWord(post_begin, "ministry")) {
        anaphor = input.context.LastOffice("Minister");
      }
      if (anaphor == nullptr) continue;
    }
    const Mention* only = post_begin + 1 == end ? items[post_begin].mention : nullptr;
    // "led the administration of President X": the body, and its principal.
    const Mention* led = items[post_begin].mention;
    for (size_t k = post_begin + 1; led != nullptr && k < end; ++k) {
      if (items[k].mention == nullptr || items[k].mention->type != MentionType::kPerson) {
        led = nullptr;
      }
    }
    if (anaphor != nullptr) {
      target = MentionRef(*anaphor);
    } else if (verb == Verb::kHeaded && led != nullptr && joined_body.empty() &&
               employer.empty() &&
               (led->type == MentionType::kOrganization || led->type == MentionType::kPlace)) {
      target = MentionRef(HeadOf(*led));
    } else if (only != nullptr && only->type == MentionType::kOffice && joined_body.empty()) {
      target = MentionRef(*only);
    } else if (only != nullptr && only->type == MentionType::kOrganization &&
               (verb == Verb::kWorkedAt)) {
      target = MentionRef(*only);
    } else {
      std::string phrase = PhraseText(input, post_begin, end);
      if (phrase.empty()) continue;
      // "headed the Department of Archives": Head of the Department ...
      const std::string article = items.IsWord(post_begin - 1, "the") ? "the " : "";
      if (verb == Verb::kHeaded) phrase = "Head of " + article + phrase;
      if (verb == Verb::kChaired) phrase = "Chair of " + article + phrase;
      if (!joined_body.empty()) phrase += " of the " + joined_body;
      if (!employer.empty()) phrase += " at " + employer;
      target.kind = NodeKind::kOffice;
      target.name = phrase;
    }
    FactDraft fact = PersonFact(input, Relation::kHeld, person, std::move(target));
    fact.fact.time.start = start;
    fact.fact.time.end = finish;
    fact.fact.time.end_inferred = end_inferred;
    out->push_back(std::move(fact));
    v = end;
  }
}

}  // namespace kg
