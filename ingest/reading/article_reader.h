// ArticleReader: reads articles from the formats kg accepts, detected from
// the content (not the file name):
//
// - JSON Lines: one object per line with `id`, `date` ("YYYY-MM-DD" or null),
//   `title`, `text`, optional `url`. Credit lines in `text` are dropped too.
// - The agencies' plain-text format: a header line "DD.MM.YYYY, HH:MM N", the
//   title line, then body lines until the next header. Credit lines such as
//   "Images | Akorda" are not body text.
//
// A bad article (broken header, no date where one is required, invalid UTF-8,
// NUL bytes, empty body, a line over the length limit, malformed JSON) is
// reported through `on_error` with its file and line and skipped; reading
// goes on with the next article.
//
//   ArticleReader reader;
//   absl::Status status = reader.ReadFile("news.jsonl",
//       [&](Article a) { ...; return absl::OkStatus(); },
//       [&](const BadArticle& bad) { std::cerr << bad.ToString() << "\n"; });
#ifndef KG_INGEST_READING_ARTICLE_READER_H_
#define KG_INGEST_READING_ARTICLE_READER_H_

#include <cstddef>
#include <functional>
#include <istream>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "ingest/reading/article.h"

namespace kg {

struct BadArticle {
  std::string file;
  int line = 0;
  std::string reason;
  // "file:line: reason"
  std::string ToString() const;
};

enum class InputFormat { kUnknown, kJsonLines, kSeedText };

// The first line that starts with '{' (JSON Lines) or has the shape of a
// seed header (seed text) decides; kUnknown when there is none.
InputFormat DetectFormat(std::string_view head);

struct ArticleReaderOptions {
  // Lines longer than this are bad input (a 10 MB line is not an article).
  size_t max_line_bytes = 1 << 20;
};

class ArticleReader {
 public:
  using ArticleCallback = std::function<absl::Status(Article)>;
  using ErrorCallback = std::function<void(const BadArticle&)>;

  explicit ArticleReader(ArticleReaderOptions options = {});

  // Streams the articles of `path` ("-" is standard input) to `on_article` in
  // file order. Returns an error only when the file cannot be read at all or a
  // callback fails; bad articles go to `on_error` and do not stop the read.
  absl::Status ReadFile(const std::string& path, const ArticleCallback& on_article,
                        const ErrorCallback& on_error) const;

  // The same, from a stream; `name` is used in diagnostics.
  absl::Status ReadStream(std::istream& in, const std::string& name,
                          const ArticleCallback& on_article, const ErrorCallback& on_error) const;

 private:
  ArticleReaderOptions options_;
};

}  // namespace kg

#endif  // KG_INGEST_READING_ARTICLE_READER_H_
