// kg_generate_corpus: writes a synthetic corpus (synthetic_corpus.h) as JSON
// Lines, the input of kg's ingest benchmarks.
//
//   kg_generate_corpus --articles 10000 --seed 1 -o corpus-10k.jsonl
//
// The output depends only on --articles and --seed.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>

#include "CLI/CLI.hpp"
#include "bench/synthetic_corpus.h"

int main(int argc, char** argv) {
  CLI::App app("Writes a synthetic news corpus for kg's benchmarks as JSON Lines");
  kg::bench::SyntheticCorpusOptions options;
  std::string output = "-";
  app.add_option("-n,--articles", options.articles, "Number of articles")->capture_default_str();
  app.add_option("--seed", options.seed, "Seed: the same seed gives the same corpus")
      ->capture_default_str();
  app.add_option("-o,--output", output, "Output file, - for stdout")->capture_default_str();
  CLI11_PARSE(app, argc, argv);

  std::ofstream file;
  std::ostream* out = &std::cout;
  if (output != "-") {
    file.open(output, std::ios::binary | std::ios::trunc);
    if (!file) {
      std::cerr << "kg_generate_corpus: cannot write " << output << "\n";
      return 1;
    }
    out = &file;
  }
  kg::bench::SyntheticCorpus corpus(options);
  kg::bench::SyntheticArticle article;
  std::string buffer;
  uint64_t bytes = 0;
  while (corpus.Next(&article)) {
    kg::bench::AppendJsonLine(article, &buffer);
    if (buffer.size() > (1 << 20)) {
      out->write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
      bytes += buffer.size();
      buffer.clear();
    }
  }
  out->write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
  bytes += buffer.size();
  out->flush();
  if (!*out) {
    std::cerr << "kg_generate_corpus: write to " << output << " failed\n";
    return 1;
  }
  std::fprintf(stderr, "kg_generate_corpus: %llu articles, %.1f MB\n",
               static_cast<unsigned long long>(options.articles), bytes / 1e6);
  return 0;
}
