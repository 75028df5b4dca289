#include "ingest/words/word_tagger.h"

#include "ingest/data_table.h"
#include "ingest/words/word_lexicon.h"

namespace kg {
namespace {

using wordnet::kAdjective;
using wordnet::kAdverb;
using wordnet::kNoun;
using wordnet::kVerb;

bool ParseClass(std::string_view name, WordClass* out) {
  static constexpr std::pair<std::string_view, WordClass> kNames[] = {
      {"determiner", WordClass::kDeterminer},
      {"possessive", WordClass::kPossessive},
      {"pronoun", WordClass::kPronoun},
      {"relative", WordClass::kRelative},
      {"preposition", WordClass::kPreposition},
      {"conjunction", WordClass::kConjunction},
      {"subordinator", WordClass::kSubordinator},
      {"auxiliary", WordClass::kAuxiliary},
      {"modal", WordClass::kModal},
      {"negation", WordClass::kNegation},
      {"to", WordClass::kTo},
      {"particle", WordClass::kParticle}};
  for (const auto& [text, word_class] : kNames) {
    if (name == text) {
      *out = word_class;
      return true;
    }
  }
  return false;
}

// The form of a closed-class auxiliary ("was" past, "been" participle).
VerbForm AuxiliaryForm(std::string_view word, std::string_view lemma) {
  if (word == lemma) return VerbForm::kBase;
  if (word == "been" || word == "done") return VerbForm::kParticiple;
  if (word.ends_with("ing")) return VerbForm::kGerund;
  if (word == "was" || word == "were" || word == "had" || word == "did") return VerbForm::kPast;
  return VerbForm::kPresent;
}

// The inflection of an open-class verb form; `after_perfect_or_passive` says
// whether a be/have auxiliary stands before it, which makes "-ed" and an
// irregular past a participle ("was appointed", "has taken").
VerbForm OpenVerbForm(std::string_view word, std::string_view lemma, bool after_be_or_have) {
  // "was put forward", "has set": a participle like its base.
  if (word == lemma) return after_be_or_have ? VerbForm::kParticiple : VerbForm::kBase;
  if (word.ends_with("ing")) return VerbForm::kGerund;
  if (word.ends_with("s") && !word.ends_with("ss")) return VerbForm::kPresent;
  return after_be_or_have ? VerbForm::kParticiple : VerbForm::kPast;
}

bool NominalContext(WordClass c) {
  return c == WordClass::kDeterminer || c == WordClass::kPossessive || c == WordClass::kAdjective ||
         c == WordClass::kNumber || c == WordClass::kPreposition;
}

bool VerbalContext(WordClass c) {
  return c == WordClass::kAuxiliary || c == WordClass::kModal || c == WordClass::kTo ||
         c == WordClass::kNegation;
}

bool SubjectContext(WordClass c) {
  return c == WordClass::kPronoun || c == WordClass::kRelative || c == WordClass::kProperNoun ||
         c == WordClass::kNoun;
}

// The next token is a lower-case inflected verb form ("served", "appointed",
// "heads"), not a word that is only a noun or an adjective.
bool InflectedVerbNext(const Sentence& sentence, size_t i) {
  if (i + 1 >= sentence.tokens.size()) return false;
  const Token& next = sentence.tokens[i + 1];
  if (!next.is_word() || next.capitalized()) return false;
  const WordForms& forms = AnalyzeWordForm(next.normalized);
  return forms.Can(kVerb) && next.normalized != forms.lemma[kVerb] &&
         !(forms.Can(kNoun) && next.normalized == forms.lemma[kNoun] + "s");
}

}  // namespace

// A token that opens a noun phrase an inflected verb may take as its object:
// a name, a determiner, a possessive or an object pronoun.
bool WordTagger::StartsObject(const Token& token, const ClosedWords& closed) {
  if (token.type != Token::Type::kWord) return false;
  if (token.capitalized()) return true;
  auto it = closed.find(token.normalized);
  if (it == closed.end()) return false;
  const WordClass c = it->second.word_class;
  return c == WordClass::kDeterminer || c == WordClass::kPossessive || c == WordClass::kPronoun;
}

std::string_view WordClassName(WordClass word_class) {
  switch (word_class) {
    case WordClass::kNoun:
      return "noun";
    case WordClass::kProperNoun:
      return "proper";
    case WordClass::kVerb:
      return "verb";
    case WordClass::kAdjective:
      return "adj";
    case WordClass::kAdverb:
      return "adv";
    case WordClass::kDeterminer:
      return "det";
    case WordClass::kPossessive:
      return "poss";
    case WordClass::kPronoun:
      return "pron";
    case WordClass::kRelative:
      return "rel";
    case WordClass::kPreposition:
      return "prep";
    case WordClass::kConjunction:
      return "conj";
    case WordClass::kSubordinator:
      return "sub";
    case WordClass::kAuxiliary:
      return "aux";
    case WordClass::kModal:
      return "modal";
    case WordClass::kNegation:
      return "neg";
    case WordClass::kTo:
      return "to";
    case WordClass::kParticle:
      return "part";
    case WordClass::kNumber:
      return "num";
    case WordClass::kPunctuation:
      return "punct";
  }
  return "?";
}

absl::StatusOr<WordTagger> WordTagger::Load(const std::string& dir) {
  absl::StatusOr<DataTable> table = ReadDataTable(dir + "/closed_class.tsv");
  if (!table.ok()) return table.status();
  WordTagger tagger;
  for (const DataRow& row : *table) {
    WordClass word_class;
    if (row.fields.size() < 2 || !ParseClass(row.fields[1], &word_class)) {
      return absl::DataLossError(table->Where(row) + ": expected 'word<TAB>class[<TAB>lemma]'");
    }
    std::string lemma = row.fields.size() > 2 ? row.fields[2] : row.fields[0];
    tagger.closed_.emplace(row.fields[0], ClosedWord{word_class, std::move(lemma)});
  }
  return tagger;
}

std::vector<TaggedWord> WordTagger::Tag(const Sentence& sentence) const {
  std::vector<TaggedWord> words(sentence.tokens.size());
  // The class of the nearest word before, adverbs skipped ("has also been
  // swiftly appointed"), and whether a be/have auxiliary is among them.
  WordClass before = WordClass::kPunctuation;
  bool after_be_or_have = false;
  // The last verb's form, for a verb coordinated with it ("was relieved of
  // A and appointed B"): the same form after "and" is the same class.
  VerbForm last_verb_form = VerbForm::kNone;
  bool last_verb_after_be_or_have = false;
  for (size_t i = 0; i < sentence.tokens.size(); ++i) {
    const Token& token = sentence.tokens[i];
    TaggedWord& word = words[i];
    const std::string& lower = token.normalized;
    word.lemma = lower;
    if (token.type == Token::Type::kPunct) {
      word.word_class = WordClass::kPunctuation;
    } else if (token.type == Token::Type::kNumber) {
      word.word_class = WordClass::kNumber;
    } else if (auto closed = closed_.find(lower);
               closed != closed_.end() &&
               !(token.capitalized() && i > 0 && lower.size() > 1 && lower != "i")) {
      word.word_class = closed->second.word_class;
      word.lemma = closed->second.lemma;
      if (word.word_class == WordClass::kAuxiliary) {
        word.form = AuxiliaryForm(lower, word.lemma);
      }
    } else {
      const bool inside =
          i > 0 && !sentence.tokens[i - 1].is('"') && !sentence.tokens[i - 1].is(':');
      // Looked up before this word's forms: a lookup may move the memo's
      // entries, so no other one may come while `forms` is in use.
      const bool verb_next = InflectedVerbNext(sentence, i);
      // A capitalized word inside the sentence needs no dictionary.
      static const WordForms kUnlooked;
      const WordForms& forms = token.capitalized() && inside ? kUnlooked : AnalyzeWordForm(lower);
      if (token.capitalized() && (inside || !forms.Known())) {
        // A name, or a word of one ("Ministry", "Senate"): the recognizers
        // say which; for the grammar it is a proper noun.
        word.word_class = WordClass::kProperNoun;
      } else if (lower.ends_with("ly") && forms.Can(kAdverb)) {
        word.word_class = WordClass::kAdverb;
      } else if (forms.Can(kVerb) &&
                 (VerbalContext(before) ||
                  // "Tokayev appointed", "he left": an inflected verb after
                  // its subject.
                  (SubjectContext(before) && lower != forms.lemma[kVerb] &&
                   !(forms.Can(kNoun) && lower == forms.lemma[kNoun] + "s")) ||
                  // "..., appointed X as", "..., said Y", "..., becoming Y":
                  // after a comma or a conjunction, an inflected verb
                  // followed by its object.
                  ((before == WordClass::kPunctuation || before == WordClass::kConjunction) &&
                   lower != forms.lemma[kVerb] && i + 1 < sentence.tokens.size() &&
                   StartsObject(sentence.tokens[i + 1], closed_)) ||
                  // A decree's imperative opens the sentence: "Appoint X".
                  (i == 0 && lower == forms.lemma[kVerb] && i + 1 < sentence.tokens.size() &&
                   sentence.tokens[i + 1].capitalized()) ||
                  // "... and appointed": coordinated with the verb before.
                  (before == WordClass::kConjunction && last_verb_form != VerbForm::kNone &&
                   OpenVerbForm(lower, forms.lemma[kVerb], last_verb_after_be_or_have) ==
                       last_verb_form) ||
                  // Nothing else it can be.
                  !(forms.Can(kNoun) || forms.Can(kAdjective) || forms.Can(kAdverb)))) {
        word.word_class = WordClass::kVerb;
      } else if (forms.Can(kAdverb) && (i == 0 || before == WordClass::kPunctuation ||
                                        before == WordClass::kConjunction) &&
                 i + 1 < sentence.tokens.size() &&
                 (sentence.tokens[i + 1].is(',') ||
                  (!sentence.tokens[i + 1].capitalized() &&
                   StartsObject(sentence.tokens[i + 1], closed_)))) {
        // "Earlier, ...", "Later this post was ...": a clause's opening
        // adverb; an adjective there would need a noun, not a determiner.
        word.word_class = WordClass::kAdverb;
      } else if (forms.Can(kAdverb) && before != WordClass::kDeterminer && verb_next) {
        // "and later served", "then appointed": an adverb before the verb
        // it modifies.
        word.word_class = WordClass::kAdverb;
      } else if (forms.Can(kAdjective) &&
                 (NominalContext(before) || !forms.Can(kNoun) || !forms.Common(kNoun))) {
        word.word_class = WordClass::kAdjective;
      } else if (forms.Can(kNoun)) {
        word.word_class = WordClass::kNoun;
      } else if (forms.Can(kAdverb)) {
        word.word_class = WordClass::kAdverb;
      } else if (forms.Can(kVerb)) {
        // "the newly appointed": a participle in a noun phrase is used as
        // an adjective.
        word.word_class = NominalContext(before) || before == WordClass::kAdverb
                              ? WordClass::kAdjective
                              : WordClass::kVerb;
      } else {
        word.word_class = forms.Known() ? WordClass::kNoun : WordClass::kProperNoun;
      }
      if (word.word_class == WordClass::kVerb) {
        word.lemma = forms.lemma[kVerb];
        const bool coordinated = before == WordClass::kConjunction && last_verb_after_be_or_have;
        word.form = OpenVerbForm(lower, word.lemma, after_be_or_have || coordinated);
        last_verb_form = word.form;
        last_verb_after_be_or_have = after_be_or_have || coordinated;
      } else if (word.word_class == WordClass::kNoun) {
        word.lemma = forms.lemma[kNoun];
        word.person_noun = forms.PersonNoun();
      } else if (word.word_class == WordClass::kAdjective && !forms.lemma[kVerb].empty()) {
        // Keep the verb's lemma for a participle ("appointed" ->
        // "appoint") so a nominal use can still be read as the verb.
        word.lemma = forms.lemma[kAdjective].empty() ? forms.lemma[kVerb] : forms.lemma[kAdjective];
      }
    }
    if (word.word_class != WordClass::kAdverb) {
      after_be_or_have = (word.word_class == WordClass::kAuxiliary &&
                          (word.lemma == "be" || word.lemma == "have")) ||
                         (word.word_class == WordClass::kNegation && after_be_or_have);
      before = word.word_class;
    }
  }
  return words;
}

}  // namespace kg
