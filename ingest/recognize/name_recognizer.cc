// Personal names.
//
// RecognizeNames finds names that look like names on their own: a known given
// name followed by name-like words ("Svetlana Zhakupova", "Recep Tayyip
// Erdoğan"), initials and a surname ("K. Zhubanov"), a name with a patronymic
// ("Mamin Askar Uzakpaevich"), two name-like words the second of which has a
// surname ending ("Gabidulla Abdrakhimov"), and two name-like words opening
// an entry with years ("Sherkhan Murtaza (1932-2018)"). Chinese and Korean
// names ("Li Qiang") have no such shape and are found from context.
//
// RecognizeContextualNames runs after offices and finds names known only from
// context: right after a title ("Speaker Koshanov", "Majiliswoman Unzila
// Shapak"), after an honorific ("Mr. Abdrakhmanov"), in a byline ("Reporting by
// Mariya Gordeyeva"), before or after a verb of saying ("said Nurlan
// Nigmatulin"), and surnames already seen in the article.
#include <algorithm>
#include <array>
#include <cctype>

#include "graph/name_folding.h"
#include "ingest/recognize/phrase_table.h"
#include "ingest/recognize/recognizer.h"

namespace kg {
namespace {

// "K." and the two-letter initials of Cyrillic letters written in Latin
// ("Sh.", "Zh.", "Ye.", "Kh."), glued to the surname or not.
bool IsInitial(const MentionDraft& draft, size_t i) {
  if (i + 1 >= draft.size() || !draft.IsFree(i) || !draft.IsFree(i + 1)) return false;
  const std::string_view t = draft.tokens()[i].text;
  // The Latin digraphs of single Cyrillic letters; "Mr." and "Dr." are no
  // initials.
  static constexpr std::string_view kDigraphs[] = {"Sh", "Zh", "Ch", "Kh", "Ts",
                                                   "Ye", "Yu", "Ya", "Yo"};
  const bool letters = t.size() == 1 || std::find(std::begin(kDigraphs), std::end(kDigraphs), t) !=
                                            std::end(kDigraphs);
  return letters && draft.tokens()[i].capitalized() && draft.tokens()[i + 1].is('.');
}

// A word in capitals ("GULMIRA"), as a name in capitals is written.
bool AllCapitals(const Token& token) {
  if (!token.is_word() || token.text.size() < 2) return false;
  for (char c : token.text) {
    if (std::islower(static_cast<unsigned char>(c))) return false;
  }
  return std::isupper(static_cast<unsigned char>(token.text[0]));
}

bool NameWordAt(const Lexicon& lexicon, const MentionDraft& draft, size_t i) {
  return i < draft.size() && draft.IsFree(i) && IsNameLike(lexicon, draft.tokens()[i]);
}

// A word that may not follow a given name as its surname: a title or a
// month ("Victor Day" is not a person, "Serik Minister" neither).
bool CanBeSurname(const Lexicon& lexicon, const MentionDraft& draft, size_t i) {
  if (!NameWordAt(lexicon, draft, i)) return false;
  return !lexicon.titles().MatchAt(draft.tokens(), i).has_value() &&
         !lexicon.ranks().MatchAt(draft.tokens(), i).has_value();
}

void AddPerson(MentionDraft& draft, std::string_view text, size_t first, size_t last) {
  Mention mention;
  mention.type = MentionType::kPerson;
  mention.first = first;
  mention.last = last;
  mention.name = std::string(SpanText(draft.tokens(), first, last, text));
  draft.Add(std::move(mention));
}

// The end of a name that starts with a confident first word at `i`: up to
// three more name words.
size_t NameEnd(const Lexicon& lexicon, const MentionDraft& draft, size_t i) {
  size_t j = i + 1;
  size_t limit = i + 4;
  while (j < draft.size() && j < limit) {
    if (CanBeSurname(lexicon, draft, j)) {
      ++j;
      continue;
    }
    // "Mohamed bin Zayed", "Rasul Abazbek uulu": particles of the name.
    if (!draft.IsFree(j) || draft.tokens()[j].capitalized()) break;
    const Lexicon::NameParticle particle = lexicon.NameParticleOf(draft.Word(j));
    if (particle == Lexicon::NameParticle::kCloses && j > i + 1) return j + 1;
    if (particle != Lexicon::NameParticle::kJoins || !CanBeSurname(lexicon, draft, j + 1)) break;
    j += 2;
    limit += 2;
  }
  return j;
}

bool IsSayingVerb(const std::string& w) {
  static constexpr std::string_view kVerbs[] = {
      "said",       "says",        "told",     "noted",     "stressed", "added",
      "emphasized", "emphasised",  "stated",   "announced", "reported", "explained",
      "underlined", "highlighted", "believes", "thinks",    "remarked", "commented",
      "recalled",   "urged",       "asked",    "replied"};
  return std::find(std::begin(kVerbs), std::end(kVerbs), w) != std::end(kVerbs);
}

bool IsBylineWord(const std::string& w) {
  return w == "reporting" || w == "writing" || w == "editing" || w == "translation" ||
         w == "translated" || w == "edited" || w == "written" || w == "compiled" || w == "photo" ||
         w == "text";
}

// Participles of the acts that put a person in a post or take one out.
bool IsPostActParticiple(const std::string& w) {
  return w == "appointed" || w == "dismissed" || w == "relieved" || w == "elected" ||
         w == "reappointed" || w == "re-elected" || w == "sacked" || w == "fired" ||
         w == "named";
}

// "was appointed", "has been relieved" at `i`.
bool PassivePostActAt(const MentionDraft& draft, size_t i) {
  const std::string w = draft.Word(i);
  if (w == "was" || w == "is") return IsPostActParticiple(draft.Word(i + 1));
  return (w == "has" || w == "had") && draft.Word(i + 1) == "been" &&
         IsPostActParticiple(draft.Word(i + 2));
}

bool HasMentionIn(const MentionDraft& draft, size_t first, size_t last) {
  for (size_t k = first; k < last; ++k) {
    if (draft.MentionAt(k) != nullptr) return true;
  }
  return false;
}

}  // namespace

std::string_view BylineRole(const std::vector<Token>& tokens, size_t first) {
  if (first == 0 || tokens[first - 1].normalized != "by") return "";
  if (first == 1) return "author";  // "By Alimat Aliyeva" opening a line
  const std::string& lead = tokens[first - 2].normalized;
  if (lead == "photo" || lead == "photos") return "photo";
  // "Reporting by X; editing by Y": each credit opens the line or follows
  // another.
  const bool opens = first == 2 || tokens[first - 3].is(';') || tokens[first - 3].is(',') ||
                     tokens[first - 3].normalized == "and";
  return IsBylineWord(lead) && opens ? "author" : "";
}

void RecognizeNames(const Lexicon& lexicon, std::string_view text, MentionDraft& draft) {
  for (size_t i = 0; i < draft.size(); ++i) {
    if (!draft.IsFree(i)) continue;
    const Token& t = draft.tokens()[i];
    // Initials: "K. Zhubanov", "A. Dzhaksybekov".
    if (IsInitial(draft, i)) {
      size_t j = i;
      while (IsInitial(draft, j)) j += 2;
      if (CanBeSurname(lexicon, draft, j)) {
        AddPerson(draft, text, i, j + 1);
        i = j;
      }
      continue;
    }
    // "GULMIRA ISSIMBAYEVA": a known given name and a surname, both in
    // capitals (an acronym or a dateline is neither).
    if (AllCapitals(t) && lexicon.IsGivenName(t.normalized) && i + 1 < draft.size() &&
        draft.IsFree(i + 1) && AllCapitals(draft.tokens()[i + 1]) &&
        HasSurnameEnding(draft.tokens()[i + 1].text)) {
      AddPerson(draft, text, i, i + 2);
      ++i;
      continue;
    }
    if (!NameWordAt(lexicon, draft, i)) continue;
    // "Sherkhan Murtaza (1932-2018) – writer": a name opening an entry of a
    // list of people, with the years in parentheses.
    if (i == 0 && CanBeSurname(lexicon, draft, i + 1) && i + 3 < draft.size() &&
        draft.tokens()[i + 2].is('(') && draft.tokens()[i + 3].type == Token::Type::kNumber) {
      AddPerson(draft, text, i, i + 2);
      ++i;
      continue;
    }
    // In a headline every word is capitalized: only a known given name
    // starts a name there.
    if (draft.headline() && !lexicon.IsGivenName(t.normalized)) continue;
    // A given name and what follows.
    if (lexicon.IsGivenName(t.normalized) && CanBeSurname(lexicon, draft, i + 1)) {
      const size_t end = NameEnd(lexicon, draft, i);
      AddPerson(draft, text, i, end);
      i = end - 1;
      continue;
    }
    // Surname, given name, patronymic: "Mamin Askar Uzakpaevich".
    if (CanBeSurname(lexicon, draft, i + 1) && CanBeSurname(lexicon, draft, i + 2) &&
        IsPatronymic(draft.tokens()[i + 2].text)) {
      AddPerson(draft, text, i, i + 3);
      i += 2;
      continue;
    }
    // Two name words and a closing patronymic particle: "Rasul Abazbek uulu".
    if (CanBeSurname(lexicon, draft, i + 1) && i + 2 < draft.size() && draft.IsFree(i + 2) &&
        lexicon.NameParticleOf(draft.Word(i + 2)) == Lexicon::NameParticle::kCloses) {
      AddPerson(draft, text, i, i + 3);
      i += 2;
      continue;
    }
    // Two name words, the second with a surname ending: "Unzila Abdrakhimova".
    if (CanBeSurname(lexicon, draft, i + 1) && HasSurnameEnding(draft.tokens()[i + 1].text) &&
        !lexicon.titles().MatchAt(draft.tokens(), i).has_value() &&
        !lexicon.ranks().MatchAt(draft.tokens(), i).has_value()) {
      const size_t end = NameEnd(lexicon, draft, i);
      AddPerson(draft, text, i, end);
      i = end - 1;
    }
  }
}

void RecognizeContextualNames(const Lexicon& lexicon, std::string_view text,
                              const ArticleMemory& memory, MentionDraft& draft) {
  auto known = [&](size_t i) { return memory.KnowsSurname(FoldName(draft.tokens()[i].text)); };
  for (size_t i = 0; i < draft.size(); ++i) {
    if (!NameWordAt(lexicon, draft, i)) continue;
    // Capitals in a headline say nothing: only surnames already seen count.
    if (draft.headline()) {
      if (known(i)) AddPerson(draft, text, i, i + 1);
      continue;
    }
    const Mention* before = i > 0 ? draft.MentionAt(i - 1) : nullptr;
    const std::string previous = i > 0 ? draft.Word(i - 1) : "";
    const std::string previous2 = i > 1 ? draft.Word(i - 2) : "";
    size_t end = NameEnd(lexicon, draft, i);
    // Right after a post ("Speaker Koshanov", "President Yoon Suk Yeol"), or
    // after a post and a comma when the name is closed off ("Chair of the
    // Standing Committee ..., Zhao Leji,").
    const bool after_office = before != nullptr && before->type == MentionType::kOffice;
    const bool after_office_comma =
        i > 1 && draft.tokens()[i - 1].is(',') && draft.MentionAt(i - 2) != nullptr &&
        draft.MentionAt(i - 2)->type == MentionType::kOffice && end < draft.size() &&
        (draft.tokens()[end].is(',') || draft.tokens()[end].is('.')) && end > i + 1;
    const bool after_honorific = previous == "mr" || previous == "mrs" || previous == "ms" ||
                                 previous == "dr" || previous == "madam" || previous == "sheikh" ||
                                 (previous == "." && (previous2 == "mr" || previous2 == "ms" ||
                                                      previous2 == "mrs" || previous2 == "dr"));
    // "Reporting by Mariya Gordeyeva", "By Alimat Aliyeva" opening a line.
    const bool byline = previous == "by" && end > i + 1 &&
                        (i == 1 || (i > 1 && IsBylineWord(draft.Word(i - 2))) ||
                         (i > 2 && draft.Word(i - 2) == "and" && IsBylineWord(draft.Word(i - 3))));
    const bool byline_and = previous == "and" && end > i + 1 && before == nullptr && i > 1 &&
                            draft.MentionAt(i - 2) != nullptr &&
                            draft.MentionAt(i - 2)->type == MentionType::kPerson && i > 4 &&
                            draft.Word(draft.MentionAt(i - 2)->first - 1) == "by";
    const bool saying = end > i + 1 && ((end < draft.size() && IsSayingVerb(draft.Word(end))) ||
                                        IsSayingVerb(previous));
    const bool surname_saying =
        end == i + 1 && HasSurnameEnding(draft.tokens()[i].text) &&
        ((end < draft.size() && IsSayingVerb(draft.Word(end))) || IsSayingVerb(previous));
    // "Shodihon Jamshed was dismissed from ...", "appointed Yodgor Fayzov as
    // ...": what only a person undergoes.
    const bool undergoes =
        end > i + 1 && end + 1 < draft.size() && !HasMentionIn(draft, i, end) &&
        (PassivePostActAt(draft, end) || (IsPostActParticiple(previous) && draft.Word(end) == "as"));
    if (after_office || after_office_comma || after_honorific || byline || byline_and || saying ||
        surname_saying || undergoes) {
      AddPerson(draft, text, i, end);
      i = end - 1;
      continue;
    }
    // A surname (or a full name ending in one) already seen in the article.
    if (known(i)) {
      AddPerson(draft, text, i, i + 1);
    }
  }
}

}  // namespace kg
