#include "query/cypher/lexer.h"

#include "absl/status/status.h"
#include "fmt/format.h"

namespace kg::cypher {
namespace {

bool IsIdentifierStart(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}
bool IsIdentifierPart(unsigned char c) { return IsIdentifierStart(c) || (c >= '0' && c <= '9'); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

class Lexer {
 public:
  explicit Lexer(std::string_view text) : text_(text) {}

  absl::StatusOr<std::vector<Token>> Run() {
    std::vector<Token> tokens;
    while (true) {
      if (absl::Status s = SkipSpaceAndComments(); !s.ok()) return s;
      Token token;
      token.position = position_;
      token.begin = token.end = pos_;
      if (at_end()) {
        token.kind = TokenKind::kEnd;
        tokens.push_back(std::move(token));
        return tokens;
      }
      if (absl::Status s = Next(&token); !s.ok()) return s;
      token.end = pos_;
      tokens.push_back(std::move(token));
    }
  }

 private:
  bool at_end() const { return pos_ >= text_.size(); }
  char peek(size_t ahead = 0) const {
    return pos_ + ahead < text_.size() ? text_[pos_ + ahead] : '\0';
  }
  // Moves one byte; the column counts a code point at its first byte, so
  // continuation bytes do not move it.
  void advance() {
    const char c = text_[pos_++];
    if (c == '\n') {
      ++position_.line;
      position_.column = 1;
    } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      ++position_.column;
    }
  }

  // Non-ASCII bytes are name characters, except a no-break space and the
  // curly quotes, which end a name.
  bool AtNoBreakSpace() const { return peek() == '\xC2' && peek(1) == '\xA0'; }
  bool AtCurlyQuote() const {
    return peek() == '\xE2' && peek(1) == '\x80' &&
           (peek(2) == '\x98' || peek(2) == '\x99' || peek(2) == '\x9C' || peek(2) == '\x9D');
  }
  bool InName() const {
    return IsIdentifierPart(static_cast<unsigned char>(peek())) && !AtNoBreakSpace() &&
           !AtCurlyQuote();
  }

  absl::Status Error(Position at, std::string_view message) const {
    return absl::InvalidArgumentError(PositionedMessage(at, message));
  }

  absl::Status SkipSpaceAndComments() {
    while (!at_end()) {
      const char c = peek();
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
        advance();
      } else if (AtNoBreakSpace()) {
        // A no-break space, as pasted from a web page or a document.
        advance();
        advance();
      } else if (c == '/' && peek(1) == '/') {
        while (!at_end() && peek() != '\n') advance();
      } else if (c == '/' && peek(1) == '*') {
        const Position start = position_;
        advance();
        advance();
        while (!at_end() && !(peek() == '*' && peek(1) == '/')) advance();
        if (at_end()) return Error(start, "unterminated comment");
        advance();
        advance();
      } else {
        break;
      }
    }
    return absl::OkStatus();
  }

  absl::Status Next(Token* token) {
    const char c = peek();
    const unsigned char uc = static_cast<unsigned char>(c);
    // ‘ ’ “ ” (U+2018, U+2019, U+201C, U+201D): a query pasted from a word
    // processor. Say so rather than reading them as part of a name.
    if (AtCurlyQuote()) {
      return Error(position_, "curly quote: write strings between ' or \" quotes");
    }
    if (IsIdentifierStart(uc)) {
      const size_t start = pos_;
      while (!at_end() && InName()) advance();
      token->kind = TokenKind::kIdentifier;
      token->text = std::string(text_.substr(start, pos_ - start));
      return absl::OkStatus();
    }
    if (IsDigit(c)) return Number(token);
    if (c == '\'' || c == '"') return String(token);
    if (c == '`') return QuotedName(token);
    if (c == '$') {
      advance();
      if (at_end() || !IsIdentifierStart(static_cast<unsigned char>(peek()))) {
        return Error(token->position, "expected a parameter name after '$'");
      }
      const size_t start = pos_;
      while (!at_end() && InName()) advance();
      token->kind = TokenKind::kParameter;
      token->text = std::string(text_.substr(start, pos_ - start));
      return absl::OkStatus();
    }
    return Punctuation(token);
  }

  absl::Status Number(Token* token) {
    const size_t start = pos_;
    while (IsDigit(peek())) advance();
    token->kind = TokenKind::kInteger;
    // "1..3" is a range, not the float "1." followed by ".3".
    if (peek() == '.' && IsDigit(peek(1))) {
      advance();
      while (IsDigit(peek())) advance();
      token->kind = TokenKind::kFloat;
    }
    if ((peek() == 'e' || peek() == 'E') &&
        (IsDigit(peek(1)) || ((peek(1) == '-' || peek(1) == '+') && IsDigit(peek(2))))) {
      advance();
      if (peek() == '-' || peek() == '+') advance();
      while (IsDigit(peek())) advance();
      token->kind = TokenKind::kFloat;
    }
    if (IsIdentifierStart(static_cast<unsigned char>(peek()))) {
      return Error(position_, "unexpected character after number");
    }
    token->text = std::string(text_.substr(start, pos_ - start));
    return absl::OkStatus();
  }

  absl::Status String(Token* token) {
    const char quote = peek();
    advance();
    std::string value;
    while (true) {
      if (at_end()) return Error(token->position, "unterminated string");
      const char c = peek();
      if (c == quote) {
        advance();
        break;
      }
      if (c != '\\') {
        value.push_back(c);
        advance();
        continue;
      }
      const Position escape_at = position_;
      advance();
      if (at_end()) return Error(token->position, "unterminated string");
      const char e = peek();
      advance();
      switch (e) {
        case '\\':
        case '\'':
        case '"':
          value.push_back(e);
          break;
        case 'n':
          value.push_back('\n');
          break;
        case 't':
          value.push_back('\t');
          break;
        case 'r':
          value.push_back('\r');
          break;
        case 'b':
          value.push_back('\b');
          break;
        case 'f':
          value.push_back('\f');
          break;
        case 'u': {
          uint32_t cp = 0;
          for (int i = 0; i < 4; ++i) {
            const char h = peek();
            int digit;
            if (IsDigit(h)) {
              digit = h - '0';
            } else if (h >= 'a' && h <= 'f') {
              digit = h - 'a' + 10;
            } else if (h >= 'A' && h <= 'F') {
              digit = h - 'A' + 10;
            } else {
              return Error(escape_at, "\\u needs four hexadecimal digits");
            }
            cp = cp * 16 + static_cast<uint32_t>(digit);
            advance();
          }
          AppendUtf8(cp, &value);
          break;
        }
        default:
          return Error(escape_at, fmt::format("unknown escape '\\{}' in string", e));
      }
    }
    token->kind = TokenKind::kString;
    token->text = std::move(value);
    return absl::OkStatus();
  }

  absl::Status QuotedName(Token* token) {
    advance();
    std::string name;
    while (true) {
      if (at_end()) return Error(token->position, "unterminated `name`");
      if (peek() == '`') {
        advance();
        // `` inside a quoted name is one backquote.
        if (peek() != '`') break;
      }
      name.push_back(peek());
      advance();
    }
    if (name.empty()) return Error(token->position, "empty `name`");
    token->kind = TokenKind::kQuotedName;
    token->text = std::move(name);
    return absl::OkStatus();
  }

  absl::Status Punctuation(Token* token) {
    const char c = peek();
    const char n = peek(1);
    auto take = [&](TokenKind kind, int length) {
      token->kind = kind;
      token->text = std::string(text_.substr(pos_, length));
      for (int i = 0; i < length; ++i) advance();
      return absl::OkStatus();
    };
    switch (c) {
      case '(':
        return take(TokenKind::kLeftParen, 1);
      case ')':
        return take(TokenKind::kRightParen, 1);
      case '[':
        return take(TokenKind::kLeftBracket, 1);
      case ']':
        return take(TokenKind::kRightBracket, 1);
      case '{':
        return take(TokenKind::kLeftBrace, 1);
      case '}':
        return take(TokenKind::kRightBrace, 1);
      case ',':
        return take(TokenKind::kComma, 1);
      case '.':
        return n == '.' ? take(TokenKind::kDotDot, 2) : take(TokenKind::kDot, 1);
      case ':':
        return take(TokenKind::kColon, 1);
      case '|':
        return take(TokenKind::kPipe, 1);
      case '*':
        return take(TokenKind::kStar, 1);
      case '+':
        return take(TokenKind::kPlus, 1);
      case '-':
        return take(TokenKind::kMinus, 1);
      case '/':
        return take(TokenKind::kSlash, 1);
      case '%':
        return take(TokenKind::kPercent, 1);
      case '=':
        if (n == '~') return take(TokenKind::kRegexMatch, 2);
        return take(TokenKind::kEq, 1);
      case ';':
        return take(TokenKind::kSemicolon, 1);
      case '!':
        if (n == '=') return take(TokenKind::kNeq, 2);
        break;
      // '<' and '-' stay separate tokens so that `<-[r]-` and `a < -1` both
      // parse; only `<>` and `<=` are joined.
      case '<':
        if (n == '>') return take(TokenKind::kNeq, 2);
        if (n == '=') return take(TokenKind::kLe, 2);
        return take(TokenKind::kLt, 1);
      case '>':
        if (n == '=') return take(TokenKind::kGe, 2);
        return take(TokenKind::kGt, 1);
      default:
        break;
    }
    return Error(position_, fmt::format("unexpected character '{}'", c));
  }

  std::string_view text_;
  size_t pos_ = 0;
  Position position_;
};

}  // namespace

std::string PositionedMessage(Position position, std::string_view message) {
  return fmt::format("line {}, column {}: {}", position.line, position.column, message);
}

std::string DescribeToken(const Token& token) {
  switch (token.kind) {
    case TokenKind::kEnd:
      return "end of input";
    case TokenKind::kIdentifier:
      return fmt::format("'{}'", token.text);
    case TokenKind::kQuotedName:
      return fmt::format("`{}`", token.text);
    case TokenKind::kInteger:
    case TokenKind::kFloat:
      return fmt::format("number {}", token.text);
    case TokenKind::kString:
      return "a string";
    case TokenKind::kParameter:
      return fmt::format("parameter ${}", token.text);
    default:
      return fmt::format("'{}'", token.text);
  }
}

absl::StatusOr<std::vector<Token>> Lex(std::string_view text) { return Lexer(text).Run(); }

}  // namespace kg::cypher
