// Titles seen in passing and former posts:
//
//   Minister of Finance Ruslan Akhmetzhanov said ...   held, as_of the article date
//   Nurlan Nigmatulin, Chairperson of the Majilis, ... held, as_of
//   former deputy minister Azhar Giniyat ...           held, ended by the article date
//   X, who had previously served as first deputy prime minister, ...   the same
//   Oil Minister X, who had held the post since 2007, ...              held from 2007
//   Senator X, Majilis deputy X                        member_of the chamber, as_of
//
// An ended post's end is the article date, marked inferred: the text says it
// was over by then, not when it ended.
#include "ingest/relations/title_extractor.h"

namespace kg {
namespace {

// The chamber a seat is in: "Deputy of the Senate" -> "Senate".
std::string ChamberOf(const Mention& office) {
  if (!office.office.of.empty()) return office.office.of;
  const std::string& name = office.name;
  const size_t of = name.find(" of the ");
  if (of != std::string::npos) return name.substr(of + 8);
  return "";
}

// A bare "Head" or "Chair" names no post by itself.
bool NamesAPost(const Mention& office) {
  const std::string& t = office.office.title;
  if ((t == "Head" || t == "Chair" || t == "Director" || t == "Deputy" || t == "Member") &&
      office.office.of.empty() && office.office.domain.empty()) {
    return false;
  }
  return !office.office.generic;
}

}  // namespace

TitleExtractor::TitleExtractor()
    : before_name_(MustCompile("<office:post>+ [,] <person:who>")),
      apposition_(MustCompile("<person:who> , [the|a|an] <office:post>+ ( , | . | ; | $ )")),
      previously_(MustCompile("<person:who> , who [had|has] [previously|earlier|formerly|before] "
                              "(served|worked|been) [as] [the] <office:post>")),
      held_since_(MustCompile(
          "<office:post> <person:who> , who (had|has) (held|occupied) the (post|position) "
          "<time:when>")),
      has_been_(MustCompile(
          "<person|pronoun:who> [ \\( ~2 \\) ] [,] (has|had|have) [already|previously|also] been "
          "[the|a|an] <office:post>+")),
      retained_(MustCompile(
          "<person|pronoun:who> ~~6 (retained|retains|kept|keeps|remained|remains|stayed) [in] "
          "[the|<pronoun>] (post|position|posts|positions|role) [of|as] [the] <office:post>")),
      entry_(MustCompile("^ <person:who> \\( ~~3 \\) ( - | – | — ) [a|an|the] <office:post>+")) {}

void TitleExtractor::Extract(const ExtractionInput& input, std::vector<FactDraft>* out) const {
  const Date as_of = input.context.date();
  // `title`: the post is a title the sentence gives the person, not what
  // the sentence says of them ("has been", "retained the post of").
  auto emit = [&](const Mention& post, int person, bool former, Date start, bool title) {
    if (person < 0 || !NamesAPost(post)) return;
    if (post.office.member) {
      const std::string chamber = ChamberOf(post);
      if (chamber.empty() || former) return;
      NodeRef org;
      org.kind = NodeKind::kOrganization;
      org.name = chamber;
      FactDraft fact = PersonFact(input, Relation::kMemberOf, person, org);
      fact.fact.time.as_of = as_of;
      out->push_back(std::move(fact));
      return;
    }
    if (!former) input.context.NoteTitle(post.name, person);
    FactDraft fact = PersonFact(input, Relation::kHeld, person, MentionRef(post));
    fact.description = title || former;
    if (former) {
      fact.fact.time.end = as_of;
      fact.fact.time.end_inferred = !as_of.empty();
    } else if (!start.empty()) {
      fact.fact.time.start = start;
    } else {
      fact.fact.time.as_of = as_of;
      fact.in_passing = title;
    }
    out->push_back(std::move(fact));
  };
  for (const PatternMatch& m : before_name_.FindAll(input.items())) {
    // "X, former deputy minister, Y, former head of Z": a post set off by
    // commas after a name is that name's, not the next one's.
    const SentenceItems& items = input.items();
    const bool comma_form = items.IsWord(m.Item("who") - 1, ",");
    // "the Minister, X, said": the name set off by commas on both sides; "by
    // decree of the Head of State, X has been relieved" is no apposition.
    if (comma_form &&
        !(items.IsWord(m.end, ",") || items.IsWord(m.end, ".") || m.end >= items.size())) {
      continue;
    }
    if (comma_form && m.begin >= 2 && items.IsWord(m.begin - 1, ",") &&
        items[m.begin - 2].mention != nullptr &&
        items[m.begin - 2].mention->type == MentionType::kPerson) {
      continue;
    }
    const int person = input.context.PersonOf(input.mention_at(m.Item("who")));
    // "X was appointed A, and Deputy Prime Minister Y remained": a post
    // before ", and" ends the clause before; only the titles after it are Y's.
    std::vector<size_t> posts = m.Items("post");
    for (size_t k = posts.size(); k-- > 1;) {
      if (items.IsWord(posts[k] - 1, "and") && items.IsWord(posts[k] - 2, ",")) {
        posts.erase(posts.begin(), posts.begin() + static_cast<std::ptrdiff_t>(k));
        break;
      }
    }
    for (size_t item : posts) {
      const Mention& post = input.mention_at(item);
      // "adviser to President X": X is the President, the aide is another.
      if (!comma_form && !post.office.principal.empty()) continue;
      emit(post, person, post.office.former, Date(), /*title=*/true);
    }
  }
  for (const PatternMatch& m : apposition_.FindAll(input.items())) {
    const int person = input.context.PersonOf(input.mention_at(m.Item("who")));
    for (size_t item : m.Items("post")) {
      const Mention& post = input.mention_at(item);
      emit(post, person, post.office.former, Date(), /*title=*/true);
    }
  }
  // "X has already been deputy minister, deputy chairman of Y and minister":
  // each was held, when is not said. "X (1968) – Ambassador of ...": the post
  // a list of people gives.
  for (const Pattern* pattern : {&has_been_, &entry_, &retained_}) {
    for (const PatternMatch& m : pattern->FindAll(input.items())) {
      const int person = input.context.PersonOf(input.mention_at(m.Item("who")));
      for (size_t item : m.Items("post")) {
        emit(input.mention_at(item), person, false, Date(), /*title=*/false);
      }
    }
  }
  for (const PatternMatch& m : previously_.FindAll(input.items())) {
    const int person = input.context.PersonOf(input.mention_at(m.Item("who")));
    emit(input.mention_at(m.Item("post")), person, /*former=*/true, Date(), /*title=*/false);
  }
  for (const PatternMatch& m : held_since_.FindAll(input.items())) {
    const Mention& when = input.mention_at(m.Item("when"));
    if (when.time.type != TimeExpression::Type::kSince) continue;
    const int person = input.context.PersonOf(input.mention_at(m.Item("who")));
    emit(input.mention_at(m.Item("post")), person, false, when.time.start, /*title=*/false);
  }
}

}  // namespace kg
