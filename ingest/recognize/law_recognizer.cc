// Laws: a quoted title after a law word (the Law "On Radiation Safety", the
// bill “On amnesty ...”), "the law on X" / "the draft law on X", "the X law",
// codes ("the Tax Code", "the Code of Administrative Offenses"), and anaphors
// ("the law", "the bill", "the document") with an empty name that the article
// resolves to the law it is about.
//
// Canonical names are titles: "On Radiation Safety". "the law on radiation
// safety" and "the radiation safety law" get the same one, so that reports of
// one law in different articles meet in one node.
#include <algorithm>

#include "ingest/recognize/phrase_table.h"
#include "ingest/recognize/recognizer.h"

namespace kg {
namespace {

bool IsLawWord(const std::string& w) {
  return w == "law" || w == "laws" || w == "bill" || w == "bills" || w == "code" || w == "draft" ||
         w == "amendments" || w == "act" || w == "decree";
}

bool IsOpenQuote(const Token& t) {
  return t.type == Token::Type::kPunct && (t.text == "\"" || t.text == "“" || t.text == "«" ||
                                           t.text == "''" || t.text == "'" || t.text == "„");
}

bool IsCloseQuote(const Token& t) {
  return t.type == Token::Type::kPunct &&
         (t.text == "\"" || t.text == "”" || t.text == "»" || t.text == "'" || t.text == "“");
}

// Words after "law on" that end the topic ("the law on mass media, which ...").
bool EndsTopic(const MentionDraft& draft, size_t i) {
  const Token& t = draft.tokens()[i];
  if (t.type == Token::Type::kPunct) return t.text != "-";
  if (!draft.IsFree(i)) {
    const Mention* m = draft.MentionAt(i);
    return m->type == MentionType::kTime || m->type == MentionType::kPerson;
  }
  static constexpr std::string_view kStops[] = {
      "was",           "were",    "is",          "are",      "has",        "have",
      "had",           "which",   "that",        "by",       "at",         "for",
      "with",          "from",    "to",          "as",       "after",      "before",
      "will",          "would",   "into",        "under",    "in",         "during",
      "said",          "aims",    "aimed",       "provides", "envisages",  "introduces",
      "defines",       "sets",    "establishes", "among",    "amendments", "related",
      "corresponding", "adopted", "approved",    "signed",   "today",      "also",
      "being",         "been",    "who",         "its",      "it",         "this",
      "these",         "they",    "while",       "since",    "along",      "together",
      "including",     "and/or",  "or",          "but",      "than",       "via",
      "through",       "out",     "back",        "up",       "came",       "comes",
      "come",          "went",    "entered",     "enters",   "took",       "takes"};
  // "reports the law on X out to"; "the law on X came into operation"
  const std::string w = draft.Word(i);
  // "the treaty on allied relations with Uzbekistan": the other party is
  // part of an agreement's name.
  if (w == "with" && i + 1 < draft.size() && !draft.IsFree(i + 1) &&
      draft.MentionAt(i + 1)->type == MentionType::kCountry && !draft.MentionAt(i + 1)->demonym) {
    for (size_t k = i; k-- > 0 && k + 12 > i;) {
      const std::string before = draft.Word(k);
      if (before == "agreement" || before == "treaty" || before == "convention" ||
          before == "memorandum" || before == "protocol") {
        return false;
      }
    }
  }
  // "the bills on X and on Y": a second topic.
  if (w == "and" && draft.Word(i + 1) == "on") return true;
  // "the law on radiation safety and sent it to the Senate": a second verb.
  if (i > 0 && draft.Word(i - 1) == "and" &&
      (w.ends_with("ed") || w == "sent" || w == "made" || w == "gave" || w == "took")) {
    return true;
  }
  return std::find(std::begin(kStops), std::end(kStops), w) != std::end(kStops);
}

// Adjectives before "law" that say nothing about its subject.
bool IsEmptyModifier(const std::string& w) {
  static constexpr std::string_view kWords[] = {"new",
                                                "appropriate",
                                                "main",
                                                "adopted",
                                                "relevant",
                                                "current",
                                                "said",
                                                "same",
                                                "basic",
                                                "draft",
                                                "this",
                                                "that",
                                                "the",
                                                "a",
                                                "an",
                                                "its",
                                                "their",
                                                "such",
                                                "revised",
                                                "amended",
                                                "final",
                                                "respective",
                                                "corresponding",
                                                "kazakh",
                                                "national",
                                                "first",
                                                "second",
                                                "signed",
                                                "proposed",
                                                "initial",
                                                "entire",
                                                "country's",
                                                "international",
                                                "existing",
                                                "previous",
                                                "latest",
                                                "important",
                                                "key",
                                                "relevant",
                                                "these",
                                                "those",
                                                "other",
                                                "several",
                                                "some",
                                                "all",
                                                "both",
                                                "two",
                                                "three",
                                                "15",
                                                "constitutional",
                                                "legislative",
                                                "federal",
                                                "local",
                                                "special",
                                                "corresponding",
                                                "related",
                                                "into",
                                                "in",
                                                "as",
                                                "to",
                                                "of",
                                                "by",
                                                "with",
                                                "for",
                                                "from",
                                                "on",
                                                "under",
                                                "and",
                                                "or",
                                                "whole",
                                                "its",
                                                "our",
                                                "his",
                                                "her",
                                                "state",
                                                "common",
                                                "civil",
                                                "criminal",
                                                "martial",
                                                "customary",
                                                "secular",
                                                "public",
                                                "private",
                                                "electoral"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

// Verbs that end a modifier run in a headline ("Parliament passes AI law").
bool IsVerb(const std::string& w) {
  static constexpr std::string_view kVerbs[] = {
      "passes",     "adopts",  "signs",      "approves",  "considers", "returns",  "sends",
      "introduces", "submits", "passed",     "adopted",   "signed",    "approved", "considered",
      "returned",   "sent",    "introduced", "submitted", "amends",    "ratifies", "backs",
      "supports",   "says",    "said",       "is",        "are",       "was",      "were",
      "has",        "have",    "will",       "new"};
  return std::find(std::begin(kVerbs), std::end(kVerbs), w) != std::end(kVerbs);
}

std::string LawTitle(const Lexicon& lexicon, std::string_view topic) {
  return "On " + TitleCase(lexicon.LawTopic(topic));
}

void AddLaw(MentionDraft& draft, size_t first, size_t last, std::string name) {
  Mention mention;
  mention.type = MentionType::kLaw;
  mention.first = first;
  mention.last = last;
  mention.name = std::move(name);
  draft.Absorb(std::move(mention), {MentionType::kPerson, MentionType::kLaw});
}

// The start of a law phrase at i: "[the] [draft] law/bill [of the Republic of
// Kazakhstan]". Returns the index after it, or i when there is none.
size_t LawWordsAt(const MentionDraft& draft, size_t i) {
  size_t j = i;
  if (draft.Word(j) == "the" || draft.Word(j) == "a") {
    ++j;
    // "a related law", "the new law", "the corresponding bill".
    const std::string w = draft.Word(j);
    if (w == "related" || w == "new" || w == "corresponding" || w == "relevant" ||
        w == "accompanying" || w == "separate" || w == "respective") {
      ++j;
    }
  }
  if (draft.Word(j) == "draft") ++j;
  const std::string w = draft.Word(j);
  if (w != "law" && w != "laws" && w != "bill" && w != "bills") return i;
  ++j;
  // "the Law of the Republic of Kazakhstan “On ...”".
  if (draft.Word(j) == "of") {
    size_t k = j + 1;
    if (draft.Word(k) == "the") ++k;
    if (const Mention* m = draft.MentionAt(k); m != nullptr && m->type == MentionType::kCountry) {
      j = m->last;
    }
  }
  return j;
}

// A quoted title starting at the open quote `q`: returns its end (after the
// closing quote) and the title text; a title runs to the sentence end when
// the quote is never closed.
bool QuotedTitle(const MentionDraft& draft, std::string_view text, size_t q, size_t* end,
                 std::string* title) {
  if (q >= draft.size() || !IsOpenQuote(draft.tokens()[q])) return false;
  if (draft.Word(q + 1) != "on" && draft.Word(q + 1) != "about") return false;
  size_t close = q + 2;
  while (close < draft.size() && !IsCloseQuote(draft.tokens()[close])) ++close;
  size_t last = close;  // exclusive end of the title's tokens
  // Trailing punctuation inside the quotes, and a "(first reading)" note.
  while (last > q + 2 && draft.tokens()[last - 1].type == Token::Type::kPunct &&
         draft.tokens()[last - 1].text != ")") {
    --last;
  }
  if (last > q + 2 && draft.tokens()[last - 1].is(')')) {
    size_t open = last - 1;
    while (open > q + 2 && !draft.tokens()[open].is('(')) --open;
    const std::string note(SpanText(draft.tokens(), open, last, text));
    if (note.find("reading") != std::string::npos) last = open;
  }
  *title = std::string(SpanText(draft.tokens(), q + 1, last, text));
  // Upper-case the "On" ("on amnesty" in some quotes).
  if (!title->empty()) (*title)[0] = static_cast<char>(std::toupper((*title)[0]));
  *end = close < draft.size() ? close + 1 : draft.size();
  return true;
}

// "on X": the topic after a law word, until a word that ends it.
size_t TopicEnd(const MentionDraft& draft, size_t begin) {
  size_t j = begin;
  if (draft.Word(j) == "the") ++j;
  size_t end = begin;
  size_t limit = begin + 10;
  while (j < draft.size() && j < limit) {
    if (EndsTopic(draft, j)) {
      // "changes and additions in/to some legislative acts concerning X":
      // the acts amended are part of the name, and do not count against it.
      const std::string w = draft.Word(j);
      size_t k = j + 1;
      if (draft.Word(k) == "some" || draft.Word(k) == "certain" || draft.Word(k) == "the") ++k;
      if ((w == "in" || w == "to") && draft.Word(k) == "legislative" &&
          draft.Word(k + 1) == "acts") {
        limit += k + 2 - j;
        j = k + 2;
        end = j;
        continue;
      }
      break;
    }
    if (const Mention* m = draft.MentionAt(j)) {
      j = m->last;
    } else {
      ++j;
    }
    end = j;
  }
  // A trailing connector is not part of the topic: "the law on X and
  // amendments to it".
  while (end > begin && (draft.Word(end - 1) == "and" || draft.Word(end - 1) == "of" ||
                         draft.Word(end - 1) == "the" || draft.Word(end - 1) == "-")) {
    --end;
  }
  // "(AI)" after the topic belongs to it.
  if (end < draft.size() && draft.tokens()[end].is('(') && end + 2 < draft.size() &&
      draft.tokens()[end + 2].is(')')) {
    end += 3;
  }
  return end;
}

std::string TopicText(const MentionDraft& draft, std::string_view text, size_t begin, size_t end) {
  if (draft.Word(begin) == "the") ++begin;
  // Drop a parenthesized acronym: "Artificial Intelligence (AI)".
  if (end >= begin + 3 && draft.tokens()[end - 1].is(')') && draft.tokens()[end - 3].is('(')) {
    end -= 3;
  }
  return std::string(SpanText(draft.tokens(), begin, end, text));
}

}  // namespace

void RecognizeLaws(const Lexicon& lexicon, std::string_view text, MentionDraft& draft) {
  for (size_t i = 0; i < draft.size(); ++i) {
    if (draft.MentionAt(i) != nullptr && draft.MentionAt(i)->type == MentionType::kLaw) continue;
    const std::string w = draft.Word(i);
    // 1. A quoted title, with or without law words before it.
    {
      size_t q = LawWordsAt(draft, i);
      const bool has_law_words = q > i;
      if (!has_law_words) q = i;
      size_t end = 0;
      std::string title;
      if (QuotedTitle(draft, text, q, &end, &title) &&
          (has_law_words || (i > 0 && IsLawWord(draft.Word(i - 1))))) {
        if (title.starts_with("On ")) title = "On " + lexicon.LawTopic(title.substr(3));
        AddLaw(draft, i, end, title);
        i = end - 1;
        continue;
      }
    }
    // 2. "[the] [draft] law/bill on X", "the law providing for X", "the
    // law ratifying X", "the law introducing amendments to X".
    if (size_t j = LawWordsAt(draft, i); j > i) {
      size_t topic = j;
      std::string prefix;
      const std::string w1 = draft.Word(j);
      if (w1 == "on" || w1 == "about" || w1 == "regarding" || w1 == "concerning") {
        topic = j + 1;
      } else if (w1 == "providing" && draft.Word(j + 1) == "for") {
        topic = j + 2;
      } else if (w1 == "ratifying") {
        topic = j + 1;
        prefix = "Ratification of ";
      } else if (w1 == "introducing" || w1 == "making" || w1 == "amending") {
        topic = j + 1;
        if (w1 == "amending") prefix = "Amendments to ";
        // "introducing amendments [and additions] to X".
        size_t k = j + 1;
        if (draft.Word(k) == "amendments" || draft.Word(k) == "changes") {
          ++k;
          if (draft.Word(k) == "and" && (draft.Word(k + 1) == "additions")) k += 2;
          if (draft.Word(k) == "to") {
            topic = k + 1;
            prefix = "Amendments to ";
          }
        }
      }
      if (topic > j && topic < draft.size()) {
        size_t end = TopicEnd(draft, topic);
        if (end > topic) {
          AddLaw(draft, i, end, LawTitle(lexicon, prefix + TopicText(draft, text, topic, end)));
          // "the bills on X, on Y and on Z": one law per topic.
          while (end + 2 < draft.size() &&
                 (draft.tokens()[end].is(',') || draft.Word(end) == "and") &&
                 draft.Word(end + 1) == "on") {
            const size_t next_end = TopicEnd(draft, end + 2);
            if (next_end <= end + 2) break;
            AddLaw(draft, end + 1, next_end,
                   LawTitle(lexicon, TopicText(draft, text, end + 2, next_end)));
            end = next_end;
          }
          i = end - 1;
          continue;
        }
      }
    }
    // 3. "the X law" / "the X bill" / "X Code": modifiers before the word.
    if ((w == "law" || w == "bill" || w == "code") && draft.IsFree(i) && i > 0) {
      size_t first = i;
      while (first > 0) {
        const size_t k = first - 1;
        const Token& t = draft.tokens()[k];
        if (!t.is_word() && !(t.is('-'))) break;
        const Mention* m = draft.MentionAt(k);
        if (m != nullptr && !(m->type == MentionType::kCountry && m->demonym)) break;
        const std::string kw = draft.Word(k);
        if (m != nullptr || IsEmptyModifier(kw) || IsLawWord(kw) || kw == "'s" || IsVerb(kw)) {
          break;
        }
        first = k;
      }
      // "law enforcement", "a law firm": "law" modifies the next noun.
      static constexpr std::string_view kCompounds[] = {
          "enforcement", "firm", "firms", "school", "schools", "faculty", "student",
          "students", "degree", "graduate", "professor", "office", "offices"};
      const bool compound = std::find(std::begin(kCompounds), std::end(kCompounds),
                                      draft.Word(i + 1)) != std::end(kCompounds);
      // Lower-case modifiers make a law's name only after a determiner ("the
      // media law", "a new tax law"); "such actions voluntarily contacts law"
      // is no name. Capitalized ones stand alone ("Artificial Intelligence law").
      bool capitalized = true;
      for (size_t k = first; k < i; ++k) {
        capitalized = capitalized && (!draft.tokens()[k].is_word() || draft.tokens()[k].capitalized());
      }
      static constexpr std::string_view kDeterminers[] = {"the", "a", "an", "this", "that",
                                                          "these", "its", "their", "'s"};
      size_t before = first;  // over "new", "draft", "public" to the determiner
      while (before > 0 && IsEmptyModifier(draft.Word(before - 1)) &&
             std::find(std::begin(kDeterminers), std::end(kDeterminers),
                       draft.Word(before - 1)) == std::end(kDeterminers)) {
        --before;
      }
      const bool determined =
          before > 0 && std::find(std::begin(kDeterminers), std::end(kDeterminers),
                                  draft.Word(before - 1)) != std::end(kDeterminers);
      if (first < i && !compound && (capitalized || determined)) {
        std::string topic(SpanText(draft.tokens(), first, i, text));
        size_t begin = first;
        if (begin > 0 && draft.Word(begin - 1) == "the") --begin;
        AddLaw(draft, begin, i + 1,
               w == "code" ? TitleCase(topic) + " Code" : LawTitle(lexicon, topic));
        continue;
      }
    }
    // 3b. A quoted nickname before the word: the “foreign representatives”
    // law.
    if ((w == "law" || w == "bill") && draft.IsFree(i) && i > 2 &&
        IsCloseQuote(draft.tokens()[i - 1])) {
      size_t open = i - 2;
      while (open > 0 && open + 6 > i && !IsOpenQuote(draft.tokens()[open])) --open;
      if (IsOpenQuote(draft.tokens()[open]) && open + 2 < i && draft.AllFree(open, i)) {
        const std::string topic(SpanText(draft.tokens(), open + 1, i - 1, text));
        size_t begin = open;
        if (begin > 0 && draft.Word(begin - 1) == "the") --begin;
        AddLaw(draft, begin, i + 1, LawTitle(lexicon, topic));
        continue;
      }
    }
    // "the Code of Administrative Offenses".
    if (w == "code" && draft.Word(i + 1) == "of" && draft.IsFree(i)) {
      const size_t end = TopicEnd(draft, i + 2);
      if (end > i + 2) {
        size_t begin = i;
        if (begin > 0 && draft.Word(begin - 1) == "the") --begin;
        AddLaw(draft, begin, end, "Code of " + TitleCase(TopicText(draft, text, i + 2, end)));
        i = end - 1;
        continue;
      }
    }
    // 4. Anaphors: "the law", "the bill", "the draft law", "the document".
    if (w == "the" || w == "this") {
      size_t j = i + 1;
      if (const Mention* m = draft.MentionAt(j);
          m != nullptr && m->type == MentionType::kCountry && m->demonym && m->last == j + 1) {
        ++j;  // "the Kazakh law"
      }
      // "the corresponding draft law", "the said law".
      while (draft.Word(j) == "corresponding" || draft.Word(j) == "said" ||
             draft.Word(j) == "aforementioned" || draft.Word(j) == "above-mentioned" ||
             draft.Word(j) == "relevant") {
        ++j;
      }
      if (draft.Word(j) == "draft") ++j;
      const std::string noun = draft.Word(j);
      // "the treaty was ratified": the treaty of a ratification law (only
      // then does ArticleContext give it a name); "the treaty on X" is named.
      const bool treaty = (noun == "treaty" || noun == "agreement" || noun == "convention") &&
                          draft.Word(j + 1) != "on" && draft.Word(j + 1) != "between" &&
                          draft.Word(j + 1) != "of" && draft.Word(j + 1) != "with";
      const bool law_noun = noun == "law" || noun == "bill" || noun == "document" ||
                            noun == "laws" || noun == "bills" || noun == "code" || treaty;
      const bool bare_draft = j == i + 2 && !law_noun;  // "the draft" alone
      if ((law_noun || bare_draft) && draft.AllFree(i, i + 1) &&
          draft.AllFree(j - (bare_draft ? 1 : 0), law_noun ? j + 1 : j)) {
        // "the law and order", "the law enforcement": not a law.
        const std::string after = draft.Word(law_noun ? j + 1 : j);
        if (after == "enforcement" || after == "and" || after == "firm" || after == "school") {
          continue;
        }
        Mention mention;
        mention.type = MentionType::kLaw;
        mention.first = i;
        mention.last = law_noun ? j + 1 : j;
        mention.category = treaty ? "treaty anaphor" : "anaphor";
        const size_t last = mention.last;
        if (draft.Absorb(std::move(mention),
                         {MentionType::kPerson, MentionType::kLaw, MentionType::kOffice,
                          MentionType::kTime, MentionType::kOrganization})) {
          i = last - 1;
        }
      }
    }
  }
}

}  // namespace kg
