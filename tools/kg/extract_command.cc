// kg extract FILE... [--format jsonl|explain]: what kg reads out of each
// article, without a store. jsonl is the scorer's format (one line per
// article); explain shows every sentence with what was recognized in it, to
// see why a fact was or was not extracted.
#include <iostream>

#include "ingest/article_extractor.h"
#include "ingest/reading/article_reader.h"
#include "tools/kg/command.h"
#include "tools/kg/facts_json.h"

namespace kg {
namespace {

// The words of items [begin, end), as the sentence wrote them.
std::string_view ItemsText(const AnalyzedSentence& sentence, size_t begin, size_t end,
                           std::string_view text) {
  const SentenceItems& items = *sentence.items;
  auto first = [&](size_t i) {
    return items[i].token != nullptr ? items[i].token->begin
                                     : sentence.sentence->tokens[items[i].mention->first].begin;
  };
  auto last = [&](size_t i) {
    return items[i].token != nullptr ? items[i].token->end
                                     : sentence.sentence->tokens[items[i].mention->last - 1].end;
  };
  return text.substr(first(begin), last(end - 1) - first(begin));
}

// The cascade's layers: word classes, chunks, and each clause's roles.
void ExplainLayers(const AnalyzedSentence& sentence, std::string_view text, std::ostream& out) {
  const Sentence& s = *sentence.sentence;
  out << "  |   classes:";
  for (size_t i = 0; i < s.tokens.size() && i < sentence.words.size(); ++i) {
    const TaggedWord& w = sentence.words[i];
    out << " " << s.tokens[i].text << "/" << WordClassName(w.word_class);
    if (w.word_class == WordClass::kVerb && w.lemma != s.tokens[i].normalized)
      out << ":" << w.lemma;
  }
  out << "\n  |   chunks:";
  for (const Chunk& c : sentence.chunks) {
    out << " [" << ChunkTypeName(c.type) << " " << ItemsText(sentence, c.begin, c.end, text);
    if (c.type == ChunkType::kVerbGroup) {
      out << " :" << c.verb.lemma << (c.verb.particle.empty() ? "" : " " + c.verb.particle)
          << (c.verb.passive ? " passive" : "") << (c.verb.perfect ? " perfect" : "")
          << (c.verb.negated ? " negated" : "") << (c.verb.infinitive ? " infinitive" : "")
          << (c.verb.modal.empty() ? "" : " " + c.verb.modal);
    }
    out << "]";
  }
  out << "\n";
  auto phrases = [&](const char* role, const std::vector<int>& list) {
    if (list.empty()) return;
    out << " " << role << "=";
    for (size_t k = 0; k < list.size(); ++k) {
      const Chunk& c = sentence.chunks[list[k]];
      out << (k ? "|" : "") << ItemsText(sentence, c.begin, c.end, text);
    }
  };
  for (const Clause& clause : sentence.clauses) {
    const Chunk& verb = sentence.chunks[clause.verb];
    out << "  |   clause " << verb.verb.lemma << ":";
    phrases("subject", clause.subjects);
    phrases("object", clause.objects);
    phrases("titles", clause.object_titles);
    phrases("agent", clause.agents);
    if (clause.apposed_post >= 0) phrases("apposed-post", {clause.apposed_post});
    for (const Complement& complement : clause.complements) {
      const Chunk& c = sentence.chunks[complement.chunk];
      out << " complement(" << (complement.marker.empty() ? "bare" : complement.marker)
          << (complement.container ? ",post" : "")
          << ")=" << ItemsText(sentence, c.begin, c.end, text);
    }
    if (clause.controller >= 0)
      out << " controller=" << sentence.chunks[clause.controller].verb.lemma;
    if (clause.relative) out << " relative";
    if (clause.shared_subject) out << " shared-subject";
    if (clause.conditional) out << " conditional";
    out << "\n";
  }
}

void Explain(const AnalyzedSentence& sentence, const ArticleContext& context, std::string_view text,
             std::ostream& out) {
  const Sentence& s = *sentence.sentence;
  out << "  | " << text.substr(s.begin, s.end - s.begin) << "\n";
  for (const Mention& m : sentence.mentions) {
    out << "  |   " << MentionTypeName(m.type) << ": "
        << text.substr(s.tokens[m.first].begin, s.tokens[m.last - 1].end - s.tokens[m.first].begin);
    if (!m.name.empty()) out << " => " << m.name;
    if (!m.category.empty()) out << " (" << m.category << ")";
    if (m.type == MentionType::kTime) {
      out << " [" << m.time.date.ToString() << m.time.start.ToString() << ".."
          << m.time.end_date.ToString() << "]";
    }
    if ((m.type == MentionType::kPerson || m.type == MentionType::kPronoun) && m.entity >= 0) {
      out << " -> " << context.person(m.entity).name;
    }
    out << "\n";
  }
  ExplainLayers(sentence, text, out);
}

}  // namespace

void RegisterExtractCommand(CLI::App& app, CommandContext& context) {
  struct Options {
    std::vector<std::string> files;
    std::string format = "jsonl";
  };
  auto options = std::make_shared<Options>();
  CLI::App* command = app.add_subcommand(
      "extract", "Print the entities and facts kg reads out of articles, without storing them");
  command->add_option("files", options->files, "Input files (seed text or JSON Lines; - for stdin)")
      ->required();
  command->add_option("--format", options->format, "jsonl (default) or explain")
      ->check(CLI::IsMember({"jsonl", "explain"}));
  command->callback([options, &context] {
    auto extractor = ArticleExtractor::Create(context.data_dir);
    if (!extractor.ok()) {
      context.exit_code = ReportError(extractor.status());
      return;
    }
    ArticleReader reader;
    bool skipped = false;
    for (const std::string& file : options->files) {
      const absl::Status status = reader.ReadFile(
          file,
          [&](Article article) {
            if (options->format == "explain") {
              std::cout << "== " << article.id << " " << article.date.ToString() << " "
                        << article.title << "\n";
              ArticleFacts facts =
                  (*extractor)
                      ->Extract(article, [&](const AnalyzedSentence& s, const ArticleContext& c) {
                        Explain(s, c, article.text, std::cout);
                      });
              for (const Fact& f : facts.facts) {
                std::cout << "  * " << RelationName(f.relation) << "(" << f.source.name << " -> "
                          << f.target.name << ") date=" << f.time.date.ToString()
                          << " start=" << f.time.start.ToString()
                          << " end=" << f.time.end.ToString()
                          << " as_of=" << f.time.as_of.ToString() << " stage=" << f.stage
                          << " by=" << f.by << "\n";
              }
            } else {
              std::cout << FactsToJsonLine((*extractor)->Extract(article)) << "\n";
            }
            return absl::OkStatus();
          },
          [&](const BadArticle& bad) {
            skipped = true;
            std::cerr << bad.ToString() << "\n";
          });
      if (!status.ok()) {
        std::cerr << "kg: " << status.message() << "\n";
        skipped = true;
      }
    }
    std::cout.flush();
    context.exit_code = skipped ? kExitFailure : kExitOk;
  });
}

}  // namespace kg
