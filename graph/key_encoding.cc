#include "graph/key_encoding.h"

namespace kg {
namespace {

constexpr char kEscapeByte = '\x00';
constexpr char kEscapedZero = '\xFF';
constexpr char kTerminator = '\x01';

void AppendEdgeKey(std::string* key, NodeId first, Relation relation, NodeId second, EdgeId id) {
  key->reserve(key->size() + kEdgeKeySize);
  AppendUint64(key, first);
  key->push_back(static_cast<char>(relation));
  AppendUint64(key, second);
  AppendUint64(key, id);
}

// Reads first(8) relation(1) second(8) id(8) and nothing more.
bool ParseEdgeKey(std::string_view key, NodeId* first, Relation* relation, NodeId* second,
                  EdgeId* id) {
  if (key.size() != kEdgeKeySize) return false;
  uint64_t a = 0, b = 0, c = 0;
  if (!ConsumeUint64(&key, &a)) return false;
  const auto relation_byte = static_cast<uint8_t>(key.front());
  if (!IsKnownRelation(relation_byte)) return false;
  key.remove_prefix(1);
  if (!ConsumeUint64(&key, &b) || !ConsumeUint64(&key, &c)) return false;
  *first = a;
  *relation = static_cast<Relation>(relation_byte);
  *second = b;
  *id = c;
  return true;
}

}  // namespace

void AppendUint64(std::string* key, uint64_t value) {
  char bytes[8];
  for (int i = 7; i >= 0; --i) {
    bytes[i] = static_cast<char>(value & 0xFF);
    value >>= 8;
  }
  key->append(bytes, sizeof bytes);
}

bool ConsumeUint64(std::string_view* input, uint64_t* value) {
  if (input->size() < 8) return false;
  uint64_t result = 0;
  for (int i = 0; i < 8; ++i) result = (result << 8) | static_cast<uint8_t>((*input)[i]);
  input->remove_prefix(8);
  *value = result;
  return true;
}

void AppendEscapedPrefix(std::string* key, std::string_view text) {
  key->reserve(key->size() + text.size() + 2);
  for (char c : text) {
    key->push_back(c);
    if (c == kEscapeByte) key->push_back(kEscapedZero);
  }
}

void AppendEscaped(std::string* key, std::string_view text) {
  AppendEscapedPrefix(key, text);
  key->push_back(kEscapeByte);
  key->push_back(kTerminator);
}

bool ConsumeEscaped(std::string_view* input, std::string* text) {
  std::string result;
  size_t i = 0;
  while (i < input->size()) {
    const char c = (*input)[i];
    if (c != kEscapeByte) {
      result.push_back(c);
      ++i;
      continue;
    }
    if (i + 1 >= input->size()) return false;
    const char next = (*input)[i + 1];
    if (next == kTerminator) {
      input->remove_prefix(i + 2);
      *text = std::move(result);
      return true;
    }
    if (next != kEscapedZero) return false;
    result.push_back(kEscapeByte);
    i += 2;
  }
  return false;  // no terminator
}

std::string PrefixSuccessor(std::string_view prefix) {
  std::string result(prefix);
  while (!result.empty()) {
    auto& last = reinterpret_cast<unsigned char&>(result.back());
    if (last != 0xFF) {
      ++last;
      return result;
    }
    result.pop_back();
  }
  return result;
}

bool IsKnownNodeKind(uint16_t value) {
  return value <= 0xFF && !NodeKindName(static_cast<NodeKind>(value)).empty();
}

bool IsKnownRelation(uint16_t value) {
  return value <= 0xFF && !RelationName(static_cast<Relation>(value)).empty();
}

std::string NodeKey(NodeId id) {
  std::string key;
  AppendUint64(&key, id);
  return key;
}

bool ParseNodeKey(std::string_view key, NodeId* id) {
  return key.size() == 8 && ConsumeUint64(&key, id);
}

std::string NodeKindBegin(NodeKind kind) { return NodeKey(MakeNodeId(kind, 0)); }

std::string NodeKindEnd(NodeKind kind) {
  // Kinds are 1..7 (IsKnownNodeKind), so kind + 1 still fits in the top byte.
  return NodeKey((static_cast<uint64_t>(kind) + 1) << 56);
}

std::string NameKey(std::string_view folded_name, NodeId id) {
  std::string key;
  AppendEscaped(&key, folded_name);
  AppendUint64(&key, id);
  return key;
}

bool ParseNameKey(std::string_view key, std::string* folded_name, NodeId* id) {
  return ConsumeEscaped(&key, folded_name) && ConsumeUint64(&key, id) && key.empty();
}

std::string NameLookupPrefix(std::string_view folded_name, bool prefix) {
  std::string key;
  if (prefix) {
    AppendEscapedPrefix(&key, folded_name);
  } else {
    AppendEscaped(&key, folded_name);
  }
  return key;
}

std::string OutKey(const EdgeKey& edge) {
  std::string key;
  AppendEdgeKey(&key, edge.src, edge.relation, edge.dst, edge.id);
  return key;
}

std::string InKey(const EdgeKey& edge) {
  std::string key;
  AppendEdgeKey(&key, edge.dst, edge.relation, edge.src, edge.id);
  return key;
}

bool ParseOutKey(std::string_view key, EdgeKey* edge) {
  return ParseEdgeKey(key, &edge->src, &edge->relation, &edge->dst, &edge->id);
}

bool ParseInKey(std::string_view key, EdgeKey* edge) {
  return ParseEdgeKey(key, &edge->dst, &edge->relation, &edge->src, &edge->id);
}

std::string EdgeScanPrefix(NodeId node, std::optional<Relation> relation) {
  std::string key;
  AppendUint64(&key, node);
  if (relation.has_value()) key.push_back(static_cast<char>(*relation));
  return key;
}

std::string OutTriplePrefix(NodeId src, Relation relation, NodeId dst) {
  std::string key = EdgeScanPrefix(src, relation);
  AppendUint64(&key, dst);
  return key;
}

std::string ObservationKey(EdgeId edge, std::string_view article_id) {
  std::string key;
  AppendUint64(&key, edge);
  AppendEscaped(&key, article_id);
  return key;
}

std::string ObservationPrefix(EdgeId edge) { return NodeKey(edge); }

bool ParseObservationKey(std::string_view key, EdgeId* edge, std::string* article_id) {
  return ConsumeUint64(&key, edge) && ConsumeEscaped(&key, article_id) && key.empty();
}

std::string ArticleKey(std::string_view article_id) {
  std::string key;
  AppendEscaped(&key, article_id);
  return key;
}

bool ParseArticleKey(std::string_view key, std::string* article_id) {
  return ConsumeEscaped(&key, article_id) && key.empty();
}

namespace {

constexpr char kDerivedStale = 's';
constexpr char kDerivedFresh = 'f';
constexpr char kDerivedFact = 'd';

std::string DerivedKey(char kind, NodeId node) {
  std::string key(1, kind);
  AppendUint64(&key, node);
  return key;
}

}  // namespace

std::string DerivedStaleKey(NodeId node) { return DerivedKey(kDerivedStale, node); }

bool ParseDerivedStaleKey(std::string_view key, NodeId* node) {
  if (key.size() != 9 || key[0] != kDerivedStale) return false;
  key.remove_prefix(1);
  return ConsumeUint64(&key, node);
}

std::string DerivedStalePrefix() { return std::string(1, kDerivedStale); }
std::string DerivedFreshKey(NodeId node) { return DerivedKey(kDerivedFresh, node); }
std::string DerivedFactPrefix(NodeId node) { return DerivedKey(kDerivedFact, node); }

}  // namespace kg
