// JsonLinesParser: one JSON object per line,
//
//   {"id": "a1", "date": "2025-06-04", "title": "...", "text": "...", "url": null}
//
// `id` (a string, or an integer taken as its decimal text) and `text` are
// required and must not be blank; `date` is "YYYY-MM-DD", null or absent;
// `title` and `url` are strings, null or absent; other members are ignored.
// Paragraphs of `text` that only credit a picture ("Images | Akorda") are
// dropped, as in the seed text format. Blank lines are skipped. A line that breaks any of this,
// repeats an id seen earlier in the same input, or is not clean UTF-8 is reported and skipped.
//
// Internal to the ingest library: the public entry point is ArticleReader.
#ifndef KG_INGEST_READING_JSON_LINES_PARSER_H_
#define KG_INGEST_READING_JSON_LINES_PARSER_H_

#include <memory>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "ingest/reading/format_parser.h"

namespace kg {

class JsonLinesParser : public FormatParser {
 public:
  JsonLinesParser(std::string file, const ArticleReader::ArticleCallback& on_article,
                  const ArticleReader::ErrorCallback& on_error);
  ~JsonLinesParser() override;

  absl::Status Consume(const Line& line) override;
  absl::Status Finish() override { return absl::OkStatus(); }

 private:
  struct Json;  // simdjson's parser, kept out of this header

  // The article on `line`, or InvalidArgument with the reason it is bad.
  absl::StatusOr<Article> Parse(const Line& line);

  std::unique_ptr<Json> json_;
  absl::flat_hash_map<std::string, int> first_line_of_id_;
};

}  // namespace kg

#endif  // KG_INGEST_READING_JSON_LINES_PARSER_H_
