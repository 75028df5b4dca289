#include "ingest/reading/article_reader.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "ingest/reading/json_lines_parser.h"
#include "ingest/reading/line_reader.h"
#include "ingest/reading/seed_text_parser.h"

namespace kg {
namespace {

// How far detection looks for a seed header when the input does not start
// with one: far enough to get past a stray preamble, not so far that a file
// in some other format is read into memory.
constexpr size_t kMaxHeadLines = 16;
constexpr size_t kMaxHeadBytes = 64 << 10;

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

bool IsBlank(std::string_view line) {
  for (char c : line) {
    if (!absl::ascii_isspace(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

bool StartsWithBrace(std::string_view line) {
  for (char c : line) {
    if (!absl::ascii_isspace(static_cast<unsigned char>(c))) return c == '{';
  }
  return false;
}

// A line with the shape of a seed header; its date and time may still be
// impossible, which the parser reports as a bad article.
bool IsHeaderShaped(std::string_view line) {
  SeedHeader header;
  const HeaderMatch match = MatchSeedHeader(line, &header);
  return match == HeaderMatch::kValid || match == HeaderMatch::kImpossibleDate ||
         match == HeaderMatch::kImpossibleTime;
}

absl::Status OpenError(const std::string& path, int error) {
  const std::string message = absl::StrCat(path, ": ", std::strerror(error));
  switch (error) {
    case ENOENT:
    case ENOTDIR:
      return absl::NotFoundError(message);
    case EACCES:
    case EPERM:
      return absl::PermissionDeniedError(message);
    default:
      return absl::UnavailableError(message);
  }
}

}  // namespace

std::string BadArticle::ToString() const { return absl::StrCat(file, ":", line, ": ", reason); }

InputFormat DetectFormat(std::string_view head) {
  if (head.starts_with(kByteOrderMark)) head.remove_prefix(kByteOrderMark.size());
  while (!head.empty()) {
    const size_t newline = head.find('\n');
    const std::string_view line = head.substr(0, newline);
    head.remove_prefix(newline == std::string_view::npos ? head.size() : newline + 1);
    // The first line that looks like either format settles it, so a broken
    // first object or a stray preamble is reported by the right parser
    // instead of losing the whole file.
    if (StartsWithBrace(line)) return InputFormat::kJsonLines;
    if (IsHeaderShaped(line)) return InputFormat::kSeedText;
  }
  return InputFormat::kUnknown;
}

ArticleReader::ArticleReader(ArticleReaderOptions options) : options_(options) {}

absl::Status ArticleReader::ReadFile(const std::string& path, const ArticleCallback& on_article,
                                     const ErrorCallback& on_error) const {
  if (path == "-") return ReadStream(std::cin, "-", on_article, on_error);
  std::error_code ignored;
  if (std::filesystem::is_directory(path, ignored)) {
    // Bad input (exit 1), not a usage error: the command line was well formed.
    return absl::FailedPreconditionError(
        absl::StrCat(path, ": is a directory, not a file of articles"));
  }
  errno = 0;
  std::ifstream in(path, std::ios::binary);
  if (!in.is_open()) return OpenError(path, errno == 0 ? ENOENT : errno);
  return ReadStream(in, path, on_article, on_error);
}

absl::Status ArticleReader::ReadStream(std::istream& in, const std::string& name,
                                       const ArticleCallback& on_article,
                                       const ErrorCallback& on_error) const {
  LineReader reader(in, options_.max_line_bytes);
  auto read_error = [&] { return absl::DataLossError(absl::StrCat(name, ": read error")); };

  // Detection: the non-blank lines up to the first that settles the format.
  // Blank lines are not kept; both formats skip them.
  std::vector<Line> head;
  std::string head_text;
  Line line;
  while (reader.Next(&line)) {
    if (IsBlank(line.text) && !line.too_long) continue;
    head_text.append(line.text).push_back('\n');
    const bool settled = StartsWithBrace(line.text) || IsHeaderShaped(line.text);
    head.push_back(std::move(line));
    if (settled || head.size() >= kMaxHeadLines || head_text.size() >= kMaxHeadBytes) break;
  }
  if (!reader.status().ok()) return read_error();
  if (head.empty()) return absl::OkStatus();  // nothing but blank lines

  std::unique_ptr<FormatParser> parser;
  switch (DetectFormat(head_text)) {
    case InputFormat::kJsonLines:
      parser = std::make_unique<JsonLinesParser>(name, on_article, on_error);
      break;
    case InputFormat::kSeedText:
      parser = std::make_unique<SeedTextParser>(name, on_article, on_error);
      break;
    case InputFormat::kUnknown:
      on_error(BadArticle{name, head.front().number,
                          "unrecognized format (expected JSON Lines or the agency text format)"});
      return absl::OkStatus();
  }
  for (const Line& held : head) {
    if (absl::Status status = parser->Consume(held); !status.ok()) return status;
  }
  head.clear();
  while (reader.Next(&line)) {
    if (absl::Status status = parser->Consume(line); !status.ok()) return status;
  }
  if (!reader.status().ok()) return read_error();
  return parser->Finish();
}

}  // namespace kg
