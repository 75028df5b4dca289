#include "graph/adjacency_block.h"

#include <algorithm>
#include <cstring>

#include "graph/key_encoding.h"

namespace kg {
namespace {

constexpr char kOutgoing = 0;
constexpr char kIncoming = 1;

std::string Encode(char direction, Relation relation, NodeId other, EdgeId id) {
  std::string entry;
  entry.reserve(AdjacencyEntry::kSize);
  entry.push_back(direction);
  entry.push_back(static_cast<char>(relation));
  AppendUint64(&entry, other);
  AppendUint64(&entry, id);
  return entry;
}

uint64_t ReadUint64(const char* bytes) {
  uint64_t value = 0;
  for (int i = 0; i < 8; ++i) value = (value << 8) | static_cast<unsigned char>(bytes[i]);
  return value;
}

// The first entry of `block` not below `probe` (a prefix of 1 or 2 bytes).
size_t LowerBound(std::string_view block, std::string_view probe) {
  size_t low = 0, high = block.size() / AdjacencyEntry::kSize;
  while (low < high) {
    const size_t mid = (low + high) / 2;
    const std::string_view entry = block.substr(mid * AdjacencyEntry::kSize, probe.size());
    if (entry < probe) {
      low = mid + 1;
    } else {
      high = mid;
    }
  }
  return low;
}

}  // namespace

std::string AdjacencyEntry::Out(const EdgeRef& ref) {
  return Encode(kOutgoing, ref.relation, ref.dst, ref.id);
}

std::string AdjacencyEntry::In(const EdgeRef& ref) {
  return Encode(kIncoming, ref.relation, ref.src, ref.id);
}

void AdjacencyBlock::Apply(const std::vector<std::pair<std::string, bool>>& changes,
                           std::string* block) {
  // In place (a hub's block is large): the changes are applied in their order,
  // so that an edge added then removed within one batch ends absent.
  for (const auto& [entry, add] : changes) {
    const size_t at = LowerBound(*block, entry) * AdjacencyEntry::kSize;
    const bool present =
        at < block->size() && std::string_view(*block).substr(at, AdjacencyEntry::kSize) == entry;
    if (add && !present) {
      block->insert(at, entry);
    } else if (!add && present) {
      block->erase(at, AdjacencyEntry::kSize);
    }
  }
}

bool AdjacencyBlock::Valid(std::string_view block) {
  if (block.size() % AdjacencyEntry::kSize != 0) return false;
  for (size_t at = 0; at < block.size(); at += AdjacencyEntry::kSize) {
    const char direction = block[at];
    if (direction != kOutgoing && direction != kIncoming) return false;
    if (!IsKnownRelation(static_cast<unsigned char>(block[at + 1]))) return false;
    if (at > 0 && block.substr(at - AdjacencyEntry::kSize, AdjacencyEntry::kSize) >=
                      block.substr(at, AdjacencyEntry::kSize)) {
      return false;
    }
  }
  return true;
}

EdgeRef AdjacencyBlock::Decode(NodeId node, const char* entry) {
  const Relation relation = static_cast<Relation>(static_cast<unsigned char>(entry[1]));
  const NodeId other = ReadUint64(entry + 2);
  const EdgeId id = ReadUint64(entry + 10);
  if (entry[0] == kOutgoing) return EdgeRef{.src = node, .relation = relation, .dst = other, .id = id};
  return EdgeRef{.src = other, .relation = relation, .dst = node, .id = id};
}

std::pair<size_t, size_t> AdjacencyBlock::Range(std::string_view block, bool outgoing,
                                                std::optional<Relation> relation) {
  std::string probe(1, outgoing ? kOutgoing : kIncoming);
  if (relation.has_value()) probe.push_back(static_cast<char>(*relation));
  const size_t begin = LowerBound(block, probe);
  // The successor of a 1- or 2-byte probe whose last byte is below 0xFF.
  std::string next = probe;
  ++next.back();
  return {begin, LowerBound(block, next)};
}

}  // namespace kg
