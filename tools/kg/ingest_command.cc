// kg ingest FILE...: read articles, extract their facts and write them to the
// store, one atomic batch per article. Bad articles are reported as
// file:line: reason and skipped; the exit status is 1 when any was.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "ingest/article_extractor.h"
#include "ingest/article_reader.h"
#include "tools/kg/command.h"
#include "tools/kg/store_holder_lookup.h"

namespace kg {
namespace {

struct IngestCounts {
  uint64_t added = 0;
  uint64_t replaced = 0;
  uint64_t unchanged = 0;
  uint64_t skipped = 0;
  uint64_t facts = 0;
  uint64_t bytes = 0;

  uint64_t articles() const { return added + replaced + unchanged; }
};

}  // namespace

void RegisterIngestCommand(CLI::App& app, CommandContext& context) {
  struct Options {
    std::vector<std::string> files;
    bool quiet = false;
  };
  auto options = std::make_shared<Options>();
  CLI::App* command = app.add_subcommand(
      "ingest", "Extract the facts of articles and add them to the store (--db)");
  command
      ->add_option("files", options->files,
                   "Input files: seed text or JSON Lines, detected from content; - for stdin")
      ->required();
  command->add_flag("-q,--quiet", options->quiet, "No progress or summary on stderr");
  command->callback([options, &context] {
    auto extractor = ArticleExtractor::Create(context.data_dir);
    if (!extractor.ok()) {
      context.exit_code = ReportError(extractor.status());
      return;
    }
    // An ingest that stores nothing leaves no store behind (a typo in a file
    // name must not leave an empty kg.db to be found later).
    std::error_code error;
    const bool store_existed = std::filesystem::exists(context.db_path, error);
    auto store = OpenStoreForWriting(context);
    if (!store.ok()) {
      context.exit_code = ReportError(store.status());
      return;
    }
    // Posts an article names without a person resolve to their holder in
    // the graph at the article's date ("the Head of State signed").
    const StoreHolderLookup holders(**store);
    const bool progress = !options->quiet && isatty(STDERR_FILENO);
    const auto started = std::chrono::steady_clock::now();
    IngestCounts counts;
    absl::Status failure;
    ArticleReader reader;
    for (const std::string& file : options->files) {
      // An unreadable file is bad input like a bad article: report, go on.
      std::error_code error;
      if (file != "-" && std::filesystem::is_directory(file, error)) {
        std::cerr << "kg: " << file << ": is a directory, not a file of articles\n";
        ++counts.skipped;
        continue;
      }
      if (file != "-" && !std::ifstream(file)) {
        std::cerr << "kg: cannot read " << file << "\n";
        ++counts.skipped;
        continue;
      }
      failure = reader.ReadFile(
          file,
          [&](Article article) -> absl::Status {
            const ArticleFacts facts = (*extractor)->Extract(article, &holders);
            auto outcome = (*store)->WriteArticle(facts);
            if (!outcome.ok()) {
              return absl::Status(outcome.status().code(),
                                  article.origin_file + ":" + std::to_string(article.origin_line) +
                                      ": " + std::string(outcome.status().message()));
            }
            switch (*outcome) {
              case Store::WriteOutcome::kAdded:
                ++counts.added;
                break;
              case Store::WriteOutcome::kReplaced:
                ++counts.replaced;
                break;
              case Store::WriteOutcome::kUnchanged:
                ++counts.unchanged;
                break;
            }
            counts.facts += facts.facts.size();
            counts.bytes += article.text.size();
            if (progress && counts.articles() % 100 == 0) {
              std::fprintf(stderr, "\rkg: %llu articles",
                           static_cast<unsigned long long>(counts.articles()));
            }
            return absl::OkStatus();
          },
          [&](const BadArticle& bad) {
            ++counts.skipped;
            if (progress) std::fputs("\r", stderr);
            std::cerr << bad.ToString() << "\n";
          });
      // A store failure ends the run: what was written stays, whole articles.
      if (!failure.ok()) break;
    }
    if (!store_existed && counts.articles() == 0) {
      store->reset();
      std::filesystem::remove_all(context.db_path, error);
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    if (progress) std::fputs("\r", stderr);
    if (!options->quiet) {
      std::fprintf(stderr,
                   "kg: %llu articles (%llu added, %llu replaced, %llu unchanged), %llu skipped, "
                   "%llu facts, %.1f MB in %.2f s\n",
                   static_cast<unsigned long long>(counts.articles()),
                   static_cast<unsigned long long>(counts.added),
                   static_cast<unsigned long long>(counts.replaced),
                   static_cast<unsigned long long>(counts.unchanged),
                   static_cast<unsigned long long>(counts.skipped),
                   static_cast<unsigned long long>(counts.facts), counts.bytes / 1e6, seconds);
    }
    if (!failure.ok()) {
      context.exit_code = ReportError(failure);
      return;
    }
    context.exit_code = counts.skipped > 0 ? kExitFailure : kExitOk;
  });
}

}  // namespace kg
