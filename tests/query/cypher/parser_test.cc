// Lexer and parser: what the grammar accepts, the trees it builds, and the
// exact line and column of every rejection.
#include "query/cypher/parser.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace kg::cypher {
namespace {

using ::testing::ElementsAre;

TEST(LexerTest, TokensCarryLineAndColumn) {
  absl::StatusOr<std::vector<Token>> tokens = Lex("MATCH (n)\n  RETURN n.name // trailing\n");
  ASSERT_TRUE(tokens.ok()) << tokens.status();
  std::vector<std::string> seen;
  for (const Token& t : *tokens) {
    seen.push_back(t.text + "@" + std::to_string(t.position.line) + ":" +
                   std::to_string(t.position.column));
  }
  EXPECT_THAT(seen, ElementsAre("MATCH@1:1", "(@1:7", "n@1:8", ")@1:9", "RETURN@2:3", "n@2:10",
                                ".@2:11", "name@2:12", "@3:1"));
}

TEST(LexerTest, ColumnsCountCodePointsNotBytes) {
  // "Türkiye" has a two-byte ü; the token after it still sits at column 13.
  absl::StatusOr<std::vector<Token>> tokens = Lex("'Türkiye' = x");
  ASSERT_TRUE(tokens.ok());
  EXPECT_EQ((*tokens)[0].text, "Türkiye");
  EXPECT_EQ((*tokens)[1].position.column, 11);
  EXPECT_EQ((*tokens)[2].position.column, 13);
}

TEST(LexerTest, StringsDecodeEscapesAndRangesAreNotFloats) {
  absl::StatusOr<std::vector<Token>> tokens = Lex(R"('it\'s \u00e9' "a\"b" *1..3 2.5)");
  ASSERT_TRUE(tokens.ok());
  EXPECT_EQ((*tokens)[0].text, "it's \xc3\xa9");
  EXPECT_EQ((*tokens)[1].text, "a\"b");
  EXPECT_EQ((*tokens)[3].kind, TokenKind::kInteger);
  EXPECT_EQ((*tokens)[4].kind, TokenKind::kDotDot);
  EXPECT_EQ((*tokens)[5].kind, TokenKind::kInteger);
  EXPECT_EQ((*tokens)[6].kind, TokenKind::kFloat);
}

TEST(ParserTest, AcceptsTheSubset) {
  const char* const kQueries[] = {
      "RETURN 1",
      "match (n) return n",
      "MATCH (n:Person) RETURN n.name;",
      "MATCH (p:Person)-[r:APPOINTED_TO]->(o:Office) WHERE r.date >= date(\"2025-01-01\") "
      "RETURN p.name, o.name, r.date ORDER BY r.date",
      "MATCH (a)<-[:HELD|APPOINTED_TO]-(b) RETURN a, b",
      "MATCH (a)-[:HELD|:MEMBER_OF]-(b) RETURN *",
      "MATCH (a)-->(b)<--(c), (c)--(d) RETURN d",
      "MATCH (a {name: 'X', born: $year}) MATCH (a)-[*1..3]-(b:Country|Place) RETURN b",
      "MATCH (a)-[r*]->(b) RETURN size(r)",
      "MATCH (a)-[r*2]->(b) RETURN r",
      "MATCH (a)-[r*..4]->(b) RETURN r",
      "MATCH (a)-[r*0..]->(b) RETURN r",
      "MATCH (l:Law)-[s]->(x) WHERE type(s) IN ['SIGNED_BY', 'ADOPTED_BY'] RETURN l, s.stage",
      "MATCH (n) WHERE n.name STARTS WITH 'Min' OR n.name ENDS WITH 'ov' XOR "
      "n.name CONTAINS 'x' RETURN n",
      "MATCH (n) WHERE NOT n.name IS NULL AND n.born IS NOT NULL RETURN n",
      "MATCH (n) WHERE exists(n.born) AND NOT EXISTS(n.died) RETURN exists(n.name)",
      "MATCH (n) RETURN DISTINCT n.kind AS kind, count(*) AS n ORDER BY n DESC, kind ASC "
      "SKIP 1 LIMIT $limit",
      "MATCH (n) RETURN count(DISTINCT n), collect(n.name), min(n.name), max(n.name)",
      "MATCH (n) RETURN toLower(n.name), TOUPPER(n.name), coalesce(n.x, n.y, 'none')",
      "MATCH ()-[r]->() RETURN startNode(r), endNode(r), id(r), labels(startNode(r))",
      "RETURN [1, 2.5, 'x', true, false, null, {a: 1, `b c`: [2]}][0], -3, 1 + 2 * 3 % 2",
      "MATCH (`odd name`:person) RETURN `odd name`.name AS `the name`",
      "/* comment */ MATCH (n) // comment\n RETURN n",
      "RETURN 1 < 2 <= 3, n:Person",
      "MATCH\u00a0(n)\u00a0RETURN n",
      "MATCH (n) WITH n, count(*) AS c WHERE c > 1 MATCH (n)--(m) RETURN m",
      "MATCH (n) WITH DISTINCT n.name AS name ORDER BY name DESC SKIP 1 LIMIT 2 RETURN name",
      "WITH 1 AS x WITH * RETURN x",
      "MATCH (n) OPTIONAL MATCH (n)--(m) WITH n, collect(m) AS ms UNWIND ms AS m RETURN m",
      "MATCH p = (a)-[:HELD*1..3]->(b), q = (b) RETURN nodes(p), relationships(q), length(p)",
      "MATCH p = shortestPath((a)-[*..5]-(b)) RETURN p",
      "MATCH allShortestPaths((a:Person)<-[r:HELD|APPOINTED_TO*0..4]-(b)) RETURN r",
      "RETURN [x IN [1, 2] WHERE x > 1 | x * 2], [x IN [1] WHERE true], [x IN [] | x]",
      "RETURN [1, 2, 3][0..2], [1][..1], [1][1..], [[1]][0][0..1]",
  };
  for (const char* query : kQueries) {
    absl::StatusOr<Query> parsed = ParseQuery(query);
    EXPECT_TRUE(parsed.ok()) << query << "\n" << parsed.status();
  }
}

TEST(ParserTest, BuildsPatterns) {
  absl::StatusOr<Query> query = ParseQuery(
      "MATCH (p:Person {name: 'A'})-[r:APPOINTED_TO|HELD*1..3]->(o:Office|Organization)"
      "<-[]-(x), (y)--(z) RETURN p");
  ASSERT_TRUE(query.ok()) << query.status();
  ASSERT_EQ(query->matches.size(), 1u);
  const MatchClause& match = query->matches[0];
  ASSERT_EQ(match.patterns.size(), 2u);
  const PathPattern& path = match.patterns[0];
  ASSERT_EQ(path.nodes.size(), 3u);
  ASSERT_EQ(path.rels.size(), 2u);
  EXPECT_EQ(path.nodes[0].variable, "p");
  EXPECT_THAT(path.nodes[0].kinds, ElementsAre(NodeKind::kPerson));
  ASSERT_EQ(path.nodes[0].properties.size(), 1u);
  EXPECT_EQ(path.nodes[0].properties[0].key, "name");
  EXPECT_THAT(path.nodes[1].kinds, ElementsAre(NodeKind::kOffice, NodeKind::kOrganization));
  const RelPattern& r = path.rels[0];
  EXPECT_EQ(r.variable, "r");
  EXPECT_THAT(r.types, ElementsAre(Relation::kAppointedTo, Relation::kHeld));
  EXPECT_EQ(r.direction, PatternDirection::kRight);
  EXPECT_TRUE(r.variable_length);
  EXPECT_EQ(r.min_hops, 1);
  EXPECT_EQ(r.max_hops, 3);
  EXPECT_TRUE(r.max_given);
  EXPECT_EQ(r.max_position.column, 54);
  EXPECT_EQ(path.rels[1].direction, PatternDirection::kLeft);
  EXPECT_TRUE(path.rels[1].types.empty());
  EXPECT_FALSE(path.rels[1].variable_length);
  EXPECT_EQ(match.patterns[1].rels[0].direction, PatternDirection::kBoth);
}

TEST(ParserTest, RangeForms) {
  struct Case {
    const char* range;
    int min, max;
    bool max_given;
  };
  const Case kCases[] = {{"*", 1, -1, false},  {"*3", 3, 3, true},    {"*2..", 2, -1, false},
                         {"*..4", 1, 4, true}, {"*0..2", 0, 2, true}, {"*1..1", 1, 1, true}};
  for (const Case& c : kCases) {
    const std::string text = std::string("MATCH (a)-[") + c.range + "]->(b) RETURN b";
    absl::StatusOr<Query> query = ParseQuery(text);
    ASSERT_TRUE(query.ok()) << text << query.status();
    const RelPattern& rel = query->matches[0].patterns[0].rels[0];
    EXPECT_TRUE(rel.variable_length) << text;
    EXPECT_EQ(rel.min_hops, c.min) << text;
    EXPECT_EQ(rel.max_hops, c.max) << text;
    EXPECT_EQ(rel.max_given, c.max_given) << text;
  }
}

TEST(ParserTest, ReturnColumnsAreAliasesOrTheTextAsWritten) {
  absl::StatusOr<Query> query = ParseQuery(
      "MATCH (p) RETURN p.name,  count( * ) AS n, toLower(p.name)  ORDER BY  r.date DESC");
  ASSERT_TRUE(query.ok()) << query.status();
  ASSERT_EQ(query->returns.items.size(), 3u);
  EXPECT_EQ(query->returns.items[0].column, "p.name");
  EXPECT_FALSE(query->returns.items[0].aliased);
  EXPECT_EQ(query->returns.items[1].column, "n");
  EXPECT_TRUE(query->returns.items[1].aliased);
  EXPECT_EQ(query->returns.items[1].expr->kind, ExprKind::kCountStar);
  EXPECT_EQ(query->returns.items[2].column, "toLower(p.name)");
  EXPECT_EQ(query->returns.items[2].expr->name, "tolower");
  ASSERT_EQ(query->returns.order_by.size(), 1u);
  EXPECT_EQ(query->returns.order_by[0].text, "r.date");
  EXPECT_TRUE(query->returns.order_by[0].descending);
}

TEST(ParserTest, PrecedenceAndChainedComparisons) {
  // OR binds loosest, then XOR, AND, NOT.
  absl::StatusOr<ExprPtr> e = ParseExpression("NOT a = 1 AND b OR c XOR d");
  ASSERT_TRUE(e.ok()) << e.status();
  EXPECT_EQ((*e)->op, Op::kOr);
  EXPECT_EQ((*e)->children[0]->op, Op::kAnd);
  EXPECT_EQ((*e)->children[0]->children[0]->op, Op::kNot);
  EXPECT_EQ((*e)->children[0]->children[0]->children[0]->op, Op::kEq);
  EXPECT_EQ((*e)->children[1]->op, Op::kXor);

  absl::StatusOr<ExprPtr> chain = ParseExpression("1 < x <= 3");
  ASSERT_TRUE(chain.ok());
  EXPECT_EQ((*chain)->op, Op::kAnd);
  EXPECT_EQ((*chain)->children[0]->op, Op::kLt);
  EXPECT_EQ((*chain)->children[1]->op, Op::kLe);
  EXPECT_EQ((*chain)->children[1]->children[0]->name, "x");

  absl::StatusOr<ExprPtr> arithmetic = ParseExpression("1 + 2 * 3");
  ASSERT_TRUE(arithmetic.ok());
  EXPECT_EQ((*arithmetic)->op, Op::kAdd);
  EXPECT_EQ((*arithmetic)->children[1]->op, Op::kMultiply);

  absl::StatusOr<ExprPtr> negative = ParseExpression("-5");
  ASSERT_TRUE(negative.ok());
  EXPECT_EQ((*negative)->kind, ExprKind::kLiteral);
  EXPECT_EQ((*negative)->literal, Value::Int(-5));
}

TEST(ParserTest, RegexMatchIsAPredicateOperator) {
  absl::StatusOr<std::vector<Token>> tokens = Lex("a =~ 'x.*' = b");
  ASSERT_TRUE(tokens.ok()) << tokens.status();
  EXPECT_EQ((*tokens)[1].kind, TokenKind::kRegexMatch);
  EXPECT_EQ((*tokens)[3].kind, TokenKind::kEq);
  // Binds like CONTAINS: tighter than comparison and AND, looser than +.
  absl::StatusOr<ExprPtr> e = ParseExpression("p.name =~ 'A' + '.*' AND x");
  ASSERT_TRUE(e.ok()) << e.status();
  EXPECT_EQ((*e)->op, Op::kAnd);
  EXPECT_EQ((*e)->children[0]->op, Op::kRegexMatch);
  EXPECT_EQ((*e)->children[0]->children[1]->op, Op::kAdd);
  // A date's components are properties of the property.
  absl::StatusOr<ExprPtr> year = ParseExpression("r.date.year");
  ASSERT_TRUE(year.ok()) << year.status();
  EXPECT_EQ((*year)->kind, ExprKind::kProperty);
  EXPECT_EQ((*year)->name, "year");
  EXPECT_EQ((*year)->children[0]->name, "date");
}

TEST(ParserTest, OptionalMatch) {
  absl::StatusOr<Query> query =
      ParseQuery("MATCH (a) OPTIONAL MATCH (a)-->(b) WHERE b.name = 'x' RETURN a, b");
  ASSERT_TRUE(query.ok()) << query.status();
  ASSERT_EQ(query->matches.size(), 2u);
  EXPECT_FALSE(query->matches[0].optional);
  EXPECT_TRUE(query->matches[1].optional);
  EXPECT_NE(query->matches[1].where, nullptr);
  EXPECT_FALSE(ParseQuery("OPTIONAL (a) RETURN a").ok());
}

TEST(ParserTest, UnwindIsAClause) {
  absl::StatusOr<Query> query =
      ParseQuery("UNWIND [1, 2] AS x MATCH (n) UNWIND n.aliases AS a RETURN x, a");
  ASSERT_TRUE(query.ok()) << query.status();
  ASSERT_EQ(query->matches.size(), 3u);
  EXPECT_EQ(query->matches[0].unwind_variable, "x");
  EXPECT_EQ(query->matches[0].unwind->kind, ExprKind::kList);
  EXPECT_EQ(query->matches[1].unwind, nullptr);
  EXPECT_EQ(query->matches[2].unwind_variable, "a");
  EXPECT_EQ(query->matches[2].unwind->kind, ExprKind::kProperty);
  EXPECT_FALSE(ParseQuery("UNWIND [1] RETURN 1").ok());
  EXPECT_FALSE(ParseQuery("UNWIND [1] AS RETURN 1").ok());
}

TEST(ParserTest, ExplainPrefixesAQuery) {
  absl::StatusOr<Query> explained = ParseQuery("explain MATCH (n) RETURN n");
  ASSERT_TRUE(explained.ok()) << explained.status();
  EXPECT_TRUE(explained->explain);
  absl::StatusOr<Query> plain = ParseQuery("MATCH (n) RETURN n");
  ASSERT_TRUE(plain.ok());
  EXPECT_FALSE(plain->explain);
  EXPECT_FALSE(ParseQuery("MATCH (n) EXPLAIN RETURN n").ok());
}

TEST(ParserTest, CaseExpressions) {
  absl::StatusOr<ExprPtr> generic = ParseExpression("CASE WHEN a THEN 1 WHEN b THEN 2 END");
  ASSERT_TRUE(generic.ok()) << generic.status();
  EXPECT_EQ((*generic)->kind, ExprKind::kCase);
  EXPECT_FALSE((*generic)->case_subject);
  EXPECT_FALSE((*generic)->case_else);
  EXPECT_EQ((*generic)->children.size(), 4u);
  absl::StatusOr<ExprPtr> simple = ParseExpression("case x when 1 then 'a' else 'b' end + 'c'");
  ASSERT_TRUE(simple.ok()) << simple.status();
  EXPECT_EQ((*simple)->op, Op::kAdd);
  const Expr& c = *(*simple)->children[0];
  EXPECT_EQ(c.kind, ExprKind::kCase);
  EXPECT_TRUE(c.case_subject);
  EXPECT_TRUE(c.case_else);
  EXPECT_EQ(c.children.size(), 4u);
  for (const char* bad : {"CASE END", "CASE WHEN a 1 END", "CASE WHEN a THEN 1"}) {
    EXPECT_FALSE(ParseExpression(bad).ok()) << bad;
  }
}

TEST(ParserTest, RejectsWithLineAndColumn) {
  struct Case {
    const char* query;
    const char* message;
  };
  const Case kCases[] = {
      {"", "line 1, column 1: expected MATCH, WITH or RETURN, found end of input"},
      {"MATCH (n)", "line 1, column 10: expected MATCH, WHERE, WITH or RETURN, found end of input"},
      {"MATCH (n) WITH n",
       "line 1, column 17: expected MATCH, WHERE, WITH or RETURN, found end of input"},
      {"MATCH (n) WITH n.name RETURN 1",
       "line 1, column 16: WITH n.name: name the expression, as in WITH n.name AS name"},
      {"MATCH (n) WITH RETURN n", "line 1, column 16: expected an expression, found 'RETURN'"},
      {"MATCH p = shortestPath((a)-->(b)) RETURN p",
       "line 1, column 27: shortestPath() needs a variable-length relationship: write -[*..5]- "
       "(or -[:TYPE*..5]-)"},
      {"MATCH p = allShortestPaths((a)-[*]-(b)-[*]-(c)) RETURN p",
       "line 1, column 11: allShortestPaths() takes one relationship between two nodes, as in "
       "allShortestPaths((a)-[*..5]-(b))"},
      {"MATCH shortestPath((a)-[*2..5]-(b)) RETURN 1",
       "line 1, column 23: shortestPath() searches from 0 or 1 hops, not from 2"},
      {"MATCH p = shortestPath((a)-[*]-(b) RETURN p",
       "line 1, column 36: expected ')' to close shortestPath(, found 'RETURN'"},
      {"RETURN [x IN [1] WHERE x > 0 x]",
       "line 1, column 30: expected '|' or ']' in the list comprehension, found 'x'"},
      {"RETURN [x IN [1] | x",
       "line 1, column 21: expected ']' to close the list comprehension, found end of input"},
      {"RETURN [x IN [1] x]",
       "line 1, column 18: expected WHERE, '|' or ']' in the list comprehension, found 'x'"},
      {"RETURN [1, 2][0..1", "line 1, column 19: expected ']' after the slice, found end of input"},
      {"MATCH (n:Persn) RETURN n",
       "line 1, column 10: unknown label 'Persn' (labels: Person, Office, Organization, Law, "
       "Event, Country, Place)"},
      {"MATCH (n)-[:APPOINTED]->(m) RETURN n",
       "line 1, column 13: unknown relationship type 'APPOINTED' (types: APPOINTED_TO, "
       "DISMISSED_FROM, HELD, MEMBER_OF, PART_OF, DRAFTED_BY, SUBMITTED_TO, CONSIDERED_BY, "
       "APPROVED_BY, ADOPTED_BY, RETURNED_BY, SIGNED_BY, ENTERED_INTO_FORCE, PARTNER_OF, "
       "PARTICIPANT_IN, LOCATED_IN, BORN_IN, NOMINATED_FOR)"},
      {"CREATE (n:Person {name: 'x'})",
       "line 1, column 1: CREATE is not supported: kg queries are read-only"},
      {"MATCH (n)\nDETACH DELETE n",
       "line 2, column 1: DETACH is not supported: kg queries are read-only"},
      {"MATCH (n)\n  SET n.name = 'y'",
       "line 2, column 3: SET is not supported: kg queries are read-only"},
      {"MATCH (n) WHERE n.x = 1 REMOVE n.x",
       "line 1, column 25: REMOVE is not supported: kg queries are read-only"},
      {"MERGE (n)", "line 1, column 1: MERGE is not supported: kg queries are read-only"},
      {"MATCH (n) RETURN n DELETE n",
       "line 1, column 20: DELETE is not supported: kg queries are read-only"},
      {"CALL db.labels() RETURN 1",
       "line 1, column 1: CALL is not supported: kg reads MATCH ... [WHERE ...] [WITH ...] "
       "RETURN ..."},
      {"MATCH (n RETURN n",
       "line 1, column 10: expected ')' to close the node pattern, found "
       "'RETURN'"},
      {"MATCH (a)<-[r]->(b) RETURN a",
       "line 1, column 10: a relationship points one way (<-[]- or -[]->) or either way (-[]-)"},
      {"MATCH (a)-[r*3..2]->(b) RETURN a",
       "line 1, column 17: the upper bound 2 is below the lower bound 3"},
      {"MATCH (a)-[r*1.5]->(b) RETURN a",
       "line 1, column 14: expected ']' to close the relationship pattern, found number 1.5"},
      {"MATCH (a:Person:Office) RETURN a",
       "line 1, column 16: a node has one kind: write (n:A|B) to match either"},
      {"MATCH (n)\nWHERE n.name = \nRETURN n",
       "line 3, column 1: expected an expression, found 'RETURN'"},
      {"MATCH (n) RETURN n.name STARTS 'x'",
       "line 1, column 32: expected WITH after STARTS, found a string"},
      {"MATCH (n) WHERE n.x IS 3 RETURN n",
       "line 1, column 24: expected NULL or NOT NULL, found number 3"},
      {"MATCH (n) RETURN frobnicate(n)", "line 1, column 18: unknown function 'frobnicate'"},
      {"MATCH (n) RETURN toLower(n, n)", "line 1, column 18: toLower() takes 1 argument, got 2"},
      {"MATCH (n) RETURN coalesce()",
       "line 1, column 18: coalesce() takes at least 1 arguments, got 0"},
      {"MATCH (n) RETURN exists()", "line 1, column 18: exists() takes 1 argument, got 0"},
      {"MATCH (n) RETURN toUpper(DISTINCT n)",
       "line 1, column 26: DISTINCT is only allowed in an aggregate such as count(DISTINCT x), "
       "not in toUpper()"},
      {"MATCH (n) RETURN n ORDER n", "line 1, column 26: expected BY after ORDER, found 'n'"},
      {"MATCH (n) RETURN 'abc", "line 1, column 18: unterminated string"},
      {"MATCH (n) RETURN 'a\\qb'", "line 1, column 20: unknown escape '\\q' in string"},
      {"MATCH (n) /* open", "line 1, column 11: unterminated comment"},
      {"MATCH (n) RETURN n # x", "line 1, column 20: unexpected character '#'"},
      {"MATCH (n) RETURN $", "line 1, column 18: expected a parameter name after '$'"},
      {"MATCH (n {name: \u201cAstana\u201d}) RETURN n",
       "line 1, column 17: curly quote: write strings between ' or \" quotes"},
      {"RETURN 99999999999999999999",
       "line 1, column 8: integer 99999999999999999999 is too "
       "large"},
      {"MATCH (n) RETURN n LIMIT 1 x", "line 1, column 28: expected end of query, found 'x'"},
      {"MATCH (n) RETURN n AS",
       "line 1, column 22: expected a column name after AS, found end "
       "of input"},
  };
  for (const Case& c : kCases) {
    absl::StatusOr<Query> query = ParseQuery(c.query);
    ASSERT_FALSE(query.ok()) << c.query;
    EXPECT_EQ(query.status().code(), absl::StatusCode::kInvalidArgument) << c.query;
    EXPECT_EQ(std::string(query.status().message()), c.message) << c.query;
  }
}

TEST(ParserTest, WithIsAClauseWithAProjection) {
  absl::StatusOr<Query> query = ParseQuery(
      "MATCH (p:Person)-[r:HELD]->(o) WITH DISTINCT p, count(r) AS n ORDER BY n DESC LIMIT 3 "
      "WHERE n > 1 MATCH (p)--(x) RETURN p.name, n");
  ASSERT_TRUE(query.ok()) << query.status();
  ASSERT_EQ(query->matches.size(), 3u);
  EXPECT_EQ(query->matches[0].with, nullptr);
  ASSERT_NE(query->matches[1].with, nullptr);
  const Projection& with = *query->matches[1].with;
  EXPECT_TRUE(with.distinct);
  ASSERT_EQ(with.items.size(), 2u);
  EXPECT_EQ(with.items[0].column, "p");
  EXPECT_FALSE(with.items[0].aliased);
  EXPECT_EQ(with.items[1].column, "n");
  EXPECT_EQ(with.items[1].expr->kind, ExprKind::kFunction);
  ASSERT_EQ(with.order_by.size(), 1u);
  EXPECT_TRUE(with.order_by[0].descending);
  ASSERT_NE(with.limit, nullptr);
  ASSERT_NE(with.where, nullptr);
  EXPECT_EQ(with.where->op, Op::kGt);
  EXPECT_EQ(with.position.column, 32);
  EXPECT_EQ(query->matches[2].patterns.size(), 1u);
  EXPECT_EQ(query->returns.items.size(), 2u);
  EXPECT_EQ(query->returns.where, nullptr);
}

TEST(ParserTest, NamedAndShortestPaths) {
  absl::StatusOr<Query> query = ParseQuery(
      "MATCH p = (a)-[:HELD*1..3]->(b), (c), q = allShortestPaths((a)<-[r*..4]-(c)), "
      "shortestPath((b)-[*0..2]-(c)) RETURN p");
  ASSERT_TRUE(query.ok()) << query.status();
  const std::vector<PathPattern>& paths = query->matches[0].patterns;
  ASSERT_EQ(paths.size(), 4u);
  EXPECT_EQ(paths[0].variable, "p");
  EXPECT_EQ(paths[0].position.column, 7);
  EXPECT_EQ(paths[0].shortest, ShortestKind::kNone);
  EXPECT_EQ(paths[0].nodes.size(), 2u);
  EXPECT_EQ(paths[1].variable, "");
  EXPECT_EQ(paths[2].variable, "q");
  EXPECT_EQ(paths[2].shortest, ShortestKind::kAll);
  ASSERT_EQ(paths[2].rels.size(), 1u);
  EXPECT_EQ(paths[2].rels[0].variable, "r");
  EXPECT_EQ(paths[2].rels[0].direction, PatternDirection::kLeft);
  EXPECT_EQ(paths[2].rels[0].max_hops, 4);
  EXPECT_EQ(paths[3].variable, "");
  EXPECT_EQ(paths[3].shortest, ShortestKind::kOne);
  EXPECT_EQ(paths[3].rels[0].min_hops, 0);
  // shortestPath is a name like any other where no '(' follows it.
  query = ParseQuery("MATCH (shortestPath) RETURN shortestPath");
  ASSERT_TRUE(query.ok()) << query.status();
  EXPECT_EQ(query->matches[0].patterns[0].nodes[0].variable, "shortestPath");
}

TEST(ParserTest, ListComprehensionsAndSlices) {
  absl::StatusOr<ExprPtr> expr = ParseExpression("[x IN l WHERE x > 1 | x * 2]");
  ASSERT_TRUE(expr.ok()) << expr.status();
  EXPECT_EQ((*expr)->kind, ExprKind::kListComprehension);
  EXPECT_EQ((*expr)->name, "x");
  EXPECT_TRUE((*expr)->comprehension_where);
  EXPECT_TRUE((*expr)->comprehension_map);
  ASSERT_EQ((*expr)->children.size(), 3u);
  EXPECT_EQ((*expr)->children[0]->kind, ExprKind::kVariable);
  EXPECT_EQ((*expr)->children[1]->op, Op::kGt);
  EXPECT_EQ((*expr)->children[2]->op, Op::kMultiply);

  expr = ParseExpression("[x IN l | x]");
  ASSERT_TRUE(expr.ok()) << expr.status();
  EXPECT_FALSE((*expr)->comprehension_where);
  EXPECT_TRUE((*expr)->comprehension_map);
  EXPECT_EQ((*expr)->children.size(), 2u);
  // `[x IN l]` is a comprehension (l itself), as in openCypher, not a list
  // holding a boolean.
  expr = ParseExpression("[x IN l]");
  ASSERT_TRUE(expr.ok()) << expr.status();
  EXPECT_EQ((*expr)->kind, ExprKind::kListComprehension);
  EXPECT_EQ((*expr)->children.size(), 1u);
  // A list that starts with an IN test is still a list.
  expr = ParseExpression("[1 IN l, 2]");
  ASSERT_TRUE(expr.ok()) << expr.status();
  EXPECT_EQ((*expr)->kind, ExprKind::kList);

  expr = ParseExpression("l[1..-1]");
  ASSERT_TRUE(expr.ok()) << expr.status();
  EXPECT_EQ((*expr)->kind, ExprKind::kSlice);
  EXPECT_TRUE((*expr)->slice_from);
  EXPECT_TRUE((*expr)->slice_to);
  EXPECT_EQ((*expr)->children.size(), 3u);
  expr = ParseExpression("l[..2]");
  ASSERT_TRUE(expr.ok()) << expr.status();
  EXPECT_FALSE((*expr)->slice_from);
  EXPECT_TRUE((*expr)->slice_to);
  expr = ParseExpression("l[2..]");
  ASSERT_TRUE(expr.ok()) << expr.status();
  EXPECT_TRUE((*expr)->slice_from);
  EXPECT_FALSE((*expr)->slice_to);
  EXPECT_EQ((*expr)->children.size(), 2u);
  expr = ParseExpression("l[2]");
  ASSERT_TRUE(expr.ok()) << expr.status();
  EXPECT_EQ((*expr)->kind, ExprKind::kIndex);
}

TEST(ParserTest, DeepNestingIsAnErrorNotACrash) {
  const std::string deep = "RETURN " + std::string(5000, '(') + "1" + std::string(5000, ')');
  absl::StatusOr<Query> query = ParseQuery(deep);
  ASSERT_FALSE(query.ok());
  EXPECT_THAT(std::string(query.status().message()),
              ::testing::HasSubstr("expression nested too deeply"));
}

TEST(ParserTest, LabelAndTypeNames) {
  EXPECT_EQ(LabelName(NodeKind::kOrganization), "Organization");
  EXPECT_EQ(TypeName(Relation::kEnteredIntoForce), "ENTERED_INTO_FORCE");
}

}  // namespace
}  // namespace kg::cypher
