// kg stats: what the store holds — nodes by kind, edges by relation,
// observations, articles, names and bytes on disk.
#include <iostream>

#include "query/export/escaping.h"
#include "tools/kg/command.h"

namespace kg {

void RegisterStatsCommand(CLI::App& app, CommandContext& context) {
  auto format = std::make_shared<std::string>("table");
  CLI::App* command = app.add_subcommand("stats", "Counts of what the store (--db) holds");
  command->add_option("--format", *format, "table (default) or json")
      ->check(CLI::IsMember({"table", "json"}));
  command->callback([format, &context] {
    auto store = OpenStoreForReading(context);
    if (!store.ok()) {
      context.exit_code = ReportError(store.status());
      return;
    }
    auto stats = (*store)->Counts();
    if (!stats.ok()) {
      context.exit_code = ReportError(stats.status());
      return;
    }
    if (*format == "json") {
      std::cout << "{\"nodes\": {";
      bool first = true;
      for (NodeKind kind : kAllNodeKinds) {
        auto it = stats->nodes.find(kind);
        std::cout << (first ? "" : ", ") << JsonQuote(NodeKindName(kind)) << ": "
                  << (it == stats->nodes.end() ? 0 : it->second);
        first = false;
      }
      std::cout << "}, \"edges\": {";
      first = true;
      for (Relation relation : kAllRelations) {
        auto it = stats->edges.find(relation);
        std::cout << (first ? "" : ", ") << JsonQuote(RelationName(relation)) << ": "
                  << (it == stats->edges.end() ? 0 : it->second);
        first = false;
      }
      std::cout << "}, \"observations\": " << stats->observations
                << ", \"articles\": " << stats->articles << ", \"names\": " << stats->names
                << ", \"bytes_on_disk\": " << stats->bytes_on_disk << "}\n";
      return;
    }
    uint64_t nodes = 0, edges = 0;
    for (const auto& [kind, n] : stats->nodes) nodes += n;
    for (const auto& [relation, n] : stats->edges) edges += n;
    std::printf("%-22s %10llu\n", "articles", static_cast<unsigned long long>(stats->articles));
    std::printf("%-22s %10llu\n", "nodes", static_cast<unsigned long long>(nodes));
    for (NodeKind kind : kAllNodeKinds) {
      auto it = stats->nodes.find(kind);
      if (it == stats->nodes.end() || it->second == 0) continue;
      std::printf("  %-20s %10llu\n", std::string(NodeKindName(kind)).c_str(),
                  static_cast<unsigned long long>(it->second));
    }
    std::printf("%-22s %10llu\n", "edges", static_cast<unsigned long long>(edges));
    for (Relation relation : kAllRelations) {
      auto it = stats->edges.find(relation);
      if (it == stats->edges.end() || it->second == 0) continue;
      std::printf("  %-20s %10llu\n", std::string(RelationName(relation)).c_str(),
                  static_cast<unsigned long long>(it->second));
    }
    std::printf("%-22s %10llu\n", "observations",
                static_cast<unsigned long long>(stats->observations));
    std::printf("%-22s %10llu\n", "names", static_cast<unsigned long long>(stats->names));
    std::printf("%-22s %10.1f MB\n", "on disk", stats->bytes_on_disk / 1e6);
  });
}

}  // namespace kg
