#include "ingest/discourse/article_context.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/str_split.h"
#include "graph/name_folding.h"
#include "ingest/recognize/phrase_table.h"
#include "ingest/recognize/recognizer.h"

namespace kg {
namespace {

std::vector<std::string> NameWords(std::string_view name) {
  std::vector<std::string> words;
  for (absl::string_view w :
       absl::StrSplit(absl::string_view(name.data(), name.size()), ' ', absl::SkipEmpty())) {
    // Initials ("K.") say little about who it is.
    if (w.size() <= 2 && w.back() == '.') continue;
    words.emplace_back(w);
  }
  return words;
}

// 2 feminine, 1 masculine, 0 unknown, read off a surname's ending.
int GenderOfSurname(std::string_view surname) {
  const std::string s = FoldName(surname);
  for (std::string_view suffix : {"ova", "eva", "ina", "kizi", "skaia", "aia"}) {
    if (s.size() > suffix.size() + 2 && s.ends_with(suffix)) return 2;
  }
  // FoldName makes "Suleimenova" "suleimenov", so read the raw word too.
  const std::string raw = NormalizeTokenText(surname);
  for (std::string_view suffix : {"ova", "eva", "yeva", "ina", "kyzy", "skaya"}) {
    if (raw.size() > suffix.size() + 2 && raw.ends_with(suffix)) return 2;
  }
  for (std::string_view suffix : {"ov", "ev", "in", "uli", "ski", "vich", "enko"}) {
    if (s.size() > suffix.size() + 2 && s.ends_with(suffix)) return 1;
  }
  return 0;
}

bool GenderAllows(int person_gender, const Mention& pronoun) {
  if (person_gender == 0) return true;
  return pronoun.feminine ? person_gender == 2 : person_gender == 1;
}

}  // namespace

int ArticleContext::FindBySurname(const std::string& key) const {
  // The one mentioned last wins; one never mentioned (a holder the graph
  // named) is no antecedent.
  const auto it = by_key_.find(key);
  if (it == by_key_.end()) return -1;
  int best = -1;
  for (int id : it->second) {
    if (last_mention_[id] != 0 && (best < 0 || last_mention_[id] > last_mention_[best])) best = id;
  }
  return best;
}

int ArticleContext::AddPerson(Person person) {
  const int id = person_count();
  for (const std::string& key : person.keys) by_key_[key].push_back(id);
  persons_.push_back(std::move(person));
  last_mention_.push_back(0);
  return id;
}

void ArticleContext::NoteMention(int person) {
  last_mention_[person] = ++clock_;
  recent_.push_back({person, clock_});
}

int ArticleContext::RegisterPerson(std::string_view surface) {
  std::vector<std::string> words = NameWords(surface);
  if (words.empty()) words.push_back(std::string(surface));
  if (words.size() == 1) {
    const std::string key = FoldName(words[0]);
    if (int id = FindBySurname(key); id >= 0) return id;
    Person person;
    person.name = std::string(surface);  // "A. Dzhaksybekov" keeps its initial
    person.keys = {key};
    person.gender = GenderOfSurname(words[0]);
    return AddPerson(std::move(person));
  }
  // "Sadyr Nurgozhoyevich": a given name and a patronymic, the polite form of
  // address for someone the article names in full.
  if (words.size() == 2 && IsPatronymic(words[1])) {
    const std::string given = FoldName(words[0]);
    for (auto it = recent_.rbegin(); it != recent_.rend(); ++it) {
      if (last_mention_[it->first] != it->second) continue;  // mentioned again later
      Person& p = persons_[it->first];
      if (std::find(p.given.begin(), p.given.end(), given) != p.given.end()) {
        if (std::find(p.aliases.begin(), p.aliases.end(), surface) == p.aliases.end()) {
          p.aliases.emplace_back(surface);
        }
        return it->first;
      }
    }
  }
  // Which word is the surname: the last, except in "Surname Given
  // Patronymic" and in Chinese names, where it comes first.
  size_t surname = words.size() - 1;
  if (IsPatronymic(words.back()) && words.size() == 3) surname = 0;
  std::vector<std::string> keys = {FoldName(words[surname])};
  if (surname == words.size() - 1 && words.size() >= 2 && words[0].size() <= 4) {
    // "Xi Jinping", "Li Qiang", "Yoon Suk Yeol": a short first word may be
    // the family name; a lone "Xi" refers back to it.
    keys.push_back(FoldName(words[0]));
  }
  std::vector<std::string> given;
  for (size_t i = 0; i < words.size(); ++i) {
    if (i != surname) given.push_back(FoldName(words[i]));
  }
  const auto same_key = by_key_.find(keys[0]);
  const std::vector<int> candidates =
      same_key == by_key_.end() ? std::vector<int>() : same_key->second;
  for (int id : candidates) {
    Person& p = persons_[id];
    const bool compatible =
        p.given.empty() || std::any_of(given.begin(), given.end(), [&](const std::string& g) {
          return std::find(p.given.begin(), p.given.end(), g) != p.given.end();
        });
    if (!compatible) continue;
    // A full name replaces a surname alone; a first full form stays.
    if (p.given.empty()) {
      p.aliases.push_back(p.name);
      p.name = std::string(surface);
    } else if (p.name != surface &&
               std::find(p.aliases.begin(), p.aliases.end(), surface) == p.aliases.end()) {
      p.aliases.emplace_back(surface);
    }
    for (const std::string& g : given) {
      if (std::find(p.given.begin(), p.given.end(), g) == p.given.end()) p.given.push_back(g);
    }
    for (const std::string& k : keys) {
      if (std::find(p.keys.begin(), p.keys.end(), k) == p.keys.end()) {
        p.keys.push_back(k);
        by_key_[k].push_back(id);
      }
    }
    if (p.gender == 0) p.gender = GenderOfSurname(words[surname]);
    return id;
  }
  Person person;
  person.name = std::string(surface);
  person.keys = keys;
  person.given = given;
  person.gender = GenderOfSurname(words[surname]);
  return AddPerson(std::move(person));
}

void ArticleContext::Resolve(AnalyzedSentence& sentence) {
  ++sentences_;
  std::vector<int> in_sentence;
  // The sentence's first person who takes part in it: "Nazarbayev's office
  // said X had resigned" is about X; a possessor only owns something.
  int participant = -1;
  for (Mention& m : sentence.mentions) {
    switch (m.type) {
      case MentionType::kPerson: {
        m.entity = RegisterPerson(m.name);
        in_sentence.push_back(m.entity);
        NoteMention(m.entity);
        const std::vector<Token>& tokens = sentence.sentence->tokens;
        const bool possessor = m.last < tokens.size() && tokens[m.last].normalized == "'s";
        if (participant < 0 && !possessor) participant = m.entity;
        break;
      }
      case MentionType::kPronoun: {
        if (m.plural) break;
        // A person named earlier in the same sentence, the nearest first.
        for (auto it = in_sentence.rbegin(); it != in_sentence.rend(); ++it) {
          if (GenderAllows(persons_[*it].gender, m)) {
            m.entity = *it;
            break;
          }
        }
        if (m.entity >= 0) break;
        if (last_subject_ >= 0 && GenderAllows(persons_[last_subject_].gender, m)) {
          m.entity = last_subject_;
          break;
        }
        for (auto it = recent_.rbegin(); it != recent_.rend(); ++it) {
          if (last_mention_[it->first] != it->second) continue;  // mentioned again later
          if (GenderAllows(persons_[it->first].gender, m)) {
            m.entity = it->first;
            break;
          }
        }
        break;
      }
      case MentionType::kLaw: {
        if (m.name.empty()) {
          // "the treaty" is a law only as what a ratification law ratifies.
          const bool treaty = m.category == "treaty anaphor";
          if (!laws_.empty() && (!treaty || laws_.back().starts_with("On Ratification"))) {
            m.name = laws_.back();
          }
        } else if (std::find(laws_.begin(), laws_.end(), m.name) == laws_.end()) {
          laws_.push_back(m.name);
        } else {
          // Named again: it becomes what "the law" means, unless it is only
          // what something amends ("amendments to the Code").
          const bool amended =
              m.first > 0 &&
              sentence.sentence->tokens[m.first - 1].normalized == "to";
          if (!amended) {
            laws_.erase(std::remove(laws_.begin(), laws_.end(), m.name), laws_.end());
            laws_.push_back(m.name);
          }
        }
        // A first mention as the object of "amendments to" yields the floor
        // to the law the sentence is about.
        if (m.first > 0 && laws_.size() > 1 && laws_.back() == m.name &&
            sentence.sentence->tokens[m.first - 1].normalized == "to") {
          std::swap(laws_[laws_.size() - 1], laws_[laws_.size() - 2]);
        }
        break;
      }
      case MentionType::kTime: {
        // Where the story now stands: a range's end, else its date.
        if (m.time.as_of) break;
        const Date& reached = !m.time.end_date.empty() ? m.time.end_date
                              : !m.time.date.empty()   ? m.time.date
                                                       : m.time.start;
        if (!reached.empty()) narrative_ = reached;
        break;
      }
      case MentionType::kOffice:
        if (!m.office.title.empty()) offices_.push_back(m);
        NoteBody(m);
        break;
      case MentionType::kOrganization:
      case MentionType::kPlace:
        NoteBody(m);
        break;
      default:
        break;
    }
  }
  if (!in_sentence.empty()) last_subject_ = participant >= 0 ? participant : in_sentence.front();
}

void ArticleContext::NoteChambers(const AnalyzedSentence& sentence, bool mentions_meeting) {
  const SentenceItems& items = *sentence.items;
  bool acted = false;  // the sentence's first acting chamber is noted; later ones are not
  for (size_t i = 0; i < items.size(); ++i) {
    const Mention* m = items[i].mention;
    std::string chamber;
    bool acting = true;
    if (m == nullptr && (items.IsWord(i, "senators") || items.IsWord(i, "senator"))) {
      chamber = "Senate";  // "senators considered ...": the Senate acts
    } else if (m != nullptr && m->type == MentionType::kOrganization &&
               m->category == "chamber") {
      chamber = m->name;
      // Where a bill goes, or whose amendments: not who acts.
      const size_t before = i > 0 && items.IsWord(i - 1, "the") ? i - 1 : i;
      acting = !(before > 0 && (items.IsWord(before - 1, "to") || items.IsWord(before - 1, "from"))) &&
               !items.IsWord(i + 1, "'s");
    } else {
      continue;
    }
    last_chamber_ = chamber;
    if (!acting || acted) continue;
    acted = true;
    chamber_ = chamber;
    if (mentions_meeting && meeting_chamber_.empty()) meeting_chamber_ = chamber;
  }
}

int ArticleContext::TitleHolder(const std::string& office) {
  if (auto it = titles_.find(office); it != titles_.end()) return it->second;
  if (graph_ == nullptr || article_.date.empty()) return -1;
  const std::string name = graph_->HolderAt(office, article_.date);
  if (name.empty()) return -1;
  const int id = RegisterPerson(name);
  titles_[office] = id;
  return id;
}

const Mention* ArticleContext::LastOffice(std::string_view title) const {
  for (auto it = offices_.rbegin(); it != offices_.rend(); ++it) {
    if (it->office.title == title && it->office.ranks.empty()) return &*it;
  }
  return nullptr;
}

void ArticleContext::SetSubject(int person) {
  if (person >= 0 && person < person_count()) last_subject_ = person;
}

void ArticleContext::NoteUnnamedAppointee(UnnamedAppointee appointee) {
  unnamed_appointee_ = std::move(appointee);
  unnamed_appointee_sentence_ = sentences_;
}

const ArticleContext::UnnamedAppointee* ArticleContext::unnamed_appointee() const {
  constexpr int kSentencesAfter = 2;
  if (!unnamed_appointee_.has_value() ||
      sentences_ - unnamed_appointee_sentence_ > kSentencesAfter) {
    return nullptr;
  }
  return &*unnamed_appointee_;
}

ArticleMemory ArticleContext::Memory() const { return {&by_key_, bodies_, narrative_}; }

// Only the last body of a noun is what "the <noun>" means: one entry a
// noun keeps the memory as small as the nouns, however long the article.
void ArticleContext::RememberBody(NamedBody body) {
  for (NamedBody& known : bodies_) {
    if (known.noun == body.noun) {
      known = std::move(body);
      return;
    }
  }
  bodies_.push_back(std::move(body));
}

void ArticleContext::NoteBody(const Mention& m) {
  auto lower = [](std::string_view word) { return absl::AsciiStrToLower(std::string(word)); };
  const std::vector<std::string> words = absl::StrSplit(m.name, ' ');
  switch (m.type) {
    case MentionType::kOrganization:
      // The body's head noun: the first that heads a name ("Committee" of
      // "Committee for Culture of the Ministry of X").
      for (const std::string& word : words) {
        if (IsOrganizationHead(lower(word))) {
          RememberBody({lower(word), m.name, m.category, false});
          return;
        }
      }
      return;
    case MentionType::kPlace:
      if (m.category == "region" || m.category == "district") {
        RememberBody({m.category, m.name, m.category, true});
      } else if (m.category == "city" || m.category == "capital") {
        RememberBody({"city", m.name, m.category, true});
      }
      return;
    case MentionType::kOffice: {
      // An akim's territory: "Akim of Namangan Region" names the region; so
      // does any post of a region ("Chairman of the Gorno-Badakhshan
      // Autonomous Region").
      std::string place;
      if (m.office.title == "Akim" || m.office.title == "Khokim") {
        const size_t of = m.name.find(" of ");
        if (of == std::string::npos) return;
        place = m.name.substr(of + 4);
      } else if (m.office.of.ends_with(" Region") || m.office.of.ends_with(" District")) {
        place = m.office.of;
      } else {
        return;
      }
      const std::string last = lower(place.substr(place.rfind(' ') + 1));
      const std::string noun(BodyNoun(last));
      const bool named_kind = noun == "region" || noun == "district";
      RememberBody({named_kind ? noun : "city", place, named_kind ? noun : "city", true});
      return;
    }
    default:
      return;
  }
}

namespace {

// The words of a law's name that say what it is about.
std::vector<std::string> LawWords(const std::string& name) {
  static constexpr std::string_view kStop[] = {
      "on",          "the",  "of",      "and",         "to",         "in",        "a",
      "law",         "laws", "bill",    "draft",       "amendments", "additions", "making",
      "introducing", "some", "certain", "legislative", "acts",       "republic",  "kazakhstan",
      "for",         "with", "its",     "issues",      "related"};
  std::vector<std::string> words;
  for (absl::string_view piece : absl::StrSplit(FoldName(name), ' ', absl::SkipEmpty())) {
    const std::string_view w(piece.data(), piece.size());
    if (std::find(std::begin(kStop), std::end(kStop), w) == std::end(kStop)) words.emplace_back(w);
  }
  return words;
}

}  // namespace

std::string ArticleContext::CanonicalLaw(const std::string& name) const {
  const std::vector<std::string> words = LawWords(name);
  if (words.empty()) return name;
  std::string best = name;
  size_t best_size = words.size();
  for (const std::string& other : laws_) {
    const std::vector<std::string> other_words = LawWords(other);
    if (other_words.size() <= best_size) continue;
    const bool contained = std::all_of(words.begin(), words.end(), [&](const std::string& w) {
      return std::find(other_words.begin(), other_words.end(), w) != other_words.end();
    });
    // A headline's shorter, garbled form ("Law On First President Nazarbayev -
    // Chairman" beside "On the First President of the Republic of Kazakhstan
    // - Elbasy"): the same first two words of what the law is about.
    const bool same_opening = words.size() >= 3 && other_words.size() >= 3 &&
                              words[0] == other_words[0] && words[1] == other_words[1];
    if (contained || same_opening) {
      best = other;
      best_size = other_words.size();
    }
  }
  return best;
}

void ArticleContext::CountCountry(const std::string& country) {
  for (auto& [name, count] : country_counts_) {
    if (name == country) {
      ++count;
      return;
    }
  }
  country_counts_.emplace_back(country, 1);
}

std::pair<std::string, std::string> ArticleContext::MainCountryPair() const {
  std::vector<std::pair<std::string, int>> ranked = country_counts_;
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  if (ranked.size() < 2) return {};
  return {ranked[0].first, ranked[1].first};
}

NodeRef ArticleContext::PersonRef(int id) const {
  const Person& p = persons_[id];
  NodeRef ref;
  ref.kind = NodeKind::kPerson;
  ref.name = p.name;
  ref.aliases = p.aliases;
  ref.attributes = p.attributes;
  return ref;
}

}  // namespace kg
