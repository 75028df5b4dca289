// FormatParser: what ArticleReader's input formats have in common. The reader
// detects the format, then feeds every line, in order, to one parser; the
// parser turns lines into articles and bad-article reports.
//
// Internal to the ingest library: the public entry point is ArticleReader.
#ifndef KG_INGEST_READING_FORMAT_PARSER_H_
#define KG_INGEST_READING_FORMAT_PARSER_H_

#include <string>
#include <utility>

#include "absl/status/status.h"
#include "ingest/reading/article.h"
#include "ingest/reading/article_reader.h"
#include "ingest/reading/line_reader.h"

namespace kg {

class FormatParser {
 public:
  // The callbacks must outlive the parser.
  FormatParser(std::string file, const ArticleReader::ArticleCallback& on_article,
               const ArticleReader::ErrorCallback& on_error)
      : file_(std::move(file)), on_article_(on_article), on_error_(on_error) {}
  virtual ~FormatParser() = default;

  // Takes the next line of the input. An error (from the article callback)
  // ends the read.
  virtual absl::Status Consume(const Line& line) = 0;
  // Called once after the last line.
  virtual absl::Status Finish() = 0;

 protected:
  const std::string& file() const { return file_; }
  void Report(int line, std::string reason) const {
    on_error_(BadArticle{file_, line, std::move(reason)});
  }
  absl::Status Deliver(Article article) const {
    article.origin_file = file_;
    return on_article_(std::move(article));
  }

 private:
  std::string file_;
  const ArticleReader::ArticleCallback& on_article_;
  const ArticleReader::ErrorCallback& on_error_;
};

}  // namespace kg

#endif  // KG_INGEST_READING_FORMAT_PARSER_H_
