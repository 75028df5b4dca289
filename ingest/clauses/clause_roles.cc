#include "ingest/clauses/clause_roles.h"

#include <algorithm>

namespace kg {
namespace {

// How far back an aside between commas may reach ("X, who since 2019 has
// served as Y in the region of Z, was ...").
constexpr int kMaxAside = 24;

bool IsPersonPhrase(const Chunk& c) {
  return c.type == ChunkType::kNounPhrase &&
         (c.Names(MentionType::kPerson) || c.Names(MentionType::kPronoun));
}

// "the post", "this position", "the same seat", "a similar post": a phrase
// that refers back rather than names.
bool RefersBack(const Chunk& c) {
  const bool same = std::find(c.modifiers.begin(), c.modifiers.end(), "same") != c.modifiers.end() ||
                    std::find(c.modifiers.begin(), c.modifiers.end(), "similar") != c.modifiers.end();
  // "his previous position", "her post": one's own, named by one's title.
  if (c.possessor != nullptr) return c.possessor->type == MentionType::kPronoun;
  return same || c.determiner == "the" || c.determiner == "this" || c.determiner == "that";
}

bool IsClauseBreak(const Chunk& c) {
  return c.type == ChunkType::kSubordinator || c.type == ChunkType::kRelative ||
         (c.type == ChunkType::kPunctuation && (c.word == ";" || c.word == ":"));
}

class ClauseBuilder {
 public:
  explicit ClauseBuilder(const std::vector<Chunk>& chunks) : chunks_(chunks) {}

  std::vector<Clause> Build() {
    std::vector<Clause> clauses;
    for (int k = 0; k < static_cast<int>(chunks_.size()); ++k) {
      if (chunks_[k].type != ChunkType::kVerbGroup) continue;
      Clause clause;
      clause.verb = k;
      clause.conditional = Conditional(k);
      clause.passive = at(k).verb.passive;
      Subjects(k, clauses, &clause);
      Right(k, &clause);
      clauses.push_back(std::move(clause));
    }
    return clauses;
  }

 private:
  const Chunk& at(int i) const { return chunks_[i]; }
  int size() const { return static_cast<int>(chunks_.size()); }

  bool Conditional(int k) const {
    for (int j = k - 1; j >= 0; --j) {
      if (at(j).type == ChunkType::kSubordinator) {
        return at(j).word == "if" || at(j).word == "unless" || at(j).word == "whether";
      }
      if (at(j).type == ChunkType::kPunctuation && at(j).word == ";") return false;
    }
    return false;
  }

  // The comma that opens the aside closed by the comma at `close`, when the
  // chunk before it is a noun phrase: "X, the former Y, was". -1 otherwise.
  int AsideOpening(int close) const {
    for (int j = close - 1; j >= 0 && j >= close - kMaxAside; --j) {
      if (at(j).type == ChunkType::kComma) {
        return j > 0 && at(j - 1).type == ChunkType::kNounPhrase ? j : -1;
      }
      if (at(j).type == ChunkType::kPunctuation && at(j).word == ";") return -1;
    }
    return -1;
  }

  // The noun phrases coordinated with the one at `last`, leftwards: "A and
  // B", "A, B and C". A comma alone joins nothing ("By decree of X, Y was"),
  // and a phrase after a preposition is that preposition's.
  std::vector<int> CoordinatedLeft(int last) const {
    std::vector<int> phrases = {last};
    const bool person = IsPersonPhrase(at(last));
    int j = last - 1;
    bool listed = false;  // an "and" closes the list
    while (j >= 1) {
      const bool comma = at(j).type == ChunkType::kComma;
      const bool conj = at(j).type == ChunkType::kConjunction && at(j).word == "and";
      if (!comma && !conj) break;
      int before = j - 1;
      if (conj && before >= 1 && at(before).type == ChunkType::kComma) --before;  // ", and"
      if (comma && !listed) break;
      const Chunk& phrase = at(before);
      if (phrase.type != ChunkType::kNounPhrase || IsPersonPhrase(phrase) != person) break;
      if (before > 0 && at(before - 1).type == ChunkType::kPreposition) break;
      listed = listed || conj;
      phrases.push_back(before);
      j = before - 1;
    }
    std::reverse(phrases.begin(), phrases.end());
    return phrases;
  }

  void Subjects(int k, const std::vector<Clause>& earlier, Clause* clause) const {
    if (at(k).verb.infinitive) {
      Controlled(k, earlier, clause);
      return;
    }
    // "X joined the agency in 2012, becoming Y": a participle clause after a
    // comma is about the main clause's subject.
    // So is one after "before", "after" or "while": "was reappointed before
    // embarking on ...".
    const bool time_subordinator =
        k > 0 && at(k - 1).type == ChunkType::kSubordinator &&
        (at(k - 1).word == "before" || at(k - 1).word == "after" || at(k - 1).word == "while");
    if (at(k).verb.form == VerbForm::kGerund && k > 0 &&
        (at(k - 1).type == ChunkType::kComma || time_subordinator)) {
      for (auto e = earlier.rbegin(); e != earlier.rend(); ++e) {
        if (e->subjects.empty()) continue;
        clause->subjects = e->subjects;
        clause->controller = e->verb;
        return;
      }
    }
    int j = k - 1;
    while (j >= 0) {
      const Chunk& c = at(j);
      if (c.type == ChunkType::kOther || c.type == ChunkType::kTime) {
        --j;
        continue;
      }
      if (c.type == ChunkType::kComma) {
        const int open = AsideOpening(j);
        if (open < 0) {
          --j;  // "On Monday, X was"
          continue;
        }
        // "The Prime Minister, X, resigned": the name between the commas
        // is the subject, the post before them its title.
        if (open + 2 == j && IsPersonPhrase(at(j - 1)) && !IsPersonPhrase(at(open - 1)) &&
            at(open - 1).Names(MentionType::kOffice)) {
          clause->subjects = {j - 1};
          clause->apposed_post = open - 1;
          return;
        }
        j = open - 1;
        continue;
      }
      if (c.type == ChunkType::kNounPhrase) {
        // A prepositional object is not a subject: "the head of the
        // Ministry of X was appointed".
        if (j > 0 && at(j - 1).type == ChunkType::kPreposition) {
          j -= 2;
          continue;
        }
        clause->subjects = CoordinatedLeft(j);
        return;
      }
      if (c.type == ChunkType::kRelative) {
        int antecedent = j - 1;
        if (antecedent >= 0 && at(antecedent).type == ChunkType::kComma) --antecedent;
        // "replaced X in this position, who was appointed ...": "who" is a
        // person; a thing in a phrase after the person is not its antecedent.
        if ((c.word == "who" || c.word == "whom" || c.word == "whose") && antecedent >= 2 &&
            at(antecedent).type == ChunkType::kNounPhrase &&
            !at(antecedent).Names(MentionType::kPerson) &&
            at(antecedent - 1).type == ChunkType::kPreposition &&
            at(antecedent - 2).Names(MentionType::kPerson)) {
          antecedent -= 2;
        }
        if (antecedent >= 0 && at(antecedent).type == ChunkType::kNounPhrase) {
          clause->subjects = CoordinatedLeft(antecedent);
          clause->relative = true;
        }
        return;
      }
      if (c.type == ChunkType::kVerbGroup) {
        // "began working as": a gerund's subject is its governor's.
        if (at(k).verb.form == VerbForm::kGerund) {
          clause->controller = j;
          for (const Clause& e : earlier) {
            if (e.verb == j) clause->subjects = e.subjects;
          }
        }
        return;
      }
      if (c.type == ChunkType::kConjunction &&
          (c.word == "and" || c.word == "but" || c.word == "then")) {
        // "was relieved of A and appointed B": the subject of the verb before.
        for (auto e = earlier.rbegin(); e != earlier.rend(); ++e) {
          if (e->verb < j && !e->subjects.empty()) {
            clause->subjects = e->subjects;
            clause->shared_subject = true;
            const VerbGroup& own = at(k).verb;
            if (e->passive && own.modal.empty() && !own.infinitive &&
                (own.form == VerbForm::kParticiple || own.form == VerbForm::kPast) &&
                at(k).end - at(k).begin == 1) {
              clause->passive = true;
            }
            break;
          }
        }
        return;
      }
      return;  // a preposition, a subordinator, a full stop: no subject
    }
  }

  // An infinitive's governor is the verb group before it in the clause; its
  // subject is the governor's object ("urged X to resign") or else the
  // governor's subject ("decided to relieve", "is expected to be named").
  void Controlled(int k, const std::vector<Clause>& earlier, Clause* clause) const {
    for (int j = k - 1; j >= 0 && !IsClauseBreak(at(j)); --j) {
      if (at(j).type != ChunkType::kVerbGroup) continue;
      clause->controller = j;
      for (const Clause& e : earlier) {
        if (e.verb != j) continue;
        clause->subjects = e.objects.empty() ? e.subjects : e.objects;
      }
      return;
    }
  }

  // A subject pronoun right after a noun phrase, followed by its verb: "the
  // post [that] he held".
  bool OpensReducedRelative(int j) const {
    return j > 0 && j + 1 < size() && at(j).Names(MentionType::kPronoun) &&
           at(j).possessor == nullptr && at(j - 1).type == ChunkType::kNounPhrase &&
           at(j + 1).type == ChunkType::kVerbGroup && !at(j + 1).verb.infinitive;
  }

  // Objects, titles, complements and agents after the verb group at `k`.
  void Right(int k, Clause* clause) const {
    // "the post he held between 1999 and 2002": the phrase before the
    // pronoun is what the verb is about.
    if (k >= 2 && OpensReducedRelative(k - 1) && clause->subjects.size() == 1 &&
        clause->subjects[0] == k - 1) {
      clause->complements.push_back({"", false, k - 2});
      clause->gap = true;
    }
    RightPhrases(k, clause);
    // Posts that were no titles before names after all.
    if (clause->objects.empty() || clause->object_titles.size() != clause->objects.size()) {
      for (int t : clause->object_titles) clause->complements.push_back({"", false, t});
      std::sort(clause->complements.begin(), clause->complements.end(),
                [](const Complement& a, const Complement& b) { return a.chunk < b.chunk; });
      clause->object_titles.clear();
    }
  }

  void RightPhrases(int k, Clause* clause) const {
    std::string marker;
    bool container = false;
    bool objects_open = true;  // the phrases right after the verb may be its objects
    for (int j = k + 1; j < size(); ++j) {
      const Chunk& c = at(j);
      if (IsClauseBreak(c) || c.type == ChunkType::kVerbGroup) {
        // "X, who ..., as Y": an aside after the object is skipped.
        if (c.type == ChunkType::kRelative && !clause->objects.empty()) {
          const int close = NextComma(j);
          if (close > 0) {
            j = close;
            continue;
          }
        }
        return;
      }
      switch (c.type) {
        case ChunkType::kPreposition:
          // "the post of Y", "his duties as Y": the container stays open for
          // the word right after it.
          container = container && at(j - 1).type == ChunkType::kNounPhrase &&
                      IsPostContainer(at(j - 1).head_lemma) && (c.word == "of" || c.word == "as");
          marker = c.word;
          objects_open = false;
          break;
        case ChunkType::kComma:
          if (objects_open && !clause->objects.empty()) break;  // "A, B and C"
          if (TitlesBeforeNames(j, clause)) {
            j = NextAfterNames(j);
            objects_open = false;
            break;
          }
          if (j + 1 < size() && (at(j + 1).type == ChunkType::kRelative)) {
            const int close = NextComma(j + 1);
            if (close < 0) return;
            j = close;
            break;
          }
          if (j + 1 < size() && at(j + 1).type == ChunkType::kVerbGroup) return;
          // "appointed X, who had served as A, as B": the comma closes the
          // aside, and "as B" is the main verb's.
          if (clause->relative && j + 1 < size() && at(j + 1).type == ChunkType::kPreposition &&
              at(j + 1).word == "as") {
            return;
          }
          // "as Y, said Z": a comma after a post closes them, unless another
          // post follows ("of the post of A, B concurrently").
          if (!clause->complements.empty() && !PostFollows(j + 1)) return;
          // The list's posts share its first one's marker: "served as A of
          // X (1992-95), B to Y (1995-2000)".
          if (StartsList(*clause)) marker = ListMarker(*clause);
          objects_open = false;
          break;
        case ChunkType::kConjunction:
          if (j + 1 < size() && at(j + 1).type == ChunkType::kVerbGroup) return;
          // "as A to X and B to Y": the second post is the list's too.
          if (StartsList(*clause) && j + 1 < size() && at(j + 1).Names(MentionType::kOffice)) {
            marker = ListMarker(*clause);
          }
          break;
        case ChunkType::kNounPhrase:
          // "the post he held": the pronoun is the next clause's subject.
          if (OpensReducedRelative(j)) return;
          Phrase(j, marker, &container, &objects_open, clause);
          break;
        default:
          break;
      }
    }
  }

  void Phrase(int j, const std::string& marker, bool* container, bool* objects_open,
              Clause* clause) const {
    const Chunk& c = at(j);
    // "by a decree of the President": the "of" phrase is the agent's too.
    const bool agent_of = marker == "of" && !clause->agents.empty() && clause->agents.back() == j - 2;
    if (marker == "by" || agent_of) {
      clause->agents.push_back(j);
      return;
    }
    if (IsPersonPhrase(c)) {
      if (*objects_open) {
        clause->objects.push_back(j);
      } else if (marker == "with" || marker == "to") {
        // "replaced X with Y", "the post was given to Y"
        clause->complements.push_back({marker, false, j});
      }
      return;
    }
    if (c.mention == nullptr || !c.head_lemma.empty()) {
      if (IsPostContainer(c.head_lemma)) *container = true;
      // "appointed to the post", "took the same position": a post named
      // before, unless the phrase goes on to name it ("the post of Y").
      if (c.mention == nullptr && IsPostContainer(c.head_lemma) && RefersBack(c) &&
          !(j + 1 < size() && at(j + 1).type == ChunkType::kPreposition &&
            (at(j + 1).word == "of" || at(j + 1).word == "as"))) {
        clause->complements.push_back({marker, true, j});
        *objects_open = false;
        return;
      }
      // "as a presidential aide", "as an officer at X": a post no lexicon
      // names, headed by a noun for a person (the relations decide whether
      // it is one).
      if (c.mention == nullptr && c.head_names_person &&
          (!*objects_open || at(clause->verb).verb.lemma == "be")) {
        clause->complements.push_back({marker, *container, j});
        *objects_open = false;
        return;
      }
      if (c.mention == nullptr) return;
    }
    if (*objects_open && c.Names(MentionType::kOffice) && clause->objects.empty() &&
        c.head_lemma.empty()) {
      // Perhaps a title before names ("the Ministers of A and B, X and Y,"):
      // decided at the comma, else a post (Right()).
      clause->object_titles.push_back(j);
      return;
    }
    clause->complements.push_back({marker, *container, j});
    *objects_open = false;
  }

  // Whether a post or title after the verb may begin a list of posts.
  static bool StartsList(const Clause& clause) {
    return !clause.complements.empty() || !clause.object_titles.empty();
  }
  // The marker of the list's first post: a bare title before any complement
  // ("was A to X and B to Y") has none.
  static std::string ListMarker(const Clause& clause) {
    if (!clause.object_titles.empty() &&
        (clause.complements.empty() ||
         clause.object_titles.front() < clause.complements.front().chunk)) {
      return "";
    }
    return clause.complements.front().marker;
  }

  // ", A and B," after titles: the persons the titles belong to.
  bool TitlesBeforeNames(int comma, Clause* clause) const {
    if (clause->object_titles.empty()) return false;
    std::vector<int> names;
    int j = comma + 1;
    while (j < size() && IsPersonPhrase(at(j))) {
      names.push_back(j);
      if (j + 1 < size() &&
          (at(j + 1).type == ChunkType::kComma ||
           (at(j + 1).type == ChunkType::kConjunction && at(j + 1).word == "and"))) {
        j += 2;
        if (j < size() && at(j - 1).type == ChunkType::kComma &&
            at(j).type == ChunkType::kConjunction)
          ++j;
        continue;
      }
      break;
    }
    if (names.empty()) return false;
    clause->objects = names;
    return true;
  }

  int NextAfterNames(int comma) const {
    int j = comma + 1;
    while (j < size() && (IsPersonPhrase(at(j)) || at(j).type == ChunkType::kComma ||
                          (at(j).type == ChunkType::kConjunction && at(j).word == "and"))) {
      ++j;
    }
    return j - 1;
  }

  // Another post right after a comma: "A, B", "A, then as B", "A, and later B".
  bool PostFollows(int j) const {
    while (j < size() &&
           (at(j).type == ChunkType::kConjunction || at(j).type == ChunkType::kOther ||
            (at(j).type == ChunkType::kPreposition && at(j).word == "as"))) {
      ++j;
    }
    return j < size() && at(j).Names(MentionType::kOffice);
  }

  int NextComma(int from) const {
    for (int j = from; j < size() && j < from + kMaxAside; ++j) {
      if (at(j).type == ChunkType::kComma) return j;
      if (at(j).type == ChunkType::kPunctuation) return -1;
    }
    return -1;
  }

  const std::vector<Chunk>& chunks_;
};

}  // namespace

bool IsPostContainer(const std::string& lemma) {
  static constexpr std::string_view kContainers[] = {
      "post",     "position", "office",         "role",      "duty",  "job",  "seat",
      "capacity", "function", "responsibility", "portfolio", "chair", "helm", "posts"};
  return std::find(std::begin(kContainers), std::end(kContainers), lemma) != std::end(kContainers);
}

std::vector<Clause> AnalyzeClauses(const std::vector<Chunk>& chunks) {
  return ClauseBuilder(chunks).Build();
}

}  // namespace kg
