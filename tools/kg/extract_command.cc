// kg extract FILE... [--format jsonl|explain]: what kg reads out of each
// article, without a store. jsonl is the scorer's format (one line per
// article); explain shows every sentence with what was recognized in it, to
// see why a fact was or was not extracted.
#include <iostream>

#include "ingest/article_extractor.h"
#include "ingest/article_reader.h"
#include "tools/kg/command.h"
#include "tools/kg/facts_json.h"

namespace kg {
namespace {

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
