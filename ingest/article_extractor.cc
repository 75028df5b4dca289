#include "ingest/article_extractor.h"

#include "ingest/recognize/recognizer.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <utility>

#include "graph/name_folding.h"
#include "graph/status_macros.h"
#include "ingest/chunks/law_descriptions.h"
#include "ingest/discourse/article_context.h"
#include "ingest/reading/segmenter.h"
#include "ingest/recognize/phrase_table.h"
#include "ingest/relations/appointment_extractor.h"
#include "ingest/relations/career_extractor.h"
#include "ingest/relations/event_extractor.h"
#include "ingest/relations/fact_merging.h"
#include "ingest/relations/law_stage_extractor.h"
#include "ingest/relations/partnership_extractor.h"
#include "ingest/relations/post_moves.h"
#include "ingest/relations/role_relation_extractor.h"
#include "ingest/relations/title_extractor.h"

namespace kg {
namespace {

// How many sentences open an article: the lead, where news says when its
// story happened.
constexpr ptrdiff_t kLeadSentences = 3;

bool MentionsMeeting(const AnalyzedSentence& sentence) {
  const SentenceItems& items = *sentence.items;
  for (size_t i = 0; i < items.size(); ++i) {
    if (items.IsWord(i, "meeting") || items.IsWord(i, "session") || items.IsWord(i, "sitting") ||
        items.IsWord(i, "plenary")) {
      return true;
    }
  }
  return false;
}

// The day-precision date a sentence gives, if any.
Date DayOf(const AnalyzedSentence& sentence) {
  for (const Mention& m : sentence.mentions) {
    if (m.type == MentionType::kTime && m.time.type == TimeExpression::Type::kPoint &&
        m.time.date.precision() == Date::Precision::kDay) {
      return m.time.date;
    }
  }
  return Date();
}

// Entities worth listing for an article besides persons: what its sentences
// name (demonyms and law anaphors name nothing by themselves). Repeats are
// dropped once laws have their canonical names, at the end of the article.
void CollectEntities(const AnalyzedSentence& sentence, std::vector<NodeRef>* entities) {
  for (const Mention& m : sentence.mentions) {
    if (m.type == MentionType::kPerson || m.type == MentionType::kPronoun ||
        m.type == MentionType::kTime || m.name.empty()) {
      continue;
    }
    if (m.type == MentionType::kCountry && m.demonym) continue;
    entities->push_back(MentionRef(m));
  }
}

}  // namespace

absl::StatusOr<std::unique_ptr<ArticleExtractor>> ArticleExtractor::Create(
    const std::string& data_dir) {
  const std::string dir = data_dir + "/lexicon";
  const std::string words_dir = data_dir + "/words";
  KG_ASSIGN_OR_RETURN(std::unique_ptr<Lexicon> lexicon, Lexicon::Load(dir));
  KG_ASSIGN_OR_RETURN(WordTagger tagger, WordTagger::Load(words_dir));
  KG_ASSIGN_OR_RETURN(VerbClasses verb_classes, VerbClasses::Load(words_dir));
  // The lexicons' bytes, in name order, and the rules' version.
  std::vector<std::filesystem::path> files;
  for (const std::string& d : {dir, words_dir}) {
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(d, error)) {
      if (entry.is_regular_file()) files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  Article fingerprint;
  fingerprint.title = "kg rules " + std::to_string(kRulesVersion);
  for (const auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    fingerprint.text += file.filename().string();
    fingerprint.text.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  std::unique_ptr<ArticleExtractor> extractor(new ArticleExtractor(
      std::move(lexicon), std::move(tagger), std::move(verb_classes), fingerprint.ContentHash()));
  KG_ASSIGN_OR_RETURN(extractor->jurisdiction_,
                      JurisdictionRules::Load(dir, *extractor->lexicon_));
  return extractor;
}

ArticleExtractor::ArticleExtractor(std::unique_ptr<Lexicon> lexicon, WordTagger tagger,
                                   VerbClasses verb_classes, uint64_t fingerprint)
    : lexicon_(std::move(lexicon)),
      tagger_(std::move(tagger)),
      verb_classes_(std::move(verb_classes)),
      fingerprint_(fingerprint),
      analyzer_(*lexicon_) {
  extractors_.push_back(std::make_unique<RoleRelationExtractor>(verb_classes_));
  extractors_.push_back(std::make_unique<AppointmentExtractor>());
  extractors_.push_back(std::make_unique<TitleExtractor>());
  extractors_.push_back(std::make_unique<CareerExtractor>());
  extractors_.push_back(std::make_unique<LawStageExtractor>(verb_classes_));
  extractors_.push_back(std::make_unique<PartnershipExtractor>());
  extractors_.push_back(std::make_unique<EventExtractor>());
}

namespace {

void AddCredit(ArticleContext& context, int person, std::string_view role) {
  auto& attributes = context.mutable_person(person).attributes;
  const std::pair<std::string, std::string> credit{"credit", std::string(role)};
  if (std::find(attributes.begin(), attributes.end(), credit) == attributes.end()) {
    attributes.push_back(credit);
  }
}

// "By Alimat Aliyeva", "Reporting by X": the byline's person is the author.
void NoteBylines(const AnalyzedSentence& sentence, ArticleContext& context) {
  for (const Mention& m : sentence.mentions) {
    if (m.type != MentionType::kPerson || m.entity < 0) continue;
    const std::string_view role = BylineRole(sentence.sentence->tokens, m.first);
    if (!role.empty()) AddCredit(context, m.entity, role);
  }
}

}  // namespace

void ArticleExtractor::ReadCredits(const Article& article, ArticleContext& context) const {
  // "Photo: Federal Government/Aigerim Sadykova": what follows the label is
  // read like a sentence, for persons only; each is the picture's
  // photographer (or whoever the credit names), not an actor in the story.
  for (const std::string& credit : article.credits) {
    const size_t separator = credit.find_first_of("|:");
    if (separator == std::string::npos) continue;
    std::string named = credit.substr(separator + 1);
    std::replace(named.begin(), named.end(), '/', ',');  // "Agency/Name"
    for (const Sentence& sentence : Segment(named).sentences) {
      AnalyzedSentence analyzed = analyzer_.Analyze(sentence, named, article.date, context.Memory());
      context.Resolve(analyzed);
      for (const Mention& m : analyzed.mentions) {
        if (m.type == MentionType::kPerson && m.entity >= 0) AddCredit(context, m.entity, "photo");
      }
    }
  }
}

ArticleFacts ArticleExtractor::Extract(const Article& article, const HolderLookup* graph) const {
  return Extract(article, nullptr, graph);
}

ArticleFacts ArticleExtractor::Extract(const Article& article, const SentenceObserver& observer,
                                       const HolderLookup* graph) const {
  ArticleFacts result;
  result.id = article.id;
  result.date = article.date;
  result.title = article.title;
  result.url = article.url;
  result.content_hash = ContentHash(article);

  ArticleContext context(article, graph);
  std::vector<FactDraft> drafts;
  std::vector<NodeRef> others;
  const std::string text = UnwrapHardWrappedLines(article.text);
  const SegmentedText segmented = Segment(text);
  for (const Sentence& sentence : segmented.sentences) {
    AnalyzedSentence analyzed =
        analyzer_.Analyze(sentence, text, article.date, context.Memory());
    // The word classes; then laws described by what they do, which become
    // mentions before the article resolves anaphors ("the bill") to them.
    // Chunks point at mentions, which resolution fills in but never moves.
    analyzed.words = tagger_.Tag(sentence);
    analyzed.chunks = ChunkSentence(*analyzed.items, analyzed.words);
    if (DescribeLaws(analyzed.chunks, text, &analyzed)) {
      analyzed.Relayout();
      analyzed.chunks = ChunkSentence(*analyzed.items, analyzed.words);
    }
    context.Resolve(analyzed);
    NoteBylines(analyzed, context);
    analyzed.clauses = AnalyzeClauses(analyzed.chunks);
    const bool meeting = MentionsMeeting(analyzed);
    if (meeting) {
      if (Date day = DayOf(analyzed); !day.empty()) context.set_meeting_date(day);
    }
    if (&sentence - segmented.sentences.data() < kLeadSentences && context.story_date().empty()) {
      context.set_story_date(DayOf(analyzed));
    }
    if (observer) observer(analyzed, context);
    const ExtractionInput input{analyzed, text, context, *lexicon_};
    const size_t first_fact = drafts.size();
    for (const auto& extractor : extractors_) extractor->Extract(input, &drafts);
    LeavePostsForNewOnes(input, std::span<FactDraft>(drafts).subspan(first_fact));
    for (size_t f = first_fact; f < drafts.size(); ++f) {
      if (drafts[f].fact.relation == Relation::kAppointedTo && drafts[f].source_person >= 0) {
        context.NoteAppointee(drafts[f].fact.target.name, drafts[f].source_person);
      }
    }
    context.NoteChambers(analyzed, meeting);
    CollectEntities(analyzed, &others);
  }
  ReadCredits(article, context);

  // Persons get their final names only now.
  for (FactDraft& draft : drafts) {
    if (draft.source_person >= 0) draft.fact.source = context.PersonRef(draft.source_person);
    if (draft.target_person >= 0) draft.fact.target = context.PersonRef(draft.target_person);
    if (draft.fact.source.kind == NodeKind::kLaw) {
      draft.fact.source.name = context.CanonicalLaw(draft.fact.source.name);
    }
    result.facts.push_back(std::move(draft.fact));
  }
  result.facts = MergeArticleFacts(std::move(result.facts));
  for (int id = 0; id < context.person_count(); ++id) {
    result.entities.push_back(context.PersonRef(id));
  }
  std::set<std::pair<NodeKind, std::string>> listed;
  for (NodeRef& ref : others) {
    if (ref.kind == NodeKind::kLaw) ref.name = context.CanonicalLaw(ref.name);
    if (listed.insert({ref.kind, FoldName(ref.name)}).second) {
      result.entities.push_back(std::move(ref));
    }
  }
  if (jurisdiction_.has_value()) jurisdiction_->Apply(article, &result, graph);
  return result;
}

}  // namespace kg
