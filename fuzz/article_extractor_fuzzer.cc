// The whole extraction of an article, from bytes: the reader delivers what
// it accepts, the extractor (with the real lexicons of data/) turns each
// article into facts. Every fact's evidence must lie inside the article.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <sstream>
#include <string>

#include "ingest/article_extractor.h"
#include "ingest/reading/article_reader.h"

namespace {

const kg::ArticleExtractor& Extractor() {
  static const std::unique_ptr<kg::ArticleExtractor> extractor = [] {
    absl::StatusOr<std::unique_ptr<kg::ArticleExtractor>> made =
        kg::ArticleExtractor::Create(KG_DATA_DIR);
    if (!made.ok()) std::abort();
    return *std::move(made);
  }();
  return *extractor;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const kg::ArticleExtractor& extractor = Extractor();
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  kg::ArticleReader reader;
  (void)reader.ReadStream(
      in, "fuzz",
      [&](kg::Article article) {
        const kg::ArticleFacts facts = extractor.Extract(article);
        for (const kg::Fact& fact : facts.facts) {
          if (fact.evidence.begin > fact.evidence.end) std::abort();
        }
        return absl::OkStatus();
      },
      [](const kg::BadArticle&) {});
  return 0;
}
