// kg dump: every article, node, fact and observation in the store, one per
// line, sorted, with names instead of ids, so that two stores holding the
// same articles dump the same bytes whatever their write history (a store
// resumed after a crash against a clean ingest: tools/crashtest.sh). Strings
// are JSON-quoted; fields are separated by tabs.
//
//   article  ID  DATE  TITLE  CONTENT_HASH
//   node     KIND  NAME  ALIASES  ATTRIBUTES
//   fact     RELATION  SOURCE  TARGET  date= start= end= as_of= inferred= stage= by= level=
//            sources=ID,...
//   observed FACT  ARTICLE  SENTENCE  time, stage, by and level as the article said them
#include <algorithm>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "graph/status_macros.h"
#include "query/export/escaping.h"
#include "tools/kg/command.h"

namespace kg {
namespace {

std::string Quote(std::string_view text) { return JsonQuote(text); }

std::string TimeFields(const FactTime& time) {
  return absl::StrCat("date=", time.date.ToString(), "\tstart=", time.start.ToString(),
                      "\tend=", time.end.ToString(), "\tas_of=", time.as_of.ToString(),
                      "\tinferred=", time.end_inferred ? "1" : "0");
}

absl::Status Dump(const Store& store, std::ostream& out) {
  std::vector<std::string> lines;
  std::map<NodeId, std::string> names;  // "kind:name", quoted
  KG_RETURN_IF_ERROR(store.ScanNodes(std::nullopt, [&](const NodeRecord& node) {
    names[node.id] = Quote(absl::StrCat(std::string(NodeKindName(node.kind)), ":", node.name));
    std::vector<std::string> aliases = node.aliases;
    std::sort(aliases.begin(), aliases.end());
    std::vector<std::string> attributes;
    for (const auto& [key, value] : node.attributes) attributes.push_back(key + "=" + value);
    std::sort(attributes.begin(), attributes.end());
    lines.push_back(absl::StrCat("node\t", names[node.id], "\t", Quote(absl::StrJoin(aliases, "|")),
                                 "\t", Quote(absl::StrJoin(attributes, "|"))));
    return true;
  }));
  KG_RETURN_IF_ERROR(store.ScanArticles([&](const ArticleRecord& article) {
    lines.push_back(absl::StrCat("article\t", Quote(article.id), "\t", article.date.ToString(),
                                 "\t", Quote(article.title), "\t", article.content_hash));
    return true;
  }));
  std::vector<EdgeRecord> edges;
  KG_RETURN_IF_ERROR(store.ScanAllEdges([&](const EdgeRecord& edge) {
    edges.push_back(edge);
    return true;
  }));
  for (const EdgeRecord& edge : edges) {
    const std::string fact =
        absl::StrCat(std::string(RelationName(edge.relation)), "\t", names[edge.src], "\t",
                     names[edge.dst], "\t", TimeFields(edge.time));
    lines.push_back(absl::StrCat("fact\t", fact, "\tstage=", Quote(edge.stage),
                                 "\tby=", Quote(edge.by), "\tlevel=", Quote(edge.level),
                                 "\tsources=", absl::StrJoin(edge.sources, ",")));
    KG_ASSIGN_OR_RETURN(std::vector<ObservationRecord> observations,
                        store.ListObservations(edge.id));
    for (const ObservationRecord& seen : observations) {
      lines.push_back(absl::StrCat("observed\t", fact, "\t", Quote(seen.article_id), "\t",
                                   Quote(seen.evidence.sentence), "\t", TimeFields(seen.time),
                                   "\tstage=", Quote(seen.stage), "\tby=", Quote(seen.by),
                                   "\tlevel=", Quote(seen.level)));
    }
  }
  std::sort(lines.begin(), lines.end());
  for (const std::string& line : lines) out << line << "\n";
  return FlushStdout();
}

}  // namespace

void RegisterDumpCommand(CLI::App& app, CommandContext& context) {
  CLI::App* command = app.add_subcommand(
      "dump", "Print every article, node, fact and observation, one per line, sorted (for diff)");
  command->callback([&context] {
    absl::StatusOr<std::unique_ptr<Store>> store = OpenStoreForReading(context);
    absl::Status status = store.ok() ? Dump(**store, std::cout) : store.status();
    if (!status.ok()) context.exit_code = ReportError(status);
  });
}

}  // namespace kg
