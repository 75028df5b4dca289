// Lexer: Cypher text to tokens, each with the line and column it starts at.
//
//   KG_ASSIGN_OR_RETURN(std::vector<Token> tokens, Lex("MATCH (n) RETURN n"));
//
// Keywords are not distinguished here: they are identifiers that the parser
// compares case-insensitively, so `match` and `MATCH` are one keyword and a
// backquoted `match` is an ordinary name. Comments (`// ...`, `/* ... */`)
// and whitespace are skipped. Columns count characters (UTF-8 code points),
// starting at 1, so an error points where an editor would.
#ifndef KG_QUERY_CYPHER_LEXER_H_
#define KG_QUERY_CYPHER_LEXER_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"

namespace kg::cypher {

enum class TokenKind {
  kIdentifier,    // name, or keyword; text is the name
  kQuotedName,    // `backquoted name`; text is the name, never a keyword
  kInteger,       // text is the digits
  kFloat,         // text is the literal
  kString,        // text is the decoded string
  kParameter,     // $name; text is the name
  kLeftParen,     // (
  kRightParen,    // )
  kLeftBracket,   // [
  kRightBracket,  // ]
  kLeftBrace,     // {
  kRightBrace,    // }
  kComma,
  kDot,
  kDotDot,  // ..
  kColon,
  kPipe,
  kStar,
  kPlus,
  kMinus,
  kSlash,
  kPercent,
  kEq,          // =
  kRegexMatch,  // =~
  kNeq,         // <> or !=
  kLt,
  kLe,
  kGt,
  kGe,
  kSemicolon,
  kEnd,
};

struct Position {
  int line = 1;
  int column = 1;
};

struct Token {
  TokenKind kind = TokenKind::kEnd;
  std::string text;
  Position position;
  // Byte offsets of the token in the query text: [begin, end). RETURN items
  // without an alias are named by the text they span.
  size_t begin = 0;
  size_t end = 0;
};

// A readable name for a token in messages: "'('", "identifier 'foo'", "end of input".
std::string DescribeToken(const Token& token);

// InvalidArgument("line L, column C: message") for an unterminated string or
// comment, a bad escape, or a character that starts no token.
absl::StatusOr<std::vector<Token>> Lex(std::string_view text);

// The message format every query error uses.
std::string PositionedMessage(Position position, std::string_view message);

}  // namespace kg::cypher

#endif  // KG_QUERY_CYPHER_LEXER_H_
