// kg check [--format table|json]: contradictions and hygiene over the whole
// store (query/questions/check.h). Exit 1 when anything is found, so that a
// script can fail on it; 0 on a clean store.
#include <iostream>
#include <map>
#include <memory>
#include <string>

#include "absl/strings/str_join.h"
#include "graph/status_macros.h"
#include "query/export/escaping.h"
#include "query/questions/check.h"
#include "tools/kg/command.h"

namespace kg {
namespace {

void WriteJson(const questions::CheckReport& report, std::ostream& out) {
  std::map<std::string, int> counts;
  out << "{\"findings\": [";
  for (size_t i = 0; i < report.findings.size(); ++i) {
    const questions::CheckFinding& f = report.findings[i];
    ++counts[f.kind];
    out << (i > 0 ? ",\n  " : "\n  ") << "{\"kind\": " << JsonQuote(f.kind)
        << ", \"text\": " << JsonQuote(f.text) << ", \"nodes\": [";
    for (size_t n = 0; n < f.nodes.size(); ++n) out << (n > 0 ? ", " : "") << "\"" << f.nodes[n] << "\"";
    out << "], \"sources\": [";
    for (size_t s = 0; s < f.sources.size(); ++s) {
      out << (s > 0 ? ", " : "") << JsonQuote(f.sources[s]);
    }
    out << "]}";
  }
  out << (report.findings.empty() ? "]" : "\n]") << ",\n\"counts\": {";
  bool first = true;
  for (const auto& [kind, n] : counts) {
    out << (first ? "" : ", ") << JsonQuote(kind) << ": " << n;
    first = false;
  }
  out << "}}\n";
}

void WriteTable(const questions::CheckReport& report, std::ostream& out) {
  if (report.findings.empty()) {
    out << "Nothing found: no contradictions, no suspect names.\n";
    return;
  }
  std::map<std::string, int> counts;
  for (const questions::CheckFinding& f : report.findings) {
    ++counts[f.kind];
    out << f.kind << "\t" << f.text;
    if (!f.sources.empty()) out << "\t[" << absl::StrJoin(f.sources, ", ") << "]";
    out << "\n";
  }
  out << "(" << report.findings.size() << " findings:";
  for (const auto& [kind, n] : counts) out << " " << kind << " " << n;
  out << ")\n";
}

}  // namespace

void RegisterCheckCommand(CLI::App& app, CommandContext& context) {
  auto format = std::make_shared<std::string>("table");
  CLI::App* command = app.add_subcommand(
      "check",
      "Contradictions and hygiene over the whole store: two holders of a one-holder post at "
      "once, law stages out of order, posts before birth, suspected duplicate persons, junk "
      "names; exit 1 when something is found");
  command->add_option("--format", *format, "table (default) or json")
      ->check(CLI::IsMember({"table", "json"}));
  command->callback([format, &context] {
    auto store = OpenStoreForReading(context);
    if (!store.ok()) {
      context.exit_code = ReportError(store.status());
      return;
    }
    absl::StatusOr<questions::CheckReport> report = questions::CheckStore(**store);
    if (!report.ok()) {
      context.exit_code = ReportError(report.status());
      return;
    }
    if (*format == "json") {
      WriteJson(*report, std::cout);
    } else {
      WriteTable(*report, std::cout);
    }
    const absl::Status flushed = FlushStdout();
    if (!flushed.ok()) {
      context.exit_code = ReportError(flushed);
      return;
    }
    if (!report->findings.empty()) context.exit_code = kExitFailure;
  });
}

}  // namespace kg
