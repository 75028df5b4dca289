// SeedTextParser: the news agencies' plain-text format.
//
//   05.06.2025, 18:03 6316            header: date, time, a count
//   Senate adopts law on ...          title
//   Images | Akorda                   credit line: dropped
//   The Senate adopted ...            body lines, until the next header
//
// An article becomes Article{id = "2025-06-05T18:03#6316"}. A bad article (a
// header with an impossible date, a line with invalid UTF-8, NUL bytes or over
// the length limit, no title, no body, the same header as an article already
// delivered) is reported once and skipped up to the next valid header; text
// before the first header is reported once.
//
// Internal to the ingest library: the public entry point is ArticleReader.
#ifndef KG_INGEST_READING_SEED_TEXT_PARSER_H_
#define KG_INGEST_READING_SEED_TEXT_PARSER_H_

#include <string>
#include <string_view>

#include "absl/container/flat_hash_map.h"
#include "ingest/reading/format_parser.h"

namespace kg {

struct SeedHeader {
  Date date;
  int hour = 0;
  int minute = 0;
  std::string count;
};

enum class HeaderMatch {
  kNone,            // an ordinary line
  kMalformed,       // starts like a header ("05.06.2025 ...") but is not one
  kImpossibleDate,  // header shape, but no such date ("31.02.2025, 10:00 5")
  kImpossibleTime,  // header shape, but no such time ("05.06.2025, 25:00 5")
  kValid,
};

// Classifies `line`; fills *header when kValid.
HeaderMatch MatchSeedHeader(std::string_view line, SeedHeader* header);

// True for a short line that only credits a picture ("Images | Akorda",
// "Photo: press service").
bool IsCreditLine(std::string_view line);

class SeedTextParser : public FormatParser {
 public:
  using FormatParser::FormatParser;

  absl::Status Consume(const Line& line) override;
  absl::Status Finish() override;

 private:
  enum class State {
    kPreamble,  // before the first header
    kTitle,     // after a header, waiting for the title line
    kBody,
    kSkipping,  // inside a bad article, until the next valid header
  };

  // Delivers or reports the article in progress, if any.
  absl::Status FinishArticle();
  void StartArticle(const SeedHeader& header, int line_number);
  // Reports the article in progress as bad because of `line_number`.
  void SkipArticle(int line_number, std::string_view problem);

  State state_ = State::kPreamble;
  bool preamble_reported_ = false;
  Article article_;
  // Ids of the articles delivered so far, with their header lines.
  absl::flat_hash_map<std::string, int> first_line_of_id_;
};

}  // namespace kg

#endif  // KG_INGEST_READING_SEED_TEXT_PARSER_H_
