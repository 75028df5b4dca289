#include "bench/graph_sample.h"

#include "graph/status_macros.h"

namespace kg::bench {

absl::StatusOr<std::vector<std::string>> SampleNames(const Store& store, NodeKind kind,
                                                     size_t sample) {
  std::vector<std::string> all;
  KG_RETURN_IF_ERROR(store.ScanNodes(kind, [&](const NodeRecord& node) {
    all.push_back(node.name);
    return true;
  }));
  if (all.size() <= sample) return all;
  std::vector<std::string> picked;
  for (size_t i = 0; i < sample; ++i) picked.push_back(all[i * all.size() / sample]);
  return picked;
}

absl::StatusOr<std::pair<std::string, uint64_t>> BusiestOffice(const Store& store) {
  std::vector<NodeId> offices;
  KG_RETURN_IF_ERROR(store.ScanNodes(NodeKind::kOffice, [&](const NodeRecord& node) {
    offices.push_back(node.id);
    return true;
  }));
  std::pair<NodeId, uint64_t> best{0, 0};
  for (NodeId office : offices) {
    uint64_t degree = 0;
    KG_RETURN_IF_ERROR(
        store.ScanEdges(office, Direction::kIn, std::nullopt, [&](const EdgeRecord&) {
          ++degree;
          return true;
        }));
    if (degree > best.second) best = {office, degree};
  }
  KG_ASSIGN_OR_RETURN(std::optional<NodeRecord> node, store.GetNode(best.first));
  if (!node) return absl::NotFoundError("the store has no office");
  return std::make_pair(node->name, best.second);
}

absl::StatusOr<std::pair<std::string, uint64_t>> MostReportedPerson(const Store& store) {
  std::pair<std::string, uint64_t> best{"", 0};
  absl::Status status;
  KG_RETURN_IF_ERROR(store.ScanNodes(NodeKind::kPerson, [&](const NodeRecord& person) {
    uint64_t reports = 0;
    status = store.ScanEdges(person.id, Direction::kOut, std::nullopt, [&](const EdgeRecord& e) {
      reports += e.sources.size();
      return true;
    });
    if (reports > best.second) best = {person.name, reports};
    return status.ok();
  }));
  KG_RETURN_IF_ERROR(status);
  return best;
}

}  // namespace kg::bench
