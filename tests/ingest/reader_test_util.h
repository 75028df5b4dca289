// Shared by the reader tests: runs ArticleReader over an in-memory input and
// collects what it delivers.
#ifndef KG_TESTS_INGEST_READER_TEST_UTIL_H_
#define KG_TESTS_INGEST_READER_TEST_UTIL_H_

#include <sstream>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "ingest/reading/article.h"
#include "ingest/reading/article_reader.h"

namespace kg::testing {

struct ReadResult {
  absl::Status status;
  std::vector<Article> articles;
  std::vector<std::string> errors;  // BadArticle::ToString()

  std::vector<std::string> ids() const {
    std::vector<std::string> out;
    for (const Article& a : articles) out.push_back(a.id);
    return out;
  }
};

inline ReadResult ReadString(const std::string& input, ArticleReaderOptions options = {}) {
  ReadResult result;
  std::istringstream in(input);
  ArticleReader reader(options);
  result.status = reader.ReadStream(
      in, "in.txt",
      [&](Article a) {
        result.articles.push_back(std::move(a));
        return absl::OkStatus();
      },
      [&](const BadArticle& bad) { result.errors.push_back(bad.ToString()); });
  return result;
}

}  // namespace kg::testing

#endif  // KG_TESTS_INGEST_READER_TEST_UTIL_H_
