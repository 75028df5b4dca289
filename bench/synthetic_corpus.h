// SyntheticCorpus: news articles in the style of the Kazakh agencies' English
// feeds, generated for kg's benchmarks: appointments and dismissals "by the
// Decree of the Head of State", biographies ("From 2010 to 2015, he served as
// ..."), laws on their way through Parliament ("The Majilis adopted the draft
// law on X in the first reading"), partnerships between countries, and
// officials' statements, each padded with the kind of economic news that
// carries no fact.
//
//   SyntheticCorpus corpus({.seed = 1, .articles = 10000});
//   SyntheticArticle article;
//   std::string jsonl;
//   while (corpus.Next(&article)) AppendJsonLine(article, &jsonl);
//
// Behind the text is a small world that evolves as articles are written:
// people (Kazakh given names and -ov/-ova/-bayev/-bekov surnames), offices
// with their current holders (an appointment replaces the holder, a
// dismissal removes one), and laws that move stage by stage. Offices are
// drawn with a skew, so a few (the first ministries) are busy, as in real
// feeds. Article dates run from 2016 over about nine years whatever the size.
//
// Deterministic: the same (seed, articles) gives byte-identical output on
// every machine (the generator uses its own PRNG and integer arithmetic
// only). Not thread-safe; one corpus per thread.
#ifndef KG_BENCH_SYNTHETIC_CORPUS_H_
#define KG_BENCH_SYNTHETIC_CORPUS_H_

#include <cstdint>
#include <memory>
#include <string>

namespace kg::bench {

struct SyntheticArticle {
  std::string id;
  std::string date;  // YYYY-MM-DD
  std::string title;
  std::string text;  // paragraphs separated by '\n'
  std::string url;
};

// Appends `article` as one JSON Lines record with its trailing newline, in
// the format kg's ArticleReader reads (id, date, title, text, url).
void AppendJsonLine(const SyntheticArticle& article, std::string* out);

struct SyntheticCorpusOptions {
  uint64_t seed = 1;
  // How many articles the corpus has. The pool of people grows with it (about
  // one person per four articles), so a person turns up in a similar number
  // of articles at every size.
  uint64_t articles = 1000;
};

class SyntheticCorpus {
 public:
  explicit SyntheticCorpus(const SyntheticCorpusOptions& options);
  ~SyntheticCorpus();
  SyntheticCorpus(const SyntheticCorpus&) = delete;
  SyntheticCorpus& operator=(const SyntheticCorpus&) = delete;

  // Writes the next article to *article; false once all were produced.
  bool Next(SyntheticArticle* article);

 private:
  class Generator;
  std::unique_ptr<Generator> generator_;
};

}  // namespace kg::bench

#endif  // KG_BENCH_SYNTHETIC_CORPUS_H_
