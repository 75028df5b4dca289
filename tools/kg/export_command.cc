// kg export: a subgraph in a format other tools open.
//
//   kg export --around NAME [--depth N] [--kind KIND] [--max-nodes N]
//             --format graphml|gexf|dot|cyjs|html [-o FILE]
//   kg export --query 'MATCH ...' [--param name=value]... --format ... [-o FILE]
//
// --query exports the nodes and relationships the query returns (RETURN p, r,
// o; lists and maps of them count too), the ends of those relationships, and
// every edge among the nodes.
//
// --format may be left out when -o's extension names one (.graphml, .gexf,
// .dot/.gv, .cyjs/.json, .html). With -o the file is written whole or not at all (a
// temporary file beside it, renamed at the end); without it the export goes
// to stdout. A summary and any truncation note go to stderr.
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <system_error>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "graph/model.h"
#include "graph/status_macros.h"
#include "query/cypher/query.h"
#include "query/export/cyjs_writer.h"
#include "query/export/dot_writer.h"
#include "query/export/gexf_writer.h"
#include "query/export/graphml_writer.h"
#include "query/export/html_writer.h"
#include "query/export/subgraph.h"
#include "query/questions/tenure_overlay.h"
#include "tools/kg/command.h"

namespace kg {
namespace {

struct ExportOptions {
  std::string around;
  int depth = 1;
  std::string kind;
  size_t max_nodes = kDefaultMaxExportNodes;
  std::string query;
  std::vector<std::string> params;
  std::string format;
  std::string output;
  cypher::Budget budget;  // of --query
};

using Writer = absl::Status (*)(const Subgraph&, std::ostream&);

struct Format {
  std::string_view name;
  Writer write;
  std::vector<std::string_view> extensions;
};

const std::vector<Format>& Formats() {
  static const auto* const kFormats = new std::vector<Format>{
      {"graphml", WriteGraphMl, {".graphml"}}, {"gexf", WriteGexf, {".gexf"}},
      {"dot", WriteDot, {".dot", ".gv"}},      {"cyjs", WriteCytoscapeJson, {".cyjs", ".json"}},
      {"html", WriteHtml, {".html", ".htm"}},
  };
  return *kFormats;
}

absl::StatusOr<const Format*> ChooseFormat(const ExportOptions& options) {
  for (const Format& format : Formats()) {
    if (!options.format.empty() && format.name == options.format) return &format;
  }
  if (!options.format.empty()) {
    return absl::InvalidArgumentError(absl::StrCat("unknown format \"", options.format,
                                                   "\": use graphml, gexf, dot, cyjs or html"));
  }
  const std::string extension = std::filesystem::path(options.output).extension().string();
  for (const Format& format : Formats()) {
    for (std::string_view known : format.extensions) {
      if (!extension.empty() && extension == known) return &format;
    }
  }
  return absl::InvalidArgumentError(
      "give --format graphml|gexf|dot|cyjs|html (or -o FILE with one of those extensions)");
}

// The nodes and edges the query's rows mention (directly, in lists and maps,
// and the ends of edges), plus the edges among those nodes.
absl::StatusOr<Subgraph> SubgraphForQuery(const Store& store, const ExportOptions& options) {
  cypher::Parameters parameters;
  for (const std::string& param : options.params) {
    KG_RETURN_IF_ERROR(cypher::AddParameter(param, &parameters));
  }
  cypher::ExecutionOptions execution;
  execution.budget = options.budget;
  KG_ASSIGN_OR_RETURN(cypher::QueryResult result,
                      cypher::RunQuery(store, options.query, parameters, execution));
  if (result.rows.empty()) return absl::NotFoundError("the query matched nothing: no subgraph");
  std::vector<NodeId> nodes;
  std::vector<EdgeRecord> edges;
  cypher::CollectElements(result, &nodes, &edges);
  if (nodes.empty() && edges.empty()) {
    return absl::InvalidArgumentError(
        "the query returns no nodes or relationships to export: return their variables "
        "(RETURN p, r, o), not only properties");
  }
  KG_ASSIGN_OR_RETURN(Subgraph graph, SubgraphFromElements(store, std::move(nodes), edges));
  // The query on one line, for titles.
  graph.title = "query";
  std::string text;
  for (absl::string_view word :
       absl::StrSplit(options.query, absl::ByAnyChar(" \t\r\n"), absl::SkipEmpty())) {
    absl::StrAppend(&text, text.empty() ? "" : " ", word);
  }
  constexpr size_t kMaxTitleQuery = 160;
  if (text.size() > kMaxTitleQuery) {
    size_t cut = kMaxTitleQuery;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // UTF-8
    text = text.substr(0, cut) + "...";
  }
  absl::StrAppend(&graph.title, ": ", text);
  return graph;
}

absl::StatusOr<Subgraph> BuildBareSubgraph(const Store& store, const ExportOptions& options) {
  if (!options.query.empty()) return SubgraphForQuery(store, options);
  AroundOptions around;
  around.depth = options.depth;
  around.max_nodes = options.max_nodes;
  if (!options.kind.empty()) {
    std::optional<NodeKind> kind = ParseNodeKind(options.kind);
    if (!kind.has_value()) {
      return absl::InvalidArgumentError(
          absl::StrCat("unknown kind \"", options.kind,
                       "\": use person, office, organization, law, event, country or place"));
    }
    around.kind = kind;
  }
  return SubgraphAround(store, options.around, around);
}

absl::StatusOr<Subgraph> BuildSubgraph(const Store& store, const ExportOptions& options) {
  KG_ASSIGN_OR_RETURN(Subgraph graph, BuildBareSubgraph(store, options));
  KG_RETURN_IF_ERROR(questions::AddTenureConclusions(store, &graph));
  return graph;
}

// Creates a new temporary file beside `target`, exclusively: O_EXCL and
// O_NOFOLLOW, so that a file or symlink planted at the name is never written
// through, and an unpredictable name, so that planting one is not enough to
// make the export fail. Returns the descriptor; sets *temporary.
absl::StatusOr<int> CreateTemporaryBeside(const std::filesystem::path& target,
                                          std::filesystem::path* temporary) {
  std::random_device random;
  for (int attempt = 0; attempt < 16; ++attempt) {
    *temporary = target;
    *temporary += absl::StrCat(".tmp-", getpid(), "-", absl::Hex(random(), absl::kZeroPad8));
    const int fd =
        ::open(temporary->c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
    if (fd >= 0) return fd;
    if (errno != EEXIST) break;
  }
  return absl::NotFoundError(
      absl::StrCat("cannot write ", target.string(), ": ",
                   std::error_code(errno, std::generic_category()).message()));
}

// Writes to `path` through a temporary file in the same directory, so that a
// failed export never leaves a truncated file where a good one was.
absl::Status WriteToFile(const Subgraph& graph, const Format& format, const std::string& path) {
  const std::filesystem::path target(path);
  std::ostringstream text;
  KG_RETURN_IF_ERROR(format.write(graph, text));
  std::filesystem::path temporary;
  KG_ASSIGN_OR_RETURN(const int fd, CreateTemporaryBeside(target, &temporary));
  absl::Status status;
  const std::string bytes = text.str();
  for (size_t written = 0; written < bytes.size() && status.ok();) {
    const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      status = absl::DataLossError(
          absl::StrCat("writing ", path,
                       " failed: ", std::error_code(errno, std::generic_category()).message()));
    } else {
      written += static_cast<size_t>(n);
    }
  }
  // On disk before the rename, so that a crash leaves the old file or the new.
  if (status.ok() && ::fsync(fd) != 0) {
    status = absl::DataLossError(absl::StrCat("writing ", path, " failed"));
  }
  if (::close(fd) != 0 && status.ok()) {
    status = absl::DataLossError(absl::StrCat("writing ", path, " failed"));
  }
  std::error_code error;
  if (status.ok()) {
    std::filesystem::rename(temporary, target, error);
    if (error)
      status = absl::DataLossError(absl::StrCat("cannot write ", path, ": ", error.message()));
  }
  if (!status.ok()) std::filesystem::remove(temporary, error);
  return status;
}

absl::Status RunExport(const ExportOptions& options, const CommandContext& context) {
  KG_ASSIGN_OR_RETURN(const Format* format, ChooseFormat(options));
  KG_ASSIGN_OR_RETURN(std::unique_ptr<Store> store, OpenStoreForReading(context));
  KG_ASSIGN_OR_RETURN(Subgraph graph, BuildSubgraph(*store, options));
  if (graph.truncated) std::cerr << "kg: note: " << graph.truncation_note << "\n";
  if (options.output.empty()) {
    KG_RETURN_IF_ERROR(format->write(graph, std::cout));
    KG_RETURN_IF_ERROR(FlushStdout());
  } else {
    KG_RETURN_IF_ERROR(WriteToFile(graph, *format, options.output));
  }
  const auto count = [](size_t n, std::string_view noun) {
    return absl::StrCat(n, " ", std::string(noun), n == 1 ? "" : "s");
  };
  if (context.quiet) return absl::OkStatus();
  std::cerr << "kg: exported " << count(graph.nodes.size(), "node") << " and "
            << count(graph.edges.size(), "edge") << " (" << graph.title << ") as " << format->name
            << (options.output.empty() ? "" : " to " + options.output) << "\n";
  return absl::OkStatus();
}

}  // namespace

void RegisterExportCommand(CLI::App& app, CommandContext& context) {
  auto options = std::make_shared<ExportOptions>();
  CLI::App* command = app.add_subcommand(
      "export",
      "Write a subgraph for Gephi (gexf), networkx/igraph/yEd (graphml), Graphviz (dot), "
      "Cytoscape (cyjs) or a browser (html: one self-contained page, works offline)");

  CLI::Option_group* what = command->add_option_group("subgraph", "What to export (one of)");
  CLI::Option* around =
      what->add_option("--around", options->around,
                       "The neighbourhood of the node with this name or alias (case, accents and "
                       "transliteration ignored; a unique prefix also works)");
  CLI::Option* query =
      what->add_option("--query", options->query,
                       "The nodes and edges a Cypher query returns, with the edges among them");
  what->require_option(1);

  command
      ->add_option("--depth", options->depth,
                   absl::StrCat("Hops from the --around node, 0..", kMaxExportDepth))
      ->default_val(1)
      ->check(CLI::Range(0, kMaxExportDepth))
      ->needs(around);
  command
      ->add_option("--kind", options->kind,
                   "Only consider nodes of this kind for the --around name (person, office, ...)")
      ->needs(around);
  command
      ->add_option("--max-nodes", options->max_nodes,
                   "Stop the --around walk at this many nodes (a note on stderr says so)")
      ->default_val(kDefaultMaxExportNodes)
      ->check(CLI::PositiveNumber)
      ->needs(around);
  command
      ->add_option("--param", options->params,
                   "A --query parameter, name=value (repeatable): $name in the query")
      ->needs(query);
  command->add_option("--format", options->format,
                      "graphml, gexf, dot, cyjs or html (default: from -o's extension)");
  command->add_option("-o,--output", options->output, "Write to FILE instead of stdout");
  AddBudgetOptions(command, &options->budget);

  command->callback([options, &context] {
    const absl::Status status = RunExport(*options, context);
    context.exit_code = status.ok() ? kExitOk : ReportError(status);
  });
}

}  // namespace kg
