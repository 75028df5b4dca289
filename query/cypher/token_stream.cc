#include "query/cypher/token_stream.h"

#include "absl/strings/match.h"
#include "fmt/format.h"

namespace kg::cypher {
namespace {

constexpr std::string_view kWriteClauses[] = {"CREATE", "MERGE",   "SET",  "DELETE", "DETACH",
                                              "REMOVE", "FOREACH", "LOAD", "DROP"};
constexpr std::string_view kUnsupportedClauses[] = {"UNION", "CALL"};
constexpr std::string_view kReserved[] = {
    "MATCH",    "RETURN", "WHERE",     "ORDER", "BY",         "SKIP",     "LIMIT",  "AND",
    "OR",       "XOR",    "IN",        "IS",    "AS",         "DISTINCT", "STARTS", "ENDS",
    "CONTAINS", "ASC",    "ASCENDING", "DESC",  "DESCENDING", "CASE",     "EXISTS", "WITH"};

template <size_t N>
bool IsOneOf(const Token& token, const std::string_view (&words)[N]) {
  if (token.kind != TokenKind::kIdentifier) return false;
  for (std::string_view word : words) {
    if (EqualsIgnoreCase(token.text, word)) return true;
  }
  return false;
}

}  // namespace

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  return absl::EqualsIgnoreCase(absl::string_view(a.data(), a.size()),
                                absl::string_view(b.data(), b.size()));
}

bool IsWriteClause(const Token& token) { return IsOneOf(token, kWriteClauses); }
bool IsUnsupportedClause(const Token& token) { return IsOneOf(token, kUnsupportedClauses); }
bool IsReservedWord(const Token& token) {
  return IsOneOf(token, kReserved) || IsWriteClause(token);
}

absl::Status TokenStream::Error(const Token& at, std::string_view message) const {
  return absl::InvalidArgumentError(PositionedMessage(at.position, message));
}

absl::Status TokenStream::Expected(std::string_view what) const {
  return Error(Peek(), fmt::format("expected {}, found {}", what, DescribeToken(Peek())));
}

std::string TokenStream::TextSince(size_t begin) const {
  const size_t end = index_ > 0 ? tokens_[index_ - 1].end : begin;
  return std::string(text_.substr(begin, end > begin ? end - begin : 0));
}

}  // namespace kg::cypher
