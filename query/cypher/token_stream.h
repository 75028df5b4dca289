// TokenStream: the parser's cursor over the lexer's tokens, with the
// keyword tests and the positioned errors both halves of the parser
// (parser.cc for clauses and patterns, expression_parser.cc) share.
// Internal to query/cypher.
#ifndef KG_QUERY_CYPHER_TOKEN_STREAM_H_
#define KG_QUERY_CYPHER_TOKEN_STREAM_H_

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "query/cypher/lexer.h"

namespace kg::cypher {

bool EqualsIgnoreCase(std::string_view a, std::string_view b);

// Clauses that write: refused by name wherever a clause may start.
bool IsWriteClause(const Token& token);
// Read clauses outside kg's subset (UNION, CALL).
bool IsUnsupportedClause(const Token& token);
// Words that start or end clauses and operators: never an expression's atom,
// so that `RETURN ORDER BY x` says what is missing instead of reading a
// variable called ORDER.
bool IsReservedWord(const Token& token);

class TokenStream {
 public:
  // `tokens` ends with a kEnd token, as Lex returns them.
  TokenStream(std::string_view text, std::vector<Token> tokens)
      : text_(text), tokens_(std::move(tokens)) {}

  // The current token, or one `ahead` of it; kEnd past the end.
  const Token& Peek(size_t ahead = 0) const {
    return tokens_[std::min(index_ + ahead, tokens_.size() - 1)];
  }
  // The current token; moves past it (never past kEnd).
  const Token& Take() {
    const Token& token = tokens_[index_];
    if (index_ + 1 < tokens_.size()) ++index_;
    return token;
  }
  bool Accept(TokenKind kind) {
    if (Peek().kind != kind) return false;
    Take();
    return true;
  }
  // Keywords are identifiers compared case-insensitively.
  bool AtKeyword(std::string_view word, size_t ahead = 0) const {
    const Token& token = Peek(ahead);
    return token.kind == TokenKind::kIdentifier && EqualsIgnoreCase(token.text, word);
  }
  bool AcceptKeyword(std::string_view word) {
    if (!AtKeyword(word)) return false;
    Take();
    return true;
  }
  // An identifier or a `quoted name`.
  bool AtName() const {
    return Peek().kind == TokenKind::kIdentifier || Peek().kind == TokenKind::kQuotedName;
  }

  // InvalidArgument("line L, column C: message") at `at`.
  absl::Status Error(const Token& at, std::string_view message) const;
  // "expected <what>, found <the current token>".
  absl::Status Expected(std::string_view what) const;
  absl::Status Expect(TokenKind kind, std::string_view what) {
    if (Accept(kind)) return absl::OkStatus();
    return Expected(what);
  }

  // The query text from byte `begin` to the end of the last token taken.
  std::string TextSince(size_t begin) const;

 private:
  std::string_view text_;
  std::vector<Token> tokens_;
  size_t index_ = 0;
};

}  // namespace kg::cypher

#endif  // KG_QUERY_CYPHER_TOKEN_STREAM_H_
