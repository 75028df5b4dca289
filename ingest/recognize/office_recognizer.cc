// Posts. One grammar covers the word orders the news uses:
//
//   [former] [Kazakh | Kazakhstan's] [Energy | Senate | Astana] [First Deputy] Minister
//       [of Energy | of the Senate | of Almaty Region | to Sweden] [of Kazakhstan]
//
// and builds the same canonical name from every order: "Energy Minister" and
// "Minister of Energy of the Republic of Kazakhstan" are "Minister of Energy";
// "Kazakh Ambassador to Korea" is "Ambassador of Kazakhstan to South Korea";
// "Astana Mayor" is "Akim of Astana"; "head of the Ministry of Justice" is
// "Minister of Justice". Ranks are kept (a Vice Minister is not the Minister).
// Posts of the home country carry no country; other countries' posts do
// ("Minister of Foreign Affairs of Uzbekistan").
#include <algorithm>

#include "absl/strings/str_join.h"
#include "ingest/recognize/phrase_table.h"
#include "ingest/recognize/recognizer.h"

namespace kg {
namespace {

struct OfficeDraft {
  size_t first = 0;
  size_t last = 0;
  const TitleEntry* title = nullptr;
  std::string title_word;  // lower-case surface of the title
  OfficeParts parts;
  std::string org;           // the body the post is over ("Senate", "Ministry of Justice")
  std::string org_category;  // the lexicon's category of `org`
  std::string place;         // a territory ("Pavlodar Region")
  bool qualified = false;    // something beyond the bare title was said
  std::string name;          // canonical, set by Canonicalize
};

const Mention* MentionOfType(const MentionDraft& draft, size_t i, MentionType type) {
  const Mention* m = draft.MentionAt(i);
  return m != nullptr && m->type == type && m->first == i ? m : nullptr;
}

// The country behind a possessive or demonym at i ("Kazakhstan's",
// "Kazakh", "the country's"); returns the index after it.
size_t Possessor(const MentionDraft& draft, size_t i, std::string* country) {
  if (const Mention* m = MentionOfType(draft, i, MentionType::kCountry)) {
    if (m->demonym && m->other_country.empty()) {
      *country = m->name;
      return m->last;
    }
    if (draft.Word(m->last) == "'s") {
      *country = m->name;
      return m->last + 1;
    }
  }
  // "Astana's envoy": a capital speaks for its country.
  if (const Mention* m = MentionOfType(draft, i, MentionType::kPlace);
      m != nullptr && m->category == "capital" && !m->other_country.empty() &&
      draft.Word(m->last) == "'s") {
    *country = m->other_country;
    return m->last + 1;
  }
  if (draft.Word(i) == "the" && draft.Word(i + 1) == "country's") {
    *country = std::string(Lexicon::kHomeCountry);
    return i + 2;
  }
  if (draft.Word(i) == "the" && draft.Word(i + 1) == "country" && draft.Word(i + 2) == "'s") {
    *country = std::string(Lexicon::kHomeCountry);
    return i + 3;
  }
  return i;
}

bool IsPlaceKindNoun(const std::string& w) {
  return w == "capital" || w == "city" || w == "town" || w == "region" || w == "province" ||
         w == "district" || w == "oblast";
}

bool IsAideTitle(const std::string& canonical) {
  return canonical == "Adviser" || canonical == "Assistant";
}

bool IsLowerAmbiguousTitle(const std::string& w) {
  return w == "head" || w == "member" || w == "deputy" || w == "secretary" || w == "director" ||
         w == "assistant" || w == "adviser" || w == "advisor" || w == "commissioner" ||
         w == "chief" || w == "speaker" || w == "chairman" || w == "chair" || w == "aide" ||
         w == "envoy" || w == "spokesperson" || w == "spokesman" || w == "executive secretary";
}

// "the agency" or "this region" at i, ending there ("the agency's", "the
// region council" go on), naming a body `memory` knows by that noun.
const NamedBody* DefiniteBodyAt(const ArticleMemory& memory, const MentionDraft& draft, size_t i) {
  const std::string determiner = draft.Word(i);
  if (determiner != "the" && determiner != "this" && determiner != "that") return nullptr;
  if (i + 1 >= draft.size() || !draft.IsFree(i + 1) || draft.tokens()[i + 1].capitalized()) {
    return nullptr;
  }
  if (i + 2 < draft.size()) {
    const Token& next = draft.tokens()[i + 2];
    static constexpr std::string_view kEnds[] = {"and", "in",  "on",  "at",    "for",   "to",
                                                 "from", "since", "until", "by", "of", "who",
                                                 "which", "was", "is", "has", "will", "after"};
    const bool ends = !next.is_word() || next.capitalized() ||
                      std::find(std::begin(kEnds), std::end(kEnds), next.normalized) !=
                          std::end(kEnds);
    if (!ends || next.normalized == "'s") return nullptr;
  }
  return memory.Body(BodyNoun(draft.Word(i + 1)));
}

bool ParseOffice(const Lexicon& lexicon, const ArticleMemory& memory, const MentionDraft& draft,
                 std::string_view text, size_t i, OfficeDraft* out);

// Parses the qualifiers after the title: "of ...", "to ...", "in ...".
void ParseAfter(const Lexicon& lexicon, const ArticleMemory& memory, const MentionDraft& draft,
                std::string_view text, OfficeDraft& office) {
  size_t j = office.last;
  for (int round = 0; round < 3 && j < draft.size(); ++round) {
    const std::string w = draft.Word(j);
    size_t k = j + 1;
    if (draft.Word(k) == "the") ++k;
    // "of the newly formed Zhetisu Region", "of the country's new agency".
    std::string possessor;
    k = Possessor(draft, k, &possessor);
    if (draft.Word(k) == "newly" || draft.Word(k) == "new") {
      ++k;
      const std::string participle = draft.Word(k);
      if (participle == "formed" || participle == "created" || participle == "established" ||
          participle == "appointed" || participle == "founded") {
        ++k;
      }
    }
    if (w == "of") {
      // "mayor of the capital Astana", "akim of the city of Shymkent": a noun
      // for the kind of place before the place's name.
      if (IsPlaceKindNoun(draft.Word(k))) {
        size_t name = k + 1;
        if (draft.Word(name) == "of") ++name;
        if (MentionOfType(draft, name, MentionType::kPlace)) k = name;
      }
      if (const Mention* m = MentionOfType(draft, k, MentionType::kCountry)) {
        if (m->demonym) break;
        // "Premier of China's State Council".
        if (draft.Word(m->last) == "'s" &&
            MentionOfType(draft, m->last + 1, MentionType::kOrganization)) {
          office.parts.country = m->name;
          j = draft.MentionAt(m->last + 1)->last;
        } else {
          office.parts.country = m->name;
          j = m->last;
        }
        office.qualified = true;
        continue;
      }
      if (const Mention* m = MentionOfType(draft, k, MentionType::kOrganization)) {
        office.org = m->name;
        office.org_category = m->category;
        office.qualified = true;
        j = m->last;
        continue;
      }
      if (const Mention* m = MentionOfType(draft, k, MentionType::kPlace)) {
        office.place = m->name;
        office.qualified = true;
        j = m->last;
        continue;
      }
      // A body written in lower case, ending on its head noun: "head of the
      // state-run Kazakhoil company", "head of national oil and gas company
      // KazMunaiGas", "head of the atomic energy agency".
      if (!office.title->domain || office.title->canonical == "Head") {
        size_t x = k;
        while (x < draft.size() && x < k + 7 && draft.IsFree(x) && draft.tokens()[x].is_word() &&
               !IsOrganizationHead(draft.Word(x)) && (!draft.tokens()[x].capitalized() || x > k)) {
          ++x;
        }
        if (x < draft.size() && x > k && draft.IsFree(x) && IsOrganizationHead(draft.Word(x))) {
          // "holding company": the last of consecutive head nouns ends it.
          while (x + 1 < draft.size() && draft.IsFree(x + 1) &&
                 IsOrganizationHead(draft.Word(x + 1))) {
            ++x;
          }
          // A name after the description is the body; the description only
          // says what kind of body it is: "the national holding company
          // Bayterek" is Bayterek.
          const size_t end = x + 1;
          if (const Mention* m = MentionOfType(draft, end, MentionType::kOrganization)) {
            office.org = m->name;
            office.org_category = m->category;
            j = m->last;
          } else if (end < draft.size() && draft.IsFree(end) && draft.tokens()[end].capitalized() &&
                     draft.tokens()[end].is_word() &&
                     !lexicon.IsGivenName(draft.tokens()[end].normalized)) {
            office.org = draft.tokens()[end].text;
            office.org_category = "named";
            j = end + 1;
          } else {
            office.org = std::string(SpanText(draft.tokens(), k, end, text));
            office.org_category = "described";
            j = end;
          }
          office.qualified = true;
          continue;
        }
      }
      // "chairman of the agency", "acting head of this region": a body the
      // article named before, called by its noun.
      if (const NamedBody* body = DefiniteBodyAt(memory, draft, j + 1); body != nullptr) {
        if (body->territory) {
          office.place = body->name;
        } else {
          office.org = body->name;
          office.org_category = body->category;
        }
        office.qualified = true;
        j = j + 3;
        continue;
      }
      if (office.title->domain && office.parts.domain.empty()) {
        const size_t end = DomainPhraseAfter(lexicon, draft, k);
        if (end > k) {
          std::vector<std::string> words;
          for (size_t x = k; x < end; ++x) words.emplace_back(draft.tokens()[x].text);
          office.parts.domain = CanonicalDomain(lexicon, words);
          office.qualified = true;
          j = end;
          continue;
        }
      }
      break;
    }
    // "adviser to the President", "Assistant to Prime Minister X": an aide
    // serves a post, and the post is part of the aide's.
    if (w == "to" && IsAideTitle(office.title->canonical) && office.parts.principal.empty()) {
      OfficeDraft served;
      if (ParseOffice(lexicon, memory, draft, text, k, &served) && served.parts.ranks.empty() &&
          !served.title->generic && !served.title->member) {
        office.parts.principal = served.name;
        office.qualified = true;
        j = served.last;
        continue;
      }
    }
    if ((w == "to" || w == "in") && (office.title->envoy || w == "in")) {
      if (const Mention* m = MentionOfType(draft, k, MentionType::kCountry); m && !m->demonym) {
        if (office.title->envoy) {
          office.parts.to = m->name;
        } else {
          office.place = m->name;
        }
        office.qualified = true;
        j = m->last;
        continue;
      }
      if (const Mention* m = MentionOfType(draft, k, MentionType::kPlace)) {
        // "envoy to Moscow": an ambassador goes to a capital's country.
        if (office.title->envoy && w == "to" && m->category == "capital" &&
            !m->other_country.empty()) {
          office.parts.to = m->other_country;
          office.qualified = true;
          j = m->last;
          continue;
        }
        if (office.title->envoy || m->category == "capital" || m->category == "city") {
          office.place = m->name;
          office.qualified = true;
          j = m->last;
          continue;
        }
      }
      break;
    }
    // "Ambassador ... to the Kingdom of Sweden, Ambassador ... concurrently".
    break;
  }
  office.last = j;
}

std::string WithArticle(const std::string& org, const std::string& category) {
  if (category == "party" || category == "other" || category == "international" ||
      category == "described" || category == "named") {
    return org;
  }
  return "the " + org;
}

// Builds the canonical name from the parsed pieces (see the file comment).
void Canonicalize(OfficeDraft& office) {
  OfficeParts& p = office.parts;
  std::string title = office.title->canonical;
  // "head of the Ministry of Justice" is the Minister of Justice; "head of
  // the Government" the Prime Minister; "head of Abay Region" its akim.
  if ((title == "Head" || title == "Chair") && !office.org.empty()) {
    if (office.org.starts_with("Ministry of ")) {
      title = "Minister";
      p.domain = office.org.substr(12);
      office.org.clear();
    } else if (office.org == "Government" && title == "Head") {
      title = "Prime Minister";
      office.org.clear();
    }
  }
  if ((title == "Head" || title == "Akim") && !office.place.empty() && office.org.empty()) {
    title = "Akim";
  }
  if (title == "Minister" && p.domain.empty() && office.org.starts_with("Ministry of ")) {
    p.domain = office.org.substr(12);
    office.org.clear();
  }
  p.title = title;
  std::string name = absl::StrJoin(p.ranks, " ");
  if (!name.empty()) name += ' ';
  name += title;
  const bool foreign = !p.country.empty() && p.country != Lexicon::kHomeCountry;
  if (office.title->envoy) {
    name += " of " + (p.country.empty() ? std::string(Lexicon::kHomeCountry) : p.country);
    if (!p.to.empty()) name += " to " + p.to;
    if (!office.place.empty()) name += " in " + office.place;
  } else if (!p.principal.empty()) {
    name += " to the " + p.principal;
  } else if (title == "Akim") {
    if (!office.place.empty()) name += " of " + office.place;
  } else {
    if (!p.domain.empty()) name += " of " + p.domain;
    if (!office.org.empty()) {
      name += " of " + WithArticle(office.org, office.org_category);
      p.of = office.org;
    } else if (!office.place.empty()) {
      name += " of " + office.place;
      p.of = office.place;
    }
    if (foreign) name += " of " + p.country;
  }
  office.name = std::move(name);
  // A ministry has several vice ministers and a region several deputy akims:
  // only a First Deputy or First Vice post is held by one person at a time.
  const bool deputy_rank = std::any_of(p.ranks.begin(), p.ranks.end(), [](const std::string& r) {
    return r == "Deputy" || r == "Vice" || r == "Assistant";
  });
  const bool first = std::find(p.ranks.begin(), p.ranks.end(), "First") != p.ranks.end();
  p.single = office.title->single && (!deputy_rank || first);
  p.member = office.title->member;
  p.generic = office.title->generic;
}

// Tries to read a post starting at token i; false when there is none.
bool ParseOffice(const Lexicon& lexicon, const ArticleMemory& memory, const MentionDraft& draft,
                 std::string_view text, size_t i,
                 OfficeDraft* out) {
  OfficeDraft office;
  office.first = i;
  size_t j = i;
  const std::string first_word = draft.Word(j);
  if (first_word == "former" || first_word == "ex" || first_word == "ex-" || first_word == "then") {
    office.parts.former = first_word != "then";
    ++j;
    if (draft.Word(j) == "-") ++j;
  }
  if (draft.Word(j) == "new" || draft.Word(j) == "newly-appointed") ++j;
  j = Possessor(draft, j, &office.parts.country);
  if (draft.Word(j) == "new" || draft.Word(j) == "newly-appointed") ++j;
  if (!office.parts.country.empty()) office.qualified = true;
  // Before the title: a field ("Energy Minister"), a body ("Senate Speaker")
  // or a territory ("Astana Mayor").
  // Ranks may come before the field too: "Deputy Foreign Minister", "First
  // Vice Energy Minister".
  std::vector<std::string> ranks;
  std::vector<size_t> rank_starts;
  const size_t ranks_begin = j;
  while (auto rank = lexicon.ranks().MatchAt(draft.tokens(), j)) {
    if (!draft.AllFree(j, j + rank->length)) break;
    const size_t after = j + rank->length;
    // Only when a field and then a title follow; otherwise the ranks are
    // read just before the title below.
    const size_t field_end = DomainPhraseAfter(lexicon, draft, after);
    if (field_end == after || !lexicon.titles().MatchAt(draft.tokens(), field_end)) break;
    ranks.push_back(*rank->value);
    rank_starts.push_back(j);
    j = after;
  }
  if (j == ranks_begin) {
    ranks.clear();
    rank_starts.clear();
  }
  size_t before_title = j;
  std::vector<std::string> domain_words;
  if (const Mention* m = MentionOfType(draft, j, MentionType::kOrganization)) {
    office.org = m->name;
    office.org_category = m->category;
    before_title = m->last;
  } else if (const Mention* m = MentionOfType(draft, j, MentionType::kPlace)) {
    office.place = m->name;
    before_title = m->last;
  } else {
    const size_t end = DomainPhraseAfter(lexicon, draft, j);
    for (size_t x = j; x < end; ++x) domain_words.emplace_back(draft.tokens()[x].text);
    before_title = end;
  }
  size_t t = before_title;
  const size_t leading_ranks = ranks.size();
  while (auto rank = lexicon.ranks().MatchAt(draft.tokens(), t)) {
    if (!draft.AllFree(t, t + rank->length)) break;
    ranks.push_back(*rank->value);
    rank_starts.push_back(t);
    t += rank->length;
  }
  auto title = lexicon.titles().MatchAt(draft.tokens(), t);
  // A rank word with no title after it may be the title itself: "Deputy" is a
  // seat, "Assistant" a job.
  while (!title && ranks.size() > leading_ranks) {
    t = rank_starts.back();
    ranks.pop_back();
    rank_starts.pop_back();
    title = lexicon.titles().MatchAt(draft.tokens(), t);
  }
  if (!title || !draft.AllFree(t, t + title->length)) return false;
  office.title = title->value;
  office.title_word = draft.Word(t);
  // A field before the title only makes sense for a domain title.
  if (!domain_words.empty()) {
    if (!office.title->domain) return false;
    office.parts.domain = CanonicalDomain(lexicon, domain_words);
    office.qualified = true;
  } else if (before_title > j) {
    office.qualified = true;
  }
  office.parts.ranks = ranks;
  office.last = t + title->length;
  ParseAfter(lexicon, memory, draft, text, office);
  // Bare lower-case job words ("head", "member", "deputy") are too common to
  // be posts on their own.
  // A title of several words ("chief of staff") is no bare job word.
  if (!office.qualified && ranks.empty() && !draft.tokens()[t].capitalized() &&
      title->length == 1 && IsLowerAmbiguousTitle(office.title_word)) {
    return false;
  }
  if (!office.qualified && ranks.empty() && office.title->generic) return false;
  Canonicalize(office);
  *out = std::move(office);
  return true;
}

// How the sentence wrote the post, without what only places it ("former",
// "the", "Kazakhstan's", "of the Republic of Kazakhstan").
std::string SurfaceOf(const MentionDraft& draft, std::string_view text, size_t first, size_t last) {
  auto is_home = [&](size_t i) {
    const Mention* m = MentionOfType(draft, i, MentionType::kCountry);
    return m != nullptr && m->name == Lexicon::kHomeCountry && m->other_country.empty();
  };
  while (first < last) {
    const std::string w = draft.Word(first);
    if (w == "former" || w == "ex" || w == "-" || w == "new" || w == "newly-appointed" ||
        w == "the" || w == "then") {
      ++first;
    } else if (is_home(first)) {
      first = draft.MentionAt(first)->last;
      if (draft.Word(first) == "'s") ++first;
    } else if (w == "country" && draft.Word(first + 1) == "'s") {
      first += 2;
    } else {
      break;
    }
  }
  // "... of the Republic of Kazakhstan", "... of Kazakhstan".
  for (size_t i = first + 1; i < last; ++i) {
    if (is_home(i) && draft.MentionAt(i)->last == last) {
      size_t cut = i;
      if (cut > first && draft.Word(cut - 1) == "the") --cut;
      if (cut > first && draft.Word(cut - 1) == "of") last = cut - 1;
      break;
    }
  }
  if (first >= last) return "";
  std::string surface(SpanText(draft.tokens(), first, last, text));
  if (!surface.empty()) surface[0] = static_cast<char>(std::toupper(surface[0]));
  return surface;
}

}  // namespace

void RecognizeOffices(const Lexicon& lexicon, std::string_view text, const ArticleMemory& memory,
                      MentionDraft& draft) {
  for (size_t i = 0; i < draft.size(); ++i) {
    const Mention* at = draft.MentionAt(i);
    // A post may start on a country, body or place mention ("Kazakh
    // President", "Senate Speaker"), never on another kind.
    if (at != nullptr && at->type != MentionType::kCountry &&
        at->type != MentionType::kOrganization && at->type != MentionType::kPlace) {
      continue;
    }
    if (at != nullptr && at->first != i) continue;
    OfficeDraft office;
    if (!ParseOffice(lexicon, memory, draft, text, i, &office)) continue;
    Mention mention;
    mention.type = MentionType::kOffice;
    mention.first = office.first;
    mention.last = office.last;
    mention.office = office.parts;
    mention.name = office.name;
    mention.surface = SurfaceOf(draft, text, office.first, office.last);
    mention.category = office.parts.former ? "former" : "";
    if (draft.Absorb(std::move(mention), {MentionType::kPerson, MentionType::kTime,
                                          MentionType::kLaw, MentionType::kOffice})) {
      i = office.last - 1;
    }
  }
}

}  // namespace kg
