// Organizations: named bodies from the lexicon ("Majilis" in all its
// spellings, "the Senate", "the Government"), ministries in either word order
// ("Ministry of Energy", "Energy Ministry"), and bodies named by a head noun
// ("K. Zhubanov Aktobe State University", "Committee for Control in the Field
// of Education and Science").
#include <algorithm>

#include "ingest/recognize/phrase_table.h"
#include "ingest/recognize/recognizer.h"

namespace kg {
namespace {

bool IsConnector(const std::string& w) {
  return w == "of" || w == "for" || w == "on" || w == "in" || w == "and" || w == "the" || w == "&";
}

bool IsFunctionWord(const std::string& w) {
  static constexpr std::string_view kWords[] = {"the", "a",  "an", "of",  "and",  "at",   "in",
                                                "on",  "to", "by", "for", "from", "with", "as"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

// True when tokens i, i+1 look like the start of a person's name, which a
// body's name never swallows ("the Ministry of Justice Kanat Musin").
bool PersonStartsAt(const Lexicon& lexicon, const MentionDraft& draft, size_t i) {
  if (i >= draft.size()) return false;
  if (const Mention* m = draft.MentionAt(i); m != nullptr && m->type == MentionType::kPerson) {
    return true;
  }
  const Token& t = draft.tokens()[i];
  if (!t.capitalized()) return false;
  if (lexicon.IsGivenName(t.normalized)) return true;
  return i + 1 < draft.size() && draft.tokens()[i + 1].capitalized() &&
         HasSurnameEnding(draft.tokens()[i + 1].text) && !lexicon.IsDomainWord(t.normalized);
}

// Whether token i may be part of a body's name: a capitalized word, or a
// country/place mention ("Union of Writers of Kazakhstan").
bool IsNamePart(const MentionDraft& draft, size_t i) {
  if (i >= draft.size()) return false;
  if (const Mention* m = draft.MentionAt(i)) {
    return m->type == MentionType::kCountry || m->type == MentionType::kPlace ||
           m->type == MentionType::kOrganization;
  }
  const Token& t = draft.tokens()[i];
  return (t.is_word() && t.capitalized()) || t.type == Token::Type::kNumber;
}

// Extends a body's name to the right over "of/for/on/in/and [the]
// Capitalized..." phrases. Returns the new end.
size_t ExtendRight(const Lexicon& lexicon, const MentionDraft& draft, size_t end) {
  size_t best = end;
  size_t j = end;
  while (j < draft.size()) {
    size_t k = j;
    bool connected = false;
    bool coordinated = false;  // an "and" among the connectors
    while (k < draft.size() && draft.IsFree(k) && IsConnector(draft.Word(k))) {
      connected = true;
      // "the Competition Agency and the Senate", "... Agency and Akim of
      // Taraz": "and" before "the", a title or another body joins two
      // names, it does not continue one.
      if (draft.Word(k) == "and") coordinated = true;
      ++k;
    }
    if (coordinated && k < draft.size() &&
        (draft.Word(k - 1) == "the" || lexicon.titles().MatchAt(draft.tokens(), k).has_value() ||
         (draft.MentionAt(k) != nullptr &&
          draft.MentionAt(k)->type == MentionType::kOrganization))) {
      break;
    }
    // "Ministry of Digital Development, Innovation and Aerospace Industry".
    if (!connected && k < draft.size() && draft.tokens()[k].is(',') && k + 1 < draft.size() &&
        lexicon.IsDomainWord(draft.tokens()[k + 1].normalized)) {
      connected = true;
      ++k;
    }
    if (!connected || k >= draft.size() || !IsNamePart(draft, k) ||
        PersonStartsAt(lexicon, draft, k)) {
      break;
    }
    // "of Kazakhstan" / "of the Republic of Kazakhstan" ends a name: the home
    // country is dropped by the caller.
    while (k < draft.size() && IsNamePart(draft, k) && !PersonStartsAt(lexicon, draft, k)) {
      if (const Mention* m = draft.MentionAt(k)) {
        k = m->last;
      } else {
        ++k;
      }
    }
    j = best = k;
  }
  return best;
}

// "Energy", "Culture and Information", "Oil and Gas": a field phrase made of
// domain words ending at `end` (exclusive); returns its first token or `end`.
size_t DomainPhraseBefore(const Lexicon& lexicon, const MentionDraft& draft, size_t end) {
  size_t first = end;
  size_t i = end;
  while (i > 0) {
    const size_t k = i - 1;
    if (!draft.IsFree(k)) break;
    const Token& t = draft.tokens()[k];
    if (t.is_word() && lexicon.IsDomainWord(t.normalized)) {
      first = i = k;
      continue;
    }
    if ((draft.Word(k) == "and" || t.is(',')) && k > 0 && draft.IsFree(k - 1) &&
        lexicon.IsDomainWord(draft.tokens()[k - 1].normalized)) {
      i = k;
      continue;
    }
    break;
  }
  return first;
}

void AddOrganization(MentionDraft& draft, size_t first, size_t last, std::string name,
                     std::string category) {
  Mention mention;
  mention.type = MentionType::kOrganization;
  mention.first = first;
  mention.last = last;
  mention.name = std::move(name);
  mention.category = std::move(category);
  draft.Absorb(std::move(mention), {MentionType::kPerson, MentionType::kTime, MentionType::kLaw});
}

// "Ministry of X" and "X Ministry": canonical "Ministry of X".
bool RecognizeMinistry(const Lexicon& lexicon, MentionDraft& draft, size_t i) {
  const std::string w = draft.Word(i);
  if (w != "ministry") return false;
  if (draft.Word(i + 1) == "of") {
    size_t j = i + 2;
    if (draft.Word(j) == "the") ++j;
    const size_t domain_begin = j;
    size_t domain_end = DomainPhraseAfter(lexicon, draft, j);
    if (domain_end > domain_begin) {
      std::vector<std::string> words;
      for (size_t k = domain_begin; k < domain_end; ++k) {
        words.emplace_back(draft.tokens()[k].text);
      }
      AddOrganization(draft, i, domain_end, "Ministry of " + CanonicalDomain(lexicon, words),
                      "ministry");
      return true;
    }
    return false;
  }
  const size_t first = DomainPhraseBefore(lexicon, draft, i);
  if (first == i) return false;
  std::vector<std::string> words;
  for (size_t k = first; k < i; ++k) words.emplace_back(draft.tokens()[k].text);
  AddOrganization(draft, first, i + 1, "Ministry of " + CanonicalDomain(lexicon, words),
                  "ministry");
  return true;
}

// A body named by its head noun, extended left over capitalized words and
// right over "of/for ..." phrases.
void RecognizeHeadedBody(const Lexicon& lexicon, std::string_view text, MentionDraft& draft,
                         size_t i) {
  const Token& head = draft.tokens()[i];
  if (!head.capitalized() || !IsOrganizationHead(draft.Word(i))) return;
  size_t first = i;
  while (first > 0) {
    const size_t k = first - 1;
    const Token& t = draft.tokens()[k];
    const Mention* m = draft.MentionAt(k);
    if (m != nullptr) {
      if (m->type != MentionType::kOrganization && m->type != MentionType::kPlace &&
          m->type != MentionType::kCountry) {
        break;
      }
      first = m->first;
      continue;
    }
    // An initial belongs to the name that follows it ("K. Zhubanov").
    if (t.is('.') && k > 0 && draft.tokens()[k - 1].text.size() == 1 &&
        draft.tokens()[k - 1].capitalized()) {
      first = k - 1;
      continue;
    }
    if (!t.is_word() || !t.capitalized()) break;
    const std::string w = draft.Word(k);
    if (IsFunctionWord(w) || lexicon.titles().MatchAt(draft.tokens(), k).has_value() ||
        lexicon.ranks().MatchAt(draft.tokens(), k).has_value() || w == "former" || w == "new" ||
        w == "according" || w == "under" || w == "at" || w == "during") {
      break;
    }
    first = k;
  }
  // A title the walk stopped at may open one of the lexicon's names: "the
  // President Administration", "the Prime Minister's Office".
  for (size_t k = first > 4 ? first - 4 : 0; k < first; ++k) {
    auto alias = lexicon.organizations().MatchAt(draft.tokens(), k);
    if (alias && k + alias->length > i && draft.AllFree(k, first)) {
      first = k;
      break;
    }
  }
  size_t last = ExtendRight(lexicon, draft, i + 1);
  // "Kostanay State University named after A. Baitursynov": the namesake is
  // part of the name, not a person the article is about.
  if (draft.Word(last) == "named" && draft.Word(last + 1) == "after") {
    size_t k = last + 2;
    while (k < draft.size() && draft.IsFree(k) &&
           (draft.tokens()[k].capitalized() ||
            (draft.tokens()[k].is('.') && k > 0 && draft.tokens()[k - 1].text.size() == 1))) {
      ++k;
    }
    if (k > last + 2) last = k;
  }
  // A trailing home country is not part of the name.
  std::string name(SpanText(draft.tokens(), first, last, text));
  for (std::string_view suffix : {" of the Republic of Kazakhstan", " of Kazakhstan"}) {
    if (name.size() > suffix.size() && name.ends_with(suffix)) {
      name.resize(name.size() - suffix.size());
    }
  }
  // The lexicon's canonical name when the whole span is one of its aliases.
  std::vector<Token> tokens = Tokenize(name);
  if (auto match = lexicon.organizations().MatchAt(tokens, 0);
      match && match->length == tokens.size()) {
    AddOrganization(draft, first, last, match->value->name, match->value->category);
    return;
  }
  AddOrganization(draft, first, last, name, "body");
}

}  // namespace

size_t DomainPhraseAfter(const Lexicon& lexicon, const MentionDraft& draft, size_t begin) {
  // Words of a field, joined by "and" and commas, ending on a known domain
  // word ("Digital Development, Innovation and Aerospace Industry"). An
  // unknown capitalized word is accepted inside the phrase, never at its end,
  // so that "Minister of Energy Almasadam Satkaliyev" stops at "Energy".
  size_t end = begin;
  size_t i = begin;
  while (i < draft.size() && i < begin + 10 && draft.IsFree(i)) {
    const Token& t = draft.tokens()[i];
    const std::string w = draft.Word(i);
    if (t.is_word() && lexicon.IsDomainWord(t.normalized)) {
      end = ++i;
      continue;
    }
    if ((w == "and" || t.is(',')) && i > begin) {
      ++i;
      continue;
    }
    if (w == "the" && i > begin && draft.Word(i - 1) == "and") {
      ++i;
      continue;
    }
    if (t.is_word() && t.capitalized() && !lexicon.IsGivenName(t.normalized) &&
        !HasSurnameEnding(t.text) && i > begin) {
      ++i;
      continue;
    }
    break;
  }
  return end;
}

std::string CanonicalDomain(const Lexicon& lexicon, const std::vector<std::string>& words) {
  std::string phrase;
  for (const std::string& word : words) {
    if (word == ",") {
      phrase += ",";
      continue;
    }
    if (!phrase.empty()) phrase += ' ';
    phrase += NormalizeTokenText(word);
  }
  if (std::string synonym = lexicon.DomainSynonym(phrase); !synonym.empty()) return synonym;
  // Word by word: "foreign affairs", "labour" -> "Labor".
  std::string out;
  for (const std::string& word : words) {
    std::string w = NormalizeTokenText(word);
    if (w == ",") {
      out += ",";
      continue;
    }
    if (!out.empty()) out += ' ';
    if (std::string synonym = lexicon.DomainSynonym(w); !synonym.empty() && words.size() == 1) {
      out += synonym;
    } else if (w == "labour") {
      out += "Labor";
    } else if (w == "defence") {
      out += "Defense";
    } else {
      out += w;
    }
  }
  // Title case over the whole phrase keeps "and" small.
  return TitleCase(out);
}

void RecognizeOrganizations(const Lexicon& lexicon, std::string_view text, MentionDraft& draft) {
  // Heads first, so that "Majilis Committee for Legislation" is one body and
  // not the Majilis followed by a committee.
  for (size_t i = 0; i < draft.size(); ++i) {
    if (!draft.IsFree(i)) continue;
    if (RecognizeMinistry(lexicon, draft, i)) continue;
    RecognizeHeadedBody(lexicon, text, draft, i);
  }
  for (size_t i = 0; i < draft.size(); ++i) {
    if (!draft.IsFree(i)) continue;
    auto match = lexicon.organizations().MatchAt(draft.tokens(), i);
    if (!match || !draft.AllFree(i, i + match->length)) continue;
    const Token& t = draft.tokens()[i];
    // A lower-case single word ("government", "senate") names the body; a
    // lower-case acronym ("who", "un") does not.
    if (!t.capitalized() && match->length == 1) {
      const std::string w = draft.Word(i);
      if (w != "government" && w != "parliament" && w != "senate" && w != "cabinet") continue;
    }
    size_t last = i + match->length;
    // "the Senate of the Kazakh Parliament", "Government of Kazakhstan".
    if (draft.Word(last) == "of") {
      size_t k = last + 1;
      if (draft.Word(k) == "the") ++k;
      if (const Mention* m = draft.MentionAt(k); m != nullptr && m->type == MentionType::kCountry &&
                                                 m->name == Lexicon::kHomeCountry && !m->demonym) {
        last = m->last;
      } else {
        if (draft.Word(k) == "kazakh" || draft.Word(k) == "kazakhstan's") ++k;
        if (draft.Word(k) == "kazakhstan" && draft.Word(k + 1) == "'s") k += 2;
        if (draft.Word(k) == "parliament") last = k + 1;
      }
    }
    AddOrganization(draft, i, last, match->value->name, match->value->category);
    i = last - 1;
  }
}

}  // namespace kg
