#include "ingest/reading/json_lines_parser.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "ingest/reading/seed_text_parser.h"
#include "ingest/reading/text_validation.h"
#include "simdjson.h"

namespace kg {
namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;

// Long values are cut in messages: a diagnostic is one readable line.
constexpr size_t kMaxQuotedBytes = 40;

absl::string_view ToAbsl(std::string_view s) { return absl::string_view(s.data(), s.size()); }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && absl::ascii_isspace(static_cast<unsigned char>(s.back())))
    s.remove_suffix(1);
  while (!s.empty() && absl::ascii_isspace(static_cast<unsigned char>(s.front())))
    s.remove_prefix(1);
  return s;
}

std::string Quote(std::string_view s) {
  if (s.size() <= kMaxQuotedBytes) return absl::StrCat("\"", ToAbsl(s), "\"");
  // Cut at a character boundary so the message stays valid UTF-8.
  size_t cut = kMaxQuotedBytes;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return absl::StrCat("\"", ToAbsl(s.substr(0, cut)), "...\"");
}

std::string_view TypeName(element_type type) {
  switch (type) {
    case element_type::ARRAY:
      return "an array";
    case element_type::OBJECT:
      return "an object";
    case element_type::INT64:
    case element_type::UINT64:
      return "an integer";
    case element_type::DOUBLE:
      return "a number";
    case element_type::STRING:
      return "a string";
    case element_type::BOOL:
      return "a boolean";
    case element_type::NULL_VALUE:
      return "null";
  }
  return "a value";
}

absl::Status Bad(std::string_view reason) { return absl::InvalidArgumentError(ToAbsl(reason)); }

// A string member: nullopt when absent or null (when `nullable`), an error
// status when of another type or not clean text (a "\u0000" escape decodes to
// a NUL byte that the line check cannot see).
absl::StatusOr<std::optional<std::string_view>> GetString(simdjson::dom::object object,
                                                          std::string_view key, bool nullable) {
  element value;
  if (object.at_key(key).get(value) != simdjson::SUCCESS) return std::nullopt;
  if (value.type() == element_type::NULL_VALUE && nullable) return std::nullopt;
  std::string_view text;
  if (value.get_string().get(text) != simdjson::SUCCESS) {
    return Bad(absl::StrCat(ToAbsl(key), " must be a string", nullable ? " or null" : "", ", not ",
                            ToAbsl(TypeName(value.type()))));
  }
  if (std::optional<std::string> problem = FindTextProblem(text)) {
    return Bad(absl::StrCat(ToAbsl(key), ": ", *problem));
  }
  return std::optional<std::string_view>(text);
}

absl::StatusOr<std::string> GetId(simdjson::dom::object object) {
  element value;
  if (object.at_key("id").get(value) != simdjson::SUCCESS) return Bad("missing id");
  int64_t signed_id = 0;
  uint64_t unsigned_id = 0;
  if (value.get_int64().get(signed_id) == simdjson::SUCCESS) return absl::StrCat(signed_id);
  if (value.get_uint64().get(unsigned_id) == simdjson::SUCCESS) return absl::StrCat(unsigned_id);
  if (value.type() != element_type::STRING) {
    return Bad(
        absl::StrCat("id must be a string or an integer, not ", ToAbsl(TypeName(value.type()))));
  }
  absl::StatusOr<std::optional<std::string_view>> id = GetString(object, "id", false);
  if (!id.ok()) return id.status();
  if (Trim(**id).empty()) return Bad("empty id");
  return std::string(**id);
}

// `line` with every integer too long for 64 bits written as a string, or
// nullopt when it has none: such an id ("id": 123456789012345678901234567890,
// from a database's numeric keys) is kept as the string of its digits, where
// simdjson alone would call the whole line malformed.
std::optional<std::string> QuoteHugeIntegers(std::string_view line) {
  constexpr size_t kMaxInt64Digits = 19;
  std::string quoted;
  bool changed = false;
  bool in_string = false;
  for (size_t i = 0; i < line.size();) {
    const char c = line[i];
    if (in_string) {
      if (c == '\\' && i + 1 < line.size()) {
        quoted.append(line.substr(i, 2));
        i += 2;
        continue;
      }
      in_string = c != '"';
    } else if (c == '"') {
      in_string = true;
    } else if (absl::ascii_isdigit(static_cast<unsigned char>(c)) || c == '-') {
      size_t end = i + (c == '-' ? 1 : 0);
      while (end < line.size() && absl::ascii_isdigit(static_cast<unsigned char>(line[end]))) ++end;
      const size_t digits = end - i - (c == '-' ? 1 : 0);
      const bool integer =
          end == line.size() || (line[end] != '.' && line[end] != 'e' && line[end] != 'E');
      if (integer && digits > kMaxInt64Digits) {
        quoted.push_back('"');
        quoted.append(line.substr(i, end - i));
        quoted.push_back('"');
        changed = true;
      } else {
        quoted.append(line.substr(i, end - i));
      }
      i = std::max(end, i + 1);
      continue;
    }
    quoted.push_back(c);
    ++i;
  }
  if (!changed) return std::nullopt;
  return quoted;
}

// The text without paragraphs that only credit a picture, which go to
// `credits`: articles converted from the agencies' pages carry them
// ("Images | Akorda") just as the seed text format does.
std::string DropCreditLines(std::string_view text, std::vector<std::string>* credits) {
  std::string kept;
  kept.reserve(text.size());
  while (!text.empty()) {
    const size_t newline = text.find('\n');
    const std::string_view line = text.substr(0, newline);
    text.remove_prefix(newline == std::string_view::npos ? text.size() : newline + 1);
    if (IsCreditLine(line)) {
      credits->emplace_back(Trim(line));
      continue;
    }
    if (!kept.empty()) kept.push_back('\n');
    kept.append(line);
  }
  return kept;
}

}  // namespace

struct JsonLinesParser::Json {
  simdjson::dom::parser parser;
};

JsonLinesParser::JsonLinesParser(std::string file, const ArticleReader::ArticleCallback& on_article,
                                 const ArticleReader::ErrorCallback& on_error)
    : FormatParser(std::move(file), on_article, on_error), json_(std::make_unique<Json>()) {}

JsonLinesParser::~JsonLinesParser() = default;

absl::StatusOr<Article> JsonLinesParser::Parse(const Line& line) {
  // Checked before simdjson sees it, which rejects the same bytes but cannot
  // say where they are.
  if (std::optional<std::string> problem = FindTextProblem(line.text)) return Bad(*problem);

  element document;
  simdjson::error_code error =
      json_->parser.parse(line.text.data(), line.text.size()).get(document);
  std::optional<std::string> requoted;
  if (error == simdjson::NUMBER_ERROR && (requoted = QuoteHugeIntegers(line.text))) {
    error = json_->parser.parse(requoted->data(), requoted->size()).get(document);
  }
  if (error != simdjson::SUCCESS) {
    return Bad(absl::StrCat("malformed JSON: ", simdjson::error_message(error)));
  }
  simdjson::dom::object object;
  if (document.get_object().get(object) != simdjson::SUCCESS) {
    return Bad(absl::StrCat("expected a JSON object, got ", ToAbsl(TypeName(document.type()))));
  }

  Article article;
  absl::StatusOr<std::string> id = GetId(object);
  if (!id.ok()) return id.status();
  article.id = *std::move(id);

  absl::StatusOr<std::optional<std::string_view>> date = GetString(object, "date", true);
  if (!date.ok()) return date.status();
  if (date->has_value()) {
    // Only a full date: a publication date is a day.
    std::optional<Date> parsed = (*date)->size() == 10 ? Date::Parse(**date) : std::nullopt;
    if (!parsed) {
      return Bad(absl::StrCat("date must be \"YYYY-MM-DD\" or null, not ", Quote(**date)));
    }
    article.date = *parsed;
  }

  absl::StatusOr<std::optional<std::string_view>> title = GetString(object, "title", true);
  if (!title.ok()) return title.status();
  if (title->has_value()) article.title = std::string(Trim(**title));

  absl::StatusOr<std::optional<std::string_view>> text = GetString(object, "text", false);
  if (!text.ok()) return text.status();
  if (!text->has_value()) return Bad("missing text");
  // Paragraphs are separated by '\n' whatever the producer's platform was.
  const std::string paragraphs = absl::StrReplaceAll(ToAbsl(**text), {{"\r\n", "\n"}});
  article.text = std::string(Trim(DropCreditLines(paragraphs, &article.credits)));
  if (article.text.empty()) return Bad("empty text");

  absl::StatusOr<std::optional<std::string_view>> url = GetString(object, "url", true);
  if (!url.ok()) return url.status();
  if (url->has_value()) article.url = std::string(Trim(**url));

  article.origin_line = line.number;
  return article;
}

absl::Status JsonLinesParser::Consume(const Line& line) {
  if (line.too_long) {
    Report(line.number, absl::StrCat("line of ", line.length, " bytes is over the limit"));
    return absl::OkStatus();
  }
  if (Trim(line.text).empty()) return absl::OkStatus();
  absl::StatusOr<Article> article = Parse(line);
  if (!article.ok()) {
    Report(line.number, std::string(article.status().message()));
    return absl::OkStatus();
  }
  const auto [it, inserted] = first_line_of_id_.try_emplace(article->id, line.number);
  if (!inserted) {
    Report(line.number,
           absl::StrCat("duplicate id ", article->id, ", first seen at line ", it->second));
    return absl::OkStatus();
  }
  return Deliver(*std::move(article));
}

}  // namespace kg
