#include "query/cypher/ast.h"

namespace kg::cypher {

std::unique_ptr<Expr> Expr::Clone() const {
  auto copy = std::make_unique<Expr>();
  copy->kind = kind;
  copy->position = position;
  copy->op = op;
  copy->literal = literal;
  copy->name = name;
  copy->keys = keys;
  copy->labels = labels;
  copy->negated = negated;
  copy->distinct = distinct;
  copy->case_subject = case_subject;
  copy->case_else = case_else;
  copy->comprehension_where = comprehension_where;
  copy->comprehension_map = comprehension_map;
  copy->slice_from = slice_from;
  copy->slice_to = slice_to;
  copy->height = height;
  copy->slot = slot;
  copy->alias = alias;
  copy->aggregate = aggregate;
  copy->local = local;
  copy->children.reserve(children.size());
  for (const ExprPtr& child : children) copy->children.push_back(child->Clone());
  return copy;
}

}  // namespace kg::cypher
