#include "ingest/reading/seed_text_parser.h"

#include <algorithm>
#include <cstddef>
#include <optional>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "ingest/reading/text_validation.h"

namespace kg {
namespace {

// Longer lines are never headers; "05.06.2025, 18:03 1234567" is 25 bytes.
constexpr size_t kMaxHeaderBytes = 48;
// A credit is a few words; a longer line is body text that happens to start
// with "Photo:".
constexpr size_t kMaxCreditBytes = 100;

// What comes before the '|' or ':' of a credit line, lower case.
constexpr std::string_view kCreditLabels[] = {
    "image", "images", "photo", "photos", "photo credit", "photo credits", "picture",
};

absl::string_view ToAbsl(std::string_view s) { return absl::string_view(s.data(), s.size()); }

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Reads exactly `count` digits at text[*pos].
std::optional<int> TakeDigits(std::string_view text, size_t* pos, size_t count) {
  if (*pos + count > text.size()) return std::nullopt;
  int value = 0;
  for (size_t i = 0; i < count; ++i) {
    const char c = text[*pos + i];
    if (!IsDigit(c)) return std::nullopt;
    value = value * 10 + (c - '0');
  }
  *pos += count;
  return value;
}

size_t SkipDigits(std::string_view text, size_t pos) {
  while (pos < text.size() && IsDigit(text[pos])) ++pos;
  return pos;
}

size_t SkipSpaces(std::string_view text, size_t pos) {
  while (pos < text.size() && text[pos] == ' ') ++pos;
  return pos;
}

bool Take(std::string_view text, size_t* pos, char c) {
  if (*pos >= text.size() || text[*pos] != c) return false;
  ++*pos;
  return true;
}

// "D{1,2}.D{1,2}.D{4}" at the start: how a header begins, and how few body
// lines do. Anything that starts this way and is short is treated as a header
// attempt, so a typo in a header is reported instead of being glued to the
// previous article's body.
bool StartsLikeHeader(std::string_view line) {
  size_t pos = SkipDigits(line, 0);
  if (pos == 0 || pos > 2 || !Take(line, &pos, '.')) return false;
  const size_t month_begin = pos;
  pos = SkipDigits(line, pos);
  if (pos == month_begin || pos - month_begin > 2 || !Take(line, &pos, '.')) return false;
  const size_t year_begin = pos;
  pos = SkipDigits(line, pos);
  return pos - year_begin == 4;
}

std::string_view TrimRight(std::string_view s) {
  while (!s.empty() && absl::ascii_isspace(static_cast<unsigned char>(s.back())))
    s.remove_suffix(1);
  return s;
}

std::string_view Trim(std::string_view s) {
  s = TrimRight(s);
  while (!s.empty() && absl::ascii_isspace(static_cast<unsigned char>(s.front())))
    s.remove_prefix(1);
  return s;
}

}  // namespace

// A letter typed for a digit that looks like it: O for 0, l and I for 1.
char DigitLookalike(char c) {
  switch (c) {
    case 'O':
    case 'o':
      return '0';
    case 'l':
    case 'I':
      return '1';
    default:
      return c;
  }
}

bool IsHeaderChar(char c) { return IsDigit(c) || c == '.' || c == ',' || c == ':' || c == ' '; }

HeaderMatch MatchSeedHeader(std::string_view line, SeedHeader* header) {
  line = Trim(line);
  if (line.size() > kMaxHeaderBytes) return HeaderMatch::kNone;
  if (!StartsLikeHeader(line) || !std::all_of(line.begin(), line.end(), IsHeaderChar)) {
    // "1O.09.2024 19:05" is a header with a typo: read as body text it would
    // silently join the previous article, so it is reported instead.
    std::string unmistaken(line);
    std::transform(unmistaken.begin(), unmistaken.end(), unmistaken.begin(), DigitLookalike);
    if (unmistaken != line && StartsLikeHeader(unmistaken) &&
        std::all_of(unmistaken.begin(), unmistaken.end(), IsHeaderChar)) {
      return HeaderMatch::kMalformed;
    }
    return HeaderMatch::kNone;
  }
  // Strictly "DD.MM.YYYY, HH:MM N".
  size_t pos = 0;
  const std::optional<int> day = TakeDigits(line, &pos, 2);
  const bool dot1 = Take(line, &pos, '.');
  const std::optional<int> month = TakeDigits(line, &pos, 2);
  const bool dot2 = Take(line, &pos, '.');
  const std::optional<int> year = TakeDigits(line, &pos, 4);
  if (!day || !dot1 || !month || !dot2 || !year || !Take(line, &pos, ',')) {
    return HeaderMatch::kMalformed;
  }
  size_t after_comma = pos;
  pos = SkipSpaces(line, pos);
  if (pos == after_comma) return HeaderMatch::kMalformed;
  const std::optional<int> hour = TakeDigits(line, &pos, 2);
  const bool colon = Take(line, &pos, ':');
  const std::optional<int> minute = TakeDigits(line, &pos, 2);
  if (!hour || !colon || !minute) return HeaderMatch::kMalformed;
  const size_t after_time = pos;
  pos = SkipSpaces(line, pos);
  const size_t count_begin = pos;
  pos = SkipDigits(line, pos);
  if (after_time == count_begin || pos == count_begin || pos != line.size()) {
    return HeaderMatch::kMalformed;
  }
  const std::optional<Date> date =
      *month == 0 || *day == 0 ? std::nullopt : Date::Make(*year, *month, *day);
  if (!date) return HeaderMatch::kImpossibleDate;
  if (*hour > 23 || *minute > 59) return HeaderMatch::kImpossibleTime;
  header->date = *date;
  header->hour = *hour;
  header->minute = *minute;
  header->count = std::string(line.substr(count_begin));
  return HeaderMatch::kValid;
}

bool IsCreditLine(std::string_view line) {
  line = Trim(line);
  if (line.size() > kMaxCreditBytes) return false;
  const size_t separator = line.find_first_of("|:");
  if (separator == std::string_view::npos) return false;
  if (Trim(line.substr(separator + 1)).empty()) return false;
  const std::string label = absl::AsciiStrToLower(ToAbsl(Trim(line.substr(0, separator))));
  for (std::string_view known : kCreditLabels) {
    if (label == known) return true;
  }
  return false;
}

void SeedTextParser::StartArticle(const SeedHeader& header, int line_number) {
  article_ = Article();
  article_.id = absl::StrFormat("%sT%02d:%02d#%s", header.date.ToString(), header.hour,
                                header.minute, header.count);
  article_.date = header.date;
  article_.origin_line = line_number;
  state_ = State::kTitle;
  // The previous article is finished by now, so a repeat of a delivered
  // article's header is known here.
  if (const auto it = first_line_of_id_.find(article_.id); it != first_line_of_id_.end()) {
    Report(line_number,
           absl::StrCat("duplicate id ", article_.id, ", first seen at line ", it->second));
    state_ = State::kSkipping;
  }
}

void SeedTextParser::SkipArticle(int line_number, std::string_view problem) {
  Report(line_number,
         absl::StrCat(ToAbsl(problem), " (article at line ", article_.origin_line, " skipped)"));
  state_ = State::kSkipping;
}

absl::Status SeedTextParser::FinishArticle() {
  const State state = state_;
  state_ = State::kSkipping;
  if (state == State::kTitle) {
    Report(article_.origin_line, "article has no title");
  } else if (state == State::kBody) {
    if (article_.text.empty()) {
      Report(article_.origin_line, "article has an empty body");
    } else {
      first_line_of_id_.emplace(article_.id, article_.origin_line);
      return Deliver(std::move(article_));
    }
  }
  return absl::OkStatus();
}

absl::Status SeedTextParser::Consume(const Line& line) {
  if (line.too_long) {
    if (state_ == State::kTitle || state_ == State::kBody) {
      SkipArticle(line.number, absl::StrCat("line of ", line.length, " bytes is over the limit"));
    } else if (state_ == State::kPreamble && !preamble_reported_) {
      Report(line.number, "text before the first article header");
      preamble_reported_ = true;
    }
    return absl::OkStatus();
  }
  SeedHeader header;
  const HeaderMatch match = MatchSeedHeader(line.text, &header);
  if (match != HeaderMatch::kNone) {
    if (absl::Status status = FinishArticle(); !status.ok()) return status;
    const std::string quoted = absl::StrCat("\"", ToAbsl(Trim(line.text)), "\"");
    switch (match) {
      case HeaderMatch::kValid:
        StartArticle(header, line.number);
        break;
      case HeaderMatch::kMalformed:
        Report(line.number, absl::StrCat("malformed article header ", quoted,
                                         " (expected DD.MM.YYYY, HH:MM N)"));
        break;
      case HeaderMatch::kImpossibleDate:
        Report(line.number, absl::StrCat("impossible date in article header ", quoted));
        break;
      case HeaderMatch::kImpossibleTime:
        Report(line.number, absl::StrCat("impossible time in article header ", quoted));
        break;
      case HeaderMatch::kNone:
        break;
    }
    return absl::OkStatus();
  }

  switch (state_) {
    case State::kSkipping:
      return absl::OkStatus();
    case State::kPreamble:
      if (!preamble_reported_ && !Trim(line.text).empty()) {
        Report(line.number, "text before the first article header");
        preamble_reported_ = true;
      }
      return absl::OkStatus();
    case State::kTitle:
    case State::kBody:
      break;
  }
  if (std::optional<std::string> problem = FindTextProblem(line.text)) {
    SkipArticle(line.number, *problem);
    return absl::OkStatus();
  }
  const std::string_view text = TrimRight(line.text);
  if (Trim(text).empty()) return absl::OkStatus();
  if (IsCreditLine(text)) {
    article_.credits.emplace_back(Trim(text));
    return absl::OkStatus();
  }
  if (state_ == State::kTitle) {
    article_.title = std::string(Trim(text));
    state_ = State::kBody;
  } else {
    if (!article_.text.empty()) article_.text.push_back('\n');
    article_.text.append(text);
  }
  return absl::OkStatus();
}

absl::Status SeedTextParser::Finish() { return FinishArticle(); }

}  // namespace kg
