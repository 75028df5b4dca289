// ParseQuery: clauses and patterns. Expressions are parsed by
// expression_parser.cc over the same TokenStream.
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
#include "query/cypher/expression_parser.h"
#include "query/cypher/token_stream.h"

namespace kg::cypher {
namespace {

// Far more than a question needs; few enough that matching, which recurses
// once per element, stays shallow.
constexpr int kMaxPatternElements = 200;
// The same for clauses: the executor runs each clause (a WITH, an UNWIND)
// one call deeper than the one before it.
constexpr int kMaxClauses = 200;

std::string Upper(const std::string& text) { return absl::AsciiStrToUpper(text); }

class Parser {
 public:
  Parser(std::string_view text, std::vector<Token> tokens) : tokens_(text, std::move(tokens)) {}

  absl::StatusOr<Query> WholeQuery() {
    Query query;
    query.explain = tokens_.AcceptKeyword("EXPLAIN");
    while (true) {
      if (query.matches.size() >= static_cast<size_t>(kMaxClauses) &&
          !tokens_.AtKeyword("RETURN")) {
        return tokens_.Error(tokens_.Peek(),
                             fmt::format("the query has more than {} clauses", kMaxClauses));
      }
      if (tokens_.AtKeyword("MATCH")) {
        KG_ASSIGN_OR_RETURN(MatchClause match, Match());
        query.matches.push_back(std::move(match));
        continue;
      }
      if (tokens_.AtKeyword("OPTIONAL") && tokens_.AtKeyword("MATCH", 1)) {
        tokens_.Take();
        KG_ASSIGN_OR_RETURN(MatchClause match, Match());
        match.optional = true;
        query.matches.push_back(std::move(match));
        continue;
      }
      if (tokens_.AtKeyword("UNWIND")) {
        MatchClause unwind;
        unwind.position = tokens_.Take().position;
        KG_ASSIGN_OR_RETURN(unwind.unwind, ParseExpressionFrom(tokens_));
        if (!tokens_.AcceptKeyword("AS")) return tokens_.Expected("AS after UNWIND's list");
        if (!tokens_.AtName()) return tokens_.Expected("a variable name after AS");
        unwind.unwind_variable = tokens_.Take().text;
        query.matches.push_back(std::move(unwind));
        continue;
      }
      if (tokens_.AtKeyword("WITH")) {
        MatchClause with;
        with.position = tokens_.Peek().position;
        with.with = std::make_unique<Projection>();
        KG_RETURN_IF_ERROR(ProjectionBody("WITH", with.with.get()));
        if (tokens_.AcceptKeyword("WHERE")) {
          KG_ASSIGN_OR_RETURN(with.with->where, ParseExpressionFrom(tokens_));
        }
        query.matches.push_back(std::move(with));
        continue;
      }
      if (tokens_.AtKeyword("RETURN")) break;
      return ClauseError(query.matches.empty() ? "MATCH, WITH or RETURN"
                                               : "MATCH, WHERE, WITH or RETURN");
    }
    KG_RETURN_IF_ERROR(ProjectionBody("RETURN", &query.returns));
    tokens_.Accept(TokenKind::kSemicolon);
    if (tokens_.Peek().kind != TokenKind::kEnd) return ClauseError("end of query");
    return query;
  }

  absl::StatusOr<ExprPtr> WholeExpression() {
    KG_ASSIGN_OR_RETURN(ExprPtr expr, ParseExpressionFrom(tokens_));
    if (tokens_.Peek().kind != TokenKind::kEnd) return tokens_.Expected("end of expression");
    return expr;
  }

 private:
  // Where a clause could start: a write clause or an unsupported one is
  // refused by name, anything else is "expected <what>".
  absl::Status ClauseError(std::string_view what) const {
    const Token& token = tokens_.Peek();
    if (IsWriteClause(token)) {
      return tokens_.Error(
          token, fmt::format("{} is not supported: kg queries are read-only", Upper(token.text)));
    }
    if (IsUnsupportedClause(token)) {
      const std::string clause = Upper(token.text);
      return tokens_.Error(token, fmt::format("{} is not supported: kg reads MATCH ... [WHERE ...] "
                                              "[WITH ...] RETURN ...",
                                              clause));
    }
    return tokens_.Expected(what);
  }

  // --- Clauses --------------------------------------------------------------

  absl::StatusOr<MatchClause> Match() {
    MatchClause match;
    match.position = tokens_.Take().position;
    do {
      KG_ASSIGN_OR_RETURN(PathPattern path, Path());
      match.patterns.push_back(std::move(path));
    } while (tokens_.Accept(TokenKind::kComma));
    if (tokens_.AcceptKeyword("WHERE")) {
      KG_ASSIGN_OR_RETURN(match.where, ParseExpressionFrom(tokens_));
    }
    return match;
  }

  // RETURN or WITH (the keyword is the current token) up to its LIMIT.
  absl::Status ProjectionBody(std::string_view clause, Projection* projection) {
    projection->position = tokens_.Take().position;
    projection->distinct = tokens_.AcceptKeyword("DISTINCT");
    if (tokens_.Accept(TokenKind::kStar)) {
      projection->star = true;
    } else {
      do {
        ReturnItem item;
        const size_t begin = tokens_.Peek().begin;
        KG_ASSIGN_OR_RETURN(item.expr, ParseExpressionFrom(tokens_));
        item.text = item.column = tokens_.TextSince(begin);
        if (tokens_.AcceptKeyword("AS")) {
          if (!tokens_.AtName()) return tokens_.Expected("a column name after AS");
          item.column = tokens_.Take().text;
          item.aliased = true;
        } else if (clause == "WITH" && item.expr->kind != ExprKind::kVariable) {
          // The columns of a WITH are the next part's variables: each needs
          // a name, as openCypher requires.
          return absl::InvalidArgumentError(PositionedMessage(
              item.expr->position,
              fmt::format("WITH {0}: name the expression, as in WITH {0} AS name", item.text)));
        }
        projection->items.push_back(std::move(item));
      } while (tokens_.Accept(TokenKind::kComma));
    }
    if (tokens_.AcceptKeyword("ORDER")) {
      if (!tokens_.AcceptKeyword("BY")) return tokens_.Expected("BY after ORDER");
      do {
        SortItem sort;
        const size_t begin = tokens_.Peek().begin;
        KG_ASSIGN_OR_RETURN(sort.expr, ParseExpressionFrom(tokens_));
        sort.text = tokens_.TextSince(begin);
        if (tokens_.AcceptKeyword("DESC") || tokens_.AcceptKeyword("DESCENDING")) {
          sort.descending = true;
        } else if (!tokens_.AcceptKeyword("ASC")) {
          tokens_.AcceptKeyword("ASCENDING");
        }
        projection->order_by.push_back(std::move(sort));
      } while (tokens_.Accept(TokenKind::kComma));
    }
    if (tokens_.AcceptKeyword("SKIP")) {
      KG_ASSIGN_OR_RETURN(projection->skip, ParseExpressionFrom(tokens_));
    }
    if (tokens_.AcceptKeyword("LIMIT")) {
      KG_ASSIGN_OR_RETURN(projection->limit, ParseExpressionFrom(tokens_));
    }
    return absl::OkStatus();
  }

  // --- Patterns -------------------------------------------------------------

  // The executor binds a pattern's elements by recursion, one level per
  // element: a query has at most kMaxPatternElements nodes and relationships.
  absl::Status CountPatternElement() {
    if (++pattern_elements_ > kMaxPatternElements) {
      return tokens_.Error(tokens_.Peek(),
                           fmt::format("the patterns have more than {} nodes and relationships",
                                       kMaxPatternElements));
    }
    return absl::OkStatus();
  }

  // [name '='] (chain | shortestPath '(' chain ')' | allShortestPaths '(' chain ')')
  absl::StatusOr<PathPattern> Path() {
    PathPattern path;
    path.position = tokens_.Peek().position;
    if (tokens_.AtName() && tokens_.Peek(1).kind == TokenKind::kEq) {
      path.variable = tokens_.Take().text;
      tokens_.Take();  // '='
    }
    const bool one = tokens_.AtKeyword("shortestPath");
    if ((one || tokens_.AtKeyword("allShortestPaths")) &&
        tokens_.Peek(1).kind == TokenKind::kLeftParen) {
      const Token& function = tokens_.Take();
      tokens_.Take();  // '('
      path.shortest = one ? ShortestKind::kOne : ShortestKind::kAll;
      KG_RETURN_IF_ERROR(Chain(&path));
      if (path.rels.size() != 1) {
        return tokens_.Error(function, fmt::format("{}() takes one relationship between two "
                                                   "nodes, as in {}((a)-[*..5]-(b))",
                                                   function.text, function.text));
      }
      const RelPattern& rel = path.rels[0];
      if (!rel.variable_length) {
        return absl::InvalidArgumentError(PositionedMessage(
            rel.position, fmt::format("{}() needs a variable-length relationship: write "
                                      "-[*..5]- (or -[:TYPE*..5]-)",
                                      function.text)));
      }
      if (rel.min_hops > 1) {
        return absl::InvalidArgumentError(PositionedMessage(
            rel.position, fmt::format("{}() searches from 0 or 1 hops, not from {}", function.text,
                                      rel.min_hops)));
      }
      KG_RETURN_IF_ERROR(
          tokens_.Expect(TokenKind::kRightParen, fmt::format("')' to close {}(", function.text)));
      return path;
    }
    KG_RETURN_IF_ERROR(Chain(&path));
    return path;
  }

  // node (rel node)*
  absl::Status Chain(PathPattern* path) {
    KG_RETURN_IF_ERROR(CountPatternElement());
    KG_ASSIGN_OR_RETURN(NodePattern first, Node());
    path->nodes.push_back(std::move(first));
    while (tokens_.Peek().kind == TokenKind::kMinus ||
           (tokens_.Peek().kind == TokenKind::kLt && tokens_.Peek(1).kind == TokenKind::kMinus)) {
      KG_RETURN_IF_ERROR(CountPatternElement());
      KG_ASSIGN_OR_RETURN(RelPattern rel, Rel());
      path->rels.push_back(std::move(rel));
      KG_ASSIGN_OR_RETURN(NodePattern node, Node());
      path->nodes.push_back(std::move(node));
    }
    return absl::OkStatus();
  }

  absl::StatusOr<NodePattern> Node() {
    NodePattern node;
    node.position = tokens_.Peek().position;
    KG_RETURN_IF_ERROR(tokens_.Expect(TokenKind::kLeftParen, "'(' to start a node pattern"));
    if (tokens_.AtName()) node.variable = tokens_.Take().text;
    if (tokens_.Accept(TokenKind::kColon)) {
      do {
        tokens_.Accept(TokenKind::kColon);  // (n:Person|:Office) is accepted too
        if (!tokens_.AtName()) return tokens_.Expected("a label");
        const Token& label = tokens_.Take();
        const std::optional<NodeKind> kind = ParseNodeKind(label.text);
        if (!kind.has_value()) {
          return tokens_.Error(label, fmt::format("unknown label '{}' (labels: Person, Office, "
                                                  "Organization, Law, Event, Country, Place)",
                                                  label.text));
        }
        node.kinds.push_back(*kind);
      } while (tokens_.Accept(TokenKind::kPipe));
      if (tokens_.Peek().kind == TokenKind::kColon) {
        return tokens_.Error(tokens_.Peek(), "a node has one kind: write (n:A|B) to match either");
      }
    }
    if (tokens_.Peek().kind == TokenKind::kLeftBrace) {
      KG_RETURN_IF_ERROR(Properties(&node.properties));
    }
    KG_RETURN_IF_ERROR(tokens_.Expect(TokenKind::kRightParen, "')' to close the node pattern"));
    return node;
  }

  absl::StatusOr<RelPattern> Rel() {
    RelPattern rel;
    const Token& start = tokens_.Peek();
    rel.position = start.position;
    const bool left = tokens_.Accept(TokenKind::kLt);
    KG_RETURN_IF_ERROR(tokens_.Expect(TokenKind::kMinus, "'-'"));
    if (tokens_.Accept(TokenKind::kLeftBracket)) {
      if (tokens_.AtName()) rel.variable = tokens_.Take().text;
      if (tokens_.Accept(TokenKind::kColon)) {
        do {
          tokens_.Accept(TokenKind::kColon);  // [:A|:B], the older spelling
          if (!tokens_.AtName()) return tokens_.Expected("a relationship type");
          const Token& type = tokens_.Take();
          const std::optional<Relation> relation = ParseRelation(type.text);
          if (!relation.has_value()) {
            return tokens_.Error(type, fmt::format("unknown relationship type '{}' (types: {})",
                                                   type.text, AllTypeNames()));
          }
          rel.types.push_back(*relation);
        } while (tokens_.Accept(TokenKind::kPipe));
      }
      if (tokens_.Peek().kind == TokenKind::kStar) KG_RETURN_IF_ERROR(Range(&rel));
      if (tokens_.Peek().kind == TokenKind::kLeftBrace) {
        KG_RETURN_IF_ERROR(Properties(&rel.properties));
      }
      KG_RETURN_IF_ERROR(
          tokens_.Expect(TokenKind::kRightBracket, "']' to close the relationship pattern"));
    }
    KG_RETURN_IF_ERROR(tokens_.Expect(TokenKind::kMinus, "'-' to end the relationship pattern"));
    const bool right = tokens_.Accept(TokenKind::kGt);
    if (left && right) {
      return tokens_.Error(start,
                           "a relationship points one way (<-[]- or -[]->) or either way (-[]-)");
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
    tokens_.Take();  // '*'
    rel->variable_length = true;
    rel->min_hops = 1;
    rel->max_hops = -1;
    if (tokens_.Peek().kind == TokenKind::kInteger) {
      const Token& first = tokens_.Peek();
      KG_ASSIGN_OR_RETURN(const int hops, HopCount());
      if (tokens_.Accept(TokenKind::kDotDot)) {
        rel->min_hops = hops;
      } else {
        rel->min_hops = rel->max_hops = hops;
        rel->max_given = true;
        rel->max_position = first.position;
        return absl::OkStatus();
      }
    } else if (!tokens_.Accept(TokenKind::kDotDot)) {
      return absl::OkStatus();  // `*` alone
    }
    if (tokens_.Peek().kind == TokenKind::kInteger) {
      const Token& max = tokens_.Peek();
      KG_ASSIGN_OR_RETURN(rel->max_hops, HopCount());
      rel->max_given = true;
      rel->max_position = max.position;
      if (rel->max_hops < rel->min_hops) {
        return tokens_.Error(max, fmt::format("the upper bound {} is below the lower bound {}",
                                              rel->max_hops, rel->min_hops));
      }
    }
    return absl::OkStatus();
  }

  absl::StatusOr<int> HopCount() {
    const Token& token = tokens_.Take();
    int64_t hops;
    if (!absl::SimpleAtoi(token.text, &hops) || hops > 1'000'000) {
      return tokens_.Error(token, fmt::format("hop count {} is too large", token.text));
    }
    return static_cast<int>(hops);
  }

  absl::Status Properties(std::vector<PropertyConstraint>* properties) {
    tokens_.Take();  // '{'
    if (tokens_.Accept(TokenKind::kRightBrace)) return absl::OkStatus();
    do {
      if (!tokens_.AtName()) return tokens_.Expected("a property name");
      PropertyConstraint property;
      property.key = tokens_.Take().text;
      KG_RETURN_IF_ERROR(tokens_.Expect(TokenKind::kColon, "':' after the property name"));
      KG_ASSIGN_OR_RETURN(property.value, ParseExpressionFrom(tokens_));
      properties->push_back(std::move(property));
    } while (tokens_.Accept(TokenKind::kComma));
    return tokens_.Expect(TokenKind::kRightBrace, "'}' to close the properties");
  }

  TokenStream tokens_;
  int pattern_elements_ = 0;
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
