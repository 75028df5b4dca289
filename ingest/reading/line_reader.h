// LineReader: splits a stream into lines while holding at most a bounded
// prefix of each, so that a 10 MB line (or a binary file without newlines)
// costs max_bytes of memory and is reported, not loaded.
//
//   LineReader reader(in, /*max_bytes=*/1 << 20);
//   Line line;
//   while (reader.Next(&line)) { if (line.too_long) ...; }
//   if (!reader.status().ok()) ...
#ifndef KG_INGEST_READING_LINE_READER_H_
#define KG_INGEST_READING_LINE_READER_H_

#include <cstddef>
#include <istream>
#include <memory>
#include <string>

#include "absl/status/status.h"

namespace kg {

struct Line {
  // The line without its ending ("\n" or "\r\n"); only the first max_bytes
  // bytes when too_long. Line 1 loses a leading UTF-8 byte order mark.
  std::string text;
  int number = 0;     // 1-based
  size_t length = 0;  // the full length in bytes, also when truncated
  bool too_long = false;
};

class LineReader {
 public:
  LineReader(std::istream& in, size_t max_bytes);
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;

  // Reads the next line into *line. False at the end of the input or on a read
  // error (then status() says which).
  bool Next(Line* line);

  // Not OK when the stream failed for a reason other than its end.
  const absl::Status& status() const { return status_; }

 private:
  // Refills buffer_; false when nothing more can be read.
  bool Fill();

  std::istream& in_;
  const size_t max_bytes_;
  std::unique_ptr<char[]> buffer_;
  size_t begin_ = 0;  // unread bytes are buffer_[begin_, end_)
  size_t end_ = 0;
  int line_number_ = 0;
  bool eof_ = false;
  absl::Status status_;
};

}  // namespace kg

#endif  // KG_INGEST_READING_LINE_READER_H_
