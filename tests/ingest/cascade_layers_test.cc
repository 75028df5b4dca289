// The cascade's lower layers on their own: word classes and lemmas
// (ingest/words), chunks (ingest/chunks) and clause roles (ingest/clauses),
// each checked on sentences written for these tests.
#include <algorithm>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "ingest/article_extractor.h"
#include "ingest/reading/segmenter.h"
#include "ingest/relations/fact_merging.h"
#include "ingest/relations/pattern.h"
#include "ingest/words/word_lexicon.h"
#include "ingest/words/word_tagger.h"

namespace kg {
namespace {

TEST(WordLexiconTest, LemmasFromWordNet) {
  struct Case {
    std::string form;
    wordnet::Pos pos;
    std::string lemma;
  };
  const Case cases[] = {
      {"took", wordnet::kVerb, "take"},           {"appointed", wordnet::kVerb, "appoint"},
      {"ministers", wordnet::kNoun, "minister"},  {"stepped", wordnet::kVerb, "step"},
      {"relieved", wordnet::kVerb, "relieve"},    {"reappointed", wordnet::kVerb, "reappoint"},
      {"re-elected", wordnet::kVerb, "re-elect"}, {"left", wordnet::kVerb, "leave"},
      {"duties", wordnet::kNoun, "duty"},
  };
  for (const Case& c : cases) {
    const WordForms& forms = AnalyzeWordForm(c.form);
    EXPECT_TRUE(forms.Can(c.pos)) << c.form;
    EXPECT_EQ(forms.lemma[c.pos], c.lemma) << c.form;
  }
  EXPECT_FALSE(AnalyzeWordForm("zhaksybekov").Known());
  EXPECT_TRUE(AnalyzeWordForm("diplomat").PersonNoun());
  EXPECT_TRUE(AnalyzeWordForm("economist").PersonNoun());
  EXPECT_FALSE(AnalyzeWordForm("ministry").PersonNoun());
  EXPECT_FALSE(AnalyzeWordForm("post").PersonNoun());
}

// One extractor over the project's data for every test here (loading the
// lexicons is the slow part); nullptr when it cannot be made.
const ArticleExtractor* SharedExtractor() {
  static const absl::StatusOr<std::unique_ptr<ArticleExtractor>>* extractor =
      new absl::StatusOr<std::unique_ptr<ArticleExtractor>>(ArticleExtractor::Create(KG_DATA_DIR));
  EXPECT_TRUE(extractor->ok()) << extractor->status();
  return extractor->ok() ? extractor->value().get() : nullptr;
}

class CascadeTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto tagger = WordTagger::Load(std::string(KG_DATA_DIR) + "/words");
    ASSERT_TRUE(tagger.ok()) << tagger.status();
    tagger_ = new WordTagger(*std::move(tagger));
  }
  static void TearDownTestSuite() { delete tagger_; }

  // "word/class" for every token.
  static std::vector<std::string> Classes(const std::string& text) {
    const SegmentedText segmented = Segment(text);
    std::vector<std::string> out;
    const Sentence& s = segmented.sentences.at(0);
    const std::vector<TaggedWord> words = tagger_->Tag(s);
    for (size_t i = 0; i < s.tokens.size(); ++i) {
      out.push_back(std::string(s.tokens[i].text) + "/" +
                    std::string(WordClassName(words[i].word_class)));
    }
    return out;
  }

  static WordTagger* tagger_;
};
WordTagger* CascadeTest::tagger_ = nullptr;

TEST_F(CascadeTest, OneClassInContext) {
  // "head" is a verb after a modal and a noun after a determiner; a
  // participle after "be" is a verb, after a determiner and an adverb an
  // adjective; a capitalized word inside the sentence is a proper noun.
  EXPECT_EQ(Classes("She will head the region.")[2], "head/verb");
  EXPECT_EQ(Classes("She met the head of the region.")[3], "head/noun");
  EXPECT_EQ(Classes("He was swiftly named minister.")[3], "named/verb");
  EXPECT_EQ(Classes("He met the newly appointed minister.")[4], "appointed/adj");
  EXPECT_EQ(Classes("He met Aidos Temirkhanov.")[2], "Aidos/proper");
  EXPECT_EQ(Classes("He did not resign.")[2], "not/neg");
  // A decree's imperative opens the sentence.
  EXPECT_EQ(Classes("Appoint Aidos Temirkhanov as minister.")[0], "Appoint/verb");
  EXPECT_EQ(Classes("Head of the region Aidos Temirkhanov said.")[0], "Head/noun");
}

TEST_F(CascadeTest, VerbGroupsCarryVoiceTenseNegationAndModal) {
  const ArticleExtractor* extractor = SharedExtractor();
  ASSERT_NE(extractor, nullptr);
  struct Case {
    std::string sentence;
    std::string lemma;
    bool passive, perfect, negated, infinitive;
    std::string modal;
  };
  const Case cases[] = {
      {"Dana Orynbasarova has not been appointed minister.", "appoint", true, true, true, false,
       ""},
      {"Dana Orynbasarova will be appointed minister.", "appoint", true, false, false, false,
       "will"},
      {"Dana Orynbasarova stepped down.", "step", false, false, false, false, ""},
  };
  for (const Case& c : cases) {
    Article article;
    article.id = "t";
    article.text = c.sentence;
    bool seen = false;
    extractor->Extract(article, [&](const AnalyzedSentence& s, const ArticleContext&) {
      for (const Chunk& chunk : s.chunks) {
        if (chunk.type != ChunkType::kVerbGroup) continue;
        seen = true;
        EXPECT_EQ(chunk.verb.lemma, c.lemma) << c.sentence;
        EXPECT_EQ(chunk.verb.passive, c.passive) << c.sentence;
        EXPECT_EQ(chunk.verb.perfect, c.perfect) << c.sentence;
        EXPECT_EQ(chunk.verb.negated, c.negated) << c.sentence;
        EXPECT_EQ(chunk.verb.infinitive, c.infinitive) << c.sentence;
        EXPECT_EQ(chunk.verb.modal, c.modal) << c.sentence;
      }
    });
    EXPECT_TRUE(seen) << c.sentence;
  }
}

TEST_F(CascadeTest, ClauseRolesSkipAsidesAndKeepMarkers) {
  const ArticleExtractor* extractor = SharedExtractor();
  ASSERT_NE(extractor, nullptr);
  Article article;
  article.id = "t";
  article.text =
      "Aidos Temirkhanov, a lawyer by training, was appointed to the post of Minister of "
      "Justice by the President.";
  int clauses = 0;
  extractor->Extract(article, [&](const AnalyzedSentence& s, const ArticleContext&) {
    for (const Clause& clause : s.clauses) {
      if (s.chunks[clause.verb].verb.lemma != "appoint") continue;
      ++clauses;
      ASSERT_EQ(clause.subjects.size(), 1u);
      EXPECT_EQ(s.chunks[clause.subjects[0]].mention->name, "Aidos Temirkhanov");
      EXPECT_TRUE(clause.passive);
      ASSERT_EQ(clause.complements.size(), 1u);
      EXPECT_EQ(clause.complements[0].marker, "of");
      EXPECT_TRUE(clause.complements[0].container);
      EXPECT_EQ(s.chunks[clause.complements[0].chunk].mention->name, "Minister of Justice");
      ASSERT_EQ(clause.agents.size(), 1u);
    }
  });
  EXPECT_EQ(clauses, 1);
}

// A distinct invented surname for each i ("Kanaraov"), `syllables` long.
std::string InventedSurname(int i, int syllables) {
  static constexpr const char* kSyllables[] = {"ka", "na", "ra", "sa", "tu", "mu", "la"};
  std::string surname;
  for (int k = i, d = 0; d < syllables; ++d, k /= 7) surname += kSyllables[k % 7];
  surname[0] = static_cast<char>(surname[0] - 'a' + 'A');
  return surname + "ov";
}

// A sentence listing thousands of names (a roll call, or an attack) costs
// extraction work in proportion to its length: twice the names, about twice
// the pattern steps, never the square. Measured in steps, not seconds.
TEST(ExtractionCostTest, ALongListOfNamesIsLinear) {
  const ArticleExtractor* extractor = SharedExtractor();
  ASSERT_NE(extractor, nullptr);
  auto roll = [](int n) {
    static constexpr const char* kGiven[] = {"Aibek", "Dana", "Marat", "Saule"};
    Article article;
    article.id = "roll";
    article.text = "The President appointed ";
    for (int i = 0; i < n; ++i) {
      article.text += std::string(i ? ", " : "") + kGiven[i % 4] + " " + InventedSurname(i, 4);
    }
    article.text += " and others as deputy ministers.";
    return article;
  };
  auto steps = [&](int n) {
    const uint64_t before = Pattern::StepsOnThisThread();
    const ArticleFacts facts = extractor->Extract(roll(n));
    EXPECT_GT(facts.entities.size(), static_cast<size_t>(n / 2));
    return Pattern::StepsOnThisThread() - before;
  };
  const uint64_t small = steps(1000);
  const uint64_t large = steps(4000);
  EXPECT_LT(large, small * 6) << "4x the names took " << large << " steps against " << small;
}

// A credit line names a person (the photographer) with that role, and no
// fact: the picture is not the story.
TEST(CreditsTest, ACreditNamesItsPersonAndNothingElse) {
  const ArticleExtractor* extractor = SharedExtractor();
  ASSERT_NE(extractor, nullptr);
  Article article;
  article.id = "credits";
  article.text = "The Senate adopted the law on roads on Monday.";
  article.credits = {"Photo: Agency of News/Aigerim Sadykova", "Images | Akorda"};
  const ArticleFacts facts = extractor->Extract(article);
  std::vector<std::string> persons;
  for (const NodeRef& e : facts.entities) {
    if (e.kind != NodeKind::kPerson) continue;
    persons.push_back(e.name);
    EXPECT_NE(std::find(e.attributes.begin(), e.attributes.end(),
                        std::pair<std::string, std::string>{"credit", "photo"}),
              e.attributes.end())
        << e.name;
  }
  EXPECT_EQ(persons, std::vector<std::string>{"Aigerim Sadykova"});
  for (const Fact& f : facts.facts) EXPECT_NE(f.source.name, "Aigerim Sadykova");
}

// A byline's persons are the article's authors; a person the story quotes
// is not.
TEST(CreditsTest, BylinesNameAuthors) {
  const ArticleExtractor* extractor = SharedExtractor();
  ASSERT_NE(extractor, nullptr);
  Article article;
  article.id = "byline";
  article.text =
      "By Marat Bekov\nThe Senate met on Monday, Dana Serikova said.\n"
      "Reporting by Aigerim Sadykova; editing by Nurlan Ospanov\nPhoto by Saule Omarova";
  const ArticleFacts facts = extractor->Extract(article);
  std::map<std::string, std::string> credit;
  for (const NodeRef& e : facts.entities) {
    if (e.kind != NodeKind::kPerson) continue;
    credit[e.name] = "";
    for (const auto& [key, value] : e.attributes) {
      if (key == "credit") credit[e.name] = value;
    }
  }
  EXPECT_EQ(credit, (std::map<std::string, std::string>{{"Marat Bekov", "author"},
                                                       {"Dana Serikova", ""},
                                                       {"Aigerim Sadykova", "author"},
                                                       {"Nurlan Ospanov", "author"},
                                                       {"Saule Omarova", "photo"}}));
}

// What the article remembers of its bodies is one entry a noun, not one a
// mention: a long article's memory (copied for every sentence) stays small.
// An article naming thousands of people, each in a sentence of their own:
// its facts are merged comparing only facts about the same person and post.
TEST(ExtractionCostTest, ManyPersonsAcrossSentencesAreLinear) {
  const ArticleExtractor* extractor = SharedExtractor();
  ASSERT_NE(extractor, nullptr);
  auto roll = [](int n) {
    Article article;
    article.id = "people";
    article.date = Date(2025, 6, 1);
    for (int i = 0; i < n; ++i) {
      article.text += "Aibek " + InventedSurname(i, 5) +
                      " was appointed Minister of Energy on 3 May 2024. In December he resigned. ";
    }
    return article;
  };
  auto comparisons = [&](int n) {
    const uint64_t before = FactComparisonsOnThisThread();
    const ArticleFacts facts = extractor->Extract(roll(n));
    EXPECT_GE(facts.facts.size(), static_cast<size_t>(n));
    return FactComparisonsOnThisThread() - before;
  };
  const uint64_t small = comparisons(500);
  const uint64_t large = comparisons(2000);
  EXPECT_GT(small, 0u);
  EXPECT_LT(large, small * 6) << "4x the people took " << large << " comparisons against " << small;
}

TEST(ExtractionCostTest, TheMemoryOfBodiesKeepsOneEntryANoun) {
  const ArticleExtractor* extractor = SharedExtractor();
  ASSERT_NE(extractor, nullptr);
  Article article;
  article.id = "bodies";
  for (int i = 0; i < 500; ++i) {
    article.text += "The Ministry of Energy met the Agency for Statistics in Almaty Region. ";
  }
  size_t most = 0;
  extractor->Extract(article, [&](const AnalyzedSentence&, const ArticleContext& context) {
    most = std::max(most, context.Memory().bodies.size());
  });
  EXPECT_GE(most, 2u);  // the ministry and the agency (and the region) are remembered
  EXPECT_LE(most, 3u);
}

}  // namespace
}  // namespace kg
