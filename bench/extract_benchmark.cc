// Extraction throughput: ArticleExtractor alone, no store, on a corpus held in
// memory. One iteration is one pass over the whole corpus, so the rates are
// those of the corpus's mix of articles, not of whichever came first.
//
//   kg_extract_benchmark [--corpus=FILE.jsonl] [--data=DIR] [benchmark flags]
//
// Without --corpus, 1,000 synthetic articles (seed 1) are generated in
// memory. Reported: bytes_per_second (title + text) and items_per_second
// (articles) for reading JSON Lines and for extraction, and the lexicons'
// load time (what every `kg extract` or `kg ingest` pays at start).
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "bench/synthetic_corpus.h"
#include "ingest/article_extractor.h"
#include "ingest/reading/article_reader.h"

namespace kg::bench {
namespace {

struct Corpus {
  std::string jsonl;
  std::vector<Article> articles;
  uint64_t bytes = 0;  // titles and texts
};

Corpus* corpus = nullptr;
const ArticleExtractor* extractor = nullptr;
std::string data_dir = KG_DATA_DIR;

void BM_ReadJsonLines(benchmark::State& state) {
  ArticleReader reader;
  for (auto _ : state) {
    std::istringstream in(corpus->jsonl);
    uint64_t read = 0;
    const absl::Status status = reader.ReadStream(
        in, "corpus",
        [&](Article article) {
          benchmark::DoNotOptimize(article.text.data());
          ++read;
          return absl::OkStatus();
        },
        [](const BadArticle&) {});
    if (!status.ok() || read != corpus->articles.size()) state.SkipWithError("read failed");
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * corpus->articles.size()));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus->bytes));
}
BENCHMARK(BM_ReadJsonLines)->Unit(benchmark::kMillisecond);

void BM_Extract(benchmark::State& state) {
  uint64_t facts = 0, entities = 0;
  for (auto _ : state) {
    for (const Article& article : corpus->articles) {
      const ArticleFacts result = extractor->Extract(article);
      facts += result.facts.size();
      entities += result.entities.size();
      benchmark::DoNotOptimize(result.facts.data());
    }
  }
  const double articles = static_cast<double>(state.iterations() * corpus->articles.size());
  state.SetItemsProcessed(static_cast<int64_t>(articles));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus->bytes));
  state.counters["facts/article"] = static_cast<double>(facts) / articles;
  state.counters["entities/article"] = static_cast<double>(entities) / articles;
}
BENCHMARK(BM_Extract)->Unit(benchmark::kMillisecond)->MinTime(5.0);

void BM_LoadLexicons(benchmark::State& state) {
  for (auto _ : state) {
    auto loaded = ArticleExtractor::Create(data_dir);
    if (!loaded.ok()) state.SkipWithError(std::string(loaded.status().message()).c_str());
    benchmark::DoNotOptimize(loaded);
  }
}
BENCHMARK(BM_LoadLexicons)->Unit(benchmark::kMillisecond);

bool LoadCorpus(const std::string& path, Corpus* out) {
  if (path.empty()) {
    SyntheticCorpus synthetic({.seed = 1, .articles = 1000});
    SyntheticArticle article;
    while (synthetic.Next(&article)) AppendJsonLine(article, &out->jsonl);
  } else {
    std::ifstream file(path, std::ios::binary);
    if (!file) {
      std::cerr << "kg_extract_benchmark: cannot read " << path << "\n";
      return false;
    }
    std::ostringstream contents;
    contents << file.rdbuf();
    out->jsonl = contents.str();
  }
  std::istringstream in(out->jsonl);
  uint64_t bad = 0;
  const absl::Status status = ArticleReader().ReadStream(
      in, path.empty() ? "synthetic" : path,
      [&](Article article) {
        out->bytes += article.title.size() + article.text.size();
        out->articles.push_back(std::move(article));
        return absl::OkStatus();
      },
      [&](const BadArticle& article) {
        std::cerr << article.ToString() << "\n";
        ++bad;
      });
  if (!status.ok() || bad > 0 || out->articles.empty()) {
    std::cerr << "kg_extract_benchmark: the corpus did not read cleanly\n";
    return false;
  }
  return true;
}

}  // namespace
}  // namespace kg::bench

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  std::string corpus_path;
  for (int i = 1; i < argc; ++i) {
    if (std::strncmp(argv[i], "--corpus=", 9) == 0) {
      corpus_path = argv[i] + 9;
    } else if (std::strncmp(argv[i], "--data=", 7) == 0) {
      kg::bench::data_dir = argv[i] + 7;
    } else {
      std::cerr << "kg_extract_benchmark: unknown argument " << argv[i]
                << "\nusage: kg_extract_benchmark [--corpus=FILE.jsonl] [--data=DIR] "
                   "[--benchmark_...]\n";
      return 2;
    }
  }
  kg::bench::Corpus corpus;
  if (!kg::bench::LoadCorpus(corpus_path, &corpus)) return 1;
  auto extractor = kg::ArticleExtractor::Create(kg::bench::data_dir);
  if (!extractor.ok()) {
    std::cerr << "kg_extract_benchmark: " << extractor.status() << "\n";
    return 1;
  }
  kg::bench::corpus = &corpus;
  kg::bench::extractor = extractor->get();
  benchmark::AddCustomContext(
      "corpus", corpus_path.empty() ? "synthetic, 1000 articles, seed 1" : corpus_path);
  benchmark::AddCustomContext("articles", std::to_string(corpus.articles.size()));
  benchmark::AddCustomContext("corpus_mb", std::to_string(corpus.bytes / 1e6));
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
