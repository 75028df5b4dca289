#include "graph/store_counts.h"

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"

namespace kg {

void StoreCounts::Add(const StoreCounts& delta) {
  for (size_t i = 0; i < nodes.size(); ++i) nodes[i] += delta.nodes[i];
  for (size_t i = 0; i < edges.size(); ++i) edges[i] += delta.edges[i];
  observations += delta.observations;
  articles += delta.articles;
  names += delta.names;
}

std::string StoreCounts::Encode() const {
  std::string out = absl::StrCat("obs=", observations, " art=", articles, " names=", names);
  for (size_t i = 0; i < nodes.size(); ++i) {
    if (nodes[i] != 0) absl::StrAppend(&out, " n", i, "=", nodes[i]);
  }
  for (size_t i = 0; i < edges.size(); ++i) {
    if (edges[i] != 0) absl::StrAppend(&out, " e", i, "=", edges[i]);
  }
  return out;
}

std::optional<StoreCounts> StoreCounts::Decode(std::string_view text) {
  StoreCounts counts;
  for (absl::string_view field :
       absl::StrSplit(absl::string_view(text.data(), text.size()), ' ', absl::SkipEmpty())) {
    const size_t equals = field.find('=');
    if (equals == absl::string_view::npos) return std::nullopt;
    const absl::string_view key = field.substr(0, equals);
    int64_t value = 0;
    if (!absl::SimpleAtoi(field.substr(equals + 1), &value)) return std::nullopt;
    if (key == "obs") {
      counts.observations = value;
    } else if (key == "art") {
      counts.articles = value;
    } else if (key == "names") {
      counts.names = value;
    } else if (!key.empty() && (key[0] == 'n' || key[0] == 'e')) {
      uint32_t index = 0;
      if (!absl::SimpleAtoi(key.substr(1), &index) || index >= 256) return std::nullopt;
      (key[0] == 'n' ? counts.nodes : counts.edges)[index] = value;
    } else {
      return std::nullopt;
    }
  }
  return counts;
}

StoreCounts StoreCounts::FromStats(const StoreStats& stats) {
  StoreCounts counts;
  for (const auto& [kind, n] : stats.nodes) counts.nodes[static_cast<size_t>(kind)] = n;
  for (const auto& [relation, n] : stats.edges) counts.edges[static_cast<size_t>(relation)] = n;
  counts.observations = static_cast<int64_t>(stats.observations);
  counts.articles = static_cast<int64_t>(stats.articles);
  counts.names = static_cast<int64_t>(stats.names);
  return counts;
}

StoreStats StoreCounts::ToStats() const {
  StoreStats stats;
  for (size_t i = 0; i < nodes.size(); ++i) {
    if (nodes[i] != 0) stats.nodes[static_cast<NodeKind>(i)] = static_cast<uint64_t>(nodes[i]);
  }
  for (size_t i = 0; i < edges.size(); ++i) {
    if (edges[i] != 0) stats.edges[static_cast<Relation>(i)] = static_cast<uint64_t>(edges[i]);
  }
  stats.observations = static_cast<uint64_t>(observations);
  stats.articles = static_cast<uint64_t>(articles);
  stats.names = static_cast<uint64_t>(names);
  return stats;
}

}  // namespace kg
