// Value: what a Cypher expression evaluates to, and what a result cell holds.
//
//   Value v = Value::String("Minister of Energy");
//   Value d = Value::FromDate(*Date::Parse("2024-03"));
//   std::optional<bool> lt = LessThan(d, Value::FromDate(*Date::Parse("2025")));  // true
//
// Kinds: null, bool, int, float, string, Date, list, map, node, edge and path.
// Nodes and edges keep their ids (and the store records once loaded), so code
// that consumes a result (exporters, the questions) can walk back into the
// graph; the writers in query/cypher/result_writer.h only need the records.
//
// Comparison rules (openCypher's, with kg's dates):
// - `=` / `<>` are three-valued: null on either side gives null. Numbers
//   compare by value (1 = 1.0); values of different kinds are unequal.
// - `<` `<=` `>` `>=` give null when either side is null or the kinds are not
//   comparable (number/number, string/string, date/date, bool/bool).
// - Dates compare by their span's first day, a coarser date first when the
//   first days are equal: "2025" < "2025-01" < "2025-01-01" < "2025-03".
//   So `r.date >= date('2025-01-01')` is true for "2025-03" and false for
//   "2025"; `=` is exact ("2025" <> "2025-01-01": they are different facts).
//   A string that parses as a date ("2025-03") compares as that date against
//   a Date.
// - ORDER BY uses a total order (OrderCompare): within a kind as above,
//   across kinds by a fixed rank, null last.
// - Paths are equal when they have the same nodes and edges in the same
//   order; they have no `<`.
#ifndef KG_QUERY_CYPHER_VALUE_H_
#define KG_QUERY_CYPHER_VALUE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "graph/model.h"
#include "graph/store.h"

namespace kg::cypher {

// A node: its id, and its record once something needed it (a property, the
// final result). The record is shared: rows are copied freely.
struct NodeValue {
  NodeId id = 0;
  std::shared_ptr<const NodeRecord> record;
};

// An edge, with its endpoints' records once a result is materialized (so a
// writer can print names without a store).
// An edge. A walk binds only its ref (read from the adjacency keys, no
// record decoded); `record` is then read when a property is (Evaluator),
// and always before a row leaves the executor (Materialize).
struct EdgeValue {
  std::shared_ptr<const EdgeRecord> record;  // null until read
  std::shared_ptr<const NodeRecord> src;
  std::shared_ptr<const NodeRecord> dst;
  EdgeRef ref;  // set when `record` is null

  // Which edge: from the record when there is one.
  EdgeRef Ref() const { return record != nullptr ? record->ref() : ref; }
};

// A path, as a named pattern (`p = (a)-[*1..3]->(b)`) or shortestPath()
// binds it: nodes.size() == edges.size() + 1, nodes in the order the pattern
// is written, each edge joining its neighbours in the list (in either
// direction: an edge keeps its stored source and target).
struct PathValue {
  std::vector<NodeValue> nodes;
  std::vector<EdgeValue> edges;
};

class Value {
 public:
  using List = std::vector<Value>;
  using Map = std::vector<std::pair<std::string, Value>>;  // insertion order kept

  enum class Kind { kNull, kBool, kInt, kFloat, kString, kDate, kList, kMap, kNode, kEdge, kPath };

  Value() = default;
  static Value Null() { return Value(); }
  static Value Bool(bool b) { return Value(Data(b)); }
  static Value Int(int64_t i) { return Value(Data(i)); }
  static Value Float(double d) { return Value(Data(d)); }
  static Value String(std::string s) { return Value(Data(std::move(s))); }
  static Value FromDate(Date d) { return d.empty() ? Value() : Value(Data(d)); }
  static Value FromList(List l) { return Value(Data(std::move(l))); }
  static Value FromMap(Map m) { return Value(Data(std::move(m))); }
  static Value Node(NodeValue n) { return Value(Data(std::move(n))); }
  static Value Edge(EdgeValue e) { return Value(Data(std::move(e))); }
  static Value Path(PathValue p) { return Value(Data(std::move(p))); }
  // What id() returns: an int that the JSON writer prints as a string,
  // because ids exceed 2^53 and JavaScript and jq round such numbers. It
  // compares and computes as the int it is.
  static Value Id(uint64_t id) {
    Value value = Int(static_cast<int64_t>(id));
    value.is_id_ = true;
    return value;
  }

  Kind kind() const { return static_cast<Kind>(data_.index()); }
  bool is_null() const { return kind() == Kind::kNull; }
  bool is_number() const { return kind() == Kind::kInt || kind() == Kind::kFloat; }
  // An int made by Id().
  bool is_id() const { return is_id_; }

  // Accessors; calling one for another kind is a programmer error.
  bool AsBool() const { return std::get<bool>(data_); }
  int64_t AsInt() const { return std::get<int64_t>(data_); }
  double AsFloat() const { return std::get<double>(data_); }
  // An int or a float, as a double.
  double AsNumber() const;
  const std::string& AsString() const { return std::get<std::string>(data_); }
  const Date& AsDate() const { return std::get<Date>(data_); }
  const List& AsList() const { return std::get<List>(data_); }
  List& MutableList() { return std::get<List>(data_); }
  const Map& AsMap() const { return std::get<Map>(data_); }
  const NodeValue& AsNode() const { return std::get<NodeValue>(data_); }
  NodeValue& MutableNode() { return std::get<NodeValue>(data_); }
  const EdgeValue& AsEdge() const { return std::get<EdgeValue>(data_); }
  EdgeValue& MutableEdge() { return std::get<EdgeValue>(data_); }
  const PathValue& AsPath() const { return std::get<PathValue>(data_); }
  PathValue& MutablePath() { return std::get<PathValue>(data_); }

  // The value of `key` in a map, or null.
  const Value* Find(std::string_view key) const;

  // Structural identity, for DISTINCT, grouping and tests: same kind and
  // same content (nodes and edges by id), null equal to null, 1 <> 1.0.
  friend bool operator==(const Value& a, const Value& b);

 private:
  using Data = std::variant<std::monostate, bool, int64_t, double, std::string, Date, List, Map,
                            NodeValue, EdgeValue, PathValue>;
  explicit Value(Data data) : data_(std::move(data)) {}
  Data data_;
  bool is_id_ = false;
};

// "null", "bool", "int", "float", "string", "date", "list", "map", "node", "edge", "path".
std::string_view KindName(Value::Kind kind);

// Three-valued `a = b` (nullopt is null). Lists compare element-wise.
std::optional<bool> Equals(const Value& a, const Value& b);
// Three-valued ordering for `<` and friends: -1, 0, 1, or nullopt when the
// values are not comparable (null involved, different kinds).
std::optional<int> CompareForPredicate(const Value& a, const Value& b);
// The total order ORDER BY sorts by (ascending): -1, 0 or 1.
int OrderCompare(const Value& a, const Value& b);

// A hash consistent with operator==, for grouping and DISTINCT.
size_t HashValue(const Value& value);
struct ValueHash {
  size_t operator()(const Value& v) const { return HashValue(v); }
};
struct ValueListHash {
  size_t operator()(const std::vector<Value>& values) const;
};

// Roughly the bytes `value` occupies in memory, for the query's memory
// budget: its own size, its strings and elements; a node or an edge counts
// its record once per value that holds it (an overestimate where shared).
size_t ApproxBytes(const Value& value);
size_t ApproxBytes(const std::vector<Value>& values);

// A Cypher-like literal for messages, tests and the table writer's nested
// values: 'strings' quoted, lists in brackets, dates as date('2024-03'),
// nodes as (:Person {name: 'X'}), edges as [:HELD 'X' -> 'Y'] (ids instead of
// names when the records are not loaded), paths as
// <(:Person {name: 'X'})-[:HELD]->(:Office {name: 'Y'})> with each arrow the
// way its edge is stored.
std::string DebugString(const Value& value);

}  // namespace kg::cypher

#endif  // KG_QUERY_CYPHER_VALUE_H_
