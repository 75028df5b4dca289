#include "ingest/reading/line_reader.h"

#include <algorithm>
#include <cstring>
#include <string_view>

namespace kg {
namespace {

constexpr size_t kBufferSize = 64 << 10;
constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

}  // namespace

LineReader::LineReader(std::istream& in, size_t max_bytes)
    : in_(in), max_bytes_(max_bytes), buffer_(new char[kBufferSize]) {}

bool LineReader::Fill() {
  if (eof_) return false;
  in_.read(buffer_.get(), kBufferSize);
  begin_ = 0;
  end_ = static_cast<size_t>(in_.gcount());
  if (in_.bad()) {
    status_ = absl::DataLossError("read error");
    eof_ = true;
    return false;
  }
  if (end_ < kBufferSize) eof_ = true;
  return end_ > 0;
}

bool LineReader::Next(Line* line) {
  line->text.clear();
  line->length = 0;
  line->too_long = false;
  bool saw_any = false;
  bool ended = false;
  char last = '\0';  // the line's last byte, also when it was not kept
  while (!ended) {
    if (begin_ == end_ && !Fill()) break;
    saw_any = true;
    const char* start = buffer_.get() + begin_;
    const size_t available = end_ - begin_;
    const void* newline = std::memchr(start, '\n', available);
    const size_t take = newline == nullptr
                            ? available
                            : static_cast<size_t>(static_cast<const char*>(newline) - start);
    // Keep at most one byte past the limit: enough to know the line is too
    // long, and a trailing '\r' of a line exactly at the limit still fits.
    const size_t room = max_bytes_ + 1 - std::min(line->text.size(), max_bytes_ + 1);
    line->text.append(start, std::min(take, room));
    if (take > 0) last = start[take - 1];
    line->length += take;
    begin_ += take;
    if (newline != nullptr) {
      ++begin_;  // the '\n'
      ended = true;
    }
  }
  if (!saw_any) return false;
  line->number = ++line_number_;
  if (last == '\r') {
    // The ending "\r\n" is not part of the line, whether or not it was kept.
    if (line->text.size() == line->length) line->text.pop_back();
    --line->length;
  }
  if (line->number == 1 && line->text.starts_with(kByteOrderMark)) {
    line->text.erase(0, kByteOrderMark.size());
    line->length -= kByteOrderMark.size();
  }
  line->too_long = line->length > max_bytes_;
  if (line->text.size() > max_bytes_) line->text.resize(max_bytes_);
  return true;
}

}  // namespace kg
