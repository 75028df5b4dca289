// Memcomparable keys for the store's column families.
//
// RocksDB orders keys bytewise, so every key is built so that byte order is the
// order the store wants to scan in:
// - integers are 8-byte big-endian, so 2 < 256 < 2^56;
// - strings are escaped (0x00 -> 0x00 0xFF) and terminated with 0x00 0x01, so
//   that "ab" < "ab\0" < "ab\x01" < "abc" and no escaped string is a prefix of
//   another one's escaped form: the fields after a string never bleed into it;
// - a relation is one byte.
//
//   std::string key = OutKey({.src = a, .relation = Relation::kHeld, .dst = b, .id = 7});
//   EdgeKey parsed;
//   if (!ParseOutKey(key, &parsed)) return absl::DataLossError("bad out key");
//
// Layouts (see graph/store.h):
//   nodes         id(8)
//   names         escaped folded name, id(8)      -> kNameIsNodeName or kNameIsAlias
//   out           src(8) relation(1) dst(8) edge id(8)    25 bytes
//   in            dst(8) relation(1) src(8) edge id(8)    25 bytes
//   observations  edge id(8), escaped article id
//   articles      escaped article id
//   meta          the raw name
#ifndef KG_GRAPH_KEY_ENCODING_H_
#define KG_GRAPH_KEY_ENCODING_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "graph/model.h"
#include "graph/store.h"

namespace kg {

// --- Primitive fields. Append* add to the end of `key`; Consume* read from the
// front of `*input` and advance it, returning false (input unspecified) when
// the bytes are not a valid encoding.

void AppendUint64(std::string* key, uint64_t value);
bool ConsumeUint64(std::string_view* input, uint64_t* value);

// The escaped string followed by its terminator.
void AppendEscaped(std::string* key, std::string_view text);
// The escaped string without a terminator: every key whose string field starts
// with `text` starts with these bytes.
void AppendEscapedPrefix(std::string* key, std::string_view text);
bool ConsumeEscaped(std::string_view* input, std::string* text);

// The smallest key greater than every key that starts with `prefix`, for
// ReadOptions::iterate_upper_bound. Empty when there is none (all 0xFF).
std::string PrefixSuccessor(std::string_view prefix);

// True for the values the enums define; used to reject corrupt keys/records.
// They take 16 bits because Cap'n Proto enums are that wide.
bool IsKnownNodeKind(uint16_t value);
bool IsKnownRelation(uint16_t value);

// --- nodes

std::string NodeKey(NodeId id);
bool ParseNodeKey(std::string_view key, NodeId* id);
// [NodeKindBegin(k), NodeKindEnd(k)) holds exactly the nodes of kind k.
std::string NodeKindBegin(NodeKind kind);
std::string NodeKindEnd(NodeKind kind);

// --- names

// The value of a names entry says whether the folded name is the node's own
// name or one of its aliases: node identity prefers the former (graph/store.h)
// and can decide it without reading the nodes.
inline constexpr std::string_view kNameIsNodeName = "\x01";
inline constexpr std::string_view kNameIsAlias = "";

std::string NameKey(std::string_view folded_name, NodeId id);
bool ParseNameKey(std::string_view key, std::string* folded_name, NodeId* id);
// Keys of exactly `folded_name`, or (prefix) of every name starting with it.
std::string NameLookupPrefix(std::string_view folded_name, bool prefix);

// --- out / in

// The fields of an out or in key: an edge's EdgeRef (graph/store.h).
using EdgeKey = EdgeRef;

inline constexpr size_t kEdgeKeySize = 25;
// Bytes of the node id that starts every out/in key: the prefix extractor's
// length, so that the bloom filters answer "does this node have edges here".
inline constexpr size_t kEdgePrefixSize = 8;

std::string OutKey(const EdgeKey& edge);
std::string InKey(const EdgeKey& edge);
bool ParseOutKey(std::string_view key, EdgeKey* edge);
bool ParseInKey(std::string_view key, EdgeKey* edge);
// Keys of the edges of `node` (as source for out, as target for in),
// optionally of one relation.
std::string EdgeScanPrefix(NodeId node, std::optional<Relation> relation);
// Keys in `out` of every edge src -relation-> dst, whatever its id.
std::string OutTriplePrefix(NodeId src, Relation relation, NodeId dst);

// --- observations

std::string ObservationKey(EdgeId edge, std::string_view article_id);
std::string ObservationPrefix(EdgeId edge);
bool ParseObservationKey(std::string_view key, EdgeId* edge, std::string* article_id);

// --- articles

std::string ArticleKey(std::string_view article_id);
bool ParseArticleKey(std::string_view key, std::string* article_id);

// --- derived (Store's derived facts): per node, a stale mark, a fresh mark
// and the facts, each kind of key under its own leading byte so that the
// stale marks are one range.

std::string DerivedStaleKey(NodeId node);
bool ParseDerivedStaleKey(std::string_view key, NodeId* node);
std::string DerivedStalePrefix();
std::string DerivedFreshKey(NodeId node);
// The facts of `node` are the keys DerivedFactPrefix(node) + fact key.
std::string DerivedFactPrefix(NodeId node);

}  // namespace kg

#endif  // KG_GRAPH_KEY_ENCODING_H_
