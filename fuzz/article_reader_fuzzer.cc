// The readers on any bytes: format detection, seed text and JSON Lines, with
// a small line limit so that the over-long line paths are reached too. Every
// article delivered must keep the reader's promises (article.h): valid UTF-8,
// no NUL bytes, a non-empty id.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

#include "ingest/reading/article_reader.h"
#include "ingest/reading/text_validation.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  for (size_t max_line : {size_t{64}, size_t{1} << 20}) {
    kg::ArticleReaderOptions options;
    options.max_line_bytes = max_line;
    kg::ArticleReader reader(options);
    std::istringstream in(input);
    const absl::Status status = reader.ReadStream(
        in, "fuzz",
        [](kg::Article article) {
          if (article.id.empty()) std::abort();
          for (const std::string* text : {&article.title, &article.text, &article.id}) {
            if (kg::FindTextProblem(*text).has_value()) std::abort();
          }
          return absl::OkStatus();
        },
        [](const kg::BadArticle& bad) { (void)bad.ToString(); });
    (void)status;
  }
  return 0;
}
