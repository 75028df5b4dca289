#include "ingest/relations/post_phrases.h"

#include <algorithm>
#include <cctype>

#include "ingest/recognize/recognizer.h"

namespace kg {
namespace {

bool OneOf(std::string_view word, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

// The tokens [first, last) an item covers.
std::pair<size_t, size_t> ItemTokens(const ExtractionInput& input, size_t item) {
  const SentenceItem& it = input.items()[item];
  if (it.mention != nullptr) return {it.mention->first, it.mention->last};
  const size_t first = static_cast<size_t>(it.token - input.sentence.sentence->tokens.data());
  return {first, first + 1};
}

// Every word of the phrase written with a capital, but "of", "and" and
// "the" ("New Technologies", "Budget Committee").
bool CapitalizedPhrase(const ExtractionInput& input, const Chunk& phrase) {
  const auto& tokens = input.sentence.sentence->tokens;
  for (size_t i = phrase.begin; i < phrase.end; ++i) {
    const auto [first, last] = ItemTokens(input, i);
    for (size_t t = first; t < last; ++t) {
      const std::string& w = tokens[t].normalized;
      if (tokens[t].is_word() && !tokens[t].capitalized() && w != "of" && w != "and" && w != "the") {
        return false;
      }
    }
  }
  return phrase.end > phrase.begin;
}

// Words that open a post's phrase without naming it: determiners and the
// adverbs of a list of steps ("then Deputy Minister").
bool IsLeadingFiller(const Token& token) {
  static constexpr std::string_view kFillers[] = {"the",  "a",     "an",   "his",         "her",
                                                  "its",  "their", "then", "subsequently", "later",
                                                  "also", "briefly"};
  return std::find(std::begin(kFillers), std::end(kFillers), token.normalized) !=
         std::end(kFillers);
}

}  // namespace

// Adverbs and adjectives that report an act as unconfirmed or possible.
bool IsHedgeWord(std::string_view lemma) {
  return OneOf(lemma, {"reportedly", "allegedly", "possibly", "probably", "likely", "possible",
                       "potential", "proposed", "expected", "planned", "rumored", "rumoured",
                       "future", "prospective", "supposed"});
}

bool HedgedGroup(const VerbGroup& group) {
  if (group.negated || !group.modal.empty()) return true;
  return std::any_of(group.adverbs.begin(), group.adverbs.end(), IsHedgeWord);
}

// "akim of A and B": the second territory after a territorial post.
const Mention* CoordinatedTerritory(const ExtractionInput& input, int chunk, const Mention& post) {
  const std::vector<Chunk>& chunks = input.sentence.chunks;
  if (post.office.title != "Akim" || chunk + 2 >= static_cast<int>(chunks.size())) return nullptr;
  if (chunks[chunk + 1].type != ChunkType::kConjunction || chunks[chunk + 1].word != "and") {
    return nullptr;
  }
  const Chunk& next = chunks[chunk + 2];
  return next.type == ChunkType::kNounPhrase && next.Names(MentionType::kPlace) &&
                 next.head_lemma.empty()
             ? next.mention
             : nullptr;
}

std::optional<Mention> CoordinatedDestination(const ExtractionInput& input, int chunk,
                                              const Mention& post) {
  const std::vector<Chunk>& chunks = input.sentence.chunks;
  if (post.office.to.empty() || chunk + 2 >= static_cast<int>(chunks.size()) ||
      chunks[chunk + 1].type != ChunkType::kConjunction || chunks[chunk + 1].word != "and") {
    return std::nullopt;
  }
  const Chunk& next = chunks[chunk + 2];
  if (next.type != ChunkType::kNounPhrase || !next.Names(MentionType::kCountry) ||
      !next.head_lemma.empty() || next.mention->demonym) {
    return std::nullopt;
  }
  const size_t to = post.name.rfind(" to ");
  const std::string& written = post.surface.empty() ? post.name : post.surface;
  const size_t written_to = written.rfind(" to ");
  if (to == std::string::npos || written_to == std::string::npos) return std::nullopt;
  Mention parallel = post;
  parallel.office.to = next.mention->name;
  parallel.name = post.name.substr(0, to) + " to " + next.mention->name;
  parallel.surface =
      written.substr(0, written_to) + " to " +
      std::string(SpanText(input.sentence.sentence->tokens, next.mention->first,
                           next.mention->last, input.text));
  return parallel;
}

// "director of the National Library": a post the recognizers left without
// its body, followed by "of" and the body (or territory).
const Mention* UnitAfter(const ExtractionInput& input, int chunk) {
  const std::vector<Chunk>& chunks = input.sentence.chunks;
  const Mention* post = chunks[chunk].mention;
  if (post == nullptr || !post->office.of.empty() || !post->office.to.empty() ||
      !post->office.domain.empty() || chunk + 2 >= static_cast<int>(chunks.size())) {
    return nullptr;
  }
  if (chunks[chunk + 1].type != ChunkType::kPreposition || chunks[chunk + 1].word != "of") {
    return nullptr;
  }
  const Chunk& unit = chunks[chunk + 2];
  if (unit.type != ChunkType::kNounPhrase || unit.mention == nullptr || !unit.head_lemma.empty() ||
      (unit.mention->type != MentionType::kOrganization &&
       unit.mention->type != MentionType::kPlace)) {
    return nullptr;
  }
  return unit.mention;
}

int PostNameEnd(const ExtractionInput& input, int chunk) {
  const std::vector<Chunk>& chunks = input.sentence.chunks;
  int last = chunk;
  for (int j = chunk + 1; j + 1 < static_cast<int>(chunks.size()); j += 2) {
    const Chunk& marker = chunks[j];
    const Chunk& phrase = chunks[j + 1];
    // "Ministry of Industry and New Technologies", "Director for Strategy
    // and Development at X": a capitalized name coordinated inside the
    // body's name, not a second post.
    const Mention* post = chunks[chunk].mention;
    const bool named_body =
        last > chunk || (post != nullptr && (!post->office.domain.empty() || !post->office.of.empty()));
    const bool within_name =
        named_body && marker.type == ChunkType::kConjunction && marker.word == "and" &&
        (phrase.mention == nullptr || phrase.Names(MentionType::kOrganization)) &&
        CapitalizedPhrase(input, phrase);
    if (!within_name &&
        (marker.type != ChunkType::kPreposition ||
         (marker.word != "of" && marker.word != "to" && marker.word != "in" &&
          marker.word != "at" && marker.word != "for"))) {
      break;
    }
    // "Adviser to the President", "head of the office of the Prime
    // Minister": a post may be named after another.
    if (phrase.type != ChunkType::kNounPhrase || phrase.Names(MentionType::kPerson) ||
        phrase.Names(MentionType::kPronoun) || phrase.Names(MentionType::kTime)) {
      break;
    }
    last = j + 1;
  }
  return last;
}

bool CapitalizedBefore(const ExtractionInput& input, int chunk) {
  const Chunk& phrase = input.sentence.chunks[chunk];
  if (phrase.mention == nullptr) return false;
  const auto& tokens = input.sentence.sentence->tokens;
  for (size_t t = ItemTokens(input, phrase.begin).first; t < phrase.mention->first; ++t) {
    if (tokens[t].is_word() && tokens[t].capitalized() && !IsLeadingFiller(tokens[t])) return true;
  }
  return false;
}

Mention WrittenPost(const ExtractionInput& input, int chunk) {
  const std::vector<Chunk>& chunks = input.sentence.chunks;
  const Mention& head = *chunks[chunk].mention;
  const int end = PostNameEnd(input, chunk);
  const auto& tokens = input.sentence.sentence->tokens;
  Mention post = head;
  // From the phrase's first word ("Senior Foreign Policy Advisor"), without
  // what only opens it.
  post.first = std::min(head.first, ItemTokens(input, chunks[chunk].begin).first);
  while (post.first + 1 < head.last && IsLeadingFiller(tokens[post.first])) ++post.first;
  post.last = ItemTokens(input, chunks[end].end - 1).second;
  post.name = std::string(SpanText(tokens, post.first, post.last, input.text));
  post.surface = post.name;
  post.office.generic = true;  // named as written, not canonical
  return post;
}

std::optional<Mention> UnlistedPost(const ExtractionInput& input, int chunk) {
  const std::vector<Chunk>& chunks = input.sentence.chunks;
  const Chunk& phrase = chunks[chunk];
  if (phrase.type != ChunkType::kNounPhrase || phrase.mention != nullptr ||
      !phrase.head_names_person) {
    return std::nullopt;
  }
  // Nouns for a person's standing, not a job ("a student at X", "a native
  // of Y").
  static constexpr std::string_view kNoJob[] = {
      "student",  "graduate", "alumnus",  "alumna", "guest",   "visitor", "participant",
      "resident", "citizen",  "friend",   "fan",    "supporter", "winner", "candidate",
      "native",   "son",      "daughter", "wife",   "husband", "father",  "mother",
      "brother",  "sister",   "victim",   "patient", "laureate"};
  if (std::find(std::begin(kNoJob), std::end(kNoJob), phrase.head_lemma) != std::end(kNoJob)) {
    return std::nullopt;
  }
  const bool title = input.lexicon.titles().Find(phrase.head_lemma) != nullptr;
  const int end = PostNameEnd(input, chunk);
  bool at_body = false;
  for (int j = chunk + 2; j <= end; j += 2) {
    at_body = at_body || chunks[j].Names(MentionType::kOrganization);
  }
  // A bare title word says no post ("a minister"); a modifier or a body does.
  if (!(title && (!phrase.modifiers.empty() || end > chunk)) && !at_body) return std::nullopt;
  const auto& tokens = input.sentence.sentence->tokens;
  Mention post;
  post.type = MentionType::kOffice;
  post.first = ItemTokens(input, phrase.begin).first;
  while (post.first + 1 < tokens.size() && IsLeadingFiller(tokens[post.first])) ++post.first;
  post.last = ItemTokens(input, chunks[end].end - 1).second;
  if (post.first >= post.last) return std::nullopt;
  post.name = std::string(SpanText(tokens, post.first, post.last, input.text));
  post.surface = post.name;
  post.office.title = post.name;
  post.office.generic = true;
  return post;
}

const Mention* AsidePost(const ExtractionInput& input, int chunk) {
  const std::vector<Chunk>& chunks = input.sentence.chunks;
  if (chunk + 3 >= static_cast<int>(chunks.size()) || chunks[chunk + 1].type != ChunkType::kComma ||
      !chunks[chunk + 2].Names(MentionType::kOffice) || chunks[chunk + 3].type != ChunkType::kComma) {
    return nullptr;
  }
  const Mention* post = chunks[chunk + 2].mention;
  return post->office.former ? nullptr : post;
}

bool LaterStep(const ExtractionInput& input, int chunk) {
  const std::vector<Chunk>& chunks = input.sentence.chunks;
  int j = chunk - 1;
  if (j >= 0 && chunks[j].type == ChunkType::kPreposition && chunks[j].word == "as") --j;
  if (j < 0 || chunks[j].end - chunks[j].begin != 1) return false;
  const std::string_view word =
      chunks[j].word.empty() ? ItemWord(input, chunks[j].begin) : std::string_view(chunks[j].word);
  return OneOf(word, {"then", "later", "subsequently", "afterwards", "afterward"});
}

const Mention* TimeOfPost(const ExtractionInput& input, int chunk) {
  const std::vector<Chunk>& chunks = input.sentence.chunks;
  int j = PostNameEnd(input, chunk) + 1;
  const bool bracketed = j < static_cast<int>(chunks.size()) &&
                         chunks[j].type == ChunkType::kPunctuation && chunks[j].word == "(";
  if (bracketed) ++j;
  if (j >= static_cast<int>(chunks.size())) return nullptr;
  // "A to X and B to Y (2003-07)": coordinated posts share the time after
  // the last.
  if (!bracketed && chunks[j].type == ChunkType::kConjunction && chunks[j].word == "and" &&
      j + 1 < static_cast<int>(chunks.size()) && chunks[j + 1].Names(MentionType::kOffice)) {
    return TimeOfPost(input, j + 1);
  }
  if (chunks[j].type != ChunkType::kTime) return nullptr;
  const Mention* time = chunks[j].mention;
  if (time == nullptr || time->type != MentionType::kTime || time->time.as_of) return nullptr;
  return time;
}

// "Previously, ...", "Before this appointment, ...", "Prior to that, ...".
bool OpensWithPreviously(const SentenceItems& items) {
  if (items.size() < 2) return false;
  if (items.IsWord(0, "previously") || items.IsWord(0, "formerly") || items.IsWord(0, "earlier")) {
    return true;
  }
  return (items.IsWord(0, "before") || items.IsWord(0, "prior")) &&
         (items.IsWord(1, "this") || items.IsWord(1, "that") || items.IsWord(1, "to") ||
          items.IsWord(1, "his") || items.IsWord(1, "her"));
}

bool SaysPreviously(const ExtractionInput& input, const VerbGroup& group) {
  for (const std::string& adverb : group.adverbs) {
    if (adverb == "previously" || adverb == "formerly" || adverb == "earlier") return true;
  }
  return OpensWithPreviously(input.items());
}

// A title that names no post by itself: "Minister", "Speaker", "Assistant"
// with no field, body or destination. National titles ("President", "Prime
// Minister", "chief of staff") are the country's post on their own.
bool IsBarePost(const ExtractionInput& input, const Mention& post) {
  const OfficeParts& o = post.office;
  if (!o.domain.empty() || !o.of.empty() || !o.to.empty() || !o.country.empty()) return false;
  const std::string& name = post.name;
  if (name.find(" of ") != std::string::npos || name.find(" to ") != std::string::npos ||
      name.find(" for ") != std::string::npos) {
    return false;
  }
  std::string title = o.title;
  for (char& ch : title) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  const TitleEntry* entry = input.lexicon.titles().Find(title);
  return entry == nullptr || !entry->national;
}

// True when a noun phrase follows the verb group ("left the council"): the
// verb has an object, so a title before the subject is not what was left.
bool PhraseFollows(const ExtractionInput& input, int verb) {
  const std::vector<Chunk>& chunks = input.sentence.chunks;
  for (size_t j = verb + 1; j < chunks.size(); ++j) {
    if (chunks[j].type == ChunkType::kOther || chunks[j].type == ChunkType::kTime) continue;
    return chunks[j].type == ChunkType::kNounPhrase;
  }
  return false;
}

const Mention* ActingBody(const ExtractionInput& input, const Clause& clause, bool passive) {
  const std::vector<Chunk>& chunks = input.sentence.chunks;
  for (int phrase : passive ? clause.agents : clause.subjects) {
    if (chunks[phrase].Names(MentionType::kOrganization)) return chunks[phrase].mention;
    // "the deputies of the lower house": members stand for their body.
    if (chunks[phrase].mention == nullptr && phrase + 2 < static_cast<int>(chunks.size()) &&
        chunks[phrase + 1].type == ChunkType::kPreposition && chunks[phrase + 1].word == "of" &&
        chunks[phrase + 2].Names(MentionType::kOrganization)) {
      return chunks[phrase + 2].mention;
    }
  }
  return nullptr;
}

Mention PostOfActingBody(const ExtractionInput& input, const Mention& post, const Mention& body) {
  Mention whole = WithUnit(post, body);
  whole.last = post.last;  // the body is elsewhere in the clause
  const auto& tokens = input.sentence.sentence->tokens;
  const size_t first = body.first > 0 && tokens[body.first - 1].normalized == "the"
                           ? body.first - 1
                           : body.first;
  whole.surface = (post.surface.empty() ? post.name : post.surface) + " of " +
                  std::string(SpanText(tokens, first, body.last, input.text));
  return whole;
}

Mention WithUnit(const Mention& post, const Mention& unit) {
  Mention whole = post;
  const bool article = unit.type == MentionType::kOrganization && unit.category != "other" &&
                       unit.category != "party";
  whole.office.of = unit.name;
  whole.name = post.name + " of " + (article ? "the " : "") + unit.name;
  whole.surface = (post.surface.empty() ? post.name : post.surface) + " of " +
                  (article ? "the " : "") + unit.name;
  whole.last = unit.last;
  return whole;
}

std::string_view ItemWord(const ExtractionInput& input, size_t item) {
  const SentenceItem& it = input.items()[item];
  return it.token != nullptr ? std::string_view(it.token->normalized) : std::string_view();
}

// "new", "newly appointed", "incoming" before a post (inside the phrase or
// inside the post's own mention), and nothing that hedges it.
bool CalledNew(const ExtractionInput& input, const Chunk& phrase, const Mention& post) {
  bool fresh = false;
  for (const std::string& m : phrase.modifiers) {
    if (IsHedgeWord(m)) return false;
    if (m == "new" || m == "newly" || m == "incoming" || m == "newly-appointed") fresh = true;
  }
  const auto& tokens = input.sentence.sentence->tokens;
  for (size_t t = post.first; t < post.last && t < tokens.size(); ++t) {
    const std::string& w = tokens[t].normalized;
    if (IsHedgeWord(w)) return false;
    if (w == "new" || w == "newly" || w == "incoming" || w == "newly-appointed") fresh = true;
  }
  return fresh;
}

bool SaysRespectively(const ExtractionInput& input) {
  for (const Token& token : input.sentence.sentence->tokens) {
    if (token.normalized == "respectively") return true;
  }
  return false;
}

std::optional<Mention> UnnamedPostAtBody(const ExtractionInput& input, const Clause& clause) {
  const std::vector<Chunk>& chunks = input.sentence.chunks;
  for (const Complement& complement : clause.complements) {
    const int body = complement.chunk;
    if (complement.marker != "at" && complement.marker != "in") continue;
    if (!chunks[body].Names(MentionType::kOrganization) || body < 2) continue;
    const Chunk& posts = chunks[body - 2];
    if (posts.type != ChunkType::kNounPhrase || posts.mention != nullptr ||
        !IsPostContainer(posts.head_lemma) || chunks[body - 1].type != ChunkType::kPreposition) {
      continue;
    }
    // From the post noun's first word (without its determiner) to the body.
    const auto& tokens = input.sentence.sentence->tokens;
    const SentenceItems& items = input.items();
    const SentenceItem& opening = items[posts.begin];
    size_t first = opening.token != nullptr ? static_cast<size_t>(opening.token - tokens.data())
                                            : opening.mention->first;
    const Mention& unit = *chunks[body].mention;
    while (first < unit.first &&
           (tokens[first].normalized == "the" || tokens[first].normalized == "a" ||
            tokens[first].normalized == "an")) {
      ++first;
    }
    Mention post;
    post.type = MentionType::kOffice;
    post.first = first;
    post.last = unit.last;
    post.name = std::string(SpanText(tokens, first, unit.last, input.text));
    post.office.generic = true;
    return post;
  }
  return std::nullopt;
}

}  // namespace kg
