// kg ingest FILE...: read articles, extract their facts and write them to the
// store, one atomic batch per article. Bad articles are reported as
// file:line: reason and skipped; the exit status is 1 when any was. On a
// terminal a progress line (progress.h) shows how far it is; -q hides it
// and the summary.
#include <malloc.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <thread>

#include "ingest/article_extractor.h"
#include "ingest/reading/article_reader.h"
#include "query/questions/stored_tenures.h"
#include "tools/kg/command.h"
#include "tools/kg/ingest_pipeline.h"
#include "tools/kg/progress.h"

namespace kg {
namespace {

// How often the heap's free pages go back to the system (malloc_trim).
constexpr uint64_t kArticlesPerTrim = 4096;

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
    int jobs = 0;
  };
  auto options = std::make_shared<Options>();
  CLI::App* command = app.add_subcommand(
      "ingest", "Extract the facts of articles and add them to the store (--db)");
  command
      ->add_option("files", options->files,
                   "Input files: seed text or JSON Lines, detected from content; - for stdin")
      ->required();
  command->add_option("-j,--jobs", options->jobs,
                      "Threads extracting articles (default: one per core); the store is the "
                      "same whatever the number");
  command->callback([options, &context] {
    // A fixed threshold for mmap: glibc raises its own as large blocks are
    // freed, and RocksDB's memtable arenas (megabytes each) then come from
    // the heaps, whose middle is never given back. Halfway through 1M
    // articles they held 115 MB more than was in use. (One malloc arena for
    // all threads saved as much at 30k articles, but made --jobs 2 a fifth
    // slower: the workers waited on its lock.)
    mallopt(M_MMAP_THRESHOLD, 256 << 10);
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
    // The input's size, for the share done and the ETA: known when every
    // input is a regular file (stdin and pipes are not).
    std::optional<uint64_t> total_bytes = 0;
    for (const std::string& file : options->files) {
      std::error_code error;
      const bool regular = file != "-" && std::filesystem::is_regular_file(file, error);
      const uintmax_t size = regular ? std::filesystem::file_size(file, error) : 0;
      if (!regular || error) {
        total_bytes.reset();
        break;
      }
      *total_bytes += size;
    }
    Progress progress(!context.quiet && isatty(STDERR_FILENO), total_bytes);
    // Input bytes read: whole files done, plus the current file's article
    // text (its markup is not counted, so the share runs slightly behind).
    uint64_t files_done_bytes = 0;
    uint64_t file_bytes = 0;
    const auto started = std::chrono::steady_clock::now();
    IngestCounts counts;
    absl::Status failure;
    ArticleReader reader;
    // Extraction on `jobs` threads, writes in input order on this one
    // (ingest_pipeline.h). Posts an article names without a person resolve
    // to their holder in the graph at the article's date ("the Head of
    // State signed").
    const int jobs = options->jobs > 0
                         ? options->jobs
                         : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    std::optional<IngestPipeline> pipeline;
    pipeline.emplace(**extractor, **store, jobs, [&](const IngestPipeline::Written& w) {
      switch (w.outcome) {
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
      counts.facts += w.facts;
      // What the heap holds free, in pages, back to the system now and then.
      if (counts.articles() % kArticlesPerTrim == 0) malloc_trim(0);
      counts.bytes += w.article.text.size();
      file_bytes += w.article.title.size() + w.article.text.size();
      progress.Update(counts.articles(), files_done_bytes + file_bytes);
    });
    for (const std::string& file : options->files) {
      // An unreadable file is bad input like a bad article: report, go on.
      std::error_code error;
      if (file != "-" && std::filesystem::is_directory(file, error)) {
        std::cerr << "kg: " << file << ": is a directory, not a file of articles\n";
        ++counts.skipped;
        continue;
      }
      if (file != "-" && !std::ifstream(file)) {
        progress.Clear();
        std::cerr << "kg: cannot read " << file << "\n";
        ++counts.skipped;
        continue;
      }
      failure = reader.ReadFile(
          file, [&](Article article) { return pipeline->Submit(std::move(article)); },
          [&](const BadArticle& bad) {
            ++counts.skipped;
            progress.Clear();
            std::cerr << bad.ToString() << "\n";
          });
      // The file's articles are written before its size counts as done.
      if (failure.ok()) failure = pipeline->Finish();
      std::error_code size_error;
      const uintmax_t size = file == "-" ? 0 : std::filesystem::file_size(file, size_error);
      files_done_bytes += size_error || file == "-" ? file_bytes : size;
      file_bytes = 0;
      // A store failure ends the run: what was written stays, whole articles.
      if (!failure.ok()) break;
    }
    // After a failure nothing more is written; the threads end before the store closes.
    pipeline.reset();
    // The tenures of the posts this run (or a run cut short, or an upgrade
    // of the store) left stale, kept for the questions
    // (query/questions/stored_tenures.h); until then the questions build
    // them from the reports. Nothing stale, nothing to do.
    if (failure.ok() && *store != nullptr) {
      absl::StatusOr<size_t> refreshed = questions::RefreshStoredTenures(**store, jobs);
      if (!refreshed.ok()) failure = refreshed.status();
    }
    if (!store_existed && counts.articles() == 0) {
      store->reset();
      std::error_code error;
      std::filesystem::remove_all(context.db_path, error);
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    progress.Clear();
    if (!context.quiet) {
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
