#include "ingest/relations/post_phrases.h"

#include <algorithm>
#include <cctype>

#include "ingest/recognize/recognizer.h"

namespace kg {
namespace {

bool OneOf(std::string_view word, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), word) != words.end();
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

// "acting director of the Xyz Institute" with a body no lexicon knows: the
// post's name would be cut short, so the clause does not name it.
bool Incomplete(const ExtractionInput& input, int chunk) {
  const std::vector<Chunk>& chunks = input.sentence.chunks;
  const Mention* post = chunks[chunk].mention;
  return post != nullptr && post->office.of.empty() && post->office.to.empty() &&
         post->office.domain.empty() && post->office.country.empty() &&
         chunk + 1 < static_cast<int>(chunks.size()) &&
         chunks[chunk + 1].type == ChunkType::kPreposition &&
         (chunks[chunk + 1].word == "of" || chunks[chunk + 1].word == "to");
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
