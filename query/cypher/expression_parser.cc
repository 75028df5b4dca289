#include "query/cypher/expression_parser.h"

#include <algorithm>
#include <string>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "fmt/format.h"
#include "graph/status_macros.h"
#include "query/cypher/functions.h"

namespace kg::cypher {
namespace {

// Deep enough for any query a person writes; shallow enough that a hostile
// "((((..." cannot overflow the stack.
constexpr int kMaxNesting = 200;
// The same for chains, which the parser reads in a loop but which still make
// a tree as deep as they are long: `1 + 1 + ... + 1`, `a.b.c...`, 300 ORs.
// 256 levels keep the walks within the stack even under AddressSanitizer.
// The tree is walked recursively after parsing, so its height is bounded.
constexpr int kMaxHeight = 256;

ExprPtr MakeExpr(ExprKind kind, Position position) {
  auto expr = std::make_unique<Expr>();
  expr->kind = kind;
  expr->position = position;
  return expr;
}

ExprPtr MakeBinary(Op op, Position position, ExprPtr left, ExprPtr right) {
  ExprPtr expr = MakeExpr(ExprKind::kBinary, position);
  expr->op = op;
  expr->children.push_back(std::move(left));
  expr->children.push_back(std::move(right));
  return expr;
}

class ExpressionParser {
 public:
  explicit ExpressionParser(TokenStream& tokens) : tokens_(tokens) {}

  absl::StatusOr<ExprPtr> Expression() {
    if (++depth_ > kMaxNesting) {
      return tokens_.Error(tokens_.Peek(), "expression nested too deeply");
    }
    absl::StatusOr<ExprPtr> expr = Or();
    --depth_;
    return expr;
  }

 private:
  // Left-associative binary keywords: OR, XOR, AND.
  template <typename Next>
  absl::StatusOr<ExprPtr> KeywordChain(std::string_view word, Op op, Next next) {
    KG_ASSIGN_OR_RETURN(ExprPtr left, (this->*next)());
    while (tokens_.AtKeyword(word)) {
      const Position at = tokens_.Take().position;
      KG_ASSIGN_OR_RETURN(ExprPtr right, (this->*next)());
      KG_ASSIGN_OR_RETURN(left, Bounded(MakeBinary(op, at, std::move(left), std::move(right))));
    }
    return left;
  }
  absl::StatusOr<ExprPtr> Or() { return KeywordChain("OR", Op::kOr, &ExpressionParser::Xor); }
  absl::StatusOr<ExprPtr> Xor() { return KeywordChain("XOR", Op::kXor, &ExpressionParser::And); }
  absl::StatusOr<ExprPtr> And() { return KeywordChain("AND", Op::kAnd, &ExpressionParser::Not); }

  absl::StatusOr<ExprPtr> Not() {
    if (!tokens_.AtKeyword("NOT")) return Comparison();
    ExprPtr expr = MakeExpr(ExprKind::kUnary, tokens_.Take().position);
    expr->op = Op::kNot;
    if (++depth_ > kMaxNesting) {
      return tokens_.Error(tokens_.Peek(), "expression nested too deeply");
    }
    KG_ASSIGN_OR_RETURN(ExprPtr operand, Not());
    --depth_;
    expr->children.push_back(std::move(operand));
    return Bounded(std::move(expr));
  }

  // a < b <= c means a < b AND b <= c, as in openCypher.
  absl::StatusOr<ExprPtr> Comparison() {
    KG_ASSIGN_OR_RETURN(ExprPtr left, Predicate());
    ExprPtr result;
    const Expr* previous = left.get();
    ExprPtr owned_left = std::move(left);
    while (true) {
      Op op;
      switch (tokens_.Peek().kind) {
        case TokenKind::kEq:
          op = Op::kEq;
          break;
        case TokenKind::kNeq:
          op = Op::kNeq;
          break;
        case TokenKind::kLt:
          op = Op::kLt;
          break;
        case TokenKind::kLe:
          op = Op::kLe;
          break;
        case TokenKind::kGt:
          op = Op::kGt;
          break;
        case TokenKind::kGe:
          op = Op::kGe;
          break;
        default:
          return result ? std::move(result) : std::move(owned_left);
      }
      const Position at = tokens_.Take().position;
      KG_ASSIGN_OR_RETURN(ExprPtr right, Predicate());
      const Expr* right_raw = right.get();
      ExprPtr lhs = result ? previous->Clone() : std::move(owned_left);
      KG_ASSIGN_OR_RETURN(ExprPtr comparison,
                          Bounded(MakeBinary(op, at, std::move(lhs), std::move(right))));
      if (result) {
        KG_ASSIGN_OR_RETURN(
            result, Bounded(MakeBinary(Op::kAnd, at, std::move(result), std::move(comparison))));
      } else {
        result = std::move(comparison);
      }
      previous = right_raw;
    }
  }

  // IN, STARTS WITH, ENDS WITH, CONTAINS, =~, IS [NOT] NULL.
  absl::StatusOr<ExprPtr> Predicate() {
    KG_ASSIGN_OR_RETURN(ExprPtr left, Additive());
    while (true) {
      Op op = Op::kNone;
      const Token& token = tokens_.Peek();
      if (tokens_.AtKeyword("IN")) {
        op = Op::kIn;
      } else if (tokens_.AtKeyword("CONTAINS")) {
        op = Op::kContains;
      } else if (token.kind == TokenKind::kRegexMatch) {
        op = Op::kRegexMatch;
      } else if (tokens_.AtKeyword("STARTS") || tokens_.AtKeyword("ENDS")) {
        op = tokens_.AtKeyword("STARTS") ? Op::kStartsWith : Op::kEndsWith;
        if (!tokens_.AtKeyword("WITH", 1)) {
          tokens_.Take();
          return tokens_.Expected(fmt::format("WITH after {}", absl::AsciiStrToUpper(token.text)));
        }
        tokens_.Take();
      } else if (tokens_.AtKeyword("IS")) {
        tokens_.Take();
        ExprPtr test = MakeExpr(ExprKind::kIsNull, token.position);
        test->negated = tokens_.AcceptKeyword("NOT");
        if (!tokens_.AcceptKeyword("NULL"))
          return tokens_.Expected(test->negated ? "NULL" : "NULL or NOT NULL");
        test->children.push_back(std::move(left));
        KG_ASSIGN_OR_RETURN(left, Bounded(std::move(test)));
        continue;
      } else {
        return left;
      }
      tokens_.Take();
      KG_ASSIGN_OR_RETURN(ExprPtr right, Additive());
      KG_ASSIGN_OR_RETURN(
          left, Bounded(MakeBinary(op, token.position, std::move(left), std::move(right))));
    }
  }

  absl::StatusOr<ExprPtr> Additive() {
    KG_ASSIGN_OR_RETURN(ExprPtr left, Multiplicative());
    while (tokens_.Peek().kind == TokenKind::kPlus || tokens_.Peek().kind == TokenKind::kMinus) {
      const Token& token = tokens_.Take();
      KG_ASSIGN_OR_RETURN(ExprPtr right, Multiplicative());
      KG_ASSIGN_OR_RETURN(
          left, Bounded(MakeBinary(token.kind == TokenKind::kPlus ? Op::kAdd : Op::kSubtract,
                                   token.position, std::move(left), std::move(right))));
    }
    return left;
  }

  absl::StatusOr<ExprPtr> Multiplicative() {
    KG_ASSIGN_OR_RETURN(ExprPtr left, Unary());
    while (true) {
      Op op;
      switch (tokens_.Peek().kind) {
        case TokenKind::kStar:
          op = Op::kMultiply;
          break;
        case TokenKind::kSlash:
          op = Op::kDivide;
          break;
        case TokenKind::kPercent:
          op = Op::kModulo;
          break;
        default:
          return left;
      }
      const Position at = tokens_.Take().position;
      KG_ASSIGN_OR_RETURN(ExprPtr right, Unary());
      KG_ASSIGN_OR_RETURN(left, Bounded(MakeBinary(op, at, std::move(left), std::move(right))));
    }
  }

  absl::StatusOr<ExprPtr> Unary() {
    // Unary plus is a no-op: skipped in a loop, not by recursion.
    while (tokens_.Peek().kind == TokenKind::kPlus) tokens_.Take();
    if (tokens_.Peek().kind != TokenKind::kMinus) return Postfix();
    const Position at = tokens_.Take().position;
    if (++depth_ > kMaxNesting) {
      return tokens_.Error(tokens_.Peek(), "expression nested too deeply");
    }
    KG_ASSIGN_OR_RETURN(ExprPtr operand, Unary());
    --depth_;
    // Fold -literal so that -1 is a literal (and LIMIT -1 says "negative").
    if (operand->kind == ExprKind::kLiteral && operand->literal.kind() == Value::Kind::kInt) {
      operand->literal = Value::Int(-operand->literal.AsInt());
      operand->position = at;
      return operand;
    }
    if (operand->kind == ExprKind::kLiteral && operand->literal.kind() == Value::Kind::kFloat) {
      operand->literal = Value::Float(-operand->literal.AsFloat());
      operand->position = at;
      return operand;
    }
    ExprPtr expr = MakeExpr(ExprKind::kUnary, at);
    expr->op = Op::kNegate;
    expr->children.push_back(std::move(operand));
    return Bounded(std::move(expr));
  }

  // atom ('.' key | '[' expr ']' | ':' Label)*
  absl::StatusOr<ExprPtr> Postfix() {
    KG_ASSIGN_OR_RETURN(ExprPtr expr, Atom());
    while (true) {
      if (tokens_.Accept(TokenKind::kDot)) {
        if (!tokens_.AtName()) return tokens_.Expected("a property name after '.'");
        ExprPtr property = MakeExpr(ExprKind::kProperty, expr->position);
        property->name = tokens_.Take().text;
        property->children.push_back(std::move(expr));
        KG_ASSIGN_OR_RETURN(expr, Bounded(std::move(property)));
      } else if (tokens_.Peek().kind == TokenKind::kLeftBracket) {
        KG_ASSIGN_OR_RETURN(expr, IndexOrSlice(std::move(expr)));
      } else if (tokens_.Peek().kind == TokenKind::kColon) {
        ExprPtr test = MakeExpr(ExprKind::kLabelTest, tokens_.Take().position);
        do {
          tokens_.Accept(TokenKind::kColon);
          if (!tokens_.AtName()) return tokens_.Expected("a label");
          const Token& label = tokens_.Take();
          const std::optional<NodeKind> kind = ParseNodeKind(label.text);
          if (!kind.has_value()) {
            return tokens_.Error(label, fmt::format("unknown label '{}'", label.text));
          }
          test->labels.push_back(*kind);
        } while (tokens_.Accept(TokenKind::kPipe));
        test->children.push_back(std::move(expr));
        KG_ASSIGN_OR_RETURN(expr, Bounded(std::move(test)));
      } else {
        return expr;
      }
    }
  }

  absl::StatusOr<ExprPtr> Atom() {
    const Token& token = tokens_.Peek();
    switch (token.kind) {
      case TokenKind::kInteger: {
        tokens_.Take();
        int64_t value;
        if (!absl::SimpleAtoi(token.text, &value)) {
          return tokens_.Error(token, fmt::format("integer {} is too large", token.text));
        }
        return Literal(token, Value::Int(value));
      }
      case TokenKind::kFloat: {
        tokens_.Take();
        double value;
        if (!absl::SimpleAtod(token.text, &value)) {
          return tokens_.Error(token, fmt::format("bad number {}", token.text));
        }
        return Literal(token, Value::Float(value));
      }
      case TokenKind::kString:
        tokens_.Take();
        return Literal(token, Value::String(token.text));
      case TokenKind::kParameter: {
        tokens_.Take();
        ExprPtr expr = MakeExpr(ExprKind::kParameter, token.position);
        expr->name = token.text;
        return expr;
      }
      case TokenKind::kLeftParen: {
        tokens_.Take();
        KG_ASSIGN_OR_RETURN(ExprPtr inner, Expression());
        KG_RETURN_IF_ERROR(tokens_.Expect(TokenKind::kRightParen, "')'"));
        return inner;
      }
      case TokenKind::kLeftBracket:
        return ListLiteral();
      case TokenKind::kLeftBrace:
        return MapLiteral();
      case TokenKind::kQuotedName:
        tokens_.Take();
        return Variable(token);
      case TokenKind::kIdentifier:
        break;
      default:
        return tokens_.Expected("an expression");
    }
    if (tokens_.AtKeyword("TRUE") || tokens_.AtKeyword("FALSE")) {
      tokens_.Take();
      return Literal(token, Value::Bool(EqualsIgnoreCase(token.text, "TRUE")));
    }
    if (tokens_.AtKeyword("NULL")) {
      tokens_.Take();
      return Literal(token, Value());
    }
    if (tokens_.AtKeyword("CASE")) return Case();
    if (tokens_.Peek(1).kind == TokenKind::kLeftParen) return Function();
    if (IsReservedWord(token)) {
      return tokens_.Expected("an expression");
    }
    tokens_.Take();
    return Variable(token);
  }

  // CASE [subject] WHEN w THEN t ... [ELSE e] END
  absl::StatusOr<ExprPtr> Case() {
    ExprPtr expr = MakeExpr(ExprKind::kCase, tokens_.Take().position);
    if (!tokens_.AtKeyword("WHEN")) {
      KG_ASSIGN_OR_RETURN(ExprPtr subject, Expression());
      expr->children.push_back(std::move(subject));
      expr->case_subject = true;
    }
    if (!tokens_.AtKeyword("WHEN")) return tokens_.Expected("WHEN");
    while (tokens_.AcceptKeyword("WHEN")) {
      KG_ASSIGN_OR_RETURN(ExprPtr when, Expression());
      if (!tokens_.AcceptKeyword("THEN")) return tokens_.Expected("THEN");
      KG_ASSIGN_OR_RETURN(ExprPtr then, Expression());
      expr->children.push_back(std::move(when));
      expr->children.push_back(std::move(then));
    }
    if (tokens_.AcceptKeyword("ELSE")) {
      KG_ASSIGN_OR_RETURN(ExprPtr otherwise, Expression());
      expr->children.push_back(std::move(otherwise));
      expr->case_else = true;
    }
    if (!tokens_.AcceptKeyword("END")) return tokens_.Expected("WHEN, ELSE or END");
    return Bounded(std::move(expr));
  }

  static ExprPtr Literal(const Token& token, Value value) {
    ExprPtr expr = MakeExpr(ExprKind::kLiteral, token.position);
    expr->literal = std::move(value);
    return expr;
  }
  static ExprPtr Variable(const Token& token) {
    ExprPtr expr = MakeExpr(ExprKind::kVariable, token.position);
    expr->name = token.text;
    return expr;
  }

  // base '[' index ']' or base '[' [from] '..' [to] ']'
  absl::StatusOr<ExprPtr> IndexOrSlice(ExprPtr base) {
    const Position at = tokens_.Take().position;
    ExprPtr from;
    if (tokens_.Peek().kind != TokenKind::kDotDot) {
      KG_ASSIGN_OR_RETURN(from, Expression());
      if (tokens_.Peek().kind != TokenKind::kDotDot) {
        KG_RETURN_IF_ERROR(tokens_.Expect(TokenKind::kRightBracket, "']' after the index"));
        ExprPtr indexed = MakeExpr(ExprKind::kIndex, at);
        indexed->children.push_back(std::move(base));
        indexed->children.push_back(std::move(from));
        return Bounded(std::move(indexed));
      }
    }
    tokens_.Take();  // '..'
    ExprPtr slice = MakeExpr(ExprKind::kSlice, at);
    slice->children.push_back(std::move(base));
    if (from != nullptr) {
      slice->slice_from = true;
      slice->children.push_back(std::move(from));
    }
    if (tokens_.Peek().kind != TokenKind::kRightBracket) {
      KG_ASSIGN_OR_RETURN(ExprPtr to, Expression());
      slice->slice_to = true;
      slice->children.push_back(std::move(to));
    }
    KG_RETURN_IF_ERROR(tokens_.Expect(TokenKind::kRightBracket, "']' after the slice"));
    return Bounded(std::move(slice));
  }

  // '[' name IN list [WHERE predicate] ['|' projection] ']', the '[' taken.
  absl::StatusOr<ExprPtr> Comprehension(Position at) {
    ExprPtr expr = MakeExpr(ExprKind::kListComprehension, at);
    expr->name = tokens_.Take().text;
    tokens_.Take();  // IN
    KG_ASSIGN_OR_RETURN(ExprPtr list, Expression());
    expr->children.push_back(std::move(list));
    if (tokens_.AcceptKeyword("WHERE")) {
      KG_ASSIGN_OR_RETURN(ExprPtr where, Expression());
      expr->children.push_back(std::move(where));
      expr->comprehension_where = true;
    }
    if (tokens_.Accept(TokenKind::kPipe)) {
      KG_ASSIGN_OR_RETURN(ExprPtr projection, Expression());
      expr->children.push_back(std::move(projection));
      expr->comprehension_map = true;
    }
    KG_RETURN_IF_ERROR(
        tokens_.Expect(TokenKind::kRightBracket,
                       expr->comprehension_map
                           ? "']' to close the list comprehension"
                           : (expr->comprehension_where ? "'|' or ']' in the list comprehension"
                                                        : "WHERE, '|' or ']' in the list "
                                                          "comprehension")));
    return Bounded(std::move(expr));
  }

  // A list literal, or a comprehension: `[x IN` starts one, as in openCypher
  // (so `[x IN l]` is l itself, not a one-element list of a boolean).
  absl::StatusOr<ExprPtr> ListLiteral() {
    const Position at = tokens_.Peek().position;
    tokens_.Take();
    if (tokens_.AtName() && tokens_.AtKeyword("IN", 1)) return Comprehension(at);
    ExprPtr list = MakeExpr(ExprKind::kList, at);
    if (tokens_.Accept(TokenKind::kRightBracket)) return list;
    do {
      KG_ASSIGN_OR_RETURN(ExprPtr element, Expression());
      list->children.push_back(std::move(element));
    } while (tokens_.Accept(TokenKind::kComma));
    KG_RETURN_IF_ERROR(tokens_.Expect(TokenKind::kRightBracket, "']' to close the list"));
    return Bounded(std::move(list));
  }

  absl::StatusOr<ExprPtr> MapLiteral() {
    ExprPtr map = MakeExpr(ExprKind::kMap, tokens_.Take().position);
    if (tokens_.Accept(TokenKind::kRightBrace)) return map;
    do {
      if (!tokens_.AtName()) return tokens_.Expected("a key");
      map->keys.push_back(tokens_.Take().text);
      KG_RETURN_IF_ERROR(tokens_.Expect(TokenKind::kColon, "':' after the key"));
      KG_ASSIGN_OR_RETURN(ExprPtr value, Expression());
      map->children.push_back(std::move(value));
    } while (tokens_.Accept(TokenKind::kComma));
    KG_RETURN_IF_ERROR(tokens_.Expect(TokenKind::kRightBrace, "'}' to close the map"));
    return Bounded(std::move(map));
  }

  absl::StatusOr<ExprPtr> Function() {
    const Token& name = tokens_.Take();
    tokens_.Take();  // '('
    const FunctionSpec* spec = FindFunction(name.text);
    if (spec == nullptr) {
      return tokens_.Error(name, fmt::format("unknown function '{}'", name.text));
    }
    if (spec->name == "count" && tokens_.Peek().kind == TokenKind::kStar) {
      tokens_.Take();
      KG_RETURN_IF_ERROR(tokens_.Expect(TokenKind::kRightParen, "')' after count(*"));
      return MakeExpr(ExprKind::kCountStar, name.position);
    }
    ExprPtr call = MakeExpr(ExprKind::kFunction, name.position);
    call->name = std::string(spec->name);
    if (tokens_.AtKeyword("DISTINCT")) {
      if (!spec->aggregate) {
        return tokens_.Error(tokens_.Peek(),
                             fmt::format("DISTINCT is only allowed in an aggregate such as "
                                         "count(DISTINCT x), not in {}()",
                                         name.text));
      }
      tokens_.Take();
      call->distinct = true;
    }
    if (tokens_.Peek().kind != TokenKind::kRightParen) {
      do {
        KG_ASSIGN_OR_RETURN(ExprPtr argument, Expression());
        call->children.push_back(std::move(argument));
      } while (tokens_.Accept(TokenKind::kComma));
    }
    KG_RETURN_IF_ERROR(tokens_.Expect(TokenKind::kRightParen, "')' after the arguments"));
    const int count = static_cast<int>(call->children.size());
    if (count < spec->min_args || (spec->max_args >= 0 && count > spec->max_args)) {
      std::string expected = spec->max_args < 0 ? fmt::format("at least {}", spec->min_args)
                                                : std::to_string(spec->max_args);
      return tokens_.Error(
          name, fmt::format("{}() takes {} argument{}, got {}", name.text, expected,
                            spec->min_args == 1 && spec->max_args == 1 ? "" : "s", count));
    }
    return Bounded(std::move(call));
  }

  // `expr` with its height set from its children's; an error past kMaxHeight.
  absl::StatusOr<ExprPtr> Bounded(ExprPtr expr) {
    for (const ExprPtr& child : expr->children) {
      expr->height = std::max(expr->height, child->height + 1);
    }
    if (expr->height > kMaxHeight) {
      return tokens_.Error(tokens_.Peek(),
                           fmt::format("expression too deep: more than {} operators, properties "
                                       "or indexes in a chain (write a long OR of equalities as "
                                       "x IN [...])",
                                       kMaxHeight));
    }
    return expr;
  }

  TokenStream& tokens_;
  int depth_ = 0;
};

}  // namespace

absl::StatusOr<ExprPtr> ParseExpressionFrom(TokenStream& tokens) {
  return ExpressionParser(tokens).Expression();
}

}  // namespace kg::cypher
