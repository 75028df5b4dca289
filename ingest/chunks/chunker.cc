#include "ingest/chunks/chunker.h"

namespace kg {
namespace {

// What one item is to the chunker.
struct ItemView {
  const SentenceItem* item;
  const TaggedWord* word;  // nullptr for a mention

  bool is_mention() const { return item->mention != nullptr; }
  MentionType mention_type() const { return item->mention->type; }
  bool Is(WordClass c) const { return word != nullptr && word->word_class == c; }
};

class ChunkBuilder {
 public:
  ChunkBuilder(const SentenceItems& items, const std::vector<TaggedWord>& words)
      : items_(items), words_(words) {}

  std::vector<Chunk> Build() {
    chunks_.reserve(items_.size());
    size_t i = 0;
    while (i < items_.size()) {
      if (StartsNounPhrase(i)) {
        i = NounPhrase(i);
      } else if (StartsVerbGroup(i)) {
        i = VerbGroupAt(i);
      } else {
        i = OneWord(i);
      }
    }
    return std::move(chunks_);
  }

 private:
  ItemView View(size_t i) const {
    const SentenceItem& item = items_[i];
    if (item.mention != nullptr) return {&item, nullptr};
    const size_t token = item.token - items_.sentence().tokens.data();
    return {&item, &words_[token]};
  }

  bool IsPossessiveWord(const Mention* m) const {
    const auto& tokens = items_.sentence().tokens;
    if (m->first >= tokens.size()) return false;
    const std::string& w = tokens[m->first].normalized;
    return w == "his" || w == "her" || w == "their" || w == "its";
  }

  // A word that may sit inside a noun phrase before its head.
  bool Nominal(const ItemView& v) const {
    if (v.is_mention()) return v.mention_type() != MentionType::kTime;
    return v.Is(WordClass::kDeterminer) || v.Is(WordClass::kPossessive) ||
           v.Is(WordClass::kAdjective) || v.Is(WordClass::kNoun) || v.Is(WordClass::kProperNoun) ||
           v.Is(WordClass::kNumber);
  }

  // An adverb that modifies an adjective of a noun phrase ("newly appointed").
  bool AdverbInPhrase(size_t i) const {
    size_t j = i;
    while (j < items_.size() && View(j).Is(WordClass::kAdverb)) ++j;
    return j < items_.size() && View(j).Is(WordClass::kAdjective);
  }

  bool StartsNounPhrase(size_t i) const {
    const ItemView v = View(i);
    if (v.Is(WordClass::kAdverb)) return AdverbInPhrase(i) && !InVerbContext();
    // "'s" on its own cannot open one.
    if (v.Is(WordClass::kPossessive) && v.word->lemma == "'s") return false;
    return Nominal(v);
  }

  bool InVerbContext() const {
    return !chunks_.empty() && chunks_.back().type == ChunkType::kVerbGroup;
  }

  bool VerbWord(const ItemView& v) const {
    return v.Is(WordClass::kVerb) || v.Is(WordClass::kAuxiliary) || v.Is(WordClass::kModal);
  }

  bool StartsVerbGroup(size_t i) const {
    const ItemView v = View(i);
    if (VerbWord(v) || v.Is(WordClass::kNegation)) return true;
    if (v.Is(WordClass::kTo) || v.Is(WordClass::kAdverb)) {
      // "to" before a verb is the infinitive; an adverb before a verb is
      // part of its group ("swiftly named").
      size_t j = i + 1;
      while (j < items_.size() &&
             (View(j).Is(WordClass::kAdverb) || View(j).Is(WordClass::kNegation)))
        ++j;
      return j < items_.size() && VerbWord(View(j)) &&
             !(v.Is(WordClass::kTo) && View(j).word->form != VerbForm::kBase &&
               View(j).Is(WordClass::kVerb) && View(j).word->form != VerbForm::kNone);
    }
    return false;
  }

  size_t NounPhrase(size_t i) {
    Chunk chunk;
    chunk.type = ChunkType::kNounPhrase;
    chunk.begin = i;
    const Mention* person = nullptr;
    const Mention* other = nullptr;  // the last non-person mention
    int other_item = -1;
    size_t j = i;
    for (; j < items_.size(); ++j) {
      const ItemView v = View(j);
      const bool possessive_s = v.Is(WordClass::kPossessive) && v.word->lemma == "'s";
      if (j > i) {
        if (possessive_s) {
          // "X's appointment", "Kazakhstan's new minister": what came before
          // is the possessor; the phrase goes on.
          if (person != nullptr || other != nullptr) {
            chunk.possessor = person != nullptr ? person : other;
            person = nullptr;
            other = nullptr;
            other_item = -1;
            chunk.head_item = -1;
            chunk.head_lemma.clear();
          }
          continue;
        }
        if (!Nominal(v) && !(v.Is(WordClass::kAdverb) && AdverbInPhrase(j))) break;
        if (person != nullptr) break;  // a name ends its phrase
        const bool has_head = other != nullptr || !chunk.head_lemma.empty();
        if (v.is_mention()) {
          if (v.mention_type() != MentionType::kPerson && other != nullptr) break;
          // "the post he held": a subject pronoun opens a clause of its own.
          if (has_head && v.mention_type() == MentionType::kPronoun &&
              !IsPossessiveWord(v.item->mention)) {
            break;
          }
          // "adviser to President X": X is the President the aide serves, not
          // the aide; the name is a phrase of its own.
          if (v.mention_type() == MentionType::kPerson && other != nullptr &&
              other->type == MentionType::kOffice && !other->office.principal.empty()) {
            break;
          }
        } else if (has_head && (v.Is(WordClass::kDeterminer) || v.Is(WordClass::kPossessive) ||
                                v.Is(WordClass::kAdjective) || v.Is(WordClass::kAdverb))) {
          break;
        }
        // A noun after a mention goes on ("the Energy Minister post"): it
        // heads the phrase and the mention stays as its modifier.
      } else if (possessive_s) {
        break;
      }
      if (v.is_mention()) {
        const Mention* m = v.item->mention;
        if (m->type == MentionType::kPronoun && IsPossessiveWord(m)) {
          chunk.possessor = m;
        } else if (m->type == MentionType::kPerson || m->type == MentionType::kPronoun) {
          person = m;
          chunk.head_item = static_cast<int>(j);
        } else {
          other = m;
          other_item = static_cast<int>(j);
          chunk.head_lemma.clear();
        }
        continue;
      }
      const TaggedWord& w = *v.word;
      switch (w.word_class) {
        case WordClass::kDeterminer:
          if (chunk.determiner.empty()) chunk.determiner = w.lemma;
          break;
        case WordClass::kNoun:
        case WordClass::kProperNoun:
          chunk.head_lemma = w.lemma;
          chunk.head_names_person = w.person_noun;
          chunk.head_item = static_cast<int>(j);
          break;
        default:
          chunk.modifiers.push_back(w.lemma);
          break;
      }
    }
    if (j == i) j = i + 1;
    chunk.end = j;
    if (person != nullptr) {
      chunk.mention = person;
      if (other != nullptr && other->type == MentionType::kOffice) chunk.title = other;
    } else if (other != nullptr && chunk.head_lemma.empty()) {
      chunk.mention = other;
      chunk.head_item = other_item;
    } else if (other != nullptr) {
      // "the Energy Minister post": keep the mention, the noun is the head.
      chunk.mention = other;
    }
    chunks_.push_back(std::move(chunk));
    return j;
  }

  size_t VerbGroupAt(size_t i) {
    Chunk chunk;
    chunk.type = ChunkType::kVerbGroup;
    chunk.begin = i;
    VerbGroup& group = chunk.verb;
    bool be = false, have = false;
    size_t j = i;
    for (; j < items_.size(); ++j) {
      const ItemView v = View(j);
      if (v.is_mention()) break;
      const TaggedWord& w = *v.word;
      if (w.word_class == WordClass::kAdverb) {
        // Only inside the group: "was swiftly named", not "named swiftly".
        size_t k = j;
        while (k < items_.size() && View(k).Is(WordClass::kAdverb)) ++k;
        if (k >= items_.size() || !(VerbWord(View(k)) || View(k).Is(WordClass::kNegation))) break;
        group.adverbs.push_back(w.lemma);
        continue;
      }
      if (w.word_class == WordClass::kNegation) {
        group.negated = true;
        continue;
      }
      if (w.word_class == WordClass::kModal) {
        group.modal = w.lemma;
        continue;
      }
      if (w.word_class == WordClass::kTo) {
        if (chunk.verb_item >= 0) break;
        group.infinitive = true;
        continue;
      }
      if (w.word_class == WordClass::kAuxiliary || w.word_class == WordClass::kVerb) {
        // Nothing follows an open verb; an auxiliary may be the main verb
        // ("is the minister") until a later verb replaces it, and then it
        // says what the group is (be: passive, have: perfect).
        if (chunk.verb_item >= 0) {
          const TaggedWord& previous = words_of(chunk.verb_item);
          if (previous.word_class == WordClass::kVerb) break;
          if (previous.lemma == "be") be = true;
          if (previous.lemma == "have") have = true;
        }
        chunk.verb_item = static_cast<int>(j);
        group.lemma = w.lemma;
        group.form = w.form;
        continue;
      }
      break;
    }
    if (j == i) j = i + 1;
    if (chunk.verb_item >= 0) {
      const TaggedWord& main = words_of(chunk.verb_item);
      const bool open = main.word_class == WordClass::kVerb;
      group.passive = be && open && main.form == VerbForm::kParticiple;
      group.perfect = have;
      // "stepped down", "sworn in": a particle right after the verb.
      if (j < items_.size() && View(j).Is(WordClass::kParticle)) {
        group.particle = View(j).word->lemma;
        ++j;
      }
    }
    chunk.end = j;
    chunks_.push_back(std::move(chunk));
    return j;
  }

  const TaggedWord& words_of(int item) const { return *View(item).word; }

  size_t OneWord(size_t i) {
    Chunk chunk;
    chunk.begin = i;
    chunk.end = i + 1;
    const ItemView v = View(i);
    if (v.is_mention()) {
      chunk.type = v.mention_type() == MentionType::kTime ? ChunkType::kTime : ChunkType::kOther;
      chunk.mention = v.item->mention;
      chunk.head_item = static_cast<int>(i);
    } else {
      chunk.word = v.word->lemma;
      switch (v.word->word_class) {
        case WordClass::kPreposition:
        case WordClass::kTo:
          chunk.type = ChunkType::kPreposition;
          break;
        case WordClass::kConjunction:
          chunk.type = ChunkType::kConjunction;
          break;
        case WordClass::kRelative:
          chunk.type = ChunkType::kRelative;
          break;
        case WordClass::kSubordinator:
          chunk.type = ChunkType::kSubordinator;
          break;
        case WordClass::kPunctuation:
          chunk.type = v.item->token->is(',') ? ChunkType::kComma : ChunkType::kPunctuation;
          chunk.word = std::string(v.item->token->text);
          break;
        default:
          chunk.type = ChunkType::kOther;
          break;
      }
    }
    chunks_.push_back(std::move(chunk));
    return i + 1;
  }

  const SentenceItems& items_;
  const std::vector<TaggedWord>& words_;
  std::vector<Chunk> chunks_;
};

}  // namespace

std::string_view ChunkTypeName(ChunkType type) {
  switch (type) {
    case ChunkType::kNounPhrase:
      return "NP";
    case ChunkType::kVerbGroup:
      return "VG";
    case ChunkType::kPreposition:
      return "P";
    case ChunkType::kConjunction:
      return "CONJ";
    case ChunkType::kRelative:
      return "REL";
    case ChunkType::kSubordinator:
      return "SUB";
    case ChunkType::kComma:
      return ",";
    case ChunkType::kPunctuation:
      return "PUNCT";
    case ChunkType::kTime:
      return "TIME";
    case ChunkType::kOther:
      return "O";
  }
  return "?";
}

std::vector<Chunk> ChunkSentence(const SentenceItems& items, const std::vector<TaggedWord>& words) {
  return ChunkBuilder(items, words).Build();
}

}  // namespace kg
