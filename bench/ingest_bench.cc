// kg_ingest_bench: end-to-end ingest (read JSON Lines + extract + write) into
// a fresh store, the way `kg ingest` does it, timed once: a second run would
// write into a store that already holds the corpus, which is another
// benchmark. Then the store's size, as left by the ingest, after a flush
// (closing and reopening the store replays the WAL into table files) and
// after a full compaction.
//
//   kg_ingest_bench --db /tmp/kg-100k --label 100k corpus-100k.jsonl
//
// Result lines (bench_support.h) go to stdout, progress to stderr: the rate
// of every window of 10,000 articles, so a slowdown as the store grows shows.
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "CLI/CLI.hpp"
#include "bench/bench_support.h"
#include "graph/status_macros.h"
#include "graph/store.h"
#include "ingest/article_extractor.h"
#include "ingest/reading/article_reader.h"

namespace kg::bench {
namespace {

using Clock = std::chrono::steady_clock;

double Since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

struct Options {
  std::vector<std::string> files;
  std::string db;
  std::string data_dir = KG_DATA_DIR;
  std::string label = "ingest";
  bool compact = true;
  uint64_t window = 10000;
};

uint64_t Total(const auto& counts) {
  uint64_t total = 0;
  for (const auto& [key, count] : counts) total += count;
  return total;
}

// Size and counts of the store at `path` in one of its states: `store` is
// the open store "as ingested" (memtables not yet flushed, their contents in
// the WAL); null to open it, which replays the WAL into table files.
absl::Status ReportSize(Store* open_store, const std::string& path, const std::string& group,
                        const std::string& state) {
  const auto started = Clock::now();
  std::unique_ptr<Store> opened;
  if (open_store == nullptr) {
    KG_ASSIGN_OR_RETURN(opened, Store::Open(path));
    open_store = opened.get();
  }
  const double open_seconds = Since(started);
  const auto stats_started = Clock::now();
  KG_ASSIGN_OR_RETURN(StoreStats stats, open_store->Stats());
  const double stats_seconds = Since(stats_started);
  const uint64_t directory_bytes = DirectoryBytes(path);
  opened.reset();
  const uint64_t edges = Total(stats.edges);
  const double bytes = static_cast<double>(stats.bytes_on_disk);
  const std::string prefix = "store " + state + ": ";
  if (state == "as ingested") {
    PrintResult(group, "nodes", static_cast<double>(Total(stats.nodes)), "");
    PrintResult(group, "edges", static_cast<double>(edges), "");
    PrintResult(group, "observations", static_cast<double>(stats.observations), "");
    PrintResult(group, "names index entries", static_cast<double>(stats.names), "");
    PrintResult(group, "articles stored", static_cast<double>(stats.articles), "");
    PrintResult(group, "Store::Stats() time", stats_seconds, "s");
  } else {
    PrintResult(group, prefix + "reopen time", open_seconds, "s");
  }
  PrintResult(group, prefix + "bytes_on_disk (SST+WAL)", bytes / 1e6, "MB");
  PrintResult(group, prefix + "directory size", directory_bytes / 1e6, "MB");
  if (edges > 0) PrintResult(group, prefix + "bytes per edge", bytes / edges, "B");
  if (stats.articles > 0) {
    PrintResult(group, prefix + "bytes per article", bytes / stats.articles, "B");
  }
  return absl::OkStatus();
}

absl::Status Run(const Options& options) {
  namespace fs = std::filesystem;
  std::error_code error;
  if (fs::exists(options.db, error) && !fs::is_empty(options.db, error)) {
    return absl::FailedPreconditionError(options.db +
                                         " is not empty: the benchmark needs a "
                                         "fresh store");
  }
  const std::string& group = options.label;
  auto started = Clock::now();
  KG_ASSIGN_OR_RETURN(std::unique_ptr<ArticleExtractor> extractor,
                      ArticleExtractor::Create(options.data_dir));
  PrintResult(group, "ingest: extractor creation (lexicons)", Since(started) * 1e3, "ms");
  KG_ASSIGN_OR_RETURN(std::unique_ptr<Store> store, Store::Open(options.db));

  uint64_t articles = 0, bytes = 0, facts = 0, bad = 0;
  double extract_seconds = 0, write_seconds = 0;
  std::vector<double> window_rates;
  const double cpu_before = CpuSeconds();
  started = Clock::now();
  auto window_started = started;
  ArticleReader reader;
  for (const std::string& file : options.files) {
    KG_RETURN_IF_ERROR(reader.ReadFile(
        file,
        [&](Article article) -> absl::Status {
          const auto t0 = Clock::now();
          const ArticleFacts result = extractor->Extract(article);
          const auto t1 = Clock::now();
          KG_RETURN_IF_ERROR(store->WriteArticle(result).status());
          const auto t2 = Clock::now();
          extract_seconds += std::chrono::duration<double>(t1 - t0).count();
          write_seconds += std::chrono::duration<double>(t2 - t1).count();
          ++articles;
          bytes += article.title.size() + article.text.size();
          facts += result.facts.size();
          if (articles % options.window == 0) {
            const double rate = options.window / Since(window_started);
            window_rates.push_back(rate);
            std::fprintf(
                stderr, "%s: %llu articles, last %llu at %.0f articles/s, RSS peak %.0f MB\n",
                group.c_str(), static_cast<unsigned long long>(articles),
                static_cast<unsigned long long>(options.window), rate, PeakResidentBytes() / 1e6);
            window_started = Clock::now();
          }
          return absl::OkStatus();
        },
        [&](const BadArticle& article) {
          ++bad;
          std::cerr << article.ToString() << "\n";
        }));
  }
  const double seconds = Since(started);
  const double cpu = CpuSeconds() - cpu_before;
  const uint64_t peak = PeakResidentBytes();

  PrintResult(group, "articles", static_cast<double>(articles), "");
  PrintResult(group, "bad articles", static_cast<double>(bad), "");
  PrintResult(group, "text (title+body)", bytes / 1e6, "MB");
  PrintResult(group, "facts extracted", static_cast<double>(facts), "");
  PrintResult(group, "wall time", seconds, "s");
  PrintResult(group, "CPU time (user+sys)", cpu, "s");
  PrintResult(group, "throughput (wall)", articles / seconds, "articles/s");
  PrintResult(group, "throughput (wall)", bytes / 1e6 / seconds, "MB/s");
  PrintResult(group, "throughput (per CPU second)", articles / cpu, "articles/s");
  PrintResult(group, "extract share of wall", 100 * extract_seconds / seconds, "%");
  PrintResult(group, "write share of wall", 100 * write_seconds / seconds, "%");
  PrintResult(group, "read+other share of wall",
              100 * (seconds - extract_seconds - write_seconds) / seconds, "%");
  if (!window_rates.empty()) {
    PrintResult(group, "first window rate", window_rates.front(), "articles/s");
    PrintResult(group, "last window rate", window_rates.back(), "articles/s");
  }
  PrintResult(group, "peak RSS (VmHWM) during ingest", peak / 1e6, "MB");

  KG_RETURN_IF_ERROR(ReportSize(store.get(), options.db, group, "as ingested"));
  store.reset();
  KG_RETURN_IF_ERROR(ReportSize(nullptr, options.db, group, "flushed"));
  if (options.compact) {
    started = Clock::now();
    KG_RETURN_IF_ERROR(CompactDatabase(options.db));
    PrintResult(group, "full compaction time", Since(started), "s");
    KG_RETURN_IF_ERROR(ReportSize(nullptr, options.db, group, "compacted"));
  }
  KG_ASSIGN_OR_RETURN(auto families, FamilySizes(options.db));
  for (const auto& [family, family_bytes] : families) {
    if (family_bytes == 0) continue;
    PrintResult(group, "SST bytes of family " + family, family_bytes / 1e6, "MB");
  }
  return absl::OkStatus();
}

}  // namespace
}  // namespace kg::bench

int main(int argc, char** argv) {
  CLI::App app("Times kg's ingest (read + extract + write) into a fresh store");
  kg::bench::Options options;
  app.add_option("files", options.files, "JSON Lines or seed text input")->required();
  app.add_option("--db", options.db, "Store directory; must not exist or be empty")->required();
  app.add_option("--data", options.data_dir, "kg's data directory")->capture_default_str();
  app.add_option("--label", options.label, "Group name of the result lines")->capture_default_str();
  app.add_option("--window", options.window, "Report the rate every N articles")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  bool no_compact = false;
  app.add_flag("--no-compact", no_compact, "Skip the full compaction");
  CLI11_PARSE(app, argc, argv);
  options.compact = !no_compact;
  const absl::Status status = kg::bench::Run(options);
  if (!status.ok()) {
    std::cerr << "kg_ingest_bench: " << status << "\n";
    return 1;
  }
  return 0;
}
