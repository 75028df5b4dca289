#include "query/cypher/parser.h"

#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "fmt/format.h"
#include "graph/status_macros.h"
#include "query/cypher/functions.h"

namespace kg::cypher {
namespace {

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  return absl::EqualsIgnoreCase(absl::string_view(a.data(), a.size()),
                                absl::string_view(b.data(), b.size()));
}

// Clauses that write are refused by name wherever a clause may start.
constexpr std::string_view kWriteClauses[] = {"CREATE", "MERGE",   "SET",  "DELETE", "DETACH",
                                              "REMOVE", "FOREACH", "LOAD", "DROP"};
// Read clauses outside kg's subset.
constexpr std::string_view kOtherClauses[] = {"OPTIONAL", "WITH", "UNWIND", "UNION", "CALL"};
// Words that start or end clauses and operators: never an expression's atom,
// so that `RETURN ORDER BY x` says what is missing instead of reading a
// variable called ORDER.
constexpr std::string_view kReserved[] = {
    "MATCH",    "RETURN", "WHERE",     "ORDER", "BY",         "SKIP",     "LIMIT",  "AND",
    "OR",       "XOR",    "IN",        "IS",    "AS",         "DISTINCT", "STARTS", "ENDS",
    "CONTAINS", "ASC",    "ASCENDING", "DESC",  "DESCENDING", "CASE",     "EXISTS"};

template <size_t N>
bool IsOneOf(const Token& token, const std::string_view (&words)[N]) {
  if (token.kind != TokenKind::kIdentifier) return false;
  for (std::string_view word : words) {
    if (EqualsIgnoreCase(token.text, word)) return true;
  }
  return false;
}

std::string Upper(const std::string& text) { return absl::AsciiStrToUpper(text); }

// Deep enough for any query a person writes; shallow enough that a hostile
// "((((..." cannot overflow the stack.
constexpr int kMaxNesting = 200;

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

class Parser {
 public:
  Parser(std::string_view text, std::vector<Token> tokens)
      : text_(text), tokens_(std::move(tokens)) {}

  absl::StatusOr<Query> WholeQuery() {
    Query query;
    while (true) {
      if (AtKeyword("MATCH")) {
        KG_ASSIGN_OR_RETURN(MatchClause match, Match());
        query.matches.push_back(std::move(match));
        continue;
      }
      if (AtKeyword("RETURN")) break;
      return ClauseError(query.matches.empty() ? "MATCH or RETURN" : "MATCH, WHERE or RETURN");
    }
    KG_RETURN_IF_ERROR(Return(&query));
    Accept(TokenKind::kSemicolon);
    if (Peek().kind != TokenKind::kEnd) return ClauseError("end of query");
    return query;
  }

  absl::StatusOr<ExprPtr> WholeExpression() {
    KG_ASSIGN_OR_RETURN(ExprPtr expr, Expression());
    if (Peek().kind != TokenKind::kEnd) return Expected("end of expression");
    return expr;
  }

 private:
  // --- Tokens ---------------------------------------------------------------

  const Token& Peek(size_t ahead = 0) const {
    return tokens_[std::min(index_ + ahead, tokens_.size() - 1)];
  }
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
  bool AtKeyword(std::string_view word, size_t ahead = 0) const {
    const Token& token = Peek(ahead);
    return token.kind == TokenKind::kIdentifier && EqualsIgnoreCase(token.text, word);
  }
  bool AcceptKeyword(std::string_view word) {
    if (!AtKeyword(word)) return false;
    Take();
    return true;
  }
  bool AtName() const {
    return Peek().kind == TokenKind::kIdentifier || Peek().kind == TokenKind::kQuotedName;
  }

  absl::Status Error(const Token& at, std::string_view message) const {
    return absl::InvalidArgumentError(PositionedMessage(at.position, message));
  }
  absl::Status Expected(std::string_view what) const {
    return Error(Peek(), fmt::format("expected {}, found {}", what, DescribeToken(Peek())));
  }
  absl::Status Expect(TokenKind kind, std::string_view what) {
    if (Accept(kind)) return absl::OkStatus();
    return Expected(what);
  }

  // Where a clause could start: a write clause or an unsupported one is
  // refused by name, anything else is "expected <what>".
  absl::Status ClauseError(std::string_view what) const {
    const Token& token = Peek();
    if (IsOneOf(token, kWriteClauses)) {
      return Error(token,
                   fmt::format("{} is not supported: kg queries are read-only", Upper(token.text)));
    }
    if (IsOneOf(token, kOtherClauses)) {
      std::string clause = Upper(token.text);
      if (clause == "OPTIONAL" && AtKeyword("MATCH", 1)) clause = "OPTIONAL MATCH";
      return Error(token, fmt::format("{} is not supported: kg reads MATCH ... [WHERE ...] "
                                      "RETURN ...",
                                      clause));
    }
    return Expected(what);
  }

  // --- Clauses --------------------------------------------------------------

  absl::StatusOr<MatchClause> Match() {
    MatchClause match;
    match.position = Take().position;
    do {
      KG_ASSIGN_OR_RETURN(PathPattern path, Path());
      match.patterns.push_back(std::move(path));
    } while (Accept(TokenKind::kComma));
    if (AcceptKeyword("WHERE")) {
      KG_ASSIGN_OR_RETURN(match.where, Expression());
    }
    return match;
  }

  absl::Status Return(Query* query) {
    query->return_position = Take().position;
    query->distinct = AcceptKeyword("DISTINCT");
    if (Accept(TokenKind::kStar)) {
      query->return_star = true;
    } else {
      do {
        ReturnItem item;
        const size_t begin = Peek().begin;
        KG_ASSIGN_OR_RETURN(item.expr, Expression());
        item.text = item.column = TextSince(begin);
        if (AcceptKeyword("AS")) {
          if (!AtName()) return Expected("a column name after AS");
          item.column = Take().text;
          item.aliased = true;
        }
        query->items.push_back(std::move(item));
      } while (Accept(TokenKind::kComma));
    }
    if (AcceptKeyword("ORDER")) {
      if (!AcceptKeyword("BY")) return Expected("BY after ORDER");
      do {
        SortItem sort;
        const size_t begin = Peek().begin;
        KG_ASSIGN_OR_RETURN(sort.expr, Expression());
        sort.text = TextSince(begin);
        if (AcceptKeyword("DESC") || AcceptKeyword("DESCENDING")) {
          sort.descending = true;
        } else if (!AcceptKeyword("ASC")) {
          AcceptKeyword("ASCENDING");
        }
        query->order_by.push_back(std::move(sort));
      } while (Accept(TokenKind::kComma));
    }
    if (AcceptKeyword("SKIP")) {
      KG_ASSIGN_OR_RETURN(query->skip, Expression());
    }
    if (AcceptKeyword("LIMIT")) {
      KG_ASSIGN_OR_RETURN(query->limit, Expression());
    }
    return absl::OkStatus();
  }

  // The query text from byte `begin` to the end of the last token taken.
  std::string TextSince(size_t begin) const {
    const size_t end = index_ > 0 ? tokens_[index_ - 1].end : begin;
    return std::string(text_.substr(begin, end > begin ? end - begin : 0));
  }

  // --- Patterns -------------------------------------------------------------

  absl::StatusOr<PathPattern> Path() {
    if (AtName() && Peek(1).kind == TokenKind::kEq) {
      return Error(Peek(), "named paths (p = (a)-->(b)) are not supported");
    }
    PathPattern path;
    KG_ASSIGN_OR_RETURN(NodePattern first, Node());
    path.nodes.push_back(std::move(first));
    while (Peek().kind == TokenKind::kMinus ||
           (Peek().kind == TokenKind::kLt && Peek(1).kind == TokenKind::kMinus)) {
      KG_ASSIGN_OR_RETURN(RelPattern rel, Rel());
      path.rels.push_back(std::move(rel));
      KG_ASSIGN_OR_RETURN(NodePattern node, Node());
      path.nodes.push_back(std::move(node));
    }
    return path;
  }

  absl::StatusOr<NodePattern> Node() {
    NodePattern node;
    node.position = Peek().position;
    KG_RETURN_IF_ERROR(Expect(TokenKind::kLeftParen, "'(' to start a node pattern"));
    if (AtName()) node.variable = Take().text;
    if (Accept(TokenKind::kColon)) {
      do {
        Accept(TokenKind::kColon);  // (n:Person|:Office) is accepted too
        if (!AtName()) return Expected("a label");
        const Token& label = Take();
        const std::optional<NodeKind> kind = ParseNodeKind(label.text);
        if (!kind.has_value()) {
          return Error(label, fmt::format("unknown label '{}' (labels: Person, Office, "
                                          "Organization, Law, Event, Country, Place)",
                                          label.text));
        }
        node.kinds.push_back(*kind);
      } while (Accept(TokenKind::kPipe));
      if (Peek().kind == TokenKind::kColon) {
        return Error(Peek(), "a node has one kind: write (n:A|B) to match either");
      }
    }
    if (Peek().kind == TokenKind::kLeftBrace) {
      KG_RETURN_IF_ERROR(Properties(&node.properties));
    }
    KG_RETURN_IF_ERROR(Expect(TokenKind::kRightParen, "')' to close the node pattern"));
    return node;
  }

  absl::StatusOr<RelPattern> Rel() {
    RelPattern rel;
    const Token& start = Peek();
    rel.position = start.position;
    const bool left = Accept(TokenKind::kLt);
    KG_RETURN_IF_ERROR(Expect(TokenKind::kMinus, "'-'"));
    if (Accept(TokenKind::kLeftBracket)) {
      if (AtName()) rel.variable = Take().text;
      if (Accept(TokenKind::kColon)) {
        do {
          Accept(TokenKind::kColon);  // [:A|:B], the older spelling
          if (!AtName()) return Expected("a relationship type");
          const Token& type = Take();
          const std::optional<Relation> relation = ParseRelation(type.text);
          if (!relation.has_value()) {
            return Error(type, fmt::format("unknown relationship type '{}' (types: {})", type.text,
                                           AllTypeNames()));
          }
          rel.types.push_back(*relation);
        } while (Accept(TokenKind::kPipe));
      }
      if (Peek().kind == TokenKind::kStar) KG_RETURN_IF_ERROR(Range(&rel));
      if (Peek().kind == TokenKind::kLeftBrace) {
        KG_RETURN_IF_ERROR(Properties(&rel.properties));
      }
      KG_RETURN_IF_ERROR(Expect(TokenKind::kRightBracket, "']' to close the relationship pattern"));
    }
    KG_RETURN_IF_ERROR(Expect(TokenKind::kMinus, "'-' to end the relationship pattern"));
    const bool right = Accept(TokenKind::kGt);
    if (left && right) {
      return Error(start, "a relationship points one way (<-[]- or -[]->) or either way (-[]-)");
    }
    rel.direction = left ? PatternDirection::kLeft
                         : (right ? PatternDirection::kRight : PatternDirection::kBoth);
    return rel;
  }

  static std::string AllTypeNames() {
    std::string names;
    for (Relation relation : kAllRelations) {
      if (!names.empty()) names += ", ";
      names += TypeName(relation);
    }
    return names;
  }

  // '*' [min] ['..' [max]]
  absl::Status Range(RelPattern* rel) {
    Take();  // '*'
    rel->variable_length = true;
    rel->min_hops = 1;
    rel->max_hops = -1;
    if (Peek().kind == TokenKind::kInteger) {
      const Token& first = Peek();
      KG_ASSIGN_OR_RETURN(const int hops, HopCount());
      if (Accept(TokenKind::kDotDot)) {
        rel->min_hops = hops;
      } else {
        rel->min_hops = rel->max_hops = hops;
        rel->max_given = true;
        rel->max_position = first.position;
        return absl::OkStatus();
      }
    } else if (!Accept(TokenKind::kDotDot)) {
      return absl::OkStatus();  // `*` alone
    }
    if (Peek().kind == TokenKind::kInteger) {
      const Token& max = Peek();
      KG_ASSIGN_OR_RETURN(rel->max_hops, HopCount());
      rel->max_given = true;
      rel->max_position = max.position;
      if (rel->max_hops < rel->min_hops) {
        return Error(max, fmt::format("the upper bound {} is below the lower bound {}",
                                      rel->max_hops, rel->min_hops));
      }
    }
    return absl::OkStatus();
  }

  absl::StatusOr<int> HopCount() {
    const Token& token = Take();
    int64_t hops;
    if (!absl::SimpleAtoi(token.text, &hops) || hops > 1'000'000) {
      return Error(token, fmt::format("hop count {} is too large", token.text));
    }
    return static_cast<int>(hops);
  }

  absl::Status Properties(std::vector<PropertyConstraint>* properties) {
    Take();  // '{'
    if (Accept(TokenKind::kRightBrace)) return absl::OkStatus();
    do {
      if (!AtName()) return Expected("a property name");
      PropertyConstraint property;
      property.key = Take().text;
      KG_RETURN_IF_ERROR(Expect(TokenKind::kColon, "':' after the property name"));
      KG_ASSIGN_OR_RETURN(property.value, Expression());
      properties->push_back(std::move(property));
    } while (Accept(TokenKind::kComma));
    return Expect(TokenKind::kRightBrace, "'}' to close the properties");
  }

  // --- Expressions, loosest binding first -----------------------------------

  absl::StatusOr<ExprPtr> Expression() {
    if (++depth_ > kMaxNesting) return Error(Peek(), "expression nested too deeply");
    absl::StatusOr<ExprPtr> expr = Or();
    --depth_;
    return expr;
  }

  // Left-associative binary keywords: OR, XOR, AND.
  template <typename Next>
  absl::StatusOr<ExprPtr> KeywordChain(std::string_view word, Op op, Next next) {
    KG_ASSIGN_OR_RETURN(ExprPtr left, (this->*next)());
    while (AtKeyword(word)) {
      const Position at = Take().position;
      KG_ASSIGN_OR_RETURN(ExprPtr right, (this->*next)());
      left = MakeBinary(op, at, std::move(left), std::move(right));
    }
    return left;
  }
  absl::StatusOr<ExprPtr> Or() { return KeywordChain("OR", Op::kOr, &Parser::Xor); }
  absl::StatusOr<ExprPtr> Xor() { return KeywordChain("XOR", Op::kXor, &Parser::And); }
  absl::StatusOr<ExprPtr> And() { return KeywordChain("AND", Op::kAnd, &Parser::Not); }

  absl::StatusOr<ExprPtr> Not() {
    if (!AtKeyword("NOT")) return Comparison();
    ExprPtr expr = MakeExpr(ExprKind::kUnary, Take().position);
    expr->op = Op::kNot;
    if (++depth_ > kMaxNesting) return Error(Peek(), "expression nested too deeply");
    KG_ASSIGN_OR_RETURN(ExprPtr operand, Not());
    --depth_;
    expr->children.push_back(std::move(operand));
    return expr;
  }

  // a < b <= c means a < b AND b <= c, as in openCypher.
  absl::StatusOr<ExprPtr> Comparison() {
    KG_ASSIGN_OR_RETURN(ExprPtr left, Predicate());
    ExprPtr result;
    const Expr* previous = left.get();
    ExprPtr owned_left = std::move(left);
    while (true) {
      Op op;
      switch (Peek().kind) {
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
      const Position at = Take().position;
      KG_ASSIGN_OR_RETURN(ExprPtr right, Predicate());
      const Expr* right_raw = right.get();
      ExprPtr lhs = result ? previous->Clone() : std::move(owned_left);
      ExprPtr comparison = MakeBinary(op, at, std::move(lhs), std::move(right));
      result = result ? MakeBinary(Op::kAnd, at, std::move(result), std::move(comparison))
                      : std::move(comparison);
      previous = right_raw;
    }
  }

  // IN, STARTS WITH, ENDS WITH, CONTAINS, IS [NOT] NULL.
  absl::StatusOr<ExprPtr> Predicate() {
    KG_ASSIGN_OR_RETURN(ExprPtr left, Additive());
    while (true) {
      Op op = Op::kNone;
      const Token& token = Peek();
      if (AtKeyword("IN")) {
        op = Op::kIn;
      } else if (AtKeyword("CONTAINS")) {
        op = Op::kContains;
      } else if (AtKeyword("STARTS") || AtKeyword("ENDS")) {
        op = AtKeyword("STARTS") ? Op::kStartsWith : Op::kEndsWith;
        if (!AtKeyword("WITH", 1)) {
          Take();
          return Expected(fmt::format("WITH after {}", Upper(token.text)));
        }
        Take();
      } else if (AtKeyword("IS")) {
        Take();
        ExprPtr test = MakeExpr(ExprKind::kIsNull, token.position);
        test->negated = AcceptKeyword("NOT");
        if (!AcceptKeyword("NULL")) return Expected(test->negated ? "NULL" : "NULL or NOT NULL");
        test->children.push_back(std::move(left));
        left = std::move(test);
        continue;
      } else {
        return left;
      }
      Take();
      KG_ASSIGN_OR_RETURN(ExprPtr right, Additive());
      left = MakeBinary(op, token.position, std::move(left), std::move(right));
    }
  }

  absl::StatusOr<ExprPtr> Additive() {
    KG_ASSIGN_OR_RETURN(ExprPtr left, Multiplicative());
    while (Peek().kind == TokenKind::kPlus || Peek().kind == TokenKind::kMinus) {
      const Token& token = Take();
      KG_ASSIGN_OR_RETURN(ExprPtr right, Multiplicative());
      left = MakeBinary(token.kind == TokenKind::kPlus ? Op::kAdd : Op::kSubtract, token.position,
                        std::move(left), std::move(right));
    }
    return left;
  }

  absl::StatusOr<ExprPtr> Multiplicative() {
    KG_ASSIGN_OR_RETURN(ExprPtr left, Unary());
    while (true) {
      Op op;
      switch (Peek().kind) {
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
      const Position at = Take().position;
      KG_ASSIGN_OR_RETURN(ExprPtr right, Unary());
      left = MakeBinary(op, at, std::move(left), std::move(right));
    }
  }

  absl::StatusOr<ExprPtr> Unary() {
    if (Peek().kind == TokenKind::kPlus) {
      Take();
      return Unary();
    }
    if (Peek().kind != TokenKind::kMinus) return Postfix();
    const Position at = Take().position;
    if (++depth_ > kMaxNesting) return Error(Peek(), "expression nested too deeply");
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
    return expr;
  }

  // atom ('.' key | '[' expr ']' | ':' Label)*
  absl::StatusOr<ExprPtr> Postfix() {
    KG_ASSIGN_OR_RETURN(ExprPtr expr, Atom());
    while (true) {
      if (Accept(TokenKind::kDot)) {
        if (!AtName()) return Expected("a property name after '.'");
        ExprPtr property = MakeExpr(ExprKind::kProperty, expr->position);
        property->name = Take().text;
        property->children.push_back(std::move(expr));
        expr = std::move(property);
      } else if (Peek().kind == TokenKind::kLeftBracket) {
        const Position at = Take().position;
        KG_ASSIGN_OR_RETURN(ExprPtr index, Expression());
        KG_RETURN_IF_ERROR(Expect(TokenKind::kRightBracket, "']' after the index"));
        ExprPtr indexed = MakeExpr(ExprKind::kIndex, at);
        indexed->children.push_back(std::move(expr));
        indexed->children.push_back(std::move(index));
        expr = std::move(indexed);
      } else if (Peek().kind == TokenKind::kColon) {
        ExprPtr test = MakeExpr(ExprKind::kLabelTest, Take().position);
        do {
          Accept(TokenKind::kColon);
          if (!AtName()) return Expected("a label");
          const Token& label = Take();
          const std::optional<NodeKind> kind = ParseNodeKind(label.text);
          if (!kind.has_value()) {
            return Error(label, fmt::format("unknown label '{}'", label.text));
          }
          test->labels.push_back(*kind);
        } while (Accept(TokenKind::kPipe));
        test->children.push_back(std::move(expr));
        expr = std::move(test);
      } else {
        return expr;
      }
    }
  }

  absl::StatusOr<ExprPtr> Atom() {
    const Token& token = Peek();
    switch (token.kind) {
      case TokenKind::kInteger: {
        Take();
        int64_t value;
        if (!absl::SimpleAtoi(token.text, &value)) {
          return Error(token, fmt::format("integer {} is too large", token.text));
        }
        return Literal(token, Value::Int(value));
      }
      case TokenKind::kFloat: {
        Take();
        double value;
        if (!absl::SimpleAtod(token.text, &value)) {
          return Error(token, fmt::format("bad number {}", token.text));
        }
        return Literal(token, Value::Float(value));
      }
      case TokenKind::kString:
        Take();
        return Literal(token, Value::String(token.text));
      case TokenKind::kParameter: {
        Take();
        ExprPtr expr = MakeExpr(ExprKind::kParameter, token.position);
        expr->name = token.text;
        return expr;
      }
      case TokenKind::kLeftParen: {
        Take();
        KG_ASSIGN_OR_RETURN(ExprPtr inner, Expression());
        KG_RETURN_IF_ERROR(Expect(TokenKind::kRightParen, "')'"));
        return inner;
      }
      case TokenKind::kLeftBracket:
        return ListLiteral();
      case TokenKind::kLeftBrace:
        return MapLiteral();
      case TokenKind::kQuotedName:
        Take();
        return Variable(token);
      case TokenKind::kIdentifier:
        break;
      default:
        return Expected("an expression");
    }
    if (AtKeyword("TRUE") || AtKeyword("FALSE")) {
      Take();
      return Literal(token, Value::Bool(EqualsIgnoreCase(token.text, "TRUE")));
    }
    if (AtKeyword("NULL")) {
      Take();
      return Literal(token, Value());
    }
    if (Peek(1).kind == TokenKind::kLeftParen) return Function();
    if (IsOneOf(token, kReserved) || IsOneOf(token, kWriteClauses)) {
      return Expected("an expression");
    }
    Take();
    return Variable(token);
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

  absl::StatusOr<ExprPtr> ListLiteral() {
    ExprPtr list = MakeExpr(ExprKind::kList, Take().position);
    if (Accept(TokenKind::kRightBracket)) return list;
    do {
      KG_ASSIGN_OR_RETURN(ExprPtr element, Expression());
      list->children.push_back(std::move(element));
    } while (Accept(TokenKind::kComma));
    KG_RETURN_IF_ERROR(Expect(TokenKind::kRightBracket, "']' to close the list"));
    return list;
  }

  absl::StatusOr<ExprPtr> MapLiteral() {
    ExprPtr map = MakeExpr(ExprKind::kMap, Take().position);
    if (Accept(TokenKind::kRightBrace)) return map;
    do {
      if (!AtName()) return Expected("a key");
      map->keys.push_back(Take().text);
      KG_RETURN_IF_ERROR(Expect(TokenKind::kColon, "':' after the key"));
      KG_ASSIGN_OR_RETURN(ExprPtr value, Expression());
      map->children.push_back(std::move(value));
    } while (Accept(TokenKind::kComma));
    KG_RETURN_IF_ERROR(Expect(TokenKind::kRightBrace, "'}' to close the map"));
    return map;
  }

  absl::StatusOr<ExprPtr> Function() {
    const Token& name = Take();
    Take();  // '('
    const FunctionSpec* spec = FindFunction(name.text);
    if (spec == nullptr) {
      return Error(name, fmt::format("unknown function '{}'", name.text));
    }
    if (spec->name == "count" && Peek().kind == TokenKind::kStar) {
      Take();
      KG_RETURN_IF_ERROR(Expect(TokenKind::kRightParen, "')' after count(*"));
      return MakeExpr(ExprKind::kCountStar, name.position);
    }
    ExprPtr call = MakeExpr(ExprKind::kFunction, name.position);
    call->name = std::string(spec->name);
    if (AtKeyword("DISTINCT")) {
      if (!spec->aggregate) {
        return Error(Peek(), fmt::format("DISTINCT is only allowed in an aggregate such as "
                                         "count(DISTINCT x), not in {}()",
                                         name.text));
      }
      Take();
      call->distinct = true;
    }
    if (Peek().kind != TokenKind::kRightParen) {
      do {
        KG_ASSIGN_OR_RETURN(ExprPtr argument, Expression());
        call->children.push_back(std::move(argument));
      } while (Accept(TokenKind::kComma));
    }
    KG_RETURN_IF_ERROR(Expect(TokenKind::kRightParen, "')' after the arguments"));
    const int count = static_cast<int>(call->children.size());
    if (count < spec->min_args || (spec->max_args >= 0 && count > spec->max_args)) {
      std::string expected = spec->max_args < 0 ? fmt::format("at least {}", spec->min_args)
                                                : std::to_string(spec->max_args);
      return Error(name, fmt::format("{}() takes {} argument{}, got {}", name.text, expected,
                                     spec->min_args == 1 && spec->max_args == 1 ? "" : "s", count));
    }
    return call;
  }

  std::string_view text_;
  std::vector<Token> tokens_;
  size_t index_ = 0;
  int depth_ = 0;
};

}  // namespace

absl::StatusOr<Query> ParseQuery(std::string_view text) {
  KG_ASSIGN_OR_RETURN(std::vector<Token> tokens, Lex(text));
  return Parser(text, std::move(tokens)).WholeQuery();
}

absl::StatusOr<ExprPtr> ParseExpression(std::string_view text) {
  KG_ASSIGN_OR_RETURN(std::vector<Token> tokens, Lex(text));
  return Parser(text, std::move(tokens)).WholeExpression();
}

std::string LabelName(NodeKind kind) {
  std::string label(NodeKindName(kind));
  if (!label.empty()) label[0] = absl::ascii_toupper(static_cast<unsigned char>(label[0]));
  return label;
}

std::string TypeName(Relation relation) {
  return absl::AsciiStrToUpper(
      absl::string_view(RelationName(relation).data(), RelationName(relation).size()));
}

}  // namespace kg::cypher
